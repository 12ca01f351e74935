//! How the quotation marks of a text pair up: the reading the `quotes` check
//! judges, and the shape of a paragraph's quotations the aligner compares.
//!
//! Every style is read: « » (and nested „ “), “ ” and straight ". Guillemets and
//! „ tell their direction; “ ” and " are read by their place (after a space or an
//! opening bracket they open, before a space or punctuation they close), because
//! Kazakh texts often write “…“ or ”…”.

use super::Paragraph;
use std::ops::Range;

/// Deepest nesting tracked (keeps the scan linear); deeper marks count as unpaired.
const MAX_DEPTH: usize = 16;

/// The quotation structure of one side of a bead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    /// Quoted passages (opening marks, plus closings that had no opening).
    pub(crate) passages: usize,
    /// Opening marks left open at the end.
    pub(crate) open: usize,
    /// Closing marks that had nothing to close.
    pub(crate) stray: usize,
    /// Where the first unpaired mark is: (index of paragraph, byte range).
    pub(crate) first_bad: Option<(usize, Range<usize>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    Low,
    Curly,
    Straight,
}

fn is_opening_context(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '«' | '„' | '—' | '–' | '-' | '/' | ':')
        }
    };
    let after_word = next.is_some_and(|c| !c.is_whitespace());
    before_ok && after_word
}

fn is_closing_context(prev: Option<char>, next: Option<char>) -> bool {
    let after_word = prev.is_some_and(|c| !c.is_whitespace());
    let next_ok = match next {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || c.is_ascii_punctuation()
                || matches!(c, '»' | '“' | '”' | '—' | '–' | '…')
        }
    };
    after_word && next_ok
}

/// Scans the paragraphs of one side.
pub(crate) fn scan(paras: &[&Paragraph]) -> Scan {
    let mut s = Scan::default();
    // Stack of open marks: (family, paragraph index, byte range).
    let mut stack: Vec<(Family, usize, Range<usize>)> = Vec::new();
    let mut max_depth = 0usize;
    let mut last_was_close = false;
    let mut nested_guillemets = false;
    // Where the last opening mark ended: (paragraph index, byte offset).
    let mut opened_at: Option<(usize, usize)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let t = p.text.as_str();
        // Only the quotation marks matter: « » (lead byte C2), „ “ ” (E2) and ".
        // Both lead bytes start a character.
        for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, t.as_bytes()) {
            let Some(c) = t[i..].chars().next() else {
                continue;
            };
            let prev = t[..i].chars().next_back();
            let next = t[i + c.len_utf8()..].chars().next();
            let range = i..i + c.len_utf8();
            // Direction: Some(true) opens, Some(false) closes.
            let (family, opens) = match c {
                '«' => (Family::Guillemet, true),
                '»' => (Family::Guillemet, false),
                '„' => (Family::Low, true),
                '“' | '”' | '"' => {
                    let family = if c == '"' {
                        Family::Straight
                    } else {
                        Family::Curly
                    };
                    // A „ waiting for its closing takes “ or ” as the closing.
                    if c != '"' && stack.last().is_some_and(|(f, _, _)| *f == Family::Low) {
                        (Family::Low, false)
                    } else if c == '"' && prev.is_some_and(|p| p.is_ascii_digit()) {
                        // 10" (inches).
                        continue;
                    } else {
                        let open_ctx = is_opening_context(prev, next);
                        let close_ctx = is_closing_context(prev, next);
                        let top_same = stack
                            .iter()
                            .any(|(f, _, _)| matches!(f, Family::Curly | Family::Straight));
                        // A mark right after an opening one opens a quotation
                        // inside it (`““Клубты … ба?” деген …"`).
                        let after_opening = opened_at == Some((pi, i));
                        let opens = match (open_ctx, close_ctx) {
                            _ if after_opening && !close_ctx => true,
                            (true, false) => true,
                            (false, true) => false,
                            _ => !top_same,
                        };
                        (family, opens)
                    }
                }
                _ => continue,
            };
            if opens {
                // (Only inside one paragraph: a quotation left open at the end of
                // one paragraph is not closed by the name quoted in the next.)
                if family == Family::Guillemet
                    && stack
                        .last()
                        .is_some_and(|(f, p, _)| *f == Family::Guillemet && *p == pi)
                {
                    nested_guillemets = true;
                }
                s.passages += 1;
                if stack.len() >= MAX_DEPTH {
                    // Pathological text: count the mark, do not track it.
                    s.open += 1;
                    s.first_bad.get_or_insert((pi, range));
                    continue;
                }
                opened_at = Some((pi, range.end));
                stack.push((family, pi, range));
                max_depth = max_depth.max(stack.len());
                last_was_close = false;
            } else {
                // Close the innermost mark of the same family (curly and straight
                // close each other too: typists mix them).
                let pos = stack.iter().rposition(|(f, _, _)| {
                    *f == family
                        || (matches!(family, Family::Curly | Family::Straight)
                            && matches!(f, Family::Curly | Family::Straight))
                });
                match pos {
                    Some(k) => {
                        // Marks opened after it and never closed stay unpaired.
                        for (_, bp, br) in stack.drain(k..).skip(1) {
                            s.open += 1;
                            s.first_bad.get_or_insert((bp, br));
                        }
                    }
                    None => {
                        s.stray += 1;
                        s.passages += 1;
                        s.first_bad.get_or_insert((pi, range));
                    }
                }
                last_was_close = true;
            }
        }
    }
    // «Газета «Правда»: two nested guillemets closed by one mark.
    let merged = stack.len() == 1
        && nested_guillemets
        && max_depth >= 2
        && last_was_close
        && stack[0].0 == Family::Guillemet;
    if !merged {
        for (_, bp, br) in stack {
            s.open += 1;
            s.first_bad.get_or_insert((bp, br));
        }
    }
    s
}

/// How one paragraph's quotation marks pair up, as far as the aligner cares:
/// whether it closes a quote it did not open (it goes on with a quotation of the
/// paragraph before) and whether it leaves one open (the quotation goes on in the
/// next). Two translations of one paragraph usually agree.
pub(crate) fn shape(p: &Paragraph) -> (bool, bool) {
    let s = scan(&[p]);
    (s.stray > 0, s.open > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        crate::segment::segment(text).remove(0)
    }

    #[test]
    fn the_shape_tells_a_quotation_that_runs_over_paragraphs() {
        // corpus/ntrex128/docs/049_reuters.218861 (CC BY-SA 4.0, NTREX-128),
        // ¶11 and ¶12 of each version.
        assert_eq!(
            shape(&para(
                "«Представление о том, что санкции могут поставить нас на колени."
            )),
            (false, true)
        );
        assert_eq!(
            shape(&para(
                "Но настоящая проблема в том, что санкции усиливают наше недоверие»."
            )),
            (true, false)
        );
        assert_eq!(
            shape(&para(
                "Бірақ санкциялардың тоқтатылмауы біздің сенімімізді әлсіретуде.“"
            )),
            (true, false)
        );
        assert_eq!(
            shape(&para(
                "“Бізді санкциямен жеңуге болады деген ой орындалмас арманы.”"
            )),
            (false, false)
        );
        assert_eq!(shape(&para("Без кавычек.")), (false, false));
    }
}
