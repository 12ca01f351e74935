# Messages of the cross-language checks (qostil check). One section per check.

## paragraphs: paragraph correspondence (src/checks/paragraphs.rs)
paragraphs-missing-in-ru = Kazakh paragraph { $kk } has no counterpart in the Russian version.
paragraphs-missing-in-kk = Russian paragraph { $ru } has no counterpart in the Kazakh version.
paragraphs-merged-in-ru = Kazakh paragraphs { $kk }–{ $kk2 } are one paragraph in Russian (paragraph { $ru }).
paragraphs-merged-in-kk = Russian paragraphs { $ru }–{ $ru2 } are one paragraph in Kazakh (paragraph { $kk }).
paragraphs-regrouped = Kazakh paragraphs { $kk }–{ $kk2 } and Russian paragraphs { $ru }–{ $ru2 } are divided differently.

## length: length-ratio outliers (src/checks/length.rs)
length-kk-short = The Kazakh text is only { $percent }% of the length the Russian text predicts.
length-ru-short = The Russian text is only { $percent }% of the length the Kazakh text predicts.
length-kk-truncated = The Kazakh text looks cut off: it is { $percent }% of the length the Russian text predicts.
length-ru-truncated = The Russian text looks cut off: it is { $percent }% of the length the Kazakh text predicts.
length-kk-cut = The Kazakh paragraph stops in mid-sentence, where the Russian text ends its sentence: its end may have been cut off.
length-ru-cut = The Russian paragraph stops in mid-sentence, where the Kazakh text ends its sentence: its end may have been cut off.
length-kk-dangling = The Kazakh paragraph ends on “{ $word }”, a word no sentence or headline ends with, where the Russian text does not: its end may have been cut off.
length-ru-dangling = The Russian paragraph ends on “{ $word }”, a word no sentence or headline ends with, where the Kazakh text does not: its end may have been cut off.

## lookalike (src/checks/lookalike.rs)
lookalike-latin-in-cyrillic = The word { $word } has { $count ->
    [one] a Latin letter ({ $letters }) that looks like a Cyrillic one
   *[other] Latin letters ({ $letters }) that look like Cyrillic ones
}; type { $suggestion } instead.
lookalike-cyrillic-in-latin = The Latin word { $word } has { $count ->
    [one] a Cyrillic letter ({ $letters }) that looks like a Latin one
   *[other] Cyrillic letters ({ $letters }) that look like Latin ones
}; type { $suggestion } instead.
lookalike-foreign-letter = The word { $word } has { $count ->
    [one] a letter
   *[other] letters
} of another Cyrillic alphabet ({ $letters }); type { $suggestion } instead.
lookalike-foreign-letter-plain = The word { $word } has { $count ->
    [one] a letter
   *[other] letters
} of another Cyrillic alphabet ({ $letters }).

## language (src/checks/language.rs)
language-russian-in-kazakh = This paragraph of the Kazakh version is written in Russian.
language-kazakh-in-russian = This paragraph of the Russian version is written in Kazakh.

## latin (src/checks/latin.rs)
latin-address-missing = The address { $token } is missing from the { $missing ->
    [kk] Kazakh
   *[ru] Russian
} version.
latin-address-changed = The address differs between the versions: { $kk } (Kazakh) and { $ru } (Russian).
latin-changed = The Latin word differs between the versions: { $kk } (Kazakh) and { $ru } (Russian).
latin-missing = { $token } is written in Latin letters here but is not found in the { $missing ->
    [kk] Kazakh
   *[ru] Russian
} version, in Latin or in Cyrillic.

## untranslated (src/checks/untranslated.rs)
untranslated-kazakh-text = Both versions have the same Kazakh text ({ $similarity }% the same): the Russian version was not translated.
untranslated-russian-text = Both versions have the same Russian text ({ $similarity }% the same): the Kazakh version was not translated.
untranslated-same-text = Both versions have the same text ({ $similarity }% the same): one of them was not translated.

## quotes (src/checks/quotes.rs)
quotes-unclosed = A quotation mark opens here and is never closed in the { $lang ->
    [kk] Kazakh
   *[ru] Russian
} version.
quotes-unopened = A quotation mark closes here but none was opened in the { $lang ->
    [kk] Kazakh
   *[ru] Russian
} version.
quotes-count = The number of quoted passages differs: { $kk } in Kazakh, { $ru } in Russian.

## numbers: the numbers of the two versions must agree.
numbers-differ = The numbers differ: { $kk } in Kazakh, { $ru } in Russian.
numbers-missing-ru = { $count ->
    [one] The number { $number } of the Kazakh version is not in the Russian version.
   *[other] The numbers { $number } of the Kazakh version are not in the Russian version.
}
numbers-missing-kk = { $count ->
    [one] The number { $number } of the Russian version is not in the Kazakh version.
   *[other] The numbers { $number } of the Russian version are not in the Kazakh version.
}

## dates: the dates of the two versions must agree.
dates-impossible = This date does not exist: { $date }.
dates-differ = The dates differ: { $kk } in Kazakh, { $ru } in Russian.
dates-missing-ru = The date { $date } of the Kazakh version is not in the Russian version.
dates-missing-kk = The date { $date } of the Russian version is not in the Kazakh version.

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
paragraphs-run-missing-in-ru = Kazakh paragraphs { $kk }–{ $kk2 } ({ $count } paragraphs) have no counterpart in the Russian version.
paragraphs-run-missing-in-kk = Russian paragraphs { $ru }–{ $ru2 } ({ $count } paragraphs) have no counterpart in the Kazakh version.
