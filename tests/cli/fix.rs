//! `qostil fix`: look-alike letters and doubled spaces, fixed in place or shown.

use crate::support::*;

const RU_SRC: &str = "# Местные власти\n\nМестные власти Алматы открыли новый парк. Подробнее: https://altainews.kz/park\n";
const KK_BAD: &str = "# Жергiлiктi билік\n\nАлматының жергiлiктi  билігі жаңа саябақ ашты. ASHYQTYQ. Толығырақ: https://altainews.kz/park\n";
const KK_GOOD: &str = "# Жергілікті билік\n\nАлматының жергілікті билігі жаңа саябақ ашты. ASHYQTYQ. Толығырақ: https://altainews.kz/park\n";

#[test]
fn dry_run_shows_the_changes_and_writes_nothing() {
    let a = Archive::new();
    a.article("a", "ru", Some(KK_BAD), Some(RU_SRC));
    let before = a.snapshot();
    a.q(&["fix", "--dry-run"])
        .run()
        .ok()
        .stdout_has("[-жергiлiктi-]{+жергілікті+}")
        .stdout_has("2 spaces → 1")
        .stdout_has("nothing was written");
    assert_eq!(a.snapshot(), before);
}

#[test]
fn fix_rewrites_a_signed_translation_which_stays_translated() {
    let a = Archive::new();
    a.article("a", "ru", Some(KK_BAD), Some(RU_SRC));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    assert_eq!(a.state("a"), "translated");
    a.q(&["fix", "a"]).run().ok().stdout_has("1 file fixed");
    assert_eq!(a.read("articles/a/kk.md"), KK_GOOD);
    assert_eq!(a.read("articles/a/ru.md"), RU_SRC);
    assert_eq!(a.state("a"), "translated");
    // Nothing left to fix: a second run changes nothing.
    let before = a.snapshot();
    a.q(&["fix"]).run().ok().stdout_has("0 files fixed");
    assert_eq!(a.snapshot(), before);
}

#[test]
fn an_unknown_article_is_named_and_the_rest_is_fixed() {
    let a = Archive::new();
    a.article("a", "ru", Some(KK_BAD), Some(RU_SRC));
    let out = a.q(&["fix", "a", "nope"]).run().failed();
    assert!(out.stderr.contains("nope"), "{}", out.stderr);
    assert_eq!(a.read("articles/a/kk.md"), KK_GOOD);
}
