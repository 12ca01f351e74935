//! `qostil fix [IDS…] [--dry-run]`: safe mechanical fixes in both versions of the
//! articles — Latin look-alike letters inside Cyrillic words, doubled spaces inside
//! a line. With `--dry-run`, what would change is shown and nothing is written.
//! Exit 0; 2 when an article could not be read (the rest is still fixed).

use crate::checks::fix::fix_text;
use crate::cli::FixArgs;
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::lang::Lang;
use crate::store::archive::load_article;
use crate::store::article::Version;
use crate::store::files;

pub fn run(cx: &mut Context, args: &FixArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let (found, problems) = archive.select(&args.ids);
    let mut outcome = Outcome::Clean;
    for p in &problems {
        cx.ui.error(p);
        outcome = Outcome::Failed;
    }
    let (mut files_changed, mut fixes) = (0usize, 0usize);
    for (id, dir) in found {
        let article = match load_article(id, dir) {
            Ok(a) => a,
            Err(e) => {
                cx.ui.error(&e);
                outcome = Outcome::Failed;
                continue;
            }
        };
        for lang in [Lang::Kk, Lang::Ru] {
            let text = match article.read_version(lang) {
                Ok(Version::Text(t)) => t,
                Ok(_) => continue,
                Err(e) => {
                    cx.ui.error(&e);
                    outcome = Outcome::Failed;
                    continue;
                }
            };
            let (fixed, changes) = fix_text(&text, lang);
            if changes.is_empty() || fixed == text {
                continue;
            }
            let path = article.version_path(lang);
            if args.dry_run {
                let shown = cx.ui.path(&path);
                for c in &changes {
                    let line = if c.old.trim().is_empty() {
                        cx.ui.msg(
                            "fix-spaces",
                            &[
                                ("path", Value::from(shown.clone())),
                                ("line", Value::from(c.line)),
                                ("count", Value::from(c.old.chars().count())),
                            ],
                        )
                    } else {
                        cx.ui.msg(
                            "fix-change",
                            &[
                                ("path", Value::from(shown.clone())),
                                ("line", Value::from(c.line)),
                                ("old", Value::from(c.old.clone())),
                                ("new", Value::from(c.new.clone())),
                            ],
                        )
                    };
                    cx.ui.line(&line);
                }
            } else if let Err(e) = files::write_atomic(&path, fixed.as_bytes()) {
                cx.ui.error(&e);
                outcome = Outcome::Failed;
                continue;
            }
            files_changed += 1;
            fixes += changes.len();
        }
    }
    let id = if args.dry_run {
        "fix-would"
    } else {
        "fix-done"
    };
    cx.ui.line(&cx.ui.msg(
        id,
        &[
            ("files", Value::from(files_changed)),
            ("fixes", Value::from(fixes)),
        ],
    ));
    Ok(outcome)
}
