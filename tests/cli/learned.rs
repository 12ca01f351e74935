//! The word table learned from the archive's approved articles: `check` learns it
//! into `.qostil/cache/lexicon-v1.tsv`, reuses it while no approval changes,
//! learns it again when one does, and replaces a broken cache without a word —
//! never following a link in its place.

use crate::support::*;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

const CACHE: &str = ".qostil/cache/lexicon-v1.tsv";

/// Articles made of the NTREX documents of the test corpus (kk original).
fn corpus_archive(n: usize) -> (Archive, Vec<String>) {
    let a = Archive::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/ntrex");
    let mut docs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    docs.sort();
    let markdown = |p: &Path| format!("# {}\n", std::fs::read_to_string(p).unwrap().trim());
    let mut ids = Vec::new();
    for d in docs.iter().take(n) {
        let id = format!("2026/doc-{}", ids.len());
        a.article(
            &id,
            "kk",
            Some(&markdown(&d.join("kk.txt"))),
            Some(&markdown(&d.join("ru.txt"))),
        );
        ids.push(id);
    }
    (a, ids)
}

fn sign_and_approve(a: &Archive, id: &str) {
    a.q(&["sign", id, "--force", "--note", "тест"])
        .by(DAMIR)
        .run()
        .ok();
    a.q(&["approve", id, "--force", "--note", "тест"])
        .by(MARIA)
        .run()
        .ok();
    assert_eq!(a.state(id), "approved");
}

/// `check` over the whole archive, which must not fail to run.
fn check(a: &Archive) {
    let out = a.q(&["check", "--format", "json"]).run();
    assert_ne!(out.code, Some(2), "{}", out.stderr);
    assert_eq!(out.stderr, "");
}

/// The cache's key line and its entries.
fn cache(a: &Archive) -> (String, Vec<String>) {
    let text = a.read(CACHE);
    let mut lines = text.lines();
    let key = lines.next().unwrap().to_string();
    let entries: Vec<String> = lines
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    assert!(
        text.ends_with(&format!("# end {}\n", entries.len())),
        "{text}"
    );
    (key, entries)
}

#[test]
fn check_learns_the_table_once_and_again_when_an_approval_changes() {
    let (a, ids) = corpus_archive(8);
    // Nothing approved: nothing to learn, nothing written.
    check(&a);
    assert!(!a.exists(".qostil"));
    for id in &ids[..7] {
        sign_and_approve(&a, id);
    }
    check(&a);
    let (key, entries) = cache(&a);
    assert!(entries.len() >= 10, "{entries:?}");
    assert!(
        entries.iter().all(|e| e.split('\t').count() == 2),
        "{entries:?}"
    );
    // Kept out of git.
    assert!(a.read(".qostil/.gitignore").lines().any(|l| l == "*"));
    // The archive's table is not the ledger's business.
    for id in &ids[..7] {
        assert!(!a
            .read(&format!("articles/{id}/ledger.toml"))
            .contains("lexicon"));
    }

    // A second run reads it: the same file, not rewritten.
    let inode = std::fs::symlink_metadata(a.path(CACHE)).unwrap().ino();
    let bytes = a.read(CACHE);
    check(&a);
    assert_eq!(
        std::fs::symlink_metadata(a.path(CACHE)).unwrap().ino(),
        inode
    );
    assert_eq!(a.read(CACHE), bytes);
    // `show` and `sign` read it too, without learning.
    a.q(&["show", &ids[0]]).run().ok();
    assert_eq!(
        std::fs::symlink_metadata(a.path(CACHE)).unwrap().ino(),
        inode
    );

    // Approving another article makes it stale: learned again.
    sign_and_approve(&a, &ids[7]);
    assert_eq!(a.read(CACHE), bytes, "approving does not learn");
    check(&a);
    let (key2, entries2) = cache(&a);
    assert_ne!(key2, key);
    assert!(entries2.len() >= entries.len() / 2, "{entries2:?}");
    let learned = a.read(CACHE);

    // Revoking that approval brings the first key back.
    let log = a.log(&ids[7]);
    let approval = log.iter().find(|e| e["action"] == "approved").unwrap()["entry"]
        .as_str()
        .unwrap()
        .to_string();
    a.q(&["revoke", &ids[7], &approval, "--note", "қате"])
        .by(MARIA)
        .run()
        .ok();
    check(&a);
    assert_eq!(cache(&a), (key, entries));
    check(&a);
    a.q(&["approve", &ids[7], "--force", "--note", "тест"])
        .by(MARIA)
        .run()
        .ok();
    check(&a);
    assert_eq!(cache(&a).1, entries2);
    assert_eq!(a.read(CACHE), learned.replace(&key2, &cache(&a).0));
}

#[test]
fn a_broken_cache_is_replaced_and_a_linked_one_is_never_followed() {
    let (a, ids) = corpus_archive(6);
    for id in &ids {
        sign_and_approve(&a, id);
    }
    check(&a);
    let good = a.read(CACHE);

    // Garbage, a cut file, an empty file: replaced without a word.
    for broken in [
        "garbage\n".to_string(),
        good[..good.len() / 2].to_string(),
        String::new(),
    ] {
        a.write(CACHE, &broken);
        check(&a);
        assert_eq!(a.read(CACHE), good);
    }
    let findings = a.q(&["check", "--format", "json"]).run().stdout;

    // A link in its place: not followed, neither read nor written through.
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("elsewhere.tsv");
    std::fs::write(&target, "not mine\n").unwrap();
    a.remove(CACHE);
    std::os::unix::fs::symlink(&target, a.path(CACHE)).unwrap();
    let out = a.q(&["check", "--format", "json"]).run();
    assert_eq!(out.stderr, "");
    // The archive's table is still learned and used: the same findings.
    assert_eq!(out.stdout, findings);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not mine\n");
    assert!(std::fs::symlink_metadata(a.path(CACHE))
        .unwrap()
        .file_type()
        .is_symlink());

    // A linked cache folder: the same.
    std::fs::remove_dir_all(a.path(".qostil")).unwrap();
    std::fs::create_dir_all(outside.path().join("cache")).unwrap();
    std::os::unix::fs::symlink(outside.path(), a.path(".qostil")).unwrap();
    check(&a);
    assert!(!outside.path().join("cache/lexicon-v1.tsv").exists());
    assert!(!outside.path().join(".gitignore").exists());
}

#[test]
fn two_checks_at_once_leave_one_whole_cache() {
    let (a, ids) = corpus_archive(6);
    for id in &ids {
        sign_and_approve(&a, id);
    }
    check(&a);
    let good = a.read(CACHE);
    for _ in 0..3 {
        a.remove(CACHE);
        let runs: Vec<_> = (0..2)
            .map(|_| {
                a.q(&["check", "--format", "json"])
                    .command()
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut r in runs {
            assert!(r.wait().unwrap().code() != Some(2));
        }
        assert_eq!(a.read(CACHE), good);
        // No temporary file left behind.
        let left: Vec<_> = std::fs::read_dir(a.path(".qostil/cache"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }
}
