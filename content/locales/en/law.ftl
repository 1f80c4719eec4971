# The law catalogue (../../law/catalogue.toml): law_<id> is a short title, .summary a plain summary,
# .challenge the court-challenge label where the catalogue sets challenged_as_of.
# law-group_<law> names each group. Citations themselves stay in their official English form.

law-group_mcc-2-173 = Chicago { -wco } (Municipal Code of Chicago, Chapter 2-173)
law-group_trust-act = { -trust } (5 ILCS 805)
law-group_ag-guidance = Illinois Attorney General guidance
law-group_cpd-directives = Chicago Police Department directives
law-group_news-reports = News reports

-us-v-illinois-challenge = The U.S. Department of Justice sued over this law in February 2025 (United States v. Illinois). A federal judge dismissed the case in July 2025, and the U.S. appealed. The law is in force while the appeal goes on.

law_mcc-2-173-020-a = No City help with civil immigration enforcement
    .summary = City agencies and their employees, including police, may not take part in civil immigration enforcement or help the federal government with it.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = No stops or arrests only for suspected immigration status
    .summary = City agents may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = No arrests on administrative warrants
    .summary = City agents may not stop, arrest or hold anyone because of an administrative warrant, including immigration entries in the FBI's NCIC database.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = No handing people over to ICE
    .summary = City agents may not transfer anyone into ICE custody only for civil immigration enforcement.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = No traffic perimeters or on-site support
    .summary = City agents may not set up a traffic perimeter or give on-site support for a civil immigration enforcement operation.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = No asking for or sharing immigration status
    .summary = City agents may not ask for, keep or share anyone's citizenship or immigration status, unless a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = Purpose of the TRUST Act
    .summary = State law gives Illinois police no power to enforce federal civil immigration law. Officers may contact another police agency to find out whether a database record is civil or criminal.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = Definitions, including "civil immigration warrant"
    .summary = A civil immigration warrant is an immigration paper that no judge approved, such as Forms I-200, I-203, I-205 and I-286, or an entry in the FBI's immigration violator file. Criminal warrants are not included.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = Limits on helping federal immigration enforcement
    .summary = Section 15 limits what Illinois police may do for immigration agents. The Illinois Attorney General says it bars helping "in any capacity" unless the agents have a criminal warrant or federal law specifically requires it.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = No holding people on detainers or civil immigration warrants
    .summary = Illinois police may not hold anyone only because of an immigration detainer or a civil immigration warrant, and may not otherwise carry one out.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = No stops or arrests only because of immigration status
    .summary = Illinois police may not stop, arrest, search or hold anyone only because of their citizenship or immigration status.
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = The Attorney General's guidance to police
    .summary = Updated guidance from the Illinois Attorney General explaining what state law lets police do, and not do, in immigration matters. It is guidance, not a law.
law_cpd-s06-14-03 = CPD's order on incidents involving citizenship status
    .summary = The Chicago Police Department's order that carries out the { -wco }. The version we could read is from March 2020; a newer version probably exists.
law_cbs-2021-supervisors = News report on the 2021 changes to the ordinance
    .summary = A news report on the City Council's January 2021 vote, which describes how police supervisors must handle requests from immigration agents.
