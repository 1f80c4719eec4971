# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = 演示模式：{ $situation }
present-follow = 用手机跟着看
present-follow-scan = 请用手机相机扫描二维码，或者输入这个地址：
present-follow-type = 请在手机浏览器中输入这个地址：
present-qr-needs-site = 这些幻灯片上没有二维码（QR码）：网站的这份副本在构建时没有设置网址（KYR_SITE_URL设置）。请改为把地址念出来。
present-start = 开始
present-step-qr = 在手机上打开这一步
present-reveal-question = 法律怎么规定？
present-reveal = 揭晓答案
present-room-answers = 在场各位的回答
present-notes = 给培训人员的备注
present-keys = 按键
present-key-next = 下一个：高亮显示的答案，或下一张幻灯片
present-key-back = 后退一步
present-key-choose = 高亮显示另一个答案
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
