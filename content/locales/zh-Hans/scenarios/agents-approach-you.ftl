# 移民探员接近您时您的权利：街上、车里、工作场所、家中（docs/research/facts.md 第6节）。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；每项说法都在 .toml 中注明出处，并注明来自 ACLU 或移民法律资源中心（ILRC）。
# 这些权利来自美国宪法。

scenario_agents-approach-you = 移民探员接近您时，您有哪些权利
    .summary = 在街上、在车里、在工作场所或在家中。这些权利来自美国宪法，无论您的移民身份如何都适用。芝加哥的{ -wco }和{ -trust }限制的是警察和市政府工作人员，而不是联邦探员。

## 问题：您在哪里？

agents-approach-you_where = 探员接近您时，您在哪里？
    .hint = ICE（美国移民和海关执法局，U.S. Immigration and Customs Enforcement）是在美国境内执行移民法的联邦机构。
agents-approach-you_where_street = 在街上或其他公共场所
agents-approach-you_where_car = 在车里
agents-approach-you_where_work = 在工作场所
agents-approach-you_where_home = 在家中

## 结果：在街上

agents-approach-you_street = 您可以保持沉默，并问对方您是否可以离开。
    .summary = 法律援助团体表示，您可以保持沉默，并问对方您是否可以离开。如果可以，就冷静地走开，不要跑。
    .verdict = 可以保持沉默，并问是否可以离开
agents-approach-you_street_silent = ACLU表示，您有保持沉默的权利。如果您想行使这项权利，请大声说出来。
agents-approach-you_street_questions = ACLU表示，您不必说出自己在哪里出生，也不必说自己是不是公民，或者是怎样进入美国的。在边境和机场，以及对某些签证持有人，适用不同的规定。
agents-approach-you_street_leave = ILRC建议您问对方您是否可以离开。如果回答是可以，就冷静地离开。
agents-approach-you_street_search = 您可以拒绝让探员搜查您本人或您的物品。ACLU表示，如果执法人员怀疑您带有武器，可以隔着衣服拍身检查。
agents-approach-you_street_say-silent = 请说：“我要保持沉默。”
agents-approach-you_street_ask-leave = 请问：“我可以走了吗？”如果可以，就冷静地走开。不要跑。
agents-approach-you_street_no-lies = 不要说谎，也不要出示虚假证件。
agents-approach-you_street_no-resist = 即使您认为这次拦截不公平，也不要逃跑或反抗。
agents-approach-you_street_no-sign = 在与律师谈话之前，不要签署任何文件。
agents-approach-you_street_lawyer = 如果您被逮捕，请立即要求见律师。
agents-approach-you_street_red-card = 您可以把ILRC的“红卡”交给探员，卡上写明了您的权利。
agents-approach-you_street_icirr = 如需帮助，或者有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-approach-you_street_constitution = 据法律援助团体说，这些权利来自美国宪法，无论您的移民身份如何都适用。芝加哥的{ -wco }（Welcoming City Ordinance）和{ -trust }限制的是警察和市政府工作人员，而不是联邦探员。
agents-approach-you_street_papers = ACLU表示，如果您不是美国公民、但持有移民证件，在移民探员要求时应出示证件。ACLU还表示，如果您年满18岁，应随身携带这些证件。如果您没有证件，就说您要保持沉默。

## 结果：在车里

agents-approach-you_car = 如果探员示意您靠边停车，请停车。您可以保持沉默，并拒绝搜查。
    .summary = 法律援助团体表示，不要逃跑：停车并保持冷静。您可以保持沉默、拒绝搜查，并拒绝出示写明您是哪个国家的人的证件。
    .verdict = 可以保持沉默，并拒绝搜查
agents-approach-you_car_stop = 如果警察或移民探员示意您靠边停车，请停车。ACLU表示，不要逃跑，也不要反抗。
agents-approach-you_car_silent = ACLU表示，您有保持沉默的权利。您不必说出自己在哪里出生、是不是公民，或者是怎样进入美国的。
agents-approach-you_car_search = ACLU表示，您可以拒绝让探员搜查您的车。
agents-approach-you_car_nationality = 美国移民律师协会（American Immigration Lawyers Association，AILA）是一个由移民律师组成的团体。它还说，您可以拒绝出示写明您是哪个国家的人的身份证件。绝对不要出示假证件。
agents-approach-you_car_pull-over = 把车停在安全的地方。保持冷静。
agents-approach-you_car_say-silent = 如果有人问您问题，您可以说：“我要保持沉默。”
agents-approach-you_car_say-no-search = 如果探员要求搜查车辆，您可以拒绝。如果他们还是要搜，不要反抗。
agents-approach-you_car_passenger = ILRC建议您问对方您是否可以离开。如果您是乘客，您可以问：“我可以走了吗？”如果可以，就冷静地离开。
agents-approach-you_car_no-lies = 不要说谎，也不要出示虚假证件。
agents-approach-you_car_icirr = 如需帮助，或者有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-approach-you_car_constitution = 据法律援助团体说，这些权利来自美国宪法，无论您的移民身份如何都适用。芝加哥的{ -wco }（Welcoming City Ordinance）和{ -trust }限制的是警察和市政府工作人员，而不是联邦探员。
agents-approach-you_car_papers = ACLU表示，如果您不是美国公民、但持有移民证件，在移民探员要求时应出示证件。ACLU还表示，如果您年满18岁，应随身携带这些证件。如果您没有证件，就说您要保持沉默。

## 结果：在工作场所

agents-approach-you_work = 在工作场所，您同样可以保持沉默，并问对方您是否可以离开。
    .summary = 法律援助团体表示，在工作场所也适用同样的权利：您可以保持沉默，并问对方您是否可以离开。
    .verdict = 可以保持沉默，并问是否可以离开
agents-approach-you_work_silent = ACLU表示，您有保持沉默的权利。如果您想行使这项权利，请大声说出来。
agents-approach-you_work_questions = ACLU表示，您不必说出自己在哪里出生，也不必说自己是不是公民，或者是怎样进入美国的。对某些签证持有人，适用不同的规定。
agents-approach-you_work_leave = ILRC建议您问对方您是否可以离开。如果回答是可以，就冷静地离开。
agents-approach-you_work_no-run = ACLU建议，即使您认为探员侵犯了您的权利，也不要逃跑或反抗。
agents-approach-you_work_say-silent = 请说：“我要保持沉默。”
agents-approach-you_work_ask-leave = 请问：“我可以走了吗？”如果可以，就冷静地走开。不要跑。
agents-approach-you_work_no-lies = 不要说谎，也不要出示虚假证件。
agents-approach-you_work_no-sign = 在与律师谈话之前，不要签署任何文件。
agents-approach-you_work_lawyer = 如果您被逮捕，请立即要求见律师。
agents-approach-you_work_icirr = 如需帮助，或者有人被移民探员逮捕，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-approach-you_work_constitution = 据法律援助团体说，这些权利来自美国宪法，无论您的移民身份如何都适用。芝加哥的{ -wco }（Welcoming City Ordinance）和{ -trust }限制的是警察和市政府工作人员，而不是联邦探员。
agents-approach-you_work_papers = ACLU表示，如果您不是美国公民、但持有移民证件，在移民探员要求时应出示证件。ACLU还表示，如果您年满18岁，应随身携带这些证件。如果您没有证件，就说您要保持沉默。

## 结果：在家中

agents-approach-you_home = 您可以不开门，并保持沉默。
    .summary = 您不必开门。法律援助团体表示，探员需要有法官签署的令状或得到您的允许，才能进入您家。
    .verdict = 不必开门
agents-approach-you_home_door = ILRC的“红卡”建议不要给移民探员开门；如果探员没有法官签署的令状，就拒绝让他们进来。{ -judicial-warrant-definition }
agents-approach-you_home_silent = 据法律援助团体说，您有权保持沉默，也有权不签署任何文件。
agents-approach-you_home_search = ACLU表示，您可以拒绝让探员搜查您的住宅。
agents-approach-you_home_keep-closed = 把门关好。如果您有红卡，可以隔着窗户出示，或从门下塞出去。
agents-approach-you_home_slide-warrant = 请探员把任何令状从门下塞进来。这样您不用开门就能看。
agents-approach-you_home_say-silent = 请说：“我要保持沉默。”
agents-approach-you_home_no-sign = 在与律师谈话之前，不要签署任何文件。
agents-approach-you_home_no-resist = 如果探员还是进来了，不要进行身体上的反抗。记下发生的事情，并打电话求助。
agents-approach-you_home_icirr = 如需帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
agents-approach-you_home_constitution = 据法律援助团体说，这些权利来自美国宪法，无论您的移民身份如何都适用。芝加哥的{ -wco }（Welcoming City Ordinance）和{ -trust }限制的是警察和市政府工作人员，而不是联邦探员。
agents-approach-you_home_ice-form = ICE表格（例如I-200或I-205表格）是一种“行政令状”（administrative warrant）。它由移民官员签署，而不是由法官签署，所以它不是法官签署的令状。移民法官发出的递解令也不是法官签署的令状（即联邦法院或州法院签发的令状）。
agents-approach-you_home_memo = ABC新闻在2026年1月报道了一份日期为2025年5月12日的ICE备忘录。该备忘录声称，对于有最终递解令的人，探员可以凭I-205表格强行进入其住宅。这一说法存在争议。相关报道一直持续到2026年4月，这是我们找到的最新信息；我们没有找到法院对此的裁决。关着的门无法在物理上挡住探员，所以不要反抗。
