//! The one error type of the library.
//!
//! Every variant carries what a user needs to find the problem — the file, the
//! line, the id, the name — and nothing is rendered here: the binary turns each
//! variant into a Fluent message in one place (`report::errors`).

use std::path::PathBuf;

/// Something that stopped one operation (one article, or one command).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read, written or listed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file is not valid UTF-8; `line` is where the first bad byte is.
    #[error("{path}:{line}: not UTF-8")]
    NotUtf8 { path: PathBuf, line: usize },
    /// A TOML file does not parse.
    #[error("{path}:{line}: {detail}")]
    Toml {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    /// A TOML file has a key that qostil does not know.
    #[error("{path}:{line}: unknown key {key}")]
    UnknownKey {
        path: PathBuf,
        line: usize,
        key: String,
    },
    /// A TOML file lacks a key qostil needs.
    #[error("{path}:{line}: missing key {key}")]
    MissingKey {
        path: PathBuf,
        line: usize,
        key: String,
    },
    /// A value in a TOML file is not valid (a bad date, an unknown language …).
    #[error("{path}:{line}: invalid value for {key}: {value}")]
    InvalidValue {
        path: PathBuf,
        line: usize,
        key: String,
        value: String,
    },
    /// The original version of an article is missing.
    #[error("{path}: original missing")]
    MissingOriginal { path: PathBuf },
    /// The original version of an article is empty.
    #[error("{path}: original empty")]
    EmptyOriginal { path: PathBuf },
    /// The translation is missing or empty where one is needed (sign, approve).
    #[error("{path}: translation missing")]
    MissingTranslation { path: PathBuf },
    /// An id that is not a clean relative path below `articles/`.
    #[error("invalid id {id}")]
    InvalidId { id: String },
    /// An id (or a link in the archive) that leads outside `articles/`.
    #[error("{id} escapes the archive")]
    IdEscapes { id: String },
    /// A file of an article that is a symbolic link: never read or written, since
    /// it could lead outside the archive.
    #[error("{path} is a link")]
    LinkRefused { path: PathBuf },
    /// No article with that id.
    #[error("no article {id}")]
    UnknownArticle { id: String },
    /// `new` on an id that already exists.
    #[error("article {id} exists")]
    ArticleExists { id: String },
    /// No `qostil.toml` where one is needed.
    #[error("no archive at {path}")]
    NoArchive { path: PathBuf },
    /// `init` where an archive is already set up.
    #[error("archive exists at {path}")]
    ArchiveExists { path: PathBuf },
    /// Nobody said who they are.
    #[error("unknown user")]
    NoIdentity,
    /// A name that is not on the roster.
    #[error("{name} is not on the roster")]
    NotOnRoster { name: String },
    /// A roster member without the role an action needs.
    #[error("{name} lacks role {role}")]
    MissingRole { name: String, role: String },
    /// Somebody else has claimed the article.
    #[error("{id} is claimed by {name}")]
    ClaimedBy { id: String, name: String },
    /// An editor approving a translation they signed.
    #[error("{name} signed this translation")]
    SelfApproval { id: String, name: String },
    /// An action that the article's state does not allow.
    #[error("{id} is {state}; cannot {action}")]
    WrongState {
        id: String,
        state: String,
        action: String,
    },
    /// A ledger entry that names a stored text which is missing or altered.
    #[error("{path}: stored text altered")]
    HistoryTampered { path: PathBuf },
    /// A ledger entry names a stored text that is not there (not committed?).
    #[error("{path}: stored text missing")]
    HistoryMissing { path: PathBuf },
    /// `QOSTIL_NOW` is not an RFC 3339 time.
    #[error("invalid QOSTIL_NOW {value}")]
    InvalidClock { value: String },
    /// `diff` on an article that was never signed.
    #[error("{id} was never signed")]
    NeverSigned { id: String },
    /// `--since` that matches no entry.
    #[error("no sign-off matches {since}")]
    NoSuchSignoff { id: String, since: String },
    /// `approve` refused because the checks found errors.
    #[error("{id}: {errors} check errors")]
    ChecksFailed { id: String, errors: usize },
    /// `--force` without the `--note` that says why.
    #[error("--force needs --note")]
    ForceNeedsNote,
    /// An action that must say why (`--take`, `--unchanged`, `unclaim` of
    /// somebody else's claim) given without `--note`.
    #[error("{id}: {action} needs --note")]
    NoteRequired { id: String, action: String },
    /// `unclaim` of an article that nobody holds.
    #[error("{id} is not claimed")]
    NotClaimed { id: String },
    /// `revoke` naming an entry that is not in the article's ledger.
    #[error("{id}: no entry {entry}")]
    UnknownEntry { id: String, entry: String },
    /// `revoke` of an entry that is not a sign-off (a claim, a note, a revoke).
    #[error("{id}: entry {entry} ({action}) cannot be revoked")]
    NotRevocable {
        id: String,
        entry: String,
        action: String,
    },
    /// `revoke` of a sign-off that was already revoked.
    #[error("{id}: entry {entry} is already revoked")]
    AlreadyRevoked { id: String, entry: String },
    /// `sign` on a stale article whose translation was not revised where the
    /// original changed.
    #[error("{id}: {lang} {paragraphs} not revised")]
    Unrevised {
        id: String,
        lang: String,
        paragraphs: String,
    },
    /// `--all` without `--yes` when nobody can answer the question.
    #[error("confirmation needed: --yes")]
    NeedsConfirmation,
    /// A folder, FIFO, socket or device where a regular file is expected (or
    /// something else where a folder is): never opened, so never a hang.
    #[error("{path} is not a regular file")]
    NotRegularFile { path: PathBuf },
    /// An error about a file a ledger entry names (a stored text), with the
    /// ledger and the entry's line.
    #[error("{ledger}:{line}: {inner}")]
    NamedBy {
        ledger: PathBuf,
        line: usize,
        inner: Box<Error>,
    },
    /// `sign` refused because the checks found errors.
    #[error("{id}: {errors} check errors")]
    SignChecksFailed { id: String, errors: usize },
    /// `accept` naming a finding that the checks do not report now.
    #[error("{id}: no {check} finding at ¶{paragraph}")]
    NoSuchFinding {
        id: String,
        check: String,
        paragraph: String,
    },
    /// `report --out` names a file, or a folder holding files that are no report.
    #[error("{path}: not an empty folder nor a qostil report")]
    ReportOutRefused { path: PathBuf },
    /// No article with that id, but one with a near id.
    #[error("no article {id}; did you mean {suggestion}?")]
    UnknownArticleNear { id: String, suggestion: String },
    /// A name that is not on the roster, but a near one is.
    #[error("{name} is not on the roster; did you mean {suggestion}?")]
    NotOnRosterNear { name: String, suggestion: String },
    /// Two roster members whose names are the same after folding case and spaces.
    #[error("{path}: {name} and {other} are one name")]
    DuplicateMember {
        path: PathBuf,
        name: String,
        other: String,
    },
    /// A ledger entry's `prints` names an object of paragraph lists that is not
    /// there (`history/` not committed, deleted).
    #[error("{ledger}:{line}: paragraph lists {path} missing")]
    PrintsMissing {
        ledger: PathBuf,
        line: usize,
        path: PathBuf,
    },
    /// A ledger entry's `prints` names an object whose bytes no longer match.
    #[error("{ledger}:{line}: paragraph lists {path} altered")]
    PrintsAltered {
        ledger: PathBuf,
        line: usize,
        path: PathBuf,
    },
    /// A ledger entry's `prints` is not a hash: nothing is read by it.
    #[error("{ledger}:{line}: invalid paragraph lists hash {hash}")]
    InvalidPrintsHash {
        ledger: PathBuf,
        line: usize,
        hash: String,
    },
    /// A ledger names a stored text by something that is not a text hash.
    #[error("{path}: invalid text hash {hash}")]
    InvalidHash { path: PathBuf, hash: String },
    /// `new` on an id inside another article's folder (never listed).
    #[error("{id} is inside article {parent}")]
    NestedArticle { id: String, parent: String },
    /// `new` on an id whose folder holds another article (never listed again).
    #[error("{id} would hold article {child}")]
    ArticleInside { id: String, child: String },
    /// A date that `article.toml` cannot hold (years 1 to 9999).
    #[error("date {date} out of range")]
    DateOutOfRange { date: String },
    /// `approve --all --force`: forcing is decided article by article.
    #[error("--force with --all")]
    ForceAll,
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
