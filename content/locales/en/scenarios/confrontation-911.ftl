# S12: residents and federal agents clash, and someone calls 911.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_confrontation-911 = Residents and federal agents clash, and someone calls 911
    .summary = For example, neighbors gather while immigration agents make an arrest, and someone calls the police. What Chicago police may and may not do, and where to report what happened.

## Question: what is happening?

confrontation-911_situation = What is happening?
    .hint = { -civil-immigration-enforcement-definition } Chicago police officers work for the City.
confrontation-911_situation_someone-hurt = Someone is hurt or in danger
confrontation-911_situation_crime = Someone says a crime happened
confrontation-911_situation_agents-ask = The agents want police to help with their arrest
confrontation-911_situation_afterwards = It is over, and I want to report what happened

## Question: who do you want to report?

confrontation-911_report = Who do you want to report?
    .hint = COPA, the Civilian Office of Police Accountability, takes complaints about Chicago police officers.
confrontation-911_report_police = Chicago police officers
confrontation-911_report_agents = Federal agents

## Outcome: someone is hurt or in danger

confrontation-911_emergency = Police respond to the emergency, not to the immigration arrest.
    .summary = Chicago police still answer 911 calls and keep people safe. They may not use the call to help with civil immigration enforcement.
    .verdict = may handle the emergency, not the immigration arrest
confrontation-911_emergency_only-status = City law bars stops and arrests based only on a belief that someone is in the U.S. without permission or broke a civil immigration rule. It does not stop police from acting when someone is in danger or a crime happens.
confrontation-911_emergency_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
confrontation-911_emergency_no-support = Police may not set up a traffic perimeter or give other on-site support for the immigration operation itself.
confrontation-911_emergency_call-911 = If someone is hurt or in danger, call 911.
confrontation-911_emergency_officer = If you are an officer: deal with the emergency and call a supervisor. Do not set up a perimeter or give other support for the immigration arrest.
confrontation-911_emergency_witness = If it is safe, write down the date, time and place, what happened, and any badge or car numbers.
confrontation-911_emergency_icirr = To report immigration agents' activity or get help, call or text the ICIRR Family Support Hotline, 24 hours a day.
confrontation-911_emergency_status-questions = Illinois police may not ask people they stop or hold about their citizenship, immigration status or place of birth, with narrow exceptions. Chicago City workers, including police, may not ask for or share anyone's status, with narrow exceptions.
confrontation-911_emergency_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
confrontation-911_emergency_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: a crime

confrontation-911_crime = Police may act on a crime, but may not help with the immigration arrest.
    .summary = Chicago police still enforce criminal law, whatever anyone's immigration status. They may not help with the immigration arrest.
    .verdict = may act on the crime, not the immigration arrest
confrontation-911_crime_only-status = City law bars stops and arrests based only on a belief that someone is in the U.S. without permission or broke a civil immigration rule. It does not stop police from acting on a crime.
confrontation-911_crime_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
confrontation-911_crime_no-civil-help = Police still may not help with the immigration side, such as holding someone for the agents or blocking traffic for their operation.
confrontation-911_crime_call-911 = If you are the victim of a crime or saw one, you can call 911 and tell police what you saw.
confrontation-911_crime_officer = If you are an officer: handle the crime as you would any other. Call a supervisor about any request from the agents.
confrontation-911_crime_lawyer = If you or someone you know is arrested by Chicago police, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
confrontation-911_crime_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
confrontation-911_crime_detainer = If police arrest someone for a crime, they may not keep holding the person only because of an immigration detainer. A detainer is a written request from ICE to hold someone. A judge does not sign it.
confrontation-911_crime_no-transfer = Chicago police may not hand anyone over to ICE only for civil immigration enforcement.
confrontation-911_crime_status-questions = Illinois police may not ask people they stop or hold about their citizenship, immigration status or place of birth, with narrow exceptions. Chicago City workers, including police, may not ask for or share anyone's status, with narrow exceptions.
confrontation-911_crime_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: the agents want police to help with the arrest

confrontation-911_no-help = Chicago police may not help with the immigration arrest.
    .summary = This is civil immigration enforcement, and City and state law keep Chicago police out of it. Police can still keep the peace and act on crimes.
    .verdict = may not help with the immigration arrest
confrontation-911_no-help_city-law = Chicago's { -wco } says City agencies and workers, including police, may not take part in civil immigration enforcement. They may not help federal agents with it either. { -civil-immigration-enforcement-definition }
confrontation-911_no-help_no-support = Police may not set up a traffic perimeter or give any other on-site support for a civil immigration operation.
confrontation-911_no-help_no-arrest = Police may not stop, arrest or hold anyone only because they think the person is in the U.S. without permission or broke a civil immigration rule. Illinois law says the same for police anywhere in the state.
confrontation-911_no-help_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
confrontation-911_no-help_officer = If you are an officer: call a supervisor. Do not hold anyone, block traffic or guard the scene for the agents.
confrontation-911_no-help_witness = If you see Chicago police helping with an immigration arrest, write down the date, time and place, and any badge or car numbers.
confrontation-911_no-help_report-copa = You can report a Chicago police officer to the Civilian Office of Police Accountability (COPA).
confrontation-911_no-help_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
confrontation-911_no-help_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
confrontation-911_no-help_keep-peace = Police may still answer 911 calls, keep people safe and act on crimes, whatever anyone's immigration status. What they may not do is support the immigration arrest itself.
confrontation-911_no-help_criminal-warrant = The Illinois Attorney General's guidance says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
confrontation-911_no-help_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
confrontation-911_no-help_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: reporting Chicago police

confrontation-911_complain-police = You can report Chicago police to COPA. Whether they broke the rules depends on what they did.
    .summary = COPA, the Civilian Office of Police Accountability, takes complaints about Chicago police officers. Police may respond to emergencies and crimes, but may not help with civil immigration enforcement.
    .verdict = may handle emergencies and crimes, not the immigration arrest
confrontation-911_complain-police_may-not-help = Chicago's { -wco } says police may not take part in civil immigration enforcement. That includes traffic perimeters and other on-site support. { -civil-immigration-enforcement-definition }
confrontation-911_complain-police_may-act = Police may still respond to emergencies and act on crimes, whatever anyone's immigration status. The Illinois Attorney General's 2025 guidance says state law does not stop police in criminal investigations.
confrontation-911_complain-police_state-help = The Attorney General's guidance also says police anywhere in Illinois may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
confrontation-911_complain-police_no-status = Illinois police may not ask people they stop or hold about their citizenship, immigration status or place of birth, with narrow exceptions.
confrontation-911_complain-police_write-down = Write down what happened as soon as you can. Note the date, time and place, and any badge numbers, names or car numbers.
confrontation-911_complain-police_report-copa = You can file a complaint with COPA. You can also file one at any Chicago police district station.
confrontation-911_complain-police_report-oig = You can report a City employee who did not follow the { -wco } to the City's Office of Inspector General.
confrontation-911_complain-police_report-ag = You can also contact the Illinois Attorney General's Civil Rights hotline about police who may have broken the { -trust }.
confrontation-911_complain-police_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
confrontation-911_complain-police_reports = The City's Inspector General says Chicago police report every three months on how they follow the ordinance. The Inspector General publishes these reports.

## Outcome: reporting federal agents

confrontation-911_complain-agents = You may be able to sue under a 2025 Illinois law, but the law is being challenged in court.
    .summary = Chicago and Illinois rules for police do not cover federal agents. A 2025 Illinois law, the Illinois Bivens Act, lets people sue over rights violations during civil immigration enforcement, federal agents included.
    .verdict = may be sued under a challenged 2025 Illinois law
confrontation-911_complain-agents_bivens = The Illinois Bivens Act is part of Public Act 104-0440. It lets a person sue anyone who violates their rights under the U.S. or Illinois Constitution during civil immigration enforcement. That includes federal agents.
confrontation-911_complain-agents_damages = A person who wins can have their lawyer's fees paid. A court can also add damages to punish the wrongdoer. It can weigh whether agents covered their faces or did not use body cameras.
confrontation-911_complain-agents_immunity = Agents can still argue "qualified immunity". That is a defense that can protect officers from paying damages in some cases.
confrontation-911_complain-agents_challenge = According to news reports, the U.S. Department of Justice sued Illinois over this law on December 22, 2025. It argues that a state may not regulate federal officers. As of early January 2026, the latest news we found, there was no ruling.
confrontation-911_complain-agents_write-down = Write down what happened as soon as you can. Note the date, time and place, what the agents did, and any names, badge numbers or car plates. Keep any photos or videos.
confrontation-911_complain-agents_lawyer = Talk to a lawyer about whether you have a claim.
confrontation-911_complain-agents_icirr = To report what immigration agents did, or to get help, call or text the ICIRR Family Support Hotline, 24 hours a day.
confrontation-911_complain-agents_not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not govern what federal agents do.
confrontation-911_complain-agents_police-role = Chicago police may not set up a traffic perimeter or give other on-site support for a civil immigration operation.
