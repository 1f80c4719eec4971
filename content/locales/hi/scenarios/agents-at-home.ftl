# S9: इमिग्रेशन एजेंट किसी घर का दरवाज़ा खटखटाते हैं।
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# आसान भाषा, कक्षा 8 या उससे नीचे का स्तर; कानून की भाषा की नकल नहीं; हर दावे का हवाला .toml में है।
# निवासी के अपने अधिकार अमेरिका के संविधान से मिलते हैं, और ILRC और ACLU के नाम से बताए गए हैं।

scenario_agents-at-home = इमिग्रेशन एजेंट आपका दरवाज़ा खटखटाते हैं
    .summary = जब इमिग्रेशन एजेंट आपके घर आएँ, तो आप क्या कर सकते हैं, और शिकागो पुलिस क्या कर सकती है। दरवाज़े पर आपके अधिकार अमेरिका के संविधान से मिलते हैं, शिकागो या इलिनॉय के कानून से नहीं।

## सवाल: क्या हो रहा है?

agents-at-home_door = आपके घर पर क्या हो रहा है?
    .hint = ICE (U.S. Immigration and Customs Enforcement, अमेरिका की इमिग्रेशन और कस्टम्स एजेंसी) वह फ़ेडरल एजेंसी है जो देश के अंदर इमिग्रेशन कानून लागू करती है। शिकागो के पुलिस अधिकारी शहर (City) के लिए काम करते हैं।
agents-at-home_door_knocking = एजेंट दरवाज़ा खटखटा रहे हैं और अंदर आना चाहते हैं
agents-at-home_door_coming-in = एजेंट मेरी अनुमति के बिना अंदर आ रहे हैं
agents-at-home_door_police-there = एजेंटों के साथ शिकागो पुलिस भी वहाँ है
# TODO(translate)
agents-at-home_door_removal-order = Agents show a paper from an immigration judge, such as a removal order

## सवाल: क्या वारंट है?

agents-at-home_paper = क्या एजेंटों के पास वारंट है?
    .hint = न्यायिक वारंट (judicial warrant) पर किसी अदालत के जज या मजिस्ट्रेट के दस्तख़त होते हैं। उसमें व्यक्ति या जगह का नाम होता है। प्रशासनिक वारंट (administrative warrant) ICE का एक फ़ॉर्म होता है, जैसे फ़ॉर्म I-200 या I-205, जिस पर किसी इमिग्रेशन अधिकारी के दस्तख़त होते हैं, जज के नहीं।
agents-at-home_paper_judge-signed = हाँ, जज के दस्तख़त वाला वारंट
agents-at-home_paper_ice-form = हाँ, लेकिन यह ICE का फ़ॉर्म है जिस पर इमिग्रेशन अधिकारी के दस्तख़त हैं
agents-at-home_paper_no-paper = नहीं, या वे कोई वारंट नहीं दिखा रहे
agents-at-home_paper_cannot-tell = पता नहीं चल रहा कि यह किस तरह का काग़ज़ है

## नतीजा: कोई वारंट नहीं

# TODO(translate): .verdict below is in English
agents-at-home_no-warrant = कानूनी मदद देने वाले संगठनों के अनुसार, एजेंट जज के वारंट या आपकी अनुमति के बिना अंदर नहीं आ सकते।
    .summary = आपको दरवाज़ा खोलना ज़रूरी नहीं। Immigrant Legal Resource Center (ILRC) और ACLU, कानूनी मदद देने वाले दो संगठन, यह सलाह देते हैं। ये अधिकार अमेरिका के संविधान से मिलते हैं, शिकागो या इलिनॉय के कानून से नहीं।
    .verdict = do not have to open the door
agents-at-home_no-warrant_red-card = ILRC का “रेड कार्ड” (“red card”) कहता है कि इमिग्रेशन एजेंटों के लिए दरवाज़ा न खोलें। कार्ड कहता है कि जज के वारंट के बिना आप उन्हें अंदर आने देने से मना कर सकते हैं। वारंट पर किसी जज या मजिस्ट्रेट के दस्तख़त होने चाहिए, और उस पर आपका नाम होना चाहिए।
agents-at-home_no-warrant_constitution = रेड कार्ड यह बात अमेरिका के संविधान के चौथे संशोधन (Fourth Amendment) के आधार पर कहता है। ACLU कहता है कि ये अधिकार आपके पास हैं, चाहे आपका इमिग्रेशन स्टेटस कुछ भी हो।
agents-at-home_no-warrant_silent = आपको चुप रहने का अधिकार भी है। ACLU कहता है कि आपको यह बताना ज़रूरी नहीं कि आप कहाँ पैदा हुए। आपको यह बताना भी ज़रूरी नहीं कि आप नागरिक हैं या नहीं, या आप अमेरिका में कैसे आए।
agents-at-home_no-warrant_keep-closed = दरवाज़ा बंद रखें। अगर आपके पास रेड कार्ड है, तो उसे खिड़की से दिखाएँ या दरवाज़े के नीचे से सरका दें।
agents-at-home_no-warrant_slide-warrant = एजेंटों से कहें कि कोई भी वारंट हो तो दरवाज़े के नीचे से सरका दें। तब आप दरवाज़ा खोले बिना उसे पढ़ सकते हैं।
agents-at-home_no-warrant_stay-silent = बोलकर कहें कि आप चुप रहना चाहते हैं। वकील से बात करने से पहले किसी भी चीज़ पर दस्तख़त न करें।
agents-at-home_no-warrant_no-lies = झूठ न बोलें, और झूठे काग़ज़ात न दिखाएँ।
agents-at-home_no-warrant_no-resist = अगर एजेंट फिर भी अंदर आ जाएँ, तो शारीरिक रूप से विरोध न करें। ACLU कहता है कि विरोध न करें, भले ही आपको लगे कि आपके अधिकारों का उल्लंघन हो रहा है।
agents-at-home_no-warrant_write-down = अगर सुरक्षित हो, तो जो कुछ हो उसे लिख लें। तारीख़, समय, एजेंटों ने क्या कहा, और कोई भी नाम या बैज नंबर लिखें।
agents-at-home_no-warrant_icirr = मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_no-warrant_memo = ABC News ने जनवरी 2026 में ICE के मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट ICE के फ़ॉर्म I-205 और डिपोर्टेशन (देश से निकालने) के अंतिम आदेश के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। इस दावे को चुनौती दी गई है कि यह चौथे संशोधन (Fourth Amendment) को तोड़ता है। हमें इस पर अदालत का कोई फ़ैसला नहीं मिला।
agents-at-home_no-warrant_police = शिकागो पुलिस सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) के लिए न ट्रैफ़िक रोक सकती है, न मौके पर किसी और तरह की मदद दे सकती है। सिविल इमिग्रेशन कार्रवाई का मतलब है: बिना अनुमति के अमेरिका में होने की वजह से लोगों को ढूँढने, गिरफ़्तार करने, रोककर रखने या डिपोर्ट करने की फ़ेडरल कार्रवाई।
agents-at-home_no-warrant_ice-not-bound = शिकागो और इलिनॉय के कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं। ये फ़ेडरल एजेंटों को ख़ुद कार्रवाई करने से नहीं रोकते।

## नतीजा: ICE का फ़ॉर्म (प्रशासनिक वारंट)

# TODO(translate): .verdict below is in English
agents-at-home_ice-form = कानूनी मदद देने वाले संगठनों के अनुसार, ICE के फ़ॉर्म से एजेंटों को अंदर आने का हक़ नहीं मिलता, लेकिन कुछ मामलों में ICE इस बात को नहीं मानती।
    .summary = किसी इमिग्रेशन अधिकारी के दस्तख़त वाला ICE फ़ॉर्म “प्रशासनिक वारंट” (administrative warrant) होता है। उस पर किसी जज ने दस्तख़त नहीं किए। कानूनी मदद देने वाले संगठनों के अनुसार, इससे एजेंट आपकी अनुमति के बिना आपके घर में नहीं आ सकते।
    .verdict = may not come in on an ICE form alone, legal-aid groups say; ICE disputes this in some cases
agents-at-home_ice-form_not-judge = I-200 और I-205 जैसे फ़ॉर्मों पर इमिग्रेशन अधिकारी के दस्तख़त होते हैं। कोई जज उन्हें मंज़ूर नहीं करता। शिकागो पुलिस के नियम और इलिनॉय का कानून, दोनों इन्हें जज के दस्तख़त वाले आपराधिक वारंटों से अलग मानते हैं।
agents-at-home_ice-form_red-card = Immigrant Legal Resource Center (ILRC) एक “रेड कार्ड” (“red card”) बाँटता है। कार्ड कहता है कि जज के वारंट के बिना आप एजेंटों को अंदर आने देने से मना कर सकते हैं। वारंट पर किसी जज या मजिस्ट्रेट के दस्तख़त होने चाहिए, और उस पर आपका नाम होना चाहिए।
agents-at-home_ice-form_memo = ABC News ने जनवरी 2026 में ICE के मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट फ़ॉर्म I-205 और डिपोर्टेशन (देश से निकालने) के अंतिम आदेश के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। मेमो कहता है कि मना करने पर वे “ज़रूरी और उचित” (“necessary and reasonable”) बल का इस्तेमाल कर सकते हैं।
agents-at-home_ice-form_contested = इस दावे को चुनौती दी गई है कि यह अमेरिका के संविधान के चौथे संशोधन (Fourth Amendment) को तोड़ता है। हमें इस पर अदालत का कोई फ़ैसला नहीं मिला।
agents-at-home_ice-form_slide-warrant = एजेंटों से कहें कि काग़ज़ दरवाज़े के नीचे से सरका दें। फ़ॉर्म का नंबर देखें, और यह देखें कि उस पर दस्तख़त किसने किए।
agents-at-home_ice-form_keep-closed = दरवाज़ा बंद रखें। अगर आपके पास रेड कार्ड है, तो उसे खिड़की से दिखाएँ या दरवाज़े के नीचे से सरका दें।
agents-at-home_ice-form_stay-silent = बोलकर कहें कि आप चुप रहना चाहते हैं। वकील से बात करने से पहले किसी भी चीज़ पर दस्तख़त न करें।
agents-at-home_ice-form_say-no = साफ़ कहें कि उन्हें अंदर आने देने या अपने घर की तलाशी लेने देने के लिए आपकी सहमति नहीं है।
agents-at-home_ice-form_no-resist = अगर एजेंट फिर भी अंदर आ जाएँ, तो शारीरिक रूप से विरोध न करें। ACLU कहता है कि विरोध न करें, भले ही आपको लगे कि आपके अधिकारों का उल्लंघन हो रहा है।
agents-at-home_ice-form_write-down = अगर सुरक्षित हो, तो जो कुछ हो उसे लिख लें। तारीख़, समय, एजेंटों ने क्या कहा, कोई भी नाम या बैज नंबर, और काग़ज़ पर क्या लिखा था — यह सब लिखें।
agents-at-home_ice-form_icirr = मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_ice-form_final-order = यह मेमो उन लोगों के बारे में है जिनके ख़िलाफ़ अमेरिका छोड़ने का अंतिम आदेश (“final removal order”) है। अगर आपको पक्का नहीं पता कि आपके ख़िलाफ़ ऐसा आदेश है या नहीं, तो किसी वकील से पूछें।
agents-at-home_ice-form_police = शिकागो पुलिस सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) के लिए न ट्रैफ़िक रोक सकती है, न मौके पर किसी और तरह की मदद दे सकती है। सिविल इमिग्रेशन कार्रवाई का मतलब है: बिना अनुमति के अमेरिका में होने की वजह से लोगों को ढूँढने, गिरफ़्तार करने, रोककर रखने या डिपोर्ट करने की फ़ेडरल कार्रवाई।
agents-at-home_ice-form_ice-not-bound = शिकागो और इलिनॉय के कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं। ये फ़ेडरल एजेंटों को ख़ुद कार्रवाई करने से नहीं रोकते।

## नतीजा: जज के दस्तख़त वाला वारंट

# TODO(translate): .verdict below is in English
agents-at-home_judicial-warrant = कानूनी मदद देने वाले संगठनों के अनुसार, जज का ऐसा वारंट जिस पर आपका नाम हो, एजेंटों को अंदर आने देता है।
    .summary = न्यायिक वारंट (judicial warrant) पर किसी अदालत के जज या मजिस्ट्रेट के दस्तख़त होते हैं। उसमें व्यक्ति या जगह का नाम होता है। ऐसा वारंट होने पर भी आपके पास चुप रहने का अधिकार बना रहता है।
    .verdict = may enter with a judge's warrant
agents-at-home_judicial-warrant_red-card = Immigrant Legal Resource Center (ILRC) एक “रेड कार्ड” (“red card”) बाँटता है। यह कार्ड एजेंटों को अंदर आने से मना करता है, जब तक उनके पास किसी जज या मजिस्ट्रेट के दस्तख़त वाला ऐसा वारंट न हो जिस पर आपका नाम हो। ऐसा वारंट ही इस नियम का अपवाद है।
agents-at-home_judicial-warrant_still-silent = आपके पास अब भी चुप रहने का अधिकार है। वकील से बात करने से पहले आपको किसी भी चीज़ पर दस्तख़त करना ज़रूरी नहीं।
agents-at-home_judicial-warrant_lawyer = अगर आपको गिरफ़्तार किया जाए, तो ACLU कहता है कि तुरंत वकील माँगें।
agents-at-home_judicial-warrant_check-warrant = एजेंटों से कहें कि वारंट दरवाज़े के नीचे से सरका दें। जाँचें कि उसमें किसी अदालत का नाम है, उस पर किसी जज या मजिस्ट्रेट के दस्तख़त हैं, और उसमें आपका नाम या पता है।
agents-at-home_judicial-warrant_no-resist = शारीरिक रूप से विरोध न करें। ACLU कहता है कि न भागें, न विरोध करें।
agents-at-home_judicial-warrant_stay-silent = बोलकर कहें कि आप चुप रहना चाहते हैं। वकील से बात करने से पहले किसी भी चीज़ पर दस्तख़त न करें।
agents-at-home_judicial-warrant_icirr = मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_judicial-warrant_not-judge = किसी इमिग्रेशन अधिकारी के दस्तख़त वाला ICE फ़ॉर्म, जैसे फ़ॉर्म I-200 या I-205, जज का वारंट नहीं है। यह बात तब भी सही है जब उस पर सबसे ऊपर “warrant” (वारंट) लिखा हो।
agents-at-home_judicial-warrant_ice-not-bound = शिकागो और इलिनॉय के कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं। ये फ़ेडरल एजेंटों को ख़ुद कार्रवाई करने से नहीं रोकते।

## नतीजा: समझ नहीं आ रहा कि काग़ज़ क्या है

# TODO(translate): .verdict below is in English
agents-at-home_unclear-paper = यह इस बात पर निर्भर है कि काग़ज़ पर दस्तख़त किसने किए।
    .summary = कानूनी मदद देने वाले संगठनों के अनुसार, सिर्फ़ जज के दस्तख़त वाला वारंट ही एजेंटों को आपकी अनुमति के बिना अंदर आने देता है। उनके अनुसार, इमिग्रेशन अधिकारी के दस्तख़त वाला ICE फ़ॉर्म काफ़ी नहीं है। कुछ मामलों में ICE इस बात को नहीं मानती।
    .verdict = may enter only with a judge's warrant, legal-aid groups say
agents-at-home_unclear-paper_if-judge = Immigrant Legal Resource Center (ILRC) एक “रेड कार्ड” (“red card”) बाँटता है। यह कार्ड एजेंटों को अंदर आने से मना करता है, जब तक उनके पास किसी जज या मजिस्ट्रेट के दस्तख़त वाला ऐसा वारंट न हो जिस पर आपका नाम हो।
agents-at-home_unclear-paper_if-ice-form = ICE के फ़ॉर्म, जैसे फ़ॉर्म I-200 या I-205, पर इमिग्रेशन अधिकारी के दस्तख़त होते हैं। शिकागो पुलिस के नियम और इलिनॉय का कानून, दोनों इसे जज के वारंट से अलग मानते हैं।
agents-at-home_unclear-paper_memo = ABC News ने जनवरी 2026 में ICE के मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट फ़ॉर्म I-205 और डिपोर्टेशन (देश से निकालने) के अंतिम आदेश के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। यह दावा विवादित है। हमें इस पर अदालत का कोई फ़ैसला नहीं मिला।
agents-at-home_unclear-paper_check-paper = एजेंटों से कहें कि काग़ज़ दरवाज़े के नीचे से सरका दें। जज के वारंट में किसी अदालत का नाम होता है और उस पर किसी जज या मजिस्ट्रेट के दस्तख़त होते हैं। ICE के फ़ॉर्म पर एक फ़ॉर्म नंबर होता है, जैसे I-200 या I-205, और किसी इमिग्रेशन अधिकारी के दस्तख़त।
agents-at-home_unclear-paper_keep-closed = जाँच करते समय दरवाज़ा बंद रखें। अगर आपके पास रेड कार्ड है, तो उसे खिड़की से दिखाएँ या दरवाज़े के नीचे से सरका दें।
agents-at-home_unclear-paper_stay-silent = बोलकर कहें कि आप चुप रहना चाहते हैं। वकील से बात करने से पहले किसी भी चीज़ पर दस्तख़त न करें।
agents-at-home_unclear-paper_no-resist = अगर एजेंट फिर भी अंदर आ जाएँ, तो शारीरिक रूप से विरोध न करें। ACLU कहता है कि विरोध न करें, भले ही आपको लगे कि आपके अधिकारों का उल्लंघन हो रहा है।
agents-at-home_unclear-paper_icirr = मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_unclear-paper_police = शिकागो पुलिस सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) के लिए न ट्रैफ़िक रोक सकती है, न मौके पर किसी और तरह की मदद दे सकती है। सिविल इमिग्रेशन कार्रवाई का मतलब है: बिना अनुमति के अमेरिका में होने की वजह से लोगों को ढूँढने, गिरफ़्तार करने, रोककर रखने या डिपोर्ट करने की फ़ेडरल कार्रवाई।
agents-at-home_unclear-paper_ice-not-bound = शिकागो और इलिनॉय के कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं। ये फ़ेडरल एजेंटों को ख़ुद कार्रवाई करने से नहीं रोकते।

## नतीजा: एजेंट बिना अनुमति के अंदर आ रहे हैं

# TODO(translate): .verdict below is in English
agents-at-home_forced-entry = एजेंट अंदर आ सकते हैं या नहीं, यह उनके वारंट पर निर्भर है। दोनों ही हालात में विरोध न करें।
    .summary = बंद दरवाज़ा या रेड कार्ड एजेंटों को शारीरिक रूप से नहीं रोक सकता। कानूनी मदद देने वाले संगठन कहते हैं कि विरोध न करें। आपके पास चुप रहने का अधिकार बना रहता है। अगर आपको लगता है कि आपके अधिकारों का उल्लंघन हुआ, तो बाद में किसी वकील से बात करें।
    .verdict = need a judge's warrant to come in, legal-aid groups say; ICE claims more in some cases
agents-at-home_forced-entry_need-warrant = Immigrant Legal Resource Center (ILRC) एक “रेड कार्ड” (“red card”) बाँटता है। कार्ड कहता है कि जज के वारंट के बिना आप एजेंटों को अंदर आने देने से मना कर सकते हैं। वारंट पर किसी जज या मजिस्ट्रेट के दस्तख़त होने चाहिए, और उस पर आपका नाम होना चाहिए।
agents-at-home_forced-entry_memo = ABC News ने जनवरी 2026 में ICE के मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट ICE के फ़ॉर्म I-205 और डिपोर्टेशन (देश से निकालने) के अंतिम आदेश के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। इस दावे को चुनौती दी गई है कि यह चौथे संशोधन (Fourth Amendment) को तोड़ता है। हमें इस पर अदालत का कोई फ़ैसला नहीं मिला।
agents-at-home_forced-entry_no-resist = ACLU कहता है कि न भागें, न बहस करें, न विरोध करें, भले ही आपको लगे कि आपके अधिकारों का उल्लंघन हो रहा है।
agents-at-home_forced-entry_say-no = साफ़ कहें: “आपके अंदर आने या तलाशी लेने के लिए मेरी सहमति नहीं है।” फिर शांत रहें।
agents-at-home_forced-entry_stay-silent = बोलकर कहें कि आप चुप रहना चाहते हैं। वकील से बात करने से पहले किसी भी चीज़ पर दस्तख़त न करें।
agents-at-home_forced-entry_write-down = जितनी जल्दी हो सके, जो हुआ उसे लिख लें। तारीख़, समय, कितने एजेंट आए, कोई भी नाम या बैज नंबर, और उन्होंने जो भी काग़ज़ दिखाया — यह सब लिखें।
agents-at-home_forced-entry_icirr = मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_forced-entry_bivens = इलिनॉय का 2025 का एक कानून, इलिनॉय बिवेंस कानून (Illinois Bivens Act), लोगों को सिविल इमिग्रेशन कार्रवाई के दौरान अधिकारों के उल्लंघन पर मुक़दमा करने देता है। वे फ़ेडरल एजेंटों पर भी मुक़दमा कर सकते हैं। अमेरिका के न्याय विभाग (U.S. Department of Justice) ने 22 दिसंबर 2025 को इसे रोकने के लिए मुक़दमा किया। जनवरी 2026 तक, यानी हमें मिली सबसे ताज़ा ख़बर तक, इस पर कोई फ़ैसला नहीं आया था।
agents-at-home_forced-entry_police = शिकागो पुलिस सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) के लिए न ट्रैफ़िक रोक सकती है, न मौके पर किसी और तरह की मदद दे सकती है। सिविल इमिग्रेशन कार्रवाई का मतलब है: बिना अनुमति के अमेरिका में होने की वजह से लोगों को ढूँढने, गिरफ़्तार करने, रोककर रखने या डिपोर्ट करने की फ़ेडरल कार्रवाई।
agents-at-home_forced-entry_ice-not-bound = शिकागो और इलिनॉय के कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं। ये फ़ेडरल एजेंटों को ख़ुद कार्रवाई करने से नहीं रोकते।

## नतीजा: शिकागो पुलिस वहाँ है

# TODO(translate): .verdict below is in English
agents-at-home_police-role = शिकागो पुलिस इमिग्रेशन गिरफ़्तारी में एजेंटों की मदद नहीं कर सकती।
    .summary = यह सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) है, यानी बिना अनुमति के देश में होने की वजह से लोगों को ढूँढने, गिरफ़्तार करने, रोककर रखने या डिपोर्ट करने की फ़ेडरल कार्रवाई। शिकागो पुलिस इसमें हिस्सा नहीं ले सकती। फिर भी वह इमरजेंसी और अपराधों पर कार्रवाई करती है।
    .verdict = may not help with the immigration arrest
agents-at-home_police-role_city-law = शिकागो का { -wco } कहता है कि शहर की एजेंसियाँ और कर्मचारी, पुलिस समेत, सिविल इमिग्रेशन कार्रवाई में हिस्सा नहीं ले सकते। वे इसमें फ़ेडरल एजेंटों की मदद भी नहीं कर सकते।
agents-at-home_police-role_no-support = पुलिस किसी सिविल इमिग्रेशन ऑपरेशन के लिए न ट्रैफ़िक घेरा (traffic perimeter) बना सकती है, न मौके पर किसी और तरह की मदद दे सकती है।
agents-at-home_police-role_no-arrest = पुलिस किसी को सिर्फ़ इस वजह से न रोक सकती है, न गिरफ़्तार कर सकती है, न रोककर रख सकती है कि उसे लगता है कि वह व्यक्ति बिना अनुमति के अमेरिका में है। इलिनॉय का कानून राज्य में हर जगह की पुलिस के लिए यही कहता है।
agents-at-home_police-role_state-help = { -trust } भी इलिनॉय में हर जगह की पुलिस को सीमित करता है। इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, पुलिस इमिग्रेशन एजेंटों की “किसी भी रूप में” मदद नहीं कर सकती। अपवाद ये हैं: जब एजेंटों के पास आपराधिक वारंट हो, या जब फ़ेडरल कानून ख़ास तौर पर ऐसा करना ज़रूरी बनाए।
agents-at-home_police-role_your-rights = आपके अपने अधिकार नहीं बदलते। कानूनी मदद देने वाले संगठन कहते हैं कि दरवाज़ा बंद रखें, कोई भी वारंट दरवाज़े के नीचे से दिखाने को कहें, और चुप रहें।
agents-at-home_police-role_witness = अगर सुरक्षित हो, तो तारीख़, समय और जगह लिख लें, और पुलिस का कोई भी बैज नंबर या गाड़ी का नंबर भी।
agents-at-home_police-role_report-copa = अगर शिकागो के किसी पुलिस अधिकारी ने इमिग्रेशन गिरफ़्तारी में मदद की, तो आप इसकी शिकायत पुलिस जवाबदेही के नागरिक दफ़्तर (Civilian Office of Police Accountability, COPA) में कर सकते हैं।
agents-at-home_police-role_report-oig = अगर शहर के किसी कर्मचारी ने शहर के इस अध्यादेश का पालन नहीं किया, तो आप उसकी शिकायत शहर के इंस्पेक्टर जनरल के दफ़्तर (Office of Inspector General) में कर सकते हैं।
agents-at-home_police-role_icirr = अगर इमिग्रेशन एजेंट किसी को गिरफ़्तार करें, तो मदद के लिए ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
agents-at-home_police-role_emergency = पुलिस अब भी 911 कॉल पर आ सकती है या किसी अपराध पर कार्रवाई कर सकती है, चाहे किसी का इमिग्रेशन स्टेटस कुछ भी हो। इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, राज्य का कानून आपराधिक जाँच में पुलिस को अपना काम करने से नहीं रोकता।
agents-at-home_police-role_criminal-warrant = अटॉर्नी जनरल का मार्गदर्शन यह भी कहता है कि इमिग्रेशन एजेंटों की मदद पर राज्य की पाबंदी तब लागू नहीं होती जब एजेंटों के पास आपराधिक वारंट हो।
agents-at-home_police-role_supervisor = CBS News Chicago ने 2021 में रिपोर्ट किया कि शहर के बदले हुए अध्यादेश के तहत, इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी पुलिस सुपरवाइज़र की मंज़ूरी ज़रूरी है।
agents-at-home_police-role_ice-not-bound = ये कानून शिकागो और इलिनॉय की पुलिस के कामों को सीमित करते हैं। ये फ़ेडरल इमिग्रेशन एजेंटों को ख़ुद गिरफ़्तारियाँ करने से नहीं रोकते।
# TODO(translate)
agents-at-home_removal-order = A removal order is not a judge's warrant, but ICE claims it can enter with one. Do not resist.
    .summary = A paper from an immigration judge, such as a removal order, is not a judge's warrant. But ICE claims it may enter a home with Form I-205 and a final removal order: do not resist, stay silent, and call for help.
    .verdict = claim they may enter with this paper; that claim is contested
# TODO(translate)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Chicago police rules count a removal order as an "administrative warrant": an immigration paper, not a criminal warrant issued by a judge. Illinois law likewise calls immigration papers that no judge approved "civil immigration warrants".
# TODO(translate)
agents-at-home_removal-order_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205 (a "warrant of removal" signed by an immigration officer). It says they may use "necessary and reasonable" force if refused.
# TODO(translate)
agents-at-home_removal-order_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
# TODO(translate)
agents-at-home_removal-order_no-resist = Do not physically resist, even if you think the entry is unlawful. The ACLU says not to run, argue or resist.
# TODO(translate)
agents-at-home_removal-order_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
# TODO(translate)
agents-at-home_removal-order_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
# TODO(translate)
agents-at-home_removal-order_write-down = As soon as it is safe, write down what happened: the date, the time, how many agents came, any names or badge numbers, and what the papers said. Keep any copy they give you.
# TODO(translate)
agents-at-home_removal-order_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
# TODO(translate)
agents-at-home_removal-order_lawyer = The memo is about people with a final order to leave the U.S. If you are not sure whether you or someone at home has one, ask a lawyer.
# TODO(translate)
agents-at-home_removal-order_ice-not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from acting on their own.
