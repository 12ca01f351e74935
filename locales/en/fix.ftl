# qostil fix: safe mechanical fixes.

fix-change = { $path }: line { $line }: [-{ $old }-]{"{"}+{ $new }+{"}"}
fix-spaces = { $path }: line { $line }: { $count } spaces → 1
fix-would = { $files ->
    [one] { $files } file would be fixed ({ $fixes } fixes); nothing was written
   *[other] { $files } files would be fixed ({ $fixes } fixes); nothing was written
}
fix-done = { $files ->
    [one] { $files } file fixed ({ $fixes } fixes)
   *[other] { $files } files fixed ({ $fixes } fixes)
}
