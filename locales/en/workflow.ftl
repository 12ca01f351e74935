## Undo, hand-over, and batches (issue 12)
action-unclaimed = unclaimed
action-revoked = revoked
act-already = { $id }: already { $action } by you, nothing changed since; nothing recorded.
act-would = { $id }: { $state }{ $errors ->
        [0] {""}
        [one] , the checks find one error: it would be refused
       *[other] , the checks find { $errors } errors: it would be refused
    }
act-dry-run = { $count ->
        [one] Dry run: one article listed, nothing recorded.
       *[other] Dry run: { $count } articles listed, nothing recorded.
    }
act-confirm = { $count ->
        [one] Record one article? [y/N]
       *[other] Record { $count } articles? [y/N]
    }
act-cancelled = Cancelled: nothing recorded.
log-unchanged = translation unchanged
log-refers = of { $entry }
error-note-required = { $id }: { $action } needs --note "why"
error-not-claimed = { $id } is not claimed by anyone
error-unknown-entry = { $id }: the ledger has no entry { $entry } (see: qostil log { $id })
error-not-revocable = { $id }: entry { $entry } ({ $action }) cannot be revoked: only a sign-off, an approval or an accepted finding can
error-already-revoked = { $id }: entry { $entry } is already revoked
error-unrevised = { $id }: the original changed, but { $lang } { $paragraphs } did not; revise it, or sign with --unchanged --note "why"
error-needs-confirmation = not on a terminal: add --yes to record without confirmation, or --dry-run to see the list
status-reason-empty-original = the original is empty
missing-translation-none = No { $lang } translation yet: the article was not checked.
check-not-checked = { $count ->
        [one] One article has no translation yet: not checked.
       *[other] { $count } articles have no translation yet: not checked.
    }
action-accepted = accepted finding
check-accepted = accepted
error-no-such-finding = { $id }: the checks report no { $check } finding at ¶{ $paragraph } (see: qostil check { $id })
error-not-regular-file = { $path } is not a regular file (a folder, FIFO, socket or device), or not a folder where one is expected: qostil does not open it
error-sign-checks-failed = { $id }: the checks found { $count ->
        [one] one error
       *[other] { $count } errors
    }; fix the translation, or sign with --force --note "why"
