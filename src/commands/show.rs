//! `qostil show ID`: both versions, paragraph by paragraph, numbered.

use crate::cli::{Format, ShowArgs};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::i18n::Value;
use crate::lang::Lang;
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
    let beads = crate::workflow::record::correspond(&kk, &ru);
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
                cx.ui.line("");
                for (lang, numbers, paras) in [(Lang::Kk, k, &kk), (Lang::Ru, r, &ru)] {
                    if numbers.is_empty() {
                        let missing = cx.ui.msg("show-no-counterpart", &[]);
                        cx.ui.line(&format!(
                            "{} {}",
                            cx.ui.paint(style::DIM, lang.code()),
                            cx.ui.paint(style::WARNING, &missing)
                        ));
                    }
                    for (n, p) in numbers
                        .iter()
                        .filter_map(|n| Some((n, paras.get(n.checked_sub(1)?)?)))
                    {
                        let label = format!("{} ¶{n}", lang.code());
                        cx.ui
                            .line(&format!("{} {}", cx.ui.paint(style::DIM, &label), p.text));
                    }
                }
            }
        }
    }
    Ok(Outcome::Clean)
}
