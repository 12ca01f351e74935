//! `qostil fsck [--repair]`: what interrupted writes and hand edits left in the
//! archive — torn ledger entries, stored texts no entry names or whose bytes no
//! longer match their hash, temporary files — and, with `--repair`, the repair of
//! what can be repaired. Exit 0 when nothing is (left) wrong, 1 when something is.

use crate::cli::FsckArgs;
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::store::archive::load_article;
use crate::store::fsck::{self, Problem};

pub fn run(cx: &mut Context, args: &FsckArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let discovery = archive.discover();
    let mut unrepaired = 0usize;
    let mut repaired = 0usize;
    for p in &discovery.problems {
        cx.ui.error(p);
        unrepaired += 1;
    }
    let articles = discovery.found.len();
    for (id, dir) in discovery.found {
        let article = match load_article(id, dir) {
            Ok(a) => a,
            Err(e) => {
                cx.ui.error(&e);
                unrepaired += 1;
                continue;
            }
        };
        for problem in fsck::inspect(&article, args.repair) {
            let path = |p: &std::path::Path| Value::from(cx.ui.path(p));
            let fixed = args.repair && problem.repairable();
            match &problem {
                Problem::Torn { path: p, line } => cx.ui.line(&cx.ui.msg(
                    "ledger-torn",
                    &[("path", path(p)), ("line", Value::from(*line))],
                )),
                Problem::Orphan { path: p } => {
                    cx.ui.line(&cx.ui.msg("fsck-orphan", &[("path", path(p))]))
                }
                Problem::Temp { path: p } => {
                    cx.ui.line(&cx.ui.msg("fsck-temp", &[("path", path(p))]))
                }
                Problem::Error(e) => cx.ui.error(e),
            }
            if fixed {
                repaired += 1;
            } else {
                unrepaired += 1;
            }
        }
    }
    if repaired > 0 {
        cx.ui.line(
            &cx.ui
                .msg("fsck-repaired", &[("count", Value::from(repaired))]),
        );
    }
    if unrepaired > 0 {
        cx.ui.line(
            // After --repair, what is left is what qostil cannot repair.
            &cx.ui.msg(
                if args.repair {
                    "fsck-unrepaired"
                } else {
                    "fsck-found"
                },
                &[("count", Value::from(unrepaired))],
            ),
        );
        Ok(Outcome::Findings)
    } else {
        if repaired == 0 {
            cx.ui
                .line(&cx.ui.msg("fsck-clean", &[("count", Value::from(articles))]));
        }
        Ok(Outcome::Clean)
    }
}
