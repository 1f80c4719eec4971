# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = 请对每一条说法作出选择：是真的，还是误解？然后阅读答案及其出处。您的得分只显示在这个屏幕上，不会被保存，也不会被发送到任何地方。
quiz-true = 真的
quiz-myth = 误解
quiz-right = 答对了：这是误解。
quiz-wrong = 不太对：这是误解。
quiz-next = 下一条说法
quiz-more = 关于这个误解的更多内容
# $right: how many answers were right; $total: how many statements.
quiz-score = 您答对了{ $total }题中的{ $right }题。
quiz-again = 重新开始
