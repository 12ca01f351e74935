//! Cosmetic means cosmetic: a one-letter edit between two real word forms (gender,
//! number, tense) is substantive and makes the article stale; a misspelling of a
//! word fixed or made is a typo, cosmetic, and leaves the translation as it was.
//! Each changed word says why in `diff --format json` (`reason`) and in the human
//! diff next to the class.

use crate::support::*;
use serde_json::Value;

/// The Macedonian referendum article (NTREX-128, rt.com.91337; see
/// tests/fixtures/LICENSES.md), the first line made the title.
const MK_KK: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/kk.txt");
const MK_RU: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/ru.txt");

/// The article `m` with `source` as the original, signed by Дамир.
fn signed(source: &str) -> Archive {
    let a = Archive::new();
    a.article(
        "m",
        source,
        Some(&format!("# {MK_KK}")),
        Some(&format!("# {MK_RU}")),
    );
    a.q(&["sign", "m"]).by(DAMIR).run().ok();
    assert_eq!(a.state("m"), "translated");
    a
}

fn replace(a: &Archive, rel: &str, from: &str, to: &str) {
    let text = a.read(rel);
    assert!(text.contains(from), "{rel} lacks {from:?}");
    a.write(rel, text.replacen(from, to, 1));
}

/// (class of the only change of the original, its changed words as (op, text, reason)).
fn source_change(a: &Archive) -> (String, Vec<(String, String, String)>) {
    let doc: Value = a.q(&["diff", "m", "--format", "json"]).run().ok().json();
    let changes = doc["source"]["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{doc}");
    assert_eq!(doc["target"]["changes"].as_array().unwrap().len(), 0);
    let words = changes[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "equal")
        .map(|w| {
            assert!(w["text"].is_string());
            (
                w["op"].as_str().unwrap().to_string(),
                w["text"].as_str().unwrap().to_string(),
                w["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Equal runs carry no reason.
    assert!(changes[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] == "equal")
        .all(|w| w.get("reason").is_none()));
    (changes[0]["class"].as_str().unwrap().to_string(), words)
}

fn pair(old: &str, new: &str, reason: &str) -> Vec<(String, String, String)> {
    vec![
        ("delete".into(), old.into(), reason.into()),
        ("insert".into(), new.into(), reason.into()),
    ]
}

#[test]
fn russian_zayavil_to_zayavila_is_a_new_word_form_and_stales() {
    let a = signed("ru");
    // The president's statement now comes from a woman: one letter, new meaning.
    replace(&a, "articles/m/ru.md", "заявил,", "заявила,");
    assert_eq!(
        source_change(&a),
        (
            "substantive".to_string(),
            pair("заявил", "заявила", "word-form")
        )
    );
    assert_eq!(a.state("m"), "stale");
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("[substantive: word form]")
        .stdout_has("[-заявил-]{+заявила+}");
    a.q(&["diff", "m"])
        .env("QOSTIL_LANG", "ru")
        .run()
        .ok()
        .stdout_has("существенное: форма слова");
}

#[test]
fn russian_transposition_typo_is_a_spelling_fix_and_does_not_stale() {
    let a = signed("ru");
    replace(&a, "articles/m/ru.md", "заявил,", "заявли,");
    assert_eq!(
        source_change(&a),
        ("cosmetic".to_string(), pair("заявил", "заявли", "spelling"))
    );
    assert_eq!(a.state("m"), "translated");
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("[cosmetic: spelling fix]");
    // Fixing it back is a spelling fix too.
    a.q(&["sign", "m"]).by(DAMIR).run().ok();
    replace(&a, "articles/m/ru.md", "заявли,", "заявил,");
    assert_eq!(
        source_change(&a),
        ("cosmetic".to_string(), pair("заявли", "заявил", "spelling"))
    );
    assert_eq!(a.state("m"), "translated");
}

#[test]
fn kazakh_barady_to_bardy_is_a_new_tense_and_stales() {
    let a = signed("kk");
    // "go" becomes "went": one letter dropped, another tense.
    replace(
        &a,
        "articles/m/kk.md",
        "референдумге барады",
        "референдумге барды",
    );
    assert_eq!(
        source_change(&a),
        (
            "substantive".to_string(),
            pair("барады", "барды", "word-form")
        )
    );
    assert_eq!(a.state("m"), "stale");
    a.q(&["diff", "m"])
        .env("QOSTIL_LANG", "kk")
        .run()
        .ok()
        .stdout_has("мазмұндық: сөз тұлғасы");
}

#[test]
fn kazakh_transposition_typo_is_a_spelling_fix_and_does_not_stale() {
    let a = signed("kk");
    replace(&a, "articles/m/kk.md", "атауын өзгерту", "атауын өзгрету");
    assert_eq!(
        source_change(&a),
        (
            "cosmetic".to_string(),
            pair("өзгерту", "өзгрету", "spelling")
        )
    );
    assert_eq!(a.state("m"), "translated");
    a.q(&["diff", "m"])
        .env("QOSTIL_LANG", "kk")
        .run()
        .ok()
        .stdout_has("косметикалық: қате жазылу");
}

#[test]
fn cosmetic_reasons_say_what_changed() {
    let a = signed("ru");
    replace(&a, "articles/m/ru.md", "заявил, что", "заявил —  что");
    let (class, words) = source_change(&a);
    assert_eq!(class, "cosmetic");
    assert!(words.iter().all(|w| w.2 == "punctuation"), "{words:?}");
}
