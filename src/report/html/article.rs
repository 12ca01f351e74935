//! An article's page: both versions side by side as the aligner pairs them, the
//! check findings at the paragraphs they concern, the original's drift since the
//! last sign-off word by word, the ledger as a timeline, metadata and credits.

use super::index::footer;
use super::markdown;
use super::{page, root_of, severity_badge, state_badge, visible};
use crate::checks::Finding;
use crate::diff::changes::SideChanges;
use crate::diff::drift::{Change, ChangeKind};
use crate::diff::words::{Class, WordOp};
use crate::i18n::Value;
use crate::lang::Lang;
use crate::report::check::{message, Tally};
use crate::report::status::numbers;
use crate::report::Ui;
use crate::segment::Paragraph;
use crate::store::article::Meta;
use crate::store::ledger::Entry;
use crate::workflow::since::ArticleChanges;
use crate::workflow::state::Status;
use maud::{html, Markup};
use std::collections::BTreeMap;

/// Everything an article's page shows, read by the command.
#[derive(Debug, Clone)]
pub struct View {
    pub id: String,
    pub meta: Meta,
    pub status: Status,
    /// The title of the original, when it has one.
    pub title: Option<String>,
    /// The texts of the versions (kk, ru), when they have text.
    pub texts: [Option<String>; 2],
    /// Their paragraphs (kk, ru).
    pub paras: [Vec<Paragraph>; 2],
    /// The aligner's pairs of (kk, ru) paragraph numbers.
    pub beads: Vec<(Vec<usize>, Vec<usize>)>,
    pub findings: Vec<Finding>,
    /// The changes since the last sign-off, when the article was ever signed.
    pub changes: Option<ArticleChanges>,
    /// The ledger, in time order.
    pub entries: Vec<Entry>,
}

fn idx(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
    }
}

/// What is said beside one paragraph.
#[derive(Default)]
struct Marks<'a> {
    findings: Vec<&'a Finding>,
    /// (anchor of the change, class, whether it is this paragraph's own change).
    drift: Vec<(String, Class, bool)>,
}

/// The page of one article.
pub fn render(ui: &Ui, v: &View) -> String {
    let root = root_of(&v.id);
    let title = v.title.clone().unwrap_or_else(|| v.id.clone());
    let mut marks: [BTreeMap<usize, Marks>; 2] = [BTreeMap::new(), BTreeMap::new()];
    let mut general: Vec<&Finding> = Vec::new();
    for f in &v.findings {
        // At the translation's paragraph (what gets revised), else the original's.
        let target = v.meta.target();
        let at = [target, v.meta.source]
            .into_iter()
            .find_map(|l| f.side(l).map(|e| (l, e.paragraph)));
        match at {
            Some((lang, n)) => marks[idx(lang)].entry(n).or_default().findings.push(f),
            None => general.push(f),
        }
    }
    if let Some(c) = &v.changes {
        for (role, side) in [("source", &c.source), ("target", &c.target)] {
            for (i, change) in side.changes.iter().enumerate() {
                let anchor = format!("drift-{role}-{}", i + 1);
                for n in &change.new {
                    marks[idx(side.lang)].entry(*n).or_default().drift.push((
                        anchor.clone(),
                        change.class,
                        true,
                    ));
                }
                if change.kind != ChangeKind::Inserted {
                    for n in &change.counterpart {
                        marks[idx(side.lang.other())]
                            .entry(*n)
                            .or_default()
                            .drift
                            .push((anchor.clone(), change.class, false));
                    }
                }
            }
        }
    }
    let body = html! {
        header {
            nav { a href={ (root) "index.html" } { "← " (ui.msg("html-back", &[])) } }
            h1 lang=(v.meta.source.code()) { (title) }
            p class="id" { code { (v.id) } }
        }
        main {
            (metadata(ui, v))
            @if !general.is_empty() {
                section class="findings" {
                    h2 { (ui.msg("html-findings-general", &[])) }
                    ul class="findings" { @for f in &general { (finding(ui, f)) } }
                }
            }
            (drift(ui, v))
            (versions(ui, v, &marks))
            (timeline(ui, v))
        }
        (footer(ui))
    };
    page(ui, &title, &root, None, body)
}

fn lang_name(ui: &Ui, lang: Lang) -> String {
    ui.msg(&format!("html-lang-{}", lang.code()), &[])
}

fn metadata(ui: &Ui, v: &View) -> Markup {
    let s = &v.status;
    let row = crate::report::status::row(ui, s);
    let tally = Tally::of(&v.findings);
    html! {
        section class="meta" {
            h2 { (ui.msg("html-meta", &[])) }
            dl class="facts" {
                div { dt { (ui.msg("html-meta-original", &[])) }
                dd { (lang_name(ui, v.meta.source)) " → " (lang_name(ui, v.meta.target())) } }
                div { dt { (ui.msg("html-meta-date", &[])) }
                dd { (v.meta.date.format("%Y-%m-%d").to_string()) } }
                @if let Some(section) = &v.meta.section {
                    div { dt { (ui.msg("html-meta-section", &[])) }
                    dd { (section) } }
                }
                div { dt { (ui.msg("html-col-state", &[])) }
                dd { (state_badge(ui, s.state)) } }
                div { dt { (ui.msg("html-col-who", &[])) }
                dd { (visible(&row[2])) } }
                div { dt { (ui.msg("html-col-since", &[])) }
                dd { (row[3]) } }
                @if !row[4].is_empty() {
                    div { dt { (ui.msg("html-col-changes", &[])) }
                    dd { (row[4]) } }
                }
                div { dt { (ui.msg("html-findings", &[])) }
                dd {
                    (ui.msg("html-tally", &[
                        ("errors", Value::from(tally.errors)),
                        ("warnings", Value::from(tally.warnings)),
                        ("infos", Value::from(tally.infos)),
                    ]))
                } }
            }
            @if !v.meta.credits.is_empty() {
                h3 { (ui.msg("html-credits", &[])) }
                dl class="credits" {
                    @for (role, name) in &v.meta.credits {
                        div { dt { (credit_label(ui, role)) } dd { (name) } }
                    }
                }
            }
        }
    }
}

/// A credit's role in the interface's language when it is a known one.
fn credit_label(ui: &Ui, role: &str) -> String {
    let id = format!("html-credit-{role}");
    let known = ["author", "translator", "editor", "photo", "video"];
    if known.contains(&role) {
        ui.msg(&id, &[])
    } else {
        role.to_string()
    }
}

fn finding(ui: &Ui, f: &Finding) -> Markup {
    html! {
        li class={ "finding sev-" (format!("{:?}", f.severity).to_lowercase()) } {
            (severity_badge(ui, f.severity)) " "
            code class="check" { (f.check.as_str()) } " "
            (message(ui, f))
            @for lang in Lang::ALL {
                @if let Some(e) = f.side(lang) {
                    " " a href={ "#" (lang.code()) "-" (e.paragraph) } { (lang.code()) " ¶" (e.paragraph) }
                    @for n in &e.also {
                        ", " a href={ "#" (lang.code()) "-" (n) } { "¶" (n) }
                    }
                }
            }
        }
    }
}

/// The lines of paragraph `n` in its text, to render its Markdown: from its first
/// line to the line before the next paragraph, so that what the segmenter does not
/// count as a paragraph (a raw HTML block, say) is still shown, as text.
fn source_lines(text: &str, paras: &[Paragraph], n: usize) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let start = match n {
        1 => 1,
        _ => paras.get(n - 1).map_or(1, |p| p.line_start),
    };
    let end = paras.get(n).map(|next| next.line_start.saturating_sub(1));
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| *i + 1 >= start && end.is_none_or(|e| *i < e))
        .map(|(_, l)| l)
        .collect();
    lines.join("\n")
}

fn versions(ui: &Ui, v: &View, marks: &[BTreeMap<usize, Marks>; 2]) -> Markup {
    let labels = [lang_name(ui, Lang::Kk), lang_name(ui, Lang::Ru)];
    let role = |lang: Lang| {
        if lang == v.meta.source {
            ui.msg("html-role-original", &[])
        } else {
            ui.msg("html-role-translation", &[])
        }
    };
    html! {
        section class="versions" {
            h2 { (ui.msg("html-versions", &[])) }
            div class="scroll" {
                table class="versions" {
                    colgroup { col class="kk"; col class="ru"; }
                    thead { tr {
                        @for lang in Lang::ALL {
                            th scope="col" { (labels[idx(lang)]) " " span class="role" { "(" (role(lang)) ")" } }
                        }
                    } }
                    tbody {
                        @for (k, r) in &v.beads {
                            @let rows = k.len().max(r.len()).max(1);
                            @for i in 0..rows {
                                tr {
                                    @for (lang, ns) in [(Lang::Kk, k), (Lang::Ru, r)] {
                                        @if ns.len() == rows {
                                            (cell(ui, v, lang, &ns[i..=i], 1, &labels, marks))
                                        } @else if i == 0 {
                                            (cell(ui, v, lang, ns, rows, &labels, marks))
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
}

fn cell(
    ui: &Ui,
    v: &View,
    lang: Lang,
    numbers: &[usize],
    rowspan: usize,
    labels: &[String; 2],
    marks: &[BTreeMap<usize, Marks>; 2],
) -> Markup {
    let text = v.texts[idx(lang)].as_deref().unwrap_or("");
    let paras = &v.paras[idx(lang)];
    html! {
        td lang=(lang.code()) rowspan=(rowspan) data-label=(labels[idx(lang)])
            class={ "para" @if numbers.is_empty() { " missing" } } {
            @if numbers.is_empty() {
                p class="no-counterpart" { (ui.msg("show-no-counterpart", &[])) }
            }
            @for n in numbers {
                @if n.checked_sub(1).and_then(|i| paras.get(i)).is_some() {
                    div class="p" id={ (lang.code()) "-" (n) } {
                        a class="pn" href={ "#" (lang.code()) "-" (n) } { "¶" (n) }
                        div class="md" { (markdown::render(&source_lines(text, paras, *n), 2)) }
                        @if let Some(m) = marks[idx(lang)].get(n) {
                            @for (anchor, class, own) in &m.drift {
                                p class={ "drift-mark " (class_name(*class)) } lang=(ui.l10n.lang()) {
                                    a href={ "#" (anchor) } {
                                        (class_sign(*class)) " "
                                        @if *own { (ui.msg("html-changed-here", &[])) }
                                        @else { (ui.msg("html-revise-here", &[])) }
                                        " [" (class_label(ui, *class)) "]"
                                    }
                                }
                            }
                            @if !m.findings.is_empty() {
                                ul class="findings" lang=(ui.l10n.lang()) {
                                    @for f in &m.findings { (finding(ui, f)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn class_name(c: Class) -> &'static str {
    match c {
        Class::Cosmetic => "cosmetic",
        Class::Substantive => "substantive",
    }
}

/// A sign beside the class so it never rests on colour alone.
fn class_sign(c: Class) -> &'static str {
    match c {
        Class::Cosmetic => "○",
        Class::Substantive => "◆",
    }
}

fn class_label(ui: &Ui, c: Class) -> String {
    ui.msg(&format!("diff-class-{}", class_name(c)), &[])
}

fn drift(ui: &Ui, v: &View) -> Markup {
    html! {
        section class="drift" {
            h2 { (ui.msg("html-drift", &[])) }
            @match &v.changes {
                None => p { (ui.msg("html-drift-never", &[])) },
                Some(c) => {
                    p {
                        (ui.msg("diff-header", &[
                            ("id", Value::from(&v.id)),
                            ("at", Value::from(c.signoff.at.format("%Y-%m-%d %H:%M %:z").to_string())),
                            ("by", Value::from(&c.signoff.by)),
                            ("action", Value::from(ui.msg(&format!("action-{}", c.signoff.action.as_str()), &[]))),
                        ]))
                    }
                    @for (role, side, other) in [("source", &c.source, &c.target), ("target", &c.target, &c.source)] {
                        h3 {
                            (ui.msg(&format!("diff-side-{role}"), &[
                                ("lang", Value::from(side.lang.code())),
                                ("count", Value::from(side.changes.len())),
                            ]))
                        }
                        @if side.changes.is_empty() {
                            p { (ui.msg("diff-unchanged", &[])) }
                        } @else {
                            ol class="changes" {
                                @for (i, change) in side.changes.iter().enumerate() {
                                    (drift_change(ui, role, i + 1, side, other, change))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn drift_change(
    ui: &Ui,
    role: &str,
    i: usize,
    side: &SideChanges,
    other: &SideChanges,
    c: &Change,
) -> Markup {
    let kind = match c.kind {
        ChangeKind::Changed => "changed",
        ChangeKind::Inserted => "inserted",
        ChangeKind::Deleted => "deleted",
        ChangeKind::Moved => "moved",
        ChangeKind::Split => "split",
        ChangeKind::Merged => "merged",
    };
    let line = ui.msg(
        &format!("diff-{kind}"),
        &[
            ("old", Value::from(numbers(&c.old))),
            ("new", Value::from(numbers(&c.new))),
        ],
    );
    let of_original = role == "source";
    let counterpart = crate::report::diff::counterpart(ui, c, other.lang, of_original);
    let para = |ps: &[Paragraph], n: usize| ps.get(n.wrapping_sub(1)).map(|p| p.text.clone());
    html! {
        li id={ "drift-" (role) "-" (i) } class={ "change " (class_name(c.class)) } {
            p class="what" {
                @if let Some(n) = c.new.first() {
                    a href={ "#" (side.lang.code()) "-" (n) } { (line) }
                } @else { (line) }
                " " span class={ "class " (class_name(c.class)) } {
                    (class_sign(c.class)) " " (class_label(ui, c.class))
                }
                @if let Some((text, k)) = &counterpart {
                    " — " a class="revise" href={ "#" (other.lang.code()) "-" (k) } { (text) }
                }
            }
            p class="words" lang=(side.lang.code()) {
                @match c.kind {
                    ChangeKind::Inserted => {
                        @for n in &c.new { @if let Some(t) = para(&side.new, *n) { ins { (t) } " " } }
                    }
                    ChangeKind::Deleted => {
                        @for n in &c.old { @if let Some(t) = para(&side.old, *n) { del { (t) } " " } }
                    }
                    _ => {
                        @for w in &c.words {
                            @match w.op {
                                WordOp::Equal => { (w.text) }
                                WordOp::Delete => { del { (w.text) } }
                                WordOp::Insert => { ins { (w.text) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn timeline(ui: &Ui, v: &View) -> Markup {
    html! {
        section class="timeline" {
            h2 { (ui.msg("html-timeline", &[])) }
            @if v.entries.is_empty() {
                p { (ui.msg("log-empty", &[])) }
            } @else {
                ol class="timeline" {
                    @for e in &v.entries {
                        li class={ "entry action-" (e.action.as_str()) } {
                            time datetime=(e.at.to_rfc3339()) { (e.at.format("%Y-%m-%d %H:%M %:z").to_string()) }
                            " "
                            strong class="who" { (visible(&e.by)) }
                            " "
                            span class="action" { (ui.msg(&format!("action-{}", e.action.as_str()), &[])) }
                            " "
                            span class="lang" { "(" (e.lang.code()) ")" }
                            @if e.adopt { " " span class="adopted" { "(" (ui.msg("log-adopted", &[])) ")" } }
                            @if let Some(note) = &e.note {
                                blockquote class="note" { (visible(note)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
