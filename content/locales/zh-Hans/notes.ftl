# 演示模式（/<lang>/present/<situation>）中给培训人员的备注，培训人员按N键显示：
# 带时间的建议流程、讨论题，以及在场的人常问的问题和本网站在哪里回答这些问题。结构在每种情况的文件中
# （content/scenarios/<id>.toml，`[trainer]`）；文字在这里，命名为 present-notes_<situation>_<kind>_<id>。
# 只有演示模式使用这些消息（part `present`）。这些备注本身不作任何法律说明：法律、出处和求助热线都在
# 答案幻灯片上。绝不要询问在场任何人自己的身份。

## agents-approach-you
present-notes_agents-approach-you_plan_open = 展示“用手机跟着看”幻灯片。请问大家：在哪些地方，人们最担心遇到移民探员？把大家说出的地点写在白板上。这些地点会与第一个问题的四个答案相对应。
present-notes_agents-approach-you_plan_walk = 展示第一个问题，让大家投票。选择“在街上或其他公共场所”。在“答案是什么？”幻灯片上，问大家认为自己可以怎么做。按→键揭晓答案。大声读出各个步骤，并请大家一起说“我要保持沉默。”和“我可以走了吗？”
present-notes_agents-approach-you_plan_compare = 按←键，选择“在家中”。请大家先预测答案，然后揭晓。慢慢读出关于ICE备忘录的原因，以及关于不要反抗的步骤。
present-notes_agents-approach-you_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上的求助热线结束。
present-notes_agents-approach-you_prompt_hardest-step = 在害怕的时候，这些步骤中哪一步最难记住？我们可以怎样互相帮助记住它？
present-notes_agents-approach-you_prompt_household-plan = 您会先打电话给谁？您家里的每个人都知道是谁吗？
present-notes_agents-approach-you_question_where-born = 我必须告诉探员我在哪里出生吗？
present-notes_agents-approach-you_question_open-door = 我必须开门吗？
present-notes_agents-approach-you_question_anything-limits-ice = 在芝加哥，有没有什么能限制ICE可以做的事？

## agents-at-home
present-notes_agents-at-home_plan_open = 展示“用手机跟着看”幻灯片。请问大家：如果有人敲门，说是“移民局的”，在做任何事之前，您想先知道什么？请两个人回答。
present-notes_agents-at-home_plan_walk = 展示第一个问题，让大家投票。选择“探员在敲门，想要进来”，然后选择“没有，或者他们不肯出示”。在“答案是什么？”幻灯片上，问大家预计会是什么答案。按→键揭晓答案，并大声读出各个步骤。
present-notes_agents-at-home_plan_compare = 按Home键，选择“探员出示了一份移民法官发出的文件，例如递解令”。请大家预测答案。揭晓答案后，慢慢读出关于ICE备忘录的原因和关于不要反抗的步骤。请指出，答案称ICE的这一说法存在争议。
present-notes_agents-at-home_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上的求助热线结束。
present-notes_agents-at-home_prompt_whole-household = 如果探员来敲门，家里有谁应该知道该怎么做？您会怎样向孩子或年长的亲属解释？
present-notes_agents-at-home_prompt_stay-calm = 有什么能帮助您在门口保持冷静，并记得事后把经过记下来？
present-notes_agents-at-home_question_open-door = 如果ICE来敲门，我必须开门吗？
present-notes_agents-at-home_question_deportation-order = 如果家里有人有递解令，ICE可以进来吗？
present-notes_agents-at-home_question_police-with-ice = 芝加哥警察和探员一起来了。他们可以协助探员吗？

## city-form-asks-status
present-notes_city-form-asks-status_plan_open = 展示“用手机跟着看”幻灯片。请问大家：这个社区的人为了获得福利或服务，会填写哪些类型的市政府表格？只笼统地谈论表格。不要询问任何人自己的表格或自己的身份。请两个人回答。
present-notes_city-form-asks-status_plan_walk = 展示第一个问题，让大家投票。选择“申请芝加哥市政府福利或服务的表格或申请书”，然后选择“没有，或者他们没说”。在“答案是什么？”幻灯片上，请大家举手表决：表格可以问吗？按→键揭晓答案，并读出简短回答。
present-notes_city-form-asks-status_plan_compare = 按Home键，选择“其他办公室，例如州、县或联邦办公室，或者私人团体”。请大家预测答案。揭晓答案后，读出关于芝加哥公立学校和芝加哥房屋管理局的说明。
present-notes_city-form-asks-status_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以关于询问原因和咨询律师的步骤结束。
present-notes_city-form-asks-status_prompt_unsure-question = 如果表格上有一个问题您拿不准，在回答之前，您可以找谁帮忙？
present-notes_city-form-asks-status_prompt_skipping-services = 是什么让人们放弃了自己需要的服务？什么能帮助他们觉得自己可以去申请？
present-notes_city-form-asks-status_question_citizen-box = 市政府的一份表格问我是不是公民。这样做是允许的吗？
present-notes_city-form-asks-status_question_law-requires = 办公室说是某项法律要求他们问的。那现在怎么办？

## confrontation-911
present-notes_confrontation-911_plan_open = 展示“用手机跟着看”幻灯片，并读出这种情况的标题。请问大家：在逮捕过程中邻居们聚集起来时，人们希望警察做什么？请两个人回答。
present-notes_confrontation-911_plan_walk = 展示第一个问题，让大家投票。选择“探员要求警察协助他们逮捕”。在“答案是什么？”幻灯片上，请大家举手表决：警察可以协助吗？按→键揭晓答案，读出简短回答，以及关于维持秩序的说明。
present-notes_confrontation-911_plan_compare = 按Home键，选择“事情已经结束，我想举报发生的事情”，然后选择“联邦探员”。请大家预测答案。揭晓答案，并大声读出关于这项法律正在法院受到挑战的那句话。
present-notes_confrontation-911_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。把重点放在安全上：任何人都不应该为了录下或记下所发生的事情而让自己陷入危险。
present-notes_confrontation-911_prompt_stay-safe = 在气氛紧张的现场，什么能帮助旁观的人保持安全和冷静？
present-notes_confrontation-911_prompt_reporting = 发生这样的事情之后，是什么让人们愿意举报自己看到的情况？又是什么让他们不去举报？
present-notes_confrontation-911_question_will-police-come = 如果在ICE逮捕过程中有人受伤，我们拨打911，警察会来吗？
present-notes_confrontation-911_question_complain-officer = 如果芝加哥警员协助了ICE，我去哪里投诉？
present-notes_confrontation-911_question_agent-rights = 如果联邦探员侵犯了我的权利，我能做些什么吗？
present-notes_confrontation-911_question_respond-at-all = ICE在场的时候，警察到底还可不可以出警？

## courthouse-arrest
present-notes_courthouse-arrest_plan_open = 展示“用手机跟着看”幻灯片。请问大家：为什么有人可能害怕作为证人去法院，或者害怕陪家人去法院？请两个人回答。不要告诉任何人该不该去法院；本网站让人们去咨询律师。
present-notes_courthouse-arrest_plan_walk = 展示第一个问题，让大家投票。选择“我是证人”，然后选择“没有法官命令的移民逮捕”。在“答案是什么？”幻灯片上，请大家举手表决：这种逮捕是允许的吗？按→键揭晓答案。读出答案的标题，并大声读出关于这项法律正在法院受到挑战的那句话。
present-notes_courthouse-arrest_plan_compare = 按←键，选择“因犯罪而进行的逮捕”。请大家先预测，然后揭晓答案，并比较这两个答案。
present-notes_courthouse-arrest_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上的律师和求助热线信息结束。
present-notes_courthouse-arrest_prompt_before-court = 什么能帮助一个人为出庭做好准备？他们事先可以找谁谈谈？
present-notes_courthouse-arrest_prompt_challenged-law = 答案幻灯片上说，这项法律正在法院受到挑战。我们可以怎样谈论这一点，让人们既不惊慌，也不过于笃定？
present-notes_courthouse-arrest_question_witness-arrest = 我是一个案件的证人。移民探员可以在我去法院的路上逮捕我吗？
present-notes_courthouse-arrest_question_impossible-now = 现在在法院进行移民逮捕是不是已经不可能了？
present-notes_courthouse-arrest_question_other-reason = 我去法院是为了别的事，不是为了案件。这项法律适用于我吗？

## crime-victim-or-witness
present-notes_crime-victim-or-witness_plan_open = 展示“用手机跟着看”幻灯片，并大声读出这种情况的标题。请问大家：发生犯罪后，有什么可能让人不去报警？请两三个人回答。不要询问任何人自己的身份。
present-notes_crime-victim-or-witness_plan_walk = 展示第一个问题。请大家举手投票。选择“有，警员问了身份或某人在哪里出生”。在“答案是什么？”幻灯片上，请大家举手表决：警员可以问，还是不可以问？按→键揭晓答案。读出简短回答，以及关于把发生的事情告诉警察的步骤。
present-notes_crime-victim-or-witness_plan_u-visa = 按Home键。选择“没有，或者我还没有和警察谈过”，然后选择“是，或者我想了解怎么办理”。读出这个问题的提示，它解释了什么是U签证认证。揭晓答案之前，问大家谁可以帮助受害人申请这份认证。揭晓答案，并指出关于向律师或受害人服务机构寻求帮助的步骤。
present-notes_crime-victim-or-witness_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。提醒大家：涉及自己的案件，本网站让他们去咨询律师。
present-notes_crime-victim-or-witness_prompt_feel-able = 如果有邻居遭到抢劫，什么能帮助他觉得自己能够把发生的事情告诉警察？
present-notes_crime-victim-or-witness_prompt_who-walks-with = 在您的社区里，谁可以陪伴犯罪受害人完成这样的申请，比如律师或帮助犯罪受害人的团体？
present-notes_crime-victim-or-witness_prompt_witness-questions = 如果您目睹了犯罪，在作为证人和警察谈话之前，您想知道什么？
present-notes_crime-victim-or-witness_question_call-911-papers = 如果我因为被抢劫而拨打911，他们会问我的证件吗？
present-notes_crime-victim-or-witness_question_deported-for-reporting = 我会因为报案而被递解出境吗？
present-notes_crime-victim-or-witness_question_ask-u-visa = 我怎样请警察签署U签证的表格？

## detainer-at-bond
present-notes_detainer-at-bond_plan_open = 展示“用手机跟着看”幻灯片。然后展示第一个问题，请一位志愿者大声读出它的提示，让每个人都知道什么是移民拘留请求。问大家听说过哪些关于在监狱里“ICE扣留”的说法。
present-notes_detainer-at-bond_plan_walk = 让大家对第一个问题投票。选择“没有。只有ICE的文件，例如移民拘留请求或ICE令状表格”。在下一个问题上，选择“是。如果ICE没有发来移民拘留请求，此人现在就可以回家”。在“答案是什么？”幻灯片上，请大家举手表决：监狱会为ICE继续扣留此人吗？按→键揭晓答案，并读出简短回答。
present-notes_detainer-at-bond_plan_compare = 按←键，选择“否。此人仍因其刑事案件被扣押”。揭晓答案之前，问大家什么变了，什么没有变。揭晓答案后，读出“值得了解”中关于库克县监狱的说明。
present-notes_detainer-at-bond_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后指出答案幻灯片上的律师和求助热线信息。
present-notes_detainer-at-bond_prompt_first-call = 如果有家人被扣押，您首先想知道什么？您会打电话给谁？
present-notes_detainer-at-bond_prompt_rumors = 关于有人在监狱里被扣留以交给ICE，您听说过什么？您是在哪里听到的，我们可以怎样核实？
present-notes_detainer-at-bond_question_forty-eight-hours = ICE的移民拘留请求是不是意味着监狱会把我兄弟再多扣留48小时？
present-notes_detainer-at-bond_question_tell-ice-release = 他获释的时候，芝加哥警察会通知ICE吗？

## federal-criminal-warrant
present-notes_federal-criminal-warrant_plan_open = 展示“用手机跟着看”幻灯片。然后展示第一个问题“令状是谁签署的？”，并大声读出它的提示。问大家：为什么签署文件的人是谁可能很重要？请两个人回答。
present-notes_federal-criminal-warrant_plan_walk = 让大家投票。选择“移民官员，签在I-200或I-205等ICE表格上”。在“答案是什么？”幻灯片上，请大家举手表决：芝加哥警察可以根据它采取行动吗？按→键揭晓答案。读出“值得了解”中关于ICE表格上“warrant”（令状）一词的说明。
present-notes_federal-criminal-warrant_plan_compare = 按←键，选择“移民法官，例如签在递解令上”。请大家先预测，然后揭晓答案。再后退一次，选择“法院的法官或治安法官，针对犯罪签署”。揭晓答案，并比较这三个答案。
present-notes_federal-criminal-warrant_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。
present-notes_federal-criminal-warrant_prompt_clues = 在判断一份文件是什么之前，您会在上面找哪些线索？如果您分辨不出来，会怎么做？
present-notes_federal-criminal-warrant_prompt_word-warrant = 有些文件顶部写着“warrant”（令状）这个词。这会怎样让人感到困惑？我们可以怎样互相帮助看懂这些文件？
present-notes_federal-criminal-warrant_question_removal-order = 移民法庭发出的递解令是法官签署的令状吗？
present-notes_federal-criminal-warrant_question_real-criminal-warrant = 如果探员持有法院签发的刑事令状，芝加哥警察可以协助他们吗？

## ice-asks-for-perimeter
present-notes_ice-asks-for-perimeter_plan_open = 展示“用手机跟着看”幻灯片。请问大家：在现场，什么算是“协助”？指挥交通算不算协助？请几个人回答，先不要评判这些回答。
present-notes_ice-asks-for-perimeter_plan_walk = 展示第一个问题，并读出它的提示，其中解释了什么是“交通封锁线”。请大家举手投票。选择“移民逮捕或突击搜查”。在“答案是什么？”幻灯片上，请大家举手表决：警察可以这样做，还是不可以？按→键揭晓答案，并读出简短回答。
present-notes_ice-asks-for-perimeter_plan_compare = 按←键，选择“现场有犯罪、有人群聚集，或有人遇到危险”。揭晓答案之前，问大家在同一个现场警察仍然可以做什么。揭晓答案，并比较这两张答案幻灯片。
present-notes_ice-asks-for-perimeter_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上关于在安全的情况下把事情记下来的步骤结束。
present-notes_ice-asks-for-perimeter_prompt_hard-to-see = 站在人行道上，您怎么分辨警察是在保护大家的安全，还是在协助一次行动？您首先想知道什么？
present-notes_ice-asks-for-perimeter_prompt_what-would-you-do = 如果您看到警员在突击搜查附近封锁街道，您会怎样在保持距离、不妨碍探员或警察的情况下确保自己的安全？您会告诉谁？
present-notes_ice-asks-for-perimeter_question_traffic-help = 为ICE拦阻交通，真的算是“协助”他们吗？
present-notes_ice-asks-for-perimeter_question_stand-by = 警员可以只在附近等着，以防ICE需要支援吗？
present-notes_ice-asks-for-perimeter_question_judge-warrant = 如果ICE持有法官签署的刑事令状呢？那样警察可以协助吗？

## ice-asks-police
present-notes_ice-asks-police_plan_open = 展示“用手机跟着看”幻灯片，让大家可以在自己的手机上打开这种情况。问大家谁见过或听说过警察和ICE探员出现在同一个现场。请两个人回答。不要询问任何人自己的身份。
present-notes_ice-asks-police_plan_walk = 展示第一个问题。请大家举手投票。用↑ ↓键高亮显示“因移民原因查找、拦截或扣留某人”，然后按→键。在关于令状的问题上，再投一次票，并选择“没有，没有令状”。在“答案是什么？”幻灯片上，请两个人说说他们预计会是什么答案。然后按→键揭晓答案，并大声读出简短回答。
present-notes_ice-asks-police_plan_compare = 按←键，回到关于令状的问题。选择“有，但那是移民官员签署的ICE表格”。在“答案是什么？”幻灯片上问大家：签名会改变什么吗？揭晓答案后，读出“值得了解”中关于ICE表格上“warrant”（令状）一词的说明。
present-notes_ice-asks-police_plan_discuss = 按B键让屏幕变黑，并使用下面的一两个讨论题。然后再次展示答案幻灯片，并指出上面的求助热线。
present-notes_ice-asks-police_prompt_who-decides = 当街上的警员收到移民探员的请求时，您认为应该由谁来做决定？为什么这可能很重要？
present-notes_ice-asks-police_prompt_write-it-down = 如果您看到这种情况发生，您会想记下什么？记录的时候，您会怎样保护自己的安全？
present-notes_ice-asks-police_prompt_trust = 邻居们看到警察出现在移民逮捕现场之后，对报警可能会有什么感受？什么能改变这种情况？
present-notes_ice-asks-police_question_help-arrest = 芝加哥警察可以协助ICE逮捕我的邻居吗？
present-notes_ice-asks-police_question_paper-says-warrant = ICE探员出示了一份写着“warrant”（令状）一词的文件。警察现在必须协助吗？
present-notes_ice-asks-police_question_someone-hurt = 如果ICE在场时有人受伤，警察还会来吗？
present-notes_ice-asks-police_question_deputized = 芝加哥警察可以报名充当移民探员吗？

## ice-at-city-property
present-notes_ice-at-city-property_plan_open = 展示“用手机跟着看”幻灯片。问大家谁在市政府的建筑里工作，或者经常使用市政府的建筑，例如图书馆、公园或市政府办公室。问他们如果探员走进来，他们会怎么做。请两个人回答。
present-notes_ice-at-city-property_plan_walk = 展示第一个问题，让大家投票。选择“他们想进入非公开区域或仅限员工进入的区域”，然后选择“他们有一份移民官员签署的ICE表格”。在“答案是什么？”幻灯片上，问大家员工应该怎么做。按→键揭晓答案。读出来自市政府指引的步骤，以及说明这些内容是指引、而不是条例的那条说明。
present-notes_ice-at-city-property_plan_compare = 按Home键，选择“他们要求提供关于某人的信息或记录”。请大家先预测，然后揭晓答案，并读出简短回答。
present-notes_ice-at-city-property_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上关于举报的步骤结束。
present-notes_ice-at-city-property_prompt_workplace-plan = 如果您在图书馆的前台工作，您会先打电话给谁？您的工作单位有应对计划吗？
present-notes_ice-at-city-property_prompt_while-waiting = 在员工等待主管的时候，什么能帮助他们保持冷静，并让周围的人也保持冷静？
present-notes_ice-at-city-property_question_staff-room = 图书馆员工可以让ICE进入仅限员工进入的房间吗？

## ice-calls-station
present-notes_ice-calls-station_plan_open = 展示“用手机跟着看”幻灯片。请大家想象：警察局前台的电话响了，一名ICE探员打听在那里被羁押的某个人。打电话的人可能想要什么？听取大家的回答，并把它们与第一个问题的四个答案对应起来。
present-notes_ice-calls-station_plan_walk = 展示第一个问题，让大家投票。选择“想知道某人什么时候获释，或者是否仍被扣押”。在“答案是什么？”幻灯片上，请大家举手表决：警察局可以回答，还是不可以？按→键揭晓答案，并读出简短回答。
present-notes_ice-calls-station_plan_compare = 按←键，选择“想通过电话与被羁押的人交谈或对其问话”。揭晓答案之前，问大家这有什么不同。揭晓答案后，读出关于保持沉默和不签署任何文件的步骤。
present-notes_ice-calls-station_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上的求助热线结束。
present-notes_ice-calls-station_prompt_family-view = 为什么家人可能会在意谁可以给被扣押的亲人打电话或去探望他们？
present-notes_ice-calls-station_prompt_front-desk = 如果您在前台工作，什么能帮助您冷静地处理这样的电话？
present-notes_ice-calls-station_question_give-address = 警察会把我儿子的地址交给ICE吗？
present-notes_ice-calls-station_question_interview-at-station = ICE可以在警察局对某人问话吗？
present-notes_ice-calls-station_question_share-anything = 警察是不是被禁止向联邦政府分享任何信息？

## institution-visit
present-notes_institution-visit_plan_open = 展示“用手机跟着看”幻灯片。问大家谁在医院、公立大专院校或托儿中心工作、学习，或者使用那里的服务。请问大家：在那里由谁负责处理移民探员的到访？请两个人回答。
present-notes_institution-visit_plan_walk = 展示第一个问题，让大家投票。选择“在医院”，然后选择“不知道，或者我不确定”。在“答案是什么？”幻灯片上，问大家预计医院应该有什么。按→键揭晓答案。请指出，答案里说的是“据报道”：它依据的是关于这项法律的新闻报道。
present-notes_institution-visit_plan_compare = 按Home键，选择“在持照托儿中心”，然后选择“不知道，或者我不确定”。请大家先预测，然后揭晓答案，并读出关于分享身份的原因。
present-notes_institution-visit_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以“值得了解”中关于这些规定不涵盖哪些情况的说明结束。
present-notes_institution-visit_prompt_find-out-now = 在任何事情发生之前，您现在可以怎样了解：在您工作、学习或送孩子去的地方，由谁负责处理这类到访？
present-notes_institution-visit_prompt_tell-families = 您希望医院或托儿中心事先告诉各个家庭哪些信息？
present-notes_institution-visit_question_hospital-plan = 我的医院必须制定应对ICE到访的计划吗？
present-notes_institution-visit_question_public-university = 那我的公立大学呢？

## ncic-immigration-hit
present-notes_ncic-immigration-hit_plan_open = 展示“用手机跟着看”幻灯片。请问大家：在交通拦截时，警员查询您的名字，会发生什么？请两个人回答。然后展示第一个问题，并读出它的提示，其中解释了什么是NCIC。
present-notes_ncic-immigration-hit_plan_walk = 让大家对第一个问题投票。选择“只有移民记录，例如移民违规者档案中的记录或ICE表格”。在“答案是什么？”幻灯片上，请大家举手表决：警察可以为ICE扣留司机吗？按→键揭晓答案，并读出简短回答。
present-notes_ncic-immigration-hit_plan_compare = 按←键，选择“记录没有说明是民事性质还是刑事性质”。揭晓答案之前，问大家警员可以怎样查清楚。揭晓答案，并读出针对警员的那一步。
present-notes_ncic-immigration-hit_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以答案幻灯片上针对司机的那一步结束。
present-notes_ncic-immigration-hit_prompt_waiting = 司机看不到警员的屏幕。在等待的时候，什么能帮助司机保持冷静？
present-notes_ncic-immigration-hit_prompt_fear-of-stops = 为什么有些人害怕交通拦截本身，胜过害怕罚单？什么能改变这种情况？
present-notes_ncic-immigration-hit_question_hold-for-ice = 如果电脑显示出一条移民记录，警察可以为ICE扣留我吗？
present-notes_ncic-immigration-hit_question_same-as-judge = ICE的“令状”和法官签署的令状一样吗？
present-notes_ncic-immigration-hit_question_stopped-for-status = 警察可以仅仅因为认为我没有合法身份就拦下我吗？
present-notes_ncic-immigration-hit_question_where-born = 在拦截过程中，警员可以问我在哪里出生吗？

## police-record-status
present-notes_police-record-status_plan_open = 展示“用手机跟着看”幻灯片。请问大家：和警察谈话时，人们担心什么？他们认为自己说的话会被怎样处理？请两个人回答。
present-notes_police-record-status_plan_walk = 展示第一个问题，让大家投票。选择“警察可不可以分享我的身份”，然后选择“移民探员要求提供”。在“答案是什么？”幻灯片上，问大家预计会是什么答案。按→键揭晓答案。读出简短回答，以及最后一条“值得了解”说明，其中讲到这些规定无法保证什么。
present-notes_police-record-status_plan_compare = 按←键，选择“我书面同意让他们分享”。请大家预测答案。揭晓答案后，读出关于签字前先仔细阅读的步骤。
present-notes_police-record-status_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。
present-notes_police-record-status_prompt_before-signing = 在签署一份允许别人分享您信息的文件之前，您想知道什么？
present-notes_police-record-status_prompt_honest-limits = 我们怎样才能坦诚地谈论这些规定能保证什么、不能保证什么，同时又不把人们吓得不敢寻求帮助？
present-notes_police-record-status_question_write-down-status = 如果我和警察谈话，他们会记下我的移民身份吗？
present-notes_police-record-status_question_give-to-ice = 如果ICE要求，警察可以把我的身份告诉他们吗？
present-notes_police-record-status_question_share-anything = 警察是不是被禁止向联邦政府分享任何信息？

## warrantless-arrest
present-notes_warrantless-arrest_plan_open = 展示“用手机跟着看”幻灯片，并读出这种情况的标题。说明这种情况讲的是逮捕发生后家人可以怎么做。请问大家：在最初几个小时里，家人需要什么？请两个人回答。
present-notes_warrantless-arrest_plan_walk = 展示第一个问题，让大家投票。选择“在伊利诺伊州、印第安纳州、威斯康星州、密苏里州、堪萨斯州或肯塔基州”，然后选择“起因是探员拦下了一辆车”。在“答案是什么？”幻灯片上，问大家预计会是什么答案。按→键揭晓答案。慢慢读出结论和简短回答，以及关于告诉这起案件的律师的步骤。不要说这项命令仍然适用：本网站并不知道，而是让人们去找NIJC或ICIRR。
present-notes_warrantless-arrest_plan_compare = 按←键，选择“探员出示了令状”。请大家先预测，然后揭晓答案，并读出关于ICE表格的说明。
present-notes_warrantless-arrest_plan_discuss = 让屏幕变黑（按B键），并使用下面的一两个讨论题。最后以关于写下您所知道的情况的步骤结束。
present-notes_warrantless-arrest_prompt_details = 逮捕发生后，哪些细节最容易被忘记？家人可以怎样一起把它们写下来？
present-notes_warrantless-arrest_prompt_no-promises = 我们怎样才能分享关于法院命令的消息，而不做出我们无法兑现的承诺？
present-notes_warrantless-arrest_question_traffic-stop = ICE在交通拦截时带走了我丈夫，没有出示任何令状。我们能做些什么吗？
present-notes_warrantless-arrest_question_limits-on-ice = 在芝加哥，有没有什么能限制ICE可以做的事？
present-notes_warrantless-arrest_question_other-state = 事情发生在另一个州。这项法院命令能帮上忙吗？

## where-were-you-born
present-notes_where-were-you-born_plan_open = 展示“用手机跟着看”幻灯片，并读出这种情况的标题。问大家有没有人听说过警察问这些问题。请两个人回答。提醒大家，任何人都不需要说出自己的身份。
present-notes_where-were-you-born_plan_walk = 展示第一个问题“是谁在问这些问题？”。让大家投票，并选择“芝加哥警员，或伊利诺伊州的其他警察”。然后选择“我开车时被拦停”。在“答案是什么？”幻灯片上，请大家举手表决：警员可以问吗？按→键揭晓答案，并读出简短回答。
present-notes_where-were-you-born_plan_compare = 按Home键，选择“联邦移民探员，例如ICE”。揭晓答案之前问大家：同样的规定适用吗？揭晓答案，并慢慢读出答案的标题。
present-notes_where-were-you-born_plan_discuss = 让屏幕变黑（按B键）。先使用下面的练习题，如果时间允许，再使用另一个讨论题。
present-notes_where-were-you-born_prompt_practice = 大声说出“我要保持沉默。”可能会让人觉得很难。什么能让它变得容易一些？试着对坐在您旁边的人说一遍。
present-notes_where-were-you-born_prompt_who-is-it = 您怎样分辨问话的人是谁：是警员还是联邦探员？您会注意什么？
present-notes_where-were-you-born_question_cop-asks-legal = 芝加哥警员可以问我是不是合法的吗？
present-notes_where-were-you-born_question_ice-asks = 如果问话的是ICE，而不是警察呢？
present-notes_where-were-you-born_question_rights-without-papers = 如果我没有证件，我还有任何权利吗？
