# 误解与事实（../../myths.toml）：myth_<id> 是人们常说的误解，.fact 是简短的纠正，
# .explanation 用通俗的话说明原因。这里的每一项说法都在 myths.toml 中注明了出处。

myth_carve-outs = 如果某人有重罪记录或在帮派数据库里，芝加哥警察可以把他交给ICE。
    .fact = 自2021年起，这种说法是错误的。
    .explanation = 这项条例过去对有某些犯罪记录或在帮派数据库里的人设有例外。市议会在2021年1月以41票对8票取消了这些例外。如今，无论一个人有什么记录，市政府的警察都不得协助民事移民执法。
myth_detainer-48-hours = ICE的移民拘留请求在法律上要求监狱把人扣留48小时。
    .fact = 在伊利诺伊州，这种说法是错误的。
    .explanation = 移民拘留请求是ICE要求警察或监狱扣留某人的书面请求，不由法官签署。伊利诺伊州警察不得仅因移民拘留请求而扣留任何人，芝加哥的条例对市政府机构也有同样的规定。根据县立法网站上显示的库克县条例，县警长应拒绝移民拘留请求，除非有书面协议承诺偿还全部费用。
myth_ice-warrant-is-a-judges-warrant = ICE的“令状”和法官签署的令状是一回事。
    .fact = 错误。
    .explanation = I-200和I-205等ICE表格是由移民官员签署的，而不是由法官签署的。伊利诺伊州法律把它们称为民事移民令状。芝加哥和伊利诺伊州的警察不得因这类文件逮捕或扣留任何人。ABC新闻在2026年1月报道了一份ICE备忘录，该备忘录声称，这些表格加上最终递解令，就允许探员进入住宅。这一说法存在争议。
myth_sanctuary-stops-ice = 身为“庇护城市”，意味着ICE不能在芝加哥逮捕任何人。
    .fact = 错误。
    .explanation = 芝加哥的条例限制的是市政府机构和工作人员的行为。{ -trust }限制的是伊利诺伊州警察的行为。这两项法律都不约束联邦探员，所以ICE在芝加哥仍然拥有其联邦权力。
myth_police-ask-birthplace = 警察在拦截时可以问您在哪里出生。
    .fact = 对伊利诺伊州的警察来说，这是错误的。
    .explanation = 伊利诺伊州警察不得询问其拦截或扣留的任何人的公民身份、移民身份或出生地。少数有限的例外是：告知被逮捕的人可以联系本国领事馆，以及某些枪支法规要求的核查。
myth_cpd-cannot-respond = ICE在场时，芝加哥警察完全不能出警。
    .fact = 错误。
    .explanation = 芝加哥警察仍然会处理紧急情况并执行刑法。他们不得做的是协助民事移民执法本身，例如设置交通封锁线或提供现场支援。伊利诺伊州总检察长2025年的指引说，州法律并不妨碍警察在刑事调查中履行职责。
myth_traffic-control-is-not-help = 帮ICE管控交通不算真正的“协助”。
    .fact = 错误。
    .explanation = 条例明确点名了这一点：市政府人员不得为民事移民执法行动设置交通封锁线，也不得提供现场支援。
myth_court-struck-down = 法院已经推翻了芝加哥和伊利诺伊州的庇护法律。
    .fact = 错误。
    .explanation = 美国司法部于2025年2月就这些法律提起诉讼。联邦法官于2025年7月驳回了此案，美国政府随后向第七巡回上诉法院提起上诉。我们没有找到上诉的裁决。这些法律目前仍然写在市法典和伊利诺伊州法律中。
myth_no-sharing-at-all = 伊利诺伊州警察永远不能与联邦政府分享任何信息。
    .fact = 错误。
    .explanation = { -trust }规定，它不限制依据两项联邦法律（8 U.S.C. 1373 和 1644）发送或接收公民身份或移民身份信息。伊利诺伊州总检察长2025年的指引说，警察仍然会参与刑事调查。这些法律禁止的是协助民事移民执法，例如回答ICE关于释放日期的询问。芝加哥的条例也允许在成文法、法院命令或司法令状有要求时分享信息。
myth_calling-911-means-deportation = 没有合法身份的受害人打911，就会被递解出境。
    .fact = 对芝加哥和伊利诺伊州的警察来说，这是错误的。
    .explanation = 芝加哥和伊利诺伊州的警察不得仅因某人的移民身份而逮捕此人。市政府工作人员（包括警察）不得询问或分享他人的身份，只有少数有限的例外。犯罪受害人可以请警察签署申请U签证所需的表格。这些法律不约束联邦探员。
myth_started-in-2012 = 芝加哥的保护措施始于2012年。
    .fact = 部分错误。
    .explanation = 据Block Club Chicago报道，这项政策始于1985年哈罗德·华盛顿（Harold Washington）市长的一项行政命令，并于2006年首次写入市法典。{ -wco }（Welcoming City Ordinance）本身则始于2012年9月12日。
myth_no-rights-without-papers = 没有合法身份的人没有宪法权利，所以必须回答ICE的问题。
    .fact = 错误。
    .explanation = 美国公民自由联盟（ACLU）解释说，无论身份如何，在美国的每个人都有保持沉默的权利，也有拒绝同意搜查的权利。需要注意的一点：持有移民证件的非公民应随身携带证件，并在移民探员要求时出示。
myth_jails-rent-beds-to-ice = 伊利诺伊州的县监狱仍然可以把床位租给ICE。
    .fact = 自2022年1月起，这种说法是错误的。
    .explanation = 新闻报道和一项联邦法院判决都描述说，2021年对{ -trust }的修改禁止州和地方机构签订为移民拘留而关押人员的合同。现有合同必须在2022年1月1日前终止。
myth_courthouse-arrests-impossible = 在伊利诺伊州，现在已经不可能在法院发生移民逮捕了。
    .fact = 言过其实。
    .explanation = 伊利诺伊州2025年的一项法律禁止在法院大楼内及其周围1000英尺范围内，对前往法院、出庭或离开法院的人进行民事逮捕，包括没有法官命令的移民逮捕。它并不禁止刑事逮捕。美国司法部于2025年12月22日就这项法律提起诉讼，我们尚未找到任何裁决。
# TODO(translate)
myth_nothing-limits-ice = Nothing limits what ICE can do in Chicago.
    .fact = False, but the limits are narrow.
    .explanation = Chicago's { -wco } and the { -trust } limit what police and City workers do, not what ICE does. But some things do reach ICE. According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court order in a class action, Castañon Nava v. DHS, made ICE adopt a policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area may be able to ask for remedies under it. As of the latest information we found (October 2025), the order ran to February 2, 2026, so ask NIJC or the ICIRR hotline whether it still applies. A 2025 Illinois law also lets people sue anyone, federal agents included, who violates their constitutional rights during civil immigration enforcement. The U.S. Department of Justice sued over that law on December 22, 2025, and we found no ruling yet. And the Immigrant Legal Resource Center says everyone has rights under the U.S. Constitution, such as the right to stay silent, whatever their status.
# TODO(translate)
myth_stopped-for-status = Police can stop you just because they think you are undocumented.
    .fact = False for Chicago and Illinois police.
    .explanation = Chicago's { -wco } says City police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. The { -trust } says police anywhere in Illinois may not stop, arrest, search or hold anyone only because of their citizenship or immigration status. The word "only" matters: police may still act on a crime. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations. These laws limit police, not federal immigration agents.
# TODO(translate)
myth_calling-911-asks-status = If you call 911 in Chicago, the police will ask about your immigration status.
    .fact = False: Chicago police may not ask, except in narrow cases.
    .explanation = Chicago's { -wco } says City agencies and their workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow: a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case involving the City. The { -trust } also says police anywhere in Illinois may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold, with narrow exceptions. Police also may not stop or arrest anyone only because of their status. These laws say what police and City workers may not do. They do not bind federal agents, and they cannot promise that no record about you ever reaches a federal agency.
# TODO(translate)
myth_police-287g = Chicago or Illinois police can sign up to work as ICE agents under a "287(g)" agreement.
    .fact = False in Illinois.
    .explanation = A 287(g) agreement, under a federal program, lets local officers act as immigration agents. The Keep Illinois Families Together Act, passed in 2019, says no police agency or official in Illinois may enter into or stay in one. Chicago's { -wco } also bars City agencies from making such agreements. Police may still do their ordinary public-safety work. These laws limit police in Illinois, not federal immigration agents.
