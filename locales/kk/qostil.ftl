# qostil — қазақша хабарламалар.

label-error = қате

## Errors
error-io = { $path }: { $detail }
error-not-utf8 = { $path }:{ $line }: файл UTF-8 кодтауында емес
error-toml = { $path }:{ $line }: TOML қатесі: { $detail }
error-unknown-key = { $path }:{ $line }: белгісіз кілт «{ $key }»
error-missing-key = { $path }:{ $line }: міндетті «{ $key }» кілті жоқ
error-invalid-value = { $path }:{ $line }: «{ $key }» мәні жарамсыз: { $value }
error-missing-original = { $path }: түпнұсқа жоқ
error-empty-original = { $path }: түпнұсқа бос
error-missing-translation = { $path }: аударма жоқ немесе бос
error-invalid-id = «{ $id }» — мақаланың жарамсыз идентификаторы (articles/ ішіндегі бума жолы, мысалы 2026/my-article)
error-id-escapes = «{ $id }» articles/ бумасынан тыс жерге апарады
error-link-refused = { $path } — символдық сілтеме: мақаланың файлдары өзінікі болуы керек, qostil оны оқымайды да, жазбайды да
error-unknown-article = articles/ ішінде «{ $id }» мақаласы жоқ
error-article-exists = «{ $id }» мақаласы бұрыннан бар
error-no-archive = { $path } ішінде де, одан жоғары да qostil.toml жоқ (алдымен «qostil init» орындаңыз)
error-archive-exists = { $path } ішінде qostil мұрағаты бұрыннан бар
error-no-identity = сіз кімсіз? --by АТЫ беріңіз, не QOSTIL_USER, не git config user.name орнатыңыз
error-not-on-roster = «{ $name }» qostil.toml ішіндегі редакция құрамында жоқ
error-missing-role = qostil.toml бойынша «{ $name }» адамының «{ $role }» рөлі жоқ
error-claimed-by = { $id } мақаласын { $name } жұмысқа алып қойған
error-self-approval = { $id }: бұл аударманы { $name } өзі қол қойған, сондықтан оны бекіте алмайды
error-wrong-state = { $id } күйі — «{ $state }»: «{ $action }» әрекеті мүмкін емес
error-history-tampered = { $path }: сақталған мәтін жоқ немесе қол қойылғаннан кейін өзгертілген
error-history-missing = { $path }: қол қойылған кездегі сақталған мәтін жоқ (history/ бумасы git-ке енгізілген бе?)
error-invalid-clock = QOSTIL_NOW мәні «{ $value }» — 2026-11-26T18:04:00+05:00 түріндегі уақыт емес
error-never-signed = { $id } әлі бірде-бір рет қол қойылмаған
error-no-such-signoff = { $id }: «{ $since }» мәніне сәйкес келетін қолтаңба жоқ
error-checks-failed = { $id }: тексеру { $count } қате тапты; қателерді түзетіңіз немесе --force --note "себебі" арқылы бекітіңіз
error-force-needs-note = --force үшін --note "себебі" керек

## Words
role-translator = аудармашы
role-editor = редактор
state-untranslated = аударылмаған
state-in-progress = жұмыста
state-translated = аударылған
state-approved = бекітілген
state-stale = ескірген
state-edited = өзгертілген
action-claimed = жұмысқа алынды
action-translated = аударылды
action-approved = бекітілді
action-reopened = жұмысқа қайтарылды
action-note = түсініктеме
unit-paragraphs = { $count } абзац

## Commands
init-done = Мұрағат { $path } ішінде құрылды: qostil.toml, articles/, .gitattributes.
new-done = { $id } мақаласы құрылды; түпнұсқаны { $path } файлына жазыңыз.
act-done = { $id }: { $action }.
act-all-done = Жазылды: { $count } мақала.
status-nothing = Атқаратын жұмыс жоқ ({ $count } мақала).
status-col-state = КҮЙІ
status-col-article = МАҚАЛА
status-col-who = КІМ
status-col-since = ҚАШАННАН
status-col-changes = ӨЗГЕРІСТЕР
status-changed-source = түпнұсқа{ $list }: мазмұндық { $substantive }, косметикалық { $cosmetic }, { $words } сөз
status-changed-target = аударма{ $list }: мазмұндық { $substantive }, косметикалық { $cosmetic }, { $words } сөз
status-summary = { $count ->
        [0] Мақала жоқ.
       *[other] { $count } мақала: { $states }
    }
log-empty = Журнал бос.
log-line = { $at }  { $entry }  { $by }  { $action }  { $id } ({ $lang })
log-adopted = мұрағатқа қабылданды
show-header = { $id } (түпнұсқа: { $source })
show-no-counterpart = (сәйкесі жоқ)

## check
check-article = { $id } ({ $source } → { $target })
severity-error = қате
severity-warning = ескерту
severity-info = мәлімет
check-summary = { $articles } мақала тексерілді: { $errors } қате, { $warnings } ескерту, { $infos } мәлімет.

## diff
diff-header = { $id }: соңғы белгіден («{ $action }», { $by }, { $at }) бергі өзгерістер
diff-side-source = Түпнұсқа ({ $lang }): { $count ->
        [0] өзгеріс жоқ
       *[other] { $count } өзгеріс
    }
diff-side-target = Аударма ({ $lang }): { $count ->
        [0] өзгеріс жоқ
       *[other] { $count } өзгеріс
    }
diff-unchanged = қол қойылғаннан бері өзгермеген
diff-changed = { $old } → { $new } өзгерді
diff-inserted = { $new } қосылды
diff-deleted = { $old } жойылды
diff-moved = { $old } { $new } орнына ауыстырылды
diff-split = { $old } { $new } болып бөлінді
diff-merged = { $old } { $new } болып біріктірілді
diff-class-cosmetic = косметикалық
diff-class-substantive = мазмұндық
diff-counterpart = түзету керек: { $lang } { $list }
diff-counterpart-original = түпнұсқасы: { $lang } { $list }
diff-counterpart-after = { $lang } ¶{ $after } кейін аудару керек
diff-counterpart-after-original = түпнұсқасы: { $lang } ¶{ $after } кейін
diff-orphan = { $lang } ¶{ $n } (оның аудармасы):
