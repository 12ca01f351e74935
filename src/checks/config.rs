//! The thresholds of the checks, as `qostil.toml` gives them (`[checks]`).

use super::{
    credits, dates, empty, glossary, language, latin, length, lookalike, names, numbers, quotes,
    untranslated,
};
use serde::Deserialize;

/// The thresholds of every check: `[checks.<id>]` tables in `qostil.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChecksConfig {
    /// Check ids to leave out entirely.
    #[serde(default)]
    pub disable: Vec<super::CheckId>,
    #[serde(default)]
    pub numbers: numbers::NumbersConfig,
    #[serde(default)]
    pub dates: dates::DatesConfig,
    #[serde(default)]
    pub latin: latin::LatinConfig,
    #[serde(default)]
    pub names: names::NamesConfig,
    #[serde(default)]
    pub lookalike: lookalike::LookalikeConfig,
    #[serde(default)]
    pub language: language::LanguageConfig,
    #[serde(default)]
    pub untranslated: untranslated::UntranslatedConfig,
    #[serde(default)]
    pub quotes: quotes::QuotesConfig,
    #[serde(default)]
    pub length: length::LengthConfig,
    #[serde(default)]
    pub glossary: glossary::GlossaryConfig,
    #[serde(default)]
    pub credits: credits::CreditsConfig,
    #[serde(default)]
    pub empty: empty::EmptyConfig,
}
