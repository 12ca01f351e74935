//! Printing findings: grouped by article for people, one document for programs.

use super::{style, Ui};
use crate::checks::{Evidence, Finding, Severity};
use crate::i18n::Value;
use crate::lang::Lang;
use serde::Serialize;
use serde_json::{json, Value as Json};

/// The findings of one article.
#[derive(Debug, Clone)]
pub struct ArticleFindings {
    pub id: String,
    pub source: Lang,
    pub findings: Vec<Finding>,
    /// Findings an editor accepted, when asked for (`--show-accepted`).
    pub accepted: Vec<Finding>,
}

impl ArticleFindings {
    /// Whether the article could not be checked (it has no translation yet).
    pub fn not_checked(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.check == crate::checks::CheckId::MissingTranslation)
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Tally {
        let mut t = Tally::default();
        for f in findings {
            match f.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
        }
        t
    }
}

/// The localized message of a finding.
pub fn message(ui: &Ui, f: &Finding) -> String {
    ui.msg(f.message.id, &f.message.args)
}

/// One article of the JSON document: its id, source language and findings. It
/// borrows the texts; fields in the order serde_json gives an object's keys.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    findings: Vec<FindingJson<'a>>,
    id: &'a str,
    source: Lang,
}

#[derive(Debug, Serialize)]
struct FindingJson<'a> {
    check: &'static str,
    kk: Option<SideJson<'a>>,
    message: String,
    ru: Option<SideJson<'a>>,
    severity: Severity,
    /// Accepted by an editor (listed only with `--show-accepted`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    accepted: bool,
}

#[derive(Debug, Serialize)]
struct SideJson<'a> {
    paragraph: usize,
    #[serde(skip_serializing_if = "<[usize]>::is_empty")]
    also: &'a [usize],
    text: &'a str,
}

/// One article of the JSON document: its id, source language and findings.
pub fn article_json<'a>(ui: &Ui, a: &'a ArticleFindings) -> ArticleJson<'a> {
    let side = |e: &'a Option<Evidence>| {
        e.as_ref().map(|e| SideJson {
            paragraph: e.paragraph,
            also: &e.also,
            text: &e.text,
        })
    };
    ArticleJson {
        findings: a
            .findings
            .iter()
            .map(|f| (f, false))
            .chain(a.accepted.iter().map(|f| (f, true)))
            .map(|(f, accepted)| FindingJson {
                check: f.check.as_str(),
                kk: side(&f.kk),
                message: message(ui, f),
                ru: side(&f.ru),
                severity: f.severity,
                accepted,
            })
            .collect(),
        id: &a.id,
        source: a.source,
    }
}

/// The summary of the JSON document.
pub fn summary_json(articles: usize, t: Tally) -> Json {
    json!({ "articles": articles, "errors": t.errors, "warnings": t.warnings, "infos": t.infos })
}

/// Lines gathered to be written at once.
#[derive(Debug, Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }
}

/// The human report of some articles: each article with findings, each finding
/// with both texts quoted and the differing parts marked.
pub fn human_articles(ui: &Ui, articles: &[ArticleFindings]) {
    for a in articles
        .iter()
        .filter(|a| !a.findings.is_empty() || !a.accepted.is_empty())
    {
        // One write per article, not per line.
        let mut block = Lines::default();
        let header = ui.msg(
            "check-article",
            &[
                ("id", Value::from(&a.id)),
                ("source", Value::from(a.source.code())),
                ("target", Value::from(a.source.other().code())),
            ],
        );
        block.line(&ui.paint(style::HEADER, &header));
        let listed = a.findings.iter().map(|f| (f, false));
        for (f, accepted) in listed.chain(a.accepted.iter().map(|f| (f, true))) {
            let (label, st) = match f.severity {
                _ if accepted => (ui.msg("check-accepted", &[]), style::DIM),
                Severity::Error => (ui.msg("severity-error", &[]), style::ERROR),
                Severity::Warning => (ui.msg("severity-warning", &[]), style::WARNING),
                Severity::Info => (ui.msg("severity-info", &[]), style::INFO),
            };
            block.line(&format!(
                "  {} [{}] {}",
                ui.paint(st, &label),
                f.check.as_str(),
                message(ui, f)
            ));
            for lang in [a.source, a.source.other()] {
                if let Some(e) = f.side(lang) {
                    let mut label = format!("{} ¶{}", lang.code(), e.paragraph);
                    for n in &e.also {
                        label.push_str(&format!(", ¶{n}"));
                    }
                    block.line(&format!(
                        "      {} {}",
                        ui.paint(style::DIM, &label),
                        excerpt(ui, e)
                    ));
                }
            }
        }
        block.line("");
        ui.lines(&block.0);
    }
}

/// The closing line of the human report.
pub fn human_summary(ui: &Ui, articles: usize, t: Tally) {
    ui.line(&ui.msg(
        "check-summary",
        &[
            ("articles", Value::from(articles)),
            ("errors", Value::from(t.errors)),
            ("warnings", Value::from(t.warnings)),
            ("infos", Value::from(t.infos)),
        ],
    ));
}

/// Characters of context kept around a marked part in the human report.
const CONTEXT: usize = 60;

/// The evidence text with its marks painted (or bracketed as `⟦…⟧` without colour),
/// shortened to the marked parts and some context around them.
pub fn excerpt(ui: &Ui, e: &Evidence) -> String {
    let text = &e.text;
    let mut marks: Vec<std::ops::Range<usize>> = e
        .marks
        .iter()
        .filter(|m| {
            m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
        })
        .cloned()
        .collect();
    marks.sort_by_key(|m| m.start);
    let mut out = String::new();
    let mut pos = 0usize;
    let total_chars = text.chars().count();
    if marks.is_empty() {
        return super::escape::inline(&shorten(text, 0, total_chars.min(2 * CONTEXT))).into_owned();
    }
    for m in marks {
        if m.start < pos {
            continue;
        }
        let gap = &text[pos..m.start];
        let gap_chars = gap.chars().count();
        // The evidence is the article's text: no escape sequence of it passes.
        let plain = |s: String| super::escape::inline(&s).into_owned();
        if gap_chars > 2 * CONTEXT {
            if pos > 0 {
                out.push_str(&plain(gap.chars().take(CONTEXT).collect()));
            }
            out.push('…');
            out.push_str(&plain(gap.chars().skip(gap_chars - CONTEXT).collect()));
        } else {
            out.push_str(&plain(gap.to_string()));
        }
        let marked = &text[m.start..m.end];
        if ui.color {
            out.push_str(&ui.paint(style::MARK, marked));
        } else {
            out.push('⟦');
            out.push_str(&super::escape::inline(marked));
            out.push('⟧');
        }
        pos = m.end;
    }
    let tail = &text[pos..];
    let tail_chars = tail.chars().count();
    if tail_chars > CONTEXT {
        out.push_str(&super::escape::inline(
            &tail.chars().take(CONTEXT).collect::<String>(),
        ));
        out.push('…');
    } else {
        out.push_str(&super::escape::inline(tail));
    }
    out
}

fn shorten(text: &str, start: usize, len: usize) -> String {
    let s: String = text.chars().skip(start).take(len).collect();
    if text.chars().count() > start + len {
        format!("{s}…")
    } else {
        s
    }
}
