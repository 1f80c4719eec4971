# The page where community groups get the code that shows the situations on their own website
# (/<lang>/embed). Only that page uses these messages (the part `partners`; see `bundle::part_of`).

partners-title = 把这份指南放到您的网站上
partners-intro = 社区团体可以在自己的网站上展示这些情况。指南显示在一个框架里，框架会自动调整高度，适合每一步的内容。请选择选项，查看预览，然后复制代码，粘贴到您的页面中。
partners-language = 语言
partners-start = 起始页面
partners-start-list = 所有情况的列表
partners-accent = 强调色（只用于边框，让文字依然清晰易读）
# $default: the address quick exit goes to unless the partner chooses one (https://www.weather.gov/).
partners-exit = “快速离开”按钮前往的地址（这个按钮会立即离开指南）：请填写以https://开头的地址。请选择一个和移民毫无关系的网站，例如天气网站或新闻网站。留空则使用{ $default }。
partners-exit-invalid = 这个地址不是以https://开头的，所以“快速离开”会前往{ $default }。
partners-preview = 预览
partners-preview-note = 在预览中，“快速离开”也同样有效：它会离开本页面，您做的选择也会丢失。
partners-preview-title = 指南预览：您网站的访客会看到的样子
partners-code = 用于您页面的代码
partners-code-help = 把代码粘贴到您想让指南显示的位置：您页面的HTML中，或者建站工具中用于HTML或嵌入代码（embed）的区块里。在WordPress中，请使用“Custom HTML”（自定义HTML）区块。
partners-copy = 复制代码
partners-copied = 已复制。现在请把它粘贴到您的页面中。
partners-copy-failed = 在这个浏览器中复制没有成功。代码现在已经选中，请手动复制（按Ctrl+C，Mac上按⌘+C）。
partners-needs-script = 要更改选项，请在浏览器中开启JavaScript。在此之前，下面的代码会用本页面的语言显示所有情况的列表。
partners-no-script = 如果您的网站会删除代码中的<script>这一行（有些免费套餐和网页制作工具会这样做），框架仍然可以使用：它会保持640像素高，内容在框内滚动。如果您的网站连框架也删除，请改为在您的页面上放一个指向本指南的链接。
partners-privacy = 框架不设置cookie，也不使用任何统计分析工具。您自己网站的cookie和统计分析工具仍然适用于页面的其余部分。在框架内使用“快速离开”，会用上面的快速离开地址替换您的整个页面。快速离开无法删除浏览器的历史记录。网页发布后，请在您的页面上试一下“快速离开”，确认整个页面都会被替换。
