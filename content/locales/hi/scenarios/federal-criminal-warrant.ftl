# S7: फ़ेडरल एजेंट कहते हैं कि उनके पास फ़ेडरल आपराधिक वारंट है।
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# आसान भाषा, कक्षा 8 या उससे नीचे का स्तर; कानून की भाषा की नकल नहीं; हर दावे का हवाला .toml में है।

scenario_federal-criminal-warrant = फ़ेडरल एजेंट कहते हैं कि उनके पास आपराधिक वारंट है
    .summary = उदाहरण के लिए, एजेंट शिकागो पुलिस से किसी फ़ेडरल अपराध के लिए किसी को गिरफ़्तार करने में मदद माँगते हैं, या किसी निवासी को कोई काग़ज़ दिखाते हैं जिसे वे वारंट कहते हैं।

## सवाल: इस पर दस्तख़त किसने किए?

federal-criminal-warrant_signed = वारंट पर दस्तख़त किसने किए?
    .hint = { -judicial-warrant-definition } प्रशासनिक वारंट (administrative warrant) ICE का एक फ़ॉर्म होता है, जैसे फ़ॉर्म I-200 या I-205, जिस पर किसी इमिग्रेशन अधिकारी के दस्तख़त होते हैं, जज के नहीं। इमिग्रेशन जज का देश से निकालने का आदेश (removal order) जज का वारंट (किसी फ़ेडरल या राज्य अदालत का वारंट) नहीं है।
federal-criminal-warrant_signed_court-judge = किसी अदालत के जज या मजिस्ट्रेट ने, किसी अपराध के लिए
federal-criminal-warrant_signed_immigration-officer = किसी इमिग्रेशन अधिकारी ने, ICE के किसी फ़ॉर्म पर, जैसे I-200 या I-205
federal-criminal-warrant_signed_immigration-judge = किसी इमिग्रेशन जज ने, जैसे देश से निकालने के आदेश (removal order) पर
federal-criminal-warrant_signed_cannot-tell = पता नहीं चल रहा कि दस्तख़त किसने किए

## नतीजा: अदालत का आपराधिक वारंट

federal-criminal-warrant_judicial-warrant = पुलिस जज के दस्तख़त वाले फ़ेडरल आपराधिक वारंट पर कार्रवाई कर सकती है।
    .summary = किसी फ़ेडरल या राज्य अदालत का, जज के दस्तख़त वाला आपराधिक वारंट इमिग्रेशन का काग़ज़ नहीं है। इमिग्रेशन एजेंटों की मदद पर शहर और राज्य की रोकें उस पर लागू नहीं होतीं।
    .verdict = जज के आपराधिक वारंट पर कार्रवाई कर सकती है
federal-criminal-warrant_judicial-warrant_not-administrative = शिकागो पुलिस विभाग के अपने नियम कहते हैं कि आपराधिक वारंट “प्रशासनिक वारंट” (administrative warrant) नहीं है, जब उसे किसी जज ने ठोस संभावित कारण (probable cause) पाकर जारी किया हो। ठोस संभावित कारण का मतलब है यह मानने की अच्छी वजह कि कोई अपराध हुआ है।
federal-criminal-warrant_judicial-warrant_state-definition = इलिनॉय का कानून कहता है कि “सिविल इमिग्रेशन वारंट” में कोई भी आपराधिक वारंट शामिल नहीं है।
federal-criminal-warrant_judicial-warrant_ag-exception = इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, इमिग्रेशन एजेंटों की मदद पर राज्य की पाबंदी तब लागू नहीं होती जब एजेंटों के पास आपराधिक वारंट हो।
federal-criminal-warrant_judicial-warrant_check-warrant = वारंट को देखें। { -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = अगर आप अधिकारी हैं: फ़ेडरल एजेंटों की मदद करने से पहले वारंट की जाँच करें। CBS News Chicago ने 27 जनवरी 2021 को रिपोर्ट किया कि इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी सुपरवाइज़र की मंज़ूरी ज़रूरी है, इसलिए सुपरवाइज़र को बुलाएँ।
federal-criminal-warrant_judicial-warrant_rights = ACLU कहता है कि अगर आपको गिरफ़्तार किया जाए, तो आपको चुप रहने का और वकील माँगने का अधिकार है। ACLU यह सलाह भी देता है कि न भागें, न विरोध करें।
federal-criminal-warrant_judicial-warrant_lawyer = अगर आप या आपका कोई जानने वाला गिरफ़्तार हो, तो वकील माँगें। First Defense Legal Aid की हॉटलाइन गिरफ़्तारी के बाद लोगों को मुफ़्त कानूनी मदद से जोड़ती है — दिन में 24 घंटे।
federal-criminal-warrant_judicial-warrant_mixed = अगर एजेंट इमिग्रेशन गिरफ़्तारियों में भी मदद चाहते हैं, तो शिकागो पुलिस उनमें मदद नहीं कर सकती।
federal-criminal-warrant_judicial-warrant_still-no-status = तब भी पुलिस किसी को सिर्फ़ उसके इमिग्रेशन स्टेटस की वजह से न रोक सकती है, न गिरफ़्तार कर सकती है, न रोककर रख सकती है।
federal-criminal-warrant_judicial-warrant_no-transfer = शिकागो पुलिस तब भी किसी को सिर्फ़ सिविल इमिग्रेशन कार्रवाई के लिए ICE के हवाले नहीं कर सकती।

## नतीजा: इमिग्रेशन अधिकारी के दस्तख़त वाला ICE फ़ॉर्म

federal-criminal-warrant_administrative-warrant = यह आपराधिक वारंट नहीं है। शिकागो पुलिस इस पर कार्रवाई नहीं कर सकती।
    .summary = किसी इमिग्रेशन अधिकारी के दस्तख़त वाला ICE फ़ॉर्म “प्रशासनिक वारंट” (administrative warrant) होता है, जज का वारंट नहीं। शिकागो या इलिनॉय की पुलिस के लिए किसी को गिरफ़्तार करने या रोककर रखने के लिए यह काफ़ी नहीं है।
    .verdict = ICE के फ़ॉर्म पर कार्रवाई नहीं कर सकती
federal-criminal-warrant_administrative-warrant_admin-warrant = शिकागो का { -wco } कहता है कि शहर की पुलिस किसी को प्रशासनिक वारंट की वजह से न रोक सकती है, न गिरफ़्तार कर सकती है, न रोककर रख सकती है।
federal-criminal-warrant_administrative-warrant_state-warrant = { -trust } कहता है कि इलिनॉय में कहीं की भी पुलिस किसी को सिर्फ़ “सिविल इमिग्रेशन वारंट” (civil immigration warrant) की वजह से रोककर नहीं रख सकती। सिविल इमिग्रेशन वारंट इमिग्रेशन का ऐसा काग़ज़ है जिसे किसी जज ने मंज़ूर नहीं किया, जैसे फ़ॉर्म I-200 या I-205। पुलिस किसी और तरह से भी उस पर अमल नहीं कर सकती।
federal-criminal-warrant_administrative-warrant_no-help = शहर की एजेंसियाँ और उनके कर्मचारी, पुलिस समेत, सिविल इमिग्रेशन कार्रवाई में फ़ेडरल एजेंटों की मदद नहीं कर सकते। { -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = अगर आप अधिकारी हैं: उस फ़ॉर्म की वजह से किसी को न गिरफ़्तार करें, न रोककर रखें। CBS News Chicago ने 27 जनवरी 2021 को रिपोर्ट किया कि इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी सुपरवाइज़र की मंज़ूरी ज़रूरी है, इसलिए सुपरवाइज़र को बुलाएँ।
federal-criminal-warrant_administrative-warrant_no-resist = अगर एजेंट फिर भी आपको गिरफ़्तार करें, तो ACLU सलाह देता है कि न भागें, न विरोध करें। शांत रहें, और वकील माँगें।
federal-criminal-warrant_administrative-warrant_silent = ACLU कहता है कि आपको चुप रहने का और वकील माँगने का अधिकार है। ये अधिकार अमेरिका के संविधान से मिलते हैं।
federal-criminal-warrant_administrative-warrant_write-down = अगर सुरक्षित हो, तो जो हुआ उसे लिख लें: तारीख़, समय और जगह, और कोई भी नाम या बैज नंबर।
federal-criminal-warrant_administrative-warrant_icirr = अगर इमिग्रेशन एजेंट आपके परिवार के किसी व्यक्ति को गिरफ़्तार करें, तो ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
federal-criminal-warrant_administrative-warrant_report-copa = अगर शिकागो के किसी पुलिस अधिकारी ने ICE के फ़ॉर्म पर कार्रवाई की, तो आप उसकी शिकायत पुलिस जवाबदेही के नागरिक दफ़्तर (Civilian Office of Police Accountability, COPA) में कर सकते हैं।
federal-criminal-warrant_administrative-warrant_says-warrant = ICE के फ़ॉर्म पर सबसे ऊपर “warrant” (वारंट) शब्द लिखा हो सकता है, जैसे विदेशी की गिरफ़्तारी का वारंट (फ़ॉर्म I-200, “Warrant for Arrest of Alien”)। असली बात यह है कि उस पर दस्तख़त किसने किए: किसी जज ने, या किसी इमिग्रेशन अधिकारी ने।
federal-criminal-warrant_administrative-warrant_home-memo = ICE की अपनी शक्तियाँ एक अलग सवाल है। ABC News ने जनवरी 2026 में ICE के 12 मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट फ़ॉर्म I-205 और देश से निकालने के अंतिम आदेश (final removal order) के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। इस दावे को इस आधार पर चुनौती दी गई है कि यह चौथे संशोधन (Fourth Amendment) का उल्लंघन करता है। इस पर रिपोर्टें अप्रैल 2026 तक की हैं, जो हमें मिली सबसे ताज़ा जानकारी है।
federal-criminal-warrant_administrative-warrant_ice-not-bound = ये कानून शिकागो और इलिनॉय की पुलिस के कामों को सीमित करते हैं। ये फ़ेडरल इमिग्रेशन एजेंटों को ख़ुद गिरफ़्तारियाँ करने से नहीं रोकते।

## नतीजा: इमिग्रेशन जज का आदेश

federal-criminal-warrant_removal-order = देश से निकालने का आदेश (removal order) आपराधिक वारंट नहीं है। शिकागो पुलिस इस पर कार्रवाई नहीं कर सकती।
    .summary = इमिग्रेशन जज का देश से निकालने का आदेश (removal order) आपराधिक वारंट नहीं है। शिकागो पुलिस के नियम इसे “प्रशासनिक वारंट” (administrative warrant) मानते हैं, जिस पर पुलिस कार्रवाई नहीं कर सकती।
    .verdict = देश से निकालने के आदेश पर कार्रवाई नहीं कर सकती
federal-criminal-warrant_removal-order_cpd-definition = शिकागो पुलिस विभाग के नियम “प्रशासनिक वारंट” को बड़ा मतलब देते हैं। इसमें इमिग्रेशन का हर वह काग़ज़ आता है जिसका इस्तेमाल किसी सिविल इमिग्रेशन वजह से किसी को गिरफ़्तार करने या रोककर रखने के लिए होता है। देश से निकालने का आदेश उनके उदाहरणों में से एक है।
federal-criminal-warrant_removal-order_admin-warrant = शिकागो का { -wco } कहता है कि शहर की पुलिस किसी को प्रशासनिक वारंट की वजह से न रोक सकती है, न गिरफ़्तार कर सकती है, न रोककर रख सकती है।
federal-criminal-warrant_removal-order_state-help = { -trust } भी इलिनॉय में हर जगह की पुलिस को सीमित करता है। इलिनॉय के अटॉर्नी जनरल के 2025 के मार्गदर्शन के अनुसार, पुलिस इमिग्रेशन एजेंटों की “किसी भी रूप में” मदद नहीं कर सकती। अपवाद ये हैं: जब एजेंटों के पास आपराधिक वारंट हो, या जब फ़ेडरल कानून ख़ास तौर पर ऐसा करना ज़रूरी बनाए।
federal-criminal-warrant_removal-order_officer = अगर आप अधिकारी हैं: देश से निकालने के आदेश की वजह से किसी को न गिरफ़्तार करें, न रोककर रखें। CBS News Chicago ने 27 जनवरी 2021 को रिपोर्ट किया कि इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी सुपरवाइज़र की मंज़ूरी ज़रूरी है, इसलिए सुपरवाइज़र को बुलाएँ।
federal-criminal-warrant_removal-order_no-resist = अगर एजेंट फिर भी आपको गिरफ़्तार करें, तो ACLU सलाह देता है कि न भागें, न विरोध करें। शांत रहें, और वकील माँगें।
federal-criminal-warrant_removal-order_silent = ACLU कहता है कि आपको चुप रहने का और वकील माँगने का अधिकार है। ये अधिकार अमेरिका के संविधान से मिलते हैं।
federal-criminal-warrant_removal-order_icirr = अगर इमिग्रेशन एजेंट आपके परिवार के किसी व्यक्ति को गिरफ़्तार करें, तो ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
federal-criminal-warrant_removal-order_report-copa = अगर शिकागो के किसी पुलिस अधिकारी ने देश से निकालने के आदेश पर कार्रवाई की, तो आप उसकी शिकायत पुलिस जवाबदेही के नागरिक दफ़्तर (Civilian Office of Police Accountability, COPA) में कर सकते हैं।
federal-criminal-warrant_removal-order_home-memo = ICE की अपनी शक्तियाँ एक अलग सवाल है। ABC News ने जनवरी 2026 में ICE के 12 मई 2025 के एक मेमो के बारे में रिपोर्ट किया। मेमो दावा करता है कि एजेंट फ़ॉर्म I-205 और देश से निकालने के अंतिम आदेश (final removal order) के सहारे ज़बरदस्ती किसी घर में घुस सकते हैं। इस दावे को इस आधार पर चुनौती दी गई है कि यह चौथे संशोधन (Fourth Amendment) का उल्लंघन करता है। इस पर रिपोर्टें अप्रैल 2026 तक की हैं, जो हमें मिली सबसे ताज़ा जानकारी है।
federal-criminal-warrant_removal-order_ice-not-bound = ये कानून शिकागो और इलिनॉय की पुलिस के कामों को सीमित करते हैं। ये फ़ेडरल इमिग्रेशन एजेंटों को ख़ुद गिरफ़्तारियाँ करने से नहीं रोकते।

## नतीजा: पता नहीं चल रहा कि दस्तख़त किसने किए

federal-criminal-warrant_unclear-paper = यह इस बात पर निर्भर है कि काग़ज़ पर दस्तख़त किसने किए।
    .summary = सिर्फ़ किसी अदालत के जज के दस्तख़त वाला आपराधिक वारंट जवाब को बदलता है। ICE का फ़ॉर्म या इमिग्रेशन जज का देश से निकालने का आदेश नहीं बदलता।
    .verdict = सिर्फ़ जज के आपराधिक वारंट पर कार्रवाई कर सकती है
federal-criminal-warrant_unclear-paper_if-ice-form = मान लीजिए यह ICE का फ़ॉर्म है जिस पर किसी इमिग्रेशन अधिकारी के दस्तख़त हैं, जैसे फ़ॉर्म I-200 या I-205। तब पुलिस उसकी वजह से किसी को न गिरफ़्तार कर सकती है, न रोककर रख सकती है।
federal-criminal-warrant_unclear-paper_if-removal-order = देश से निकालने के आदेश पर भी यही बात लागू होती है। शिकागो पुलिस विभाग के नियम इसे “प्रशासनिक वारंट” मानते हैं, आपराधिक वारंट नहीं।
federal-criminal-warrant_unclear-paper_if-judge = अगर यह किसी अदालत के जज के दस्तख़त वाला आपराधिक वारंट है, तो पुलिस उस पर कार्रवाई कर सकती है।
federal-criminal-warrant_unclear-paper_officer = अगर आप अधिकारी हैं: कुछ भी करने से पहले काग़ज़ की जाँच करें। उसमें सबसे ऊपर किसी अदालत का नाम और किसी जज के दस्तख़त देखें। CBS News Chicago ने 27 जनवरी 2021 को रिपोर्ट किया कि इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी सुपरवाइज़र की मंज़ूरी ज़रूरी है, इसलिए सुपरवाइज़र को बुलाएँ।
federal-criminal-warrant_unclear-paper_look = अगर एजेंट आपको कोई काग़ज़ दिखाएँ, तो जाँचें कि क्या वह जज का वारंट है। { -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = अगर इमिग्रेशन एजेंट आपके परिवार के किसी व्यक्ति को गिरफ़्तार करें, तो ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline) पर कॉल करें या मैसेज भेजें — दिन में 24 घंटे।
federal-criminal-warrant_unclear-paper_supervisor = CBS News Chicago ने 2021 में रिपोर्ट किया कि शहर के बदले हुए अध्यादेश के तहत, इमिग्रेशन एजेंटों की ओर से मदद के हर अनुरोध के लिए किसी पुलिस सुपरवाइज़र की मंज़ूरी ज़रूरी है।
federal-criminal-warrant_unclear-paper_ice-not-bound = ये कानून शिकागो और इलिनॉय की पुलिस के कामों को सीमित करते हैं। ये फ़ेडरल इमिग्रेशन एजेंटों को ख़ुद गिरफ़्तारियाँ करने से नहीं रोकते।
