//! The aligner reads content, not only lengths: on the real text of the sample
//! archive (NTREX-128, see articles/LICENSES.md), a grown, a cut, a deleted and a
//! re-divided paragraph are found at the paragraph itself, and `sign` records the
//! right correspondence.

use crate::support::*;
use serde_json::{json, Value};

const KK_TEXT: &str = include_str!("../../articles/2026/china-hiv-cases/kk.md");
const RU_TEXT: &str = include_str!("../../articles/2026/china-hiv-cases/ru.md");
const ID: &str = "2026/china-hiv-cases";
/// An approved pair whose paragraphs correspond one to one (Kazakh original).
const LL_KK: &str = include_str!("../../articles/2026/long-lartin-prison-unrest/kk.md");
const LL_RU: &str = include_str!("../../articles/2026/long-lartin-prison-unrest/ru.md");

/// The Russian text with paragraph `n` (from 1, the title is 1) changed by `f`;
/// `f` returning None deletes it.
fn ru_with(n: usize, f: impl Fn(&str) -> Option<String>) -> String {
    text_with(RU_TEXT, n, f)
}

fn text_with(text: &str, n: usize, f: impl Fn(&str) -> Option<String>) -> String {
    let mut paras: Vec<String> = text.trim_end().split("\n\n").map(str::to_string).collect();
    match f(&paras[n - 1]) {
        Some(p) => paras[n - 1] = p,
        None => {
            paras.remove(n - 1);
        }
    }
    paras.join("\n\n") + "\n"
}

fn archive(ru: &str) -> Archive {
    let a = Archive::new();
    a.article(ID, "ru", Some(KK_TEXT), Some(ru));
    a
}

/// The Long Lartin pair, under the id [`ID`], with its Russian text replaced.
fn long_lartin(ru: &str) -> Archive {
    let a = Archive::new();
    a.article(ID, "kk", Some(LL_KK), Some(ru));
    a
}

/// (check, severity, kk paragraph, ru paragraph) of every finding.
fn findings(a: &Archive) -> Vec<(String, String, Value, Value)> {
    let doc = a.q(&["check", ID, "--format", "json"]).run().json();
    doc["articles"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["kk"]["paragraph"].clone(),
                f["ru"]["paragraph"].clone(),
            )
        })
        .collect()
}

fn pairs(a: &Archive) -> Vec<Value> {
    let doc = a.q(&["show", ID, "--format", "json"]).run().ok().json();
    doc["pairs"].as_array().unwrap().clone()
}

fn loud(f: &[(String, String, Value, Value)], check: &str) -> Vec<(Value, Value)> {
    f.iter()
        .filter(|(c, s, _, _)| c == check && (s == "warning" || s == "error"))
        .map(|(_, _, k, r)| (k.clone(), r.clone()))
        .collect()
}

#[test]
fn a_grown_paragraph_stays_paired_and_sign_records_it() {
    // One sentence added to the Russian ¶4.
    let ru = ru_with(4, |p| {
        Some(format!(
            "{p} Эксперты связывают рост числа случаев с более широким доступом к тестированию в крупных городах страны."
        ))
    });
    let a = archive(&ru);
    let pairs = pairs(&a);
    assert_eq!(pairs[3], json!({"kk": [4], "ru": [4]}));
    assert_eq!(pairs[4], json!({"kk": [5], "ru": [5]}));
    let f = findings(&a);
    assert!(loud(&f, "paragraphs").is_empty(), "{f:?}");
    assert_eq!(loud(&f, "length"), vec![(json!(4), json!(4))], "{f:?}");
    // The sample's kk ¶4 still says 40 000 (a number error): signed over it, with a note.
    a.q(&["sign", ID, "--force", "--note", "40 000 кейін түзетіледі."])
        .by(AIGERIM)
        .run()
        .ok();
    let ledger = a.read(&format!("articles/{ID}/ledger.toml"));
    let recorded = ledger
        .lines()
        .rfind(|l| l.starts_with("pairs = "))
        .unwrap()
        .to_string();
    assert!(recorded.contains(r#""3:3", "4:4", "5:5""#), "{recorded}");
    assert!(
        !recorded.contains('+') && !recorded.contains("\":"),
        "{recorded}"
    );
}

#[test]
fn a_cut_paragraph_is_a_one_to_one_pair_with_a_length_warning_there() {
    // The Russian ¶9 loses its second half.
    let ru = text_with(LL_RU, 9, |p| {
        let cut = p.find(", в том числе").unwrap();
        Some(p[..cut].to_string())
    });
    let a = long_lartin(&ru);
    let pairs = pairs(&a);
    assert_eq!(pairs.len(), 11, "{pairs:?}");
    assert_eq!(pairs[8], json!({"kk": [9], "ru": [9]}));
    let f = findings(&a);
    assert_eq!(loud(&f, "length"), vec![(json!(9), json!(9))], "{f:?}");
    assert!(loud(&f, "paragraphs").is_empty(), "{f:?}");
}

#[test]
fn a_deleted_paragraph_is_reported_at_its_own_counterpart() {
    // The Russian ¶9 (the only one with 500) is gone.
    let a = long_lartin(&text_with(LL_RU, 9, |_| None));
    let f = findings(&a);
    let missing = loud(&f, "paragraphs");
    assert_eq!(missing.len(), 1, "{f:?}");
    assert_eq!(missing[0].0, json!(9), "{f:?}");
    let pairs = pairs(&a);
    assert!(pairs.contains(&json!({"kk": [9], "ru": []})), "{pairs:?}");
    assert!(pairs.contains(&json!({"kk": [10], "ru": [9]})), "{pairs:?}");
}

#[test]
fn a_re_division_stays_a_note() {
    // The Russian ¶10 and ¶11 as one paragraph: the same text, divided anew.
    let ru = LL_RU.replacen("заключенных.\n\nА в октябре", "заключенных. А в октябре", 1);
    assert_ne!(ru, LL_RU);
    let a = long_lartin(&ru);
    let pairs = pairs(&a);
    assert_eq!(pairs.len(), 10, "{pairs:?}");
    assert_eq!(pairs[9], json!({"kk": [10, 11], "ru": [10]}), "{pairs:?}");
    let f = findings(&a);
    assert!(loud(&f, "paragraphs").is_empty(), "{f:?}");
    assert!(
        f.iter()
            .any(|(c, s, _, _)| c == "paragraphs" && s == "info"),
        "{f:?}"
    );
}
