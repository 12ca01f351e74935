//! The paragraph lists of a large ledger entry, stored beside the signed texts.
//!
//! A ledger entry records the fingerprint of every paragraph of both versions and,
//! for sign-offs, the kk ↔ ru correspondence. For an article of 100,000 paragraphs
//! that is megabytes in one `[[entry]]`: slow to append, large in every `git diff`,
//! and a long write that a crash can cut. Beyond [`INLINE_MAX`] paragraphs on a
//! side the three lists are written instead as one object,
//! `articles/<id>/history/prints-<hash>.txt`, named like the stored texts by the
//! hash of its bytes; the entry carries only `prints = "<hash>"`.
//!
//! The object is plain text, one list per line, values separated by one space:
//!
//! ```text
//! kk 3f2a… 9c01… …
//! ru 77e0… 1b4d… …
//! pairs 1:1 2+3:2 4: …
//! ```
//!
//! It is written atomically and flushed to disk under the ledger's lock before the
//! entry naming it is appended ([`crate::store::ledger::append_with`]), and read
//! only when a command needs the lists (see [`crate::store::ledger::resolve`]):
//! `status` of an article whose versions are byte for byte as signed never opens it.

use crate::error::{Error, Result};
use crate::store::files;
use std::path::{Path, PathBuf};

/// The folder inside an article that holds the objects: the stored texts' folder
/// (`snapshots::DIR`; a test keeps them equal).
pub const DIR: &str = "history";

/// Paragraphs per side that an entry keeps inline: a newsroom article's entry stays
/// readable in the ledger and in `git diff`; a longer one is referenced.
pub const INLINE_MAX: usize = 64;

/// The most bytes the three lists may take inline (a guard for unusual values:
/// with [`INLINE_MAX`] fingerprints per side they take about 3 KB).
const INLINE_BYTES: usize = 3200;

/// The lists an object holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prints {
    pub kk: Vec<String>,
    pub ru: Vec<String>,
    pub pairs: Vec<String>,
}

impl Prints {
    /// Whether the lists are small enough to stay inline in the entry.
    pub fn fits_inline(&self) -> bool {
        let bytes: usize = [&self.kk, &self.ru, &self.pairs]
            .iter()
            .flat_map(|v| v.iter())
            .map(|s| s.len() + 4)
            .sum();
        self.kk.len() <= INLINE_MAX && self.ru.len() <= INLINE_MAX && bytes <= INLINE_BYTES
    }

    /// The object's text; `None` when a value cannot be written in it (empty, or
    /// with white space or a control character: never a fingerprint or a bead).
    pub fn render(&self) -> Option<String> {
        let mut out = String::new();
        for (tag, list) in [("kk", &self.kk), ("ru", &self.ru), ("pairs", &self.pairs)] {
            out.push_str(tag);
            for v in list {
                if v.is_empty() || v.chars().any(|c| c.is_whitespace() || c.is_control()) {
                    return None;
                }
                out.push(' ');
                out.push_str(v);
            }
            out.push('\n');
        }
        Some(out)
    }

    /// Reads an object's text as [`Prints::render`] writes it.
    pub fn parse(text: &str) -> Option<Prints> {
        let mut lines = text.strip_suffix('\n')?.split('\n');
        let mut list = |tag: &str| -> Option<Vec<String>> {
            let line = lines.next()?;
            let rest = line.strip_prefix(tag)?;
            if rest.is_empty() {
                return Some(Vec::new());
            }
            let values: Vec<String> = rest
                .strip_prefix(' ')?
                .split(' ')
                .map(str::to_string)
                .collect();
            values.iter().all(|v| !v.is_empty()).then_some(values)
        };
        let prints = Prints {
            kk: list("kk")?,
            ru: list("ru")?,
            pairs: list("pairs")?,
        };
        lines.next().is_none().then_some(prints)
    }
}

/// Where the object with this hash is stored.
pub fn path(article_dir: &Path, hash: &str) -> PathBuf {
    article_dir.join(DIR).join(format!("prints-{hash}.txt"))
}

/// The hash that names an object: 16 hex digits of BLAKE3 over its bytes, as for
/// the stored texts.
pub fn hash(text: &str) -> String {
    crate::segment::hex16(blake3::hash(text.as_bytes()).as_bytes())
}

/// Whether a hash from a ledger can name an object: 16 lowercase hex digits.
pub fn is_hash(hash: &str) -> bool {
    hash.len() == 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The hash of an object's file name (`prints-<hash>.txt`), if it is one.
pub fn hash_of_file_name(name: &str) -> Option<&str> {
    name.strip_prefix("prints-")?.strip_suffix(".txt")
}

/// Stores the lists as an object (if not stored already: a verified one is kept)
/// and returns its hash; `None` when they cannot be written as one (see
/// [`Prints::render`]). Written atomically and flushed to disk, never through a
/// link.
pub fn store(article_dir: &Path, prints: &Prints) -> Result<Option<String>> {
    let Some(text) = prints.render() else {
        return Ok(None);
    };
    let hash = hash(&text);
    let dir = article_dir.join(DIR);
    files::refuse_linked_dir(&dir)?;
    if matches!(load(article_dir, &hash), Ok(Ok(_))) {
        return Ok(Some(hash));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    files::write_atomic(&path(article_dir, &hash), text.as_bytes())?;
    Ok(Some(hash))
}

/// Why an object cannot be read as it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lost {
    /// Not there (`history/` not committed, deleted).
    Missing,
    /// Its bytes no longer match its name, or are not an object.
    Altered,
    /// The name is not a hash: nothing was read by it.
    InvalidHash,
}

/// Loads the object with this hash, checking that it is the one the hash names.
/// A missing, altered or mis-named object is returned as what it is, for the
/// caller to name the entry that references it; a link, a FIFO or an unreadable
/// file stays an error.
pub fn load(article_dir: &Path, hash: &str) -> Result<std::result::Result<Prints, Lost>> {
    if !is_hash(hash) {
        return Ok(Err(Lost::InvalidHash));
    }
    files::refuse_linked_dir(&article_dir.join(DIR))?;
    let Some(text) = files::read_own_text(&path(article_dir, hash))? else {
        return Ok(Err(Lost::Missing));
    };
    if self::hash(&text) != hash {
        return Ok(Err(Lost::Altered));
    }
    Ok(Prints::parse(&text).ok_or(Lost::Altered))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(n: usize) -> Prints {
        Prints {
            kk: (0..n).map(|i| format!("{i:016x}")).collect(),
            ru: (0..n + 1).map(|i| format!("{:016x}", i * 7)).collect(),
            pairs: (1..=n)
                .map(|i| format!("{i}:{i}"))
                .chain(["".to_string() + ":" + &(n + 1).to_string()])
                .collect(),
        }
    }

    #[test]
    fn objects_round_trip_and_are_verified() {
        let dir = tempfile::tempdir().unwrap();
        let prints = big(200);
        let hash = store(dir.path(), &prints).unwrap().unwrap();
        assert!(is_hash(&hash));
        assert_eq!(
            store(dir.path(), &prints).unwrap().as_deref(),
            Some(hash.as_str())
        );
        assert_eq!(load(dir.path(), &hash).unwrap(), Ok(prints.clone()));
        let file = path(dir.path(), &hash);
        assert_eq!(
            hash_of_file_name(file.file_name().unwrap().to_str().unwrap()),
            Some(hash.as_str())
        );
        // Altered: one fingerprint changed.
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(
            &file,
            text.replacen("0000000000000001", "0000000000000002", 1),
        )
        .unwrap();
        assert_eq!(load(dir.path(), &hash).unwrap(), Err(Lost::Altered));
        // Storing again repairs it.
        store(dir.path(), &prints).unwrap();
        assert_eq!(load(dir.path(), &hash).unwrap(), Ok(prints));
        std::fs::remove_file(&file).unwrap();
        assert_eq!(load(dir.path(), &hash).unwrap(), Err(Lost::Missing));
    }

    /// An object is opened like a stored text: a link (to it or to its folder) or
    /// a FIFO in its place is an error, never followed, never waited on.
    #[test]
    fn a_link_or_fifo_in_place_of_an_object_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let prints = big(100);
        let hash = store(outside.path(), &prints).unwrap().unwrap();
        std::fs::create_dir(dir.path().join(DIR)).unwrap();
        std::os::unix::fs::symlink(path(outside.path(), &hash), path(dir.path(), &hash)).unwrap();
        assert!(matches!(
            load(dir.path(), &hash),
            Err(Error::LinkRefused { .. })
        ));
        std::fs::remove_file(path(dir.path(), &hash)).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(path(dir.path(), &hash))
            .status();
        if made.is_ok_and(|s| s.success()) {
            assert!(matches!(
                load(dir.path(), &hash),
                Err(Error::NotRegularFile { .. })
            ));
        }
        // A linked history/ folder: nothing is read or written through it.
        let linked = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path().join(DIR), linked.path().join(DIR)).unwrap();
        assert!(load(linked.path(), &hash).is_err());
        assert!(store(linked.path(), &big(101)).is_err());
        assert_eq!(
            std::fs::read_dir(outside.path().join(DIR)).unwrap().count(),
            1
        );
    }

    #[test]
    fn a_hash_that_is_no_hash_names_no_file() {
        let dir = tempfile::tempdir().unwrap();
        for bad in [
            "../../secret",
            "ABCDEF0123456789",
            "0123",
            "0123456789abcdef0",
            "",
        ] {
            assert_eq!(
                load(dir.path(), bad).unwrap(),
                Err(Lost::InvalidHash),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_text_reads_back_and_refuses_what_it_cannot_hold() {
        let empty = Prints::default();
        assert_eq!(Prints::parse(&empty.render().unwrap()), Some(empty));
        let p = big(3);
        assert_eq!(Prints::parse(&p.render().unwrap()), Some(p));
        for bad in ["a b", "", "a\nb", "a\tb"] {
            let p = Prints {
                kk: vec![bad.to_string()],
                ..Prints::default()
            };
            assert_eq!(p.render(), None, "{bad:?}");
        }
        for bad in [
            "kk\nru\n",
            "kk\nru\npairs",
            "kk\nru\npairs\nx\n",
            "kk  a\nru\npairs\n",
            "ru\nkk\npairs\n",
        ] {
            assert_eq!(Prints::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_newsroom_article_stays_inline_and_a_long_one_does_not() {
        assert!(big(INLINE_MAX - 1).fits_inline());
        assert!(!big(INLINE_MAX).fits_inline());
        assert!(!big(2000).fits_inline());
        assert!(Prints::default().fits_inline());
    }
}
