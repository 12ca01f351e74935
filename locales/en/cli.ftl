# qostil — en: command-line messages (usage errors, suggestions).

## Command-line errors (src/report/usage.rs)
usage-error-invalid-value = { $value } is not a valid value of { $arg }
usage-error-unknown-argument = unknown option { $arg }
usage-error-invalid-subcommand = unknown command { $subcommand }
usage-error-no-equals = { $arg } needs its value after an equals sign
usage-error-value-validation = { $value } is not a valid value of { $arg }
usage-error-too-many-values = too many values: { $value } is one more than { $arg } takes
usage-error-wrong-number-of-values = { $arg } got the wrong number of values
usage-error-argument-conflict = { $arg } cannot be used together with { $prior }
usage-error-missing-required-argument = missing: { $arg }
usage-error-missing-subcommand = a command is needed
usage-error-invalid-utf8 = an argument is not valid UTF-8
usage-error-other = the command line could not be read
usage-valid-values = valid values: { $values }
usage-did-you-mean = did you mean { $suggestion }?
usage-trailing = to pass { $value } as a value, put -- before it
usage-more = For more information, run with --help.

## Confirmations
act-note-done = { $id }: the note is in the ledger.

## Did you mean (src/suggest.rs)
did-you-mean = Did you mean { $suggestion }?
log-none-by = No entries by { $name }.
error-unknown-article-near = no article "{ $id }" in articles/; did you mean { $suggestion }?
error-not-on-roster-near = "{ $name }" is not a member of the team in qostil.toml; did you mean "{ $suggestion }"?
error-duplicate-member = { $path }: "{ $name }" and "{ $other }" are the same name (letter case and spaces aside); keep one
