//! Learns the words the names check must not take for names: the Cyrillic words
//! the parallel corpus writes with a small letter in the middle of a sentence
//! (`закон`, `переписи`, `заң`, `құрмет` …). A capitalised word whose stem is one
//! of theirs (`Закона`, `Переписи`, `Заңының`) is a capitalised common noun of a
//! title, which the other version translates rather than transliterates.
//!
//!     cargo run --example learn_common_words [-- CORPUS_DIR] > src/checks/names/common_words.txt
//!
//! Only the tuning part of the corpus is read (the NTREX documents at even
//! positions in name order, the akimat acts not held out; see
//! `examples/check_eval.rs`), so the held-out part stays unseen.
#![allow(clippy::print_stdout)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const AKIMAT_HELD_OUT: &[&str] = &["almaty-oblast-2017-0426-112683"];

fn dirs(dir: &Path) -> Vec<PathBuf> {
    let mut d: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    d.sort();
    d
}

fn main() {
    let corpus = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/corpus".into()),
    );
    let mut docs: Vec<PathBuf> = dirs(&corpus.join("ntrex128/docs"))
        .into_iter()
        .step_by(2)
        .collect();
    docs.extend(dirs(&corpus.join("akimat")).into_iter().filter(|d| {
        !AKIMAT_HELD_OUT
            .iter()
            .any(|h| d.file_name().is_some_and(|n| n == *h))
    }));
    let mut words: [BTreeSet<String>; 2] = Default::default();
    for d in &docs {
        for (side, file) in ["kk.txt", "ru.txt"].iter().enumerate() {
            let Ok(text) = std::fs::read_to_string(d.join(file)) else {
                continue;
            };
            for w in text.split(|c: char| !(qostil::lang::is_cyrillic(c) || c == '-')) {
                // A hyphenated Kazakh compound written small (`көші-қон`,
                // `қарым-қатынас`) lends its parts that have a Kazakh letter: the
                // names check reads a capitalised compound (`Көші-қон басқармасы`)
                // part by part. Parts of loanwords (`грин-карта`, `вице-премьер`)
                // are not learned: `Грин` is a name.
                let w = w.trim_matches('-');
                let first = w.chars().next();
                if !first.is_some_and(char::is_lowercase) {
                    continue;
                }
                let whole = !w.contains('-');
                for part in w.split('-') {
                    if part.chars().count() >= 4
                        && part.chars().next().is_some_and(char::is_lowercase)
                        && part.chars().all(qostil::lang::is_cyrillic)
                        && (whole || part.chars().any(qostil::lang::is_kazakh_letter))
                    {
                        words[side].insert(part.replace('ё', "е"));
                    }
                }
            }
        }
    }
    println!("# Cyrillic words written with a small letter in the tuning part of the");
    println!("# shared corpus (NTREX-128, CC BY-SA 4.0; Almaty-oblast acts, public domain),");
    println!("# made by examples/learn_common_words.rs. Sections: [kk], then [ru].");
    for (name, set) in ["[kk]", "[ru]"].iter().zip(&words) {
        println!("{name}");
        for w in set {
            println!("{w}");
        }
    }
}
