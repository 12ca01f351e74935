//! From parsed arguments to an exit code: the one place where the world (clock,
//! environment, terminal) comes in and where output goes out.

use crate::cli::{Cli, Command};
use crate::commands::{self, Context, Outcome};
use crate::error::Error;
use crate::i18n::Localizer;
use crate::report::Ui;
use crate::world::World;

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
        Command::Fsck(args) => commands::fsck::run(&mut cx, &args),
    };
    match result {
        Ok(outcome) => outcome,
        Err(e) => {
            cx.ui.error(&e);
            Outcome::Failed
        }
    }
}
