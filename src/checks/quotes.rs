//! `quotes`: quotation marks that do not pair up, and quoted passages that one
//! version has and the other has not.
//!
//! Every style is read: « » (and nested „ “), “ ” and straight ". Guillemets and
//! „ tell their direction; “ ” and " are read by their place (after a space or an
//! opening bracket they open, before a space or punctuation they close), because
//! Kazakh texts often write “…“ or ”…”. So a Kazakh “ ” quote and a Russian « »
//! quote count the same.
//!
//! * Balance (warning): a side whose quotes do not close, while the other side's
//!   quotes do. When both sides leave a quote open the same way, the quotation goes
//!   on in the next paragraph, which is normal. Russian typography may close two
//!   nested quotes with one mark (`«Газета «Правда»`); that is accepted.
//! * Count (info): the number of quoted passages differs between the sides.

use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::segment::quotes::{scan, Scan};
use crate::segment::Paragraph;

/// Settings of the `quotes` check (`[checks.quotes]`).
#[derive(Debug, Clone, serde::Deserialize)]
// `default`: a partial section takes the defaults for the keys it leaves out.
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct QuotesConfig {
    /// Report quotes that do not pair up on one side.
    pub balance: bool,
    /// Report a different number of quoted passages, from this difference on
    /// (0 turns the count comparison off).
    pub count_difference: usize,
}

impl Default for QuotesConfig {
    fn default() -> Self {
        QuotesConfig {
            balance: true,
            count_difference: 1,
        }
    }
}

/// Paragraphs a quotation may run on over, before or after the one it is
/// reported at, and still be read as one quotation.
const RUN_ON: usize = 3;

/// A quotation that runs over several paragraphs leaves the first open and the
/// last unopened; read as one stream, the version pairs all its marks. Then an
/// unpaired-quote warning of that side is the flow of a long quotation, which the
/// two versions cut into paragraphs differently: a note. The stream is the whole
/// version, or, when some other quotation of it is broken, the reported
/// paragraph and the next few (a quotation left open) or the few before (one
/// closed that this paragraph did not open). Two faults that make up for each
/// other there (a closing mark missing in one paragraph, the opening one in the
/// next) read as one quotation carried over, as they would in the whole version:
/// marks alone cannot tell them apart.
pub fn settle_long_quotations(kk: &[Paragraph], ru: &[Paragraph], out: &mut [Finding]) {
    let mut balanced: [Option<bool>; 2] = [None, None];
    let pairs_up = |paras: &[Paragraph]| {
        let all: Vec<&Paragraph> = paras.iter().collect();
        let s = scan(&all);
        s.open == 0 && s.stray == 0
    };
    for f in out.iter_mut() {
        if f.check != CheckId::Quotes || f.severity != Severity::Warning {
            continue;
        }
        let (slot, paras, ev) = match (&f.kk, &f.ru) {
            (Some(ev), _) => (&mut balanced[0], kk, ev),
            (None, Some(ev)) => (&mut balanced[1], ru, ev),
            (None, None) => continue,
        };
        let whole = *slot.get_or_insert_with(|| pairs_up(paras));
        let local = || {
            let Some(at) = paras.iter().position(|p| p.number == ev.paragraph) else {
                return false;
            };
            (1..=RUN_ON).any(|k| {
                let run = if f.message.id == "quotes-unclosed" {
                    paras.get(at..=at + k)
                } else {
                    at.checked_sub(k).and_then(|from| paras.get(from..=at))
                };
                run.is_some_and(pairs_up)
            })
        };
        if whole || local() {
            f.severity = Severity::Info;
        }
    }
}

/// Checks one aligned bead for unpaired quotes and for a different number of
/// quoted passages.
pub fn check(kk: &[&Paragraph], ru: &[&Paragraph], cfg: &QuotesConfig, out: &mut Vec<Finding>) {
    let (Some(k0), Some(r0)) = (kk.first(), ru.first()) else {
        return;
    };
    let (sk, sr) = (scan(kk), scan(ru));
    let shape = |s: &Scan| (s.open > 0, s.stray > 0);
    let mut reported = false;
    if cfg.balance && shape(&sk) != shape(&sr) {
        for (lang_kk, s, paras) in [(true, &sk, kk), (false, &sr, ru)] {
            let Some((pi, range)) = s.first_bad.clone() else {
                continue;
            };
            let p = paras[pi];
            let id = if s.open > 0 {
                "quotes-unclosed"
            } else {
                "quotes-unopened"
            };
            let ev = Some(Evidence::new(p, vec![range]));
            let (ek, er) = if lang_kk { (ev, None) } else { (None, ev) };
            out.push(Finding {
                check: CheckId::Quotes,
                severity: Severity::Warning,
                kk: ek,
                ru: er,
                message: Message::new(id).str("lang", if lang_kk { "kk" } else { "ru" }),
            });
            reported = true;
        }
    }
    if !reported
        && cfg.count_difference > 0
        && sk.passages.abs_diff(sr.passages) >= cfg.count_difference
    {
        out.push(Finding {
            check: CheckId::Quotes,
            severity: Severity::Info,
            kk: Some(Evidence::new(k0, Vec::new())),
            ru: Some(Evidence::new(r0, Vec::new())),
            message: Message::new("quotes-count")
                .num("kk", sk.passages as f64)
                .num("ru", sr.passages as f64),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(kk: &str, ru: &str) -> Vec<Finding> {
        crate::checks::testing::pair(kk, ru, |k, r, out| {
            check(k, r, &QuotesConfig::default(), out)
        })
    }

    // ntrex128/docs/001_bbc.381790, paragraph 7.
    const KK: &str = "Уэльс Партиясының ассамблея мүшесі топ, негізінен, “бақытты емес“ деп айтып, басқа баламаларды ұсынды.";
    const RU: &str = "Член Уэльской партии Ассамблеи сказал, что его группа в целом «не довольна» и предложила альтернативы.";

    #[test]
    fn a_quotation_over_two_paragraphs_is_a_note_when_the_version_pairs_its_marks() {
        // ntrex128/docs/015_cbsnews.248384 kk ¶19–20 (a quotation over two
        // paragraphs); the Russian keeps it in one.
        let kk = segment(
            "“Ол елге шындықты айтып тұр деп ойлайсыңдар ма?\n\nМен солай ойлаймын”, – деді ол.",
        );
        let ru = segment(
            "«Вы думаете, он говорит стране правду? Я так думаю», — сказал он.\n\nЭто всё.",
        );
        let mut out = Vec::new();
        check(&[&kk[0]], &[&ru[0]], &QuotesConfig::default(), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Warning);
        settle_long_quotations(&kk, &ru, &mut out);
        assert_eq!(out[0].severity, Severity::Info);
        // A quote that never closes anywhere stays a warning.
        let kk = segment(
            "“Ол елге шындықты айтып тұр деп ойлайсыңдар ма?\n\nМен солай ойлаймын, – деді ол.",
        );
        let mut out = Vec::new();
        check(&[&kk[0]], &[&ru[0]], &QuotesConfig::default(), &mut out);
        settle_long_quotations(&kk, &ru, &mut out);
        assert_eq!(out[0].severity, Severity::Warning);
    }

    #[test]
    fn a_quotation_over_paragraphs_is_a_note_when_it_closes_nearby() {
        // Another quotation of the version is broken (¶3), so the version as a
        // whole does not pair its marks; the one of ¶1 still closes in ¶2.
        let kk = segment(
            "Ол былай деді: \"Кездесу күні әлі белгісіз.\n\nБіз бәрін хабарлаймыз.\"\n\n“Бұл соңғы сөз.",
        );
        let ru = segment(
            "Она сказала: «Дата встречи пока неизвестна».\n\nМы всё сообщим.\n\n«Это последнее слово».",
        );
        let mut out = Vec::new();
        for i in 0..3 {
            check(&[&kk[i]], &[&ru[i]], &QuotesConfig::default(), &mut out);
        }
        let warned = |out: &[Finding]| -> Vec<usize> {
            out.iter()
                .filter(|f| f.severity == Severity::Warning)
                .filter_map(|f| f.kk.as_ref().map(|e| e.paragraph))
                .collect()
        };
        assert_eq!(warned(&out), [1, 2, 3], "{out:?}");
        settle_long_quotations(&kk, &ru, &mut out);
        assert_eq!(warned(&out), [3], "{out:?}");
    }

    #[test]
    fn a_mark_right_after_an_opening_one_opens_a_quotation_inside_it() {
        let kk = "““Жоспарды орындай аламыз ба?” деген сұрақ бәрін шешеді.\"";
        let s = scan(&[&segment(kk)[0]]);
        assert_eq!((s.passages, s.open, s.stray), (2, 0, 0));
        // Empty quotation marks are one quotation, closed.
        for kk in [
            "Бос жол \"\" деп белгіленеді.",
            "Бос жол “” деп белгіленеді.",
        ] {
            let s = scan(&[&segment(kk)[0]]);
            assert_eq!((s.open, s.stray), (0, 0), "{kk}");
        }
    }

    #[test]
    fn a_quotation_left_open_is_not_closed_by_a_name_quoted_in_the_next_paragraph() {
        let ru = segment(
            "Министр заявил: «Мы завершим проект в срок.\n\nОб этом сообщает газета «Егемен Казахстан».",
        );
        let s = scan(&[&ru[0], &ru[1]]);
        assert_eq!((s.open, s.stray), (1, 0));
        // Inside one paragraph, one mark may close both (`«Газета «Правда»`).
        let ru = segment("Об этом пишет «Газета «Правда».");
        assert_eq!(scan(&[&ru[0]]).open, 0);
    }

    #[test]
    fn different_styles_balance_and_count_the_same() {
        assert!(run(KK, RU).is_empty());
        // ntrex128/docs/027_cnn.304479 ru: nested „“ inside «».
        let ru = "Дональд Трамп: «На Кавано „обрушилась вся ненависть, вся злоба“ демократов»";
        let s = scan(&[&segment(ru)[0]]);
        assert_eq!((s.passages, s.open, s.stray), (2, 0, 0));
    }

    #[test]
    fn unclosed_guillemet_on_one_side_warns() {
        let ru = RU.replace("не довольна»", "не довольна");
        let f = run(KK, &ru);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].message.id, "quotes-unclosed");
        let ev = f[0].ru.as_ref().unwrap();
        assert_eq!(&ev.text[ev.marks[0].clone()], "«");
    }

    #[test]
    fn quotation_going_on_in_the_next_paragraph_on_both_sides_is_normal() {
        // ntrex128/docs/007_cnbc.com.6790, a quote split over two segments.
        let kk = "“Біз Солтүстік Кореямен соғысуға бел буғанбыз.";
        let ru = "«Мы были на грани войны с Северной Кореей.";
        assert!(run(kk, ru).is_empty());
        let kk = "Қазір біз осындай тамаша қарым-қатынастамыз.”";
        let ru = "А сейчас у нас прекрасные отношения».";
        assert!(run(kk, ru).is_empty());
    }

    #[test]
    fn merged_closing_of_nested_guillemets_is_accepted() {
        // ntrex128/docs/073_bbc.381661 ru.
        let ru =
            "«Я не мог сказать ему «Пап, тебя тогда уже не будет рядом», — рассказывает Дейли.";
        let s = scan(&[&segment(ru)[0]]);
        assert_eq!((s.open, s.stray), (0, 0));
    }

    #[test]
    fn missing_quotation_is_info() {
        let kk = KK.replace(['“'], "");
        let f = run(&kk, RU);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(f[0].message.id, "quotes-count");
    }

    /// A huge paragraph of unclosed quotes (nesting deeper than tracked) is read
    /// to its end and reported. A scan that were not linear would not end in the
    /// test run; the clock is not asked (results never depend on a machine's speed).
    #[test]
    fn a_huge_paragraph_with_unclosed_quotes_is_linear() {
        let kk = "“сөз «сөз „сөз ".repeat(300_000);
        let f = run(&kk, "слово");
        assert_eq!(f[0].message.id, "quotes-unclosed");
    }

    #[test]
    fn inches_are_not_quotes() {
        let s = scan(&[&segment("экран 10\" дюйм")[0]]);
        assert_eq!(s, Scan::default());
    }
}
