//! Measures the names check on the NTREX kk/ru documents of the shared corpus.
//!
//! `cargo run --release --example names_eval [-- CORPUS_DIR [--verbose]]`
//! (CORPUS_DIR defaults to `../shared/corpus`).
//!
//! (a) Findings per article at each severity over the untouched documents (every
//!     error is printed: on clean data each one is a false alarm or a real
//!     inconsistency of the translations).
//! (b) "A changed name" injected into clean segment pairs: one occurrence of a name
//!     present on both sides is replaced, on one side, by another real name of the
//!     corpus, or has one letter changed. A defect counts as found when a names
//!     finding of that segment pair marks the changed word or its counterpart.
#![allow(clippy::print_stdout)]

use qostil::align::fold_letter;
use qostil::checks::names::{check, NamesConfig};
use qostil::checks::{Finding, Severity};
use qostil::segment::{segment, Paragraph};
use std::path::{Path, PathBuf};

fn head(word: &str) -> String {
    word.chars().take(4).map(fold_letter).collect()
}

/// Capitalised Cyrillic words (byte ranges), not the first word of the paragraph.
fn cap_words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut first = true;
    while let Some((i, c)) = it.next() {
        if !c.is_alphabetic() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphabetic() {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        let w = &text[i..end];
        let cyr = w.chars().all(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        let lower_rest = w.chars().skip(1).all(char::is_lowercase);
        let prev = text[..i].trim_end().chars().last();
        let after_stop = matches!(
            prev,
            Some('.' | '!' | '?' | ':' | '«' | '“' | '"' | '—' | '–')
        );
        if !first && !after_stop && c.is_uppercase() && cyr && lower_rest && w.chars().count() >= 4
        {
            out.push((i, end));
        }
        first = false;
    }
    out
}

/// Document, segment pair, byte range of the name in kk, in ru.
type Site = (usize, usize, (usize, usize), (usize, usize));

struct Doc {
    kk: Vec<Paragraph>,
    ru: Vec<Paragraph>,
}

fn load(dir: &Path) -> Vec<(String, Doc)> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus docs dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("kk.txt").exists())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| {
            let read = |f: &str| std::fs::read_to_string(d.join(f)).expect("read");
            let name = d.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                Doc {
                    kk: segment(&read("kk.txt")),
                    ru: segment(&read("ru.txt")),
                },
            )
        })
        .collect()
}

fn run(kk: &Paragraph, ru: &Paragraph, cfg: &NamesConfig) -> Vec<Finding> {
    let mut out = Vec::new();
    check(&[kk], &[ru], cfg, &mut out);
    out
}

fn reparse(p: &Paragraph, text: String) -> Paragraph {
    let mut q = segment(&text)
        .into_iter()
        .next()
        .unwrap_or_else(|| p.clone());
    q.number = p.number;
    q
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn overlaps(f: &Finding, kk_range: (usize, usize), ru_range: (usize, usize)) -> bool {
    let hit = |e: &Option<qostil::checks::Evidence>, r: (usize, usize)| {
        e.as_ref()
            .is_some_and(|e| e.marks.iter().any(|m| m.start < r.1 && r.0 < m.end))
    };
    hit(&f.kk, kk_range) || hit(&f.ru, ru_range)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let root = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| {
            [
                "../shared/corpus",
                "../../shared/corpus",
                "/work/shared/corpus",
            ]
            .iter()
            .find(|p| Path::new(p).exists())
            .map_or_else(|| "../shared/corpus".into(), |p| p.to_string())
        });
    let docs = load(&Path::new(&root).join("ntrex128/docs"));
    let cfg = NamesConfig::default();

    // (a) clean data.
    let (mut e, mut w, mut i) = (0usize, 0usize, 0usize);
    for (name, d) in &docs {
        for (k, r) in d.kk.iter().zip(&d.ru) {
            for f in run(k, r, &cfg) {
                match f.severity {
                    Severity::Error => {
                        e += 1;
                        println!("ERROR {name} ¶{}: {:?}", k.number, f.message.args);
                        println!("   kk: {}\n   ru: {}", k.text, r.text);
                    }
                    Severity::Warning => {
                        w += 1;
                        if verbose {
                            println!(
                                "warn {name} ¶{}: {} {:?}",
                                k.number, f.message.id, f.message.args
                            );
                        }
                    }
                    Severity::Info => i += 1,
                }
            }
        }
    }
    let n = docs.len() as f64;
    println!(
        "(a) {} articles: error {:.3}/article ({e}), warning {:.3}/article ({w}), info {:.3}/article ({i})",
        docs.len(),
        e as f64 / n,
        w as f64 / n,
        i as f64 / n
    );

    // Name pools: words present capitalised on both sides of some segment pair.
    let mut sites: Vec<Site> = Vec::new();
    let mut pool_kk: Vec<String> = Vec::new();
    let mut pool_ru: Vec<String> = Vec::new();
    for (di, (_, d)) in docs.iter().enumerate() {
        for (pi, (k, r)) in d.kk.iter().zip(&d.ru).enumerate() {
            let kw = cap_words(&k.text);
            let rw = cap_words(&r.text);
            for &rr in &rw {
                let h = head(&r.text[rr.0..rr.1]);
                if let Some(&kr) = kw.iter().find(|kr| head(&k.text[kr.0..kr.1]) == h) {
                    sites.push((di, pi, kr, rr));
                    pool_kk.push(k.text[kr.0..kr.1].to_string());
                    pool_ru.push(r.text[rr.0..rr.1].to_string());
                }
            }
        }
    }
    pool_kk.sort();
    pool_kk.dedup();
    pool_ru.sort();
    pool_ru.dedup();

    const VOWELS: &[char] = &['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я'];
    const CONS: &[char] = &[
        'б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ц', 'ч',
        'ш',
    ];
    let mut rng = Rng(0x5eed);
    for mode in ["replace", "one-letter", "one-letter-stem"] {
        let (mut tried, mut any, mut err) = (0usize, 0usize, 0usize);
        for (s, &(di, pi, kr, rr)) in sites.iter().enumerate() {
            let d = &docs[di].1;
            let (k, r) = (&d.kk[pi], &d.ru[pi]);
            let on_ru = s % 2 == 0;
            let (text, range) = if on_ru { (&r.text, rr) } else { (&k.text, kr) };
            let old = &text[range.0..range.1];
            let new: String = if mode == "replace" {
                let pool = if on_ru { &pool_ru } else { &pool_kk };
                let mut tries = 0;
                loop {
                    let cand = &pool[rng.pick(pool.len())];
                    tries += 1;
                    let h = head(cand);
                    if (h != head(old)
                        && !k
                            .text
                            .chars()
                            .map(fold_letter)
                            .collect::<String>()
                            .contains(&h)
                        && !r
                            .text
                            .chars()
                            .map(fold_letter)
                            .collect::<String>()
                            .contains(&h))
                        || tries > 50
                    {
                        break cand.clone();
                    }
                }
            } else {
                let chars: Vec<char> = old.chars().collect();
                // "one-letter": any letter but the first; "one-letter-stem": not in
                // the last two letters, where Russian endings and Kazakh suffixes
                // live (a changed ending is grammar, not another name).
                let span = if mode == "one-letter" {
                    chars.len() - 1
                } else {
                    chars.len() - 3
                };
                let pos = 1 + rng.pick(span.max(1));
                let c = chars[pos].to_lowercase().next().unwrap_or(chars[pos]);
                let set = if VOWELS.contains(&fold_letter(c)) {
                    VOWELS
                } else {
                    CONS
                };
                let mut nc;
                loop {
                    nc = set[rng.pick(set.len())];
                    // Skip replacements the check reads as the same spelling
                    // (Kazakh қ may be Russian к or х, е and э alternate).
                    let same = matches!((c, nc), ('қ', 'х') | ('е', 'э') | ('э', 'е'));
                    if fold_letter(nc) != fold_letter(c) && !same {
                        break;
                    }
                }
                chars
                    .iter()
                    .enumerate()
                    .map(|(i, &x)| if i == pos { nc } else { x })
                    .collect()
            };
            let mut t = text.clone();
            t.replace_range(range.0..range.1, &new);
            let new_range = (range.0, range.0 + new.len());
            let (k2, r2, kr2, rr2) = if on_ru {
                (k.clone(), reparse(r, t), kr, new_range)
            } else {
                (reparse(k, t), r.clone(), new_range, rr)
            };
            tried += 1;
            let found: Vec<Finding> = run(&k2, &r2, &cfg)
                .into_iter()
                .filter(|f| overlaps(f, kr2, rr2))
                .collect();
            if !found.is_empty() {
                any += 1;
            } else if verbose {
                println!(
                    "MISS {mode} {}: {old} -> {new}\n   kk: {}\n   ru: {}",
                    docs[di].0, k2.text, r2.text
                );
            }
            if found.iter().any(|f| f.severity == Severity::Error) {
                err += 1;
            }
        }
        println!(
            "(b) {mode}: {tried} injected, found at any severity {any} ({:.1}%), at error {err} ({:.1}%)",
            100.0 * any as f64 / tried.max(1) as f64,
            100.0 * err as f64 / tried.max(1) as f64
        );
    }
}
