//! `qostil new ID --source kk --date 2026-11-26`: a new article folder.

use crate::cli::NewArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::i18n::Value;
use crate::lang::Lang;
use crate::store::article::{Meta, META_FILE};
use crate::store::files;

pub fn run(cx: &mut Context, args: &NewArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let dir = archive.article_dir(&args.id)?;
    let id = crate::store::archive::validate_id(&args.id)?;
    if dir.join(META_FILE).exists() {
        return Err(Error::ArticleExists { id: id.to_string() });
    }
    // An article inside another one's folder would never be listed.
    let base = archive.articles_dir();
    if let Some(parent) = dir
        .ancestors()
        .skip(1)
        .take_while(|p| p.starts_with(&base) && *p != base)
        .find(|p| std::fs::symlink_metadata(p.join(META_FILE)).is_ok())
    {
        let parent = parent.strip_prefix(&base).unwrap_or(parent);
        return Err(Error::NestedArticle {
            id: id.to_string(),
            parent: parent.to_string_lossy().into_owned(),
        });
    }
    // Nor may the new folder hold an article: it would no longer be listed (and
    // its files would be taken for the new one's).
    if let Some(child) = article_below(&dir) {
        let child = child.strip_prefix(&base).unwrap_or(&child);
        return Err(Error::ArticleInside {
            id: id.to_string(),
            child: child.to_string_lossy().into_owned(),
        });
    }
    // TOML dates have four-digit years.
    let date = args.date.unwrap_or_else(|| today(cx));
    if !(1..=9999).contains(&chrono::Datelike::year(&date)) {
        return Err(Error::DateOutOfRange {
            date: date.to_string(),
        });
    }
    let source: Lang = args.source.parse().map_err(|()| Error::InvalidId {
        id: args.source.clone(),
    })?;
    let meta = Meta {
        source,
        date,
        section: args.section.clone(),
        credits: Default::default(),
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let original = dir.join(source.file_name());
    let title = args
        .title
        .as_deref()
        .map(|t| format!("# {}\n", t.trim()))
        .unwrap_or_default();
    if !original.exists() {
        files::create_new(&original, title.as_bytes())?;
    }
    files::create_new(&dir.join(META_FILE), meta.render().as_bytes())?;
    let path = cx.ui.path(&original);
    cx.ui.line(&cx.ui.msg(
        "new-done",
        &[("id", Value::from(id)), ("path", Value::from(path))],
    ));
    Ok(Outcome::Clean)
}

/// Today in Kazakhstan (UTC+05:00), from the injected clock.
fn today(cx: &Context) -> chrono::NaiveDate {
    match chrono::FixedOffset::east_opt(crate::clock::KAZAKHSTAN) {
        Some(zone) => cx.world.now.with_timezone(&zone).date_naive(),
        None => cx.world.now.date_naive(),
    }
}

/// The first folder below `dir` (links not followed) that holds an article.
fn article_below(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    entries.sort();
    entries.into_iter().find_map(|sub| {
        if std::fs::symlink_metadata(sub.join(META_FILE)).is_ok() {
            Some(sub)
        } else {
            article_below(&sub)
        }
    })
}
