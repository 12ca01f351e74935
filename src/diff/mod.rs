//! The diff engine: what changed in a version since a sign-off.
//!
//! [`drift`] pairs the paragraphs of two texts (moves, splits, merges) and points at
//! their counterparts in the other language; [`words`] diffs two paragraphs word by
//! word and classes each change cosmetic or substantive; [`changes`] puts both
//! together for one article against one sign-off in its ledger.

pub mod changes;
pub mod drift;
pub mod lexicon;
pub mod words;
