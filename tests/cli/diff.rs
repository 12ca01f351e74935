//! `qostil diff ID`: what changed in each version since a sign-off, paragraph by
//! paragraph and word by word, with the paragraphs of the other version to revise.

use crate::support::*;
use serde_json::{json, Value};

/// A six-paragraph kk original with its ru translation (NTREX-128, rt.com.91337; see
/// tests/fixtures/LICENSES.md), the first line made the title.
const MK_KK: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/kk.txt");
const MK_RU: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/ru.txt");

/// An archive with the Macedonian referendum article `m` (kk original), signed by
/// Дамир on 26 November at 10:00.
fn macedonia() -> Archive {
    let a = Archive::new();
    a.article(
        "m",
        "kk",
        Some(&format!("# {MK_KK}")),
        Some(&format!("# {MK_RU}")),
    );
    a.q(&["sign", "m"]).by(DAMIR).run().ok();
    a
}

/// Rewrites the paragraphs (blocks between blank lines) of a version.
fn edit(a: &Archive, rel: &str, f: impl FnOnce(&mut Vec<String>)) {
    let text = a.read(rel);
    let mut paras: Vec<String> = text.trim_end().split("\n\n").map(str::to_string).collect();
    f(&mut paras);
    a.write(rel, paras.join("\n\n") + "\n");
}

/// Replaces one piece of text in a file, which must be there.
fn replace(a: &Archive, rel: &str, from: &str, to: &str) {
    let text = a.read(rel);
    assert!(text.contains(from), "{rel} lacks {from:?}");
    a.write(rel, text.replacen(from, to, 1));
}

fn diff_json(a: &Archive, id: &str) -> Value {
    a.q(&["diff", id, "--format", "json"]).run().ok().json()
}

/// The changes of one side without their words: (kind, old, new, class, counterpart).
fn kinds(side: &Value) -> Vec<Value> {
    side["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| json!([c["kind"], c["old"], c["new"], c["class"], c["counterpart"]]))
        .collect()
}

/// The words a change deleted and inserted, as (op, text) pairs.
fn edits(change: &Value) -> Vec<(String, String)> {
    change["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "equal")
        .map(|w| {
            (
                w["op"].as_str().unwrap().to_string(),
                w["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Every word run of a change put back together, old side and new side.
fn rebuilt(change: &Value) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for w in change["words"].as_array().unwrap() {
        let t = w["text"].as_str().unwrap();
        match w["op"].as_str().unwrap() {
            "equal" => {
                old.push_str(t);
                new.push_str(t);
            }
            "delete" => old.push_str(t),
            "insert" => new.push_str(t),
            op => panic!("unknown op {op}"),
        }
    }
    (old, new)
}

#[test]
fn a_changed_number_is_substantive_and_names_the_translation_paragraph() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-26T17:00:00+05:00")
        .run()
        .ok();
    replace(&a, "articles/a/kk.md", "19:30", "19:45");
    let doc = diff_json(&a, "a");
    let kk3 = "Оқиға Баллинагардта жарты ай түзіп тұрған үйлер қатарында бейсенбіде британдық жазғы уақытпен шамамен 19:";
    assert_eq!(
        doc,
        json!({
            "id": "a",
            "since": {"at": "2026-11-26T17:00:00+05:00", "by": DAMIR, "action": "translated"},
            "source": {"lang": "kk", "changes": [{
                "kind": "changed",
                "old": [3],
                "new": [3],
                "class": "substantive",
                "counterpart": [3],
                "words": [
                    {"op": "equal", "text": kk3},
                    {"op": "delete", "text": "30", "reason": "number"},
                    {"op": "insert", "text": "45", "reason": "number"},
                    {"op": "equal", "text": " болған."},
                ],
            }]},
            "target": {"lang": "ru", "changes": []},
        })
    );
    // The human report, without colour (not a terminal): the edit in brackets.
    a.q(&["diff", "a"]).run().ok().stdout_is(&format!(
        "a: changes since it was translated by {DAMIR} on 2026-11-26 17:00 +05:00\n\
         \n\
         Original (kk): one change\n  \
         ¶3 → ¶3 changed [substantive: number] revise ru ¶3\n      \
         {kk3}[-30-]{{+45+}} болған.\n\
         \n\
         Translation (ru): no changes\n  \
         unchanged since the sign-off\n"
    ));
    assert_eq!(a.state("a"), "stale");
}

#[test]
fn a_punctuation_edit_is_cosmetic_and_stales_only_when_configured() {
    let a = macedonia();
    replace(
        &a,
        "articles/m/kk.md",
        "жексенбі күні ел",
        "жексенбі күні, ел",
    );
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["changed", [2], [2], "cosmetic", [2]])]
    );
    assert_eq!(
        edits(&doc["source"]["changes"][0]),
        [("insert".to_string(), ",".to_string())]
    );
    assert_eq!(doc["target"]["changes"], json!([]));
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("¶2 → ¶2 changed [cosmetic: punctuation] revise ru ¶2\n")
        .stdout_has("күні{+,+} ел");
    // By default a cosmetic edit leaves the translation as it was…
    assert_eq!(a.state("m"), "translated");
    // …unless the archive says cosmetic edits count.
    a.write(
        "qostil.toml",
        "# test archive\n\n[drift]\ncosmetic-makes-stale = true\n",
    );
    assert_eq!(a.state("m"), "stale");
    assert_eq!(
        a.status_of("m")["changed"],
        json!({"source": [2], "target": []})
    );
}

#[test]
fn a_negation_is_substantive_in_both_languages() {
    // A Kazakh verb turned negative with -ме-.
    let a = macedonia();
    replace(&a, "articles/m/kk.md", "мәлімдеді.", "мәлімдемеді.");
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["changed", [5], [5], "substantive", [5]])]
    );
    let (old, new) = rebuilt(&doc["source"]["changes"][0]);
    assert!(old.ends_with("елемейтінін мәлімдеді."), "{old}");
    assert!(new.ends_with("елемейтінін мәлімдемеді."), "{new}");
    assert_eq!(a.state("m"), "stale");

    // Kazakh `емес` added.
    let a = macedonia();
    replace(
        &a,
        "articles/m/kk.md",
        "ғана болып табылатынын",
        "ғана емес екенін",
    );
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["changed", [6], [6], "substantive", [6]])]
    );
    assert!(edits(&doc["source"]["changes"][0])
        .iter()
        .any(|(op, t)| op == "insert" && t.contains("емес")));

    // Russian `не` added to the translation: an edit of the translation, shown on
    // the target side, and the source side is untouched.
    let a = macedonia();
    replace(
        &a,
        "articles/m/ru.md",
        "жители Македонии проголосуют",
        "жители Македонии не проголосуют",
    );
    let doc = diff_json(&a, "m");
    assert_eq!(doc["source"]["changes"], json!([]));
    assert_eq!(
        kinds(&doc["target"]),
        [json!(["changed", [2], [2], "substantive", [2]])]
    );
    assert_eq!(
        edits(&doc["target"]["changes"][0]),
        [("insert".to_string(), "не ".to_string())]
    );
    assert_eq!(a.state("m"), "edited");
    assert_eq!(
        a.status_of("m")["changed"],
        json!({"source": [], "target": [2]})
    );
}

#[test]
fn an_inserted_paragraph_says_where_its_translation_belongs() {
    let a = macedonia();
    let added = "Сайлау учаскелері жергілікті уақытпен таңғы сағат 7-де ашылады.";
    edit(&a, "articles/m/kk.md", |p| p.insert(3, added.to_string()));
    let doc = diff_json(&a, "m");
    // New ¶4 of kk goes after ru ¶3.
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["inserted", [], [4], "substantive", [3]])]
    );
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("  ¶4 inserted [substantive] translate after ru ¶3\n")
        .stdout_has(&format!("      {{+{added}+}}\n"));
    assert_eq!(a.state("m"), "stale");
    // status counts the words of the new paragraph.
    a.q(&["status"])
        .run()
        .ok()
        .stdout_has("  original ¶4: 1 substantive, 0 cosmetic, 8 words\n");
}

#[test]
fn a_deleted_paragraph_keeps_its_translation_in_sight() {
    let a = macedonia();
    edit(&a, "articles/m/kk.md", |p| {
        p.remove(3);
    });
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["deleted", [4], [], "substantive", [4]])]
    );
    let ru4 = MK_RU.trim_end().split("\n\n").nth(3).unwrap();
    let kk4 = MK_KK.trim_end().split("\n\n").nth(3).unwrap();
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("  ¶4 deleted [substantive] revise ru ¶4\n")
        .stdout_has(&format!("      [-{kk4}-]\n"))
        // The orphaned Russian paragraph is printed in full.
        .stdout_has(&format!("      ru ¶4 (its translation): {ru4}\n"));
    assert_eq!(a.state("m"), "stale");
    // status has no current paragraph to name, and counts the deleted words.
    let words = kk4.split_whitespace().count();
    a.q(&["status"]).run().ok().stdout_has(&format!(
        "  original: 1 substantive, 0 cosmetic, {words} words\n"
    ));
}

#[test]
fn moved_split_and_merged_paragraphs() {
    // Moved: kk ¶6 put before ¶5.
    let a = macedonia();
    edit(&a, "articles/m/kk.md", |p| p.swap(4, 5));
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["moved", [6], [5], "substantive", [6]])]
    );
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("  ¶6 moved to ¶5 [substantive] revise ru ¶6\n");

    // Split: kk ¶4 cut in two, words unchanged.
    let a = macedonia();
    replace(
        &a,
        "articles/m/kk.md",
        "дәмеленетінін және",
        "дәмеленетінін\n\nжәне",
    );
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["split", [4], [4, 5], "cosmetic", [4]])]
    );
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("  ¶4 split into ¶4, ¶5 [cosmetic] revise ru ¶4\n");

    // Merged: ru ¶5 and ¶6 made one paragraph (an edit of the translation).
    let a = macedonia();
    edit(&a, "articles/m/ru.md", |p| {
        let last = p.remove(5);
        p[4] = format!("{} {last}", p[4]);
    });
    let doc = diff_json(&a, "m");
    assert_eq!(doc["source"]["changes"], json!([]));
    assert_eq!(
        kinds(&doc["target"]),
        [json!(["merged", [5, 6], [5], "cosmetic", [5, 6]])]
    );
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("  ¶5, ¶6 merged into ¶5 [cosmetic] original: kk ¶5, ¶6\n");
}

#[test]
fn line_endings_and_rewrapping_are_no_change() {
    let a = macedonia();
    let crlf = a.read("articles/m/kk.md").replace('\n', "\r\n");
    a.write("articles/m/kk.md", crlf);
    // A paragraph re-wrapped over three lines.
    replace(
        &a,
        "articles/m/ru.md",
        " призвано разрешить многолетний спор ",
        "\nпризвано разрешить\nмноголетний спор ",
    );
    let doc = diff_json(&a, "m");
    assert_eq!(doc["source"]["changes"], json!([]));
    assert_eq!(doc["target"]["changes"], json!([]));
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has("Original (kk): no changes\n  unchanged since the sign-off\n")
        .stdout_has("Translation (ru): no changes\n  unchanged since the sign-off\n");
    assert_eq!(a.state("m"), "translated");
}

#[test]
fn both_sides_at_once() {
    // The original changed and the translation edited: each on its own side.
    let a = macedonia();
    replace(
        &a,
        "articles/m/kk.md",
        "Зоран Заев",
        "Зоран Заев пен оның кеңесшілері",
    );
    replace(&a, "articles/m/ru.md", "В воскресенье", "В субботу");
    let doc = diff_json(&a, "m");
    assert_eq!(
        kinds(&doc["source"]),
        [json!(["changed", [6], [6], "substantive", [6]])]
    );
    assert_eq!(
        kinds(&doc["target"]),
        [json!(["changed", [2], [2], "substantive", [2]])]
    );
    a.q(&["diff", "m"])
        .run()
        .ok()
        .stdout_has(
            "Translation (ru): one change\n  ¶2 → ¶2 changed [substantive: date] original: kk ¶2\n",
        )
        .stdout_has("[-воскресенье-]{+субботу+}");
}

/// The entry ids of an article's ledger, from the `[[entry]] # <id>` comments.
fn ledger_ids(a: &Archive, id: &str) -> Vec<String> {
    a.read(&format!("articles/{id}/ledger.toml"))
        .lines()
        .filter_map(|l| l.strip_prefix("[[entry]] # "))
        .map(|s| s.trim().to_string())
        .collect()
}

#[test]
fn since_selects_an_older_sign_off_by_entry_id_or_date() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-26T17:00:00+05:00")
        .run()
        .ok();
    // First correction, translated and signed again the next day.
    replace(&a, "articles/a/kk.md", "19:30", "19:45");
    replace(&a, "articles/a/ru.md", "19:30", "19:45");
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-27T09:00:00+05:00")
        .run()
        .ok();
    // Second correction, not translated yet.
    replace(&a, "articles/a/kk.md", "33, 34", "32, 34");

    let ids = ledger_ids(&a, "a");
    assert_eq!(ids.len(), 2, "{ids:?}");
    // `log` shows the same ids in its second column.
    let log = a.q(&["log", "a"]).run().ok();
    let logged: Vec<&str> = log
        .stdout
        .lines()
        .map(|l| l.split("  ").nth(1).unwrap())
        .collect();
    assert_eq!(logged, ids);

    // The last sign-off: only the second correction.
    let last = diff_json(&a, "a");
    assert_eq!(last["since"]["at"], "2026-11-27T09:00:00+05:00");
    assert_eq!(
        kinds(&last["source"]),
        [json!(["changed", [2], [2], "substantive", [2]])]
    );
    assert_eq!(last["target"]["changes"], json!([]));

    // Since the first sign-off, by its id or by its date: both corrections, and the
    // translation's own edit since then.
    for since in [ids[0].as_str(), "2026-11-26", "2026-11-26T23:00:00+05:00"] {
        let doc = a
            .q(&["diff", "a", "--since", since, "--format", "json"])
            .run()
            .ok()
            .json();
        assert_eq!(doc["since"]["at"], "2026-11-26T17:00:00+05:00", "{since}");
        assert_eq!(
            kinds(&doc["source"]),
            [
                json!(["changed", [2], [2], "substantive", [2]]),
                json!(["changed", [3], [3], "substantive", [3]]),
            ],
            "{since}"
        );
        assert_eq!(
            kinds(&doc["target"]),
            [json!(["changed", [3], [3], "substantive", [3]])],
            "{since}"
        );
    }
    // The second id or a later date select the last sign-off.
    for since in [ids[1].as_str(), "2026-11-27"] {
        let doc = a
            .q(&["diff", "a", "--since", since, "--format", "json"])
            .run()
            .ok()
            .json();
        assert_eq!(doc["since"]["at"], "2026-11-27T09:00:00+05:00", "{since}");
    }
    // The human header names the sign-off chosen.
    a.q(&["diff", "a", "--since", &ids[0]])
        .run()
        .ok()
        .stdout_has(&format!(
            "a: changes since it was translated by {DAMIR} on 2026-11-26 17:00 +05:00\n"
        ));
    // Before any sign-off, or an id that is none: exit 2.
    a.q(&["diff", "a", "--since", "2026-11-25"])
        .run()
        .failed()
        .stderr_is("error: a: no sign-off matches \"2026-11-25\"\n");
    a.q(&["diff", "a", "--since", "0123456789ab"])
        .run()
        .failed()
        .stderr_is("error: a: no sign-off matches \"0123456789ab\"\n");
}

#[test]
fn diff_needs_a_sign_off_and_warns_of_a_lost_stored_text() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["diff", "a"])
        .run()
        .failed()
        .stderr_is("error: a has never been signed off\n");
    // A claim is no sign-off.
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    a.q(&["diff", "a"])
        .run()
        .failed()
        .stderr_has("never been signed off");
    a.q(&["diff", "nope"])
        .run()
        .failed()
        .stderr_is("error: no article \"nope\" in articles/\n");

    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.q(&["diff", "a"]).run().ok();
    let mut stored: Vec<String> = std::fs::read_dir(a.path("articles/a/history"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    stored.sort();
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert!(stored[0].starts_with("kk-") && stored[1].starts_with("ru-"));

    // The stored original altered by hand: not needed while the original is
    // unchanged (fsck reports it)…
    let kk = format!("articles/a/history/{}", stored[0]);
    let signed = a.read(&kk);
    a.write(&kk, signed.replace("19:30", "19:35"));
    a.q(&["diff", "a"]).run().ok();
    // …and once the original changed, the change is found from the fingerprints
    // the ledger keeps, with a warning: it cannot be shown word by word.
    a.write("articles/a/kk.md", KK.replace("19:30", "19:45"));
    let out = a.q(&["diff", "a"]).run().code(0);
    assert!(out.stdout.contains("¶3 → ¶3 changed"), "{}", out.stdout);
    assert_eq!(
        out.stderr,
        format!(
            "{kk}: the signed text of kk was altered after the sign-off; the change since \
             the sign-off cannot be shown word by word (changed paragraphs are found from \
             the fingerprints in the ledger)\n"
        )
    );
    a.q(&["diff", "a", "--format", "json"])
        .run()
        .code(0)
        .stderr_has("was altered");
    a.write(&kk, &signed);
    a.write("articles/a/kk.md", KK);
    a.q(&["diff", "a"]).run().ok();

    // The stored translation deleted: no harm while the translation is unchanged…
    let ru = format!("articles/a/history/{}", stored[1]);
    a.remove(&ru);
    a.q(&["diff", "a"]).run().ok();
    // …and once it changed, a warning that it is missing.
    a.write("articles/a/ru.md", RU.replace("19:30", "19:40"));
    a.q(&["diff", "a"])
        .run()
        .code(0)
        .stderr_has(&format!("{ru}: the signed text of ru is missing"));
}
