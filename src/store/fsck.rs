//! Checking an article's files for what interrupted writes and hand edits leave:
//! a torn last ledger entry, stored texts and objects of paragraph lists that no
//! entry names, temporary files, and stored texts and objects that are missing or
//! no longer match their hash.
//!
//! Repairs are made under the ledger's exclusive lock, so that a `sign` running
//! at the same time (which stores its texts under that lock before appending its
//! entry) never loses a text it just stored.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::article::Article;
use crate::store::{files, ledger, prints, snapshots};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One thing found wrong.
#[derive(Debug)]
pub enum Problem {
    /// The ledger's last entry was cut off (line of its `[[entry]]`).
    Torn { path: PathBuf, line: usize },
    /// A stored text or object of paragraph lists that no ledger entry names.
    Orphan { path: PathBuf },
    /// A temporary file older than a minute.
    Temp { path: PathBuf },
    /// Anything that cannot be repaired here: a ledger that does not parse, a
    /// stored text missing or altered, a file that is not a file.
    Error(Error),
}

impl Problem {
    /// Whether `fsck --repair` repairs it.
    pub fn repairable(&self) -> bool {
        !matches!(self, Problem::Error(_))
    }
}

/// What is wrong with one article; with `repair`, what could be repaired is
/// repaired (and still listed).
pub fn inspect(article: &Article, repair: bool) -> Vec<Problem> {
    let path = article.dir.join(ledger::FILE_NAME);
    let history = article.dir.join(snapshots::DIR);
    let mut problems = Vec::new();
    let look = |entries: &[ledger::Entry]| -> Result<Vec<Problem>> {
        let mut found = Vec::new();
        let mut named = BTreeSet::new();
        for e in entries.iter().filter(|e| e.action.is_signoff()) {
            for lang in Lang::ALL {
                if let Some(hash) = &e.print(lang).text {
                    if named.insert((lang, hash.clone())) {
                        if let Err(err) = snapshots::load(&article.dir, lang, hash) {
                            found.push(Problem::Error(Error::NamedBy {
                                ledger: path.clone(),
                                line: e.line,
                                inner: Box::new(err),
                            }));
                        }
                    }
                }
            }
        }
        // The objects of long entries' paragraph lists: every entry may name one.
        let mut lists = BTreeSet::new();
        for e in entries {
            if let Some(hash) = &e.prints {
                if lists.insert(hash.clone()) {
                    let mut bare = e.clone();
                    bare.kk.paragraphs.clear();
                    bare.ru.paragraphs.clear();
                    bare.pairs.clear();
                    if let Err(err) = ledger::resolve(&article.dir, &bare) {
                        found.push(Problem::Error(err));
                    }
                }
            }
        }
        // The files the entries name. A hash that is no hash (in capitals, with a
        // space: a hand edit) names no file to read, but still says which one the
        // entry meant: that file is kept, so that correcting the hash restores it.
        let meant = |hash: &str| hash.trim().to_ascii_lowercase();
        let lists: BTreeSet<String> = lists.iter().map(|h| meant(h)).collect();
        let named: BTreeSet<(Lang, String)> =
            named.iter().map(|(lang, h)| (*lang, meant(h))).collect();
        files::refuse_linked_dir(&history)?;
        for file in list(&history) {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let object = prints::hash_of_file_name(name).is_some_and(|h| lists.contains(h));
            let known = object
                || Lang::ALL.into_iter().any(|lang| {
                    name.strip_prefix(lang.code())
                        .and_then(|r| r.strip_prefix('-'))
                        .and_then(|r| r.strip_suffix(".md"))
                        .is_some_and(|hash| named.contains(&(lang, hash.to_string())))
                });
            // Only a file named as qostil names the ones it writes there can be
            // its orphan: anything else (another article's files, when a hand-made
            // folder puts one inside this `history/`) is not for it to remove.
            let ours = prints::hash_of_file_name(name).is_some()
                || Lang::ALL.into_iter().any(|lang| {
                    name.strip_prefix(lang.code())
                        .and_then(|r| r.strip_prefix('-'))
                        .is_some_and(|r| r.ends_with(".md"))
                });
            if !known && ours && !name.starts_with(files::TEMP_PREFIX) {
                found.push(Problem::Orphan { path: file });
            }
        }
        for dir in [&article.dir, &history] {
            for temp in files::stale_temps(dir) {
                found.push(Problem::Temp { path: temp });
            }
        }
        if repair {
            // What cannot be removed (a folder: never removed with what it holds;
            // a file in a read-only folder) is reported as not repaired.
            for p in &mut found {
                if let Problem::Orphan { path } | Problem::Temp { path } = p {
                    match std::fs::remove_file(&*path) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(_) if path.symlink_metadata().is_ok_and(|m| m.is_dir()) => {
                            *p = Problem::Error(Error::NotRegularFile { path: path.clone() });
                        }
                        Err(e) => *p = Problem::Error(Error::io(&*path, e)),
                    }
                }
            }
        }
        Ok(found)
    };
    let result = if repair {
        ledger::repair(&path, look)
    } else {
        ledger::read_ledger(&path).and_then(|l| Ok((l.torn, look(&l.entries)?)))
    };
    match result {
        Ok((torn, found)) => {
            if let Some(t) = torn {
                problems.push(Problem::Torn {
                    path: path.clone(),
                    line: t.line,
                });
            }
            problems.extend(found);
        }
        Err(e) => problems.push(Problem::Error(e)),
    }
    problems
}

/// The files of a folder, sorted (none when it does not exist).
fn list(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}
