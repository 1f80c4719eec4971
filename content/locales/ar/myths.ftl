# مفاهيم خاطئة وحقائق (../../myths.toml): myth_<id> هو المفهوم الخاطئ كما يقوله الناس، و .fact التصحيح
# القصير، و .explanation الأسباب بكلمات بسيطة. كل عبارة هنا لها مصدر في myths.toml.

myth_carve-outs = تستطيع شرطة شيكاغو تسليم شخص إلى ICE إذا كان لديه سجل جنايات أو كان اسمه في قاعدة بيانات العصابات.
    .fact = خطأ منذ عام 2021.
    .explanation = كان القانون البلدي يتضمن في الماضي استثناءات للأشخاص الذين لديهم بعض السوابق الجنائية أو المسجَّلين في قاعدة بيانات العصابات. ألغى مجلس المدينة هذه الاستثناءات في يناير/كانون الثاني 2021، بأغلبية 41 صوتًا مقابل 8. واليوم لا يجوز لشرطة المدينة المساعدة في الإنفاذ المدني لقوانين الهجرة، مهما كان سجل الشخص.
myth_detainer-48-hours = طلب الاحتجاز من ICE يُلزم السجن قانونيًا باحتجاز الشخص لمدة 48 ساعة.
    .fact = خطأ في إلينوي.
    .explanation = طلب الاحتجاز (detainer) هو طلب مكتوب من ICE يطلب من الشرطة أو السجن احتجاز شخص ما. لا يوقّعه قاضٍ. لا يجوز لشرطة إلينوي احتجاز أي شخص لمجرد وجود طلب احتجاز، وقانون شيكاغو البلدي يقول الشيء نفسه بالنسبة لجهات المدينة. أما القانون المحلي لمقاطعة كوك، كما يظهر على الموقع التشريعي للمقاطعة، فيطلب من الشريف رفض طلبات الاحتجاز ما لم يكن هناك اتفاق مكتوب على سداد جميع التكاليف.
myth_ice-warrant-is-a-judges-warrant = «مذكرة» ICE هي نفسها مذكرة القاضي.
    .fact = خطأ.
    .explanation = نماذج ICE، مثل النموذج I-200 والنموذج I-205، يوقّعها ضباط هجرة، لا قضاة. ويسمّيها قانون إلينوي «مذكرات هجرة مدنية». لا يجوز لشرطة شيكاغو وشرطة إلينوي القبض على أي شخص أو احتجازه بسبب واحدة منها. أفادت ABC News في يناير/كانون الثاني 2026 بوجود تعميم داخلي من ICE يدّعي أن هذه النماذج، مع أمر ترحيل نهائي، تسمح للوكلاء بدخول المنزل. هذا الادعاء محلّ خلاف.
myth_sanctuary-stops-ice = كون شيكاغو «مدينة ملاذ» يعني أن ICE لا تستطيع القبض على أي أحد فيها.
    .fact = خطأ.
    .explanation = قانون شيكاغو البلدي يقيّد ما تفعله جهات المدينة وموظفوها. و{ -trust } يقيّد ما تفعله شرطة إلينوي. لا يُلزم أيٌّ من القانونين الوكلاءَ الفيدراليين، لذلك تحتفظ ICE بصلاحياتها الفيدرالية في شيكاغو.
myth_police-ask-birthplace = يجوز للشرطة أن تسألك عن مكان ولادتك عندما توقفك.
    .fact = خطأ بالنسبة لشرطة إلينوي.
    .explanation = لا يجوز لشرطة إلينوي أن تسأل عن جنسية أو وضع الهجرة أو مكان ولادة أي شخص توقفه أو تحتجزه. والاستثناءات المحدودة هي: إبلاغ الشخص المقبوض عليه بأنه يستطيع التواصل مع قنصلية بلده، وبعض عمليات التحقق بموجب قوانين الأسلحة النارية.
myth_cpd-cannot-respond = شرطة شيكاغو لا تستطيع التدخل أبدًا عندما تكون ICE موجودة.
    .fact = خطأ.
    .explanation = ما زالت شرطة شيكاغو تستجيب لحالات الطوارئ وتطبّق القانون الجنائي. أما ما لا يجوز لها فعله فهو مساعدة عملية الإنفاذ المدني لقوانين الهجرة نفسها، مثل إقامة طوق مروري أو تقديم دعم في الموقع. وتقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن قانون الولاية لا يمنع الشرطة من أداء عملها في التحقيقات الجنائية.
myth_traffic-control-is-not-help = المساعدة في تنظيم المرور لـ ICE ليست «مساعدة» في الحقيقة.
    .fact = خطأ.
    .explanation = القانون البلدي يذكر ذلك بالاسم: لا يجوز لموظفي المدينة إقامة طوق مروري أو تقديم دعم في الموقع لعملية إنفاذ مدني لقوانين الهجرة.
myth_court-struck-down = ألغت محكمةٌ قوانين «الملاذ» في شيكاغو وإلينوي.
    .fact = خطأ.
    .explanation = رفعت وزارة العدل الأمريكية دعوى قضائية بشأن هذه القوانين في فبراير/شباط 2025. ردَّ قاضٍ فيدرالي الدعوى في يوليو/تموز 2025، فاستأنفت الحكومة الأمريكية أمام محكمة الاستئناف الفيدرالية للدائرة السابعة. لم نجد أي حكم في هذا الاستئناف. وما زالت هذه القوانين موجودة في مدوّنة قوانين المدينة وفي قانون إلينوي.
myth_no-sharing-at-all = لا تستطيع شرطة إلينوي أبدًا مشاركة أي معلومات مع الحكومة الفيدرالية.
    .fact = خطأ.
    .explanation = يقول { -trust } إنه لا يقيّد إرسال أو تلقّي معلومات عن الجنسية أو وضع الهجرة بموجب قانونين فيدراليين، هما 8 U.S.C. 1373 و8 U.S.C. 1644. وتقول إرشادات المدعي العام لولاية إلينوي لعام 2025 إن الشرطة ما زالت تعمل في التحقيقات الجنائية. ما تمنعه القوانين هو المساعدة في الإنفاذ المدني لقوانين الهجرة، مثل الرد على ICE بشأن مواعيد الإفراج. ويسمح قانون شيكاغو البلدي أيضًا بالمشاركة عندما يقتضيها تشريع أو أمر محكمة أو مذكرة قضائية.
myth_calling-911-means-deportation = إذا اتصلت بالرقم 911 وأنت ضحية بلا أوراق، فسيتم ترحيلك.
    .fact = خطأ بالنسبة لشرطة شيكاغو وشرطة إلينوي.
    .explanation = لا يجوز لشرطة شيكاغو وشرطة إلينوي القبض على أي شخص لمجرد وضعه من حيث الهجرة. ولا يجوز لموظفي المدينة، ومنهم الشرطة، طلب معلومات وضع الهجرة أو مشاركتها، إلا في استثناءات محدودة. ويمكن لضحايا الجرائم أن يطلبوا من الشرطة توقيع النموذج الذي يحتاجونه لطلب تأشيرة U (U visa). هذه القوانين لا تُلزم الوكلاء الفيدراليين.
myth_started-in-2012 = بدأت الحماية في شيكاغو عام 2012.
    .fact = خطأ جزئيًا.
    .explanation = أفادت Block Club Chicago بأن هذه السياسة بدأت بأمر تنفيذي أصدره العمدة هارولد واشنطن عام 1985، ودُوِّنت لأول مرة في مدوّنة قوانين المدينة عام 2006. أما «{ -wco }» نفسه فيعود إلى 12 سبتمبر/أيلول 2012.
myth_no-rights-without-papers = الأشخاص الذين ليست لديهم أوراق لا يملكون حقوقًا دستورية، لذلك يجب عليهم الإجابة عن أسئلة ICE.
    .fact = خطأ.
    .explanation = يوضح الاتحاد الأمريكي للحريات المدنية (ACLU) أن لكل شخص في الولايات المتحدة الحق في التزام الصمت ورفض الموافقة على التفتيش، مهما كان وضعه. لكن هناك تفصيلًا مهمًا: غير المواطنين الذين لديهم أوراق هجرة ينبغي أن يحملوها، وأن يُظهروها إذا طلبها منهم أحد وكلاء الهجرة.
myth_jails-rent-beds-to-ice = ما زالت سجون المقاطعات في إلينوي تستطيع تأجير أسرّة لـ ICE.
    .fact = خطأ منذ يناير/كانون الثاني 2022.
    .explanation = تصف تقارير إخبارية وقرارٌ صادر عن محكمة فيدرالية تعديلاتِ عام 2021 على { -trust } بأنها تمنع جهات الولاية والجهات المحلية من إبرام عقود لاحتجاز أشخاص في إطار احتجاز الهجرة. وكان يجب إنهاء العقود القائمة بحلول 1 يناير/كانون الثاني 2022.
myth_courthouse-arrests-impossible = اعتقالات الهجرة في المحاكم أصبحت مستحيلة الآن في إلينوي.
    .fact = فيه مبالغة.
    .explanation = يمنع قانون صدر في إلينوي عام 2025 الاعتقالات المدنية، ومنها اعتقالات الهجرة التي تتم دون أمر من قاضٍ، للأشخاص الذاهبين إلى المحكمة أو الحاضرين فيها أو المغادرين منها، داخل مباني المحاكم وضمن مسافة 1000 قدم منها. لكنه لا يمنع الاعتقالات الجنائية. رفعت وزارة العدل الأمريكية دعوى قضائية بشأن هذا القانون في 22 ديسمبر/كانون الأول 2025، ولم نجد أي حكم حتى الآن.
# TODO(translate)
myth_nothing-limits-ice = Nothing limits what ICE can do in Chicago.
    .fact = False, but the limits are narrow.
    .explanation = Chicago's { -wco } and the { -trust } limit what police and City workers do, not what ICE does. But some things do reach ICE. According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court order in a class action, Castañon Nava v. DHS, made ICE adopt a policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area may be able to ask for remedies under it. As of the latest information we found (October 2025), the order ran to February 2, 2026, so ask NIJC or the ICIRR hotline whether it still applies. A 2025 Illinois law also lets people sue anyone, federal agents included, who violates their constitutional rights during civil immigration enforcement. The U.S. Department of Justice sued over that law on December 22, 2025, and we found no ruling yet. And the Immigrant Legal Resource Center says everyone has rights under the U.S. Constitution, such as the right to stay silent, whatever their status.
# TODO(translate)
myth_stopped-for-status = Police can stop you just because they think you are undocumented.
    .fact = False for Chicago and Illinois police.
    .explanation = Chicago's { -wco } says City police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. The { -trust } says police anywhere in Illinois may not stop, arrest, search or hold anyone only because of their citizenship or immigration status. The word "only" matters: police may still act on a crime. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations. These laws limit police, not federal immigration agents.
# TODO(translate)
myth_calling-911-asks-status = If you call 911 in Chicago, the police will ask about your immigration status.
    .fact = False: Chicago police may not ask, except in narrow cases.
    .explanation = Chicago's { -wco } says City agencies and their workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow: a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case involving the City. The { -trust } also says police anywhere in Illinois may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold, with narrow exceptions. Police also may not stop or arrest anyone only because of their status. These laws say what police and City workers may not do. They do not bind federal agents, and they cannot promise that no record about you ever reaches a federal agency.
# TODO(translate)
myth_police-287g = Chicago or Illinois police can sign up to work as ICE agents under a "287(g)" agreement.
    .fact = False in Illinois.
    .explanation = A 287(g) agreement, under a federal program, lets local officers act as immigration agents. The Keep Illinois Families Together Act, passed in 2019, says no police agency or official in Illinois may enter into or stay in one. Chicago's { -wco } also bars City agencies from making such agreements. Police may still do their ordinary public-safety work. These laws limit police in Illinois, not federal immigration agents.
