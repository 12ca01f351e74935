//! Runs every check over one article: aligns the two versions, then runs the pair
//! checks on each bead and the one-side checks on each paragraph and version.

use super::config::ChecksConfig;
use super::glossary::{Glossary, PreparedGlossary};
use super::scan::letters::{self, Word};
use super::{
    credits, dates, empty, glossary, language, latin, length, lookalike, names, numbers,
    paragraphs, quotes, scan, untranslated, CheckId, Finding, Severity,
};
use crate::align::{self, LengthModel};
use crate::lang::Lang;
use crate::segment::Paragraph;

/// What the checks share across an archive: the thresholds and the glossary,
/// prepared once.
#[derive(Debug)]
pub struct Checker {
    pub config: ChecksConfig,
    pub glossary: PreparedGlossary,
}

impl Checker {
    pub fn new(config: ChecksConfig, glossary: &Glossary) -> Checker {
        Checker {
            config,
            glossary: glossary.prepare(),
        }
    }
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new(ChecksConfig::default(), &Glossary::default())
    }
}

/// One article's versions and what the checks need to know about it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleInput<'a> {
    pub kk: &'a [Paragraph],
    pub ru: &'a [Paragraph],
    /// The language of the original.
    pub source: Lang,
    /// The translator of the last `translated` entry of the ledger.
    pub translator: Option<&'a str>,
}

impl ArticleInput<'_> {
    fn side(&self, lang: Lang) -> &[Paragraph] {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }
}

/// Every finding of every check on one article, in paragraph order.
pub fn check_article(input: &ArticleInput, checker: &Checker) -> Vec<Finding> {
    let cfg = &checker.config;
    let on = |id: CheckId| !cfg.disable.contains(&id);
    let target = input.source.other();
    let alignment = align::align(input.kk, input.ru, &LengthModel::FITTED);
    let mut out = Vec::new();
    // The translator's credit line ("Перевод: …"), by the built-in labels: read
    // by the paragraphs check and (without configured labels) the credits check.
    let credit = (on(CheckId::Paragraphs) || on(CheckId::Credits))
        .then(|| credits::find_credit(input.side(target), &[]))
        .flatten();
    if on(CheckId::Paragraphs) {
        paragraphs::check(input.kk, input.ru, &alignment, &mut out);
        // The credit line exists only in the translation.
        if let Some(n) = credit.as_ref().map(|(i, _)| input.side(target)[*i].number) {
            out.retain(|f| {
                !(f.check == CheckId::Paragraphs
                    && f.side(input.source).is_none_or(|e| e.paragraph != n)
                    && f.side(target).is_some_and(|e| e.paragraph == n)
                    && is_only_target(f, target, n, &alignment))
            });
        }
    }
    // The words of every paragraph, read once for the checks that look at each.
    let read_words = [
        CheckId::Latin,
        CheckId::Untranslated,
        CheckId::Lookalike,
        CheckId::Language,
    ]
    .into_iter()
    .any(on);
    let words = |paras: &[Paragraph]| -> Vec<Vec<Word>> {
        if read_words {
            paras.iter().map(|p| letters::words(&p.text)).collect()
        } else {
            vec![Vec::new(); paras.len()]
        }
    };
    let (kk_words, ru_words) = (words(input.kk), words(input.ru));
    for bead in &alignment.beads {
        let (kk, kk_w) = bead_side(&bead.kk, input.kk, &kk_words);
        let (ru, ru_w) = bead_side(&bead.ru, input.ru, &ru_words);
        if kk.is_empty() || ru.is_empty() {
            continue;
        }
        if on(CheckId::Numbers) || on(CheckId::Dates) {
            // Both read the same tokens and dates: made once.
            let scans = [
                scan::dates::scan_side(&kk, Lang::Kk),
                scan::dates::scan_side(&ru, Lang::Ru),
            ];
            if on(CheckId::Numbers) {
                numbers::check_scanned(&kk, &ru, &scans, &cfg.numbers, &mut out);
            }
            if on(CheckId::Dates) {
                dates::check_scanned(&kk, &ru, &scans, &cfg.dates, &mut out);
            }
        }
        if on(CheckId::Latin) {
            latin::check_words(&kk, &ru, [&kk_w, &ru_w], &cfg.latin, &mut out);
        }
        if on(CheckId::Names) {
            names::check(&kk, &ru, &cfg.names, &mut out);
        }
        if on(CheckId::Untranslated) {
            let words = Some([kk_w.as_slice(), ru_w.as_slice()]);
            untranslated::check_words(&kk, &ru, words, &cfg.untranslated, &mut out);
        }
        if on(CheckId::Quotes) {
            quotes::check(&kk, &ru, &cfg.quotes, &mut out);
        }
        if on(CheckId::Length) {
            length::check(&kk, &ru, &LengthModel::FITTED, &cfg.length, &mut out);
        }
        if on(CheckId::Glossary) && !checker.glossary.is_empty() {
            glossary::check_prepared(&kk, &ru, &checker.glossary, &cfg.glossary, &mut out);
        }
    }
    for lang in Lang::ALL {
        let paras = input.side(lang);
        if on(CheckId::Empty) {
            empty::check(paras, lang, &cfg.empty, &mut out);
        }
        let words = match lang {
            Lang::Kk => &kk_words,
            Lang::Ru => &ru_words,
        };
        for (p, words) in paras.iter().zip(words) {
            if on(CheckId::Lookalike) {
                lookalike::check_words(p, words, lang, &cfg.lookalike, &mut out);
            }
            if on(CheckId::Language) {
                language::check_words(p, words, lang, &cfg.language, &mut out);
            }
        }
    }
    if on(CheckId::Credits) {
        let found = if cfg.credits.labels.is_empty() {
            credit
        } else {
            credits::find_credit(input.side(target), &cfg.credits.labels)
        };
        credits::check_found(
            input.side(target),
            target,
            input.translator,
            &cfg.credits,
            found,
            &mut out,
        );
    }
    sort(&mut out, input.source);
    out
}

/// The paragraphs of one side of a bead (numbered from 1), with their words.
fn bead_side<'p>(
    numbers: &[usize],
    paras: &'p [Paragraph],
    words: &'p [Vec<Word>],
) -> (Vec<&'p Paragraph>, Vec<&'p [Word]>) {
    numbers
        .iter()
        .filter_map(|n| {
            let i = n.checked_sub(1)?;
            Some((paras.get(i)?, words.get(i)?.as_slice()))
        })
        .unzip()
}

/// Whether paragraph `n` of the translation stands alone in its bead.
fn is_only_target(_f: &Finding, target: Lang, n: usize, alignment: &align::Alignment) -> bool {
    alignment.beads.iter().any(|b| {
        let (src, tgt) = if target == Lang::Ru {
            (&b.kk, &b.ru)
        } else {
            (&b.ru, &b.kk)
        };
        src.is_empty() && tgt.as_slice() == [n]
    })
}

/// Orders findings by the paragraph they concern (the original's number first),
/// then by check, keeping each check's own order.
fn sort(findings: &mut [Finding], source: Lang) {
    let key = |f: &Finding| {
        let first = f
            .side(source)
            .or(f.side(source.other()))
            .map_or(0, |e| e.paragraph);
        (first, f.check)
    };
    findings.sort_by_key(key);
}

/// Keeps findings at or above a severity.
pub fn at_least(findings: Vec<Finding>, min: Severity) -> Vec<Finding> {
    findings.into_iter().filter(|f| f.severity >= min).collect()
}
