# Terms: names used inside other messages. Translate once here; see ../../../docs/research/glossary.md
# (from the repo root: docs/research/glossary.md) for the agreed definition of each term of art.

-wco = Welcoming City Ordinance
-trust = Illinois TRUST Act
-site-name = Know Your Rights Chicago

# Definitions of terms of art, each defined once (docs/research/glossary.md) and referenced
# wherever a page defines the term. They rest on FACTS.md: civil immigration enforcement is the
# site's own plain-language explanation, not the ordinance's definition (the Chicago definition,
# MCC 2-173-010, is UNVERIFIED: facts.md 1.3, U2); "suspected civil immigration violation" is what
# MCC 2-173-020(a)(1)(A) covers ("unlawfully ... or has committed a civil immigration violation");
# a judge's warrant on FACTS.md 6 and addendum 3 C. Messages that use them carry the citations.
-civil-immigration-enforcement-definition = In plain words, civil immigration enforcement means federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
