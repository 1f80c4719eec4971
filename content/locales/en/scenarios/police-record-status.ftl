# Whether Chicago police ask about, record or share a person's immigration status.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_police-record-status = Do Chicago police ask about, write down or share immigration status?
    .summary = For example, you want to know if talking to the police could put your immigration status on record. Or you want to know if it could reach immigration agents.

## Question: what do you want to know?

police-record-status_concern = What do you want to know?
    .hint = Citizenship or immigration status means whether someone is a citizen, and whether and how they are allowed to be in the U.S. ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country.
police-record-status_concern_asking = Whether police may ask about my status
police-record-status_concern_records = Whether police may write down or keep my status
police-record-status_concern_sharing = Whether police may share my status
police-record-status_concern_databases = Whether immigration agents can get into police or City databases

## Question: why would it be shared?

police-record-status_reason = Why would the police share it?
    .hint = { -judicial-warrant-definition } An ICE form signed by an immigration officer is not a judicial warrant.
police-record-status_reason_agents-asked = Immigration agents asked for it
police-record-status_reason_court-order = A court order, a judicial warrant or a law requires it
police-record-status_reason_signed-consent = I agreed in writing to let them share it
police-record-status_reason_not-sure = I don't know

## Outcome: asking about status

police-record-status_no-asking = Chicago police may not ask about your immigration status.
    .summary = City law bars City workers, including police, from asking for anyone's status. State law also bars police from asking people they stop or hold about their status or where they were born.
    .verdict = may not ask about your status
police-record-status_no-asking_city-law = Chicago's { -wco } covers City agencies and workers, including police. It says they may not ask for anyone's citizenship or immigration status. The exceptions are narrow, such as when a statute, federal regulation, court order or judicial warrant requires it.
police-record-status_no-asking_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
police-record-status_no-asking_no-arrest = Police also may not stop, arrest or hold anyone only because of their immigration status. State law adds searches to that list.
police-record-status_no-asking_stay-silent = If you are asked, you do not have to answer. The ACLU says you have the right to stay silent about where you were born, whether you are a citizen, and how you entered the U.S. Say out loud that you want to remain silent.
police-record-status_no-asking_no-lies = The ACLU also says: do not lie about your status, and do not show false papers.
police-record-status_no-asking_officer = If you are an officer: do not ask about immigration status or place of birth.
police-record-status_no-asking_report-copa = Did a Chicago police officer ask about your status? You can report this to the Civilian Office of Police Accountability (COPA).
police-record-status_no-asking_report-ag = You can also contact the Illinois Attorney General's Civil Rights hotline.
police-record-status_no-asking_exceptions = State law has two narrow exceptions. Police may tell someone in custody that they can contact their country's consulate, and help them do it. Police may also ask for proof of status where certain firearms laws call for it.
police-record-status_no-asking_border = The ACLU notes that different rules apply at borders and airports, and for some visa holders.
police-record-status_no-asking_ice-not-bound = These laws limit Chicago and Illinois police. They do not limit what federal immigration agents may ask.

## Outcome: keeping records of status

police-record-status_no-records = Chicago police may not keep records of your immigration status.
    .summary = City law covers City agencies and workers, including police. It bars them from keeping anyone's citizenship or immigration status, with narrow exceptions.
    .verdict = may not keep records of your status
police-record-status_no-records_city-law = Chicago's { -wco } covers City agencies and workers, including police. It says they may not ask for, keep or share anyone's citizenship or immigration status.
police-record-status_no-records_exceptions = The exceptions are narrow. One is when a statute, federal regulation, court order or judicial warrant requires otherwise. Another is the person's written agreement. The City's lawyers (the Corporation Counsel) may also look into status when it matters to a court case or similar proceeding involving the City.
police-record-status_no-records_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
police-record-status_no-records_officer = If you are an officer: do not write anyone's immigration status in your reports or notes.
police-record-status_no-records_report-copa = Did a Chicago police officer record your status? You can report this to the Civilian Office of Police Accountability (COPA).
police-record-status_no-records_federal-law = The { -trust } says it does not limit sending or receiving citizenship or immigration status information under two federal laws, 8 U.S.C. 1373 and 1644. We could not confirm whether Chicago's ordinance mentions these laws, or how they fit with the City's rule.
police-record-status_no-records_who-bound = These rules bind City of Chicago agencies and workers. They do not apply to federal agencies.
police-record-status_no-records_other-routes = These rules limit what City workers and police do with status information. They do not promise that no record about a person can ever reach a federal agency in another way.

## Outcome: database access

police-record-status_no-database-access = City agencies may not give immigration agents direct access to their databases.
    .summary = City agencies, including the police, may not give a federal agency direct access to a City database for civil immigration enforcement.
    .verdict = may not give ICE direct database access
police-record-status_no-database-access_city-law = City agencies may not give a federal agency direct access to a City database or data-sharing system for civil immigration enforcement. That includes making or renewing an agreement for such access.
police-record-status_no-database-access_no-help = City agencies and their workers may not take part in civil immigration enforcement or help federal agents with it. This includes police. { -civil-immigration-enforcement-definition }
police-record-status_no-database-access_status = City workers also may not share anyone's immigration status. There are narrow exceptions, such as when the person agrees in writing.
police-record-status_no-database-access_city-worker = If you are a City worker or officer: when a federal agency asks for access to a City database, tell your supervisor before doing anything.
police-record-status_no-database-access_report-oig = Did a City department give immigration agents access to its data? You can report this to the City's Office of Inspector General.
police-record-status_no-database-access_agency-decides = The rule applies when the City agency finds that the access is for civil immigration enforcement.
police-record-status_no-database-access_criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
police-record-status_no-database-access_federal-law = The { -trust } says it does not limit sending or receiving citizenship or immigration status information under two federal laws, 8 U.S.C. 1373 and 1644. We could not confirm whether Chicago's ordinance mentions these laws, or how they fit with the City's rule.

## Outcome: immigration agents asked

police-record-status_agent-request = Chicago police may not give your immigration status to immigration agents, except in narrow cases.
    .summary = City law bars Chicago police from sharing anyone's status, with narrow exceptions. The state TRUST Act leaves federal rules on sharing status information in place, and no rule here blocks every way a record can reach federal agencies.
    .verdict = may not share your status, except in narrow cases
police-record-status_agent-request_city-law = Chicago's { -wco } covers City agencies and workers, including police. It says they may not share anyone's citizenship or immigration status. The exceptions: the person agrees in writing, or a statute, federal regulation, court order or judicial warrant requires it.
police-record-status_agent-request_custody-info = City workers may not spend time answering ICE's questions about a person's custody, release date or contact information.
police-record-status_agent-request_state-law = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General gave guidance in 2025. It says police may not share information about people in their custody with immigration authorities. It says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
police-record-status_agent-request_officer = If you are an officer: do not give immigration agents anyone's status, release date or contact details. CBS News Chicago reported on January 27, 2021 that a supervisor must approve any request for help from immigration agents, so tell one about the request.
police-record-status_agent-request_report-copa = Did a Chicago police officer share your status? You can report this to the Civilian Office of Police Accountability (COPA).
police-record-status_agent-request_report-oig = Did any other City employee share your status? You can report this to the City's Office of Inspector General.
police-record-status_agent-request_purely-civil = The rule on answering ICE about custody, release dates and contact information has one exception: City workers may contact ICE to find out whether a matter is only about a civil immigration violation, not a crime.
police-record-status_agent-request_supervisor = According to a CBS News Chicago report from 2021, the updated ordinance has a police supervisor approve any request for help from immigration agents.
police-record-status_agent-request_federal-law = The { -trust } says it does not limit sending or receiving citizenship or immigration status information under two federal laws, 8 U.S.C. 1373 and 1644. We could not confirm whether Chicago's ordinance mentions these laws, or how they fit with the City's rule.
police-record-status_agent-request_other-routes = These rules limit what City workers and police do with status information. They do not promise that no record about a person can ever reach a federal agency in another way.

## Outcome: a law, court order or judicial warrant requires it

police-record-status_legal-duty = City law lets police share status information when a law, court order or judicial warrant requires it.
    .summary = City law has limits on status information. These limits give way when a statute, federal regulation, court order or judicial warrant requires otherwise.
    .verdict = may share status when legally required
police-record-status_legal-duty_exception = Chicago's { -wco } limits asking for, keeping and sharing status. Those limits give way when a statute, federal regulation, court order or lawfully issued judicial warrant requires otherwise.
police-record-status_legal-duty_federal-law = The { -trust } says it does not limit sending or receiving citizenship or immigration status information under two federal laws, 8 U.S.C. 1373 and 1644. We could not confirm whether Chicago's ordinance mentions these laws, or how they fit with the City's rule.
police-record-status_legal-duty_judge-only = An ICE form signed by an immigration officer is not a judicial warrant. Examples are Form I-200 and Form I-205. CPD's rules call such a form an "administrative warrant". Illinois law calls it a "civil immigration warrant".
police-record-status_legal-duty_see-paper = You can ask to see the court order or warrant, or ask which law requires it.
police-record-status_legal-duty_lawyer = If you are not sure what it requires, talk to a lawyer.
police-record-status_legal-duty_no-arrest = Police still may not stop, arrest or hold anyone only because of their immigration status.
police-record-status_legal-duty_state-limits = State law has its own limits on what police may share with immigration agents. The Illinois Attorney General gave guidance in 2025. It says the exceptions to those limits are a criminal warrant, or a federal law that specifically requires it.

## Outcome: the person agreed in writing

police-record-status_written-consent = City law lets police share your status if you agree in writing.
    .summary = City law lets City workers share a person's status when that person agrees to it in writing.
    .verdict = may share your status if you agree in writing
police-record-status_written-consent_consent = Chicago's { -wco } allows sharing when the person agrees in writing. For a child, or an adult who cannot legally decide for themselves, a parent or guardian can agree.
police-record-status_written-consent_without-consent = Without a written agreement, City workers may share status only when a statute, federal regulation, court order or judicial warrant requires it.
police-record-status_written-consent_read-first = Before you sign, make sure you know what you are agreeing to and who will get the information. If you are not sure, talk to a lawyer first.
police-record-status_written-consent_no-arrest = Police still may not stop, arrest or hold anyone only because of their immigration status.
police-record-status_written-consent_state-limits = State law has its own limits on what police may share with immigration agents about people in their custody. We could not confirm if a written agreement changes those limits.

## Outcome: not sure why

police-record-status_sharing-depends = Chicago police may share your status only in narrow cases.
    .summary = City law bars sharing anyone's status. The exceptions are the person's written agreement, or a law, court order or judicial warrant that requires it.
    .verdict = may share your status only in narrow cases
police-record-status_sharing-depends_general-rule = Chicago's { -wco } covers City agencies and workers, including police. It says they may not share anyone's citizenship or immigration status unless the person agrees in writing.
police-record-status_sharing-depends_exceptions = The limits also give way when a statute, federal regulation, court order or judicial warrant requires otherwise.
police-record-status_sharing-depends_ice-questions = City workers may not spend time answering ICE's questions about a person's custody, release date or contact information.
police-record-status_sharing-depends_state-law = The { -trust } also limits police anywhere in Illinois. The Illinois Attorney General gave guidance in 2025. It says police may not share information about people in their custody with immigration authorities. It says police may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
police-record-status_sharing-depends_report-copa = Do you think a Chicago police officer shared your status? You can report it to the Civilian Office of Police Accountability (COPA).
police-record-status_sharing-depends_icirr = For help when immigration agents contact you or your family, call or text the ICIRR Family Support Hotline, 24 hours a day.
police-record-status_sharing-depends_federal-law = The { -trust } says it does not limit sending or receiving citizenship or immigration status information under two federal laws, 8 U.S.C. 1373 and 1644. We could not confirm whether Chicago's ordinance mentions these laws, or how they fit with the City's rule.
