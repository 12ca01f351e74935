//! `language`: a paragraph written in the other language of the pair — a Russian
//! paragraph left inside `kk.md`, or a Kazakh one inside `ru.md`.
//!
//! The evidence is counted over the Cyrillic words of the paragraph:
//!
//! * Kazakh: words holding one of the nine Kazakh letters (ә ғ қ ң ө ұ ү һ і), and
//!   Kazakh function words (`және`, `деп`, `үшін`, `бойынша` …).
//! * Russian: Russian function words (`и`, `в`, `что`, `которые` …) and endings that
//!   Kazakh words never have (`-ого`, `-ться`, `-ость` …).
//!
//! Only words starting with a small letter are counted, so a line of names
//! (`Арайлым Орсаринова`, `Ж. Жоргенбаев`) never decides anything; short, numeric and
//! Latin-only paragraphs carry too few words to be judged and are left alone.
//! [`detect`] exposes the same decision for other checks.
//!
//! A paragraph in its own language may still hold a sentence in the other (half a
//! paragraph left untranslated): when the paragraph shows some of the other
//! language, its `sentences` are judged one by one over the words already
//! scanned, with a lower bar than a paragraph (four small-letter words), and the
//! first such sentence is a warning quoting it. Words inside quotes do not decide
//! when the rest of the sentence shows its own language (a Russian title cited in
//! a Kazakh sentence).

use crate::checks::scan::letters::{words, Word};
use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Settings of the `language` check (`[checks.language]`).
#[derive(Debug, Clone, serde::Deserialize)]
// `default`: a partial section takes the defaults for the keys it leaves out.
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct LanguageConfig {
    /// Fewer small-letter Cyrillic words than this: the paragraph is not judged.
    pub min_words: usize,
    /// From this many small-letter Cyrillic words on, clear evidence is an error.
    pub error_words: usize,
}

impl Default for LanguageConfig {
    fn default() -> Self {
        LanguageConfig {
            min_words: 5,
            error_words: 8,
        }
    }
}

/// What the Cyrillic words of a text say about its language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LangEvidence {
    /// Cyrillic words starting with a small letter.
    pub lower: usize,
    /// Of those, words holding a Kazakh letter.
    pub kazakh_letter: usize,
    /// Kazakh function words.
    pub kazakh_function: usize,
    /// Russian function words and Russian-only endings.
    pub russian: usize,
}

/// Kazakh function words without a Kazakh letter (those with one are already
/// counted through their letters) and a few with one that are very frequent.
const KAZAKH_WORDS: &[&str] = &[
    "және",
    "мен",
    "бен",
    "пен",
    "деп",
    "деді",
    "дейді",
    "деген",
    "болып",
    "болды",
    "болады",
    "болса",
    "бойынша",
    "туралы",
    "жылы",
    "тағы",
    "еді",
    "емес",
    "сияқты",
    "арқылы",
    "кейін",
    "дейін",
    "немесе",
    "ол",
    "олар",
    "оның",
    "оны",
    "олардың",
    "бұл",
    "осы",
    "сол",
    "үшін",
    "бірақ",
    "біз",
    "сіз",
    "бір",
    "тек",
    "кезде",
    "жатыр",
    "тұр",
    "ғана",
    "ең",
    "өте",
    "әр",
    "керек",
    "мүмкін",
    "барлық",
    "бар",
    "жоқ",
    "тиіс",
    "етті",
    "етеді",
    "алды",
    "берді",
    "қарай",
    "соң",
    "ретінде",
    "арасында",
    "бірге",
    "сондай",
    "ақ",
    "да",
    "де",
    "та",
    "те",
];

/// Russian function words; none of them is a Kazakh word.
const RUSSIAN_WORDS: &[&str] = &[
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "не",
    "что",
    "по",
    "для",
    "как",
    "это",
    "этот",
    "эта",
    "эти",
    "этом",
    "от",
    "из",
    "к",
    "ко",
    "о",
    "об",
    "но",
    "за",
    "у",
    "же",
    "его",
    "ее",
    "её",
    "она",
    "они",
    "оно",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "будет",
    "которые",
    "который",
    "которая",
    "которое",
    "которого",
    "которых",
    "также",
    "при",
    "до",
    "после",
    "или",
    "так",
    "уже",
    "только",
    "если",
    "чтобы",
    "бы",
    "их",
    "мы",
    "вы",
    "я",
    "ли",
    "ни",
    "то",
    "все",
    "всё",
    "еще",
    "ещё",
    "когда",
    "где",
    "чем",
    "лишь",
    "без",
    "над",
    "под",
    "через",
    "между",
    "сказал",
    "сказала",
    "году",
    "года",
    "есть",
    "может",
    "более",
    "очень",
    "своей",
    "своих",
    "себя",
    "этого",
    "того",
    "том",
    "тем",
    "нет",
    "было",
    "из-за",
];

/// Endings that Russian words have and Kazakh words do not.
const RUSSIAN_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ость", "ости", "ения", "ение",
    "ении", "ский", "ская", "ской", "ские", "ских", "ного", "ных", "ный", "ная", "ное", "ает",
    "ают", "ует", "уют", "ются", "ешь", "ией", "ями", "ах", "ях", "ием", "ании", "ание", "ить",
    "ать", "ять", "еть", "ены", "ется", "ится", "ого", "ее", "ие", "ые", "ой", "ый",
];

/// The word lists as sets, built once.
struct Lists {
    /// Both lists of function words in one map, keyed by [`word_key`]: `true`
    /// for a Kazakh word, `false` for a Russian one. A word is looked up once
    /// (as a number) instead of once a list (as a string).
    function: FxHashMap<u128, bool>,
    endings: Endings,
}

/// A word of at most 16 bytes, its UTF-8 bytes read as one big-endian number;
/// None for a longer word (no function word is longer). Words whose first byte
/// is not zero (a letter) have the same key exactly when they are the same: the
/// number's leading zero bytes are those the word does not fill.
#[inline]
fn word_key(w: &str) -> Option<u128> {
    let bytes = w.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[16 - bytes.len()..].copy_from_slice(bytes);
    Some(u128::from_be_bytes(buf))
}

/// Which list of function words holds `w`: `Some(true)` for [`KAZAKH_WORDS`],
/// `Some(false)` for [`RUSSIAN_WORDS`] (Kazakh first, as when both were
/// asked), None for neither. `w` begins with a letter.
#[inline]
fn function_word(w: &str, lists: &Lists) -> Option<bool> {
    lists.function.get(&word_key(w)?).copied()
}

/// [`RUSSIAN_ENDINGS`] as numbers: an ending of `k` letters, all of them basic
/// Russian letters of two bytes, is its `2k` UTF-8 bytes read as one big-endian
/// number, in the set for its length (`k` − 2).
struct Endings([FxHashSet<u64>; LONGEST_ENDING - 1]);

impl Endings {
    fn new() -> Endings {
        let mut sets: [FxHashSet<u64>; LONGEST_ENDING - 1] = Default::default();
        for e in RUSSIAN_ENDINGS {
            let k = e.chars().count();
            assert!(
                e.len() == 2 * k && (2..=LONGEST_ENDING).contains(&k),
                "{e}: an ending is two to four letters of two bytes"
            );
            sets[k - 2].insert(bytes_key(e.as_bytes()));
        }
        Endings(sets)
    }
}

/// Up to eight bytes read as one big-endian number.
#[inline]
fn bytes_key(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |k, &b| (k << 8) | u64::from(b))
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut function = FxHashMap::default();
        // Russian first, so that a word on both lists ends up Kazakh.
        for (list, kazakh) in [(RUSSIAN_WORDS, false), (KAZAKH_WORDS, true)] {
            for w in list {
                assert!(
                    w.len() <= 16 && !w.starts_with('\0'),
                    "{w}: a function word is at most 16 bytes and begins with a letter"
                );
                function.insert(word_key(w).expect("at most 16 bytes"), kazakh);
            }
        }
        Lists {
            function,
            endings: Endings::new(),
        }
    })
}

/// Fewest small-letter Cyrillic words of a sentence judged on its own.
const SENTENCE_MIN_WORDS: usize = 4;

/// Longest entry of [`RUSSIAN_ENDINGS`], in characters.
const LONGEST_ENDING: usize = 4;

/// Whether `w` ends with one of [`RUSSIAN_ENDINGS`]: its last 4, 6 and 8 bytes
/// are looked up as numbers ([`Endings`]). An ending's bytes begin with a lead
/// byte, so `w` ends with them exactly when its last letters are the ending.
fn has_russian_ending(w: &str, endings: &Endings) -> bool {
    let bytes = w.as_bytes();
    (2..=LONGEST_ENDING).any(|k| {
        bytes.len() >= 2 * k && endings.0[k - 2].contains(&bytes_key(&bytes[bytes.len() - 2 * k..]))
    })
}

impl LangEvidence {
    /// Counts the evidence of a text; linear in its length.
    pub(crate) fn of(text: &str) -> Self {
        Self::of_words(text, &words(text))
    }

    /// Counts the evidence of a text from its [`words`].
    pub(crate) fn of_words(text: &str, words: &[Word]) -> Self {
        let lists = lists();
        let mut ev = LangEvidence::default();
        let mut buf = String::new();
        for w in words {
            // Cyrillic words starting with a small letter.
            if !w.is(Word::CYRILLIC_FIRST | Word::CYRILLIC_OR_MARKS) || w.is(Word::CAPITAL_FIRST) {
                continue;
            }
            let word = w.text(text);
            let kazakh = w.is(Word::KAZAKH);
            ev.lower += 1;
            if kazakh {
                ev.kazakh_letter += 1;
            }
            // Lower-casing keeps Cyrillic letters one for one: the length and
            // the Kazakh letters stay.
            let lower = if w.is(Word::CAPITAL) {
                buf.clear();
                for c in word.chars() {
                    crate::lang::push_lowercase(&mut buf, c);
                }
                buf.as_str()
            } else {
                word
            };
            match function_word(lower, lists) {
                Some(true) => ev.kazakh_function += 1,
                Some(false) => ev.russian += 1,
                None if w.letters >= 5 && !kazakh && has_russian_ending(lower, &lists.endings) => {
                    ev.russian += 1
                }
                None => {}
            }
        }
        ev
    }

    /// Share of small-letter words with Kazakh evidence (letters or function words).
    fn kazakh_share(&self) -> f64 {
        if self.lower == 0 {
            return 0.0;
        }
        (self.kazakh_letter + self.kazakh_function).min(self.lower) as f64 / self.lower as f64
    }

    fn russian_share(&self) -> f64 {
        if self.lower == 0 {
            return 0.0;
        }
        self.russian as f64 / self.lower as f64
    }

    /// How sure the evidence is that the text is Russian: None, Some(false) for
    /// borderline, Some(true) for near-certain.
    fn russian(&self, cfg: &LanguageConfig) -> Option<bool> {
        if self.lower < cfg.min_words {
            return None;
        }
        let kz = self.kazakh_share();
        let ru = self.russian_share();
        if self.kazakh_letter == 0 && self.kazakh_function <= 1 && self.russian >= 3 && ru >= 0.25 {
            return Some(self.lower >= cfg.error_words);
        }
        if kz <= 0.1 && self.russian >= 2 && ru >= 0.2 && self.russian > 2 * self.kazakh_function {
            return Some(false);
        }
        None
    }

    /// Whether one sentence inside a Kazakh paragraph is Russian. A sentence is
    /// shorter than a paragraph, but its neighbours are Kazakh: the bar is lower
    /// than for [`Self::russian`] (four small-letter words, two of them Russian,
    /// none Kazakh), never met by a Kazakh sentence, which holds Kazakh letters in
    /// most of its words; a title or organisation quoted in Russian is mostly
    /// capitalised words, which are not counted.
    fn russian_sentence(&self, cfg: &LanguageConfig) -> bool {
        if self.russian(cfg).is_some() {
            return true;
        }
        self.lower >= SENTENCE_MIN_WORDS
            && self.kazakh_letter == 0
            && self.kazakh_function == 0
            && self.russian >= 2
            && 10 * self.russian >= 3 * self.lower
    }

    /// Whether one sentence inside a Russian paragraph is Kazakh: Kazakh letters
    /// in at least three words and in 40% of its small-letter words, and little
    /// Russian evidence (a Russian sentence quoting one Kazakh term, `мәслихат`,
    /// has one such word).
    fn kazakh_sentence(&self, cfg: &LanguageConfig) -> bool {
        if self.kazakh(cfg).is_some() {
            return true;
        }
        self.lower >= SENTENCE_MIN_WORDS
            && self.kazakh_letter >= 3
            && 10 * self.kazakh_letter >= 4 * self.lower
            && 3 * self.russian <= self.kazakh_letter
    }

    /// How sure the evidence is that the text is Kazakh.
    fn kazakh(&self, cfg: &LanguageConfig) -> Option<bool> {
        if self.lower < cfg.min_words {
            return None;
        }
        let kz = self.kazakh_share();
        let ru = self.russian_share();
        if kz >= 0.3 && self.kazakh_letter >= 2 && self.kazakh_function >= 1 && ru <= 0.1 {
            return Some(self.lower >= cfg.error_words);
        }
        if kz >= 0.2 && self.kazakh_letter >= 1 && self.kazakh_function >= 1 && ru < kz / 2.0 {
            return Some(false);
        }
        None
    }
}

/// The language a text is written in, or None when it cannot be told (too short,
/// names or numbers only, Latin, or mixed evidence).
pub fn detect(text: &str) -> Option<Lang> {
    let ev = LangEvidence::of(text);
    let cfg = LanguageConfig::default();
    match (ev.kazakh(&cfg), ev.russian(&cfg)) {
        (Some(_), None) => Some(Lang::Kk),
        (None, Some(_)) => Some(Lang::Ru),
        _ => None,
    }
}

/// Checks that a paragraph of the `lang` version is written in `lang`.
#[cfg(test)]
pub(crate) fn check(p: &Paragraph, lang: Lang, cfg: &LanguageConfig, out: &mut Vec<Finding>) {
    check_words(p, &words(&p.text), lang, cfg, out);
}

/// What [`check_words`] saw of a paragraph, for the checks that read it after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// A finding was given for the paragraph.
    pub found: bool,
    /// Small-letter words that show the other language (see [`other_evidence`]).
    pub other: usize,
}

/// Small-letter Cyrillic words of a text of the `lang` version that show the other
/// language: Russian function words and endings in Kazakh text, words with a
/// Kazakh letter and Kazakh function words in Russian text.
pub(crate) fn other_evidence(ev: &LangEvidence, lang: Lang) -> usize {
    match lang {
        Lang::Kk => ev.russian,
        Lang::Ru => ev.kazakh_letter + ev.kazakh_function,
    }
}

/// [`check`] over the paragraph's [`words`].
pub(crate) fn check_words(
    p: &Paragraph,
    words: &[Word],
    lang: Lang,
    cfg: &LanguageConfig,
    out: &mut Vec<Finding>,
) -> Outcome {
    let ev = LangEvidence::of_words(&p.text, words);
    let other = other_evidence(&ev, lang);
    let (sure, id) = match lang {
        Lang::Kk => (ev.russian(cfg), "language-russian-in-kazakh"),
        Lang::Ru => (ev.kazakh(cfg), "language-kazakh-in-russian"),
    };
    let Some(sure) = sure else {
        // Sentences are only read when the paragraph shows some of the other
        // language (most paragraphs show none): the scan is not paid twice.
        let found = other >= 2 && check_sentences(p, words, lang, cfg, out);
        return Outcome { found, other };
    };
    let evidence = Some(Evidence::new(p, std::iter::once(0..p.text.len()).collect()));
    let (kk, ru) = match lang {
        Lang::Kk => (evidence, None),
        Lang::Ru => (None, evidence),
    };
    out.push(Finding {
        check: CheckId::Language,
        severity: if sure {
            Severity::Error
        } else {
            Severity::Warning
        },
        kk,
        ru,
        message: Message::new(id),
    });
    Outcome { found: true, other }
}

/// Byte ranges of the sentences of a text: a sentence ends at `.`, `!`, `?` or `…`
/// (and any closing quotes) followed by a space and a capital letter, a digit, an
/// opening quote or a dash; a full stop after a single capital (an initial) ends
/// none. A `;` followed by a space ends one too (the items of a list are judged
/// one by one). The space after a sentence is not part of it.
pub(crate) fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    // The two characters before the current one.
    let (mut prev, mut prev2) = (None::<char>, None::<char>);
    while let Some((_, c)) = it.next() {
        let initial = c == '.'
            && prev.is_some_and(char::is_uppercase)
            && !prev2.is_some_and(char::is_alphabetic);
        (prev2, prev) = (prev, Some(c));
        if c == ';' {
            // The items of a list (`…етсін; обеспечить …`) are judged one by one.
            if let Some(&(space, ' ')) = it.peek() {
                out.push(start..space);
                start = space + 1;
            }
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…') || initial {
            continue;
        }
        while let Some(&(_, q)) = it.peek() {
            if !matches!(q, '»' | '"' | '”' | '’' | ')') {
                break;
            }
            it.next();
            (prev2, prev) = (prev, Some(q));
        }
        let Some(&(space, ' ')) = it.peek() else {
            continue;
        };
        let next = text[space + 1..].chars().next();
        if next.is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '«' | '"' | '“' | '”' | '„' | '—')
        }) {
            out.push(start..space);
            start = space + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Byte ranges of `text[span]` between `«` and `»` or `“` and `”` (nested
/// guillemets included in the outer pair; an unclosed quote runs to the end).
fn quoted(text: &str, span: &std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut depth, mut open) = (0usize, 0usize);
    for (i, c) in text[span.clone()].char_indices() {
        let at = span.start + i;
        match c {
            '«' | '“' => {
                if depth == 0 {
                    open = at;
                }
                depth += 1;
            }
            '»' | '”' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(open..at);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        out.push(open..span.end);
    }
    out
}

/// The words of `words` (in text order) inside `span`.
pub(crate) fn words_in<'w>(words: &'w [Word], span: &std::ops::Range<usize>) -> &'w [Word] {
    let a = words.partition_point(|w| w.range().start < span.start);
    let b = words.partition_point(|w| w.range().end <= span.end);
    &words[a..b.max(a)]
}

/// A paragraph in its own language may still hold one sentence in the other (a
/// translation left half done): a warning quoting the first such sentence. Reads
/// the words already scanned; allocates only the sentence spans.
fn check_sentences(
    p: &Paragraph,
    words: &[Word],
    lang: Lang,
    cfg: &LanguageConfig,
    out: &mut Vec<Finding>,
) -> bool {
    let spans = sentences(&p.text);
    if spans.len() < 2 {
        return false;
    }
    let judge = |ev: &LangEvidence| match lang {
        Lang::Kk => ev.russian_sentence(cfg),
        Lang::Ru => ev.kazakh_sentence(cfg),
    };
    let id = match lang {
        Lang::Kk => "language-sentence-russian-in-kazakh",
        Lang::Ru => "language-sentence-kazakh-in-russian",
    };
    for span in spans {
        let ws = words_in(words, &span);
        if !judge(&LangEvidence::of_words(&p.text, ws)) {
            continue;
        }
        // A title or a saying quoted in the other language (`«Об утверждении
        // Правил …» деп аталады`) inside a sentence of the paragraph's own: the
        // words outside the quotes decide, when they show their language.
        let quotes = quoted(&p.text, &span);
        if !quotes.is_empty() {
            let outside: Vec<Word> = ws
                .iter()
                .filter(|w| !quotes.iter().any(|q| q.contains(&w.range().start)))
                .copied()
                .collect();
            let ev = LangEvidence::of_words(&p.text, &outside);
            let own = match lang {
                Lang::Kk => ev.kazakh_letter + ev.kazakh_function,
                Lang::Ru => ev.russian,
            };
            if own >= 1 && !judge(&ev) {
                continue;
            }
        }
        let sentence = &p.text[span.clone()];
        let evidence = Some(Evidence::new(p, vec![span]));
        let (kk, ru) = match lang {
            Lang::Kk => (evidence, None),
            Lang::Ru => (None, evidence),
        };
        out.push(Finding {
            check: CheckId::Language,
            severity: Severity::Warning,
            kk,
            ru,
            message: Message::new(id).str("sentence", sentence),
        });
        // One finding per paragraph.
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(text: &str, lang: Lang) -> Vec<Finding> {
        let p = &segment(text)[0];
        let mut out = Vec::new();
        check(p, lang, &LanguageConfig::default(), &mut out);
        out
    }

    // ntrex128/docs/001_bbc.381790 (kk.txt, ru.txt), paragraph 2.
    const KK: &str = "Ассамблея мүшелерінің кейбіреулері атау УПМ-ге (Уэльс парламентінің мүшесі) өзгеруі тиіс деген ұсынысқа түсіністікпен қарамайды.";
    const RU: &str = "Некоторые члены Ассамблеи возмущены предложением изменить их название на MWP (члены Парламента Уэльса).";

    #[test]
    fn fast_paths_agree_with_the_plain_definitions() {
        let endings = &lists().endings;
        for e in RUSSIAN_ENDINGS {
            assert!((2..=LONGEST_ENDING).contains(&e.chars().count()), "{e}");
        }
        let mut words = vec![
            "нового",
            "говорится",
            "ценность",
            "в",
            "ого",
            "қазақстанның",
            "городах",
            "ах",
            "х",
            "",
            "ения\u{301}",
            "е\u{301}ния",
            "ёго",
            "новоҒО",
        ];
        words.extend(KK.split(' ').chain(RU.split(' ')));
        words.extend(RUSSIAN_ENDINGS.iter().map(|e| &e[2..]));
        for w in words {
            assert_eq!(
                has_russian_ending(w, endings),
                RUSSIAN_ENDINGS
                    .iter()
                    .any(|e| w.ends_with(e) && w.len() > e.len())
                    || RUSSIAN_ENDINGS.contains(&w),
                "{w}"
            );
        }
    }

    /// The plain definition of [`function_word`]: the lists asked one by one.
    fn function_word_plain(w: &str) -> Option<bool> {
        if KAZAKH_WORDS.contains(&w) {
            Some(true)
        } else if RUSSIAN_WORDS.contains(&w) {
            Some(false)
        } else {
            None
        }
    }

    #[test]
    fn function_words_are_found_as_the_plain_lists_find_them() {
        let lists = lists();
        let mut words: Vec<String> = KAZAKH_WORDS
            .iter()
            .chain(RUSSIAN_WORDS)
            .map(|w| w.to_string())
            .collect();
        for w in KAZAKH_WORDS.iter().chain(RUSSIAN_WORDS) {
            // Their beginnings, endings and longer words that begin or end with them.
            for (i, _) in w.char_indices().skip(1) {
                words.push(w[..i].to_string());
                words.push(w[i..].to_string());
            }
            words.push(format!("{w}а"));
            words.push(format!("а{w}"));
            words.push(format!("{w}{w}"));
        }
        words.extend(KK.split(' ').chain(RU.split(' ')).map(str::to_string));
        words.extend(["арасындағы", "которогоо", "о\0", "ξ"].map(str::to_string));
        for w in &words {
            assert_eq!(function_word(w, lists), function_word_plain(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn russian_endings_are_found_as_the_plain_definition_finds_them(
            w in "[оегмутьсяиныхйаюеёшщәқ\u{301}]{0,7}"
        ) {
            proptest::prop_assert_eq!(
                has_russian_ending(&w, &lists().endings),
                RUSSIAN_ENDINGS.iter().any(|e| w.ends_with(e))
            );
        }

        #[test]
        fn function_words_are_found_as_the_plain_lists_find_them_on_any_word(
            w in "[а-яәқңғүұөһі\\-]{1,9}"
        ) {
            proptest::prop_assert_eq!(function_word(&w, lists()), function_word_plain(&w));
        }
    }

    #[test]
    fn detects_both_languages() {
        assert_eq!(detect(KK), Some(Lang::Kk));
        assert_eq!(detect(RU), Some(Lang::Ru));
    }

    #[test]
    fn russian_paragraph_in_kazakh_version_fires() {
        let f = run(RU, Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "language-russian-in-kazakh");
        assert!(f[0].kk.is_some() && f[0].ru.is_none());
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn kazakh_paragraph_in_russian_version_fires() {
        let f = run(KK, Lang::Ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "language-kazakh-in-russian");
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn one_russian_sentence_in_a_kazakh_paragraph_is_a_warning() {
        let text = format!("{KK} {RU}");
        let f = run(&text, Lang::Kk);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message.id, "language-sentence-russian-in-kazakh");
        assert_eq!(f[0].severity, Severity::Warning);
        let marked = &text[f[0].kk.as_ref().unwrap().marks[0].clone()];
        assert_eq!(marked, RU);
        let f = run(&format!("{RU} {KK}"), Lang::Ru);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message.id, "language-sentence-kazakh-in-russian");
        assert!(run(&format!("{KK} {KK}"), Lang::Kk).is_empty());
    }

    /// The first finding of `text` as a paragraph of the `lang` version, with the
    /// text it marks.
    fn sentence_finding(text: &str, lang: Lang) -> Option<(&'static str, Severity, String)> {
        let p = &segment(text)[0];
        let f = run(text, lang);
        assert!(f.len() <= 1, "{f:?}");
        let f = f.into_iter().next()?;
        let e = f.side(lang).expect("the paragraph's own side");
        assert!(f.side(lang.other()).is_none());
        let marked = p.text[e.marks[0].clone()].to_string();
        Some((f.message.id, f.severity, marked))
    }

    // ntrex128/docs/065_cnn.304478, paragraph 2, and the Kazakh of paragraph 3.
    const RU_PALIN: &str =
        "Трек Пэйлин, 26 лет, поступив на службу в армию в сентябре, провел год в Ираке.";
    const KK_ARREST: &str = "Ол тұрмыстық зорлық-зомбылыққа байланысты дүйсенбі күні ұсталды.";

    #[test]
    fn a_kazakh_sentence_without_function_words_in_a_russian_paragraph_is_a_warning() {
        let text = format!("{RU_PALIN} {KK_ARREST}");
        assert_eq!(
            sentence_finding(&text, Lang::Ru),
            Some((
                "language-sentence-kazakh-in-russian",
                Severity::Warning,
                KK_ARREST.to_string()
            ))
        );
    }

    #[test]
    fn a_russian_sentence_opening_with_a_number_is_found() {
        // ntrex128/docs/019_reuters.218888, paragraph 11 of each version.
        let kk = "Шеру болғанымен, оны басқа бағытқа күштеп ауыстырған көрінеді.";
        let ru = "68-летний электрик Нарсис Термес, посетивший митинг сепаратистов в компании своей жены, сетует на то, что надежда о приобретении Каталонией суверенитета становится все более зыбкой.";
        let found = sentence_finding(&format!("{kk} {ru}"), Lang::Kk);
        assert_eq!(
            found,
            Some((
                "language-sentence-russian-in-kazakh",
                Severity::Warning,
                ru.to_string()
            ))
        );
    }

    #[test]
    fn a_short_russian_sentence_and_a_list_item_are_found() {
        // ntrex128/docs/045_reuters.218911, paragraph 4.
        let ru = "Но еще предстоит выяснить, сколько времени ему предстоит отыграть.";
        let kk = "Қанша минут ойнай алатынын әлі көре жатармыз.";
        let f = sentence_finding(&format!("{kk} {ru}"), Lang::Kk);
        assert_eq!(f.map(|f| f.2), Some(ru.to_string()));
        // akimat/almaty-oblast-1997-0220-4696: a list item left in Russian after `;`.
        let kk = "халық санағын әзірлеу мен өткізу мәселелері бойынша жіберілген қызметкерлерге жол жүру билеттерін бірінші кезекте сатуды қамтамасыз етсін;";
        let ru = "обеспечить бесперебойный прием и срочную доставку грузов, связанных с Переписью населения 1999 года;";
        let f = sentence_finding(&format!("{kk} {ru}"), Lang::Kk);
        assert_eq!(f.map(|f| f.2), Some(ru.to_string()));
    }

    #[test]
    fn russian_names_and_quoted_titles_in_kazakh_sentences_are_silent() {
        for text in [
            // Organisations and outlets under their Russian names.
            "Бұл туралы «Казахстанская правда» газеті хабарлады. Облыс әкімдігі Министерство энергетики Республики Казахстан өкілдерімен кездесті.",
            // A Russian title quoted in a Kazakh sentence, marked by `деп`.
            "Құжат бекітілді. Ол «Об утверждении Правил государственной регистрации нормативных правовых актов» деп аталады.",
            "Жиында «О местном государственном управлении и самоуправлении в Республике Казахстан» заңының талаптары түсіндірілді. Шешім бірауыздан қабылданды.",
            // Latin names and numbers.
            "Saturday Night Live бағдарламасы 1975 жылдан бері эфирде. Yandhi альбомы әлі шыққан жоқ.",
        ] {
            assert_eq!(sentence_finding(text, Lang::Kk), None, "{text}");
        }
        for text in [
            // A Kazakh name, a Kazakh term and a quoted Kazakh slogan in Russian text.
            "Аким области Ербол Қарашөкеев провел совещание. На сессии маслихата депутаты обсудили программу «Мәңгілік ел» и ее исполнение.",
            "В районе работает мәслихат, который утвердил бюджет. Решение принято единогласно на очередной сессии.",
        ] {
            assert_eq!(sentence_finding(text, Lang::Ru), None, "{text}");
        }
    }

    #[test]
    fn sentences_split_after_stops_not_initials() {
        let t = "Ж. Жоргенбаев келді. Ол сөйледі! «Бәрі жақсы» деді ол.";
        let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec![
                "Ж. Жоргенбаев келді.",
                "Ол сөйледі!",
                "«Бәрі жақсы» деді ол."
            ]
        );
        let t = "Ол келді. 68 жастағы адам. ”Иә” деді; бәрі «Жақсы!» Соңы";
        let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec![
                "Ол келді.",
                "68 жастағы адам.",
                "”Иә” деді;",
                "бәрі «Жақсы!»",
                "Соңы"
            ]
        );
    }

    #[test]
    fn quoted_spans_nest_and_run_to_the_end_when_unclosed() {
        let t = "а «б «в» г» д “е” «ж";
        let q: Vec<&str> = quoted(t, &(0..t.len()))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(q, vec!["«б «в» г", "“е", "«ж"]);
    }

    #[test]
    fn right_language_is_silent() {
        assert!(run(KK, Lang::Kk).is_empty());
        assert!(run(RU, Lang::Ru).is_empty());
    }

    #[test]
    fn names_numbers_and_latin_never_fire() {
        for text in [
            "Ж. Жоргенbаев",
            "Ж. Жоргенбаев",
            "Арайлым Орсаринова",
            "Алматы облысының әкімі А. Баталов",
            "12 000 000",
            "DIGITAL SOCIAL RESEARCH",
            // ntrex128/docs/084_bbc.381718 ru: a short sentence.
            "Я получил кепку B, и все».",
        ] {
            assert!(run(text, Lang::Kk).is_empty(), "{text}");
            assert!(run(text, Lang::Ru).is_empty(), "{text}");
        }
    }

    #[test]
    fn letter_runs_split_on_hyphens_digits_and_apostrophes() {
        let t = "NATO-ның 2021 O'Hara";
        let words: Vec<_> = crate::checks::scan::letters::letter_runs(t)
            .map(|r| &t[r])
            .collect();
        assert_eq!(words, vec!["NATO", "ның", "O", "Hara"]);
    }
}
