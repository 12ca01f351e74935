//! Two processes appending to one ledger at once.

use crate::support::*;

const RUNS: usize = 500;

#[test]
fn two_processes_signing_500_times_each_lose_no_entry() {
    let a = Archive::new();
    // Short texts keep the entries (and the ledger each run parses) small.
    a.article(
        "a",
        "kk",
        Some("# Лондондерри\n\nБәлкім бір мезетте көлікке садақ атылған шығар.\n"),
        Some("# Лондондерри\n\nЕсть сообщения о том, что в машину мог быть произведен выстрел из лука.\n"),
    );
    // (No claim: a claim by one translator would stop the other from signing.)
    a.q(&["note", "a", "--note", "екеуміз аударамыз"])
        .by(DAMIR)
        .run()
        .ok();
    a.q(&["note", "a", "--note", "бастадық"])
        .by(MARIA)
        .run()
        .ok();
    let before = a.log("a").len();
    assert_eq!(before, 2);

    // Each thread spawns the binary RUNS times, as fast as it can, with its own name.
    let failures: Vec<Vec<String>> = std::thread::scope(|scope| {
        let workers: Vec<_> = [DAMIR, AIGERIM]
            .into_iter()
            .map(|who| {
                let mut cmd = a
                    // A note: a sign-off repeated without one records nothing.
                    .q(&["sign", "a", "--note", "тағы"])
                    .by(who)
                    .now("2026-11-26T12:00:00+05:00")
                    .command();
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for _ in 0..RUNS {
                        let out = cmd.output().unwrap();
                        if !out.status.success() || !out.stderr.is_empty() {
                            failures.push(String::from_utf8_lossy(&out.stderr).to_string());
                        }
                    }
                    failures
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for f in &failures {
        assert!(
            f.is_empty(),
            "{} runs failed, e.g. {:?}",
            f.len(),
            f.first()
        );
    }

    let log = a.log("a");
    assert_eq!(log.len(), before + 2 * RUNS);
    let translated: Vec<_> = log.iter().filter(|e| e["action"] == "translated").collect();
    assert_eq!(translated.len(), 2 * RUNS);
    for who in [DAMIR, AIGERIM] {
        assert_eq!(translated.iter().filter(|e| e["by"] == who).count(), RUNS);
    }
    // The file is one header and 1002 whole entries; it parses as TOML too.
    let text = a.read("articles/a/ledger.toml");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("[[entry]]")).count(),
        before + 2 * RUNS
    );
    let parsed: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(parsed["entry"].as_array().unwrap().len(), before + 2 * RUNS);
    assert_eq!(a.state("a"), "translated");
    // No temporary files left behind.
    let leftovers: Vec<_> = a
        .snapshot()
        .into_keys()
        .filter(|p| p.to_string_lossy().contains(".qostil-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]

fn two_simultaneous_claims_by_different_people_let_only_one_through() {
    let a = Archive::new();
    for round in 0..100 {
        let id = format!("r{round:03}");
        a.article(&id, "kk", Some(KK), None);
        let mut cmds: Vec<_> = [DAMIR, AIGERIM]
            .into_iter()
            .map(|who| {
                let mut cmd = a.q(&["claim", &id]).by(who).command();
                cmd.stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd
            })
            .collect();
        let children: Vec<_> = cmds.iter_mut().map(|c| c.spawn().unwrap()).collect();
        let outs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let ok = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(ok, 1, "round {round}: both claims went through");
        let loser = outs.iter().find(|o| !o.status.success()).unwrap();
        assert_eq!(loser.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&loser.stderr);
        assert!(stderr.contains("is already claimed by"), "{stderr}");
        assert_eq!(a.log(&id).len(), 1);
    }
}
