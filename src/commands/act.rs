//! `claim`, `sign`, `approve`, `reopen`, `note`, `unclaim`, `revoke`: recording
//! work in the ledger. Undoing is recording too: nothing is ever edited.

use crate::cli::{
    AcceptArgs, ActArgs, ApproveArgs, Batch, ClaimArgs, NoteArgs, RevokeArgs, SignArgs,
};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::store::archive::{load_article, Archive};
use crate::store::ledger::Action;
use crate::workflow::assess::{check_files, LazyChecker};
use crate::workflow::record::{self, Request, Snapshot};
use crate::workflow::state::{History, State};

pub fn claim(cx: &mut Context, args: &ClaimArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let req = Request {
        take: args.take,
        ..request(
            cx,
            Action::Claimed,
            args.who.by.as_deref(),
            args.who.note.clone(),
            false,
        )?
    };
    act(cx, &archive, &args.id, &req, &LazyChecker::new(&archive))?;
    Ok(Outcome::Clean)
}

pub fn unclaim(cx: &mut Context, args: &ActArgs) -> Result<Outcome> {
    one(
        cx,
        &args.id,
        Action::Unclaimed,
        args.who.by.as_deref(),
        args.who.note.clone(),
    )
}

pub fn revoke(cx: &mut Context, args: &RevokeArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let req = Request {
        refers: Some(args.entry.clone()),
        ..request(
            cx,
            Action::Revoked,
            args.who.by.as_deref(),
            args.who.note.clone(),
            false,
        )?
    };
    act(cx, &archive, &args.id, &req, &LazyChecker::new(&archive))?;
    Ok(Outcome::Clean)
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

/// Accepts the findings of one check that quote paragraph ¶N (on either side),
/// each as its own entry.
pub fn accept(cx: &mut Context, args: &AcceptArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let article = archive.article(&args.id)?;
    let checker = LazyChecker::new(&archive);
    let wanted = args.paragraph.trim().trim_start_matches('¶').trim();
    let n: Option<usize> = wanted.parse().ok();
    let findings = check_files(&article, checker.get()?, cx.world.real_now())?;
    let at = |e: &Option<crate::checks::Evidence>| {
        e.as_ref()
            .is_some_and(|e| Some(e.paragraph) == n || n.is_some_and(|n| e.also.contains(&n)))
    };
    let matching: Vec<_> = findings
        .iter()
        .filter(|f| f.check.as_str() == args.check.trim() && (at(&f.kk) || at(&f.ru)))
        .collect();
    if matching.is_empty() {
        return Err(crate::error::Error::NoSuchFinding {
            id: article.id.clone(),
            check: args.check.clone(),
            paragraph: wanted.to_string(),
        });
    }
    let base = request(
        cx,
        Action::Accepted,
        args.who.by.as_deref(),
        args.who.note.clone(),
        false,
    )?;
    for f in matching {
        let req = Request {
            refers: Some(crate::workflow::assess::finding_key(f)),
            ..base.clone()
        };
        let snap = Snapshot::read(&article, &archive.settings.drift, cx.world.real_now())?;
        let recorded = record::record(&archive, &article, &snap, &req, &checker);
        settle(cx, &article, &req, &checker, recorded)?;
    }
    Ok(Outcome::Clean)
}

pub fn sign(cx: &mut Context, args: &SignArgs) -> Result<Outcome> {
    let by = args.who.by.as_deref();
    let req = request(cx, Action::Translated, by, args.who.note.clone(), args.all)?;
    many(
        cx,
        &args.ids,
        args.all,
        &args.batch,
        Request {
            force: args.force,
            unchanged: args.unchanged,
            ..req
        },
    )
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
        &args.batch,
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
    let by = cx.who(by)?;
    // The roster's spelling of the name (typed in another case or spacing) is
    // the one the ledger keeps, so that one person has one name.
    let by = cx
        .archive()
        .ok()
        .and_then(|a| a.settings.member(&by).map(|m| m.name.clone()))
        .unwrap_or(by);
    Ok(Request {
        action,
        by,
        clock: cx.world.clock,
        note,
        adopt,
        force: false,
        take: false,
        unchanged: false,
        refers: None,
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
    let snap = Snapshot::read(&article, &archive.settings.drift, cx.world.real_now())?;
    // Signing a changed article starts from what changed since the last sign-off.
    if req.action == Action::Translated && matches!(snap.status.state, State::Stale | State::Edited)
    {
        if let Some(signoff) = History::of(&snap.entries, snap.now).signoff {
            let changes = crate::workflow::since::changes_since(&article, signoff)?;
            crate::report::diff::human(&cx.ui, &article.id, &changes);
        }
    }
    let recorded = record::record(archive, &article, &snap, req, checker);
    settle(cx, &article, req, checker, recorded)
}

/// Reports the outcome of one record: done, nothing to do, or the error (with
/// the findings that refused a sign-off).
fn settle(
    cx: &Context,
    article: &crate::store::article::Article,
    req: &Request,
    checker: &LazyChecker,
    recorded: Result<Option<crate::store::ledger::Appended>>,
) -> Result<()> {
    match recorded {
        Ok(Some(written)) => {
            healed(cx, article, &written);
            done(cx, &article.id, req.action)
        }
        Ok(None) => {
            let what = cx.ui.msg(&format!("action-{}", req.action.as_str()), &[]);
            cx.ui.line(&cx.ui.msg(
                "act-already",
                &[
                    ("id", Value::from(article.id.as_str())),
                    ("action", Value::from(what)),
                ],
            ));
        }
        Err(
            e @ (crate::error::Error::ChecksFailed { .. }
            | crate::error::Error::SignChecksFailed { .. }),
        ) => {
            if let Ok(findings) = check_files(article, checker.get()?, cx.world.real_now()) {
                let findings = findings
                    .into_iter()
                    .filter(|f| f.severity == crate::checks::Severity::Error)
                    .collect();
                crate::report::check::human_articles(
                    &cx.ui,
                    &[crate::report::check::ArticleFindings {
                        id: article.id.clone(),
                        source: article.meta.source,
                        findings,
                        accepted: Vec::new(),
                    }],
                );
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    }
    Ok(())
}

/// Says that a torn last entry was cut off the ledger before this one was written.
fn healed(
    cx: &Context,
    article: &crate::store::article::Article,
    written: &crate::store::ledger::Appended,
) {
    if let Some(torn) = written.healed {
        let path = article.dir.join(crate::store::ledger::FILE_NAME);
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
    if action == Action::Note {
        cx.ui
            .line(&cx.ui.msg("act-note-done", &[("id", Value::from(id))]));
        return;
    }
    let what = cx.ui.msg(&format!("action-{}", action.as_str()), &[]);
    cx.ui.line(&cx.ui.msg(
        "act-done",
        &[("id", Value::from(id)), ("action", Value::from(what))],
    ));
}

/// Signs or approves several articles, or all that are ready (`--all`). Each
/// article stands alone: one that cannot be done is reported, the rest go on.
fn many(
    cx: &mut Context,
    ids: &[String],
    all: bool,
    batch: &Batch,
    req: Request,
) -> Result<Outcome> {
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
        let mut ready = Vec::new();
        for (id, dir) in discovery.found {
            let prepared = load_article(id, dir).and_then(|a| {
                Snapshot::read(&a, &archive.settings.drift, cx.world.real_now()).map(|s| (a, s))
            });
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
            ready.push((article, snap));
        }
        if !confirmed(cx, batch, &ready, &checker)? {
            return Ok(if failed {
                Outcome::Failed
            } else {
                Outcome::Clean
            });
        }
        for (article, snap) in &ready {
            let recorded = record::record(&archive, article, snap, &req, &checker);
            let wrote = matches!(recorded, Ok(Some(_)));
            match settle(cx, article, &req, &checker, recorded) {
                Ok(()) => count += usize::from(wrote),
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

/// Lists what `--all` would do and why. A dry run stops there; otherwise a
/// terminal is asked, and a pipe needs `--yes`. Returns whether to go on.
fn confirmed(
    cx: &Context,
    batch: &Batch,
    ready: &[(crate::store::article::Article, Snapshot)],
    checker: &LazyChecker,
) -> Result<bool> {
    if batch.yes && !batch.dry_run {
        return Ok(true);
    }
    if !batch.dry_run && !cx.world.stdout_tty {
        return Err(crate::error::Error::NeedsConfirmation);
    }
    for (article, snap) in ready {
        let state = cx
            .ui
            .msg(&format!("state-{}", snap.status.state.as_str()), &[]);
        let errors = check_files(article, checker.get()?, cx.world.real_now())?
            .iter()
            .filter(|f| f.severity == crate::checks::Severity::Error)
            .count();
        cx.ui.line(&cx.ui.msg(
            "act-would",
            &[
                ("id", Value::from(article.id.as_str())),
                ("state", Value::from(state)),
                ("errors", Value::from(errors)),
            ],
        ));
    }
    if batch.dry_run {
        cx.ui.line(
            &cx.ui
                .msg("act-dry-run", &[("count", Value::from(ready.len()))]),
        );
        return Ok(false);
    }
    cx.ui.line(
        &cx.ui
            .msg("act-confirm", &[("count", Value::from(ready.len()))]),
    );
    let yes = (cx.answer)().is_some_and(|a| {
        let a = a.trim().to_lowercase();
        ["y", "yes", "и", "иә", "д", "да"].contains(&a.as_str())
    });
    if !yes {
        cx.ui.line(&cx.ui.msg("act-cancelled", &[]));
    }
    Ok(yes)
}

/// Which articles `--all` takes. `--all` adopts an existing archive: `sign`
/// takes the translations that were never signed and that nobody else has claimed,
/// `approve` the signed translations nobody touched since. Stale, edited, reopened
/// and claimed work is left to people.
fn ready_for(action: Action, snap: &Snapshot, by: &str) -> bool {
    let history = History::of(&snap.entries, snap.now);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::report::Ui;
    use crate::world::World;

    /// An archive with one translated article, ready for `sign --all`.
    fn archive() -> (tempfile::TempDir, Archive) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("qostil.toml"), "").unwrap();
        let a = root.join("articles/a");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::write(
            a.join("article.toml"),
            "source = \"kk\"\ndate = 2026-11-26\n",
        )
        .unwrap();
        std::fs::write(a.join("kk.md"), "# Тақырып\n\nБір абзац.\n").unwrap();
        std::fs::write(a.join("ru.md"), "# Заголовок\n\nОдин абзац.\n").unwrap();
        let archive = Archive::open(root).unwrap();
        (dir, archive)
    }

    fn world(tty: bool) -> World {
        World {
            cwd: std::path::PathBuf::from("."),
            vars: Default::default(),
            now: chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00+05:00").unwrap(),
            clock: crate::clock::Clock::Fixed(
                chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00+05:00").unwrap(),
            ),
            bad_clock: None,
            stdout_tty: tty,
            stderr_tty: false,
            width: None,
        }
    }

    fn ask(tty: bool, batch: Batch, answer: fn() -> Option<String>) -> Result<bool> {
        let (_dir, archive) = archive();
        let article = archive.article("a").unwrap();
        let snap =
            Snapshot::read(&article, &archive.settings.drift, world(tty).real_now()).unwrap();
        let w = world(tty);
        let mut cx = Context::new(&w, Ui::new(Localizer::new("en"), false, false), None);
        cx.answer = answer;
        confirmed(&cx, &batch, &[(article, snap)], &LazyChecker::new(&archive))
    }

    fn batch(dry_run: bool, yes: bool) -> Batch {
        Batch { dry_run, yes }
    }

    #[test]
    fn all_asks_on_a_terminal_and_goes_on_only_on_yes() {
        assert!(ask(true, batch(false, false), || Some("y\n".into())).unwrap());
        assert!(ask(true, batch(false, false), || Some("Иә\n".into())).unwrap());
        assert!(ask(true, batch(false, false), || Some("да".into())).unwrap());
        assert!(!ask(true, batch(false, false), || Some("n\n".into())).unwrap());
        assert!(!ask(true, batch(false, false), || Some("\n".into())).unwrap());
        // End of input is no.
        assert!(!ask(true, batch(false, false), || None).unwrap());
    }

    #[test]
    fn all_never_asks_with_yes_and_never_goes_on_in_a_dry_run() {
        let never = || -> Option<String> { panic!("asked") };
        assert!(ask(false, batch(false, true), never).unwrap());
        assert!(!ask(true, batch(true, false), never).unwrap());
        assert!(!ask(false, batch(true, true), never).unwrap());
        assert!(matches!(
            ask(false, batch(false, false), never),
            Err(crate::error::Error::NeedsConfirmation)
        ));
    }
}
