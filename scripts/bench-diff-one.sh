#!/usr/bin/env bash
# Benchmark of `qostil diff` of one article on a large generated archive: no edit, a
# word-form edit the dictionaries judge, and a typo whose verdict needs the archive's
# own vocabulary (the dictionaries do not know the misspelt form), in kk and in ru.
#
# Usage, from the repository root:
#     cargo run --release --example gen_archive -- target/bench-10k 10000
#     scripts/bench-diff-one.sh target/bench-10k [RUNS]       # RUNS defaults to 50
# Prints, per case, the mean and standard deviation of the wall time of RUNS runs
# (each a fresh process) and the verdict, so a change of class would show.
# Target (issue 10): every case under 10 ms on a 10k archive.
# The edited article's text is restored afterwards (also on interruption).
set -euo pipefail
QOSTIL=${QOSTIL:-target/release/qostil}
[[ -f Cargo.toml && -d src ]] || { echo "bench-diff-one: run me from the repository root" >&2; exit 2; }
archive=${1:?usage: scripts/bench-diff-one.sh ARCHIVE [RUNS]}
runs=${2:-50}
[[ -f $archive/.bench-archive ]] || { echo "bench-diff-one: $archive is not a gen_archive archive" >&2; exit 2; }
if [[ $QOSTIL == target/release/qostil ]]; then cargo build --release --quiet --bin qostil; fi
QOSTIL=$(realpath "$QOSTIL")
cd "$archive"
export LC_ALL=C.UTF-8
unset QOSTIL_ROOT QOSTIL_LANG
# An old article of each source language (the newest ones are the vocabulary's).
ru_id=2016/0000006
kk_id=2016/0000000
saved=$(mktemp -d)
cp "articles/$ru_id/ru.md" "$saved/ru.md"
cp "articles/$kk_id/kk.md" "$saved/kk.md"
restore() {
    cp "$saved/ru.md" "articles/$ru_id/ru.md"
    cp "$saved/kk.md" "articles/$kk_id/kk.md"
}
trap 'restore; rm -rf "$saved"' EXIT

# case NAME ID LANG OLD NEW: replace the first whole OLD by NEW, time RUNS diffs.
case_() {
    local name=$1 id=$2 lang=$3 old=$4 new=$5
    restore
    if [[ -n $old ]]; then
        perl -CSD -Mutf8 -i -pe "BEGIN { \$d = 0 } if (!\$d && s/(?<!\\w)\Q$old\E(?!\\w)/$new/) { \$d = 1 }" \
            "articles/$id/$lang.md"
        cmp -s "articles/$id/$lang.md" "$saved/$lang.md" && { echo "bench-diff-one: $old not in $id" >&2; exit 1; }
    fi
    local verdict
    verdict=$("$QOSTIL" --lang en diff --format json "$id" | grep -o '"reason": *"[a-z-]*"' | sort -u | tr '\n' ' ' || true)
    "$QOSTIL" diff "$id" >/dev/null # warm the page cache
    local times=()
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(date +%s%N)
        "$QOSTIL" diff "$id" >/dev/null || true
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | awk -v name="$name" -v v="${verdict:-none}" '
        { s += $1; q += $1 * $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 }
        END { m = s / NR; sd = sqrt(q / NR - m * m)
              printf "%-26s mean %6.2f ms  sd %5.2f  min %6.2f  max %6.2f  (%d runs)  %s\n",
                     name, m / 1000, sd / 1000, lo / 1000, hi / 1000, NR, v }'
}

case_ "ru no edit" "$ru_id" ru "" ""
case_ "ru word-form (zayavil>a)" "$ru_id" ru заявил заявила
case_ "ru typo (vocabulary)" "$ru_id" ru заявил зяавил
case_ "kk no edit" "$kk_id" kk "" ""
case_ "kk word-form (beredi>berdi)" "$kk_id" kk береді берді
case_ "kk typo (vocabulary)" "$kk_id" kk мүмкіндік мүкміндік
