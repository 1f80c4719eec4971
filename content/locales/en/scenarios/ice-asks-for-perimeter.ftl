# S2: immigration agents ask Chicago police to block a street, set a traffic perimeter, or "stand by".
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_ice-asks-for-perimeter = Immigration agents ask Chicago police to block a street or stand by
    .summary = For example, ICE asks officers to close a block, control traffic around a raid, or wait nearby in case agents need help.

## Question: what is the help for?

ice-asks-for-perimeter_purpose = What do the agents want the street closed, or the officers nearby, for?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country. A "traffic perimeter" means closing or controlling the streets around a scene.
ice-asks-for-perimeter_purpose_immigration = An immigration arrest or raid
ice-asks-for-perimeter_purpose_criminal-warrant = An arrest on a criminal warrant signed by a judge
ice-asks-for-perimeter_purpose_safety = A crime, a crowd, or someone in danger at the scene
ice-asks-for-perimeter_purpose_not-sure = I am not sure what it is for

## Outcome: for an immigration arrest or raid

ice-asks-for-perimeter_no-support = Chicago police may not block streets or stand by for an immigration operation.
    .summary = This is civil immigration enforcement, not a crime investigation. City law bars Chicago police from supporting it at the scene.
    .verdict = may not close streets or stand by for ICE
ice-asks-for-perimeter_no-support_perimeter = Chicago's { -wco } says City agencies and their employees, including police, may not set up a traffic perimeter for a civil immigration operation.
ice-asks-for-perimeter_no-support_stand-by = The same rule bars any other on-site support for the operation. Waiting nearby to back up the agents is support of that kind.
ice-asks-for-perimeter_no-support_city-law = More broadly, City agencies and their employees may not take part in civil immigration enforcement or help federal agents with it. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_no-support_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant or federal law specifically requires it.
ice-asks-for-perimeter_no-support_officer = If you are an officer: do not close streets, direct traffic or wait at the scene for the agents' operation. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-for-perimeter_no-support_witness = If you see Chicago police blocking streets or guarding an immigration raid, write down the date, time and place. Note any badge or car numbers.
ice-asks-for-perimeter_no-support_report-copa = You can report a Chicago police officer to the Civilian Office of Police Accountability (COPA).
ice-asks-for-perimeter_no-support_report-oig = You can report a City employee who did not follow the ordinance to the City's Office of Inspector General.
ice-asks-for-perimeter_no-support_icirr = To report immigration agents' activity or get help for a family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-for-perimeter_no-support_still-respond = The ordinance does not stop police from acting if a crime happens or someone is in danger at the same scene. They still may not help the immigration operation itself.
ice-asks-for-perimeter_no-support_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-for-perimeter_no-support_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: an arrest on a judge's criminal warrant

ice-asks-for-perimeter_criminal-warrant = The immigration limits do not bar police help with an arrest on a judge's criminal warrant.
    .summary = A criminal warrant signed by a judge is not an immigration paper. The City and state limits on helping immigration agents do not bar police help with that arrest.
    .verdict = may help on a judge's criminal warrant
ice-asks-for-perimeter_criminal-warrant_civil-only = The City's ban on traffic perimeters and on-site support covers civil immigration operations.
ice-asks-for-perimeter_criminal-warrant_not-administrative = The Chicago Police Department's own rules say a criminal warrant, issued by a judge who found probable cause, is not an "administrative warrant". An administrative warrant is an immigration paper, such as an ICE form, that no judge signed.
ice-asks-for-perimeter_criminal-warrant_ag-exception = The Illinois Attorney General's 2025 guidance says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
ice-asks-for-perimeter_criminal-warrant_check-warrant = Ask to see the warrant. { -judicial-warrant-definition } An ICE form or a removal order is not one.
ice-asks-for-perimeter_criminal-warrant_officer = If you are an officer: check the warrant before helping. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-for-perimeter_criminal-warrant_lawyer = If you or someone you know is arrested, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ice-asks-for-perimeter_criminal-warrant_ice-form = An ICE form such as Form I-200 or I-205 is not a criminal warrant, even if it says "warrant" at the top. If that is the only paper, this is an immigration operation, and police may not help.
ice-asks-for-perimeter_criminal-warrant_mixed = If the agents also make immigration arrests at the same scene, police may not help with those.
ice-asks-for-perimeter_criminal-warrant_still-no-status = Police still may not stop, arrest or hold anyone only because of their immigration status.
ice-asks-for-perimeter_criminal-warrant_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.

## Outcome: a crime, a crowd, or someone in danger

ice-asks-for-perimeter_public-safety = Police may deal with the crime or the danger, but not help the immigration operation.
    .summary = Chicago police still answer emergencies and enforce criminal law, whatever anyone's immigration status. They may not use the moment to support the immigration operation.
    .verdict = may handle the crime or danger, not immigration enforcement
ice-asks-for-perimeter_public-safety_only-status = City law bars stops and arrests based only on a belief that someone is in the U.S. without permission or broke a civil immigration rule. It does not stop police from acting when someone is in danger or a crime happens.
ice-asks-for-perimeter_public-safety_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
ice-asks-for-perimeter_public-safety_no-support = Police still may not set up a traffic perimeter or give other on-site support for the immigration operation itself.
ice-asks-for-perimeter_public-safety_call-911 = If someone is hurt or in danger, call 911.
ice-asks-for-perimeter_public-safety_officer = If you are an officer: deal with the danger or the crime. Do not close streets or guard the scene to help the agents' operation. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-for-perimeter_public-safety_witness = If it is safe, write down the date, time and place, what happened, and any badge or car numbers.
ice-asks-for-perimeter_public-safety_icirr = To report immigration agents' activity or get help for a family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-for-perimeter_public-safety_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-for-perimeter_public-safety_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: not sure what it is for

ice-asks-for-perimeter_supervisor-decides = It depends on what the help is for.
    .summary = According to news reports, a police supervisor decides how Chicago police answer a request from immigration agents. Help with civil immigration enforcement is not allowed; police action on a crime or an emergency is.
    .verdict = may handle crimes or emergencies, not immigration enforcement
ice-asks-for-perimeter_supervisor-decides_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
ice-asks-for-perimeter_supervisor-decides_civil-no = If the street closure or standing by is for an immigration arrest or raid, City law says police may not do it. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_supervisor-decides_state-no = State law also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents. The exceptions are when the agents have a criminal warrant or federal law specifically requires it.
ice-asks-for-perimeter_supervisor-decides_crime-yes = If police are needed because of a crime or someone in danger, they may take ordinary police action.
ice-asks-for-perimeter_supervisor-decides_officer = If you are an officer: do not act on the request yourself. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
ice-asks-for-perimeter_supervisor-decides_icirr = To report immigration agents' activity or get help for a family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ice-asks-for-perimeter_supervisor-decides_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
