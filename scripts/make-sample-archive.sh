#!/usr/bin/env bash
# Rebuilds the ledgers of the sample archive in articles/ by running the real qostil CLI
# with a fixed clock at every step. The result is a believable week of newsroom work,
# 23–27 November 2026, in Kazakhstan time (UTC+05:00).
#
# Usage, from the repository root:
#     cargo build --release
#     scripts/make-sample-archive.sh            # or QOSTIL=/path/to/qostil scripts/...
#
# Re-runnable: it first deletes every article's ledger.toml and history/ folder.
# The committed kk.md/ru.md files are the texts as they stand at the END of the story.
# For steps that happened earlier, the script temporarily puts back an earlier text
# (from scripts/sample/*.before.md) or removes a translation that did not exist yet,
# and it restores the final text afterwards. If the script fails, it restores every
# text it changed.
#
# The team (see qostil.toml): translators Дамир Омаров (kk → ru) and Айгерім Сапарова
# (ru → kk), editors Ерлан Жақсылықов and Мария Ким.
#
# State of each article at the end:
#   2026/china-hiv-cases            stale         ru original corrected after approval
#   2026/long-lartin-prison-unrest  approved      reopened once, then fixed and approved
#   2026/encinitas-shark-attack     edited        kk translation corrected after sign-off
#   2026/vktu-round-table           approved
#   2026/popocatepetl-ash           translated    signed, waiting for an editor
#   2017/almaty-oblast-honorary-diploma  in-progress  claimed, ru.md half done
#   2022/taldykorgan-student-fares  untranslated  no ru.md, no ledger
set -euo pipefail

QOSTIL=${QOSTIL:-target/release/qostil}
SAMPLE=scripts/sample

die() {
    printf 'make-sample-archive: %s\n' "$*" >&2
    exit 2
}

[[ -f qostil.toml && -d articles ]] \
    || die "run me from the repository root (qostil.toml and articles/ not found here)"
command -v "$QOSTIL" >/dev/null 2>&1 \
    || die "no qostil binary at '$QOSTIL': run 'cargo build --release' or set QOSTIL"

# The committed texts must be the final ones, not left-overs of an interrupted run.
for pair in "2026/china-hiv-cases ru" "2026/encinitas-shark-attack kk" \
    "2026/long-lartin-prison-unrest ru"; do
    read -r id lang <<<"$pair"
    if cmp -s "articles/$id/$lang.md" "$SAMPLE/${id##*/}.$lang.before.md"; then
        die "articles/$id/$lang.md holds the earlier text; restore it (git checkout -- articles/$id/$lang.md)"
    fi
done

# Keep a copy of the final texts. Every step below starts from them.
work=$(mktemp -d)
cp -a articles "$work/final"
finished=0
on_exit() {
    if [[ $finished != 1 ]]; then
        printf 'make-sample-archive: failed; restoring the texts of articles/\n' >&2
        cp -a "$work/final/." articles/
    fi
    rm -rf "$work"
}
trap on_exit EXIT

# Start clean: no ledgers, no history.
while IFS= read -r -d '' toml; do
    dir=${toml%/article.toml}
    rm -f "$dir/ledger.toml"
    rm -rf "$dir/history"
done < <(find articles -name article.toml -type f -print0)

# Helpers ------------------------------------------------------------------------------

# q WHEN ARGS...: runs qostil with the clock set to WHEN (Kazakhstan time).
q() {
    local when=$1
    shift
    printf '\n[%s] qostil %s\n' "$when" "$*"
    QOSTIL_NOW="$when" "$QOSTIL" "$@"
}

# absent ID LANG: this version does not exist yet.
absent() { rm -f "articles/$1/$2.md"; }

# before ID LANG: this version as it stood earlier (scripts/sample/<slug>.<lang>.before.md).
before() { cp "$SAMPLE/${1##*/}.$2.before.md" "articles/$1/$2.md"; }

# final ID LANG: this version as it is committed.
final() { cp "$work/final/$1/$2.md" "articles/$1/$2.md"; }

# Monday 23 November ---------------------------------------------------------------------
# The Russian desk publishes the BBC story on HIV in China. Айгерім translates it into
# Kazakh and Ерлан approves. On Thursday the Russian desk corrects the quarterly figure
# and adds the source of the data. Nobody has updated the Kazakh text since: stale.
id=2026/china-hiv-cases
before $id ru
absent $id kk
q 2026-11-23T10:05:00+05:00 claim $id --by "Айгерім Сапарова"
final $id kk
q 2026-11-23T15:40:00+05:00 sign $id --by "Айгерім Сапарова" --note "Аударма дайын."
q 2026-11-23T17:20:00+05:00 approve $id --by "Ерлан Жақсылықов" --note "Тексердім, сандар сәйкес. Жариялауға болады."
# 26 November, 12:30: the Russian desk edits paragraph 4 of ru.md (no ledger entry).
final $id ru

# Tuesday 24 – Wednesday 25 November -----------------------------------------------------
# Дамир translates the Kazakh story on Long Lartin prison but leaves out paragraph 7.
# Мария reopens it, Дамир adds the paragraph and signs again, Мария approves.
id=2026/long-lartin-prison-unrest
final $id kk
absent $id ru
q 2026-11-24T09:30:00+05:00 claim $id --by "Дамир Омаров"
before $id ru
q 2026-11-24T13:10:00+05:00 sign $id --by "Дамир Омаров"
q 2026-11-24T16:45:00+05:00 reopen $id --by "Мария Ким" \
    --note "Не переведён абзац 7 оригинала: «Жарақат алған алты қызметкерге медициналық көмек көрсетілді». Добавьте, пожалуйста."
final $id ru
q 2026-11-25T10:20:00+05:00 sign $id --by "Дамир Омаров" --note "Добавил пропущенный абзац."
q 2026-11-25T11:35:00+05:00 approve $id --by "Мария Ким" --note "Теперь всё на месте."

# Wednesday 25 November ------------------------------------------------------------------
# Айгерім translates the UPI story on the shark attack and signs it. The next morning
# Ерлан corrects three typos directly in kk.md instead of sending it back, and nobody
# signs again: edited.
id=2026/encinitas-shark-attack
final $id ru
absent $id kk
q 2026-11-25T09:10:00+05:00 claim $id --by "Айгерім Сапарова"
before $id kk
q 2026-11-25T12:50:00+05:00 sign $id --by "Айгерім Сапарова"
# 26 November, 09:40: Ерлан fixes "достарымын", "алаудан", "Эсинитастағы" in kk.md.
final $id kk

# Thursday 26 November -------------------------------------------------------------------
# The Kazakh report from the VKTU round table. Дамир translates it the same day,
# and Мария approves it for the evening edition.
id=2026/vktu-round-table
final $id kk
absent $id ru
q 2026-11-26T11:05:00+05:00 claim $id --by "Дамир Омаров"
final $id ru
q 2026-11-26T14:40:00+05:00 sign $id --by "Дамир Омаров" --note "Имена и должности сверил с пресс-службой ВКТУ."
q 2026-11-26T16:10:00+05:00 approve $id --by "Мария Ким" --note "В вечерний выпуск."

# Friday 27 November ---------------------------------------------------------------------
# Дамир translates the ABC story on Popocatépetl and signs it. No editor has read it yet:
# translated.
id=2026/popocatepetl-ash
final $id kk
absent $id ru
q 2026-11-27T09:15:00+05:00 claim $id --by "Дамир Омаров"
final $id ru
q 2026-11-27T11:30:00+05:00 sign $id --by "Дамир Омаров"

# Then he takes the 2017 maslikhat decision. By the end of the day ru.md holds the
# decision itself but not yet its appendix: in-progress.
id=2017/almaty-oblast-honorary-diploma
final $id kk
absent $id ru
q 2026-11-27T12:00:00+05:00 claim $id --by "Дамир Омаров"
final $id ru

# 2022/taldykorgan-student-fares: nobody has touched it. No ru.md, no ledger: untranslated.

finished=1
printf '\nSample archive ready. Try: %s status\n' "$QOSTIL"
