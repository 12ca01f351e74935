//! The texts of both versions as they stood at each sign-off.
//!
//! Stored beside the ledger as plain files, `articles/<id>/history/<lang>-<hash>.md`,
//! named by the hash of their bytes: the same text is stored once, two clones that
//! store the same text write the same file, and a file whose bytes no longer match
//! its name has been altered. No git is needed to tell what changed since.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::{files, ledger};
use std::path::{Path, PathBuf};

/// The folder inside an article that holds the stored texts.
pub const DIR: &str = "history";

/// The hash that names a stored text: 16 hex digits of BLAKE3 over its bytes.
pub fn text_hash(text: &str) -> String {
    crate::segment::hex16(blake3::hash(text.as_bytes()).as_bytes())
}

/// Where the text with this hash is stored.
pub fn path(article_dir: &Path, lang: Lang, hash: &str) -> PathBuf {
    article_dir
        .join(DIR)
        .join(format!("{}-{hash}.md", lang.code()))
}

/// Whether a hash from a ledger can name a stored text: [`text_hash`]'s 16
/// lowercase hex digits, nothing else (a hash is used as part of a file name).
pub fn is_text_hash(hash: &str) -> bool {
    hash.len() == 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Stores a text (if not stored already) and returns its hash.
pub fn store(article_dir: &Path, lang: Lang, text: &str) -> Result<String> {
    let hash = text_hash(text);
    let target = path(article_dir, lang, &hash);
    let dir = article_dir.join(DIR);
    files::refuse_linked_dir(&dir)?;
    if load(article_dir, lang, &hash).is_ok() {
        return Ok(hash);
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    files::write_atomic(&target, text.as_bytes())?;
    Ok(hash)
}

/// A stored text that a sign-off names but that cannot be read as it was signed:
/// missing (`history/` not committed, deleted) or altered since.
///
/// Nothing that a translator or an editor does next needs it: the state is judged
/// from the paragraph fingerprints the ledger keeps, `sign` stores the text it
/// signs anew, `approve` judges the texts as they are now. Only the change since
/// the sign-off cannot be shown word by word: `status` and `diff` say so as a
/// warning, and `fsck` lists the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LostText {
    pub lang: Lang,
    pub path: PathBuf,
    /// Altered (its bytes no longer match its name), not missing.
    pub altered: bool,
    /// For the object of a sign-off's paragraph lists (not a text, see
    /// [`crate::store::prints`]): the ledger and the line of the entry naming it.
    /// Without it the change is judged from the stored texts, and the paragraphs of
    /// the translation it concerns are not known.
    pub entry: Option<(PathBuf, usize)>,
}

/// The entry with its paragraph lists ([`ledger::resolve`]); an object of lists
/// that is missing or altered is returned as the [`LostText`] it is, for the
/// caller to go on without the lists. A hash that is no hash, a link or a FIFO
/// stays an error.
pub fn resolve_or_lost<'a>(
    article_dir: &Path,
    entry: &'a ledger::Entry,
) -> Result<std::result::Result<std::borrow::Cow<'a, ledger::Entry>, LostText>> {
    match ledger::resolve(article_dir, entry) {
        Ok(full) => Ok(Ok(full)),
        Err(Error::PrintsMissing { ledger, line, path }) => Ok(Err(LostText {
            lang: entry.lang,
            path,
            altered: false,
            entry: Some((ledger, line)),
        })),
        Err(Error::PrintsAltered { ledger, line, path }) => Ok(Err(LostText {
            lang: entry.lang,
            path,
            altered: true,
            entry: Some((ledger, line)),
        })),
        Err(e) => Err(e),
    }
}

/// Loads a stored text like [`load`]; a missing or altered one is returned as
/// the [`LostText`] it is, for the caller to go on without it. A hash that is no
/// hash, a link or a FIFO stays an error.
pub fn load_or_lost(
    article_dir: &Path,
    lang: Lang,
    hash: &str,
) -> Result<std::result::Result<String, LostText>> {
    match load(article_dir, lang, hash) {
        Ok(text) => Ok(Ok(text)),
        Err(Error::HistoryMissing { path }) => Ok(Err(LostText {
            lang,
            path,
            altered: false,
            entry: None,
        })),
        Err(Error::HistoryTampered { path }) => Ok(Err(LostText {
            lang,
            path,
            altered: true,
            entry: None,
        })),
        Err(e) => Err(e),
    }
}

/// Stand-ins for the paragraphs of a lost text, from the fingerprints the ledger
/// recorded: unchanged paragraphs are still recognised, and every other one is a
/// change (its words cannot be compared, so it counts as substantive).
pub fn stand_ins(fingerprints: &[String]) -> Vec<crate::segment::Paragraph> {
    fingerprints
        .iter()
        .enumerate()
        .map(|(i, f)| crate::segment::Paragraph {
            number: i + 1,
            kind: crate::segment::BlockKind::Paragraph,
            line_start: 0,
            line_end: 0,
            text: String::new(),
            links: Vec::new(),
            norm: String::new(),
            fingerprint: f.clone(),
        })
        .collect()
}

/// Loads a stored text, checking that it is the text the hash names.
pub fn load(article_dir: &Path, lang: Lang, hash: &str) -> Result<String> {
    if !is_text_hash(hash) {
        return Err(Error::InvalidHash {
            path: article_dir.join(ledger::FILE_NAME),
            hash: hash.to_string(),
        });
    }
    files::refuse_linked_dir(&article_dir.join(DIR))?;
    let p = path(article_dir, lang, hash);
    let text =
        files::read_own_text(&p)?.ok_or_else(|| Error::HistoryMissing { path: p.clone() })?;
    if text_hash(&text) != hash {
        return Err(Error::HistoryTampered { path: p });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_texts_are_verified() {
        let dir = tempfile::tempdir().unwrap();
        let hash = store(dir.path(), Lang::Kk, "# Тақырып\n\nМәтін.\n").unwrap();
        assert_eq!(
            store(dir.path(), Lang::Kk, "# Тақырып\n\nМәтін.\n").unwrap(),
            hash
        );
        assert_eq!(
            load(dir.path(), Lang::Kk, &hash).unwrap(),
            "# Тақырып\n\nМәтін.\n"
        );
        std::fs::write(path(dir.path(), Lang::Kk, &hash), "# Тақырып\n\nБасқа.\n").unwrap();
        assert!(matches!(
            load(dir.path(), Lang::Kk, &hash),
            Err(Error::HistoryTampered { .. })
        ));
        assert!(matches!(
            load(dir.path(), Lang::Ru, &hash),
            Err(Error::HistoryMissing { .. })
        ));
    }

    #[test]
    fn the_objects_of_paragraph_lists_live_beside_the_texts() {
        assert_eq!(crate::store::prints::DIR, DIR);
    }
}
