//! One person, one name: when two spellings of a name are the same person.
//!
//! Names are typed by hand (`--by`), come from git or the environment, and are
//! read from rosters and ledgers written on other machines. Two spellings are the
//! same person when their [`name_key`]s are equal: the key is taken after Unicode
//! NFC (a decomposed `й` is `й`), with zero-width and other invisible format
//! characters removed, Latin letters that look like Cyrillic ones read as those
//! (`a` and `а`, `o` and `о`, `i` and `і`…), case folded, and runs of white space
//! (an NBSP, a tab, a double space) made one space. So a translator cannot approve
//! their own work by spelling their name another way. Pure: no I/O.

use unicode_normalization::UnicodeNormalization;

/// The key two spellings of one person's name share.
///
/// ```
/// use qostil::identity::name_key;
/// assert_eq!(name_key(" Айгерім  Сапарова "), name_key("айгерім сапарова"));
/// assert_eq!(name_key("Aйгерім Сапарова"), name_key("Айгерім Сапарова")); // Latin A
/// assert_ne!(name_key("Айгерім Сапарова"), name_key("Айгерім Сапаров"));
/// ```
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfc() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(skeleton(c).to_lowercase());
    }
    out
}

/// Whether two spellings name the same person (see [`name_key`]).
pub fn same_person(a: &str, b: &str) -> bool {
    a == b || name_key(a) == name_key(b)
}

/// Zero-width and format characters, which change no letter a reader sees.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
        | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}')
        || (c.is_control() && !c.is_whitespace())
}

/// The Cyrillic letter a Latin look-alike is read as (names in this archive are
/// written in Cyrillic; a Latin letter inside one is a slip or a trick).
fn skeleton(c: char) -> char {
    match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'C' => 'С',
        'c' => 'с',
        'E' => 'Е',
        'e' => 'е',
        'H' => 'Н',
        'h' => 'һ',
        'I' => 'І',
        'i' => 'і',
        'K' => 'К',
        'k' => 'к',
        'M' => 'М',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'Y' => 'У',
        'y' => 'у',
        // Cyrillic letters that stand for the same shape.
        'Ё' => 'Е',
        'ё' => 'е',
        'Ӏ' | 'ӏ' => 'І',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_spellings_of_one_name_are_one_person() {
        let name = "Айгерім Сапарова";
        let nfd: String = name.nfd().collect();
        assert_ne!(nfd, name);
        for variant in [
            "айгерім сапарова",
            "Айгерім  Сапарова",
            nfd.as_str(),
            "Aйгерім Сапарова",
            "Айгерім\u{A0}Сапарова",
            "Айге\u{200B}рім Сапарова",
            " Айгерім\tСапарова ",
        ] {
            assert!(same_person(name, variant), "{variant:?}");
        }
        assert!(!same_person(name, "Айгерім Сапаров"));
        assert!(!same_person(name, "Айгерим Сапарова"));
        assert!(!same_person("Дамир Омаров", "Айгерім Сапарова"));
    }

    #[test]
    fn latin_names_compare_by_shape() {
        assert!(same_person("Aigerim Saparova", "aigerim  saparova"));
        assert!(!same_person("Aigerim", "Aigerin"));
        assert_eq!(name_key("\u{200B} "), "");
    }
}
