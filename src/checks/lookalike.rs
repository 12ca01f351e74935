//! `lookalike`: letters of another alphabet typed inside a word, where they look
//! the same as the right letter but are not (search, spell-checking, sorting and
//! screen readers all break on them).
//!
//! Three kinds, each judged word by word (a word is a run of letters):
//!
//! * Latin look-alikes inside a Cyrillic word: `Aлматы` (Latin A), `бiлiм` (Latin
//!   i for Kazakh і), `ТОO`; in Kazakh also `ə ɵ ŋ ø` for `ә ө ң ө`. Greek
//!   look-alikes (`ο α ρ`) count the same.
//! * Cyrillic look-alikes inside a Latin word: `Аltainews` (Cyrillic А).
//! * Cyrillic letters of other languages in a Kazakh or Russian word: Bashkir ҡ,
//!   Macedonian ќ, Ukrainian ґ ї є, Belarusian ў, Serbian ј, …
//!
//! Only letters that *look like* a letter of the word's main script are reported: a
//! mix anyone can see (`Commodoresте`, `Яndex`) is a choice or a glued suffix, not a
//! hidden defect. Whole Latin words (`ASHYQTYQ`, `Altainews.kz`), Latin stems with a
//! Kazakh suffix glued on (`NATOға`, `BBCның`, `Twitterде`) and Roman numerals
//! (`ХХI`) are left alone.
//!
//! Severity: warning. A look-alike is a typing defect of one version, not a
//! difference between the versions, and the text still reads right.

#[cfg(test)]
use crate::checks::scan::letters::words;
use crate::checks::scan::letters::{is_home_letter, Word};
use crate::checks::{CheckId, Evidence, Finding, Message, Severity};
use crate::lang::{is_cyrillic, is_latin, Lang};
use crate::segment::Paragraph;
use std::ops::Range;

/// Settings of the `lookalike` check (`[checks.lookalike]`).
#[derive(Debug, Clone, serde::Deserialize)]
// `default`: a partial section takes the defaults for the keys it leaves out.
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct LookalikeConfig {
    /// Report Latin (and Greek) look-alikes inside Cyrillic words.
    pub latin_in_cyrillic: bool,
    /// Report Cyrillic look-alikes inside Latin words.
    pub cyrillic_in_latin: bool,
    /// Report Cyrillic letters of other languages (ҡ ќ ґ ї є ў ј …).
    pub foreign_letters: bool,
    /// A run of this many Latin letters that starts a word and is followed only by
    /// Cyrillic letters is a Latin stem with a glued suffix (`BBCның`), not a defect.
    pub glued_stem: usize,
}

impl Default for LookalikeConfig {
    fn default() -> Self {
        LookalikeConfig {
            latin_in_cyrillic: true,
            cyrillic_in_latin: true,
            foreign_letters: true,
            glued_stem: 2,
        }
    }
}

/// The script class of a letter for this check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Cyrillic,
    /// Latin, IPA (ə ɵ) and Greek: the alphabets whose letters imitate Cyrillic ones.
    Foreign,
    Other,
}

fn script(c: char) -> Script {
    if is_cyrillic(c) {
        Script::Cyrillic
    } else if is_latin(c) || matches!(c, '\u{0250}'..='\u{02AF}' | '\u{0370}'..='\u{03FF}') {
        Script::Foreign
    } else {
        Script::Other
    }
}

/// The Cyrillic letter a Latin, IPA or Greek letter imitates, in `lang`.
pub(crate) fn cyrillic_twin(c: char, lang: Lang) -> Option<char> {
    let kk = lang == Lang::Kk;
    Some(match c {
        'a' | 'α' => 'а',
        'c' | 'ϲ' => 'с',
        'e' => 'е',
        'o' | 'ο' => 'о',
        'p' | 'ρ' => 'р',
        'x' | 'χ' => 'х',
        'y' => 'у',
        'k' | 'κ' => 'к',
        'i' if kk => 'і',
        'i' => 'и',
        'h' if kk => 'һ',
        'A' | 'Α' => 'А',
        'B' | 'Β' => 'В',
        'C' | 'Ϲ' => 'С',
        'E' | 'Ε' => 'Е',
        'H' | 'Η' => 'Н',
        'K' | 'Κ' => 'К',
        'M' | 'Μ' => 'М',
        'O' | 'Ο' => 'О',
        'P' | 'Ρ' => 'Р',
        'T' | 'Τ' => 'Т',
        'X' | 'Χ' => 'Х',
        'Y' | 'Υ' if kk => 'Ү',
        'Y' | 'Υ' => 'У',
        'I' | 'Ι' if kk => 'І',
        'ə' | 'ä' if kk => 'ә',
        'Ə' | 'Ä' if kk => 'Ә',
        'ɵ' | 'ø' | 'ö' if kk => 'ө',
        'Ɵ' | 'Ø' | 'Ö' if kk => 'Ө',
        'ŋ' if kk => 'ң',
        'Ŋ' if kk => 'Ң',
        'ü' if kk => 'ү',
        'Ü' if kk => 'Ү',
        'ë' => 'ё',
        'Ë' => 'Ё',
        _ => return None,
    })
}

/// The Latin letter a Cyrillic letter imitates.
fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'с' => 'c',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' | 'Ү' => 'Y',
        'І' | 'Ӏ' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'Һ' => 'H',
        _ => return None,
    })
}

/// For a Cyrillic letter outside the Russian and Kazakh alphabets: the letter it
/// stands for in `lang`, or None when there is no obvious one.
fn foreign_cyrillic_twin(c: char, lang: Lang) -> Option<char> {
    let kk = lang == Lang::Kk;
    let upper = c.is_uppercase();
    let l = crate::lang::lower_char(c);
    let t = match l {
        'ҡ' | 'ќ' | 'ӄ' | 'ҟ' | 'ҝ' if kk => 'қ',
        'ҡ' | 'ќ' | 'ӄ' | 'ҟ' | 'ҝ' => 'к',
        'ґ' | 'ѓ' | 'ӻ' | 'ҕ' | 'ғ' if kk => 'ғ',
        'ґ' | 'ѓ' | 'ӻ' | 'ҕ' => 'г',
        'ӊ' | 'ӈ' | 'ҥ' if kk => 'ң',
        'ӊ' | 'ӈ' | 'ҥ' => 'н',
        'ѳ' | 'ӫ' if kk => 'ө',
        'ӛ' if kk => 'ә',
        'ў' | 'ӯ' if kk => 'ұ',
        'ў' | 'ӯ' => 'у',
        'ӱ' if kk => 'ү',
        'ї' if kk => 'і',
        'ї' => 'и',
        'є' => 'е',
        'ј' | 'ӣ' => 'й',
        'ҫ' => 'с',
        'ҙ' => 'з',
        'ҳ' => 'х',
        'ҷ' => 'ч',
        'ӏ' if kk => 'і',
        _ => return None,
    };
    Some(if upper {
        t.to_uppercase().next().unwrap_or(t)
    } else {
        t
    })
}

/// Letters that make up Roman numerals, in either script.
fn is_roman(c: char) -> bool {
    matches!(
        c,
        'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M' | 'І' | 'Х' | 'С' | 'М' | 'Ӏ'
    )
}

/// Checks one paragraph of the `lang` version for look-alike letters.
#[cfg(test)]
pub(crate) fn check(p: &Paragraph, lang: Lang, cfg: &LookalikeConfig, out: &mut Vec<Finding>) {
    check_words(p, &words(&p.text), lang, cfg, out);
}

/// [`check`] over the paragraph's [`words`].
pub(crate) fn check_words(
    p: &Paragraph,
    words: &[Word],
    lang: Lang,
    cfg: &LookalikeConfig,
    out: &mut Vec<Finding>,
) {
    let text = p.text.as_str();
    let mut seen: Vec<&str> = Vec::new();
    let first = out.len();
    for w in words {
        // Words without a Cyrillic letter, or with Kazakh and Russian letters
        // only (most words), are clean.
        if w.is(Word::ASCII) || w.is(Word::HOME) {
            continue;
        }
        let word = w.text(text);
        if seen.contains(&word) {
            continue;
        }
        if let Some((id, marks, letters, twins)) = judge(word, w.range().start, lang, cfg) {
            seen.push(word);
            let mut msg = Message::new(id).str("word", word).str("letters", letters);
            if let Some(t) = twins {
                msg = msg.str("suggestion", t);
            }
            msg = msg.num("count", marks.len() as f64);
            let ev = Some(Evidence::new(p, marks));
            let (kk, ru) = match lang {
                Lang::Kk => (ev, None),
                Lang::Ru => (None, ev),
            };
            out.push(Finding {
                check: CheckId::Lookalike,
                severity: Severity::Warning,
                kk,
                ru,
                message: msg,
            });
        }
    }
    group(p, lang, first, seen, out);
}

/// One finding per paragraph: several words with look-alikes become one finding
/// listing them (an older document typed with Latin `i` has it in every word).
fn group(p: &Paragraph, lang: Lang, first: usize, seen: Vec<&str>, out: &mut Vec<Finding>) {
    if out.len() - first < 2 {
        return;
    }
    let marks: Vec<Range<usize>> = out
        .drain(first..)
        .flat_map(|f| f.kk.or(f.ru).map(|e| e.marks).unwrap_or_default())
        .collect();
    let ev = Some(Evidence::new(p, marks));
    let (kk, ru) = match lang {
        Lang::Kk => (ev, None),
        Lang::Ru => (None, ev),
    };
    out.push(Finding {
        check: CheckId::Lookalike,
        severity: Severity::Warning,
        kk,
        ru,
        message: Message::new("lookalike-words")
            .str("words", seen.join(", "))
            .num("count", seen.len() as f64),
    });
}

/// One finding per problem: the look-alike findings of one version of an article
/// (an older document typed with Latin `i` has it in every paragraph) become the
/// first of them, listing every word and, in `also`, the other paragraphs.
pub fn one_finding_per_side(out: &mut Vec<Finding>) {
    for lang in Lang::ALL {
        let at: Vec<usize> = (0..out.len())
            .filter(|&i| out[i].check == CheckId::Lookalike && out[i].side(lang).is_some())
            .collect();
        let Some((&first, rest)) = at.split_first() else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let mut words: Vec<String> = Vec::new();
        let mut also: Vec<usize> = Vec::new();
        for &i in &at {
            let m = &out[i].message;
            let listed = if m.id == "lookalike-words" {
                m.text("words").to_string()
            } else {
                m.text("word").to_string()
            };
            for w in listed.split(", ").filter(|w| !w.is_empty()) {
                if !words.iter().any(|x| x == w) {
                    words.push(w.to_string());
                }
            }
            if let Some(n) = out[i].side(lang).map(|e| e.paragraph) {
                if i != first && !also.contains(&n) {
                    also.push(n);
                }
            }
        }
        let f = &mut out[first];
        f.message = Message::new("lookalike-words")
            .str("words", words.join(", "))
            .num("count", words.len() as f64);
        if let Some(e) = match lang {
            Lang::Kk => f.kk.as_mut(),
            Lang::Ru => f.ru.as_mut(),
        } {
            e.also = also;
        }
        let drop: Vec<usize> = rest.to_vec();
        let mut n = 0;
        out.retain(|_| {
            n += 1;
            !drop.contains(&(n - 1))
        });
    }
}

type Verdict = (&'static str, Vec<Range<usize>>, String, Option<String>);

/// Judges one word starting at byte `offset` of the paragraph.
fn judge(word: &str, offset: usize, lang: Lang, cfg: &LookalikeConfig) -> Option<Verdict> {
    let (mut nc, mut nf) = (0usize, 0usize);
    let mut strange = false;
    for c in word.chars() {
        match script(c) {
            Script::Cyrillic => {
                nc += 1;
                strange |= !is_home_letter(c);
            }
            Script::Foreign => nf += 1,
            Script::Other => {}
        }
    }
    // Most words: Kazakh and Russian letters only.
    if nc == 0 || (nf == 0 && !strange) {
        return None;
    }
    let join = |v: &[char]| -> String {
        let mut s = String::new();
        for (i, c) in v.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push(*c);
        }
        s
    };
    if nf == 0 {
        if !cfg.foreign_letters {
            return None;
        }
        let mut marks = Vec::new();
        let mut letters = Vec::new();
        let mut twins = Vec::new();
        for (i, c) in word.char_indices() {
            if is_cyrillic(c) && !is_home_letter(c) {
                marks.push(offset + i..offset + i + c.len_utf8());
                letters.push(c);
                if let Some(t) = foreign_cyrillic_twin(c, lang) {
                    twins.push(t);
                }
            }
        }
        if marks.is_empty() {
            return None;
        }
        let twins = (twins.len() == letters.len()).then(|| join(&twins));
        let id = if twins.is_some() {
            "lookalike-foreign-letter"
        } else {
            "lookalike-foreign-letter-plain"
        };
        return Some((id, marks, join(&letters), twins));
    }
    if word.chars().all(is_roman) && word.chars().all(char::is_uppercase) {
        return None;
    }
    if nc >= nf {
        // A Cyrillic word with foreign letters in it.
        if !cfg.latin_in_cyrillic {
            return None;
        }
        // A Latin stem with a Cyrillic suffix glued on: BBCның, NATOға.
        let lead = word
            .chars()
            .take_while(|c| script(*c) == Script::Foreign)
            .count();
        if lead >= cfg.glued_stem.max(1) && lead == nf {
            return None;
        }
        let mut marks = Vec::new();
        let mut letters = Vec::new();
        let mut twins = Vec::new();
        for (i, c) in word.char_indices() {
            if script(c) == Script::Foreign {
                let t = cyrillic_twin(c, lang)?;
                marks.push(offset + i..offset + i + c.len_utf8());
                letters.push(c);
                twins.push(t);
            }
        }
        Some((
            "lookalike-latin-in-cyrillic",
            marks,
            join(&letters),
            Some(join(&twins)),
        ))
    } else {
        // A Latin word with Cyrillic letters in it.
        if !cfg.cyrillic_in_latin {
            return None;
        }
        // A Cyrillic suffix glued to a Latin word: Twitterде, Netflixі.
        let tail = word
            .chars()
            .rev()
            .take_while(|c| script(*c) == Script::Cyrillic)
            .count();
        if tail == nc {
            return None;
        }
        let mut marks = Vec::new();
        let mut letters = Vec::new();
        let mut twins = Vec::new();
        for (i, c) in word.char_indices() {
            if script(c) == Script::Cyrillic {
                let t = latin_twin(c)?;
                marks.push(offset + i..offset + i + c.len_utf8());
                letters.push(c);
                twins.push(t);
            }
        }
        Some((
            "lookalike-cyrillic-in-latin",
            marks,
            join(&letters),
            Some(join(&twins)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(text: &str, lang: Lang) -> Vec<Finding> {
        let mut out = Vec::new();
        for p in segment(text) {
            check(&p, lang, &LookalikeConfig::default(), &mut out);
        }
        out
    }

    #[test]
    fn an_article_typed_with_latin_i_throughout_is_one_finding() {
        // corpus/akimat/almaty-oblast-2017-0426-112683 writes Latin i in its acts.
        let mut out = run(
            "Жергiлiктi басқару туралы.\n\nКүнтiзбелiк он күн.\n\nAлматы облысы.",
            Lang::Kk,
        );
        assert_eq!(out.len(), 3);
        one_finding_per_side(&mut out);
        assert_eq!(out.len(), 1, "{out:#?}");
        let e = out[0].kk.as_ref().unwrap();
        assert_eq!((e.paragraph, e.also.clone()), (1, vec![2, 3]));
        assert_eq!(out[0].message.id, "lookalike-words");
        assert_eq!(
            out[0].message.text("words"),
            "Жергiлiктi, Күнтiзбелiк, Aлматы"
        );
    }

    fn marked(f: &Finding, lang: Lang) -> Vec<String> {
        let ev = f.side(lang).unwrap();
        ev.marks
            .iter()
            .map(|r| ev.text[r.clone()].to_string())
            .collect()
    }

    #[test]
    fn home_letters_are_the_russian_and_kazakh_alphabets() {
        for c in ('\u{0}'..='\u{FFFF}').filter(|c| !c.is_ascii()) {
            let l = crate::lang::lower_char(c);
            let plain = matches!(l, 'а'..='я' | 'ё') || crate::lang::is_kazakh_letter(c);
            assert_eq!(is_home_letter(c), plain, "{:#x}", c as u32);
        }
    }

    #[test]
    fn latin_a_in_kazakh_and_russian_words() {
        // akimat/almaty-oblast-2017-0426-112281 kk.txt and ru.txt.
        let f = run("Aлматы облыстық мәслихатының шешімі", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "lookalike-latin-in-cyrillic");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(marked(&f[0], Lang::Kk), vec!["A"]);
        let f = run("Решение Aлматинской областной маслихата", Lang::Ru);
        assert_eq!(f.len(), 1);
        assert!(f[0].ru.is_some() && f[0].kk.is_none());
        assert_eq!(
            f[0].message.args[0],
            ("word", crate::checks::Value::Str("Aлматинской".into()))
        );
    }

    #[test]
    fn latin_i_for_kazakh_i() {
        // akimat/almaty-oblast-2017-0426-112281 kk.txt.
        let f = run("жергiлiктi басқару", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(marked(&f[0], Lang::Kk), vec!["i", "i", "i"]);
        assert!(f[0]
            .message
            .args
            .contains(&("suggestion", crate::checks::Value::Str("і, і, і".into()))));
        // Several words of one paragraph: one finding listing them.
        let f = run("жергiлiктi мемлекеттiк басқару, жергiлiктi", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "lookalike-words");
        assert_eq!(marked(&f[0], Lang::Kk), vec!["i", "i", "i", "i"]);
        assert!(f[0].message.args.contains(&(
            "words",
            crate::checks::Value::Str("жергiлiктi, мемлекеттiк".into())
        )));
        assert!(f[0]
            .message
            .args
            .contains(&("count", crate::checks::Value::Num(2.0))));
    }

    #[test]
    fn ntrex_capital_lookalikes() {
        // ntrex128/docs/048_reuters.218923 and 092_cnbc.com.6784, kk.txt.
        assert_eq!(run("Mоливуд", Lang::Kk).len(), 1);
        assert_eq!(run("Cаяси тұрғыдан", Lang::Kk).len(), 1);
    }

    #[test]
    fn latin_words_and_glued_suffixes_are_left_alone() {
        for text in [
            // ntrex128/docs/082_cnn.304521 kk.txt: a Latin name with a glued suffix.
            "Commodoresте жеңіліс",
            "ASHYQTYQ жобасы",
            "Altainews.kz-ке хабарлады",
            "NATO-ның BBCның Twitterде Cocaның",
            "ХХI ғасыр",
            // ntrex128/docs/001_bbc.381790 kk.txt.
            "“ол Twp және Pwp сөзтіркестерімен ұйқасатынына” алаңдағанын айтты.",
        ] {
            assert!(run(text, Lang::Kk).is_empty(), "{text}");
        }
    }

    #[test]
    fn cyrillic_lookalike_in_latin_word() {
        let f = run("Аltainews.kz сайты", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "lookalike-cyrillic-in-latin");
        assert_eq!(marked(&f[0], Lang::Kk), vec!["А"]);
    }

    #[test]
    fn foreign_cyrillic_letters() {
        let f = run("Ҡазақстан Республикасы", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.id, "lookalike-foreign-letter");
        assert!(f[0]
            .message
            .args
            .contains(&("suggestion", crate::checks::Value::Str("Қ".into()))));
        let f = run("Ґлобальные проблемы", Lang::Ru);
        assert_eq!(f.len(), 1);
        // Kazakh letters in Russian text are names, not defects.
        assert!(run("председатель партии «Ақ жол»", Lang::Ru).is_empty());
    }

    #[test]
    fn ipa_schwa_in_kazakh() {
        let f = run("əкімшілігі", Lang::Kk);
        assert_eq!(f.len(), 1);
        assert!(f[0]
            .message
            .args
            .contains(&("suggestion", crate::checks::Value::Str("ә".into()))));
    }
}
