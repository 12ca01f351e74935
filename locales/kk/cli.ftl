# qostil — kk: command-line messages (usage errors, suggestions).

## Командалық жолдың қателері (src/report/usage.rs)
usage-error-invalid-value = «{ $value }» — { $arg } үшін жарамсыз мән
usage-error-unknown-argument = белгісіз параметр: { $arg }
usage-error-invalid-subcommand = белгісіз команда: «{ $subcommand }»
usage-error-no-equals = { $arg } мәнін теңдік белгісінен кейін жазу керек
usage-error-value-validation = «{ $value }» — { $arg } үшін жарамсыз мән
usage-error-too-many-values = артық мән «{ $value }»: { $arg } мұнша мән қабылдамайды
usage-error-wrong-number-of-values = { $arg }: мәндер саны дұрыс емес
usage-error-argument-conflict = { $arg } параметрін { $prior } параметрімен бірге қолдануға болмайды
usage-error-missing-required-argument = көрсетілмеген: { $arg }
usage-error-missing-subcommand = команданы көрсету керек
usage-error-invalid-utf8 = аргумент UTF-8 кодтауында емес
usage-error-other = командалық жолды түсіну мүмкін болмады
usage-valid-values = жарамды мәндер: { $values }
usage-did-you-mean = мүмкін, { $suggestion } деп жазғыңыз келген шығар?
usage-trailing = { $value } мән ретінде берілуі үшін алдына -- қойыңыз
usage-more = Толығырақ: --help арқылы іске қосыңыз.

## Растаулар
act-note-done = { $id }: түсініктеме журналға жазылды.
