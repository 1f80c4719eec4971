# S13: miejski urząd świadczeń lub formularz miejski pyta o status imigracyjny.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_city-form-asks-status = Urząd miejski lub formularz miejski pyta o twój status imigracyjny
    .summary = Na przykład formularz wniosku o świadczenie lub usługę miejską pyta, czy masz obywatelstwo amerykańskie. Albo pracownik miasta pyta o twoje dokumenty.

## Pytanie: kto pyta?

city-form-asks-status_who = Kto pyta o status imigracyjny?
    .hint = Obywatelstwo lub status imigracyjny oznacza, czy ktoś jest obywatelem oraz czy i na jakiej podstawie może przebywać w USA.
city-form-asks-status_who_city-form = Formularz lub wniosek dotyczący świadczenia lub usługi miasta Chicago
city-form-asks-status_who_city-worker = Pracownik miasta Chicago, osobiście lub przez telefon
city-form-asks-status_who_other-office = Inny urząd, np. stanowy, hrabstwa lub federalny, albo prywatna organizacja

## Pytanie: czy powiedziano, że wymaga tego prawo?

city-form-asks-status_reason = Czy urząd powiedział, że tego pytania wymaga prawo lub postanowienie sądu?
city-form-asks-status_reason_no-reason = Nie albo nic o tym nie powiedział
city-form-asks-status_reason_law-requires = Tak, mówi, że wymaga tego ustawa, przepis federalny lub postanowienie sądu

## Wynik: miasto nie może pytać

city-form-asks-status_city-may-not-ask = Urząd miejski nie może pytać o twój status imigracyjny.
    .summary = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) zakazuje pytań o status w formularzach dotyczących miejskich świadczeń, usług i możliwości. Zakazuje też pracownikom miasta pytania o czyjkolwiek status. Wyjątki są wąskie.
    .verdict = nie mogą pytać o twój status
city-form-asks-status_city-may-not-ask_forms = Rozporządzenie zakazuje pytań o obywatelstwo lub status imigracyjny w niektórych formularzach miejskich. Są to wnioski, kwestionariusze i formularze rozmów dotyczące miejskich świadczeń, usług lub możliwości.
city-form-asks-status_city-may-not-ask_workers = Urzędy i pracownicy miasta nie mogą pytać o niczyje obywatelstwo ani status imigracyjny, przechowywać ani udostępniać takich informacji. Udostępnienie jest dozwolone, jeśli dana osoba zgodzi się na to na piśmie.
city-form-asks-status_city-may-not-ask_review = Departamenty miejskie muszą co roku sprawdzać swoje formularze i usuwać z nich takie pytania.
city-form-asks-status_city-may-not-ask_ask-why = Możesz zapytać urząd, dlaczego o to pyta i który przepis tego wymaga.
city-form-asks-status_city-may-not-ask_city-worker = Dla pracowników miasta: nie pytaj o status imigracyjny. Jeśli pyta o niego formularz miejski, powiedz o tym przełożonemu, żeby można było poprawić formularz.
city-form-asks-status_city-may-not-ask_report-oig = Czy departament lub pracownik miasta nie przestrzega rozporządzenia? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
city-form-asks-status_city-may-not-ask_exceptions = Te ograniczenia ustępują, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego. { -judicial-warrant-definition }
city-form-asks-status_city-may-not-ask_city-only = Ta zasada dotyczy świadczeń, usług i możliwości miasta Chicago. Programy stanowe, hrabstwa i federalne mają własne zasady.

## Wynik: urząd mówi, że wymaga tego prawo

city-form-asks-status_may-be-required = Urząd miejski może pytać tylko wtedy, gdy wymaga tego ustawa, przepis federalny, postanowienie sądu lub nakaz sędziego.
    .summary = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) zakazuje pytań o status w formularzach miejskich. Wyjątek: gdy wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy.
    .verdict = mogą pytać tylko wtedy, gdy wymaga tego prawo
city-form-asks-status_may-be-required_exception = Rozporządzenie ogranicza pytania o status. Te ograniczenia ustępują, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego.
city-form-asks-status_may-be-required_otherwise-no = Jeśli nic z tego nie wymaga pytania, formularze dotyczące miejskich świadczeń, usług lub możliwości nie mogą pytać o status.
city-form-asks-status_may-be-required_sharing = Pracownicy miasta nadal nie mogą udostępniać twojego statusu, poza wąskimi wyjątkami: gdy zgodzisz się na to na piśmie; gdy wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy; albo gdy prawnicy miasta (Corporation Counsel) sprawdzają status na potrzeby sprawy sądowej lub podobnego postępowania, w którym uczestniczy miasto.
city-form-asks-status_may-be-required_ask-which-law = Zapytaj urząd, który przepis lub która regulacja wymaga tego pytania.
city-form-asks-status_may-be-required_lawyer = Nie wiesz, czy odpowiedzieć? Najpierw porozmawiaj z prawnikiem od spraw imigracyjnych.
city-form-asks-status_may-be-required_city-worker = Dla pracowników miasta: zanim zapytasz o status, sprawdź z przełożonym, który przepis wymaga tego pytania.
city-form-asks-status_may-be-required_report-oig = Uważasz, że departament miejski pyta bez prawdziwej podstawy prawnej? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
city-form-asks-status_may-be-required_city-only = Ta zasada dotyczy świadczeń, usług i możliwości miasta Chicago. Programy stanowe, hrabstwa i federalne mają własne zasady.

## Wynik: to nie jest urząd miejski

city-form-asks-status_not-city = To zależy od urzędu. Rozporządzenie Chicago obejmuje urzędy miasta Chicago.
    .summary = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obowiązuje tylko urzędy miasta Chicago i ich pracowników. Inne urzędy mają własne zasady, których ten przewodnik nie omawia.
    .verdict = nie podlegają chicagowskiemu rozporządzeniu
city-form-asks-status_not-city_city-only = Rozporządzenie ogranicza pytania o status zadawane przez urzędy i pracowników miasta Chicago. Ogranicza je też w formularzach dotyczących miejskich świadczeń, usług i możliwości.
city-form-asks-status_not-city_not-others = Rozporządzenie miejskie nie obowiązuje urzędów stanowych, hrabstwa ani federalnych, ani prywatnych organizacji.
city-form-asks-status_not-city_ask-why = Możesz zapytać urząd, po co mu te informacje i kto je zobaczy.
city-form-asks-status_not-city_lawyer = Nie wiesz, czy odpowiedzieć? Najpierw porozmawiaj z prawnikiem od spraw imigracyjnych.
city-form-asks-status_not-city_sister-agencies = Nie mogliśmy przeczytać definicji zawartych w rozporządzeniu. Dlatego nie wiemy, czy obejmuje ono odrębne instytucje publiczne. Przykłady to Szkoły Publiczne Chicago (Chicago Public Schools) i Urząd Mieszkaniowy Chicago (Chicago Housing Authority).
