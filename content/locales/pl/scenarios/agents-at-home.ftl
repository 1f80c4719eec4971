# S9: agenci imigracyjni pukają do drzwi domu.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.
# Własne prawa mieszkańca wynikają z Konstytucji USA i są przypisane ILRC i ACLU.

scenario_agents-at-home = Agenci imigracyjni pukają do twoich drzwi
    .summary = Co możesz zrobić, gdy agenci imigracyjni przychodzą do twojego domu, i co może zrobić chicagowska policja. Twoje prawa przy drzwiach wynikają z Konstytucji USA, a nie z przepisów Chicago czy stanu Illinois.

## Pytanie: co się dzieje?

agents-at-home_door = Co się dzieje przy twoim domu?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju. Funkcjonariusze chicagowskiej policji pracują dla miasta.
agents-at-home_door_knocking = Agenci pukają i chcą wejść
agents-at-home_door_coming-in = Agenci wchodzą bez mojej zgody
agents-at-home_door_police-there = Razem z agentami jest chicagowska policja
agents-at-home_door_removal-order = Agenci pokazują dokument od sędziego imigracyjnego, np. nakaz wydalenia

## Pytanie: czy jest nakaz?

agents-at-home_paper = Czy agenci mają nakaz?
    .hint = { -judicial-warrant-definition } Nakaz administracyjny (administrative warrant) to formularz ICE, np. I-200 lub I-205, podpisany przez urzędnika imigracyjnego, a nie przez sędziego. Dokument od sędziego imigracyjnego, np. nakaz wydalenia, nie jest nakazem sądowym.
agents-at-home_paper_judge-signed = Tak, nakaz sądu federalnego lub stanowego podpisany przez sędziego
agents-at-home_paper_ice-form = Tak, ale to formularz ICE podpisany przez urzędnika imigracyjnego
agents-at-home_paper_no-paper = Nie albo nie chcą go pokazać
agents-at-home_paper_cannot-tell = Nie wiem, jaki to dokument

## Wynik: brak nakazu

agents-at-home_no-warrant = Według organizacji pomocy prawnej agenci nie mogą wejść bez nakazu podpisanego przez sędziego albo bez twojej zgody.
    .summary = Nie musisz otwierać drzwi. Według organizacji pomocy prawnej agenci potrzebują nakazu sędziego albo twojej zgody, aby wejść.
    .verdict = nie musisz otwierać drzwi
agents-at-home_no-warrant_red-card = „Czerwona karta” Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) radzi nie otwierać drzwi agentom imigracyjnym i nie wpuszczać ich bez nakazu sędziego. { -judicial-warrant-definition }
agents-at-home_no-warrant_constitution = Czerwona karta opiera to na Czwartej Poprawce do Konstytucji USA. Według ACLU masz te prawa bez względu na swój status imigracyjny.
agents-at-home_no-warrant_silent = Masz też prawo do zachowania milczenia. Według ACLU nie musisz podawać swojego miejsca urodzenia. Nie musisz też mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
agents-at-home_no-warrant_keep-closed = Nie otwieraj drzwi. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_no-warrant_slide-warrant = Poproś agentów, żeby wsunęli nakaz pod drzwi. Wtedy możesz go przeczytać bez otwierania drzwi.
agents-at-home_no-warrant_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_no-warrant_no-lies = Nie kłam i nie pokazuj fałszywych dokumentów.
agents-at-home_no-warrant_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_no-warrant_write-down = Jeśli to bezpieczne, zapisz, co się dzieje. Zanotuj datę, godzinę, co powiedzieli agenci oraz wszelkie nazwiska lub numery odznak.
agents-at-home_no-warrant_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_no-warrant_memo = Notatka służbowa ICE z 12 maja 2025 roku, o której ABC News poinformowało w styczniu 2026 roku, twierdzi, że agenci mogą wejść siłą do domu osoby, która ma ostateczny nakaz wydalenia, na podstawie formularza ICE I-205. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_no-warrant_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
agents-at-home_no-warrant_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: formularz ICE (nakaz administracyjny)

agents-at-home_ice-form = Według organizacji pomocy prawnej formularz ICE nie pozwala agentom wejść, ale ICE w niektórych przypadkach to kwestionuje.
    .summary = Formularz ICE podpisany przez urzędnika imigracyjnego nie jest nakazem sędziego. Według organizacji pomocy prawnej nie pozwala on agentom wejść bez twojej zgody, ale ICE twierdzi, że może wejść na podstawie formularza I-205 i ostatecznego nakazu wydalenia.
    .verdict = potrzebują czegoś więcej niż formularza ICE – tak mówią organizacje pomocy prawnej
agents-at-home_ice-form_not-judge = Formularze takie jak I-200 i I-205 podpisuje urzędnik imigracyjny. Nie zatwierdza ich żaden sędzia. Zarówno przepisy chicagowskiej policji, jak i prawo stanu Illinois odróżniają je od nakazów w sprawach karnych podpisanych przez sędziego.
agents-at-home_ice-form_red-card = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Według niej możesz nie wpuścić agentów bez nakazu sędziego. { -judicial-warrant-definition }
agents-at-home_ice-form_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu wydalenia. Notatka mówi też, że w razie odmowy mogą użyć siły „niezbędnej i uzasadnionej”.
agents-at-home_ice-form_contested = To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę do Konstytucji USA. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_ice-form_slide-warrant = Poproś agentów, żeby wsunęli dokument pod drzwi. Sprawdź numer formularza i to, kto go podpisał.
agents-at-home_ice-form_keep-closed = Nie otwieraj drzwi. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_ice-form_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_ice-form_say-no = Powiedz wyraźnie, że nie zgadzasz się na ich wejście ani na przeszukanie domu.
agents-at-home_ice-form_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_ice-form_write-down = Jeśli to bezpieczne, zapisz, co się dzieje. Zanotuj datę, godzinę, co powiedzieli agenci, wszelkie nazwiska lub numery odznak oraz to, co było napisane w dokumencie.
agents-at-home_ice-form_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_ice-form_final-order = Notatka dotyczy osób, które mają ostateczny nakaz opuszczenia USA (tzw. „final removal order”, ostateczny nakaz wydalenia). Taki nakaz podpisuje sędzia imigracyjny. Nakaz wydalenia nie jest nakazem sądowym (wydanym przez sąd federalny lub stanowy). Jeśli nie wiesz, czy masz taki nakaz, zapytaj prawnika.
agents-at-home_ice-form_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
agents-at-home_ice-form_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: nakaz podpisany przez sędziego

agents-at-home_judicial-warrant = Według organizacji pomocy prawnej nakaz sędziego pozwala agentom wejść.
    .summary = Nakaz sądu federalnego lub stanowego, podpisany przez sędziego, pozwala agentom wejść. Nawet wtedy nadal masz prawo do zachowania milczenia.
    .verdict = mogą wejść z nakazem sędziego – tak mówią organizacje pomocy prawnej
agents-at-home_judicial-warrant_red-card = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Karta odmawia wpuszczenia agentów, chyba że mają nakaz sędziego. Taki nakaz jest wyjątkiem. { -judicial-warrant-definition }
agents-at-home_judicial-warrant_still-silent = Nadal masz prawo do zachowania milczenia. Nie musisz niczego podpisywać, zanim nie porozmawiasz z prawnikiem.
agents-at-home_judicial-warrant_lawyer = Jeśli cię aresztują, ACLU radzi od razu poprosić o prawnika.
agents-at-home_judicial-warrant_check-warrant = Poproś agentów, żeby wsunęli nakaz pod drzwi. Sprawdź nazwę sądu u góry, podpis sędziego oraz adres lub nazwisko podane w nakazie. Dokument od sędziego imigracyjnego lub od ICE nie jest nakazem sądowym.
agents-at-home_judicial-warrant_no-resist = Nie stawiaj fizycznego oporu. ACLU radzi nie uciekać i nie stawiać oporu.
agents-at-home_judicial-warrant_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_judicial-warrant_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_judicial-warrant_not-judge = Formularz ICE podpisany przez urzędnika imigracyjnego, np. I-200 lub I-205, nie jest nakazem sędziego, nawet jeśli na górze jest napisane „warrant” (nakaz). Nakazem sądowym nie jest też nakaz wydalenia podpisany przez sędziego imigracyjnego.
agents-at-home_judicial-warrant_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: nie wiadomo, jaki to dokument

agents-at-home_unclear-paper = To zależy od tego, kto podpisał dokument.
    .summary = Według organizacji pomocy prawnej tylko nakaz sądu federalnego lub stanowego, podpisany przez sędziego, pozwala agentom wejść bez twojej zgody. ICE w niektórych przypadkach twierdzi, że może więcej, i to twierdzenie jest sporne.
    .verdict = potrzebują nakazu sędziego, aby wejść – tak mówią organizacje pomocy prawnej
agents-at-home_unclear-paper_if-judge = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Karta odmawia wpuszczenia agentów, chyba że mają nakaz sędziego. { -judicial-warrant-definition }
agents-at-home_unclear-paper_if-ice-form = Formularz ICE, np. I-200 lub I-205, podpisuje urzędnik imigracyjny. Nakaz wydalenia podpisuje sędzia imigracyjny. Zarówno przepisy chicagowskiej policji, jak i prawo stanu Illinois odróżniają te dokumenty od nakazu w sprawie karnej podpisanego przez sędziego.
agents-at-home_unclear-paper_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu wydalenia. To twierdzenie jest sporne. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_unclear-paper_check-paper = Poproś agentów, żeby wsunęli dokument pod drzwi. Nakaz sędziego ma u góry nazwę sądu, np. Sądu Okręgowego USA (U.S. District Court) lub sądu stanowego Illinois (circuit court), i podpis sędziego. Formularz ICE ma numer, np. I-200 lub I-205, u góry napis „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego) i podpis urzędnika imigracyjnego.
agents-at-home_unclear-paper_keep-closed = Nie otwieraj drzwi, gdy sprawdzasz dokument. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_unclear-paper_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_unclear-paper_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_unclear-paper_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_unclear-paper_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
agents-at-home_unclear-paper_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: agenci wchodzą bez zgody

agents-at-home_forced-entry = To, czy agenci mogą wejść, zależy od ich nakazu. Tak czy inaczej nie stawiaj oporu.
    .summary = Nie stawiaj oporu: zamknięte drzwi ani czerwona karta nie zatrzymają agentów fizycznie. Zachowaj milczenie, a jeśli uważasz, że naruszono twoje prawa, porozmawiaj potem z prawnikiem.
    .verdict = potrzebują nakazu sędziego – tak mówią organizacje pomocy prawnej; ICE to kwestionuje
agents-at-home_forced-entry_need-warrant = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Według niej możesz nie wpuścić agentów bez nakazu sędziego. { -judicial-warrant-definition }
agents-at-home_forced-entry_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza ICE I-205 i ostatecznego nakazu wydalenia. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_forced-entry_no-resist = ACLU radzi nie uciekać, nie kłócić się i nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_forced-entry_say-no = Powiedz wyraźnie: „Nie zgadzam się na wejście ani na przeszukanie”. Potem zachowaj spokój.
agents-at-home_forced-entry_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_forced-entry_write-down = Jak najszybciej zapisz, co się stało. Zanotuj datę, godzinę, ilu agentów przyszło, wszelkie nazwiska lub numery odznak oraz dokumenty, które pokazali.
agents-at-home_forced-entry_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_forced-entry_bivens = Ustawa stanu Illinois z 2025 roku – stanowa ustawa Bivensa (Illinois Bivens Act) – pozwala pozywać za naruszenia praw podczas cywilnego egzekwowania prawa imigracyjnego, także agentów federalnych. Według doniesień prasowych Departament Sprawiedliwości USA złożył 22 grudnia 2025 roku pozew, aby ją zablokować. Według najnowszych informacji, jakie znaleźliśmy (z początku stycznia 2026 roku), orzeczenia jeszcze nie było.
agents-at-home_forced-entry_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
agents-at-home_forced-entry_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: jest chicagowska policja

agents-at-home_police-role = Chicagowska policja nie może pomagać agentom w aresztowaniu imigracyjnym.
    .summary = Chicagowska policja nie może brać udziału w cywilnym egzekwowaniu prawa imigracyjnego. Nadal reaguje na nagłe wypadki i przestępstwa.
    .verdict = nie może pomagać w aresztowaniu imigracyjnym
agents-at-home_police-role_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy i pracownicy miasta, w tym policja, nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego. Nie mogą też pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
agents-at-home_police-role_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać żadnego innego wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
agents-at-home_police-role_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko dlatego, że uważa, że ta osoba przebywa w USA bez zezwolenia albo naruszyła cywilne przepisy imigracyjne. Prawo stanu Illinois mówi to samo o policji w całym stanie.
agents-at-home_police-role_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
agents-at-home_police-role_your-rights = Twoje własne prawa się nie zmieniają. Organizacje pomocy prawnej radzą nie otwierać drzwi, poprosić o wsunięcie nakazu pod drzwi i zachować milczenie.
agents-at-home_police-role_witness = Jeśli to bezpieczne, zapisz datę, godzinę i miejsce oraz numery odznak policjantów lub numery radiowozów.
agents-at-home_police-role_report-copa = Jeśli funkcjonariusz chicagowskiej policji pomagał w aresztowaniu imigracyjnym, możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
agents-at-home_police-role_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
agents-at-home_police-role_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_police-role_emergency = Policja nadal może odpowiedzieć na wezwanie pod 911 lub zareagować na przestępstwo, bez względu na czyjkolwiek status imigracyjny. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
agents-at-home_police-role_criminal-warrant = Wytyczne Prokuratora Generalnego mówią też, że stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
agents-at-home_police-role_supervisor = Według artykułu CBS News Chicago z 2021 roku zmienione rozporządzenie przewiduje, że każdą prośbę agentów imigracyjnych o pomoc zatwierdza przełożony w policji.
agents-at-home_police-role_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: dokument od sędziego imigracyjnego (nakaz wydalenia)

agents-at-home_removal-order = Nakaz wydalenia nie jest nakazem sądowym. ICE twierdzi, że może wejść na podstawie formularza I-205 razem z ostatecznym nakazem wydalenia; to twierdzenie jest sporne. Nie stawiaj oporu.
    .summary = Dokument od sędziego imigracyjnego, np. nakaz wydalenia, nie jest nakazem sądowym. ICE twierdzi jednak, że może wejść do domu na podstawie formularza I-205 i ostatecznego nakazu wydalenia. Nie stawiaj oporu, zachowaj milczenie i zadzwoń po pomoc.
    .verdict = twierdzą, że mogą wejść z I-205 i ostatecznym nakazem wydalenia (sporne)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Przepisy chicagowskiej policji traktują nakaz wydalenia jako „nakaz administracyjny” (administrative warrant), czyli dokument imigracyjny, a nie nakaz w sprawie karnej wydany przez sędziego. Prawo stanu Illinois nazywa formularze ICE, takie jak I-205, „cywilnymi nakazami imigracyjnymi” (civil immigration warrants).
agents-at-home_removal-order_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu osoby, która ma ostateczny nakaz wydalenia, na podstawie formularza ICE I-205 („warrant of removal”, czyli nakazu wykonania wydalenia podpisanego przez urzędnika imigracyjnego). Notatka mówi też, że w razie odmowy mogą użyć siły „niezbędnej i uzasadnionej”.
agents-at-home_removal-order_contested = To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę do Konstytucji USA. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_removal-order_no-resist = Nie stawiaj fizycznego oporu, nawet jeśli uważasz, że wejście jest niezgodne z prawem. ACLU radzi nie uciekać, nie kłócić się i nie stawiać oporu.
agents-at-home_removal-order_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_removal-order_say-no = Powiedz wyraźnie: „Nie zgadzam się na wejście ani na przeszukanie”. Potem zachowaj spokój.
agents-at-home_removal-order_write-down = Gdy tylko będzie to bezpieczne, zapisz, co się stało: datę, godzinę, ilu agentów przyszło, wszelkie nazwiska lub numery odznak oraz co było napisane w dokumentach. Zachowaj każdą kopię, którą ci dadzą.
agents-at-home_removal-order_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_removal-order_lawyer = Notatka dotyczy osób, które mają ostateczny nakaz opuszczenia USA. Jeśli nie wiesz, czy ty lub ktoś z domowników ma taki nakaz, zapytaj prawnika.
agents-at-home_removal-order_ice-not-bound = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.
