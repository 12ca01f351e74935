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
//!   drop names), one finding per paragraph listing the names; a **note** when the
//!   other version names it in another paragraph (unless each side has one such
//!   name left and they differ: one put in place of the other, a warning), when a
//!   word of the other side is built on it (`Каролины` ↔ `оңтүстіккаролиналық`), or
//!   when the other side spells it as a word too short to be taken for a name
//!   (`Эйрдің` ↔ `«Эр»`);
//! * two names left over, one on each side, that read as one foreign name written
//!   two ways (apart only in vowels, or in one consonant in three: `Грахам` ↔
//!   `Грэму`) — a **note**.

mod common;
mod elsewhere;
pub(crate) mod stem;
mod tables;

use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
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
pub fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    cfg: &NamesConfig,
    ctx: &mut Context,
    out: &mut Vec<Finding>,
) {
    if kk.is_empty() || ru.is_empty() {
        return;
    }
    let extra = Extra::new(cfg);
    let mut k = Side::new(kk, true, &extra);
    let mut r = Side::new(ru, false, &extra);
    if k.candidates == 0 && r.candidates == 0 {
        return;
    }
    k.candidate_equivalents(&extra);
    r.candidate_equivalents(&extra);
    match_side(&mut k, &mut r, &extra);
    match_side(&mut r, &mut k, &extra);
    judge(&mut k, &mut r, cfg, ctx, out);
}

/// Names of at most this many letters are not reported missing.
const SHORT_NAME: usize = 3;

/// What the names check knows of a whole article: the words of each version, read
/// when a name first needs looking for beyond its aligned paragraphs.
#[derive(Debug)]
pub struct Context<'a> {
    kk: &'a [Paragraph],
    ru: &'a [Paragraph],
    docs: [Option<elsewhere::DocWords<'a>>; 2],
}

impl<'a> Context<'a> {
    pub fn new(kk: &'a [Paragraph], ru: &'a [Paragraph]) -> Context<'a> {
        Context {
            kk,
            ru,
            docs: [None, None],
        }
    }

    /// Whether the version other than the name's holds it anywhere, in any
    /// spelling or form (see [`elsewhere`]).
    fn elsewhere(&mut self, kazakh: bool, name: &str) -> bool {
        let (slot, paras) = if kazakh {
            (&mut self.docs[1], self.ru)
        } else {
            (&mut self.docs[0], self.kk)
        };
        let doc = slot.get_or_insert_with(|| elsewhere::DocWords::new(paras, !kazakh));
        doc.has_counterpart(name) || doc.has_short_root(name)
    }

    /// Whether the version other than the name's keeps it in Latin letters
    /// (`stems`: the name cut before each ending it may have, see
    /// [`elsewhere::DocWords::has_latin_counterpart`]).
    fn in_latin(&mut self, kazakh: bool, stems: &[String]) -> bool {
        let (slot, paras) = if kazakh {
            (&mut self.docs[1], self.ru)
        } else {
            (&mut self.docs[0], self.kk)
        };
        let doc = slot.get_or_insert_with(|| elsewhere::DocWords::new(paras, !kazakh));
        let stems: Vec<&str> = stems.iter().map(String::as_str).collect();
        doc.has_latin_counterpart(&stems)
    }
}

/// One finding per problem: the warnings of an article that name the same names
/// (missing from the other version, or written one way on each side) in several
/// paragraphs become the first of them, listing the others' paragraphs.
pub fn one_finding_per_name(out: &mut Vec<Finding>) {
    let mut first: FxHashMap<(&'static str, String), usize> = FxHashMap::default();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    let mut drop = vec![false; out.len()];
    for (n, f) in out.iter().enumerate() {
        if f.check != CheckId::Names || f.severity != Severity::Warning {
            continue;
        }
        let key = match f.message.id {
            "names-only-kk" | "names-only-ru" => elsewhere::stem_key(f.message.text("names")),
            "names-differ" => format!("{}\u{0}{}", f.message.text("kk"), f.message.text("ru")),
            _ => continue,
        };
        match first.entry((f.message.id, key.to_lowercase())) {
            std::collections::hash_map::Entry::Occupied(e) => {
                merged.push((*e.get(), n));
                drop[n] = true;
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(n);
            }
        }
    }
    for (into, from) in merged {
        for lang in Lang::ALL {
            let Some(p) = out[from].side(lang).map(|e| e.paragraph) else {
                continue;
            };
            let target = match lang {
                Lang::Kk => out[into].kk.as_mut(),
                Lang::Ru => out[into].ru.as_mut(),
            };
            if let Some(e) = target {
                if e.paragraph != p && !e.also.contains(&p) {
                    e.also.push(p);
                }
            }
        }
    }
    let mut n = 0;
    out.retain(|_| {
        n += 1;
        !drop[n - 1]
    });
}

/// An adjective made from a name: a Kazakh one (`Каталондық`, `Төменгі`), or a
/// Russian one whose ending follows a consonant that adjectives have there
/// (`Европейский`, `Южная`, `Белый`; not `Петровым`, `Толстой`).
fn adjective_of_name(word: &[char], kazakh: bool) -> bool {
    if kazakh {
        return adjectival_kk(word);
    }
    const ENDINGS: &[&str] = &[
        "ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую",
        "юю", "ых", "их", "ым", "им", "ыми", "ими", "ей",
    ];
    ENDINGS.iter().any(|e| {
        let n = e.chars().count();
        word.len() > n + 2
            && word[word.len() - n..]
                .iter()
                .map(|&c| crate::lang::lower_char(c))
                .eq(e.chars())
            && matches!(
                crate::lang::lower_char(word[word.len() - n - 1]),
                'н' | 'к' | 'ч' | 'ж' | 'ш' | 'щ' | 'х' | 'г' | 'л'
            )
    })
}

/// Words of the config, normalised once per call (they are few).
struct Extra {
    ignore: Vec<Vec<char>>,
    /// The configured equivalents by the coarse class of their first letter (ids
    /// after the built-in ones): Kazakh forms, then Russian ones. Empty (and not
    /// allocated) without configured equivalents.
    forms: [FxHashMap<char, Vec<Form>>; 2],
    /// Bucket keys (see [`pair_key`]) of the configured forms, by id after the
    /// built-in ones: Kazakh, Russian.
    keys: Vec<[u64; 2]>,
    /// The most hyphens in a configured form.
    max_hyphens: usize,
}

/// The bucket key of a built-in form or a word: the coarse classes of its first two
/// letters.
fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// The bucket key of a configured form or a word: the coarse class of its first
/// letter (apart from every [`pair_key`]).
fn first_key(a: char) -> u64 {
    (1 << 42) | u64::from(a)
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
        let mut forms: [FxHashMap<char, Vec<Form>>; 2] = Default::default();
        let mut keys = Vec::new();
        let mut max_hyphens = 0;
        let first_id = tables().equivalents;
        let equivalents = cfg
            .equivalents
            .iter()
            .map(|e| (norm(&e.kk), ru_base(&e.ru)))
            .filter(|(a, b)| !a.is_empty() && !b.is_empty());
        for (id, (k, r)) in equivalents.enumerate() {
            keys.push([first_key(stem::coarse(k[0])), first_key(stem::coarse(r[0]))]);
            for (index, form) in forms.iter_mut().zip([k, r]) {
                let hyphens = form.iter().filter(|&&c| c == '-').count();
                max_hyphens = max_hyphens.max(hyphens);
                index
                    .entry(stem::coarse(form[0]))
                    .or_default()
                    .push(Form::new((first_id + id) as u32, form, hyphens));
            }
        }
        Extra {
            ignore: cfg.ignore.iter().map(|s| norm(s)).collect(),
            forms,
            keys,
            max_hyphens,
        }
    }
}

/// One form of an equivalent: its id, letters and number of hyphens.
struct Form {
    id: u32,
    form: Vec<char>,
    hyphens: usize,
    /// The coarse classes of the form's letters 2..5 ([`head_key`]) and the mask
    /// of the letters it has there: a word whose [`head_key`] differs under the
    /// mask cannot start the form (see [`Form::may_start`]).
    head: u64,
    mask: u64,
}

/// The letters past the two a bucket is keyed on that [`head_key`] packs.
const HEAD_FROM: usize = 2;
const HEAD_TO: usize = 5;

/// The coarse classes ([`stem::coarse`]) of `letters[2..5]`, 21 bits each, as
/// far as it has them (zero bits beyond).
fn head_key(letters: &[char]) -> u64 {
    let end = letters.len().min(HEAD_TO);
    let mut k = 0;
    for (n, &c) in letters
        .get(HEAD_FROM..end)
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        k |= u64::from(stem::coarse(c)) << (21 * n);
    }
    k
}

impl Form {
    fn new(id: u32, form: Vec<char>, hyphens: usize) -> Form {
        let n = form.len().clamp(HEAD_FROM, HEAD_TO) - HEAD_FROM;
        let mask = (1u64 << (21 * n)) - 1;
        Form {
            id,
            head: head_key(&form),
            hyphens,
            form,
            mask,
        }
    }

    /// False when a word of `len` letters whose [`head_key`] is `head` cannot
    /// start this form by [`stem::starts_with_form`]: it is shorter, or one of
    /// letters 2..5 falls in another coarse class (every letter pair
    /// `starts_with_form` accepts, in either language, shares a class). Most
    /// forms of a word's bucket differ from it there: they are turned away
    /// without a call (a bucket holds nine forms on average for the words asked
    /// about).
    #[inline]
    fn may_start(&self, len: usize, head: u64) -> bool {
        len >= self.form.len() && head & self.mask == self.head
    }
}

/// Built-in tables, normalised once.
struct Tables {
    /// The words that are never names, by their first letter.
    not_names: FxHashMap<char, Vec<Vec<char>>>,
    /// The number of built-in equivalents (configured ones get the ids after).
    equivalents: usize,
    /// The built-in equivalents by the coarse classes of their first two letters
    /// (every built-in form has two; see the tests), in id order: Kazakh forms, then
    /// Russian ones. Two letters make a bucket hold one or two forms, so a word is
    /// compared with next to nothing.
    forms: [FxHashMap<(char, char), Vec<Form>>; 2],
    /// Bucket keys (see [`pair_key`]) of the built-in forms, by id: Kazakh, Russian.
    keys: Vec<[u64; 2]>,
    /// The most hyphens in a built-in form.
    max_hyphens: usize,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut forms: [FxHashMap<(char, char), Vec<Form>>; 2] = Default::default();
        let mut keys = Vec::new();
        let mut max_hyphens = 0;
        for (id, (k, r)) in tables::EQUIVALENTS.iter().enumerate() {
            let mut id_keys = [0; 2];
            for ((index, form), id_key) in forms.iter_mut().zip([k, r]).zip(&mut id_keys) {
                let form: Vec<char> = form.chars().collect();
                let hyphens = form.iter().filter(|&&c| c == '-').count();
                max_hyphens = max_hyphens.max(hyphens);
                let key = (stem::coarse(form[0]), stem::coarse(form[1]));
                *id_key = pair_key(key.0, key.1);
                index
                    .entry(key)
                    .or_default()
                    .push(Form::new(id as u32, form, hyphens));
            }
            keys.push(id_keys);
        }
        let mut not_names: FxHashMap<char, Vec<Vec<char>>> = FxHashMap::default();
        for s in crate::lang::calendar_stems().chain(tables::NOT_NAMES.iter().copied()) {
            let w: Vec<char> = s.chars().collect();
            not_names.entry(w[0]).or_default().push(w);
        }
        Tables {
            not_names,
            equivalents: tables::EQUIVALENTS.len(),
            forms,
            keys,
            max_hyphens,
        }
    })
}

/// Stems not computed yet (see [`Part::stems`]).
const NO_STEMS: usize = usize::MAX;

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
    /// Ids of equivalents this part starts or a form started before it in its word
    /// covers: filled for candidates only (see [`Side::candidate_equivalents`]).
    equiv: Box<[u32]>,
    /// Range of its stem prefix lengths in `Side::stem_buf`, computed on demand
    /// (`NO_STEMS` before).
    stems: (usize, usize),
}

struct Side<'a> {
    paras: &'a [&'a Paragraph],
    kazakh: bool,
    chars: Vec<char>,
    parts: Vec<Part>,
    /// The number of candidates among `parts`.
    candidates: usize,
    /// Stem prefix lengths of the parts that needed them.
    stem_buf: Vec<usize>,
}

impl Part {
    /// A part that is not capitalised, as yet unmatched.
    fn new(para: usize, start: usize, end: usize, c0: usize, c1: usize, w1: usize) -> Part {
        Part {
            para,
            start,
            end,
            c0,
            c1,
            w1,
            cap: false,
            cand: false,
            weak: false,
            matched: None,
            equiv: Box::default(),
            stems: (NO_STEMS, 0),
        }
    }
}

/// The Russian letter (`А`..`я`, not `ё`) at byte `i` of `bytes`, a UTF-8 text,
/// in small letters ([`stem::norm_char`]).
#[inline(always)]
fn russian_letter(bytes: &[u8], i: usize) -> Option<char> {
    let lower = match (bytes[i], bytes.get(i + 1)) {
        (0xD0, Some(&n @ 0x90..=0xAF)) => 0x430 + u32::from(n - 0x90),
        (0xD0, Some(&n @ 0xB0..=0xBF)) => 0x430 + u32::from(n - 0xB0),
        (0xD1, Some(&n @ 0x80..=0x8F)) => 0x440 + u32::from(n - 0x80),
        _ => return None,
    };
    char::from_u32(lower)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Words after which a full stop does not end a sentence. (`т.б` and `т.е` hold a
/// full stop, which no word does: they never match, and stay for the record.)
const ABBR: &[&str] = &[
    "им", "св", "ул", "г", "гг", "ж", "жж", "т", "д", "пр", "обл", "р", "с", "ст", "проф", "акад",
    "доц", "млн", "млрд", "тыс", "руб", "тг", "км", "см", "кв", "м", "мин", "сағ", "ш", "б", "э",
    "н", "п", "др", "т.б", "т.е", "каз", "рус", "англ", "мкр", "көш", "даң",
];

/// The longest abbreviation, in letters: a longer word is none.
const ABBR_MAX: usize = 4;

fn is_abbreviation(word: &[char]) -> bool {
    static A: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    word.len() <= ABBR_MAX
        && A.get_or_init(|| ABBR.iter().map(|a| a.chars().collect()).collect())
            .iter()
            .any(|a| a[..] == *word)
}

impl<'a> Side<'a> {
    fn new(paras: &'a [&'a Paragraph], kazakh: bool, extra: &Extra) -> Self {
        // About one letter per two bytes of Cyrillic text and one part per seven
        // bytes: reserve once rather than grow.
        let bytes: usize = paras.iter().map(|p| p.text.len()).sum();
        let mut side = Side {
            paras,
            kazakh,
            chars: Vec::with_capacity(bytes / 2 + 16),
            parts: Vec::with_capacity(bytes / 7 + 4),
            candidates: 0,
            stem_buf: Vec::new(),
        };
        for (pi, p) in paras.iter().enumerate() {
            side.scan(pi, &p.text, extra);
        }
        side
    }

    fn scan(&mut self, pi: usize, text: &str, extra: &Extra) {
        let bytes = text.as_bytes();
        let mut sentence_start = true;
        let mut after_open = false;
        // The previous word: where it ends in the text, its letters in `chars` and
        // whether it starts with a capital. Whether a full stop right after it is an
        // abbreviation's or an initial's is only asked when one follows.
        let mut prev_end = usize::MAX;
        let mut prev_letters = (0, 0);
        let mut prev_upper = false;
        let mut pos = 0;
        while pos < text.len() {
            let i = pos;
            let (c, len) = crate::lang::char_at(text, i);
            pos += len;
            if crate::lang::is_alphabetic(c) {
                // A word: letters, and hyphens between letters. Its normalised
                // letters are pushed as it is read (what `stem::push_word` does,
                // in the same pass).
                let w0 = self.chars.len();
                let mut end = i + c.len_utf8();
                let mut hyphenated = false;
                let mut cyr = crate::lang::is_cyrillic(c);
                let n = stem::norm_char(c);
                let mut ascii = n.is_ascii();
                self.chars.push(n);
                while pos < text.len() {
                    let j = pos;
                    // Russian letters first, from their two bytes, without the
                    // general tests: `А`..`Я` (U+0410..U+042F) are `D0 90`..`D0 AF`,
                    // `а`..`п` `D0 B0`..`D0 BF`, `р`..`я` `D1 80`..`D1 8F`.
                    if let Some(d) = russian_letter(bytes, j) {
                        end = j + 2;
                        cyr = true;
                        self.chars.push(d);
                        pos += 2;
                        continue;
                    }
                    let (d, d_len) = crate::lang::char_at(text, j);
                    let letter = crate::lang::is_alphabetic(d);
                    if letter
                        || is_hyphen(d)
                            && text[j + d_len..]
                                .chars()
                                .next()
                                .is_some_and(crate::lang::is_alphabetic)
                    {
                        if letter {
                            end = j + d_len;
                        } else {
                            hyphenated = true;
                        }
                        let n = stem::norm_char(d);
                        cyr |= crate::lang::is_cyrillic(d);
                        ascii |= n.is_ascii();
                        self.chars.push(n);
                        pos += d_len;
                    } else {
                        break;
                    }
                }
                if cyr && ascii {
                    stem::read_lookalikes(&mut self.chars[w0..]);
                }
                let word = &text[i..end];
                let start_of_sentence = sentence_start || after_open;
                let w1 = self.chars.len();
                prev_upper = crate::lang::is_uppercase(c);
                prev_letters = (w0, w1);
                prev_end = end;
                if !hyphenated && !prev_upper {
                    // One part not capitalised (the common case): no name, as
                    // `push_part` would find without reading the word again.
                    self.parts.push(Part::new(pi, i, end, w0, w1, w1));
                } else if !hyphenated {
                    // One part: the whole word.
                    self.push_part(pi, text, i, end, w0, w1, w1, start_of_sentence, extra);
                } else {
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
                }
                sentence_start = false;
                after_open = false;
                continue;
            }
            match c {
                '.' => {
                    let (w0, w1) = prev_letters;
                    let prev_abbrev = prev_end == i
                        && ((w1 - w0 == 1 && prev_upper) || is_abbreviation(&self.chars[w0..w1]));
                    if !prev_abbrev {
                        sentence_start = true;
                    }
                }
                // (A table cell's `|` starts no sentence: a capital there is as
                // much a name as mid-sentence, and tables list people.)
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
        let cap = crate::lang::is_uppercase(first) && cs.any(crate::lang::is_lowercase);
        let cand = cap && c1 - c0 >= 3 && s.chars().all(crate::lang::is_cyrillic) && {
            let letters = &self.chars[c0..c1];
            let built_in = tables().not_names.get(&letters[0]);
            !is_not_name(letters, built_in.map_or(&[][..], |l| &l[..]))
                && !is_not_name(letters, &extra.ignore)
        };
        self.candidates += usize::from(cand);
        self.parts.push(Part {
            cap,
            cand,
            weak: cand && sentence_start,
            ..Part::new(para, start, end, c0, c1, w1)
        });
    }

    fn letters(&self, i: usize) -> &[char] {
        &self.chars[self.parts[i].c0..self.parts[i].c1]
    }

    fn surface(&self, i: usize) -> &str {
        let p = &self.parts[i];
        &self.paras[p.para].text[p.start..p.end]
    }

    /// The letters of part `i` and its stems (computed on first use).
    fn letters_stems(&mut self, i: usize) -> (&[char], &[usize]) {
        let (a, b) = part_stems(
            &self.chars,
            &mut self.parts,
            &mut self.stem_buf,
            self.kazakh,
            i,
        );
        let p = &self.parts[i];
        (&self.chars[p.c0..p.c1], &self.stem_buf[a..b])
    }

    /// The surface of part `i` cut to its shortest stem of four letters or more
    /// (`Хазардқа` → `Хазард`).
    fn stem_surface(&mut self, i: usize) -> String {
        let (letters, stems) = self.letters_stems(i);
        let n = stems
            .iter()
            .copied()
            .filter(|&n| n >= 4)
            .min()
            .unwrap_or(letters.len());
        self.surface(i).chars().take(n).collect()
    }

    /// The surface of part `i` and its stems of three letters or more, longest
    /// first (`Тревте` → `Тревте`, `Трев`).
    fn stem_surfaces(&mut self, i: usize) -> Vec<String> {
        let (letters, stems) = self.letters_stems(i);
        let mut lens: Vec<usize> = stems.iter().copied().filter(|&n| n >= 3).collect();
        lens.push(letters.len());
        lens.sort_unstable_by(|a, b| b.cmp(a));
        lens.dedup();
        let surface = self.surface(i);
        lens.into_iter()
            .map(|n| surface.chars().take(n).collect())
            .collect()
    }

    /// The bucket keys of part `i` (see [`pair_key`], [`first_key`]).
    fn part_keys(&self, i: usize) -> (Option<u64>, u64) {
        let p = &self.parts[i];
        let f0 = stem::coarse(self.chars[p.c0]);
        let pair = match self.chars[p.c0..p.w1] {
            [_, f1, ..] => Some(pair_key(f0, stem::coarse(f1))),
            _ => None,
        };
        (pair, first_key(f0))
    }

    /// The ids of the built-in and configured equivalents part `i` starts, in id
    /// order, into `hits`; returns how many parts after it the longest one covers.
    fn hits_at(&self, i: usize, extra: &Extra, hits: &mut Vec<u32>) -> usize {
        hits.clear();
        let p = &self.parts[i];
        let Some(&f0) = self.chars.get(p.c0) else {
            return 0;
        };
        let key = stem::coarse(f0);
        // A built-in form (two letters at least) can only start a word whose
        // first two letters fall in its classes.
        let built = match self.chars[p.c0..p.w1] {
            [_, f1, ..] => tables().forms[usize::from(!self.kazakh)].get(&(key, stem::coarse(f1))),
            _ => None,
        };
        let configured = &extra.forms[usize::from(!self.kazakh)];
        let conf = if configured.is_empty() {
            None
        } else {
            configured.get(&key)
        };
        let mut span_parts = 0usize;
        // (A form's letters 2..5 lie within the word's first part whenever the
        // part is long enough for a form without hyphens.)
        let head = head_key(&self.chars[p.c0..p.w1]);
        for f in built.into_iter().chain(conf).flatten() {
            let word = if f.hyphens > 0 {
                &self.chars[p.c0..p.w1]
            } else {
                &self.chars[p.c0..p.c1]
            };
            if !f.may_start(word.len(), head) {
                continue;
            }
            if stem::starts_with_form(word, &f.form, self.kazakh) {
                hits.push(f.id);
                span_parts = span_parts.max(f.hyphens);
            }
        }
        span_parts
    }

    /// Gives every candidate the ids of the equivalents it starts or that a form
    /// started up to `max_hyphens` parts before covers, in the order of their start.
    /// (Other parts' ids are only needed on the other side of a match: see
    /// [`Side::last_with`].)
    fn candidate_equivalents(&mut self, extra: &Extra) {
        let back = tables().max_hyphens.max(extra.max_hyphens);
        let mut hits = Vec::new();
        let mut equiv = Vec::new();
        for c in 0..self.parts.len() {
            if !self.parts[c].cand {
                continue;
            }
            for i in c.saturating_sub(back)..=c {
                // A form covering later parts has a hyphen where the word has one:
                // a part ending its word covers none but itself.
                let p = &self.parts[i];
                if i < c && p.w1 == p.c1 {
                    continue;
                }
                let span = self.hits_at(i, extra, &mut hits);
                if i + span >= c {
                    equiv.extend_from_slice(&hits);
                }
            }
            if !equiv.is_empty() {
                self.parts[c].equiv = equiv.as_slice().into();
                equiv.clear();
            }
        }
    }

    /// For every id in `ids` (equivalents of the other side's candidates), the last
    /// part of this side that has it (`usize::MAX`: none), indexed by id. A part has
    /// an id when it or a part up to that form's hyphens before starts the form.
    fn last_with(&self, ids: &[u32], extra: &Extra) -> Vec<usize> {
        let t = tables();
        let lang = usize::from(!self.kazakh);
        let key_of = |id: u32| {
            let id = id as usize;
            match id.checked_sub(t.equivalents) {
                None => t.keys[id][lang],
                Some(c) => extra.keys[c][lang],
            }
        };
        let need = KeySet::new(ids.iter().map(|&id| key_of(id)).collect());
        let any_first = need.keys.iter().any(|&k| k >> 42 != 0);
        let mut last = vec![usize::MAX; ids.iter().map(|&id| id as usize + 1).max().unwrap_or(0)];
        let mut hits = Vec::new();
        for i in 0..self.parts.len() {
            // Only a part in the bucket of a needed form can start it; the others
            // are not looked at.
            let (pair, first) = self.part_keys(i);
            let wanted =
                pair.is_some_and(|k| need.contains(k)) || (any_first && need.contains(first));
            if !wanted {
                continue;
            }
            let span = self.hits_at(i, extra, &mut hits);
            let j = (i + span).min(self.parts.len() - 1);
            for &id in &hits {
                if let Some(l) = last.get_mut(id as usize) {
                    *l = if *l == usize::MAX { j } else { (*l).max(j) };
                }
            }
        }
        last
    }
}

/// The range in `buf` of the stems of part `i`, computed on first use.
fn part_stems(
    chars: &[char],
    parts: &mut [Part],
    buf: &mut Vec<usize>,
    kazakh: bool,
    i: usize,
) -> (usize, usize) {
    let p = &mut parts[i];
    if p.stems.0 == NO_STEMS {
        let start = buf.len();
        if kazakh {
            stem::kk_stems_into(&chars[p.c0..p.c1], buf);
        } else {
            stem::ru_stems_into(&chars[p.c0..p.c1], buf);
        }
        p.stems = (start, buf.len());
    }
    p.stems
}

fn is_not_name(letters: &[char], list: &[Vec<char>]) -> bool {
    list.iter().any(|w| {
        letters.len() >= w.len()
            && letters.iter().zip(w).all(|(a, b)| a == b)
            && (stem::kk_chain(&letters[w.len()..]) || stem::ru_ending(&letters[w.len()..]))
    })
}

/// Hash key of a part for finding its counterparts: the coarse classes of its first
/// three letters, packed (a class is a `char`, 21 bits).
fn key(letters: &[char]) -> u64 {
    let mut k = [' '; 3];
    for (slot, &c) in k.iter_mut().zip(letters) {
        *slot = stem::coarse(c);
    }
    (u64::from(k[0]) << 42) | (u64::from(k[1]) << 21) | u64::from(k[2])
}

/// A few keys, looked up once per word of a text: a 1024-bit filter in front of
/// the sorted keys turns nearly every word (in no wanted bucket) away with one bit
/// test.
struct KeySet {
    bits: [u64; 16],
    keys: Vec<u64>,
}

impl KeySet {
    fn new(mut keys: Vec<u64>) -> Self {
        keys.sort_unstable();
        keys.dedup();
        let mut bits = [0; 16];
        for &k in &keys {
            let b = Self::bit(k);
            bits[b >> 6] |= 1 << (b & 63);
        }
        KeySet { bits, keys }
    }

    /// A key's bit: the top ten bits of a multiplicative hash.
    fn bit(k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
    }

    fn contains(&self, k: u64) -> bool {
        let b = Self::bit(k);
        self.bits[b >> 6] & (1 << (b & 63)) != 0 && self.keys.binary_search(&k).is_ok()
    }
}

/// Finds, for every candidate of `a`, a corresponding part of `b`.
///
/// A candidate is searched among the parts of `b` with the same key, each distinct
/// spelling once (a long text repeats its words), in text order. Only the keys of
/// `a`'s candidates are ever looked up, so only the parts of `b` with one of those
/// keys are indexed.
fn match_side(a: &mut Side, b: &mut Side, extra: &Extra) {
    // An equivalent decides first: the last part of `b` that has it.
    let mut ids: Vec<u32> = a
        .parts
        .iter()
        .filter(|p| p.cand)
        .flat_map(|p| p.equiv.iter().copied())
        .collect();
    let b_equiv = if ids.is_empty() {
        Vec::new()
    } else {
        ids.sort_unstable();
        ids.dedup();
        b.last_with(&ids, extra)
    };
    // The candidates left to search, with their keys.
    let mut todo: Vec<(usize, u64)> = Vec::new();
    for i in 0..a.parts.len() {
        let p = &a.parts[i];
        if !p.cand || p.matched.is_some() {
            continue;
        }
        let by_equiv = p.equiv.iter().find_map(|&id| {
            b_equiv
                .get(id as usize)
                .copied()
                .filter(|&j| j != usize::MAX)
        });
        if let Some(j) = by_equiv {
            a.parts[i].matched = Some(j);
            continue;
        }
        todo.push((i, key(a.letters(i))));
    }
    if todo.is_empty() {
        return;
    }
    let need = KeySet::new(todo.iter().map(|&(_, k)| k).collect());
    // The parts of `b` with a needed key, first spellings only, by key then text
    // order.
    let mut index: Vec<(u64, usize)> = Vec::new();
    for (j, p) in b.parts.iter().enumerate() {
        let l = &b.chars[p.c0..p.c1];
        if l.len() >= 2 {
            let k = key(l);
            if need.contains(k) {
                index.push((k, j));
            }
        }
    }
    // A repeated spelling meets a candidate exactly when its first occurrence does,
    // so repeats change which part is found only through the cap of 4096 spellings
    // a candidate is compared with: drop them only when the cap can be reached.
    if index.len() > 4096 {
        let mut seen: FxHashSet<&[char]> = FxHashSet::default();
        index.retain(|&(_, j)| seen.insert(&b.chars[b.parts[j].c0..b.parts[j].c1]));
    }
    index.sort_by_key(|&(k, _)| k);

    let Side {
        chars: a_chars,
        parts: a_parts,
        stem_buf: a_buf,
        kazakh,
        ..
    } = a;
    let Side {
        chars: b_chars,
        parts: b_parts,
        stem_buf: b_buf,
        ..
    } = b;
    // The same name repeats: remember what a spelling matched.
    let mut memo: FxHashMap<&[char], Option<usize>> =
        FxHashMap::with_capacity_and_hasher(todo.len(), Default::default());
    let mut found_of: Vec<Option<usize>> = Vec::with_capacity(todo.len());
    for &(i, k) in &todo {
        let letters = &a_chars[a_parts[i].c0..a_parts[i].c1];
        if let Some(&m) = memo.get(letters) {
            found_of.push(m);
            continue;
        }
        let mut found = None;
        let from = index.partition_point(|&(x, _)| x < k);
        let list = index[from..].iter().take_while(|&&(x, _)| x == k);
        if from < index.len() && index[from].0 == k {
            let (s0, s1) = part_stems(a_chars, a_parts, a_buf, *kazakh, i);
            let a_stems = &a_buf[s0..s1];
            for &(_, j) in list.take(4096) {
                let bl = &b_chars[b_parts[j].c0..b_parts[j].c1];
                // Stems meet over three letters at least, the first two of them
                // compatible: most words of the bucket fail that at once, before
                // their stems are made.
                let head = if *kazakh {
                    stem::compat_prefix(letters, bl, 2)
                } else {
                    stem::compat_prefix(bl, letters, 2)
                };
                if !head {
                    continue;
                }
                let (t0, t1) = part_stems(b_chars, b_parts, b_buf, !*kazakh, j);
                let b_stems = &b_buf[t0..t1];
                let meet = if *kazakh {
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
        memo.insert(letters, found);
        found_of.push(found);
    }
    for (&(i, _), found) in todo.iter().zip(found_of) {
        a_parts[i].matched = found;
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
    let (kl, ks) = k.letters_stems(i);
    let (rl, rs) = r.letters_stems(j);
    // A native Kazakh name (it has a Kazakh letter) has one Russian spelling.
    let mut changed = false;
    for &a in ks {
        for &b in rs {
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
        return Near::Changed;
    }
    // Stems of different lengths, as a Kazakh nominative and a Russian case form
    // are cut (`Индонезия|да` ↔ `Индонези|и`): compared over the shorter one, which
    // the longer continues by at most two letters. A letter replaced before the
    // last one of that stretch is judged as above (`Индонезия` ↔ `Индотезии`).
    for &a in ks {
        for &b in rs {
            let n = a.min(b);
            if a == b || n < 5 || a.abs_diff(b) > 2 {
                continue;
            }
            let native = kl[..n].iter().any(|&c| crate::lang::is_kazakh_letter(c));
            if let Some(Some((x, y))) = stem::single_edit(&kl[..n], &rl[..n]) {
                let at = (0..n).find(|&p| !stem::compat(kl[p], rl[p]));
                if at.is_some_and(|p| p + 1 < n) {
                    if stem::plausible_substitution(x, y, native) {
                        return Near::Variant;
                    }
                    changed = true;
                }
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
    let (kl, ks) = k.letters_stems(i);
    let (rl, rs) = r.letters_stems(j);
    // The closest pair of stems decides.
    let mut best: Option<(usize, usize)> = None;
    for &a in ks {
        for &b in rs {
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

/// Two spellings of one name: the closest stems of at least four letters differ
/// by at most a quarter of their letters, and start with the same class of letter.
fn close(k: &mut Side, i: usize, r: &mut Side, j: usize) -> bool {
    let (kl, ks) = k.letters_stems(i);
    let (rl, rs) = r.letters_stems(j);
    if stem::coarse(kl[0]) != stem::coarse(rl[0]) {
        return false;
    }
    ks.iter().any(|&a| {
        rs.iter().any(|&b| {
            let longest = a.max(b);
            a.min(b) >= 5 && 4 * stem::distance(&kl[..a], &rl[..b], longest / 4) <= longest
        })
    })
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

/// The candidates left unmatched, but for the capitalised common nouns (asked
/// only here: most candidates are matched, and the question has a cost).
///
/// A part's stems are taken from the side ([`Side::letters_stems`]), where
/// matching has mostly made them already, rather than made again by
/// [`common::is_common`] (a proptest holds the two answers equal).
///
/// The common nouns left out go to `common_out` (at most 64 either way).
fn unmatched(s: &mut Side, common_out: &mut Vec<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..s.parts.len() {
        if out.len() == 64 {
            break;
        }
        if !s.parts[i].cand || s.parts[i].matched.is_some() {
            continue;
        }
        let kazakh = s.kazakh;
        let common = if s.letters(i).len() < common::MIN_LEN {
            common::is_common(s.letters(i), kazakh)
        } else {
            let (letters, stems) = s.letters_stems(i);
            common::is_common_stemmed(letters, stems, kazakh)
        };
        if !common {
            out.push(i);
        } else if common_out.len() < 64 {
            common_out.push(i);
        }
    }
    out
}

/// The severity of a name changed by one letter (Kazakh part `i`, Russian part
/// `j`, [`Near::Changed`]): an error for a native Kazakh name, which has one
/// Russian spelling; a warning for a foreign one, a note when only vowels differ.
fn changed_severity(k: &mut Side, i: usize, r: &Side, j: usize) -> Severity {
    // Native by its stem: a loanword with a Kazakh suffix (`Коллаборатив|тік`)
    // is not.
    let stem = k.stem_surface(i);
    if stem.chars().any(crate::lang::is_kazakh_letter) {
        Severity::Error
    } else if !elsewhere::vowels_apart(k.surface(i), r.surface(j)) {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// Is every unmatched name `u` of `s` either paired (`used`) or a short word
/// that starts a sentence (`Бұл`, `Он`: a capital that says nothing of a name)?
/// A longer one (`Байден`) may be the name put in place of the missing one. (Not
/// the dictionary: loading the Kazakh one costs more than the whole check of a
/// few hundred articles.)
fn all_paired(s: &Side, u: &[usize], used: &[bool]) -> bool {
    u.iter()
        .zip(used)
        .all(|(&i, &paired)| paired || (s.parts[i].weak && s.letters(i).len() <= SHORT_NAME))
}

/// The finding on Kazakh part `i` and Russian part `j`, one name written two ways
/// (`names-differ`) or, as an error, one name changed into another
/// (`names-changed`).
fn pair_finding(k: &Side, i: usize, r: &Side, j: usize, severity: Severity) -> Finding {
    let id = if severity == Severity::Error {
        "names-changed"
    } else {
        "names-differ"
    };
    Finding {
        check: CheckId::Names,
        severity,
        kk: Some(evidence(k, &[i])),
        ru: Some(evidence(r, &[j])),
        message: Message::new(id)
            .str("kk", k.surface(i))
            .str("ru", r.surface(j)),
    }
}

/// Are two parts of a side neighbours in the same paragraph?
fn neighbours(s: &Side, i: usize, j: usize) -> bool {
    i.abs_diff(j) == 1 && s.parts[i].para == s.parts[j].para
}

fn judge(k: &mut Side, r: &mut Side, cfg: &NamesConfig, ctx: &mut Context, out: &mut Vec<Finding>) {
    let (mut common_k, mut common_r) = (Vec::new(), Vec::new());
    let uk = unmatched(k, &mut common_k);
    let ur = unmatched(r, &mut common_r);
    let mut used_k = vec![false; uk.len()];
    let mut used_r = vec![false; ur.len()];

    // (kk part, ru part, severity: error for a changed name, info for two
    // spellings of one name, warning when unsure)
    let mut pairs: Vec<(usize, usize, Severity)> = Vec::new();

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
                // (Паулу / Паоло, Блейзи / Блази in real pairs): vowels apart, two
                // spellings of one name, a note; a changed consonant, a warning. Only
                // a native Kazakh name, which has one Russian spelling, makes a
                // one-letter change near certain: an error.
                let severity = match n {
                    Near::Changed => changed_severity(k, i, r, j),
                    _ => Severity::Info,
                };
                pairs.push((i, j, severity));
            }
        }
    }

    // 1b. A name one letter from a capitalised word of the other side that is also
    // a common word there (`Трамп` ↔ `Ттамп`: `трамплин`; `Стерлингке` ↔
    // `Стетлингу`: `фунт стерлинг`), in a way no transliteration varies: the
    // name was changed there, as in step 1. (Spelling variants stay common words.)
    for (names, used, commons, kazakh) in [
        (&uk, &mut used_k, &common_r, true),
        (&ur, &mut used_r, &common_k, false),
    ] {
        for (a, &x) in names.iter().enumerate() {
            for &y in commons {
                let (i, j) = if kazakh { (x, y) } else { (y, x) };
                if used[a] || (k.parts[i].weak && r.parts[j].weak) {
                    continue;
                }
                if near(k, i, r, j) == Near::Changed {
                    used[a] = true;
                    pairs.push((i, j, changed_severity(k, i, r, j)));
                }
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
            // Alike, or a foreign name apart in vowels only (`Сан-Паулу` ↔
            // `Сан-Паоло`, as in step 1): two spellings of one name, a note. Far
            // apart, one name replaced another: an error; in between, a warning.
            let native = k.surface(i).chars().any(crate::lang::is_kazakh_letter);
            let severity = if elsewhere::alike(k.surface(i), r.surface(j))
                || (!native && spellings_close(k, i, r, j))
            {
                Severity::Info
            } else if unlike(k, i, r, j) && !adjective_of_name(r.letters(j), false) {
                Severity::Error
            } else {
                Severity::Warning
            };
            pairs.push((i, j, severity));
            break;
        }
    }

    // 3. What is left on both sides may still be one foreign name in two spellings
    // (`Палиннің` ↔ `Пэйлин`): stems at most a quarter apart make one note, not two
    // warnings "not in the other text".
    for (a, &i) in uk.iter().enumerate() {
        if used_k[a] {
            continue;
        }
        for (b, &j) in ur.iter().enumerate() {
            if used_r[b] || (k.parts[i].weak && r.parts[j].weak) {
                continue;
            }
            if close(k, i, r, j) {
                used_k[a] = true;
                used_r[b] = true;
                pairs.push((i, j, Severity::Info));
                break;
            }
        }
    }

    for &(i, j, severity) in &pairs {
        // Two spellings of one name (`Рэйчел` ↔ `Рейчел`, `Кавана` ↔ `Кавано`): a note.
        out.push(pair_finding(k, i, r, j, severity));
    }

    if !cfg.missing {
        return;
    }
    // 4. Names on one side only (mid-sentence ones: a sentence-initial capital is
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
    // A name the other version holds elsewhere (the translator named the person a
    // paragraph earlier), and an adjective made from a name (`Европейский`), which
    // translations render as they see fit, are not missing: a note.
    // So is a name the other version keeps in Latin letters (`Добантона` ↔
    // `Daubenton`).
    let (mut held_k, far_k) = held_elsewhere(k, rest_k, ctx);
    let (mut held_r, far_r) = held_elsewhere(r, rest_r, ctx);
    // 4b. But the one name each side left unmatched (with another one beside it,
    // that one may be the other's spelling: `Кунмен` ↔ `Кунсом`), each named
    // elsewhere in the other version, neither another spelling of the other
    // (`Адамс` ↔ `Джонсоном`, both people of the article): not a name moved to
    // another paragraph, which would leave the other side without a name here, but
    // one put in place of the other: one warning naming both.
    if let ([_], [_], &[i], &[j]) = (&uk[..], &ur[..], &held_k[..], &held_r[..]) {
        if ctx.elsewhere(true, k.surface(i))
            && ctx.elsewhere(false, r.surface(j))
            && !spellings_close(k, i, r, j)
        {
            held_k.clear();
            held_r.clear();
            out.push(pair_finding(k, i, r, j, Severity::Warning));
        }
    }
    // 5. A name on each side, found nowhere in the other version: one name written
    // two ways (`Пуиг` ↔ `Пуч`, `Sainsbury's` aside), a note; or one put in place of
    // the other, one warning naming both.
    let mut left_r = vec![true; far_r.len()];
    let mut single_k = Vec::new();
    for &i in &far_k {
        let alike = (0..far_r.len()).find(|&b| left_r[b] && spellings_close(k, i, r, far_r[b]));
        let any = alike.or_else(|| (0..far_r.len()).find(|&b| left_r[b]));
        let Some(b) = any else {
            single_k.push(i);
            continue;
        };
        left_r[b] = false;
        let severity = if alike.is_some() {
            Severity::Info
        } else {
            Severity::Warning
        };
        out.push(pair_finding(k, i, r, far_r[b], severity));
    }
    let single_r: Vec<usize> = far_r
        .iter()
        .zip(&left_r)
        .filter(|&(_, &l)| l)
        .map(|(&j, _)| j)
        .collect();
    // A word of three letters or fewer (`Чен`, `Ын`, `Рим`) is too short to tell a
    // name from a particle or an abbreviation: on one side only, a note.
    let (short_k, single_k): (Vec<usize>, Vec<usize>) = single_k
        .into_iter()
        .partition(|&i| k.letters(i).len() <= SHORT_NAME);
    let (short_r, single_r): (Vec<usize>, Vec<usize>) = single_r
        .into_iter()
        .partition(|&j| r.letters(j).len() <= SHORT_NAME);
    held_k.extend(short_k);
    held_r.extend(short_r);
    // A name a word of the other side's aligned paragraphs is built on (an
    // adjective or a compound: `Каролины` ↔ `оңтүстіккаролиналық`, `Травмадан` ↔
    // `посттравматическом`) has a candidate there: a note.
    let (rendered_k, single_k): (Vec<usize>, Vec<usize>) =
        single_k.into_iter().partition(|&i| stem_inside(k, r, i));
    let (rendered_r, single_r): (Vec<usize>, Vec<usize>) =
        single_r.into_iter().partition(|&j| stem_inside(r, k, j));
    held_k.extend(rendered_k);
    held_r.extend(rendered_r);
    // A name whose other spelling starts a sentence of the other side (`Грахам
    // Дорранс` ↔ `Грэм Дорранс из «Рейнджерс»`), where a capital says nothing of
    // a name, has a candidate there: a note.
    let weak_k: Vec<usize> = uk
        .iter()
        .zip(&used_k)
        .filter(|&(&i, &u)| !u && k.parts[i].weak)
        .map(|(&i, _)| i)
        .collect();
    let weak_r: Vec<usize> = ur
        .iter()
        .zip(&used_r)
        .filter(|&(&j, &u)| !u && r.parts[j].weak)
        .map(|(&j, _)| j)
        .collect();
    // So has a name spelled otherwise by a name of the other side that is held
    // as a note itself (`Спайт` ↔ `Спита`, each found in the other version).
    let cand_k: Vec<usize> = weak_k.iter().chain(&held_k).copied().collect();
    let cand_r: Vec<usize> = weak_r.iter().chain(&held_r).copied().collect();
    let (spelled_k, single_k) = spelled_otherwise(k, r, single_k, &cand_r);
    let (spelled_r, single_r) = spelled_otherwise(r, k, single_r, &cand_k);
    held_k.extend(spelled_k);
    held_r.extend(spelled_r);
    // A second spelling of a name its own side has matched (`Палиннің … Трэк
    // Паллин` ↔ `Пэйлин … Пэйлин`) is that name: a note.
    let (again_k, single_k): (Vec<usize>, Vec<usize>) = single_k
        .into_iter()
        .partition(|&i| variant_of_matched(k, i));
    let (again_r, single_r): (Vec<usize>, Vec<usize>) = single_r
        .into_iter()
        .partition(|&j| variant_of_matched(r, j));
    held_k.extend(again_k);
    held_r.extend(again_r);
    // A first name or a surname left out of a full name whose other part both
    // sides have (`Джереми Корбиннің` ↔ `Корбина`, `Дональдом Трампом` ↔
    // `Дональд`), where the other side has no name left unmatched that could
    // stand in its place (one paired above with a name of this side, `Тулсадағы`
    // ↔ `Талсе`, cannot, nor can a short word that starts a sentence, `Бұл`): a
    // note.
    let all_paired_k = !single_r.is_empty() && all_paired(k, &uk, &used_k);
    let all_paired_r = !single_k.is_empty() && all_paired(r, &ur, &used_r);
    let (short_k, single_k): (Vec<usize>, Vec<usize>) = single_k
        .into_iter()
        .partition(|&i| all_paired_r && part_of_matched_name(k, r, i));
    let (short_r, single_r): (Vec<usize>, Vec<usize>) = single_r
        .into_iter()
        .partition(|&j| all_paired_k && part_of_matched_name(r, k, j));
    held_k.extend(short_k);
    held_r.extend(short_r);
    // A name whose other spelling is a word of two or three letters on the other
    // side, too short to be taken for a name there (`Эйрдің` ↔ `«Эр»`, `Йонг` ↔
    // `Ён`, `Айяном` ↔ `Ян`), has a candidate there: a note.
    let (short_words_k, short_words_r) = if single_k.is_empty() && single_r.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (short_words(k), short_words(r))
    };
    let (brief_k, single_k): (Vec<usize>, Vec<usize>) = single_k
        .into_iter()
        .partition(|&i| short_spelling(k, i, &short_words_k, &short_words_r));
    let (brief_r, single_r): (Vec<usize>, Vec<usize>) = single_r
        .into_iter()
        .partition(|&j| short_spelling(r, j, &short_words_r, &short_words_k));
    held_k.extend(brief_k);
    held_r.extend(brief_r);
    // A capitalised Kazakh word of a translated title (`Жасылдар партиясы`,
    // `Жарық стадионы`; see [`kazakh_word`]), while the Russian has no name left
    // that could be its counterpart (`Партия зеленых`): a note.
    let free_r = all_paired(r, &ur, &used_r);
    let (title_k, single_k): (Vec<usize>, Vec<usize>) = single_k
        .into_iter()
        .partition(|&i| free_r && kazakh_word(k, i));
    held_k.extend(title_k);
    // A capitalised Russian word the dictionary knows in small letters
    // (`Палату`, `Сотрудничество`, `Скалистые`) is a common word that starts a
    // title or an institution's name, which the other version translates: a note.
    // (Only once nothing in the other version could be it: a name that is also a
    // word, `Роза`, is still matched as a name before this.)
    let (common_k, single_k): (Vec<usize>, Vec<usize>) =
        single_k.into_iter().partition(|&i| dictionary_word(k, i));
    let (common_r, single_r): (Vec<usize>, Vec<usize>) =
        single_r.into_iter().partition(|&j| dictionary_word(r, j));
    held_k.extend(common_k);
    held_r.extend(common_r);
    missing(k, r, &single_k, "names-only-kk", Severity::Warning, out);
    missing(r, k, &single_r, "names-only-ru", Severity::Warning, out);
    held_k.sort_unstable();
    held_r.sort_unstable();
    missing(k, r, &held_k, "names-only-kk", Severity::Info, out);
    missing(r, k, &held_r, "names-only-ru", Severity::Info, out);
}

/// Is part `i` of `s`, a Russian word, in small letters a word of the Russian
/// dictionary, which writes proper nouns with their capital (`америке` is no word
/// of it), and not shaped like a surname (`Кузнецов`, `Петровым` are forms of
/// `кузнец`, `петров` too)? The Kazakh dictionary also holds place names in small
/// letters (`алматы`, `қазақстан`): a Kazakh word is judged by [`kazakh_word`].
fn dictionary_word(s: &Side, i: usize) -> bool {
    if s.kazakh || in_full_name(s, i) {
        return false;
    }
    let word = s.surface(i).to_lowercase();
    !surname_shaped(&word)
        && !known_name(&word)
        && crate::diff::lexicon::in_dictionary(Lang::Ru, &word)
}

/// Nouns that end the name of a body, a place or a prize whose other words a
/// translation renders word for word (`Жасылдар партиясы` ↔ `Партия зеленых`,
/// `Жарық стадионы` ↔ `Stadium of Light`), as stems.
const INSTITUTION_NOUNS: [&str; 40] = [
    "партия",
    "ұйым",
    "одағ",
    "одақ",
    "қоғам",
    "қор",
    "стадион",
    "мұхит",
    "теңіз",
    "көл",
    "өзен",
    "арал",
    "шығанақ",
    "кубог",
    "кубок",
    "лига",
    "банк",
    "компания",
    "клуб",
    "команда",
    "орталығ",
    "орталық",
    "институт",
    "университет",
    "академия",
    "министрлі",
    "комитет",
    "кеңес",
    "палата",
    "агенттіг",
    "агенттік",
    "қозғалыс",
    "альянс",
    "театр",
    "мұражай",
    "музей",
    "фестивал",
    "сыйлығ",
    "сыйлық",
    "марапат",
];

/// Is part `i` of `s`, a Kazakh word, in a run of at most [`FULL_NAME`]
/// capitalised words that the Kazakh dictionary all knows, none of them a name
/// of the table of equivalents (`Қазақстан`) or shaped like a surname
/// (`Назарбаев`), right before a noun of [`INSTITUTION_NOUNS`]? Then it is a
/// word of a translated title, not a name. (The dictionary alone cannot tell:
/// it holds place names and given names in small letters, `алматы`, `серік`.)
fn kazakh_word(s: &Side, i: usize) -> bool {
    if !s.kazakh {
        return false;
    }
    let mut a = i;
    while a > 0 && spaced(s, a - 1, a) && s.parts[a - 1].cap {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < s.parts.len() && spaced(s, b, b + 1) && s.parts[b + 1].cap {
        b += 1;
    }
    let part = &s.parts[b];
    let next: String = s.paras[part.para].text[part.end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let known = |i: usize| {
        let word = s.surface(i).to_lowercase();
        s.parts[i].equiv.is_empty()
            && !surname_shaped_kk(&word)
            && crate::diff::lexicon::in_dictionary(Lang::Kk, &word)
    };
    b - a < FULL_NAME && INSTITUTION_NOUNS.iter().any(|n| next.starts_with(n)) && (a..=b).all(known)
}

/// Whether a Kazakh word in small letters is shaped like a surname or a
/// patronymic: `-ов`, `-ев`, `-ин` (with at most four letters of ending after
/// them), `-ұлы`, `-қызы`.
fn surname_shaped_kk(word: &str) -> bool {
    ["ұлы", "қызы"].iter().any(|e| word.contains(e))
        || ["ов", "ев", "ин"].iter().any(|e| {
            word.char_indices().any(|(at, _)| {
                at >= 4 && word[at..].starts_with(e) && word[at + e.len()..].chars().count() <= 4
            })
        })
}

/// Whether a Russian word in small letters ends like a surname in any case:
/// `-ов`, `-ев`, `-ин`, `-ын` and their endings (`-ова`, `-овым`, `-иной`), or
/// like an adjective, as surnames and place names made of one do (`Толстой`,
/// `Горький`, `Белых`, `Донская`, `Рудный`; a plural `Скалистые` is not).
fn surname_shaped(word: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "", "а", "у", "ы", "е", "ым", "ом", "ой", "ою", "ых", "ыми", "им",
    ];
    const ADJECTIVE: [&str; 10] = ["ой", "ий", "ый", "ых", "их", "ая", "яя", "ого", "ому", "ую"];
    ADJECTIVE.iter().any(|e| word.ends_with(e))
        || ENDINGS.iter().any(|e| {
            word.strip_suffix(e).is_some_and(|stem| {
                ["ов", "ев", "ёв", "ин", "ын"]
                    .iter()
                    .any(|s| stem.ends_with(s) && stem.chars().count() > 3)
            })
        })
}

/// Whether a Russian word in small letters is a form of a given name, a surname or
/// a club's name that the dictionary also knows as a word (`Вера`, `Роман`,
/// `Канат`, `Лебедь`, `Зенит`): its stem and at most two more letters.
fn known_name(word: &str) -> bool {
    const STEMS: [&str; 27] = [
        "вер",
        "надежд",
        "любов",
        "любв",
        "роз",
        "лили",
        "слав",
        "лад",
        "роман",
        "лев",
        "льв",
        "канат",
        "булат",
        "алмаз",
        "ислам",
        "лебед",
        "мороз",
        "жук",
        "заяц",
        "зайц",
        "волк",
        "сокол",
        "зенит",
        "динамо",
        "торпедо",
        "локомотив",
        "спартак",
    ];
    let n = word.chars().count();
    STEMS
        .iter()
        .any(|s| word.starts_with(s) && n <= s.chars().count() + 2)
}

/// Whether part `i` of `s` stands next to another capitalised word with only
/// spaces between, as a part of a full name does (`Роман Абрамович`, `Министр
/// Белых`). A word that starts the sentence and is one of [`SENTENCE_WORDS`]
/// (`Однако Общество памяти …`) is capitalised for the sentence, not for a name;
/// a title there is not (`Губернатор Медведь`).
fn in_full_name(s: &Side, i: usize) -> bool {
    [i.wrapping_sub(1), i + 1].into_iter().any(|n| {
        n < s.parts.len()
            && spaced(s, i, n)
            && s.parts[n].cap
            && !(s.parts[n].weak && sentence_word(s, n))
    })
}

/// Russian conjunctions, adverbs, prepositions and pronouns that start
/// sentences, in small letters.
const SENTENCE_WORDS: [&str; 40] = [
    "однако",
    "но",
    "и",
    "а",
    "также",
    "вчера",
    "сегодня",
    "завтра",
    "теперь",
    "тогда",
    "затем",
    "потом",
    "поэтому",
    "впрочем",
    "кроме",
    "между",
    "после",
    "перед",
    "при",
    "по",
    "в",
    "во",
    "на",
    "с",
    "со",
    "к",
    "для",
    "из",
    "от",
    "это",
    "этот",
    "эта",
    "как",
    "когда",
    "если",
    "хотя",
    "ведь",
    "уже",
    "здесь",
    "там",
];

/// Is part `i` of `s` one of the [`SENTENCE_WORDS`]?
fn sentence_word(s: &Side, i: usize) -> bool {
    let word = s.surface(i).to_lowercase();
    SENTENCE_WORDS.contains(&word.as_str())
}

/// Whether parts `a` and `b` of `s` stand in one paragraph with only white space
/// between them (next to each other, for neighbouring parts).
fn spaced(s: &Side, a: usize, b: usize) -> bool {
    let (a, b) = (a.min(b), a.max(b));
    let (pa, pb) = (&s.parts[a], &s.parts[b]);
    pa.para == pb.para
        && s.paras[pa.para].text[pa.end..pb.start]
            .chars()
            .all(char::is_whitespace)
}

/// Are part `i` of `s` and part `j` of `o` likely one foreign name in two
/// spellings: alike ([`elsewhere::alike`]), apart in vowels only
/// ([`elsewhere::vowels_apart`]), or close in their consonants, as written or
/// cut to their stems ([`elsewhere::consonants_close`]: `Грахам` ↔ `Грэму`)?
fn spellings_close(s: &mut Side, i: usize, o: &mut Side, j: usize) -> bool {
    let (a, b) = (s.surface(i), o.surface(j));
    // (Each word read once for the first two questions.)
    let (x, y) = (elsewhere::Spelling::of(a), elsewhere::Spelling::of(b));
    x.alike(&y)
        || x.vowels_apart(&y)
        || elsewhere::consonants_close(a, b)
        || elsewhere::consonants_close(&s.stem_surface(i), &o.stem_surface(j))
}

/// Does part `i` of `s` stand in a full name (capitalised words with only
/// spaces between them, up to [`FULL_NAME`] long) beside a name part that has a
/// counterpart in `o` by its spelling (not by a table of equivalents:
/// `Солтүстік` is no first name), while that counterpart stands alone, with no
/// capitalised word beside it that could be the part `o` has in place of part
/// `i`? (`Ким Чен Ыном` ↔ `Киммен`: `Чен` and `Ыном` are left out.)
fn part_of_matched_name(s: &Side, o: &Side, i: usize) -> bool {
    let alone = |m: usize| {
        [m.wrapping_sub(1), m + 1]
            .into_iter()
            .all(|x| x >= o.parts.len() || !spaced(o, m, x) || !o.parts[x].cap)
    };
    // Walk from `i` each way along the name's capitalised parts.
    let walk = |step: fn(usize) -> usize| {
        let mut at = i;
        for _ in 1..FULL_NAME {
            let n = step(at);
            if n >= s.parts.len() || !neighbours(s, at, n) || !spaced(s, at, n) || !s.parts[n].cap {
                return false;
            }
            if s.parts[n].matched.is_some() {
                return s.parts[n].equiv.is_empty() && s.parts[n].matched.is_some_and(alone);
            }
            // An unmatched name of its own (`Гэвин` in `Калифорнии Гэвин Ньюсом`)
            // is no part of a name the other side has: only a short one (`Чен`).
            if s.parts[n].cand && s.letters(n).len() > SHORT_NAME {
                return false;
            }
            at = n;
        }
        false
    };
    walk(|x| x.wrapping_sub(1)) || walk(|x| x + 1)
}

/// The most words of a full name (`Ким Чен Ын`, `Мария Хосе Гарсия`).
const FULL_NAME: usize = 3;

/// The capitalised words of two or three letters of a side that do not start a
/// sentence, nor name a model (`Ил-76`, `Ту-154`): too short for the candidates
/// the sides are matched by. Each as its letters (Kazakh ones folded to Russian)
/// and as its [`sounds`].
fn short_words(s: &Side) -> Vec<(Vec<char>, Vec<char>)> {
    let mut out = Vec::new();
    for (j, p) in s.parts.iter().enumerate() {
        if !p.cap || p.matched.is_some() || !(2..=SHORT_NAME).contains(&(p.c1 - p.c0)) {
            continue;
        }
        let text = &s.paras[p.para].text;
        let model = text[p.end..]
            .strip_prefix(['-', '\u{2010}', '\u{2011}'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        if model
            || !s.surface(j).chars().all(crate::lang::is_cyrillic)
            || starts_sentence(&text[..p.start])
        {
            continue;
        }
        // (From the surface: the letters have `ё` as `е`, and `Ён` is `Йон`.)
        let surface: Vec<char> = s.surface(j).chars().map(crate::lang::lower_char).collect();
        let sounds = sounds(&surface, s.kazakh);
        if sounds.len() >= 2 {
            let folded = surface.iter().map(|&c| stem::fold(c)).collect();
            out.push((folded, sounds));
        }
    }
    out
}

/// Is one of `theirs`, the [`short_words`] of the other side that `ours` (those
/// of this side) do not have too, letter for letter (`Си Цзиньпин`, `«Ақ жол»` in
/// both versions), another spelling of name `i` of `s`? Read as sounds, the short
/// word must be the name's stem less at most one sound, keeping its first one and
/// the order of the rest (`Ён` ↔ `Йонг`: `он` in `онг`; `Эр` ↔ `Эйр|дің`: `ер`).
fn short_spelling(
    s: &mut Side,
    i: usize,
    ours: &[(Vec<char>, Vec<char>)],
    theirs: &[(Vec<char>, Vec<char>)],
) -> bool {
    if theirs.is_empty() {
        return false;
    }
    let kazakh = s.kazakh;
    let (letters, stems) = s.letters_stems(i);
    let stem_sounds: Vec<Vec<char>> = stems
        .iter()
        .chain(std::iter::once(&letters.len()))
        .map(|&n| sounds(&letters[..n], kazakh))
        .collect();
    let shared = |letters: &Vec<char>| ours.iter().any(|(l, _)| l == letters);
    theirs.iter().filter(|(l, _)| !shared(l)).any(|(_, short)| {
        stem_sounds.iter().any(|stem| {
            stem.len() <= short.len() + 1
                && stem.first() == short.first()
                && is_subsequence(short, stem)
        })
    })
}

/// The sounds of a word in small letters, as the two alphabets share them:
/// Kazakh letters folded to Russian ones (when `kazakh`), iotated vowels read as
/// the vowel (`я` → `а`, `ё` → `о`, `ю` → `у`), `э` as `е`, and `й`, `ь`, `ъ`
/// left out (`Эйр` and `Эр` both read `ер`).
fn sounds(letters: &[char], kazakh: bool) -> Vec<char> {
    letters
        .iter()
        .map(|&c| match c {
            'ё' => 'о',
            _ if kazakh => stem::fold(c),
            _ => c,
        })
        .filter_map(|c| match c {
            'й' | 'ь' | 'ъ' => None,
            'я' => Some('а'),
            'ю' => Some('у'),
            'э' => Some('е'),
            _ => Some(c),
        })
        .collect()
}

fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|d| d == c))
}

/// Does a sentence start after `before`, the text of a paragraph before a word?
/// Opening quotes and brackets are passed over (`: «Он`), a dash too.
fn starts_sentence(before: &str) -> bool {
    let t = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '«' | '“' | '„' | '"' | '(' | '[' | '—' | '–' | '-')
    });
    t.is_empty() || t.ends_with(['.', '!', '?', '…', ':'])
}

/// Is part `i` of `s` another spelling, apart in vowels only or alike
/// ([`elsewhere::vowels_apart`], [`elsewhere::alike`]), of a part of `s` that
/// has a counterpart on the other side?
///
/// (The name is read once, and each matched part once, rather than both words
/// again for each of the two questions.)
fn variant_of_matched(s: &Side, i: usize) -> bool {
    let name = elsewhere::Spelling::of(s.surface(i));
    let mut other = elsewhere::Spelling::default();
    s.parts.iter().enumerate().any(|(m, p)| {
        m != i && p.matched.is_some() && {
            other.read(s.surface(m));
            name.vowels_apart(&other) || name.alike(&other)
        }
    })
}

/// `names` of `s` split into those one of `candidates`, parts of `o`, may be
/// another spelling of ([`spellings_close`]), and the others.
fn spelled_otherwise(
    s: &mut Side,
    o: &mut Side,
    names: Vec<usize>,
    candidates: &[usize],
) -> (Vec<usize>, Vec<usize>) {
    if candidates.is_empty() {
        return (Vec::new(), names);
    }
    let (mut spelled, mut rest) = (Vec::new(), Vec::new());
    for i in names {
        let found = candidates.iter().any(|&j| spellings_close(s, i, o, j));
        if found {
            spelled.push(i);
        } else {
            rest.push(i);
        }
    }
    (spelled, rest)
}

/// `names` of `s` split into those the other version holds elsewhere, in another
/// form or in Latin letters, or that are adjectives made from a name, and the
/// others.
fn held_elsewhere(s: &mut Side, names: Vec<usize>, ctx: &mut Context) -> (Vec<usize>, Vec<usize>) {
    let (mut held, mut far) = (Vec::new(), Vec::new());
    for i in names {
        let is_held =
            adjective_of_name(s.letters(i), s.kazakh) || ctx.elsewhere(s.kazakh, s.surface(i)) || {
                let stems = s.stem_surfaces(i);
                ctx.in_latin(s.kazakh, &stems)
            };
        if is_held {
            held.push(i);
        } else {
            far.push(i);
        }
    }
    (held, far)
}

/// Letters of a name's stem that must stand inside a word of the other side for
/// [`stem_inside`].
const STEM_INSIDE: usize = 5;

/// Does a word of the other side's paragraphs hold the stem of part `i` of `s`
/// (its shortest stem longer than [`STEM_INSIDE`] letters, less its last letter,
/// which endings change), folded, anywhere inside it: an adjective or a compound
/// made from the name?
fn stem_inside(s: &mut Side, o: &Side, i: usize) -> bool {
    let (letters, stems) = s.letters_stems(i);
    let Some(stem) = stems.iter().copied().filter(|&n| n > STEM_INSIDE).min() else {
        return false;
    };
    let needle: Vec<char> = letters[..stem - 1].iter().map(|&c| stem::fold(c)).collect();
    let mut word = Vec::new();
    o.parts.iter().any(|p| {
        if p.c1 - p.c0 < needle.len() {
            return false;
        }
        word.clear();
        word.extend(o.chars[p.c0..p.c1].iter().map(|&c| stem::fold(c)));
        word.windows(needle.len()).any(|w| w == &needle[..])
    })
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

/// One finding per paragraph of `s` listing its names with no counterpart in `o`.
fn missing(
    s: &Side,
    o: &Side,
    list: &[usize],
    id: &'static str,
    severity: Severity,
    out: &mut Vec<Finding>,
) {
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
            severity,
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

    /// Warnings and errors only (a note on two spellings is allowed).
    fn loud(kk: &str, ru: &str) -> Vec<Finding> {
        run(kk, ru)
            .into_iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect()
    }

    /// Findings of the names check over whole articles, bead by bead (paragraph
    /// `n` with paragraph `n`), then one per name.
    fn article(kk: &[&str], ru: &[&str]) -> Vec<Finding> {
        let kk: Vec<Paragraph> = kk.iter().map(|t| para(t)).collect();
        let ru: Vec<Paragraph> = ru.iter().map(|t| para(t)).collect();
        let (kk, ru): (Vec<Paragraph>, Vec<Paragraph>) = (
            kk.into_iter()
                .enumerate()
                .map(|(i, mut p)| {
                    p.number = i + 1;
                    p
                })
                .collect(),
            ru.into_iter()
                .enumerate()
                .map(|(i, mut p)| {
                    p.number = i + 1;
                    p
                })
                .collect(),
        );
        let mut ctx = Context::new(&kk, &ru);
        let mut out = Vec::new();
        for (k, r) in kk.iter().zip(&ru) {
            check(&[k], &[r], &NamesConfig::default(), &mut ctx, &mut out);
        }
        one_finding_per_name(&mut out);
        out
    }

    proptest::proptest! {
        /// A part pushed without `push_part` (a word not capitalised) is as
        /// `push_part` would make it.
        #[test]
        fn parts_read_fast_are_as_push_part_makes_them(
            text in "[ АБКТабвктҚқӘәіІ.,:«»A-Za-z—-]{0,60}",
            kazakh: bool,
        ) {
            let extra = Extra::new(&NamesConfig::default());
            for p in segment(&text) {
                let paras = [&p];
                let side = Side::new(&paras, kazakh, &extra);
                let mut plain = Side {
                    paras: &paras,
                    kazakh,
                    chars: side.chars.clone(),
                    parts: Vec::new(),
                    candidates: 0,
                    stem_buf: Vec::new(),
                };
                for part in &side.parts {
                    plain.push_part(
                        part.para, &p.text, part.start, part.end, part.c0, part.c1, part.w1,
                        part.weak, &extra,
                    );
                    let made = plain.parts.last().map(|q| (q.cap, q.cand, q.weak));
                    proptest::prop_assert_eq!(made, Some((part.cap, part.cand, part.weak)));
                }
                proptest::prop_assert_eq!(plain.candidates, side.candidates);
            }
        }
    }

    /// Letters a word compared with the forms may have in place of a form's.
    const SWAP_LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі-x";

    /// [`Form::may_start`] never turns away a word [`stem::starts_with_form`]
    /// accepts: every built-in form, every letter of [`SWAP_LETTERS`] put in
    /// place of each of its letters 0..6, before a few endings.
    #[test]
    fn a_form_turned_away_by_its_head_is_not_started() {
        let mut accepted = 0;
        for kazakh in [true, false] {
            for f in tables().forms[usize::from(!kazakh)].values().flatten() {
                for tail in ["", "ы", "а", "да", "ның", "ом"] {
                    for at in 0..6 {
                        for c in SWAP_LETTERS.chars() {
                            let mut word = f.form.clone();
                            if let Some(slot) = word.get_mut(at) {
                                *slot = c;
                            }
                            word.extend(tail.chars());
                            for len in [word.len(), word.len().saturating_sub(1)] {
                                let w = &word[..len];
                                if stem::starts_with_form(w, &f.form, kazakh) {
                                    accepted += 1;
                                    assert!(
                                        f.may_start(w.len(), head_key(w)),
                                        "{w:?} {:?}",
                                        f.form
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(accepted > 1000);
    }

    proptest::proptest! {
        /// [`Side::hits_at`] finds what every form of the word's buckets, asked
        /// with [`stem::starts_with_form`] alone, finds.
        #[test]
        fn hits_turned_away_by_their_heads_are_none(
            text in "[ АБКТУЕабвгдеклмнорстуыюқғәіңөұүһ-]{0,40}",
            kazakh: bool,
        ) {
            let extra = Extra::new(&NamesConfig::default());
            for p in segment(&text) {
                let paras = [&p];
                let side = Side::new(&paras, kazakh, &extra);
                let mut hits = Vec::new();
                for i in 0..side.parts.len() {
                    let span = side.hits_at(i, &extra, &mut hits);
                    let q = &side.parts[i];
                    let mut plain = Vec::new();
                    let mut plain_span = 0;
                    for f in tables().forms[usize::from(!kazakh)].values().flatten() {
                        let word = if f.hyphens > 0 {
                            &side.chars[q.c0..q.w1]
                        } else {
                            &side.chars[q.c0..q.c1]
                        };
                        if stem::starts_with_form(word, &f.form, kazakh) {
                            plain.push(f.id);
                            plain_span = plain_span.max(f.hyphens);
                        }
                    }
                    let mut fast = hits.clone();
                    fast.sort_unstable();
                    plain.sort_unstable();
                    proptest::prop_assert_eq!(fast, plain);
                    proptest::prop_assert_eq!(span, plain_span);
                }
            }
        }
    }

    proptest::proptest! {
        /// A candidate is a common noun by the stems its side keeps exactly when
        /// [`common::is_common`], making them itself, says so.
        #[test]
        fn common_nouns_by_kept_stems_are_the_plain_ones(
            text in "[ ЗПКГСОАзакондшеиіпрстыуңқғәөлм]{0,60}",
            kazakh: bool,
        ) {
            let extra = Extra::new(&NamesConfig::default());
            for p in segment(&text) {
                let paras = [&p];
                let mut side = Side::new(&paras, kazakh, &extra);
                for i in 0..side.parts.len() {
                    let plain = common::is_common(side.letters(i), kazakh);
                    if side.letters(i).len() >= common::MIN_LEN {
                        let (letters, stems) = side.letters_stems(i);
                        let kept = common::is_common_stemmed(letters, stems, kazakh);
                        proptest::prop_assert_eq!(kept, plain);
                    }
                }
            }
        }
    }

    #[test]
    fn a_russian_letter_read_from_its_bytes_is_its_normal_form() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = matches!(c, 'а'..='я' | 'А'..='Я').then(|| stem::norm_char(c));
            assert_eq!(russian_letter(bytes, 0), expected, "{c:?}");
        }
    }

    #[test]
    fn two_names_of_the_article_swapped_in_one_paragraph_are_a_warning() {
        // Each name is named elsewhere in the other version, but here the Russian
        // puts one in place of the other.
        let f = article(
            &[
                "Бұл туралы Адамс айтты.",
                "Шіркеуді Джонсон басқарды.",
                "“Көпшілігі ақ нәсілді болады”, – деді Адамс мырза.",
            ],
            &[
                "Об этом сказал Адамс.",
                "Церковь возглавил Джонсон.",
                "«Большинство будут белыми», — считает Джонсон.",
            ],
        );
        let loud: Vec<_> = f
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert_eq!(loud.len(), 1, "{f:#?}");
        assert_eq!(loud[0].kk.as_ref().map(|e| e.paragraph), Some(3));
        assert_eq!(loud[0].ru.as_ref().map(|e| e.paragraph), Some(3));
        assert_eq!(loud[0].message.text("kk"), "Адамс");
    }

    #[test]
    fn a_name_the_other_version_holds_elsewhere_is_a_note() {
        // ntrex128/docs/003_nytimes.184853: the Kazakh says "ол" where the Russian
        // names Адамс, whom it named a paragraph earlier.
        let f = article(
            &[
                "Бұл туралы Адамс айтты.",
                "“Көпшілігі ақ нәсілді болады”, – деді ол.",
            ],
            &[
                "Об этом сказал Адамс.",
                "«Большинство будут белыми», — считает Адамс.",
            ],
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:#?}");
        // Named nowhere in the Kazakh version: a warning at that paragraph.
        let f = article(
            &[
                "Бұл туралы айтылды.",
                "“Көпшілігі ақ нәсілді болады”, – деді ол.",
            ],
            &[
                "Об этом сказали.",
                "«Большинство будут белыми», — считает Адамс.",
            ],
        );
        let loud: Vec<_> = f
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert_eq!(loud.len(), 1, "{f:#?}");
        assert_eq!(loud[0].ru.as_ref().map(|e| e.paragraph), Some(2));
    }

    #[test]
    fn a_name_missing_throughout_is_one_finding_listing_its_paragraphs() {
        let f = article(
            &["Ол келді.", "Ол кетті.", "Ол қайтты."],
            &["Пришел Ферданд.", "Ушел Ферданд.", "Вернулся Ферданд."],
        );
        let loud: Vec<_> = f
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert_eq!(loud.len(), 1, "{f:#?}");
        let ev = loud[0].ru.as_ref().unwrap();
        assert_eq!((ev.paragraph, ev.also.clone()), (1, vec![2, 3]));
        assert!(loud[0].names_paragraph(Lang::Ru, 3));
    }

    #[test]
    fn one_name_put_in_place_of_another_is_one_warning_naming_both() {
        // After ntrex128/docs/059_guardian.221718 ¶1, with Роуэн replaced.
        let f = article(
            &["Фильмде басты рөлді Оспанова Аткинсон ойнайды."],
            &["Главную роль в фильме играет Роуэн Аткинсон."],
        );
        let loud: Vec<_> = f
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert!(
            loud.iter()
                .any(|f| f.kk.as_ref().is_some_and(|e| e.paragraph == 1)),
            "{f:#?}"
        );
    }

    #[test]
    fn one_name_in_its_kazakh_and_russian_spelling_is_one_name() {
        // akimat/almaty-oblast-2017-0426-112683: a toponym with ш ↔ ч, inflected.
        assert!(loud(
            "Ол Қапшағай қаласына барды, Қапшағайдағы кездесуге қатысты.",
            "Он поехал в город Капчагай, участвовал во встрече в Капчагайском районе."
        )
        .is_empty());
        // A patronymic: -ұлы ↔ -ович, in a case on both sides.
        assert!(loud(
            "Марат Бақытжанұлына алғыс хат берілсін.",
            "Объявить благодарность Марату Бакытжановичу."
        )
        .is_empty());
        // ү ↔ ю, і ↔ и with an extra й: at most a note.
        assert!(loud(
            "Сыйлықты Ерлан Дүйсембінов алды.",
            "Премию получил Ерлан Дюсембинов."
        )
        .is_empty());
        // Two established spellings of a foreign name: at most one note.
        let f = run(
            "Журналист Рэйчел Грин мақала жазды.",
            "Статью написала журналист Рейчел Грин.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        assert!(f.len() <= 1, "{f:?}");
        // Жұмабек ↔ Жумабек.
        assert!(loud("Сөзді Жұмабек алды.", "Слово взял Жумабек.").is_empty());
    }

    #[test]
    fn capitalised_common_nouns_of_titles_are_not_names() {
        // akimat acts: words of law and document titles.
        assert!(loud(
            "Қазақстан Республикасының Заңына және Халық санағы туралы Ережеге сәйкес.",
            "В соответствии с Законом Республики Казахстан и Положением о Переписи населения."
        )
        .is_empty());
        assert!(loud(
            "Облыстың Елтаңбасы туралы Қағидаларды бекіту туралы Шешім.",
            "Решение об утверждении Правил о Гербе области."
        )
        .is_empty());
    }

    #[test]
    fn a_name_with_no_candidate_on_the_other_side_stays_a_warning() {
        let f = loud("Жиналысты Петров жүргізді.", "Собрание провел Серикбаев.");
        assert!(!f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_capitalised_russian_dictionary_word_is_a_note() {
        // ntrex128/docs/027_cnn.304489 ¶8, 025_newsweek.51338 ¶8 (CC BY-SA 4.0):
        // the Kazakh leaves out or translates what the Russian capitalises.
        let f = run(
            "Президент Республикандықтардың аралық сайлаудағы белсенділігі қаншама маңызды екенін сипаттады.",
            "Президент говорил о важности явки республиканцев на выборы в Конгресс и Палату представителей.",
        );
        let palatu = |f: &Finding| f.message.text("names").contains("Палату");
        assert!(
            f.iter().any(|f| palatu(f) && f.severity == Severity::Info)
                && !f
                    .iter()
                    .any(|f| palatu(f) && f.severity >= Severity::Warning),
            "{f:?}"
        );
        let f = run(
            "Орталық құзды таулар мен Үлкен Бассейн таулы қыратында жауын болады.",
            "В центральные Скалистые горы и Большой Бассейн придут осадки.",
        );
        assert!(
            f.iter()
                .any(|f| f.severity == Severity::Info && f.message.text("names") == "Скалистые"),
            "{f:?}"
        );
        // A proper noun (the dictionary writes it with its capital) and a word
        // shaped like a surname stay warnings.
        let warns = |kk: &str, ru: &str, name: &str| {
            let f = loud(kk, ru);
            assert!(
                f.iter().any(|f| f.message.text("names").contains(name)),
                "{name}: {f:?}"
            );
        };
        warns("Жиналыс болды.", "Собрание прошло в Америке.", "Америке");
        warns(
            "Жиналысты ол жүргізді.",
            "Собрание провел Кузнецов.",
            "Кузнецов",
        );
        // Surnames and names the dictionary also knows as words.
        warns(
            "Министр мәлімдеді.",
            "Как заявил министр Седых, всё готово.",
            "Седых",
        );
        warns("Кеше келді.", "Вчера приехала и Вера.", "Вера");
        warns("Ойын болды.", "Вчера играл и Зенит.", "Зенит");
        warns("Кітап шықты.", "Книгу написал и Толстой.", "Толстой");
        // Part of a full name.
        warns("Ол сөйледі.", "Выступил Роман Абрамович.", "Роман");
        warns("Ол сөйледі.", "Роман Абрамович выступил.", "Абрамович");
        // A sentence's first word is no part of a name beside it.
        let f = run(
            "Алайда жануарларды қорғау қоғамы бұл ұсынысқа қарсы шықты.",
            "Однако Общество защиты животных выступило против этого предложения.",
        );
        assert!(!f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
    }

    #[test]
    fn a_capitalised_kazakh_word_of_the_dictionary_is_a_note_when_nothing_could_be_its_counterpart()
    {
        let loud_names = |kk: &str, ru: &str| -> Vec<String> {
            loud(kk, ru)
                .iter()
                .map(|f| f.message.text("names").to_string())
                .collect()
        };
        // The party's name translated: a note.
        let none = loud_names(
            "Бұл идеяны Жасылдар партиясы бұрын ұсынған.",
            "Эту идею раньше предлагала Партия зеленых.",
        );
        assert!(none.is_empty(), "{none:?}");
        // The Russian has a name left that could stand in its place: a warning.
        let f = loud_names(
            "Бұл идеяны Жасылдар партиясы бұрын ұсынған.",
            "Эту идею раньше предлагал Корбин.",
        );
        assert!(!f.is_empty(), "{f:?}");
        // Beside a word no Kazakh dictionary knows, it is part of a name. Place
        // names and given names the dictionary holds in small letters, left out
        // of the Russian, stay warnings (no title noun follows them, or the
        // table of equivalents knows them as names).
        for (kk, ru, name) in [
            (
                "Ойынды Теннесси Жолбарыстары командасы ұтты.",
                "Игру выиграла команда из штата.",
                "Жолбарыстары",
            ),
            (
                "Кеше Қазақстан жаңа заң қабылдады.",
                "Вчера страна приняла новый закон.",
                "Қазақстан",
            ),
            (
                "Тауарлар кеше Қытайдан әкелінді.",
                "Товары вчера привезли из-за границы.",
                "Қытайдан",
            ),
            (
                "Бұл туралы кеше Серік айтты.",
                "Об этом вчера сказал он.",
                "Серік",
            ),
            (
                "Бұл туралы кеше Назарбаев айтты.",
                "Об этом вчера сказал он.",
                "Назарбаев",
            ),
        ] {
            let f = loud_names(kk, ru);
            assert!(f.iter().any(|n| n.contains(name)), "{name}: {f:?}");
        }
    }

    #[test]
    fn exonyms_of_the_table_are_not_other_names_that_start_alike() {
        let f = loud(
            "Кеше Үнді мұхитында дауыл болды.",
            "Вчера в Индиане прошёл ураган.",
        );
        assert!(!f.is_empty(), "{f:?}");
        let f = loud(
            "Бұл шешімді кеше Кеңес Одағы қабылдады.",
            "Это решение вчера принял Евросоюз.",
        );
        assert!(!f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_title_that_starts_a_sentence_is_part_of_the_name_after_it() {
        let f = loud("Ол кеше мәлімдеді.", "Губернатор Медведь заявил вчера.");
        assert!(
            f.iter()
                .any(|f| f.message.text("names").contains("Медведь")),
            "{f:?}"
        );
    }

    #[test]
    fn organisations_by_their_abbreviations_and_exonyms_are_one_name() {
        for (kk, ru) in [
            (
                "Грекия оның ЕО мен НАТО-ға кіруіне қарсы болды.",
                "Греция выступала против его вступления в Евросоюз и НАТО.",
            ),
            (
                "Ол Біріккен Ұлттар Ұйымының Бас ассамблеясында сөйледі.",
                "Он выступил на Генассамблее ООН.",
            ),
            (
                "Бейжінде газеттер шектеулі пікір жазады.",
                "В Пекине газеты пишут об ограниченных мнениях.",
            ),
            (
                "Цунами Үнді мұхитының жағалауына жетті.",
                "Цунами дошло до побережья Индийского океана.",
            ),
            (
                "Кездесуге ТМД елдерінің басшылары келді.",
                "На встречу приехали лидеры стран СНГ.",
            ),
        ] {
            let f = loud(kk, ru);
            assert!(f.is_empty(), "{kk} / {ru}: {f:?}");
        }
    }

    #[test]
    fn surnames_by_their_endings() {
        for w in [
            "кузнецов",
            "петровым",
            "ивановой",
            "пушкиной",
            "бородиным",
            "лебедевых",
        ] {
            assert!(surname_shaped(w), "{w}");
        }
        for w in ["толстой", "горький", "белых", "донская", "рудный"]
        {
            assert!(surname_shaped(w), "{w}");
        }
        for w in [
            "палату",
            "скалистые",
            "сотрудничество",
            "юридическом",
            "ров",
        ] {
            assert!(!surname_shaped(w), "{w}");
        }
        for w in ["вера", "веры", "романа", "льва", "зенита", "канат"]
        {
            assert!(known_name(w), "{w}");
        }
        for w in ["палату", "верховный", "славянский"] {
            assert!(!known_name(w), "{w}");
        }
    }

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        let (k, r) = (para(kk), para(ru));
        let mut out = Vec::new();
        let (kk, ru) = ([k.clone()], [r.clone()]);
        let mut ctx = Context::new(&kk, &ru);
        check(&[&k], &[&r], &NamesConfig::default(), &mut ctx, &mut out);
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
    fn a_foreign_name_apart_in_vowels_next_to_a_matched_word_is_a_note() {
        // ntrex128/docs/009_upi.176249: Сан-Паулу ↔ Сан-Паоло (Сан matches Сан).
        let kk = "Ливерпуль сәрсенбі күні Италияның Неаполь қаласындағы Сан-Паулу стадионында сағат 15:00-де Чемпиондар лигасының топтық турнир кезеңінде Наполимен күш сынасады.";
        let ru = "«Ливерпуль» встретится с командой «Наполи» на групповом этапе Лиги чемпионов. Матч пройдет на стадионе «Сан-Паоло» в Неаполе (Италия) в среду в 15:00.";
        let f = run(kk, ru);
        let differ: Vec<_> = f
            .iter()
            .filter(|f| f.message.id == "names-differ")
            .collect();
        assert_eq!(differ.len(), 1, "{f:?}");
        assert_eq!(differ[0].severity, Severity::Info);
        // A consonant changed instead stays a warning.
        let f = run(&kk.replace("Паулу", "Панлу"), ru);
        assert!(
            f.iter()
                .any(|f| f.message.id == "names-differ" && f.severity >= Severity::Warning),
            "{f:?}"
        );
    }

    #[test]
    fn a_surname_with_one_consonant_changed_is_not_a_note() {
        // `Картер` made `Портер`: not one name in two spellings.
        let f = run(
            "Мәлімдемені Джон Картер жасады.",
            "Заявление сделал Джон Портер.",
        );
        assert!(
            f.iter()
                .any(|f| f.message.id == "names-differ" && f.severity != Severity::Info),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_a_word_of_the_other_side_is_built_on_is_a_note() {
        // ntrex128/docs/061_cbsnews.248471 ¶4 (CC BY-SA 4.0): the Russian names
        // South Carolina, the Kazakh makes an adjective of it.
        let kk = "Кеннеди өзінің оңтүстіккаролиналық әріптесіне қарағанда ойын неғұрлым ашық жеткізгенді жөн көрді.";
        let ru = "Кеннеди казался более открытым, чем его коллега из Южной Каролины.";
        let f = run(kk, ru);
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        assert!(f.iter().any(|f| f.message.id == "names-only-ru"), "{f:?}");
        // Without the adjective the name has no candidate: a warning.
        let f = run(&kk.replace("оңтүстіккаролиналық ", ""), ru);
        assert!(
            f.iter()
                .any(|f| f.message.id == "names-only-ru" && f.severity == Severity::Warning),
            "{f:?}"
        );
    }

    #[test]
    fn translated_names_of_places_and_unions_match() {
        // ntrex128/docs/025_newsweek.51338 ¶14 and 079_bbc.381680 (CC BY-SA 4.0).
        let f = run(
            "Дауыл Тұнық мұхиттың суық суына кезіккенде, оның күші әлсірей бастайды.",
            "Ураган оказался в зоне с более прохладной водой на тихоокеанском побережье.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        let f = run(
            "Олар Еуроодақтың жұмыскерлерін қолдайды.",
            "Они поддерживают работников из стран Европейского Союза.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
    }

    #[test]
    fn the_united_kingdom_and_britain_in_their_other_forms_match() {
        // ntrex128/docs/081_scotsman.133783 ¶3, 085_dailymail.co.uk.298644 ¶2
        // (CC BY-SA 4.0).
        let f = run(
            "Джин Фриман MSP бұл хатты БК-тің Еуроодақтан шығуына алты айдан кем мерзім қалғанда жіберген еді.",
            "Джин Фриман, MSP, обратилась с этим письмом менее, чем за шесть месяцев до выхода Великобритании из ЕС.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        let f = run(
            "Жаздың ыстығы Британияның бәсекелестік етуші пабтарына тиімді болды.",
            "Летняя жара привела к усилению продаж британских пабов.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
    }

    #[test]
    fn the_bible_and_the_united_states_in_full_match() {
        // ntrex128/docs/031_bbc.381647 ¶8, 049_reuters.218861 ¶2 (CC BY-SA 4.0).
        let f = run(
            "Меніңше бұл Інжілде ең көп кездесетін сөз, – деді Уэст.",
            "Это наиболее часто встречающееся слово в Библии, — так Уэст объяснял.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        let f = run(
            "Санкциялар Америка Құрама Штаттарына деген сенімсіздікті арттырады.",
            "Санкции усиливают недоверие к Соединенным Штатам.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
    }

    #[test]
    fn a_second_spelling_of_a_name_found_elsewhere_is_a_note() {
        // ntrex128/docs/075_scotsman.133758 ¶17, 099_newsweek.51339 ¶2
        // (CC BY-SA 4.0): each spelling has a candidate on the other side.
        let f = run(
            "берілген төрт ұпайдың үшеуін ұтқан Джордан Спайт пен Джастин Томасты есептемегенде әрине.",
            "за исключением Джордана Спита и Джастина Томаса, набравших три очка из четырех.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        let f = run(
            "Сара Палиннің үлкен ұлы Трэк Паллин қамауға алынды.",
            "Трак Пэйлин, старший сын Сары Пэйлин, был арестован.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // A name put in place of the second mention is still found.
        let f = run(
            "Сара Палиннің үлкен ұлы Трэк Мұхтаров қамауға алынды.",
            "Трак Пэйлин, старший сын Сары Пэйлин, был арестован.",
        );
        assert!(f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
    }

    #[test]
    fn a_first_name_one_version_leaves_out_is_a_note() {
        // ntrex128/docs/083_dailymail.co.uk.298622 ¶7 (CC BY-SA 4.0).
        let f = run(
            "Бұл қадам Джереми Корбиннің жас дауыс берушілерді өзіне тарту әрекетін бейтараптандыру үшін жасалған.",
            "Этот шаг сведет на нет результаты попыток Корбина привлечь молодых избирателей.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // A surname put in place of another next to a kept first name is not
        // one left out, though the replaced one stands elsewhere in the
        // paragraph (059_guardian.221718 ¶1).
        let f = run(
            "Джонни Инглиш қайта оралды – Джонни Оспанова Аткинсонның епсіз шпионы",
            "Джонни Инглиш наносит удар снова — Джонни Инглиш и Роуэн Аткинсон",
        );
        assert!(f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
        // Nor is a word put next to a direction (`Солтүстік`).
        let f = run(
            "Солтүстік Мұхтаров басшылары кездесуді өткізді.",
            "Представители Северной Америки провели встречу.",
        );
        assert!(f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
    }

    #[test]
    fn a_name_the_other_version_keeps_in_latin_letters_is_a_note() {
        // ntrex128/docs/077_scotsman.133773 ¶4, ¶21 (CC BY-SA 4.0).
        let f = article(
            &[
                "Inverewe бағындағы қоңыр жарқанаттар мен Daubenton жарқанаттарын зерттеуге ұласады.",
                "\"Мұнда, яғни Тревте жарқанаттарға қолайлы керемет жерлер бар,\" – деді ол.",
            ],
            &[
                "Будут изучены летучие мыши и ночницы Добантона, населяющие Inverewe Gardens.",
                "«Здесь, в Threave, отличное место для летучих мышей», — говорит он.",
            ],
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // A name the Latin words do not spell stays a warning.
        let f = article(
            &["Inverewe бағындағы Daubenton жарқанаттарын Мұхтаров зерттейді."],
            &["Ночниц Добантона в Inverewe Gardens изучит Петров."],
        );
        assert!(f.iter().any(|f| f.severity == Severity::Warning), "{f:?}");
    }

    #[test]
    fn a_name_spelled_otherwise_at_the_start_of_a_sentence_is_a_note() {
        // ntrex128/docs/095_scotsman.133801 ¶1 (CC BY-SA 4.0): `Грэм` starts the
        // Russian sentence, where a capital says nothing of a name.
        let f = run(
            "Рэнджерс Грахам Дорранс Венадағы қақтығыс жайлы оптимисттік ойда.",
            "Грэм Дорранс из «Рейнджерс» настроен оптимистично перед встречей с венским «Рапидом».",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // Another name at the start of the sentence is no candidate.
        let f = run(
            "Рэнджерс Грахам Дорранс Венадағы қақтығыс жайлы оптимисттік ойда.",
            "Петров Дорранс из «Рейнджерс» настроен оптимистично перед встречей с венским «Рапидом».",
        );
        assert!(f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
    }

    #[test]
    fn a_name_changed_in_a_table_cell_is_found() {
        // A list of people in an act's table: the surname changed on one side.
        let kk = "№ | Тегі, аты | Лауазымы\n1 | Жанұзақов Ерлан | маман";
        let ru = "№ | Фамилия, имя | Должность\n1 | Сыздыков Ерлан | специалист";
        let f = run(kk, ru);
        assert!(
            f.iter().any(|f| f.severity >= Severity::Warning
                && f.message
                    .args
                    .iter()
                    .any(|(_, v)| *v == crate::checks::Value::Str("Жанұзақов".into()))),
            "{f:?}"
        );
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
        let (kk, ru) = ([k.clone()], [r.clone()]);
        check(&[&k], &[&r], &cfg, &mut Context::new(&kk, &ru), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn a_name_spelled_as_a_short_word_on_the_other_side_is_a_note() {
        // corpus/ntrex128/docs/039_scotsman.133765 (CC BY-SA 4.0, NTREX-128), ¶2,
        // shortened: Ayr is `Эйр` in Kazakh, `«Эр»` in Russian.
        let kk = "Бұл матчта Эйрдің жеңіске жетуге лайықты болғанына күмән жоқ.";
        let ru = "Без сомнения, «Эр» заслужил триумф в этом матче.";
        let f = run(kk, ru);
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        assert_eq!(f.len(), 1, "{f:?}");
        // A Korean name (007_cnbc.com.6790, ¶8): `Йонг` ↔ `Ён`.
        let kk = "Дипломат Ри Йонг Хо бас ассамблеяда сөз сөйледі.";
        let ru = "Дипломат Ли Ён Хо выступил на ассамблее.";
        assert!(
            run(kk, ru).iter().all(|f| f.severity == Severity::Info),
            "{:?}",
            run(kk, ru)
        );
        // A short word that starts a sentence is no name (`Он`), and a name longer
        // than the short word by more than one sound is not it (`Онгарбаев`).
        let kk = "Бүгін Йонг келді.";
        let ru = "Он пришел сегодня.";
        assert_eq!(run(kk, ru)[0].severity, Severity::Warning);
        let kk = "Бүгін Оңғарбаев келді.";
        let ru = "Сегодня пришел Он.";
        assert_eq!(run(kk, ru)[0].severity, Severity::Warning);
    }

    #[test]
    fn a_part_of_a_full_name_left_out_is_a_note_beside_another_spelling() {
        // corpus/ntrex128/docs/065_cnn.304478 (CC BY-SA 4.0, NTREX-128), ¶4,
        // shortened: the Kazakh text leaves out `Трамп`, and its one other name
        // left unmatched, `Тулсадағы`, is another spelling of `Талсе`.
        let kk = "Бұл туралы ол Тулсадағы (Оклахома) Дональд алдындағы митинг кезінде айтты.";
        let ru = "Об этом она сказала на встрече с Дональдом Трампом в Талсе, Оклахома.";
        let f = run(kk, ru);
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // A name of the Kazakh side that nothing pairs may stand in its place: a
        // warning.
        let kk = "Бұл туралы ол Оспанова (Оклахома) Дональд алдындағы митинг кезінде айтты.";
        let f = run(kk, ru);
        assert!(f.iter().any(|f| f.severity >= Severity::Warning), "{f:?}");
    }

    #[test]
    fn the_rest_of_a_three_word_name_left_out_is_a_note() {
        // corpus/ntrex128/docs/007_cnbc.com.6790 (CC BY-SA 4.0, NTREX-128), ¶15,
        // shortened.
        let kk = "Оның айтуынша, Киммен қарым-қатынасты жақсарту әрекеттері нәтиже берді.";
        let ru =
            "По словам Трампа, его усилия по налаживанию отношений с Ким Чен Ыном принесли плоды.";
        let f = run(kk, ru);
        assert!(
            f.iter()
                .all(|f| f.severity == Severity::Info || f.message.text("names") == "Трампа"),
            "{f:?}"
        );
        assert!(
            f.iter().any(|f| f.message.text("names").contains("Ыном")),
            "{f:?}"
        );
        // Beyond three words the run is no longer one name.
        let ru = "Встреча с Ким Чен Ыном Петровым Сидоровым прошла.";
        let kk = "Киммен кездесу өтті.";
        assert!(run(kk, ru).iter().any(|f| f.severity == Severity::Warning));
    }

    #[test]
    fn a_name_changed_by_one_letter_is_found_across_case_endings() {
        // The Kazakh stem keeps the nominative's last letter, the Russian one cuts
        // the case ending (`Индонезия|да` ↔ `Индонези|и`): compared over the
        // shorter stem, one consonant replaced is a changed name.
        let sev = |kk: &str, ru: &str| {
            run(kk, ru)
                .iter()
                .map(|f| f.severity)
                .max()
                .unwrap_or(Severity::Info)
        };
        let kk = "Агенттігі Индонезияда болған жер сілкінісі туралы хабарлады.";
        assert_eq!(
            sev(kk, "Число жертв в Индотезии достигло 832."),
            Severity::Warning
        );
        assert!(run(kk, "Число жертв в Индонезии достигло 832.").is_empty());
        let kk = "Пара үйлену тойын Шотландияда атап өтті.";
        assert_eq!(
            sev(kk, "Пара отметила свадьбу в Шопландии."),
            Severity::Warning
        );
        // A name that is also a common word of its side (`трамплин` makes `Трамп`
        // one) is still paired with a name one letter from it.
        let kk = "Неліктен Трамп екінші мерзімде жеңіске жетеді?";
        assert_eq!(
            sev(kk, "Почему Ттамп выиграет второй срок"),
            Severity::Warning
        );
        assert!(run(kk, "Почему Трамп выиграет второй срок").is_empty());
        // A native name (it has Kazakh letters) has one Russian spelling: `т` for
        // `з` is no transliteration of it.
        let kk = "Облыста тұратын Қатақстан Республикасының азаматтары санақтан өтеді.";
        let ru = "Переписи подлежат все граждане Республики Казахстан.";
        assert_eq!(sev(kk, ru), Severity::Error);
        // A loanword whose only Kazakh letter is in its suffix is no native name
        // (`shared/seed`: a programme's name in a list of capitalised words).
        let kk = "Модель «Ашықтық, Коллаборативтік» деп аталады.";
        let ru = "Модель называется «Открытость, Коллаборация».";
        assert_eq!(sev(kk, ru), Severity::Warning);
    }

    #[test]
    fn a_dropped_name_stays_a_warning_beside_short_words_and_full_names() {
        let warned = |kk: &str, ru: &str, name: &str| {
            run(kk, ru)
                .iter()
                .any(|f| f.severity == Severity::Warning && f.message.text("names").contains(name))
        };
        // A short word both versions have is no other spelling of a dropped name,
        // nor is a model's name (`Ил-76`).
        assert!(warned(
            "Бейсенбі күні Си Цзиньпин жағдайды талқылады.",
            "В четверг Си Цзиньпин обсудил ситуацию в Сирии.",
            "Сирии"
        ));
        assert!(warned(
            "Кеше Ли Кэцян делегацияны қабылдады.",
            "Вчера Ли Кэцян принял делегацию Литвы.",
            "Литвы"
        ));
        assert!(warned(
            "Кеше Ил-76 ұшағы Мәскеуге ұшты.",
            "Вчера самолет Ил-76 летчика Ильина вылетел в Москву.",
            "Ильина"
        ));
        assert!(warned(
            "Кеше «Ақ жол» партиясы мәлімдеме жасады.",
            "Вчера партия «Ак жол» и Акаев сделали заявление.",
            "Акаев"
        ));
        // A whole person dropped after a place name: `Гэвин` is a name of its
        // own, not a part the other side left out of a name it has.
        assert!(warned(
            "Бұл туралы Калифорния губернаторы хабарлады.",
            "Об этом сообщил губернатор Калифорнии Гэвин Ньюсом.",
            "Ньюсом"
        ));
        // A name put in place of another at a sentence's start still keeps the
        // missing one a warning; a common word there (`Бұл`) does not.
        assert!(warned(
            "Бүгін кездесу Дональдпен өтті. Байден бәрін айтты.",
            "Сегодня встреча прошла с Дональдом Трампом. Трамп все сказал.",
            "Трамп"
        ));
        assert!(!warned(
            "Бұл кездесу Дональдпен өтті.",
            "Эта встреча прошла с Дональдом Трампом.",
            "Трамп"
        ));
    }

    #[test]
    fn sounds_read_both_alphabets_alike() {
        let read = |w: &str, kazakh| -> String {
            let letters: Vec<char> = w.chars().map(crate::lang::lower_char).collect();
            sounds(&letters, kazakh).into_iter().collect()
        };
        assert_eq!(read("Эйр", true), "ер");
        assert_eq!(read("Эр", false), "ер");
        assert_eq!(read("Ён", false), "он");
        assert_eq!(read("Айян", false), "аан");
        assert_eq!(read("Ұлы", true), "улы");
        assert!(is_subsequence(&['а', 'н'], &['а', 'а', 'н']));
        assert!(!is_subsequence(&['н', 'а'], &['а', 'а', 'н']));
        assert!(starts_sentence(""));
        assert!(starts_sentence("Он пришел. «"));
        assert!(!starts_sentence("прошла через «"));
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
        let (kk, ru) = ([k.clone()], [r.clone()]);
        check(&[&k], &[&r], &cfg, &mut Context::new(&kk, &ru), &mut out);
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
    fn built_in_forms_have_two_letters_for_their_bucket() {
        for (k, r) in tables::EQUIVALENTS {
            assert!(k.chars().count() >= 2 && r.chars().count() >= 2, "{k} {r}");
        }
    }

    #[test]
    fn hyphenated_forms_cover_the_next_part_and_configured_ones_match_both_ways() {
        // A form spanning a hyphen (`Алма-Ата`) gives its id to the part after it.
        let kk = "Кеше Алматыда жиын өтті.";
        let ru = "Вчера в Алма-Ате прошло собрание.";
        assert_eq!(run(kk, ru), vec![]);
        let cfg = NamesConfig {
            equivalents: vec![Equivalent {
                kk: "Қонаев".into(),
                ru: "Капчагай".into(),
            }],
            ..NamesConfig::default()
        };
        let (k, r) = (
            para("Кеше Қонаевта жиын өтті."),
            para("Вчера Капчагай принял гостей."),
        );
        let mut out = Vec::new();
        let (kk, ru) = ([k.clone()], [r.clone()]);
        check(&[&k], &[&r], &cfg, &mut Context::new(&kk, &ru), &mut out);
        assert_eq!(out, vec![]);
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
