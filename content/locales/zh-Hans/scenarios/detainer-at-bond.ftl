# S4：因犯罪被逮捕的人可以获释，但ICE发来了移民拘留请求（Form I-247A）。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_detainer-at-bond = 因犯罪被逮捕的人可以回家了，但ICE发来了移民拘留请求
    .summary = 例如，此人已经满足了获释条件，但ICE发来了I-247A表格，要求警察或监狱继续扣留此人。

## 问题：是否还有法官签署的刑事令状？

detainer-at-bond_warrant = 除了ICE的文件之外，是否还有针对此人、由法官签署的刑事令状？
    .hint = 移民拘留请求（immigration detainer，I-247A表格）是ICE的书面请求，要求监狱或警察局扣留某人，或者在此人获释时通知ICE。它不由法官签署。{ -judicial-warrant-definition }
detainer-at-bond_warrant_detainer-only = 没有。只有ICE的文件，例如移民拘留请求或ICE令状表格
detainer-at-bond_warrant_judge-warrant = 有，有一份法官签署的刑事令状
detainer-at-bond_warrant_not-sure = 我不知道

## 问题：除此之外，此人是否可以离开？

detainer-at-bond_release = 除了ICE的请求之外，此人是否可以离开？
    .hint = 例如，法官已下令释放此人，此人已满足设定的获释条件，或者指控已被撤销。
detainer-at-bond_release_free-to-go = 是。如果ICE没有发来移民拘留请求，此人现在就可以回家
detainer-at-bond_release_still-held = 否。此人仍因其刑事案件被扣押

## 结果：可以离开，只有ICE的文件

detainer-at-bond_must-release = 此人必须照常获释。警察不得替ICE扣留此人。
    .summary = 移民拘留请求是ICE的书面请求，不由任何法官签署。在伊利诺伊州，警察和监狱不得仅因ICE发来了这种请求，就继续关押任何人。
    .verdict = 必须照常释放，不得替ICE扣留
detainer-at-bond_must-release_state-law = { -trust }规定，警察不得仅因移民拘留请求或“民事移民令状”（没有经过任何法官批准的移民文件），就扣留或继续扣留任何人。他们也不得以其他方式遵从这类文件。
detainer-at-bond_must-release_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市警察不得因移民拘留请求而继续扣留任何人。
detainer-at-bond_must-release_no-transfer = 芝加哥警察也不得仅为民事移民执法而把任何人移交给ICE。{ -civil-immigration-enforcement-definition }
detainer-at-bond_must-release_only-request = 伊利诺伊州总检察长2025年的指引说，ICE的请求只是请求，不是命令。指引还说，没有任何联邦法律强制伊利诺伊州警察协助移民执法。
detainer-at-bond_must-release_officer = 如果您是警员：像释放其他任何人一样释放此人。如果不确定，请询问主管。
detainer-at-bond_must-release_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
detainer-at-bond_must-release_pd-immigration = 如果此人在库克县有刑事案件，库克县公设辩护人办公室设有移民部（Immigration Division）。
detainer-at-bond_must-release_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
detainer-at-bond_must-release_report-copa = 如果有芝加哥警员替ICE扣留了某人，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
detainer-at-bond_must-release_report-ag = 对于伊利诺伊州任何地方的警察或监狱，您也可以联系伊利诺伊州总检察长的民权热线。
detainer-at-bond_must-release_good-faith = 州法律保护出于善意释放有移民拘留请求的人的警员或机构：他们不会因这次释放而被追究法律责任，除非存在法律所说的“故意或恣意”（willful or wanton）的严重不当行为。
detainer-at-bond_must-release_no-release-date = 市警察也不得花时间回答ICE关于某人羁押状态或释放日期的询问。伊利诺伊州总检察长2025年的指引说，伊利诺伊州各地的警察不得与移民当局分享被羁押者的信息。
detainer-at-bond_must-release_county-jail = 如果此人关押在库克县监狱，监狱由县警长（Sheriff）管理，而不是由市政府管理。州法律关于不得仅凭移民拘留请求扣留任何人的规定，在那里同样适用。
detainer-at-bond_must-release_cook-rule = 库克县对ICE移民拘留请求有自己的规定。我们读到的是2023年县委员会一份提案中所印的版本。该规定要求县警长拒绝移民拘留请求，除非ICE书面同意支付全部费用；它还禁止把县里的钱花在移民拘留请求上。无论如何，州法律都不允许监狱仅因移民拘留请求而扣留任何人。
detainer-at-bond_must-release_reports = 伊利诺伊州每个警察机构每年都要向总检察长报告收到的移民拘留请求。报告会写明每个人是获释还是被移交，但不写任何人的姓名。市监察长办公室表示，芝加哥警察还每三个月向监察长办公室和市长办公室报告一次。
detainer-at-bond_must-release_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察及监狱的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：仍因刑事案件被扣押

detainer-at-bond_held-for-case = 此人可以因刑事案件被扣押，但不得替ICE扣押。
    .summary = 此人可以因刑事案件被扣押。ICE的移民拘留请求是一种不由任何法官签署的书面请求，它不会增加扣押时间：当案件允许释放时，此人就照常获释。
    .verdict = 可以因刑事案件扣押，但不得替ICE扣押
detainer-at-bond_held-for-case_case-hold = { -trust }禁止仅因移民拘留请求而扣留任何人。因刑事案件扣押某人，是另外一回事。
detainer-at-bond_held-for-case_no-extra = 移民拘留请求不得增加扣押时间。一旦此人可以获释，警察就不得因移民拘留请求继续扣留此人。芝加哥的{ -wco }（Welcoming City Ordinance）对市警察也有同样的规定。
detainer-at-bond_held-for-case_no-transfer = 芝加哥警察不得仅为民事移民执法而把任何人移交给ICE。{ -civil-immigration-enforcement-definition }
detainer-at-bond_held-for-case_officer = 如果您是警员：把移民拘留请求视为没有任何额外作用。当此人可以获释时，照常释放。
detainer-at-bond_held-for-case_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
detainer-at-bond_held-for-case_pd-immigration = 如果此人在库克县有刑事案件，库克县公设辩护人办公室设有移民部（Immigration Division）。
detainer-at-bond_held-for-case_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
detainer-at-bond_held-for-case_no-access = 芝加哥警察不得让ICE探员接触其扣留的人，包括通过电话接触。伊利诺伊州总检察长2025年的指引说，伊利诺伊州各地的警察也是如此。
detainer-at-bond_held-for-case_no-release-date = 市警察也不得花时间回答ICE关于某人羁押状态或释放日期的询问。
detainer-at-bond_held-for-case_county-jail = 如果此人关押在库克县监狱，监狱由县警长（Sheriff）管理，而不是由市政府管理。州法律关于不得仅凭移民拘留请求扣留任何人的规定，在那里同样适用。
detainer-at-bond_held-for-case_cook-rule = 库克县对ICE移民拘留请求有自己的规定。我们读到的是2023年县委员会一份提案中所印的版本。该规定要求县警长拒绝移民拘留请求，除非ICE书面同意支付全部费用；它还禁止把县里的钱花在移民拘留请求上。无论如何，州法律都不允许监狱仅因移民拘留请求而扣留任何人。
detainer-at-bond_held-for-case_reports = 伊利诺伊州每个警察机构每年都要向总检察长报告收到的移民拘留请求。报告会写明每个人是获释还是被移交，但不写任何人的姓名。市监察长办公室表示，芝加哥警察还每三个月向监察长办公室和市长办公室报告一次。

## 结果：还有法官签署的刑事令状

detainer-at-bond_criminal-warrant = 警察可以根据法官签署的刑事令状采取行动。ICE的移民拘留请求仍然不起任何额外作用。
    .summary = 法官签署的刑事令状，是扣留某人的另一个独立的法律理由。移民拘留请求（ICE的书面请求，没有法官签署）则不是。
    .verdict = 可以依据法官签署的令状行事，而不是依据移民拘留请求
detainer-at-bond_criminal-warrant_not-civil = 伊利诺伊州法律规定，“民事移民令状”不包括任何刑事令状。
detainer-at-bond_criminal-warrant_not-administrative = 芝加哥警察局自己的规定说，由认定存在合理根据的法官签发的刑事令状，不是“行政令状”。行政令状是没有法官签署的移民文件，例如ICE表格。
detainer-at-bond_criminal-warrant_ag-exception = 伊利诺伊州总检察长2025年的指引说，如果探员持有刑事令状，州法律关于禁止协助移民探员的规定就不适用。
detainer-at-bond_criminal-warrant_detainer-still = 根据州法律和市法律，移民拘留请求本身仍然不是扣留任何人的理由。
detainer-at-bond_criminal-warrant_officer = 如果您是警员：检查令状。{ -judicial-warrant-definition }据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
detainer-at-bond_criminal-warrant_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
detainer-at-bond_criminal-warrant_pd-immigration = 如果此人在库克县有刑事案件，库克县公设辩护人办公室设有移民部（Immigration Division）。
detainer-at-bond_criminal-warrant_no-transfer = 芝加哥警察仍然不得仅为民事移民执法而把任何人移交给ICE。
detainer-at-bond_criminal-warrant_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察及监狱的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：不确定是否有法官签署的令状

detainer-at-bond_unclear-warrant = 这取决于是否有法官签署的刑事令状。
    .summary = 仅有ICE的文件（例如移民拘留请求或ICE令状表格），不是扣留任何人的理由。法官签署的刑事令状则是。
    .verdict = 只有凭法官签署的刑事令状才可以扣留
detainer-at-bond_unclear-warrant_if-ice-paper = ICE的文件包括移民拘留请求（I-247A表格），以及I-200或I-205等ICE令状表格。如果只有ICE的文件，警察不得因这些文件扣留此人。
detainer-at-bond_unclear-warrant_if-judge = 如果有法官签署的刑事令状，警察可以根据它采取行动。
detainer-at-bond_unclear-warrant_check-records = 伊利诺伊州法律允许警员联系其他警察机构，查明警察数据库中的某条记录是民事性质还是刑事性质。
detainer-at-bond_unclear-warrant_officer = 如果您是警员：检查文件。查看顶部有没有法院名称，以及有没有法官签名。在您核查期间，移民拘留请求不是扣留此人的理由。据CBS芝加哥新闻（CBS News Chicago）2021年1月27日报道，移民探员提出的任何协助请求都必须经主管批准，所以请呼叫主管。
detainer-at-bond_unclear-warrant_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
detainer-at-bond_unclear-warrant_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
detainer-at-bond_unclear-warrant_good-faith = 州法律保护出于善意释放有移民拘留请求的人的警员或机构：他们不会因这次释放而被追究法律责任，除非存在法律所说的“故意或恣意”（willful or wanton）的严重不当行为。
detainer-at-bond_unclear-warrant_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察及监狱的行为，并不能阻止联邦移民探员自行逮捕。
