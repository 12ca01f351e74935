//! A progress bar on standard error for long runs, and nothing otherwise.

use super::Ui;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Below this many items a run is short enough to need no bar.
const MIN_ITEMS: usize = 500;

/// A progress bar that draws only on a terminal and only for long runs.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    enabled: bool,
}

impl Progress {
    pub fn new(ui: &Ui) -> Progress {
        Progress {
            bar: ProgressBar::hidden(),
            enabled: ui.progress,
        }
    }

    /// Sets the number of items; shows the bar when there are many.
    pub fn start(&self, items: usize) {
        self.bar.set_length(items as u64);
        if self.enabled && items >= MIN_ITEMS {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed}") {
                self.bar.set_style(style);
            }
        }
    }

    pub fn tick(&self) {
        self.bar.inc(1);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// Runs `f` (which prints) with the bar cleared, and draws it again after.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }
}
