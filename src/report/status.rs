//! Printing states: a table for people, a document for programs.

use super::{style, Ui};
use crate::error::Error;
use crate::i18n::Value;
use crate::state::{State, Status};
use serde_json::{json, Map, Value as Json};

/// The JSON document of `status --format json`.
pub fn json(statuses: &[&Status], problems: &[Error], ui: &Ui) -> Json {
    let articles: Vec<Json> = statuses
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "source": s.source,
                "target": s.target,
                "state": s.state,
                "by": s.by,
                "since": s.since.map(|t| t.to_rfc3339()),
                "changed": { "source": s.source_drift.paragraphs, "target": s.target_drift.paragraphs },
            })
        })
        .collect();
    let mut summary = Map::new();
    for state in State::ALL {
        let n = statuses.iter().filter(|s| s.state == state).count();
        summary.insert(state.as_str().to_string(), json!(n));
    }
    let errors: Vec<Json> = problems.iter().map(|e| error_json(e, ui)).collect();
    json!({ "articles": articles, "summary": summary, "errors": errors })
}

/// An error as JSON: its file and line where it has them, and the message.
pub fn error_json(e: &Error, ui: &Ui) -> Json {
    use Error::*;
    let (path, line) = match e {
        Io { path, .. }
        | MissingOriginal { path }
        | EmptyOriginal { path }
        | MissingTranslation { path } => (Some(path), None),
        HistoryTampered { path } => (Some(path), None),
        NotUtf8 { path, line }
        | Toml { path, line, .. }
        | UnknownKey { path, line, .. }
        | MissingKey { path, line, .. }
        | InvalidValue { path, line, .. } => (Some(path), Some(*line)),
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
        let cells: Vec<[String; 5]> = rows.iter().map(|s| row(ui, s)).collect();
        let mut widths = [0usize; 5];
        for r in std::iter::once(&headers).chain(cells.iter()) {
            for (w, c) in widths.iter_mut().zip(r.iter()) {
                *w = (*w).max(c.chars().count());
            }
        }
        ui.line(&ui.paint(style::HEADER, &pad_row(&headers, &widths)));
        for (cells, status) in cells.iter().zip(rows) {
            let mut line = pad_row(cells, &widths);
            let state_width = widths[0];
            let painted = ui.paint(state_style(status.state), &pad(&cells[0], state_width));
            line.replace_range(..pad(&cells[0], state_width).len(), &painted);
            ui.line(&line);
        }
    }
    let parts: Vec<String> = State::ALL
        .iter()
        .filter_map(|st| {
            let n = all.iter().filter(|s| s.state == *st).count();
            (n > 0).then(|| format!("{} {n}", ui.msg(&format!("state-{}", st.as_str()), &[])))
        })
        .collect();
    ui.line(&ui.msg(
        "status-summary",
        &[
            ("count", Value::from(all.len())),
            ("states", Value::from(parts.join(", "))),
        ],
    ));
}

fn row(ui: &Ui, s: &Status) -> [String; 5] {
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
            changes.push(ui.msg(
                id,
                &[
                    ("list", Value::from(numbers(&d.paragraphs))),
                    ("substantive", Value::from(d.substantive)),
                    ("cosmetic", Value::from(d.cosmetic)),
                    ("words", Value::from(d.words)),
                ],
            ));
        }
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
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

fn pad_row(cells: &[String; 5], widths: &[usize; 5]) -> String {
    let mut parts: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, *w)).collect();
    if let Some(last) = parts.last_mut() {
        *last = last.trim_end().to_string();
    }
    parts.join("  ").trim_end().to_string()
}
