# Terms: names used inside other messages. Translate once here; see ../../../../shared/law/GLOSSARY.md
# (from the repo root: ../shared/law/GLOSSARY.md) for the agreed rendering of each term of art.

-wco = Welcoming City Ordinance
-trust = Illinois TRUST Act
-site-name = Know Your Rights Chicago
