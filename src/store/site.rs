//! A static site written as a whole or not at all: the pages go into a temporary
//! folder beside the destination, which then takes the destination's place.
//!
//! The destination must be missing, an empty folder, or a folder holding a site
//! qostil wrote before (it holds the [`MARK`] file); anything else (a file, a
//! symbolic link, a FIFO, a folder with other files) is refused, so a mistyped
//! `--out` never deletes somebody's work. Two runs at once on the same
//! destination take turns through a lock on its parent folder. A run killed
//! while it writes leaves the destination as it was, and a `.qostil-site-*`
//! folder beside it, which later runs ignore (and do not remove: another run may
//! be writing it). Replacing an earlier site takes two renames (the old site
//! aside, the new one in); a kill exactly between them leaves the destination
//! missing and the old site whole in `.qostil-site-old-*`.

use crate::error::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// The file that marks a folder as a site written by qostil.
pub const MARK: &str = ".qostil-report";

/// A site being written.
#[derive(Debug)]
pub struct Site {
    out: PathBuf,
    tmp: tempfile::TempDir,
}

impl Site {
    /// Checks that `out` may be replaced and starts a site in a temporary folder.
    pub fn begin(out: &Path) -> Result<Site> {
        check_destination(out)?;
        let parent = parent_of(out);
        fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let tmp = tempfile::Builder::new()
            .prefix(".qostil-site-")
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?;
        let site = Site {
            out: out.to_path_buf(),
            tmp,
        };
        site.write(
            MARK,
            b"A static report written by qostil; `qostil report` replaces this folder.\n",
        )?;
        Ok(site)
    }

    /// Writes one file of the site; `rel` is a relative path of plain names.
    pub fn write(&self, rel: &str, contents: &[u8]) -> Result<()> {
        let rel = Path::new(rel);
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(Error::IdEscapes {
                id: rel.display().to_string(),
            });
        }
        let path = self.tmp.path().join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        file.write_all(contents).map_err(|e| Error::io(&path, e))?;
        Ok(())
    }

    /// Puts the finished site in the destination's place.
    pub fn commit(self) -> Result<()> {
        let parent = parent_of(&self.out);
        let lock_dir = fs::File::open(&parent).map_err(|e| Error::io(&parent, e))?;
        let mut lock = fd_lock::RwLock::new(lock_dir);
        let _guard = lock.write().map_err(|e| Error::io(&parent, e))?;
        // Checked again under the lock: another run may have written meanwhile.
        check_destination(&self.out)?;
        let tmp = self.tmp.keep();
        let old = match fs::symlink_metadata(&self.out) {
            Ok(_) => {
                let old = tempfile::Builder::new()
                    .prefix(".qostil-site-old-")
                    .tempdir_in(&parent)
                    .map_err(|e| Error::io(&parent, e))?
                    .keep();
                // `old` is an empty folder: the rename replaces it.
                fs::rename(&self.out, &old).map_err(|e| Error::io(&self.out, e))?;
                Some(old)
            }
            Err(_) => None,
        };
        if let Err(e) = fs::rename(&tmp, &self.out) {
            if let Some(old) = &old {
                let _ = fs::rename(old, &self.out);
            }
            let _ = fs::remove_dir_all(&tmp);
            return Err(Error::io(&self.out, e));
        }
        if let Some(old) = old {
            let _ = fs::remove_dir_all(old);
        }
        Ok(())
    }
}

fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuses a destination that is not missing, an empty folder or an earlier site.
fn check_destination(out: &Path) -> Result<()> {
    let refused = || Error::ReportOutRefused {
        path: out.to_path_buf(),
    };
    let meta = match fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(out, e)),
    };
    if !meta.is_dir() {
        return Err(refused());
    }
    let mark = out.join(MARK);
    if fs::symlink_metadata(&mark).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    let mut entries = fs::read_dir(out).map_err(|e| Error::io(out, e))?;
    if entries.next().is_some() {
        return Err(refused());
    }
    Ok(())
}
