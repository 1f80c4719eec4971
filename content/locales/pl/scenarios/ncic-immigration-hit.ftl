# S6: podczas kontroli drogowej sprawdzenie w bazie danych pokazuje wpis imigracyjny.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_ncic-immigration-hit = Sprawdzenie w policyjnej bazie danych podczas kontroli drogowej pokazuje wpis imigracyjny
    .summary = Na przykład funkcjonariusz sprawdza nazwisko kierowcy w NCIC, krajowej bazie danych o przestępstwach prowadzonej przez FBI, i pojawia się wpis imigracyjny.

## Pytanie: jaki to wpis?

ncic-immigration-hit_record = Co pokazało sprawdzenie w bazie danych?
    .hint = NCIC to krajowa baza danych o przestępstwach prowadzona przez FBI. Zawiera rejestr osób naruszających przepisy imigracyjne („Immigration Violator File”). Nakaz administracyjny (administrative warrant) to formularz ICE, np. I-200 lub I-205, podpisany przez urzędnika imigracyjnego, a nie przez sędziego. { -judicial-warrant-definition }
ncic-immigration-hit_record_immigration = Tylko wpis imigracyjny, np. wpis w Immigration Violator File albo formularz ICE
ncic-immigration-hit_record_criminal-warrant = Nakaz w sprawie karnej podpisany przez sędziego
ncic-immigration-hit_record_unclear = Nie wiadomo, czy wpis ma charakter cywilny, czy karny

## Wynik: tylko wpis imigracyjny

ncic-immigration-hit_civil-record = Policja nie może aresztować kierowcy ani dłużej go przetrzymywać z powodu wpisu imigracyjnego.
    .summary = Wpis imigracyjny w NCIC jest traktowany jako „nakaz administracyjny”, czyli dokument imigracyjny, którego nie podpisał żaden sędzia. Kontrola drogowa przebiega tak jak w przypadku każdej innej osoby.
    .verdict = nie mogą przetrzymywać kierowcy z powodu wpisu imigracyjnego
ncic-immigration-hit_civil-record_city-ncic = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że policja miejska nie może nikogo zatrzymywać, aresztować ani przetrzymywać z powodu nakazu administracyjnego. Dotyczy to także wpisów imigracyjnych w bazie danych NCIC prowadzonej przez FBI.
ncic-immigration-hit_civil-record_state-warrant = Jak mówi { -trust }, policja w całym stanie Illinois nie może nikogo przetrzymywać tylko z powodu „cywilnego nakazu imigracyjnego”. To pojęcie obejmuje każdy wynik z rejestru Immigration Violator File w NCIC oraz formularze ICE I-200 i I-205.
ncic-immigration-hit_civil-record_no-status = Policja w Illinois nie może też nikogo zatrzymywać, aresztować, przeszukiwać ani przetrzymywać tylko z powodu jego obywatelstwa lub statusu imigracyjnego.
ncic-immigration-hit_civil-record_officer = Dla funkcjonariuszy policji: zakończ kontrolę drogową tak jak w przypadku każdej innej osoby. Nie przetrzymuj kierowcy dla ICE.
ncic-immigration-hit_civil-record_driver = Jeśli prowadzisz samochód, według ACLU możesz zachować milczenie w sprawie swojego miejsca urodzenia lub statusu imigracyjnego.
ncic-immigration-hit_civil-record_report-copa = Funkcjonariusza chicagowskiej policji, który przetrzymywał cię z powodu wpisu imigracyjnego, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ncic-immigration-hit_civil-record_report-ag = W sprawie policji w całym stanie Illinois możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
ncic-immigration-hit_civil-record_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ncic-immigration-hit_civil-record_no-questions = Policja w Illinois nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia osób, które zatrzymuje. Wąskie wyjątki to m.in. poinformowanie osoby w areszcie, że może skontaktować się ze swoim konsulatem, oraz niektóre kontrole wymagane przez przepisy o broni.
ncic-immigration-hit_civil-record_says-warrant = Formularz ICE może mieć na górze słowo „warrant” (nakaz), np. formularz I-200 „Warrant for Arrest of Alien” (nakaz aresztowania cudzoziemca). Liczy się to, kto go podpisał: sędzia czy urzędnik imigracyjny.
ncic-immigration-hit_civil-record_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nakaz w sprawie karnej podpisany przez sędziego

ncic-immigration-hit_criminal-warrant = Policja może działać na podstawie nakazu w sprawie karnej podpisanego przez sędziego, tak jak na podstawie każdego innego nakazu.
    .summary = Ograniczenia w przepisach miejskich i stanowych dotyczą cywilnych wpisów imigracyjnych. W przypadku nakazu sędziego w sprawie karnej obowiązują zwykłe procedury dotyczące nakazów.
    .verdict = mogą działać na podstawie nakazu sędziego w sprawie karnej
ncic-immigration-hit_criminal-warrant_not-administrative = Według przepisów wewnętrznych Departamentu Policji Chicago nakaz w sprawie karnej, wydany przez sędziego, który stwierdził istnienie uzasadnionych podstaw (probable cause), nie jest „nakazem administracyjnym”. Nakaz administracyjny to dokument imigracyjny, np. formularz ICE, którego nie podpisał żaden sędzia.
ncic-immigration-hit_criminal-warrant_state-definition = Prawo stanu Illinois mówi, że „cywilny nakaz imigracyjny” nie obejmuje żadnego nakazu w sprawie karnej.
ncic-immigration-hit_criminal-warrant_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
ncic-immigration-hit_criminal-warrant_officer = Dla funkcjonariuszy policji: upewnij się, że wpis to nakaz w sprawie karnej, a nie wpis imigracyjny. Prawo stanu Illinois pozwala zapytać o to agencję, która dokonała wpisu.
ncic-immigration-hit_criminal-warrant_driver = Jeśli prowadzisz samochód, według ACLU możesz zachować milczenie w sprawie swojego miejsca urodzenia lub statusu imigracyjnego.
ncic-immigration-hit_criminal-warrant_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ncic-immigration-hit_criminal-warrant_no-questions = Policja w Illinois nadal nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia osób, które zatrzymuje lub przetrzymuje. Wąskie wyjątki to m.in. poinformowanie osoby w areszcie, że może skontaktować się ze swoim konsulatem, oraz niektóre kontrole wymagane przez przepisy o broni.
ncic-immigration-hit_criminal-warrant_still-no-status = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
ncic-immigration-hit_criminal-warrant_no-transfer = Chicagowska policja nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }

## Wynik: nie wiadomo, czy wpis jest cywilny, czy karny

ncic-immigration-hit_check-record = To zależy od tego, czy wpis ma charakter cywilny, czy karny.
    .summary = Wpis imigracyjny nie jest powodem, by kogokolwiek przetrzymywać; nakaz w sprawie karnej podpisany przez sędziego jest takim powodem. Funkcjonariusze mogą sprawdzić, z którym przypadkiem mają do czynienia.
    .verdict = mogą przetrzymać kierowcę tylko na podstawie nakazu w sprawie karnej
ncic-immigration-hit_check-record_check-records = Prawo stanu Illinois pozwala funkcjonariuszom skontaktować się z inną agencją policyjną, aby ustalić, czy wpis w NCIC ma charakter cywilny, czy karny.
ncic-immigration-hit_check-record_if-civil = Jeśli to wpis imigracyjny, policja nie może z jego powodu przetrzymywać kierowcy.
ncic-immigration-hit_check-record_if-criminal = Jeśli to nakaz w sprawie karnej podpisany przez sędziego, policja może na jego podstawie działać.
ncic-immigration-hit_check-record_officer = Dla funkcjonariuszy policji: skontaktuj się z przełożonym i zapytaj agencję, która dokonała wpisu, czy ma on charakter cywilny, czy karny. Nie przetrzymuj kierowcy z powodu wpisu imigracyjnego.
ncic-immigration-hit_check-record_driver = Jeśli prowadzisz samochód, według ACLU możesz zachować milczenie w sprawie swojego miejsca urodzenia lub statusu imigracyjnego.
ncic-immigration-hit_check-record_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ncic-immigration-hit_check-record_old-rule = Przed 2021 rokiem ustawa TRUST w pierwotnej wersji z 2017 roku pozwalała policji przetrzymać kogoś na podstawie powiadomienia w LEADS, policyjnej bazie danych. Wyjątkiem była sytuacja, gdy powiadomienie wyraźnie opierało się na dokumencie imigracyjnym, którego nie podpisał żaden sędzia. Zmiany z 2021 roku usunęły tę zasadę.
ncic-immigration-hit_check-record_no-questions = Policja w Illinois nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia osób, które zatrzymuje. Wąskie wyjątki to m.in. poinformowanie osoby w areszcie, że może skontaktować się ze swoim konsulatem, oraz niektóre kontrole wymagane przez przepisy o broni.
ncic-immigration-hit_check-record_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
