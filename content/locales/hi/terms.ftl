# शब्द (terms): दूसरे संदेशों के अंदर इस्तेमाल होने वाले नाम। इन्हें यहाँ एक बार अनुवाद करें; हर कानूनी शब्द का
# तय अनुवाद ../../../../shared/law/GLOSSARY.md और इसी फ़ोल्डर की glossary.md में देखें।

-wco = स्वागत-शहर अध्यादेश (Welcoming City Ordinance)
-trust = इलिनॉय TRUST कानून
-site-name = Know Your Rights Chicago
