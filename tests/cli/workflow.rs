//! The workflow lets no mistake through quietly, and every mistake can be undone
//! with a new entry (issue 12): sign means "I revised it", sign runs the checks,
//! `--all` lists and asks, claims are handed over, sign-offs revoked, repeats
//! recorded once, a new empty article shown, a missing translation reported.

use crate::support::*;

const LONDONDERRY: &str = "2026/londonderry-arrests";

/// The newsroom fixture with its Londonderry article signed by Дамир.
fn signed() -> Archive {
    let a = Archive::fixture("newsroom");
    a.q(&["sign", LONDONDERRY]).by(DAMIR).run().ok();
    a
}

fn kk_path() -> String {
    format!("articles/{LONDONDERRY}/kk.md")
}

fn ru_path() -> String {
    format!("articles/{LONDONDERRY}/ru.md")
}

/// The ids of an article's entries, in order, with their actions.
fn entries(a: &Archive, id: &str) -> Vec<(String, String)> {
    a.log(id)
        .iter()
        .map(|e| {
            (
                e["entry"].as_str().unwrap().to_string(),
                e["action"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn sign_of_a_stale_article_whose_translation_was_not_revised_is_refused() {
    let a = signed();
    // The original's ¶4 changes; the translation is left as it was.
    let kk = a.read(&kk_path());
    a.write(
        &kk_path(),
        kk.replace(
            "қақпаға және ғимараттың өзіне",
            "ғимараттың өзіне және қақпаға",
        ),
    );
    assert_eq!(a.state(LONDONDERRY), "stale");
    let before = a.snapshot();
    a.q(&["sign", LONDONDERRY])
        .by(DAMIR)
        .run()
        .failed()
        // It shows what changed, then names the paragraphs to revise.
        .stdout_has("revise ru ¶4")
        .stderr_is(&format!(
            "error: {LONDONDERRY}: the original changed, but ru ¶4 did not; revise it, or sign with --unchanged --note \"why\"\n"
        ));
    assert_eq!(a.snapshot(), before);
    // --unchanged must say why.
    a.q(&["sign", LONDONDERRY, "--unchanged"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("needs --note");
    assert_eq!(a.snapshot(), before);
    a.q(&[
        "sign",
        LONDONDERRY,
        "--unchanged",
        "--note",
        "Сөз тәртібі ғана өзгерді",
    ])
    .by(DAMIR)
    .run()
    .ok();
    assert_eq!(a.state(LONDONDERRY), "translated");
    let log = a.log(LONDONDERRY);
    assert_eq!(log.last().unwrap()["unchanged"], true);
    a.q(&["log", LONDONDERRY])
        .run()
        .ok()
        .stdout_has("(translation unchanged) — Сөз тәртібі ғана өзгерді");
    a.q(&["diff", LONDONDERRY])
        .run()
        .ok()
        .stdout_has("(translation unchanged) — Сөз тәртібі ғана өзгерді");
}

#[test]
fn sign_of_a_stale_article_goes_through_once_the_pointed_paragraph_is_revised() {
    let a = signed();
    let kk = a.read(&kk_path());
    a.write(
        &kk_path(),
        kk.replace(
            "қақпаға және ғимараттың өзіне",
            "ғимараттың өзіне және қақпаға",
        ),
    );
    let ru = a.read(&ru_path());
    a.write(
        &ru_path(),
        ru.replace("ворота и само здание", "само здание и ворота"),
    );
    a.q(&["sign", LONDONDERRY])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_has("translated.");
    assert_eq!(a.state(LONDONDERRY), "translated");
}

/// The Londonderry translation cut after its second paragraph: half done.
fn half_done(a: &Archive) {
    let ru = a.read(&ru_path());
    let half: Vec<&str> = ru.split("\n\n").take(2).collect();
    a.write(&ru_path(), format!("{}\n", half.join("\n\n")));
}

#[test]
fn sign_runs_the_checks_and_prints_what_refuses_it() {
    let a = Archive::fixture("newsroom");
    half_done(&a);
    let before = a.snapshot();
    let out = a
        .q(&["sign", LONDONDERRY])
        .by(DAMIR)
        .run()
        .failed()
        .stdout_has("[paragraphs]")
        .stderr_has("the checks found one error; fix the translation, or sign with --force");
    assert!(out.stdout.contains("no counterpart"), "{}", out.stdout);
    assert_eq!(a.snapshot(), before);
    a.q(&["sign", LONDONDERRY, "--force"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("--force needs");
    a.q(&["sign", LONDONDERRY, "--force", "--note", "Қалғаны ертең"])
        .by(DAMIR)
        .run()
        .ok();
    assert_eq!(a.state(LONDONDERRY), "translated");
}

#[test]
fn sign_all_lists_what_it_would_do_and_never_signs_in_a_pipe_without_yes() {
    let a = Archive::fixture("newsroom");
    half_done(&a);
    let before = a.snapshot();
    // In a pipe, without --yes: refused, nothing written.
    a.q(&["sign", "--all"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_has("--yes");
    assert_eq!(a.snapshot(), before);
    // A dry run lists each article with why, and writes nothing.
    a.q(&["sign", "--all", "--dry-run"])
        .by(AIGERIM)
        .run()
        .ok()
        .stdout_has(&format!(
            "{LONDONDERRY}: in progress, the checks find one error: it would be refused"
        ))
        .stdout_has("2026/indonesia-tsunami: in progress\n")
        .stdout_has("Dry run: 2 articles listed, nothing recorded.");
    assert_eq!(a.snapshot(), before);
    // With --yes: the clean one is signed, the half-done one refused.
    a.q(&["sign", "--all", "--yes"])
        .by(AIGERIM)
        .run()
        .failed()
        .stdout_has("One article recorded.")
        .stderr_has(LONDONDERRY);
    assert_eq!(a.state("2026/indonesia-tsunami"), "translated");
    assert_eq!(a.state(LONDONDERRY), "in-progress");
    // approve --all takes the same flags.
    a.q(&["approve", "--all", "--dry-run"])
        .by(MARIA)
        .run()
        .ok()
        .stdout_has("2026/indonesia-tsunami: translated");
    a.q(&["approve", "--all"]).by(MARIA).run().failed();
    assert_eq!(a.state("2026/indonesia-tsunami"), "translated");
}

#[test]
fn a_claim_is_handed_over_with_take_and_given_up_with_unclaim() {
    let a = Archive::fixture("newsroom");
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    let claim = entries(&a, LONDONDERRY)[0].0.clone();
    a.q(&["claim", LONDONDERRY])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_has("already claimed by Дамир Омаров");
    let before = a.snapshot();
    a.q(&["claim", LONDONDERRY, "--take"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_has("claim --take needs --note");
    assert_eq!(a.snapshot(), before);
    a.q(&[
        "claim",
        LONDONDERRY,
        "--take",
        "--note",
        "Дамир ауырып қалды",
    ])
    .by(AIGERIM)
    .run()
    .ok();
    let status = a.status_of(LONDONDERRY);
    assert_eq!(status["state"], "in-progress");
    assert_eq!(status["by"], AIGERIM);
    // The taking entry names the claim it took over (and so its holder).
    let last = a.log(LONDONDERRY).last().unwrap().clone();
    assert_eq!(last["ref"].as_str(), Some(claim.as_str()));
    a.q(&["log", LONDONDERRY])
        .run()
        .ok()
        .stdout_has(&format!("(of {claim}) — Дамир ауырып қалды"));
    // Дамир no longer holds it, and is no editor: he cannot release it.
    a.q(&["unclaim", LONDONDERRY])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("does not have the editor role");
    // An editor releases somebody else's claim only with a note.
    a.q(&["unclaim", LONDONDERRY])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("unclaim needs --note");
    // The holder releases it.
    a.q(&["unclaim", LONDONDERRY]).by(AIGERIM).run().ok();
    assert!(a.status_of(LONDONDERRY)["by"].is_null());
    a.q(&["unclaim", LONDONDERRY])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_has("is not claimed by anyone");
    // Anybody may claim it again.
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    assert_eq!(a.status_of(LONDONDERRY)["by"], DAMIR);
}

#[test]
fn an_editor_releases_a_claim_with_a_note() {
    let a = Archive::fixture("newsroom");
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    a.q(&["unclaim", LONDONDERRY, "--note", "Дамир демалыста"])
        .by(MARIA)
        .run()
        .ok();
    a.q(&["claim", LONDONDERRY]).by(AIGERIM).run().ok();
    assert_eq!(a.status_of(LONDONDERRY)["by"], AIGERIM);
}

#[test]
fn a_mistaken_approval_is_revoked_and_the_article_returns_to_its_state() {
    let a = signed();
    a.q(&["approve", LONDONDERRY]).by(MARIA).run().ok();
    assert_eq!(a.state(LONDONDERRY), "approved");
    let approval = entries(&a, LONDONDERRY)[1].0.clone();
    let before = a.snapshot();
    // Not its author and no editor.
    a.q(&["revoke", LONDONDERRY, &approval, "--note", "қате"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("does not have the editor role");
    // An entry that is not there.
    a.q(&["revoke", LONDONDERRY, "000000000000", "--note", "қате"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("the ledger has no entry 000000000000");
    // A note is needed.
    a.q(&["revoke", LONDONDERRY, &approval])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("revoke needs --note");
    assert_eq!(a.snapshot(), before);
    a.q(&["revoke", LONDONDERRY, &approval, "--note", "Ерте бекітілді"])
        .by(MARIA)
        .run()
        .ok();
    assert_eq!(a.state(LONDONDERRY), "translated");
    assert_eq!(a.status_of(LONDONDERRY)["by"], DAMIR);
    let revoke = entries(&a, LONDONDERRY)[2].clone();
    assert_eq!(revoke.1, "revoked");
    // Not twice, and a revoke is not itself revoked.
    a.q(&["revoke", LONDONDERRY, &approval, "--note", "тағы"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("is already revoked");
    a.q(&["revoke", LONDONDERRY, &revoke.0, "--note", "тағы"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("cannot be revoked");
    // The translator revokes his own sign-off: back to in progress.
    let sign = entries(&a, LONDONDERRY)[0].0.clone();
    a.q(&[
        "revoke",
        LONDONDERRY,
        &sign,
        "--note",
        "Қате файлға қол қойдым",
    ])
    .by(DAMIR)
    .run()
    .ok();
    assert_eq!(a.state(LONDONDERRY), "in-progress");
    a.q(&["diff", LONDONDERRY])
        .run()
        .failed()
        .stderr_has("has never been signed off");
    // Everything stays in the ledger, as new entries.
    let actions: Vec<String> = entries(&a, LONDONDERRY).into_iter().map(|e| e.1).collect();
    assert_eq!(
        actions,
        ["translated", "approved", "revoked", "revoked"].map(String::from)
    );
}

#[test]
fn a_claim_cannot_be_revoked() {
    let a = Archive::fixture("newsroom");
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    let claim = entries(&a, LONDONDERRY)[0].0.clone();
    a.q(&["revoke", LONDONDERRY, &claim, "--note", "x"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("cannot be revoked: only a sign-off, an approval or an accepted finding can");
}

#[test]
fn a_new_article_without_a_title_is_listed_as_untranslated() {
    let a = Archive::new();
    a.q(&["new", "2026/fresh", "--source", "kk"]).run().ok();
    // The date defaults to today in Kazakhstan (the test clock's day).
    assert!(a
        .read("articles/2026/fresh/article.toml")
        .contains("date = 2026-11-26"));
    let out = a.q(&["status"]).run().ok();
    assert!(out.stdout.contains("untranslated"), "{}", out.stdout);
    assert!(out.stdout.contains("2026/fresh"), "{}", out.stdout);
    assert!(
        out.stdout.contains("the original is empty"),
        "{}",
        out.stdout
    );
    assert_eq!(a.status_of("2026/fresh")["reason"], "empty-original");
    a.q(&["claim", "2026/fresh"]).by(DAMIR).run().ok();
    a.q(&["note", "2026/fresh", "--note", "Мәтін кешке келеді"])
        .by(DAMIR)
        .run()
        .ok();
    assert_eq!(a.state("2026/fresh"), "in-progress");
}

#[test]
fn repeating_sign_or_approve_on_unchanged_texts_records_nothing() {
    let a = signed();
    a.q(&["sign", LONDONDERRY])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_has("already translated by you");
    a.q(&["approve", LONDONDERRY]).by(MARIA).run().ok();
    let ledger = a.read(&format!("articles/{LONDONDERRY}/ledger.toml"));
    a.q(&["approve", LONDONDERRY])
        .by(MARIA)
        .run()
        .ok()
        .stdout_has("already approved by you");
    assert_eq!(
        a.read(&format!("articles/{LONDONDERRY}/ledger.toml")),
        ledger
    );
    assert_eq!(entries(&a, LONDONDERRY).len(), 2);
}

#[test]
fn check_reports_an_article_without_a_translation_as_not_checked() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.article("b", "kk", Some(KK), None);
    let out = a
        .q(&["check"])
        .run()
        .code(0)
        .stdout_has("[missing-translation] No ru translation yet: the article was not checked.")
        .stdout_has("One article has no translation yet: not checked.");
    assert!(out.stdout.contains("One article checked"), "{}", out.stdout);
    let json = a.q(&["check", "--format", "json"]).run().code(0).json();
    assert_eq!(json["summary"]["articles"], 1);
    assert_eq!(json["summary"]["not-checked"], 1);
}

#[test]
fn an_editor_accepts_one_finding_and_it_returns_when_its_paragraphs_change() {
    let a = Archive::fixture("newsroom");
    let ru = a.read(&ru_path());
    a.write(&ru_path(), ru.replace("19:30", "19:35"));
    a.q(&["sign", LONDONDERRY, "--force", "--note", "Дереккөзде 19:35"])
        .by(DAMIR)
        .run()
        .ok();
    a.q(&["approve", LONDONDERRY])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("the checks found one error");
    let before = a.snapshot();
    // Refusals: not an editor, no note, no such finding.
    a.q(&["accept", LONDONDERRY, "numbers", "¶3", "--note", "x"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("does not have the editor role");
    a.q(&["accept", LONDONDERRY, "numbers", "¶3"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("accept needs --note");
    a.q(&["accept", LONDONDERRY, "numbers", "¶2", "--note", "x"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("the checks report no numbers finding at ¶2");
    a.q(&["accept", LONDONDERRY, "dates", "¶3", "--note", "x"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("no dates finding at ¶3");
    assert_eq!(a.snapshot(), before);
    a.q(&[
        "accept",
        LONDONDERRY,
        "numbers",
        "¶3",
        "--note",
        "Полиция 19:35 деп нақтылады",
    ])
    .by(MARIA)
    .run()
    .ok();
    // No longer reported, unless asked for; approve is not blocked by it.
    a.q(&["check", LONDONDERRY])
        .run()
        .code(0)
        .stdout_lacks("[numbers]");
    a.q(&["check", LONDONDERRY, "--show-accepted"])
        .run()
        .code(0)
        .stdout_has("accepted [numbers]");
    let json = a
        .q(&["check", LONDONDERRY, "--show-accepted", "--format", "json"])
        .run()
        .code(0)
        .json();
    let findings = json["articles"][0]["findings"].as_array().unwrap();
    let accepted: Vec<_> = findings.iter().filter(|f| f["accepted"] == true).collect();
    assert_eq!(accepted.len(), 1, "{json:#}");
    assert_eq!(accepted[0]["check"], "numbers");
    assert_eq!(json["summary"]["errors"], 0);
    a.q(&["approve", LONDONDERRY]).by(MARIA).run().ok();
    // The quoted Russian paragraph changes: the finding is new, and reported again.
    a.write(&ru_path(), ru.replace("19:30", "19:36"));
    a.q(&["check", LONDONDERRY])
        .run()
        .code(1)
        .stdout_has("[numbers]");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_link_in_place_of_the_ledger_is_refused_without_waiting() {
    let a = Archive::fixture("newsroom");
    let ledger = a.path(&format!("articles/{LONDONDERRY}/ledger.toml"));
    let made = std::process::Command::new("mkfifo")
        .arg(&ledger)
        .status()
        .unwrap();
    assert!(made.success());
    for args in [
        vec!["unclaim", LONDONDERRY],
        vec!["claim", LONDONDERRY, "--take", "--note", "x"],
        vec!["revoke", LONDONDERRY, "0123456789ab", "--note", "x"],
    ] {
        a.q(&args)
            .by(MARIA)
            .run()
            .failed()
            .stderr_has("is not a regular file");
    }
    std::fs::remove_file(&ledger).unwrap();
    a.write("elsewhere.toml", "");
    std::os::unix::fs::symlink(a.path("elsewhere.toml"), &ledger).unwrap();
    a.q(&["claim", LONDONDERRY, "--take", "--note", "x"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("symbolic link");
    assert_eq!(a.read("elsewhere.toml"), "");
}

#[test]
fn hostile_notes_are_kept_whole_and_a_look_alike_name_is_the_same_person() {
    let a = Archive::fixture("newsroom");
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    // Latin "a" in the name: one person, one name (issue 11) — Дамир himself,
    // recorded as the roster spells him.
    a.q(&["unclaim", LONDONDERRY]).by("Дaмир Омаров").run().ok();
    assert_eq!(a.log(LONDONDERRY)[1]["by"], DAMIR);
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    let note = "Дамир ауырды\u{1b}[2J\r\n[[entry]]\t\"# ]\u{7}";
    a.q(&["claim", LONDONDERRY, "--take", "--note", note])
        .by(AIGERIM)
        .run()
        .ok();
    let log = a.log(LONDONDERRY);
    assert_eq!(log.len(), 4);
    assert_eq!(log[3]["note"], note);
    assert_eq!(log[3]["action"], "claimed");
    assert_eq!(a.status_of(LONDONDERRY)["by"], AIGERIM);
}

#[test]
fn two_takes_at_once_are_judged_one_after_the_other() {
    let a = Archive::fixture("newsroom");
    a.q(&["claim", LONDONDERRY]).by(DAMIR).run().ok();
    let first = entries(&a, LONDONDERRY)[0].0.clone();
    let runs: Vec<_> = [AIGERIM, MARIA]
        .into_iter()
        .map(|who| {
            a.q(&["claim", LONDONDERRY, "--take", "--note", "кезекші"])
                .by(who)
                .command()
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    let log = a.log(LONDONDERRY);
    assert_eq!(log.len(), 3);
    // Each take names the claim that stood when it was judged: Дамир's, then the
    // first taker's — never Дамир's twice.
    let refs: Vec<&str> = log[1..]
        .iter()
        .map(|e| e["ref"].as_str().unwrap())
        .collect();
    assert!(refs.contains(&first.as_str()), "{refs:?}");
    assert_ne!(refs[0], refs[1], "{log:?}");
}

#[test]
fn an_untranslated_last_paragraph_is_not_hidden_behind_the_credit_line() {
    // The Russian translation credits its translator where the Kazakh original's
    // last paragraph should have been translated.
    let ru = RU.replace(
        "\n\nВ результате тарана были повреждены ворота и само здание, сообщает инспектор уголовной полиции Боб Блеммингс.\n",
        "\n\nПеревод: Дамир Омаров\n",
    );
    let a = Archive::new();
    a.article("2026/credit", "kk", Some(KK), Some(&ru));
    let out = a
        .q(&["check", "2026/credit", "--format", "json"])
        .run()
        .code(1);
    let doc = out.json();
    let missing: Vec<_> = doc["articles"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "paragraphs" && f["severity"] == "error")
        .collect();
    assert_eq!(missing.len(), 1, "{doc:#}");
    assert_eq!(missing[0]["kk"]["paragraph"], 4, "{doc:#}");
    // Signing and approving stop at it.
    a.q(&["sign", "2026/credit"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("2026/credit");
    let show = a
        .q(&["show", "2026/credit", "--format", "json"])
        .run()
        .ok()
        .json();
    assert!(
        show["pairs"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!({"kk": [], "ru": [4]})),
        "{show:#}"
    );
}
