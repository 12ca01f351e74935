# Messages of the cross-language checks (qostil check). One section per check.

## paragraphs: соответствие абзацев (src/checks/paragraphs.rs)
paragraphs-missing-in-ru = У казахского абзаца { $kk } нет соответствия в русской версии.
paragraphs-missing-in-kk = У русского абзаца { $ru } нет соответствия в казахской версии.
paragraphs-merged-in-ru = Казахские абзацы { $kk }–{ $kk2 } в русской версии составляют один абзац (абзац { $ru }).
paragraphs-merged-in-kk = Русские абзацы { $ru }–{ $ru2 } в казахской версии составляют один абзац (абзац { $kk }).
paragraphs-regrouped = Казахские абзацы { $kk }–{ $kk2 } и русские абзацы { $ru }–{ $ru2 } разбиты по-разному.

## length: отклонения в длине текста (src/checks/length.rs)
length-kk-short = Казахский текст составляет лишь { $percent }% от длины, ожидаемой по русскому тексту.
length-ru-short = Русский текст составляет лишь { $percent }% от длины, ожидаемой по казахскому тексту.
length-kk-truncated = Казахский текст, похоже, обрезан: { $percent }% от длины, ожидаемой по русскому тексту.
length-ru-truncated = Русский текст, похоже, обрезан: { $percent }% от длины, ожидаемой по казахскому тексту.
length-kk-cut = Казахский абзац обрывается на середине предложения, а русский текст заканчивает предложение: его конец, возможно, обрезан.
length-ru-cut = Русский абзац обрывается на середине предложения, а казахский текст заканчивает предложение: его конец, возможно, обрезан.
length-kk-dangling = Казахский абзац заканчивается словом «{ $word }», которым не заканчиваются ни предложения, ни заголовки, а русский текст так не заканчивается: его конец, возможно, обрезан.
length-ru-dangling = Русский абзац заканчивается словом «{ $word }», которым не заканчиваются ни предложения, ни заголовки, а казахский текст так не заканчивается: его конец, возможно, обрезан.

## lookalike (src/checks/lookalike.rs)
lookalike-latin-in-cyrillic = В слове { $word } { $count ->
    [one] латинская буква
   *[other] латинские буквы
} ({ $letters }), похожие на кириллицу; наберите { $suggestion }.
lookalike-cyrillic-in-latin = В латинском слове { $word } { $count ->
    [one] кириллическая буква
   *[other] кириллические буквы
} ({ $letters }), похожие на латиницу; наберите { $suggestion }.
lookalike-foreign-letter = В слове { $word } { $count ->
    [one] буква
   *[other] буквы
} другого кириллического алфавита ({ $letters }); наберите { $suggestion }.
lookalike-foreign-letter-plain = В слове { $word } { $count ->
    [one] буква
   *[other] буквы
} другого кириллического алфавита ({ $letters }).

## language (src/checks/language.rs)
language-russian-in-kazakh = Этот абзац казахской версии написан по-русски.
language-kazakh-in-russian = Этот абзац русской версии написан по-казахски.

## latin (src/checks/latin.rs)
latin-address-missing = Адреса { $token } нет в { $missing ->
    [kk] казахской
   *[ru] русской
} версии.
latin-address-changed = Адрес различается в версиях: { $kk } (казахская) и { $ru } (русская).
latin-changed = Латинское слово различается в версиях: { $kk } (казахская) и { $ru } (русская).
latin-missing = { $token } написано здесь латиницей, но в { $missing ->
    [kk] казахской
   *[ru] русской
} версии не найдено ни латиницей, ни кириллицей.

## untranslated (src/checks/untranslated.rs)
untranslated-kazakh-text = В обеих версиях один и тот же казахский текст (совпадение { $similarity }%): русская версия не переведена.
untranslated-russian-text = В обеих версиях один и тот же русский текст (совпадение { $similarity }%): казахская версия не переведена.
untranslated-same-text = В обеих версиях один и тот же текст (совпадение { $similarity }%): одна из них не переведена.

## quotes (src/checks/quotes.rs)
quotes-unclosed = В { $lang ->
    [kk] казахской
   *[ru] русской
} версии здесь открывается кавычка, которая не закрыта.
quotes-unopened = В { $lang ->
    [kk] казахской
   *[ru] русской
} версии здесь закрывается кавычка, которая не была открыта.
quotes-count = Число цитат различается: { $kk } в казахской версии, { $ru } в русской.

## numbers: числа в двух версиях должны совпадать.
# [1], не [one]: в русском категория one включает и 21, 31, …, а здесь единственное число — только для одного числа.
numbers-differ = Числа не совпадают: { $kk } в казахской версии, { $ru } в русской.
numbers-missing-ru = { $count ->
    [1] Числа { $number } из казахской версии нет в русской.
   *[other] Чисел { $number } из казахской версии нет в русской.
}
numbers-missing-kk = { $count ->
    [1] Числа { $number } из русской версии нет в казахской.
   *[other] Чисел { $number } из русской версии нет в казахской.
}

## dates: даты в двух версиях должны совпадать.
dates-impossible = Такой даты не бывает: { $date }.
dates-differ = Даты не совпадают: { $kk } в казахской версии, { $ru } в русской.
dates-missing-ru = Даты { $date } из казахской версии нет в русской.
dates-missing-kk = Даты { $date } из русской версии нет в казахской.

## names: имена собственные при транслитерации (src/checks/names.rs)
names-changed = Имя не совпадает: { $kk } в казахском тексте, { $ru } в русском.
names-differ = Имя написано по-разному: { $kk } в казахском тексте, { $ru } в русском.
names-only-kk = { $count ->
    [1] Имени из казахского текста нет в русском: { $names }
   *[other] Имён из казахского текста нет в русском: { $names }
}
names-only-ru = { $count ->
    [1] Имени из русского текста нет в казахском: { $names }
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
paragraphs-run-missing-in-ru = Казахские абзацы { $kk }–{ $kk2 } ({ $count ->
        [one] { $count } абзац
        [few] { $count } абзаца
       *[many] { $count } абзацев
    }) не имеют соответствия в русской версии.
paragraphs-run-missing-in-kk = Русские абзацы { $ru }–{ $ru2 } ({ $count ->
        [one] { $count } абзац
        [few] { $count } абзаца
       *[many] { $count } абзацев
    }) не имеют соответствия в казахской версии.
