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

/// A threshold between 0 and 1; NaN and infinities are refused (NaN compares
/// false with everything and would flag every paragraph).
pub(crate) fn unit_interval<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(serde::de::Error::custom(format!(
            "{v} is not a number between 0 and 1"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_sections_take_defaults_and_nan_is_refused() {
        for section in ["latin", "language", "lookalike", "quotes", "untranslated"] {
            // An empty section is the smallest partial one: every key defaulted.
            let text = format!("[{section}]\n");
            toml::from_str::<ChecksConfig>(&text).unwrap_or_else(|e| panic!("{section}: {e}"));
        }
        let c: ChecksConfig = toml::from_str("[untranslated]\nsimilarity = 0.5\n").unwrap();
        assert_eq!(c.untranslated.similarity, 0.5);
        for bad in ["nan", "inf", "1.5", "-0.1"] {
            let text = format!("[untranslated]\nsimilarity = {bad}\n");
            assert!(toml::from_str::<ChecksConfig>(&text).is_err(), "{bad}");
        }
    }
}
