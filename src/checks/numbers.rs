//! `numbers`: the numbers of the Kazakh and the Russian version must agree.
//!
//! Each side's numbers are read with what changes their value: thousands groups
//! (space, no-break, narrow no-break, thin space), a decimal comma or point,
//! multipliers (`мың`, `тыс.`, `млн`, `миллиард`), percent (`%`, `пайыз`,
//! `процент`), Kazakh and Russian endings (`3000-ға`, `89-й`), ranges, times,
//! Roman numerals (Latin or look-alike Cyrillic letters), phone- and id-like digit
//! strings (compared as strings) and the common number words. Numbers inside dates
//! belong to the `dates` check and are skipped here.
//!
//! The sides are then matched: the same value; a number written as words on the
//! other side; a rounded value (`249` / `250`); a 12-hour time; a unit conversion
//! (`550 фунт` / `250 килограмм`, `80 градус` °F / `27 градусов` °C). What stays
//! unmatched is reported: two lone numbers that differ are an error, a number
//! present on one side only is an error when it is precise and everything else
//! matched, a warning otherwise.

#[cfg(test)]
use super::scan::dates::scan_side;
use super::scan::dates::Scanned;
use super::scan::numbers::*;
use super::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// Settings of the `numbers` check (`[checks.numbers]` in `qostil.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct NumbersConfig {
    /// A number present on one side only is an error when it has at least this
    /// many significant digits (and everything else in the bead matched).
    pub missing_error_min_digits: u32,
    /// Two lone numbers that differ are an error (otherwise a warning).
    pub differ_is_error: bool,
    /// Largest relative difference still read as rounding (`249 кг` /
    /// `250 килограмм`); only numbers with a unit are rounded.
    pub rounding_tolerance: f64,
    /// Largest relative error of a unit conversion (feet, miles, pounds, inches,
    /// yards, ounces, gallons, acres, °F).
    pub conversion_tolerance: f64,
    /// Accept numbers written as words on the other side.
    pub word_numbers: bool,
    /// Report numbers present on one side only.
    pub report_missing: bool,
    /// Beads with more unmatched numbers than this on a side skip the approximate
    /// matching (keeps huge tables linear).
    pub max_unmatched: usize,
}

impl Default for NumbersConfig {
    fn default() -> Self {
        NumbersConfig {
            missing_error_min_digits: 2,
            differ_is_error: true,
            rounding_tolerance: 0.02,
            conversion_tolerance: 0.02,
            word_numbers: true,
            report_missing: true,
            max_unmatched: 100,
        }
    }
}

// ---------------------------------------------------------------------------
// Matching.

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Num(i128),
    Time(i64),
    Id(String),
}

fn num_key(v: f64) -> i128 {
    (v * 1000.0).round() as i128
}

fn key(m: &NumberMention) -> Key {
    match m.form {
        NumberForm::Id => Key::Id(m.key.replace(['-', '.', '/'], "")),
        NumberForm::Time => Key::Time(m.value as i64),
        _ => Key::Num(num_key(m.value)),
    }
}

/// `r` is `a` rounded (`250` for `249`, `2,5` for `2,53`).
fn rounds_to(a: f64, r: f64, tol: f64) -> bool {
    if a == r {
        return true;
    }
    if a <= 0.0 || r <= 0.0 || ((a - r) / r).abs() > tol {
        return false;
    }
    let mut p = 0.001;
    while p * 10.0 <= r && ((r / (p * 10.0)) - (r / (p * 10.0)).round()).abs() < 1e-9 {
        p *= 10.0;
    }
    ((a / p).round() * p - r).abs() < p * 1e-6
}

/// Same number read another way: rounding (when converting units), 12-hour clock, an id written plainly,
/// a multiplier dropped on one side.
fn close(a: &NumberMention, b: &NumberMention, cfg: &NumbersConfig, converting: bool) -> bool {
    use NumberForm::*;
    match (a.form, b.form) {
        (Time, Time) => (a.value as i64 - b.value as i64).rem_euclid(720) == 0,
        (Time, Digits) | (Digits, Time) => {
            let (t, n) = if a.form == Time { (a, b) } else { (b, a) };
            let h = (t.value as i64) / 60;
            n.value.fract() == 0.0 && (n.value as i64 == h || n.value as i64 + 12 == h)
        }
        (Id, Id) => a.key.replace(['-', '.', '/'], "") == b.key.replace(['-', '.', '/'], ""),
        (Id, _) | (_, Id) => {
            let (i, n) = if a.form == Id { (a, b) } else { (b, a) };
            i.key
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                == format!("{}", n.value)
        }
        _ => {
            // Rounding only where the bead converts units (`550 фунт (249 кг)`
            // / `250 килограмм`): elsewhere `301` for `300` is a real change.
            let measured = converting && (a.unit.is_some() || b.unit.is_some());
            (measured
                && (rounds_to(a.value, b.value, cfg.rounding_tolerance)
                    || rounds_to(b.value, a.value, cfg.rounding_tolerance)))
                || (a.scale != b.scale && num_key(a.value / a.scale) == num_key(b.value / b.scale))
        }
    }
}

/// One value in an imperial unit, the other in a metric one: they match only as
/// a conversion.
fn other_system(a: &NumberMention, b: &NumberMention) -> bool {
    matches!(
        (a.unit, b.unit),
        (Some(Unit::Imperial(_)), Some(Unit::Metric))
            | (Some(Unit::Metric), Some(Unit::Imperial(_)))
    )
}

/// One value converted from the other's unit (imperial ↔ metric, °F ↔ °C).
fn converted(a: &NumberMention, b: &NumberMention, tol: f64) -> bool {
    if a.form != NumberForm::Digits || b.form != NumberForm::Digits {
        return false;
    }
    if a.unit.is_none() && b.unit.is_none() {
        return false;
    }
    if a.unit == Some(Unit::Degree) || b.unit == Some(Unit::Degree) {
        let f_to_c = |f: f64| (f - 32.0) * 5.0 / 9.0;
        return (f_to_c(a.value) - b.value).abs() <= 1.0
            || (f_to_c(b.value) - a.value).abs() <= 1.0;
    }
    if a.value <= 0.0 || b.value <= 0.0 {
        return false;
    }
    // The imperial one times its factor (within a power of ten: feet to
    // centimetres, inches to metres) is the other one.
    let fits = |imp: &NumberMention, k: f64, other: &NumberMention| {
        let exact = imp.value * k;
        [1.0, 100.0, 0.01].iter().any(|p| {
            // Within the tolerance, or the conversion rounded (`3 дюйм` / `8 см`).
            (other.value / (exact * p) - 1.0).abs() <= tol
                || rounds_to(exact * p, other.value, 3.0 * tol)
        })
    };
    match (a.unit, b.unit) {
        (Some(Unit::Imperial(u)), _) if fits(a, u.to_metric(), b) => true,
        (_, Some(Unit::Imperial(u))) => fits(b, u.to_metric(), a),
        _ => false,
    }
}

struct Side<'a> {
    paras: &'a [&'a Paragraph],
    hard: Vec<(usize, NumberMention)>,
    /// Values written as cardinal words, and the years of dates.
    soft: HashMap<i128, ()>,
    /// Values written as ordinal words (answer only ordinals).
    soft_ord: HashMap<i128, ()>,
    has_soft_words: bool,
}

fn side<'a>(
    paras: &'a [&'a Paragraph],
    scans: &[Scanned],
    lang: Lang,
    cfg: &NumbersConfig,
) -> Side<'a> {
    let mut hard = Vec::new();
    let mut soft = HashMap::new();
    let mut soft_ord = HashMap::new();
    let mut has_soft_words = false;
    for (pi, (p, scan)) in paras.iter().zip(scans).enumerate() {
        for d in &scan.dates {
            if let Some(y) = d.year {
                soft.insert(num_key(f64::from(y)), ());
            }
        }
        let spans: Vec<Range<usize>> = scan.dates.iter().map(|d| d.span.clone()).collect();
        for m in extract_skipping(&p.text, &scan.toks, lang, &spans) {
            if m.form == NumberForm::Words {
                // A lone `бір` / `один` is mostly an article or a pronoun.
                if cfg.word_numbers && m.value != 1.0 {
                    has_soft_words = true;
                    if m.ordinal {
                        soft_ord.insert(num_key(m.value), ());
                    } else {
                        soft.insert(num_key(m.value), ());
                    }
                }
            } else {
                hard.push((pi, m));
            }
        }
    }
    Side {
        paras,
        hard,
        soft,
        soft_ord,
        has_soft_words,
    }
}

fn span_text<'a>(s: &'a Side, k: usize) -> &'a str {
    let (pi, m) = &s.hard[k];
    &s.paras[*pi].text[m.span.clone()]
}

/// Words that make a number approximate. Kazakh says it after the number
/// (`30-ға жуық`, `5 шамасында`, `100-ге таяу`) or with `шамамен` before it;
/// Russian before it (`примерно`, `около`), a preposition maybe between
/// (`примерно в 27 метрах`). (`Таяу` and `жуық` before a number are "near",
/// "coming": `Таяу Шығыста 30 адам` is the Middle East, not about thirty.)
const APPROXIMATE_KK_BEFORE: &[&str] = &["шамамен"];
const APPROXIMATE_KK_AFTER: &[&str] = &[
    "шамамен",
    "шамасында",
    "шамасы",
    "жуық",
    "шақты",
    "таяу",
    "мөлшерде",
    "мөлшерінде",
];
const APPROXIMATE_RU: &[&str] = &[
    "примерно",
    "около",
    "почти",
    "приблизительно",
    "порядка",
    "ориентировочно",
];
/// Prepositions that may stand between a Russian approximation word and its
/// number (`примерно в 27`, `почти на 5 %`).
const RU_BETWEEN: &[&str] = &["в", "во", "на", "с", "со", "до", "за"];

/// Is number `k` of `s` said to be approximate (see [`APPROXIMATE_RU`])?
fn approximate(s: &Side, k: usize, lang: Lang) -> bool {
    let (pi, m) = &s.hard[k];
    let text = &s.paras[*pi].text;
    let before = words_near(text, m.span.start, true, 2);
    let has = |list: &[&str], w: Option<&String>| w.is_some_and(|w| list.contains(&w.as_str()));
    if lang == Lang::Ru {
        return has(APPROXIMATE_RU, before.first())
            || has(RU_BETWEEN, before.first()) && has(APPROXIMATE_RU, before.get(1));
    }
    let after = words_near(text, m.span.end, false, 2);
    before
        .iter()
        .any(|w| APPROXIMATE_KK_BEFORE.contains(&w.as_str()))
        || after
            .iter()
            .any(|w| APPROXIMATE_KK_AFTER.contains(&w.as_str()))
}

fn ev(s: &Side, k: Option<usize>) -> Option<Evidence> {
    match k {
        Some(k) => {
            let (pi, m) = &s.hard[k];
            Some(Evidence::new(s.paras[*pi], vec![m.span.clone()]))
        }
        None => s.paras.first().map(|p| Evidence::new(p, Vec::new())),
    }
}

/// Compares the numbers of one aligned bead.
#[cfg(test)]
pub(crate) fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    cfg: &NumbersConfig,
    out: &mut Vec<Finding>,
) {
    let scans = [scan_side(kk, Lang::Kk), scan_side(ru, Lang::Ru)];
    check_scanned(kk, ru, &scans, cfg, out);
}

/// [`check`] over paragraphs already scanned ([`scan_side`]: kk, then ru).
pub(crate) fn check_scanned(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    scans: &[Vec<Scanned>; 2],
    cfg: &NumbersConfig,
    out: &mut Vec<Finding>,
) {
    let sides = [
        side(kk, &scans[0], Lang::Kk, cfg),
        side(ru, &scans[1], Lang::Ru, cfg),
    ];
    let mut used = [
        vec![false; sides[0].hard.len()],
        vec![false; sides[1].hard.len()],
    ];
    // 1. The same value on both sides.
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    for (j, (_, m)) in sides[1].hard.iter().enumerate().rev() {
        by_key.entry(key(m)).or_default().push(j);
    }
    // The first one not in the other unit system: a value in inches does not
    // match the same value in centimetres (a bead that converts units pairs those
    // in step 3).
    for (i, (_, m)) in sides[0].hard.iter().enumerate() {
        let Some(slot) = by_key.get_mut(&key(m)) else {
            continue;
        };
        if let Some(at) = slot
            .iter()
            .rposition(|&j| !other_system(m, &sides[1].hard[j].1))
        {
            let j = slot.remove(at);
            used[0][i] = true;
            used[1][j] = true;
        }
    }
    // 2. A number of one side written as words (or inside a date) on the other;
    // a decade in two digits given as a year of the other (`30-е годы` / `1930
    // жылы`).
    for s in 0..2 {
        let lang = if s == 0 { Lang::Kk } else { Lang::Ru };
        for (i, (pi, m)) in sides[s].hard.iter().enumerate() {
            let soft = &sides[1 - s].soft;
            let as_year = || {
                short_decade(&sides[s].paras[*pi].text, m, lang)
                    .is_some_and(|d| decade_years(d).any(|y| soft.contains_key(&num_key(y as f64))))
            };
            if !used[s][i]
                && m.form != NumberForm::Id
                && (soft.contains_key(&num_key(m.value))
                    || (m.ordinal && sides[1 - s].soft_ord.contains_key(&num_key(m.value)))
                    || as_year())
            {
                used[s][i] = true;
            }
        }
    }
    let left = |s: usize, used: &[Vec<bool>; 2]| -> Vec<usize> {
        (0..sides[s].hard.len()).filter(|&i| !used[s][i]).collect()
    };
    let (la, lb) = (left(0, &used), left(1, &used));
    if la.len() > cfg.max_unmatched || lb.len() > cfg.max_unmatched {
        return;
    }
    let converting = sides.iter().any(|s| {
        s.hard
            .iter()
            .any(|(_, m)| matches!(m.unit, Some(Unit::Imperial(_)) | Some(Unit::Degree)))
    });
    // 3. Rounding, clocks, ids; then unit conversions.
    for pass in 0..2 {
        for &i in &la {
            if used[0][i] {
                continue;
            }
            let a = &sides[0].hard[i].1;
            let hit = lb.iter().copied().find(|&j| {
                let b = &sides[1].hard[j].1;
                !used[1][j]
                    && if pass == 0 {
                        !other_system(a, b) && close(a, b, cfg, converting)
                    } else {
                        converted(a, b, cfg.conversion_tolerance)
                    }
            });
            if let Some(j) = hit {
                used[0][i] = true;
                used[1][j] = true;
            }
        }
    }
    // A number with a unit whose counterpart is a conversion of something not
    // shown (`550 фунт (249 кг)` / `250 килограмм`): an imperial value left over
    // next to matched metric ones is not reported.
    let (la, lb) = (left(0, &used), left(1, &used));
    // So is a metric value left over that converts a matched imperial one of its
    // paragraph (`40 миля (64 км)` / `в 65 км`: the miles met the 65 km).
    let shown_in_metric = |s: usize, i: usize| {
        let (pi, m) = &sides[s].hard[i];
        let imperial = matches!(m.unit, Some(Unit::Imperial(_)));
        (imperial || m.unit == Some(Unit::Metric))
            && sides[s].hard.iter().enumerate().any(|(j, (pj, o))| {
                pj == pi
                    && if imperial {
                        o.unit == Some(Unit::Metric)
                    } else {
                        used[s][j] && matches!(o.unit, Some(Unit::Imperial(_)))
                    }
                    && converted(m, o, cfg.conversion_tolerance)
            })
    };
    let la: Vec<usize> = la.into_iter().filter(|&i| !shown_in_metric(0, i)).collect();
    let lb: Vec<usize> = lb.into_iter().filter(|&j| !shown_in_metric(1, j)).collect();
    // 4. Lone numbers that differ.
    let n = la.len().min(lb.len());
    for k in 0..n {
        let (i, j) = (la[k], lb[k]);
        let (a, b) = (&sides[0].hard[i].1, &sides[1].hard[j].1);
        // Same kind of number on both sides: a count and a count, a time and a
        // time, a phone and a phone (a time against `сағат 1` stays a warning).
        let kind = |m: &NumberMention| match m.form {
            NumberForm::Digits | NumberForm::Roman => 0,
            NumberForm::Time => 1,
            NumberForm::Id => 2,
            NumberForm::Words => 3,
        };
        // An approximate quantity (`шамамен 30 метр` / `примерно в 27 метрах`), or
        // a measure in a bead that converts units, may be rounded or converted
        // another way: unsure, a warning. (A time said to be approximate is still
        // a time: `шамамен 19:45` / `около 19:30` is an error.)
        let certain = la.len() == 1
            && lb.len() == 1
            && cfg.differ_is_error
            && kind(a) == kind(b)
            && kind(a) < 3
            && a.unit.is_none() == b.unit.is_none()
            && !(converting && a.unit.is_some())
            && !(a.form == NumberForm::Digits
                && (approximate(&sides[0], i, Lang::Kk) || approximate(&sides[1], j, Lang::Ru)));
        // Inches against centimetres: the translator converted the unit and
        // rounded differently (`3–6 дюйм` / `7–10 см`), a note.
        out.push(Finding {
            check: CheckId::Numbers,
            severity: if other_system(a, b) {
                Severity::Info
            } else if certain {
                Severity::Error
            } else {
                Severity::Warning
            },
            kk: ev(&sides[0], Some(i)),
            ru: ev(&sides[1], Some(j)),
            message: Message::new("numbers-differ")
                .str("kk", span_text(&sides[0], i))
                .str("ru", span_text(&sides[1], j)),
        });
    }
    if !cfg.report_missing {
        return;
    }
    // 5. Numbers on one side only.
    for (s, rest) in [(0usize, &la[n..]), (1, &lb[n..])] {
        let other = &sides[1 - s];
        let other_all_matched = !other.hard.is_empty() && used[1 - s].iter().all(|&u| u);
        // The other side measures in metric units (`6 фут-6 дюйм бойы бар
        // форвард` / `Двухметровый форвард`): an imperial value it lacks was
        // converted, a note.
        let other_metric = other.hard.iter().any(|(_, o)| o.unit == Some(Unit::Metric))
            || other.paras.iter().any(|p| p.text.contains("метр"));
        // (A number's severity, then those of one paragraph and one severity
        // together: a score `1-0` the other side leaves out is one problem, one
        // finding listing its numbers.)
        let mut missing: Vec<(usize, Severity, Vec<usize>)> = Vec::new();
        for &i in rest {
            let (pi, m) = &sides[s].hard[i];
            let certain = rest.len() == 1
                && n == 0
                && other_all_matched
                && !other.has_soft_words
                && m.form == NumberForm::Digits
                && !m.ordinal
                && m.unit.is_none()
                && m.significant >= cfg.missing_error_min_digits;
            let severity = if other_metric && matches!(m.unit, Some(Unit::Imperial(_))) {
                Severity::Info
            } else if certain {
                Severity::Error
            } else {
                Severity::Warning
            };
            match missing
                .iter_mut()
                .find(|(p, sev, _)| p == pi && *sev == severity)
            {
                Some((_, _, list)) => list.push(i),
                None => missing.push((*pi, severity, vec![i])),
            }
        }
        for (pi, severity, list) in missing {
            let spans = list
                .iter()
                .map(|&i| sides[s].hard[i].1.span.clone())
                .collect();
            let here = Some(Evidence::new(sides[s].paras[pi], spans));
            let there = ev(other, None);
            let (k, r, id) = if s == 0 {
                (here, there, "numbers-missing-ru")
            } else {
                (there, here, "numbers-missing-kk")
            };
            let numbers: Vec<&str> = list.iter().map(|&i| span_text(&sides[s], i)).collect();
            out.push(Finding {
                check: CheckId::Numbers,
                severity,
                kk: k,
                ru: r,
                message: Message::new(id)
                    .str("number", numbers.join(", "))
                    .num("count", numbers.len() as f64),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    //! Sentences from the shared corpus (`../shared/corpus`): NTREX-128 (CC BY-SA 4.0, ntrex128_kk_ru.tsv)
    //! and the Almaty oblast akimat acts (public domain, akimat/*).
    use super::*;

    use crate::checks::testing::pair_plain;

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        pair_plain(kk, ru, |k, r, out| {
            check(k, r, &NumbersConfig::default(), out)
        })
    }

    fn values(text: &str, lang: Lang) -> Vec<f64> {
        extract(text, lang)
            .into_iter()
            .filter(|m| m.form != NumberForm::Words)
            .map(|m| m.value)
            .collect()
    }

    #[test]
    fn thousands_separators() {
        // ntrex128
        let kk =
            "Тұрғыны 380 000 адамнан асатын Палу қаласы қираған ғимараттардан көз ашпай қалды.";
        assert_eq!(values(kk, Lang::Kk), vec![380_000.0]);
        let ru = "Примерно 16\u{00A0}700 местных жителей было эвакуировано в 24 убежища в Палу.";
        assert_eq!(values(ru, Lang::Ru), vec![16_700.0, 24.0]);
        for sep in ['\u{202F}', '\u{2009}', ' '] {
            let t = format!("Дерзкая кража 26{sep}750 долл. во время обслуживания банкомата");
            assert_eq!(values(&t, Lang::Ru), vec![26_750.0]);
        }
        assert_eq!(values("похитили 26750 долларов", Lang::Ru), vec![26_750.0]);
        // A year and a count are not one number; two spaces are no separator.
        assert_eq!(values("в 2016 300 человек", Lang::Ru), vec![2016.0, 300.0]);
        assert_eq!(values("55,  600 минут", Lang::Ru), vec![55.0, 600.0]);
    }

    #[test]
    fn decimals_and_multipliers() {
        // ntrex128
        let kk = "құны артып жатқан 2,8 млрд. фунтты құрайтын Құрама Корольдіктің сән нарығында";
        let ru = "Парфюмерно-косметический рынок Великобритании оценивается в 2,8 млрд фунтов стерлингов";
        assert_eq!(values(kk, Lang::Kk), vec![2.8e9]);
        assert_eq!(values(ru, Lang::Ru), vec![2.8e9]);
        assert!(run(kk, ru).is_empty());
        let kk = "Жер сілкіністерінің қатары 2,4 миллион адам тұратын аймақта сезілді.";
        let ru = "Серия землетрясений произошла на территории с населением 2,4 млн человек.";
        assert!(run(kk, ru).is_empty());
        assert_eq!(values("магнитудой 7.5 баллов", Lang::Ru), vec![7.5]);
        // `380 000` / `380 тысяч`, `3000-ға` / `3 тыс.`, `10 000` / `10 тысяч`.
        assert!(run(
            "Тұрғыны 380 000 адамнан асатын Палу қаласы.",
            "Город Палу с населением свыше 380 тысяч людей."
        )
        .is_empty());
        assert!(run(
            "Sainsbury's компаниясы 3000-ға дейінгі өнімге өзінің сән ұсынысының өлшемін арттырады.",
            "планируется увеличить вдвое ассортимент косметических товаров до 3 тыс. наименований"
        )
        .is_empty());
    }

    #[test]
    fn percent_forms() {
        // ntrex128
        let kk = "Джонс Болдуиннің телевизиялық фирманың 40 пайыз бөлігін иеленеді.";
        let ru = "Джонсу принадлежит 40% акций фирмы по телепроизводству Дэна Болдуина.";
        assert!(extract(kk, Lang::Kk)[0].percent);
        assert!(extract(ru, Lang::Ru)[0].percent);
        assert!(run(kk, ru).is_empty());
        let kk = "Олардың 70 пайызы “иә“ деп дауыс беретінін айтты.";
        let ru = "70 процентов от этого количества утверждают, что проголосуют положительно.";
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn kazakh_and_russian_endings() {
        // ntrex128
        let kk = "Дэниел Старридж сенбі күні Лондондағы “Стэмфорд Бридж” алаңында 89-шы минутта гол соғып, Премьер-лигадағы Ливерпульді Челсиден құтқарып қалды.";
        let ru = "Дэниэл Старридж спас «Ливерпуль» от поражения на 89-й минуте матча Премьер-лиги против «Челси».";
        let m = &extract(kk, Lang::Kk)[0];
        assert_eq!((m.value, m.ordinal), (89.0, true));
        assert!(extract(ru, Lang::Ru)[0].ordinal);
        assert!(run(kk, ru).is_empty());
        let kk = "Джайлс осы аймақта 135-тен астам акула түрлері бар екенін айтты.";
        let ru = "Гайлз заметил, что в этой местности существует 135 видов акул.";
        assert!(run(kk, ru).is_empty());
        // akimat/almaty-oblast-2022-0401-166388
        let kk = "Заңының 6-бабы 1-тармағының 2)-тармақшасына, 47-бабы 4-тармағының 1) тармақшасына сәйкес";
        let ru = "В соответствии с подпунктом 2) пункта 1 статьи 6, подпунктом 1) пункта 4 статьи 47 Закона";
        assert_eq!(values(kk, Lang::Kk), vec![6.0, 1.0, 2.0, 47.0, 4.0, 1.0]);
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn ranges() {
        // ntrex128
        let kk = "референдумға дауыс берушілердің 30-43 пайызы қатысады";
        let ru = "показал, что от 30 до 43 процентов избирателей примут участие в референдуме";
        assert_eq!(values(kk, Lang::Kk), vec![30.0, 43.0]);
        assert!(run(kk, ru).is_empty());
        assert_eq!(values("5-тен 7-ге дейін", Lang::Kk), vec![5.0, 7.0]);
        assert_eq!(values("от 5–7 метров", Lang::Ru), vec![5.0, 7.0]);
    }

    #[test]
    fn roman_numerals() {
        // ntrex128: `XIX ғасырдағы` / `19-го века`.
        let kk = "XIX ғасырдағы ресурстар үшін қақтығыста Чилиге өтіп кеткен жаға";
        let ru = "в результате кровопролитного конфликта 19-го века из-за ресурсов";
        assert_eq!(values(kk, Lang::Kk), vec![19.0]);
        assert!(run(kk, ru).is_empty());
        assert_eq!(values("IV Национальный курултай", Lang::Ru), vec![4.0]);
        // Cyrillic look-alikes: Х, І.
        assert_eq!(values("ХХХІV сессиясы", Lang::Kk), vec![34.0]);
        assert_eq!(values("XXXIV сессия", Lang::Ru), vec![34.0]);
        // Initials, prepositions and names are not numerals.
        assert!(values("С. Дүйсембінов", Lang::Kk).is_empty());
        assert!(values("С тех пор", Lang::Ru).is_empty());
        assert!(values("Вашингтон DC", Lang::Ru).is_empty());
        assert!(values("IIII", Lang::Ru).is_empty());
    }

    #[test]
    fn phones_and_ids_compare_as_strings() {
        // ntrex128
        let kk = "101 нөміріне қоңырау шалу немесе 0800 555 111 нөмірі бойынша 247 жазбасын айтып қоңырау шалу сұралады.";
        let ru = "позвонить по номеру 101 или обратиться в организацию Crimestoppers анонимно по телефону 0800 555 111 (дело 247).";
        let m = extract(kk, Lang::Kk);
        assert_eq!(m[1].form, NumberForm::Id);
        assert_eq!(m[1].key, "0800555111");
        assert!(run(kk, ru).is_empty());
        let kk = "Ньюпорт полициясына 859-292-3680 телефон нөмірі арқылы хабарласуы керек.";
        let ru = "просят обратиться в ньюпортское отделение полиции по номеру 859-292-3680.";
        assert_eq!(extract(kk, Lang::Kk)[0].form, NumberForm::Id);
        assert!(run(kk, ru).is_empty());
        let f = run(kk, &ru.replace("3680", "3681"));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        // A time against a time: `07:55` / `08:55` is an error too.
        let f = run("сағат 07:55-те табылды", "было найдено в 8:55");
        assert_eq!(f[0].severity, Severity::Error);
        // akimat: `№ 14-83` is one id, not a range.
        let m = extract("шешімімен № 14-83", Lang::Kk);
        assert_eq!((m.len(), m[0].key.as_str()), (1, "14-83"));
    }

    #[test]
    fn numbers_in_words() {
        // akimat/almaty-oblast-2022-0401-166388
        let kk = "жол жүру билетінің толық құнының елу пайызында (жазғы демалысты қоспағанда) жеңілдікпен жол жүру құқығы берілсін.";
        let ru = "пятьдесят процентов от полной стоимости проездного билета (за исключением летних каникул)";
        assert!(run(kk, ru).is_empty());
        assert!(run(kk, "50 процентов от полной стоимости проездного билета").is_empty());
        assert!(run("толық құнының 50 пайызында", ru).is_empty());
        // ntrex128: `1000-нан астам` / `свыше тысячи`.
        let kk = "1000-нан астам адам қаза тауып, он мыңдаған адам үйлерінен безуге тура келді.";
        let ru = "Было убито свыше тысячи людей, и еще десятки тысяч лишились крова.";
        assert!(run(kk, ru).is_empty());
        // ntrex128: `24 сағат` / `за сутки`.
        let kk = "24 сағат ішінде 183 газ және күл атқылауы тіркелді.";
        let ru = "за сутки было произведено 183 парогазовых выброса.";
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn numbers_inside_dates_are_left_to_dates() {
        // ntrex128
        let kk = "Македонияның Струмица қаласында 2018 жылдың 30 қыркүйегінде дауыс берді.";
        assert!(values(kk, Lang::Kk).is_empty());
        let ru = "проголосовали в Струмице, Македония, 30 сентября 2018 года.";
        assert!(values(ru, Lang::Ru).is_empty());
    }

    #[test]
    fn conversions_and_clocks_are_not_errors() {
        // ntrex128
        let cases = [
            (
                "Хабарларға сәйкес, сот тергеуі салмағы 550 фунт (249 кг) келіге тартатын қабан фермерді өлгенше шабуыл жасағаны дәлелденді.",
                "В ходе судебно-медицинской экспертизы было установлено, что свинья весом в 250 килограмм загрызла фермера насмерть.",
            ),
            (
                "Сейсенбі күні Нью-Йоркте температура 80 градусқа дейін көтерілуі мүмкін.",
                "Во вторник температура в Нью-Йорке может подняться до 27 градусов.",
            ),
            (
                "“Роза“ дауылы дүйсенбі күні Мексиканың кейбір аймақтарына 10 дюймге дейін жауын-шашын әкеледі.",
                "В понедельник в Мексике ожидается более 25 см осадков.",
            ),
            (
                "Оңтүстік-шығыстың кейбір бөліктерінде 2-4 дюймге жететін жауын-шашын күтіледі.",
                "В отдельных районах юго-запада США ожидается до 5–10 см осадков.",
            ),
            (
                "44 жастағы әйел адам сағат 07:55-те пышақ жарақатымен табылды.",
                "Тело 44-летней женщины с колотыми ранами было найдено в 7:55.",
            ),
            (
                "Мемлекеттік сайлау комиссиясы күндізгі сағат 1-ге дейін ережелердің бұзылуы туралы хабарлардың болмағанын мәлімдеді.",
                "Государственная избирательная комиссия заявила, что к 13:00 сообщений о нарушениях не поступало.",
            ),
            (
                "Джонс Болдуиннің телевизиялық фирманың 40 пайыз бөлігін иеленеді.",
                "Джонсу принадлежит 40% акций фирмы.",
            ),
        ];
        for (kk, ru) in cases {
            let f = run(kk, ru);
            assert!(f.is_empty(), "{kk} / {ru}: {f:?}");
        }
        // Pounds of money are not converted.
        let kk = "Холли Уиллоуби 11 млн. фунт мәміледен бас тартқаннан кейін";
        let ru = "выход Холли Уиллоуби из сделки на 12 млн фунтов стерлингов";
        assert_eq!(run(kk, ru)[0].severity, Severity::Error);
    }

    #[test]
    fn inches_and_centimetres_match_only_as_a_conversion() {
        // ntrex128/docs/025_newsweek.51338 ¶17: converted and rounded by the
        // translator, a note, not a changed number.
        let kk = "Деңгейі 3–6 дюйм, тіпті 10 дюймға баратын жауын-шашын төменгі Калифорниядан солтүстік-батыс Сонораға дейін жауып өтеді.";
        let ru = "На территории от Нижней Калифорнии до северо-запада Соноры может выпасть до 7–10 см осадков, местами до 25 см.";
        let f = run(kk, ru);
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        // ntrex128/docs/028_reuters.218863 ¶6: the miles kept as kilometres (a
        // warning: in a bead that converts units, which value is meant is unsure).
        let kk = "Цунами ашық теңізде 497 миля/сағ (800 км/сағ) жылдамдықпен қозғалды.";
        let ru = "Цунами двигалось со скоростью 497 км/ч.";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].message.args[0].1,
            crate::checks::Value::Str("800".into())
        );
    }

    #[test]
    fn feet_then_inches_after_a_hyphen_are_a_measure() {
        // ntrex128/docs/017_cbsnews.248387 ¶12 (CC BY-SA 4.0).
        let m = extract("6 фут-6 дюйм бойы бар форвард", Lang::Kk);
        let units: Vec<_> = m.iter().map(|m| (m.value, m.form, m.unit)).collect();
        assert_eq!(
            units,
            vec![
                (
                    6.0,
                    NumberForm::Digits,
                    Some(Unit::Imperial(Imperial::Foot))
                ),
                (
                    6.0,
                    NumberForm::Digits,
                    Some(Unit::Imperial(Imperial::Inch))
                ),
            ]
        );
        // A name with a number stays an id.
        assert_eq!(extract("Су-27 ұшағы", Lang::Kk)[0].form, NumberForm::Id);
    }

    #[test]
    fn a_decade_in_two_digits_is_its_first_year() {
        // ntrex128/docs/003_nytimes.184853 ¶11 (CC BY-SA 4.0).
        let kk = "Бастапқы ақ нәсілді әдіскерлік қауым 1930 жылы көшті.";
        let ru = "Первые прихожане методистской церкви покинули приход в 30-е годы прошлого века.";
        assert!(run(kk, ru).is_empty(), "{:?}", run(kk, ru));
        let kk = "Бұл 90-жылдары болған.";
        let ru = "Это случилось в 1990-х годах.";
        assert!(run(kk, ru).is_empty(), "{:?}", run(kk, ru));
        // Thirty years is no decade, nor is another decade.
        let ru = "Первые прихожане покинули приход 30 лет назад.";
        assert!(!run(kk_1930(), ru).is_empty());
        let ru = "Первые прихожане покинули приход в 40-е годы.";
        assert!(!run(kk_1930(), ru).is_empty());
        let kk = "Бұл 30 жыл бұрын болған.";
        let ru = "Это случилось в 1930 году.";
        assert!(!run(kk, ru).is_empty());
    }

    #[test]
    fn only_a_plural_of_year_makes_a_decade() {
        // Russian `-х` forms, with and without a year word of their own.
        let kk = "Ол 1990 жылы көшті.";
        assert!(run(kk, "Он переехал в 90-х годах.").is_empty());
        // An anniversary, a year of a reign, a year of the wrong century and
        // "for thirty years" are no decades.
        assert!(!run("Ол 1930 жылы көшті.", "Отмечалась 30-я годовщина.").is_empty());
        assert!(!run(
            "2020 жылы ол қайтыс болды.",
            "В 2020 году, на 20-м году правления, он умер."
        )
        .is_empty());
        assert!(!run("Ол 2030 жылы көшті.", "Он переехал в 30-е годы.").is_empty());
        assert!(!run("Ол 30 жылдар бойы жұмыс істеді.", "Он работал с 1930 года.").is_empty());
        // A road keeps its number as an id.
        assert_eq!(extract("М-36 тас жолы", Lang::Kk)[0].form, NumberForm::Id);
    }

    fn kk_1930() -> &'static str {
        "Бастапқы ақ нәсілді әдіскерлік қауым 1930 жылы көшті."
    }

    #[test]
    fn a_conversion_one_side_leaves_out_is_a_note() {
        // ntrex128/docs/025_newsweek.51338 ¶6, 017_cbsnews.248387 ¶12 (CC BY-SA 4.0).
        let loud = |kk: &str, ru: &str| -> Vec<Finding> {
            run(kk, ru)
                .into_iter()
                .filter(|f| f.severity >= Severity::Warning)
                .collect()
        };
        let f = loud(
            "Катрина (1967) Аризона шекарасынан 40 миля (64 км) аумағында болған құйын.",
            "Ураган Катрина (в 1967 г.) прошел в 65 км от границы Аризоны.",
        );
        assert!(f.is_empty(), "{f:?}");
        let f = loud(
            "6 фут-6 дюйм бойы бар форвард Батон Руджа өсті.",
            "Двухметровый форвард был уроженцем Батон-Ружа.",
        );
        assert!(f.is_empty(), "{f:?}");
        // A metric value left over beside miles that found no counterpart, and
        // miles that differ, are still reported.
        let f = loud(
            "Құйын шекарадан 40 миля (64 км) аумағында болды.",
            "Ураган прошел в 90 км от границы.",
        );
        assert!(!f.is_empty(), "{f:?}");
        let f = loud(
            "Құйын шекарадан 40 миля қашықтықта болды.",
            "Ураган прошел в 50 милях от границы.",
        );
        assert!(!f.is_empty(), "{f:?}");
    }

    #[test]
    fn an_approximate_or_converted_value_that_differs_is_a_warning() {
        // ntrex128/docs/009_upi.176249 ¶3 (CC BY-SA 4.0): 30 yards made 30 and 27
        // metres, both said to be approximate.
        let kk = "Челсидің қақпасынан шамамен 30 метр аралықта тұрып, Старридж пас алды.";
        let ru = "Старридж получил пас примерно в 27 метрах от ворот «Челси».";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        // Without the approximation words: an error.
        let f = run(&kk.replace("шамамен ", ""), &ru.replace("примерно ", ""));
        assert_eq!(f[0].severity, Severity::Error);
        // A time said to be approximate is still a time that changed.
        let f = run(
            "Оқиға бейсенбіде шамамен 19:45 болған.",
            "Наезд был совершен в четверг около 19:30.",
        );
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn near_is_not_about() {
        // `Таяу Шығыс` (the Middle East, ntrex128/docs/063_rt.com.91335 ¶7, CC
        // BY-SA 4.0) and `около дома` say nothing of the number: a changed
        // number, an error.
        let f = run(
            "Таяу Шығыста 30 адам қаза тапты.",
            "На Ближнем Востоке погибли 35 человек.",
        );
        assert_eq!(f[0].severity, Severity::Error, "{f:?}");
        let f = run(
            "Біз үйдің қасында тұрдық, 30 адам келді.",
            "Мы стояли около дома, пришли 35 человек.",
        );
        assert_eq!(f[0].severity, Severity::Error, "{f:?}");
        // An approximation word in the sentence before says nothing either.
        let f = run(
            "Біз үйдің қасында тұрдық. Кейін 30 адам келді.",
            "Мы стояли около дома. Пришли 35 человек.",
        );
        assert_eq!(f[0].severity, Severity::Error, "{f:?}");
        // `30-ға жуық` / `почти 35`: approximate, a warning.
        let f = run("30-ға жуық адам келді.", "Пришли почти 35 человек.");
        assert_eq!(f[0].severity, Severity::Warning, "{f:?}");
        let f = run("100-ге таяу адам келді.", "Пришли около 90 человек.");
        assert_eq!(f[0].severity, Severity::Warning, "{f:?}");
    }

    #[test]
    fn words_near_a_number_stop_at_the_sentence() {
        let t = "Мы были около дома. Пришли почти в 35 человек; потом ушли.";
        let at = t.find("35").unwrap();
        assert_eq!(words_near(t, at, true, 5), ["в", "почти", "пришли"]);
        assert_eq!(words_near(t, at + 2, false, 5), ["человек"]);
        assert_eq!(words_near(t, 0, true, 2), Vec::<String>::new());
        assert_eq!(words_near(t, t.len(), false, 2), Vec::<String>::new());
        let t = "Шамамен 1.5 млн. Одан кейін";
        assert_eq!(words_near(t, t.find(" млн").unwrap(), false, 3), ["млн"]);
    }

    #[test]
    fn both_sides_of_a_size_are_numbers() {
        // akimat/almaty-oblast-2017-0426-112281 ¶36 (public domain), with the size
        // changed on the Kazakh side.
        let kk = "Жиектеме ортасында көлемі - 25х22 миллиметр, Қазақстан Республикасының Мемлекеттік Елтаңбасы бейнеленген.";
        let ru = "В центре рамки размером - 25х25 миллиметра, изображен Государственный Герб Республики Казахстан.";
        assert!(!run(kk, ru).is_empty());
        assert!(run(&kk.replace("25х22", "25х25"), ru).is_empty());
        assert_eq!(values("размер 27x27 мм", Lang::Ru), vec![27.0, 27.0]);
        // A name with digits stays a name.
        assert!(values("самолет A320", Lang::Ru).is_empty());
    }

    #[test]
    fn changed_number_is_an_error() {
        // ntrex128
        let kk = "Оның айтуынша, 540 адам жарақат алған және 29 адам хабар-ошарсыз кеткен.";
        let ru = "всего травмы получили 540 человек, и еще 29 числятся пропавшими.";
        assert!(run(kk, ru).is_empty());
        for changed in ["541", "5400", "640"] {
            let f = run(&kk.replace("540", changed), ru);
            assert_eq!(f.len(), 1, "{changed}");
            assert_eq!(f[0].severity, Severity::Error);
            assert_eq!(f[0].message.id, "numbers-differ");
            let ev = f[0].kk.as_ref().unwrap();
            assert_eq!(&ev.text[ev.marks[0].clone()], changed);
        }
        // Rounding is accepted only where units are converted.
        let f = run("Палудан 301 км қашықтықта", "к 300 км от Палу");
        assert_eq!(f.len(), 1);
        assert!(run("190 миля (301 км) қашықтықта", "к 300 км от Палу").is_empty());
    }

    #[test]
    fn numbers_of_one_paragraph_the_other_side_lacks_are_one_finding() {
        // ntrex128/docs/021_bbc.381746: the Russian headline leaves out the score.
        let kk = "Менганың соққан добы Рейнджерсті артта қалдырып, Ливингстонға 1-0 есебімен жеңіс әкелді";
        let ru = "Победа «Ливингстона» над «Рейнджерс» благодаря меткому голу Менги";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].message.id, "numbers-missing-ru");
        assert_eq!(f[0].message.text("number"), "1, 0");
        let ev = f[0].kk.as_ref().unwrap();
        let marked: Vec<&str> = ev.marks.iter().map(|m| &ev.text[m.clone()]).collect();
        assert_eq!(marked, ["1", "0"]);
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn missing_number_severity() {
        // ntrex128: a precise number dropped while the rest matches → error.
        let kk = "Оның айтуынша, 540 адам жарақат алған және 29 адам хабар-ошарсыз кеткен.";
        let ru = "всего травмы получили 540 человек, и еще многие числятся пропавшими.";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "numbers-missing-ru");
        assert_eq!(f[0].severity, Severity::Error);
        // A single digit dropped is only a warning (often rephrased).
        let kk = "Түскі 2 уақыт шамасында 3 полицей автобусы пайда болды.";
        let ru = "В 2 часа дня на место происшествия прибыли полицейские автобусы.";
        let f = run(kk, ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        // A number on one side with no number at all on the other: warning.
        let kk = "Бүгін таңертең 37 жастағы тележүргізуші Instagram желісінде кететінін жазды.";
        let ru = "Ведущая программы «Этим утром» объявила о своем решении в Инстаграме.";
        assert_eq!(run(kk, ru)[0].severity, Severity::Warning);
    }

    #[test]
    fn config_parses_from_toml() {
        let cfg: NumbersConfig =
            toml::from_str("missing-error-min-digits = 3\nword-numbers = false").unwrap();
        assert_eq!(cfg.missing_error_min_digits, 3);
        assert!(!cfg.word_numbers);
        assert!(toml::from_str::<NumbersConfig>("nope = 1").is_err());
    }
}
