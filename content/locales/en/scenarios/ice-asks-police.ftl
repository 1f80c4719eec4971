# S1: an immigration agent asks a Chicago police officer for help.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_ice-asks-police = An immigration agent asks a Chicago police officer for help
    .summary = For example, an ICE agent on the street asks an officer to help stop or hold someone.

## Question: what is the request?

ice-asks-police_request = What does the immigration agent want the police officer to help with?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country. Chicago police officers work for the City.
ice-asks-police_request_immigration = Finding, stopping or holding someone for an immigration reason
ice-asks-police_request_crime = A crime, such as someone being robbed or hurt
ice-asks-police_request_emergency = Someone is in danger right now
ice-asks-police_request_not-sure = I am not sure what they want

## Question: is there a warrant?

ice-asks-police_paper = Does the agent have a warrant?
    .hint = { -judicial-warrant-definition } An administrative warrant is an ICE form, such as Form I-200 or I-205, signed by an immigration officer, not a judge.
ice-asks-police_paper_judge-signed = Yes, a criminal warrant signed by a judge
ice-asks-police_paper_ice-form = Yes, but it is an ICE form signed by an immigration officer
ice-asks-police_paper_no-paper = No, there is no warrant
ice-asks-police_paper_cannot-tell = I can't tell what kind of paper it is

## Outcome: civil request, no warrant

ice-asks-police_no-warrant = Chicago police may not help with this.
    .summary = This is civil immigration enforcement, not a crime investigation. City and state law keep Chicago police out of it.
    .verdict = may not help
ice-asks-police_no-warrant_city-law = Chicago's { -wco } says City agencies and their employees, including police, may not take part in civil immigration enforcement or help federal agents with it. { -civil-immigration-enforcement-definition }
ice-asks-police_no-warrant_no-arrest = Police may not stop, arrest or hold anyone only because they think the person is in the U.S. without permission or broke a civil immigration rule. Illinois law says the same for police anywhere in the state.
ice-asks-police_no-warrant_no-support = Police may not set up a traffic perimeter or give any other on-site support for a civil immigration operation.
ice-asks-police_no-warrant_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity" unless the agents have a criminal warrant or federal law specifically requires it.
ice-asks-police_no-warrant_officer = If you are an officer: do not stop or hold the person for the agents, and do not guard the scene for them. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-police_no-warrant_witness = If you see Chicago police helping with an immigration arrest, write down the date, time and place, and any badge or car numbers.
ice-asks-police_no-warrant_report-copa = You can report a Chicago police officer to the Civilian Office of Police Accountability (COPA).
ice-asks-police_no-warrant_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
ice-asks-police_no-warrant_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-police_no-warrant_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
ice-asks-police_no-warrant_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-police_no-warrant_no-287g = Chicago police cannot be deputized to act as immigration agents. City agencies may not make "287(g)" agreements, and Illinois law bans them for every police agency in the state.

## Outcome: an ICE form (administrative warrant)

ice-asks-police_administrative-warrant = Chicago police may not act on an ICE form.
    .summary = An ICE form signed by an immigration officer is an "administrative warrant". It is not a judge's warrant, and it is not enough for Chicago police to stop, arrest or hold anyone.
    .verdict = may not act on an ICE form
ice-asks-police_administrative-warrant_admin-warrant = Chicago police may not stop, arrest or hold anyone because of an administrative warrant. This includes immigration records in the FBI's NCIC database.
ice-asks-police_administrative-warrant_state-warrant = Illinois law says police may not hold anyone only because of a civil immigration warrant, and may not otherwise carry one out.
ice-asks-police_administrative-warrant_definition = Illinois law calls an immigration paper that no judge approved a "civil immigration warrant". Forms I-200, I-203, I-205 and I-286 are examples. Criminal warrants are not included.
ice-asks-police_administrative-warrant_no-help = City agencies and their employees, including police, may not help federal agents with civil immigration enforcement.
ice-asks-police_administrative-warrant_officer = If you are an officer: do not stop or hold the person because of the form. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-police_administrative-warrant_report-copa = You can report a Chicago police officer who acted on an ICE form to the Civilian Office of Police Accountability (COPA).
ice-asks-police_administrative-warrant_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-police_administrative-warrant_says-warrant = An ICE form may have the word "warrant" at the top, such as Form I-200, "Warrant for Arrest of Alien". What matters is who signed it: a judge, or an immigration officer.
ice-asks-police_administrative-warrant_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: a criminal warrant signed by a judge

ice-asks-police_criminal-warrant = Police may act on a criminal warrant signed by a judge.
    .summary = The limits in City and state law are about civil immigration enforcement. A criminal warrant signed by a judge is different.
    .verdict = may act on a judge's criminal warrant
ice-asks-police_criminal-warrant_not-administrative = The Chicago Police Department's own rules say a criminal warrant, issued by a judge who found probable cause, is not an "administrative warrant".
ice-asks-police_criminal-warrant_state-definition = Illinois law says a "civil immigration warrant" does not include any criminal warrant.
ice-asks-police_criminal-warrant_ag-exception = The Illinois Attorney General's 2025 guidance says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
ice-asks-police_criminal-warrant_check-warrant = Look at the warrant. { -judicial-warrant-definition } An ICE form or a removal order is not one.
ice-asks-police_criminal-warrant_lawyer = If you or someone you know is arrested, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ice-asks-police_criminal-warrant_still-no-status = Police still may not stop, arrest or hold anyone only because of their immigration status.
ice-asks-police_criminal-warrant_no-transfer = Chicago police may not hand anyone over to ICE only for civil immigration enforcement.

## Outcome: can't tell what the paper is

ice-asks-police_unclear-paper = It depends on what kind of paper it is.
    .summary = Only a criminal warrant signed by a judge changes the answer. An ICE form does not.
    .verdict = may act only on a judge's criminal warrant
ice-asks-police_unclear-paper_if-ice-form = If it is an ICE form signed by an immigration officer, such as Form I-200 or I-205, police may not stop, arrest or hold anyone because of it.
ice-asks-police_unclear-paper_if-judge = If it is a criminal warrant signed by a judge, police may act on it.
ice-asks-police_unclear-paper_check-records = Illinois law lets officers contact another police agency to find out whether a record in a police database is civil or criminal.
ice-asks-police_unclear-paper_officer = If you are an officer: check the paper before doing anything. Look for a court's name at the top and a judge's signature. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-police_unclear-paper_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-police_unclear-paper_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-police_unclear-paper_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: help with a crime

ice-asks-police_crime = Police may act on a crime, but may not help with immigration enforcement.
    .summary = Chicago police still enforce criminal law, whatever anyone's immigration status. The limits are about civil immigration enforcement.
    .verdict = may act on the crime, not the immigration arrest
ice-asks-police_crime_only-status = City law bars stops and arrests based only on a belief that someone is in the U.S. without permission or broke a civil immigration rule. It does not stop police from acting on a crime.
ice-asks-police_crime_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
ice-asks-police_crime_no-civil-help = Police still may not help with the immigration side, such as holding someone for the agents or blocking traffic for their operation.
ice-asks-police_crime_call-911 = If you are the victim of a crime or saw one, you can call 911.
ice-asks-police_crime_lawyer = If you or someone you know is arrested, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ice-asks-police_crime_status-questions = Chicago police and other City workers may not ask for or share anyone's citizenship or immigration status, with narrow exceptions, such as when a court order requires it or the person agrees in writing.
ice-asks-police_crime_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.

## Outcome: an emergency

ice-asks-police_emergency = Police respond to the emergency, not to the immigration arrest.
    .summary = Chicago police still answer emergencies and keep people safe. They may not use the emergency to help with civil immigration enforcement.
    .verdict = may handle the emergency, not the immigration arrest
ice-asks-police_emergency_only-status = City law bars stops and arrests based only on a belief that someone is in the U.S. without permission or broke a civil immigration rule. It does not stop police from acting when someone is in danger or a crime happens.
ice-asks-police_emergency_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
ice-asks-police_emergency_no-support = Police may not set up a traffic perimeter or give other on-site support for the immigration operation itself.
ice-asks-police_emergency_call-911 = If someone is hurt or in danger, call 911.
ice-asks-police_emergency_witness = If it is safe, write down the date, time and place, what happened, and any badge or car numbers.
ice-asks-police_emergency_icirr = To report immigration agents' activity or get help, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-police_emergency_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: not sure what they want

ice-asks-police_supervisor-decides = It depends on what the agents are asking for.
    .summary = According to news reports, a police supervisor decides how Chicago police answer a request from immigration agents. Help with civil immigration enforcement is not allowed; police action on a crime is.
    .verdict = may handle crimes or emergencies, not immigration enforcement
ice-asks-police_supervisor-decides_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-police_supervisor-decides_civil-no = If the request is about civil immigration enforcement, City law says police may not help. { -civil-immigration-enforcement-definition }
ice-asks-police_supervisor-decides_state-no = State law also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents unless the agents have a criminal warrant or federal law specifically requires it.
ice-asks-police_supervisor-decides_crime-yes = If the request is about a crime, police may take ordinary police action.
ice-asks-police_supervisor-decides_officer = If you are an officer: do not act on the request yourself. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one before doing anything.
ice-asks-police_supervisor-decides_icirr = For help when someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-police_supervisor-decides_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
