//! `qostil check [ID…]`: do both versions say the same thing?

use crate::checks::runner::at_least;
use crate::checks::runner::Checker;
use crate::checks::{CheckId, Severity};
use crate::cli::{CheckArgs, Format, SeverityArg};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::report::check::{self as print, ArticleFindings, Tally};
use crate::report::progress::Progress;
use crate::report::Ui;
use crate::store::archive::load_article;
use crate::workflow::assess::{self, check_files_split};
use rayon::prelude::*;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;
use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

/// Articles are checked in chunks, in parallel inside a chunk, and printed chunk by
/// chunk, so memory stays flat however large the archive.
const CHUNK: usize = 512;

pub fn run(cx: &mut Context, args: &CheckArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let min = match args.severity {
        SeverityArg::Info => Severity::Info,
        SeverityArg::Warning => Severity::Warning,
        SeverityArg::Error => Severity::Error,
    };
    let discovery = archive.discover();
    let checker = assess::checker(&archive, &discovery.found)?;
    let (targets, problems) = archive.select_in(discovery, &args.ids);
    for p in &problems {
        cx.ui.error(p);
    }
    let progress = Progress::new(&cx.ui);
    progress.start(targets.len());
    let mut run = Run {
        ui: &cx.ui,
        checker: &checker,
        min,
        progress: &progress,
        chunks: targets.chunks(CHUNK),
        tally: Tally::default(),
        checked: 0,
        not_checked: 0,
        show_accepted: args.show_accepted,
        failed: !problems.is_empty(),
        now: cx.world.real_now(),
    };
    if args.format == Format::Json {
        // Streamed: each chunk's articles are written as they are checked.
        let doc = Document {
            run: RefCell::new(&mut run),
        };
        cx.ui.json(&doc);
    } else {
        run.for_each_chunk(|run, done| {
            print::human_articles(run.ui, &done);
            !run.ui.closed()
        });
        progress.finish();
        print::human_summary(run.ui, run.checked, run.tally);
        if run.not_checked > 0 {
            run.ui.line(&run.ui.msg(
                "check-not-checked",
                &[("count", crate::i18n::Value::from(run.not_checked))],
            ));
        }
    }
    let (failed, tally) = (run.failed, run.tally);
    Ok(if failed {
        Outcome::Failed
    } else if tally.errors > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// The articles still to check, and what the checked ones came to.
struct Run<'a> {
    ui: &'a Ui,
    checker: &'a Checker,
    min: Severity,
    progress: &'a Progress,
    chunks: std::slice::Chunks<'a, (String, PathBuf)>,
    tally: Tally,
    checked: usize,
    /// Articles without a translation: reported, not counted as checked.
    not_checked: usize,
    /// `--show-accepted`: list the accepted findings too.
    show_accepted: bool,
    failed: bool,
    /// The time the ledgers are seen at.
    now: crate::store::ledger::Now,
}

impl Run<'_> {
    /// Checks every chunk of articles in turn, in parallel inside a chunk, and
    /// hands each chunk's readable articles to `report` (on this thread), in
    /// order, until it returns false. While `report` prints one chunk, the next
    /// one is being checked.
    fn for_each_chunk(&mut self, mut report: impl FnMut(&Run, Vec<ArticleFindings>) -> bool) {
        let (checker, min, progress) = (self.checker, self.min, self.progress);
        let show_accepted = self.show_accepted;
        let now = self.now;
        // Set when `report` stops: the chunk being checked then ends early.
        let stop = AtomicBool::new(false);
        let stop = &stop;
        let check = move |chunk: &[(String, PathBuf)]| {
            check_chunk(chunk, checker, (min, show_accepted, now), progress, stop)
        };
        std::thread::scope(|scope| {
            let mut pending = self.chunks.next().map(|c| scope.spawn(move || check(c)));
            while let Some(handle) = pending.take() {
                let results = match handle.join() {
                    Ok(results) => results,
                    Err(panic) => std::panic::resume_unwind(panic),
                };
                pending = self.chunks.next().map(|c| scope.spawn(move || check(c)));
                let done = self.tally_chunk(results);
                // The bar is cleared while the chunk is printed.
                if !progress.suspend(|| report(self, done)) {
                    stop.store(true, Ordering::Relaxed);
                    break;
                }
            }
        });
    }

    /// Reports the articles of a checked chunk that could not be read, counts
    /// the findings of the others and returns them.
    fn tally_chunk(&mut self, results: Vec<Result<ArticleFindings>>) -> Vec<ArticleFindings> {
        let mut done = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(a) => done.push(a),
                Err(e) => {
                    self.progress.suspend(|| self.ui.error(&e));
                    self.failed = true;
                }
            }
        }
        let unchecked = done.iter().filter(|a| a.not_checked()).count();
        self.not_checked += unchecked;
        self.checked += done.len() - unchecked;
        let t = Tally::of(done.iter().flat_map(|a| a.findings.iter()));
        self.tally.errors += t.errors;
        self.tally.warnings += t.warnings;
        self.tally.infos += t.infos;
        done
    }
}

/// Checks a chunk of articles, in parallel (the articles not yet begun are left
/// out once `stop` is set).
fn check_chunk(
    chunk: &[(String, PathBuf)],
    checker: &Checker,
    (min, show_accepted, now): (Severity, bool, crate::store::ledger::Now),
    progress: &Progress,
    stop: &AtomicBool,
) -> Vec<Result<ArticleFindings>> {
    chunk
        .par_iter()
        .filter(|_| !stop.load(Ordering::Relaxed))
        .map(|(id, dir)| {
            let article = load_article(id.clone(), dir.clone())?;
            let (all, accepted) = check_files_split(&article, checker, now)?;
            // Not checked is said whatever the severity asked for.
            let findings = if all.iter().any(|f| f.check == CheckId::MissingTranslation) {
                all
            } else {
                at_least(all, min)
            };
            progress.tick();
            Ok(ArticleFindings {
                id: article.id,
                source: article.meta.source,
                findings,
                accepted: if show_accepted { accepted } else { Vec::new() },
            })
        })
        .collect()
}

/// The JSON document of `check --format json`, checked and written chunk by chunk,
/// without holding all the articles. (Keys in serde_json's order: "articles"
/// before "summary".)
struct Document<'r, 'a> {
    run: RefCell<&'r mut Run<'a>>,
}

struct Articles<'d, 'r, 'a>(&'d Document<'r, 'a>);

impl Serialize for Document<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("articles", &Articles(self))?;
        let run = self.run.borrow();
        let mut summary = print::summary_json(run.checked, run.tally);
        if run.not_checked > 0 {
            summary["not-checked"] = run.not_checked.into();
        }
        map.serialize_entry("summary", &summary)?;
        map.end()
    }
}

impl Serialize for Articles<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        let mut run = self.0.run.borrow_mut();
        let mut failed = None;
        run.for_each_chunk(|run, done| {
            for a in &done {
                if let Err(e) = seq.serialize_element(&print::article_json(run.ui, a)) {
                    failed = Some(e);
                    return false;
                }
            }
            true
        });
        run.progress.finish();
        if let Some(e) = failed {
            return Err(e);
        }
        seq.end()
    }
}
