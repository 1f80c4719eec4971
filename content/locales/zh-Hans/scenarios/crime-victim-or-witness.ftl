# S3：发生了犯罪，受害人或证人可能没有合法身份。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_crime-victim-or-witness = 发生了犯罪，受害人或证人可能没有合法身份
    .summary = 例如，您被抢劫了，或者目击了犯罪，但因为移民身份问题，担心和警察交谈。

## 问题：警察有没有问身份？

crime-victim-or-witness_status-question = 有没有警员问过移民身份，或者问某人在哪里出生？
    .hint = 公民身份或移民身份，是指一个人是不是公民，以及是否获准、以何种方式获准在美国居留。
crime-victim-or-witness_status-question_asked = 有，警员问了身份或某人在哪里出生
crime-victim-or-witness_status-question_not-asked = 没有，或者我还没有和警察谈过

## 问题：U签证认证？

crime-victim-or-witness_u-visa = 受害人是否想请警察提供U签证认证？
    .hint = U签证认证是一份表格（I-918 Supplement B），由警察局签署，用来确认犯罪受害人提供了协助。受害人可以用它申请U签证。
crime-victim-or-witness_u-visa_wants-form = 是，或者我想了解怎么办理
crime-victim-or-witness_u-visa_report-only = 不，我只想报案，或作为证人提供帮助

## 结果：有警员问了身份

crime-victim-or-witness_status-asked = 芝加哥警察不得询问您的移民身份。
    .summary = 这对犯罪受害人和证人同样适用。市法律禁止警察询问身份，只有少数有限的例外；警察仍然会处理犯罪。
    .verdict = 不得询问您的身份
crime-victim-or-witness_status-asked_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府工作人员（包括警察）不得询问、保存或分享任何人的公民身份或移民身份。例外情况范围很窄：一是法律、法院命令或法官签署的令状有此要求；二是本人书面同意分享。
crime-victim-or-witness_status-asked_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
crime-victim-or-witness_status-asked_no-arrest = 警察不得仅因某人的移民身份，就拦截、逮捕或扣留此人。市法律和州法律都这样规定。
crime-victim-or-witness_status-asked_purpose = 市议会在通过{ -wco }时认定，公共安全有赖于每个人的帮助，包括犯罪受害人和证人，无论他们有没有合法证件。
crime-victim-or-witness_status-asked_stay-silent = 您不必回答。美国公民自由联盟（ACLU）表示，对于自己在哪里出生、是不是公民、怎样进入美国，您有权保持沉默。不要说谎，也不要出示虚假证件。
crime-victim-or-witness_status-asked_tell-crime = 您仍然可以把犯罪经过告诉警察。
crime-victim-or-witness_status-asked_officer = 如果您是警员：不要询问受害人或证人的移民身份。像对待任何人一样受理报案。
crime-victim-or-witness_status-asked_report-copa = 如果有芝加哥警员询问了您的身份，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
crime-victim-or-witness_status-asked_report-ag = 您也可以联系伊利诺伊州总检察长的民权热线。
crime-victim-or-witness_status-asked_exceptions = 州法律有两个范围很窄的例外：告知被羁押的人可以联系本国领事馆，以及枪支法规要求的某些核查。
crime-victim-or-witness_status-asked_u-visa = 犯罪受害人也可以请警察提供U签证认证。伊利诺伊州的《VOICES法案》（VOICES Act）规定了如何申请。
crime-victim-or-witness_status-asked_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行采取行动。

## 结果：报案或作证

crime-victim-or-witness_report = 无论您的移民身份如何，您都可以报案，或作为证人提供帮助。
    .summary = 无论任何人的移民身份如何，芝加哥警察仍然调查犯罪。市法律和州法律限制了警察在什么情况下可以询问身份或根据身份采取行动。
    .verdict = 无论任何人的移民身份如何，都会调查犯罪
crime-victim-or-witness_report_purpose = 市议会在通过{ -wco }（Welcoming City Ordinance）时认定，公共安全有赖于每个人的帮助，包括犯罪受害人和证人，无论他们有没有合法证件。
crime-victim-or-witness_report_no-asking = 芝加哥警察和其他市政府工作人员不得询问、保存或分享任何人的公民身份或移民身份，只有少数有限的情况除外。
crime-victim-or-witness_report_no-arrest = 警察不得仅因某人的移民身份，就拦截、逮捕或扣留此人。市法律这样规定，州法律对伊利诺伊州各地的警察也这样规定。
crime-victim-or-witness_report_criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
crime-victim-or-witness_report_call-911 = 如果有人受伤或有危险，请拨打911。
crime-victim-or-witness_report_stay-silent = 如果警员问您的身份或您在哪里出生，您不必回答。美国公民自由联盟（ACLU）表示，对于这些问题，您有权保持沉默。不要说谎，也不要出示虚假证件。
crime-victim-or-witness_report_officer = 如果您是警员：像对待任何人一样受理报案。不要询问移民身份。
crime-victim-or-witness_report_report-copa = 如果有芝加哥警员询问您的身份，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
crime-victim-or-witness_report_exceptions = 市法律只允许在少数有限的情况下分享身份信息，例如法律、法院命令或法官签署的令状有此要求，或者本人书面同意。
crime-victim-or-witness_report_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行采取行动。

## 结果：申请U签证认证

crime-victim-or-witness_certification = 警察必须为犯罪受害人提供申请U签证认证的途径。
    .summary = 伊利诺伊州法律规定了警察应如何处理这类申请。律师或某些受害人服务机构可以代受害人提出申请。
    .verdict = 必须指定签署官员，并公布申请方式
crime-victim-or-witness_certification_officials = 伊利诺伊州的《VOICES法案》（VOICES Act）规定，警察和检察官必须指定负责签署这类表格的官员，还必须公布如何申请。
crime-victim-or-witness_certification_who-asks = 《VOICES法案》规定，申请应交给发现、调查或起诉该犯罪的机构。律师、经认证的移民代理人，或家庭暴力或性侵犯服务机构，可以代受害人提出申请。
crime-victim-or-witness_certification_cpd-order = CPD自己关于U签证认证的指令（2019年1月）说，由其档案科（Records Division）的主管填写表格。指令还说，如果申请不符合条件，CPD会发出通知，并且有申诉的途径。
crime-victim-or-witness_certification_get-help = 请律师、经认证的移民代理人，或家庭暴力或性侵犯服务机构帮忙。《VOICES法案》允许他们代您提出申请。
crime-victim-or-witness_certification_right-agency = 如果是芝加哥警察调查的这起犯罪，申请应交给芝加哥警察局（CPD）。
crime-victim-or-witness_certification_officer = 如果您是警员：不要询问受害人的移民身份。请告诉他们CPD的U签证认证程序。
crime-victim-or-witness_certification_certain-crimes = 《VOICES法案》针对的是“符合条件的”犯罪，所以并不是每种犯罪都算。律师可以告诉您，您遇到的犯罪是否符合条件。
crime-victim-or-witness_certification_law-changed = 《VOICES法案》在2021年做了修改，这是在CPD 2019年的指令写成之后。CPD现在的程序可能与2019年的指令不同。
crime-victim-or-witness_certification_no-status = 芝加哥警察不得询问或分享受害人的移民身份，除非受害人书面同意，或者法律或法院命令有此要求。
crime-victim-or-witness_certification_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行采取行动。
