//! One file per subcommand. Each reads what it needs, asks the library to decide,
//! and hands the values to the printers in [`crate::report`].

use crate::error::{Error, Result};
use crate::report::Ui;
use crate::store::archive::Archive;
use crate::world::World;
use std::path::{Path, PathBuf};

pub mod act;
pub mod check;
pub mod completions;
pub mod diff;
pub mod fix;
pub mod fsck;
pub mod init;
pub mod log;
pub mod new;
pub mod report;
pub mod show;
pub mod status;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// All went well, nothing to report.
    Clean = 0,
    /// Findings at error level.
    Findings = 1,
    /// Something could not be done.
    Failed = 2,
    /// Standard output was closed by its reader before everything was written.
    OutputClosed = 3,
}

/// What a command needs: the world, the messages, the output.
#[derive(Debug)]
pub struct Context<'a> {
    pub world: &'a World,
    pub ui: Ui,
    root_flag: Option<PathBuf>,
    /// The user's answer to a question (a line of standard input; `None` at its
    /// end). Passed in so that tests can answer.
    pub answer: fn() -> Option<String>,
}

impl<'a> Context<'a> {
    /// A context for one run: `root_flag` is `--root`, if given.
    pub fn new(world: &'a World, ui: Ui, root_flag: Option<PathBuf>) -> Context<'a> {
        Context {
            world,
            ui,
            root_flag,
            answer: read_answer,
        }
    }

    /// The archive root: `--root`, else the nearest folder upwards with `qostil.toml`.
    pub fn root(&self) -> PathBuf {
        match &self.root_flag {
            Some(r) if r.is_absolute() => r.clone(),
            Some(r) => self.world.cwd.join(r),
            None => Archive::find_root(&self.world.cwd).unwrap_or_else(|| self.world.cwd.clone()),
        }
    }

    /// Where `init` sets an archive up: `--root`, else the working folder.
    pub fn init_root(&self) -> PathBuf {
        match &self.root_flag {
            Some(r) if r.is_absolute() => r.clone(),
            Some(r) => self.world.cwd.join(r),
            None => self.world.cwd.clone(),
        }
    }

    /// Opens the archive.
    pub fn archive(&self) -> Result<Archive> {
        Archive::open(&self.root())
    }

    /// Who is acting: `--by`, else `QOSTIL_USER`, else `git config user.name`.
    pub fn who(&self, by: Option<&str>) -> Result<String> {
        if let Some(by) = by.map(str::trim).filter(|b| !b.is_empty()) {
            return Ok(by.to_string());
        }
        if let Some(user) = self.world.var("QOSTIL_USER") {
            return Ok(user.trim().to_string());
        }
        git_user_name(&self.root()).ok_or(Error::NoIdentity)
    }
}

/// One line of standard input.
fn read_answer() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

fn git_user_name(dir: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(dir)
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}
