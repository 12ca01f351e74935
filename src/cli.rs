//! The command line, as clap parses it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Keeps the Kazakh and Russian versions of every article in sync.
#[derive(Debug, Parser)]
#[command(name = "qostil", version, about, long_about = None)]
pub struct Cli {
    /// Language of messages: kk, ru or en (default: from the environment).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// The archive root (default: the nearest folder upwards holding qostil.toml).
    #[arg(long, short = 'C', global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Colour: auto (on a terminal), always, never.
    #[arg(long, global = true, value_enum, default_value_t, value_name = "COLOR")]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Output format of reporting commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    #[default]
    Human,
    Json,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up an archive here: qostil.toml, articles/, .gitattributes.
    Init,
    /// Create a new article.
    New(NewArgs),
    /// Take an article to translate.
    Claim(ClaimArgs),
    /// Sign a translation: "I translated it".
    Sign(SignArgs),
    /// Approve articles for publication (editors).
    Approve(ApproveArgs),
    /// Send a signed article back for work.
    Reopen(ActArgs),
    /// Add a note to an article's ledger.
    Note(NoteArgs),
    /// What needs work: every article's state.
    Status(StatusArgs),
    /// The ledger: who did what, when.
    Log(LogArgs),
    /// Both versions of an article, paragraph by paragraph.
    Show(ShowArgs),
    /// Give up a claim (the holder; an editor with --note).
    Unclaim(ActArgs),
    /// Withdraw a mistaken sign-off or approval, as a new ledger entry.
    Revoke(RevokeArgs),
    /// Accept one finding of the checks as no defect (editors).
    Accept(AcceptArgs),
    /// Do both versions say the same thing? Cross-language checks.
    Check(CheckArgs),
    /// What changed in each version since the last sign-off, word by word.
    Diff(DiffArgs),
    /// A static HTML report: an index and both versions of every article side by side.
    Report(ReportArgs),
    /// A shell completion script: bash, zsh, fish or powershell.
    Completions(CompletionsArgs),
    /// The manual page (roff), in the language of the messages.
    Man,
    /// Look for torn ledger entries, orphaned or altered stored texts and
    /// leftover temporary files; --repair repairs what can be repaired.
    Fsck(FsckArgs),
    /// Safe mechanical fixes in both versions: look-alike letters, doubled spaces.
    Fix(FixArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct FsckArgs {
    /// Cut off torn ledger entries, remove orphaned stored texts and temporary files.
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    pub id: String,
    /// Compare with an older sign-off: its entry id (as `log` shows it), or a date
    /// (YYYY-MM-DD) or time (RFC 3339) — the last sign-off made by then.
    #[arg(long, value_name = "ENTRY|DATE")]
    pub since: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The article's id: its folder below articles/ (e.g. 2026/vktu-round-table).
    pub id: String,
    /// The language of the original.
    #[arg(long, value_parser = ["kk", "ru"])]
    pub source: String,
    /// The publication date (YYYY-MM-DD; default: today, UTC+05:00).
    #[arg(long)]
    pub date: Option<chrono::NaiveDate>,
    /// The section of the outlet.
    #[arg(long)]
    pub section: Option<String>,
    /// The title, written as the first line of the original.
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct Who {
    /// Who acts (default: QOSTIL_USER, then git config user.name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// A note kept in the ledger.
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ActArgs {
    pub id: String,
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    pub id: String,
    /// Who writes the note.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// The note.
    #[arg(long, required = true)]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The articles to sign.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub ids: Vec<String>,
    /// Sign every article that has a translation (to adopt an existing archive).
    #[arg(long)]
    pub all: bool,
    /// The original changed, but the translation needs no change; needs --note.
    #[arg(long)]
    pub unchanged: bool,
    /// Sign even though the checks find errors; needs --note saying why.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub batch: Batch,
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The articles to approve.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub ids: Vec<String>,
    /// Approve every signed article (to adopt an existing archive).
    #[arg(long)]
    pub all: bool,
    /// Approve even though the checks find errors; needs --note saying why.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub batch: Batch,
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only the articles I hold.
    #[arg(long, conflicts_with = "by")]
    pub mine: bool,
    /// Only the articles NAME holds.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Only articles in this state.
    #[arg(long, value_parser = ["untranslated", "in-progress", "translated", "approved", "stale", "edited"])]
    pub state: Option<String>,
    /// Show every article, approved ones too.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// One article (default: all).
    pub id: Option<String>,
    /// Only entries by NAME.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// The lowest severity to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SeverityArg {
    #[default]
    Info,
    Warning,
    Error,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The articles to check (default: all).
    pub ids: Vec<String>,
    /// Report findings of this severity and above.
    #[arg(long, value_enum, default_value_t)]
    pub severity: SeverityArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// List the findings an editor accepted, too.
    #[arg(long)]
    pub show_accepted: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ClaimArgs {
    pub id: String,
    /// Take over somebody else's claim; needs --note saying why.
    #[arg(long)]
    pub take: bool,
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    pub id: String,
    /// The entry to withdraw, as `log` shows it.
    pub entry: String,
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    pub id: String,
    /// The check, as `check` shows it in brackets (e.g. numbers).
    pub check: String,
    /// The paragraph the finding quotes, on either side (¶4 or 4).
    pub paragraph: String,
    #[command(flatten)]
    pub who: Who,
}

/// How `--all` goes about it.
#[derive(Debug, Args)]
pub struct Batch {
    /// With --all: list what would be done and why, and record nothing.
    #[arg(long, requires = "all")]
    pub dry_run: bool,
    /// With --all: do not ask for confirmation.
    #[arg(long, requires = "all")]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The articles to report (default: all).
    pub ids: Vec<String>,
    /// The folder to write the site to: missing, empty, or an earlier report.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// The articles to fix (default: all).
    pub ids: Vec<String>,
    /// Show what would change, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
