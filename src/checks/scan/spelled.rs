//! Numbers written as words (`елу пайызында`, `пятьдесят процентов`, `свыше
//! тысячи`). They only ever *answer* a number of the other side; a word number is
//! never reported as missing (`бір` is also the Kazakh indefinite article).

use super::dates::kk_suffix_ok;
use crate::lang::Lang;

/// How a number word combines with its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// 1–19 and the tens: added.
    Add,
    /// A hundred: multiplies what came before.
    Hundred,
    /// Thousand, million, milliard: closes a group.
    Big,
}

/// Whether a word whose lower-cased first two letters are `prefix` may be a
/// number word of `lang`: every stem and form below starts with one of these
/// pairs (a test checks it). Lets the scanner skip most words without
/// lower-casing them.
pub(crate) fn may_be_number_word(prefix: [char; 2], lang: Lang) -> bool {
    match lang {
        Lang::Kk => matches!(
            prefix,
            ['б', 'і' | 'е']
                | ['е', 'к' | 'л']
                | ['ү', 'ш']
                | ['т', 'ө' | 'о' | 'ә']
                | ['а', 'л']
                | ['ж', 'е' | 'и' | 'ү']
                | ['с', 'е']
                | ['о', 'н' | 'т']
                | ['қ', 'ы']
                | ['м', 'ы' | 'и']
        ),
        Lang::Ru => matches!(
            prefix,
            ['о', 'д']
                | ['д', 'в' | 'е' | 'ю']
                | ['т', 'р' | 'ы']
                | ['ч', 'е']
                | ['п', 'я' | 'о' | 'е']
                | ['ш', 'е']
                | ['с', 'е' | 'о' | 'т' | 'у']
                | ['в', 'о' | 'т']
                | ['м', 'и']
        ),
    }
}

/// Whether a word whose lower-cased first three letters are `prefix` (a space
/// past the word's end) may be a number word of `lang`, for a word that passed
/// [`may_be_number_word`]: about one word in six does (`по`, `се`, `во` begin
/// many words), one in many fewer passes this. Every word [`word_value`] reads
/// begins with a stem or a form of the tables below, all of three letters or
/// more but `он` and `үш`, whose third letter may be anything; a test checks
/// every one of them.
pub(crate) fn may_be_number_word3(prefix: [char; 3], lang: Lang) -> bool {
    match lang {
        Lang::Kk => matches!(
            prefix,
            ['о', 'н', _]
                | ['ү', 'ш', _]
                | ['б', 'і', 'р']
                | ['е', 'к', 'і']
                | ['т', 'ө', 'р']
                | ['б', 'е', 'с']
                | ['а', 'л', 'т' | 'п']
                | ['ж', 'е', 'т']
                | ['с', 'е', 'г' | 'к']
                | ['т', 'о', 'ғ' | 'қ']
                | ['ж', 'и', 'ы']
                | ['о', 'т', 'ы']
                | ['қ', 'ы', 'р']
                | ['е', 'л', 'у']
                | ['ж', 'ү', 'з']
                | ['м', 'ы', 'ң']
                | ['м', 'и', 'л']
                | ['т', 'ә', 'у']
        ),
        Lang::Ru => matches!(
            prefix,
            ['о', 'д', 'и' | 'н']
                | ['д', 'в', 'а' | 'е' | 'у']
                | ['т', 'р', 'и' | 'е']
                | ['ч', 'е', 'т']
                | ['п', 'я', 'т']
                | ['ш', 'е', 'с']
                | ['с', 'е', 'м' | 'д']
                | ['в', 'о', 'с']
                | ['д', 'е', 'в' | 'с']
                | ['с', 'о', 'р']
                | ['с', 'т', 'о' | 'а']
                | ['с', 'у', 'т']
                | ['п', 'о', 'л']
                | ['д', 'ю', 'ж']
                | ['т', 'ы', 'с']
                | ['м', 'и', 'л']
                | ['п', 'е', 'р']
                | ['в', 'т', 'о']
        ),
    }
}

/// The value of one lower-cased word, if it is a number word, and whether it is
/// an ordinal (`бірінші`, `первой`).
pub(crate) fn word_value(w: &str, lang: Lang) -> Option<(f64, Class, bool)> {
    let mut chars = w.chars();
    let prefix = [chars.next()?, chars.next().unwrap_or(' ')];
    if !may_be_number_word(prefix, lang) {
        return None;
    }
    let ord = match lang {
        Lang::Kk => ["інші", "ыншы", "нші", "ншы"]
            .iter()
            .any(|e| w.ends_with(e)),
        Lang::Ru => false,
    };
    let (v, c) = match lang {
        Lang::Kk => kk(w)?,
        Lang::Ru => match ru(w) {
            Some(x) => x,
            None => return ru_ordinal(w).map(|(v, c)| (v, c, true)),
        },
    };
    Some((v, c, ord))
}

const KK_STEMS: [(&str, f64); 22] = [
    ("бір", 1.0),
    ("екі", 2.0),
    ("үш", 3.0),
    ("төрт", 4.0),
    ("бес", 5.0),
    ("алты", 6.0),
    ("жеті", 7.0),
    ("сегіз", 8.0),
    ("тоғыз", 9.0),
    ("он", 10.0),
    ("жиырма", 20.0),
    ("отыз", 30.0),
    ("қырық", 40.0),
    ("елу", 50.0),
    ("алпыс", 60.0),
    ("жетпіс", 70.0),
    ("сексен", 80.0),
    ("тоқсан", 90.0),
    ("жүз", 100.0),
    ("мың", 1000.0),
    ("миллион", 1e6),
    ("миллиард", 1e9),
];

fn kk(w: &str) -> Option<(f64, Class)> {
    if matches!(
        w,
        "үшін" | "оны" | "онда" | "оның" | "онан" | "бірге" | "бірақ"
    ) {
        return None;
    }
    // A day and night: `24 сағат` is often `тәулік` / `сутки`.
    if w.starts_with("тәулік") {
        return Some((24.0, Class::Add));
    }
    for (stem, v) in KK_STEMS {
        let Some(rest) = w.strip_prefix(stem) else {
            continue;
        };
        let ok = rest.is_empty()
            || matches!(rest, "інші" | "ыншы" | "нші" | "ншы" | "еу" | "ау" | "ыз")
            || (stem != "он" && kk_suffix_ok(rest))
            || (stem == "он" && matches!(rest, "ға" | "нан" | "нен"));
        if ok {
            return Some((v, class(v)));
        }
    }
    // Vowel-dropping stems: қырқы (its forty), ордынал forms of қырық.
    if w.starts_with("қырқ") {
        return Some((40.0, Class::Add));
    }
    None
}

fn class(v: f64) -> Class {
    if v >= 1000.0 {
        Class::Big
    } else if v == 100.0 {
        Class::Hundred
    } else {
        Class::Add
    }
}

/// The Russian number words written out in full, every form (other forms are
/// read by stem: [`ru_stem`], [`ru_ordinal`]).
const RU_WORDS: [(&str, f64); 82] = [
    ("один", 1.0),
    ("одна", 1.0),
    ("одно", 1.0),
    ("одного", 1.0),
    ("одной", 1.0),
    ("одному", 1.0),
    ("одним", 1.0),
    ("одном", 1.0),
    ("одну", 1.0),
    ("два", 2.0),
    ("две", 2.0),
    ("двух", 2.0),
    ("двум", 2.0),
    ("двумя", 2.0),
    ("три", 3.0),
    ("трех", 3.0),
    ("трем", 3.0),
    ("тремя", 3.0),
    ("четыре", 4.0),
    ("четырех", 4.0),
    ("четырем", 4.0),
    ("четырьмя", 4.0),
    ("пять", 5.0),
    ("пяти", 5.0),
    ("пятью", 5.0),
    ("шесть", 6.0),
    ("шести", 6.0),
    ("шестью", 6.0),
    ("семь", 7.0),
    ("семи", 7.0),
    ("семью", 7.0),
    ("восемь", 8.0),
    ("восьми", 8.0),
    ("восемью", 8.0),
    ("девять", 9.0),
    ("девяти", 9.0),
    ("девятью", 9.0),
    ("десять", 10.0),
    ("десяти", 10.0),
    ("десятью", 10.0),
    ("двадцать", 20.0),
    ("двадцати", 20.0),
    ("тридцать", 30.0),
    ("тридцати", 30.0),
    ("сорок", 40.0),
    ("сорока", 40.0),
    ("пятьдесят", 50.0),
    ("пятидесяти", 50.0),
    ("шестьдесят", 60.0),
    ("шестидесяти", 60.0),
    ("семьдесят", 70.0),
    ("семидесяти", 70.0),
    ("восемьдесят", 80.0),
    ("восьмидесяти", 80.0),
    ("девяносто", 90.0),
    ("девяноста", 90.0),
    ("сто", 100.0),
    ("ста", 100.0),
    ("двести", 200.0),
    ("двухсот", 200.0),
    ("триста", 300.0),
    ("трехсот", 300.0),
    ("четыреста", 400.0),
    ("четырехсот", 400.0),
    ("пятьсот", 500.0),
    ("пятисот", 500.0),
    ("шестьсот", 600.0),
    ("шестисот", 600.0),
    ("семьсот", 700.0),
    ("семисот", 700.0),
    ("восемьсот", 800.0),
    ("восьмисот", 800.0),
    ("девятьсот", 900.0),
    ("девятисот", 900.0),
    ("сутки", 24.0),
    ("суток", 24.0),
    ("суткам", 24.0),
    ("сутках", 24.0),
    ("полтора", 1.5),
    ("полторы", 1.5),
    ("дюжина", 12.0),
    ("дюжины", 12.0),
];

fn ru(w: &str) -> Option<(f64, Class)> {
    match RU_WORDS.iter().find(|(form, _)| *form == w) {
        Some(&(_, v)) => Some((v, class(v))),
        None => ru_stem(w),
    }
}

const RU_TEENS: [(&str, f64); 9] = [
    ("одиннадцат", 11.0),
    ("двенадцат", 12.0),
    ("тринадцат", 13.0),
    ("четырнадцат", 14.0),
    ("пятнадцат", 15.0),
    ("шестнадцат", 16.0),
    ("семнадцат", 17.0),
    ("восемнадцат", 18.0),
    ("девятнадцат", 19.0),
];

const RU_BIG: [(&str, f64); 3] = [("тысяч", 1000.0), ("миллион", 1e6), ("миллиард", 1e9)];

fn ru_stem(w: &str) -> Option<(f64, Class)> {
    for (stem, v) in RU_TEENS {
        if let Some(rest) = w.strip_prefix(stem) {
            if matches!(rest, "ь" | "и" | "ью") || ordinal_ending(rest) {
                return Some((v, Class::Add));
            }
        }
    }
    for (stem, v) in RU_BIG {
        if let Some(rest) = w.strip_prefix(stem) {
            if rest.chars().count() <= 3 {
                return Some((v, Class::Big));
            }
        }
    }
    None
}

const RU_ORDINALS: [(&str, f64); 10] = [
    ("перв", 1.0),
    ("втор", 2.0),
    ("трет", 3.0),
    ("четверт", 4.0),
    ("пят", 5.0),
    ("шест", 6.0),
    ("седьм", 7.0),
    ("восьм", 8.0),
    ("девят", 9.0),
    ("десят", 10.0),
];

fn ru_ordinal(w: &str) -> Option<(f64, Class)> {
    for (stem, v) in RU_ORDINALS {
        if let Some(rest) = w.strip_prefix(stem) {
            if ordinal_ending(rest) {
                return Some((v, Class::Add));
            }
        }
    }
    None
}

fn ordinal_ending(rest: &str) -> bool {
    matches!(
        rest,
        "ый" | "ой"
            | "ая"
            | "ое"
            | "ого"
            | "ому"
            | "ом"
            | "ую"
            | "ые"
            | "ых"
            | "ым"
            | "ыми"
            | "ий"
            | "ья"
            | "ье"
            | "ьего"
            | "ьей"
            | "ьем"
            | "ьи"
            | "ьих"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_words() {
        assert_eq!(word_value("елу", Lang::Kk).map(|v| v.0), Some(50.0));
        assert_eq!(word_value("бірінші", Lang::Kk).map(|v| v.0), Some(1.0));
        assert_eq!(word_value("алты", Lang::Kk).map(|v| v.0), Some(6.0));
        assert_eq!(word_value("үшін", Lang::Kk), None);
        assert_eq!(word_value("онда", Lang::Kk), None);
        assert_eq!(word_value("бесік", Lang::Kk), None);
    }

    #[test]
    fn russian_words() {
        assert_eq!(word_value("пятьдесят", Lang::Ru).map(|v| v.0), Some(50.0));
        assert_eq!(word_value("тысячи", Lang::Ru).map(|v| v.0), Some(1000.0));
        assert_eq!(word_value("пятнадцати", Lang::Ru).map(|v| v.0), Some(15.0));
        assert_eq!(word_value("пятно", Lang::Ru), None);
    }

    /// Every stem and form a number word begins with, for `lang`.
    fn beginnings(lang: Lang) -> Vec<&'static str> {
        match lang {
            Lang::Kk => KK_STEMS
                .iter()
                .map(|(s, _)| *s)
                .chain(["тәулік", "қырқ"])
                .collect(),
            Lang::Ru => RU_WORDS
                .iter()
                .chain(&RU_TEENS)
                .chain(&RU_BIG)
                .chain(&RU_ORDINALS)
                .map(|(s, _)| *s)
                .collect(),
        }
    }

    #[test]
    fn every_number_word_passes_the_three_letter_filter() {
        for lang in [Lang::Kk, Lang::Ru] {
            for b in beginnings(lang) {
                let c: Vec<char> = b.chars().collect();
                if c.len() >= 3 {
                    assert!(may_be_number_word3([c[0], c[1], c[2]], lang), "{b}");
                } else {
                    // A two-letter stem: any third letter, or none.
                    for third in [' ', 'а', 'ғ', 'д', 'ы', 'і', 'z'] {
                        assert!(may_be_number_word3([c[0], c[1], third], lang), "{b}");
                    }
                }
            }
        }
        // Common words that pass the two-letter filter are turned away.
        let passes = |lang, w: &str| {
            let mut c = w.chars().chain("  ".chars());
            may_be_number_word3(
                [c.next().unwrap(), c.next().unwrap(), c.next().unwrap()],
                lang,
            )
        };
        assert!(!passes(Lang::Ru, "после"));
        assert!(!passes(Lang::Ru, "вопрос"));
        assert!(!passes(Lang::Kk, "бұл"));
        assert!(passes(Lang::Kk, "онға") && passes(Lang::Kk, "үш"));
    }

    proptest::proptest! {
        #[test]
        fn a_word_the_filters_turn_away_is_no_number_word(
            w in "(бір|екі|үш|он|жүз|мың|сто|пят|сем|дв|тр|пол|перв|тысяч|оди)?[а-яәғқңөұүһі]{0,6}",
        ) {
            let c: Vec<char> = w.chars().chain("  ".chars()).collect();
            for lang in [Lang::Kk, Lang::Ru] {
                if word_value(&w, lang).is_some() {
                    proptest::prop_assert!(may_be_number_word([c[0], c[1]], lang));
                    proptest::prop_assert!(may_be_number_word3([c[0], c[1], c[2]], lang));
                }
            }
        }
    }

    #[test]
    fn every_number_word_passes_the_first_letter_filter() {
        let first = |w: &str| {
            let mut c = w.chars();
            [c.next().unwrap(), c.next().unwrap()]
        };
        for (stem, _) in KK_STEMS {
            assert!(may_be_number_word(first(stem), Lang::Kk), "{stem}");
        }
        for w in ["тәулік", "қырқы"] {
            assert!(word_value(w, Lang::Kk).is_some(), "{w}");
        }
        for (stem, _) in RU_TEENS.iter().chain(&RU_BIG).chain(&RU_ORDINALS) {
            assert!(may_be_number_word(first(stem), Lang::Ru), "{stem}");
        }
        // One form of every literal arm of `ru`.
        for w in [
            "один",
            "два",
            "три",
            "четыре",
            "пять",
            "шесть",
            "семь",
            "восемь",
            "девять",
            "десять",
            "двадцать",
            "тридцать",
            "сорок",
            "пятьдесят",
            "шестьдесят",
            "семьдесят",
            "восемьдесят",
            "девяносто",
            "сто",
            "двести",
            "триста",
            "четыреста",
            "пятьсот",
            "шестьсот",
            "семьсот",
            "восемьсот",
            "девятьсот",
            "сутки",
            "полтора",
            "дюжина",
        ] {
            assert!(word_value(w, Lang::Ru).is_some(), "{w}");
        }
    }
}
