//! `dates`: the dates of the Kazakh and the Russian version must agree.
//!
//! Both languages write dates in several ways: Kazakh puts the year first
//! (`2017 жылғы 26 сәуірдегі`, `2018 жылдың 30 қыркүйегінде`, `қарашаның 26-сы`),
//! Russian the day (`26 апреля 2017 года`, `в июле 2017 года`); both use numeric
//! dates (`30.01.2004`, `2026-11-26`) and years alone (`1999 жылы`, `в 1939 году`,
//! `1980-х годах`). Each side's dates are read into day/month/year, impossible ones
//! (`31 ақпан`, `30 февраля`) are reported on their own, and the two sides are
//! matched: a date whose known parts disagree with the only unmatched date of the
//! other side is an error, a date with no counterpart a warning (rephrasing
//! happens: `в 30-е годы` for `1930 жылы`).

use super::numbers::scan::{lower_into, tokenize, Tok, TokKind, DASHES};
use super::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// Settings of the `dates` check (`[checks.dates]` in `qostil.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct DatesConfig {
    /// Report a date that exists on one side only (as a warning).
    pub report_missing: bool,
    /// Also report a month named alone (`в июне`) that has no counterpart.
    pub report_month_only: bool,
    /// A date that disagrees with the only unmatched date of the other side is an
    /// error (otherwise a warning).
    pub differ_is_error: bool,
    /// Report impossible dates (`30 февраля`) as errors.
    pub report_impossible: bool,
    /// Beads with more dates than this on a side are only checked for impossible
    /// dates (keeps the matching linear on huge paragraphs).
    pub max_dates_per_side: usize,
}

impl Default for DatesConfig {
    fn default() -> Self {
        DatesConfig {
            report_missing: true,
            report_month_only: true,
            differ_is_error: true,
            report_impossible: true,
            max_dates_per_side: 200,
        }
    }
}

/// One date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Byte range of the whole date in the text.
    pub span: Range<usize>,
    /// Read with doubt (`маусым` is also "season", `Август` a name): used to
    /// match the other side, never reported as missing.
    pub loose: bool,
}

impl DateMention {
    /// False when day and month cannot exist together (`31 ақпан`); a missing year
    /// allows 29 February.
    pub fn is_possible(&self) -> bool {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                NaiveDate::from_ymd_opt(self.year.unwrap_or(2000), m, d).is_some()
            }
            (Some(m), None) => (1..=12).contains(&m),
            (None, Some(d)) => (1..=31).contains(&d),
            (None, None) => true,
        }
    }

    /// (number of parts both know, parts both know that disagree).
    fn overlap(&self, o: &DateMention) -> (u32, u32) {
        let mut common = 0;
        let mut conflict = 0;
        let mut cmp = |a: Option<i64>, b: Option<i64>| {
            if let (Some(a), Some(b)) = (a, b) {
                common += 1;
                if a != b {
                    conflict += 1;
                }
            }
        };
        cmp(self.year.map(i64::from), o.year.map(i64::from));
        cmp(self.month.map(i64::from), o.month.map(i64::from));
        cmp(self.day.map(i64::from), o.day.map(i64::from));
        (common, conflict)
    }

    fn key(&self) -> (Option<i32>, Option<u32>, Option<u32>) {
        (self.year, self.month, self.day)
    }

    fn key_shape(&self) -> (bool, bool, bool) {
        (
            self.year.is_some(),
            self.month.is_some(),
            self.day.is_some(),
        )
    }

    fn year_only(&self) -> bool {
        self.year.is_some() && self.month.is_none() && self.day.is_none()
    }
}

const YEAR_MIN: u32 = 1000;
const YEAR_MAX: u32 = 2100;
const QUOTES: [char; 6] = ['«', '»', '"', '“', '”', '„'];

fn num(text: &str, t: &Tok, max_len: usize) -> Option<u32> {
    if t.kind != TokKind::Digits || t.len() > max_len {
        return None;
    }
    t.text(text).parse().ok()
}

fn year_tok(text: &str, t: &Tok) -> Option<i32> {
    if t.len() != 4 {
        return None;
    }
    let y = num(text, t, 4)?;
    (YEAR_MIN..=YEAR_MAX).contains(&y).then_some(y as i32)
}

fn day_tok(text: &str, t: &Tok) -> Option<u32> {
    let d = num(text, t, 2)?;
    (1..=31).contains(&d).then_some(d)
}

/// Kazakh month: (month, ambiguous as a common word, genitive form).
fn month_kk(w: &str) -> Option<(u32, bool, bool)> {
    const STEMS: [(&str, u32, bool); 13] = [
        ("қаңтар", 1, false),
        ("ақпан", 2, false),
        ("наурыз", 3, true),
        ("сәуір", 4, false),
        ("мамыр", 5, true),
        ("маусым", 6, true),
        ("шілде", 7, true),
        ("тамыз", 8, true),
        ("қыркүйек", 9, false),
        ("қыркүйег", 9, false),
        ("қазан", 10, true),
        ("қараша", 11, false),
        ("желтоқсан", 12, false),
    ];
    for (stem, m, amb) in STEMS {
        if let Some(rest) = w.strip_prefix(stem) {
            if kk_suffix_ok(rest) {
                let gen = ["ның", "нің", "дың", "дің", "тың", "тің"]
                    .iter()
                    .any(|g| rest.ends_with(g));
                return Some((m, amb, gen));
            }
        }
    }
    None
}

/// A Kazakh possessive + case ending (or none): `ы`, `сі`, `да`, `ндағы`, `ның`.
pub(crate) fn kk_suffix_ok(rest: &str) -> bool {
    const CASES: [&str; 37] = [
        "", "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің",
        "тың", "тің", "ға", "ге", "қа", "ке", "а", "е", "на", "не", "нан", "нен", "дан", "ден",
        "тан", "тен", "мен", "бен", "пен", "ғы", "гі", "қы", "кі", "дай",
    ];
    let mut cands = [rest; 2];
    let mut n = 1;
    for p in ["сы", "сі", "ы", "і"] {
        if let Some(r) = rest.strip_prefix(p) {
            cands[1] = r.strip_prefix('н').unwrap_or(r);
            n = 2;
            break;
        }
    }
    cands[..n].iter().any(|c| CASES.contains(c))
}

fn month_ru(w: &str) -> Option<u32> {
    const SOFT: [(&str, u32); 9] = [
        ("январ", 1),
        ("феврал", 2),
        ("апрел", 4),
        ("июн", 6),
        ("июл", 7),
        ("сентябр", 9),
        ("октябр", 10),
        ("ноябр", 11),
        ("декабр", 12),
    ];
    for (stem, m) in SOFT {
        if let Some(rest) = w.strip_prefix(stem) {
            if ["ь", "я", "е", "ю", "ем"].contains(&rest) {
                return Some(m);
            }
        }
    }
    for (stem, m) in [("март", 3), ("август", 8)] {
        if let Some(rest) = w.strip_prefix(stem) {
            if ["", "а", "е", "у", "ом"].contains(&rest) {
                return Some(m);
            }
        }
    }
    if ["май", "мая", "мае", "маю", "маем"].contains(&w) {
        return Some(5);
    }
    None
}

/// Whether a word starting with `prefix` (lower case) may be a month name or a
/// Russian month adjective: the first two letters of every stem in [`month_kk`],
/// [`month_ru`] and [`month_adjective_ru`] (a test checks it).
fn month_initial(prefix: [char; 2], lang: Lang) -> bool {
    match lang {
        Lang::Kk => matches!(
            prefix,
            ['қ', 'а' | 'ы']
                | ['а', 'қ']
                | ['н', 'а']
                | ['с', 'ә']
                | ['м', 'а']
                | ['ш', 'і']
                | ['т', 'а']
                | ['ж', 'е']
        ),
        Lang::Ru => matches!(
            prefix,
            ['я', 'н']
                | ['ф', 'е']
                | ['м', 'а']
                | ['а', 'п' | 'в']
                | ['и', 'ю']
                | ['с', 'е']
                | ['о', 'к']
                | ['н', 'о']
                | ['д', 'е']
        ),
    }
}

fn year_word_kk(w: &str) -> bool {
    w.starts_with("жыл") && !w.starts_with("жылдам") && !w.starts_with("жылу")
}

fn year_word_ru(w: &str) -> bool {
    matches!(
        w,
        "год"
            | "года"
            | "году"
            | "годом"
            | "годе"
            | "годы"
            | "годов"
            | "годах"
            | "годам"
            | "г"
            | "гг"
    )
}

fn month_word_kk(w: &str) -> bool {
    matches!(
        w,
        "ай" | "айы"
            | "айда"
            | "айында"
            | "айдағы"
            | "айындағы"
            | "айының"
            | "айынан"
            | "айдан"
            | "айға"
            | "айына"
    )
}

struct Cursor<'a> {
    text: &'a str,
    toks: &'a [Tok],
    buf: String,
}

impl Cursor<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    /// The lower-cased word at `i`, if it is a word.
    fn word(&mut self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        lower_into(t.text(self.text), &mut self.buf);
        Some(&self.buf)
    }
    /// The lower-cased word at `i`, if it is a word starting with a letter `may`
    /// accepts (decided before lower-casing the whole word: most words fail).
    fn word_if(&mut self, i: usize, may: impl Fn([char; 2]) -> bool) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word || !may(t.prefix) {
            return None;
        }
        self.word(i)
    }
    /// Index after a no-space hyphen + word ending (`-сы`, `-го`), else `i`.
    fn skip_ending(&self, i: usize) -> usize {
        match (self.tok(i), self.tok(i + 1)) {
            (Some(h), Some(w))
                if h.is_punct(&DASHES)
                    && !h.space_before
                    && w.kind == TokKind::Word
                    && !w.space_before
                    && w.len() <= 12 =>
            {
                i + 2
            }
            _ => i,
        }
    }
    fn skip_quote(&self, i: usize) -> usize {
        match self.tok(i) {
            Some(t) if t.is_punct(&QUOTES) => i + 1,
            _ => i,
        }
    }
    /// A year word at `i` (with the period of `г.`): the index after it.
    fn year_word(&mut self, i: usize, lang: Lang) -> Option<usize> {
        // `жыл…`, `год…`, `г.`
        let initial = match lang {
            Lang::Kk => 'ж',
            Lang::Ru => 'г',
        };
        let w = self.word_if(i, |p| p[0] == initial)?;
        match lang {
            Lang::Kk => year_word_kk(w).then_some(i + 1),
            Lang::Ru => {
                if !year_word_ru(w) {
                    return None;
                }
                let short = w == "г" || w == "гг";
                match self.tok(i + 1) {
                    Some(p) if short && p.is_punct(&['.']) && !p.space_before => Some(i + 2),
                    _ => Some(i + 1),
                }
            }
        }
    }
    fn month(&mut self, i: usize, lang: Lang) -> Option<(u32, bool, bool)> {
        let w = self.word_if(i, |c| month_initial(c, lang))?;
        match lang {
            Lang::Kk => month_kk(w),
            Lang::Ru => month_ru(w).map(|m| (m, false, false)),
        }
    }
    fn end(&self, next: usize) -> usize {
        self.toks[next - 1].end
    }
}

/// Finds the dates of a text.
pub fn extract(text: &str, lang: Lang) -> Vec<DateMention> {
    extract_tokens(text, &tokenize(text), lang)
}

/// The dates of a text already split into `toks`.
pub(crate) fn extract_tokens(text: &str, toks: &[Tok], lang: Lang) -> Vec<DateMention> {
    let mut c = Cursor {
        text,
        toks,
        buf: String::new(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = numeric(&c, i)
            .or_else(|| range_first(&mut c, i, lang))
            .or_else(|| parse_at(&mut c, i, lang));
        match found {
            Some((m, next)) => {
                // `қаңтардың 14-нен 21-не дейін`: a second day after a full date.
                let second = (m.day.is_some() && m.month.is_some())
                    .then(|| continuation_day(&c, next))
                    .flatten();
                let (year, month) = (m.year, m.month);
                out.push(m);
                i = next.max(i + 1);
                if let Some((d, k)) = second {
                    out.push(DateMention {
                        year,
                        month,
                        day: Some(d),
                        span: toks[k].start..toks[k].end,
                        loose: false,
                    });
                    i = c.skip_ending(k + 1);
                }
            }
            None => i += 1,
        }
    }
    share_years(text, &mut out);
    out
}

/// Months of a range share the year written once: `январе-феврале 1999 года`,
/// `1999 жылғы наурыздан қыркүйекке дейін`, `с марта по сентябрь 1999 года`.
fn share_years(text: &str, out: &mut [DateMention]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.day.is_some() || b.day.is_some() || a.month.is_none() || b.month.is_none() {
            continue;
        }
        if a.span.end > b.span.start || a.year.is_some() == b.year.is_some() {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        if !matches!(
            between,
            "" | "-" | "–" | "—" | "и" | "по" | "до" | "және" | "мен" | "бен" | "пен"
        ) {
            continue;
        }
        let year = a.year.or(b.year);
        for m in &mut out[k - 1..=k] {
            m.year = year;
            m.loose = false;
        }
    }
}

fn parse_at(c: &mut Cursor, i: usize, lang: Lang) -> Option<(DateMention, usize)> {
    match lang {
        Lang::Kk => kazakh(c, i),
        Lang::Ru => russian(c, i),
    }
}

/// The first day of a range whose second day carries the month: `с 14 по 21
/// января`, `14–21 қаңтар`, `с 13 на 14 января 1999 года`.
fn range_first(c: &mut Cursor, i: usize, lang: Lang) -> Option<(DateMention, usize)> {
    let t = *c.tok(i)?;
    // Years: `1997-1998 жылдары`, `в 1997-1998 годах`.
    if let Some(y) = year_tok(c.text, &t) {
        let joint = c.tok(i + 1)?;
        if !joint.is_punct(&DASHES) || c.tok(i + 2).and_then(|n| year_tok(c.text, n)).is_none() {
            return None;
        }
        let (second, _) = parse_at(c, i + 2, lang)?;
        if !second.year_only() {
            return None;
        }
        return Some(mention(c, i, i + 2, Some(y), None, None, false));
    }
    let d = day_tok(c.text, &t)?;
    let after = c.skip_ending(i + 1);
    let joint = c.tok(after)?;
    let is_joint = joint.is_punct(&DASHES)
        || matches!(
            c.word(after),
            Some("по" | "на" | "до" | "и" | "мен" | "бен" | "пен" | "және")
        );
    let day_follows = c
        .tok(after + 1)
        .is_some_and(|n| day_tok(c.text, n).is_some());
    if !(is_joint && day_follows) {
        return None;
    }
    let (second, _) = parse_at(c, after + 1, lang)?;
    second.day?;
    let m = DateMention {
        year: second.year,
        month: second.month,
        day: Some(d),
        span: t.start..c.end(after),
        loose: false,
    };
    Some((m, after))
}

/// A day right after a full date, with a case ending and no month of its own.
fn continuation_day(c: &Cursor, k: usize) -> Option<(u32, usize)> {
    let t = c.tok(k)?;
    let d = day_tok(c.text, t)?;
    let end = c.skip_ending(k + 1);
    if end == k + 1 {
        return None;
    }
    let next_is_month = c.toks.get(end).is_some_and(|n| {
        let mut buf = String::new();
        lower_into(n.text(c.text), &mut buf);
        n.kind == TokKind::Word && (month_kk(&buf).is_some() || month_ru(&buf).is_some())
    });
    (!next_is_month).then_some((d, k))
}

fn mention(
    c: &Cursor,
    first: usize,
    next: usize,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    loose: bool,
) -> (DateMention, usize) {
    (
        DateMention {
            year,
            month,
            day,
            span: c.toks[first].start..c.end(next),
            loose,
        },
        next,
    )
}

/// `26.11.2026`, `26/11/2026`, `2026-11-26`.
fn numeric(c: &Cursor, i: usize) -> Option<(DateMention, usize)> {
    let t = c.toks.get(i..i + 5)?;
    if t[1..].iter().any(|t| t.space_before) {
        return None;
    }
    if i > 0 {
        let p = &c.toks[i - 1];
        if !t[0].space_before && (p.kind == TokKind::Digits || p.is_punct(&['.', '/'])) {
            return None;
        }
    }
    if let Some(n) = c.toks.get(i + 5) {
        if !n.space_before && (n.kind == TokKind::Digits || n.kind == TokKind::Word) {
            return None;
        }
        if !n.space_before && n.is_punct(&['.', '/', '-']) {
            if let Some(nn) = c.toks.get(i + 6) {
                if nn.kind == TokKind::Digits && !nn.space_before {
                    return None;
                }
            }
        }
    }
    let sep = t[1].ch;
    if t[3].ch != sep || t[1].kind != TokKind::Punct || t[3].kind != TokKind::Punct {
        return None;
    }
    let (y, m, d) = if sep == '-' {
        (
            year_tok(c.text, &t[0])?,
            num(c.text, &t[2], 2)?,
            num(c.text, &t[4], 2)?,
        )
    } else if sep == '.' || sep == '/' {
        (
            year_tok(c.text, &t[4])?,
            num(c.text, &t[2], 2)?,
            num(c.text, &t[0], 2)?,
        )
    } else {
        return None;
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(mention(c, i, i + 5, Some(y), Some(m), Some(d), false))
}

fn kazakh(c: &mut Cursor, i: usize) -> Option<(DateMention, usize)> {
    let t = *c.tok(i)?;
    // Year first: `2017 жылғы 26 сәуірдегі`, `1990-жылдары`, `2017 жылдың шілдесінде`.
    if let Some(y) = year_tok(c.text, &t) {
        // `1990-жылдары`, `1980-ші жылдары`, `1999 жылы`.
        let mut j = i + 1;
        if c.tok(j)
            .is_some_and(|h| h.is_punct(&DASHES) && !h.space_before)
        {
            j = if c.word(j + 1).is_some_and(year_word_kk) {
                j + 1
            } else {
                c.skip_ending(j)
            };
        }
        if let Some(after) = c.year_word(j, Lang::Kk) {
            let j = after;
            // Day then month.
            let k = c.skip_quote(j);
            if let Some(d) = c.tok(k).and_then(|t| day_tok(c.text, t)) {
                let k2 = c.skip_ending(c.skip_quote(k + 1));
                if let Some((m, _, _)) = c.month(k2, Lang::Kk) {
                    return Some(mention(c, i, k2 + 1, Some(y), Some(m), Some(d), false));
                }
            }
            // Month (genitive) then day, or month alone.
            if let Some((m, _, gen)) = c.month(j, Lang::Kk) {
                if gen {
                    if let Some(d) = c.tok(j + 1).and_then(|t| day_tok(c.text, t)) {
                        let end = c.skip_ending(j + 2);
                        return Some(mention(c, i, end, Some(y), Some(m), Some(d), false));
                    }
                }
                return Some(mention(c, i, j + 1, Some(y), Some(m), None, false));
            }
            return Some(mention(c, i, j, Some(y), None, None, false));
        }
        return None;
    }
    // Day then month: `26 қараша`, `«26» сәуір`, with an optional year after.
    let k = c.skip_quote(i);
    if let Some(d) = c.tok(k).and_then(|t| day_tok(c.text, t)) {
        let k2 = c.skip_ending(c.skip_quote(k + 1));
        if let Some((m, _, _)) = c.month(k2, Lang::Kk) {
            let mut end = k2 + 1;
            let mut year = None;
            if let Some(y) = c.tok(end).and_then(|t| year_tok(c.text, t)) {
                if let Some(after) = c.year_word(end + 1, Lang::Kk) {
                    year = Some(y);
                    end = after;
                }
            }
            return Some(mention(c, i, end, year, Some(m), Some(d), false));
        }
        return None;
    }
    // Month (genitive) then day: `қарашаның 26-сы`; or a month alone.
    if let Some((m, amb, gen)) = c.month(i, Lang::Kk) {
        if gen {
            if let Some(d) = c.tok(i + 1).and_then(|t| day_tok(c.text, t)) {
                let end = c.skip_ending(i + 2);
                return Some(mention(c, i, end, None, Some(m), Some(d), false));
            }
        }
        if c.word_if(i + 1, |p| p == ['а', 'й'])
            .is_some_and(month_word_kk)
        {
            return Some(mention(c, i, i + 2, None, Some(m), None, false));
        }
        return Some(mention(c, i, i + 1, None, Some(m), None, amb));
    }
    None
}

fn russian(c: &mut Cursor, i: usize) -> Option<(DateMention, usize)> {
    let t = *c.tok(i)?;
    // Day first: `26 ноября 2026 года`, `«26» апреля`, `1-го мая`.
    let k = c.skip_quote(i);
    if let Some(d) = c.tok(k).and_then(|t| day_tok(c.text, t)) {
        let k2 = c.skip_ending(c.skip_quote(k + 1));
        if let Some((m, _, _)) = c.month(k2, Lang::Ru) {
            let (year, end) = ru_year_after(c, k2 + 1);
            return Some(mention(c, i, end, year, Some(m), Some(d), false));
        }
    }
    // Year alone: `в 1939 году`, `к 2030 г.`, `1980-х годах`.
    if let Some(y) = year_tok(c.text, &t) {
        let j = c.skip_ending(i + 1);
        if let Some(end) = c.year_word(j, Lang::Ru) {
            return Some(mention(c, i, end, Some(y), None, None, false));
        }
        return None;
    }
    // Month, with a year after it or alone: `в июле 2017 года`, `в июне`.
    if let Some((m, _, _)) = c.month(i, Lang::Ru) {
        let (year, end) = ru_year_after(c, i + 1);
        let capital = t
            .text(c.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let sentence_start =
            i == 0 || c.toks[i - 1].is_punct(&['.', '!', '?', '«', '"', '“', '(', '—', '–', ':']);
        let loose = year.is_none() && capital && !sentence_start;
        return Some(mention(c, i, end, year, Some(m), None, loose));
    }
    // A month adjective (`июньского саммита`, `ноябрьские выборы`): answers a
    // Kazakh month, never reported.
    if let Some(m) = c
        .word_if(i, |f| month_initial(f, Lang::Ru))
        .and_then(month_adjective_ru)
    {
        return Some(mention(c, i, i + 1, None, Some(m), None, true));
    }
    None
}

fn month_adjective_ru(w: &str) -> Option<u32> {
    const STEMS: [&str; 12] = [
        "январск",
        "февральск",
        "мартовск",
        "апрельск",
        "майск",
        "июньск",
        "июльск",
        "августовск",
        "сентябрьск",
        "октябрьск",
        "ноябрьск",
        "декабрьск",
    ];
    let k = STEMS.iter().position(|s| w.starts_with(s))?;
    Some(k as u32 + 1)
}

/// A year after a Russian month: `2026`, `2026 года`, `2026 г.`.
fn ru_year_after(c: &mut Cursor, j: usize) -> (Option<i32>, usize) {
    match c.tok(j).and_then(|t| year_tok(c.text, t)) {
        Some(y) => {
            let end = c.year_word(j + 1, Lang::Ru).unwrap_or(j + 1);
            (Some(y), end)
        }
        None => (None, j),
    }
}

/// A paragraph split into tokens, and its dates: what the `numbers` and `dates`
/// checks both read, made once per paragraph.
#[derive(Debug)]
pub(crate) struct Scanned {
    pub toks: Vec<Tok>,
    pub dates: Vec<DateMention>,
}

/// Scans every paragraph of one side of a bead.
pub(crate) fn scan_side(paras: &[&Paragraph], lang: Lang) -> Vec<Scanned> {
    paras
        .iter()
        .map(|p| {
            let toks = tokenize(&p.text);
            let dates = extract_tokens(&p.text, &toks, lang);
            Scanned { toks, dates }
        })
        .collect()
}

/// The dates of one side of a bead: (paragraph index, mention).
fn side_dates(scans: &[Scanned]) -> Vec<(usize, DateMention)> {
    let mut v = Vec::new();
    for (pi, s) in scans.iter().enumerate() {
        for m in &s.dates {
            v.push((pi, m.clone()));
        }
    }
    v
}

fn evidence(paras: &[&Paragraph], pi: usize, mark: Option<Range<usize>>) -> Option<Evidence> {
    paras
        .get(pi)
        .map(|p| Evidence::new(p, mark.into_iter().collect()))
}

fn span_text<'a>(paras: &'a [&Paragraph], pi: usize, m: &DateMention) -> &'a str {
    &paras[pi].text[m.span.clone()]
}

/// Compares the dates of one aligned bead.
pub fn check(kk: &[&Paragraph], ru: &[&Paragraph], cfg: &DatesConfig, out: &mut Vec<Finding>) {
    let scans = [scan_side(kk, Lang::Kk), scan_side(ru, Lang::Ru)];
    check_scanned(kk, ru, &scans, cfg, out);
}

/// [`check`] over paragraphs already scanned ([`scan_side`]: kk, then ru).
pub(crate) fn check_scanned(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    scans: &[Vec<Scanned>; 2],
    cfg: &DatesConfig,
    out: &mut Vec<Finding>,
) {
    let sides = [side_dates(&scans[0]), side_dates(&scans[1])];
    let paras = [kk, ru];
    if cfg.report_impossible {
        for (s, dates) in sides.iter().enumerate() {
            for (pi, m) in dates {
                if !m.is_possible() && !m.loose {
                    let ev = evidence(paras[s], *pi, Some(m.span.clone()));
                    let (k, r) = if s == 0 { (ev, None) } else { (None, ev) };
                    out.push(Finding {
                        check: CheckId::Dates,
                        severity: Severity::Error,
                        kk: k,
                        ru: r,
                        message: Message::new("dates-impossible")
                            .str("date", span_text(paras[s], *pi, m)),
                    });
                }
            }
        }
    }
    if sides[0].len() > cfg.max_dates_per_side || sides[1].len() > cfg.max_dates_per_side {
        return;
    }
    let (a, b) = (&sides[0], &sides[1]);
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    // 1. The same date on both sides.
    let mut by_key: HashMap<_, Vec<usize>> = HashMap::new();
    for (j, (_, m)) in b.iter().enumerate().rev() {
        by_key.entry(m.key()).or_default().push(j);
    }
    for (i, (_, m)) in a.iter().enumerate() {
        if let Some(js) = by_key.get_mut(&m.key()) {
            if let Some(j) = js.pop() {
                used_a[i] = true;
                used_b[j] = true;
            }
        }
    }
    // 2. Dates that agree on what both say (`30 қыркүйекте` / `30 сентября 2018
    // года`), the closest pairs first: most parts in common, then the same shape.
    let mut cands: Vec<(u32, usize, usize)> = Vec::new();
    for (i, (_, m)) in a.iter().enumerate() {
        if used_a[i] {
            continue;
        }
        for (j, (_, o)) in b.iter().enumerate() {
            if used_b[j] {
                continue;
            }
            let (common, conflict) = m.overlap(o);
            if common > 0 && conflict == 0 {
                let shape = u32::from(m.key_shape() == o.key_shape());
                cands.push((common * 2 + shape, i, j));
            }
        }
    }
    cands.sort_by_key(|&(score, i, j)| (std::cmp::Reverse(score), i, j));
    for (_, i, j) in cands {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
        }
    }
    // 3. A year may stand as a bare number on the other side (`2030-ға` / `к 2030 г.`).
    let bare = |paras: &[&Paragraph], lang: Lang| -> std::collections::HashSet<i64> {
        paras
            .iter()
            .flat_map(|p| super::numbers::extract(&p.text, lang))
            .filter(|n| n.value.fract() == 0.0)
            .map(|n| n.value as i64)
            .collect()
    };
    let a_left: Vec<usize> = (0..a.len())
        .filter(|&i| !used_a[i] && !a[i].1.loose)
        .collect();
    let b_left: Vec<usize> = (0..b.len())
        .filter(|&j| !used_b[j] && !b[j].1.loose)
        .collect();
    if a_left.iter().any(|&i| a[i].1.year_only()) {
        let nums = bare(ru, Lang::Ru);
        for &i in &a_left {
            if a[i].1.year_only() && nums.contains(&i64::from(a[i].1.year.unwrap_or(0))) {
                used_a[i] = true;
            }
        }
    }
    if b_left.iter().any(|&j| b[j].1.year_only()) {
        let nums = bare(kk, Lang::Kk);
        for &j in &b_left {
            if b[j].1.year_only() && nums.contains(&i64::from(b[j].1.year.unwrap_or(0))) {
                used_b[j] = true;
            }
        }
    }
    let a_left: Vec<usize> = a_left.into_iter().filter(|&i| !used_a[i]).collect();
    let b_left: Vec<usize> = b_left.into_iter().filter(|&j| !used_b[j]).collect();
    // 4. Dates that disagree: pair those that share a part.
    let only_pair = a_left.len() == 1 && b_left.len() == 1;
    let mut paired_b = vec![false; b.len()];
    let mut paired_a = vec![false; a.len()];
    for &i in &a_left {
        let Some(&j) = b_left
            .iter()
            .find(|&&j| !paired_b[j] && a[i].1.overlap(&b[j].1).0 > 0)
        else {
            continue;
        };
        paired_a[i] = true;
        paired_b[j] = true;
        let (pa, ma) = &a[i];
        let (pb, mb) = &b[j];
        let severity = if only_pair && cfg.differ_is_error {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(Finding {
            check: CheckId::Dates,
            severity,
            kk: evidence(kk, *pa, Some(ma.span.clone())),
            ru: evidence(ru, *pb, Some(mb.span.clone())),
            message: Message::new("dates-differ")
                .str("kk", span_text(kk, *pa, ma))
                .str("ru", span_text(ru, *pb, mb)),
        });
    }
    if !cfg.report_missing {
        return;
    }
    // 5. Dates with no counterpart.
    for (s, left, paired) in [(0usize, &a_left, &paired_a), (1, &b_left, &paired_b)] {
        let dates = &sides[s];
        for &i in left.iter() {
            if paired[i] {
                continue;
            }
            let (pi, m) = &dates[i];
            if !cfg.report_month_only && m.year.is_none() && m.day.is_none() {
                continue;
            }
            let here = evidence(paras[s], *pi, Some(m.span.clone()));
            let there = evidence(paras[1 - s], 0, None);
            let (k, r, id) = if s == 0 {
                (here, there, "dates-missing-ru")
            } else {
                (there, here, "dates-missing-kk")
            };
            out.push(Finding {
                check: CheckId::Dates,
                severity: Severity::Warning,
                kk: k,
                ru: r,
                message: Message::new(id).str("date", span_text(paras[s], *pi, m)),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    //! Sentences from /work/shared/corpus: NTREX-128 (CC BY-SA 4.0, ntrex128_kk_ru.tsv)
    //! and the Almaty oblast akimat acts (public domain, akimat/*).
    use super::*;
    use crate::segment::BlockKind;

    fn para(text: &str) -> Paragraph {
        Paragraph::plain(1, BlockKind::Paragraph, text)
    }

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        check(
            &[&para(kk)],
            &[&para(ru)],
            &DatesConfig::default(),
            &mut out,
        );
        out
    }

    fn ymd(text: &str, lang: Lang) -> Vec<(Option<i32>, Option<u32>, Option<u32>)> {
        extract(text, lang)
            .into_iter()
            .filter(|d| !d.loose)
            .map(|d| (d.year, d.month, d.day))
            .collect()
    }

    // akimat/almaty-oblast-2017-0426-112683
    const KK_ACT: &str =
        "Алматы облыстық мәслихатының 2017 жылғы 26 сәуірдегі № 14-81 шешімімен бекітілген қосымша";
    const RU_ACT: &str = "Приложение утвержденное решением Алматинского областного маслихата от 26 апреля 2017 года № 14-81";

    #[test]
    fn kazakh_year_first_and_russian_day_first_agree() {
        assert_eq!(ymd(KK_ACT, Lang::Kk), vec![(Some(2017), Some(4), Some(26))]);
        assert_eq!(ymd(RU_ACT, Lang::Ru), vec![(Some(2017), Some(4), Some(26))]);
        assert!(run(KK_ACT, RU_ACT).is_empty());
    }

    #[test]
    fn quoted_day() {
        // akimat/almaty-oblast-2017-0426-112281
        let kk = "Алматы облыстық мәслихатының 2017 жылғы «26» сәуірдегі № 14-83 шешімімен бекітілген қосымша";
        let ru = "Приложение утвержденное решением Алматинского областного маслихата от «26» апреля 2017 года № 14-83";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(2017), Some(4), Some(26))]);
        assert_eq!(ymd(ru, Lang::Ru), vec![(Some(2017), Some(4), Some(26))]);
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn possessive_month_with_consonant_change() {
        // ntrex128: Македония referendum
        let kk = "Македонияның Струмица қаласында 2018 жылдың 30 қыркүйегінде дауыс берді.";
        let ru = "в Струмице, Македония, 30 сентября 2018 года.";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(2018), Some(9), Some(30))]);
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn genitive_month_then_day_and_ranges() {
        // akimat/almaty-oblast-1997-0220-4696, paragraph 1 of the appendix
        let kk = "1. Халық санағы 1999 жылы қаңтардың 14-нен 21-не дейін арнайы даярлықтан өткен есепшілер жүргізіледі. Халық есебі 1999 жылғы қаңтардың 13-нен 14-не қараған түні сағат 12-дегі жағдай бойынша жүзеге асырылады.";
        let ru = "1. Перепись населения проводится с 14 по 21 января 1999 года по месту постоянного (обычного) проживания. Счет населения будет осуществляться по состоянию на 12 часов ночи с 13 на 14 января 1999 года.";
        let k = ymd(kk, Lang::Kk);
        assert!(k.contains(&(Some(1999), Some(1), Some(14))));
        assert!(k.contains(&(Some(1999), Some(1), Some(21))));
        let r = ymd(ru, Lang::Ru);
        assert!(r.contains(&(Some(1999), Some(1), Some(14))));
        assert!(r.contains(&(Some(1999), Some(1), Some(13))));
        assert!(run(kk, ru).is_empty());
        // `қарашаның 26-сы`: month in the genitive, then the day.
        assert_eq!(
            ymd("қарашаның 26-сы", Lang::Kk),
            vec![(None, Some(11), Some(26))]
        );
    }

    #[test]
    fn numeric_dates() {
        // akimat/almaty-oblast-1997-0220-4696
        let kk = "Ескерту. Күші жойылды - Алматы облысы әкімінің 30.01.2004 № 1-14 шешімімен.";
        let ru = "Сноска. Утратило силу решением акима Алматинской области от 30.01.2004 № 1-14.";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(2004), Some(1), Some(30))]);
        assert!(run(kk, ru).is_empty());
        assert_eq!(
            ymd("2026-11-26", Lang::Ru),
            vec![(Some(2026), Some(11), Some(26))]
        );
        // A section number is not a date.
        assert!(ymd("пункт 1.2.3 правил", Lang::Ru).is_empty());
    }

    #[test]
    fn month_and_year() {
        // ntrex128
        let kk = "Қытайдың мемлекеттік кеңесі келесі буынның жасанды интеллект саласын дамыту жоспарын 2017 жылдың шілдесінде жариялады.";
        let ru = "В июле 2017 года Государственный совет Китая опубликовал план развития искусственного интеллекта следующего поколения.";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(2017), Some(7), None)]);
        assert_eq!(ymd(ru, Lang::Ru), vec![(Some(2017), Some(7), None)]);
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn years_alone_and_decades() {
        // ntrex128
        let kk = "1939 жылғы өрттің салдарынан ғимарат қатты зақымдалды.";
        let ru = "В 1939 году в результате пожара здание получило значительные повреждения.";
        assert!(run(kk, ru).is_empty());
        let kk =
            "1980 жылдары Карнеги-Меллон университетінде ол жасанды интеллект жүйесімен айналысты.";
        let ru = "В 1980-х годах в Университете Карнеги-Меллона он работал над системой искусственного интеллекта.";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(1980), None, None)]);
        assert_eq!(ymd(ru, Lang::Ru), vec![(Some(1980), None, None)]);
        assert!(run(kk, ru).is_empty());
        let kk = "шамамен 1980-ші жылдары болған";
        assert_eq!(ymd(kk, Lang::Kk), vec![(Some(1980), None, None)]);
        // `к 2030 г.` against a bare `2030` is no finding.
        let kk = "Қытай 2030-ға дейін бірінші орынға шығуға тырысады.";
        let ru = "его цель — стать первыми в инновациях ИИ к 2030 г.";
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn month_ranges_share_the_year() {
        // akimat/almaty-oblast-1997-0220-4696
        let kk = "1999 жылғы наурыздан қыркүйекке дейінгі кезеңде 45 адам қатыстырылады.";
        let ru = "привлекается 45 человек в период с марта по сентябрь 1999 года.";
        assert_eq!(
            ymd(kk, Lang::Kk),
            vec![(Some(1999), Some(3), None), (Some(1999), Some(9), None)]
        );
        assert_eq!(
            ymd(ru, Lang::Ru),
            vec![(Some(1999), Some(3), None), (Some(1999), Some(9), None)]
        );
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn changed_day_month_or_year_is_an_error() {
        let kk = KK_ACT.replace("26 сәуір", "27 сәуір");
        let f = run(&kk, RU_ACT);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].message.id, "dates-differ");
        let kk = KK_ACT.replace("сәуір", "мамыр");
        assert_eq!(run(&kk, RU_ACT)[0].severity, Severity::Error);
        let ru = RU_ACT.replace("2017", "2016");
        assert_eq!(run(KK_ACT, &ru)[0].severity, Severity::Error);
    }

    #[test]
    fn every_month_word_passes_the_first_letter_filter() {
        let first = |w: &str| {
            let mut c = w.chars();
            [c.next().unwrap(), c.next().unwrap()]
        };
        for w in crate::lang::KK_MONTHS.iter().chain(&["қыркүйегі"]) {
            assert!(month_initial(first(w), Lang::Kk), "{w}");
            assert!(month_kk(w).is_some(), "{w}");
        }
        for w in crate::lang::RU_MONTH_STEMS
            .iter()
            .chain(&crate::lang::RU_MAY_FORMS)
        {
            assert!(month_initial(first(w), Lang::Ru), "{w}");
        }
        for w in [
            "январский",
            "февральская",
            "мартовские",
            "апрельского",
            "майский",
            "июньского",
            "июльской",
            "августовский",
            "сентябрьский",
            "октябрьские",
            "ноябрьских",
            "декабрьском",
        ] {
            assert!(month_initial(first(w), Lang::Ru), "{w}");
            assert!(month_adjective_ru(w).is_some(), "{w}");
        }
    }

    #[test]
    fn one_sided_date_is_a_warning() {
        // akimat/almaty-oblast-1997-0220-4696, paragraph 6: real drift.
        let kk = "6. Қазақстан Республикасы Үкіметінің 1996 жылғы 11 желтоқсандағы N 1519 қаулысының 8 тармағына сәйкес қызметкерлеріне бір жолғы қосымша ақы төленеді деп белгіленсін.";
        let ru = "6. Установить на весь период работы по проведению Переписи населения 1999 года дополнительную единовременную выплату переписному персоналу, в соответствии с пунктом 8 постановления Правительства Республики Казахстан от 11 декабря 1996 г. N 1519.";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].message.id, "dates-missing-kk");
        let ev = f[0].ru.as_ref().unwrap();
        assert_eq!(&ev.text[ev.marks[0].clone()], "1999 года");
    }

    #[test]
    fn impossible_dates() {
        let kk = KK_ACT.replace("26 сәуір", "31 сәуір");
        let f = run(&kk, RU_ACT);
        assert!(f
            .iter()
            .any(|f| f.message.id == "dates-impossible" && f.severity == Severity::Error));
        let f = run("31 ақпанда", "30 февраля");
        assert_eq!(
            f.iter()
                .filter(|f| f.message.id == "dates-impossible")
                .count(),
            2
        );
        assert!(run("29 ақпанда", "29 февраля").is_empty());
        assert!(!DateMention {
            year: Some(2023),
            month: Some(2),
            day: Some(29),
            span: 0..0,
            loose: false
        }
        .is_possible());
    }

    #[test]
    fn season_is_not_june_and_adjectives_answer_months() {
        // ntrex128: `омар аулау маусымы` is the lobster season.
        let kk = "Сенбі күні Калифорнияда, омар аулау маусымы ашылған күні омар аулауға сүңгіген 13 жастағы жеткіншекке акула шабуыл жасап, жарақаттады.";
        let ru = "в субботу, первый день сезона охоты на лобстеров, в Калифорнии 13-летний ныряльщик подвергся нападению акулы.";
        assert!(ymd(kk, Lang::Kk).is_empty());
        assert!(run(kk, ru).is_empty());
        // ntrex128: `маусым айында` / `июньского саммита`.
        let kk = "Сингапурде маусым айында болған саммиттен кейін үш айдан аса уақыт өтті.";
        let ru = "Через три месяца после июньского саммита в Сингапуре.";
        assert!(run(kk, ru).is_empty());
    }
}

#[cfg(test)]
mod config_tests {
    use super::*;

    #[test]
    fn config_parses_from_toml() {
        let cfg: DatesConfig = toml::from_str("report-month-only = false").unwrap();
        assert!(!cfg.report_month_only);
        assert!(cfg.report_missing);
        assert!(toml::from_str::<DatesConfig>("nope = 1").is_err());
    }
}
