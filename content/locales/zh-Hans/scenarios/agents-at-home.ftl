# S9：移民探员来敲住宅的门。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。
# 居民自己的权利来自美国宪法，并注明来自 ILRC 和 ACLU。

scenario_agents-at-home = 移民探员来敲您家的门
    .summary = 移民探员来到您家时您可以怎么做，以及芝加哥警察可以做什么。您在家门口的权利来自美国宪法，而不是芝加哥或伊利诺伊州的法律。

## 问题：发生了什么？

agents-at-home_door = 您家发生了什么情况？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。芝加哥警员为市政府工作。
agents-at-home_door_knocking = 探员在敲门，想要进来
agents-at-home_door_coming-in = 探员没有经过我允许就要进来
agents-at-home_door_police-there = 芝加哥警察和探员一起在场
# TODO(translate)
agents-at-home_door_removal-order = Agents show a paper from an immigration judge, such as a removal order

## 问题：有没有令状？

agents-at-home_paper = 探员有令状吗？
    .hint = 司法令状（judicial warrant）由法院的法官或治安法官签署，上面写明要找的人或地点。行政令状（administrative warrant）是ICE表格，例如I-200或I-205表格，由移民官员签署，而不是由法官签署。
agents-at-home_paper_judge-signed = 有，是法官签署的令状
agents-at-home_paper_ice-form = 有，但那是移民官员签署的ICE表格
agents-at-home_paper_no-paper = 没有，或者他们不肯出示
agents-at-home_paper_cannot-tell = 我看不出那是什么文件

## 结果：没有令状

# TODO(translate): .verdict below is in English
agents-at-home_no-warrant = 法律援助团体表示，没有法官签署的令状或您的允许，探员不得进入。
    .summary = 您不必开门。这是移民法律资源中心（Immigrant Legal Resource Center，ILRC）和美国公民自由联盟（ACLU）这两个法律援助团体给出的建议。这些权利来自美国宪法，而不是芝加哥或伊利诺伊州的法律。
    .verdict = do not have to open the door
agents-at-home_no-warrant_red-card = ILRC的“红卡”建议不要给移民探员开门。卡上说，如果探员没有法官签署的令状，您可以拒绝让他们进来。这份令状必须由法官或治安法官签署，并写有您的姓名。
agents-at-home_no-warrant_constitution = 红卡的依据是美国宪法第四修正案。ACLU表示，无论您的移民身份如何，您都享有这些权利。
agents-at-home_no-warrant_silent = 您也有保持沉默的权利。ACLU表示，您不必回答自己在哪里出生，也不必说自己是不是公民，或者是怎样进入美国的。
agents-at-home_no-warrant_keep-closed = 把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_no-warrant_slide-warrant = 请探员把任何令状从门下塞进来。这样您不用开门就能看。
agents-at-home_no-warrant_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_no-warrant_no-lies = 不要说谎，也不要出示虚假证件。
agents-at-home_no-warrant_no-resist = 如果探员还是进来了，不要进行身体上的反抗。ACLU建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_no-warrant_write-down = 如果安全，请记下发生的事情：日期、时间、探员说了什么，以及任何姓名或警徽编号。
agents-at-home_no-warrant_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_no-warrant_memo = ABC新闻在2026年1月报道了ICE一份2025年5月的备忘录。该备忘录声称，探员凭ICE的I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。我们没有找到法院对此的裁决。
agents-at-home_no-warrant_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。民事移民执法是指：联邦政府因为有人未经许可身在美国，而查找、逮捕、扣留或递解出境此人的行动。
agents-at-home_no-warrant_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：ICE表格（行政令状）

# TODO(translate): .verdict below is in English
agents-at-home_ice-form = 法律援助团体表示，ICE表格不能让探员进入您家，但ICE在某些情况下对此有异议。
    .summary = 由移民官员签署的ICE表格是一种“行政令状”（administrative warrant），没有法官签过字。法律援助团体表示，没有您的允许，它不能让探员进入您家。
    .verdict = may not come in on an ICE form alone, legal-aid groups say; ICE disputes this in some cases
agents-at-home_ice-form_not-judge = I-200和I-205等表格由移民官员签署，没有经过法官批准。芝加哥警察局的规定和伊利诺伊州法律都把它们与法官签署的刑事令状区分开来。
agents-at-home_ice-form_red-card = 移民法律资源中心（ILRC）发放一种“红卡”。卡上说，如果探员没有法官签署的令状，您可以拒绝让他们进来。这份令状必须由法官或治安法官签署，并写有您的姓名。
agents-at-home_ice-form_memo = ABC新闻在2026年1月报道了ICE一份2025年5月的备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。备忘录还说，如果遭到拒绝，探员可以使用“必要且合理的”武力。
agents-at-home_ice-form_contested = 这一说法存在争议，被指违反美国宪法第四修正案。我们没有找到法院对此的裁决。
agents-at-home_ice-form_slide-warrant = 请探员把文件从门下塞进来。看看表格编号，以及是谁签的字。
agents-at-home_ice-form_keep-closed = 把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_ice-form_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_ice-form_say-no = 清楚地说出：您不同意让他们进来，也不同意他们搜查您的住宅。
agents-at-home_ice-form_no-resist = 如果探员还是进来了，不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_ice-form_write-down = 如果安全，请记下发生的事情：日期、时间、探员说了什么、任何姓名或警徽编号，以及文件上写了什么。
agents-at-home_ice-form_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_ice-form_final-order = 这份备忘录针对的是已经收到离开美国的最终命令（“最终递解令”，final removal order）的人。如果您不确定自己有没有这种命令，请咨询律师。
agents-at-home_ice-form_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。民事移民执法是指：联邦政府因为有人未经许可身在美国，而查找、逮捕、扣留或递解出境此人的行动。
agents-at-home_ice-form_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：法官签署的令状

# TODO(translate): .verdict below is in English
agents-at-home_judicial-warrant = 法律援助团体表示，写有您姓名的法官令状可以让探员进入您家。
    .summary = 司法令状由法院的法官或治安法官签署，上面写明要找的人或地点。即使探员有这种令状，您仍然有保持沉默的权利。
    .verdict = may enter with a judge's warrant
agents-at-home_judicial-warrant_red-card = 移民法律资源中心（ILRC）发放一种“红卡”。卡上表示拒绝让探员进入，除非探员有法官或治安法官签署、写有您姓名的令状。这样的令状就是例外。
agents-at-home_judicial-warrant_still-silent = 您仍然有保持沉默的权利。在与律师谈话之前，您不必签署任何文件。
agents-at-home_judicial-warrant_lawyer = 美国公民自由联盟（ACLU）建议，如果您被逮捕，请立即要求见律师。
agents-at-home_judicial-warrant_check-warrant = 请探员把令状从门下塞进来。检查上面是否写有法院名称、是否由法官或治安法官签署，以及是否写有您的姓名或地址。
agents-at-home_judicial-warrant_no-resist = 不要进行身体上的反抗。ACLU建议不要逃跑或反抗。
agents-at-home_judicial-warrant_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_judicial-warrant_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_judicial-warrant_not-judge = 由移民官员签署的ICE表格（例如I-200或I-205表格）不是法官签署的令状。即使表格顶部写着“warrant”（令状），也是如此。
agents-at-home_judicial-warrant_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：看不出是什么文件

# TODO(translate): .verdict below is in English
agents-at-home_unclear-paper = 这取决于文件是谁签署的。
    .summary = 法律援助团体表示，只有法官签署的令状，才能让探员在没有您允许的情况下进来。它们表示，移民官员签署的ICE表格是不够的。ICE在某些情况下对此有异议。
    .verdict = may enter only with a judge's warrant, legal-aid groups say
agents-at-home_unclear-paper_if-judge = 移民法律资源中心（ILRC）发放一种“红卡”。卡上表示拒绝让探员进入，除非探员有法官或治安法官签署、写有您姓名的令状。
agents-at-home_unclear-paper_if-ice-form = ICE表格（例如I-200或I-205表格）由移民官员签署。芝加哥警察局的规定和伊利诺伊州法律都把它与法官签署的令状区分开来。
agents-at-home_unclear-paper_memo = ABC新闻在2026年1月报道了ICE一份2025年5月的备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议。我们没有找到法院对此的裁决。
agents-at-home_unclear-paper_check-paper = 请探员把文件从门下塞进来。法官签署的令状上写有法院名称，并由法官或治安法官签署。ICE表格上有表格编号（例如I-200或I-205），以及移民官员的签名。
agents-at-home_unclear-paper_keep-closed = 检查文件时请把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_unclear-paper_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_unclear-paper_no-resist = 如果探员还是进来了，不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_unclear-paper_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_unclear-paper_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。民事移民执法是指：联邦政府因为有人未经许可身在美国，而查找、逮捕、扣留或递解出境此人的行动。
agents-at-home_unclear-paper_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：探员未经允许就要进来

# TODO(translate): .verdict below is in English
agents-at-home_forced-entry = 探员能否进来取决于他们的令状。无论哪种情况，都不要反抗。
    .summary = 关着的门或红卡都无法在物理上挡住探员。法律援助团体建议不要反抗。您仍然有保持沉默的权利。如果您认为自己的权利受到了侵犯，事后请咨询律师。
    .verdict = need a judge's warrant to come in, legal-aid groups say; ICE claims more in some cases
agents-at-home_forced-entry_need-warrant = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）发放一种“红卡”。卡上说，如果探员没有法官签署的令状，您可以拒绝让他们进来。这份令状必须由法官或治安法官签署，并写有您的姓名。
agents-at-home_forced-entry_memo = ABC新闻在2026年1月报道了ICE一份2025年5月的备忘录。该备忘录声称，探员凭ICE的I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。我们没有找到法院对此的裁决。
agents-at-home_forced-entry_no-resist = 美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要逃跑、争吵或反抗。
agents-at-home_forced-entry_say-no = 清楚地说：“我不同意你们进来或搜查。”然后保持冷静。
agents-at-home_forced-entry_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_forced-entry_write-down = 尽快记下发生的事情：日期、时间、来了几名探员、任何姓名或警徽编号，以及他们出示的任何文件。
agents-at-home_forced-entry_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_forced-entry_bivens = 伊利诺伊州2025年的一项法律，即《伊利诺伊州Bivens法案》（Illinois Bivens Act），允许人们就民事移民执法过程中的侵权行为提起诉讼，也可以起诉联邦探员。美国司法部于2025年12月22日提起诉讼，要求阻止这项法律生效。截至2026年1月（我们找到的最新消息），还没有裁决。
agents-at-home_forced-entry_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。民事移民执法是指：联邦政府因为有人未经许可身在美国，而查找、逮捕、扣留或递解出境此人的行动。
agents-at-home_forced-entry_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：芝加哥警察在场

# TODO(translate): .verdict below is in English
agents-at-home_police-role = 芝加哥警察不得协助探员进行移民逮捕。
    .summary = 这属于民事移民执法，即联邦政府因为有人未经许可身在美国，而查找、逮捕、扣留或递解出境此人的行动。芝加哥警察不得参与。他们仍然会处理紧急情况和犯罪。
    .verdict = may not help with the immigration arrest
agents-at-home_police-role_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构和工作人员（包括警察）不得参与民事移民执法，也不得在这方面协助联邦探员。
agents-at-home_police-role_no-support = 警察不得为民事移民执法行动设置交通封锁线，也不得提供任何其他现场支援。
agents-at-home_police-role_no-arrest = 警察不得仅因认为某人未经许可身在美国，就拦截、逮捕或扣留此人。伊利诺伊州法律对全州各地的警察也有同样的规定。
agents-at-home_police-role_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
agents-at-home_police-role_your-rights = 您自己的权利不会改变。法律援助团体建议：把门关好，请对方把任何令状从门下塞进来给您看，并保持沉默。
agents-at-home_police-role_witness = 如果安全，请记下日期、时间和地点，以及任何警徽编号或警车编号。
agents-at-home_police-role_report-copa = 如果有芝加哥警员协助了移民逮捕，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
agents-at-home_police-role_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
agents-at-home_police-role_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_police-role_emergency = 无论任何人的移民身份如何，警察仍然可以接听911电话或处理犯罪。伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
agents-at-home_police-role_criminal-warrant = 总检察长的指引还说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
agents-at-home_police-role_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
agents-at-home_police-role_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
# TODO(translate)
agents-at-home_removal-order = A removal order is not a judge's warrant, but ICE claims it can enter with one. Do not resist.
    .summary = A paper from an immigration judge, such as a removal order, is not a judge's warrant. But ICE claims it may enter a home with Form I-205 and a final removal order: do not resist, stay silent, and call for help.
    .verdict = claim they may enter with this paper; that claim is contested
# TODO(translate)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Chicago police rules count a removal order as an "administrative warrant": an immigration paper, not a criminal warrant issued by a judge. Illinois law likewise calls immigration papers that no judge approved "civil immigration warrants".
# TODO(translate)
agents-at-home_removal-order_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205 (a "warrant of removal" signed by an immigration officer). It says they may use "necessary and reasonable" force if refused.
# TODO(translate)
agents-at-home_removal-order_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
# TODO(translate)
agents-at-home_removal-order_no-resist = Do not physically resist, even if you think the entry is unlawful. The ACLU says not to run, argue or resist.
# TODO(translate)
agents-at-home_removal-order_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
# TODO(translate)
agents-at-home_removal-order_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
# TODO(translate)
agents-at-home_removal-order_write-down = As soon as it is safe, write down what happened: the date, the time, how many agents came, any names or badge numbers, and what the papers said. Keep any copy they give you.
# TODO(translate)
agents-at-home_removal-order_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
# TODO(translate)
agents-at-home_removal-order_lawyer = The memo is about people with a final order to leave the U.S. If you are not sure whether you or someone at home has one, ask a lawyer.
# TODO(translate)
agents-at-home_removal-order_ice-not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from acting on their own.
