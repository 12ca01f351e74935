//! The command line's help in the user's language.
//!
//! `cli.rs` keeps clap's derive structs (other work adds subcommands and flags
//! there); at run time the built `clap::Command` tree is walked and every
//! subcommand's `about`, every argument's `help`, the headings and the usage title
//! are replaced by Fluent messages whose ids are derived mechanically from the names:
//!
//! * `help-about` — the program; `help-<subcommand>-about` — a subcommand;
//! * `help-global-<arg>` — an argument every subcommand has (`--lang`, `--root`);
//! * `help-<subcommand>-<arg>` — any other argument (`help-status-state`);
//! * `help-flag-help`, `help-flag-version` — clap's own `--help` and `--version`;
//! * `help-value-<NAME>` — a value placeholder (`<NAME>` → `<ИМЯ>`), if present.
//!
//! A new flag only needs its id in `locales/*/help.ftl`; [`required_ids`] lists them
//! all for the tests. `--state` and `--severity` also accept their values in every
//! language the tables show them in («устарело», «ескірген»).

use crate::i18n::{Localizer, LANGUAGES};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, Command};

/// Arguments whose values are also accepted under their localized names: the
/// argument id and the prefix of the message ids naming its values.
const LOCALIZED_VALUES: [(&str, &str); 2] = [("state", "state-"), ("severity", "severity-")];

/// The program's command, built, with every text in the localizer's language.
pub fn localized(mut cmd: Command, l10n: &Localizer) -> Command {
    cmd.build();
    let about = l10n.text("help-about");
    localize_command(cmd.about(about), None, l10n)
}

fn localize_command(mut cmd: Command, parent: Option<&str>, l10n: &Localizer) -> Command {
    let name = cmd.get_name().to_string();
    if parent.is_some() {
        cmd = cmd.about(l10n.text(&about_id(&name)));
    }
    let usage = l10n.text("help-heading-usage");
    cmd = cmd
        .long_about(None)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(l10n.text("help-heading-commands"))
        .subcommand_value_name(l10n.text("help-value-COMMAND"));
    let sub = name.clone();
    let is_root = parent.is_none();
    cmd = cmd.mut_args(|arg| localize_arg(arg, &sub, is_root, l10n));
    // clap writes "[OPTIONS]" into the usage line: say it in the language too.
    let line = cmd.render_usage().to_string();
    let line = line.trim().strip_prefix("Usage:").unwrap_or(&line).trim();
    let line = line.replace("[OPTIONS]", &l10n.text("help-usage-options"));
    cmd = cmd.override_usage(line);
    cmd.mut_subcommands(|s| localize_command(s, Some(&name), l10n))
}

fn localize_arg(mut arg: Arg, sub: &str, is_root: bool, l10n: &Localizer) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let help = l10n.text(&arg_id(sub, is_root, &arg));
    arg = arg.help(help).long_help(None);
    let heading = if arg.is_positional() {
        l10n.text("help-heading-arguments")
    } else {
        l10n.text("help-heading-options")
    };
    arg = arg.help_heading(heading);
    // "[default: human]", "[possible values: …]": said in the help text instead.
    arg = arg.hide_default_value(true).hide_possible_values(true);
    let names = arg
        .get_value_names()
        .filter(|_| arg.get_action().takes_values());
    if let Some(names) = names.map(|n| n.to_vec()) {
        let names: Vec<String> = names
            .iter()
            .map(|n| {
                let key = value_id(n.as_str());
                let text = l10n.text(&key);
                if text == key {
                    n.to_string()
                } else {
                    text
                }
            })
            .collect();
        arg = arg.value_names(names);
    }
    if let Some((_, prefix)) = LOCALIZED_VALUES.iter().find(|(a, _)| *a == id) {
        let values: Vec<PossibleValue> = arg
            .get_possible_values()
            .into_iter()
            .map(|pv| {
                let name = pv.get_name().to_string();
                let mut pv = PossibleValue::new(name.clone());
                for lang in LANGUAGES {
                    let local = crate::i18n::text_in(lang, &format!("{prefix}{name}"));
                    if local != name {
                        pv = pv.alias(local.clone());
                        if local.contains(' ') {
                            pv = pv.alias(local.replace(' ', "-"));
                        }
                    }
                }
                pv
            })
            .collect();
        if !values.is_empty() {
            // The parser hands back what was typed: map it to the value's own name.
            let names = values.clone();
            let canonical = move |typed: String| {
                names
                    .iter()
                    .find(|pv| pv.matches(&typed, true))
                    .map(|pv| pv.get_name().to_string())
                    .unwrap_or(typed)
            };
            let parser = PossibleValuesParser::new(values).map(canonical);
            arg = if id == "severity" {
                arg.value_parser(parser.map(|s| {
                    <crate::cli::SeverityArg as clap::ValueEnum>::from_str(&s, true)
                        .expect("a possible value")
                }))
            } else {
                arg.value_parser(parser)
            };
            arg = arg.ignore_case(true);
        }
    }
    arg
}

/// The message id of a value placeholder: `ENTRY|DATE` → `help-value-ENTRY-DATE`.
fn value_id(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("help-value-{name}")
}

/// The message id of a subcommand's description.
fn about_id(name: &str) -> String {
    format!("help-{name}-about")
}

/// The message id of an argument's help.
fn arg_id(sub: &str, is_root: bool, arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    match id {
        "help" | "version" => format!("help-flag-{id}"),
        _ if is_root || arg.is_global_set() => format!("help-global-{id}"),
        _ => format!("help-{sub}-{id}"),
    }
}

/// Every message id the help of `cmd` (built) needs, with where it is used.
pub fn required_ids(cmd: &Command) -> Vec<(String, String)> {
    let mut out = vec![
        ("help-about".to_string(), "qostil".to_string()),
        ("help-heading-usage".into(), "usage".into()),
        ("help-heading-commands".into(), "headings".into()),
        ("help-heading-arguments".into(), "headings".into()),
        ("help-heading-options".into(), "headings".into()),
        ("help-value-COMMAND".into(), "usage".into()),
        ("help-usage-options".into(), "usage".into()),
    ];
    walk_ids(cmd, None, &mut out);
    out.sort();
    out.dedup();
    out
}

fn walk_ids(cmd: &Command, parent: Option<&str>, out: &mut Vec<(String, String)>) {
    let name = cmd.get_name();
    if parent.is_some() {
        out.push((about_id(name), format!("subcommand {name}")));
    }
    for arg in cmd.get_arguments() {
        let names = arg
            .get_value_names()
            .filter(|_| arg.get_action().takes_values());
        for n in names.unwrap_or_default() {
            out.push((value_id(n.as_str()), format!("{name} {}", arg.get_id())));
        }
        out.push((
            arg_id(name, parent.is_none(), arg),
            format!("{name} {}", arg.get_id()),
        ));
    }
    for sub in cmd.get_subcommands() {
        walk_ids(sub, Some(name), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::{CommandFactory, FromArgMatches};

    fn built() -> Command {
        let mut cmd = Cli::command();
        cmd.build();
        cmd
    }

    #[test]
    fn every_subcommand_and_argument_has_its_message_in_every_language() {
        let ids = required_ids(&built());
        let mut missing = Vec::new();
        for lang in LANGUAGES {
            let l10n = Localizer::new(lang);
            for (id, what) in &ids {
                if !l10n.has_own(id) {
                    missing.push(format!("{lang}: {id} ({what})"));
                }
            }
        }
        assert!(missing.is_empty(), "missing help messages:\n{missing:#?}");
    }

    #[test]
    fn state_and_severity_take_their_localized_names() {
        for (lang, state, severity) in [
            ("ru", "устарело", "предупреждение"),
            ("kk", "ескірген", "ескерту"),
            ("en", "in-progress", "error"),
        ] {
            let cmd = localized(Cli::command(), &Localizer::new(lang));
            let m = cmd
                .clone()
                .try_get_matches_from(["qostil", "status", "--state", state])
                .unwrap();
            let cli = Cli::from_arg_matches(&m).unwrap();
            let crate::cli::Command::Status(args) = cli.command else {
                panic!("status")
            };
            assert!(args.state.is_some());
            let m = cmd
                .try_get_matches_from(["qostil", "check", "--severity", severity])
                .unwrap();
            Cli::from_arg_matches(&m).unwrap();
        }
        let ru = localized(Cli::command(), &Localizer::new("ru"));
        let m = ru
            .try_get_matches_from(["qostil", "status", "--state", "в работе"])
            .unwrap();
        let crate::cli::Command::Status(args) = Cli::from_arg_matches(&m).unwrap().command else {
            panic!("status")
        };
        assert_eq!(args.state.as_deref(), Some("in-progress"));
    }
}
