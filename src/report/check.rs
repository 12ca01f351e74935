//! Printing findings: grouped by article for people, one document for programs.

use super::{style, Ui};
use crate::checks::{Evidence, Finding, Severity};
use crate::i18n::Value;
use crate::lang::Lang;
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{json, Value as Json};
use std::rc::Rc;

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

/// One article of the JSON document: its id, source language and findings, with
/// the evidence texts already quoted (see [`quoted`]); fields in the order
/// serde_json gives an object's keys.
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
    text: Quoted,
}

/// A text already written as a JSON string (see [`quoted`]), shared by the
/// findings that quote the same paragraph.
#[derive(Debug, Clone)]
struct Quoted(Rc<RawValue>);

impl Serialize for Quoted {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// A text as a JSON string, exactly as serde_json writes it (`"…"`, with `"`, `\`
/// and control characters escaped), ready to be written as it is.
///
/// The evidence texts are whole paragraphs: most of what `check --format json`
/// writes, and the same paragraph is often quoted by several findings. serde_json
/// looks every byte of every string up in its escape table; here a paragraph is
/// quoted once per article ([`article_json`]), and a text with no byte to escape
/// (almost all) is found so by a test that the compiler reads sixteen bytes at a
/// time and then only copied between quotes. A text that has one is quoted by
/// serde_json itself. [`RawValue::from_string`] checks the result once more.
fn quoted(text: &str) -> Box<RawValue> {
    let json = if needs_escape(text.as_bytes()) {
        serde_json::to_string(text).expect("a string is always serialisable")
    } else {
        let mut json = String::with_capacity(text.len() + 2);
        json.push('"');
        json.push_str(text);
        json.push('"');
        json
    };
    RawValue::from_string(json).expect("a quoted string is JSON")
}

/// Whether a JSON string of `bytes` needs an escape: some byte is a control
/// character (below 0x20), `"` or `\`. Read in blocks of 64 bytes with no
/// early exit inside a block, which the compiler turns into vector code.
fn needs_escape(bytes: &[u8]) -> bool {
    let escaped = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let mut blocks = bytes.chunks_exact(64);
    for block in &mut blocks {
        if block.iter().fold(false, |any, &b| any | escaped(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| escaped(b))
}

/// One article of the JSON document: its id, source language and findings.
pub fn article_json<'a>(ui: &Ui, a: &'a ArticleFindings) -> ArticleJson<'a> {
    // The texts quoted so far, by side and paragraph: a later finding on the same
    // paragraph with the same text takes the same quoted string.
    let mut texts: FxHashMap<(bool, usize), (&'a str, Quoted)> = FxHashMap::default();
    let mut side = |kk: bool, e: &'a Option<Evidence>| {
        e.as_ref().map(|e| {
            let key = (kk, e.paragraph);
            let text = match texts.get(&key) {
                Some((t, q)) if *t == e.text => q.clone(),
                _ => {
                    let q = Quoted(Rc::from(quoted(&e.text)));
                    texts.insert(key, (&e.text, q.clone()));
                    q
                }
            };
            SideJson {
                paragraph: e.paragraph,
                also: &e.also,
                text,
            }
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
                kk: side(true, &f.kk),
                message: message(ui, f),
                ru: side(false, &f.ru),
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
///
/// Only the characters shown are read: the evidence is a whole paragraph, often a
/// long one, and one finding shows a few dozen characters of it (counting every
/// character of it was a twentieth of a human `check`).
pub fn excerpt(ui: &Ui, e: &Evidence) -> String {
    let text = &e.text;
    let marks = shown_marks(text, &e.marks);
    // The evidence is the article's text: no escape sequence of it passes.
    let plain = |s: &str| super::escape::inline(s).into_owned();
    let mut out = String::new();
    if marks.is_empty() {
        let (head, more) = first_chars(text, 2 * CONTEXT);
        out.push_str(&plain(head));
        if more {
            out.push('…');
        }
        return out;
    }
    let mut pos = 0usize;
    for m in marks {
        if m.start < pos {
            continue;
        }
        let gap = &text[pos..m.start];
        if first_chars(gap, 2 * CONTEXT).1 {
            if pos > 0 {
                out.push_str(&plain(first_chars(gap, CONTEXT).0));
            }
            out.push('…');
            out.push_str(&plain(last_chars(gap, CONTEXT)));
        } else {
            out.push_str(&plain(gap));
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
    let (head, more) = first_chars(&text[pos..], CONTEXT);
    out.push_str(&plain(head));
    if more {
        out.push('…');
    }
    out
}

/// The marks of `text` that can be shown (not empty, inside it, on character
/// boundaries), in order of their start.
fn shown_marks(text: &str, marks: &[std::ops::Range<usize>]) -> Vec<std::ops::Range<usize>> {
    let mut shown: Vec<std::ops::Range<usize>> = marks
        .iter()
        .filter(|m| {
            m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
        })
        .cloned()
        .collect();
    shown.sort_by_key(|m| m.start);
    shown
}

/// The first `n` characters of `s`, and whether more follow.
fn first_chars(s: &str, n: usize) -> (&str, bool) {
    match s.char_indices().nth(n) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}

/// The last `n` characters of `s` (all of it if it has fewer).
fn last_chars(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((i, _)) => &s[i..],
        None if n == 0 => "",
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_quoted_as_serde_json_quotes_them() {
        for text in [
            "",
            "Алматы",
            "a \"quoted\" word",
            "back\\slash at byte nine",
            "tab\there and a newline\n",
            "\u{1}\u{1f}\u{7f}",
            "«Қазақстан» 2024 жылы — 12,5%",
            "seven b\"",
            "eight by\"",
        ] {
            assert_eq!(quoted(text).get(), serde_json::to_string(text).unwrap());
        }
    }

    /// `excerpt` as it was before it read only the characters it shows (without
    /// colour): the reference the faster one must agree with.
    fn excerpt_counting_every_character(text: &str, marks: &[std::ops::Range<usize>]) -> String {
        let shorten = |text: &str, len: usize| -> String {
            let s: String = text.chars().take(len).collect();
            if text.chars().count() > len {
                format!("{s}…")
            } else {
                s
            }
        };
        let inline = |s: &str| crate::report::escape::inline(s).into_owned();
        // Which marks are shown did not change: only how the text around them is cut.
        let marks = shown_marks(text, marks);
        let total_chars = text.chars().count();
        if marks.is_empty() {
            return inline(&shorten(text, total_chars.min(2 * CONTEXT)));
        }
        let (mut out, mut pos) = (String::new(), 0);
        for m in marks {
            if m.start < pos {
                continue;
            }
            let gap = &text[pos..m.start];
            let gap_chars = gap.chars().count();
            if gap_chars > 2 * CONTEXT {
                if pos > 0 {
                    out.push_str(&inline(&gap.chars().take(CONTEXT).collect::<String>()));
                }
                out.push('…');
                out.push_str(&inline(
                    &gap.chars().skip(gap_chars - CONTEXT).collect::<String>(),
                ));
            } else {
                out.push_str(&inline(gap));
            }
            out.push('⟦');
            out.push_str(&inline(&text[m.start..m.end]));
            out.push('⟧');
            pos = m.end;
        }
        let tail = &text[pos..];
        if tail.chars().count() > CONTEXT {
            out.push_str(&inline(&tail.chars().take(CONTEXT).collect::<String>()));
            out.push('…');
        } else {
            out.push_str(&inline(tail));
        }
        out
    }

    #[test]
    fn first_and_last_characters() {
        assert_eq!(first_chars("әбв", 2), ("әб", true));
        assert_eq!(first_chars("әбв", 3), ("әбв", false));
        assert_eq!(first_chars("", 0), ("", false));
        assert_eq!(first_chars("ә", 0), ("", true));
        assert_eq!(last_chars("әбв", 2), "бв");
        assert_eq!(last_chars("әбв", 5), "әбв");
        assert_eq!(last_chars("әбв", 0), "");
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_quoted_as_serde_json_quotes_it(text in "(\\PC|[\u{0}-\u{1f}\"\\\\])*") {
            let json = quoted(&text);
            proptest::prop_assert_eq!(json.get(), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn an_excerpt_is_what_counting_every_character_gave(
            text in "[ аәбқ.\u{1}a-c]{0,400}",
            marks in proptest::collection::vec((0usize..900, 0usize..60), 0..5),
        ) {
            let ui = Ui::new(crate::i18n::Localizer::new("en"), false, false);
            let marks: Vec<std::ops::Range<usize>> =
                marks.into_iter().map(|(s, l)| s..s + l).collect();
            let e = Evidence { paragraph: 1, text: text.clone(), marks: marks.clone(), also: Vec::new() };
            proptest::prop_assert_eq!(excerpt(&ui, &e), excerpt_counting_every_character(&text, &marks));
        }

        #[test]
        fn the_block_test_agrees_with_the_bytes(text in "[ -~\u{0}-\u{1f}а-я]{0,200}") {
            let plain = text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
            proptest::prop_assert_eq!(needs_escape(text.as_bytes()), plain);
        }
    }
}
