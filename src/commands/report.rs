//! `qostil report [ID…] --out DIR`: a static HTML site of the archive — an index
//! of every article and a page per article — written whole or not at all.
//!
//! Articles are read and their pages written in chunks, in parallel inside a
//! chunk; only the index's rows are kept, so memory stays flat however large the
//! archive. An article that cannot be read is named on standard error and in the
//! index, the rest of the site is written, and the run exits 2.

use crate::checks::runner::{check_article, ArticleInput, Checker};
use crate::cli::ReportArgs;
use crate::commands::{Context, Outcome};
use crate::diff::changes::SideChanges;
use crate::error::Result;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::report::check::Tally;
use crate::report::errors;
use crate::report::html::{self, article::View, index::Row};
use crate::report::progress::Progress;
use crate::report::Ui;
use crate::segment::{segment_unprinted, BlockKind};
use crate::store::archive::{load_article, Archive};
use crate::store::ledger;
use crate::store::site::Site;
use crate::workflow::record::{correspond, Snapshot};
use crate::workflow::since::ArticleChanges;
use crate::workflow::state::History;
use crate::workflow::{assess, since};
use rayon::prelude::*;

/// Articles per chunk: read, rendered and written together.
const CHUNK: usize = 256;

pub fn run(cx: &mut Context, args: &ReportArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let discovery = archive.discover();
    let checker = assess::checker(&archive, &discovery.found)?;
    let out = if args.out.is_absolute() {
        args.out.clone()
    } else {
        cx.world.cwd.join(&args.out)
    };
    let (targets, mut problems) = archive.select_in(discovery, &args.ids);
    let site = Site::begin(&out)?;
    site.write(html::STYLE_FILE, html::STYLE.as_bytes())?;
    let progress = Progress::new(&cx.ui);
    progress.start(targets.len());
    let mut rows: Vec<Row> = Vec::with_capacity(targets.len());
    let lang = cx.ui.l10n.lang();
    for chunk in targets.chunks(CHUNK) {
        let results: Vec<Result<Row>> = chunk
            .par_iter()
            // The message bundles are not shared between threads: one per worker.
            .map_init(
                || Ui::new(Localizer::new(lang), false, false),
                |ui, (id, dir)| {
                    let row = article_page(
                        &archive,
                        &checker,
                        ui,
                        &site,
                        (id, dir),
                        cx.world.real_now(),
                    );
                    progress.tick();
                    row
                },
            )
            .collect();
        for r in results {
            match r {
                Ok(row) => rows.push(row),
                Err(e) => problems.push(e),
            }
        }
    }
    progress.finish();
    for p in &problems {
        cx.ui.error(p);
    }
    let messages: Vec<String> = problems.iter().map(|e| errors::render(e, &cx.ui)).collect();
    let index = html::index::render(&cx.ui, &mut rows, &messages);
    site.write("index.html", index.as_bytes())?;
    site.commit()?;
    cx.ui.note(
        "html-done",
        &[
            ("count", rows.len().into()),
            ("path", cx.ui.path(&out).into()),
        ],
    );
    Ok(if problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

/// Reads one article, writes its page and returns its row of the index.
fn article_page(
    archive: &Archive,
    checker: &Checker,
    ui: &Ui,
    site: &Site,
    (id, dir): (&str, &std::path::Path),
    now: ledger::Now,
) -> Result<Row> {
    let article = load_article(id.to_string(), dir.to_path_buf())?;
    let snap = Snapshot::read(&article, &archive.settings.drift, now)?;
    let source = article.meta.source;
    let texts_by_role = [snap.source.version.text(), snap.target.version.text()];
    let text_of = |lang: Lang| texts_by_role[usize::from(lang != source)].map(str::to_string);
    let texts = [text_of(Lang::Kk), text_of(Lang::Ru)];
    let paras = [
        texts[0]
            .as_deref()
            .map(segment_unprinted)
            .unwrap_or_default(),
        texts[1]
            .as_deref()
            .map(segment_unprinted)
            .unwrap_or_default(),
    ];
    let history = History::of(&snap.entries, snap.now);
    // The checks, as `check` runs them: nothing to compare without a translation.
    let findings = if snap.target.version.text().is_some() {
        let input = ArticleInput {
            kk: &paras[0],
            ru: &paras[1],
            source,
            translator: history.translation.map(|e| e.by.as_str()),
        };
        check_article(&input, checker)
    } else {
        Vec::new()
    };
    let changes = match history.signoff {
        // Nothing drifted since the sign-off (as `status` judged it): no texts of
        // the sign-off to read and diff.
        Some(signoff) if !snap.status.source_drift.any() && !snap.status.target_drift.any() => {
            let unchanged = |lang: Lang| SideChanges {
                lang,
                old: Vec::new(),
                new: Vec::new(),
                changes: Vec::new(),
            };
            Some(ArticleChanges {
                signoff: signoff.clone(),
                source: unchanged(source),
                target: unchanged(source.other()),
                lost: Vec::new(),
            })
        }
        Some(_) => {
            let signoff = since::select_signoff(&article.id, &snap.entries, None, snap.now)?;
            Some(since::changes_since(&article, signoff)?)
        }
        None => None,
    };
    let beads = correspond(&paras[0], &paras[1], &checker.words);
    let title = paras[usize::from(source == Lang::Ru)]
        .iter()
        .find(|p| p.kind == BlockKind::Title)
        .map(|p| p.text.clone());
    let entries: Vec<ledger::Entry> = ledger::chronological(&snap.entries, snap.now)
        .into_iter()
        .cloned()
        .collect();
    let tally = Tally::of(&findings);
    let view = View {
        id: article.id.clone(),
        meta: article.meta.clone(),
        status: snap.status.clone(),
        title: title.clone(),
        texts,
        paras,
        beads,
        findings,
        changes,
        entries,
    };
    let page = html::article::render(ui, &view);
    site.write(&html::article_file(&article.id), page.as_bytes())?;
    Ok(Row {
        status: snap.status,
        title,
        tally,
    })
}
