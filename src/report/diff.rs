//! Printing what drifted since a sign-off.

use super::{style, Ui};
use crate::diff::changes::SideChanges;
use crate::diff::drift::{Change, ChangeKind};
use crate::diff::words::{Class, Reason, WordOp};
use crate::i18n::Value;
use crate::store::snapshots::LostText;
use crate::workflow::since::ArticleChanges;
use serde_json::{json, Value as Json};

/// The JSON document of `diff --format json`.
pub fn json(id: &str, d: &ArticleChanges) -> Json {
    let side = |s: &SideChanges| json!({ "lang": s.lang, "changes": s.changes });
    let mut since = json!({
        "at": d.signoff.at.to_rfc3339(),
        "by": d.signoff.by,
        "action": d.signoff.action.as_str(),
    });
    if d.signoff.unchanged {
        since["unchanged"] = json!(true);
        since["note"] = json!(d.signoff.note);
    }
    let mut doc = json!({
        "id": id,
        "since": since,
        "source": side(&d.source),
        "target": side(&d.target),
    });
    // Stored texts of the sign-off that are missing or altered, when any.
    if !d.lost.is_empty() {
        let lost: Vec<Json> = d
            .lost
            .iter()
            .map(|l| {
                let name = l.path.file_name().unwrap_or_default().to_string_lossy();
                let mut lost = json!({
                    "lang": l.lang,
                    "path": format!("{}/{name}", crate::store::snapshots::DIR),
                    "altered": l.altered,
                });
                // The object of the sign-off's paragraph lists: the entry's line.
                if let Some((_, line)) = &l.entry {
                    lost["kind"] = json!("prints");
                    lost["line"] = json!(line);
                }
                lost
            })
            .collect();
        doc["lost-texts"] = json!(lost);
    }
    doc
}

/// The human report: a header naming the sign-off, then each version's changes,
/// each with its paragraphs, class, counterpart and word-by-word change.
pub fn human(ui: &Ui, id: &str, d: &ArticleChanges) {
    let action = ui.msg(&format!("action-{}", d.signoff.action.as_str()), &[]);
    let header = ui.msg(
        "diff-header",
        &[
            ("id", Value::from(id)),
            (
                "at",
                Value::from(d.signoff.at.format("%Y-%m-%d %H:%M %:z").to_string()),
            ),
            ("by", Value::from(&d.signoff.by)),
            ("action", Value::from(action)),
        ],
    );
    ui.line(&ui.paint(style::HEADER, &header));
    if d.signoff.unchanged {
        let note = d.signoff.note.as_deref().unwrap_or("").replace('\n', " ");
        ui.line(&format!("  ({}) — {note}", ui.msg("log-unchanged", &[])));
    }
    for (role, side, other) in [
        ("source", &d.source, &d.target),
        ("target", &d.target, &d.source),
    ] {
        ui.line("");
        let title = ui.msg(
            &format!("diff-side-{role}"),
            &[
                ("lang", Value::from(side.lang.code())),
                ("count", Value::from(side.changes.len())),
            ],
        );
        ui.line(&ui.paint(style::HEADER, &title));
        if side.changes.is_empty() {
            ui.line(&format!("  {}", ui.msg("diff-unchanged", &[])));
        }
        for change in &side.changes {
            print_change(ui, side, other, change, role == "source");
        }
    }
}

/// One change; `of_original` tells whether `side` is the original (its counterparts
/// are to be revised) or the translation (its counterparts are what it renders).
fn print_change(ui: &Ui, side: &SideChanges, other: &SideChanges, c: &Change, of_original: bool) {
    let kind = match c.kind {
        ChangeKind::Changed => "changed",
        ChangeKind::Inserted => "inserted",
        ChangeKind::Deleted => "deleted",
        ChangeKind::Moved => "moved",
        ChangeKind::Split => "split",
        ChangeKind::Merged => "merged",
    };
    let (class, class_style) = match c.class {
        Class::Cosmetic => (ui.msg("diff-class-cosmetic", &[]), style::DIM),
        Class::Substantive => (ui.msg("diff-class-substantive", &[]), style::WARNING),
    };
    let class = match change_reason(c) {
        Some(r) => ui.msg(
            "diff-class-reason",
            &[
                ("class", Value::from(class)),
                (
                    "reason",
                    Value::from(ui.msg(&format!("diff-reason-{}", r.as_str()), &[])),
                ),
            ],
        ),
        None => class,
    };
    let list = |ns: &[usize]| super::status::numbers(ns);
    let line = ui.msg(
        &format!("diff-{kind}"),
        &[
            ("old", Value::from(list(&c.old))),
            ("new", Value::from(list(&c.new))),
        ],
    );
    let counterpart =
        counterpart(ui, c, other.lang, of_original).map_or_else(String::new, |(t, _)| t);
    let summary = format!(
        "  {} [{}] {}",
        line,
        ui.paint(class_style, &class),
        counterpart
    );
    ui.line(summary.trim_end());
    match c.kind {
        ChangeKind::Inserted => {
            for n in &c.new {
                if let Some(p) = side.new.get(n - 1) {
                    ui.line(&format!("      {}", mark(ui, WordOp::Insert, &p.text)));
                }
            }
        }
        ChangeKind::Deleted => {
            for n in &c.old {
                if let Some(p) = side.old.get(n - 1) {
                    ui.line(&format!("      {}", mark(ui, WordOp::Delete, &p.text)));
                }
            }
            // The translation of a deleted paragraph is never lost from sight.
            for k in &c.counterpart {
                if let Some(p) = other.new.get(k - 1) {
                    let label = ui.msg(
                        "diff-orphan",
                        &[
                            ("lang", Value::from(other.lang.code())),
                            ("n", Value::from(*k)),
                        ],
                    );
                    ui.line(&format!(
                        "      {} {}",
                        ui.paint(style::DIM, &label),
                        super::escape::inline(&p.text)
                    ));
                }
            }
        }
        _ if !c.words.is_empty() => {
            let text: String = c.words.iter().map(|w| mark(ui, w.op, &w.text)).collect();
            ui.line(&format!("      {text}"));
        }
        _ => {}
    }
}

/// Why a change has its class, from its word changes: the weightiest reason of its
/// class (a number over a reworded phrase, a spelling fix over a space). None
/// when the words do not tell (a paragraph moved, inserted or deleted whole, or a
/// link changed).
fn change_reason(c: &Change) -> Option<Reason> {
    c.words
        .iter()
        .filter_map(|w| w.reason)
        .filter(|r| r.class() == c.class)
        .max_by_key(|r| rank(*r))
}

/// Which reason says most about a change (a number over a reworded phrase, a
/// spelling fix over a space).
fn rank(r: Reason) -> std::cmp::Reverse<usize> {
    const ORDER: [Reason; 13] = [
        Reason::Number,
        Reason::Date,
        Reason::Negation,
        Reason::Name,
        Reason::Latin,
        Reason::WordForm,
        Reason::Words,
        Reason::Spelling,
        Reason::Lookalike,
        Reason::Yo,
        Reason::Case,
        Reason::Punctuation,
        Reason::Whitespace,
    ];
    std::cmp::Reverse(ORDER.iter().position(|&x| x == r).unwrap_or(ORDER.len()))
}

/// Warns that a stored text of the sign-off is missing or altered: the change
/// since cannot be shown word by word (see [`LostText`]).
pub fn lost(ui: &Ui, lost: &LostText) {
    if let Some((ledger, line)) = &lost.entry {
        let id = if lost.altered {
            "prints-lost-altered"
        } else {
            "prints-lost-missing"
        };
        ui.note(
            id,
            &[
                ("ledger", Value::from(ui.path(ledger))),
                ("line", Value::from(*line)),
                ("path", Value::from(ui.path(&lost.path))),
            ],
        );
        return;
    }
    let id = if lost.altered {
        "history-lost-altered"
    } else {
        "history-lost-missing"
    };
    ui.note(
        id,
        &[
            ("path", Value::from(ui.path(&lost.path))),
            ("lang", Value::from(lost.lang.code())),
        ],
    );
}

/// A run of words painted (or bracketed `[-…-]` / `{+…+}` without colour).
fn mark(ui: &Ui, op: WordOp, text: &str) -> String {
    match (op, ui.color) {
        // The words are the article's: no escape sequence of theirs passes.
        (WordOp::Equal, _) => super::escape::inline(text).into_owned(),
        (WordOp::Delete, true) => ui.paint(style::DELETE, text),
        (WordOp::Insert, true) => ui.paint(style::INSERT, text),
        (WordOp::Delete, false) => format!("[-{}-]", super::escape::inline(text)),
        (WordOp::Insert, false) => format!("{{+{}+}}", super::escape::inline(text)),
    }
}

/// What a change asks of the other version ("revise kk ¶4", "translate after ¶3"),
/// with the first paragraph it names; `None` when it names none. Shared by the
/// terminal diff and the HTML report.
pub fn counterpart(
    ui: &Ui,
    c: &Change,
    other: crate::lang::Lang,
    of_original: bool,
) -> Option<(String, usize)> {
    let (id, arg, value, first) = match (c.kind, c.counterpart.as_slice()) {
        (_, []) => return None,
        (ChangeKind::Inserted, [k]) => (
            if of_original {
                "diff-counterpart-after"
            } else {
                "diff-counterpart-after-original"
            },
            "after",
            Value::from(*k),
            *k,
        ),
        (_, ks) => (
            if of_original {
                "diff-counterpart"
            } else {
                "diff-counterpart-original"
            },
            "list",
            Value::from(super::status::numbers(ks)),
            ks[0],
        ),
    };
    Some((
        ui.msg(id, &[("lang", Value::from(other.code())), (arg, value)]),
        first,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_has_its_name_in_json_and_a_message_in_every_language() {
        for r in Reason::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), json!(r.as_str()));
            assert_ne!(
                rank(r),
                std::cmp::Reverse(Reason::ALL.len()),
                "{r:?} ranked"
            );
            for lang in crate::i18n::LANGUAGES {
                let l10n = crate::i18n::Localizer::new(lang);
                let id = format!("diff-reason-{}", r.as_str());
                assert_ne!(l10n.text(&id), id, "{lang}");
            }
        }
    }
}
