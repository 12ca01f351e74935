//! Measures the `numbers` and `dates` checks on the NTREX kk/ru documents:
//! (a) findings per article on the untouched documents, (b) the share of injected
//! defects (a number or a date changed on one side) that a finding points at.
//!
//! `cargo run --release --example numdates_measure [CORPUS_DIR] [-v] [-w] [--akimat]`
//! (`-v` prints errors and missed injections, `-w` every finding, `--akimat` runs
//! the akimat acts paragraph by paragraph instead; their counts match there)
//! (default: ../shared/corpus or ../../shared/corpus).

use qostil::checks::dates::{self, DatesConfig};
use qostil::checks::numbers::{self, NumberForm, NumbersConfig};
use qostil::checks::{Finding, Severity};
use qostil::lang::{Lang, KK_MONTHS};
use qostil::segment::{fingerprint, normalize, BlockKind, Paragraph};
use std::io::Write;
use std::path::{Path, PathBuf};

fn para(number: usize, text: &str) -> Paragraph {
    let norm = normalize(text);
    let fingerprint = fingerprint(&norm, &[]);
    Paragraph {
        number,
        kind: BlockKind::Paragraph,
        line_start: number,
        line_end: number,
        text: text.to_string(),
        links: Vec::new(),
        norm,
        fingerprint,
    }
}

fn read_paras(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split("\n\n")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `which`: 0 numbers, 1 dates, 2 both.
fn run(kk: &Paragraph, ru: &Paragraph, which: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    if which != 1 {
        numbers::check(&[kk], &[ru], &NumbersConfig::default(), &mut out);
    }
    if which != 0 {
        dates::check(&[kk], &[ru], &DatesConfig::default(), &mut out);
    }
    out
}

/// Did a finding mark the changed bytes on the changed side?
/// (A repeated number may be marked at its other occurrence: same text counts.)
fn found(fs: &[Finding], lang: Lang, at: &std::ops::Range<usize>, new: &str) -> Option<Severity> {
    let repl = &new[at.clone()];
    fs.iter()
        .filter(|f| {
            f.side(lang).is_some_and(|e| {
                e.marks
                    .iter()
                    .any(|m| (m.start < at.end && at.start < m.end) || &e.text[m.clone()] == repl)
            })
        })
        .map(|f| f.severity)
        .max()
}

fn bump_digit(s: &str) -> String {
    // Change the last digit of the first digit run.
    let b = s.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit).unwrap_or(0);
    let mut last = first;
    while last + 1 < b.len() && b[last + 1].is_ascii_digit() {
        last += 1;
    }
    let d = b[last] - b'0';
    let nd = if d == 9 { 8 } else { d + 1 };
    let mut out = s.to_string();
    out.replace_range(last..last + 1, &((b'0' + nd) as char).to_string());
    out
}

/// ×10 of the first number, keeping its thousands groups (`380 000` → `3 800 000`).
fn times_ten(s: &str) -> String {
    let mut end = 0;
    let mut sep = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            end = i + 1;
        } else if matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
            && s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        {
            sep = Some(c);
        } else {
            break;
        }
    }
    if let Some(sep) = sep {
        let digits: String = s[..end].chars().filter(char::is_ascii_digit).collect();
        let ten = format!("{digits}0");
        let mut out = String::new();
        for (k, c) in ten.chars().enumerate() {
            if k > 0 && (ten.len() - k) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        return format!("{out}{}", &s[end..]);
    }
    times_ten_plain(s)
}

fn times_ten_plain(s: &str) -> String {
    let b = s.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit).unwrap_or(0);
    let mut last = first;
    while last + 1 < b.len() && b[last + 1].is_ascii_digit() {
        last += 1;
    }
    let mut out = s.to_string();
    out.insert(last + 1, '0');
    out
}

fn plus_one(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit)?;
    let mut last = first;
    while last + 1 < b.len() && b[last + 1].is_ascii_digit() {
        last += 1;
    }
    let v: u64 = s[first..=last].parse().ok()?;
    let mut out = s.to_string();
    out.replace_range(first..=last, &(v + 1).to_string());
    Some(out)
}

const RU_MONTHS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Replaces the month name inside a date span by another month of the same kind.
fn change_month(span: &str, lang: Lang, month: u32) -> Option<String> {
    let m = month as usize - 1;
    match lang {
        Lang::Ru => {
            let soft = [0usize, 1, 3, 5, 6, 8, 9, 10, 11];
            let hard = [2usize, 7];
            let to = if soft.contains(&m) {
                soft[(soft.iter().position(|&x| x == m)? + 1) % soft.len()]
            } else if hard.contains(&m) {
                hard[(hard.iter().position(|&x| x == m)? + 1) % 2]
            } else {
                return None;
            };
            let lower = span.to_lowercase();
            let at = lower.find(RU_MONTHS[m])?;
            let mut out = span.to_string();
            out.replace_range(at..at + RU_MONTHS[m].len(), RU_MONTHS[to]);
            Some(out)
        }
        Lang::Kk => {
            // Stay within the months that are (or are not) also common words.
            let plain = [0usize, 1, 3, 8, 10, 11];
            let amb = [2usize, 4, 5, 6, 7, 9];
            let class = if plain.contains(&m) { &plain } else { &amb };
            let to = class[(class.iter().position(|&x| x == m)? + 1) % class.len()];
            let lower = span.to_lowercase();
            let (at, len) = if m == 8 {
                let at = lower.find("қыркүйе")?;
                (at, "қыркүйек".len())
            } else {
                (lower.find(KK_MONTHS[m])?, KK_MONTHS[m].len())
            };
            let mut out = span.to_string();
            out.replace_range(at..at + len, KK_MONTHS[to]);
            Some(out)
        }
    }
}

/// Byte offset of a whole digit run with this value (`1` in `1 шілде`, not in `1997`).
fn find_number(s: &str, v: i64) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if s[start..i].parse::<i64>().ok() == Some(v) {
                return Some(start);
            }
        } else {
            i += 1;
        }
    }
    None
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let show_warnings = args.iter().any(|a| a == "-w");
    let corpus = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .or_else(|| {
            ["../shared/corpus", "../../shared/corpus"]
                .iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        })
        .expect("corpus directory");
    let set = if args.iter().any(|a| a == "--akimat") {
        "akimat"
    } else {
        "ntrex128/docs"
    };
    let mut docs: Vec<PathBuf> = std::fs::read_dir(corpus.join(set))
        .expect("ntrex128/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    docs.sort();
    let mut stdout = std::io::stdout().lock();
    let names = ["numbers", "dates"];
    let mut errors = [0usize; 2];
    let mut warnings = [0usize; 2];
    // [check][kind] = (injected, found any, found error)
    let kinds = ["digit", "x10", "+1", "day", "month", "year"];
    let mut inj = [[0usize; 3]; 6];
    let mut pairs = Vec::new();
    for doc in &docs {
        let kk = read_paras(&doc.join("kk.txt"));
        let ru = read_paras(&doc.join("ru.txt"));
        for (n, (k, r)) in kk.iter().zip(ru.iter()).enumerate() {
            pairs.push((n + 1, k.clone(), r.clone()));
        }
    }
    for (n, k, r) in &pairs {
        let (pk, pr) = (para(*n, k), para(*n, r));
        for which in 0..2 {
            for f in run(&pk, &pr, which) {
                match f.severity {
                    Severity::Error => errors[which] += 1,
                    Severity::Warning => warnings[which] += 1,
                    Severity::Info => {}
                }
                if (verbose && f.severity == Severity::Error) || show_warnings {
                    let _ = writeln!(
                        stdout,
                        "{} {:?} {:?}\n  kk: {k}\n  ru: {r}",
                        names[which], f.severity, f.message
                    );
                }
            }
        }
    }
    // Injection: every clean pair (no finding of that check), each mention of each side.
    let mut missed = Vec::new();
    for (n, k, r) in &pairs {
        let (pk, pr) = (para(*n, k), para(*n, r));
        let clean = [run(&pk, &pr, 0).is_empty(), run(&pk, &pr, 1).is_empty()];
        for lang in Lang::ALL {
            let text = if lang == Lang::Kk { k } else { r };
            let rebuild = |new: &str| -> (Paragraph, Paragraph) {
                if lang == Lang::Kk {
                    (para(*n, new), pr.clone())
                } else {
                    (pk.clone(), para(*n, new))
                }
            };
            let mut try_one =
                |kind: usize, span: std::ops::Range<usize>, repl: String, which: usize| {
                    let mut new = text.clone();
                    new.replace_range(span.clone(), &repl);
                    let at = span.start..span.start + repl.len();
                    let (a, b) = rebuild(&new);
                    // A changed number may turn into a year (`139 жыл` → `1390 жыл`):
                    // any check pointing at it counts.
                    let fs = run(&a, &b, if which == 0 { 2 } else { which });
                    let sev = found(&fs, lang, &at, &new);
                    inj[kind][0] += 1;
                    if sev.is_some() {
                        inj[kind][1] += 1;
                    }
                    if sev == Some(Severity::Error) {
                        inj[kind][2] += 1;
                    }
                    if sev.is_none() || sev == Some(Severity::Warning) {
                        missed.push(format!(
                            "{}{} {lang}: {} -> {}\n  {}",
                            if sev.is_none() {
                                "MISSED "
                            } else {
                                "WARNONLY "
                            },
                            kinds[kind],
                            &text[span.clone()],
                            repl,
                            new
                        ));
                    }
                };
            if clean[0] {
                for m in numbers::extract(text, lang) {
                    if m.form == NumberForm::Words {
                        continue;
                    }
                    let s = &text[m.span.clone()];
                    if !s.bytes().any(|b| b.is_ascii_digit()) {
                        continue;
                    }
                    try_one(0, m.span.clone(), bump_digit(s), 0);
                    if m.value != 0.0 && m.form != NumberForm::Time {
                        try_one(1, m.span.clone(), times_ten(s), 0);
                    }
                    if let Some(p) = plus_one(s) {
                        try_one(2, m.span.clone(), p, 0);
                    }
                }
            }
            if clean[1] {
                for d in dates::extract(text, lang) {
                    if d.loose {
                        continue;
                    }
                    let s = &text[d.span.clone()];
                    if let Some(day) = d.day {
                        if let Some(at) = find_number(s, day as i64) {
                            let ds = s[at..].bytes().take_while(u8::is_ascii_digit).count();
                            let ds = &s[at..at + ds];
                            let nd = if day >= 28 { day - 1 } else { day + 1 };
                            let mut new = s.to_string();
                            new.replace_range(at..at + ds.len(), &nd.to_string());
                            try_one(3, d.span.clone(), new, 1);
                        }
                    }
                    if let Some(m) = d.month {
                        if let Some(new) = change_month(s, lang, m) {
                            try_one(4, d.span.clone(), new, 1);
                        }
                    }
                    if let Some(y) = d.year {
                        let ys = y.to_string();
                        if let Some(at) = find_number(s, i64::from(y)) {
                            let mut new = s.to_string();
                            new.replace_range(at..at + ys.len(), &(y + 1).to_string());
                            try_one(5, d.span.clone(), new, 1);
                        }
                    }
                }
            }
        }
    }
    let docs_n = docs.len() as f64;
    let _ = writeln!(
        stdout,
        "documents: {}, segment pairs: {}",
        docs.len(),
        pairs.len()
    );
    for which in 0..2 {
        let _ = writeln!(
            stdout,
            "{:8} untouched: {} errors ({:.3}/article), {} warnings ({:.3}/article)",
            names[which],
            errors[which],
            errors[which] as f64 / docs_n,
            warnings[which],
            warnings[which] as f64 / docs_n
        );
    }
    for (k, name) in kinds.iter().enumerate() {
        let [n, any, err] = inj[k];
        let pct = |x: usize| {
            if n == 0 {
                0.0
            } else {
                100.0 * x as f64 / n as f64
            }
        };
        let _ = writeln!(
            stdout,
            "inject {:6} n={:4} found {:5.1}% error {:5.1}%",
            name,
            n,
            pct(any),
            pct(err)
        );
    }
    if verbose {
        for m in missed {
            let _ = writeln!(stdout, "{m}");
        }
    }
}
