//! The README's tour is run: every `qostil` command in its ```sh blocks runs, in
//! order, on a copy of the sample archive with the tour's clock, and where a plain
//! ``` block follows a ```sh block, what those commands print must be exactly that.
//!
//! To add a step to the tour, add a ```sh block (and, to show output, a plain ```
//! block right after it) to the README: nothing to change here. Lines of the sh
//! blocks that are not `qostil` commands (`cargo build`, `alias`) are skipped, but
//! `$EDITOR <path>` stands for a person writing that file: the test copies
//! `tests/fixtures/tour/<path>` over it.

use crate::terminal::{sample, TOUR_NOW};
use std::path::Path;

/// One step of the tour: the commands of a ```sh block and the output shown after it.
#[derive(Debug)]
struct Step {
    line: usize,
    commands: Vec<String>,
    output: Option<String>,
}

/// The steps of the README section `## A tour…`.
fn steps(readme: &str) -> Vec<Step> {
    let tour = readme
        .split("\n## ")
        .find(|s| s.starts_with("A tour"))
        .expect("the README has a tour");
    let offset = readme[..readme.find(tour).unwrap()].lines().count();
    let mut steps: Vec<Step> = Vec::new();
    let mut lines = tour.lines().enumerate().peekable();
    let mut last_was_sh = false;
    while let Some((n, line)) = lines.next() {
        let fence = line.trim_start();
        if !fence.starts_with("```") {
            if !line.trim().is_empty() {
                last_was_sh = false;
            }
            continue;
        }
        let lang = fence.trim_start_matches('`').trim().to_string();
        let mut body = String::new();
        for (_, l) in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        if lang == "sh" {
            steps.push(Step {
                line: offset + n + 1,
                commands: body.lines().map(str::to_string).collect(),
                output: None,
            });
            last_was_sh = true;
        } else if (lang.is_empty() || lang == "text") && last_was_sh {
            steps.last_mut().unwrap().output = Some(body);
            last_was_sh = false;
        } else {
            last_was_sh = false;
        }
    }
    steps
}

/// Splits a shell line into words: double and single quotes, `#` comments.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, '#') if word.is_none() => break,
            (None, c) if c.is_whitespace() => out.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    out.extend(word);
    out
}

#[test]
fn every_command_of_the_readme_tour_runs_and_prints_what_the_readme_shows() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let steps = steps(&readme);
    assert!(steps.len() >= 6, "{steps:?}");
    let a = sample();
    let mut ran = 0;
    let mut compared = 0;
    for step in &steps {
        let mut printed = String::new();
        for line in &step.commands {
            let words = words(line);
            let mut env = Vec::new();
            let mut rest = words.as_slice();
            while let Some((first, tail)) = rest.split_first() {
                match first.split_once('=') {
                    Some((k, v)) if k.chars().all(|c| c.is_ascii_uppercase() || c == '_') => {
                        env.push((k.to_string(), v.to_string()));
                        rest = tail;
                    }
                    _ => break,
                }
            }
            match rest.split_first() {
                Some((editor, [path])) if editor == "$EDITOR" => {
                    let text = std::fs::read(repo.join("tests/fixtures/tour").join(path))
                        .unwrap_or_else(|e| panic!("README line {}: {path}: {e}", step.line));
                    a.write(path, text);
                }
                Some((qostil, args)) if qostil == "qostil" => {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    let mut run = a.q(&args).now(TOUR_NOW);
                    for (k, v) in &env {
                        run = run.env(k, v);
                    }
                    let out = run.run();
                    assert!(
                        out.code == Some(0) || out.code == Some(1) && args[0] == "check",
                        "README line {}: {line}\nexit {:?}\n{}{}",
                        step.line,
                        out.code,
                        out.stdout,
                        out.stderr
                    );
                    printed.push_str(&out.stdout);
                    ran += 1;
                }
                _ => {}
            }
        }
        if let Some(shown) = &step.output {
            assert_eq!(
                printed, *shown,
                "README line {}: the output shown is not what qostil prints",
                step.line
            );
            compared += 1;
        }
    }
    assert!(ran >= 10 && compared >= 3, "ran {ran}, compared {compared}");
}

#[test]
fn shell_words_keep_quoted_names_together() {
    assert_eq!(
        words(r#"QOSTIL_USER="Айгерім Сапарова" qostil status --mine  # hers"#),
        ["QOSTIL_USER=Айгерім Сапарова", "qostil", "status", "--mine"]
    );
}
