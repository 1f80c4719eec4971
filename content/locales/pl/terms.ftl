# Terminy: nazwy używane w innych komunikatach. Tłumaczone raz, tutaj; uzgodnione tłumaczenia terminów
# prawnych: ../../../docs/research/glossary.md oraz glossary.md w tym folderze.
# Uwaga dla redaktorów: oba terminy są w mianowniku (rozporządzenie: mianownik = biernik). Zdania są
# ułożone tak, aby termin nie musiał się odmieniać i nie stał na początku zdania (mała litera).

-wco = rozporządzenie „Przyjazne Miasto”
-trust = ustawa TRUST stanu Illinois
-site-name = Know Your Rights Chicago

-civil-immigration-enforcement-definition = Mówiąc prosto, cywilne egzekwowanie prawa imigracyjnego oznacza działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi z powodu podejrzenia o cywilne naruszenie przepisów imigracyjnych, np. o przebywanie w USA bez zezwolenia. Nie jest to dochodzenie karne.
-judicial-warrant-definition = Nakaz sędziego (nakaz sądowy, judicial warrant) wydaje sąd federalny lub stanowy. Podpisuje go sędzia lub sędzia pomocniczy (magistrate judge) tego sądu, a nie sędzia imigracyjny. U góry nakazu jest nazwa sądu. Nakaz wskazuje miejsce, które ma zostać przeszukane, albo osobę, która ma zostać aresztowana.
