## lookalike, several words of one paragraph (src/checks/lookalike.rs)
lookalike-words = { $count ->
    [one] One word has
   *[other] { $count } words have
} letters of another alphabet that look like the right ones: { $words }.

## language, one sentence of a paragraph (src/checks/language.rs)
language-sentence-russian-in-kazakh = A sentence of this Kazakh paragraph is in Russian: “{ $sentence }”
language-sentence-kazakh-in-russian = A sentence of this Russian paragraph is in Kazakh: “{ $sentence }”

## untranslated, one sentence copied from the other version (src/checks/untranslated.rs)
untranslated-sentence-from-russian = A sentence of this Kazakh paragraph is copied from the Russian version, untranslated: “{ $sentence }”
untranslated-sentence-from-kazakh = A sentence of this Russian paragraph is copied from the Kazakh version, untranslated: “{ $sentence }”
