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
//! Read once per archive and process, on first need (a one-letter edit with a side
//! the dictionary does not know), by every thread that needs it at once. Only
//! regular files are read (a link or FIFO in `history/` is passed over: the
//! vocabulary is an aid, and the texts themselves are verified where they are
//! used); a file that cannot be read or is not UTF-8 adds no words.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::{FxHashMap, FxHashSet};
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
/// Folder depth below `articles/` searched for `history/` folders.
const MAX_DEPTH: usize = 6;

/// The vocabulary of one archive, read on first use.
#[derive(Debug)]
pub struct ArchiveVocabulary {
    articles_dir: PathBuf,
    words: OnceLock<[FxHashSet<String>; 2]>,
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
                    words: OnceLock::new(),
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

    fn words(&self, lang: Lang) -> &FxHashSet<String> {
        let both = self.words.get_or_init(|| read_words(&self.articles_dir));
        &both[usize::from(lang == Lang::Ru)]
    }
}

impl Vocabulary for ArchiveVocabulary {
    fn knows(&self, lang: Lang, lower: &str) -> bool {
        self.words(lang).contains(lower)
    }
}

/// Words (lower case) in the approved texts of at least [`MIN_ARTICLES`] articles,
/// for kk and ru.
fn read_words(articles_dir: &Path) -> [FxHashSet<String>; 2] {
    let mut history_dirs = Vec::new();
    find_history_dirs(articles_dir, 0, &mut history_dirs);
    history_dirs.sort();
    let mut counts: [FxHashMap<String, usize>; 2] = Default::default();
    for dir in history_dirs {
        let mut own: [FxHashSet<String>; 2] = Default::default();
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let lang = if name.starts_with("kk-") {
                Lang::Kk
            } else if name.starts_with("ru-") {
                Lang::Ru
            } else {
                continue;
            };
            if !name.ends_with(".md") {
                continue;
            }
            // file_type() does not follow links: only a regular file is read.
            let regular = entry.file_type().is_ok_and(|t| t.is_file());
            let small = entry.metadata().is_ok_and(|m| m.len() <= MAX_FILE_BYTES);
            if !regular || !small {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let set = &mut own[usize::from(lang == Lang::Ru)];
            for w in text.unicode_words() {
                if w.chars().any(char::is_alphabetic) {
                    set.insert(crate::lang::lowercase(w));
                }
            }
        }
        for (count, set) in counts.iter_mut().zip(own) {
            for w in set {
                *count.entry(w).or_default() += 1;
            }
        }
    }
    counts.map(|c| {
        c.into_iter()
            .filter(|&(_, n)| n >= MIN_ARTICLES)
            .map(|(w, _)| w)
            .collect()
    })
}

/// The `history/` folders below `dir` (links not followed), the last in id order
/// first (`2026/…` before `2025/…`), at most `MAX_ARTICLES` of them: only the
/// folders on the way are listed, so the cost does not grow with the archive.
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
        .collect();
    if let Some(i) = dirs.iter().position(|(n, _)| n == snapshots::DIR) {
        out.push(dirs.swap_remove(i).1);
    }
    dirs.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    for (_, path) in dirs {
        if out.len() >= MAX_ARTICLES {
            return;
        }
        find_history_dirs(&path, depth + 1, out);
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
