//! `qostil init`: sets up an archive in the current folder.

use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::i18n::Value;
use crate::store::archive::ARTICLES_DIR;
use crate::store::files;
use crate::store::settings::FILE_NAME;

const SETTINGS: &str = "# qostil archive settings.\n#\n# The team: when members are listed, only they may act, only editors approve,\n# and nobody approves a translation they signed.\n#\n# [[member]]\n# name = \"Дамир Омаров\"\n# roles = [\"translator\"]\n#\n# [[member]]\n# name = \"Мария Ким\"\n# roles = [\"editor\"]\n\n[drift]\n# Whether a cosmetic change of the original (punctuation, letter case, a typo)\n# makes its translation stale.\ncosmetic-makes-stale = false\n";

/// The line that gives ledgers git's union merge.
pub const GITATTRIBUTES_LINE: &str = "ledger.toml merge=union";

pub fn run(cx: &mut Context) -> Result<Outcome> {
    let root = cx.init_root();
    let settings = root.join(FILE_NAME);
    if settings.exists() {
        return Err(Error::ArchiveExists { path: root });
    }
    let articles = root.join(ARTICLES_DIR);
    std::fs::create_dir_all(&articles).map_err(|e| Error::io(&articles, e))?;
    let attributes = root.join(".gitattributes");
    let existing = files::read_text(&attributes)?.unwrap_or_default();
    if !existing.lines().any(|l| l.trim() == GITATTRIBUTES_LINE) {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GITATTRIBUTES_LINE);
        text.push('\n');
        files::write_atomic(&attributes, text.as_bytes())?;
    }
    files::create_new(&settings, SETTINGS.as_bytes())?;
    cx.ui.line(&cx.ui.msg(
        "init-done",
        &[("path", Value::from(root.display().to_string()))],
    ));
    Ok(Outcome::Clean)
}
