//! Glossary: a term of the archive's `glossary.toml` used on one side must be
//! rendered by its pair on the other.
//!
//! ```toml
//! [[term]]
//! kk = "мәслихат"
//! ru = "маслихат"
//!
//! [[term]]
//! kk = "облыс әкімдігі"
//! ru = "акимат области"
//! note = "not «администрация области»"
//! ```
//!
//! Terms are written in their base form and match inflected forms: a Kazakh word
//! matches when it is the term's word plus a chain of Kazakh suffixes (`мәслихат` →
//! `мәслихатының`; `әкімдік` → `әкімдігі`, with the voiced final consonant), a
//! Russian word when both share a stem once an ending is cut (`маслихат` →
//! `маслихата`, `область` → `области`). A multi-word term matches consecutive words.
//! Case is ignored.
//!
//! Prepare the glossary once ([`Glossary::prepare`]) and call [`check_prepared`] on
//! every bead; [`check`] prepares it on each call.

use crate::checks::names::stem;
use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::segment::Paragraph;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// The archive's `glossary.toml`: kk ↔ ru term pairs, one `[[term]]` table each.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(default)]
    pub term: Vec<Term>,
}

/// One kk ↔ ru term pair.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub kk: String,
    pub ru: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// Settings of the glossary check (`[checks.glossary]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct GlossaryConfig {
    /// Match inflected forms (Kazakh suffixes, Russian endings); when false, only
    /// the words exactly as written in the glossary (case ignored).
    pub inflected: bool,
}

impl Default for GlossaryConfig {
    fn default() -> Self {
        GlossaryConfig { inflected: true }
    }
}

/// A glossary made ready for matching: terms as normalised letters, indexed by
/// their first letters.
#[derive(Debug, Clone, Default)]
pub struct PreparedGlossary {
    terms: Vec<PreparedTerm>,
    kk_index: HashMap<Key, Vec<usize>>,
    ru_index: HashMap<Key, Vec<usize>>,
}

#[derive(Debug, Clone)]
struct PreparedTerm {
    kk: String,
    ru: String,
    kk_words: Vec<Vec<char>>,
    ru_words: Vec<Vec<char>>,
    /// Stem lengths of each Russian word of the term.
    ru_stems: Vec<Vec<usize>>,
}

type Key = [char; 3];

/// Index key: the first three letters (fewer for a shorter word). Kazakh words keep
/// their first letters in every inflected form, Russian stems too (a stem has at
/// least three letters).
fn key(word: &[char]) -> Key {
    let mut k = [' '; 3];
    for (slot, &c) in k.iter_mut().zip(word) {
        *slot = c;
    }
    k
}

fn words_of(s: &str) -> Vec<Vec<char>> {
    let mut out = Vec::new();
    for_each_word(s, |w, _| {
        let mut v = Vec::new();
        stem::push_word(w, &mut v);
        out.push(v);
    });
    out
}

/// Calls `f` with every word of `text` (letters, with hyphens between letters) and
/// its byte range.
fn for_each_word(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut start: Option<usize> = None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let letter = crate::lang::is_alphabetic(c);
        let inner_hyphen = matches!(c, '-' | '\u{2010}' | '\u{2011}')
            && start.is_some()
            && it
                .peek()
                .is_some_and(|&(_, d)| crate::lang::is_alphabetic(d));
        match (start, letter || inner_hyphen) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                f(&text[s..i], s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        f(&text[s..], s..text.len());
    }
}

impl Glossary {
    /// Normalises and indexes the terms once, for [`check_prepared`].
    pub fn prepare(&self) -> PreparedGlossary {
        let mut g = PreparedGlossary::default();
        for t in &self.term {
            let kk_words = words_of(&t.kk);
            let ru_words = words_of(&t.ru);
            if kk_words.is_empty() || ru_words.is_empty() {
                continue;
            }
            let ru_stems = ru_words
                .iter()
                .map(|w| {
                    let mut v = Vec::new();
                    stem::ru_stems(w, &mut v);
                    v
                })
                .collect();
            let id = g.terms.len();
            g.kk_index.entry(key(&kk_words[0])).or_default().push(id);
            g.ru_index.entry(key(&ru_words[0])).or_default().push(id);
            g.terms.push(PreparedTerm {
                kk: t.kk.trim().to_string(),
                ru: t.ru.trim().to_string(),
                kk_words,
                ru_words,
                ru_stems,
            });
        }
        g
    }
}

impl PreparedGlossary {
    /// Number of usable terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when no term can ever match.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Runs the glossary check over one aligned bead, preparing the glossary first.
#[cfg(test)]
pub(crate) fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    glossary: &Glossary,
    cfg: &GlossaryConfig,
    out: &mut Vec<Finding>,
) {
    if glossary.term.is_empty() {
        return;
    }
    check_prepared(kk, ru, &glossary.prepare(), cfg, out);
}

/// The words of one side: normalised letters in one buffer.
struct Words {
    chars: Vec<char>,
    /// (paragraph index, byte range in its text, letter range in `chars`)
    words: Vec<(usize, Range<usize>, Range<usize>)>,
}

impl Words {
    fn new(paras: &[&Paragraph]) -> Self {
        let mut w = Words {
            chars: Vec::new(),
            words: Vec::new(),
        };
        for (pi, p) in paras.iter().enumerate() {
            for_each_word(&p.text, |s, range| {
                let c0 = w.chars.len();
                stem::push_word(s, &mut w.chars);
                w.words.push((pi, range, c0..w.chars.len()));
            });
        }
        w
    }

    fn letters(&self, i: usize) -> &[char] {
        &self.chars[self.words[i].2.clone()]
    }
}

/// Does a Kazakh text word stand for the term's word `lemma`?
fn kk_word_matches(word: &[char], lemma: &[char], inflected: bool) -> bool {
    if !inflected {
        return word == lemma;
    }
    let n = lemma.len();
    word.len() >= n && stem::compat_prefix(word, lemma, n) && stem::kk_chain(&word[n..])
}

/// Does a Russian text word stand for the term's word `lemma` (with its stems)?
fn ru_word_matches(
    word: &[char],
    lemma: &[char],
    lemma_stems: &[usize],
    inflected: bool,
    buf: &mut Vec<usize>,
) -> bool {
    if !inflected || lemma.len() <= stem::MIN_STEM {
        if word == lemma {
            return true;
        }
        if !inflected {
            return false;
        }
    }
    stem::ru_stems(word, buf);
    buf.iter().any(|&a| {
        lemma_stems
            .iter()
            .any(|&b| a == b && word[..a] == lemma[..b])
    })
}

/// Where each term occurs on one side: term id → (paragraph index, byte ranges).
fn find(
    g: &PreparedGlossary,
    w: &Words,
    kazakh: bool,
    inflected: bool,
) -> HashMap<usize, (usize, Vec<Range<usize>>)> {
    let mut found: HashMap<usize, (usize, Vec<Range<usize>>)> = HashMap::new();
    let index = if kazakh { &g.kk_index } else { &g.ru_index };
    let mut buf = Vec::new();
    for i in 0..w.words.len() {
        let Some(ids) = index.get(&key(w.letters(i))) else {
            continue;
        };
        for &id in ids {
            let t = &g.terms[id];
            let n = if kazakh {
                t.kk_words.len()
            } else {
                t.ru_words.len()
            };
            if i + n > w.words.len() || w.words[i + n - 1].0 != w.words[i].0 {
                continue;
            }
            let all = (0..n).all(|k| {
                let word = w.letters(i + k);
                if kazakh {
                    kk_word_matches(word, &t.kk_words[k], inflected)
                } else {
                    ru_word_matches(word, &t.ru_words[k], &t.ru_stems[k], inflected, &mut buf)
                }
            });
            if !all {
                continue;
            }
            let para = w.words[i].0;
            let range = w.words[i].1.start..w.words[i + n - 1].1.end;
            let e = found.entry(id).or_insert((para, Vec::new()));
            if e.0 == para {
                e.1.push(range);
            }
        }
    }
    found
}

/// Runs the glossary check over one aligned bead with a prepared glossary.
pub fn check_prepared(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    glossary: &PreparedGlossary,
    cfg: &GlossaryConfig,
    out: &mut Vec<Finding>,
) {
    if glossary.is_empty() || kk.is_empty() || ru.is_empty() {
        return;
    }
    let kw = Words::new(kk);
    let rw = Words::new(ru);
    let in_kk = find(glossary, &kw, true, cfg.inflected);
    let in_ru = find(glossary, &rw, false, cfg.inflected);
    // Report in the order of the glossary, so output is stable.
    for (id, t) in glossary.terms.iter().enumerate() {
        let (k, r) = (in_kk.get(&id), in_ru.get(&id));
        let finding = match (k, r) {
            (Some((pi, marks)), None) => Some((
                "glossary-missing-ru",
                Evidence::new(kk[*pi], marks.clone()),
                Evidence::new(ru[0], Vec::new()),
            )),
            (None, Some((pi, marks))) => Some((
                "glossary-missing-kk",
                Evidence::new(kk[0], Vec::new()),
                Evidence::new(ru[*pi], marks.clone()),
            )),
            _ => None,
        };
        if let Some((id, ke, re)) = finding {
            out.push(Finding {
                check: CheckId::Glossary,
                severity: Severity::Warning,
                kk: Some(ke),
                ru: Some(re),
                message: Message::new(id).str("kk", &t.kk).str("ru", &t.ru),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn para(s: &str) -> Paragraph {
        segment(s).remove(0)
    }

    fn glossary() -> Glossary {
        toml::from_str(
            r#"
[[term]]
kk = "мәслихат"
ru = "маслихат"

[[term]]
kk = "Құрмет грамотасы"
ru = "Почетная грамота"
note = "not «грамота почета»"

[[term]]
kk = "әкімдік"
ru = "акимат"
"#,
        )
        .unwrap()
    }

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        let (k, r) = (para(kk), para(ru));
        let mut out = Vec::new();
        check(
            &[&k],
            &[&r],
            &glossary(),
            &GlossaryConfig::default(),
            &mut out,
        );
        out
    }

    // akimat/almaty-oblast-2022-0401-166388, the signature (public domain).
    const KK_SECRETARY: &str = "Алматы облыстық мәслихатының хатшысы";
    const RU_SECRETARY: &str = "Секретарь Алматинского областного маслихата";
    // akimat/almaty-oblast-2017-0426-112683, point 9.
    const KK_GRAMOTA: &str = "9. Құрмет грамотасына Алматы облысы әкімінің қолы қойылады.";
    const RU_GRAMOTA: &str = "9. Почетная грамота подписывается акимом Aлматинской области.";

    #[test]
    fn inflected_terms_match_on_both_sides() {
        assert_eq!(run(KK_SECRETARY, RU_SECRETARY), vec![]);
        assert_eq!(run(KK_GRAMOTA, RU_GRAMOTA), vec![]);
        assert_eq!(
            run(
                "Алматы облысы әкімдігінің қаулысы",
                "Постановление акимата Алматинской области"
            ),
            vec![]
        );
    }

    #[test]
    fn a_term_without_its_pair_is_a_warning() {
        let f = run(KK_SECRETARY, "Секретарь Алматинского областного собрания");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].message.id, "glossary-missing-ru");
        assert_eq!(
            f[0].message.args,
            vec![
                ("kk", crate::checks::Value::Str("мәслихат".into())),
                ("ru", crate::checks::Value::Str("маслихат".into()))
            ]
        );
        let kk = f[0].kk.as_ref().unwrap();
        assert_eq!(&kk.text[kk.marks[0].clone()], "мәслихатының");

        let f = run(
            "9. Марапат қағазына Алматы облысы әкімінің қолы қойылады.",
            RU_GRAMOTA,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "glossary-missing-kk");
        let ru = f[0].ru.as_ref().unwrap();
        assert_eq!(&ru.text[ru.marks[0].clone()], "Почетная грамота");
    }

    #[test]
    fn exact_mode_and_empty_glossary() {
        let (k, r) = (para(KK_SECRETARY), para(RU_SECRETARY));
        let mut out = Vec::new();
        let exact = GlossaryConfig { inflected: false };
        check(&[&k], &[&r], &glossary(), &exact, &mut out);
        assert_eq!(out, vec![]);
        check(
            &[&k],
            &[&r],
            &Glossary::default(),
            &GlossaryConfig::default(),
            &mut out,
        );
        assert_eq!(out, vec![]);
        assert!(toml::from_str::<Glossary>("[[term]]\nkk = \"a\"\nru = \"b\"\nextra = 1").is_err());
    }

    #[test]
    fn prepared_glossary_is_reusable() {
        let g = glossary().prepare();
        assert_eq!(g.len(), 3);
        let (k, r) = (para(KK_SECRETARY), para("Секретарь областного собрания"));
        let mut out = Vec::new();
        for _ in 0..2 {
            check_prepared(&[&k], &[&r], &g, &GlossaryConfig::default(), &mut out);
        }
        assert_eq!(out.len(), 2);
    }
}
