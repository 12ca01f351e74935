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
//! The articles are found without walking the archive: the folders below
//! `articles/` are listed newest name first and a folder with a `history/` folder
//! is an article (one look at `history`, its own folder is not listed), until
//! [`MAX_ARTICLES`] are found. Their texts are read into one buffer, as they are:
//! neither decoded, lower-cased nor split into a word list. A question is
//! answered by a byte search (memmem) for the word's letters after the first (in
//! lower case or capitals) in each text, and only a text that holds them is
//! checked as UTF-8 and split into words to confirm it (a word only inside a
//! longer word does not count; about 0.2 ms for a word found nowhere, against
//! the ~40 ms of splitting and counting every word of 64 articles); answers are
//! kept. A word is found written in lower case, Capitalised or in CAPITALS, not
//! in a mixed case. Only regular files are read (a link or FIFO in `history/` is
//! passed over: the vocabulary is an aid, and the texts themselves are verified
//! where they are used); a file that cannot be read or is not UTF-8 adds no words.
//!
//! Reading the 64 articles' `history/` folders and texts costs some 700 system
//! calls, 2–3 ms on the 2-core test machine: the texts read are therefore kept in
//! a cache, [`super::vocabulary_cache`], under a key of the folders' paths, inodes
//! and times, so that the next process reads one file instead and looks at the
//! folders it names (one `stat` each, no folder listed): 2.5–4 ms less per diff.
//! The cache holds the texts, not the words: a miss costs no more than reading the
//! texts (plus writing ~0.7 MB, not flushed), and the answers are exactly those
//! the texts give.

use std::collections::HashMap;
use std::ops::Range;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use memchr::memmem;
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

use crate::diff::lexicon::Vocabulary;
use crate::lang::Lang;
use crate::store::vocabulary_cache::{self as cache, Folders, Texts};
use crate::store::{files, snapshots};

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
    /// The folders the texts are found through, found once (when not cached).
    folders: OnceLock<Folders>,
    /// Per language (kk, ru): the approved texts of each article.
    texts: [OnceLock<Texts>; 2],
    /// Per language: the answers given so far.
    answers: [Mutex<FxHashMap<String, bool>>; 2],
}

/// The number of articles (at most `enough`) with a text that holds the word
/// `lower` (in lower case). A file's UTF-8 is checked only when the bytes of the
/// word are in it.
fn articles_with(texts: &Texts, lower: &str, enough: usize) -> usize {
    // Words are written in lower case, Capitalised or in CAPITALS: all but the
    // first letter is then in the text in lower case or in capitals, which a
    // byte search finds without decoding or lower-casing the texts (a capital
    // sigma, which lowers by its place in the word, goes straight to the words).
    let tail: &str = lower.char_indices().nth(1).map_or("", |(i, _)| &lower[i..]);
    let upper = tail.to_uppercase();
    let sigma = lower.contains(['σ', 'ς']);
    let finders = [memmem::Finder::new(tail), memmem::Finder::new(&upper)];
    texts
        .articles
        .iter()
        .filter(|files| {
            files.iter().any(|r| {
                let bytes = &texts.bytes[r.clone()];
                (sigma || finders.iter().any(|f| f.find(bytes).is_some())) && has_word(bytes, lower)
            })
        })
        .take(enough)
        .count()
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
            .or_insert_with(|| Arc::new(ArchiveVocabulary::new(articles_dir)))
            .clone()
    }

    fn new(articles_dir: &Path) -> ArchiveVocabulary {
        ArchiveVocabulary {
            articles_dir: articles_dir.to_path_buf(),
            folders: OnceLock::new(),
            texts: Default::default(),
            answers: Default::default(),
        }
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
            // The cache is under the archive's root, the folder above `articles/`.
            let root = self.articles_dir.parent();
            if let Some((_, texts)) = root.and_then(|r| cache::read(r, lang, &self.articles_dir)) {
                return texts;
            }
            let folders = self.folders.get_or_init(|| {
                let mut f = Folders::default();
                find_history_dirs(&self.articles_dir, 0, &mut f);
                f.history.sort_by(|a, b| a.0.cmp(&b.0));
                f
            });
            let mut texts = Texts::default();
            for (dir, _) in &folders.history {
                let files = read_texts(dir, lang, &mut texts.bytes);
                texts.articles.push(files);
            }
            if let Some(root) = root.filter(|_| !folders.history.is_empty()) {
                // An aid: an archive that cannot be written to is read every time.
                let _ = cache::write(root, lang, &self.articles_dir, folders, &texts);
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
        let known = articles_with(self.texts(lang), lower, MIN_ARTICLES) >= MIN_ARTICLES;
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
        // Unreadable, or changed meanwhile: nothing of it counts.
        if files::append_exactly(&file, meta.len(), bytes) {
            out.push(start..bytes.len());
        }
    }
    out
}

/// The `history/` folders of the articles below `dir` (links not followed), the
/// last in id order first (`2026/…` before `2025/…`), at most `MAX_ARTICLES` of
/// them, and the folders listed to find them. A folder with a `history/` folder is
/// an article and is not looked into further; only the folders on the way to the
/// newest articles are listed, so the cost does not grow with the archive.
fn find_history_dirs(dir: &Path, depth: usize, out: &mut Folders) {
    if depth > MAX_DEPTH || out.history.len() >= MAX_ARTICLES {
        return;
    }
    // Stamped before it is listed: a change while it is listed changes its time.
    let Some(stamp) = cache::stamp(dir) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    out.listed.push((dir.to_path_buf(), stamp));
    let mut dirs: Vec<(std::ffi::OsString, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| (e.file_name(), e.path()))
        .filter(|(name, _)| name != snapshots::DIR)
        .collect();
    dirs.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    for (_, path) in dirs {
        if out.history.len() >= MAX_ARTICLES {
            return;
        }
        // One look at `history` instead of listing every article's folder.
        let history = path.join(snapshots::DIR);
        match cache::stamp(&history) {
            Some(stamp) => out.history.push((history, stamp)),
            None => find_history_dirs(&path, depth + 1, out),
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

    /// Sets the modification time of `path` (a folder too) to `secs` ago.
    fn age(path: &Path, secs: u64) {
        let then = std::time::SystemTime::now() - std::time::Duration::from_secs(secs);
        std::fs::File::open(path)
            .unwrap()
            .set_modified(then)
            .unwrap();
    }

    #[test]
    fn byte_search_finds_whole_words_only() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        let hist = |id: &str| arts.join(id).join(snapshots::DIR);
        for id in ["a", "b", "c"] {
            std::fs::create_dir_all(hist(id)).unwrap();
        }
        // At the very start and end of a file; inside longer words; cut in two by
        // the end of one file and the start of the next (one buffer holds both).
        std::fs::write(hist("a").join("ru-1.md"), "заявил все. Опечтка").unwrap();
        std::fs::write(hist("a").join("ru-2.md"), "незаявил, заявилась; заяв").unwrap();
        std::fs::write(hist("a").join("ru-3.md"), "ил рассказ.").unwrap();
        std::fs::write(hist("b").join("ru-1.md"), "Они: ЗАЯВИЛ… опечтка").unwrap();
        std::fs::write(hist("c").join("ru-1.md"), "пересказ заявила-заявил").unwrap();
        // Not UTF-8: no words, though the bytes of `рассказ` are in it.
        let mut bad = "рассказ ".as_bytes().to_vec();
        bad.push(0xff);
        std::fs::write(hist("c").join("ru-2.md"), bad).unwrap();
        let v = ArchiveVocabulary::new(&arts);
        assert!(v.knows(Lang::Ru, "заявил"), "start of a, capitals in b, c");
        assert!(v.knows(Lang::Ru, "опечтка"), "end of a's first file, b");
        assert!(
            !v.knows(Lang::Ru, "рассказ"),
            "a only: c's file is not UTF-8"
        );
        let v = ArchiveVocabulary::new(&arts);
        assert!(!v.knows(Lang::Ru, "заявила"), "c only");
        assert!(!v.knows(Lang::Ru, "заявилась"), "a only");
        assert!(!v.knows(Lang::Ru, "заяв"), "a only, and not a word there");
        assert!(!v.knows(Lang::Ru, "сказ"), "inside words only");
        assert!(
            !v.knows(Lang::Ru, "ил"),
            "a file's start, not a word across files"
        );
    }

    #[test]
    fn the_cache_is_used_until_a_history_folder_changes() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        let cached = cache::path(root.path(), Lang::Ru);
        let a = snapshots::store(&arts.join("a"), Lang::Ru, "Слово старое.").unwrap();
        snapshots::store(&arts.join("b"), Lang::Ru, "Старое слово.").unwrap();
        for id in ["a", "b"] {
            age(&arts.join(id).join(snapshots::DIR), 100);
        }
        age(&arts, 100);
        assert!(ArchiveVocabulary::new(&arts).knows(Lang::Ru, "старое"));
        assert!(cached.is_file());
        // Rewritten in place (never done by qostil), the folders keep their time:
        // the cache answers, proving that it is read.
        let a_text = snapshots::path(&arts.join("a"), Lang::Ru, &a);
        std::fs::write(&a_text, "Слово новое.").unwrap();
        let v = ArchiveVocabulary::new(&arts);
        assert!(v.knows(Lang::Ru, "старое") && !v.knows(Lang::Ru, "новое"));
        assert!(!ArchiveVocabulary::new(&arts).knows(Lang::Kk, "старое"));
        // A text stored at a sign-off changes its folder's time: read again.
        snapshots::store(&arts.join("b"), Lang::Ru, "Новое слово.").unwrap();
        let v = ArchiveVocabulary::new(&arts);
        assert!(
            v.knows(Lang::Ru, "новое"),
            "a's file as it is now, b's new text"
        );
        // A new article changes the set of folders.
        for id in ["a", "b"] {
            age(&arts.join(id).join(snapshots::DIR), 100);
        }
        age(&arts, 100);
        assert!(!ArchiveVocabulary::new(&arts).knows(Lang::Ru, "третье"));
        snapshots::store(&arts.join("c"), Lang::Ru, "Третье слово.").unwrap();
        std::fs::write(&a_text, "Третье слово.").unwrap();
        assert!(ArchiveVocabulary::new(&arts).knows(Lang::Ru, "третье"));
    }

    #[test]
    fn a_cache_written_as_the_folders_changed_is_not_trusted() {
        let root = tempfile::tempdir().unwrap();
        let arts = root.path().join("articles");
        let a = snapshots::store(&arts.join("a"), Lang::Ru, "Слово старое.").unwrap();
        snapshots::store(&arts.join("b"), Lang::Ru, "Старое слово.").unwrap();
        // The folders' times are now: a file added within the same tick of the
        // file system's clock would not change them.
        assert!(ArchiveVocabulary::new(&arts).knows(Lang::Ru, "старое"));
        assert!(cache::path(root.path(), Lang::Ru).is_file());
        let a_text = snapshots::path(&arts.join("a"), Lang::Ru, &a);
        std::fs::write(&a_text, "Слово новое.").unwrap();
        assert!(!ArchiveVocabulary::new(&arts).knows(Lang::Ru, "старое"));
    }
}
