# 界面文字。这里的 id 不含下划线；每个 id 都会成为应用组件使用的常量（msg::SITE_NAME），
# 因此缺少或拼错 id 会导致构建失败。

site-name = { -site-name }
site-tagline = 用通俗的话讲清楚芝加哥和伊利诺伊州的法律对警察和移民问题有哪些规定，并注明出处。
skip-to-content = 跳到主要内容
nav-home = 首页
nav-label = 网站

home-title = 了解您在芝加哥的权利
home-intro = 请选择一种情况。我们会问几个简短的问题，然后说明法律怎么规定、为什么这样规定，以及您可以怎么做。
home-audience = 适用对象：{ $audience }
audience-resident = 居民
audience-officer = 警员和市政府工作人员
audience-trainer = 培训人员

step-back = 返回
step-start-over = 重新开始
step-answers-heading = 您目前的回答
step-change = 修改
step-change-label = 修改您对这个问题的回答：{ $question }
step-choose = 请选择一个答案。


outcome-why = 原因
outcome-what-you-can-do = 您可以怎么做
outcome-good-to-know = 值得了解
outcome-help = 谁可以帮忙
outcome-sources = 本答案的出处
outcome-start-over = 从头再看这种情况
outcome-home = 查看其他情况

cite-label = 出处：
status-secondary = 来自报道，并非法律原文
kind-guidance = 指引
kind-report = 新闻报道
kind-policy = 警察政策
challenge-label = 正在法院受到挑战
challenge-as-of = 最新信息：{ $date }

help-call = 拨打 { $number }
help-text = 发短信至 { $number }
help-tty = TTY（听障专线）：{ $number }
help-checked = 号码核实日期：{ $date }。
help-source = 我们在哪里核实

reviewed = 最近核对：{ $date }
not-legal-advice = 这是一般性信息，不构成法律建议。如需针对您个人情况的建议，请咨询律师。

not-found-title = 找不到该页面
not-found-body = 我们找不到这个页面。链接可能已过期或输入有误。
not-found-home = 前往首页
bad-step-title = 我们无法打开这个链接
bad-step-unknown-scenario = 没有名为“{ $name }”的情况。
bad-step-unknown-answer = “{ $answer }”不是这一步的答案选项。
bad-step-past-outcome = 这个链接超出了这种情况的最后一步。
bad-step-keep = 从最后一个相符的步骤继续
bad-step-restart = 从头开始这种情况

date-long = { $year }年{ $month }月{ $day }日

page-description = 用通俗的语言并附出处，说明芝加哥{ -wco }（Welcoming City Ordinance）和{ -trust }对警察和市政府工作人员有哪些要求。
noscript = 目前本网站需要JavaScript才能显示页面。您仍然可以阅读原始出处：《芝加哥市政法典》（Municipal Code of Chicago）第2-173章，以及{ -trust }（5 ILCS 805）。

nav-law = 法律资料库
nav-myths = 误解与事实
nav-help = 寻求帮助
nav-about = 关于本站

home-featured-heading = 从这里开始
home-group-resident = 居民适用
home-group-officer = 警员和市政府工作人员适用
home-group-trainer = 培训人员适用
home-your-rights-heading = 您自己的权利
home-your-rights-intro = 这些权利来自美国宪法，并不是芝加哥或伊利诺伊州的法律创设的。{ -wco }和{ -trust }限制的是警察和市政府工作人员的行为，而不是联邦探员的行为。有两项规定确实约束联邦探员：一是伊利诺伊州2025年的一项法律，即第104-0440号公共法案（Public Act 104-0440），目前正在法院受到挑战（最新信息：2026年1月5日）；二是一项关于ICE在芝加哥地区无令状逮捕的联邦法院命令（Castañon Nava v. DHS）。根据我们找到的最新消息（2025年10月），这项命令的有效期到2026年2月2日。
# 首页的常见问题（精选的误解与事实）以及用语解释页。
home-questions-heading = 常见问题
glossary-title = 本网站使用的词语
glossary-intro = 本网站上的法律用语是什么意思。每条解释都链接到其出处。
nav-glossary = 用语解释
home-more = 更多：

law-index-title = 法律资料库
law-index-intro = 本网站依据的每一项法律条文和每一个资料来源，都用通俗的话加以说明，并附官方原文链接。
law-citation = 法条出处
law-binds = 约束对象
binds-city = 芝加哥市政府机构和雇员，包括警察
binds-illinois-police = 伊利诺伊州的州和地方警察
binds-chicago-police = 仅限芝加哥警察局
binds-certifying-agencies = 伊利诺伊州负责为U签证和T签证申请签署认证的机构，包括检察官
binds-everyone-in-illinois = 在伊利诺伊州行事的任何人，包括联邦探员（正在法院受到挑战）
binds-ice-chicago-area = 美国移民和海关执法局（ICE）的芝加哥辖区
binds-cook-county = 库克县，包括县警长（Sheriff）
binds-institutions = 伊利诺伊州的医院、公立大专院校和托儿中心
binds-no-one = 不约束任何人：这是我们引用的资料，不是法律
law-official-text = 阅读官方原文
law-source-link = 阅读资料来源
law-used-in = 用到这一条的情况
law-not-used = 目前还没有任何情况用到这一条。
law-status-verified = 我们在官方网站上读过这段原文。
law-status-secondary = 我们是从新闻报道、指引或摘要中得知这些内容的，而不是来自法律原文。请谨慎看待其中的细节。
law-status-unverified = 我们无法读到这段原文。
law-myths = 用到这一条的误解与事实
myth-situations = 解释这一点的情况

myths-title = 误解与事实
myths-intro = 关于芝加哥和伊利诺伊州移民相关法律，人们常听到一些说法。这里说明法律的真正规定。
myth-label = 误解
fact-label = 事实
myth-why = 原因

help-title = 寻求帮助
help-intro = 这些号码都在各机构自己的网站上核实过。我们只列出能在那里核实的号码。
help-emergency = 如果现在有人受伤或有危险，请拨打911。

about-title = 关于本网站
about-who-heading = 本网站由谁制作
about-who = Know Your Rights Chicago 是由公民科技志愿者开发的免费开源项目。它不是政府网站，也不是律师事务所。
about-sources-heading = 内容从哪里来
about-sources = 每个答案都以一份书面研究资料为依据。这份资料引用了《芝加哥市政法典》和伊利诺伊州法律的官方原文，以及可靠的新闻报道。本网站的每一项说法都链接到其出处。如果我们无法读到某项法律的原文，我们会说明是谁报道的，或者干脆不写。
about-review-heading = 如何核对
about-review = 每个情况页面和法律页面都会显示我们最近一次根据研究资料核对的日期。法律和法院案件会发生变化：在依靠这里的任何内容之前，请先查看日期和出处。
about-report-heading = 报告错误
about-report = 如果这里有内容错误或已经过时，请告诉我们。请附上页面地址，以及能证明正确法律内容的出处。
about-report-link = 报告错误
about-report-no-address = 如果这里有内容错误或已经过时，请告诉把这个网站分享给您的团体。请附上页面地址，以及能证明正确法律内容的出处。
about-privacy-heading = 您的隐私
about-privacy = 本网站不会向任何其他网站发出请求。它不设置cookie，不使用任何统计分析工具，也不保存您阅读或回答的任何内容。
about-partners-heading = 把这份指南放到您的网站上
about-partners = 社区团体可以用本网站的任何一种语言，在自己的网站上展示这些情况。
about-partners-link = 获取用于您网站的代码

quick-exit = 快速离开
quick-exit-hint = 立即离开本网站。您也可以连按三次Shift键。
nav-card = 权利卡
safety-title = 阅读时如何保护自己的安全
safety-quick-exit-heading = 快速离开
safety-quick-exit = 点击“快速离开”按钮，或连按三次Shift键，会清空本页面，并在原处打开一个天气网站。之后再按“返回”，也不会回到您刚才阅读的页面。
safety-limits-heading = 快速离开无法隐藏什么
safety-limits = 快速离开无法删除您的浏览器历史记录。查看历史记录的人，或者监视、监控您手机或电脑的人，仍然可以看到您访问过本网站。如果不想留下历史记录，请使用隐私（无痕）浏览窗口，或者只有您自己使用的设备。
safety-privacy = 本网站本身不保存您阅读或回答的任何内容，不设置cookie，也不向任何其他网站发送任何信息。但是，如果您使用了“保存以便离线使用”（在“关于本站”页面上），网站页面的一份副本会留在这台设备上，直到您删除它为止；使用这台设备的其他人可能会找到它。
footer-safety = 安全浏览

card-title = 您的权利卡
card-intro = 您可以隔着窗户把这张卡给移民探员看，或者把它从门下塞出去。
card-english = 英文版
card-rights-source = 这些权利来自美国宪法，内容依据法律援助团体的解释。无论您的移民身份如何，这些权利都适用。
card-print = 打印这张卡
card-print-hint = 打印一张钱包大小的卡片和一页说明资料。

step-progress = 第 { $current } 题，共 { $total } 题
step-progress-up-to = 第 { $current } 题，最多 { $total } 题
read-aloud = 朗读
read-aloud-stop = 停止朗读
print-page-address = 本页地址：{ $url }

language-label = 语言
translation-notice = 本页面由机器翻译，尚未经过任何合格人员核对，因此法律细节可能有误。
translation-notice-link = 阅读本页英文版
load-error = 抱歉，本网站的文字无法加载。请检查网络连接，然后重新加载页面。
crash-title = 出了点问题
crash-text = 本页面停止运行了。请重新加载页面再试一次。上方的“快速离开”按钮仍然可以使用。
crash-reload = 重新加载页面

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = ！
verdict-icon-depends = ？
# 结果中的结论评判的是谁的行为；作为结论前的标签（“芝加哥警察：不得提供协助”）。
actor-chicago-police = 芝加哥警察
actor-illinois-police = 伊利诺伊州的警察和监狱
actor-certifying-agencies = 为U签证和T签证出具证明的机构（警察、检察官）
actor-city = 市政府工作人员
actor-other-offices = 其他机构
actor-cook-county = 库克县监狱
actor-institutions = 医院、大专院校和托儿中心
actor-immigration-agents = 移民探员
actor-you = 您
# 显示在关于居民自身权利的情况的结论下方。
verdict-guidance = 法律援助团体关于您宪法权利的建议，不是市或州的法律规定。

offline-heading = 离线使用本网站
offline-explain = 您可以把本网站用您的语言显示的页面保存在这台设备上，以便在没有网络连接时阅读。这样会在设备上留下一份副本，使用这台设备的其他人可能会找到它。除非您自己选择保存，否则不会保存任何内容。
offline-save = 保存以便离线使用
offline-saving = 正在保存……
offline-saved = 已保存。这种语言的页面现在无需网络连接也能使用。
offline-remove = 删除离线副本
offline-removed = 离线副本已删除。
offline-unavailable = 这个浏览器无法保存本网站以便离线使用。
offline-error = 保存没有成功。请检查网络连接，然后再试一次。

# The share control at the end of every page: the phone's share sheet, or the page's address copied
# (an embed page gives the same step on the site itself). share-copy-this comes before a box
# holding the link and is also that box's spoken label.
share = 分享本页
share-copied = 链接已复制。
share-copy-this = 复制这个链接：
