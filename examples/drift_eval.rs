//! Precision benchmark of the drift engine on scripted edits of real articles.
//!
//! ```text
//! cargo run --release --example drift_eval -- [CASES] [SEED] [DOCS_DIR] [-v]
//! ```
//!
//! Defaults: 10000 cases, seed 1, `../shared/corpus/ntrex128/docs` beside the crate (NTREX-128,
//! CC BY-SA 4.0). Each case takes a random article and language, applies one to three
//! scripted edits (see `examples/common/edits.rs`), runs `drift::diff` and
//! `drift::fill_counterparts` (1-1 correspondence, untouched translation) and compares
//! with what the edits did. Prints recall (edited paragraphs found), untouched
//! paragraphs reported, kind, class and counterpart accuracy, per edit too.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use qostil::diff::drift::{diff, fill_counterparts, Change};
use qostil::lang::Lang;
// `edits.rs` names `crate::diff` and `crate::lang`, as it does inside the library.
use qostil::segment::segment;
#[allow(unused_imports)]
use qostil::{diff, lang};

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/edits.rs"]
mod edits;
#[path = "common/rng.rs"]
mod rng;

use edits::{make_case, paragraphs, Expected, Rng};

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    kind: usize,
    class: usize,
    counterpart: usize,
}

fn name<T: serde::Serialize>(x: T) -> String {
    serde_json::to_value(x)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn touches(c: &Change, e: &Expected) -> bool {
    c.old.iter().any(|x| e.old.contains(x)) || c.new.iter().any(|x| e.new.contains(x))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    if args.iter().any(|a| a == "--huge") {
        huge();
        return;
    }
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let cases: usize = pos.first().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let seed: u64 = pos.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let dir = pos
        .get(2)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| corpus::default_dir().join("ntrex128/docs"));

    let mut docs: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for d in corpus::doc_dirs(&dir).expect("docs dir") {
        let (Ok(kk), Ok(ru)) = (
            std::fs::read_to_string(d.join("kk.txt")),
            std::fs::read_to_string(d.join("ru.txt")),
        ) else {
            continue;
        };
        docs.push((paragraphs(&kk), paragraphs(&ru)));
    }
    println!(
        "{} articles from {}, {cases} cases, seed {seed}",
        docs.len(),
        dir.display()
    );

    let mut rng = Rng::new(seed);
    let mut total = Tally::default();
    let mut per_edit: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut reported = 0usize;
    let mut spurious = 0usize;
    let mut untouched_reported = 0usize;
    let mut invisible_cases = 0usize;
    let mut time = Duration::ZERO;
    let mut slowest = Duration::ZERO;
    let mut shown = 0usize;
    for case_no in 0..cases {
        let d = rng.below(docs.len());
        let lang = if rng.chance(0.5) { Lang::Kk } else { Lang::Ru };
        let pick = |i: usize| {
            if lang == Lang::Kk {
                &docs[i].0
            } else {
                &docs[i].1
            }
        };
        let mut other = rng.below(docs.len());
        if other == d {
            other = (other + 1) % docs.len();
        }
        let case = make_case(pick(d), pick(other), lang == Lang::Kk, &mut rng);
        if case.expected.is_empty() {
            invisible_cases += 1;
        }
        let t = Instant::now();
        let (o, n) = (segment(&case.old_md), segment(&case.new_md));
        let mut changes = diff(&o, &n, lang);
        let beads: Vec<(Vec<usize>, Vec<usize>)> =
            (1..=o.len()).map(|i| (vec![i], vec![i])).collect();
        fill_counterparts(&mut changes, &beads, &|t| Some(t));
        let el = t.elapsed();
        time += el;
        slowest = slowest.max(el);

        let mut problems: Vec<String> = Vec::new();
        for e in &case.expected {
            let tally = per_edit.entry(e.edit).or_default();
            total.expected += 1;
            tally.expected += 1;
            let Some(c) = changes.iter().find(|c| touches(c, e)) else {
                problems.push(format!("missed {e:?}"));
                continue;
            };
            total.found += 1;
            tally.found += 1;
            if name(c.kind) == e.kind && c.old == e.old && c.new == e.new {
                total.kind += 1;
                tally.kind += 1;
            } else {
                problems.push(format!("kind {e:?} got {c:?}"));
            }
            if name(c.class) == e.class {
                total.class += 1;
                tally.class += 1;
            } else {
                problems.push(format!("class {e:?} got {c:?}"));
            }
            if c.counterpart == e.counterpart {
                total.counterpart += 1;
                tally.counterpart += 1;
            } else {
                problems.push(format!("counterpart {e:?} got {:?}", c.counterpart));
            }
        }
        for c in &changes {
            reported += 1;
            if !case.expected.iter().any(|e| touches(c, e)) {
                spurious += 1;
                untouched_reported += c.old.len().max(c.new.len());
                problems.push(format!("spurious {c:?} (edits {:?})", case.edits));
            }
        }
        if verbose && !problems.is_empty() && shown < 40 {
            shown += 1;
            eprintln!("case {case_no} ({lang}) edits {:?}", case.edits);
            for p in &problems {
                eprintln!("  {p}");
            }
        }
    }

    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("cases without a visible change (invisible edits only): {invisible_cases}");
    println!(
        "recall (edited paragraphs found):  {}/{} = {:.2}%",
        total.found,
        total.expected,
        pct(total.found, total.expected)
    );
    println!(
        "precision (reported changes that are real): {}/{} = {:.2}%",
        reported - spurious,
        reported,
        pct(reported - spurious, reported)
    );
    println!("untouched paragraphs reported:     {untouched_reported}");
    println!(
        "kind (and numbers) right:          {}/{} = {:.2}%",
        total.kind,
        total.found,
        pct(total.kind, total.found)
    );
    println!(
        "class right:                       {}/{} = {:.2}%",
        total.class,
        total.found,
        pct(total.class, total.found)
    );
    println!(
        "counterpart right:                 {}/{} = {:.2}%",
        total.counterpart,
        total.found,
        pct(total.counterpart, total.found)
    );
    println!(
        "time (segment both + diff + counterparts): mean {:.3} ms, max {:.3} ms",
        time.as_secs_f64() * 1000.0 / cases.max(1) as f64,
        slowest.as_secs_f64() * 1000.0
    );
    println!();
    println!(
        "{:<16} {:>6} {:>8} {:>8} {:>8} {:>8}",
        "edit", "n", "found%", "kind%", "class%", "cp%"
    );
    for (edit, t) in &per_edit {
        println!(
            "{:<16} {:>6} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
            edit,
            t.expected,
            pct(t.found, t.expected),
            pct(t.kind, t.found),
            pct(t.class, t.found),
            pct(t.counterpart, t.found)
        );
    }
}

/// Times `diff` on an article whose one paragraph is about 5 MB: a sentence inserted in
/// its middle, and the paragraph replaced by another 5 MB text.
fn huge() {
    let sentence = "Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды. ";
    let big = sentence.repeat(5_000_000 / sentence.len());
    let mut edited = big.clone();
    let mid = (big.len() / 2 / sentence.len()) * sentence.len();
    edited.insert_str(mid, "Жаңа сөйлем қосылды. ");
    let other = "Басқа мәтін, мүлдем басқа сөздер 2024 жылы. ".repeat(5_000_000 / 60);
    for (label, new_big) in [("one sentence inserted", &edited), ("rewritten", &other)] {
        let old_md = format!("# Тақырып\n\n{big}\n\nСоңы.\n");
        let new_md = format!("# Тақырып\n\n{new_big}\n\nҚосылған абзац.\n\nСоңы.\n");
        let (o, n) = (segment(&old_md), segment(&new_md));
        let t = Instant::now();
        let changes = diff(&o, &n, Lang::Kk);
        println!(
            "{:.1} MB paragraph, {label}: diff {:.1} ms, {} changes: {:?}",
            big.len() as f64 / 1e6,
            t.elapsed().as_secs_f64() * 1000.0,
            changes.len(),
            changes
                .iter()
                .map(|c| (c.kind, c.class, c.words.len()))
                .collect::<Vec<_>>()
        );
    }
}
