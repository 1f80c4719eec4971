# S3: a crime happens, and the victim or a witness may be undocumented.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.

scenario_crime-victim-or-witness = A crime happened, and the victim or a witness may be undocumented
    .summary = For example, you were robbed or saw a crime, and you worry about talking to the police because of immigration status.

## Question: did police ask about status?

crime-victim-or-witness_status-question = Did a police officer ask about immigration status or where someone was born?
    .hint = Citizenship or immigration status means whether someone is a citizen, and whether and how they are allowed to be in the U.S.
crime-victim-or-witness_status-question_asked = Yes, an officer asked about status or where someone was born
crime-victim-or-witness_status-question_not-asked = No, or I have not talked to the police yet

## Question: U visa certification?

crime-victim-or-witness_u-visa = Does the victim want to ask the police for a U visa certification?
    .hint = A U visa certification is a form (I-918 Supplement B) that a police department signs to confirm that a crime victim helped. The victim can use it to apply for a U visa.
crime-victim-or-witness_u-visa_wants-form = Yes, or I want to know how it works
crime-victim-or-witness_u-visa_report-only = No, I only want to report the crime or help as a witness

## Outcome: an officer asked about status

crime-victim-or-witness_status-asked = Chicago police may not ask for your immigration status.
    .summary = This is true for crime victims and witnesses too. City law bars police from asking about status, with narrow exceptions, and they still work on the crime.
    .verdict = may not ask about your status
crime-victim-or-witness_status-asked_city-law = Chicago's { -wco } says City workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow. One is a law, court order or judge's warrant that requires it. Another is the person agreeing in writing to share it.
crime-victim-or-witness_status-asked_state-law = The { -trust } covers police anywhere in Illinois. If they stop or hold someone, they may not ask about or look into that person's citizenship, immigration status or place of birth.
crime-victim-or-witness_status-asked_no-arrest = Police may not stop, arrest or hold anyone only because of their immigration status. City law and state law both say this.
crime-victim-or-witness_status-asked_purpose = When it passed the { -wco }, the City Council found that public safety depends on help from everyone. That includes crime victims and witnesses, with or without papers.
crime-victim-or-witness_status-asked_stay-silent = You do not have to answer. The ACLU says you have the right to stay silent about where you were born, whether you are a citizen, and how you entered the U.S. Do not lie or show false papers.
crime-victim-or-witness_status-asked_tell-crime = You can still tell the police what happened in the crime.
crime-victim-or-witness_status-asked_officer = If you are an officer: do not ask victims or witnesses about immigration status. Take the report as you would for anyone.
crime-victim-or-witness_status-asked_report-copa = You can report a Chicago police officer who asked about your status to the Civilian Office of Police Accountability (COPA).
crime-victim-or-witness_status-asked_report-ag = You can also contact the Illinois Attorney General's Civil Rights hotline.
crime-victim-or-witness_status-asked_exceptions = State law has two narrow exceptions: telling someone in custody that they can contact their country's consulate, and some checks that firearms laws call for.
crime-victim-or-witness_status-asked_u-visa = A crime victim can also ask police for a U visa certification. Illinois's VOICES Act sets out how to ask.
crime-victim-or-witness_status-asked_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from acting on their own.

## Outcome: reporting a crime or being a witness

crime-victim-or-witness_report = You can report a crime or help as a witness, whatever your immigration status.
    .summary = Chicago police still investigate crimes, whatever anyone's immigration status. City and state law limit when police may ask about status or act on it.
    .verdict = investigate crimes, whatever anyone's immigration status
crime-victim-or-witness_report_purpose = When it passed the { -wco }, the City Council found that public safety depends on help from everyone. That includes crime victims and witnesses, with or without papers.
crime-victim-or-witness_report_no-asking = Chicago police and other City workers may not ask for, keep or share anyone's citizenship or immigration status, except in narrow cases.
crime-victim-or-witness_report_no-arrest = Police may not stop, arrest or hold anyone only because of their immigration status. City law says this, and so does state law for police anywhere in Illinois.
crime-victim-or-witness_report_criminal = The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations.
crime-victim-or-witness_report_call-911 = If someone is hurt or in danger, call 911.
crime-victim-or-witness_report_stay-silent = If an officer asks about your status or where you were born, you do not have to answer. The ACLU says you have the right to stay silent on these questions. Do not lie or show false papers.
crime-victim-or-witness_report_officer = If you are an officer: take the report as you would for anyone. Do not ask about immigration status.
crime-victim-or-witness_report_report-copa = If a Chicago police officer asks about your status, you can report it to the Civilian Office of Police Accountability (COPA).
crime-victim-or-witness_report_exceptions = City law allows sharing status information only in narrow cases. Examples are a law, court order or judge's warrant that requires it, or the person's written agreement.
crime-victim-or-witness_report_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from acting on their own.

## Outcome: asking for U visa certification

crime-victim-or-witness_certification = Police must have a way for crime victims to ask for U visa certification.
    .summary = Illinois law tells police how to handle these requests. A lawyer or certain victim-service providers can send the request for the victim.
    .verdict = must name signing officials and publish how to ask
crime-victim-or-witness_certification_officials = Illinois's VOICES Act says police and prosecutors must name officials who sign these forms. They must also publish how to ask for one.
crime-victim-or-witness_certification_who-asks = The VOICES Act says the request goes to the agency that found, investigated or prosecuted the crime. A lawyer, an accredited immigration representative, or a domestic violence or sexual assault service provider may send it for the victim.
crime-victim-or-witness_certification_cpd-order = CPD's own order on U visa certification, from January 2019, says supervisors in its Records Division fill out the form. It says CPD sends a notice when a request is not eligible, and that there is a way to appeal.
crime-victim-or-witness_certification_get-help = Ask a lawyer, an accredited immigration representative, or a domestic violence or sexual assault service provider for help. The VOICES Act lets them send the request for you.
crime-victim-or-witness_certification_right-agency = If Chicago police investigated the crime, the request goes to the Chicago Police Department (CPD).
crime-victim-or-witness_certification_officer = If you are an officer: do not ask the victim about immigration status. Point them to CPD's U visa certification process.
crime-victim-or-witness_certification_certain-crimes = The VOICES Act is about "qualifying" crimes, so not every crime counts. A lawyer can tell you whether yours does.
crime-victim-or-witness_certification_law-changed = The VOICES Act was changed in 2021, after CPD's 2019 order was written. CPD's process today may differ from the 2019 order.
crime-victim-or-witness_certification_no-status = Chicago police may not ask for or share a victim's immigration status, unless the victim agrees in writing or a law or court order requires it.
crime-victim-or-witness_certification_ice-not-bound = These laws limit what Chicago and Illinois police do. They do not stop federal immigration agents from acting on their own.
