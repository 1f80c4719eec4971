# Katalog przepisów (../../law/catalogue.toml): law_<id> to krótki tytuł, .summary proste streszczenie,
# .challenge etykieta zaskarżenia w sądzie, gdy katalog ustawia challenged_as_of.
# law-group_<law> nazywa każdą grupę. Same oznaczenia przepisów zostają w oficjalnej formie angielskiej.

law-group_mcc-2-173 = Chicago – { -wco }, prawo miejskie uchwalone przez Radę Miasta Chicago (Welcoming City Ordinance, Municipal Code of Chicago, Chapter 2-173)
law-group_trust-act = Illinois – { -trust } (Illinois TRUST Act, 5 ILCS 805)
law-group_ag-guidance = Wytyczne Prokuratora Generalnego stanu Illinois
law-group_cpd-directives = Zarządzenia Departamentu Policji Chicago
law-group_news-reports = Doniesienia prasowe

-us-v-illinois-challenge = Departament Sprawiedliwości USA zaskarżył te przepisy w sądzie w lutym 2025 roku (United States v. Illinois). W lipcu 2025 roku sędzia federalny oddalił pozew, a rząd USA złożył apelację do federalnego Sądu Apelacyjnego Siódmego Okręgu (Seventh Circuit). Nie znaleźliśmy orzeczenia w sprawie tej apelacji.

law_mcc-2-173-020-a = Zakaz pomocy miasta w cywilnym egzekwowaniu prawa imigracyjnego
    .summary = Urzędy miejskie i ich pracownicy, w tym policja, nie mogą brać udziału w cywilnym egzekwowaniu prawa imigracyjnego ani pomagać w nim rządowi federalnemu.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = Zakaz zatrzymań i aresztowań tylko z powodu podejrzewanego statusu imigracyjnego
    .summary = Przedstawiciele miasta nie mogą nikogo zatrzymywać, aresztować ani przetrzymywać tylko dlatego, że uważają, że ta osoba przebywa w USA bez zezwolenia albo naruszyła cywilne przepisy imigracyjne.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = Zakaz aresztowań na podstawie nakazów administracyjnych
    .summary = Przedstawiciele miasta nie mogą nikogo zatrzymywać, aresztować ani przetrzymywać z powodu nakazu administracyjnego (administrative warrant). Dotyczy to także wpisów imigracyjnych w bazie danych NCIC prowadzonej przez FBI.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = Zakaz przekazywania ludzi w ręce ICE
    .summary = Przedstawiciele miasta nie mogą przekazać nikogo do aresztu ICE wyłącznie w celu cywilnego egzekwowania prawa imigracyjnego.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = Zakaz kordonów drogowych i wsparcia na miejscu
    .summary = Przedstawiciele miasta nie mogą ustawiać kordonu drogowego ani udzielać wsparcia na miejscu podczas akcji cywilnego egzekwowania prawa imigracyjnego.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = Zakaz pytania o status imigracyjny i jego udostępniania
    .summary = Przedstawiciele miasta nie mogą pytać o niczyje obywatelstwo ani status imigracyjny, przechowywać ani udostępniać takich informacji. Wyjątki: wymaga tego ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy; dana osoba zgodzi się na to na piśmie; albo prawnicy miasta potrzebują tego w sprawie sądowej.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = Cel ustawy TRUST
    .summary = Prawo stanowe nie daje policji w Illinois uprawnień do egzekwowania federalnego cywilnego prawa imigracyjnego. Funkcjonariusze mogą skontaktować się z inną agencją policyjną, aby ustalić, czy wpis w bazie danych ma charakter cywilny, czy karny.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = Definicje, w tym „cywilny nakaz imigracyjny” (civil immigration warrant)
    .summary = Cywilny nakaz imigracyjny to dokument imigracyjny, którego nie zatwierdził żaden sędzia, np. formularze I-200, I-203, I-205 i I-286, albo wpis w prowadzonym przez FBI rejestrze osób naruszających przepisy imigracyjne (Immigration Violator File). Nakazy w sprawach karnych się do nich nie zaliczają.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = Ograniczenia pomocy w federalnym egzekwowaniu prawa imigracyjnego
    .summary = Sekcja 15 ogranicza to, co policja w Illinois może robić dla agentów imigracyjnych. Według Prokuratora Generalnego stanu Illinois zakazuje ona pomocy „w jakiejkolwiek formie”, chyba że agenci mają nakaz w sprawie karnej albo prawo federalne wyraźnie tego wymaga.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = Zakaz przetrzymywania na podstawie wniosków o przetrzymanie lub cywilnych nakazów imigracyjnych
    .summary = Policja w Illinois nie może nikogo przetrzymywać tylko z powodu imigracyjnego wniosku o przetrzymanie (detainer) albo cywilnego nakazu imigracyjnego. Nie może też w żaden inny sposób ich wykonywać.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = Zakaz zatrzymań i aresztowań tylko z powodu statusu imigracyjnego
    .summary = Policja w Illinois nie może nikogo zatrzymywać, aresztować, przeszukiwać ani przetrzymywać tylko z powodu jego obywatelstwa lub statusu imigracyjnego.
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = Wytyczne Prokuratora Generalnego dla policji
    .summary = Zaktualizowane wytyczne Prokuratora Generalnego stanu Illinois. Wyjaśniają, co prawo stanowe pozwala policji robić w sprawach imigracyjnych, a czego nie. To wytyczne, a nie przepis prawa.
law_cpd-s06-14-03 = Zarządzenie CPD w sprawie zdarzeń związanych ze statusem obywatelstwa
    .summary = Zarządzenie Departamentu Policji Chicago, które wprowadza w życie { -wco }. Wersja, którą mogliśmy przeczytać, pochodzi z marca 2020 roku; prawdopodobnie istnieje nowsza.
law_cbs-2021-supervisors = Artykuł prasowy o zmianach w rozporządzeniu z 2021 roku
    .summary = Artykuł o głosowaniu Rady Miasta ze stycznia 2021 roku. Opisuje, jak przełożeni w policji muszą postępować z prośbami agentów imigracyjnych.

law-group_voices-act = Ustawa VOICES (VOICES Act, 5 ILCS 825)
law-group_keep-families-together = Ustawa o utrzymaniu rodzin razem (Keep Illinois Families Together Act)
law-group_pa-104-0440 = Ustawa Public Act 104-0440 (2025)
law-group_cook-county-46-37 = Kodeks Hrabstwa Cook, § 46-37 (Cook County Code § 46-37)
law-group_chicago-executive = Działania wykonawcze władz miasta Chicago
law-group_federal-policy = Federalna polityka imigracyjna
law-group_residents-rights = Twoje własne prawa (Konstytucja USA)

-pa-104-0440-challenge = Departament Sprawiedliwości USA zaskarżył tę ustawę w sądzie 22 grudnia 2025 roku. Nie znaleźliśmy jeszcze żadnego orzeczenia.

law_mcc-2-173-005 = Po co jest to rozporządzenie
    .summary = Rada Miasta uznała, że bezpieczeństwo publiczne zależy od współpracy wszystkich, w tym ofiar i świadków, z dokumentami lub bez. Uznała też, że pracownicy miasta powinni traktować mieszkańców imigrantów z godnością.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-c = Zakaz przetrzymywania na podstawie imigracyjnych wniosków o przetrzymanie
    .summary = Przedstawiciele miasta nie mogą nikogo zatrzymywać, aresztować ani dalej przetrzymywać z powodu imigracyjnego wniosku o przetrzymanie (detainer), czyli pisemnej prośby ICE o przetrzymanie danej osoby.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-a = Zakaz dostępu ICE do osób w areszcie miejskim
    .summary = Urzędy miejskie nie mogą pozwolić agentom ICE na kontakt z osobą, którą przetrzymują, także przez telefon.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-b = Zakaz korzystania z obiektów miejskich do przesłuchań ICE
    .summary = Urzędy miejskie nie mogą pozwolić agentom ICE korzystać z obiektów miejskich do przesłuchań ani innych czynności dochodzeniowych.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-3 = Zakaz odpowiadania ICE w sprawie aresztu, terminu zwolnienia lub danych kontaktowych
    .summary = Przedstawiciele miasta nie mogą poświęcać czasu na odpowiadanie ICE na pytania o to, czy dana osoba jest w areszcie, kiedy zostanie zwolniona ani jakie ma dane kontaktowe. Mogą pytać ICE tylko o to, czy sprawa dotyczy wyłącznie cywilnego naruszenia przepisów imigracyjnych.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-4 = Zakaz umów 287(g)
    .summary = Urzędy miejskie nie mogą zawierać umów, takich jak umowy 287(g), które pozwalałyby im egzekwować federalne cywilne prawo imigracyjne.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a = Kiedy wolno udostępnić informacje o statusie
    .summary = Ograniczenia dotyczące informacji o statusie imigracyjnym ustępują tylko wtedy, gdy ustawa, federalny przepis wykonawczy, postanowienie sądu lub nakaz sądowy wymaga czegoś innego.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-2 = Zakaz pytań o status w formularzach miejskich
    .summary = Wnioski i formularze dotyczące miejskich świadczeń, usług lub możliwości nie mogą zawierać pytań o obywatelstwo ani status imigracyjny. Departamenty muszą co roku sprawdzać swoje formularze.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-b = Zakaz dostępu do baz danych w celu cywilnego egzekwowania prawa imigracyjnego
    .summary = Urzędy miejskie nie mogą dawać agencji federalnej bezpośredniego dostępu do swoich baz danych w celu cywilnego egzekwowania prawa imigracyjnego.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-069 = Raporty policji o przestrzeganiu rozporządzenia
    .summary = Departament Policji Chicago co trzy miesiące składa Biuru Burmistrza i Inspektorowi Generalnemu raport o tym, jak przestrzega rozporządzenia. Inspektor Generalny publikuje te raporty.
law_trust-805-15-d = Brak odpowiedzialności za zwolnienie osoby
    .summary = Agencja policyjna lub funkcjonariusz, którzy w dobrej wierze zwolnią osobę objętą wnioskiem o przetrzymanie (detainer) lub cywilnym nakazem imigracyjnym, nie ponoszą za to zwolnienie odpowiedzialności prawnej, chyba że ich działanie było umyślne lub rażąco lekkomyślne („willful or wanton”).
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-e = Zakaz pytań o status i miejsce urodzenia
    .summary = Policja w Illinois nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia osób, które zatrzymuje, przetrzymuje lub ma w areszcie, ani tego sprawdzać. Wyjątki: poinformowanie osoby w areszcie, że może skontaktować się ze swoim konsulatem, oraz niektóre kontrole wymagane przez przepisy o broni palnej.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-25-a = Coroczne raporty dla Prokuratora Generalnego
    .summary = Każda agencja policyjna w Illinois co roku składa Prokuratorowi Generalnemu raport o prośbach agentów imigracyjnych oraz o otrzymanych wnioskach o przetrzymanie (detainer) i cywilnych nakazach imigracyjnych. Raport nie podaje niczyich nazwisk.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_trust-805-25-b = No names in the yearly reports
    .summary = The yearly reports police agencies send the Attorney General may not include names or other details that identify a person.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_pa-100-0463 = The TRUST Act as first passed in 2017
    .summary = The Public Act that created the Illinois TRUST Act in 2017. Its original wording let police hold someone on a notice in LEADS, a police database, unless the notice clearly rested on an immigration paper no judge signed. That wording was removed in 2021.
law_voices-act = Zaświadczenia do wiz U i T
    .summary = Policja i prokuratura muszą wyznaczyć urzędników, którzy podpisują formularz potrzebny ofierze przestępstwa do ubiegania się o wizę U lub T. Muszą też opublikować, jak o niego prosić, i przyjmować prośby składane przez prawnika lub organizację pomagającą ofiarom.
law_kifta-287g = Zakaz umów 287(g)
    .summary = Żadna agencja policyjna ani urzędnik w Illinois nie może zawrzeć umowy 287(g) ani w niej pozostawać. Taka umowa pozwalałaby lokalnym funkcjonariuszom działać jako federalni agenci imigracyjni.
law_pa-104-0440-art-5 = Stanowa ustawa Bivensa (Illinois Bivens Act)
    .summary = Pozwala osobie pozwać, na podstawie prawa stanowego, każdego, kto podczas cywilnego egzekwowania prawa imigracyjnego naruszy jej prawa konstytucyjne, w tym agentów federalnych.
    .challenge = { -pa-104-0440-challenge }
law_pa-104-0440-art-10 = Ustawa o dostępie do sądów, bezpieczeństwie i udziale w postępowaniu (Court Access, Safety, and Participation Act)
    .summary = Zakazuje aresztowań w trybie cywilnym (czyli nie za przestępstwo), w tym aresztowań imigracyjnych bez nakazu sędziego, wobec osób, które idą do sądu w Illinois, są w sądzie lub z niego wychodzą. Zakaz obowiązuje w budynkach sądów i w promieniu 1000 stóp (ok. 300 metrów) od nich.
    .challenge = { -pa-104-0440-challenge }
# TODO(translate): .challenge below is in English
law_pa-104-0440-institutions = Szpitale, publiczne uczelnie i placówki opieki dziennej nad dziećmi
    .summary = Wymaga od szpitali, publicznych szkół wyższych i uniwersytetów oraz licencjonowanych placówek opieki dziennej nad dziećmi przyjęcia zasad postępowania wobec działań służb imigracyjnych. Ogranicza też sytuacje, w których szkoły i placówki opieki nad dziećmi mogą ujawniać status imigracyjny.
    .challenge = According to news reports, the U.S. Department of Justice sued over Public Act 104-0440 on December 22, 2025, and the suit targets the law's lawsuit and courthouse parts, not these duties. As of early January 2026, the latest news we found, there was no ruling.
# TODO(translate): .challenge below is in English
law_cook-46-37 = Przepisy hrabstwa Cook dotyczące wniosków ICE o przetrzymanie
    .summary = Rozporządzenie hrabstwa o wnioskach ICE o przetrzymanie (detainer) i o dostępie ICE do osób w więzieniu hrabstwa.
    .challenge = { -us-v-illinois-challenge }
law_cpd-s02-06 = Zarządzenie CPD w sprawie zaświadczeń do wizy U
    .summary = Jak Departament Policji Chicago rozpatruje prośby o podpisanie formularza zaświadczenia do wizy U (U visa certification) dla ofiar przestępstw.
law_corp-counsel-guidance-2025 = Wytyczne miasta na wypadek wizyt agentów federalnych
    .summary = Wytyczne prawników miasta dla pracowników miejskich na wypadek wizyty agentów federalnych na terenie należącym do miasta. Biuro Burmistrza opublikowało je w styczniu 2025 roku.
law_cbs-2025-ice-free-zones = Artykuł prasowy o zarządzeniu „Strefy wolne od ICE” (ICE-Free Zones)
    .summary = Artykuł o zarządzeniu wykonawczym burmistrza z października 2025 roku, dotyczącym należących do miasta parkingów, placów i garaży.
law_suntimes-2021-carve-outs = Artykuł prasowy o usunięciu wyjątków z rozporządzenia
    .summary = Artykuł o głosowaniu Rady Miasta ze stycznia 2021 roku, w którym usunięto wyjątki pozwalające wcześniej policji w niektórych przypadkach pomagać ICE.
law_o2021-117 = Nowelizacja rozporządzenia z 2021 roku
    .summary = Oficjalny zapis Rady Miasta dotyczący rozporządzenia przyjętego 27 stycznia 2021 roku.
law_blockclub-2021-history = Artykuł prasowy o historii rozporządzenia
    .summary = Artykuł o historii chicagowskich przepisów ochronnych: od zarządzenia wykonawczego z 1985 roku do nowelizacji z 2021 roku.
law_abc-2026-ice-home-entry-memo = Artykuł prasowy o notatce ICE w sprawie wchodzenia do domów
    .summary = Artykuł o notatce służbowej ICE z maja 2025 roku, upublicznionej w styczniu 2026 roku. Według notatki agenci mogą wchodzić do domów na podstawie formularza ICE i ostatecznego nakazu wydalenia. To twierdzenie jest kwestionowane jako naruszające Czwartą Poprawkę do Konstytucji USA.
law_ilrc-red-cards = „Czerwone karty” od Centrum Zasobów Prawnych dla Imigrantów (Immigrant Legal Resource Center)
    .summary = Karty, które można nosić przy sobie i pokazać agentom imigracyjnym. Są na nich opisane prawa konstytucyjne ich posiadacza.
# TODO(translate)
law_aclu-immigrants-rights = ACLU: immigrants' rights
    .summary = The ACLU's advice on your rights when police or immigration agents stop or question you, whatever your immigration status.
# TODO(translate)
law_aila-know-your-rights = AILA: if ICE stops you in public
    .summary = A know-your-rights handout from the American Immigration Lawyers Association (AILA), a group of immigration lawyers.
law_jurist-2025-pa-104-0440 = Artykuł prasowy o ustawie stanu Illinois z 2025 roku dotyczącej aresztowań imigracyjnych
    .summary = Artykuł serwisu Jurist o ustawie Public Act 104-0440: pozwy za naruszenia praw konstytucyjnych, ochrona w sądach i wokół nich oraz obowiązki szpitali, uczelni i placówek opieki dziennej nad dziećmi.

# TODO(translate)
law-group_castanon-nava = Castañon Nava v. DHS (a federal court order on ICE arrests)
# TODO(translate)
law_castanon-nava-decree = Court order limiting some ICE arrests without a warrant
    .summary = According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court approved this settlement on February 8, 2022. They say it made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops, and that people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. It is a court order, not a City or state law. As of the latest information we found (October 2025), it ran to February 2, 2026; we do not know whether it still applies.
# TODO(translate)
law_nijc-nava-settlement = NIJC's page on the Castañon Nava settlement
    .summary = The National Immigrant Justice Center, one of the lawyers for the people who sued, explains the settlement on this page. It also has a way to tell the lawyers about a possible violation.
