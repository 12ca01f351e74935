# Messages of the cross-language checks (qostil check). One section per check.

## paragraphs: абзацтардың сәйкестігі (src/checks/paragraphs.rs)
paragraphs-missing-in-ru = Қазақша { $kk }-абзацтың орысша нұсқада баламасы жоқ.
paragraphs-missing-in-kk = Орысша { $ru }-абзацтың қазақша нұсқада баламасы жоқ.
paragraphs-merged-in-ru = Қазақша { $kk }–{ $kk2 }-абзацтар орысша нұсқада бір абзац ({ $ru }-абзац).
paragraphs-merged-in-kk = Орысша { $ru }–{ $ru2 }-абзацтар қазақша нұсқада бір абзац ({ $kk }-абзац).
paragraphs-regrouped = Қазақша { $kk }–{ $kk2 }-абзацтар мен орысша { $ru }–{ $ru2 }-абзацтар басқаша бөлінген.

## length: мәтін ұзындығының ауытқуы (src/checks/length.rs)
length-kk-short = Қазақша мәтін орысша мәтінге қарай күтілетін ұзындықтың небәрі { $percent }% құрайды.
length-ru-short = Орысша мәтін қазақша мәтінге қарай күтілетін ұзындықтың небәрі { $percent }% құрайды.
length-kk-truncated = Қазақша мәтін үзіліп қалған сияқты: орысша мәтінге қарай күтілетін ұзындықтың { $percent }% ғана.
length-ru-truncated = Орысша мәтін үзіліп қалған сияқты: қазақша мәтінге қарай күтілетін ұзындықтың { $percent }% ғана.
