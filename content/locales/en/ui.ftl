# Interface text. Ids here have no underscore; each becomes a constant (msg::SITE_NAME) that the
# app's components use, so a missing or misspelt id fails the build.

site-name = { -site-name }
site-tagline = What Chicago and Illinois law say about police and immigration, in plain words, with sources.
skip-to-content = Skip to main content
nav-home = Home
nav-label = Site

home-title = Know your rights in Chicago
home-intro = Pick a situation. We ask a few short questions. Then we explain what the law says, why, and what you can do.
home-scenarios-heading = Situations
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

verdict-label = What the law says
verdict-not-allowed = Not allowed
verdict-allowed = Allowed
verdict-required = Required
verdict-depends = It depends

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
