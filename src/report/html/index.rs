//! The index page: every article with its state, who holds it and since when,
//! what changed (as `status` says it) and its check findings by severity; the
//! summary line of `status`; a table by person. A plain table without
//! JavaScript, grouped by state; the index's script adds sorting and filters.

use super::{article_href, page, state_badge, SCRIPT};
use crate::i18n::Value;
use crate::report::check::Tally;
use crate::report::Ui;
use crate::workflow::state::{State, Status};
use maud::{html, Markup};
use std::collections::BTreeMap;

/// One article of the index.
#[derive(Debug, Clone)]
pub struct Row {
    pub status: Status,
    /// The title of the original, when it has one.
    pub title: Option<String>,
    /// Check findings by severity.
    pub tally: Tally,
}

/// The index page. `rows` in any order (shown grouped by state, then by id);
/// `problems` are the messages of the articles that could not be read.
pub fn render(ui: &Ui, rows: &mut [Row], problems: &[String]) -> String {
    let order = |s: State| State::ALL.iter().position(|x| *x == s).unwrap_or(0);
    rows.sort_by(|a, b| {
        order(a.status.state)
            .cmp(&order(b.status.state))
            .then_with(|| a.status.id.cmp(&b.status.id))
    });
    let title = ui.msg("html-index-title", &[]);
    let body = html! {
        header {
            h1 { (title) }
            p class="summary" { (summary(ui, rows)) }
        }
        main {
            (filters(ui, rows))
            (table(ui, rows))
            (by_person(ui, rows))
            @if !problems.is_empty() {
                section class="problems" {
                    h2 { (ui.msg("html-problems", &[("count", Value::from(problems.len()))])) }
                    ul { @for p in problems { li { (p) } } }
                }
            }
        }
        (footer(ui))
    };
    page(ui, &title, "", Some(SCRIPT), body)
}

/// The summary line of `status`.
fn summary(ui: &Ui, rows: &[Row]) -> String {
    let parts: Vec<String> = State::ALL
        .iter()
        .filter_map(|st| {
            let n = rows.iter().filter(|r| r.status.state == *st).count();
            (n > 0).then(|| format!("{} {n}", ui.msg(&format!("state-{}", st.as_str()), &[])))
        })
        .collect();
    ui.msg(
        "status-summary",
        &[
            ("count", Value::from(rows.len())),
            ("states", Value::from(parts.join(", "))),
        ],
    )
}

/// Filters by state and person, hidden until the script shows them (they need it).
fn filters(ui: &Ui, rows: &[Row]) -> Markup {
    let people = people(rows);
    html! {
        form id="filters" class="filters" hidden {
            label {
                (ui.msg("html-filter-state", &[])) " "
                select id="filter-state" {
                    option value="" { (ui.msg("html-filter-all", &[])) }
                    @for st in State::ALL {
                        option value=(st.as_str()) { (ui.msg(&format!("state-{}", st.as_str()), &[])) }
                    }
                }
            }
            label {
                (ui.msg("html-filter-who", &[])) " "
                select id="filter-who" {
                    option value="" { (ui.msg("html-filter-all", &[])) }
                    @for p in people.keys() {
                        option value=(p) { (p) }
                    }
                }
            }
            label {
                (ui.msg("html-filter-text", &[])) " "
                input id="filter-text" type="search";
            }
            output id="filter-count" {}
        }
    }
}

fn table(ui: &Ui, rows: &[Row]) -> Markup {
    let cols = [
        ("html-col-state", "text"),
        ("html-col-article", "text"),
        ("html-col-who", "text"),
        ("html-col-since", "text"),
        ("html-col-changes", "text"),
        ("html-col-errors", "number"),
        ("html-col-warnings", "number"),
        ("html-col-infos", "number"),
    ];
    html! {
        div class="scroll" {
            table id="articles" class="index" {
                caption { (ui.msg("html-index-caption", &[])) }
                thead { tr {
                    @for (id, kind) in cols {
                        th scope="col" data-sort=(kind) { (ui.msg(id, &[])) }
                    }
                } }
                tbody {
                    @for r in rows {
                        @let cells = crate::report::status::row(ui, &r.status);
                        tr data-state=(r.status.state.as_str()) data-who=(r.status.by.as_deref().unwrap_or("")) {
                            td data-key=(State::ALL.iter().position(|x| *x == r.status.state).unwrap_or(0)) {
                                (state_badge(ui, r.status.state))
                            }
                            td {
                                a href=(article_href(&r.status.id)) { (r.status.id) }
                                @if let Some(t) = &r.title {
                                    br;
                                    span class="title" lang=(r.status.source.code()) { (t) }
                                }
                            }
                            td { (super::visible(&cells[2])) }
                            td class="nowrap" data-key=(r.status.since.map(|t| t.to_rfc3339()).unwrap_or_default()) { (cells[3]) }
                            td { (cells[4]) }
                            (count_cell(r.tally.errors, "error"))
                            (count_cell(r.tally.warnings, "warning"))
                            (count_cell(r.tally.infos, "info"))
                        }
                    }
                }
            }
        }
    }
}

fn count_cell(n: usize, class: &str) -> Markup {
    html! {
        td class={ "num" @if n > 0 { " has-" (class) } } data-key=(n) { (n) }
    }
}

/// Articles per person, by state.
fn people(rows: &[Row]) -> BTreeMap<String, BTreeMap<State, usize>> {
    let mut map: BTreeMap<String, BTreeMap<State, usize>> = BTreeMap::new();
    for r in rows {
        if let Some(by) = &r.status.by {
            *map.entry(by.trim().to_string())
                .or_default()
                .entry(r.status.state)
                .or_default() += 1;
        }
    }
    map
}

fn by_person(ui: &Ui, rows: &[Row]) -> Markup {
    let people = people(rows);
    html! {
        @if !people.is_empty() {
            section class="people" {
                h2 { (ui.msg("html-by-person", &[])) }
                div class="scroll" {
                    table class="people" {
                        thead { tr {
                            th scope="col" { (ui.msg("html-col-who", &[])) }
                            @for st in State::ALL {
                                th scope="col" { (state_badge(ui, st)) }
                            }
                        } }
                        tbody {
                            @for (person, counts) in &people {
                                tr {
                                    th scope="row" { (person) }
                                    @for st in State::ALL {
                                        td class="num" { (counts.get(&st).copied().unwrap_or(0)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The foot of every page: what wrote it.
pub fn footer(ui: &Ui) -> Markup {
    html! {
        footer {
            p { (ui.msg("html-generated", &[("version", Value::from(env!("CARGO_PKG_VERSION")))])) }
        }
    }
}
