# 术语：在其他消息中使用的名称。在此统一翻译一次；各法律术语的统一译法见
# ../../../../shared/law/GLOSSARY.md（从仓库根目录：../shared/law/GLOSSARY.md）以及本目录的 glossary.md。

-wco = 《欢迎城市条例》
-trust = 伊利诺伊州《TRUST法案》
-site-name = Know Your Rights Chicago
