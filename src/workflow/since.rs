//! What changed in an article since one of its sign-offs: picks the sign-off from
//! the ledger, reads the texts stored then and the versions now, and hands them to
//! the diff engine ([`crate::diff::changes::compare`]).

use crate::diff::changes::{self, SideChanges};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::segment::{segment, Paragraph};
use crate::store::article::{Article, Version};
use crate::store::ledger::Entry;
use crate::store::snapshots;
use chrono::{DateTime, FixedOffset, NaiveDate};

/// The changes of both versions since one sign-off.
#[derive(Debug, Clone)]
pub struct ArticleChanges {
    pub signoff: Entry,
    pub source: SideChanges,
    pub target: SideChanges,
    /// Stored texts of the sign-off that are missing or altered: their side is
    /// compared through the recorded fingerprints, without words.
    pub lost: Vec<snapshots::LostText>,
}

/// Picks the sign-off to compare with: the last one, or the one `since` names — an
/// entry id (as `log` shows it), or a time (RFC 3339) or a date (YYYY-MM-DD), which
/// select the last sign-off made at or before that moment (a date: by its end).
/// The ledger is seen at `now` (see [`crate::store::ledger::chronological`]).
pub fn select_signoff<'a>(
    id: &str,
    entries: &'a [Entry],
    since: Option<&str>,
    now: crate::store::ledger::Now,
) -> Result<&'a Entry> {
    let signoffs: Vec<&Entry> = crate::store::ledger::live(entries, now)
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
/// A stored text that is missing or altered does not stop it: that side is
/// compared through the fingerprints the ledger recorded, and the text is named
/// in [`ArticleChanges::lost`].
pub fn changes_since(article: &Article, signoff: &Entry) -> Result<ArticleChanges> {
    let lost = std::cell::RefCell::new(Vec::new());
    // A long sign-off keeps its paragraph lists in an object: without it, the
    // stored texts stand in for the fingerprints, and no counterparts are known.
    let full = match snapshots::resolve_or_lost(&article.dir, signoff)? {
        Ok(full) => full,
        Err(missing) => {
            lost.borrow_mut().push(missing);
            std::borrow::Cow::Borrowed(signoff)
        }
    };
    let signoff_lists = &*full;
    let side = |lang: Lang| -> Result<[Vec<Paragraph>; 2]> {
        let now = match article.read_version(lang)? {
            Version::Text(t) => Some(t),
            _ => None,
        };
        let new = now.as_deref().map(segment).unwrap_or_default();
        let unchanged =
            |hash: &String| now.as_deref().map(snapshots::text_hash).as_ref() == Some(hash);
        let old = match &signoff.print(lang).text {
            // A version byte for byte as signed is the signed text: the stored copy
            // is neither needed nor read (`fsck` verifies it). On a large article
            // this halves the reading and segmenting of an unchanged side.
            Some(hash) if unchanged(hash) => new.clone(),
            // Otherwise the stored copy is read and verified.
            Some(hash) => match snapshots::load_or_lost(&article.dir, lang, hash)? {
                Ok(text) => segment(&text),
                Err(missing) => {
                    lost.borrow_mut().push(missing);
                    snapshots::stand_ins(&signoff_lists.print(lang).paragraphs)
                }
            },
            None => Vec::new(),
        };
        Ok([old, new])
    };
    let source = side(article.meta.source)?;
    let target = side(article.meta.target())?;
    let vocab = crate::store::vocabulary::ArchiveVocabulary::of_article(article);
    let (source, target) = changes::compare(
        article.meta.source,
        source,
        target,
        &signoff_lists.beads(),
        &*vocab,
    );
    Ok(ArticleChanges {
        signoff: signoff.clone(),
        source,
        target,
        lost: lost.into_inner(),
    })
}
