# S15: ICE aresztowało kogoś bez nakazu albo podczas kontroli drogowej (postanowienie sądu w sprawie Castañon Nava).
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; każde twierdzenie ma źródło w .toml. Wszystko o postanowieniu
# sądu jest przypisane prawnikom prowadzącym sprawę lub doniesieniom prasowym i datowane; nic nie obiecuje zwolnienia.

scenario_warrantless-arrest = ICE aresztowało kogoś bez nakazu albo podczas kontroli drogowej
    .summary = Na przykład agenci imigracyjni zatrzymali samochód do kontroli i zabrali kogoś albo aresztowali członka rodziny, nie pokazując nakazu. W rejonie Chicago może pomóc postanowienie sądu federalnego.

## Pytanie: gdzie to się stało?

warrantless-arrest_where = Gdzie doszło do aresztowania?
    .hint = Wybierz miejsce aresztowania, a nie miejsce zamieszkania tej osoby.
warrantless-arrest_where_chicago-area = W stanie Illinois, Indiana, Wisconsin, Missouri, Kansas lub Kentucky
warrantless-arrest_where_elsewhere = W innym stanie

## Pytanie: jak to się stało?

warrantless-arrest_how = Jak doszło do aresztowania?
    .hint = Jeśli nie było cię przy aresztowaniu, wybierz „Nie wiem”.
warrantless-arrest_how_no-warrant = Z tego, co wiem, agenci nie mieli nakazu
warrantless-arrest_how_car-stop = Zaczęło się od tego, że agenci zatrzymali samochód do kontroli
warrantless-arrest_how_warrant = Agenci pokazali nakaz
warrantless-arrest_how_not-sure = Nie wiem

## Wynik: postanowienie sądu może mieć zastosowanie

warrantless-arrest_may-apply = Może pomóc postanowienie sądu federalnego. Powiadom prawników prowadzących sprawę i od razu poproś o pomoc.
    .summary = Prawnicy prowadzący sprawę mówią, że postanowienie sądu federalnego ogranicza niektóre aresztowania przez ICE bez nakazu lub podczas zatrzymań samochodów do kontroli w tym regionie, a osoby aresztowane w ten sposób mogą na jego podstawie ubiegać się o pomoc. Zwolnienie nie jest obiecane. Według naszych najnowszych informacji (z października 2025 roku) postanowienie obowiązywało do 2 lutego 2026 roku, więc zapytaj NIJC lub ICIRR, czy nadal obowiązuje.
    .verdict = ograniczeni postanowieniem sądu z 2022 roku – tak mówią prawnicy prowadzący sprawę (najnowsze informacje: październik 2025 roku)
warrantless-arrest_may-apply_court-order = Według National Immigrant Justice Center (NIJC) i ACLU of Illinois, czyli prawników osób, które wniosły pozew, sąd federalny zatwierdził 8 lutego 2022 roku ugodę w sprawie Castañon Nava v. DHS. Opisują ją jako postanowienie sądu, które ogranicza to, co robi samo ICE. Nie jest to prawo miejskie ani stanowe.
warrantless-arrest_may-apply_policy = Prawnicy mówią, że postanowienie zobowiązało ICE do przyjęcia ogólnokrajowych zasad, które ograniczają niektóre aresztowania bez nakazu i niektóre zatrzymania pojazdów do kontroli.
warrantless-arrest_may-apply_remedies = Prawnicy mówią, że osoby aresztowane bez nakazu lub podczas zatrzymania pojazdu do kontroli na obszarze chicagowskiego biura ICE mogą na podstawie postanowienia ubiegać się o środki naprawcze. Jednym z nich może być zwolnienie, ale nigdy nie jest ono pewne. Obszar chicagowskiego biura ICE obejmuje stany Illinois, Indiana, Wisconsin, Missouri, Kansas i Kentucky.
warrantless-arrest_may-apply_dates = Według doniesień prasowych 7 października 2025 roku sędzia federalny uznał, że ICE naruszyło postanowienie, nakazał zwolnić niektóre osoby i przedłużył obowiązywanie postanowienia do 2 lutego 2026 roku. Według tych doniesień sąd apelacyjny ograniczył później część tych nakazów zwolnienia. Nie znaleźliśmy nowszych informacji, więc nie wiemy, czy postanowienie nadal obowiązuje.
warrantless-arrest_may-apply_tell-lawyers = Na stronie NIJC o ugodzie można zgłosić prawnikom prowadzącym sprawę możliwe naruszenie. Zrób to jak najszybciej i zapytaj ich, czy postanowienie nadal obowiązuje i czy dotyczy tego aresztowania.
warrantless-arrest_may-apply_icirr = Po pomoc dla rodziny zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
warrantless-arrest_may-apply_write-down = Jak najszybciej zapisz, co wiesz: datę, godzinę i miejsce, czy agenci pokazali jakiś dokument, czy wszystko zaczęło się od zatrzymania samochodu do kontroli, a także wszelkie nazwiska, numery odznak lub numery rejestracyjne samochodów. Zachowaj wszystkie zdjęcia i nagrania wideo.
warrantless-arrest_may-apply_background = Prawnicy mówią, że sprawa zaczęła się po akcji ICE w okolicach Chicago w maju 2018 roku, kiedy aresztowano ponad 100 osób. Niektóre z nich aresztowano bez nakazu, a niektórzy agenci podczas kontroli drogowych podawali się za lokalną policję.
warrantless-arrest_may-apply_police-role = Jeśli brała w tym udział chicagowska policja, to osobna sprawa. Chicagowska policja nie może nikogo zatrzymywać do kontroli, aresztować ani przetrzymywać tylko dlatego, że uważa, że ta osoba przebywa w USA bez zezwolenia albo naruszyła cywilne przepisy imigracyjne. Funkcjonariuszy chicagowskiej policji możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (Civilian Office of Police Accountability, COPA).
warrantless-arrest_may-apply_laws-limit-police = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed dokonywaniem aresztowań. To postanowienie sądu jest czymś innym: prawnicy prowadzący sprawę mówią, że ogranicza ono samo ICE.

## Wynik: agenci pokazali nakaz

warrantless-arrest_warrant-shown = Postanowienie sądu może nie obejmować tego aresztowania, ale nadal możesz poprosić o pomoc.
    .summary = Według prawników prowadzących sprawę postanowienie sądu obejmuje aresztowania bez nakazu i aresztowania podczas zatrzymań pojazdów do kontroli na obszarze chicagowskiego biura ICE. Jeśli agenci mieli nakaz, postanowienie może nie mieć zastosowania, więc zapytaj prawników prowadzących sprawę lub ICIRR.
    .verdict = mogą nie podlegać postanowieniu sądu, które – według prawników prowadzących sprawę – obejmuje aresztowania bez nakazu
warrantless-arrest_warrant-shown_scope = Według National Immigrant Justice Center (NIJC) i ACLU of Illinois, czyli prawników osób, które wniosły pozew w sprawie Castañon Nava v. DHS, postanowienie sądu dotyczy aresztowań bez nakazu i aresztowań podczas zatrzymań pojazdów do kontroli na obszarze chicagowskiego biura ICE.
warrantless-arrest_warrant-shown_ask = Na stronie NIJC możesz zgłosić prawnikom możliwe naruszenie. Możesz ich zapytać, czy postanowienie dotyczy tego, co się stało.
warrantless-arrest_warrant-shown_dates = Według doniesień prasowych w październiku 2025 roku sędzia federalny przedłużył obowiązywanie postanowienia do 2 lutego 2026 roku. Nie znaleźliśmy nowszych informacji, więc nie wiemy, czy nadal obowiązuje.
warrantless-arrest_warrant-shown_tell-lawyers = Jeśli nie masz pewności, czy agenci naprawdę mieli nakaz, albo jeśli aresztowanie zaczęło się od zatrzymania samochodu do kontroli, powiadom prawników prowadzących sprawę przez stronę NIJC.
warrantless-arrest_warrant-shown_icirr = Po pomoc dla rodziny zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
warrantless-arrest_warrant-shown_write-down = Jak najszybciej zapisz, co wiesz: datę, godzinę i miejsce, co było napisane w dokumencie i kto go podpisał, a także wszelkie nazwiska, numery odznak lub numery rejestracyjne samochodów. Zachowaj zdjęcie lub kopię każdego dokumentu, który ci dano.
# TODO(translate)
warrantless-arrest_warrant-shown_ice-form = The paper may be an ICE form, such as Form I-200 or I-205, signed by an immigration officer. { -judicial-warrant-definition } An ICE form is not a judge's warrant. We do not know how the court order treats one, so ask the lawyers in the case whether it changes anything.
warrantless-arrest_warrant-shown_laws-limit-police = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają to, co robią policja i pracownicy miasta. Nie powstrzymują agentów federalnych przed dokonywaniem aresztowań.

## Wynik: poza obszarem chicagowskiego biura ICE

warrantless-arrest_outside-area = Prawnicy prowadzący sprawę mówią, że to postanowienie sądu obejmuje tylko obszar chicagowskiego biura ICE.
    .summary = Według prawników prowadzących sprawę postanowienie sądu obejmuje aresztowania w stanach Illinois, Indiana, Wisconsin, Missouri, Kansas i Kentucky. Jeśli do aresztowania doszło w innym stanie, szukaj pomocy prawnej w tamtym stanie.
    .verdict = poza zakresem postanowienia sądu, które – według prawników prowadzących sprawę – obejmuje tylko obszar chicagowskiego biura ICE
warrantless-arrest_outside-area_area = Według National Immigrant Justice Center (NIJC) i ACLU of Illinois, czyli prawników osób, które wniosły pozew w sprawie Castañon Nava v. DHS, postanowienie sądu obejmuje osoby aresztowane na obszarze chicagowskiego biura ICE, czyli w stanach Illinois, Indiana, Wisconsin, Missouri, Kansas i Kentucky.
# TODO(translate)
warrantless-arrest_outside-area_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge extended the order to February 2, 2026. We found nothing newer, so we do not know whether it still applies.
warrantless-arrest_outside-area_icirr = Po pomoc dla rodziny w Illinois zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
warrantless-arrest_outside-area_write-down = Jak najszybciej zapisz, co wiesz: datę, godzinę i miejsce, czy agenci pokazali jakiś dokument, a także wszelkie nazwiska, numery odznak lub numery rejestracyjne samochodów.
