//! Every state, computed from the files and the ledger.

use crate::support::*;
use serde_json::json;

/// An archive with one kk-original article, signed by Дамир and approved by Мария.
fn approved() -> Archive {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.q(&["approve", "a"]).by(MARIA).run().ok();
    assert_eq!(a.state("a"), "approved");
    a
}

#[test]
fn untranslated_when_the_translation_is_missing_or_empty() {
    let a = Archive::new();
    a.article("missing", "kk", Some(KK), None);
    a.article("empty", "ru", Some(" \n\n\t\n"), Some(RU));
    a.article("bom-only", "kk", Some(KK), Some("\u{FEFF}\n"));
    let status = a.q(&["status", "--format", "json"]).run().ok().json();
    for id in ["missing", "empty", "bom-only"] {
        let s = status["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap();
        assert_eq!(s["state"], "untranslated", "{id}: {s}");
        assert_eq!(s["by"], json!(null));
        assert_eq!(s["since"], json!(null));
        assert_eq!(s["changed"], json!({"source": [], "target": []}));
    }
    assert_eq!(status["summary"]["untranslated"], 3);
    // The versions are reported the right way round.
    let empty = &status["articles"][0];
    assert_eq!(
        (
            empty["id"].as_str(),
            empty["source"].as_str(),
            empty["target"].as_str()
        ),
        (Some("bom-only"), Some("kk"), Some("ru"))
    );
    assert_eq!(a.status_of("empty")["source"], "ru");
    assert_eq!(a.status_of("empty")["target"], "kk");
}

#[test]
fn in_progress_when_claimed_and_when_reopened() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.q(&["claim", "a"])
        .by(DAMIR)
        .now("2026-11-26T11:30:00+05:00")
        .run()
        .ok()
        .stdout_is("a: claimed.\n");
    let s = a.status_of("a");
    assert_eq!(s["state"], "in-progress");
    assert_eq!(s["by"], DAMIR);
    assert_eq!(s["since"], "2026-11-26T11:30:00+05:00");

    // Claimed with the translation half written: still in progress.
    a.write("articles/a/ru.md", "# Лондондерри\n");
    assert_eq!(a.state("a"), "in-progress");

    // Signed, then reopened by an editor: in progress again, held by the reopener.
    a.write("articles/a/ru.md", RU);
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-26T17:00:00+05:00")
        .run()
        .ok();
    assert_eq!(a.state("a"), "translated");
    a.q(&["reopen", "a", "--note", "¶3 жоқ"])
        .by(MARIA)
        .now("2026-11-27T09:00:00+05:00")
        .run()
        .ok()
        .stdout_is("a: reopened.\n");
    let s = a.status_of("a");
    assert_eq!(s["state"], "in-progress");
    assert_eq!(s["by"], MARIA);
    assert_eq!(s["since"], "2026-11-27T09:00:00+05:00");
    // A new sign-off closes the reopening.
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-27T10:00:00+05:00")
        .run()
        .ok();
    assert_eq!(a.state("a"), "translated");
}

#[test]
fn a_translation_never_signed_is_in_progress() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    let s = a.status_of("a");
    assert_eq!(s["state"], "in-progress");
    assert_eq!(s["by"], json!(null));
}

#[test]
fn translated_then_approved() {
    let a = Archive::new();
    a.article("a", "ru", Some(KK), Some(RU));
    a.q(&["sign", "a"])
        .by(AIGERIM)
        .now("2026-11-26T18:04:00+05:00")
        .run()
        .ok()
        .stdout_is("a: translated.\n");
    let s = a.status_of("a");
    assert_eq!(s["state"], "translated");
    assert_eq!(s["by"], AIGERIM);
    assert_eq!(s["since"], "2026-11-26T18:04:00+05:00");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));

    a.q(&["approve", "a"])
        .by(MARIA)
        .now("2026-11-26T19:00:00+05:00")
        .run()
        .ok()
        .stdout_is("a: approved.\n");
    let s = a.status_of("a");
    assert_eq!(s["state"], "approved");
    assert_eq!(s["by"], MARIA);
    assert_eq!(s["since"], "2026-11-26T19:00:00+05:00");
    // The sign-offs stored both texts, named by their hash.
    let stored: Vec<String> = std::fs::read_dir(a.path("articles/a/history"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert!(stored
        .iter()
        .any(|f| f.starts_with("kk-") && f.ends_with(".md")));
    assert!(stored
        .iter()
        .any(|f| f.starts_with("ru-") && f.ends_with(".md")));
}

#[test]
fn stale_when_the_original_changes_after_sign_off() {
    let a = approved();
    // Change paragraph 3 and add a fifth one.
    let edited =
        KK.replace("бейсенбіде", "жұмада") + "\nБәлкім бір мезетте көлікке садақ атылған шығар.\n";
    a.write("articles/a/kk.md", &edited);
    let s = a.status_of("a");
    assert_eq!(s["state"], "stale");
    assert_eq!(s["changed"], json!({"source": [3, 5], "target": []}));
    // Held by the translator who must redo it, since their sign-off.
    assert_eq!(s["by"], DAMIR);
    assert_eq!(s["since"], clock(0));
    assert_eq!(a.status_json()["summary"]["stale"], 1);

    // Human output lists it with the paragraphs.
    a.q(&["status"])
        .run()
        .ok()
        .stdout_has("stale")
        .stdout_has("original ¶3, ¶5: 2 substantive");

    // Signing again makes it translated, with nothing changed.
    // (Both paragraphs the diff points at are revised: sign means "I revised it".)
    a.write(
        "articles/a/ru.md",
        RU.replace("в четверг", "в пятницу")
            + "\nВозможно, в машину в тот же момент выстрелили из лука.\n",
    );
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    let s = a.status_of("a");
    assert_eq!(s["state"], "translated");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));
}

#[test]
fn stale_when_a_paragraph_is_deleted_or_moved() {
    let a = approved();
    let paras: Vec<&str> = KK.trim_end().split("\n\n").collect();
    // Drop paragraph 2: no current paragraph is new, but the original changed.
    let dropped = [paras[0], paras[2], paras[3]].join("\n\n") + "\n";
    a.write("articles/a/kk.md", &dropped);
    let s = a.status_of("a");
    assert_eq!(s["state"], "stale");
    assert_eq!(s["changed"]["source"], json!([]));
    // Swap paragraphs 3 and 4.
    let swapped = [paras[0], paras[1], paras[3], paras[2]].join("\n\n") + "\n";
    a.write("articles/a/kk.md", &swapped);
    assert_eq!(a.state("a"), "stale");
}

#[test]
fn edited_when_the_translation_changes_after_sign_off() {
    let a = approved();
    a.write(
        "articles/a/ru.md",
        RU.replace("в четверг около 19:30", "в четверг около 19:45"),
    );
    let s = a.status_of("a");
    assert_eq!(s["state"], "edited");
    assert_eq!(s["changed"], json!({"source": [], "target": [3]}));
    assert_eq!(s["by"], DAMIR);
    a.q(&["status"])
        .run()
        .ok()
        .stdout_has("edited")
        .stdout_has("translation ¶3: 1 substantive");
    // When both changed, stale wins and both lists are given.
    a.write("articles/a/kk.md", KK.replace("33, 34", "32, 34"));
    let s = a.status_of("a");
    assert_eq!(s["state"], "stale");
    assert_eq!(s["changed"], json!({"source": [2], "target": [3]}));
}

/// The text with CRLF line ends, trailing spaces and its long lines re-wrapped.
fn reformatted(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.len() > 60 && !line.starts_with('#') {
            // Re-wrap: break the line at its middle space.
            let words: Vec<&str> = line.split(' ').collect();
            let half = words.len() / 2;
            out.push_str(&words[..half].join(" "));
            out.push_str("   \r\n");
            out.push_str(&words[half..].join(" "));
        } else {
            out.push_str(line);
        }
        out.push_str(" \t\r\n");
    }
    out.push_str("\r\n\r\n");
    out
}

#[test]
fn white_space_never_makes_an_article_stale_or_edited() {
    let a = approved();
    let kk = reformatted(KK);
    let ru = reformatted(RU);
    assert_ne!(kk, KK);
    assert!(kk.contains("\r\n") && kk.contains("   \r\n"));
    a.write("articles/a/kk.md", &kk);
    let s = a.status_of("a");
    assert_eq!(s["state"], "approved", "{s}");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));
    a.write("articles/a/ru.md", &ru);
    let s = a.status_of("a");
    assert_eq!(s["state"], "approved", "{s}");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));
    // A byte-order mark, no-break spaces and a zero-width space change nothing either.
    a.write(
        "articles/a/kk.md",
        format!(
            "\u{FEFF}{}",
            KK.replace("33, 34", "33,\u{00A0}34")
                .replace("адамдар ", "адамдар\u{200B} ")
        ),
    );
    let s = a.status_of("a");
    assert_eq!(s["state"], "approved", "{s}");
    // But a real edit next to the white space does.
    a.write(
        "articles/a/kk.md",
        reformatted(&KK.replace("33, 34", "33, 35")),
    );
    assert_eq!(a.status_of("a")["changed"]["source"], json!([2]));
    // A translated (not yet approved) article stays translated too.
    let b = Archive::new();
    b.article("b", "ru", Some(KK), Some(RU));
    b.q(&["sign", "b"]).by(AIGERIM).run().ok();
    b.write("articles/b/ru.md", &ru);
    b.write("articles/b/kk.md", &kk);
    assert_eq!(b.state("b"), "translated");
}

#[test]
fn every_state_at_once_in_json_and_human_output() {
    let a = Archive::new();
    a.article("1-untranslated", "kk", Some(KK), None);
    a.article("2-in-progress", "kk", Some(KK), None);
    a.article("3-translated", "kk", Some(KK), Some(RU));
    a.article("4-approved", "kk", Some(KK), Some(RU));
    a.article("5-stale", "kk", Some(KK), Some(RU));
    a.article("6-edited", "ru", Some(KK), Some(RU));
    a.q(&["claim", "2-in-progress"]).by(DAMIR).run().ok();
    a.q(&["sign", "3-translated", "4-approved", "5-stale", "6-edited"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("3-translated: translated.\n4-approved: translated.\n5-stale: translated.\n6-edited: translated.\n");
    a.q(&["approve", "4-approved"]).by(MARIA).run().ok();
    a.write("articles/5-stale/kk.md", KK.replace("19:30", "20:30"));
    a.write("articles/6-edited/kk.md", KK.replace("19:30", "20:30"));

    let status = a.q(&["status", "--format", "json"]).run().ok().json();
    let states: Vec<(String, String)> = status["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["state"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("1-untranslated", "untranslated"),
        ("2-in-progress", "in-progress"),
        ("3-translated", "translated"),
        ("4-approved", "approved"),
        ("5-stale", "stale"),
        ("6-edited", "edited"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(states, expected);
    assert_eq!(
        status["summary"],
        json!({"untranslated": 1, "in-progress": 1, "translated": 1, "approved": 1, "stale": 1, "edited": 1})
    );
    assert_eq!(status["errors"], json!([]));
    assert_eq!(a.status_of("5-stale")["changed"]["source"], json!([3]));
    assert_eq!(a.status_of("6-edited")["changed"]["target"], json!([3]));

    // Human output: everything but the approved one, then the summary line.
    let out = a.q(&["status"]).run().ok();
    for id in [
        "1-untranslated",
        "2-in-progress",
        "3-translated",
        "5-stale",
        "6-edited",
    ] {
        assert!(out.stdout.contains(id), "{id} missing:\n{}", out.stdout);
    }
    let out = out.stdout_lacks("4-approved");
    assert!(out.stdout.starts_with("STATE"), "{}", out.stdout);
    assert!(
        out.stdout.ends_with(
            "6 articles: untranslated 1, in progress 1, stale 1, edited 1, translated 1, approved 1\n"
        ),
        "{}",
        out.stdout
    );
    // No colour in a pipe.
    assert!(!out.stdout.contains('\u{1b}'));
}

#[test]
fn a_translation_deleted_after_sign_off_is_untranslated_again() {
    let a = approved();
    a.remove("articles/a/ru.md");
    let s = a.status_of("a");
    assert_eq!(s["state"], "untranslated");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));
    // The ledger keeps its history.
    assert_eq!(a.log("a").len(), 2);
    a.q(&["approve", "a"]).by(MARIA).run().failed();
}
