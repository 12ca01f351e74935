//! Recording work in the ledger: claim, sign, approve, reopen, note — with the
//! rules of the roster and of the states.

use crate::error::{Error, Result};
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

/// Checks the roster and the state, then appends the entry. Returns what was written.
pub fn record(
    archive: &Archive,
    article: &Article,
    snap: &Snapshot,
    req: &Request,
    checker: &LazyChecker,
) -> Result<Entry> {
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
                if claim.by.trim() != req.by.trim() {
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
                if claim.by.trim() != req.by.trim() {
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
            if let Some(t) = history.translation {
                if t.by.trim() == req.by.trim() {
                    return Err(Error::SelfApproval {
                        id: id.clone(),
                        name: req.by.clone(),
                    });
                }
            }
            if req.force {
                if req.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    return Err(Error::ForceNeedsNote);
                }
            } else {
                let findings = check_files(article, checker.get()?)?;
                let errors = findings
                    .iter()
                    .filter(|f| f.severity == crate::checks::Severity::Error)
                    .count();
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
    let entry = build_entry(article, snap, req)?;
    let path = article.dir.join(ledger::FILE_NAME);
    // The rules of claim, approve and reopen read the ledger: if somebody appended
    // since they were judged, judge them again on the new ledger.
    if matches!(
        req.action,
        Action::Claimed | Action::Approved | Action::Reopened
    ) {
        if !ledger::append_if_unchanged(&path, &entry, &snap.entries)? {
            let fresh = Snapshot::read(article, &settings.drift)?;
            return record(archive, article, &fresh, req, checker);
        }
    } else {
        ledger::append(&path, &entry)?;
    }
    Ok(entry)
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
