# Terms: names used inside other messages. Translate once here; see ../../../docs/research/glossary.md
# (from the repo root: docs/research/glossary.md) for the agreed definition of each term of art.

-wco = Welcoming City Ordinance
-trust = Illinois TRUST Act
-site-name = Know Your Rights Chicago

# Definitions of terms of art, each defined once (docs/research/glossary.md) and referenced
# wherever a page defines the term. They rest on FACTS.md: civil immigration enforcement on
# MCC 2-173-020(a)(1)(A) ("unlawfully ... or has committed a civil immigration violation");
# a judge's warrant on FACTS.md 6 and addendum 3 C. Messages that use them carry the citations.
-civil-immigration-enforcement-definition = Civil immigration enforcement is federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
