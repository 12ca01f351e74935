//! Runs every check over one article: aligns the two versions, then runs the pair
//! checks on each bead and the one-side checks on each paragraph and version.

use super::config::ChecksConfig;
use super::glossary::{Glossary, PreparedGlossary};
use super::scan::letters::{self, Word};
use super::{
    credits, dates, empty, glossary, language, latin, length, lookalike, names, numbers,
    paragraphs, quotes, scan, untranslated, CheckId, Finding, Severity,
};
use crate::align::{self, LengthModel};
use crate::lang::Lang;
use crate::segment::Paragraph;

/// What the checks share across an archive: the thresholds, the glossary, prepared
/// once, and the aligner's word tables.
#[derive(Debug)]
pub struct Checker {
    pub config: ChecksConfig,
    pub glossary: PreparedGlossary,
    /// The embedded word table, plus what the archive learned
    /// (`workflow::learned`).
    pub words: align::WordTable,
}

impl Checker {
    /// A checker with the embedded word table alone.
    pub fn new(config: ChecksConfig, glossary: &Glossary) -> Checker {
        Checker {
            config,
            glossary: glossary.prepare(),
            words: align::WordTable::embedded().clone(),
        }
    }

    /// The same checker with these word tables.
    pub fn with_words(self, words: align::WordTable) -> Checker {
        Checker { words, ..self }
    }
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new(ChecksConfig::default(), &Glossary::default())
    }
}

/// One article's versions and what the checks need to know about it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleInput<'a> {
    pub kk: &'a [Paragraph],
    pub ru: &'a [Paragraph],
    /// The language of the original.
    pub source: Lang,
    /// The translator of the last `translated` entry of the ledger.
    pub translator: Option<&'a str>,
}

impl ArticleInput<'_> {
    fn side(&self, lang: Lang) -> &[Paragraph] {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }
}

/// Every finding of every check on one article, in paragraph order.
pub fn check_article(input: &ArticleInput, checker: &Checker) -> Vec<Finding> {
    let cfg = &checker.config;
    let on = |id: CheckId| !cfg.disable.contains(&id);
    let target = input.source.other();
    let (alignment, credit_lines) = align_with_credits(input.kk, input.ru, &checker.words);
    let mut out = Vec::new();
    // The translator's credit line ("Перевод: …"), by the built-in labels: read
    // by the paragraphs check and (without configured labels) the credits check.
    let credit = (on(CheckId::Paragraphs) || on(CheckId::Credits))
        .then(|| credits::find_credit(input.side(target), &[]))
        .flatten();
    if on(CheckId::Paragraphs) {
        paragraphs::check(input.kk, input.ru, &alignment, &mut out);
        // A credit line standing alone has no counterpart to have.
        for &(lang, n) in &credit_lines {
            let missing = match lang {
                Lang::Kk => "paragraphs-missing-in-ru",
                Lang::Ru => "paragraphs-missing-in-kk",
            };
            out.retain(|f| {
                !(f.check == CheckId::Paragraphs
                    && f.message.id == missing
                    && f.side(lang).is_some_and(|e| e.paragraph == n)
                    && stands_alone(lang, n, &alignment))
            });
        }
    }
    // The words of every paragraph, read once for the checks that look at each.
    let read_words = [
        CheckId::Latin,
        CheckId::Untranslated,
        CheckId::Lookalike,
        CheckId::Language,
    ]
    .into_iter()
    .any(on);
    let words = |paras: &[Paragraph]| -> Vec<Vec<Word>> {
        if read_words {
            paras.iter().map(|p| letters::words(&p.text)).collect()
        } else {
            vec![Vec::new(); paras.len()]
        }
    };
    let (kk_words, ru_words) = (words(input.kk), words(input.ru));
    let mut names_ctx = names::Context::new(input.kk, input.ru);
    let styles = if on(CheckId::Length) {
        [
            length::ends_sentences(input.kk),
            length::ends_sentences(input.ru),
        ]
    } else {
        [false; 2]
    };
    for bead in &alignment.beads {
        let (kk, kk_w) = bead_side(&bead.kk, input.kk, &kk_words);
        let (ru, ru_w) = bead_side(&bead.ru, input.ru, &ru_words);
        if kk.is_empty() || ru.is_empty() {
            continue;
        }
        if on(CheckId::Numbers) || on(CheckId::Dates) {
            // Both read the same tokens and dates: made once.
            let scans = [
                scan::dates::scan_side(&kk, Lang::Kk),
                scan::dates::scan_side(&ru, Lang::Ru),
            ];
            if on(CheckId::Numbers) {
                numbers::check_scanned(&kk, &ru, &scans, &cfg.numbers, &mut out);
            }
            if on(CheckId::Dates) {
                dates::check_scanned(&kk, &ru, &scans, &cfg.dates, &mut out);
            }
        }
        if on(CheckId::Latin) {
            latin::check_words(&kk, &ru, [&kk_w, &ru_w], &cfg.latin, &mut out);
        }
        if on(CheckId::Names) {
            names::check(&kk, &ru, &cfg.names, &mut names_ctx, &mut out);
        }
        if on(CheckId::Untranslated) {
            let words = Some([kk_w.as_slice(), ru_w.as_slice()]);
            untranslated::check_words(&kk, &ru, words, &cfg.untranslated, &mut out);
        }
        if on(CheckId::Quotes) {
            quotes::check(&kk, &ru, &cfg.quotes, &mut out);
        }
        if on(CheckId::Length) {
            let before = out.len();
            length::check(&kk, &ru, &LengthModel::FITTED, &cfg.length, &mut out);
            // A paragraph cut mid-sentence, unless the lengths already tell.
            if out.len() == before {
                length::check_cut(&kk, &ru, &LengthModel::FITTED, styles, &mut out);
            }
        }
        if on(CheckId::Glossary) && !checker.glossary.is_empty() {
            glossary::check_prepared(&kk, &ru, &checker.glossary, &cfg.glossary, &mut out);
        }
    }
    if on(CheckId::Names) {
        names::one_finding_per_name(&mut out);
    }
    if on(CheckId::Quotes) {
        quotes::settle_long_quotations(input.kk, input.ru, &mut out);
    }
    for lang in Lang::ALL {
        let paras = input.side(lang);
        if on(CheckId::Empty) {
            empty::check(paras, lang, &cfg.empty, &mut out);
        }
        let words = match lang {
            Lang::Kk => &kk_words,
            Lang::Ru => &ru_words,
        };
        for (p, words) in paras.iter().zip(words) {
            if on(CheckId::Lookalike) {
                lookalike::check_words(p, words, lang, &cfg.lookalike, &mut out);
            }
            let outcome = if on(CheckId::Language) {
                language::check_words(p, words, lang, &cfg.language, &mut out)
            } else if on(CheckId::Untranslated) {
                let ev = language::LangEvidence::of_words(&p.text, words);
                language::Outcome {
                    found: false,
                    other: language::other_evidence(&ev, lang),
                }
            } else {
                continue;
            };
            // A sentence copied from the other version: only where the paragraph
            // shows some of the other language and nothing was reported yet.
            if on(CheckId::Untranslated) && !outcome.found && outcome.other >= 1 {
                let counterparts = counterparts(&alignment, input, lang, p.number);
                untranslated::check_copied_sentence(p, words, lang, &counterparts, &mut out);
            }
        }
    }
    if on(CheckId::Lookalike) {
        lookalike::one_finding_per_side(&mut out);
    }
    if on(CheckId::Credits) {
        let found = if cfg.credits.labels.is_empty() {
            credit
        } else {
            credits::find_credit(input.side(target), &cfg.credits.labels)
        };
        credits::check_found(
            input.side(target),
            target,
            input.translator,
            &cfg.credits,
            found,
            &mut out,
        );
    }
    sort(&mut out, input.source);
    out
}

/// The paragraphs of one side of a bead (numbered from 1), with their words.
fn bead_side<'p>(
    numbers: &[usize],
    paras: &'p [Paragraph],
    words: &'p [Vec<Word>],
) -> (Vec<&'p Paragraph>, Vec<&'p [Word]>) {
    numbers
        .iter()
        .filter_map(|n| {
            let i = n.checked_sub(1)?;
            Some((paras.get(i)?, words.get(i)?.as_slice()))
        })
        .unzip()
}

/// The paragraphs of both versions paired by the aligner, with the credit lines
/// ("Перевод: …", "Аударған: …") it found: a credit line translates nothing, so
/// one that the aligner paired with body text of the other version is given a bead
/// of its own, and the body paragraph is left without counterpart, as it is.
pub fn align_with_credits(
    kk: &[Paragraph],
    ru: &[Paragraph],
    words: &align::WordTable,
) -> (align::Alignment, Vec<(Lang, usize)>) {
    let mut alignment = align::align_with(kk, ru, &LengthModel::FITTED, words);
    let credit_lines: Vec<(Lang, usize)> = [(Lang::Kk, kk), (Lang::Ru, ru)]
        .into_iter()
        .filter_map(|(lang, side)| {
            let (i, _) = credits::find_credit(side, &[])?;
            (side[i].text.chars().count() <= MAX_CREDIT_CHARS).then_some((lang, side[i].number))
        })
        .collect();
    for &(lang, n) in &credit_lines {
        let other_credit = credit_lines
            .iter()
            .find(|(l, _)| *l != lang)
            .map(|(_, m)| *m);
        split_credit_line(&mut alignment, lang, n, other_credit);
    }
    (alignment, credit_lines)
}

/// Longest paragraph read as a credit line of its own (longer: body text that
/// happens to name its translator).
const MAX_CREDIT_CHARS: usize = 160;

/// Takes credit line `n` of version `lang` out of a bead it shares with body text
/// of the other version (not with the other version's own credit line), into a
/// bead of its own right after it.
fn split_credit_line(
    alignment: &mut align::Alignment,
    lang: Lang,
    n: usize,
    other_credit: Option<usize>,
) {
    fn sides(b: &mut align::Bead, lang: Lang) -> (&mut Vec<usize>, &mut Vec<usize>) {
        match lang {
            Lang::Kk => (&mut b.kk, &mut b.ru),
            Lang::Ru => (&mut b.ru, &mut b.kk),
        }
    }
    let Some(at) = alignment.beads.iter_mut().position(|b| {
        let (mine, other) = sides(b, lang);
        mine.contains(&n) && !other.is_empty() && other_credit.is_none_or(|m| !other.contains(&m))
    }) else {
        return;
    };
    let (mine, _) = sides(&mut alignment.beads[at], lang);
    mine.retain(|&m| m != n);
    let alone = match lang {
        Lang::Kk => align::Bead {
            kk: vec![n],
            ru: Vec::new(),
        },
        Lang::Ru => align::Bead {
            kk: Vec::new(),
            ru: vec![n],
        },
    };
    alignment.beads.insert(at + 1, alone);
}

/// The paragraphs of the other version that the aligner paired with paragraph
/// `n` of version `lang`.
fn counterparts<'a>(
    alignment: &align::Alignment,
    input: &ArticleInput<'a>,
    lang: Lang,
    n: usize,
) -> Vec<&'a Paragraph> {
    let other: &'a [Paragraph] = match lang {
        Lang::Kk => input.ru,
        Lang::Ru => input.kk,
    };
    let Some(bead) = alignment.beads.iter().find(|b| match lang {
        Lang::Kk => b.kk.contains(&n),
        Lang::Ru => b.ru.contains(&n),
    }) else {
        return Vec::new();
    };
    let numbers = match lang {
        Lang::Kk => &bead.ru,
        Lang::Ru => &bead.kk,
    };
    numbers
        .iter()
        .filter_map(|m| other.get(m.checked_sub(1)?))
        .collect()
}

/// Whether paragraph `n` of version `lang` stands alone in its bead.
fn stands_alone(lang: Lang, n: usize, alignment: &align::Alignment) -> bool {
    alignment.beads.iter().any(|b| {
        let (mine, other) = match lang {
            Lang::Kk => (&b.kk, &b.ru),
            Lang::Ru => (&b.ru, &b.kk),
        };
        other.is_empty() && mine.as_slice() == [n]
    })
}

/// Orders findings by the paragraph they concern (the original's number first),
/// then by check, keeping each check's own order.
fn sort(findings: &mut [Finding], source: Lang) {
    let key = |f: &Finding| {
        let first = f
            .side(source)
            .or(f.side(source.other()))
            .map_or(0, |e| e.paragraph);
        (first, f.check)
    };
    findings.sort_by_key(key);
}

/// Keeps findings at or above a severity.
pub fn at_least(findings: Vec<Finding>, min: Severity) -> Vec<Finding> {
    findings.into_iter().filter(|f| f.severity >= min).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    // Sentences of NTREX-128 document 002_rt.com.91337 (CC BY-SA 4.0; see
    // tests/fixtures/LICENSES.md), and the seed's credit line.
    const KK: &str = "# Македония референдумы\n\n\
        Македония премьер-министрі Зоран Заев референдумның нәтижесін құптады.\n\n\
        Сайлаушылардың 36 пайызы ғана дауыс берді.\n\n\
        Оппозиция референдумды бойкоттауға шақырған еді.\n";
    const RU: &str = "# Референдум в Македонии\n\n\
        Премьер-министр Македонии Зоран Заев приветствовал итоги референдума.\n\n\
        Проголосовали лишь 36 процентов избирателей.\n\n\
        Перевод: Дамир Омаров\n";

    fn findings(kk: &str, ru: &str) -> Vec<Finding> {
        let (kk, ru) = (segment(kk), segment(ru));
        let input = ArticleInput {
            kk: &kk,
            ru: &ru,
            source: Lang::Kk,
            translator: Some("Дамир Омаров"),
        };
        check_article(&input, &Checker::default())
    }

    #[test]
    fn a_credit_line_never_stands_for_an_untranslated_paragraph() {
        let f = findings(KK, RU);
        let missing: Vec<_> = f
            .iter()
            .filter(|f| f.check == CheckId::Paragraphs && f.severity == Severity::Error)
            .collect();
        assert_eq!(missing.len(), 1, "{f:#?}");
        assert_eq!(missing[0].side(Lang::Kk).map(|e| e.paragraph), Some(4));
        assert_eq!(missing[0].message.id, "paragraphs-missing-in-ru");
    }

    #[test]
    fn a_credit_line_beside_a_complete_translation_is_no_finding() {
        let ru = RU.replace(
            "Перевод: Дамир Омаров",
            "Оппозиция призывала бойкотировать референдум.\n\nПеревод: Дамир Омаров",
        );
        let f = findings(KK, &ru);
        assert!(!f.iter().any(|f| f.check == CheckId::Paragraphs), "{f:#?}");
    }
}
