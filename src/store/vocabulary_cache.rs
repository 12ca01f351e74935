//! The cache of the texts the archive vocabulary ([`super::vocabulary`]) reads:
//! `.qostil/cache/vocabulary-v1-<kk|ru>.dat` under the archive's root, beside the
//! word table's cache and, like it, kept out of git by `.qostil/.gitignore`. It is
//! never the ledger nor an article: deleting it only costs the next diff that
//! needs the vocabulary the time to read the history texts again.
//!
//! It holds the stored texts of one language of the articles read, as read, under
//! a key of the `history/` folders they came from: each folder's path, inode and
//! modification time. A text is stored at sign-off by writing a new file and
//! renaming it into `history/` (never rewritten in place: its name is its hash), and
//! adding or removing a file changes the folder's time, so a changed set of texts
//! changes the key. A folder time that is not at least [`SETTLED`] older than the
//! cache file itself is not trusted (a file can be added within the same tick of
//! the file system's clock as the folder was looked at): the texts are then read
//! again, as they are when the file is missing, stale, cut, malformed or a link
//! (never followed). Writing it is not flushed to disk: a crash leaves the old
//! file, or a cut one, which is seen as such.
//!
//! Layout: a header line `qostil vocabulary texts v1 <lang> <key>`, a line with
//! the number of articles, one line per article with its number of files and each
//! file's length in bytes, the bytes of every file one after the other, and
//! `\n# end <total bytes>\n`.

use std::ops::Range;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::lang::Lang;
use crate::store::{files, word_cache};

/// How much older than the cache file every `history/` folder must be for the
/// cache to be trusted, in nanoseconds (more than any file system's clock tick).
pub const SETTLED: i128 = 2_000_000_000;
/// A cache file larger than this is not read (64 articles of texts are far less).
const MAX_BYTES: u64 = 256 << 20;

/// The stored texts of one language: the bytes of every file one after the other,
/// and where each file is, article by article.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub bytes: Vec<u8>,
    /// Per article, its files' ranges in `bytes`.
    pub articles: Vec<Vec<Range<usize>>>,
}

/// What the key records of one `history/` folder: its inode and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub ino: u64,
    /// Nanoseconds since the epoch.
    pub mtime: i128,
}

impl Stamp {
    pub fn of(m: &std::fs::Metadata) -> Stamp {
        Stamp {
            ino: m.ino(),
            mtime: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
        }
    }
}

/// Where the cache of `lang` is under the archive's root.
pub fn path(root: &Path, lang: Lang) -> PathBuf {
    root.join(word_cache::DIR)
        .join(format!("cache/vocabulary-v1-{}.dat", lang.code()))
}

/// The key of the `history/` folders `dirs` (paths below `articles_dir`).
pub fn key(articles_dir: &Path, dirs: &[(PathBuf, Stamp)]) -> String {
    let mut h = blake3::Hasher::new();
    for (dir, stamp) in dirs {
        let rel = dir.strip_prefix(articles_dir).unwrap_or(dir);
        h.update(rel.as_os_str().as_encoded_bytes());
        h.update(&[0]);
        h.update(&stamp.ino.to_le_bytes());
        h.update(&stamp.mtime.to_le_bytes());
    }
    h.finalize().to_hex()[..32].to_string()
}

/// The cached texts of `lang`, if the file holds texts read under `key` and was
/// written at least [`SETTLED`] after `newest` (the newest folder time).
pub fn read(root: &Path, lang: Lang, key: &str, newest: i128) -> Option<Texts> {
    let p = path(root, lang);
    files::refuse_links_below(root, &p).ok()?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(&p)
        .ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_BYTES || Stamp::of(&meta).mtime < newest + SETTLED {
        return None;
    }
    let mut bytes = Vec::new();
    if !files::append_exactly(&file, meta.len(), &mut bytes) {
        return None;
    }
    parse(bytes, lang, key)
}

fn parse(mut bytes: Vec<u8>, lang: Lang, key: &str) -> Option<Texts> {
    let mut at = 0;
    let mut line = || -> Option<&str> {
        let len = memchr::memchr(b'\n', bytes.get(at..)?)?;
        let l = std::str::from_utf8(&bytes[at..at + len]).ok()?;
        at += len + 1;
        Some(l)
    };
    if line()? != header(lang, key) {
        return None;
    }
    let n: usize = line()?.parse().ok()?;
    let mut lens: Vec<Vec<usize>> = Vec::new();
    for _ in 0..n {
        let mut nums = line()?.split(' ').map(|x| x.parse::<usize>().ok());
        let count = nums.next()??;
        let article: Vec<usize> = nums.collect::<Option<_>>()?;
        if article.len() != count {
            return None;
        }
        lens.push(article);
    }
    let start = at;
    let mut articles = Vec::with_capacity(n);
    for article in lens {
        let mut ranges = Vec::with_capacity(article.len());
        for len in article {
            let end = at.checked_add(len)?;
            ranges.push(at..end);
            at = end;
        }
        articles.push(ranges);
    }
    let end = format!("\n# end {}\n", at - start);
    if bytes.get(at..)? != end.as_bytes() {
        return None;
    }
    bytes.truncate(at);
    Some(Texts { bytes, articles })
}

fn header(lang: Lang, key: &str) -> String {
    format!("qostil vocabulary texts v1 {} {key}", lang.code())
}

/// Writes the texts of `lang` read under `key`. Refuses a link anywhere below the
/// root (nothing is written through one).
pub fn write(root: &Path, lang: Lang, key: &str, texts: &Texts) -> Result<()> {
    let p = path(root, lang);
    word_cache::make_dir(root, &p)?;
    let mut out = format!("{}\n{}\n", header(lang, key), texts.articles.len()).into_bytes();
    for article in &texts.articles {
        out.extend_from_slice(article.len().to_string().as_bytes());
        for r in article {
            out.extend_from_slice(format!(" {}", r.len()).as_bytes());
        }
        out.push(b'\n');
    }
    let mut total = 0;
    for r in texts.articles.iter().flatten() {
        out.extend_from_slice(&texts.bytes[r.clone()]);
        total += r.len();
    }
    out.extend_from_slice(format!("\n# end {total}\n").as_bytes());
    files::write_atomic_unsynced(&p, &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Texts {
        // One article with two files (one not UTF-8), one with none, one with one.
        let mut bytes = "Ержанов заявил.".as_bytes().to_vec();
        let a = bytes.len();
        bytes.extend_from_slice(b"\xff\n");
        let b = bytes.len();
        bytes.extend_from_slice("Барады.".as_bytes());
        let c = bytes.len();
        Texts {
            bytes,
            articles: vec![vec![0..a, a..b], vec![], vec![b..c]],
        }
    }

    /// The bytes of each file, article by article.
    fn files(t: &Texts) -> Vec<Vec<&[u8]>> {
        t.articles
            .iter()
            .map(|a| a.iter().map(|r| &t.bytes[r.clone()]).collect())
            .collect()
    }

    fn settle(root: &Path, lang: Lang) {
        let f = std::fs::File::options()
            .write(true)
            .open(path(root, lang))
            .unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(10);
        f.set_modified(later).unwrap();
    }

    #[test]
    fn written_texts_are_read_back_under_their_key_when_settled() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let now = Stamp::of(&std::fs::metadata(root).unwrap()).mtime;
        assert_eq!(read(root, Lang::Ru, "k1", 0), None);
        let t = texts();
        write(root, Lang::Ru, "k1", &t).unwrap();
        // Written just now: the folders looked at just now are not settled.
        assert_eq!(read(root, Lang::Ru, "k1", now), None);
        assert_eq!(files(&read(root, Lang::Ru, "k1", 0).unwrap()), files(&t));
        settle(root, Lang::Ru);
        assert_eq!(files(&read(root, Lang::Ru, "k1", now).unwrap()), files(&t));
        assert_eq!(read(root, Lang::Ru, "k2", now), None, "another key");
        assert_eq!(read(root, Lang::Kk, "k1", now), None, "another language");
        let ignore = std::fs::read_to_string(root.join(".qostil/.gitignore")).unwrap();
        assert!(ignore.lines().any(|l| l == "*"));
    }

    #[test]
    fn cut_or_malformed_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, Lang::Ru, "k", &texts()).unwrap();
        let p = path(root, Lang::Ru);
        let whole = std::fs::read(&p).unwrap();
        let a = texts().articles[0][0].len();
        let cases: Vec<Vec<u8>> = vec![
            whole[..whole.len() - 1].to_vec(),
            whole[..whole.len() - 12].to_vec(),
            [&whole[..], b"x"].concat(),
            String::from_utf8_lossy(&whole)
                .replacen("\n3\n", "\n4\n", 1)
                .into_bytes(),
            String::from_utf8_lossy(&whole)
                .replacen(&format!("\n2 {a} 2\n"), &format!("\n3 {a} 2\n"), 1)
                .into_bytes(),
            Vec::new(),
        ];
        for (i, bad) in cases.into_iter().enumerate() {
            std::fs::write(&p, bad).unwrap();
            assert_eq!(read(root, Lang::Ru, "k", 0), None, "case {i}");
        }
        std::fs::write(&p, &whole).unwrap();
        assert!(read(root, Lang::Ru, "k", 0).is_some());
    }

    #[test]
    fn links_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), Lang::Ru, "k", &texts()).unwrap();
        std::fs::create_dir_all(dir.path().join(".qostil/cache")).unwrap();
        std::os::unix::fs::symlink(path(outside.path(), Lang::Ru), path(dir.path(), Lang::Ru))
            .unwrap();
        assert_eq!(read(dir.path(), Lang::Ru, "k", 0), None);
        assert!(write(dir.path(), Lang::Ru, "k", &Texts::default()).is_err());
        assert!(read(outside.path(), Lang::Ru, "k", 0).is_some());
    }

    #[test]
    fn keys_change_with_any_folder_time_inode_or_path() {
        let arts = Path::new("articles");
        let d = |p: &str, ino, mtime| (arts.join(p).join("history"), Stamp { ino, mtime });
        let k = key(arts, &[d("2026/a", 1, 10), d("2026/b", 2, 20)]);
        assert_eq!(k, key(arts, &[d("2026/a", 1, 10), d("2026/b", 2, 20)]));
        for other in [
            vec![d("2026/a", 1, 10), d("2026/b", 2, 21)],
            vec![d("2026/a", 1, 10), d("2026/b", 3, 20)],
            vec![d("2026/a", 1, 10), d("2026/c", 2, 20)],
            vec![d("2026/a", 1, 10)],
        ] {
            assert_ne!(k, key(arts, &other));
        }
    }
}
