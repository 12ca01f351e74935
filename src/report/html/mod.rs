//! The static HTML report (`qostil report`): an index of every article and a page
//! per article. Pure printing: the command reads the archive and hands the values
//! in; these functions return the pages' text (writing them is
//! [`crate::store::site`]'s job).
//!
//! Article text is data, never markup: pages are built with maud, which escapes
//! every value it prints, and Markdown goes through [`markdown`], which knows a
//! short list of elements and prints raw HTML as text. Each page carries a
//! Content-Security-Policy that loads nothing from the network, allows the one
//! stylesheet of the site, and no script but the index's own (by its hash).

pub mod article;
pub mod index;
pub mod markdown;

use super::Ui;
use crate::checks::Severity;
use crate::workflow::state::State;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use sha2::{Digest, Sha256};

/// The site's stylesheet, written as `style.css`.
pub const STYLE: &str = include_str!("style.css");
/// The index's script: sorting and filtering the table (the table works without).
pub const SCRIPT: &str = include_str!("sort.js");
/// The stylesheet's file name in the site.
pub const STYLE_FILE: &str = "style.css";

/// The Content-Security-Policy of a page: nothing from the network, the site's
/// stylesheet, and only the scripts whose texts are given (by hash).
pub fn csp(scripts: &[&str]) -> String {
    let script_src = if scripts.is_empty() {
        "'none'".to_string()
    } else {
        scripts
            .iter()
            .map(|s| format!("'sha256-{}'", base64(&Sha256::digest(s.as_bytes()))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src {script_src}; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
}

/// Standard base64 (with padding), for the CSP hashes.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Text with its control characters made visible (C0 ones as their control
/// pictures, ␛ for escape), so that a hostile note or name cannot hide anything
/// or reach the page raw. Line feeds and tabs stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            '\u{7f}' => '\u{2421}',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// A whole page: `root` is the relative way back to the site's root ("" or "../…").
pub fn page(ui: &Ui, title: &str, root: &str, script: Option<&str>, body: Markup) -> String {
    let scripts: Vec<&str> = script.into_iter().collect();
    let doc = html! {
        (DOCTYPE)
        html lang=(ui.l10n.lang()) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(csp(&scripts));
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                meta name="generator" content="qostil";
                title { (title) }
                link rel="stylesheet" href={ (root) (STYLE_FILE) };
            }
            body {
                (body)
                @if let Some(s) = script {
                    script { (PreEscaped(s)) }
                }
            }
        }
    };
    doc.into_string()
}

/// A localized state name, marked with the state for the stylesheet.
pub fn state_badge(ui: &Ui, state: State) -> Markup {
    let label = ui.msg(&format!("state-{}", state.as_str()), &[]);
    html! { span class={ "state state-" (state.as_str()) } { (label) } }
}

/// A severity as a word with a sign, so it never rests on colour alone.
pub fn severity_badge(ui: &Ui, severity: Severity) -> Markup {
    let (class, sign, id) = match severity {
        Severity::Error => ("error", "✖", "severity-error"),
        Severity::Warning => ("warning", "▲", "severity-warning"),
        Severity::Info => ("info", "ℹ", "severity-info"),
    };
    html! { span class={ "sev sev-" (class) } { span aria-hidden="true" { (sign) " " } (ui.msg(id, &[])) } }
}

/// An article id as a relative link target: each segment percent-encoded where it
/// is not a plain character, then `.html`.
pub fn article_href(id: &str) -> String {
    let mut out = String::from("articles/");
    for (i, part) in id.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        for c in part.chars() {
            if !c.is_ascii() || c.is_ascii_alphanumeric() || "-._~".contains(c) {
                out.push(c);
            } else {
                out.push_str(&format!("%{:02X}", c as u32));
            }
        }
    }
    out.push_str(".html");
    out
}

/// The file of an article's page inside the site.
pub fn article_file(id: &str) -> String {
    format!("articles/{id}.html")
}

/// The way back from an article's page to the site's root.
pub fn root_of(id: &str) -> String {
    "../".repeat(id.split('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(visible("Дамир"), "Дамир");
        assert_eq!(
            visible("a\u{1b}[31mb\u{7}\n\u{85}"),
            "a\u{241b}[31mb\u{2407}\n\u{fffd}"
        );
    }

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_policy_allows_the_index_script_by_hash_and_nothing_remote() {
        let policy = csp(&["x"]);
        // sha256("x") in base64.
        assert!(
            policy.contains("'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='"),
            "{policy}"
        );
        assert!(policy.starts_with("default-src 'none'"));
        assert!(csp(&[]).contains("script-src 'none'"));
        assert!(!policy.contains("http"));
    }

    #[test]
    fn article_links_are_relative_and_encoded() {
        assert_eq!(
            article_href("2026/vktu-round-table"),
            "articles/2026/vktu-round-table.html"
        );
        assert_eq!(
            article_href("2026/a b#c?"),
            "articles/2026/a%20b%23c%3F.html"
        );
        assert_eq!(article_href("2026/жаңалық"), "articles/2026/жаңалық.html");
        assert_eq!(root_of("2026/x"), "../../");
    }
}
