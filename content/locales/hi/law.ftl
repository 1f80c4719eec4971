# कानूनों की सूची (../../law/catalogue.toml): law_<id> छोटा शीर्षक है, .summary आसान सारांश,
# .challenge अदालत में चुनौती का लेबल (जहाँ catalogue में challenged_as_of दिया है)।
# law-group_<law> हर समूह का नाम है। कानूनी हवाले (citations) अपने आधिकारिक अंग्रेज़ी रूप में ही रहते हैं।

law-group_mcc-2-173 = शिकागो का { -wco }: शिकागो म्युनिसिपल कोड (Municipal Code of Chicago), अध्याय (Chapter) 2-173
law-group_trust-act = { -trust } (Illinois TRUST Act, 5 ILCS 805)
law-group_ag-guidance = इलिनॉय के अटॉर्नी जनरल का मार्गदर्शन (guidance)
law-group_cpd-directives = शिकागो पुलिस विभाग (CPD) के निर्देश (directives)
law-group_news-reports = समाचार रिपोर्टें

-us-v-illinois-challenge = अमेरिका के न्याय विभाग (U.S. Department of Justice) ने फ़रवरी 2025 में इस कानून पर मुक़दमा किया (United States v. Illinois)। जुलाई 2025 में एक फ़ेडरल जज ने यह मुक़दमा ख़ारिज कर दिया, और अमेरिकी सरकार ने सातवें सर्किट की अपील अदालत (Seventh Circuit) में अपील की। हमें इस अपील पर कोई फ़ैसला नहीं मिला।

law_mcc-2-173-020-a = सिविल इमिग्रेशन कार्रवाई में शहर की कोई मदद नहीं
    .summary = शहर की एजेंसियाँ और उनके कर्मचारी, पुलिस समेत, सिविल इमिग्रेशन कार्रवाई (civil immigration enforcement) में हिस्सा नहीं ले सकते, और न ही इसमें फ़ेडरल सरकार की मदद कर सकते हैं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = सिर्फ़ इमिग्रेशन स्टेटस के शक पर रोकना या गिरफ़्तार करना मना
    .summary = शहर के लिए काम करने वाले लोग किसी को सिर्फ़ इस वजह से न रोक सकते हैं, न गिरफ़्तार कर सकते हैं, न रोककर रख सकते हैं कि उन्हें लगता है कि वह व्यक्ति बिना अनुमति के अमेरिका में है या उसने इमिग्रेशन का कोई सिविल नियम तोड़ा है।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = प्रशासनिक वारंट पर गिरफ़्तारी नहीं
    .summary = शहर के लिए काम करने वाले लोग किसी को प्रशासनिक वारंट (administrative warrant) की वजह से न रोक सकते हैं, न गिरफ़्तार कर सकते हैं, न रोककर रख सकते हैं। इसमें FBI के NCIC डेटाबेस में दर्ज इमिग्रेशन एंट्री भी शामिल हैं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = लोगों को ICE के हवाले करना मना
    .summary = शहर के लिए काम करने वाले लोग किसी को सिर्फ़ सिविल इमिग्रेशन कार्रवाई के लिए ICE की हिरासत में नहीं सौंप सकते।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = ट्रैफ़िक घेरा या मौके पर मदद नहीं
    .summary = शहर के लिए काम करने वाले लोग किसी सिविल इमिग्रेशन ऑपरेशन के लिए न ट्रैफ़िक घेरा (traffic perimeter) बना सकते हैं, न मौके पर कोई मदद दे सकते हैं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = इमिग्रेशन स्टेटस पूछना या बताना मना
    .summary = शहर के लिए काम करने वाले लोग किसी की नागरिकता या इमिग्रेशन स्टेटस न पूछ सकते हैं, न उसका रिकॉर्ड रख सकते हैं, न किसी को बता सकते हैं। ऐसा सिर्फ़ तब हो सकता है जब कोई कानून (statute), फ़ेडरल नियम (federal regulation), अदालत का आदेश या न्यायिक वारंट (judicial warrant) इसे ज़रूरी बनाए, वह व्यक्ति लिखकर सहमति दे, या शहर के वकीलों को किसी मुक़दमे के लिए इसकी ज़रूरत हो।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = TRUST कानून का मक़सद
    .summary = राज्य का कानून इलिनॉय की पुलिस को फ़ेडरल सिविल इमिग्रेशन कानून लागू करने का कोई अधिकार नहीं देता। अधिकारी किसी दूसरी पुलिस एजेंसी से संपर्क करके यह पता कर सकते हैं कि डेटाबेस का कोई रिकॉर्ड सिविल है या आपराधिक।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = परिभाषाएँ, “सिविल इमिग्रेशन वारंट” समेत
    .summary = सिविल इमिग्रेशन वारंट (civil immigration warrant) इमिग्रेशन का ऐसा काग़ज़ है जिसे किसी जज ने मंज़ूर नहीं किया, जैसे फ़ॉर्म I-200, I-203, I-205 और I-286, या FBI की इमिग्रेशन नियम तोड़ने वालों की फ़ाइल (immigration violator file) में कोई एंट्री। आपराधिक वारंट इसमें शामिल नहीं हैं।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = फ़ेडरल इमिग्रेशन कार्रवाई में मदद की सीमाएँ
    .summary = धारा (Section) 15 यह सीमित करती है कि इलिनॉय की पुलिस इमिग्रेशन एजेंटों के लिए क्या कर सकती है। इलिनॉय के अटॉर्नी जनरल का कहना है कि यह धारा “किसी भी रूप में” (“in any capacity”) मदद करने से रोकती है, जब तक एजेंटों के पास आपराधिक वारंट न हो या फ़ेडरल कानून ख़ास तौर पर ऐसा करना ज़रूरी न बनाए।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = डिटेनर या सिविल इमिग्रेशन वारंट पर हिरासत नहीं
    .summary = इलिनॉय की पुलिस किसी को सिर्फ़ इमिग्रेशन डिटेनर (immigration detainer) या सिविल इमिग्रेशन वारंट की वजह से रोककर नहीं रख सकती, और न ही किसी और तरह से उस पर अमल कर सकती है।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = सिर्फ़ इमिग्रेशन स्टेटस की वजह से रोकना या गिरफ़्तार करना मना
    .summary = इलिनॉय की पुलिस किसी को सिर्फ़ उसकी नागरिकता या इमिग्रेशन स्टेटस की वजह से न रोक सकती है, न गिरफ़्तार कर सकती है, न उसकी तलाशी ले सकती है, न उसे रोककर रख सकती है।
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = पुलिस के लिए अटॉर्नी जनरल का मार्गदर्शन
    .summary = इलिनॉय के अटॉर्नी जनरल का अपडेट किया हुआ मार्गदर्शन (guidance), जो समझाता है कि इमिग्रेशन के मामलों में राज्य का कानून पुलिस को क्या करने देता है और क्या नहीं। यह मार्गदर्शन है, कानून नहीं।
law_cpd-s06-14-03 = नागरिकता स्टेटस से जुड़ी घटनाओं पर CPD का आदेश
    .summary = शिकागो पुलिस विभाग का वह आदेश जो { -wco } को लागू करता है। हम जो वर्ज़न पढ़ सके, वह मार्च 2020 का है; शायद इसका कोई नया वर्ज़न मौजूद है।
law_cbs-2021-supervisors = शहर के अध्यादेश में 2021 के बदलावों पर समाचार रिपोर्ट
    .summary = जनवरी 2021 में सिटी काउंसिल (City Council) के वोट पर एक समाचार रिपोर्ट, जो बताती है कि इमिग्रेशन एजेंटों के अनुरोधों को पुलिस सुपरवाइज़रों को कैसे संभालना होगा।

law-group_voices-act = VOICES कानून (VOICES Act, 5 ILCS 825)
law-group_keep-families-together = इलिनॉय के परिवारों को साथ रखने का कानून (Keep Illinois Families Together Act)
law-group_pa-104-0440 = पब्लिक ऐक्ट 104-0440 (Public Act 104-0440), 2025
law-group_cook-county-46-37 = कुक काउंटी कोड § 46-37 (Cook County Code § 46-37)
law-group_chicago-executive = शिकागो शहर प्रशासन के आदेश और कदम (executive actions)
law-group_federal-policy = फ़ेडरल इमिग्रेशन नीति
law-group_residents-rights = आपके अपने अधिकार (अमेरिका का संविधान)

-pa-104-0440-challenge = अमेरिका के न्याय विभाग (U.S. Department of Justice) ने 22 दिसंबर 2025 को इस कानून पर मुक़दमा किया। हमें अभी तक कोई फ़ैसला नहीं मिला।

law_mcc-2-173-005 = शहर का यह अध्यादेश क्यों बना
    .summary = सिटी काउंसिल ने पाया कि लोगों की सुरक्षा सबके सहयोग पर टिकी है — पीड़ितों और गवाहों समेत, चाहे उनके पास काग़ज़ात हों या न हों — और यह भी कि शहर के कर्मचारियों को आप्रवासी (immigrant) निवासियों के साथ सम्मान से पेश आना चाहिए।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-c = इमिग्रेशन डिटेनर पर हिरासत नहीं
    .summary = शहर के लिए काम करने वाले लोग किसी को इमिग्रेशन डिटेनर (immigration detainer) की वजह से न रोक सकते हैं, न गिरफ़्तार कर सकते हैं, न हिरासत में रखे रह सकते हैं। डिटेनर का मतलब है ICE का लिखित अनुरोध कि किसी को रोककर रखा जाए।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-a = शहर की हिरासत में लोगों तक ICE की पहुँच नहीं
    .summary = शहर की एजेंसियाँ ICE एजेंटों को अपनी हिरासत में रखे किसी व्यक्ति तक पहुँचने नहीं दे सकतीं, टेलीफ़ोन से भी नहीं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-b = ICE के इंटरव्यू के लिए शहर की जगहों का इस्तेमाल नहीं
    .summary = शहर की एजेंसियाँ ICE एजेंटों को शहर की इमारतों और जगहों (facilities) का इस्तेमाल इंटरव्यू या दूसरी जाँच के लिए नहीं करने दे सकतीं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-3 = हिरासत, रिहाई की तारीख़ या संपर्क जानकारी पर ICE को जवाब नहीं
    .summary = शहर के लिए काम करने वाले लोग किसी व्यक्ति की हिरासत की स्थिति, रिहाई की तारीख़ या संपर्क जानकारी के बारे में ICE को जवाब देने में समय नहीं लगा सकते। वे ICE से सिर्फ़ यह पूछ सकते हैं कि कोई मामला पूरी तरह इमिग्रेशन के किसी सिविल उल्लंघन का है या नहीं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-4 = 287(g) समझौते नहीं
    .summary = शहर की एजेंसियाँ ऐसे समझौते नहीं कर सकतीं, जैसे 287(g) समझौते, जो उन्हें फ़ेडरल सिविल इमिग्रेशन कानून लागू करने दें।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a = स्टेटस की जानकारी कब बताई जा सकती है
    .summary = इमिग्रेशन स्टेटस की जानकारी पर लगी रोकें सिर्फ़ तब हटती हैं, जब कोई कानून (statute), फ़ेडरल नियम, अदालत का आदेश या न्यायिक वारंट कुछ और ज़रूरी बनाए।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-2 = शहर के फ़ॉर्मों पर स्टेटस के सवाल नहीं
    .summary = शहर के लाभों (benefits), सेवाओं या अवसरों के आवेदनों और फ़ॉर्मों में नागरिकता या इमिग्रेशन स्टेटस के बारे में नहीं पूछा जा सकता। विभागों को हर साल अपने फ़ॉर्म जाँचने होंगे।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-b = सिविल इमिग्रेशन कार्रवाई के लिए डेटाबेस तक पहुँच नहीं
    .summary = शहर की एजेंसियाँ किसी फ़ेडरल एजेंसी को सिविल इमिग्रेशन कार्रवाई के लिए अपने डेटाबेस तक सीधी पहुँच नहीं दे सकतीं।
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-069 = शहर के अध्यादेश के पालन पर पुलिस की रिपोर्टें
    .summary = शिकागो पुलिस विभाग हर तीन महीने में मेयर के दफ़्तर और इंस्पेक्टर जनरल (Inspector General) को रिपोर्ट देता है कि वह शहर के इस अध्यादेश का पालन कैसे कर रहा है। इंस्पेक्टर जनरल ये रिपोर्टें प्रकाशित करते हैं।
law_trust-805-15-d = किसी को छोड़ देने पर कोई कानूनी ज़िम्मेदारी नहीं
    .summary = अगर कोई पुलिस एजेंसी या अधिकारी नेकनीयती से (in good faith) किसी ऐसे व्यक्ति को छोड़ देता है जिस पर डिटेनर या सिविल इमिग्रेशन वारंट है, तो इस रिहाई के लिए उसे कानूनी तौर पर ज़िम्मेदार (liable) नहीं ठहराया जा सकता — जब तक उसका बर्ताव जानबूझकर या घोर लापरवाही वाला (willful or wanton) न हो।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-e = स्टेटस या जन्म-स्थान के बारे में सवाल नहीं
    .summary = इलिनॉय की पुलिस जिन लोगों को रोकती है, रोककर रखती है या हिरासत में रखती है, उनकी नागरिकता, इमिग्रेशन स्टेटस या जन्म-स्थान के बारे में न पूछ सकती है, न जाँच कर सकती है। अपवाद: हिरासत में रखे व्यक्ति को यह बताना कि वह अपने देश के कॉन्सुलेट (consulate) से संपर्क कर सकता है, और हथियार-कानून से जुड़ी कुछ जाँचें।
    .challenge = { -us-v-illinois-challenge }
law_trust-805-25-a = अटॉर्नी जनरल को सालाना रिपोर्ट
    .summary = इलिनॉय की हर पुलिस एजेंसी हर साल अटॉर्नी जनरल को रिपोर्ट देती है कि इमिग्रेशन एजेंटों से उसे कौन-से अनुरोध मिले, और कौन-से डिटेनर और सिविल इमिग्रेशन वारंट मिले — किसी का नाम लिए बिना।
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_trust-805-25-b = No names in the yearly reports
    .summary = The yearly reports police agencies send the Attorney General may not include names or other details that identify a person.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_pa-100-0463 = The TRUST Act as first passed in 2017
    .summary = The Public Act that created the Illinois TRUST Act in 2017. Its original wording let police hold someone on a notice in LEADS, a police database, unless the notice clearly rested on an immigration paper no judge signed. That wording was removed in 2021.
law_voices-act = U वीज़ा (अपराध पीड़ितों के लिए एक अमेरिकी वीज़ा) और T वीज़ा सर्टिफ़िकेशन (certification)
    .summary = पुलिस और सरकारी वकीलों (prosecutors) को ऐसे अधिकारी तय करने होंगे जो वह फ़ॉर्म साइन करें जिसकी ज़रूरत किसी अपराध-पीड़ित को U वीज़ा या T वीज़ा के आवेदन के लिए होती है। उन्हें यह भी प्रकाशित करना होगा कि यह अनुरोध कैसे करें, और किसी वकील या पीड़ितों की मदद करने वाली संस्था के ज़रिए भेजे गए अनुरोध स्वीकार करने होंगे।
law_kifta-287g = 287(g) समझौतों पर पाबंदी
    .summary = इलिनॉय की कोई भी पुलिस एजेंसी या अधिकारी 287(g) समझौता न कर सकता है, न उसमें बना रह सकता है। ऐसा समझौता स्थानीय अधिकारियों को फ़ेडरल इमिग्रेशन एजेंटों की तरह काम करने देता।
law_pa-104-0440-art-5 = इलिनॉय बिवेंस कानून (Illinois Bivens Act)
    .summary = इसके तहत कोई भी व्यक्ति राज्य के कानून के अनुसार उस हर किसी पर मुक़दमा कर सकता है जो सिविल इमिग्रेशन कार्रवाई के दौरान उसके संवैधानिक अधिकारों का उल्लंघन करे — फ़ेडरल एजेंटों समेत।
    .challenge = { -pa-104-0440-challenge }
law_pa-104-0440-art-10 = अदालत तक पहुँच, सुरक्षा और भागीदारी कानून (Court Access, Safety, and Participation Act)
    .summary = इलिनॉय में अदालत जा रहे, अदालत में मौजूद या अदालत से लौट रहे लोगों की सिविल गिरफ़्तारी पर रोक लगाता है — जज के आदेश के बिना की जाने वाली इमिग्रेशन गिरफ़्तारी समेत। यह रोक अदालत की इमारतों के अंदर और उनसे 1,000 फ़ुट के दायरे में लागू है।
    .challenge = { -pa-104-0440-challenge }
# TODO(translate): .challenge below is in English
law_pa-104-0440-institutions = अस्पताल, सरकारी कॉलेज और डे-केयर सेंटर
    .summary = अस्पतालों, सरकारी (public) कॉलेजों और यूनिवर्सिटियों, और लाइसेंस वाले डे-केयर सेंटरों के लिए इमिग्रेशन कार्रवाई से निपटने की नीतियाँ बनाना ज़रूरी करता है। यह यह भी सीमित करता है कि स्कूल और चाइल्ड-केयर सेंटर किसी का इमिग्रेशन स्टेटस कब बता सकते हैं।
    .challenge = According to news reports, the U.S. Department of Justice sued over Public Act 104-0440 on December 22, 2025, and the suit targets the law's lawsuit and courthouse parts, not these duties. As of early January 2026, the latest news we found, there was no ruling.
# TODO(translate): .challenge below is in English
law_cook-46-37 = ICE डिटेनरों पर कुक काउंटी के नियम
    .summary = ICE डिटेनरों के बारे में, और काउंटी जेल में बंद लोगों तक ICE की पहुँच के बारे में, काउंटी का अध्यादेश (ordinance)।
    .challenge = { -us-v-illinois-challenge }
law_cpd-s02-06 = U वीज़ा (अपराध पीड़ितों के लिए एक अमेरिकी वीज़ा) सर्टिफ़िकेशन पर CPD का आदेश
    .summary = शिकागो पुलिस विभाग अपराध-पीड़ितों के U वीज़ा सर्टिफ़िकेशन फ़ॉर्म पर दस्तख़त करने के अनुरोधों को कैसे संभालता है।
law_corp-counsel-guidance-2025 = फ़ेडरल एजेंटों के आने पर शहर का मार्गदर्शन
    .summary = शहर के वकीलों के दिशानिर्देश, जिन्हें मेयर के दफ़्तर ने जनवरी 2025 में प्रकाशित किया। ये शहर के कर्मचारियों के लिए हैं, जब फ़ेडरल एजेंट शहर की संपत्ति पर आएँ।
law_cbs-2025-ice-free-zones = “ICE-मुक्त ज़ोन” (“ICE-Free Zones”) आदेश पर समाचार रिपोर्ट
    .summary = शहर की अपनी पार्किंग लॉट और गैराजों के बारे में मेयर के अक्टूबर 2025 के प्रशासनिक आदेश (executive order) पर एक समाचार रिपोर्ट।
law_suntimes-2021-carve-outs = शहर के अध्यादेश के अपवाद हटाने पर समाचार रिपोर्ट
    .summary = जनवरी 2021 में सिटी काउंसिल के उस वोट पर समाचार रिपोर्ट, जिसने वे अपवाद हटा दिए जिनकी वजह से कुछ मामलों में पुलिस ICE की मदद कर सकती थी।
law_o2021-117 = शहर के अध्यादेश में 2021 का संशोधन
    .summary = 27 जनवरी 2021 को पास हुए शहर के अध्यादेश (ordinance) का सिटी काउंसिल का आधिकारिक रिकॉर्ड।
law_blockclub-2021-history = शहर के अध्यादेश के इतिहास पर समाचार रिपोर्ट
    .summary = शिकागो में इन सुरक्षा-नियमों के इतिहास पर एक समाचार रिपोर्ट — 1985 के एक प्रशासनिक आदेश (executive order) से लेकर 2021 के संशोधन तक।
law_abc-2026-ice-home-entry-memo = घरों में घुसने के बारे में ICE के मेमो पर समाचार रिपोर्ट
    .summary = ICE के मई 2025 के एक मेमो पर समाचार रिपोर्ट, जो जनवरी 2026 में सामने आया। मेमो दावा करता है कि एजेंट ICE के एक फ़ॉर्म और देश से निकालने के अंतिम आदेश (final removal order) के सहारे घरों में घुस सकते हैं। इस दावे को चुनौती दी गई है कि यह चौथे संशोधन (Fourth Amendment) का उल्लंघन करता है।
law_ilrc-red-cards = Immigrant Legal Resource Center (ILRC) के “रेड कार्ड” (“red cards”)
    .summary = ऐसे कार्ड जिन्हें लोग साथ रख सकते हैं और इमिग्रेशन एजेंटों को दिखा सकते हैं। इन पर उनके संवैधानिक अधिकार लिखे होते हैं।
# TODO(translate)
law_aclu-immigrants-rights = ACLU: immigrants' rights
    .summary = The ACLU's advice on your rights when police or immigration agents stop or question you, whatever your immigration status.
# TODO(translate)
law_aila-know-your-rights = AILA: if ICE stops you in public
    .summary = A know-your-rights handout from the American Immigration Lawyers Association (AILA), a group of immigration lawyers.
law_jurist-2025-pa-104-0440 = इमिग्रेशन गिरफ़्तारियों पर इलिनॉय के 2025 के कानून पर समाचार रिपोर्ट
    .summary = पब्लिक ऐक्ट 104-0440 पर Jurist की रिपोर्ट: संवैधानिक उल्लंघनों पर मुक़दमे, अदालतों में सुरक्षा, और अस्पतालों, कॉलेजों और डे-केयर सेंटरों की ज़िम्मेदारियाँ।

# TODO(translate)
law-group_castanon-nava = Castañon Nava v. DHS (a federal court order on ICE arrests)
# TODO(translate)
law_castanon-nava-decree = Court order limiting some ICE arrests without a warrant
    .summary = According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court approved this settlement on February 8, 2022. They say it made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops, and that people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. It is a court order, not a City or state law. As of the latest information we found (October 2025), it ran to February 2, 2026; we do not know whether it still applies.
# TODO(translate)
law_nijc-nava-settlement = NIJC's page on the Castañon Nava settlement
    .summary = The National Immigrant Justice Center, one of the lawyers for the people who sued, explains the settlement on this page. It also has a way to tell the lawyers about a possible violation.
