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

use crate::diff::drift::ChangeKind;
use crate::diff::words::{Class, WordOp};
use crate::error::Result;
use crate::lang::Lang;
use crate::segment::{self, Paragraph};
use crate::store::article::{Article, Version};
use crate::store::ledger::{Action, Entry};
use crate::store::settings::DriftSettings;
use crate::store::snapshots::LostText;
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

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
        let hash = version.text().map(crate::store::snapshots::text_hash);
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
    /// Reads the entries in time order (ties: workflow order, then entry id) as
    /// seen at `now` (an entry from the future is placed where it was appended,
    /// see [`crate::store::ledger::chronological`]).
    pub fn of(entries: &'a [Entry], now: crate::store::ledger::Now) -> History<'a> {
        // A revoked sign-off never happened, as far as the state goes.
        let order = crate::store::ledger::live(entries, now);
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
                Action::Unclaimed => h.claim = None,
                Action::Note | Action::Revoked | Action::Accepted => {}
            }
        }
        h
    }
}

/// How much one version changed since the last sign-off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Drift {
    /// Current numbers of the paragraphs that changed or were added.
    pub paragraphs: Vec<usize>,
    /// Changes of each class (a deleted paragraph counts, though it has no number).
    pub substantive: usize,
    pub cosmetic: usize,
    /// Words deleted or inserted.
    pub words: usize,
}

impl Drift {
    /// Whether anything changed at all.
    pub fn any(&self) -> bool {
        self.substantive + self.cosmetic > 0
    }

    /// Whether the change moves the article's state.
    pub fn counts(&self, cosmetic_counts: bool) -> bool {
        self.substantive > 0 || (cosmetic_counts && self.cosmetic > 0)
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
    /// What changed in the original since the last sign-off.
    pub source_drift: Drift,
    /// What changed in the translation since the last sign-off.
    pub target_drift: Drift,
    /// Why the article is in its state, when its files alone explain it
    /// (`empty-original`: a just-created article).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// The ledger's entries dated in the future on the real clock (a wrong clock,
    /// a hand edit): suspicious, ordered where they were appended.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub future: Vec<FutureEntry>,
    /// Stored texts of the last sign-off that are missing or altered: the state
    /// is judged from the recorded fingerprints instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lost: Vec<LostText>,
}

/// An entry dated in the future (see [`crate::store::ledger::is_future`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FutureEntry {
    /// The entry's id.
    pub entry: String,
    /// Its line in the ledger.
    pub line: usize,
    /// Its date.
    pub at: DateTime<FixedOffset>,
}

/// Computes the status of an article from its versions and its ledger entries,
/// as seen at `now`. Reads the stored sign-off texts only for versions whose
/// paragraphs changed.
pub fn assess(
    article: &Article,
    entries: &[Entry],
    source: &Current,
    target: &Current,
    settings: &DriftSettings,
    now: crate::store::ledger::Now,
) -> Result<Status> {
    let history = History::of(entries, now);
    let meta = &article.meta;
    let mut status = Status {
        id: article.id.clone(),
        source: meta.source,
        target: meta.target(),
        state: State::Untranslated,
        by: None,
        since: None,
        source_drift: Drift::default(),
        target_drift: Drift::default(),
        reason: None,
        future: entries
            .iter()
            .filter(|e| crate::store::ledger::is_future(e, now))
            .map(|e| FutureEntry {
                entry: e.id.clone(),
                line: e.line,
                at: e.at,
            })
            .collect(),
        lost: Vec::new(),
    };
    let hold = |s: &mut Status, state: State, e: &Entry| {
        s.state = state;
        s.by = Some(e.by.clone());
        s.since = Some(e.at);
    };
    if let Some(claim) = history.claim {
        hold(&mut status, State::InProgress, claim);
        return Ok(status);
    }
    if target.hash.is_none() {
        return Ok(status);
    }
    if let Some(reopened) = history.reopened {
        hold(&mut status, State::InProgress, reopened);
        return Ok(status);
    }
    let Some(signoff) = history.signoff else {
        status.state = State::InProgress;
        return Ok(status);
    };
    let mut lost = Vec::new();
    // The paragraph lists of a long sign-off are in an object of their own: read
    // only when a version is not byte for byte as signed.
    let as_signed =
        |lang: Lang, now: &Current| now.hash.is_some() && now.hash == signoff.print(lang).text;
    let full = if as_signed(meta.source, source) && as_signed(meta.target(), target) {
        Some(std::borrow::Cow::Borrowed(signoff))
    } else {
        match crate::store::snapshots::resolve_or_lost(&article.dir, signoff)? {
            Ok(full) => Some(full),
            Err(missing) => {
                lost.push(missing);
                None
            }
        }
    };
    let lists = |lang: Lang| full.as_ref().map(|e| e.print(lang).paragraphs.as_slice());
    status.source_drift = drift_of(
        article,
        meta.source,
        source,
        (&signoff.print(meta.source).text, lists(meta.source)),
        &mut lost,
    )?;
    status.target_drift = drift_of(
        article,
        meta.target(),
        target,
        (&signoff.print(meta.target()).text, lists(meta.target())),
        &mut lost,
    )?;
    status.lost = lost;
    let cosmetic = settings.cosmetic_makes_stale;
    let state = if status.source_drift.counts(cosmetic) {
        State::Stale
    } else if status.target_drift.counts(cosmetic) {
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
    Ok(status)
}

/// What changed in one version since it was signed. A byte-identical file is
/// recognised from its hash, one whose paragraphs all kept their fingerprints
/// (white space, line ends, re-wrapping) without reading the stored text; only a
/// real change is diffed against the stored text, word by word. A stored text that
/// is missing or altered is added to `lost`, and the change is judged from the
/// recorded fingerprints ([`crate::store::snapshots::stand_ins`]).
///
/// `signed` is the sign-off's hash of the version and its paragraph
/// fingerprints; `None` for these when the object holding them is lost (the
/// stored text stands in for them then).
fn drift_of(
    article: &Article,
    lang: Lang,
    now: &Current,
    (signed_text, signed_paragraphs): (&Option<String>, Option<&[String]>),
    lost: &mut Vec<LostText>,
) -> Result<Drift> {
    if now.hash.is_some() && now.hash == *signed_text {
        return Ok(Drift::default());
    }
    let paragraphs = now.paragraphs();
    let same = signed_paragraphs.is_some_and(|signed| {
        paragraphs.len() == signed.len()
            && paragraphs
                .iter()
                .zip(signed)
                .all(|(p, f)| &p.fingerprint == f)
    });
    if same {
        return Ok(Drift::default());
    }
    let old = match signed_text {
        Some(hash) if !hash.is_empty() => {
            match crate::store::snapshots::load_or_lost(&article.dir, lang, hash)? {
                Ok(text) => segment::segment(&text),
                Err(missing) => {
                    lost.push(missing);
                    crate::store::snapshots::stand_ins(signed_paragraphs.unwrap_or_default())
                }
            }
        }
        _ => Vec::new(),
    };
    let mut drift = Drift::default();
    let vocab = crate::store::vocabulary::ArchiveVocabulary::of_article(article);
    for change in crate::diff::drift::diff_with(&old, &paragraphs, lang, &*vocab) {
        match change.class {
            Class::Substantive => drift.substantive += 1,
            Class::Cosmetic => drift.cosmetic += 1,
        }
        drift.paragraphs.extend(&change.new);
        drift.words += change
            .words
            .iter()
            .filter(|w| w.op != WordOp::Equal)
            .map(|w| w.text.split_whitespace().count())
            .sum::<usize>();
        // A paragraph inserted or deleted whole carries no word diff: all its
        // words count.
        let whole = |ps: &[Paragraph], ns: &[usize]| -> usize {
            ns.iter()
                .filter_map(|n| ps.get(n.wrapping_sub(1)))
                .map(|p| p.text.split_whitespace().count())
                .sum()
        };
        match change.kind {
            ChangeKind::Inserted if change.words.is_empty() => {
                drift.words += whole(&paragraphs, &change.new)
            }
            ChangeKind::Deleted if change.words.is_empty() => {
                drift.words += whole(&old, &change.old)
            }
            _ => {}
        }
    }
    drift.paragraphs.sort_unstable();
    drift.paragraphs.dedup();
    Ok(drift)
}
