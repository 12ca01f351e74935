//! Learns the aligner's Kazakh ↔ Russian word table (`src/align/lexicon.tsv`) from
//! the aligned segment pairs of the tuning part of the shared corpus (the NTREX
//! documents at even positions in name order; see `examples/check_eval.rs`):
//! word beginnings (`qostil::align::anchor_prefix`) are paired by the Dice
//! coefficient of the segments they occur in, keeping mutual best pairs seen
//! together at least three times: `qostil::align::learn`, the learner `check`
//! also runs over an archive's approved articles.
//!
//!     cargo run --example learn_lexicon [-- CORPUS_DIR] > src/align/lexicon.tsv
#![allow(clippy::print_stdout)]

use std::path::PathBuf;

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
    let mut pairs: Vec<(String, String)> = Vec::new();
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
        pairs.extend(kk.into_iter().zip(ru));
    }
    let table = qostil::align::learn::learn(pairs.iter().map(|(k, r)| (k.as_str(), r.as_str())));
    println!("# kk<TAB>ru word beginnings, learned by examples/learn_lexicon.rs from the");
    println!("# tuning part of NTREX-128 (CC BY-SA 4.0) in the shared corpus.");
    for (a, b) in &table {
        println!("{a}\t{b}");
    }
}
