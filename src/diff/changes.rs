//! What changed in an article since a sign-off: both versions, paragraph by
//! paragraph and word by word, with the paragraphs of the other version that must
//! be revised. Pure: the texts as signed and as they are now come in as
//! paragraphs (reading them is [`crate::workflow::since`]'s job).

use crate::diff::drift::{self, Change};
use crate::diff::lexicon::Vocabulary;
use crate::lang::Lang;
use crate::segment::Paragraph;

/// The changes of one version.
#[derive(Debug, Clone)]
pub struct SideChanges {
    pub lang: Lang,
    /// The paragraphs as signed.
    pub old: Vec<Paragraph>,
    /// The paragraphs now.
    pub new: Vec<Paragraph>,
    pub changes: Vec<Change>,
}

impl SideChanges {
    /// Whether any change counts (cosmetic ones only when asked to).
    pub fn any(&self, cosmetic_counts: bool) -> bool {
        self.changes
            .iter()
            .any(|c| cosmetic_counts || c.class == crate::diff::words::Class::Substantive)
    }
}

/// Diffs both versions (each as signed, then as now) and points every change at
/// its counterparts in the other version, through the correspondence recorded at
/// sign-off (`beads`, as (kk, ru) paragraph numbers) and each version's own
/// renumbering. `vocab` is the archive's own vocabulary (known words beside the
/// dictionaries). Returns (source, target).
pub fn compare(
    source_lang: Lang,
    [source_old, source_new]: [Vec<Paragraph>; 2],
    [target_old, target_new]: [Vec<Paragraph>; 2],
    beads: &[(Vec<usize>, Vec<usize>)],
    vocab: &dyn Vocabulary,
) -> (SideChanges, SideChanges) {
    let side = |lang: Lang, old: Vec<Paragraph>, new: Vec<Paragraph>| {
        let changes = drift::diff_with(&old, &new, lang, vocab);
        SideChanges {
            lang,
            old,
            new,
            changes,
        }
    };
    let target_lang = source_lang.other();
    let mut source = side(source_lang, source_old, source_new);
    let mut target = side(target_lang, target_old, target_new);
    // The correspondence at sign-off is kept as (kk, ru); orient it per side.
    let oriented = |from: Lang| -> Vec<(Vec<usize>, Vec<usize>)> {
        beads
            .iter()
            .map(|(kk, ru)| {
                if from == Lang::Kk {
                    (kk.clone(), ru.clone())
                } else {
                    (ru.clone(), kk.clone())
                }
            })
            .collect()
    };
    let target_map = drift::map_numbers(&target.old, &target.new, &target.changes);
    let source_map = drift::map_numbers(&source.old, &source.new, &source.changes);
    drift::fill_counterparts(&mut source.changes, &oriented(source_lang), &|n| {
        target_map.get(n)
    });
    drift::fill_counterparts(&mut target.changes, &oriented(target_lang), &|n| {
        source_map.get(n)
    });
    (source, target)
}
