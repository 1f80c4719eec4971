# ملاحظات المدرِّب في وضع العرض (/<lang>/present/<situation>)، تظهر للمدرِّب عند الضغط على
# N: خطة مقترحة بالدقائق، وأسئلة للنقاش، وأسئلة شائعة من الحاضرين مع المكان الذي يجيب فيه
# الموقع عنها. البنية موجودة في ملف كل موقف (content/scenarios/<id>.toml، `[trainer]`)؛
# والكلمات هنا، باسم present-notes_<situation>_<kind>_<id>.
# لا يستخدمها إلا وضع العرض (الجزء `present`). لا تتضمن الملاحظات أي ادعاءات قانونية خاصة بها:
# شرائح الإجابة هي التي تعرض القانون ومصادره وخطوط المساعدة. لا تسأل أبدًا أي أحد من الحاضرين
# عن وضعه هو من حيث الهجرة.

## agents-approach-you
present-notes_agents-approach-you_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: في أي الأماكن يقلق الناس أكثر من غيرها من أن يصادفوا وكلاء الهجرة؟ اكتب على لوح الأماكن التي يذكرها الحاضرون. ستتطابق مع الإجابات الأربع في السؤال الأول.
present-notes_agents-approach-you_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «في الشارع أو في مكان عام آخر». في شريحة «ما الإجابة؟»، اسأل الحاضرين عمّا يظنون أنه يحق لهم فعله. اضغط على → لإظهار الإجابة. اقرأ الخطوات بصوت عالٍ، واطلب من الحاضرين أن يقولوا معًا: «أريد أن ألتزم الصمت» و«هل أنا حرّ في المغادرة؟».
present-notes_agents-approach-you_plan_compare = اضغط على ← واختر «في المنزل». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها. اقرأ ببطء السبب المتعلق بالتعميم الداخلي من ICE، والخطوة المتعلقة بعدم المقاومة.
present-notes_agents-approach-you_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بخط المساعدة المذكور في شريحة الإجابة.
present-notes_agents-approach-you_prompt_hardest-step = أيّ هذه الخطوات سيكون تذكّرها أصعب عليك عندما تكون خائفًا؟ كيف يمكن أن نساعد بعضنا على التذكّر؟
present-notes_agents-approach-you_prompt_household-plan = بمَن ستتصل أولًا؟ هل يعرف كل مَن يعيشون معك مَن هو هذا الشخص؟
present-notes_agents-approach-you_question_where-born = هل أنا مضطر لإخبار الوكلاء بمكان ولادتي؟
present-notes_agents-approach-you_question_car-search = إذا أوقف الوكلاء سيارتي، فهل يمكنهم تفتيشها؟
present-notes_agents-approach-you_question_open-door = هل أنا مضطر لفتح الباب؟
present-notes_agents-approach-you_question_anything-limits-ice = هل يوجد ما يقيّد ما تستطيع ICE فعله في شيكاغو؟

## agents-at-home
present-notes_agents-at-home_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: إذا طرق أحدٌ الباب وقال «الهجرة»، فماذا تريد أن تعرف قبل أن تفعل أي شيء؟ استمع إلى إجابتين.
present-notes_agents-at-home_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «الوكلاء يطرقون الباب ويريدون الدخول»، ثم «لا، أو يرفضون إظهارها». في شريحة «ما الإجابة؟»، اسأل الحاضرين عمّا يتوقعونه. اضغط على → لإظهار الإجابة، واقرأ الخطوات بصوت عالٍ.
present-notes_agents-at-home_plan_compare = اضغط على Home واختر «يُظهر الوكلاء ورقة من قاضي هجرة، مثل أمر ترحيل». اطلب من الحاضرين أن يتوقعوا الإجابة. أظهِر الإجابة، ثم اقرأ ببطء السبب المتعلق بالتعميم الداخلي من ICE والخطوة المتعلقة بعدم المقاومة. نبّه إلى أن الإجابة تصف ادعاء ICE بأنه محلّ خلاف.
present-notes_agents-at-home_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بخط المساعدة المذكور في شريحة الإجابة.
present-notes_agents-at-home_prompt_whole-household = مَن في البيت يجب أن يعرف ما يفعله إذا طرق الوكلاء الباب؟ كيف ستشرح ذلك للأطفال أو للأقارب الأكبر سنًّا؟
present-notes_agents-at-home_prompt_stay-calm = ما الذي سيساعدك على البقاء هادئًا عند الباب، وعلى أن تتذكّر كتابة ما حدث بعد ذلك؟
present-notes_agents-at-home_question_open-door = هل أنا مضطر لفتح الباب إذا طرقته ICE؟
present-notes_agents-at-home_question_read-paper = مرّروا ورقة من تحت الباب. كيف أعرف هل هي مذكرة من قاضٍ؟
present-notes_agents-at-home_question_deportation-order = هل يمكن لـ ICE أن تدخل إذا كان أحد من أهل البيت قد صدر بحقه أمر ترحيل؟
present-notes_agents-at-home_question_police-with-ice = جاءت شرطة شيكاغو مع الوكلاء. هل يُسمح لها بالمساعدة؟

## city-form-asks-status
present-notes_city-form-asks-status_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: ما النماذج التي ملأها الناس للحصول على ميزة أو خدمة من المدينة؟ هل يتذكرون ما الأسئلة التي طرحتها تلك النماذج؟ استمع إلى إجابتين. لا تسأل أي أحد عن وضعه هو من حيث الهجرة.
present-notes_city-form-asks-status_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «نموذج أو طلب للحصول على ميزة أو خدمة من مدينة شيكاغو»، ثم «لا، أو لم يقولوا شيئًا عن ذلك». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للنموذج أن يسأل؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_city-form-asks-status_plan_compare = اضغط على Home واختر «مكتب آخر، مثل مكتب تابع للولاية أو للمقاطعة أو للحكومة الفيدرالية، أو جهة خاصة». اطلب من الحاضرين أن يتوقعوا الإجابة. أظهِر الإجابة، ثم اقرأ الملاحظة المتعلقة بمدارس شيكاغو العامة وهيئة الإسكان في شيكاغو.
present-notes_city-form-asks-status_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بالخطوات التي تتحدث عن السؤال عن السبب وعن التحدث مع محامٍ.
present-notes_city-form-asks-status_prompt_unsure-question = إذا طرح نموذج سؤالًا لست متأكدًا منه، فمَن يمكنك أن تطلب منه المساعدة قبل أن تجيب؟
present-notes_city-form-asks-status_prompt_skipping-services = ما الذي يجعل الناس يتخلّون عن خدمات يحتاجون إليها؟ ما الذي قد يساعدهم على أن يشعروا بأنهم قادرون على التقديم؟
present-notes_city-form-asks-status_question_citizen-box = نموذج من المدينة يسألني هل أنا مواطن. هل هذا مسموح؟
present-notes_city-form-asks-status_question_law-requires = يقول المكتب إن قانونًا يُلزمه بالسؤال. ماذا أفعل الآن؟
present-notes_city-form-asks-status_question_state-office = هل تشمل هذه القاعدة أيضًا مكتبًا تابعًا للولاية أو للحكومة الفيدرالية؟
present-notes_city-form-asks-status_question_cps-cha = هل تشمل هذه القاعدة مدارس شيكاغو العامة أو هيئة الإسكان في شيكاغو؟

## confrontation-911
present-notes_confrontation-911_plan_open = اعرض شريحة «تابِع العرض على هاتفك»، واقرأ عنوان الموقف. اسأل: عندما يتجمّع الجيران أثناء اعتقال، ماذا يأمل الناس أن تفعل الشرطة؟ استمع إلى إجابتين.
present-notes_confrontation-911_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «الوكلاء يريدون أن تساعدهم الشرطة في الاعتقال». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للشرطة أن تساعد؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة والملاحظة المتعلقة بحفظ النظام.
present-notes_confrontation-911_plan_compare = اضغط على Home واختر «انتهى الأمر، وأريد أن أبلّغ عمّا حدث»، ثم «وكلاء فيدراليون». اطلب من الحاضرين أن يتوقعوا الإجابة. أظهِر الإجابة، واقرأ بصوت عالٍ السطر المتعلق بالطعن أمام القضاء.
present-notes_confrontation-911_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. أبقِ التركيز على السلامة: تقول الخطوات ألّا تكتب ما يحدث إلا إذا كان ذلك آمنًا.
present-notes_confrontation-911_prompt_stay-safe = في موقف متوتر، ما الذي يساعد الموجودين في المكان على البقاء آمنين وهادئين؟
present-notes_confrontation-911_prompt_reporting = بعد موقف كهذا، ما الذي يدفع الناس إلى الإبلاغ عمّا رأوه؟ وما الذي يمنعهم؟
present-notes_confrontation-911_question_will-police-come = إذا أُصيب أحد أثناء اعتقال تنفّذه ICE، فهل ستأتي الشرطة عندما نتصل بالرقم 911؟
present-notes_confrontation-911_question_complain-officer = أين أقدّم شكوى ضد ضابط في شرطة شيكاغو ساعد ICE؟
present-notes_confrontation-911_question_agent-rights = إذا انتهك أحد الوكلاء الفيدراليين حقوقي، فهل يمكنني فعل أي شيء؟
present-notes_confrontation-911_question_respond-at-all = هل يُسمح للشرطة أصلًا بأن تستجيب عندما تكون ICE في المكان؟

## courthouse-arrest
present-notes_courthouse-arrest_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: لماذا قد يخاف شخص من الذهاب إلى المحكمة كشاهد، أو من مرافقة أحد أفراد عائلته إليها؟ استمع إلى إجابتين. لا تقل لأي أحد هل يذهب إلى المحكمة أم لا؛ فالموقع يوجّه الناس إلى محامٍ.
present-notes_courthouse-arrest_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «أنا شاهد»، ثم «اعتقال يتعلق بالهجرة دون أمر من قاضٍ». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل هذا الاعتقال مسموح؟ اضغط على → لإظهار الإجابة. اقرأ عنوان الإجابة، واقرأ بصوت عالٍ السطر المتعلق بالطعن أمام القضاء.
present-notes_courthouse-arrest_plan_compare = اضغط على ← واختر «اعتقال بسبب جريمة». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها وقارن بين الإجابتين.
present-notes_courthouse-arrest_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بخطوط المحامين وخطوط المساعدة المذكورة في شريحة الإجابة.
present-notes_courthouse-arrest_prompt_before-court = ما الذي قد يساعد شخصًا على الاستعداد لموعد في المحكمة؟ مع مَن يمكنه أن يتحدث قبل ذلك؟
present-notes_courthouse-arrest_prompt_challenged-law = تقول شريحة الإجابة إن القانون محلّ طعن أمام القضاء. كيف يمكننا أن نتحدث عن ذلك بحيث لا يُصاب الناس بالذعر، ولا يشعرون بثقة زائدة؟
present-notes_courthouse-arrest_question_witness-arrest = أنا شاهد في قضية. هل يمكن لوكلاء الهجرة أن يقبضوا عليّ وأنا في طريقي إلى المحكمة؟
present-notes_courthouse-arrest_question_impossible-now = هل أصبحت اعتقالات الهجرة في مباني المحاكم مستحيلة الآن؟
present-notes_courthouse-arrest_question_immigration-court = هل يشمل هذا القانون محكمة الهجرة أيضًا؟
present-notes_courthouse-arrest_question_other-reason = أنا ذاهب إلى مبنى المحكمة لسبب آخر، لا من أجل قضية. هل يشملني هذا القانون؟

## crime-victim-or-witness
present-notes_crime-victim-or-witness_plan_open = اعرض شريحة «تابِع العرض على هاتفك»، واقرأ عنوان الموقف بصوت عالٍ. اسأل: ما الذي قد يمنع شخصًا من الاتصال بالشرطة بعد وقوع جريمة؟ استمع إلى إجابتين أو ثلاث. لا تسأل أي أحد عن وضعه هو من حيث الهجرة.
present-notes_crime-victim-or-witness_plan_walk = اعرض السؤال الأول. دَع الحاضرين يصوّتون برفع الأيدي. اختر «نعم، سأل ضابط عن وضع الهجرة أو عن مكان ولادة أحد». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للضابط أن يسأل أم لا؟ اضغط على → لإظهار الإجابة. اقرأ الإجابة المختصرة، والخطوة المتعلقة بإخبار الشرطة بما حدث.
present-notes_crime-victim-or-witness_plan_u-visa = اضغط على Home. اختر «لا، أو لم أتحدث مع الشرطة بعد»، ثم «نعم، أو أريد أن أعرف كيف يتم ذلك». اقرأ الشرح المرافق للسؤال، وهو يوضح ما هي شهادة تأشيرة U. قبل أن تُظهر الإجابة، اسأل: مَن يمكنه أن يساعد الضحية على طلبها؟ أظهِر الإجابة، وأشِر إلى الخطوات المتعلقة بطلب المساعدة من محامٍ أو من جهة تقدّم خدمات للضحايا.
present-notes_crime-victim-or-witness_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. ذكّر الحاضرين بأن الموقع يوجّههم إلى محامٍ فيما يخص قضاياهم الشخصية.
present-notes_crime-victim-or-witness_prompt_feel-able = ما الذي قد يساعد جارًا تعرّض للسرقة على أن يشعر بأنه قادر على إخبار الشرطة بما حدث؟
present-notes_crime-victim-or-witness_prompt_who-walks-with = مَن في مجتمعك يمكنه أن يرافق ضحية جريمة خطوة بخطوة في طلب كهذا؟ محامٍ، أم جهة تقدّم خدمات للضحايا، أم شخص آخر؟
present-notes_crime-victim-or-witness_prompt_witness-questions = إذا رأيت جريمة، فماذا تريد أن تعرف قبل أن تتحدث مع الشرطة كشاهد؟
present-notes_crime-victim-or-witness_question_call-911-papers = إذا اتصلت بالرقم 911 لأنني تعرّضت للسرقة، فهل سيسألونني عن أوراقي؟
present-notes_crime-victim-or-witness_question_deported-for-reporting = هل يمكن أن أُرحَّل لأنني أبلغت عن جريمة؟
present-notes_crime-victim-or-witness_question_ask-u-visa = كيف أطلب من الشرطة أن توقّع النموذج الخاص بتأشيرة U؟
present-notes_crime-victim-or-witness_question_must-answer = سألني ضابط عن مكان ولادتي. هل أنا مضطر للإجابة؟

## detainer-at-bond
present-notes_detainer-at-bond_plan_open = اعرض شريحة «تابِع العرض على هاتفك». ثم اعرض السؤال الأول، واطلب من أحد المتطوعين أن يقرأ الشرح المرافق له بصوت عالٍ، ليعرف الجميع ما هو طلب الاحتجاز (detainer). اسأل الحاضرين عمّا سمعوه عن «الاحتجاز لصالح ICE» في السجن.
present-notes_detainer-at-bond_plan_walk = دَع الحاضرين يصوّتون على السؤال الأول. اختر «لا. توجد أوراق ICE فقط، مثل طلب الاحتجاز أو نموذج «مذكرة» من ICE». في السؤال التالي، اختر «نعم. كان سيعود إلى بيته الآن لو لم ترسل ICE طلب الاحتجاز». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يُبقي السجن الشخص محتجزًا لصالح ICE؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_detainer-at-bond_plan_compare = اضغط على ← واختر «لا. ما زال محتجزًا على ذمة قضيته الجنائية». قبل أن تُظهر الإجابة، اسأل: ما الذي يتغيّر وما الذي لا يتغيّر؟ أظهِر الإجابة، ثم اقرأ الملاحظة في قسم «من المفيد أن تعرف» المتعلقة بسجن مقاطعة كوك.
present-notes_detainer-at-bond_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. واختم بالإشارة إلى خطوط المحامين وخطوط المساعدة المذكورة في شريحة الإجابة.
present-notes_detainer-at-bond_prompt_first-call = إذا احتُجز أحد أفراد عائلتك، فماذا تريد أن تعرف أولًا؟ بمَن ستتصل؟
present-notes_detainer-at-bond_prompt_rumors = ماذا سمعت عن احتجاز أشخاص في سجن لصالح ICE؟ أين سمعت ذلك، وكيف يمكننا التحقق منه؟
present-notes_detainer-at-bond_question_forty-eight-hours = هل يعني طلب الاحتجاز من ICE أن السجن سيُبقي أخي محتجزًا 48 ساعة إضافية؟
present-notes_detainer-at-bond_question_tell-ice-release = هل ستُبلغ شرطة شيكاغو ICE عندما يُفرج عنه؟
present-notes_detainer-at-bond_question_county-jail = هو في سجن مقاطعة كوك، لا في مركز شرطة. هل تنطبق القواعد نفسها هناك؟
present-notes_detainer-at-bond_question_officer-trouble = هل يمكن أن يقع ضابط في مشكلة لأنه سمح له بالعودة إلى بيته؟

## federal-criminal-warrant
present-notes_federal-criminal-warrant_plan_open = اعرض شريحة «تابِع العرض على هاتفك». ثم اعرض السؤال الأول، «مَن وقّع المذكرة؟»، واقرأ الشرح المرافق له بصوت عالٍ. اسأل: لماذا قد يكون مهمًّا مَن وقّع الورقة؟ استمع إلى إجابتين.
present-notes_federal-criminal-warrant_plan_walk = دَع الحاضرين يصوّتون. اختر «ضابط هجرة، على نموذج من ICE مثل I-200 أو I-205». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز لشرطة شيكاغو أن تتصرف بموجبه؟ اضغط على → لإظهار الإجابة. اقرأ الملاحظة في قسم «من المفيد أن تعرف» المتعلقة بكلمة «warrant» (مذكرة) على نماذج ICE.
present-notes_federal-criminal-warrant_plan_compare = اضغط على ← واختر «قاضي هجرة، مثلًا في أمر ترحيل». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها. ارجع مرة أخرى واختر «قاضٍ أو قاضي صلح في محكمة، بسبب جريمة». أظهِر الإجابة، وقارن بين الإجابات الثلاث.
present-notes_federal-criminal-warrant_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه.
present-notes_federal-criminal-warrant_prompt_clues = ما العلامات التي ستبحث عنها في الورقة قبل أن تقرر ما هي؟ ماذا ستفعل إذا لم تستطع أن تعرف؟
present-notes_federal-criminal-warrant_prompt_word-warrant = بعض الأوراق مكتوب في أعلاها كلمة «warrant» (مذكرة). كيف يمكن أن يربك ذلك الناس، وكيف يمكن أن نساعد بعضنا على قراءتها؟
present-notes_federal-criminal-warrant_question_tell-apart = كيف أفرّق بين مذكرة من قاضٍ ونموذج من ICE؟
present-notes_federal-criminal-warrant_question_removal-order = هل أمر الترحيل (removal order) الصادر عن محكمة الهجرة مذكرة قضائية؟
present-notes_federal-criminal-warrant_question_real-criminal-warrant = إذا كانت مع الوكلاء مذكرة جنائية صادرة عن محكمة، فهل يمكن لشرطة شيكاغو مساعدتهم؟

## ice-asks-for-perimeter
present-notes_ice-asks-for-perimeter_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: في مكان الحدث، ما الذي يُعدّ «مساعدة»؟ هل تنظيم حركة المرور مساعدة؟ استمع إلى بضع إجابات، ولا تحكم عليها بعد.
present-notes_ice-asks-for-perimeter_plan_walk = اعرض السؤال الأول، واقرأ الشرح المرافق له، وهو يوضح معنى «الطوق المروري». دَع الحاضرين يصوّتون برفع الأيدي. اختر «اعتقال أو مداهمة تتعلق بالهجرة». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للشرطة فعل ذلك أم لا؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_ice-asks-for-perimeter_plan_compare = اضغط على ← واختر «جريمة، أو تجمّع للناس، أو شخص في خطر في المكان». قبل أن تُظهر الإجابة، اسأل: ما الذي يظل يجوز للشرطة فعله في المكان نفسه؟ أظهِر الإجابة، وقارن بين شريحتي الإجابة.
present-notes_ice-asks-for-perimeter_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بالخطوة في شريحة الإجابة التي تقول أن تكتب ما يحدث، إذا كان ذلك آمنًا.
present-notes_ice-asks-for-perimeter_prompt_hard-to-see = من الرصيف، كيف يمكنك أن تعرف هل الشرطة تحافظ على سلامة الناس أم تساعد في عملية؟ ماذا تريد أن تعرف أولًا؟
present-notes_ice-asks-for-perimeter_prompt_what-would-you-do = إذا رأيت ضباطًا يغلقون شارعًا قرب مداهمة، فماذا ستفعل بعد ذلك؟ مَن ستخبر؟
present-notes_ice-asks-for-perimeter_question_traffic-help = هل إغلاق الطريق أمام حركة المرور لصالح ICE يُعدّ فعلًا «مساعدة» لها؟
present-notes_ice-asks-for-perimeter_question_stand-by = هل يمكن للضباط أن ينتظروا فقط في مكان قريب تحسّبًا لحاجة ICE إلى دعم؟
present-notes_ice-asks-for-perimeter_question_judge-warrant = وماذا لو كانت مع ICE مذكرة جنائية موقَّعة من قاضٍ؟ هل يمكن للشرطة أن تساعد عندئذٍ؟

## ice-asks-police
present-notes_ice-asks-police_plan_open = اعرض شريحة «تابِع العرض على هاتفك» ليتمكن الحاضرون من مسح الرمز. اسأل: مَن رأى أو سمع عن وجود الشرطة ووكلاء ICE في المكان نفسه؟ استمع إلى إجابتين. لا تسأل أي أحد عن وضعه هو من حيث الهجرة.
present-notes_ice-asks-police_plan_walk = اعرض السؤال الأول. دَع الحاضرين يصوّتون برفع الأيدي. ميِّز «البحث عن شخص أو إيقافه أو احتجازه لسبب يتعلق بالهجرة» بالمفتاحين ↑ ↓، ثم اضغط على →. في سؤال المذكرة، اطلب التصويت مرة أخرى واختر «لا، لا توجد مذكرة». في شريحة «ما الإجابة؟»، اسأل شخصين عمّا يتوقعانه. ثم اضغط على → لإظهار الإجابة، واقرأ إجابتها المختصرة بصوت عالٍ.
present-notes_ice-asks-police_plan_compare = اضغط على ← للرجوع إلى سؤال المذكرة. اختر «نعم، لكنها نموذج من ICE موقَّع من ضابط هجرة». في شريحة «ما الإجابة؟»، اسأل: هل يغيّر التوقيع شيئًا؟ أظهِر الإجابة، ثم اقرأ الملاحظة في قسم «من المفيد أن تعرف» المتعلقة بكلمة «warrant» (مذكرة) على نماذج ICE.
present-notes_ice-asks-police_plan_discuss = اضغط على B لجعل الشاشة سوداء، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. ثم اعرض شريحة الإجابة من جديد، وأشِر إلى خطوط المساعدة المذكورة فيها.
present-notes_ice-asks-police_prompt_who-decides = عندما يتلقى ضابط في الشارع طلبًا من أحد وكلاء الهجرة، مَن برأيك يجب أن يتخذ القرار؟ لماذا قد يكون ذلك مهمًّا؟
present-notes_ice-asks-police_prompt_write-it-down = إذا رأيت هذا يحدث، فماذا تريد أن تكتب؟ كيف ستحافظ على سلامتك وأنت تكتب؟
present-notes_ice-asks-police_prompt_trust = بماذا قد يشعر الجيران تجاه الاتصال بالشرطة بعد أن يروا الشرطة في اعتقال يتعلق بالهجرة؟ ما الذي يمكن أن يغيّر ذلك؟
present-notes_ice-asks-police_question_help-arrest = هل يمكن لشرطة شيكاغو أن تساعد ICE في القبض على جاري؟
present-notes_ice-asks-police_question_paper-says-warrant = أظهر وكيل ICE ورقة مكتوب عليها كلمة «warrant» (مذكرة). هل الشرطة مُلزَمة بالمساعدة الآن؟
present-notes_ice-asks-police_question_someone-hurt = إذا أُصيب أحد أثناء وجود ICE، فهل ستأتي الشرطة مع ذلك؟
present-notes_ice-asks-police_question_deputized = هل يمكن لشرطة شيكاغو أن تتسجّل للعمل كوكلاء هجرة؟

## ice-at-city-property
present-notes_ice-at-city-property_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: مَن من الحاضرين يعمل في مبنى تابع للمدينة أو يتردد عليه كثيرًا، مثل مكتبة أو حديقة عامة أو مكتب من مكاتب المدينة؟ اسأل: ماذا سيفعلون إذا دخل الوكلاء؟ استمع إلى إجابتين.
present-notes_ice-at-city-property_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «يريدون دخول مكان خاص أو مخصص للموظفين فقط»، ثم «معهم نموذج من ICE موقَّع من ضابط هجرة». في شريحة «ما الإجابة؟»، اسأل: ماذا يجب أن يفعل الموظفون؟ اضغط على → لإظهار الإجابة. اقرأ الخطوات المأخوذة من إرشادات المدينة، والملاحظة التي تقول إنها إرشادات، وليست القانون البلدي.
present-notes_ice-at-city-property_plan_compare = اضغط على Home واختر «يطلبون معلومات أو سجلات عن شخص ما». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها واقرأ الإجابة المختصرة.
present-notes_ice-at-city-property_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بخطوة الإبلاغ المذكورة في شريحة الإجابة.
present-notes_ice-at-city-property_prompt_workplace-plan = لو كنت تعمل في مكتب الاستقبال في مكتبة عامة، فبمَن ستتصل أولًا؟ هل لدى مكان عملك خطة؟
present-notes_ice-at-city-property_prompt_while-waiting = بينما ينتظر الموظفون مشرفًا، ما الذي يساعدهم على البقاء هادئين وعلى تهدئة الناس من حولهم؟
present-notes_ice-at-city-property_question_staff-room = هل يمكن لموظفي المكتبة أن يُدخلوا ICE إلى الغرفة المخصصة للموظفين فقط؟
present-notes_ice-at-city-property_question_parking-lot = هل يمكن لـ ICE أن تستخدم موقف سيارات تابعًا للمدينة كقاعدة؟
present-notes_ice-at-city-property_question_my-information = هل سيُعطي أحد مكاتب المدينة ICE معلوماتي؟

## ice-calls-station
present-notes_ice-calls-station_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اطلب من الحاضرين أن يتخيلوا هاتفًا يرنّ على مكتب في مركز شرطة، ووكيلًا من ICE يسأل عن شخص محتجز هناك. ماذا قد يريد المتصل؟ استمع إلى الإجابات، وطابِقها مع الإجابات الأربع في السؤال الأول.
present-notes_ice-calls-station_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «أن تعرف متى سيُفرج عن شخص، أو هل ما زال محتجزًا». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز لمركز الشرطة أن يجيب أم لا؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_ice-calls-station_plan_compare = اضغط على ← واختر «أن تتحدث مع شخص محتجز أو تقابله عبر الهاتف». قبل أن تُظهر الإجابة، اسأل: ما الفرق هنا؟ أظهِر الإجابة، ثم اقرأ الخطوات المتعلقة بالتزام الصمت وعدم توقيع أي شيء.
present-notes_ice-calls-station_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بخطوط المساعدة المذكورة في شريحة الإجابة.
present-notes_ice-calls-station_prompt_family-view = لماذا قد يهمّ عائلةً أن تعرف مَن يمكنه الاتصال بقريب لها محتجز أو زيارته؟
present-notes_ice-calls-station_prompt_front-desk = لو كنت تعمل في مكتب الاستقبال، فما الذي سيساعدك على التعامل مع مكالمة كهذه بهدوء؟
present-notes_ice-calls-station_question_give-address = هل ستعطي الشرطة ICE عنوان ابني؟
present-notes_ice-calls-station_question_interview-at-station = هل يمكن لـ ICE أن تجري مقابلة مع شخص في مركز الشرطة؟
present-notes_ice-calls-station_question_share-anything = هل الشرطة ممنوعة من مشاركة أي معلومات على الإطلاق مع الحكومة الفيدرالية؟

## institution-visit
present-notes_institution-visit_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: مَن من الحاضرين يعمل أو يدرس في مستشفى أو كلية عامة أو مركز رعاية نهارية للأطفال، أو يستخدم خدماتها؟ اسأل: مَن سيتولى هناك التعامل مع زيارة من وكلاء الهجرة؟ استمع إلى إجابتين.
present-notes_institution-visit_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «في مستشفى»، ثم «لا، أو لست متأكدًا». في شريحة «ما الإجابة؟»، اسأل الحاضرين: ماذا يتوقعون أن يكون لدى المستشفى؟ اضغط على → لإظهار الإجابة. نبّه إلى عبارة «تقول التقارير» في الإجابة: فهي تعتمد على تقارير إخبارية عن القانون.
present-notes_institution-visit_plan_compare = اضغط على Home واختر «في مركز رعاية نهارية مرخَّص للأطفال»، ثم «لا، أو لست متأكدًا». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها واقرأ السبب المتعلق بمشاركة معلومات وضع الهجرة.
present-notes_institution-visit_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بالملاحظة في قسم «من المفيد أن تعرف» عمّا لا تشمله هذه القواعد.
present-notes_institution-visit_prompt_find-out-now = كيف يمكنك أن تعرف الآن، قبل أن يحدث أي شيء، مَن يتولى هذه الزيارات في المكان الذي تعمل فيه أو تدرس فيه أو تترك فيه أطفالك؟
present-notes_institution-visit_prompt_tell-families = ما الذي تريد من المستشفى أو مركز الرعاية النهارية للأطفال أن يخبر به العائلات مسبقًا؟
present-notes_institution-visit_question_hospital-plan = هل يجب أن تكون لدى المستشفى الذي أذهب إليه خطة للتعامل مع زيارات ICE؟
present-notes_institution-visit_question_day-care-status = هل يمكن لمركز الرعاية النهارية الذي يذهب إليه طفلي أن يُخبر ICE بوضعنا من حيث الهجرة؟
present-notes_institution-visit_question_public-university = وماذا عن جامعتي العامة؟
present-notes_institution-visit_question_stop-ice = هل تمنع هذه القواعد ICE من الدخول؟

## ncic-immigration-hit
present-notes_ncic-immigration-hit_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: ماذا يحدث عندما يبحث ضابط عن اسمك في قواعد البيانات أثناء إيقاف مروري؟ استمع إلى إجابتين. ثم اعرض السؤال الأول، واقرأ الشرح المرافق له، وهو يوضح ما هي NCIC.
present-notes_ncic-immigration-hit_plan_walk = دَع الحاضرين يصوّتون على السؤال الأول. اختر «قيد يتعلق بالهجرة فقط، مثل قيد في ملف مخالفي قوانين الهجرة أو نموذج من ICE». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للشرطة احتجاز السائق لصالح ICE؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_ncic-immigration-hit_plan_compare = اضغط على ← واختر «لا يذكر هل هو مدني أم جنائي». قبل أن تُظهر الإجابة، اسأل: ماذا يمكن أن يفعل الضابط ليعرف؟ أظهِر الإجابة، واقرأ الخطوة الموجَّهة إلى الضابط.
present-notes_ncic-immigration-hit_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بالخطوة الموجَّهة إلى السائق في شريحة الإجابة.
present-notes_ncic-immigration-hit_prompt_waiting = لا يستطيع السائق أن يرى شاشة الضابط. ما الذي قد يساعد السائق على البقاء هادئًا أثناء الانتظار؟
present-notes_ncic-immigration-hit_prompt_fear-of-stops = لماذا قد يخاف بعض الناس من الإيقاف المروري أكثر من المخالفة نفسها؟ ما الذي يمكن أن يغيّر ذلك؟
present-notes_ncic-immigration-hit_question_hold-for-ice = إذا أظهر الحاسوب قيدًا يتعلق بالهجرة، فهل يمكن للشرطة أن تحتجزني لصالح ICE؟
present-notes_ncic-immigration-hit_question_same-as-judge = هل «المذكرة» (warrant) من ICE هي نفسها المذكرة من قاضٍ؟
present-notes_ncic-immigration-hit_question_stopped-for-status = هل يمكن للشرطة أن توقفني لمجرد أنها تعتقد أنني مقيم بلا أوراق قانونية؟
present-notes_ncic-immigration-hit_question_where-born = أثناء الإيقاف، هل يمكن للضابط أن يسألني عن مكان ولادتي؟

## police-record-status
present-notes_police-record-status_plan_open = اعرض شريحة «تابِع العرض على هاتفك». اسأل: ما الذي يقلق الناس من التحدث مع الشرطة؟ ماذا يظنون أنه يحدث لما يقولونه؟ استمع إلى إجابتين.
present-notes_police-record-status_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «هل يجوز للشرطة أن تشارك معلومات وضعي»، ثم «وكلاء الهجرة طلبوها». في شريحة «ما الإجابة؟»، اسأل الحاضرين عمّا يتوقعونه. اضغط على → لإظهار الإجابة. اقرأ الإجابة المختصرة، وآخر ملاحظة في قسم «من المفيد أن تعرف»، وهي تقول ما لا تستطيع هذه القواعد أن تَعِد به.
present-notes_police-record-status_plan_compare = اضغط على ← واختر «وافقتُ كتابيًا على أن يشاركوها». اطلب من الحاضرين أن يتوقعوا الإجابة. أظهِر الإجابة، ثم اقرأ الخطوة المتعلقة بالقراءة قبل التوقيع.
present-notes_police-record-status_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه.
present-notes_police-record-status_prompt_before-signing = قبل أن توقّع ورقة تسمح لأحد بمشاركة معلوماتك، ماذا تريد أن تعرف؟
present-notes_police-record-status_prompt_honest-limits = كيف يمكننا أن نتحدث بصدق عمّا تستطيع هذه القواعد أن تَعِد به وما لا تستطيع، دون أن نُخيف الناس فيبتعدوا عن طلب المساعدة؟
present-notes_police-record-status_question_write-down-status = إذا تحدثت مع الشرطة، فهل سيكتبون وضعي من حيث الهجرة؟
present-notes_police-record-status_question_ice-databases = هل يمكن لـ ICE الوصول إلى قواعد بيانات الشرطة أو المدينة؟
present-notes_police-record-status_question_give-to-ice = إذا طلبت ICE ذلك، فهل يمكن للشرطة أن تعطيها معلومات وضعي من حيث الهجرة؟
present-notes_police-record-status_question_share-anything = هل الشرطة ممنوعة من مشاركة أي معلومات على الإطلاق مع الحكومة الفيدرالية؟

## warrantless-arrest
present-notes_warrantless-arrest_plan_open = اعرض شريحة «تابِع العرض على هاتفك»، واقرأ عنوان الموقف. قل إن هذا الموقف يتناول ما يمكن أن تفعله العائلة بعد الاعتقال. اسأل: ماذا تحتاج العائلة في الساعات الأولى؟ استمع إلى إجابتين.
present-notes_warrantless-arrest_plan_walk = اعرض السؤال الأول، ودَع الحاضرين يصوّتون. اختر «في إلينوي أو إنديانا أو ويسكونسن أو ميزوري أو كانساس أو كنتاكي»، ثم «بدأ عندما أوقف الوكلاء سيارة». في شريحة «ما الإجابة؟»، اسأل الحاضرين عمّا يتوقعونه. اضغط على → لإظهار الإجابة. اقرأ الإجابة المختصرة ببطء، بما فيها التواريخ، والخطوة المتعلقة بإبلاغ محامي القضية. لا تقل إن الأمر ما زال ساريًا: فالموقع لا يعرف ذلك، ويوجّه الناس إلى NIJC أو ICIRR.
present-notes_warrantless-arrest_plan_compare = اضغط على ← واختر «أظهر الوكلاء مذكرة». اطلب من الحاضرين أن يتوقعوا الإجابة، ثم أظهِرها واقرأ الملاحظة المتعلقة بنماذج ICE.
present-notes_warrantless-arrest_plan_discuss = اجعل الشاشة سوداء (B)، واستخدم سؤالًا أو سؤالين من أسئلة النقاش أدناه. اختم بالخطوة المتعلقة بكتابة ما تعرفه.
present-notes_warrantless-arrest_prompt_details = بعد الاعتقال، ما التفاصيل التي يسهل نسيانها أكثر من غيرها؟ كيف يمكن للعائلة أن تكتبها معًا؟
present-notes_warrantless-arrest_prompt_no-promises = كيف يمكننا أن ننقل الأخبار عن أمر محكمة دون أن نقطع وعودًا لا نستطيع الوفاء بها؟
present-notes_warrantless-arrest_question_traffic-stop = أخذت ICE زوجي أثناء إيقاف مروري، ولم تُظهر أي مذكرة. هل هناك ما يمكننا فعله؟
present-notes_warrantless-arrest_question_still-applies = هل ما زال أمر المحكمة هذا ساريًا؟
present-notes_warrantless-arrest_question_limits-on-ice = هل يوجد ما يقيّد ما تستطيع ICE فعله في شيكاغو؟
present-notes_warrantless-arrest_question_other-state = حدث ذلك في ولاية أخرى. هل يمكن أن يساعد أمر المحكمة هذا؟

## where-were-you-born
present-notes_where-were-you-born_plan_open = اعرض شريحة «تابِع العرض على هاتفك»، واقرأ عنوان الموقف. اسأل: هل سمع أحد عن شرطة تطرح هذه الأسئلة؟ استمع إلى إجابتين. ذكّر الحاضرين بأن لا أحد مطالَب بأن يذكر وضعه هو من حيث الهجرة.
present-notes_where-were-you-born_plan_walk = اعرض السؤال الأول، «مَن يطرح الأسئلة؟». دَع الحاضرين يصوّتون، واختر «ضابط في شرطة شيكاغو، أو شرطة أخرى في إلينوي». ثم اختر «أوقفوني وأنا في سيارة». في شريحة «ما الإجابة؟»، اطلب من الحاضرين أن يجيبوا برفع الأيدي: هل يجوز للضابط أن يسأل؟ اضغط على → لإظهار الإجابة، واقرأ الإجابة المختصرة.
present-notes_where-were-you-born_plan_compare = اضغط على Home واختر «أحد وكلاء الهجرة الفيدراليين، مثل وكلاء ICE». قبل أن تُظهر الإجابة، اسأل: هل تنطبق القواعد نفسها؟ أظهِر الإجابة، واقرأ عنوانها الرئيسي ببطء.
present-notes_where-were-you-born_plan_discuss = اجعل الشاشة سوداء (B). استخدم سؤال التمرين أدناه، ثم سؤالًا آخر من أسئلة النقاش إذا سمح الوقت.
present-notes_where-were-you-born_prompt_practice = قد يبدو قول «أريد أن ألتزم الصمت» بصوت عالٍ أمرًا صعبًا. ما الذي قد يجعله أسهل؟ جرّب أن تقولها للشخص الذي بجانبك.
present-notes_where-were-you-born_prompt_who-is-it = كيف يمكنك أن تعرف مَن يسألك: ضابط شرطة أم أحد الوكلاء الفيدراليين؟ ما الذي ستبحث عنه؟
present-notes_where-were-you-born_question_cop-asks-legal = هل يمكن لضابط في شرطة شيكاغو أن يسألني هل أنا مقيم بشكل قانوني؟
present-notes_where-were-you-born_question_ice-asks = وماذا لو كانت ICE هي التي تسأل، لا الشرطة؟
present-notes_where-were-you-born_question_rights-without-papers = هل لديّ أي حقوق إذا لم تكن لديّ أوراق؟
