# S15：ICE没有令状就逮捕了某人，或在交通拦截时逮捕了某人（Castañon Nava 法院命令）。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言，八年级或以下阅读水平；每项说法都在 .toml 中注明出处。关于这项法院命令的一切内容，
# 都注明来自这起案件的律师或新闻报道，并注明日期；不承诺任何人一定会获释。

scenario_warrantless-arrest = ICE没有令状就逮捕了某人，或在交通拦截时逮捕了某人
    .summary = 例如，移民探员拦下一辆车并带走了某人，或者没有出示令状就逮捕了您的家人。在芝加哥地区，一项联邦法院命令也许能帮上忙。

## 问题：逮捕发生在哪里？

warrantless-arrest_where = 逮捕发生在哪里？
    .hint = 请选择逮捕发生的地点，而不是此人居住的地方。
warrantless-arrest_where_chicago-area = 在伊利诺伊州、印第安纳州、威斯康星州、密苏里州、堪萨斯州或肯塔基州
warrantless-arrest_where_elsewhere = 在其他州

## 问题：逮捕是怎么发生的？

warrantless-arrest_how = 逮捕是怎么发生的？
    .hint = 如果您没有看到逮捕过程，请选择“我不知道”。
warrantless-arrest_how_no-warrant = 据我所知，探员没有令状
warrantless-arrest_how_car-stop = 起因是探员拦下了一辆车
warrantless-arrest_how_warrant = 探员出示了令状
warrantless-arrest_how_not-sure = 我不知道

## 结果：法院命令可能适用

warrantless-arrest_may-apply = 一项联邦法院命令也许能帮上忙。请告诉这起案件的律师，并马上寻求帮助。
    .summary = 这起案件的律师说，一项联邦法院命令限制了ICE在这一地区的某些无令状逮捕和拦车时的逮捕，以这种方式被逮捕的人也许可以依据它请求帮助。获释没有保证，而且我们的最新消息（2025年10月）说，这项命令的有效期到2026年2月2日，所以请向NIJC或ICIRR询问它现在是否仍然有效。
    .verdict = 这起案件的律师说，受到2022年一项法院命令的限制（最新信息：2025年10月）
warrantless-arrest_may-apply_court-order = 据起诉方的律师，即全国移民正义中心（National Immigrant Justice Center，NIJC）和美国公民自由联盟伊利诺伊州分会（ACLU of Illinois）说，一家联邦法院于2022年2月8日批准了Castañon Nava v. DHS一案的和解。他们把它描述为一项限制ICE自身行为的法院命令。它不是市法律或州法律。
warrantless-arrest_may-apply_policy = 律师们说，这项命令使ICE采用了一项全国性政策，限制某些无令状逮捕和某些拦截车辆的行动。
warrantless-arrest_may-apply_remedies = 律师们说，在ICE芝加哥辖区内没有令状就被逮捕、或在车辆被拦截时被逮捕的人，也许可以依据这项命令请求补救。获释可能是其中一种补救，但永远没有把握。ICE芝加哥辖区包括伊利诺伊州、印第安纳州、威斯康星州、密苏里州、堪萨斯州和肯塔基州。
warrantless-arrest_may-apply_dates = 新闻报道说，2025年10月7日，一名联邦法官认定ICE违反了这项命令，下令释放一些人，并把这项命令的有效期延长到2026年2月2日。报道还说，后来一家上诉法院限制了其中一些释放令。我们没有找到更新的消息，所以不知道这项命令现在是否仍然有效。
warrantless-arrest_may-apply_tell-lawyers = NIJC关于这项和解的网页提供了一种途径，可以把可能的违规情况告诉这起案件的律师。请尽快使用，并问他们这项命令现在是否仍然有效、是否适用于这次逮捕。
warrantless-arrest_may-apply_icirr = 如需为家人寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
warrantless-arrest_may-apply_write-down = 请尽快记下您知道的情况：日期、时间和地点，探员有没有出示任何文件，逮捕是不是从拦车开始的，以及任何姓名、警徽编号或车牌号。保留所有照片或视频。
warrantless-arrest_may-apply_background = 律师们说，这起案件起因于2018年5月ICE在芝加哥周边的一次行动，当时有100多人被捕。其中一些人是在没有令状的情况下被捕的，还有一些探员在交通拦截时冒充当地警察。
warrantless-arrest_may-apply_police-role = 如果芝加哥警察参与了，那是另一个问题。芝加哥警察不得仅因认为某人未经许可身在美国，或违反了民事移民规定，就拦截、逮捕或扣留此人。您可以向芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）举报芝加哥警察。
warrantless-arrest_may-apply_laws-limit-police = 芝加哥的{ -wco }和{ -trust }限制的是警察和市政府工作人员的行为，并不能阻止联邦探员进行逮捕。这项法院命令不同：这起案件的律师说，它限制的是ICE本身。

## 结果：探员出示了令状

warrantless-arrest_warrant-shown = 这项法院命令可能不适用于这次逮捕，但您仍然可以寻求帮助。
    .summary = 据这起案件的律师说，这项法院命令适用于ICE芝加哥辖区内的无令状逮捕和拦截车辆时的逮捕。如果探员有令状，它可能不适用，所以请询问这起案件的律师或ICIRR。
    .verdict = 可能不在这项法院命令的范围内；这起案件的律师说，该命令适用于无令状逮捕
warrantless-arrest_warrant-shown_scope = 据Castañon Nava v. DHS一案起诉方的律师，即全国移民正义中心（National Immigrant Justice Center，NIJC）和美国公民自由联盟伊利诺伊州分会（ACLU of Illinois）说，这项法院命令针对的是ICE芝加哥辖区内的无令状逮捕和拦截车辆时的逮捕。
warrantless-arrest_warrant-shown_ask = 在NIJC的网页上，您可以把可能的违规情况告诉律师。您可以问他们这项命令是否适用于所发生的事情。
warrantless-arrest_warrant-shown_dates = 新闻报道说，2025年10月，一名联邦法官把这项命令的有效期延长到2026年2月2日。我们没有找到更新的消息，所以不知道它现在是否仍然有效。
warrantless-arrest_warrant-shown_tell-lawyers = 如果您不确定探员是否真的有令状，或者逮捕是从拦车开始的，请通过NIJC的网页告诉这起案件的律师。
warrantless-arrest_warrant-shown_icirr = 如需为家人寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
warrantless-arrest_warrant-shown_write-down = 请尽快记下您知道的情况：日期、时间和地点，文件上写了什么、是谁签署的，以及任何姓名、警徽编号或车牌号。把您拿到的任何文件拍照或复印保存。
# TODO(translate)
warrantless-arrest_warrant-shown_ice-form = The paper may be an ICE form, such as Form I-200 or I-205, signed by an immigration officer. { -judicial-warrant-definition } An ICE form is not a judge's warrant. We do not know how the court order treats one, so ask the lawyers in the case whether it changes anything.
warrantless-arrest_warrant-shown_laws-limit-police = 芝加哥的{ -wco }和{ -trust }限制的是警察和市政府工作人员的行为，并不能阻止联邦探员进行逮捕。

## 结果：不在ICE芝加哥辖区内

warrantless-arrest_outside-area = 这起案件的律师说，这项法院命令只适用于ICE芝加哥辖区。
    .summary = 据这起案件的律师说，这项法院命令适用于在伊利诺伊州、印第安纳州、威斯康星州、密苏里州、堪萨斯州和肯塔基州发生的逮捕。如果逮捕发生在其他州，请在当地寻求法律帮助。
    .verdict = 不在这项法院命令的范围内；这起案件的律师说，该命令只适用于ICE芝加哥辖区
warrantless-arrest_outside-area_area = 据Castañon Nava v. DHS一案起诉方的律师，即全国移民正义中心（National Immigrant Justice Center，NIJC）和美国公民自由联盟伊利诺伊州分会（ACLU of Illinois）说，这项法院命令适用于在ICE芝加哥辖区被逮捕的人：伊利诺伊州、印第安纳州、威斯康星州、密苏里州、堪萨斯州和肯塔基州。
# TODO(translate)
warrantless-arrest_outside-area_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge extended the order to February 2, 2026. We found nothing newer, so we do not know whether it still applies.
warrantless-arrest_outside-area_icirr = 如需为伊利诺伊州的家庭寻求帮助，请拨打或发短信给ICIRR家庭支援热线（ICIRR Family Support Hotline），每天24小时服务。
warrantless-arrest_outside-area_write-down = 请尽快记下您知道的情况：日期、时间和地点，探员有没有出示任何文件，以及任何姓名、警徽编号或车牌号。
