#!/usr/bin/env bash
# Benchmark of `qostil status`, `qostil check` (JSON and human), and of `qostil sign`
# and `qostil diff` of one article, over large generated archives, against `cat`
# over the files status reads.
#
# Usage, from the repository root:
#     scripts/bench-status.sh                 # 10,000 and 100,000 articles
#     scripts/bench-status.sh 2000 50000      # other sizes
#
# Environment:
#     QOSTIL_BENCH_EDITED=10   percentage of articles edited after sign-off
#     QOSTIL_BENCH_RUNS=3      timed runs of each command (best and median shown)
#     QOSTIL_BENCH_CHECK_RUNS  timed runs of each `check` (default: RUNS up to 20,000
#                              articles, 1 above: a 100k check takes minutes)
#     QOSTIL_BENCH_CHECK=0     leave `check` out
#     QOSTIL_BENCH_DIR=DIR     where to generate (default target/bench-archive-N;
#                              with several sizes, DIR-N)
#     QOSTIL_BENCH_CLEAN=1     delete each generated archive when done
#
# An archive is generated once by examples/gen_archive.rs (100k articles: about
# 6 GB and a few minutes) and reused while its size and edit percentage stay the same.
# Every command is run once untimed first, so the page cache is warm: the figures
# measure qostil's own work, not the disk (`check` is not run untimed first: it
# reads the files status reads, and the ledgers, which status reads too). Targets
# (issues): status over 100k articles within 3x the time of cat, peak RSS under
# 200 MB; sign of one article independent of the archive's size; check within 8x
# the time of cat, peak RSS under 200 MB; diff of one article in milliseconds.
set -euo pipefail

EDITED=${QOSTIL_BENCH_EDITED:-10}
RUNS=${QOSTIL_BENCH_RUNS:-3}
QOSTIL=${QOSTIL:-target/release/qostil}
GEN=target/release/examples/gen_archive
TIME=/usr/bin/time
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)

die() {
    printf 'bench-status: %s\n' "$*" >&2
    exit 2
}
[[ -f Cargo.toml && -d src ]] || die "run me from the repository root"
[[ -x $TIME ]] || die "$TIME (GNU time) is needed for peak memory"

cargo build --release --quiet --bin qostil --example gen_archive

# now_ns: a monotonic-enough wall clock in nanoseconds.
now_ns() { date +%s%N; }

# stats SECONDS...: "best median" of the given timings.
stats() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.3f %.3f\n", v[1], m }'
}

# timed CMD...: runs CMD (output discarded) and prints its wall time in seconds, its
# peak RSS in KB and its CPU time (user + system, children included) in seconds.
timed() {
    local t0 t1 rss_file
    rss_file=$(mktemp)
    t0=$(now_ns)
    "$TIME" -f '%M %U %S' -o "$rss_file" "$@" >/dev/null || true
    t1=$(now_ns)
    printf '%s %s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')" \
        "$(tail -n 1 "$rss_file" | awk '{ printf "%s %.2f", $1, $2 + $3 }')"
    rm -f "$rss_file"
}

# bench NAME CMD...: a warm-up run, then RUNS timed runs. Sets BEST, MEDIAN (wall
# seconds), CPU (CPU seconds of the best run) and RSS_MB (peak over the runs).
# WARM=0 skips the warm-up run; RUNS=k before the call overrides the count.
bench() {
    local name=$1
    shift
    [[ ${WARM:-1} == 0 ]] || "$@" >/dev/null || true
    local times=() cpus=() rss=0 t r c
    for _ in $(seq "$RUNS"); do
        read -r t r c < <(timed "$@")
        times+=("$t")
        cpus+=("$c")
        ((r > rss)) && rss=$r
    done
    read -r BEST MEDIAN < <(stats "${times[@]}")
    CPU=$(stats "${cpus[@]}" | awk '{ printf "%.2f", $1 }')
    RSS_MB=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
    printf '  %-28s best %7.3f s  median %7.3f s  CPU %6s s  peak RSS %7s MB  (wall: %s)\n' \
        "$name" "$BEST" "$MEDIAN" "$CPU" "$RSS_MB" "${times[*]}" >&2
}

# cat_all DIR: reads every file status reads (article.toml, kk.md, ru.md, ledger.toml,
# qostil.toml), not the stored texts in history/, which status never opens.
cat_all() {
    find "$1" -name history -prune -o -type f \( -name '*.md' -o -name '*.toml' \) -print0 \
        | xargs -0 cat
}

# sign_once DIR ID BY: signs one article, then puts its ledger and history back so
# every run does the same work and the archive stays as generated.
sign_once() {
    local dir=$1 id=$2 by=$3 art="$1/articles/$2"
    cp "$art/ledger.toml" "$art/.ledger.bench"
    ls "$art/history" >"$art/.history.bench"
    local rc=0
    "$QOSTIL" -C "$dir" --lang en sign "$id" --by "$by" >/dev/null || rc=$?
    mv "$art/.ledger.bench" "$art/ledger.toml"
    for f in "$art"/history/*; do
        grep -qxF "${f##*/}" "$art/.history.bench" || rm -f "$f"
    done
    rm -f "$art/.history.bench"
    return "$rc"
}
export -f sign_once
export QOSTIL

table=()
generated=()
for n in "${sizes[@]}"; do
    if [[ -n ${QOSTIL_BENCH_DIR:-} ]]; then
        dir=$QOSTIL_BENCH_DIR
        [[ ${#sizes[@]} -gt 1 ]] && dir="$dir-$n"
    else
        dir=target/bench-archive-$n
    fi
    printf '\n== %s articles (%s%% edited) in %s\n' "$n" "$EDITED" "$dir" >&2
    if [[ ! -f $dir/.bench-archive ]]; then
        need_kb=$((n * 70))
        free_kb=$(df -Pk "$(dirname "$dir")" | awk 'NR == 2 { print $4 }')
        ((free_kb > need_kb * 12 / 10)) \
            || die "about $((need_kb / 1024)) MB needed in $(dirname "$dir"), $((free_kb / 1024)) MB free"
        generated+=("$dir")
    fi
    t0=$(now_ns)
    "$GEN" "$dir" "$n" --edited "$EDITED" >&2
    gen_s=$(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    files=$(find "$dir" -name history -prune -o -type f \( -name '*.md' -o -name '*.toml' \) -print | wc -l)
    mb=$(cat_all "$dir" | wc -c | awk '{ printf "%.0f", $1 / 1e6 }')
    printf '  %s files status reads, %s MB\n' "$files" "$mb" >&2

    bench "cat" bash -c 'find "$1" -name history -prune -o -type f \( -name "*.md" -o -name "*.toml" \) -print0 | xargs -0 cat' _ "$dir"
    cat_best=$BEST cat_cpu=$CPU
    bench "status --format json" "$QOSTIL" -C "$dir" --lang en status --format json
    json_best=$BEST json_med=$MEDIAN json_rss=$RSS_MB json_cpu=$CPU
    bench "status (human)" "$QOSTIL" -C "$dir" --lang en status
    human_best=$BEST human_rss=$RSS_MB

    # Sign one article that was edited after its sign-off, as its translator. (JSON
    # keys come sorted: an article's "by" comes before its "id".)
    edited_json=$(mktemp)
    "$QOSTIL" -C "$dir" status --format json --state edited >"$edited_json" || true
    # The first of them (up to 50) whose checks find no error: its sign runs the
    # checks and writes its entry, as a translator's does. (The generated texts
    # are shuffled sentences: some articles have errors, and their sign is refused.)
    # JSON keys come sorted: each article's "by" comes before its "id".
    id="" by="" tried=0
    cand_by=""
    while IFS= read -r line; do
        value=$(sed 's/.*"\([^"]*\)"$/\1/' <<<"$line")
        case $line in
        '"by"'*) cand_by=$value ;;
        '"id"'*)
            ((tried += 1))
            if [[ -n $cand_by ]] && "$QOSTIL" -C "$dir" check "$value" >/dev/null 2>&1; then
                id=$value by=$cand_by
                break
            fi
            ((tried < 50)) || break
            ;;
        esac
    done < <(grep -o '"by": *"[^"]*"\|"id": *"[^"]*"' "$edited_json")
    rm -f "$edited_json"
    [[ -n $id && -n $by ]] || die "no edited article without errors in $dir to sign (generate with QOSTIL_BENCH_EDITED > 0)"
    bench "sign $id" bash -c 'sign_once "$@"' _ "$dir" "$id" "$by"
    sign_best=$BEST sign_med=$MEDIAN

    sign_ms=$(awk -v s="$sign_best" 'BEGIN { printf "%.0f", s * 1000 }')

    # diff of one article whose original was edited after sign-off (stale).
    stale_json=$(mktemp)
    "$QOSTIL" -C "$dir" status --format json --state stale >"$stale_json" || true
    stale_id=$(grep -m 1 -o '"id": *"[^"]*"' "$stale_json" | sed 's/.*"\([^"]*\)"$/\1/' || true)
    rm -f "$stale_json"
    [[ -n $stale_id ]] || die "no stale article in $dir to diff"
    RUNS=5 bench "diff $stale_id" "$QOSTIL" -C "$dir" --lang en diff "$stale_id"
    diff_ms=$(awk -v s="$BEST" 'BEGIN { printf "%.0f", s * 1000 }')

    check_cols="| — | — | — | —"
    if [[ ${QOSTIL_BENCH_CHECK:-1} != 0 ]]; then
        check_runs=${QOSTIL_BENCH_CHECK_RUNS:-$((n > 20000 ? 1 : RUNS))}
        RUNS=$check_runs WARM=0 bench "check --format json" "$QOSTIL" -C "$dir" --lang en check --format json
        cj_best=$BEST cj_rss=$RSS_MB cj_cpu=$CPU
        RUNS=$check_runs WARM=0 bench "check (human)" "$QOSTIL" -C "$dir" --lang en check
        ch_best=$BEST ch_rss=$RSS_MB
        check_cols=$(printf '| %7.2f (%4.1fx) | %7.2f (%4.1fx) | %5s | %5s / %5s' \
            "$cj_best" "$(awk -v a="$cj_best" -v b="$cat_best" 'BEGIN { print a / b }')" \
            "$ch_best" "$(awk -v a="$ch_best" -v b="$cat_best" 'BEGIN { print a / b }')" \
            "$cj_cpu" "$cj_rss" "$ch_rss")
    fi

    table+=("$(printf '| %7s | %6s | %6.3f | %7.3f (%4.2fx) | %5s / %5s | %5s / %5s %s | %5s | %5s |' \
        "$n" "$mb" "$cat_best" "$json_best" \
        "$(awk -v a="$json_best" -v b="$cat_best" 'BEGIN { print a / b }')" \
        "$cat_cpu" "$json_cpu" "$json_rss" "$human_rss" "$check_cols" "$sign_ms" "$diff_ms")")
    [[ ${QOSTIL_BENCH_CLEAN:-0} == 1 ]] && rm -rf "$dir"
    printf '  (generation or reuse: %s s)\n' "$gen_s" >&2
done

printf '\nqostil benchmark: %s runs each (diff: best of 5), warm page cache, %s core(s), load average %s, %s%% edited after sign-off\n\n' \
    "$RUNS" "$(nproc)" "$(cut -d ' ' -f 1-3 /proc/loadavg)" "$EDITED"
printf '| N       | MB     | cat s  | status json s (ratio) | CPU s cat / status | RSS MB status json / human | check json s (ratio) | check human s (ratio) | check json CPU s | RSS MB check json / human | sign ms | diff ms |\n'
printf '|---------|--------|--------|-----------------------|--------------------|----------------------------|----------------------|-----------------------|------------------|---------------------------|---------|---------|\n'
printf '%s\n' "${table[@]}"
