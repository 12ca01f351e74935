//! Workflow rules that guard people's work: claims, reopening, adoption with
//! `--all`, links inside an article, and a clock that does not parse.

use crate::support::*;

#[test]
fn nobody_signs_over_somebody_elses_claim() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    let before = a.snapshot();
    a.q(&["sign", "a"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_is("error: a is already claimed by Дамир Омаров\n");
    assert_eq!(a.snapshot(), before);
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    assert_eq!(a.state("a"), "translated");
}

#[test]
fn only_an_editor_reopens_and_only_signed_work_nobody_holds() {
    let a = Archive::fixture("newsroom");
    let id = "2026/londonderry-arrests";
    a.q(&["sign", id]).by(DAMIR).run().ok();
    let before = a.snapshot();
    // Дамир is a translator only (Айгерім is both in this roster).
    a.q(&["reopen", id])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("does not have the editor role");
    assert_eq!(a.snapshot(), before);
    a.q(&["reopen", id, "--note", "¶3"]).by(MARIA).run().ok();
    assert_eq!(a.state(id), "in-progress");
    // Already sent back: a second reopen is refused.
    a.q(&["reopen", id])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("is in progress");
}

#[test]
fn sign_all_adopts_only_work_that_was_never_signed() {
    let a = Archive::new();
    a.article("never", "kk", Some(KK), Some(RU));
    a.article("stale", "kk", Some(KK), Some(RU));
    a.article("claimed", "kk", Some(KK), Some(RU));
    a.q(&["sign", "stale"]).by(DAMIR).run().ok();
    a.write("articles/stale/kk.md", KK.replace("19:30", "19:45"));
    a.q(&["claim", "claimed"]).by(DAMIR).run().ok();
    a.q(&["sign", "--all", "--yes"])
        .by(AIGERIM)
        .run()
        .ok()
        .stdout_has("One article recorded.");
    assert_eq!(a.state("never"), "translated");
    assert_eq!(a.state("stale"), "stale");
    assert_eq!(a.state("claimed"), "in-progress");
}

#[cfg(unix)]
#[test]
fn a_version_that_is_a_link_is_neither_read_nor_written() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.write("outside.md", RU);
    std::os::unix::fs::symlink(a.path("outside.md"), a.path("articles/a/ru.md")).unwrap();
    let before = a.snapshot();
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_is("error: articles/a/ru.md is a symbolic link: an article's files must be its own, so qostil neither reads nor writes it\n");
    a.q(&["show", "a"])
        .run()
        .failed()
        .stderr_has("symbolic link");
    assert_eq!(a.snapshot(), before);
    // A ledger that is a link is refused too, and nothing is created at its target.
    std::os::unix::fs::symlink(a.path("elsewhere.toml"), a.path("articles/a/ledger.toml")).unwrap();
    a.q(&["claim", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("symbolic link");
    assert!(!a.exists("elsewhere.toml"));
}

#[test]
fn a_clock_that_does_not_parse_stops_everything() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    let before = a.snapshot();
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("вчера")
        .run()
        .failed()
        .stderr_is("error: QOSTIL_NOW is \"вчера\", not a time like 2026-11-26T18:04:00+05:00\n");
    assert_eq!(a.snapshot(), before);
}

#[test]
fn init_sets_up_the_folder_given_with_root() {
    let a = Archive::bare();
    a.q(&["-C", "paper", "init"]).run().ok();
    assert!(a.exists("paper/qostil.toml"));
    assert!(a.exists("paper/articles"));
    assert!(!a.exists("qostil.toml"));
}
