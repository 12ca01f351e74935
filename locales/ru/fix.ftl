# qostil fix: безопасные исправления.

fix-change = { $path }: строка { $line }: [-{ $old }-]{"{"}+{ $new }+{"}"}
fix-spaces = { $path }: строка { $line }: пробелов { $count } → 1
fix-would = Файлов к исправлению: { $files } (исправлений: { $fixes }); ничего не записано
fix-done = Исправлено файлов: { $files } (исправлений: { $fixes })
