# S5: ICE dzwoni na komisariat w sprawie osoby w areszcie.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_ice-calls-station = ICE dzwoni na komisariat policji w sprawie osoby w areszcie
    .summary = Na przykład ICE pyta, kiedy dana osoba zostanie zwolniona lub gdzie mieszka, albo prosi o przesłuchanie jej przez telefon.

## Pytanie: czego chce ICE?

ice-calls-station_request = Czego ICE chce od komisariatu?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju. „Areszt” (custody) oznacza przetrzymywanie przez policję lub w więzieniu.
ice-calls-station_request_release-date = Informacji, kiedy dana osoba zostanie zwolniona albo czy nadal jest przetrzymywana
ice-calls-station_request_contact-info = Adresu, numeru telefonu lub innych danych kontaktowych tej osoby
ice-calls-station_request_phone-call = Rozmowy z osobą w areszcie lub przesłuchania jej przez telefon
ice-calls-station_request_visit = Przyjścia na komisariat i przesłuchania osoby w areszcie

## Wynik: ICE chce informacji o tej osobie

ice-calls-station_no-information = Chicagowska policja nie może odpowiadać na pytania ICE o tę osobę.
    .summary = Przepisy miejskie zakazują chicagowskiej policji poświęcania czasu na odpowiadanie ICE na pytania o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona i jakie ma dane kontaktowe.
    .verdict = nie może odpowiadać na pytania ICE o tę osobę
ice-calls-station_no-information_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obejmuje urzędy miejskie i ich pracowników, w tym policję. Mówi, że nie mogą oni poświęcać czasu na odpowiadanie ICE na pytania o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona i jakie ma dane kontaktowe. To część miejskiego zakazu pomocy w cywilnym egzekwowaniu prawa imigracyjnego. { -civil-immigration-enforcement-definition }
ice-calls-station_no-information_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może przekazywać służbom imigracyjnym informacji o osobach w areszcie.
ice-calls-station_no-information_no-status = Pracownicy miasta nie mogą też udostępniać niczyjego obywatelstwa ani statusu imigracyjnego. Istnieją wąskie wyjątki, np. gdy wymaga tego postanowienie sądu lub dana osoba zgodzi się na to na piśmie.
ice-calls-station_no-information_officer = Dla funkcjonariuszy i pracowników komisariatu: nie przekazuj ICE tych informacji.
ice-calls-station_no-information_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ice-calls-station_no-information_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-calls-station_no-information_report-copa = Funkcjonariusza chicagowskiej policji, który przekazał ICE te informacje, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ice-calls-station_no-information_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
ice-calls-station_no-information_ask-civil = Zakaz odpowiadania ICE w sprawie aresztu, terminów zwolnienia i danych kontaktowych ma jeden wyjątek: pracownicy miasta mogą skontaktować się z ICE, aby ustalić, czy sprawa dotyczy wyłącznie cywilnego naruszenia przepisów imigracyjnych, a nie przestępstwa.
ice-calls-station_no-information_court-order = Przepisy miejskie przewidują wyjątek, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sędziego wymaga udostępnienia informacji. Wniosek ICE o przetrzymanie (detainer) ani formularz nakazu ICE nie jest postanowieniem sądu ani nakazem sędziego.
ice-calls-station_no-information_county-jail = Jeśli ta osoba jest w więzieniu hrabstwa Cook (Cook County Jail), obowiązuje przepis hrabstwa. Przeczytaliśmy go w brzmieniu z projektu Rady Hrabstwa z 2023 roku. Mówi on, że pracownicy hrabstwa nie mogą odpowiadać na pytania ICE o to, czy ktoś jest przetrzymywany ani kiedy zostanie zwolniony. Wyjątki to nakaz w sprawie karnej albo powód związany z egzekwowaniem prawa, który nie dotyczy imigracji.
ice-calls-station_no-information_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: ICE chce rozmawiać z tą osobą lub ją przesłuchać

ice-calls-station_no-access = Policja nie może pozwolić ICE rozmawiać z tą osobą ani jej przesłuchiwać.
    .summary = Przepisy miejskie zakazują policji pozwalać agentom ICE na kontakt z kimkolwiek, kogo przetrzymuje – osobiście ani przez telefon. Zakazują też pozwalać ICE korzystać z budynków policji do przesłuchań.
    .verdict = nie może pozwolić ICE na kontakt z tą osobą ani na jej przesłuchanie
ice-calls-station_no-access_phone = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy miejskie nie mogą pozwolić agentom ICE na kontakt z osobą, którą przetrzymują, także przez telefon.
ice-calls-station_no-access_facilities = Urzędy miejskie nie mogą też pozwolić agentom ICE korzystać z budynków miejskich do przesłuchań ani innych czynności dochodzeniowych.
ice-calls-station_no-access_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może dawać agentom imigracyjnym dostępu do osób w areszcie.
ice-calls-station_no-access_officer = Dla funkcjonariuszy i pracowników komisariatu: nie łącz rozmowy i nie pozwalaj agentom przesłuchiwać tej osoby na komisariacie.
ice-calls-station_no-access_silent = Jeśli agenci imigracyjni jednak cię przesłuchują, według ACLU masz prawo zachować milczenie i poprosić o prawnika. Te prawa wynikają z Konstytucji USA.
ice-calls-station_no-access_no-sign = „Czerwona karta” Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center) radzi niczego nie podpisywać, zanim nie porozmawiasz z prawnikiem.
ice-calls-station_no-access_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
ice-calls-station_no-access_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-calls-station_no-access_report-copa = Funkcjonariusza chicagowskiej policji, który pozwolił ICE na kontakt z osobą w areszcie, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
ice-calls-station_no-access_county-jail = Jeśli ta osoba jest w więzieniu hrabstwa Cook (Cook County Jail), obowiązuje przepis hrabstwa. Przeczytaliśmy go w brzmieniu z projektu Rady Hrabstwa z 2023 roku. Mówi on, że agenci imigracyjni nie mogą kontaktować się z osobami w więzieniu ani korzystać z budynków hrabstwa do przesłuchań. Wyjątki to nakaz w sprawie karnej albo powód związany z egzekwowaniem prawa, który nie dotyczy imigracji.
ice-calls-station_no-access_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
