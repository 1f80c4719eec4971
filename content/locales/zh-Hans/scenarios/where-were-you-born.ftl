# S8：警察拦下某人，问“你在哪里出生？”或“你是合法的吗？”
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_where-were-you-born = 警察问“你在哪里出生？”或“你是合法的吗？”
    .summary = 例如，警员在街上拦下您，或让您靠边停车，然后问您在哪里出生，或者问您的移民身份。

## 问题：是谁在问？

where-were-you-born_who = 是谁在问这些问题？
    .hint = 芝加哥警察和伊利诺伊州的其他警察为市、县或州政府工作。ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。
where-were-you-born_who_police = 芝加哥警员，或伊利诺伊州的其他警察
where-were-you-born_who_immigration = 联邦移民探员，例如ICE
where-were-you-born_who_not-sure = 我分辨不出来

## 问题：发生了什么？

where-were-you-born_setting = 发生了什么？
    .hint = 羁押是指被警察扣留或关在监狱里。
where-were-you-born_setting_street = 我在街上或其他公共场所被拦下
where-were-you-born_setting_car = 我开车时被拦停
where-were-you-born_setting_custody = 我被逮捕了，或者正被扣押

## 结果：在街上被拦下

where-were-you-born_street-stop = 警察不得问您在哪里出生，也不得问您的移民身份。
    .summary = 伊利诺伊州法律禁止全州各地的警察询问其拦截的人的公民身份、移民身份或出生地。您可以保持沉默。
    .verdict = 不得问您的出生地或身份
where-were-you-born_street-stop_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
where-were-you-born_street-stop_city-law = 芝加哥的{ -wco }规定，市政府工作人员（包括警察）不得询问任何人的公民身份或移民身份。例外情况范围很窄，例如法律或法院命令有此要求时。
where-were-you-born_street-stop_no-arrest = 警察不得仅因某人的移民身份，就拦截、逮捕、搜查或扣留此人。
where-were-you-born_street-stop_stay-silent = 美国公民自由联盟（ACLU）表示，无论移民身份如何，每个人都享有美国宪法规定的权利。对于自己在哪里出生、是不是公民、怎样进入美国，您有权保持沉默。请大声说出您要保持沉默。
where-were-you-born_street-stop_free-to-leave = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）建议您问对方您是否可以离开。如果回答是可以，就冷静地离开。
where-were-you-born_street-stop_no-lies = ACLU建议：不要说谎，不要出示虚假证件，也不要逃跑或反抗。
where-were-you-born_street-stop_write-down = 事后，请记下日期、时间和地点；如果可以的话，也记下警员的姓名和警徽编号。
where-were-you-born_street-stop_report-copa = 如果有芝加哥警员问了这些问题，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
where-were-you-born_street-stop_report-ag = 您也可以联系伊利诺伊州总检察长的民权热线。
where-were-you-born_street-stop_exceptions = 州法律有两个范围很窄的例外。警察可以告知被羁押的人可以联系本国领事馆，并帮助他们联系。在某些枪支法规有要求时，警察也可以要求出示公民身份或移民身份的证明。
where-were-you-born_street-stop_border = ACLU指出，在边境和机场，以及对某些签证持有人，适用不同的规定。

## 结果：开车时被拦停

where-were-you-born_car-stop = 警察不得问您在哪里出生，也不得问您的移民身份。
    .summary = 伊利诺伊州法律禁止警察询问其拦截的人的公民身份、移民身份或出生地，交通拦截时也是这样。您可以保持沉默。
    .verdict = 不得问您的出生地或身份
where-were-you-born_car-stop_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
where-were-you-born_car-stop_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府工作人员（包括警察）不得询问任何人的公民身份或移民身份。例外情况范围很窄，例如法律或法院命令有此要求时。
where-were-you-born_car-stop_no-arrest = 警察不得仅因某人的移民身份，就拦截、逮捕、搜查或扣留此人。
where-were-you-born_car-stop_stay-silent = 您不必回答关于自己在哪里出生或移民身份的问题。美国公民自由联盟（ACLU）表示，您有保持沉默的权利。
where-were-you-born_car-stop_search = ACLU表示，您可以拒绝让警察搜查您的车。如果他们还是要搜查，不要反抗。
where-were-you-born_car-stop_no-lies = ACLU建议：不要说谎，不要出示虚假证件，也不要逃跑或反抗。
where-were-you-born_car-stop_write-down = 事后，请记下日期、时间和地点；如果可以的话，也记下警员的姓名和警徽编号。
where-were-you-born_car-stop_report-copa = 如果有芝加哥警员问了这些问题，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
where-were-you-born_car-stop_report-ag = 您也可以联系伊利诺伊州总检察长的民权热线。
where-were-you-born_car-stop_exceptions = 州法律有两个范围很窄的例外。警察可以告知被羁押的人可以联系本国领事馆，并帮助他们联系。在某些枪支法规有要求时，警察也可以要求出示公民身份或移民身份的证明。
where-were-you-born_car-stop_border = ACLU指出，在边境和机场，以及对某些签证持有人，适用不同的规定。

## 结果：被逮捕或被扣押

where-were-you-born_in-custody = 在您被扣押期间，警察不得问您在哪里出生，也不得问您的移民身份。
    .summary = 伊利诺伊州法律禁止警察询问其羁押的任何人的公民身份、移民身份或出生地。有两个范围很窄的例外。
    .verdict = 不得问您的出生地或身份（有少数例外）
where-were-you-born_in-custody_state-law = { -trust }适用于伊利诺伊州各地的警察。如果警察拦截或扣留某人，他们不得询问或调查此人的公民身份、移民身份或出生地。
where-were-you-born_in-custody_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府工作人员（包括警察）不得询问任何人的公民身份或移民身份，只有少数有限的情况除外。
where-were-you-born_in-custody_no-hold = 警察不得仅因移民拘留请求（detainer）而继续扣留任何人。移民拘留请求是ICE的书面请求，要求警察扣留某人，或者在此人获释时通知ICE。它不由法官签署。
where-were-you-born_in-custody_no-ice-access = 芝加哥警察不得让ICE探员接触其扣留的人，包括通过电话接触。
where-were-you-born_in-custody_stay-silent = 美国公民自由联盟（ACLU）表示，您有保持沉默的权利。您不必说出自己在哪里出生、是不是公民，或者是怎样进入美国的。
where-were-you-born_in-custody_lawyer = ACLU表示，如果您被逮捕，您有权请律师，所以请立即要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
where-were-you-born_in-custody_report-copa = 如果有芝加哥警员问了这些问题，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
where-were-you-born_in-custody_exceptions = 这两个例外是：警察可以告知被羁押的人可以联系本国领事馆，并帮助他们联系；在某些枪支法规有要求时，警察也可以要求出示公民身份或移民身份的证明。
where-were-you-born_in-custody_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：问话的是联邦移民探员

where-were-you-born_federal-agent = 市和州对这些问题的限制不适用于移民探员。您仍然有保持沉默的权利。
    .summary = 禁止询问身份的规定约束的是芝加哥和伊利诺伊州的警察，而不是联邦探员。法律援助团体表示，您仍然有保持沉默的权利。
    .verdict = 不受这些市和州规定的约束
where-were-you-born_federal-agent_not-bound = 市和州禁止询问身份的规定，约束的是市政府工作人员和伊利诺伊州警察，不约束联邦移民探员。
where-were-you-born_federal-agent_silent = 美国公民自由联盟（ACLU）表示，您有保持沉默的权利。您不必说出自己在哪里出生、是不是公民，或者是怎样进入美国的。
where-were-you-born_federal-agent_papers = ACLU还说：如果您不是公民、但持有移民证件，在移民探员要求时请出示。如果您年满18岁，请随身携带这些证件。如果您没有证件，就说您要保持沉默。
where-were-you-born_federal-agent_say-silent = 请大声说出您要保持沉默。
where-were-you-born_federal-agent_free-to-leave = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）建议您问对方您是否可以离开。如果回答是可以，就冷静地离开。
where-were-you-born_federal-agent_no-sign = ILRC还建议：在与律师谈话之前，不要签署任何文件。
where-were-you-born_federal-agent_no-lies = ACLU建议：不要说谎，不要出示虚假证件，也不要逃跑或反抗。
where-were-you-born_federal-agent_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
where-were-you-born_federal-agent_border = ACLU指出，在边境和机场，以及对某些签证持有人，适用不同的规定。
where-were-you-born_federal-agent_police-role = 芝加哥警察不得协助移民探员进行民事移民执法，例如封锁交通或在现场提供其他支援。{ -civil-immigration-enforcement-definition }

## 结果：不确定是谁在问

where-were-you-born_unsure-who = 无论是谁在问，对于自己在哪里出生和身份，您都有权保持沉默。
    .summary = 伊利诺伊州警察不得向其拦截或扣留的人问这些问题。联邦移民探员不受这条规定约束，但您仍然有保持沉默的权利。
    .verdict = 不得询问，但联邦探员不受约束
where-were-you-born_unsure-who_police-no = 如果他们是警察，州法律禁止他们询问其拦截或扣留的人的身份或出生地。市法律禁止芝加哥警察询问任何人的身份。
where-were-you-born_unsure-who_federal = 如果他们是联邦移民探员，这些市和州的规定不约束他们。
where-were-you-born_unsure-who_silent = 美国公民自由联盟（ACLU）表示，无论是谁在问，您都有保持沉默的权利。您不必说出自己在哪里出生、是不是公民，或者是怎样进入美国的。
where-were-you-born_unsure-who_papers = ACLU还说：如果您不是公民、但持有移民证件，在移民探员要求时请出示。如果您没有证件，就说您要保持沉默。
where-were-you-born_unsure-who_say-silent = 请大声说出您要保持沉默。
where-were-you-born_unsure-who_no-lies = ACLU建议：不要说谎，不要出示虚假证件，也不要逃跑或反抗。
where-were-you-born_unsure-who_write-down = 如果可以，请记下日期、时间和地点，以及任何姓名、警徽编号或车辆编号。
where-were-you-born_unsure-who_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
where-were-you-born_unsure-who_border = ACLU指出，在边境和机场，以及对某些签证持有人，适用不同的规定。
