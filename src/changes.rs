//! What changed in an article since a sign-off: both versions, paragraph by
//! paragraph and word by word, with the paragraphs of the other version that must
//! be revised.

use crate::article::Article;
use crate::drift::{self, Change};
use crate::error::{Error, Result};
use crate::history;
use crate::lang::Lang;
use crate::ledger::Entry;
use crate::segment::{segment, Paragraph};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// The changes of one version.
#[derive(Debug, Clone)]
pub struct SideChanges {
    pub lang: Lang,
    /// The paragraphs as signed.
    pub old: Vec<Paragraph>,
    /// The paragraphs now.
    pub new: Vec<Paragraph>,
    pub changes: Vec<Change>,
}

impl SideChanges {
    /// Whether any change counts (cosmetic ones only when asked to).
    pub fn any(&self, cosmetic_counts: bool) -> bool {
        self.changes
            .iter()
            .any(|c| cosmetic_counts || c.class == crate::words::Class::Substantive)
    }
}

/// The changes of both versions since one sign-off.
#[derive(Debug, Clone)]
pub struct ArticleChanges {
    pub signoff: Entry,
    pub source: SideChanges,
    pub target: SideChanges,
}

/// Picks the sign-off to compare with: the last one, or the one `since` names — an
/// entry id (as `log` shows it), or a time (RFC 3339) or a date (YYYY-MM-DD), which
/// select the last sign-off made at or before that moment (a date: by its end).
pub fn select_signoff<'a>(
    id: &str,
    entries: &'a [Entry],
    since: Option<&str>,
) -> Result<&'a Entry> {
    let signoffs: Vec<&Entry> = crate::ledger::chronological(entries)
        .into_iter()
        .filter(|e| e.action.is_signoff())
        .collect();
    let Some(last) = signoffs.last().copied() else {
        return Err(Error::NeverSigned { id: id.to_string() });
    };
    let Some(since) = since.map(str::trim) else {
        return Ok(last);
    };
    let none = || Error::NoSuchSignoff {
        id: id.to_string(),
        since: since.to_string(),
    };
    if let Some(e) = signoffs.iter().find(|e| !e.id.is_empty() && e.id == since) {
        return Ok(e);
    }
    let limit: Option<DateTime<FixedOffset>> =
        DateTime::parse_from_rfc3339(since).ok().or_else(|| {
            let date = NaiveDate::parse_from_str(since, "%Y-%m-%d").ok()?;
            let end = date.succ_opt()?.and_hms_opt(0, 0, 0)?;
            let zone = FixedOffset::east_opt(crate::clock::KAZAKHSTAN)?;
            end.and_local_timezone(zone).single()
        });
    let limit = limit.ok_or_else(none)?;
    // A time selects sign-offs made at it or before; a date, those before its end.
    let by_date = DateTime::parse_from_rfc3339(since).is_err();
    signoffs
        .into_iter()
        .rev()
        .find(|e| if by_date { e.at < limit } else { e.at <= limit })
        .ok_or_else(none)
}

/// Compares both versions now with the texts stored at `signoff`.
pub fn since(article: &Article, signoff: &Entry) -> Result<ArticleChanges> {
    let source_lang = article.meta.source;
    let target_lang = article.meta.target();
    let side = |lang: Lang| -> Result<SideChanges> {
        let now = match article.read_version(lang)? {
            crate::article::Version::Text(t) => Some(t),
            _ => None,
        };
        let new = now.as_deref().map(segment).unwrap_or_default();
        let unchanged =
            |hash: &String| now.as_deref().map(history::text_hash).as_ref() == Some(hash);
        let old = match &signoff.print(lang).text {
            // The stored copy is always verified; only when the version is unchanged
            // since the sign-off may it be missing (history/ not committed).
            Some(hash) => match history::load(&article.dir, lang, hash) {
                Ok(text) => segment(&text),
                Err(Error::HistoryMissing { .. }) if unchanged(hash) => new.clone(),
                Err(e) => return Err(e),
            },
            None => Vec::new(),
        };
        let changes = drift::diff(&old, &new, lang);
        Ok(SideChanges {
            lang,
            old,
            new,
            changes,
        })
    };
    let mut source = side(source_lang)?;
    let mut target = side(target_lang)?;
    // The correspondence at sign-off is kept as (kk, ru); orient it per side.
    let beads = signoff.beads();
    let oriented = |from: Lang| -> Vec<(Vec<usize>, Vec<usize>)> {
        beads
            .iter()
            .map(|(kk, ru)| {
                if from == Lang::Kk {
                    (kk.clone(), ru.clone())
                } else {
                    (ru.clone(), kk.clone())
                }
            })
            .collect()
    };
    let target_map = drift::map_numbers(&target.old, &target.new, &target.changes);
    let source_map = drift::map_numbers(&source.old, &source.new, &source.changes);
    drift::fill_counterparts(&mut source.changes, &oriented(source_lang), &|n| {
        target_map.get(n)
    });
    drift::fill_counterparts(&mut target.changes, &oriented(target_lang), &|n| {
        source_map.get(n)
    });
    Ok(ArticleChanges {
        signoff: signoff.clone(),
        source,
        target,
    })
}
