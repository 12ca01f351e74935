# Messages of the cross-language checks (qostil check). One section per check.

## names: proper names across transliteration (src/checks/names.rs)
names-changed = The name differs: { $kk } in the Kazakh text, { $ru } in the Russian text.
names-differ = The name is spelled differently: { $kk } in the Kazakh text, { $ru } in the Russian text.
names-only-kk = { $count ->
    [one] A name of the Kazakh text is not in the Russian text: { $names }
   *[other] Names of the Kazakh text are not in the Russian text: { $names }
}
names-only-ru = { $count ->
    [one] A name of the Russian text is not in the Kazakh text: { $names }
   *[other] Names of the Russian text are not in the Kazakh text: { $names }
}

## glossary: term pairs of glossary.toml (src/checks/glossary.rs)
glossary-missing-ru = The Kazakh text uses the glossary term “{ $kk }”, but the Russian text does not use its pair “{ $ru }”.
glossary-missing-kk = The Russian text uses the glossary term “{ $ru }”, but the Kazakh text does not use its pair “{ $kk }”.

## credits: the credited translator and the ledger (src/checks/credits.rs)
credits-mismatch = The text credits { $credited } as translator, but the ledger says { $ledger } signed the translation.
credits-missing = The ledger says { $ledger } translated this version, but the text credits no translator.

## empty: empty versions, paragraphs and placeholders (src/checks/empty.rs)
empty-version = The { $lang ->
    [kk] Kazakh
   *[ru] Russian
} version has no text.
empty-no-title = The version does not start with a “# Title” line.
empty-paragraph = The paragraph has no letters or digits: { $text }
empty-placeholder = A placeholder was left in the text: { $text }
