//! Sorts the Hunspell word lists in `dict/` by their lower-cased stem, so that
//! `src/diff/lexicon.rs` can find the lines of a stem by binary search and hand
//! `spellbook` a dictionary of only the stems a word can come from, instead of
//! parsing the whole list (3.4 MB for Russian) on the first one-letter edit.
//!
//! Writes `$OUT_DIR/ru.dic` and `$OUT_DIR/kk.dic`: the same lines as the shipped
//! `.dic` (count line first, then every entry unchanged), in the order of
//! `(lowercase(stem), line)`. The sort key must stay the one `lexicon::stem_key`
//! computes: the stem is the text before the first `/`, lower-cased char by char.

use std::path::Path;

fn stem_key(line: &str) -> String {
    let stem = line.split('/').next().unwrap_or(line);
    stem.chars().flat_map(char::to_lowercase).collect()
}

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for (code, dic) in [("ru", "dict/ru/ru_RU.dic"), ("kk", "dict/kk/kk_KZ.dic")] {
        println!("cargo:rerun-if-changed={dic}");
        let text = std::fs::read_to_string(dic).unwrap_or_else(|e| panic!("{dic}: {e}"));
        let mut lines = text.lines();
        let count = lines.next().unwrap_or("0").trim();
        let mut entries: Vec<(String, &str)> = lines
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| (stem_key(l), l))
            .collect();
        entries.sort_unstable();
        let mut sorted = String::with_capacity(text.len() + 16);
        sorted.push_str(count);
        sorted.push('\n');
        for (_, line) in &entries {
            sorted.push_str(line);
            sorted.push('\n');
        }
        std::fs::write(Path::new(&out).join(format!("{code}.dic")), sorted)
            .unwrap_or_else(|e| panic!("writing the sorted {dic}: {e}"));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
