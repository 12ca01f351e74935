//! qostil keeps the Kazakh and Russian versions of every article of a newsroom's
//! archive side by side, tells translators what is waiting for them, and tells
//! editors whether both versions still say the same thing.
//!
//! The library decides and returns values: [`store`] finds articles and reads and
//! writes the archive's files (ledger, snapshots of signed texts, settings),
//! [`segment`] numbers paragraphs, [`diff`] says what changed since a sign-off,
//! [`align`] and [`checks`] compare the two languages, [`workflow`] computes where
//! each article stands and records the work. Only the command layer
//! ([`commands`], [`report`], [`run`]) reads the world and prints. See
//! `ARCHITECTURE.md` for the data flow.

// The library's core, from the bottom up: pure layers first, the store (the only
// one that touches files), then the workflow that joins them.
pub mod align;
pub mod checks;
pub mod clock;
pub mod diff;
pub mod error;
pub mod identity;
pub mod lang;
pub mod segment;
pub mod store;
pub mod suggest;
pub mod value;
pub mod workflow;

// The command layer.
pub mod cli;
pub mod commands;
pub mod help;
pub mod i18n;
pub mod report;
pub mod run;
pub mod world;

#[cfg(test)]
mod i18n_audit;
