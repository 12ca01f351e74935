# Hardening: files that are not files, torn ledgers, suspicious times, fsck.

error-invalid-hash = { $path }: “{ $hash }” is not a stored text's hash (16 lowercase hex digits); nothing is read by that name
ledger-healed = { $path }: line { $line }: the last entry had been cut off by an interrupted write; it was removed before this one was written
ledger-torn = { $path }: line { $line }: the last entry was cut off by an interrupted write; it is ignored, and the next action on the article (or `qostil fsck --repair`) removes it
entry-future = { $path }: line { $line }: entry { $entry } is dated { $at }, in the future (a wrong clock or a hand edit?): it is suspicious; it stays where it was written, and the entries after it decide the state
fsck-orphan = { $path }: stored text or paragraph fingerprints that no ledger entry names
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
fsck-unrepaired = { $count ->
    [one] { $count } problem cannot be repaired by qostil: see above
   *[other] { $count } problems cannot be repaired by qostil: see above
}
error-article-inside = the folder of { $id } already holds article { $child }, which would no longer be listed; choose another id
error-nested-article = { $id } would lie inside the folder of article { $parent }, where it would never be listed; choose an id outside it
error-date-out-of-range = the date { $date } cannot be recorded: years run from 1 to 9999
error-force-all = --force cannot go with --all: approving despite the checks is decided article by article, each with its own --note
history-lost-missing = { $path }: the signed text of { $lang } is missing; the change since the sign-off cannot be shown word by word (changed paragraphs are found from the fingerprints in the ledger)
history-lost-altered = { $path }: the signed text of { $lang } was altered after the sign-off; the change since the sign-off cannot be shown word by word (changed paragraphs are found from the fingerprints in the ledger)
error-prints-missing = { $ledger }: line { $line }: the paragraph fingerprints and correspondence that this entry keeps in { $path } are missing (was history/ committed?)
error-prints-altered = { $ledger }: line { $line }: the paragraph fingerprints and correspondence that this entry keeps in { $path } were altered after they were written
error-invalid-prints-hash = { $ledger }: line { $line }: “{ $hash }” is not the hash of stored paragraph fingerprints (16 lowercase hex digits); nothing is read by that name
prints-lost-missing = { $ledger }: line { $line }: the sign-off's paragraph fingerprints and correspondence ({ $path }) are missing; changed paragraphs are found from the signed texts, but which paragraphs of the other version correspond is not known (the next sign-off records it anew)
prints-lost-altered = { $ledger }: line { $line }: the sign-off's paragraph fingerprints and correspondence ({ $path }) were altered after the sign-off; changed paragraphs are found from the signed texts, but which paragraphs of the other version correspond is not known (the next sign-off records it anew)
error-named-by = { $error } (named by { $ledger }, line { $line })
