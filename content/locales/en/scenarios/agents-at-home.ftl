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

## Question: is there a warrant?

agents-at-home_paper = Do the agents have a warrant?
    .hint = A judicial warrant is signed by a judge or magistrate from a court. It names the person or place. An administrative warrant is an ICE form, such as Form I-200 or I-205, signed by an immigration officer, not a judge.
agents-at-home_paper_judge-signed = Yes, a warrant signed by a judge
agents-at-home_paper_ice-form = Yes, but it is an ICE form signed by an immigration officer
agents-at-home_paper_no-paper = No, or they will not show one
agents-at-home_paper_cannot-tell = I can't tell what kind of paper it is

## Outcome: no warrant

agents-at-home_no-warrant = Legal-aid groups say agents may not come in without a judge's warrant or your permission.
    .summary = You do not have to open the door. The Immigrant Legal Resource Center (ILRC) and the ACLU, two legal-aid groups, give this advice. These rights come from the U.S. Constitution, not from Chicago or Illinois law.
agents-at-home_no-warrant_red-card = The ILRC's "red card" says not to open the door to immigration agents. It says you may refuse to let them in without a judge's warrant. The warrant must be signed by a judge or magistrate, with your name on it.
agents-at-home_no-warrant_constitution = The red card bases this on the Fourth Amendment to the U.S. Constitution. The ACLU says you have these rights whatever your immigration status.
agents-at-home_no-warrant_silent = You also have the right to stay silent. The ACLU says you do not have to answer where you were born. You also do not have to say whether you are a citizen, or how you entered the U.S.
agents-at-home_no-warrant_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-at-home_no-warrant_slide-warrant = Ask the agents to slide any warrant under the door. Then you can read it without opening the door.
agents-at-home_no-warrant_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_no-warrant_no-lies = Do not lie, and do not show false papers.
agents-at-home_no-warrant_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_no-warrant_write-down = If it is safe, write down what happens. Note the date, the time, what the agents said, and any names or badge numbers.
agents-at-home_no-warrant_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_no-warrant_memo = ABC News reported in January 2026 on an ICE memo from May 2025. It claims agents may force their way into a home with ICE Form I-205 and a final deportation order. This claim is contested as breaking the Fourth Amendment. We found no court ruling on it.
agents-at-home_no-warrant_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. That means federal action to find, arrest, hold or deport people for being in the U.S. without permission.
agents-at-home_no-warrant_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: an ICE form (administrative warrant)

agents-at-home_ice-form = Legal-aid groups say an ICE form does not let agents in, but ICE disputes this in some cases.
    .summary = An ICE form signed by an immigration officer is an "administrative warrant". No judge signed it. Legal-aid groups say it does not let agents into your home without your permission.
agents-at-home_ice-form_not-judge = Forms such as I-200 and I-205 are signed by an immigration officer. No judge approves them. Chicago police rules and Illinois law both set them apart from criminal warrants signed by a judge.
agents-at-home_ice-form_red-card = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It says you may refuse to let agents in without a judge's warrant. The warrant must be signed by a judge or magistrate, with your name on it.
agents-at-home_ice-form_memo = ABC News reported in January 2026 on an ICE memo from May 2025. It claims agents may force their way into a home with Form I-205 and a final deportation order. It says they may use "necessary and reasonable" force if refused.
agents-at-home_ice-form_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. We found no court ruling on it.
agents-at-home_ice-form_slide-warrant = Ask the agents to slide the paper under the door. Look at the form number and at who signed it.
agents-at-home_ice-form_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-at-home_ice-form_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_ice-form_say-no = Say clearly that you do not agree to let them in or to search your home.
agents-at-home_ice-form_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_ice-form_write-down = If it is safe, write down what happens. Note the date, the time, what the agents said, any names or badge numbers, and what the paper said.
agents-at-home_ice-form_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_ice-form_final-order = The memo is about people with a final order to leave the U.S. (a "final removal order"). If you are not sure whether you have one, ask a lawyer.
agents-at-home_ice-form_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. That means federal action to find, arrest, hold or deport people for being in the U.S. without permission.
agents-at-home_ice-form_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: a warrant signed by a judge

agents-at-home_judicial-warrant = Legal-aid groups say a judge's warrant with your name on it lets agents come in.
    .summary = A judicial warrant is signed by a judge or magistrate from a court. It names the person or place. Even with one, you keep the right to stay silent.
agents-at-home_judicial-warrant_red-card = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It refuses entry unless agents have a warrant signed by a judge or magistrate, with your name on it. A warrant like that is the exception.
agents-at-home_judicial-warrant_still-silent = You still have the right to stay silent. You do not have to sign anything before you talk to a lawyer.
agents-at-home_judicial-warrant_lawyer = If you are arrested, the ACLU says to ask for a lawyer right away.
agents-at-home_judicial-warrant_check-warrant = Ask the agents to slide the warrant under the door. Check that it names a court, is signed by a judge or magistrate, and has your name or address.
agents-at-home_judicial-warrant_no-resist = Do not physically resist. The ACLU says not to run or resist.
agents-at-home_judicial-warrant_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_judicial-warrant_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_judicial-warrant_not-judge = An ICE form signed by an immigration officer, such as Form I-200 or I-205, is not a judge's warrant. This is true even if it says "warrant" at the top.
agents-at-home_judicial-warrant_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: can't tell what the paper is

agents-at-home_unclear-paper = It depends on who signed the paper.
    .summary = Legal-aid groups say only a warrant signed by a judge lets agents in without your permission. An ICE form signed by an immigration officer is not enough, they say. ICE disputes this in some cases.
agents-at-home_unclear-paper_if-judge = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It refuses entry unless agents have a warrant signed by a judge or magistrate, with your name on it.
agents-at-home_unclear-paper_if-ice-form = An ICE form, such as Form I-200 or I-205, is signed by an immigration officer. Chicago police rules and Illinois law both set it apart from a judge's warrant.
agents-at-home_unclear-paper_memo = ABC News reported in January 2026 on an ICE memo from May 2025. It claims agents may force their way into a home with Form I-205 and a final deportation order. This claim is contested. We found no court ruling on it.
agents-at-home_unclear-paper_check-paper = Ask the agents to slide the paper under the door. A judge's warrant names a court and is signed by a judge or magistrate. An ICE form has a form number, such as I-200 or I-205, and an immigration officer's signature.
agents-at-home_unclear-paper_keep-closed = Keep the door closed while you check. If you have a red card, show it through a window or slide it under the door.
agents-at-home_unclear-paper_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_unclear-paper_no-resist = If agents come in anyway, do not physically resist. The ACLU says not to resist, even if you think your rights are being violated.
agents-at-home_unclear-paper_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_unclear-paper_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. That means federal action to find, arrest, hold or deport people for being in the U.S. without permission.
agents-at-home_unclear-paper_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: agents are coming in without permission

agents-at-home_forced-entry = Whether agents may come in depends on their warrant. Either way, do not resist.
    .summary = A closed door or a red card cannot physically stop agents. Legal-aid groups say not to resist. You keep your right to stay silent. If you think your rights were violated, talk to a lawyer afterward.
agents-at-home_forced-entry_need-warrant = The Immigrant Legal Resource Center (ILRC) hands out a "red card". It says you may refuse to let agents in without a judge's warrant. The warrant must be signed by a judge or magistrate, with your name on it.
agents-at-home_forced-entry_memo = ABC News reported in January 2026 on an ICE memo from May 2025. It claims agents may force their way into a home with ICE Form I-205 and a final deportation order. This claim is contested as breaking the Fourth Amendment. We found no court ruling on it.
agents-at-home_forced-entry_no-resist = The ACLU says not to run, argue or resist, even if you think your rights are being violated.
agents-at-home_forced-entry_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
agents-at-home_forced-entry_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
agents-at-home_forced-entry_write-down = As soon as you can, write down what happened. Note the date, the time, how many agents came, any names or badge numbers, and any paper they showed.
agents-at-home_forced-entry_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_forced-entry_bivens = A 2025 Illinois law, the Illinois Bivens Act, lets people sue over rights violations during civil immigration enforcement. They can sue federal agents too. The U.S. Department of Justice sued to block it on December 22, 2025. As of January 2026, the latest news we found, there was no ruling.
agents-at-home_forced-entry_police = Chicago police may not block traffic or give other on-site support for civil immigration enforcement. That means federal action to find, arrest, hold or deport people for being in the U.S. without permission.
agents-at-home_forced-entry_ice-not-bound = Chicago and Illinois laws limit what police and City workers do. They do not stop federal agents from acting on their own.

## Outcome: Chicago police are there

agents-at-home_police-role = Chicago police may not help the agents with an immigration arrest.
    .summary = This is civil immigration enforcement. That means federal action to find, arrest, hold or deport people for being in the country without permission. Chicago police may not take part. They still respond to emergencies and crimes.
agents-at-home_police-role_city-law = Chicago's { -wco } says City agencies and workers, including police, may not take part in civil immigration enforcement. They may not help federal agents with it either.
agents-at-home_police-role_no-support = Police may not set up a traffic perimeter or give any other on-site support for a civil immigration operation.
agents-at-home_police-role_no-arrest = Police may not stop, arrest or hold anyone only because they think the person is in the U.S. without permission. Illinois law says the same for police anywhere in the state.
agents-at-home_police-role_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
agents-at-home_police-role_your-rights = Your own rights do not change. Legal-aid groups say to keep the door closed, ask to see any warrant under the door, and stay silent.
agents-at-home_police-role_witness = If it is safe, write down the date, time and place, and any police badge or car numbers.
agents-at-home_police-role_report-copa = If a Chicago police officer helped with the immigration arrest, you can report it to the Civilian Office of Police Accountability (COPA).
agents-at-home_police-role_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
agents-at-home_police-role_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-at-home_police-role_emergency = Police may still answer a 911 call or act on a crime, whatever anyone's immigration status. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
agents-at-home_police-role_criminal-warrant = The Attorney General's guidance also says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
agents-at-home_police-role_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
agents-at-home_police-role_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
