# इंटरफ़ेस का टेक्स्ट। यहाँ के id में अंडरस्कोर (_) नहीं होता; हर id ऐप में एक constant (msg::SITE_NAME) बनता है,
# इसलिए कोई id छूट जाए या गलत लिखा हो तो build रुक जाता है।

site-name = { -site-name }
site-tagline = शिकागो और इलिनॉय के कानून पुलिस और इमिग्रेशन के बारे में क्या कहते हैं — आसान शब्दों में, स्रोतों के साथ।
skip-to-content = सीधे मुख्य सामग्री पर जाएँ
nav-home = मुख्य पेज
nav-label = साइट

home-title = शिकागो में अपने अधिकार जानें
home-intro = कोई एक स्थिति चुनें। हम कुछ छोटे सवाल पूछेंगे। फिर हम बताएँगे कि कानून क्या कहता है, क्यों कहता है, और आप क्या कर सकते हैं।
home-audience = किसके लिए: { $audience }
audience-resident = निवासी
audience-officer = पुलिस अधिकारी और शहर के कर्मचारी
audience-trainer = ट्रेनर (प्रशिक्षक)

step-back = पीछे
step-start-over = फिर से शुरू करें
step-answers-heading = अब तक आपके जवाब
step-change = बदलें
step-change-label = इस सवाल का जवाब बदलें: { $question }
step-choose = एक जवाब चुनें।

verdict-label = कानून क्या कहता है
verdict-not-allowed = अनुमति नहीं है
verdict-allowed = अनुमति है
verdict-required = ज़रूरी है
verdict-depends = हालात पर निर्भर है

outcome-why = क्यों
outcome-what-you-can-do = आप क्या कर सकते हैं
outcome-good-to-know = यह भी जान लें
outcome-help = कौन मदद कर सकता है
outcome-sources = इस जवाब के स्रोत
outcome-start-over = यह स्थिति फिर से शुरू करें
outcome-home = दूसरी स्थितियाँ देखें

cite-label = स्रोत:
status-secondary = रिपोर्ट की गई बात, कानून का अपना पाठ नहीं
kind-guidance = मार्गदर्शन
kind-report = समाचार रिपोर्ट
kind-policy = पुलिस नीति
challenge-label = अदालत में चुनौती दी जा रही है
challenge-as-of = ताज़ा जानकारी: { $date }

help-call = { $number } पर कॉल करें
help-text = { $number } पर मैसेज (टेक्स्ट) भेजें
help-tty = बधिर और कम सुनने वाले कॉल करने वालों के लिए TTY: { $number }
help-checked = यह नंबर { $date } को जाँचा गया।
help-source = हमने इसे कहाँ जाँचा

reviewed = पिछली बार जाँचा गया: { $date }
not-legal-advice = यह आम जानकारी है, कानूनी सलाह नहीं। अपनी स्थिति के बारे में सलाह के लिए किसी वकील से बात करें।

not-found-title = पेज नहीं मिला
not-found-body = हमें वह पेज नहीं मिला। हो सकता है लिंक पुराना हो या उसमें टाइपिंग की गलती हो।
not-found-home = मुख्य पेज पर जाएँ
bad-step-title = हम उस लिंक को नहीं खोल सके
bad-step-unknown-scenario = “{ $name }” नाम की कोई स्थिति नहीं है।
bad-step-unknown-answer = इस कदम पर “{ $answer }” नाम का कोई जवाब नहीं है।
bad-step-past-outcome = यह लिंक इस स्थिति के आख़िर से भी आगे जाता है।
bad-step-keep = जो आख़िरी कदम मेल खाता था, वहीं से आगे बढ़ें
bad-step-restart = यह स्थिति शुरू से शुरू करें

date-long = { $day } { $month ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    } { $year }

page-description = शिकागो का स्वागत-शहर अध्यादेश (Welcoming City Ordinance) और इलिनॉय TRUST कानून पुलिस और शहर के कर्मचारियों से क्या माँगते हैं — इस पर आसान भाषा में जवाब, स्रोतों के साथ।
noscript = अभी इस साइट के पेज दिखाने के लिए JavaScript ज़रूरी है। आप फिर भी स्रोत पढ़ सकते हैं: शिकागो म्युनिसिपल कोड (Municipal Code of Chicago), अध्याय (Chapter) 2-173, और इलिनॉय TRUST कानून (Illinois TRUST Act), 5 ILCS 805।

nav-law = कानून लाइब्रेरी
nav-myths = गलतफ़हमियाँ और सच
nav-help = मदद लें
nav-about = हमारे बारे में

home-featured-heading = यहाँ से शुरू करें
home-group-resident = निवासियों के लिए
home-group-officer = पुलिस अधिकारियों और शहर के कर्मचारियों के लिए
home-group-trainer = ट्रेनरों के लिए
home-your-rights-heading = आपके अपने अधिकार
home-your-rights-intro = ये अधिकार अमेरिका के संविधान से मिलते हैं। शिकागो और इलिनॉय के कानून इन्हें नहीं बनाते: वे कानून पुलिस और शहर के कर्मचारियों के कामों को सीमित करते हैं, फ़ेडरल एजेंटों के कामों को नहीं।
# TODO(translate)
# The home page's common questions (featured myths), and the glossary.
home-questions-heading = Common questions
glossary-title = Words used on this site
glossary-intro = What the legal words on this site mean. Each definition links to its sources.
nav-glossary = Words used here
home-more = और:

law-index-title = कानून लाइब्रेरी
law-index-intro = कानून का हर हिस्सा और हर स्रोत, जिस पर यह साइट टिकी है — आसान शब्दों में, आधिकारिक पाठ के लिंक के साथ।
law-citation = कानूनी हवाला (citation)
law-binds = यह किस पर लागू होता है
binds-city = शिकागो शहर (City of Chicago) की एजेंसियाँ और कर्मचारी, पुलिस समेत
binds-illinois-police = इलिनॉय की राज्य और स्थानीय पुलिस
# TODO(translate): the three binds- lines below are in English.
binds-chicago-police = The Chicago Police Department only
binds-certifying-agencies = Agencies that certify U visa and T visa requests in Illinois, prosecutors included
binds-everyone-in-illinois = Anyone acting in Illinois, federal agents included (being challenged in court)
# TODO(translate)
binds-ice-chicago-area = U.S. Immigration and Customs Enforcement (ICE), in its Chicago area
binds-cook-county = कुक काउंटी (Cook County), शेरिफ़ समेत
binds-institutions = इलिनॉय के अस्पताल, सरकारी कॉलेज और डे-केयर सेंटर
binds-no-one = किसी पर नहीं: यह एक स्रोत है जिसका हम हवाला देते हैं, कोई कानून नहीं
law-official-text = आधिकारिक पाठ पढ़ें
law-source-link = स्रोत पढ़ें
law-used-in = जिन स्थितियों में इसका इस्तेमाल होता है
law-not-used = अभी कोई स्थिति इसका इस्तेमाल नहीं करती।
law-status-verified = हमने यह पाठ एक आधिकारिक वेबसाइट पर पढ़ा।
law-status-secondary = यह बात हमें रिपोर्टों, मार्गदर्शन या किसी सारांश से पता है, कानून के अपने पाठ से नहीं। इसकी बारीकियों को सावधानी से लें।
law-status-unverified = हम इसका पाठ नहीं पढ़ सके।
law-myths = इससे जुड़ी गलतफ़हमियाँ और सच
# TODO(translate)
myth-situations = Situations that explain this

myths-title = गलतफ़हमियाँ और सच
myths-intro = शिकागो और इलिनॉय के इमिग्रेशन कानूनों के बारे में लोग अक्सर जो बातें सुनते हैं, और कानून असल में क्या कहता है।
myth-label = गलतफ़हमी
fact-label = सच
myth-why = क्यों

help-title = मदद लें
help-intro = ये नंबर हर संगठन की अपनी वेबसाइट पर जाँचे गए हैं। हम सिर्फ़ वही नंबर देते हैं जिन्हें हम वहाँ जाँच सके।
help-emergency = अगर अभी कोई घायल है या ख़तरे में है, तो 911 पर कॉल करें।

about-title = इस साइट के बारे में
about-who-heading = इसे किसने बनाया
about-who = Know Your Rights Chicago सिविक टेक्नोलॉजी में काम करने वाले स्वयंसेवकों (volunteers) का एक मुफ़्त, ओपन-सोर्स प्रोजेक्ट है। यह कोई सरकारी साइट नहीं है, और कोई कानूनी फ़र्म (law firm) भी नहीं।
about-sources-heading = यहाँ की जानकारी कहाँ से आती है
about-sources = हर जवाब एक लिखित रिसर्च पर टिका है, जो शिकागो म्युनिसिपल कोड और इलिनॉय के कानून के आधिकारिक पाठ का, और भरोसेमंद समाचार रिपोर्टों का हवाला देती है। इस साइट की हर बात उसके स्रोत से लिंक है। जहाँ हम किसी कानून का अपना पाठ नहीं पढ़ सके, वहाँ हम बताते हैं कि वह बात किसने रिपोर्ट की, या उस बात को छोड़ देते हैं।
about-review-heading = इसकी जाँच कैसे होती है
about-review = हर स्थिति और हर कानून के पेज पर वह तारीख़ दिखती है जब हमने उसे आख़िरी बार अपनी रिसर्च से मिलाकर जाँचा। कानून और अदालती मुक़दमे बदलते रहते हैं: यहाँ की किसी भी बात पर भरोसा करने से पहले तारीख़ और स्रोत देख लें।
about-report-heading = गलती बताएँ
about-report = अगर यहाँ कुछ गलत है या पुराना हो गया है, तो कृपया हमें बताएँ। पेज का पता (लिंक) और वह स्रोत भी लिखें जो सही कानून दिखाता है।
about-report-link = गलती बताएँ
about-report-no-address = अगर यहाँ कुछ गलत है या पुराना हो गया है, तो कृपया उस समूह को बताएँ जिसने यह साइट आपके साथ साझा की। पेज का पता (लिंक) और वह स्रोत भी लिखें जो सही कानून दिखाता है।
about-privacy-heading = आपकी निजता (privacy)
about-privacy = यह साइट किसी दूसरी वेबसाइट को कोई अनुरोध नहीं भेजती। यह कोई कुकी (cookie) नहीं रखती, कोई एनालिटिक्स इस्तेमाल नहीं करती, और आप क्या पढ़ते हैं या क्या जवाब देते हैं, इसके बारे में कुछ भी सेव नहीं करती।

quick-exit = तुरंत बाहर
quick-exit-hint = यह बटन इस साइट को तुरंत छोड़ देता है। आप Shift बटन तीन बार दबाकर भी ऐसा कर सकते हैं।
nav-card = अधिकार कार्ड
safety-title = पढ़ते समय सुरक्षित रहें
safety-quick-exit-heading = तुरंत बाहर
safety-quick-exit = “तुरंत बाहर” बटन दबाने पर, या Shift तीन बार दबाने पर, यह पेज खाली हो जाता है और इसकी जगह मौसम की एक वेबसाइट खुल जाती है। उसके बाद “Back” (पीछे) दबाने पर आप उस पेज पर नहीं लौटेंगे जो आप पढ़ रहे थे।
safety-limits-heading = “तुरंत बाहर” क्या नहीं छिपा सकता
safety-limits = “तुरंत बाहर” आपके ब्राउज़र की हिस्ट्री नहीं मिटा सकता। जो व्यक्ति हिस्ट्री देखे, या आपके फ़ोन या कंप्यूटर पर नज़र रखे या उसकी निगरानी करे, वह फिर भी देख सकता है कि आप इस साइट पर आए थे। कोई हिस्ट्री न छोड़ने के लिए प्राइवेट या इनकॉग्निटो (incognito) विंडो इस्तेमाल करें, या ऐसा डिवाइस जिसे सिर्फ़ आप इस्तेमाल करते हों।
safety-privacy = यह साइट ख़ुद इस बारे में कुछ भी सेव नहीं करती कि आप क्या पढ़ते हैं या क्या जवाब देते हैं। यह कोई कुकी नहीं रखती, और किसी दूसरी वेबसाइट को कुछ नहीं भेजती।
footer-safety = सुरक्षित रहें

card-title = आपका अधिकार कार्ड
card-intro = यह कार्ड किसी इमिग्रेशन एजेंट को खिड़की से दिखाएँ, या दरवाज़े के नीचे से सरका दें।
card-english = अंग्रेज़ी में
card-rights-source = ये अधिकार अमेरिका के संविधान से मिलते हैं, जैसा कि कानूनी मदद देने वाले संगठन समझाते हैं। ये आप पर लागू होते हैं, चाहे आपका इमिग्रेशन स्टेटस कुछ भी हो।
card-print = यह कार्ड प्रिंट करें
card-print-hint = बटुए के आकार का एक कार्ड और एक पेज का पर्चा प्रिंट होता है।

step-progress = सवाल { $current }, कुल { $total } में से
step-progress-up-to = सवाल { $current }, ज़्यादा से ज़्यादा { $total } में से
read-aloud = पढ़कर सुनाएँ
read-aloud-stop = सुनाना बंद करें
print-page-address = यह पेज: { $url }

language-label = भाषा
translation-notice = इस पेज का अनुवाद मशीन से किया गया है। अभी तक किसी योग्य व्यक्ति ने इस अनुवाद की जाँच नहीं की है, इसलिए कानूनी बारीकियाँ गलत हो सकती हैं।
translation-notice-link = यह पेज अंग्रेज़ी में पढ़ें
load-error = माफ़ करें, इस साइट का टेक्स्ट लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें, फिर पेज दोबारा लोड करें।

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = !
verdict-icon-depends = ?
# TODO(translate): the actor- and verdict-guidance lines below are in English.
# Whose action an outcome's verdict judges, as the label before the verdict ("Chicago police: may not help").
actor-chicago-police = Chicago police
actor-illinois-police = Police and jails in Illinois
actor-city = City workers
actor-cook-county = Cook County jail
actor-institutions = Hospitals, colleges and day care centers
actor-immigration-agents = Immigration agents
actor-you = You
# Under the verdict of a situation about a resident's own rights.
verdict-guidance = This is what legal-aid groups advise about your constitutional rights, not what City or state law says.

offline-heading = इस साइट को बिना इंटरनेट के इस्तेमाल करें
offline-explain = आप इस साइट के पेज अपनी भाषा में इस डिवाइस पर सेव कर सकते हैं, ताकि उन्हें बिना इंटरनेट कनेक्शन के पढ़ सकें। इससे डिवाइस पर एक कॉपी रह जाती है, जो इस डिवाइस को इस्तेमाल करने वाले किसी दूसरे व्यक्ति को मिल सकती है। जब तक आप ख़ुद न चुनें, कुछ भी सेव नहीं होता।
offline-save = बिना इंटरनेट के इस्तेमाल के लिए सेव करें
offline-saving = सेव हो रहा है…
offline-saved = सेव हो गया। इस भाषा के पेज अब बिना इंटरनेट कनेक्शन के भी काम करते हैं।
offline-remove = सेव की गई कॉपी हटाएँ
offline-removed = सेव की गई कॉपी हटा दी गई है।
offline-unavailable = यह ब्राउज़र इस साइट को बिना इंटरनेट के इस्तेमाल के लिए सेव नहीं कर सकता।
offline-error = सेव नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा कोशिश करें।
