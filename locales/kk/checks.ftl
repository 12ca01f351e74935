# Messages of the cross-language checks (qostil check). One section per check.

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
