# 术语：在其他消息中使用的名称。在此统一翻译一次；各法律术语的统一译法见
# ../../../docs/research/glossary.md（从仓库根目录：docs/research/glossary.md）以及本目录的 glossary.md。

-wco = 《欢迎城市条例》
-trust = 伊利诺伊州《TRUST法案》
-site-name = Know Your Rights Chicago

-civil-immigration-enforcement-definition = 简单地说，民事移民执法是指联邦政府因为怀疑有人违反民事移民规定（例如未经许可身在美国），而查找、逮捕、扣留或递解出境此人的行动。它不是刑事调查。
-judicial-warrant-definition = 法官签署的令状（司法令状，judicial warrant）由联邦法院或州法院签发，并由该法院的法官或治安法官签署，而不是由移民法官签署。令状顶部写有法院的名称，并写明要搜查的地点或要逮捕的人。
