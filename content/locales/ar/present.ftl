# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = وضع العرض: { $situation }
present-follow = تابِع العرض على هاتفك
present-follow-scan = امسح الرمز بكاميرا هاتفك، أو اكتب هذا العنوان:
present-follow-type = اكتب هذا العنوان في متصفح هاتفك:
present-qr-needs-site = للمدرِّب: لا توجد رموز QR في هذه الشرائح، لأن الموقع بُني دون عنوانه على الإنترنت (الإعداد KYR_SITE_URL). اقرأ العنوان الظاهر في هذه الشريحة بصوت عالٍ للحاضرين، وتأكَّد أولًا من أنه يعمل على الهاتف.
present-start = ابدأ
present-step-qr = هذه الخطوة على هاتفك
present-reveal-question = ما الإجابة؟
present-reveal = أظهِر الإجابة
present-room-answers = الإجابات المختارة حتى الآن
present-notes = ملاحظات للمدرِّب
present-keys = المفاتيح
present-key-next = التالي: الإجابة المميَّزة، أو بقية الشريحة الطويلة، أو الشريحة التالية
present-key-back = رجوع: أعلى الشريحة الطويلة، أو خطوة واحدة إلى الوراء
present-key-choose = ميِّز إجابة أخرى (في الشرائح الأخرى: مرِّر الصفحة)
present-key-first = السؤال الأول
present-key-end = شريحة المتابعة على الهاتف (الرمز الذي يُمسح)
present-key-blank = اجعل الشاشة سوداء، ثم أظهِرها من جديد
present-key-notes = أظهِر هذه الملاحظات أو أخفِها
present-key-leave = غادِر: افتح هذه الخطوة على الموقع
present-second-language = لغة ثانية، تظهر بجانب الأولى
present-second-none = لا شيء
present-second-failed = تعذّر تحميل اللغة الثانية. تحقَّق من اتصالك بالإنترنت، أو احفظ الموقع للاستخدام دون اتصال بالإنترنت بتلك اللغة أيضًا.
present-leave = غادِر وضع العرض
present-enter = اعرض هذا الموقف على جهاز عرض (للمدرِّبين)
present-blanked = الشاشة سوداء الآن. اضغط على مفتاح B لإظهارها من جديد.
# $minutes: the whole plan's length in minutes.
present-plan = خطة مدتها بالدقائق: { $minutes }
# $minutes: one part's length.
present-minutes = { $minutes } د
present-prompts = أسئلة للنقاش
present-room-questions = أسئلة يطرحها الناس كثيرًا، وأين يجيب عنها الموقع
present-quiz-title = مفاهيم خاطئة وحقائق: اختبار قصير
present-quiz-says = يقول بعض الناس:
present-quiz-vote = صحيح أم مفهوم خاطئ؟ صوِّتوا برفع الأيدي، ثم تُكشَف الإجابة.
present-quiz-end = كانت هذه العبارة الأخيرة. شكرًا لكم!
