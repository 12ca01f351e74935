//! Every [`Error`] variant to its Fluent message, in one `match`.

use super::Ui;
use crate::error::Error;
use crate::i18n::Value;

/// The localized text of an error.
pub fn render(error: &Error, ui: &Ui) -> String {
    let s = |v: &str| Value::from(v);
    let n = |v: usize| Value::from(v);
    match error {
        Error::Io { path, source } => ui.msg(
            "error-io",
            &[
                ("path", s(&ui.path(path))),
                ("detail", s(&io_detail(source))),
            ],
        ),
        Error::NotUtf8 { path, line } => ui.msg(
            "error-not-utf8",
            &[("path", s(&ui.path(path))), ("line", n(*line))],
        ),
        Error::Toml { path, line, detail } => ui.msg(
            "error-toml",
            &[
                ("path", s(&ui.path(path))),
                ("line", n(*line)),
                ("detail", s(detail)),
            ],
        ),
        Error::UnknownKey { path, line, key } => ui.msg(
            "error-unknown-key",
            &[
                ("path", s(&ui.path(path))),
                ("line", n(*line)),
                ("key", s(key)),
            ],
        ),
        Error::MissingKey { path, line, key } => ui.msg(
            "error-missing-key",
            &[
                ("path", s(&ui.path(path))),
                ("line", n(*line)),
                ("key", s(key)),
            ],
        ),
        Error::InvalidValue {
            path,
            line,
            key,
            value,
        } => ui.msg(
            "error-invalid-value",
            &[
                ("path", s(&ui.path(path))),
                ("line", n(*line)),
                ("key", s(key)),
                ("value", s(value)),
            ],
        ),
        Error::MissingOriginal { path } => {
            ui.msg("error-missing-original", &[("path", s(&ui.path(path)))])
        }
        Error::EmptyOriginal { path } => {
            ui.msg("error-empty-original", &[("path", s(&ui.path(path)))])
        }
        Error::MissingTranslation { path } => {
            ui.msg("error-missing-translation", &[("path", s(&ui.path(path)))])
        }
        Error::InvalidId { id } => ui.msg("error-invalid-id", &[("id", s(id))]),
        Error::IdEscapes { id } => ui.msg("error-id-escapes", &[("id", s(id))]),
        Error::LinkRefused { path } => ui.msg("error-link-refused", &[("path", s(&ui.path(path)))]),
        Error::UnknownArticle { id } => ui.msg("error-unknown-article", &[("id", s(id))]),
        Error::ArticleExists { id } => ui.msg("error-article-exists", &[("id", s(id))]),
        Error::NoArchive { path } => ui.msg("error-no-archive", &[("path", s(&ui.path(path)))]),
        Error::ArchiveExists { path } => {
            ui.msg("error-archive-exists", &[("path", s(&ui.path(path)))])
        }
        Error::NoIdentity => ui.msg("error-no-identity", &[]),
        Error::NotOnRoster { name } => ui.msg("error-not-on-roster", &[("name", s(name))]),
        Error::MissingRole { name, role } => {
            let role = ui.msg(&format!("role-{role}"), &[]);
            ui.msg(
                "error-missing-role",
                &[("name", s(name)), ("role", s(&role))],
            )
        }
        Error::ClaimedBy { id, name } => {
            ui.msg("error-claimed-by", &[("id", s(id)), ("name", s(name))])
        }
        Error::SelfApproval { id, name } => {
            ui.msg("error-self-approval", &[("id", s(id)), ("name", s(name))])
        }
        Error::WrongState { id, state, action } => {
            let state = ui.msg(&format!("state-{state}"), &[]);
            let action = ui.msg(&format!("action-{action}"), &[]);
            ui.msg(
                "error-wrong-state",
                &[("id", s(id)), ("state", s(&state)), ("action", s(&action))],
            )
        }
        Error::HistoryTampered { path } => {
            ui.msg("error-history-tampered", &[("path", s(&ui.path(path)))])
        }
        Error::HistoryMissing { path } => {
            ui.msg("error-history-missing", &[("path", s(&ui.path(path)))])
        }
        Error::InvalidClock { value } => ui.msg("error-invalid-clock", &[("value", s(value))]),
        Error::NeverSigned { id } => ui.msg("error-never-signed", &[("id", s(id))]),
        Error::NoSuchSignoff { id, since } => ui.msg(
            "error-no-such-signoff",
            &[("id", s(id)), ("since", s(since))],
        ),
        Error::ChecksFailed { id, errors } => ui.msg(
            "error-checks-failed",
            &[("id", s(id)), ("count", n(*errors))],
        ),
        Error::ForceNeedsNote => ui.msg("error-force-needs-note", &[]),
        Error::NoteRequired { id, action } => ui.msg(
            "error-note-required",
            &[("id", s(id)), ("action", s(action))],
        ),
        Error::NotClaimed { id } => ui.msg("error-not-claimed", &[("id", s(id))]),
        Error::UnknownEntry { id, entry } => {
            ui.msg("error-unknown-entry", &[("id", s(id)), ("entry", s(entry))])
        }
        Error::NotRevocable { id, entry, action } => {
            let action = ui.msg(&format!("action-{action}"), &[]);
            ui.msg(
                "error-not-revocable",
                &[("id", s(id)), ("entry", s(entry)), ("action", s(&action))],
            )
        }
        Error::AlreadyRevoked { id, entry } => ui.msg(
            "error-already-revoked",
            &[("id", s(id)), ("entry", s(entry))],
        ),
        Error::Unrevised {
            id,
            lang,
            paragraphs,
        } => ui.msg(
            "error-unrevised",
            &[
                ("id", s(id)),
                ("lang", s(lang)),
                ("paragraphs", s(paragraphs)),
            ],
        ),
        Error::NeedsConfirmation => ui.msg("error-needs-confirmation", &[]),
        Error::SignChecksFailed { id, errors } => ui.msg(
            "error-sign-checks-failed",
            &[("id", s(id)), ("count", n(*errors))],
        ),
        Error::NotRegularFile { path } => {
            ui.msg("error-not-regular-file", &[("path", s(&ui.path(path)))])
        }
        Error::NoSuchFinding {
            id,
            check,
            paragraph,
        } => ui.msg(
            "error-no-such-finding",
            &[
                ("id", s(id)),
                ("check", s(check)),
                ("paragraph", s(paragraph)),
            ],
        ),
        Error::ReportOutRefused { path } => {
            ui.msg("error-report-out-refused", &[("path", s(&ui.path(path)))])
        }
        Error::UnknownArticleNear { id, suggestion } => ui.msg(
            "error-unknown-article-near",
            &[("id", s(id)), ("suggestion", s(suggestion))],
        ),
        Error::NotOnRosterNear { name, suggestion } => ui.msg(
            "error-not-on-roster-near",
            &[("name", s(name)), ("suggestion", s(suggestion))],
        ),
        Error::DuplicateMember { path, name, other } => ui.msg(
            "error-duplicate-member",
            &[
                ("path", Value::from(ui.path(path))),
                ("name", s(name)),
                ("other", s(other)),
            ],
        ),
        Error::PrintsMissing { ledger, line, path } => ui.msg(
            "error-prints-missing",
            &[
                ("ledger", s(&ui.path(ledger))),
                ("line", n(*line)),
                ("path", s(&ui.path(path))),
            ],
        ),
        Error::PrintsAltered { ledger, line, path } => ui.msg(
            "error-prints-altered",
            &[
                ("ledger", s(&ui.path(ledger))),
                ("line", n(*line)),
                ("path", s(&ui.path(path))),
            ],
        ),
        Error::InvalidPrintsHash { ledger, line, hash } => ui.msg(
            "error-invalid-prints-hash",
            &[
                ("ledger", s(&ui.path(ledger))),
                ("line", n(*line)),
                ("hash", s(hash)),
            ],
        ),
        Error::NamedBy {
            ledger,
            line,
            inner,
        } => ui.msg(
            "error-named-by",
            &[
                ("error", s(&render(inner, ui))),
                ("ledger", s(&ui.path(ledger))),
                ("line", n(*line)),
            ],
        ),
        Error::InvalidHash { path, hash } => ui.msg(
            "error-invalid-hash",
            &[("path", s(&ui.path(path))), ("hash", s(hash))],
        ),
        Error::NestedArticle { id, parent } => ui.msg(
            "error-nested-article",
            &[("id", s(id)), ("parent", s(parent))],
        ),
        Error::ArticleInside { id, child } => ui.msg(
            "error-article-inside",
            &[("id", s(id)), ("child", s(child))],
        ),
        Error::ForceAll => ui.msg("error-force-all", &[]),
        Error::DateOutOfRange { date } => ui.msg("error-date-out-of-range", &[("date", s(date))]),
    }
}

/// The system's description of an I/O error, without the "(os error N)" tail.
fn io_detail(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Every message id an error can render to, for the catalogue tests.
pub const IDS: &[&str] = &[
    "error-io",
    "error-not-utf8",
    "error-toml",
    "error-unknown-key",
    "error-missing-key",
    "error-invalid-value",
    "error-missing-original",
    "error-empty-original",
    "error-missing-translation",
    "error-invalid-id",
    "error-id-escapes",
    "error-link-refused",
    "error-unknown-article",
    "error-article-exists",
    "error-no-archive",
    "error-archive-exists",
    "error-no-identity",
    "error-not-on-roster",
    "error-missing-role",
    "error-claimed-by",
    "error-self-approval",
    "error-wrong-state",
    "error-history-tampered",
    "error-history-missing",
    "error-invalid-clock",
    "error-never-signed",
    "error-no-such-signoff",
    "error-checks-failed",
    "error-force-needs-note",
    "error-note-required",
    "error-not-claimed",
    "error-unknown-entry",
    "error-not-revocable",
    "error-already-revoked",
    "error-unrevised",
    "error-needs-confirmation",
    "error-no-such-finding",
    "error-not-regular-file",
    "error-sign-checks-failed",
    "error-report-out-refused",
    "error-unknown-article-near",
    "error-not-on-roster-near",
    "error-duplicate-member",
    "error-invalid-hash",
    "error-nested-article",
    "error-article-inside",
    "error-date-out-of-range",
    "error-force-all",
];
