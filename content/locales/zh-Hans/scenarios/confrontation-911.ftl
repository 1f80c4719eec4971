# S12：居民与联邦探员发生冲突，有人拨打911。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_confrontation-911 = 居民与联邦探员发生冲突，有人拨打911
    .summary = 例如，移民探员在逮捕人时邻居们聚集过来，有人报了警。芝加哥警察可以做什么、不可以做什么，以及可以到哪里举报发生的事情。

## 问题：发生了什么？

confrontation-911_situation = 发生了什么？
    .hint = { -civil-immigration-enforcement-definition }芝加哥警员为市政府工作。
confrontation-911_situation_someone-hurt = 有人受伤或有危险
confrontation-911_situation_crime = 有人说发生了犯罪
confrontation-911_situation_agents-ask = 探员要求警察协助他们逮捕
confrontation-911_situation_afterwards = 事情已经结束，我想举报发生的事情

## 问题：您想举报谁？

confrontation-911_report = 您想举报谁？
    .hint = COPA，即芝加哥市政府警察问责办公室（Civilian Office of Police Accountability），受理对芝加哥警员的投诉。
confrontation-911_report_police = 芝加哥警员
confrontation-911_report_agents = 联邦探员

## 结果：有人受伤或有危险

confrontation-911_emergency = 警察处理的是紧急情况，而不是移民逮捕。
    .summary = 芝加哥警察仍然会接听911电话，保护人们的安全。他们不得借这个电话协助民事移民执法。
    .verdict = 可以处理紧急情况，但不得协助移民逮捕
confrontation-911_emergency_only-status = 市法律禁止仅凭认为某人未经许可身在美国，或违反了民事移民规定，就进行拦截和逮捕。但这并不妨碍警察在有人遇到危险或发生犯罪时采取行动。
confrontation-911_emergency_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
confrontation-911_emergency_no-support = 警察不得为移民执法行动本身设置交通封锁线，也不得提供其他现场支援。
confrontation-911_emergency_call-911 = 如果有人受伤或有危险，请拨打911。
confrontation-911_emergency_officer = 如果您是警员：处理紧急情况，并呼叫主管。不要为移民逮捕设置封锁线或提供其他支援。
confrontation-911_emergency_witness = 如果安全，请记下日期、时间和地点、发生了什么，以及任何警徽编号或车辆编号。
confrontation-911_emergency_icirr = 如要报告移民探员的活动或寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
confrontation-911_emergency_status-questions = 伊利诺伊州警察不得询问其拦截或扣留的人的公民身份、移民身份或出生地，只有少数有限的例外。芝加哥市政府工作人员（包括警察）不得询问或分享任何人的身份，只有少数有限的例外。
confrontation-911_emergency_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
confrontation-911_emergency_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：发生犯罪

confrontation-911_crime = 警察可以处理犯罪，但不得协助移民逮捕。
    .summary = 无论任何人的移民身份如何，芝加哥警察仍然执行刑法。他们不得协助移民逮捕。
    .verdict = 可以处理犯罪，但不得协助移民逮捕
confrontation-911_crime_only-status = 市法律禁止仅凭认为某人未经许可身在美国，或违反了民事移民规定，就进行拦截和逮捕。但这并不妨碍警察处理犯罪。
confrontation-911_crime_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
confrontation-911_crime_no-civil-help = 警察仍然不得协助移民方面的事，例如替探员扣留某人，或为他们的行动封锁交通。
confrontation-911_crime_call-911 = 如果您是犯罪受害人或目击了犯罪，您可以拨打911，把看到的情况告诉警察。
confrontation-911_crime_officer = 如果您是警员：像处理其他任何犯罪一样处理这起犯罪。探员提出任何请求，都请呼叫主管。
confrontation-911_crime_lawyer = 如果您或您认识的人被芝加哥警察逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
confrontation-911_crime_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
confrontation-911_crime_detainer = 如果警察因犯罪逮捕了某人，他们不得仅因移民拘留请求（detainer）而继续扣留此人。移民拘留请求是ICE要求扣留某人的书面请求，不由法官签署。
confrontation-911_crime_no-transfer = 芝加哥警察不得仅为民事移民执法而把任何人移交给ICE。
confrontation-911_crime_status-questions = 伊利诺伊州警察不得询问其拦截或扣留的人的公民身份、移民身份或出生地，只有少数有限的例外。芝加哥市政府工作人员（包括警察）不得询问或分享任何人的身份，只有少数有限的例外。
confrontation-911_crime_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：探员要求警察协助逮捕

confrontation-911_no-help = 芝加哥警察不得协助移民逮捕。
    .summary = 这属于民事移民执法，市法律和州法律都不让芝加哥警察参与。警察仍然可以维持秩序和处理犯罪。
    .verdict = 不得协助移民逮捕
confrontation-911_no-help_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构和工作人员（包括警察）不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
confrontation-911_no-help_no-support = 警察不得为民事移民执法行动设置交通封锁线，也不得提供任何其他现场支援。
confrontation-911_no-help_no-arrest = 警察不得仅因认为某人未经许可身在美国，或违反了民事移民规定，就拦截、逮捕或扣留此人。伊利诺伊州法律对全州各地的警察也有同样的规定。
confrontation-911_no-help_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
confrontation-911_no-help_officer = 如果您是警员：请呼叫主管。不要替探员扣留任何人、封锁交通或看守现场。
confrontation-911_no-help_witness = 如果您看到芝加哥警察协助移民逮捕，请记下日期、时间和地点，以及任何警徽编号或警车编号。
confrontation-911_no-help_report-copa = 您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报芝加哥警员。
confrontation-911_no-help_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
confrontation-911_no-help_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
confrontation-911_no-help_keep-peace = 无论任何人的移民身份如何，警察仍然可以接听911电话、保护人们的安全和处理犯罪。他们不得做的是支持移民逮捕本身。
confrontation-911_no-help_criminal-warrant = 伊利诺伊州总检察长的指引说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
confrontation-911_no-help_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
confrontation-911_no-help_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：举报芝加哥警察

confrontation-911_complain-police = 您可以向COPA举报芝加哥警察。他们是否违反规定，取决于他们做了什么。
    .summary = COPA，即芝加哥市政府警察问责办公室（Civilian Office of Police Accountability），受理对芝加哥警员的投诉。警察可以处理紧急情况和犯罪，但不得协助民事移民执法。
    .verdict = 可以处理紧急情况和犯罪，但不得协助移民逮捕
confrontation-911_complain-police_may-not-help = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，警察不得参与民事移民执法，包括设置交通封锁线和提供其他现场支援。{ -civil-immigration-enforcement-definition }
confrontation-911_complain-police_may-act = 无论任何人的移民身份如何，警察仍然可以处理紧急情况和犯罪。伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察进行刑事调查。
confrontation-911_complain-police_state-help = 总检察长的指引还说，伊利诺伊州各地的警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
confrontation-911_complain-police_no-status = 伊利诺伊州警察不得询问其拦截或扣留的人的公民身份、移民身份或出生地，只有少数有限的例外。
confrontation-911_complain-police_write-down = 尽快记下发生的事情：日期、时间和地点，以及任何警徽编号、姓名或警车编号。
confrontation-911_complain-police_report-copa = 您可以向COPA提出投诉，也可以到芝加哥警察局任何一个警区分局投诉。
confrontation-911_complain-police_report-oig = 如果市政府雇员没有遵守{ -wco }，您可以向市监察长办公室（Office of Inspector General）举报。
confrontation-911_complain-police_report-ag = 如果警察可能违反了{ -trust }，您也可以联系伊利诺伊州总检察长的民权热线。
confrontation-911_complain-police_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
confrontation-911_complain-police_reports = 市监察长办公室表示，芝加哥警察每三个月报告一次其遵守该条例的情况。监察长会公布这些报告。

## 结果：举报联邦探员

confrontation-911_complain-agents = 您也许可以依据伊利诺伊州2025年的一项法律起诉，但这项法律正在法院受到挑战。
    .summary = 芝加哥和伊利诺伊州针对警察的规定不适用于联邦探员。伊利诺伊州2025年的一项法律，即《伊利诺伊州Bivens法案》（Illinois Bivens Act），允许人们就民事移民执法过程中的侵权行为提起诉讼，包括起诉联邦探员。
    .verdict = 可能会依据伊利诺伊州2025年一项受到挑战的法律被起诉
confrontation-911_complain-agents_bivens = 《伊利诺伊州Bivens法案》是第104-0440号公共法案（Public Act 104-0440）的一部分。它允许个人起诉在民事移民执法过程中侵犯其美国宪法或伊利诺伊州宪法权利的任何人，包括联邦探员。
confrontation-911_complain-agents_damages = 胜诉者的律师费可以得到支付。法院还可以判处惩罚性赔偿，以惩罚违法者。法院可以考虑探员是否遮住了脸，或者没有使用随身摄像机。
confrontation-911_complain-agents_immunity = 探员仍然可以主张“有限豁免权”（qualified immunity）。这是一种抗辩理由，在某些情况下可以使官员免于支付赔偿金。
confrontation-911_complain-agents_challenge = 据新闻报道，美国司法部于2025年12月22日就这项法律起诉伊利诺伊州，主张州政府不得管制联邦官员。截至我们找到的最新消息（2026年1月初），还没有裁决。
confrontation-911_complain-agents_write-down = 尽快记下发生的事情：日期、时间和地点、探员做了什么，以及任何姓名、警徽编号或车牌号码。保存好任何照片或视频。
confrontation-911_complain-agents_lawyer = 请咨询律师，了解您是否有权提出索赔。
confrontation-911_complain-agents_icirr = 如要报告移民探员的行为或寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
confrontation-911_complain-agents_not-bound = 芝加哥的{ -wco }（Welcoming City Ordinance）和{ -trust }限制的是警察和市政府工作人员的行为，并不管辖联邦探员的行为。
confrontation-911_complain-agents_police-role = 芝加哥警察不得为民事移民执法行动设置交通封锁线，也不得提供其他现场支援。
