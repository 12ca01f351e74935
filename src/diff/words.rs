//! Word-level diff of two paragraph texts, and whether a change is cosmetic.
//!
//! Texts are cut at Unicode word boundaries (UAX #29, `unicode-segmentation`), so a
//! token is a word (Cyrillic, Kazakh, Latin letters and digits alike: `ШҚТУ`,
//! `3,5`, `Twp`), a run of white space, or one punctuation mark. The token sequences
//! are compared with `similar` (Patience, Myers inside, bounded by size), and the
//! result is given as runs of [`WordChange`]s: concatenating the `equal` and `delete`
//! runs gives back the old text, `equal` and `insert` the new one.
//!
//! A *change group* is a maximal stretch of deleted and inserted tokens between two
//! equal stretches (a lone space between two changed words belongs to the group, so
//! `a b` → `x y` is one group, not two). [`classify`] judges each group:
//!
//! * cosmetic when, letter case, white space and punctuation aside, the group deletes
//!   and inserts the same letters and digits (`,`→`;`, `«»`→`“”`, `a ,`→`a,`, a
//!   space added or removed, `Алматы`→`алматы`);
//! * cosmetic when it replaces words one for one and every pair is the same word up
//!   to case or a typo-sized edit (one insertion, deletion, substitution or swap of
//!   neighbouring letters; two substitutions in a word of nine letters or more);
//! * substantive otherwise — a word added, removed or replaced by another word.
//!
//! Whatever the edit distance, a pair is substantive when either word is a number,
//! Latin-script, a proper name (capitalised, not the first word of a sentence), a
//! month or weekday name replaced by another (`июня` → `июля`, `бейсенбі` →
//! `сейсенбі`), or a change of negation: a negative word appearing, disappearing or
//! replaced by another (Russian не/нет/ни/нельзя/никто/ничего…, Kazakh
//! емес/жоқ/ешқашан…), a word gaining or losing the prefix не-/ни-, a Kazakh verb
//! gaining or losing the negative suffix -ма/-ме/-ба/-бе/-па/-пе (`барады` →
//! `бармады`, `келеді` → `келмейді`). A typo that merely garbles such a word without
//! turning it into another (`ноябре` → `нообре`, `алмаймын` → `алмамйын`) is a typo. And the whole paragraph is substantive when its
//! numbers differ (digits, a decimal separator, a sign or a percent), white space
//! inside numbers aside (`3 000` = `3000`).

use std::ops::Range;

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm};
use unicode_segmentation::UnicodeSegmentation;

use crate::diff::lexicon::{self, NoVocabulary, Vocabulary};
use crate::lang::{is_cyrillic, is_latin, Lang};

#[cfg(test)]
#[path = "../../tests/fixtures/spelling/cases.rs"]
mod spelling_cases;

/// What a run of a word diff does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    /// Present in both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// One run of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChange {
    /// What the run does.
    pub op: WordOp,
    /// The text of the run, white space included.
    pub text: String,
    /// Why the change this run belongs to is cosmetic or substantive; `None` for
    /// `equal` runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
}

/// Why a change group is cosmetic or substantive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A misspelt word fixed or garbled: one side is not a word of the language.
    Spelling,
    /// Letter case only.
    Case,
    /// `ё` written as `е` or back.
    Yo,
    /// White space only.
    Whitespace,
    /// Punctuation (and white space) only.
    Punctuation,
    /// A Latin look-alike letter inside a Cyrillic word (`бiлiм` → `білім`).
    Lookalike,
    /// A number differs.
    Number,
    /// A month or weekday differs.
    Date,
    /// A word in Latin letters differs.
    Latin,
    /// A proper name differs.
    Name,
    /// A negation appears, disappears or changes.
    Negation,
    /// One real word form for another (`заявил` → `заявила`, `барады` → `барды`).
    WordForm,
    /// Words added, removed or replaced.
    Words,
}

impl Reason {
    /// Every reason.
    pub const ALL: [Reason; 13] = [
        Reason::Spelling,
        Reason::Case,
        Reason::Yo,
        Reason::Whitespace,
        Reason::Punctuation,
        Reason::Lookalike,
        Reason::Number,
        Reason::Date,
        Reason::Latin,
        Reason::Name,
        Reason::Negation,
        Reason::WordForm,
        Reason::Words,
    ];

    /// The class this reason gives.
    pub fn class(self) -> Class {
        match self {
            Reason::Spelling
            | Reason::Case
            | Reason::Yo
            | Reason::Whitespace
            | Reason::Punctuation
            | Reason::Lookalike => Class::Cosmetic,
            _ => Class::Substantive,
        }
    }

    /// The name used in JSON and in the human diff (`word-form`).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Spelling => "spelling",
            Reason::Case => "case",
            Reason::Yo => "yo",
            Reason::Whitespace => "whitespace",
            Reason::Punctuation => "punctuation",
            Reason::Lookalike => "lookalike",
            Reason::Number => "number",
            Reason::Date => "date",
            Reason::Latin => "latin",
            Reason::Name => "name",
            Reason::Negation => "negation",
            Reason::WordForm => "word-form",
            Reason::Words => "words",
        }
    }

    /// How much this reason says about a group, to pick one for a group of several
    /// word pairs: any substantive reason beats every cosmetic one.
    fn weight(self) -> u8 {
        match self {
            Reason::Whitespace => 0,
            Reason::Punctuation => 1,
            Reason::Case => 2,
            Reason::Yo => 3,
            Reason::Lookalike => 4,
            Reason::Spelling => 5,
            _ => 10,
        }
    }
}

/// Whether a change touches the meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// White space, punctuation, letter case or a typo: the translation can stay.
    Cosmetic,
    /// Anything else: the translation must be checked.
    Substantive,
}

/// Above this many tokens in the differing middle of either text (after the common
/// prefix and suffix are cut off) the middle is reported as one replacement: the
/// diff's work is bounded by the input's size (Myers is O(N·D)), never by a clock,
/// so the same texts give the same answer on every machine.
const MAX_MIDDLE_TOKENS: usize = 20_000;

/// The word-by-word change from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<WordChange> {
    diff_and_classify(old, new, Lang::Ru).0
}

/// Whether the change from `old` to `new` is cosmetic or substantive.
pub fn classify(old: &str, new: &str, lang: Lang) -> Class {
    diff_and_classify(old, new, lang).1
}

/// The word diff and the class together, computing the token diff once, with the
/// dictionaries as the only known words.
pub fn diff_and_classify(old: &str, new: &str, lang: Lang) -> (Vec<WordChange>, Class) {
    diff_and_classify_with(old, new, lang, &NoVocabulary)
}

/// [`diff_and_classify`] with the archive's own vocabulary as a second source of
/// known words.
pub fn diff_and_classify_with(
    old: &str,
    new: &str,
    lang: Lang,
    vocab: &dyn Vocabulary,
) -> (Vec<WordChange>, Class) {
    let groups = change_groups(old, new);
    let reasons = group_reasons(old, new, &groups, lang, vocab);
    let class = if reasons.iter().all(|r| r.class() == Class::Cosmetic) {
        Class::Cosmetic
    } else {
        Class::Substantive
    };
    (changes_from_groups(old, new, &groups, &reasons), class)
}

/// A change group: byte ranges of the old and new text that differ (one may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    old: Range<usize>,
    new: Range<usize>,
}

/// Byte offsets where the tokens of `text` start, plus `text.len()` at the end.
fn token_bounds(text: &str) -> Vec<usize> {
    let mut b: Vec<usize> = text.split_word_bound_indices().map(|(i, _)| i).collect();
    b.push(text.len());
    b
}

fn tokens<'a>(text: &'a str, bounds: &[usize]) -> Vec<&'a str> {
    bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

fn is_space_token(t: &str) -> bool {
    t.chars().all(char::is_whitespace)
}

/// The change groups of `old` → `new`, in order, as byte ranges.
fn change_groups(old: &str, new: &str) -> Vec<Group> {
    if old == new {
        return Vec::new();
    }
    let ob = token_bounds(old);
    let nb = token_bounds(new);
    let ot = tokens(old, &ob);
    let nt = tokens(new, &nb);
    // Common prefix and suffix by hand: cheap, and it keeps the diff small on huge texts.
    let pre = ot.iter().zip(&nt).take_while(|(a, b)| a == b).count();
    let max_suf = ot.len().min(nt.len()) - pre;
    let suf = ot
        .iter()
        .rev()
        .zip(nt.iter().rev())
        .take(max_suf)
        .take_while(|(a, b)| a == b)
        .count();
    let om = &ot[pre..ot.len() - suf];
    let nm = &nt[pre..nt.len() - suf];
    // Token-index ranges (in the full sequences) of the changed stretches.
    let mut raw: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    if om.len() > MAX_MIDDLE_TOKENS || nm.len() > MAX_MIDDLE_TOKENS {
        raw.push((pre..pre + om.len(), pre..pre + nm.len()));
    } else if !om.is_empty() || !nm.is_empty() {
        let ops = capture_diff_slices(Algorithm::Patience, om, nm);
        // The changed stretches are the gaps between equal runs, in both sequences.
        for (o, n) in super::changed_stretches(&ops, om.len(), nm.len()) {
            raw.push((pre + o.start..pre + o.end, pre + n.start..pre + n.end));
        }
    }
    // Absorb an equal stretch made only of white space between two groups.
    let mut merged: Vec<(Range<usize>, Range<usize>)> = Vec::with_capacity(raw.len());
    for (or, nr) in raw {
        if let Some((lo, ln)) = merged.last_mut() {
            let gap = lo.end..or.start;
            if gap.len() == nr.start - ln.end && ot[gap].iter().all(|t| is_space_token(t)) {
                lo.end = or.end;
                ln.end = nr.end;
                continue;
            }
        }
        merged.push((or, nr));
    }
    merged
        .into_iter()
        .map(|(or, nr)| Group {
            old: ob[or.start]..ob[or.end],
            new: nb[nr.start]..nb[nr.end],
        })
        .collect()
}

fn changes_from_groups(
    old: &str,
    new: &str,
    groups: &[Group],
    reasons: &[Reason],
) -> Vec<WordChange> {
    let mut out = Vec::with_capacity(groups.len() * 3 + 1);
    let mut at = 0usize;
    let push = |out: &mut Vec<WordChange>, op, text: &str, reason| {
        if !text.is_empty() {
            out.push(WordChange {
                op,
                text: text.to_string(),
                reason,
            });
        }
    };
    for (g, &r) in groups.iter().zip(reasons) {
        push(&mut out, WordOp::Equal, &old[at..g.old.start], None);
        push(&mut out, WordOp::Delete, &old[g.old.clone()], Some(r));
        push(&mut out, WordOp::Insert, &new[g.new.clone()], Some(r));
        at = g.old.end;
    }
    push(&mut out, WordOp::Equal, &old[at..], None);
    out
}

/// The reason of each group. When every group is cosmetic but the numbers of the
/// texts differ (`3,5` → `3.5`, `35` → `35%`), the groups at a number say `number`.
fn group_reasons(
    old: &str,
    new: &str,
    groups: &[Group],
    lang: Lang,
    vocab: &dyn Vocabulary,
) -> Vec<Reason> {
    // The words only the dictionary can judge, handed to it at once: it then
    // gathers their stems in one build instead of one per word.
    lexicon::prepare(lang, words_to_judge(old, new, groups, lang));
    let mut reasons: Vec<Reason> = groups
        .iter()
        .map(|g| group_reason(old, new, g, lang, vocab))
        .collect();
    if reasons.iter().all(|r| r.class() == Class::Cosmetic) && !numbers_equal(old, new) {
        let near_number = |text: &str, r: &Range<usize>| {
            let before = text[..r.start].chars().next_back();
            let after = text[r.end..].chars().next();
            text[r.clone()]
                .chars()
                .chain(before)
                .chain(after)
                .any(crate::lang::is_numeric)
        };
        let mut any = false;
        for (g, r) in groups.iter().zip(reasons.iter_mut()) {
            if near_number(old, &g.old) || near_number(new, &g.new) {
                *r = Reason::Number;
                any = true;
            }
        }
        if !any {
            if let Some(r) = reasons.first_mut() {
                *r = Reason::Number;
            }
        }
    }
    reasons
}

/// Letters and digits of a text, lower-cased (white space and punctuation dropped).
fn letters_key(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| crate::lang::is_alphanumeric(*c))
        .flat_map(char::to_lowercase)
}

/// Word tokens (containing a letter or digit) inside `range` of `text`, with their
/// byte offset in `text`. The range may start or end inside a token: groups are made
/// of whole tokens, so it never does.
fn words_in(text: &str, range: Range<usize>) -> Vec<(usize, &str)> {
    text[range.clone()]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(crate::lang::is_alphanumeric))
        .map(|(i, w)| (range.start + i, w))
        .collect()
}

/// The words of one-word changes in `groups` that [`group_reason`] may ask the
/// dictionary about: both sides of every pair [`surface_reason`] cannot judge.
fn words_to_judge<'a>(old: &'a str, new: &'a str, groups: &[Group], lang: Lang) -> Vec<&'a str> {
    let mut out = Vec::new();
    for g in groups {
        if letters_key(&old[g.old.clone()]).eq(letters_key(&new[g.new.clone()])) {
            continue;
        }
        let ow = words_in(old, g.old.clone());
        let nw = words_in(new, g.new.clone());
        if ow.len() != nw.len() {
            continue;
        }
        for (&(oi, a), &(ni, b)) in ow.iter().zip(&nw) {
            if surface_reason(old, oi, a, new, ni, b, lang).is_none() {
                out.extend([a, b]);
            }
        }
    }
    out
}

fn group_reason(old: &str, new: &str, g: &Group, lang: Lang, vocab: &dyn Vocabulary) -> Reason {
    let od = &old[g.old.clone()];
    let nd = &new[g.new.clone()];
    if letters_key(od).eq(letters_key(nd)) {
        let solid = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let punct = |t: &str| {
            t.chars()
                .filter(|c| !c.is_whitespace() && !crate::lang::is_alphanumeric(*c))
                .collect::<String>()
        };
        return if solid(od) == solid(nd) {
            Reason::Whitespace
        } else if punct(od) != punct(nd) {
            Reason::Punctuation
        } else {
            Reason::Case
        };
    }
    let ow = words_in(old, g.old.clone());
    let nw = words_in(new, g.new.clone());
    if ow.len() != nw.len() {
        // Words added or removed; a negative word among them is the reason to give.
        let negatives = |ws: &[(usize, &str)]| {
            let mut n: Vec<String> = ws
                .iter()
                .map(|(_, w)| crate::lang::lowercase(w))
                .filter(|w| NEGATION_WORDS.contains(&w.as_str()))
                .collect();
            n.sort();
            n
        };
        return if negatives(&ow) != negatives(&nw) {
            Reason::Negation
        } else {
            Reason::Words
        };
    }
    let mut best: Option<Reason> = None;
    for (&(oi, a), &(ni, b)) in ow.iter().zip(&nw) {
        let r = pair_reason(old, oi, a, new, ni, b, lang, vocab);
        if best.is_none_or(|x| r.weight() > x.weight()) {
            best = Some(r);
        }
        if r.class() == Class::Substantive {
            return r;
        }
    }
    // Equal letters are caught above, so some pair differs.
    best.unwrap_or(Reason::Words)
}

/// One old word replaced by one new word: cosmetic when the same word up to case,
/// `ё`/`е` or a look-alike letter, or a typo-sized edit of a word that is none of
/// the always-substantive kinds and not a change between two real words.
#[allow(clippy::too_many_arguments)]
fn pair_reason(
    old: &str,
    oi: usize,
    a: &str,
    new: &str,
    ni: usize,
    b: &str,
    lang: Lang,
    vocab: &dyn Vocabulary,
) -> Reason {
    if let Some(r) = surface_reason(old, oi, a, new, ni, b, lang) {
        return r;
    }
    // One letter apart: a spelling fix only when one side is not a word. Both
    // dictionaries are consulted only here, so a diff that never reaches this
    // point never loads them.
    let la: String = a.chars().flat_map(char::to_lowercase).collect();
    let lb: String = b.chars().flat_map(char::to_lowercase).collect();
    let known = |w: &str, lower: &str| lexicon::in_dictionary(lang, w) || vocab.knows(lang, lower);
    if known(a, &la) && known(b, &lb) {
        Reason::WordForm
    } else {
        Reason::Spelling
    }
}

/// The reason of a one-word change that the words' letters alone give, or `None`
/// for a typo-sized edit only the dictionaries can judge.
fn surface_reason(
    old: &str,
    oi: usize,
    a: &str,
    new: &str,
    ni: usize,
    b: &str,
    lang: Lang,
) -> Option<Reason> {
    let la: String = a.chars().flat_map(char::to_lowercase).collect();
    let lb: String = b.chars().flat_map(char::to_lowercase).collect();
    if la == lb {
        // Letter case only. Numbers cannot differ by case; Latin and names stay the same word.
        return Some(Reason::Case);
    }
    if has_digit(a) || has_digit(b) {
        return Some(Reason::Number);
    }
    if unlatin(&la) == unlatin(&lb) && (la.chars().any(is_cyrillic) || lb.chars().any(is_cyrillic))
    {
        return Some(Reason::Lookalike);
    }
    if is_latin_word(a) || is_latin_word(b) {
        return Some(Reason::Latin);
    }
    if is_name(old, oi, a) || is_name(new, ni, b) {
        return Some(Reason::Name);
    }
    if date_differs(&la, &lb) {
        return Some(Reason::Date);
    }
    if negation_differs(&la, &lb, lang) {
        return Some(Reason::Negation);
    }
    if la.replace('ё', "е") == lb.replace('ё', "е") {
        return Some(Reason::Yo);
    }
    if !typo_sized(&la, &lb) {
        return Some(Reason::Words);
    }
    None
}

/// Latin letters that look like Cyrillic ones, replaced by them (lower case).
fn unlatin(lower: &str) -> String {
    lower
        .chars()
        .map(|c| match c {
            'a' => 'а',
            'c' => 'с',
            'e' => 'е',
            'i' => 'і',
            'o' => 'о',
            'p' => 'р',
            'x' => 'х',
            'y' => 'у',
            'k' => 'к',
            'h' => 'һ',
            'm' => 'м',
            't' => 'т',
            'b' => 'в',
            other => other,
        })
        .collect()
}

fn has_digit(w: &str) -> bool {
    w.chars().any(crate::lang::is_numeric)
}

/// A word written in Latin letters (no Cyrillic letter in it). A Cyrillic word with a
/// Latin look-alike inside (`бiлiм`) is not one: fixing it is a typo fix.
fn is_latin_word(w: &str) -> bool {
    w.chars().any(is_latin) && !w.chars().any(is_cyrillic)
}

/// A capitalised word that does not open a sentence.
fn is_name(text: &str, at: usize, w: &str) -> bool {
    let Some(first) = w.chars().next() else {
        return false;
    };
    first.is_uppercase() && !at_sentence_start(text, at)
}

/// True when the word at byte `at` opens the text or a sentence: only white space,
/// opening quotes, brackets and dashes stand between it and `.`, `!`, `?`, `…`.
pub(crate) fn at_sentence_start(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        if c.is_whitespace()
            || matches!(
                c,
                '«' | '“' | '„' | '"' | '\'' | '(' | '[' | '—' | '–' | '-' | '‘' | '‹'
            )
        {
            continue;
        }
        return matches!(c, '.' | '!' | '?' | '…');
    }
    true
}

/// Which month or weekday a word names (index into the lists), if any.
fn date_id(lower: &str) -> Option<usize> {
    use crate::lang::{KK_MONTHS, KK_WEEKDAYS, RU_MAY_FORMS, RU_MONTH_STEMS, RU_WEEKDAY_STEMS};
    if RU_MAY_FORMS.contains(&lower) {
        return Some(usize::MAX);
    }
    RU_MONTH_STEMS
        .iter()
        .chain(&RU_WEEKDAY_STEMS)
        .chain(&KK_MONTHS)
        .chain(&KK_WEEKDAYS)
        .position(|p| lower.starts_with(p))
}

/// Two month or weekday names that name different months or days.
fn date_differs(a: &str, b: &str) -> bool {
    matches!((date_id(a), date_id(b)), (Some(x), Some(y)) if x != y)
}

/// Complete negative words (lower case), Russian and Kazakh.
const NEGATION_WORDS: &[&str] = &[
    "не",
    "нет",
    "ни",
    "нельзя",
    "отнюдь",
    "ничуть",
    "ничто",
    "ничего",
    "ничем",
    "ничему",
    "никто",
    "никого",
    "никому",
    "никем",
    "никогда",
    "нигде",
    "никуда",
    "никак",
    "нисколько",
    "нечего",
    "некого",
    "некому",
    "незачем",
    "некуда",
    "негде",
    "емес",
    "жоқ",
    "еш",
    "ешқашан",
    "ешкім",
    "ештеңе",
    "ешқандай",
    "ешбір",
    "ешқайда",
];

/// Starts of negative words (their inflected forms included).
const NEGATION_PREFIXES: &[&str] = &[
    "ничег",
    "ничем",
    "ничто",
    "ничу",
    "никт",
    "ником",
    "никог",
    "никак",
    "никуд",
    "нигде",
    "ниотк",
    "нискольк",
    "ешқа",
    "ешкім",
    "ештең",
    "ешбір",
];

/// A word that is or looks like a negative word.
fn is_negation_word(lower: &str) -> bool {
    NEGATION_WORDS.contains(&lower) || NEGATION_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// A typo-sized pair that changes negation: a short negative word (не, нет, ни, жоқ,
/// емес) appearing or disappearing, one negative word for another (никто → ничто),
/// Russian не-/ни- added or removed, a Kazakh verb gaining or losing its negative
/// suffix. A typo inside a longer negative word (ешқашан → ешқаша, никогда →
/// никгода) is a typo.
fn negation_differs(a: &str, b: &str, lang: Lang) -> bool {
    let (na, nb) = (is_negation_word(a), is_negation_word(b));
    if na != nb {
        let neg = if na { a } else { b };
        if neg.chars().count() < 5 {
            return true;
        }
    }
    if NEGATION_WORDS.contains(&a) && NEGATION_WORDS.contains(&b) {
        return true;
    }
    match lang {
        Lang::Ru => {
            let pref = |x: &str, y: &str| {
                x.strip_prefix("не").is_some_and(|r| r == y)
                    || x.strip_prefix("ни").is_some_and(|r| r == y)
            };
            pref(a, b) || pref(b, a)
        }
        Lang::Kk => kk_negation_differs(a, b),
    }
}

/// One word has the Kazakh negative suffix and the other is that word without it (up
/// to one more letter: бармайды ~ барады, келмеді ~ келді).
fn kk_negation_differs(a: &str, b: &str) -> bool {
    let (neg, pos) = match (kk_negative_at(a), kk_negative_at(b)) {
        (Some(_), Some(_)) | (None, None) => return false,
        (Some(_), None) => (a, b),
        (None, Some(_)) => (b, a),
    };
    let cs: Vec<char> = neg.chars().collect();
    let pc: Vec<char> = pos.chars().collect();
    (2..cs.len().saturating_sub(2))
        .filter(|&p| kk_negative_here(&cs, p))
        .any(|p| {
            let without: Vec<char> = cs[..p].iter().chain(&cs[p + 2..]).copied().collect();
            osa_distance(&without, &pc, 1) <= 1
        })
}

/// True when the Kazakh word carries the negative verb suffix.
#[cfg(test)]
fn has_kk_negative_suffix(lower: &str) -> bool {
    kk_negative_at(lower).is_some()
}

fn kk_negative_at(lower: &str) -> Option<usize> {
    let cs: Vec<char> = lower.chars().collect();
    if cs.len() < 5 {
        return None;
    }
    (2..cs.len() - 2).find(|&p| kk_negative_here(&cs, p))
}

/// A Kazakh verb form with the negative suffix -ма/-ме/-ба/-бе/-па/-пе after a stem of
/// at least two letters, followed by what only follows negation in verb forms:
/// -й (-майды, -мейді, -май), -ды/-ді/-ты/-ті (past), -ған/-ген, -с (-мас, -маса,
/// -масын), -у (-мау), -ң (-маңыз).
fn kk_negative_here(cs: &[char], p: usize) -> bool {
    if !(matches!(cs[p], 'м' | 'б' | 'п') && matches!(cs[p + 1], 'а' | 'е')) {
        return false;
    }
    matches!(
        &cs[p + 2..],
        ['й' | 'с' | 'у' | 'ң', ..] | ['д' | 'т', 'ы' | 'і', ..] | ['ғ' | 'г', 'а' | 'е', 'н', ..]
    )
}

/// One insertion, deletion, substitution or swap of neighbouring letters; two
/// substitutions in a word of nine letters or more. Both words at least three letters.
fn typo_sized(a: &str, b: &str) -> bool {
    let ac: Vec<char> = a.chars().collect();
    let bc: Vec<char> = b.chars().collect();
    let (la, lb) = (ac.len(), bc.len());
    let l = la.max(lb);
    if la.min(lb) < 3 || la.abs_diff(lb) > 1 || l > 64 {
        return false;
    }
    let d = osa_distance(&ac, &bc, 2);
    d <= 1 || (d == 2 && la == lb && l >= 9)
}

/// Optimal string alignment distance (Levenshtein with swaps of neighbours),
/// bounded: the distance when it is at most `max`, else `max + 1` (given as soon
/// as a whole row of the table exceeds `max`).
pub(crate) fn osa_distance(a: &[char], b: &[char], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().take(w).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
    }
    d[a.len() * w + b.len()].min(max + 1)
}

/// True when both texts carry the same numbers: digits, a decimal point or comma
/// between digits, a sign or a dash before a number, a percent or degree sign after
/// one. White space is ignored (`3 000` = `3000`); numbers are separated by anything
/// else.
pub(crate) fn numbers_equal(old: &str, new: &str) -> bool {
    NumberChars::new(old).eq(NumberChars::new(new))
}

/// The characters that make up the numbers of a text, numbers separated by `|`.
struct NumberChars<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    /// The previous character, white space included.
    prev_raw: Option<char>,
    /// The previous character that is not white space.
    prev_solid: Option<char>,
    in_number: bool,
    pending: Option<char>,
}

impl<'a> NumberChars<'a> {
    fn new(text: &'a str) -> Self {
        NumberChars {
            chars: text.chars().peekable(),
            prev_raw: None,
            prev_solid: None,
            in_number: false,
            pending: None,
        }
    }
}

impl Iterator for NumberChars<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.pending.take() {
            return Some(c);
        }
        loop {
            let c = self.chars.next()?;
            let prev_raw = self.prev_raw.replace(c);
            if c.is_whitespace() {
                // White space neither ends a number nor belongs to it: `3 000` = `3000`.
                continue;
            }
            let prev_solid = self.prev_solid.replace(c);
            let next_digit = self
                .chars
                .peek()
                .is_some_and(|n| crate::lang::is_numeric(*n));
            let keep = if crate::lang::is_numeric(c) {
                true
            } else {
                match c {
                    '.' | ',' => prev_raw.is_some_and(crate::lang::is_numeric) && next_digit,
                    '%' | '‰' | '°' => prev_solid.is_some_and(crate::lang::is_numeric),
                    '-' | '−' | '–' | '—' | '+' => {
                        next_digit && !prev_raw.is_some_and(crate::lang::is_alphanumeric)
                    }
                    _ => false,
                }
            };
            if keep {
                if !self.in_number {
                    self.in_number = true;
                    self.pending = Some(c);
                    return Some('|');
                }
                return Some(c);
            }
            self.in_number = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain, unbounded optimal string alignment distance.
    fn osa_plain(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn bounded_osa_distance_is_the_distance_up_to_its_bound(
            a in "[абвқ]{0,7}", b in "[абвқ]{0,7}", max in 0usize..4
        ) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            proptest::prop_assert_eq!(osa_distance(&a, &b, max), osa_plain(&a, &b).min(max + 1));
        }
    }

    fn rebuild(ops: &[WordChange]) -> (String, String) {
        let mut o = String::new();
        let mut n = String::new();
        for c in ops {
            match c.op {
                WordOp::Equal => {
                    o.push_str(&c.text);
                    n.push_str(&c.text);
                }
                WordOp::Delete => o.push_str(&c.text),
                WordOp::Insert => n.push_str(&c.text),
            }
        }
        (o, n)
    }

    // Sentences from `../shared/corpus/ntrex128/docs/001_bbc.381790` (CC BY-SA 4.0, NTREX-128).
    const KK: &str = "Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды.";
    const RU: &str =
        "Проблематичное решение связано с планами изменить название Ассамблеи на Парламент Уэльса.";

    #[test]
    fn one_word_replaced() {
        let new = KK.replace("жоспарларына", "шешіміне");
        let ops = word_diff(KK, &new);
        assert_eq!(
            ops,
            vec![
                WordChange {
                    op: WordOp::Equal,
                    text: "Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту ".into(),
                    reason: None,
                },
                WordChange {
                    op: WordOp::Delete,
                    text: "жоспарларына".into(),
                    reason: Some(Reason::Words),
                },
                WordChange {
                    op: WordOp::Insert,
                    text: "шешіміне".into(),
                    reason: Some(Reason::Words),
                },
                WordChange {
                    op: WordOp::Equal,
                    text: " байланысты пайда болды.".into(),
                    reason: None,
                },
            ]
        );
        assert_eq!(classify(KK, &new, Lang::Kk), Class::Substantive);
    }

    #[test]
    fn adjacent_words_form_one_group() {
        let new = RU.replace("изменить название", "поменять имя");
        let ops = word_diff(RU, &new);
        let del: Vec<_> = ops.iter().filter(|c| c.op == WordOp::Delete).collect();
        assert_eq!(del.len(), 1);
        assert_eq!(del[0].text, "изменить название");
        assert_eq!(rebuild(&ops), (RU.to_string(), new));
    }

    #[test]
    fn identical_texts() {
        assert_eq!(
            word_diff(KK, KK),
            vec![WordChange {
                op: WordOp::Equal,
                text: KK.into(),
                reason: None,
            }]
        );
        assert!(word_diff("", "").is_empty());
        assert_eq!(classify(KK, KK, Lang::Kk), Class::Cosmetic);
    }

    #[test]
    fn cosmetic_edits() {
        let cases = [
            (RU, RU.replace("связано с", "связано, с")),
            (RU, RU.replace("Уэльса.", "Уэльса!")),
            (RU, RU.replace("связано", "Связано")),
            (RU, RU.replace("Проблематичное", "проблематичное")),
            (RU, RU.replace("планами", "планми")),
            (RU, RU.replace("планами", "паланами")),
            (RU, RU.replace("изменить", "изменть")),
            (RU, RU.replace("изменить", "иземнить")),
            (RU, RU.replace("связано с", "связанос")),
            (RU, RU.replace(" на ", " на  ")),
            (KK, KK.replace("ассамблея", "асамблея")),
            (KK, KK.replace("атауын", "атаун")),
            (KK, KK.replace("Бұл", "бұл")),
            (KK, KK.replace(" пайда", ", пайда")),
            // Real words from NTREX-128 documents (CC BY-SA 4.0) garbled by one letter.
            ("в ноябре.", "в нообре.".to_string()),
            ("Мен қарай алмаймын.", "Мен қарай алмамйын.".to_string()),
            (
                "ол ешқашан жол бермейді",
                "ол ешқаша жол бермейді".to_string(),
            ),
            (
                "Демеушілер немесе мүшелері",
                "Демеушілер немеесе мүшелері".to_string(),
            ),
        ];
        for (lang, (a, b)) in [Lang::Ru; 10].into_iter().chain([Lang::Kk; 4]).zip(cases) {
            assert_eq!(classify(a, &b, lang), Class::Cosmetic, "{a} -> {b}");
        }
    }

    #[test]
    fn substantive_edits() {
        let cases = [
            (RU, RU.replace("связано", "не связано"), Lang::Ru),
            (RU, RU.replace("Уэльса", "Уэлса"), Lang::Ru), // typo in a name
            (RU, RU.replace("планами", "плановами"), Lang::Ru), // two letters
            (RU, RU.replace("изменить", "не изменить"), Lang::Ru),
            (
                "Это возможно сейчас.",
                "Это невозможно сейчас.".to_string(),
                Lang::Ru,
            ),
            ("Встреча 5 июня.", "Встреча 5 июля.".to_string(), Lang::Ru),
            (
                "Рост на 3,5% за год.",
                "Рост на 3,6% за год.".to_string(),
                Lang::Ru,
            ),
            (
                "Рост на 3,5% за год.",
                "Рост на 3.5% за год.".to_string(),
                Lang::Ru,
            ),
            (
                "Рост на 35 за год.",
                "Рост на 35% за год.".to_string(),
                Lang::Ru,
            ),
            (
                "Температура 5 градусов.",
                "Температура -5 градусов.".to_string(),
                Lang::Ru,
            ),
            (
                "Партия MWP выступила.",
                "Партия MWR выступила.".to_string(),
                Lang::Ru,
            ),
            (KK, KK.replace("болды", "болмады"), Lang::Kk),
            (
                "Ол ертең келеді.",
                "Ол ертең келмейді.".to_string(),
                Lang::Kk,
            ),
            (
                "Ол қалаға барады.",
                "Ол қалаға бармады.".to_string(),
                Lang::Kk,
            ),
            (
                "Бұл жақсы шешім.",
                "Бұл жақсы шешім емес.".to_string(),
                Lang::Kk,
            ),
            (
                "Кездесу сәрсенбі күні өтеді.",
                "Кездесу сейсенбі күні өтеді.".to_string(),
                Lang::Kk,
            ),
            (KK, KK.replace("Уэльс", "Уэлс"), Lang::Kk),
            (KK, KK.replace(" пайда болды", ""), Lang::Kk),
            (
                "Тогда никто не пришёл.",
                "Тогда ничто не пришёл.".to_string(),
                Lang::Ru,
            ),
            ("Ол келді.", "Ол келмеді.".to_string(), Lang::Kk),
            (
                "ештеңе істей алмады.",
                "ештеңе істей алады.".to_string(),
                Lang::Kk,
            ),
            (
                "Здесь нечего делать.",
                "Здесь ничего делать.".to_string(),
                Lang::Ru,
            ),
            ("Это нет так.", "Это нот так.".to_string(), Lang::Ru),
        ];
        for (a, b, lang) in cases {
            assert_eq!(classify(a, &b, lang), Class::Substantive, "{a} -> {b}");
        }
    }

    fn reasons(old: &str, new: &str, lang: Lang, vocab: &dyn Vocabulary) -> Vec<Reason> {
        let (ops, _) = diff_and_classify_with(old, new, lang, vocab);
        ops.iter()
            .filter(|c| c.op == WordOp::Delete || (c.op == WordOp::Insert))
            .filter_map(|c| c.reason)
            .collect::<Vec<_>>()
            .chunk_by(|a, b| a == b)
            .map(|g| g[0])
            .collect()
    }

    #[test]
    fn each_change_says_why() {
        let none = &NoVocabulary;
        let cases = [
            (
                RU,
                RU.replace("планами", "планми"),
                Lang::Ru,
                Reason::Spelling,
            ),
            (RU, RU.replace("связано", "Связано"), Lang::Ru, Reason::Case),
            (
                RU,
                RU.replace(" на ", " на  "),
                Lang::Ru,
                Reason::Whitespace,
            ),
            (
                RU,
                RU.replace("связано с", "связано, с"),
                Lang::Ru,
                Reason::Punctuation,
            ),
            (RU, RU.replace("Уэльса", "Уэлса"), Lang::Ru, Reason::Name),
            (
                RU,
                RU.replace("изменить", "изменит"),
                Lang::Ru,
                Reason::WordForm,
            ),
            (
                RU,
                RU.replace("связано", "не связано"),
                Lang::Ru,
                Reason::Negation,
            ),
            (RU, RU.replace("планами", "идеями"), Lang::Ru, Reason::Words),
            (
                "Президент заявил.",
                "Президент заявила.".to_string(),
                Lang::Ru,
                Reason::WordForm,
            ),
            (
                "Всё ещё идёт.",
                "Всё еще идет.".to_string(),
                Lang::Ru,
                Reason::Yo,
            ),
            (
                "Встреча 5 июня.",
                "Встреча 5 июля.".to_string(),
                Lang::Ru,
                Reason::Date,
            ),
            (
                "Рост на 3,5%.",
                "Рост на 3.5%.".to_string(),
                Lang::Ru,
                Reason::Number,
            ),
            (
                "Партия MWP.",
                "Партия MWR.".to_string(),
                Lang::Ru,
                Reason::Latin,
            ),
            (
                KK,
                KK.replace("болды", "болмады"),
                Lang::Kk,
                Reason::Negation,
            ),
            (
                KK,
                KK.replace("атауын", "атаун"),
                Lang::Kk,
                Reason::Spelling,
            ),
            (
                "Ол барады.",
                "Ол барды.".to_string(),
                Lang::Kk,
                Reason::WordForm,
            ),
            (
                "Жоғары бiлiм алды.",
                "Жоғары білім алды.".to_string(),
                Lang::Kk,
                Reason::Lookalike,
            ),
        ];
        for (a, b, lang, why) in cases {
            let got = reasons(a, &b, lang, none);
            assert_eq!(got, [why], "{a} -> {b}");
            assert_eq!(classify(a, &b, lang), why.class(), "{a} -> {b}");
        }
    }

    #[test]
    fn the_archive_vocabulary_makes_new_words_words() {
        // `ковидный`, `ковидные` are in no dictionary; once the archive's approved
        // texts have them, one for the other is a change of word form, not a
        // spelling fix.
        struct Newsroom;
        impl Vocabulary for Newsroom {
            fn knows(&self, lang: Lang, lower: &str) -> bool {
                lang == Lang::Ru && ["ковидный", "ковидные"].contains(&lower)
            }
        }
        let (a, b) = ("Режим ковидный.", "Режим ковидные.");
        assert!(!lexicon::in_dictionary(Lang::Ru, "ковидный"));
        assert_eq!(reasons(a, b, Lang::Ru, &NoVocabulary), [Reason::Spelling]);
        assert_eq!(reasons(a, b, Lang::Ru, &Newsroom), [Reason::WordForm]);
    }

    /// The floor of `examples/spelling_eval.rs` on the four drift fixture documents
    /// (NTREX-128, CC BY-SA 4.0; see tests/fixtures/LICENSES.md): every one-letter
    /// edit between two dictionary words is substantive, ≥ 98% of misspellings are
    /// cosmetic.
    #[test]
    fn word_forms_are_substantive_and_misspellings_cosmetic() {
        use crate::diff::DRIFT_DOCS as DOCS;
        use spelling_cases::{cases, Kind};
        for lang in Lang::ALL {
            let paras: Vec<String> = DOCS
                .iter()
                .map(|(kk, ru)| if lang == Lang::Kk { kk } else { ru })
                .flat_map(|t| t.split("\n\n"))
                .map(|p| p.trim().replace('\n', " "))
                .filter(|p| !p.is_empty())
                .collect();
            let is_word = |w: &str| lexicon::in_dictionary(lang, w);
            let all = cases(&paras, &is_word, 200);
            let (forms, typos): (Vec<_>, Vec<_>) =
                all.iter().partition(|c| c.kind == Kind::WordForm);
            assert!(
                forms.len() >= 10 && typos.len() >= 100,
                "{lang:?}: {} {}",
                forms.len(),
                typos.len()
            );
            for c in &forms {
                assert_eq!(
                    classify(&paras[c.para], &c.new_text, lang),
                    Class::Substantive,
                    "{} → {}",
                    c.old_word,
                    c.new_word
                );
            }
            let cosmetic = typos
                .iter()
                .filter(|c| classify(&paras[c.para], &c.new_text, lang) == Class::Cosmetic)
                .count();
            assert!(
                cosmetic * 100 >= typos.len() * 98,
                "{lang:?}: {cosmetic} of {} misspellings cosmetic",
                typos.len()
            );
        }
    }

    #[test]
    fn spaces_inside_numbers_do_not_matter() {
        assert!(numbers_equal("3 000 теңге", "3000 теңге"));
        assert!(numbers_equal("5 %", "5%"));
        assert!(!numbers_equal("3 000", "3 001"));
        assert!(!numbers_equal("2019-2020", "2019 2020"));
        assert!(numbers_equal("УПМ-ге 3-ке", "УПМ-ге 3-ке"));
        assert_eq!(
            classify("Бағасы 3 000 теңге.", "Бағасы 3000 теңге.", Lang::Kk),
            Class::Cosmetic
        );
    }

    #[test]
    fn kazakh_negative_suffix() {
        for w in [
            "бармады",
            "келмейді",
            "болмайды",
            "айтпайды",
            "білмеген",
            "бармас",
            "бармау",
            "бармаңыз",
        ] {
            assert!(has_kk_negative_suffix(w), "{w}");
        }
        for w in [
            "барады",
            "келеді",
            "болады",
            "айтады",
            "білген",
            "бару",
            "ассамблея",
        ] {
            assert!(!has_kk_negative_suffix(w), "{w}");
        }
    }

    #[test]
    fn sentence_start() {
        let t = "Он сказал. «Мы придём», — ответил Иван.";
        assert!(at_sentence_start(t, 0));
        let my = t.find("Мы").unwrap();
        assert!(at_sentence_start(t, my));
        let ivan = t.find("Иван").unwrap();
        assert!(!at_sentence_start(t, ivan));
    }

    #[test]
    fn huge_texts_are_fast_and_exact() {
        let big = "сөз мен сөйлем, ".repeat(350_000); // ~5.6 MB
        let mut changed = big.clone();
        changed.insert_str(big.len() / 2, "жаңа ");
        let ops = word_diff(&big, &changed);
        assert_eq!(rebuild(&ops), (big.clone(), changed.clone()));
        assert_eq!(
            ops.iter().filter(|c| c.op != WordOp::Equal).count(),
            1,
            "one insert"
        );
        let other = "басқа мәтін ".repeat(400_000);
        let ops = word_diff(&big, &other);
        assert_eq!(rebuild(&ops), (big.clone(), other.clone()));
        assert_eq!(classify(&big, &other, Lang::Kk), Class::Substantive);
    }

    proptest::proptest! {
        #[test]
        fn ops_rebuild_both_texts(a in "[а-яәғқңөұүһі ,.A-Z0-9]{0,60}", b in "[а-яәғқңөұүһі ,.A-Z0-9]{0,60}") {
            let ops = word_diff(&a, &b);
            proptest::prop_assert_eq!(rebuild(&ops), (a.clone(), b.clone()));
            let ops = word_diff(&a, &a);
            proptest::prop_assert!(ops.iter().all(|c| c.op == WordOp::Equal));
            proptest::prop_assert_eq!(classify(&a, &a, Lang::Kk), Class::Cosmetic);
        }
    }
}
