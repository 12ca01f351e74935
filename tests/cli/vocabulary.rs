//! The archive's own vocabulary: a word the dictionaries do not know counts as a
//! word once the stored texts of two articles hold it, and the cache of those
//! texts (`.qostil/cache/vocabulary-v2-<lang>.dat`) never makes a verdict stale.

use crate::support::*;
use serde_json::Value;
use std::time::{Duration, UNIX_EPOCH};

/// (class, reason) of the only change of `m`'s original.
fn verdict(a: &Archive) -> (String, String) {
    let doc: Value = a.q(&["diff", "m", "--format", "json"]).run().ok().json();
    let changes = doc["source"]["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{doc}");
    let reasons: Vec<&str> = changes[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["reason"].as_str())
        .collect();
    assert!(!reasons.is_empty() && reasons.iter().all(|r| *r == reasons[0]));
    (
        changes[0]["class"].as_str().unwrap().to_string(),
        reasons[0].to_string(),
    )
}

fn replace_ru(a: &Archive, id: &str, from: &str, to: &str) {
    let rel = format!("articles/{id}/ru.md");
    let text = a.read(&rel);
    assert!(text.contains(from), "{rel} lacks {from:?}");
    a.write(&rel, text.replacen(from, to, 1));
}

/// Dates the articles' `history/` folders `secs` before a fixed time long past,
/// `articles/` before them all, as if the articles had been made then (a cache
/// is not trusted for folders changed just before it was written).
fn age(a: &Archive, ids: &[&str], secs: u64) {
    let at = |secs: u64| UNIX_EPOCH + Duration::from_secs(1_700_000_000 - secs);
    for id in ids {
        let dir = std::fs::File::open(a.path(&format!("articles/{id}/history"))).unwrap();
        dir.set_modified(at(secs)).unwrap();
    }
    let dir = std::fs::File::open(a.path("articles")).unwrap();
    dir.set_modified(at(1000)).unwrap();
}

#[test]
fn a_new_word_in_two_articles_is_a_word_and_the_cache_follows_new_sign_offs() {
    let a = Archive::new();
    // A new word (a name would be judged as a name), in no dictionary.
    let ru = RU.replace("автомобилем", "дипфейка");
    for id in ["m", "p1", "p2"] {
        a.article(id, "ru", Some(KK), Some(&ru));
        a.q(&["sign", id]).by(DAMIR).run().ok();
    }
    age(&a, &["m", "p1", "p2"], 100);
    // `дипфейки` is no word the dictionaries or the archive know: a typo.
    replace_ru(&a, "m", "дипфейка", "дипфейки");
    let typo = ("cosmetic".to_string(), "spelling".to_string());
    assert_eq!(verdict(&a), typo);
    assert!(a.exists(".qostil/cache/vocabulary-v2-ru.dat"));
    assert!(a.read(".qostil/.gitignore").lines().any(|l| l == "*"));
    // Answered from the cache now: the same.
    assert_eq!(verdict(&a), typo);
    assert_eq!(a.state("m"), "translated");
    // Two other articles are signed with the plural: now it is a word form.
    for id in ["p1", "p2"] {
        replace_ru(&a, id, "дипфейка", "дипфейки");
        a.q(&["sign", id]).by(DAMIR).run().ok();
    }
    age(&a, &["p1", "p2"], 50);
    let form = ("substantive".to_string(), "word-form".to_string());
    assert_eq!(verdict(&a), form);
    assert_eq!(verdict(&a), form);
    assert_eq!(a.state("m"), "stale");
    // A broken cache is ignored and replaced.
    a.write(
        ".qostil/cache/vocabulary-v2-ru.dat",
        "qostil vocabulary texts v2 ru x\n",
    );
    assert_eq!(verdict(&a), form);
    assert!(a.read(".qostil/cache/vocabulary-v2-ru.dat").len() > 100);
}
