//! Names: the proper names of one aligned bead must be the same on both sides.
//!
//! A name is a capitalised Cyrillic word that does not start a sentence (after a
//! full stop, `!`, `?`, `…`, a colon, an opening quote or a dash); a capitalised
//! word that does start one counts only when the other side has it too. Months,
//! weekdays, titles and honorifics ([`tables::NOT_NAMES`]) are never names; acronyms
//! and Latin words are left to other checks.
//!
//! A name on one side corresponds to a word on the other when their stems meet
//! (see [`stem`]): Kazakh letters read as the Russian letters they transliterate
//! (`Тоқаев` ↔ `Токаев`, `Қазақстан` ↔ `Казахстан`), Kazakh suffix chains and
//! Russian endings cut off (`Тоқаевтың` ↔ `Токаевым`), or a built-in or configured
//! equivalent (`Өскемен` ↔ `Усть-Каменогорск`, `Шығыс` ↔ `Восточно-`). The other side
//! is searched among all its words, capitalised or not, because Russian and Kazakh
//! capitalise institutions and adjectives differently.
//!
//! What is left unmatched is judged:
//! * a name on one side and an unmatched capitalised word on the other that differ by
//!   one letter (`Токаев` ↔ `Тогаев`) — an **error**: a misspelt or changed name;
//! * an unmatched name next to a matched name whose counterpart stands next to an
//!   unmatched capitalised word (`Касым-Жомарт Токаев` ↔ `Касым-Жомарт Назарбаев`)
//!   — an **error**: the name was replaced;
//! * any other name found on one side only — a **warning** (translations rephrase and
//!   drop names), one finding per paragraph listing the names.

pub(crate) mod stem;
mod tables;

use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::segment::Paragraph;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Settings of the names check (`[checks.names]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct NamesConfig {
    /// Report names found on one side only (as warnings). Changed names are always
    /// reported.
    pub missing: bool,
    /// Capitalised words that are never names (either language, any case).
    pub ignore: Vec<String>,
    /// Extra Kazakh ↔ Russian forms of a name that transliteration does not relate.
    pub equivalents: Vec<Equivalent>,
}

impl Default for NamesConfig {
    fn default() -> Self {
        NamesConfig {
            missing: true,
            ignore: Vec::new(),
            equivalents: Vec::new(),
        }
    }
}

/// One name written differently in the two languages: `{ kk = "Өскемен", ru =
/// "Усть-Каменогорск" }`. Each side is the name's base form; inflected forms match.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Equivalent {
    pub kk: String,
    pub ru: String,
}

/// Runs the names check over one aligned bead (the Kazakh and Russian paragraphs
/// that correspond to each other).
pub fn check(kk: &[&Paragraph], ru: &[&Paragraph], cfg: &NamesConfig, out: &mut Vec<Finding>) {
    if kk.is_empty() || ru.is_empty() {
        return;
    }
    let extra = Extra::new(cfg);
    let mut k = Side::new(kk, true, &extra);
    let mut r = Side::new(ru, false, &extra);
    if k.parts.iter().all(|p| !p.cand) && r.parts.iter().all(|p| !p.cand) {
        return;
    }
    k.equivalents(&extra);
    r.equivalents(&extra);
    match_side(&mut k, &mut r);
    match_side(&mut r, &mut k);
    judge(&mut k, &mut r, cfg, out);
}

/// Words of the config, normalised once per call (they are few).
struct Extra {
    ignore: Vec<Vec<char>>,
    equivalents: Vec<(Vec<char>, Vec<char>)>,
}

impl Extra {
    fn new(cfg: &NamesConfig) -> Self {
        let norm = |s: &str| {
            let mut v = Vec::new();
            stem::push_word(s.trim(), &mut v);
            v
        };
        // A Russian base form loses its final vowel or `й` when inflected
        // (`Капчагай` → `Капчагае`): keep the part every form shares.
        let ru_base = |s: &str| {
            let mut v = norm(s);
            for _ in 0..2 {
                if v.len() > 4 && v.last().is_some_and(|&c| stem::is_vowel(c)) {
                    v.pop();
                }
            }
            v
        };
        Extra {
            ignore: cfg.ignore.iter().map(|s| norm(s)).collect(),
            equivalents: cfg
                .equivalents
                .iter()
                .map(|e| (norm(&e.kk), ru_base(&e.ru)))
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .collect(),
        }
    }
}

/// Built-in tables, normalised once.
struct Tables {
    not_names: Vec<Vec<char>>,
    equivalents: Vec<(Vec<char>, Vec<char>)>,
    /// The built-in equivalents by the coarse class of their first letter: Kazakh
    /// forms, then Russian ones.
    forms: [FormIndex; 2],
}

/// Equivalent forms by the coarse class of their first letter: (id, form, hyphens),
/// in id order.
type FormIndex = HashMap<char, Vec<(u32, Vec<char>, usize)>>;

fn form_index<'e>(
    equivalents: impl Iterator<Item = &'e (Vec<char>, Vec<char>)>,
    first_id: usize,
    kazakh: bool,
) -> FormIndex {
    let mut forms = FormIndex::new();
    for (id, (k, r)) in equivalents.enumerate() {
        let form: &[char] = if kazakh { k } else { r };
        if let Some(&f0) = form.first() {
            let hyphens = form.iter().filter(|&&c| c == '-').count();
            forms.entry(stem::coarse(f0)).or_default().push((
                (first_id + id) as u32,
                form.to_vec(),
                hyphens,
            ));
        }
    }
    forms
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let equivalents: Vec<(Vec<char>, Vec<char>)> = tables::EQUIVALENTS
            .iter()
            .map(|(k, r)| (k.chars().collect(), r.chars().collect()))
            .collect();
        let forms = [
            form_index(equivalents.iter(), 0, true),
            form_index(equivalents.iter(), 0, false),
        ];
        Tables {
            not_names: crate::lang::calendar_stems()
                .chain(tables::NOT_NAMES.iter().copied())
                .map(|s| s.chars().collect())
                .collect(),
            equivalents,
            forms,
        }
    })
}

/// One hyphen-separated part of a word.
#[derive(Debug)]
struct Part {
    /// Index into the side's paragraphs.
    para: usize,
    /// Byte range in the paragraph's `text`.
    start: usize,
    end: usize,
    /// Letter range in `Side::chars` (normalised letters of this part).
    c0: usize,
    c1: usize,
    /// Letter range of the rest of the word from this part on (hyphens kept).
    w1: usize,
    /// Position in the side's sequence of parts.
    cap: bool,
    /// A capitalised Cyrillic word that may be a name.
    cand: bool,
    /// A candidate at a sentence start (counts only when matched).
    weak: bool,
    /// Index of a part of the other side it corresponds to.
    matched: Option<usize>,
    /// Ids of equivalents this part starts.
    equiv: Vec<u32>,
    /// Stem prefix lengths, computed on demand.
    stems: Option<Vec<usize>>,
}

struct Side<'a> {
    paras: &'a [&'a Paragraph],
    kazakh: bool,
    chars: Vec<char>,
    parts: Vec<Part>,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Words after which a full stop does not end a sentence.
fn is_abbreviation(word: &[char]) -> bool {
    const ABBR: &[&str] = &[
        "им", "св", "ул", "г", "гг", "ж", "жж", "т", "д", "пр", "обл", "р", "с", "ст", "проф",
        "акад", "доц", "млн", "млрд", "тыс", "руб", "тг", "км", "см", "кв", "м", "мин", "сағ", "ш",
        "б", "э", "н", "п", "др", "т.б", "т.е", "каз", "рус", "англ", "мкр", "көш", "даң",
    ];
    ABBR.iter().any(|a| a.chars().eq(word.iter().copied()))
}

impl<'a> Side<'a> {
    fn new(paras: &'a [&'a Paragraph], kazakh: bool, extra: &Extra) -> Self {
        let mut side = Side {
            paras,
            kazakh,
            chars: Vec::new(),
            parts: Vec::new(),
        };
        for (pi, p) in paras.iter().enumerate() {
            side.scan(pi, &p.text, extra);
        }
        side
    }

    fn scan(&mut self, pi: usize, text: &str, extra: &Extra) {
        let mut sentence_start = true;
        let mut after_open = false;
        // Normalised letters of the previous word, and whether a full stop right
        // after it would be an abbreviation or an initial.
        let mut prev_abbrev = false;
        let mut prev_end = usize::MAX;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if crate::lang::is_alphabetic(c) {
                // A word: letters, and hyphens between letters.
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = it.peek() {
                    if crate::lang::is_alphabetic(d) {
                        end = j + d.len_utf8();
                        it.next();
                    } else if is_hyphen(d)
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(crate::lang::is_alphabetic)
                    {
                        it.next();
                    } else {
                        break;
                    }
                }
                let word = &text[i..end];
                let start_of_sentence = sentence_start || after_open;
                let w0 = self.chars.len();
                stem::push_word(word, &mut self.chars);
                let w1 = self.chars.len();
                let first_upper = c.is_uppercase();
                prev_abbrev = (w1 - w0 == 1 && first_upper) || is_abbreviation(&self.chars[w0..w1]);
                prev_end = end;
                // Split into parts at hyphens.
                let mut part_start = i;
                let mut c_start = w0;
                let mut first = true;
                for (offset, (k, ch)) in (w0..).zip(word.char_indices()) {
                    let at_end = k + ch.len_utf8() == word.len();
                    if is_hyphen(ch) || at_end {
                        let (pend, cend) = if at_end && !is_hyphen(ch) {
                            (i + word.len(), offset + 1)
                        } else {
                            (i + k, offset)
                        };
                        self.push_part(
                            pi,
                            text,
                            part_start,
                            pend,
                            c_start,
                            cend,
                            w1,
                            first && start_of_sentence,
                            extra,
                        );
                        first = false;
                        part_start = i + k + ch.len_utf8();
                        c_start = offset + 1;
                    }
                }
                sentence_start = false;
                after_open = false;
                continue;
            }
            match c {
                '.' => {
                    if !(prev_end == i && prev_abbrev) {
                        sentence_start = true;
                    }
                }
                '!' | '?' | '…' | ':' => sentence_start = true,
                '«' | '“' | '„' | '"' | '(' | '[' | '—' | '–' | '\'' | '‘' => {
                    after_open = true
                }
                _ => {
                    if !c.is_whitespace() {
                        after_open = false;
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_part(
        &mut self,
        para: usize,
        text: &str,
        start: usize,
        end: usize,
        c0: usize,
        c1: usize,
        w1: usize,
        sentence_start: bool,
        extra: &Extra,
    ) {
        if start >= end {
            return;
        }
        let s = &text[start..end];
        let mut cs = s.chars();
        let first = cs.next().unwrap_or(' ');
        let cap = first.is_uppercase() && cs.clone().any(char::is_lowercase);
        let cyr = s.chars().all(crate::lang::is_cyrillic);
        let letters = &self.chars[c0..c1];
        let cand = cap
            && cyr
            && letters.len() >= 3
            && !is_not_name(letters, &tables().not_names)
            && !is_not_name(letters, &extra.ignore);
        self.parts.push(Part {
            para,
            start,
            end,
            c0,
            c1,
            w1,
            cap,
            cand,
            weak: cand && sentence_start,
            matched: None,
            equiv: Vec::new(),
            stems: None,
        });
    }

    fn letters(&self, i: usize) -> &[char] {
        &self.chars[self.parts[i].c0..self.parts[i].c1]
    }

    fn surface(&self, i: usize) -> &str {
        let p = &self.parts[i];
        &self.paras[p.para].text[p.start..p.end]
    }

    fn stems(&mut self, i: usize) -> &[usize] {
        if self.parts[i].stems.is_none() {
            let mut v = Vec::new();
            let (c0, c1) = (self.parts[i].c0, self.parts[i].c1);
            if self.kazakh {
                stem::kk_stems(&self.chars[c0..c1], &mut v);
            } else {
                stem::ru_stems(&self.chars[c0..c1], &mut v);
            }
            self.parts[i].stems = Some(v);
        }
        self.parts[i].stems.as_deref().unwrap_or(&[])
    }

    /// Marks every part that starts a built-in or configured equivalent.
    fn equivalents(&mut self, extra: &Extra) {
        let t = tables();
        // Built-in forms are indexed once; configured ones (ids after them) here.
        let built_in = &t.forms[usize::from(!self.kazakh)];
        let configured = form_index(extra.equivalents.iter(), t.equivalents.len(), self.kazakh);
        for i in 0..self.parts.len() {
            let p = &self.parts[i];
            let Some(&f0) = self.chars.get(p.c0) else {
                continue;
            };
            let key = stem::coarse(f0);
            let list = built_in
                .get(&key)
                .into_iter()
                .chain(configured.get(&key))
                .flatten();
            let mut hits = Vec::new();
            let mut span_parts = 0usize;
            for &(id, ref form, hyphens) in list {
                let word = if hyphens > 0 {
                    &self.chars[p.c0..p.w1]
                } else {
                    &self.chars[p.c0..p.c1]
                };
                if stem::starts_with_form(word, form, self.kazakh) {
                    hits.push(id);
                    span_parts = span_parts.max(hyphens);
                }
            }
            if hits.is_empty() {
                continue;
            }
            for j in i..=(i + span_parts).min(self.parts.len() - 1) {
                self.parts[j].equiv.extend_from_slice(&hits);
            }
        }
    }
}

fn is_not_name(letters: &[char], list: &[Vec<char>]) -> bool {
    list.iter().any(|w| {
        letters.len() >= w.len()
            && letters[..w.len()] == w[..]
            && (stem::kk_chain(&letters[w.len()..]) || stem::ru_ending(&letters[w.len()..]))
    })
}

/// Hash key of a part for finding its counterparts: the coarse classes of its first
/// three letters.
fn key(letters: &[char]) -> [char; 3] {
    let mut k = [' '; 3];
    for (slot, &c) in k.iter_mut().zip(letters) {
        *slot = stem::coarse(c);
    }
    k
}

/// Finds, for every candidate of `a`, a corresponding part of `b`.
fn match_side(a: &mut Side, b: &mut Side) {
    // One entry per distinct spelling: a long text repeats its words.
    let mut index: HashMap<[char; 3], Vec<usize>> = HashMap::new();
    {
        let mut seen: std::collections::HashSet<&[char]> = std::collections::HashSet::new();
        for j in 0..b.parts.len() {
            let l = &b.chars[b.parts[j].c0..b.parts[j].c1];
            if l.len() >= 2 && seen.insert(l) {
                index.entry(key(l)).or_default().push(j);
            }
        }
    }
    let b_equiv: HashMap<u32, usize> = b
        .parts
        .iter()
        .enumerate()
        .flat_map(|(j, p)| p.equiv.iter().map(move |&id| (id, j)))
        .collect();
    // The same name repeats: remember what a spelling matched.
    let mut memo: HashMap<Vec<char>, Option<usize>> = HashMap::new();
    for i in 0..a.parts.len() {
        if !a.parts[i].cand || a.parts[i].matched.is_some() {
            continue;
        }
        if let Some(&j) = a.parts[i].equiv.iter().find_map(|id| b_equiv.get(id)) {
            a.parts[i].matched = Some(j);
            continue;
        }
        if let Some(&m) = memo.get(a.letters(i)) {
            a.parts[i].matched = m;
            continue;
        }
        let mut found = None;
        if let Some(list) = index.get(&key(a.letters(i))) {
            a.stems(i);
            let letters = a.letters(i);
            let a_stems = a.parts[i].stems.as_deref().unwrap_or(&[]);
            for &j in list.iter().take(4096) {
                b.stems(j);
                let bl = b.letters(j);
                let b_stems = b.parts[j].stems.as_deref().unwrap_or(&[]);
                let meet = if a.kazakh {
                    stem::stems_meet(letters, a_stems, bl, b_stems)
                } else {
                    stem::stems_meet(bl, b_stems, letters, a_stems)
                };
                if meet {
                    found = Some(j);
                    break;
                }
            }
        }
        a.parts[i].matched = found;
        memo.insert(a.letters(i).to_vec(), found);
    }
}

/// How two unmatched parts relate, judged over their stems of at least 4 letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Near {
    /// Not one edit apart.
    Far,
    /// One edit apart in a way transliterations of one name vary (a doubled or
    /// dropped letter, `э` for `е`, `з` for `т`): spelled differently.
    Variant,
    /// One letter replaced by one no transliteration would use: a changed name.
    Changed,
}

fn near(k: &mut Side, i: usize, r: &mut Side, j: usize) -> Near {
    let ks = k.stems(i).to_vec();
    let rs = r.stems(j).to_vec();
    let kl = k.letters(i);
    let rl = r.letters(j);
    // A native Kazakh name (it has a Kazakh letter) has one Russian spelling.
    let mut changed = false;
    for &a in &ks {
        for &b in &rs {
            if a < 4 || b < 4 {
                continue;
            }
            let native = kl[..a].iter().any(|&c| crate::lang::is_kazakh_letter(c));
            match stem::single_edit(&kl[..a], &rl[..b]) {
                Some(Some((x, y))) => {
                    // A different last letter of a stem cut before a suffix is as
                    // likely a wrong cut (`Ванд|ы` ↔ `Ванн`) as a changed letter.
                    let at_cut = a < kl.len() && a == b && kl[a - 1] == x && {
                        let pos = (0..a).rfind(|&p| !stem::compat(kl[p], rl[p]));
                        pos == Some(a - 1)
                    };
                    if at_cut || stem::plausible_substitution(x, y, native) {
                        return Near::Variant;
                    }
                    changed = true;
                }
                Some(None) => return Near::Variant,
                None => {}
            }
        }
    }
    if changed {
        Near::Changed
    } else {
        Near::Far
    }
}

/// Are two parts far apart as spellings? At least three edits, and either a
/// different first letter or three letters in four different. Then one replaced the other;
/// closer spellings are more likely two transliterations (`Грахам` ↔ `Грэм`).
fn unlike(k: &mut Side, i: usize, r: &mut Side, j: usize) -> bool {
    let ks = k.stems(i).to_vec();
    let rs = r.stems(j).to_vec();
    let (kl, rl) = (k.letters(i), r.letters(j));
    // The closest pair of stems decides.
    let mut best: Option<(usize, usize)> = None;
    for &a in &ks {
        for &b in &rs {
            let longest = a.max(b);
            let d = stem::distance(&kl[..a], &rl[..b], longest);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, longest));
            }
        }
    }
    let Some((d, longest)) = best else {
        return false;
    };
    // A short form is no replacement (`Сев` ↔ `Северьяно`).
    let shorter = kl.len().min(rl.len());
    if stem::compat_prefix(kl, rl, shorter) {
        return false;
    }
    d >= 3 && (stem::coarse(kl[0]) != stem::coarse(rl[0]) || 4 * d >= 3 * longest)
}

fn ends_with(word: &[char], list: &[&str]) -> bool {
    list.iter().any(|e| {
        let n = e.chars().count();
        word.len() > n
            && word[word.len() - n..]
                .iter()
                .map(|&c| stem::fold(c))
                .eq(e.chars())
    })
}

/// Does a Kazakh word end in a case suffix that closes a noun phrase?
fn ends_in_case(word: &[char]) -> bool {
    const CASES: &[&str] = &[
        "нын", "нин", "дын", "дин", "тын", "тин", "дан", "ден", "тан", "тен", "нан", "нен", "мен",
        "бен", "пен", "нда", "нде", "га", "ге",
    ];
    ends_with(word, CASES)
}

/// A Kazakh adjective made from a noun (`Төменгі`, `Индонезиялық`): a translated
/// part of a name, not a name.
fn adjectival_kk(word: &[char]) -> bool {
    const ADJ: &[&str] = &[
        "лык", "лик", "дык", "дик", "тык", "тик", "гы", "ги", "кы", "ки", "дагы", "деги", "тагы",
        "теги",
    ];
    ends_with(word, ADJ)
}

/// A Russian adjective (`Нижняя`, `Олимпийский`): a translated part of a name.
fn adjectival_ru(word: &[char]) -> bool {
    const ADJ: &[&str] = &[
        "ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую",
        "юю", "ых", "их", "ым", "им", "ыми", "ими",
    ];
    ends_with(word, ADJ)
}

fn unmatched(s: &Side) -> Vec<usize> {
    (0..s.parts.len())
        .filter(|&i| s.parts[i].cand && s.parts[i].matched.is_none())
        .take(64)
        .collect()
}

/// Are two parts of a side neighbours in the same paragraph?
fn neighbours(s: &Side, i: usize, j: usize) -> bool {
    i.abs_diff(j) == 1 && s.parts[i].para == s.parts[j].para
}

fn judge(k: &mut Side, r: &mut Side, cfg: &NamesConfig, out: &mut Vec<Finding>) {
    let uk = unmatched(k);
    let ur = unmatched(r);
    let mut used_k = vec![false; uk.len()];
    let mut used_r = vec![false; ur.len()];

    // (kk part, ru part, is an error)
    let mut pairs: Vec<(usize, usize, bool)> = Vec::new();

    // 1. One edit apart: an altered name, or a spelling variant. At least one of the
    // two must stand mid-sentence; two sentence-initial words must be long to count.
    for (a, &i) in uk.iter().enumerate() {
        for (b, &j) in ur.iter().enumerate() {
            if used_k[a] || used_r[b] {
                continue;
            }
            let both_weak = k.parts[i].weak && r.parts[j].weak;
            if both_weak && (k.letters(i).len() < 6 || r.letters(j).len() < 6) {
                continue;
            }
            let n = near(k, i, r, j);
            if n != Near::Far {
                used_k[a] = true;
                used_r[b] = true;
                // A foreign name is transliterated independently into each language
                // (Грейсон / Трейсон in real pairs): only a native Kazakh name, which
                // has one Russian spelling, makes a one-letter change near certain.
                let native = k.surface(i).chars().any(crate::lang::is_kazakh_letter);
                pairs.push((i, j, n == Near::Changed && native));
            }
        }
    }

    // 2. Replaced next to a matched neighbour: `X Y` ↔ `X' Z` where X ↔ X' match,
    // Y and Z are unmatched, and Y, Z stand on the same side of X, X'.
    for (a, &i) in uk.iter().enumerate() {
        if used_k[a] {
            continue;
        }
        for n in [i.wrapping_sub(1), i + 1] {
            if n >= k.parts.len() || !neighbours(k, i, n) {
                continue;
            }
            let Some(m) = k.parts[n].matched else {
                continue;
            };
            // Both unmatched words stand mid-sentence, and the Kazakh word on the
            // left is not in a case (`Ұлыбританияның Еуроодақтан` is two phrases,
            // `Касым-Жомарт Тоқаев` one name).
            let left = i.min(n);
            if k.parts[i].weak || ends_in_case(k.letters(left)) || adjectival_kk(k.letters(i)) {
                continue;
            }
            // The counterpart of Y's neighbour, shifted the same way.
            let j = if n < i { m + 1 } else { m.wrapping_sub(1) };
            if j >= r.parts.len() || !neighbours(r, m, j) || !r.parts[m].cap {
                continue;
            }
            let Some(b) = ur.iter().position(|&x| x == j) else {
                continue;
            };
            if used_r[b] || r.parts[j].weak {
                continue;
            }
            used_k[a] = true;
            used_r[b] = true;
            let error = unlike(k, i, r, j) && !adjectival_ru(r.letters(j));
            pairs.push((i, j, error));
            break;
        }
    }

    for &(i, j, error) in &pairs {
        let (severity, id) = if error {
            (Severity::Error, "names-changed")
        } else {
            (Severity::Warning, "names-differ")
        };
        out.push(Finding {
            check: CheckId::Names,
            severity,
            kk: Some(evidence(k, &[i])),
            ru: Some(evidence(r, &[j])),
            message: Message::new(id)
                .str("kk", k.surface(i))
                .str("ru", r.surface(j)),
        });
    }

    if !cfg.missing {
        return;
    }
    // 3. Names on one side only (mid-sentence ones: a sentence-initial capital is
    // not evidence of a name).
    let rest_k: Vec<usize> = uk
        .iter()
        .zip(&used_k)
        .filter(|&(&i, &u)| !u && !k.parts[i].weak)
        .map(|(&i, _)| i)
        .collect();
    let rest_r: Vec<usize> = ur
        .iter()
        .zip(&used_r)
        .filter(|&(&j, &u)| !u && !r.parts[j].weak)
        .map(|(&j, _)| j)
        .collect();
    missing(k, r, &rest_k, "names-only-kk", out);
    missing(r, k, &rest_r, "names-only-ru", out);
}

fn evidence(s: &Side, parts: &[usize]) -> Evidence {
    let para = parts.first().map_or(0, |&i| s.parts[i].para);
    let marks = parts
        .iter()
        .filter(|&&i| s.parts[i].para == para)
        .map(|&i| s.parts[i].start..s.parts[i].end)
        .collect();
    Evidence::new(s.paras[para], marks)
}

/// One warning per paragraph of `s` listing its names with no counterpart in `o`.
fn missing(s: &Side, o: &Side, list: &[usize], id: &'static str, out: &mut Vec<Finding>) {
    let mut start = 0;
    while start < list.len() {
        let para = s.parts[list[start]].para;
        let mut end = start;
        while end < list.len() && s.parts[list[end]].para == para {
            end += 1;
        }
        let group = &list[start..end];
        let mut names: Vec<&str> = Vec::new();
        for &i in group {
            let n = s.surface(i);
            if !names.contains(&n) {
                names.push(n);
            }
        }
        let here = Some(evidence(s, group));
        let there = Some(Evidence::new(o.paras[0], Vec::new()));
        let (kk, ru) = if s.kazakh {
            (here, there)
        } else {
            (there, here)
        };
        out.push(Finding {
            check: CheckId::Names,
            severity: Severity::Warning,
            kk,
            ru,
            message: Message::new(id)
                .str("names", names.join(", "))
                .num("count", names.len() as f64),
        });
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn para(s: &str) -> Paragraph {
        segment(s).remove(0)
    }

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        let (k, r) = (para(kk), para(ru));
        let mut out = Vec::new();
        check(&[&k], &[&r], &NamesConfig::default(), &mut out);
        out
    }

    fn errors(f: &[Finding]) -> Vec<(String, String)> {
        f.iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| {
                let s = |e: &Option<Evidence>| {
                    e.as_ref()
                        .map(|e| e.marks.iter().map(|m| &e.text[m.clone()]).collect())
                        .unwrap_or_default()
                };
                (s(&f.kk), s(&f.ru))
            })
            .collect()
    }

    // ntrex128/docs/010_euronews-en.153835, segment 5 (CC BY-SA 4.0).
    fn no_error_on(f: &[Finding], names: &[&str]) -> bool {
        f.iter().all(|f| {
            let args = format!("{:?}", f.message.args);
            f.severity != Severity::Error && names.iter().all(|n| !args.contains(n))
        })
    }

    const KK_NUGROHO: &str = "Жұма күні болған магнитудасы 7,5 жер сілкінісінің салдарынан биіктігі шамамен 20 футқа (6 метрге) жететін толқынның әсерінен қираған ғимараттардың астында адамдардың көбі қалып қалғанын агенттіктің өкілі Сутопо Пурво Нугрохо баспасөз конференциясында мәлімдеді.";
    const RU_NUGROHO: &str = "По сообщениям, под руинами зданий, разрушенных в результате землетрясения магнитудой 7,5 баллов по шкале Рихтера, остается немало людей. Землетрясение произошло в пятницу и вызвало цунами с волнами высотой до 6 метров, сообщил Сутопо Пурво Нугрохо, официальный представитель Управления в ходе пресс-конференции.";

    // akimat/almaty-oblast-1997-0220-4696, the signature (public domain).
    const KK_SIGN: &str = "Алматы облыстық статистика басқармасының бастығы Б.Төлепбаев";
    const RU_SIGN: &str = "Начальник Алматинского областного управления статистики Б.Т. Толепбаев";

    #[test]
    fn same_names_across_scripts_and_suffixes_are_clean() {
        // The Russian text also names Richter and the Agency; the Kazakh one does not.
        let f = run(KK_NUGROHO, RU_NUGROHO);
        assert!(no_error_on(&f, &["Сутопо", "Пурво", "Нугрохо"]), "{f:?}");
        assert_eq!(run(KK_SIGN, RU_SIGN), vec![]);
        // ntrex128/docs/003_nytimes.184853, segment 3.
        let kk = "“Мен сөйлескен қарттардың айтуынша бұрын әрбір бұрышта бар мен шіркеу болған”, – деді Адамс мырза.";
        let ru = "«Старожилы района, с которыми я общался, говорили, что раньше на каждом углу было по бару и по церкви», — рассказывает Адамс.";
        assert_eq!(run(kk, ru), vec![]);
    }

    #[test]
    fn kazakh_suffixes_and_russian_endings_match() {
        // The seed news item (ru) and its Kazakh wording of the same phrase.
        let ru = "На обсуждении отметили важность стратегических задач, обозначенных Главой государства Касым-Жомартом Кемелевичем Токаевым на IV Национальном курултае.";
        let kk = "Талқылауда Мемлекет басшысы Қасым-Жомарт Кемелұлы Тоқаевтың IV Ұлттық құрылтайда белгілеген стратегиялық міндеттерінің маңызы атап өтілді.";
        let f = run(kk, ru);
        assert!(errors(&f).is_empty(), "{f:?}");
        // Кемелұлы ↔ Кемелевичем is a patronymic written two ways: at most a warning.
        assert!(f.iter().all(|f| f.severity == Severity::Warning));
    }

    #[test]
    fn a_changed_letter_is_an_error_in_a_kazakh_name_a_warning_in_a_foreign_one() {
        // A foreign name is transliterated independently into each language, so one
        // letter apart is only a warning there.
        let ru = RU_NUGROHO.replace("Нугрохо", "Нугромо");
        let f = run(KK_NUGROHO, &ru);
        assert!(errors(&f).is_empty(), "{f:?}");
        assert!(f.iter().any(|f| f.severity == Severity::Warning));
        let ru = RU_SIGN.replace("Толепбаев", "Толембаев");
        assert_eq!(
            errors(&run(KK_SIGN, &ru)),
            vec![("Төлепбаев".to_string(), "Толембаев".to_string())]
        );
    }

    #[test]
    fn a_replaced_name_next_to_a_kept_one_is_an_error() {
        let ru = RU_NUGROHO.replace("Нугрохо", "Блеммингс");
        assert_eq!(
            errors(&run(KK_NUGROHO, &ru)),
            vec![("Нугрохо".to_string(), "Блеммингс".to_string())]
        );
        let kk = KK_NUGROHO.replace("Нугрохо", "Тоқаев");
        assert_eq!(
            errors(&run(&kk, RU_NUGROHO)),
            vec![("Тоқаев".to_string(), "Нугрохо".to_string())]
        );
        let kk = KK_NUGROHO.replace("Нугрохо", "Назарбаев");
        assert_eq!(
            errors(&run(&kk, RU_NUGROHO)),
            vec![("Назарбаев".to_string(), "Нугрохо".to_string())]
        );
    }

    #[test]
    fn spelling_variants_of_foreign_names_are_warnings() {
        // ntrex128/docs/099_newsweek.51339, segment 2: Палин ↔ Пэйлин, Трэк ↔ Трак.
        let kk = "Алясканың бұрынғы губернаторы және вице-президенттікке үміткер Сара Палиннің үлкен ұлы Трэк Паллин басқаға шабуыл жасады деген айыппен қамауға алынды.";
        let ru = "Трак Пэйлин, старший сын бывшего губернатора Аляски и вице-кандидата в президенты Сары Пэйлин, был арестован по обвинению в нападении.";
        let f = run(kk, ru);
        assert!(errors(&f).is_empty(), "{f:?}");
        assert!(f.iter().any(|f| f.message.id == "names-differ"));
    }

    #[test]
    fn a_name_on_one_side_only_is_a_warning() {
        let ru = "«Старожилы района, с которыми я общался, говорили, что раньше на каждом углу было по бару и по церкви», — рассказывает он.";
        let kk = "“Мен сөйлескен қарттардың айтуынша бұрын әрбір бұрышта бар мен шіркеу болған”, – деді Адамс мырза.";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].message.id, "names-only-kk");
        let kk_ev = f[0].kk.as_ref().unwrap();
        assert_eq!(&kk_ev.text[kk_ev.marks[0].clone()], "Адамс");
        let cfg = NamesConfig {
            missing: false,
            ..NamesConfig::default()
        };
        let (k, r) = (para(kk), para(ru));
        let mut out = Vec::new();
        check(&[&k], &[&r], &cfg, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn exonyms_and_configured_equivalents_match() {
        let kk = "Өскемен қаласында дөңгелек үстел өтті.";
        let ru = "В Усть-Каменогорске прошел круглый стол.";
        assert_eq!(run(kk, ru), vec![]);
        let kk = "Кеше Семейде жиын өтті.";
        let ru = "Вчера в Семипалатинске прошло собрание.";
        assert_eq!(run(kk, ru), vec![]);
        let kk = "Кеше Қонаевта жиын өтті.";
        let ru = "Вчера в Капчагае прошло собрание.";
        assert!(!run(kk, ru).is_empty());
        let cfg = NamesConfig {
            equivalents: vec![Equivalent {
                kk: "Қонаев".into(),
                ru: "Капчагай".into(),
            }],
            ..NamesConfig::default()
        };
        let (k, r) = (para(kk), para(ru));
        let mut out = Vec::new();
        check(&[&k], &[&r], &cfg, &mut out);
        assert_eq!(out, vec![]);
    }

    #[test]
    fn months_and_titles_are_not_names() {
        // ntrex128/docs/092_cnbc.com.6784, segment 8.
        let kk = "Бұл орын Республикандықтарға он жылдан аса уақыт бойы тиесілі болып келді және Президент Дональд Трамп оны 20 ұпаймен жеңіп шықты.";
        let ru = "Это место уже более десяти лет занимал республиканец, и Дональд Трамп выиграл округ в Сентябре, получив 20 очков преимущества.";
        let f = run(kk, ru);
        assert!(
            f.iter()
                .all(|f| !format!("{:?}", f.message.args).contains("Президент")
                    && !format!("{:?}", f.message.args).contains("Сентябр")),
            "{f:?}"
        );
    }

    #[test]
    fn config_parses_from_toml() {
        let cfg: NamesConfig = toml::from_str(
            "missing = false\nignore = [\"Елорда\"]\nequivalents = [{ kk = \"Қонаев\", ru = \"Капчагай\" }]",
        )
        .unwrap();
        assert!(!cfg.missing);
        assert_eq!(cfg.equivalents.len(), 1);
        assert!(toml::from_str::<NamesConfig>("typo = 1").is_err());
    }
}
