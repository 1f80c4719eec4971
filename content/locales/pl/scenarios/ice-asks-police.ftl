# S1: agent imigracyjny prosi funkcjonariusza chicagowskiej policji o pomoc.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_ice-asks-police = Agent imigracyjny prosi funkcjonariusza chicagowskiej policji o pomoc
    .summary = Na przykład agent ICE na ulicy prosi policjanta o pomoc w zatrzymaniu lub przetrzymaniu kogoś.

## Pytanie: o co chodzi w prośbie?

ice-asks-police_request = W czym agent imigracyjny prosi policjanta o pomoc?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju. Funkcjonariusze chicagowskiej policji pracują dla miasta.
ice-asks-police_request_immigration = W odnalezieniu, zatrzymaniu lub przetrzymaniu kogoś z powodów imigracyjnych
ice-asks-police_request_crime = Przy przestępstwie, np. ktoś jest okradany lub krzywdzony
ice-asks-police_request_emergency = Ktoś jest teraz w niebezpieczeństwie
ice-asks-police_request_not-sure = Nie wiem, o co chodzi

## Pytanie: czy jest nakaz?

ice-asks-police_paper = Czy agent ma nakaz?
    .hint = { -judicial-warrant-definition } Nakaz administracyjny (administrative warrant) to formularz ICE, np. I-200 lub I-205, podpisany przez urzędnika imigracyjnego, a nie przez sędziego.
ice-asks-police_paper_judge-signed = Tak, nakaz w sprawie karnej podpisany przez sędziego
ice-asks-police_paper_ice-form = Tak, ale to formularz ICE podpisany przez urzędnika imigracyjnego
ice-asks-police_paper_no-paper = Nie, nie ma nakazu
ice-asks-police_paper_cannot-tell = Nie wiem, jaki to dokument

## Wynik: prośba cywilna, bez nakazu

ice-asks-police_no-warrant = Chicagowska policja nie może w tym pomagać.
    .summary = To cywilne egzekwowanie prawa imigracyjnego, a nie dochodzenie w sprawie przestępstwa. Przepisy miejskie i stanowe nie pozwalają chicagowskiej policji w tym uczestniczyć.
    .verdict = nie może pomagać
ice-asks-police_no-warrant_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy miejskie i ich pracownicy, w tym policja, nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
ice-asks-police_no-warrant_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko dlatego, że uważa, że ta osoba przebywa w USA bez zezwolenia albo naruszyła cywilne przepisy imigracyjne. Prawo stanu Illinois mówi to samo o policji w całym stanie.
ice-asks-police_no-warrant_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać żadnego innego wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
ice-asks-police_no-warrant_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”, chyba że agenci mają nakaz w sprawie karnej albo prawo federalne wyraźnie tego wymaga.
ice-asks-police_no-warrant_officer = Dla funkcjonariuszy policji: nie zatrzymuj ani nie przetrzymuj tej osoby dla agentów i nie pilnuj dla nich miejsca akcji. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-police_no-warrant_witness = Jeśli widzisz, że chicagowska policja pomaga w aresztowaniu imigracyjnym, zapisz datę, godzinę i miejsce oraz numery odznak lub samochodów.
ice-asks-police_no-warrant_report-copa = Funkcjonariusza chicagowskiej policji możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ice-asks-police_no-warrant_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
ice-asks-police_no-warrant_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-police_no-warrant_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
ice-asks-police_no-warrant_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-police_no-warrant_no-287g = Funkcjonariuszy chicagowskiej policji nie można upoważnić do działania jako agenci imigracyjni. Urzędy miejskie nie mogą zawierać umów „287(g)”, a prawo stanu Illinois zakazuje ich wszystkim agencjom policyjnym w stanie.

## Wynik: formularz ICE (nakaz administracyjny)

ice-asks-police_administrative-warrant = Chicagowska policja nie może działać na podstawie formularza ICE.
    .summary = Formularz ICE podpisany przez urzędnika imigracyjnego to „nakaz administracyjny” (administrative warrant). Nie jest to nakaz sędziego i nie wystarczy, aby chicagowska policja mogła kogoś zatrzymać, aresztować lub przetrzymywać.
    .verdict = nie może działać na podstawie formularza ICE
ice-asks-police_administrative-warrant_admin-warrant = Chicagowska policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać z powodu nakazu administracyjnego. Dotyczy to także wpisów imigracyjnych w bazie danych NCIC prowadzonej przez FBI.
ice-asks-police_administrative-warrant_state-warrant = Prawo stanu Illinois mówi, że policja nie może nikogo przetrzymywać tylko z powodu cywilnego nakazu imigracyjnego i nie może go w żaden inny sposób wykonywać.
ice-asks-police_administrative-warrant_definition = Prawo stanu Illinois nazywa dokument imigracyjny, którego nie zatwierdził żaden sędzia, „cywilnym nakazem imigracyjnym” (civil immigration warrant). Przykłady to formularze I-200, I-203, I-205 i I-286. Nakazy w sprawach karnych się do nich nie zaliczają.
ice-asks-police_administrative-warrant_no-help = Urzędy miejskie i ich pracownicy, w tym policja, nie mogą pomagać agentom federalnym w cywilnym egzekwowaniu prawa imigracyjnego.
ice-asks-police_administrative-warrant_officer = Dla funkcjonariuszy policji: nie zatrzymuj ani nie przetrzymuj tej osoby z powodu formularza. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-police_administrative-warrant_report-copa = Funkcjonariusza chicagowskiej policji, który działał na podstawie formularza ICE, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ice-asks-police_administrative-warrant_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-police_administrative-warrant_says-warrant = Formularz ICE może mieć na górze słowo „warrant” (nakaz), np. formularz I-200 „Warrant for Arrest of Alien” (nakaz aresztowania cudzoziemca). Liczy się to, kto go podpisał: sędzia czy urzędnik imigracyjny.
ice-asks-police_administrative-warrant_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nakaz w sprawie karnej podpisany przez sędziego

ice-asks-police_criminal-warrant = Policja może działać na podstawie nakazu w sprawie karnej podpisanego przez sędziego.
    .summary = Ograniczenia w przepisach miejskich i stanowych dotyczą cywilnego egzekwowania prawa imigracyjnego. Nakaz w sprawie karnej podpisany przez sędziego to coś innego.
    .verdict = może działać na podstawie nakazu sędziego w sprawie karnej
ice-asks-police_criminal-warrant_not-administrative = Według przepisów wewnętrznych Departamentu Policji Chicago nakaz w sprawie karnej, wydany przez sędziego, który stwierdził istnienie uzasadnionych podstaw (probable cause), nie jest „nakazem administracyjnym”.
ice-asks-police_criminal-warrant_state-definition = Prawo stanu Illinois mówi, że „cywilny nakaz imigracyjny” nie obejmuje żadnego nakazu w sprawie karnej.
ice-asks-police_criminal-warrant_ag-exception = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
ice-asks-police_criminal-warrant_check-warrant = Obejrzyj nakaz. { -judicial-warrant-definition } Formularz ICE ani nakaz wydalenia nie jest takim nakazem.
ice-asks-police_criminal-warrant_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ice-asks-police_criminal-warrant_still-no-status = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
ice-asks-police_criminal-warrant_no-transfer = Chicagowska policja nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego.

## Wynik: nie wiadomo, jaki to dokument

ice-asks-police_unclear-paper = To zależy od rodzaju dokumentu.
    .summary = Odpowiedź zmienia tylko nakaz w sprawie karnej podpisany przez sędziego. Formularz ICE jej nie zmienia.
    .verdict = może działać tylko na podstawie nakazu sędziego w sprawie karnej
ice-asks-police_unclear-paper_if-ice-form = Jeśli to formularz ICE podpisany przez urzędnika imigracyjnego, np. I-200 lub I-205, policja nie może z jego powodu nikogo zatrzymywać, aresztować ani przetrzymywać.
ice-asks-police_unclear-paper_if-judge = Jeśli to nakaz w sprawie karnej podpisany przez sędziego, policja może na jego podstawie działać.
ice-asks-police_unclear-paper_check-records = Prawo stanu Illinois pozwala funkcjonariuszom skontaktować się z inną agencją policyjną, aby ustalić, czy wpis w policyjnej bazie danych ma charakter cywilny, czy karny.
ice-asks-police_unclear-paper_officer = Dla funkcjonariuszy policji: zanim cokolwiek zrobisz, sprawdź dokument. Szukaj nazwy sądu u góry i podpisu sędziego. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
ice-asks-police_unclear-paper_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-police_unclear-paper_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-police_unclear-paper_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: pomoc przy przestępstwie

ice-asks-police_crime = Policja może zareagować na przestępstwo, ale nie może pomagać w egzekwowaniu prawa imigracyjnego.
    .summary = Chicagowska policja nadal egzekwuje prawo karne, bez względu na czyjkolwiek status imigracyjny. Ograniczenia dotyczą cywilnego egzekwowania prawa imigracyjnego.
    .verdict = może działać w sprawie przestępstwa, ale nie aresztowania imigracyjnego
ice-asks-police_crime_only-status = Przepisy miejskie zakazują zatrzymań i aresztowań opartych wyłącznie na przekonaniu, że ktoś przebywa w USA bez zezwolenia albo naruszył cywilne przepisy imigracyjne. Nie przeszkadzają policji działać w sprawie przestępstwa.
ice-asks-police_crime_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
ice-asks-police_crime_no-civil-help = Policja nadal nie może pomagać w części imigracyjnej, np. przetrzymywać kogoś dla agentów albo blokować ruchu na potrzeby ich akcji.
ice-asks-police_crime_call-911 = Jeśli jesteś ofiarą lub świadkiem przestępstwa, możesz zadzwonić pod 911.
ice-asks-police_crime_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ice-asks-police_crime_status-questions = Chicagowska policja i inni pracownicy miasta nie mogą pytać o niczyje obywatelstwo ani status imigracyjny ani ich udostępniać, poza wąskimi wyjątkami, np. gdy wymaga tego postanowienie sądu lub dana osoba zgodzi się na to na piśmie.
ice-asks-police_crime_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.

## Wynik: nagły wypadek

ice-asks-police_emergency = Policja reaguje na nagły wypadek, a nie na aresztowanie imigracyjne.
    .summary = Chicagowska policja nadal reaguje na nagłe wypadki i dba o bezpieczeństwo ludzi. Nie może wykorzystać nagłego wypadku, aby pomóc w cywilnym egzekwowaniu prawa imigracyjnego.
    .verdict = może zająć się nagłym wypadkiem, ale nie aresztowaniem imigracyjnym
ice-asks-police_emergency_only-status = Przepisy miejskie zakazują zatrzymań i aresztowań opartych wyłącznie na przekonaniu, że ktoś przebywa w USA bez zezwolenia albo naruszył cywilne przepisy imigracyjne. Nie przeszkadzają policji działać, gdy ktoś jest w niebezpieczeństwie lub doszło do przestępstwa.
ice-asks-police_emergency_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
ice-asks-police_emergency_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać innego wsparcia na miejscu dla samej akcji imigracyjnej.
ice-asks-police_emergency_call-911 = Jeśli ktoś jest ranny lub w niebezpieczeństwie, zadzwoń pod 911.
ice-asks-police_emergency_witness = Jeśli to bezpieczne, zapisz datę, godzinę i miejsce, co się stało, oraz numery odznak lub samochodów.
ice-asks-police_emergency_icirr = Aby zgłosić działania agentów imigracyjnych lub uzyskać pomoc, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-police_emergency_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nie wiadomo, czego chcą

ice-asks-police_supervisor-decides = To zależy od tego, o co proszą agenci.
    .summary = Według doniesień prasowych to przełożony w policji decyduje, jak chicagowska policja odpowiada na prośbę agentów imigracyjnych. Pomoc w cywilnym egzekwowaniu prawa imigracyjnego jest niedozwolona; działania policji w sprawie przestępstwa są dozwolone.
    .verdict = może zajmować się przestępstwami lub nagłymi wypadkami, ale nie egzekwowaniem prawa imigracyjnego
ice-asks-police_supervisor-decides_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
ice-asks-police_supervisor-decides_civil-no = Jeśli prośba dotyczy cywilnego egzekwowania prawa imigracyjnego, przepisy miejskie mówią, że policja nie może pomagać. { -civil-immigration-enforcement-definition }
ice-asks-police_supervisor-decides_state-no = Prawo stanowe też ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym, chyba że agenci mają nakaz w sprawie karnej albo prawo federalne wyraźnie tego wymaga.
ice-asks-police_supervisor-decides_crime-yes = Jeśli prośba dotyczy przestępstwa, policja może podjąć zwykłe działania policyjne.
ice-asks-police_supervisor-decides_officer = Dla funkcjonariuszy policji: nie reaguj na prośbę samodzielnie. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc zanim cokolwiek zrobisz, skontaktuj się z przełożonym.
ice-asks-police_supervisor-decides_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-asks-police_supervisor-decides_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
