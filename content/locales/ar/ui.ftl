# نصوص الواجهة. المعرّفات هنا بلا شرطة سفلية؛ كل معرّف يصبح ثابتًا (msg::SITE_NAME) تستخدمه
# مكوّنات التطبيق، لذلك يؤدي أي معرّف ناقص أو مكتوب خطأً إلى فشل البناء.

site-name = { -site-name }
site-tagline = ما يقوله قانون شيكاغو وقانون إلينوي عن الشرطة والهجرة، بكلمات بسيطة ومع المصادر.
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-home = الرئيسية
nav-label = الموقع

home-title = اعرف حقوقك في شيكاغو
home-intro = اختر موقفًا. سنطرح عليك بضعة أسئلة قصيرة. ثم نشرح ما يقوله القانون، ولماذا، وما يمكنك فعله.
home-audience = لمن هذا الموقف: { $audience }
audience-resident = السكان
audience-officer = ضباط الشرطة وموظفو المدينة
audience-trainer = المدرِّبون

step-back = رجوع
step-start-over = ابدأ من جديد
step-answers-heading = إجاباتك حتى الآن
step-change = تغيير
step-change-label = غيِّر إجابتك عن: { $question }
step-choose = اختر إجابة واحدة.


outcome-why = لماذا
outcome-what-you-can-do = ما يمكنك فعله
outcome-good-to-know = من المفيد أن تعرف
outcome-help = مَن يمكنه المساعدة
outcome-sources = مصادر هذه الإجابة
outcome-start-over = ابدأ هذا الموقف من جديد
outcome-home = اطّلع على مواقف أخرى

cite-label = المصدر:
status-secondary = منقول عن تقارير، وليس نص القانون نفسه
kind-guidance = إرشادات
kind-report = تقرير إخباري
kind-policy = سياسة الشرطة
challenge-label = محلّ طعن أمام القضاء
challenge-as-of = آخر المعلومات: { $date }

help-call = اتصل على { $number }
help-text = أرسل رسالة نصية إلى { $number }
help-tty = الهاتف النصي للصم وضعاف السمع (TTY): { $number }
help-checked = تحققنا من الرقم بتاريخ { $date }.
help-source = أين تحققنا منه

reviewed = آخر مراجعة للمحتوى: { $date }
not-legal-advice = هذه معلومات عامة، وليست استشارة قانونية. للحصول على نصيحة بشأن وضعك أنت، تحدَّث مع محامٍ.

not-found-title = الصفحة غير موجودة
not-found-body = لم نتمكن من العثور على هذه الصفحة. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.
not-found-home = اذهب إلى الصفحة الرئيسية
bad-step-title = لم نتمكن من متابعة هذا الرابط
bad-step-unknown-scenario = لا يوجد موقف باسم «{ $name }».
bad-step-unknown-answer = «{ $answer }» ليست من الإجابات الموجودة في هذه الخطوة.
bad-step-past-outcome = هذا الرابط يتجاوز نهاية الموقف.
bad-step-keep = تابع من آخر خطوة مطابقة
bad-step-restart = ابدأ هذا الموقف من البداية

date-long = { $day } { $month ->
        [1] يناير/كانون الثاني
        [2] فبراير/شباط
        [3] مارس/آذار
        [4] أبريل/نيسان
        [5] مايو/أيار
        [6] يونيو/حزيران
        [7] يوليو/تموز
        [8] أغسطس/آب
        [9] سبتمبر/أيلول
        [10] أكتوبر/تشرين الأول
        [11] نوفمبر/تشرين الثاني
       *[12] ديسمبر/كانون الأول
    } { $year }

page-description = إجابات بلغة بسيطة، مع المصادر، عمّا يفرضه { -wco } (Welcoming City Ordinance) في شيكاغو و{ -trust } على الشرطة وموظفي المدينة.
noscript = يحتاج هذا الموقع حاليًا إلى JavaScript لعرض صفحاته. لكن يمكنك قراءة المصادر: مدوّنة قوانين بلدية شيكاغو (Municipal Code of Chicago)، الفصل 2-173، و{ -trust }، 5 ILCS 805.

nav-law = مكتبة القوانين
nav-myths = مفاهيم خاطئة وحقائق
nav-help = احصل على المساعدة
nav-about = عن الموقع

home-featured-heading = ابدأ من هنا
home-group-resident = للسكان
home-group-officer = لضباط الشرطة وموظفي المدينة
home-group-trainer = للمدرِّبين
home-your-rights-heading = حقوقك أنت
home-your-rights-intro = هذه الحقوق مصدرها دستور الولايات المتحدة. قوانين شيكاغو وإلينوي لا تُنشئها. { -wco } و{ -trust } يقيّدان ما تفعله الشرطة وموظفو المدينة، لا ما يفعله الوكلاء الفيدراليون. لكن هناك أمران يسريان على الوكلاء الفيدراليين: قانون صدر في إلينوي عام 2025، هو القانون العام P.A. 104-0440، وهو محلّ طعن أمام القضاء (آخر معلومات: 5 يناير/كانون الثاني 2026)؛ وأمر من محكمة فيدرالية بشأن اعتقالات ICE دون مذكرة في منطقة شيكاغو (Castañon Nava v. DHS)، كانت مدته تمتد حتى 2 فبراير/شباط 2026، بحسب آخر أخبار وجدناها (أكتوبر/تشرين الأول 2025).
# The home page's common questions (featured myths), and the glossary.
home-questions-heading = أسئلة شائعة
glossary-title = كلمات مستخدمة في هذا الموقع
glossary-intro = معنى الكلمات القانونية المستخدمة في هذا الموقع. كل تعريف مرتبط بمصادره.
nav-glossary = الكلمات المستخدمة هنا
home-more = المزيد:

law-index-title = مكتبة القوانين
law-index-intro = كل جزء من القانون وكل مصدر يعتمد عليه هذا الموقع، بكلمات بسيطة، مع رابط إلى النص الرسمي.
law-citation = المرجع القانوني
law-binds = مَن يُلزِمه
binds-city = جهات مدينة شيكاغو وموظفوها، ومنهم الشرطة
binds-illinois-police = شرطة الولاية والشرطة المحلية في إلينوي
binds-chicago-police = إدارة شرطة شيكاغو فقط
binds-certifying-agencies = الجهات التي توقّع شهادات طلبات تأشيرة U وتأشيرة T في إلينوي، ومنها النيابة العامة
binds-everyone-in-illinois = كل مَن يتصرف في إلينوي، ومنهم الوكلاء الفيدراليون (محلّ طعن أمام القضاء)
binds-ice-chicago-area = إدارة الهجرة والجمارك الأمريكية (ICE)، في منطقة شيكاغو التابعة لها
binds-cook-county = مقاطعة كوك، ومنها الشريف (مأمور المقاطعة)
binds-institutions = المستشفيات والكليات العامة ومراكز الرعاية النهارية للأطفال في إلينوي
binds-no-one = لا أحد: هذا مصدر نستشهد به، وليس قانونًا
law-official-text = اقرأ النص الرسمي
law-source-link = اقرأ المصدر
law-used-in = المواقف التي تعتمد على هذا
law-not-used = لا يوجد موقف يعتمد على هذا حتى الآن.
law-status-verified = قرأنا هذا النص على موقع رسمي.
law-status-secondary = نعرف هذا من تقارير أو إرشادات أو ملخص، وليس من نص القانون نفسه. تعامل مع التفاصيل بحذر.
law-status-unverified = لم نتمكن من قراءة هذا النص.
law-myths = مفاهيم خاطئة وحقائق تعتمد على هذا
myth-situations = مواقف تشرح ذلك

myths-title = مفاهيم خاطئة وحقائق
myths-intro = أشياء يسمعها الناس كثيرًا عن قوانين الهجرة في شيكاغو وإلينوي، وما يقوله القانون فعلًا.
myth-label = مفهوم خاطئ
fact-label = الحقيقة
myth-why = لماذا

help-title = احصل على المساعدة
help-intro = تحققنا من هذه الأرقام على الموقع الإلكتروني لكل منظمة. لا نذكر إلا الأرقام التي تمكّنّا من التحقق منها هناك.
help-emergency = إذا كان أحد مصابًا أو في خطر الآن، اتصل بالرقم 911.

about-title = عن هذا الموقع
about-who-heading = مَن أعدّ هذا الموقع
about-who = Know Your Rights Chicago مشروع مجاني ومفتوح المصدر أعدّه متطوعون في مجال التكنولوجيا المدنية. هو ليس موقعًا حكوميًا، وليس مكتب محاماة.
about-sources-heading = من أين يأتي المحتوى
about-sources = كل إجابة تستند إلى قاعدة بحثية مكتوبة تستشهد بالنص الرسمي لمدوّنة قوانين بلدية شيكاغو ولقانون ولاية إلينوي، وبتقارير إعلامية موثوقة. كل عبارة في هذا الموقع مرتبطة بمصدرها. وحين لم نتمكن من قراءة نص القانون نفسه، نذكر بدلًا من ذلك الجهة التي نقلت المعلومة، أو لا نذكرها أصلًا.
about-review-heading = كيف نراجع المحتوى
about-review = تعرض كل صفحة موقف وكل صفحة قانون تاريخ آخر مرة راجعناها فيه مقارنةً بقاعدتنا البحثية. القوانين والقضايا أمام المحاكم تتغير: تحقَّق من التاريخ ومن المصدر قبل أن تعتمد على أي شيء هنا.
about-report-heading = أبلغ عن خطأ
about-report = إذا وجدت هنا شيئًا خاطئًا أو قديمًا، نرجو أن تخبرنا. اذكر عنوان الصفحة، والمصدر الذي يبيّن القانون الصحيح.
about-report-link = أبلغ عن خطأ
about-report-no-address = إذا وجدت هنا شيئًا خاطئًا أو قديمًا، أخبر الجهة التي شاركت معك هذا الموقع. اذكر عنوان الصفحة، والمصدر الذي يبيّن القانون الصحيح.
about-privacy-heading = خصوصيتك
about-privacy = لا يرسل هذا الموقع أي طلبات إلى أي موقع آخر. لا يضع ملفات تعريف الارتباط (cookies)، ولا يستخدم أدوات تحليل، ولا يحفظ شيئًا عمّا تقرؤه أو تجيب عنه.
about-partners-heading = ضع هذا الدليل على موقعك الإلكتروني
about-partners = يمكن للمنظمات المجتمعية أن تعرض المواقف على مواقعها الإلكترونية، بأي لغة من لغات هذا الموقع.
about-partners-link = احصل على الكود لموقعك الإلكتروني

quick-exit = خروج سريع
quick-exit-hint = يغادر هذا الموقع فورًا. يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.
nav-card = بطاقة الحقوق
safety-title = حافظ على سلامتك أثناء القراءة
safety-quick-exit-heading = خروج سريع
safety-quick-exit = زر «خروج سريع»، أو الضغط على Shift ثلاث مرات، يُفرغ هذه الصفحة ويفتح موقعًا للطقس مكانها. وإذا ضغطت بعد ذلك على «رجوع»، فلن تعود إلى الصفحة التي كنت تقرؤها.
safety-limits-heading = ما لا يستطيع الخروج السريع إخفاءه
safety-limits = لا يستطيع الخروج السريع مسح سجل التصفح في متصفحك. مَن ينظر في السجل، أو مَن يراقب هاتفك أو حاسوبك، يمكنه مع ذلك أن يرى أنك زرت هذا الموقع. لكي لا تترك أي سجل، استخدم نافذة خاصة أو نافذة تصفح متخفٍّ (incognito)، أو جهازًا لا يستخدمه أحد غيرك.
safety-privacy = هذا الموقع نفسه لا يحفظ شيئًا عمّا تقرؤه أو تجيب عنه، ولا يضع ملفات تعريف الارتباط، ولا يرسل أي شيء إلى أي موقع آخر. لكن إذا استخدمت «احفظ للاستخدام دون اتصال بالإنترنت» (في صفحة «عن الموقع»)، فستبقى نسخة من صفحات الموقع على هذا الجهاز إلى أن تحذفها، وقد يعثر عليها شخص آخر يستخدم الجهاز.
footer-safety = السلامة أثناء التصفح

card-title = بطاقة حقوقك
card-intro = أظهِر هذه البطاقة لوكيل الهجرة من خلال النافذة، أو مرِّرها من تحت الباب.
card-english = بالإنجليزية
card-rights-source = هذه الحقوق مصدرها دستور الولايات المتحدة، كما تشرحها منظمات المساعدة القانونية. وهي تنطبق مهما كان وضعك من حيث الهجرة.
card-print = اطبع هذه البطاقة
card-print-hint = يطبع بطاقة بحجم المحفظة ونشرة من صفحة واحدة.

step-progress = السؤال { $current } من { $total }
step-progress-up-to = السؤال { $current } من { $total } كحدٍّ أقصى
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة
print-page-address = هذه الصفحة: { $url }

language-label = اللغة
translation-notice = تُرجمت هذه الصفحة آليًا. لم يراجع أي شخص مؤهَّل هذه الترجمة حتى الآن، لذلك قد تكون بعض التفاصيل القانونية خاطئة.
translation-notice-link = اقرأ هذه الصفحة بالإنجليزية
load-error = عذرًا، تعذّر تحميل نصوص هذا الموقع. تحقَّق من اتصالك بالإنترنت، ثم أعد تحميل الصفحة.
crash-title = حدث خطأ ما
crash-text = توقفت هذه الصفحة عن العمل. أعد تحميلها لتحاول مرة أخرى. زر «خروج سريع» في الأعلى ما زال يعمل.
crash-reload = أعد تحميل الصفحة

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = !
verdict-icon-depends = ؟
# Whose action an outcome's verdict judges, as the label before the verdict ("Chicago police: may not help").
actor-chicago-police = شرطة شيكاغو
actor-illinois-police = الشرطة والسجون في إلينوي
actor-certifying-agencies = الجهات التي تصدّق على طلبات تأشيرتي U وT (الشرطة والادعاء العام)
actor-city = موظفو المدينة
actor-other-offices = مكاتب أخرى
actor-cook-county = سجن مقاطعة كوك
actor-institutions = المستشفيات والكليات ومراكز الرعاية النهارية
actor-immigration-agents = وكلاء الهجرة
actor-you = أنت
# Under the verdict of a situation about a resident's own rights.
verdict-guidance = نصيحة منظمات المساعدة القانونية بشأن حقوقك الدستورية، وليست قانون المدينة أو الولاية.

offline-heading = استخدام هذا الموقع دون اتصال بالإنترنت
offline-explain = يمكنك حفظ صفحات هذا الموقع بلغتك على هذا الجهاز، لتقرأها دون اتصال بالإنترنت. يترك ذلك على الجهاز نسخة قد يعثر عليها شخص آخر يستخدمه. لا يُحفَظ أي شيء إلا إذا اخترت ذلك بنفسك.
offline-save = احفظ للاستخدام دون اتصال بالإنترنت
offline-saving = جارٍ الحفظ…
offline-saved = تم الحفظ. أصبحت الصفحات بهذه اللغة تعمل الآن دون اتصال بالإنترنت.
offline-remove = احذف النسخة المحفوظة
offline-removed = حُذفت النسخة المحفوظة.
offline-unavailable = لا يستطيع هذا المتصفح حفظ الموقع للاستخدام دون اتصال بالإنترنت.
offline-error = لم ينجح الحفظ. تحقَّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.

# The share control at the end of every page: the phone's share sheet, or the page's address copied
# (an embed page gives the same step on the site itself). share-copy-this comes before a box
# holding the link and is also that box's spoken label.
share = شارك هذه الصفحة
share-copied = تم نسخ الرابط.
share-copy-this = انسخ هذا الرابط:
