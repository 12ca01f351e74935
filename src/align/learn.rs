//! Learns a Kazakh ↔ Russian word table from aligned paragraph pairs: word
//! beginnings ([`super::anchor_prefix`]) are paired by the Dice coefficient of the
//! paragraph pairs they occur in (`2·together / (kk count + ru count)`), keeping
//! only mutual best pairs seen together at least [`MIN_TOGETHER`] times with a Dice
//! of at least [`MIN_DICE`].
//!
//! One implementation for the embedded table (`examples/learn_lexicon.rs`, over the
//! shared corpus) and for the table learned at run time from an archive's approved
//! articles (`workflow::learned`). The work is bounded by the input's size: at most
//! [`MAX_WORDS`] word beginnings of a paragraph count, and at most [`MAX_PAIRS`]
//! paragraph pairs are read.

use rustc_hash::FxHashMap;

/// Pairs seen together fewer times are not learned.
pub const MIN_TOGETHER: u32 = 3;
/// Pairs with a lower Dice coefficient are not learned.
pub const MIN_DICE: f64 = 0.3;
/// At most this many distinct word beginnings of one paragraph count (the first
/// ones met): a long paragraph adds at most `MAX_WORDS²` co-occurrences.
pub const MAX_WORDS: usize = 64;
/// At most this many paragraph pairs are read (the first ones given).
pub const MAX_PAIRS: usize = 200_000;
/// Changes whenever what [`learn`] returns for the same input may change: the key
/// of a cached table includes it.
pub const VERSION: u32 = 1;

/// The word table learned from `(kk text, ru text)` pairs that translate each other:
/// `(kk word beginning, ru word beginning)`, sorted, each beginning at most once
/// on each side.
pub fn learn<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    let mut learner = Learner::default();
    for (kk, ru) in pairs {
        learner.add(kk, ru);
    }
    learner.finish()
}

/// What [`learn`] counts, fed one pair at a time (so that a caller need not hold
/// every text at once).
///
/// Each pair is kept as the ids of its word beginnings (at most [`MAX_WORDS`] a
/// side); [`Learner::finish`] counts the co-occurrences.
#[derive(Debug, Default)]
pub struct Learner {
    /// Word beginnings, interned: ids index `words`.
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    /// Paragraphs each id occurs in, on each side.
    count: [Vec<u32>; 2],
    /// The distinct ids of every pair, kk then ru, in one buffer: pair `i` is
    /// `flat[ends[2i - 1]..ends[2i]]` (kk) and `flat[ends[2i]..ends[2i + 1]]` (ru).
    flat: Vec<u32>,
    ends: Vec<usize>,
}

impl Learner {
    /// Counts one pair of texts that translate each other (nothing once
    /// [`MAX_PAIRS`] were counted).
    pub fn add(&mut self, kk: &str, ru: &str) {
        if self.pairs() == MAX_PAIRS {
            return;
        }
        let mut prefix = String::new();
        for (s, text) in [kk, ru].into_iter().enumerate() {
            let from = self.flat.len();
            for w in text.split(|c: char| !crate::lang::is_alphabetic(c)) {
                // `super::anchor_prefix`, into a reused buffer.
                if !anchor_prefix_into(w, &mut prefix) {
                    continue;
                }
                let id = match self.ids.get(prefix.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = self.words.len() as u32;
                        self.words.push(prefix.clone());
                        self.ids.insert(prefix.clone(), id);
                        id
                    }
                };
                if !self.flat[from..].contains(&id) {
                    self.flat.push(id);
                    if self.flat.len() - from == MAX_WORDS {
                        break;
                    }
                }
            }
            let c = &mut self.count[s];
            for &id in &self.flat[from..] {
                if c.len() <= id as usize {
                    c.resize(id as usize + 1, 0);
                }
                c[id as usize] += 1;
            }
            self.ends.push(self.flat.len());
        }
    }

    /// Number of pairs counted.
    pub fn pairs(&self) -> usize {
        self.ends.len() / 2
    }

    /// The table: mutual best pairs by Dice (see the module's documentation).
    ///
    /// Kazakh words are taken in the order of their spelling; for each, the Russian
    /// words of the pairs it occurs in are counted in one array (no hashing), and
    /// only the Russian words it meets at least [`MIN_TOGETHER`] times with a Dice of
    /// at least [`MIN_DICE`] are kept: a pair below either can neither be learned
    /// nor be the best of a word that is. Ties go to the first word in spelling
    /// order on the other side.
    pub fn finish(self) -> Vec<(String, String)> {
        let (count, words) = (&self.count, &self.words);
        let count_of = |s: usize, id: u32| count[s].get(id as usize).copied().unwrap_or(0);
        // The pairs each Kazakh word seen often enough occurs in.
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); words.len()];
        let mut from = 0;
        for (i, pair) in self.ends.chunks_exact(2).enumerate() {
            for &a in &self.flat[from..pair[0]] {
                if count_of(0, a) >= MIN_TOGETHER {
                    postings[a as usize].push(i as u32);
                }
            }
            from = pair[1];
        }
        let ru_of = |i: u32| &self.flat[self.ends[2 * i as usize]..self.ends[2 * i as usize + 1]];
        let mut order: Vec<u32> = (0..words.len() as u32)
            .filter(|&a| !postings[a as usize].is_empty())
            .collect();
        order.sort_unstable_by(|&x, &y| words[x as usize].cmp(&words[y as usize]));
        let mut together = vec![0u32; words.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut kept: Vec<(u32, f64)> = Vec::new();
        let mut best_kk: Vec<(u32, u32, f64)> = Vec::new();
        // Best Kazakh word of each Russian word so far: (Dice, kk id).
        let mut best_ru: FxHashMap<u32, (f64, u32)> = FxHashMap::default();
        for &a in &order {
            for &i in &postings[a as usize] {
                for &b in ru_of(i) {
                    if together[b as usize] == 0 {
                        touched.push(b);
                    }
                    together[b as usize] += 1;
                }
            }
            let mut best: Option<(f64, u32)> = None;
            kept.clear();
            for &b in &touched {
                let n = std::mem::take(&mut together[b as usize]);
                if n < MIN_TOGETHER || a == b {
                    continue;
                }
                let d = 2.0 * f64::from(n) / f64::from(count_of(0, a) + count_of(1, b));
                if d >= MIN_DICE {
                    kept.push((b, d));
                }
            }
            // The few kept, in spelling order: ties go to the first.
            kept.sort_unstable_by(|x, y| words[x.0 as usize].cmp(&words[y.0 as usize]));
            for &(b, d) in &kept {
                if best.is_none_or(|x| d > x.0) {
                    best = Some((d, b));
                }
                if best_ru.get(&b).is_none_or(|x| d > x.0) {
                    best_ru.insert(b, (d, a));
                }
            }
            touched.clear();
            if let Some((d, b)) = best {
                best_kk.push((a, b, d));
            }
        }
        let mut out: Vec<(String, String)> = best_kk
            .iter()
            .filter(|&&(a, b, _)| best_ru.get(&b).is_some_and(|x| x.1 == a))
            .map(|&(a, b, _)| (words[a as usize].clone(), words[b as usize].clone()))
            .collect();
        out.sort_unstable();
        out
    }
}

/// [`super::anchor_prefix`] written into `out` (false, and `out` unspecified, for
/// a word that has none).
fn anchor_prefix_into(word: &str, out: &mut String) -> bool {
    out.clear();
    let mut letters = 0;
    for c in word.chars() {
        if !crate::lang::is_cyrillic(c) {
            return false;
        }
        if letters < super::NAME_PREFIX {
            out.push(super::name_letter(c));
        }
        letters += 1;
    }
    letters >= super::lexicon::MIN_LETTERS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The aligned sentence pairs of the NTREX documents of the test corpus.
    fn fixture_pairs() -> Vec<(String, String)> {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/ntrex");
        let mut docs: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        docs.sort();
        let split = |t: String| -> Vec<String> {
            t.split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect()
        };
        let mut out = Vec::new();
        for d in docs {
            let kk = split(std::fs::read_to_string(d.join("kk.txt")).unwrap());
            let ru = split(std::fs::read_to_string(d.join("ru.txt")).unwrap());
            if kk.len() == ru.len() {
                out.extend(kk.into_iter().zip(ru));
            }
        }
        out
    }

    #[test]
    fn word_beginnings_are_the_aligners() {
        let mut buf = String::new();
        for w in [
            "Сайлауда",
            "Қазақстан",
            "өтті",
            "үйі",
            "Almaty",
            "Алма-Ата",
            "ёлка",
        ] {
            let got = anchor_prefix_into(w, &mut buf).then(|| buf.clone());
            assert_eq!(got, super::super::anchor_prefix(w), "{w}");
        }
    }

    #[test]
    fn learns_translations_from_real_pairs() {
        let pairs = fixture_pairs();
        assert!(pairs.len() > 100, "{} pairs", pairs.len());
        let table = learn(pairs.iter().map(|(k, r)| (k.as_str(), r.as_str())));
        let has = |kk: &str, ru: &str| table.iter().any(|(a, b)| a == kk && b == ru);
        // Common words of the news that translate each other.
        assert!(has("айтты", "сказа") || has("деди", "сказа"), "{table:?}");
        // Each beginning once on each side.
        let mut kk: Vec<&str> = table.iter().map(|(a, _)| a.as_str()).collect();
        let mut ru: Vec<&str> = table.iter().map(|(_, b)| b.as_str()).collect();
        let n = table.len();
        kk.dedup();
        ru.sort_unstable();
        ru.dedup();
        assert_eq!((kk.len(), ru.len()), (n, n));
        // Sorted, and the same on a second run.
        assert!(table.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            table,
            learn(pairs.iter().map(|(k, r)| (k.as_str(), r.as_str())))
        );
    }

    #[test]
    fn rare_pairs_and_identical_words_are_not_learned() {
        let pairs = [
            ("Сайлау өтті.", "Выборы прошли."),
            ("Сайлау өтті.", "Выборы прошли."),
            ("Парламент жиналды.", "Парламент собрался."),
            ("Парламент жиналды.", "Парламент собрался."),
            ("Парламент жиналды.", "Парламент собрался."),
            ("Парламент туралы.", "О парламенте."),
        ];
        let table = learn(pairs);
        // Seen twice only.
        assert!(!table.iter().any(|(a, _)| a == "сайла"), "{table:?}");
        // The same beginning on both sides is already a shared anchor; жинал goes
        // with собра (Dice 1), not with парла, which occurs without it (6/7).
        assert!(!table.iter().any(|(a, b)| a == b), "{table:?}");
        assert!(
            table.contains(&("жинал".to_string(), "собра".to_string())),
            "{table:?}"
        );
    }

    #[test]
    fn only_the_first_words_of_a_paragraph_count() {
        // Three paragraphs of MAX_WORDS distinct fillers each (жаба…, каба…, маба…:
        // each seen once), with the word to learn after them or before them.
        let letters: Vec<char> = "бвгдежзклмн".chars().collect();
        let filler = |first: char| -> String {
            (0..MAX_WORDS)
                .map(|i| format!("{first}а{}{}ла", letters[i / 8], letters[i % 8]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let learned = |word_first: bool| {
            let kk: Vec<String> = "жкм"
                .chars()
                .map(|c| match word_first {
                    true => format!("сайлау {}", filler(c)),
                    false => format!("{} сайлау", filler(c)),
                })
                .collect();
            learn(kk.iter().map(|k| (k.as_str(), "выборы")))
                .iter()
                .any(|(a, b)| a == "сайла" && b == "выбор")
        };
        assert!(learned(true));
        assert!(!learned(false));
        assert!(learn(std::iter::empty()).is_empty());
    }
}
