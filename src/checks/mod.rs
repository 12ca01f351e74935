//! Cross-language checks: does the Kazakh version say what the Russian one says?
//!
//! Every check is a function over aligned paragraphs (or over one paragraph of one
//! side) that pushes [`Finding`]s. A finding is data: the stable check id (which is
//! also the prefix of its Fluent message ids and the JSON `check` field), a
//! severity, the paragraph on each side with the evidence to mark, and a message id
//! with its arguments. Printers decide how it looks.

use crate::lang::Lang;
use crate::segment::Paragraph;
pub use crate::value::Value;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How sure a check is that something is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; never blocks anything.
    Info,
    /// Probably a mismatch, or a rephrasing an editor should confirm.
    Warning,
    /// A mismatch that is near certain.
    Error,
}

/// The stable ids of the checks (also the ids `[checks] disable` takes: an
/// unknown one is refused when the settings are read, with its line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckId {
    Paragraphs,
    Numbers,
    Dates,
    Latin,
    Names,
    Lookalike,
    Language,
    Untranslated,
    Quotes,
    Length,
    Glossary,
    Credits,
    Empty,
    /// No translation yet: the article was not checked.
    MissingTranslation,
}

impl CheckId {
    /// Every check, in the order they are reported.
    pub const ALL: [CheckId; 14] = [
        CheckId::Paragraphs,
        CheckId::Numbers,
        CheckId::Dates,
        CheckId::Latin,
        CheckId::Names,
        CheckId::Lookalike,
        CheckId::Language,
        CheckId::Untranslated,
        CheckId::Quotes,
        CheckId::Length,
        CheckId::Glossary,
        CheckId::Credits,
        CheckId::Empty,
        CheckId::MissingTranslation,
    ];

    /// The id as users and JSON see it.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Paragraphs => "paragraphs",
            CheckId::Numbers => "numbers",
            CheckId::Dates => "dates",
            CheckId::Latin => "latin",
            CheckId::Names => "names",
            CheckId::Lookalike => "lookalike",
            CheckId::Language => "language",
            CheckId::Untranslated => "untranslated",
            CheckId::Quotes => "quotes",
            CheckId::Length => "length",
            CheckId::Glossary => "glossary",
            CheckId::Credits => "credits",
            CheckId::Empty => "empty",
            CheckId::MissingTranslation => "missing-translation",
        }
    }
}

/// One side's evidence: the paragraph number (as `show` prints it), its text, and
/// the byte ranges of `text` that differ from the other side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub paragraph: usize,
    pub text: String,
    #[serde(skip)]
    pub marks: Vec<Range<usize>>,
    /// Further paragraphs of the same side where the same problem repeats (one
    /// finding per problem: a name missing from the other version throughout).
    #[serde(skip)]
    pub also: Vec<usize>,
}

impl Evidence {
    /// Evidence from a paragraph, with the given parts of its text marked.
    pub fn new(paragraph: &Paragraph, marks: Vec<Range<usize>>) -> Self {
        Evidence {
            paragraph: paragraph.number,
            text: paragraph.text.clone(),
            marks,
            also: Vec::new(),
        }
    }
}

/// A message to be looked up in the Fluent catalogues, with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }
    pub fn str(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Value::Str(value.into())));
        self
    }
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, Value::Num(value.into())));
        self
    }
    /// The text of string argument `name` (empty when there is none).
    pub fn text(&self, name: &str) -> &str {
        self.args
            .iter()
            .find_map(|(n, v)| match v {
                Value::Str(s) if *n == name => Some(s.as_str()),
                _ => None,
            })
            .unwrap_or("")
    }
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: CheckId,
    pub severity: Severity,
    pub kk: Option<Evidence>,
    pub ru: Option<Evidence>,
    #[serde(skip)]
    pub message: Message,
}

impl Finding {
    /// Whether the finding names paragraph `n` of side `lang` (its evidence's
    /// paragraph, or one where the same problem repeats).
    pub fn names_paragraph(&self, lang: Lang, n: usize) -> bool {
        self.side(lang)
            .is_some_and(|e| e.paragraph == n || e.also.contains(&n))
    }

    /// The evidence of one side.
    pub fn side(&self, lang: Lang) -> Option<&Evidence> {
        match lang {
            Lang::Kk => self.kk.as_ref(),
            Lang::Ru => self.ru.as_ref(),
        }
    }
}

pub mod config;
pub mod credits;
pub mod dates;
pub mod empty;
pub mod fix;
pub mod glossary;
pub mod language;
pub mod latin;
pub mod length;
pub mod lookalike;
pub mod names;
pub mod numbers;
pub mod paragraphs;
pub mod quotes;
pub mod runner;
pub mod scan;
pub mod untranslated;

/// What the unit tests of the checks share: a paragraph from a text, and a pair
/// check run over two texts.
#[cfg(test)]
pub(crate) mod testing {
    use super::Finding;
    use crate::segment::{segment, BlockKind, Paragraph};

    /// One plain paragraph (¶1), its text taken as it is.
    pub fn para(text: &str) -> Paragraph {
        Paragraph::plain(1, BlockKind::Paragraph, text)
    }

    /// Texts that hold every character of the first 64 Ki code points, each one
    /// among the characters of `mix` (letters, digits, spaces a scanner must tell
    /// it from): for comparing a fast scanner with its plain definition.
    pub fn every_character(mix: [char; 5]) -> Vec<String> {
        (0..64u32)
            .map(|block| {
                (block * 1024..(block + 1) * 1024)
                    .filter_map(char::from_u32)
                    .flat_map(|c| [c, mix[0], c, mix[1], mix[2], c, mix[3], mix[4]])
                    .collect()
            })
            .collect()
    }

    /// A pair check over two texts taken as one plain paragraph each.
    pub fn pair_plain(
        kk: &str,
        ru: &str,
        check: impl FnOnce(&[&Paragraph], &[&Paragraph], &mut Vec<Finding>),
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        check(&[&para(kk)], &[&para(ru)], &mut out);
        out
    }

    /// A pair check over every paragraph of two Markdown texts.
    pub fn pair(
        kk: &str,
        ru: &str,
        check: impl FnOnce(&[&Paragraph], &[&Paragraph], &mut Vec<Finding>),
    ) -> Vec<Finding> {
        let (k, r) = (segment(kk), segment(ru));
        let kr: Vec<&Paragraph> = k.iter().collect();
        let rr: Vec<&Paragraph> = r.iter().collect();
        let mut out = Vec::new();
        check(&kr, &rr, &mut out);
        out
    }
}
