//! `qostil report`: the static HTML site — complete, every link resolving, hostile
//! text escaped, the destination folder guarded, bad articles named.

use crate::support::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A copy of the repository's sample archive (`articles/` and `qostil.toml`).
pub fn sample() -> Archive {
    let a = Archive::bare();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy(&repo.join("articles"), &a.path("articles"));
    std::fs::copy(repo.join("qostil.toml"), a.path("qostil.toml")).unwrap();
    a
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// The elements of a page, as an HTML parser reads them: (name, attributes).
pub struct Page {
    pub raw: String,
    pub tags: Vec<(String, BTreeMap<String, String>)>,
}

impl Page {
    pub fn read(path: &Path) -> Page {
        let raw =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let tags = Page::tags(&raw);
        Page { raw, tags }
    }

    fn tags(raw: &str) -> Vec<(String, BTreeMap<String, String>)> {
        let dom = tl::parse(raw, tl::ParserOptions::default()).expect("the page parses");
        let mut tags = Vec::new();
        for node in dom.nodes() {
            if let Some(tag) = node.as_tag() {
                let attrs = tag
                    .attributes()
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.map(|v| v.to_string()).unwrap_or_default()))
                    .collect();
                tags.push((tag.name().as_utf8_str().to_lowercase(), attrs));
            }
        }
        tags
    }

    pub fn all(&self, name: &str) -> Vec<&BTreeMap<String, String>> {
        self.tags
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, a)| a)
            .collect()
    }

    fn ids(&self) -> BTreeSet<String> {
        self.tags
            .iter()
            .filter_map(|(_, a)| a.get("id").cloned())
            .collect()
    }
}

/// Decodes `%XX` in a link.
fn unpercent(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Every relative link and stylesheet of a page resolves to a file of the site,
/// and every `#anchor` to an element of its page. Returns the files linked.
fn check_links(site: &Path, page_path: &Path) -> Vec<PathBuf> {
    let page = Page::read(page_path);
    let dir = page_path.parent().unwrap();
    let mut targets = Vec::new();
    let hrefs = page
        .all("a")
        .into_iter()
        .chain(page.all("link"))
        .filter_map(|a| a.get("href").cloned());
    for href in hrefs {
        if href.starts_with("http://")
            || href.starts_with("https://")
            || href.starts_with("mailto:")
        {
            continue;
        }
        let (file, anchor) = match href.split_once('#') {
            Some((f, a)) => (f.to_string(), Some(a.to_string())),
            None => (href.clone(), None),
        };
        if file.is_empty() {
            let anchor = anchor.unwrap();
            assert!(
                page.ids().contains(&anchor),
                "{}: #{anchor} has no element",
                page_path.display()
            );
            continue;
        }
        let target = dir.join(unpercent(&file));
        let target = target
            .canonicalize()
            .unwrap_or_else(|_| panic!("{}: link {href} resolves to no file", page_path.display()));
        assert!(
            target.starts_with(site.canonicalize().unwrap()),
            "{href} leaves the site"
        );
        assert!(target.is_file(), "{href} is not a file");
        targets.push(target);
    }
    targets
}

#[test]
fn the_sample_archive_gives_a_complete_site_whose_links_all_resolve() {
    let a = sample();
    let out = a.q(&["report", "--out", "site"]).run().code(0);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let site = a.path("site");
    let index = Page::read(&site.join("index.html"));
    // One row and one page per article, with the states `status` gives.
    let status = a.status_json();
    let articles = status["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 7);
    let rows = index
        .all("tr")
        .into_iter()
        .filter(|t| t.contains_key("data-state"))
        .count();
    assert_eq!(rows, 7);
    for art in articles {
        let id = art["id"].as_str().unwrap();
        let state = art["state"].as_str().unwrap();
        let page = site.join(format!("articles/{id}.html"));
        assert!(page.is_file(), "no page for {id}");
        assert!(
            index.raw.contains(&format!("data-state=\"{state}\"")),
            "{id} is {state}"
        );
        let p = Page::read(&page);
        // Both versions carry their language.
        assert!(p
            .all("td")
            .iter()
            .any(|t| t.get("lang").map(String::as_str) == Some("kk")));
        if state != "untranslated" {
            assert!(p
                .all("td")
                .iter()
                .any(|t| t.get("lang").map(String::as_str) == Some("ru")));
        }
        // No script on an article page; a policy that forbids them.
        assert!(p.all("script").is_empty(), "{id} has a script");
        let csp = p
            .all("meta")
            .into_iter()
            .find(|m| m.get("http-equiv").map(String::as_str) == Some("Content-Security-Policy"))
            .and_then(|m| m.get("content").cloned())
            .unwrap();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'none'"),
            "{csp}"
        );
        assert_eq!(p.all("h1").len(), 1);
        assert!(!p.all("h2").is_empty());
        let linked = check_links(&site, &page);
        assert!(linked.iter().any(|t| t.ends_with("index.html")));
        assert!(linked.iter().any(|t| t.ends_with("style.css")));
    }
    let linked = check_links(&site, &site.join("index.html"));
    assert_eq!(
        linked
            .iter()
            .filter(|t| t.extension().unwrap() == "html")
            .count(),
        7
    );
    // The stale article shows its drift word by word and points at the paragraph to revise.
    let stale = Page::read(&site.join("articles/2026/china-hiv-cases.html"));
    assert!(!stale.all("del").is_empty() && !stale.all("ins").is_empty());
    assert!(stale.raw.contains("104"));
    assert!(stale
        .all("a")
        .iter()
        .any(|a| a.get("class").map(String::as_str) == Some("revise")
            && a.get("href").map(String::as_str) == Some("#kk-4")));
    // An approved article nothing changed in since: both sides unchanged, as `diff` says.
    let diff = a
        .q(&["diff", "2026/vktu-round-table", "--format", "json"])
        .run()
        .ok()
        .json();
    assert!(diff["source"]["changes"].as_array().unwrap().is_empty());
    assert!(diff["target"]["changes"].as_array().unwrap().is_empty());
    let approved = a.read("site/articles/2026/vktu-round-table.html");
    assert_eq!(approved.matches("unchanged since the sign-off").count(), 2);
    // The index's one script is allowed by its hash, and nothing else.
    let scripts = index.all("script");
    assert_eq!(scripts.len(), 1);
    let body = index
        .raw
        .split("<script>")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    use sha2::Digest;
    let hash = sha2::Sha256::digest(body.as_bytes());
    let b64 = base64(&hash);
    assert!(
        index.raw.contains(&format!("script-src 'sha256-{b64}'")),
        "hash of the script"
    );
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            out.push(if i <= c.len() {
                ABC[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// Kazakh text (NTREX-128, see tests/fixtures/LICENSES.md) with hostile markup.
pub const HOSTILE_KK: &str = "# Лондондерри <script>document.title='pwned'</script>\n\nЛондондерри қаласында <img src=x onerror=\"document.title='pwned'\"> үйді соққан ер адамдар тұтқындалды.\n\nОқиға [сілтеме](javascript:document.title='pwned') бейсенбіде </td></tr></table> болған.\n\n<div onmouseover=\"document.title='pwned'\">\n<script>document.title='pwned'</script>\n</div>\n";

pub fn hostile_archive() -> Archive {
    let a = Archive::new();
    a.article("2026/hostile", "kk", Some(HOSTILE_KK), Some(RU));
    a.q(&[
        "note",
        "2026/hostile",
        "--note",
        "<script>document.title='pwned'</script>\u{7}\u{1b}[31m А\u{0410}",
    ])
    .by(DAMIR)
    .run()
    .ok();
    a
}

#[test]
fn hostile_text_comes_out_as_visible_escaped_text() {
    let a = hostile_archive();
    a.q(&["report", "--out", "site"]).run().code(0);
    let page = Page::read(&a.path("site/articles/2026/hostile.html"));
    assert!(page.all("script").is_empty(), "a script got through");
    assert!(page.all("img").is_empty(), "an image got through");
    assert!(page
        .all("div")
        .iter()
        .all(|d| !d.contains_key("onmouseover")));
    assert!(page
        .tags
        .iter()
        .all(|(_, attrs)| attrs.keys().all(|k| !k.starts_with("on"))));
    assert!(page.all("a").iter().all(|l| !l
        .get("href")
        .unwrap()
        .to_lowercase()
        .contains("javascript")));
    // All of it is there to read, escaped.
    for visible in [
        "&lt;script&gt;document.title='pwned'&lt;/script&gt;",
        "&lt;img src=x onerror=\"document.title='pwned'\"&gt;",
        "(javascript:document.title='pwned')",
        "&lt;/td&gt;",
        "&lt;/table&gt;",
        "&lt;div onmouseover=\"document.title='pwned'\"&gt;",
    ] {
        assert!(
            page.raw.contains(visible) || page.raw.contains(&visible.replace('"', "&quot;")),
            "{visible} not shown as text"
        );
    }
    // The ledger's note too; its control characters never reach the page raw.
    assert!(!page.raw.contains('\u{1b}'));
    assert!(
        page.raw.contains("\u{241b}[31m"),
        "the escape is shown as ␛"
    );
    // The index shows the title as text.
    let index = Page::read(&a.path("site/index.html"));
    assert_eq!(index.all("script").len(), 1);
    assert!(index.raw.contains("2026/hostile"));
}

#[test]
fn an_unreadable_article_is_named_and_the_rest_of_the_site_is_written() {
    let a = Archive::new();
    a.article("2026/a-good", "kk", Some(KK), Some(RU));
    a.write(
        "articles/2026/b-bad/article.toml",
        "source = \"kk\"\ndate = 2026-11-26\nsection = [\n",
    );
    a.write("articles/2026/b-bad/kk.md", KK);
    a.write(
        "articles/2026/c-bad/article.toml",
        "source = \"kk\"\ndate = 2026-11-26\n",
    );
    a.write("articles/2026/c-bad/kk.md", b"# \xff\xfe\n");
    let out = a.q(&["report", "--out", "site"]).run().code(2);
    assert!(
        out.stderr.contains("articles/2026/b-bad/article.toml:4"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("articles/2026/c-bad/kk.md:1"),
        "{}",
        out.stderr
    );
    assert!(a.exists("site/index.html"));
    assert!(a.exists("site/articles/2026/a-good.html"));
    assert!(!a.exists("site/articles/2026/b-bad.html"));
    let index = a.read("site/index.html");
    assert!(
        index.contains("b-bad/article.toml:4"),
        "the index names the bad article"
    );
}

#[test]
fn the_destination_must_be_new_empty_or_an_earlier_report() {
    let a = Archive::new();
    a.article("2026/a", "kk", Some(KK), Some(RU));
    // A file.
    a.write("notes.txt", "мои заметки");
    let out = a.q(&["report", "--out", "notes.txt"]).run().code(2);
    assert!(out.stderr.contains("notes.txt"), "{}", out.stderr);
    assert_eq!(a.read("notes.txt"), "мои заметки");
    // A folder holding somebody's files.
    a.write("docs/plan.md", "план");
    a.q(&["report", "--out", "docs"]).run().code(2);
    assert_eq!(a.read("docs/plan.md"), "план");
    assert!(!a.exists("docs/index.html"));
    // A symbolic link to a folder, and a FIFO.
    std::fs::create_dir(a.path("elsewhere")).unwrap();
    std::os::unix::fs::symlink(a.path("elsewhere"), a.path("link")).unwrap();
    a.q(&["report", "--out", "link"]).run().code(2);
    assert!(std::fs::read_dir(a.path("elsewhere"))
        .unwrap()
        .next()
        .is_none());
    let fifo = std::process::Command::new("mkfifo")
        .arg(a.path("fifo"))
        .status()
        .unwrap();
    assert!(fifo.success());
    a.q(&["report", "--out", "fifo"]).run().code(2);
    // An empty folder is fine; an earlier report is replaced whole.
    std::fs::create_dir(a.path("empty")).unwrap();
    a.q(&["report", "--out", "empty"]).run().code(0);
    assert!(a.exists("empty/index.html"));
    a.write("empty/articles/2026/gone.html", "old page");
    a.q(&["report", "--out", "empty"]).run().code(0);
    assert!(a.exists("empty/articles/2026/a.html"));
    assert!(
        !a.exists("empty/articles/2026/gone.html"),
        "the old site is replaced"
    );
    // Nothing is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(a.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".qostil-site"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// An archive large enough for a report to take a moment.
fn many(n: usize) -> Archive {
    let a = Archive::new();
    for i in 0..n {
        a.article(&format!("2026/a{i:04}"), "kk", Some(KK), Some(RU));
    }
    a
}

#[test]
fn two_reports_at_once_leave_one_whole_site() {
    let a = many(60);
    let spawn = || {
        a.q(&["report", "--out", "site"])
            .command()
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let (mut one, mut two) = (spawn(), spawn());
    let (r1, r2) = (one.wait().unwrap(), two.wait().unwrap());
    assert!(r1.success() && r2.success(), "{r1:?} {r2:?}");
    for i in 0..60 {
        assert!(a.exists(&format!("site/articles/2026/a{i:04}.html")));
    }
    assert!(a.exists("site/index.html"));
}

#[test]
fn a_report_killed_mid_way_leaves_the_earlier_site_whole() {
    let a = many(200);
    a.q(&["report", "--out", "site"]).run().code(0);
    let before = std::fs::read(a.path("site/index.html")).unwrap();
    let mut child = a
        .q(&["report", "--out", "site"])
        .command()
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    child.kill().unwrap();
    child.wait().unwrap();
    // Whether it was killed before or after the swap, the site is whole.
    let after = std::fs::read(a.path("site/index.html")).unwrap();
    assert_eq!(before.len(), after.len());
    for i in 0..200 {
        assert!(a.exists(&format!("site/articles/2026/a{i:04}.html")));
    }
    // The next run still works, and tidies nothing it should not.
    a.q(&["report", "--out", "site"]).run().code(0);
}

#[test]
fn the_page_speaks_the_chosen_language() {
    let a = sample();
    a.q(&["report", "--out", "site", "--lang", "kk"])
        .run()
        .code(0);
    let index = a.read("site/index.html");
    assert!(index.contains("<html lang=\"kk\">"));
    assert!(index.contains("Екі тілдегі мақалалар"));
    a.q(&["report", "--out", "site"])
        .env("QOSTIL_LANG", "ru_RU.UTF-8")
        .run()
        .code(0);
    let page = a.read("site/articles/2026/china-hiv-cases.html");
    assert!(page.contains("<html lang=\"ru\">"));
    assert!(page.contains("Обе версии, абзац за абзацем"));
}

#[test]
fn a_report_of_some_articles_names_the_unknown_ones() {
    let a = sample();
    let out = a
        .q(&[
            "report",
            "2026/popocatepetl-ash",
            "2026/no-such-article",
            "--out",
            "site",
        ])
        .run()
        .code(2);
    assert!(
        out.stderr.contains("2026/no-such-article"),
        "{}",
        out.stderr
    );
    assert!(a.exists("site/articles/2026/popocatepetl-ash.html"));
    assert!(!a.exists("site/articles/2026/china-hiv-cases.html"));
    let index = Page::read(&a.path("site/index.html"));
    let rows = index
        .all("tr")
        .into_iter()
        .filter(|t| t.contains_key("data-state"))
        .count();
    assert_eq!(rows, 1);
}
