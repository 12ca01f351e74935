//! `latin`: Latin-script tokens must be the same in both versions.
//!
//! Read from each side of an aligned bead:
//!
//! * addresses: URLs (`https://…`, `www.…`, and link destinations of the
//!   paragraph), bare domains (`Altainews.kz`), e-mails, `@handles`, Latin
//!   `#hashtags`;
//! * Latin words: names, acronyms, brands (`ASHYQTYQ`, `DIGITAL SOCIAL RESEARCH`).
//!
//! A token ends where Cyrillic starts, so Kazakh suffixes glued to it (`NATO-ға`,
//! `Altainews.kz-ке`, `NATO-ның`, `Twitterде`) are not part of it, and an English
//! possessive `'s` is ignored. Case is ignored.
//!
//! * An address missing on the other side, or written differently → error.
//! * A Latin word whose counterpart on the other side is the same word with one
//!   letter changed (`ASHYQTYQ` / `ASHYKTYQ`) → error.
//! * A Latin word on one side only → a note, unless the other side writes it in
//!   Cyrillic (`Twitter` / `Твиттер`, `NATO` / `НАТО`, `BBC` / `Би-би-си`), which
//!   is compared by a rough consonant skeleton of both spellings. Translations
//!   render English glosses and brand names in Cyrillic, in words or not at all
//!   (`Member of the Welsh Parliament`, `News Channel`): on real pairs such a word
//!   is a choice far more often than a fault, so it informs and does not warn.

#[cfg(test)]
use crate::checks::scan::letters::words;
use crate::checks::scan::letters::Word;
use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::{is_cyrillic, is_latin};
use crate::segment::Paragraph;
use std::collections::HashMap;
use std::ops::Range;

/// Settings of the `latin` check (`[checks.latin]`).
#[derive(Debug, Clone, serde::Deserialize)]
// `default`: a partial section takes the defaults for the keys it leaves out.
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct LatinConfig {
    /// Report Latin words found on one side only (and not transliterated on the
    /// other).
    pub one_side_words: bool,
    /// Shortest Latin word (in letters) reported when it is on one side only.
    pub min_word: usize,
    /// Shortest Latin word compared for a changed letter.
    pub min_changed: usize,
}

impl Default for LatinConfig {
    fn default() -> Self {
        LatinConfig {
            one_side_words: true,
            min_word: 2,
            min_changed: 4,
        }
    }
}

/// Most one-side Latin words (and addresses) compared per side of a bead.
const MAX_LONE: usize = 200;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// URL, domain, e-mail, handle or hashtag: must be verbatim.
    Address,
    /// A Latin word.
    Word,
}

/// One token of one side.
#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    /// As written.
    text: String,
    /// Comparison key.
    key: String,
    /// Index of the paragraph in the bead side, and byte range in its text (None
    /// for a link destination).
    para: usize,
    range: Option<Range<usize>>,
}

fn is_url_start(rest: &str) -> bool {
    let b = rest.as_bytes();
    let starts = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    starts("http://") || starts("https://") || starts("www.")
}

fn url_key(url: &str) -> String {
    let mut k = crate::lang::lowercase(url);
    for p in ["https://", "http://", "mailto:"] {
        if let Some(r) = k.strip_prefix(p) {
            k = r.to_string();
        }
    }
    if let Some(r) = k.strip_prefix("www.") {
        k = r.to_string();
    }
    while k.ends_with('/') {
        k.pop();
    }
    k
}

fn word_key(w: &str) -> String {
    let mut k = crate::lang::lowercase(w).replace('’', "'");
    for suffix in ["'s", "'"] {
        if let Some(r) = k.strip_suffix(suffix) {
            k = r.to_string();
            break;
        }
    }
    k
}

fn is_chunk_char(c: char) -> bool {
    is_latin(c) || c.is_ascii_digit() || matches!(c, '.' | '-' | '_' | '@' | '\'' | '’' | '&' | '+')
}

fn is_roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// By the first byte of a character, how many bytes [`tokens_of`] passes over
/// (the whole character: its continuation bytes start nothing), or 0 for the
/// first byte of a character that may start a token: an ASCII letter or digit,
/// `#`, `@`, or a Latin letter (U+00C0 to U+024F: lead bytes C3 to C9).
const PASS_OVER: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'#' | b'@' | 0xC3..=0xC9 => 0,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        b += 1;
    }
    table
};

/// Reads the tokens of one paragraph.
fn tokens_of(p: &Paragraph, para: usize, out: &mut Vec<Token>) {
    let t = p.text.as_str();
    let mut i = 0;
    let bytes = t.as_bytes();
    while i < t.len() {
        // Only an ASCII letter or digit, `#`, `@` or a Latin letter (U+00C0 to
        // U+024F: lead bytes C3 to C9) starts a token (an address starts with `h`
        // or `w`): the bytes of anything else — most of a Kazakh or Russian text —
        // are passed over. Both kinds of byte kept start a character.
        let skip = PASS_OVER[usize::from(bytes[i])];
        if skip != 0 {
            i += usize::from(skip);
            continue;
        }
        let rest = &t[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if !(c.is_ascii_alphanumeric() || c == '#' || c == '@' || is_latin(c)) {
            i += c.len_utf8();
            continue;
        }
        let prev = t[..i].chars().next_back();
        let at_word_start = prev.is_none_or(|p| !crate::lang::is_alphanumeric(p));
        if at_word_start && is_url_start(rest) {
            let mut end = rest
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”')
                })
                .map_or(t.len(), |e| i + e);
            while end > i
                && matches!(
                    bytes[end - 1],
                    b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\''
                )
            {
                end -= 1;
            }
            let url = &t[i..end];
            out.push(Token {
                kind: Kind::Address,
                text: url.to_string(),
                key: url_key(url),
                para,
                range: Some(i..end),
            });
            i = end.max(i + 1);
            continue;
        }
        if at_word_start && c == '#' {
            let body_len = rest[1..]
                .find(|c: char| !(crate::lang::is_alphanumeric(c) || c == '_'))
                .unwrap_or(rest.len() - 1);
            let body = &rest[1..1 + body_len];
            if body.chars().any(is_latin) && !body.chars().any(is_cyrillic) {
                let end = i + 1 + body_len;
                out.push(Token {
                    kind: Kind::Address,
                    text: t[i..end].to_string(),
                    key: crate::lang::lowercase(&t[i..end]),
                    para,
                    range: Some(i..end),
                });
                i = end;
                continue;
            }
        }
        if !(is_latin(c) || c.is_ascii_digit() || c == '@') || !at_word_start && c != '@' {
            i += c.len_utf8();
            continue;
        }
        // A chunk of Latin letters, digits and connectors.
        let len = rest.find(|c: char| !is_chunk_char(c)).unwrap_or(rest.len());
        let mut start = i;
        let mut end = i + len;
        while end > start
            && matches!(
                bytes[end - 1],
                b'.' | b'-' | b'_' | b'\'' | b'&' | b'+' | b'@'
            )
        {
            end -= 1;
        }
        while t[..end].ends_with('’') {
            end -= '’'.len_utf8();
        }
        while start < end && matches!(bytes[start], b'.' | b'-' | b'_' | b'\'') {
            start += 1;
        }
        i += len.max(c.len_utf8());
        if start >= end {
            continue;
        }
        let chunk = &t[start..end];
        if !chunk.chars().any(is_latin) {
            continue;
        }
        let followed_by_letter = t[end..]
            .chars()
            .next()
            .is_some_and(crate::lang::is_alphanumeric);
        if let Some(at) = chunk.find('@') {
            let (user, host) = (&chunk[..at], &chunk[at + 1..]);
            if at == 0 && !host.is_empty() && at_word_start {
                out.push(address(
                    chunk,
                    crate::lang::lowercase(chunk),
                    para,
                    start..end,
                ));
                continue;
            }
            if !user.is_empty() && host.contains('.') {
                out.push(address(
                    chunk,
                    crate::lang::lowercase(chunk),
                    para,
                    start..end,
                ));
                continue;
            }
        }
        if is_domain(chunk) && !followed_by_letter {
            out.push(address(chunk, url_key(chunk), para, start..end));
            continue;
        }
        // Latin words: split on connectors other than apostrophes.
        let mut ws = start;
        for (j, ch) in chunk
            .char_indices()
            .chain(std::iter::once((chunk.len(), ' ')))
        {
            if matches!(ch, '.' | '-' | '_' | '@' | '&' | '+' | ' ') {
                let we = start + j;
                push_word(t, ws, we, para, out);
                ws = we + ch.len_utf8();
            }
        }
    }
}

fn address(text: &str, key: String, para: usize, range: Range<usize>) -> Token {
    Token {
        kind: Kind::Address,
        text: text.to_string(),
        key,
        para,
        range: Some(range),
    }
}

fn push_word(t: &str, start: usize, end: usize, para: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let mut w = &t[start..end];
    let mut e = end;
    while let Some(r) = w.strip_suffix(['\'', '’']) {
        w = r;
        e -= if t[..e].ends_with('’') { 3 } else { 1 };
    }
    let mut s = start;
    while let Some(r) = w.strip_prefix(['\'', '’']) {
        s += w.len() - r.len();
        w = r;
    }
    if !w.chars().any(is_latin) || is_roman(w) {
        return;
    }
    out.push(Token {
        kind: Kind::Word,
        text: w.to_string(),
        key: word_key(w),
        para,
        range: Some(s..e),
    });
}

/// `altainews.kz`, `weather.com`: Latin labels joined by dots, ending in a
/// lower-case top-level domain of two to six letters.
fn is_domain(chunk: &str) -> bool {
    let labels: Vec<&str> = chunk.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let ok_tld = (2..=6).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_lowercase());
    ok_tld
        && labels[0].chars().count() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

/// The tokens of one side of a bead, link destinations included.
fn side_tokens(paras: &[&Paragraph]) -> Vec<Token> {
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        tokens_of(p, i, &mut out);
        for link in &p.links {
            let l = link.trim();
            let lower = l.to_ascii_lowercase();
            if lower.starts_with("http://")
                || lower.starts_with("https://")
                || lower.starts_with("www.")
                || lower.starts_with("mailto:")
            {
                out.push(Token {
                    kind: Kind::Address,
                    text: l.to_string(),
                    key: url_key(l),
                    para: i,
                    range: None,
                });
            }
        }
    }
    out
}

/// Damerau–Levenshtein distance (optimal string alignment), bounded: `max + 1`
/// when it exceeds `max`. Tokens are short: longer ones never count as near.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return max + 1;
    }
    crate::diff::words::osa_distance(&a, &b, max)
}

/// Whether two strings of the same length are at most one substitution or one
/// swap of neighbours apart ([`distance`] ≤ 1 for equal lengths).
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    debug_assert_eq!(a.len(), b.len());
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return true;
    };
    if a[i + 1..] == b[i + 1..] {
        return true;
    }
    i + 1 < a.len() && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..]
}

/// A Latin word with one letter changed into the other: same length or one letter
/// more, but not an English plural or possessive ending.
fn is_changed(a: &str, b: &str, min: usize) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < min || a == b {
        return false;
    }
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    if let Some(rest) = long.strip_prefix(short) {
        if matches!(rest, "s" | "es" | "'s") {
            return false;
        }
    }
    let max = if la.min(lb) >= 8 { 2 } else { 1 };
    distance(a, b, max) <= max
}

/// A rough consonant skeleton shared by Latin spellings and their Cyrillic
/// transliterations: `Twitter` and `Твиттер` both give `TVTR`.
fn skeleton(word: &str) -> String {
    let mut out = String::new();
    skeleton_into(word, &mut Vec::new(), &mut out);
    out
}

/// The consonant class of one lower-case letter in a skeleton (`first`: the
/// word's first letter), after the Latin letter pairs (`sh`, `ch` …).
fn letter_class(c: char, first: bool) -> &'static str {
    match c {
        'c' | 'k' | 'q' | 'к' | 'қ' => "K",
        'x' => "KS",
        'b' | 'б' => "B",
        'd' | 'д' => "D",
        'f' | 'ф' => "F",
        'g' | 'г' | 'ғ' => "G",
        'h' if first => "H",
        'х' | 'һ' => "H",
        'j' => "DZ",
        'l' | 'л' => "L",
        'm' | 'м' => "M",
        'n' | 'н' | 'ң' => "N",
        'p' | 'п' => "P",
        'r' | 'р' => "R",
        's' | 'z' | 'с' | 'з' | 'ж' => "S",
        'ш' | 'щ' => "S",
        't' | 'т' => "T",
        'v' | 'w' | 'в' => "V",
        'ц' => "TS",
        'ч' => "C",
        _ => "",
    }
}

/// Letters whose lower case starts a skeleton with a vowel mark.
const VOWELS: &str = "aeiouyаеёиоуыэюяәөұүіій";

/// Appends a letter class to a skeleton, a letter repeated only once.
fn push_class(s: &str, out: &mut String) {
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
}

/// [`skeleton`] of a word of Cyrillic letters only: no Latin letter pair can
/// occur, so each letter maps on its own.
fn cyrillic_skeleton_into(word: &str, out: &mut String) {
    out.clear();
    for (i, c) in word.chars().map(crate::lang::lower_char).enumerate() {
        if i == 0 && VOWELS.contains(c) {
            out.push('_');
        }
        push_class(letter_class(c, i == 0), out);
    }
}

/// [`skeleton`] into reused buffers (`lower` is scratch space).
fn skeleton_into(word: &str, lower: &mut Vec<char>, out: &mut String) {
    lower.clear();
    out.clear();
    // ASCII and basic Cyrillic lower-case letter by letter, exactly as
    // `lowercase` does; anything else goes through it.
    if word
        .chars()
        .all(|c| c.is_ascii() || ('\u{400}'..='\u{52F}').contains(&c))
    {
        lower.extend(word.chars().map(crate::lang::lower_char));
    } else {
        lower.extend(crate::lang::lowercase(word).chars());
    }
    // A word starting with a vowel keeps a mark of it: `исследование` must not
    // match `SOCIAL`.
    if lower.first().is_some_and(|c| VOWELS.contains(*c)) {
        out.push('_');
    }
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        let n = lower.get(i + 1).copied();
        let n2 = lower.get(i + 2).copied();
        let (s, step): (&str, usize) = match (c, n, n2) {
            ('s', Some('c'), Some('h')) => ("S", 3),
            ('t', Some('c'), Some('h')) => ("C", 3),
            ('s', Some('h'), _) => ("S", 2),
            ('c', Some('h'), _) => ("C", 2),
            ('z', Some('h'), _) => ("Z", 2),
            ('k', Some('h'), _) => ("H", 2),
            ('p', Some('h'), _) => ("F", 2),
            ('t', Some('h'), _) => ("T", 2),
            ('c', Some('k'), _) => ("K", 2),
            ('q', Some('u'), _) => ("KV", 2),
            ('c', Some('e' | 'i' | 'y'), _) => ("S", 1),
            _ => (letter_class(c, i == 0), 1),
        };
        push_class(s, out);
        i += step;
    }
    if out.contains('Z') {
        *out = out.replace('Z', "S");
    }
}

/// How Russian spells the English names of the Latin capitals (for `BBC`).
fn letter_names(acronym: &str) -> Option<String> {
    let mut s = String::new();
    for c in acronym.chars() {
        s.push_str(match c {
            'A' => "эй",
            'B' => "би",
            'C' => "си",
            'D' => "ди",
            'E' => "и",
            'F' => "эф",
            'G' => "джи",
            'H' => "эйч",
            'I' => "ай",
            'J' => "джей",
            'K' => "кей",
            'L' => "эл",
            'M' => "эм",
            'N' => "эн",
            'O' => "оу",
            'P' => "пи",
            'Q' => "кью",
            'R' => "ар",
            'S' => "эс",
            'T' => "ти",
            'U' => "ю",
            'V' => "ви",
            'W' => "дабл",
            'X' => "экс",
            'Y' => "уай",
            'Z' => "зед",
            _ => return None,
        });
    }
    Some(s)
}

/// Skeletons of the Cyrillic words of a side: every word, and every
/// hyphen-joined chain of words as one (`Би-би-си`).
fn cyrillic_skeletons(paras: &[&Paragraph], words: &[&[Word]]) -> Skeletons {
    let mut out = Skeletons::default();
    let mut sk = String::new();
    let mut push = |w: &str, out: &mut Skeletons| {
        cyrillic_skeleton_into(w, &mut sk);
        if !sk.is_empty() {
            out.flat.push_str(&sk);
            out.ends.push(out.flat.len());
        }
    };
    for (p, words) in paras.iter().zip(words) {
        let t = p.text.as_str();
        let mut chain = String::new();
        let mut last_end = usize::MAX;
        for word in words.iter() {
            let r = word.range();
            let w = &t[r.clone()];
            if !word.is(Word::CYRILLIC) {
                last_end = usize::MAX;
                continue;
            }
            push(w, &mut out);
            let joined = last_end != usize::MAX && &t[last_end..r.start] == "-";
            if joined {
                chain.push_str(w);
                push(&chain, &mut out);
            } else {
                chain.clear();
                chain.push_str(w);
            }
            last_end = r.end;
        }
    }
    out
}

/// The skeletons of a side's Cyrillic words, one after another in one buffer
/// (repeats kept: they are only ever asked whether any matches).
#[derive(Debug, Default)]
struct Skeletons {
    flat: String,
    /// Skeleton `i` is `flat[ends[i - 1]..ends[i]]` (from 0 for the first).
    ends: Vec<usize>,
}

impl Skeletons {
    fn iter(&self) -> impl Iterator<Item = &str> {
        let mut from = 0;
        self.ends.iter().map(move |&end| {
            let s = &self.flat[from..end];
            from = end;
            s
        })
    }
}

/// True when the other side seems to write `word` in Cyrillic.
fn transliterated(word: &str, key: &str, other: &Skeletons) -> bool {
    let mut keys = vec![skeleton(key)];
    let letters = word
        .chars()
        .filter(|c| crate::lang::is_alphabetic(*c))
        .count();
    if word.chars().all(|c| c.is_ascii_uppercase()) && letters <= 4 {
        if let Some(names) = letter_names(word) {
            keys.push(skeleton(&names));
        }
    }
    keys.iter().any(|k| {
        let n = k.chars().count();
        if n == 0 {
            return false;
        }
        // The Cyrillic word may carry case endings and suffixes: a few more
        // consonants after the name (`Трамптың`), fewer after a short one.
        let extra = if n <= 2 { 1 } else { 3 };
        other.iter().any(|o| {
            let m = o.chars().count();
            if m < n || m > n + extra {
                return false;
            }
            if o.starts_with(k.as_str()) {
                return true;
            }
            if n >= 4 {
                // Skeletons are ASCII (letter classes and `_`): the start of `o`
                // as long as `k` is a slice, compared without allocating.
                if k.is_ascii() && o.is_ascii() {
                    return within_one_edit(k.as_bytes(), &o.as_bytes()[..n]);
                }
                let prefix: String = o.chars().take(n).collect();
                return distance(k, &prefix, 1) <= 1;
            }
            false
        })
    })
}

/// Checks one aligned bead: Latin tokens must be the same on both sides.
#[cfg(test)]
pub(crate) fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    cfg: &LatinConfig,
    out: &mut Vec<Finding>,
) {
    let of =
        |paras: &[&Paragraph]| -> Vec<Vec<Word>> { paras.iter().map(|p| words(&p.text)).collect() };
    let (wk, wr) = (of(kk), of(ru));
    let (sk, sr): (Vec<&[Word]>, Vec<&[Word]>) = (
        wk.iter().map(Vec::as_slice).collect(),
        wr.iter().map(Vec::as_slice).collect(),
    );
    check_words(kk, ru, [&sk, &sr], cfg, out);
}

/// [`check`] with the [`words`] of each paragraph of the bead (kk, then ru).
pub(crate) fn check_words(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    words: [&[&[Word]]; 2],
    cfg: &LatinConfig,
    out: &mut Vec<Finding>,
) {
    if kk.is_empty() || ru.is_empty() {
        return;
    }
    let tk = side_tokens(kk);
    let tr = side_tokens(ru);
    if tk.is_empty() && tr.is_empty() {
        return;
    }
    let sides: [(&[&Paragraph], &Vec<Token>); 2] = [(kk, &tk), (ru, &tr)];

    // Addresses: compared as sets.
    let addr = |v: &Vec<Token>| -> Vec<Token> {
        let mut seen: Vec<Token> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for t in v.iter().filter(|t| t.kind == Kind::Address) {
            match index.get(t.key.as_str()) {
                Some(&i) if seen[i].range.is_none() && t.range.is_some() => seen[i] = t.clone(),
                Some(_) => {}
                None => {
                    index.insert(t.key.as_str(), seen.len());
                    seen.push(t.clone());
                }
            }
        }
        seen
    };
    let (ak, ar) = (addr(&tk), addr(&tr));
    let keys_k: std::collections::HashSet<&str> = ak.iter().map(|t| t.key.as_str()).collect();
    let keys_r: std::collections::HashSet<&str> = ar.iter().map(|t| t.key.as_str()).collect();
    let mut lone_k: Vec<&Token> = ak
        .iter()
        .filter(|t| !keys_r.contains(t.key.as_str()))
        .collect();
    let mut lone_r: Vec<&Token> = ar
        .iter()
        .filter(|t| !keys_k.contains(t.key.as_str()))
        .collect();
    lone_k.truncate(MAX_LONE);
    lone_r.truncate(MAX_LONE);
    // A pair of near addresses is one changed address.
    let mut i = 0;
    while i < lone_k.len() {
        let a = lone_k[i];
        let near = lone_r.iter().position(|b| {
            let max = (a.key.len().min(b.key.len()) / 5).clamp(1, 3);
            distance(&a.key, &b.key, max) <= max
        });
        if let Some(j) = near {
            let b = lone_r.remove(j);
            out.push(pair_finding(kk, ru, a, b, "latin-address-changed"));
            lone_k.remove(i);
        } else {
            i += 1;
        }
    }
    for (lone, is_kk) in [(&lone_k, true), (&lone_r, false)] {
        for t in lone.iter() {
            out.push(one_side_finding(
                sides,
                t,
                is_kk,
                Severity::Error,
                "latin-address-missing",
            ));
        }
    }

    // Words: compared as multisets of keys.
    let mut count: HashMap<&str, isize> = HashMap::new();
    for t in tk.iter().filter(|t| t.kind == Kind::Word) {
        *count.entry(t.key.as_str()).or_insert(0) += 1;
    }
    for t in tr.iter().filter(|t| t.kind == Kind::Word) {
        *count.entry(t.key.as_str()).or_insert(0) -= 1;
    }
    // Address texts also cover words (`Altainews.kz` on one side, `Altainews` on
    // the other is not a missing word).
    let covered = |key: &str, other: &[Token]| {
        other
            .iter()
            .any(|o| o.kind == Kind::Address && o.key.contains(key))
    };
    let mut reported: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let lone_words = |v: &'_ Vec<Token>, kk_side: bool| -> Vec<Token> {
        let mut c = count.clone();
        let mut res = Vec::new();
        for t in v.iter().filter(|t| t.kind == Kind::Word) {
            let e = c.entry(t.key.as_str()).or_insert(0);
            let surplus = if kk_side { *e > 0 } else { *e < 0 };
            if surplus {
                *e += if kk_side { -1 } else { 1 };
                res.push(t.clone());
            }
        }
        res
    };
    let mut wk = lone_words(&tk, true);
    let mut wr = lone_words(&tr, false);
    wk.truncate(MAX_LONE);
    wr.truncate(MAX_LONE);
    wk.retain(|t| !covered(&t.key, &ar));
    wr.retain(|t| !covered(&t.key, &ak));
    let mut i = 0;
    while i < wk.len() {
        let near = wr
            .iter()
            .position(|b| is_changed(&wk[i].key, &b.key, cfg.min_changed));
        if let Some(j) = near {
            let b = wr.remove(j);
            let a = wk.remove(i);
            out.push(pair_finding(kk, ru, &a, &b, "latin-changed"));
        } else {
            i += 1;
        }
    }
    if !cfg.one_side_words {
        return;
    }
    // Skeletons of a side serve only the other side's lone words long enough to
    // be asked about (most beads have none): each is made when first asked for.
    let (ck, cr) = (std::cell::OnceCell::new(), std::cell::OnceCell::new());
    for (lone, is_kk) in [(&wk, true), (&wr, false)] {
        let (other, other_paras, other_words) = if is_kk {
            (&cr, ru, words[1])
        } else {
            (&ck, kk, words[0])
        };
        let other = || other.get_or_init(|| cyrillic_skeletons(other_paras, other_words));
        let here = if is_kk { kk } else { ru };
        let mut keep: Vec<&Token> = lone
            .iter()
            .filter(|t| {
                let letters = t
                    .key
                    .chars()
                    .filter(|c| crate::lang::is_alphabetic(*c))
                    .count();
                // Short words (`The`, `of`, `St`) only when they are acronyms.
                let short_ok = letters > 3
                    || t.text
                        .chars()
                        .filter(|c| crate::lang::is_alphabetic(*c))
                        .all(|c| c.is_uppercase());
                letters >= cfg.min_word && short_ok && !transliterated(&t.text, &t.key, other())
            })
            .collect();
        keep.sort_by_key(|t| (t.para, t.range.as_ref().map_or(0, |r| r.start)));
        // Adjacent words make one phrase: `DIGITAL SOCIAL RESEARCH`.
        let mut phrases: Vec<Token> = Vec::new();
        for t in keep {
            if !reported.insert(t.key.as_str()) {
                continue;
            }
            if let Some(last) = phrases.last_mut() {
                if let (Some(a), Some(b)) = (&last.range, &t.range) {
                    // `a` is a range in the last phrase's paragraph: compare it with
                    // `b` only inside the same paragraph.
                    let same = last.para == t.para && a.end <= b.start;
                    if same && here[t.para].text[a.end..b.start].trim().is_empty() {
                        let r = a.start..b.end;
                        last.text = here[t.para].text[r.clone()].to_string();
                        last.range = Some(r);
                        continue;
                    }
                }
            }
            phrases.push(t.clone());
        }
        for t in &phrases {
            out.push(one_side_finding(
                sides,
                t,
                is_kk,
                Severity::Info,
                "latin-missing",
            ));
        }
    }
}

fn pair_finding(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    a: &Token,
    b: &Token,
    id: &'static str,
) -> Finding {
    Finding {
        check: CheckId::Latin,
        severity: Severity::Error,
        kk: Some(Evidence::new(
            kk[a.para],
            a.range.clone().into_iter().collect(),
        )),
        ru: Some(Evidence::new(
            ru[b.para],
            b.range.clone().into_iter().collect(),
        )),
        message: Message::new(id)
            .str("kk", a.text.clone())
            .str("ru", b.text.clone()),
    }
}

fn one_side_finding(
    sides: [(&[&Paragraph], &Vec<Token>); 2],
    t: &Token,
    is_kk: bool,
    severity: Severity,
    id: &'static str,
) -> Finding {
    let (here, there) = if is_kk {
        (sides[0].0, sides[1].0)
    } else {
        (sides[1].0, sides[0].0)
    };
    let mine = Some(Evidence::new(
        here[t.para],
        t.range.clone().into_iter().collect(),
    ));
    let other = Some(Evidence::new(there[0], Vec::new()));
    let (kk, ru) = if is_kk { (mine, other) } else { (other, mine) };
    Finding {
        check: CheckId::Latin,
        severity,
        kk,
        ru,
        message: Message::new(id)
            .str("token", t.text.clone())
            .str("missing", if is_kk { "ru" } else { "kk" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        crate::checks::testing::pair(kk, ru, |k, r, out| {
            check(k, r, &LatinConfig::default(), out)
        })
    }

    fn words(text: &str) -> Vec<String> {
        let p = &segment(text)[0];
        let mut v = Vec::new();
        tokens_of(p, 0, &mut v);
        v.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_stop_at_cyrillic_suffixes() {
        assert_eq!(
            words("NATO-ға, Altainews.kz-ке, NATO-ның Commodoresте O'Hara Sainsbury's"),
            vec![
                "NATO",
                "Altainews.kz",
                "NATO",
                "Commodores",
                "O'Hara",
                "Sainsbury's"
            ]
        );
        assert_eq!(
            words("Жазыңыз: info@altainews.kz, @altainews, #ASHYQTYQ, https://altainews.kz/a/1."),
            vec![
                "info@altainews.kz",
                "@altainews",
                "#ASHYQTYQ",
                "https://altainews.kz/a/1"
            ]
        );
    }

    #[test]
    fn same_tokens_with_suffixes_are_silent() {
        // ntrex128/docs/001_bbc.381790, paragraph 8.
        let kk = "Уэльс консерваторы атаудың өзгеруіне тобының “ашық” болғанын, бірақ ол “MWP” және “Muppet” сөзтіркестерінің арасында айтылатын қысқа сөз екенін айтты.";
        let ru = "Представитель валлийских консерваторов сказал, что его группа «открыта» для смены названия, но отметил, что от MWP до Muppet — рукой подать.";
        assert!(run(kk, ru).is_empty());
        assert!(run(
            "NATO-ның Altainews.kz-ке жазды",
            "NATO и Altainews.kz написали"
        )
        .is_empty());
    }

    #[test]
    fn changed_latin_token_is_an_error() {
        let f = run("ASHYQTYQ жобасы", "проект ASHYKTYQ");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].message.id, "latin-changed");
        let ev = f[0].kk.as_ref().unwrap();
        assert_eq!(&ev.text[ev.marks[0].clone()], "ASHYQTYQ");
    }

    #[test]
    fn lone_words_in_two_paragraphs_of_a_bead_do_not_panic() {
        // The first word ends at byte 14 of its paragraph, inside `м` of the second
        // paragraph's `мырза`: the phrase joining must not slice the second paragraph
        // there. (Words from ntrex128/docs, the Corbyn article.)
        let kk = "Мен Corbyns\n\nКорбин мырза Labour партиясынан";
        let ru = "Господин Корбин из партии";
        let f = run(kk, ru);
        let missing: Vec<&str> = f
            .iter()
            .filter(|f| f.message.id == "latin-missing")
            .filter_map(|f| f.kk.as_ref().map(|e| &e.text[e.marks[0].clone()]))
            .collect();
        assert_eq!(missing, vec!["Corbyns", "Labour"]);
    }

    #[test]
    fn plural_is_not_a_change() {
        assert!(!is_changed("muppet", "muppets", 4));
        assert!(is_changed("ashyqtyq", "ashyktyq", 4));
    }

    #[test]
    fn missing_or_changed_address_is_an_error() {
        let f = run(
            "Толығырақ: https://altainews.kz/news/1",
            "Подробнее на сайте.",
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "latin-address-missing");
        assert_eq!(f[0].severity, Severity::Error);
        let f = run("Жазыңыз: info@altainews.kz", "Пишите: info@altainews.com");
        assert_eq!(f[0].message.id, "latin-address-changed");
        // A link destination counts as the same URL.
        assert!(run(
            "[Сайт](https://altainews.kz) ашылды",
            "Открыт сайт https://altainews.kz"
        )
        .is_empty());
    }

    #[test]
    fn within_one_edit_is_the_bounded_distance_for_equal_lengths() {
        for (a, b) in [
            ("TVTR", "TVTR"),
            ("TVTR", "TVTS"),
            ("TVTR", "VTTR"),
            ("TVTR", "TVRT"),
            ("TVTR", "KVTS"),
            ("TVTR", "VTRT"),
            ("ABCD", "BADC"),
            ("_SKL", "_SLK"),
        ] {
            assert_eq!(
                within_one_edit(a.as_bytes(), b.as_bytes()),
                distance(a, b, 1) <= 1,
                "{a} {b}"
            );
        }
    }

    #[test]
    fn transliterated_word_is_silent_and_lone_word_is_a_note() {
        // ntrex128/docs/087_scotsman.19386 ru writes «Твиттере».
        assert!(run("Ол Twitter желісінде жазды", "Он пишет в своем Твиттере").is_empty());
        assert!(run("NATO-ға мүше", "член НАТО").is_empty());
        assert!(run("BBC хабарлады", "сообщает Би-би-си").is_empty());
        let f = run("DIGITAL SOCIAL RESEARCH зерттеуі", "исследование компании");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        let ev = f[0].kk.as_ref().unwrap();
        assert_eq!(&ev.text[ev.marks[0].clone()], "DIGITAL SOCIAL RESEARCH");
    }

    proptest::proptest! {
        #[test]
        fn cyrillic_skeletons_are_skeletons(w in "[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІѣѢ]{1,12}") {
            let mut fast = String::new();
            cyrillic_skeleton_into(&w, &mut fast);
            proptest::prop_assert_eq!(fast, skeleton(&w));
        }
    }

    #[test]
    fn the_scan_passes_over_whole_characters_that_start_no_token() {
        for b in 0..=255u8 {
            let starts = b.is_ascii_alphanumeric() || matches!(b, b'#' | b'@' | 0xC3..=0xC9);
            let skip = PASS_OVER[usize::from(b)];
            assert_eq!(skip == 0, starts, "{b:#x}");
        }
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            let skip = PASS_OVER[usize::from(first)];
            assert!(skip == 0 || usize::from(skip) == c.len_utf8(), "{c:?}");
        }
    }

    /// A huge bead is read to its end and reported. A comparison that were not
    /// linear would not end in the test run; the clock is not asked (results
    /// never depend on a machine's speed).
    #[test]
    fn a_huge_bead_stays_linear() {
        let kk = "Twitter “сөз” https://a.kz/1 Abcdef ".repeat(100_000);
        let ru = "Твиттер «слово» https://a.kz/2 Abcdeg ".repeat(100_000);
        let f = run(&kk, &ru);
        assert!(!f.is_empty());
    }

    #[test]
    fn skeletons_match_across_scripts() {
        assert_eq!(skeleton("Twitter"), skeleton("Твиттер"));
        assert_eq!(skeleton("NATO"), skeleton("НАТО"));
    }
}
