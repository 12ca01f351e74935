//! Everything from outside the program — working folder, environment, clock,
//! terminals — gathered once by `main` and passed down, so that nothing below reads
//! the process's environment and tests can set every part of it.

use crate::clock::Clock;
use chrono::{DateTime, FixedOffset};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Everything from outside the program, gathered by `main` and passed in.
#[derive(Debug, Clone)]
pub struct World {
    /// The working directory.
    pub cwd: PathBuf,
    /// The environment's variables.
    pub vars: BTreeMap<String, String>,
    /// Now (when the run started), in the newsroom's time zone.
    pub now: DateTime<FixedOffset>,
    /// The clock itself, for times read later: a ledger entry's time is read
    /// under the article's lock.
    pub clock: Clock,
    /// A fixed clock (`QOSTIL_NOW`) that could not be read, if any.
    pub bad_clock: Option<String>,
    /// Whether standard output is a terminal (colour on unless `NO_COLOR`).
    pub stdout_tty: bool,
    /// Whether standard error is a terminal (progress bars).
    pub stderr_tty: bool,
    /// The width of the terminal in columns (`COLUMNS`, else the terminal's size
    /// when standard output is one); `None`: no limit (a pipe, a file).
    pub width: Option<usize>,
}

impl World {
    /// The time the run started on the real clock, `None` under a fixed one:
    /// the judge of which ledger entries lie in the future (see
    /// [`crate::store::ledger::Now`]).
    pub fn real_now(&self) -> Option<DateTime<FixedOffset>> {
        (self.clock == Clock::System).then_some(self.now)
    }

    /// A variable of the environment, if set and not empty.
    pub fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).filter(|v| !v.is_empty()).cloned()
    }
}
