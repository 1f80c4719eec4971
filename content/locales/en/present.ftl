# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = Presenter view: { $situation }
present-follow = Follow along on your phone
present-follow-scan = Scan the code with your phone's camera, or type this address:
present-follow-type = Type this address in your phone's browser:
present-qr-needs-site = For the trainer: these slides have no QR codes, because the site was built without its web address (the KYR_SITE_URL setting). Read the address on this slide out to the room, and check that it works on a phone first.
present-start = Start
present-step-qr = This step on your phone
present-reveal-question = What is the answer?
present-reveal = Reveal the answer
present-room-answers = The answers chosen so far
present-notes = Notes for the trainer
present-keys = Keys
present-key-next = Next: the highlighted answer, the rest of a long slide, or the next slide
present-key-back = Back: the top of a long slide, or one step back
present-key-choose = Highlight another answer (on other slides: scroll)
present-key-first = The first question
present-key-end = The follow-along slide (the code to scan)
present-key-blank = Blank the screen, and show it again
present-key-notes = Show or hide these notes
present-key-leave = Leave: this step on the site
present-second-language = Second language, shown beside the first
present-second-none = None
present-second-failed = The second language could not load. Check the connection, or save the site for offline use in that language too.
present-leave = Leave the presenter view
present-enter = Present this situation on a projector (for trainers)
present-blanked = The screen is blank. Press B to show it again.
# $minutes: the whole plan's length in minutes.
present-plan = A plan for { $minutes } minutes
# $minutes: one part's length.
present-minutes = { $minutes } min.
present-prompts = Questions to discuss
present-room-questions = Questions people often ask, and where the site answers them
present-quiz-title = Myths and facts: a quiz
present-quiz-says = Some people say:
present-quiz-vote = True, or a myth? Vote with a show of hands, then reveal the answer.
present-quiz-end = That was the last statement. Thank you!
