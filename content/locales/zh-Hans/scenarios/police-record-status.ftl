# 芝加哥警察是否会询问、记录或分享一个人的移民身份。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_police-record-status = 芝加哥警察会询问、记录或分享移民身份吗？
    .summary = 例如，您想知道和警察交谈是否会让您的移民身份被记录在案，或者是否会被移民探员知道。

## 问题：您想了解什么？

police-record-status_concern = 您想了解什么？
    .hint = 公民身份或移民身份，是指一个人是不是公民，以及是否获准、以何种方式获准在美国居留。ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。
police-record-status_concern_asking = 警察可不可以询问我的身份
police-record-status_concern_records = 警察可不可以记录或保存我的身份
police-record-status_concern_sharing = 警察可不可以分享我的身份
police-record-status_concern_databases = 移民探员能不能进入警察或市政府的数据库

## 问题：为什么会分享？

police-record-status_reason = 警察为什么会分享这些信息？
    .hint = { -judicial-warrant-definition }移民官员签署的ICE表格不是司法令状。
police-record-status_reason_agents-asked = 移民探员要求提供
police-record-status_reason_court-order = 法院命令、司法令状或法律有此要求
police-record-status_reason_signed-consent = 我书面同意让他们分享
police-record-status_reason_not-sure = 我不知道

## 结果：询问身份

police-record-status_no-asking = 芝加哥警察不得询问您的移民身份。
    .summary = 市法律禁止市政府工作人员（包括警察）询问任何人的身份。州法律也禁止警察询问其拦截或扣留的人的身份或出生地。
    .verdict = 不得询问您的身份
police-record-status_no-asking_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）适用于市政府机构和工作人员，包括警察。它规定，他们不得询问任何人的公民身份或移民身份。例外情况范围很窄，例如成文法、联邦法规、法院命令或司法令状有此要求时。
police-record-status_no-asking_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
police-record-status_no-asking_no-arrest = 警察也不得仅因某人的移民身份，就拦截、逮捕或扣留此人。州法律还把搜查也列入其中。
police-record-status_no-asking_stay-silent = 如果有人问您，您不必回答。美国公民自由联盟（ACLU）表示，对于自己在哪里出生、是不是公民、怎样进入美国，您有权保持沉默。请大声说出您要保持沉默。
police-record-status_no-asking_no-lies = ACLU还说：不要就自己的身份说谎，也不要出示虚假证件。
police-record-status_no-asking_officer = 如果您是警员：不要询问移民身份或出生地。
police-record-status_no-asking_report-copa = 有芝加哥警员询问了您的身份？您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
police-record-status_no-asking_report-ag = 您也可以联系伊利诺伊州总检察长的民权热线。
police-record-status_no-asking_exceptions = 州法律有两个范围很窄的例外。警察可以告知被羁押的人可以联系本国领事馆，并帮助他们联系。在某些枪支法规有要求时，警察也可以要求出示公民身份或移民身份的证明。
police-record-status_no-asking_border = ACLU指出，在边境和机场，以及对某些签证持有人，适用不同的规定。
police-record-status_no-asking_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州的警察，并不限制联邦移民探员可以问什么。

## 结果：记录身份

police-record-status_no-records = 芝加哥警察不得保存您的移民身份记录。
    .summary = 市法律适用于市政府机构和工作人员，包括警察。它禁止他们保存任何人的公民身份或移民身份，只有少数有限的例外。
    .verdict = 不得保存您的身份记录
police-record-status_no-records_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）适用于市政府机构和工作人员，包括警察。它规定，他们不得询问、保存或分享任何人的公民身份或移民身份。
police-record-status_no-records_exceptions = 例外情况范围很窄。一是成文法、联邦法规、法院命令或司法令状另有要求时。另一个例外是本人书面同意。此外，当身份与涉及市政府的法院案件或类似程序有关时，市政府律师（市法律顾问办公室，Corporation Counsel）也可以调查身份。
police-record-status_no-records_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
police-record-status_no-records_officer = 如果您是警员：不要在报告或笔记中写下任何人的移民身份。
police-record-status_no-records_report-copa = 有芝加哥警员记录了您的身份？您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
police-record-status_no-records_federal-law = { -trust }表示，它不限制依据两项联邦法律（8 U.S.C. 1373和1644）发送或接收公民身份或移民身份信息。我们无法确认芝加哥的条例是否提到这两项法律，也无法确认它们与市政府的规定如何配合。
police-record-status_no-records_who-bound = 这些规定约束芝加哥市政府机构和工作人员，不适用于联邦机构。
# TODO(translate)
police-record-status_no-records_other-routes = These rules limit what City workers and police do with status information. They do not promise that no record about a person can ever reach a federal agency in another way.

## 结果：数据库访问

police-record-status_no-database-access = 市政府机构不得让移民探员直接访问其数据库。
    .summary = 市政府机构（包括警察）不得为民事移民执法而让联邦机构直接访问市政府数据库。
    .verdict = 不得让移民探员直接访问市政府的数据库
police-record-status_no-database-access_city-law = 市政府机构不得为民事移民执法而让联邦机构直接访问市政府数据库或数据共享系统，包括签订或续签提供这种访问权限的协议。
police-record-status_no-database-access_no-help = 市政府机构及其工作人员不得参与民事移民执法，也不得在这方面协助联邦探员。这包括警察。{ -civil-immigration-enforcement-definition }
police-record-status_no-database-access_status = 市政府工作人员也不得分享任何人的移民身份。只有少数有限的例外，例如本人书面同意。
police-record-status_no-database-access_city-worker = 如果您是市政府工作人员或警员：当联邦机构要求访问市政府数据库时，在采取任何行动之前，请先告诉您的主管。
police-record-status_no-database-access_report-oig = 有市政府部门让移民探员访问了它的数据？您可以向市监察长办公室（Office of Inspector General）举报。
police-record-status_no-database-access_agency-decides = 这条规定在市政府机构认定这种访问是为了民事移民执法时适用。
police-record-status_no-database-access_criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
police-record-status_no-database-access_federal-law = { -trust }表示，它不限制依据两项联邦法律（8 U.S.C. 1373和1644）发送或接收公民身份或移民身份信息。我们无法确认芝加哥的条例是否提到这两项法律，也无法确认它们与市政府的规定如何配合。

## 结果：移民探员要求提供

police-record-status_agent-request = 芝加哥警察不得把您的移民身份提供给移民探员，只有少数有限的例外。
    .summary = 市法律禁止芝加哥警察分享任何人的身份，只有少数有限的例外。州的《TRUST法案》保留了联邦关于分享身份信息的规定，而且这里的任何规定都无法堵住记录到达联邦机构的所有途径。
    .verdict = 不得分享您的身份，只有少数有限的例外
police-record-status_agent-request_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）适用于市政府机构和工作人员，包括警察。它规定，他们不得分享任何人的公民身份或移民身份。例外情况是：本人书面同意，或者成文法、联邦法规、法院命令或司法令状有此要求。
police-record-status_agent-request_custody-info = 市政府工作人员不得花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。
police-record-status_agent-request_state-law = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长在2025年发布了指引。指引说，警察不得与移民当局分享其羁押的人的信息；还说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
police-record-status_agent-request_officer = 如果您是警员：不要把任何人的身份、释放日期或联系方式提供给移民探员。新闻报道说，移民探员提出的任何协助请求都必须经主管批准，所以请把这个请求告诉主管。
police-record-status_agent-request_report-copa = 有芝加哥警员分享了您的身份？您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
police-record-status_agent-request_report-oig = 有其他市政府雇员分享了您的身份？您可以向市监察长办公室（Office of Inspector General）举报。
police-record-status_agent-request_purely-civil = 关于回答ICE有关羁押、释放日期和联系方式的询问，这条规定有一个例外：市政府工作人员可以联系ICE，查明某件事是否只涉及民事移民违规，而不涉及犯罪。
police-record-status_agent-request_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年的一篇报道，修订后的条例规定，移民探员提出的任何协助请求都由警察主管批准。
police-record-status_agent-request_federal-law = { -trust }表示，它不限制依据两项联邦法律（8 U.S.C. 1373和1644）发送或接收公民身份或移民身份信息。我们无法确认芝加哥的条例是否提到这两项法律，也无法确认它们与市政府的规定如何配合。
police-record-status_agent-request_other-routes = 这些规定限制的是市政府工作人员和警察如何处理身份信息。它们无法保证有关某人的任何记录永远不会通过其他途径到达联邦机构。

## 结果：法律、法院命令或司法令状有此要求

police-record-status_legal-duty = 当法律、法院命令或司法令状有此要求时，市法律允许警察分享身份信息。
    .summary = 市法律对身份信息有所限制。如果成文法、联邦法规、法院命令或司法令状另有要求，这些限制就会让步。
    .verdict = 当法律、法院命令或法官签署的令状有此要求时，可以分享身份信息
police-record-status_legal-duty_exception = 芝加哥的{ -wco }（Welcoming City Ordinance）限制询问、保存和分享身份。如果成文法、联邦法规、法院命令或依法签发的司法令状另有要求，这些限制就会让步。
police-record-status_legal-duty_federal-law = { -trust }表示，它不限制依据两项联邦法律（8 U.S.C. 1373和1644）发送或接收公民身份或移民身份信息。我们无法确认芝加哥的条例是否提到这两项法律，也无法确认它们与市政府的规定如何配合。
police-record-status_legal-duty_judge-only = 由移民官员签署的ICE表格（例如I-200表格和I-205表格）不是司法令状。CPD的规定称这种表格为“行政令状”，伊利诺伊州法律称它为“民事移民令状”。
police-record-status_legal-duty_see-paper = 您可以要求查看法院命令或令状，或者询问是哪项法律有此要求。
police-record-status_legal-duty_lawyer = 如果您不确定它要求的是什么，请咨询律师。
police-record-status_legal-duty_no-arrest = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
police-record-status_legal-duty_state-limits = 州法律对警察可以与移民探员分享什么有自己的限制。伊利诺伊州总检察长在2025年发布了指引。指引说，这些限制的例外是：有刑事令状，或者联邦法律明确要求。

## 结果：本人书面同意

police-record-status_written-consent = 如果您书面同意，市法律允许警察分享您的身份。
    .summary = 当某人书面同意时，市法律允许市政府工作人员分享此人的身份。
    .verdict = 如果您书面同意，可以分享您的身份
police-record-status_written-consent_consent = 芝加哥的{ -wco }（Welcoming City Ordinance）允许在本人书面同意时分享。对于儿童，或依法不能自己做决定的成年人，可以由父母或监护人同意。
police-record-status_written-consent_without-consent = 没有书面同意时，只有在成文法、联邦法规、法院命令或司法令状有此要求时，市政府工作人员才可以分享身份。
police-record-status_written-consent_read-first = 在签字之前，请确认您清楚自己同意的是什么，以及谁会得到这些信息。如果不确定，请先咨询律师。
police-record-status_written-consent_no-arrest = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
police-record-status_written-consent_state-limits = 对于警察可以与移民探员分享其羁押的人的哪些信息，州法律有自己的限制。我们无法确认书面同意是否会改变这些限制。

## 结果：不确定原因

police-record-status_sharing-depends = 芝加哥警察只有在少数有限的情况下才可以分享您的身份。
    .summary = 市法律禁止分享任何人的身份。例外情况是：本人书面同意，或者法律、法院命令或司法令状有此要求。
    .verdict = 只有在少数有限的情况下才可以分享您的身份
police-record-status_sharing-depends_general-rule = 芝加哥的{ -wco }（Welcoming City Ordinance）适用于市政府机构和工作人员，包括警察。它规定，除非本人书面同意，他们不得分享任何人的公民身份或移民身份。
police-record-status_sharing-depends_exceptions = 如果成文法、联邦法规、法院命令或司法令状另有要求，这些限制也会让步。
police-record-status_sharing-depends_ice-questions = 市政府工作人员不得花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。
police-record-status_sharing-depends_state-law = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长在2025年发布了指引。指引说，警察不得与移民当局分享其羁押的人的信息；还说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
police-record-status_sharing-depends_report-copa = 您认为有芝加哥警员分享了您的身份？您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
police-record-status_sharing-depends_icirr = 如果移民探员联系了您或您的家人，需要帮助时，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
police-record-status_sharing-depends_federal-law = { -trust }表示，它不限制依据两项联邦法律（8 U.S.C. 1373和1644）发送或接收公民身份或移民身份信息。我们无法确认芝加哥的条例是否提到这两项法律，也无法确认它们与市政府的规定如何配合。
