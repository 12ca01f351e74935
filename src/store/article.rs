//! One article: its folder, its id, `article.toml`, and its two versions.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::files;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file that makes a folder an article.
pub const META_FILE: &str = "article.toml";

/// `article.toml` as written on disk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeta {
    source: Lang,
    date: toml::value::Datetime,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    credits: BTreeMap<String, String>,
}

/// What `article.toml` says about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The language of the original.
    pub source: Lang,
    /// The publication date.
    pub date: NaiveDate,
    /// The section of the outlet, if any.
    pub section: Option<String>,
    /// Credits: role → name (author, translator, photo, video …).
    pub credits: BTreeMap<String, String>,
}

impl Meta {
    /// The language of the translation.
    pub fn target(&self) -> Lang {
        self.source.other()
    }

    /// Parses `article.toml` text.
    pub fn parse(path: &Path, text: &str) -> Result<Meta> {
        let raw: RawMeta = files::parse_toml(path, text)?;
        let date = match (raw.date.date, raw.date.time) {
            (Some(d), None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            }
            _ => None,
        };
        let Some(date) = date else {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("date"))
                .map_or(1, |i| i + 1);
            return Err(Error::InvalidValue {
                path: path.to_path_buf(),
                line,
                key: "date".into(),
                value: raw.date.to_string(),
            });
        };
        Ok(Meta {
            source: raw.source,
            date,
            section: raw.section,
            credits: raw.credits,
        })
    }

    /// Renders a new `article.toml`.
    pub fn render(&self) -> String {
        let mut out = format!(
            "source = \"{}\"\ndate = {}\n",
            self.source,
            self.date.format("%Y-%m-%d")
        );
        if let Some(section) = &self.section {
            out.push_str(&format!("section = {}\n", toml_string(section)));
        }
        if !self.credits.is_empty() {
            out.push_str("\n[credits]\n");
            for (k, v) in &self.credits {
                out.push_str(&format!("{} = {}\n", toml_key(k), toml_string(v)));
            }
        }
        out
    }
}

/// A TOML basic string on one line: quotes, back-slashes and every control
/// character (line breaks included) escaped. One line matters for ledgers, whose
/// entries must keep every line tagged with their id (see [`crate::store::ledger`]).
pub fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_key(k: &str) -> String {
    if !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        k.to_string()
    } else {
        toml_string(k)
    }
}

/// An article found in the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its id: the folder path below `articles/`, with `/` separators.
    pub id: String,
    /// Its folder.
    pub dir: PathBuf,
    /// Its `article.toml`.
    pub meta: Meta,
}

/// The text of one version as read from disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    /// The file does not exist.
    Missing,
    /// The file exists but holds only white space.
    Empty,
    /// The file's text.
    Text(String),
}

impl Version {
    /// The text, if there is any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Version::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl Article {
    /// The path of one version.
    pub fn version_path(&self, lang: Lang) -> PathBuf {
        self.dir.join(lang.file_name())
    }

    /// Reads one version.
    pub fn read_version(&self, lang: Lang) -> Result<Version> {
        Ok(match files::read_own_text(&self.version_path(lang))? {
            None => Version::Missing,
            Some(t) if t.trim_start_matches('\u{FEFF}').trim().is_empty() => Version::Empty,
            Some(t) => Version::Text(t),
        })
    }

    /// Reads the original, which must exist and hold text.
    pub fn read_original(&self) -> Result<String> {
        let path = self.version_path(self.meta.source);
        match self.read_version(self.meta.source)? {
            Version::Text(t) => Ok(t),
            Version::Missing => Err(Error::MissingOriginal { path }),
            Version::Empty => Err(Error::EmptyOriginal { path }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_parses_and_renders() {
        let text = "source = \"kk\"\ndate = 2026-11-26\nsection = \"Қоғам\"\n\n[credits]\nauthor = \"Арайлым Орсаринова\"\ntranslator = \"Дамир Омаров\"\n";
        let meta = Meta::parse(Path::new("article.toml"), text).unwrap();
        assert_eq!(meta.source, Lang::Kk);
        assert_eq!(meta.target(), Lang::Ru);
        assert_eq!(meta.date, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        assert_eq!(meta.credits["translator"], "Дамир Омаров");
        assert_eq!(Meta::parse(Path::new("a"), &meta.render()).unwrap(), meta);
    }

    #[test]
    fn toml_strings_stay_on_one_line_and_round_trip() {
        for text in [
            "жол\nекі",
            "a \"quoted\" \\ path",
            "tab\there\r\n",
            "\u{7}bell",
            "[[entry]]",
        ] {
            let quoted = toml_string(text);
            assert!(!quoted.contains('\n'), "{quoted}");
            let parsed: toml::Value = toml::from_str(&format!("v = {quoted}")).unwrap();
            assert_eq!(parsed["v"].as_str(), Some(text));
        }
    }

    #[test]
    fn bad_meta_names_key_and_line() {
        let p = Path::new("article.toml");
        let e = Meta::parse(p, "source = \"kk\"\ndate = 2026-11-26\nauthor = \"x\"\n").unwrap_err();
        assert!(
            matches!(e, Error::UnknownKey { line: 3, ref key, .. } if key == "author"),
            "{e:?}"
        );
        let e = Meta::parse(p, "source = \"en\"\ndate = 2026-11-26\n").unwrap_err();
        assert!(matches!(e, Error::Toml { line: 1, .. }), "{e:?}");
        let e = Meta::parse(p, "source = \"kk\"\ndate = 2026-11-26T10:00:00\n").unwrap_err();
        assert!(matches!(e, Error::InvalidValue { line: 2, .. }), "{e:?}");
        let e = Meta::parse(p, "source = \"kk\"\ndate = 2026-02-31\n").unwrap_err();
        assert!(matches!(e, Error::Toml { line: 2, .. }), "{e:?}");
    }
}
