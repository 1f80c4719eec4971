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
agents-at-home_door_removal-order = 探员出示了一份移民法官发出的文件，例如递解令

## 问题：有没有令状？

agents-at-home_paper = 探员有令状吗？
    .hint = { -judicial-warrant-definition }行政令状（administrative warrant）是ICE表格，例如I-200或I-205表格，由移民官员签署，而不是由法官签署。移民法官发出的文件（例如递解令）不是法官签署的令状。
agents-at-home_paper_judge-signed = 有，是联邦法院或州法院的令状，由法官签署
agents-at-home_paper_ice-form = 有，但那是移民官员签署的ICE表格
agents-at-home_paper_no-paper = 没有，或者他们不肯出示
agents-at-home_paper_cannot-tell = 我看不出那是什么文件

## 结果：没有令状

agents-at-home_no-warrant = 法律援助团体表示，没有法官签署的令状或您的允许，探员不得进入。
    .summary = 您不必开门。法律援助团体表示，探员需要有法官签署的令状或得到您的允许，才能进入您家。
    .verdict = 不必开门
agents-at-home_no-warrant_red-card = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）的“红卡”建议不要给移民探员开门；如果探员没有法官签署的令状，就拒绝让他们进来。{ -judicial-warrant-definition }
agents-at-home_no-warrant_constitution = 红卡的依据是美国宪法第四修正案。ACLU表示，无论您的移民身份如何，您都享有这些权利。
agents-at-home_no-warrant_silent = 您也有保持沉默的权利。ACLU表示，您不必回答自己在哪里出生，也不必说自己是不是公民，或者是怎样进入美国的。
agents-at-home_no-warrant_keep-closed = 把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_no-warrant_slide-warrant = 请探员把任何令状从门下塞进来。这样您不用开门就能看。
agents-at-home_no-warrant_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_no-warrant_no-lies = 不要说谎，也不要出示虚假证件。
agents-at-home_no-warrant_no-resist = 如果探员还是进来了，不要进行身体上的反抗。ACLU建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_no-warrant_write-down = 如果安全，请记下发生的事情：日期、时间、探员说了什么，以及任何姓名或警徽编号。
agents-at-home_no-warrant_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_no-warrant_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，对于有最终递解令的人，探员可以凭ICE的I-205表格强行进入其住宅。这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。我们没有找到法院对此的裁决。
agents-at-home_no-warrant_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。{ -civil-immigration-enforcement-definition }
agents-at-home_no-warrant_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：ICE表格（行政令状）

agents-at-home_ice-form = 法律援助团体表示，ICE表格不能让探员进入您家，但ICE在某些情况下对此有异议。
    .summary = 由移民官员签署的ICE表格不是法官签署的令状。法律援助团体表示，没有您的允许，它不能让探员进来；但ICE声称，凭I-205表格和最终递解令就可以进入。
    .verdict = 法律援助团体表示，仅有ICE表格不够
agents-at-home_ice-form_not-judge = I-200和I-205等表格由移民官员签署，没有经过法官批准。芝加哥警察局的规定和伊利诺伊州法律都把它们与法官签署的刑事令状区分开来。
agents-at-home_ice-form_red-card = 移民法律资源中心（ILRC）发放一种“红卡”。卡上说，如果探员没有法官签署的令状，您可以拒绝让他们进来。{ -judicial-warrant-definition }
agents-at-home_ice-form_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。备忘录还说，如果遭到拒绝，探员可以使用“必要且合理的”武力。
agents-at-home_ice-form_contested = 这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。我们没有找到法院对此的裁决。
agents-at-home_ice-form_slide-warrant = 请探员把文件从门下塞进来。看看表格编号，以及是谁签的字。
agents-at-home_ice-form_keep-closed = 把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_ice-form_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_ice-form_say-no = 清楚地说出：您不同意让他们进来，也不同意他们搜查您的住宅。
agents-at-home_ice-form_no-resist = 如果探员还是进来了，不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_ice-form_write-down = 如果安全，请记下发生的事情：日期、时间、探员说了什么、任何姓名或警徽编号，以及文件上写了什么。
agents-at-home_ice-form_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_ice-form_final-order = 这份备忘录针对的是已经收到离开美国的最终命令（“最终递解令”，final removal order）的人。这种命令由移民法官签署。递解令不是法官签署的令状（即联邦法院或州法院签发的令状）。如果您不确定自己有没有这种命令，请咨询律师。
agents-at-home_ice-form_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。{ -civil-immigration-enforcement-definition }
agents-at-home_ice-form_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：法官签署的令状

agents-at-home_judicial-warrant = 法律援助团体表示，法官签署的令状可以让探员进入您家。
    .summary = 由联邦法院或州法院签发、由法官签署的令状，可以让探员进来。即使在这种情况下，您仍然有保持沉默的权利。
    .verdict = 法律援助团体表示，凭法官签署的令状可以进入
agents-at-home_judicial-warrant_red-card = 移民法律资源中心（ILRC）发放一种“红卡”。卡上表示拒绝让探员进入，除非探员有法官签署的令状。这样的令状就是例外。{ -judicial-warrant-definition }
agents-at-home_judicial-warrant_still-silent = 您仍然有保持沉默的权利。在与律师谈话之前，您不必签署任何文件。
agents-at-home_judicial-warrant_lawyer = 美国公民自由联盟（ACLU）建议，如果您被逮捕，请立即要求见律师。
agents-at-home_judicial-warrant_check-warrant = 请探员把令状从门下塞进来。检查顶部的法院名称、法官的签名，以及令状上写的地址或姓名。移民法官或ICE发出的文件不是法官签署的令状。
agents-at-home_judicial-warrant_no-resist = 不要进行身体上的反抗。ACLU建议不要逃跑或反抗。
agents-at-home_judicial-warrant_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_judicial-warrant_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_judicial-warrant_not-judge = 由移民官员签署的ICE表格（例如I-200或I-205表格）不是法官签署的令状，即使表格顶部写着“warrant”（令状）也是如此。由移民法官签署的递解令也不是。
agents-at-home_judicial-warrant_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：看不出是什么文件

agents-at-home_unclear-paper = 这取决于文件是谁签署的。
    .summary = 法律援助团体表示，只有由联邦法院或州法院签发、由法官签署的令状，才能让探员在没有您允许的情况下进来。ICE在某些情况下声称自己有更大的权力，这一说法存在争议。
    .verdict = 法律援助团体表示，需要法官签署的令状才能进入
agents-at-home_unclear-paper_if-judge = 移民法律资源中心（ILRC）发放一种“红卡”。卡上表示拒绝让探员进入，除非探员有法官签署的令状。{ -judicial-warrant-definition }
agents-at-home_unclear-paper_if-ice-form = ICE表格（例如I-200或I-205表格）由移民官员签署。递解令由移民法官签署。芝加哥警察局的规定和伊利诺伊州法律都把这些文件与法官签署的刑事令状区分开来。
agents-at-home_unclear-paper_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议。相关报道一直持续到2026年4月，这是我们找到的最新信息。我们没有找到法院对此的裁决。
agents-at-home_unclear-paper_check-paper = 请探员把文件从门下塞进来。法官签署的令状顶部写有法院名称，例如美国联邦地区法院（U.S. District Court）或伊利诺伊州巡回法院（circuit court），并有法官的签名。ICE表格上有表格编号（例如I-200或I-205），顶部写着“Department of Homeland Security”（国土安全部），并有移民官员的签名。
agents-at-home_unclear-paper_keep-closed = 检查文件时请把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-at-home_unclear-paper_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_unclear-paper_no-resist = 如果探员还是进来了，不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
agents-at-home_unclear-paper_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_unclear-paper_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。{ -civil-immigration-enforcement-definition }
agents-at-home_unclear-paper_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：探员未经允许就要进来

agents-at-home_forced-entry = 探员能否进来取决于他们的令状。无论哪种情况，都不要反抗。
    .summary = 不要反抗：关着的门或红卡都无法在物理上挡住探员。保持沉默；如果您认为自己的权利受到了侵犯，事后请咨询律师。
    .verdict = 法律援助团体表示，需要法官签署的令状；ICE对此有异议
agents-at-home_forced-entry_need-warrant = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）发放一种“红卡”。卡上说，如果探员没有法官签署的令状，您可以拒绝让他们进来。{ -judicial-warrant-definition }
agents-at-home_forced-entry_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，探员凭ICE的I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。我们没有找到法院对此的裁决。
agents-at-home_forced-entry_no-resist = 美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要逃跑、争吵或反抗。
agents-at-home_forced-entry_say-no = 清楚地说：“我不同意你们进来或搜查。”然后保持冷静。
agents-at-home_forced-entry_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_forced-entry_write-down = 尽快记下发生的事情：日期、时间、来了几名探员、任何姓名或警徽编号，以及他们出示的任何文件。
agents-at-home_forced-entry_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_forced-entry_bivens = 伊利诺伊州2025年的一项法律，即《伊利诺伊州Bivens法案》（Illinois Bivens Act），允许人们就民事移民执法过程中的侵权行为提起诉讼，包括起诉联邦探员。据新闻报道，美国司法部于2025年12月22日提起诉讼，要求阻止这项法律生效。截至我们找到的最新消息（2026年1月初），还没有裁决。
agents-at-home_forced-entry_police = 芝加哥警察不得为民事移民执法封锁交通或提供其他现场支援。{ -civil-immigration-enforcement-definition }
agents-at-home_forced-entry_ice-not-bound = 芝加哥和伊利诺伊州的法律限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。

## 结果：芝加哥警察在场

agents-at-home_police-role = 芝加哥警察不得协助探员进行移民逮捕。
    .summary = 芝加哥警察不得参与民事移民执法。他们仍然会处理紧急情况和犯罪。
    .verdict = 不得协助移民逮捕
agents-at-home_police-role_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构和工作人员（包括警察）不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
agents-at-home_police-role_no-support = 警察不得为民事移民执法行动设置交通封锁线，也不得提供任何其他现场支援。
agents-at-home_police-role_no-arrest = 警察不得仅因认为某人未经许可身在美国，或违反了民事移民规定，就拦截、逮捕或扣留此人。伊利诺伊州法律对全州各地的警察也有同样的规定。
agents-at-home_police-role_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
agents-at-home_police-role_your-rights = 您自己的权利不会改变。法律援助团体建议：把门关好，请对方把任何令状从门下塞进来给您看，并保持沉默。
agents-at-home_police-role_witness = 如果安全，请记下日期、时间和地点，以及任何警徽编号或警车编号。
agents-at-home_police-role_report-copa = 如果有芝加哥警员协助了移民逮捕，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
agents-at-home_police-role_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
agents-at-home_police-role_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_police-role_emergency = 无论任何人的移民身份如何，警察仍然可以接听911电话或处理犯罪。伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
agents-at-home_police-role_criminal-warrant = 总检察长的指引还说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
agents-at-home_police-role_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年的一篇报道，修订后的条例规定，移民探员提出的任何协助请求都由警察主管批准。
agents-at-home_police-role_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
agents-at-home_removal-order = 递解令不是法官签署的令状。ICE声称，凭I-205表格加上最终递解令就可以进入住宅；这一说法存在争议。不要反抗。
    .summary = 移民法官发出的文件（例如递解令）不是法官签署的令状。但ICE声称，凭I-205表格和最终递解令就可以进入住宅：不要反抗，保持沉默，并打电话求助。
    .verdict = 声称凭I-205表格和最终递解令可以进入（有争议）
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition }芝加哥警察局的规定把递解令算作“行政令状”（administrative warrant）：它是一份移民文件，而不是法官签发的刑事令状。伊利诺伊州法律把I-205等ICE表格称为“民事移民令状”。
agents-at-home_removal-order_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，对于有最终递解令的人，探员可以凭ICE的I-205表格（一种由移民官员签署的“warrant of removal”，即递解令状）强行进入其住宅。备忘录还说，如果遭到拒绝，探员可以使用“必要且合理的”武力。
agents-at-home_removal-order_contested = 这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。我们没有找到法院对此的裁决。
agents-at-home_removal-order_no-resist = 即使您认为探员进入是违法的，也不要进行身体上的反抗。ACLU建议不要逃跑、争吵或反抗。
agents-at-home_removal-order_stay-silent = 大声说出您要保持沉默。在与律师谈话之前，不要签署任何文件。
agents-at-home_removal-order_say-no = 清楚地说：“我不同意你们进来，也不同意你们搜查。”然后保持冷静。
agents-at-home_removal-order_write-down = 一旦安全，请尽快记下发生的事情：日期、时间、来了几名探员、任何姓名或警徽编号，以及文件上写了什么。保留他们给您的任何副本。
agents-at-home_removal-order_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-at-home_removal-order_lawyer = 这份备忘录针对的是已经收到离开美国的最终命令的人。如果您不确定您自己或家里的某个人有没有这种命令，请咨询律师。
agents-at-home_removal-order_ice-not-bound = 芝加哥的{ -wco }和{ -trust }限制的是警察和市政府工作人员的行为，并不能阻止联邦探员自行采取行动。
