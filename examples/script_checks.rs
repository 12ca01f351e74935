//! Measures the five script checks (lookalike, language, latin, untranslated,
//! quotes) on the shared corpus: findings per article on the untouched texts, and
//! the share of injected defects found.
//!
//! Run from the crate root: `cargo run --release --example script_checks [-- -v]`
//! (`-v` lists every error and warning found on the untouched texts). Reads
//! `../shared/corpus` or the directory in `QOSTIL_CORPUS`.
#![allow(clippy::print_stdout)]

use qostil::checks::{
    language, latin, lookalike, quotes, untranslated, CheckId, Finding, Severity,
};
use qostil::lang::Lang;
use qostil::segment::{BlockKind, Paragraph};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn paragraphs(text: &str) -> Vec<Paragraph> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .enumerate()
        .map(|(i, s)| para(i + 1, s))
        .collect()
}

fn para(number: usize, s: &str) -> Paragraph {
    Paragraph::plain(number, BlockKind::Paragraph, s)
}

struct Doc {
    name: String,
    kk: Vec<Paragraph>,
    ru: Vec<Paragraph>,
}

fn load(dir: &Path) -> Vec<Doc> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v.into_iter()
        .filter(|p| p.join("kk.txt").exists())
        .map(|p| Doc {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            kk: paragraphs(&std::fs::read_to_string(p.join("kk.txt")).unwrap()),
            ru: paragraphs(&std::fs::read_to_string(p.join("ru.txt")).unwrap()),
        })
        .collect()
}

/// A small deterministic generator (no dependency).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn one_side(p: &Paragraph, lang: Lang, out: &mut Vec<Finding>) {
    lookalike::check(p, lang, &Default::default(), out);
    language::check(p, lang, &Default::default(), out);
}

fn pair(k: &Paragraph, r: &Paragraph, out: &mut Vec<Finding>) {
    latin::check(&[k], &[r], &Default::default(), out);
    untranslated::check(&[k], &[r], &Default::default(), out);
    quotes::check(&[k], &[r], &Default::default(), out);
}

fn show(f: &Finding) -> String {
    let side = |e: &Option<qostil::checks::Evidence>| {
        e.as_ref().map_or(String::new(), |e| {
            let marks: Vec<&str> = e.marks.iter().map(|m| &e.text[m.clone()]).collect();
            let t: String = e.text.chars().take(110).collect();
            format!("#{} [{}] {}", e.paragraph, marks.join("|"), t)
        })
    };
    format!(
        "{:?} {:?} {} {:?}\n      kk {}\n      ru {}",
        f.check,
        f.severity,
        f.message.id,
        f.message.args,
        side(&f.kk),
        side(&f.ru)
    )
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let root = std::env::var("QOSTIL_CORPUS").unwrap_or_else(|_| {
        ["../shared/corpus", "../../shared/corpus"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .unwrap_or("../shared/corpus")
            .into()
    });
    let root = Path::new(&root);
    let ntrex = load(&root.join("ntrex128/docs"));
    let akimat = load(&root.join("akimat"));
    println!(
        "corpus: {} NTREX docs, {} akimat acts",
        ntrex.len(),
        akimat.len()
    );

    // (a) Untouched texts.
    let mut tally: BTreeMap<(CheckId, Severity), usize> = BTreeMap::new();
    let mut listed = Vec::new();
    for (set, docs, pairs) in [("ntrex", &ntrex, true), ("akimat", &akimat, false)] {
        for d in docs.iter() {
            let mut out = Vec::new();
            for p in &d.kk {
                one_side(p, Lang::Kk, &mut out);
            }
            for p in &d.ru {
                one_side(p, Lang::Ru, &mut out);
            }
            if pairs {
                for (k, r) in d.kk.iter().zip(&d.ru) {
                    pair(k, r, &mut out);
                }
            }
            for f in out {
                *tally.entry((f.check, f.severity)).or_insert(0) += 1;
                if f.severity == Severity::Error || verbose && f.severity == Severity::Warning {
                    listed.push(format!("{set}/{}: {}", d.name, show(&f)));
                }
            }
        }
    }
    println!("\n(a) findings per article on untouched texts");
    println!(
        "    (one-side checks over {} articles, pair checks over {} NTREX articles)",
        ntrex.len() + akimat.len(),
        ntrex.len()
    );
    for check in [
        CheckId::Lookalike,
        CheckId::Language,
        CheckId::Latin,
        CheckId::Untranslated,
        CheckId::Quotes,
    ] {
        let n = if matches!(check, CheckId::Lookalike | CheckId::Language) {
            ntrex.len() + akimat.len()
        } else {
            ntrex.len()
        } as f64;
        let get = |s| tally.get(&(check, s)).copied().unwrap_or(0);
        println!(
            "  {:<13} error {:>4} ({:.3}/article)  warning {:>4} ({:.3})  info {:>4} ({:.3})",
            check.as_str(),
            get(Severity::Error),
            get(Severity::Error) as f64 / n,
            get(Severity::Warning),
            get(Severity::Warning) as f64 / n,
            get(Severity::Info),
            get(Severity::Info) as f64 / n
        );
    }
    for l in &listed {
        println!("  - {l}");
    }

    // (b) Injected defects.
    println!("\n(b) injected defects found");
    let mut rng = Rng(20240601);
    let all: Vec<(&Doc, Lang)> = ntrex
        .iter()
        .chain(akimat.iter())
        .flat_map(|d| [(d, Lang::Kk), (d, Lang::Ru)])
        .collect();

    // 1. Latin look-alike letters typed into a Cyrillic word.
    let (mut tried, mut found) = (0usize, 0usize);
    for (d, lang) in &all {
        let paras = if *lang == Lang::Kk { &d.kk } else { &d.ru };
        for p in paras {
            let chars: Vec<(usize, char)> = p.text.char_indices().collect();
            let cands: Vec<usize> = (0..chars.len())
                .filter(|&i| {
                    let word_len = chars[..i]
                        .iter()
                        .rev()
                        .take_while(|(_, c)| c.is_alphabetic())
                        .count()
                        + chars[i..]
                            .iter()
                            .take_while(|(_, c)| c.is_alphabetic())
                            .count();
                    let whole_cyr = chars[..i]
                        .iter()
                        .rev()
                        .take_while(|(_, c)| c.is_alphabetic())
                        .chain(chars[i..].iter().take_while(|(_, c)| c.is_alphabetic()))
                        .all(|(_, c)| qostil::lang::is_cyrillic(*c));
                    word_len >= 3 && whole_cyr && latin_twin(chars[i].1, *lang).is_some()
                })
                .collect();
            if cands.is_empty() {
                continue;
            }
            let i = cands[rng.below(cands.len())];
            let (at, c) = chars[i];
            let mut text = p.text.clone();
            text.replace_range(at..at + c.len_utf8(), latin_twin(c, *lang).unwrap());
            let q = para(p.number, &text);
            let mut out = Vec::new();
            lookalike::check(&q, *lang, &Default::default(), &mut out);
            tried += 1;
            if out.iter().any(|f| {
                f.side(*lang)
                    .is_some_and(|e| e.marks.iter().any(|m| m.start == at))
            }) {
                found += 1;
            } else if verbose {
                println!("    missed lookalike: {text}");
            }
        }
    }
    println!(
        "  lookalike letter typed into a Cyrillic word: {found}/{tried} = {:.1}%",
        100.0 * found as f64 / tried.max(1) as f64
    );

    // 2. A paragraph left in the other language (NTREX beads).
    let mut rows = Vec::new();
    for (dir, lang) in [
        ("kk side holds the ru text", Lang::Kk),
        ("ru side holds the kk text", Lang::Ru),
    ] {
        let (mut tried, mut found, mut tried_long, mut found_long) = (0, 0, 0, 0);
        let (mut by_lang, mut by_untr) = (0, 0);
        for d in &ntrex {
            for (k, r) in d.kk.iter().zip(&d.ru) {
                let (kk, ru) = if lang == Lang::Kk {
                    (para(k.number, &r.text), r.clone())
                } else {
                    (k.clone(), para(r.number, &k.text))
                };
                let swapped = if lang == Lang::Kk { &kk } else { &ru };
                let mut out = Vec::new();
                language::check(swapped, lang, &Default::default(), &mut out);
                let l = out.iter().any(|f| f.severity >= Severity::Warning);
                out.clear();
                untranslated::check(&[&kk], &[&ru], &Default::default(), &mut out);
                let u = !out.is_empty();
                let long = swapped.text.split_whitespace().count() >= 5;
                tried += 1;
                tried_long += usize::from(long);
                by_lang += usize::from(l);
                by_untr += usize::from(u);
                if l || u {
                    found += 1;
                    found_long += usize::from(long);
                } else if verbose {
                    println!("    missed other-language: {}", swapped.text);
                }
            }
        }
        rows.push(format!(
            "  {dir}: {found}/{tried} = {:.1}% (paragraphs of 5+ words: {found_long}/{tried_long} = {:.1}%; language fired {by_lang}, untranslated fired {by_untr})",
            100.0 * found as f64 / tried as f64,
            100.0 * found_long as f64 / tried_long.max(1) as f64
        ));
    }
    for r in rows {
        println!("{r}");
    }

    // 3. A changed Latin token (one letter of a Latin word of 4+ letters present on
    //    both sides).
    let (mut tried, mut found) = (0usize, 0usize);
    for d in &ntrex {
        for (k, r) in d.kk.iter().zip(&d.ru) {
            let words_k: Vec<&str> = k
                .text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 4)
                .collect();
            let shared: Vec<&str> = words_k
                .into_iter()
                .filter(|w| {
                    r.text
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|x| x == *w)
                })
                .collect();
            if shared.is_empty() {
                continue;
            }
            let w = shared[rng.below(shared.len())];
            let pos = rng.below(w.len());
            let old = w.as_bytes()[pos];
            let mut new = b'a' + (rng.below(26) as u8);
            if new.eq_ignore_ascii_case(&old) {
                new = if new == b'z' { b'a' } else { new + 1 };
            }
            if old.is_ascii_uppercase() {
                new = new.to_ascii_uppercase();
            }
            let mut changed = w.as_bytes().to_vec();
            changed[pos] = new;
            let changed = String::from_utf8(changed).unwrap();
            // Change it on one side, alternately.
            let side_kk = rng.below(2) == 0;
            let replace_word = |text: &str| -> String {
                let mut out = String::new();
                let mut done = false;
                let mut last = 0;
                for (i, _) in text.match_indices(w) {
                    let before = text[..i].chars().next_back();
                    let after = text[i + w.len()..].chars().next();
                    if !done
                        && before.is_none_or(|c| !c.is_ascii_alphabetic())
                        && after.is_none_or(|c| !c.is_ascii_alphabetic())
                    {
                        out.push_str(&text[last..i]);
                        out.push_str(&changed);
                        last = i + w.len();
                        done = true;
                    }
                }
                out.push_str(&text[last..]);
                out
            };
            let (kk, ru) = if side_kk {
                (para(k.number, &replace_word(&k.text)), r.clone())
            } else {
                (k.clone(), para(r.number, &replace_word(&r.text)))
            };
            let mut out = Vec::new();
            latin::check(&[&kk], &[&ru], &Default::default(), &mut out);
            tried += 1;
            if out.iter().any(|f| f.severity == Severity::Error) {
                found += 1;
            } else if verbose {
                println!("    missed changed token: {w} -> {changed}");
            }
        }
    }
    println!(
        "  changed Latin token (error): {found}/{tried} = {:.1}%",
        100.0 * found as f64 / tried.max(1) as f64
    );
}

/// The Latin letter that imitates a Cyrillic one (for injection).
fn latin_twin(c: char, lang: Lang) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'е' => "e",
        'о' => "o",
        'р' => "p",
        'с' => "c",
        'х' => "x",
        'у' => "y",
        'і' if lang == Lang::Kk => "i",
        'А' => "A",
        'В' => "B",
        'Е' => "E",
        'К' => "K",
        'М' => "M",
        'Н' => "H",
        'О' => "O",
        'Р' => "P",
        'С' => "C",
        'Т' => "T",
        'Х' => "X",
        _ => return None,
    })
}
