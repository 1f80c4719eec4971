# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = Para cada afirmación, elija: ¿es verdad o es un mito? Luego lea la respuesta y sus fuentes. Su puntaje solo aparece en esta pantalla. No se guarda ni se envía a ningún lugar.
quiz-true = Verdad
quiz-myth = Mito
quiz-right = Correcto: es un mito.
quiz-wrong = Esta vez no: es un mito.
quiz-next = Siguiente afirmación
quiz-more = Más sobre este mito
# $right: how many answers were right; $total: how many statements.
quiz-score = Acertó { $right } de { $total }.
quiz-again = Empezar de nuevo
