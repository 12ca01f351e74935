# Why a change is cosmetic or substantive, shown next to its class in `diff`.
diff-class-reason = { $class }: { $reason }
diff-reason-spelling = spelling fix
diff-reason-case = letter case
diff-reason-yo = ё/е
diff-reason-whitespace = white space
diff-reason-punctuation = punctuation
diff-reason-lookalike = look-alike letter
diff-reason-number = number
diff-reason-date = date
diff-reason-latin = Latin word
diff-reason-name = name
diff-reason-negation = negation
diff-reason-word-form = word form
diff-reason-words = words
