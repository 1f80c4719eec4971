# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = प्रेज़ेंटेशन मोड: { $situation }
present-follow = अपने फ़ोन पर साथ-साथ देखें
present-follow-scan = अपने फ़ोन के कैमरे से कोड स्कैन करें, या यह पता टाइप करें:
present-follow-type = अपने फ़ोन के ब्राउज़र में यह पता टाइप करें:
present-qr-needs-site = ट्रेनर के लिए: इन स्लाइडों पर QR कोड नहीं हैं, क्योंकि साइट उसके वेब पते (KYR_SITE_URL सेटिंग) के बिना बनाई गई थी। इस स्लाइड पर दिया गया पता सबको पढ़कर सुनाएँ, और पहले जाँच लें कि वह फ़ोन पर खुलता है।
present-start = शुरू करें
present-step-qr = यह कदम अपने फ़ोन पर
present-reveal-question = जवाब क्या है?
present-reveal = जवाब दिखाएँ
present-room-answers = अब तक चुने गए जवाब
present-notes = ट्रेनर के लिए नोट्स
present-keys = कीबोर्ड के बटन
present-key-next = अगला: हाइलाइट किया हुआ जवाब, लंबी स्लाइड का बाकी हिस्सा, या अगली स्लाइड
present-key-back = पीछे: लंबी स्लाइड का ऊपरी हिस्सा, या एक कदम पीछे
present-key-choose = कोई दूसरा जवाब हाइलाइट करें (दूसरी स्लाइडों पर: स्क्रॉल करें)
present-key-first = पहला सवाल
present-key-end = फ़ोन पर साथ-साथ देखने वाली स्लाइड (स्कैन करने वाला कोड)
present-key-blank = स्क्रीन काली करें, और फिर से दिखाएँ
present-key-notes = ये नोट्स दिखाएँ या छिपाएँ
present-key-leave = बाहर निकलें: साइट पर यही कदम खोलें
present-second-language = दूसरी भाषा, जो पहली भाषा के साथ-साथ दिखती है
present-second-none = कोई नहीं
present-second-failed = दूसरी भाषा लोड नहीं हो सकी। इंटरनेट कनेक्शन जाँचें, या उस भाषा में भी साइट को बिना इंटरनेट के इस्तेमाल के लिए सेव करें।
present-leave = प्रेज़ेंटेशन मोड से बाहर निकलें
present-enter = यह स्थिति प्रोजेक्टर पर दिखाएँ (ट्रेनरों के लिए)
present-blanked = स्क्रीन काली है। इसे फिर से दिखाने के लिए B दबाएँ।
# $minutes: the whole plan's length in minutes.
present-plan = { $minutes } मिनट की योजना
# $minutes: one part's length.
present-minutes = { $minutes } मिनट
present-prompts = चर्चा के लिए सवाल
present-room-questions = लोग अक्सर जो सवाल पूछते हैं, और साइट पर उनके जवाब कहाँ हैं
present-quiz-title = गलतफ़हमियाँ और सच: एक क्विज़
present-quiz-says = कुछ लोग कहते हैं:
present-quiz-vote = सच या गलतफ़हमी? हाथ उठाकर वोट करें, फिर जवाब दिखाएँ।
present-quiz-end = यह आख़िरी बात थी। धन्यवाद!
