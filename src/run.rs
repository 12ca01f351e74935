//! From parsed arguments to an exit code: the one place where the world (clock,
//! environment, terminal) comes in and where output goes out.

use crate::archive::Archive;
use crate::cli::{Cli, Command};
use crate::commands;
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::report::Ui;
use chrono::{DateTime, FixedOffset};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Everything from outside the program, gathered by `main` and passed in.
#[derive(Debug, Clone)]
pub struct World {
    /// The working directory.
    pub cwd: PathBuf,
    /// The environment's variables.
    pub vars: BTreeMap<String, String>,
    /// Now, in the newsroom's time zone.
    pub now: DateTime<FixedOffset>,
    /// A fixed clock (`QOSTIL_NOW`) that could not be read, if any.
    pub bad_clock: Option<String>,
    /// Whether standard output is a terminal (colour on unless `NO_COLOR`).
    pub stdout_tty: bool,
    /// Whether standard error is a terminal (progress bars).
    pub stderr_tty: bool,
}

impl World {
    /// A variable of the environment, if set and not empty.
    pub fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).filter(|v| !v.is_empty()).cloned()
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// All went well, nothing to report.
    Clean = 0,
    /// Findings at error level.
    Findings = 1,
    /// Something could not be done.
    Failed = 2,
}

/// What a command needs: the world, the messages, the output.
#[derive(Debug)]
pub struct Context<'a> {
    pub world: &'a World,
    pub ui: Ui,
    root_flag: Option<PathBuf>,
}

impl Context<'_> {
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

fn git_user_name(dir: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(dir)
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}

/// Runs a parsed command line.
pub fn run(cli: Cli, world: &World) -> Outcome {
    let lang = crate::i18n::negotiate(cli.lang.as_deref(), &|v| world.var(v));
    let color = world.stdout_tty
        && world.var("NO_COLOR").is_none()
        && world.var("TERM").as_deref() != Some("dumb");
    let mut ui = Ui::new(
        Localizer::new(lang),
        color,
        world.stderr_tty && world.var("NO_COLOR").is_none(),
    );
    // Paths in messages are shown relative to where the user stands.
    ui.base = Some(world.cwd.clone());
    let mut cx = Context {
        world,
        ui,
        root_flag: cli.root,
    };
    if let Some(value) = &world.bad_clock {
        cx.ui.error(&Error::InvalidClock {
            value: value.clone(),
        });
        return Outcome::Failed;
    }
    let result = match cli.command {
        Command::Init => commands::init::run(&mut cx),
        Command::New(args) => commands::new::run(&mut cx, &args),
        Command::Claim(args) => commands::act::claim(&mut cx, &args),
        Command::Reopen(args) => commands::act::reopen(&mut cx, &args),
        Command::Note(args) => commands::act::note(&mut cx, &args),
        Command::Sign(args) => commands::act::sign(&mut cx, &args),
        Command::Approve(args) => commands::act::approve(&mut cx, &args),
        Command::Status(args) => commands::status::run(&mut cx, &args),
        Command::Log(args) => commands::log::run(&mut cx, &args),
        Command::Show(args) => commands::show::run(&mut cx, &args),
        Command::Check(args) => commands::check::run(&mut cx, &args),
        Command::Diff(args) => commands::diff::run(&mut cx, &args),
    };
    match result {
        Ok(outcome) => outcome,
        Err(e) => {
            cx.ui.error(&e);
            Outcome::Failed
        }
    }
}
