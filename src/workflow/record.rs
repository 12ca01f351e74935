//! Recording work in the ledger: claim, sign, approve, reopen, note — with the
//! rules of the roster and of the states.

use crate::error::{Error, Result};
use crate::identity::same_person;
use crate::lang::Lang;
use crate::segment::{self, Paragraph};
use crate::store::archive::Archive;
use crate::store::article::{Article, Version};
use crate::store::ledger::{self, Action, Entry, VersionPrint};
use crate::store::settings::{DriftSettings, Role};
use crate::store::snapshots;
use crate::workflow::assess::{check_files, LazyChecker};
use crate::workflow::state::{self, Current, History, State};
use chrono::{DateTime, FixedOffset};

/// One event to record.
#[derive(Debug, Clone)]
pub struct Request {
    pub action: Action,
    /// Who acts (already resolved from `--by`, the environment or git).
    pub by: String,
    /// The injected clock.
    pub now: DateTime<FixedOffset>,
    pub note: Option<String>,
    /// Part of adopting a whole archive (`--all`).
    pub adopt: bool,
    /// Approve although the checks find errors (needs a note saying why).
    pub force: bool,
}

/// Everything the rules look at, read once.
#[derive(Debug)]
pub struct Snapshot {
    pub entries: Vec<Entry>,
    pub source: Current,
    pub target: Current,
    pub status: state::Status,
}

impl Snapshot {
    /// Reads an article's versions and ledger and computes its status.
    pub fn read(article: &Article, settings: &DriftSettings) -> Result<Snapshot> {
        let entries = ledger::read(&article.dir.join(ledger::FILE_NAME))?;
        Snapshot::with_entries(article, settings, entries)
    }

    /// Reads an article's versions and computes its status on these entries (the
    /// ledger as it is under the lock).
    pub fn with_entries(
        article: &Article,
        settings: &DriftSettings,
        entries: Vec<Entry>,
    ) -> Result<Snapshot> {
        let source = Current::read(article, article.meta.source)?;
        let target = Current::read(article, article.meta.target())?;
        match source.version {
            Version::Missing => {
                return Err(Error::MissingOriginal {
                    path: article.version_path(article.meta.source),
                })
            }
            Version::Empty => {
                return Err(Error::EmptyOriginal {
                    path: article.version_path(article.meta.source),
                })
            }
            Version::Text(_) => {}
        }
        let status = state::assess(article, &entries, &source, &target, settings)?;
        Ok(Snapshot {
            entries,
            source,
            target,
            status,
        })
    }
}

/// Checks the roster and the state, then appends the entry. Returns what was
/// written (and a torn entry removed first, if any).
///
/// One order, taken under the lock: the ledger is locked, read again, the rules
/// are judged on it as it is then (on `snap` when nobody appended since it was
/// read), and the entry is appended before the lock is released — an action that
/// waited for another can never undo it or slip in before it.
pub fn record(
    archive: &Archive,
    article: &Article,
    snap: &Snapshot,
    req: &Request,
    checker: &LazyChecker,
) -> Result<ledger::Appended> {
    let path = article.dir.join(ledger::FILE_NAME);
    // The checks read the ledger (the translator's name) with a lock of their own:
    // they run before the ledger is locked for writing, on the files as they are.
    let ready = matches!(
        snap.status.state,
        State::Translated | State::Edited | State::Approved
    );
    let check_errors = if req.action == Action::Approved && !req.force && ready {
        let findings = check_files(article, checker.get()?)?;
        Some(
            findings
                .iter()
                .filter(|f| f.severity == crate::checks::Severity::Error)
                .count(),
        )
    } else {
        None
    };
    ledger::append_with(&path, |entries| {
        let fresh;
        let snap = if entries == snap.entries.as_slice() {
            snap
        } else {
            fresh = Snapshot::with_entries(article, &archive.settings.drift, entries.to_vec())?;
            &fresh
        };
        judge(archive, article, snap, req, check_errors)?;
        let mut entry = build_entry(article, snap, req)?;
        // One person, one name: recorded as the roster spells it.
        if let Some(member) = archive.settings.member(&req.by) {
            entry.by = member.name.trim().to_string();
        }
        Ok(entry)
    })
}

/// The rules of the roster and the states for one request on one snapshot.
fn judge(
    archive: &Archive,
    article: &Article,
    snap: &Snapshot,
    req: &Request,
    check_errors: Option<usize>,
) -> Result<()> {
    let settings = &archive.settings;
    let history = History::of(&snap.entries);
    let id = &article.id;
    let wrong = |state: State| Error::WrongState {
        id: id.clone(),
        state: state.as_str().to_string(),
        action: req.action.as_str().to_string(),
    };
    match req.action {
        Action::Claimed => {
            settings.authorize(&req.by, Role::Translator)?;
            if let Some(claim) = history.claim {
                if !same_person(&claim.by, &req.by) {
                    return Err(Error::ClaimedBy {
                        id: id.clone(),
                        name: claim.by.clone(),
                    });
                }
            }
        }
        Action::Translated => {
            settings.authorize(&req.by, Role::Translator)?;
            // Somebody else's claim stands: they are translating it now.
            if let Some(claim) = history.claim {
                if !same_person(&claim.by, &req.by) {
                    return Err(Error::ClaimedBy {
                        id: id.clone(),
                        name: claim.by.clone(),
                    });
                }
            }
            if snap.target.hash.is_none() {
                return Err(Error::MissingTranslation {
                    path: article.version_path(article.meta.target()),
                });
            }
        }
        Action::Approved => {
            settings.authorize(&req.by, Role::Editor)?;
            match snap.status.state {
                State::Translated | State::Edited | State::Approved => {}
                other => return Err(wrong(other)),
            }
            // Nobody approves a text they signed: the last translator, and anyone
            // who signed exactly these versions (in this clone or another one).
            let (kk, ru) = (
                fingerprints(snap, Lang::Kk, article),
                fingerprints(snap, Lang::Ru, article),
            );
            let signer = history
                .translation
                .into_iter()
                .chain(snap.entries.iter().filter(|e| {
                    e.action == Action::Translated && e.kk.paragraphs == kk && e.ru.paragraphs == ru
                }))
                .find(|t| same_person(&t.by, &req.by));
            if signer.is_some() {
                return Err(Error::SelfApproval {
                    id: id.clone(),
                    name: req.by.clone(),
                });
            }
            if req.force {
                if req.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    return Err(Error::ForceNeedsNote);
                }
            } else {
                // Not checked: the article was not ready when the checks would
                // have run, and became so while this waited for the lock.
                let errors = check_errors.ok_or_else(|| wrong(State::InProgress))?;
                if errors > 0 {
                    return Err(Error::ChecksFailed {
                        id: id.clone(),
                        errors,
                    });
                }
            }
        }
        Action::Reopened => {
            // Sending work back is an editor's decision, on signed work that nobody
            // is working on now.
            settings.authorize(&req.by, Role::Editor)?;
            if history.signoff.is_none() || snap.status.state == State::InProgress {
                return Err(wrong(snap.status.state));
            }
        }
        Action::Note => settings.require_member(&req.by)?,
    }
    Ok(())
}

/// The paragraph fingerprints of one version as it stands.
fn fingerprints(snap: &Snapshot, lang: Lang, article: &Article) -> Vec<String> {
    let current = if lang == article.meta.source {
        &snap.source
    } else {
        &snap.target
    };
    current
        .paragraphs()
        .into_iter()
        .map(|p| p.fingerprint)
        .collect()
}

fn build_entry(article: &Article, snap: &Snapshot, req: &Request) -> Result<Entry> {
    let meta = &article.meta;
    let mut prints = [VersionPrint::default(), VersionPrint::default()];
    let mut paragraphs: [Vec<Paragraph>; 2] = [Vec::new(), Vec::new()];
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let current = if lang == meta.source {
            &snap.source
        } else {
            &snap.target
        };
        if let Some(text) = current.version.text() {
            paragraphs[i] = segment::segment(text);
            prints[i].paragraphs = paragraphs[i]
                .iter()
                .map(|p| p.fingerprint.clone())
                .collect();
            // Sign-offs keep the texts, so that later changes can be shown word by word.
            prints[i].text = Some(if req.action.is_signoff() {
                snapshots::store(&article.dir, lang, text)?
            } else {
                current.hash.clone().unwrap_or_default()
            });
        }
    }
    let pairs = if req.action.is_signoff() {
        correspond(&paragraphs[0], &paragraphs[1])
            .iter()
            .map(|(k, r)| ledger::format_bead(k, r))
            .collect()
    } else {
        Vec::new()
    };
    let [kk, ru] = prints;
    Ok(Entry {
        at: req.now,
        by: req.by.trim().to_string(),
        action: req.action,
        lang: meta.target(),
        note: req.note.clone(),
        adopt: req.adopt,
        kk,
        ru,
        pairs,
        line: 0,
        id: String::new(),
    })
}

/// The kk ↔ ru correspondence of two versions, as (kk numbers, ru numbers) beads,
/// from the aligner with the length model fitted on the corpus.
pub fn correspond(kk: &[Paragraph], ru: &[Paragraph]) -> Vec<(Vec<usize>, Vec<usize>)> {
    crate::align::align(kk, ru, &crate::align::LengthModel::FITTED)
        .beads
        .into_iter()
        .map(|b| (b.kk, b.ru))
        .collect()
}
