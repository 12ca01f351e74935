//! `qostil log [ID]`: who did what, when.

use crate::cli::{Format, LogArgs};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::report::{escape, style, wrap};
use crate::store::archive::load_article;
use crate::store::ledger::{self, Entry};
use serde_json::json;

pub fn run(cx: &mut Context, args: &LogArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let mut failed = false;
    let articles = match &args.id {
        Some(id) => vec![archive.article(id)?],
        None => {
            let discovery = archive.discover();
            for p in &discovery.problems {
                cx.ui.error(p);
                failed = true;
            }
            let mut found = Vec::new();
            for (id, dir) in discovery.found {
                match load_article(id, dir) {
                    Ok(a) => found.push(a),
                    Err(e) => {
                        cx.ui.error(&e);
                        failed = true;
                    }
                }
            }
            found
        }
    };
    let mut rows: Vec<(String, Entry)> = Vec::new();
    for article in &articles {
        match ledger::read(&article.dir.join(ledger::FILE_NAME)) {
            Ok(entries) => rows.extend(entries.into_iter().map(|e| (article.id.clone(), e))),
            Err(e) => {
                cx.ui.error(&e);
                failed = true;
            }
        }
    }
    let mut names: Vec<String> = rows.iter().map(|(_, e)| e.by.clone()).collect();
    names.sort();
    names.dedup();
    if let Some(by) = &args.by {
        rows.retain(|(_, e)| crate::identity::same_person(&e.by, by));
    }
    rows.sort_by(|a, b| {
        a.1.at
            .cmp(&b.1.at)
            .then_with(|| a.0.cmp(&b.0))
            .then(a.1.line.cmp(&b.1.line))
    });
    match args.format {
        Format::Json => {
            let entries: Vec<_> = rows
                .iter()
                .map(|(id, e)| {
                    let mut entry = json!({
                        "id": id,
                        "entry": e.id,
                        "at": e.at.to_rfc3339(),
                        "by": e.by,
                        "action": e.action.as_str(),
                        "lang": e.lang,
                        "note": e.note,
                        "entry": e.id,
                    });
                    // Only on the entries they concern.
                    if let Some(refers) = &e.refers {
                        entry["ref"] = json!(refers);
                    }
                    if e.unchanged {
                        entry["unchanged"] = json!(true);
                    }
                    // Dated in the future: suspicious (see `ledger::is_future`).
                    if ledger::is_future(e, cx.world.real_now()) {
                        entry["future"] = json!(true);
                    }
                    entry
                })
                .collect();
            cx.ui.json(&json!({ "entries": entries }));
        }
        Format::Human => {
            match &args.by {
                Some(by) if rows.is_empty() => {
                    let near = crate::suggest::nearest(by, names.iter().map(String::as_str));
                    let mut text = cx.ui.msg("log-none-by", &[("name", Value::from(by))]);
                    if let Some(near) = near {
                        text.push(' ');
                        text.push_str(
                            &cx.ui
                                .msg("did-you-mean", &[("suggestion", Value::from(near))]),
                        );
                    }
                    cx.ui.line(&text);
                }
                _ if rows.is_empty() => cx.ui.line(&cx.ui.msg("log-empty", &[])),
                _ => {}
            }
            // Columns line up: names and actions padded to the widest of the run.
            let action_of = |e: &Entry| cx.ui.msg(&format!("action-{}", e.action.as_str()), &[]);
            let by_width = rows
                .iter()
                .map(|(_, e)| wrap::width(&e.by))
                .max()
                .unwrap_or(0);
            let action_width = rows
                .iter()
                .map(|(_, e)| wrap::width(&action_of(e)))
                .max()
                .unwrap_or(0);
            for (id, e) in &rows {
                let action = wrap::pad(&action_of(e), action_width);
                let at = e.at.format("%Y-%m-%d %H:%M %:z").to_string();
                let plain = |s: &str| Value::from(escape::inline(s).into_owned());
                let mut line = cx.ui.msg_escaped(
                    "log-line",
                    &[
                        ("at", Value::from(cx.ui.paint(style::DIM, &at))),
                        (
                            "by",
                            Value::from(wrap::pad(&escape::inline(&e.by), by_width)),
                        ),
                        ("action", Value::from(cx.ui.paint(style::HEADER, &action))),
                        ("id", plain(id)),
                        ("lang", Value::from(e.lang.code())),
                        ("entry", plain(&e.id)),
                    ],
                );
                if e.adopt {
                    line.push_str(&format!(" ({})", cx.ui.msg("log-adopted", &[])));
                }
                if e.unchanged {
                    line.push_str(&format!(" ({})", cx.ui.msg("log-unchanged", &[])));
                }
                if let Some(entry) = &e.refers {
                    let refers = cx.ui.msg("log-refers", &[("entry", Value::from(entry))]);
                    line.push_str(&format!(" ({refers})"));
                }
                if let Some(note) = &e.note {
                    let note = note.replace('\n', " ");
                    line.push_str(&format!(" — {}", escape::inline(&note)));
                }
                cx.ui.line(&line);
                // On the real clock only: a fixed one (`QOSTIL_NOW`) replays a
                // scripted history, whose "now" says nothing about the future.
                if ledger::is_future(e, cx.world.real_now()) {
                    let path = archive.articles_dir().join(id).join(ledger::FILE_NAME);
                    future_note(cx, &path, e);
                }
            }
        }
    }
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// Warns of an entry dated in the future (a wrong clock, a hand edit), naming the
/// ledger, the line, the entry and its date.
fn future_note(cx: &Context, path: &std::path::Path, e: &Entry) {
    cx.ui.note(
        "entry-future",
        &[
            ("path", Value::from(cx.ui.path(path))),
            ("line", Value::from(e.line)),
            ("entry", Value::from(e.id.as_str())),
            ("at", Value::from(e.at.to_rfc3339())),
        ],
    );
}
