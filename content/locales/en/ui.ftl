# Interface text. Ids here have no underscore; each becomes a constant (msg::SITE_NAME) that the
# app's components use, so a missing or misspelt id fails the build.

site-name = { -site-name }
site-tagline = What Chicago and Illinois law say about police and immigration, in plain words, with sources.
skip-to-content = Skip to main content
nav-home = Home
nav-label = Site

home-title = Know your rights in Chicago
home-intro = Pick a situation. We ask a few short questions. Then we explain what the law says, why, and what you can do.
home-audience = For: { $audience }
audience-resident = residents
audience-officer = police officers and City workers
audience-trainer = trainers

step-back = Back
step-start-over = Start over
step-answers-heading = Your answers so far
step-change = Change
step-change-label = Change your answer to: { $question }
step-choose = Choose one answer.


outcome-why = Why
outcome-what-you-can-do = What you can do
outcome-good-to-know = Good to know
outcome-help = Who can help
outcome-sources = Sources for this answer
outcome-start-over = Start this situation again
outcome-home = See other situations

cite-label = Source:
status-secondary = reported, not the law's own text
kind-guidance = guidance
kind-report = news report
kind-policy = police policy
challenge-label = Being challenged in court
challenge-as-of = Latest information: { $date }

help-call = Call { $number }
help-text = Text { $number }
help-tty = TTY for deaf and hard-of-hearing callers: { $number }
help-checked = Number checked on { $date }.
help-source = Where we checked it

reviewed = Last reviewed: { $date }
not-legal-advice = This is general information, not legal advice. For advice about your own situation, talk to a lawyer.

not-found-title = Page not found
not-found-body = We could not find that page. The link may be old or mistyped.
not-found-home = Go to the home page
bad-step-title = We could not follow that link
bad-step-unknown-scenario = There is no situation called "{ $name }".
bad-step-unknown-answer = "{ $answer }" is not one of the answers at this step.
bad-step-past-outcome = This link goes past the end of the situation.
bad-step-keep = Continue from the last step that matched
bad-step-restart = Start this situation from the beginning

date-long = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

page-description = Plain-language answers, with sources, on what Chicago's Welcoming City Ordinance and the Illinois TRUST Act require of police and City workers.
noscript = This site needs JavaScript to show its pages for now. You can still read the sources: the Municipal Code of Chicago, Chapter 2-173, and the Illinois TRUST Act, 5 ILCS 805.

nav-law = Law library
nav-myths = Myths and facts
nav-help = Get help
nav-about = About

home-featured-heading = Start here
home-group-resident = For residents
home-group-officer = For police officers and City workers
home-group-trainer = For trainers
home-your-rights-heading = Your own rights
home-your-rights-intro = These rights come from the U.S. Constitution. Chicago's and Illinois' laws do not create them. The { -wco } and the { -trust } limit what police and City workers do, not what federal agents do. Two things do reach federal agents: a 2025 Illinois law, Public Act 104-0440, which is being challenged in court (latest information: January 5, 2026); and a federal court order on ICE arrests without a warrant in the Chicago area (Castañon Nava v. DHS), which, as of the latest news we found (October 2025), ran until February 2, 2026.
# The home page's common questions (featured myths), and the glossary.
home-questions-heading = Common questions
glossary-title = Words used on this site
glossary-intro = What the legal words on this site mean. Each definition links to its sources.
nav-glossary = Words used here
home-more = More:

law-index-title = The law library
law-index-intro = Each part of the law and each source this site relies on, in plain words, with a link to the official text.
law-citation = Citation
law-binds = Who it binds
binds-city = City of Chicago agencies and employees, including police
binds-illinois-police = State and local police in Illinois
binds-chicago-police = The Chicago Police Department only
binds-certifying-agencies = Agencies that certify U visa and T visa requests in Illinois, prosecutors included
binds-everyone-in-illinois = Anyone acting in Illinois, federal agents included (being challenged in court)
binds-ice-chicago-area = U.S. Immigration and Customs Enforcement (ICE), in its Chicago area
binds-cook-county = Cook County, including the Sheriff
binds-institutions = Hospitals, public colleges and day care centers in Illinois
binds-no-one = No one: this is a source we cite, not a law
law-official-text = Read the official text
law-source-link = Read the source
law-used-in = Situations that use this
law-not-used = No situation uses this yet.
law-status-verified = We read this text on an official site.
law-status-secondary = We know this from reporting, guidance or a summary, not from the law's own text. Treat the details with care.
law-status-unverified = We could not read this text.
law-myths = Myths and facts that use this
myth-situations = Situations that explain this

myths-title = Myths and facts
myths-intro = Things people often hear about Chicago's and Illinois' immigration laws, and what the law really says.
myth-label = Myth
fact-label = Fact
myth-why = Why

help-title = Get help
help-intro = These numbers were checked on each organisation's own website. We list only numbers we could check there.
help-emergency = If someone is hurt or in danger right now, call 911.

about-title = About this site
about-who-heading = Who made this
about-who = Know Your Rights Chicago is a free, open-source project by volunteers in civic technology. It is not a government site and not a law firm.
about-sources-heading = Where the content comes from
about-sources = Every answer rests on a written research base that cites the official text of the Municipal Code of Chicago and Illinois law, and reputable reporting. Each statement on this site links to its source. Where we could not read a law's own text, we say who reported it instead, or leave it out.
about-review-heading = How it is reviewed
about-review = Each situation and each law page shows the date we last checked it against our research base. Laws and court cases change: check the date, and the source, before relying on anything here.
about-report-heading = Report a mistake
about-report = If something here is wrong or out of date, please tell us. Include the page's address and the source that shows the correct law.
about-report-link = Report a mistake
about-report-no-address = If something here is wrong or out of date, please tell the group that shared this site with you. Include the page's address and the source that shows the correct law.
about-privacy-heading = Your privacy
about-privacy = This site makes no requests to any other website. It sets no cookies, uses no analytics, and stores nothing about what you read or answer.
about-partners-heading = Put this guide on your website
about-partners = Community groups can show the situations on their own website, in any of this site's languages.
about-partners-link = Get the code for your website

quick-exit = Quick exit
quick-exit-hint = Leaves this site at once. You can also press Shift three times.
nav-card = Rights card
safety-title = Staying safe while you read
safety-quick-exit-heading = Quick exit
safety-quick-exit = The "Quick exit" button, or pressing Shift three times, blanks this page and opens a weather site in its place. Pressing Back then will not return to the page you were reading.
safety-limits-heading = What quick exit cannot hide
safety-limits = Quick exit cannot erase your browser history. Someone who looks at the history, or who watches or monitors your phone or computer, can still see that you visited this site. To leave no history, use a private or incognito window, or a device that only you use.
safety-privacy = This site itself stores nothing about what you read or answer, sets no cookies, and sends nothing to any other website. But if you use "Save for offline use" (on the About page), a copy of the site's pages stays on this device until you remove it, and someone else using the device could find it.
footer-safety = Staying safe

card-title = Your rights card
card-intro = Show this card to an immigration agent, through a window, or slide it under the door.
card-english = In English
card-rights-source = These rights come from the U.S. Constitution, as legal-aid groups explain them. They apply whatever your immigration status.
card-print = Print this card
card-print-hint = Prints a wallet-size card and a one-page handout.

step-progress = Question { $current } of { $total }
step-progress-up-to = Question { $current } of up to { $total }
read-aloud = Read aloud
read-aloud-stop = Stop reading
print-page-address = This page: { $url }

language-label = Language
translation-notice = This page was translated by machine. No qualified person has checked the translation yet, so legal details may be wrong.
translation-notice-link = Read this page in English
load-error = Sorry, the text of this site could not load. Check your connection, then reload the page.
# Shown in place of the page if the app stops with an error (a bug), with quick exit kept above it.
crash-title = Something went wrong
crash-text = This page stopped working. Reload it to try again. The quick exit button above still works.
crash-reload = Reload the page

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = !
verdict-icon-depends = ?
# Whose action an outcome's verdict judges, as the label before the verdict ("Chicago police: may not help").
actor-chicago-police = Chicago police
actor-illinois-police = Police and jails in Illinois
actor-certifying-agencies = Agencies that certify U and T visas (police, prosecutors)
actor-city = City workers
actor-other-offices = Other offices
actor-cook-county = Cook County jail
actor-institutions = Hospitals, colleges and day care centers
actor-immigration-agents = Immigration agents
actor-you = You
# Under the verdict of a situation about a resident's own rights.
verdict-guidance = Advice from legal-aid groups about your constitutional rights, not City or state law.

offline-heading = Use this site offline
offline-explain = You can save this site's pages in your language on this device, to read them without a connection. This leaves a copy on the device that someone else using it could find. Nothing is saved unless you choose it.
offline-save = Save for offline use
offline-saving = Saving…
offline-saved = Saved. The pages in this language now work without a connection.
offline-remove = Remove the offline copy
offline-removed = The offline copy is removed.
offline-unavailable = This browser cannot save the site for offline use.
offline-error = Saving did not work. Check your connection and try again.

# The share control at the end of every page: the phone's share sheet, or the page's address copied
# (an embed page gives the same step on the site itself). share-copy-this comes before a box
# holding the link and is also that box's spoken label.
share = Share this page
share-copied = Link copied.
share-copy-this = Copy this link:
