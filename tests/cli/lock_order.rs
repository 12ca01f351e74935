//! One order, taken under the lock (issue 11, point 4): an entry's time is read
//! after the article's lock is taken, and an entry dated in the future neither
//! goes unreported nor freezes the article.

use crate::support::*;
use std::time::Duration;

/// The time of an entry of `log --format json`.
fn at(entry: &serde_json::Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(entry["at"].as_str().unwrap()).unwrap()
}

/// Holds the writers' lock of an article (the lock `qostil` takes on the
/// article's folder) while `during` runs, then lets go; returns when it did.
fn holding_the_lock(a: &Archive, id: &str, during: impl FnOnce()) -> chrono::DateTime<chrono::Utc> {
    let dir = std::fs::File::open(a.path(&format!("articles/{id}"))).unwrap();
    let mut lock = fd_lock::RwLock::new(dir);
    let guard = lock.write().unwrap();
    during();
    let released = chrono::Utc::now();
    drop(guard);
    released
}

/// A claim that waited for the lock while another's sign was written: dated
/// when it got the lock (not when it started), after the sign, and judged again
/// on the ledger with the sign.
#[test]
fn a_claim_that_waited_for_the_lock_is_dated_when_it_got_it() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    // The sign that will land while the claim waits, made beforehand on the real clock.
    a.q(&["sign", "a"]).by(DAMIR).unset("QOSTIL_NOW").run().ok();
    let signed = a.read("articles/a/ledger.toml");
    a.remove("articles/a/ledger.toml");

    let mut claim = a
        .q(&["claim", "a"])
        .by(AIGERIM)
        .unset("QOSTIL_NOW")
        .command();
    claim
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = None;
    let released = holding_the_lock(&a, "a", || {
        // The claim judges an unsigned article, then waits for the lock…
        child = Some(claim.spawn().unwrap());
        std::thread::sleep(Duration::from_secs(3));
        // …while the sign is written.
        a.write("articles/a/ledger.toml", &signed);
    });
    let out = child.unwrap().wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = a.log("a");
    assert_eq!(log.len(), 2, "{log:?}");
    assert_eq!(log[0]["action"], "translated");
    assert_eq!(log[1]["action"], "claimed");
    // After the sign, and no earlier than the moment the lock was let go (to the
    // second: entry times are whole seconds).
    assert!(at(&log[1]) > at(&log[0]), "{log:?}");
    assert!(
        at(&log[1]).timestamp() >= released.timestamp(),
        "claimed at {}, the lock was let go at {released}",
        at(&log[1])
    );
    let s = a.status_of("a");
    assert_eq!(s["state"], "in-progress");
    assert_eq!(s["by"], AIGERIM);
}

/// A claim that waited for the lock while somebody else's claim was written is
/// judged again on the ledger as it then is: refused, nothing written.
#[test]
fn a_claim_that_waited_for_another_claim_is_refused() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), None);
    a.q(&["claim", "a"]).by(DAMIR).run().ok();
    let claimed = a.read("articles/a/ledger.toml");
    a.remove("articles/a/ledger.toml");
    let mut claim = a.q(&["claim", "a"]).by(AIGERIM).command();
    claim
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = None;
    holding_the_lock(&a, "a", || {
        child = Some(claim.spawn().unwrap());
        std::thread::sleep(Duration::from_secs(1));
        a.write("articles/a/ledger.toml", &claimed);
    });
    let out = child.unwrap().wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is already claimed by"), "{err}");
    assert_eq!(a.read("articles/a/ledger.toml"), claimed);
}

/// A ledger with an entry dated 2099 (a machine with a wrong clock, or a hand
/// edit): `status` and `log` warn, naming the article, the entry and its date;
/// JSON marks it; and the article is not frozen — a claim and a sign on the real
/// clock afterwards are dated now and decide the state.
#[test]
fn an_entry_dated_2099_is_reported_and_does_not_freeze_the_article() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    a.q(&["sign", "a"]).by(DAMIR).unset("QOSTIL_NOW").run().ok();
    // An editor's machine whose clock says 2099.
    a.q(&["approve", "a"])
        .by(MARIA)
        .now("2099-01-01T00:00:00+05:00")
        .run()
        .ok();
    let future_id = a.log("a")[1]["entry"].as_str().unwrap().to_string();

    let real = |args: &[&str]| a.q(args).unset("QOSTIL_NOW");
    let out = real(&["status", "--all"]).run().code(0);
    let warning = out
        .stderr
        .lines()
        .find(|l| l.contains("in the future"))
        .unwrap_or_else(|| panic!("no warning: {}", out.stderr))
        .to_string();
    for needle in [
        "articles/a/ledger.toml",
        future_id.as_str(),
        "2099-01-01T00:00:00+05:00",
    ] {
        assert!(warning.contains(needle), "{needle} not in {warning}");
    }
    let json = real(&["status", "--format", "json"]).run().json();
    let article = &json["articles"][0];
    assert_eq!(article["future-entries"][0]["entry"], future_id.as_str());
    assert_eq!(article["state"], "approved");
    real(&["log", "a"])
        .run()
        .code(0)
        .stderr_has(&future_id)
        .stderr_has("in the future");
    let log = real(&["log", "a", "--format", "json"]).run().json();
    assert_eq!(log["entries"][1]["future"], true);

    // New work is accepted, dated now (not 2099), and decides the state.
    real(&["claim", "a"]).by(AIGERIM).run().code(0);
    let s = &real(&["status", "--format", "json"]).run().json()["articles"][0];
    assert_eq!(s["state"], "in-progress", "{s}");
    assert_eq!(s["by"], AIGERIM);
    real(&["sign", "a", "--note", "қайта қарадым"])
        .by(AIGERIM)
        .run()
        .code(0);
    let s = &real(&["status", "--format", "json"]).run().json()["articles"][0];
    assert_eq!(s["state"], "translated", "{s}");
    assert_eq!(s["by"], AIGERIM);
    let log = real(&["log", "a", "--format", "json"]).run().json();
    let entries = log["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 4);
    let future = entries
        .iter()
        .find(|e| e["entry"] == future_id.as_str())
        .unwrap();
    for e in entries.iter().filter(|e| e["by"] == AIGERIM) {
        assert!(at(e) < at(future) - chrono::Duration::days(365), "{e}");
    }
    // And an editor can approve Aigerim's sign: the 2099 approval is no obstacle.
    real(&["approve", "a"]).by(MARIA).run().code(0);
    assert_eq!(
        real(&["status", "--format", "json"]).run().json()["articles"][0]["state"],
        "approved"
    );
}
