//! Reading the dates of a text into day, month and year: Kazakh year-first
//! (`2017 жылғы 26 сәуірдегі`, `қарашаның 26-сы`), Russian day-first
//! (`26 апреля 2017 года`, `в июле 2017 года`), numeric dates (`30.01.2004`,
//! `2026-11-26`), years alone and ranges. The `dates` check compares what this
//! reads; the `numbers` check skips the numbers inside these dates.

use super::tokens::{lower_into, tokenize, Tok, TokKind, DASHES};
use crate::lang::Lang;
use crate::segment::Paragraph;
use chrono::NaiveDate;
use std::ops::Range;

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
    pub(crate) fn overlap(&self, o: &DateMention) -> (u32, u32) {
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

    pub(crate) fn key(&self) -> (Option<i32>, Option<u32>, Option<u32>) {
        (self.year, self.month, self.day)
    }

    pub(crate) fn key_shape(&self) -> (bool, bool, bool) {
        (
            self.year.is_some(),
            self.month.is_some(),
            self.day.is_some(),
        )
    }

    pub(crate) fn year_only(&self) -> bool {
        self.year.is_some() && self.month.is_none() && self.day.is_none()
    }
}

pub(crate) const YEAR_MIN: u32 = 1000;
pub(crate) const YEAR_MAX: u32 = 2100;
pub(crate) const QUOTES: [char; 6] = ['«', '»', '"', '“', '”', '„'];

pub(crate) fn num(text: &str, t: &Tok, max_len: usize) -> Option<u32> {
    if t.kind != TokKind::Digits || t.len() > max_len {
        return None;
    }
    t.text(text).parse().ok()
}

pub(crate) fn year_tok(text: &str, t: &Tok) -> Option<i32> {
    if t.len() != 4 {
        return None;
    }
    let y = num(text, t, 4)?;
    (YEAR_MIN..=YEAR_MAX).contains(&y).then_some(y as i32)
}

pub(crate) fn day_tok(text: &str, t: &Tok) -> Option<u32> {
    let d = num(text, t, 2)?;
    (1..=31).contains(&d).then_some(d)
}

/// Kazakh month: (month, ambiguous as a common word, genitive form).
pub(crate) fn month_kk(w: &str) -> Option<(u32, bool, bool)> {
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

pub(crate) fn month_ru(w: &str) -> Option<u32> {
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
pub(crate) fn month_initial(prefix: [char; 2], lang: Lang) -> bool {
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

pub(crate) fn year_word_kk(w: &str) -> bool {
    w.starts_with("жыл") && !w.starts_with("жылдам") && !w.starts_with("жылу")
}

pub(crate) fn year_word_ru(w: &str) -> bool {
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

pub(crate) fn month_word_kk(w: &str) -> bool {
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

pub(crate) struct Cursor<'a> {
    text: &'a str,
    toks: &'a [Tok],
    buf: String,
}

impl Cursor<'_> {
    pub(crate) fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    /// The lower-cased word at `i`, if it is a word.
    pub(crate) fn word(&mut self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        lower_into(t.text(self.text), &mut self.buf);
        Some(&self.buf)
    }
    /// The lower-cased word at `i`, if it is a word starting with a letter `may`
    /// accepts (decided before lower-casing the whole word: most words fail).
    pub(crate) fn word_if(&mut self, i: usize, may: impl Fn([char; 2]) -> bool) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word || !may(t.prefix) {
            return None;
        }
        self.word(i)
    }
    /// Index after a no-space hyphen + word ending (`-сы`, `-го`), else `i`.
    pub(crate) fn skip_ending(&self, i: usize) -> usize {
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
    pub(crate) fn skip_quote(&self, i: usize) -> usize {
        match self.tok(i) {
            Some(t) if t.is_punct(&QUOTES) => i + 1,
            _ => i,
        }
    }
    /// A year word at `i` (with the period of `г.`): the index after it.
    pub(crate) fn year_word(&mut self, i: usize, lang: Lang) -> Option<usize> {
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
    pub(crate) fn month(&mut self, i: usize, lang: Lang) -> Option<(u32, bool, bool)> {
        let w = self.word_if(i, |c| month_initial(c, lang))?;
        match lang {
            Lang::Kk => month_kk(w),
            Lang::Ru => month_ru(w).map(|m| (m, false, false)),
        }
    }
    pub(crate) fn end(&self, next: usize) -> usize {
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
        if !may_start_date(&toks[i], lang) {
            // Most tokens: none of the forms below can begin here.
            i += 1;
            continue;
        }
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

/// Whether a date may begin at token `t`: every form [`extract_tokens`] tries
/// begins with digits (a day, a year, a numeric date), a quote before a day
/// (`«26» сәуір`) or a month word, which [`month_initial`] lets through (a test
/// checks that no form begins anywhere else). Lets the scanner pass over the other
/// tokens, most of them, without trying each form.
fn may_start_date(t: &Tok, lang: Lang) -> bool {
    match t.kind {
        TokKind::Digits => true,
        TokKind::Word => month_initial(t.prefix, lang),
        TokKind::Punct => QUOTES.contains(&t.ch),
    }
}

/// Months of a range share the year written once: `январе-феврале 1999 года`,
/// `1999 жылғы наурыздан қыркүйекке дейін`, `с марта по сентябрь 1999 года`.
pub(crate) fn share_years(text: &str, out: &mut [DateMention]) {
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

pub(crate) fn parse_at(c: &mut Cursor, i: usize, lang: Lang) -> Option<(DateMention, usize)> {
    match lang {
        Lang::Kk => kazakh(c, i),
        Lang::Ru => russian(c, i),
    }
}

/// The first day of a range whose second day carries the month: `с 14 по 21
/// января`, `14–21 қаңтар`, `с 13 на 14 января 1999 года`.
pub(crate) fn range_first(c: &mut Cursor, i: usize, lang: Lang) -> Option<(DateMention, usize)> {
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
pub(crate) fn continuation_day(c: &Cursor, k: usize) -> Option<(u32, usize)> {
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

pub(crate) fn mention(
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
pub(crate) fn numeric(c: &Cursor, i: usize) -> Option<(DateMention, usize)> {
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

pub(crate) fn kazakh(c: &mut Cursor, i: usize) -> Option<(DateMention, usize)> {
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

pub(crate) fn russian(c: &mut Cursor, i: usize) -> Option<(DateMention, usize)> {
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

pub(crate) fn month_adjective_ru(w: &str) -> Option<u32> {
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
pub(crate) fn ru_year_after(c: &mut Cursor, j: usize) -> (Option<i32>, usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts full of dates of every form, and real news text.
    fn texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "2017 жылғы 26 сәуірдегі, 1990-жылдары, 2017 жылдың шілдесінде, «26» сәуір",
            "қарашаның 26-сы, қаңтардың 14-нен 21-не дейін, 1997-1998 жылдары, 30.01.2004",
            "26 апреля 2017 года, в июле 2017 года, «26» апреля, 1-го мая, с 14 по 21 января",
            "2026-11-26, 26/11/2026, в 1939 году, к 2030 г., июньского саммита, Август",
            "1999 жылғы наурыздан қыркүйекке дейін, январе-феврале 1999 года, мамыр айы",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(
            [
                include_str!("../../../tests/fixtures/corpus/ntrex/020_bbc.381780/kk.txt"),
                include_str!("../../../tests/fixtures/corpus/ntrex/020_bbc.381780/ru.txt"),
            ]
            .map(String::from),
        );
        texts.extend(crate::checks::testing::every_character([
            'қ', ' ', '2', '«', 'м',
        ]));
        texts
    }

    #[test]
    fn no_date_begins_where_the_scanner_passes_over() {
        for text in texts() {
            let toks = tokenize(&text);
            for lang in Lang::ALL {
                let mut c = Cursor {
                    text: &text,
                    toks: &toks,
                    buf: String::new(),
                };
                for (i, t) in toks.iter().enumerate() {
                    if may_start_date(t, lang) {
                        continue;
                    }
                    assert!(numeric(&c, i).is_none(), "{:?}", t.text(&text));
                    assert!(
                        range_first(&mut c, i, lang).is_none(),
                        "{:?}",
                        t.text(&text)
                    );
                    assert!(parse_at(&mut c, i, lang).is_none(), "{:?}", t.text(&text));
                }
            }
        }
    }

    #[test]
    fn dates_of_every_form_are_found() {
        let found: usize = texts()[..5]
            .iter()
            .map(|t| extract(t, Lang::Kk).len() + extract(t, Lang::Ru).len())
            .sum();
        assert!(found >= 20, "{found}");
    }
}
