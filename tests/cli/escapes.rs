//! Colour sequences from article texts, names and notes (issue 11, point 8):
//! made visible like every other control character, with colour on or off.

use crate::support::*;

/// A colour sequence (blinking magenta) that qostil itself never writes.
const BLINK: &str = "\u{1b}[5;35m";
/// How it must be shown.
const SHOWN: &str = "\\u{1b}[5;35m";

#[test]
fn colour_sequences_from_texts_names_and_notes_are_shown_escaped() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    let evil = format!("Зұлым{BLINK} Адам");
    a.q(&["note", "a", "--note", &format!("ескерту{BLINK}жазба")])
        .by(&evil)
        .run()
        .ok();
    a.q(&["sign", "a"]).by(DAMIR).run().ok();
    // The original changed since: a number (found by `check`) beside the sequence.
    a.write(
        "articles/a/kk.md",
        KK.replace("33, 34", &format!("{BLINK}33, 35")),
    );
    for args in [
        &["show", "a"][..],
        &["check", "a"],
        &["diff", "a"],
        &["log", "a"],
    ] {
        for color in ["never", "always"] {
            let mut all = args.to_vec();
            all.extend(["--color", color]);
            let out = a.q(&all).run();
            assert!(
                matches!(out.code, Some(0 | 1)),
                "qostil {all:?}: {}",
                out.stderr
            );
            assert!(
                !out.stdout.contains(BLINK) && !out.stderr.contains(BLINK),
                "qostil {all:?} printed the sequence raw:\n{}",
                out.stdout
            );
            assert!(
                out.stdout.contains(SHOWN),
                "qostil {all:?} did not show it escaped:\n{}",
                out.stdout
            );
        }
    }
}
