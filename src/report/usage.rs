//! Help, version and command-line errors from clap, in the user's language.
//!
//! Help and version are clap's own output (already localized by [`crate::help`]).
//! Errors are rendered here through Fluent (`usage-error-<kind>`), keeping clap's
//! suggestions ("did you mean") and the command's usage line.

use crate::i18n::{Localizer, Value};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::io::Write;

/// Prints what clap stopped on; true when that is an error (exit 2), false after
/// help or the version (exit 0).
pub fn clap_error(e: &clap::Error, l10n: &Localizer) -> bool {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            false
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            true
        }
        _ => {
            let _ = std::io::stderr()
                .lock()
                .write_all(render(e, l10n).as_bytes());
            true
        }
    }
}

/// The text of a command-line error: the message, the suggestion, the usage line
/// and where to find more.
pub fn render(e: &clap::Error, l10n: &Localizer) -> String {
    let get = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            Some(ContextValue::Bool(b)) => b.to_string(),
            _ => String::new(),
        }
    };
    let id = match e.kind() {
        ErrorKind::InvalidValue => "usage-error-invalid-value",
        ErrorKind::UnknownArgument => "usage-error-unknown-argument",
        ErrorKind::InvalidSubcommand => "usage-error-invalid-subcommand",
        ErrorKind::NoEquals => "usage-error-no-equals",
        ErrorKind::ValueValidation => "usage-error-value-validation",
        ErrorKind::TooManyValues => "usage-error-too-many-values",
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            "usage-error-wrong-number-of-values"
        }
        ErrorKind::ArgumentConflict => "usage-error-argument-conflict",
        ErrorKind::MissingRequiredArgument => "usage-error-missing-required-argument",
        ErrorKind::MissingSubcommand => "usage-error-missing-subcommand",
        ErrorKind::InvalidUtf8 => "usage-error-invalid-utf8",
        _ => "usage-error-other",
    };
    let mut out = format!(
        "{}: {}\n",
        l10n.text("label-error"),
        l10n.msg(
            id,
            &[
                ("arg", Value::from(get(ContextKind::InvalidArg))),
                ("value", Value::from(get(ContextKind::InvalidValue))),
                (
                    "subcommand",
                    Value::from(get(ContextKind::InvalidSubcommand))
                ),
                ("prior", Value::from(get(ContextKind::PriorArg))),
            ],
        )
    );
    let mut valid = get(ContextKind::ValidValue);
    // The values of --state and --severity are shown as the tables name them.
    let arg = get(ContextKind::InvalidArg);
    if let Some(prefix) = [("--state", "state-"), ("--severity", "severity-")]
        .iter()
        .find(|(flag, _)| arg.starts_with(flag))
        .map(|(_, p)| p)
    {
        valid = valid
            .split(", ")
            .map(|v| l10n.text(&format!("{prefix}{v}")))
            .collect::<Vec<_>>()
            .join(", ");
    }
    if !valid.is_empty() && e.kind() == ErrorKind::InvalidValue {
        out.push_str(&format!(
            "  {}\n",
            l10n.msg("usage-valid-values", &[("values", Value::from(valid))])
        ));
    }
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let suggested = get(kind);
        if !suggested.is_empty() {
            out.push_str(&format!(
                "  {}\n",
                l10n.msg(
                    "usage-did-you-mean",
                    &[("suggestion", Value::from(suggested))]
                )
            ));
        }
    }
    let trailing = get(ContextKind::TrailingArg);
    if trailing == "true" {
        out.push_str(&format!(
            "  {}\n",
            l10n.msg(
                "usage-trailing",
                &[("value", Value::from(get(ContextKind::InvalidArg)))]
            )
        ));
    }
    let usage = get(ContextKind::Usage);
    if let Some(line) = usage.trim().strip_prefix("Usage:") {
        out.push_str(&format!(
            "\n{} {}\n",
            l10n.text("help-heading-usage"),
            line.trim()
        ));
    }
    out.push_str(&format!("\n{}\n", l10n.text("usage-more")));
    out
}
