//! Measuring the checks: defects injected into clean kk/ru pairs, and the error
//! rate on untouched pairs. Used by `examples/check_eval.rs` (the figures) and by
//! a unit test that holds the floor on a few corpus documents.
//!
//! Every injection is deterministic (the seeded generator of `rng.rs`) and names the check that
//! must catch it and the paragraph it touched.

use qostil::checks::runner::{check_article, ArticleInput, Checker};
use qostil::checks::{CheckId, Finding, Severity};
use qostil::lang::{is_cyrillic, Lang};
use qostil::segment::segment;

/// A kk/ru document pair as plain paragraphs (the corpus format: one blank line
/// between paragraphs).
#[derive(Debug, Clone)]
pub struct Pair {
    pub name: String,
    pub kk: Vec<String>,
    pub ru: Vec<String>,
}

impl Pair {
    /// Reads a corpus folder holding `kk.txt` and `ru.txt`.
    pub fn read(dir: &std::path::Path) -> std::io::Result<Pair> {
        let (kk, ru) = super::corpus::read_doc(dir)?;
        Ok(Pair {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            kk,
            ru,
        })
    }

    /// The Markdown of one side: the first paragraph as the `# ` title.
    pub fn markdown(paras: &[String]) -> String {
        let mut out = String::new();
        for (i, p) in paras.iter().enumerate() {
            if i == 0 {
                out.push_str("# ");
            }
            out.push_str(&escape(p));
            out.push_str("\n\n");
        }
        out
    }

    /// Runs every check on the pair (kk as the original).
    pub fn check(&self, checker: &Checker) -> Vec<Finding> {
        let kk = segment(&Pair::markdown(&self.kk));
        let ru = segment(&Pair::markdown(&self.ru));
        check_article(
            &ArticleInput {
                kk: &kk,
                ru: &ru,
                source: Lang::Kk,
                translator: None,
            },
            checker,
        )
    }
}

/// Keeps plain text from being read as Markdown structure.
fn escape(p: &str) -> String {
    let mut s = p.to_string();
    let first = s.chars().next();
    if matches!(first, Some('#' | '>' | '-' | '*' | '+' | '=' | '|')) {
        s.insert(0, '\\');
    }
    if let Some(dot) = s.find(". ") {
        if dot > 0 && dot < 10 && s[..dot].chars().all(|c| c.is_ascii_digit()) {
            s.insert(dot, '\\');
        }
    }
    s
}

/// The kinds of defect injected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Defect {
    Number,
    DeletedParagraph,
    Date,
    LatinToken,
    OtherLanguage,
    Lookalike,
    Name,
    Truncated,
    /// A sentence of the other language in a paragraph: one left untranslated, or
    /// appended from the counterpart or from elsewhere in the other version.
    OtherSentence,
    /// Robustness only ([`Defect::ROBUSTNESS`]): a name replaced, as by
    /// [`Defect::Name`], with a foreign name instead of a Kazakh or Russian one.
    NameForeign,
    /// Robustness only: one consonant of a name's stem replaced (`Индонезия` →
    /// `Индотезия`), a typo the other version does not share.
    NameTypo,
}

impl Defect {
    pub const ALL: [Defect; 9] = [
        Defect::Number,
        Defect::DeletedParagraph,
        Defect::Date,
        Defect::LatinToken,
        Defect::OtherLanguage,
        Defect::Lookalike,
        Defect::Name,
        Defect::Truncated,
        Defect::OtherSentence,
    ];

    /// Other ways to change a name, measured apart from [`Defect::ALL`] (whose
    /// figures they leave as they were): `ROBUSTNESS=1 cargo run --release
    /// --example check_eval`.
    pub const ROBUSTNESS: [Defect; 2] = [Defect::NameForeign, Defect::NameTypo];

    pub fn name(self) -> &'static str {
        match self {
            Defect::Number => "changed number",
            Defect::DeletedParagraph => "deleted paragraph",
            Defect::Date => "changed date",
            Defect::LatinToken => "changed Latin token",
            Defect::OtherLanguage => "paragraph in the other language",
            Defect::Lookalike => "Latin look-alike letters",
            Defect::Name => "changed name",
            Defect::Truncated => "truncated paragraph",
            Defect::OtherSentence => "sentence in the other language",
            Defect::NameForeign => "name replaced by a foreign name",
            Defect::NameTypo => "one consonant of a name changed",
        }
    }

    /// The checks that may catch this defect.
    pub fn checks(self) -> &'static [CheckId] {
        match self {
            // A number inside a date is the dates check's; one inside a code (F125), latin's.
            Defect::Number => &[CheckId::Numbers, CheckId::Dates, CheckId::Latin],
            Defect::DeletedParagraph => &[CheckId::Paragraphs],
            Defect::Date => &[CheckId::Dates],
            Defect::LatinToken => &[CheckId::Latin],
            Defect::OtherLanguage => &[CheckId::Language, CheckId::Untranslated],
            Defect::Lookalike => &[CheckId::Lookalike],
            Defect::Name | Defect::NameForeign | Defect::NameTypo => &[CheckId::Names],
            Defect::Truncated => &[CheckId::Length, CheckId::Paragraphs],
            Defect::OtherSentence => &[CheckId::Language, CheckId::Untranslated],
        }
    }
}

/// One injected defect: the changed pair, the side and the paragraph (index from 0
/// in the corpus paragraphs; the title is 0) it touched.
#[derive(Debug, Clone)]
pub struct Injection {
    pub defect: Defect,
    pub pair: Pair,
    pub side: Lang,
    pub index: usize,
}

pub use super::rng::Rng;

/// Injects one defect of a kind into a copy of `pair`, if the pair offers a place
/// for it (a number to change needs a number on both sides …).
pub fn inject(pair: &Pair, defect: Defect, rng: &mut Rng) -> Option<Injection> {
    let side = if rng.below(2) == 0 {
        Lang::Kk
    } else {
        Lang::Ru
    };
    let n = pair.kk.len().min(pair.ru.len());
    if n < 3 || pair.kk.len() != pair.ru.len() {
        return None;
    }
    let mut out = pair.clone();
    let (this, other) = match side {
        Lang::Kk => (&mut out.kk, &pair.ru),
        Lang::Ru => (&mut out.ru, &pair.kk),
    };
    // Candidate paragraphs (not the title for most defects), tried from a random start.
    let start = rng.below(n);
    let order: Vec<usize> = (0..n).map(|i| (start + i) % n).collect();
    for &i in &order {
        let p = this[i].clone();
        let q = &other[i];
        let changed = match defect {
            Defect::Number => change_number(&p, q, rng),
            Defect::Date => change_year(&p, q),
            Defect::LatinToken => change_latin(&p, q, rng),
            Defect::Lookalike => lookalike(&p, rng),
            Defect::Name | Defect::NameForeign | Defect::NameTypo => {
                change_name(&p, q, defect, side, rng)
            }
            Defect::Truncated => truncate(&p),
            Defect::OtherLanguage => (i > 0 && words(&p) >= 6).then(|| q.clone()),
            Defect::OtherSentence => other_sentence(&p, other, i, rng),
            Defect::DeletedParagraph => {
                if i == 0 || words(&p) < 4 {
                    None
                } else {
                    this.remove(i);
                    return Some(Injection {
                        defect,
                        pair: out,
                        side,
                        index: i,
                    });
                }
            }
        };
        if let Some(c) = changed {
            this[i] = c;
            return Some(Injection {
                defect,
                pair: out,
                side,
                index: i,
            });
        }
    }
    None
}

/// Whether the findings catch the injection: a finding of one of the defect's
/// checks that points at the touched paragraph (or its neighbour, for deletions).
pub fn caught(inj: &Injection, findings: &[Finding], min: Severity) -> bool {
    let number = inj.index + 1;
    findings.iter().any(|f| {
        inj.defect.checks().contains(&f.check)
            && f.severity >= min
            && [f.kk.as_ref(), f.ru.as_ref()]
                .into_iter()
                .flatten()
                .any(|e| {
                    std::iter::once(&e.paragraph)
                        .chain(&e.also)
                        .any(|p| p.abs_diff(number) <= 1)
                })
    })
}

fn words(p: &str) -> usize {
    p.split_whitespace().count()
}

/// Digit runs of a text as (start, end) byte ranges.
fn digit_runs(p: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in p.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, p.len()));
    }
    runs
}

fn change_number(p: &str, q: &str, rng: &mut Rng) -> Option<String> {
    let runs = digit_runs(p);
    let qruns: Vec<&str> = digit_runs(q).iter().map(|(a, b)| &q[*a..*b]).collect();
    let candidates: Vec<_> = runs
        .into_iter()
        .filter(|(a, b)| {
            let t = &p[*a..*b];
            // Not a year (dates are their own check), present on the other side.
            !(t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))) && qruns.contains(&t)
        })
        .collect();
    let (a, b) = *candidates.get(rng.below(candidates.len()))?;
    let digits = &p[a..b];
    let last = digits.chars().last()?;
    let new_last = char::from(b'0' + ((last as u8 - b'0' + 1 + rng.below(8) as u8) % 10));
    let mut changed = digits[..digits.len() - 1].to_string();
    changed.push(new_last);
    Some(format!("{}{}{}", &p[..a], changed, &p[b..]))
}

fn change_year(p: &str, q: &str) -> Option<String> {
    for (a, b) in digit_runs(p) {
        let t = &p[a..b];
        let year: u32 = t.parse().ok()?;
        if t.len() == 4 && (1900..2100).contains(&year) && q.contains(t) {
            let rest = p[b..].trim_start();
            let is_date = ["жыл", "год", "г."].iter().any(|w| rest.starts_with(w));
            if is_date {
                return Some(format!("{}{}{}", &p[..a], year - 3, &p[b..]));
            }
        }
    }
    None
}

fn latin_words(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in p.char_indices().chain(std::iter::once((p.len(), ' '))) {
        match (c.is_ascii_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn change_latin(p: &str, q: &str, rng: &mut Rng) -> Option<String> {
    let candidates: Vec<_> = latin_words(p)
        .into_iter()
        .filter(|(a, b)| b - a >= 4 && q.contains(&p[*a..*b]))
        .collect();
    let (a, b) = *candidates.get(rng.below(candidates.len()))?;
    let word: Vec<char> = p[a..b].chars().collect();
    let i = 1 + rng.below(word.len() - 1);
    let mut changed = word.clone();
    let c = word[i];
    let replacement = if c.is_ascii_uppercase() {
        if c == 'K' {
            'Q'
        } else {
            'K'
        }
    } else if c == 'e' {
        'a'
    } else {
        'e'
    };
    changed[i] = replacement;
    Some(format!(
        "{}{}{}",
        &p[..a],
        changed.iter().collect::<String>(),
        &p[b..]
    ))
}

fn lookalike(p: &str, rng: &mut Rng) -> Option<String> {
    const SWAP: [(char, char); 8] = [
        ('а', 'a'),
        ('о', 'o'),
        ('е', 'e'),
        ('с', 'c'),
        ('р', 'p'),
        ('х', 'x'),
        ('і', 'i'),
        ('у', 'y'),
    ];
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let candidates: Vec<usize> = (1..chars.len().saturating_sub(1))
        .filter(|&k| {
            is_cyrillic(chars[k - 1].1)
                && is_cyrillic(chars[k + 1].1)
                && SWAP.iter().any(|(c, _)| *c == chars[k].1)
        })
        .collect();
    let k = *candidates.get(rng.below(candidates.len()))?;
    let (at, c) = chars[k];
    let latin = SWAP.iter().find(|(cy, _)| *cy == c)?.1;
    Some(format!("{}{}{}", &p[..at], latin, &p[at + c.len_utf8()..]))
}

fn cyrillic_capitalised(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in p.char_indices().chain(std::iter::once((p.len(), ' '))) {
        match (is_cyrillic(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out.into_iter()
        .filter(|(a, b)| {
            let w = &p[*a..*b];
            *a > 0
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 4
                && w.chars().skip(1).all(char::is_lowercase)
                && !p[..*a].trim_end().ends_with(['.', '!', '?', '«', '"', '“'])
        })
        .collect()
}

fn change_name(p: &str, q: &str, defect: Defect, side: Lang, rng: &mut Rng) -> Option<String> {
    // A capitalised word inside a sentence that the other side also has (its first
    // four letters folded): replaced by a name from elsewhere in the corpus pair.
    let fold4 = |w: &str| -> String { w.chars().take(4).map(qostil::align::fold_letter).collect() };
    let other_keys: Vec<String> = cyrillic_capitalised(q)
        .iter()
        .map(|(a, b)| fold4(&q[*a..*b]))
        .collect();
    let candidates: Vec<_> = cyrillic_capitalised(p)
        .into_iter()
        .filter(|(a, b)| other_keys.contains(&fold4(&p[*a..*b])))
        .collect();
    let (a, b) = *candidates.get(rng.below(candidates.len()))?;
    let old = &p[a..b];
    if defect == Defect::NameTypo {
        return Some(format!("{}{}{}", &p[..a], typo(old, rng), &p[b..]));
    }
    const NAMES_KK: [&str; 4] = ["Мұхтаров", "Серікбаева", "Жұмабеков", "Оспанова"];
    const NAMES_RU: [&str; 4] = ["Петровым", "Сидорова", "Кузнецов", "Морозовой"];
    const FOREIGN_KK: [&str; 4] = ["Джонсон", "Миллердің", "Андерсон", "Робертске"];
    const FOREIGN_RU: [&str; 4] = ["Джонсоном", "Миллера", "Андерсону", "Робертса"];
    let pool = match (defect, side) {
        (Defect::NameForeign, Lang::Kk) => FOREIGN_KK,
        (Defect::NameForeign, Lang::Ru) => FOREIGN_RU,
        (_, Lang::Kk) => NAMES_KK,
        (_, Lang::Ru) => NAMES_RU,
    };
    let mut new = pool[rng.below(pool.len())];
    if fold4(new) == fold4(old) {
        new = pool[(pool.iter().position(|n| *n == new).unwrap_or(0) + 1) % pool.len()];
    }
    Some(format!("{}{}{}", &p[..a], new, &p[b..]))
}

/// A name with one consonant of its stem (after the first letter, before the last
/// three, which may be an ending) replaced by `т`, or by `п` where it was `т`.
fn typo(name: &str, rng: &mut Rng) -> String {
    let mut cs: Vec<char> = name.chars().collect();
    const VOWELS: &str = "аәеиіоөуұүыэюяёАӘЕИІОӨУҰҮЫЭЮЯЁ";
    let stem_end = cs.len().saturating_sub(3).max(2);
    let from = 1 + rng.below(stem_end - 1);
    let at = (from..stem_end)
        .chain(1..from)
        .find(|&i| !VOWELS.contains(cs[i]))
        .unwrap_or(1);
    cs[at] = if cs[at] == 'т' { 'п' } else { 'т' };
    cs.into_iter().collect()
}

fn truncate(p: &str) -> Option<String> {
    if p.chars().count() < 120 {
        return None;
    }
    let mut half = p.len() / 2;
    while !p.is_char_boundary(half) {
        half -= 1;
    }
    let cut = p[..half].rfind(' ')?;
    Some(p[..cut].to_string())
}

/// The strict rule: a finding of one of the defect's checks, at warning level or
/// above, that names the defective paragraph itself on the side of the defect
/// (for a deleted paragraph: the paragraph of the other side left without it).
pub fn caught_strict(inj: &Injection, findings: &[Finding]) -> bool {
    let number = inj.index + 1;
    let side = if inj.defect == Defect::DeletedParagraph {
        inj.side.other()
    } else {
        inj.side
    };
    findings.iter().any(|f| {
        inj.defect.checks().contains(&f.check)
            && f.severity >= Severity::Warning
            && f.names_paragraph(side, number)
    })
}

/// Sentences of a paragraph, split after `.`, `!` or `?` followed by a space and
/// a capital letter.
pub fn sentences(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    for k in 0..chars.len().saturating_sub(2) {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?')
            && chars[k + 1].1 == ' '
            && chars[k + 2].1.is_uppercase()
            && k >= 1
            && !chars[k - 1].1.is_uppercase()
        {
            out.push(p[start..=i].trim());
            start = chars[k + 2].0;
        }
    }
    out.push(p[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Fewest words of an injected sentence: shorter ones ("Он согласился.") carry
/// too little to tell their language, in a check or by a reader.
const MIN_SENTENCE_WORDS: usize = 6;

/// Puts one sentence of the other language into paragraph `i` (`p`, not the
/// title) of the defective side, `other` being the other side's paragraphs:
///
/// * when `p` and its counterpart have the same number of sentences (two or more),
///   one of them, drawn at random, is left untranslated: replaced by the
///   counterpart's sentence, copied verbatim;
/// * otherwise (mostly one-sentence paragraphs) a sentence is appended: with even
///   odds the counterpart's last sentence (copied verbatim from the other version)
///   or a sentence of another paragraph of the other version (text of the other
///   language from elsewhere in the document).
///
/// The inserted sentence has at least [`MIN_SENTENCE_WORDS`] words; the paragraph
/// keeps at least as many of its own.
fn other_sentence(p: &str, other: &[String], i: usize, rng: &mut Rng) -> Option<String> {
    if i == 0 || words(p) < MIN_SENTENCE_WORDS {
        return None;
    }
    let ps = sentences(p);
    let qs = sentences(other.get(i)?);
    let long = |s: &&str| words(s) >= MIN_SENTENCE_WORDS;
    if ps.len() >= 2 && ps.len() == qs.len() {
        let k = rng.below(ps.len());
        if long(&qs[k]) {
            let mut out: Vec<&str> = ps.clone();
            out[k] = qs[k];
            if words(&out.join(" ")) - words(qs[k]) >= MIN_SENTENCE_WORDS {
                return Some(out.join(" "));
            }
        }
    }
    let sentence = if rng.below(2) == 0 {
        qs.last().copied().filter(long)?
    } else {
        // Another paragraph of the other version (not the title), from a random start.
        let n = other.len();
        let start = rng.below(n);
        let j = (0..n)
            .map(|d| (start + d) % n)
            .find(|&j| j != 0 && j != i && sentences(&other[j]).iter().any(long))?;
        let long_ones: Vec<&str> = sentences(&other[j]).into_iter().filter(long).collect();
        *rng.pick(&long_ones)
    };
    // The paragraph's last sentence is closed (a stop, or the `;` of a list item)
    // before the inserted one.
    let mut out = p.trim_end().to_string();
    let closed = out.trim_end_matches(['»', '"', '”', ')']);
    if !closed.ends_with(['.', '!', '?', '…', ';']) {
        out.push('.');
    }
    out.push(' ');
    out.push_str(sentence);
    Some(out)
}

/// Error-level findings of the untouched pair.
pub fn errors(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count()
}
