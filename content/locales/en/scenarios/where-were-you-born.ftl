# S8: police stop someone and ask "Where were you born?" or "Are you legal?"
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_where-were-you-born = Police ask "Where were you born?" or "Are you legal?"
    .summary = For example, an officer stops you on the street or pulls over your car, and asks where you were born or about your immigration status.

## Question: who is asking?

where-were-you-born_who = Who is asking the questions?
    .hint = Chicago police and other Illinois police work for a city, a county or the state. ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country.
where-were-you-born_who_police = A Chicago police officer, or other Illinois police
where-were-you-born_who_immigration = A federal immigration agent, such as ICE
where-were-you-born_who_not-sure = I can't tell

## Question: what is happening?

where-were-you-born_setting = What is happening?
    .hint = Custody means being held by police or in jail.
where-were-you-born_setting_street = I was stopped on the street or in another public place
where-were-you-born_setting_car = I was pulled over in a car
where-were-you-born_setting_custody = I was arrested or am being held

## Outcome: stopped on the street

where-were-you-born_street-stop = Police may not ask where you were born or about your immigration status.
    .summary = Illinois law bars police anywhere in the state from asking people they stop about their citizenship, immigration status or place of birth. You may stay silent.
    .verdict = may not ask about your birthplace or status
where-were-you-born_street-stop_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
where-were-you-born_street-stop_city-law = Chicago's { -wco } says City workers, including police, may not ask for anyone's citizenship or immigration status. The exceptions are narrow, such as when a law or court order requires it.
where-were-you-born_street-stop_no-arrest = Police may not stop, arrest, search or hold anyone only because of their immigration status.
where-were-you-born_street-stop_stay-silent = The ACLU says everyone has rights under the U.S. Constitution, whatever their immigration status. You have the right to stay silent about where you were born, whether you are a citizen, and how you entered the U.S. Say out loud that you want to remain silent.
where-were-you-born_street-stop_free-to-leave = The Immigrant Legal Resource Center (ILRC) advises asking whether you are free to leave. If the answer is yes, leave calmly.
where-were-you-born_street-stop_no-lies = The ACLU advises: do not lie, do not show false papers, and do not run or resist.
where-were-you-born_street-stop_write-down = Afterwards, write down the date, time and place, and the officer's name and badge number if you can.
where-were-you-born_street-stop_report-copa = You can report a Chicago police officer who asked these questions to the Civilian Office of Police Accountability (COPA).
where-were-you-born_street-stop_report-ag = You can also contact the Illinois Attorney General's Civil Rights hotline.
where-were-you-born_street-stop_exceptions = State law has two narrow exceptions. Police may tell someone in custody that they can contact their country's consulate, and help them do it. Police may also ask for proof of status where certain firearms laws call for it.
where-were-you-born_street-stop_border = The ACLU notes that different rules apply at borders and airports, and for some visa holders.

## Outcome: pulled over in a car

where-were-you-born_car-stop = Police may not ask where you were born or about your immigration status.
    .summary = Illinois law bars police from asking people they stop about their citizenship, immigration status or place of birth, in a traffic stop too. You may stay silent.
    .verdict = may not ask about your birthplace or status
where-were-you-born_car-stop_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
where-were-you-born_car-stop_city-law = Chicago's { -wco } says City workers, including police, may not ask for anyone's citizenship or immigration status. The exceptions are narrow, such as when a law or court order requires it.
where-were-you-born_car-stop_no-arrest = Police may not stop, arrest, search or hold anyone only because of their immigration status.
where-were-you-born_car-stop_stay-silent = You do not have to answer questions about where you were born or your immigration status. The ACLU says you have the right to stay silent.
where-were-you-born_car-stop_search = The ACLU says you can refuse to let police search your car. If they search anyway, do not resist.
where-were-you-born_car-stop_no-lies = The ACLU advises: do not lie, do not show false papers, and do not run or resist.
where-were-you-born_car-stop_write-down = Afterwards, write down the date, time and place, and the officer's name and badge number if you can.
where-were-you-born_car-stop_report-copa = You can report a Chicago police officer who asked these questions to the Civilian Office of Police Accountability (COPA).
where-were-you-born_car-stop_report-ag = You can also contact the Illinois Attorney General's Civil Rights hotline.
where-were-you-born_car-stop_exceptions = State law has two narrow exceptions. Police may tell someone in custody that they can contact their country's consulate, and help them do it. Police may also ask for proof of status where certain firearms laws call for it.
where-were-you-born_car-stop_border = The ACLU notes that different rules apply at borders and airports, and for some visa holders.

## Outcome: arrested or held

where-were-you-born_in-custody = Police may not ask where you were born or about your immigration status while you are held.
    .summary = Illinois law bars police from asking anyone in their custody about citizenship, immigration status or place of birth. There are two narrow exceptions.
    .verdict = may not ask about your birthplace or status
where-were-you-born_in-custody_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
where-were-you-born_in-custody_city-law = Chicago's { -wco } says City workers, including police, may not ask for anyone's citizenship or immigration status, except in narrow cases.
where-were-you-born_in-custody_no-hold = Police may not keep holding anyone only because of an immigration detainer. A detainer is a written request from ICE asking police to hold someone, or to tell ICE when the person will be released. A judge does not sign it.
where-were-you-born_in-custody_no-ice-access = Chicago police may not let ICE agents reach a person they are holding, including by telephone.
where-were-you-born_in-custody_stay-silent = The ACLU says you have the right to stay silent. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
where-were-you-born_in-custody_lawyer = The ACLU says you have the right to a lawyer if you are arrested, so ask for one right away. First Defense Legal Aid's hotline connects people who have been arrested with free legal help, 24 hours a day.
where-were-you-born_in-custody_report-copa = You can report a Chicago police officer who asked these questions to the Civilian Office of Police Accountability (COPA).
where-were-you-born_in-custody_exceptions = The two exceptions: police may tell someone in custody that they can contact their country's consulate, and help them do it. Police may also ask for proof of status where certain firearms laws call for it.
where-were-you-born_in-custody_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: a federal immigration agent is asking

where-were-you-born_federal-agent = City and state limits on these questions do not apply to immigration agents. You still have the right to stay silent.
    .summary = The rules against status questions bind Chicago and Illinois police, not federal agents. You still have the right to stay silent, legal-aid groups say.
    .verdict = are not bound by these City and state rules
where-were-you-born_federal-agent_not-bound = The City and state rules against status questions bind City workers and Illinois police. They do not bind federal immigration agents.
where-were-you-born_federal-agent_silent = The ACLU says you have the right to remain silent. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
where-were-you-born_federal-agent_papers = The ACLU also says: if you are not a citizen and have immigration papers, show them if an immigration agent asks. If you are 18 or older, carry them with you. If you do not have papers, say you want to remain silent.
where-were-you-born_federal-agent_say-silent = Say out loud that you want to remain silent.
where-were-you-born_federal-agent_free-to-leave = The Immigrant Legal Resource Center (ILRC) advises asking whether you are free to leave. If the answer is yes, leave calmly.
where-were-you-born_federal-agent_no-sign = The ILRC also advises: do not sign anything before you talk to a lawyer.
where-were-you-born_federal-agent_no-lies = The ACLU advises: do not lie, do not show false papers, and do not run or resist.
where-were-you-born_federal-agent_icirr = To get help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
where-were-you-born_federal-agent_border = The ACLU notes that different rules apply at borders and airports, and for some visa holders.
where-were-you-born_federal-agent_police-role = Chicago police may not help immigration agents with civil immigration enforcement, such as by blocking traffic or giving other support at the scene. { -civil-immigration-enforcement-definition }

## Outcome: not sure who is asking

where-were-you-born_unsure-who = Either way, you have the right to stay silent about where you were born and your status.
    .summary = Illinois police may not ask these questions of people they stop or hold. Federal immigration agents are not bound by that rule, but you still have the right to stay silent.
    .verdict = may not ask, but federal agents are not bound
where-were-you-born_unsure-who_police-no = If they are police, state law bars them from asking people they stop or hold about status or place of birth. City law bars Chicago police from asking for anyone's status.
where-were-you-born_unsure-who_federal = If they are federal immigration agents, those City and state rules do not bind them.
where-were-you-born_unsure-who_silent = The ACLU says you have the right to remain silent, whoever is asking. You do not have to say where you were born, whether you are a citizen, or how you entered the U.S.
where-were-you-born_unsure-who_papers = The ACLU also says: if you are not a citizen and have immigration papers, show them if an immigration agent asks. If you do not have papers, say you want to remain silent.
where-were-you-born_unsure-who_say-silent = Say out loud that you want to remain silent.
where-were-you-born_unsure-who_no-lies = The ACLU advises: do not lie, do not show false papers, and do not run or resist.
where-were-you-born_unsure-who_write-down = If you can, write down the date, time and place, and any names, badge numbers or car numbers.
where-were-you-born_unsure-who_icirr = To get help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
where-were-you-born_unsure-who_border = The ACLU notes that different rules apply at borders and airports, and for some visa holders.
