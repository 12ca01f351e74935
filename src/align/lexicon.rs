//! The learned Kazakh ↔ Russian word table of the aligner (as hunalign's
//! dictionary): word beginnings (see [`super::anchor_prefix`]) that translate each
//! other, learned by `examples/learn_lexicon.rs` from the aligned segment pairs of
//! the tuning part of the shared corpus with the Dice coefficient (mutual best
//! pairs only). A word with an entry gives its bead a weak anchor, the concept key,
//! which its translation on the other side gives too.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Shorter words carry no entry.
pub(super) const MIN_LETTERS: usize = 4;

/// Anchor key of a word beginning → the key of its concept.
fn table() -> &'static FxHashMap<u64, u64> {
    static T: OnceLock<FxHashMap<u64, u64>> = OnceLock::new();
    T.get_or_init(|| {
        let mut map = FxHashMap::default();
        let fold: &[char; 256] = &super::CYRILLIC_NAME_LETTERS;
        let lines = include_str!("lexicon.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'));
        for (id, line) in lines.enumerate() {
            let Some((kk, ru)) = line.split_once('\t') else {
                continue;
            };
            let mut h = super::Fnv::new(b'D');
            for b in (id as u64).to_le_bytes() {
                h.byte(b);
            }
            let concept = h.finish();
            for w in [kk, ru] {
                let letters: Vec<char> = w.chars().collect();
                map.insert(super::prefix_key(&letters, fold), concept);
            }
        }
        map
    })
}

/// The concept key of a word beginning's anchor key, if the table has it.
#[inline]
pub(super) fn concept(key: u64) -> Option<u64> {
    table().get(&key).copied()
}
