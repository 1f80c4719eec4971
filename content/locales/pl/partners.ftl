# The page where community groups get the code that shows the situations on their own website
# (/<lang>/embed). Only that page uses these messages (the part `partners`; see `bundle::part_of`).

partners-title = Umieść ten przewodnik na swojej stronie internetowej
partners-intro = Organizacje społeczne mogą pokazywać sytuacje na własnej stronie internetowej, w ramce, która sama dopasowuje swoją wysokość do każdego etapu. Wybierz opcje, sprawdź podgląd, a potem skopiuj kod i wklej go na swojej stronie.
partners-language = Język
partners-start = Co pokazać na początku
partners-start-list = Lista wszystkich sytuacji
partners-accent = Kolor akcentu (tylko do obramowań, żeby tekst pozostał czytelny)
# $default: the address quick exit goes to unless the partner chooses one (https://www.weather.gov/).
partners-exit = Dokąd prowadzi szybkie wyjście (przycisk, który od razu opuszcza przewodnik): adres, który zaczyna się od https://. Wybierz stronę, która nie ma nic wspólnego z imigracją, na przykład stronę z pogodą albo z wiadomościami. Jeśli zostawisz to pole puste, zostanie użyty adres { $default }.
partners-exit-invalid = Ten adres nie zaczyna się od https://, więc szybkie wyjście otworzy stronę { $default }.
partners-preview = Podgląd
partners-preview-note = Szybkie wyjście działa też w podglądzie: zastępuje tę stronę inną, a wybrane przez ciebie opcje przepadną.
partners-preview-title = Podgląd przewodnika – tak zobaczą go odwiedzający twoją stronę
partners-code = Kod dla twojej strony
partners-code-help = Wklej go tam, gdzie ma się pojawić przewodnik: w kodzie HTML swojej strony albo w bloku na HTML lub kod do osadzenia (embed) w kreatorze stron internetowych. W WordPress jest to blok „Custom HTML” (po polsku „Własny HTML”).
partners-copy = Skopiuj kod
partners-copied = Skopiowano. Teraz wklej go na swojej stronie.
partners-copy-failed = W tej przeglądarce kopiowanie nie zadziałało. Kod jest już zaznaczony: skopiuj go samodzielnie (Ctrl+C, a na Macu ⌘+C).
partners-needs-script = Aby zmienić opcje, włącz JavaScript w przeglądarce. Do tego czasu kod poniżej pokazuje listę wszystkich sytuacji w języku tej strony.
partners-no-script = Jeśli twoja strona internetowa usuwa z kodu wiersz <script> (robią tak niektóre darmowe plany i kreatory stron), ramka nadal działa: ma stałą wysokość 640 pikseli, a jej treść przewija się w środku. Jeśli twoja strona usuwa także ramkę, umieść na niej zamiast tego link do tego przewodnika.
partners-privacy = Ramka nie używa plików cookie ani narzędzi analitycznych. Pliki cookie i narzędzia analityczne twojej własnej strony internetowej nadal działają w pozostałej części strony. Szybkie wyjście w ramce zastępuje całą twoją stronę stroną spod adresu szybkiego wyjścia podanego wyżej. Szybkie wyjście nie usuwa historii przeglądarki. Po opublikowaniu wypróbuj szybkie wyjście na swojej stronie i sprawdź, czy zastępuje ono całą stronę.
