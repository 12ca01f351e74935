//! `qostil status`: what needs work, article by article.

use crate::cli::{Format, StatusArgs};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::i18n::Value;
use crate::report::progress::Progress;
use crate::report::status as print;
use crate::store::archive::{load_article, Archive};
use crate::workflow::record::Snapshot;
use crate::workflow::state::{State, Status};
use rayon::prelude::*;

/// The status of every article, in id order, with the problems met (each naming
/// its file), as seen at `now`. Articles that fail do not stop the others.
pub fn collect(
    archive: &Archive,
    progress: &Progress,
    now: crate::store::ledger::Now,
) -> (Vec<Status>, Vec<Error>) {
    let discovery = archive.discover();
    progress.start(discovery.found.len());
    let mut problems = discovery.problems;
    let results: Vec<Result<Status>> = discovery
        .found
        .into_par_iter()
        .map(|(id, dir)| {
            let status = load_article(id, dir).and_then(|article| {
                Snapshot::read(&article, &archive.settings.drift, now).map(|s| s.status)
            });
            progress.tick();
            status
        })
        .collect();
    let mut statuses = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(s) => statuses.push(s),
            Err(e) => problems.push(e),
        }
    }
    (statuses, problems)
}

pub fn run(cx: &mut Context, args: &StatusArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let holder = if args.mine {
        Some(cx.who(None)?)
    } else {
        args.by.clone()
    };
    let wanted_state = args.state.as_deref().and_then(State::parse);
    let progress = Progress::new(&cx.ui);
    let (statuses, problems) = collect(&archive, &progress, cx.world.real_now());
    progress.finish();
    for p in &problems {
        cx.ui.error(p);
    }
    for s in &statuses {
        for lost in &s.lost {
            crate::report::diff::lost(&cx.ui, lost);
        }
        for f in &s.future {
            cx.ui.note(
                "entry-future",
                &[
                    (
                        "path",
                        Value::from(
                            cx.ui.path(
                                &archive
                                    .articles_dir()
                                    .join(&s.id)
                                    .join(crate::store::ledger::FILE_NAME),
                            ),
                        ),
                    ),
                    ("line", Value::from(f.line)),
                    ("entry", Value::from(f.entry.as_str())),
                    ("at", Value::from(f.at.to_rfc3339())),
                ],
            );
        }
    }
    let filtered: Vec<&Status> = statuses
        .iter()
        .filter(|s| {
            holder.as_deref().is_none_or(|h| {
                s.by.as_deref()
                    .is_some_and(|b| crate::identity::same_person(b, h))
            })
        })
        .filter(|s| wanted_state.is_none_or(|w| s.state == w))
        .collect();
    match args.format {
        Format::Json => cx.ui.json(&print::json(&filtered, &problems, &cx.ui)),
        Format::Human => {
            let show_all = args.all || wanted_state.is_some();
            let rows: Vec<&Status> = filtered
                .iter()
                .copied()
                .filter(|s| show_all || s.state.needs_work())
                .collect();
            print::human(&cx.ui, &rows, &filtered);
        }
    }
    Ok(if problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}
