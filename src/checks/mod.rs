//! Cross-language checks: does the Kazakh version say what the Russian one says?
//!
//! Every check is a function over aligned paragraphs (or over one paragraph of one
//! side) that pushes [`Finding`]s. A finding is data: the stable check id (which is
//! also the prefix of its Fluent message ids and the JSON `check` field), a
//! severity, the paragraph on each side with the evidence to mark, and a message id
//! with its arguments. Printers decide how it looks.

use crate::lang::Lang;
use crate::segment::Paragraph;
use serde::Serialize;
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

/// The stable ids of the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
}

impl Evidence {
    /// Evidence from a paragraph, with the given parts of its text marked.
    pub fn new(paragraph: &Paragraph, marks: Vec<Range<usize>>) -> Self {
        Evidence {
            paragraph: paragraph.number,
            text: paragraph.text.clone(),
            marks,
        }
    }
}

/// An argument of a message: text or a number (numbers select plural forms).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Str(String),
    Num(f64),
}

/// A message to be looked up in the Fluent catalogues, with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }
    pub fn str(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Str(value.into())));
        self
    }
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, Arg::Num(value.into())));
        self
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
