//! Times the word table an archive learns from its approved articles
//! (`qostil::workflow::learned`): where it came from (cache or learned now), the
//! entries learned, the wall time. For measuring the cache alone; `check` does the
//! same before checking.
//!
//!     cargo run --release --example learn_archive -- ARCHIVE_DIR
#![allow(clippy::print_stdout)]

use qostil::workflow::learned::word_table_from;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("ARCHIVE_DIR"));
    let archive = qostil::store::archive::Archive::open(&dir).expect("an archive");
    let t0 = std::time::Instant::now();
    let found = archive.discover().found;
    let (table, source) = word_table_from(&archive, &found);
    println!(
        "{source:?}: {} entries learned from the archive, {:.3} s",
        table.learned_len(),
        t0.elapsed().as_secs_f64()
    );
}
