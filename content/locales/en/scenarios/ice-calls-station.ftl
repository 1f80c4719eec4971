# S5: ICE calls a police station about someone in custody.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_ice-calls-station = ICE calls a police station about someone in custody
    .summary = For example, ICE asks when a person will be released or where they live, or asks to interview them by phone.

## Question: what does ICE want?

ice-calls-station_request = What does ICE want from the station?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country. "Custody" means being held by police or in jail.
ice-calls-station_request_release-date = To know when a person will be released, or whether they are still held
ice-calls-station_request_contact-info = A person's address, phone number or other contact details
ice-calls-station_request_phone-call = To talk to or interview a person in custody by phone
ice-calls-station_request_visit = To come in and interview a person in custody

## Outcome: ICE wants information about the person

ice-calls-station_no-information = Chicago police may not answer ICE's questions about the person.
    .summary = City law bars Chicago police from spending time answering ICE about a person's custody, release date or contact details.
    .verdict = may not answer ICE's questions about the person
ice-calls-station_no-information_city-law = Chicago's { -wco } covers City agencies and their employees, including police. It says they may not spend time answering ICE about a person's custody status, release date or contact information. This is part of the City's ban on helping with civil immigration enforcement. { -civil-immigration-enforcement-definition }
ice-calls-station_no-information_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not share information about people in custody with immigration authorities.
ice-calls-station_no-information_no-status = City workers also may not share anyone's citizenship or immigration status. There are narrow exceptions, such as when a court order requires it or the person agrees in writing.
ice-calls-station_no-information_officer = If you are an officer or station staff: do not give ICE the information.
ice-calls-station_no-information_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ice-calls-station_no-information_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-calls-station_no-information_report-copa = You can report a Chicago police officer who gave ICE this information to the Civilian Office of Police Accountability (COPA).
ice-calls-station_no-information_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
ice-calls-station_no-information_ask-civil = The rule on answering ICE about custody, release dates and contact information has one exception: City workers may contact ICE to find out whether a matter is only about a civil immigration violation, not a crime.
ice-calls-station_no-information_court-order = City law has an exception when a statute, federal regulation, court order or judge's warrant requires information to be shared. An ICE detainer or an ICE warrant form is not a court order or a judge's warrant.
ice-calls-station_no-information_county-jail = If the person is in the Cook County Jail, a County rule applies. We read it as printed in a 2023 County Board proposal. It says County staff may not answer ICE's questions about whether someone is held or when they will be released. Its exceptions are a criminal warrant, or a law enforcement reason unrelated to immigration.
ice-calls-station_no-information_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: ICE wants to talk to or interview the person

ice-calls-station_no-access = Police may not let ICE talk to or interview the person.
    .summary = City law bars police from letting ICE agents reach anyone they are holding, in person or by phone. It also bars letting ICE use police buildings for interviews.
    .verdict = may not let ICE reach or interview the person
ice-calls-station_no-access_phone = Chicago's { -wco } says City agencies may not let ICE agents reach a person they are holding, including by telephone.
ice-calls-station_no-access_facilities = City agencies also may not let ICE agents use City buildings for interviews or other investigations.
ice-calls-station_no-access_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not give immigration agents access to people in custody.
ice-calls-station_no-access_officer = If you are an officer or station staff: do not put the call through, and do not let agents interview the person at the station.
ice-calls-station_no-access_silent = If immigration agents do question you, the ACLU says you have the right to remain silent and to ask for a lawyer. These rights come from the U.S. Constitution.
ice-calls-station_no-access_no-sign = The Immigrant Legal Resource Center's "red card" advises not signing anything before you talk to a lawyer.
ice-calls-station_no-access_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ice-calls-station_no-access_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-calls-station_no-access_report-copa = You can report a Chicago police officer who let ICE reach someone in custody to the Civilian Office of Police Accountability (COPA).
ice-calls-station_no-access_county-jail = If the person is in the Cook County Jail, a County rule applies. We read it as printed in a 2023 County Board proposal. It says immigration agents may not reach people in the jail or use County buildings for interviews. Its exceptions are a criminal warrant, or a law enforcement reason unrelated to immigration.
ice-calls-station_no-access_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
