# S13：市政府福利办公室或市政府表格询问移民身份。
# 键名：scenario_<id>、<scenario>_<node>、<scenario>_<node>_<answer、reason、step 或 note>。
# 通俗语言；不照抄法条原文；每项说法都在 .toml 中注明出处。

scenario_city-form-asks-status = 市政府办公室或表格询问您的移民身份
    .summary = 例如，申请市政府福利或服务的表格问您是不是公民；或者市政府工作人员问您有没有证件。

## 问题：是谁在问？

city-form-asks-status_who = 是谁在询问移民身份？
    .hint = 公民身份或移民身份，是指一个人是不是公民，以及是否获准、以何种方式获准在美国居留。
city-form-asks-status_who_city-form = 申请芝加哥市政府福利或服务的表格或申请书
city-form-asks-status_who_city-worker = 芝加哥市政府工作人员，当面或通过电话询问
city-form-asks-status_who_other-office = 其他办公室，例如州、县或联邦办公室，或者私人团体

## 问题：他们有没有说是法律要求的？

city-form-asks-status_reason = 这个办公室有没有说，是法律或法院命令要求问这个问题？
city-form-asks-status_reason_no-reason = 没有，或者他们没说
city-form-asks-status_reason_law-requires = 有，他们说是法律、联邦规定或法院命令要求的

## 结果：市政府不得询问

city-form-asks-status_city-may-not-ask = 市政府办公室不得询问您的移民身份。
    .summary = 芝加哥的{ -wco }（Welcoming City Ordinance）禁止在申请市政府福利、服务和机会的表格上询问身份，也禁止市政府工作人员询问任何人的身份。例外情况范围很窄。
    .verdict = 不得询问您的身份
city-form-asks-status_city-may-not-ask_forms = 该条例禁止某些市政府表格询问公民身份或移民身份。这些表格是指申请市政府福利、服务或机会的申请书、问卷和面谈表。
city-form-asks-status_city-may-not-ask_workers = 市政府机构和工作人员不得询问、保存或分享任何人的公民身份或移民身份。如果本人书面同意，可以分享。
city-form-asks-status_city-may-not-ask_review = 市政府各部门必须每年检查自己的表格，并删除这类问题。
city-form-asks-status_city-may-not-ask_ask-why = 您可以问这个办公室为什么要问，以及是哪项法律要求的。
city-form-asks-status_city-may-not-ask_city-worker = 如果您是市政府工作人员：不要询问移民身份。如果某份市政府表格问了这个问题，请告诉您的主管，以便修改表格。
city-form-asks-status_city-may-not-ask_report-oig = 有市政府部门或雇员没有遵守该条例？您可以向市监察长办公室（Office of Inspector General）举报。
city-form-asks-status_city-may-not-ask_exceptions = 如果成文法、联邦法规、法院命令或司法令状另有要求，这些限制就会让步。{ -judicial-warrant-definition }
city-form-asks-status_city-may-not-ask_city-only = 这条规定针对的是芝加哥市政府的福利、服务和机会。州、县和联邦的项目遵守它们自己的规定。

## 结果：办公室说是法律要求的

city-form-asks-status_may-be-required = 只有在法律、联邦规定、法院命令或法官签署的令状要求时，市政府办公室才可以询问。
    .summary = 芝加哥的{ -wco }（Welcoming City Ordinance）禁止在市政府表格上询问身份。例外情况是成文法、联邦法规、法院命令或司法令状有此要求。
    .verdict = 只有在负有法律义务时才可以询问
city-form-asks-status_may-be-required_exception = 该条例限制询问身份。如果成文法、联邦法规、法院命令或司法令状另有要求，这些限制就会让步。
city-form-asks-status_may-be-required_otherwise-no = 如果上述任何一项都没有要求，申请市政府福利、服务或机会的表格就不得询问身份。
city-form-asks-status_may-be-required_sharing = 市政府工作人员仍然不得分享您的身份，只有几种范围很窄的例外：您书面同意；成文法、联邦法规、法院命令或司法令状要求这样做；或者市政府的律师（市法律顾问办公室，Corporation Counsel）为涉及市政府的诉讼或类似程序而调查身份。
city-form-asks-status_may-be-required_ask-which-law = 问问这个办公室，是哪项法律或规定要求问这个问题。
city-form-asks-status_may-be-required_lawyer = 不确定要不要回答？请先咨询移民律师。
city-form-asks-status_may-be-required_city-worker = 如果您是市政府工作人员：在询问身份之前，请先向主管确认是哪项法律要求问这个问题。
city-form-asks-status_may-be-required_report-oig = 您认为某个市政府部门在没有真正法律理由的情况下询问身份？您可以向市监察长办公室（Office of Inspector General）举报。
city-form-asks-status_may-be-required_city-only = 这条规定针对的是芝加哥市政府的福利、服务和机会。州、县和联邦的项目遵守它们自己的规定。

## 结果：不是市政府办公室

city-form-asks-status_not-city = 这取决于是哪个办公室。芝加哥的条例适用的是芝加哥市政府的办公室。
    .summary = 芝加哥的{ -wco }（Welcoming City Ordinance）只约束芝加哥市政府机构及其工作人员。其他办公室遵守它们自己的规定，本指南不涉及那些规定。
    .verdict = 不受芝加哥这项条例的约束
city-form-asks-status_not-city_city-only = 该条例限制芝加哥市政府机构和工作人员询问身份，也限制申请市政府福利、服务和机会的表格询问身份。
city-form-asks-status_not-city_not-others = 市政府条例不约束州、县或联邦办公室，也不约束私人团体。
city-form-asks-status_not-city_ask-why = 您可以问这个办公室为什么需要这些信息，以及谁会看到这些信息。
city-form-asks-status_not-city_lawyer = 不确定要不要回答？请先咨询移民律师。
city-form-asks-status_not-city_sister-agencies = 我们无法读到该条例的定义部分，所以无法确定它是否适用于独立的公共机构，例如芝加哥公立学校（Chicago Public Schools）和芝加哥房屋管理局（Chicago Housing Authority）。
