//! Reading and writing the archive's files safely.
//!
//! Reading: UTF-8 is checked with the line of the first bad byte; TOML errors keep
//! their line; an unknown key is its own error naming the key. Writing: a file is
//! written next to its final place and renamed over it, so a reader never sees half
//! of it and a crash leaves the old file whole.

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Reads a UTF-8 text file; `Ok(None)` when it does not exist. Only a regular file
/// is read: a link, folder, FIFO, socket or device in its place is an error naming
/// it (never a hang on a FIFO, never a read through a link).
pub fn read_text(path: &Path) -> Result<Option<String>> {
    let Some((file, len)) = open_regular_len(path, std::fs::OpenOptions::new().read(true))? else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    read_all(&file, len, &mut bytes).map_err(|e| Error::io(path, e))?;
    decode(path, bytes).map(Some)
}

/// Reads the whole of an open `file` that its metadata said is `len` bytes long
/// into `bytes` (all of it, should it have grown since). The length known, the
/// standard `read_to_end` of a file would ask the kernel for it again, and for
/// the position: two system calls per file, which `check` pays for every file
/// of the archive.
pub fn read_all(mut file: &File, len: u64, bytes: &mut Vec<u8>) -> std::io::Result<()> {
    // One byte more than expected: the read that finds the end needs no growing,
    // and a file of the length expected is read in two calls.
    let mut room = usize::try_from(len).unwrap_or(0).saturating_add(1);
    loop {
        let at = bytes.len();
        bytes.resize(at + room, 0);
        match file.read(&mut bytes[at..]) {
            Ok(0) => {
                bytes.truncate(at);
                return Ok(());
            }
            Ok(n) => {
                bytes.truncate(at + n);
                // What is left of the room, or more once it is filled (the file
                // grew since its length was read).
                room = if n < room {
                    room - n
                } else {
                    room.saturating_mul(2).max(8192)
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => bytes.truncate(at),
            Err(e) => {
                bytes.truncate(at);
                return Err(e);
            }
        }
    }
}

/// Appends the contents of an open `file` that its metadata said is `len` bytes
/// long to `bytes`, in one read when the kernel allows. `false`, with nothing
/// appended, when it cannot be read or is no longer `len` bytes long.
pub fn append_exactly(mut file: &File, len: u64, bytes: &mut Vec<u8>) -> bool {
    let start = bytes.len();
    let Some(end) = usize::try_from(len).ok().and_then(|l| start.checked_add(l)) else {
        return false;
    };
    // One byte more than expected: a file that grew meanwhile fills it.
    bytes.resize(end + 1, 0);
    let mut at = start;
    let whole = loop {
        match file.read(&mut bytes[at..]) {
            Ok(0) => break at == end,
            Ok(n) if at + n > end => break false,
            Ok(n) => at += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break false,
        }
    };
    bytes.truncate(if whole { end } else { start });
    whole
}

/// Opens a regular file with `options`; `Ok(None)` when it does not exist.
///
/// The type is checked before opening (a FIFO would block `open` forever) and
/// again on the open file (it may have been swapped in between): the open itself
/// does not follow a link and does not wait for a FIFO's writer.
pub fn open_regular(path: &Path, options: &mut OpenOptions) -> Result<Option<File>> {
    Ok(open_regular_len(path, options)?.map(|(file, _)| file))
}

/// [`open_regular`], with the length the open file's metadata gives.
pub fn open_regular_len(path: &Path, options: &mut OpenOptions) -> Result<Option<(File, u64)>> {
    match std::fs::symlink_metadata(path) {
        Ok(m) => check_type(path, &m)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(path, e)),
    }
    let file = match options
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(Error::LinkRefused {
                path: path.to_path_buf(),
            })
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    let m = file.metadata().map_err(|e| Error::io(path, e))?;
    check_type(path, &m)?;
    Ok(Some((file, m.len())))
}

fn check_type(path: &Path, m: &std::fs::Metadata) -> Result<()> {
    let t = m.file_type();
    if t.is_symlink() {
        Err(Error::LinkRefused {
            path: path.to_path_buf(),
        })
    } else if t.is_file() {
        Ok(())
    } else {
        Err(Error::NotRegularFile {
            path: path.to_path_buf(),
        })
    }
}

/// Refuses a folder of the archive that is a link or not a folder (`Ok` when it
/// does not exist yet): what is stored under it must stay inside the archive.
pub fn refuse_linked_dir(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(Error::LinkRefused {
            path: path.to_path_buf(),
        }),
        Ok(m) if !m.is_dir() => Err(Error::NotRegularFile {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// Refuses a link anywhere on the way from `root` down to `path` (`root` itself
/// may be reached through links; nothing below it may be one).
pub fn refuse_links_below(root: &Path, path: &Path) -> Result<()> {
    let Ok(rest) = path.strip_prefix(root) else {
        return Ok(());
    };
    let mut at = root.to_path_buf();
    for part in rest.components() {
        at.push(part);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Error::LinkRefused { path: at });
            }
            Ok(_) => {}
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

/// Refuses a path that is a symbolic link (the files of an article must be the
/// article's own: a link could read or write outside the archive), or that is
/// neither a file nor a folder (opening a named pipe would wait forever).
pub fn refuse_link(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(Error::LinkRefused {
            path: path.to_path_buf(),
        }),
        Ok(m) if !m.is_file() && !m.is_dir() => Err(Error::NotRegularFile {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// Reads a file of an article: [`read_text`], which refuses what [`refuse_link`]
/// does, with the same errors (a link; anything but a regular file), before it
/// opens the file.
pub fn read_own_text(path: &Path) -> Result<Option<String>> {
    read_text(path)
}

/// Checks that bytes are UTF-8, naming the line of the first bad byte.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    // The standard validation reads a Cyrillic text byte by byte (its fast path
    // is for ASCII): `simdutf8` checks it many bytes at a time, and a valid text
    // is copied into its string whole. Only an invalid one is read again, by the
    // standard validation, whose error tells where it fails.
    if let Ok(text) = simdutf8::basic::from_utf8(&bytes) {
        return Ok(text.to_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..valid]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        Error::NotUtf8 {
            path: path.to_path_buf(),
            line,
        }
    })
}

/// The line (from 1) of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

/// Parses TOML text into `T`, turning errors into [`Error`]s with file and line.
pub fn parse_toml<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| toml_error(path, text, &e))
}

/// Turns a TOML error into ours, with the line of its span. `toml` reports every
/// error as a message; an unknown or a missing key comes from serde's own
/// `Error::unknown_field` / `missing_field` defaults, whose wording serde fixes
/// (`unknown field `x``, `missing field `x``): those two are told apart by it, and
/// the test `serde_key_errors_keep_their_wording` holds serde to it.
fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
    let message = e.message();
    let path = path.to_path_buf();
    if let Some(key) = between(message, "unknown field `", "`") {
        return Error::UnknownKey {
            path,
            line,
            key: key.to_string(),
        };
    }
    if let Some(key) = between(message, "missing field `", "`") {
        return Error::MissingKey {
            path,
            line,
            key: key.to_string(),
        };
    }
    // The parser's message may run over lines ("invalid array\nexpected `]`"):
    // one line, as every error is shown.
    let detail: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Error::Toml {
        path,
        line,
        detail: detail.join("; "),
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &s[s.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// Writes a file atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over `path`.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let tmp = written_beside(path, contents, true)?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Replaces a cache file like [`write_atomic`] but without flushing it to disk
/// first: a reader still sees a whole file (the old or the new one), but a crash
/// may leave it empty or cut, which a cache must detect and ignore anyway.
pub fn write_atomic_unsynced(path: &Path, contents: &[u8]) -> Result<()> {
    let tmp = written_beside(path, contents, false)?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Creates a file that must not exist yet, atomically.
pub fn create_new(path: &Path, contents: &[u8]) -> Result<()> {
    let tmp = written_beside(path, contents, true)?;
    tmp.persist_noclobber(path)
        .map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// The prefix of the temporary files written beside their final place.
pub const TEMP_PREFIX: &str = ".qostil-";

/// A temporary file in the folder of `path` holding `contents`, flushed to disk
/// when `sync`.
///
/// Its mode is the one a new file gets (0666 less the umask, so 0644 under the
/// usual 0022), or the mode of the file it replaces: colleagues sharing a server
/// can read what another wrote.
fn written_beside(path: &Path, contents: &[u8], sync: bool) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let old_mode = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions().mode() & 0o7777);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    if let Some(mode) = old_mode {
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io(path, e))?;
    }
    tmp.write_all(contents).map_err(|e| Error::io(path, e))?;
    if sync {
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    }
    Ok(tmp)
}

/// Removes the temporary files of [`write_atomic`] older than a minute in
/// `dir`: what a process killed in the middle of a write left behind (called under
/// the ledger's lock, and by the cache writers); a file that cannot be removed is
/// left for the next time.
pub fn remove_stale_temps(dir: &Path) {
    for path in stale_temps(dir) {
        let _ = std::fs::remove_file(path);
    }
}

/// The temporary files of [`write_atomic`] older than a minute in `dir`.
pub fn stale_temps(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let minute = std::time::Duration::from_secs(60);
    for e in entries.flatten() {
        let stale = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(TEMP_PREFIX))
            && e.metadata().is_ok_and(|m| {
                m.is_file()
                    && m.modified()
                        .is_ok_and(|t| t.elapsed().is_ok_and(|a| a > minute))
            });
        if stale {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn read_all_reads_the_whole_file_whatever_length_it_was_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        let text: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &text).unwrap();
        for told in [0, 1, 8191, 19_999, 20_000, 20_001, 100_000] {
            let file = File::open(&path).unwrap();
            let mut bytes = b"kept".to_vec();
            read_all(&file, told, &mut bytes).unwrap();
            assert_eq!(&bytes[..4], b"kept");
            assert_eq!(&bytes[4..], &text[..], "told {told}");
        }
    }

    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Meta {
        source: String,
    }

    #[test]
    fn not_utf8_names_the_line() {
        let bytes = b"one\ntwo\nth\xffree\n".to_vec();
        match decode(Path::new("kk.md"), bytes) {
            Err(Error::NotUtf8 { line, .. }) => assert_eq!(line, 3),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn toml_errors_keep_their_line_and_key() {
        let p = Path::new("article.toml");
        match parse_toml::<Meta>(p, "source = \"kk\"\n\nsorce = 1\n") {
            Err(Error::UnknownKey { line, key, .. }) => {
                assert_eq!((line, key.as_str()), (3, "sorce"))
            }
            other => panic!("{other:?}"),
        }
        match parse_toml::<Meta>(p, "source = \"kk\nx") {
            Err(Error::Toml { line, .. }) => assert_eq!(line, 1),
            other => panic!("{other:?}"),
        }
        match parse_toml::<Meta>(p, "broken = [\n") {
            Err(Error::Toml { line, detail, .. }) => {
                assert_eq!(line, 2);
                assert!(!detail.contains('\n') && detail.contains("; "), "{detail}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_toml::<Meta>(p, ""),
            Err(Error::MissingKey { .. })
        ));
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        write_atomic(&p, b"old").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert!(create_new(&p, b"x").is_err());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn serde_key_errors_keep_their_wording() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Strict {
            needed: String,
        }
        let p = Path::new("x.toml");
        let unknown = parse_toml::<Strict>(p, "needed = \"a\"\nextra = 1\n").unwrap_err();
        assert!(
            matches!(&unknown, Error::UnknownKey { key, line: 2, .. } if key == "extra"),
            "{unknown:?}"
        );
        let missing = parse_toml::<Strict>(p, "\n").unwrap_err();
        assert!(
            matches!(&missing, Error::MissingKey { key, .. } if key == "needed"),
            "{missing:?}"
        );
    }

    #[test]
    fn append_exactly_appends_a_file_of_the_length_given_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.md");
        std::fs::write(&p, "заявил").unwrap();
        let len = "заявил".len() as u64;
        let mut bytes = b"<".to_vec();
        assert!(append_exactly(&File::open(&p).unwrap(), len, &mut bytes));
        assert_eq!(bytes, "<заявил".as_bytes());
        // Grown or shrunk since its length was taken: nothing is appended.
        for wrong in [len - 1, len + 1, 0] {
            assert!(!append_exactly(&File::open(&p).unwrap(), wrong, &mut bytes));
            assert_eq!(bytes, "<заявил".as_bytes());
        }
        std::fs::write(&p, "").unwrap();
        assert!(append_exactly(&File::open(&p).unwrap(), 0, &mut bytes));
        assert_eq!(bytes, "<заявил".as_bytes());
    }
}
