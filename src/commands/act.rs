//! `claim`, `sign`, `approve`, `reopen`, `note`: recording work in the ledger.

use crate::cli::{ActArgs, ApproveArgs, NoteArgs, SignArgs};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::store::archive::{load_article, Archive};
use crate::store::ledger::{self, Action};
use crate::workflow::assess::LazyChecker;
use crate::workflow::record::{self, Request, Snapshot};
use crate::workflow::state::{History, State};

pub fn claim(cx: &mut Context, args: &ActArgs) -> Result<Outcome> {
    one(
        cx,
        &args.id,
        Action::Claimed,
        args.who.by.as_deref(),
        args.who.note.clone(),
    )
}

pub fn reopen(cx: &mut Context, args: &ActArgs) -> Result<Outcome> {
    one(
        cx,
        &args.id,
        Action::Reopened,
        args.who.by.as_deref(),
        args.who.note.clone(),
    )
}

pub fn note(cx: &mut Context, args: &NoteArgs) -> Result<Outcome> {
    one(
        cx,
        &args.id,
        Action::Note,
        args.by.as_deref(),
        Some(args.note.clone()),
    )
}

pub fn sign(cx: &mut Context, args: &SignArgs) -> Result<Outcome> {
    let by = args.who.by.as_deref();
    let req = request(cx, Action::Translated, by, args.who.note.clone(), args.all)?;
    many(cx, &args.ids, args.all, req)
}

pub fn approve(cx: &mut Context, args: &ApproveArgs) -> Result<Outcome> {
    // Approving despite errors is a decision about one article, with its reason:
    // never for every article at once under one note.
    if args.all && args.force {
        return Err(crate::error::Error::ForceAll);
    }
    let by = args.who.by.as_deref();
    let req = request(cx, Action::Approved, by, args.who.note.clone(), args.all)?;
    many(
        cx,
        &args.ids,
        args.all,
        Request {
            force: args.force,
            ..req
        },
    )
}

fn one(
    cx: &mut Context,
    id: &str,
    action: Action,
    by: Option<&str>,
    note: Option<String>,
) -> Result<Outcome> {
    let archive = cx.archive()?;
    let req = request(cx, action, by, note, false)?;
    act(cx, &archive, id, &req, &LazyChecker::new(&archive))?;
    Ok(Outcome::Clean)
}

fn request(
    cx: &Context,
    action: Action,
    by: Option<&str>,
    note: Option<String>,
    adopt: bool,
) -> Result<Request> {
    Ok(Request {
        action,
        by: cx.who(by)?,
        now: cx.world.now,
        note,
        adopt,
        force: false,
    })
}

fn act(
    cx: &Context,
    archive: &Archive,
    id: &str,
    req: &Request,
    checker: &LazyChecker,
) -> Result<()> {
    let article = archive.article(id)?;
    let snap = Snapshot::read(&article, &archive.settings.drift)?;
    let written = record::record(archive, &article, &snap, req, checker)?;
    healed(cx, &article, &written);
    done(cx, &article.id, req.action);
    Ok(())
}

/// Says that a torn last entry was cut off the ledger before this one was written.
fn healed(cx: &Context, article: &crate::store::article::Article, written: &ledger::Appended) {
    if let Some(torn) = written.healed {
        let path = article.dir.join(ledger::FILE_NAME);
        cx.ui.note(
            "ledger-healed",
            &[
                ("path", Value::from(cx.ui.path(&path))),
                ("line", Value::from(torn.line)),
            ],
        );
    }
}

fn done(cx: &Context, id: &str, action: Action) {
    let what = cx.ui.msg(&format!("action-{}", action.as_str()), &[]);
    cx.ui.line(&cx.ui.msg(
        "act-done",
        &[("id", Value::from(id)), ("action", Value::from(what))],
    ));
}

/// Signs or approves several articles, or all that are ready (`--all`). Each
/// article stands alone: one that cannot be done is reported, the rest go on.
fn many(cx: &mut Context, ids: &[String], all: bool, req: Request) -> Result<Outcome> {
    let archive = cx.archive()?;
    let checker = LazyChecker::new(&archive);
    let action = req.action;
    let mut failed = false;
    if all {
        let discovery = archive.discover();
        for problem in &discovery.problems {
            cx.ui.error(problem);
            failed = true;
        }
        let mut count = 0usize;
        for (id, dir) in discovery.found {
            let prepared = load_article(id, dir)
                .and_then(|a| Snapshot::read(&a, &archive.settings.drift).map(|s| (a, s)));
            let (article, snap) = match prepared {
                Ok(x) => x,
                Err(e) => {
                    cx.ui.error(&e);
                    failed = true;
                    continue;
                }
            };
            if !ready_for(action, &snap, &req.by) {
                continue;
            }
            match record::record(&archive, &article, &snap, &req, &checker) {
                Ok(written) => {
                    healed(cx, &article, &written);
                    done(cx, &article.id, action);
                    count += 1;
                }
                Err(e) => {
                    cx.ui.error(&e);
                    failed = true;
                }
            }
        }
        cx.ui
            .line(&cx.ui.msg("act-all-done", &[("count", Value::from(count))]));
    } else {
        for id in ids {
            if let Err(e) = act(cx, &archive, id, &req, &checker) {
                cx.ui.error(&e);
                failed = true;
            }
        }
    }
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// Which articles `--all` takes. `--all` adopts an existing archive: `sign`
/// takes the translations that were never signed and that nobody else has claimed,
/// `approve` the signed translations nobody touched since. Stale, edited, reopened
/// and claimed work is left to people.
fn ready_for(action: Action, snap: &Snapshot, by: &str) -> bool {
    let history = History::of(&snap.entries);
    match action {
        Action::Translated => {
            snap.target.hash.is_some()
                && history.signoff.is_none()
                && history
                    .claim
                    .is_none_or(|c| crate::identity::same_person(&c.by, by))
        }
        Action::Approved => snap.status.state == State::Translated,
        _ => false,
    }
}
