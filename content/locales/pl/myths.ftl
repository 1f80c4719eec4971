# Mity i fakty (../../myths.toml): myth_<id> to mit w takiej formie, w jakiej ludzie go powtarzają, .fact krótka
# korekta, .explanation wyjaśnienie prostymi słowami. Każde stwierdzenie ma źródło w myths.toml.

myth_carve-outs = Policja w Chicago może przekazać kogoś ICE, jeśli ta osoba była skazana za poważne przestępstwo (felony) albo jest w bazie danych gangów.
    .fact = Nieprawda od 2021 roku.
    .explanation = Rozporządzenie miało kiedyś wyjątki dla osób z pewnymi wyrokami lub wpisanych do bazy danych gangów. Rada Miasta usunęła te wyjątki w styczniu 2021 roku, stosunkiem głosów 41 do 8. Dziś policja miejska nie może pomagać w cywilnym egzekwowaniu prawa imigracyjnego, bez względu na czyjąkolwiek przeszłość kryminalną.
myth_detainer-48-hours = Wniosek ICE o przetrzymanie (detainer) prawnie zobowiązuje więzienie do przetrzymania kogoś przez 48 godzin.
    .fact = Nieprawda w Illinois.
    .explanation = Wniosek o przetrzymanie (detainer) to pisemna prośba ICE do policji lub więzienia o przetrzymanie danej osoby. Nie podpisuje go sędzia. Policja w Illinois nie może nikogo przetrzymywać tylko z powodu takiego wniosku, a rozporządzenie Chicago mówi to samo o urzędach miejskich. Rozporządzenie hrabstwa Cook, w wersji zamieszczonej na stronie legislacyjnej hrabstwa, nakazuje szeryfowi odmawiać wykonania takich wniosków, chyba że istnieje pisemna umowa o zwrocie wszystkich kosztów.
myth_ice-warrant-is-a-judges-warrant = „Nakaz” ICE to to samo co nakaz wydany przez sędziego.
    .fact = Nieprawda.
    .explanation = Formularze ICE, takie jak I-200 i I-205, podpisują urzędnicy imigracyjni, a nie sędziowie. Prawo stanu Illinois nazywa je cywilnymi nakazami imigracyjnymi. Policja w Chicago i w Illinois nie może nikogo aresztować ani przetrzymywać z powodu takiego formularza. ABC News poinformowało w styczniu 2026 roku o notatce służbowej ICE, według której te formularze, razem z ostatecznym nakazem wydalenia, pozwalają agentom wejść do domu. To twierdzenie jest sporne.
myth_sanctuary-stops-ice = Skoro Chicago jest „miastem sanktuarium”, ICE nie może w Chicago nikogo aresztować.
    .fact = Nieprawda.
    .explanation = Rozporządzenie Chicago ogranicza to, co robią urzędy i pracownicy miasta. Z kolei { -trust } ogranicza to, co robi policja w Illinois. Żaden z tych przepisów nie obowiązuje agentów federalnych, więc ICE zachowuje w Chicago swoje federalne uprawnienia.
myth_police-ask-birthplace = Podczas zatrzymania do kontroli policja może zapytać o twoje miejsce urodzenia.
    .fact = Nieprawda w przypadku policji w Illinois.
    .explanation = Policja w Illinois nie może pytać o obywatelstwo, status imigracyjny ani miejsce urodzenia osób, które zatrzymuje lub przetrzymuje. Wąskie wyjątki to poinformowanie osoby aresztowanej, że może skontaktować się ze swoim konsulatem, oraz niektóre kontrole wymagane przez przepisy o broni palnej.
myth_cpd-cannot-respond = Policja w Chicago w ogóle nie może interweniować, gdy w pobliżu jest ICE.
    .fact = Nieprawda.
    .explanation = Policja w Chicago nadal reaguje na nagłe wypadki i egzekwuje prawo karne. Nie może natomiast pomagać w samym cywilnym egzekwowaniu prawa imigracyjnego, np. ustawiać kordonu drogowego ani udzielać wsparcia na miejscu. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku prawo stanowe nie przeszkadza policji w wykonywaniu jej pracy w dochodzeniach karnych.
myth_traffic-control-is-not-help = Kierowanie ruchem dla ICE to tak naprawdę nie jest „pomoc”.
    .fact = Nieprawda.
    .explanation = Rozporządzenie mówi o tym wprost: przedstawiciele miasta nie mogą ustawiać kordonu drogowego ani udzielać wsparcia na miejscu podczas cywilnej akcji imigracyjnej.
myth_court-struck-down = Sąd uchylił przepisy Chicago i stanu Illinois chroniące imigrantów (tzw. przepisy sanktuarium).
    .fact = Nieprawda.
    .explanation = Departament Sprawiedliwości USA zaskarżył te przepisy w sądzie w lutym 2025 roku. W lipcu 2025 roku sędzia federalny oddalił pozew, a rząd USA złożył apelację do federalnego Sądu Apelacyjnego Siódmego Okręgu (Seventh Circuit). Nie znaleźliśmy orzeczenia w sprawie tej apelacji. Przepisy nadal są w kodeksie miejskim i w prawie stanu Illinois.
myth_no-sharing-at-all = Policja w Illinois nigdy nie może przekazywać rządowi federalnemu żadnych informacji.
    .fact = Nieprawda.
    .explanation = Jak stanowi { -trust }, nie ogranicza ona wysyłania ani otrzymywania informacji o obywatelstwie lub statusie imigracyjnym na podstawie dwóch ustaw federalnych: 8 U.S.C. sekcje 1373 i 1644. Według wytycznych Prokuratora Generalnego stanu Illinois z 2025 roku policja nadal prowadzi dochodzenia karne. Przepisy zakazują pomocy w cywilnym egzekwowaniu prawa imigracyjnego, np. odpowiadania ICE na pytania o terminy zwolnienia. Rozporządzenie Chicago pozwala też na udostępnienie informacji, gdy wymaga tego ustawa, postanowienie sądu lub nakaz sądowy.
myth_calling-911-means-deportation = Jeśli jako ofiara bez dokumentów zadzwonisz pod 911, skończy się to twoją deportacją.
    .fact = Nieprawda w przypadku policji w Chicago i w Illinois.
    .explanation = Policja w Chicago i w Illinois nie może nikogo aresztować tylko z powodu statusu imigracyjnego. Pracownicy miasta, w tym policja, nie mogą pytać o status ani go udostępniać, poza wąskimi wyjątkami. Ofiary przestępstw mogą poprosić policję o podpisanie formularza potrzebnego do ubiegania się o wizę U. Te przepisy nie obowiązują agentów federalnych.
myth_started-in-2012 = Ochrona imigrantów w Chicago zaczęła się w 2012 roku.
    .fact = Częściowo nieprawda.
    .explanation = Według Block Club Chicago ta polityka zaczęła się od zarządzenia wykonawczego burmistrza Harolda Washingtona w 1985 roku, a po raz pierwszy wpisano ją do kodeksu miejskiego w 2006 roku. Samo { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) pochodzi z 12 września 2012 roku.
myth_no-rights-without-papers = Osoby bez dokumentów nie mają praw konstytucyjnych, więc muszą odpowiadać na pytania ICE.
    .fact = Nieprawda.
    .explanation = ACLU wyjaśnia, że każdy w USA ma prawo do zachowania milczenia i prawo, by nie zgodzić się na przeszukanie, bez względu na status. Jedno zastrzeżenie: osoby bez obywatelstwa USA, które mają dokumenty imigracyjne, powinny nosić je przy sobie i pokazać, jeśli poprosi o nie agent imigracyjny.
myth_jails-rent-beds-to-ice = Więzienia hrabstw w Illinois nadal mogą wynajmować ICE miejsca dla osób przetrzymywanych.
    .fact = Nieprawda od stycznia 2022 roku.
    .explanation = Według doniesień prasowych i orzeczenia sądu federalnego zmiany z 2021 roku sprawiły, że { -trust } zakazuje agencjom stanowym i lokalnym zawierania umów o przetrzymywanie ludzi w areszcie imigracyjnym. Istniejące umowy musiały się zakończyć do 1 stycznia 2022 roku.
myth_courthouse-arrests-impossible = Aresztowania imigracyjne w sądach są teraz w Illinois niemożliwe.
    .fact = To przesada.
    .explanation = Ustawa stanu Illinois z 2025 roku zakazuje aresztowań w trybie cywilnym (czyli nie za przestępstwo), w tym aresztowań imigracyjnych bez nakazu sędziego, wobec osób, które idą do sądu, są w sądzie lub z niego wychodzą – w budynkach sądów i w promieniu 1000 stóp (ok. 300 metrów). Nie zakazuje aresztowań w sprawach karnych. Departament Sprawiedliwości USA zaskarżył tę ustawę w sądzie 22 grudnia 2025 roku. Nie znaleźliśmy jeszcze żadnego orzeczenia.
# TODO(translate)
myth_nothing-limits-ice = Nothing limits what ICE can do in Chicago.
    .fact = False, but the limits are narrow.
    .explanation = Chicago's { -wco } and the { -trust } limit what police and City workers do, not what ICE does. But some things do reach ICE. According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court order in a class action, Castañon Nava v. DHS, made ICE adopt a policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area may be able to ask for remedies under it. As of the latest information we found (October 2025), the order ran to February 2, 2026, so ask NIJC or the ICIRR hotline whether it still applies. A 2025 Illinois law also lets people sue anyone, federal agents included, who violates their constitutional rights during civil immigration enforcement. The U.S. Department of Justice sued over that law on December 22, 2025, and we found no ruling yet. And the Immigrant Legal Resource Center says everyone has rights under the U.S. Constitution, such as the right to stay silent, whatever their status.
# TODO(translate)
myth_stopped-for-status = Police can stop you just because they think you are undocumented.
    .fact = False for Chicago and Illinois police.
    .explanation = Chicago's { -wco } says City police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. The { -trust } says police anywhere in Illinois may not stop, arrest, search or hold anyone only because of their citizenship or immigration status. The word "only" matters: police may still act on a crime. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations. These laws limit police, not federal immigration agents.
# TODO(translate)
myth_calling-911-asks-status = If you call 911 in Chicago, the police will ask about your immigration status.
    .fact = False: Chicago police may not ask, except in narrow cases.
    .explanation = Chicago's { -wco } says City agencies and their workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow: a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case involving the City. The { -trust } also says police anywhere in Illinois may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold, with narrow exceptions. Police also may not stop or arrest anyone only because of their status. These laws say what police and City workers may not do. They do not bind federal agents, and they cannot promise that no record about you ever reaches a federal agency.
# TODO(translate)
myth_police-287g = Chicago or Illinois police can sign up to work as ICE agents under a "287(g)" agreement.
    .fact = False in Illinois.
    .explanation = A 287(g) agreement, under a federal program, lets local officers act as immigration agents. The Keep Illinois Families Together Act, passed in 2019, says no police agency or official in Illinois may enter into or stay in one. Chicago's { -wco } also bars City agencies from making such agreements. Police may still do their ordinary public-safety work. These laws limit police in Illinois, not federal immigration agents.
