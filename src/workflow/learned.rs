//! The word table an archive learns from its own approved articles: the texts an
//! editor approved (stored at sign-off, see [`crate::store::snapshots`]) and the
//! correspondence recorded with them are a parallel corpus of the newsroom's own
//! language. Each bead of that correspondence with paragraphs on both sides is a
//! training pair for [`crate::align::learn`]; the table learned is added to the
//! embedded one ([`WordTable::with_learned`]).
//!
//! Learning from thousands of articles takes a while, so the table is cached
//! ([`crate::store::word_cache`]) under a key: BLAKE3 over the learner's version
//! and, for each article in id order, its last live approval (entry id and the
//! hashes of both texts). Approving, revoking or re-approving any article changes
//! the key and the table is learned again; reading the key costs one read of each
//! ledger, so only the commands over the whole archive (`check`, `report`) do it;
//! those on one article use the cached table as it is ([`cached_word_table`]).
//! Nothing here is ever an error: an article whose ledger or stored texts
//! cannot be read is left out (`check` and `fsck` report it), and a cache that
//! cannot be written (read-only archive) is simply not written.

use crate::align::learn::{Learner, VERSION};
use crate::align::WordTable;
use crate::lang::Lang;
use crate::segment::{segment_unprinted, Paragraph};
use crate::store::archive::Archive;
use crate::store::ledger::{self, Action, Entry};
use crate::store::{snapshots, word_cache};
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles whose texts are read at once while learning (memory stays flat).
const CHUNK: usize = 256;

/// One article's last live approval.
struct Approval {
    id: String,
    dir: PathBuf,
    entry: Entry,
}

/// What the archive's word table came from and cost, for measuring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// No approved article: the embedded table alone.
    Nothing,
    /// Read from the cache.
    Cache,
    /// Learned now (and written to the cache if the archive is writable).
    Learned { pairs: usize },
}

/// The embedded word table plus the one learned from the approved articles among
/// `found` (the archive's discovered articles, see
/// [`Archive::discover`](crate::store::archive::Archive::discover)), from the
/// cache when it is fresh. A command over the whole archive discovers it once and
/// passes the same list here and to its own work.
pub fn word_table(archive: &Archive, found: &[(String, PathBuf)]) -> WordTable {
    word_table_from(archive, found).0
}

/// [`word_table`], saying where the learned part came from.
pub fn word_table_from(archive: &Archive, found: &[(String, PathBuf)]) -> (WordTable, Source) {
    let approvals: Vec<Approval> = found
        .par_iter()
        .filter_map(|(id, dir)| last_approval(id.clone(), dir.clone()))
        .collect();
    if approvals.is_empty() {
        return (WordTable::embedded().clone(), Source::Nothing);
    }
    let key = key_of(&approvals);
    if let Some(table) = word_cache::read(&archive.root, &key) {
        return (WordTable::with_learned(&table), Source::Cache);
    }
    let (table, pairs) = learn_from(&approvals);
    // A read-only archive, or a link in the way: the table is still used.
    let _ = word_cache::write(&archive.root, &key, &table);
    (WordTable::with_learned(&table), Source::Learned { pairs })
}

/// The table the last `check` (or `report`) cached, whatever it was learned from,
/// plus the embedded one: for the commands on one article (`sign`, `approve`,
/// `show`), whose cost must not grow with the archive. Never learns.
pub fn cached_word_table(archive: &Archive) -> WordTable {
    match word_cache::read_any(&archive.root) {
        Some(table) => WordTable::with_learned(&table),
        None => WordTable::embedded().clone(),
    }
}

/// The article's last live `approved` entry that names both stored texts.
fn last_approval(id: String, dir: PathBuf) -> Option<Approval> {
    let entries = ledger::read(&dir.join(ledger::FILE_NAME)).ok()?;
    // Which approval is the last only chooses training text: time alone orders
    // them here (a future-dated entry is the state's concern, not the table's).
    let entry = ledger::live(&entries, None)
        .into_iter()
        .rev()
        .find(|e| e.action == Action::Approved)?
        .clone();
    (entry.kk.text.is_some() && entry.ru.text.is_some()).then_some(Approval { id, dir, entry })
}

/// The cache key of a list of approvals (in id order).
fn key_of(approvals: &[Approval]) -> String {
    let mut h = blake3::Hasher::new();
    h.update(format!("qostil word table, learner {VERSION}\n").as_bytes());
    for a in approvals {
        let e = &a.entry;
        for part in [
            a.id.as_str(),
            e.id.as_str(),
            e.kk.text.as_deref().unwrap_or(""),
            e.ru.text.as_deref().unwrap_or(""),
            &e.pairs.join(" "),
        ] {
            h.update(part.as_bytes());
            h.update(b"\t");
        }
        // A long entry's pairs are in the object this names (not read here).
        if let Some(prints) = &e.prints {
            h.update(prints.as_bytes());
            h.update(b"\t");
        }
        h.update(b"\n");
    }
    h.finalize().to_hex().to_string()
}

/// Learns the table from the approved texts, chunk by chunk: the table and the
/// number of paragraph pairs it was learned from.
fn learn_from(approvals: &[Approval]) -> (Vec<(String, String)>, usize) {
    let mut learner = Learner::default();
    for chunk in approvals.chunks(CHUNK) {
        let pairs: Vec<Vec<(String, String)>> = chunk.par_iter().map(training_pairs).collect();
        for (kk, ru) in pairs.iter().flatten() {
            learner.add(kk, ru);
        }
    }
    let n = learner.pairs();
    (learner.finish(), n)
}

/// The paragraph pairs of one approval: each bead with paragraphs on both sides,
/// its paragraphs joined.
fn training_pairs(a: &Approval) -> Vec<(String, String)> {
    let load = |lang: Lang| -> Option<Vec<Paragraph>> {
        let hash = a.entry.print(lang).text.as_deref()?;
        Some(segment_unprinted(
            &snapshots::load(&a.dir, lang, hash).ok()?,
        ))
    };
    let (Some(kk), Some(ru)) = (load(Lang::Kk), load(Lang::Ru)) else {
        return Vec::new();
    };
    let join = |paras: &[Paragraph], numbers: &[usize]| -> Option<String> {
        let texts: Option<Vec<&str>> = numbers
            .iter()
            .map(|n| paras.get(n.checked_sub(1)?).map(|p| p.norm.as_str()))
            .collect();
        Some(texts?.join(" "))
    };
    // A long entry's pairs are read from their object; without it, nothing is learned.
    let Ok(entry) = ledger::resolve(&a.dir, &a.entry) else {
        return Vec::new();
    };
    entry
        .beads()
        .iter()
        .filter(|(k, r)| !k.is_empty() && !r.is_empty())
        .filter_map(|(k, r)| Some((join(&kk, k)?, join(&ru, r)?)))
        .collect()
}
