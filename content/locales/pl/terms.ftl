# Terminy: nazwy używane w innych komunikatach. Tłumaczone raz, tutaj; uzgodnione tłumaczenia terminów
# prawnych: ../../../docs/research/glossary.md oraz glossary.md w tym folderze.
# Uwaga dla redaktorów: oba terminy są w mianowniku (rozporządzenie: mianownik = biernik). Zdania są
# ułożone tak, aby termin nie musiał się odmieniać i nie stał na początku zdania (mała litera).

-wco = rozporządzenie „Przyjazne Miasto”
-trust = ustawa TRUST stanu Illinois
-site-name = Know Your Rights Chicago

# TODO(translate)
-civil-immigration-enforcement-definition = Civil immigration enforcement is federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
# TODO(translate)
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
