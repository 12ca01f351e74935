//! The report in a real browser: headless Chromium opens the pages from `file://`.
//! `.ci/run` installs Debian's `chromium`; where no browser is installed, these
//! tests print a notice and pass without running.

use crate::report::{hostile_archive, sample};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The browser: `QOSTIL_CHROMIUM`, else `chromium` or `chromium-browser` on the path.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("QOSTIL_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| [d.join("chromium"), d.join("chromium-browser")])
        .find(|p| p.is_file())
}

#[allow(clippy::print_stderr)] // the notice is the point: a skipped test says so
fn browser_or_notice(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        eprintln!("NOTICE: {test} skipped: no chromium installed (.ci/run installs it)");
    }
    found
}

/// Runs headless Chromium with its own profile on a page; returns standard output.
fn run(browser: &Path, profile: &Path, args: &[&str], page: &Path) -> String {
    let url = format!("file://{}", page.display());
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether a PNG shows something: its pixels are not all of one colour.
fn not_blank(png_path: &Path) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::fs::File::open(png_path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let step = info.color_type.samples();
    let mut colours = std::collections::BTreeSet::new();
    for px in bytes.chunks(step) {
        colours.insert(px.to_vec());
        if colours.len() > 64 {
            break;
        }
    }
    (info.width, info.height, colours.len())
}

#[test]
fn chromium_renders_the_site_runs_no_hostile_script_and_screenshots_are_not_blank() {
    let Some(browser) = browser_or_notice("the browser test") else {
        return;
    };
    let profile = tempfile::tempdir().unwrap();
    let a = sample();
    a.q(&["report", "--out", "site"]).run().code(0);
    let site = a.path("site");
    // The index, from file://, with its script run: the filters are shown and counted.
    let dom = run(
        &browser,
        profile.path(),
        &["--dump-dom"],
        &site.join("index.html"),
    );
    assert!(dom.contains("2026/china-hiv-cases"), "{dom}");
    assert!(
        dom.contains("7 / 7"),
        "the index's script did not run: {dom}"
    );
    assert!(
        !dom.contains("id=\"filters\" class=\"filters\" hidden"),
        "{dom}"
    );
    // An article page shows both versions.
    let article = site.join("articles/2026/china-hiv-cases.html");
    let dom = run(&browser, profile.path(), &["--dump-dom"], &article);
    assert!(dom.contains("lang=\"kk\"") && dom.contains("lang=\"ru\""));
    assert!(dom.contains("Китай"), "{dom}");
    // Screenshots at a desk and on a phone.
    for (page, name) in [
        (site.join("index.html"), "index"),
        (article.clone(), "article"),
    ] {
        for (w, h) in [(1280, 900), (375, 800)] {
            let shot = profile.path().join(format!("{name}-{w}.png"));
            run(
                &browser,
                profile.path(),
                &[
                    &format!("--screenshot={}", shot.display()),
                    &format!("--window-size={w},{h}"),
                ],
                &page,
            );
            let (width, height, colours) = not_blank(&shot);
            assert_eq!((width, height), (w, h));
            assert!(
                colours > 8,
                "{name} at {w} px looks blank ({colours} colours)"
            );
        }
    }
    // The hostile article: its payloads would set the title; it stays the page's own.
    let h = hostile_archive();
    h.q(&["report", "--out", "site"]).run().code(0);
    let dom = run(
        &browser,
        profile.path(),
        &["--dump-dom"],
        &h.path("site/articles/2026/hostile.html"),
    );
    let title = dom
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert_ne!(title.trim(), "pwned", "a hostile script ran");
    assert!(title.starts_with("Лондондерри"), "{title}");
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "{dom}"
    );
}
