# S14: agenci imigracyjni przychodzą do szpitala, publicznej uczelni lub uniwersytetu albo licencjonowanej
# placówki opieki dziennej nad dziećmi.
# Klucze: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Prosty język, poziom szkoły podstawowej; bez kopiowania brzmienia przepisów; każde twierdzenie ma źródło w .toml.
# P.A. 104-0440 art. 15, 20 i 25 znamy tylko z doniesień (Jurist): zawsze przypisuj źródło.

scenario_institution-visit = Agenci imigracyjni przychodzą do szpitala, na uczelnię lub do placówki opieki dziennej nad dziećmi
    .summary = Ustawa stanu Illinois z 2025 roku nakłada obowiązki na szpitale, publiczne szkoły wyższe i uniwersytety oraz licencjonowane placówki opieki dziennej nad dziećmi. Oto, czego od nich wymaga, i co możesz zrobić.

## Pytanie: gdzie są agenci?

institution-visit_place = Gdzie są agenci imigracyjni?
    .hint = ICE (Urząd Imigracji i Ceł USA, U.S. Immigration and Customs Enforcement) to agencja federalna, która egzekwuje prawo imigracyjne na terenie kraju.
institution-visit_place_hospital = W szpitalu
institution-visit_place_college = Na publicznej uczelni lub uniwersytecie
institution-visit_place_day-care = W licencjonowanej placówce opieki dziennej nad dziećmi

## Pytania: czy są znane zasady lub osoba kontaktowa?

institution-visit_hospital-contact = Czy wiesz, kto w szpitalu zajmuje się wizytami agentów imigracyjnych?
    .hint = Na przykład pracownik lub dział wskazany w pisemnych zasadach szpitala.
institution-visit_hospital-contact_has-contact = Tak, są zasady albo osoba kontaktowa
institution-visit_hospital-contact_not-sure = Nie albo nie mam pewności

institution-visit_college-contact = Czy wiesz, kto na uczelni zajmuje się wizytami agentów imigracyjnych?
    .hint = Na przykład pracownik lub dział wskazany w pisemnych procedurach uczelni.
institution-visit_college-contact_has-contact = Tak, są zasady albo osoba kontaktowa
institution-visit_college-contact_not-sure = Nie albo nie mam pewności

institution-visit_day-care-contact = Czy wiesz, kto w placówce opieki dziennej zajmuje się wizytami agentów imigracyjnych?
    .hint = Na przykład dyrektor albo osoba wskazana w pisemnych zasadach placówki.
institution-visit_day-care-contact_has-contact = Tak, są zasady albo osoba kontaktowa
institution-visit_day-care-contact_not-sure = Nie albo nie mam pewności

## Wynik: są zasady lub osoba kontaktowa

institution-visit_follow-policy = Według doniesień te miejsca mają obowiązki, gdy przychodzą agenci imigracyjni. Poproś o osobę kontaktową wskazaną w ich zasadach postępowania.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku, Public Act 104-0440, wymaga od szpitali i publicznych uczelni takich zasad lub procedur, a na licencjonowane placówki opieki dziennej nad dziećmi nakłada podobne obowiązki. Zasady mówią personelowi, co robić; nie ograniczają agentów federalnych.
    .verdict = według doniesień mają obowiązki, gdy przychodzą agenci imigracyjni
institution-visit_follow-policy_policies = Jurist, serwis informacji prawnych, podał, że ustawa wymaga od szpitali oraz publicznych szkół wyższych i uniwersytetów przyjęcia zasad lub procedur dotyczących działań służb imigracyjnych. Według Jurist licencjonowane placówki opieki dziennej nad dziećmi mają podobne obowiązki.
institution-visit_follow-policy_contents = W przypadku szpitali, według Jurist, zasady muszą wskazywać osoby do kontaktu w sprawach prawnych, przewidywać sprawdzanie dokumentów tożsamości agentów („credentials”) i chronić informacje o pacjentach.
institution-visit_follow-policy_no-disclose = Według doniesień szkoły i placówki opieki nad dziećmi nie mogą udostępniać niczyjego statusu imigracyjnego, chyba że wymaga tego prawo. Dotyczy to także tego, jaki – ich zdaniem – jest czyjś status.
institution-visit_follow-policy_ask-contact = Poproś personel, aby zadzwonił do osoby lub działu wskazanych w zasadach.
institution-visit_follow-policy_staff = Jeśli tam pracujesz: postępuj zgodnie z zasadami i zadzwoń do osoby kontaktowej, którą wskazują.
institution-visit_follow-policy_rights = Według organizacji pomocy prawnej, jeśli agenci zadają ci pytania, możesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
institution-visit_follow-policy_no-resist = Nie uciekaj i nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
institution-visit_follow-policy_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
institution-visit_follow-policy_not-bound = Te zasady to obowiązki szpitala, uczelni lub placówki opieki dziennej. Nie ograniczają tego, co mogą robić agenci federalni.
institution-visit_follow-policy_rights-source = Twoje własne prawa, gdy agenci zadają ci pytania, wynikają z Konstytucji USA, a nie z tej ustawy. Według ACLU przysługują ci one bez względu na twój status imigracyjny.

## Wynik: szpital

institution-visit_hospital = Według doniesień prawo stanu Illinois wymaga od szpitali zasad postępowania podczas wizyt agentów imigracyjnych.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku, Public Act 104-0440, wymaga od szpitali takich zasad. Zasady mówią personelowi szpitala, co robić; nie ograniczają agentów federalnych.
    .verdict = według doniesień muszą mieć zasady postępowania wobec agentów imigracyjnych
institution-visit_hospital_deadline = Jurist, serwis informacji prawnych, podał, że szpitale musiały przyjąć zasady dotyczące działań służb imigracyjnych do marca 2026 roku.
institution-visit_hospital_contents = Według Jurist zasady muszą wskazywać osoby do kontaktu w sprawach prawnych, przewidywać sprawdzanie dokumentów tożsamości agentów („credentials”) i chronić informacje o pacjentach.
institution-visit_hospital_fines = Według Jurist Departament Zdrowia Publicznego stanu Illinois może nałożyć na szpital, który łamie te zasady, karę do 500 dolarów dziennie.
institution-visit_hospital_ask-contact = Poproś personel szpitala o kontakt z osobą lub działem wskazanymi w zasadach szpitala.
institution-visit_hospital_staff = Jeśli pracujesz w szpitalu: postępuj zgodnie z zasadami i zadzwoń do osoby kontaktowej, którą wskazują.
institution-visit_hospital_rights = Według organizacji pomocy prawnej, jeśli agenci zadają ci pytania, możesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
institution-visit_hospital_no-resist = Nie uciekaj i nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
institution-visit_hospital_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
institution-visit_hospital_not-bound = Te zasady to obowiązki szpitala. Nie ograniczają tego, co mogą robić agenci federalni.
institution-visit_hospital_rights-source = Twoje własne prawa, gdy agenci zadają ci pytania, wynikają z Konstytucji USA, a nie z tej ustawy. Według ACLU przysługują ci one bez względu na twój status imigracyjny.

## Wynik: publiczna uczelnia lub uniwersytet

institution-visit_college = Według doniesień prawo stanu Illinois wymaga od publicznych uczelni i uniwersytetów procedur dotyczących działań służb imigracyjnych.
    .summary = Według doniesień prasowych ustawa stanu Illinois z 2025 roku, Public Act 104-0440, wymaga od publicznych uczelni i uniwersytetów takich procedur. Mówią one personelowi uczelni, co robić; nie ograniczają agentów federalnych.
    .verdict = według doniesień muszą mieć procedury dotyczące działań służb imigracyjnych
institution-visit_college_deadline = Jurist, serwis informacji prawnych, podał, że publiczne uczelnie i uniwersytety musiały mieć procedury dotyczące działań służb imigracyjnych do 1 stycznia 2026 roku.
institution-visit_college_details = Doniesienia, które znaleźliśmy, nie mówią, co muszą zawierać procedury uczelni. Poproś uczelnię o ich kopię.
institution-visit_college_ask-contact = Zapytaj uczelnię o osobę lub dział wskazane w jej procedurach.
institution-visit_college_staff = Jeśli pracujesz na uczelni: postępuj zgodnie z jej procedurami i zadzwoń do osoby kontaktowej, którą wskazują.
institution-visit_college_rights = Według organizacji pomocy prawnej, jeśli agenci zadają ci pytania, możesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
institution-visit_college_no-resist = Nie uciekaj i nie stawiaj fizycznego oporu. ACLU radzi nie stawiać oporu, nawet jeśli uważasz, że twoje prawa są naruszane.
institution-visit_college_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
institution-visit_college_not-bound = Te zasady to obowiązki uczelni. Nie ograniczają tego, co mogą robić agenci federalni.
institution-visit_college_rights-source = Twoje własne prawa, gdy agenci zadają ci pytania, wynikają z Konstytucji USA, a nie z tej ustawy. Według ACLU przysługują ci one bez względu na twój status imigracyjny.

## Wynik: licencjonowana placówka opieki dziennej

institution-visit_day-care = Według doniesień prawo stanu Illinois ustala zasady dla licencjonowanych placówek opieki dziennej nad dziećmi na wypadek przyjścia agentów imigracyjnych.
    .summary = Według doniesień prasowych te obowiązki wprowadza ustawa stanu Illinois z 2025 roku, Public Act 104-0440. Mówią one placówce, co robić; nie ograniczają agentów federalnych.
    .verdict = według doniesień mają obowiązki, gdy przychodzą agenci imigracyjni
institution-visit_day-care_similar = Jurist, serwis informacji prawnych, podał, że licencjonowane placówki opieki dziennej mają obowiązki podobne do obowiązków szpitali i publicznych uczelni. Te zaś muszą mieć zasady lub procedury dotyczące działań służb imigracyjnych.
institution-visit_day-care_no-disclose = Według doniesień placówki opieki nad dziećmi i szkoły nie mogą udostępniać niczyjego statusu imigracyjnego, chyba że wymaga tego prawo. Dotyczy to także tego, jaki – ich zdaniem – jest czyjś status.
institution-visit_day-care_ask-contact = Zapytaj dyrektora placówki, kto zajmuje się wizytami agentów imigracyjnych i czy placówka ma pisemne zasady.
institution-visit_day-care_staff = Jeśli pracujesz w placówce: postępuj zgodnie z jej zasadami i zadzwoń do osoby kontaktowej, którą wskazują.
institution-visit_day-care_rights = Według organizacji pomocy prawnej, jeśli agenci zadają ci pytania, możesz zachować milczenie. Nie podpisuj niczego, zanim nie porozmawiasz z prawnikiem.
institution-visit_day-care_icirr = Po pomoc lub aby zgłosić działania agentów imigracyjnych, zadzwoń lub napisz SMS do Infolinii Wsparcia Rodzin ICIRR, czynnej całą dobę.
institution-visit_day-care_not-bound = Te zasady to obowiązki placówki opieki dziennej. Nie ograniczają tego, co mogą robić agenci federalni.
institution-visit_day-care_rights-source = Twoje własne prawa, gdy agenci zadają ci pytania, wynikają z Konstytucji USA, a nie z tej ustawy. Według ACLU przysługują ci one bez względu na twój status imigracyjny.
