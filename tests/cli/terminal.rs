//! Tables that fit the terminal: `COLUMNS` (or the terminal's size) sets the width.

use crate::support::*;
use std::path::Path;

/// A copy of the repository's sample archive (`articles/`, `qostil.toml`).
pub fn sample() -> Archive {
    fn copy(from: &Path, a: &Archive, rel: &str) {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            let rel = format!("{rel}/{name}");
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), a, &rel);
            } else {
                a.write(&rel, std::fs::read(entry.path()).unwrap());
            }
        }
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let a = Archive::bare();
    a.write(
        "qostil.toml",
        std::fs::read(repo.join("qostil.toml")).unwrap(),
    );
    copy(&repo.join("articles"), &a, "articles");
    a
}

/// The clock of the sample's README tour.
pub const TOUR_NOW: &str = "2026-11-27T15:00:00+05:00";

fn widths(text: &str) -> Vec<usize> {
    text.lines().map(|l| l.chars().count()).collect()
}

#[test]
fn status_at_80_columns_keeps_every_line_within_the_width() {
    let a = sample();
    for lang in ["en", "ru", "kk"] {
        let out = a
            .q(&["status", "--all", "--lang", lang])
            .now(TOUR_NOW)
            .env("COLUMNS", "80")
            .run()
            .ok();
        assert!(
            widths(&out.stdout).iter().all(|w| *w <= 80),
            "{lang}:\n{}",
            out.stdout
        );
        // Every article is there, each on a line of its own under its state.
        for id in [
            "2026/china-hiv-cases",
            "2017/almaty-oblast-honorary-diploma",
        ] {
            assert!(
                out.stdout.lines().any(|l| l.trim_end().ends_with(id)),
                "{}",
                out.stdout
            );
        }
    }
    let out = a
        .q(&["status", "--lang", "ru"])
        .now(TOUR_NOW)
        .env("COLUMNS", "80")
        .run()
        .ok();
    assert!(
        out.stdout.contains(
            "устарело       2026/china-hiv-cases\n\
             \x20              Айгерім Сапарова · 2026-11-23 15:40\n\
             \x20              оригинал ¶4: существенных 1, косметических 0, 15 слов\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn status_at_160_columns_is_one_row_per_article_and_wraps_changes_below_that() {
    let a = sample();
    let out = a
        .q(&["status", "--all"])
        .now(TOUR_NOW)
        .env("COLUMNS", "160")
        .run()
        .ok();
    // 7 articles, a header and the summary: one line each.
    assert_eq!(out.stdout.lines().count(), 9, "{}", out.stdout);
    assert!(widths(&out.stdout).iter().all(|w| *w <= 160));
    // At 120 the CHANGES column wraps under itself.
    let out = a
        .q(&["status", "--all"])
        .now(TOUR_NOW)
        .env("COLUMNS", "120")
        .run()
        .ok();
    assert!(
        widths(&out.stdout).iter().all(|w| *w <= 120),
        "{}",
        out.stdout
    );
    let at = out.stdout.lines().next().unwrap().find("CHANGES").unwrap();
    let continued: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with(&" ".repeat(at)))
        .collect();
    assert!(!continued.is_empty(), "{}", out.stdout);
    assert!(continued.iter().all(|l| !l[at..].starts_with(' ')));
    // Without a terminal (a pipe, no COLUMNS) nothing is wrapped.
    let out = a.q(&["status", "--all"]).now(TOUR_NOW).run().ok();
    assert_eq!(out.stdout.lines().count(), 9);
}

#[test]
fn show_puts_the_original_first_side_by_side_at_160_and_stacked_at_80() {
    let a = sample();
    let wide = a
        .q(&["show", "2026/china-hiv-cases"])
        .env("COLUMNS", "160")
        .run()
        .ok();
    assert!(
        widths(&wide.stdout).iter().all(|w| *w <= 160),
        "{}",
        wide.stdout
    );
    // The Russian original on the left, its Kazakh translation on the right.
    let first = wide.stdout.lines().nth(2).unwrap();
    assert!(
        first.starts_with("ru ¶1 ") && first.contains(" │ kk ¶1 "),
        "{first}"
    );
    // A long paragraph wraps within its column, continued under its text.
    assert!(
        wide.stdout
            .lines()
            .any(|l| l.starts_with("      ") && l.contains(" │ ")),
        "{}",
        wide.stdout
    );
    let narrow = a
        .q(&["show", "2026/china-hiv-cases"])
        .env("COLUMNS", "80")
        .run()
        .ok();
    assert!(
        widths(&narrow.stdout).iter().all(|w| *w <= 80),
        "{}",
        narrow.stdout
    );
    assert!(!narrow.stdout.contains('│'));
    let lines: Vec<&str> = narrow.stdout.lines().collect();
    assert!(lines[2].starts_with("ru ¶1 "), "{}", narrow.stdout);
    assert!(lines.iter().any(|l| l.starts_with("kk ¶1 ")));
    // Each paragraph's continuation lines hang under its text.
    assert!(lines
        .iter()
        .any(|l| l.starts_with("      ") && !l.trim().is_empty()));
    // A Kazakh original comes first too.
    let kk = a
        .q(&["show", "2026/vktu-round-table"])
        .env("COLUMNS", "80")
        .run()
        .ok();
    assert!(kk.stdout.lines().nth(2).unwrap().starts_with("kk ¶1 "));
}

#[test]
fn log_columns_line_up() {
    let a = sample();
    let out = a.q(&["log", "--lang", "ru"]).run().ok();
    // The article id of every line starts in the same column.
    let columns: Vec<usize> = out
        .stdout
        .lines()
        .filter_map(|l| {
            let cut = l.find(" (kk)").or_else(|| l.find(" (ru)"))?;
            let start = l[..cut].rfind(' ')? + 1;
            Some(l[..start].chars().count())
        })
        .collect();
    assert!(columns.len() > 10, "{}", out.stdout);
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?}\n{}",
        out.stdout
    );
}
