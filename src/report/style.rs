//! The few colours qostil uses.

use anstyle::{AnsiColor, Style};

pub const HEADER: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const INFO: Style = AnsiColor::Cyan.on_default();
pub const OK: Style = AnsiColor::Green.on_default();
pub const DELETE: Style = AnsiColor::Red.on_default().strikethrough();
pub const INSERT: Style = AnsiColor::Green.on_default().underline();
pub const MARK: Style = AnsiColor::Magenta.on_default().bold();
