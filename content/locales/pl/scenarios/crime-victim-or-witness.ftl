# S3: doszło do przestępstwa, a ofiara lub świadek może nie mieć dokumentów.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.

scenario_crime-victim-or-witness = Doszło do przestępstwa, a ofiara lub świadek może nie mieć dokumentów
    .summary = Na przykład ktoś cię okradł albo przestępstwo wydarzyło się na twoich oczach. Obawiasz się rozmowy z policją z powodu statusu imigracyjnego.

## Pytanie: czy policja pytała o status?

crime-victim-or-witness_status-question = Czy policjant pytał o status imigracyjny lub o to, gdzie ktoś się urodził?
    .hint = Obywatelstwo lub status imigracyjny oznacza, czy ktoś jest obywatelem oraz czy i na jakiej podstawie może przebywać w USA.
crime-victim-or-witness_status-question_asked = Tak, policjant pytał o status lub o miejsce urodzenia
crime-victim-or-witness_status-question_not-asked = Nie albo jeszcze nie było rozmowy z policją

## Pytanie: zaświadczenie do wizy U?

crime-victim-or-witness_u-visa = Czy ofiara chce poprosić policję o zaświadczenie do wizy U?
    .hint = Zaświadczenie do wizy U (U visa certification) to formularz (I-918 Supplement B), który podpisuje departament policji, aby potwierdzić, że ofiara przestępstwa pomogła w sprawie. Ofiara może go użyć, ubiegając się o wizę U.
crime-victim-or-witness_u-visa_wants-form = Tak albo chcę wiedzieć, jak to działa
crime-victim-or-witness_u-visa_report-only = Nie, chcę tylko zgłosić przestępstwo albo pomóc jako świadek

## Wynik: policjant pytał o status

crime-victim-or-witness_status-asked = Chicagowska policja nie może pytać o twój status imigracyjny.
    .summary = Dotyczy to także ofiar i świadków przestępstw. Przepisy miejskie zakazują policji pytania o status, poza wąskimi wyjątkami, a policja nadal zajmuje się przestępstwem.
    .verdict = nie może pytać o twój status
crime-victim-or-witness_status-asked_city-law = Chicagowskie { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) mówi, że pracownicy miasta, w tym policja, nie mogą pytać o niczyje obywatelstwo ani status imigracyjny, przechowywać ani udostępniać takich informacji. Wyjątki są wąskie. Jeden z nich to ustawa, postanowienie sądu lub nakaz sędziego, które tego wymagają. Inny to pisemna zgoda danej osoby na udostępnienie.
crime-victim-or-witness_status-asked_state-law = Policję w całym stanie Illinois obejmuje { -trust }. Jeśli policja kogoś zatrzymuje lub przetrzymuje, nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia tej osoby ani tego sprawdzać.
crime-victim-or-witness_status-asked_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego. Mówią to zarówno przepisy miejskie, jak i stanowe.
crime-victim-or-witness_status-asked_purpose = Uchwalając { -wco }, Rada Miasta uznała, że bezpieczeństwo publiczne zależy od pomocy wszystkich. Dotyczy to także ofiar i świadków przestępstw, z dokumentami lub bez.
crime-victim-or-witness_status-asked_stay-silent = Nie musisz odpowiadać. Według ACLU masz prawo milczeć na temat swojego miejsca urodzenia, tego, czy masz obywatelstwo amerykańskie, i tego, jak wyglądał twój wjazd do USA. Nie kłam i nie pokazuj fałszywych dokumentów.
crime-victim-or-witness_status-asked_tell-crime = Nadal możesz opowiedzieć policji, co się stało podczas przestępstwa.
crime-victim-or-witness_status-asked_officer = Dla funkcjonariuszy policji: nie pytaj ofiar ani świadków o status imigracyjny. Przyjmij zgłoszenie tak jak od każdej innej osoby.
crime-victim-or-witness_status-asked_report-copa = Funkcjonariusza chicagowskiej policji, który pytał o twój status, możesz zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
crime-victim-or-witness_status-asked_report-ag = Możesz też skontaktować się z infolinią ds. praw obywatelskich Prokuratora Generalnego stanu Illinois.
crime-victim-or-witness_status-asked_exceptions = Prawo stanowe ma dwa wąskie wyjątki: poinformowanie osoby w areszcie, że może skontaktować się z konsulatem swojego kraju, oraz niektóre kontrole wymagane przez przepisy o broni palnej.
crime-victim-or-witness_status-asked_u-visa = Ofiara przestępstwa może też poprosić policję o zaświadczenie do wizy U. Ustawa VOICES stanu Illinois określa, jak o nie poprosić.
crime-victim-or-witness_status-asked_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym działaniem.

## Wynik: zgłoszenie przestępstwa lub pomoc jako świadek

crime-victim-or-witness_report = Możesz zgłosić przestępstwo lub pomóc jako świadek, bez względu na swój status imigracyjny.
    .summary = Chicagowska policja nadal prowadzi dochodzenia w sprawie przestępstw, bez względu na czyjkolwiek status imigracyjny. Przepisy miejskie i stanowe ograniczają sytuacje, w których policja może pytać o status lub działać na jego podstawie.
    .verdict = prowadzi dochodzenia w sprawie przestępstw bez względu na czyjkolwiek status imigracyjny
crime-victim-or-witness_report_purpose = Uchwalając { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago), Rada Miasta uznała, że bezpieczeństwo publiczne zależy od pomocy wszystkich. Dotyczy to także ofiar i świadków przestępstw, z dokumentami lub bez.
crime-victim-or-witness_report_no-asking = Chicagowska policja i inni pracownicy miasta nie mogą pytać o niczyje obywatelstwo ani status imigracyjny, przechowywać ani udostępniać takich informacji, poza wąskimi wyjątkami.
crime-victim-or-witness_report_no-arrest = Policja nie może nikogo zatrzymywać, aresztować ani przetrzymywać tylko z powodu jego statusu imigracyjnego. Mówią to przepisy miejskie, a w przypadku policji w całym stanie Illinois także prawo stanowe.
crime-victim-or-witness_report_criminal = Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
crime-victim-or-witness_report_call-911 = Jeśli ktoś jest ranny lub w niebezpieczeństwie, zadzwoń pod 911.
crime-victim-or-witness_report_stay-silent = Jeśli policjant zapyta o twój status lub miejsce urodzenia, nie musisz odpowiadać. Według ACLU masz prawo zachować milczenie w odpowiedzi na takie pytania. Nie kłam i nie pokazuj fałszywych dokumentów.
crime-victim-or-witness_report_officer = Dla funkcjonariuszy policji: przyjmij zgłoszenie tak jak od każdej innej osoby. Nie pytaj o status imigracyjny.
crime-victim-or-witness_report_report-copa = Jeśli funkcjonariusz chicagowskiej policji pyta o twój status, możesz to zgłosić do Cywilnego Biura ds. Odpowiedzialności Policji (COPA).
crime-victim-or-witness_report_exceptions = Przepisy miejskie pozwalają udostępnić informacje o statusie tylko w wąskich przypadkach. Przykłady to ustawa, postanowienie sądu lub nakaz sędziego, które tego wymagają, albo pisemna zgoda danej osoby.
crime-victim-or-witness_report_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym działaniem.

## Wynik: prośba o zaświadczenie do wizy U

crime-victim-or-witness_certification = Policja musi zapewnić ofiarom przestępstw sposób, by poprosić o zaświadczenie do wizy U.
    .summary = Prawo stanu Illinois określa, jak policja ma rozpatrywać takie prośby. Prawnik lub niektóre organizacje pomagające ofiarom mogą złożyć prośbę w imieniu ofiary.
    .verdict = muszą wyznaczyć urzędników podpisujących zaświadczenia i opublikować, jak o nie prosić
crime-victim-or-witness_certification_officials = Ustawa VOICES stanu Illinois mówi, że policja i prokuratura muszą wyznaczyć urzędników, którzy podpisują te formularze. Muszą też opublikować, jak o nie prosić.
crime-victim-or-witness_certification_who-asks = Według ustawy VOICES prośbę kieruje się do agencji, która wykryła przestępstwo, prowadziła w jego sprawie dochodzenie lub ściganie. W imieniu ofiary może ją złożyć prawnik, akredytowany przedstawiciel ds. imigracji albo organizacja pomagająca ofiarom przemocy domowej lub napaści seksualnej.
crime-victim-or-witness_certification_cpd-order = Według własnego zarządzenia CPD w sprawie zaświadczeń do wizy U, ze stycznia 2019 roku, formularz wypełniają przełożeni w Wydziale Ewidencji (Records Division). Zarządzenie mówi też, że CPD wysyła powiadomienie, gdy prośba nie spełnia warunków, i że można się od tego odwołać.
crime-victim-or-witness_certification_get-help = Poproś o pomoc prawnika, akredytowanego przedstawiciela ds. imigracji albo organizację pomagającą ofiarom przemocy domowej lub napaści seksualnej. Ustawa VOICES pozwala im złożyć prośbę w twoim imieniu.
crime-victim-or-witness_certification_right-agency = Jeśli dochodzenie w sprawie przestępstwa prowadziła chicagowska policja, prośbę kieruje się do Departamentu Policji Chicago (CPD).
crime-victim-or-witness_certification_officer = Dla funkcjonariuszy policji: nie pytaj ofiary o status imigracyjny. Wskaż jej procedurę CPD dotyczącą zaświadczeń do wizy U.
crime-victim-or-witness_certification_certain-crimes = Ustawa VOICES dotyczy przestępstw „kwalifikujących się”, więc nie każde przestępstwo się liczy. Prawnik może ci powiedzieć, czy przestępstwo w twojej sprawie się kwalifikuje.
crime-victim-or-witness_certification_law-changed = Ustawę VOICES zmieniono w 2021 roku, już po napisaniu zarządzenia CPD z 2019 roku. Dzisiejsza procedura CPD może się różnić od zarządzenia z 2019 roku.
crime-victim-or-witness_certification_no-status = Chicagowska policja nie może pytać o status imigracyjny ofiary ani go udostępniać, chyba że ofiara zgodzi się na to na piśmie albo wymaga tego przepis prawa lub postanowienie sądu.
crime-victim-or-witness_certification_ice-not-bound = Te przepisy ograniczają to, co robi policja w Chicago i w Illinois. Nie powstrzymują federalnych agentów imigracyjnych przed samodzielnym działaniem.
