//! Generates a large signed qostil archive for benchmarking `qostil status`.
//!
//! ```text
//! cargo run --release --example gen_archive -- DIR N [--edited PERCENT] [--corpus TSV]
//! ```
//!
//! Writes `DIR/qostil.toml` and N articles `DIR/articles/<year>/<0000123>/`, each with
//! `article.toml`, `kk.md`, `ru.md` (about 10 paragraphs, about 10 KB each), a
//! `ledger.toml` with a claim, a `translated` sign-off and, for half of them, an
//! approval, and the signed texts in `history/`. PERCENT (default 10) of the articles
//! are then edited after sign-off: one paragraph of the original (→ stale) or of the
//! translation (→ edited) changes by a number or a word.
//!
//! The texts are real sentences of the NTREX kk/ru corpus (CC BY-SA 4.0, see
//! `../shared/corpus/README.md` beside the crate), shuffled deterministically per article; the kk and
//! ru paragraphs are made of the same sentence pairs, so the versions correspond.
//!
//! Everything that fixes the format comes from the library: `Meta::render`,
//! `segment::segment` (paragraph fingerprints), `snapshots::text_hash` and
//! `snapshots::path` (stored texts), `ledger::render` (entries) and the header that
//! `ledger::append` writes. Only the file writes are plain `std::fs::write`: the
//! library's writers flush every file to disk (about 7 ms each here), which would
//! make a 100k archive take an hour. Every ledger written is parsed back with
//! `ledger::parse`.
//!
//! If DIR already holds an archive generated with the same N and PERCENT (see
//! `DIR/.bench-archive`), nothing is done. A DIR that exists without that marker is
//! refused rather than overwritten.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/rng.rs"]
mod rng;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use qostil::lang::Lang;
use qostil::segment;
use qostil::store::article::Meta;
use qostil::store::ledger::{self, Action, Entry, VersionPrint};
use qostil::store::snapshots;
use qostil::workflow::record::correspond;
use rayon::prelude::*;
use rng::Rng;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const MARKER: &str = ".bench-archive";
const TRANSLATORS: [&str; 2] = ["Дамир Омаров", "Айгерім Сапарова"];
const EDITORS: [&str; 2] = ["Ерлан Жақсылықов", "Мария Ким"];
const SECTIONS: [&str; 4] = ["world", "society", "economy", "region"];
/// Paragraphs per version (the title comes on top).
const PARAGRAPHS: usize = 10;
/// Bytes of kk text per paragraph, about: 10 paragraphs make about 10 KB.
const PARAGRAPH_BYTES: usize = 950;

struct Options {
    dir: PathBuf,
    n: usize,
    edited_percent: u64,
    corpus: PathBuf,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_archive: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse_args() -> Result<Options, String> {
    let usage = "usage: gen_archive DIR N [--edited PERCENT] [--corpus TSV]";
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let n: usize = args
        .next()
        .ok_or(usage)?
        .replace('_', "")
        .parse()
        .map_err(|_| usage)?;
    let mut opts = Options {
        dir,
        n,
        edited_percent: 10,
        corpus: corpus::default_dir().join("ntrex128/ntrex128_kk_ru.tsv"),
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(usage)?;
        match flag.as_str() {
            "--edited" => opts.edited_percent = value.parse().map_err(|_| usage)?,
            "--corpus" => opts.corpus = PathBuf::from(value),
            _ => return Err(usage.into()),
        }
    }
    if opts.edited_percent > 100 {
        return Err("--edited takes a percentage, 0 to 100".into());
    }
    Ok(opts)
}

fn run() -> Result<(), String> {
    let opts = parse_args()?;
    let marker_text = format!(
        "generator = 2\nn = {}\nedited-percent = {}\n",
        opts.n, opts.edited_percent
    );
    let marker = opts.dir.join(MARKER);
    if opts.dir.exists() {
        match std::fs::read_to_string(&marker) {
            Ok(m) if m == marker_text => {
                println!(
                    "{}: already holds {} articles ({}% edited); reusing it",
                    opts.dir.display(),
                    opts.n,
                    opts.edited_percent
                );
                return Ok(());
            }
            Ok(_) => {
                return Err(format!(
                    "{} holds a generated archive of another size or generator; delete it first",
                    opts.dir.display()
                ))
            }
            Err(_) if dir_is_empty(&opts.dir) => {}
            Err(_) => {
                return Err(format!(
                    "{} exists and is not a generated archive; refusing to write into it",
                    opts.dir.display()
                ))
            }
        }
    }
    let pairs = load_corpus(&opts.corpus)?;
    let started = Instant::now();
    std::fs::create_dir_all(opts.dir.join("articles")).map_err(|e| e.to_string())?;
    std::fs::write(opts.dir.join("qostil.toml"), settings_text()).map_err(|e| e.to_string())?;
    let header = ledger_header(&opts.dir)?;

    let done = AtomicUsize::new(0);
    let step = (opts.n / 20).max(1);
    let counts = (0..opts.n)
        .into_par_iter()
        .map(|i| {
            let r = write_article(&opts, &pairs, &header, i);
            let d = done.fetch_add(1, Ordering::Relaxed) + 1;
            if d % step == 0 {
                eprintln!(
                    "  {d}/{} articles, {:.1} s",
                    opts.n,
                    started.elapsed().as_secs_f64()
                );
            }
            r
        })
        .try_fold(Counts::default, |mut acc, r| {
            acc.add(r?);
            Ok::<_, String>(acc)
        })
        .try_reduce(Counts::default, |mut a, b| {
            a.merge(&b);
            Ok(a)
        })?;
    std::fs::write(&marker, marker_text).map_err(|e| e.to_string())?;
    println!(
        "generated {} articles in {:.1} s into {}: {} approved, {} stale, {} edited, {:.1} MB of kk/ru text",
        opts.n,
        started.elapsed().as_secs_f64(),
        opts.dir.display(),
        counts.approved,
        counts.stale,
        counts.edited,
        counts.bytes as f64 / 1e6
    );
    Ok(())
}

fn dir_is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

#[derive(Default)]
struct Counts {
    approved: usize,
    stale: usize,
    edited: usize,
    bytes: usize,
}

impl Counts {
    fn add(&mut self, a: Made) {
        self.approved += usize::from(a.approved);
        self.stale += usize::from(a.edit == Some(Edit::Original));
        self.edited += usize::from(a.edit == Some(Edit::Translation));
        self.bytes += a.bytes;
    }
    fn merge(&mut self, o: &Counts) {
        self.approved += o.approved;
        self.stale += o.stale;
        self.edited += o.edited;
        self.bytes += o.bytes;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edit {
    Original,
    Translation,
}

struct Made {
    approved: bool,
    edit: Option<Edit>,
    bytes: usize,
}

fn settings_text() -> String {
    let mut s = String::from("# Generated by examples/gen_archive.rs for benchmarks.\n");
    for t in TRANSLATORS {
        s.push_str(&format!(
            "\n[[member]]\nname = \"{t}\"\nroles = [\"translator\"]\n"
        ));
    }
    for e in EDITORS {
        s.push_str(&format!(
            "\n[[member]]\nname = \"{e}\"\nroles = [\"editor\"]\n"
        ));
    }
    s
}

/// The header `ledger::append` writes at the top of a new ledger, taken from a real
/// append into a scratch file.
fn ledger_header(dir: &Path) -> Result<String, String> {
    let scratch = dir.join(".ledger-header.toml");
    let entry = Entry {
        at: kz().with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        by: TRANSLATORS[0].into(),
        action: Action::Note,
        lang: Lang::Ru,
        note: None,
        adopt: false,
        kk: VersionPrint::default(),
        ru: VersionPrint::default(),
        pairs: Vec::new(),
        refers: None,
        unchanged: false,
        prints: None,
        line: 0,
        id: String::new(),
    };
    ledger::append(&scratch, &entry).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&scratch).map_err(|e| e.to_string())?;
    std::fs::remove_file(&scratch).map_err(|e| e.to_string())?;
    let end = text
        .find("\n[[entry]]")
        .ok_or("ledger::append wrote no [[entry]]")?;
    Ok(text[..end].to_string())
}

fn load_corpus(path: &Path) -> Result<Vec<(String, String)>, String> {
    let pairs = corpus::read_tsv(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if pairs.len() < 100 {
        return Err(format!("{}: too few kk<TAB>ru lines", path.display()));
    }
    Ok(pairs)
}

fn kz() -> FixedOffset {
    FixedOffset::east_opt(5 * 3600).unwrap()
}

/// Both versions of an article: a title, then paragraphs of three to six sentence
/// pairs until the kk paragraph holds about `PARAGRAPH_BYTES`.
fn compose(pairs: &[(String, String)], rng: &mut Rng) -> (String, String) {
    let title = loop {
        let p = &pairs[rng.below(pairs.len())];
        if p.0.len() < 200 {
            break p;
        }
    };
    let mut kk = format!("# {}\n", title.0.trim_end_matches('.'));
    let mut ru = format!("# {}\n", title.1.trim_end_matches('.'));
    for _ in 0..PARAGRAPHS {
        let (mut pk, mut pr) = (String::new(), String::new());
        while pk.len() < PARAGRAPH_BYTES {
            let (k, r) = &pairs[rng.below(pairs.len())];
            for (buf, s) in [(&mut pk, k), (&mut pr, r)] {
                if !buf.is_empty() {
                    buf.push(' ');
                }
                buf.push_str(s);
            }
        }
        kk.push('\n');
        kk.push_str(&pk);
        kk.push('\n');
        ru.push('\n');
        ru.push_str(&pr);
        ru.push('\n');
    }
    (kk, ru)
}

/// Changes one paragraph (not the title) of a version by a number or a word.
fn edit_text(text: &str, lang: Lang, rng: &mut Rng) -> String {
    let blocks: Vec<&str> = text.split("\n\n").collect();
    let which = 1 + rng.below(blocks.len() - 1);
    let block = blocks[which];
    let changed = if let Some(pos) = block.find(|c: char| c.is_ascii_digit()) {
        // A number changed: its first digit goes up by one.
        let d = block.as_bytes()[pos] - b'0';
        let mut s = block.to_string();
        s.replace_range(pos..pos + 1, &((d + 1) % 10).to_string());
        s
    } else {
        // A word added after the paragraph's first word.
        let word = match lang {
            Lang::Kk => "шамамен",
            Lang::Ru => "примерно",
        };
        match block.split_once(' ') {
            Some((first, rest)) => format!("{first} {word} {rest}"),
            None => format!("{block} {word}"),
        }
    };
    let mut out: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
    out[which] = changed;
    out.join("\n\n")
}

fn print_of(text: &str) -> (VersionPrint, Vec<segment::Paragraph>) {
    let paragraphs = segment::segment(text);
    let print = VersionPrint {
        text: Some(snapshots::text_hash(text)),
        paragraphs: paragraphs.iter().map(|p| p.fingerprint.clone()).collect(),
    };
    (print, paragraphs)
}

fn write_article(
    opts: &Options,
    pairs: &[(String, String)],
    header: &str,
    i: usize,
) -> Result<Made, String> {
    let mut rng = Rng::new(0x7153_7469_6C00_0000 ^ i as u64);
    // Years 2016–2026, oldest articles first; dates spread over each year, the
    // last one up to October (generator 1 went on to December 2026, which
    // `status` rightly reports as ledger entries dated in the future once
    // December has begun).
    let year = 2016 + (i * 11 / opts.n.max(1)) as i32;
    let days = if year == 2026 { 304 } else { 365 };
    let date = NaiveDate::from_yo_opt(year, 1 + rng.below(days) as u32).unwrap();
    let id = format!("{year}/{i:07}");
    let dir = opts.dir.join("articles").join(&id);
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());

    let source = if rng.below(2) == 0 {
        Lang::Kk
    } else {
        Lang::Ru
    };
    let target = source.other();
    let translator = TRANSLATORS[usize::from(source == Lang::Ru)];
    let editor = EDITORS[rng.below(EDITORS.len())];
    let (kk, ru) = compose(pairs, &mut rng);
    let signed = |lang: Lang| if lang == Lang::Kk { &kk } else { &ru };

    std::fs::create_dir_all(dir.join(snapshots::DIR)).map_err(|e| io(&dir, e))?;
    let mut credits = BTreeMap::new();
    credits.insert("author".to_string(), "Kazinform".to_string());
    credits.insert("translator".to_string(), translator.to_string());
    let meta = Meta {
        source,
        date,
        section: Some(SECTIONS[rng.below(SECTIONS.len())].to_string()),
        credits,
    };
    let meta_path = dir.join(qostil::store::article::META_FILE);
    std::fs::write(&meta_path, meta.render()).map_err(|e| io(&meta_path, e))?;

    // The signed texts, stored as `snapshots::store` would store them.
    let (kk_print, kk_pars) = print_of(&kk);
    let (ru_print, ru_pars) = print_of(&ru);
    for (lang, print) in [(Lang::Kk, &kk_print), (Lang::Ru, &ru_print)] {
        let hash = print.text.as_deref().unwrap();
        let p = snapshots::path(&dir, lang, hash);
        std::fs::write(&p, signed(lang)).map_err(|e| io(&p, e))?;
    }
    let pairs_signed: Vec<String> =
        correspond(&kk_pars, &ru_pars, qostil::align::WordTable::embedded())
            .iter()
            .map(|(k, r)| ledger::format_bead(k, r))
            .collect();
    let print = |lang: Lang| {
        if lang == Lang::Kk {
            &kk_print
        } else {
            &ru_print
        }
    };

    // The ledger: claimed at 9–11, translated 3–6 hours later, approved by an editor
    // (half of the articles) one or two hours after that.
    let start = kz()
        .from_local_datetime(&date.and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
        + Duration::minutes(rng.below(120) as i64);
    let claimed_at = start;
    let translated_at = start + Duration::minutes(180 + rng.below(180) as i64);
    let approved_at = translated_at + Duration::minutes(60 + rng.below(60) as i64);
    let approved = rng.below(2) == 0;
    let mut claim_prints = [VersionPrint::default(), VersionPrint::default()];
    claim_prints[usize::from(source == Lang::Ru)] = print(source).clone();
    let [claim_kk, claim_ru] = claim_prints;
    let mut entries = vec![entry(
        claimed_at,
        translator,
        Action::Claimed,
        target,
        None,
        (claim_kk, claim_ru),
        Vec::new(),
    )];
    let note = (rng.below(3) == 0).then(|| match target {
        Lang::Kk => "Аударма дайын.".to_string(),
        Lang::Ru => "Перевод готов, имена сверил.".to_string(),
    });
    entries.push(entry(
        translated_at,
        translator,
        Action::Translated,
        target,
        note,
        (kk_print.clone(), ru_print.clone()),
        pairs_signed.clone(),
    ));
    if approved {
        entries.push(entry(
            approved_at,
            editor,
            Action::Approved,
            target,
            None,
            (kk_print.clone(), ru_print.clone()),
            pairs_signed,
        ));
    }
    let mut ledger_text = header.to_string();
    for (n, e) in entries.iter().enumerate() {
        let hash = blake3::hash(format!("{id}#{n}").as_bytes());
        let entry_id = &segment::hex16(hash.as_bytes())[..12];
        ledger_text.push_str(&ledger::render(e, entry_id));
    }
    let ledger_path = dir.join(ledger::FILE_NAME);
    ledger::parse(&ledger_path, &ledger_text).map_err(|e| e.to_string())?;
    std::fs::write(&ledger_path, &ledger_text).map_err(|e| io(&ledger_path, e))?;

    // The versions as they stand now: edited after sign-off for some articles.
    let edit = (rng.below(100) < opts.edited_percent as usize).then(|| {
        if rng.below(2) == 0 {
            Edit::Original
        } else {
            Edit::Translation
        }
    });
    let mut now = [kk.clone(), ru.clone()];
    if let Some(edit) = edit {
        let lang = match edit {
            Edit::Original => source,
            Edit::Translation => target,
        };
        let k = usize::from(lang == Lang::Ru);
        now[k] = edit_text(&now[k], lang, &mut rng);
    }
    let mut bytes = 0;
    for (lang, text) in Lang::ALL.into_iter().zip(&now) {
        let p = dir.join(lang.file_name());
        std::fs::write(&p, text).map_err(|e| io(&p, e))?;
        bytes += text.len();
    }
    Ok(Made {
        approved,
        edit,
        bytes,
    })
}

fn entry(
    at: DateTime<FixedOffset>,
    by: &str,
    action: Action,
    lang: Lang,
    note: Option<String>,
    (kk, ru): (VersionPrint, VersionPrint),
    pairs: Vec<String>,
) -> Entry {
    Entry {
        at,
        by: by.to_string(),
        action,
        lang,
        note,
        adopt: false,
        kk,
        ru,
        pairs,
        refers: None,
        unchanged: false,
        prints: None,
        line: 0,
        id: String::new(),
    }
}
