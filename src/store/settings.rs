//! `qostil.toml`: the archive's settings — its team roster and thresholds.

use crate::error::{Error, Result};
use crate::store::files;
use serde::Deserialize;
use std::path::Path;

/// The file name of the settings, which also marks the archive's root.
pub const FILE_NAME: &str = "qostil.toml";

/// The archive's settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// The outlet's name, shown nowhere yet but kept for reports.
    #[serde(default)]
    pub name: Option<String>,
    /// The team. When empty, anybody may do anything except approve their own work.
    #[serde(default)]
    pub member: Vec<Member>,
    /// How drift is judged.
    #[serde(default)]
    pub drift: DriftSettings,
    /// Thresholds of the cross-language checks.
    #[serde(default)]
    pub checks: crate::checks::config::ChecksConfig,
}

/// A member of the team.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Member {
    pub name: String,
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// What a member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Claims and signs translations.
    Translator,
    /// Approves translations for publication.
    Editor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Translator => "translator",
            Role::Editor => "editor",
        }
    }
}

/// How changes since a sign-off are judged.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DriftSettings {
    /// Whether a cosmetic change of the original (punctuation, case, a typo) makes
    /// the translation stale. Default: no — such changes are listed, not flagged.
    #[serde(default)]
    pub cosmetic_makes_stale: bool,
}

impl Settings {
    /// Reads `qostil.toml` from the archive root.
    pub fn load(root: &Path) -> Result<Settings> {
        let path = root.join(FILE_NAME);
        match files::read_text(&path)? {
            Some(text) => {
                let settings: Settings = files::parse_toml(&path, &text)?;
                // One person, one name: two spellings of one name would split a
                // person's work in two.
                for (i, m) in settings.member.iter().enumerate() {
                    let key = crate::suggest::name_key(&m.name);
                    if let Some(first) = settings.member[..i]
                        .iter()
                        .find(|f| crate::suggest::name_key(&f.name) == key)
                    {
                        return Err(Error::DuplicateMember {
                            path,
                            name: first.name.clone(),
                            other: m.name.clone(),
                        });
                    }
                }
                Ok(settings)
            }
            None => Err(Error::NoArchive {
                path: root.to_path_buf(),
            }),
        }
    }

    /// The roster entry of a name (the same person: see [`crate::identity`]), if any.
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.member
            .iter()
            .find(|m| crate::identity::same_person(&m.name, name))
    }

    /// The error for a name not on the roster: with the nearest name, if any.
    fn not_on_roster(&self, name: &str) -> Error {
        let names = self.member.iter().map(|m| m.name.as_str());
        match crate::suggest::nearest(name, names) {
            Some(suggestion) => Error::NotOnRosterNear {
                name: name.to_string(),
                suggestion,
            },
            None => Error::NotOnRoster {
                name: name.to_string(),
            },
        }
    }

    /// Checks that `name` is on the roster: always true without a roster.
    pub fn require_member(&self, name: &str) -> Result<()> {
        if self.member.is_empty() || self.member(name).is_some() {
            Ok(())
        } else {
            Err(self.not_on_roster(name))
        }
    }

    /// Checks that `name` may act in `role`: always true without a roster.
    pub fn authorize(&self, name: &str, role: Role) -> Result<()> {
        if self.member.is_empty() {
            return Ok(());
        }
        let member = self.member(name).ok_or_else(|| self.not_on_roster(name))?;
        if member.roles.contains(&role) {
            Ok(())
        } else {
            Err(Error::MissingRole {
                name: name.to_string(),
                role: role.as_str().to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roster() -> Settings {
        toml::from_str(
            "[[member]]\nname = \"Дамир Омаров\"\nroles = [\"translator\"]\n\n[[member]]\nname = \"Мария Ким\"\nroles = [\"editor\"]\n",
        )
        .unwrap()
    }

    #[test]
    fn roster_rules() {
        let s = roster();
        assert!(s.authorize("Дамир Омаров", Role::Translator).is_ok());
        assert!(matches!(
            s.authorize("Дамир Омаров", Role::Editor),
            Err(Error::MissingRole { .. })
        ));
        assert!(matches!(
            s.authorize("Кто-то", Role::Translator),
            Err(Error::NotOnRoster { .. })
        ));
        assert!(Settings::default()
            .authorize("Кто-то", Role::Editor)
            .is_ok());
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err =
            files::parse_toml::<Settings>(Path::new("qostil.toml"), "[drift]\ncosmetic = true\n");
        assert!(
            matches!(err, Err(Error::UnknownKey { line: 2, .. })),
            "{err:?}"
        );
    }

    #[test]
    fn disabled_checks_are_check_ids() {
        let ok = files::parse_toml::<Settings>(
            Path::new("qostil.toml"),
            "[checks]\ndisable = [\"quotes\", \"names\"]\n",
        )
        .unwrap();
        assert_eq!(
            ok.checks.disable,
            [
                crate::checks::CheckId::Quotes,
                crate::checks::CheckId::Names
            ]
        );
        let err = files::parse_toml::<Settings>(
            Path::new("qostil.toml"),
            "[checks]\n\ndisable = [\"quotes\", \"nmaes\"]\n",
        );
        assert!(
            matches!(&err, Err(Error::Toml { line: 3, detail, .. }) if detail.contains("nmaes")),
            "{err:?}"
        );
    }
}
