## lookalike, several words of one paragraph (src/checks/lookalike.rs)
lookalike-words = { $count ->
    [one] В { $count } слове
    [few] В { $count } словах
    [many] В { $count } словах
   *[other] В { $count } словах
} есть буквы другого алфавита, похожие на нужные: { $words }.

## language, one sentence of a paragraph (src/checks/language.rs)
language-sentence-russian-in-kazakh = Одно предложение этого абзаца казахской версии написано по-русски: «{ $sentence }»
language-sentence-kazakh-in-russian = Одно предложение этого абзаца русской версии написано по-казахски: «{ $sentence }»

## untranslated, one sentence copied from the other version (src/checks/untranslated.rs)
untranslated-sentence-from-russian = Одно предложение этого абзаца казахской версии скопировано из русской версии без перевода: «{ $sentence }»
untranslated-sentence-from-kazakh = Одно предложение этого абзаца русской версии скопировано из казахской версии без перевода: «{ $sentence }»
