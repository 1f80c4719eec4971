# Punctuation and joins in this language. The app never writes punctuation itself: wherever it puts
# a label before its text, joins a list or adds a short aside, it uses
# these. Keep the spaces inside { "…" } exactly as this language needs them.

# 全角标点：“法律怎么规定：不允许”。
punct-label = { $label }：
# 列表用顿号：“居民、警员”。
punct-list = 、
# 括号内的补充说明用全角括号。
punct-aside = （{ $text }）
# 名称与说明之间用破折号。
punct-dash = ——
