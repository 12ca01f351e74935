//! Printing `show`: both versions paragraph by paragraph, the original first.
//!
//! On a terminal of 100 columns or more the two versions stand side by side, each
//! column word-wrapped with a hanging indent under its label; narrower, they stand
//! one under the other, wrapped to the width; without a width (a pipe) each
//! paragraph is one line.

use super::{style, wrap, Ui};
use crate::lang::Lang;
use crate::segment::Paragraph;

/// Side by side from this many columns on.
pub const SIDE_BY_SIDE: usize = 100;

/// One side of a pair of corresponding paragraphs.
#[derive(Debug)]
pub struct Side<'a> {
    pub lang: Lang,
    pub numbers: &'a [usize],
    pub paragraphs: &'a [Paragraph],
}

/// The lines of one side: `kk ¶3 text…`, wrapped to `columns` under the label.
fn side_lines(ui: &Ui, side: &Side, columns: Option<usize>) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    if side.numbers.is_empty() {
        let missing = ui.msg("show-no-counterpart", &[]);
        let text = format!("{} {missing}", side.lang.code());
        let width = wrap::width(&text);
        let painted = format!(
            "{} {}",
            ui.paint(style::DIM, side.lang.code()),
            ui.paint(style::WARNING, &missing)
        );
        out.push((painted, width));
    }
    for (n, p) in side
        .numbers
        .iter()
        .filter_map(|n| Some((n, side.paragraphs.get(n.checked_sub(1)?)?)))
    {
        let label = format!("{} ¶{n}", side.lang.code());
        // The paragraph's text is the article's: no escape sequence of it passes.
        let p_text = super::escape::inline(&p.text);
        let indent = wrap::width(&label) + 1;
        let lines = match columns {
            Some(c) => wrap::hanging(&format!("{label} {p_text}"), c, indent),
            None => vec![format!("{label} {p_text}")],
        };
        for (i, line) in lines.into_iter().enumerate() {
            let width = wrap::width(&line);
            let shown = if i == 0 {
                format!(
                    "{} {}",
                    ui.paint(style::DIM, &label),
                    &line[label.len() + 1..]
                )
            } else {
                line
            };
            out.push((shown, width));
        }
    }
    out
}

/// Prints one pair of corresponding paragraphs (after a blank line).
pub fn pair(ui: &Ui, original: &Side, translation: &Side) {
    ui.line("");
    match ui.width {
        Some(w) if w >= SIDE_BY_SIDE => {
            let column = (w - 3) / 2;
            let left = side_lines(ui, original, Some(column));
            let right = side_lines(ui, translation, Some(column));
            for i in 0..left.len().max(right.len()) {
                let (l, lw) = left.get(i).cloned().unwrap_or_default();
                let r = right.get(i).map(|(r, _)| r.as_str()).unwrap_or("");
                let gap = " ".repeat(column.saturating_sub(lw));
                ui.line(format!("{l}{gap} │ {r}").trim_end());
            }
        }
        width => {
            for side in [original, translation] {
                for (line, _) in side_lines(ui, side, width) {
                    ui.line(&line);
                }
            }
        }
    }
}
