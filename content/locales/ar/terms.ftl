# المصطلحات: أسماء تُستخدم داخل رسائل أخرى. تُترجم هنا مرة واحدة؛ انظر glossary.md في هذا المجلد
# (و docs/research/glossary.md من جذر المستودع) للترجمة المعتمدة لكل مصطلح قانوني.

-wco = قانون المدينة المرحِّبة
-trust = قانون TRUST في إلينوي
-site-name = Know Your Rights Chicago

# TODO(translate)
-civil-immigration-enforcement-definition = Civil immigration enforcement is federal action to find, arrest, hold or deport people because of a suspected civil immigration violation, such as being in the U.S. without permission. It is not a criminal investigation.
# TODO(translate)
-judicial-warrant-definition = A judge's warrant (a judicial warrant) is issued by a federal or state court and signed by a judge or magistrate judge of that court, not by an immigration judge. It has the court's name at the top, and it names the place to be searched or the person to be arrested.
