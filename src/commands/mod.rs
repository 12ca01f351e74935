//! One file per subcommand. Each reads what it needs, asks the library to decide,
//! and hands the values to the printers in [`crate::report`].

pub mod act;
pub mod check;
pub mod diff;
pub mod init;
pub mod log;
pub mod new;
pub mod show;
pub mod status;
