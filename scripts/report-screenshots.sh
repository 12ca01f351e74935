#!/usr/bin/env bash
# Screenshots of `qostil report` for the README: the index and an article page of
# the sample archive, at 1280 px, by headless Chromium (Debian's `chromium`).
#
# Usage, from the repository root:  scripts/report-screenshots.sh
# Writes docs/report-index.png and docs/report-article.png.
set -euo pipefail
[[ -f Cargo.toml && -d src ]] || { echo "run me from the repository root" >&2; exit 2; }
CHROMIUM=${QOSTIL_CHROMIUM:-chromium}
command -v "$CHROMIUM" >/dev/null || { echo "no $CHROMIUM: apt-get install chromium" >&2; exit 2; }
cargo build --quiet --bin qostil
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
QOSTIL_LANG=en target/debug/qostil report --out "$work/site" 2>/dev/null
mkdir -p docs
shot() { # PAGE OUT WIDTH HEIGHT
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$work/profile" --window-size="$3,$4" \
        --screenshot="$2" "file://$work/site/$1" >/dev/null 2>&1
}
shot index.html docs/report-index.png 1280 760
shot articles/2026/china-hiv-cases.html docs/report-article.png 1280 900
ls -l docs/report-*.png
