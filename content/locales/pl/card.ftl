# Karta praw (../../card.toml). Krótkie zdania w pierwszej osobie, które można pokazać agentowi.
# Własnymi słowami; nie skopiowane z żadnej karty.

card_silent = Korzystam z prawa do zachowania milczenia.
card_no-entry = Nie zgadzam się na wejście. Jeśli jest nakaz sądowy podpisany przez sędziego (nie przez sędziego imigracyjnego), proszę wsunąć go pod drzwi.
card_no-search = Nie zgadzam się na przeszukanie mnie ani moich rzeczy.
card_no-sign = Nie podpiszę niczego, dopóki nie porozmawiam z prawnikiem.
card_lawyer = Chcę porozmawiać z prawnikiem.
card_caution = Notatka służbowa ICE z 12 maja 2025 roku, o której ABC News poinformowało w styczniu 2026 roku, twierdzi, że agenci mogą wejść siłą do domu na podstawie formularza ICE I-205 i ostatecznego nakazu wydalenia. To twierdzenie jest sporne (najnowsze informacje, jakie znaleźliśmy: kwiecień 2026 roku). Karta nie powstrzyma wejścia: nie stawiaj fizycznego oporu. Zachowaj spokój, zapisz, co się dzieje, i zadzwoń po pomoc.
