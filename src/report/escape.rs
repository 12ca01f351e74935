//! Control characters from files, ledgers and arguments, made visible.
//!
//! Names, notes, article texts and folder names reach the terminal. Printed raw,
//! an ESC or OSC sequence could retitle the window, clear the screen or recolour
//! what follows, a bidi override could reverse what a line seems to say, and a
//! line break in a folder name could add a fake row to `status`. Every such
//! character is shown as `\u{…}` instead. JSON output is escaped by its encoder.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal as it is. Line feeds and tabs are
/// allowed only where `keep_layout` says so.
fn hostile(c: char, keep_layout: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_layout,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
        // Bidi embeddings, overrides and isolates; line and paragraph separators.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

/// Whether `text` holds a [`hostile`] character, read byte by byte: most text
/// has none, and this is asked of every line printed. In UTF-8 they are the
/// bytes below 0x20 and 0x7F, C2 80–9F (C1 controls), E2 80 A8–AE and E2 81
/// A6–A9 (separators and bidi controls).
///
/// The text is read in blocks of 32 bytes, each first tested with no early exit
/// (which the compiler makes vector code) for a byte that can begin one; only a
/// block that has such a byte (C2 and E2 also begin `«`, `»`, `—`, `…`, common in
/// both languages) is read byte by byte.
fn has_hostile(text: &str, keep_layout: bool) -> bool {
    let b = text.as_bytes();
    let mut start = 0;
    for block in b.chunks(32) {
        let may = block.iter().fold(false, |any, &c| {
            any | (c < 0x20) | (c == 0x7F) | (c == 0xC2) | (c == 0xE2)
        });
        if may && (start..start + block.len()).any(|i| hostile_at(b, i, keep_layout)) {
            return true;
        }
        start += block.len();
    }
    false
}

/// Whether the byte at `i` of `b` begins a [`hostile`] character.
fn hostile_at(b: &[u8], i: usize, keep_layout: bool) -> bool {
    match b[i] {
        b'\n' | b'\t' => !keep_layout,
        0x00..=0x1F | 0x7F => true,
        0xC2 => b.get(i + 1).is_some_and(|&n| (0x80..=0x9F).contains(&n)),
        0xE2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(&n)) => (0xA8..=0xAE).contains(&n),
            (Some(0x81), Some(&n)) => (0xA6..=0xA9).contains(&n),
            _ => false,
        },
        _ => false,
    }
}

fn escape(text: &str, keep_layout: bool) -> Cow<'_, str> {
    if !has_hostile(text, keep_layout) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hostile(c, keep_layout) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value shown inside a line (a name, an id, a note, a path): every control
/// character is made visible, line feeds and tabs included.
///
/// ```
/// use qostil::report::escape::inline;
/// assert_eq!(inline("Evil\u{1b}]0;pwned\u{7}"), "Evil\\u{1b}]0;pwned\\u{7}");
/// assert_eq!(inline("fake\nrow"), "fake\\u{a}row");
/// assert_eq!(inline("Айгерім"), "Айгерім");
/// ```
pub fn inline(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Text from a file shown on lines of its own (an article's paragraph, a word
/// run of a diff): line feeds and tabs stay, every other control character is
/// made visible — colour sequences (`ESC [ 31 m`) included, which only qostil
/// may write.
///
/// ```
/// use qostil::report::escape::text;
/// assert_eq!(text("жол\u{1b}[31mқызыл\nекі"), "жол\\u{1b}[31mқызыл\nекі");
/// ```
pub fn text(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Lines of output: line feeds and tabs stay, everything else is made visible
/// but the colour sequences qostil itself writes (`ESC [ digits ; … m`), which
/// [`crate::report::Ui::paint`] wraps around text already escaped. Only for
/// output with colour on: every text from a file that such a line holds must
/// have been escaped with [`text`] or [`inline`] (or painted) first; without
/// colour, [`text`] is applied to whole lines and no sequence passes.
pub fn block(text: &str) -> Cow<'_, str> {
    if !has_hostile(text, true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' {
            if let Some(len) = sgr_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if hostile(c, true) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a colour sequence (`ESC [ 0-9; m`) at the start of `s`.
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let digits = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(digits) == Some(&b'm')).then_some(2 + digits + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_test_agrees_with_the_character_test() {
        let mut samples: Vec<String> = [
            "Айгерім Сапарова «сказала» — 1\u{a0}000 тг… “ok”",
            "жол\nекі\tүш",
            "",
            "\u{2027}\u{202F}\u{2065}\u{206A}\u{A0}\u{BF}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for c in (0u32..0x300)
            .chain(0x2000..0x2100)
            .filter_map(char::from_u32)
        {
            samples.push(format!("а{c}б"));
            samples.push(c.to_string());
        }
        for s in &samples {
            for keep in [true, false] {
                assert_eq!(
                    has_hostile(s, keep),
                    s.chars().any(|c| hostile(c, keep)),
                    "{s:?} {keep}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Long texts, so that hostile characters and the bytes that begin one
        /// fall on every place of a block and across two blocks.
        #[test]
        fn the_block_test_agrees_with_the_character_test(
            text in "[аә a\n\t\u{1}\u{7f}\u{85}\u{a0}«—…\u{2028}\u{202e}\u{2069}\u{2027}]{0,120}",
        ) {
            for keep in [true, false] {
                proptest::prop_assert_eq!(
                    has_hostile(&text, keep),
                    text.chars().any(|c| hostile(c, keep))
                );
            }
        }
    }

    #[test]
    fn terminal_sequences_are_made_visible() {
        let evil = "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J";
        assert_eq!(inline(evil), "Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J");
        assert_eq!(block(evil), "Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J");
        assert_eq!(
            inline("a\u{202E}b\u{2028}c\u{85}"),
            "a\\u{202e}b\\u{2028}c\\u{85}"
        );
        assert_eq!(block("жол\n\tекі"), "жол\n\tекі");
        assert_eq!(inline("жол\n\tекі"), "жол\\u{a}\\u{9}екі");
        // qostil's own colours stay.
        assert_eq!(
            block("\u{1b}[1m\u{1b}[31mқызыл\u{1b}[0m\u{7}"),
            "\u{1b}[1m\u{1b}[31mқызыл\u{1b}[0m\\u{7}"
        );
        assert!(matches!(inline("Дамир Омаров"), Cow::Borrowed(_)));
        // Colour sequences from a text are not qostil's: made visible.
        assert_eq!(text("a\u{1b}[31mb\u{1b}[0m\n"), "a\\u{1b}[31mb\\u{1b}[0m\n");
        assert_eq!(inline("\u{1b}[1;31m"), "\\u{1b}[1;31m");
    }
}
