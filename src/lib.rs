//! qostil keeps the Kazakh and Russian versions of every article of a newsroom's
//! archive side by side, tells translators what is waiting for them, and tells
//! editors whether both versions still say the same thing.
//!
//! The library decides and returns values: [`archive`] finds articles,
//! [`segment`] numbers their paragraphs, [`ledger`] and [`history`] record the work,
//! [`state`] computes where each article stands, [`drift`] says what changed since
//! a sign-off, [`align`] and [`checks`] compare the two languages. Only the
//! command layer ([`commands`], [`report`], [`run`]) reads the world and prints.

// The library's core.
pub mod align;
pub mod archive;
pub mod article;
pub mod changes;
pub mod checks;
pub mod clock;
pub mod drift;
pub mod error;
pub mod files;
pub mod history;
pub mod lang;
pub mod ledger;
pub mod segment;
pub mod settings;
pub mod state;
pub mod words;
pub mod workflow;

// The command layer.
pub mod cli;
pub mod commands;
pub mod i18n;
pub mod report;
pub mod run;

#[cfg(test)]
mod i18n_audit;
