//! Credits: the translator named in the text must be the one who signed the
//! translation in the ledger.
//!
//! A credit is a label and a name, usually at the end of the article: `Перевод:
//! Дамир Омаров`, `Перевела Айгерим Қасымова`, `Аударған: Д. Омаров`, `Аударма:
//! …`, `Аудармашы: …`. Labels of either language are recognised in either version.
//! The name runs over at most four capitalised words or initials and stops at the
//! next label (`Фото: …`), so credits folded into one paragraph still read right.
//!
//! Two names are the same person when, after folding (Kazakh letters to Russian,
//! Latin transliterated, case and `й`/`ы`/`ё` variants ignored), every word of the
//! shorter name matches a different word of the longer one — a whole word, or an
//! initial its first letter — in any order, with at least one whole word equal.

use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::Lang;
use crate::segment::Paragraph;
use serde::Deserialize;
use std::ops::Range;

/// Settings of the credits check (`[checks.credits]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct CreditsConfig {
    /// Report (as info) a translation signed in the ledger that credits no one.
    pub require_credit: bool,
    /// More labels that introduce the translator (`"Тәржіма"`), besides the
    /// built-in ones.
    pub labels: Vec<String>,
}

impl Default for CreditsConfig {
    fn default() -> Self {
        CreditsConfig {
            require_credit: true,
            labels: Vec::new(),
        }
    }
}

/// Labels that introduce a translator. `true`: a noun, which needs a `:` or a dash
/// after it (`Перевод: …`); `false`: a verb, which may be followed by the name.
/// Lower case; all start with `перев` or `аудар` (see [`may_hold_label`]).
const LABELS: &[(&str, bool)] = &[
    ("перевод", true),
    ("переводчик", true),
    ("переводчица", true),
    ("перевела", false),
    ("перевел", false),
    ("перевёл", false),
    ("перевели", false),
    ("аударма", true),
    ("аудармашы", true),
    ("аударушы", true),
    ("аударған", false),
    ("аударғандар", false),
];

/// Words that start the next credit, ending a name.
const OTHER_LABELS: &[&str] = &[
    "фото",
    "фотограф",
    "видео",
    "автор",
    "авторы",
    "сурет",
    "суреттер",
    "суретті",
    "фотосурет",
    "источник",
    "дереккөз",
    "редактор",
    "тілші",
    "корреспондент",
    "оператор",
    "монтаж",
    "перевод",
    "аударма",
    "аударған",
];

/// Where a version credits its translator: the index into its paragraphs and the
/// byte range of the name in that paragraph's text.
pub type Credit = Option<(usize, Range<usize>)>;

/// The last credit of a version, introduced by a built-in label or one of
/// `extra` (configured labels).
pub fn find_credit(paragraphs: &[Paragraph], extra: &[String]) -> Credit {
    let extra: Vec<String> = extra.iter().map(|e| lower(e.trim())).collect();
    for (i, p) in paragraphs.iter().enumerate().rev() {
        if let Some(r) = credit_in(&p.text, &extra) {
            return Some((i, r));
        }
    }
    None
}

/// A word of the text: its byte range.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = crate::lang::is_alphabetic(c) || (start.is_some() && matches!(c, '-' | '\''));
        match (start, part) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        crate::lang::push_lowercase(&mut out, c);
    }
    out
}

/// Whether `text` has a capital `П` followed by `ерев`, or `А` followed by `удар`,
/// in any case: where a built-in label could start.
fn may_hold_label(text: &str) -> bool {
    // `П` is D0 9F and `А` is D0 90 in UTF-8: look for their second bytes (rare
    // in Cyrillic text) and check the byte before.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0x9F, 0x90, bytes).any(|i| {
        let rest = match (i.checked_sub(1).map(|p| bytes[p]), bytes[i]) {
            (Some(0xD0), 0x9F) => "ерев",
            (Some(0xD0), 0x90) => "удар",
            _ => return false,
        };
        let mut after = text[i + 1..].chars().map(crate::lang::lower_char);
        rest.chars().all(|r| after.next() == Some(r))
    })
}

/// The byte range of the last credited name in one paragraph (`extra`: more
/// labels, lower-cased).
fn credit_in(text: &str, extra: &[String]) -> Option<Range<usize>> {
    // Every built-in label starts with `перев` or `аудар`, and a label is written
    // with a capital: without `П` or `А` followed by those letters (in any case)
    // only a configured label can be here.
    if extra.is_empty() && !may_hold_label(text) {
        return None;
    }
    let ws = words(text);
    let mut found = None;
    for (wi, w) in ws.iter().enumerate() {
        let word = &text[w.clone()];
        if !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let l = lower(word);
        let noun = match LABELS.iter().find(|(label, _)| *label == l) {
            Some(&(_, noun)) => noun,
            None if extra.contains(&l) => true,
            None => continue,
        };
        // What follows the label up to the next word: `:`, a dash, or nothing.
        let next_start = ws.get(wi + 1).map_or(text.len(), |n| n.start);
        let between = text[w.end..next_start].trim();
        let colon = matches!(between, ":" | "-" | "–" | "—" | ":-" | ": -" | ":—");
        if noun && !colon {
            continue;
        }
        if !colon && !between.is_empty() {
            continue;
        }
        if let Some(r) = name_after(text, &ws[wi + 1..]) {
            found = Some(r);
        }
    }
    found
}

/// Up to four capitalised words or initials from `ws` on, stopping at another
/// label, a lower-case word, or punctuation other than an initial's full stop.
fn name_after(text: &str, ws: &[Range<usize>]) -> Option<Range<usize>> {
    let mut start = None;
    let mut end = 0;
    for (k, w) in ws.iter().enumerate().take(4) {
        let word = &text[w.clone()];
        if !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        if OTHER_LABELS.contains(&lower(word).as_str()) {
            break;
        }
        // The text between this word and the next decides whether the name goes on.
        let gap_end = ws.get(k + 1).map_or(text.len(), |n| n.start);
        let gap = &text[w.end..gap_end];
        let initial = word.chars().count() <= 2 && gap.starts_with('.');
        if start.is_none() {
            start = Some(w.start);
        }
        end = if initial { w.end + 1 } else { w.end };
        let gap = gap.trim();
        let goes_on = gap.is_empty() || (initial && gap == ".");
        if !goes_on {
            break;
        }
    }
    start.map(|s| s..end)
}

/// Folds a name word for comparison: lower case, Kazakh letters as Russian, Latin
/// transliterated, `й`/`ы` as `и`, `ё`/`э` as `е`, soft and hard signs dropped,
/// doubled letters single.
fn fold_name(word: &str) -> String {
    let lower = lower(word);
    let mut cyr = String::new();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let two = match (c, next) {
            ('s', Some('h')) => Some('ш'),
            ('c', Some('h')) => Some('ч'),
            ('z', Some('h')) => Some('ж'),
            ('k', Some('h')) => Some('х'),
            ('t', Some('s')) => Some('ц'),
            ('y', Some('u')) => Some('ю'),
            ('y', Some('a')) => Some('я'),
            ('y', Some('o')) | ('y', Some('e')) => Some('е'),
            _ => None,
        };
        if let Some(t) = two {
            cyr.push(t);
            i += 2;
            continue;
        }
        let one = match c {
            'a' => 'а',
            'b' => 'б',
            'c' | 'k' | 'q' => 'к',
            'd' => 'д',
            'e' => 'е',
            'f' => 'ф',
            'g' => 'г',
            'h' => 'х',
            'i' | 'y' => 'и',
            'j' => 'ж',
            'l' => 'л',
            'm' => 'м',
            'n' => 'н',
            'o' => 'о',
            'p' => 'п',
            'r' => 'р',
            's' => 'с',
            't' => 'т',
            'u' | 'w' => 'у',
            'v' => 'в',
            'x' => 'х',
            'z' => 'з',
            c => c,
        };
        cyr.push(one);
        i += 1;
    }
    let mut out = String::new();
    for c in cyr.chars() {
        let f = match crate::checks::names::stem::fold(c) {
            'й' | 'ы' => 'и',
            'э' => 'е',
            c => c,
        };
        if matches!(f, 'ь' | 'ъ' | '-' | '\'') || out.ends_with(f) {
            continue;
        }
        out.push(f);
    }
    out
}

/// A name as folded words; `true` marks an initial.
fn name_words(name: &str) -> Vec<(String, bool)> {
    name.split(|c: char| !crate::lang::is_alphabetic(c) && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let f = fold_name(w);
            let initial = w.chars().count() == 1;
            (f, initial)
        })
        .filter(|(f, _)| !f.is_empty())
        .collect()
}

/// Are two written names the same person? Any order of first name and surname;
/// initials match a name's first letter; a name may have fewer words than the other.
pub fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (name_words(a), name_words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let mut used = vec![false; long.len()];
    let mut whole = false;
    // Whole words first, then initials.
    for pass in [false, true] {
        for (w, initial) in short.iter().filter(|(_, i)| *i == pass) {
            let hit = long.iter().enumerate().position(|(j, (l, li))| {
                !used[j]
                    && if *initial || *li {
                        l.chars().next() == w.chars().next()
                    } else {
                        l == w
                    }
            });
            match hit {
                Some(j) => {
                    used[j] = true;
                    whole |= !*initial && !long[j].1;
                }
                None => return false,
            }
        }
    }
    whole
}

/// Runs the credits check over one version (the translation).
#[cfg(test)]
pub(crate) fn check(
    target: &[Paragraph],
    target_lang: Lang,
    translator_in_ledger: Option<&str>,
    cfg: &CreditsConfig,
    out: &mut Vec<Finding>,
) {
    let found = find_credit(target, &cfg.labels);
    check_found(target, target_lang, translator_in_ledger, cfg, found, out);
}

/// [`check`] with the credit already found (`find_credit(target, &cfg.labels)`).
pub fn check_found(
    target: &[Paragraph],
    target_lang: Lang,
    translator_in_ledger: Option<&str>,
    cfg: &CreditsConfig,
    found: Credit,
    out: &mut Vec<Finding>,
) {
    let Some(ledger) = translator_in_ledger
        .map(str::trim)
        .filter(|s| !s.is_empty())
    else {
        return;
    };
    let place = |e: Evidence| match target_lang {
        Lang::Kk => (Some(e), None),
        Lang::Ru => (None, Some(e)),
    };
    match found {
        Some((i, range)) => {
            let p = &target[i];
            let credited = &p.text[range.clone()];
            if same_person(credited, ledger) {
                return;
            }
            let (kk, ru) = place(Evidence::new(p, vec![range.clone()]));
            out.push(Finding {
                check: CheckId::Credits,
                severity: Severity::Error,
                kk,
                ru,
                message: Message::new("credits-mismatch")
                    .str("credited", credited)
                    .str("ledger", ledger),
            });
        }
        None if cfg.require_credit => {
            let (kk, ru) = match target.last() {
                Some(p) => place(Evidence::new(p, Vec::new())),
                None => (None, None),
            };
            out.push(Finding {
                check: CheckId::Credits,
                severity: Severity::Info,
                kk,
                ru,
                message: Message::new("credits-missing").str("ledger", ledger),
            });
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    // The seed news item (`../shared/seed` beside the crate): its credit lines fold into one
    // Markdown paragraph with the byline, photo and video credits.
    const SEED_END: &str = "# Общество и власть\n\nРуководитель Международного научного центра ВКТУ им. Д. Серикбаева, кандидат исторических наук Жанна Аубакирова подчеркнула, что выбор университета в качестве площадки для проведения круглого стола - не случаен.\n\nАрайлым Орсаринова\nПеревод: Дамир Омаров\nФото: Пресс-служба ВКТУ\nВидео: Руслан Акматалиев\n";

    fn run(text: &str, ledger: Option<&str>) -> Vec<Finding> {
        let mut out = Vec::new();
        check(
            &segment(text),
            Lang::Ru,
            ledger,
            &CreditsConfig::default(),
            &mut out,
        );
        out
    }

    #[test]
    fn every_label_starts_with_the_letters_credit_in_looks_for() {
        for (label, _) in LABELS {
            assert!(
                label.starts_with("перев") || label.starts_with("аудар"),
                "{label}"
            );
            let capital: String = label
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_uppercase().next().unwrap()
                    } else {
                        c
                    }
                })
                .collect();
            assert!(may_hold_label(&format!("«{capital}: Ә. Ким")), "{label}");
            assert!(may_hold_label(&capital.to_uppercase()), "{label}");
        }
    }

    /// The translator credited in a version: the paragraph number and the name as
    /// written. The last credit of the version wins.
    fn credited_translator(paragraphs: &[Paragraph]) -> Option<(usize, String)> {
        find_credit(paragraphs, &[]).map(|(i, r)| {
            let p = &paragraphs[i];
            (p.number, p.text[r].to_string())
        })
    }

    #[test]
    fn finds_the_credited_translator() {
        assert_eq!(
            credited_translator(&segment(SEED_END)),
            Some((3, "Дамир Омаров".to_string()))
        );
        let kk = segment("# Тақырып\n\nМәтін.\n\nАударған: Д. Омаров");
        assert_eq!(credited_translator(&kk), Some((3, "Д. Омаров".to_string())));
        let ru = segment("# Заголовок\n\nПеревела Айгерим Қасымова");
        assert_eq!(
            credited_translator(&ru),
            Some((2, "Айгерим Қасымова".to_string()))
        );
        // A translation mentioned in the text is no credit.
        let ru = segment("# Заголовок\n\nПеревод книги вышел в 2020 году.");
        assert_eq!(credited_translator(&ru), None);
    }

    #[test]
    fn the_ledger_translator_matches_in_any_form() {
        for ledger in [
            "Дамир Омаров",
            "Омаров Дамир",
            "Д. Омаров",
            "Damir Omarov",
            "ОМАРОВ",
        ] {
            assert_eq!(run(SEED_END, Some(ledger)), vec![], "{ledger}");
        }
        assert!(same_person("Серікбаев Д.", "Д. Серикбаев"));
        assert!(!same_person("Д. Омаров", "А. Омаров"));
    }

    #[test]
    fn another_translator_is_an_error() {
        let f = run(SEED_END, Some("Арайлым Орсаринова"));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].message.id, "credits-mismatch");
        let ru = f[0].ru.as_ref().unwrap();
        assert_eq!(&ru.text[ru.marks[0].clone()], "Дамир Омаров");
        assert!(f[0].kk.is_none());
    }

    #[test]
    fn no_credit_is_info_and_no_ledger_is_nothing() {
        let text = "# Общество и власть\n\nАрайлым Орсаринова\n";
        let f = run(text, Some("Дамир Омаров"));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(f[0].message.id, "credits-missing");
        assert_eq!(run(text, None), vec![]);
        assert_eq!(run(SEED_END, None), vec![]);
    }
}
