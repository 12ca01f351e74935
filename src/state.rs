//! The state of an article, computed from its files and its ledger, never stored.
//!
//! | state        | when |
//! |--------------|------|
//! | untranslated | the translation is missing or empty, and nobody has claimed it |
//! | in-progress  | claimed (or reopened, or written) and not signed since |
//! | translated   | signed by its translator, nothing changed since |
//! | approved     | approved by an editor, neither version changed since |
//! | stale        | the original changed after the last sign-off |
//! | edited       | the translation changed after the last sign-off, the original did not |
//!
//! "Changed" is judged paragraph by paragraph through the fingerprints recorded at
//! sign-off: white space, line ends and re-wrapping never count.

use crate::article::{Article, Version};
use crate::error::Result;
use crate::lang::Lang;
use crate::ledger::{Action, Entry};
use crate::segment::{self, Paragraph};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::collections::HashMap;

/// The workflow state of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Untranslated,
    InProgress,
    Translated,
    Approved,
    Stale,
    Edited,
}

impl State {
    /// Every state, in the order reports list them.
    pub const ALL: [State; 6] = [
        State::Untranslated,
        State::InProgress,
        State::Stale,
        State::Edited,
        State::Translated,
        State::Approved,
    ];

    /// The state's name as users type it and JSON shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Untranslated => "untranslated",
            State::InProgress => "in-progress",
            State::Translated => "translated",
            State::Approved => "approved",
            State::Stale => "stale",
            State::Edited => "edited",
        }
    }

    /// Parses a state name.
    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Whether somebody has work to do on an article in this state.
    pub fn needs_work(self) -> bool {
        !matches!(self, State::Approved)
    }
}

/// One version now, read from disk: its bytes' hash and, when needed, paragraphs.
#[derive(Debug, Clone)]
pub struct Current {
    pub version: Version,
    /// Hash of the file's bytes, when it has text.
    pub hash: Option<String>,
}

impl Current {
    /// Reads one version of an article.
    pub fn read(article: &Article, lang: Lang) -> Result<Current> {
        let version = article.read_version(lang)?;
        let hash = version.text().map(crate::history::text_hash);
        Ok(Current { version, hash })
    }

    /// The paragraphs of the version (none when missing or empty).
    pub fn paragraphs(&self) -> Vec<Paragraph> {
        self.version
            .text()
            .map(segment::segment)
            .unwrap_or_default()
    }
}

/// What the ledger says, reduced to what the state needs.
#[derive(Debug, Clone, Default)]
pub struct History<'a> {
    /// The last sign-off (translated or approved).
    pub signoff: Option<&'a Entry>,
    /// The last `translated` entry (whose author may not approve).
    pub translation: Option<&'a Entry>,
    /// A claim made after the last sign-off.
    pub claim: Option<&'a Entry>,
    /// A reopening after the last sign-off.
    pub reopened: Option<&'a Entry>,
}

impl<'a> History<'a> {
    /// Reads the entries in time order (ties keep file order).
    pub fn of(entries: &'a [Entry]) -> History<'a> {
        let mut order: Vec<&Entry> = entries.iter().collect();
        order.sort_by_key(|e| e.at);
        let mut h = History::default();
        for e in order {
            match e.action {
                Action::Claimed => h.claim = Some(e),
                Action::Translated | Action::Approved => {
                    h.signoff = Some(e);
                    if e.action == Action::Translated {
                        h.translation = Some(e);
                    }
                    h.claim = None;
                    h.reopened = None;
                }
                Action::Reopened => {
                    h.reopened = Some(e);
                    h.claim = None;
                }
                Action::Note => {}
            }
        }
        h
    }
}

/// An article's state with who holds it and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub id: String,
    pub source: Lang,
    pub target: Lang,
    pub state: State,
    /// Who holds the article: the claimer, the last signer, the approver.
    pub by: Option<String>,
    /// Since when.
    pub since: Option<DateTime<FixedOffset>>,
    /// Paragraphs of the current original that changed since the last sign-off.
    pub changed_source: Vec<usize>,
    /// Paragraphs of the current translation that changed since the last sign-off.
    pub changed_target: Vec<usize>,
}

/// Computes the status of an article from its versions and its ledger entries.
pub fn assess(article: &Article, entries: &[Entry], source: &Current, target: &Current) -> Status {
    let history = History::of(entries);
    let meta = &article.meta;
    let mut status = Status {
        id: article.id.clone(),
        source: meta.source,
        target: meta.target(),
        state: State::Untranslated,
        by: None,
        since: None,
        changed_source: Vec::new(),
        changed_target: Vec::new(),
    };
    let hold = |s: &mut Status, state: State, e: &Entry| {
        s.state = state;
        s.by = Some(e.by.clone());
        s.since = Some(e.at);
    };
    if let Some(claim) = history.claim {
        hold(&mut status, State::InProgress, claim);
        return status;
    }
    if target.hash.is_none() {
        return status;
    }
    if let Some(reopened) = history.reopened {
        hold(&mut status, State::InProgress, reopened);
        return status;
    }
    let Some(signoff) = history.signoff else {
        status.state = State::InProgress;
        return status;
    };
    let (source_changed, source_any) = changed(source, signoff.print(meta.source));
    let (target_changed, target_any) = changed(target, signoff.print(meta.target()));
    status.changed_source = source_changed;
    status.changed_target = target_changed;
    let state = if source_any {
        State::Stale
    } else if target_any {
        State::Edited
    } else if signoff.action == Action::Approved {
        State::Approved
    } else {
        State::Translated
    };
    let holder = match state {
        State::Stale | State::Edited => history.translation.unwrap_or(signoff),
        _ => signoff,
    };
    hold(&mut status, state, holder);
    status
}

/// The paragraphs of `now` whose fingerprint is not among those signed (each signed
/// fingerprint matches at most one current paragraph), and whether anything changed
/// at all (a deleted or moved paragraph changes no current number). A
/// byte-identical file is recognised from its hash alone, without segmenting it.
fn changed(now: &Current, signed: &crate::ledger::VersionPrint) -> (Vec<usize>, bool) {
    if now.hash.is_some() && now.hash == signed.text {
        return (Vec::new(), false);
    }
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for fp in &signed.paragraphs {
        *pool.entry(fp.as_str()).or_default() += 1;
    }
    let paragraphs = now.paragraphs();
    let current: Vec<&str> = paragraphs.iter().map(|p| p.fingerprint.as_str()).collect();
    let numbers: Vec<usize> = paragraphs
        .iter()
        .filter(|p| match pool.get_mut(p.fingerprint.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .map(|p| p.number)
        .collect();
    let any = current
        != signed
            .paragraphs
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>();
    (numbers, any)
}
