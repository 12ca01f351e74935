//! Stored texts of a sign-off that are missing (`history/` not committed) or
//! altered (issue 11, point 9): they block no `sign` or `approve`; `status` and
//! `diff` judge from the fingerprints the ledger keeps and say what is lost;
//! `fsck` lists the files.

use crate::support::*;

/// The stored texts of an article, by language.
fn stored(a: &Archive, lang: &str) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(a.path("articles/a/history"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("{lang}-")))
        .map(|n| format!("articles/a/history/{n}"))
        .collect();
    out.sort();
    out
}

#[test]
fn a_missing_history_blocks_nothing_and_is_reported() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    std::fs::remove_dir_all(a.path("articles/a/history")).unwrap();
    // Unchanged versions need no stored text.
    a.q(&["status", "--all"]).run().ok();
    a.q(&["diff", "a"]).run().ok();

    // The original changed: stale, judged from the fingerprints, with a warning.
    a.write("articles/a/kk.md", KK.replace("19:30", "19:45"));
    a.q(&["status", "--all"])
        .run()
        .code(0)
        .stdout_has("stale")
        .stderr_has("the signed text of kk is missing")
        .stderr_has("cannot be shown word by word");
    let s = a.status_of("a");
    assert_eq!(s["state"], "stale");
    assert_eq!(s["changed"]["source"], serde_json::json!([3]));
    assert_eq!(s["lost-texts"][0]["lang"], "kk");
    assert_eq!(s["lost-texts"][0]["altered"], false);
    let out = a
        .q(&["diff", "a"])
        .run()
        .code(0)
        .stderr_has("the signed text of kk is missing");
    assert!(out.stdout.contains("¶3"), "{}", out.stdout);
    let json = a.q(&["diff", "a", "--format", "json"]).run().json();
    assert_eq!(json["lost-texts"][0]["lang"], "kk");
    // fsck lists what is missing, and the ledger line that names it.
    let line = a
        .read("articles/a/ledger.toml")
        .lines()
        .position(|l| l.starts_with("kk-text"))
        .unwrap()
        + 1;
    let header = a
        .read("articles/a/ledger.toml")
        .lines()
        .take(line)
        .enumerate()
        .filter(|(_, l)| l.starts_with("[[entry]]"))
        .map(|(i, _)| i + 1)
        .last()
        .unwrap();
    a.q(&["fsck"])
        .run()
        .code(1)
        .stderr_has("history/kk-")
        .stderr_has(&format!("named by articles/a/ledger.toml, line {header}"));

    // The translator revises and signs: accepted, and the texts are stored again.
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("¶3");
    a.write("articles/a/ru.md", RU.replace("19:30", "19:45"));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    assert_eq!(stored(&a, "kk").len(), 1);
    assert_eq!(stored(&a, "ru").len(), 1);
    assert_eq!(a.state("a"), "translated");
    a.q(&["status", "--all"]).run().ok();
}

#[test]
fn an_altered_history_blocks_nothing_and_sign_stores_it_again() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    let ru = stored(&a, "ru").remove(0);
    let signed = a.read(&ru);
    a.write(&ru, signed.replace("19:30", "19:35"));

    // The translation edited after its sign-off: an editor still approves it,
    // judging the texts as they are.
    a.write("articles/a/ru.md", RU.replace("четверг", "четверг вечером"));
    a.q(&["status", "--all"])
        .run()
        .code(0)
        .stdout_has("edited")
        .stderr_has("the signed text of ru was altered");
    a.q(&["diff", "a"])
        .run()
        .code(0)
        .stderr_has("the signed text of ru was altered");
    a.q(&["approve", "a"]).by(MARIA).run().ok();
    assert_eq!(a.state("a"), "approved");
    a.q(&["status", "--all"]).run().ok();

    // A stored text of the standing sign-off altered: the next sign stores it anew.
    let kk = stored(&a, "kk").remove(0);
    let original = a.read(&kk);
    a.write(&kk, "өзгертілген\n");
    a.q(&["fsck"]).run().code(1).stderr_has("altered");
    a.q(&["sign", "a", "--note", "қайта қол қойдым"])
        .by(DAMIR)
        .run()
        .ok();
    assert_eq!(a.read(&kk), original);
}

/// A folder in `history/` is no file qostil wrote and cannot be removed as one:
/// `fsck --repair` says so and exits 1, instead of counting it repaired while it
/// stays; the orphaned file beside it is still removed.
#[test]
fn repair_counts_only_what_it_removed() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.write("articles/a/history/kk-0000000000000000.md", "orphan");
    std::fs::create_dir(a.path("articles/a/history/prints-0000000000000000.txt")).unwrap();
    a.write(
        "articles/a/history/prints-0000000000000000.txt/keep",
        "kept",
    );
    a.q(&["fsck", "--repair"])
        .run()
        .code(1)
        .stderr_has("prints-0000000000000000.txt")
        .stdout_has("1 problem repaired")
        .stdout_has("1 problem cannot be repaired by qostil")
        .stdout_lacks("repairs what can be repaired");
    assert!(!a.exists("articles/a/history/kk-0000000000000000.md"));
    assert_eq!(
        a.read("articles/a/history/prints-0000000000000000.txt/keep"),
        "kept"
    );
    a.q(&["fsck", "--repair"])
        .run()
        .code(1)
        .stdout_lacks("problem repaired");
}
