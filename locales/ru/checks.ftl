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
