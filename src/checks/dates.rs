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

use super::scan::dates::*;
use super::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
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
#[cfg(test)]
pub(crate) fn check(
    kk: &[&Paragraph],
    ru: &[&Paragraph],
    cfg: &DatesConfig,
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
    // 3. A year may stand as a bare number on the other side (`2030-ға` / `к 2030 г.`),
    // and the first year of a decade as the decade in two digits (`1930 жылы` /
    // `в 30-е годы`).
    let bare = |paras: &[&Paragraph], lang: Lang| -> std::collections::HashSet<i64> {
        let mut out = std::collections::HashSet::new();
        for p in paras {
            for n in crate::checks::scan::numbers::extract(&p.text, lang) {
                if let Some(d) = crate::checks::scan::numbers::short_decade(&p.text, &n, lang) {
                    out.extend(crate::checks::scan::numbers::decade_years(d));
                }
                if n.value.fract() == 0.0 {
                    out.insert(n.value as i64);
                }
            }
        }
        out
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
    //! Sentences from the shared corpus (`../shared/corpus`): NTREX-128 (CC BY-SA 4.0, ntrex128_kk_ru.tsv)
    //! and the Almaty oblast akimat acts (public domain, akimat/*).
    use super::*;

    use crate::checks::testing::pair_plain;

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        pair_plain(kk, ru, |k, r, out| {
            check(k, r, &DatesConfig::default(), out)
        })
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
        // A decade in two digits against its first year (ntrex128/docs/003_nytimes.184853
        // ¶11), and only its first year.
        let kk = "Бастапқы ақ нәсілді әдіскерлік қауым 1930 жылы көшті.";
        let ru = "Первые прихожане методистской церкви покинули приход в 30-е годы прошлого века.";
        assert!(run(kk, ru).is_empty());
        let kk = "Бастапқы ақ нәсілді әдіскерлік қауым 1935 жылы көшті.";
        assert!(!run(kk, ru).is_empty());
        let ru = "Первые прихожане покинули приход 30 лет назад.";
        assert!(!run("Қауым 1930 жылы көшті.", ru).is_empty());
        assert!(run("Қауым 1990 жылы көшті.", "Приход опустел в 90-х годах.").is_empty());
        assert!(!run("Қауым 1930 жылы көшті.", "Отмечалась 30-я годовщина.").is_empty());
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
