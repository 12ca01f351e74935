//! The archive on disk: its root, its settings, and the articles below `articles/`.
//!
//! An article is any folder under `articles/` that holds an `article.toml`; its id
//! is that folder's path below `articles/`, year sub-folders allowed. Ids never
//! leave `articles/`: no `..`, no absolute path, no symbolic link that points out.

use crate::error::{Error, Result};
use crate::store::article::{Article, Meta, META_FILE};
use crate::store::files;
use crate::store::settings::{Settings, FILE_NAME};
use std::path::{Component, Path, PathBuf};

/// The optional file of kk ↔ ru term pairs, beside `qostil.toml`.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// The folder that holds the articles.
pub const ARTICLES_DIR: &str = "articles";

/// An opened archive.
#[derive(Debug, Clone)]
pub struct Archive {
    /// The folder that holds `qostil.toml`.
    pub root: PathBuf,
    /// `qostil.toml`.
    pub settings: Settings,
}

/// The outcome of looking through `articles/`: the article folders found, and the
/// problems met on the way (each of which names its file).
#[derive(Debug, Default)]
pub struct Discovery {
    /// Article folders, sorted by id.
    pub found: Vec<(String, PathBuf)>,
    /// Folders that could not be read, or links that lead out of the archive.
    pub problems: Vec<Error>,
}

impl Archive {
    /// Opens the archive whose root is `root` (the folder holding `qostil.toml`).
    pub fn open(root: &Path) -> Result<Archive> {
        let settings = Settings::load(root)?;
        Ok(Archive {
            root: root.to_path_buf(),
            settings,
        })
    }

    /// Finds the archive root: `start` or the nearest ancestor holding `qostil.toml`.
    pub fn find_root(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .find(|d| d.join(FILE_NAME).is_file())
            .map(Path::to_path_buf)
    }

    /// The articles a command works on: the ones named by `ids`, or every article
    /// when none is named; with what could not be found or read, to report while
    /// the rest goes on.
    pub fn select(&self, ids: &[String]) -> (Vec<(String, PathBuf)>, Vec<Error>) {
        if ids.is_empty() {
            let discovery = self.discover();
            return (discovery.found, discovery.problems);
        }
        self.select_named(ids)
    }

    /// [`select`](Archive::select) for a command that has discovered the whole
    /// archive already (to learn from it): every article of `discovery` when `ids`
    /// is empty, so the folders are walked once per run.
    pub fn select_in(
        &self,
        discovery: Discovery,
        ids: &[String],
    ) -> (Vec<(String, PathBuf)>, Vec<Error>) {
        if ids.is_empty() {
            return (discovery.found, discovery.problems);
        }
        self.select_named(ids)
    }

    fn select_named(&self, ids: &[String]) -> (Vec<(String, PathBuf)>, Vec<Error>) {
        let (mut found, mut problems) = (Vec::new(), Vec::new());
        for id in ids {
            match self.article(id) {
                Ok(a) => found.push((a.id, a.dir)),
                Err(e) => problems.push(e),
            }
        }
        (found, problems)
    }

    /// The `articles/` folder.
    pub fn articles_dir(&self) -> PathBuf {
        self.root.join(ARTICLES_DIR)
    }

    /// Validates an id typed by a user and returns the folder it names. The folder
    /// need not exist; if it (or a parent) exists, it must resolve inside `articles/`.
    pub fn article_dir(&self, id: &str) -> Result<PathBuf> {
        let id = validate_id(id)?;
        let base = self.articles_dir();
        let dir = base.join(id);
        // Resolve the deepest existing ancestor: a symbolic link anywhere on the way
        // must not lead outside `articles/`.
        if let Some(existing) = dir.ancestors().find(|p| p.exists()) {
            let real = existing
                .canonicalize()
                .map_err(|e| Error::io(existing, e))?;
            let real_base = base.canonicalize().map_err(|e| Error::io(&base, e))?;
            if !real.starts_with(&real_base) {
                return Err(Error::IdEscapes { id: id.to_string() });
            }
        }
        // Nor may a link inside the archive stand anywhere on the way: not
        // `articles/`, not a folder between, not the article's folder.
        files::refuse_links_below(&self.root, &dir)?;
        Ok(dir)
    }

    /// Loads the article with this id.
    pub fn article(&self, id: &str) -> Result<Article> {
        let dir = self.article_dir(id)?;
        if std::fs::symlink_metadata(dir.join(META_FILE)).is_err() {
            let discovery = self.discover();
            let ids = discovery.found.iter().map(|(id, _)| id.as_str());
            return Err(match crate::suggest::nearest(validate_id(id)?, ids) {
                Some(suggestion) => Error::UnknownArticleNear {
                    id: id.to_string(),
                    suggestion,
                },
                None => Error::UnknownArticle { id: id.to_string() },
            });
        }
        load_article(validate_id(id)?.to_string(), dir)
    }

    /// Looks through `articles/` for article folders, sorted by id.
    pub fn discover(&self) -> Discovery {
        let mut discovery = Discovery::default();
        let base = self.articles_dir();
        if let Err(e) = files::refuse_links_below(&self.root, &base) {
            discovery.problems.push(e);
            return discovery;
        }
        if let Ok(real_base) = base.canonicalize() {
            walk(&base, &real_base, "", &mut discovery);
        }
        discovery.found.sort_by(|a, b| a.0.cmp(&b.0));
        discovery
    }
}

/// Reads `article.toml` of a folder.
pub fn load_article(id: String, dir: PathBuf) -> Result<Article> {
    let path = dir.join(META_FILE);
    let text =
        files::read_own_text(&path)?.ok_or_else(|| Error::UnknownArticle { id: id.clone() })?;
    let meta = Meta::parse(&path, &text)?;
    Ok(Article { id, dir, meta })
}

/// Checks that an id is a clean relative path: no `..`, no `.`, no absolute path, no
/// empty or hidden component, no back-slash. Returns it without a trailing `/`.
///
/// What a shell completes is taken as the id it names: `articles/2026/x/`,
/// `./articles/2026/x`, `articles/2026/x/kk.md` are `2026/x`.
pub fn validate_id(id: &str) -> Result<&str> {
    let trimmed = typed_id(id);
    let invalid = || Error::InvalidId { id: id.to_string() };
    if trimmed.is_empty() || trimmed.contains('\\') || trimmed.chars().any(char::is_control) {
        return Err(invalid());
    }
    for part in trimmed.split('/') {
        if part.is_empty() || part.starts_with('.') || part.trim() != part {
            return Err(if part == ".." {
                Error::IdEscapes { id: id.to_string() }
            } else {
                invalid()
            });
        }
    }
    if Path::new(trimmed)
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(Error::IdEscapes { id: id.to_string() });
    }
    Ok(trimmed)
}

/// The id inside what a user typed: without `./`, `articles/`, a version or
/// settings file name at the end, or trailing slashes.
fn typed_id(id: &str) -> &str {
    let mut id = id.trim_end_matches('/');
    for file in ["kk.md", "ru.md", META_FILE, "ledger.toml"] {
        if let Some(rest) = id.strip_suffix(file).and_then(|r| r.strip_suffix('/')) {
            id = rest;
            break;
        }
    }
    let id = id.strip_prefix("./").unwrap_or(id);
    let id = id
        .strip_prefix(ARTICLES_DIR)
        .and_then(|r| r.strip_prefix('/'))
        .unwrap_or(id);
    id.trim_end_matches('/')
}

fn walk(dir: &Path, real_base: &Path, prefix: &str, out: &mut Discovery) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return out.problems.push(Error::io(dir, e)),
    };
    // In name order, so that the problems met come out in the same order every run.
    let mut entries: Vec<std::fs::DirEntry> = entries
        .filter_map(|entry| match entry {
            Ok(e) => Some(e),
            Err(e) => {
                out.problems.push(Error::io(dir, e));
                None
            }
        })
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            // An id must be text: a folder whose name is not is reported, not skipped
            // unseen.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                let lossy = name.to_string_lossy();
                let id = if prefix.is_empty() {
                    lossy.into_owned()
                } else {
                    format!("{prefix}/{lossy}")
                };
                out.problems.push(Error::InvalidId { id });
            }
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let id = if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}/{name}")
        };
        if file_type.is_symlink() {
            // A link inside `articles/` is an alias of a folder found anyway; one that
            // leads out is reported and never read.
            let inside = path
                .canonicalize()
                .is_ok_and(|real| real.starts_with(real_base));
            if !inside && path.is_dir() {
                out.problems.push(Error::IdEscapes { id });
            }
            continue;
        }
        if !file_type.is_dir() {
            continue;
        }
        // Any `article.toml` makes an article, even one that is not a regular file:
        // loading it then reports the problem instead of the article vanishing.
        if std::fs::symlink_metadata(path.join(META_FILE)).is_ok() {
            out.found.push((id, path));
        } else {
            walk(&path, real_base, &id, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_validated() {
        assert_eq!(
            validate_id("2026/vktu-round-table/").unwrap(),
            "2026/vktu-round-table"
        );
        assert!(validate_id("мақала").is_ok());
        for bad in ["", "/etc", "a//b", "a\\b", ".hidden", "a/./b", " a"] {
            assert!(
                matches!(validate_id(bad), Err(Error::InvalidId { .. })),
                "{bad}"
            );
        }
        for bad in ["../x", "a/../../x", ".."] {
            assert!(
                matches!(validate_id(bad), Err(Error::IdEscapes { .. })),
                "{bad}"
            );
        }
    }
}
