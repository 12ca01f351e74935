//! From parsed arguments to an exit code: the one place where the world (clock,
//! environment, terminal) comes in and where output goes out.

use crate::cli::{Cli, Command};
use crate::commands::{self, Context, Outcome};
use crate::error::Error;
use crate::i18n::Localizer;
use crate::report::Ui;
use crate::world::World;

/// Parses the command line in the user's language (help, usage errors), then runs it.
pub fn main(args: Vec<std::ffi::OsString>, world: &World) -> Outcome {
    use clap::{CommandFactory, FromArgMatches};
    let lang = crate::i18n::negotiate(lang_flag(&args).as_deref(), &|v| world.var(v));
    let l10n = Localizer::new(lang);
    let cmd = crate::help::localized(Cli::command(), &l10n);
    match cmd
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => run(cli, world),
        Err(e) if crate::report::usage::clap_error(&e, &l10n) => Outcome::Failed,
        Err(_) => Outcome::Clean,
    }
}

/// `--lang X` or `--lang=X`, looked for before clap parses (its help and errors
/// need the language already).
fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// Runs a parsed command line.
pub fn run(cli: Cli, world: &World) -> Outcome {
    let lang = crate::i18n::negotiate(cli.lang.as_deref(), &|v| world.var(v));
    let color = match cli.color {
        crate::cli::ColorChoice::Always => true,
        crate::cli::ColorChoice::Never => false,
        // CLICOLOR_FORCE (for `less -R`) wins over the terminal test, NO_COLOR over both.
        crate::cli::ColorChoice::Auto => {
            world.var("NO_COLOR").is_none()
                && (world.var("CLICOLOR_FORCE").is_some_and(|v| v != "0")
                    || world.stdout_tty && world.var("TERM").as_deref() != Some("dumb"))
        }
    };
    let mut ui = Ui::new(
        Localizer::new(lang),
        color,
        world.stderr_tty && world.var("NO_COLOR").is_none(),
    );
    // Paths in messages are shown relative to where the user stands.
    ui.base = Some(world.cwd.clone());
    ui.width = world.width;
    let mut cx = Context::new(world, ui, cli.root);
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
        Command::Unclaim(args) => commands::act::unclaim(&mut cx, &args),
        Command::Revoke(args) => commands::act::revoke(&mut cx, &args),
        Command::Accept(args) => commands::act::accept(&mut cx, &args),
        Command::Report(args) => commands::report::run(&mut cx, &args),
        Command::Completions(args) => commands::completions::run(&mut cx, args.shell),
        Command::Man => commands::completions::man(&mut cx),
        Command::Fsck(args) => commands::fsck::run(&mut cx, &args),
        Command::Fix(args) => commands::fix::run(&mut cx, &args),
    };
    match result {
        _ if cx.ui.closed() => Outcome::OutputClosed,
        Ok(outcome) => outcome,
        Err(e) => {
            cx.ui.error(&e);
            Outcome::Failed
        }
    }
}
