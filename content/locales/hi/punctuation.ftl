# Punctuation and joins in this language. The app never writes punctuation itself: wherever it puts
# a label before its text, joins a list or adds a short aside, it uses
# these. Keep the spaces inside { "…" } exactly as this language needs them.

# Hindi: a sentence ends with the danda (।), never an English full stop; the comma and the colon
# are the same characters as in English.
punct-label = { $label }{ ": " }
punct-list = { ", " }
punct-aside = { " (" }{ $text }{ ")" }
punct-dash = { " — " }
