# Czy chicagowska policja pyta o status imigracyjny, zapisuje go lub udostępnia.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_police-record-status = Czy chicagowska policja pyta o status imigracyjny, zapisuje go lub udostępnia?
    .summary = Na przykład chcesz wiedzieć, czy po rozmowie z policją twój status imigracyjny może zostać zapisany. Albo chcesz wiedzieć, czy informacja o nim może trafić do agentów imigracyjnych.

## Pytanie: co chcesz wiedzieć?

police-record-status_concern = Co chcesz wiedzieć?
    .hint = Obywatelstwo lub status imigracyjny oznacza, czy ktoś jest obywatelem oraz czy i na jakiej podstawie może przebywać w USA. ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju.
police-record-status_concern_asking = Czy policja może pytać o mój status
police-record-status_concern_records = Czy policja może zapisywać lub przechowywać mój status
police-record-status_concern_sharing = Czy policja może udostępniać mój status
police-record-status_concern_databases = Czy agenci imigracyjni mogą dostać się do baz danych policji lub miasta

## Pytanie: dlaczego miałby zostać udostępniony?

police-record-status_reason = Dlaczego policja miałaby go udostępnić?
    .hint = { -judicial-warrant-definition } Formularz ICE podpisany przez urzędnika imigracyjnego nie jest nakazem sądowym.
police-record-status_reason_agents-asked = Poprosili o to agenci imigracyjni
police-record-status_reason_court-order = Wymaga tego postanowienie sądu, nakaz sądowy lub przepis prawa
police-record-status_reason_signed-consent = Jest moja pisemna zgoda na udostępnienie
police-record-status_reason_not-sure = Nie wiem

## Wynik: pytanie o status

police-record-status_no-asking = Chicagowska policja nie może pytać o twój status imigracyjny.
    .summary = Przepisy miejskie zakazują pracownikom miasta, w tym policji, pytania o czyjkolwiek status. Prawo stanowe zakazuje też policji pytania osób, które zatrzymuje lub przetrzymuje, o status lub miejsce urodzenia.
    .verdict = nie może pytać o twój status
police-record-status_no-asking_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obejmuje urzędy i pracowników miasta, w tym policję. Mówi, że nie mogą oni pytać o niczyje obywatelstwo ani status imigracyjny. Wyjątki są wąskie, np. gdy wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy.
police-record-status_no-asking_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
police-record-status_no-asking_no-arrest = Policja nie może też nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego. Prawo stanowe dodaje do tej listy przeszukania.
police-record-status_no-asking_stay-silent = Jeśli padnie takie pytanie, nie musisz odpowiadać. Według ACLU masz prawo milczeć na temat swojego miejsca urodzenia, tego, czy masz obywatelstwo amerykańskie, i tego, jak wyglądał twój wjazd do USA. Powiedz na głos, że chcesz zachować milczenie.
police-record-status_no-asking_no-lies = ACLU radzi też: nie kłam na temat swojego statusu i nie pokazuj fałszywych dokumentów.
police-record-status_no-asking_officer = Dla funkcjonariuszy policji: nie pytaj o status imigracyjny ani o miejsce urodzenia.
police-record-status_no-asking_report-copa = Czy funkcjonariusz chicagowskiej policji pytał o twój status? Możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
police-record-status_no-asking_report-ag = Możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
police-record-status_no-asking_exceptions = Prawo stanowe ma dwa wąskie wyjątki. Policja może poinformować osobę w areszcie, że może ona skontaktować się z konsulatem swojego kraju, i pomóc jej w tym. Policja może też poprosić o dowód statusu, gdy wymagają tego niektóre przepisy o broni palnej.
police-record-status_no-asking_border = ACLU zaznacza, że inne zasady obowiązują na granicach i lotniskach oraz wobec niektórych posiadaczy wiz.
police-record-status_no-asking_ice-not-bound = Te przepisy ograniczają policję w Chicago i w Illinois. Nie ograniczają tego, o co mogą pytać federalni agenci imigracyjni.

## Wynik: zapisywanie statusu

police-record-status_no-records = Chicagowska policja nie może przechowywać informacji o twoim statusie imigracyjnym.
    .summary = Przepisy miejskie obejmują urzędy i pracowników miasta, w tym policję. Zakazują im przechowywania informacji o czyimkolwiek obywatelstwie lub statusie imigracyjnym, poza wąskimi wyjątkami.
    .verdict = nie może przechowywać informacji o twoim statusie
police-record-status_no-records_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obejmuje urzędy i pracowników miasta, w tym policję. Mówi, że nie mogą oni pytać o niczyje obywatelstwo ani status imigracyjny, przechowywać ani udostępniać takich informacji.
police-record-status_no-records_exceptions = Wyjątki są wąskie. Jeden to sytuacja, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego. Inny to pisemna zgoda danej osoby. Prawnicy miasta (Corporation Counsel) mogą też sprawdzać status, gdy ma to znaczenie w sprawie sądowej lub podobnym postępowaniu z udziałem miasta.
police-record-status_no-records_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
police-record-status_no-records_officer = Dla funkcjonariuszy policji: nie wpisuj niczyjego statusu imigracyjnego do raportów ani notatek.
police-record-status_no-records_report-copa = Czy funkcjonariusz chicagowskiej policji zapisał twój status? Możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
police-record-status_no-records_federal-law = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. 1373 i 1644. Nie udało nam się potwierdzić, czy rozporządzenie Chicago wspomina o tych ustawach ani jak mają się one do zasady obowiązującej w mieście.
police-record-status_no-records_who-bound = Te zasady obowiązują urzędy i pracowników miasta Chicago. Nie dotyczą agencji federalnych.
# TODO(translate)
police-record-status_no-records_other-routes = These rules limit what City workers and police do with status information. They do not promise that no record about a person can ever reach a federal agency in another way.

## Wynik: dostęp do baz danych

police-record-status_no-database-access = Urzędy miejskie nie mogą dawać agentom imigracyjnym bezpośredniego dostępu do swoich baz danych.
    .summary = Urzędy miejskie, w tym policja, nie mogą dawać agencji federalnej bezpośredniego dostępu do miejskiej bazy danych w celu cywilnego egzekwowania prawa imigracyjnego.
    .verdict = nie mogą dawać agentom imigracyjnym bezpośredniego dostępu do miejskich baz danych
police-record-status_no-database-access_city-law = Urzędy miejskie nie mogą dawać agencji federalnej bezpośredniego dostępu do miejskiej bazy danych lub systemu wymiany danych w celu cywilnego egzekwowania prawa imigracyjnego. Dotyczy to też zawierania lub przedłużania umów o taki dostęp.
police-record-status_no-database-access_no-help = Urzędy miejskie i ich pracownicy nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim agentom federalnym. Dotyczy to także policji. { -civil-immigration-enforcement-definition }
police-record-status_no-database-access_status = Pracownicy miasta nie mogą też udostępniać niczyjego statusu imigracyjnego. Istnieją wąskie wyjątki, np. gdy dana osoba zgodzi się na to na piśmie.
police-record-status_no-database-access_city-worker = Dla pracowników miasta i funkcjonariuszy policji: gdy agencja federalna prosi o dostęp do miejskiej bazy danych, zanim cokolwiek zrobisz, powiedz o tym przełożonemu.
police-record-status_no-database-access_report-oig = Czy departament miejski dał agentom imigracyjnym dostęp do swoich danych? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
police-record-status_no-database-access_agency-decides = Ta zasada obowiązuje, gdy urząd miejski ustali, że dostęp ma służyć cywilnemu egzekwowaniu prawa imigracyjnego.
police-record-status_no-database-access_criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
police-record-status_no-database-access_federal-law = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. 1373 i 1644. Nie udało nam się potwierdzić, czy rozporządzenie Chicago wspomina o tych ustawach ani jak mają się one do zasady obowiązującej w mieście.

## Wynik: prośba agentów imigracyjnych

police-record-status_agent-request = Chicagowska policja nie może przekazywać agentom imigracyjnym informacji o twoim statusie imigracyjnym, poza wąskimi wyjątkami.
    .summary = Przepisy miejskie zakazują chicagowskiej policji udostępniania czyjegokolwiek statusu, poza wąskimi wyjątkami. Stanowa ustawa TRUST pozostawia w mocy federalne przepisy o udostępnianiu informacji o statusie, a żaden z opisanych tu przepisów nie zamyka wszystkich dróg, którymi informacje o kimś mogą trafić do agencji federalnych.
    .verdict = nie może udostępniać twojego statusu, poza wąskimi wyjątkami
police-record-status_agent-request_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obejmuje urzędy i pracowników miasta, w tym policję. Mówi, że nie mogą oni udostępniać niczyjego obywatelstwa ani statusu imigracyjnego. Wyjątki: dana osoba zgodzi się na to na piśmie albo wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy.
police-record-status_agent-request_custody-info = Pracownicy miasta nie mogą poświęcać czasu na odpowiadanie na pytania ICE o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona i jakie ma dane kontaktowe.
police-record-status_agent-request_state-law = Również { -trust } ogranicza policję w całym stanie Illinois. Prokurator Generalny stanu Illinois wydał w 2025 roku wytyczne. Według nich policja nie może przekazywać służbom imigracyjnym informacji o osobach, które ma w areszcie. Według tych wytycznych policja nie może też pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
police-record-status_agent-request_officer = Dla funkcjonariuszy policji: nie przekazuj agentom imigracyjnym niczyjego statusu, terminu zwolnienia ani danych kontaktowych. Według doniesień prasowych każdą prośbę agentów imigracyjnych o pomoc musi zatwierdzić przełożony, więc powiadom przełożonego o tej prośbie.
police-record-status_agent-request_report-copa = Czy funkcjonariusz chicagowskiej policji udostępnił twój status? Możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
police-record-status_agent-request_report-oig = Czy inny pracownik miasta udostępnił twój status? Możesz to zgłosić do Biura Inspektora Generalnego miasta.
police-record-status_agent-request_purely-civil = Zakaz odpowiadania ICE w sprawie aresztu, terminów zwolnienia i danych kontaktowych ma jeden wyjątek: pracownicy miasta mogą skontaktować się z ICE, aby ustalić, czy sprawa dotyczy wyłącznie cywilnego naruszenia przepisów imigracyjnych, a nie przestępstwa.
police-record-status_agent-request_supervisor = Według artykułu CBS News Chicago z 2021 roku zmienione rozporządzenie przewiduje, że każdą prośbę agentów imigracyjnych o pomoc zatwierdza przełożony w policji.
police-record-status_agent-request_federal-law = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. 1373 i 1644. Nie udało nam się potwierdzić, czy rozporządzenie Chicago wspomina o tych ustawach ani jak mają się one do zasady obowiązującej w mieście.
police-record-status_agent-request_other-routes = Te zasady ograniczają to, co pracownicy miasta i policja robią z informacjami o statusie. Nie gwarantują, że żadne dane o danej osobie nigdy nie trafią do agencji federalnej w inny sposób.

## Wynik: wymaga tego ustawa, postanowienie sądu lub nakaz sądowy

police-record-status_legal-duty = Przepisy miejskie pozwalają policji udostępnić informacje o statusie, gdy wymaga tego ustawa, postanowienie sądu lub nakaz sądowy.
    .summary = Przepisy miejskie ograniczają informacje o statusie. Te ograniczenia ustępują, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego.
    .verdict = może udostępnić status, gdy wymaga tego ustawa, postanowienie sądu lub nakaz sędziego
police-record-status_legal-duty_exception = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) ogranicza pytanie o status, jego przechowywanie i udostępnianie. Te ograniczenia ustępują, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub zgodnie z prawem wydany nakaz sądowy wymaga czegoś innego.
police-record-status_legal-duty_federal-law = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. 1373 i 1644. Nie udało nam się potwierdzić, czy rozporządzenie Chicago wspomina o tych ustawach ani jak mają się one do zasady obowiązującej w mieście.
police-record-status_legal-duty_judge-only = Formularz ICE podpisany przez urzędnika imigracyjnego nie jest nakazem sądowym. Przykłady to formularz I-200 i formularz I-205. Przepisy CPD nazywają taki formularz „nakazem administracyjnym”. Prawo stanu Illinois nazywa go „cywilnym nakazem imigracyjnym”.
police-record-status_legal-duty_see-paper = Możesz poprosić o pokazanie postanowienia sądu lub nakazu albo zapytać, który przepis tego wymaga.
police-record-status_legal-duty_lawyer = Jeśli nie wiesz, czego to wymaga, porozmawiaj z prawnikiem.
police-record-status_legal-duty_no-arrest = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
police-record-status_legal-duty_state-limits = Prawo stanowe ma własne ograniczenia tego, co policja może przekazywać agentom imigracyjnym. Prokurator Generalny stanu Illinois wydał w 2025 roku wytyczne. Według nich wyjątki od tych ograniczeń to nakaz w sprawie karnej albo prawo federalne, które wyraźnie tego wymaga.

## Wynik: osoba zgodziła się na piśmie

police-record-status_written-consent = Przepisy miejskie pozwalają policji udostępnić twój status, jeśli zgodzisz się na to na piśmie.
    .summary = Przepisy miejskie pozwalają pracownikom miasta udostępnić status danej osoby, gdy ta osoba zgodzi się na to na piśmie.
    .verdict = może udostępnić twój status, jeśli zgodzisz się na to na piśmie
police-record-status_written-consent_consent = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) pozwala na udostępnienie, gdy dana osoba zgodzi się na to na piśmie. W przypadku dziecka albo dorosłego, który według prawa nie może sam decydować, zgodę może wyrazić rodzic lub opiekun prawny.
police-record-status_written-consent_without-consent = Bez pisemnej zgody pracownicy miasta mogą udostępnić status tylko wtedy, gdy wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy.
police-record-status_written-consent_read-first = Zanim podpiszesz, upewnij się, na co się zgadzasz i kto dostanie te informacje. Jeśli masz wątpliwości, najpierw porozmawiaj z prawnikiem.
police-record-status_written-consent_no-arrest = Policja nadal nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego.
police-record-status_written-consent_state-limits = Prawo stanowe ma własne ograniczenia tego, co policja może przekazywać agentom imigracyjnym o osobach, które ma w areszcie. Nie udało nam się potwierdzić, czy pisemna zgoda zmienia te ograniczenia.

## Wynik: nie wiadomo dlaczego

police-record-status_sharing-depends = Chicagowska policja może udostępnić twój status tylko w wąskich przypadkach.
    .summary = Przepisy miejskie zakazują udostępniania czyjegokolwiek statusu. Wyjątki to pisemna zgoda danej osoby albo ustawa, postanowienie sądu lub nakaz sądowy, które tego wymagają.
    .verdict = może udostępnić twój status tylko w wąskich przypadkach
police-record-status_sharing-depends_general-rule = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) obejmuje urzędy i pracowników miasta, w tym policję. Mówi, że nie mogą oni udostępniać niczyjego obywatelstwa ani statusu imigracyjnego, chyba że dana osoba zgodzi się na to na piśmie.
police-record-status_sharing-depends_exceptions = Te ograniczenia ustępują też, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego.
police-record-status_sharing-depends_ice-questions = Pracownicy miasta nie mogą poświęcać czasu na odpowiadanie na pytania ICE o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona i jakie ma dane kontaktowe.
police-record-status_sharing-depends_state-law = Również { -trust } ogranicza policję w całym stanie Illinois. Prokurator Generalny stanu Illinois wydał w 2025 roku wytyczne. Według nich policja nie może przekazywać służbom imigracyjnym informacji o osobach, które ma w areszcie. Według tych wytycznych policja nie może też pomagać agentom imigracyjnym „w jakiejkolwiek formie”. Wyjątki to sytuacje, gdy agenci mają nakaz w sprawie karnej albo gdy prawo federalne wyraźnie tego wymaga.
police-record-status_sharing-depends_report-copa = Uważasz, że funkcjonariusz chicagowskiej policji udostępnił twój status? Możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
police-record-status_sharing-depends_icirr = Jeśli agenci imigracyjni kontaktują się z tobą lub twoją rodziną, po pomoc zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
police-record-status_sharing-depends_federal-law = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. 1373 i 1644. Nie udało nam się potwierdzić, czy rozporządzenie Chicago wspomina o tych ustawach ani jak mają się one do zasady obowiązującej w mieście.
