# S7: agenci federalni mówią, że mają federalny nakaz w sprawie karnej.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_federal-criminal-warrant = Agenci federalni mówią, że mają nakaz w sprawie karnej
    .summary = Na przykład agenci proszą chicagowską policję o pomoc w aresztowaniu kogoś za przestępstwo federalne albo pokazują mieszkańcowi dokument, który nazywają nakazem.

## Pytanie: kto go podpisał?

federal-criminal-warrant_signed = Kto podpisał nakaz?
    .hint = { -judicial-warrant-definition } Nakaz administracyjny (administrative warrant) to formularz ICE, np. I-200 lub I-205, podpisany przez urzędnika imigracyjnego, a nie przez sędziego. Nakaz wydalenia wystawiony przez sędziego imigracyjnego nie jest nakazem sądowym (wydanym przez sąd federalny lub stanowy).
federal-criminal-warrant_signed_court-judge = Sędzia lub sędzia pomocniczy sądu, w sprawie przestępstwa
federal-criminal-warrant_signed_immigration-officer = Urzędnik imigracyjny, na formularzu ICE, np. I-200 lub I-205
federal-criminal-warrant_signed_immigration-judge = Sędzia imigracyjny, np. na nakazie wydalenia
federal-criminal-warrant_signed_cannot-tell = Nie wiem, kto go podpisał

## Wynik: nakaz sądu w sprawie karnej

federal-criminal-warrant_judicial-warrant = Policja może działać na podstawie federalnego nakazu w sprawie karnej podpisanego przez sędziego.
    .summary = Nakaz w sprawie karnej wydany przez sąd federalny lub stanowy i podpisany przez sędziego nie jest dokumentem imigracyjnym. Nie dotyczą go miejskie i stanowe ograniczenia pomagania agentom imigracyjnym.
    .verdict = może działać na podstawie nakazu sędziego w sprawie karnej
federal-criminal-warrant_judicial-warrant_not-administrative = Według przepisów wewnętrznych Departamentu Policji Chicago nakaz w sprawie karnej nie jest „nakazem administracyjnym”, jeśli wydał go sędzia po stwierdzeniu uzasadnionych podstaw (probable cause), czyli poważnych powodów, by sądzić, że popełniono przestępstwo.
federal-criminal-warrant_judicial-warrant_state-definition = Prawo stanu Illinois mówi, że „cywilny nakaz imigracyjny” nie obejmuje żadnego nakazu w sprawie karnej.
federal-criminal-warrant_judicial-warrant_ag-exception = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
federal-criminal-warrant_judicial-warrant_check-warrant = Obejrzyj nakaz. { -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = Dla funkcjonariuszy policji: zanim pomożesz agentom federalnym, sprawdź nakaz. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
federal-criminal-warrant_judicial-warrant_rights = Według ACLU w razie aresztowania masz prawo zachować milczenie i poprosić o prawnika. ACLU radzi też nie uciekać i nie stawiać oporu.
federal-criminal-warrant_judicial-warrant_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
federal-criminal-warrant_judicial-warrant_mixed = Jeśli agenci chcą też pomocy przy aresztowaniach imigracyjnych, chicagowska policja nie może w nich pomagać.
federal-criminal-warrant_judicial-warrant_still-no-status = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
federal-criminal-warrant_judicial-warrant_no-transfer = Chicagowska policja nadal nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego.

## Wynik: formularz ICE podpisany przez urzędnika imigracyjnego

federal-criminal-warrant_administrative-warrant = To nie jest nakaz w sprawie karnej. Chicagowska policja nie może działać na jego podstawie.
    .summary = Formularz ICE podpisany przez urzędnika imigracyjnego to „nakaz administracyjny” (administrative warrant), a nie nakaz sędziego. Nie wystarczy, aby policja w Chicago czy w Illinois mogła kogoś aresztować lub przetrzymywać.
    .verdict = nie może działać na podstawie formularza ICE
federal-criminal-warrant_administrative-warrant_admin-warrant = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że policja miejska nie może nikogo zatrzymywać, aresztować ani przetrzymywać z powodu nakazu administracyjnego.
federal-criminal-warrant_administrative-warrant_state-warrant = Jak mówi { -trust }, policja w całym stanie Illinois nie może nikogo przetrzymywać tylko z powodu „cywilnego nakazu imigracyjnego”, czyli dokumentu imigracyjnego, którego nie zatwierdził żaden sędzia, np. formularza I-200 lub I-205. Nie może też w żaden inny sposób go wykonywać.
federal-criminal-warrant_administrative-warrant_no-help = Urzędy miejskie i ich pracownicy, w tym policja, nie mogą pomagać agentom federalnym w cywilnym egzekwowaniu prawa imigracyjnego. { -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = Dla funkcjonariuszy policji: nie aresztuj ani nie przetrzymuj nikogo z powodu tego formularza. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
federal-criminal-warrant_administrative-warrant_no-resist = Jeśli agenci mimo to cię aresztują, ACLU radzi nie uciekać i nie stawiać oporu. Zachowaj spokój i poproś o prawnika.
federal-criminal-warrant_administrative-warrant_silent = Według ACLU masz prawo zachować milczenie i poprosić o prawnika. Te prawa wynikają z Konstytucji USA.
federal-criminal-warrant_administrative-warrant_write-down = Jeśli to bezpieczne, zapisz, co się stało: datę, godzinę i miejsce oraz wszelkie nazwiska lub numery odznak.
federal-criminal-warrant_administrative-warrant_icirr = Jeśli agenci imigracyjni aresztują kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
federal-criminal-warrant_administrative-warrant_report-copa = Funkcjonariusza chicagowskiej policji, który działał na podstawie formularza ICE, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
federal-criminal-warrant_administrative-warrant_says-warrant = Formularz ICE może mieć na górze słowo „warrant” (nakaz), np. formularz I-200 „Warrant for Arrest of Alien” (nakaz aresztowania cudzoziemca). Liczy się to, kto go podpisał: sędzia czy urzędnik imigracyjny.
federal-criminal-warrant_administrative-warrant_home-memo = Uprawnienia samego ICE to osobna kwestia. ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu wydalenia. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy.
federal-criminal-warrant_administrative-warrant_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nakaz sędziego imigracyjnego

federal-criminal-warrant_removal-order = Nakaz wydalenia nie jest nakazem w sprawie karnej. Chicagowska policja nie może działać na jego podstawie.
    .summary = Nakaz wydalenia wydany przez sędziego imigracyjnego nie jest nakazem w sprawie karnej. Przepisy chicagowskiej policji uznają go za „nakaz administracyjny” (administrative warrant), na podstawie którego policja nie może działać.
    .verdict = nie może działać na podstawie nakazu wydalenia
federal-criminal-warrant_removal-order_cpd-definition = Przepisy Departamentu Policji Chicago nadają pojęciu „nakaz administracyjny” szerokie znaczenie. Obejmuje ono każdy dokument imigracyjny używany, aby kogoś aresztować lub przetrzymać z cywilnego powodu imigracyjnego. Nakaz wydalenia jest jednym z podanych tam przykładów.
federal-criminal-warrant_removal-order_admin-warrant = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że policja miejska nie może nikogo zatrzymywać, aresztować ani przetrzymywać z powodu nakazu administracyjnego.
federal-criminal-warrant_removal-order_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
federal-criminal-warrant_removal-order_officer = Dla funkcjonariuszy policji: nie aresztuj ani nie przetrzymuj nikogo z powodu nakazu wydalenia. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
federal-criminal-warrant_removal-order_no-resist = Jeśli agenci mimo to cię aresztują, ACLU radzi nie uciekać i nie stawiać oporu. Zachowaj spokój i poproś o prawnika.
federal-criminal-warrant_removal-order_silent = Według ACLU masz prawo zachować milczenie i poprosić o prawnika. Te prawa wynikają z Konstytucji USA.
federal-criminal-warrant_removal-order_icirr = Jeśli agenci imigracyjni aresztują kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
federal-criminal-warrant_removal-order_report-copa = Funkcjonariusza chicagowskiej policji, który działał na podstawie nakazu wydalenia, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
federal-criminal-warrant_removal-order_home-memo = Uprawnienia samego ICE to osobna kwestia. ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu wydalenia. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy.
federal-criminal-warrant_removal-order_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nie wiadomo, kto podpisał

federal-criminal-warrant_unclear-paper = To zależy od tego, kto podpisał dokument.
    .summary = Odpowiedź zmienia tylko nakaz w sprawie karnej podpisany przez sędziego sądu. Formularz ICE ani nakaz wydalenia wydany przez sędziego imigracyjnego jej nie zmieniają.
    .verdict = może działać tylko na podstawie nakazu sędziego w sprawie karnej
federal-criminal-warrant_unclear-paper_if-ice-form = Załóżmy, że to formularz ICE podpisany przez urzędnika imigracyjnego, np. I-200 lub I-205. Wtedy policja nie może z jego powodu nikogo aresztować ani przetrzymywać.
federal-criminal-warrant_unclear-paper_if-removal-order = To samo dotyczy nakazu wydalenia. Przepisy Departamentu Policji Chicago uznają go za „nakaz administracyjny”, a nie za nakaz w sprawie karnej.
federal-criminal-warrant_unclear-paper_if-judge = Jeśli to nakaz w sprawie karnej podpisany przez sędziego sądu, policja może na jego podstawie działać.
federal-criminal-warrant_unclear-paper_officer = Dla funkcjonariuszy policji: zanim cokolwiek zrobisz, sprawdź dokument. Szukaj nazwy sądu u góry i podpisu sędziego. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
federal-criminal-warrant_unclear-paper_look = Jeśli agenci pokazują ci dokument, sprawdź, czy jest to nakaz sędziego. { -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = Jeśli agenci imigracyjni aresztują kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
federal-criminal-warrant_unclear-paper_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
federal-criminal-warrant_unclear-paper_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
