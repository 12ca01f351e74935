//! The two languages of the archive and what the code knows about their letters.
//!
//! Kazakh Cyrillic is the 33 Russian letters plus nine of its own
//! (ә ғ қ ң ө ұ ү һ і). Everything that needs to tell the two apart, or to tell
//! Cyrillic from Latin, asks this module.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (Cyrillic script, `kk.md`).
    Kk,
    /// Russian (`ru.md`).
    Ru,
}

impl Lang {
    /// Both languages, Kazakh first.
    pub const ALL: [Lang; 2] = [Lang::Kk, Lang::Ru];

    /// The ISO 639-1 code, which is also the file stem of the version (`kk.md`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
        }
    }

    /// The other language of the pair.
    pub fn other(self) -> Lang {
        match self {
            Lang::Kk => Lang::Ru,
            Lang::Ru => Lang::Kk,
        }
    }

    /// The file name of this version inside an article folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Lang::Kk => "kk.md",
            Lang::Ru => "ru.md",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "kk" => Ok(Lang::Kk),
            "ru" => Ok(Lang::Ru),
            _ => Err(()),
        }
    }
}

/// The nine letters Kazakh adds to the Russian alphabet, lower case.
pub const KAZAKH_LETTERS: [char; 9] = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/// True for one of the nine Kazakh-specific letters, in either case.
pub fn is_kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}

/// True for a letter of the Cyrillic blocks (Russian, Kazakh and the rest).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

/// True for a basic or extended Latin letter.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' if c != '×' && c != '÷')
}

/// A Kazakh letter folded to the Russian letter it is transliterated with
/// (қ→к ғ→г ң→н ө→о ұ→у ү→у һ→х і→и ә→а), and ё→е; lower case only, other
/// characters unchanged. Names are compared across the two languages through it.
pub fn fold_kazakh(c: char) -> char {
    match c {
        'қ' => 'к',
        'ғ' => 'г',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ә' => 'а',
        'ё' => 'е',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!("en".parse::<Lang>(), Err(()));
    }

    #[test]
    fn kazakh_letters_fold_to_russian() {
        let folded: String = "тоқаев қасым-жомарт серікбаев өскемен"
            .chars()
            .map(fold_kazakh)
            .collect();
        assert_eq!(folded, "токаев касым-жомарт серикбаев оскемен");
    }

    #[test]
    fn letters_are_classified() {
        assert!("әғқңөұүһі".chars().all(is_kazakh_letter));
        assert!("ӘҒҚҢӨҰҮҺІ".chars().all(is_kazakh_letter));
        assert!(!"абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            .chars()
            .any(is_kazakh_letter));
        assert!("қазақша".chars().all(is_cyrillic));
        assert!(!"ASHYQTYQ".chars().any(is_cyrillic));
        assert!("ASHYQTYQ".chars().all(is_latin));
        assert!(!is_latin('қ'));
    }
}
