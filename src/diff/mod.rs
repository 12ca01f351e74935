//! The diff engine: what changed in a version since a sign-off.
//!
//! [`drift`] pairs the paragraphs of two texts (moves, splits, merges) and points at
//! their counterparts in the other language; [`words`] diffs two paragraphs word by
//! word and classes each change cosmetic or substantive; [`changes`] puts both
//! together for one article against one sign-off in its ledger.

pub mod changes;
pub mod drift;
pub mod lexicon;
pub mod words;

use std::ops::Range;

/// The changed stretches of a diff of two sequences of `old_len` and `new_len`
/// items: the gaps between its equal runs, as index ranges into both.
fn changed_stretches(
    ops: &[similar::DiffOp],
    old_len: usize,
    new_len: usize,
) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let (mut o_at, mut n_at) = (0usize, 0usize);
    let ends = ops
        .iter()
        .map(|op| op.as_tag_tuple())
        .filter(|(tag, or, _)| *tag == similar::DiffTag::Equal && !or.is_empty())
        .map(|(_, or, nr)| (or.start, nr.start, or.end, nr.end))
        .chain(std::iter::once((old_len, new_len, old_len, new_len)));
    for (o_to, n_to, o_next, n_next) in ends {
        if o_to > o_at || n_to > n_at {
            out.push((o_at..o_to, n_at..n_to));
        }
        o_at = o_next;
        n_at = n_next;
    }
    out
}

/// Four NTREX-128 documents (kk, ru) the drift and word-diff tests edit
/// (CC BY-SA 4.0, see tests/fixtures/LICENSES.md).
#[cfg(test)]
const DRIFT_DOCS: &[(&str, &str)] = &[
    (
        include_str!("../../tests/fixtures/corpus/ntrex/001_bbc.381790/kk.txt"),
        include_str!("../../tests/fixtures/corpus/ntrex/001_bbc.381790/ru.txt"),
    ),
    (
        include_str!("../../tests/fixtures/corpus/ntrex/002_rt.com.91337/kk.txt"),
        include_str!("../../tests/fixtures/corpus/ntrex/002_rt.com.91337/ru.txt"),
    ),
    (
        include_str!("../../tests/fixtures/corpus/ntrex/052_cbsnews.248484/kk.txt"),
        include_str!("../../tests/fixtures/corpus/ntrex/052_cbsnews.248484/ru.txt"),
    ),
    (
        include_str!("../../tests/fixtures/corpus/ntrex/095_scotsman.133801/kk.txt"),
        include_str!("../../tests/fixtures/corpus/ntrex/095_scotsman.133801/ru.txt"),
    ),
];
