//! Measures the cross-language checks on real kk/ru text: defects injected into
//! clean corpus pairs (share found, per defect) and findings on untouched pairs.
//!
//!     cargo run --release --example check_eval [-- CORPUS_DIR [ROUNDS]]
//!
//! CORPUS_DIR defaults to ../shared/corpus beside the crate. Prints a Markdown table; with VERBOSE=1
//! set, every missed injection too.
#![allow(clippy::print_stdout)]

use qostil::checks::runner::Checker;
#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/eval.rs"]
mod eval;
#[path = "common/rng.rs"]
mod rng;

use eval::{caught, errors, inject, Defect, Pair, Rng};
use qostil::checks::{CheckId, Severity};
use qostil::lang::Lang;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let corpus = args.next().map_or_else(corpus::default_dir, PathBuf::from);
    let rounds: u64 = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let verbose = std::env::var_os("VERBOSE").is_some();
    let dirs = corpus::doc_dirs(&corpus.join("ntrex128/docs")).expect("corpus/ntrex128/docs");
    let pairs: Vec<Pair> = dirs.iter().filter_map(|d| Pair::read(d).ok()).collect();
    let cfg = Checker::default();

    // Untouched pairs.
    let clean: Vec<_> = pairs.par_iter().map(|p| p.check(&cfg)).collect();
    let mut by_check: BTreeMap<(CheckId, Severity), usize> = BTreeMap::new();
    for f in clean.iter().flatten() {
        *by_check.entry((f.check, f.severity)).or_default() += 1;
    }
    let n = pairs.len() as f64;
    println!("## Untouched pairs ({} NTREX documents)\n", pairs.len());
    println!("| check | errors/article | warnings/article | infos/article |");
    println!("|---|---|---|---|");
    for check in CheckId::ALL {
        let get = |s| *by_check.get(&(check, s)).unwrap_or(&0) as f64 / n;
        println!(
            "| {} | {:.3} | {:.3} | {:.3} |",
            check.as_str(),
            get(Severity::Error),
            get(Severity::Warning),
            get(Severity::Info)
        );
    }
    if verbose {
        for (pair, findings) in pairs.iter().zip(&clean) {
            for f in findings.iter().filter(|f| f.severity == Severity::Error) {
                let side = |e: &Option<qostil::checks::Evidence>| {
                    e.as_ref()
                        .map(|e| format!("¶{} {}", e.paragraph, e.text))
                        .unwrap_or_default()
                };
                println!(
                    "CLEAN ERROR {} {} {:?}\n  kk {}\n  ru {}",
                    pair.name,
                    f.check.as_str(),
                    f.message.args,
                    side(&f.kk),
                    side(&f.ru)
                );
            }
        }
    }
    let total_errors: usize = clean.iter().map(|f| errors(f)).sum();
    println!("| **all** | **{:.3}** | | |\n", total_errors as f64 / n);

    // Injected defects.
    println!("## Injected defects ({rounds} rounds over every document)\n");
    println!("| defect | injected | found (any severity) | found as error |");
    println!("|---|---|---|---|");
    for defect in Defect::ALL {
        let results: Vec<(bool, bool)> = pairs
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, pair)| {
                (0..rounds).filter_map(move |r| {
                    let mut rng = Rng::new(1 + i as u64 * 7919 + r * 104_729 + defect as u64 * 31);
                    inject(pair, defect, &mut rng)
                })
            })
            .map(|inj| {
                let findings = inj.pair.check(&cfg);
                let found = caught(&inj, &findings, Severity::Info);
                if !found && verbose {
                    let (this, other) = match inj.side {
                        Lang::Kk => (&inj.pair.kk, &inj.pair.ru),
                        Lang::Ru => (&inj.pair.ru, &inj.pair.kk),
                    };
                    let at = |v: &Vec<String>| v.get(inj.index).cloned().unwrap_or_default();
                    println!(
                        "MISSED {} in {} {} ¶{}:\n  {}\n  other side: {}",
                        defect.name(),
                        inj.pair.name,
                        inj.side,
                        inj.index + 1,
                        at(this),
                        at(other)
                    );
                }
                (found, caught(&inj, &findings, Severity::Error))
            })
            .collect();
        let total = results.len().max(1) as f64;
        let any = results.iter().filter(|r| r.0).count() as f64;
        let err = results.iter().filter(|r| r.1).count() as f64;
        println!(
            "| {} | {} | {:.1}% | {:.1}% |",
            defect.name(),
            results.len(),
            100.0 * any / total,
            100.0 * err / total
        );
    }
}
