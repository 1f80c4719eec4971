# शब्द (terms): दूसरे संदेशों के अंदर इस्तेमाल होने वाले नाम। इन्हें यहाँ एक बार अनुवाद करें; हर कानूनी शब्द का
# तय अनुवाद ../../../docs/research/glossary.md और इसी फ़ोल्डर की glossary.md में देखें।

-wco = स्वागत-शहर अध्यादेश (Welcoming City Ordinance)
-trust = इलिनॉय TRUST कानून
-site-name = Know Your Rights Chicago

# TODO(translate)
-civil-immigration-enforcement-definition = Civil immigration enforcement is federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
# TODO(translate)
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
