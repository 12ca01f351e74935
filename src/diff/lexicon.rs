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

static RU: OnceLock<spellbook::Dictionary> = OnceLock::new();
static KK: OnceLock<spellbook::Dictionary> = OnceLock::new();

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

/// The parsed dictionary of a language, parsed on first use. The files are part of
/// the binary, so they cannot be missing at run time; that they parse is checked by
/// the tests below, and a build whose dictionaries did not would stop here rather
/// than quietly class every one-letter edit a spelling fix.
fn dictionary(lang: Lang) -> &'static spellbook::Dictionary {
    let (cell, aff, dic) = match lang {
        Lang::Ru => (&RU, RU_AFF, RU_DIC),
        Lang::Kk => (&KK, KK_AFF, KK_DIC),
    };
    cell.get_or_init(|| {
        spellbook::Dictionary::new(aff, dic)
            .unwrap_or_else(|e| panic!("the embedded {} dictionary: {e}", lang.code()))
    })
}

/// Whether `word` (as written: `Заявила` and `ЗАЯВИЛА` are known because `заявила`
/// is) is a word of `lang` by its dictionary. The Russian dictionary knows words
/// with `ё` written `е` as well (`еще`, `ещё`).
pub fn in_dictionary(lang: Lang, word: &str) -> bool {
    dictionary(lang).check(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_dictionaries_load_and_apply_their_affix_rules() {
        // Forms of one stem, reached through the affix rules (not in the .dic as such).
        for w in ["заявил", "заявила", "Заявила", "заявили", "ещё", "еще"]
        {
            assert!(in_dictionary(Lang::Ru, w), "{w}");
        }
        for w in ["заявли", "зявил", "заявилла"] {
            assert!(!in_dictionary(Lang::Ru, w), "{w}");
        }
        assert!(!KK_DIC.contains("\nбардыңыз\n") && !KK_DIC.contains("\nбарды\n"));
        for w in [
            "барады",
            "барды",
            "бардыңыз",
            "келді",
            "келмейді",
            "мектепте",
        ] {
            assert!(in_dictionary(Lang::Kk, w), "{w}");
        }
        for w in ["барыды", "бараыд", "өзгрету"] {
            assert!(!in_dictionary(Lang::Kk, w), "{w}");
        }
    }
}
