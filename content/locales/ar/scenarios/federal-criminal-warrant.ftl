# S7: وكلاء فيدراليون يقولون إن معهم مذكرة جنائية فيدرالية.
# المفاتيح: scenario_<id>، و <scenario>_<node>، و <scenario>_<node>_<answer, reason, step or note>.
# لغة بسيطة؛ لا نقل لنصوص القوانين؛ كل معلومة لها مصدر في ملف .toml.

scenario_federal-criminal-warrant = وكلاء فيدراليون يقولون إن معهم مذكرة جنائية
    .summary = مثلًا: يطلب الوكلاء من شرطة شيكاغو المساعدة في القبض على شخص بسبب جريمة فيدرالية، أو يُظهرون لأحد السكان ورقة يسمّونها مذكرة (warrant).

## سؤال: مَن وقّعها؟

federal-criminal-warrant_signed = مَن وقّع المذكرة؟
    .hint = { -judicial-warrant-definition } أما المذكرة الإدارية (administrative warrant) فهي نموذج من ICE، مثل النموذج I-200 أو I-205، يوقّعه ضابط هجرة، لا قاضٍ. وأمر الترحيل الصادر عن قاضي هجرة ليس مذكرة قضائية (أي مذكرة صادرة عن محكمة فيدرالية أو محكمة ولاية).
federal-criminal-warrant_signed_court-judge = قاضٍ أو قاضي صلح في محكمة، بسبب جريمة
federal-criminal-warrant_signed_immigration-officer = ضابط هجرة، على نموذج من ICE مثل I-200 أو I-205
federal-criminal-warrant_signed_immigration-judge = قاضي هجرة، مثلًا في أمر ترحيل
federal-criminal-warrant_signed_cannot-tell = لا أعرف مَن وقّعها

## النتيجة: مذكرة جنائية من محكمة

federal-criminal-warrant_judicial-warrant = يجوز للشرطة التصرف بموجب مذكرة جنائية فيدرالية موقَّعة من قاضٍ.
    .summary = المذكرة الجنائية الصادرة عن محكمة فيدرالية أو محكمة ولاية، والموقَّعة من قاضٍ، ليست ورقة تتعلق بالهجرة. والقيود التي يفرضها قانون المدينة وقانون الولاية على مساعدة وكلاء الهجرة لا تنطبق عليها.
    .verdict = يجوز لها التصرف بمذكرة جنائية من قاضٍ
federal-criminal-warrant_judicial-warrant_not-administrative = تقول قواعد إدارة شرطة شيكاغو نفسها إن المذكرة الجنائية ليست «مذكرة إدارية» إذا أصدرها قاضٍ بعد أن وجد سببًا محتملًا (probable cause)، أي سببًا وجيهًا للاعتقاد بأن جريمة قد ارتُكبت.
federal-criminal-warrant_judicial-warrant_state-definition = يقول قانون إلينوي إن «مذكرة الهجرة المدنية» لا تشمل أي مذكرة جنائية.
federal-criminal-warrant_judicial-warrant_ag-exception = تقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن منع الولاية للمساعدة المقدَّمة لوكلاء الهجرة لا ينطبق عندما تكون مع الوكلاء مذكرة جنائية.
federal-criminal-warrant_judicial-warrant_check-warrant = انظر إلى المذكرة. { -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = إذا كنت ضابطًا: تحقَّق من المذكرة قبل أن تساعد الوكلاء الفيدراليين. وأفادت CBS News Chicago في 27 يناير/كانون الثاني 2021 بأن أي طلب مساعدة من وكلاء الهجرة يجب أن يوافق عليه مشرف، لذلك استدعِ مشرفًا.
federal-criminal-warrant_judicial-warrant_rights = إذا قُبض عليك، يقول الاتحاد الأمريكي للحريات المدنية (ACLU) إن لك الحق في التزام الصمت وفي طلب محامٍ. وينصح أيضًا بألّا تهرب ولا تقاوم.
federal-criminal-warrant_judicial-warrant_lawyer = إذا قُبض عليك أو على شخص تعرفه، فاطلب محاميًا. الخط الساخن لمنظمة First Defense Legal Aid يوصل الناس بمساعدة قانونية مجانية بعد القبض عليهم، على مدار 24 ساعة.
federal-criminal-warrant_judicial-warrant_mixed = إذا أراد الوكلاء أيضًا المساعدة في اعتقالات تتعلق بالهجرة، فلا يجوز لشرطة شيكاغو المساعدة فيها.
federal-criminal-warrant_judicial-warrant_still-no-status = ومع ذلك، لا يجوز للشرطة إيقاف أي شخص أو القبض عليه أو احتجازه لمجرد وضعه من حيث الهجرة.
federal-criminal-warrant_judicial-warrant_no-transfer = ومع ذلك، لا يجوز لشرطة شيكاغو تسليم أي شخص إلى ICE لغرض الإنفاذ المدني لقوانين الهجرة وحده.

## النتيجة: نموذج من ICE موقَّع من ضابط هجرة

federal-criminal-warrant_administrative-warrant = هذه ليست مذكرة جنائية. لا يجوز لشرطة شيكاغو التصرف بموجبها.
    .summary = نموذج ICE الموقَّع من ضابط هجرة هو «مذكرة إدارية» (administrative warrant)، وليس مذكرة من قاضٍ. ولا يكفي لكي تقبض شرطة شيكاغو أو شرطة إلينوي على أي شخص أو تحتجزه.
    .verdict = لا يجوز لها التصرف بموجب نموذج من ICE
federal-criminal-warrant_administrative-warrant_admin-warrant = يقول { -wco } في شيكاغو إن شرطة المدينة لا يجوز لها إيقاف أي شخص أو القبض عليه أو احتجازه بسبب مذكرة إدارية.
federal-criminal-warrant_administrative-warrant_state-warrant = يقول { -trust } إن الشرطة في أي مكان في إلينوي لا يجوز لها احتجاز أي شخص لمجرد وجود «مذكرة هجرة مدنية»، أي ورقة تتعلق بالهجرة لم يوافق عليها أي قاضٍ، مثل النموذج I-200 أو I-205. ولا يجوز لها أيضًا تنفيذها بأي طريقة أخرى.
federal-criminal-warrant_administrative-warrant_no-help = لا يجوز لجهات المدينة وموظفيها، ومنهم الشرطة، مساعدة الوكلاء الفيدراليين في الإنفاذ المدني لقوانين الهجرة. { -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = إذا كنت ضابطًا: لا تقبض على أي شخص ولا تحتجزه بسبب هذا النموذج. وأفادت CBS News Chicago في 27 يناير/كانون الثاني 2021 بأن أي طلب مساعدة من وكلاء الهجرة يجب أن يوافق عليه مشرف، لذلك استدعِ مشرفًا.
federal-criminal-warrant_administrative-warrant_no-resist = إذا قبض عليك الوكلاء رغم ذلك، ينصح الاتحاد الأمريكي للحريات المدنية (ACLU) بألّا تهرب ولا تقاوم. حافظ على هدوئك، واطلب محاميًا.
federal-criminal-warrant_administrative-warrant_silent = يقول ACLU إن لك الحق في التزام الصمت وفي طلب محامٍ. هذه الحقوق مصدرها دستور الولايات المتحدة.
federal-criminal-warrant_administrative-warrant_write-down = إذا كان ذلك آمنًا، فاكتب ما حدث، مع التاريخ والوقت والمكان، وأي أسماء أو أرقام شارات.
federal-criminal-warrant_administrative-warrant_icirr = إذا قبض وكلاء الهجرة على أحد أفراد عائلتك، فاتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
federal-criminal-warrant_administrative-warrant_report-copa = يمكنك إبلاغ مكتب المساءلة المدنية للشرطة (COPA) عن ضابط في شرطة شيكاغو تصرّف بموجب نموذج من ICE.
federal-criminal-warrant_administrative-warrant_says-warrant = قد تكون كلمة «warrant» (مذكرة) مكتوبة في أعلى نموذج ICE، مثل النموذج I-200 الذي عنوانه «Warrant for Arrest of Alien» (مذكرة القبض على أجنبي). المهم هو مَن وقّعه: قاضٍ، أم ضابط هجرة.
federal-criminal-warrant_administrative-warrant_home-memo = صلاحيات ICE نفسها مسألة أخرى. نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE مؤرَّخ في 12 مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم النموذج I-205 وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع للدستور. وتمتد التقارير عنه حتى أبريل/نيسان 2026، وهي آخر معلومات وجدناها.
federal-criminal-warrant_administrative-warrant_ice-not-bound = هذه القوانين تقيّد ما تفعله شرطة شيكاغو وشرطة إلينوي. لكنها لا تمنع وكلاء الهجرة الفيدراليين من القيام باعتقالات بأنفسهم.

## النتيجة: أمر من قاضي هجرة

federal-criminal-warrant_removal-order = أمر الترحيل ليس مذكرة جنائية. لا يجوز لشرطة شيكاغو التصرف بموجبه.
    .summary = أمر الترحيل الصادر عن قاضي هجرة ليس مذكرة جنائية. وتَعُدّه قواعد شرطة شيكاغو «مذكرة إدارية» (administrative warrant)، ولا يجوز للشرطة التصرف بموجبها.
    .verdict = لا يجوز لها التصرف بموجب أمر ترحيل
federal-criminal-warrant_removal-order_cpd-definition = تعطي قواعد إدارة شرطة شيكاغو «المذكرة الإدارية» معنى واسعًا. فهي تشمل أي ورقة تتعلق بالهجرة تُستخدم للقبض على شخص أو احتجازه لسبب مدني يتعلق بالهجرة. وأمر الترحيل أحد الأمثلة التي تذكرها.
federal-criminal-warrant_removal-order_admin-warrant = يقول { -wco } في شيكاغو إن شرطة المدينة لا يجوز لها إيقاف أي شخص أو القبض عليه أو احتجازه بسبب مذكرة إدارية.
federal-criminal-warrant_removal-order_state-help = يقيّد { -trust } أيضًا الشرطة في أي مكان في إلينوي. وتقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن الشرطة لا يجوز لها مساعدة وكلاء الهجرة «بأي صفة كانت». والاستثناءات: عندما تكون مع الوكلاء مذكرة جنائية، أو عندما يشترط القانون الفيدرالي ذلك تحديدًا.
federal-criminal-warrant_removal-order_officer = إذا كنت ضابطًا: لا تقبض على أي شخص ولا تحتجزه بسبب أمر ترحيل. وأفادت CBS News Chicago في 27 يناير/كانون الثاني 2021 بأن أي طلب مساعدة من وكلاء الهجرة يجب أن يوافق عليه مشرف، لذلك استدعِ مشرفًا.
federal-criminal-warrant_removal-order_no-resist = إذا قبض عليك الوكلاء رغم ذلك، ينصح الاتحاد الأمريكي للحريات المدنية (ACLU) بألّا تهرب ولا تقاوم. حافظ على هدوئك، واطلب محاميًا.
federal-criminal-warrant_removal-order_silent = يقول ACLU إن لك الحق في التزام الصمت وفي طلب محامٍ. هذه الحقوق مصدرها دستور الولايات المتحدة.
federal-criminal-warrant_removal-order_icirr = إذا قبض وكلاء الهجرة على أحد أفراد عائلتك، فاتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
federal-criminal-warrant_removal-order_report-copa = يمكنك إبلاغ مكتب المساءلة المدنية للشرطة (COPA) عن ضابط في شرطة شيكاغو تصرّف بموجب أمر ترحيل.
federal-criminal-warrant_removal-order_home-memo = صلاحيات ICE نفسها مسألة أخرى. نشرت ABC News في يناير/كانون الثاني 2026 تقريرًا عن تعميم داخلي من ICE مؤرَّخ في 12 مايو/أيار 2025. يدّعي هذا التعميم أن الوكلاء يجوز لهم دخول المنزل بالقوة إذا كان معهم النموذج I-205 وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع للدستور. وتمتد التقارير عنه حتى أبريل/نيسان 2026، وهي آخر معلومات وجدناها.
federal-criminal-warrant_removal-order_ice-not-bound = هذه القوانين تقيّد ما تفعله شرطة شيكاغو وشرطة إلينوي. لكنها لا تمنع وكلاء الهجرة الفيدراليين من القيام باعتقالات بأنفسهم.

## النتيجة: لا تعرف مَن وقّعها

federal-criminal-warrant_unclear-paper = يتوقف ذلك على مَن وقّع الورقة.
    .summary = المذكرة الجنائية الموقَّعة من قاضٍ في محكمة هي وحدها التي تغيّر الجواب. أما نموذج ICE أو أمر الترحيل الصادر عن قاضي هجرة فلا يغيّره.
    .verdict = لا يجوز لها التصرف إلا بمذكرة جنائية من قاضٍ
federal-criminal-warrant_unclear-paper_if-ice-form = لنفترض أنها نموذج من ICE موقَّع من ضابط هجرة، مثل النموذج I-200 أو I-205. في هذه الحالة لا يجوز للشرطة القبض على أي شخص أو احتجازه بسببه.
federal-criminal-warrant_unclear-paper_if-removal-order = والأمر نفسه ينطبق على أمر الترحيل. فقواعد إدارة شرطة شيكاغو تَعُدّه «مذكرة إدارية»، لا مذكرة جنائية.
federal-criminal-warrant_unclear-paper_if-judge = إذا كانت مذكرة جنائية موقَّعة من قاضٍ في محكمة، فيجوز للشرطة التصرف بموجبها.
federal-criminal-warrant_unclear-paper_officer = إذا كنت ضابطًا: تحقَّق من الورقة قبل أن تفعل أي شيء. ابحث عن اسم محكمة في أعلى الورقة وعن توقيع قاضٍ. وأفادت CBS News Chicago في 27 يناير/كانون الثاني 2021 بأن أي طلب مساعدة من وكلاء الهجرة يجب أن يوافق عليه مشرف، لذلك استدعِ مشرفًا.
federal-criminal-warrant_unclear-paper_look = إذا أظهر لك الوكلاء ورقة، فتحقَّق هل هي مذكرة من قاضٍ. { -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = إذا قبض وكلاء الهجرة على أحد أفراد عائلتك، فاتصل أو أرسل رسالة نصية إلى الخط الساخن لدعم الأسر التابع لـ ICIRR، على مدار 24 ساعة.
federal-criminal-warrant_unclear-paper_supervisor = أفادت CBS News Chicago عام 2021 بأنه بموجب القانون البلدي المعدَّل، يجب أن يوافق مشرف في الشرطة على أي طلب مساعدة يقدّمه وكلاء الهجرة.
federal-criminal-warrant_unclear-paper_ice-not-bound = هذه القوانين تقيّد ما تفعله شرطة شيكاغو وشرطة إلينوي. لكنها لا تمنع وكلاء الهجرة الفيدراليين من القيام باعتقالات بأنفسهم.
