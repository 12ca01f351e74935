//! A 5 MB paragraph: every command handles it.

use crate::support::*;
use serde_json::json;

/// A title and one paragraph of about `bytes` bytes on one line.
fn huge(title: &str, sentence: &str, bytes: usize) -> String {
    let mut text = format!("# {title}\n\n");
    while text.len() < bytes {
        text.push_str(sentence);
        text.push(' ');
    }
    text.push('\n');
    text
}

#[test]
fn a_five_megabyte_paragraph() {
    const SIZE: usize = 5 * 1024 * 1024;
    let kk = huge(
        "Үлкен мақала",
        "Лондондерри қаласында үйді бірнеше рет көлікпен соққан 33, 34 және 39 жастағы ер адамдар тұтқындалды.",
        SIZE,
    );
    let ru = huge(
        "Большая статья",
        "Наезд был совершен в четверг около 19:30 по местному времени в районе Баллинагард Кресент.",
        SIZE,
    );
    assert!(kk.len() >= SIZE && ru.len() >= SIZE);
    let a = Archive::new();
    a.article("big", "kk", Some(&kk), Some(&ru));

    assert_eq!(a.state("big"), "in-progress");
    a.q(&["status"]).run().ok().stdout_has("big");
    a.q(&["sign", "big"]).by(DAMIR).run().ok();
    assert_eq!(a.state("big"), "translated");
    // The stored copies are whole.
    let stored: Vec<u64> = std::fs::read_dir(a.path("articles/big/history"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .collect();
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|n| *n as usize >= SIZE));

    let out = a.q(&["show", "big"]).run().ok();
    assert!(out.stdout.len() > 2 * SIZE);
    assert!(out.stdout.contains("\nkk ¶2 Лондондерри"));
    assert!(out.stdout.contains("\nru ¶2 Наезд"));
    let doc = a.q(&["show", "big", "--format", "json"]).run().ok().json();
    assert_eq!(
        doc["kk"][1]["text"].as_str().unwrap().len(),
        kk.len() - "# Үлкен мақала\n\n".len() - 2
    );
    assert_eq!(
        doc["pairs"],
        json!([{"kk": [1], "ru": [1]}, {"kk": [2], "ru": [2]}])
    );

    // One word changed at the very end: stale, paragraph 2.
    let edited = kk.replacen("тұтқындалды. \n", "ұсталды. \n", 1);
    assert_ne!(edited, kk);
    a.write("articles/big/kk.md", &edited);
    let s = a.status_of("big");
    assert_eq!(s["state"], "stale");
    assert_eq!(s["changed"], json!({"source": [2], "target": []}));
    // Re-wrapped into many lines of the same paragraph: no change to the translation.
    a.write("articles/big/ru.md", ru.replace(". ", ".\n"));
    assert_eq!(a.status_of("big")["changed"]["target"], json!([]));
}
