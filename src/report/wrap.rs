//! Fitting text to a terminal: display widths (a Kazakh letter is one column, a
//! CJK character two) and word wrapping with a hanging indent.

use unicode_width::UnicodeWidthStr;

/// The number of terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` padded with spaces to `columns`.
pub fn pad(text: &str, columns: usize) -> String {
    format!("{text}{}", " ".repeat(columns.saturating_sub(width(text))))
}

/// Breaks `text` into lines of at most `columns` columns at spaces; a word longer
/// than a line is cut between characters. Never returns an empty list.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            width(word)
        } else {
            width(&line) + 1 + width(word)
        };
        if needed <= columns {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if width(&line) + w > columns && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` wrapped to `columns`, every line after the first indented by `indent`
/// columns (the first line is the caller's to place).
pub fn hanging(text: &str, columns: usize, indent: usize) -> Vec<String> {
    wrap(text, columns.saturating_sub(indent).max(10))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l
            } else {
                format!("{}{l}", " ".repeat(indent))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "түпнұсқа ¶4: мазмұндық 1, косметикалық 0, 15 сөз";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| width(l) <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(lines[0], "түпнұсқа ¶4:");
    }

    #[test]
    fn cuts_a_word_longer_than_the_line() {
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        assert_eq!(width("Алматы"), 6);
        assert_eq!(width("北京"), 4);
        assert_eq!(pad("Ғ", 3), "Ғ  ");
    }
}
