//! Two clones append to the same ledgers; git's union merge (set up by `qostil
//! init`) joins them without conflict into ledgers that still parse.

use crate::support::*;
use std::path::Path;
use std::process::Command;

const GIT: &str = "/usr/bin/git";

/// Runs git in `dir` with a clean environment (HOME in the workspace, no system
/// config) and asserts that it succeeds; returns its output.
#[track_caller]
fn git(home: &Path, dir: &Path, args: &[&str]) -> String {
    let out = Command::new(GIT)
        .args([
            "-c",
            "user.name=Test Runner",
            "-c",
            "user.email=test@example.com",
        ])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", home)
        .env("PATH", "/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("LANG", "C")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "git {args:?} in {}: {text}",
        dir.display()
    );
    text
}

/// A repository made by `qostil init`, cloned twice; each clone appends its own
/// entries (clone one at `at_one`, clone two at `at_two`) and commits. Returns the
/// workspace holding `origin/`, `one/` and `two/`.
fn two_clones(at_one: &str, at_two: &str) -> Archive {
    let w = Archive::bare();
    let home = w.root().to_path_buf();
    let origin = w.path("origin");
    std::fs::create_dir_all(&origin).unwrap();

    // The newsroom's repository: an archive set up by qostil, one article signed.
    w.q(&["init"]).cwd("origin").run().ok();
    assert_eq!(w.read("origin/.gitattributes"), "ledger.toml merge=union\n");
    w.article("../origin/articles/2026/a", "kk", Some(KK), Some(RU));
    w.article("../origin/articles/2026/b", "ru", Some(KK), Some(RU));
    w.q(&["sign", "2026/a"]).by(DAMIR).cwd("origin").run().ok();
    git(&home, &origin, &["init", "-q"]);
    git(&home, &origin, &["add", "-A"]);
    git(&home, &origin, &["commit", "-q", "-m", "archive"]);
    for clone in ["one", "two"] {
        git(&home, w.root(), &["clone", "-q", "origin", clone]);
    }

    // Clone one: two entries on 2026/a, and the first ledger of 2026/b.
    w.q(&["note", "2026/a", "--note", "Тақырыпты тексеріңіз"])
        .by(MARIA)
        .now(at_one)
        .cwd("one")
        .run()
        .ok();
    w.q(&["approve", "2026/a"])
        .by(MARIA)
        .now(at_one)
        .cwd("one")
        .run()
        .ok();
    w.q(&["sign", "2026/b"])
        .by(AIGERIM)
        .now(at_one)
        .cwd("one")
        .run()
        .ok();
    // Clone two: one entry on 2026/a, and another first ledger of 2026/b.
    w.q(&["sign", "2026/a", "--note", "қайта қол қойдым"])
        .by(DAMIR)
        .now(at_two)
        .cwd("two")
        .run()
        .ok();
    w.q(&["claim", "2026/b"])
        .by(DAMIR)
        .now(at_two)
        .cwd("two")
        .run()
        .ok();
    for clone in ["one", "two"] {
        let dir = w.path(clone);
        git(&home, &dir, &["add", "-A"]);
        git(&home, &dir, &["commit", "-q", "-m", clone]);
    }
    w
}

/// Merges two into one and one into two, each with a real `git merge`.
fn merge_both_ways(w: &Archive) {
    let home = w.root();
    let one = w.path("one");
    let two = w.path("two");
    git(home, &one, &["fetch", "-q", "../two", "main:two"]);
    git(home, &two, &["fetch", "-q", "../one", "main:one"]);
    for (dir, other) in [(&one, "two"), (&two, "one")] {
        let merged = git(home, dir, &["merge", "--no-edit", other]);
        assert!(!merged.contains("CONFLICT"), "{merged}");
        assert_eq!(git(home, dir, &["status", "--porcelain"]), "");
    }
}

#[test]
fn ledgers_from_two_clones_merge_without_conflict() {
    let w = two_clones("2026-11-27T09:15:00+05:00", "2026-11-27T09:15:00+05:00");
    merge_both_ways(&w);

    for id in ["2026/a", "2026/b"] {
        let ledger = w.read(&format!("one/articles/{id}/ledger.toml"));
        assert!(
            !ledger.contains("<<<<<<<") && !ledger.contains(">>>>>>>"),
            "{ledger}"
        );
        let parsed: toml::Value =
            toml::from_str(&ledger).unwrap_or_else(|e| panic!("{e}\n{ledger}"));
        assert!(parsed["entry"].is_array());
    }

    // Every entry of both sides, whole, through qostil itself.
    let log = w
        .q(&["log", "2026/a", "--format", "json"])
        .cwd("one")
        .run()
        .ok()
        .json();
    let mut entries: Vec<(String, String, Option<String>)> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["by"].as_str().unwrap().to_string(),
                e["note"].as_str().map(str::to_string),
            )
        })
        .collect();
    entries.sort();
    let expected = |v: &[(&str, &str, Option<&str>)]| -> Vec<(String, String, Option<String>)> {
        let mut v: Vec<_> = v
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.map(str::to_string)))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        entries,
        expected(&[
            ("translated", DAMIR, None),
            ("note", MARIA, Some("Тақырыпты тексеріңіз")),
            ("approved", MARIA, None),
            ("translated", DAMIR, Some("қайта қол қойдым")),
        ])
    );
    let log = w
        .q(&["log", "2026/b", "--format", "json"])
        .cwd("one")
        .run()
        .ok()
        .json();
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions.len(), 2, "{log}");
    assert!(actions.contains(&"translated") && actions.contains(&"claimed"));
    // Status reads the merged archive without complaint.
    let status = w
        .q(&["status", "--format", "json"])
        .cwd("one")
        .run()
        .ok()
        .json();
    assert_eq!(status["errors"], serde_json::json!([]));
    assert_eq!(ids(&status), ["2026/a", "2026/b"]);

    // The other way round gives the same entries (in another order in the file).
    let a = w
        .q(&["log", "--format", "json"])
        .cwd("two")
        .run()
        .ok()
        .json();
    let b = w
        .q(&["log", "--format", "json"])
        .cwd("one")
        .run()
        .ok()
        .json();
    assert_eq!(a["entries"].as_array().unwrap().len(), 6);
    let key = |doc: &serde_json::Value| {
        let mut v: Vec<String> = doc["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&a), key(&b));
}

/// Merges two clones whose entries were made at `at_one` and `at_two` both ways,
/// and returns the status each clone computes; they must agree.
fn merged_status(at_one: &str, at_two: &str) -> serde_json::Value {
    let w = two_clones(at_one, at_two);
    merge_both_ways(&w);
    let status = |clone: &str| {
        w.q(&["status", "--format", "json"])
            .cwd(clone)
            .run()
            .ok()
            .json()
    };
    let (one, two) = (status("one"), status("two"));
    assert_eq!(one, two, "the same merged history gives different states");
    one
}

#[test]
fn merged_clones_agree_on_the_state_when_entries_share_a_second() {
    merged_status("2026-11-27T09:15:00+05:00", "2026-11-27T09:15:00+05:00");
}

#[test]
fn merged_clones_agree_on_the_state_when_entries_are_apart_in_time() {
    // The same work a few seconds apart (the real clock has nanoseconds): each clone's
    // entries are ordered by time, whatever the order of the merged file.
    let one = merged_status("2026-11-27T09:15:00+05:00", "2026-11-27T09:15:03+05:00");
    assert_eq!(one["articles"][0]["state"], "translated");
    assert_eq!(one["articles"][0]["by"], DAMIR);
}

/// A sign-off revoked in one clone while the other clone signs again: after a
/// real `git merge` both ways, both clones agree on every entry and on the state.
#[test]
fn a_revoke_and_a_sign_merged_from_two_clones_agree() {
    let w = Archive::bare();
    let home = w.root().to_path_buf();
    let origin = w.path("origin");
    std::fs::create_dir_all(&origin).unwrap();
    w.q(&["init"]).cwd("origin").run().ok();
    w.article("../origin/articles/2026/a", "kk", Some(KK), Some(RU));
    w.q(&["sign", "2026/a"]).by(DAMIR).cwd("origin").run().ok();
    git(&home, &origin, &["init", "-q"]);
    git(&home, &origin, &["add", "-A"]);
    git(&home, &origin, &["commit", "-q", "-m", "archive"]);
    for clone in ["one", "two"] {
        git(&home, w.root(), &["clone", "-q", "origin", clone]);
    }
    let log = w
        .q(&["log", "2026/a", "--format", "json"])
        .cwd("one")
        .run()
        .ok()
        .json();
    let first = log["entries"][0]["entry"].as_str().unwrap().to_string();
    // Clone one: the sign-off was a mistake.
    w.q(&["revoke", "2026/a", &first, "--note", "Қате нұсқа"])
        .by(DAMIR)
        .cwd("one")
        .run()
        .ok();
    assert_eq!(
        w.q(&["status", "--format", "json"])
            .cwd("one")
            .run()
            .ok()
            .json()["articles"][0]["state"],
        "in-progress"
    );
    // Clone two: the translation is touched up and signed again.
    let ru = w.read("two/articles/2026/a/ru.md");
    w.write(
        "two/articles/2026/a/ru.md",
        ru.replace("Наезд был совершен", "Наезд был совершён"),
    );
    w.q(&["sign", "2026/a", "--note", "ё"])
        .by(DAMIR)
        .cwd("two")
        .run()
        .ok();
    for clone in ["one", "two"] {
        let dir = w.path(clone);
        git(&home, &dir, &["add", "-A"]);
        git(&home, &dir, &["commit", "-q", "-m", clone]);
    }
    merge_both_ways(&w);
    let status = |clone: &str| {
        w.q(&["status", "--all", "--format", "json"])
            .cwd(clone)
            .run()
            .ok()
            .json()
    };
    let (one, two) = (status("one"), status("two"));
    assert_eq!(one, two, "the same merged history gives different states");
    // The revoked sign-off is gone; the later one stands.
    assert_eq!(one["articles"][0]["state"], "translated");
    let log = |clone: &str| {
        let doc = w
            .q(&["log", "2026/a", "--format", "json"])
            .cwd(clone)
            .run()
            .ok()
            .json();
        let mut v: Vec<String> = doc["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(log("one"), log("two"));
    assert_eq!(log("one").len(), 3);
}
