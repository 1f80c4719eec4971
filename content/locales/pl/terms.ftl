# Terminy: nazwy używane w innych komunikatach. Tłumaczone raz, tutaj; uzgodnione tłumaczenia terminów
# prawnych: ../../../../shared/law/GLOSSARY.md oraz glossary.md w tym folderze.
# Uwaga dla redaktorów: oba terminy są w mianowniku (rozporządzenie: mianownik = biernik). Zdania są
# ułożone tak, aby termin nie musiał się odmieniać i nie stał na początku zdania (mała litera).

-wco = rozporządzenie „Przyjazne Miasto”
-trust = ustawa TRUST stanu Illinois
-site-name = Know Your Rights Chicago
