# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = لكل عبارة، اختر: هل هي صحيحة أم مفهوم خاطئ؟ ثم اقرأ الإجابة ومصادرها. نتيجتك تظهر على هذه الشاشة فقط. لا تُحفَظ ولا تُرسَل إلى أي مكان.
quiz-true = صحيح
quiz-myth = مفهوم خاطئ
quiz-right = إجابة صحيحة: هذا مفهوم خاطئ.
quiz-wrong = ليس تمامًا: هذا مفهوم خاطئ.
quiz-next = العبارة التالية
quiz-more = المزيد عن هذا المفهوم الخاطئ
# $right: how many answers were right; $total: how many statements.
quiz-score = عدد إجاباتك الصحيحة: { $right } من { $total }.
quiz-again = ابدأ من جديد
