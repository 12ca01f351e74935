//! "Did you mean": the nearest article id or roster name to what was typed.
//!
//! Two keys, in one place so the roster's own folding (one person, one name) can
//! replace them:
//!
//! * [`name_key`] — what makes two spellings the same name: Unicode NFC, letter
//!   case, runs of white space (`мария  ким` = `Мария Ким`);
//! * [`near_key`] — what makes them near for a suggestion: also Kazakh letters
//!   folded to their Russian look-alikes (і → и, ә → а, қ → к, ң → н, ғ → г,
//!   ө → о, ұ/ү → у, һ → х) and ё → е, so `Айгерим` is next to `Айгерім`.
//!
//! The distance is the diff engine's bounded optimal-string-alignment edit distance
//! over the near keys, bounded by the length of what was typed.

/// The key under which two spellings are the same name: one person, one name
/// ([`crate::identity::name_key`]: NFC, case, white space, invisible characters,
/// Latin look-alikes).
pub fn name_key(s: &str) -> String {
    crate::identity::name_key(s)
}

/// The key under which two spellings are near.
pub fn near_key(s: &str) -> String {
    name_key(s)
        .chars()
        .map(|c| match c {
            'і' | 'i' => 'и',
            'ә' => 'а',
            'қ' => 'к',
            'ң' => 'н',
            'ғ' => 'г',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'ё' => 'е',
            c => c,
        })
        .collect()
}

/// The candidate nearest to `typed`, if one is near enough: at most a quarter of
/// the typed length in edits (at least 2). The same after [`near_key`] is nearest.
pub fn nearest<'a, I>(typed: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    let key: Vec<char> = near_key(typed).chars().collect();
    let max = (key.len() / 4).max(2);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let other: Vec<char> = near_key(candidate).chars().collect();
        let d = crate::diff::words::osa_distance(&key, &other, max);
        if d <= max && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_same_after_nfc_case_and_spaces() {
        assert_eq!(name_key(" мария  КИМ "), name_key("Мария Ким"));
        // й written as и + combining breve.
        assert_eq!(name_key("Аи\u{306}гуль"), name_key("Айгуль"));
        assert_ne!(name_key("Айгерим"), name_key("Айгерім"));
    }

    #[test]
    fn suggests_the_nearest_id_or_name() {
        let ids = ["2026/astana-budget", "2026/vktu-round-table"];
        assert_eq!(
            nearest("2026/astana-budjet", ids).as_deref(),
            Some("2026/astana-budget")
        );
        assert_eq!(nearest("2026/nothing-like-it", ids), None);
        let names = ["Айгерім Сапарова", "Дамир Омаров"];
        assert_eq!(
            nearest("Айгерим Сапарова", names).as_deref(),
            Some("Айгерім Сапарова")
        );
        assert_eq!(
            nearest("дамир  омаров", names).as_deref(),
            Some("Дамир Омаров")
        );
        assert_eq!(nearest("Мария Ким", names), None);
    }
}
