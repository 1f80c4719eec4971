# S15: ICE arrested someone without a warrant, or at a traffic stop (the Castañon Nava court order).
# Keys: scenario_<id>, <scenario>_<node>, <scenario>_<node>_<answer, reason, step or note>.
# Plain language, grade 8 or below; every claim is cited in the .toml. Everything about the court
# order is attributed to the lawyers in the case or to news reports, and dated; nothing promises release.

scenario_warrantless-arrest = ICE arrested someone without a warrant, or at a traffic stop
    .summary = For example, immigration agents stopped a car and took someone away, or arrested a family member without showing a warrant. A federal court order may help in the Chicago area.

## Question: where did it happen?

warrantless-arrest_where = Where did the arrest happen?
    .hint = Choose the place of the arrest, not where the person lives.
warrantless-arrest_where_chicago-area = In Illinois, Indiana, Wisconsin, Missouri, Kansas or Kentucky
warrantless-arrest_where_elsewhere = In another state

## Question: how did it happen?

warrantless-arrest_how = How did the arrest happen?
    .hint = If you did not see the arrest, choose "I don't know".
warrantless-arrest_how_no-warrant = The agents had no warrant, as far as I know
warrantless-arrest_how_car-stop = It started when agents stopped a car
warrantless-arrest_how_warrant = The agents showed a warrant
warrantless-arrest_how_not-sure = I don't know

## Outcome: the court order may apply

warrantless-arrest_may-apply = A federal court order may help. Tell the lawyers in the case, and get help now.
    .summary = The lawyers in the case say a federal court order limits some ICE arrests made without a warrant or at car stops in this area, and people arrested that way may be able to ask for help under it. Release is not promised, and news reports of October 2025 said the order ran to February 2, 2026, so ask NIJC or ICIRR whether it still applies.
    .verdict = may be limited by a court order; ask NIJC
warrantless-arrest_may-apply_court-order = According to the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, the lawyers for the people who sued, a federal court approved a settlement in the case Castañon Nava v. DHS on February 8, 2022. They describe it as a court order that limits what ICE itself does. It is not a City or state law.
warrantless-arrest_may-apply_policy = The lawyers say the order made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops.
warrantless-arrest_may-apply_remedies = The lawyers say people arrested without a warrant, or during a vehicle stop, in ICE's Chicago area may be able to ask for remedies under the order. Release can be one of them, but it is never certain. ICE's Chicago area covers Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky.
warrantless-arrest_may-apply_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge found on October 7, 2025 that ICE had broken the order, ordered some people released, and extended the order to February 2, 2026. The same reports said an appeals court later limited some of those release orders. We found nothing newer, so we do not know whether the order still applies.
warrantless-arrest_may-apply_tell-lawyers = NIJC's page on the settlement has a way to tell the lawyers in the case about a possible violation. Use it as soon as you can, and ask them whether the order still applies and whether it fits this arrest.
warrantless-arrest_may-apply_icirr = For help for the family, call or text the ICIRR Family Support Hotline, 24 hours a day.
warrantless-arrest_may-apply_write-down = Write down what you know as soon as you can: the date, time and place, whether the agents showed any paper, whether it started with a car stop, and any names, badge numbers or car plates. Keep any photos or videos.
warrantless-arrest_may-apply_background = The lawyers say the case began after an ICE operation around Chicago in May 2018, when more than 100 people were arrested. Some were arrested without warrants, and some agents posed as local police at traffic stops.
warrantless-arrest_may-apply_police-role = If Chicago police took part, that is a separate question. Chicago police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. You can report Chicago police to the Civilian Office of Police Accountability (COPA).
warrantless-arrest_may-apply_laws-limit-police = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from making arrests. This court order is different: the lawyers in the case say it limits ICE itself.

## Outcome: the agents showed a warrant

warrantless-arrest_warrant-shown = The court order may not cover this arrest, but you can still ask for help.
    .summary = According to the lawyers in the case, the court order covers arrests without a warrant and arrests during vehicle stops in ICE's Chicago area. If the agents had a warrant, it may not apply, so ask the lawyers in the case or ICIRR.
    .verdict = with a warrant, may fall outside the court order
warrantless-arrest_warrant-shown_scope = According to the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, the lawyers for the people who sued in Castañon Nava v. DHS, the court order is about arrests without a warrant and arrests during vehicle stops in ICE's Chicago area.
warrantless-arrest_warrant-shown_ask = NIJC's page lets you tell the lawyers about a possible violation. You can ask them whether the order fits what happened.
warrantless-arrest_warrant-shown_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge extended the order to February 2, 2026. We found nothing newer, so we do not know whether it still applies.
warrantless-arrest_warrant-shown_tell-lawyers = If you are not sure the agents really had a warrant, or the arrest started with a car stop, use NIJC's page to tell the lawyers in the case.
warrantless-arrest_warrant-shown_icirr = For help for the family, call or text the ICIRR Family Support Hotline, 24 hours a day.
warrantless-arrest_warrant-shown_write-down = Write down what you know as soon as you can: the date, time and place, what the paper said and who signed it, and any names, badge numbers or car plates. Keep a photo or copy of any paper you were given.
warrantless-arrest_warrant-shown_ice-form = The paper may be an ICE form, such as Form I-200 or I-205, signed by an immigration officer. { -judicial-warrant-definition } An ICE form is not a judge's warrant. We do not know how the court order treats one, so ask the lawyers in the case whether it changes anything.
warrantless-arrest_warrant-shown_laws-limit-police = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from making arrests.

## Outcome: outside ICE's Chicago area

warrantless-arrest_outside-area = The lawyers in the case say remedies under this court order are for people arrested in ICE's Chicago area.
    .summary = According to the lawyers in the case, people arrested in Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky may seek remedies under the court order, which news reports of October 2025 said ran to February 2, 2026. For an arrest in another state, get legal help there.
    .verdict = may be unable to seek remedies under this order
warrantless-arrest_outside-area_area = According to the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, the lawyers for the people who sued in Castañon Nava v. DHS, the court order made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. They do not say that people arrested elsewhere can.
warrantless-arrest_outside-area_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge extended the order to February 2, 2026. We found nothing newer, so we do not know whether it still applies.
warrantless-arrest_outside-area_icirr = For help for a family in Illinois, call or text the ICIRR Family Support Hotline, 24 hours a day.
warrantless-arrest_outside-area_write-down = Write down what you know as soon as you can: the date, time and place, whether the agents showed any paper, and any names, badge numbers or car plates.
