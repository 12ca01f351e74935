//! Which letter strings are words of Kazakh or Russian: the Hunspell dictionaries
//! shipped in `dict/` (see `dict/LICENSES.md`), embedded in the binary and read
//! with `spellbook`, which applies the dictionaries' affix rules (Kazakh is
//! agglutinative: `барады`, `бардыңыз` are forms of one stem in the `.dic`).
//!
//! Parsing a whole word list takes 100–200 ms (146,000 Russian stems), far more than
//! a `diff` may cost, so a run never does unless it judges many words. Both `.aff`
//! files are plain one-level suffix grammars (no prefixes, compounds, continuation
//! classes or input conversions: checked when a language is first used, and by the
//! tests): a word can then only come from a stem that is the word itself, or the
//! word with the added part of a suffix rule replaced by the rule's stripped part.
//! `build.rs` sorts each `.dic` by lower-cased stem, so the lines of those few
//! candidate stems are found by binary search; `spellbook` is handed a *small
//! dictionary*: those lines, and the `.aff` with only the rules that can make the
//! words (their added part ends one), of the classes those lines' flags name. Its
//! verdict is the full dictionary's (the tests compare the two on thousands of
//! words, forms and misspellings); building it takes about a millisecond. The small dictionary grows as a process
//! meets new words ([`prepare`] lets a caller hand them in a batch, so one diff
//! builds it once); a process that has rebuilt it [`MAX_BUILDS`] times, or gathered
//! [`MAX_LINES`] stems, parses the full dictionary once and uses it from then on.
//!
//! A diff or status that only meets white space, punctuation or whole-word changes
//! never builds either.
//!
//! The archive's own vocabulary is a second source of known words, handed in as a
//! [`Vocabulary`] by the caller (reading the approved texts is the workflow's job;
//! this module never touches the file system).

use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashSet};
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::lang::Lang;

const RU_AFF: &str = include_str!("../../dict/ru/ru_RU.aff");
const KK_AFF: &str = include_str!("../../dict/kk/kk_KZ.aff");
/// `dict/ru/ru_RU.dic`, its entries sorted by lower-cased stem (`build.rs`).
const RU_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/ru.dic"));
/// `dict/kk/kk_KZ.dic`, its entries sorted by lower-cased stem (`build.rs`).
const KK_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/kk.dic"));

/// Small-dictionary builds a process makes per language before it parses the full one.
pub const MAX_BUILDS: usize = 64;
/// Stems a small dictionary may gather before the full one is parsed instead.
pub const MAX_LINES: usize = 3_000;
/// Hyphen-joined parts of a word beyond which its stems are not enumerated (the full
/// dictionary judges it): `spellbook` checks every run of parts between hyphens.
const MAX_PARTS: usize = 8;

/// Words known beyond the dictionaries: the archive's own vocabulary.
pub trait Vocabulary: Sync {
    /// Whether `lower` (a word in lower case) is a known word of `lang`.
    fn knows(&self, lang: Lang, lower: &str) -> bool;
}

/// No vocabulary beyond the dictionaries.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoVocabulary;

impl Vocabulary for NoVocabulary {
    fn knows(&self, _: Lang, _: &str) -> bool {
        false
    }
}

/// Whether `word` (as written: `Заявила` and `ЗАЯВИЛА` are known because `заявила`
/// is) is a word of `lang` by its dictionary. The Russian dictionary knows words
/// with `ё` written `е` as well (`еще`, `ещё`).
pub fn in_dictionary(lang: Lang, word: &str) -> bool {
    lexicon(lang).check(word)
}

/// Makes the dictionary of `lang` ready to judge all of `words` with one build, so
/// that the [`in_dictionary`] calls that follow for them need no more work.
pub fn prepare<'a>(lang: Lang, words: impl IntoIterator<Item = &'a str>) {
    let words: Vec<&str> = words.into_iter().collect();
    if !words.is_empty() {
        lexicon(lang).prepare(&words);
    }
}

fn lexicon(lang: Lang) -> &'static Lexicon {
    static RU: OnceLock<Lexicon> = OnceLock::new();
    static KK: OnceLock<Lexicon> = OnceLock::new();
    match lang {
        Lang::Ru => RU.get_or_init(|| Lexicon::new("ru", RU_AFF, RU_DIC)),
        Lang::Kk => KK.get_or_init(|| Lexicon::new("kk", KK_AFF, KK_DIC)),
    }
}

/// One language's dictionary: its texts, its suffix rules, and the dictionary
/// `spellbook` has been handed so far.
struct Lexicon {
    code: &'static str,
    aff: &'static str,
    /// The sorted `.dic`: a count line, then the entries.
    dic: &'static str,
    /// Byte offset of the first entry in `dic`.
    body: usize,
    /// The suffix rules; `None` when the `.aff` is not a plain one-level suffix
    /// grammar (only the full dictionary is then sure to judge as it should).
    grammar: Option<Grammar>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Byte offsets in `dic` of the entries handed to `spellbook`.
    lines: BTreeSet<usize>,
    /// Indices in `Grammar::rules` of the rules handed to `spellbook`.
    rules: BTreeSet<usize>,
    /// Lower-cased candidate stems already looked up.
    seen: HashSet<String>,
    dict: Option<spellbook::Dictionary>,
    builds: usize,
    full: bool,
}

impl Lexicon {
    fn new(code: &'static str, aff: &'static str, dic: &'static str) -> Self {
        Lexicon {
            code,
            aff,
            dic,
            body: dic.find('\n').map_or(dic.len(), |i| i + 1),
            grammar: Grammar::of(aff),
            state: Mutex::new(State::default()),
        }
    }

    fn check(&self, word: &str) -> bool {
        let mut st = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        self.ensure(&mut st, &[word]);
        st.dict.as_ref().is_some_and(|d| d.check(word))
    }

    fn prepare(&self, words: &[&str]) {
        let mut st = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        self.ensure(&mut st, words);
    }

    /// Makes `st.dict` hold every entry any of `words` can come from.
    fn ensure(&self, st: &mut State, words: &[&str]) {
        if st.full {
            return;
        }
        let Some(grammar) = &self.grammar else {
            return self.load_full(st);
        };
        let mut grew = false;
        for word in words {
            let Some((keys, rules)) = grammar.candidates(word) else {
                return self.load_full(st);
            };
            for rule in rules {
                grew |= st.rules.insert(rule);
            }
            for key in keys {
                if st.seen.contains(&key) {
                    continue;
                }
                for at in self.entries_of(&key) {
                    grew |= st.lines.insert(at);
                }
                st.seen.insert(key);
            }
        }
        if st.dict.is_some() && !grew {
            return;
        }
        st.builds += 1;
        if st.builds > MAX_BUILDS || st.lines.len() > MAX_LINES {
            return self.load_full(st);
        }
        let (aff, dic) = self.small_dictionary(grammar, st);
        st.dict = Some(self.parse(&aff, &dic));
    }

    fn load_full(&self, st: &mut State) {
        st.dict = Some(self.parse(self.aff, self.dic));
        st.full = true;
        st.lines.clear();
        st.rules.clear();
        st.seen.clear();
    }

    /// The files are part of the binary, so they cannot be missing at run time; that
    /// they parse is checked by the tests below, and a build whose dictionaries did
    /// not would stop here rather than quietly class every one-letter edit a
    /// spelling fix.
    fn parse(&self, aff: &str, dic: &str) -> spellbook::Dictionary {
        spellbook::Dictionary::new(aff, dic)
            .unwrap_or_else(|e| panic!("the embedded {} dictionary: {e}", self.code))
    }

    /// The entry at byte `at` of the sorted `.dic`.
    fn line_at(&self, at: usize) -> &'static str {
        let rest = &self.dic[at..];
        &rest[..rest.find('\n').unwrap_or(rest.len())]
    }

    /// Byte offsets of the entries whose lower-cased stem is `key`.
    fn entries_of(&self, key: &str) -> Vec<usize> {
        let bytes = self.dic.as_bytes();
        // Entries starting before `lo` sort below `key`; those from `hi` on do not.
        let (mut lo, mut hi) = (self.body, self.dic.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |i| lo + i + 1);
            let line = self.line_at(start);
            if stem_key(line).cmp(key.chars()).is_lt() {
                lo = start + line.len() + 1;
            } else {
                hi = start;
            }
        }
        let mut out = Vec::new();
        let mut at = lo;
        while at < self.dic.len() {
            let line = self.line_at(at);
            if !stem_key(line).eq(key.chars()) {
                break;
            }
            out.push(at);
            at += line.len() + 1;
        }
        out
    }

    /// A `.dic` of the entries gathered in `st`, and an `.aff` with only the
    /// gathered rules (those whose added part ends a word judged) of the classes
    /// these entries name.
    fn small_dictionary(&self, grammar: &Grammar, st: &State) -> (String, String) {
        let mut flags: BTreeSet<char> = BTreeSet::new();
        let mut dic = format!("{}\n", st.lines.len());
        for &at in &st.lines {
            let line = self.line_at(at);
            if let Some((_, f)) = line.split_once('/') {
                flags.extend(f.chars());
            }
            dic.push_str(line);
            dic.push('\n');
        }
        let mut aff = grammar.head.clone();
        for &(flag, cross) in &grammar.classes {
            if !flags.contains(&flag) {
                continue;
            }
            let rules: Vec<&Rule> = st
                .rules
                .iter()
                .map(|&i| &grammar.rules[i])
                .filter(|r| r.flag == flag)
                .collect();
            if rules.is_empty() {
                continue;
            }
            aff.push_str(&format!("SFX {flag} {cross} {}\n", rules.len()));
            for r in rules {
                aff.push_str(r.line);
                aff.push('\n');
            }
        }
        (aff, dic)
    }
}

/// The lower-cased stem of a `.dic` entry: its text before the first `/` (the sort
/// key of `build.rs`).
fn stem_key(line: &str) -> impl Iterator<Item = char> + '_ {
    let stem = line.split('/').next().unwrap_or(line);
    stem.chars().flat_map(char::to_lowercase)
}

/// The suffix rules of a plain one-level suffix grammar.
#[derive(Debug)]
struct Grammar {
    /// The lines of the `.aff` that are not suffix rules (`SET`, `TRY`, …).
    head: String,
    /// Each class's flag and cross-product mark, in the order of the `.aff`.
    classes: Vec<(char, &'static str)>,
    rules: Vec<Rule>,
    /// The indices of `rules` by their added part, in rule order: a word is looked
    /// up by each of its endings rather than tried against every rule (the Russian
    /// `.aff` has some 1,600).
    by_add: FxHashMap<String, Vec<usize>>,
    /// The most letters an added part has.
    max_add: usize,
}

#[derive(Debug)]
struct Rule {
    flag: char,
    /// The stripped and added parts, lower-cased (`0` is empty).
    strip: String,
    add: String,
    /// The rule's line in the `.aff`.
    line: &'static str,
}

impl Grammar {
    /// The grammar of `aff`, or `None` if it uses anything beyond suffix rules that
    /// bears on checking a word (prefixes, compounds, continuation classes, flag
    /// aliases, other flag types, input conversion, ignored letters, break
    /// patterns …).
    fn of(aff: &'static str) -> Option<Grammar> {
        const HARMLESS: [&str; 7] = ["SET", "TRY", "REP", "MAP", "KEY", "LANG", "WORDCHARS"];
        let mut g = Grammar {
            head: String::new(),
            classes: Vec::new(),
            rules: Vec::new(),
            by_add: FxHashMap::default(),
            max_add: 0,
        };
        let mut open: Option<(char, usize)> = None;
        for line in aff.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let Some(&directive) = fields.first() else {
                continue;
            };
            if directive.starts_with('#') {
                continue;
            }
            if directive != "SFX" {
                if !HARMLESS.contains(&directive)
                    || (directive == "SET" && fields.get(1) != Some(&"UTF-8"))
                {
                    return None;
                }
                g.head.push_str(line);
                g.head.push('\n');
                continue;
            }
            let mut flag = fields.get(1)?.chars();
            let (Some(flag), None) = (flag.next(), flag.next()) else {
                return None;
            };
            match open {
                // `SFX flag cross count` opens a class.
                None | Some((_, 0)) => {
                    let (&cross, count) = (fields.get(2)?, fields.get(3)?.parse().ok()?);
                    if fields.len() != 4 || !matches!(cross, "Y" | "N") {
                        return None;
                    }
                    g.classes.push((flag, cross));
                    open = Some((flag, count));
                }
                // `SFX flag strip add condition` is one of its rules.
                Some((class, left)) => {
                    if flag != class || fields.len() < 4 || fields[3].contains('/') {
                        return None;
                    }
                    let part = |s: &str| -> String {
                        if s == "0" {
                            String::new()
                        } else {
                            s.chars().flat_map(char::to_lowercase).collect()
                        }
                    };
                    g.rules.push(Rule {
                        flag,
                        strip: part(fields[2]),
                        add: part(fields[3]),
                        line,
                    });
                    open = Some((class, left - 1));
                }
            }
        }
        for (n, rule) in g.rules.iter().enumerate() {
            g.max_add = g.max_add.max(rule.add.chars().count());
            g.by_add.entry(rule.add.clone()).or_default().push(n);
        }
        Some(g)
    }

    /// The indices of the rules whose added part ends `piece`, in no particular
    /// order (what trying `piece.strip_suffix(rule.add)` on every rule finds).
    fn rules_ending<'s>(&'s self, piece: &'s str) -> impl Iterator<Item = usize> + 's {
        // The byte offsets where the piece's last `max_add` letters (and none) start.
        let starts = piece
            .char_indices()
            .map(|(i, _)| i)
            .rev()
            .take(self.max_add)
            .chain([piece.len()]);
        starts
            .filter_map(|i| self.by_add.get(&piece[i..]))
            .flatten()
            .copied()
    }

    /// Every lower-cased stem `word` can come from by one suffix rule, or be, and the
    /// rules that may make it: for every run of its hyphen-separated parts
    /// (`spellbook` breaks words at hyphens), with and without trailing full stops.
    /// `None` for a word of too many parts.
    fn candidates(&self, word: &str) -> Option<(BTreeSet<String>, BTreeSet<usize>)> {
        let mut stems = BTreeSet::new();
        let mut rules = BTreeSet::new();
        let trimmed = word.trim_end_matches('.');
        // (A word without trailing full stops is its own trimmed form: read once.)
        let forms = if trimmed == word {
            &[word][..]
        } else {
            &[word, trimmed][..]
        };
        for &form in forms {
            let parts: Vec<&str> = form.split('-').collect();
            if parts.len() > MAX_PARTS {
                return None;
            }
            for i in 0..parts.len() {
                for j in i..parts.len() {
                    let piece: String = parts[i..=j]
                        .join("-")
                        .chars()
                        .flat_map(char::to_lowercase)
                        .collect();
                    if piece.is_empty() {
                        continue;
                    }
                    for n in self.rules_ending(&piece) {
                        let rule = &self.rules[n];
                        let base = &piece[..piece.len() - rule.add.len()];
                        stems.insert(format!("{base}{}", rule.strip));
                        rules.insert(n);
                    }
                    stems.insert(piece);
                }
            }
        }
        Some((stems, rules))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_dictionaries_load_and_apply_their_affix_rules() {
        // Forms of one stem, reached through the affix rules (not in the .dic as such).
        for w in ["заявил", "заявила", "Заявила", "заявили", "ещё", "еще"]
        {
            assert!(in_dictionary(Lang::Ru, w), "{w}");
        }
        for w in ["заявли", "зявил", "заявилла"] {
            assert!(!in_dictionary(Lang::Ru, w), "{w}");
        }
        assert!(!KK_DIC.contains("\nбардыңыз\n") && !KK_DIC.contains("\nбарды\n"));
        for w in [
            "барады",
            "барды",
            "бардыңыз",
            "келді",
            "келмейді",
            "мектепте",
        ] {
            assert!(in_dictionary(Lang::Kk, w), "{w}");
        }
        for w in ["барыды", "бараыд", "өзгрету"] {
            assert!(!in_dictionary(Lang::Kk, w), "{w}");
        }
    }

    proptest::proptest! {
        /// The rules found by the index of added parts are those found by trying
        /// every rule.
        #[test]
        fn rules_by_ending_are_those_that_strip(w in "[а-яёәғқңөұүһі-]{0,12}") {
            for aff in [RU_AFF, KK_AFF] {
                let g = Grammar::of(aff).expect("a plain one-level suffix grammar");
                let mut fast: Vec<usize> = g.rules_ending(&w).collect();
                fast.sort_unstable();
                let plain: Vec<usize> = (0..g.rules.len())
                    .filter(|&n| w.strip_suffix(g.rules[n].add.as_str()).is_some())
                    .collect();
                proptest::prop_assert_eq!(fast, plain);
            }
        }
    }

    #[test]
    fn both_affix_files_are_plain_suffix_grammars_and_the_lists_are_sorted() {
        for (lang, aff, dic) in [(Lang::Ru, RU_AFF, RU_DIC), (Lang::Kk, KK_AFF, KK_DIC)] {
            let g = Grammar::of(aff).expect("a plain one-level suffix grammar");
            assert!(g.rules.len() > 1_000, "{lang:?}: {} rules", g.rules.len());
            let in_classes: usize = aff
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>())
                .filter(|f| f.len() == 4 && f[0] == "SFX" && matches!(f[2], "Y" | "N"))
                .map(|f| f[3].parse::<usize>().unwrap())
                .sum();
            assert_eq!(g.rules.len(), in_classes, "{lang:?}");
            let mut lines = dic.lines();
            let count: usize = lines.next().unwrap().parse().unwrap();
            let entries: Vec<&str> = lines.collect();
            assert_eq!(entries.len(), count, "{lang:?}");
            for e in &entries {
                assert!(!e.is_empty() && !e.contains(['\\', ' ', '\t']), "{e:?}");
            }
            for w in entries.windows(2) {
                assert!(stem_key(w[0]).cmp(stem_key(w[1])).is_le(), "{w:?}");
            }
        }
    }

    /// Words to judge in a language: forms made by every suffix rule of a sample of
    /// the dictionary's stems (valid or not), the words of some corpus texts, each
    /// in title and upper case too, and one-letter misspellings of them all.
    fn words_to_compare(aff: &str, dic: &str, texts: &[&str]) -> Vec<String> {
        // flag -> (strip, add) of its rules, as written.
        let mut rules: std::collections::BTreeMap<char, Vec<(String, String)>> = Default::default();
        for line in aff.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.first() == Some(&"SFX") && f.len() >= 5 {
                let part = |s: &str| {
                    if s == "0" {
                        String::new()
                    } else {
                        s.to_string()
                    }
                };
                let flag = f[1].chars().next().unwrap();
                rules
                    .entry(flag)
                    .or_default()
                    .push((part(f[2]), part(f[3])));
            }
        }
        let mut words: BTreeSet<String> = BTreeSet::new();
        for line in dic.lines().skip(1).step_by(1_500) {
            let (stem, flags) = line.split_once('/').unwrap_or((line, ""));
            words.insert(stem.to_string());
            for flag in flags.chars() {
                for (strip, add) in rules.get(&flag).into_iter().flatten() {
                    if let Some(base) = stem.strip_suffix(strip.as_str()) {
                        words.insert(format!("{base}{add}"));
                    }
                }
            }
        }
        for text in texts {
            for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                if !w.is_empty() {
                    words.insert(w.to_string());
                }
            }
        }
        let mut out: BTreeSet<String> = BTreeSet::new();
        for (n, w) in words.iter().enumerate() {
            let cs: Vec<char> = w.chars().collect();
            out.insert(w.clone());
            if n % 3 == 0 {
                let mut title: String = cs[0].to_uppercase().collect();
                title.extend(&cs[1..]);
                out.insert(title);
                out.insert(w.to_uppercase());
                out.insert(format!("{w}."));
            }
            if cs.len() < 3 {
                continue;
            }
            let at = 1 + n % (cs.len() - 2);
            let mut swapped = cs.clone();
            swapped.swap(at, at + 1);
            let mut dropped = cs.clone();
            dropped.remove(at);
            let mut doubled = cs.clone();
            doubled.insert(at, cs[at]);
            for m in [swapped, dropped, doubled] {
                out.insert(m.into_iter().collect());
            }
        }
        out.insert("ещё-то".to_string());
        out.insert("кое-что".to_string());
        out.insert("-заявила-".to_string());
        out.into_iter().collect()
    }

    /// The small dictionary built for one word alone judges it as the full one does,
    /// and so does one built for a batch of words.
    #[test]
    fn small_dictionaries_judge_as_the_full_ones() {
        let kk_texts = [
            include_str!("../../tests/fixtures/corpus/ntrex/001_bbc.381790/kk.txt"),
            include_str!("../../tests/fixtures/corpus/ntrex/025_newsweek.51338/kk.txt"),
            include_str!(
                "../../tests/fixtures/corpus/akimat/almaty-oblast-2022-0401-166388/kk.txt"
            ),
        ];
        let ru_texts = [
            include_str!("../../tests/fixtures/corpus/ntrex/001_bbc.381790/ru.txt"),
            include_str!("../../tests/fixtures/corpus/ntrex/025_newsweek.51338/ru.txt"),
            include_str!(
                "../../tests/fixtures/corpus/akimat/almaty-oblast-2022-0401-166388/ru.txt"
            ),
        ];
        for (code, aff, dic, texts) in [
            ("ru", RU_AFF, RU_DIC, &ru_texts),
            ("kk", KK_AFF, KK_DIC, &kk_texts),
        ] {
            let full = spellbook::Dictionary::new(aff, dic).unwrap();
            let lex = Lexicon::new(code, aff, dic);
            let words = words_to_compare(aff, dic, texts);
            let (mut known, mut unknown) = (0, 0);
            for w in &words {
                let mut st = State::default();
                lex.ensure(&mut st, &[w.as_str()]);
                assert!(!st.full, "{code} {w}: the small dictionary was not enough");
                let verdict = full.check(w);
                assert_eq!(st.dict.unwrap().check(w), verdict, "{code} {w}");
                if verdict {
                    known += 1;
                } else {
                    unknown += 1;
                }
            }
            // Both verdicts are well represented.
            assert!(
                known > 2_000 && unknown > 2_000,
                "{code}: {known} known, {unknown} not"
            );
            for batch in words.chunks(25) {
                let batch: Vec<&str> = batch.iter().map(String::as_str).collect();
                let mut st = State::default();
                lex.ensure(&mut st, &batch);
                let dict = st.dict.unwrap();
                for w in batch {
                    assert_eq!(dict.check(w), full.check(w), "{code} {w} (batch)");
                }
            }
        }
    }
}
