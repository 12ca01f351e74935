## Болдырмау, тапсыру және топтап белгілеу (12-мәселе)
action-unclaimed = алудан бас тартылды
action-revoked = кері қайтарылды
act-already = { $id }: сіз бұған дейін де { $action } деп белгілегенсіз, содан бері ештеңе өзгермеген; жазба қосылмады.
act-would = { $id }: { $state }{ $errors ->
        [0] {""}
       *[other] , тексеру { $errors } қате тапты: бас тартылады
    }
act-dry-run = Сынақ жүрісі: { $count } мақала көрсетілді, ештеңе жазылмады.
act-confirm = { $count } мақала жазылсын ба? [y/N]
act-cancelled = Тоқтатылды: ештеңе жазылмады.
log-unchanged = аударма өзгертілмеді
log-refers = { $entry } жазбасы
error-note-required = { $id }: { $action } үшін --note "себебі" керек
error-not-claimed = { $id } мақаласын ешкім алмаған
error-unknown-entry = { $id }: журналда { $entry } жазбасы жоқ (қараңыз: qostil log { $id })
error-not-revocable = { $id }: { $entry } жазбасын ({ $action }) кері қайтаруға болмайды: тек қолтаңбаны, бекітуді немесе қабылданған ескертуді қайтаруға болады
error-already-revoked = { $id }: { $entry } жазбасы бұған дейін кері қайтарылған
error-unrevised = { $id }: түпнұсқа өзгерді, бірақ { $lang } { $paragraphs } өзгермеді; түзетіңіз немесе --unchanged --note "себебі" арқылы қол қойыңыз
error-needs-confirmation = терминал емес: растаусыз жазу үшін --yes қосыңыз, тізімді көру үшін --dry-run
status-reason-empty-original = түпнұсқа бос
missing-translation-none = { $lang } аудармасы әлі жоқ: мақала тексерілмеді.
check-not-checked = Аудармасы әлі жоқ { $count } мақала тексерілмеді.
action-accepted = ескерту қабылданды
check-accepted = қабылданған
error-no-such-finding = { $id }: тексеру ¶{ $paragraph } абзацында { $check } ескертуін таппады (қараңыз: qostil check { $id })
error-not-regular-file = { $path } кәдімгі файл емес (бума, FIFO, сокет немесе құрылғы) немесе бума күтілген жерде бума емес: qostil оны ашпайды
error-sign-checks-failed = { $id }: тексеру { $count } қате тапты; аударманы түзетіңіз немесе --force --note "себебі" арқылы қол қойыңыз
