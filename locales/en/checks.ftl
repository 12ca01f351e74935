# Messages of the cross-language checks (qostil check). One section per check.

## numbers: the numbers of the two versions must agree.
numbers-differ = The numbers differ: { $kk } in Kazakh, { $ru } in Russian.
numbers-missing-ru = The number { $number } of the Kazakh version is not in the Russian version.
numbers-missing-kk = The number { $number } of the Russian version is not in the Kazakh version.

## dates: the dates of the two versions must agree.
dates-impossible = This date does not exist: { $date }.
dates-differ = The dates differ: { $kk } in Kazakh, { $ru } in Russian.
dates-missing-ru = The date { $date } of the Kazakh version is not in the Russian version.
dates-missing-kk = The date { $date } of the Russian version is not in the Kazakh version.
