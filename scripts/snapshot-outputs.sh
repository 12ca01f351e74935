#!/usr/bin/env bash
# Writes what every read-only command prints, human and JSON, for every article of an
# archive, into one folder: run it before and after a refactoring and `diff -r` the two
# folders to show the outputs are byte-identical.
#
# Usage, from the repository root:
#     scripts/snapshot-outputs.sh ARCHIVE OUT [QOSTIL]
# ARCHIVE is an archive root (holding qostil.toml and articles/); OUT must not exist.
# The clock is fixed (QOSTIL_NOW) and the environment cleared, so two runs agree.
set -euo pipefail
archive=$1
out=$2
qostil=$(realpath "${3:-target/release/qostil}")
[[ ! -e $out ]] || { echo "snapshot-outputs: $out exists" >&2; exit 2; }
mkdir -p "$out"
out=$(realpath "$out")
cd "$archive"
q() {
    local name=$1
    shift
    env -i PATH="$PATH" QOSTIL_NOW=2026-12-01T12:00:00+05:00 QOSTIL_LANG=en \
        "$qostil" "$@" >"$out/$name.out" 2>"$out/$name.err" && echo 0 >"$out/$name.rc" ||
        echo $? >"$out/$name.rc"
}
q status status
q status-all status --all
q status-json status --format json
q check check
q check-json check --format json
q log log
q log-json log --format json
# Article ids: folders below articles/ holding an article.toml.
find articles -name article.toml -printf '%h\n' | sed 's#^articles/##' | sort |
    while read -r id; do
        f=${id//\//_}
        q "diff.$f" diff "$id"
        q "diff-json.$f" diff "$id" --format json
        q "show.$f" show "$id"
        q "show-json.$f" show "$id" --format json
        q "log.$f" log "$id"
        q "log-json.$f" log "$id" --format json
    done
