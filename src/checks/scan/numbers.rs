//! Reading the numbers of a text with what changes their value: thousands groups
//! (space, no-break, narrow no-break, thin space), a decimal comma or point,
//! multipliers (`мың`, `тыс.`, `млн`, `миллиард`), percent (`%`, `пайыз`,
//! `процент`), Kazakh and Russian endings (`3000-ға`, `89-й`), ranges, times,
//! Roman numerals (Latin or look-alike Cyrillic letters), phone- and id-like digit
//! strings and the common number words ([`super::spelled`]). Numbers inside dates
//! ([`super::dates`]) are skipped. The `numbers` check compares what this reads.

use super::spelled as words;
use super::tokens::{lower_into, single_space_gap, tokenize, Tok, TokKind, DASHES};
use crate::lang::Lang;
use std::ops::Range;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberForm {
    /// Digits, with separators, decimals, multiplier, endings.
    Digits,
    /// A time of day `07:55`; `value` is minutes since midnight.
    Time,
    /// A Roman numeral (`XXXIV`, `ХХІ`).
    Roman,
    /// Number words (`елу`, `пятьдесят`, `свыше тысячи`).
    Words,
    /// A phone number, a document number, a code: compared as a string (`key`).
    Id,
}

/// An imperial unit, which translators often convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imperial {
    Foot,
    Yard,
    Mile,
    Pound,
    Inch,
    Ounce,
    Gallon,
    Acre,
}

impl Imperial {
    /// Its size in the metric unit it is usually converted to (m, m, km, kg, cm,
    /// g, l, ha).
    pub fn to_metric(self) -> f64 {
        match self {
            Imperial::Foot => 0.3048,
            Imperial::Yard => 0.9144,
            Imperial::Mile => 1.609_344,
            Imperial::Pound => 0.453_592,
            Imperial::Inch => 2.54,
            Imperial::Ounce => 28.35,
            Imperial::Gallon => 3.785,
            Imperial::Acre => 0.4047,
        }
    }
}

/// A unit written right after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Feet, miles, pounds (of weight), inches, yards, ounces, gallons, acres.
    Imperial(Imperial),
    /// Metres, kilograms, litres, hectares…
    Metric,
    /// Degrees (either scale).
    Degree,
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The value, multiplier applied (`2,8 млрд` is 2.8e9).
    pub value: f64,
    /// Byte range in the text (digits with their multiplier, percent, ending).
    pub span: Range<usize>,
    pub form: NumberForm,
    /// The multiplier applied (1 when none).
    pub scale: f64,
    pub percent: bool,
    /// Written with an ordinal ending (`17-ші`, `89-й`).
    pub ordinal: bool,
    pub unit: Option<Unit>,
    /// Significant digits as written (`380 000` has 2, `2,8` has 2).
    pub significant: u32,
    /// For [`NumberForm::Id`]: the digits with their separators.
    pub key: String,
}

/// Finds the numbers of a text (numbers inside dates excluded).
pub fn extract(text: &str, lang: Lang) -> Vec<NumberMention> {
    let toks = tokenize(text);
    let dates: Vec<Range<usize>> = super::dates::extract_tokens(text, &toks, lang)
        .into_iter()
        .map(|d| d.span)
        .collect();
    extract_skipping(text, &toks, lang, &dates)
}

/// The decade a number of `text` names in two digits (`30-е годы`, `в 90-х годах`,
/// `30-жылдары`), which a translation may give as a year (`1930 жылы`, `в 1990-е`):
/// a round number from 10 to 90 with a decade ending (Russian `-е`, `-х`) and a
/// plural of "year" after it (`годы`, `годах`: `30-я годовщина`, `на 20-м году` and
/// `30 лет` are no decades), or in Kazakh `жылдары` (`30 жылдар бойы`, "for thirty
/// years", is none).
pub(crate) fn short_decade(text: &str, m: &NumberMention, lang: Lang) -> Option<u32> {
    let v = m.value;
    if m.form != NumberForm::Digits || !(10.0..=90.0).contains(&v) || v % 10.0 != 0.0 {
        return None;
    }
    // The words of the span after its digits (`е` of `30-е`, `жылдары` of
    // `30-жылдары`), then the next two of the sentence.
    let tail = text.get(m.span.clone())?;
    let mut words = words_near(text, m.span.start, false, 3);
    if !tail.chars().any(crate::lang::is_alphabetic) {
        words.insert(0, String::new());
    }
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let decade = match lang {
        Lang::Ru => {
            // `-х` may stand outside the span, as a word of its own.
            let (ending, next) = if word(0).is_empty() {
                (word(1), word(2))
            } else {
                (word(0), word(1))
            };
            matches!(ending, "е" | "х" | "ые" | "ых")
                && matches!(next, "годы" | "годов" | "годам" | "годами" | "годах")
        }
        Lang::Kk => {
            (word(0).starts_with("жылдар") && word(1) != "бойы")
                || (word(1).starts_with("жылдар") && word(2) != "бойы")
        }
    };
    decade.then_some(v as u32)
}

/// The years a decade in two digits may stand for: the twentieth century's, and
/// for `10-е`, `20-е` this century's too (`30-е годы` in a news text are the 1930s).
pub(crate) fn decade_years(decade: u32) -> impl Iterator<Item = i64> {
    let d = i64::from(decade);
    std::iter::once(1900 + d).chain((d <= 20).then_some(2000 + d))
}

/// Up to `n` words (lower case) next to a span of `text`: before `at` read
/// backwards when `back`, else after it; stopping at the end of a sentence.
/// Reads only as far as it needs (a long paragraph holds many numbers).
pub(crate) fn words_near(text: &str, at: usize, back: bool, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word: Vec<char> = Vec::new();
    let flush = |word: &mut Vec<char>, out: &mut Vec<String>| {
        if !word.is_empty() {
            if back {
                word.reverse();
            }
            out.push(word.iter().collect::<String>().to_lowercase());
            word.clear();
        }
    };
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '…' | ';');
    let mut chars: Box<dyn Iterator<Item = char>> = if back {
        Box::new(text[..at].chars().rev())
    } else {
        Box::new(text[at..].chars())
    };
    // The character read just before (in reading order) and whether it ended a
    // sentence: `.` ends one only when a space follows it.
    let mut prev_end = false;
    for c in &mut chars {
        if crate::lang::is_alphabetic(c) {
            word.push(c);
            prev_end = false;
            continue;
        }
        flush(&mut word, &mut out);
        if out.len() >= n {
            break;
        }
        if back {
            if ends(c) && (c != '.' || prev_end) {
                break;
            }
            prev_end = c.is_whitespace();
        } else {
            if prev_end && c.is_whitespace() || ends(c) && c != '.' {
                break;
            }
            prev_end = c == '.';
        }
    }
    flush(&mut word, &mut out);
    out.truncate(n);
    out
}

/// The numbers of a text already split into `toks`, leaving out the `skip` ranges.
pub(crate) fn extract_skipping(
    text: &str,
    toks: &[Tok],
    lang: Lang,
    skip: &[Range<usize>],
) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut d = 0;
    let mut i = 0;
    // Word numbers being accumulated: (start, end, total, current, ordinal).
    let mut words: Option<(usize, usize, f64, f64, bool)> = None;
    while i < toks.len() {
        let t = toks[i];
        while d < skip.len() && skip[d].end <= t.start {
            d += 1;
        }
        if d < skip.len() && skip[d].start <= t.start {
            flush_words(&mut words, &mut out);
            i += 1;
            continue;
        }
        match t.kind {
            TokKind::Digits => {
                flush_words(&mut words, &mut out);
                let (m, next) = digits(text, toks, i, &mut buf);
                if let Some(m) = m {
                    out.push(m);
                }
                i = next.max(i + 1);
            }
            TokKind::Word => {
                // A word's first character is in its token: most words are told
                // from it not to be Roman numerals (see [`ROMAN_FIRST`]).
                let roman_value = if ROMAN_FIRST.contains(&t.ch) {
                    roman(t.text(text))
                } else {
                    None
                };
                if let Some(v) = roman_value {
                    flush_words(&mut words, &mut out);
                    let next_lower = toks.get(i + 1).is_some_and(|n| {
                        n.kind == TokKind::Word
                            && n.text(text).chars().next().is_some_and(char::is_lowercase)
                    });
                    let dotted = toks.get(i + 1).is_some_and(|n| n.is_punct(&['.']));
                    if (t.text(text).chars().count() > 1 || next_lower) && !dotted {
                        out.push(mention(v, t.start..t.end, NumberForm::Roman));
                    }
                    i += 1;
                    continue;
                }
                // Most words cannot be numbers: rule them out before lower-casing.
                if !words::may_be_number_word(t.prefix, lang) {
                    flush_words(&mut words, &mut out);
                    i += 1;
                    continue;
                }
                // Then by their first three letters, lower-cased alone (lower-casing
                // maps each character by itself: they begin the lower-cased word).
                let w = t.text(text);
                let three = w.char_indices().nth(3).map_or(w.len(), |(at, _)| at);
                lower_into(&w[..three], &mut buf);
                let third = buf.chars().nth(2).unwrap_or(' ');
                if !words::may_be_number_word3([t.prefix[0], t.prefix[1], third], lang) {
                    flush_words(&mut words, &mut out);
                    i += 1;
                    continue;
                }
                lower_into(w, &mut buf);
                match words::word_value(&buf, lang) {
                    Some((v, class, ord)) => {
                        let (s, _, mut total, mut cur, was_ord) =
                            words.take().unwrap_or((t.start, t.end, 0.0, 0.0, false));
                        match class {
                            words::Class::Add => cur += v,
                            words::Class::Hundred => cur = cur.max(1.0) * v,
                            words::Class::Big => {
                                total += cur.max(1.0) * v;
                                cur = 0.0;
                            }
                        }
                        words = Some((s, t.end, total, cur, was_ord || ord));
                    }
                    None => flush_words(&mut words, &mut out),
                }
                i += 1;
            }
            TokKind::Punct => {
                flush_words(&mut words, &mut out);
                i += 1;
            }
        }
    }
    flush_words(&mut words, &mut out);
    share_units(text, &mut out);
    out
}

/// The first number of a range takes the unit of the second (`2-4 дюйм`,
/// `от 2,5 до 10 см`, `2 мен 4 дюйм`).
pub(crate) fn share_units(text: &str, out: &mut [NumberMention]) {
    for k in (1..out.len()).rev() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.unit.is_some() || b.unit.is_none() || a.span.end > b.span.start {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        if matches!(
            between,
            "-" | "–" | "—" | "мен" | "және" | "до" | "и" | "или" | "не" | "/" | "немесе"
        ) {
            out[k - 1].unit = out[k].unit;
        }
    }
}

type WordRun = Option<(usize, usize, f64, f64, bool)>;

pub(crate) fn flush_words(words: &mut WordRun, out: &mut Vec<NumberMention>) {
    if let Some((s, e, total, cur, ord)) = words.take() {
        let mut m = mention(total + cur, s..e, NumberForm::Words);
        m.ordinal = ord;
        out.push(m);
    }
}

pub(crate) fn mention(value: f64, span: Range<usize>, form: NumberForm) -> NumberMention {
    NumberMention {
        value,
        span,
        form,
        scale: 1.0,
        percent: false,
        ordinal: false,
        unit: None,
        significant: significant(value),
        key: String::new(),
    }
}

pub(crate) fn significant(v: f64) -> u32 {
    // Most numbers are whole and small: their digits are those of an integer
    // (`{}` writes no point for them), counted without formatting. A test
    // compares it with the formatting below.
    let a = v.abs();
    if a.fract() == 0.0 && a < 1e15 {
        let mut n = a as u64;
        if n == 0 {
            return 1;
        }
        while n % 10 == 0 {
            n /= 10;
        }
        return n.ilog10() + 1;
    }
    significant_formatted(v)
}

/// [`significant`] by formatting the number.
fn significant_formatted(v: f64) -> u32 {
    let s = format!("{}", v.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let t = digits.trim_start_matches('0');
    let t = if s.contains('.') {
        t
    } else {
        t.trim_end_matches('0')
    };
    t.len().max(1) as u32
}

/// The characters a Roman numeral may begin with (Latin, and the Cyrillic
/// look-alikes І Ӏ Х С М). [`extract_skipping`] asks it of a word token's first
/// character, which the token holds, before [`roman`] decodes the word's first
/// character again and compares it with each of these: most words are no Roman
/// numerals. A test checks that [`roman`] is None for every word beginning
/// otherwise.
const ROMAN_FIRST: [char; 12] = ['I', 'І', 'Ӏ', 'V', 'X', 'Х', 'L', 'C', 'С', 'D', 'M', 'М'];

/// A Roman numeral in Latin letters or Cyrillic look-alikes (І Х С М), strictly
/// formed, with at least one of I V X.
pub(crate) fn roman(w: &str) -> Option<f64> {
    // Most words fail on their first letter: decide that before allocating.
    if !w.starts_with(ROMAN_FIRST) {
        return None;
    }
    let mut vals = Vec::with_capacity(8);
    let mut has_ivx = false;
    for c in w.chars() {
        let v = match c {
            'I' | 'І' | 'Ӏ' => 1,
            'V' => 5,
            'X' | 'Х' => 10,
            'L' => 50,
            'C' | 'С' => 100,
            'D' => 500,
            'M' | 'М' => 1000,
            _ => return None,
        };
        has_ivx |= v <= 10;
        vals.push(v);
    }
    if !has_ivx || vals.len() > 12 {
        return None;
    }
    let mut total = 0;
    for (k, &v) in vals.iter().enumerate() {
        match vals.get(k + 1) {
            Some(&n) if n > v => total -= v,
            _ => total += v,
        }
    }
    // Strict: re-encode and compare, so `IIII`, `VX`, `IC` are not numerals.
    (total > 0 && encode_roman(total) == vals).then_some(total as f64)
}

pub(crate) fn encode_roman(mut n: i32) -> Vec<i32> {
    const T: [(i32, &[i32]); 13] = [
        (1000, &[1000]),
        (900, &[100, 1000]),
        (500, &[500]),
        (400, &[100, 500]),
        (100, &[100]),
        (90, &[10, 100]),
        (50, &[50]),
        (40, &[10, 50]),
        (10, &[10]),
        (9, &[1, 10]),
        (5, &[5]),
        (4, &[1, 5]),
        (1, &[1]),
    ];
    let mut out = Vec::new();
    for (v, s) in T {
        while n >= v {
            out.extend_from_slice(s);
            n -= v;
        }
    }
    out
}

pub(crate) fn glued_digits(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.kind == TokKind::Digits && !t.space_before)
}

/// Reads the number that starts with the digits at `i`.
pub(crate) fn digits(
    text: &str,
    toks: &[Tok],
    i: usize,
    buf: &mut String,
) -> (Option<NumberMention>, usize) {
    let t = toks[i];
    let prev = i.checked_sub(1).map(|p| toks[p]);
    // Glued to a word: `A320`, `G20` — part of a name. But not the second side of
    // a size written with a letter x (`25х22 миллиметр`, `27x27`).
    let size = i >= 2
        && prev.is_some_and(|p| matches!(p.text(text), "х" | "Х" | "x" | "X") && !p.space_before)
        && toks[i - 2].kind == TokKind::Digits;
    if let Some(p) = prev {
        if !t.space_before && p.kind == TokKind::Word && !size {
            return (None, skip_chain(toks, i));
        }
    }
    // `№ 1519`, `N 1519`, `Су-27`, `COVID-19`: an id.
    let after_sign = prev.is_some_and(|p| {
        p.is_punct(&['№', '#'])
            || (p.kind == TokKind::Word && matches!(p.text(text), "N" | "No" | "Nº" | "nr"))
    });
    // (Not after a measure: `6 фут-6 дюйм` is six feet six inches; `М-36` is a
    // road, whatever `м` may stand for elsewhere.)
    let after_measure = i >= 3
        && toks[i - 3].kind == TokKind::Digits
        && unit_of(&toks[i - 2].text(text).to_lowercase()).is_some();
    let after_word_dash = prev.is_some_and(|p| p.is_punct(&DASHES) && !t.space_before)
        && i >= 2
        && toks[i - 2].kind == TokKind::Word
        && !toks[i - 1].space_before
        && !after_measure;
    let chain_end = skip_chain(toks, i);
    let parts = (chain_end - i).div_ceil(2);
    let time_next = toks
        .get(i + 1)
        .is_some_and(|c| c.is_punct(&[':']) && !c.space_before);
    let leading_zero =
        t.len() > 1 && t.text(text).starts_with('0') && !decimal_at(toks, i + 1) && !time_next;
    let dash_chain = parts >= 3
        && (i + 1..chain_end)
            .step_by(2)
            .all(|k| toks[k].is_punct(&DASHES));
    let dot_chain = parts >= 3
        && (i + 1..chain_end)
            .step_by(2)
            .all(|k| toks[k].is_punct(&['.']));
    if after_sign || after_word_dash || leading_zero || dash_chain || dot_chain {
        let mut end = chain_end;
        // A phone number in space-separated groups: `0800 555 111`.
        if leading_zero {
            while toks.get(end).is_some_and(|n| {
                n.kind == TokKind::Digits && single_space_gap(text, &toks[end - 1], n)
            }) {
                end += 1;
            }
        }
        let mut key = String::new();
        for tok in &toks[i..end] {
            match tok.kind {
                TokKind::Digits => key.push_str(tok.text(text)),
                _ => key.push('-'),
            }
        }
        let mut m = mention(
            key.parse::<f64>().unwrap_or(0.0),
            t.start..toks[end - 1].end,
            NumberForm::Id,
        );
        m.key = key;
        return (Some(m), end);
    }
    // Integer part with thousands groups.
    let mut int = String::from(t.text(text));
    let mut j = i + 1;
    if t.len() <= 3 {
        while let Some(n) = toks.get(j) {
            if n.kind == TokKind::Digits && n.len() == 3 && single_space_gap(text, &toks[j - 1], n)
            {
                int.push_str(n.text(text));
                j += 1;
            } else {
                break;
            }
        }
    }
    let mut frac = String::new();
    let mut form = NumberForm::Digits;
    let mut value;
    if decimal_at(toks, j) {
        frac.push_str(toks[j + 1].text(text));
        j += 2;
    } else if t.len() <= 2
        && j == i + 1
        && toks
            .get(j)
            .is_some_and(|c| c.is_punct(&[':']) && !c.space_before)
        && glued_digits(toks, j + 1)
        && toks[j + 1].len() == 2
    {
        let h: u32 = int.parse().unwrap_or(99);
        let m: u32 = toks[j + 1].text(text).parse().unwrap_or(99);
        if h <= 24 && m < 60 {
            form = NumberForm::Time;
            j += 2;
        }
    }
    if int.len() > 15 {
        let mut m = mention(0.0, t.start..toks[j - 1].end, NumberForm::Id);
        m.key = int;
        return (Some(m), j);
    }
    value = if frac.is_empty() {
        int.parse::<f64>().unwrap_or(0.0)
    } else {
        format!("{int}.{frac}").parse::<f64>().unwrap_or(0.0)
    };
    let sig = if form == NumberForm::Time {
        4
    } else {
        let all = format!("{int}{frac}");
        let s = all.trim_start_matches('0');
        let s = if frac.is_empty() {
            s.trim_end_matches('0')
        } else {
            s
        };
        s.len().max(1) as u32
    };
    if form == NumberForm::Time {
        let m: f64 = toks[j - 1].text(text).parse().unwrap_or(0.0);
        value = value * 60.0 + m;
    }
    let mut ordinal = false;
    let mut percent = false;
    let mut scale = 1.0;
    let mut unit = None;
    // Endings, percent, multiplier, unit.
    if toks
        .get(j)
        .is_some_and(|h| h.is_punct(&DASHES) && !h.space_before)
        && toks
            .get(j + 1)
            .is_some_and(|w| w.kind == TokKind::Word && !w.space_before)
    {
        lower_into(toks[j + 1].text(text), buf);
        ordinal = is_ordinal_ending(buf);
        j += 2;
    }
    if toks.get(j).is_some_and(|p| p.is_punct(&['%'])) {
        percent = true;
        j += 1;
    }
    if form == NumberForm::Digits {
        if let Some(w) = toks.get(j).filter(|w| w.kind == TokKind::Word) {
            lower_into(w.text(text), buf);
            if let Some((s, dot)) = multiplier(buf) {
                scale = s;
                j += 1;
                if dot
                    && toks
                        .get(j)
                        .is_some_and(|p| p.is_punct(&['.']) && !p.space_before)
                {
                    j += 1;
                }
            }
        }
    }
    if let Some(w) = toks.get(j) {
        if w.kind == TokKind::Word {
            lower_into(w.text(text), buf);
            if buf.starts_with("пайыз") || buf.starts_with("процент") {
                percent = true;
                j += 1;
            } else {
                unit = unit_of(buf);
                // `11 млн фунт`, `фунт стерлингов`: money, not weight.
                if unit == Some(Unit::Imperial(Imperial::Pound)) {
                    let sterling = toks.get(j + 1).is_some_and(|n| {
                        n.kind == TokKind::Word
                            && n.text(text).to_lowercase().starts_with("стерлинг")
                    });
                    if scale > 1.0 || sterling {
                        unit = None;
                    }
                }
            }
        } else if w.is_punct(&['°']) {
            unit = Some(Unit::Degree);
        }
    }
    let mut m = mention(value * scale, t.start..toks[j - 1].end, form);
    m.scale = scale;
    m.percent = percent;
    m.ordinal = ordinal;
    m.unit = unit;
    m.significant = sig;
    (Some(m), j)
}

/// `,` or `.` glued between digits.
pub(crate) fn decimal_at(toks: &[Tok], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|c| c.is_punct(&[',', '.']) && !c.space_before)
        && glued_digits(toks, j + 1)
}

/// The end of a chain of digit groups joined by glued `-`, `.`, `/`.
pub(crate) fn skip_chain(toks: &[Tok], i: usize) -> usize {
    let mut end = i + 1;
    while toks
        .get(end)
        .is_some_and(|s| !s.space_before && (s.is_punct(&DASHES) || s.is_punct(&['.', '/'])))
        && glued_digits(toks, end + 1)
    {
        end += 2;
    }
    end
}

pub(crate) fn is_ordinal_ending(e: &str) -> bool {
    matches!(
        e,
        "ші" | "шы"
            | "інші"
            | "ыншы"
            | "нші"
            | "ншы"
            | "й"
            | "я"
            | "е"
            | "го"
            | "му"
            | "м"
            | "ю"
            | "ой"
            | "ый"
            | "ий"
            | "ая"
            | "ое"
            | "ого"
            | "ому"
    )
}

/// A multiplier word: (factor, may take a period).
pub(crate) fn multiplier(w: &str) -> Option<(f64, bool)> {
    if w.starts_with("мың") && !w.starts_with("мыңда") {
        return Some((1e3, false));
    }
    match w {
        "тыс" => return Some((1e3, true)),
        "млн" => return Some((1e6, true)),
        "млрд" => return Some((1e9, true)),
        "трлн" => return Some((1e12, true)),
        _ => {}
    }
    for (stem, f) in [
        ("тысяч", 1e3),
        ("миллион", 1e6),
        ("миллиард", 1e9),
        ("триллион", 1e12),
    ] {
        if w.starts_with(stem) && w.chars().count() <= stem.chars().count() + 4 {
            return Some((f, false));
        }
    }
    None
}

pub(crate) fn unit_of(w: &str) -> Option<Unit> {
    const IMPERIAL: [(&str, Imperial); 8] = [
        ("фунт", Imperial::Pound),
        ("мил", Imperial::Mile),
        ("фут", Imperial::Foot),
        ("дюйм", Imperial::Inch),
        ("ярд", Imperial::Yard),
        ("унци", Imperial::Ounce),
        ("галлон", Imperial::Gallon),
        ("акр", Imperial::Acre),
    ];
    const METRIC: [&str; 12] = [
        "кг",
        "килограм",
        "грам",
        "тонн",
        "метр",
        "км",
        "километр",
        "см",
        "сантиметр",
        "мм",
        "литр",
        "гектар",
    ];
    if w.starts_with("градус") || w == "фаренгейт" {
        return Some(Unit::Degree);
    }
    if !w.starts_with("милл") && !w.starts_with("милиц") && !w.starts_with("футбол")
    {
        if let Some((_, u)) = IMPERIAL.iter().find(|(s, _)| w.starts_with(s)) {
            return Some(Unit::Imperial(*u));
        }
    }
    if METRIC.iter().any(|s| w.starts_with(s)) || matches!(w, "м" | "л" | "га") {
        return Some(Unit::Metric);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first character of a word token is the word's first character, and a
    /// word that does not begin with one of [`ROMAN_FIRST`] is no Roman numeral,
    /// whatever follows: the test [`extract_skipping`] makes before [`roman`].
    #[test]
    fn roman_numerals_begin_with_their_first_characters() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            for tail in ["", "I", "V", "X", "IV", "ІХ", "CM", "XII", "MCM"] {
                let w = format!("{c}{tail}");
                if !ROMAN_FIRST.contains(&c) {
                    assert_eq!(roman(&w), None, "{w}");
                }
                for t in tokenize(&w) {
                    if t.kind == TokKind::Word {
                        assert_eq!(Some(t.ch), t.text(&w).chars().next(), "{w}");
                    }
                }
            }
        }
        assert_eq!(roman("XII"), Some(12.0));
        assert_eq!(roman("ХІ"), Some(11.0));
    }

    proptest::proptest! {
        #[test]
        fn significant_digits_of_whole_numbers_need_no_formatting(n in 0u64..2_000_000_000_000_000, p in 0u32..8, neg in proptest::bool::ANY) {
            let v = (n / 10u64.pow(p)) as f64 * if neg { -1.0 } else { 1.0 };
            proptest::prop_assert_eq!(significant(v), significant_formatted(v));
            let w = v * 10f64.powi(p as i32);
            proptest::prop_assert_eq!(significant(w), significant_formatted(w));
            proptest::prop_assert_eq!(significant(v + 0.5), significant_formatted(v + 0.5));
        }
    }
}
