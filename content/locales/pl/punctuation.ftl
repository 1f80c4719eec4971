# Punctuation and joins in this language (as in English). The app never writes punctuation itself: wherever it puts
# a label before its text, joins a list or adds a short aside, it uses
# these. Keep the spaces inside { "…" } exactly as this language needs them.

# A label and what it labels: "What the law says: Not allowed", "Fact: …".
punct-label = { $label }{ ": " }
# Between the items of a list ("residents, officers") and between citations.
punct-list = { ", " }
# A short aside after something, in brackets: "MCC 2-173-020 (being challenged in court)".
punct-aside = { " (" }{ $text }{ ")" }
# Between a name and its description: "MCC 2-173-020 — What the City may not do".
punct-dash = { " — " }
