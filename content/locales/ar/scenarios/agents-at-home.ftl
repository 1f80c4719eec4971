# S9: وكلاء الهجرة يطرقون باب منزل.
# المفاتيح: scenario_<id>، و <scenario>_<node>، و <scenario>_<node>_<answer, reason, step or note>.
# لغة بسيطة؛ لا نقل لنصوص القوانين؛ كل معلومة لها مصدر في ملف .toml.
# حقوق الساكن نفسه مصدرها دستور الولايات المتحدة، ومنسوبة إلى ILRC و ACLU.

scenario_agents-at-home = وكلاء الهجرة يطرقون بابك
    .summary = ما يمكنك فعله عندما يأتي وكلاء الهجرة إلى منزلك، وما يجوز لشرطة شيكاغو فعله. حقوقك عند الباب مصدرها دستور الولايات المتحدة، لا قانون شيكاغو ولا قانون إلينوي.

## سؤال: ماذا يحدث؟

agents-at-home_door = ماذا يحدث في منزلك؟
    .hint = ICE (إدارة الهجرة والجمارك الأمريكية، U.S. Immigration and Customs Enforcement) هي الجهة الفيدرالية التي تطبّق قانون الهجرة داخل البلاد. أما ضباط شرطة شيكاغو فيعملون لدى المدينة.
agents-at-home_door_knocking = الوكلاء يطرقون الباب ويريدون الدخول
agents-at-home_door_coming-in = الوكلاء يدخلون دون إذني
agents-at-home_door_police-there = شرطة شيكاغو موجودة مع الوكلاء
# TODO(translate)
agents-at-home_door_removal-order = Agents show a paper from an immigration judge, such as a removal order

## سؤال: هل معهم مذكرة؟

agents-at-home_paper = هل مع الوكلاء مذكرة (warrant)؟
    .hint = المذكرة القضائية (judicial warrant) يوقّعها قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة) من محكمة. وتذكر اسم الشخص أو المكان. أما المذكرة الإدارية (administrative warrant) فهي نموذج من ICE، مثل النموذج I-200 أو I-205، يوقّعه ضابط هجرة، لا قاضٍ.
agents-at-home_paper_judge-signed = نعم، مذكرة موقَّعة من قاضٍ
agents-at-home_paper_ice-form = نعم، لكنها نموذج من ICE موقَّع من ضابط هجرة
agents-at-home_paper_no-paper = لا، أو يرفضون إظهارها
agents-at-home_paper_cannot-tell = لا أعرف ما نوع هذه الورقة

## النتيجة: لا توجد مذكرة

# TODO(translate): .verdict below is in English
agents-at-home_no-warrant = تقول منظمات المساعدة القانونية إن الوكلاء لا يجوز لهم الدخول دون مذكرة من قاضٍ أو دون إذنك.
    .summary = لست مضطرًا لفتح الباب. هذه النصيحة يقدّمها مركز موارد المهاجرين القانونية (ILRC) والاتحاد الأمريكي للحريات المدنية (ACLU)، وهما منظمتان للمساعدة القانونية. هذه الحقوق مصدرها دستور الولايات المتحدة، لا قانون شيكاغو ولا قانون إلينوي.
    .verdict = do not have to open the door
agents-at-home_no-warrant_red-card = تنصح «البطاقة الحمراء» الصادرة عن ILRC بألّا تفتح الباب لوكلاء الهجرة. وتقول إنه يحق لك رفض دخولهم دون مذكرة من قاضٍ. ويجب أن تكون المذكرة موقَّعة من قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة)، وعليها اسمك.
agents-at-home_no-warrant_constitution = تستند البطاقة الحمراء في ذلك إلى التعديل الرابع لدستور الولايات المتحدة. ويقول ACLU إن لك هذه الحقوق مهما كان وضعك من حيث الهجرة.
agents-at-home_no-warrant_silent = لك أيضًا الحق في التزام الصمت. يقول ACLU إنك لست مضطرًا للإجابة عن مكان ولادتك. ولست مضطرًا أيضًا لأن تقول هل أنت مواطن أم لا، أو كيف دخلت الولايات المتحدة.
agents-at-home_no-warrant_keep-closed = أبقِ الباب مغلقًا. إذا كانت معك بطاقة حمراء، فأظهِرها من خلال النافذة أو مرِّرها من تحت الباب.
agents-at-home_no-warrant_slide-warrant = اطلب من الوكلاء أن يمرِّروا أي مذكرة من تحت الباب. هكذا يمكنك قراءتها دون أن تفتح الباب.
agents-at-home_no-warrant_stay-silent = قُل بصوت مسموع إنك تريد التزام الصمت. لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_no-warrant_no-lies = لا تكذب، ولا تُظهر أوراقًا مزوَّرة.
agents-at-home_no-warrant_no-resist = إذا دخل الوكلاء رغم ذلك، فلا تقاوم جسديًا. ينصح ACLU بألّا تقاوم، حتى لو كنت تعتقد أن حقوقك تُنتهك.
agents-at-home_no-warrant_write-down = إذا كان ذلك آمنًا، فاكتب ما يحدث. سجّل التاريخ والوقت وما قاله الوكلاء، وأي أسماء أو أرقام شارات.
agents-at-home_no-warrant_icirr = للحصول على المساعدة، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_no-warrant_memo = نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE يعود إلى مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم نموذج ICE رقم I-205 وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع للدستور. لم نجد أي حكم قضائي بشأنه.
agents-at-home_no-warrant_police = لا يجوز لشرطة شيكاغو إغلاق الطرق أو تقديم أي دعم آخر في الموقع للإنفاذ المدني لقوانين الهجرة. ويعني ذلك الإجراءات الفيدرالية للبحث عن أشخاص أو القبض عليهم أو احتجازهم أو ترحيلهم لأنهم موجودون في الولايات المتحدة دون إذن.
agents-at-home_no-warrant_ice-not-bound = قوانين شيكاغو وإلينوي تقيّد ما تفعله الشرطة وموظفو المدينة. لكنها لا تمنع الوكلاء الفيدراليين من التصرف بأنفسهم.

## النتيجة: نموذج من ICE (مذكرة إدارية)

# TODO(translate): .verdict below is in English
agents-at-home_ice-form = تقول منظمات المساعدة القانونية إن نموذج ICE لا يسمح للوكلاء بالدخول، لكن ICE تعترض على ذلك في بعض الحالات.
    .summary = نموذج ICE الموقَّع من ضابط هجرة هو «مذكرة إدارية» (administrative warrant). لم يوقّعه أي قاضٍ. وتقول منظمات المساعدة القانونية إنه لا يسمح للوكلاء بدخول منزلك دون إذنك.
    .verdict = may not come in on an ICE form alone, legal-aid groups say; ICE disputes this in some cases
agents-at-home_ice-form_not-judge = النماذج مثل I-200 وI-205 يوقّعها ضابط هجرة. ولا يوافق عليها أي قاضٍ. وقواعد شرطة شيكاغو وقانون إلينوي كلاهما يميّزانها عن المذكرات الجنائية التي يوقّعها قاضٍ.
agents-at-home_ice-form_red-card = يوزّع مركز موارد المهاجرين القانونية (ILRC) «بطاقة حمراء». وهي تقول إنه يحق لك رفض دخول الوكلاء دون مذكرة من قاضٍ. ويجب أن تكون المذكرة موقَّعة من قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة)، وعليها اسمك.
agents-at-home_ice-form_memo = نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE يعود إلى مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم النموذج I-205 وأمر ترحيل نهائي. ويقول إنهم يجوز لهم استخدام القوة «اللازمة والمعقولة» إذا رُفض دخولهم.
agents-at-home_ice-form_contested = هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع لدستور الولايات المتحدة. لم نجد أي حكم قضائي بشأنه.
agents-at-home_ice-form_slide-warrant = اطلب من الوكلاء أن يمرِّروا الورقة من تحت الباب. انظر إلى رقم النموذج، وإلى مَن وقّعه.
agents-at-home_ice-form_keep-closed = أبقِ الباب مغلقًا. إذا كانت معك بطاقة حمراء، فأظهِرها من خلال النافذة أو مرِّرها من تحت الباب.
agents-at-home_ice-form_stay-silent = قُل بصوت مسموع إنك تريد التزام الصمت. لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_ice-form_say-no = قُل بوضوح إنك لا توافق على دخولهم ولا على تفتيش منزلك.
agents-at-home_ice-form_no-resist = إذا دخل الوكلاء رغم ذلك، فلا تقاوم جسديًا. ينصح ACLU بألّا تقاوم، حتى لو كنت تعتقد أن حقوقك تُنتهك.
agents-at-home_ice-form_write-down = إذا كان ذلك آمنًا، فاكتب ما يحدث. سجّل التاريخ والوقت وما قاله الوكلاء، وأي أسماء أو أرقام شارات، وما كان مكتوبًا في الورقة.
agents-at-home_ice-form_icirr = للحصول على المساعدة، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_ice-form_final-order = يتعلق التعميم بالأشخاص الذين صدر بحقهم أمر نهائي بمغادرة الولايات المتحدة («أمر ترحيل نهائي»، final removal order). إذا لم تكن متأكدًا هل صدر بحقك أمر كهذا، فاسأل محاميًا.
agents-at-home_ice-form_police = لا يجوز لشرطة شيكاغو إغلاق الطرق أو تقديم أي دعم آخر في الموقع للإنفاذ المدني لقوانين الهجرة. ويعني ذلك الإجراءات الفيدرالية للبحث عن أشخاص أو القبض عليهم أو احتجازهم أو ترحيلهم لأنهم موجودون في الولايات المتحدة دون إذن.
agents-at-home_ice-form_ice-not-bound = قوانين شيكاغو وإلينوي تقيّد ما تفعله الشرطة وموظفو المدينة. لكنها لا تمنع الوكلاء الفيدراليين من التصرف بأنفسهم.

## النتيجة: مذكرة موقَّعة من قاضٍ

# TODO(translate): .verdict below is in English
agents-at-home_judicial-warrant = تقول منظمات المساعدة القانونية إن مذكرة القاضي التي تحمل اسمك تسمح للوكلاء بالدخول.
    .summary = المذكرة القضائية (judicial warrant) يوقّعها قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة) من محكمة. وتذكر اسم الشخص أو المكان. وحتى مع وجودها، يبقى لك الحق في التزام الصمت.
    .verdict = may enter with a judge's warrant
agents-at-home_judicial-warrant_red-card = يوزّع مركز موارد المهاجرين القانونية (ILRC) «بطاقة حمراء». وهي ترفض دخول الوكلاء إلا إذا كانت معهم مذكرة موقَّعة من قاضٍ أو قاضي صلح، وعليها اسمك. والمذكرة من هذا النوع هي الاستثناء.
agents-at-home_judicial-warrant_still-silent = يبقى لك الحق في التزام الصمت. ولست مضطرًا للتوقيع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_judicial-warrant_lawyer = إذا قُبض عليك، ينصح ACLU بأن تطلب محاميًا فورًا.
agents-at-home_judicial-warrant_check-warrant = اطلب من الوكلاء أن يمرِّروا المذكرة من تحت الباب. تأكّد أنها تذكر اسم محكمة، وأنها موقَّعة من قاضٍ أو قاضي صلح (magistrate)، وأنها تحمل اسمك أو عنوانك.
agents-at-home_judicial-warrant_no-resist = لا تقاوم جسديًا. ينصح ACLU بألّا تهرب ولا تقاوم.
agents-at-home_judicial-warrant_stay-silent = قُل بصوت مسموع إنك تريد التزام الصمت. لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_judicial-warrant_icirr = للحصول على المساعدة، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_judicial-warrant_not-judge = نموذج ICE الموقَّع من ضابط هجرة، مثل النموذج I-200 أو I-205، ليس مذكرة من قاضٍ. ويبقى الأمر كذلك حتى لو كانت كلمة «warrant» (مذكرة) مكتوبة في أعلاه.
agents-at-home_judicial-warrant_ice-not-bound = قوانين شيكاغو وإلينوي تقيّد ما تفعله الشرطة وموظفو المدينة. لكنها لا تمنع الوكلاء الفيدراليين من التصرف بأنفسهم.

## النتيجة: لا تعرف ما هذه الورقة

# TODO(translate): .verdict below is in English
agents-at-home_unclear-paper = يتوقف ذلك على مَن وقّع الورقة.
    .summary = تقول منظمات المساعدة القانونية إن المذكرة الموقَّعة من قاضٍ وحدها تسمح للوكلاء بالدخول دون إذنك. وتقول إن نموذج ICE الموقَّع من ضابط هجرة لا يكفي. لكن ICE تعترض على ذلك في بعض الحالات.
    .verdict = may enter only with a judge's warrant, legal-aid groups say
agents-at-home_unclear-paper_if-judge = يوزّع مركز موارد المهاجرين القانونية (ILRC) «بطاقة حمراء». وهي ترفض دخول الوكلاء إلا إذا كانت معهم مذكرة موقَّعة من قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة)، وعليها اسمك.
agents-at-home_unclear-paper_if-ice-form = نموذج ICE، مثل النموذج I-200 أو I-205، يوقّعه ضابط هجرة. وقواعد شرطة شيكاغو وقانون إلينوي كلاهما يميّزانه عن مذكرة القاضي.
agents-at-home_unclear-paper_memo = نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE يعود إلى مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم النموذج I-205 وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف. لم نجد أي حكم قضائي بشأنه.
agents-at-home_unclear-paper_check-paper = اطلب من الوكلاء أن يمرِّروا الورقة من تحت الباب. مذكرة القاضي تذكر اسم محكمة، ويوقّعها قاضٍ أو قاضي صلح (magistrate). أما نموذج ICE فعليه رقم نموذج، مثل I-200 أو I-205، وتوقيع ضابط هجرة.
agents-at-home_unclear-paper_keep-closed = أبقِ الباب مغلقًا أثناء التحقق. إذا كانت معك بطاقة حمراء، فأظهِرها من خلال النافذة أو مرِّرها من تحت الباب.
agents-at-home_unclear-paper_stay-silent = قُل بصوت مسموع إنك تريد التزام الصمت. لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_unclear-paper_no-resist = إذا دخل الوكلاء رغم ذلك، فلا تقاوم جسديًا. ينصح ACLU بألّا تقاوم، حتى لو كنت تعتقد أن حقوقك تُنتهك.
agents-at-home_unclear-paper_icirr = للحصول على المساعدة، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_unclear-paper_police = لا يجوز لشرطة شيكاغو إغلاق الطرق أو تقديم أي دعم آخر في الموقع للإنفاذ المدني لقوانين الهجرة. ويعني ذلك الإجراءات الفيدرالية للبحث عن أشخاص أو القبض عليهم أو احتجازهم أو ترحيلهم لأنهم موجودون في الولايات المتحدة دون إذن.
agents-at-home_unclear-paper_ice-not-bound = قوانين شيكاغو وإلينوي تقيّد ما تفعله الشرطة وموظفو المدينة. لكنها لا تمنع الوكلاء الفيدراليين من التصرف بأنفسهم.

## النتيجة: الوكلاء يدخلون دون إذن

# TODO(translate): .verdict below is in English
agents-at-home_forced-entry = هل يجوز للوكلاء الدخول؟ يتوقف ذلك على المذكرة التي معهم. وفي كل الأحوال، لا تقاوم.
    .summary = الباب المغلق أو البطاقة الحمراء لا يستطيعان منع الوكلاء جسديًا. تنصح منظمات المساعدة القانونية بألّا تقاوم. ويبقى لك الحق في التزام الصمت. إذا كنت تعتقد أن حقوقك انتُهكت، فتحدَّث مع محامٍ بعد ذلك.
    .verdict = need a judge's warrant to come in, legal-aid groups say; ICE claims more in some cases
agents-at-home_forced-entry_need-warrant = يوزّع مركز موارد المهاجرين القانونية (ILRC) «بطاقة حمراء». وهي تقول إنه يحق لك رفض دخول الوكلاء دون مذكرة من قاضٍ. ويجب أن تكون المذكرة موقَّعة من قاضٍ أو قاضي صلح (magistrate، وهو قاضٍ يوقّع المذكرات، وليس قاضي هجرة)، وعليها اسمك.
agents-at-home_forced-entry_memo = نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE يعود إلى مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم نموذج ICE رقم I-205 وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع للدستور. لم نجد أي حكم قضائي بشأنه.
agents-at-home_forced-entry_no-resist = ينصح ACLU بألّا تهرب ولا تجادل ولا تقاوم، حتى لو كنت تعتقد أن حقوقك تُنتهك.
agents-at-home_forced-entry_say-no = قُل بوضوح: «أنا لا أوافق على دخولكم ولا على التفتيش». ثم حافظ على هدوئك.
agents-at-home_forced-entry_stay-silent = قُل بصوت مسموع إنك تريد التزام الصمت. لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
agents-at-home_forced-entry_write-down = في أقرب وقت ممكن، اكتب ما حدث. سجّل التاريخ والوقت وعدد الوكلاء الذين جاؤوا، وأي أسماء أو أرقام شارات، وأي ورقة أظهروها.
agents-at-home_forced-entry_icirr = للحصول على المساعدة، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_forced-entry_bivens = قانون صدر في إلينوي عام 2025، هو قانون Bivens في إلينوي (Illinois Bivens Act)، يسمح للناس برفع دعاوى قضائية بسبب انتهاك حقوقهم أثناء الإنفاذ المدني لقوانين الهجرة. ويمكنهم أن يقاضوا الوكلاء الفيدراليين أيضًا. رفعت وزارة العدل الأمريكية دعوى قضائية لوقف هذا القانون في 22 ديسمبر/كانون الأول 2025. وحتى يناير/كانون الثاني 2026، وهي آخر أخبار وجدناها، لم يصدر أي حكم.
agents-at-home_forced-entry_police = لا يجوز لشرطة شيكاغو إغلاق الطرق أو تقديم أي دعم آخر في الموقع للإنفاذ المدني لقوانين الهجرة. ويعني ذلك الإجراءات الفيدرالية للبحث عن أشخاص أو القبض عليهم أو احتجازهم أو ترحيلهم لأنهم موجودون في الولايات المتحدة دون إذن.
agents-at-home_forced-entry_ice-not-bound = قوانين شيكاغو وإلينوي تقيّد ما تفعله الشرطة وموظفو المدينة. لكنها لا تمنع الوكلاء الفيدراليين من التصرف بأنفسهم.

## النتيجة: شرطة شيكاغو موجودة

# TODO(translate): .verdict below is in English
agents-at-home_police-role = لا يجوز لشرطة شيكاغو مساعدة الوكلاء في اعتقال يتعلق بالهجرة.
    .summary = هذا إنفاذ مدني لقوانين الهجرة، أي الإجراءات الفيدرالية للبحث عن أشخاص أو القبض عليهم أو احتجازهم أو ترحيلهم لأنهم موجودون في البلاد دون إذن. لا يجوز لشرطة شيكاغو المشاركة فيه. لكنها ما زالت تستجيب لحالات الطوارئ والجرائم.
    .verdict = may not help with the immigration arrest
agents-at-home_police-role_city-law = يقول { -wco } في شيكاغو إن جهات المدينة وموظفيها، ومنهم الشرطة، لا يجوز لهم المشاركة في الإنفاذ المدني لقوانين الهجرة. ولا يجوز لهم أيضًا مساعدة الوكلاء الفيدراليين فيه.
agents-at-home_police-role_no-support = لا يجوز للشرطة إقامة طوق مروري (إغلاق الطرق حول المكان) أو تقديم أي دعم آخر في الموقع لعملية إنفاذ مدني لقوانين الهجرة.
agents-at-home_police-role_no-arrest = لا يجوز للشرطة إيقاف أي شخص أو القبض عليه أو احتجازه لمجرد أنها تعتقد أنه موجود في الولايات المتحدة دون إذن. وقانون إلينوي يقول الشيء نفسه بالنسبة للشرطة في أي مكان في الولاية.
agents-at-home_police-role_state-help = يقيّد { -trust } أيضًا الشرطة في أي مكان في إلينوي. وتقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن الشرطة لا يجوز لها مساعدة وكلاء الهجرة «بأي صفة كانت». والاستثناءات: عندما تكون مع الوكلاء مذكرة جنائية، أو عندما يشترط القانون الفيدرالي ذلك تحديدًا.
agents-at-home_police-role_your-rights = حقوقك أنت لا تتغير. تنصح منظمات المساعدة القانونية بأن تُبقي الباب مغلقًا، وأن تطلب رؤية أي مذكرة بتمريرها من تحت الباب، وأن تلتزم الصمت.
agents-at-home_police-role_witness = إذا كان ذلك آمنًا، فاكتب التاريخ والوقت والمكان، وأي أرقام لشارات الشرطة أو لسياراتها.
agents-at-home_police-role_report-copa = إذا ساعد ضابط في شرطة شيكاغو في اعتقال يتعلق بالهجرة، يمكنك الإبلاغ عن ذلك إلى مكتب المساءلة المدنية للشرطة (COPA).
agents-at-home_police-role_report-oig = يمكنك إبلاغ مكتب المفتش العام التابع للمدينة عن موظف في المدينة لم يلتزم بالقانون البلدي.
agents-at-home_police-role_icirr = للحصول على المساعدة عندما يقبض وكلاء الهجرة على شخص ما، اتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
agents-at-home_police-role_emergency = ما زال يجوز للشرطة الاستجابة لاتصال على الرقم 911 أو التصرف في حالة جريمة، مهما كان وضع أي شخص من حيث الهجرة. وتقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن قانون الولاية لا يمنع الشرطة من أداء عملها في التحقيقات الجنائية.
agents-at-home_police-role_criminal-warrant = وتقول إرشادات المدعي العام أيضًا إن منع الولاية للمساعدة المقدَّمة لوكلاء الهجرة لا ينطبق عندما تكون مع الوكلاء مذكرة جنائية.
agents-at-home_police-role_supervisor = أفادت CBS News Chicago عام 2021 بأنه بموجب القانون البلدي المعدَّل، يجب أن يوافق مشرف في الشرطة على أي طلب مساعدة يقدّمه وكلاء الهجرة.
agents-at-home_police-role_ice-not-bound = هذه القوانين تقيّد ما تفعله شرطة شيكاغو وشرطة إلينوي. لكنها لا تمنع وكلاء الهجرة الفيدراليين من القيام باعتقالات بأنفسهم.
# TODO(translate)
agents-at-home_removal-order = A removal order is not a judge's warrant, but ICE claims it can enter with one. Do not resist.
    .summary = A paper from an immigration judge, such as a removal order, is not a judge's warrant. But ICE claims it may enter a home with Form I-205 and a final removal order: do not resist, stay silent, and call for help.
    .verdict = claim they may enter with this paper; that claim is contested
# TODO(translate)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Chicago police rules count a removal order as an "administrative warrant": an immigration paper, not a criminal warrant issued by a judge. Illinois law likewise calls immigration papers that no judge approved "civil immigration warrants".
# TODO(translate)
agents-at-home_removal-order_memo = ABC News reported in January 2026 on an ICE memo dated May 12, 2025. It claims agents may force their way into the home of a person with a final removal order, using ICE Form I-205 (a "warrant of removal" signed by an immigration officer). It says they may use "necessary and reasonable" force if refused.
# TODO(translate)
agents-at-home_removal-order_contested = This claim is contested as breaking the Fourth Amendment to the U.S. Constitution. Reporting on it runs to April 2026, the latest information we found. We found no court ruling on it.
# TODO(translate)
agents-at-home_removal-order_no-resist = Do not physically resist, even if you think the entry is unlawful. The ACLU says not to run, argue or resist.
# TODO(translate)
agents-at-home_removal-order_stay-silent = Say out loud that you want to remain silent. Do not sign anything before you talk to a lawyer.
# TODO(translate)
agents-at-home_removal-order_say-no = Say clearly: "I do not agree to you coming in or searching." Then stay calm.
# TODO(translate)
agents-at-home_removal-order_write-down = As soon as it is safe, write down what happened: the date, the time, how many agents came, any names or badge numbers, and what the papers said. Keep any copy they give you.
# TODO(translate)
agents-at-home_removal-order_icirr = For help, call or text the ICIRR Family Support Hotline, 24 hours a day.
# TODO(translate)
agents-at-home_removal-order_lawyer = The memo is about people with a final order to leave the U.S. If you are not sure whether you or someone at home has one, ask a lawyer.
# TODO(translate)
agents-at-home_removal-order_ice-not-bound = Chicago's { -wco } and the { -trust } limit what police and City workers do. They do not stop federal agents from acting on their own.
