## report: the static HTML site
error-report-out-refused = { $path } is a file or a folder holding other files; give a new or empty folder, or an earlier qostil report
html-done = Report of { $count ->
        [one] one article
       *[other] { $count } articles
    } written to { $path }
html-index-title = Articles in both languages
html-index-caption = Every article with its state, who holds it, what changed since the sign-off and what the checks found.
html-problems = { $count ->
        [one] One article could not be read
       *[other] { $count } articles could not be read
    }
html-filter-state = State
html-filter-who = Person
html-filter-all = all
html-filter-text = Search
html-col-state = State
html-col-article = Article
html-col-who = Who
html-col-since = Since
html-col-changes = Changes
html-col-errors = Errors
html-col-warnings = Warnings
html-col-infos = Notes
html-by-person = By person
html-generated = Written by qostil { $version }.
html-back = All articles
html-lang-kk = Қазақша (kk)
html-lang-ru = Русский (ru)
html-meta = About the article
html-meta-original = Original → translation
html-meta-date = Date
html-meta-section = Section
html-findings = Check findings
html-tally = { $errors ->
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] one warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] one note
       *[other] { $infos } notes
    }
html-credits = Credits
html-credit-author = Author
html-credit-translator = Translator
html-credit-editor = Editor
html-credit-photo = Photo
html-credit-video = Video
html-findings-general = Findings about the whole article
html-role-original = original
html-role-translation = translation
html-versions = Both versions, paragraph by paragraph
html-changed-here = changed since the sign-off
html-revise-here = to revise: its original changed
html-drift = Changes since the sign-off
html-drift-never = Never signed: there is nothing to compare with yet.
html-timeline = Ledger
