## report: статический HTML-отчёт
error-report-out-refused = { $path } — файл или папка с другими файлами; укажите новую или пустую папку либо прежний отчёт qostil
html-done = Отчёт { $count ->
        [one] по { $count } статье
       *[other] по { $count } статьям
    } записан в { $path }
html-index-title = Статьи на двух языках
html-index-caption = Каждая статья: её состояние, у кого она, что изменилось после подписи и что нашли проверки.
html-problems = { $count ->
        [one] Не удалось прочитать { $count } статью
        [few] Не удалось прочитать { $count } статьи
        [many] Не удалось прочитать { $count } статей
       *[other] Не удалось прочитать { $count } статьи
    }
html-filter-state = Состояние
html-filter-who = Сотрудник
html-filter-all = все
html-filter-text = Поиск
html-col-state = Состояние
html-col-article = Статья
html-col-who = У кого
html-col-since = С какого времени
html-col-changes = Изменения
html-col-errors = Ошибки
html-col-warnings = Предупреждения
html-col-infos = Замечания
html-by-person = По сотрудникам
html-generated = Создано qostil { $version }.
html-back = Все статьи
html-lang-kk = Қазақша (kk)
html-lang-ru = Русский (ru)
html-meta = О статье
html-meta-original = Оригинал → перевод
html-meta-date = Дата
html-meta-section = Рубрика
html-findings = Результаты проверок
html-tally = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
        [many] { $infos } замечаний
       *[other] { $infos } замечания
    }
html-credits = Авторы
html-credit-author = Автор
html-credit-translator = Перевод
html-credit-editor = Редактор
html-credit-photo = Фото
html-credit-video = Видео
html-findings-general = Замечания ко всей статье
html-role-original = оригинал
html-role-translation = перевод
html-versions = Обе версии, абзац за абзацем
html-changed-here = изменён после подписи
html-revise-here = нужно пересмотреть: изменился оригинал
html-drift = Изменения после подписи
html-drift-never = Ещё не подписана: сравнивать не с чем.
html-timeline = Журнал
