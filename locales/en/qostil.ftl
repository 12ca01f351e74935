# qostil — English messages (the complete catalogue every other falls back to).

label-error = error

## Errors
error-io = { $path }: { $detail }
error-not-utf8 = { $path }:{ $line }: the file is not UTF-8 text
error-toml = { $path }:{ $line }: invalid TOML: { $detail }
error-unknown-key = { $path }:{ $line }: unknown key "{ $key }"
error-missing-key = { $path }:{ $line }: missing key "{ $key }"
error-invalid-value = { $path }:{ $line }: invalid value for "{ $key }": { $value }
error-missing-original = { $path }: the original is missing
error-empty-original = { $path }: the original is empty
error-missing-translation = { $path }: the translation is missing or empty
error-invalid-id = "{ $id }" is not a valid article id (use a folder path below articles/, like 2026/my-article)
error-id-escapes = "{ $id }" leads outside articles/
error-link-refused = { $path } is a symbolic link: an article's files must be its own, so qostil neither reads nor writes it
error-unknown-article = no article "{ $id }" in articles/
error-article-exists = article "{ $id }" already exists
error-no-archive = no qostil.toml in { $path } or above it (run "qostil init" first)
error-archive-exists = { $path } already holds a qostil archive
error-no-identity = who are you? Give --by NAME, set QOSTIL_USER, or set git config user.name
error-not-on-roster = "{ $name }" is not a member of the team in qostil.toml
error-missing-role = "{ $name }" does not have the { $role } role in qostil.toml
error-claimed-by = { $id } is already claimed by { $name }
error-self-approval = { $id }: { $name } signed this translation and cannot approve it
error-wrong-state = { $id } is { $state }: cannot record "{ $action }"
error-history-tampered = { $path }: the stored text is missing or was altered since it was signed
error-history-missing = { $path }: the text stored at the sign-off is missing (was history/ committed?)
error-invalid-clock = QOSTIL_NOW is "{ $value }", not a time like 2026-11-26T18:04:00+05:00
error-never-signed = { $id } has never been signed off
error-no-such-signoff = { $id }: no sign-off matches "{ $since }"
error-checks-failed = { $id }: the checks found { $count ->
        [one] one error; fix it
       *[other] { $count } errors; fix them
    }, or approve with --force --note "why"
error-force-needs-note = --force needs --note "why"

## Words
role-translator = translator
role-editor = editor
state-untranslated = untranslated
state-in-progress = in progress
state-translated = translated
state-approved = approved
state-stale = stale
state-edited = edited
action-claimed = claimed
action-translated = translated
action-approved = approved
action-reopened = reopened
action-note = note
unit-paragraphs = { $count ->
        [one] { $count } paragraph
       *[other] { $count } paragraphs
    }

## Commands
init-done = Archive set up in { $path }: qostil.toml, articles/, .gitattributes.
new-done = Article { $id } created; write the original in { $path }.
act-done = { $id }: { $action }.
act-all-done = { $count ->
        [one] One article recorded.
       *[other] { $count } articles recorded.
    }
status-nothing = Nothing needs work ({ $count ->
        [one] one article
       *[other] { $count } articles
    }).
status-col-state = STATE
status-col-article = ARTICLE
status-col-who = WHO
status-col-since = SINCE
status-col-changes = CHANGES
status-changed-source = original{ $list }: { $substantive } substantive, { $cosmetic } cosmetic, { $words ->
        [one] one word
       *[other] { $words } words
    }
status-changed-target = translation{ $list }: { $substantive } substantive, { $cosmetic } cosmetic, { $words ->
        [one] one word
       *[other] { $words } words
    }
status-summary = { $count ->
        [0] No articles.
        [one] One article: { $states }
       *[other] { $count } articles: { $states }
    }
log-empty = The ledger is empty.
log-line = { $at }  { $entry }  { $by }  { $action }  { $id } ({ $lang })
log-adopted = adopted
show-header = { $id } (original: { $source })
show-no-counterpart = (no counterpart)

## check
check-article = { $id } ({ $source } → { $target })
severity-error = error
severity-warning = warning
severity-info = info
check-summary = { $articles ->
        [one] One article checked
       *[other] { $articles } articles checked
    }: { $errors ->
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] one warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] one note
       *[other] { $infos } notes
    }.

## diff
diff-header = { $id }: changes since it was { $action } by { $by } on { $at }
diff-side-source = Original ({ $lang }): { $count ->
        [0] no changes
        [one] one change
       *[other] { $count } changes
    }
diff-side-target = Translation ({ $lang }): { $count ->
        [0] no changes
        [one] one change
       *[other] { $count } changes
    }
diff-unchanged = unchanged since the sign-off
diff-changed = { $old } → { $new } changed
diff-inserted = { $new } inserted
diff-deleted = { $old } deleted
diff-moved = { $old } moved to { $new }
diff-split = { $old } split into { $new }
diff-merged = { $old } merged into { $new }
diff-class-cosmetic = cosmetic
diff-class-substantive = substantive
diff-counterpart = revise { $lang } { $list }
diff-counterpart-original = original: { $lang } { $list }
diff-counterpart-after = translate after { $lang } ¶{ $after }
diff-counterpart-after-original = original: after { $lang } ¶{ $after }
diff-orphan = { $lang } ¶{ $n } (its translation):
