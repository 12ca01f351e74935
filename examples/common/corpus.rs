//! Reading the shared kk/ru corpus (`../shared/corpus` beside the crate; see its
//! README for sources and licences): document folders with `kk.txt` and `ru.txt`
//! (paragraphs separated by a blank line) and the NTREX `kk<TAB>ru` segment list.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The corpus folder: `../shared/corpus` relative to the crate root.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The paragraphs of a corpus text file: blocks separated by a blank line, each
/// with its inner line breaks folded to spaces.
pub fn read_blocks(path: &Path) -> std::io::Result<Vec<String>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .split("\n\n")
        .map(|b| b.trim().replace('\n', " "))
        .filter(|b| !b.is_empty())
        .collect())
}

/// The document folders below `dir` (those holding a `kk.txt`), sorted by name.
pub fn doc_dirs(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("kk.txt").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// A document's (kk, ru) paragraphs.
pub fn read_doc(dir: &Path) -> std::io::Result<(Vec<String>, Vec<String>)> {
    Ok((
        read_blocks(&dir.join("kk.txt"))?,
        read_blocks(&dir.join("ru.txt"))?,
    ))
}

/// The `kk<TAB>ru` lines of a segment list, both sides trimmed, empty ones left out.
pub fn read_tsv(path: &Path) -> std::io::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, r)| (k.trim().to_string(), r.trim().to_string()))
        .filter(|(k, r)| !k.is_empty() && !r.is_empty())
        .collect())
}
