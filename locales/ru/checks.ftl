# Messages of the cross-language checks (qostil check). One section per check.

## numbers: числа в двух версиях должны совпадать.
numbers-differ = Числа не совпадают: { $kk } в казахской версии, { $ru } в русской.
numbers-missing-ru = Числа { $number } из казахской версии нет в русской.
numbers-missing-kk = Числа { $number } из русской версии нет в казахской.

## dates: даты в двух версиях должны совпадать.
dates-impossible = Такой даты не бывает: { $date }.
dates-differ = Даты не совпадают: { $kk } в казахской версии, { $ru } в русской.
dates-missing-ru = Даты { $date } из казахской версии нет в русской.
dates-missing-kk = Даты { $date } из русской версии нет в казахской.
