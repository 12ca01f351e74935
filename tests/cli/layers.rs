//! The architecture, kept: no import cycle between the modules of any folder of
//! `src/`, and no file-system, process or environment access in the pure layers
//! (everything below `workflow/` but the store). Reads the sources as text: every
//! `crate::a::b` and `super::…` path outside test modules is an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layers that decide on values handed to them and never touch the world.
const PURE: [&str; 6] = ["align", "checks", "diff", "identity", "lang", "segment"];
/// What the pure layers must not name.
const WORLD: [&str; 7] = [
    "std::fs",
    "std::process",
    "std::env",
    "std::net",
    "File::",
    "OpenOptions",
    "crate::store",
];

/// Every source file of the library, as (module path, text without its tests).
fn modules() -> Vec<(Vec<String>, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|p| !p.ends_with("main.rs") && !p.ends_with("lib.rs"))
        .map(|p| {
            let rel = p.strip_prefix(&src).unwrap().with_extension("");
            let mut path: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if path.last().is_some_and(|l| l == "mod") {
                path.pop();
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Test modules may use anything: they are cut off; comments (doc
            // links) are no imports.
            let code = match text.find("#[cfg(test)]\nmod ") {
                Some(i) => &text[..i],
                None => &text,
            };
            let code: String = code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .flat_map(|l| [l, "\n"])
                .collect();
            (path, code)
        })
        .collect()
}

/// The module paths a file names: `crate::x::y`, `super::x`, `super::{x, y}`.
fn references(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |s: &str| -> Vec<String> {
        let mut parts = Vec::new();
        let mut rest = s;
        loop {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            if end == 0 {
                break;
            }
            parts.push(rest[..end].to_string());
            match rest[end..].strip_prefix("::") {
                Some(r) if !r.starts_with('{') => rest = r,
                Some(r) => {
                    // A group: each lower-case name in it is a candidate.
                    let close = r.find('}').unwrap_or(r.len());
                    let group: Vec<String> = r[1..close]
                        .split(',')
                        .map(|n| n.trim().split("::").next().unwrap_or("").to_string())
                        .filter(|n| n.starts_with(|c: char| c.is_ascii_lowercase()))
                        .collect();
                    parts.push(format!("{{{}}}", group.join(",")));
                    break;
                }
                None => break,
            }
        }
        parts
    };
    let expand = |base: Vec<String>, parts: Vec<String>, out: &mut Vec<Vec<String>>| {
        let mut path = base;
        for p in parts {
            if let Some(group) = p.strip_prefix('{').and_then(|g| g.strip_suffix('}')) {
                for g in group.split(',').filter(|g| !g.is_empty() && *g != "self") {
                    let mut q = path.clone();
                    q.push(g.to_string());
                    out.push(q);
                }
                out.push(path.clone());
                return;
            }
            path.push(p);
        }
        out.push(path);
    };
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        expand(Vec::new(), ident(&code[i + 7..]), &mut out);
    }
    for (i, _) in code.match_indices("super::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        // `super` of `a/b.rs` (module a::b) and of `a/b/mod.rs` alike is `a`.
        let mut base = module.to_vec();
        base.pop();
        let mut rest = &code[i + 7..];
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        expand(base, ident(rest), &mut out);
    }
    out
}

/// The longest known module that `path` starts with.
fn resolve(path: &[String], known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| known.contains(p))
}

/// The cycles of a directed graph, as the node sets of its strongly connected
/// components with more than one node (Tarjan would do; the graphs are tiny).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let nodes: BTreeSet<&String> = edges
        .keys()
        .chain(edges.values().flat_map(|v| v.iter()))
        .collect();
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(n) = stack.pop() {
            for m in edges.get(&n).into_iter().flatten() {
                if seen.insert(m.clone()) {
                    stack.push(m.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for n in &nodes {
        let scc: BTreeSet<String> = nodes
            .iter()
            .filter(|m| reached[*n].contains(**m) && reached[*m].contains(*n))
            .map(|m| (*m).clone())
            .collect();
        if scc.len() > 1 && !out.contains(&scc) {
            out.push(scc);
        }
    }
    out
}

#[test]
fn no_import_cycle_in_any_folder_of_src() {
    let mods = modules();
    let known: BTreeSet<Vec<String>> = mods.iter().map(|(p, _)| p.clone()).collect();
    // Edges between siblings: for every folder (the crate root included), an edge
    // from child a to child b when a file under a names something under b.
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (module, code) in &mods {
        for r in references(module, code) {
            let Some(target) = resolve(&r, &known) else {
                continue;
            };
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            // An edge between two different children of the common folder; a
            // child naming its own folder's module (types of `mod.rs`) is no edge.
            if common < module.len() && common < target.len() {
                graphs
                    .entry(module[..common].to_vec())
                    .or_default()
                    .entry(module[common].clone())
                    .or_default()
                    .insert(target[common].clone());
            }
        }
    }
    let found: Vec<String> = graphs
        .iter()
        .flat_map(|(folder, g)| {
            cycles(g)
                .into_iter()
                .map(move |c| format!("in {}/: {:?}", folder.join("/"), c))
        })
        .collect();
    assert!(found.is_empty(), "import cycles:\n{}", found.join("\n"));
    // The test sees the graph: the store uses the checks' config, never the reverse.
    assert!(graphs[&Vec::new()]["store"].contains("checks"));
    assert!(!graphs[&Vec::new()]
        .get("checks")
        .is_some_and(|t| t.contains("store")));
}

#[test]
fn pure_layers_touch_no_file_process_or_environment() {
    let mut found = Vec::new();
    for (module, code) in modules() {
        if !PURE.contains(&module[0].as_str()) {
            continue;
        }
        for w in WORLD {
            if code.contains(w) {
                found.push(format!("{} names {w}", module.join("::")));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
