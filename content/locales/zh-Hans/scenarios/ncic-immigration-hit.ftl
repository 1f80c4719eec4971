# S6：交通拦截期间，数据库查询显示出一条移民记录。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_ncic-immigration-hit = 交通拦截时，警察数据库查询显示出一条移民记录
    .summary = 例如，警员在NCIC（FBI的全国犯罪数据库）中查询司机的姓名，结果显示出一条移民记录。

## 问题：是哪种记录？

ncic-immigration-hit_record = 数据库查询显示了什么？
    .hint = NCIC是FBI（联邦调查局）的全国犯罪数据库，其中有一个“移民违规者档案”（Immigration Violator File）。行政令状（administrative warrant）是ICE表格，例如I-200或I-205表格，由移民官员签署，而不是由法官签署。{ -judicial-warrant-definition }
ncic-immigration-hit_record_immigration = 只有移民记录，例如移民违规者档案中的记录或ICE表格
ncic-immigration-hit_record_criminal-warrant = 法官签署的刑事令状
ncic-immigration-hit_record_unclear = 记录没有说明是民事性质还是刑事性质

## 结果：只有移民记录

ncic-immigration-hit_civil-record = 警察不得因为这条移民记录逮捕司机，也不得因此延长扣留时间。
    .summary = NCIC中的移民记录算作一种“行政令状”，即没有法官签署的移民文件。交通拦截照常进行，就像对其他任何人一样。
    .verdict = 不得因为这条移民记录扣留司机
ncic-immigration-hit_civil-record_city-ncic = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市警察不得因行政令状而拦截、逮捕或扣留任何人，包括FBI的NCIC数据库中的移民记录。
ncic-immigration-hit_civil-record_state-warrant = { -trust }规定，伊利诺伊州各地的警察不得仅因“民事移民令状”而扣留任何人。这个说法包括NCIC移民违规者档案中的所有查询结果，以及ICE的I-200和I-205表格。
ncic-immigration-hit_civil-record_no-status = 伊利诺伊州警察也不得仅因某人的公民身份或移民身份，就拦截、逮捕、搜查或扣留此人。
ncic-immigration-hit_civil-record_officer = 如果您是警员：像对其他任何人一样完成这次交通拦截。不要替ICE扣留司机。
ncic-immigration-hit_civil-record_driver = 如果您是司机，美国公民自由联盟（ACLU）表示，对于自己在哪里出生或移民身份，您可以保持沉默。
ncic-immigration-hit_civil-record_report-copa = 如果有芝加哥警员因为移民记录扣留了您，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
ncic-immigration-hit_civil-record_report-ag = 对于伊利诺伊州任何地方的警察，您也可以联系伊利诺伊州总检察长的民权热线。
ncic-immigration-hit_civil-record_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ncic-immigration-hit_civil-record_no-questions = 伊利诺伊州警察不得询问其拦截的任何人的公民身份、移民身份或出生地。少数有限的例外包括：告知被羁押的人可以联系本国领事馆，以及某些枪支法规要求的核查。
ncic-immigration-hit_civil-record_says-warrant = ICE表格的顶部可能写着“warrant”（令状）一词，例如I-200表格的标题是“Warrant for Arrest of Alien”（外国人逮捕令）。关键在于是谁签署的：是法官，还是移民官员。
ncic-immigration-hit_civil-record_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：法官签署的刑事令状

ncic-immigration-hit_criminal-warrant = 警察可以根据法官签署的刑事令状采取行动，就像对待任何令状一样。
    .summary = 市法律和州法律中的限制针对的是民事移民记录。法官签发的刑事令状按照一般的令状程序处理。
    .verdict = 可以根据法官签署的刑事令状采取行动
ncic-immigration-hit_criminal-warrant_not-administrative = 芝加哥警察局自己的规定说，由认定存在合理根据的法官签发的刑事令状，不是“行政令状”。行政令状是没有法官签署的移民文件，例如ICE表格。
ncic-immigration-hit_criminal-warrant_state-definition = 伊利诺伊州法律规定，“民事移民令状”不包括任何刑事令状。
ncic-immigration-hit_criminal-warrant_ag-criminal = 伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
ncic-immigration-hit_criminal-warrant_officer = 如果您是警员：确认这条记录是刑事令状，而不是移民记录。伊利诺伊州法律允许您向录入这条记录的机构询问。
ncic-immigration-hit_criminal-warrant_driver = 如果您是司机，美国公民自由联盟（ACLU）表示，对于自己在哪里出生或移民身份，您可以保持沉默。
ncic-immigration-hit_criminal-warrant_lawyer = 如果您或您认识的人被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ncic-immigration-hit_criminal-warrant_no-questions = 伊利诺伊州警察仍然不得询问其拦截或扣留的任何人的公民身份、移民身份或出生地。少数有限的例外包括：告知被羁押的人可以联系本国领事馆，以及某些枪支法规要求的核查。
ncic-immigration-hit_criminal-warrant_still-no-status = 警察仍然不得仅因某人的移民身份，就拦截、逮捕或扣留此人。
ncic-immigration-hit_criminal-warrant_no-transfer = 芝加哥警察不得仅为民事移民执法而把任何人移交给ICE。{ -civil-immigration-enforcement-definition }

## 结果：不清楚是民事性质还是刑事性质

ncic-immigration-hit_check-record = 这取决于这条记录是民事性质还是刑事性质。
    .summary = 移民记录不是扣留任何人的理由；法官签署的刑事令状则是。警员可以核查它属于哪一种。
    .verdict = 只有凭刑事令状才可以扣留司机
ncic-immigration-hit_check-record_check-records = 伊利诺伊州法律允许警员联系其他警察机构，查明某条NCIC记录是民事性质还是刑事性质。
ncic-immigration-hit_check-record_if-civil = 如果这是移民记录，警察不得因为它扣留司机。
ncic-immigration-hit_check-record_if-criminal = 如果这是法官签署的刑事令状，警察可以根据它采取行动。
ncic-immigration-hit_check-record_officer = 如果您是警员：请呼叫主管，并询问录入这条记录的机构：它是民事性质还是刑事性质。不要因为移民记录扣留司机。
ncic-immigration-hit_check-record_driver = 如果您是司机，美国公民自由联盟（ACLU）表示，对于自己在哪里出生或移民身份，您可以保持沉默。
ncic-immigration-hit_check-record_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ncic-immigration-hit_check-record_old-rule = 2021年以前，2017年最初通过的《TRUST法案》允许警察根据LEADS（一个警察数据库）中的通知扣留某人，除非该通知明显是以没有法官签署的移民文件为依据。2021年的修改取消了这条规定。
ncic-immigration-hit_check-record_no-questions = 伊利诺伊州警察不得询问其拦截的任何人的公民身份、移民身份或出生地。少数有限的例外包括：告知被羁押的人可以联系本国领事馆，以及某些枪支法规要求的核查。
ncic-immigration-hit_check-record_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
