# S5：ICE打电话到警察局询问被羁押的人。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_ice-calls-station = ICE打电话到警察局询问被羁押的人
    .summary = 例如，ICE询问某人什么时候获释、住在哪里，或者要求通过电话对此人问话。

## 问题：ICE想要什么？

ice-calls-station_request = ICE想从警察局得到什么？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。“羁押”是指被警察扣留或关在监狱里。
ice-calls-station_request_release-date = 想知道某人什么时候获释，或者是否仍被扣押
ice-calls-station_request_contact-info = 某人的地址、电话号码或其他联系方式
ice-calls-station_request_phone-call = 想通过电话与被羁押的人交谈或对其问话
ice-calls-station_request_visit = 想到警察局来对被羁押的人问话

## 结果：ICE想要关于此人的信息

ice-calls-station_no-information = 芝加哥警察不得回答ICE关于此人的问题。
    .summary = 市法律禁止芝加哥警察花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。
    .verdict = 不得回答ICE关于此人的问题
ice-calls-station_no-information_city-law = 芝加哥的{ -wco }（Welcoming City Ordinance）适用于市政府机构及其雇员，包括警察。它规定，他们不得花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。这是市政府禁止协助民事移民执法的规定的一部分。{ -civil-immigration-enforcement-definition }
ice-calls-station_no-information_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得与移民当局分享被羁押者的信息。
ice-calls-station_no-information_no-status = 市政府工作人员也不得分享任何人的公民身份或移民身份。只有少数有限的例外，例如法院命令有此要求，或本人书面同意。
ice-calls-station_no-information_officer = 如果您是警员或警察局工作人员：不要把这些信息提供给ICE。
ice-calls-station_no-information_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ice-calls-station_no-information_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-calls-station_no-information_report-copa = 如果有芝加哥警员把这些信息提供给了ICE，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
ice-calls-station_no-information_report-oig = 如果市政府雇员没有遵守该条例，您可以向市监察长办公室（Office of Inspector General）举报。
ice-calls-station_no-information_ask-civil = 关于回答ICE有关羁押、释放日期和联系方式的询问，这条规定有一个例外：市政府工作人员可以联系ICE，查明某件事是否只涉及民事移民违规，而不涉及犯罪。
ice-calls-station_no-information_court-order = 市法律规定了一个例外：成文法、联邦法规、法院命令或法官签署的令状要求分享信息时。ICE的移民拘留请求或ICE令状表格，不是法院命令，也不是法官签署的令状。
ice-calls-station_no-information_county-jail = 如果此人关押在库克县监狱，则适用县里的一项规定。我们读到的是2023年县委员会一份提案中所印的版本。该规定说，县政府员工不得回答ICE关于某人是否被关押或何时获释的询问。例外情况是：有刑事令状，或者出于与移民无关的执法理由。
ice-calls-station_no-information_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。

## 结果：ICE想与此人交谈或对其问话

ice-calls-station_no-access = 警察不得让ICE与此人交谈或对其问话。
    .summary = 市法律禁止警察让ICE探员接触他们扣留的任何人，无论是当面还是通过电话。市法律还禁止让ICE使用警察局的建筑进行问话。
    .verdict = 不得让ICE接触此人或对其问话
ice-calls-station_no-access_phone = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构不得让ICE探员接触其扣留的人，包括通过电话接触。
ice-calls-station_no-access_facilities = 市政府机构也不得让ICE探员使用市政府的建筑进行问话或其他调查。
ice-calls-station_no-access_state-help = { -trust }也限制伊利诺伊州各地的警察。伊利诺伊州总检察长2025年的指引说，警察不得让移民探员接触被羁押的人。
ice-calls-station_no-access_officer = 如果您是警员或警察局工作人员：不要转接这个电话，也不要让探员在警察局对此人问话。
ice-calls-station_no-access_silent = 美国公民自由联盟（ACLU）表示，如果移民探员真的向您问话，您有权保持沉默，也有权要求见律师。这些权利来自美国宪法。
ice-calls-station_no-access_no-sign = 移民法律资源中心（Immigrant Legal Resource Center）的“红卡”建议，在与律师谈话之前，不要签署任何文件。
ice-calls-station_no-access_lawyer = 如果您的家人被扣押，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
ice-calls-station_no-access_icirr = 如果ICE逮捕了您的家人，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-calls-station_no-access_report-copa = 如果有芝加哥警员让ICE接触了被羁押的人，您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报。
ice-calls-station_no-access_county-jail = 如果此人关押在库克县监狱，则适用县里的一项规定。我们读到的是2023年县委员会一份提案中所印的版本。该规定说，移民探员不得接触监狱里的人，也不得使用县政府的建筑进行问话。例外情况是：有刑事令状，或者出于与移民无关的执法理由。
ice-calls-station_no-access_ice-not-bound = 这些法律限制的是芝加哥和伊利诺伊州警察的行为，并不能阻止联邦移民探员自行逮捕。
