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
