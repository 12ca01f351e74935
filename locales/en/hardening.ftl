# Hardening: files that are not files, torn ledgers, suspicious times, fsck.

error-invalid-hash = { $path }: “{ $hash }” is not a stored text's hash (16 lowercase hex digits); nothing is read by that name
ledger-healed = { $path }: line { $line }: the last entry had been cut off by an interrupted write; it was removed before this one was written
ledger-torn = { $path }: line { $line }: the last entry was cut off by an interrupted write; it is ignored, and the next action on the article (or `qostil fsck --repair`) removes it
entry-future = { $path }: line { $line }: entry { $entry } is dated { $at }, in the future (a wrong clock or a hand edit?): it is suspicious; it stays where it was written, and the entries after it decide the state
fsck-orphan = { $path }: stored text that no ledger entry names
fsck-temp = { $path }: temporary file left by an interrupted write
fsck-clean = { $count ->
    [one] { $count } article checked: nothing to repair
   *[other] { $count } articles checked: nothing to repair
}
fsck-found = { $count ->
    [one] { $count } problem found; `qostil fsck --repair` repairs what can be repaired
   *[other] { $count } problems found; `qostil fsck --repair` repairs what can be repaired
}
fsck-repaired = { $count ->
    [one] { $count } problem repaired
   *[other] { $count } problems repaired
}
error-nested-article = { $id } would lie inside the folder of article { $parent }, where it would never be listed; choose an id outside it
error-date-out-of-range = the date { $date } cannot be recorded: years run from 1 to 9999
error-force-all = --force cannot go with --all: approving despite the checks is decided article by article, each with its own --note
history-lost-missing = { $path }: the signed text of { $lang } is missing; the change since the sign-off cannot be shown word by word (changed paragraphs are found from the fingerprints in the ledger)
history-lost-altered = { $path }: the signed text of { $lang } was altered after the sign-off; the change since the sign-off cannot be shown word by word (changed paragraphs are found from the fingerprints in the ledger)
