# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = Tryb prezentacji: { $situation }
present-follow = Śledź prezentację na swoim telefonie
present-follow-scan = Zeskanuj kod aparatem w telefonie albo wpisz ten adres:
present-follow-type = Wpisz ten adres w przeglądarce w telefonie:
present-qr-needs-site = Dla szkoleniowca: na tych slajdach nie ma kodów QR, bo serwis został zbudowany bez swojego adresu internetowego (ustawienie KYR_SITE_URL). Przeczytaj uczestnikom na głos adres z tego slajdu, a wcześniej sprawdź, czy działa na telefonie.
present-start = Zacznij
present-step-qr = Ten krok na telefonie
present-reveal-question = Jaka jest odpowiedź?
present-reveal = Pokaż odpowiedź
present-room-answers = Dotychczas wybrane odpowiedzi
present-notes = Notatki dla szkoleniowca
present-keys = Klawisze
present-key-next = Dalej: wyróżniona odpowiedź, dalsza część długiego slajdu albo następny slajd
present-key-back = Wstecz: początek długiego slajdu albo jeden krok wstecz
present-key-choose = Wyróżnij inną odpowiedź (na innych slajdach: przewijanie)
present-key-first = Pierwsze pytanie
present-key-end = Slajd do śledzenia na telefonie (kod do zeskanowania)
present-key-blank = Zaciemnij ekran i pokaż go z powrotem
present-key-notes = Pokaż lub ukryj te notatki
present-key-leave = Wyjdź: ten krok w serwisie
present-second-language = Drugi język, wyświetlany obok pierwszego
present-second-none = Brak
present-second-failed = Nie udało się wczytać drugiego języka. Sprawdź połączenie z internetem albo zapisz serwis do korzystania bez internetu także w tym języku.
present-leave = Wyjdź z trybu prezentacji
present-enter = Pokaż tę sytuację na projektorze (dla szkoleniowców)
present-blanked = Ekran jest zaciemniony. Naciśnij B, aby znów go pokazać.
# $minutes: the whole plan's length in minutes.
present-plan = Plan na { $minutes } min
# $minutes: one part's length.
present-minutes = { $minutes } min
present-prompts = Pytania do dyskusji
present-room-questions = Pytania, które ludzie często zadają, i gdzie serwis na nie odpowiada
present-quiz-title = Mity i fakty: quiz
present-quiz-says = Niektórzy twierdzą:
present-quiz-vote = Prawda czy mit? Głosujemy przez podniesienie ręki, a potem odsłaniamy odpowiedź.
present-quiz-end = To było ostatnie stwierdzenie. Dziękujemy!
