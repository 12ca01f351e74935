//! Every command's success and refusal paths.

use crate::support::*;
use serde_json::json;
use std::collections::BTreeSet;

fn keys(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

// init -----------------------------------------------------------------------------

#[test]
fn init_sets_up_an_archive_once() {
    let a = Archive::bare();
    a.write(".gitattributes", "*.md text");
    let out = a.q(&["init"]).run().ok();
    assert_eq!(
        out.stdout,
        format!(
            "Archive set up in {}: qostil.toml, articles/, .gitattributes.\n",
            a.root().display()
        )
    );
    assert!(a.path("articles").is_dir());
    assert!(a
        .read("qostil.toml")
        .contains("cosmetic-makes-stale = false"));
    // An existing .gitattributes is kept and gets the union-merge line.
    assert_eq!(
        a.read(".gitattributes"),
        "*.md text\nledger.toml merge=union\n"
    );
    // The new archive works: empty status.
    let doc = a.q(&["status", "--format", "json"]).run().ok().json();
    assert_eq!(doc["articles"], json!([]));

    // Twice: refused, nothing touched.
    let before = a.snapshot();
    a.q(&["init"]).run().failed().stderr_is(&format!(
        "error: {} already holds a qostil archive\n",
        a.root().display()
    ));
    assert_eq!(a.snapshot(), before);
}

// new ------------------------------------------------------------------------------

#[test]
fn new_creates_an_article_and_refuses_an_existing_one() {
    let a = Archive::new();
    a.q(&[
        "new",
        "2026/tsunami",
        "--source",
        "ru",
        "--date",
        "2026-11-27",
        "--section",
        "Мир",
        "--title",
        "  Число жертв индонезийского цунами выросло до 832 человек ",
    ])
    .run()
    .ok()
    .stdout_has("Article 2026/tsunami created; write the original in ")
    .stdout_has("articles/2026/tsunami/ru.md");
    assert_eq!(
        a.read("articles/2026/tsunami/article.toml"),
        "source = \"ru\"\ndate = 2026-11-27\nsection = \"Мир\"\n"
    );
    assert_eq!(
        a.read("articles/2026/tsunami/ru.md"),
        "# Число жертв индонезийского цунами выросло до 832 человек\n"
    );
    assert!(!a.exists("articles/2026/tsunami/kk.md"));
    assert!(!a.exists("articles/2026/tsunami/ledger.toml"));
    assert_eq!(a.state("2026/tsunami"), "untranslated");

    // Without --title: an empty original to write in.
    a.q(&[
        "new",
        "2026/other",
        "--source",
        "kk",
        "--date",
        "2026-11-27",
    ])
    .run()
    .ok();
    assert_eq!(a.read("articles/2026/other/kk.md"), "");

    // Again: refused, nothing changed (not even the original's text).
    a.write("articles/2026/tsunami/ru.md", RU);
    let before = a.snapshot();
    a.q(&[
        "new",
        "2026/tsunami",
        "--source",
        "kk",
        "--date",
        "2026-11-28",
    ])
    .run()
    .failed()
    .stderr_is("error: article \"2026/tsunami\" already exists\n");
    a.q(&[
        "new",
        "2026/tsunami/",
        "--source",
        "kk",
        "--date",
        "2026-11-28",
    ])
    .run()
    .failed();
    assert_eq!(a.snapshot(), before);
}

#[test]
fn new_refuses_bad_ids_and_dates() {
    let a = Archive::new();
    let outside = tempfile::tempdir().unwrap();
    let absolute = outside.path().join("x");
    let absolute = absolute.to_str().unwrap();
    let before = a.snapshot();
    let invalid = |id: &str| {
        format!("error: \"{id}\" is not a valid article id (use a folder path below articles/, like 2026/my-article)\n")
    };
    for (id, message) in [
        (
            "../x",
            "error: \"../x\" leads outside articles/\n".to_string(),
        ),
        (
            "2026/../../x",
            "error: \"2026/../../x\" leads outside articles/\n".to_string(),
        ),
        (absolute, invalid(absolute)),
        (".hidden", invalid(".hidden")),
        ("a//b", invalid("a//b")),
    ] {
        a.q(&["new", id, "--source", "kk", "--date", "2026-11-26"])
            .run()
            .failed()
            .stderr_is(&message);
    }
    // clap refuses a bad date or language (its own exit code 2).
    a.q(&["new", "x", "--source", "en", "--date", "2026-11-26"])
        .run()
        .failed();
    a.q(&["new", "x", "--source", "kk", "--date", "2026-02-30"])
        .run()
        .failed();
    assert_eq!(a.snapshot(), before);
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn commands_outside_an_archive_say_so() {
    let a = Archive::bare();
    a.q(&["status"])
        .run()
        .failed()
        .stderr_has("no qostil.toml in ")
        .stderr_has("(run \"qostil init\" first)");
    // From a sub-folder, the archive above is found.
    let b = Archive::new();
    b.article("2026/a", "kk", Some(KK), None);
    b.q(&["status", "--format", "json"])
        .cwd("articles/2026")
        .run()
        .ok();
    b.q(&["claim", "2026/a"])
        .by(DAMIR)
        .cwd("articles/2026")
        .run()
        .ok();
    assert_eq!(b.state("2026/a"), "in-progress");
}

// claim ----------------------------------------------------------------------------

#[test]
fn claim_refuses_an_article_claimed_by_someone_else() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    // The same person may claim again.
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    let before = a.snapshot();
    a.q(&["claim", "a"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_is("error: a is already claimed by Дамир Омаров\n");
    assert_eq!(a.snapshot(), before);
    assert_eq!(a.status_of("a")["by"], DAMIR);
    assert_eq!(a.log("a").len(), 2);
    // An unknown article.
    a.q(&["claim", "nope"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_is("error: no article \"nope\" in articles/\n");
    assert_eq!(a.snapshot(), before);
}

// sign -----------------------------------------------------------------------------

#[test]
fn sign_refuses_a_missing_or_empty_translation() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.article("b", "kk", Some(KK), Some("\n  \n"));
    let before = a.snapshot();
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("error: ")
        .stderr_has("articles/a/ru.md: the translation is missing or empty");
    a.q(&["sign", "b"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("articles/b/ru.md: the translation is missing or empty");
    assert_eq!(a.snapshot(), before);
}

#[test]
fn sign_several_ids_each_on_its_own() {
    let a = Archive::new();
    a.article("2026/a", "kk", Some(KK), Some(RU));
    a.article("2026/b", "ru", Some(KK), Some(RU));
    a.article("2026/c", "kk", Some(KK), None);
    a.q(&["sign", "2026/a", "2026/b", "--note", "бәрі дайын"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/a: translated.\n2026/b: translated.\n");
    assert_eq!(a.state("2026/a"), "translated");
    assert_eq!(a.state("2026/b"), "translated");
    let log = a.log("2026/b");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["note"], "бәрі дайын");
    assert_eq!(log[0]["lang"], "kk");

    // One bad id among good ones: the good one is signed, the bad one reported, exit 2.
    a.write(
        "articles/2026/a/ru.md",
        RU.replace("Наезд был совершен", "Наезд был совершён"),
    );
    let out = a
        .q(&["sign", "2026/c", "2026/a", "nope"])
        .by(DAMIR)
        .run()
        .failed()
        .stdout_is("2026/a: translated.\n");
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    assert!(out
        .stderr
        .contains("2026/c/ru.md: the translation is missing or empty"));
    assert!(out.stderr.contains("no article \"nope\""));
    assert_eq!(a.log("2026/a").len(), 2);
    assert!(!a.exists("articles/2026/c/ledger.toml"));
    // Neither ids nor --all: clap refuses.
    a.q(&["sign"]).by(DAMIR).run().failed();
}

#[test]
fn sign_all_adopts_an_archive() {
    let a = Archive::fixture("newsroom");
    a.article("2026/untranslated", "kk", Some(KK), None);
    a.q(&["sign", "--all", "--yes"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is(
            "2026/indonesia-tsunami: translated.\n2026/londonderry-arrests: translated.\n2 articles recorded.\n",
        );
    for id in ["2026/indonesia-tsunami", "2026/londonderry-arrests"] {
        let ledger = a.read(&format!("articles/{id}/ledger.toml"));
        let adopt: Vec<&str> = ledger
            .lines()
            .filter(|l| l.starts_with("adopt = true # "))
            .collect();
        assert_eq!(adopt.len(), 1, "{ledger}");
        assert_eq!(a.state(id), "translated");
        // The ledger parses as TOML.
        let parsed: toml::Value = toml::from_str(&ledger).unwrap();
        assert_eq!(parsed["entry"][0]["adopt"].as_bool(), Some(true));
        assert_eq!(parsed["entry"][0]["by"].as_str(), Some(DAMIR));
    }
    assert!(!a.exists("articles/2026/untranslated/ledger.toml"));
    a.q(&["log"])
        .run()
        .ok()
        .stdout_is_masked("2026-11-26 10:00 +05:00  <entry>  Дамир Омаров  translated  2026/indonesia-tsunami (kk) (adopted)\n2026-11-26 10:00 +05:00  <entry>  Дамир Омаров  translated  2026/londonderry-arrests (ru) (adopted)\n");
    // Nothing left to sign.
    a.q(&["sign", "--all", "--yes"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("0 articles recorded.\n");
    // approve --all adopts the approvals the same way.
    a.q(&["approve", "--all", "--yes"])
        .by(MARIA)
        .run()
        .ok()
        .stdout_has("2 articles recorded.");
    assert_eq!(a.state("2026/indonesia-tsunami"), "approved");
    assert!(
        a.read("articles/2026/londonderry-arrests/ledger.toml")
            .lines()
            .filter(|l| l.starts_with("adopt = true"))
            .count()
            == 2
    );
}

// approve --------------------------------------------------------------------------

#[test]
fn approve_refuses_what_is_not_ready() {
    let a = Archive::new();
    a.article("untranslated", "kk", Some(KK), None);
    a.article("claimed", "kk", Some(KK), Some(RU));
    a.article("stale", "kk", Some(KK), Some(RU));
    a.article("written", "kk", Some(KK), Some(RU));
    a.q(&["claim", "claimed"]).by(DAMIR).run().ok();
    a.q(&["sign", "stale"]).by(DAMIR).run().ok();
    a.write("articles/stale/kk.md", KK.replace("33, 34", "35, 36"));
    let before = a.snapshot();
    for (id, state) in [
        ("untranslated", "untranslated"),
        ("claimed", "in progress"),
        ("stale", "stale"),
        ("written", "in progress"),
    ] {
        a.q(&["approve", id])
            .by(MARIA)
            .run()
            .failed()
            .stderr_is(&format!(
                "error: {id} is {state}: cannot record \"approved\"\n"
            ));
    }
    assert_eq!(a.snapshot(), before);
}

#[test]
fn nobody_approves_their_own_translation() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    let before = a.snapshot();
    a.q(&["approve", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_is("error: a: Дамир Омаров signed this translation and cannot approve it\n");
    // Not with stray white space around the name either.
    a.q(&["approve", "a"]).by("  Дамир Омаров ").run().failed();
    a.q(&["approve", "a"]).user(DAMIR).run().failed();
    assert_eq!(a.snapshot(), before);
    a.q(&["approve", "a"]).by(MARIA).run().ok();
    assert_eq!(a.state("a"), "approved");
    // An edited translation may be approved as it now stands…
    a.write(
        "articles/a/ru.md",
        RU.replace("Наезд был совершен", "Таран был совершен"),
    );
    assert_eq!(a.state("a"), "edited");
    a.q(&["approve", "a"]).by(MARIA).run().ok();
    let s = a.status_of("a");
    assert_eq!(s["state"], "approved");
    assert_eq!(s["changed"], json!({"source": [], "target": []}));
    // …but not while the checks find an error (19:30 in kk, 19:35 in ru), unless
    // forced with a note saying why.
    a.write("articles/a/ru.md", RU.replace("19:30", "19:35"));
    assert_eq!(a.state("a"), "edited");
    let before = a.snapshot();
    a.q(&["approve", "a"]).by(MARIA).run().failed().stderr_is(
        "error: a: the checks found one error; fix it, or approve with --force --note \"why\"\n",
    );
    a.q(&["approve", "a", "--force"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_is("error: --force needs --note \"why\"\n");
    assert_eq!(a.snapshot(), before);
    a.q(&[
        "approve",
        "a",
        "--force",
        "--note",
        "Уақытты автор растады.",
    ])
    .by(MARIA)
    .run()
    .ok();
    assert_eq!(a.state("a"), "approved");
}

// reopen, note ---------------------------------------------------------------------

#[test]
fn reopen_needs_a_sign_off() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    let before = a.snapshot();
    a.q(&["reopen", "a"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_is("error: a is in progress: cannot record \"reopened\"\n");
    assert_eq!(a.snapshot(), before);
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.q(&["approve", "a"]).by(MARIA).run().ok();
    a.q(&["reopen", "a", "--note", "Тақырып өзгереді"])
        .by(MARIA)
        .run()
        .ok();
    let s = a.status_of("a");
    assert_eq!(
        (s["state"].as_str(), s["by"].as_str()),
        (Some("in-progress"), Some(MARIA))
    );
    let log = a.log("a");
    assert_eq!(
        log.iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["translated", "approved", "reopened"]
    );
    assert_eq!(log[2]["note"], "Тақырып өзгереді");
}

#[test]
fn note_records_a_remark_and_changes_no_state() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.q(&[
        "note",
        "a",
        "--note",
        "Суреттің авторын тексеру керек.\nЕкінші жол.",
    ])
    .by(AIGERIM)
    .now("2026-11-26T15:00:00+05:00")
    .run()
    .ok()
    .stdout_is("a: the note is in the ledger.\n");
    assert_eq!(a.state("a"), "untranslated");
    let mut log = a.log("a");
    assert_eq!(log[0]["entry"].as_str().map(str::len), Some(12));
    log[0].as_object_mut().unwrap().remove("entry");
    assert_eq!(
        log,
        vec![json!({
            "id": "a",
            "at": "2026-11-26T15:00:00+05:00",
            "by": AIGERIM,
            "action": "note",
            "lang": "ru",
            "note": "Суреттің авторын тексеру керек.\nЕкінші жол.",
        })]
    );
    // Human log folds the note onto one line.
    a.q(&["log", "a"]).run().ok().stdout_is_masked(
        "2026-11-26 15:00 +05:00  <entry>  Айгерім Сапарова  note  a (ru) — Суреттің авторын тексеру керек. Екінші жол.\n",
    );
    // --note is required.
    a.q(&["note", "a"]).by(AIGERIM).run().failed();
}

// identity -------------------------------------------------------------------------

#[test]
fn identity_comes_from_by_then_qostil_user_then_git() {
    let a = Archive::new();
    let home = tempfile::tempdir().unwrap();
    a.article("a", "kk", Some(KK), None);
    a.article("b", "kk", Some(KK), None);
    a.article("c", "kk", Some(KK), None);
    let before = a.snapshot();
    // Nobody: exit 2, a clear message, nothing written.
    a.q(&["claim", "a"])
        .env("HOME", home.path().to_str().unwrap())
        .env("PATH", "/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .run()
        .failed()
        .stderr_is(
            "error: who are you? Give --by NAME, set QOSTIL_USER, or set git config user.name\n",
        );
    a.q(&["status", "--mine"])
        .env("HOME", home.path().to_str().unwrap())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .run()
        .failed()
        .stderr_has("who are you?");
    assert_eq!(a.snapshot(), before);

    // QOSTIL_USER, and --by before it.
    a.q(&["claim", "a"]).user(DAMIR).run().ok();
    a.q(&["claim", "b"]).user(DAMIR).by(AIGERIM).run().ok();
    // git config user.name of the archive's repository.
    let git = |args: &[&str]| {
        let st = std::process::Command::new("/usr/bin/git")
            .args(args)
            .current_dir(a.root())
            .env_clear()
            .env("HOME", home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(st.status.success(), "{st:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Мария Ким"]);
    a.q(&["claim", "c"])
        .env("HOME", home.path().to_str().unwrap())
        .env("PATH", "/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .run()
        .ok();
    assert_eq!(a.status_of("a")["by"], DAMIR);
    assert_eq!(a.status_of("b")["by"], AIGERIM);
    assert_eq!(a.status_of("c")["by"], MARIA);
}

// status ---------------------------------------------------------------------------

/// Five articles in different hands and states.
fn team() -> Archive {
    let a = Archive::fixture("newsroom");
    a.article("2026/a-untranslated", "kk", Some(KK), None);
    a.article("2026/b-damir", "kk", Some(KK), None);
    a.article("2026/c-aigerim", "ru", Some(KK), Some(RU));
    a.q(&["claim", "2026/b-damir"]).by(DAMIR).run().ok();
    a.q(&["sign", "2026/c-aigerim", "2026/indonesia-tsunami"])
        .by(AIGERIM)
        .run()
        .ok();
    a.q(&["sign", "2026/londonderry-arrests"])
        .by(DAMIR)
        .run()
        .ok();
    a.q(&["approve", "2026/londonderry-arrests"])
        .by(MARIA)
        .run()
        .ok();
    a
}

#[test]
fn status_json_has_the_documented_shape_and_lists_every_article() {
    let a = team();
    let out = a.q(&["status", "--format", "json"]).run().ok();
    let doc = out.json();
    assert!(
        keys(&doc).is_superset(&set(&["articles", "summary"])),
        "{doc}"
    );
    assert_eq!(doc["errors"], json!([]));
    assert_eq!(
        ids(&doc),
        [
            "2026/a-untranslated",
            "2026/b-damir",
            "2026/c-aigerim",
            "2026/indonesia-tsunami",
            "2026/londonderry-arrests"
        ]
    );
    for article in doc["articles"].as_array().unwrap() {
        assert_eq!(
            keys(article),
            set(&["id", "source", "target", "state", "by", "since", "changed"])
        );
        assert_eq!(keys(&article["changed"]), set(&["source", "target"]));
    }
    let approved = &doc["articles"][4];
    assert_eq!(
        approved,
        &json!({
            "id": "2026/londonderry-arrests",
            "source": "kk",
            "target": "ru",
            "state": "approved",
            "by": MARIA,
            "since": clock(3),
            "changed": {"source": [], "target": []},
        })
    );
    assert_eq!(
        doc["summary"],
        json!({"untranslated": 1, "in-progress": 1, "translated": 2, "approved": 1, "stale": 0, "edited": 0})
    );
}

#[test]
fn status_filters_by_holder_and_state() {
    let a = team();
    let human_ids = |out: &Output| -> Vec<String> {
        out.stdout
            .lines()
            .skip(1)
            .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("2026/")))
            .map(str::to_string)
            .collect()
    };
    // Human: only what needs work.
    let out = a.q(&["status"]).run().ok();
    assert_eq!(
        human_ids(&out),
        [
            "2026/a-untranslated",
            "2026/b-damir",
            "2026/c-aigerim",
            "2026/indonesia-tsunami"
        ]
    );
    // --all: approved too.
    let out = a.q(&["status", "--all"]).run().ok();
    assert_eq!(human_ids(&out).len(), 5);
    assert!(out.stdout.contains("approved"));

    // --mine with QOSTIL_USER.
    let mine = a
        .q(&["status", "--mine", "--format", "json"])
        .user(AIGERIM)
        .run()
        .ok()
        .json();
    assert_eq!(ids(&mine), ["2026/c-aigerim", "2026/indonesia-tsunami"]);
    assert_eq!(mine["summary"]["translated"], 2);
    let out = a.q(&["status", "--mine"]).user(DAMIR).run().ok();
    assert_eq!(human_ids(&out), ["2026/b-damir"]);
    // Дамир's approved article is listed in JSON, and by the human table with --all.
    let mine = a
        .q(&["status", "--mine", "--format", "json"])
        .user(MARIA)
        .run()
        .ok()
        .json();
    assert_eq!(ids(&mine), ["2026/londonderry-arrests"]);
    let out = a.q(&["status", "--mine"]).user(MARIA).run().ok();
    assert_eq!(
        out.stdout,
        "Nothing needs work (one article).\nOne article: approved 1\n"
    );

    // --by NAME.
    let by = a
        .q(&["status", "--by", DAMIR, "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(ids(&by), ["2026/b-damir"]);
    // --state.
    let translated = a
        .q(&["status", "--state", "translated", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(
        ids(&translated),
        ["2026/c-aigerim", "2026/indonesia-tsunami"]
    );
    let out = a.q(&["status", "--state", "approved"]).run().ok();
    assert_eq!(human_ids(&out), ["2026/londonderry-arrests"]);
    let out = a
        .q(&[
            "status",
            "--state",
            "translated",
            "--by",
            AIGERIM,
            "--format",
            "json",
        ])
        .run()
        .ok();
    assert_eq!(ids(&out.json()).len(), 2);
    // A state that does not exist, --mine with --by: clap refuses.
    a.q(&["status", "--state", "done"]).run().failed();
    a.q(&["status", "--mine", "--by", DAMIR]).run().failed();
}

// log ------------------------------------------------------------------------------

#[test]
fn log_lists_entries_in_time_order_with_filters() {
    let a = team();
    let doc = a.q(&["log", "--format", "json"]).run().ok().json();
    assert_eq!(keys(&doc), set(&["entries"]));
    let entries = doc["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 5);
    for e in entries {
        // `entry` is the id `diff --since` takes.
        assert_eq!(
            keys(e),
            set(&["id", "entry", "at", "by", "action", "lang", "note"])
        );
    }
    let summary: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
                e["by"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("2026/b-damir", "claimed", DAMIR),
            ("2026/c-aigerim", "translated", AIGERIM),
            ("2026/indonesia-tsunami", "translated", AIGERIM),
            ("2026/londonderry-arrests", "translated", DAMIR),
            ("2026/londonderry-arrests", "approved", MARIA),
        ]
    );
    assert_eq!(entries[0]["at"], clock(0));
    assert_eq!(entries[4]["at"], clock(3));
    // --by.
    let doc = a
        .q(&["log", "--by", AIGERIM, "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(doc["entries"].as_array().unwrap().len(), 2);
    // One article, human.
    a.q(&["log", "2026/londonderry-arrests"]).run().ok().stdout_is_masked(
        // Names and actions padded: the columns line up.
        "2026-11-26 10:02 +05:00  <entry>  Дамир Омаров  translated  2026/londonderry-arrests (ru)\n2026-11-26 10:03 +05:00  <entry>  Мария Ким     approved    2026/londonderry-arrests (ru)\n",
    );
    // Nothing yet, and an unknown article.
    a.q(&["log", "2026/a-untranslated"])
        .run()
        .ok()
        .stdout_is("The ledger is empty.\n");
    a.q(&["log", "2026/a-untranslated", "--format", "json"])
        .run()
        .ok()
        .stdout_is("{\n  \"entries\": []\n}\n");
    a.q(&["log", "2026/zzz"])
        .run()
        .failed()
        .stderr_is("error: no article \"2026/zzz\" in articles/\n");
}

// show -----------------------------------------------------------------------------

#[test]
fn show_numbers_both_versions() {
    let a = Archive::fixture("newsroom");
    let out = a.q(&["show", "2026/londonderry-arrests"]).run().ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "2026/londonderry-arrests (original: kk)");
    assert_eq!(lines[1], "");
    assert_eq!(
        lines[2],
        "kk ¶1 Лондондерри: Көлікпен үйді соққан ер адамдар тұтқындалды"
    );
    assert_eq!(
        lines[3],
        "ru ¶1 Лондондерри: машина врезалась в дом, все трое соучастников арестованы"
    );
    assert_eq!(
        lines[15],
        "ru ¶5 Есть сообщения о том, что в машину мог быть произведен выстрел из лука."
    );
    assert_eq!(lines.len(), 16);

    let doc = a
        .q(&["show", "2026/londonderry-arrests", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(keys(&doc), set(&["id", "source", "kk", "ru", "pairs"]));
    assert_eq!(doc["source"], "kk");
    assert_eq!(doc["kk"].as_array().unwrap().len(), 5);
    assert_eq!(doc["ru"].as_array().unwrap().len(), 5);
    assert_eq!(
        doc["kk"][1],
        json!({
            "number": 2,
            "kind": "paragraph",
            "lines": [3, 3],
            "text": "Лондондерри қаласында үйді бірнеше рет көлікпен соққан 33, 34 және 39 жастағы ер адамдар тұтқындалды."
        })
    );
    assert_eq!(doc["ru"][0]["kind"], "title");
    assert_eq!(doc["pairs"][4], json!({"kk": [5], "ru": [5]}));

    // Without a translation: the original alone, each paragraph without counterpart.
    a.article("b", "ru", None, Some(RU));
    let out = a.q(&["show", "b"]).run().ok();
    // The original (ru) first, then the missing translation.
    let lines: Vec<&str> = out.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("ru ¶1 Лондондерри"))
        .unwrap();
    assert_eq!(lines[at + 1], "kk (no counterpart)", "{}", out.stdout);
    let doc = a.q(&["show", "b", "--format", "json"]).run().ok().json();
    assert_eq!(doc["kk"], json!([]));
    assert_eq!(doc["pairs"][0], json!({"kk": [], "ru": [1]}));
    a.q(&["show", "zzz"]).run().failed();
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let a = Archive::new();
    // More than a pipe's buffer (64 KiB) of output, so that the writer must wait.
    let long = "ұзын-атау-".repeat(8);
    for i in 0..600 {
        a.article(&format!("2026/{long}{i:03}"), "kk", Some(KK), None);
    }
    let mut child = a
        .q(&["status"])
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line's worth, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(&first[..5], b"STATE");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}
