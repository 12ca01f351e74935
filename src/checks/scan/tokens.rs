//! A small linear tokenizer shared by the `numbers` and `dates` checks: runs of
//! letters, runs of ASCII digits and single punctuation characters, each with its
//! byte range and whether white space came before it.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits.
    Digits,
    /// One other visible character.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// White space between the previous token and this one.
    pub space_before: bool,
    /// The character, for punctuation; the first character otherwise.
    pub ch: char,
    /// For a word: its first two letters as [`lower_into`] writes them
    /// ([`lower_prefix`]), to rule it out before lower-casing all of it.
    pub prefix: [char; 2],
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn is_punct(&self, set: &[char]) -> bool {
        self.kind == TokKind::Punct && set.contains(&self.ch)
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Characters that are neither text nor space (soft hyphen, zero-width marks).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Splits a text into tokens, in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(text.len() / 8);
    let bytes = text.as_bytes();
    let mut space = false;
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        if b == b' ' {
            // The usual space, told from its byte.
            space = true;
            i += 1;
            continue;
        }
        let (c, len) = crate::lang::char_at(text, i);
        // A character of U+0400 to U+047F (lead byte D0 or D1) is a letter:
        // it begins a word, without the general questions below.
        let cyrillic = matches!(b, 0xD0 | 0xD1);
        let kind = if cyrillic {
            TokKind::Word
        } else {
            if c.is_whitespace() {
                space = true;
                i += len;
                continue;
            }
            if invisible(c) {
                i += len;
                continue;
            }
            if c.is_ascii_digit() {
                TokKind::Digits
            } else if crate::lang::is_alphabetic(c) {
                TokKind::Word
            } else {
                TokKind::Punct
            }
        };
        let mut end = i + len;
        if kind != TokKind::Punct {
            while end < text.len() {
                // U+0400 to U+047F (lead bytes D0, D1): all letters, read as such
                // without decoding them.
                if kind == TokKind::Word && matches!(bytes[end], 0xD0 | 0xD1) {
                    end += 2;
                    continue;
                }
                let (d, len) = crate::lang::char_at(text, end);
                let same = match kind {
                    TokKind::Digits => d.is_ascii_digit(),
                    _ => crate::lang::is_alphabetic(d) || is_mark(d),
                };
                if !same {
                    break;
                }
                end += len;
            }
        }
        let second = i + len;
        let prefix = if kind != TokKind::Word {
            [' '; 2]
        } else if cyrillic && (second == end || matches!(bytes[second], 0xD0 | 0xD1)) {
            // The usual word: its first two characters (or its one) are of
            // U+0400 to U+047F, whose prefix characters need no decoding of
            // the word.
            let next = if second == end {
                ' '
            } else {
                cyrillic_prefix_char(crate::lang::char_at(text, second).0)
            };
            [cyrillic_prefix_char(c), next]
        } else {
            lower_prefix(&text[i..end])
        };
        out.push(Tok {
            kind,
            start: i,
            end,
            space_before: space,
            ch: c,
            prefix,
        });
        space = false;
        i = end;
    }
    out
}

/// The character [`lower_prefix`] writes for a character of U+0400 to U+047F:
/// its lower case, `е` for `ё` and `Ё` (the only look-alikes there). A test
/// compares it with [`lower_prefix`] on every one of them.
#[inline]
fn cyrillic_prefix_char(c: char) -> char {
    if matches!(c, 'ё' | 'Ё') {
        'е'
    } else {
        crate::lang::lower_char(c)
    }
}

/// Combining marks stay inside a word (a decomposed й, ё).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Lower-cases a word into a reused buffer: a Latin letter that looks like a
/// Cyrillic one (and `ё`) becomes that letter ([`look_alike`]), every other
/// character its lower case.
///
/// Most characters of a word are written as they are (the lower-case Cyrillic
/// letters, told from their bytes by [`kept_len`]): their runs are copied whole,
/// and only the other characters are decoded and mapped. A test compares it with
/// the plain definition, one character at a time.
pub(crate) fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    let bytes = word.as_bytes();
    // Start of the run of kept characters not copied yet.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let kept = kept_len(bytes, i);
        if kept > 0 {
            i += kept;
            continue;
        }
        buf.push_str(&word[run..i]);
        let (c, len) = crate::lang::char_at(word, i);
        match look_alike(c) {
            Some(l) => buf.push(l),
            None => crate::lang::push_lowercase(buf, c),
        }
        i += len;
        run = i;
    }
    buf.push_str(&word[run..]);
}

/// The length of the character at byte `i` of `bytes` (a character boundary)
/// when [`lower_into`] writes it unchanged and that can be told from its bytes,
/// else 0: ASCII but capitals and look-alikes; а–я (U+0430–U+044F, D0 B0 – D1 8F)
/// and U+0450–U+045F but ё (D1 90 – D1 9F but D1 91), with і; and the odd code
/// points of U+048A–U+04BF and U+04D0–U+04FF (D2 8A – D3 BF), the lower-case
/// letters there, with ғ қ ң ұ ү һ ә ө.
#[inline]
fn kept_len(bytes: &[u8], i: usize) -> usize {
    let b = bytes[i];
    let next = || bytes.get(i + 1).copied().unwrap_or(0);
    let kept = match b {
        b'i' | b'a' | b'e' | b'o' | b'c' | b'p' | b'x' => false,
        0..=0x7F => !b.is_ascii_uppercase(),
        0xD0 => next() >= 0xB0,
        0xD1 => next() != 0x91 && next() <= 0x9F,
        0xD2 => next() >= 0x8A && next() & 1 == 1,
        0xD3 => next() >= 0x90 && next() & 1 == 1,
        _ => false,
    };
    match (kept, b.is_ascii()) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) => 2,
    }
}

/// The Cyrillic letter [`lower_into`] writes for a Latin look-alike (or `ё`).
fn look_alike(c: char) -> Option<char> {
    Some(match c {
        // Latin letters that look like Cyrillic ones inside Cyrillic words.
        'i' | 'I' => 'і',
        'a' | 'A' => 'а',
        'e' | 'E' => 'е',
        'o' | 'O' => 'о',
        'c' | 'C' => 'с',
        'p' | 'P' => 'р',
        'x' | 'X' => 'х',
        'ё' | 'Ё' => 'е',
        _ => return None,
    })
}

/// The first two characters [`lower_into`] would write for `word` (spaces past
/// its end): lets a caller rule a word out before lower-casing all of it.
pub(crate) fn lower_prefix(word: &str) -> [char; 2] {
    let mut out = [' '; 2];
    let mut chars = word.chars();
    for k in 0..2 {
        let Some(c) = chars.next() else { break };
        out[k] = look_alike(c).unwrap_or_else(|| crate::lang::lower_char(c));
        if c == 'İ' {
            // The one letter whose lower case is two characters (`i̇`): first,
            // its second character comes before the next letter's.
            if k == 0 {
                out[1] = '\u{307}';
            }
            break;
        }
    }
    out
}

/// The gap between two tokens is exactly one space character (any kind of
/// space: ordinary, no-break, narrow no-break, thin) — a thousands separator.
pub(crate) fn single_space_gap(text: &str, a: &Tok, b: &Tok) -> bool {
    let gap = &text[a.end..b.start];
    let mut chars = gap.chars().filter(|c| !invisible(*c));
    matches!(
        (chars.next(), chars.next()),
        (
            Some(' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}'),
            None
        )
    )
}

/// True for the dashes and hyphens that join ranges and case endings.
pub(crate) const DASHES: [char; 5] = ['-', '–', '—', '‐', '‑'];

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition [`tokenize`] reads faster: character by character.
    fn tokenize_plain(text: &str) -> Vec<(TokKind, usize, usize, bool, char, [char; 2])> {
        let mut out = Vec::new();
        let mut space = false;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (i, c) = chars[k];
            k += 1;
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if invisible(c) {
                continue;
            }
            let kind = if c.is_ascii_digit() {
                TokKind::Digits
            } else if c.is_alphabetic() {
                TokKind::Word
            } else {
                TokKind::Punct
            };
            if kind != TokKind::Punct {
                while let Some(&(_, d)) = chars.get(k) {
                    let same = match kind {
                        TokKind::Digits => d.is_ascii_digit(),
                        _ => d.is_alphabetic() || is_mark(d),
                    };
                    if !same {
                        break;
                    }
                    k += 1;
                }
            }
            let end = chars.get(k).map_or(text.len(), |&(j, _)| j);
            let prefix = if kind == TokKind::Word {
                lower_prefix(&text[i..end])
            } else {
                [' '; 2]
            };
            out.push((kind, i, end, space, c, prefix));
            space = false;
        }
        out
    }

    fn fields(toks: &[Tok]) -> Vec<(TokKind, usize, usize, bool, char, [char; 2])> {
        toks.iter()
            .map(|t| (t.kind, t.start, t.end, t.space_before, t.ch, t.prefix))
            .collect()
    }

    #[test]
    fn tokens_agree_with_the_plain_definition() {
        let mut texts = vec!["10\u{00A0}000-ға, 2,8 млрд. Ёлка ѣ҂ҋ Ӏ".to_string()];
        texts.extend(crate::checks::testing::every_character([
            'ж', ' ', 'a', '1', 'Ж',
        ]));
        for t in &texts {
            assert_eq!(fields(&tokenize(t)), tokenize_plain(t));
        }
    }

    #[test]
    fn cyrillic_prefix_chars_are_those_of_lower_prefix() {
        for c in '\u{0400}'..='\u{047F}' {
            assert_eq!(
                cyrillic_prefix_char(c),
                lower_prefix(&c.to_string())[0],
                "{c}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_agree_on_any_text(t in "[а-яА-ЯёәқӀѣ҂ҋa-z0-9 ,.\\-\u{0301}\u{00AD}\u{00A0}«»]{0,40}") {
            proptest::prop_assert_eq!(fields(&tokenize(&t)), tokenize_plain(&t));
        }
    }

    #[test]
    fn tokens_and_spaces() {
        let t = "10\u{00A0}000-ға, 2,8 млрд.";
        let toks = tokenize(t);
        let kinds: Vec<TokKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                TokKind::Digits,
                TokKind::Digits,
                TokKind::Punct,
                TokKind::Word,
                TokKind::Punct,
                TokKind::Digits,
                TokKind::Punct,
                TokKind::Digits,
                TokKind::Word,
                TokKind::Punct
            ]
        );
        assert!(single_space_gap(t, &toks[0], &toks[1]));
        assert!(!toks[2].space_before);
        assert_eq!(toks[3].text(t), "ға");
    }

    /// The plain definition [`lower_into`] reads faster: character by character.
    fn lower_plain(word: &str) -> String {
        let mut out = String::new();
        for c in word.chars() {
            match look_alike(c) {
                Some(l) => out.push(l),
                None => crate::lang::push_lowercase(&mut out, c),
            }
        }
        out
    }

    #[test]
    fn lower_into_writes_what_the_plain_definition_does() {
        let mut texts = vec!["ҚазақСТАН Ёлка ѣѢ҂ҋӀӏ İstanbul ΣΑΣ Iшкi oрыс".to_string()];
        texts.extend(crate::checks::testing::every_character([
            'ж', 'Ж', 'a', 'ә', 'Ә',
        ]));
        let mut buf = String::new();
        for t in &texts {
            lower_into(t, &mut buf);
            assert_eq!(buf, lower_plain(t));
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_into_agrees_on_any_word(t in "[а-яА-ЯёЁәӘқҚіІӀӏѣѢ҂ҋa-zA-ZİΣ0-9\\-\u{0301}]{0,20}") {
            let mut buf = String::from("old");
            lower_into(&t, &mut buf);
            proptest::prop_assert_eq!(buf, lower_plain(&t));
        }
    }

    #[test]
    fn lower_prefix_is_what_lower_into_writes_first() {
        let mut buf = String::new();
        for w in [
            "Қазан",
            "ЁЛКА",
            "ёлка",
            "Iшкi",
            "Astana",
            "Σ",
            "7-ші",
            "мың",
            "Ә",
            "",
            "İstanbul",
            "aİ",
        ] {
            lower_into(w, &mut buf);
            let mut first = buf.chars().chain("  ".chars());
            let expected = [first.next().unwrap(), first.next().unwrap()];
            assert_eq!(lower_prefix(w), expected, "{w}");
        }
    }
}
