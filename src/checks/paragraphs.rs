//! Paragraph correspondence: what the aligner could not pair one to one.
//!
//! * a paragraph with no counterpart on the other side → `error`
//!   (`paragraphs-missing-in-ru`, `paragraphs-missing-in-kk`); the evidence of the
//!   other side is its paragraph just before the gap (or just after, at the start),
//!   to show where the missing text belongs;
//! * two paragraphs on one side that are one on the other → `info`
//!   (`paragraphs-merged-in-ru`, `paragraphs-merged-in-kk`), and two that are
//!   divided differently on both sides → `info` (`paragraphs-regrouped`).

use super::{CheckId, Evidence, Finding, Message, Severity};
use crate::align::{Alignment, Bead};
use crate::segment::Paragraph;

/// Reports the beads of `alignment` that are not one to one.
pub fn check(kk: &[Paragraph], ru: &[Paragraph], alignment: &Alignment, out: &mut Vec<Finding>) {
    let beads = &alignment.beads;
    let mut skip_until = 0;
    for (at, bead) in beads.iter().enumerate() {
        if at < skip_until {
            continue;
        }
        match (bead.kk.as_slice(), bead.ru.as_slice()) {
            ([_], [_]) | ([], []) => {}
            (_, []) | ([], _) => {
                // A run of paragraphs missing on the same side (an unfinished
                // translation) is one finding, not one per paragraph.
                let kk_side = bead.ru.is_empty();
                let lone = |b: &Bead| {
                    if kk_side {
                        b.ru.is_empty() && !b.kk.is_empty()
                    } else {
                        b.kk.is_empty() && !b.ru.is_empty()
                    }
                };
                let end = at + beads[at..].iter().take_while(|b| lone(b)).count();
                skip_until = end;
                let numbers: Vec<usize> = beads[at..end]
                    .iter()
                    .flat_map(|b| if kk_side { b.kk.iter() } else { b.ru.iter() })
                    .copied()
                    .collect();
                missing(kk, ru, beads, at, kk_side, &numbers, out);
            }
            (k, r) => {
                let (k1, k2) = (k[0], k[k.len() - 1]);
                let (r1, r2) = (r[0], r[r.len() - 1]);
                let message = if r.len() == 1 {
                    Message::new("paragraphs-merged-in-ru")
                        .num("kk", k1 as f64)
                        .num("kk2", k2 as f64)
                        .num("ru", r1 as f64)
                } else if k.len() == 1 {
                    Message::new("paragraphs-merged-in-kk")
                        .num("kk", k1 as f64)
                        .num("ru", r1 as f64)
                        .num("ru2", r2 as f64)
                } else {
                    Message::new("paragraphs-regrouped")
                        .num("kk", k1 as f64)
                        .num("kk2", k2 as f64)
                        .num("ru", r1 as f64)
                        .num("ru2", r2 as f64)
                };
                out.push(Finding {
                    check: CheckId::Paragraphs,
                    severity: Severity::Info,
                    kk: by_number(kk, k1).map(|p| Evidence::new(p, Vec::new())),
                    ru: by_number(ru, r1).map(|p| Evidence::new(p, Vec::new())),
                    message,
                });
            }
        }
    }
}

/// Findings for paragraphs of one side (`kk_side`: the Kazakh one) that have no
/// counterpart, starting at bead `at`: one each, or one for a run of three or more.
fn missing(
    kk: &[Paragraph],
    ru: &[Paragraph],
    beads: &[Bead],
    at: usize,
    kk_side: bool,
    numbers: &[usize],
    out: &mut Vec<Finding>,
) {
    let (this, other) = if kk_side { (kk, ru) } else { (ru, kk) };
    let context = if kk_side {
        neighbour(beads, at, |b| &b.ru)
    } else {
        neighbour(beads, at, |b| &b.kk)
    }
    .and_then(|n| by_number(other, n))
    .map(|c| Evidence::new(c, Vec::new()));
    let finding = |p: &Paragraph, message: Message| {
        let lone = Some(Evidence::new(p, Vec::new()));
        let (kk_ev, ru_ev) = if kk_side {
            (lone, context.clone())
        } else {
            (context.clone(), lone)
        };
        Finding {
            check: CheckId::Paragraphs,
            severity: Severity::Error,
            kk: kk_ev,
            ru: ru_ev,
            message,
        }
    };
    let (one, run, key, key2) = if kk_side {
        (
            "paragraphs-missing-in-ru",
            "paragraphs-run-missing-in-ru",
            "kk",
            "kk2",
        )
    } else {
        (
            "paragraphs-missing-in-kk",
            "paragraphs-run-missing-in-kk",
            "ru",
            "ru2",
        )
    };
    if numbers.len() >= 3 {
        let (first, last) = (numbers[0], numbers[numbers.len() - 1]);
        if let Some(p) = by_number(this, first) {
            let message = Message::new(run)
                .num(key, first as f64)
                .num(key2, last as f64)
                .num("count", numbers.len() as f64);
            out.push(finding(p, message));
        }
        return;
    }
    for &n in numbers {
        if let Some(p) = by_number(this, n) {
            out.push(finding(p, Message::new(one).num(key, n as f64)));
        }
    }
}

/// The paragraph of one side next to the gap at bead `at`: the last one before it,
/// or, at the start of the document, the first one after it.
fn neighbour(beads: &[Bead], at: usize, side: impl Fn(&Bead) -> &Vec<usize>) -> Option<usize> {
    beads[..at]
        .iter()
        .rev()
        .find_map(|b| side(b).last().copied())
        .or_else(|| {
            beads[at + 1..]
                .iter()
                .find_map(|b| side(b).first().copied())
        })
}

/// The paragraph numbered `n` (paragraphs are numbered from 1 in order).
fn by_number(paragraphs: &[Paragraph], n: usize) -> Option<&Paragraph> {
    match paragraphs.get(n.wrapping_sub(1)) {
        Some(p) if p.number == n => Some(p),
        _ => paragraphs
            .binary_search_by_key(&n, |p| p.number)
            .ok()
            .map(|i| &paragraphs[i]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    // Sentences from corpus/akimat/almaty-oblast-2022-0401-166388 (public domain).
    const KK: &str = "# Жеңілдікпен жол жүруі туралы\n\n2. Осы шешімнің орындалуын бақылау «Алматы облысының білім басқармасы» мемлекеттік мекемесіне жүктелсін.\n\n3. Осы шешім оның алғашқы ресми жарияланған күннен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\nАлматы облыстық мәслихатының хатшысы\n";
    const RU: &str = "# О льготном проезде\n\n2. Контроль за исполнением данного решения возложить на государственное учреждение «Управление образования Алматинской области».\n\n3. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n\nСекретарь Алматинского областного маслихата\n";

    fn bead(kk: &[usize], ru: &[usize]) -> Bead {
        Bead {
            kk: kk.to_vec(),
            ru: ru.to_vec(),
        }
    }

    #[test]
    fn one_to_one_gives_nothing() {
        let (kk, ru) = (segment(KK), segment(RU));
        let a = Alignment {
            beads: (1..=4).map(|n| bead(&[n], &[n])).collect(),
        };
        let mut out = Vec::new();
        check(&kk, &ru, &a, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn a_lone_paragraph_is_an_error_with_context() {
        let (kk, ru) = (segment(KK), segment(RU));
        // Russian ¶3 has no Kazakh counterpart; Kazakh ¶3 goes with Russian ¶4.
        let a = Alignment {
            beads: vec![
                bead(&[1], &[1]),
                bead(&[2], &[2]),
                bead(&[], &[3]),
                bead(&[3], &[4]),
            ],
        };
        let mut out = Vec::new();
        check(&kk[..3], &ru, &a, &mut out);
        assert_eq!(out.len(), 1);
        let f = &out[0];
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(f.message.id, "paragraphs-missing-in-kk");
        assert_eq!(f.ru.as_ref().unwrap().paragraph, 3);
        assert_eq!(f.kk.as_ref().unwrap().paragraph, 2);
        assert_eq!(f.message.args, vec![("ru", crate::checks::Value::Num(3.0))]);
    }

    #[test]
    fn missing_at_the_start_takes_the_next_paragraph_as_context() {
        let (kk, ru) = (segment(KK), segment(RU));
        let a = Alignment {
            beads: vec![bead(&[1], &[]), bead(&[2], &[1])],
        };
        let mut out = Vec::new();
        check(&kk[..2], &ru[..1], &a, &mut out);
        assert_eq!(out[0].message.id, "paragraphs-missing-in-ru");
        assert_eq!(out[0].ru.as_ref().unwrap().paragraph, 1);
    }

    #[test]
    fn an_unfinished_translation_is_one_finding() {
        let (kk, ru) = (segment(KK), segment(RU));
        // Only the title is translated: Kazakh ¶2–4 have no counterpart.
        let a = Alignment {
            beads: vec![
                bead(&[1], &[1]),
                bead(&[2], &[]),
                bead(&[3], &[]),
                bead(&[4], &[]),
            ],
        };
        let mut out = Vec::new();
        check(&kk, &ru[..1], &a, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].message.id, "paragraphs-run-missing-in-ru");
        assert_eq!(out[0].kk.as_ref().unwrap().paragraph, 2);
        assert_eq!(out[0].ru.as_ref().unwrap().paragraph, 1);
        let count = out[0]
            .message
            .args
            .iter()
            .find(|(k, _)| *k == "count")
            .map(|(_, v)| v.clone());
        assert_eq!(count, Some(crate::checks::Value::Num(3.0)));
        // Two in a row stay two findings, each naming its paragraph.
        let a = Alignment {
            beads: vec![
                bead(&[1], &[1]),
                bead(&[2], &[]),
                bead(&[3], &[]),
                bead(&[4], &[2]),
            ],
        };
        let mut out = Vec::new();
        check(&kk, &ru[..2], &a, &mut out);
        let ids: Vec<_> = out
            .iter()
            .map(|f| (f.message.id, f.kk.as_ref().unwrap().paragraph))
            .collect();
        assert_eq!(
            ids,
            [
                ("paragraphs-missing-in-ru", 2),
                ("paragraphs-missing-in-ru", 3)
            ]
        );
    }

    #[test]
    fn merges_and_regroupings_are_info() {
        let (kk, ru) = (segment(KK), segment(RU));
        let a = Alignment {
            beads: vec![bead(&[1, 2], &[1]), bead(&[3], &[2, 3]), bead(&[4], &[4])],
        };
        let mut out = Vec::new();
        check(&kk, &ru, &a, &mut out);
        let ids: Vec<_> = out.iter().map(|f| (f.severity, f.message.id)).collect();
        assert_eq!(
            ids,
            vec![
                (Severity::Info, "paragraphs-merged-in-ru"),
                (Severity::Info, "paragraphs-merged-in-kk")
            ]
        );
        let a = Alignment {
            beads: vec![bead(&[1], &[1]), bead(&[2, 3], &[2, 3]), bead(&[4], &[4])],
        };
        out.clear();
        check(&kk, &ru, &a, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].message.id, "paragraphs-regrouped");
        assert_eq!(out[0].message.args.len(), 4);
    }
}
