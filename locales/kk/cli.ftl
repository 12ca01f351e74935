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

## Мүмкін, мынаны айтқыңыз келген шығар (src/suggest.rs)
did-you-mean = Мүмкін, { $suggestion } деп жазғыңыз келген шығар?
log-none-by = «{ $name }» жасаған жазба жоқ.
error-unknown-article-near = articles/ ішінде «{ $id }» мақаласы жоқ; мүмкін, { $suggestion } деп жазғыңыз келген шығар?
error-not-on-roster-near = «{ $name }» qostil.toml ішіндегі редакция құрамында жоқ; мүмкін, «{ $suggestion }» деп жазғыңыз келген шығар?
error-duplicate-member = { $path }: «{ $name }» мен «{ $other }» — бір ғана есім (әріп регистрі мен бос орындарды есептемегенде); біреуін қалдырыңыз
