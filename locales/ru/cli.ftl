# qostil — ru: command-line messages (usage errors, suggestions).

## Ошибки командной строки (src/report/usage.rs)
usage-error-invalid-value = «{ $value }» — недопустимое значение для { $arg }
usage-error-unknown-argument = неизвестный параметр { $arg }
usage-error-invalid-subcommand = неизвестная команда «{ $subcommand }»
usage-error-no-equals = значение { $arg } нужно писать после знака равенства
usage-error-value-validation = «{ $value }» — недопустимое значение для { $arg }
usage-error-too-many-values = лишнее значение «{ $value }»: { $arg } столько не принимает
usage-error-wrong-number-of-values = { $arg }: неверное число значений
usage-error-argument-conflict = { $arg } нельзя указывать вместе с { $prior }
usage-error-missing-required-argument = не указано: { $arg }
usage-error-missing-subcommand = нужно указать команду
usage-error-invalid-utf8 = аргумент не в кодировке UTF-8
usage-error-other = не удалось разобрать командную строку
usage-valid-values = допустимые значения: { $values }
usage-did-you-mean = может быть, вы имели в виду { $suggestion }?
usage-trailing = чтобы передать { $value } как значение, поставьте перед ним --
usage-more = Подробнее: запустите с --help.

## Подтверждения
act-note-done = { $id }: заметка добавлена в журнал.

## Может быть, вы имели в виду (src/suggest.rs)
did-you-mean = Может быть, вы имели в виду { $suggestion }?
log-none-by = Записей от «{ $name }» нет.
error-unknown-article-near = в articles/ нет статьи «{ $id }»; может быть, вы имели в виду { $suggestion }?
error-not-on-roster-near = «{ $name }» нет в составе редакции в qostil.toml; может быть, вы имели в виду «{ $suggestion }»?
error-duplicate-member = { $path }: «{ $name }» и «{ $other }» — одно и то же имя (без учёта регистра и пробелов); оставьте одно
