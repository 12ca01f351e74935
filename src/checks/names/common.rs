//! Capitalised common nouns are not names: `Закона`, `Переписи`, `Заңының`,
//! `Құрмет` start document titles and institutions, and the other version
//! translates them (`Заң` ↔ `Закон`) rather than transliterates them, so the names
//! check would report each as missing.
//!
//! The words come from the parallel corpus (`common_words.txt`, made by
//! `examples/learn_common_words.rs`): every word the corpus writes with a small
//! letter mid-sentence. A capitalised word is a common noun when it shares an
//! inflectional stem with one of them: both are the stem plus at most a short
//! ending. Words that make an adjective of a name (`казахстанский`,
//! `қазақстандық`) are not learned, so `Казахстан` stays a name.

use super::stem;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Letters a stem may lose to an ending and still be the same word: a Russian
/// ending, or a chain of Kazakh suffixes (`Елтаңба|сының`).
const MAX_CUT: [usize; 2] = [7, 4];
/// Shorter stems say nothing.
pub(super) const MIN_LEN: usize = 4;

/// A few title words the corpus may not hold in lower case.
const BUILT_IN: [&[&str]; 2] = [
    &[
        "заң",
        "заңы",
        "ереже",
        "қағида",
        "қағидалар",
        "шешім",
        "санақ",
        "елтаңба",
        "жарлық",
        "қаулы",
        "кодекс",
        "кодексі",
        "бағдарлама",
        "тұжырымдама",
        "құрмет",
        "грамота",
        "одақ",
    ],
    &[
        "закон",
        "положение",
        "правила",
        "решение",
        "перепись",
        "герб",
        "указ",
        "постановление",
        "кодекс",
        "программа",
        "концепция",
        "почетный",
        "грамота",
        "союз",
    ],
];

struct Sets {
    stems: [FxHashSet<Vec<char>>; 2],
    /// Whole words shorter than [`MIN_LEN`] (`бас`, `сот`, `бұл`): too short to
    /// stem, compared as they are.
    short: [FxHashSet<Vec<char>>; 2],
}

fn learned() -> &'static Sets {
    static S: OnceLock<Sets> = OnceLock::new();
    S.get_or_init(|| {
        let mut stems: [FxHashSet<Vec<char>>; 2] = Default::default();
        let mut short: [FxHashSet<Vec<char>>; 2] = Default::default();
        let mut side = 0;
        let mut buf = Vec::new();
        let mut lens = Vec::new();
        let text = include_str!("common_words.txt");
        let lines = text.lines().map(|l| (None, l));
        let built = BUILT_IN
            .iter()
            .enumerate()
            .flat_map(|(s, l)| l.iter().map(move |w| (Some(s), *w)));
        for (fixed, line) in lines.chain(built) {
            let line = line.trim();
            match line {
                "" => continue,
                "[kk]" => side = 0,
                "[ru]" => side = 1,
                l if l.starts_with('#') => continue,
                word => {
                    let s = fixed.unwrap_or(side);
                    buf.clear();
                    stem::push_word(word, &mut buf);
                    if fixed.is_none() && derived_from_name(&buf, s == 0) {
                        continue;
                    }
                    if buf.len() < MIN_LEN {
                        short[s].insert(buf.clone());
                    }
                    for &n in stems_of(&buf, s == 0, &mut lens) {
                        stems[s].insert(buf[..n].to_vec());
                    }
                }
            }
        }
        Sets { stems, short }
    })
}

/// The stem lengths of a word that cut at most [`MAX_CUT`] letters of its
/// language.
fn stems_of<'a>(word: &[char], kazakh: bool, lens: &'a mut Vec<usize>) -> &'a [usize] {
    lens.clear();
    if kazakh {
        stem::kk_stems_into(word, lens);
    } else {
        stem::ru_stems_into(word, lens);
    }
    let max_cut = MAX_CUT[usize::from(!kazakh)];
    lens.retain(|&n| n >= MIN_LEN && word.len() - n <= max_cut);
    lens
}

/// An adjective or a demonym made of a name (`казахстанский`, `қазақстандық`,
/// `алматылық`): written small, yet its stem is a name.
fn derived_from_name(word: &[char], kazakh: bool) -> bool {
    let s: String = word.iter().map(|&c| stem::fold(c)).collect();
    if kazakh {
        ["лык", "лик", "дык", "дик", "тык", "тик", "лыктар", "ликтер"]
            .iter()
            .any(|e| s.ends_with(e))
            || s.contains("стан")
    } else {
        let core = s.trim_end_matches(|c| "аеиоуыюяйхмьг".contains(c));
        core.ends_with("ск") || core.ends_with("цк") || core.ends_with("ц") || s.contains("стан")
    }
}

/// Is this word (normalised letters, see [`stem::push_word`]) a common noun the
/// corpus writes small?
pub(super) fn is_common(letters: &[char], kazakh: bool) -> bool {
    let sets = learned();
    if letters.len() < MIN_LEN {
        return sets.short[usize::from(!kazakh)].contains(letters);
    }
    let mut lens = Vec::new();
    let set = &sets.stems[usize::from(!kazakh)];
    stems_of(letters, kazakh, &mut lens)
        .iter()
        .any(|&n| set.contains(&letters[..n]))
}

/// [`is_common`] of a word of [`MIN_LEN`] letters or more whose stems
/// (`stem::kk_stems_into` or `stem::ru_stems_into` of `letters`) are `stems`:
/// a side keeps its parts' stems, and need not have them made again.
pub(super) fn is_common_stemmed(letters: &[char], stems: &[usize], kazakh: bool) -> bool {
    debug_assert!(letters.len() >= MIN_LEN);
    let set = &learned().stems[usize::from(!kazakh)];
    let max_cut = MAX_CUT[usize::from(!kazakh)];
    stems
        .iter()
        .any(|&n| n >= MIN_LEN && letters.len() - n <= max_cut && set.contains(&letters[..n]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn common(w: &str, kazakh: bool) -> bool {
        let mut v = Vec::new();
        stem::push_word(w, &mut v);
        is_common(&v, kazakh)
    }

    #[test]
    fn title_words_are_common_nouns() {
        for w in [
            "Закона",
            "Переписи",
            "Положение",
            "Правил",
            "Герба",
            "Решением",
        ] {
            assert!(common(w, false), "{w}");
        }
        for w in [
            "Заңының",
            "Ережесі",
            "Қағидаларына",
            "Шешімі",
            "Санақ",
            "Елтаңбасы",
            // akimat/almaty-oblast-2017-0426-112281 ¶32: a chain of five letters.
            "Елтаңбасының",
            "Елтаңбасынан",
        ] {
            assert!(common(w, true), "{w}");
        }
    }

    #[test]
    fn names_stay_names() {
        for w in ["Казахстана", "Токаевым", "Петровым", "Капчагая", "Алматы"]
        {
            assert!(!common(w, false), "{w}");
        }
        for w in [
            "Қазақстанның",
            "Тоқаевтың",
            "Қапшағай",
            "Мұхтаров",
            "Серікбаева",
        ] {
            assert!(!common(w, true), "{w}");
        }
    }
}
