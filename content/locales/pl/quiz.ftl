# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = Przy każdym stwierdzeniu wybierz: prawda czy mit? Potem przeczytaj odpowiedź i jej źródła. Twój wynik widać tylko na tym ekranie. Nie jest nigdzie zapisywany ani wysyłany.
quiz-true = Prawda
quiz-myth = Mit
quiz-right = Dobrze: to mit.
quiz-wrong = Niezupełnie: to mit.
quiz-next = Następne stwierdzenie
quiz-more = Więcej o tym micie
# $right: how many answers were right; $total: how many statements.
quiz-score = Poprawne odpowiedzi: { $right } z { $total }.
quiz-again = Zacznij od nowa
