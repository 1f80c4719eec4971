# 法律资料目录（../../law/catalogue.toml）：law_<id> 是简短标题，.summary 是通俗摘要，
# .challenge 是目录中设置了 challenged_as_of 的条目的法院挑战说明。
# law-group_<law> 是各组的名称。法条出处本身保留官方英文形式。

law-group_mcc-2-173 = 芝加哥{ -wco }（Welcoming City Ordinance）——《芝加哥市政法典》（Municipal Code of Chicago）第2-173章
law-group_trust-act = { -trust }（Illinois TRUST Act，5 ILCS 805）
law-group_ag-guidance = 伊利诺伊州总检察长的指引
law-group_cpd-directives = 芝加哥警察局（CPD）指令
law-group_news-reports = 新闻报道

-us-v-illinois-challenge = 美国司法部于2025年2月就这项法律提起诉讼（United States v. Illinois）。联邦法官于2025年7月驳回了此案，美国政府随后向第七巡回上诉法院提起上诉。我们没有找到上诉的裁决。

law_mcc-2-173-020-a = 市政府不得协助民事移民执法
    .summary = 市政府机构及其雇员（包括警察）不得参与民事移民执法，也不得在这方面协助联邦政府。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = 不得仅因怀疑移民身份而拦截或逮捕
    .summary = 市政府人员不得仅因认为某人未经许可身在美国，或违反了民事移民规定，就拦截、逮捕或扣留此人。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = 不得凭行政令状逮捕
    .summary = 市政府人员不得因行政令状而拦截、逮捕或扣留任何人，包括FBI的NCIC数据库中的移民记录。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = 不得把人移交给ICE
    .summary = 市政府人员不得仅为民事移民执法而把任何人移交给ICE羁押。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = 不得设置交通封锁线或提供现场支援
    .summary = 市政府人员不得为民事移民执法行动设置交通封锁线，也不得提供现场支援。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = 不得询问或分享移民身份
    .summary = 市政府人员不得询问、保存或分享任何人的公民身份或移民身份，除非：成文法、联邦法规、法院命令或司法令状有此要求；本人书面同意；或者市政府律师在案件中需要这些信息。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = 《TRUST法案》的立法目的
    .summary = 州法律没有赋予伊利诺伊州警察执行联邦民事移民法的权力。警员可以联系其他警察机构，查明某条数据库记录是民事性质还是刑事性质。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = 定义，包括“民事移民令状”
    .summary = 民事移民令状是指没有经过任何法官批准的移民文件，例如I-200、I-203、I-205和I-286表格，或FBI移民违规者档案中的记录。刑事令状不包括在内。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = 对协助联邦移民执法的限制
    .summary = 第15条限制伊利诺伊州警察可以为移民探员做的事。伊利诺伊州总检察长表示，该条禁止“以任何方式”提供协助，除非探员持有刑事令状，或联邦法律明确要求。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = 不得凭移民拘留请求或民事移民令状扣留他人
    .summary = 伊利诺伊州警察不得仅因移民拘留请求或民事移民令状而扣留任何人，也不得以其他方式执行这类文件。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = 不得仅因移民身份而拦截或逮捕
    .summary = 伊利诺伊州警察不得仅因某人的公民身份或移民身份，就拦截、逮捕、搜查或扣留此人。
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = 总检察长给警察的指引
    .summary = 伊利诺伊州总检察长发布的最新指引，说明州法律允许和不允许警察在移民事务中做什么。它是指引，不是法律。
law_cpd-s06-14-03 = CPD关于涉及公民身份事件的指令
    .summary = 芝加哥警察局用来执行{ -wco }（Welcoming City Ordinance）的指令。我们能读到的是2020年3月的版本；很可能已有更新的版本。
law_cbs-2021-supervisors = 关于2021年条例修改的新闻报道
    .summary = 一篇关于市议会2021年1月投票的新闻报道，其中说明了警察主管必须如何处理移民探员的协助请求。

law-group_voices-act = 《VOICES法案》（VOICES Act，5 ILCS 825）
law-group_keep-families-together = 《让伊利诺伊家庭团聚法案》（Keep Illinois Families Together Act）
law-group_pa-104-0440 = 第104-0440号公共法案（Public Act 104-0440，2025年）
law-group_cook-county-46-37 = 《库克县法典》（Cook County Code）§ 46-37
law-group_chicago-executive = 芝加哥市政府的行政措施
law-group_federal-policy = 联邦移民政策
law-group_residents-rights = 您自己的权利（美国宪法）

-pa-104-0440-challenge = 美国司法部于2025年12月22日就这项法律提起诉讼。我们尚未找到任何裁决。

law_mcc-2-173-005 = 这项条例为什么存在
    .summary = 市议会认定：公共安全有赖于每个人的合作，包括受害人和证人，无论他们有没有合法证件；市政府工作人员应当让移民居民受到有尊严的对待。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-c = 不得凭移民拘留请求扣留他人
    .summary = 市政府人员不得因移民拘留请求（ICE要求扣留某人的书面请求）而拦截、逮捕或继续扣留任何人。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-a = ICE不得接触市政府羁押的人
    .summary = 市政府机构不得让ICE探员接触其扣留的人，包括通过电话接触。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-b = 不得让ICE使用市政府设施进行问话
    .summary = 市政府机构不得让ICE探员使用市政府设施进行问话或其他调查。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-3 = 不得回答ICE关于羁押、释放日期或联系方式的询问
    .summary = 市政府人员不得花时间回答ICE关于某人羁押状态、释放日期或联系方式的询问。他们只可以向ICE询问某件事是否纯粹涉及民事移民违规。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-4 = 不得签订287(g)协议
    .summary = 市政府机构不得签订任何让其执行联邦民事移民法的协议，例如287(g)协议。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a = 何时可以分享身份信息
    .summary = 只有在成文法、联邦法规、法院命令或司法令状另有要求时，对移民身份信息的限制才让步。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-2 = 市政府表格不得询问身份
    .summary = 申请市政府福利、服务或机会的申请书和表格，不得询问公民身份或移民身份。各部门必须每年检查自己的表格。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-b = 不得为民事移民执法提供数据库访问权限
    .summary = 市政府机构不得为民事移民执法而让联邦机构直接访问其数据库。
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-069 = 警察局关于遵守条例情况的报告
    .summary = 芝加哥警察局每三个月向市长办公室和监察长报告其遵守该条例的情况。监察长会公布这些报告。
law_trust-805-15-d = 释放他人无需承担责任
    .summary = 警察机构或警员如果出于善意，释放了有移民拘留请求或民事移民令状的人，不会因这次释放而被追究法律责任，除非其行为属于故意或恣意（willful or wanton）。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-e = 不得询问身份或出生地
    .summary = 伊利诺伊州警察不得询问或调查其拦截、扣留或羁押的任何人的公民身份、移民身份或出生地。例外情况：告知被羁押的人可以联系本国领事馆，以及某些枪支法规要求的核查。
    .challenge = { -us-v-illinois-challenge }
law_trust-805-25-a = 每年向总检察长报告
    .summary = 伊利诺伊州每个警察机构每年都要向总检察长报告移民探员提出的请求，以及收到的移民拘留请求和民事移民令状，报告中不写任何人的姓名。
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_trust-805-25-b = No names in the yearly reports
    .summary = The yearly reports police agencies send the Attorney General may not include names or other details that identify a person.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_pa-100-0463 = The TRUST Act as first passed in 2017
    .summary = The Public Act that created the Illinois TRUST Act in 2017. Its original wording let police hold someone on a notice in LEADS, a police database, unless the notice clearly rested on an immigration paper no judge signed. That wording was removed in 2021.
law_voices-act = U签证和T签证认证
    .summary = 警察和检察官必须指定负责签署认证表格的官员（犯罪受害人申请U签证或T签证需要这份表格），公布如何申请，并接受通过律师或受害人服务机构提出的申请。
law_kifta-287g = 禁止287(g)协议
    .summary = 伊利诺伊州的任何警察机构或官员都不得签订或继续维持287(g)协议。这类协议会让地方警员充当联邦移民探员。
law_pa-104-0440-art-5 = 《伊利诺伊州Bivens法案》（Illinois Bivens Act）
    .summary = 允许个人依据州法律，起诉在民事移民执法过程中侵犯其宪法权利的任何人，包括联邦探员。
    .challenge = { -pa-104-0440-challenge }
law_pa-104-0440-art-10 = 《法院出入、安全与参与法》（Court Access, Safety, and Participation Act）
    .summary = 禁止在伊利诺伊州的法院大楼内及其周围1000英尺范围内，对前往法院、出庭或离开法院的人进行民事逮捕，包括没有法官命令的移民逮捕。
    .challenge = { -pa-104-0440-challenge }
# TODO(translate): .challenge below is in English
law_pa-104-0440-institutions = 医院、公立大专院校和托儿中心
    .summary = 要求医院、公立大专院校和持照托儿中心制定应对移民执法的政策，并限制学校和儿童看护中心在什么情况下可以透露移民身份。
    .challenge = According to news reports, the U.S. Department of Justice sued over Public Act 104-0440 on December 22, 2025, and the suit targets the law's lawsuit and courthouse parts, not these duties. As of early January 2026, the latest news we found, there was no ruling.
# TODO(translate): .challenge below is in English
law_cook-46-37 = 库克县关于ICE移民拘留请求的规定
    .summary = 库克县关于ICE移民拘留请求，以及ICE接触县监狱在押人员的条例。
    .challenge = { -us-v-illinois-challenge }
law_cpd-s02-06 = CPD关于U签证认证的指令
    .summary = 芝加哥警察局如何处理为犯罪受害人签署U签证认证表格的请求。
law_corp-counsel-guidance-2025 = 联邦探员到访时的市政府指引
    .summary = 由市政府律师制定、市长办公室于2025年1月公布的指引，供联邦探员到访市政府物业时市政府员工参考。
law_cbs-2025-ice-free-zones = 关于“无ICE区”（ICE-Free Zones）行政命令的新闻报道
    .summary = 一篇新闻报道，内容是市长2025年10月就市政府所有的场地和车库发布的行政命令。
law_suntimes-2021-carve-outs = 关于取消条例例外条款的新闻报道
    .summary = 一篇关于市议会2021年1月投票的新闻报道。这次投票取消了曾经允许警察在某些情况下协助ICE的例外条款。
law_o2021-117 = 2021年的条例修正案
    .summary = 市议会关于2021年1月27日通过的条例的官方记录。
law_blockclub-2021-history = 关于该条例历史的新闻报道
    .summary = 一篇关于芝加哥保护措施历史的新闻报道，从1985年的一项行政命令讲到2021年的修正案。
law_abc-2026-ice-home-entry-memo = 关于ICE进入住宅备忘录的新闻报道
    .summary = 一篇关于ICE 2025年5月一份备忘录的新闻报道。该备忘录于2026年1月公开，声称探员可以凭一份ICE表格和最终递解令进入住宅。这一说法存在争议，被指违反美国宪法第四修正案。
law_ilrc-red-cards = 移民法律资源中心（Immigrant Legal Resource Center）的“红卡”
    .summary = 人们可以随身携带、出示给移民探员看的卡片，上面写明了他们的宪法权利。
# TODO(translate)
law_aclu-immigrants-rights = ACLU: immigrants' rights
    .summary = The ACLU's advice on your rights when police or immigration agents stop or question you, whatever your immigration status.
# TODO(translate)
law_aila-know-your-rights = AILA: if ICE stops you in public
    .summary = A know-your-rights handout from the American Immigration Lawyers Association (AILA), a group of immigration lawyers.
law_jurist-2025-pa-104-0440 = 关于伊利诺伊州2025年移民逮捕相关法律的新闻报道
    .summary = 法律新闻网站Jurist关于第104-0440号公共法案（Public Act 104-0440）的报道：针对侵犯宪法权利行为的诉讼、法院保护措施，以及医院、大专院校和托儿中心的义务。

# TODO(translate)
law-group_castanon-nava = Castañon Nava v. DHS (a federal court order on ICE arrests)
# TODO(translate)
law_castanon-nava-decree = Court order limiting some ICE arrests without a warrant
    .summary = According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court approved this settlement on February 8, 2022. They say it made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops, and that people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. It is a court order, not a City or state law. As of the latest information we found (October 2025), it ran to February 2, 2026; we do not know whether it still applies.
# TODO(translate)
law_nijc-nava-settlement = NIJC's page on the Castañon Nava settlement
    .summary = The National Immigrant Justice Center, one of the lawyers for the people who sued, explains the settlement on this page. It also has a way to tell the lawyers about a possible violation.
