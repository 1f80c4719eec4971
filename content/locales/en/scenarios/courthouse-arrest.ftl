# S11: a person must go to a hearing at an Illinois state courthouse.
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; no statute wording copied; every claim is cited in the .toml.
# P.A. 104-0440 Art. 10 is known through reporting (Jurist, MALDEF): attribute it, and say it is
# being challenged in court (DOJ suit filed Dec. 22, 2025; no ruling found as of January 2026).

scenario_courthouse-arrest = You have to go to a hearing at an Illinois courthouse
    .summary = For example, you have a case, you are a witness, or you are going with someone. You worry about an immigration arrest at or near the court.

## Question: why are you going to court?

courthouse-arrest_role = Why are you going to court?
    .hint = This is about Illinois state courts, such as the Cook County courts. A "party" is one of the sides in a case. For example, the person who sued, was sued or was charged.
courthouse-arrest_role_party = I have a case there (I am a party)
courthouse-arrest_role_witness = I am a witness
courthouse-arrest_role_with-someone = I am going with someone who has a case or is a witness
courthouse-arrest_role_other = For another reason

## Question: what kind of arrest?

courthouse-arrest_arrest = What kind of arrest are you worried about?
    .hint = A civil arrest is one that is not for a crime. { -civil-immigration-enforcement-definition } { -judicial-warrant-definition } An ICE form, such as Form I-200 or I-205, is signed by an immigration officer, not a judge.
courthouse-arrest_arrest_immigration = An immigration arrest without a judge's order
courthouse-arrest_arrest_judge-order = An arrest with a warrant or order signed by a judge
courthouse-arrest_arrest_crime = An arrest for a crime
courthouse-arrest_arrest_not-sure = I am not sure

## Outcome: protected (civil immigration arrest, no judge's order)

courthouse-arrest_protected = Reports say Illinois law bars this arrest. The law is being challenged in court.
    .summary = News reports say a 2025 Illinois law bars civil arrests, including immigration arrests without a judge's order, of people going to court. They say the U.S. Department of Justice sued over the law on December 22, 2025.
    .verdict = may not make this arrest, reports say
courthouse-arrest_protected_who = Jurist, a legal news service, reported that the law protects parties, witnesses, and people who go with them to court.
courthouse-arrest_protected_where = Jurist reported that it covers the courthouse, the area within 1,000 feet of it, and the trip to and from court.
courthouse-arrest_protected_what = Reports on the law say it bars civil arrests, including immigration arrests without a judge's order. They say it does not bar arrests for crimes.
courthouse-arrest_protected_challenge = According to news reports, the U.S. Department of Justice sued Illinois over this law on December 22, 2025. It argues that a state may not regulate federal officers. As of early January 2026, the latest news we found, there was no ruling.
courthouse-arrest_protected_lawyer = Before your court date, you can ask a lawyer about your case and your immigration situation. If you have a criminal case in Cook County, the Cook County Public Defender has an Immigration Division. A witness, or someone going with a person to court, should ask their own lawyer or call the ICIRR hotline.
courthouse-arrest_protected_rights = If agents stop you, you may stay silent and ask if you are free to leave, legal-aid groups say. Do not sign anything before you talk to a lawyer.
courthouse-arrest_protected_no-resist = Do not run or physically resist, even if you think the arrest breaks this law. The ACLU says not to resist, even if your rights are being violated.
courthouse-arrest_protected_witness = If you see an arrest at or near a courthouse, write down the date, time and place, and what happened.
courthouse-arrest_protected_icirr = If someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
courthouse-arrest_protected_damages = Jurist reported that a person arrested in breach of the law can sue. The law sets damages of at least $10,000, plus damages for false imprisonment (being held unlawfully).
courthouse-arrest_protected_immigration-court = We could not confirm whether this law also covers immigration court.
courthouse-arrest_protected_police = Separately, the Illinois Attorney General's 2025 guidance says police anywhere in Illinois may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.

## Outcome: an arrest for a crime, or one a judge ordered

courthouse-arrest_not-barred = Reports say the courthouse law does not bar arrests for a crime or arrests a judge ordered.
    .summary = News reports say Illinois's 2025 courthouse law covers civil arrests made without a judge's order. It does not bar arrests for a crime or arrests a judge ordered.
    .verdict = are not barred from these arrests, reports say
courthouse-arrest_not-barred_civil-only = Reports on Public Act 104-0440 say it bars civil arrests made without a judge's order. They say it does not bar arrests for crimes.
courthouse-arrest_not-barred_ice-form = An ICE form, such as Form I-200 or I-205, is not a judge's order. Illinois law describes these forms as immigration papers that no judge approved. { -judicial-warrant-definition }
courthouse-arrest_not-barred_removal-order = An order from an immigration judge, such as a removal order, is not a judge's warrant. Chicago police rules count a removal order as an "administrative warrant". We could not confirm how the courthouse law treats it. Ask a lawyer.
courthouse-arrest_not-barred_challenge = According to news reports, the U.S. Department of Justice sued Illinois over the courthouse law on December 22, 2025. As of early January 2026, the latest news we found, there was no ruling.
courthouse-arrest_not-barred_rights = If you are arrested, the ACLU says you may stay silent and should ask for a lawyer right away. Do not run or resist.
courthouse-arrest_not-barred_lawyer = If you or someone you know is arrested for a crime, ask for a lawyer. First Defense Legal Aid's hotline connects people with free legal help after an arrest, 24 hours a day.
courthouse-arrest_not-barred_icirr = If someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
courthouse-arrest_not-barred_status = Illinois police may not stop, arrest, search or hold anyone only because of their citizenship or immigration status.
courthouse-arrest_not-barred_immigration-court = We could not confirm whether the courthouse law also covers immigration court.

## Outcome: not sure what kind of arrest

courthouse-arrest_unclear-arrest = It depends on what kind of arrest it is.
    .summary = News reports say Illinois's 2025 courthouse law bars civil arrests of people going to court, including immigration arrests without a judge's order, but not arrests for crimes. The law is being challenged in court.
    .verdict = may not make civil arrests here, reports say
courthouse-arrest_unclear-arrest_civil = Reports on Public Act 104-0440 say it bars civil arrests of parties, witnesses and people who go with them. This includes immigration arrests without a judge's order.
courthouse-arrest_unclear-arrest_crime = The same reports say the law does not bar arrests for crimes.
courthouse-arrest_unclear-arrest_ice-form = An ICE form, such as Form I-200 or I-205, is not a judge's order. Illinois law describes these forms as immigration papers that no judge approved.
courthouse-arrest_unclear-arrest_challenge = According to news reports, the U.S. Department of Justice sued Illinois over this law on December 22, 2025. As of early January 2026, the latest news we found, there was no ruling.
courthouse-arrest_unclear-arrest_rights = If agents stop you, you may stay silent and ask if you are free to leave, legal-aid groups say. Do not sign anything before you talk to a lawyer.
courthouse-arrest_unclear-arrest_lawyer = Before your court date, you can ask a lawyer about your case and your immigration situation. If you have a criminal case in Cook County, the Cook County Public Defender has an Immigration Division. A witness, or someone going with a person to court, should ask their own lawyer or call the ICIRR hotline.
courthouse-arrest_unclear-arrest_icirr = If someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
courthouse-arrest_unclear-arrest_immigration-court = We could not confirm whether the courthouse law also covers immigration court.
courthouse-arrest_unclear-arrest_police = Separately, the Illinois Attorney General's 2025 guidance says police anywhere in Illinois may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.

## Outcome: at court for another reason

courthouse-arrest_other-reason = Reports say this law protects people who go to court for a case, and people who go with them.
    .summary = If you are at a courthouse for another reason, Illinois's 2025 courthouse law may not cover you. Your own rights still apply.
    .verdict = may fall outside the courthouse law, reports say
courthouse-arrest_other-reason_who = Jurist, a legal news service, reported that Public Act 104-0440 protects parties, witnesses, and people who go with them to court.
courthouse-arrest_other-reason_own-rights = Your own rights do not depend on this law. Legal-aid groups say you may stay silent and ask whether you are free to leave.
courthouse-arrest_other-reason_challenge = According to news reports, the U.S. Department of Justice sued Illinois over this law on December 22, 2025. As of early January 2026, the latest news we found, there was no ruling.
courthouse-arrest_other-reason_rights = If agents stop you, say that you want to remain silent, and ask: "Am I free to leave?" Do not sign anything before you talk to a lawyer.
courthouse-arrest_other-reason_icirr = If someone is arrested by immigration agents, call or text the ICIRR Family Support Hotline, 24 hours a day.
courthouse-arrest_other-reason_police = The Illinois Attorney General's 2025 guidance says police anywhere in Illinois may not help immigration agents "in any capacity". The exceptions are when the agents have a criminal warrant, or federal law specifically requires it.
