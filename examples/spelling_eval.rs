//! Does a one-letter edit between two real words make the article stale, and does a
//! misspelling stay cosmetic? Scripted over the shared corpus's Russian and Kazakh
//! paragraphs (see `tests/fixtures/spelling/cases.rs` for how cases are made).
//!
//! ```text
//! cargo run --release --example spelling_eval -- [CORPUS_DIR] [MAX_PER_KIND] [-v]
//! ```
//!
//! Defaults: `../shared/corpus` (relative to the crate root: NTREX-128 documents,
//! CC BY-SA 4.0, and the akimat decisions), at most 2000 cases of each kind and
//! language. For each case the edited paragraph is classed with
//! `words::diff_and_classify`, and the whole document (first paragraph as the title)
//! is diffed with `drift::diff` as `status` does: a word-form edit must give a
//! substantive change (the article is stale), a misspelling only cosmetic ones.
//! Exits 1 when word forms are not 100% substantive or misspellings not ≥ 98%
//! cosmetic.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use qostil::diff::drift;
use qostil::diff::lexicon::in_dictionary;
use qostil::diff::words::{diff_and_classify, Class};
use qostil::lang::Lang;
use qostil::segment::segment;

#[path = "../tests/fixtures/spelling/cases.rs"]
mod cases;

use cases::Kind;

/// The paragraphs of each document folder (holding kk.txt and ru.txt) below `dir`.
fn documents(dir: &Path, lang: Lang) -> Vec<Vec<String>> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            }
        }
        if d.join("kk.txt").is_file() && d.join("ru.txt").is_file() {
            dirs.push(d);
        }
    }
    dirs.sort();
    dirs.iter()
        .filter_map(|d| std::fs::read_to_string(d.join(format!("{}.txt", lang.code()))).ok())
        .map(|t| {
            t.split("\n\n")
                .map(|p| p.trim().replace('\n', " "))
                .filter(|p| !p.is_empty())
                .collect()
        })
        .collect()
}

fn markdown(paras: &[String]) -> String {
    let mut out = String::new();
    for (i, p) in paras.iter().enumerate() {
        if i == 0 {
            out.push_str("# ");
        }
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

#[derive(Default)]
struct Tally {
    cases: usize,
    /// Classed as expected, paragraph and article.
    right: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let dir = PathBuf::from(pos.first().map_or("../shared/corpus", |s| s.as_str()));
    let max: usize = pos.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let mut tallies: BTreeMap<(Lang, Kind), Tally> = BTreeMap::new();
    for lang in [Lang::Ru, Lang::Kk] {
        let docs = documents(&dir, lang);
        if docs.is_empty() {
            eprintln!("no documents under {}", dir.display());
            return ExitCode::from(2);
        }
        // All paragraphs, and which document and place each comes from.
        let mut paras = Vec::new();
        let mut from = Vec::new();
        for (di, d) in docs.iter().enumerate() {
            for (pi, p) in d.iter().enumerate() {
                paras.push(p.clone());
                from.push((di, pi));
            }
        }
        let is_word = |w: &str| in_dictionary(lang, w);
        for case in cases::cases(&paras, &is_word, max) {
            let expected = if case.kind == Kind::WordForm {
                Class::Substantive
            } else {
                Class::Cosmetic
            };
            let (_, para_class) = diff_and_classify(&paras[case.para], &case.new_text, lang);
            let (di, pi) = from[case.para];
            let old_doc = &docs[di];
            let mut new_doc = old_doc.clone();
            new_doc[pi] = case.new_text.clone();
            let changes = drift::diff(
                &segment(&markdown(old_doc)),
                &segment(&markdown(&new_doc)),
                lang,
            );
            let stale = changes.iter().any(|c| c.class == Class::Substantive);
            let right = para_class == expected && stale == (expected == Class::Substantive);
            let t = tallies.entry((lang, case.kind)).or_default();
            t.cases += 1;
            t.right += usize::from(right);
            if !right && verbose {
                println!(
                    "{} {:?}: {} → {} classed {:?}, article stale: {stale}",
                    lang.code(),
                    case.kind,
                    case.old_word,
                    case.new_word,
                    para_class
                );
            }
        }
    }
    println!("lang  kind         cases  as expected");
    let mut sums: BTreeMap<bool, Tally> = BTreeMap::new();
    for ((lang, kind), t) in &tallies {
        println!(
            "{:<5} {:<12} {:>5}  {:>6.2}%",
            lang.code(),
            format!("{kind:?}"),
            t.cases,
            100.0 * t.right as f64 / t.cases.max(1) as f64
        );
        let s = sums.entry(*kind == Kind::WordForm).or_default();
        s.cases += t.cases;
        s.right += t.right;
    }
    let pct = |t: &Tally| 100.0 * t.right as f64 / t.cases.max(1) as f64;
    let forms = sums.remove(&true).unwrap_or_default();
    let typos = sums.remove(&false).unwrap_or_default();
    println!(
        "word forms between two dictionary words: {} cases, {:.2}% substantive and stale (goal 100%)",
        forms.cases,
        pct(&forms)
    );
    println!(
        "misspellings of dictionary words: {} cases, {:.2}% cosmetic, article not stale (goal ≥ 98%)",
        typos.cases,
        pct(&typos)
    );
    if forms.right == forms.cases && pct(&typos) >= 98.0 && forms.cases >= 500 && typos.cases >= 500
    {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
