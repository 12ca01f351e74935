//! The cache of the word table learned from the archive's approved articles
//! (`workflow::learned`): `.qostil/cache/lexicon-v1.tsv` under the archive's root,
//! with a `.gitignore` in `.qostil/` that keeps the folder out of git. It is never
//! the ledger nor an article: deleting it only costs the next `check` the time to
//! learn the table again.
//!
//! The file's first line names the key of what it was learned from; its last line
//! counts the entries, so a cut file is seen as such. A file that is missing,
//! stale, cut, malformed, or a link (never followed) is ignored: the caller learns
//! the table again and writes it atomically (two runs writing at once each rename a
//! whole file into place).

use crate::error::{Error, Result};
use crate::store::files;
use std::path::{Path, PathBuf};

/// The folder of qostil's own files under the archive's root.
pub const DIR: &str = ".qostil";
/// The cache file, below [`DIR`].
pub const FILE: &str = "cache/lexicon-v1.tsv";
const HEADER: &str = "# qostil word table v1, learned from approved articles; key ";
const END: &str = "# end ";

/// Where the cache of an archive is.
pub fn path(root: &Path) -> PathBuf {
    root.join(DIR).join(FILE)
}

/// The cached table, if the file holds one learned from what `key` names.
pub fn read(root: &Path, key: &str) -> Option<Vec<(String, String)>> {
    let p = path(root);
    files::refuse_links_below(root, &p).ok()?;
    let text = files::read_text(&p).ok()??;
    parse(&text, key)
}

/// The cached table whatever it was learned from (a well-formed file only).
pub fn read_any(root: &Path) -> Option<Vec<(String, String)>> {
    let p = path(root);
    files::refuse_links_below(root, &p).ok()?;
    let text = files::read_text(&p).ok()??;
    let key = text.lines().next()?.strip_prefix(HEADER)?;
    parse(&text, key)
}

fn parse(text: &str, key: &str) -> Option<Vec<(String, String)>> {
    let mut lines = text.lines();
    if lines.next()?.strip_prefix(HEADER)? != key {
        return None;
    }
    let mut out = Vec::new();
    for line in lines {
        if let Some(n) = line.strip_prefix(END) {
            return (n.parse::<usize>().ok()? == out.len()).then_some(out);
        }
        let (kk, ru) = line.split_once('\t')?;
        let word = |w: &str| {
            (1..=8).contains(&w.chars().count()) && w.chars().all(crate::lang::is_cyrillic)
        };
        if !word(kk) || !word(ru) {
            return None;
        }
        out.push((kk.to_string(), ru.to_string()));
    }
    None
}

/// Writes the table learned from what `key` names. Refuses a link anywhere below
/// the root (nothing is written through one).
pub fn write(root: &Path, key: &str, table: &[(String, String)]) -> Result<()> {
    let p = path(root);
    make_dir(root, &p)?;
    let mut text = format!("{HEADER}{key}\n");
    for (kk, ru) in table {
        text.push_str(kk);
        text.push('\t');
        text.push_str(ru);
        text.push('\n');
    }
    text.push_str(&format!("{END}{}\n", table.len()));
    files::write_atomic(&p, text.as_bytes())
}

/// Creates the folder of the cache file `p` under `root` and the `.gitignore` of
/// [`DIR`]. Refuses a link anywhere below the root.
pub fn make_dir(root: &Path, p: &Path) -> Result<()> {
    files::refuse_links_below(root, p)?;
    let dir = p.parent().unwrap_or(root);
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    // Created under the root, then checked again: a link swapped in meanwhile is
    // refused before anything is written through it.
    files::refuse_links_below(root, p)?;
    // What a killed writer of a cache left behind (no lock guards a cache: only
    // files older than a minute, which no running writer still owns).
    files::remove_stale_temps(dir);
    let ignore = root.join(DIR).join(".gitignore");
    if std::fs::symlink_metadata(&ignore).is_err() {
        // Another run may have written it meanwhile: that one is as good.
        let _ = files::create_new(&ignore, b"# qostil's cache: rebuilt when needed.\n*\n");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_killed_writers_old_temporary_file_is_removed_by_the_next_write() {
        let root = tempfile::tempdir().unwrap();
        let p = path(root.path());
        make_dir(root.path(), &p).unwrap();
        let dir = p.parent().unwrap();
        let old = dir.join(format!("{}cache-old", files::TEMP_PREFIX));
        let young = dir.join(format!("{}cache-young", files::TEMP_PREFIX));
        std::fs::write(&old, b"cut").unwrap();
        std::fs::write(&young, b"being written").unwrap();
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(an_hour_ago)
            .unwrap();
        write(root.path(), "key", &table()).unwrap();
        assert!(!old.exists());
        assert!(young.exists());
        assert_eq!(read(root.path(), "key"), Some(table()));
    }

    fn table() -> Vec<(String, String)> {
        vec![
            ("жинал".to_string(), "собра".to_string()),
            ("сайла".to_string(), "выбор".to_string()),
        ]
    }

    #[test]
    fn written_tables_are_read_back_under_their_key_only() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path(), "k1"), None);
        write(dir.path(), "k1", &table()).unwrap();
        assert_eq!(read(dir.path(), "k1"), Some(table()));
        assert_eq!(read(dir.path(), "k2"), None);
        assert_eq!(read_any(dir.path()), Some(table()));
        write(dir.path(), "k1", &[]).unwrap();
        assert_eq!(read(dir.path(), "k1"), Some(Vec::new()));
        let ignore = std::fs::read_to_string(dir.path().join(".qostil/.gitignore")).unwrap();
        assert!(ignore.lines().any(|l| l == "*"));
    }

    #[test]
    fn cut_or_malformed_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "k", &table()).unwrap();
        let p = path(dir.path());
        let whole = std::fs::read_to_string(&p).unwrap();
        let cut = &whole[..whole.rfind(END).unwrap()];
        std::fs::write(&p, cut).unwrap();
        assert_eq!(read(dir.path(), "k"), None);
        std::fs::write(&p, whole.replace("собра", "sobra")).unwrap();
        assert_eq!(read(dir.path(), "k"), None);
        std::fs::write(&p, whole.replace("# end 2", "# end 3")).unwrap();
        assert_eq!(read(dir.path(), "k"), None);
        std::fs::write(&p, b"\xff\xfe").unwrap();
        assert_eq!(read(dir.path(), "k"), None);
    }

    #[test]
    fn links_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), "k", &table()).unwrap();
        std::fs::create_dir_all(dir.path().join(".qostil/cache")).unwrap();
        std::os::unix::fs::symlink(path(outside.path()), path(dir.path())).unwrap();
        assert_eq!(read(dir.path(), "k"), None);
        assert!(write(dir.path(), "k", &[]).is_err());
        // The file the link leads to is untouched.
        assert_eq!(read(outside.path(), "k"), Some(table()));
        // A linked folder on the way is refused as well.
        let other = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path().join(DIR), other.path().join(DIR)).unwrap();
        assert_eq!(read(other.path(), "k"), None);
        assert!(write(other.path(), "k", &[]).is_err());
        assert_eq!(read(outside.path(), "k"), Some(table()));
    }
}
