# Teksty interfejsu. Identyfikatory nie mają podkreślnika; każdy staje się stałą (msg::SITE_NAME), której
# używają komponenty aplikacji, więc brakujący lub błędnie zapisany identyfikator przerywa kompilację.
# Czytelnika zwracamy się w drugiej osobie liczby pojedynczej („możesz”, „zadzwoń”), jak na gov.pl.

site-name = { -site-name }
site-tagline = Co prawo Chicago i stanu Illinois mówi o policji i imigracji – prostymi słowami, ze źródłami.
skip-to-content = Przejdź do treści głównej
nav-home = Strona główna
nav-label = Serwis

home-title = Poznaj swoje prawa w Chicago
home-intro = Wybierz sytuację. Zadamy kilka krótkich pytań. Potem wyjaśnimy, co mówi prawo, dlaczego, i co możesz zrobić.
home-audience = Dla: { $audience }
audience-resident = mieszkańców
audience-officer = policjantów i pracowników miasta
audience-trainer = szkoleniowców

step-back = Wstecz
step-start-over = Zacznij od nowa
step-answers-heading = Twoje dotychczasowe odpowiedzi
step-change = Zmień
step-change-label = Zmień odpowiedź na pytanie: { $question }
step-choose = Wybierz jedną odpowiedź.


outcome-why = Dlaczego
outcome-what-you-can-do = Co możesz zrobić
outcome-good-to-know = Warto wiedzieć
outcome-help = Kto może pomóc
outcome-sources = Źródła tej odpowiedzi
outcome-start-over = Zacznij tę sytuację od nowa
outcome-home = Zobacz inne sytuacje

cite-label = Źródło:
status-secondary = z doniesień, nie z tekstu samego przepisu
kind-guidance = wytyczne
kind-report = artykuł prasowy
kind-policy = przepisy wewnętrzne policji
challenge-label = Zaskarżone w sądzie
challenge-as-of = Najnowsze informacje: { $date }

help-call = Zadzwoń: { $number }
help-text = SMS: { $number }
help-tty = Telefon tekstowy (TTY) dla osób głuchych i niedosłyszących: { $number }
help-checked = Numer sprawdzony: { $date }.
help-source = Gdzie go sprawdziliśmy

reviewed = Ostatnio sprawdzone: { $date }
not-legal-advice = To są ogólne informacje, a nie porada prawna. Po poradę w swojej sprawie zwróć się do prawnika.

not-found-title = Nie znaleziono strony
not-found-body = Nie udało się znaleźć tej strony. Link może być stary albo zawierać błąd.
not-found-home = Przejdź do strony głównej
bad-step-title = Nie udało się otworzyć tego linku
bad-step-unknown-scenario = Nie ma sytuacji o nazwie „{ $name }”.
bad-step-unknown-answer = „{ $answer }” nie jest jedną z odpowiedzi na tym etapie.
bad-step-past-outcome = Ten link prowadzi poza koniec tej sytuacji.
bad-step-keep = Kontynuuj od ostatniego pasującego kroku
bad-step-restart = Zacznij tę sytuację od początku

date-long = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }

page-description = Proste odpowiedzi, ze źródłami: czego rozporządzenie Chicago „Przyjazne Miasto” (Welcoming City Ordinance) i ustawa TRUST stanu Illinois (Illinois TRUST Act) wymagają od policji i pracowników miasta.
noscript = Na razie ta strona potrzebuje JavaScriptu, aby wyświetlać treść. Źródła możesz przeczytać bezpośrednio: Kodeks Miejski Chicago, rozdział 2-173 (Municipal Code of Chicago, Chapter 2-173), oraz ustawę TRUST stanu Illinois (Illinois TRUST Act), 5 ILCS 805.

nav-law = Biblioteka przepisów
nav-myths = Mity i fakty
nav-help = Pomoc
nav-about = O serwisie

home-featured-heading = Zacznij tutaj
home-group-resident = Dla mieszkańców
home-group-officer = Dla policjantów i pracowników miasta
home-group-trainer = Dla szkoleniowców
home-your-rights-heading = Twoje własne prawa
home-your-rights-intro = Te prawa wynikają z Konstytucji USA. Nie tworzą ich przepisy Chicago ani stanu Illinois. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) i { -trust } ograniczają to, co robią policja i pracownicy miasta, a nie to, co robią agenci federalni. Dwie rzeczy dotyczą jednak agentów federalnych: ustawa stanu Illinois z 2025 roku, Public Act 104-0440, zaskarżona w sądzie (najnowsze informacje: 5 stycznia 2026 roku), oraz postanowienie sądu federalnego w sprawie aresztowań przez ICE bez nakazu w rejonie Chicago (Castañon Nava v. DHS). Według najnowszych informacji, jakie znaleźliśmy (z października 2025 roku), to postanowienie obowiązywało do 2 lutego 2026 roku.
# The home page's common questions (featured myths), and the glossary.
home-questions-heading = Częste pytania
glossary-title = Słowa używane w tym serwisie
glossary-intro = Co znaczą słowa prawnicze używane w tym serwisie. Każda definicja ma linki do swoich źródeł.
nav-glossary = Słowniczek
home-more = Więcej:

law-index-title = Biblioteka przepisów
law-index-intro = Każda część prawa i każde źródło, na którym opiera się ten serwis, prostymi słowami, z linkiem do oficjalnego tekstu.
law-citation = Oznaczenie przepisu
law-binds = Kogo obowiązuje
binds-city = Urzędy i pracowników miasta Chicago, w tym policję
binds-illinois-police = Policję stanową i lokalną w Illinois
binds-chicago-police = Tylko Departament Policji Chicago
binds-certifying-agencies = Agencje w Illinois, które wydają zaświadczenia do wniosków o wizę U lub T, w tym prokuratury
binds-everyone-in-illinois = Każdego, kto działa w Illinois, w tym agentów federalnych (przepisy zaskarżone w sądzie)
binds-ice-chicago-area = Urząd Imigracji i Ceł USA (U.S. Immigration and Customs Enforcement, ICE) na obszarze jego chicagowskiego biura
binds-cook-county = Hrabstwo Cook, w tym szeryfa
binds-institutions = Szpitale, publiczne uczelnie i placówki opieki dziennej nad dziećmi w Illinois
binds-no-one = Nikogo: to źródło, na które się powołujemy, a nie przepis
law-official-text = Przeczytaj oficjalny tekst
law-source-link = Przeczytaj źródło
law-used-in = Sytuacje, w których się to pojawia
law-not-used = Nie pojawia się to jeszcze w żadnej sytuacji.
law-status-verified = Przeczytaliśmy ten tekst na oficjalnej stronie.
law-status-secondary = Wiemy o tym z doniesień prasowych, wytycznych lub streszczenia, a nie z tekstu samego przepisu. Do szczegółów podchodź ostrożnie.
law-status-unverified = Nie udało nam się przeczytać tego tekstu.
law-myths = Mity i fakty, w których się to pojawia
myth-situations = Sytuacje, które to wyjaśniają

myths-title = Mity i fakty
myths-intro = To, co ludzie często słyszą o przepisach imigracyjnych Chicago i stanu Illinois, i co naprawdę mówi prawo.
myth-label = Mit
fact-label = Fakt
myth-why = Dlaczego

help-title = Pomoc
help-intro = Te numery sprawdziliśmy na własnej stronie internetowej każdej organizacji. Podajemy tylko numery, które mogliśmy tam sprawdzić.
help-emergency = Jeśli ktoś jest ranny lub jest teraz w niebezpieczeństwie, zadzwoń pod 911.

about-title = O serwisie
about-who-heading = Kto go stworzył
about-who = Know Your Rights Chicago to bezpłatny projekt o otwartym kodzie źródłowym, tworzony przez wolontariuszy zajmujących się technologiami obywatelskimi. To nie jest strona rządowa ani kancelaria prawna.
about-sources-heading = Skąd pochodzą treści
about-sources = Każda odpowiedź opiera się na spisanych materiałach badawczych, które powołują się na oficjalny tekst Kodeksu Miejskiego Chicago i prawa stanu Illinois oraz na rzetelne źródła prasowe. Każde stwierdzenie w tym serwisie ma link do swojego źródła. Jeśli nie mogliśmy przeczytać tekstu samego przepisu, piszemy, kto o nim informował, albo go pomijamy.
about-review-heading = Jak sprawdzamy treści
about-review = Przy każdej sytuacji i każdym przepisie podajemy datę, kiedy ostatnio porównaliśmy je z naszymi materiałami badawczymi. Prawo i sprawy sądowe się zmieniają: zanim zaczniesz na czymś tu polegać, sprawdź datę i źródło.
about-report-heading = Zgłoś błąd
about-report = Jeśli coś tutaj jest błędne lub nieaktualne, daj nam znać. Podaj adres strony i źródło, które pokazuje prawidłowe przepisy.
about-report-link = Zgłoś błąd
about-report-no-address = Jeśli coś tutaj jest błędne lub nieaktualne, powiedz o tym grupie, która udostępniła ci tę stronę. Podaj adres strony i źródło, które pokazuje prawidłowe przepisy.
about-privacy-heading = Twoja prywatność
about-privacy = Ten serwis nie łączy się z żadną inną stroną internetową. Nie używa plików cookie ani narzędzi analitycznych i nie zapisuje niczego o tym, co czytasz lub odpowiadasz.
about-partners-heading = Umieść ten przewodnik na swojej stronie internetowej
about-partners = Organizacje społeczne mogą pokazywać sytuacje na własnej stronie internetowej, w każdym z języków tego serwisu.
about-partners-link = Uzyskaj kod dla swojej strony internetowej

quick-exit = Szybkie wyjście
quick-exit-hint = Natychmiast opuszcza ten serwis. Możesz też trzy razy nacisnąć klawisz Shift.
nav-card = Karta praw
safety-title = Jak czytać bezpiecznie
safety-quick-exit-heading = Szybkie wyjście
safety-quick-exit = Przycisk „Szybkie wyjście” lub trzykrotne naciśnięcie klawisza Shift czyści tę stronę i otwiera w jej miejscu stronę z pogodą. Przycisk „Wstecz” nie przywróci potem czytanej strony.
safety-limits-heading = Czego szybkie wyjście nie ukryje
safety-limits = Szybkie wyjście nie usuwa historii przeglądarki. Osoba, która przejrzy historię albo obserwuje lub monitoruje twój telefon lub komputer, nadal może zobaczyć, że odwiedzono ten serwis. Aby nie zostawiać historii, użyj okna prywatnego (incognito) albo urządzenia, z którego korzystasz tylko ty.
safety-privacy = Sam serwis nie zapisuje niczego o tym, co czytasz lub odpowiadasz, nie używa plików cookie i niczego nie wysyła do innych stron internetowych. Jeśli jednak użyjesz opcji „Zapisz do korzystania bez internetu” (na stronie „O serwisie”), kopia stron serwisu zostanie na tym urządzeniu, dopóki jej nie usuniesz. Może ją wtedy znaleźć inna osoba korzystająca z tego urządzenia.
footer-safety = Bezpieczne korzystanie

card-title = Twoja karta praw
card-intro = Pokaż tę kartę agentowi imigracyjnemu przez okno albo wsuń ją pod drzwi.
card-english = Po angielsku
card-rights-source = Te prawa wynikają z Konstytucji USA, tak jak wyjaśniają to organizacje pomocy prawnej. Przysługują ci bez względu na twój status imigracyjny.
card-print = Wydrukuj tę kartę
card-print-hint = Drukuje kartę wielkości portfela i jednostronicową ulotkę.

step-progress = Pytanie { $current } z { $total }
step-progress-up-to = Pytanie { $current } z maksymalnie { $total }
read-aloud = Czytaj na głos
read-aloud-stop = Zatrzymaj czytanie
print-page-address = Ta strona: { $url }

language-label = Język
translation-notice = Ta strona została przetłumaczona maszynowo. Żadna wykwalifikowana osoba nie sprawdziła jeszcze tłumaczenia, więc szczegóły prawne mogą być błędne.
translation-notice-link = Przeczytaj tę stronę po angielsku
load-error = Przepraszamy, nie udało się wczytać tekstu tego serwisu. Sprawdź połączenie z internetem i odśwież stronę.
crash-title = Coś poszło nie tak
crash-text = Ta strona przestała działać. Odśwież ją, aby spróbować ponownie. Przycisk szybkiego wyjścia u góry nadal działa.
crash-reload = Odśwież stronę

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = !
verdict-icon-depends = ?
# Whose action an outcome's verdict judges, as the label before the verdict ("Chicago police: may not help").
actor-chicago-police = Chicagowska policja
actor-illinois-police = Policja i więzienia w Illinois
actor-certifying-agencies = Instytucje poświadczające wnioski o wizy U i T (policja, prokuratura)
actor-city = Pracownicy miasta
actor-other-offices = Inne urzędy
actor-cook-county = Więzienie hrabstwa Cook
actor-institutions = Szpitale, uczelnie i placówki opieki dziennej nad dziećmi
actor-immigration-agents = Agenci imigracyjni
actor-you = Ty
# Under the verdict of a situation about a resident's own rights.
verdict-guidance = Rada organizacji pomocy prawnej o twoich prawach konstytucyjnych, nie przepisy miasta ani stanu.

offline-heading = Korzystanie z serwisu bez internetu
offline-explain = Możesz zapisać strony tego serwisu w swoim języku na tym urządzeniu, aby czytać je bez połączenia z internetem. Na urządzeniu zostaje wtedy kopia, którą może znaleźć inna osoba korzystająca z tego urządzenia. Nic nie zostanie zapisane, jeśli tego nie wybierzesz.
offline-save = Zapisz do korzystania bez internetu
offline-saving = Zapisywanie…
offline-saved = Zapisano. Strony w tym języku działają teraz bez połączenia z internetem.
offline-remove = Usuń zapisaną kopię
offline-removed = Zapisana kopia została usunięta.
offline-unavailable = Ta przeglądarka nie może zapisać serwisu do korzystania bez internetu.
offline-error = Nie udało się zapisać. Sprawdź połączenie z internetem i spróbuj ponownie.

# The share control at the end of every page: the phone's share sheet, or the page's address copied
# (an embed page gives the same step on the site itself). share-copy-this comes before a box
# holding the link and is also that box's spoken label.
share = Udostępnij tę stronę
share-copied = Skopiowano link.
share-copy-this = Skopiuj ten link:
