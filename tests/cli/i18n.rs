//! Messages in Kazakh and Russian: from `--lang`, then the environment.

use crate::support::*;

/// `n` untranslated articles.
fn with_articles(n: usize) -> Archive {
    let a = Archive::new();
    for i in 0..n {
        a.article(&format!("2026/a{i:02}"), "kk", Some(KK), None);
    }
    a
}

#[test]
fn lang_kk_gives_kazakh_messages() {
    let a = with_articles(1);
    a.q(&["--lang", "kk", "claim", "2026/жоқ"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_is("қате: articles/ ішінде «2026/жоқ» мақаласы жоқ\n");
    a.q(&["claim", "2026/a00", "--lang", "kk"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/a00: жұмысқа алынды.\n");
    a.q(&["claim", "2026/a00", "--lang", "kk"])
        .by(AIGERIM)
        .run()
        .failed()
        .stderr_is("қате: 2026/a00 мақаласын Дамир Омаров жұмысқа алып қойған\n");
    let out = a.q(&["status", "--lang", "kk"]).run().ok();
    assert!(out.stdout.starts_with("КҮЙІ"), "{}", out.stdout);
    assert!(out.stdout.contains("жұмыста"), "{}", out.stdout);
    assert!(
        out.stdout.ends_with("1 мақала: жұмыста 1\n"),
        "{}",
        out.stdout
    );
    // --lang wins over the environment.
    a.q(&["--lang", "kk", "log", "2026/a01"])
        .env("LANG", "ru_RU.UTF-8")
        .env("QOSTIL_LANG", "ru")
        .run()
        .failed()
        .stderr_has("қате: ");
    // So does the file-and-line message of bad input.
    a.write("articles/2026/a00/kk.md", b"# \xff\n");
    a.q(&["status", "--lang", "kk"])
        .run()
        .failed()
        .stderr_is("қате: articles/2026/a00/kk.md:1: файл UTF-8 кодтауында емес\n");
}

#[test]
fn lang_from_the_environment_gives_russian_messages() {
    let a = with_articles(1);
    // LANG, with QOSTIL_LANG (set by the harness) taken away.
    a.q(&["claim", "2026/нет"])
        .by(DAMIR)
        .unset("QOSTIL_LANG")
        .env("LANG", "ru_RU.UTF-8")
        .run()
        .failed()
        .stderr_is("ошибка: в articles/ нет статьи «2026/нет»\n");
    a.q(&["approve", "2026/a00"])
        .by(MARIA)
        .unset("QOSTIL_LANG")
        .env("LANG", "ru_RU.UTF-8")
        .run()
        .failed()
        .stderr_is(
            "ошибка: 2026/a00: статья в состоянии «не переведено», отметка «утверждено» сейчас невозможна\n",
        );
    a.q(&["claim", "2026/a00"])
        .unset("QOSTIL_LANG")
        .env("LANG", "ru_RU.UTF-8")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .run()
        .failed()
        .stderr_is(
            "ошибка: кто вы? Укажите --by ИМЯ, задайте QOSTIL_USER или git config user.name\n",
        );
    // LC_ALL=C wins over LANG: English.
    a.q(&["claim", "2026/нет"])
        .by(DAMIR)
        .unset("QOSTIL_LANG")
        .env("LANG", "ru_RU.UTF-8")
        .env("LC_ALL", "C")
        .run()
        .failed()
        .stderr_is("error: no article \"2026/нет\" in articles/\n");
    // QOSTIL_LANG wins over LANG; LANG=kk_KZ gives Kazakh.
    a.q(&["claim", "2026/x"])
        .by(DAMIR)
        .env("QOSTIL_LANG", "ru")
        .env("LANG", "kk_KZ.UTF-8")
        .run()
        .failed()
        .stderr_has("ошибка: ");
    a.q(&["claim", "2026/x"])
        .by(DAMIR)
        .unset("QOSTIL_LANG")
        .env("LANG", "kk_KZ.UTF-8")
        .run()
        .failed()
        .stderr_has("қате: ");
    // A language we do not have: English.
    a.q(&["claim", "2026/x"])
        .by(DAMIR)
        .unset("QOSTIL_LANG")
        .env("LANG", "de_DE.UTF-8")
        .run()
        .failed()
        .stderr_has("error: ");
}

#[test]
fn russian_plural_forms() {
    let summary = |n: usize| -> String {
        let a = with_articles(n);
        let out = a
            .q(&["status"])
            .unset("QOSTIL_LANG")
            .env("LANG", "ru_RU.UTF-8")
            .run()
            .ok();
        assert!(out.stdout.starts_with("СОСТОЯНИЕ"), "{}", out.stdout);
        out.stdout.lines().last().unwrap().to_string()
    };
    assert_eq!(summary(1), "1 статья: не переведено 1");
    assert_eq!(summary(3), "3 статьи: не переведено 3");
    assert_eq!(summary(5), "5 статей: не переведено 5");
    assert_eq!(summary(11), "11 статей: не переведено 11");
    assert_eq!(summary(21), "21 статья: не переведено 21");
    assert_eq!(summary(22), "22 статьи: не переведено 22");

    // sign --all counts what it recorded.
    let a = Archive::new();
    for i in 0..2 {
        a.article(&format!("2026/b{i}"), "kk", Some(KK), Some(RU));
    }
    a.q(&["sign", "--all", "--yes", "--lang", "ru"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/b0: переведено.\n2026/b1: переведено.\nЗаписано: 2 статьи.\n");
    // Nothing needs work: "(2 статьи)".
    a.q(&["approve", "--all", "--yes"]).by(MARIA).run().ok();
    a.q(&["status", "--lang", "ru"])
        .run()
        .ok()
        .stdout_is("Работы нет (2 статьи).\n2 статьи: утверждено 2\n");
}
