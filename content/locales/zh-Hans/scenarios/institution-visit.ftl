# S14：移民探员来到医院、公立大专院校或持照托儿中心。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。
# P.A. 104-0440 Arts. 15, 20 和 25 的内容只来自报道（Jurist）：须注明来源。

scenario_institution-visit = 移民探员来到医院、大专院校或托儿中心
    .summary = 伊利诺伊州2025年的一项法律为医院、公立大专院校和持照托儿中心规定了义务。这里说明这项法律对它们有什么要求，以及您可以怎么做。

## 问题：探员在哪里？

institution-visit_place = 移民探员在哪里？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。
institution-visit_place_hospital = 在医院
institution-visit_place_college = 在公立大专院校
institution-visit_place_day-care = 在持照托儿中心

## 问题：是否有已知的政策或联系人？

institution-visit_hospital-contact = 您知道医院里由谁负责处理移民探员的到访吗？
    .hint = 例如，医院书面政策中指定的员工或部门。
institution-visit_hospital-contact_has-contact = 知道，有政策或联系人
institution-visit_hospital-contact_not-sure = 不知道，或者我不确定

institution-visit_college-contact = 您知道学校里由谁负责处理移民探员的到访吗？
    .hint = 例如，学校书面程序中指定的员工或部门。
institution-visit_college-contact_has-contact = 知道，有政策或联系人
institution-visit_college-contact_not-sure = 不知道，或者我不确定

institution-visit_day-care-contact = 您知道托儿中心里由谁负责处理移民探员的到访吗？
    .hint = 例如，中心主任，或中心书面政策中指定的人。
institution-visit_day-care-contact_has-contact = 知道，有政策或联系人
institution-visit_day-care-contact_not-sure = 不知道，或者我不确定

## 结果：有政策或联系人

institution-visit_follow-policy = 据报道，移民探员到来时，这些场所负有相应的义务。请找政策中指定的联系人。
    .summary = 新闻报道说，伊利诺伊州2025年的一项法律，即第104-0440号公共法案（Public Act 104-0440），要求医院和公立大专院校制定这类政策或程序，并给持照托儿中心规定了类似的义务。政策告诉员工该怎么做；它并不限制联邦探员。
    .verdict = 据报道，在移民探员到来时负有相应义务
institution-visit_follow-policy_policies = 据法律新闻网站Jurist报道，这项法律要求医院和公立大专院校制定应对移民执法的政策或程序。Jurist还报道说，持照托儿中心也负有类似的义务。
institution-visit_follow-policy_contents = 对于医院，据Jurist报道，政策必须指定法律联系人、核查探员的身份证明（“credentials”），并保护病人信息。
institution-visit_follow-policy_no-disclose = 报道说，除非法律要求，学校和儿童看护中心不得分享任何人的移民身份，包括他们认为某人是什么身份。
institution-visit_follow-policy_ask-contact = 请员工打电话给政策中指定的人或部门。
institution-visit_follow-policy_staff = 如果您在那里工作：请遵守政策，并打电话给政策中指定的联系人。
institution-visit_follow-policy_rights = 据法律援助团体说，如果探员向您问话，您可以保持沉默。在与律师谈话之前，不要签署任何文件。
institution-visit_follow-policy_no-resist = 不要逃跑，也不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
institution-visit_follow-policy_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
institution-visit_follow-policy_not-bound = 这些规定是医院、大专院校或托儿中心的义务，并不限制联邦探员可以做什么。
institution-visit_follow-policy_rights-source = 探员向您问话时，您自己的权利来自美国宪法，而不是这项法律。ACLU表示，无论您的移民身份如何，您都享有这些权利。

## 结果：医院

institution-visit_hospital = 据报道，伊利诺伊州法律要求医院制定应对移民探员到访的政策。
    .summary = 新闻报道说，伊利诺伊州2025年的一项法律，即第104-0440号公共法案（Public Act 104-0440），要求医院制定这项政策。政策告诉医院员工该怎么做；它并不限制联邦探员。
    .verdict = 据报道，必须制定应对移民探员的政策
institution-visit_hospital_deadline = 据法律新闻网站Jurist报道，医院必须在2026年3月之前制定应对移民执法的政策。
institution-visit_hospital_contents = 据Jurist报道，政策必须指定法律联系人、核查探员的身份证明（“credentials”），并保护病人信息。
institution-visit_hospital_fines = 据Jurist报道，对于违反这些规定的医院，伊利诺伊州公共卫生部最多可以每天罚款500美元。
institution-visit_hospital_ask-contact = 请医院员工帮您找医院政策中指定的人或部门。
institution-visit_hospital_staff = 如果您在医院工作：请遵守政策，并打电话给政策中指定的联系人。
institution-visit_hospital_rights = 据法律援助团体说，如果探员向您问话，您可以保持沉默。在与律师谈话之前，不要签署任何文件。
institution-visit_hospital_no-resist = 不要逃跑，也不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
institution-visit_hospital_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
institution-visit_hospital_not-bound = 这些规定是医院的义务，并不限制联邦探员可以做什么。
institution-visit_hospital_rights-source = 探员向您问话时，您自己的权利来自美国宪法，而不是这项法律。ACLU表示，无论您的移民身份如何，您都享有这些权利。

## 结果：公立大专院校

institution-visit_college = 据报道，伊利诺伊州法律要求公立大专院校制定应对移民执法的程序。
    .summary = 新闻报道说，伊利诺伊州2025年的一项法律，即第104-0440号公共法案（Public Act 104-0440），要求公立大专院校制定这些程序。这些程序告诉学校员工该怎么做；它们并不限制联邦探员。
    .verdict = 据报道，必须制定应对移民执法的程序
institution-visit_college_deadline = 据法律新闻网站Jurist报道，公立大专院校必须在2026年1月1日之前制定应对移民执法的程序。
institution-visit_college_details = 我们找到的报道没有说明学校的程序必须包括哪些内容。请向学校索取一份副本。
institution-visit_college_ask-contact = 请学校帮您找其程序中指定的人或部门。
institution-visit_college_staff = 如果您在学校工作：请遵守学校的程序，并打电话给程序中指定的联系人。
institution-visit_college_rights = 据法律援助团体说，如果探员向您问话，您可以保持沉默。在与律师谈话之前，不要签署任何文件。
institution-visit_college_no-resist = 不要逃跑，也不要进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您认为自己的权利正在受到侵犯，也不要反抗。
institution-visit_college_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
institution-visit_college_not-bound = 这些规定是学校的义务，并不限制联邦探员可以做什么。
institution-visit_college_rights-source = 探员向您问话时，您自己的权利来自美国宪法，而不是这项法律。ACLU表示，无论您的移民身份如何，您都享有这些权利。

## 结果：持照托儿中心

institution-visit_day-care = 据报道，伊利诺伊州法律为移民探员到访持照托儿中心时规定了规则。
    .summary = 新闻报道说，伊利诺伊州2025年的一项法律，即第104-0440号公共法案（Public Act 104-0440），规定了这些义务。这些义务告诉中心该怎么做；它们并不限制联邦探员。
    .verdict = 据报道，在移民探员到来时负有一定的义务
institution-visit_day-care_similar = 据法律新闻网站Jurist报道，持照托儿中心的义务与医院和公立大专院校类似；医院和公立大专院校必须制定应对移民执法的政策或程序。
institution-visit_day-care_no-disclose = 报道说，除非法律要求，儿童看护中心和学校不得分享任何人的移民身份，包括他们认为某人是什么身份。
institution-visit_day-care_ask-contact = 请问中心主任：由谁负责处理移民探员的到访，以及中心是否有书面政策。
institution-visit_day-care_staff = 如果您在中心工作：请遵守中心的政策，并打电话给政策中指定的联系人。
institution-visit_day-care_rights = 据法律援助团体说，如果探员向您问话，您可以保持沉默。在与律师谈话之前，不要签署任何文件。
institution-visit_day-care_icirr = 如需帮助，或要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
institution-visit_day-care_not-bound = 这些规定是托儿中心的义务，并不限制联邦探员可以做什么。
institution-visit_day-care_rights-source = 探员向您问话时，您自己的权利来自美国宪法，而不是这项法律。美国公民自由联盟（ACLU）表示，无论您的移民身份如何，您都享有这些权利。
