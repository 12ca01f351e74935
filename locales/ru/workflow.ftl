## Отмена, передача и пакетные действия (задача 12)
action-unclaimed = снято с работы
action-revoked = отозвано
act-already = { $id }: уже { $action } вами, с тех пор ничего не изменилось; запись не добавлена.
act-would = { $id }: { $state }{ $errors ->
        [0] {""}
        [one] , проверки нашли { $errors } ошибку: будет отказано
        [few] , проверки нашли { $errors } ошибки: будет отказано
        [many] , проверки нашли { $errors } ошибок: будет отказано
       *[other] , проверки нашли { $errors } ошибки: будет отказано
    }
act-dry-run = Пробный прогон: { $count ->
        [one] { $count } статья в списке
        [few] { $count } статьи в списке
        [many] { $count } статей в списке
       *[other] { $count } статьи в списке
    }, ничего не записано.
act-confirm = Записать { $count ->
        [one] { $count } статью
        [few] { $count } статьи
        [many] { $count } статей
       *[other] { $count } статьи
    }? [y/N]
act-cancelled = Отменено: ничего не записано.
log-unchanged = перевод без изменений
log-refers = записи { $entry }
error-note-required = { $id }: для { $action } нужен --note "причина"
error-not-claimed = { $id } никем не взята в работу
error-unknown-entry = { $id }: в журнале нет записи { $entry } (см.: qostil log { $id })
error-not-revocable = { $id }: запись { $entry } ({ $action }) нельзя отозвать: отозвать можно только подпись, утверждение или принятое замечание
error-already-revoked = { $id }: запись { $entry } уже отозвана
error-unrevised = { $id }: оригинал изменился, а { $lang } { $paragraphs } — нет; исправьте перевод или подпишите с --unchanged --note "причина"
error-needs-confirmation = вывод не в терминал: добавьте --yes, чтобы записать без подтверждения, или --dry-run, чтобы увидеть список
status-reason-empty-original = оригинал пуст
missing-translation-none = Перевода на { $lang } ещё нет: статья не проверена.
check-not-checked = { $count ->
        [one] { $count } статья ещё без перевода: не проверена.
        [few] { $count } статьи ещё без перевода: не проверены.
        [many] { $count } статей ещё без перевода: не проверены.
       *[other] { $count } статьи ещё без перевода: не проверены.
    }
action-accepted = замечание принято
check-accepted = принято
error-no-such-finding = { $id }: проверки не находят замечания { $check } в ¶{ $paragraph } (см.: qostil check { $id })
error-not-regular-file = { $path } — не обычный файл (папка, FIFO, сокет или устройство) или не папка там, где она ожидается: qostil его не открывает
error-sign-checks-failed = { $id }: проверки нашли { $count ->
        [one] { $count } ошибку
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    }; исправьте перевод или подпишите с --force --note "причина"
