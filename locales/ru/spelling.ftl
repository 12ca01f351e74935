# Почему правка косметическая или по существу: показывается рядом с классом в `diff`.
diff-class-reason = { $class }: { $reason }
diff-reason-spelling = опечатка
diff-reason-case = регистр букв
diff-reason-yo = ё/е
diff-reason-whitespace = пробелы
diff-reason-punctuation = пунктуация
diff-reason-lookalike = латинская буква вместо кириллической
diff-reason-number = число
diff-reason-date = дата
diff-reason-latin = слово латиницей
diff-reason-name = имя собственное
diff-reason-negation = отрицание
diff-reason-word-form = форма слова
diff-reason-words = слова
