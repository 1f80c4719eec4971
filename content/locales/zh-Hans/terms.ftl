# 术语：在其他消息中使用的名称。在此统一翻译一次；各法律术语的统一译法见
# ../../../docs/research/glossary.md（从仓库根目录：docs/research/glossary.md）以及本目录的 glossary.md。

-wco = 《欢迎城市条例》
-trust = 伊利诺伊州《TRUST法案》
-site-name = Know Your Rights Chicago

# TODO(translate)
-civil-immigration-enforcement-definition = Civil immigration enforcement is federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
# TODO(translate)
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
