//! Drift: what changed in a version since its translation was signed off.
//!
//! [`diff`] compares the signed (old) and current (new) paragraphs of one version.
//!
//! 1. The two sequences of [`Paragraph::fingerprint`]s are compared with Patience
//!    (`similar`). Equal paragraphs are untouched and never reported, even when their
//!    number shifted.
//! 2. A paragraph that left one place and appears, identical, at another is `moved`.
//! 3. Inside each replaced stretch, old and new paragraphs are paired by an alignment
//!    (dynamic programming over beads 1-0, 0-1, 1-1, 1-k and k-1, k ≤ 4) scored by
//!    character-trigram overlap: a 1-1 bead is `changed`, 1-k `split`, k-1 `merged`.
//!    A split or merge bead needs every piece to come mostly (≥ 60 % of its trigrams)
//!    from the other side, so an unrelated inserted paragraph is never glued to it.
//! 4. Left-over deletions and insertions that are still alike (Dice ≥ 0.6) in
//!    different places are `moved` (with their word changes).
//! 5. A lone deleted paragraph and a lone inserted one with nothing matched between
//!    them took each other's place: `changed` (rewritten), however different.
//! 6. The rest is `deleted` or `inserted`.
//!
//! Classes: `changed` by [`crate::diff::words`] on the two texts; `moved` is always
//! substantive (the translation must follow the new order); `split` and
//! `merged` likewise on the joined texts (a pure re-cut is cosmetic); a change of the
//! link destinations is substantive; `inserted` and `deleted` are substantive unless
//! the paragraph has neither letter, digit nor link (a `* * *` divider).
//!
//! [`fill_counterparts`] then names, through the correspondence recorded at sign-off,
//! the paragraphs of the other version to revise. For an `inserted` paragraph the
//! counterpart is one number `k`: the new text belongs right after paragraph `k` of
//! the other version (the translation of the nearest preceding surviving paragraph),
//! `k = 0` meaning at the very beginning.

use std::collections::HashMap;

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};

use crate::diff::lexicon::{NoVocabulary, Vocabulary};
use crate::diff::words::{diff_and_classify_with, Class, WordChange};
use crate::lang::Lang;
use crate::segment::Paragraph;

#[cfg(test)]
#[path = "../../examples/common/edits.rs"]
mod edits;
#[cfg(test)]
#[path = "../../examples/common/rng.rs"]
mod rng;

/// What happened to a paragraph (or group of paragraphs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Edited in place: old ¶n → new ¶m.
    Changed,
    /// Only in the new text.
    Inserted,
    /// Only in the old text.
    Deleted,
    /// Now at another place (and possibly edited).
    Moved,
    /// One old paragraph is now several consecutive new ones.
    Split,
    /// Several consecutive old paragraphs are now one.
    Merged,
}

/// One drift between the signed and the current text of a version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// Paragraph numbers in the old (signed) text; empty for `inserted`.
    pub old: Vec<usize>,
    /// Paragraph numbers in the new (current) text; empty for `deleted`.
    pub new: Vec<usize>,
    /// Whether the meaning may have changed.
    pub class: Class,
    /// Current paragraph numbers of the other version to revise; for `inserted`, the
    /// one paragraph after which the new text belongs (0: at the start). Empty until
    /// [`fill_counterparts`] runs.
    pub counterpart: Vec<usize>,
    /// Word changes for `changed`, `split`, `merged` and edited `moved` paragraphs.
    pub words: Vec<WordChange>,
}

/// Minimum trigram Dice for an old and a new paragraph to be the same one edited.
const PAIR_MIN: f64 = 0.35;
/// Minimum trigram Dice for a paragraph to count as moved and edited.
const MOVE_MIN: f64 = 0.6;
/// Share of a piece's trigrams that must come from the other side in a split/merge.
const PIECE_MIN: f64 = 0.6;
/// Largest k in a 1-k split or k-1 merge.
const MAX_PIECES: usize = 4;
/// Cells of the alignment beyond which it is restricted to a band around the diagonal.
const FULL_DP_CELLS: usize = 40_000;
/// Half-width of that band.
const BAND: usize = 64;
/// Pairs beyond which left-overs are not compared for edited moves.
const MAX_MOVE_PAIRS: usize = 40_000;
/// Paragraphs in the differing middle of either version (after the common start
/// and end are cut off) above which the middle is one replaced stretch instead of
/// a paragraph diff: the work is bounded by the input's size, never by a clock, so
/// the same texts give the same answer on every machine.
const MAX_DIFF_PARAGRAPHS: usize = 20_000;

/// The drift from `old` (signed) to `new` (current) paragraphs of one version.
/// `counterpart` is left empty: see [`fill_counterparts`].
pub fn diff(old: &[Paragraph], new: &[Paragraph], lang: Lang) -> Vec<Change> {
    diff_with(old, new, lang, &NoVocabulary)
}

/// [`diff`] with the archive's own vocabulary as known words beside the dictionaries.
pub fn diff_with(
    old: &[Paragraph],
    new: &[Paragraph],
    lang: Lang,
    vocab: &dyn Vocabulary,
) -> Vec<Change> {
    let of: Vec<&str> = old.iter().map(|p| p.fingerprint.as_str()).collect();
    let nf: Vec<&str> = new.iter().map(|p| p.fingerprint.as_str()).collect();
    let pre = of.iter().zip(&nf).take_while(|(a, b)| a == b).count();
    let suf = of[pre..]
        .iter()
        .rev()
        .zip(nf[pre..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (om, nm) = (&of[pre..of.len() - suf], &nf[pre..nf.len() - suf]);
    let ops = if om.len().max(nm.len()) > MAX_DIFF_PARAGRAPHS {
        // Too large to diff paragraph by paragraph: one replaced stretch.
        vec![
            similar::DiffOp::Equal {
                old_index: 0,
                new_index: 0,
                len: pre,
            },
            similar::DiffOp::Replace {
                old_index: pre,
                old_len: om.len(),
                new_index: pre,
                new_len: nm.len(),
            },
            similar::DiffOp::Equal {
                old_index: pre + om.len(),
                new_index: pre + nm.len(),
                len: suf,
            },
        ]
    } else {
        capture_diff_slices(Algorithm::Patience, &of, &nf)
    };

    // Replaced stretches: the gaps between equal runs (0-based index ranges).
    let regions: Vec<(Vec<usize>, Vec<usize>)> =
        super::changed_stretches(&ops, old.len(), new.len())
            .into_iter()
            .map(|(o, n)| (o.collect(), n.collect()))
            .collect();

    let mut beads: Vec<Bead> = Vec::new();

    // Identical paragraphs that changed place.
    let mut by_fp: HashMap<&str, Vec<usize>> = HashMap::new();
    for (os, _) in &regions {
        for &i in os.iter().rev() {
            by_fp.entry(of[i]).or_default().push(i);
        }
    }
    // Untouched paragraphs count as taken: only the rest is paired or reported.
    let mut old_taken = vec![true; old.len()];
    let mut new_taken = vec![true; new.len()];
    for (os, ns) in &regions {
        for &i in os {
            old_taken[i] = false;
        }
        for &j in ns {
            new_taken[j] = false;
        }
    }
    for (_, ns) in &regions {
        for &j in ns {
            if let Some(i) = by_fp.get_mut(nf[j]).and_then(Vec::pop) {
                old_taken[i] = true;
                new_taken[j] = true;
                beads.push(Bead::moved(i, j));
            }
        }
    }

    // Alignment inside each stretch.
    let mut leftovers: Vec<Vec<Bead>> = Vec::with_capacity(regions.len());
    for (os, ns) in &regions {
        let os: Vec<usize> = os.iter().copied().filter(|&i| !old_taken[i]).collect();
        let ns: Vec<usize> = ns.iter().copied().filter(|&j| !new_taken[j]).collect();
        let path = align_region(old, new, &os, &ns);
        let mut rest = Vec::new();
        for b in path {
            if b.old.is_empty() || b.new.is_empty() {
                rest.push(b);
            } else {
                for &i in &b.old {
                    old_taken[i] = true;
                }
                for &j in &b.new {
                    new_taken[j] = true;
                }
                // Keep a marker so runs of left-overs are cut at matched beads.
                rest.push(Bead::marker());
                beads.push(b);
            }
        }
        leftovers.push(rest);
    }

    // Edited paragraphs that changed place.
    let lo_old: Vec<usize> = leftovers
        .iter()
        .flatten()
        .flat_map(|b| b.old.iter().copied().filter(|_| b.new.is_empty()))
        .collect();
    let lo_new: Vec<usize> = leftovers
        .iter()
        .flatten()
        .flat_map(|b| b.new.iter().copied().filter(|_| b.old.is_empty()))
        .collect();
    if !lo_old.is_empty() && !lo_new.is_empty() && lo_old.len() * lo_new.len() <= MAX_MOVE_PAIRS {
        let so: Vec<Sketch> = lo_old.iter().map(|&i| sketch(&old[i].norm)).collect();
        let sn: Vec<Sketch> = lo_new.iter().map(|&j| sketch(&new[j].norm)).collect();
        let mut cands: Vec<(f64, usize, usize)> = Vec::new();
        for (a, s) in so.iter().enumerate() {
            for (b, t) in sn.iter().enumerate() {
                let d = s.dice(t);
                if d >= MOVE_MIN {
                    cands.push((d, a, b));
                }
            }
        }
        cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for (_, a, b) in cands {
            let (i, j) = (lo_old[a], lo_new[b]);
            if !old_taken[i] && !new_taken[j] {
                old_taken[i] = true;
                new_taken[j] = true;
                beads.push(Bead::moved(i, j));
            }
        }
    }

    // A lone deletion and a lone insertion side by side: a rewritten paragraph.
    for rest in &leftovers {
        for run in rest.split(|b| b.old.is_empty() && b.new.is_empty()) {
            let os: Vec<usize> = run
                .iter()
                .flat_map(|b| b.old.iter().copied())
                .filter(|&i| !old_taken[i])
                .collect();
            let ns: Vec<usize> = run
                .iter()
                .flat_map(|b| b.new.iter().copied())
                .filter(|&j| !new_taken[j])
                .collect();
            if let ([i], [j]) = (os.as_slice(), ns.as_slice()) {
                old_taken[*i] = true;
                new_taken[*j] = true;
                beads.push(Bead {
                    old: vec![*i],
                    new: vec![*j],
                    moved: false,
                });
            }
        }
    }
    for (i, _) in old_taken.iter().enumerate().filter(|(_, t)| !**t) {
        beads.push(Bead {
            old: vec![i],
            new: vec![],
            moved: false,
        });
    }
    for (j, _) in new_taken.iter().enumerate().filter(|(_, t)| !**t) {
        beads.push(Bead {
            old: vec![],
            new: vec![j],
            moved: false,
        });
    }

    // Order: by place in the new text; a deletion right after the new place of the
    // old paragraph before it.
    let survivors = old_to_new_first(old.len(), &beads, &ops);
    let key = |b: &Bead| -> (usize, usize, usize) {
        if let Some(&j) = b.new.first() {
            (j + 1, 0, b.old.first().copied().unwrap_or(0))
        } else {
            let i = b.old[0];
            let before = (0..i).rev().find_map(|k| survivors[k]).map_or(0, |j| j + 1);
            (before, 1, i)
        }
    };
    beads.sort_by_key(key);
    beads
        .into_iter()
        .map(|b| b.into_change(old, new, lang, vocab))
        .collect()
}

/// Current number of each old paragraph (by position, 0-based), for ordering.
fn old_to_new_first(n_old: usize, beads: &[Bead], ops: &[similar::DiffOp]) -> Vec<Option<usize>> {
    let mut m = vec![None; n_old];
    for op in ops {
        let (tag, or, nr) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for (i, j) in or.zip(nr) {
                m[i] = Some(j);
            }
        }
    }
    for b in beads {
        if let Some(&j) = b.new.first() {
            for &i in &b.old {
                m[i] = Some(j);
            }
        }
    }
    m
}

/// A pairing of old and new paragraph positions (0-based).
#[derive(Debug, Clone)]
struct Bead {
    old: Vec<usize>,
    new: Vec<usize>,
    moved: bool,
}

impl Bead {
    fn moved(i: usize, j: usize) -> Self {
        Bead {
            old: vec![i],
            new: vec![j],
            moved: true,
        }
    }
    fn marker() -> Self {
        Bead {
            old: vec![],
            new: vec![],
            moved: false,
        }
    }

    fn into_change(
        self,
        old: &[Paragraph],
        new: &[Paragraph],
        lang: Lang,
        vocab: &dyn Vocabulary,
    ) -> Change {
        let kind = match (self.old.len(), self.new.len()) {
            (0, _) => ChangeKind::Inserted,
            (_, 0) => ChangeKind::Deleted,
            _ if self.moved => ChangeKind::Moved,
            (1, 1) => ChangeKind::Changed,
            (1, _) => ChangeKind::Split,
            _ => ChangeKind::Merged,
        };
        let (class, words) = match kind {
            ChangeKind::Inserted => (bare_class(&new[self.new[0]]), Vec::new()),
            ChangeKind::Deleted => (bare_class(&old[self.old[0]]), Vec::new()),
            _ => {
                let ot = join(old, &self.old);
                let nt = join(new, &self.new);
                let (words, mut class) = diff_and_classify_with(&ot, &nt, lang, vocab);
                let links = |ps: &[Paragraph], ix: &[usize]| -> Vec<String> {
                    ix.iter()
                        .flat_map(|&i| ps[i].links.iter().cloned())
                        .collect()
                };
                // A moved paragraph changes the order the reader meets the facts in,
                // and the translation must follow: never cosmetic.
                if kind == ChangeKind::Moved || links(old, &self.old) != links(new, &self.new) {
                    class = Class::Substantive;
                }
                let words = if kind == ChangeKind::Moved && ot == nt {
                    Vec::new()
                } else {
                    words
                };
                (class, words)
            }
        };
        Change {
            kind,
            old: self.old.iter().map(|i| i + 1).collect(),
            new: self.new.iter().map(|j| j + 1).collect(),
            class,
            counterpart: Vec::new(),
            words,
        }
    }
}

fn join(ps: &[Paragraph], ix: &[usize]) -> String {
    let mut s = String::new();
    for &i in ix {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&ps[i].norm);
    }
    s
}

/// Class of a paragraph inserted or deleted whole.
fn bare_class(p: &Paragraph) -> Class {
    if p.links.is_empty() && !p.norm.chars().any(crate::lang::is_alphanumeric) {
        Class::Cosmetic
    } else {
        Class::Substantive
    }
}

/// Aligns the old paragraphs `os` with the new ones `ns` (positions, in order) and
/// returns the beads in order, unmatched paragraphs as 1-0 and 0-1 beads.
fn align_region(old: &[Paragraph], new: &[Paragraph], os: &[usize], ns: &[usize]) -> Vec<Bead> {
    let (n, m) = (os.len(), ns.len());
    let single = |i: Option<usize>, j: Option<usize>| Bead {
        old: i.into_iter().collect(),
        new: j.into_iter().collect(),
        moved: false,
    };
    if n == 0 || m == 0 {
        return os
            .iter()
            .map(|&i| single(Some(i), None))
            .chain(ns.iter().map(|&j| single(None, Some(j))))
            .collect();
    }
    if n == 1 && m == 1 {
        // One paragraph replaced by one in the same place: changed, however much.
        return vec![single(Some(os[0]), Some(ns[0]))];
    }
    let so: Vec<Sketch> = os.iter().map(|&i| sketch(&old[i].norm)).collect();
    let sn: Vec<Sketch> = ns.iter().map(|&j| sketch(&new[j].norm)).collect();

    // Band: row i may use columns lo[i]..=hi[i].
    let banded = n.saturating_mul(m) > FULL_DP_CELLS;
    let lo = |i: usize| -> usize {
        if banded {
            (i * m / n).saturating_sub(BAND)
        } else {
            0
        }
    };
    let hi = |i: usize| -> usize {
        if banded {
            (i * m / n + BAND).min(m)
        } else {
            m
        }
    };
    let mut row_start = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for i in 0..=n {
        row_start.push(total);
        total += hi(i) - lo(i) + 1;
    }
    let idx = |i: usize, j: usize| -> Option<usize> {
        if j < lo(i) || j > hi(i) {
            None
        } else {
            Some(row_start[i] + j - lo(i))
        }
    };
    let mut score = vec![f64::NEG_INFINITY; total];
    let mut back: Vec<(u8, u8)> = vec![(0, 0); total];
    score[idx(0, 0).unwrap_or(0)] = 0.0;
    for i in 0..=n {
        for j in lo(i)..=hi(i) {
            let Some(here) = idx(i, j) else { continue };
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = f64::NEG_INFINITY;
            let mut arg = (0u8, 0u8);
            let mut consider = |a: usize, b: usize, gain: f64| {
                if a > i || b > j {
                    return;
                }
                if let Some(p) = idx(i - a, j - b) {
                    let s = score[p] + gain;
                    if s > best {
                        best = s;
                        arg = (a as u8, b as u8);
                    }
                }
            };
            consider(1, 0, 0.0);
            consider(0, 1, 0.0);
            if i >= 1 && j >= 1 {
                for k in 1..=MAX_PIECES.min(j) {
                    let pieces: Vec<&Sketch> = sn[j - k..j].iter().collect();
                    if let Some(g) = bead_gain(&so[i - 1], &pieces) {
                        consider(1, k, g);
                    }
                }
                for k in 2..=MAX_PIECES.min(i) {
                    let pieces: Vec<&Sketch> = so[i - k..i].iter().collect();
                    if let Some(g) = bead_gain(&sn[j - 1], &pieces) {
                        consider(k, 1, g);
                    }
                }
            }
            score[here] = best;
            back[here] = arg;
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(here) = idx(i, j) else { break };
        let (a, b) = back[here];
        let (a, b) = (a as usize, b as usize);
        if a == 0 && b == 0 {
            break;
        }
        if a > 0 && b > 0 {
            path.push(Bead {
                old: os[i - a..i].to_vec(),
                new: ns[j - b..j].to_vec(),
                moved: false,
            });
        } else if a == 1 {
            path.push(single(Some(os[i - 1]), None));
        } else {
            path.push(single(None, Some(ns[j - 1])));
        }
        i -= a;
        j -= b;
    }
    path.reverse();
    path
}

/// Gain of pairing `one` paragraph with consecutive `pieces` of the other side, or
/// `None` when they are not alike enough. The gain is the shared trigram mass minus
/// `PAIR_MIN` times the mean size: positive exactly when Dice exceeds `PAIR_MIN`.
fn bead_gain(one: &Sketch, pieces: &[&Sketch]) -> Option<f64> {
    let joined;
    let other: &Sketch = if pieces.len() == 1 {
        pieces[0]
    } else {
        for p in pieces {
            if p.len() == 0 || (one.intersection(p) as f64) < PIECE_MIN * p.len() as f64 {
                return None;
            }
        }
        joined = Sketch::union(pieces);
        &joined
    };
    let total = (one.len() + other.len()) as f64;
    if total == 0.0 {
        return None;
    }
    let inter = one.intersection(other) as f64;
    let gain = inter - PAIR_MIN * total / 2.0;
    (gain > 0.0).then_some(gain)
}

/// Sorted (trigram hash, count) pairs of the text, lower-cased, every run of
/// non-alphanumeric characters read as one space. Linear in the text; the size is the
/// number of distinct trigrams.
fn sketch(text: &str) -> Sketch {
    let mut counts: rustc_hash::FxHashMap<u32, u32> = Default::default();
    let mut w = [' ' as u32; 3];
    let mut last_space = true;
    let mut total = 0usize;
    for c in text.chars() {
        let c = if crate::lang::is_alphanumeric(c) {
            last_space = false;
            crate::lang::lower_char(c)
        } else if last_space {
            continue;
        } else {
            last_space = true;
            ' '
        };
        w = [w[1], w[2], c as u32];
        *counts.entry(mix(w)).or_insert(0) += 1;
        total += 1;
    }
    let mut grams: Vec<(u32, u32)> = counts.into_iter().collect();
    grams.sort_unstable();
    Sketch { grams, total }
}

fn mix(w: [u32; 3]) -> u32 {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15;
    for x in w {
        h = (h ^ u64::from(x)).wrapping_mul(0x0100_0000_01B3);
        h ^= h >> 29;
    }
    (h ^ (h >> 32)) as u32
}

/// A multiset of trigram hashes: sorted (hash, count) pairs and the total count.
#[derive(Debug, Clone)]
struct Sketch {
    grams: Vec<(u32, u32)>,
    total: usize,
}

impl Sketch {
    fn len(&self) -> usize {
        self.total
    }

    fn intersection(&self, other: &Sketch) -> usize {
        let (a, b) = (&self.grams, &other.grams);
        let (mut i, mut j, mut n) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += a[i].1.min(b[j].1) as usize;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    fn dice(&self, other: &Sketch) -> f64 {
        let total = self.len() + other.len();
        if total == 0 {
            return 0.0;
        }
        2.0 * self.intersection(other) as f64 / total as f64
    }

    fn union(parts: &[&Sketch]) -> Sketch {
        let mut all: Vec<(u32, u32)> = parts.iter().flat_map(|p| p.grams.iter().copied()).collect();
        all.sort_unstable_by_key(|g| g.0);
        let mut grams: Vec<(u32, u32)> = Vec::with_capacity(all.len());
        for (h, c) in all {
            match grams.last_mut() {
                Some(last) if last.0 == h => last.1 += c,
                _ => grams.push((h, c)),
            }
        }
        Sketch {
            grams,
            total: parts.iter().map(|p| p.total).sum(),
        }
    }
}

/// Where the paragraphs of the old text are now, by old number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMap {
    /// `now[n - 1]`: current numbers of old paragraph `n`, empty when deleted.
    now: Vec<Vec<usize>>,
}

impl NumberMap {
    /// The current number of old paragraph `n` where it survives (untouched, changed,
    /// moved; for a split, its first piece; for a merge, the merged paragraph).
    pub fn get(&self, n: usize) -> Option<usize> {
        self.all(n).first().copied()
    }

    /// All current numbers of old paragraph `n` (several after a split).
    pub fn all(&self, n: usize) -> &[usize] {
        n.checked_sub(1)
            .and_then(|i| self.now.get(i))
            .map_or(&[], Vec::as_slice)
    }
}

/// Maps old paragraph numbers to current ones, from the result of [`diff`].
pub fn map_numbers(old: &[Paragraph], new: &[Paragraph], changes: &[Change]) -> NumberMap {
    let mut now: Vec<Vec<usize>> = vec![Vec::new(); old.len()];
    let mut old_touched = vec![false; old.len() + 1];
    let mut new_touched = vec![false; new.len() + 1];
    for c in changes {
        for &o in &c.old {
            if let Some(t) = old_touched.get_mut(o) {
                *t = true;
            }
            if let Some(v) = now.get_mut(o.wrapping_sub(1)) {
                v.extend(c.new.iter().copied());
            }
        }
        for &n in &c.new {
            if let Some(t) = new_touched.get_mut(n) {
                *t = true;
            }
        }
    }
    let untouched_new = (1..=new.len()).filter(|&n| !new_touched[n]);
    let untouched_old = (1..=old.len()).filter(|&o| !old_touched[o]);
    for (o, n) in untouched_old.zip(untouched_new) {
        now[o - 1] = vec![n];
    }
    NumberMap { now }
}

/// Fills [`Change::counterpart`] of the changes of one version.
///
/// `signed_beads` is the correspondence recorded at sign-off: pairs of (paragraph
/// numbers of this version, paragraph numbers of the other version), both in the
/// signed texts. `target_now` maps a signed paragraph number of the other version to
/// its current number (identity when the other version is untouched).
///
/// * A change with old paragraphs: the current numbers of their translations.
///   For a deleted paragraph that is the translation now orphaned.
/// * An inserted paragraph: `[k]`, the last current paragraph of the translation of
///   the nearest preceding paragraph of the new text that existed when signed — the
///   new text belongs after paragraph `k` of the other version; `[0]` when no
///   paragraph before it has a surviving translation (it belongs at the start).
pub fn fill_counterparts(
    changes: &mut [Change],
    signed_beads: &[(Vec<usize>, Vec<usize>)],
    target_now: &dyn Fn(usize) -> Option<usize>,
) {
    let mut bead_of: HashMap<usize, usize> = HashMap::new();
    for (b, (src, _)) in signed_beads.iter().enumerate() {
        for &s in src {
            bead_of.entry(s).or_insert(b);
        }
    }
    let targets_of = |olds: &[usize]| -> Vec<usize> {
        let mut out: Vec<usize> = olds
            .iter()
            .filter_map(|o| bead_of.get(o))
            .flat_map(|&b| signed_beads[b].1.iter().filter_map(|&t| target_now(t)))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };

    // New number → old number, for every surviving paragraph of the new text.
    let mut old_of_new: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut changed_old: Vec<usize> = Vec::new();
    let mut changed_new: Vec<usize> = Vec::new();
    for c in changes.iter() {
        changed_old.extend(&c.old);
        changed_new.extend(&c.new);
        if !c.old.is_empty() {
            for &n in &c.new {
                old_of_new.insert(n, c.old.clone());
            }
        }
    }
    changed_old.sort_unstable();
    changed_new.sort_unstable();
    // An inserted paragraph's counterpart is the last target of the nearest
    // paragraph before it that has one. One pass forward over the new numbers
    // computes that for all of them (walking back from each insertion would be
    // quadratic in a text of many insertions): `last_target[p]` is the answer
    // for a paragraph inserted right after `p`. An untouched new paragraph is the
    // k-th untouched one; its old number is the k-th untouched old number.
    let max_n = changes
        .iter()
        .filter(|c| c.old.is_empty())
        .filter_map(|c| c.new.first().copied())
        .max()
        .unwrap_or(0);
    let mut last_target = vec![0usize; max_n.max(1)];
    let mut old_cursor = 0usize;
    let mut next_changed_old = 0usize;
    for p in 1..max_n {
        let olds = match old_of_new.get(&p) {
            Some(olds) => Some(olds.clone()),
            None if changed_new.binary_search(&p).is_ok() => None, // inserted
            None => {
                // The next old number that no change touched.
                loop {
                    old_cursor += 1;
                    while changed_old
                        .get(next_changed_old)
                        .is_some_and(|&o| o < old_cursor)
                    {
                        next_changed_old += 1;
                    }
                    if changed_old.get(next_changed_old) != Some(&old_cursor) {
                        break;
                    }
                }
                Some(vec![old_cursor])
            }
        };
        last_target[p] = olds
            .and_then(|o| targets_of(&o).last().copied())
            .unwrap_or(last_target[p - 1]);
    }
    let inserted_after = |n: usize| -> usize { last_target[n - 1] };

    let filled: Vec<Vec<usize>> = changes
        .iter()
        .map(|c| {
            if c.old.is_empty() {
                c.new
                    .first()
                    .map_or_else(Vec::new, |&n| vec![inserted_after(n)])
            } else {
                targets_of(&c.old)
            }
        })
        .collect();
    for (c, f) in changes.iter_mut().zip(filled) {
        c.counterpart = f;
    }
}

#[cfg(test)]
mod tests {
    use super::edits::{make_case, paragraphs, render, Rng};
    use super::*;
    use crate::segment::segment;

    use crate::diff::DRIFT_DOCS as DOCS;

    fn doc(i: usize, lang: Lang) -> Vec<String> {
        paragraphs(if lang == Lang::Kk {
            DOCS[i].0
        } else {
            DOCS[i].1
        })
    }

    fn one_to_one(n: usize) -> Vec<(Vec<usize>, Vec<usize>)> {
        (1..=n).map(|i| (vec![i], vec![i])).collect()
    }

    fn run(old: &[String], new: &[String], lang: Lang) -> Vec<Change> {
        let (o, n) = (segment(&render(old)), segment(&render(new)));
        let mut ch = diff(&o, &n, lang);
        fill_counterparts(&mut ch, &one_to_one(o.len()), &|t| Some(t));
        ch
    }

    fn brief(c: &Change) -> (ChangeKind, Vec<usize>, Vec<usize>, Class, Vec<usize>) {
        (
            c.kind,
            c.old.clone(),
            c.new.clone(),
            c.class,
            c.counterpart.clone(),
        )
    }

    /// 50,000 paragraphs inserted one by one between 50,000 kept ones: the
    /// counterparts are found in one pass (walking back from every insertion took
    /// minutes), and each insertion belongs after the kept paragraph before it.
    #[test]
    fn counterparts_of_many_insertions_are_linear() {
        let n = 50_000;
        let mut changes: Vec<Change> = (1..=n)
            .map(|i| Change {
                kind: ChangeKind::Inserted,
                old: vec![],
                new: vec![2 * i],
                class: Class::Substantive,
                counterpart: vec![],
                words: vec![],
            })
            .collect();
        // The first old paragraph was deleted: targets shift by one.
        changes.push(Change {
            kind: ChangeKind::Deleted,
            old: vec![1],
            new: vec![],
            class: Class::Substantive,
            counterpart: vec![],
            words: vec![],
        });
        fill_counterparts(&mut changes, &one_to_one(n + 1), &|t| Some(t));
        for (i, c) in changes[..n].iter().enumerate() {
            // New 2i+2 follows new 2i+1, the (i+1)-th kept paragraph: old i+2
            // (old 1 was deleted).
            assert_eq!(c.counterpart, vec![i + 2], "{i}");
        }
        assert_eq!(changes[n].counterpart, vec![1]);
    }

    #[test]
    fn same_text_has_no_drift() {
        for lang in Lang::ALL {
            for i in 0..DOCS.len() {
                let p = doc(i, lang);
                assert!(run(&p, &p, lang).is_empty());
                let crlf = render(&p).replace('\n', "\r\n");
                let (o, n) = (segment(&render(&p)), segment(&crlf));
                assert!(diff(&o, &n, lang).is_empty());
            }
        }
    }

    #[test]
    fn an_edited_paragraph_is_changed_not_deleted_and_inserted() {
        let old = doc(0, Lang::Kk);
        let mut new = old.clone();
        new[3] = new[3].replace("қауіптенеді", "алаңдайды");
        new.insert(1, "Жаңа абзац: бүгін ассамблея отырысы өтті.".into());
        let ch = run(&old, &new, Lang::Kk);
        assert_eq!(
            ch.iter().map(brief).collect::<Vec<_>>(),
            vec![
                (
                    ChangeKind::Inserted,
                    vec![],
                    vec![2],
                    Class::Substantive,
                    vec![1]
                ),
                (
                    ChangeKind::Changed,
                    vec![4],
                    vec![5],
                    Class::Substantive,
                    vec![4]
                ),
            ]
        );
        assert!(ch[1]
            .words
            .iter()
            .any(|w| w.op == crate::diff::words::WordOp::Delete && w.text == "қауіптенеді"));
    }

    #[test]
    fn deleted_moved_split_merged() {
        let old = doc(0, Lang::Ru);
        let n = old.len();
        assert!(n >= 12);
        // Delete ¶3, move ¶6 to after ¶9, merge ¶11 and ¶12.
        let mut new: Vec<String> = Vec::new();
        for (i, p) in old.iter().enumerate() {
            match i + 1 {
                3 => {}
                6 => {}
                9 => {
                    new.push(p.clone());
                    new.push(old[5].clone());
                }
                11 => new.push(format!("{} {}", p, old[11])),
                12 => {}
                _ => new.push(p.clone()),
            }
        }
        let ch = run(&old, &new, Lang::Ru);
        let b: Vec<_> = ch.iter().map(brief).collect();
        assert!(
            b.contains(&(
                ChangeKind::Deleted,
                vec![3],
                vec![],
                Class::Substantive,
                vec![3]
            )),
            "{b:?}"
        );
        assert!(
            b.contains(&(
                ChangeKind::Moved,
                vec![6],
                vec![8],
                Class::Substantive,
                vec![6]
            )),
            "{b:?}"
        );
        assert!(
            b.contains(&(
                ChangeKind::Merged,
                vec![11, 12],
                vec![10],
                Class::Cosmetic,
                vec![11, 12]
            )),
            "{b:?}"
        );
        assert_eq!(ch.len(), 3, "{b:?}");

        // And back: the merged paragraph split again.
        let ch = run(&new, &old, Lang::Ru);
        let b: Vec<_> = ch.iter().map(brief).collect();
        assert!(
            b.iter().any(|x| x.0 == ChangeKind::Split
                && x.1 == vec![10]
                && x.2 == vec![11, 12]
                && x.3 == Class::Cosmetic),
            "{b:?}"
        );
        assert!(
            b.iter()
                .any(|x| x.0 == ChangeKind::Inserted && x.2 == vec![3] && x.4 == vec![2]),
            "{b:?}"
        );
    }

    #[test]
    fn negation_and_numbers_are_substantive_typos_cosmetic() {
        let old = doc(0, Lang::Kk);
        let mut new = old.clone();
        new[2] = new[2].replace("болды", "болмады");
        new[5] = new[5].replace("оқырмандарға", "оқырмандраға");
        let ch = run(&old, &new, Lang::Kk);
        let b: Vec<_> = ch.iter().map(|c| (c.old.clone(), c.class)).collect();
        assert_eq!(
            b,
            vec![(vec![3], Class::Substantive), (vec![6], Class::Cosmetic)]
        );
    }

    #[test]
    fn counterparts_follow_the_signed_beads() {
        let old = doc(1, Lang::Ru);
        let mut new = old.clone();
        new[2] = format!("{} Добавлено.", new[2]);
        new.remove(4);
        new.insert(0, "Вводный абзац перед заголовком статьи.".into());
        let (o, n) = (segment(&render(&old)), segment(&render(&new)));
        let mut ch = diff(&o, &n, Lang::Ru);
        // Source ¶2-3 were translated as one target ¶2; target ¶1 was deleted since, so
        // every target number above 1 went down by one.
        let beads = vec![
            (vec![1], vec![1]),
            (vec![2, 3], vec![2]),
            (vec![4], vec![3]),
            (vec![5], vec![4]),
            (vec![6], vec![5]),
        ];
        let now = |t: usize| if t == 1 { None } else { Some(t - 1) };
        fill_counterparts(&mut ch, &beads, &now);
        let b: Vec<_> = ch.iter().map(|c| (c.kind, c.counterpart.clone())).collect();
        assert_eq!(
            b,
            vec![
                (ChangeKind::Inserted, vec![0]),
                (ChangeKind::Changed, vec![1]),
                (ChangeKind::Deleted, vec![3]),
            ]
        );
        let map = map_numbers(&o, &n, &ch);
        assert_eq!(
            (1..=6).map(|k| map.get(k)).collect::<Vec<_>>(),
            vec![Some(2), Some(3), Some(4), Some(5), None, Some(6)]
        );
    }

    #[test]
    fn scripted_edits_on_real_articles() {
        let mut rng = Rng::new(7);
        let (mut expected, mut found, mut kind_ok, mut class_ok, mut cp_ok, mut spurious) =
            (0, 0, 0, 0, 0, 0);
        for case_no in 0..300 {
            let d = rng.below(DOCS.len());
            let lang = if rng.chance(0.5) { Lang::Kk } else { Lang::Ru };
            let paras = doc(d, lang);
            let pool = doc((d + 1) % DOCS.len(), lang);
            let case = make_case(&paras, &pool, lang == Lang::Kk, &mut rng);
            let (o, n) = (segment(&case.old_md), segment(&case.new_md));
            assert_eq!(o.len(), paras.len());
            let mut ch = diff(&o, &n, lang);
            fill_counterparts(&mut ch, &one_to_one(o.len()), &|t| Some(t));
            for e in &case.expected {
                expected += 1;
                let hit = ch.iter().find(|c| {
                    c.old.iter().any(|x| e.old.contains(x))
                        || c.new.iter().any(|x| e.new.contains(x))
                });
                let Some(c) = hit else {
                    panic!("case {case_no}: {e:?} not found in {ch:?}");
                };
                found += 1;
                let kind = serde_json::to_value(c.kind).unwrap();
                if kind == e.kind && c.old == e.old && c.new == e.new {
                    kind_ok += 1;
                }
                if serde_json::to_value(c.class).unwrap() == e.class {
                    class_ok += 1;
                }
                if c.counterpart == e.counterpart {
                    cp_ok += 1;
                }
            }
            for c in &ch {
                let known = case.expected.iter().any(|e| {
                    c.old.iter().any(|x| e.old.contains(x))
                        || c.new.iter().any(|x| e.new.contains(x))
                });
                if !known {
                    spurious += 1;
                }
            }
        }
        assert_eq!(found, expected);
        assert_eq!(spurious, 0);
        assert_eq!(kind_ok, expected);
        assert_eq!(cp_ok, expected);
        assert!(class_ok * 100 >= expected * 97, "{class_ok}/{expected}");
    }

    #[test]
    fn huge_paragraph_is_fast() {
        let big = "Бұл мәселе ассамблея атауын өзгерту жоспарларына байланысты. ".repeat(85_000);
        let old = vec!["Тақырып".to_string(), big.clone(), "Соңы.".to_string()];
        let mut edited = big.clone();
        edited.insert_str(big.len() / 2, "Жаңа сөйлем. ");
        let new = vec![
            "Тақырып".to_string(),
            edited,
            "Қосылған абзац.".to_string(),
            "Соңы.".to_string(),
        ];
        let ch = run(&old, &new, Lang::Kk);
        let b: Vec<_> = ch
            .iter()
            .map(|c| (c.kind, c.old.clone(), c.new.clone()))
            .collect();
        assert_eq!(
            b,
            vec![
                (ChangeKind::Changed, vec![2], vec![2]),
                (ChangeKind::Inserted, vec![], vec![3]),
            ]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn diff_of_a_text_with_itself_is_empty(seed in 0u64..1000) {
            let mut rng = Rng::new(seed);
            let lang = if rng.chance(0.5) { Lang::Kk } else { Lang::Ru };
            let p = doc(rng.below(DOCS.len()), lang);
            let o = segment(&render(&p));
            proptest::prop_assert!(diff(&o, &o, lang).is_empty());
        }
    }
}
