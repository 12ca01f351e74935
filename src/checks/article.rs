//! Runs every check over one article: aligns the two versions, then runs the pair
//! checks on each bead and the one-side checks on each paragraph.

use super::{
    language, latin, length, lookalike, paragraphs, quotes, untranslated, CheckId, Finding,
    Severity,
};
use crate::align::{self, Alignment, LengthModel};
use crate::article::{Article, Version};
use crate::error::Result;
use crate::lang::Lang;
use crate::ledger;
use crate::segment::{segment, Paragraph};
use crate::state::History;
use serde::Deserialize;

/// The thresholds of every check: `[checks.<id>]` tables in `qostil.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChecksConfig {
    /// Check ids to leave out entirely.
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub length: length::LengthConfig,
    #[serde(default)]
    pub lookalike: lookalike::LookalikeConfig,
    #[serde(default)]
    pub language: language::LanguageConfig,
    #[serde(default)]
    pub latin: latin::LatinConfig,
    #[serde(default)]
    pub untranslated: untranslated::UntranslatedConfig,
    #[serde(default)]
    pub quotes: quotes::QuotesConfig,
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

/// Every finding of every check on one article, in paragraph order.
pub fn check_article(input: &ArticleInput, cfg: &ChecksConfig) -> Vec<Finding> {
    let on = |id: CheckId| !cfg.disable.iter().any(|d| d == id.as_str());
    let alignment: Alignment = align::align(input.kk, input.ru, &LengthModel::FITTED);
    let mut out = Vec::new();
    if on(CheckId::Paragraphs) {
        paragraphs::check(input.kk, input.ru, &alignment, &mut out);
    }
    for bead in &alignment.beads {
        let kk: Vec<&Paragraph> = bead.kk.iter().filter_map(|n| input.kk.get(n - 1)).collect();
        let ru: Vec<&Paragraph> = bead.ru.iter().filter_map(|n| input.ru.get(n - 1)).collect();
        if kk.is_empty() || ru.is_empty() {
            continue;
        }
        if on(CheckId::Latin) {
            latin::check(&kk, &ru, &cfg.latin, &mut out);
        }
        if on(CheckId::Untranslated) {
            untranslated::check(&kk, &ru, &cfg.untranslated, &mut out);
        }
        if on(CheckId::Quotes) {
            quotes::check(&kk, &ru, &cfg.quotes, &mut out);
        }
        if on(CheckId::Length) {
            length::check(&kk, &ru, &LengthModel::FITTED, &cfg.length, &mut out);
        }
    }
    for (lang, paras) in [(Lang::Kk, input.kk), (Lang::Ru, input.ru)] {
        for p in paras {
            if on(CheckId::Lookalike) {
                lookalike::check(p, lang, &cfg.lookalike, &mut out);
            }
            if on(CheckId::Language) {
                language::check(p, lang, &cfg.language, &mut out);
            }
        }
    }
    sort(&mut out, input.source);
    out
}

/// Reads an article's versions and ledger and runs every check. An article without
/// a translation has nothing to compare and no findings.
pub fn check_files(article: &Article, cfg: &ChecksConfig) -> Result<Vec<Finding>> {
    let source = article.read_original()?;
    let Version::Text(target) = article.read_version(article.meta.target())? else {
        return Ok(Vec::new());
    };
    let entries = ledger::read(&article.dir.join(ledger::FILE_NAME))?;
    let translator = History::of(&entries).translation.map(|e| e.by.as_str());
    let source_paras = segment(&source);
    let target_paras = segment(&target);
    let (kk, ru) = match article.meta.source {
        Lang::Kk => (&source_paras, &target_paras),
        Lang::Ru => (&target_paras, &source_paras),
    };
    let input = ArticleInput {
        kk,
        ru,
        source: article.meta.source,
        translator,
    };
    Ok(check_article(&input, cfg))
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
