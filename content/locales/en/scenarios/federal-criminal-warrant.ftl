# S7: federal agents say they have a federal criminal warrant.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_federal-criminal-warrant = Federal agents say they have a criminal warrant
    .summary = For example, agents ask Chicago police to help arrest someone for a federal crime, or show a resident a paper they call a warrant.

## Question: who signed it?

federal-criminal-warrant_signed = Who signed the warrant?
    .hint = { -judicial-warrant-definition } An administrative warrant is an ICE form, such as Form I-200 or I-205, signed by an immigration officer, not a judge. An immigration judge's removal order is not a judge's warrant (a warrant from a federal or state court).
federal-criminal-warrant_signed_court-judge = A judge or magistrate of a court, for a crime
federal-criminal-warrant_signed_immigration-officer = An immigration officer, on an ICE form such as I-200 or I-205
federal-criminal-warrant_signed_immigration-judge = An immigration judge, for example on a removal order
federal-criminal-warrant_signed_cannot-tell = I can't tell who signed it

## Outcome: a criminal warrant from a court

federal-criminal-warrant_judicial-warrant = Police may act on a federal criminal warrant signed by a judge.
    .summary = A criminal warrant from a federal or state court, signed by a judge, is not an immigration paper. The City and state limits on helping immigration agents do not apply to it.
    .verdict = may act on a judge's criminal warrant
federal-criminal-warrant_judicial-warrant_not-administrative = The Chicago Police Department's own rules say a criminal warrant is not an "administrative warrant" when a judge issued it after finding probable cause: good reason to believe a crime was committed.
federal-criminal-warrant_judicial-warrant_state-definition = Illinois law says a "civil immigration warrant" does not include any criminal warrant.
federal-criminal-warrant_judicial-warrant_ag-exception = The Illinois Attorney General's 2025 guidance says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
federal-criminal-warrant_judicial-warrant_check-warrant = Look at the warrant. { -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = If you are an officer: check the warrant before helping federal agents. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
federal-criminal-warrant_judicial-warrant_rights = If you are arrested, the ACLU says you have the right to remain silent and to ask for a lawyer. It also advises not to run or resist.
federal-criminal-warrant_judicial-warrant_lawyer = If you or someone you know is arrested, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
federal-criminal-warrant_judicial-warrant_mixed = If agents also want help with immigration arrests, Chicago police may not help with those.
federal-criminal-warrant_judicial-warrant_still-no-status = Police still may not stop, arrest or hold anyone only because of their immigration status.
federal-criminal-warrant_judicial-warrant_no-transfer = Chicago police still may not hand anyone over to ICE only for civil immigration enforcement.

## Outcome: an ICE form signed by an immigration officer

federal-criminal-warrant_administrative-warrant = This is not a criminal warrant. Chicago police may not act on it.
    .summary = An ICE form signed by an immigration officer is an "administrative warrant", not a judge's warrant. It is not enough for Chicago or Illinois police to arrest or hold anyone.
    .verdict = may not act on an ICE form
federal-criminal-warrant_administrative-warrant_admin-warrant = Chicago's { -wco } says City police may not stop, arrest or hold anyone because of an administrative warrant.
federal-criminal-warrant_administrative-warrant_state-warrant = The { -trust } says police anywhere in Illinois may not hold anyone only because of a "civil immigration warrant": an immigration paper no judge approved, such as Form I-200 or I-205. They also may not otherwise carry one out.
federal-criminal-warrant_administrative-warrant_no-help = City agencies and their employees, including police, may not help federal agents with civil immigration enforcement. { -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = If you are an officer: do not arrest or hold anyone because of the form. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
federal-criminal-warrant_administrative-warrant_no-resist = If agents arrest you anyway, the ACLU advises not to run or resist. Stay calm, and ask for a lawyer.
federal-criminal-warrant_administrative-warrant_silent = The ACLU says you have the right to remain silent and to ask for a lawyer. These rights come from the U.S. Constitution.
federal-criminal-warrant_administrative-warrant_write-down = If it is safe, write down what happened, with the date, time and place, and any names or badge numbers.
federal-criminal-warrant_administrative-warrant_icirr = If immigration agents arrest someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
federal-criminal-warrant_administrative-warrant_report-copa = You can report a Chicago police officer who acted on an ICE form to the Civilian Office of Police Accountability (COPA).
federal-criminal-warrant_administrative-warrant_says-warrant = An ICE form may have the word "warrant" at the top, such as Form I-200, "Warrant for Arrest of Alien". What matters is who signed it: a judge, or an immigration officer.
federal-criminal-warrant_administrative-warrant_home-memo = ICE's own powers are a separate question. ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into a home with Form I-205 and a final removal order. That claim is contested as breaking the Fourth Amendment. Reporting on it runs to April 2026, the latest information we found.
federal-criminal-warrant_administrative-warrant_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: an immigration judge's order

federal-criminal-warrant_removal-order = A removal order is not a criminal warrant. Chicago police may not act on it.
    .summary = A removal order from an immigration judge is not a criminal warrant. Chicago police rules count it as an "administrative warrant", which police may not act on.
    .verdict = may not act on a removal order
federal-criminal-warrant_removal-order_cpd-definition = The Chicago Police Department's rules give "administrative warrant" a broad meaning. It covers any immigration paper used to arrest or hold someone for a civil immigration reason. A removal order is one of their examples.
federal-criminal-warrant_removal-order_admin-warrant = Chicago's { -wco } says City police may not stop, arrest or hold anyone because of an administrative warrant.
federal-criminal-warrant_removal-order_state-help = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General's 2025 guidance says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant or federal law specifically requires it.
federal-criminal-warrant_removal-order_officer = If you are an officer: do not arrest or hold anyone because of a removal order. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
federal-criminal-warrant_removal-order_no-resist = If agents arrest you anyway, the ACLU advises not to run or resist. Stay calm, and ask for a lawyer.
federal-criminal-warrant_removal-order_silent = The ACLU says you have the right to remain silent and to ask for a lawyer. These rights come from the U.S. Constitution.
federal-criminal-warrant_removal-order_icirr = If immigration agents arrest someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
federal-criminal-warrant_removal-order_report-copa = You can report a Chicago police officer who acted on a removal order to the Civilian Office of Police Accountability (COPA).
federal-criminal-warrant_removal-order_home-memo = ICE's own powers are a separate question. ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into a home with Form I-205 and a final removal order. That claim is contested as breaking the Fourth Amendment. Reporting on it runs to April 2026, the latest information we found.
federal-criminal-warrant_removal-order_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: can't tell who signed it

federal-criminal-warrant_unclear-paper = It depends on who signed the paper.
    .summary = Only a criminal warrant signed by a judge of a court changes the answer. An ICE form or an immigration judge's removal order does not.
    .verdict = may act only on a judge's criminal warrant
federal-criminal-warrant_unclear-paper_if-ice-form = Suppose it is an ICE form signed by an immigration officer, such as Form I-200 or I-205. Then police may not arrest or hold anyone because of it.
federal-criminal-warrant_unclear-paper_if-removal-order = The same goes for a removal order. The Chicago Police Department's rules count it as an "administrative warrant", not a criminal warrant.
federal-criminal-warrant_unclear-paper_if-judge = If it is a criminal warrant signed by a judge of a court, police may act on it.
federal-criminal-warrant_unclear-paper_officer = If you are an officer: check the paper before doing anything. Look for a court's name at the top and a judge's signature. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
federal-criminal-warrant_unclear-paper_look = If agents show you a paper, check whether it is a judge's warrant. { -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = If immigration agents arrest someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
federal-criminal-warrant_unclear-paper_supervisor = CBS News Chicago reported in 2021 that under the updated ordinance, a police supervisor must approve any request for help from immigration agents.
federal-criminal-warrant_unclear-paper_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from making arrests on their own.
