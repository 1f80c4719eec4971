# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = 演示模式：{ $situation }
present-follow = 用手机跟着看
present-follow-scan = 请用手机相机扫描二维码，或者输入这个地址：
present-follow-type = 请在手机浏览器中输入这个地址：
present-qr-needs-site = 给培训人员：这些幻灯片上没有二维码（QR码），因为网站在构建时没有设置网址（KYR_SITE_URL设置）。请把这张幻灯片上的地址念给在场的人听，并事先用手机确认这个地址能打开。
present-start = 开始
present-step-qr = 在手机上打开这一步
present-reveal-question = 答案是什么？
present-reveal = 揭晓答案
present-room-answers = 目前已选的答案
present-notes = 给培训人员的备注
present-keys = 按键
present-key-next = 下一个：高亮显示的答案、长幻灯片的其余部分，或下一张幻灯片
present-key-back = 后退：长幻灯片的顶部，或后退一步
present-key-choose = 高亮显示另一个答案（在其他幻灯片上：滚动）
present-key-first = 第一个问题
present-key-end = “用手机跟着看”幻灯片（供扫描的二维码）
present-key-blank = 让屏幕变黑，再按一次恢复显示
present-key-notes = 显示或隐藏这些备注
present-key-leave = 离开：在网站上打开这一步
present-second-language = 第二种语言，显示在第一种语言旁边
present-second-none = 无
present-second-failed = 第二种语言无法加载。请检查网络连接，或者把网站的这种语言也保存以便离线使用。
present-leave = 退出演示模式
present-enter = 用投影仪演示这种情况（供培训人员使用）
present-blanked = 屏幕已变黑。按B键恢复显示。
# $minutes: the whole plan's length in minutes.
present-plan = { $minutes }分钟的计划
# $minutes: one part's length.
present-minutes = { $minutes }分钟
present-prompts = 讨论题
present-room-questions = 大家常问的问题，以及网站上哪里有答案
present-quiz-title = 误解与事实：小测验
present-quiz-says = 有些人说：
present-quiz-vote = 是真的，还是误解？请大家举手投票，然后揭晓答案。
present-quiz-end = 这是最后一条说法。谢谢大家！
