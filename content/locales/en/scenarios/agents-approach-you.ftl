# Your rights if immigration agents approach you: street, car, work, home (docs/research/facts.md section 6).
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; every claim is cited in the .toml and attributed to the ACLU or
# the Immigrant Legal Resource Center (ILRC). These rights come from the U.S. Constitution.

scenario_agents-approach-you = Your rights if immigration agents approach you
    .summary = On the street, in a car, at work or at home. These rights come from the U.S. Constitution and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.

## Question: where are you?

agents-approach-you_where = Where are you when the agents approach you?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country.
agents-approach-you_where_street = On the street or in another public place
agents-approach-you_where_car = In a car
agents-approach-you_where_work = At work
agents-approach-you_where_home = At home

## Outcome: on the street

agents-approach-you_street = You may stay silent and ask if you are free to leave.
    .summary = Legal-aid groups say you may stay silent and ask if you are free to leave. If you are, walk away calmly; do not run.
    .verdict = may stay silent and ask if free to leave
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

agents-approach-you_car = If agents pull you over, stop. You may stay silent and refuse a search.
    .summary = Legal-aid groups say not to run: stop and stay calm. You may stay silent, refuse a search, and decline to show papers that say what country you are from.
    .verdict = may stay silent and refuse a search
agents-approach-you_car_stop = If police or immigration agents pull you over, stop. The ACLU says not to run or resist.
agents-approach-you_car_silent = The ACLU says you have the right to remain silent. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
agents-approach-you_car_search = You may refuse to let agents search your car, the ACLU says.
agents-approach-you_car_nationality = The American Immigration Lawyers Association (AILA), a group of immigration lawyers, adds that you may refuse to show identity papers that say what country you are from. Never show false papers.
agents-approach-you_car_pull-over = Stop the car in a safe place. Stay calm.
agents-approach-you_car_say-silent = If you are asked questions, you can say: "I want to remain silent."
agents-approach-you_car_say-no-search = If agents ask to search the car, you can say no. If they search anyway, do not resist.
agents-approach-you_car_passenger = The ILRC says to ask whether you are free to leave. If you are a passenger, you can ask: "Am I free to leave?" If yes, leave calmly.
agents-approach-you_car_no-lies = Do not lie, and do not show false papers.
agents-approach-you_car_icirr = For help, or if someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_car_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_car_papers = If you are not a U.S. citizen and have immigration papers, the ACLU says to show them if an immigration agent asks. If you are 18 or older, it says to carry them. If you do not have papers, say you want to remain silent.

## Outcome: at work

agents-approach-you_work = At work, you may also stay silent and ask if you are free to leave.
    .summary = Legal-aid groups say the same rights apply at work: you may stay silent and ask if you are free to leave.
    .verdict = may stay silent and ask if free to leave
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
    .summary = You do not have to open the door. Legal-aid groups say agents need a judge's warrant or your permission to come in.
    .verdict = do not have to open the door
agents-approach-you_home_door = The ILRC's "red card" says not to open the door to immigration agents, and to refuse to let them in without a judge's warrant. { -judicial-warrant-definition }
agents-approach-you_home_silent = You have the right to stay silent and not to sign anything, legal-aid groups say.
agents-approach-you_home_search = The ACLU says you may refuse to let agents search your home.
agents-approach-you_home_keep-closed = Keep the door closed. If you have a red card, show it through a window or slide it under the door.
agents-approach-you_home_slide-warrant = Ask the agents to slide any warrant under the door. Then you can read it without opening the door.
agents-approach-you_home_say-silent = Say: "I want to remain silent."
agents-approach-you_home_no-sign = Do not sign anything before you talk to a lawyer.
agents-approach-you_home_no-resist = If agents come in anyway, do not physically resist. Write down what happens, and call for help.
agents-approach-you_home_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
agents-approach-you_home_constitution = These rights come from the U.S. Constitution, legal-aid groups say, and apply whatever your immigration status. Chicago's { -wco } and the { -trust } limit police and City workers, not federal agents.
agents-approach-you_home_ice-form = An ICE form, such as Form I-200 or I-205, is an "administrative warrant". An immigration officer signs it, not a judge, so it is not a judge's warrant. A removal order from an immigration judge is not a judge's warrant (a warrant from a federal or state court).
agents-approach-you_home_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using Form I-205. This claim is contested. Reporting on it runs to April 2026, the latest information we found; we found no court ruling. A closed door cannot physically stop agents, so do not resist.
