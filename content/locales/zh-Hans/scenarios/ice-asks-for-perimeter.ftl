# S2：移民探员要求芝加哥警察封锁街道、设置交通封锁线或“在旁待命”。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_ice-asks-for-perimeter = 移民探员要求芝加哥警察封锁街道或在旁待命
    .summary = 例如，ICE要求警员封锁一个街区、在突击搜查现场周围管控交通，或者在附近等候，以备探员需要帮助。

## 问题：协助是为了什么？

ice-asks-for-perimeter_purpose = 探员要求封锁街道或让警员在附近待命，是为了什么？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。“交通封锁线”是指封锁或管控现场周围的街道。
ice-asks-for-perimeter_purpose_immigration = 移民逮捕或突击搜查
ice-asks-for-perimeter_purpose_criminal-warrant = 凭法官签署的刑事令状进行的逮捕
ice-asks-for-perimeter_purpose_safety = 现场有犯罪、有人群聚集，或有人遇到危险
ice-asks-for-perimeter_purpose_not-sure = 我不确定是为了什么

## 结果：为了移民逮捕或突击搜查

ice-asks-for-perimeter_no-support = 芝加哥警察不得为移民执法行动封锁街道或在旁待命。
    .summary = 这属于民事移民执法，不是刑事调查。市法律禁止芝加哥警察在现场为其提供支援。
    .verdict = 不得为ICE封锁街道或在旁待命
ice-asks-for-perimeter_no-support_perimeter = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构及其雇员（包括警察）不得为民事移民执法行动设置交通封锁线。
ice-asks-for-perimeter_no-support_stand-by = 同一条规定还禁止为这类行动提供任何其他现场支援。在附近等候、为探员提供后援，就属于这种支援。
ice-asks-for-perimeter_no-support_city-law = 更广泛地说，市政府机构及其雇员不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_no-support_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
ice-asks-for-perimeter_no-support_officer = 如果您是警员：不要为探员的行动封锁街道、指挥交通或在现场等候。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-for-perimeter_no-support_witness = 如果您看到芝加哥警察为移民突击搜查封锁街道或看守现场，请记下日期、时间和地点，以及任何警徽编号或警车编号。
ice-asks-for-perimeter_no-support_report-copa = 您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报芝加哥警员。
ice-asks-for-perimeter_no-support_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
ice-asks-for-perimeter_no-support_icirr = 如要报告移民探员的活动，或为家人寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-for-perimeter_no-support_still-respond = 如果同一现场发生了犯罪或有人遇到危险，该条例并不妨碍警察采取行动。但他们仍然不得协助移民执法行动本身。
ice-asks-for-perimeter_no-support_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-for-perimeter_no-support_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：凭法官签署的刑事令状进行的逮捕

ice-asks-for-perimeter_criminal-warrant = 移民方面的限制并不禁止警察协助凭法官签署的刑事令状进行的逮捕。
    .summary = 法官签署的刑事令状不是移民文件。市法律和州法律中关于协助移民探员的限制，并不禁止警察协助这种逮捕。
    .verdict = 可以凭法官签署的刑事令状提供协助
ice-asks-for-perimeter_criminal-warrant_civil-only = 市政府关于禁止设置交通封锁线和提供现场支援的规定，针对的是民事移民执法行动。
ice-asks-for-perimeter_criminal-warrant_not-administrative = 芝加哥警察局自己的规定说，由认定存在合理根据的法官签发的刑事令状，不是“行政令状”。行政令状是没有法官签署的移民文件，例如ICE表格。
ice-asks-for-perimeter_criminal-warrant_ag-exception = 伊利诺伊州总检察长2025年的指引说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
ice-asks-for-perimeter_criminal-warrant_check-warrant = 要求查看令状。{ -judicial-warrant-definition }ICE表格或递解令都不是这种令状。
ice-asks-for-perimeter_criminal-warrant_officer = 如果您是警员：在提供协助之前，请先检查令状。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-for-perimeter_criminal-warrant_lawyer = 如果您或您认识的人被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ice-asks-for-perimeter_criminal-warrant_ice-form = I-200或I-205等ICE表格不是刑事令状，即使表格顶部写着“warrant”（令状）也不是。如果只有这种文件，那就是移民执法行动，警察不得协助。
ice-asks-for-perimeter_criminal-warrant_mixed = 如果探员在同一现场还进行移民逮捕，警察不得协助这些逮捕。
ice-asks-for-perimeter_criminal-warrant_still-no-status = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
ice-asks-for-perimeter_criminal-warrant_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。

## 结果：犯罪、人群聚集或有人遇到危险

ice-asks-for-perimeter_public-safety = 警察可以处理犯罪或危险，但不得协助移民执法行动。
    .summary = 无论任何人的移民身份如何，芝加哥警察仍然会处理紧急情况并执行刑法。他们不得借机支持这次移民执法行动。
    .verdict = 可以处理犯罪或危险，但不得参与移民执法
ice-asks-for-perimeter_public-safety_only-status = 市法律禁止仅凭认为某人未经许可身在美国，或违反了民事移民规定，就进行拦截和逮捕。但这并不妨碍警察在有人遇到危险或发生犯罪时采取行动。
ice-asks-for-perimeter_public-safety_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
ice-asks-for-perimeter_public-safety_no-support = 警察仍然不得为移民执法行动本身设置交通封锁线，也不得提供其他现场支援。
ice-asks-for-perimeter_public-safety_call-911 = 如果有人受伤或有危险，请拨打911。
ice-asks-for-perimeter_public-safety_officer = 如果您是警员：处理危险或犯罪。不要为了协助探员的行动而封锁街道或看守现场。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-for-perimeter_public-safety_witness = 如果安全，请记下日期、时间和地点、发生了什么，以及任何警徽编号或车辆编号。
ice-asks-for-perimeter_public-safety_icirr = 如要报告移民探员的活动，或为家人寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-for-perimeter_public-safety_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-for-perimeter_public-safety_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：不确定是为了什么

ice-asks-for-perimeter_supervisor-decides = 这取决于协助是为了什么。
    .summary = 据新闻报道，由警察主管决定芝加哥警察如何回应移民探员的请求。协助民事移民执法是不允许的；针对犯罪或紧急情况采取警察行动是允许的。
    .verdict = 可以处理犯罪或紧急情况，但不得参与移民执法
ice-asks-for-perimeter_supervisor-decides_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
ice-asks-for-perimeter_supervisor-decides_civil-no = 如果封锁街道或在旁待命是为了移民逮捕或突击搜查，市法律规定警察不得这样做。{ -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_supervisor-decides_state-no = 州法律也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
ice-asks-for-perimeter_supervisor-decides_crime-yes = 如果是因为犯罪或有人遇到危险而需要警察，警察可以采取一般的警务行动。
ice-asks-for-perimeter_supervisor-decides_officer = 如果您是警员：不要自己回应这个请求。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
ice-asks-for-perimeter_supervisor-decides_icirr = 如要报告移民探员的活动，或为家人寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-asks-for-perimeter_supervisor-decides_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
