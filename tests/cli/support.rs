//! The test harness: an archive in a temporary folder, and a builder that runs the
//! real `qostil` binary on it with a cleared environment.
//!
//! ```ignore
//! let a = Archive::new();
//! a.article("x", "kk", Some(KK), Some(RU));
//! a.q(&["sign", "x"]).by("Дамир Омаров").run().ok();
//! let json = a.q(&["status", "--format", "json"]).run().ok().json();
//! ```

use serde_json::Value;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary under test.
pub const QOSTIL: &str = env!("CARGO_BIN_EXE_qostil");

/// The clock every run starts from; each run moves it one minute on.
pub const START: &str = "2026-11-26T10:00:00+05:00";

/// A short Kazakh original (NTREX-128, bbc.381780; see tests/fixtures/LICENSES.md).
pub const KK: &str = "# Лондондерри: Көлікпен үйді соққан ер адамдар тұтқындалды\n\nЛондондерри қаласында үйді бірнеше рет көлікпен соққан 33, 34 және 39 жастағы ер адамдар тұтқындалды.\n\nОқиға Баллинагардта жарты ай түзіп тұрған үйлер қатарында бейсенбіде британдық жазғы уақытпен шамамен 19:30 болған.\n\nТұтқындаушы инспектор Боб Блеммингс қақпаға және ғимараттың өзіне зиян келтірілді деп хабарлады.\n";

/// Its Russian counterpart (NTREX-128, bbc.381780).
pub const RU: &str = "# Лондондерри: машина врезалась в дом, все трое соучастников арестованы\n\nОдин из домов в Лондонберри был несколько раз протаранен автомобилем; находившиеся в нем мужчины в возрасте 33, 34 и 39 лет были взяты под арест.\n\nНаезд был совершен в четверг около 19:30 по местному времени в районе Баллинагард Кресент.\n\nВ результате тарана были повреждены ворота и само здание, сообщает инспектор уголовной полиции Боб Блеммингс.\n";

/// Names used throughout (the fixture roster has them).
pub const DAMIR: &str = "Дамир Омаров";
pub const AIGERIM: &str = "Айгерім Сапарова";
pub const MARIA: &str = "Мария Ким";

/// An archive (or just a folder) in a temporary directory.
#[derive(Debug)]
pub struct Archive {
    dir: tempfile::TempDir,
    minutes: Cell<i64>,
}

impl Archive {
    /// An archive without a roster: `qostil.toml` with no members, empty `articles/`.
    pub fn new() -> Archive {
        let a = Archive::bare();
        a.write("qostil.toml", "# test archive, no roster\n");
        std::fs::create_dir_all(a.path("articles")).unwrap();
        a
    }

    /// An empty folder.
    pub fn bare() -> Archive {
        Archive {
            dir: tempfile::Builder::new()
                .prefix("qostil-cli-")
                .tempdir()
                .unwrap(),
            minutes: Cell::new(0),
        }
    }

    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Archive {
        let a = Archive::bare();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_tree(&from, a.root());
        a
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside the archive.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Writes a file (creating its folders).
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> &Archive {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, contents).unwrap();
        self
    }

    /// Removes a file.
    pub fn remove(&self, rel: &str) -> &Archive {
        std::fs::remove_file(self.path(rel)).unwrap();
        self
    }

    /// Reads a text file.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// An article folder: `article.toml` plus the versions given.
    pub fn article(&self, id: &str, source: &str, kk: Option<&str>, ru: Option<&str>) -> &Archive {
        self.write(
            &format!("articles/{id}/article.toml"),
            format!("source = \"{source}\"\ndate = 2026-11-26\n"),
        );
        if let Some(kk) = kk {
            self.write(&format!("articles/{id}/kk.md"), kk);
        }
        if let Some(ru) = ru {
            self.write(&format!("articles/{id}/ru.md"), ru);
        }
        self
    }

    /// A run of qostil in the archive root.
    pub fn q(&self, args: &[&str]) -> Run<'_> {
        let m = self.minutes.get();
        self.minutes.set(m + 1);
        Run {
            archive: self,
            args: args.iter().map(|s| s.to_string()).collect(),
            env: BTreeMap::from([
                ("QOSTIL_NOW".to_string(), clock(m)),
                ("QOSTIL_LANG".to_string(), "en".to_string()),
            ]),
            cwd: self.root().to_path_buf(),
        }
    }

    /// Every file below the root (but `.git`), with its bytes.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        snap(self.root(), self.root(), &mut out);
        out
    }

    /// The ledger of an article as JSON entries (`log ID --format json`).
    pub fn log(&self, id: &str) -> Vec<Value> {
        let out = self.q(&["log", id, "--format", "json"]).run().ok();
        out.json()["entries"].as_array().unwrap().clone()
    }

    /// `status --format json`, whatever the exit code.
    pub fn status_json(&self) -> Value {
        self.q(&["status", "--format", "json"]).run().json()
    }

    /// The status object of one article.
    pub fn status_of(&self, id: &str) -> Value {
        let json = self.status_json();
        json["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in status: {json:#}"))
            .clone()
    }

    /// The state of one article.
    pub fn state(&self, id: &str) -> String {
        self.status_of(id)["state"].as_str().unwrap().to_string()
    }
}

/// The clock `m` minutes after [`START`].
pub fn clock(m: i64) -> String {
    let start = chrono::DateTime::parse_from_rfc3339(START).unwrap();
    (start + chrono::Duration::minutes(m)).to_rfc3339()
}

fn snap(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let ty = entry.file_type().unwrap();
        let rel = path.strip_prefix(root).unwrap().to_path_buf();
        if ty.is_symlink() {
            let target = std::fs::read_link(&path).unwrap();
            out.insert(rel, target.to_string_lossy().as_bytes().to_vec());
        } else if ty.is_dir() {
            if entry.file_name() != ".git" {
                snap(root, &path, out);
            }
        } else {
            out.insert(rel, std::fs::read(&path).unwrap());
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// One run of the binary, being set up.
#[derive(Debug)]
pub struct Run<'a> {
    archive: &'a Archive,
    args: Vec<String>,
    env: BTreeMap<String, String>,
    cwd: PathBuf,
}

impl Run<'_> {
    /// Sets a variable of the (otherwise empty) environment.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.insert(key.to_string(), value.to_string());
        self
    }

    /// Leaves a default variable out.
    pub fn unset(mut self, key: &str) -> Self {
        self.env.remove(key);
        self
    }

    /// `QOSTIL_USER`.
    pub fn user(self, name: &str) -> Self {
        self.env("QOSTIL_USER", name)
    }

    /// `--by NAME`.
    pub fn by(mut self, name: &str) -> Self {
        self.args.push("--by".into());
        self.args.push(name.into());
        self
    }

    /// The clock.
    pub fn now(self, at: &str) -> Self {
        self.env("QOSTIL_NOW", at)
    }

    /// Runs in a folder below the archive root.
    pub fn cwd(mut self, rel: &str) -> Self {
        self.cwd = self.archive.path(rel);
        self
    }

    /// The command, ready to spawn.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(QOSTIL);
        cmd.args(&self.args)
            .env_clear()
            .envs(&self.env)
            .current_dir(&self.cwd);
        cmd
    }

    pub fn run(self) -> Output {
        let out = self.command().output().expect("qostil runs");
        Output {
            args: self.args,
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// What a run did.
#[derive(Debug)]
pub struct Output {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Asserts the exit code.
    #[track_caller]
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code,
            Some(expected),
            "qostil {:?} exited with {:?}, expected {expected}\n--- stdout\n{}\n--- stderr\n{}",
            self.args,
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Exit 0 and nothing on standard error.
    #[track_caller]
    pub fn ok(self) -> Self {
        let s = self.code(0);
        assert_eq!(s.stderr, "", "qostil {:?}: unexpected stderr", s.args);
        s
    }

    /// Exit 2: could not run.
    #[track_caller]
    pub fn failed(self) -> Self {
        self.code(2)
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Self {
        assert!(
            self.stdout.contains(needle),
            "qostil {:?}: stdout lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_lacks(self, needle: &str) -> Self {
        assert!(
            !self.stdout.contains(needle),
            "qostil {:?}: stdout has {needle:?}\n--- stdout\n{}",
            self.args,
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "qostil {:?}: stderr lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts that standard error is exactly these lines.
    #[track_caller]
    pub fn stderr_is(self, expected: &str) -> Self {
        assert_eq!(self.stderr, expected, "qostil {:?}: stderr", self.args);
        self
    }

    /// Asserts that standard output is exactly this text.
    #[track_caller]
    pub fn stdout_is(self, expected: &str) -> Self {
        assert_eq!(self.stdout, expected, "qostil {:?}: stdout", self.args);
        self
    }

    /// Standard output equals `expected` once every ledger entry id (a field of
    /// twelve hex digits between double spaces) is replaced by `<entry>`.
    #[track_caller]
    pub fn stdout_is_masked(self, expected: &str) -> Self {
        let masked: String = self
            .stdout
            .lines()
            .map(|line| {
                let fields: Vec<&str> = line
                    .split("  ")
                    .map(|f| {
                        if f.len() == 12 && f.chars().all(|c| c.is_ascii_hexdigit()) {
                            "<entry>"
                        } else {
                            f
                        }
                    })
                    .collect();
                format!("{}\n", fields.join("  "))
            })
            .collect();
        assert_eq!(masked, expected, "qostil {:?}: stdout", self.args);
        self
    }

    /// Standard output parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "qostil {:?}: stdout is not JSON ({e})\n--- stdout\n{}\n--- stderr\n{}",
                self.args, self.stdout, self.stderr
            )
        })
    }
}

/// The ids of the articles in a `status --format json` document.
pub fn ids(status: &Value) -> Vec<String> {
    status["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}
