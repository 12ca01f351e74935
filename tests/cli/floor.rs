//! The floor under the figures of `examples/check_eval.rs`: the evaluation harness
//! (`examples/common/eval.rs`, shared with the example) run on twelve corpus
//! documents copied into `tests/fixtures/corpus/ntrex`.

#[path = "../../examples/common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "../../examples/common/eval.rs"]
mod eval;
#[path = "../../examples/common/rng.rs"]
mod rng;

use eval::{caught, errors, inject, Defect, Pair, Rng};
use qostil::checks::runner::Checker;
use qostil::checks::Severity;
use qostil::lang::Lang;

use std::path::Path;

/// The twelve documents of the floor (of the corpus fixtures, shared with other tests).
const FLOOR_DOCS: [&str; 12] = [
    "006_dailymail.co.uk.298595",
    "011_dailymail.co.uk.298732",
    "013_newsweek.51331",
    "020_bbc.381780",
    "025_newsweek.51338",
    "046_newsweek.51310",
    "066_upi.176275",
    "069_newsweek.51328",
    "071_bbc.381692",
    "075_scotsman.133758",
    "078_rt.com.91334",
    "099_newsweek.51339",
];

fn fixtures() -> Vec<Pair> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/ntrex");
    FLOOR_DOCS
        .iter()
        .map(|d| Pair::read(&dir.join(d)).unwrap())
        .collect()
}

/// The floor under the figures of `examples/check_eval.rs`, on twelve corpus
/// documents: every kind of injected defect is found at least 90% of the time,
/// and untouched pairs give few error-level findings.
#[test]
fn injected_defects_are_found_and_clean_pairs_stay_quiet() {
    let pairs = fixtures();
    assert_eq!(pairs.len(), 12);
    let checker = Checker::default();
    let clean_errors: usize = pairs.iter().map(|p| errors(&p.check(&checker))).sum();
    assert!(
        clean_errors <= 1,
        "{clean_errors} error-level findings on 12 untouched pairs"
    );
    for defect in Defect::ALL {
        let mut injected = 0;
        let mut found = 0;
        for (i, pair) in pairs.iter().enumerate() {
            for round in 0..4u64 {
                let mut rng = Rng::new(7 + i as u64 * 131 + round * 7919 + defect as u64);
                if let Some(inj) = inject(pair, defect, &mut rng) {
                    injected += 1;
                    if caught(&inj, &inj.pair.check(&checker), Severity::Info) {
                        found += 1;
                    }
                }
            }
        }
        assert!(
            injected >= 10,
            "{}: only {injected} injections",
            defect.name()
        );
        assert!(
            found * 10 >= injected * 9,
            "{}: found {found} of {injected}",
            defect.name()
        );
    }
}

#[test]
fn injections_change_exactly_what_they_say() {
    let pair = &fixtures()[0];
    let mut rng = Rng::new(3);
    let inj = inject(pair, Defect::Lookalike, &mut rng).unwrap();
    let (now, before) = match inj.side {
        Lang::Kk => (&inj.pair.kk, &pair.kk),
        Lang::Ru => (&inj.pair.ru, &pair.ru),
    };
    let changed: Vec<usize> = (0..now.len()).filter(|&i| now[i] != before[i]).collect();
    assert_eq!(changed, vec![inj.index]);
    assert!(now[inj.index].chars().any(|c| c.is_ascii_lowercase()));
    let deleted = inject(pair, Defect::DeletedParagraph, &mut rng).unwrap();
    let side = if deleted.side == Lang::Kk {
        &deleted.pair.kk
    } else {
        &deleted.pair.ru
    };
    assert_eq!(side.len() + 1, pair.kk.len());
}
