//! `qostil completions SHELL` and `qostil man`: generated from the same localized
//! command tree as `--help`, so their descriptions are in the user's language.

use crate::cli::Cli;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use clap::CommandFactory;

fn command(cx: &Context) -> clap::Command {
    crate::help::localized(Cli::command(), &Localizer::new(cx.ui.l10n.lang()))
}

/// Prints the completion script of `shell`.
pub fn run(cx: &mut Context, shell: clap_complete::Shell) -> Result<Outcome> {
    let mut cmd = command(cx);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "qostil", &mut out);
    cx.ui.lines(&String::from_utf8_lossy(&out));
    Ok(Outcome::Clean)
}

/// Prints the manual page in roff (`qostil man | man -l -`).
pub fn man(cx: &mut Context) -> Result<Outcome> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command(cx))
        .render(&mut out)
        .map_err(|e| Error::io("qostil.1", e))?;
    cx.ui.lines(&String::from_utf8_lossy(&out));
    Ok(Outcome::Clean)
}
