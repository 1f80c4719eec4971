# Notatki dla szkoleniowca w trybie prezentacji (/<lang>/present/<situation>), wyświetlane po
# naciśnięciu N: proponowany plan z podziałem na minuty, pytania do dyskusji i częste pytania
# uczestników wraz z tym, gdzie serwis na nie odpowiada. Strukturę określa plik każdej sytuacji
# (content/scenarios/<id>.toml, `[trainer]`); słowa są tutaj, pod nazwami
# present-notes_<situation>_<kind>_<id>. Używa ich tylko tryb prezentacji (część `present`). Notatki
# nie zawierają własnych twierdzeń prawnych: prawo, jego źródła i numery pomocy są na slajdach
# z odpowiedziami. Nigdy nie pytaj nikogo z uczestników o jego własny status.

## agents-approach-you
present-notes_agents-approach-you_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: gdzie ludzie najbardziej boją się spotkania z agentami imigracyjnymi? Zapisz na tablicy miejsca, które wymienią uczestnicy. Będą one pasować do czterech odpowiedzi na pierwsze pytanie.
present-notes_agents-approach-you_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Na ulicy lub w innym miejscu publicznym”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, co według uczestników można w tej sytuacji zrobić. Naciśnij →, aby pokazać odpowiedź. Przeczytaj na głos kroki i poproś uczestników, żeby razem powiedzieli „Chcę zachować milczenie” i „Czy mogę odejść?”.
present-notes_agents-approach-you_plan_compare = Naciśnij ← i wybierz „W domu”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż. Powoli przeczytaj powód dotyczący notatki służbowej ICE i krok o niestawianiu oporu.
present-notes_agents-approach-you_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ, wskazując numer pomocy na slajdzie z odpowiedzią.
present-notes_agents-approach-you_prompt_hardest-step = Który z tych kroków najtrudniej zapamiętać, kiedy się boisz? Jak możemy pomóc sobie nawzajem go zapamiętać?
present-notes_agents-approach-you_prompt_household-plan = Do kogo zadzwonisz najpierw? Czy wszyscy w twoim domu wiedzą, kto to jest?
present-notes_agents-approach-you_question_where-born = Czy muszę mówić agentom, jakie jest moje miejsce urodzenia?
present-notes_agents-approach-you_question_open-door = Czy muszę otworzyć drzwi?
present-notes_agents-approach-you_question_anything-limits-ice = Czy coś ogranicza to, co ICE może robić w Chicago?

## agents-at-home
present-notes_agents-at-home_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: jeśli ktoś zapuka i powie „immigration” (imigracja), co chcesz wiedzieć, zanim cokolwiek zrobisz? Wysłuchaj dwóch odpowiedzi.
present-notes_agents-at-home_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Agenci pukają i chcą wejść”, a potem „Nie albo nie chcą go pokazać”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, czego uczestnicy się spodziewają. Naciśnij →, aby pokazać odpowiedź, i przeczytaj kroki na głos.
present-notes_agents-at-home_plan_compare = Naciśnij Home i wybierz „Agenci pokazują dokument od sędziego imigracyjnego, np. nakaz wydalenia”. Poproś uczestników, żeby przewidzieli odpowiedź. Pokaż ją, a potem powoli przeczytaj powód dotyczący notatki służbowej ICE i krok o niestawianiu oporu. Zwróć uwagę, że odpowiedź nazywa twierdzenie ICE spornym.
present-notes_agents-at-home_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ, wskazując numer pomocy na slajdzie z odpowiedzią.
present-notes_agents-at-home_prompt_whole-household = Kto w domu powinien wiedzieć, co robić, jeśli agenci zapukają? Jak wytłumaczyć to dzieciom albo starszym krewnym?
present-notes_agents-at-home_prompt_stay-calm = Co pomoże ci zachować spokój przy drzwiach i pamiętać, żeby potem zapisać, co się stało?
present-notes_agents-at-home_question_open-door = Czy muszę otworzyć drzwi, jeśli ICE zapuka?
present-notes_agents-at-home_question_deportation-order = Czy ICE może wejść, jeśli ktoś z domowników ma nakaz deportacji?
present-notes_agents-at-home_question_police-with-ice = Z agentami przyszła chicagowska policja. Czy wolno jej im pomagać?

## city-form-asks-status
present-notes_city-form-asks-status_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: jakiego rodzaju formularze miejskie wypełniają ludzie w tej społeczności, żeby otrzymać świadczenie lub usługę? Rozmawiajcie o formularzach ogólnie. Nie pytaj nikogo o jego własne formularze ani o jego własny status. Wysłuchaj dwóch odpowiedzi.
present-notes_city-form-asks-status_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Formularz lub wniosek dotyczący świadczenia lub usługi miasta Chicago”, a potem „Nie albo nic o tym nie powiedział”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy formularz może o to pytać? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_city-form-asks-status_plan_compare = Naciśnij Home i wybierz „Inny urząd, np. stanowy, hrabstwa lub federalny, albo prywatna organizacja”. Poproś uczestników, żeby przewidzieli odpowiedź. Pokaż ją, a potem przeczytaj uwagę o Szkołach Publicznych Chicago (Chicago Public Schools) i Urzędzie Mieszkaniowym Chicago (Chicago Housing Authority).
present-notes_city-form-asks-status_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na krokach o tym, żeby zapytać o powód i porozmawiać z prawnikiem.
present-notes_city-form-asks-status_prompt_unsure-question = Jeśli w formularzu jest pytanie, co do którego nie masz pewności, kogo możesz poprosić o pomoc, zanim odpowiesz?
present-notes_city-form-asks-status_prompt_skipping-services = Dlaczego ludzie rezygnują z usług, których potrzebują? Co pomoże im poczuć, że mogą złożyć wniosek?
present-notes_city-form-asks-status_question_citizen-box = Formularz miejski pyta, czy mam obywatelstwo amerykańskie. Czy to dozwolone?
present-notes_city-form-asks-status_question_law-requires = Urząd mówi, że przepis prawa każe mu o to pytać. Co teraz?

## confrontation-911
present-notes_confrontation-911_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie” i przeczytaj tytuł sytuacji. Zapytaj: kiedy podczas aresztowania zbierają się sąsiedzi, na co ludzie liczą ze strony policji? Wysłuchaj dwóch odpowiedzi.
present-notes_confrontation-911_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Agenci chcą, żeby policja pomogła im w aresztowaniu”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy policja może pomóc? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź oraz uwagę o utrzymywaniu porządku.
present-notes_confrontation-911_plan_compare = Naciśnij Home i wybierz „Już po wszystkim i chcę zgłosić, co się stało”, a potem „Agentów federalnych”. Poproś uczestników, żeby przewidzieli odpowiedź. Pokaż ją i przeczytaj na głos zdanie o zaskarżeniu ustawy w sądzie.
present-notes_confrontation-911_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Niech rozmowa dotyczy przede wszystkim bezpieczeństwa: nikt nie powinien narażać się na niebezpieczeństwo, żeby nagrać lub zapisać, co się dzieje.
present-notes_confrontation-911_prompt_stay-safe = Co w napiętej sytuacji pomaga osobom, które się przyglądają, zachować bezpieczeństwo i spokój?
present-notes_confrontation-911_prompt_reporting = Co po takim zdarzeniu skłania ludzi do zgłoszenia tego, co widzieli? Co ich powstrzymuje?
present-notes_confrontation-911_question_will-police-come = Jeśli ktoś zostanie ranny podczas aresztowania przez ICE, czy policja przyjedzie, kiedy zadzwonimy pod 911?
present-notes_confrontation-911_question_complain-officer = Gdzie mogę złożyć skargę na funkcjonariusza chicagowskiej policji, który pomógł ICE?
present-notes_confrontation-911_question_agent-rights = Czy mogę coś zrobić w sprawie agenta federalnego, który naruszył moje prawa?
present-notes_confrontation-911_question_respond-at-all = Czy policji w ogóle wolno reagować na wezwania, kiedy w pobliżu jest ICE?

## courthouse-arrest
present-notes_courthouse-arrest_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: dlaczego ktoś może bać się pójść do sądu jako świadek albo pójść tam z kimś z rodziny? Wysłuchaj dwóch odpowiedzi. Nie mów nikomu, czy ma iść do sądu; serwis kieruje ludzi do prawnika.
present-notes_courthouse-arrest_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Jestem świadkiem”, a potem „Aresztowania imigracyjnego bez nakazu sędziego”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy takie aresztowanie jest dozwolone? Naciśnij →, aby pokazać odpowiedź. Przeczytaj nagłówek, a potem przeczytaj na głos zdanie o zaskarżeniu ustawy w sądzie.
present-notes_courthouse-arrest_plan_compare = Naciśnij ← i wybierz „Aresztowania za przestępstwo”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż i porównaj obie odpowiedzi.
present-notes_courthouse-arrest_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ, wskazując informacje o prawniku i numery pomocy na slajdzie z odpowiedzią.
present-notes_courthouse-arrest_prompt_before-court = Co może pomóc komuś przygotować się do terminu w sądzie? Z kim ta osoba może wcześniej porozmawiać?
present-notes_courthouse-arrest_prompt_challenged-law = Slajd z odpowiedzią mówi, że ustawa jest zaskarżona w sądzie. Jak możemy o tym rozmawiać, żeby ludzie ani nie wpadali w panikę, ani nie czuli się zbyt pewnie?
present-notes_courthouse-arrest_question_witness-arrest = Jestem świadkiem w sprawie sądowej. Czy agenci imigracyjni mogą mnie aresztować w drodze do sądu?
present-notes_courthouse-arrest_question_impossible-now = Czy aresztowania imigracyjne w budynkach sądów są teraz niemożliwe?
present-notes_courthouse-arrest_question_other-reason = Idę do budynku sądu z innego powodu, nie w związku ze sprawą. Czy ta ustawa mnie obejmuje?

## crime-victim-or-witness
present-notes_crime-victim-or-witness_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie” i przeczytaj na głos tytuł sytuacji. Zapytaj: co może powstrzymać kogoś przed zadzwonieniem na policję po przestępstwie? Wysłuchaj dwóch lub trzech odpowiedzi. Nie pytaj nikogo o jego własny status.
present-notes_crime-victim-or-witness_plan_walk = Pokaż pierwsze pytanie. Poproś uczestników o głosowanie przez podniesienie ręki. Wybierz „Tak, policjant pytał o status lub o miejsce urodzenia”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy policjant może o to pytać, czy nie? Naciśnij →, aby pokazać odpowiedź. Przeczytaj krótką odpowiedź i krok o tym, żeby opowiedzieć policji, co się stało.
present-notes_crime-victim-or-witness_plan_u-visa = Naciśnij Home. Wybierz „Nie albo jeszcze nie było rozmowy z policją”, a potem „Tak albo chcę wiedzieć, jak to działa”. Przeczytaj podpowiedź do tego pytania, która wyjaśnia, czym jest zaświadczenie do wizy U. Zanim pokażesz odpowiedź, zapytaj, kto mógłby pomóc ofierze o nie poprosić. Pokaż odpowiedź i wskaż kroki o uzyskaniu pomocy prawnika albo organizacji pomagającej ofiarom.
present-notes_crime-victim-or-witness_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Przypomnij uczestnikom, że w ich własnej sprawie serwis kieruje ich do prawnika.
present-notes_crime-victim-or-witness_prompt_feel-able = Co pomoże osobie z sąsiedztwa, którą okradziono, poczuć, że może opowiedzieć policji, co się stało?
present-notes_crime-victim-or-witness_prompt_who-walks-with = Kto w twojej społeczności może towarzyszyć ofierze przestępstwa przy takiej prośbie, na przykład prawnik albo organizacja pomagająca ofiarom przestępstw?
present-notes_crime-victim-or-witness_prompt_witness-questions = Załóżmy, że widzisz przestępstwo. Co chcesz wiedzieć, zanim porozmawiasz z policją jako świadek?
present-notes_crime-victim-or-witness_question_call-911-papers = Jeśli zadzwonię pod 911, bo mnie okradziono, czy zapytają o moje dokumenty?
present-notes_crime-victim-or-witness_question_deported-for-reporting = Czy mogą mnie deportować za zgłoszenie przestępstwa?
present-notes_crime-victim-or-witness_question_ask-u-visa = Jak poprosić policję o podpisanie formularza do wizy U?

## detainer-at-bond
present-notes_detainer-at-bond_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Potem pokaż pierwsze pytanie i poproś chętną osobę, żeby przeczytała na głos podpowiedź, tak by wszyscy wiedzieli, czym jest wniosek o przetrzymanie (detainer). Zapytaj, co uczestnicy słyszeli o „przetrzymywaniu dla ICE” (ICE holds) w więzieniu.
present-notes_detainer-at-bond_plan_walk = Poproś uczestników o głosowanie nad pierwszym pytaniem. Wybierz „Nie. Są tylko dokumenty ICE, np. wniosek o przetrzymanie (detainer) albo formularz nakazu ICE”. Przy następnym pytaniu wybierz „Tak. Wróciłaby teraz do domu, gdyby ICE nie przysłało wniosku o przetrzymanie”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy więzienie przetrzyma tę osobę dla ICE? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_detainer-at-bond_plan_compare = Naciśnij ← i wybierz „Nie. Nadal jest przetrzymywana w związku ze swoją sprawą karną”. Zanim pokażesz odpowiedź, zapytaj, co się zmienia, a co nie. Pokaż ją, a potem przeczytaj uwagę z części „Warto wiedzieć” o więzieniu hrabstwa Cook (Cook County Jail).
present-notes_detainer-at-bond_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Na koniec wskaż informacje o prawniku i numery pomocy na slajdzie z odpowiedzią.
present-notes_detainer-at-bond_prompt_first-call = Załóżmy, że ktoś z twojej rodziny jest przetrzymywany. Co chcesz wiedzieć najpierw? Do kogo zadzwonisz?
present-notes_detainer-at-bond_prompt_rumors = Co słyszeliście o ludziach przetrzymywanych dla ICE w więzieniu? Skąd pochodzą te informacje i jak możemy je sprawdzić?
present-notes_detainer-at-bond_question_forty-eight-hours = Czy wniosek ICE o przetrzymanie oznacza, że więzienie przetrzyma mojego brata jeszcze 48 godzin?
present-notes_detainer-at-bond_question_tell-ice-release = Czy chicagowska policja powie ICE, kiedy on wyjdzie na wolność?

## federal-criminal-warrant
present-notes_federal-criminal-warrant_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Potem pokaż pierwsze pytanie, „Kto podpisał nakaz?”, i przeczytaj na głos jego podpowiedź. Zapytaj, dlaczego może mieć znaczenie, kto podpisał dokument. Wysłuchaj dwóch odpowiedzi.
present-notes_federal-criminal-warrant_plan_walk = Poproś uczestników o głosowanie. Wybierz „Urzędnik imigracyjny, na formularzu ICE, np. I-200 lub I-205”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy chicagowska policja może działać na jego podstawie? Naciśnij →, aby pokazać odpowiedź. Przeczytaj uwagę z części „Warto wiedzieć” o słowie „warrant” (nakaz) na formularzach ICE.
present-notes_federal-criminal-warrant_plan_compare = Naciśnij ← i wybierz „Sędzia imigracyjny, np. na nakazie wydalenia”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż. Wróć jeszcze raz i wybierz „Sędzia lub sędzia pomocniczy sądu, w sprawie przestępstwa”. Pokaż odpowiedź i porównaj wszystkie trzy odpowiedzi.
present-notes_federal-criminal-warrant_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej.
present-notes_federal-criminal-warrant_prompt_clues = Na jakie wskazówki w dokumencie zwrócisz uwagę, zanim uznasz, co to jest? Co zrobisz, jeśli nie będziesz w stanie tego rozpoznać?
present-notes_federal-criminal-warrant_prompt_word-warrant = Niektóre dokumenty mają na górze słowo „warrant” (nakaz). Jak może to wprowadzać ludzi w błąd i jak możemy pomagać sobie nawzajem w ich czytaniu?
present-notes_federal-criminal-warrant_question_removal-order = Czy nakaz deportacji (nakaz wydalenia) z sądu imigracyjnego jest nakazem sądowym?
present-notes_federal-criminal-warrant_question_real-criminal-warrant = Jeśli agenci mają nakaz w sprawie karnej wydany przez sąd, czy chicagowska policja może im pomóc?

## ice-asks-for-perimeter
present-notes_ice-asks-for-perimeter_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: co na miejscu zdarzenia liczy się jako „pomaganie”? Czy kierowanie ruchem to pomaganie? Wysłuchaj kilku odpowiedzi i na razie ich nie oceniaj.
present-notes_ice-asks-for-perimeter_plan_walk = Pokaż pierwsze pytanie i przeczytaj jego podpowiedź, która wyjaśnia, czym jest „kordon drogowy” (traffic perimeter). Poproś uczestników o głosowanie przez podniesienie ręki. Wybierz „Do aresztowania imigracyjnego lub nalotu”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy policja może to zrobić, czy nie? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_ice-asks-for-perimeter_plan_compare = Naciśnij ← i wybierz „Z powodu przestępstwa, tłumu lub osoby w niebezpieczeństwie na miejscu”. Zanim pokażesz odpowiedź, zapytaj, co policja nadal może robić na tym samym miejscu zdarzenia. Pokaż odpowiedź i porównaj oba slajdy z odpowiedziami.
present-notes_ice-asks-for-perimeter_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na kroku ze slajdu z odpowiedzią, który mówi, żeby zapisywać, co się dzieje, jeśli jest to bezpieczne.
present-notes_ice-asks-for-perimeter_prompt_hard-to-see = Jak z chodnika rozpoznać, czy policja dba o bezpieczeństwo ludzi, czy pomaga w akcji? Co chcesz wiedzieć najpierw?
present-notes_ice-asks-for-perimeter_prompt_what-would-you-do = Załóżmy, że widzisz, jak funkcjonariusze zamykają ulicę w pobliżu nalotu. Jak zadbasz o swoje bezpieczeństwo, trzymając się z daleka i nie wchodząc w drogę agentom ani policji? Komu o tym powiesz?
present-notes_ice-asks-for-perimeter_question_traffic-help = Czy blokowanie ruchu dla ICE to naprawdę „pomaganie” ICE?
present-notes_ice-asks-for-perimeter_question_stand-by = Czy funkcjonariusze mogą po prostu czekać w pobliżu na wypadek, gdyby ICE potrzebowało wsparcia?
present-notes_ice-asks-for-perimeter_question_judge-warrant = A jeśli ICE ma nakaz w sprawie karnej podpisany przez sędziego? Czy wtedy policja może pomóc?

## ice-asks-police
present-notes_ice-asks-police_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”, żeby uczestnicy mogli otworzyć tę sytuację na swoich telefonach. Zapytaj, kto widział policję i agentów ICE w tym samym miejscu zdarzenia albo o czymś takim słyszał. Wysłuchaj dwóch odpowiedzi. Nie pytaj nikogo o jego własny status.
present-notes_ice-asks-police_plan_walk = Pokaż pierwsze pytanie. Poproś uczestników o głosowanie przez podniesienie ręki. Wyróżnij klawiszami ↑ ↓ odpowiedź „W odnalezieniu, zatrzymaniu lub przetrzymaniu kogoś z powodów imigracyjnych” i naciśnij →. Przy pytaniu o nakaz znów przeprowadź głosowanie i wybierz „Nie, nie ma nakazu”. Na slajdzie „Jaka jest odpowiedź?” zapytaj dwie osoby, czego się spodziewają. Potem naciśnij →, aby pokazać odpowiedź, i przeczytaj na głos jej krótką odpowiedź.
present-notes_ice-asks-police_plan_compare = Naciśnij ←, aby wrócić do pytania o nakaz. Wybierz „Tak, ale to formularz ICE podpisany przez urzędnika imigracyjnego”. Na slajdzie „Jaka jest odpowiedź?” zapytaj: czy podpis coś zmienia? Pokaż odpowiedź, a potem przeczytaj uwagę z części „Warto wiedzieć” o słowie „warrant” (nakaz) na formularzach ICE.
present-notes_ice-asks-police_plan_discuss = Naciśnij B, aby zaciemnić ekran, i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Potem znów pokaż slajd z odpowiedzią i wskaż na nim numery pomocy.
present-notes_ice-asks-police_prompt_who-decides = Kiedy funkcjonariusz na ulicy dostaje prośbę od agenta imigracyjnego, kto według ciebie powinien podjąć decyzję? Dlaczego może to mieć znaczenie?
present-notes_ice-asks-police_prompt_write-it-down = Załóżmy, że widzisz taką sytuację. Co chcesz zapisać? Jak zadbasz o swoje bezpieczeństwo, kiedy to robisz?
present-notes_ice-asks-police_prompt_trust = Jak mogą się czuć sąsiedzi, którzy mają zadzwonić na policję, po tym jak widzieli policję przy aresztowaniu imigracyjnym? Co mogłoby to zmienić?
present-notes_ice-asks-police_question_help-arrest = Czy chicagowska policja może pomóc ICE aresztować mojego sąsiada?
present-notes_ice-asks-police_question_paper-says-warrant = Agent ICE pokazał dokument ze słowem „warrant” (nakaz). Czy teraz policja musi pomóc?
present-notes_ice-asks-police_question_someone-hurt = Jeśli ktoś zostanie ranny, kiedy na miejscu jest ICE, czy policja i tak przyjedzie?
present-notes_ice-asks-police_question_deputized = Czy funkcjonariusze chicagowskiej policji mogą się zgłosić, żeby działać jako agenci imigracyjni?

## ice-at-city-property
present-notes_ice-at-city-property_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj, kto z uczestników pracuje w budynku miejskim albo często z niego korzysta, np. z biblioteki, parku lub urzędu miejskiego. Zapytaj, co zrobią, jeśli wejdą tam agenci. Wysłuchaj dwóch odpowiedzi.
present-notes_ice-at-city-property_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Chcą wejść do obszaru prywatnego lub przeznaczonego tylko dla personelu”, a potem „Mają formularz ICE podpisany przez urzędnika imigracyjnego”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, co powinien zrobić personel. Naciśnij →, aby pokazać odpowiedź. Przeczytaj kroki z wytycznych miasta oraz uwagę, że to wytyczne, a nie samo rozporządzenie.
present-notes_ice-at-city-property_plan_compare = Naciśnij Home i wybierz „Proszą o informacje lub dokumenty dotyczące kogoś”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż i przeczytaj krótką odpowiedź.
present-notes_ice-at-city-property_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na kroku o zgłaszaniu na slajdzie z odpowiedzią.
present-notes_ice-at-city-property_prompt_workplace-plan = Załóżmy, że pracujesz w punkcie obsługi w bibliotece. Do kogo zadzwonisz najpierw? Czy w twoim miejscu pracy jest plan na taką sytuację?
present-notes_ice-at-city-property_prompt_while-waiting = Co pomaga personelowi zachować spokój i uspokoić ludzi wokół, kiedy czeka na przełożonego?
present-notes_ice-at-city-property_question_staff-room = Czy personel biblioteki może wpuścić ICE do pomieszczenia tylko dla personelu?

## ice-calls-station
present-notes_ice-calls-station_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Poproś uczestników, żeby wyobrazili sobie telefon, który dzwoni w dyżurce komisariatu policji, i agenta ICE, który pyta o przetrzymywaną tam osobę. Czego może chcieć dzwoniący? Wysłuchaj odpowiedzi i dopasuj je do czterech odpowiedzi na pierwsze pytanie.
present-notes_ice-calls-station_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Informacji, kiedy dana osoba zostanie zwolniona albo czy nadal jest przetrzymywana”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy komisariat może odpowiedzieć, czy nie? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_ice-calls-station_plan_compare = Naciśnij ← i wybierz „Rozmowy z osobą w areszcie lub przesłuchania jej przez telefon”. Zanim pokażesz odpowiedź, zapytaj, czym ta sytuacja się różni. Pokaż ją, a potem przeczytaj kroki o zachowaniu milczenia i niepodpisywaniu niczego.
present-notes_ice-calls-station_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ, wskazując numery pomocy na slajdzie z odpowiedzią.
present-notes_ice-calls-station_prompt_family-view = Dlaczego dla rodziny może mieć znaczenie, kto może dzwonić do przetrzymywanego krewnego albo go odwiedzać?
present-notes_ice-calls-station_prompt_front-desk = Załóżmy, że pracujesz w dyżurce. Co pomoże ci spokojnie poradzić sobie z takim telefonem?
present-notes_ice-calls-station_question_give-address = Czy policja poda ICE adres mojego syna?
present-notes_ice-calls-station_question_interview-at-station = Czy ICE może przesłuchać kogoś na komisariacie policji?
present-notes_ice-calls-station_question_share-anything = Czy policja ma zakaz przekazywania rządowi federalnemu jakichkolwiek informacji?

## institution-visit
present-notes_institution-visit_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj, kto z uczestników pracuje, uczy się lub korzysta z usług w szpitalu, na publicznej uczelni albo w placówce opieki dziennej nad dziećmi. Zapytaj: kto w takim miejscu zajmie się wizytą agentów imigracyjnych? Wysłuchaj dwóch odpowiedzi.
present-notes_institution-visit_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „W szpitalu”, a potem „Nie albo nie mam pewności”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, co według uczestników szpital powinien mieć. Naciśnij →, aby pokazać odpowiedź. Zwróć uwagę, że odpowiedź mówi „według doniesień”: opiera się na doniesieniach prasowych o tej ustawie.
present-notes_institution-visit_plan_compare = Naciśnij Home i wybierz „W licencjonowanej placówce opieki dziennej nad dziećmi”, a potem „Nie albo nie mam pewności”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż i przeczytaj powód dotyczący udostępniania statusu.
present-notes_institution-visit_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na uwadze z części „Warto wiedzieć” o tym, czego te zasady nie obejmują.
present-notes_institution-visit_prompt_find-out-now = Jak możesz już teraz, zanim cokolwiek się wydarzy, dowiedzieć się, kto zajmuje się takimi wizytami tam, gdzie pracujesz, uczysz się albo zostawiasz dzieci?
present-notes_institution-visit_prompt_tell-families = Co szpital lub placówka opieki dziennej nad dziećmi powinny według ciebie powiedzieć rodzinom z wyprzedzeniem?
present-notes_institution-visit_question_hospital-plan = Czy mój szpital musi mieć plan na wypadek wizyt ICE?
present-notes_institution-visit_question_public-university = A co z moją publiczną uczelnią?

## ncic-immigration-hit
present-notes_ncic-immigration-hit_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: co się dzieje, kiedy podczas kontroli drogowej funkcjonariusz sprawdza twoje nazwisko? Wysłuchaj dwóch odpowiedzi. Potem pokaż pierwsze pytanie i przeczytaj jego podpowiedź, która wyjaśnia, czym jest NCIC.
present-notes_ncic-immigration-hit_plan_walk = Poproś uczestników o głosowanie nad pierwszym pytaniem. Wybierz „Tylko wpis imigracyjny, np. wpis w Immigration Violator File albo formularz ICE”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy policja może przetrzymać kierowcę dla ICE? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_ncic-immigration-hit_plan_compare = Naciśnij ← i wybierz „Nie wiadomo, czy wpis ma charakter cywilny, czy karny”. Zanim pokażesz odpowiedź, zapytaj, co funkcjonariusz może zrobić, żeby to sprawdzić. Pokaż odpowiedź i przeczytaj krok dla funkcjonariuszy policji.
present-notes_ncic-immigration-hit_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na kroku dla kierowcy na slajdzie z odpowiedzią.
present-notes_ncic-immigration-hit_prompt_waiting = Kierowca nie widzi ekranu funkcjonariusza. Co pomoże kierowcy zachować spokój podczas czekania?
present-notes_ncic-immigration-hit_prompt_fear-of-stops = Dlaczego niektórzy mogą bać się kontroli drogowej bardziej niż samego mandatu? Co mogłoby to zmienić?
present-notes_ncic-immigration-hit_question_hold-for-ice = Jeśli komputer pokaże wpis imigracyjny, czy policja może mnie przetrzymać dla ICE?
present-notes_ncic-immigration-hit_question_same-as-judge = Czy „warrant” (nakaz) ICE to to samo co nakaz sędziego?
present-notes_ncic-immigration-hit_question_stopped-for-status = Czy policja może mnie zatrzymać do kontroli tylko dlatego, że uważa, że nie mam dokumentów?
present-notes_ncic-immigration-hit_question_where-born = Czy podczas zatrzymania do kontroli funkcjonariusz może zapytać o moje miejsce urodzenia?

## police-record-status
present-notes_police-record-status_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie”. Zapytaj: co niepokoi ludzi w rozmowie z policją? Co ich zdaniem dzieje się z tym, co mówią? Wysłuchaj dwóch odpowiedzi.
present-notes_police-record-status_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „Czy policja może udostępniać mój status”, a potem „Poprosili o to agenci imigracyjni”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, czego uczestnicy się spodziewają. Naciśnij →, aby pokazać odpowiedź. Przeczytaj krótką odpowiedź i ostatnią uwagę z części „Warto wiedzieć”, która mówi, czego te zasady nie mogą obiecać.
present-notes_police-record-status_plan_compare = Naciśnij ← i wybierz „Jest moja pisemna zgoda na udostępnienie”. Poproś uczestników, żeby przewidzieli odpowiedź. Pokaż ją, a potem przeczytaj krok o tym, żeby przeczytać dokument, zanim się go podpisze.
present-notes_police-record-status_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej.
present-notes_police-record-status_prompt_before-signing = Co chcesz wiedzieć, zanim podpiszesz dokument, który pozwala komuś udostępniać twoje dane?
present-notes_police-record-status_prompt_honest-limits = Jak możemy uczciwie mówić o tym, co te zasady mogą, a czego nie mogą obiecać, nie odstraszając ludzi od szukania pomocy?
present-notes_police-record-status_question_write-down-status = Jeśli porozmawiam z policją, czy zapisze ona mój status imigracyjny?
present-notes_police-record-status_question_give-to-ice = Jeśli ICE poprosi, czy policja może przekazać mu mój status?
present-notes_police-record-status_question_share-anything = Czy policja ma zakaz przekazywania rządowi federalnemu jakichkolwiek informacji?

## warrantless-arrest
present-notes_warrantless-arrest_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie” i przeczytaj tytuł sytuacji. Powiedz, że ta sytuacja dotyczy tego, co rodzina może zrobić po aresztowaniu. Zapytaj: czego rodzina potrzebuje w pierwszych godzinach? Wysłuchaj dwóch odpowiedzi.
present-notes_warrantless-arrest_plan_walk = Pokaż pierwsze pytanie i poproś uczestników o głosowanie. Wybierz „W stanie Illinois, Indiana, Wisconsin, Missouri, Kansas lub Kentucky”, a potem „Zaczęło się od tego, że agenci zatrzymali samochód do kontroli”. Na slajdzie „Jaka jest odpowiedź?” zapytaj, czego uczestnicy się spodziewają. Naciśnij →, aby pokazać odpowiedź. Powoli przeczytaj werdykt i krótką odpowiedź oraz krok o tym, żeby powiadomić prawników prowadzących sprawę. Nie mów, że postanowienie nadal obowiązuje: serwis tego nie wie i kieruje ludzi do NIJC lub ICIRR.
present-notes_warrantless-arrest_plan_compare = Naciśnij ← i wybierz „Agenci pokazali nakaz”. Poproś uczestników, żeby przewidzieli odpowiedź, a potem ją pokaż i przeczytaj uwagę o formularzach ICE.
present-notes_warrantless-arrest_plan_discuss = Zaciemnij ekran (B) i wykorzystaj jedno lub dwa pytania do dyskusji poniżej. Zakończ na kroku o zapisaniu tego, co wiesz.
present-notes_warrantless-arrest_prompt_details = Które szczegóły po aresztowaniu najłatwiej zapomnieć? Jak rodzina może je wspólnie zapisać?
present-notes_warrantless-arrest_prompt_no-promises = Jak możemy przekazywać informacje o postanowieniu sądu, nie składając obietnic, których nie możemy dotrzymać?
present-notes_warrantless-arrest_question_traffic-stop = ICE zabrało mojego męża podczas kontroli drogowej i nie pokazało nakazu. Czy możemy coś zrobić?
present-notes_warrantless-arrest_question_limits-on-ice = Czy coś ogranicza to, co ICE może robić w Chicago?
present-notes_warrantless-arrest_question_other-state = To się stało w innym stanie. Czy to postanowienie sądu może pomóc?

## where-were-you-born
present-notes_where-were-you-born_plan_open = Pokaż slajd „Śledź prezentację na swoim telefonie” i przeczytaj tytuł sytuacji. Zapytaj, czy ktoś słyszał o tym, że policja zadaje takie pytania. Wysłuchaj dwóch odpowiedzi. Przypomnij uczestnikom, że nikt nie musi mówić o swoim własnym statusie.
present-notes_where-were-you-born_plan_walk = Pokaż pierwsze pytanie, „Kto zadaje pytania?”. Poproś uczestników o głosowanie i wybierz „Funkcjonariusz chicagowskiej policji lub innej policji w Illinois”. Potem wybierz „Zatrzymano mnie do kontroli w samochodzie”. Na slajdzie „Jaka jest odpowiedź?” poproś o głosowanie przez podniesienie ręki: czy funkcjonariusz może o to pytać? Naciśnij →, aby pokazać odpowiedź, i przeczytaj krótką odpowiedź.
present-notes_where-were-you-born_plan_compare = Naciśnij Home i wybierz „Federalny agent imigracyjny, np. z ICE”. Zanim pokażesz odpowiedź, zapytaj: czy obowiązują te same zasady? Pokaż odpowiedź i powoli przeczytaj jej nagłówek.
present-notes_where-were-you-born_plan_discuss = Zaciemnij ekran (B). Wykorzystaj poniższe pytanie do ćwiczenia, a potem, jeśli starczy czasu, jeszcze jedno pytanie.
present-notes_where-were-you-born_prompt_practice = Powiedzenie na głos „Chcę zachować milczenie” może być trudne. Co może to ułatwić? Spróbuj powiedzieć to osobie obok.
present-notes_where-were-you-born_prompt_who-is-it = Jak rozpoznać, kto pyta: funkcjonariusz policji czy agent federalny? Na co zwrócisz uwagę?
present-notes_where-were-you-born_question_cop-asks-legal = Czy funkcjonariusz chicagowskiej policji może mnie zapytać, czy przebywam tu legalnie?
present-notes_where-were-you-born_question_ice-asks = A jeśli pyta ICE, a nie policja?
present-notes_where-were-you-born_question_rights-without-papers = Czy mam jakieś prawa, jeśli nie mam dokumentów?
