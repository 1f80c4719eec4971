# S2: agenci imigracyjni proszą chicagowską policję o zablokowanie ulicy, ustawienie kordonu drogowego lub „pozostanie w gotowości”.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_ice-asks-for-perimeter = Agenci imigracyjni proszą chicagowską policję o zablokowanie ulicy lub pozostanie w gotowości
    .summary = Na przykład ICE prosi funkcjonariuszy o zamknięcie odcinka ulicy, kierowanie ruchem wokół nalotu albo czekanie w pobliżu na wypadek, gdyby agenci potrzebowali pomocy.

## Pytanie: do czego ma służyć pomoc?

ice-asks-for-perimeter_purpose = Po co agenci chcą zamknąć ulicę lub mieć funkcjonariuszy w pobliżu?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju. „Kordon drogowy” (traffic perimeter) oznacza zamknięcie ulic wokół miejsca zdarzenia lub kontrolowanie na nich ruchu.
ice-asks-for-perimeter_purpose_immigration = Do aresztowania imigracyjnego lub nalotu
ice-asks-for-perimeter_purpose_criminal-warrant = Do aresztowania na podstawie nakazu w sprawie karnej podpisanego przez sędziego
ice-asks-for-perimeter_purpose_safety = Z powodu przestępstwa, tłumu lub osoby w niebezpieczeństwie na miejscu
ice-asks-for-perimeter_purpose_not-sure = Nie wiem, po co

## Wynik: do aresztowania imigracyjnego lub nalotu

ice-asks-for-perimeter_no-support = Chicagowska policja nie może blokować ulic ani pozostawać w gotowości na potrzeby akcji imigracyjnej.
    .summary = To cywilne egzekwowanie prawa imigracyjnego, a nie dochodzenie w sprawie przestępstwa. Przepisy miejskie zakazują chicagowskiej policji wspierania takich działań na miejscu.
    .verdict = nie może zamykać ulic ani pozostawać w gotowości dla ICE
ice-asks-for-perimeter_no-support_perimeter = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy miejskie i ich pracownicy, w tym policja, nie mogą ustawiać kordonu drogowego na potrzeby cywilnej akcji imigracyjnej.
ice-asks-for-perimeter_no-support_stand-by = Ta sama zasada zakazuje wszelkiego innego wsparcia na miejscu dla takiej akcji. Czekanie w pobliżu, aby w razie potrzeby wesprzeć agentów, jest właśnie takim wsparciem.
ice-asks-for-perimeter_no-support_city-law = Mówiąc szerzej, urzędy miejskie i ich pracownicy nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_no-support_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
ice-asks-for-perimeter_no-support_officer = Dla funkcjonariuszy policji: nie zamykaj ulic, nie kieruj ruchem i nie czekaj na miejscu na potrzeby akcji agentów. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-for-perimeter_no-support_witness = Jeśli widzisz, że chicagowska policja blokuje ulice lub pilnuje nalotu imigracyjnego, zapisz datę, godzinę i miejsce. Zanotuj numery odznak lub samochodów.
ice-asks-for-perimeter_no-support_report-copa = Funkcjonariusza chicagowskiej policji możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ice-asks-for-perimeter_no-support_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
ice-asks-for-perimeter_no-support_icirr = Aby zgłosić działania agentów imigracyjnych lub uzyskać pomoc dla rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-for-perimeter_no-support_still-respond = Rozporządzenie nie przeszkadza policji działać, jeśli w tym samym miejscu dochodzi do przestępstwa lub ktoś jest w niebezpieczeństwie. Policja nadal jednak nie może pomagać w samej akcji imigracyjnej.
ice-asks-for-perimeter_no-support_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-for-perimeter_no-support_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: aresztowanie na podstawie nakazu sędziego w sprawie karnej

ice-asks-for-perimeter_criminal-warrant = Ograniczenia imigracyjne nie zakazują policji pomocy przy aresztowaniu na podstawie nakazu sędziego w sprawie karnej.
    .summary = Nakaz w sprawie karnej podpisany przez sędziego nie jest dokumentem imigracyjnym. Miejskie i stanowe ograniczenia pomagania agentom imigracyjnym nie zakazują policji pomocy przy takim aresztowaniu.
    .verdict = może pomóc na podstawie nakazu sędziego w sprawie karnej
ice-asks-for-perimeter_criminal-warrant_civil-only = Miejski zakaz kordonów drogowych i wsparcia na miejscu dotyczy cywilnych akcji imigracyjnych.
ice-asks-for-perimeter_criminal-warrant_not-administrative = Według przepisów wewnętrznych Departamentu Policji Chicago nakaz w sprawie karnej, wydany przez sędziego, który stwierdził istnienie uzasadnionych podstaw (probable cause), nie jest „nakazem administracyjnym”. Nakaz administracyjny to dokument imigracyjny, np. formularz ICE, którego nie podpisał żaden sędzia.
ice-asks-for-perimeter_criminal-warrant_ag-exception = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
ice-asks-for-perimeter_criminal-warrant_check-warrant = Poproś o pokazanie nakazu. { -judicial-warrant-definition } Formularz ICE ani nakaz wydalenia nie jest takim nakazem.
ice-asks-for-perimeter_criminal-warrant_officer = Dla funkcjonariuszy policji: zanim udzielisz pomocy, sprawdź nakaz. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-for-perimeter_criminal-warrant_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ice-asks-for-perimeter_criminal-warrant_ice-form = Formularz ICE, np. I-200 lub I-205, nie jest nakazem w sprawie karnej, nawet jeśli na górze jest napisane „warrant” (nakaz). Jeśli to jedyny dokument, jest to akcja imigracyjna i policja nie może w niej pomagać.
ice-asks-for-perimeter_criminal-warrant_mixed = Jeśli agenci dokonują też w tym samym miejscu aresztowań imigracyjnych, policja nie może w nich pomagać.
ice-asks-for-perimeter_criminal-warrant_still-no-status = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
ice-asks-for-perimeter_criminal-warrant_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.

## Wynik: przestępstwo, tłum lub ktoś w niebezpieczeństwie

ice-asks-for-perimeter_public-safety = Policja może zająć się przestępstwem lub niebezpieczeństwem, ale nie może pomagać w akcji imigracyjnej.
    .summary = Chicagowska policja nadal reaguje na nagłe wypadki i egzekwuje prawo karne, bez względu na czyjkolwiek status imigracyjny. Nie może wykorzystać sytuacji, aby wspierać akcję imigracyjną.
    .verdict = może zająć się przestępstwem lub niebezpieczeństwem, ale nie egzekwowaniem prawa imigracyjnego
ice-asks-for-perimeter_public-safety_only-status = Przepisy miejskie zakazują zatrzymań i aresztowań opartych wyłącznie na przekonaniu, że ktoś przebywa w USA bez zezwolenia albo naruszył cywilne przepisy imigracyjne. Nie przeszkadzają policji działać, gdy ktoś jest w niebezpieczeństwie lub doszło do przestępstwa.
ice-asks-for-perimeter_public-safety_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
ice-asks-for-perimeter_public-safety_no-support = Policja nadal nie może ustawiać kordonu drogowego ani udzielać innego wsparcia na miejscu dla samej akcji imigracyjnej.
ice-asks-for-perimeter_public-safety_call-911 = Jeśli ktoś jest ranny lub w niebezpieczeństwie, zadzwoń pod 911.
ice-asks-for-perimeter_public-safety_officer = Dla funkcjonariuszy policji: zajmij się niebezpieczeństwem lub przestępstwem. Nie zamykaj ulic ani nie pilnuj miejsca, aby pomóc w akcji agentów. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-for-perimeter_public-safety_witness = Jeśli to bezpieczne, zapisz datę, godzinę i miejsce, co się stało, oraz numery odznak lub samochodów.
ice-asks-for-perimeter_public-safety_icirr = Aby zgłosić działania agentów imigracyjnych lub uzyskać pomoc dla rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-for-perimeter_public-safety_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-for-perimeter_public-safety_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nie wiadomo, do czego ma służyć

ice-asks-for-perimeter_supervisor-decides = To zależy od tego, do czego ma służyć pomoc.
    .summary = Według doniesień prasowych to przełożony w policji decyduje, jak chicagowska policja odpowiada na prośbę agentów imigracyjnych. Pomoc w cywilnym egzekwowaniu prawa imigracyjnego jest niedozwolona; działania policji w sprawie przestępstwa lub nagłego wypadku są dozwolone.
    .verdict = może zajmować się przestępstwami lub nagłymi wypadkami, ale nie egzekwowaniem prawa imigracyjnego
ice-asks-for-perimeter_supervisor-decides_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-for-perimeter_supervisor-decides_civil-no = Jeśli zamknięcie ulicy lub czekanie w gotowości ma służyć aresztowaniu imigracyjnemu lub nalotowi, przepisy miejskie mówią, że policja nie może tego robić. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_supervisor-decides_state-no = Prawo stanowe też ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
ice-asks-for-perimeter_supervisor-decides_crime-yes = Jeśli policja jest potrzebna z powodu przestępstwa lub osoby w niebezpieczeństwie, może podjąć zwykłe działania policyjne.
ice-asks-for-perimeter_supervisor-decides_officer = Dla funkcjonariuszy policji: nie reaguj na prośbę samodzielnie. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-for-perimeter_supervisor-decides_icirr = Aby zgłosić działania agentów imigracyjnych lub uzyskać pomoc dla rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-for-perimeter_supervisor-decides_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
