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

fn ru(w: &str) -> Option<(f64, Class)> {
    let v: f64 = match w {
        "один" | "одна" | "одно" | "одного" | "одной" | "одному" | "одним" | "одном" | "одну" => {
            1.0
        }
        "два" | "две" | "двух" | "двум" | "двумя" => 2.0,
        "три" | "трех" | "трем" | "тремя" => 3.0,
        "четыре" | "четырех" | "четырем" | "четырьмя" => 4.0,
        "пять" | "пяти" | "пятью" => 5.0,
        "шесть" | "шести" | "шестью" => 6.0,
        "семь" | "семи" | "семью" => 7.0,
        "восемь" | "восьми" | "восемью" => 8.0,
        "девять" | "девяти" | "девятью" => 9.0,
        "десять" | "десяти" | "десятью" => 10.0,
        "двадцать" | "двадцати" => 20.0,
        "тридцать" | "тридцати" => 30.0,
        "сорок" | "сорока" => 40.0,
        "пятьдесят" | "пятидесяти" => 50.0,
        "шестьдесят" | "шестидесяти" => 60.0,
        "семьдесят" | "семидесяти" => 70.0,
        "восемьдесят" | "восьмидесяти" => 80.0,
        "девяносто" | "девяноста" => 90.0,
        "сто" | "ста" => 100.0,
        "двести" | "двухсот" => 200.0,
        "триста" | "трехсот" => 300.0,
        "четыреста" | "четырехсот" => 400.0,
        "пятьсот" | "пятисот" => 500.0,
        "шестьсот" | "шестисот" => 600.0,
        "семьсот" | "семисот" => 700.0,
        "восемьсот" | "восьмисот" => 800.0,
        "девятьсот" | "девятисот" => 900.0,
        "сутки" | "суток" | "суткам" | "сутках" => 24.0,
        "полтора" | "полторы" => 1.5,
        "дюжина" | "дюжины" => 12.0,
        _ => return ru_stem(w),
    };
    Some((v, class(v)))
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
