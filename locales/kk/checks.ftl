# Messages of the cross-language checks (qostil check). One section per check.

## numbers: екі нұсқадағы сандар бірдей болуы керек.
numbers-differ = Сандар сәйкес емес: қазақшада { $kk }, орысшада { $ru }.
numbers-missing-ru = Қазақша нұсқадағы { $number } саны орысша нұсқада жоқ.
numbers-missing-kk = Орысша нұсқадағы { $number } саны қазақша нұсқада жоқ.

## dates: екі нұсқадағы күндер бірдей болуы керек.
dates-impossible = Мұндай күн болмайды: { $date }.
dates-differ = Күндер сәйкес емес: қазақшада { $kk }, орысшада { $ru }.
dates-missing-ru = Қазақша нұсқадағы { $date } күні орысша нұсқада жоқ.
dates-missing-kk = Орысша нұсқадағы { $date } күні қазақша нұсқада жоқ.
