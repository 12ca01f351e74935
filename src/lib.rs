//! qostil keeps the Kazakh and Russian versions of every article of a newsroom's
//! archive side by side, tells translators what is waiting for them, and tells
//! editors whether both versions still say the same thing.
//!
//! The library decides and returns values; only the binary's printers in
//! [`report`] and `main.rs` turn them into text.

pub mod align;
pub mod archive;
pub mod article;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod drift;
pub mod error;
pub mod files;
pub mod history;
pub mod i18n;
#[cfg(test)]
mod i18n_audit;
pub mod lang;
pub mod ledger;
pub mod report;
pub mod run;
pub mod segment;
pub mod settings;
pub mod state;
pub mod words;
pub mod workflow;
