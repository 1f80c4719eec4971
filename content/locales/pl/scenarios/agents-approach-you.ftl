# Twoje prawa, gdy podchodzą do ciebie agenci imigracyjni: ulica, samochód, praca, dom (docs/research/facts.md, sekcja 6).
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; każde twierdzenie ma źródło w pliku .toml i jest przypisane ACLU
# lub Immigrant Legal Resource Center (ILRC). Te prawa wynikają z Konstytucji USA.

scenario_agents-approach-you = Twoje prawa, gdy podchodzą do ciebie agenci imigracyjni
    .summary = Na ulicy, w samochodzie, w pracy lub w domu. Te prawa wynikają z Konstytucji USA i przysługują ci bez względu na twój status imigracyjny. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają policję i pracowników miasta, a nie agentów federalnych.

## Pytanie: gdzie jesteś?

agents-approach-you_where = Gdzie jesteś, gdy podchodzą do ciebie agenci?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju.
agents-approach-you_where_street = Na ulicy lub w innym miejscu publicznym
agents-approach-you_where_car = W samochodzie
agents-approach-you_where_work = W pracy
agents-approach-you_where_home = W domu

## Wynik: na ulicy

agents-approach-you_street = Możesz zachować milczenie i zapytać, czy możesz odejść.
    .summary = Według organizacji pomocy prawnej możesz zachować milczenie i zapytać, czy możesz odejść. Jeśli tak, odejdź spokojnie; nie uciekaj.
    .verdict = możesz zachować milczenie i zapytać, czy możesz odejść
agents-approach-you_street_silent = Według ACLU masz prawo do zachowania milczenia. Jeśli chcesz z niego skorzystać, powiedz to na głos.
agents-approach-you_street_questions = Według ACLU nie musisz podawać swojego miejsca urodzenia. Nie musisz też mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA. Inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.
agents-approach-you_street_leave = ILRC radzi zapytać, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.
agents-approach-you_street_search = Możesz nie zgodzić się, żeby agenci przeszukali ciebie lub twoje rzeczy. Według ACLU funkcjonariusze mogą obszukać cię przez ubranie, jeśli podejrzewają, że masz broń.
agents-approach-you_street_say-silent = Powiedz: „Chcę zachować milczenie”.
agents-approach-you_street_ask-leave = Zapytaj: „Czy mogę odejść?”. Jeśli tak, spokojnie odejdź. Nie uciekaj.
agents-approach-you_street_no-lies = Nie kłam i nie pokazuj fałszywych dokumentów.
agents-approach-you_street_no-resist = Nie uciekaj i nie stawiaj oporu, nawet jeśli uważasz, że zatrzymanie do kontroli jest niesprawiedliwe.
agents-approach-you_street_no-sign = Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-approach-you_street_lawyer = Jeśli cię aresztują, od razu poproś o prawnika.
agents-approach-you_street_red-card = Możesz podać agentowi „czerwoną kartę” ILRC, na której są opisane twoje prawa.
agents-approach-you_street_icirr = Jeśli potrzebujesz pomocy albo agenci imigracyjni kogoś aresztowali, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-approach-you_street_constitution = Według organizacji pomocy prawnej te prawa wynikają z Konstytucji USA i przysługują ci bez względu na twój status imigracyjny. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają policję i pracowników miasta, a nie agentów federalnych.
agents-approach-you_street_papers = Według ACLU, jeśli nie masz obywatelstwa USA, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny. Jeśli masz 18 lat lub więcej, ACLU radzi nosić je przy sobie. Jeśli nie masz dokumentów, powiedz, że chcesz zachować milczenie.

## Wynik: w samochodzie

agents-approach-you_car = Jeśli agenci zatrzymują cię do kontroli drogowej, zatrzymaj się. Możesz zachować milczenie i nie zgodzić się na przeszukanie.
    .summary = Organizacje pomocy prawnej mówią, żeby nie uciekać: zatrzymaj się i zachowaj spokój. Możesz milczeć, nie zgodzić się na przeszukanie i odmówić pokazania dokumentów, z których wynika, z jakiego kraju pochodzisz.
    .verdict = możesz zachować milczenie i nie zgodzić się na przeszukanie
agents-approach-you_car_stop = Jeśli policja lub agenci imigracyjni zatrzymują cię do kontroli drogowej, zatrzymaj się. ACLU mówi, żeby nie uciekać i nie stawiać oporu.
agents-approach-you_car_silent = Według ACLU masz prawo do zachowania milczenia. Nie musisz podawać swojego miejsca urodzenia, mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
agents-approach-you_car_search = Według ACLU możesz nie zgodzić się na przeszukanie samochodu przez agentów.
agents-approach-you_car_nationality = American Immigration Lawyers Association (AILA), stowarzyszenie prawników imigracyjnych, dodaje, że możesz odmówić pokazania dokumentów tożsamości, z których wynika, z jakiego kraju pochodzisz. Nigdy nie pokazuj fałszywych dokumentów.
agents-approach-you_car_pull-over = Zatrzymaj samochód w bezpiecznym miejscu. Zachowaj spokój.
agents-approach-you_car_say-silent = Jeśli ktoś zadaje ci pytania, możesz odpowiedzieć: „Chcę zachować milczenie”.
agents-approach-you_car_say-no-search = Jeśli agenci poproszą o zgodę na przeszukanie samochodu, możesz odmówić. Jeśli mimo to go przeszukają, nie stawiaj oporu.
agents-approach-you_car_passenger = ILRC radzi zapytać, czy możesz odejść. Jeśli jedziesz jako pasażer lub pasażerka, możesz zapytać: „Czy mogę odejść?”. Jeśli tak, spokojnie odejdź.
agents-approach-you_car_no-lies = Nie kłam i nie pokazuj fałszywych dokumentów.
agents-approach-you_car_icirr = Jeśli potrzebujesz pomocy albo agenci imigracyjni kogoś aresztowali, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-approach-you_car_constitution = Według organizacji pomocy prawnej te prawa wynikają z Konstytucji USA i przysługują ci bez względu na twój status imigracyjny. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają policję i pracowników miasta, a nie agentów federalnych.
agents-approach-you_car_papers = Według ACLU, jeśli nie masz obywatelstwa USA, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny. Jeśli masz 18 lat lub więcej, ACLU radzi nosić je przy sobie. Jeśli nie masz dokumentów, powiedz, że chcesz zachować milczenie.

## Wynik: w pracy

agents-approach-you_work = W pracy również możesz zachować milczenie i zapytać, czy możesz odejść.
    .summary = Według organizacji pomocy prawnej w pracy obowiązują te same prawa: możesz zachować milczenie i zapytać, czy możesz odejść.
    .verdict = możesz zachować milczenie i zapytać, czy możesz odejść
agents-approach-you_work_silent = Według ACLU masz prawo do zachowania milczenia. Jeśli chcesz z niego skorzystać, powiedz to na głos.
agents-approach-you_work_questions = Według ACLU nie musisz podawać swojego miejsca urodzenia. Nie musisz też mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA. Inne zasady obowiązują wobec niektórych posiadaczy wiz.
agents-approach-you_work_leave = ILRC radzi zapytać, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.
agents-approach-you_work_no-run = ACLU radzi nie uciekać i nie stawiać oporu, nawet jeśli uważasz, że agenci naruszają twoje prawa.
agents-approach-you_work_say-silent = Powiedz: „Chcę zachować milczenie”.
agents-approach-you_work_ask-leave = Zapytaj: „Czy mogę odejść?”. Jeśli tak, spokojnie odejdź. Nie uciekaj.
agents-approach-you_work_no-lies = Nie kłam i nie pokazuj fałszywych dokumentów.
agents-approach-you_work_no-sign = Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-approach-you_work_lawyer = Jeśli cię aresztują, od razu poproś o prawnika.
agents-approach-you_work_icirr = Jeśli potrzebujesz pomocy albo agenci imigracyjni kogoś aresztowali, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-approach-you_work_constitution = Według organizacji pomocy prawnej te prawa wynikają z Konstytucji USA i przysługują ci bez względu na twój status imigracyjny. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają policję i pracowników miasta, a nie agentów federalnych.
agents-approach-you_work_papers = Według ACLU, jeśli nie masz obywatelstwa USA, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny. Jeśli masz 18 lat lub więcej, ACLU radzi nosić je przy sobie. Jeśli nie masz dokumentów, powiedz, że chcesz zachować milczenie.

## Wynik: w domu

agents-approach-you_home = Możesz nie otwierać drzwi i zachować milczenie.
    .summary = Nie musisz otwierać drzwi. Według organizacji pomocy prawnej agenci potrzebują nakazu sędziego albo twojej zgody, aby wejść.
    .verdict = nie musisz otwierać drzwi
agents-approach-you_home_door = „Czerwona karta” Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) radzi nie otwierać drzwi agentom imigracyjnym i nie wpuszczać ich bez nakazu sędziego. { -judicial-warrant-definition }
agents-approach-you_home_silent = Według organizacji pomocy prawnej masz prawo zachować milczenie i niczego nie podpisywać.
agents-approach-you_home_search = Według ACLU możesz nie zgodzić się na przeszukanie domu przez agentów.
agents-approach-you_home_keep-closed = Nie otwieraj drzwi. Jeśli masz czerwoną kartę, pokaż ją przez okno albo wsuń pod drzwi.
agents-approach-you_home_slide-warrant = Poproś agentów, żeby wsunęli nakaz pod drzwi. Wtedy możesz go przeczytać bez otwierania drzwi.
agents-approach-you_home_say-silent = Powiedz: „Chcę zachować milczenie”.
agents-approach-you_home_no-sign = Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
agents-approach-you_home_no-resist = Jeśli agenci mimo to wejdą, nie stawiaj fizycznego oporu. Zapisz, co się dzieje, i zadzwoń po pomoc.
agents-approach-you_home_icirr = Po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
agents-approach-you_home_constitution = Według organizacji pomocy prawnej te prawa wynikają z Konstytucji USA i przysługują ci bez względu na twój status imigracyjny. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają policję i pracowników miasta, a nie agentów federalnych.
agents-approach-you_home_ice-form = Formularz ICE, np. I-200 lub I-205, to „nakaz administracyjny” (administrative warrant). Podpisuje go urzędnik imigracyjny, a nie sędzia, więc nie jest to nakaz sądowy. Nakaz wydalenia od sędziego imigracyjnego nie jest nakazem sądowym (wydanym przez sąd federalny lub stanowy).
agents-approach-you_home_memo = ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE z 12 maja 2025 roku. Według tej notatki agenci mogą wejść siłą do domu osoby, która ma ostateczny nakaz wydalenia, na podstawie formularza I-205. To twierdzenie jest sporne. Doniesienia na ten temat sięgają kwietnia 2026 roku – to najnowsze informacje, jakie znaleźliśmy. Nie znaleźliśmy orzeczenia sądu. Zamknięte drzwi nie zatrzymają agentów fizycznie, więc nie stawiaj oporu.
