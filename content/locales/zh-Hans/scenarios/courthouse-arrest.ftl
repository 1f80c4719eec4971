# S11：某人必须到伊利诺伊州法院出席听证。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。
# P.A. 104-0440 Art. 10 的内容来自报道（Jurist、MALDEF）：须注明来源，并说明它正在法院受到挑战
# （司法部于 2025年12月22日起诉；截至 2026年1月未找到裁决）。

scenario_courthouse-arrest = 您必须到伊利诺伊州的法院出席听证
    .summary = 例如，您在那里有案件、您是证人，或者您陪同别人去。您担心在法院或法院附近遭到移民逮捕。

## 问题：您为什么要去法院？

courthouse-arrest_role = 您为什么要去法院？
    .hint = 这里说的是伊利诺伊州的州法院，例如库克县的法院。“当事人”是指案件中的一方，例如起诉别人的人、被起诉的人或被控告的人。
courthouse-arrest_role_party = 我在那里有案件（我是当事人）
courthouse-arrest_role_witness = 我是证人
courthouse-arrest_role_with-someone = 我陪同有案件的人或证人一起去
courthouse-arrest_role_other = 其他原因

## 问题：哪种逮捕？

courthouse-arrest_arrest = 您担心的是哪种逮捕？
    .hint = 民事逮捕是指不是因为犯罪而进行的逮捕。{ -civil-immigration-enforcement-definition }{ -judicial-warrant-definition }ICE表格（例如I-200或I-205表格）由移民官员签署，而不是由法官签署。
courthouse-arrest_arrest_immigration = 没有法官命令的移民逮捕
courthouse-arrest_arrest_judge-order = 凭法官签署的令状或命令进行的逮捕
courthouse-arrest_arrest_crime = 因犯罪而进行的逮捕
courthouse-arrest_arrest_not-sure = 我不确定

## 结果：受到保护（没有法官命令的民事移民逮捕）

courthouse-arrest_protected = 据报道，伊利诺伊州法律禁止这种逮捕。这项法律正在法院受到挑战。
    .summary = 新闻报道说，伊利诺伊州2025年的一项法律禁止对前往法院的人进行民事逮捕，包括没有法官命令的移民逮捕。这些报道还说，美国司法部于2025年12月22日就这项法律提起诉讼。
    .verdict = 据报道，不得进行这种逮捕
courthouse-arrest_protected_who = 据法律新闻网站Jurist报道，这项法律保护当事人、证人，以及陪同他们去法院的人。
courthouse-arrest_protected_where = 据Jurist报道，这项法律适用于法院大楼、大楼周围1000英尺范围内，以及往返法院的路上。
courthouse-arrest_protected_what = 有关这项法律的报道说，它禁止民事逮捕，包括没有法官命令的移民逮捕。报道说，它不禁止因犯罪而进行的逮捕。
courthouse-arrest_protected_challenge = 据新闻报道，美国司法部于2025年12月22日就这项法律起诉伊利诺伊州，主张州政府不得管制联邦官员。截至我们找到的最新消息（2026年1月初），还没有裁决。
courthouse-arrest_protected_lawyer = 在出庭日期之前，您可以就您的案件和移民情况咨询律师。如果您在库克县有刑事案件，库克县公设辩护人办公室设有移民部（Immigration Division）。证人，或者陪同别人去法院的人，应该咨询自己的律师，或者打电话给ICIRR热线。
courthouse-arrest_protected_rights = 据法律援助团体说，如果探员拦下您，您可以保持沉默，并问对方您是否可以离开。在与律师谈话之前，不要签署任何文件。
courthouse-arrest_protected_no-resist = 即使您认为这次逮捕违反了这项法律，也不要逃跑或进行身体上的反抗。美国公民自由联盟（ACLU）建议，即使您的权利正在受到侵犯，也不要反抗。
courthouse-arrest_protected_witness = 如果您在法院内或法院附近看到逮捕，请记下日期、时间和地点，以及发生了什么。
courthouse-arrest_protected_icirr = 如果有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
courthouse-arrest_protected_damages = 据Jurist报道，违反这项法律被逮捕的人可以提起诉讼。法律规定的赔偿金至少为10,000美元，另外还有非法拘禁（被非法扣押）的赔偿。
courthouse-arrest_protected_immigration-court = 我们无法确认这项法律是否也适用于移民法庭。
courthouse-arrest_protected_police = 另外，伊利诺伊州总检察长2025年的指引说，伊利诺伊州各地的警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。

## 结果：因犯罪而进行的逮捕，或法官下令的逮捕

courthouse-arrest_not-barred = 据报道，这项法院保护法律不禁止因犯罪而进行的逮捕，也不禁止法官下令的逮捕。
    .summary = 新闻报道说，伊利诺伊州2025年的法院保护法律针对的是没有法官命令的民事逮捕。它不禁止因犯罪而进行的逮捕，也不禁止法官下令的逮捕。
    .verdict = 据报道，不被禁止进行这类逮捕
courthouse-arrest_not-barred_civil-only = 有关第104-0440号公共法案（Public Act 104-0440）的报道说，它禁止没有法官命令的民事逮捕。报道说，它不禁止因犯罪而进行的逮捕。
courthouse-arrest_not-barred_ice-form = ICE表格（例如I-200或I-205表格）不是法官命令。伊利诺伊州法律把这些表格描述为没有经过任何法官批准的移民文件。{ -judicial-warrant-definition }
courthouse-arrest_not-barred_removal-order = 移民法官发出的命令（例如递解令）不是法官签署的令状。芝加哥警察局的规定把递解令算作“行政令状”（administrative warrant）。我们无法确认这项法院保护法律如何看待递解令。请咨询律师。
courthouse-arrest_not-barred_challenge = 据新闻报道，美国司法部于2025年12月22日就这项法院保护法律起诉伊利诺伊州。截至我们找到的最新消息（2026年1月初），还没有裁决。
courthouse-arrest_not-barred_rights = 美国公民自由联盟（ACLU）表示，如果您被逮捕，您可以保持沉默，并应立即要求见律师。不要逃跑或反抗。
courthouse-arrest_not-barred_lawyer = 如果您或您认识的人因犯罪被逮捕，请要求见律师。First Defense Legal Aid（法律援助组织）的热线每天24小时为被逮捕的人联系免费的法律帮助。
courthouse-arrest_not-barred_icirr = 如果有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
courthouse-arrest_not-barred_status = 伊利诺伊州警察不得仅因某人的公民身份或移民身份，就拦截、逮捕、搜查或扣留此人。
courthouse-arrest_not-barred_immigration-court = 我们无法确认这项法院保护法律是否也适用于移民法庭。

## 结果：不确定是哪种逮捕

courthouse-arrest_unclear-arrest = 这取决于是哪种逮捕。
    .summary = 新闻报道说，伊利诺伊州2025年的法院保护法律禁止对前往法院的人进行民事逮捕，包括没有法官命令的移民逮捕，但不禁止因犯罪而进行的逮捕。这项法律正在法院受到挑战。
    .verdict = 据报道，没有法官的命令不得在这里进行民事逮捕
courthouse-arrest_unclear-arrest_civil = 有关第104-0440号公共法案（Public Act 104-0440）的报道说，它禁止对当事人、证人以及陪同他们的人进行民事逮捕，包括没有法官命令的移民逮捕。
courthouse-arrest_unclear-arrest_crime = 同样的报道说，这项法律不禁止因犯罪而进行的逮捕。
courthouse-arrest_unclear-arrest_ice-form = ICE表格（例如I-200或I-205表格）不是法官命令。伊利诺伊州法律把这些表格描述为没有经过任何法官批准的移民文件。
courthouse-arrest_unclear-arrest_challenge = 据新闻报道，美国司法部于2025年12月22日就这项法律起诉伊利诺伊州。截至我们找到的最新消息（2026年1月初），还没有裁决。
courthouse-arrest_unclear-arrest_rights = 据法律援助团体说，如果探员拦下您，您可以保持沉默，并问对方您是否可以离开。在与律师谈话之前，不要签署任何文件。
courthouse-arrest_unclear-arrest_lawyer = 在出庭日期之前，您可以就您的案件和移民情况咨询律师。如果您在库克县有刑事案件，库克县公设辩护人办公室设有移民部（Immigration Division）。证人，或者陪同别人去法院的人，应该咨询自己的律师，或者打电话给ICIRR热线。
courthouse-arrest_unclear-arrest_icirr = 如果有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
courthouse-arrest_unclear-arrest_immigration-court = 我们无法确认这项法院保护法律是否也适用于移民法庭。
courthouse-arrest_unclear-arrest_police = 另外，伊利诺伊州总检察长2025年的指引说，伊利诺伊州各地的警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。

## 结果：因其他原因到法院

courthouse-arrest_other-reason = 据报道，这项法律保护因案件去法院的人，以及陪同他们的人。
    .summary = 如果您是因为其他原因到法院，伊利诺伊州2025年的法院保护法律可能不适用于您。您自己的权利仍然适用。
    .verdict = 据报道，可能不在法院保护法律的保护范围内
courthouse-arrest_other-reason_who = 据法律新闻网站Jurist报道，第104-0440号公共法案（Public Act 104-0440）保护当事人、证人，以及陪同他们去法院的人。
courthouse-arrest_other-reason_own-rights = 您自己的权利并不取决于这项法律。据法律援助团体说，您可以保持沉默，并问对方您是否可以离开。
courthouse-arrest_other-reason_challenge = 据新闻报道，美国司法部于2025年12月22日就这项法律起诉伊利诺伊州。截至我们找到的最新消息（2026年1月初），还没有裁决。
courthouse-arrest_other-reason_rights = 如果探员拦下您，请说您要保持沉默，并问：“我可以走了吗？”在与律师谈话之前，不要签署任何文件。
courthouse-arrest_other-reason_icirr = 如果有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
courthouse-arrest_other-reason_police = 伊利诺伊州总检察长2025年的指引说，伊利诺伊州各地的警察不得“以任何方式”协助移民探员。例外情况是：探员持有刑事令状，或者联邦法律明确要求。
