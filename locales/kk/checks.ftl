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
length-kk-cut = Қазақша абзац сөйлемнің ортасында үзіледі, ал орысша мәтін сөйлемін аяқтайды: соңы қиылып қалған болуы мүмкін.
length-ru-cut = Орысша абзац сөйлемнің ортасында үзіледі, ал қазақша мәтін сөйлемін аяқтайды: соңы қиылып қалған болуы мүмкін.
length-kk-dangling = Қазақша абзац «{ $word }» сөзімен бітеді — сөйлем де, тақырып та мұндай сөзбен аяқталмайды, ал орысша мәтін олай бітпейді: соңы қиылып қалған болуы мүмкін.
length-ru-dangling = Орысша абзац «{ $word }» сөзімен бітеді — сөйлем де, тақырып та мұндай сөзбен аяқталмайды, ал қазақша мәтін олай бітпейді: соңы қиылып қалған болуы мүмкін.

## lookalike (src/checks/lookalike.rs)
lookalike-latin-in-cyrillic = { $word } сөзінде кириллицаға ұқсас латын әрпі бар ({ $letters }, саны { $count }); орнына { $suggestion } теріңіз.
lookalike-cyrillic-in-latin = { $word } латын сөзінде латынға ұқсас кирилл әрпі бар ({ $letters }, саны { $count }); орнына { $suggestion } теріңіз.
lookalike-foreign-letter = { $word } сөзінде басқа кирилл әліпбиінің әрпі бар ({ $letters }, саны { $count }); орнына { $suggestion } теріңіз.
lookalike-foreign-letter-plain = { $word } сөзінде басқа кирилл әліпбиінің әрпі бар ({ $letters }, саны { $count }).

## language (src/checks/language.rs)
language-russian-in-kazakh = Қазақша нұсқаның бұл абзацы орыс тілінде жазылған.
language-kazakh-in-russian = Орысша нұсқаның бұл абзацы қазақ тілінде жазылған.

## latin (src/checks/latin.rs)
latin-address-missing = { $token } мекенжайы { $missing ->
    [kk] қазақша
   *[ru] орысша
} нұсқада жоқ.
latin-address-changed = Мекенжай нұсқаларда әртүрлі: { $kk } (қазақша) және { $ru } (орысша).
latin-changed = Латын сөзі нұсқаларда әртүрлі: { $kk } (қазақша) және { $ru } (орысша).
latin-missing = { $token } мұнда латын әрпімен жазылған, бірақ { $missing ->
    [kk] қазақша
   *[ru] орысша
} нұсқада латынша да, кириллицамен де табылмады.

## untranslated (src/checks/untranslated.rs)
untranslated-kazakh-text = Екі нұсқада да бірдей қазақша мәтін ({ $similarity }% сәйкес): орысша нұсқа аударылмаған.
untranslated-russian-text = Екі нұсқада да бірдей орысша мәтін ({ $similarity }% сәйкес): қазақша нұсқа аударылмаған.
untranslated-same-text = Екі нұсқада да бірдей мәтін ({ $similarity }% сәйкес): біреуі аударылмаған.

## quotes (src/checks/quotes.rs)
quotes-unclosed = { $lang ->
    [kk] Қазақша
   *[ru] Орысша
} нұсқада тырнақша осы жерде ашылып, жабылмаған.
quotes-unopened = { $lang ->
    [kk] Қазақша
   *[ru] Орысша
} нұсқада тырнақша осы жерде жабылады, бірақ ашылмаған.
quotes-count = Тырнақшадағы үзінділер саны әртүрлі: қазақшада { $kk }, орысшада { $ru }.

## numbers: екі нұсқадағы сандар бірдей болуы керек.
numbers-differ = Сандар сәйкес емес: қазақшада { $kk }, орысшада { $ru }.
numbers-missing-ru = { $count ->
    [one] Қазақша нұсқадағы { $number } саны орысша нұсқада жоқ.
   *[other] Қазақша нұсқадағы { $number } сандары орысша нұсқада жоқ.
}
numbers-missing-kk = { $count ->
    [one] Орысша нұсқадағы { $number } саны қазақша нұсқада жоқ.
   *[other] Орысша нұсқадағы { $number } сандары қазақша нұсқада жоқ.
}

## dates: екі нұсқадағы күндер бірдей болуы керек.
dates-impossible = Мұндай күн болмайды: { $date }.
dates-differ = Күндер сәйкес емес: қазақшада { $kk }, орысшада { $ru }.
dates-missing-ru = Қазақша нұсқадағы { $date } күні орысша нұсқада жоқ.
dates-missing-kk = Орысша нұсқадағы { $date } күні қазақша нұсқада жоқ.

## names: транслитерациядағы жалқы есімдер (src/checks/names.rs)
names-changed = Есім сәйкес емес: қазақша мәтінде { $kk }, орысша мәтінде { $ru }.
names-differ = Есім әртүрлі жазылған: қазақша мәтінде { $kk }, орысша мәтінде { $ru }.
names-only-kk = Қазақша мәтіндегі есімдер ({ $count }) орысша мәтінде жоқ: { $names }
names-only-ru = Орысша мәтіндегі есімдер ({ $count }) қазақша мәтінде жоқ: { $names }

## glossary: glossary.toml термин жұптары (src/checks/glossary.rs)
glossary-missing-ru = Қазақша мәтінде глоссарий термині «{ $kk }» бар, ал орысша мәтінде оның жұбы «{ $ru }» жоқ.
glossary-missing-kk = Орысша мәтінде глоссарий термині «{ $ru }» бар, ал қазақша мәтінде оның жұбы «{ $kk }» жоқ.

## credits: мәтіндегі және журналдағы аудармашы (src/checks/credits.rs)
credits-mismatch = Мәтінде аудармашы ретінде { $credited } көрсетілген, ал журналда аударманы { $ledger } қол қойған.
credits-missing = Журнал бойынша бұл нұсқаны { $ledger } аударған, бірақ мәтінде аудармашы көрсетілмеген.

## empty: бос нұсқалар, абзацтар және толтырғыштар (src/checks/empty.rs)
empty-version = { $lang ->
    [kk] Қазақша
   *[ru] Орысша
} нұсқада мәтін жоқ.
empty-no-title = Нұсқа «# Тақырып» жолынан басталмайды.
empty-paragraph = Абзацта әріп те, сан да жоқ: { $text }
empty-placeholder = Мәтінде толтырғыш қалып қойған: { $text }
paragraphs-run-missing-in-ru = Қазақша { $kk }–{ $kk2 } абзацтардың ({ $count } абзац) орысша нұсқада баламасы жоқ.
paragraphs-run-missing-in-kk = Орысша { $ru }–{ $ru2 } абзацтардың ({ $count } абзац) қазақша нұсқада баламасы жоқ.
