//! Printing states: a table for people, a document for programs.

use super::{style, wrap, Ui};
use crate::error::Error;
use crate::i18n::Value;
use crate::lang::Lang;
use crate::workflow::state::{State, Status};
use serde::{Serialize, Serializer};
use serde_json::{json, Value as Json};
use std::collections::BTreeMap;

/// The JSON document of `status --format json`, serialised straight to the output.
///
/// Not a `serde_json::Value` tree: for 100,000 articles that tree took about 300 MB.
/// Fields are declared in alphabetical order, the order a `Value` printed them in.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    articles: Articles<'a>,
    errors: Vec<Json>,
    summary: BTreeMap<&'static str, usize>,
}

#[derive(Debug)]
struct Articles<'a>(&'a [&'a Status], &'a Ui);

impl Serialize for Articles<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ui = self.1;
        serializer.collect_seq(self.0.iter().map(|s| {
            Article {
                by: s.by.as_deref(),
                changed: Changed {
                    source: &s.source_drift.paragraphs,
                    target: &s.target_drift.paragraphs,
                },
                id: &s.id,
                lost_texts: s
                    .lost
                    .iter()
                    .map(|l| LostText {
                        altered: l.altered,
                        lang: l.lang,
                        path: ui.path(&l.path),
                        kind: l.entry.as_ref().map(|_| "prints"),
                        line: l.entry.as_ref().map(|(_, line)| *line),
                    })
                    .collect(),
                reason: s.reason,
                future_entries: s
                    .future
                    .iter()
                    .map(|f| FutureEntry {
                        entry: &f.entry,
                        line: f.line,
                        at: f.at.to_rfc3339(),
                    })
                    .collect(),
                since: s.since.map(|t| t.to_rfc3339()),
                source: s.source,
                state: s.state,
                target: s.target,
            }
        }))
    }
}

#[derive(Serialize)]
struct LostText {
    altered: bool,
    lang: Lang,
    path: String,
    /// `"prints"` for the object of the sign-off's paragraph lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    /// The ledger line of the entry naming that object.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

#[derive(Serialize)]
struct FutureEntry<'a> {
    at: String,
    entry: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct Article<'a> {
    by: Option<&'a str>,
    changed: Changed<'a>,
    /// Entries dated in the future (suspicious), when there are any.
    #[serde(rename = "future-entries", skip_serializing_if = "Vec::is_empty")]
    future_entries: Vec<FutureEntry<'a>>,
    id: &'a str,
    /// Stored texts of the sign-off that are missing or altered, when any.
    #[serde(rename = "lost-texts", skip_serializing_if = "Vec::is_empty")]
    lost_texts: Vec<LostText>,
    /// Why, when the files alone explain the state (`empty-original`).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    since: Option<String>,
    source: Lang,
    state: State,
    target: Lang,
}

#[derive(Serialize)]
struct Changed<'a> {
    source: &'a [usize],
    target: &'a [usize],
}

/// The JSON document of `status --format json`.
pub fn json<'a>(statuses: &'a [&'a Status], problems: &[Error], ui: &'a Ui) -> Document<'a> {
    let mut summary = BTreeMap::new();
    for state in State::ALL {
        let n = statuses.iter().filter(|s| s.state == state).count();
        summary.insert(state.as_str(), n);
    }
    let errors: Vec<Json> = problems.iter().map(|e| error_json(e, ui)).collect();
    Document {
        articles: Articles(statuses, ui),
        errors,
        summary,
    }
}

/// An error as JSON: its file and line where it has them, and the message.
pub fn error_json(e: &Error, ui: &Ui) -> Json {
    use Error::*;
    let (path, line) = match e {
        Io { path, .. }
        | MissingOriginal { path }
        | EmptyOriginal { path }
        | MissingTranslation { path } => (Some(path), None),
        HistoryTampered { path }
        | HistoryMissing { path }
        | LinkRefused { path }
        | NotRegularFile { path } => (Some(path), None),
        NotUtf8 { path, line }
        | Toml { path, line, .. }
        | UnknownKey { path, line, .. }
        | MissingKey { path, line, .. }
        | InvalidValue { path, line, .. } => (Some(path), Some(*line)),
        PrintsMissing { ledger, line, .. }
        | PrintsAltered { ledger, line, .. }
        | InvalidPrintsHash { ledger, line, .. } => (Some(ledger), Some(*line)),
        _ => (None, None),
    };
    json!({
        "path": path.map(|p| ui.path(p)),
        "line": line,
        "message": super::errors::render(e, ui),
    })
}

/// The table of `status`: the rows that need work (or all with `--all`), then a
/// summary of every state over `all`.
pub fn human(ui: &Ui, rows: &[&Status], all: &[&Status]) {
    if rows.is_empty() {
        ui.line(&ui.msg("status-nothing", &[("count", Value::from(all.len()))]));
    } else {
        let headers = [
            ui.msg("status-col-state", &[]),
            ui.msg("status-col-article", &[]),
            ui.msg("status-col-who", &[]),
            ui.msg("status-col-since", &[]),
            ui.msg("status-col-changes", &[]),
        ];
        // A folder name or a name may hold a line feed or an escape sequence: one
        // row per article, whatever its cells hold.
        let cells: Vec<[String; 5]> = rows
            .iter()
            .map(|s| row(ui, s).map(|c| super::escape::inline(&c).into_owned()))
            .collect();
        let mut widths = [0usize; 5];
        for r in std::iter::once(&headers).chain(cells.iter()) {
            for (w, c) in widths.iter_mut().zip(r.iter()) {
                *w = (*w).max(wrap::width(c));
            }
        }
        let full: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
        let limit = ui.width.unwrap_or(usize::MAX);
        if full > limit && limit < WIDE {
            compact(ui, &headers, &cells, rows, widths[0], limit);
        } else {
            // The CHANGES column takes what is left and wraps under itself.
            let changes_at = full - widths[4];
            let changes_width = limit.saturating_sub(changes_at).max(20);
            ui.line(&ui.paint(style::HEADER, &pad_row(&headers, &widths)));
            for (cells, status) in cells.iter().zip(rows) {
                let changes = wrap::hanging(&cells[4], changes_width + changes_at, changes_at);
                let mut first = cells.clone();
                first[4] = changes[0].clone();
                let mut line = pad_row(&first, &widths);
                let state = pad(&cells[0], widths[0]);
                let painted = ui.paint(state_style(status.state), &state);
                line.replace_range(..state.len(), &painted);
                ui.line(&line);
                for more in &changes[1..] {
                    ui.line(more);
                }
            }
        }
    }
    let parts: Vec<String> = State::ALL
        .iter()
        .filter_map(|st| {
            let n = all.iter().filter(|s| s.state == *st).count();
            (n > 0).then(|| format!("{} {n}", ui.msg(&format!("state-{}", st.as_str()), &[])))
        })
        .collect();
    let summary = ui.msg(
        "status-summary",
        &[
            ("count", Value::from(all.len())),
            ("states", Value::from(parts.join(", "))),
        ],
    );
    match ui.width {
        Some(limit) if wrap::width(&summary) > limit => {
            for line in wrap::hanging(&summary, limit, 2) {
                ui.line(&line);
            }
        }
        _ => ui.line(&summary),
    }
}

/// Below this many columns a table that does not fit becomes two-line rows.
const WIDE: usize = 100;

/// Narrow terminals: the state and the article on one line; who, since and the
/// changes below it, indented under the article and wrapped to the width.
fn compact(
    ui: &Ui,
    headers: &[String; 5],
    cells: &[[String; 5]],
    rows: &[&Status],
    state_width: usize,
    limit: usize,
) {
    let indent = state_width + 2;
    let head = format!("{}  {}", pad(&headers[0], state_width), headers[1]);
    ui.line(&ui.paint(style::HEADER, &head));
    let blank = " ".repeat(indent);
    for (cells, status) in cells.iter().zip(rows) {
        let state = ui.paint(state_style(status.state), &pad(&cells[0], state_width));
        ui.line(&format!("{state}  {}", cells[1]));
        let mut more = Vec::new();
        if s_known(&cells[2]) || s_known(&cells[3]) {
            more.push(format!("{} · {}", cells[2], cells[3]));
        }
        if !cells[4].is_empty() {
            more.push(cells[4].clone());
        }
        for text in more {
            for line in wrap::wrap(&text, limit.saturating_sub(indent).max(20)) {
                ui.line(&format!("{blank}{line}"));
            }
        }
    }
}

/// Whether a cell holds something (not the "—" of nobody or never).
fn s_known(cell: &str) -> bool {
    cell != "—"
}

/// One row of the table: state, article, who, since, changes (the HTML index too).
pub fn row(ui: &Ui, s: &Status) -> [String; 5] {
    let state = ui.msg(&format!("state-{}", s.state.as_str()), &[]);
    let who = s.by.clone().unwrap_or_else(|| "—".into());
    let since = s
        .since
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "—".into());
    let mut changes = Vec::new();
    for (id, d) in [
        ("status-changed-source", &s.source_drift),
        ("status-changed-target", &s.target_drift),
    ] {
        if d.any() {
            let list = if d.paragraphs.is_empty() {
                String::new()
            } else {
                format!(" {}", numbers(&d.paragraphs))
            };
            changes.push(ui.msg(
                id,
                &[
                    // A deletion alone leaves no current paragraph to name.
                    ("list", Value::from(list)),
                    ("substantive", Value::from(d.substantive)),
                    ("cosmetic", Value::from(d.cosmetic)),
                    ("words", Value::from(d.words)),
                ],
            ));
        }
    }
    if let Some(reason) = s.reason {
        changes.push(ui.msg(&format!("status-reason-{reason}"), &[]));
    }
    [state, s.id.clone(), who, since, changes.join("; ")]
}

/// Paragraph numbers as `¶2, ¶5`.
pub fn numbers(ns: &[usize]) -> String {
    ns.iter()
        .map(|n| format!("¶{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn state_style(state: State) -> anstyle::Style {
    match state {
        State::Stale => style::ERROR,
        State::Edited | State::Untranslated => style::WARNING,
        State::InProgress => style::INFO,
        State::Translated | State::Approved => style::OK,
    }
}

fn pad(s: &str, width: usize) -> String {
    wrap::pad(s, width)
}

fn pad_row(cells: &[String; 5], widths: &[usize; 5]) -> String {
    let mut parts: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, *w)).collect();
    if let Some(last) = parts.last_mut() {
        *last = last.trim_end().to_string();
    }
    parts.join("  ").trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::workflow::state::Drift;
    use chrono::DateTime;

    #[test]
    fn the_json_document_keeps_its_shape_and_key_order() {
        let ui = Ui::new(Localizer::new("en"), false, false);
        let edited = Status {
            id: "2026/encinitas-shark-attack".into(),
            source: Lang::Ru,
            target: Lang::Kk,
            state: State::Edited,
            by: Some("Айгерім Сапарова".into()),
            since: Some(DateTime::parse_from_rfc3339("2026-11-25T12:50:00+05:00").unwrap()),
            source_drift: Drift::default(),
            target_drift: Drift {
                paragraphs: vec![3, 7],
                substantive: 2,
                cosmetic: 0,
                words: 5,
            },
            reason: None,
            future: Vec::new(),
            lost: Vec::new(),
        };
        let untranslated = Status {
            id: "2022/taldykorgan-student-fares".into(),
            source: Lang::Kk,
            target: Lang::Ru,
            state: State::Untranslated,
            by: None,
            since: None,
            source_drift: Drift::default(),
            target_drift: Drift::default(),
            reason: None,
            future: Vec::new(),
            lost: Vec::new(),
        };
        let statuses = [&edited, &untranslated];
        let doc = json(&statuses, &[], &ui);
        let text = serde_json::to_string(&doc).unwrap();
        let expected = json!({
            "articles": [
                {
                    "by": "Айгерім Сапарова",
                    "changed": { "source": [], "target": [3, 7] },
                    "id": "2026/encinitas-shark-attack",
                    "since": "2026-11-25T12:50:00+05:00",
                    "source": "ru",
                    "state": "edited",
                    "target": "kk",
                },
                {
                    "by": null,
                    "changed": { "source": [], "target": [] },
                    "id": "2022/taldykorgan-student-fares",
                    "since": null,
                    "source": "kk",
                    "state": "untranslated",
                    "target": "ru",
                },
            ],
            "errors": [],
            "summary": {
                "untranslated": 1, "in-progress": 0, "stale": 0,
                "edited": 1, "translated": 0, "approved": 0,
            },
        });
        // Same text as the `serde_json::Value` the document used to be built as.
        assert_eq!(text, expected.to_string());
    }
}
