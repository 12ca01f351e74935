//! The texts of both versions as they stood at each sign-off.
//!
//! Stored beside the ledger as plain files, `articles/<id>/history/<lang>-<hash>.md`,
//! named by the hash of their bytes: the same text is stored once, two clones that
//! store the same text write the same file, and a file whose bytes no longer match
//! its name has been altered. No git is needed to tell what changed since.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::files;
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

/// Loads a stored text, checking that it is the text the hash names.
pub fn load(article_dir: &Path, lang: Lang, hash: &str) -> Result<String> {
    if !is_text_hash(hash) {
        return Err(Error::InvalidHash {
            path: article_dir.join(crate::store::ledger::FILE_NAME),
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
}
