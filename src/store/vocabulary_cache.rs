//! The cache of the texts the archive vocabulary ([`super::vocabulary`]) reads:
//! `.qostil/cache/vocabulary-v2-<kk|ru>.dat` under the archive's root, beside the
//! word table's cache and, like it, kept out of git by `.qostil/.gitignore`. It is
//! never the ledger nor an article: deleting it only costs the next diff that
//! needs the vocabulary the time to read the history texts again.
//!
//! It holds the stored texts of one language of the articles read, as read, and
//! the folders they were found through: every folder listed on the way (`articles/`,
//! the year folders) and the articles' `history/` folders, under a key of each
//! folder's path, inode and modification time. A text is stored at sign-off by
//! writing a new file and renaming it into `history/` (never rewritten in place:
//! its name is its hash), and adding, removing or renaming an entry changes its
//! folder's time, so a changed set of texts or of newest articles changes the key.
//! A reader therefore only looks at the folders the file names (no listing of a
//! year folder of a thousand articles). A folder time that is not at least
//! [`SETTLED`] older than the cache file itself is not trusted (a file can be added within the same tick of
//! the file system's clock as the folder was looked at): the texts are then read
//! again, as they are when the file is missing, stale, cut, malformed or a link
//! (never followed). Writing it is not flushed to disk: a crash leaves the old
//! file, or a cut one, which is seen as such.
//!
//! Layout: a header line `qostil vocabulary texts v2 <lang> <key>`, a line with
//! the numbers of listed and of `history/` folders, their paths below `articles/`
//! one a line (listed first), one line per article with its number of files and
//! each file's length in bytes, the bytes of every file one after the other, and
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
        .join(format!("cache/vocabulary-v2-{}.dat", lang.code()))
}

/// The folders the texts are found through, with their stamps: every folder
/// listed on the way, and the articles' `history/` folders (in article order).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Folders {
    pub listed: Vec<(PathBuf, Stamp)>,
    pub history: Vec<(PathBuf, Stamp)>,
}

impl Folders {
    /// The key of the folders (paths below `articles_dir`, inodes, times).
    pub fn key(&self, articles_dir: &Path) -> String {
        let mut h = blake3::Hasher::new();
        for (part, dirs) in [(b'l', &self.listed), (b'h', &self.history)] {
            for (dir, stamp) in dirs {
                let rel = dir.strip_prefix(articles_dir).unwrap_or(dir);
                h.update(&[part]);
                h.update(rel.as_os_str().as_encoded_bytes());
                h.update(&[0]);
                h.update(&stamp.ino.to_le_bytes());
                h.update(&stamp.mtime.to_le_bytes());
            }
        }
        h.finalize().to_hex()[..32].to_string()
    }

    /// The time of the folder changed last.
    fn newest(&self) -> i128 {
        self.listed
            .iter()
            .chain(&self.history)
            .map(|(_, s)| s.mtime)
            .max()
            .unwrap_or(0)
    }
}

/// The stamp of the folder `dir` (not through a link).
pub fn stamp(dir: &Path) -> Option<Stamp> {
    std::fs::symlink_metadata(dir)
        .ok()
        .filter(|m| m.is_dir())
        .map(|m| Stamp::of(&m))
}

/// The cached texts of `lang` and the `history/` folders they are from, if the
/// folders the file names are as they were when it was written, and were already
/// [`SETTLED`] then.
pub fn read(root: &Path, lang: Lang, articles_dir: &Path) -> Option<(Vec<PathBuf>, Texts)> {
    let p = path(root, lang);
    files::refuse_links_below(root, &p).ok()?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(&p)
        .ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    if !files::append_exactly(&file, meta.len(), &mut bytes) {
        return None;
    }
    let (folders, key, texts) = parse(bytes, lang, articles_dir)?;
    let fresh =
        folders.key(articles_dir) == key && folders.newest() + SETTLED <= Stamp::of(&meta).mtime;
    fresh.then(|| (folders.history.into_iter().map(|(d, _)| d).collect(), texts))
}

/// The folders named (stamped as they are now), the key written, the texts.
fn parse(mut bytes: Vec<u8>, lang: Lang, articles_dir: &Path) -> Option<(Folders, String, Texts)> {
    let mut at = 0;
    let mut line = || -> Option<&str> {
        let len = memchr::memchr(b'\n', bytes.get(at..)?)?;
        let l = std::str::from_utf8(&bytes[at..at + len]).ok()?;
        at += len + 1;
        Some(l)
    };
    let key = line()?.strip_prefix(&header(lang, ""))?.to_string();
    let (nl, nh) = line()?.split_once(' ')?;
    let (nl, nh): (usize, usize) = (nl.parse().ok()?, nh.parse().ok()?);
    let mut folders = Folders::default();
    for i in 0..nl + nh {
        let dir = articles_dir.join(line()?);
        let stamp = stamp(&dir)?;
        let list = if i < nl {
            &mut folders.listed
        } else {
            &mut folders.history
        };
        list.push((dir, stamp));
    }
    let mut lens: Vec<Vec<usize>> = Vec::new();
    for _ in 0..nh {
        let mut nums = line()?.split(' ').map(|x| x.parse::<usize>().ok());
        let count = nums.next()??;
        let article: Vec<usize> = nums.collect::<Option<_>>()?;
        if article.len() != count {
            return None;
        }
        lens.push(article);
    }
    let start = at;
    let mut articles = Vec::with_capacity(nh);
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
    Some((folders, key, Texts { bytes, articles }))
}

fn header(lang: Lang, key: &str) -> String {
    format!("qostil vocabulary texts v2 {} {key}", lang.code())
}

/// Writes the texts of `lang` found through `folders` (one article per `history/`
/// folder). Refuses a link anywhere below the root (nothing is written through
/// one); folders whose names are not one-line text are not cached.
pub fn write(
    root: &Path,
    lang: Lang,
    articles_dir: &Path,
    folders: &Folders,
    texts: &Texts,
) -> Result<()> {
    let mut names = String::new();
    for (dir, _) in folders.listed.iter().chain(&folders.history) {
        let rel = dir.strip_prefix(articles_dir).unwrap_or(dir);
        match rel.to_str() {
            Some(r) if !r.contains('\n') && !rel.is_absolute() => {
                names.push_str(r);
                names.push('\n');
            }
            _ => return Ok(()),
        }
    }
    if folders.history.len() != texts.articles.len() {
        return Ok(());
    }
    let p = path(root, lang);
    word_cache::make_dir(root, &p)?;
    let mut out = format!(
        "{}\n{} {}\n{names}",
        header(lang, &folders.key(articles_dir)),
        folders.listed.len(),
        folders.history.len()
    )
    .into_bytes();
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

    /// `articles/` with articles `a`, `b` and `c` (no history), their folders dated
    /// `secs` ago, and the texts of a and b: two files (one not UTF-8), and one.
    fn archive(secs: u64) -> (tempfile::TempDir, PathBuf, Folders, Texts) {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        for id in ["a", "b"] {
            std::fs::create_dir_all(arts.join(id).join("history")).unwrap();
        }
        std::fs::create_dir_all(arts.join("c")).unwrap();
        let mut bytes = "Ержанов заявил.".as_bytes().to_vec();
        let a = bytes.len();
        bytes.extend_from_slice(b"\xff\n");
        let b = bytes.len();
        bytes.extend_from_slice("Барады.".as_bytes());
        let c = bytes.len();
        let texts = Texts {
            bytes,
            articles: vec![vec![0..a, a..b], vec![b..c]],
        };
        age(&arts, &["b/history", "a/history", "c", ""], secs);
        let folders = folders(&arts);
        (root, arts, folders, texts)
    }

    fn folders(arts: &Path) -> Folders {
        let at = |rel: &str| {
            let d = arts.join(rel);
            let s = stamp(&d).unwrap();
            (d, s)
        };
        Folders {
            listed: vec![at(""), at("c")],
            history: vec![at("a/history"), at("b/history")],
        }
    }

    /// Dates folders `secs` before a fixed time long past.
    fn age(arts: &Path, rels: &[&str], secs: u64) {
        let then = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000 - secs);
        for rel in rels {
            let d = std::fs::File::open(arts.join(rel)).unwrap();
            d.set_modified(then).unwrap();
        }
    }

    /// The bytes of each file, article by article.
    fn files(t: &Texts) -> Vec<Vec<&[u8]>> {
        t.articles
            .iter()
            .map(|a| a.iter().map(|r| &t.bytes[r.clone()]).collect())
            .collect()
    }

    #[test]
    fn written_texts_are_read_back_while_their_folders_are_unchanged() {
        let (root, arts, f, t) = archive(100);
        let root = root.path();
        assert_eq!(read(root, Lang::Ru, &arts), None);
        write(root, Lang::Ru, &arts, &f, &t).unwrap();
        let (dirs, back) = read(root, Lang::Ru, &arts).unwrap();
        assert_eq!(files(&back), files(&t));
        assert_eq!(dirs, [arts.join("a/history"), arts.join("b/history")]);
        assert_eq!(read(root, Lang::Kk, &arts), None, "another language");
        let ignore = std::fs::read_to_string(root.join(".qostil/.gitignore")).unwrap();
        assert!(ignore.lines().any(|l| l == "*"));
        // A file added to a history folder, an article added to a listed folder,
        // a listed folder replaced: each makes it stale.
        std::fs::write(arts.join("b/history/ru-1.md"), "Новое.").unwrap();
        age(&arts, &["b/history"], 50);
        assert_eq!(read(root, Lang::Ru, &arts), None);
        write(root, Lang::Ru, &arts, &folders(&arts), &t).unwrap();
        assert!(read(root, Lang::Ru, &arts).is_some());
        std::fs::create_dir(arts.join("c/d")).unwrap();
        age(&arts, &["c"], 50);
        assert_eq!(read(root, Lang::Ru, &arts), None);
        write(root, Lang::Ru, &arts, &folders(&arts), &t).unwrap();
        assert!(read(root, Lang::Ru, &arts).is_some());
        std::fs::remove_dir(arts.join("c/d")).unwrap();
        std::fs::rename(arts.join("c"), arts.join("c2")).unwrap();
        std::fs::create_dir(arts.join("c")).unwrap();
        age(&arts, &["c", ""], 100);
        assert_eq!(read(root, Lang::Ru, &arts), None, "another inode");
    }

    #[test]
    fn folders_changed_just_before_the_cache_was_written_are_not_trusted() {
        let (root, arts, _, t) = archive(100);
        // Changed now: a file added within the same tick of the file system's
        // clock would not change the time again.
        let dir = std::fs::File::open(arts.join("a/history")).unwrap();
        dir.set_modified(std::time::SystemTime::now()).unwrap();
        let f = folders(&arts);
        write(root.path(), Lang::Ru, &arts, &f, &t).unwrap();
        assert_eq!(read(root.path(), Lang::Ru, &arts), None);
    }

    #[test]
    fn cut_or_malformed_files_are_ignored() {
        let (root, arts, f, t) = archive(100);
        let root = root.path();
        write(root, Lang::Ru, &arts, &f, &t).unwrap();
        let p = path(root, Lang::Ru);
        let whole = std::fs::read(&p).unwrap();
        let a = t.articles[0][0].len();
        let text = String::from_utf8_lossy(&whole).to_string();
        let cases: Vec<Vec<u8>> = vec![
            whole[..whole.len() - 1].to_vec(),
            whole[..whole.len() - 12].to_vec(),
            [&whole[..], b"x"].concat(),
            text.replacen("\n2 2\n", "\n2 3\n", 1).into_bytes(),
            text.replacen("\n2 2\n", "\n1 2\n", 1).into_bytes(),
            text.replacen(&format!("\n2 {a} 2\n"), &format!("\n3 {a} 2\n"), 1)
                .into_bytes(),
            text.replacen("\na/history\n", "\nc/history\n", 1)
                .into_bytes(),
            text.replacen(" v2 ", " v1 ", 1).into_bytes(),
            Vec::new(),
        ];
        for (i, bad) in cases.into_iter().enumerate() {
            std::fs::write(&p, bad).unwrap();
            assert_eq!(read(root, Lang::Ru, &arts), None, "case {i}");
        }
        std::fs::write(&p, &whole).unwrap();
        assert!(read(root, Lang::Ru, &arts).is_some());
    }

    #[test]
    fn links_are_never_followed() {
        let (root, arts, f, t) = archive(100);
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), Lang::Ru, &arts, &f, &t).unwrap();
        std::fs::create_dir_all(root.path().join(".qostil/cache")).unwrap();
        std::os::unix::fs::symlink(path(outside.path(), Lang::Ru), path(root.path(), Lang::Ru))
            .unwrap();
        assert_eq!(read(root.path(), Lang::Ru, &arts), None);
        assert!(write(root.path(), Lang::Ru, &arts, &f, &t).is_err());
        assert!(read(outside.path(), Lang::Ru, &arts).is_some());
    }
}
