//! The work on an article: where it stands ([`state`]), recording claims, sign-offs
//! and approvals under the rules of the roster ([`record`]), and reading what the
//! checks need from the archive ([`assess`]).

pub mod assess;
pub mod learned;
pub mod record;
pub mod since;
pub mod state;
