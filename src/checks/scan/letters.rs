//! The words of a paragraph, read once for the checks that look at every word
//! (`language`, `lookalike`, `latin`, `untranslated`): the letter runs of its
//! text, each with what those checks ask of it, so no check walks the letters
//! again.

use crate::lang::{is_cyrillic, is_kazakh_letter, is_uppercase};
use std::ops::Range;

/// One letter run of a text ([`letter_runs`]) and what it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    start: usize,
    end: usize,
    /// Characters (letters and combining marks).
    pub letters: u32,
    flags: u8,
}

impl Word {
    /// The first character is Cyrillic.
    pub const CYRILLIC_FIRST: u8 = 1;
    /// The first character is a capital.
    pub const CAPITAL_FIRST: u8 = 1 << 1;
    /// Every character is Cyrillic or a combining mark.
    pub const CYRILLIC_OR_MARKS: u8 = 1 << 2;
    /// Every character is Cyrillic.
    pub const CYRILLIC: u8 = 1 << 3;
    /// A Kazakh letter is in it.
    pub const KAZAKH: u8 = 1 << 4;
    /// A capital is in it.
    pub const CAPITAL: u8 = 1 << 5;
    /// ASCII only.
    pub const ASCII: u8 = 1 << 6;
    /// Letters of the Kazakh and Russian alphabets only ([`is_home_letter`]).
    pub const HOME: u8 = 1 << 7;

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// Whether every flag of `flags` is set.
    pub fn is(&self, flags: u8) -> bool {
        self.flags & flags == flags
    }
}

/// The words of `text`: its letter runs, in order. One pass: each character's
/// class and the word's flags are read together.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 8);
    let mut i = 0;
    while i < text.len() {
        let (class, len, first) = char_class_of(text, i);
        i += len;
        if class != CharClass::Letter {
            continue;
        }
        let start = i - len;
        let mut flags = Word::CYRILLIC_OR_MARKS | Word::CYRILLIC | Word::ASCII | Word::HOME;
        if is_cyrillic(first) {
            flags |= Word::CYRILLIC_FIRST;
        }
        if is_uppercase(first) {
            flags |= Word::CAPITAL_FIRST;
        }
        let mut letters = 0u32;
        let mut c = first;
        let bytes = text.as_bytes();
        loop {
            letters += 1;
            flags = word_flags(flags, c);
            // Most of a word is Russian letters but ё (`А`–`я`, U+0410–U+044F):
            // two bytes each, D0 90 – D1 8F, a range of big-endian pairs that
            // no other character starting on a character boundary of valid
            // UTF-8 falls in, the capitals (`А`–`Я`) below D0 B0. Read from
            // their bytes, they decide the word's flags as `word_flags` does,
            // without decoding them.
            let mut lowest = u16::MAX;
            let run = bytes[i..]
                .chunks_exact(2)
                .take_while(|pair| {
                    let v = u16::from_be_bytes([pair[0], pair[1]]);
                    let letter = (0xD090..=0xD18F).contains(&v);
                    if letter {
                        lowest = lowest.min(v);
                    }
                    letter
                })
                .count();
            if run > 0 {
                i += 2 * run;
                letters += run as u32;
                flags &= !Word::ASCII;
                if lowest < 0xD0B0 {
                    flags |= Word::CAPITAL;
                }
            }
            if i >= text.len() {
                break;
            }
            let (class, len, next) = char_class_of(text, i);
            if class == CharClass::Other {
                break;
            }
            i += len;
            c = next;
        }
        out.push(Word {
            start,
            end: i,
            letters,
            flags,
        });
    }
    out
}

/// The flags of a word after one more of its characters, `c`.
#[inline]
fn word_flags(mut flags: u8, c: char) -> u8 {
    // Russian letters, the most frequent, decide every flag at once.
    if let 'а'..='я' = c {
        return flags & !Word::ASCII;
    }
    if let 'А'..='Я' = c {
        return (flags & !Word::ASCII) | Word::CAPITAL;
    }
    let cyrillic = is_cyrillic(c);
    if !cyrillic {
        flags &= !Word::CYRILLIC;
        if !is_combining(c) {
            flags &= !Word::CYRILLIC_OR_MARKS;
        }
    }
    if !c.is_ascii() {
        flags &= !Word::ASCII;
    }
    if !is_home_letter(c) {
        flags &= !Word::HOME;
    }
    if is_kazakh_letter(c) {
        flags |= Word::KAZAKH;
    }
    if is_uppercase(c) {
        flags |= Word::CAPITAL;
    }
    flags
}

/// Byte ranges of the maximal runs of letters (combining marks included) of `text`.
/// Digits, hyphens, apostrophes and punctuation separate words.
pub(crate) fn letter_runs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the first letter.
        let start = loop {
            if i >= text.len() {
                return None;
            }
            let (class, len) = char_class(text, i);
            i += len;
            if class == CharClass::Letter {
                break i - len;
            }
        };
        while i < text.len() {
            let (class, len) = char_class(text, i);
            if class == CharClass::Other {
                break;
            }
            i += len;
        }
        Some(start..i)
    })
}

/// What a character is to [`letter_runs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Letter,
    /// A combining mark: continues a word, never starts one.
    Mark,
    Other,
}

/// The class and length of the character at byte `i` (a character boundary) of
/// `text`: ASCII and the Cyrillic block (lead bytes D0 to D4) are read from
/// their bytes, anything else through [`crate::lang::is_alphabetic`].
#[inline]
fn char_class(text: &str, i: usize) -> (CharClass, usize) {
    let (class, len, _) = char_class_of(text, i);
    (class, len)
}

/// [`char_class`], with the character.
#[inline(always)]
fn char_class_of(text: &str, i: usize) -> (CharClass, usize, char) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        let class = if b.is_ascii_alphabetic() {
            CharClass::Letter
        } else {
            CharClass::Other
        };
        return (class, 1, char::from(b));
    }
    if let (0xD0..=0xD4, Some(&n)) = (b, bytes.get(i + 1)) {
        let cp = (u32::from(b & 0x1F) << 6) | u32::from(n & 0x3F);
        // U+0400 to U+052F: letters but ҂ and the combining marks.
        let class = match cp {
            0x482 => Some(CharClass::Other),
            0x483..=0x489 => Some(CharClass::Mark),
            0x400..=0x52F => Some(CharClass::Letter),
            _ => None,
        };
        if let (Some(class), Some(c)) = (class, char::from_u32(cp)) {
            return (class, 2, c);
        }
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    let class = if crate::lang::is_alphabetic(c) {
        CharClass::Letter
    } else if is_combining(c) {
        CharClass::Mark
    } else {
        CharClass::Other
    };
    (class, c.len_utf8(), c)
}

/// A combining mark that continues a word (accents, breve …).
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}')
}

/// True for a letter of the Russian or Kazakh alphabets (either case).
#[inline]
pub(crate) fn is_home_letter(c: char) -> bool {
    matches!(c, 'А'..='я' | 'Ё' | 'ё') || crate::lang::is_kazakh_letter(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KK: &str = "Ол 2017 жылы Алматыда «Қазақстан» журналына ASHYQTYQ деп жазды; Iшкi — oрыс.";

    /// The plain definition of [`letter_runs`], one character at a time.
    fn letter_runs_plain(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            let letter = crate::lang::is_alphabetic(c);
            match start {
                None if letter => start = Some(i),
                Some(s) if !(letter || is_combining(c)) => {
                    out.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        out.extend(start.map(|s| s..text.len()));
        out
    }

    #[test]
    fn letter_runs_agree_with_the_plain_definition() {
        let mut texts = vec![KK.to_string()];
        // Every character of the Basic Multilingual Plane inside and between words.
        for block in 0..64u32 {
            let chars: String = (block * 1024..(block + 1) * 1024)
                .filter_map(char::from_u32)
                .flat_map(|c| [c, 'ж', c, ' ', 'a', c])
                .collect();
            texts.push(chars);
        }
        for t in &texts {
            let (fast, plain) = (letter_runs(t).collect::<Vec<_>>(), letter_runs_plain(t));
            if let Some(k) = (0..fast.len().max(plain.len())).find(|&k| fast.get(k) != plain.get(k))
            {
                let at = plain.get(k).or(fast.get(k)).map_or(0, |r| r.start);
                let near: String = t[at..].chars().take(4).collect();
                panic!(
                    "run {k}: {:?} vs {:?} near {near:?}",
                    fast.get(k),
                    plain.get(k)
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn letter_runs_agree_on_any_text(t in "[а-яәғқңөұүһіa-zA-Z0-9 \\-'\u{0300}\u{0483}\u{0482}«»éΣ]{0,40}") {
            proptest::prop_assert_eq!(letter_runs(&t).collect::<Vec<_>>(), letter_runs_plain(&t));
        }
    }

    /// The two-pass definition [`words`] reads in one: the letter runs, then
    /// each run's characters.
    fn words_plain(text: &str) -> Vec<Word> {
        letter_runs_plain(text)
            .into_iter()
            .map(|r| {
                let word = &text[r.clone()];
                let first = word.chars().next().unwrap();
                let mut flags = Word::CYRILLIC_OR_MARKS | Word::CYRILLIC | Word::ASCII | Word::HOME;
                if is_cyrillic(first) {
                    flags |= Word::CYRILLIC_FIRST;
                }
                if first.is_uppercase() {
                    flags |= Word::CAPITAL_FIRST;
                }
                for c in word.chars() {
                    if !is_cyrillic(c) {
                        flags &= !Word::CYRILLIC;
                        if !is_combining(c) {
                            flags &= !Word::CYRILLIC_OR_MARKS;
                        }
                    }
                    if !c.is_ascii() {
                        flags &= !Word::ASCII;
                    }
                    if !is_home_letter(c) {
                        flags &= !Word::HOME;
                    }
                    if is_kazakh_letter(c) {
                        flags |= Word::KAZAKH;
                    }
                    if c.is_uppercase() {
                        flags |= Word::CAPITAL;
                    }
                }
                Word {
                    start: r.start,
                    end: r.end,
                    letters: word.chars().count() as u32,
                    flags,
                }
            })
            .collect()
    }

    #[test]
    fn words_agree_with_the_two_pass_definition() {
        let mut texts = vec![KK.to_string(), format!("{KK} Ёлка, ҡала йод naïve")];
        texts.extend(crate::checks::testing::every_character([
            'ж', ' ', 'a', 'Ж', 'Қ',
        ]));
        for t in &texts {
            assert_eq!(words(t), words_plain(t));
        }
    }

    proptest::proptest! {
        #[test]
        fn words_agree_on_any_text(t in "[а-яА-ЯәғқңөұүһіӘҚa-zA-Z0-9 \\-'\u{0300}\u{0483}\u{0482}«»éΣ]{0,40}") {
            proptest::prop_assert_eq!(words(&t), words_plain(&t));
        }
    }

    #[test]
    fn flags_are_what_each_word_is_made_of() {
        let text = format!("{KK} Ёлка, ҡала йод naïve");
        for w in words(&text) {
            let s = w.text(&text);
            let first = s.chars().next().unwrap();
            assert_eq!(w.letters as usize, s.chars().count(), "{s}");
            assert_eq!(w.is(Word::CYRILLIC_FIRST), is_cyrillic(first), "{s}");
            assert_eq!(w.is(Word::CAPITAL_FIRST), first.is_uppercase(), "{s}");
            assert_eq!(
                w.is(Word::CYRILLIC_OR_MARKS),
                s.chars().all(|c| is_cyrillic(c) || is_combining(c)),
                "{s}"
            );
            assert_eq!(w.is(Word::CYRILLIC), s.chars().all(is_cyrillic), "{s}");
            assert_eq!(w.is(Word::KAZAKH), s.chars().any(is_kazakh_letter), "{s}");
            assert_eq!(
                w.is(Word::CAPITAL),
                s.chars().any(char::is_uppercase),
                "{s}"
            );
            assert_eq!(w.is(Word::ASCII), s.is_ascii(), "{s}");
            assert_eq!(w.is(Word::HOME), s.chars().all(is_home_letter), "{s}");
        }
        let all: Vec<&str> = words(&text).iter().map(|w| w.text(&text)).collect();
        assert_eq!(all[..4], ["Ол", "жылы", "Алматыда", "Қазақстан"]);
    }
}
