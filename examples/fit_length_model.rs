//! Fits the kk/ru length model of the paragraph aligner on the real text of
//! `corpus/`, and measures the aligner and the length check on it.
//!
//! ```text
//! cargo run --release --example fit_length_model [-- CORPUS_DIR]
//! ```
//!
//! CORPUS_DIR defaults to `../shared/corpus` relative to the crate. It holds
//! `ntrex128/docs/*/{kk,ru}.txt` (NTREX-128, CC BY-SA 4.0: one segment per
//! paragraph, aligned one to one by construction) and `akimat/*/{kk,ru}.txt`
//! (official bilingual acts with real drift). Paragraphs are separated by blank
//! lines; the first one is the title.
//!
//! Method (Gale and Church 1993): over aligned pairs of character lengths of
//! `Paragraph::norm`, `c = Σkk / Σru` and `s²` = the variance of
//! `(kk − c·ru) / √ru`. NTREX pairs are all taken; akimat acts are first aligned
//! with the NTREX-only model and only their 1-1 beads (tables excluded) are taken.
//!
//! Then it measures, on the 100 NTREX documents, how often the aligner gets the
//! alignment exactly right after one random deletion, merge or split, and how many
//! findings the length check gives on untouched pairs and on halved paragraphs.
#![allow(clippy::print_stdout)]

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/rng.rs"]
mod rng;

use qostil::align::{align, Alignment, Bead, LengthModel};
use qostil::checks::length::{self, LengthConfig};
use qostil::checks::{Finding, Severity};
use qostil::segment::{fingerprint, normalize, BlockKind, Paragraph};
use rng::Rng;
use std::fs;
use std::path::{Path, PathBuf};

struct Doc {
    name: String,
    kk: Vec<Paragraph>,
    ru: Vec<Paragraph>,
}

fn paragraphs(texts: &[String]) -> Vec<Paragraph> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let norm = normalize(t);
            Paragraph {
                number: i + 1,
                kind: if i == 0 {
                    BlockKind::Title
                } else {
                    BlockKind::Paragraph
                },
                line_start: 1,
                line_end: 1,
                text: norm.clone(),
                links: Vec::new(),
                fingerprint: fingerprint(&norm, &[]),
                norm,
            }
        })
        .collect()
}

fn read(path: &Path) -> Vec<String> {
    corpus::read_blocks(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_docs(dir: &Path) -> Vec<Doc> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("kk.txt").is_file())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| Doc {
            name: d.file_name().unwrap().to_string_lossy().into_owned(),
            kk: paragraphs(&read(&d.join("kk.txt"))),
            ru: paragraphs(&read(&d.join("ru.txt"))),
        })
        .collect()
}

fn chars(p: &Paragraph) -> usize {
    p.norm.chars().count()
}

#[derive(Default)]
struct Fit {
    kk: f64,
    ru: f64,
    pairs: Vec<(f64, f64)>,
}

impl Fit {
    fn add(&mut self, kk: usize, ru: usize) {
        if ru == 0 {
            return;
        }
        self.kk += kk as f64;
        self.ru += ru as f64;
        self.pairs.push((kk as f64, ru as f64));
    }
    fn extend(&mut self, other: &Fit) {
        self.kk += other.kk;
        self.ru += other.ru;
        self.pairs.extend_from_slice(&other.pairs);
    }
    fn model(&self) -> LengthModel {
        let c = self.kk / self.ru;
        let d: Vec<f64> = self
            .pairs
            .iter()
            .map(|&(k, r)| (k - c * r) / r.sqrt())
            .collect();
        let n = d.len() as f64;
        let mean = d.iter().sum::<f64>() / n;
        let var = d.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0);
        LengthModel {
            mean: c,
            variance: var,
        }
    }
    fn print(&self, what: &str) {
        let m = self.model();
        println!(
            "{what:<28} n = {:>5}  Σkk = {:>7}  Σru = {:>7}  mean c = {:.4}  variance s² = {:.3}",
            self.pairs.len(),
            self.kk,
            self.ru,
            m.mean,
            m.variance
        );
    }
}

fn one_to_one(n: usize) -> Vec<(Vec<usize>, Vec<usize>)> {
    (1..=n).map(|i| (vec![i], vec![i])).collect()
}

fn to_alignment(beads: Vec<(Vec<usize>, Vec<usize>)>) -> Alignment {
    Alignment {
        beads: beads.into_iter().map(|(kk, ru)| Bead { kk, ru }).collect(),
    }
}

/// Renumbers the expected beads after removing or joining paragraphs of one side.
fn renumber(beads: &mut [(Vec<usize>, Vec<usize>)], kk_side: bool) {
    let mut next = 1;
    for (kk, ru) in beads.iter_mut() {
        let side = if kk_side { kk } else { ru };
        for n in side.iter_mut() {
            *n = next;
            next += 1;
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Edit {
    Delete,
    Merge,
    Split,
}

/// Applies one edit to one side of a clean 1-1 document and returns the edited
/// texts with the expected alignment, or None when the document has no room for it.
fn edit(
    doc: &Doc,
    what: Edit,
    kk_side: bool,
    rng: &mut Rng,
) -> Option<(Vec<String>, Vec<String>, Alignment)> {
    let mut kk: Vec<String> = doc.kk.iter().map(|p| p.text.clone()).collect();
    let mut ru: Vec<String> = doc.ru.iter().map(|p| p.text.clone()).collect();
    let n = kk.len();
    let mut beads = one_to_one(n);
    let side = if kk_side { &mut kk } else { &mut ru };
    match what {
        Edit::Delete => {
            if n < 3 {
                return None;
            }
            let i = 1 + rng.below(n - 1); // never the title
            side.remove(i);
            if kk_side {
                beads[i].0.clear();
            } else {
                beads[i].1.clear();
            }
            renumber(&mut beads, kk_side);
        }
        Edit::Merge => {
            if n < 4 {
                return None;
            }
            let i = 1 + rng.below(n - 2); // paragraphs i and i+1 (0-based), not the title
            let second = side.remove(i + 1);
            side[i] = format!("{} {}", side[i], second);
            let (k2, r2) = beads.remove(i + 1);
            beads[i].0.extend(k2);
            beads[i].1.extend(r2);
            // Join the numbers of the merged side, keep the other.
            let mut next = 1;
            for (k, r) in beads.iter_mut() {
                let s = if kk_side { k } else { r };
                let len = s.len();
                s.clear();
                if len > 0 {
                    s.push(next);
                    next += 1;
                }
            }
        }
        Edit::Split => {
            // Split a paragraph at the sentence end nearest its middle.
            let candidates: Vec<(usize, usize)> = side
                .iter()
                .enumerate()
                .skip(1)
                .filter_map(|(i, t)| sentence_split(t).map(|at| (i, at)))
                .collect();
            if candidates.is_empty() {
                return None;
            }
            let (i, at) = candidates[rng.below(candidates.len())];
            let tail = side[i][at..].trim().to_string();
            side[i] = side[i][..at].trim().to_string();
            side.insert(i + 1, tail);
            let (k, r) = &mut beads[i];
            if kk_side {
                k.push(0);
            } else {
                r.push(0);
            }
            renumber(&mut beads, kk_side);
        }
    }
    Some((kk, ru, to_alignment(beads)))
}

/// A byte offset after a sentence end ('. ' '! ' '? ') nearest the middle, with at
/// least 20 characters on both sides.
fn sentence_split(text: &str) -> Option<usize> {
    let mid = text.len() / 2;
    text.match_indices(['.', '!', '?'])
        .map(|(i, _)| i + 1)
        .filter(|&at| {
            text[at..].starts_with(' ')
                && text[..at].chars().count() >= 20
                && text[at..].chars().count() >= 20
        })
        .min_by_key(|&at| at.abs_diff(mid))
}

fn length_findings(
    kk: &[Paragraph],
    ru: &[Paragraph],
    alignment: &Alignment,
    model: &LengthModel,
    cfg: &LengthConfig,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for bead in &alignment.beads {
        if bead.kk.is_empty() || bead.ru.is_empty() {
            continue;
        }
        let k: Vec<&Paragraph> = bead.kk.iter().map(|&n| &kk[n - 1]).collect();
        let r: Vec<&Paragraph> = bead.ru.iter().map(|&n| &ru[n - 1]).collect();
        length::check(&k, &r, model, cfg, &mut out);
    }
    out
}

/// Cuts a text at the word boundary nearest to half its characters.
fn halve(text: &str) -> String {
    let half = text.len() / 2;
    let at = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(half))
        .unwrap_or(half);
    text[..at].trim_end().to_string()
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(corpus::default_dir);
    let verbose = std::env::args().any(|a| a == "--verbose");
    let ntrex = read_docs(&dir.join("ntrex128/docs"));
    let akimat = read_docs(&dir.join("akimat"));
    println!(
        "corpus: {} ({} NTREX documents, {} akimat acts)",
        dir.display(),
        ntrex.len(),
        akimat.len()
    );

    // 1. Fit.
    let mut fit_ntrex = Fit::default();
    for d in &ntrex {
        assert_eq!(d.kk.len(), d.ru.len(), "{}: NTREX is 1-1", d.name);
        for (k, r) in d.kk.iter().zip(&d.ru) {
            fit_ntrex.add(chars(k), chars(r));
        }
    }
    let provisional = fit_ntrex.model();
    let mut fit_akimat = Fit::default();
    let mut akimat_beads = [0usize; 2];
    for d in &akimat {
        let a = align(&d.kk, &d.ru, &provisional);
        for b in &a.beads {
            akimat_beads[0] += 1;
            if let ([k], [r]) = (b.kk.as_slice(), b.ru.as_slice()) {
                let (k, r) = (&d.kk[k - 1], &d.ru[r - 1]);
                if k.norm.contains(" | ") || r.norm.contains(" | ") {
                    continue;
                }
                akimat_beads[1] += 1;
                fit_akimat.add(chars(k), chars(r));
            }
        }
    }
    let mut all = Fit::default();
    all.extend(&fit_ntrex);
    all.extend(&fit_akimat);
    println!("\n== Length model (Gale–Church: c = Σkk/Σru, s² = var((kk − c·ru)/√ru)) ==");
    fit_ntrex.print("NTREX segments");
    fit_akimat.print("akimat 1-1 paragraphs");
    all.print("pooled (FITTED)");
    println!(
        "akimat: {} beads found with the NTREX-only model, {} of them 1-1 without tables",
        akimat_beads[0], akimat_beads[1]
    );
    println!("in use: LengthModel::FITTED = {:?}", LengthModel::FITTED);
    let model = LengthModel::FITTED;

    // 2. Alignment accuracy.
    println!("\n== Alignment accuracy on the 100 NTREX documents ==");
    let mut clean_ok = 0;
    for d in &ntrex {
        let expected = to_alignment(one_to_one(d.kk.len()));
        let got = align(&d.kk, &d.ru, &model);
        if got == expected {
            clean_ok += 1;
        } else if verbose {
            println!("--- untouched {}", d.name);
            let kk: Vec<String> = d.kk.iter().map(|p| p.text.clone()).collect();
            let ru: Vec<String> = d.ru.iter().map(|p| p.text.clone()).collect();
            show(&expected, &got, &kk, &ru);
        }
    }
    println!("untouched: {clean_ok}/{} exactly 1-1", ntrex.len());
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let rounds = 10;
    for what in [Edit::Delete, Edit::Merge, Edit::Split] {
        let (mut ok, mut total, mut one_sided) = (0, 0, 0);
        for _ in 0..rounds {
            for d in &ntrex {
                let kk_side = rng.below(2) == 0;
                let Some((kk, ru, expected)) = edit(d, what, kk_side, &mut rng) else {
                    continue;
                };
                let got = align(&paragraphs(&kk), &paragraphs(&ru), &model);
                total += 1;
                // For a deletion: is a paragraph of the other side reported missing?
                if got.beads.iter().any(|b| {
                    if kk_side {
                        b.kk.is_empty()
                    } else {
                        b.ru.is_empty()
                    }
                }) {
                    one_sided += 1;
                }
                if got == expected {
                    ok += 1;
                } else if verbose {
                    println!("--- {what:?} {} kk_side={kk_side}", d.name);
                    show(&expected, &got, &kk, &ru);
                }
            }
        }
        println!(
            "{what:?}: {ok}/{total} exactly right ({:.1}%); a paragraph of the untouched side reported missing in {one_sided} ({:.1}%)",
            pct(ok, total),
            pct(one_sided, total)
        );
    }

    // 3. Length check.
    println!("\n== Length check ==");
    let cfg = LengthConfig::default();
    println!("config: {cfg:?}");
    for (name, docs) in [("NTREX", &ntrex), ("akimat", &akimat)] {
        let (mut warnings, mut errors) = (0, 0);
        for d in docs.iter() {
            let a = align(&d.kk, &d.ru, &model);
            for f in length_findings(&d.kk, &d.ru, &a, &model, &cfg) {
                match f.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Info => {}
                }
            }
        }
        println!(
            "untouched {name}: {errors} errors ({:.3}/doc), {warnings} warnings ({:.3}/doc)",
            errors as f64 / docs.len() as f64,
            warnings as f64 / docs.len() as f64
        );
    }
    // Truncation: every paragraph of every NTREX document, one side at a time, cut
    // to about half at a word boundary; the bead given (1-1), and also through the
    // aligner.
    let buckets = [(0usize, 60usize), (60, 120), (120, 200), (200, usize::MAX)];
    let mut found = vec![[0usize; 4]; buckets.len()]; // total, error, warning+, pipeline
    for d in &ntrex {
        for i in 0..d.kk.len() {
            for kk_side in [true, false] {
                let mut kk: Vec<String> = d.kk.iter().map(|p| p.text.clone()).collect();
                let mut ru: Vec<String> = d.ru.iter().map(|p| p.text.clone()).collect();
                let side = if kk_side { &mut kk } else { &mut ru };
                let long = side[i].chars().count();
                side[i] = halve(&side[i]);
                let (kp, rp) = (paragraphs(&kk), paragraphs(&ru));
                let mut out = Vec::new();
                length::check(&[&kp[i]], &[&rp[i]], &model, &cfg, &mut out);
                let b = buckets
                    .iter()
                    .position(|&(lo, hi)| long >= lo && long < hi)
                    .unwrap();
                found[b][0] += 1;
                if out.iter().any(|f| f.severity == Severity::Error) {
                    found[b][1] += 1;
                }
                if !out.is_empty() {
                    found[b][2] += 1;
                }
                // Through the aligner: a length finding, or any bead that is not 1-1
                // (the paragraphs check reports it).
                let a = align(&kp, &rp, &model);
                let regrouped = a != to_alignment(one_to_one(kp.len()));
                if regrouped
                    || length_findings(&kp, &rp, &a, &model, &cfg)
                        .iter()
                        .any(|f| f.severity >= Severity::Warning)
                {
                    found[b][3] += 1;
                }
            }
        }
    }
    println!("halved paragraphs (length of the cut side before the cut, in characters):");
    let mut sum = [0usize; 4];
    for (b, &(lo, hi)) in buckets.iter().enumerate() {
        let f = found[b];
        for k in 0..4 {
            sum[k] += f[k];
        }
        let hi = if hi == usize::MAX {
            "∞".to_string()
        } else {
            hi.to_string()
        };
        println!(
            "  {lo:>3}..{hi:<4} n = {:>4}  error {:>5.1}%  warning or error {:>5.1}%  (through the aligner, any finding {:>5.1}%)",
            f[0],
            pct(f[1], f[0]),
            pct(f[2], f[0]),
            pct(f[3], f[0])
        );
    }
    println!(
        "  all        n = {:>4}  error {:>5.1}%  warning or error {:>5.1}%  (through the aligner, any finding {:>5.1}%)",
        sum[0],
        pct(sum[1], sum[0]),
        pct(sum[2], sum[0]),
        pct(sum[3], sum[0])
    );
}

fn show(expected: &Alignment, got: &Alignment, kk: &[String], ru: &[String]) {
    for b in &got.beads {
        if expected.beads.contains(b) {
            continue;
        }
        println!("  got {:?} {:?}", b.kk, b.ru);
        for &n in &b.kk {
            println!("    kk{n} ({}) {}", kk[n - 1].chars().count(), kk[n - 1]);
        }
        for &n in &b.ru {
            println!("    ru{n} ({}) {}", ru[n - 1].chars().count(), ru[n - 1]);
        }
    }
    for b in &expected.beads {
        if !got.beads.contains(b) {
            println!("  expected {:?} {:?}", b.kk, b.ru);
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}
