# गलतफ़हमियाँ और सच (../../myths.toml): myth_<id> वह गलतफ़हमी है जैसे लोग उसे कहते हैं, .fact छोटा सुधार,
# .explanation आसान शब्दों में कारण। यहाँ की हर बात का हवाला myths.toml में है।

myth_carve-outs = शिकागो पुलिस किसी व्यक्ति को ICE के हवाले कर सकती है, अगर उसका गंभीर अपराध (felony) का रिकॉर्ड है या उसका नाम गैंग डेटाबेस में है।
    .fact = 2021 से यह गलत है।
    .explanation = शिकागो शहर के अध्यादेश में पहले कुछ अपवाद थे: कुछ तरह के आपराधिक रिकॉर्ड वाले लोगों के लिए, या गैंग डेटाबेस में दर्ज लोगों के लिए। सिटी काउंसिल (City Council) ने जनवरी 2021 में 8 के मुक़ाबले 41 वोटों से ये अपवाद हटा दिए। आज शहर की पुलिस सिविल इमिग्रेशन कार्रवाई में मदद नहीं कर सकती, चाहे किसी व्यक्ति का रिकॉर्ड कुछ भी हो।
myth_detainer-48-hours = ICE का डिटेनर कानूनी तौर पर जेल को किसी व्यक्ति को 48 घंटे तक रोककर रखने पर मजबूर करता है।
    .fact = इलिनॉय में यह गलत है।
    .explanation = डिटेनर (detainer) ICE का एक लिखित अनुरोध है, जिसमें पुलिस या जेल से किसी को रोककर रखने को कहा जाता है। इस पर जज के दस्तख़त नहीं होते। इलिनॉय की पुलिस किसी को सिर्फ़ डिटेनर की वजह से रोककर नहीं रख सकती, और शिकागो शहर का अध्यादेश शहर की एजेंसियों के लिए भी यही कहता है। कुक काउंटी का अध्यादेश, जैसा कि वह काउंटी की कानूनों वाली वेबसाइट पर दिखाया गया है, शेरिफ़ से कहता है कि वह डिटेनर मानने से मना करे, जब तक सारा ख़र्च लौटाने का कोई लिखित समझौता न हो।
myth_ice-warrant-is-a-judges-warrant = ICE का “वारंट” और जज का वारंट एक ही चीज़ है।
    .fact = गलत।
    .explanation = ICE के फ़ॉर्म, जैसे फ़ॉर्म I-200 और I-205, पर इमिग्रेशन अधिकारी दस्तख़त करते हैं, जज नहीं। इलिनॉय का कानून इन्हें सिविल इमिग्रेशन वारंट (civil immigration warrant) कहता है। शिकागो और इलिनॉय की पुलिस ऐसे किसी फ़ॉर्म की वजह से किसी को न गिरफ़्तार कर सकती है, न रोककर रख सकती है। ABC News ने जनवरी 2026 में ICE के एक मेमो के बारे में रिपोर्ट किया, जो दावा करता है कि ये फ़ॉर्म, देश से निकालने के अंतिम आदेश (final removal order) के साथ, एजेंटों को किसी घर में घुसने की इजाज़त देते हैं। यह दावा विवादित है।
myth_sanctuary-stops-ice = “सैंक्चुअरी सिटी” (“sanctuary city”) होने का मतलब है कि ICE शिकागो में किसी को गिरफ़्तार नहीं कर सकती।
    .fact = गलत।
    .explanation = शिकागो शहर का अध्यादेश शहर की एजेंसियों और कर्मचारियों के कामों को सीमित करता है। { -trust } इलिनॉय की पुलिस के कामों को सीमित करता है। इनमें से कोई भी कानून फ़ेडरल एजेंटों पर लागू नहीं होता, इसलिए शिकागो में भी ICE के पास उसकी अपनी फ़ेडरल शक्तियाँ बनी रहती हैं।
myth_police-ask-birthplace = पुलिस आपको रोकने पर पूछ सकती है कि आप कहाँ पैदा हुए।
    .fact = इलिनॉय की पुलिस के लिए यह गलत है।
    .explanation = इलिनॉय की पुलिस जिन लोगों को रोकती है या रोककर रखती है, उनकी नागरिकता, इमिग्रेशन स्टेटस या जन्म-स्थान के बारे में नहीं पूछ सकती। बहुत सीमित अपवाद ये हैं: गिरफ़्तार व्यक्ति को यह बताना कि वह अपने देश के कॉन्सुलेट (consulate) से संपर्क कर सकता है, और हथियार-कानून से जुड़ी कुछ जाँचें।
myth_cpd-cannot-respond = जब ICE आसपास हो, तो शिकागो पुलिस कोई भी कार्रवाई नहीं कर सकती।
    .fact = गलत।
    .explanation = शिकागो पुलिस अब भी इमरजेंसी में पहुँचती है और आपराधिक कानून लागू करती है। वह जो नहीं कर सकती, वह है ख़ुद सिविल इमिग्रेशन कार्रवाई में मदद करना, जैसे ट्रैफ़िक घेरा (traffic perimeter) बनाना या मौके पर मदद देना। इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, राज्य का कानून आपराधिक जाँच में पुलिस को अपना काम करने से नहीं रोकता।
myth_traffic-control-is-not-help = ICE के लिए ट्रैफ़िक संभालना असल में “मदद” नहीं है।
    .fact = गलत।
    .explanation = शहर के अध्यादेश में इसका साफ़ नाम लिया गया है: शहर के लिए काम करने वाले लोग किसी सिविल इमिग्रेशन ऑपरेशन के लिए न ट्रैफ़िक घेरा बना सकते हैं, न मौके पर मदद दे सकते हैं।
myth_court-struck-down = एक अदालत ने शिकागो और इलिनॉय के सैंक्चुअरी कानूनों को रद्द कर दिया।
    .fact = गलत।
    .explanation = अमेरिका के न्याय विभाग (U.S. Department of Justice) ने फ़रवरी 2025 में इन कानूनों पर मुक़दमा किया। जुलाई 2025 में एक फ़ेडरल जज ने मुक़दमा ख़ारिज कर दिया, और अमेरिकी सरकार ने सातवें सर्किट की अपील अदालत (Seventh Circuit) में अपील की। हमें इस अपील पर कोई फ़ैसला नहीं मिला। ये कानून अब भी शहर के कोड में और इलिनॉय के कानून में मौजूद हैं।
myth_no-sharing-at-all = इलिनॉय की पुलिस फ़ेडरल सरकार के साथ कभी कोई भी जानकारी साझा नहीं कर सकती।
    .fact = गलत।
    .explanation = { -trust } कहता है कि वह दो फ़ेडरल कानूनों, 8 U.S.C. 1373 और 8 U.S.C. 1644, के तहत नागरिकता या इमिग्रेशन स्टेटस की जानकारी भेजने या पाने को सीमित नहीं करता। इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, पुलिस अब भी आपराधिक जाँचों पर काम करती है। ये कानून जिस चीज़ पर रोक लगाते हैं, वह है सिविल इमिग्रेशन कार्रवाई में मदद, जैसे रिहाई की तारीख़ों के बारे में ICE को जवाब देना। शिकागो शहर का अध्यादेश भी जानकारी साझा करने की अनुमति देता है, जब कोई कानून (statute), अदालत का आदेश या न्यायिक वारंट (judicial warrant) इसे ज़रूरी बनाए।
myth_calling-911-means-deportation = अगर आप बिना काग़ज़ात वाले पीड़ित हैं और 911 पर कॉल करते हैं, तो आपको डिपोर्ट कर दिया जाएगा (देश से निकाल दिया जाएगा)।
    .fact = शिकागो और इलिनॉय की पुलिस के बारे में यह गलत है।
    .explanation = शिकागो और इलिनॉय की पुलिस किसी को सिर्फ़ उसके इमिग्रेशन स्टेटस की वजह से गिरफ़्तार नहीं कर सकती। शहर के कर्मचारी, पुलिस समेत, किसी का स्टेटस न पूछ सकते हैं, न बता सकते हैं, कुछ सीमित अपवादों को छोड़कर। अपराध के पीड़ित पुलिस से उस फ़ॉर्म पर दस्तख़त करने को कह सकते हैं जिसकी उन्हें U वीज़ा (अपराध पीड़ितों के लिए एक अमेरिकी वीज़ा) के आवेदन के लिए ज़रूरत होती है। ये कानून फ़ेडरल एजेंटों पर लागू नहीं होते।
myth_started-in-2012 = शिकागो की ये सुरक्षाएँ 2012 में शुरू हुईं।
    .fact = यह आंशिक रूप से गलत है।
    .explanation = Block Club Chicago ने रिपोर्ट किया कि यह नीति 1985 में मेयर हैरल्ड वॉशिंगटन (Harold Washington) के एक प्रशासनिक आदेश (executive order) से शुरू हुई, और 2006 में पहली बार शहर के कोड में लिखी गई। “{ -wco }” ख़ुद 12 सितंबर 2012 से है।
myth_no-rights-without-papers = बिना काग़ज़ात वाले लोगों के कोई संवैधानिक अधिकार नहीं होते, इसलिए उन्हें ICE के सवालों के जवाब देने ही होंगे।
    .fact = गलत।
    .explanation = ACLU समझाता है कि अमेरिका में हर व्यक्ति को चुप रहने का अधिकार है, और तलाशी के लिए सहमति देने से मना करने का अधिकार है, चाहे उसका स्टेटस कुछ भी हो। एक बारीक बात: जो लोग अमेरिकी नागरिक नहीं हैं लेकिन जिनके पास इमिग्रेशन काग़ज़ात हैं, उन्हें वे काग़ज़ात साथ रखने चाहिए और इमिग्रेशन एजेंट के माँगने पर दिखाने चाहिए।
myth_jails-rent-beds-to-ice = इलिनॉय की काउंटी जेलें अब भी ICE को बिस्तर (जगह) किराए पर दे सकती हैं।
    .fact = जनवरी 2022 से यह गलत है।
    .explanation = समाचार रिपोर्टें और एक फ़ेडरल अदालत का फ़ैसला बताते हैं कि { -trust } में 2021 के बदलावों ने राज्य और स्थानीय एजेंसियों पर ऐसे ठेकों (contracts) की रोक लगा दी, जिनमें वे इमिग्रेशन हिरासत के लिए लोगों को रखतीं। पहले से चल रहे ठेके 1 जनवरी 2022 तक ख़त्म करने थे।
myth_courthouse-arrests-impossible = इलिनॉय में अब अदालतों पर इमिग्रेशन गिरफ़्तारियाँ नामुमकिन हैं।
    .fact = यह बात बढ़ा-चढ़ाकर कही गई है।
    .explanation = इलिनॉय का 2025 का एक कानून अदालत जा रहे, अदालत में मौजूद या अदालत से लौट रहे लोगों की सिविल गिरफ़्तारी पर रोक लगाता है — जज के आदेश के बिना की जाने वाली इमिग्रेशन गिरफ़्तारी समेत। यह रोक अदालत की इमारतों के अंदर और उनसे 1,000 फ़ुट के दायरे में है। यह कानून आपराधिक गिरफ़्तारियों पर रोक नहीं लगाता। अमेरिका के न्याय विभाग ने 22 दिसंबर 2025 को इस कानून पर मुक़दमा किया, और हमें अभी तक कोई फ़ैसला नहीं मिला।
# TODO(translate)
myth_nothing-limits-ice = Nothing limits what ICE can do in Chicago.
    .fact = False, but the limits are narrow.
    .explanation = Chicago's { -wco } and the { -trust } limit what police and City workers do, not what ICE does. But some things do reach ICE. According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court order in a class action, Castañon Nava v. DHS, made ICE adopt a policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area may be able to ask for remedies under it. As of the latest information we found (October 2025), the order ran to February 2, 2026, so ask NIJC or the ICIRR hotline whether it still applies. A 2025 Illinois law also lets people sue anyone, federal agents included, who violates their constitutional rights during civil immigration enforcement. The U.S. Department of Justice sued over that law on December 22, 2025, and we found no ruling yet. And the Immigrant Legal Resource Center says everyone has rights under the U.S. Constitution, such as the right to stay silent, whatever their status.
# TODO(translate)
myth_stopped-for-status = Police can stop you just because they think you are undocumented.
    .fact = False for Chicago and Illinois police.
    .explanation = Chicago's { -wco } says City police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. The { -trust } says police anywhere in Illinois may not stop, arrest, search or hold anyone only because of their citizenship or immigration status. The word "only" matters: police may still act on a crime. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations. These laws limit police, not federal immigration agents.
# TODO(translate)
myth_calling-911-asks-status = If you call 911 in Chicago, the police will ask about your immigration status.
    .fact = False: Chicago police may not ask, except in narrow cases.
    .explanation = Chicago's { -wco } says City agencies and their workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow: a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case involving the City. The { -trust } also says police anywhere in Illinois may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold, with narrow exceptions. Police also may not stop or arrest anyone only because of their status. These laws say what police and City workers may not do. They do not bind federal agents, and they cannot promise that no record about you ever reaches a federal agency.
# TODO(translate)
myth_police-287g = Chicago or Illinois police can sign up to work as ICE agents under a "287(g)" agreement.
    .fact = False in Illinois.
    .explanation = A 287(g) agreement, under a federal program, lets local officers act as immigration agents. The Keep Illinois Families Together Act, passed in 2019, says no police agency or official in Illinois may enter into or stay in one. Chicago's { -wco } also bars City agencies from making such agreements. Police may still do their ordinary public-safety work. These laws limit police in Illinois, not federal immigration agents.
