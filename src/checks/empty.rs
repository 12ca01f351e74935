//! Empty: a version with nothing in it, no title, an empty paragraph, or a
//! placeholder a translator left behind.
//!
//! * no paragraphs at all — error;
//! * the first paragraph is not a `# Title` — warning;
//! * a paragraph with no letter or digit (`…`, `—`) — warning;
//! * a placeholder: `TODO`, `TBD`, `FIXME` as a word in capitals anywhere; a paragraph
//!   that is only `XXX`, `...`, `[перевод]`, `[аударма]`, `[translation]` (or one of
//!   the configured placeholders) — warning. `XXX` inside a sentence is a Roman
//!   numeral (`XXX сессия`), not a placeholder.

use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::{BlockKind, Paragraph};
use serde::Deserialize;

/// Settings of the empty check (`[checks.empty]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct EmptyConfig {
    /// Warn when the first paragraph is not a `# Title`.
    pub require_title: bool,
    /// More placeholders: a paragraph that is exactly one of them (case ignored).
    pub placeholders: Vec<String>,
}

impl Default for EmptyConfig {
    fn default() -> Self {
        EmptyConfig {
            require_title: true,
            placeholders: Vec::new(),
        }
    }
}

/// Words in capitals that mark unfinished text wherever they stand.
const MARKERS: &[&str] = &["TODO", "TBD", "FIXME"];

/// Whole-paragraph placeholders (compared in lower case, brackets included).
const WHOLE: &[&str] = &[
    "xxx",
    "...",
    "…",
    "[перевод]",
    "[аударма]",
    "[translation]",
    "[translate]",
    "[текст]",
    "[мәтін]",
    "перевод",
    "аударма",
    "todo",
    "tbd",
];

fn evidence_for(lang: Lang, e: Evidence) -> (Option<Evidence>, Option<Evidence>) {
    match lang {
        Lang::Kk => (Some(e), None),
        Lang::Ru => (None, Some(e)),
    }
}

/// A capitalised marker word (`TODO`) standing alone in the text: its byte range.
fn marker(text: &str) -> Option<std::ops::Range<usize>> {
    // Every marker starts with `T` or `F`: a text without either (most Kazakh and
    // Russian paragraphs) holds none, and is read once rather than per marker.
    memchr::memchr2(b'T', b'F', text.as_bytes())?;
    for m in MARKERS {
        let mut from = 0;
        while let Some(pos) = text[from..].find(m) {
            let start = from + pos;
            let end = start + m.len();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let alone = |c: Option<char>| !c.is_some_and(crate::lang::is_alphanumeric);
            if alone(before) && alone(after) {
                return Some(start..end);
            }
            from = end;
        }
    }
    None
}

/// Runs the empty check over one version.
pub fn check(paragraphs: &[Paragraph], lang: Lang, cfg: &EmptyConfig, out: &mut Vec<Finding>) {
    let Some(first) = paragraphs.first() else {
        out.push(Finding {
            check: CheckId::Empty,
            severity: Severity::Error,
            kk: None,
            ru: None,
            message: Message::new("empty-version").str("lang", lang.code()),
        });
        return;
    };
    if cfg.require_title && first.kind != BlockKind::Title {
        let (kk, ru) = evidence_for(lang, Evidence::new(first, Vec::new()));
        out.push(Finding {
            check: CheckId::Empty,
            severity: Severity::Warning,
            kk,
            ru,
            message: Message::new("empty-no-title"),
        });
    }
    for p in paragraphs {
        let text = p.text.trim();
        let whole = || {
            // Lower-casing never makes fewer characters, and a character is at
            // most 4 bytes: a longer text is no placeholder.
            let longest = WHOLE
                .iter()
                .map(|w| w.chars().count())
                .chain(
                    cfg.placeholders
                        .iter()
                        .map(|x| x.trim().chars().flat_map(char::to_lowercase).count()),
                )
                .max()
                .unwrap_or(0);
            if text.len() > 4 * longest {
                return false;
            }
            let l: String = text.chars().flat_map(char::to_lowercase).collect();
            WHOLE.contains(&l.as_str())
                || cfg
                    .placeholders
                    .iter()
                    .any(|x| x.trim().chars().flat_map(char::to_lowercase).eq(l.chars()))
        };
        let (id, marks): (&str, Vec<_>) = if whole() {
            (
                "empty-placeholder",
                std::iter::once(0..p.text.len()).collect(),
            )
        } else if !p.text.chars().any(crate::lang::is_alphanumeric) {
            (
                "empty-paragraph",
                std::iter::once(0..p.text.len()).collect(),
            )
        } else if let Some(r) = marker(&p.text) {
            ("empty-placeholder", vec![r])
        } else {
            continue;
        };
        let shown = if id == "empty-placeholder" {
            p.text[marks[0].clone()].to_string()
        } else {
            text.to_string()
        };
        let (kk, ru) = evidence_for(lang, Evidence::new(p, marks));
        out.push(Finding {
            check: CheckId::Empty,
            severity: Severity::Warning,
            kk,
            ru,
            message: Message::new(id).str("text", shown),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_starts_with_the_letters_the_quick_test_looks_for() {
        assert!(MARKERS.iter().all(|m| m.starts_with(['T', 'F'])));
        assert_eq!(marker("Мәтін TODO әлі жоқ"), Some(11..15));
        assert_eq!(marker("Мәтін дайын"), None);
    }
    use crate::segment::segment;

    fn run(text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        check(&segment(text), Lang::Kk, &EmptyConfig::default(), &mut out);
        out
    }

    fn ids(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.message.id).collect()
    }

    // Title and paragraph: ntrex128/docs/001_bbc.381790 (CC BY-SA 4.0).
    const CLEAN: &str = "# Уэльстің ассамблея мүшелері “қуыршақтар сияқты көрінуге“ алаңдайды\n\nБұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды.\n";

    #[test]
    fn a_clean_version_has_no_findings() {
        assert_eq!(run(CLEAN), vec![]);
        // The seed's "XXXIV сессии" is a Roman numeral, not a placeholder.
        let text = "# Заголовок\n\nГлавой государства на XXXIV сессии Ассамблеи народа Казахстана и XXX съезде.\n";
        assert_eq!(run(text), vec![]);
    }

    #[test]
    fn an_empty_version_is_an_error() {
        let f = run("");
        assert_eq!(ids(&f), ["empty-version"]);
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn no_title_is_a_warning() {
        let f = run("Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды.\n");
        assert_eq!(ids(&f), ["empty-no-title"]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].kk.is_some() && f[0].ru.is_none());
    }

    #[test]
    fn empty_paragraphs_and_placeholders_are_warnings() {
        let text = format!("{CLEAN}\n—\n\n…\n\n[аударма]\n\nTODO: соңғы абзацты аудару\n\nXXX\n");
        let f = run(&text);
        assert_eq!(
            ids(&f),
            [
                "empty-paragraph",
                "empty-placeholder",
                "empty-placeholder",
                "empty-placeholder",
                "empty-placeholder"
            ]
        );
        assert!(f.iter().all(|f| f.severity == Severity::Warning));
        let todo = f[3].kk.as_ref().unwrap();
        assert_eq!(&todo.text[todo.marks[0].clone()], "TODO");
        // Configured placeholders.
        let cfg: EmptyConfig = toml::from_str("placeholders = [\"[мәтін келеді]\"]").unwrap();
        let mut out = Vec::new();
        check(
            &segment(&format!("{CLEAN}\n[Мәтін келеді]\n")),
            Lang::Kk,
            &cfg,
            &mut out,
        );
        assert_eq!(ids(&out), ["empty-placeholder"]);
    }
}
