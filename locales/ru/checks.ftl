# Messages of the cross-language checks (qostil check). One section per check.

## names: имена собственные при транслитерации (src/checks/names.rs)
names-changed = Имя не совпадает: { $kk } в казахском тексте, { $ru } в русском.
names-differ = Имя написано по-разному: { $kk } в казахском тексте, { $ru } в русском.
names-only-kk = { $count ->
    [one] Имени из казахского текста нет в русском: { $names }
    [few] Имён из казахского текста нет в русском: { $names }
    [many] Имён из казахского текста нет в русском: { $names }
   *[other] Имён из казахского текста нет в русском: { $names }
}
names-only-ru = { $count ->
    [one] Имени из русского текста нет в казахском: { $names }
    [few] Имён из русского текста нет в казахском: { $names }
    [many] Имён из русского текста нет в казахском: { $names }
   *[other] Имён из русского текста нет в казахском: { $names }
}

## glossary: пары терминов из glossary.toml (src/checks/glossary.rs)
glossary-missing-ru = В казахском тексте есть термин глоссария «{ $kk }», а в русском нет его пары «{ $ru }».
glossary-missing-kk = В русском тексте есть термин глоссария «{ $ru }», а в казахском нет его пары «{ $kk }».

## credits: переводчик в тексте и в журнале (src/checks/credits.rs)
credits-mismatch = В тексте переводчиком указан { $credited }, а в журнале перевод подписал { $ledger }.
credits-missing = По журналу эту версию перевёл { $ledger }, но в тексте переводчик не указан.

## empty: пустые версии, абзацы и заглушки (src/checks/empty.rs)
empty-version = В { $lang ->
    [kk] казахской
   *[ru] русской
} версии нет текста.
empty-no-title = Версия не начинается со строки «# Заголовок».
empty-paragraph = В абзаце нет ни букв, ни цифр: { $text }
empty-placeholder = В тексте осталась заглушка: { $text }
