//! What the checks need from the archive, read once: the checker (thresholds and
//! glossary) and, per article, both versions segmented and the translator named by
//! the ledger. The checks themselves ([`crate::checks`]) never touch a file.

use crate::align::WordTable;
use crate::checks::glossary::Glossary;
use crate::checks::runner::{check_article, ArticleInput, Checker};
use crate::checks::{CheckId, Finding};
use crate::error::Result;
use crate::lang::Lang;
use crate::segment::segment_unprinted;
use crate::store::archive::{Archive, GLOSSARY_FILE};
use crate::store::article::{Article, Version};
use crate::store::files;
use crate::store::ledger;
use crate::workflow::state::History;
use std::path::PathBuf;

/// The checks, with the archive's thresholds, its `glossary.toml` (optional) and
/// the word table learned from its approved articles (learned again if the cache
/// is stale: for the commands over the whole archive).
pub fn checker(archive: &Archive, found: &[(String, PathBuf)]) -> Result<Checker> {
    Ok(base_checker(archive)?.with_words(crate::workflow::learned::word_table(archive, found)))
}

/// [`checker`] with the cached word table as it is, never learned again: for the
/// commands on one article.
pub fn checker_for_one(archive: &Archive) -> Result<Checker> {
    Ok(base_checker(archive)?.with_words(crate::workflow::learned::cached_word_table(archive)))
}

fn base_checker(archive: &Archive) -> Result<Checker> {
    let path = archive.root.join(GLOSSARY_FILE);
    let glossary: Glossary = match files::read_text(&path)? {
        Some(text) => files::parse_toml(&path, &text)?,
        None => Glossary::default(),
    };
    let checks = &archive.settings.checks;
    Ok(Checker::new(checks.clone(), &glossary))
}

/// Reads an article's versions and ledger and runs every check, leaving out the
/// findings an editor accepted (see [`check_files_split`]).
pub fn check_files(article: &Article, checker: &Checker, now: ledger::Now) -> Result<Vec<Finding>> {
    Ok(check_files_split(article, checker, now)?.0)
}

/// The key of a finding as `accept` records it: the check and the hash of each
/// paragraph it quotes. While both paragraphs are unchanged the key is the same;
/// when either changes, the finding is new and reported again.
pub fn finding_key(f: &Finding) -> String {
    let side = |e: &Option<crate::checks::Evidence>| {
        e.as_ref().map_or_else(
            || "-".to_string(),
            |e| crate::store::snapshots::text_hash(&e.text),
        )
    };
    format!("{}:{}:{}", f.check.as_str(), side(&f.kk), side(&f.ru))
}

/// Reads an article's versions and ledger and runs every check: the findings to
/// report, and those an editor accepted (not revoked) while the paragraphs they
/// quote are unchanged. An article without a translation has nothing to compare:
/// one `missing-translation` finding, at info level, says it was not checked.
/// The ledger is seen at `now` (which translator signed last).
pub fn check_files_split(
    article: &Article,
    checker: &Checker,
    now: ledger::Now,
) -> Result<(Vec<Finding>, Vec<Finding>)> {
    let source = article.read_original()?;
    let Version::Text(target) = article.read_version(article.meta.target())? else {
        return Ok((
            vec![Finding {
                check: CheckId::MissingTranslation,
                severity: crate::checks::Severity::Info,
                kk: None,
                ru: None,
                message: crate::checks::Message::new("missing-translation-none")
                    .str("lang", article.meta.target().code()),
            }],
            Vec::new(),
        ));
    };
    let entries = ledger::read(&article.dir.join(ledger::FILE_NAME))?;
    let translator = History::of(&entries, now)
        .translation
        .map(|e| e.by.as_str());
    // The checks compare the two texts: no fingerprints needed.
    let source_paras = segment_unprinted(&source);
    let target_paras = segment_unprinted(&target);
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
    let accepted: std::collections::HashSet<&str> = ledger::live(&entries, now)
        .into_iter()
        .filter(|e| e.action == crate::store::ledger::Action::Accepted)
        .filter_map(|e| e.refers.as_deref())
        .collect();
    let findings = check_article(&input, checker);
    if accepted.is_empty() {
        return Ok((findings, Vec::new()));
    }
    Ok(findings
        .into_iter()
        .partition(|f| !accepted.contains(finding_key(f).as_str())))
}

/// The archive's checker, built the first time a rule needs it and then kept: a
/// run that approves many articles reads the glossary once. Its word table is the
/// cached one ([`checker_for_one`]): signing one article costs the same whatever
/// the archive's size.
#[derive(Debug)]
pub struct LazyChecker<'a> {
    archive: &'a Archive,
    cell: std::cell::OnceCell<Checker>,
    words: std::cell::OnceCell<WordTable>,
}

impl<'a> LazyChecker<'a> {
    pub fn new(archive: &'a Archive) -> LazyChecker<'a> {
        LazyChecker {
            archive,
            cell: std::cell::OnceCell::new(),
            words: std::cell::OnceCell::new(),
        }
    }

    /// The word tables of the aligner (the cached one, see [`checker_for_one`]),
    /// without the rest of the checker.
    pub fn words(&self) -> &WordTable {
        match self.cell.get() {
            Some(c) => &c.words,
            None => self
                .words
                .get_or_init(|| crate::workflow::learned::cached_word_table(self.archive)),
        }
    }

    /// The checker, built on first use.
    pub fn get(&self) -> Result<&Checker> {
        if let Some(c) = self.cell.get() {
            return Ok(c);
        }
        let built = checker_for_one(self.archive)?;
        Ok(self.cell.get_or_init(|| built))
    }
}
