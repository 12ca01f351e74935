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

/// The character at byte `i` (a character boundary) of `text` and its length:
/// ASCII and two-byte characters (Cyrillic) read from their bytes. (Always
/// inlined: the hot scanners call it for every character.)
#[inline(always)]
pub fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    match (bytes[i], bytes.get(i + 1)) {
        (b, _) if b < 0x80 => (char::from(b), 1),
        (b @ 0xC0..=0xDF, Some(&n)) => {
            let cp = (u32::from(b & 0x1F) << 6) | u32::from(n & 0x3F);
            (char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER), 2)
        }
        _ => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// True for a basic or extended Latin letter.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' if c != '×' && c != '÷')
}

/// Russian month names as stems (lower case, matched as prefixes), January first.
/// May (`май`, `мая`, `мае`…) has no stem long enough to match by prefix: see
/// [`RU_MAY_FORMS`].
pub const RU_MONTH_STEMS: [&str; 11] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// The forms of Russian «май».
pub const RU_MAY_FORMS: [&str; 5] = ["май", "мая", "мае", "маю", "маем"];

/// Kazakh month names (lower case; case endings follow), January first.
pub const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// Russian weekday stems, Monday first.
pub const RU_WEEKDAY_STEMS: [&str; 7] = [
    "понедельник",
    "вторник",
    "сред",
    "четверг",
    "пятниц",
    "суббот",
    "воскресень",
];

/// Kazakh weekday names, Monday first.
pub const KK_WEEKDAYS: [&str; 7] = [
    "дүйсенбі",
    "сейсенбі",
    "сәрсенбі",
    "бейсенбі",
    "жұма",
    "сенбі",
    "жексенбі",
];

/// Every month and weekday stem of both languages (May's forms included).
pub fn calendar_stems() -> impl Iterator<Item = &'static str> {
    RU_MONTH_STEMS
        .iter()
        .chain(&RU_MAY_FORMS)
        .chain(&KK_MONTHS)
        .chain(&RU_WEEKDAY_STEMS)
        .chain(&KK_WEEKDAYS)
        .copied()
}

/// A Kazakh letter folded to the Russian letter it is transliterated with
/// (қ→к ғ→г ң→н ө→о ұ→у ү→у һ→х і→и ә→а), and ё→е; lower case only, other
/// characters unchanged. Names are compared across the two languages through it.
///
/// ```
/// let folded: String = "тоқаев".chars().map(qostil::lang::fold_kazakh).collect();
/// assert_eq!(folded, "токаев");
/// ```
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

/// `char::is_alphabetic`, answered without the Unicode tables for ASCII and the
/// Cyrillic letters (the text qostil reads is nearly all of them); the same answer
/// for every character.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0x400..=0x481 | 0x48A..=0x52F => true,
        // Latin-1 punctuation (NBSP, «, »), its letters, and General Punctuation
        // (dashes, quotes, …), all frequent in news text.
        0x80..=0xBF => matches!(c, 'ª' | 'µ' | 'º'),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, with the same fast path as [`is_alphabetic`].
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x80..=0x24F | 0x2000..=0x206F => is_alphabetic(c) || is_numeric(c),
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_numeric`, answered without the Unicode tables for ASCII and the
/// Cyrillic letters (no Cyrillic character is numeric). The diff engine asks it
/// of every character of a changed paragraph; the tables' lookup was a sixth of
/// `diff`'s time on a large article.
#[inline]
pub fn is_numeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_digit(),
        0x400..=0x52F => false,
        0x80..=0xBF => matches!(c, '²' | '³' | '¹' | '¼' | '½' | '¾'),
        0xC0..=0x24F | 0x2000..=0x206F => false,
        _ => c.is_numeric(),
    }
}

/// The lower case of an ASCII or Cyrillic character when it is one character,
/// computed without the Unicode tables; `None` for every other character.
#[inline]
fn simple_lower(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0x410..=0x42F => u + 0x20,
        0..=0x7F | 0x430..=0x45F => u,
        0x400..=0x40F => u + 0x50,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => u | 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE => u + (u & 1),
        _ => return None,
    };
    char::from_u32(l)
}

/// `char::is_uppercase`, answered without the Unicode tables for ASCII and the
/// Cyrillic blocks U+0400–U+052F; the same answer for every character. In those
/// blocks a capital is a character whose lower case is another character (see
/// `simple_lower`; U+04CF ӏ, which it leaves out, is lower case); the signs
/// U+0482–U+0489 have no case.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x481 | 0x48A..=0x52F => simple_lower(c).is_some_and(|l| l != c),
        0x80..=0xBF | 0x2000..=0x206F => false,
        _ => c.is_uppercase(),
    }
}

/// `char::is_lowercase`, answered without the Unicode tables for ASCII and the
/// Cyrillic block and supplement (U+0400..U+052F), where every letter is cased and
/// upper and lower case alternate in a fixed pattern.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F => c.is_ascii_lowercase(),
        0x400..=0x42F => false,
        0x430..=0x45F => true,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => u & 1 == 1,
        0x482..=0x489 => false,
        0x4C0 => false,
        0x4C1..=0x4CE => u & 1 == 0,
        0x4CF => true,
        _ => c.is_lowercase(),
    }
}

/// The first character of `c.to_lowercase()` (the character itself when it has no
/// lower case): fast for ASCII and Cyrillic.
#[inline]
pub fn lower_char(c: char) -> char {
    simple_lower(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// Appends `c.to_lowercase()` to `out`: fast for ASCII and Cyrillic.
#[inline]
pub fn push_lowercase(out: &mut String, c: char) {
    match simple_lower(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// `str::to_lowercase`, fast for ASCII and Cyrillic text; the same result.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // A capital sigma lowers by its context: leave it to the standard library.
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lowercase(&mut out, c);
    }
    out
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

    #[test]
    fn char_at_reads_every_character_as_the_standard_library_does() {
        let mut text = String::new();
        for u in (0..0x3_0000u32).step_by(7) {
            text.extend(char::from_u32(u));
        }
        text.push_str("Қазақстан ASHYQTYQ İstanbul — «жаңа» 😀");
        let (mut i, mut read) = (0, Vec::new());
        while i < text.len() {
            let (c, len) = char_at(&text, i);
            assert_eq!(len, c.len_utf8());
            read.push((i, c));
            i += len;
        }
        assert_eq!(read, text.char_indices().collect::<Vec<_>>());
    }

    #[test]
    fn fast_classification_agrees_with_the_standard_library() {
        for u in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{u:#x}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{u:#x}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{u:#x}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{u:#x}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{u:#x}");
            assert_eq!(
                lower_char(c),
                c.to_lowercase().next().unwrap_or(c),
                "{u:#x}"
            );
            let mut one = String::new();
            push_lowercase(&mut one, c);
            assert_eq!(one, c.to_lowercase().collect::<String>(), "{u:#x}");
        }
        for s in [
            "Қазақстан Республикасының ҮКІМЕТІ",
            "Правительство РЕСПУБЛИКИ Казахстан, ЁЛКА",
            "ASHYQTYQ İstanbul ΟΔΟΣ Σ",
            "",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase());
        }
    }
}
