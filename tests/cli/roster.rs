//! The roster in qostil.toml: who may act, who may approve.

use crate::support::*;

const STRANGER: &str = "Бөтен Адам";

/// The fixture newsroom (Дамир translator; Айгерім translator and editor; Мария
/// editor) plus a kk-original article ready to sign.
fn newsroom() -> Archive {
    let a = Archive::fixture("newsroom");
    a.article("2026/a", "kk", Some(KK), Some(RU));
    a
}

#[test]
fn a_name_not_on_the_roster_is_refused_for_every_action() {
    let a = newsroom();
    a.q(&["sign", "2026/londonderry-arrests"])
        .by(DAMIR)
        .run()
        .ok();
    let before = a.snapshot();
    let refused = format!("error: \"{STRANGER}\" is not a member of the team in qostil.toml\n");
    for args in [
        vec!["claim", "2026/a"],
        vec!["sign", "2026/a"],
        vec!["approve", "2026/londonderry-arrests"],
        vec!["reopen", "2026/londonderry-arrests"],
        vec!["note", "2026/a", "--note", "сәлем"],
    ] {
        a.q(&args).by(STRANGER).run().failed().stderr_is(&refused);
        // Through QOSTIL_USER just the same.
        a.q(&args).user(STRANGER).run().failed().stderr_is(&refused);
    }
    assert_eq!(a.snapshot(), before);
    // Names are matched as one person's (white space, case, look-alike letters
    // folded: see `identity`), and recorded as the roster spells them.
    a.q(&["claim", "2026/a"]).by(" Дамир Омаров  ").run().ok();
    assert_eq!(a.status_of("2026/a")["by"], DAMIR);
    a.q(&["note", "2026/a", "--note", "x"])
        .by("дамир  омаров")
        .run()
        .ok();
    assert_eq!(a.log("2026/a").last().unwrap()["by"], DAMIR);
    // A different letter is a different name (with a suggestion).
    a.q(&["note", "2026/a", "--note", "x"])
        .by("Дамір Омаров")
        .run()
        .failed()
        .stderr_has("did you mean \"Дамир Омаров\"?");
    a.q(&["note", "2026/a", "--note", "x"])
        .by("Дамир Омар")
        .run()
        .failed();
}

#[test]
fn approving_needs_the_editor_role_and_signing_the_translator_role() {
    let a = newsroom();
    a.q(&["sign", "2026/a"]).by(AIGERIM).run().ok();
    let before = a.snapshot();
    a.q(&["approve", "2026/a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_is("error: \"Дамир Омаров\" does not have the editor role in qostil.toml\n");
    a.q(&["sign", "2026/a"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_is("error: \"Мария Ким\" does not have the translator role in qostil.toml\n");
    a.q(&["claim", "2026/londonderry-arrests"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("translator role");
    assert_eq!(a.snapshot(), before);
    // An editor may reopen and write notes.
    a.q(&["note", "2026/a", "--note", "Көрдім"])
        .by(MARIA)
        .run()
        .ok();
    a.q(&["reopen", "2026/a"]).by(MARIA).run().ok();
    assert_eq!(a.state("2026/a"), "in-progress");
}

#[test]
fn nobody_approves_a_translation_they_signed_even_as_an_editor() {
    let a = newsroom();
    a.q(&["sign", "2026/a"]).by(AIGERIM).run().ok();
    let before = a.snapshot();
    a.q(&["approve", "2026/a"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_is(
            "error: 2026/a: Айгерім Сапарова signed this translation and cannot approve it\n",
        );
    assert_eq!(a.snapshot(), before);
    // Another editor may; and Айгерім may approve Дамир's work.
    a.q(&["approve", "2026/a"]).by(MARIA).run().ok();
    a.q(&["sign", "2026/londonderry-arrests"])
        .by(DAMIR)
        .run()
        .ok();
    a.q(&["approve", "2026/londonderry-arrests"])
        .by(AIGERIM)
        .run()
        .ok();
    assert_eq!(a.state("2026/a"), "approved");
    assert_eq!(a.state("2026/londonderry-arrests"), "approved");
    // approve --all skips nothing silently: Айгерім's own signed article is refused.
    a.q(&["sign", "2026/indonesia-tsunami"])
        .by(AIGERIM)
        .run()
        .ok();
    let out = a
        .q(&["approve", "--all", "--yes"])
        .by(AIGERIM)
        .run()
        .failed();
    assert!(
        out.stderr.contains("signed this translation"),
        "{}",
        out.stderr
    );
    assert_eq!(a.state("2026/indonesia-tsunami"), "translated");
}

#[test]
fn without_a_roster_anyone_may_act_but_not_approve_their_own_work() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["claim", "a"]).by(STRANGER).run().ok();
    a.q(&["note", "a", "--note", "ok"])
        .by("Кез келген")
        .run()
        .ok();
    a.q(&["sign", "a"]).by(STRANGER).run().ok();
    a.q(&["approve", "a"])
        .by(STRANGER)
        .run()
        .failed()
        .stderr_has("signed this translation");
    a.q(&["approve", "a"]).by("Тағы біреу").run().ok();
    a.q(&["reopen", "a"]).by("Үшінші").run().ok();
    assert_eq!(a.status_of("a")["by"], "Үшінші");
}
