# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = For each statement, choose: is it true, or a myth? Then read the answer and its sources. Your score is only on this screen. It is not saved or sent anywhere.
quiz-true = True
quiz-myth = Myth
quiz-right = Right: it is a myth.
quiz-wrong = Not quite: it is a myth.
quiz-next = Next statement
quiz-more = More about this myth
# $right: how many answers were right; $total: how many statements.
quiz-score = You got { $right } of { $total } right.
quiz-again = Start again
