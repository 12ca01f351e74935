//! Audits the catalogues: which messages each defines and which variables each
//! message uses, so a test can require every language to match English.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → the variables it references, for one catalogue text.
pub fn messages(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errs)| format!("{errs:?}"))?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            if out.insert(m.id.name.to_string(), vars).is_some() {
                return Err(format!("duplicate message id {}", m.id.name));
            }
        }
    }
    Ok(out)
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, vars);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{catalogues, Localizer, LANGUAGES};

    fn all(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for (l, file, text) in catalogues() {
            if *l == lang {
                let msgs = messages(text).unwrap_or_else(|e| panic!("{lang}/{file}: {e}"));
                for (id, vars) in msgs {
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{lang}: {id} defined twice"
                    );
                }
            }
        }
        out
    }

    #[test]
    fn every_catalogue_has_the_same_ids_and_variables() {
        let en = all("en");
        assert!(!en.is_empty());
        for lang in LANGUAGES {
            let other = all(lang);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "{lang}: variables of {id}");
            }
        }
    }

    #[test]
    fn every_error_and_state_and_check_resolves_in_every_language() {
        let mut ids: Vec<String> = crate::report::errors::IDS
            .iter()
            .map(|s| s.to_string())
            .collect();
        ids.extend(
            crate::workflow::state::State::ALL
                .iter()
                .map(|s| format!("state-{}", s.as_str())),
        );
        for a in ["claimed", "translated", "approved", "reopened", "note"] {
            ids.push(format!("action-{a}"));
        }
        ids.extend(["role-translator".into(), "role-editor".into()]);
        for lang in LANGUAGES {
            let have = all(lang);
            let l10n = Localizer::new(lang);
            for id in &ids {
                assert!(have.contains_key(id), "{lang}: no message {id}");
                assert_ne!(l10n.text(id), *id);
            }
        }
    }
}
