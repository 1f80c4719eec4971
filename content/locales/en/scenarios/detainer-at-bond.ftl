# S4: someone arrested for a crime can be released, and ICE has sent a detainer (Form I-247A).
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_detainer-at-bond = Someone arrested for a crime can go home, but ICE has sent a detainer
    .summary = For example, the person has met the conditions for release. But ICE has sent Form I-247A asking the police or the jail to keep holding them.

## Question: is there also a judge's criminal warrant?

detainer-at-bond_warrant = Besides ICE's papers, is there a criminal warrant signed by a judge for this person?
    .hint = An immigration detainer (Form I-247A) is a written request from ICE. It asks a jail or police department to hold someone, or to tell ICE when the person will be released. A judge does not sign it. { -judicial-warrant-definition }
detainer-at-bond_warrant_detainer-only = No. There are only ICE papers, such as the detainer or an ICE warrant form
detainer-at-bond_warrant_judge-warrant = Yes, there is a criminal warrant signed by a judge
detainer-at-bond_warrant_not-sure = I don't know

## Question: is the person otherwise free to go?

detainer-at-bond_release = Apart from ICE's request, is the person free to go?
    .hint = For example, a judge ordered their release, they met the conditions set for release, or the charges were dropped.
detainer-at-bond_release_free-to-go = Yes. They would go home now if ICE had not sent the detainer
detainer-at-bond_release_still-held = No. They are still held in their criminal case

## Outcome: free to go, only ICE papers

detainer-at-bond_must-release = The person must be released as usual. Police may not hold them for ICE.
    .summary = An immigration detainer is a written request from ICE that no judge signs. In Illinois, police and jails may not keep anyone locked up only because ICE sent one.
    .verdict = must release as usual, not hold for ICE
detainer-at-bond_must-release_state-law = The { -trust } says police may not hold or keep holding anyone only because of a detainer or a "civil immigration warrant": an immigration paper that no judge approved. They also may not otherwise comply with one.
detainer-at-bond_must-release_city-law = Chicago's { -wco } says City police may not keep holding anyone because of an immigration detainer.
detainer-at-bond_must-release_no-transfer = Chicago police also may not hand anyone over to ICE only for civil immigration enforcement. { -civil-immigration-enforcement-definition }
detainer-at-bond_must-release_only-request = The Illinois Attorney General's 2025 guidance says requests from ICE are requests, not orders. It says no federal law forces Illinois police to help with immigration enforcement.
detainer-at-bond_must-release_officer = If you are an officer: release the person the same way you would release anyone else. Ask a supervisor if you are unsure.
detainer-at-bond_must-release_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
detainer-at-bond_must-release_pd-immigration = If the person has a criminal case in Cook County, the Cook County Public Defender has an Immigration Division.
detainer-at-bond_must-release_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
detainer-at-bond_must-release_report-copa = You can report a Chicago police officer who held someone for ICE to the Civilian Office of Police Accountability (COPA).
detainer-at-bond_must-release_report-ag = For police or jails anywhere in Illinois, you can also contact the Illinois Attorney General's Civil Rights hotline.
detainer-at-bond_must-release_good-faith = State law protects an officer or agency that releases someone with a detainer in good faith. They cannot be held liable for the release, except for serious misconduct the law calls "willful or wanton".
detainer-at-bond_must-release_no-release-date = City police also may not spend time answering ICE about a person's custody or release date. The Illinois Attorney General's 2025 guidance says police anywhere in Illinois may not share information about people in custody with immigration authorities.
detainer-at-bond_must-release_county-jail = If the person is in the Cook County Jail, the Sheriff runs it, not the City. The state rule against holding anyone only on a detainer applies there too.
detainer-at-bond_must-release_cook-rule = Cook County has its own rule on ICE detainers. We read it as printed in a 2023 County Board proposal. It tells the Sheriff to turn down detainer requests unless ICE agrees in writing to pay the full cost. It also bars spending County money on detainers. Either way, state law does not let the jail hold anyone only because of a detainer.
detainer-at-bond_must-release_reports = Every Illinois police agency reports each year to the Attorney General on the detainers it received. The report says whether each person was released or transferred, and names no one. The City's Inspector General says Chicago police also report to it and the Mayor's Office every three months.
detainer-at-bond_must-release_ice-not-bound = These laws limit what Chicago and Illinois police and jails do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: still held in the criminal case

detainer-at-bond_held-for-case = The person may be held for the criminal case, but not for ICE.
    .summary = The person may be held for the criminal case. An ICE detainer, a written request that no judge signs, adds no time: when the case allows release, the person is released as usual.
    .verdict = may hold for the criminal case, not for ICE
detainer-at-bond_held-for-case_case-hold = The { -trust } bars holding anyone only because of a detainer. Holding someone in their criminal case is a separate matter.
detainer-at-bond_held-for-case_no-extra = The detainer may not add time. Once the person can be released, police may not keep holding them because of it. Chicago's { -wco } says the same for City police.
detainer-at-bond_held-for-case_no-transfer = Chicago police may not hand anyone over to ICE only for civil immigration enforcement. { -civil-immigration-enforcement-definition }
detainer-at-bond_held-for-case_officer = If you are an officer: treat the detainer as adding nothing. When the person can be released, release them as usual.
detainer-at-bond_held-for-case_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
detainer-at-bond_held-for-case_pd-immigration = If the person has a criminal case in Cook County, the Cook County Public Defender has an Immigration Division.
detainer-at-bond_held-for-case_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
detainer-at-bond_held-for-case_no-access = Chicago police may not let ICE agents reach a person they are holding, including by phone. The Illinois Attorney General's 2025 guidance says the same for police anywhere in Illinois.
detainer-at-bond_held-for-case_no-release-date = City police also may not spend time answering ICE about a person's custody or release date.
detainer-at-bond_held-for-case_county-jail = If the person is in the Cook County Jail, the Sheriff runs it, not the City. The state rule against holding anyone only on a detainer applies there too.
detainer-at-bond_held-for-case_cook-rule = Cook County has its own rule on ICE detainers. We read it as printed in a 2023 County Board proposal. It tells the Sheriff to turn down detainer requests unless ICE agrees in writing to pay the full cost. It also bars spending County money on detainers. Either way, state law does not let the jail hold anyone only because of a detainer.
detainer-at-bond_held-for-case_reports = Every Illinois police agency reports each year to the Attorney General on the detainers it received. The report says whether each person was released or transferred, and names no one. The City's Inspector General says Chicago police also report to it and the Mayor's Office every three months.

## Outcome: there is also a judge's criminal warrant

detainer-at-bond_criminal-warrant = Police may act on the judge's criminal warrant. ICE's detainer still adds nothing.
    .summary = A criminal warrant signed by a judge is a separate legal reason to hold someone. An immigration detainer, a written request from ICE that no judge signs, is not.
    .verdict = may act on the judge's warrant, not the detainer
detainer-at-bond_criminal-warrant_not-civil = Illinois law says a "civil immigration warrant" does not include any criminal warrant.
detainer-at-bond_criminal-warrant_not-administrative = The Chicago Police Department's own rules say a criminal warrant, issued by a judge who found probable cause, is not an "administrative warrant". An administrative warrant is an immigration paper, such as an ICE form, that no judge signed.
detainer-at-bond_criminal-warrant_ag-exception = The Illinois Attorney General's 2025 guidance says the state ban on helping immigration agents does not apply when the agents have a criminal warrant.
detainer-at-bond_criminal-warrant_detainer-still = The detainer itself is still not a reason to hold anyone, under both state and City law.
detainer-at-bond_criminal-warrant_officer = If you are an officer: check the warrant. { -judicial-warrant-definition } CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
detainer-at-bond_criminal-warrant_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
detainer-at-bond_criminal-warrant_pd-immigration = If the person has a criminal case in Cook County, the Cook County Public Defender has an Immigration Division.
detainer-at-bond_criminal-warrant_no-transfer = Chicago police still may not hand anyone over to ICE only for civil immigration enforcement.
detainer-at-bond_criminal-warrant_ice-not-bound = These laws limit what Chicago and Illinois police and jails do. They do not stop federal immigration agents from making arrests on their own.

## Outcome: not sure whether there is a judge's warrant

detainer-at-bond_unclear-warrant = It depends on whether there is a criminal warrant signed by a judge.
    .summary = ICE papers alone, such as a detainer or an ICE warrant form, are not a reason to hold anyone. A criminal warrant signed by a judge is.
    .verdict = may hold only on a judge's criminal warrant
detainer-at-bond_unclear-warrant_if-ice-paper = ICE papers include the detainer (Form I-247A) and ICE warrant forms such as Form I-200 or I-205. If there are only ICE papers, police may not hold the person because of them.
detainer-at-bond_unclear-warrant_if-judge = If there is a criminal warrant signed by a judge, police may act on it.
detainer-at-bond_unclear-warrant_check-records = Illinois law lets officers contact another police agency to find out whether a record in a police database is civil or criminal.
detainer-at-bond_unclear-warrant_officer = If you are an officer: check the papers. Look for a court's name at the top and a judge's signature. The detainer is not a reason to hold the person while you check. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so call one.
detainer-at-bond_unclear-warrant_lawyer = If your family member is held, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
detainer-at-bond_unclear-warrant_icirr = If ICE arrests someone in your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
detainer-at-bond_unclear-warrant_good-faith = State law protects an officer or agency that releases someone with a detainer in good faith. They cannot be held liable for the release, except for serious misconduct the law calls "willful or wanton".
detainer-at-bond_unclear-warrant_ice-not-bound = These laws limit what Chicago and Illinois police and jails do. They do not stop federal immigration agents from making arrests on their own.
