//! Integration tests of the `qostil` command line: the real binary, run with a
//! cleared environment on archives built in temporary folders.

mod support;

mod align_content;
mod bad_input;
mod big;
mod browser;
mod check;
mod commands;
mod concurrency;
mod diff;
mod escapes;
mod fix;
mod floor;
mod forgiving;
mod git_merge;
mod hardening;
mod help;
mod i18n;
mod layers;
mod learned;
mod lock_order;
mod long_entries;
mod lost_history;
mod report;
mod roster;
mod rules;
mod spelling;
mod states;
mod terminal;
mod tour;
mod vocabulary;
mod workflow;
