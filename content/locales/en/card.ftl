# The rights card (../../card.toml). Short, first-person sentences a person can show an agent.
# In our own words; not copied from any card.

card_silent = I am using my right to remain silent.
card_no-entry = I do not agree to let you in. If you have a warrant signed by a judge of a court (not an immigration judge), slide it under the door.
card_no-search = I do not agree to a search of me or my things.
card_no-sign = I will not sign anything before I talk to a lawyer.
card_lawyer = I want to talk to a lawyer.
card_caution = An ICE memo dated May 12, 2025, reported by ABC News in January 2026, claims agents may force entry into a home with ICE Form I-205 and a final removal order. That claim is contested (latest information we found: April 2026). A card cannot stop an entry: do not physically resist. Stay calm, write down what happens, and call for help.
