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
# TODO(translate)
agents-at-home_door_removal-order = Agents show a paper from an immigration judge, such as a removal order

## Pytanie: czy jest nakaz?

agents-at-home_paper = Czy agenci mają nakaz?
    .hint = Nakaz sądowy (judicial warrant) podpisuje sędzia lub sędzia pomocniczy (magistrate) sądu. Wskazuje on osobę lub miejsce. Nakaz administracyjny (administrative warrant) to formularz ICE, np. I-200 lub I-205, podpisany przez urzędnika imigracyjnego, a nie przez sędziego.
agents-at-home_paper_judge-signed = Tak, nakaz podpisany przez sędziego
agents-at-home_paper_ice-form = Tak, ale to formularz ICE podpisany przez urzędnika imigracyjnego
agents-at-home_paper_no-paper = Nie albo nie chcą go pokazać
agents-at-home_paper_cannot-tell = Nie wiem, jaki to dokument

## Wynik: brak nakazu

# TODO(translate): .verdict below is in English
agents-at-home_no-warrant = Według organizacji pomocy prawnej agenci nie mogą wejść bez nakazu podpisanego przez sędziego albo bez twojej zgody.
    .summary = Nie musisz otwierać drzwi. Tak radzą Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) i ACLU – dwie organizacje pomocy prawnej. Te prawa wynikają z Konstytucji USA, a nie z przepisów Chicago czy stanu Illinois.
    .verdict = do not have to open the door
agents-at-home_no-warrant_red-card = „Czerwona karta” ILRC radzi nie otwierać drzwi agentom imigracyjnym. Według niej możesz nie wpuścić ich bez nakazu podpisanego przez sędziego. Nakaz musi być podpisany przez sędziego lub sędziego pomocniczego (magistrate) i zawierać twoje imię i nazwisko.
agents-at-home_no-warrant_constitution = Czerwona karta opiera to na Czwartej Poprawce do Konstytucji USA. Według ACLU masz te prawa bez względu na swój status imigracyjny.
agents-at-home_no-warrant_silent = Masz też prawo do zachowania milczenia. Według ACLU nie musisz podawać swojego miejsca urodzenia. Nie musisz też mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
agents-at-home_no-warrant_keep-closed = Nie otwieraj drzwi. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_no-warrant_slide-warrant = Poproś agentów, żeby wsunęli nakaz pod drzwi. Wtedy możesz go przeczytać bez otwierania drzwi.
agents-at-home_no-warrant_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_no-warrant_no-lies = Nie kłam i nie pokazuj fałszywych dokumentów.
agents-at-home_no-warrant_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_no-warrant_write-down = Jeśli to bezpieczne, zapisz, co się dzieje. Zanotuj datę, godzinę, co powiedzieli agenci oraz wszelkie nazwiska lub numery odznak.
agents-at-home_no-warrant_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_no-warrant_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza ICE I-205 i ostatecznego nakazu deportacji. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_no-warrant_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. Chodzi o działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi za przebywanie w USA bez zezwolenia.
agents-at-home_no-warrant_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: formularz ICE (nakaz administracyjny)

# TODO(translate): .verdict below is in English
agents-at-home_ice-form = Według organizacji pomocy prawnej formularz ICE nie pozwala agentom wejść, ale ICE w niektórych przypadkach to kwestionuje.
    .summary = Formularz ICE podpisany przez urzędnika imigracyjnego to „nakaz administracyjny” (administrative warrant). Nie podpisał go żaden sędzia. Według organizacji pomocy prawnej nie pozwala on agentom wejść do twojego domu bez twojej zgody.
    .verdict = may not come in on an ICE form alone, legal-aid groups say; ICE disputes this in some cases
agents-at-home_ice-form_not-judge = Formularze takie jak I-200 i I-205 podpisuje urzędnik imigracyjny. Nie zatwierdza ich żaden sędzia. Zarówno przepisy chicagowskiej policji, jak i prawo stanu Illinois odróżniają je od nakazów w sprawach karnych podpisanych przez sędziego.
agents-at-home_ice-form_red-card = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Według niej możesz nie wpuścić agentów bez nakazu podpisanego przez sędziego. Nakaz musi być podpisany przez sędziego lub sędziego pomocniczego (magistrate) i zawierać twoje imię i nazwisko.
agents-at-home_ice-form_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu deportacji. Notatka mówi też, że w razie odmowy mogą użyć siły „niezbędnej i uzasadnionej”.
agents-at-home_ice-form_contested = To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę do Konstytucji USA. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_ice-form_slide-warrant = Poproś agentów, żeby wsunęli dokument pod drzwi. Sprawdź numer formularza i to, kto go podpisał.
agents-at-home_ice-form_keep-closed = Nie otwieraj drzwi. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_ice-form_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_ice-form_say-no = Powiedz wyraźnie, że nie zgadzasz się na ich wejście ani na przeszukanie domu.
agents-at-home_ice-form_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_ice-form_write-down = Jeśli to bezpieczne, zapisz, co się dzieje. Zanotuj datę, godzinę, co powiedzieli agenci, wszelkie nazwiska lub numery odznak oraz to, co było napisane w dokumencie.
agents-at-home_ice-form_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_ice-form_final-order = Notatka dotyczy osób, które mają ostateczny nakaz opuszczenia USA (tzw. „final removal order”, ostateczny nakaz wydalenia). Jeśli nie wiesz, czy masz taki nakaz, zapytaj prawnika.
agents-at-home_ice-form_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. Chodzi o działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi za przebywanie w USA bez zezwolenia.
agents-at-home_ice-form_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: nakaz podpisany przez sędziego

# TODO(translate): .verdict below is in English
agents-at-home_judicial-warrant = Według organizacji pomocy prawnej nakaz podpisany przez sędziego, z twoim imieniem i nazwiskiem, pozwala agentom wejść.
    .summary = Nakaz sądowy (judicial warrant) podpisuje sędzia lub sędzia pomocniczy sądu. Wskazuje on osobę lub miejsce. Nawet gdy agenci mają taki nakaz, nadal masz prawo do zachowania milczenia.
    .verdict = may enter with a judge's warrant
agents-at-home_judicial-warrant_red-card = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Karta odmawia wpuszczenia agentów, chyba że mają nakaz podpisany przez sędziego lub sędziego pomocniczego (magistrate), z twoim imieniem i nazwiskiem. Taki nakaz jest wyjątkiem.
agents-at-home_judicial-warrant_still-silent = Nadal masz prawo do zachowania milczenia. Nie musisz niczego podpisywać, zanim nie porozmawiasz z prawnikiem.
agents-at-home_judicial-warrant_lawyer = Jeśli cię aresztują, ACLU radzi od razu poprosić o prawnika.
agents-at-home_judicial-warrant_check-warrant = Poproś agentów, żeby wsunęli nakaz pod drzwi. Sprawdź, czy jest w nim nazwa sądu, podpis sędziego lub sędziego pomocniczego oraz twoje imię i nazwisko lub adres.
agents-at-home_judicial-warrant_no-resist = Nie stawiaj fizycznego oporu. ACLU radzi nie uciekać i nie stawiać oporu.
agents-at-home_judicial-warrant_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_judicial-warrant_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_judicial-warrant_not-judge = Formularz ICE podpisany przez urzędnika imigracyjnego, np. I-200 lub I-205, nie jest nakazem sędziego. Tak jest nawet wtedy, gdy na górze jest napisane „warrant” (nakaz).
agents-at-home_judicial-warrant_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: nie wiadomo, jaki to dokument

# TODO(translate): .verdict below is in English
agents-at-home_unclear-paper = To zależy od tego, kto podpisał dokument.
    .summary = Według organizacji pomocy prawnej tylko nakaz podpisany przez sędziego pozwala agentom wejść bez twojej zgody. Ich zdaniem formularz ICE podpisany przez urzędnika imigracyjnego nie wystarczy. ICE w niektórych przypadkach to kwestionuje.
    .verdict = may enter only with a judge's warrant, legal-aid groups say
agents-at-home_unclear-paper_if-judge = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Karta odmawia wpuszczenia agentów, chyba że mają nakaz podpisany przez sędziego lub sędziego pomocniczego (magistrate), z twoim imieniem i nazwiskiem.
agents-at-home_unclear-paper_if-ice-form = Formularz ICE, np. I-200 lub I-205, podpisuje urzędnik imigracyjny. Zarówno przepisy chicagowskiej policji, jak i prawo stanu Illinois odróżniają go od nakazu podpisanego przez sędziego.
agents-at-home_unclear-paper_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza I-205 i ostatecznego nakazu deportacji. To twierdzenie jest sporne. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_unclear-paper_check-paper = Poproś agentów, żeby wsunęli dokument pod drzwi. Nakaz sędziego zawiera nazwę sądu i podpis sędziego lub sędziego pomocniczego. Formularz ICE ma numer, np. I-200 lub I-205, i podpis urzędnika imigracyjnego.
agents-at-home_unclear-paper_keep-closed = Nie otwieraj drzwi, gdy sprawdzasz dokument. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-at-home_unclear-paper_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_unclear-paper_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_unclear-paper_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_unclear-paper_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. Chodzi o działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi za przebywanie w USA bez zezwolenia.
agents-at-home_unclear-paper_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: agenci wchodzą bez zgody

# TODO(translate): .verdict below is in English
agents-at-home_forced-entry = To, czy agenci mogą wejść, zależy od ich nakazu. Tak czy inaczej nie stawiaj oporu.
    .summary = Zamknięte drzwi ani czerwona karta nie zatrzymają agentów fizycznie. Organizacje pomocy prawnej radzą nie stawiać oporu. Nadal masz prawo do zachowania milczenia. Jeśli uważasz, że naruszono twoje prawa, porozmawiaj potem z prawnikiem.
    .verdict = need a judge's warrant to come in, legal-aid groups say; ICE claims more in some cases
agents-at-home_forced-entry_need-warrant = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) rozdaje „czerwoną kartę”. Według niej możesz nie wpuścić agentów bez nakazu podpisanego przez sędziego. Nakaz musi być podpisany przez sędziego lub sędziego pomocniczego (magistrate) i zawierać twoje imię i nazwisko.
agents-at-home_forced-entry_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu na podstawie formularza ICE I-205 i ostatecznego nakazu deportacji. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę. Nie znaleźliśmy orzeczenia sądu w tej sprawie.
agents-at-home_forced-entry_no-resist = ACLU radzi nie uciekać, nie kłócić się i nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
agents-at-home_forced-entry_say-no = Powiedz wyraźnie: „Nie zgadzam się na wejście ani na przeszukanie”. Potem zachowaj spokój.
agents-at-home_forced-entry_stay-silent = Powiedz na głos, że chcesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-at-home_forced-entry_write-down = Jak najszybciej zapisz, co się stało. Zanotuj datę, godzinę, ilu agentów przyszło, wszelkie nazwiska lub numery odznak oraz dokumenty, które pokazali.
agents-at-home_forced-entry_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_forced-entry_bivens = Ustawa stanu Illinois z 2025 roku – stanowa ustawa Bivensa (Illinois Bivens Act) – pozwala pozywać za naruszenia praw podczas cywilnego egzekwowania prawa imigracyjnego. Można pozwać także agentów federalnych. Departament Sprawiedliwości USA złożył 22 grudnia 2025 roku pozew, aby ją zablokować. Według najnowszych informacji, jakie znaleźliśmy (ze stycznia 2026 roku), orzeczenia jeszcze nie było.
agents-at-home_forced-entry_police = Chicagowska policja nie może blokować ruchu ani udzielać innego wsparcia na miejscu w ramach cywilnego egzekwowania prawa imigracyjnego. Chodzi o działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi za przebywanie w USA bez zezwolenia.
agents-at-home_forced-entry_ice-not-bound = Przepisy Chicago i stanu Illinois ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed samodzielnym działaniem.

## Wynik: jest chicagowska policja

# TODO(translate): .verdict below is in English
agents-at-home_police-role = Chicagowska policja nie może pomagać agentom w aresztowaniu imigracyjnym.
    .summary = To cywilne egzekwowanie prawa imigracyjnego. Chodzi o działania federalne, których celem jest odnalezienie, aresztowanie, przetrzymanie lub deportacja ludzi za przebywanie w kraju bez zezwolenia. Chicagowska policja nie może brać w tym udziału. Nadal reaguje na nagłe wypadki i przestępstwa.
    .verdict = may not help with the immigration arrest
agents-at-home_police-role_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy i pracownicy miasta, w tym policja, nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego. Nie mogą też pomagać w nim agentom federalnym.
agents-at-home_police-role_no-support = Policja nie może ustawiać kordonu drogowego ani udzielać żadnego innego wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
agents-at-home_police-role_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko dlatego, że uważa, że ta osoba przebywa w USA bez zezwolenia. Prawo stanu Illinois mówi to samo o policji w całym stanie.
agents-at-home_police-role_state-help = Również { -trust } ogranicza policję w całym stanie Illinois. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nie może pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
agents-at-home_police-role_your-rights = Twoje własne prawa się nie zmieniają. Organizacje pomocy prawnej radzą nie otwierać drzwi, poprosić o wsunięcie nakazu pod drzwi i zachować milczenie.
agents-at-home_police-role_witness = Jeśli to bezpieczne, zapisz datę, godzinę i miejsce oraz numery odznak policjantów lub numery radiowozów.
agents-at-home_police-role_report-copa = Jeśli funkcjonariusz chicagowskiej policji pomagał w aresztowaniu imigracyjnym, możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
agents-at-home_police-role_report-oig = Pracownika miasta, który nie przestrzegał rozporządzenia, możesz zgłosić do Biura Inspektora Generalnego miasta.
agents-at-home_police-role_icirr = Jeśli agenci imigracyjni kogoś aresztowali, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-at-home_police-role_emergency = Policja nadal może odpowiedzieć na wezwanie pod 911 lub zareagować na przestępstwo, bez względu na czyjkolwiek status imigracyjny. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
agents-at-home_police-role_criminal-warrant = Wytyczne Prokuratora Generalnego mówią też, że stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
agents-at-home_police-role_supervisor = CBS News Chicago poinformowało w 2021 roku, że zgodnie ze zmienionym rozporządzeniem każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony w policji.
agents-at-home_police-role_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
# TODO(translate)
agents-at-home_removal-order = A removal order is not a judge's warrant, but ICE claims it can enter with one. Do not resist.
    .summary = A paper from an immigration judge, such as a removal order, is not a judge's warrant. But ICE claims it may enter a home with Form I-205 and a final removal order: do not resist, stay silent, and call for help.
    .verdict = claim they may enter with this paper; that claim is contested
# TODO(translate)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Chicago police rules count a removal order as an "administrative warrant": an immigration paper, not a criminal warrant issued by a judge. Illinois law likewise calls immigration papers that no judge approved "civil immigration warrants".
# TODO(translate)
agents-at-home_removal-order_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205 (a "warrant of removal" signed by an immigration officer). It says they may use "necessary and reasonable" force if refused.
# TODO(translate)
agents-at-home_removal-order_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
# TODO(translate)
agents-at-home_removal-order_no-resist = Do not physically resist, even if you think the entry is unlawful. The ACLU says not to run, argue or resist.
# TODO(translate)
agents-at-home_removal-order_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
# TODO(translate)
agents-at-home_removal-order_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
# TODO(translate)
agents-at-home_removal-order_write-down = As soon as it is safe, write down what happened: the date, the time, how many agents came, any names or badge numbers, and what the papers said. Keep any copy they give you.
# TODO(translate)
agents-at-home_removal-order_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
# TODO(translate)
agents-at-home_removal-order_lawyer = The memo is about people with a final order to leave the U.S. If you are not sure whether you or someone at home has one, ask a lawyer.
# TODO(translate)
agents-at-home_removal-order_ice-not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from acting on their own.
