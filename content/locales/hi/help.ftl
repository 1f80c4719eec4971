# मदद की लाइनें (../../help/resources.toml): help_<id> नाम है, .detail बताता है कि यह किस काम की है।

help_icirr-hotline = ICIRR फ़ैमिली सपोर्ट हॉटलाइन (ICIRR Family Support Hotline)
    .detail = कॉल करें या मैसेज भेजें, दिन में 24 घंटे। इमिग्रेशन कार्रवाई से प्रभावित परिवारों के लिए, और इमिग्रेशन एजेंटों की गतिविधि की ख़बर देने के लिए।
help_copa = पुलिस जवाबदेही का नागरिक दफ़्तर (Civilian Office of Police Accountability, COPA)
    .detail = शिकागो पुलिस अधिकारियों के ख़िलाफ़ शिकायतें। आप किसी भी समय वॉइसमेल छोड़ सकते हैं।
help_chicago-oig = शिकागो शहर के इंस्पेक्टर जनरल का दफ़्तर (City of Chicago Office of Inspector General)
    .detail = यह बताने के लिए कि शहर के किसी विभाग या कर्मचारी ने { -wco } या शहर के दूसरे नियम तोड़े।
help_first-defense = First Defense Legal Aid
    .detail = 24 घंटे चलने वाली हॉटलाइन। जिन लोगों को गिरफ़्तार किया गया है, उन्हें मुफ़्त कानूनी मदद से जोड़ती है।
help_ag-civil-rights = इलिनॉय अटॉर्नी जनरल, नागरिक अधिकार हॉटलाइन (Illinois Attorney General, Civil Rights hotline)
    .detail = नागरिक अधिकारों से जुड़ी शिकायतों के लिए अटॉर्नी जनरल की लाइन। हमें सिर्फ़ { -trust } से जुड़ी शिकायतों के लिए कोई अलग लाइन नहीं मिली।
help_cook-pd-immigration = कुक काउंटी पब्लिक डिफ़ेंडर, इमिग्रेशन डिवीज़न (Cook County Public Defender, Immigration Division)
    .detail = कुक काउंटी के पब्लिक डिफ़ेंडर (सरकार की ओर से आरोपियों का बचाव करने वाले वकील) के दफ़्तर की इमिग्रेशन यूनिट।
