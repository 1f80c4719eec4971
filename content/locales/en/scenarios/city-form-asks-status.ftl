# S13: a City benefits office or a City form asks about immigration status.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_city-form-asks-status = A City office or form asks about your immigration status
    .summary = For example, a form to apply for a City benefit or service asks if you are a citizen. Or a City worker asks about your papers.

## Question: who is asking?

city-form-asks-status_who = Who is asking about immigration status?
    .hint = Citizenship or immigration status means whether someone is a citizen, and whether and how they are allowed to be in the U.S.
city-form-asks-status_who_city-form = A form or application for a City of Chicago benefit or service
city-form-asks-status_who_city-worker = A City of Chicago worker, in person or by phone
city-form-asks-status_who_other-office = Another office, such as a state, county or federal office, or a private group

## Question: did they say a law requires it?

city-form-asks-status_reason = Did the office say a law or court order requires the question?
city-form-asks-status_reason_no-reason = No, or they did not say
city-form-asks-status_reason_law-requires = Yes, they say a law, federal rule or court order requires it

## Outcome: the City may not ask

city-form-asks-status_city-may-not-ask = A City office may not ask about your immigration status.
    .summary = Chicago's { -wco } bars status questions on forms for City benefits, services and opportunities, and bars City workers from asking for anyone's status. The exceptions are narrow.
    .verdict = may not ask about your status
city-form-asks-status_city-may-not-ask_forms = The ordinance bars some City forms from asking about citizenship or immigration status. These are applications, questionnaires and interview forms for City benefits, services or opportunities.
city-form-asks-status_city-may-not-ask_workers = City agencies and workers may not ask for, keep or share anyone's citizenship or immigration status. Sharing is allowed if the person agrees in writing.
city-form-asks-status_city-may-not-ask_review = City departments must check their forms every year and take such questions out.
city-form-asks-status_city-may-not-ask_ask-why = You can ask the office why it is asking, and which law requires it.
city-form-asks-status_city-may-not-ask_city-worker = If you are a City worker: do not ask about immigration status. If a City form asks, tell your supervisor so the form can be fixed.
city-form-asks-status_city-may-not-ask_report-oig = Is a City department or employee not following the ordinance? You can report it to the City's Office of Inspector General.
city-form-asks-status_city-may-not-ask_exceptions = These limits give way when a statute, federal regulation, court order or judicial warrant requires otherwise. { -judicial-warrant-definition }
city-form-asks-status_city-may-not-ask_city-only = This rule is about City of Chicago benefits, services and opportunities. State, county and federal programs follow their own rules.

## Outcome: the office says a law requires it

city-form-asks-status_may-be-required = A City office may ask only if a law, federal rule, court order or judge's warrant requires it.
    .summary = Chicago's { -wco } bars status questions on City forms. The exception is when a statute, federal regulation, court order or judicial warrant requires it.
    .verdict = may ask only if a legal duty requires it
city-form-asks-status_may-be-required_exception = The ordinance limits status questions. These limits give way when a statute, federal regulation, court order or judicial warrant requires otherwise.
city-form-asks-status_may-be-required_otherwise-no = If none of these requires it, forms for City benefits, services or opportunities may not ask about status.
city-form-asks-status_may-be-required_sharing = City workers still may not share your status, except in narrow cases: you agree in writing; a statute, federal regulation, court order or judicial warrant requires it; or the City's lawyers (the Corporation Counsel) look into status for a court case or similar proceeding involving the City.
city-form-asks-status_may-be-required_ask-which-law = Ask the office which law or rule requires the question.
city-form-asks-status_may-be-required_lawyer = Not sure whether to answer? Talk to an immigration lawyer first.
city-form-asks-status_may-be-required_city-worker = If you are a City worker: before you ask about status, check with your supervisor which law requires the question.
city-form-asks-status_may-be-required_report-oig = Do you think a City department is asking without a real legal reason? You can report it to the City's Office of Inspector General.
city-form-asks-status_may-be-required_city-only = This rule is about City of Chicago benefits, services and opportunities. State, county and federal programs follow their own rules.

## Outcome: not a City office

city-form-asks-status_not-city = It depends on the office. Chicago's ordinance covers City of Chicago offices.
    .summary = Chicago's { -wco } binds only City of Chicago agencies and their workers. Other offices follow their own rules, which this guide does not cover.
    .verdict = are not bound by Chicago's ordinance
city-form-asks-status_not-city_city-only = The ordinance limits status questions by City of Chicago agencies and workers. It also limits them on forms for City benefits, services and opportunities.
city-form-asks-status_not-city_not-others = A City ordinance does not bind state, county or federal offices, or private groups.
city-form-asks-status_not-city_ask-why = You can ask the office why it needs the information, and who will see it.
city-form-asks-status_not-city_lawyer = Not sure whether to answer? Talk to an immigration lawyer first.
city-form-asks-status_not-city_sister-agencies = We could not read the ordinance's definitions. So we cannot say if it covers separate public bodies. Examples are the Chicago Public Schools and the Chicago Housing Authority.
