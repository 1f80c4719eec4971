# Linie pomocy (../../help/resources.toml): help_<id> to nazwa, .detail – do czego służy.
# Oficjalna nazwa angielska w nawiasie, bo tak przedstawia się organizacja przez telefon.

help_icirr-hotline = Infolinia Wsparcia Rodzin ICIRR (ICIRR Family Support Hotline)
    .detail = Można dzwonić lub pisać SMS-y, przez całą dobę. Dla rodzin dotkniętych działaniami służb imigracyjnych oraz do zgłaszania działań agentów imigracyjnych.
help_copa = Cywilne Biuro ds. Odpowiedzialności Policji (Civilian Office of Police Accountability, COPA)
    .detail = Skargi na funkcjonariuszy policji Chicago. O każdej porze można zostawić wiadomość głosową.
help_chicago-oig = Biuro Inspektora Generalnego miasta Chicago (City of Chicago Office of Inspector General)
    .detail = Zgłoszenia, że miejski departament lub pracownik miasta złamał { -wco } (Welcoming City Ordinance – prawo miejskie uchwalone przez Radę Miasta Chicago) lub inne przepisy miejskie.
help_first-defense = First Defense Legal Aid (organizacja pomocy prawnej)
    .detail = Infolinia czynna całą dobę. Łączy osoby aresztowane z bezpłatną pomocą prawną.
help_ag-civil-rights = Prokurator Generalny stanu Illinois, infolinia ds. praw obywatelskich (Illinois Attorney General, Civil Rights hotline)
    .detail = Linia Prokuratora Generalnego do składania skarg dotyczących praw obywatelskich. Nie znaleźliśmy osobnej linii tylko do skarg w sprawach, które obejmuje { -trust }.
help_cook-pd-immigration = Biuro Obrońcy Publicznego Hrabstwa Cook, Wydział Imigracyjny (Cook County Public Defender, Immigration Division)
    .detail = Wydział imigracyjny biura obrońców publicznych hrabstwa Cook.
