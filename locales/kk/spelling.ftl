# Түзетудің неге сырттай не мәнді екені: `diff` ішінде класының жанында көрсетіледі.
diff-class-reason = { $class }: { $reason }
diff-reason-spelling = қате жазылу
diff-reason-case = бас әріп не кіші әріп
diff-reason-yo = ё/е
diff-reason-whitespace = бос орын
diff-reason-punctuation = тыныс белгісі
diff-reason-lookalike = кирилл әрпінің орнында латын әрпі
diff-reason-number = сан
diff-reason-date = ай не апта күні
diff-reason-latin = латынша сөз
diff-reason-name = жалқы есім
diff-reason-negation = болымсыздық
diff-reason-word-form = сөз тұлғасы
diff-reason-words = сөздер
