# S10: ICE pojawia się na terenie należącym do miasta (biblioteka, park, parking CPS, urząd miejski).
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_ice-at-city-property = Agenci imigracyjni przychodzą na teren należący do miasta
    .summary = Na przykład agenci ICE pojawiają się w bibliotece publicznej, w parku, w urzędzie miejskim albo na parkingu Szkół Publicznych Chicago (Chicago Public Schools).

## Pytanie: co robią agenci?

ice-at-city-property_request = Co robią agenci lub o co proszą?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju. Obszar prywatny to miejsce niedostępne dla publiczności, np. pomieszczenie tylko dla personelu.
ice-at-city-property_request_private-area = Chcą wejść do obszaru prywatnego lub przeznaczonego tylko dla personelu
ice-at-city-property_request_public-area = Są w obszarze publicznym, np. w parku lub w czytelni biblioteki
ice-at-city-property_request_use-property = Chcą użyć miejskiego pomieszczenia, parkingu lub garażu do swojej pracy
ice-at-city-property_request_information = Proszą o informacje lub dokumenty dotyczące kogoś

## Pytanie: czy jest nakaz sędziego?

ice-at-city-property_warrant = Czy agenci mają nakaz podpisany przez sędziego?
    .hint = { -judicial-warrant-definition } Nakaz administracyjny (administrative warrant) to formularz ICE podpisany przez urzędnika imigracyjnego, a nie przez sędziego. Przykłady to formularz I-200 i formularz I-205.
ice-at-city-property_warrant_judge-signed = Tak, nakaz podpisany przez sędziego
ice-at-city-property_warrant_ice-form = Mają formularz ICE podpisany przez urzędnika imigracyjnego
ice-at-city-property_warrant_no-paper = Nie, nie ma nakazu
ice-at-city-property_warrant_cannot-tell = Nie wiem, jaki to dokument

## Wynik: brak nakazu sędziego albo nie wiadomo

ice-at-city-property_no-consent = Pracownicy miasta nie mogą pomagać agentom i nie powinni zgadzać się na wpuszczenie ich do obszarów prywatnych.
    .summary = Przepisy miejskie zakazują pracownikom miasta pomocy w cywilnym egzekwowaniu prawa imigracyjnego. Wytyczne miasta mówią, żeby nie zgadzać się na wpuszczenie ICE do prywatnych lub „wrażliwych” obszarów miejskich.
    .verdict = nie mogą pomagać i nie powinni zgadzać się na wejście do części niepublicznych
ice-at-city-property_no-consent_no-help = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że urzędy miejskie i ich pracownicy nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
ice-at-city-property_no-consent_no-facilities = Urzędy miejskie nie mogą pozwolić agentom ICE korzystać z obiektów miejskich do przesłuchań ani innych czynności dochodzeniowych.
ice-at-city-property_no-consent_guidance = Wytyczne miasta ze stycznia 2025 roku dotyczą wizyt ICE na terenie należącym do miasta. Mówią, że personel nie powinien zgadzać się na wpuszczenie ICE do żadnego prywatnego lub „wrażliwego” miejsca należącego do miasta.
ice-at-city-property_no-consent_admin-warrant = Formularz ICE podpisany przez urzędnika imigracyjnego, np. I-200 lub I-205, nie jest nakazem sędziego. Przepisy CPD nazywają go „nakazem administracyjnym”. Prawo stanu Illinois nazywa go „cywilnym nakazem imigracyjnym”.
ice-at-city-property_no-consent_call-lawyer = Dla pracowników miasta: wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE mówią, żeby zadzwonić do prawnika swojego departamentu. Mówią też, żeby sprowadzić najwyższego rangą urzędnika lub przełożonego obecnego na miejscu. Według wytycznych do czasu przybycia tej osoby nie należy podejmować żadnych działań.
ice-at-city-property_no-consent_ask-id = Według wytycznych osoba kierująca na miejscu powinna poprosić agentów o pokazanie legitymacji. Powinna też zapisać nazwisko funkcjonariusza ICE nadzorującego akcję. Jeśli agent odmówi, od razu to zapisz.
ice-at-city-property_no-consent_ask-warrant = Według wytycznych osoba kierująca na miejscu powinna poprosić agentów o nakaz sędziego, który pozwala na przeszukanie, i o jego kopię.
ice-at-city-property_no-consent_no-interfere = Jeśli agenci mimo to przeszukują teren, z nakazem sędziego lub bez niego, wytyczne mówią, żeby nie próbować ich powstrzymywać.
ice-at-city-property_no-consent_icirr = Aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-at-city-property_no-consent_not-bound = Te zasady ograniczają to, co robią urzędy i pracownicy miasta. Nie dają pracownikom miasta uprawnień do powstrzymywania agentów federalnych.
ice-at-city-property_no-consent_guidance-status = Wytyczne to porady prawników miasta (Corporation Counsel). Biuro Burmistrza opublikowało je w styczniu 2025 roku. To wytyczne, a nie samo rozporządzenie.

## Wynik: nakaz sędziego

ice-at-city-property_judicial-warrant = To zależy od tego, na co pozwala nakaz. Sprawdź go, poproś o kopię i nie próbuj powstrzymywać przeszukania.
    .summary = Według wytycznych miasta należy sprawdzić nakaz sędziego, poprosić o kopię i nie próbować powstrzymywać przeszukania. Pracownicy miasta nadal nie mogą pomagać w cywilnym egzekwowaniu prawa imigracyjnego.
    .verdict = powinni sprawdzić nakaz, ale nie powstrzymywać przeszukania
ice-at-city-property_judicial-warrant_check-warrant = Mówią o tym wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE. Według nich osoba kierująca na miejscu powinna poprosić o pokazanie nakazu sędziego, który pozwala na przeszukanie, i o jego kopię.
ice-at-city-property_judicial-warrant_no-interfere = Według wytycznych nie należy próbować powstrzymywać przeszukania, z nakazem sędziego lub bez niego.
ice-at-city-property_judicial-warrant_still-no-help = Pracownicy miasta nadal nie mogą pomagać w cywilnym egzekwowaniu prawa imigracyjnego. { -civil-immigration-enforcement-definition }
ice-at-city-property_judicial-warrant_call-lawyer = Dla pracowników miasta: wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE mówią, żeby zadzwonić do prawnika swojego departamentu. Mówią też, żeby sprowadzić najwyższego rangą urzędnika lub przełożonego obecnego na miejscu. Według wytycznych do czasu przybycia tej osoby nie należy podejmować żadnych działań.
ice-at-city-property_judicial-warrant_ask-id = Według wytycznych osoba kierująca na miejscu powinna poprosić agentów o pokazanie legitymacji. Powinna też zapisać nazwisko funkcjonariusza ICE nadzorującego akcję. Jeśli agent odmówi, od razu to zapisz.
ice-at-city-property_judicial-warrant_read-warrant = Obejrzyj nakaz. { -judicial-warrant-definition } Sprawdź, jakie miejsce lub jaką osobę wskazuje.
ice-at-city-property_judicial-warrant_icirr = Aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-at-city-property_judicial-warrant_criminal-warrant = Formularz ICE podpisany przez urzędnika imigracyjnego nie jest nakazem sędziego, nawet jeśli na górze jest napisane „warrant” (nakaz). Zarówno przepisy CPD, jak i prawo stanu Illinois traktują nakaz sędziego w sprawie karnej inaczej niż formularz ICE.
ice-at-city-property_judicial-warrant_not-bound = Te zasady ograniczają to, co robią urzędy i pracownicy miasta. Nie dają pracownikom miasta uprawnień do powstrzymywania agentów federalnych.
ice-at-city-property_judicial-warrant_guidance-status = Wytyczne to porady prawników miasta (Corporation Counsel). Biuro Burmistrza opublikowało je w styczniu 2025 roku. To wytyczne, a nie samo rozporządzenie.

## Wynik: agenci w obszarze publicznym

ice-at-city-property_public-area = Pracownicy miasta nie mogą pomagać agentom w egzekwowaniu prawa imigracyjnego.
    .summary = Pracownicy miasta nie mogą pomagać agentom w cywilnym egzekwowaniu prawa imigracyjnego. Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) ogranicza pracowników miasta, a nie agentów federalnych.
    .verdict = nie mogą pomagać w egzekwowaniu prawa imigracyjnego
ice-at-city-property_public-area_no-help = Urzędy miejskie i ich pracownicy nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
ice-at-city-property_public-area_no-facilities = Urzędy miejskie nie mogą pozwolić agentom ICE korzystać z obiektów miejskich do przesłuchań ani innych czynności dochodzeniowych.
ice-at-city-property_public-area_no-status = Pracownicy miasta nie mogą udostępniać niczyjego obywatelstwa ani statusu imigracyjnego, chyba że dana osoba zgodzi się na to na piśmie. Drugi wyjątek to ustawa, postanowienie sądu lub nakaz sędziego, które tego wymagają.
ice-at-city-property_public-area_call-lawyer = Dla pracowników miasta: wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE mówią, żeby zadzwonić do prawnika swojego departamentu. Mówią też, żeby sprowadzić najwyższego rangą urzędnika lub przełożonego obecnego na miejscu. Według wytycznych do czasu przybycia tej osoby nie należy podejmować żadnych działań.
ice-at-city-property_public-area_ask-id = Według wytycznych osoba kierująca na miejscu powinna poprosić agentów o pokazanie legitymacji. Powinna też zapisać nazwisko funkcjonariusza ICE nadzorującego akcję. Jeśli agent odmówi, od razu to zapisz.
ice-at-city-property_public-area_stay-silent = Jeśli agenci zadają ci pytania, według ACLU masz prawo zachować milczenie. Nie musisz podawać swojego miejsca urodzenia, mówić, czy masz obywatelstwo amerykańskie, ani jak wyglądał twój wjazd do USA.
ice-at-city-property_public-area_free-to-leave = Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center, ILRC) radzi zapytać, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.
ice-at-city-property_public-area_icirr = Aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-at-city-property_public-area_not-bound = Te zasady ograniczają to, co robią urzędy i pracownicy miasta. Nie dają pracownikom miasta uprawnień do powstrzymywania agentów federalnych.
ice-at-city-property_public-area_papers = Według ACLU, jeśli nie masz obywatelstwa amerykańskiego, a masz dokumenty imigracyjne, pokaż je, gdy poprosi o nie agent imigracyjny.

## Wynik: agenci chcą korzystać z terenu miejskiego

ice-at-city-property_use-property = Pracownicy miasta nie mogą pozwolić agentom imigracyjnym korzystać z obiektów miejskich do prowadzenia dochodzeń.
    .summary = Przepisy miejskie zakazują pozwalania ICE na korzystanie z obiektów miejskich do przesłuchań lub dochodzeń. CBS News Chicago poinformowało w październiku 2025 roku, że zarządzenie burmistrza z 6 października 2025 roku zakazuje też używania miejskich placów i garaży jako baz do cywilnego egzekwowania prawa imigracyjnego.
    .verdict = nie mogą pozwolić ICE korzystać z obiektów miejskich do dochodzeń
ice-at-city-property_use-property_facilities = Urzędy miejskie nie mogą pozwolić agentom ICE korzystać z obiektów miejskich do przesłuchań ani innych czynności dochodzeniowych.
ice-at-city-property_use-property_no-help = Urzędy miejskie i ich pracownicy nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. { -civil-immigration-enforcement-definition }
ice-at-city-property_use-property_free-zones = CBS News Chicago poinformowało w październiku 2025 roku o zarządzeniu burmistrza. Według CBS zakazuje ono używania parkingów, pustych działek i garaży należących do miasta lub przez nie zarządzanych jako baz do cywilnego egzekwowania prawa imigracyjnego. Obejmuje to miejsca zbiórki przed akcjami i punkty, w których przetwarza się osoby aresztowane, a także teren Szkół Publicznych Chicago (Chicago Public Schools).
ice-at-city-property_use-property_call-lawyer = Dla pracowników miasta: wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE mówią, żeby zadzwonić do prawnika swojego departamentu. Mówią też, żeby sprowadzić najwyższego rangą urzędnika lub przełożonego obecnego na miejscu. Według wytycznych do czasu przybycia tej osoby nie należy podejmować żadnych działań.
ice-at-city-property_use-property_no-consent = Wytyczne mówią, żeby nie zgadzać się na wpuszczenie ICE do prywatnych lub „wrażliwych” obszarów miejskich. Jeśli agenci mimo to przeszukują teren, wytyczne mówią, żeby nie próbować ich powstrzymywać.
ice-at-city-property_use-property_report-oig = Czy departament miejski pozwolił agentom imigracyjnym korzystać ze swojego terenu? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
ice-at-city-property_use-property_icirr = Aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
ice-at-city-property_use-property_not-bound = Te zasady ograniczają to, co robią miasto i jego pracownicy. Nie dają pracownikom miasta uprawnień do powstrzymywania agentów federalnych.
ice-at-city-property_use-property_guidance-status = Wytyczne to porady prawników miasta (Corporation Counsel). Biuro Burmistrza opublikowało je w styczniu 2025 roku. To wytyczne, a nie samo rozporządzenie.

## Wynik: agenci proszą o informacje

ice-at-city-property_information = Pracownicy miasta nie mogą przekazywać agentom imigracyjnym niczyjego statusu imigracyjnego ani danych kontaktowych.
    .summary = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) zakazuje pracownikom miasta udostępniania czyjegokolwiek statusu oraz odpowiadania na pytania ICE o to, czy ktoś jest w areszcie, kiedy zostanie zwolniony i jakie ma dane kontaktowe. Wyjątki są wąskie.
    .verdict = nie mogą przekazywać ICE statusu ani danych o areszcie
ice-at-city-property_information_status = Urzędy i pracownicy miasta nie mogą udostępniać niczyjego obywatelstwa ani statusu imigracyjnego, chyba że dana osoba zgodzi się na to na piśmie.
ice-at-city-property_information_contact-info = Pracownicy miasta nie mogą poświęcać czasu na odpowiadanie na pytania ICE o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona i jakie ma dane kontaktowe.
ice-at-city-property_information_databases = Urzędy miejskie nie mogą dawać agencji federalnej bezpośredniego dostępu do miejskiej bazy danych w celu cywilnego egzekwowania prawa imigracyjnego. { -civil-immigration-enforcement-definition }
ice-at-city-property_information_call-lawyer = Dla pracowników miasta: wytyczne miasta ze stycznia 2025 roku dotyczące wizyt ICE mówią, żeby zadzwonić do prawnika swojego departamentu. Mówią też, żeby sprowadzić najwyższego rangą urzędnika lub przełożonego obecnego na miejscu. Według wytycznych do czasu przybycia tej osoby nie należy podejmować żadnych działań.
ice-at-city-property_information_court-papers = Jeśli agenci mówią, że przekazania informacji wymaga postanowienie sądu lub nakaz sędziego, poproś o kopię i przekaż ją prawnikowi swojego departamentu.
ice-at-city-property_information_report-oig = Czy departament lub pracownik miasta udostępnił informacje wbrew rozporządzeniu? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
ice-at-city-property_information_exceptions = Ograniczenia dotyczące informacji o statusie ustępują, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego. Pozwalają też udostępnić informacje, gdy dana osoba zgodzi się na to na piśmie. Formularz ICE nie jest nakazem sądowym.
ice-at-city-property_information_purely-civil = Zakaz odpowiadania ICE w sprawie aresztu, terminów zwolnienia i danych kontaktowych ma jeden wyjątek: pracownicy miasta mogą skontaktować się z ICE, aby ustalić, czy sprawa dotyczy wyłącznie cywilnego naruszenia przepisów imigracyjnych, a nie przestępstwa.
