//! The archive's own vocabulary: the words of its recent approved texts (the texts
//! stored at sign-off under `articles/<id>/history/` of the last [`MAX_ARTICLES`]
//! articles by id), a second source of known words
//! beside the dictionaries, so newsroom names and new words count as words when
//! the diff judges a one-letter edit.
//!
//! A word counts when it occurs in the approved texts of at least
//! [`MIN_ARTICLES`] articles: the text being diffed is itself approved, so a typo in
//! it would otherwise always be "a word", and a fix of it never cosmetic.
//!
//! Read once per archive, language and process, on first need (a one-letter edit
//! with a side the dictionary does not know), by every thread that needs it at once.
//! The texts are kept as they are, neither lower-cased nor split into a word list:
//! a question is answered by looking for the word's letters after the first (in
//! lower case or capitals) in each article's texts, and only a text that holds
//! them is split into words to confirm it (about a millisecond instead of the ~40
//! ms of splitting and counting every word of 64 articles, or the ~5 ms of
//! lower-casing them); answers are kept. A word is found written in lower case,
//! Capitalised or in CAPITALS, not in a mixed case. Only
//! regular files are read (a link or FIFO in `history/` is passed over: the
//! vocabulary is an aid, and the texts themselves are verified where they are
//! used); a file that cannot be read or is not UTF-8 adds no words.

use std::collections::HashMap;
use std::io::Read;
use std::ops::Range;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use memchr::memmem;
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

use crate::diff::lexicon::Vocabulary;
use crate::lang::Lang;
use crate::store::snapshots;

/// Articles whose approved texts must hold a word for it to count.
pub const MIN_ARTICLES: usize = 2;
/// Stored texts larger than this are passed over (no article is this long).
const MAX_FILE_BYTES: u64 = 8 << 20;
/// Articles whose approved texts are read: the last [`MAX_ARTICLES`] by id (the
/// newest, with ids under year folders). A bound, so that judging one typo in a
/// 100k-article archive reads a few hundred KB, not gigabytes.
pub const MAX_ARTICLES: usize = 64;
/// Folder depth below `articles/` searched for articles.
const MAX_DEPTH: usize = 6;

/// The vocabulary of one archive, read on first use.
#[derive(Debug)]
pub struct ArchiveVocabulary {
    articles_dir: PathBuf,
    /// The `history/` folders read, found once.
    dirs: OnceLock<Vec<PathBuf>>,
    /// Per language (kk, ru): the approved texts of each article.
    texts: [OnceLock<Texts>; 2],
    /// Per language: the answers given so far.
    answers: [Mutex<FxHashMap<String, bool>>; 2],
}

/// The stored texts of one language, as read: the bytes of every file one after
/// the other (one buffer, not one allocation per file), and where each file is.
/// A file's UTF-8 is checked only when the bytes of a word asked about are in it.
#[derive(Debug, Default)]
struct Texts {
    bytes: Vec<u8>,
    /// Per article, its files' ranges in `bytes`.
    articles: Vec<Vec<Range<usize>>>,
}

impl Texts {
    /// The number of articles (at most `enough`) with a text that holds the word
    /// `lower` (in lower case).
    fn articles_with(&self, lower: &str, enough: usize) -> usize {
        // Words are written in lower case, Capitalised or in CAPITALS: all but the
        // first letter is then in the text in lower case or in capitals, which a
        // byte search finds without decoding or lower-casing the texts (a capital
        // sigma, which lowers by its place in the word, goes straight to the words).
        let tail: &str = lower.char_indices().nth(1).map_or("", |(i, _)| &lower[i..]);
        let upper = tail.to_uppercase();
        let sigma = lower.contains(['σ', 'ς']);
        let finders = [memmem::Finder::new(tail), memmem::Finder::new(&upper)];
        self.articles
            .iter()
            .filter(|files| {
                files.iter().any(|r| {
                    let bytes = &self.bytes[r.clone()];
                    (sigma || finders.iter().any(|f| f.find(bytes).is_some()))
                        && has_word(bytes, lower)
                })
            })
            .take(enough)
            .count()
    }
}

/// Whether `bytes` are UTF-8 text with a word that is `lower` in lower case (a
/// file that is not UTF-8 has no words).
fn has_word(bytes: &[u8], lower: &str) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|text| {
        text.unicode_words()
            .any(|w| w.chars().any(char::is_alphabetic) && crate::lang::lowercase(w) == lower)
    })
}

impl ArchiveVocabulary {
    /// The vocabulary of the archive whose articles are in `articles_dir`, shared by
    /// every caller in the process so it is read at most once.
    pub fn of(articles_dir: &Path) -> Arc<ArchiveVocabulary> {
        static ALL: OnceLock<Mutex<HashMap<PathBuf, Arc<ArchiveVocabulary>>>> = OnceLock::new();
        let mut all = ALL
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        all.entry(articles_dir.to_path_buf())
            .or_insert_with(|| {
                Arc::new(ArchiveVocabulary {
                    articles_dir: articles_dir.to_path_buf(),
                    dirs: OnceLock::new(),
                    texts: Default::default(),
                    answers: Default::default(),
                })
            })
            .clone()
    }

    /// The vocabulary of the archive `article` belongs to.
    pub fn of_article(article: &crate::store::article::Article) -> Arc<ArchiveVocabulary> {
        // The id is the article's folder path below `articles/`.
        let depth = article.id.split('/').count();
        let articles_dir = article.dir.ancestors().nth(depth).unwrap_or(&article.dir);
        ArchiveVocabulary::of(articles_dir)
    }

    fn texts(&self, lang: Lang) -> &Texts {
        self.texts[usize::from(lang == Lang::Ru)].get_or_init(|| {
            let dirs = self.dirs.get_or_init(|| {
                let mut dirs = Vec::new();
                find_history_dirs(&self.articles_dir, 0, &mut dirs);
                dirs.sort();
                dirs
            });
            let mut texts = Texts::default();
            for dir in dirs {
                let files = read_texts(dir, lang, &mut texts.bytes);
                texts.articles.push(files);
            }
            texts
        })
    }
}

impl Vocabulary for ArchiveVocabulary {
    fn knows(&self, lang: Lang, lower: &str) -> bool {
        let answers = &self.answers[usize::from(lang == Lang::Ru)];
        let given = answers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(lower)
            .copied();
        if let Some(known) = given {
            return known;
        }
        let known = self.texts(lang).articles_with(lower, MIN_ARTICLES) >= MIN_ARTICLES;
        answers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(lower.to_string(), known);
        known
    }
}

/// Appends the stored texts of `lang` in one article's `history/` folder to `bytes`
/// and returns where each is: regular files only (a link is not followed, a FIFO
/// not waited for), none larger than [`MAX_FILE_BYTES`]; a file that cannot be
/// read adds nothing.
fn read_texts(dir: &Path, lang: Lang, bytes: &mut Vec<u8>) -> Vec<Range<usize>> {
    let prefix = format!("{}-", lang.code());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(&prefix) || !name.ends_with(".md") {
            continue;
        }
        // file_type() does not follow links: only what the folder lists as a
        // regular file is opened, and the open file is checked again (it may have
        // been swapped meanwhile).
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Ok(file) = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
            .open(entry.path())
        else {
            continue;
        };
        let Ok(meta) = file.metadata() else { continue };
        if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
            continue;
        }
        let start = bytes.len();
        bytes.reserve(usize::try_from(meta.len()).unwrap_or(0) + 1);
        match file.take(MAX_FILE_BYTES + 1).read_to_end(bytes) {
            Ok(_) if bytes.len() - start <= MAX_FILE_BYTES as usize => {
                out.push(start..bytes.len());
            }
            // Grown past the bound meanwhile, or unreadable: nothing of it counts.
            _ => bytes.truncate(start),
        }
    }
    out
}

/// The `history/` folders of the articles below `dir` (links not followed), the
/// last in id order first (`2026/…` before `2025/…`), at most `MAX_ARTICLES` of
/// them. A folder with a `history/` folder is an article and is not looked into
/// further; only the folders on the way to the newest articles are listed, so the
/// cost does not grow with the archive.
fn find_history_dirs(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > MAX_DEPTH || out.len() >= MAX_ARTICLES {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut dirs: Vec<(std::ffi::OsString, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| (e.file_name(), e.path()))
        .filter(|(name, _)| name != snapshots::DIR)
        .collect();
    dirs.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    for (_, path) in dirs {
        if out.len() >= MAX_ARTICLES {
            return;
        }
        // One look at `history` instead of listing every article's folder.
        let history = path.join(snapshots::DIR);
        if std::fs::symlink_metadata(&history).is_ok_and(|m| m.is_dir()) {
            out.push(history);
        } else {
            find_history_dirs(&path, depth + 1, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_two_articles_count_and_links_and_fifos_are_passed_over() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        let write = |id: &str, lang: Lang, text: &str| {
            snapshots::store(&arts.join(id), lang, text).unwrap();
        };
        // Sentences from NTREX-128 (CC BY-SA 4.0), with a newsroom name and a typo.
        write("2024/a", Lang::Ru, "Жаныбек Ержанов заявил о планах.");
        write(
            "2024/b",
            Lang::Ru,
            "Ержанов заявил: планы изменились. Опечтка.",
        );
        write("c", Lang::Kk, "Ержанов қалаға барады.");
        let v = ArchiveVocabulary::of(&arts);
        assert!(v.knows(Lang::Ru, "ержанов"));
        assert!(v.knows(Lang::Ru, "заявил"));
        assert!(!v.knows(Lang::Ru, "опечтка"), "one article only");
        assert!(!v.knows(Lang::Ru, "жаныбек"), "one article only");
        assert!(!v.knows(Lang::Kk, "ержанов"), "one Kazakh article only");
        #[cfg(unix)]
        {
            let root = tempfile::tempdir().unwrap();
            let arts = root.path().join("articles");
            for id in ["a", "b"] {
                std::fs::create_dir_all(arts.join(id).join("history")).unwrap();
            }
            std::fs::write(root.path().join("secret.md"), "секретное слово").unwrap();
            for id in ["a", "b"] {
                std::os::unix::fs::symlink(
                    root.path().join("secret.md"),
                    arts.join(id).join("history/ru-0000000000000000.md"),
                )
                .unwrap();
            }
            let fifo = arts.join("a/history/ru-1111111111111111.md");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            let v = ArchiveVocabulary::of(&arts);
            // Returns (a FIFO would block a read) and reads nothing through links.
            assert!(!v.knows(Lang::Ru, "секретное"));
            assert!(made.is_ok());
        }
    }

    #[test]
    fn words_are_whole_words_in_any_case() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        snapshots::store(&arts.join("a"), Lang::Ru, "ЕРЖАНОВ ЗАЯВИЛ: «Οδυσσευς».").unwrap();
        snapshots::store(&arts.join("b"), Lang::Ru, "Ержанов заявила. ΟΔΥΣΣΕΥΣ").unwrap();
        let v = ArchiveVocabulary::of(&arts);
        assert!(
            v.knows(Lang::Ru, "ержанов"),
            "in capitals in one, capitalised in the other"
        );
        assert!(!v.knows(Lang::Ru, "заяви"), "inside a word is not a word");
        assert!(!v.knows(Lang::Ru, "заявил"), "`заявила` is another word");
        // A capital sigma lowers by its place in the word.
        assert!(v.knows(Lang::Ru, "οδυσσευς"));
        // Asked twice, answered the same.
        assert!(v.knows(Lang::Ru, "ержанов") && !v.knows(Lang::Kk, "ержанов"));
    }

    #[test]
    fn only_the_last_articles_by_id_are_read() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        let n = MAX_ARTICLES + 2;
        for k in 0..n {
            // The two oldest share `старинное`, the two newest `свежее`.
            let word = match k {
                0 | 1 => "старинное",
                k if k + 2 >= n => "свежее",
                _ => "обычное",
            };
            let id = format!("{}/{k:04}", 2020 + k / 40);
            snapshots::store(&arts.join(id), Lang::Ru, &format!("Слово {word}.")).unwrap();
        }
        let v = ArchiveVocabulary::of(&arts);
        assert!(v.knows(Lang::Ru, "свежее"));
        assert!(v.knows(Lang::Ru, "обычное"));
        assert!(!v.knows(Lang::Ru, "старинное"), "beyond the bound");
    }
}
