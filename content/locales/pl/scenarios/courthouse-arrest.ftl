# S11: osoba musi stawić się na rozprawie w sądzie stanu Illinois.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.
# P.A. 104-0440 art. 10 znamy z doniesień (Jurist, MALDEF): przypisuj źródło i pisz, że ustawa jest
# zaskarżona w sądzie (pozew DOJ z 22 grudnia 2025 r.; brak orzeczenia według informacji ze stycznia 2026 r.).

scenario_courthouse-arrest = Musisz stawić się na rozprawie w sądzie stanu Illinois
    .summary = Na przykład masz sprawę, jesteś świadkiem albo idziesz z kimś do sądu. Martwisz się, że w sądzie lub w jego pobliżu może dojść do aresztowania imigracyjnego.

## Pytanie: dlaczego idziesz do sądu?

courthouse-arrest_role = Dlaczego idziesz do sądu?
    .hint = Chodzi o sądy stanu Illinois, np. sądy hrabstwa Cook. „Strona” to jedna ze stron w sprawie. Na przykład osoba, która kogoś pozwała, którą pozwano lub którą oskarżono.
courthouse-arrest_role_party = Mam tam sprawę (jestem stroną)
courthouse-arrest_role_witness = Jestem świadkiem
courthouse-arrest_role_with-someone = Idę z kimś, kto ma sprawę lub jest świadkiem
courthouse-arrest_role_other = Z innego powodu

## Pytanie: jakie aresztowanie?

courthouse-arrest_arrest = Jakiego aresztowania się obawiasz?
    .hint = Aresztowanie w trybie cywilnym to aresztowanie, które nie dotyczy przestępstwa. { -civil-immigration-enforcement-definition } { -judicial-warrant-definition } Formularz ICE, np. I-200 lub I-205, podpisuje urzędnik imigracyjny, a nie sędzia.
courthouse-arrest_arrest_immigration = Aresztowania imigracyjnego bez nakazu sędziego
courthouse-arrest_arrest_judge-order = Aresztowania na podstawie nakazu lub postanowienia podpisanego przez sędziego
courthouse-arrest_arrest_crime = Aresztowania za przestępstwo
courthouse-arrest_arrest_not-sure = Nie mam pewności

## Wynik: ochrona (aresztowanie imigracyjne w trybie cywilnym bez nakazu sędziego)

courthouse-arrest_protected = Według doniesień prawo stanu Illinois zakazuje takiego aresztowania. Ustawa jest zaskarżona w sądzie.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku zakazuje aresztowań w trybie cywilnym (czyli nie za przestępstwo), w tym aresztowań imigracyjnych bez nakazu sędziego, wobec osób, które idą do sądu. Departament Sprawiedliwości USA kwestionuje tę ustawę w sądzie.
    .verdict = według doniesień ustawa stanu Illinois z 2025 roku zakazuje im tego aresztowania; ustawa jest zaskarżona w sądzie
courthouse-arrest_protected_who = Jurist, serwis informacji prawnych, podał, że ustawa chroni strony, świadków i osoby, które idą z nimi do sądu.
courthouse-arrest_protected_where = Według Jurist ustawa obejmuje budynek sądu, obszar w promieniu 1000 stóp (ok. 300 metrów) od niego oraz drogę do sądu i z powrotem.
courthouse-arrest_protected_what = Według doniesień na temat ustawy zakazuje ona aresztowań w trybie cywilnym, w tym aresztowań imigracyjnych bez nakazu sędziego. Według tych doniesień nie zakazuje aresztowań za przestępstwa.
courthouse-arrest_protected_challenge = Według doniesień prasowych Departament Sprawiedliwości USA pozwał stan Illinois w sprawie tej ustawy 22 grudnia 2025 roku. Twierdzi, że stan nie może regulować działań funkcjonariuszy federalnych. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
courthouse-arrest_protected_lawyer = Przed terminem rozprawy możesz zapytać prawnika o swoją sprawę i swoją sytuację imigracyjną. Jeśli masz sprawę karną w hrabstwie Cook, Biuro Obrońcy Publicznego Hrabstwa Cook ma Wydział Imigracyjny. Świadek albo osoba, która towarzyszy komuś w sądzie, powinna zapytać własnego prawnika lub zadzwonić na infolinię ICIRR.
courthouse-arrest_protected_rights = Według organizacji pomocy prawnej, jeśli agenci zatrzymają cię do kontroli, możesz zachować milczenie i zapytać, czy możesz odejść. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
courthouse-arrest_protected_no-resist = Nie uciekaj i nie stawiaj fizycznego oporu, nawet jeśli uważasz, że aresztowanie narusza tę ustawę. ACLU radzi nie stawiać oporu, nawet jeśli twoje prawa są naruszane.
courthouse-arrest_protected_witness = Jeśli widzisz aresztowanie w sądzie lub w jego pobliżu, zapisz datę, godzinę i miejsce oraz to, co się stało.
courthouse-arrest_protected_icirr = Jeśli agenci imigracyjni kogoś aresztują, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
courthouse-arrest_protected_damages = Według Jurist osoba aresztowana z naruszeniem ustawy może złożyć pozew. Ustawa przewiduje odszkodowanie w wysokości co najmniej 10 000 dolarów oraz odszkodowanie za bezprawne pozbawienie wolności (czyli bezprawne przetrzymywanie).
courthouse-arrest_protected_immigration-court = Sąd imigracyjny prowadzi rząd federalny. To nie jest sąd stanu Illinois. Nie udało nam się potwierdzić, czy ta ustawa go obejmuje.
courthouse-arrest_protected_police = Niezależnie od tego, według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja w całym stanie Illinois nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.

## Wynik: aresztowanie za przestępstwo lub nakazane przez sędziego

courthouse-arrest_not-barred = Według doniesień ustawa o ochronie w sądach nie zakazuje aresztowań za przestępstwa ani aresztowań nakazanych przez sędziego.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku o ochronie w sądach dotyczy aresztowań w trybie cywilnym (czyli nie za przestępstwo) dokonywanych bez nakazu sędziego. Nie zakazuje aresztowań za przestępstwa ani aresztowań nakazanych przez sędziego.
    .verdict = ustawa o ochronie w sądach nie zakazuje im aresztowań za przestępstwa ani na podstawie nakazu sędziego
courthouse-arrest_not-barred_civil-only = Według doniesień na temat ustawy Public Act 104-0440 zakazuje ona aresztowań w trybie cywilnym dokonywanych bez nakazu sędziego. Według tych doniesień nie zakazuje aresztowań za przestępstwa.
courthouse-arrest_not-barred_ice-form = Formularz ICE, np. I-200 lub I-205, nie jest nakazem sędziego. Prawo stanu Illinois opisuje takie formularze jako dokumenty imigracyjne, których nie zatwierdził żaden sędzia. { -judicial-warrant-definition }
# TODO(translate)
courthouse-arrest_not-barred_removal-order = An order from an immigration judge, such as a removal order, is not a judge's warrant. Chicago police rules count a removal order as an "administrative warrant". We could not confirm how the courthouse law treats it. Ask a lawyer.
courthouse-arrest_not-barred_challenge = Według doniesień prasowych Departament Sprawiedliwości USA pozwał stan Illinois w sprawie ustawy o ochronie w sądach 22 grudnia 2025 roku. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
courthouse-arrest_not-barred_rights = Według ACLU w razie aresztowania możesz zachować milczenie i należy od razu poprosić o prawnika. Nie uciekaj i nie stawiaj oporu.
courthouse-arrest_not-barred_lawyer = Jeśli ciebie lub kogoś, kogo znasz, aresztują za przestępstwo, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
courthouse-arrest_not-barred_icirr = Jeśli agenci imigracyjni kogoś aresztują, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
courthouse-arrest_not-barred_status = Policja w Illinois nie może nikogo zatrzymywać, aresztować, przeszukiwać ani przetrzymywać tylko z powodu jego obywatelstwa lub statusu imigracyjnego.
courthouse-arrest_not-barred_immigration-court = Sąd imigracyjny prowadzi rząd federalny. To nie jest sąd stanu Illinois. Nie udało nam się potwierdzić, czy ustawa o ochronie w sądach go obejmuje.

## Wynik: nie wiadomo, jakie aresztowanie

courthouse-arrest_unclear-arrest = To zależy od rodzaju aresztowania.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku o ochronie w sądach zakazuje aresztowań w trybie cywilnym (czyli nie za przestępstwo) wobec osób, które idą do sądu, w tym aresztowań imigracyjnych bez nakazu sędziego, ale nie zakazuje aresztowań za przestępstwa. Ustawa jest zaskarżona w sądzie.
    .verdict = według doniesień nie mogą tu aresztować w trybie cywilnym bez nakazu sędziego; aresztowania za przestępstwa nie są zakazane
courthouse-arrest_unclear-arrest_civil = Według doniesień na temat ustawy Public Act 104-0440 zakazuje ona aresztowań w trybie cywilnym wobec stron, świadków i osób, które z nimi idą. Obejmuje to aresztowania imigracyjne bez nakazu sędziego.
courthouse-arrest_unclear-arrest_crime = Według tych samych doniesień ustawa nie zakazuje aresztowań za przestępstwa.
courthouse-arrest_unclear-arrest_ice-form = Formularz ICE, np. I-200 lub I-205, nie jest nakazem sędziego. Prawo stanu Illinois opisuje takie formularze jako dokumenty imigracyjne, których nie zatwierdził żaden sędzia.
courthouse-arrest_unclear-arrest_challenge = Według doniesień prasowych Departament Sprawiedliwości USA pozwał stan Illinois w sprawie tej ustawy 22 grudnia 2025 roku. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
courthouse-arrest_unclear-arrest_rights = Według organizacji pomocy prawnej, jeśli agenci zatrzymają cię do kontroli, możesz zachować milczenie i zapytać, czy możesz odejść. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
courthouse-arrest_unclear-arrest_lawyer = Przed terminem rozprawy możesz zapytać prawnika o swoją sprawę i swoją sytuację imigracyjną. Jeśli masz sprawę karną w hrabstwie Cook, Biuro Obrońcy Publicznego Hrabstwa Cook ma Wydział Imigracyjny. Świadek albo osoba, która towarzyszy komuś w sądzie, powinna zapytać własnego prawnika lub zadzwonić na infolinię ICIRR.
courthouse-arrest_unclear-arrest_icirr = Jeśli agenci imigracyjni kogoś aresztują, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
courthouse-arrest_unclear-arrest_immigration-court = Sąd imigracyjny prowadzi rząd federalny. To nie jest sąd stanu Illinois. Nie udało nam się potwierdzić, czy ustawa o ochronie w sądach go obejmuje.
courthouse-arrest_unclear-arrest_police = Niezależnie od tego, według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja w całym stanie Illinois nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.

## Wynik: w sądzie z innego powodu

courthouse-arrest_other-reason = Według doniesień ta ustawa chroni osoby, które idą do sądu w związku ze sprawą, oraz osoby, które im towarzyszą.
    .summary = Jeśli jesteś w sądzie z innego powodu, ustawa stanu Illinois z 2025 roku o ochronie w sądach może cię nie obejmować. Twoje własne prawa nadal obowiązują.
    .verdict = ustawa o ochronie w sądach może cię nie obejmować
courthouse-arrest_other-reason_who = Jurist, serwis informacji prawnych, podał, że ustawa Public Act 104-0440 chroni strony, świadków i osoby, które idą z nimi do sądu.
courthouse-arrest_other-reason_own-rights = Twoje własne prawa nie zależą od tej ustawy. Według organizacji pomocy prawnej możesz zachować milczenie i zapytać, czy możesz odejść.
courthouse-arrest_other-reason_challenge = Według doniesień prasowych Departament Sprawiedliwości USA pozwał stan Illinois w sprawie tej ustawy 22 grudnia 2025 roku. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
courthouse-arrest_other-reason_rights = Jeśli agenci zatrzymają cię do kontroli, powiedz, że chcesz zachować milczenie, i zapytaj: „Czy mogę odejść?”. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
courthouse-arrest_other-reason_icirr = Jeśli agenci imigracyjni kogoś aresztują, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
courthouse-arrest_other-reason_police = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja w całym stanie Illinois nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
