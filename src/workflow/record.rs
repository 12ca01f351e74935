//! Recording work in the ledger: claim, sign, approve, reopen, note — with the
//! rules of the roster and of the states.

use crate::clock::Clock;
use crate::error::{Error, Result};
pub use crate::identity::same_person;
use crate::lang::Lang;
use crate::segment::{self, Paragraph};
use crate::store::archive::Archive;
use crate::store::article::{Article, Version};
use crate::store::ledger::{self, Action, Entry, VersionPrint};
use crate::store::settings::{DriftSettings, Role};
use crate::store::snapshots;
use crate::workflow::assess::{check_files, LazyChecker};
use crate::workflow::since::{changes_since, ArticleChanges};
use crate::workflow::state::{self, Current, History, State};

/// One event to record.
#[derive(Debug, Clone)]
pub struct Request {
    pub action: Action,
    /// Who acts (already resolved from `--by`, the environment or git).
    pub by: String,
    /// The injected clock, read for the entry's time under the ledger's lock.
    pub clock: Clock,
    pub note: Option<String>,
    /// Part of adopting a whole archive (`--all`).
    pub adopt: bool,
    /// Approve although the checks find errors (needs a note saying why).
    pub force: bool,
    /// `claim --take`: take over somebody else's claim (needs a note).
    pub take: bool,
    /// `sign --unchanged`: the original's change needs no change in the
    /// translation (needs a note).
    pub unchanged: bool,
    /// `revoke ENTRY`: the entry withdrawn.
    pub refers: Option<String>,
}

fn has_note(req: &Request) -> bool {
    req.note.as_deref().is_some_and(|n| !n.trim().is_empty())
}

/// The paragraphs of the translation that `diff` points at ("revise kk ¶4") and
/// that did not change since the sign-off, in order. Counts only the original's
/// changes that make the article stale (cosmetic ones when `cosmetic_counts`).
pub fn unrevised(changes: &ArticleChanges, cosmetic_counts: bool) -> Vec<usize> {
    use crate::diff::drift::ChangeKind;
    let touched: std::collections::BTreeSet<usize> = changes
        .target
        .changes
        .iter()
        .flat_map(|c| c.new.iter().copied())
        .collect();
    let mut out = std::collections::BTreeSet::new();
    for c in &changes.source.changes {
        if c.class != crate::diff::words::Class::Substantive && !cosmetic_counts {
            continue;
        }
        if c.kind == ChangeKind::Inserted {
            // The new text belongs after ¶k of the translation.
            if let Some(k) = c.counterpart.first() {
                if !touched.contains(&(k + 1)) {
                    out.insert(k + 1);
                }
            }
        } else {
            out.extend(c.counterpart.iter().filter(|n| !touched.contains(n)));
        }
    }
    out.into_iter().collect()
}

/// Everything the rules look at, read once.
#[derive(Debug)]
pub struct Snapshot {
    pub entries: Vec<Entry>,
    /// The time the ledger is seen at, on the real clock (entries dated after it
    /// are from the future).
    pub now: ledger::Now,
    pub source: Current,
    pub target: Current,
    pub status: state::Status,
}

impl Snapshot {
    /// Reads an article's versions and ledger and computes its status.
    pub fn read(article: &Article, settings: &DriftSettings, now: ledger::Now) -> Result<Snapshot> {
        let entries = ledger::read(&article.dir.join(ledger::FILE_NAME))?;
        Snapshot::with_entries(article, settings, entries, now)
    }

    /// Reads an article's versions and computes its status on these entries (the
    /// ledger as it is under the lock).
    pub fn with_entries(
        article: &Article,
        settings: &DriftSettings,
        entries: Vec<Entry>,
        now: ledger::Now,
    ) -> Result<Snapshot> {
        let source = Current::read(article, article.meta.source)?;
        let target = Current::read(article, article.meta.target())?;
        match source.version {
            Version::Missing => {
                return Err(Error::MissingOriginal {
                    path: article.version_path(article.meta.source),
                })
            }
            // A just-created article (`new` without a title): untranslated, and
            // the most visible of all. An emptied original with a translation or a
            // sign-off is a mistake, reported.
            Version::Empty
                if target.hash.is_some() || History::of(&entries, now).signoff.is_some() =>
            {
                return Err(Error::EmptyOriginal {
                    path: article.version_path(article.meta.source),
                })
            }
            Version::Empty | Version::Text(_) => {}
        }
        let mut status = state::assess(article, &entries, &source, &target, settings, now)?;
        if source.hash.is_none() {
            status.reason = Some("empty-original");
        }
        Ok(Snapshot {
            entries,
            now,
            source,
            target,
            status,
        })
    }
}

/// Checks the roster and the state, then appends the entry. Returns what was
/// written, or `None` when the same person's identical sign-off already stands
/// (nothing is written twice).
pub fn record(
    archive: &Archive,
    article: &Article,
    snap: &Snapshot,
    req: &Request,
    checker: &LazyChecker,
) -> Result<Option<ledger::Appended>> {
    let settings = &archive.settings;
    let history = History::of(&snap.entries, snap.now);
    let id = &article.id;
    let wrong = |state: State| Error::WrongState {
        id: id.clone(),
        state: state.as_str().to_string(),
        action: req.action.as_str().to_string(),
    };
    let needs_note = |action: &str| Error::NoteRequired {
        id: id.clone(),
        action: action.to_string(),
    };
    let mut refers = req.refers.clone();
    if req.action.is_signoff() && unchanged_repeat(article.meta.source, snap, req) {
        return Ok(None);
    }
    match req.action {
        Action::Claimed => {
            if let Some(claim) = history.claim.filter(|c| !same_person(&c.by, &req.by)) {
                if !req.take {
                    return Err(Error::ClaimedBy {
                        id: id.clone(),
                        name: claim.by.clone(),
                    });
                }
                // Taking over: a translator or an editor, saying why.
                settings
                    .authorize(&req.by, Role::Translator)
                    .or_else(|_| settings.authorize(&req.by, Role::Editor))?;
                if !has_note(req) {
                    return Err(needs_note("claim --take"));
                }
                refers = Some(claim.id.clone());
            } else {
                settings.authorize(&req.by, Role::Translator)?;
            }
        }
        Action::Unclaimed => {
            let Some(claim) = history.claim else {
                return Err(Error::NotClaimed { id: id.clone() });
            };
            if !same_person(&claim.by, &req.by) {
                settings.authorize(&req.by, Role::Editor)?;
                if !has_note(req) {
                    return Err(needs_note("unclaim"));
                }
            } else {
                settings.require_member(&req.by)?;
            }
            refers = Some(claim.id.clone());
        }
        Action::Revoked => {
            let entry_id = req.refers.clone().unwrap_or_default();
            let wanted = entry_id.trim();
            let found = snap
                .entries
                .iter()
                .find(|e| !wanted.is_empty() && e.id == wanted);
            let Some(target) = found else {
                return Err(Error::UnknownEntry {
                    id: id.clone(),
                    entry: entry_id,
                });
            };
            if !target.action.is_signoff() && target.action != Action::Accepted {
                return Err(Error::NotRevocable {
                    id: id.clone(),
                    entry: target.id.clone(),
                    action: target.action.as_str().to_string(),
                });
            }
            if ledger::revoked_ids(&snap.entries).contains(target.id.as_str()) {
                return Err(Error::AlreadyRevoked {
                    id: id.clone(),
                    entry: target.id.clone(),
                });
            }
            if same_person(&target.by, &req.by) {
                settings.require_member(&req.by)?;
            } else {
                settings.authorize(&req.by, Role::Editor)?;
            }
            if !has_note(req) {
                return Err(needs_note("revoke"));
            }
            refers = Some(target.id.clone());
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
            if req.unchanged && !has_note(req) {
                return Err(needs_note("sign --unchanged"));
            }
            // "I revised it": where the original changed, the translation must have.
            if snap.status.state == State::Stale && !req.unchanged {
                if let Some(signoff) = history.signoff {
                    let changes = changes_since(article, signoff)?;
                    let missing = unrevised(&changes, settings.drift.cosmetic_makes_stale);
                    if !missing.is_empty() {
                        return Err(Error::Unrevised {
                            id: id.clone(),
                            lang: article.meta.target().code().to_string(),
                            paragraphs: missing
                                .iter()
                                .map(|n| format!("¶{n}"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        });
                    }
                }
            }
            checks_pass(article, req, checker)?;
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
                    e.action == Action::Translated && signed_these(article, snap, e, [&kk, &ru])
                }))
                .find(|t| same_person(&t.by, &req.by));
            if signer.is_some() {
                return Err(Error::SelfApproval {
                    id: id.clone(),
                    name: req.by.clone(),
                });
            }
            checks_pass(article, req, checker)?;
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
        Action::Accepted => {
            // Which finding is the command's to find (it runs the checks); the
            // rule here is who may, and why.
            settings.authorize(&req.by, Role::Editor)?;
            if !has_note(req) {
                return Err(needs_note("accept"));
            }
        }
    }
    let mut entry = build_entry(article, snap, req, checker)?;
    entry.refers = refers;
    // One person, one name: recorded as the roster spells it.
    if let Some(member) = settings.member(&req.by) {
        entry.by = member.name.trim().to_string();
    }
    let path = article.dir.join(ledger::FILE_NAME);
    // One order, taken under the lock: the ledger is locked and read again; if
    // somebody appended since the rules were judged on `snap`, nothing is written
    // and the rules are judged again on the ledger as it is now.
    let mut changed = false;
    let appended = ledger::append_with(&path, req.clock, |entries| {
        if entries != snap.entries.as_slice() {
            changed = true;
            return Err(Error::io(
                &path,
                std::io::Error::other("the ledger changed"),
            ));
        }
        // Stored here, under the lock, so that `fsck --repair` (which removes
        // stored texts no entry names, under the same lock) never sees them
        // before the entry that names them.
        if req.action.is_signoff() {
            store_signed_texts(article, snap)?;
        }
        // Its time is read by `append_with`, under the lock.
        Ok(entry.clone())
    });
    match appended {
        Err(_) if changed => {
            let fresh = Snapshot::read(article, &settings.drift, req.clock.real_now())?;
            record(archive, article, &fresh, req, checker)
        }
        other => other.map(Some),
    }
}

/// The checks must find no error, unless `--force` with a note says why.
fn checks_pass(article: &Article, req: &Request, checker: &LazyChecker) -> Result<()> {
    if req.force {
        if !has_note(req) {
            return Err(Error::ForceNeedsNote);
        }
        return Ok(());
    }
    let findings = check_files(article, checker.get()?, req.clock.real_now())?;
    let errors = findings
        .iter()
        .filter(|f| f.severity == crate::checks::Severity::Error)
        .count();
    if errors > 0 {
        let id = article.id.clone();
        return Err(if req.action == Action::Translated {
            Error::SignChecksFailed { id, errors }
        } else {
            Error::ChecksFailed { id, errors }
        });
    }
    Ok(())
}

/// Whether the request repeats the last sign-off: the same action by the same
/// person on both versions byte for byte as they were then, with no note (a
/// note says something new, and is kept).
fn unchanged_repeat(source: Lang, snap: &Snapshot, req: &Request) -> bool {
    let history = History::of(&snap.entries, snap.now);
    let Some(last) = history.signoff else {
        return false;
    };
    history.claim.is_none()
        && history.reopened.is_none()
        && last.action == req.action
        && same_person(&last.by, &req.by)
        && req.note.is_none()
        && last.print(source).text.is_some()
        && last.print(source).text == snap.source.hash
        && last.print(source.other()).text == snap.target.hash
}

/// Whether the sign-off `e` signed the versions whose paragraph fingerprints are
/// `now` (kk, ru). A long entry's fingerprints are read from their object; when
/// it is lost, from the stored texts it names (the same fingerprints), and when
/// those are lost too, the versions must be byte for byte the signed ones.
fn signed_these(article: &Article, snap: &Snapshot, e: &Entry, now: [&Vec<String>; 2]) -> bool {
    if let Ok(full) = ledger::resolve(&article.dir, e) {
        return full.kk.paragraphs == *now[0] && full.ru.paragraphs == *now[1];
    }
    Lang::ALL.into_iter().zip(now).all(|(lang, now)| {
        let Some(hash) = e.print(lang).text.as_deref() else {
            return now.is_empty();
        };
        match snapshots::load(&article.dir, lang, hash) {
            Ok(text) => segment::segment(&text)
                .iter()
                .map(|p| &p.fingerprint)
                .eq(now.iter()),
            Err(_) => {
                let current = if lang == article.meta.source {
                    &snap.source
                } else {
                    &snap.target
                };
                current.hash.as_deref() == Some(hash)
            }
        }
    })
}

/// The paragraph fingerprints of one version as it is now.
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

/// Stores the texts a sign-off names (both versions as they are in `snap`).
fn store_signed_texts(article: &Article, snap: &Snapshot) -> Result<()> {
    let meta = &article.meta;
    for (lang, current) in [(meta.source, &snap.source), (meta.target(), &snap.target)] {
        if let Some(text) = current.version.text() {
            snapshots::store(&article.dir, lang, text)?;
        }
    }
    Ok(())
}

fn build_entry(
    article: &Article,
    snap: &Snapshot,
    req: &Request,
    checker: &LazyChecker,
) -> Result<Entry> {
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
            // Sign-offs keep the texts, so that later changes can be shown word by
            // word: stored under the ledger's lock (see [`store_signed_texts`]).
            prints[i].text = Some(if req.action.is_signoff() {
                snapshots::text_hash(text)
            } else {
                current.hash.clone().unwrap_or_default()
            });
        }
    }
    let pairs = if req.action.is_signoff() {
        correspond(&paragraphs[0], &paragraphs[1], checker.words())
            .iter()
            .map(|(k, r)| ledger::format_bead(k, r))
            .collect()
    } else {
        Vec::new()
    };
    let [kk, ru] = prints;
    Ok(Entry {
        // Provisional: the time is read again under the ledger's lock.
        at: req.clock.now(),
        by: req.by.trim().to_string(),
        action: req.action,
        lang: meta.target(),
        note: req.note.clone(),
        adopt: req.adopt,
        refers: None,
        unchanged: req.unchanged,
        prints: None,
        kk,
        ru,
        pairs,
        line: 0,
        id: String::new(),
    })
}

/// The kk ↔ ru correspondence of two versions, as (kk numbers, ru numbers) beads,
/// from the aligner with the length model fitted on the corpus and these word
/// tables.
pub fn correspond(
    kk: &[Paragraph],
    ru: &[Paragraph],
    words: &crate::align::WordTable,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    crate::checks::runner::align_with_credits(kk, ru, words)
        .0
        .beads
        .into_iter()
        .map(|b| (b.kk, b.ru))
        .collect()
}
