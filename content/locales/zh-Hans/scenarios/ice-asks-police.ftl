# S1：移民探员请芝加哥警员提供协助。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_ice-asks-police = 移民探员请芝加哥警员提供协助
    .summary = 例如，街上的一名ICE探员请警员帮忙拦下或扣留某人。

## 问题：请求的是什么？

ice-asks-police_request = 移民探员希望警员帮忙做什么？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。芝加哥警员为市政府工作。
ice-asks-police_request_immigration = 因移民原因查找、拦截或扣留某人
ice-asks-police_request_crime = 犯罪，例如有人遭到抢劫或受到伤害
ice-asks-police_request_emergency = 现在有人遇到危险
ice-asks-police_request_not-sure = 我不确定他们想要什么

## 问题：有没有令状？

ice-asks-police_paper = 探员有令状吗？
    .hint = { -judicial-warrant-definition }行政令状（administrative warrant）是ICE表格，例如I-200或I-205表格，由移民官员签署，而不是由法官签署。
ice-asks-police_paper_judge-signed = 有，是法官签署的刑事令状
ice-asks-police_paper_ice-form = 有，但那是移民官员签署的ICE表格
ice-asks-police_paper_no-paper = 没有，没有令状
ice-asks-police_paper_cannot-tell = 我看不出那是什么文件

## 结果：民事请求，没有令状

ice-asks-police_no-warrant = 芝加哥警察不得协助这件事。
    .summary = 这属于民事移民执法，不是刑事调查。市法律和州法律都不让芝加哥警察参与。
    .verdict = 不得提供协助
ice-asks-police_no-warrant_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构及其雇员（包括警察）不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
ice-asks-police_no-warrant_no-arrest = 警察不得仅因认为某人未经许可身在美国，或违反了民事移民规定，就拦截、逮捕或扣留此人。伊利诺伊州法律对全州各地的警察也有同样的规定。
ice-asks-police_no-warrant_no-support = 警察不得为民事移民执法行动设置交通封锁线，也不得提供任何其他现场支援。
ice-asks-police_no-warrant_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员，除非探员持有刑事令状，或者联邦法律明确要求。
ice-asks-police_no-warrant_officer = 如果您是警员：不要替探员拦下或扣留此人，也不要替他们看守现场。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-police_no-warrant_witness = 如果您看到芝加哥警察协助移民逮捕，请记下日期、时间和地点，以及任何警徽编号或警车编号。
ice-asks-police_no-warrant_report-copa = 您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报芝加哥警员。
ice-asks-police_no-warrant_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
ice-asks-police_no-warrant_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-police_no-warrant_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
ice-asks-police_no-warrant_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-police_no-warrant_no-287g = 芝加哥警察不能被授权充当移民探员。市政府机构不得签订“287(g)”协议，伊利诺伊州法律也禁止全州每个警察机构签订这类协议。

## 结果：ICE表格（行政令状）

ice-asks-police_administrative-warrant = 芝加哥警察不得根据ICE表格采取行动。
    .summary = 由移民官员签署的ICE表格是一种“行政令状”（administrative warrant）。它不是法官签署的令状，芝加哥警察不能凭它拦截、逮捕或扣留任何人。
    .verdict = 不得根据ICE表格采取行动
ice-asks-police_administrative-warrant_admin-warrant = 芝加哥警察不得因行政令状而拦截、逮捕或扣留任何人，包括FBI的NCIC数据库中的移民记录。
ice-asks-police_administrative-warrant_state-warrant = 伊利诺伊州法律规定，警察不得仅因民事移民令状而扣留任何人，也不得以其他方式执行这类文件。
ice-asks-police_administrative-warrant_definition = 伊利诺伊州法律把没有经过任何法官批准的移民文件称为“民事移民令状”。I-200、I-203、I-205和I-286表格都是例子。刑事令状不包括在内。
ice-asks-police_administrative-warrant_no-help = 市政府机构及其雇员（包括警察）不得协助联邦探员进行民事移民执法。
ice-asks-police_administrative-warrant_officer = 如果您是警员：不要因为这份表格拦下或扣留此人。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-police_administrative-warrant_report-copa = 如果有芝加哥警员根据ICE表格采取了行动，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
ice-asks-police_administrative-warrant_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-police_administrative-warrant_says-warrant = ICE表格的顶部可能写着“warrant”（令状）一词，例如I-200表格的标题是“Warrant for Arrest of Alien”（外国人逮捕令）。关键在于是谁签署的：是法官，还是移民官员。
ice-asks-police_administrative-warrant_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：法官签署的刑事令状

ice-asks-police_criminal-warrant = 警察可以根据法官签署的刑事令状采取行动。
    .summary = 市法律和州法律中的限制针对的是民事移民执法。法官签署的刑事令状则不同。
    .verdict = 可以根据法官签署的刑事令状采取行动
ice-asks-police_criminal-warrant_not-administrative = 芝加哥警察局自己的规定说，由认定存在合理根据的法官签发的刑事令状，不是“行政令状”。
ice-asks-police_criminal-warrant_state-definition = 伊利诺伊州法律规定，“民事移民令状”不包括任何刑事令状。
ice-asks-police_criminal-warrant_ag-exception = 伊利诺伊州总检察长2025年的指引说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
ice-asks-police_criminal-warrant_check-warrant = 仔细看令状。{ -judicial-warrant-definition }ICE表格或递解令都不是这种令状。
ice-asks-police_criminal-warrant_lawyer = 如果您或您认识的人被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ice-asks-police_criminal-warrant_still-no-status = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
ice-asks-police_criminal-warrant_no-transfer = 芝加哥警察不得仅为民事移民执法而把任何人移交给ICE。

## 结果：看不出是什么文件

ice-asks-police_unclear-paper = 这取决于是哪种文件。
    .summary = 只有法官签署的刑事令状，才会改变答案。ICE表格不会。
    .verdict = 只有根据法官签署的刑事令状才可以采取行动
ice-asks-police_unclear-paper_if-ice-form = 如果这是移民官员签署的ICE表格，例如I-200或I-205表格，警察不得因为它拦截、逮捕或扣留任何人。
ice-asks-police_unclear-paper_if-judge = 如果这是法官签署的刑事令状，警察可以根据它采取行动。
ice-asks-police_unclear-paper_check-records = 伊利诺伊州法律允许警员联系其他警察机构，查明警察数据库中的某条记录是民事性质还是刑事性质。
ice-asks-police_unclear-paper_officer = 如果您是警员：在采取任何行动之前，请先检查文件。查看顶部有没有法院名称，以及有没有法官签名。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-police_unclear-paper_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-police_unclear-paper_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-police_unclear-paper_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：协助处理犯罪

ice-asks-police_crime = 警察可以处理犯罪，但不得协助移民执法。
    .summary = 无论任何人的移民身份如何，芝加哥警察仍然执行刑法。这些限制针对的是民事移民执法。
    .verdict = 可以处理犯罪，但不得协助移民逮捕
ice-asks-police_crime_only-status = 市法律禁止仅凭认为某人未经许可身在美国，或违反了民事移民规定，就进行拦截和逮捕。但这并不妨碍警察处理犯罪。
ice-asks-police_crime_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
ice-asks-police_crime_no-civil-help = 警察仍然不得协助移民方面的事，例如替探员扣留某人，或为他们的行动封锁交通。
ice-asks-police_crime_call-911 = 如果您是犯罪受害人或目击了犯罪，您可以拨打911。
ice-asks-police_crime_lawyer = 如果您或您认识的人被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ice-asks-police_crime_status-questions = 芝加哥警察和其他市政府工作人员不得询问或分享任何人的公民身份或移民身份，只有少数有限的例外，例如法院命令有此要求，或本人书面同意。
ice-asks-police_crime_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。

## 结果：紧急情况

ice-asks-police_emergency = 警察处理的是紧急情况，而不是移民逮捕。
    .summary = 芝加哥警察仍然会处理紧急情况，保护人们的安全。他们不得借紧急情况协助民事移民执法。
    .verdict = 可以处理紧急情况，但不得协助移民逮捕
ice-asks-police_emergency_only-status = 市法律禁止仅凭认为某人未经许可身在美国，或违反了民事移民规定，就进行拦截和逮捕。但这并不妨碍警察在有人遇到危险或发生犯罪时采取行动。
ice-asks-police_emergency_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
ice-asks-police_emergency_no-support = 警察不得为移民执法行动本身设置交通封锁线，也不得提供其他现场支援。
ice-asks-police_emergency_call-911 = 如果有人受伤或有危险，请拨打911。
ice-asks-police_emergency_witness = 如果安全，请记下日期、时间和地点、发生了什么，以及任何警徽编号或车辆编号。
ice-asks-police_emergency_icirr = 如要报告移民探员的活动或寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-police_emergency_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：不确定他们想要什么

ice-asks-police_supervisor-decides = 这取决于探员请求的是什么。
    .summary = 据新闻报道，由警察主管决定芝加哥警察如何回应移民探员的请求。协助民事移民执法是不允许的；针对犯罪采取警察行动是允许的。
    .verdict = 可以处理犯罪或紧急情况，但不得参与移民执法
ice-asks-police_supervisor-decides_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-police_supervisor-decides_civil-no = 如果请求涉及民事移民执法，市法律规定警察不得协助。{ -civil-immigration-enforcement-definition }
ice-asks-police_supervisor-decides_state-no = 州法律也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得协助移民探员，除非探员持有刑事令状，或者联邦法律明确要求。
ice-asks-police_supervisor-decides_crime-yes = 如果请求涉及犯罪，警察可以采取一般的警务行动。
ice-asks-police_supervisor-decides_officer = 如果您是警员：不要自己回应这个请求。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以在采取任何行动之前，请先呼叫主管。
ice-asks-police_supervisor-decides_icirr = 如果有人被移民探员逮捕，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-police_supervisor-decides_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
