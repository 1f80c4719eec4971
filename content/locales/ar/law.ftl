# كتالوج القوانين (../../law/catalogue.toml): law_<id> عنوان قصير، و .summary ملخص بسيط،
# و .challenge عبارة الطعن القضائي حيث يحدد الكتالوج challenged_as_of.
# law-group_<law> يسمّي كل مجموعة. المراجع القانونية نفسها تبقى بصيغتها الإنجليزية الرسمية.

law-group_mcc-2-173 = { -wco } (Welcoming City Ordinance) في شيكاغو (مدوّنة قوانين بلدية شيكاغو، الفصل 2-173)
law-group_trust-act = { -trust } (5 ILCS 805)
law-group_ag-guidance = إرشادات المدعي العام لولاية إلينوي
law-group_cpd-directives = توجيهات إدارة شرطة شيكاغو (CPD)
law-group_news-reports = تقارير إخبارية

-us-v-illinois-challenge = رفعت وزارة العدل الأمريكية دعوى قضائية بشأن هذا القانون في فبراير/شباط 2025 (United States v. Illinois). ردَّ قاضٍ فيدرالي الدعوى في يوليو/تموز 2025، فاستأنفت الحكومة الأمريكية أمام محكمة الاستئناف الفيدرالية للدائرة السابعة (Seventh Circuit). لم نجد أي حكم في هذا الاستئناف.

law_mcc-2-173-020-a = لا مساعدة من المدينة في الإنفاذ المدني لقوانين الهجرة
    .summary = لا يجوز لجهات المدينة وموظفيها، ومنهم الشرطة، المشاركة في الإنفاذ المدني لقوانين الهجرة، ولا مساعدة الحكومة الفيدرالية فيه.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = لا إيقاف ولا قبض بسبب الاشتباه في وضع الهجرة وحده
    .summary = لا يجوز لموظفي المدينة إيقاف أي شخص أو القبض عليه أو احتجازه لمجرد أنهم يعتقدون أنه موجود في الولايات المتحدة دون إذن، أو أنه خالف قاعدة مدنية من قواعد الهجرة.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = لا قبض بموجب المذكرات الإدارية
    .summary = لا يجوز لموظفي المدينة إيقاف أي شخص أو القبض عليه أو احتجازه بسبب مذكرة إدارية، ومن ذلك قيود الهجرة في قاعدة بيانات NCIC التابعة لمكتب التحقيقات الفيدرالي (FBI).
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = لا تسليم للأشخاص إلى ICE
    .summary = لا يجوز لموظفي المدينة تسليم أي شخص إلى احتجاز ICE لغرض الإنفاذ المدني لقوانين الهجرة وحده.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = لا أطواق مرورية ولا دعم في الموقع
    .summary = لا يجوز لموظفي المدينة إقامة طوق مروري (إغلاق الطرق حول المكان) أو تقديم دعم في الموقع لعملية من عمليات الإنفاذ المدني لقوانين الهجرة.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = لا سؤال عن وضع الهجرة ولا مشاركة له
    .summary = لا يجوز لموظفي المدينة طلب معلومات عن جنسية أي شخص أو وضعه من حيث الهجرة، ولا الاحتفاظ بها ولا مشاركتها، إلا إذا اقتضى ذلك تشريعٌ أو لائحة فيدرالية أو أمر محكمة أو مذكرة قضائية، أو وافق الشخص كتابيًا، أو احتاج محامو المدينة إليها في قضية.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = الغرض من قانون TRUST
    .summary = قانون الولاية لا يمنح شرطة إلينوي أي سلطة لإنفاذ قانون الهجرة الفيدرالي المدني. ويجوز للضباط التواصل مع جهة شرطة أخرى لمعرفة ما إذا كان قيدٌ في قاعدة بيانات مدنيًا أم جنائيًا.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = التعريفات، ومنها تعريف «مذكرة الهجرة المدنية»
    .summary = مذكرة الهجرة المدنية هي ورقة تتعلق بالهجرة لم يوافق عليها أي قاضٍ، مثل النماذج I-200 وI-203 وI-205 وI-286، أو قيد في ملف مخالفي قوانين الهجرة لدى مكتب التحقيقات الفيدرالي (FBI). ولا تدخل فيها المذكرات الجنائية.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = حدود مساعدة جهات إنفاذ قوانين الهجرة الفيدرالية
    .summary = يضع القسم 15 حدودًا لما يجوز لشرطة إلينوي فعله لوكلاء الهجرة. ويقول المدعي العام لولاية إلينوي إنه يمنع المساعدة «بأي صفة كانت»، إلا إذا كانت مع الوكلاء مذكرة جنائية، أو كان القانون الفيدرالي يشترط ذلك تحديدًا.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = لا احتجاز بسبب طلبات الاحتجاز أو مذكرات الهجرة المدنية
    .summary = لا يجوز لشرطة إلينوي احتجاز أي شخص لمجرد وجود طلب احتجاز من سلطات الهجرة (detainer) أو مذكرة هجرة مدنية، ولا يجوز لها تنفيذ أيٍّ منهما بأي طريقة أخرى.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = لا إيقاف ولا قبض بسبب وضع الهجرة وحده
    .summary = لا يجوز لشرطة إلينوي إيقاف أي شخص أو القبض عليه أو تفتيشه أو احتجازه لمجرد جنسيته أو وضعه من حيث الهجرة.
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = إرشادات المدعي العام للشرطة
    .summary = إرشادات محدَّثة من المدعي العام لولاية إلينوي تشرح ما يسمح به قانون الولاية للشرطة، وما لا يسمح به، في مسائل الهجرة. هي إرشادات، وليست قانونًا.
law_cpd-s06-14-03 = أمر شرطة شيكاغو (CPD) بشأن الحوادث المتعلقة بالجنسية
    .summary = أمر إدارة شرطة شيكاغو الذي يطبّق { -wco }. النسخة التي تمكّنّا من قراءتها تعود إلى مارس/آذار 2020؛ ومن المرجح وجود نسخة أحدث.
law_cbs-2021-supervisors = تقرير إخباري عن تعديلات عام 2021 على القانون البلدي
    .summary = تقرير إخباري عن تصويت مجلس المدينة في يناير/كانون الثاني 2021، يصف كيف يجب على مشرفي الشرطة التعامل مع طلبات وكلاء الهجرة.

law-group_voices-act = قانون VOICES (5 ILCS 825)
law-group_keep-families-together = قانون الحفاظ على وحدة العائلات في إلينوي (Keep Illinois Families Together Act)
law-group_pa-104-0440 = القانون العام P.A. 104-0440 (عام 2025)
law-group_cook-county-46-37 = مدوّنة قوانين مقاطعة كوك (Cook County Code) § 46-37
law-group_chicago-executive = الإجراءات التنفيذية لمدينة شيكاغو
law-group_federal-policy = سياسة الهجرة الفيدرالية
law-group_residents-rights = حقوقك أنت (دستور الولايات المتحدة)

-pa-104-0440-challenge = رفعت وزارة العدل الأمريكية دعوى قضائية بشأن هذا القانون في 22 ديسمبر/كانون الأول 2025. لم نجد أي حكم حتى الآن.

law_mcc-2-173-005 = لماذا وُضع هذا القانون البلدي
    .summary = وجد مجلس المدينة أن السلامة العامة تعتمد على تعاون الجميع، ومنهم الضحايا والشهود، سواء كانت لديهم أوراق أم لا، وأن على موظفي المدينة معاملة السكان المهاجرين بكرامة.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-c = لا احتجاز بسبب طلبات الاحتجاز من سلطات الهجرة
    .summary = لا يجوز لموظفي المدينة إيقاف أي شخص أو القبض عليه أو الاستمرار في احتجازه بسبب طلب احتجاز من سلطات الهجرة (detainer)، أي طلب مكتوب من ICE لاحتجاز شخص ما.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-a = لا وصول لـ ICE إلى الأشخاص المحتجزين لدى المدينة
    .summary = لا يجوز لجهات المدينة أن تسمح لوكلاء ICE بالوصول إلى شخص تحتجزه، ومن ذلك الوصول إليه عبر الهاتف.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-b = لا استخدام لمرافق المدينة في مقابلات ICE
    .summary = لا يجوز لجهات المدينة أن تسمح لوكلاء ICE باستخدام مرافق المدينة لإجراء مقابلات أو تحقيقات أخرى.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-3 = لا ردّ على ICE بشأن الاحتجاز أو مواعيد الإفراج أو بيانات التواصل
    .summary = لا يجوز لموظفي المدينة أن يقضوا وقتًا في الرد على ICE بشأن وضع احتجاز شخص ما، أو موعد الإفراج عنه، أو معلومات التواصل معه. ويجوز لهم فقط أن يسألوا ICE عمّا إذا كانت المسألة تتعلق حصرًا بمخالفة مدنية لقوانين الهجرة.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-4 = لا اتفاقيات 287(g)
    .summary = لا يجوز لجهات المدينة إبرام اتفاقيات، مثل اتفاقيات 287(g)، تسمح لها بإنفاذ قانون الهجرة الفيدرالي المدني.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a = متى تجوز مشاركة معلومات وضع الهجرة
    .summary = القيود على معلومات وضع الهجرة لا تسقط إلا عندما يقتضي تشريعٌ أو لائحة فيدرالية أو أمر محكمة أو مذكرة قضائية خلاف ذلك.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-2 = لا أسئلة عن وضع الهجرة في نماذج المدينة
    .summary = لا يجوز أن تسأل طلبات ونماذج الحصول على مزايا المدينة أو خدماتها أو فرصها عن الجنسية أو وضع الهجرة. ويجب على الدوائر مراجعة نماذجها كل عام.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-b = لا وصول إلى قواعد البيانات لغرض الإنفاذ المدني لقوانين الهجرة
    .summary = لا يجوز لجهات المدينة أن تمنح أي جهة فيدرالية وصولًا مباشرًا إلى قواعد بياناتها لغرض الإنفاذ المدني لقوانين الهجرة.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-069 = تقارير الشرطة عن التزامها بالقانون البلدي
    .summary = تقدّم إدارة شرطة شيكاغو تقريرًا كل ثلاثة أشهر إلى مكتب العمدة وإلى المفتش العام عن مدى التزامها بالقانون البلدي. وينشر المفتش العام هذه التقارير.
law_trust-805-15-d = لا مسؤولية قانونية عن الإفراج عن شخص
    .summary = جهة الشرطة أو الضابط الذي يُفرج بحسن نية عن شخص صدر بحقه طلب احتجاز أو مذكرة هجرة مدنية لا يمكن تحميله المسؤولية القانونية عن هذا الإفراج، إلا إذا كان التصرف متعمَّدًا أو متهوِّرًا بشكل جسيم (willful or wanton).
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-e = لا أسئلة عن وضع الهجرة أو مكان الولادة
    .summary = لا يجوز لشرطة إلينوي أن تسأل عن جنسية أو وضع الهجرة أو مكان ولادة أي شخص توقفه أو تحتجزه أو يكون في عهدتها، ولا أن تحقق في ذلك. الاستثناءات: إبلاغ الشخص المحتجز بأنه يستطيع التواصل مع قنصلية بلده، وبعض عمليات التحقق بموجب قوانين الأسلحة النارية.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-25-a = تقارير سنوية إلى المدعي العام
    .summary = تقدّم كل جهة شرطة في إلينوي تقريرًا سنويًا إلى المدعي العام عن طلبات وكلاء الهجرة، وعن طلبات الاحتجاز ومذكرات الهجرة المدنية التي تلقّتها، دون ذكر اسم أي شخص.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_trust-805-25-b = No names in the yearly reports
    .summary = The yearly reports police agencies send the Attorney General may not include names or other details that identify a person.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_pa-100-0463 = The TRUST Act as first passed in 2017
    .summary = The Public Act that created the Illinois TRUST Act in 2017. Its original wording let police hold someone on a notice in LEADS, a police database, unless the notice clearly rested on an immigration paper no judge signed. That wording was removed in 2021.
law_voices-act = شهادة تأشيرة U وتأشيرة T
    .summary = يجب على الشرطة والنيابة العامة تحديد المسؤولين الذين يوقّعون النموذج الذي يحتاجه ضحية الجريمة لطلب تأشيرة U أو T، ونشر طريقة تقديم الطلب، وقبول الطلبات المقدَّمة عن طريق محامٍ أو جهة تقدّم خدمات للضحايا.
law_kifta-287g = حظر اتفاقيات 287(g)
    .summary = لا يجوز لأي جهة شرطة أو مسؤول في إلينوي إبرام اتفاقية 287(g) أو البقاء فيها. هذه الاتفاقية تسمح لضباط الشرطة المحليين بالعمل كوكلاء هجرة فيدراليين.
law_pa-104-0440-art-5 = قانون Bivens في إلينوي (Illinois Bivens Act)
    .summary = يسمح للشخص بأن يقاضي، بموجب قانون الولاية، أيَّ أحد ينتهك حقوقه الدستورية أثناء الإنفاذ المدني لقوانين الهجرة، ومنهم الوكلاء الفيدراليون.
    .challenge = { -pa-104-0440-challenge }
law_pa-104-0440-art-10 = قانون الوصول إلى المحاكم والسلامة والمشاركة (Court Access, Safety, and Participation Act)
    .summary = يمنع الاعتقالات المدنية، ومنها اعتقالات الهجرة التي تتم دون أمر من قاضٍ، للأشخاص الذاهبين إلى المحكمة أو الحاضرين فيها أو المغادرين منها في إلينوي، داخل مباني المحاكم وضمن مسافة 1000 قدم منها.
    .challenge = { -pa-104-0440-challenge }
# TODO(translate): .challenge below is in English
law_pa-104-0440-institutions = المستشفيات والكليات العامة ومراكز الرعاية النهارية للأطفال
    .summary = يُلزم المستشفيات، والكليات والجامعات العامة، ومراكز الرعاية النهارية المرخَّصة، بوضع سياسات للتعامل مع إنفاذ قوانين الهجرة، ويقيّد الحالات التي يجوز فيها للمدارس ومراكز رعاية الأطفال الكشف عن وضع الهجرة.
    .challenge = According to news reports, the U.S. Department of Justice sued over Public Act 104-0440 on December 22, 2025, and the suit targets the law's lawsuit and courthouse parts, not these duties. As of early January 2026, the latest news we found, there was no ruling.
# TODO(translate): .challenge below is in English
law_cook-46-37 = قواعد مقاطعة كوك بشأن طلبات الاحتجاز من ICE
    .summary = القانون المحلي للمقاطعة بشأن طلبات الاحتجاز من ICE، ووصول ICE إلى الأشخاص المحتجزين في سجن المقاطعة.
    .challenge = { -us-v-illinois-challenge }
law_cpd-s02-06 = أمر شرطة شيكاغو (CPD) بشأن شهادة تأشيرة U
    .summary = كيف تتعامل إدارة شرطة شيكاغو مع طلبات توقيع نماذج شهادة تأشيرة U (U visa certification) لضحايا الجرائم.
law_corp-counsel-guidance-2025 = إرشادات المدينة بشأن زيارات الوكلاء الفيدراليين
    .summary = إرشادات من محامي المدينة، نشرها مكتب العمدة في يناير/كانون الثاني 2025، لموظفي المدينة عندما يزور وكلاء فيدراليون ممتلكات المدينة.
law_cbs-2025-ice-free-zones = تقرير إخباري عن أمر «المناطق الخالية من ICE»
    .summary = تقرير إخباري عن الأمر التنفيذي الذي أصدره العمدة في أكتوبر/تشرين الأول 2025 بشأن ساحات وقوف السيارات والمرائب المملوكة للمدينة.
law_suntimes-2021-carve-outs = تقرير إخباري عن إلغاء استثناءات القانون البلدي
    .summary = تقرير إخباري عن تصويت مجلس المدينة في يناير/كانون الثاني 2021 على إلغاء الاستثناءات التي كانت تسمح للشرطة بمساعدة ICE في بعض الحالات.
law_o2021-117 = تعديل عام 2021 على القانون البلدي
    .summary = السجل الرسمي لمجلس المدينة للقانون البلدي الذي أُقرّ في 27 يناير/كانون الثاني 2021.
law_blockclub-2021-history = تقرير إخباري عن تاريخ القانون البلدي
    .summary = تقرير إخباري عن تاريخ إجراءات الحماية في شيكاغو، من أمر تنفيذي صدر عام 1985 إلى تعديل عام 2021.
law_abc-2026-ice-home-entry-memo = تقرير إخباري عن تعميم ICE بشأن دخول المنازل
    .summary = تقرير إخباري عن تعميم داخلي أصدرته ICE في مايو/أيار 2025، وكُشف عنه في يناير/كانون الثاني 2026، يدّعي أن الوكلاء يجوز لهم دخول المنازل باستخدام نموذج من ICE وأمر ترحيل نهائي. هذا الادعاء محلّ خلاف، لأن هناك مَن يرى أنه يخالف التعديل الرابع للدستور الأمريكي.
law_ilrc-red-cards = «البطاقات الحمراء» من مركز موارد المهاجرين القانونية (Immigrant Legal Resource Center)
    .summary = بطاقات يمكن للناس حملها وإظهارها لوكلاء الهجرة، وتذكر حقوقهم الدستورية.
# TODO(translate)
law_aclu-immigrants-rights = ACLU: immigrants' rights
    .summary = The ACLU's advice on your rights when police or immigration agents stop or question you, whatever your immigration status.
# TODO(translate)
law_aila-know-your-rights = AILA: if ICE stops you in public
    .summary = A know-your-rights handout from the American Immigration Lawyers Association (AILA), a group of immigration lawyers.
law_jurist-2025-pa-104-0440 = تقرير إخباري عن قانون إلينوي لعام 2025 بشأن اعتقالات الهجرة
    .summary = تقرير من Jurist عن القانون العام P.A. 104-0440: دعاوى قضائية بسبب الانتهاكات الدستورية، وحماية في محيط المحاكم، وواجبات على المستشفيات والكليات ومراكز الرعاية النهارية.

# TODO(translate)
law-group_castanon-nava = Castañon Nava v. DHS (a federal court order on ICE arrests)
# TODO(translate)
law_castanon-nava-decree = Court order limiting some ICE arrests without a warrant
    .summary = According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court approved this settlement on February 8, 2022. They say it made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops, and that people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. It is a court order, not a City or state law. As of the latest information we found (October 2025), it ran to February 2, 2026; we do not know whether it still applies.
# TODO(translate)
law_nijc-nava-settlement = NIJC's page on the Castañon Nava settlement
    .summary = The National Immigrant Justice Center, one of the lawyers for the people who sued, explains the settlement on this page. It also has a way to tell the lawyers about a possible violation.
