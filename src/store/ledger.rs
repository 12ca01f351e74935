//! The append-only ledger of an article: `articles/<id>/ledger.toml`.
//!
//! One `[[entry]]` table per event: who, when, what, which version, and the
//! fingerprints of both versions paragraph by paragraph as they stood (with, for
//! sign-offs, the paragraph correspondence and the name of the stored text, see
//! [`crate::store::snapshots`]).
//!
//! Two invariants shape the file:
//!
//! * **Never rewritten.** An entry is appended under an exclusive lock with one
//!   `write` on a file opened for appending, then flushed to disk; a ledger that
//!   does not parse is reported with its line and never written to.
//! * **Merges cleanly.** `.gitattributes` gives ledgers git's `union` merge driver,
//!   which keeps the lines both sides added. git refines a conflict down to the
//!   lines that differ, so two entries that share a line (`action = "translated"`)
//!   would be interleaved into one broken table. Every line of an entry therefore
//!   ends with a comment carrying the entry's unique id: no two entries share a
//!   line, and a union merge keeps each entry whole.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::files;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// The file name of a ledger inside an article folder.
pub const FILE_NAME: &str = "ledger.toml";

const HEADER: &str = "# qostil ledger: append-only, one [[entry]] per event. Do not edit by hand.\n# Each line ends with its entry's id so that git's union merge keeps entries whole.\n";

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A translator took the article.
    Claimed,
    /// A translator signed the translation: "I translated it".
    Translated,
    /// An editor approved both versions for publication.
    Approved,
    /// The article was sent back for work.
    Reopened,
    /// A remark, changing nothing.
    Note,
    /// A claim was given up (by its holder, or by an editor).
    Unclaimed,
    /// A mistaken sign-off was withdrawn: `ref` names it.
    Revoked,
    /// An editor accepted one finding of the checks as no defect: `ref` is the
    /// finding's key (check and both quoted paragraphs' hashes).
    Accepted,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Claimed => "claimed",
            Action::Translated => "translated",
            Action::Approved => "approved",
            Action::Reopened => "reopened",
            Action::Note => "note",
            Action::Unclaimed => "unclaimed",
            Action::Revoked => "revoked",
            Action::Accepted => "accepted",
        }
    }

    /// Whether this action signs off both versions as they stand.
    pub fn is_signoff(self) -> bool {
        matches!(self, Action::Translated | Action::Approved)
    }
}

/// One version as it stood when an entry was made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionPrint {
    /// Hash of the file's bytes (see [`crate::store::snapshots::text_hash`]); `None` when
    /// the file was missing or empty.
    pub text: Option<String>,
    /// The fingerprint of each paragraph, in order.
    pub paragraphs: Vec<String>,
}

/// One event of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<FixedOffset>,
    pub by: String,
    pub action: Action,
    /// The version concerned (the translation for sign-offs and claims).
    pub lang: Lang,
    pub note: Option<String>,
    /// Recorded by `sign --all` / `approve --all` when an archive was adopted.
    pub adopt: bool,
    pub kk: VersionPrint,
    pub ru: VersionPrint,
    /// The kk ↔ ru correspondence at sign-off, as `"1:1"`, `"2+3:2"`, `"4:"`.
    pub pairs: Vec<String>,
    /// The entry this one refers to: the sign-off a `revoked` entry withdraws, the
    /// claim a `claimed --take` entry takes over; for `accepted`, the finding.
    pub refers: Option<String>,
    /// A sign-off saying the original's change needs no change in the translation.
    pub unchanged: bool,
    /// The line of the entry's `[[entry]]` header (0 for an entry not yet written).
    pub line: usize,
    /// The entry's id, from the comment of its header line (empty if absent).
    pub id: String,
}

impl Entry {
    /// The print of one version.
    pub fn print(&self, lang: Lang) -> &VersionPrint {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }

    /// The correspondence recorded at sign-off as (kk numbers, ru numbers) pairs.
    pub fn beads(&self) -> Vec<(Vec<usize>, Vec<usize>)> {
        self.pairs.iter().filter_map(|p| parse_bead(p)).collect()
    }
}

/// The entries in the order they happened. Entries made in the same second keep
/// the workflow's order (claim, sign, approve, reopen, note), then their id —
/// never the file order, which a union merge makes differ between clones.
pub fn chronological(entries: &[Entry]) -> Vec<&Entry> {
    let rank = |a: Action| match a {
        Action::Claimed => 0,
        Action::Translated => 1,
        Action::Approved => 2,
        Action::Reopened => 3,
        Action::Unclaimed => 4,
        Action::Revoked => 5,
        Action::Accepted => 6,
        Action::Note => 7,
    };
    let mut order: Vec<&Entry> = entries.iter().collect();
    order.sort_by(|a, b| (a.at, rank(a.action), &a.id).cmp(&(b.at, rank(b.action), &b.id)));
    order
}

/// The entries in the order they happened, without the sign-offs that a
/// `revoked` entry withdrew (nor the `revoked` entries themselves): what the
/// state, `diff` and the rules go by.
pub fn live(entries: &[Entry]) -> Vec<&Entry> {
    let revoked = revoked_ids(entries);
    chronological(entries)
        .into_iter()
        .filter(|e| e.action != Action::Revoked && !revoked.contains(e.id.as_str()))
        .collect()
}

/// The ids of the entries that a `revoked` entry withdrew.
pub fn revoked_ids(entries: &[Entry]) -> std::collections::HashSet<&str> {
    entries
        .iter()
        .filter(|e| e.action == Action::Revoked)
        .filter_map(|e| e.refers.as_deref())
        .collect()
}

/// Renders a bead as `"2+3:2"`.
///
/// ```
/// assert_eq!(qostil::store::ledger::format_bead(&[2, 3], &[2]), "2+3:2");
/// assert_eq!(qostil::store::ledger::format_bead(&[4], &[]), "4:");
/// ```
pub fn format_bead(kk: &[usize], ru: &[usize]) -> String {
    let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join("+");
    format!("{}:{}", join(kk), join(ru))
}

fn parse_bead(s: &str) -> Option<(Vec<usize>, Vec<usize>)> {
    let (a, b) = s.split_once(':')?;
    let nums = |t: &str| -> Option<Vec<usize>> {
        if t.is_empty() {
            Some(Vec::new())
        } else {
            t.split('+').map(|n| n.trim().parse().ok()).collect()
        }
    };
    Some((nums(a)?, nums(b)?))
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields)]
struct RawLedger {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEntry {
    at: String,
    by: String,
    action: Action,
    lang: Lang,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    adopt: bool,
    #[serde(default)]
    kk_text: Option<String>,
    #[serde(default)]
    kk: Vec<String>,
    #[serde(default)]
    ru_text: Option<String>,
    #[serde(default)]
    ru: Vec<String>,
    #[serde(default)]
    pairs: Vec<String>,
    #[serde(default, rename = "ref")]
    refers: Option<String>,
    #[serde(default)]
    unchanged: bool,
}

/// Reads a ledger; a missing file is an empty ledger. Entries come in file order.
///
/// The file is read under a shared lock: an entry being appended by another
/// process is either wholly there or not there at all.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let io = |e| Error::io(path, e);
    files::refuse_link(path)?;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(e)),
    };
    let lock = fd_lock::RwLock::new(file);
    let guard = lock.read().map_err(io)?;
    let mut bytes = Vec::new();
    let mut file: &std::fs::File = &guard;
    file.read_to_end(&mut bytes).map_err(io)?;
    drop(guard);
    parse(path, &files::decode(path, bytes)?)
}

/// Parses ledger text.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let raw = match parse_written(text) {
        Some(entry) => RawLedger { entry },
        None => files::parse_toml(path, text)?,
    };
    let headers: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let rest = l.trim_start().strip_prefix("[[entry]]")?;
            let id = rest.trim().strip_prefix('#').map(str::trim).unwrap_or("");
            Some((i + 1, id.to_string()))
        })
        .collect();
    raw.entry
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let (line, id) = headers.get(i).cloned().unwrap_or((1, String::new()));
            let at = DateTime::parse_from_rfc3339(&r.at).map_err(|_| Error::InvalidValue {
                path: path.to_path_buf(),
                line: key_line(text, line, "at"),
                key: "at".into(),
                value: r.at.clone(),
            })?;
            Ok(Entry {
                at,
                by: r.by,
                action: r.action,
                lang: r.lang,
                note: r.note,
                adopt: r.adopt,
                kk: VersionPrint {
                    text: r.kk_text,
                    paragraphs: r.kk,
                },
                ru: VersionPrint {
                    text: r.ru_text,
                    paragraphs: r.ru,
                },
                pairs: r.pairs,
                refers: r.refers,
                unchanged: r.unchanged,
                line,
                id,
            })
        })
        .collect()
}

/// Reads a ledger written exactly as [`render`] and [`HEADER`] write it, without
/// the general TOML parser (a ledger is read for every article a command looks
/// at). Anything else — an escape in a string, a key out of place or twice, an
/// unknown key or value, other spacing, a carriage return — gives `None`, and the
/// TOML parser reads the text instead, with its errors. What is accepted here is
/// TOML that the parser reads to the same entries (a test compares them).
fn parse_written(text: &str) -> Option<Vec<RawEntry>> {
    if text.contains(['\\', '\r']) {
        return None;
    }
    let mut entries = Vec::new();
    let mut open: Option<(Draft, u16)> = None;
    for line in text.split('\n') {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            comment_text(comment)?;
            continue;
        }
        if let Some(rest) = line.strip_prefix("[[entry]]") {
            end_of_line(rest)?;
            if let Some(done) = open.take() {
                entries.push(complete(done)?);
            }
            open = Some((Draft::default(), 0));
            continue;
        }
        let (entry, seen) = open.as_mut()?;
        let (key, value) = line.split_once(" = ")?;
        // Each key once: a bit per key.
        let bit = match key {
            "at" => {
                entry.at = Some(plain_string(value)?);
                1
            }
            "by" => {
                entry.by = Some(plain_string(value)?);
                2
            }
            "action" => {
                entry.action = Some(match plain_string(value)?.as_str() {
                    "claimed" => Action::Claimed,
                    "translated" => Action::Translated,
                    "approved" => Action::Approved,
                    "reopened" => Action::Reopened,
                    "note" => Action::Note,
                    "unclaimed" => Action::Unclaimed,
                    "revoked" => Action::Revoked,
                    "accepted" => Action::Accepted,
                    _ => return None,
                });
                4
            }
            "lang" => {
                entry.lang = Some(plain_string(value)?.parse().ok()?);
                8
            }
            "note" => {
                entry.note = Some(plain_string(value)?);
                16
            }
            "adopt" => {
                let (b, rest) = if let Some(rest) = value.strip_prefix("true") {
                    (true, rest)
                } else {
                    (false, value.strip_prefix("false")?)
                };
                end_of_line(rest)?;
                entry.adopt = b;
                32
            }
            "kk-text" => {
                entry.kk_text = Some(plain_string(value)?);
                64
            }
            "kk" => {
                entry.kk = string_list(value)?;
                128
            }
            "ru-text" => {
                entry.ru_text = Some(plain_string(value)?);
                256
            }
            "ru" => {
                entry.ru = string_list(value)?;
                512
            }
            "pairs" => {
                entry.pairs = string_list(value)?;
                1024
            }
            "ref" => {
                entry.refers = Some(plain_string(value)?);
                2048
            }
            "unchanged" => {
                let (b, rest) = if let Some(rest) = value.strip_prefix("true") {
                    (true, rest)
                } else {
                    (false, value.strip_prefix("false")?)
                };
                end_of_line(rest)?;
                entry.unchanged = b;
                4096
            }
            _ => return None,
        };
        if *seen & bit != 0 {
            return None;
        }
        *seen |= bit;
    }
    if let Some(done) = open.take() {
        entries.push(complete(done)?);
    }
    return Some(entries);

    /// An entry being read.
    #[derive(Default)]
    struct Draft {
        at: Option<String>,
        by: Option<String>,
        action: Option<Action>,
        lang: Option<Lang>,
        note: Option<String>,
        adopt: bool,
        kk_text: Option<String>,
        kk: Vec<String>,
        ru_text: Option<String>,
        ru: Vec<String>,
        pairs: Vec<String>,
        refers: Option<String>,
        unchanged: bool,
    }

    /// The entry, if its required keys were all there.
    fn complete((d, _): (Draft, u16)) -> Option<RawEntry> {
        Some(RawEntry {
            at: d.at?,
            by: d.by?,
            action: d.action?,
            lang: d.lang?,
            note: d.note,
            adopt: d.adopt,
            kk_text: d.kk_text,
            kk: d.kk,
            ru_text: d.ru_text,
            ru: d.ru,
            pairs: d.pairs,
            refers: d.refers,
            unchanged: d.unchanged,
        })
    }

    /// A comment's text: TOML allows no control character in it but the tab.
    fn comment_text(s: &str) -> Option<()> {
        (!s.chars()
            .any(|c| (c.is_control() && c != '\t') || c == '\u{7F}'))
        .then_some(())
    }

    /// What may follow a value or a header: nothing, or a comment after a space.
    fn end_of_line(rest: &str) -> Option<()> {
        if rest.is_empty() {
            return Some(());
        }
        comment_text(rest.strip_prefix(" #")?)
    }

    /// A string without escapes that ends its value.
    fn plain_string(value: &str) -> Option<String> {
        let (s, rest) = string_prefix(value)?;
        end_of_line(rest)?;
        Some(s.to_string())
    }

    /// A list as `render` writes it: `[]` or `["a", "b"]`.
    fn string_list(value: &str) -> Option<Vec<String>> {
        let mut rest = value.strip_prefix('[')?;
        let mut out = Vec::new();
        if let Some(after) = rest.strip_prefix(']') {
            end_of_line(after)?;
            return Some(out);
        }
        loop {
            let (s, after) = string_prefix(rest)?;
            out.push(s.to_string());
            if let Some(next) = after.strip_prefix(", ") {
                rest = next;
            } else {
                end_of_line(after.strip_prefix(']')?)?;
                return Some(out);
            }
        }
    }

    /// A basic string at the start of `s` (no back-slash is in the text), and the
    /// rest. TOML allows no control character in it but the tab.
    fn string_prefix(s: &str) -> Option<(&str, &str)> {
        let body = s.strip_prefix('"')?;
        let end = body.find('"')?;
        let inner = &body[..end];
        comment_text(inner)?;
        Some((inner, &body[end + 1..]))
    }
}

/// The line (from 1) of `key = …` in the entry whose `[[entry]]` header is on line
/// `header`: the first such line before the next table header; else the header's.
fn key_line(text: &str, header: usize, key: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(header)
        .take_while(|(_, l)| !l.trim_start().starts_with('['))
        .find(|(_, l)| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(header, |(i, _)| i + 1)
}

/// Renders one entry, every line tagged with `id`.
pub fn render(entry: &Entry, id: &str) -> String {
    use crate::store::article::toml_string as q;
    let list = |v: &[String]| {
        format!(
            "[{}]",
            v.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
        )
    };
    let mut lines = vec![
        "[[entry]]".to_string(),
        format!("at = {}", q(&entry.at.to_rfc3339())),
        format!("by = {}", q(&entry.by)),
        format!("action = {}", q(entry.action.as_str())),
        format!("lang = {}", q(entry.lang.code())),
    ];
    if let Some(note) = &entry.note {
        lines.push(format!("note = {}", q(note)));
    }
    if entry.adopt {
        lines.push("adopt = true".to_string());
    }
    if entry.unchanged {
        lines.push("unchanged = true".to_string());
    }
    if let Some(refers) = &entry.refers {
        lines.push(format!("ref = {}", q(refers)));
    }
    for (name, print) in [("kk", &entry.kk), ("ru", &entry.ru)] {
        if let Some(text) = &print.text {
            lines.push(format!("{name}-text = {}", q(text)));
        }
        lines.push(format!("{name} = {}", list(&print.paragraphs)));
    }
    if !entry.pairs.is_empty() {
        lines.push(format!("pairs = {}", list(&entry.pairs)));
    }
    let mut out = String::from("\n");
    for line in lines {
        out.push_str(&line);
        out.push_str(" # ");
        out.push_str(id);
        out.push('\n');
    }
    out
}

/// Appends an entry to the ledger at `path`, creating it if needed.
///
/// Safe against other `qostil` processes: the file is locked exclusively, checked
/// to parse (a broken ledger is reported, never written to), and the entry is
/// written with one `write` in append mode and flushed to disk before the lock is
/// released.
pub fn append(path: &Path, entry: &Entry) -> Result<()> {
    append_if(path, entry, None).map(|_| ())
}

/// Like [`append`], but only if the ledger still holds exactly `expected` (the
/// entries the caller judged the rules on); otherwise writes nothing and returns
/// `Ok(false)`, so that the caller can judge again on the new ledger. The
/// comparison is made under the lock: two processes cannot both pass a rule that
/// only one of them should (two claims by different people at once).
pub fn append_if_unchanged(path: &Path, entry: &Entry, expected: &[Entry]) -> Result<bool> {
    append_if(path, entry, Some(expected))
}

fn append_if(path: &Path, entry: &Entry, expected: Option<&[Entry]>) -> Result<bool> {
    let io = |e| Error::io(path, e);
    files::refuse_link(path)?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(io)?;
    let mut lock = fd_lock::RwLock::new(file);
    let mut guard = lock.write().map_err(io)?;
    let mut existing = Vec::new();
    guard.seek(SeekFrom::Start(0)).map_err(io)?;
    guard.read_to_end(&mut existing).map_err(io)?;
    let existing = files::decode(path, existing)?;
    let current = parse(path, &existing)?;
    if expected.is_some_and(|e| e != current.as_slice()) {
        return Ok(false);
    }

    let id = entry_id(entry, existing.len());
    let mut chunk = String::new();
    if existing.is_empty() {
        chunk.push_str(HEADER);
    } else if !existing.ends_with('\n') {
        chunk.push('\n');
    }
    chunk.push_str(&render(entry, &id));
    let written = guard
        .write_all(chunk.as_bytes())
        .and_then(|()| guard.sync_data());
    if let Err(e) = written {
        // A disk that filled up mid-write must not leave half an entry behind.
        let _ = guard.set_len(existing.len() as u64);
        return Err(io(e));
    }
    Ok(true)
}

/// A 12-hex-digit id, unique in practice: the entry's content, the ledger's length
/// under the lock, and a per-process random seed.
fn entry_id(entry: &Entry, ledger_len: usize) -> String {
    let mut seed = RandomState::new().build_hasher();
    seed.write_usize(ledger_len);
    seed.write_u32(std::process::id());
    let mut hasher = blake3::Hasher::new();
    hasher.update(&seed.finish().to_le_bytes());
    hasher.update(render(entry, "").as_bytes());
    let hex = crate::segment::hex16(hasher.finalize().as_bytes());
    hex[..12].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: Action) -> Entry {
        Entry {
            at: DateTime::parse_from_rfc3339("2026-11-26T18:04:00+05:00").unwrap(),
            by: "Дамир \"Д\" Омаров".into(),
            action,
            lang: Lang::Ru,
            note: Some("жол\nекі".into()),
            adopt: false,
            kk: VersionPrint {
                text: Some("00aa".into()),
                paragraphs: vec!["a1".into(), "b2".into()],
            },
            ru: VersionPrint {
                text: None,
                paragraphs: vec![],
            },
            pairs: vec!["1:1".into(), "2+3:".into()],
            refers: None,
            unchanged: false,
            line: 0,
            id: String::new(),
        }
    }

    #[test]
    fn entries_round_trip_with_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        append(&path, &entry(Action::Claimed)).unwrap();
        append(&path, &entry(Action::Translated)).unwrap();
        let entries = read(&path).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].action, Action::Translated);
        assert_eq!(entries[0].by, "Дамир \"Д\" Омаров");
        assert_eq!(entries[0].note.as_deref(), Some("жол\nекі"));
        assert_eq!(
            entries[1].beads(),
            vec![(vec![1], vec![1]), (vec![2, 3], vec![])]
        );
        let text = std::fs::read_to_string(&path).unwrap();
        for e in &entries {
            assert!(text
                .lines()
                .nth(e.line - 1)
                .unwrap()
                .starts_with("[[entry]]"));
        }
        assert!(entries[0].line < entries[1].line);
        assert_eq!(entries[0].id.len(), 12);
        assert_ne!(entries[0].id, entries[1].id);
        // Every line of an entry carries the same id, different from the other entry's.
        let ids: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("[[entry]]"))
            .map(|l| l.rsplit(' ').next().unwrap())
            .collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
    }

    #[test]
    fn append_if_unchanged_writes_only_on_the_ledger_it_was_judged_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert!(append_if_unchanged(&path, &entry(Action::Claimed), &[]).unwrap());
        let seen = read(&path).unwrap();
        assert!(append_if_unchanged(&path, &entry(Action::Note), &seen).unwrap());
        let before = std::fs::read_to_string(&path).unwrap();
        assert!(!append_if_unchanged(&path, &entry(Action::Note), &seen).unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        assert_eq!(read(&path).unwrap().len(), 2);
    }

    #[test]
    fn every_line_of_an_entry_carries_its_id_even_with_a_multi_line_note() {
        let mut e = entry(Action::Note);
        e.note = Some("бірінші жол\n\n[[entry]]\nсоңғы жол".into());
        let text = render(&e, "0123456789ab");
        for line in text.lines().filter(|l| !l.is_empty()) {
            assert!(line.ends_with(" # 0123456789ab"), "{line}");
        }
        let parsed = parse(Path::new("ledger.toml"), &text).unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].note, e.note);
    }

    #[test]
    fn a_broken_ledger_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let broken = "[[entry]]\nat = \"2026-11-26T18:04:00+05:00\"\nby = \"x\n";
        std::fs::write(&path, broken).unwrap();
        let err = append(&path, &entry(Action::Note)).unwrap_err();
        assert!(matches!(err, Error::Toml { line: 3, .. }), "{err:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    }

    /// The fast reading of a ledger agrees with the TOML parser: the same entries
    /// when it reads the text, and it leaves alone every text the parser refuses.
    fn assert_fast_agrees(text: &str) {
        let by_toml = toml::from_str::<RawLedger>(text).ok();
        if let Some(entry) = parse_written(text) {
            assert_eq!(Some(RawLedger { entry }), by_toml, "{text}");
        }
        if by_toml.is_none() {
            assert!(parse_written(text).is_none(), "{text}");
        }
    }

    #[test]
    fn written_ledgers_are_read_without_the_toml_parser_and_alike() {
        let mut e = entry(Action::Translated);
        e.note = None;
        e.by = "Дамир Омаров # бас редактор".into();
        e.adopt = true;
        e.ru.text = Some("77ff".into());
        e.ru.paragraphs = vec!["c3".into()];
        let mut text = HEADER.to_string();
        text.push_str(&render(&entry(Action::Claimed), "0123456789ab"));
        text.push_str(&render(&e, "ba9876543210"));
        let mut plain = HEADER.to_string();
        plain.push_str(&render(&e, "ba9876543210"));
        // The fast reading takes the plain text; the escaped note is left to TOML.
        assert!(parse_written(&plain).is_some());
        assert!(parse_written(&text).is_none());
        assert_fast_agrees(&plain);
        assert_fast_agrees(&text);
        let p = Path::new("ledger.toml");
        let entries = parse(p, &plain).unwrap();
        assert_eq!(entries[0].by, e.by);
        assert!(entries[0].adopt);
        assert_eq!(entries[0].ru.paragraphs, vec!["c3".to_string()]);
        assert_eq!(entries[0].line, 4);
        assert_eq!(entries[0].id, "ba9876543210");
        let entry_line = "[[entry]] # x\nat = \"2026-11-26T18:04:00+05:00\" # x\nby = \"x\"\n";
        for (i, variant) in [
            String::new(),
            "\n\n# a comment\n".to_string(),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = []\npairs = [\"1:1\", \"2+3:\"]"),
            // Refused by TOML, or read by it: either way not by the fast reading.
            format!("{entry_line}action = \"note\"\nlang = \"en\"\n"),
            format!("{entry_line}action = \"noted\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nby = \"y\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nsorce = \"y\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nadopt = \"yes\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = [\"a\",\"b\"]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = [\"a\", 1]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\" x\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"#x\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\" # \u{1}\n"),
            format!("{entry_line}action = \"note\"\nlang = \"k\u{1}k\"\n"),
            format!("{entry_line}action = \"note\"\r\nlang = \"kk\"\n"),
            format!("lang = \"kk\"\n{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("[entry]\n{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n[[entry]]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n  note = \"x\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nnote = \"a\\tb\"\n"),
        ]
        .iter()
        .enumerate()
        {
            assert_fast_agrees(variant);
            // The first four are as `render` writes: read fast.
            assert_eq!(parse_written(variant).is_some(), i < 4, "{variant}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_rendered_entry_is_read_alike(
            by in "[a-zA-Zа-яәқ \"#\\\\\t\u{7f}\u{85}=\\[\\],]{0,12}",
            note in proptest::option::of("[a-z \n#\"]{0,8}"),
            adopt: bool,
            paragraphs in proptest::collection::vec("[0-9a-f\"]{0,4}", 0..4),
        ) {
            let mut e = entry(Action::Approved);
            e.by = by;
            e.note = note;
            e.adopt = adopt;
            e.kk.paragraphs = paragraphs.clone();
            e.pairs = paragraphs;
            let text = format!("{HEADER}{}{}", render(&e, "0123456789ab"), render(&entry(Action::Note), "x"));
            assert_fast_agrees(&text);
            let read = parse(Path::new("ledger.toml"), &text).unwrap();
            proptest::prop_assert_eq!(&read[0].by, &e.by);
            proptest::prop_assert_eq!(&read[0].note, &e.note);
        }
    }

    #[test]
    fn a_bad_timestamp_names_its_line() {
        let text =
            "\n[[entry]]\nat = \"yesterday\"\nby = \"x\"\naction = \"note\"\nlang = \"kk\"\n";
        let err = parse(Path::new("ledger.toml"), text).unwrap_err();
        assert!(
            matches!(err, Error::InvalidValue { line: 3, .. }),
            "{err:?}"
        );
    }
}
