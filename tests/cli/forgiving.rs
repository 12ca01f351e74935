//! Forgiving input: ids as a shell completes them, "did you mean" for ids and
//! names, names matched whatever their case and spacing.

use crate::support::*;

fn newsroom() -> Archive {
    let a = Archive::fixture("newsroom");
    a.article("2026/astana-budget", "kk", Some(KK), Some(RU));
    a
}

#[test]
fn an_id_may_be_typed_as_the_shell_completes_it() {
    let a = newsroom();
    for typed in [
        "articles/2026/astana-budget/",
        "./articles/2026/astana-budget",
        "2026/astana-budget/",
        "articles/2026/astana-budget/ru.md",
    ] {
        a.q(&["show", typed, "--format", "json"]).run().ok();
    }
    a.q(&["claim", "articles/2026/astana-budget/"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/astana-budget: claimed.\n");
    // The ledger records the id itself.
    assert_eq!(a.log("2026/astana-budget")[0]["id"], "2026/astana-budget");
    // Still never outside articles/.
    a.q(&["show", "articles/../qostil.toml"]).run().failed();
}

#[test]
fn a_mistyped_id_gets_the_nearest_one() {
    let a = newsroom();
    a.q(&["show", "2026/astana-budjet"])
        .run()
        .failed()
        .stderr_is(
        "error: no article \"2026/astana-budjet\" in articles/; did you mean 2026/astana-budget?\n",
    );
    a.q(&["show", "2026/жоқ-мақала"])
        .run()
        .failed()
        .stderr_is("error: no article \"2026/жоқ-мақала\" in articles/\n");
}

#[test]
fn names_match_whatever_their_case_and_spaces_and_a_near_name_is_suggested() {
    let a = newsroom();
    // и for і: not the same name, but the nearest.
    a.q(&["claim", "2026/astana-budget", "--lang", "ru"])
        .by("Айгерим Сапарова")
        .run()
        .failed()
        .stderr_is(
            "ошибка: «Айгерим Сапарова» нет в составе редакции в qostil.toml; \
             может быть, вы имели в виду «Айгерім Сапарова»?\n",
        );
    // Case and a double space: the same person.
    a.q(&["claim", "2026/astana-budget"])
        .by("дамир  ОМАРОВ")
        .run()
        .ok();
    a.q(&["sign", "2026/astana-budget"]).by(DAMIR).run().ok();
    a.q(&["approve", "2026/astana-budget"])
        .by("мария ким")
        .run()
        .ok();
    // The ledger keeps the roster's spelling.
    let log = a.log("2026/astana-budget");
    assert!(
        log.iter().all(|e| e["by"] == DAMIR || e["by"] == MARIA),
        "{log:?}"
    );
    let out = a.q(&["log", "--by", "мария ким"]).run().ok();
    assert!(out.stdout.contains("approved"), "{}", out.stdout);
    a.q(&["log", "--by", "Мария Кимм"])
        .run()
        .ok()
        .stdout_is("No entries by Мария Кимм. Did you mean Мария Ким?\n");
    let out = a.q(&["status", "--all", "--by", "МАРИЯ КИМ"]).run().ok();
    assert!(out.stdout.contains("2026/astana-budget"), "{}", out.stdout);
}

#[test]
fn log_json_gives_the_entry_id_diff_since_takes() {
    let a = newsroom();
    a.q(&["sign", "2026/astana-budget"]).by(DAMIR).run().ok();
    let out = a
        .q(&["log", "2026/astana-budget", "--format", "json"])
        .run()
        .ok();
    let entry = &out.json()["entries"][0];
    for key in ["id", "at", "by", "action", "lang", "note", "entry"] {
        assert!(entry.get(key).is_some(), "{key} in {entry}");
    }
    let id = entry["entry"].as_str().unwrap();
    a.q(&["diff", "2026/astana-budget", "--since", id])
        .run()
        .ok();
}

#[test]
fn two_spellings_of_one_name_in_the_roster_are_an_error() {
    let a = newsroom();
    let toml = a.read("qostil.toml");
    a.write(
        "qostil.toml",
        format!("{toml}\n[[member]]\nname = \"мария  КИМ\"\nroles = [\"editor\"]\n"),
    );
    a.q(&["status"]).run().failed().stderr_is(
        "error: qostil.toml: \"Мария Ким\" and \"мария  КИМ\" are the same name \
             (letter case and spaces aside); keep one\n",
    );
}
