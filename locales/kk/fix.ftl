# qostil fix: қауіпсіз түзетулер.

fix-change = { $path }: { $line }-жол: [-{ $old }-]{"{"}+{ $new }+{"}"}
fix-spaces = { $path }: { $line }-жол: { $count } бос орын → 1
fix-would = { $files } файл түзетілер еді ({ $fixes } түзету); ештеңе жазылған жоқ
fix-done = { $files } файл түзетілді ({ $fixes } түзету)
