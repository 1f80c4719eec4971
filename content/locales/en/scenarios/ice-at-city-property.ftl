# S10: ICE shows up at City property (a library, a park, a CPS parking lot, a City office).
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_ice-at-city-property = Immigration agents come to City property
    .summary = For example, ICE agents arrive at a public library, a park, a City office or a Chicago Public Schools parking lot.

## Question: what are the agents doing?

ice-at-city-property_request = What are the agents doing or asking for?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country. A private area is one that is not open to the public, such as a staff-only room.
ice-at-city-property_request_private-area = They want to go into a private or staff-only area
ice-at-city-property_request_public-area = They are in a public area, such as a park or a library reading room
ice-at-city-property_request_use-property = They want to use a City room, parking lot or garage for their work
ice-at-city-property_request_information = They ask for information or records about someone

## Question: is there a judge's warrant?

ice-at-city-property_warrant = Do the agents have a warrant signed by a judge?
    .hint = { -judicial-warrant-definition } An administrative warrant is an ICE form signed by an immigration officer, not a judge. Examples are Form I-200 and Form I-205.
ice-at-city-property_warrant_judge-signed = Yes, a warrant signed by a judge
ice-at-city-property_warrant_ice-form = They have an ICE form signed by an immigration officer
ice-at-city-property_warrant_no-paper = No, there is no warrant
ice-at-city-property_warrant_cannot-tell = I can't tell what kind of paper it is

## Outcome: no judge's warrant, or not sure

ice-at-city-property_no-consent = City staff may not help the agents, and should not agree to let them into private areas.
    .summary = City law bars City workers from helping with civil immigration enforcement. The City's guidance says not to agree to let ICE into private or "sensitive" City areas.
    .verdict = may not help, and should not consent to entry
ice-at-city-property_no-consent_no-help = Chicago's { -wco } says City agencies and their workers may not take part in civil immigration enforcement or help federal agents with it. { -civil-immigration-enforcement-definition }
ice-at-city-property_no-consent_no-facilities = City agencies may not let ICE agents use City facilities for interviews or other investigations.
ice-at-city-property_no-consent_guidance = The City's January 2025 guidelines cover ICE visits to City property. They say staff should not agree to let ICE into any private or "sensitive" City location.
ice-at-city-property_no-consent_admin-warrant = An ICE form signed by an immigration officer, such as Form I-200 or I-205, is not a judge's warrant. CPD's rules call it an "administrative warrant". Illinois law calls it a "civil immigration warrant".
ice-at-city-property_no-consent_call-lawyer = If you are a City worker: the City's January 2025 guidelines for ICE visits say to call your department's lawyer. They also say to get the highest-ranking official or supervisor on site. The guidelines say to take no action until that person arrives.
ice-at-city-property_no-consent_ask-id = The guidelines say the official in charge should ask to see the agents' ID. They say the official should also write down the name of the supervising ICE officer. If an agent refuses, write that down right away.
ice-at-city-property_no-consent_ask-warrant = The guidelines say the official in charge should ask the agents for a judge's warrant that allows a search, and ask for a copy.
ice-at-city-property_no-consent_no-interfere = If the agents search anyway, with or without a judge's warrant, the guidelines say not to try to stop them.
ice-at-city-property_no-consent_icirr = To report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-at-city-property_no-consent_not-bound = These rules limit what City agencies and workers do. They do not give City workers power to stop federal agents.
ice-at-city-property_no-consent_guidance-status = The guidelines are advice from the City's lawyers (the Corporation Counsel). The Mayor's Office published them in January 2025. They are guidance, not the ordinance itself.

## Outcome: a judge's warrant

ice-at-city-property_judicial-warrant = It depends on what the warrant allows. Check it, ask for a copy, and do not try to stop a search.
    .summary = City guidance says to check a judge's warrant, ask for a copy, and not try to stop a search. City workers still may not help with civil immigration enforcement.
    .verdict = should check the warrant, not stop a search
ice-at-city-property_judicial-warrant_check-warrant = The City's January 2025 guidelines for ICE visits cover this. They say the official in charge should ask to see a judge's warrant that allows the search, and ask for a copy.
ice-at-city-property_judicial-warrant_no-interfere = The guidelines say not to try to stop a search, with or without a judge's warrant.
ice-at-city-property_judicial-warrant_still-no-help = City workers still may not help with civil immigration enforcement. { -civil-immigration-enforcement-definition }
ice-at-city-property_judicial-warrant_call-lawyer = If you are a City worker: the City's January 2025 guidelines for ICE visits say to call your department's lawyer. They also say to get the highest-ranking official or supervisor on site. The guidelines say to take no action until that person arrives.
ice-at-city-property_judicial-warrant_ask-id = The guidelines say the official in charge should ask to see the agents' ID. They say the official should also write down the name of the supervising ICE officer. If an agent refuses, write that down right away.
ice-at-city-property_judicial-warrant_read-warrant = Look at the warrant. { -judicial-warrant-definition } Check which place or person it names.
ice-at-city-property_judicial-warrant_icirr = To report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-at-city-property_judicial-warrant_criminal-warrant = An ICE form signed by an immigration officer is not a judge's warrant, even if it says "warrant" at the top. CPD's rules and Illinois law both treat a criminal warrant from a judge differently from an ICE form.
ice-at-city-property_judicial-warrant_not-bound = These rules limit what City agencies and workers do. They do not give City workers power to stop federal agents.
ice-at-city-property_judicial-warrant_guidance-status = The guidelines are advice from the City's lawyers (the Corporation Counsel). The Mayor's Office published them in January 2025. They are guidance, not the ordinance itself.

## Outcome: agents in a public area

ice-at-city-property_public-area = City workers may not help the agents with immigration enforcement.
    .summary = City workers may not help the agents with civil immigration enforcement. The { -wco } limits City workers, not federal agents.
    .verdict = may not help with immigration enforcement
ice-at-city-property_public-area_no-help = City agencies and their workers may not take part in civil immigration enforcement or help federal agents with it. { -civil-immigration-enforcement-definition }
ice-at-city-property_public-area_no-facilities = City agencies may not let ICE agents use City facilities for interviews or other investigations.
ice-at-city-property_public-area_no-status = City workers may not share anyone's citizenship or immigration status unless the person agrees in writing. The other exception is a law, court order or judge's warrant that requires it.
ice-at-city-property_public-area_call-lawyer = If you are a City worker: the City's January 2025 guidelines for ICE visits say to call your department's lawyer. They also say to get the highest-ranking official or supervisor on site. The guidelines say to take no action until that person arrives.
ice-at-city-property_public-area_ask-id = The guidelines say the official in charge should ask to see the agents' ID. They say the official should also write down the name of the supervising ICE officer. If an agent refuses, write that down right away.
ice-at-city-property_public-area_stay-silent = If agents question you, the ACLU says you have the right to remain silent. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
ice-at-city-property_public-area_free-to-leave = The Immigrant Legal Resource Center (ILRC) advises asking whether you are free to leave. If the answer is yes, leave calmly.
ice-at-city-property_public-area_icirr = To report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-at-city-property_public-area_not-bound = These rules limit what City agencies and workers do. They do not give City workers power to stop federal agents.
ice-at-city-property_public-area_papers = The ACLU says that if you are not a citizen and have immigration papers, you should show them if an immigration agent asks.

## Outcome: agents want to use City property

ice-at-city-property_use-property = City staff may not let immigration agents use City facilities for their investigations.
    .summary = City law bars letting ICE use City facilities for interviews or investigations. CBS News Chicago reported in October 2025 that the Mayor's executive order of October 6, 2025 also bars using City lots and garages as bases for civil immigration enforcement.
    .verdict = may not let ICE use City facilities for investigations
ice-at-city-property_use-property_facilities = City agencies may not let ICE agents use City facilities for interviews or other investigations.
ice-at-city-property_use-property_no-help = City agencies and their workers may not take part in civil immigration enforcement or help federal agents with it. { -civil-immigration-enforcement-definition }
ice-at-city-property_use-property_free-zones = CBS News Chicago reported in October 2025 on an order from the Mayor. According to CBS, it bars using City-owned or City-controlled parking lots, vacant lots and garages as bases for civil immigration enforcement. This includes staging areas and processing sites, and Chicago Public Schools property.
ice-at-city-property_use-property_call-lawyer = If you are a City worker: the City's January 2025 guidelines for ICE visits say to call your department's lawyer. They also say to get the highest-ranking official or supervisor on site. The guidelines say to take no action until that person arrives.
ice-at-city-property_use-property_no-consent = The guidelines say not to agree to let ICE into private or "sensitive" City areas. If agents search anyway, the guidelines say not to try to stop them.
ice-at-city-property_use-property_report-oig = Did a City department let immigration agents use its property? You can report this to the City's Office of Inspector General.
ice-at-city-property_use-property_icirr = To report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-at-city-property_use-property_not-bound = These rules limit what the City and its workers do. They do not give City workers power to stop federal agents.
ice-at-city-property_use-property_guidance-status = The guidelines are advice from the City's lawyers (the Corporation Counsel). The Mayor's Office published them in January 2025. They are guidance, not the ordinance itself.

## Outcome: agents ask for information

ice-at-city-property_information = City workers may not give immigration agents anyone's immigration status or contact details.
    .summary = Chicago's { -wco } bars City workers from sharing anyone's status, and from answering ICE's questions about a person's custody, release date or contact information. The exceptions are narrow.
    .verdict = may not share status or custody details with ICE
ice-at-city-property_information_status = City agencies and workers may not share anyone's citizenship or immigration status, unless the person agrees in writing.
ice-at-city-property_information_contact-info = City workers may not spend time answering ICE's questions about a person's custody, release date or contact information.
ice-at-city-property_information_databases = City agencies may not give a federal agency direct access to a City database for civil immigration enforcement. { -civil-immigration-enforcement-definition }
ice-at-city-property_information_call-lawyer = If you are a City worker: the City's January 2025 guidelines for ICE visits say to call your department's lawyer. They also say to get the highest-ranking official or supervisor on site. The guidelines say to take no action until that person arrives.
ice-at-city-property_information_court-papers = If the agents say a court order or a judge's warrant requires the information, ask for a copy and give it to your department's lawyer.
ice-at-city-property_information_report-oig = Did a City department or employee share information against the ordinance? You can report this to the City's Office of Inspector General.
ice-at-city-property_information_exceptions = The limits on status information give way when a statute, federal regulation, court order or judicial warrant requires otherwise. They also allow sharing when the person agrees in writing. An ICE form is not a judicial warrant.
ice-at-city-property_information_purely-civil = The rule on answering ICE about custody, release dates and contact information has one exception: City workers may contact ICE to find out whether a matter is only about a civil immigration violation, not a crime.
