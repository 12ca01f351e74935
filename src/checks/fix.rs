//! `fix`: mechanical, safe repairs of one version's text — Latin look-alike letters
//! inside otherwise Cyrillic words, and doubled spaces inside a line. Pure: text in,
//! text and the list of changes out.

use crate::checks::lookalike::cyrillic_twin;
use crate::lang::{is_alphabetic, is_cyrillic, is_latin, Lang};

/// One repair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The line, from 1.
    pub line: usize,
    /// What was there (a word, or a run of spaces).
    pub old: String,
    /// What replaces it.
    pub new: String,
}

/// The Latin letters `fix` replaces inside a Cyrillic word, in `lang`.
fn fixable(c: char, lang: Lang) -> Option<char> {
    let ok = matches!(
        c,
        'a' | 'e'
            | 'o'
            | 'c'
            | 'p'
            | 'x'
            | 'y'
            | 'A'
            | 'E'
            | 'O'
            | 'C'
            | 'P'
            | 'X'
            | 'H'
            | 'K'
            | 'M'
            | 'T'
            | 'B'
    ) || (c == 'i' && lang == Lang::Kk);
    if ok {
        cyrillic_twin(c, lang)
    } else {
        None
    }
}

/// A token that must survive untouched: a URL, an e-mail, a @handle, a #hashtag.
fn protected(token: &str) -> bool {
    token.contains("://")
        || token.contains('@')
        || token.starts_with('#') && token.len() > 1 && !token.starts_with("# ")
        || token.to_lowercase().contains("www.")
}

/// The word with its look-alikes replaced, if it is otherwise Cyrillic.
fn fix_word(word: &str, lang: Lang) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if !chars.iter().any(|&c| is_cyrillic(c)) || !chars.iter().any(|&c| is_latin(c)) {
        return None;
    }
    // A Latin stem with a suffix glued on (`BBCның`) is a choice, not a defect.
    if chars.len() >= 2 && is_latin(chars[0]) && is_latin(chars[1]) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for &c in &chars {
        if is_latin(c) {
            out.push(fixable(c, lang)?);
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Fixes the look-alikes of one token (a run of non-space characters).
fn fix_token(token: &str, lang: Lang, line: usize, changes: &mut Vec<Change>, out: &mut String) {
    if protected(token) {
        out.push_str(token);
        return;
    }
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, changes: &mut Vec<Change>| {
        match fix_word(word, lang) {
            Some(fixed) => {
                changes.push(Change {
                    line,
                    old: word.clone(),
                    new: fixed.clone(),
                });
                out.push_str(&fixed);
            }
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in token.chars() {
        if is_alphabetic(c) {
            word.push(c);
        } else {
            flush(&mut word, out, changes);
            out.push(c);
        }
    }
    flush(&mut word, out, changes);
}

/// Fixes one line outside code blocks; code spans (`…`) are left alone.
fn fix_line(text: &str, lang: Lang, line: usize, changes: &mut Vec<Change>) -> String {
    let mut out = String::with_capacity(text.len());
    let body = text.trim_end_matches([' ', '\t']);
    let trailing = &text[body.len()..];
    let indent_len = body.len() - body.trim_start_matches([' ', '\t']).len();
    out.push_str(&body[..indent_len]);
    let rest = &body[indent_len..];
    let mut in_code = false;
    let mut token = String::new();
    let mut spaces = 0usize;
    let mut chars = rest.chars().peekable();
    let end_token =
        |token: &mut String, out: &mut String, changes: &mut Vec<Change>, code: bool| {
            if code {
                out.push_str(token);
            } else {
                fix_token(token, lang, line, changes, out);
            }
            token.clear();
        };
    while let Some(c) = chars.next() {
        if c == ' ' && !in_code {
            end_token(&mut token, &mut out, changes, false);
            spaces += 1;
            if chars.peek() != Some(&' ') {
                if spaces > 1 {
                    changes.push(Change {
                        line,
                        old: " ".repeat(spaces),
                        new: " ".to_string(),
                    });
                }
                out.push(' ');
                spaces = 0;
            }
            continue;
        }
        if c == '`' {
            end_token(&mut token, &mut out, changes, in_code);
            in_code = !in_code;
            out.push(c);
            continue;
        }
        token.push(c);
    }
    end_token(&mut token, &mut out, changes, in_code);
    out.push_str(trailing);
    out
}

/// The text with its look-alikes and doubled spaces fixed, and the changes made.
/// Fenced code blocks, leading indentation, trailing spaces (a Markdown line
/// break) and line endings are kept as they are.
pub fn fix_text(text: &str, lang: Lang) -> (String, Vec<Change>) {
    let mut out = String::with_capacity(text.len());
    let mut changes = Vec::new();
    let mut fenced = false;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let content = raw.trim_end_matches(['\n', '\r']);
        let ending = &raw[content.len()..];
        let trimmed = content.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            out.push_str(raw);
            continue;
        }
        if fenced || content.starts_with('\t') || content.starts_with("    ") {
            out.push_str(raw);
            continue;
        }
        out.push_str(&fix_line(content, lang, i + 1, &mut changes));
        out.push_str(ending);
    }
    (out, changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kk(s: &str) -> String {
        fix_text(s, Lang::Kk).0
    }
    fn ru(s: &str) -> String {
        fix_text(s, Lang::Ru).0
    }

    #[test]
    fn kazakh_latin_i_becomes_kazakh_i() {
        assert_eq!(kk("жергiлiктi әкiмдiк"), "жергілікті әкімдік");
        let (_, changes) = fix_text("жергiлiктi", Lang::Kk);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].new, "жергілікті");
    }

    #[test]
    fn russian_lookalikes_become_cyrillic_but_i_stays() {
        assert_eq!(ru("мoлoкo и xлеб"), "молоко и хлеб");
        assert_eq!(ru("мiр"), "мiр");
    }

    #[test]
    fn uppercase_lookalikes() {
        assert_eq!(ru("ТОO «Kазахтелеком»"), "ТОО «Казахтелеком»");
        assert_eq!(kk("Aлматы ҚAЗAҚСТAН"), "Алматы ҚАЗАҚСТАН");
    }

    #[test]
    fn latin_words_and_links_stay() {
        let text = "ASHYQTYQ https://altainews.kz/жаңалықтар info@altainews.kz @altainews #Алматыnews BBCның";
        assert_eq!(kk(text), text);
        assert_eq!(ru(text), text);
    }

    #[test]
    fn doubled_spaces_collapse_inside_lines_only() {
        assert_eq!(kk("бір  екі   үш\n"), "бір екі үш\n");
        assert_eq!(kk("  - бір  екі  \nүш"), "  - бір екі  \nүш");
        assert_eq!(kk("`a  b`  c"), "`a  b` c");
        assert_eq!(kk("```\nбiр  екі\n```\n"), "```\nбiр  екі\n```\n");
        assert_eq!(kk("a\r\n\r\nb  c\r\n"), "a\r\n\r\nb c\r\n");
    }
}
