# S6: during a traffic stop, a database check shows an immigration record.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_ncic-immigration-hit = A police database check during a traffic stop shows an immigration record
    .summary = For example, an officer runs a driver's name in NCIC, the FBI's national crime database, and an immigration entry comes back.

## Question: what kind of record is it?

ncic-immigration-hit_record = What did the database check show?
    .hint = NCIC is the FBI's national crime database. It holds an "Immigration Violator File". An administrative warrant is an ICE form, such as Form I-200 or I-205, signed by an immigration officer, not a judge. { -judicial-warrant-definition }
ncic-immigration-hit_record_immigration = An immigration record only, such as an Immigration Violator File entry or an ICE form
ncic-immigration-hit_record_criminal-warrant = A criminal warrant signed by a judge
ncic-immigration-hit_record_unclear = It does not say whether it is civil or criminal

## Outcome: an immigration record only

ncic-immigration-hit_civil-record = Police may not arrest the driver or hold them any longer because of the immigration record.
    .summary = An immigration entry in NCIC counts as an "administrative warrant": an immigration paper that no judge signed. The traffic stop goes on as it would for anyone else.
    .verdict = may not hold the driver for the immigration record
ncic-immigration-hit_civil-record_city-ncic = Chicago's { -wco } says City police may not stop, arrest or hold anyone because of an administrative warrant. This includes immigration entries in the FBI's NCIC database.
ncic-immigration-hit_civil-record_state-warrant = The { -trust } says police anywhere in Illinois may not hold anyone only because of a "civil immigration warrant". That term includes every hit in NCIC's Immigration Violator File, and ICE Forms I-200 and I-205.
ncic-immigration-hit_civil-record_no-status = Illinois police also may not stop, arrest, search or hold anyone only because of their citizenship or immigration status.
ncic-immigration-hit_civil-record_officer = If you are an officer: finish the traffic stop as you would for anyone else. Do not hold the driver for ICE.
ncic-immigration-hit_civil-record_driver = If you are the driver, the ACLU says you may stay silent about where you were born or your immigration status.
ncic-immigration-hit_civil-record_report-copa = You can report a Chicago police officer who held you because of an immigration record to the Civilian Office of Police Accountability (COPA).
ncic-immigration-hit_civil-record_report-ag = For police anywhere in Illinois, you can also contact the Illinois Attorney General's Civil Rights hotline.
ncic-immigration-hit_civil-record_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ncic-immigration-hit_civil-record_no-questions = Illinois police may not ask about the citizenship, immigration status or place of birth of anyone they stop. Narrow exceptions include telling someone in custody that they can contact their consulate, and some gun-law checks.
ncic-immigration-hit_civil-record_says-warrant = An ICE form may have the word "warrant" at the top, such as Form I-200, "Warrant for Arrest of Alien". What matters is who signed it: a judge, or an immigration officer.
ncic-immigration-hit_civil-record_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: a criminal warrant signed by a judge

ncic-immigration-hit_criminal-warrant = Police may act on a criminal warrant signed by a judge, as they would on any warrant.
    .summary = The limits in City and state law are about civil immigration records. A criminal warrant from a judge follows normal warrant procedures.
    .verdict = may act on a judge's criminal warrant
ncic-immigration-hit_criminal-warrant_not-administrative = The Chicago Police Department's own rules say a criminal warrant, issued by a judge who found probable cause, is not an "administrative warrant". An administrative warrant is an immigration paper, such as an ICE form, that no judge signed.
ncic-immigration-hit_criminal-warrant_state-definition = Illinois law says a "civil immigration warrant" does not include any criminal warrant.
ncic-immigration-hit_criminal-warrant_ag-criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
ncic-immigration-hit_criminal-warrant_officer = If you are an officer: make sure the record is a criminal warrant and not an immigration entry. Illinois law lets you ask the agency that entered it.
ncic-immigration-hit_criminal-warrant_driver = If you are the driver, the ACLU says you may stay silent about where you were born or your immigration status.
ncic-immigration-hit_criminal-warrant_lawyer = If you or someone you know is arrested, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
ncic-immigration-hit_criminal-warrant_no-questions = Illinois police still may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold. Narrow exceptions include telling someone in custody that they can contact their consulate, and some gun-law checks.
ncic-immigration-hit_criminal-warrant_still-no-status = Police still may not stop, arrest or hold anyone only because of their immigration status.
ncic-immigration-hit_criminal-warrant_no-transfer = Chicago police may not hand anyone over to ICE only for civil immigration enforcement. { -civil-immigration-enforcement-definition }

## Outcome: not clear whether civil or criminal

ncic-immigration-hit_check-record = It depends on whether the record is civil or criminal.
    .summary = An immigration record is not a reason to hold anyone; a criminal warrant signed by a judge is. Officers may check which one it is.
    .verdict = may hold the driver only on a criminal warrant
ncic-immigration-hit_check-record_check-records = Illinois law lets officers contact another police agency to find out whether an NCIC record is civil or criminal.
ncic-immigration-hit_check-record_if-civil = If it is an immigration record, police may not hold the driver because of it.
ncic-immigration-hit_check-record_if-criminal = If it is a criminal warrant signed by a judge, police may act on it.
ncic-immigration-hit_check-record_officer = If you are an officer: call a supervisor, and ask the agency that entered the record whether it is civil or criminal. Do not hold the driver because of an immigration record.
ncic-immigration-hit_check-record_driver = If you are the driver, the ACLU says you may stay silent about where you were born or your immigration status.
ncic-immigration-hit_check-record_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
ncic-immigration-hit_check-record_old-rule = Before 2021, the TRUST Act as first passed in 2017 let police hold someone on a notice in LEADS, a police database. The exception was when the notice clearly rested on an immigration paper no judge signed. The 2021 changes removed that rule.
ncic-immigration-hit_check-record_no-questions = Illinois police may not ask about the citizenship, immigration status or place of birth of anyone they stop. Narrow exceptions include telling someone in custody that they can contact their consulate, and some gun-law checks.
ncic-immigration-hit_check-record_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
