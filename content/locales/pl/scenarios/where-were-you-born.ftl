# S8: policja zatrzymuje kogoś i pyta: „Gdzie się urodziłeś?” albo „Czy jesteś tu legalnie?”
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_where-were-you-born = Policja pyta o twoje miejsce urodzenia albo o to, czy przebywasz tu legalnie
    .summary = Na przykład policjant zatrzymuje cię na ulicy lub zatrzymuje twój samochód do kontroli i pyta o twoje miejsce urodzenia albo o status imigracyjny.

## Pytanie: kto pyta?

where-were-you-born_who = Kto zadaje pytania?
    .hint = Chicagowska policja i inne policje w Illinois pracują dla miasta, hrabstwa lub stanu. ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju.
where-were-you-born_who_police = Funkcjonariusz chicagowskiej policji lub innej policji w Illinois
where-were-you-born_who_immigration = Federalny agent imigracyjny, np. z ICE
where-were-you-born_who_not-sure = Nie potrafię tego rozpoznać

## Pytanie: co się dzieje?

where-were-you-born_setting = Co się dzieje?
    .hint = Areszt oznacza przetrzymywanie przez policję lub w więzieniu.
where-were-you-born_setting_street = Zatrzymano mnie na ulicy lub w innym miejscu publicznym
where-were-you-born_setting_car = Zatrzymano mnie do kontroli w samochodzie
where-were-you-born_setting_custody = Aresztowano mnie albo mnie przetrzymują

## Wynik: zatrzymanie na ulicy

where-were-you-born_street-stop = Policja nie może pytać o twoje miejsce urodzenia ani o twój status imigracyjny.
    .summary = Prawo stanu Illinois zakazuje policji w całym stanie pytania osób, które zatrzymuje, o obywatelstwo, status imigracyjny lub miejsce urodzenia. Możesz zachować milczenie.
    .verdict = nie mogą pytać o twoje miejsce urodzenia ani o twój status
where-were-you-born_street-stop_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
where-were-you-born_street-stop_city-law = Chicagowskie { -wco } mówi, że pracownicy miasta, w tym policja, nie mogą pytać o niczyje obywatelstwo ani status imigracyjny. Wyjątki są wąskie, np. gdy wymaga tego przepis prawa lub postanowienie sądu.
where-were-you-born_street-stop_no-arrest = Policja nie może nikogo zatrzymywać, aresztować, przeszukiwać ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
where-were-you-born_street-stop_stay-silent = Według ACLU każdy ma prawa wynikające z Konstytucji USA, bez względu na status imigracyjny. Masz prawo milczeć na temat swojego miejsca urodzenia, tego, czy masz obywatelstwo amerykańskie, i tego, jak wyglądał twój wjazd do USA. Powiedz na głos, że chcesz zachować milczenie.
where-were-you-born_street-stop_free-to-leave = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) radzi zapytać, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.
where-were-you-born_street-stop_no-lies = ACLU radzi: nie kłam, nie pokazuj fałszywych dokumentów, nie uciekaj i nie stawiaj oporu.
where-were-you-born_street-stop_write-down = Potem zapisz datę, godzinę i miejsce oraz, jeśli możesz, nazwisko i numer odznaki funkcjonariusza.
where-were-you-born_street-stop_report-copa = Funkcjonariusza chicagowskiej policji, który zadawał te pytania, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
where-were-you-born_street-stop_report-ag = Możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
where-were-you-born_street-stop_exceptions = Prawo stanowe ma dwa wąskie wyjątki. Policja może poinformować osobę w areszcie, że może ona skontaktować się z konsulatem swojego kraju, i pomóc jej w tym. Policja może też poprosić o dowód statusu, gdy wymagają tego niektóre przepisy o broni palnej.
where-were-you-born_street-stop_border = ACLU zaznacza, że inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.

## Wynik: kontrola drogowa

where-were-you-born_car-stop = Policja nie może pytać o twoje miejsce urodzenia ani o twój status imigracyjny.
    .summary = Prawo stanu Illinois zakazuje policji pytania osób, które zatrzymuje, o obywatelstwo, status imigracyjny lub miejsce urodzenia, także podczas kontroli drogowej. ACLU radzi, aby kierowca mimo to na prośbę pokazał prawo jazdy, dowód rejestracyjny i dowód ubezpieczenia.
    .verdict = nie mogą pytać o twoje miejsce urodzenia ani o twój status
where-were-you-born_car-stop_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
where-were-you-born_car-stop_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że pracownicy miasta, w tym policja, nie mogą pytać o niczyje obywatelstwo ani status imigracyjny. Wyjątki są wąskie, np. gdy wymaga tego przepis prawa lub postanowienie sądu.
where-were-you-born_car-stop_no-arrest = Policja nie może nikogo zatrzymywać, aresztować, przeszukiwać ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
where-were-you-born_car-stop_stay-silent = Nie musisz odpowiadać na pytania o swoje miejsce urodzenia ani status imigracyjny. Według ACLU kierowca i pasażerowie mają prawo do zachowania milczenia.
where-were-you-born_car-stop_search = Według ACLU możesz nie zgodzić się na przeszukanie samochodu przez policję. Jeśli mimo to go przeszukają, nie stawiaj oporu.
where-were-you-born_car-stop_no-lies = ACLU radzi: nie kłam, nie pokazuj fałszywych dokumentów, nie uciekaj i nie stawiaj oporu.
where-were-you-born_car-stop_write-down = Potem zapisz datę, godzinę i miejsce oraz, jeśli możesz, nazwisko i numer odznaki funkcjonariusza.
where-were-you-born_car-stop_report-copa = Funkcjonariusza chicagowskiej policji, który zadawał te pytania, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
where-were-you-born_car-stop_report-ag = Możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
where-were-you-born_car-stop_exceptions = Prawo stanowe ma dwa wąskie wyjątki. Policja może poinformować osobę w areszcie, że może ona skontaktować się z konsulatem swojego kraju, i pomóc jej w tym. Policja może też poprosić o dowód statusu, gdy wymagają tego niektóre przepisy o broni palnej.
where-were-you-born_car-stop_border = ACLU zaznacza, że inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.

## Wynik: aresztowanie lub przetrzymanie

where-were-you-born_in-custody = Policja nie może pytać o twoje miejsce urodzenia ani o twój status imigracyjny, gdy cię przetrzymuje.
    .summary = Prawo stanu Illinois zakazuje policji pytania osób, które ma w areszcie, o obywatelstwo, status imigracyjny lub miejsce urodzenia. Istnieją dwa wąskie wyjątki.
    .verdict = nie mogą pytać o twoje miejsce urodzenia ani o twój status, poza dwoma wąskimi wyjątkami
where-were-you-born_in-custody_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
where-were-you-born_in-custody_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że pracownicy miasta, w tym policja, nie mogą pytać o niczyje obywatelstwo ani status imigracyjny, poza wąskimi wyjątkami.
where-were-you-born_in-custody_no-hold = Policja nie może dalej przetrzymywać nikogo tylko z powodu imigracyjnego wniosku o przetrzymanie (detainer). Taki wniosek to pisemna prośba ICE do policji o przetrzymanie danej osoby albo o powiadomienie ICE, kiedy zostanie zwolniona. Nie podpisuje go sędzia.
where-were-you-born_in-custody_no-ice-access = Chicagowska policja nie może pozwolić agentom ICE na kontakt z osobą, którą przetrzymuje, także przez telefon.
where-were-you-born_in-custody_stay-silent = Według ACLU masz prawo do zachowania milczenia. Nie musisz podawać swojego miejsca urodzenia, mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
where-were-you-born_in-custody_lawyer = Według ACLU w razie aresztowania masz prawo do prawnika, więc od razu o niego poproś. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby aresztowane z bezpłatną pomocą prawną.
where-were-you-born_in-custody_report-copa = Funkcjonariusza chicagowskiej policji, który zadawał te pytania, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
where-were-you-born_in-custody_exceptions = Te dwa wyjątki to: policja może poinformować osobę w areszcie, że może ona skontaktować się z konsulatem swojego kraju, i pomóc jej w tym. Policja może też poprosić o dowód statusu, gdy wymagają tego niektóre przepisy o broni palnej.
where-were-you-born_in-custody_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: pyta federalny agent imigracyjny

where-were-you-born_federal-agent = Miejskie i stanowe ograniczenia tych pytań nie dotyczą agentów imigracyjnych. Nadal masz prawo do zachowania milczenia.
    .summary = Zasady zakazujące pytań o status obowiązują policję w Chicago i w Illinois, a nie agentów federalnych. Według organizacji pomocy prawnej nadal masz prawo do zachowania milczenia.
    .verdict = nie obowiązują ich miejskie i stanowe ograniczenia tych pytań
where-were-you-born_federal-agent_not-bound = Miejskie i stanowe zasady zakazujące pytań o status obowiązują pracowników miasta i policję w Illinois. Nie obowiązują federalnych agentów imigracyjnych.
where-were-you-born_federal-agent_silent = Według ACLU masz prawo do zachowania milczenia. Nie musisz podawać swojego miejsca urodzenia, mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
where-were-you-born_federal-agent_papers = ACLU mówi też: jeśli nie masz obywatelstwa amerykańskiego, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny. Jeśli masz 18 lat lub więcej, noś je przy sobie. Jeśli nie masz dokumentów, powiedz, że chcesz zachować milczenie.
where-were-you-born_federal-agent_say-silent = Powiedz na głos, że chcesz zachować milczenie.
where-were-you-born_federal-agent_free-to-leave = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) radzi zapytać, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.
where-were-you-born_federal-agent_no-sign = ILRC radzi też: nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
where-were-you-born_federal-agent_no-lies = ACLU radzi: nie kłam, nie pokazuj fałszywych dokumentów, nie uciekaj i nie stawiaj oporu.
where-were-you-born_federal-agent_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
where-were-you-born_federal-agent_border = ACLU zaznacza, że inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.
where-were-you-born_federal-agent_police-role = Chicagowska policja nie może pomagać agentom imigracyjnym w cywilnym egzekwowaniu prawa imigracyjnego, np. blokując ruch lub udzielając innego wsparcia na miejscu. { -civil-immigration-enforcement-definition }

## Wynik: nie wiadomo, kto pyta

where-were-you-born_unsure-who = Tak czy inaczej masz prawo milczeć na temat swojego miejsca urodzenia i statusu.
    .summary = Policja w Illinois nie może zadawać tych pytań osobom, które zatrzymuje lub przetrzymuje. Ta zasada nie obowiązuje federalnych agentów imigracyjnych, ale nadal masz prawo do zachowania milczenia.
    .verdict = nie mogą pytać; agentów federalnych ta zasada nie obowiązuje
where-were-you-born_unsure-who_police-no = Jeśli to policja, prawo stanowe zakazuje jej pytania osób, które zatrzymuje lub przetrzymuje, o status lub miejsce urodzenia. Przepisy miejskie zakazują chicagowskiej policji pytania o czyjkolwiek status.
where-were-you-born_unsure-who_federal = Jeśli to federalni agenci imigracyjni, te miejskie i stanowe zasady ich nie obowiązują.
where-were-you-born_unsure-who_silent = Według ACLU masz prawo do zachowania milczenia, bez względu na to, kto pyta. Nie musisz podawać swojego miejsca urodzenia, mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
where-were-you-born_unsure-who_papers = ACLU mówi też: jeśli nie masz obywatelstwa amerykańskiego, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny. Jeśli nie masz dokumentów, powiedz, że chcesz zachować milczenie.
where-were-you-born_unsure-who_say-silent = Powiedz na głos, że chcesz zachować milczenie.
where-were-you-born_unsure-who_no-lies = ACLU radzi: nie kłam, nie pokazuj fałszywych dokumentów, nie uciekaj i nie stawiaj oporu.
where-were-you-born_unsure-who_write-down = Jeśli możesz, zapisz datę, godzinę i miejsce oraz wszelkie nazwiska, numery odznak lub numery samochodów.
where-were-you-born_unsure-who_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
where-were-you-born_unsure-who_border = ACLU zaznacza, że inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.
