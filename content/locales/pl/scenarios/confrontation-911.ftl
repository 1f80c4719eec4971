# S12: mieszkańcy ścierają się z agentami federalnymi i ktoś dzwoni pod 911.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_confrontation-911 = Mieszkańcy ścierają się z agentami federalnymi i ktoś dzwoni pod 911
    .summary = Na przykład sąsiedzi zbierają się, gdy agenci imigracyjni kogoś aresztują, i ktoś wzywa policję. Co chicagowska policja może, a czego nie może robić, i gdzie zgłosić to, co się stało.

## Pytanie: co się dzieje?

confrontation-911_situation = Co się dzieje?
    .hint = { -civil-immigration-enforcement-definition } Funkcjonariusze chicagowskiej policji pracują dla miasta.
confrontation-911_situation_someone-hurt = Ktoś jest ranny lub w niebezpieczeństwie
confrontation-911_situation_crime = Ktoś mówi, że doszło do przestępstwa
confrontation-911_situation_agents-ask = Agenci chcą, żeby policja pomogła im w aresztowaniu
confrontation-911_situation_afterwards = Już po wszystkim i chcę zgłosić, co się stało

## Pytanie: kogo chcesz zgłosić?

confrontation-911_report = Kogo chcesz zgłosić?
    .hint = COPA, czyli Cywilne Biuro ds. Odpowiedzialności Policji (Civilian Office of Police Accountability), przyjmuje skargi na funkcjonariuszy chicagowskiej policji.
confrontation-911_report_police = Funkcjonariuszy chicagowskiej policji
confrontation-911_report_agents = Agentów federalnych

## Wynik: ktoś jest ranny lub w niebezpieczeństwie

confrontation-911_emergency = Policja reaguje na nagły wypadek, a nie na aresztowanie imigracyjne.
    .summary = Chicagowska policja nadal odpowiada na wezwania pod 911 i dba o bezpieczeństwo ludzi. Nie może wykorzystać wezwania, aby pomóc w cywilnym egzekwowaniu prawa imigracyjnego.
    .verdict = może zająć się nagłym wypadkiem, ale nie aresztowaniem imigracyjnym
confrontation-911_emergency_only-status = Przepisy miejskie zakazują zatrzymań i aresztowań opartych wyłącznie na przekonaniu, że ktoś przebywa w USA bez zezwolenia albo naruszył cywilne przepisy imigracyjne. Nie przeszkadzają policji działać, gdy ktoś jest w niebezpieczeństwie lub doszło do przestępstwa.
confrontation-911_emergency_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
confrontation-911_emergency_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać innego wsparcia na miejscu dla samej akcji imigracyjnej.
confrontation-911_emergency_call-911 = Jeśli ktoś jest ranny lub w niebezpieczeństwie, zadzwoń pod 911.
confrontation-911_emergency_officer = Dla funkcjonariuszy policji: zajmij się nagłym wypadkiem i skontaktuj się z przełożonym. Nie ustawiaj kordonu ani nie udzielaj innego wsparcia przy aresztowaniu imigracyjnym.
confrontation-911_emergency_witness = Jeśli to bezpieczne, zapisz datę, godzinę i miejsce, co się stało, oraz numery odznak lub samochodów.
confrontation-911_emergency_icirr = Aby zgłosić działania agentów imigracyjnych lub uzyskać pomoc, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
confrontation-911_emergency_status-questions = Policja w Illinois nie może pytać osób, które zatrzymuje lub przetrzymuje, o obywatelstwo, status imigracyjny ani miejsce urodzenia, poza wąskimi wyjątkami. Pracownicy miasta Chicago, w tym policja, nie mogą pytać o niczyj status ani go udostępniać, poza wąskimi wyjątkami.
confrontation-911_emergency_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
confrontation-911_emergency_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: przestępstwo

confrontation-911_crime = Policja może zareagować na przestępstwo, ale nie może pomagać w aresztowaniu imigracyjnym.
    .summary = Chicagowska policja nadal egzekwuje prawo karne, bez względu na czyjkolwiek status imigracyjny. Nie może pomagać w aresztowaniu imigracyjnym.
    .verdict = może działać w sprawie przestępstwa, ale nie aresztowania imigracyjnego
confrontation-911_crime_only-status = Przepisy miejskie zakazują zatrzymań i aresztowań opartych wyłącznie na przekonaniu, że ktoś przebywa w USA bez zezwolenia albo naruszył cywilne przepisy imigracyjne. Nie przeszkadzają policji działać w sprawie przestępstwa.
confrontation-911_crime_ag-criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
confrontation-911_crime_no-civil-help = Policja nadal nie może pomagać w części imigracyjnej, np. przetrzymywać kogoś dla agentów albo blokować ruchu na potrzeby ich akcji.
confrontation-911_crime_call-911 = Jeśli jesteś ofiarą lub świadkiem przestępstwa, możesz zadzwonić pod 911 i przekazać policji swoje obserwacje.
confrontation-911_crime_officer = Dla funkcjonariuszy policji: zajmij się przestępstwem tak jak każdym innym. W sprawie każdej prośby agentów skontaktuj się z przełożonym.
confrontation-911_crime_lawyer = Jeśli chicagowska policja aresztuje ciebie lub kogoś, kogo znasz, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
confrontation-911_crime_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
confrontation-911_crime_detainer = Jeśli policja aresztuje kogoś za przestępstwo, nie może dalej przetrzymywać tej osoby tylko z powodu imigracyjnego wniosku o przetrzymanie (detainer). Taki wniosek to pisemna prośba ICE o przetrzymanie danej osoby. Nie podpisuje go sędzia.
confrontation-911_crime_no-transfer = Chicagowska policja nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego.
confrontation-911_crime_status-questions = Policja w Illinois nie może pytać osób, które zatrzymuje lub przetrzymuje, o obywatelstwo, status imigracyjny ani miejsce urodzenia, poza wąskimi wyjątkami. Pracownicy miasta Chicago, w tym policja, nie mogą pytać o niczyj status ani go udostępniać, poza wąskimi wyjątkami.
confrontation-911_crime_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: agenci chcą, żeby policja pomogła w aresztowaniu

confrontation-911_no-help = Chicagowska policja nie może pomagać w aresztowaniu imigracyjnym.
    .summary = To cywilne egzekwowanie prawa imigracyjnego, a przepisy miejskie i stanowe nie pozwalają chicagowskiej policji w nim uczestniczyć. Policja nadal może utrzymywać porządek i reagować na przestępstwa.
    .verdict = nie może pomagać w aresztowaniu imigracyjnym
confrontation-911_no-help_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy i pracownicy miasta, w tym policja, nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego. Nie mogą też pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
confrontation-911_no-help_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać żadnego innego wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
confrontation-911_no-help_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko dlatego, że uważa, że ta osoba przebywa w USA bez zezwolenia albo naruszyła cywilne przepisy imigracyjne. Prawo stanu Illinois mówi to samo o policji w całym stanie.
confrontation-911_no-help_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
confrontation-911_no-help_officer = Dla funkcjonariuszy policji: skontaktuj się z przełożonym. Nie przetrzymuj nikogo, nie blokuj ruchu i nie pilnuj miejsca akcji dla agentów.
confrontation-911_no-help_witness = Jeśli widzisz, że chicagowska policja pomaga w aresztowaniu imigracyjnym, zapisz datę, godzinę i miejsce oraz numery odznak lub samochodów.
confrontation-911_no-help_report-copa = Funkcjonariusza chicagowskiej policji możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
confrontation-911_no-help_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
confrontation-911_no-help_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
confrontation-911_no-help_keep-peace = Policja nadal może odpowiadać na wezwania pod 911, dbać o bezpieczeństwo ludzi i reagować na przestępstwa, bez względu na czyjkolwiek status imigracyjny. Nie może natomiast wspierać samego aresztowania imigracyjnego.
confrontation-911_no-help_criminal-warrant = Według wytycznych Prokuratora Generalnego stanu Illinois stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
confrontation-911_no-help_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
confrontation-911_no-help_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: zgłoszenie chicagowskiej policji

confrontation-911_complain-police = Możesz zgłosić chicagowską policję do COPA. To, czy złamała zasady, zależy od tego, co zrobiła.
    .summary = COPA, czyli Cywilne Biuro ds. Odpowiedzialności Policji (Civilian Office of Police Accountability), przyjmuje skargi na funkcjonariuszy chicagowskiej policji. Policja może reagować na nagłe wypadki i przestępstwa, ale nie może pomagać w cywilnym egzekwowaniu prawa imigracyjnego.
    .verdict = może zajmować się nagłymi wypadkami i przestępstwami, ale nie aresztowaniem imigracyjnym
confrontation-911_complain-police_may-not-help = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że policja nie może brać udziału w cywilnym egzekwowaniu prawa imigracyjnego. Dotyczy to także kordonów drogowych i innego wsparcia na miejscu. { -civil-immigration-enforcement-definition }
confrontation-911_complain-police_may-act = Policja nadal może reagować na nagłe wypadki i przestępstwa, bez względu na czyjkolwiek status imigracyjny. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w dochodzeniach karnych.
confrontation-911_complain-police_state-help = Wytyczne Prokuratora Generalnego mówią też, że policja w całym stanie Illinois nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
confrontation-911_complain-police_no-status = Policja w Illinois nie może pytać osób, które zatrzymuje lub przetrzymuje, o obywatelstwo, status imigracyjny ani miejsce urodzenia, poza wąskimi wyjątkami.
confrontation-911_complain-police_write-down = Jak najszybciej zapisz, co się stało. Zanotuj datę, godzinę i miejsce oraz wszelkie numery odznak, nazwiska lub numery samochodów.
confrontation-911_complain-police_report-copa = Możesz złożyć skargę do COPA. Możesz ją też złożyć na dowolnym komisariacie chicagowskiej policji.
confrontation-911_complain-police_report-oig = Pracownika miasta, który naruszył { -wco }, możesz zgłosić do Biura Inspektora Generalnego miasta.
confrontation-911_complain-police_report-ag = Możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois w sprawie policjantów, którzy mogli złamać zasady, jakie wprowadza { -trust }.
confrontation-911_complain-police_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
confrontation-911_complain-police_reports = Według Inspektora Generalnego miasta chicagowska policja co trzy miesiące składa raporty o tym, jak przestrzega rozporządzenia. Inspektor Generalny publikuje te raporty.

## Wynik: zgłoszenie agentów federalnych

confrontation-911_complain-agents = Być może możesz złożyć pozew na podstawie ustawy stanu Illinois z 2025 roku, ale ta ustawa jest zaskarżona w sądzie.
    .summary = Zasady Chicago i stanu Illinois dotyczące policji nie obejmują agentów federalnych. Ustawa stanu Illinois z 2025 roku – stanowa ustawa Bivensa (Illinois Bivens Act) – pozwala pozywać za naruszenia praw podczas cywilnego egzekwowania prawa imigracyjnego, także agentów federalnych.
    .verdict = mogą zostać pozwani na podstawie zaskarżonej ustawy stanu Illinois z 2025 roku
confrontation-911_complain-agents_bivens = Stanowa ustawa Bivensa jest częścią ustawy Public Act 104-0440. Pozwala osobie pozwać każdego, kto podczas cywilnego egzekwowania prawa imigracyjnego naruszy jej prawa wynikające z Konstytucji USA lub Konstytucji stanu Illinois. Dotyczy to także agentów federalnych.
confrontation-911_complain-agents_damages = Osoba, która wygra, może mieć pokryte koszty prawnika. Sąd może też przyznać dodatkowe odszkodowanie jako karę dla sprawcy. Może przy tym wziąć pod uwagę, czy agenci zasłaniali twarze albo nie używali kamer osobistych.
confrontation-911_complain-agents_immunity = Agenci nadal mogą powoływać się na „immunitet kwalifikowany” (qualified immunity). To argument obrony, który w niektórych przypadkach może chronić funkcjonariuszy przed płaceniem odszkodowania.
confrontation-911_complain-agents_challenge = Według doniesień prasowych Departament Sprawiedliwości USA pozwał stan Illinois w sprawie tej ustawy 22 grudnia 2025 roku. Twierdzi, że stan nie może regulować działań funkcjonariuszy federalnych. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
confrontation-911_complain-agents_write-down = Jak najszybciej zapisz, co się stało. Zanotuj datę, godzinę i miejsce, co zrobili agenci, oraz wszelkie nazwiska, numery odznak lub numery rejestracyjne samochodów. Zachowaj wszystkie zdjęcia i nagrania wideo.
confrontation-911_complain-agents_lawyer = Porozmawiaj z prawnikiem o tym, czy masz podstawy do pozwu.
confrontation-911_complain-agents_icirr = Aby zgłosić, co zrobili agenci imigracyjni, lub uzyskać pomoc, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
confrontation-911_complain-agents_not-bound = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają to, co robią policja i pracownicy miasta. Nie regulują tego, co robią agenci federalni.
confrontation-911_complain-agents_police-role = Chicagowska policja nie może ustawiać kordonu drogowego ani udzielać innego wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
