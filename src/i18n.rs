//! Messages in Kazakh, Russian or English, from the Fluent catalogues in `locales/`.
//!
//! The language comes from `--lang`, then `QOSTIL_LANG`, `LC_ALL`, `LC_MESSAGES`,
//! `LANG` (`kk_KZ.UTF-8` → `kk`; `C` and `POSIX` mean the default), negotiated
//! against the catalogues we have. A message missing from the chosen catalogue
//! falls back to English, then to its id: a lookup never panics.

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One embedded catalogue: (language, file name, text).
macro_rules! catalogue {
    ($lang:literal, $file:literal) => {
        (
            $lang,
            $file,
            include_str!(concat!("../locales/", $lang, "/", $file)),
        )
    };
}

/// The catalogues, embedded: (language, file name, text). Every language has the
/// same files (one per area), with the same message ids.
const CATALOGUES: &[(&str, &str, &str)] = &[
    catalogue!("en", "qostil.ftl"),
    catalogue!("en", "checks.ftl"),
    catalogue!("en", "checks2.ftl"),
    catalogue!("en", "spelling.ftl"),
    catalogue!("en", "workflow.ftl"),
    catalogue!("en", "html.ftl"),
    catalogue!("en", "help.ftl"),
    catalogue!("en", "cli.ftl"),
    catalogue!("en", "hardening.ftl"),
    catalogue!("en", "fix.ftl"),
    catalogue!("kk", "qostil.ftl"),
    catalogue!("kk", "checks.ftl"),
    catalogue!("kk", "checks2.ftl"),
    catalogue!("kk", "spelling.ftl"),
    catalogue!("kk", "workflow.ftl"),
    catalogue!("kk", "html.ftl"),
    catalogue!("kk", "help.ftl"),
    catalogue!("kk", "cli.ftl"),
    catalogue!("kk", "hardening.ftl"),
    catalogue!("kk", "fix.ftl"),
    catalogue!("ru", "qostil.ftl"),
    catalogue!("ru", "checks.ftl"),
    catalogue!("ru", "checks2.ftl"),
    catalogue!("ru", "spelling.ftl"),
    catalogue!("ru", "workflow.ftl"),
    catalogue!("ru", "html.ftl"),
    catalogue!("ru", "help.ftl"),
    catalogue!("ru", "cli.ftl"),
    catalogue!("ru", "hardening.ftl"),
    catalogue!("ru", "fix.ftl"),
];

/// The languages of the interface.
pub const LANGUAGES: [&str; 3] = ["en", "kk", "ru"];

/// The default (and complete) language.
pub const DEFAULT: &str = "en";

pub use crate::value::Value;

/// Picks the interface language from `--lang` and the environment's variables
/// (passed in: `get` looks a variable up).
pub fn negotiate(flag: Option<&str>, get: &dyn Fn(&str) -> Option<String>) -> &'static str {
    let requested = flag
        .map(str::to_string)
        .into_iter()
        .chain(
            ["QOSTIL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| get(v)),
        )
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty());
    let Some(requested) = requested else {
        return DEFAULT;
    };
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return DEFAULT;
    }
    let Ok(wanted) = tag.parse::<LanguageIdentifier>() else {
        return DEFAULT;
    };
    let available: Vec<LanguageIdentifier> =
        LANGUAGES.iter().filter_map(|l| l.parse().ok()).collect();
    let default: LanguageIdentifier = DEFAULT.parse().expect("valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &[wanted],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let lang = chosen
        .first()
        .map(|l| l.language.as_str().to_string())
        .unwrap_or_default();
    LANGUAGES
        .into_iter()
        .find(|l| *l == lang)
        .unwrap_or(DEFAULT)
}

/// Looks messages up in one language, falling back to English.
pub struct Localizer {
    lang: &'static str,
    bundles: Vec<FluentBundle<&'static FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    /// A localizer for one of [`LANGUAGES`].
    pub fn new(lang: &'static str) -> Localizer {
        let mut bundles = vec![bundle(lang)];
        if lang != DEFAULT {
            bundles.push(bundle(DEFAULT));
        }
        Localizer { lang, bundles }
    }

    /// The language of the interface.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// A message with arguments.
    pub fn msg(&self, id: &str, args: &[(&str, Value)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Value::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Value::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// Whether the chosen language itself (not the fallback) defines `id`.
    pub fn has_own(&self, id: &str) -> bool {
        self.bundles[0]
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.msg(id, &[])
    }
}

/// A message without arguments in `lang`, from localizers made once per thread:
/// the help asks every language for the words of each possible value, and parsing
/// the catalogues again for each was most of the start-up time of every command.
pub fn text_in(lang: &'static str, id: &str) -> String {
    thread_local! {
        static MADE: std::cell::RefCell<Vec<Localizer>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        if let Some(l) = made.iter().find(|l| l.lang == lang) {
            return l.text(id);
        }
        let l = Localizer::new(lang);
        let text = l.text(id);
        made.push(l);
        text
    })
}

/// The parsed catalogues of `lang`, parsed once per process (every command makes
/// more than one localizer: its help, its messages, the aliases of the help).
fn resources(lang: &str) -> &'static [FluentResource] {
    static PARSED: [std::sync::OnceLock<Vec<FluentResource>>; LANGUAGES.len()] =
        [const { std::sync::OnceLock::new() }; LANGUAGES.len()];
    let at = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
    PARSED[at].get_or_init(|| {
        CATALOGUES
            .iter()
            .filter(|(l, _, _)| *l == LANGUAGES[at])
            .map(|(_, _, text)| {
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res)
            })
            .collect()
    })
}

fn bundle(lang: &str) -> FluentBundle<&'static FluentResource> {
    let langid: LanguageIdentifier = lang.parse().expect("valid tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for resource in resources(lang) {
        // A duplicate id is a catalogue bug caught by the tests; the first one wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Every (language, file, text) embedded: for the catalogue tests.
pub fn catalogues() -> &'static [(&'static str, &'static str, &'static str)] {
    CATALOGUES
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn negotiation_follows_flag_then_variables() {
        assert_eq!(negotiate(None, &env(&[])), "en");
        assert_eq!(negotiate(None, &env(&[("LANG", "kk_KZ.UTF-8")])), "kk");
        assert_eq!(
            negotiate(None, &env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "C")])),
            "en"
        );
        assert_eq!(
            negotiate(
                None,
                &env(&[("LANG", "kk_KZ"), ("LC_MESSAGES", "ru_RU@latin")])
            ),
            "ru"
        );
        assert_eq!(
            negotiate(
                None,
                &env(&[("QOSTIL_LANG", "ru"), ("LANG", "kk_KZ.UTF-8")])
            ),
            "ru"
        );
        assert_eq!(negotiate(Some("kk"), &env(&[("QOSTIL_LANG", "ru")])), "kk");
        assert_eq!(negotiate(None, &env(&[("LANG", "de_DE.UTF-8")])), "en");
        assert_eq!(negotiate(Some("не-язык!"), &env(&[])), "en");
    }

    #[test]
    fn russian_plurals_and_fallback_to_id() {
        let ru = Localizer::new("ru");
        let forms: Vec<String> = [1usize, 2, 5, 21]
            .iter()
            .map(|n| ru.msg("unit-paragraphs", &[("count", (*n).into())]))
            .collect();
        assert_eq!(forms, ["1 абзац", "2 абзаца", "5 абзацев", "21 абзац"]);
        let kk = Localizer::new("kk");
        assert_eq!(
            kk.msg("unit-paragraphs", &[("count", 5usize.into())]),
            "5 абзац"
        );
        assert_eq!(kk.text("no-such-message-id"), "no-such-message-id");
    }

    #[test]
    fn a_russian_singular_without_its_number_is_for_exactly_one() {
        // Russian plural `one` holds 21, 31, …: a message that shows no number
        // keeps its singular for 1 alone.
        let ru = Localizer::new("ru");
        let cases = [
            ("numbers-missing-ru", "number", "Числа ", "Чисел "),
            ("names-only-kk", "names", "Имени ", "Имён "),
        ];
        for (id, list, one, many) in cases {
            let with = |n: usize| ru.msg(id, &[(list, "…".into()), ("count", n.into())]);
            assert!(with(1).starts_with(one), "{}", with(1));
            assert!(with(21).starts_with(many), "{}", with(21));
        }
    }
}
