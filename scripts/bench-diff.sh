#!/usr/bin/env bash
# Benchmark of `qostil diff` on one article of many paragraphs, with a paragraph
# inserted after every second one since the sign-off (the case that was quadratic).
#
# Usage, from the repository root:
#     scripts/bench-diff.sh                # 10,000 40,000 100,000 paragraphs
#     scripts/bench-diff.sh 50000          # other sizes
# Target (issue 11): 100,000 paragraphs under 2 s.
set -euo pipefail
QOSTIL=${QOSTIL:-target/release/qostil}
[[ -f Cargo.toml && -d src ]] || { echo "bench-diff: run me from the repository root" >&2; exit 2; }
if [[ $QOSTIL == target/release/qostil ]]; then cargo build --release --quiet --bin qostil; fi
QOSTIL=$(realpath "$QOSTIL")
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 40000 100000)
kk="Лондондерри қаласында үйді бірнеше рет көлікпен соққан 33, 34 және 39 жастағы ер адамдар тұтқындалды."
ru="Один из домов в Лондонберри был несколько раз протаранен автомобилем; находившиеся в нем мужчины в возрасте 33, 34 и 39 лет были взяты под арест."
for n in "${sizes[@]}"; do
    dir=$(mktemp -d)
    (
        cd "$dir"
        export QOSTIL_USER="Дамир Омаров" QOSTIL_NOW=2026-12-03T10:00:00+05:00
        "$QOSTIL" init >/dev/null
        "$QOSTIL" new big --source kk --date 2026-12-03 >/dev/null
        awk -v n="$n" -v s="$kk" 'BEGIN { print "# Үлкен мақала\n"; for (i = 1; i <= n; i++) printf "%d. %s\n\n", i, s }' > articles/big/kk.md
        awk -v n="$n" -v s="$ru" 'BEGIN { print "# Большая статья\n"; for (i = 1; i <= n; i++) printf "%d. %s\n\n", i, s }' > articles/big/ru.md
        "$QOSTIL" sign big >/dev/null
        awk -v s="$kk" '{ print } /^[0-9]+\. / { c++; if (c % 2 == 0) printf "\nҚосылған %d. %s\n", c, s }' articles/big/kk.md > kk.new
        mv kk.new articles/big/kk.md
        t0=$(date +%s%N)
        /usr/bin/time -f '%U %S %M' -o cpu "$QOSTIL" diff big >/dev/null || true
        t1=$(date +%s%N)
        read -r user sys rss < cpu
        awk -v n="$n" -v a="$t0" -v b="$t1" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN { printf "bench-diff: %d paragraphs (%d inserted): %.2f s wall, %.2f s CPU, %d MB peak\n", n, n / 2, (b - a) / 1e9, u + s, m / 1024 }'
    )
    rm -rf "$dir"
done
