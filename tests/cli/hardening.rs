//! Hardening (issue 11): FIFOs and folders in place of files, links below the
//! root, hashes that are not hashes, actions that waited for the lock, spellings
//! of one name, file modes, and control characters on the terminal.

use crate::support::*;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// Runs a command that must end by itself: killed (and the test failed) if it
/// takes more than `limit`. Returns its exit code and standard error.
fn bounded(mut cmd: std::process::Command, limit: Duration) -> (Option<i32>, String) {
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("qostil runs");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.code(), err);
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{cmd:?} hung for more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn mkfifo(path: &Path) {
    let _ = std::fs::remove_file(path);
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {path:?}");
}

/// A FIFO in each file position: every command that needs the file returns
/// within a second (a generous limit on a busy machine), with exit 2 and a
/// message naming it; none hangs in `open`.
#[test]
fn a_fifo_in_place_of_any_file_is_an_error_never_a_hang() {
    let cases: &[(&str, &[&[&str]])] = &[
        (
            "articles/a/kk.md",
            &[
                &["status"],
                &["show", "a"],
                &["check", "a"],
                &["diff", "a"],
                &["sign", "a"],
            ],
        ),
        (
            "articles/a/ru.md",
            &[&["status"], &["show", "a"], &["check", "a"], &["sign", "a"]],
        ),
        (
            "articles/a/ledger.toml",
            &[
                &["status"],
                &["log"],
                &["diff", "a"],
                &["sign", "a"],
                &["note", "a", "--note", "x"],
            ],
        ),
        ("qostil.toml", &[&["status"], &["check"], &["sign", "a"]]),
        ("glossary.toml", &[&["check"], &["approve", "a"]]),
        (
            "articles/a/article.toml",
            &[&["status"], &["show", "a"], &["sign", "a"]],
        ),
    ];
    for (file, commands) in cases {
        let a = Archive::new();
        a.article("a", "kk", Some(KK), Some(RU));
        a.q(&["sign", "a"]).by(DAMIR).run().ok();
        a.write("articles/a/ru.md", RU.replace("19:30", "19:45"));
        mkfifo(&a.path(file));
        for args in *commands {
            let started = Instant::now();
            let (code, err) = bounded(a.q(args).user(AIGERIM).command(), Duration::from_secs(10));
            assert_eq!(code, Some(2), "{file}: qostil {args:?}: {err}");
            let name = Path::new(file).file_name().unwrap().to_str().unwrap();
            // `qostil.toml` as a FIFO is no archive at all: the message says so.
            if *file != "qostil.toml" {
                assert!(err.contains(name), "{file}: qostil {args:?}: {err}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{file}: qostil {args:?} took {:?}",
                started.elapsed()
            );
        }
    }
}

#[test]
fn a_fifo_in_place_of_a_stored_text_is_an_error_never_a_hang() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.write("articles/a/kk.md", KK.replace("19:30", "19:45"));
    let history = a.path("articles/a/history");
    for e in std::fs::read_dir(&history).unwrap() {
        mkfifo(&e.unwrap().path());
    }
    for args in [&["diff", "a"][..], &["status"][..]] {
        let (code, err) = bounded(a.q(args).command(), Duration::from_secs(10));
        assert_eq!(code, Some(2), "qostil {args:?}: {err}");
        assert!(err.contains("history"), "{err}");
    }
}

/// An `article.toml` that is a folder does not make the article vanish.
#[test]
fn an_article_toml_that_is_a_folder_is_reported() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.remove("articles/a/article.toml");
    std::fs::create_dir(a.path("articles/a/article.toml")).unwrap();
    a.q(&["status"])
        .run()
        .failed()
        .stderr_has("article.toml is not a regular file");
}

/// A folder in place of a file is the one "not a regular file" error, with its
/// path in the JSON of `status` as every error about a file has.
#[test]
fn a_folder_in_place_of_a_file_is_named_in_json() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.remove("articles/a/article.toml");
    std::fs::create_dir(a.path("articles/a/article.toml")).unwrap();
    let json = a.q(&["status", "--format", "json"]).run().failed().json();
    let path = json["errors"][0]["path"].as_str().unwrap_or_default();
    assert!(path.ends_with("articles/a/article.toml"), "{json}");
}

/// A `history/` that is a link to a folder outside the archive: `sign` writes
/// nothing there and `diff` reads nothing through it.
#[test]
fn a_linked_history_folder_is_neither_written_nor_read() {
    let outside = tempfile::tempdir().unwrap();
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    std::os::unix::fs::symlink(outside.path(), a.path("articles/a/history")).unwrap();
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("history is a symbolic link");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    assert!(a.log("a").is_empty());

    // Signed with a real folder, then the folder is replaced by a link to a copy.
    std::fs::remove_file(a.path("articles/a/history")).unwrap();
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    for e in std::fs::read_dir(a.path("articles/a/history")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), outside.path().join(e.file_name())).unwrap();
    }
    std::fs::remove_dir_all(a.path("articles/a/history")).unwrap();
    std::os::unix::fs::symlink(outside.path(), a.path("articles/a/history")).unwrap();
    a.write("articles/a/kk.md", KK.replace("19:30", "19:45"));
    a.q(&["diff", "a"])
        .run()
        .failed()
        .stderr_has("history is a symbolic link");
}

/// `articles/` that is itself a link is not followed.
#[test]
fn a_linked_articles_folder_is_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let a = Archive::new();
    std::fs::remove_dir(a.path("articles")).unwrap();
    let elsewhere = outside.path().join("a");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("article.toml"), "source = \"kk\"\n").unwrap();
    std::fs::write(elsewhere.join("kk.md"), KK).unwrap();
    std::os::unix::fs::symlink(outside.path(), a.path("articles")).unwrap();
    a.q(&["status"])
        .run()
        .failed()
        .stderr_has("articles is a symbolic link");
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .failed()
        .stderr_has("articles is a symbolic link");
    assert!(!elsewhere.join("ledger.toml").exists());
}

/// A ledger's text hash names a file only when it is 16 lowercase hex digits:
/// `../` in it reads nothing outside, and an existing and a missing file outside
/// give the same answer.
#[test]
fn a_hash_that_is_not_hex_names_no_file() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.write("articles/a/kk.md", KK.replace("19:30", "19:45"));
    let ledger = a.read("articles/a/ledger.toml");
    let hash = ledger
        .lines()
        .find_map(|l| l.strip_prefix("kk-text = \""))
        .map(|l| l[..16].to_string())
        .unwrap();
    a.write("secret.md", KK);
    let mut answers = Vec::new();
    for target in ["../../../secret", "../../../nothing"] {
        a.write("articles/a/ledger.toml", ledger.replace(&hash, target));
        let out = a.q(&["diff", "a"]).run().failed();
        assert!(
            out.stderr.contains("is not a stored text's hash"),
            "{}",
            out.stderr
        );
        answers.push(out.stderr.replace(target, "…"));
    }
    assert_eq!(answers[0], answers[1]);
}

/// A claim stamped before a sign it waited for is not silently undone: it is
/// ordered after the sign.
#[test]
fn a_claim_that_waited_for_the_lock_is_ordered_after_the_sign() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"])
        .by(DAMIR)
        .now("2026-11-26T12:10:00+05:00")
        .run()
        .ok();
    a.q(&["claim", "a"])
        .by(AIGERIM)
        .now("2026-11-26T12:05:00+05:00")
        .run()
        .ok();
    assert_eq!(a.state("a"), "in-progress");
    let log = a.log("a");
    assert_eq!(log.len(), 2);
    assert!(log[1]["at"].as_str().unwrap() > log[0]["at"].as_str().unwrap());
}

/// Six spellings of the translator's name, with and without a roster: none of
/// them approves her own work.
#[test]
fn a_translator_cannot_approve_her_own_work_under_another_spelling() {
    let variants = [
        "айгерім сапарова".to_string(),
        "Айгерім  Сапарова".to_string(),
        // NFD: "й" as "и" and a combining breve.
        "Аи\u{306}герім Сапарова".to_string(),
        "Aйгерім Сапарова".to_string(),
        "Айгерім\u{A0}Сапарова".to_string(),
        "Айге\u{200B}рім Сапарова".to_string(),
    ];
    for roster in [false, true] {
        for v in &variants {
            let a = if roster {
                Archive::fixture("newsroom")
            } else {
                Archive::new()
            };
            let id = if roster {
                "2026/londonderry-arrests"
            } else {
                a.article("a", "kk", Some(KK), Some(RU));
                "a"
            };
            a.q(&["sign", id]).by(AIGERIM).run().ok();
            a.q(&["approve", id])
                .by(v)
                .run()
                .failed()
                .stderr_has("signed");
            assert_eq!(a.state(id), "translated", "{v:?} roster={roster}");
        }
    }
}

/// A name written decomposed (NFD) is the same person as written composed.
#[test]
fn a_decomposed_name_is_the_same_person() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    // "Ә" has no decomposition, "Й" does: И + combining breve.
    a.q(&["sign", "a"]).by("Йерлан Әли").run().ok();
    a.q(&["approve", "a"])
        .by("И\u{306}ерлан Әли")
        .run()
        .failed()
        .stderr_has("signed");
}

/// Under a 0022 umask, new files are 0644 (they were 0600): a colleague on a
/// shared server can read them.
#[test]
fn new_files_respect_the_umask() {
    let a = Archive::bare();
    let run = |args: &str| {
        let st = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("umask 022 && exec \"$0\" {args}"))
            .arg(QOSTIL)
            .env_clear()
            .env("QOSTIL_NOW", START)
            .env("QOSTIL_USER", DAMIR)
            .current_dir(a.root())
            .status()
            .unwrap();
        assert!(st.success(), "{args}");
    };
    run("init");
    run("new a --source kk --date 2026-12-03");
    a.write("articles/a/kk.md", KK);
    a.write("articles/a/ru.md", RU);
    run("sign a");
    let mut files = vec![
        a.path("qostil.toml"),
        a.path("articles/a/article.toml"),
        a.path("articles/a/ledger.toml"),
    ];
    for e in std::fs::read_dir(a.path("articles/a/history")).unwrap() {
        files.push(e.unwrap().path());
    }
    for f in files {
        let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{f:?}");
    }
}

/// Control characters from a note reach the terminal made visible.
#[test]
fn an_escape_in_a_note_or_name_is_printed_escaped() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["note", "a", "--note", "ескерту\u{1b}]0;pwned\u{7}\u{1b}[2J"])
        .by("Evil\u{1b}[31m")
        .run()
        .ok();
    let out = a.q(&["log"]).run().ok();
    assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
    assert!(!out.stdout.contains('\u{7}'), "{:?}", out.stdout);
    assert!(
        out.stdout
            .contains("ескерту\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Evil\\u{1b}[31m"), "{}", out.stdout);
    // JSON keeps the text as it is (escaped by JSON itself).
    assert_eq!(a.log("a")[0]["note"], "ескерту\u{1b}]0;pwned\u{7}\u{1b}[2J");
}

/// A folder name with a line feed adds no fake row to `status`.
#[test]
fn a_folder_name_with_a_line_feed_adds_no_row() {
    let a = Archive::new();
    a.article("fake\nuntranslated 2026/spoof", "kk", Some(KK), None);
    let out = a.q(&["status"]).run();
    assert!(
        !out.stdout
            .lines()
            .any(|l| l.starts_with("untranslated 2026/spoof")),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("\nuntranslated 2026"),
        "{}",
        out.stdout
    );
}

/// `kill -9` leaves temporary files: the next writer removes those older than a
/// minute.
#[test]
fn stale_temporary_files_are_removed_by_the_next_writer() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.write("articles/a/.qostil-old", "half");
    a.write("articles/a/history/.qostil-old", "half");
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    for f in ["articles/a/.qostil-old", "articles/a/history/.qostil-old"] {
        std::fs::File::options()
            .write(true)
            .open(a.path(f))
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    a.write("articles/a/.qostil-fresh", "being written");
    a.q(&["note", "a", "--note", "x"]).by(DAMIR).run().ok();
    assert!(!a.exists("articles/a/.qostil-old"));
    assert!(!a.exists("articles/a/history/.qostil-old"));
    assert!(a.exists("articles/a/.qostil-fresh"));
}

/// `fsck` lists a torn last entry, an orphaned stored text and a stale temporary
/// file; `--repair` repairs them, after which `fsck` finds nothing.
#[test]
fn fsck_lists_and_repairs_what_interrupted_writes_leave() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    a.q(&["fsck"])
        .run()
        .ok()
        .stdout_has("1 article checked: nothing to repair");
    let ledger = a.read("articles/a/ledger.toml");
    a.q(&["note", "a", "--note", "бірінші"])
        .by(DAMIR)
        .run()
        .ok();
    let whole = a.read("articles/a/ledger.toml");
    // Torn in the middle of the note's entry.
    a.write("articles/a/ledger.toml", &whole[..ledger.len() + 60]);
    a.write("articles/a/history/kk-0123456789abcdef.md", "жетім мәтін\n");
    a.write("articles/a/.qostil-x", "half");
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(a.path("articles/a/.qostil-x"))
        .unwrap()
        .set_modified(old)
        .unwrap();
    let before = a.snapshot();
    a.q(&["fsck"])
        .run()
        .code(1)
        .stdout_has("ledger.toml: line")
        .stdout_has("kk-0123456789abcdef.md: stored text or paragraph fingerprints that no ledger entry names")
        .stdout_has(".qostil-x: temporary file")
        .stdout_has("3 problems found");
    assert_eq!(
        a.snapshot(),
        before,
        "fsck without --repair changes nothing"
    );
    // The torn entry is ignored by readers meanwhile.
    assert_eq!(a.log("a").len(), 1);
    a.q(&["fsck", "--repair"])
        .run()
        .ok()
        .stdout_has("3 problems repaired");
    // Cut back to the entry before (the blank line before the torn one stays).
    assert_eq!(
        a.read("articles/a/ledger.toml").trim_end(),
        ledger.trim_end()
    );
    assert!(!a.exists("articles/a/history/kk-0123456789abcdef.md"));
    assert!(!a.exists("articles/a/.qostil-x"));
    a.q(&["fsck"]).run().ok().stdout_has("nothing to repair");
    // An altered stored text is found (and not "repaired").
    let stored: Vec<_> = std::fs::read_dir(a.path("articles/a/history"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    std::fs::write(&stored[0], "өзгертілген\n").unwrap();
    a.q(&["fsck", "--repair"])
        .run()
        .code(1)
        .stderr_has("altered");
}

/// A torn last entry (a `kill -9` in the middle of its write) blocks nothing: the
/// ledger reads without it, and the next action cuts it off and says so.
#[test]
fn a_torn_ledger_heals_on_the_next_action() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    let ledger = a.read("articles/a/ledger.toml");
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    let whole = a.read("articles/a/ledger.toml");
    a.write("articles/a/ledger.toml", &whole[..whole.len() - 30]);
    assert_eq!(a.state("a"), "in-progress");
    a.q(&["sign", "a"])
        .by(DAMIR)
        .run()
        .code(0)
        .stderr_has("was removed before this one was written");
    assert_eq!(a.state("a"), "translated");
    assert!(a.read("articles/a/ledger.toml").starts_with(&ledger));
    assert_eq!(a.log("a").len(), 2);
}

/// `new` inside another article's folder (never listed) and a date `article.toml`
/// cannot hold are refused, and nothing is written.
#[test]
fn new_refuses_an_article_inside_an_article_and_a_five_digit_year() {
    let a = Archive::new();
    a.q(&["new", "2026/a", "--source", "kk", "--date", "2026-12-03"])
        .run()
        .ok();
    let before = a.snapshot();
    a.q(&[
        "new",
        "2026/a/sub",
        "--source",
        "kk",
        "--date",
        "2026-12-03",
    ])
    .run()
    .failed()
    .stderr_has("inside the folder of article 2026/a");
    a.q(&["new", "b", "--source", "kk", "--date", "+10000-01-01"])
        .run()
        .failed()
        .stderr_has("years run from 1 to 9999");
    assert_eq!(a.snapshot(), before);
    assert!(!a.exists("articles/b"));
}

/// A partial `[checks.latin]` section takes defaults for the rest, and a NaN
/// similarity is refused with its line.
#[test]
fn partial_check_sections_take_defaults_and_nan_is_refused() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.write("qostil.toml", "[checks.latin]\n[checks.quotes]\n");
    a.q(&["check", "a"]).run().code(0);
    a.write("qostil.toml", "[checks.untranslated]\nsimilarity = nan\n");
    a.q(&["check", "a"])
        .run()
        .failed()
        .stderr_has("qostil.toml:2");
}

/// `approve --all --force` would force every article with errors under one note:
/// refused, nothing written.
#[test]
fn approve_all_force_is_refused() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    let before = a.snapshot();
    a.q(&["approve", "--all", "--force", "--note", "шұғыл"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("--force cannot go with --all");
    assert_eq!(a.snapshot(), before);
}

/// An entry dated far in the future (a hand edit, a wrong clock) is reported by
/// `log` as suspicious, and new entries on the real clock are not dated after
/// it. (A fixed clock replays a scripted history: there every entry counts,
/// and nothing is reported. See also `lock_order`.)
#[test]
fn an_entry_from_the_future_is_reported() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["note", "a", "--note", "болашақтан"])
        .by(DAMIR)
        .now("2099-01-01T00:00:00+05:00")
        .run()
        .ok();
    a.q(&["note", "a", "--note", "бүгін"])
        .by(DAMIR)
        .unset("QOSTIL_NOW")
        .run()
        .ok();
    let log = a.log("a");
    assert_eq!(log.len(), 2);
    assert!(
        log.iter()
            .any(|e| !e["at"].as_str().unwrap().starts_with("2099-")),
        "{log:?}"
    );
    a.q(&["log"])
        .unset("QOSTIL_NOW")
        .run()
        .code(0)
        .stderr_has("in the future");
    a.q(&["log"]).run().ok();
}

/// A `glossary.toml` that is a link (to a file outside the archive) is not read.
#[test]
fn a_linked_glossary_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("glossary.toml");
    std::fs::write(&secret, "[[term]]\nkk = \"көлік\"\nru = \"машина\"\n").unwrap();
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    std::os::unix::fs::symlink(&secret, a.path("glossary.toml")).unwrap();
    a.q(&["check", "a"])
        .run()
        .failed()
        .stderr_has("glossary.toml is a symbolic link");
}

/// The other way round: an article whose folder would hold an existing article.
/// That article would no longer be listed, and `fsck --repair` of the new one
/// would remove its files as orphans of the new one's `history/`.
#[test]
fn new_refuses_an_article_around_an_article() {
    let a = Archive::new();
    a.q(&[
        "new",
        "big/history",
        "--source",
        "kk",
        "--date",
        "2026-12-03",
    ])
    .run()
    .ok();
    let before = a.snapshot();
    a.q(&["new", "big", "--source", "kk", "--date", "2026-12-03"])
        .run()
        .failed()
        .stderr_has("big/history");
    assert_eq!(a.snapshot(), before);
    assert!(!a.exists("articles/big/article.toml"));
    a.q(&["status", "--all"])
        .run()
        .ok()
        .stdout_has("big/history");
}
