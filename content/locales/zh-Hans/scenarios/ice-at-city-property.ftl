# S10：ICE出现在市政府物业（图书馆、公园、CPS停车场、市政府办公室）。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_ice-at-city-property = 移民探员来到市政府物业
    .summary = 例如，ICE探员来到公共图书馆、公园、市政府办公室，或芝加哥公立学校（Chicago Public Schools）的停车场。

## 问题：探员在做什么？

ice-at-city-property_request = 探员在做什么，或者在要求什么？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。非公开区域是指不对公众开放的区域，例如仅限员工进入的房间。
ice-at-city-property_request_private-area = 他们想进入非公开区域或仅限员工进入的区域
ice-at-city-property_request_public-area = 他们在公共区域，例如公园或图书馆阅览室
ice-at-city-property_request_use-property = 他们想使用市政府的房间、停车场或车库来办事
ice-at-city-property_request_information = 他们要求提供关于某人的信息或记录

## 问题：有没有法官签署的令状？

ice-at-city-property_warrant = 探员有法官签署的令状吗？
    .hint = { -judicial-warrant-definition }行政令状（administrative warrant）是由移民官员而不是法官签署的ICE表格，例如I-200表格和I-205表格。
ice-at-city-property_warrant_judge-signed = 有，是法官签署的令状
ice-at-city-property_warrant_ice-form = 他们有一份移民官员签署的ICE表格
ice-at-city-property_warrant_no-paper = 没有，没有令状
ice-at-city-property_warrant_cannot-tell = 我看不出那是什么文件

## 结果：没有法官签署的令状，或不确定

ice-at-city-property_no-consent = 市政府员工不得协助探员，也不应同意让他们进入非公开区域。
    .summary = 市法律禁止市政府工作人员协助民事移民执法。市政府的指引说，不要同意让ICE进入市政府的非公开或“敏感”区域。
    .verdict = 不得协助，也不应同意让他们进入非公开区域
ice-at-city-property_no-consent_no-help = 芝加哥的{ -wco }（Welcoming City Ordinance）规定，市政府机构及其工作人员不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
ice-at-city-property_no-consent_no-facilities = 市政府机构不得让ICE探员使用市政府设施进行问话或其他调查。
ice-at-city-property_no-consent_guidance = 市政府2025年1月的指引涉及ICE到访市政府物业的情况。指引说，员工不应同意让ICE进入市政府任何非公开或“敏感”的场所。
ice-at-city-property_no-consent_admin-warrant = 由移民官员签署的ICE表格（例如I-200或I-205表格）不是法官签署的令状。CPD的规定称它为“行政令状”，伊利诺伊州法律称它为“民事移民令状”。
ice-at-city-property_no-consent_call-lawyer = 如果您是市政府工作人员：市政府2025年1月关于ICE到访的指引说，请打电话给您所在部门的律师，还要请现场职位最高的官员或主管到场。指引说，在那个人到达之前，不要采取任何行动。
ice-at-city-property_no-consent_ask-id = 指引说，负责的官员应要求查看探员的证件，还应记下负责督导的ICE官员的姓名。如果有探员拒绝，请立即记下来。
ice-at-city-property_no-consent_ask-warrant = 指引说，负责的官员应要求探员出示允许搜查的法官签署的令状，并索取一份副本。
ice-at-city-property_no-consent_no-interfere = 指引说，如果探员还是要搜查，无论有没有法官签署的令状，都不要试图阻止他们。
ice-at-city-property_no-consent_icirr = 如要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-at-city-property_no-consent_not-bound = 这些规定限制的是市政府机构和工作人员的行为，并没有赋予市政府工作人员阻止联邦探员的权力。
ice-at-city-property_no-consent_guidance-status = 这份指引是市政府律师（市法律顾问办公室，Corporation Counsel）提出的建议，由市长办公室于2025年1月公布。它是指引，不是条例本身。

## 结果：法官签署的令状

ice-at-city-property_judicial-warrant = 这取决于令状允许做什么。检查令状，索取副本，不要试图阻止搜查。
    .summary = 市政府的指引说，要检查法官签署的令状、索取副本，并且不要试图阻止搜查。市政府工作人员仍然不得协助民事移民执法。
    .verdict = 应检查令状，不要阻止搜查
ice-at-city-property_judicial-warrant_check-warrant = 市政府2025年1月关于ICE到访的指引涉及这种情况。指引说，负责的官员应要求查看允许搜查的法官签署的令状，并索取一份副本。
ice-at-city-property_judicial-warrant_no-interfere = 指引说，无论有没有法官签署的令状，都不要试图阻止搜查。
ice-at-city-property_judicial-warrant_still-no-help = 市政府工作人员仍然不得协助民事移民执法。{ -civil-immigration-enforcement-definition }
ice-at-city-property_judicial-warrant_call-lawyer = 如果您是市政府工作人员：市政府2025年1月关于ICE到访的指引说，请打电话给您所在部门的律师，还要请现场职位最高的官员或主管到场。指引说，在那个人到达之前，不要采取任何行动。
ice-at-city-property_judicial-warrant_ask-id = 指引说，负责的官员应要求查看探员的证件，还应记下负责督导的ICE官员的姓名。如果有探员拒绝，请立即记下来。
ice-at-city-property_judicial-warrant_read-warrant = 仔细看令状。{ -judicial-warrant-definition }检查令状上写的是哪个地点或哪个人。
ice-at-city-property_judicial-warrant_icirr = 如要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-at-city-property_judicial-warrant_criminal-warrant = 由移民官员签署的ICE表格不是法官签署的令状，即使表格顶部写着“warrant”（令状）也不是。CPD的规定和伊利诺伊州法律都把法官签发的刑事令状与ICE表格区别对待。
ice-at-city-property_judicial-warrant_not-bound = 这些规定限制的是市政府机构和工作人员的行为，并没有赋予市政府工作人员阻止联邦探员的权力。
ice-at-city-property_judicial-warrant_guidance-status = 这份指引是市政府律师（市法律顾问办公室，Corporation Counsel）提出的建议，由市长办公室于2025年1月公布。它是指引，不是条例本身。

## 结果：探员在公共区域

ice-at-city-property_public-area = 市政府工作人员不得协助探员进行移民执法。
    .summary = 市政府工作人员不得协助探员进行民事移民执法。{ -wco }限制的是市政府工作人员，而不是联邦探员。
    .verdict = 不得协助移民执法
ice-at-city-property_public-area_no-help = 市政府机构及其工作人员不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
ice-at-city-property_public-area_no-facilities = 市政府机构不得让ICE探员使用市政府设施进行问话或其他调查。
ice-at-city-property_public-area_no-status = 除非本人书面同意，市政府工作人员不得分享任何人的公民身份或移民身份。另一个例外是法律、法院命令或法官签署的令状有此要求。
ice-at-city-property_public-area_call-lawyer = 如果您是市政府工作人员：市政府2025年1月关于ICE到访的指引说，请打电话给您所在部门的律师，还要请现场职位最高的官员或主管到场。指引说，在那个人到达之前，不要采取任何行动。
ice-at-city-property_public-area_ask-id = 指引说，负责的官员应要求查看探员的证件，还应记下负责督导的ICE官员的姓名。如果有探员拒绝，请立即记下来。
ice-at-city-property_public-area_stay-silent = 美国公民自由联盟（ACLU）表示，如果探员盘问您，您有保持沉默的权利。您不必说出自己在哪里出生、是不是公民，或者是怎样进入美国的。
ice-at-city-property_public-area_free-to-leave = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）建议您问对方您是否可以离开。如果回答是可以，就冷静地离开。
ice-at-city-property_public-area_icirr = 如要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-at-city-property_public-area_not-bound = 这些规定限制的是市政府机构和工作人员的行为，并没有赋予市政府工作人员阻止联邦探员的权力。
ice-at-city-property_public-area_papers = ACLU表示，如果您不是公民、但持有移民证件，在移民探员要求时应出示证件。

## 结果：探员想使用市政府物业

ice-at-city-property_use-property = 市政府员工不得让移民探员使用市政府设施进行调查。
    .summary = 市法律禁止让ICE使用市政府设施进行问话或调查。据CBS芝加哥新闻（CBS News Chicago）2025年10月报道，市长2025年10月6日的行政命令还禁止把市政府的场地和车库用作民事移民执法的基地。
    .verdict = 不得让ICE使用市政府设施进行调查
ice-at-city-property_use-property_facilities = 市政府机构不得让ICE探员使用市政府设施进行问话或其他调查。
ice-at-city-property_use-property_no-help = 市政府机构及其工作人员不得参与民事移民执法，也不得在这方面协助联邦探员。{ -civil-immigration-enforcement-definition }
ice-at-city-property_use-property_free-zones = CBS芝加哥新闻在2025年10月报道了市长的一项命令。据CBS说，该命令禁止把市政府拥有或控制的停车场、空地和车库用作民事移民执法的基地，包括集结区和处理站点，也包括芝加哥公立学校（Chicago Public Schools）的物业。
ice-at-city-property_use-property_call-lawyer = 如果您是市政府工作人员：市政府2025年1月关于ICE到访的指引说，请打电话给您所在部门的律师，还要请现场职位最高的官员或主管到场。指引说，在那个人到达之前，不要采取任何行动。
ice-at-city-property_use-property_no-consent = 指引说，不要同意让ICE进入市政府的非公开或“敏感”区域。指引还说，如果探员还是要搜查，不要试图阻止他们。
ice-at-city-property_use-property_report-oig = 有市政府部门让移民探员使用了它的物业？您可以向市监察长办公室（Office of Inspector General）举报。
ice-at-city-property_use-property_icirr = 如要报告移民探员的活动，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
ice-at-city-property_use-property_not-bound = 这些规定限制的是市政府及其工作人员的行为，并没有赋予市政府工作人员阻止联邦探员的权力。
ice-at-city-property_use-property_guidance-status = 这份指引是市政府律师（市法律顾问办公室，Corporation Counsel）提出的建议，由市长办公室于2025年1月公布。它是指引，不是条例本身。

## 结果：探员要求提供信息

ice-at-city-property_information = 市政府工作人员不得向移民探员提供任何人的移民身份或联系方式。
    .summary = 芝加哥的{ -wco }（Welcoming City Ordinance）禁止市政府工作人员分享任何人的身份，也禁止他们回答ICE关于某人羁押状态、释放日期或联系方式的询问。例外情况范围很窄。
    .verdict = 不得与ICE分享身份或羁押信息
ice-at-city-property_information_status = 除非本人书面同意，市政府机构和工作人员不得分享任何人的公民身份或移民身份。
ice-at-city-property_information_contact-info = 市政府工作人员不得花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。
ice-at-city-property_information_databases = 市政府机构不得为民事移民执法而让联邦机构直接访问市政府数据库。{ -civil-immigration-enforcement-definition }
ice-at-city-property_information_call-lawyer = 如果您是市政府工作人员：市政府2025年1月关于ICE到访的指引说，请打电话给您所在部门的律师，还要请现场职位最高的官员或主管到场。指引说，在那个人到达之前，不要采取任何行动。
ice-at-city-property_information_court-papers = 如果探员说是法院命令或法官签署的令状要求提供这些信息，请索取一份副本，并交给您所在部门的律师。
ice-at-city-property_information_report-oig = 有市政府部门或雇员违反条例分享了信息？您可以向市监察长办公室（Office of Inspector General）举报。
ice-at-city-property_information_exceptions = 如果成文法、联邦法规、法院命令或司法令状另有要求，对身份信息的限制就会让步。这些规定还允许在本人书面同意时分享。ICE表格不是司法令状。
ice-at-city-property_information_purely-civil = 关于回答ICE有关羁押、释放日期和联系方式的询问，这条规定有一个例外：市政府工作人员可以联系ICE，查明某件事是否只涉及民事移民违规，而不涉及犯罪。
