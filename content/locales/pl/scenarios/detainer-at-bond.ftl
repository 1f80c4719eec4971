# S4: osoba aresztowana za przestępstwo może zostać zwolniona, a ICE przysłało wniosek o przetrzymanie (formularz I-247A).
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_detainer-at-bond = Osoba aresztowana za przestępstwo może wrócić do domu, ale ICE przysłało wniosek o przetrzymanie
    .summary = Na przykład osoba spełniła warunki zwolnienia. Ale ICE przysłało formularz I-247A z prośbą, żeby policja lub więzienie nadal ją przetrzymywały.

## Pytanie: czy jest też nakaz sędziego w sprawie karnej?

detainer-at-bond_warrant = Czy oprócz dokumentów ICE istnieje wobec tej osoby nakaz w sprawie karnej podpisany przez sędziego?
    .hint = Imigracyjny wniosek o przetrzymanie (immigration detainer, formularz I-247A) to pisemna prośba ICE. ICE prosi w nim więzienie lub departament policji, aby przetrzymały daną osobę albo powiadomiły ICE, kiedy zostanie zwolniona. Nie podpisuje go sędzia. { -judicial-warrant-definition }
detainer-at-bond_warrant_detainer-only = Nie. Są tylko dokumenty ICE, np. wniosek o przetrzymanie (detainer) albo formularz nakazu ICE
detainer-at-bond_warrant_judge-warrant = Tak, jest nakaz w sprawie karnej podpisany przez sędziego
detainer-at-bond_warrant_not-sure = Nie wiem

## Pytanie: czy poza tym osoba może wyjść na wolność?

detainer-at-bond_release = Czy poza prośbą ICE ta osoba może wyjść na wolność?
    .hint = Na przykład sędzia nakazał jej zwolnienie, spełniła warunki zwolnienia albo wycofano zarzuty.
detainer-at-bond_release_free-to-go = Tak. Wróciłaby teraz do domu, gdyby ICE nie przysłało wniosku o przetrzymanie
detainer-at-bond_release_still-held = Nie. Nadal jest przetrzymywana w związku ze swoją sprawą karną

## Wynik: może wyjść, są tylko dokumenty ICE

detainer-at-bond_must-release = Tę osobę trzeba zwolnić jak zwykle. Policja nie może przetrzymywać jej dla ICE.
    .summary = Imigracyjny wniosek o przetrzymanie (detainer) to pisemna prośba ICE, której nie podpisuje żaden sędzia. W Illinois policja i więzienia nie mogą nikogo trzymać w areszcie tylko dlatego, że ICE przysłało taki wniosek.
    .verdict = muszą zwolnić jak zwykle, a nie przetrzymywać dla ICE
detainer-at-bond_must-release_state-law = Jak mówi { -trust }, policja nie może nikogo przetrzymywać ani dalej przetrzymywać tylko z powodu wniosku o przetrzymanie albo „cywilnego nakazu imigracyjnego”, czyli dokumentu imigracyjnego, którego nie zatwierdził żaden sędzia. Nie może też w inny sposób się do nich stosować.
detainer-at-bond_must-release_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że policja miejska nie może dalej przetrzymywać nikogo z powodu imigracyjnego wniosku o przetrzymanie.
detainer-at-bond_must-release_no-transfer = Chicagowska policja nie może też przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
detainer-at-bond_must-release_only-request = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prośby ICE są prośbami, a nie poleceniami. Wytyczne mówią też, że żadne prawo federalne nie zmusza policji w Illinois do pomocy w egzekwowaniu prawa imigracyjnego.
detainer-at-bond_must-release_officer = Dla funkcjonariuszy policji: zwolnij tę osobę tak samo jak każdą inną. Jeśli masz wątpliwości, zapytaj przełożonego.
detainer-at-bond_must-release_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
detainer-at-bond_must-release_pd-immigration = Jeśli ta osoba ma sprawę karną w hrabstwie Cook, warto wiedzieć, że Biuro Obrońcy Publicznego Hrabstwa Cook ma Wydział Imigracyjny.
detainer-at-bond_must-release_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
detainer-at-bond_must-release_report-copa = Funkcjonariusza chicagowskiej policji, który przetrzymywał kogoś dla ICE, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
detainer-at-bond_must-release_report-ag = W sprawie policji lub więzień w całym stanie Illinois możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
detainer-at-bond_must-release_good-faith = Prawo stanowe chroni funkcjonariusza lub agencję, którzy w dobrej wierze zwolnią osobę objętą wnioskiem o przetrzymanie. Nie ponoszą oni odpowiedzialności prawnej za to zwolnienie, z wyjątkiem poważnych nadużyć, które prawo nazywa „umyślnymi lub rażąco lekkomyślnymi” („willful or wanton”).
detainer-at-bond_must-release_no-release-date = Policja miejska nie może też poświęcać czasu na odpowiadanie ICE na pytania o to, czy ktoś jest w areszcie i kiedy zostanie zwolniony. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja w całym stanie Illinois nie może przekazywać służbom imigracyjnym informacji o osobach w areszcie.
detainer-at-bond_must-release_county-jail = Jeśli ta osoba jest w więzieniu hrabstwa Cook (Cook County Jail), zarządza nim szeryf, a nie miasto. Stanowy zakaz przetrzymywania kogokolwiek tylko na podstawie wniosku o przetrzymanie obowiązuje także tam.
detainer-at-bond_must-release_cook-rule = Hrabstwo Cook ma własne przepisy dotyczące wniosków ICE o przetrzymanie. Przeczytaliśmy je w brzmieniu z projektu Rady Hrabstwa z 2023 roku. Nakazują one szeryfowi odmawiać wykonania wniosków o przetrzymanie, chyba że ICE zgodzi się na piśmie pokryć pełne koszty. Zakazują też wydawania pieniędzy hrabstwa na takie wnioski. Tak czy inaczej prawo stanowe nie pozwala więzieniu przetrzymywać nikogo tylko z powodu wniosku o przetrzymanie.
detainer-at-bond_must-release_reports = Każda agencja policyjna w Illinois co roku składa Prokuratorowi Generalnemu raport o otrzymanych wnioskach o przetrzymanie. Raport podaje, czy każdą z tych osób zwolniono, czy przekazano, i nie wymienia niczyich nazwisk. Według Inspektora Generalnego miasta chicagowska policja co trzy miesiące składa też raporty jemu i Biuru Burmistrza.
detainer-at-bond_must-release_ice-not-bound = Te przepisy ograniczają to, co robią policja i więzienia w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nadal przetrzymywana w sprawie karnej

detainer-at-bond_held-for-case = Tę osobę można przetrzymywać w związku ze sprawą karną, ale nie dla ICE.
    .summary = Tę osobę można przetrzymywać w związku ze sprawą karną. Wniosek ICE o przetrzymanie (detainer), czyli pisemna prośba, której nie podpisuje żaden sędzia, nie wydłuża czasu przetrzymania: gdy sprawa pozwoli na zwolnienie, osoba zostaje zwolniona jak zwykle.
    .verdict = mogą przetrzymywać w związku ze sprawą karną, ale nie dla ICE
detainer-at-bond_held-for-case_case-hold = Przetrzymywania kogokolwiek tylko z powodu wniosku o przetrzymanie zakazuje { -trust }. Przetrzymywanie kogoś w związku z jego sprawą karną to odrębna kwestia.
detainer-at-bond_held-for-case_no-extra = Wniosek o przetrzymanie nie może wydłużyć czasu przetrzymania. Gdy osoba może zostać zwolniona, policja nie może dalej jej przetrzymywać z powodu tego wniosku. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi to samo o policji miejskiej.
detainer-at-bond_held-for-case_no-transfer = Chicagowska policja nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
detainer-at-bond_held-for-case_officer = Dla funkcjonariuszy policji: traktuj wniosek o przetrzymanie tak, jakby niczego nie zmieniał. Gdy osoba może zostać zwolniona, zwolnij ją jak zwykle.
detainer-at-bond_held-for-case_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
detainer-at-bond_held-for-case_pd-immigration = Jeśli ta osoba ma sprawę karną w hrabstwie Cook, warto wiedzieć, że Biuro Obrońcy Publicznego Hrabstwa Cook ma Wydział Imigracyjny.
detainer-at-bond_held-for-case_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
detainer-at-bond_held-for-case_no-access = Chicagowska policja nie może pozwolić agentom ICE na kontakt z osobą, którą przetrzymuje, także przez telefon. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku to samo dotyczy policji w całym stanie Illinois.
detainer-at-bond_held-for-case_no-release-date = Policja miejska nie może też poświęcać czasu na odpowiadanie ICE na pytania o to, czy ktoś jest w areszcie i kiedy zostanie zwolniony.
detainer-at-bond_held-for-case_county-jail = Jeśli ta osoba jest w więzieniu hrabstwa Cook (Cook County Jail), zarządza nim szeryf, a nie miasto. Stanowy zakaz przetrzymywania kogokolwiek tylko na podstawie wniosku o przetrzymanie obowiązuje także tam.
detainer-at-bond_held-for-case_cook-rule = Hrabstwo Cook ma własne przepisy dotyczące wniosków ICE o przetrzymanie. Przeczytaliśmy je w brzmieniu z projektu Rady Hrabstwa z 2023 roku. Nakazują one szeryfowi odmawiać wykonania wniosków o przetrzymanie, chyba że ICE zgodzi się na piśmie pokryć pełne koszty. Zakazują też wydawania pieniędzy hrabstwa na takie wnioski. Tak czy inaczej prawo stanowe nie pozwala więzieniu przetrzymywać nikogo tylko z powodu wniosku o przetrzymanie.
detainer-at-bond_held-for-case_reports = Każda agencja policyjna w Illinois co roku składa Prokuratorowi Generalnemu raport o otrzymanych wnioskach o przetrzymanie. Raport podaje, czy każdą z tych osób zwolniono, czy przekazano, i nie wymienia niczyich nazwisk. Według Inspektora Generalnego miasta chicagowska policja co trzy miesiące składa też raporty jemu i Biuru Burmistrza.

## Wynik: jest też nakaz sędziego w sprawie karnej

detainer-at-bond_criminal-warrant = Policja może działać na podstawie nakazu sędziego w sprawie karnej. Wniosek ICE o przetrzymanie nadal niczego nie zmienia.
    .summary = Nakaz w sprawie karnej podpisany przez sędziego to odrębna podstawa prawna do przetrzymania kogoś. Imigracyjny wniosek o przetrzymanie (detainer), czyli pisemna prośba ICE, której nie podpisuje żaden sędzia, nie jest taką podstawą.
    .verdict = mogą działać na podstawie nakazu sędziego, a nie wniosku o przetrzymanie
detainer-at-bond_criminal-warrant_not-civil = Prawo stanu Illinois mówi, że „cywilny nakaz imigracyjny” nie obejmuje żadnego nakazu w sprawie karnej.
detainer-at-bond_criminal-warrant_not-administrative = Według przepisów wewnętrznych Departamentu Policji Chicago nakaz w sprawie karnej, wydany przez sędziego, który stwierdził istnienie uzasadnionych podstaw (probable cause), nie jest „nakazem administracyjnym”. Nakaz administracyjny to dokument imigracyjny, np. formularz ICE, którego nie podpisał żaden sędzia.
detainer-at-bond_criminal-warrant_ag-exception = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku stanowy zakaz pomagania agentom imigracyjnym nie obowiązuje, gdy agenci mają nakaz w sprawie karnej.
detainer-at-bond_criminal-warrant_detainer-still = Sam wniosek o przetrzymanie nadal nie jest powodem, by kogokolwiek przetrzymywać – ani według prawa stanowego, ani według przepisów miejskich.
detainer-at-bond_criminal-warrant_officer = Dla funkcjonariuszy policji: sprawdź nakaz. { -judicial-warrant-definition } CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
detainer-at-bond_criminal-warrant_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
detainer-at-bond_criminal-warrant_pd-immigration = Jeśli ta osoba ma sprawę karną w hrabstwie Cook, warto wiedzieć, że Biuro Obrońcy Publicznego Hrabstwa Cook ma Wydział Imigracyjny.
detainer-at-bond_criminal-warrant_no-transfer = Chicagowska policja nadal nie może przekazać nikogo w ręce ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego.
detainer-at-bond_criminal-warrant_ice-not-bound = Te przepisy ograniczają to, co robią policja i więzienia w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.

## Wynik: nie wiadomo, czy jest nakaz sędziego

detainer-at-bond_unclear-warrant = To zależy od tego, czy istnieje nakaz w sprawie karnej podpisany przez sędziego.
    .summary = Same dokumenty ICE, np. wniosek o przetrzymanie albo formularz nakazu ICE, nie są powodem, by kogokolwiek przetrzymywać. Nakaz w sprawie karnej podpisany przez sędziego jest takim powodem.
    .verdict = mogą przetrzymywać tylko na podstawie nakazu sędziego w sprawie karnej
detainer-at-bond_unclear-warrant_if-ice-paper = Dokumenty ICE to m.in. wniosek o przetrzymanie (formularz I-247A) i formularze nakazów ICE, np. I-200 lub I-205. Jeśli są tylko dokumenty ICE, policja nie może z ich powodu przetrzymywać tej osoby.
detainer-at-bond_unclear-warrant_if-judge = Jeśli istnieje nakaz w sprawie karnej podpisany przez sędziego, policja może na jego podstawie działać.
detainer-at-bond_unclear-warrant_check-records = Prawo stanu Illinois pozwala funkcjonariuszom skontaktować się z inną agencją policyjną, aby ustalić, czy wpis w policyjnej bazie danych ma charakter cywilny, czy karny.
detainer-at-bond_unclear-warrant_officer = Dla funkcjonariuszy policji: sprawdź dokumenty. Szukaj nazwy sądu u góry i podpisu sędziego. Wniosek o przetrzymanie nie jest powodem, by przetrzymywać tę osobę w czasie sprawdzania. CBS News Chicago poinformowało 27 stycznia 2021 roku, że każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc skontaktuj się z przełożonym.
detainer-at-bond_unclear-warrant_lawyer = Jeśli ktoś z twojej rodziny jest przetrzymywany, poproś o prawnika. Infolinia First Defense Legal Aid, czynna całą dobę, łączy osoby po aresztowaniu z bezpłatną pomocą prawną.
detainer-at-bond_unclear-warrant_icirr = Jeśli ICE aresztuje kogoś z twojej rodziny, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
detainer-at-bond_unclear-warrant_good-faith = Prawo stanowe chroni funkcjonariusza lub agencję, którzy w dobrej wierze zwolnią osobę objętą wnioskiem o przetrzymanie. Nie ponoszą oni odpowiedzialności prawnej za to zwolnienie, z wyjątkiem poważnych nadużyć, które prawo nazywa „umyślnymi lub rażąco lekkomyślnymi” („willful or wanton”).
detainer-at-bond_unclear-warrant_ice-not-bound = Te przepisy ograniczają to, co robią policja i więzienia w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym dokonywaniem aresztowań.
