//! The archive on disk: finding articles and their ids, reading their metadata and
//! versions, the settings, the append-only ledger and the snapshots of signed texts.
//!
//! This is the only layer of the library that touches the file system; every write
//! goes through [`files`] (atomic replace, create-new, append under a lock).

pub mod archive;
pub mod article;
pub mod files;
pub mod fsck;
pub mod ledger;
pub mod prints;
pub mod settings;
pub mod site;
pub mod snapshots;
pub mod vocabulary;
pub mod vocabulary_cache;
pub mod word_cache;
