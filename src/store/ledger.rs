//! The append-only ledger of an article: `articles/<id>/ledger.toml`.
//!
//! One `[[entry]]` table per event: who, when, what, which version, and the
//! fingerprints of both versions paragraph by paragraph as they stood (with, for
//! sign-offs, the paragraph correspondence and the name of the stored text, see
//! [`crate::store::snapshots`]).
//!
//! The paragraph lists stay inline up to [`crate::store::prints::INLINE_MAX`]
//! paragraphs a side; a longer entry keeps them in an object beside the stored
//! texts and names it (`prints = "<hash>"`), so that no entry is more than a few
//! kilobytes (its note aside) — quick to append, readable in `git diff` — and
//! [`resolve`] reads them when they are needed.
//!
//! Two invariants shape the file:
//!
//! * **Never rewritten.** An entry is appended under an exclusive lock with one
//!   `write` on a file opened for appending, then flushed to disk; a ledger that
//!   does not parse is reported with its line and never written to.
//! * **Merges cleanly.** `.gitattributes` gives ledgers git's `union` merge driver,
//!   which keeps the lines both sides added. git refines a conflict down to the
//!   lines that differ, so two entries that share a line (`action = "translated"`)
//!   would be interleaved into one broken table. Every line of an entry therefore
//!   ends with a comment carrying the entry's unique id: no two entries share a
//!   line, and a union merge keeps each entry whole.

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::store::files;
use crate::store::prints::{self, Prints};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// The file name of a ledger inside an article folder.
pub const FILE_NAME: &str = "ledger.toml";

const HEADER: &str = "# qostil ledger: append-only, one [[entry]] per event. Do not edit by hand.\n# Each line ends with its entry's id so that git's union merge keeps entries whole.\n# Each entry ends with its \"# end\" line; one without it was cut off and is ignored.\n";

/// The header line that says entries end with their end line.
const SEALED: &str = "# Each entry ends with its \"# end\" line";

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A translator took the article.
    Claimed,
    /// A translator signed the translation: "I translated it".
    Translated,
    /// An editor approved both versions for publication.
    Approved,
    /// The article was sent back for work.
    Reopened,
    /// A remark, changing nothing.
    Note,
    /// A claim was given up (by its holder, or by an editor).
    Unclaimed,
    /// A mistaken sign-off was withdrawn: `ref` names it.
    Revoked,
    /// An editor accepted one finding of the checks as no defect: `ref` is the
    /// finding's key (check and both quoted paragraphs' hashes).
    Accepted,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Claimed => "claimed",
            Action::Translated => "translated",
            Action::Approved => "approved",
            Action::Reopened => "reopened",
            Action::Note => "note",
            Action::Unclaimed => "unclaimed",
            Action::Revoked => "revoked",
            Action::Accepted => "accepted",
        }
    }

    /// Whether this action signs off both versions as they stand.
    pub fn is_signoff(self) -> bool {
        matches!(self, Action::Translated | Action::Approved)
    }
}

/// One version as it stood when an entry was made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionPrint {
    /// Hash of the file's bytes (see [`crate::store::snapshots::text_hash`]); `None` when
    /// the file was missing or empty.
    pub text: Option<String>,
    /// The fingerprint of each paragraph, in order.
    pub paragraphs: Vec<String>,
}

/// One event of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<FixedOffset>,
    pub by: String,
    pub action: Action,
    /// The version concerned (the translation for sign-offs and claims).
    pub lang: Lang,
    pub note: Option<String>,
    /// Recorded by `sign --all` / `approve --all` when an archive was adopted.
    pub adopt: bool,
    pub kk: VersionPrint,
    pub ru: VersionPrint,
    /// The kk ↔ ru correspondence at sign-off, as `"1:1"`, `"2+3:2"`, `"4:"`.
    pub pairs: Vec<String>,
    /// The entry this one refers to: the sign-off a `revoked` entry withdraws, the
    /// claim a `claimed --take` entry takes over; for `accepted`, the finding.
    pub refers: Option<String>,
    /// A sign-off saying the original's change needs no change in the translation.
    pub unchanged: bool,
    /// The hash of the object holding `kk`'s and `ru`'s paragraph fingerprints
    /// and `pairs` (see [`crate::store::prints`]), for an entry whose lists are too
    /// long to keep inline. An entry read from a ledger has these lists empty until
    /// [`resolve`]d; one resolved or just appended has them and keeps the hash.
    pub prints: Option<String>,
    /// The line of the entry's `[[entry]]` header (0 for an entry not yet written).
    pub line: usize,
    /// The entry's id, from the comment of its header line (empty if absent).
    pub id: String,
}

impl Entry {
    /// The print of one version.
    pub fn print(&self, lang: Lang) -> &VersionPrint {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }

    /// The correspondence recorded at sign-off as (kk numbers, ru numbers) pairs.
    pub fn beads(&self) -> Vec<(Vec<usize>, Vec<usize>)> {
        self.pairs.iter().filter_map(|p| parse_bead(p)).collect()
    }
}

/// Now, as the judge of which entries lie in the future: the real clock's time,
/// or `None` under a fixed clock (`QOSTIL_NOW`: tests and scripted histories,
/// whose "now" says nothing about which of their entries lie ahead — there, no
/// entry is from the future and time alone orders them).
pub type Now = Option<DateTime<FixedOffset>>;

/// Whether an entry is dated more than [`FUTURE_SLACK`] after `now`: a wrong
/// clock or a hand edit. Such an entry is suspicious (`status` and `log` say
/// so) and is ordered where it was appended (see [`chronological`]).
pub fn is_future(entry: &Entry, now: Now) -> bool {
    now.is_some_and(|now| entry.at > now + FUTURE_SLACK)
}

/// The entries in the order they happened, as seen at `now`.
///
/// Entries are ordered by time; entries made in the same second keep the
/// workflow's order (claim, sign, approve, reopen, note), then their id — never the
/// file order, which a union merge makes differ between clones.
///
/// An entry from the future ([`is_future`]) cannot be placed by its time: ordered
/// by it, a sign-off dated 2099 would override every real entry after it and
/// freeze the article. It is placed where it was appended instead, right after the
/// entry before it in the file (first when none is), so that the entries written
/// after it — whose times the writer keeps after every entry but future ones, see
/// [`append_with`] — come after it and decide the state.
pub fn chronological(entries: &[Entry], now: Now) -> Vec<&Entry> {
    let rank = |a: Action| match a {
        Action::Claimed => 0,
        Action::Translated => 1,
        Action::Approved => 2,
        Action::Reopened => 3,
        Action::Unclaimed => 4,
        Action::Revoked => 5,
        Action::Accepted => 6,
        Action::Note => 7,
    };
    // The future entries that follow each real entry in the file (the key `None`:
    // those before any real entry).
    let mut following: std::collections::HashMap<Option<usize>, Vec<&Entry>> =
        std::collections::HashMap::new();
    let mut real: Vec<(usize, &Entry)> = Vec::with_capacity(entries.len());
    let mut previous = None;
    for (i, e) in entries.iter().enumerate() {
        if is_future(e, now) {
            following.entry(previous).or_default().push(e);
        } else {
            real.push((i, e));
            previous = Some(i);
        }
    }
    real.sort_by(|(_, a), (_, b)| {
        (a.at, rank(a.action), &a.id).cmp(&(b.at, rank(b.action), &b.id))
    });
    let mut order: Vec<&Entry> = Vec::with_capacity(entries.len());
    order.extend(following.remove(&None).unwrap_or_default());
    for (i, e) in real {
        order.push(e);
        order.extend(following.remove(&Some(i)).unwrap_or_default());
    }
    order
}

/// The entries in the order they happened (see [`chronological`]), without the
/// sign-offs that a `revoked` entry withdrew (nor the `revoked` entries
/// themselves): what the state, `diff` and the rules go by.
pub fn live(entries: &[Entry], now: Now) -> Vec<&Entry> {
    let revoked = revoked_ids(entries);
    chronological(entries, now)
        .into_iter()
        .filter(|e| e.action != Action::Revoked && !revoked.contains(e.id.as_str()))
        .collect()
}

/// The ids of the entries that a `revoked` entry withdrew.
pub fn revoked_ids(entries: &[Entry]) -> std::collections::HashSet<&str> {
    entries
        .iter()
        .filter(|e| e.action == Action::Revoked)
        .filter_map(|e| e.refers.as_deref())
        .collect()
}

/// Renders a bead as `"2+3:2"`.
///
/// ```
/// assert_eq!(qostil::store::ledger::format_bead(&[2, 3], &[2]), "2+3:2");
/// assert_eq!(qostil::store::ledger::format_bead(&[4], &[]), "4:");
/// ```
pub fn format_bead(kk: &[usize], ru: &[usize]) -> String {
    let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join("+");
    format!("{}:{}", join(kk), join(ru))
}

fn parse_bead(s: &str) -> Option<(Vec<usize>, Vec<usize>)> {
    let (a, b) = s.split_once(':')?;
    let nums = |t: &str| -> Option<Vec<usize>> {
        if t.is_empty() {
            Some(Vec::new())
        } else {
            t.split('+').map(|n| n.trim().parse().ok()).collect()
        }
    };
    Some((nums(a)?, nums(b)?))
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields)]
struct RawLedger {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEntry {
    at: String,
    by: String,
    action: Action,
    lang: Lang,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    adopt: bool,
    #[serde(default)]
    kk_text: Option<String>,
    #[serde(default)]
    kk: Vec<String>,
    #[serde(default)]
    ru_text: Option<String>,
    #[serde(default)]
    ru: Vec<String>,
    #[serde(default)]
    pairs: Vec<String>,
    #[serde(default, rename = "ref")]
    refers: Option<String>,
    #[serde(default)]
    unchanged: bool,
    #[serde(default)]
    prints: Option<String>,
}

/// Reads a ledger; a missing file is an empty ledger. Entries come in file order.
/// A torn last entry (see [`Ledger::torn`]) is left out.
///
/// The file is read under a shared lock: an entry being appended by another
/// process is either wholly there or not there at all.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    read_ledger(path).map(|l| l.entries)
}

/// A ledger as read: its complete entries, and where a torn last entry starts.
#[derive(Debug, Default)]
pub struct Ledger {
    pub entries: Vec<Entry>,
    /// A last entry cut off by a crash (`kill -9`, power loss) in the middle of
    /// its write: it is ignored by readers and removed by the next writer.
    pub torn: Option<Torn>,
}

/// Where a torn last entry starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Torn {
    /// Its `[[entry]]` line (from 1).
    pub line: usize,
    /// Its byte offset: the ledger is whole when cut back to it.
    pub offset: usize,
}

/// Like [`read`], with what is known of a torn last entry.
pub fn read_ledger(path: &Path) -> Result<Ledger> {
    let io = |e| Error::io(path, e);
    let Some((file, len)) = files::open_regular_len(path, std::fs::OpenOptions::new().read(true))?
    else {
        return Ok(Ledger::default());
    };
    let lock = fd_lock::RwLock::new(file);
    let guard = lock.read().map_err(io)?;
    let mut bytes = Vec::new();
    files::read_all(&guard, len, &mut bytes).map_err(io)?;
    drop(guard);
    let (text, cut) = decode_torn(path, bytes)?;
    let ledger = parse_ledger(path, &text)?;
    if cut && ledger.torn.is_none() {
        return Err(Error::NotUtf8 {
            path: path.to_path_buf(),
            line: files::line_of(&text, text.len()),
        });
    }
    Ok(ledger)
}

/// Decodes a ledger's bytes. A write cut off in the middle of a character leaves
/// an incomplete UTF-8 sequence at the very end: it is left out (with `true`), and
/// the entry it was part of reads as torn. Any other bad byte is an error with its
/// line.
fn decode_torn(path: &Path, bytes: Vec<u8>) -> Result<(String, bool)> {
    // Checked once when whole (nearly always).
    let e = match String::from_utf8(bytes) {
        Ok(text) => return Ok((text, false)),
        Err(e) => e,
    };
    let cut = e.utf8_error().error_len().is_none();
    let valid = e.utf8_error().valid_up_to();
    let mut bytes = e.into_bytes();
    if cut {
        bytes.truncate(valid);
    }
    Ok((files::decode(path, bytes)?, cut))
}

/// The line each entry ends with: `# end <id>`. A ledger written by this version
/// says so in its header; in such a ledger a last entry without its end line was
/// cut off in the middle of its write.
const END: &str = "# end ";

/// Parses ledger text, leaving out a torn last entry.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Entry>> {
    parse_ledger(path, text).map(|l| l.entries)
}

/// Parses ledger text, telling where a torn last entry starts.
pub fn parse_ledger(path: &Path, text: &str) -> Result<Ledger> {
    let Some((offset, line, id)) = last_header(text) else {
        return Ok(Ledger {
            entries: parse_entries(path, text)?,
            torn: None,
        });
    };
    let torn = Torn { line, offset };
    let sealed = text.contains(SEALED) || text.contains(&format!("\n{END}"));
    if sealed {
        let end = format!("{END}{id}");
        let whole = !id.is_empty() && text[offset..].lines().any(|l| l.trim_end() == end);
        if !whole {
            return Ok(Ledger {
                entries: parse_entries(path, &text[..offset])?,
                torn: Some(torn),
            });
        }
        return Ok(Ledger {
            entries: parse_entries(path, text)?,
            torn: None,
        });
    }
    // A ledger of an earlier version has no end lines: a last entry is taken as
    // torn only when the file stops in the middle of a line and the entries before
    // it read (a hand-edited entry that does not parse is reported, never dropped).
    match parse_entries(path, text) {
        Ok(entries) => Ok(Ledger {
            entries,
            torn: None,
        }),
        Err(e) if !text.ends_with('\n') => match parse_entries(path, &text[..offset]) {
            Ok(entries) => Ok(Ledger {
                entries,
                torn: Some(torn),
            }),
            Err(_) => Err(e),
        },
        Err(e) => Err(e),
    }
}

/// The byte offset, line (from 1) and id of the last `[[entry]]` line.
fn last_header(text: &str) -> Option<(usize, usize, String)> {
    let mut found = None;
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if let Some(rest) = l.strip_prefix("[[entry]]") {
            let id = rest.trim().strip_prefix('#').map(str::trim).unwrap_or("");
            found = Some((offset, i + 1, id.to_string()));
        }
        offset += l.len();
    }
    found
}

fn parse_entries(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let raw = match parse_written(text) {
        Some(entry) => RawLedger { entry },
        None => files::parse_toml(path, text)?,
    };
    let headers: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let rest = l.trim_start().strip_prefix("[[entry]]")?;
            let id = rest.trim().strip_prefix('#').map(str::trim).unwrap_or("");
            Some((i + 1, id.to_string()))
        })
        .collect();
    raw.entry
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let (line, id) = headers.get(i).cloned().unwrap_or((1, String::new()));
            let at = DateTime::parse_from_rfc3339(&r.at).map_err(|_| Error::InvalidValue {
                path: path.to_path_buf(),
                line: key_line(text, line, "at"),
                key: "at".into(),
                value: r.at.clone(),
            })?;
            Ok(Entry {
                at,
                by: r.by,
                action: r.action,
                lang: r.lang,
                note: r.note,
                adopt: r.adopt,
                kk: VersionPrint {
                    text: r.kk_text,
                    paragraphs: r.kk,
                },
                ru: VersionPrint {
                    text: r.ru_text,
                    paragraphs: r.ru,
                },
                pairs: r.pairs,
                refers: r.refers,
                unchanged: r.unchanged,
                prints: r.prints,
                line,
                id,
            })
        })
        .collect()
}

/// Reads a ledger written exactly as [`render`] and [`HEADER`] write it, without
/// the general TOML parser (a ledger is read for every article a command looks
/// at). Anything else — an escape in a string, a key out of place or twice, an
/// unknown key or value, other spacing, a carriage return — gives `None`, and the
/// TOML parser reads the text instead, with its errors. What is accepted here is
/// TOML that the parser reads to the same entries (a test compares them).
fn parse_written(text: &str) -> Option<Vec<RawEntry>> {
    if text.bytes().any(|b| b == b'\\' || b == b'\r') {
        return None;
    }
    let mut entries = Vec::new();
    let mut open: Option<(Draft, u16)> = None;
    for line in text.split('\n') {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            comment_text(comment)?;
            continue;
        }
        if let Some(rest) = line.strip_prefix("[[entry]]") {
            end_of_line(rest)?;
            if let Some(done) = open.take() {
                entries.push(complete(done)?);
            }
            open = Some((Draft::default(), 0));
            continue;
        }
        let (entry, seen) = open.as_mut()?;
        let (key, value) = line.split_once(" = ")?;
        // Each key once: a bit per key.
        let bit = match key {
            "at" => {
                entry.at = Some(plain_string(value)?);
                1
            }
            "by" => {
                entry.by = Some(plain_string(value)?);
                2
            }
            "action" => {
                entry.action = Some(match plain_string(value)?.as_str() {
                    "claimed" => Action::Claimed,
                    "translated" => Action::Translated,
                    "approved" => Action::Approved,
                    "reopened" => Action::Reopened,
                    "note" => Action::Note,
                    "unclaimed" => Action::Unclaimed,
                    "revoked" => Action::Revoked,
                    "accepted" => Action::Accepted,
                    _ => return None,
                });
                4
            }
            "lang" => {
                entry.lang = Some(plain_string(value)?.parse().ok()?);
                8
            }
            "note" => {
                entry.note = Some(plain_string(value)?);
                16
            }
            "adopt" => {
                let (b, rest) = if let Some(rest) = value.strip_prefix("true") {
                    (true, rest)
                } else {
                    (false, value.strip_prefix("false")?)
                };
                end_of_line(rest)?;
                entry.adopt = b;
                32
            }
            "kk-text" => {
                entry.kk_text = Some(plain_string(value)?);
                64
            }
            "kk" => {
                entry.kk = string_list(value)?;
                128
            }
            "ru-text" => {
                entry.ru_text = Some(plain_string(value)?);
                256
            }
            "ru" => {
                entry.ru = string_list(value)?;
                512
            }
            "pairs" => {
                entry.pairs = string_list(value)?;
                1024
            }
            "ref" => {
                entry.refers = Some(plain_string(value)?);
                2048
            }
            "unchanged" => {
                let (b, rest) = if let Some(rest) = value.strip_prefix("true") {
                    (true, rest)
                } else {
                    (false, value.strip_prefix("false")?)
                };
                end_of_line(rest)?;
                entry.unchanged = b;
                4096
            }
            "prints" => {
                entry.prints = Some(plain_string(value)?);
                8192
            }
            _ => return None,
        };
        if *seen & bit != 0 {
            return None;
        }
        *seen |= bit;
    }
    if let Some(done) = open.take() {
        entries.push(complete(done)?);
    }
    return Some(entries);

    /// An entry being read.
    #[derive(Default)]
    struct Draft {
        at: Option<String>,
        by: Option<String>,
        action: Option<Action>,
        lang: Option<Lang>,
        note: Option<String>,
        adopt: bool,
        kk_text: Option<String>,
        kk: Vec<String>,
        ru_text: Option<String>,
        ru: Vec<String>,
        pairs: Vec<String>,
        refers: Option<String>,
        unchanged: bool,
        prints: Option<String>,
    }

    /// The entry, if its required keys were all there.
    fn complete((d, _): (Draft, u16)) -> Option<RawEntry> {
        Some(RawEntry {
            at: d.at?,
            by: d.by?,
            action: d.action?,
            lang: d.lang?,
            note: d.note,
            adopt: d.adopt,
            kk_text: d.kk_text,
            kk: d.kk,
            ru_text: d.ru_text,
            ru: d.ru,
            pairs: d.pairs,
            refers: d.refers,
            unchanged: d.unchanged,
            prints: d.prints,
        })
    }

    /// A comment's text: TOML allows no control character in it but the tab.
    fn comment_text(s: &str) -> Option<()> {
        (!has_control(s)).then_some(())
    }

    /// What may follow a value or a header: nothing, or a comment after a space.
    fn end_of_line(rest: &str) -> Option<()> {
        if rest.is_empty() {
            return Some(());
        }
        comment_text(rest.strip_prefix(" #")?)
    }

    /// A string without escapes that ends its value.
    fn plain_string(value: &str) -> Option<String> {
        let (s, rest) = string_prefix(value)?;
        end_of_line(rest)?;
        Some(s.to_string())
    }

    /// A list as `render` writes it: `[]` or `["a", "b"]`.
    fn string_list(value: &str) -> Option<Vec<String>> {
        let mut rest = value.strip_prefix('[')?;
        let mut out = Vec::new();
        if let Some(after) = rest.strip_prefix(']') {
            end_of_line(after)?;
            return Some(out);
        }
        loop {
            let (s, after) = string_prefix(rest)?;
            out.push(s.to_string());
            if let Some(next) = after.strip_prefix(", ") {
                rest = next;
            } else {
                end_of_line(after.strip_prefix(']')?)?;
                return Some(out);
            }
        }
    }

    /// A basic string at the start of `s` (no back-slash is in the text), and the
    /// rest. TOML allows no control character in it but the tab.
    fn string_prefix(s: &str) -> Option<(&str, &str)> {
        let body = s.strip_prefix('"')?;
        let end = body.find('"')?;
        let inner = &body[..end];
        comment_text(inner)?;
        Some((inner, &body[end + 1..]))
    }
}

/// Whether `s` holds a control character other than the tab (C0, DEL or C1), which
/// TOML allows in no string or comment. Read by bytes, not decoded into characters:
/// every line of a ledger is tested, and most of it is Cyrillic. A C1 control
/// (U+0080–U+009F) is the two bytes `C2 80`–`C2 9F`; no other character's
/// encoding holds a byte below 0x20 or 0x7F.
fn has_control(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        (x < 0x20 && x != b'\t')
            || x == 0x7F
            || (x == 0xC2 && b.get(i + 1).is_some_and(|&n| (0x80..=0x9F).contains(&n)))
    })
}

/// The line (from 1) of `key = …` in the entry whose `[[entry]]` header is on line
/// `header`: the first such line before the next table header; else the header's.
fn key_line(text: &str, header: usize, key: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(header)
        .take_while(|(_, l)| !l.trim_start().starts_with('['))
        .find(|(_, l)| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(header, |(i, _)| i + 1)
}

/// Renders one entry, every line tagged with `id`.
pub fn render(entry: &Entry, id: &str) -> String {
    use crate::store::article::toml_string as q;
    let list = |v: &[String]| {
        format!(
            "[{}]",
            v.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
        )
    };
    let mut lines = vec![
        "[[entry]]".to_string(),
        format!("at = {}", q(&entry.at.to_rfc3339())),
        format!("by = {}", q(&entry.by)),
        format!("action = {}", q(entry.action.as_str())),
        format!("lang = {}", q(entry.lang.code())),
    ];
    if let Some(note) = &entry.note {
        lines.push(format!("note = {}", q(note)));
    }
    if entry.adopt {
        lines.push("adopt = true".to_string());
    }
    if entry.unchanged {
        lines.push("unchanged = true".to_string());
    }
    if let Some(refers) = &entry.refers {
        lines.push(format!("ref = {}", q(refers)));
    }
    for (name, print) in [("kk", &entry.kk), ("ru", &entry.ru)] {
        if let Some(text) = &print.text {
            lines.push(format!("{name}-text = {}", q(text)));
        }
        if entry.prints.is_none() {
            lines.push(format!("{name} = {}", list(&print.paragraphs)));
        }
    }
    if let Some(prints) = &entry.prints {
        lines.push(format!("prints = {}", q(prints)));
    } else if !entry.pairs.is_empty() {
        lines.push(format!("pairs = {}", list(&entry.pairs)));
    }
    let mut out = String::from("\n");
    for line in lines {
        out.push_str(&line);
        out.push_str(" # ");
        out.push_str(id);
        out.push('\n');
    }
    out.push_str(END);
    out.push_str(id);
    out.push('\n');
    out
}

/// Appends an entry to the ledger at `path`, creating it if needed, at its own
/// time (made later than the entries already there).
pub fn append(path: &Path, entry: &Entry) -> Result<()> {
    append_with(path, Clock::Fixed(entry.at), |_| Ok(entry.clone())).map(|_| ())
}

/// What [`append_with`] wrote.
#[derive(Debug)]
pub struct Appended {
    /// The entry as written (its time made later than the ledger's last entry).
    pub entry: Entry,
    /// A torn last entry that was removed first.
    pub healed: Option<Torn>,
}

/// How far in the future an entry's time may be before it is suspicious (clocks
/// of two machines differ a little; ten minutes covers a clock that was never
/// synchronised, not one set to another day).
pub const FUTURE_SLACK: chrono::Duration = chrono::Duration::minutes(10);

/// Appends the entry that `make` returns, judged on the ledger as it is under an
/// exclusive lock: take the lock, read the ledger, judge, append, release. Two
/// processes can therefore never both pass a rule that only one of them should.
///
/// Under the lock: a torn last entry is cut off (reported in [`Appended::healed`]);
/// temporary files that a killed process left beside the ledger are removed; the
/// entry's time is read from `clock` — now, after waiting for the lock, not when
/// the process started — and made later than every entry already there, so that
/// an action that waited for the lock is never ordered before what it was judged
/// after. On the real clock, entries from the future ([`is_future`]: a wrong
/// clock, a hand edit) are left out of that floor: they are suspicious, and
/// taking them as the floor would date every later entry after them (2099) and
/// freeze the article; under a fixed clock every entry counts.
/// The entry is written with one `write` in append mode and flushed to disk; a
/// ledger that does not parse is reported and never written to.
pub fn append_with(
    path: &Path,
    clock: Clock,
    make: impl FnOnce(&[Entry]) -> Result<Entry>,
) -> Result<Appended> {
    let io = |e| Error::io(path, e);
    let mut folder = lock_folder(path)?;
    let _writers = folder
        .write()
        .map_err(|e| Error::io(path.parent().unwrap_or(path), e))?;
    let (existing, ledger) = read_healed(path)?;
    if let Some(dir) = path.parent() {
        // The article's folder and its own folders (`history/`), never through a link.
        files::remove_stale_temps(dir);
        for sub in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if sub.file_type().is_ok_and(|t| t.is_dir()) {
                files::remove_stale_temps(&sub.path());
            }
        }
    }
    let mut entry = make(&ledger.entries)?;
    entry.at = clock.now();
    let latest = ledger
        .entries
        .iter()
        .filter(|e| !is_future(e, clock.real_now().map(|_| entry.at)))
        .map(|e| e.at)
        .max();
    if let Some(latest) = latest {
        if entry.at <= latest {
            entry.at = latest + chrono::Duration::seconds(1);
        }
    }
    // Long paragraph lists go to an object, written and flushed before the entry
    // that names it (so an entry never names an object that is not there).
    if entry.prints.is_none() {
        let lists = Prints {
            kk: entry.kk.paragraphs.clone(),
            ru: entry.ru.paragraphs.clone(),
            pairs: entry.pairs.clone(),
        };
        if !lists.fits_inline() {
            let dir = path.parent().unwrap_or(Path::new("."));
            entry.prints = prints::store(dir, &lists)?;
        }
    }

    let file = files::open_regular(
        path,
        std::fs::OpenOptions::new()
            .read(true)
            .append(true)
            .create(true),
    )?
    .ok_or_else(|| io(std::io::ErrorKind::NotFound.into()))?;
    // Readers take a shared lock on the ledger: they see the entry whole or not at all.
    let mut lock = fd_lock::RwLock::new(file);
    let mut guard = lock.write().map_err(io)?;
    let id = entry_id(&entry, existing.len());
    let mut chunk = String::new();
    if existing.is_empty() {
        chunk.push_str(HEADER);
    } else if !existing.ends_with('\n') {
        chunk.push('\n');
    }
    chunk.push_str(&render(&entry, &id));
    let written = guard
        .write_all(chunk.as_bytes())
        .and_then(|()| guard.sync_data());
    if let Err(e) = written {
        // A disk that filled up mid-write must not leave half an entry behind.
        let _ = guard.set_len(existing.len() as u64);
        return Err(io(e));
    }
    let before_header = &chunk[..chunk.find("[[entry]]").unwrap_or(0)];
    entry.line = files::line_of(&existing, existing.len())
        + before_header.bytes().filter(|b| *b == b'\n').count();

    entry.id = id;
    Ok(Appended {
        entry,
        healed: ledger.torn,
    })
}

/// The entry with its paragraph lists: itself when it keeps them inline, else a
/// copy with the lists read from the object its `prints` names (in the folder of
/// the article `article_dir`). Only the commands that need the lists call it, so
/// that a ledger is read without opening any object.
///
/// A missing, altered or mis-named object is an error naming the ledger and the
/// entry's line ([`Error::PrintsMissing`], [`Error::PrintsAltered`],
/// [`Error::InvalidPrintsHash`]): the callers that can go on without the lists
/// (`status`, `diff`, `approve`) do so from the stored texts and say so.
pub fn resolve<'a>(article_dir: &Path, entry: &'a Entry) -> Result<std::borrow::Cow<'a, Entry>> {
    use std::borrow::Cow;
    let Some(hash) = &entry.prints else {
        return Ok(Cow::Borrowed(entry));
    };
    if !(entry.kk.paragraphs.is_empty() && entry.ru.paragraphs.is_empty() && entry.pairs.is_empty())
    {
        return Ok(Cow::Borrowed(entry));
    }
    let ledger = article_dir.join(FILE_NAME);
    let object = prints::path(article_dir, hash);
    let lists = match prints::load(article_dir, hash)? {
        Ok(lists) => lists,
        Err(prints::Lost::Missing) => {
            return Err(Error::PrintsMissing {
                ledger,
                line: entry.line,
                path: object,
            })
        }
        Err(prints::Lost::Altered) => {
            return Err(Error::PrintsAltered {
                ledger,
                line: entry.line,
                path: object,
            })
        }
        Err(prints::Lost::InvalidHash) => {
            return Err(Error::InvalidPrintsHash {
                ledger,
                line: entry.line,
                hash: hash.clone(),
            })
        }
    };
    let mut full = entry.clone();
    full.kk.paragraphs = lists.kk;
    full.ru.paragraphs = lists.ru;
    full.pairs = lists.pairs;
    Ok(Cow::Owned(full))
}

/// The lock that writers of one article's ledger take, on the article's folder:
/// it is taken before the ledger is read and judged, and a ledger that does not
/// exist yet need not be created to be locked (a refused action leaves nothing).
fn lock_folder(path: &Path) -> Result<fd_lock::RwLock<std::fs::File>> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    files::refuse_linked_dir(dir)?;
    let file = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
    Ok(fd_lock::RwLock::new(file))
}

/// Reads the ledger (under the folder lock) and cuts off a torn last entry.
/// Returns the text as it now is, and what it holds.
fn read_healed(path: &Path) -> Result<(String, Ledger)> {
    let io = |e| Error::io(path, e);
    let options = &mut std::fs::OpenOptions::new();
    let Some(file) = files::open_regular(path, options.read(true).append(true))? else {
        return Ok((String::new(), Ledger::default()));
    };
    let mut lock = fd_lock::RwLock::new(file);
    let mut guard = lock.write().map_err(io)?;
    let mut bytes = Vec::new();
    guard.seek(SeekFrom::Start(0)).map_err(io)?;
    guard.read_to_end(&mut bytes).map_err(io)?;
    let (mut text, cut) = decode_torn(path, bytes)?;
    let ledger = parse_ledger(path, &text)?;
    if cut && ledger.torn.is_none() {
        // Not a torn entry: the file ends in a broken character; never written to.
        return Err(Error::NotUtf8 {
            path: path.to_path_buf(),
            line: files::line_of(&text, text.len()),
        });
    }
    if let Some(torn) = ledger.torn {
        guard.set_len(torn.offset as u64).map_err(io)?;
        guard.sync_data().map_err(io)?;
        text.truncate(torn.offset);
    }
    Ok((text, ledger))
}

/// Runs `repair` on the ledger at `path` under the writers' lock, after cutting
/// off a torn last entry (returned). Nothing is created: a missing ledger is
/// empty.
pub fn repair<T>(
    path: &Path,
    repair: impl FnOnce(&[Entry]) -> Result<T>,
) -> Result<(Option<Torn>, T)> {
    let mut folder = lock_folder(path)?;
    let _writers = folder
        .write()
        .map_err(|e| Error::io(path.parent().unwrap_or(path), e))?;
    let (_, ledger) = read_healed(path)?;
    Ok((ledger.torn, repair(&ledger.entries)?))
}

/// A 12-hex-digit id, unique in practice: the entry's content, the ledger's length
/// under the lock, and a per-process random seed.
fn entry_id(entry: &Entry, ledger_len: usize) -> String {
    let mut seed = RandomState::new().build_hasher();
    seed.write_usize(ledger_len);
    seed.write_u32(std::process::id());
    let mut hasher = blake3::Hasher::new();
    hasher.update(&seed.finish().to_le_bytes());
    hasher.update(render(entry, "").as_bytes());
    let hex = crate::segment::hex16(hasher.finalize().as_bytes());
    hex[..12].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: Action) -> Entry {
        Entry {
            at: DateTime::parse_from_rfc3339("2026-11-26T18:04:00+05:00").unwrap(),
            by: "Дамир \"Д\" Омаров".into(),
            action,
            lang: Lang::Ru,
            note: Some("жол\nекі".into()),
            adopt: false,
            kk: VersionPrint {
                text: Some("00aa".into()),
                paragraphs: vec!["a1".into(), "b2".into()],
            },
            ru: VersionPrint {
                text: None,
                paragraphs: vec![],
            },
            pairs: vec!["1:1".into(), "2+3:".into()],
            refers: None,
            unchanged: false,
            prints: None,
            line: 0,
            id: String::new(),
        }
    }

    #[test]
    fn control_characters_are_found_by_their_bytes_as_by_their_characters() {
        // Every character, alone and between Cyrillic letters.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let plain = (c.is_control() && c != '\t') || c == '\u{7F}';
            assert_eq!(has_control(&format!("{c}")), plain, "{:X}", c as u32);
            assert_eq!(has_control(&format!("ә{c}ж")), plain, "{:X}", c as u32);
        }
    }

    #[test]
    fn entries_round_trip_with_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        append(&path, &entry(Action::Claimed)).unwrap();
        append(&path, &entry(Action::Translated)).unwrap();
        let entries = read(&path).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].action, Action::Translated);
        assert_eq!(entries[0].by, "Дамир \"Д\" Омаров");
        assert_eq!(entries[0].note.as_deref(), Some("жол\nекі"));
        assert_eq!(
            entries[1].beads(),
            vec![(vec![1], vec![1]), (vec![2, 3], vec![])]
        );
        let text = std::fs::read_to_string(&path).unwrap();
        for e in &entries {
            assert!(text
                .lines()
                .nth(e.line - 1)
                .unwrap()
                .starts_with("[[entry]]"));
        }
        assert!(entries[0].line < entries[1].line);
        assert_eq!(entries[0].id.len(), 12);
        assert_ne!(entries[0].id, entries[1].id);
        // Every line of an entry carries the same id, different from the other entry's.
        let ids: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("[[entry]]"))
            .map(|l| l.rsplit(' ').next().unwrap())
            .collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
    }

    #[test]
    fn append_with_judges_on_the_ledger_under_the_lock_and_orders_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        append(&path, &entry(Action::Translated)).unwrap();
        // A claim stamped before the sign it waited for is ordered after it.
        let mut late = entry(Action::Claimed);
        late.at = DateTime::parse_from_rfc3339("2026-11-26T18:00:00+05:00").unwrap();
        let written = append_with(&path, Clock::Fixed(late.at), |seen| {
            assert_eq!(seen.len(), 1);
            Ok(late.clone())
        })
        .unwrap();
        assert!(written.entry.at > entry(Action::Translated).at);
        let order = chronological(&read(&path).unwrap(), None)
            .iter()
            .map(|e| e.action)
            .collect::<Vec<_>>();
        assert_eq!(order, vec![Action::Translated, Action::Claimed]);
        assert_eq!(read(&path).unwrap()[1].line, written.entry.line);
        // A refusal writes nothing.
        let before = std::fs::read_to_string(&path).unwrap();
        assert!(append_with(&path, Clock::System, |_| Err(Error::ForceNeedsNote)).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        // The entry's time is the clock's, whatever `make` put there.
        let fixed = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+05:00").unwrap();
        let written = append_with(&path, Clock::Fixed(fixed), |_| Ok(late.clone())).unwrap();
        assert_eq!(written.entry.at, fixed);
        // On the real clock, an entry dated far in the future does not drag new
        // entries after it; under a fixed clock every entry is the floor.
        let mut future = entry(Action::Note);
        future.at = DateTime::parse_from_rfc3339("2099-01-01T00:00:00+05:00").unwrap();
        append(&path, &future).unwrap();
        let before = Clock::System.now();
        let written = append_with(&path, Clock::System, |_| Ok(entry(Action::Note))).unwrap();
        assert!(written.entry.at >= before);
        assert!(written.entry.at <= Clock::System.now());
        let written = append_with(&path, Clock::Fixed(fixed), |_| Ok(entry(Action::Note))).unwrap();
        assert_eq!(written.entry.at, future.at + chrono::Duration::seconds(1));
    }

    /// A sign-off dated 2099 is placed where it was appended, not at its time:
    /// the real entries written after it come after it and decide the state.
    #[test]
    fn an_entry_from_the_future_is_ordered_where_it_was_appended() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let now = at("2026-11-27T12:00:00+05:00");
        let mk = |action, when: &str, id: &str| Entry {
            at: at(when),
            id: id.into(),
            ..entry(action)
        };
        let entries = vec![
            mk(Action::Claimed, "2026-11-26T10:00:00+05:00", "a"),
            mk(Action::Translated, "2099-01-01T00:00:00+05:00", "future"),
            mk(Action::Claimed, "2026-11-26T11:00:00+05:00", "b"),
            mk(Action::Translated, "2026-11-26T12:00:00+05:00", "c"),
            // A union merge: an earlier entry from another clone, after them in the file.
            mk(Action::Note, "2026-11-26T10:30:00+05:00", "d"),
            // Within the slack: a clock a few minutes fast is not suspicious.
            mk(Action::Note, "2026-11-27T12:09:00+05:00", "e"),
        ];
        let ids = |now| {
            chronological(&entries, Some(now))
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(now), ["a", "future", "d", "b", "c", "e"]);
        assert!(is_future(&entries[1], Some(now)));
        assert!(!is_future(&entries[5], Some(now)));
        // Under a fixed clock, time alone orders them.
        let fixed: Vec<_> = chronological(&entries, None)
            .iter()
            .map(|e| e.id.clone())
            .collect();
        assert_eq!(fixed, ["a", "d", "b", "c", "e", "future"]);
        // Once 2099 has come, the entry is ordered by its time again.
        assert_eq!(
            ids(at("2099-01-01T00:00:00+05:00")),
            ["a", "d", "b", "c", "e", "future"]
        );
        // A future entry first in the file stays first.
        let first = vec![entries[1].clone(), entries[0].clone()];
        let order: Vec<_> = chronological(&first, Some(now))
            .iter()
            .map(|e| e.id.clone())
            .collect();
        assert_eq!(order, ["future", "a"]);
    }

    /// A real entry cut at every byte offset of its last 4 KB: the ledger still
    /// reads (without it), and the next append cuts it off and leaves a valid
    /// ledger with both whole entries and the new one.
    #[test]
    fn a_torn_last_entry_is_ignored_and_healed_at_every_offset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        append(&path, &entry(Action::Claimed)).unwrap();
        let mut big = entry(Action::Translated);
        big.kk.paragraphs = (0..400).map(|i| format!("{i:016x}")).collect();
        big.pairs = (1..=400).map(|i| format!("{i}:{i}")).collect();
        // The lists go to an object; a long note keeps the entry over 4 KB.
        big.note = Some("ұзақ ескертпе ".repeat(200));
        append(&path, &big).unwrap();
        let whole = std::fs::read(&path).unwrap();
        let start = read_ledger(&path).unwrap().entries[1].line;
        assert_eq!(read(&path).unwrap().len(), 2);
        let second = whole.len() - whole.len().min(4096);
        let first_end = {
            let text = String::from_utf8(whole.clone()).unwrap();
            last_header(&text).unwrap().0
        };
        assert!(first_end < second, "the big entry is over 4 KB");
        // The last byte is the end line's line feed: without it the entry is whole.
        for cut in second..whole.len() - 1 {
            std::fs::write(&path, &whole[..cut]).unwrap();
            let ledger = read_ledger(&path).unwrap_or_else(|e| panic!("{cut}: {e:?}"));
            assert_eq!(ledger.entries.len(), 1, "{cut}");
            assert_eq!(ledger.torn.map(|t| t.line), Some(start), "{cut}");
            assert_eq!(ledger.torn.map(|t| t.offset), Some(first_end), "{cut}");
            // The append flushes to disk: a sample of the offsets is enough for it.
            if cut % 257 != 0 && cut != whole.len() - 2 {
                continue;
            }
            let written = append_with(&path, Clock::System, |_| Ok(entry(Action::Note))).unwrap();
            assert_eq!(written.healed.map(|t| t.offset), Some(first_end), "{cut}");
            let after = read_ledger(&path).unwrap();
            assert!(after.torn.is_none(), "{cut}");
            let actions: Vec<Action> = after.entries.iter().map(|e| e.action).collect();
            assert_eq!(actions, vec![Action::Claimed, Action::Note], "{cut}");
            assert!(toml::from_str::<RawLedger>(&std::fs::read_to_string(&path).unwrap()).is_ok());
        }
        // Whole, the ledger has nothing torn.
        for end in [whole.len() - 1, whole.len()] {
            std::fs::write(&path, &whole[..end]).unwrap();
            let ledger = read_ledger(&path).unwrap();
            assert!(ledger.torn.is_none());
            assert_eq!(ledger.entries.len(), 2);
        }
    }

    fn long(action: Action, n: usize) -> Entry {
        let mut e = entry(action);
        e.note = None;
        e.by = "Дамир Омаров".into();
        e.kk.paragraphs = (0..n).map(|i| format!("{i:016x}")).collect();
        e.ru.paragraphs = (0..n).map(|i| format!("{:016x}", i + 1)).collect();
        e.pairs = (1..=n).map(|i| format!("{i}:{i}")).collect();
        e
    }

    /// An entry with long lists keeps them in an object and stays small; read
    /// back, it names the object and [`resolve`] gives the lists again. A short
    /// entry keeps them inline, as before.
    #[test]
    fn long_lists_go_to_an_object_and_come_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let short = long(Action::Translated, prints::INLINE_MAX);
        append(&path, &short).unwrap();
        let big = long(Action::Translated, 2000);
        let written = append_with(&path, Clock::Fixed(big.at), |_| Ok(big.clone())).unwrap();
        let hash = written.entry.prints.clone().expect("referenced");
        assert!(prints::is_hash(&hash));
        assert!(prints::path(dir.path(), &hash).is_file());
        let text = std::fs::read_to_string(&path).unwrap();
        let last = &text[last_header(&text).unwrap().0..];
        assert!(last.len() < 1024, "{} bytes:\n{last}", last.len());
        assert!(last.contains(&format!("prints = \"{hash}\"")));
        assert!(!last.contains("kk = ["));
        // Both forms read, by the fast reader and by TOML alike.
        assert_fast_agrees(&text);
        assert!(parse_written(&text).is_some());
        let entries = read(&path).unwrap();
        assert_eq!(entries[0].prints, None);
        assert_eq!(entries[0].kk.paragraphs, short.kk.paragraphs);
        assert_eq!(
            resolve(dir.path(), &entries[0]).unwrap().into_owned(),
            entries[0]
        );
        assert_eq!(entries[1].prints.as_deref(), Some(hash.as_str()));
        assert!(entries[1].kk.paragraphs.is_empty() && entries[1].pairs.is_empty());
        let full = resolve(dir.path(), &entries[1]).unwrap();
        assert_eq!(full.kk.paragraphs, big.kk.paragraphs);
        assert_eq!(full.ru.paragraphs, big.ru.paragraphs);
        assert_eq!(full.pairs, big.pairs);
        assert_eq!(full.beads().len(), 2000);
        // Resolving a resolved entry reads nothing.
        std::fs::remove_file(prints::path(dir.path(), &hash)).unwrap();
        assert!(matches!(
            resolve(dir.path(), &full).unwrap(),
            std::borrow::Cow::Borrowed(_)
        ));
        // Missing, altered, not a hash: errors naming the ledger and the line.
        let line = entries[1].line;
        let err = resolve(dir.path(), &entries[1]).unwrap_err();
        assert!(
            matches!(&err, Error::PrintsMissing { line: l, ledger, .. } if *l == line && ledger == &path),
            "{err:?}"
        );
        std::fs::write(prints::path(dir.path(), &hash), "kk\nru\npairs\n").unwrap();
        let err = resolve(dir.path(), &entries[1]).unwrap_err();
        assert!(
            matches!(&err, Error::PrintsAltered { line: l, .. } if *l == line),
            "{err:?}"
        );
        let mut hostile = entries[1].clone();
        hostile.prints = Some("../../../secret".into());
        let err = resolve(dir.path(), &hostile).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidPrintsHash { line: l, .. } if *l == line),
            "{err:?}"
        );
    }

    /// Whatever the article's length, an entry without its note stays under 4 KB.
    #[test]
    fn an_entry_stays_under_4_kb_at_any_length() {
        let dir = tempfile::tempdir().unwrap();
        for n in [0, 1, 63, 64, 65, 100, 5000] {
            let path = dir.path().join(format!("{n}.toml"));
            let mut e = long(Action::Translated, n);
            e.kk.text = Some("0123456789abcdef".into());
            e.ru.text = Some("0123456789abcdef".into());
            // The worst inline correspondence: every paragraph alone.
            e.pairs = (1..=n)
                .map(|i| format!("{i}:"))
                .chain((1..=n).map(|i| format!(":{i}")))
                .collect();
            append(&path, &e).unwrap();
            let size = std::fs::read_to_string(&path).unwrap().len() - HEADER.len();
            assert!(size < 4096, "{n} paragraphs: {size} bytes");
        }
    }

    #[test]
    fn a_fifo_or_folder_in_place_of_the_ledger_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::create_dir(&path).unwrap();
        assert!(matches!(read(&path), Err(Error::NotRegularFile { .. })));
        assert!(matches!(
            append(&path, &entry(Action::Note)),
            Err(Error::NotRegularFile { .. })
        ));
        std::fs::remove_dir(&path).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(matches!(read(&path), Err(Error::NotRegularFile { .. })));
            assert!(matches!(
                append(&path, &entry(Action::Note)),
                Err(Error::NotRegularFile { .. })
            ));
        }
    }

    #[test]
    fn every_line_of_an_entry_carries_its_id_even_with_a_multi_line_note() {
        let mut e = entry(Action::Note);
        e.note = Some("бірінші жол\n\n[[entry]]\nсоңғы жол".into());
        let text = render(&e, "0123456789ab");
        for line in text.lines().filter(|l| !l.is_empty()) {
            assert!(
                line.ends_with(" # 0123456789ab") || line == "# end 0123456789ab",
                "{line}"
            );
        }
        let parsed = parse(Path::new("ledger.toml"), &text).unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].note, e.note);
    }

    #[test]
    fn a_broken_ledger_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let broken = "[[entry]]\nat = \"2026-11-26T18:04:00+05:00\"\nby = \"x\n";
        std::fs::write(&path, broken).unwrap();
        let err = append(&path, &entry(Action::Note)).unwrap_err();
        assert!(matches!(err, Error::Toml { line: 3, .. }), "{err:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    }

    /// The fast reading of a ledger agrees with the TOML parser: the same entries
    /// when it reads the text, and it leaves alone every text the parser refuses.
    fn assert_fast_agrees(text: &str) {
        let by_toml = toml::from_str::<RawLedger>(text).ok();
        if let Some(entry) = parse_written(text) {
            assert_eq!(Some(RawLedger { entry }), by_toml, "{text}");
        }
        if by_toml.is_none() {
            assert!(parse_written(text).is_none(), "{text}");
        }
    }

    #[test]
    fn written_ledgers_are_read_without_the_toml_parser_and_alike() {
        let mut e = entry(Action::Translated);
        e.note = None;
        e.by = "Дамир Омаров # бас редактор".into();
        e.adopt = true;
        e.ru.text = Some("77ff".into());
        e.ru.paragraphs = vec!["c3".into()];
        let mut text = HEADER.to_string();
        text.push_str(&render(&entry(Action::Claimed), "0123456789ab"));
        text.push_str(&render(&e, "ba9876543210"));
        let mut plain = HEADER.to_string();
        plain.push_str(&render(&e, "ba9876543210"));
        // The fast reading takes the plain text; the escaped note is left to TOML.
        assert!(parse_written(&plain).is_some());
        assert!(parse_written(&text).is_none());
        assert_fast_agrees(&plain);
        assert_fast_agrees(&text);
        let p = Path::new("ledger.toml");
        let entries = parse(p, &plain).unwrap();
        assert_eq!(entries[0].by, e.by);
        assert!(entries[0].adopt);
        assert_eq!(entries[0].ru.paragraphs, vec!["c3".to_string()]);
        assert_eq!(entries[0].line, 5);
        assert_eq!(entries[0].id, "ba9876543210");
        let entry_line = "[[entry]] # x\nat = \"2026-11-26T18:04:00+05:00\" # x\nby = \"x\"\n";
        for (i, variant) in [
            String::new(),
            "\n\n# a comment\n".to_string(),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = []\npairs = [\"1:1\", \"2+3:\"]"),
            // Refused by TOML, or read by it: either way not by the fast reading.
            format!("{entry_line}action = \"note\"\nlang = \"en\"\n"),
            format!("{entry_line}action = \"noted\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nby = \"y\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nsorce = \"y\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nadopt = \"yes\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = [\"a\",\"b\"]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nkk = [\"a\", 1]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\" x\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"#x\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\" # \u{1}\n"),
            format!("{entry_line}action = \"note\"\nlang = \"k\u{1}k\"\n"),
            format!("{entry_line}action = \"note\"\r\nlang = \"kk\"\n"),
            format!("lang = \"kk\"\n{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("[entry]\n{entry_line}action = \"note\"\nlang = \"kk\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n[[entry]]\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\n  note = \"x\"\n"),
            format!("{entry_line}action = \"note\"\nlang = \"kk\"\nnote = \"a\\tb\"\n"),
        ]
        .iter()
        .enumerate()
        {
            assert_fast_agrees(variant);
            // The first four are as `render` writes: read fast.
            assert_eq!(parse_written(variant).is_some(), i < 4, "{variant}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_rendered_entry_is_read_alike(
            by in "[a-zA-Zа-яәқ \"#\\\\\t\u{7f}\u{85}=\\[\\],]{0,12}",
            note in proptest::option::of("[a-z \n#\"]{0,8}"),
            adopt: bool,
            paragraphs in proptest::collection::vec("[0-9a-f\"]{0,4}", 0..4),
        ) {
            let mut e = entry(Action::Approved);
            e.by = by;
            e.note = note;
            e.adopt = adopt;
            e.kk.paragraphs = paragraphs.clone();
            e.pairs = paragraphs;
            let text = format!("{HEADER}{}{}", render(&e, "0123456789ab"), render(&entry(Action::Note), "x"));
            assert_fast_agrees(&text);
            let read = parse(Path::new("ledger.toml"), &text).unwrap();
            proptest::prop_assert_eq!(&read[0].by, &e.by);
            proptest::prop_assert_eq!(&read[0].note, &e.note);
        }
    }

    #[test]
    fn a_bad_timestamp_names_its_line() {
        let text =
            "\n[[entry]]\nat = \"yesterday\"\nby = \"x\"\naction = \"note\"\nlang = \"kk\"\n";
        let err = parse(Path::new("ledger.toml"), text).unwrap_err();
        assert!(
            matches!(err, Error::InvalidValue { line: 3, .. }),
            "{err:?}"
        );
    }
}
