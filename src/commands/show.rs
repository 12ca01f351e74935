//! `qostil show ID`: both versions, paragraph by paragraph, numbered.

use crate::cli::{Format, ShowArgs};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::lang::Lang;
use crate::report::show::{self as print, Side};
use crate::report::style;
use crate::segment::{segment, Paragraph};
use crate::store::article::Version;
use serde_json::json;

pub fn run(cx: &mut Context, args: &ShowArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let article = archive.article(&args.id)?;
    let original = article.read_original()?;
    let mut versions: [Vec<Paragraph>; 2] = [Vec::new(), Vec::new()];
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        versions[i] = if lang == article.meta.source {
            segment(&original)
        } else {
            match article.read_version(lang)? {
                Version::Text(t) => segment(&t),
                _ => Vec::new(),
            }
        };
    }
    let [kk, ru] = versions;
    let words = crate::workflow::learned::cached_word_table(&archive);
    let beads = crate::workflow::record::correspond(&kk, &ru, &words);
    match args.format {
        Format::Json => {
            let paras = |ps: &[Paragraph]| -> Vec<serde_json::Value> {
                ps.iter()
                    .map(|p| json!({"number": p.number, "kind": p.kind, "lines": [p.line_start, p.line_end], "text": p.text}))
                    .collect()
            };
            let pairs: Vec<_> = beads
                .iter()
                .map(|(k, r)| json!({"kk": k, "ru": r}))
                .collect();
            cx.ui.json(&json!({
                "id": article.id,
                "source": article.meta.source,
                "kk": paras(&kk),
                "ru": paras(&ru),
                "pairs": pairs,
            }));
        }
        Format::Human => {
            let header = cx.ui.msg(
                "show-header",
                &[
                    ("id", Value::from(&article.id)),
                    ("source", Value::from(article.meta.source.code())),
                ],
            );
            cx.ui.line(&cx.ui.paint(style::HEADER, &header));
            for (k, r) in &beads {
                let kk = Side {
                    lang: Lang::Kk,
                    numbers: k,
                    paragraphs: &kk,
                };
                let ru = Side {
                    lang: Lang::Ru,
                    numbers: r,
                    paragraphs: &ru,
                };
                // The original first, as everywhere else.
                match article.meta.source {
                    Lang::Kk => print::pair(&cx.ui, &kk, &ru),
                    Lang::Ru => print::pair(&cx.ui, &ru, &kk),
                }
            }
        }
    }
    Ok(Outcome::Clean)
}
