//! `qostil check [ID…]`: do both versions say the same thing?

use crate::archive::load_article;
use crate::checks::article::{at_least, check_files};
use crate::checks::Severity;
use crate::cli::{CheckArgs, Format, SeverityArg};
use crate::error::{Error, Result};
use crate::report::check::{self as print, ArticleFindings, Tally};
use crate::report::progress::Progress;
use crate::run::{Context, Outcome};
use rayon::prelude::*;
use std::path::PathBuf;

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
    let checker = archive.checker()?;
    let mut problems: Vec<Error> = Vec::new();
    let targets: Vec<(String, PathBuf)> = if args.ids.is_empty() {
        let discovery = archive.discover();
        problems.extend(discovery.problems);
        discovery.found
    } else {
        let mut found = Vec::new();
        for id in &args.ids {
            match archive.article(id) {
                Ok(a) => found.push((a.id, a.dir)),
                Err(e) => problems.push(e),
            }
        }
        found
    };
    for p in &problems {
        cx.ui.error(p);
    }
    let progress = Progress::new(&cx.ui);
    progress.start(targets.len());
    let mut tally = Tally::default();
    let mut checked = 0usize;
    let mut failed = !problems.is_empty();
    let json = args.format == Format::Json;
    let mut json_articles: Vec<serde_json::Value> = Vec::new();
    for chunk in targets.chunks(CHUNK) {
        let results: Vec<Result<ArticleFindings>> = chunk
            .par_iter()
            .map(|(id, dir)| {
                let article = load_article(id.clone(), dir.clone())?;
                let findings = at_least(check_files(&article, &checker)?, min);
                progress.tick();
                Ok(ArticleFindings {
                    id: article.id,
                    source: article.meta.source,
                    findings,
                })
            })
            .collect();
        let mut done = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(a) => done.push(a),
                Err(e) => {
                    progress.finish();
                    cx.ui.error(&e);
                    failed = true;
                }
            }
        }
        checked += done.len();
        let t = Tally::of(done.iter().flat_map(|a| a.findings.iter()));
        tally.errors += t.errors;
        tally.warnings += t.warnings;
        tally.infos += t.infos;
        if json {
            // Kept as compact values: only findings' texts, not the articles.
            if let serde_json::Value::Object(doc) = print::json(&cx.ui, &done) {
                if let Some(serde_json::Value::Array(list)) = doc.get("articles") {
                    json_articles.extend(list.iter().cloned());
                }
            }
        } else {
            print::human_articles(&cx.ui, &done);
        }
    }
    progress.finish();
    if json {
        cx.ui.json(&serde_json::json!({
            "articles": json_articles,
            "summary": {"articles": checked, "errors": tally.errors, "warnings": tally.warnings, "infos": tally.infos},
        }));
    } else {
        print::human_summary(&cx.ui, checked, tally);
    }
    Ok(if failed {
        Outcome::Failed
    } else if tally.errors > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
