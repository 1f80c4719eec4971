# The phone quiz (/<lang>/quiz): the myths one at a time. Only that page uses these messages (the
# part `present`; see `bundle::part_of`). The score stays on the screen: it is never saved or sent.
quiz-intro = हर बात के लिए चुनें: यह सच है या गलतफ़हमी? फिर जवाब और उसके स्रोत पढ़ें। आपका स्कोर सिर्फ़ इसी स्क्रीन पर दिखता है। यह न कहीं सेव होता है, न कहीं भेजा जाता है।
quiz-true = सच
quiz-myth = गलतफ़हमी
quiz-right = सही जवाब: यह एक गलतफ़हमी है।
quiz-wrong = इस बार नहीं: यह एक गलतफ़हमी है।
quiz-next = अगली बात
quiz-more = इस गलतफ़हमी के बारे में और जानें
# $right: how many answers were right; $total: how many statements.
quiz-score = आपके { $total } में से { $right } जवाब सही रहे।
quiz-again = फिर से शुरू करें
