//! Learns the aligner's Kazakh ↔ Russian word table (`src/align/lexicon.tsv`) from
//! the aligned segment pairs of the tuning part of the shared corpus (the NTREX
//! documents at even positions in name order; see `examples/check_eval.rs`):
//! word beginnings (`qostil::align::anchor_prefix`) are paired by the Dice
//! coefficient of the segments they occur in, keeping mutual best pairs seen
//! together at least three times.
//!
//!     cargo run --example learn_lexicon [-- CORPUS_DIR] > src/align/lexicon.tsv
#![allow(clippy::print_stdout)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const MIN_TOGETHER: usize = 3;
const MIN_DICE: f64 = 0.3;

fn main() {
    let corpus = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/corpus".into()),
    );
    let mut docs: Vec<PathBuf> = std::fs::read_dir(corpus.join("ntrex128/docs"))
        .expect("corpus/ntrex128/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    docs.sort();
    let split = |t: String| -> Vec<String> {
        t.split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let words = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !qostil::lang::is_alphabetic(c))
            .filter_map(qostil::align::anchor_prefix)
            .collect()
    };
    let mut count: [BTreeMap<String, usize>; 2] = Default::default();
    let mut together: BTreeMap<(String, String), usize> = BTreeMap::new();
    for d in docs.iter().step_by(2) {
        let (Ok(kk), Ok(ru)) = (
            std::fs::read_to_string(d.join("kk.txt")),
            std::fs::read_to_string(d.join("ru.txt")),
        ) else {
            continue;
        };
        let (kk, ru) = (split(kk), split(ru));
        if kk.len() != ru.len() {
            continue;
        }
        for (k, r) in kk.iter().zip(&ru) {
            let (kw, rw) = (words(k), words(r));
            for w in &kw {
                *count[0].entry(w.clone()).or_default() += 1;
            }
            for w in &rw {
                *count[1].entry(w.clone()).or_default() += 1;
            }
            for a in &kw {
                for b in &rw {
                    *together.entry((a.clone(), b.clone())).or_default() += 1;
                }
            }
        }
    }
    let dice = |a: &str, b: &str, n: usize| 2.0 * n as f64 / (count[0][a] + count[1][b]) as f64;
    let mut best_k: BTreeMap<&str, (f64, &str)> = BTreeMap::new();
    let mut best_r: BTreeMap<&str, (f64, &str)> = BTreeMap::new();
    for ((a, b), &n) in &together {
        if n < MIN_TOGETHER || a == b {
            continue;
        }
        let d = dice(a, b, n);
        if best_k.get(a.as_str()).is_none_or(|x| d > x.0) {
            best_k.insert(a, (d, b));
        }
        if best_r.get(b.as_str()).is_none_or(|x| d > x.0) {
            best_r.insert(b, (d, a));
        }
    }
    println!("# kk<TAB>ru word beginnings, learned by examples/learn_lexicon.rs from the");
    println!("# tuning part of NTREX-128 (CC BY-SA 4.0) in the shared corpus.");
    for (a, (d, b)) in &best_k {
        if *d >= MIN_DICE && best_r.get(b).is_some_and(|x| x.1 == *a) {
            println!("{a}\t{b}");
        }
    }
}
