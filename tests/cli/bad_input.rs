//! Bad input: a clear message naming the file and line, exit 2, the rest of the
//! archive still reported, and nothing written.

use crate::support::*;
use serde_json::json;

/// Two good articles around which a bad one is put.
fn with_good_articles() -> Archive {
    let a = Archive::new();
    a.article("2026/a-good", "kk", Some(KK), Some(RU));
    a.article("2026/z-good", "ru", Some(KK), Some(RU));
    a.q(&["sign", "2026/z-good"]).by(DAMIR).run().ok();
    a
}

/// What besides `status` a bad file stops.
#[derive(Clone, Copy)]
struct Stops {
    /// `log`, which reads `article.toml` and the ledger only.
    log: bool,
    /// `show`, which reads `article.toml` and the versions only.
    show: bool,
}

/// A bad `article.toml`: everything about the article stops.
const META: Stops = Stops {
    log: true,
    show: true,
};
/// A bad ledger: `show` still shows the texts.
const LEDGER: Stops = Stops {
    log: true,
    show: false,
};
/// A bad version: `log` still lists the ledger.
const VERSION: Stops = Stops {
    log: false,
    show: true,
};

/// Checks what status says about an archive with one bad article: the error (with
/// its file and line) on stderr and in the JSON, the good articles in both outputs,
/// exit 2; and that no command wrote anything.
#[track_caller]
fn assert_reported(
    a: &Archive,
    bad_id: &str,
    path: &str,
    line: Option<u64>,
    message: &str,
    stops: Stops,
) {
    let before = a.snapshot();
    let expected_stderr = format!("error: {message}\n");

    let out = a.q(&["status"]).run().failed().stderr_is(&expected_stderr);
    assert!(out.stdout.contains("2026/a-good"), "{}", out.stdout);
    assert!(out.stdout.contains("2026/z-good"), "{}", out.stdout);
    assert!(!out.stdout.contains(bad_id), "{}", out.stdout);
    assert!(out
        .stdout
        .ends_with("2 articles: in progress 1, translated 1\n"));

    let out = a
        .q(&["status", "--format", "json"])
        .run()
        .failed()
        .stderr_is(&expected_stderr);
    let doc = out.json();
    assert_eq!(ids(&doc), ["2026/a-good", "2026/z-good"]);
    assert_eq!(
        doc["errors"],
        json!([{"path": path, "line": line, "message": message}])
    );

    // The log of the whole archive goes on past the bad article, too.
    let out = a
        .q(&["log", "--format", "json"])
        .run()
        .code(if stops.log { 2 } else { 0 });
    assert_eq!(out.json()["entries"][0]["id"], "2026/z-good");
    if stops.log {
        assert_eq!(out.stderr, expected_stderr);
        a.q(&["log", bad_id]).run().failed().stderr_has(path);
    }
    if stops.show {
        a.q(&["show", bad_id]).run().failed().stderr_has(path);
    } else {
        a.q(&["show", bad_id]).run().ok();
    }

    // Acting on the bad article is refused; acting on all goes round it.
    a.q(&["claim", bad_id]).by(DAMIR).run().failed();
    a.q(&["note", bad_id, "--note", "x"])
        .by(DAMIR)
        .run()
        .failed();
    a.q(&["sign", bad_id]).by(DAMIR).run().failed();
    assert_eq!(a.snapshot(), before, "something was written");
    let out = a.q(&["sign", "--all", "--yes"]).by(DAMIR).run().failed();
    assert_eq!(
        out.stdout, "2026/a-good: translated.\nOne article recorded.\n",
        "{}",
        out.stderr
    );
    let after = a.snapshot();
    let changed: Vec<_> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .map(|k| k.to_string_lossy().to_string())
        .collect();
    assert!(
        changed
            .iter()
            .all(|k| k.starts_with("articles/2026/a-good/")),
        "{changed:?}"
    );
}

/// How the message of a bad file must read.
enum Says {
    /// Exactly this.
    Is(&'static str),
    /// This, then the TOML parser's own detail.
    Starts(&'static str),
}

/// One bad file put beside two good articles, and what must be said of it.
struct Case {
    name: &'static str,
    /// The bad article: its source language and versions, then the file that breaks it.
    source: &'static str,
    kk: Option<&'static str>,
    ru: Option<&'static str>,
    file: Option<(&'static str, &'static [u8])>,
    path: &'static str,
    line: Option<u64>,
    says: Says,
    stops: Stops,
}

const META_PATH: &str = "articles/2026/m-bad/article.toml";

const CASES: &[Case] = &[
    Case {
        name: "a broken article.toml",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some((
            "article.toml",
            "source = \"kk\"\ndate = 2026-11-26\nsection = \"Әлем\n\n[credits]\n".as_bytes(),
        )),
        path: META_PATH,
        line: Some(3),
        says: Says::Starts("articles/2026/m-bad/article.toml:3: invalid TOML: "),
        stops: META,
    },
    Case {
        name: "an invalid value in article.toml",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some((
            "article.toml",
            b"# comment\ndate = 2026-11-26\nsource = \"en\"\n",
        )),
        path: META_PATH,
        line: Some(3),
        says: Says::Starts("articles/2026/m-bad/article.toml:3: invalid TOML: "),
        stops: META,
    },
    Case {
        name: "an unknown key in article.toml",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some((
            "article.toml",
            "source = \"kk\"\ndate = 2026-11-26\n\nauthor = \"Арайлым Орсаринова\"\n".as_bytes(),
        )),
        path: META_PATH,
        line: Some(4),
        says: Says::Is("articles/2026/m-bad/article.toml:4: unknown key \"author\""),
        stops: META,
    },
    Case {
        name: "a missing key in article.toml",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some(("article.toml", b"source = \"kk\"\n")),
        path: META_PATH,
        line: Some(1),
        says: Says::Is("articles/2026/m-bad/article.toml:1: missing key \"date\""),
        stops: META,
    },
    Case {
        name: "an article.toml that is not UTF-8",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some((
            "article.toml",
            b"source = \"kk\"\ndate = 2026-11-26\nsection = \"\xc0\xe9\xec\xe0\xf2\"\n",
        )),
        path: META_PATH,
        line: Some(3),
        says: Says::Is("articles/2026/m-bad/article.toml:3: the file is not UTF-8 text"),
        stops: META,
    },
    Case {
        name: "a ledger entry with a bad time",
        source: "kk",
        kk: Some(KK),
        ru: Some(RU),
        file: Some((
            "ledger.toml",
            "# hand-written\n\n[[entry]]\nat = \"кеше\"\nby = \"Дамир Омаров\"\naction = \"note\"\nlang = \"ru\"\n".as_bytes(),
        )),
        path: "articles/2026/m-bad/ledger.toml",
        line: Some(4),
        says: Says::Is("articles/2026/m-bad/ledger.toml:4: invalid value for \"at\": кеше"),
        stops: LEDGER,
    },
    Case {
        name: "a translation that is not UTF-8",
        source: "ru",
        kk: None,
        ru: Some(RU),
        // Windows-1251 bytes on line 3.
        file: Some((
            "kk.md",
            b"# \xd0\x9a\xd1\x96\xd1\x82\xd0\xb0\xd0\xbf\n\n\xca\xe8\xf2\xe0\xef \xe1\xe5\xeb\xe3\xe8\xeb\xe5\xed\xe4\xe8.\n",
        )),
        path: "articles/2026/m-bad/kk.md",
        line: Some(3),
        says: Says::Is("articles/2026/m-bad/kk.md:3: the file is not UTF-8 text"),
        stops: VERSION,
    },
    Case {
        name: "a missing original",
        source: "kk",
        kk: None,
        ru: Some(RU),
        file: None,
        path: "articles/2026/m-bad/kk.md",
        line: None,
        says: Says::Is("articles/2026/m-bad/kk.md: the original is missing"),
        stops: VERSION,
    },
    Case {
        name: "an empty original",
        source: "ru",
        kk: Some(KK),
        ru: Some("\n \r\n"),
        file: None,
        path: "articles/2026/m-bad/ru.md",
        line: None,
        says: Says::Is("articles/2026/m-bad/ru.md: the original is empty"),
        stops: VERSION,
    },
];

#[test]
#[allow(clippy::print_stderr)] // names the case that fails
fn each_bad_file_is_named_with_its_line_and_the_rest_goes_on() {
    for case in CASES {
        eprintln!("case: {}", case.name);
        let a = with_good_articles();
        a.article("2026/m-bad", case.source, case.kk, case.ru);
        if let Some((file, bytes)) = case.file {
            a.write(&format!("articles/2026/m-bad/{file}"), bytes);
        }
        let message = match case.says {
            Says::Is(m) => m.to_string(),
            Says::Starts(prefix) => {
                let out = a.q(&["status"]).run().failed();
                let m = out.stderr.strip_prefix("error: ").unwrap().trim_end();
                assert!(m.starts_with(prefix), "{}: {m}", case.name);
                m.to_string()
            }
        };
        assert_reported(&a, "2026/m-bad", case.path, case.line, &message, case.stops);
    }
}

#[test]
fn a_broken_ledger_is_reported_and_never_written_to() {
    let a = with_good_articles();
    a.article("2026/m-bad", "kk", Some(KK), Some(RU));
    a.q(&["sign", "2026/m-bad"]).by(DAMIR).run().ok();
    // Break the entry's `by` line by hand (a string left open). A ledger merely
    // cut short is a torn tail, read without it: see `hardening`.
    let ledger = a.read("articles/2026/m-bad/ledger.toml");
    let cut = ledger.find("by = \"").unwrap();
    let broken = ledger.replacen("Омаров\"", "Омаров", 1);
    let line = ledger[..cut].lines().count() as u64 + 1;
    assert_eq!(line, 7, "{broken}");
    a.write("articles/2026/m-bad/ledger.toml", &broken);
    let out = a.q(&["status"]).run().failed();
    let message = out.stderr.strip_prefix("error: ").unwrap().trim_end();
    assert!(
        message.starts_with("articles/2026/m-bad/ledger.toml:7: invalid TOML: "),
        "{message}"
    );
    assert_reported(
        &a,
        "2026/m-bad",
        "articles/2026/m-bad/ledger.toml",
        Some(line),
        message,
        LEDGER,
    );
    assert_eq!(a.read("articles/2026/m-bad/ledger.toml"), broken);
    a.q(&["log", "2026/m-bad"])
        .run()
        .failed()
        .stderr_has("articles/2026/m-bad/ledger.toml:7: invalid TOML");
}

#[test]
fn a_broken_qostil_toml_stops_everything_and_names_its_line() {
    let a = with_good_articles();
    a.write(
        "qostil.toml",
        "[[member]]\nname = \"Дамир Омаров\nroles = [\"translator\"]\n\n[drift]\n",
    );
    let before = a.snapshot();
    let out = a.q(&["status"]).run().failed();
    assert!(
        out.stderr.starts_with("error: ") && out.stderr.contains("qostil.toml:2: invalid TOML: "),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    a.q(&["sign", "2026/a-good"]).by(DAMIR).run().failed();
    a.q(&["sign", "--all", "--yes"]).by(DAMIR).run().failed();
    assert_eq!(a.snapshot(), before);

    // An unknown key and an unknown role, with their lines.
    a.write(
        "qostil.toml",
        "[[member]]\nname = \"Дамир Омаров\"\nroles = [\"translator\"]\n\n[drift]\ncosmetic = true\n",
    );
    a.q(&["status"])
        .run()
        .failed()
        .stderr_has("qostil.toml:6: unknown key \"cosmetic\"");
    a.write(
        "qostil.toml",
        "[[member]]\nname = \"Дамир Омаров\"\nroles = [\"translator\", \"boss\"]\n",
    );
    a.q(&["claim", "2026/a-good"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("qostil.toml:3: invalid TOML");
    a.q(&["status"])
        .run()
        .failed()
        .stderr_has("qostil.toml:3: invalid TOML");
}

#[test]
fn ids_that_escape_the_archive_are_refused() {
    let a = with_good_articles();
    let outside = Archive::new();
    outside.article("secret", "kk", Some(KK), Some(RU));
    // A folder next to articles/ that looks like an article.
    a.article("../x", "kk", Some(KK), Some(RU));
    assert!(a.exists("x/article.toml"));
    let before = a.snapshot();
    let outside_before = outside.snapshot();
    for (id, message) in [
        ("../x", "error: \"../x\" leads outside articles/\n"),
        (
            "2026/../../x",
            "error: \"2026/../../x\" leads outside articles/\n",
        ),
    ] {
        for cmd in ["claim", "sign", "reopen"] {
            a.q(&[cmd, id]).by(DAMIR).run().failed().stderr_is(message);
        }
        a.q(&["show", id]).run().failed().stderr_is(message);
        a.q(&["log", id]).run().failed().stderr_is(message);
    }
    let absolute = outside.path("articles/secret");
    let absolute = absolute.to_str().unwrap();
    a.q(&["sign", absolute])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("is not a valid article id");
    a.q(&["show", absolute])
        .run()
        .failed()
        .stderr_has("is not a valid article id");
    assert_eq!(a.snapshot(), before);
    assert_eq!(outside.snapshot(), outside_before);
}

#[test]
fn a_symbolic_link_out_of_the_archive_is_reported_and_never_followed() {
    let a = with_good_articles();
    let outside = Archive::new();
    outside.article("secret", "kk", Some(KK), Some(RU));
    std::os::unix::fs::symlink(
        outside.path("articles/secret"),
        a.path("articles/2026/m-link"),
    )
    .unwrap();
    // A link to a folder higher up that holds articles.
    std::os::unix::fs::symlink(outside.path("articles"), a.path("articles/m-tree")).unwrap();
    // A link that stays inside is an alias, not an error, and not listed twice.
    std::os::unix::fs::symlink(
        a.path("articles/2026/a-good"),
        a.path("articles/2026/alias"),
    )
    .unwrap();
    let before = a.snapshot();
    let outside_before = outside.snapshot();

    let out = a.q(&["status", "--format", "json"]).run().failed();
    let doc = out.json();
    assert_eq!(ids(&doc), ["2026/a-good", "2026/z-good"]);
    assert_eq!(
        doc["errors"],
        json!([
            {"path": null, "line": null, "message": "\"2026/m-link\" leads outside articles/"},
            {"path": null, "line": null, "message": "\"m-tree\" leads outside articles/"},
        ])
    );
    let out = a.q(&["status"]).run().failed();
    assert!(out.stdout.contains("2026/a-good") && out.stdout.contains("2026/z-good"));
    assert_eq!(
        out.stderr,
        "error: \"2026/m-link\" leads outside articles/\nerror: \"m-tree\" leads outside articles/\n"
    );
    for id in ["2026/m-link", "m-tree/secret"] {
        let message = format!("error: \"{id}\" leads outside articles/\n");
        a.q(&["claim", id])
            .by(DAMIR)
            .run()
            .failed()
            .stderr_is(&message);
        a.q(&["sign", id])
            .by(DAMIR)
            .run()
            .failed()
            .stderr_is(&message);
        a.q(&["show", id]).run().failed().stderr_is(&message);
        a.q(&[
            "new",
            &format!("{id}/new"),
            "--source",
            "kk",
            "--date",
            "2026-11-26",
        ])
        .run()
        .failed();
    }
    a.q(&["sign", "--all", "--yes"]).by(DAMIR).run().failed();
    assert_eq!(
        outside.snapshot(),
        outside_before,
        "wrote outside the archive"
    );
    let after = a.snapshot();
    assert!(after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .all(|k| k.starts_with("articles/2026/a-good")));
}

#[test]
fn a_bad_entry_deep_in_a_ledger_names_its_own_line() {
    let a = with_good_articles();
    a.article("2026/m-bad", "kk", Some(KK), Some(RU));
    for _ in 0..3 {
        a.q(&["sign", "2026/m-bad", "--note", "тағы"])
            .by(DAMIR)
            .run()
            .ok();
    }
    let good = a.read("articles/2026/m-bad/ledger.toml");
    // The line (from 1) of the `n`-th line starting with `prefix`.
    let line_of = |prefix: &str, n: usize| -> usize {
        good.lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with(prefix))
            .nth(n)
            .unwrap()
            .0
            + 1
    };
    let edit = |line: usize, f: &dyn Fn(&str) -> String| -> String {
        good.lines()
            .enumerate()
            .map(|(i, l)| if i + 1 == line { f(l) } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    };
    let path = "articles/2026/m-bad/ledger.toml";

    // An action that does not exist, in the third entry.
    let line = line_of("action = ", 2);
    assert!(line > 20);
    a.write(path, edit(line, &|l| l.replace("translated", "signed")));
    assert_reported(
        &a,
        "2026/m-bad",
        path,
        Some(line as u64),
        &format!("{path}:{line}: invalid TOML: unknown variant `signed`, expected one of `claimed`, `translated`, `approved`, `reopened`, `note`, `unclaimed`, `revoked`, `accepted`"),
        LEDGER,
    );

    // An unknown key in the second entry.
    let line = line_of("lang = ", 1);
    a.write(path, edit(line, &|l| l.replace("lang", "language")));
    let out = a.q(&["status"]).run().failed();
    assert_eq!(
        out.stderr,
        format!("error: {path}:{line}: unknown key \"language\"\n")
    );

    // A bad time in the second entry, written by hand after other keys.
    let header = line_of("[[entry]]", 1);
    let at = line_of("at = ", 1);
    assert_eq!(at, header + 1);
    let moved: String = good
        .lines()
        .enumerate()
        .filter(|(i, _)| i + 1 != at)
        .flat_map(|(i, l)| {
            let mut v = vec![l.to_string()];
            if i + 1 == header + 3 {
                v.push("at = \"ертең\"".to_string());
            }
            v
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    a.write(path, &moved);
    let out = a.q(&["status"]).run().failed();
    assert_eq!(
        out.stderr,
        format!(
            "error: {path}:{}: invalid value for \"at\": ертең\n",
            header + 3
        )
    );
}
