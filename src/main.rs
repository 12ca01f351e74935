//! The `qostil` binary: gathers the world, parses the arguments, runs, exits.

use qostil::commands::Outcome;
use qostil::run::main as run;
use qostil::world::World;
use std::io::IsTerminal;
use std::process::ExitCode;

/// The checks make and drop many small buffers per paragraph on two threads:
/// mimalloc serves that with less contention and fewer page faults than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let vars = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let clock = qostil::clock::Clock::from_fixed(std::env::var("QOSTIL_NOW").ok().as_deref());
    let world = World {
        cwd: std::env::current_dir().unwrap_or_default(),
        now: clock.clone().unwrap_or(qostil::clock::Clock::System).now(),
        clock: clock.clone().unwrap_or(qostil::clock::Clock::System),
        bad_clock: clock.err(),
        vars,
        stdout_tty: std::io::stdout().is_terminal(),
        stderr_tty: std::io::stderr().is_terminal(),
        width: terminal_width(),
    };
    match run(std::env::args_os().collect(), &world) {
        // A reader that closed the pipe (`qostil status | head`) got what it
        // wanted: end quietly with success, as ripgrep does.
        Outcome::OutputClosed => ExitCode::SUCCESS,
        outcome => ExitCode::from(outcome as u8),
    }
}

/// `COLUMNS` when set to a number, else the size of the terminal on standard output.
fn terminal_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return Some(n);
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
}
