# S9: immigration agents knock at a home.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.
# A resident's own rights come from the U.S. Constitution and are attributed to the ILRC and ACLU.

scenario_agents-at-home = Immigration agents knock at your door
    .summary = What you can do when immigration agents come to your home, and what Chicago police may do. Your rights at the door come from the U.S. Constitution, not from Chicago or Illinois law.

## Question: what is happening?

agents-at-home_door = What is happening at your home?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country. Chicago police officers work for the City.
agents-at-home_door_knocking = Agents are knocking and want to come in
agents-at-home_door_coming-in = Agents are coming in without my permission
agents-at-home_door_police-there = Chicago police are there with the agents
agents-at-home_door_removal-order = Agents show a paper from an immigration judge, such as a removal order

## Question: is there a warrant?

agents-at-home_paper = Do the agents have a warrant?
    .hint = { -judicial-warrant-definition } An administrative warrant is an ICE form, such as Form I-200 or I-205, signed by an immigration officer, not a judge. A paper from an immigration judge, such as a removal order, is not a judge's warrant.
agents-at-home_paper_judge-signed = Yes, a warrant from a federal or state court, signed by a judge
agents-at-home_paper_ice-form = Yes, but it is an ICE form signed by an immigration officer
agents-at-home_paper_no-paper = No, or they will not show one
agents-at-home_paper_cannot-tell = I can't tell what kind of paper it is

## Outcome: no warrant

agents-at-home_no-warrant = Legal-aid groups say agents may not come in without a judge's warrant or your permission.
    .summary = You do not have to open the door. Legal-aid groups say agents need a judge's warrant or your permission to come in.
    .verdict = do not have to open the door
agents-at-home_no-warrant_red-card = The Immigrant Legal Resource Center's (ILRC) "red card" says not to open the door to immigration agents, and to refuse to let them in without a judge's warrant. { -judicial-warrant-definition }
agents-at-home_no-warrant_constitution = The red card bases this on the Fourth Amendment to the U.S. Constitution. The ACLU says you have these rights whatever your immigration status.
agents-at-home_no-warrant_silent = You also have the right to stay silent. The ACLU says you do not have to answer where you were born. You also do not have to say whether you are a citizen, or how you entered the U.S.
agents-at-home_no-warrant_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-at-home_no-warrant_slide-warrant = Ask the agents to slide any warrant under the door. Then you can read it without opening the door.
agents-at-home_no-warrant_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_no-warrant_no-lies = Do not lie, and do not show false papers.
agents-at-home_no-warrant_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_no-warrant_write-down = If it is safe, write down what happens. Note the date, the time, what the agents said, and any names or badge numbers.
agents-at-home_no-warrant_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_no-warrant_memo = An ICE memo dated May 12, 2025, reported by ABC News in January 2026, claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205. This claim is contested as breaking the Fourth Amendment. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
agents-at-home_no-warrant_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. { -civil-immigration-enforcement-definition }
agents-at-home_no-warrant_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: an ICE form (administrative warrant)

agents-at-home_ice-form = Legal-aid groups say an ICE form does not let agents in, but ICE disputes this in some cases.
    .summary = An ICE form signed by an immigration officer is not a judge's warrant. Legal-aid groups say it does not let agents in without your permission, but ICE claims it may enter with Form I-205 and a final removal order.
    .verdict = need more than an ICE form, legal-aid groups say
agents-at-home_ice-form_not-judge = Forms such as I-200 and I-205 are signed by an immigration officer. No judge approves them. Chicago police rules and Illinois law both set them apart from criminal warrants signed by a judge.
agents-at-home_ice-form_red-card = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It says you may refuse to let agents in without a judge's warrant. { -judicial-warrant-definition }
agents-at-home_ice-form_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into a home with Form I-205 and a final removal order. It says they may use "necessary and reasonable" force if refused.
agents-at-home_ice-form_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
agents-at-home_ice-form_slide-warrant = Ask the agents to slide the paper under the door. Look at the form number and at who signed it.
agents-at-home_ice-form_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-at-home_ice-form_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_ice-form_say-no = Say clearly that you do not agree to let them in or to search your home.
agents-at-home_ice-form_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_ice-form_write-down = If it is safe, write down what happens. Note the date, the time, what the agents said, any names or badge numbers, and what the paper said.
agents-at-home_ice-form_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_ice-form_final-order = The memo is about people with a final order to leave the U.S. (a "final removal order"), which an immigration judge signs. A removal order is not a judge's warrant (a warrant from a federal or state court). If you are not sure whether you have one, ask a lawyer.
agents-at-home_ice-form_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. { -civil-immigration-enforcement-definition }
agents-at-home_ice-form_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: a warrant signed by a judge

agents-at-home_judicial-warrant = Legal-aid groups say a judge's warrant lets agents come in.
    .summary = A warrant from a federal or state court, signed by a judge, lets agents in. Even then, you keep the right to stay silent.
    .verdict = may enter with a judge's warrant, legal-aid groups say
agents-at-home_judicial-warrant_red-card = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It refuses entry unless agents have a judge's warrant. A warrant like that is the exception. { -judicial-warrant-definition }
agents-at-home_judicial-warrant_still-silent = You still have the right to stay silent. You do not have to sign anything before you talk to a lawyer.
agents-at-home_judicial-warrant_lawyer = If you are arrested, the ACLU says to ask for a lawyer right away.
agents-at-home_judicial-warrant_check-warrant = Ask the agents to slide the warrant under the door. Check the court's name at the top, the judge's signature, and the address or name it gives. A paper from an immigration judge or from ICE is not a judge's warrant.
agents-at-home_judicial-warrant_no-resist = Do not physically resist. The ACLU says not to run or resist.
agents-at-home_judicial-warrant_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_judicial-warrant_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_judicial-warrant_not-judge = An ICE form signed by an immigration officer, such as Form I-200 or I-205, is not a judge's warrant, even if it says "warrant" at the top. Neither is a removal order signed by an immigration judge.
agents-at-home_judicial-warrant_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: can't tell what the paper is

agents-at-home_unclear-paper = It depends on who signed the paper.
    .summary = Legal-aid groups say only a warrant from a federal or state court, signed by a judge, lets agents in without your permission. ICE claims more in some cases, and that claim is contested.
    .verdict = need a judge's warrant to enter, legal-aid groups say
agents-at-home_unclear-paper_if-judge = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It refuses entry unless agents have a judge's warrant. { -judicial-warrant-definition }
agents-at-home_unclear-paper_if-ice-form = An ICE form, such as Form I-200 or I-205, is signed by an immigration officer. A removal order is signed by an immigration judge. Chicago police rules and Illinois law set these papers apart from a criminal warrant signed by a judge.
agents-at-home_unclear-paper_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into a home with Form I-205 and a final removal order. This claim is contested. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
agents-at-home_unclear-paper_check-paper = Ask the agents to slide the paper under the door. A judge's warrant has a court's name at the top, such as a U.S. District Court or an Illinois circuit court, and a judge's signature. An ICE form has a form number, such as I-200 or I-205, "Department of Homeland Security" at the top, and an immigration officer's signature.
agents-at-home_unclear-paper_keep-closed = Keep the door closed while you check. If you have a red card, show it through a window or slide it under the door.
agents-at-home_unclear-paper_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_unclear-paper_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_unclear-paper_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_unclear-paper_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. { -civil-immigration-enforcement-definition }
agents-at-home_unclear-paper_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: agents are coming in without permission

agents-at-home_forced-entry = Whether agents may come in depends on their warrant. Either way, do not resist.
    .summary = Do not resist: a closed door or a red card cannot physically stop agents. Stay silent, and if you think your rights were violated, talk to a lawyer afterward.
    .verdict = need a judge's warrant, legal-aid groups say; ICE disputes
agents-at-home_forced-entry_need-warrant = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It says you may refuse to let agents in without a judge's warrant. { -judicial-warrant-definition }
agents-at-home_forced-entry_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into a home with ICE Form I-205 and a final removal order. This claim is contested as breaking the Fourth Amendment. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
agents-at-home_forced-entry_no-resist = The ACLU says not to run, argue or resist, even if you think your rights are being violated.
agents-at-home_forced-entry_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
agents-at-home_forced-entry_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_forced-entry_write-down = As soon as you can, write down what happened. Note the date, the time, how many agents came, any names or badge numbers, and any paper they showed.
agents-at-home_forced-entry_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_forced-entry_bivens = A 2025 Illinois law, the Illinois Bivens Act, lets people sue over rights violations during civil immigration enforcement, federal agents included. According to news reports, the U.S. Department of Justice sued to block it on December 22, 2025. As of early January 2026, the latest news we found, there was no ruling.
agents-at-home_forced-entry_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. { -civil-immigration-enforcement-definition }
agents-at-home_forced-entry_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: Chicago police are there

agents-at-home_police-role = Chicago police may not help the agents with an immigration arrest.
    .summary = Chicago police may not take part in civil immigration enforcement. They still respond to emergencies and crimes.
    .verdict = may not help with the immigration arrest
agents-at-home_police-role_city-law = Chicago's { -wco } says City agencies and workers, including police, may not take part in civil immigration enforcement. They may not help federal agents with it either. { -civil-immigration-enforcement-definition }
agents-at-home_police-role_no-support = Police may not set up a traffic perimeter or give any other on-site support for a civil immigration operation.
agents-at-home_police-role_no-arrest = Police may not stop, arrest or hold anyone only because they think the person is in the U.S. without permission or broke a civil immigration rule. Illinois law says the same for police anywhere in the state.
agents-at-home_police-role_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
agents-at-home_police-role_your-rights = Your own rights do not change. Legal-aid groups say to keep the door closed, ask to see any warrant under the door, and stay silent.
agents-at-home_police-role_witness = If it is safe, write down the date, time and place, and any police badge or car numbers.
agents-at-home_police-role_report-copa = If a Chicago police officer helped with the immigration arrest, you can report it to the Civilian Office of Police Accountability (COPA).
agents-at-home_police-role_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
agents-at-home_police-role_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_police-role_emergency = Police may still answer a 911 call or act on a crime, whatever anyone's immigration status. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
agents-at-home_police-role_criminal-warrant = The Attorney General's guidance also says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
agents-at-home_police-role_supervisor = According to a CBS News Chicago report from 2021, the updated ordinance has a police supervisor approve any request for help from immigration agents.
agents-at-home_police-role_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
agents-at-home_removal-order = A removal order is not a judge's warrant. ICE claims it may enter with Form I-205 plus a final removal order; that claim is contested. Do not resist.
    .summary = A paper from an immigration judge, such as a removal order, is not a judge's warrant. But ICE claims it may enter a home with Form I-205 and a final removal order: do not resist, stay silent, and call for help.
    .verdict = claim entry with I-205 and final removal order (contested)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Chicago police rules count a removal order as an "administrative warrant": an immigration paper, not a criminal warrant issued by a judge. Illinois law calls ICE forms such as I-205 "civil immigration warrants".
agents-at-home_removal-order_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205 (a "warrant of removal" signed by an immigration officer). It says they may use "necessary and reasonable" force if refused.
agents-at-home_removal-order_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
agents-at-home_removal-order_no-resist = Do not physically resist, even if you think the entry is unlawful. The ACLU says not to run, argue or resist.
agents-at-home_removal-order_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_removal-order_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
agents-at-home_removal-order_write-down = As soon as it is safe, write down what happened: the date, the time, how many agents came, any names or badge numbers, and what the papers said. Keep any copy they give you.
agents-at-home_removal-order_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_removal-order_lawyer = The memo is about people with a final order to leave the U.S. If you are not sure whether you or someone at home has one, ask a lawyer.
agents-at-home_removal-order_ice-not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from acting on their own.
