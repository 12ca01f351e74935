//! Measures the cross-language checks on real kk/ru text: defects injected into
//! clean corpus pairs (share found, per defect) and false alarms on untouched pairs,
//! NTREX news and akimat acts separately, each split into a tuning part and a
//! held-out part that no threshold or fitted table may be chosen on.
//!
//!     cargo run --release --example check_eval [-- CORPUS_DIR [ROUNDS]]
//!
//! CORPUS_DIR defaults to ../shared/corpus beside the crate. Prints Markdown tables; with VERBOSE=1
//! set, every strict miss and every warning+ on an untouched pair too; with
//! ROBUSTNESS=1, a table more per part: names changed in other ways than the
//! reported figure's (a foreign name put in; one consonant of a stem replaced).
//!
//! The strict rule: an injected defect counts as found only when a finding of one of
//! its checks, at warning level or above, names the defective paragraph itself on the
//! side of the defect (for a deleted paragraph, the paragraph of the other side that
//! lost its counterpart). "lenient" is the older rule: any severity, ±1 paragraph.
#![allow(clippy::print_stdout)]

use qostil::checks::runner::Checker;
#[path = "common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "common/eval.rs"]
mod eval;
#[path = "common/rng.rs"]
mod rng;

use eval::{caught, caught_strict, inject, Defect, Pair, Rng};
use qostil::checks::{CheckId, Severity};
use qostil::lang::Lang;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Real differences between the two translations of untouched pairs (see the
/// file's header): a warning there is no false alarm.
const DIFFERENCES: &str = include_str!("data/ntrex_differences.tsv");

/// One listed difference: document, check, and its paragraph on each side.
struct Difference {
    doc: &'static str,
    check: &'static str,
    kk: Option<usize>,
    ru: Option<usize>,
}

fn differences() -> Vec<Difference> {
    DIFFERENCES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() == 5, "ntrex_differences.tsv: {l}");
            Difference {
                doc: f[0],
                check: f[1],
                kk: f[2].parse().ok(),
                ru: f[3].parse().ok(),
            }
        })
        .collect()
}

impl Difference {
    fn names(&self, doc: &str, f: &qostil::checks::Finding) -> bool {
        let at = |e: &Option<qostil::checks::Evidence>, p: Option<usize>| {
            e.as_ref().zip(p).is_some_and(|(e, p)| e.paragraph == p)
        };
        self.doc == doc
            && self.check == f.check.as_str()
            && (at(&f.kk, self.kk) || at(&f.ru, self.ru))
    }
}

/// The akimat acts held out of every tuning choice.
const AKIMAT_HELD_OUT: &[&str] = &["almaty-oblast-2017-0426-112683"];

fn read_dir(dir: &Path) -> Vec<Pair> {
    corpus::doc_dirs(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .iter()
        .filter_map(|d| Pair::read(d).ok())
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let corpus = args.next().map_or_else(corpus::default_dir, PathBuf::from);
    let rounds: u64 = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let verbose = std::env::var_os("VERBOSE").is_some();
    let robustness = std::env::var_os("ROBUSTNESS").is_some();
    let only = std::env::var("ONLY").ok();
    let ntrex = read_dir(&corpus.join("ntrex128/docs"));
    let akimat = read_dir(&corpus.join("akimat"));
    // NTREX: every second document (in name order) is held out.
    let (mut nt_tune, mut nt_held) = (Vec::new(), Vec::new());
    for (i, p) in ntrex.into_iter().enumerate() {
        if i % 2 == 0 {
            nt_tune.push(p)
        } else {
            nt_held.push(p)
        }
    }
    let (ak_held, ak_tune): (Vec<Pair>, Vec<Pair>) = akimat
        .into_iter()
        .partition(|p| AKIMAT_HELD_OUT.contains(&p.name.as_str()));
    let cfg = Checker::default();
    let sets = [
        ("NTREX, tuning part", &nt_tune),
        ("NTREX, held out", &nt_held),
        ("akimat, tuning part", &ak_tune),
        ("akimat, held out", &ak_held),
    ];
    for (title, pairs) in sets {
        if only.as_deref().is_some_and(|o| !title.contains(o)) {
            continue;
        }
        clean_table(title, pairs, &cfg, verbose);
        defect_table(title, pairs, &cfg, rounds, verbose, &Defect::ALL);
        if robustness {
            let title = format!("{title}, robustness of the names check");
            defect_table(&title, pairs, &cfg, rounds, verbose, &Defect::ROBUSTNESS);
        }
    }
}

fn clean_table(title: &str, pairs: &[Pair], cfg: &Checker, verbose: bool) {
    let clean: Vec<_> = pairs.par_iter().map(|p| p.check(cfg)).collect();
    let mut by_check: BTreeMap<(CheckId, Severity), usize> = BTreeMap::new();
    for f in clean.iter().flatten() {
        *by_check.entry((f.check, f.severity)).or_default() += 1;
    }
    let n = pairs.len().max(1) as f64;
    println!(
        "## {title}: false alarms on {} untouched pairs\n",
        pairs.len()
    );
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
    let count = |pred: &dyn Fn(&qostil::checks::Finding) -> bool| {
        clean.iter().flatten().filter(|f| pred(f)).count() as f64 / n
    };
    println!(
        "| **all** | **{:.3}** | **{:.3}** | |",
        count(&|f| f.severity == Severity::Error),
        count(&|f| f.severity == Severity::Warning)
    );
    println!(
        "| **warning+ other than lookalike** | | **{:.3}** | |",
        count(&|f| f.severity >= Severity::Warning && f.check != CheckId::Lookalike)
    );
    // Warnings at a real difference of the two translations are no false alarms.
    let listed = differences();
    let mut named = vec![false; listed.len()];
    let mut unlisted = [0usize; 2];
    for (pair, findings) in pairs.iter().zip(&clean) {
        for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
            match listed.iter().position(|d| d.names(&pair.name, f)) {
                Some(i) => named[i] = true,
                None => unlisted[usize::from(f.severity == Severity::Warning)] += 1,
            }
        }
    }
    let here = listed
        .iter()
        .filter(|d| pairs.iter().any(|p| p.name == d.doc))
        .count();
    println!(
        "| **not at a listed real difference** | **{:.3}** | **{:.3}** | |\n",
        unlisted[0] as f64 / n,
        unlisted[1] as f64 / n
    );
    println!(
        "Real differences of the two translations listed in examples/data/ntrex_differences.tsv \
         for these pairs: {here}, of which {} named by a warning or an error.\n",
        named.iter().filter(|&&x| x).count()
    );
    if verbose {
        for (pair, findings) in pairs.iter().zip(&clean) {
            for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
                let side = |e: &Option<qostil::checks::Evidence>| {
                    e.as_ref()
                        .map(|e| format!("¶{} {}", e.paragraph, e.text))
                        .unwrap_or_default()
                };
                println!(
                    "CLEAN {:?} {} {} {:?}\n  kk {}\n  ru {}",
                    f.severity,
                    pair.name,
                    f.check.as_str(),
                    f.message.args,
                    side(&f.kk),
                    side(&f.ru)
                );
            }
        }
    }
}

fn defect_table(
    title: &str,
    pairs: &[Pair],
    cfg: &Checker,
    rounds: u64,
    verbose: bool,
    defects: &[Defect],
) {
    println!("## {title}: injected defects ({rounds} rounds over every document)\n");
    println!("| defect | injected | strict (warning+, the paragraph itself) | lenient (any, ±1) |");
    println!("|---|---|---|---|");
    let (mut all, mut all_strict) = (0usize, 0usize);
    for &defect in defects {
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
                let findings = inj.pair.check(cfg);
                let strict = caught_strict(&inj, &findings);
                if !strict && verbose {
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
                    for f in findings
                        .iter()
                        .filter(|f| defect.checks().contains(&f.check))
                    {
                        println!(
                            "    got {:?} {} kk¶{:?} ru¶{:?}",
                            f.severity,
                            f.check.as_str(),
                            f.kk.as_ref().map(|e| e.paragraph),
                            f.ru.as_ref().map(|e| e.paragraph)
                        );
                    }
                }
                (strict, caught(&inj, &findings, Severity::Info))
            })
            .collect();
        let total = results.len().max(1) as f64;
        let strict = results.iter().filter(|r| r.0).count();
        let lenient = results.iter().filter(|r| r.1).count() as f64;
        all += results.len();
        all_strict += strict;
        println!(
            "| {} | {} | {:.1}% | {:.1}% |",
            defect.name(),
            results.len(),
            100.0 * strict as f64 / total,
            100.0 * lenient / total
        );
    }
    println!(
        "| **all** | {all} | **{:.1}%** | |\n",
        100.0 * all_strict as f64 / all.max(1) as f64
    );
}
