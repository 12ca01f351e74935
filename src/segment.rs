//! Markdown → numbered paragraphs.
//!
//! A version is Markdown: a `# Title` line, then blocks separated by blank lines.
//! Every block a reader sees as a unit — the title, a heading, a paragraph, a list
//! item, a paragraph of a quote, an image caption, a table, a code block — becomes
//! one [`Paragraph`], numbered from 1 in document order, with the lines it spans.
//!
//! Comparison never looks at the bytes of the file: it looks at [`Paragraph::norm`],
//! the text with inline markup removed, Unicode in NFC, invisible characters dropped
//! and every run of white space (no-break and thin spaces included) folded to one
//! space. So CRLF line ends, a BOM, trailing spaces and re-wrapped lines never make a
//! paragraph look changed. The files themselves are never rewritten.

pub(crate) mod quotes;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// What kind of block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The first level-one heading of the file.
    Title,
    /// Any other heading.
    Heading,
    /// An ordinary paragraph.
    Paragraph,
    /// One item of a list (its nested paragraphs included).
    ListItem,
    /// A paragraph inside a block quote.
    Quote,
    /// The alt text of an image that stands alone in its paragraph.
    Caption,
    /// A table, one block for the whole table.
    Table,
    /// A fenced or indented code block.
    Code,
}

/// One numbered unit of a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Position in the file, from 1.
    pub number: usize,
    /// What kind of block it is.
    pub kind: BlockKind,
    /// First line of the block in the file, from 1.
    pub line_start: usize,
    /// Last line of the block in the file, from 1.
    pub line_end: usize,
    /// The text as a reader sees it: inline markup removed, white space folded.
    pub text: String,
    /// Link destinations inside the block, in order (they count as content).
    pub links: Vec<String>,
    /// `text` normalised for comparison (NFC, invisible characters removed).
    pub norm: String,
    /// Fingerprint of `norm` and `links`: 16 hex digits.
    pub fingerprint: String,
}

impl Paragraph {
    /// A paragraph made from plain text, not read from Markdown (tests, generated
    /// text): its line is its number.
    pub fn plain(number: usize, kind: BlockKind, text: &str) -> Paragraph {
        let norm = normalize(text);
        Paragraph {
            number,
            kind,
            line_start: number,
            line_end: number,
            text: norm.clone(),
            links: Vec::new(),
            fingerprint: fingerprint(&norm, &[]),
            norm,
        }
    }
}

/// Splits a version into paragraphs. Never fails: any text is some Markdown.
///
/// ```
/// use qostil::segment::{segment, BlockKind};
/// let paras = segment("# Тақырып\n\nБірінші абзац\nжалғасы.\n\n- тармақ\n");
/// assert_eq!(paras.len(), 3);
/// assert_eq!(paras[0].kind, BlockKind::Title);
/// assert_eq!(paras[1].text, "Бірінші абзац жалғасы.");
/// assert_eq!((paras[1].line_start, paras[1].line_end), (3, 4));
/// ```
pub fn segment(source: &str) -> Vec<Paragraph> {
    segment_with(source, Prints::Made)
}

/// Whether [`segment`] computes the paragraphs' fingerprints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prints {
    Made,
    Skipped,
}

/// [`segment`] without the fingerprints (every `fingerprint` is empty): for the
/// cross-language checks, which compare texts, never versions of one text.
pub fn segment_unprinted(source: &str) -> Vec<Paragraph> {
    segment_with(source, Prints::Skipped)
}

fn segment_with(source: &str, prints: Prints) -> Vec<Paragraph> {
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let lines = LineIndex::new(source);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut open: Option<Open> = None;
    // Depth of list items and quotes around the current event; a paragraph inside an
    // item belongs to the item, one inside a quote is a quote paragraph.
    let mut item_depth = 0usize;
    let mut quote_depth = 0usize;
    let mut in_table = false;
    let mut seen_title = false;
    let mut image_depth = 0usize;
    let mut only_image = true;
    // The next number of each open ordered list (None for a bullet list): legal acts
    // and numbered news lists refer to items by these numbers, so they are content.
    let mut lists: Vec<Option<u64>> = Vec::new();

    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } if open.is_none() => {
                    let kind = if level == pulldown_cmark::HeadingLevel::H1
                        && !seen_title
                        && out.is_empty()
                    {
                        seen_title = true;
                        BlockKind::Title
                    } else {
                        BlockKind::Heading
                    };
                    open = Some(Open::new(kind, range.start));
                }
                Tag::List(start) => lists.push(start),
                Tag::Item => {
                    let number = lists.last_mut().and_then(|n| {
                        let current = *n;
                        *n = n.map(|v| v + 1);
                        current
                    });
                    if item_depth == 0 && !in_table {
                        flush(&mut out, &mut open, &lines, prints, range.start);
                        open = Some(Open::new(BlockKind::ListItem, range.start));
                    }
                    if let (Some(n), Some(o)) = (number, open.as_mut()) {
                        o.push_space();
                        o.text.push_str(&format!("{n}. "));
                    }
                    item_depth += 1;
                }
                Tag::BlockQuote(_) => quote_depth += 1,
                Tag::Table(_) if open.is_none() => {
                    open = Some(Open::new(BlockKind::Table, range.start));
                    in_table = true;
                }
                Tag::CodeBlock(_) if open.is_none() => {
                    open = Some(Open::new(BlockKind::Code, range.start));
                }
                Tag::Paragraph if open.is_none() => {
                    let kind = if quote_depth > 0 {
                        BlockKind::Quote
                    } else {
                        BlockKind::Paragraph
                    };
                    open = Some(Open::new(kind, range.start));
                    only_image = true;
                }
                Tag::Paragraph => {
                    // A second paragraph inside one list item: keep them apart by a space.
                    if let Some(o) = open.as_mut() {
                        o.push_space();
                    }
                }
                Tag::Image { dest_url, .. } => {
                    image_depth += 1;
                    if let Some(o) = open.as_mut() {
                        o.links.push(dest_url.to_string());
                    }
                }
                Tag::Link { dest_url, .. } => {
                    if let Some(o) = open.as_mut() {
                        o.links.push(dest_url.to_string());
                    }
                }
                Tag::TableCell => {
                    if let Some(o) = open.as_mut() {
                        o.push_cell_separator();
                    }
                }
                Tag::TableRow | Tag::TableHead => {
                    if let Some(o) = open.as_mut() {
                        o.push_space();
                    }
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) | TagEnd::CodeBlock if item_depth == 0 => {
                    flush(&mut out, &mut open, &lines, prints, range.end)
                }
                TagEnd::Paragraph if item_depth == 0 && !in_table => {
                    if only_image && image_depth == 0 {
                        if let Some(o) = open.as_mut() {
                            if o.had_image && o.kind == BlockKind::Paragraph {
                                o.kind = BlockKind::Caption;
                            }
                        }
                    }
                    flush(&mut out, &mut open, &lines, prints, range.end)
                }
                TagEnd::Item => {
                    item_depth = item_depth.saturating_sub(1);
                    if item_depth == 0 && !in_table {
                        flush(&mut out, &mut open, &lines, prints, range.end);
                    }
                }
                TagEnd::List(_) => {
                    lists.pop();
                }
                TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                TagEnd::Table => {
                    in_table = false;
                    flush(&mut out, &mut open, &lines, prints, range.end);
                }
                TagEnd::Image => {
                    image_depth = image_depth.saturating_sub(1);
                    if let Some(o) = open.as_mut() {
                        o.had_image = true;
                    }
                }
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => {
                if let Some(o) = open.as_mut() {
                    if image_depth == 0 && !t.trim().is_empty() {
                        only_image = false;
                    }
                    o.text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(o) = open.as_mut() {
                    o.text.push(' ');
                }
            }
            Event::InlineHtml(_)
            | Event::Html(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
            Event::FootnoteReference(_) | Event::TaskListMarker(_) | Event::Rule => {}
        }
    }
    flush(&mut out, &mut open, &lines, prints, source.len());
    out
}

/// Folds a text for comparison: NFC, white space runs (no-break and thin spaces
/// included) to one space, invisible characters (soft hyphen, zero-width space and
/// joiners, BOM) removed, trimmed.
///
/// ```
/// use qostil::segment::normalize;
/// assert_eq!(normalize("  3\u{00A0}000 теңге\r\n"), "3 000 теңге");
/// assert_eq!(normalize("ақ\u{00AD}парат"), "ақпарат");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Folding works on characters, so it may run before composing when the text is
    // already NFC: one pass decides that for the usual text, whose characters all
    // are ones NFC never changes nor combines with what precedes them.
    let all_stable = fold_into(text, &mut out);
    if all_stable || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return out;
    }
    let composed: String = text.nfc().collect();
    out.clear();
    fold_into(&composed, &mut out);
    out
}

/// Appends `text` to `out` with white space runs folded to one space (none at the
/// start; a trailing one is dropped) and invisible characters removed. Runs of
/// other characters are copied as whole slices. Returns whether every character
/// is [`nfc_stable`].
fn fold_into(text: &str, out: &mut String) -> bool {
    let mut all_stable = true;
    let mut pending_space = false;
    // Start of the run of kept characters not yet copied.
    let mut run = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // `char::is_whitespace` for ASCII.
            if !matches!(b, b' ' | 0x09..=0x0d) {
                i += 1;
                continue;
            }
            // One space after a kept character and before another (ASCII or
            // Cyrillic) folds to itself: it stays in the run.
            if b == b' '
                && run < i
                && bytes.get(i + 1).is_some_and(|&n| {
                    (n.is_ascii() && !matches!(n, b' ' | 0x09..=0x0d)) || (0xD0..=0xD3).contains(&n)
                })
            {
                i += 1;
                continue;
            }
        } else if (0xD0..=0xD3).contains(&b) {
            // U+0400–U+04FF, two bytes: neither space nor invisible, and stable
            // but U+0483–U+0489 (D2 83 – D2 89).
            if b == 0xD2 && bytes.get(i + 1).is_some_and(|n| (0x83..=0x89).contains(n)) {
                all_stable = false;
            }
            i += 2;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let space = if c.is_ascii() {
            true
        } else {
            all_stable &= nfc_stable(c);
            let space = c.is_whitespace();
            if !space && !is_invisible(c) {
                i += c.len_utf8();
                continue;
            }
            space
        };
        if run < i {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&text[run..i]);
        }
        if space {
            pending_space = !out.is_empty();
        }
        i += c.len_utf8();
        run = i;
    }
    if run < text.len() {
        if pending_space {
            out.push(' ');
        }
        out.push_str(&text[run..]);
    }
    all_stable
}

/// Characters that NFC leaves as they are whatever surrounds them: canonical
/// combining class 0 and NFC quick check "Yes" (no decomposition, never the second
/// part of a composition). Latin up to U+02FF, the Cyrillic letters, general
/// punctuation but its two singleton spaces U+2000 and U+2001, the currency signs;
/// checked against the Unicode tables by a test. A text made only of them is NFC.
#[inline]
fn nfc_stable(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x400..=0x482 | 0x48A..=0x52F | 0x2002..=0x206F | 0x20A0..=0x20CF)
}

/// The fingerprint of a normalised text: the first 8 bytes of its BLAKE3 hash, in hex.
pub fn fingerprint(norm: &str, links: &[String]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(norm.as_bytes());
    for link in links {
        hasher.update(b"\x1f");
        hasher.update(link.as_bytes());
    }
    hex16(hasher.finalize().as_bytes())
}

/// Hex of the first 8 bytes of a hash.
pub fn hex16(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .take(8)
        .fold(String::with_capacity(16), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// A block being collected.
struct Open {
    kind: BlockKind,
    start: usize,
    text: String,
    links: Vec<String>,
    had_image: bool,
}

impl Open {
    fn new(kind: BlockKind, start: usize) -> Self {
        Open {
            kind,
            start,
            text: String::new(),
            links: Vec::new(),
            had_image: false,
        }
    }
    fn push_space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }
    fn push_cell_separator(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push_str(" | ");
        }
    }
}

fn flush(
    out: &mut Vec<Paragraph>,
    open: &mut Option<Open>,
    lines: &LineIndex,
    prints: Prints,
    end: usize,
) {
    let Some(o) = open.take() else { return };
    let norm = normalize(&o.text);
    if norm.is_empty() && o.links.is_empty() {
        return;
    }
    let fingerprint = match prints {
        Prints::Made => fingerprint(&norm, &o.links),
        Prints::Skipped => String::new(),
    };
    let end = end.max(o.start + 1);
    out.push(Paragraph {
        number: out.len() + 1,
        kind: o.kind,
        line_start: lines.line_of(o.start),
        line_end: lines.line_of(end - 1),
        text: norm.clone(),
        links: o.links,
        norm,
        fingerprint,
    });
}

/// Byte offset → line number.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        // `match_indices` of one ASCII character searches with memchr.
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Ашықтық және әділдік\n\nБүгін Д. Серікбаев атындағы\nШҚТУ-да дөңгелек үстел өтті.\n\n- бірінші тармақ\n- екінші тармақ\n\n> «Ашықтық — қоғам сұранысы», — деді ол.\n\n![Фото: ШҚТУ баспасөз қызметі](photo.jpg)\n\n## Қорытынды\n\nСоңғы абзац [сілтеме](https://altainews.kz).\n";

    #[test]
    fn blocks_are_numbered_with_kinds_and_lines() {
        let paras = segment(SAMPLE);
        let kinds: Vec<_> = paras.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Quote,
                BlockKind::Caption,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(
            paras.iter().map(|p| p.number).collect::<Vec<_>>(),
            (1..=8).collect::<Vec<_>>()
        );
        assert_eq!((paras[1].line_start, paras[1].line_end), (3, 4));
        assert_eq!(
            paras[1].text,
            "Бүгін Д. Серікбаев атындағы ШҚТУ-да дөңгелек үстел өтті."
        );
        assert_eq!(paras[5].text, "Фото: ШҚТУ баспасөз қызметі");
        assert_eq!(paras[7].links, vec!["https://altainews.kz".to_string()]);
    }

    #[test]
    fn crlf_bom_trailing_spaces_and_rewrapping_do_not_change_fingerprints() {
        let base = segment(SAMPLE);
        let crlf = format!("\u{FEFF}{}", SAMPLE.replace('\n', "  \r\n"));
        let rewrapped = SAMPLE
            .replace("атындағы\nШҚТУ-да", "атындағы ШҚТУ-да")
            .replace("Бүгін Д.", "Бүгін\nД.");
        for variant in [crlf, rewrapped] {
            let other = segment(&variant);
            let a: Vec<_> = base.iter().map(|p| &p.fingerprint).collect();
            let b: Vec<_> = other.iter().map(|p| &p.fingerprint).collect();
            assert_eq!(a, b);
        }
    }

    #[test]
    fn normalisation_folds_space_kinds_and_composes() {
        assert_eq!(normalize("  3\u{00A0}000\u{202F}теңге\t\n "), "3 000 теңге");
        // "й" written as и + combining breve composes to one letter.
        assert_eq!(normalize("и\u{0306}"), "й");
        assert_eq!(normalize("ақ\u{00AD}парат\u{200B}"), "ақпарат");
    }

    #[test]
    fn stable_characters_are_left_alone_by_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        for u in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            if nfc_stable(c) {
                assert_eq!(canonical_combining_class(c), 0, "{u:#x}");
                assert_eq!(
                    is_nfc_quick(std::iter::once(c)),
                    IsNormalized::Yes,
                    "{u:#x}"
                );
            }
        }
    }

    /// The fold as it was first written: one character at a time.
    fn normalize_by_char(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.nfc() {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
            } else if !is_invisible(c) {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn normalize_agrees_with_folding_char_by_char() {
        let cases = [
            "",
            " ",
            "\u{AD}",
            " \u{AD} a",
            "a \u{AD} b",
            "a\u{AD} \u{200B}b ",
            "\u{FEFF}Бүгін\u{3000}Д.\u{2000}Серікбаев\u{2001}\u{A0}\u{2009}атындағы ",
            "и\u{0306} ё е\u{0308} Å \u{212B} a\u{0301}\u{0327}",
            "«Ашықтық — қоғам сұранысы», — деді ол. 3\u{202F}000 ₸ №5",
            "x\x0by\x0cz\r\n\tw\u{85}v\u{2028}u\u{205F}t",
            "\u{0483}ӂ\u{0301} \u{037E} ΑΒΓ",
            "a \u{AD} b a \u{AD}b a\u{AD} b ",
            " а б  в\tг \u{A0}д е\u{200B} ж",
            "x \u{0483}y қ \u{0483} ә",
        ];
        for s in cases {
            assert_eq!(normalize(s), normalize_by_char(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn normalize_agrees_with_folding_char_by_char_on_any_text(
            s in "[ a-zA-Zәқөабвёй\u{A0}\u{AD}\u{200B}\u{2000}\u{2001}\u{2009}\u{3000}\u{FEFF}\u{0301}\u{0306}\u{0308}\u{0327}\t\n\r.,1-9]{0,40}"
        ) {
            proptest::prop_assert_eq!(normalize(&s), normalize_by_char(&s));
        }
    }

    #[test]
    fn unprinted_paragraphs_differ_only_by_their_fingerprints() {
        let text = "# Тақырып\n\nБірінші абзац\nжалғасы [сілтеме](https://kaz.kz).\n\n- тармақ\n";
        let (printed, unprinted) = (segment(text), segment_unprinted(text));
        assert_eq!(printed.len(), unprinted.len());
        for (mut p, u) in printed.into_iter().zip(unprinted) {
            assert!(u.fingerprint.is_empty() && !p.fingerprint.is_empty());
            p.fingerprint.clear();
            assert_eq!(p, u);
        }
    }

    #[test]
    fn a_word_change_changes_the_fingerprint() {
        let a = segment("Бір.\n\nЕкі.\n");
        let b = segment("Бір.\n\nҮш.\n");
        assert_eq!(a[0].fingerprint, b[0].fingerprint);
        assert_ne!(a[1].fingerprint, b[1].fingerprint);
    }

    #[test]
    fn ordered_list_numbers_are_kept() {
        let paras = segment("1. Бірінші тармақ.\n2. Екінші тармақ.\n\n- белгі\n");
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["1. Бірінші тармақ.", "2. Екінші тармақ.", "белгі"]);
        let from_five = segment("5. Бесінші.\n6. Алтыншы.\n");
        assert_eq!(from_five[1].text, "6. Алтыншы.");
    }

    #[test]
    fn empty_and_blank_text_has_no_paragraphs() {
        assert!(segment("").is_empty());
        assert!(segment(" \n\n\t\n").is_empty());
    }

    #[test]
    fn a_huge_paragraph_is_one_block() {
        let big = "сөз ".repeat(1_000_000);
        let paras = segment(&big);
        assert_eq!(paras.len(), 1);
        assert!(paras[0].norm.len() > 5_000_000);
    }
}
