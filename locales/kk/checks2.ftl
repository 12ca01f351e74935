## lookalike, several words of one paragraph (src/checks/lookalike.rs)
lookalike-words = { $count } сөзде басқа әліпбидің ұқсас әріптері бар: { $words }.

## language, one sentence of a paragraph (src/checks/language.rs)
language-sentence-russian-in-kazakh = Қазақша нұсқаның осы абзацындағы бір сөйлем орысша жазылған: «{ $sentence }»
language-sentence-kazakh-in-russian = Орысша нұсқаның осы абзацындағы бір сөйлем қазақша жазылған: «{ $sentence }»

## untranslated, one sentence copied from the other version (src/checks/untranslated.rs)
untranslated-sentence-from-russian = Қазақша нұсқаның осы абзацындағы бір сөйлем орысша нұсқадан аударылмай көшірілген: «{ $sentence }»
untranslated-sentence-from-kazakh = Орысша нұсқаның осы абзацындағы бір сөйлем қазақша нұсқадан аударылмай көшірілген: «{ $sentence }»
