//! Integration tests of the `qostil` command line: the real binary, run with a
//! cleared environment on archives built in temporary folders.

mod support;

mod align_content;
mod bad_input;
mod big;
mod check;
mod commands;
mod concurrency;
mod diff;
mod floor;
mod git_merge;
mod i18n;
mod layers;
mod roster;
mod rules;
mod states;
