# qostil — сообщения на русском.

label-error = ошибка

## Errors
error-io = { $path }: { $detail }
error-not-utf8 = { $path }:{ $line }: файл не в кодировке UTF-8
error-toml = { $path }:{ $line }: ошибка TOML: { $detail }
error-unknown-key = { $path }:{ $line }: неизвестный ключ «{ $key }»
error-missing-key = { $path }:{ $line }: нет обязательного ключа «{ $key }»
error-invalid-value = { $path }:{ $line }: недопустимое значение «{ $key }»: { $value }
error-missing-original = { $path }: нет оригинала
error-empty-original = { $path }: оригинал пуст
error-missing-translation = { $path }: перевода нет или он пуст
error-invalid-id = «{ $id }» — недопустимый идентификатор статьи (путь к папке внутри articles/, например 2026/my-article)
error-id-escapes = «{ $id }» ведёт за пределы articles/
error-link-refused = { $path } — символическая ссылка: файлы статьи должны быть её собственными, qostil её не читает и не пишет
error-unknown-article = в articles/ нет статьи «{ $id }»
error-article-exists = статья «{ $id }» уже существует
error-no-archive = ни в { $path }, ни выше нет qostil.toml (сначала выполните «qostil init»)
error-archive-exists = в { $path } уже есть архив qostil
error-no-identity = кто вы? Укажите --by ИМЯ, задайте QOSTIL_USER или git config user.name
error-not-on-roster = «{ $name }» нет в составе редакции в qostil.toml
error-missing-role = у «{ $name }» нет роли «{ $role }» в qostil.toml
error-claimed-by = { $id }: статья уже в работе у { $name }
error-self-approval = { $id }: перевод подписан { $name }; утвердить собственный перевод нельзя
error-wrong-state = { $id }: статья в состоянии «{ $state }», отметка «{ $action }» сейчас невозможна
error-history-tampered = { $path }: сохранённого текста нет или он изменён после подписи
error-history-missing = { $path }: нет текста, сохранённого при подписи (папка history/ не попала в git?)
error-invalid-clock = QOSTIL_NOW = «{ $value }» — это не время вида 2026-11-26T18:04:00+05:00
error-never-signed = { $id } ещё ни разу не подписан
error-no-such-signoff = { $id }: не найдена подпись, соответствующая «{ $since }»
error-checks-failed = { $id }: проверка нашла { $count ->
        [one] { $count } ошибку
        [few] { $count } ошибки
       *[many] { $count } ошибок
    }; исправьте их или утвердите с --force --note "причина"
error-force-needs-note = для --force нужен --note "причина"

## Words
role-translator = переводчик
role-editor = редактор
state-untranslated = не переведено
state-in-progress = в работе
state-translated = переведено
state-approved = утверждено
state-stale = устарело
state-edited = изменено
action-claimed = взято в работу
action-translated = переведено
action-approved = утверждено
action-reopened = возвращено в работу
action-note = заметка
unit-paragraphs = { $count ->
        [one] { $count } абзац
        [few] { $count } абзаца
       *[many] { $count } абзацев
    }

## Commands
init-done = Архив создан в { $path }: qostil.toml, articles/, .gitattributes.
new-done = Статья { $id } создана; напишите оригинал в { $path }.
act-done = { $id }: { $action }.
act-all-done = Записано: { $count ->
        [one] { $count } статья
        [few] { $count } статьи
       *[many] { $count } статей
    }.
status-nothing = Работы нет ({ $count ->
        [one] { $count } статья
        [few] { $count } статьи
       *[many] { $count } статей
    }).
status-col-state = СОСТОЯНИЕ
status-col-article = СТАТЬЯ
status-col-who = КТО
status-col-since = КОГДА
status-col-changes = ИЗМЕНЕНИЯ
status-changed-source = оригинал{ $list }: существенных { $substantive }, косметических { $cosmetic }, { $words ->
        [one] { $words } слово
        [few] { $words } слова
       *[many] { $words } слов
    }
status-changed-target = перевод{ $list }: существенных { $substantive }, косметических { $cosmetic }, { $words ->
        [one] { $words } слово
        [few] { $words } слова
       *[many] { $words } слов
    }
status-summary = { $count ->
        [0] Статей нет.
        [one] { $count } статья: { $states }
        [few] { $count } статьи: { $states }
       *[many] { $count } статей: { $states }
    }
log-empty = Журнал пуст.
log-line = { $at }  { $entry }  { $by }  { $action }  { $id } ({ $lang })
log-adopted = принято в архив
show-header = { $id } (оригинал: { $source })
show-no-counterpart = (нет соответствия)

## check
check-article = { $id } ({ $source } → { $target })
severity-error = ошибка
severity-warning = предупреждение
severity-info = замечание
check-summary = { $articles ->
        [one] Проверена { $articles } статья
        [few] Проверено { $articles } статьи
       *[many] Проверено { $articles } статей
    }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
       *[many] { $infos } замечаний
    }.

## diff
diff-header = { $id }: изменения с { $at } (последняя отметка: «{ $action }», { $by })
diff-side-source = Оригинал ({ $lang }): { $count ->
        [0] изменений нет
        [one] { $count } изменение
        [few] { $count } изменения
       *[many] { $count } изменений
    }
diff-side-target = Перевод ({ $lang }): { $count ->
        [0] изменений нет
        [one] { $count } изменение
        [few] { $count } изменения
       *[many] { $count } изменений
    }
diff-unchanged = после подписи не менялся
diff-changed = { $old } → { $new } изменён
diff-inserted = { $new } добавлен
diff-deleted = { $old } удалён
diff-moved = { $old } перемещён на место { $new }
diff-split = { $old } разделён на { $new }
diff-merged = { $old } объединены в { $new }
diff-class-cosmetic = косметическое
diff-class-substantive = существенное
diff-counterpart = исправить { $lang } { $list }
diff-counterpart-original = оригинал: { $lang } { $list }
diff-counterpart-after = перевести после { $lang } ¶{ $after }
diff-counterpart-after-original = оригинал: после { $lang } ¶{ $after }
diff-orphan = { $lang } ¶{ $n } (его перевод):
