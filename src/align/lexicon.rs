//! The Kazakh ↔ Russian word tables of the aligner (as hunalign's dictionary):
//! word beginnings (see [`super::anchor_prefix`]) that translate each other. A word
//! with an entry gives its bead a weak anchor, the concept key, which its
//! translation on the other side gives too.
//!
//! Two tables: the embedded one, `lexicon.tsv`, learned by
//! `examples/learn_lexicon.rs` from the aligned segment pairs of the tuning part of
//! the shared corpus, and one an archive learns from its own approved articles
//! (`workflow::learned`), both with [`super::learn::learn`]. A [`WordTable`] holds
//! both in one map, so a word costs one look-up whatever the tables.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Shorter words carry no entry.
pub(super) const MIN_LETTERS: usize = 4;

/// The word tables the aligner uses: anchor key of a word beginning → the concept
/// key it has in the embedded table and in the archive's (0: none).
#[derive(Debug, Clone, Default)]
pub struct WordTable {
    map: FxHashMap<u64, [u64; 2]>,
    learned: usize,
}

impl WordTable {
    /// The embedded table alone.
    pub fn embedded() -> &'static WordTable {
        static T: OnceLock<WordTable> = OnceLock::new();
        T.get_or_init(|| {
            let lines = include_str!("lexicon.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'));
            let mut t = WordTable::default();
            t.add(0, b'D', lines);
            t
        })
    }

    /// The embedded table and a learned one (`(kk, ru)` word beginnings, as
    /// [`super::learn::learn`] returns them).
    pub fn with_learned(learned: &[(String, String)]) -> WordTable {
        let mut t = WordTable::embedded().clone();
        t.add(
            1,
            b'E',
            learned.iter().map(|(k, r)| (k.as_str(), r.as_str())),
        );
        t.learned = learned.len();
        t
    }

    /// Number of entries learned from the archive.
    pub fn learned_len(&self) -> usize {
        self.learned
    }

    fn add<'a>(&mut self, slot: usize, tag: u8, pairs: impl Iterator<Item = (&'a str, &'a str)>) {
        let fold: &[char; 256] = &super::CYRILLIC_NAME_LETTERS;
        for (id, (kk, ru)) in pairs.enumerate() {
            let mut h = super::Fnv::new(tag);
            for b in (id as u64).to_le_bytes() {
                h.byte(b);
            }
            let concept = h.finish();
            for w in [kk, ru] {
                let letters: Vec<char> = w.chars().collect();
                self.map
                    .entry(super::prefix_key(&letters, fold))
                    .or_default()[slot] = concept;
            }
        }
    }

    /// The concept keys of a word beginning's anchor key (0: none).
    #[inline]
    pub(super) fn concepts(&self, key: u64) -> Option<&[u64; 2]> {
        self.map.get(&key)
    }
}
