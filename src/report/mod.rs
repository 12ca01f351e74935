//! The printers: everything qostil shows a person or a program goes out here.
//!
//! Human output is localized through Fluent and coloured only on a terminal;
//! JSON output is one document on standard output. A closed pipe (`qostil status |
//! head`) is remembered ([`Ui::closed`]): nothing more is written, commands may stop
//! early, and the binary decides what it means (it ends quietly with success, as
//! ripgrep does).
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod diff;
pub mod errors;
pub mod escape;
pub mod html;
pub mod progress;
pub mod show;
pub mod status;
pub mod style;
pub mod usage;
pub mod wrap;

use crate::error::Error;
use crate::i18n::{Localizer, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The output side of a run.
#[derive(Debug)]
pub struct Ui {
    pub l10n: Localizer,
    /// ANSI colour on standard output.
    pub color: bool,
    /// Progress bars on standard error.
    pub progress: bool,
    /// Paths are shown relative to this folder.
    pub base: Option<PathBuf>,
    /// The terminal's width in columns, if output goes to one (tables fit it).
    pub width: Option<usize>,
    /// Set when standard output was closed by its reader.
    closed: AtomicBool,
}

impl Ui {
    pub fn new(l10n: Localizer, color: bool, progress: bool) -> Ui {
        Ui {
            l10n,
            color,
            progress,
            base: None,
            width: None,
            closed: AtomicBool::new(false),
        }
    }

    /// Whether standard output was closed by its reader (a pipe into `head`):
    /// nothing more is written, and a long command may stop.
    pub fn closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    /// Runs a write to standard output unless it was closed; a closed pipe is
    /// remembered, any other error dropped (there is nowhere left to say it).
    fn out(&self, write: impl FnOnce() -> std::io::Result<()>) {
        if self.closed() {
            return;
        }
        if let Err(e) = write() {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.closed.store(true, Ordering::Relaxed);
            }
        }
    }

    /// A localized message.
    ///
    /// Text arguments come from files, ledgers and the command line: their control
    /// characters are made visible (see [`escape`]).
    pub fn msg(&self, id: &str, args: &[(&str, Value)]) -> String {
        let escaped: Vec<(&str, Value)> = args
            .iter()
            .map(|(k, v)| match v {
                Value::Str(s) => (*k, Value::Str(escape::inline(s).into_owned())),
                other => (*k, other.clone()),
            })
            .collect();
        self.l10n.msg(id, &escaped)
    }

    /// A localized message whose text arguments the caller has escaped already
    /// (and may have painted).
    pub fn msg_escaped(&self, id: &str, args: &[(&str, Value)]) -> String {
        self.l10n.msg(id, args)
    }

    /// A line as it may reach the terminal: with colour on, qostil's own colour
    /// sequences stay (texts from files were escaped where they were put in);
    /// without colour, no escape sequence at all passes.
    fn shown<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.color {
            escape::block(text)
        } else {
            escape::text(text)
        }
    }

    /// Writes one line to standard output.
    pub fn line(&self, text: &str) {
        self.out(|| writeln!(std::io::stdout().lock(), "{}", self.shown(text)));
    }

    /// Writes lines (each ending in a line feed) to standard output in one write.
    pub fn lines(&self, text: &str) {
        self.out(|| {
            std::io::stdout()
                .lock()
                .write_all(self.shown(text).as_bytes())
        });
    }

    /// Writes a JSON document to standard output.
    /// Written as it is serialised, never held whole in memory.
    pub fn json<T: serde::Serialize + ?Sized>(&self, value: &T) {
        // Large documents (`check` of a whole archive): fewer, larger writes.
        self.out(|| {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, value)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush())
        });
    }

    /// Writes a localized message to standard error.
    pub fn note(&self, id: &str, args: &[(&str, Value)]) {
        let text = self.msg(id, args);
        let _ = writeln!(std::io::stderr().lock(), "{}", escape::text(&text));
    }

    /// Writes an error to standard error, localized.
    pub fn error(&self, error: &Error) {
        let text = errors::render(error, self);
        let prefix = self.msg("label-error", &[]);
        let _ = writeln!(
            std::io::stderr().lock(),
            "{prefix}: {}",
            escape::text(&text)
        );
    }

    /// A path as the user should see it: relative to the base folder when inside it.
    pub fn path(&self, path: &Path) -> String {
        let shown = self
            .base
            .as_deref()
            .and_then(|b| path.strip_prefix(b).ok())
            .filter(|rel| !rel.as_os_str().is_empty())
            .unwrap_or(path);
        shown.display().to_string()
    }

    /// Paints `text` with a style when colour is on.
    pub fn paint(&self, style: anstyle::Style, text: &str) -> String {
        let text = escape::text(text);
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.into_owned()
        }
    }
}
