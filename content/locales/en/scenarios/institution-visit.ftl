# S14: immigration agents come to a hospital, a public college or university, or a licensed day
# care center.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.
# P.A. 104-0440 Arts. 15, 20 and 25 are known only through reporting (Jurist): attribute them.

scenario_institution-visit = Immigration agents come to a hospital, college or day care center
    .summary = A 2025 Illinois law sets duties for hospitals, public colleges and universities, and licensed day care centers. Here is what it asks of them, and what you can do.

## Question: where are the agents?

institution-visit_place = Where are the immigration agents?
    .hint = ICE (U.S. Immigration and Customs Enforcement) is the federal agency that enforces immigration law inside the country.
institution-visit_place_hospital = At a hospital
institution-visit_place_college = At a public college or university
institution-visit_place_day-care = At a licensed day care center

## Questions: is there a known policy or contact person?

institution-visit_hospital-contact = Do you know who at the hospital handles visits from immigration agents?
    .hint = For example, a staff member or office named in the hospital's written policy.
institution-visit_hospital-contact_has-contact = Yes, there is a policy or a contact person
institution-visit_hospital-contact_not-sure = No, or I am not sure

institution-visit_college-contact = Do you know who at the college handles visits from immigration agents?
    .hint = For example, a staff member or office named in the college's written procedures.
institution-visit_college-contact_has-contact = Yes, there is a policy or a contact person
institution-visit_college-contact_not-sure = No, or I am not sure

institution-visit_day-care-contact = Do you know who at the day care center handles visits from immigration agents?
    .hint = For example, the director, or a person named in the center's written policy.
institution-visit_day-care-contact_has-contact = Yes, there is a policy or a contact person
institution-visit_day-care-contact_not-sure = No, or I am not sure

## Outcome: there is a policy or contact person

institution-visit_follow-policy = Reports say these places have duties when immigration agents come. Ask for the contact named in the policy.
    .summary = News reports say a 2025 Illinois law, Public Act 104-0440, requires hospitals and public colleges to have such policies or procedures, and gives licensed day care centers similar duties. The policy tells staff what to do; it does not limit federal agents.
    .verdict = have duties when immigration agents come, reports say
institution-visit_follow-policy_policies = Jurist, a legal news service, reported that the law requires hospitals and public colleges and universities to adopt policies or procedures for immigration enforcement. It reported that licensed day care centers have similar duties.
institution-visit_follow-policy_contents = For hospitals, Jurist reported that the policy must name legal contacts, check agents' identification ("credentials"), and protect patient information.
institution-visit_follow-policy_no-disclose = Reports say schools and child care centers may not share anyone's immigration status unless the law requires it. This includes what they believe someone's status is.
institution-visit_follow-policy_ask-contact = Ask staff to call the person or office named in the policy.
institution-visit_follow-policy_staff = If you work there: follow the policy and call the contact it names.
institution-visit_follow-policy_rights = If agents question you, you may stay silent, legal-aid groups say. Do not sign anything before you talk to a lawyer.
institution-visit_follow-policy_no-resist = Do not run or physically resist. The ACLU says not to resist, even if you think your rights are being violated.
institution-visit_follow-policy_icirr = For help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
institution-visit_follow-policy_not-bound = These rules are duties of the hospital, college or day care center. They do not limit what federal agents may do.
institution-visit_follow-policy_rights-source = Your own rights when agents question you come from the U.S. Constitution, not from this law. The ACLU says you have them whatever your immigration status.

## Outcome: a hospital

institution-visit_hospital = Reports say Illinois law requires hospitals to have a policy for visits from immigration agents.
    .summary = News reports say a 2025 Illinois law, Public Act 104-0440, requires hospitals to have this policy. The policy tells hospital staff what to do; it does not limit federal agents.
    .verdict = must have a policy for immigration agents, reports say
institution-visit_hospital_deadline = Jurist, a legal news service, reported that hospitals had to adopt a policy on immigration enforcement by March 2026.
institution-visit_hospital_contents = Jurist reported that the policy must name legal contacts, check agents' identification ("credentials"), and protect patient information.
institution-visit_hospital_fines = Jurist reported that the Illinois Department of Public Health can fine a hospital that breaks these rules up to $500 a day.
institution-visit_hospital_ask-contact = Ask hospital staff for the person or office named in the hospital's policy.
institution-visit_hospital_staff = If you work at the hospital: follow the policy and call the contact it names.
institution-visit_hospital_rights = If agents question you, you may stay silent, legal-aid groups say. Do not sign anything before you talk to a lawyer.
institution-visit_hospital_no-resist = Do not run or physically resist. The ACLU says not to resist, even if you think your rights are being violated.
institution-visit_hospital_icirr = For help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
institution-visit_hospital_not-bound = These rules are duties of the hospital. They do not limit what federal agents may do.
institution-visit_hospital_rights-source = Your own rights when agents question you come from the U.S. Constitution, not from this law. The ACLU says you have them whatever your immigration status.

## Outcome: a public college or university

institution-visit_college = Reports say Illinois law requires public colleges and universities to have procedures for immigration enforcement.
    .summary = News reports say a 2025 Illinois law, Public Act 104-0440, requires public colleges and universities to have these procedures. They tell college staff what to do; they do not limit federal agents.
    .verdict = must have procedures for immigration enforcement, reports say
institution-visit_college_deadline = Jurist, a legal news service, reported that public colleges and universities had to have procedures for immigration enforcement by January 1, 2026.
institution-visit_college_details = The reports we found do not say what the college procedures must contain. Ask the college for a copy.
institution-visit_college_ask-contact = Ask the college for the person or office named in its procedures.
institution-visit_college_staff = If you work at the college: follow its procedures and call the contact they name.
institution-visit_college_rights = If agents question you, you may stay silent, legal-aid groups say. Do not sign anything before you talk to a lawyer.
institution-visit_college_no-resist = Do not run or physically resist. The ACLU says not to resist, even if you think your rights are being violated.
institution-visit_college_icirr = For help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
institution-visit_college_not-bound = These rules are duties of the college. They do not limit what federal agents may do.
institution-visit_college_rights-source = Your own rights when agents question you come from the U.S. Constitution, not from this law. The ACLU says you have them whatever your immigration status.

## Outcome: a licensed day care center

institution-visit_day-care = Reports say Illinois law sets rules for licensed day care centers when immigration agents come.
    .summary = News reports say a 2025 Illinois law, Public Act 104-0440, sets these duties. They tell the center what to do; they do not limit federal agents.
    .verdict = have duties when immigration agents come, reports say
institution-visit_day-care_similar = Jurist, a legal news service, reported that licensed day care centers have duties similar to those of hospitals and public colleges. Those must have policies or procedures for immigration enforcement.
institution-visit_day-care_no-disclose = Reports say child care centers and schools may not share anyone's immigration status unless the law requires it. This includes what they believe someone's status is.
institution-visit_day-care_ask-contact = Ask the center's director who handles visits from immigration agents, and whether the center has a written policy.
institution-visit_day-care_staff = If you work at the center: follow its policy and call the contact it names.
institution-visit_day-care_rights = If agents question you, you may stay silent, legal-aid groups say. Do not sign anything before you talk to a lawyer.
institution-visit_day-care_icirr = For help, or to report immigration agents' activity, call or text the ICIRR Family Support Hotline, 24 hours a day.
institution-visit_day-care_not-bound = These rules are duties of the day care center. They do not limit what federal agents may do.
institution-visit_day-care_rights-source = Your own rights when agents question you come from the U.S. Constitution, not from this law. The ACLU says you have them whatever your immigration status.
