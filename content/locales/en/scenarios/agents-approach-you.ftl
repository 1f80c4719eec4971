# Your rights if immigration agents approach you: street, car, work, home (FACTS.md section 6).
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; every claim is cited in the .toml and attributed to the ACLU or
# the Immigrant Legal Resource Center (ILRC). These rights come from the U.S. Constitution.

scenario_agents-approach-you = Your rights if immigration agents approach you
    .summary = On the street, in a car, at work or at home. These rights come from the U.S. Constitution and apply whatever your immigration status. Chicago and Illinois laws limit police and City workers, not federal agents.

## Question: where are you?

agents-approach-you_where = Where are you when the agents approach you?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country.
agents-approach-you_where_street = On the street or in another public place
agents-approach-you_where_car = In a car
agents-approach-you_where_work = At work
agents-approach-you_where_home = At home

## Outcome: on the street

agents-approach-you_street = You may stay silent and ask if you are free to leave.
    .summary = The ACLU and the Immigrant Legal Resource Center (ILRC), two legal-aid groups, give this advice. These rights come from the U.S. Constitution, not from Chicago or Illinois law.
agents-approach-you_street_silent = The ACLU says you have the right to remain silent. If you want to use it, say so out loud.
agents-approach-you_street_questions = The ACLU says you do not have to say where you were born. You also do not have to say whether you are a citizen, or how you entered the U.S. Different rules apply at borders and airports, and for some visa holders.
agents-approach-you_street_leave = The ILRC says to ask whether you are free to leave. If the answer is yes, leave calmly.
agents-approach-you_street_search = You may refuse to let agents search you or your things. The ACLU says officers may pat down your clothing if they suspect you have a weapon.
agents-approach-you_street_say-silent = Say: "I want to remain silent."
agents-approach-you_street_ask-leave = Ask: "Am I free to leave?" If yes, walk away calmly. Do not run.
agents-approach-you_street_no-lies = Do not lie, and do not show false papers.
agents-approach-you_street_no-resist = Do not run or resist, even if you think the stop is unfair.
agents-approach-you_street_no-sign = Do not sign anything before you talk to a lawyer.
agents-approach-you_street_lawyer = If you are arrested, ask for a lawyer right away.
agents-approach-you_street_red-card = You can hand the agent an ILRC "red card", which states your rights.
agents-approach-you_street_icirr = For help, or if someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_street_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_street_papers = If you are not a U.S. citizen and have immigration papers, the ACLU says to show them if an immigration agent asks. If you are 18 or older, it says to carry them. If you do not have papers, say you want to remain silent.

## Outcome: in a car

agents-approach-you_car = If you are driving, stop and show your license when asked. You may still stay silent.
    .summary = The ACLU says drivers should show their license, registration and proof of insurance when asked. You still do not have to answer questions about your immigration status. These rights come from the U.S. Constitution, not from Chicago or Illinois law.
agents-approach-you_car_stop = The ACLU says that if police or immigration agents pull you over, you should stop. If you are the driver, show your license, registration and proof of insurance when asked.
agents-approach-you_car_silent = The ACLU says drivers and passengers both have the right to remain silent. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
agents-approach-you_car_search = You may refuse to let agents search your car, the ACLU says.
agents-approach-you_car_pull-over = Stop the car in a safe place. Stay calm.
agents-approach-you_car_show-license = If you are driving, show your license, registration and proof of insurance when asked.
agents-approach-you_car_say-silent = For other questions, you can say: "I want to remain silent."
agents-approach-you_car_say-no-search = If agents ask to search the car, you can say no. If they search anyway, do not resist.
agents-approach-you_car_passenger = If you are a passenger, you can ask: "Am I free to leave?" If yes, you may leave calmly.
agents-approach-you_car_no-lies = Do not lie, and do not show false papers.
agents-approach-you_car_icirr = For help, or if someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_car_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_car_papers = If you are not a U.S. citizen and have immigration papers, the ACLU says to show them if an immigration agent asks. If you are 18 or older, it says to carry them. If you do not have papers, say you want to remain silent.

## Outcome: at work

agents-approach-you_work = At work, you may also stay silent and ask if you are free to leave.
    .summary = The ACLU and the Immigrant Legal Resource Center (ILRC), two legal-aid groups, say the same rights apply at work. These rights come from the U.S. Constitution, not from Chicago or Illinois law.
agents-approach-you_work_silent = The ACLU says you have the right to remain silent. If you want to use it, say so out loud.
agents-approach-you_work_questions = The ACLU says you do not have to say where you were born. You also do not have to say whether you are a citizen, or how you entered the U.S. Different rules apply for some visa holders.
agents-approach-you_work_leave = The ILRC says to ask whether you are free to leave. If the answer is yes, leave calmly.
agents-approach-you_work_no-run = The ACLU says not to run or resist, even if you think agents are violating your rights.
agents-approach-you_work_say-silent = Say: "I want to remain silent."
agents-approach-you_work_ask-leave = Ask: "Am I free to leave?" If yes, walk away calmly. Do not run.
agents-approach-you_work_no-lies = Do not lie, and do not show false papers.
agents-approach-you_work_no-sign = Do not sign anything before you talk to a lawyer.
agents-approach-you_work_lawyer = If you are arrested, ask for a lawyer right away.
agents-approach-you_work_icirr = For help, or if someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_work_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_work_papers = If you are not a U.S. citizen and have immigration papers, the ACLU says to show them if an immigration agent asks. If you are 18 or older, it says to carry them. If you do not have papers, say you want to remain silent.

## Outcome: at home

agents-approach-you_home = You may keep your door closed and stay silent.
    .summary = The Immigrant Legal Resource Center (ILRC) and the ACLU are legal-aid groups. They say agents need a judge's warrant or your permission to come in. These rights come from the U.S. Constitution, not from Chicago or Illinois law.
agents-approach-you_home_door = The ILRC's "red card" says not to open the door to immigration agents. It says you may refuse to let them in without a judge's warrant. The warrant must be signed by a judge or magistrate, with your name on it.
agents-approach-you_home_silent = You have the right to stay silent and not to sign anything, legal-aid groups say.
agents-approach-you_home_search = The ACLU says you may refuse to let agents search your home.
agents-approach-you_home_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-approach-you_home_slide-warrant = Ask the agents to slide any warrant under the door. Then you can read it without opening the door.
agents-approach-you_home_say-silent = Say: "I want to remain silent."
agents-approach-you_home_no-sign = Do not sign anything before you talk to a lawyer.
agents-approach-you_home_no-resist = If agents come in anyway, do not physically resist. Write down what happens, and call for help.
agents-approach-you_home_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_home_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_home_ice-form = An ICE form, such as Form I-200 or I-205, is an "administrative warrant". An immigration officer signs it, not a judge. It is not a judicial warrant, which a judge or magistrate signs.
agents-approach-you_home_memo = ABC News reported in January 2026 on an ICE memo from May 2025. It claims agents may force their way into a home with Form I-205 and a final deportation order. This claim is contested. We found no court ruling on it. A closed door cannot physically stop agents, so do not resist.
