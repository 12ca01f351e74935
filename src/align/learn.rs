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
#[derive(Debug, Default)]
pub struct Learner {
    /// Word beginnings, interned: ids index `words`.
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    /// Paragraphs each id occurs in, on each side.
    count: [Vec<u32>; 2],
    /// Paragraph pairs each (kk id, ru id) occurs in, keyed `kk << 32 | ru`.
    together: FxHashMap<u64, u32>,
    pairs: usize,
    side: [Vec<u32>; 2],
}

impl Learner {
    /// Counts one pair of texts that translate each other (nothing once
    /// [`MAX_PAIRS`] were counted).
    pub fn add(&mut self, kk: &str, ru: &str) {
        if self.pairs == MAX_PAIRS {
            return;
        }
        self.pairs += 1;
        for (s, text) in [kk, ru].into_iter().enumerate() {
            let mut out = std::mem::take(&mut self.side[s]);
            out.clear();
            for w in text
                .split(|c: char| !crate::lang::is_alphabetic(c))
                .filter_map(super::anchor_prefix)
            {
                let id = match self.ids.get(&w) {
                    Some(&id) => id,
                    None => {
                        let id = self.words.len() as u32;
                        self.words.push(w.clone());
                        self.ids.insert(w, id);
                        id
                    }
                };
                if !out.contains(&id) {
                    out.push(id);
                    if out.len() == MAX_WORDS {
                        break;
                    }
                }
            }
            let c = &mut self.count[s];
            for &id in &out {
                if c.len() <= id as usize {
                    c.resize(id as usize + 1, 0);
                }
                c[id as usize] += 1;
            }
            self.side[s] = out;
        }
        for &a in &self.side[0] {
            for &b in &self.side[1] {
                *self
                    .together
                    .entry(u64::from(a) << 32 | u64::from(b))
                    .or_default() += 1;
            }
        }
    }

    /// Number of pairs counted.
    pub fn pairs(&self) -> usize {
        self.pairs
    }

    /// The table: mutual best pairs by Dice (see the module's documentation).
    pub fn finish(self) -> Vec<(String, String)> {
        let (count, words) = (&self.count, &self.words);
        let count_of = |s: usize, id: u32| count[s].get(id as usize).copied().unwrap_or(0);
        // Candidates in the order of their words, so that ties go to the first pair
        // in (kk, ru) order, whatever the hash map's order.
        let mut candidates: Vec<(&str, &str, f64)> = self
            .together
            .iter()
            .filter(|&(_, &n)| n >= MIN_TOGETHER)
            .map(|(&key, &n)| ((key >> 32) as u32, key as u32, n))
            .filter(|&(a, b, _)| a != b)
            .map(|(a, b, n)| {
                let dice = 2.0 * f64::from(n) / f64::from(count_of(0, a) + count_of(1, b));
                (words[a as usize].as_str(), words[b as usize].as_str(), dice)
            })
            .collect();
        candidates.sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
        let mut best_kk: FxHashMap<&str, (f64, &str)> = FxHashMap::default();
        let mut best_ru: FxHashMap<&str, (f64, &str)> = FxHashMap::default();
        for &(a, b, d) in &candidates {
            if best_kk.get(a).is_none_or(|x| d > x.0) {
                best_kk.insert(a, (d, b));
            }
            if best_ru.get(b).is_none_or(|x| d > x.0) {
                best_ru.insert(b, (d, a));
            }
        }
        let mut out: Vec<(String, String)> = best_kk
            .iter()
            .filter(|&(a, &(d, b))| d >= MIN_DICE && best_ru.get(b).is_some_and(|x| x.1 == *a))
            .map(|(&a, &(_, b))| (a.to_string(), b.to_string()))
            .collect();
        out.sort_unstable();
        out
    }
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
