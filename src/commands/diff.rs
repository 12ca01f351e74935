//! `qostil diff ID`: what changed in each version since the last sign-off.

use crate::cli::{DiffArgs, Format};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::report::diff as print;
use crate::store::ledger;
use crate::workflow::since;

pub fn run(cx: &mut Context, args: &DiffArgs) -> Result<Outcome> {
    let archive = cx.archive()?;
    let article = archive.article(&args.id)?;
    article.read_original()?;
    let entries = ledger::read(&article.dir.join(ledger::FILE_NAME))?;
    let signoff = since::select_signoff(
        &article.id,
        &entries,
        args.since.as_deref(),
        cx.world.real_now(),
    )?;
    let diff = since::changes_since(&article, signoff)?;
    for lost in &diff.lost {
        print::lost(&cx.ui, lost);
    }
    match args.format {
        Format::Json => cx.ui.json(&print::json(&article.id, &diff)),
        Format::Human => print::human(&cx.ui, &article.id, &diff),
    }
    Ok(Outcome::Clean)
}
