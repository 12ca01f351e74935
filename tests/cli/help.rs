//! `--help` and command-line errors in Kazakh and Russian.

use crate::support::*;

/// Latin words a Kazakh or Russian help may hold: names of files, tools,
/// variables, values typed as they are, and the example article id.
const ALLOWED: &[&str] = &[
    "qostil",
    "elvish",
    "toml",
    "articles",
    "gitattributes",
    "git",
    "config",
    "user",
    "name",
    "QOSTIL",
    "USER",
    "RFC",
    "human",
    "json",
    "HTML",
    "auto",
    "always",
    "never",
    "vktu",
    "round",
    "table",
    "log",
    "bash",
    "zsh",
    "fish",
    "powershell",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "COLOR",
    "CLICOLOR",
    "FORCE",
    "NO",
    "roff",
    "man",
];

/// The Latin words of `text` that are not flags, file names or allowed words.
fn english_words(text: &str, commands: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for token in text.split_whitespace() {
        // Flags and their spellings (`--by`, `-C,`, `--format=json`) are not prose.
        if token.trim_start_matches(['[', '(', '<']).starts_with('-') {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            let command = commands.iter().any(|c| c == word);
            if word.len() >= 3 && !ALLOWED.contains(&word) && !command {
                found.push(word.to_string());
            }
        }
    }
    found
}

/// The subcommands, read from the English `--help` (so new ones are walked too).
fn subcommands(a: &Archive) -> Vec<String> {
    let out = a.q(&["--help", "--lang", "en"]).run().ok();
    out.stdout
        .split("Commands:\n")
        .nth(1)
        .expect("a Commands section")
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn every_help_in_kazakh_and_russian_has_no_english_sentence() {
    let a = Archive::new();
    let subs = subcommands(&a);
    assert!(subs.len() >= 12, "{subs:?}");
    for lang in ["kk", "ru"] {
        let mut pages = vec![a.q(&["--help", "--lang", lang]).run().ok().stdout];
        for sub in &subs {
            // `help` has no --help of its own: `help status` is the same page.
            let args: &[&str] = if sub == "help" {
                &["help", "status"]
            } else {
                &[sub, "--help"]
            };
            let out = a.q(args).env("QOSTIL_LANG", lang).run().ok();
            pages.push(out.stdout);
        }
        for page in &pages {
            let english = english_words(page, &subs);
            assert!(english.is_empty(), "{lang}: English {english:?} in\n{page}");
            // Every argument is described: no line is a bare flag or placeholder.
            for line in page.lines().filter(|l| l.starts_with("  ")) {
                let described = line.trim().split_once("  ").map(|x| x.1);
                assert!(
                    described.is_some_and(|d| !d.trim().is_empty())
                        || line.starts_with("      ") && line.len() > 30,
                    "{lang}: no description: {line:?}\n{page}"
                );
            }
        }
    }
}

#[test]
fn the_language_comes_from_the_environment_for_help_too() {
    let a = Archive::new();
    a.q(&["sign", "--help"])
        .env("QOSTIL_LANG", "ru")
        .run()
        .ok()
        .stdout_has("Использование: qostil sign [ПАРАМЕТРЫ] [СТАТЬЯ]...")
        .stdout_has("Подписать перевод");
    a.q(&["status", "--help"])
        .unset("QOSTIL_LANG")
        .env("LANG", "kk_KZ.UTF-8")
        .run()
        .ok()
        .stdout_has("Қолданылуы: qostil status [ПАРАМЕТРЛЕР]")
        .stdout_has("Тек менің мақалаларым");
}

#[test]
fn usage_errors_are_localized_and_keep_the_suggestion() {
    let a = Archive::new();
    a.q(&["status", "--stat", "x", "--lang", "ru"])
        .run()
        .code(2)
        .stderr_has("ошибка: неизвестный параметр --stat\n")
        .stderr_has("может быть, вы имели в виду --state?")
        .stderr_has("Подробнее: запустите с --help.");
    a.q(&["--lang", "kk", "stauts"])
        .run()
        .code(2)
        .stderr_has("белгісіз команда: «stauts»")
        .stderr_has("status деп жазғыңыз келген шығар?");
    // The date error names the value and the flag, not chrono's English.
    let out = a
        .q(&[
            "--lang",
            "ru",
            "new",
            "2026/x",
            "--source",
            "kk",
            "--date",
            "2026-13-01",
        ])
        .run()
        .code(2);
    assert!(out
        .stderr
        .contains("«2026-13-01» — недопустимое значение для --date"));
    assert!(english_words(&out.stderr, &[]).is_empty(), "{}", out.stderr);
    a.q(&["status", "--state", "stael", "--lang", "ru"])
        .run()
        .code(2)
        .stderr_has("допустимые значения: не переведено, в работе");
}

#[test]
fn state_and_severity_accept_the_names_the_tables_show() {
    let a = Archive::new();
    a.article("2026/a", "kk", Some(KK), None);
    let out = a
        .q(&["status", "--state", "не переведено", "--format", "json"])
        .run()
        .ok();
    assert_eq!(ids(&out.json()), ["2026/a"]);
    let out = a
        .q(&["status", "--state", "ескірген", "--format", "json"])
        .run()
        .ok();
    assert!(ids(&out.json()).is_empty());
    a.q(&["check", "--severity", "ошибка"]).run();
    a.q(&["check", "--severity", "ЕСКЕРТУ"]).run();
    a.q(&["check", "--severity", "ошибкаа"]).run().code(2);
}

#[test]
fn an_empty_archive_says_so_without_a_dangling_colon() {
    let a = Archive::new();
    for (lang, expected) in [
        ("en", "Nothing needs work (0 articles).\nNo articles.\n"),
        ("ru", "Работы нет (0 статей).\nСтатей нет.\n"),
        ("kk", "Атқаратын жұмыс жоқ (0 мақала).\nМақала жоқ.\n"),
    ] {
        a.q(&["status", "--lang", lang])
            .run()
            .ok()
            .stdout_is(expected);
    }
}

#[test]
fn a_note_is_confirmed_in_words() {
    let a = Archive::new();
    a.article("2026/a", "kk", Some(KK), None);
    a.q(&["note", "2026/a", "--note", "Тексерілді.", "--lang", "ru"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/a: заметка добавлена в журнал.\n");
    a.q(&["note", "2026/a", "--note", "Тексерілді.", "--lang", "kk"])
        .by(DAMIR)
        .run()
        .ok()
        .stdout_is("2026/a: түсініктеме журналға жазылды.\n");
}

#[test]
fn completions_for_every_shell_and_a_man_page_in_the_language() {
    let a = Archive::new();
    for (shell, marker) in [
        ("bash", "_qostil()"),
        ("zsh", "#compdef qostil"),
        ("fish", "complete -c qostil"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = a.q(&["completions", shell]).run().ok();
        assert!(out.stdout.contains(marker), "{shell}: {}", out.stdout);
        assert!(out.stdout.contains("status"), "{shell}");
    }
    a.q(&["completions", "tcsh"]).run().code(2);
    let out = a.q(&["--lang", "kk", "completions", "fish"]).run().ok();
    assert!(
        out.stdout.contains("Тек менің мақалаларым"),
        "{}",
        out.stdout
    );
    let out = a.q(&["man", "--lang", "ru"]).run().ok();
    assert!(out.stdout.starts_with(".ie"), "{}", out.stdout);
    assert!(out.stdout.contains(".TH qostil 1"));
    assert!(out.stdout.contains("Взять статью в перевод"));
}

#[test]
fn color_follows_the_flag_then_clicolor_force_then_the_terminal() {
    let a = Archive::new();
    a.article("2026/a", "kk", Some(KK), None);
    let esc = |out: &crate::support::Output| out.stdout.contains('\u{1b}');
    // Not a terminal: no colour by default.
    assert!(!esc(&a.q(&["status"]).run().ok()));
    assert!(esc(&a.q(&["status", "--color", "always"]).run().ok()));
    assert!(esc(&a.q(&["status"]).env("CLICOLOR_FORCE", "1").run().ok()));
    assert!(!esc(&a
        .q(&["status", "--color", "never"])
        .env("CLICOLOR_FORCE", "1")
        .run()
        .ok()));
    assert!(!esc(&a
        .q(&["status"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .run()
        .ok()));
    a.q(&["status", "--color", "sometimes"]).run().code(2);
}
