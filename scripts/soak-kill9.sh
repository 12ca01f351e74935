#!/usr/bin/env bash
# kill -9 soak: `qostil sign` / `note` on one large article, killed at random
# moments, again and again. After every kill the ledger must still read (`qostil
# log` exits 0): a torn last entry is ignored by readers and cut off by the next
# writer. Counts are printed at the end (and to $QOSTIL_SOAK_OUT if set).
#
# Usage, from the repository root:
#     scripts/soak-kill9.sh                    # 500 kills, 100,000 paragraphs
#     scripts/soak-kill9.sh 50 20000           # KILLS PARAGRAPHS
#
# Environment:
#     QOSTIL=path           the binary (default target/release/qostil, built here)
#     QOSTIL_SOAK_DIR=DIR   where to build the archive (default: a temp folder)
#     QOSTIL_SOAK_MAX_MS=N  kill within MIN..N ms of the start (default: measured as
#                           the time of one uninterrupted sign, plus a quarter)
#     QOSTIL_SOAK_MIN_MS=N  (default 0; at 100,000 paragraphs most of a sign is
#                           reading and aligning, so a MIN near the measured sign
#                           time puts the kills where the writes are)
# `sign` runs with --force (and a note), which skips the checks: the soak is about
# the writes, and at 100,000 paragraphs the checks would take most of each run.
# Every 25 kills the ledger is reset to its first entry, so that it does not grow
# by a multi-megabyte entry per successful sign. Every 10 kills the counts so far
# are printed (and appended to $QOSTIL_SOAK_OUT): a long run stopped early still
# reports what it saw.
set -euo pipefail

KILLS=${1:-500}
PARAGRAPHS=${2:-100000}
QOSTIL=${QOSTIL:-target/release/qostil}

[[ -f Cargo.toml && -d src ]] || { echo "soak-kill9: run me from the repository root" >&2; exit 2; }
if [[ $QOSTIL == target/release/qostil ]]; then
    cargo build --release --quiet --bin qostil
fi
QOSTIL=$(realpath "$QOSTIL")

dir=${QOSTIL_SOAK_DIR:-$(mktemp -d)}
mkdir -p "$dir"
cd "$dir"
export QOSTIL_USER="Дамир Омаров"

# A Kazakh and a Russian sentence from the shared corpus (NTREX-128, bbc.381780).
kk_sentence="Лондондерри қаласында үйді бірнеше рет көлікпен соққан 33, 34 және 39 жастағы ер адамдар тұтқындалды."
ru_sentence="Один из домов в Лондонберри был несколько раз протаранен автомобилем; находившиеся в нем мужчины в возрасте 33, 34 и 39 лет были взяты под арест."

[[ -f qostil.toml ]] || "$QOSTIL" init >/dev/null
if [[ ! -f articles/big/article.toml ]]; then
    "$QOSTIL" new big --source kk --date 2026-12-03 >/dev/null
fi
awk -v n="$PARAGRAPHS" -v s="$kk_sentence" 'BEGIN { print "# Үлкен мақала\n"; for (i = 1; i <= n; i++) printf "%d. %s\n\n", i, s }' > articles/big/kk.md
awk -v n="$PARAGRAPHS" -v s="$ru_sentence" 'BEGIN { print "# Большая статья\n"; for (i = 1; i <= n; i++) printf "%d. %s\n\n", i, s }' > articles/big/ru.md

ledger=articles/big/ledger.toml
rm -f "$ledger"
t0=$(date +%s%N)
"$QOSTIL" sign big --force --note "soak start" >/dev/null
t1=$(date +%s%N)
sign_ms=$(( (t1 - t0) / 1000000 ))
cp "$ledger" "$dir/ledger.base"
max_ms=${QOSTIL_SOAK_MAX_MS:-$(( sign_ms + sign_ms / 4 + 1 ))}
min_ms=${QOSTIL_SOAK_MIN_MS:-0}
(( min_ms <= max_ms )) || min_ms=$max_ms
echo "soak-kill9: $PARAGRAPHS paragraphs, ledger entry $(wc -c < "$ledger") bytes, one sign ${sign_ms} ms; killing within ${min_ms}..${max_ms} ms"

killed=0 finished=0 unreadable=0 torn=0 healed=0 refused=0
for i in $(seq "$KILLS"); do
    if (( i % 25 == 0 )); then
        cp "$dir/ledger.base" "$ledger"
    fi
    # Alternate a one-word edit of the translation so that sign has new texts to store.
    if (( i % 2 )); then sed -i '3s/$/ x/' articles/big/ru.md; else sed -i '3s/ x$//' articles/big/ru.md; fi
    if (( i % 3 == 0 )); then cmd=(note big --note "soak $i"); else cmd=(sign big --force --note "soak $i"); fi
    "$QOSTIL" "${cmd[@]}" >/dev/null 2>"$dir/err" &
    pid=$!
    delay=$(( RANDOM * 32768 + RANDOM ))
    delay=$(( min_ms + delay % (max_ms - min_ms + 1) ))
    sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    if wait "$pid" 2>/dev/null; then finished=$((finished + 1)); fi
    if grep -q "was removed before this one was written" "$dir/err"; then healed=$((healed + 1)); fi
    if ! "$QOSTIL" log big --format json >/dev/null 2>"$dir/err"; then
        unreadable=$((unreadable + 1))
        echo "soak-kill9: kill $i left an unreadable ledger: $(head -c 300 "$dir/err")" >&2
        cp "$dir/ledger.base" "$ledger"
        continue
    fi
    if "$QOSTIL" fsck 2>/dev/null | grep -q "ledger.toml: line"; then torn=$((torn + 1)); fi
    if (( i % 10 == 0 )); then
        progress="soak-kill9: after $i of $KILLS kills ($(date -u +%H:%M:%S)): killed_mid_run=$killed finished_before_kill=$finished unreadable_ledgers=$unreadable torn_tails_seen=$torn healed_by_next_writer=$healed"
        echo "$progress"
        if [[ -n ${QOSTIL_SOAK_OUT:-} ]]; then echo "$progress" >> "$QOSTIL_SOAK_OUT"; fi
    fi
done

# What the kills left: orphaned stored texts (stored, then killed before the entry)
# and temporary files (fsck lists those older than a minute).
fsck_out=$("$QOSTIL" fsck 2>&1 || true)
orphans=$(grep -c "no ledger entry names" <<<"$fsck_out" || true)
temps=$(find articles/big -name '.qostil-*' | wc -l)
# The next writer heals whatever is left, and the ledger is whole.
"$QOSTIL" note big --note "soak done" >/dev/null 2>&1 || refused=1
"$QOSTIL" fsck --repair >/dev/null 2>&1 || true
final_ok=0
"$QOSTIL" fsck >/dev/null 2>&1 && final_ok=1

summary="soak-kill9: kills=$KILLS paragraphs=$PARAGRAPHS killed_mid_run=$killed finished_before_kill=$finished unreadable_ledgers=$unreadable torn_tails_seen=$torn healed_by_next_writer=$healed orphaned_texts=$orphans temp_files_left=$temps final_note_refused=$refused fsck_clean_after_repair=$final_ok"
echo "$summary"
if [[ -n ${QOSTIL_SOAK_OUT:-} ]]; then echo "$summary" >> "$QOSTIL_SOAK_OUT"; fi
[[ $unreadable == 0 && $refused == 0 && $final_ok == 1 ]]
