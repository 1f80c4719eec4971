# S7：联邦探员说他们有联邦刑事令状。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_federal-criminal-warrant = 联邦探员说他们有刑事令状
    .summary = 例如，探员要求芝加哥警察协助逮捕涉嫌联邦犯罪的人，或者向居民出示一份他们称为令状的文件。

## 问题：是谁签署的？

federal-criminal-warrant_signed = 令状是谁签署的？
    .hint = { -judicial-warrant-definition }行政令状（administrative warrant）是ICE表格，例如I-200或I-205表格，由移民官员签署，而不是由法官签署。移民法官的递解令不是法官签署的令状（即联邦法院或州法院签发的令状）。
federal-criminal-warrant_signed_court-judge = 法院的法官或治安法官，针对犯罪签署
federal-criminal-warrant_signed_immigration-officer = 移民官员，签在I-200或I-205等ICE表格上
federal-criminal-warrant_signed_immigration-judge = 移民法官，例如签在递解令上
federal-criminal-warrant_signed_cannot-tell = 我看不出是谁签署的

## 结果：法院签发的刑事令状

federal-criminal-warrant_judicial-warrant = 警察可以根据法官签署的联邦刑事令状采取行动。
    .summary = 由联邦法院或州法院签发、由法官签署的刑事令状不是移民文件。市法律和州法律中关于协助移民探员的限制不适用于它。
    .verdict = 可以根据法官签署的刑事令状采取行动
federal-criminal-warrant_judicial-warrant_not-administrative = 芝加哥警察局自己的规定说，如果刑事令状是法官在认定存在合理根据（即有充分理由相信发生了犯罪）之后签发的，它就不是“行政令状”。
federal-criminal-warrant_judicial-warrant_state-definition = 伊利诺伊州法律规定，“民事移民令状”不包括任何刑事令状。
federal-criminal-warrant_judicial-warrant_ag-exception = 伊利诺伊州总检察长2025年的指引说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
federal-criminal-warrant_judicial-warrant_check-warrant = 仔细看令状。{ -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = 如果您是警员：在协助联邦探员之前，请先检查令状。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
federal-criminal-warrant_judicial-warrant_rights = 美国公民自由联盟（ACLU）表示，如果您被逮捕，您有权保持沉默，也有权要求见律师。ACLU还建议不要逃跑或反抗。
federal-criminal-warrant_judicial-warrant_lawyer = 如果您或您认识的人被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
federal-criminal-warrant_judicial-warrant_mixed = 如果探员还要求协助移民逮捕，芝加哥警察不得协助这些逮捕。
federal-criminal-warrant_judicial-warrant_still-no-status = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
federal-criminal-warrant_judicial-warrant_no-transfer = 芝加哥警察仍然不得仅为民事移民执法而把任何人移交给ICE。

## 结果：移民官员签署的ICE表格

federal-criminal-warrant_administrative-warrant = 这不是刑事令状。芝加哥警察不得据此采取行动。
    .summary = 由移民官员签署的ICE表格是一种“行政令状”（administrative warrant），不是法官签署的令状。芝加哥或伊利诺伊州的警察不能凭它逮捕或扣留任何人。
    .verdict = 不得根据ICE表格采取行动
federal-criminal-warrant_administrative-warrant_admin-warrant = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市警察不得因行政令状而拦截、逮捕或扣留任何人。
federal-criminal-warrant_administrative-warrant_state-warrant = { -trust }规定，伊利诺伊州各地的警察不得仅因“民事移民令状”（没有经过任何法官批准的移民文件，例如I-200或I-205表格）而扣留任何人，也不得以其他方式执行这类文件。
federal-criminal-warrant_administrative-warrant_no-help = 市政府机构及其雇员（包括警察）不得协助联邦探员进行民事移民执法。{ -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = 如果您是警员：不要因为这份表格逮捕或扣留任何人。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
federal-criminal-warrant_administrative-warrant_no-resist = 如果探员还是逮捕了您，美国公民自由联盟（ACLU）建议不要逃跑或反抗。保持冷静，并要求见律师。
federal-criminal-warrant_administrative-warrant_silent = ACLU表示，您有权保持沉默，也有权要求见律师。这些权利来自美国宪法。
federal-criminal-warrant_administrative-warrant_write-down = 如果安全，请记下发生的事情，包括日期、时间和地点，以及任何姓名或警徽编号。
federal-criminal-warrant_administrative-warrant_icirr = 如果移民探员逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
federal-criminal-warrant_administrative-warrant_report-copa = 如果有芝加哥警员根据ICE表格采取了行动，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
federal-criminal-warrant_administrative-warrant_says-warrant = ICE表格的顶部可能写着“warrant”（令状）一词，例如I-200表格的标题是“Warrant for Arrest of Alien”（外国人逮捕令）。关键在于是谁签署的：是法官，还是移民官员。
federal-criminal-warrant_administrative-warrant_home-memo = ICE自身有哪些权力，是另一个问题。ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。
federal-criminal-warrant_administrative-warrant_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：移民法官的命令

federal-criminal-warrant_removal-order = 递解令不是刑事令状。芝加哥警察不得据此采取行动。
    .summary = 移民法官发出的递解令不是刑事令状。芝加哥警察局的规定把它算作一种“行政令状”（administrative warrant），警察不得据此采取行动。
    .verdict = 不得根据递解令采取行动
federal-criminal-warrant_removal-order_cpd-definition = 芝加哥警察局的规定对“行政令状”的定义很宽，包括因民事移民原因用来逮捕或扣留某人的任何移民文件。递解令是规定中举出的例子之一。
federal-criminal-warrant_removal-order_admin-warrant = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市警察不得因行政令状而拦截、逮捕或扣留任何人。
federal-criminal-warrant_removal-order_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
federal-criminal-warrant_removal-order_officer = 如果您是警员：不要因为递解令逮捕或扣留任何人。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
federal-criminal-warrant_removal-order_no-resist = 如果探员还是逮捕了您，美国公民自由联盟（ACLU）建议不要逃跑或反抗。保持冷静，并要求见律师。
federal-criminal-warrant_removal-order_silent = ACLU表示，您有权保持沉默，也有权要求见律师。这些权利来自美国宪法。
federal-criminal-warrant_removal-order_icirr = 如果移民探员逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
federal-criminal-warrant_removal-order_report-copa = 如果有芝加哥警员根据递解令采取了行动，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
federal-criminal-warrant_removal-order_home-memo = ICE自身有哪些权力，是另一个问题。ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，探员凭I-205表格和最终递解令，可以强行进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。相关报道一直持续到2026年4月，这是我们找到的最新信息。
federal-criminal-warrant_removal-order_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：看不出是谁签署的

federal-criminal-warrant_unclear-paper = 这取决于文件是谁签署的。
    .summary = 只有法院的法官签署的刑事令状，才会改变答案。ICE表格或移民法官的递解令都不会。
    .verdict = 只有根据法官签署的刑事令状才可以采取行动
federal-criminal-warrant_unclear-paper_if-ice-form = 假如这是移民官员签署的ICE表格，例如I-200或I-205表格，那么警察不得因为它逮捕或扣留任何人。
federal-criminal-warrant_unclear-paper_if-removal-order = 递解令也是一样。芝加哥警察局的规定把它算作“行政令状”，而不是刑事令状。
federal-criminal-warrant_unclear-paper_if-judge = 如果这是法院的法官签署的刑事令状，警察可以根据它采取行动。
federal-criminal-warrant_unclear-paper_officer = 如果您是警员：在采取任何行动之前，请先检查文件。查看顶部有没有法院名称，以及有没有法官签名。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
federal-criminal-warrant_unclear-paper_look = 如果探员给您看一份文件，请检查它是不是法官签署的令状。{ -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = 如果移民探员逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
federal-criminal-warrant_unclear-paper_supervisor = 据CBS芝加哥新闻（CBS News Chicago）2021年报道，根据修订后的条例，移民探员提出的任何协助请求都必须经警察主管批准。
federal-criminal-warrant_unclear-paper_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
