//! `qostil check [ID…]`: do both versions say the same thing? Exit codes, the JSON
//! document, severity filters, the human report, one positive case per check, and
//! the check gate of `approve`.

use crate::support::*;
use serde_json::{json, Value};

/// A six-paragraph kk original with its ru translation (NTREX-128, rt.com.91337; see
/// tests/fixtures/LICENSES.md), the first line made the title.
const MK_KK: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/kk.txt");
const MK_RU: &str = include_str!("../fixtures/corpus/ntrex/002_rt.com.91337/ru.txt");

fn mk_kk() -> String {
    format!("# {MK_KK}")
}

fn mk_ru() -> String {
    format!("# {MK_RU}")
}

/// One sentence pair with a date (NTREX-128, newstest2019 line of the Birmingham
/// conference; see tests/fixtures/LICENSES.md).
const MAY_KK: &str = "Ұлыбританияның Премьер Министрі Тереза Мэй 2018 жылғы 29 қыркүйекте Ұлыбританияның Бирмингем қаласында өткізілген Консервативтік Партияның отырысына келді.";
const MAY_RU: &str = "Премьер-министр Великобритании прибывает на конференцию консервативной партии в Бирмингеме 29 сентября 2018 г.";

/// A text with its paragraphs (blocks between blank lines) rewritten.
fn with_para(text: &str, f: impl FnOnce(&mut Vec<String>)) -> String {
    let mut paras: Vec<String> = text.trim_end().split("\n\n").map(str::to_string).collect();
    f(&mut paras);
    paras.join("\n\n") + "\n"
}

/// A text with one piece replaced, which must be there.
fn sub(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "text lacks {from:?}");
    text.replacen(from, to, 1)
}

fn check_json(a: &Archive, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = a.q(&all).run();
    (out.code, out.json())
}

/// The findings of one article in a check document.
fn findings_of<'a>(doc: &'a Value, id: &str) -> &'a Vec<Value> {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {doc:#}"))["findings"]
        .as_array()
        .unwrap()
}

/// (check, severity, kk paragraph, ru paragraph) of every finding of an article.
fn brief(doc: &Value, id: &str) -> Vec<(String, String, Value, Value)> {
    findings_of(doc, id)
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["kk"]["paragraph"].clone(),
                f["ru"]["paragraph"].clone(),
            )
        })
        .collect()
}

/// The Londonderry article with 19:30 made 19:45 in the Kazakh original.
fn time_changed() -> Archive {
    let a = Archive::new();
    a.article("a", "kk", Some(&sub(KK, "19:30", "19:45")), Some(RU));
    a
}

#[test]
fn exit_0_when_nothing_is_at_error_level() {
    let a = Archive::new();
    a.article("a", "kk", Some(KK), Some(RU));
    let (code, doc) = check_json(&a, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(doc["summary"]["errors"], 0);
    assert_eq!(doc["summary"]["articles"], 1);
    // Only errors asked for: nothing at all.
    a.q(&["check", "--severity", "error"])
        .run()
        .ok()
        .stdout_is("One article checked: 0 errors, 0 warnings, 0 notes.\n");
    // An article given by id, and the same from inside its folder.
    a.q(&["check", "a", "--severity", "error"]).run().ok();
    a.q(&["check", "--severity", "error"])
        .cwd("articles/a")
        .run()
        .ok();
}

#[test]
fn a_number_changed_on_one_side_is_an_error_with_both_texts() {
    let a = time_changed();
    let (code, doc) = check_json(&a, &["--severity", "error"]);
    assert_eq!(code, Some(1));
    let kk3 = "Оқиға Баллинагардта жарты ай түзіп тұрған үйлер қатарында бейсенбіде британдық жазғы уақытпен шамамен 19:45 болған.";
    let ru3 = "Наезд был совершен в четверг около 19:30 по местному времени в районе Баллинагард Кресент.";
    assert_eq!(
        doc,
        json!({
            "articles": [{
                "id": "a",
                "source": "kk",
                "findings": [{
                    "check": "numbers",
                    "severity": "error",
                    "kk": {"paragraph": 3, "text": kk3},
                    "ru": {"paragraph": 3, "text": ru3},
                    "message": "The numbers differ: 19:45 in Kazakh, 19:30 in Russian.",
                }],
            }],
            "summary": {"articles": 1, "errors": 1, "warnings": 0, "infos": 0},
        })
    );
    // The paragraph numbers are those `show` prints.
    a.q(&["show", "a"])
        .run()
        .ok()
        .stdout_has(&format!("kk ¶3 {kk3}\n"))
        .stdout_has(&format!("ru ¶3 {ru3}\n"));
    // The human report marks the numbers that differ.
    a.q(&["check", "a", "--severity", "error"])
        .run()
        .code(1)
        .stdout_is(
            "a (kk → ru)\n  \
             error [numbers] The numbers differ: 19:45 in Kazakh, 19:30 in Russian.\n      \
             kk ¶3 Оқиға Баллинагардта жарты ай түзіп тұрған үйлер қатарында бейсенбіде британдық жазғы уақытпен шамамен ⟦19:45⟧ болған.\n      \
             ru ¶3 Наезд был совершен в четверг около ⟦19:30⟧ по местному времени в районе Баллинагард Кресент.\n\
             \n\
             One article checked: one error, 0 warnings, 0 notes.\n",
        );
}

#[test]
fn a_paragraph_deleted_on_one_side_is_an_error() {
    let a = Archive::new();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/newsroom/articles/2026/londonderry-arrests");
    let kk = std::fs::read_to_string(fixture.join("kk.md")).unwrap();
    let ru = std::fs::read_to_string(fixture.join("ru.md")).unwrap();
    let ru = with_para(&ru, |p| {
        p.remove(2);
    });
    a.article("a", "kk", Some(&kk), Some(&ru));
    let (code, doc) = check_json(&a, &[]);
    assert_eq!(code, Some(1));
    let paragraphs: Vec<&Value> = findings_of(&doc, "a")
        .iter()
        .filter(|f| f["check"] == "paragraphs")
        .collect();
    assert_eq!(paragraphs.len(), 1, "{doc:#}");
    let f = paragraphs[0];
    assert_eq!(f["severity"], "error");
    assert_eq!(f["kk"]["paragraph"], 3);
    assert!(f["kk"]["text"].as_str().unwrap().contains("19:30"));
    // The Russian side shows where the missing paragraph belongs: after ¶2.
    assert_eq!(f["ru"]["paragraph"], 2);
    assert_eq!(
        f["message"],
        "Kazakh paragraph 3 has no counterpart in the Russian version."
    );
}

#[test]
fn severity_filters_hide_infos_then_warnings() {
    let a = Archive::new();
    a.article("m", "kk", Some(&mk_kk()), Some(&mk_ru()));
    a.article("t", "kk", Some(&sub(KK, "19:30", "19:45")), Some(RU));
    let severities = |doc: &Value| -> Vec<String> {
        let mut s: Vec<String> = doc["articles"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|a| a["findings"].as_array().unwrap().iter())
            .map(|f| f["severity"].as_str().unwrap().to_string())
            .collect();
        s.sort();
        s.dedup();
        s
    };
    let (code, all) = check_json(&a, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(severities(&all), ["error", "info", "warning"]);
    // The quotation in ru ¶4 has none in kk ¶4: an info.
    assert!(brief(&all, "m").contains(&("quotes".into(), "info".into(), json!(4), json!(4))));
    let s = &all["summary"];
    assert_eq!(s["articles"], 2);
    assert!(s["errors"].as_u64().unwrap() >= 1 && s["infos"].as_u64().unwrap() >= 1);

    let (code, warn) = check_json(&a, &["--severity", "warning"]);
    assert_eq!(code, Some(1));
    assert_eq!(severities(&warn), ["error", "warning"]);
    assert_eq!(warn["summary"]["infos"], 0);
    assert_eq!(warn["summary"]["warnings"], s["warnings"]);
    assert_eq!(warn["summary"]["errors"], s["errors"]);

    let (code, err) = check_json(&a, &["--severity", "error"]);
    assert_eq!(code, Some(1));
    assert_eq!(severities(&err), ["error"]);
    assert_eq!(
        err["summary"],
        json!({"articles": 2, "errors": s["errors"], "warnings": 0, "infos": 0})
    );
    // An article with nothing left is still listed in JSON, with no findings.
    assert_eq!(findings_of(&err, "m"), &Vec::<Value>::new());

    // The human report lists only articles with findings, each under its header.
    let out = a.q(&["check"]).run().code(1);
    assert!(out.stdout.starts_with("m (kk → ru)\n"), "{}", out.stdout);
    assert!(out.stdout.contains("\n\nt (kk → ru)\n"), "{}", out.stdout);
    assert!(out.stdout.contains("  info [quotes] "), "{}", out.stdout);
    let out = a.q(&["check", "--severity", "error"]).run().code(1);
    assert!(out.stdout.starts_with("t (kk → ru)\n"), "{}", out.stdout);
    assert!(!out.stdout.contains("m (kk → ru)"), "{}", out.stdout);
}

#[test]
fn exit_2_when_an_article_cannot_be_checked_but_the_rest_still_is() {
    let a = time_changed();
    a.article("b", "ru", Some(KK), Some(RU));
    a.write("articles/broken/article.toml", "source = \"kk\"\ndate = \n");
    a.write("articles/broken/kk.md", KK);

    // Everything: the broken article is named, the others are checked.
    let out = a.q(&["check", "--format", "json"]).run().failed();
    assert!(
        out.stderr.contains("articles/broken/article.toml"),
        "{}",
        out.stderr
    );
    let doc = out.json();
    assert_eq!(ids(&doc), ["a", "b"]);
    assert_eq!(doc["summary"]["articles"], 2);
    assert!(doc["summary"]["errors"].as_u64().unwrap() >= 1);

    let out = a.q(&["check", "--severity", "error"]).run().failed();
    assert!(out.stdout.contains("error [numbers]"), "{}", out.stdout);
    assert!(
        out.stdout
            .ends_with("2 articles checked: one error, 0 warnings, 0 notes.\n"),
        "{}",
        out.stdout
    );

    // An unknown id among known ones.
    let out = a
        .q(&["check", "nope", "b", "--severity", "error"])
        .run()
        .failed();
    assert_eq!(out.stderr, "error: no article \"nope\" in articles/\n");
    assert_eq!(
        out.stdout,
        "One article checked: 0 errors, 0 warnings, 0 notes.\n"
    );
    // Only the broken one.
    a.q(&["check", "broken"])
        .run()
        .failed()
        .stderr_has("articles/broken/article.toml");
}

/// Which check fires on which defect, one article each.
struct Case {
    id: &'static str,
    kk: String,
    ru: String,
    check: &'static str,
    severity: &'static str,
    kk_para: Value,
    ru_para: Value,
    message: &'static str,
}

#[test]
fn every_check_has_a_positive_case() {
    let kk = mk_kk();
    let ru = mk_ru();
    let cases = vec![
        Case {
            id: "numbers",
            kk: sub(KK, "33, 34 және 39", "33, 34 және 38"),
            ru: RU.to_string(),
            check: "numbers",
            severity: "error",
            kk_para: json!(2),
            ru_para: json!(2),
            message: "The numbers differ: 38 in Kazakh, 39 in Russian.",
        },
        Case {
            id: "dates",
            kk: with_para(&kk, |p| p.insert(2, MAY_KK.into())),
            ru: with_para(&ru, |p| {
                p.insert(2, MAY_RU.replace("29 сентября", "28 сентября"))
            }),
            check: "dates",
            severity: "error",
            kk_para: json!(3),
            ru_para: json!(3),
            message: "The dates differ: 2018 жылғы 29 қыркүйекте in Kazakh, 28 сентября 2018 г. in Russian.",
        },
        Case {
            id: "latin",
            kk: sub(&kk, "ұйымдастырылды.", "ұйымдастырылды. https://www.referendum.mk"),
            ru: ru.clone(),
            check: "latin",
            severity: "error",
            kk_para: json!(3),
            ru_para: json!(3),
            message: "The address https://www.referendum.mk is missing from the Russian version.",
        },
        Case {
            id: "names",
            kk: KK.to_string(),
            ru: RU.to_string(),
            check: "names",
            severity: "warning",
            kk_para: json!(2),
            ru_para: json!(2),
            message: "The name is spelled differently: Лондондерри in the Kazakh text, Лондонберри in the Russian text.",
        },
        Case {
            id: "lookalike",
            // A Latin `a` inside a Cyrillic word.
            kk: sub(&kk, "Македония деп", "Мaкедония деп"),
            ru: ru.clone(),
            check: "lookalike",
            severity: "warning",
            kk_para: json!(3),
            ru_para: json!(null),
            message: "The word Мaкедония has a Latin letter (a) that looks like a Cyrillic one; type а instead.",
        },
        Case {
            id: "language",
            // ru ¶3 left in Russian inside kk.md, trimmed a little.
            kk: with_para(&kk, |p| {
                p[2] = "Всенародное голосование призвано разрешить многолетний спор с соседней Грецией, в которой есть своя провинция.".into()
            }),
            ru: ru.clone(),
            check: "language",
            severity: "error",
            kk_para: json!(3),
            ru_para: json!(null),
            message: "This paragraph of the Kazakh version is written in Russian.",
        },
        Case {
            id: "untranslated",
            // kk ¶4 copied into ru.md.
            kk: kk.clone(),
            ru: with_para(&ru, |p| p[3] = kk.trim_end().split("\n\n").nth(3).unwrap().into()),
            check: "untranslated",
            severity: "error",
            kk_para: json!(4),
            ru_para: json!(4),
            message: "Both versions have the same Kazakh text (100% the same): the Russian version was not translated.",
        },
        Case {
            id: "quotes",
            kk: kk.clone(),
            ru: ru.clone(),
            check: "quotes",
            severity: "info",
            kk_para: json!(4),
            ru_para: json!(4),
            message: "The number of quoted passages differs: 0 in Kazakh, 1 in Russian.",
        },
        Case {
            id: "length",
            // ru ¶4 cut off in the middle of its sentence.
            kk: kk.clone(),
            ru: with_para(&ru, |p| {
                p[3] = "Правительство Греции давно настаивало на том, что наименование «Республика Македония» предполагает территориальные претензии".into()
            }),
            check: "length",
            severity: "error",
            kk_para: json!(4),
            ru_para: json!(4),
            message: "The Russian text looks cut off: it is 68% of the length the Kazakh text predicts.",
        },
        Case {
            id: "paragraphs",
            kk: kk.clone(),
            ru: with_para(&ru, |p| {
                p.pop();
            }),
            check: "paragraphs",
            severity: "error",
            kk_para: json!(6),
            ru_para: json!(5),
            message: "Kazakh paragraph 6 has no counterpart in the Russian version.",
        },
        Case {
            id: "glossary",
            // glossary.toml below pairs НАТО with «Североатлантический альянс».
            kk: kk.clone(),
            ru: ru.clone(),
            check: "glossary",
            severity: "warning",
            kk_para: json!(4),
            ru_para: json!(4),
            message: "The Kazakh text uses the glossary term “НАТО”, but the Russian text does not use its pair “Североатлантический альянс”.",
        },
        Case {
            id: "credits",
            // Signed by Дамир below, but the text credits Айгерім.
            kk: kk.clone() + "\nАударған: Айгерім Сапарова\n",
            ru: ru.clone() + "\nПеревод: Айгерім Сапарова\n",
            check: "credits",
            severity: "error",
            kk_para: json!(null),
            ru_para: json!(7),
            message: "The text credits Айгерім Сапарова as translator, but the ledger says Дамир Омаров signed the translation.",
        },
        Case {
            id: "empty",
            kk: kk.clone(),
            ru: sub(&ru, "Всенародное голосование", "TODO Всенародное голосование"),
            check: "empty",
            severity: "warning",
            kk_para: json!(null),
            ru_para: json!(3),
            message: "A placeholder was left in the text: TODO",
        },
    ];
    let a = Archive::new();
    for c in &cases {
        a.article(c.id, "kk", Some(&c.kk), Some(&c.ru));
    }
    a.q(&["sign", "credits"]).by(DAMIR).run().ok();
    a.write(
        "glossary.toml",
        "[[term]]\nkk = \"НАТО\"\nru = \"Североатлантический альянс\"\n",
    );
    let (code, doc) = check_json(&a, &[]);
    assert_eq!(code, Some(1));
    for c in &cases {
        let found = findings_of(&doc, c.id).iter().find(|f| {
            f["check"] == c.check
                && f["kk"]["paragraph"] == c.kk_para
                && f["ru"]["paragraph"] == c.ru_para
        });
        let Some(f) = found else {
            panic!(
                "{}: no {} finding at kk {} / ru {}: {:#?}",
                c.id,
                c.check,
                c.kk_para,
                c.ru_para,
                brief(&doc, c.id)
            );
        };
        assert_eq!(f["severity"], c.severity, "{}: {f:#}", c.id);
        assert_eq!(f["message"], c.message, "{}: {f:#}", c.id);
        // Evidence text is the paragraph's text, or null when that side has none.
        for lang in ["kk", "ru"] {
            assert!(
                f[lang].is_null() || f[lang]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{}: {f:#}",
                c.id
            );
        }
    }
    // Every check id has its case.
    let mut covered: Vec<&str> = cases.iter().map(|c| c.check).collect();
    covered.sort();
    covered.dedup();
    assert_eq!(covered.len(), 13);
    // The glossary check is silent without a glossary.
    a.remove("glossary.toml");
    let (_, doc) = check_json(&a, &["glossary"]);
    assert!(!brief(&doc, "glossary").iter().any(|f| f.0 == "glossary"));
}

#[test]
fn a_sentence_left_in_the_other_language_is_a_warning_quoting_it() {
    // kk ¶4 translates the first half of ru ¶4 and keeps its second half in Russian;
    // ru ¶2 keeps a short sentence of kk ¶2 copied untranslated.
    let kept = "Оно неоднократно высказывалось против вступления своего северного соседа в Евросоюз и НАТО.";
    let kk4 = format!(
        "Грекия үкіметі «Македония Республикасы» атауы грек провинциясына аумақтық талап білдіреді деп бұрыннан бері айтып келеді. {kept}"
    );
    let copied = "Бұл маңызды шешім болмақ.";
    let kk = with_para(&mk_kk(), |p| {
        p[1] = format!("{} {copied}", p[1]);
        p[3] = kk4.clone();
    });
    let ru = with_para(&mk_ru(), |p| p[1] = format!("{} {copied}", p[1]));
    let a = Archive::new();
    a.article("mk", "ru", Some(&kk), Some(&ru));
    let (_, doc) = check_json(&a, &[]);
    let ru2 = ru.split("\n\n").nth(1).unwrap().trim_end().to_string();
    let ours: Vec<&Value> = findings_of(&doc, "mk")
        .iter()
        .filter(|f| f["check"] == "language" || f["check"] == "untranslated")
        .collect();
    assert_eq!(
        ours,
        vec![
            &json!({
                "check": "untranslated",
                "severity": "warning",
                "kk": null,
                "ru": {"paragraph": 2, "text": ru2},
                "message": format!("A sentence of this Russian paragraph is copied from the Kazakh version, untranslated: “{copied}”"),
            }),
            &json!({
                "check": "language",
                "severity": "warning",
                "kk": {"paragraph": 4, "text": kk4},
                "ru": null,
                "message": format!("A sentence of this Kazakh paragraph is in Russian: “{kept}”"),
            }),
        ]
    );
    // The human report marks the sentence inside its paragraph (the start of a
    // long paragraph elided), in every language.
    a.q(&["check", "mk"])
        .run()
        .stdout_has(&format!(
            "  warning [language] A sentence of this Kazakh paragraph is in Russian: “{kept}”\n      kk ¶4 …"
        ))
        .stdout_has(&format!("деп бұрыннан бері айтып келеді. ⟦{kept}⟧\n"));
    a.q(&["check", "mk", "--lang", "kk"])
        .run()
        .stdout_has(&format!(
            "Қазақша нұсқаның осы абзацындағы бір сөйлем орысша жазылған: «{kept}»"
        ));
    a.q(&["check", "mk", "--lang", "ru"]).run().stdout_has(&format!(
        "Одно предложение этого абзаца русской версии скопировано из казахской версии без перевода: «{copied}»"
    ));
}

#[test]
fn messages_come_out_in_kazakh_and_russian() {
    let a = time_changed();
    a.q(&["check", "--severity", "error", "--lang", "kk"])
        .run()
        .code(1)
        .stdout_has("  қате [numbers] Сандар сәйкес емес: қазақшада 19:45, орысшада 19:30.\n")
        .stdout_has("1 мақала тексерілді: 1 қате, 0 ескерту, 0 мәлімет.\n");
    a.q(&["check", "--severity", "error", "--lang", "ru"])
        .run()
        .code(1)
        .stdout_has(
            "  ошибка [numbers] Числа не совпадают: 19:45 в казахской версии, 19:30 в русской.\n",
        )
        .stdout_has("Проверена 1 статья: 1 ошибка, 0 предупреждений, 0 замечаний.\n");
    // JSON messages follow the language too; check ids and severities do not.
    let doc = a
        .q(&["check", "--format", "json", "--severity", "error"])
        .env("QOSTIL_LANG", "kk")
        .run()
        .code(1)
        .json();
    let f = &doc["articles"][0]["findings"][0];
    assert_eq!(f["check"], "numbers");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["message"],
        "Сандар сәйкес емес: қазақшада 19:45, орысшада 19:30."
    );
}

// approve is gated by check ---------------------------------------------------------

#[test]
fn approve_is_refused_while_check_finds_errors_unless_forced_with_a_note() {
    let a = Archive::new();
    // Two errors: a time and an age changed in the translation.
    a.article(
        "a",
        "kk",
        Some(KK),
        Some(&sub(&sub(RU, "19:30", "19:35"), "39 лет", "29 лет")),
    );
    // (sign runs the same checks: the translator overrules them, saying why.)
    a.q(&["sign", "a", "--force", "--note", "Редактор шешсін"])
        .by(DAMIR)
        .run()
        .ok();
    let (code, doc) = check_json(&a, &["a", "--severity", "error"]);
    assert_eq!(code, Some(1));
    assert_eq!(doc["summary"]["errors"], 2);

    let before = a.snapshot();
    a.q(&["approve", "a"]).by(MARIA).run().failed().stderr_is(
        "error: a: the checks found 2 errors; fix them, or approve with --force --note \"why\"\n",
    );
    a.q(&["approve", "a", "--note", "Бәрі дұрыс."])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("the checks found 2 errors");
    a.q(&["approve", "a", "--force"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_is("error: --force needs --note \"why\"\n");
    a.q(&["approve", "a", "--force", "--note", "  "])
        .by(MARIA)
        .run()
        .failed();
    assert_eq!(a.snapshot(), before, "a refused approve wrote something");
    assert_eq!(a.state("a"), "translated");

    let note = "Уақыт пен жасты автор растады.";
    a.q(&["approve", "a", "--force", "--note", note])
        .by(MARIA)
        .run()
        .ok()
        .stdout_is("a: approved.\n");
    assert_eq!(a.state("a"), "approved");
    let last = a.log("a").last().unwrap().clone();
    assert_eq!(last["action"], "approved");
    assert_eq!(last["by"], MARIA);
    assert_eq!(last["note"], note);
    assert!(a.read("articles/a/ledger.toml").contains(note));

    // Once the errors are fixed, no force is needed.
    let b = Archive::new();
    b.article("b", "kk", Some(KK), Some(&sub(RU, "19:30", "19:35")));
    b.q(&["sign", "b", "--force", "--note", "Редактор шешсін"])
        .by(DAMIR)
        .run()
        .ok();
    b.q(&["approve", "b"])
        .by(MARIA)
        .run()
        .failed()
        .stderr_has("the checks found one error");
    b.write("articles/b/ru.md", RU);
    b.q(&["approve", "b"]).by(MARIA).run().ok();
    assert_eq!(b.state("b"), "approved");
}
