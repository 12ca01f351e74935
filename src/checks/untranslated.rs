//! `untranslated`: the same text on both sides of an aligned bead — a paragraph
//! copied into the other version and never translated.
//!
//! Both sides are folded to their words (lower case, punctuation dropped). When the
//! word sequences are equal, or nearly so (a few words edited after the copy), and
//! the text holds enough small-letter Cyrillic words to be translatable, the bead is
//! an error. Lines of names (`Арайлым Орсаринова`), numbers, Latin-only text and very
//! short lines are the same in both languages by nature and never fire.
//!
//! One sentence of a paragraph copied verbatim from its counterpart, beside
//! translated ones, is a warning at that paragraph quoting it
//! (`check_copied_sentence`, run by the runner after the `language` check found
//! nothing there): it catches sentences too short for `language` to judge.

use crate::checks::language::detect;
use crate::checks::scan::letters::{letter_runs, Word};
use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::{is_cyrillic, Lang};
use crate::segment::Paragraph;
use rustc_hash::FxHasher;
use std::collections::HashMap;
use std::hash::Hasher;

/// Settings of the `untranslated` check (`[checks.untranslated]`).
#[derive(Debug, Clone, serde::Deserialize)]
// `default`: a partial section takes the defaults for the keys it leaves out.
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct UntranslatedConfig {
    /// The text must hold at least this many Cyrillic words starting with a small
    /// letter (shared by both sides) to be translatable.
    pub min_words: usize,
    /// Share of common words (Dice coefficient over the word multisets) from which
    /// two sides count as the same text.
    #[serde(deserialize_with = "super::config::unit_interval")]
    pub similarity: f64,
}

impl Default for UntranslatedConfig {
    fn default() -> Self {
        UntranslatedConfig {
            min_words: 3,
            similarity: 0.8,
        }
    }
}

/// The folded words of a side: lower-cased letter runs and digit runs.
fn words(paras: &[&Paragraph]) -> Vec<String> {
    let mut out = Vec::new();
    for p in paras {
        let t = p.norm.as_str();
        for r in letter_runs(t) {
            out.push(crate::lang::lowercase(&t[r]));
        }
    }
    out
}

/// Hashes of the folded words of a side (the words of [`words`], hashed without
/// building them), sorted.
fn word_hashes(paras: &[&Paragraph]) -> Vec<u64> {
    let mut out = Vec::new();
    for p in paras {
        let t = p.norm.as_str();
        for r in letter_runs(t) {
            let w = &t[r];
            let mut h = FxHasher::default();
            // ASCII and basic Cyrillic lower-case letter by letter, exactly as
            // `lowercase` does; anything else goes through it.
            if w.chars()
                .all(|c| c.is_ascii() || ('\u{400}'..='\u{52F}').contains(&c))
            {
                for c in w.chars() {
                    h.write_u32(crate::lang::lower_char(c) as u32);
                }
            } else {
                for c in crate::lang::lowercase(w).chars() {
                    h.write_u32(c as u32);
                }
            }
            out.push(h.finish());
        }
    }
    out.sort_unstable();
    out
}

/// Dice coefficient of two sorted multisets of word hashes: never below the
/// coefficient of the words themselves (equal words have equal hashes).
fn dice_sorted(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Cyrillic words that start with a small letter in the text.
fn small_cyrillic(paras: &[&Paragraph]) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for p in paras {
        let t = p.norm.as_str();
        for r in letter_runs(t) {
            let w = &t[r];
            let first = w.chars().next().unwrap_or(' ');
            if is_cyrillic(first) && first.is_lowercase() {
                *m.entry(w.to_string()).or_insert(0) += 1;
            }
        }
    }
    m
}

/// Dice coefficient of two word multisets.
fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, isize> = HashMap::with_capacity(a.len());
    for w in a {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut common = 0usize;
    for w in b {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Checks one aligned bead for a text left untranslated.
#[cfg(test)]
pub(crate) fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    cfg: &UntranslatedConfig,
    out: &mut Vec<Finding>,
) {
    check_words(kk, ru, None, cfg, out);
}

/// Word counts of one side of a bead: (words with a Kazakh letter, the others),
/// from the [`words`](crate::checks::scan::letters::words) of its paragraphs, when
/// those are the words the check compares (the comparison text is the text).
fn counts(paras: &[&Paragraph], words: &[&[Word]]) -> Option<(usize, usize)> {
    if paras.iter().any(|p| p.norm != p.text) {
        return None;
    }
    let (mut kazakh, mut other) = (0, 0);
    for w in words.iter().flat_map(|w| w.iter()) {
        if w.is(Word::KAZAKH) {
            kazakh += 1;
        } else {
            other += 1;
        }
    }
    Some((kazakh, other))
}

/// [`check`] with, when the caller has them, the words of each paragraph of the
/// bead (kk, then ru).
pub(crate) fn check_words(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    scanned: Option<[&[&[Word]]; 2]>,
    cfg: &UntranslatedConfig,
    out: &mut Vec<Finding>,
) {
    let (Some(k0), Some(r0)) = (kk.first(), ru.first()) else {
        return;
    };
    // Quick exit: very different lengths cannot be the same text.
    let (lk, lr) = (
        kk.iter().map(|p| p.norm.len()).sum::<usize>(),
        ru.iter().map(|p| p.norm.len()).sum::<usize>(),
    );
    if lk == 0 || lr == 0 || lk.max(lr) as f64 > 1.6 * lk.min(lr) as f64 {
        return;
    }
    // Quick exit, without reading a letter: equal words agree on holding a
    // Kazakh letter, so the common words are at most the smaller count of each
    // kind — a Kazakh text against a Russian one has few to share. (Two sides
    // without words are the same text: left to the full test.)
    if let Some([wk, wr]) = scanned {
        if let (Some((kk_k, kk_o)), Some((ru_k, ru_o))) = (counts(kk, wk), counts(ru, wr)) {
            let total = kk_k + kk_o + ru_k + ru_o;
            let common = kk_k.min(ru_k) + kk_o.min(ru_o);
            if total > 0 && 2.0 * common as f64 / (total as f64) < cfg.similarity {
                return;
            }
        }
    }
    // Quick exit: the similarity of the word hashes bounds that of the words
    // (two sides without words are the same text: left to the full test).
    let (hk, hr) = (word_hashes(kk), word_hashes(ru));
    if !(hk.is_empty() && hr.is_empty()) && dice_sorted(&hk, &hr) < cfg.similarity {
        return;
    }
    let (wk, wr) = (words(kk), words(ru));
    let same = wk == wr;
    let sim = if same { 1.0 } else { dice(&wk, &wr) };
    if sim < cfg.similarity {
        return;
    }
    // Translatable: enough shared small-letter Cyrillic words.
    let (ck, cr) = (small_cyrillic(kk), small_cyrillic(ru));
    let shared: usize = ck
        .iter()
        .map(|(w, n)| (*n).min(cr.get(w).copied().unwrap_or(0)))
        .sum();
    if shared < cfg.min_words {
        return;
    }
    let joined: String = kk
        .iter()
        .map(|p| p.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let id = match detect(&joined) {
        Some(Lang::Kk) => "untranslated-kazakh-text",
        Some(Lang::Ru) => "untranslated-russian-text",
        None => "untranslated-same-text",
    };
    out.push(Finding {
        check: CheckId::Untranslated,
        severity: Severity::Error,
        kk: Some(Evidence::new(
            k0,
            std::iter::once(0..k0.text.len()).collect(),
        )),
        ru: Some(Evidence::new(
            r0,
            std::iter::once(0..r0.text.len()).collect(),
        )),
        message: Message::new(id).num("similarity", (sim * 100.0).round()),
    });
}

/// One sentence of a paragraph copied verbatim from its counterpart in the other
/// version (`counterparts`: the paragraphs the aligner paired it with) and left
/// untranslated beside translated ones: a warning at the paragraph, quoting the
/// sentence. Only a sentence in the other language counts (no Kazakh letter in a
/// sentence of the Kazakh version, one at least in the Russian version), holding
/// four words or more, three of them small-letter Cyrillic words: names, numbers
/// and Latin titles are the same in both versions by nature. The paragraph's
/// [`words`](crate::checks::scan::letters::words) are read, nothing is scanned
/// again; one finding per paragraph.
pub(crate) fn check_copied_sentence(
    p: &Paragraph,
    words: &[Word],
    lang: Lang,
    counterparts: &[&Paragraph],
    out: &mut Vec<Finding>,
) -> bool {
    if counterparts.is_empty() {
        return false;
    }
    let spans = crate::checks::language::sentences(&p.text);
    if spans.len() < 2 {
        return false;
    }
    for span in spans {
        let ws = crate::checks::language::words_in(words, &span);
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
            continue;
        };
        if ws.len() < COPIED_MIN_WORDS {
            continue;
        }
        let small = ws.iter().filter(|w| {
            w.is(Word::CYRILLIC_FIRST | Word::CYRILLIC_OR_MARKS) && !w.is(Word::CAPITAL_FIRST)
        });
        let (mut lower, mut kazakh) = (0, 0);
        for w in small {
            lower += 1;
            kazakh += usize::from(w.is(Word::KAZAKH));
        }
        let other_language = match lang {
            Lang::Kk => kazakh == 0,
            Lang::Ru => kazakh >= 1,
        };
        if lower < COPIED_MIN_SMALL || !other_language {
            continue;
        }
        let core = &p.text[first.range().start..last.range().end];
        if !counterparts.iter().any(|q| q.text.contains(core)) {
            continue;
        }
        let id = match lang {
            Lang::Kk => "untranslated-sentence-from-russian",
            Lang::Ru => "untranslated-sentence-from-kazakh",
        };
        let evidence = Some(Evidence::new(p, vec![span.clone()]));
        let (kk, ru) = match lang {
            Lang::Kk => (evidence, None),
            Lang::Ru => (None, evidence),
        };
        out.push(Finding {
            check: CheckId::Untranslated,
            severity: Severity::Warning,
            kk,
            ru,
            message: Message::new(id).str("sentence", &p.text[span]),
        });
        return true;
    }
    false
}

/// Fewest words of a sentence that [`check_copied_sentence`] reads as copied.
const COPIED_MIN_WORDS: usize = 4;
/// Fewest small-letter Cyrillic words among them.
const COPIED_MIN_SMALL: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        let (k, r) = (segment(kk), segment(ru));
        let kr: Vec<&Paragraph> = k.iter().collect();
        let rr: Vec<&Paragraph> = r.iter().collect();
        let mut out = Vec::new();
        check(&kr, &rr, &UntranslatedConfig::default(), &mut out);
        // The quick exit through the words of the paragraphs finds the same.
        let words = |ps: &[Paragraph]| -> Vec<Vec<Word>> {
            ps.iter()
                .map(|p| crate::checks::scan::letters::words(&p.text))
                .collect()
        };
        let (wk, wr) = (words(&k), words(&r));
        let sk: Vec<&[Word]> = wk.iter().map(Vec::as_slice).collect();
        let sr: Vec<&[Word]> = wr.iter().map(Vec::as_slice).collect();
        let mut fast = Vec::new();
        let cfg = UntranslatedConfig::default();
        check_words(&kr, &rr, Some([&sk, &sr]), &cfg, &mut fast);
        assert_eq!(fast, out);
        out
    }

    // ntrex128/docs/001_bbc.381790, paragraph 3.
    const KK: &str = "Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды.";
    const RU: &str =
        "Вопрос возник в связи с планами по изменению названия ассамблеи на Парламент Уэльса.";

    #[test]
    fn copied_russian_paragraph_fires() {
        let f = run(RU, RU);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].message.id, "untranslated-russian-text");
        let f = run(KK, KK);
        assert_eq!(f[0].message.id, "untranslated-kazakh-text");
    }

    #[test]
    fn nearly_identical_copy_fires() {
        let edited = RU.replace("возник", "возникал");
        assert_eq!(run(&edited, RU).len(), 1);
    }

    #[test]
    fn real_translation_is_silent() {
        assert!(run(KK, RU).is_empty());
    }

    /// [`check_copied_sentence`] on `text` as a paragraph of the `lang` version,
    /// its counterpart being `other`: the marked sentence, if any.
    fn copied(text: &str, lang: Lang, other: &str) -> Option<(&'static str, String)> {
        let (p, q) = (&segment(text)[0], &segment(other)[0]);
        let words = crate::checks::scan::letters::words(&p.text);
        let mut out = Vec::new();
        let found = check_copied_sentence(p, &words, lang, &[q], &mut out);
        assert_eq!(found, !out.is_empty());
        assert!(out.len() <= 1);
        let f = out.pop()?;
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.side(lang.other()).is_none());
        let marked = p.text[f.side(lang)?.marks[0].clone()].to_string();
        assert_eq!(f.message.args.len(), 1);
        Some((f.message.id, marked))
    }

    // ntrex128/docs/045_reuters.218911, paragraph 4: a sentence too short for the
    // language check to judge, copied from the other version.
    const KK_SHORT: &str = "Қанша минут ойнай алатынын әлі көре жатармыз.";
    const RU_SHORT: &str = "Но еще предстоит выяснить, сколько времени ему предстоит отыграть.";

    #[test]
    fn a_sentence_copied_from_the_counterpart_is_a_warning_on_its_side() {
        let ru = format!("{RU_SHORT} {KK_SHORT}");
        assert_eq!(
            copied(&ru, Lang::Ru, KK_SHORT),
            Some(("untranslated-sentence-from-kazakh", KK_SHORT.to_string()))
        );
        let kk = format!("{KK_SHORT} {RU_SHORT}");
        assert_eq!(
            copied(&kk, Lang::Kk, RU_SHORT),
            Some(("untranslated-sentence-from-russian", RU_SHORT.to_string()))
        );
        // The copy is on the side whose language it is not: the Kazakh paragraph
        // whose sentence was copied into the Russian version is not reported.
        let kk = format!("{KK_SHORT} Ойын ертең басталады.");
        assert_eq!(copied(&kk, Lang::Kk, &ru), None);
    }

    #[test]
    fn shared_names_numbers_and_latin_are_not_copies() {
        // ntrex128/docs/091_nytimes.184825, paragraph 5: numbers and Latin names
        // shared, nothing copied.
        let kk = "2014 жылдан бері, прайм-тайм рейтингтері CNN-де екі еседен артық - 1,05 миллионға дейін, ал MSNBC-те үш есеге - 1,6 миллионға дейін жетті. Бұл рекорд.";
        let ru = "С 2014 года рейтинги прайм-тайм выросли более чем вдвое — до 1,05 миллиона на CNN и почти в три раза — до 1,6 миллиона на MSNBC.";
        assert_eq!(copied(kk, Lang::Kk, ru), None);
        assert_eq!(copied(ru, Lang::Ru, kk), None);
        // A line of names, the same in both versions, inside a paragraph.
        let kk = "Комиссия құрамы бекітілді. Ахметов Болат Ахметович, Сейітов Ерлан Маратович.";
        let ru = "Утвердить состав комиссии. Ахметов Болат Ахметович, Сейітов Ерлан Маратович.";
        assert_eq!(copied(kk, Lang::Kk, ru), None);
        assert_eq!(copied(ru, Lang::Ru, kk), None);
    }

    #[test]
    fn names_numbers_latin_and_short_lines_are_silent() {
        for t in [
            "Арайлым Орсаринова",
            "Ж. Жоргенбаев",
            "12 000 000",
            "DIGITAL SOCIAL RESEARCH",
            "Altainews.kz",
            // ntrex128/docs/001_bbc.381790: the same short Latin quote.
            "twp – pwp",
        ] {
            assert!(run(t, t).is_empty(), "{t}");
        }
    }
}
