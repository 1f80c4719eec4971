# Facilitator notes for the presenter view (/<lang>/present/<situation>), shown to the trainer
# with N: a suggested plan with minutes, discussion prompts, and common questions from the room
# with where the site answers them. The structure is in each situation's file (content/scenarios/
# <id>.toml, `[trainer]`); the words are here, named present-notes_<situation>_<kind>_<id>.
# Only the presenter view uses them (the part `present`). The notes make no legal claims of their
# own: the answer slides carry the law, its sources and the help lines. Never ask anyone in the
# room about their own status.

## agents-approach-you
present-notes_agents-approach-you_plan_open = Show the follow-along slide. Ask: where do people worry most about meeting immigration agents? Write the places the room names on a board. They will match the four answers on the first question.
present-notes_agents-approach-you_plan_walk = Show the first question and let the room vote. Choose 'On the street or in another public place'. On the reveal slide, ask what people think they may do. Press → to reveal. Read the steps aloud, and have the room say 'I want to remain silent' and 'Am I free to leave?' together.
present-notes_agents-approach-you_plan_compare = Press ← and choose 'At home'. Ask the room to predict, then reveal. Read the reason about the ICE memo, and the step about not resisting, slowly.
present-notes_agents-approach-you_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the help line on the answer slide.
present-notes_agents-approach-you_prompt_hardest-step = Which of these steps would be hardest to remember when you are scared? How could we help each other remember?
present-notes_agents-approach-you_prompt_household-plan = Who would you call first? Does everyone in your home know who that is?
present-notes_agents-approach-you_question_where-born = Do I have to tell agents where I was born?
present-notes_agents-approach-you_question_open-door = Do I have to open the door?
present-notes_agents-approach-you_question_anything-limits-ice = Does anything limit what ICE can do in Chicago?

## agents-at-home
present-notes_agents-at-home_plan_open = Show the follow-along slide. Ask: if someone knocked and said 'immigration', what would you want to know before you did anything? Take two answers.
present-notes_agents-at-home_plan_walk = Show the first question and let the room vote. Choose 'Agents are knocking and want to come in', then 'No, or they will not show one'. On the reveal slide, ask what people expect. Press → to reveal and read the steps aloud.
present-notes_agents-at-home_plan_compare = Press Home and choose 'Agents show a paper from an immigration judge, such as a removal order'. Ask the room to predict. Reveal, then read the reason about the ICE memo and the step about not resisting slowly. Point out that the answer calls ICE's claim contested.
present-notes_agents-at-home_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the help line on the answer slide.
present-notes_agents-at-home_prompt_whole-household = Who in a home should know what to do if agents knock? How would you explain it to children or older relatives?
present-notes_agents-at-home_prompt_stay-calm = What would help you stay calm at the door, and remember to write things down afterward?
present-notes_agents-at-home_question_open-door = Do I have to open the door if ICE knocks?
present-notes_agents-at-home_question_deportation-order = Can ICE come in if someone at home has a deportation order?
present-notes_agents-at-home_question_police-with-ice = Chicago police came with the agents. Are they allowed to help?

## city-form-asks-status
present-notes_city-form-asks-status_plan_open = Show the follow-along slide. Ask: what kinds of City forms do people in this community fill out, for a benefit or a service? Talk about forms in general. Do not ask anyone about their own forms or their own status. Take two answers.
present-notes_city-form-asks-status_plan_walk = Show the first question and let the room vote. Choose 'A form or application for a City of Chicago benefit or service', then 'No, or they did not say'. On the reveal slide, ask for hands: may the form ask? Press → to reveal and read the short answer.
present-notes_city-form-asks-status_plan_compare = Press Home and choose 'Another office, such as a state, county or federal office, or a private group'. Ask the room to predict. Reveal, then read the note about the Chicago Public Schools and the Chicago Housing Authority.
present-notes_city-form-asks-status_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the steps about asking why and talking to a lawyer.
present-notes_city-form-asks-status_prompt_unsure-question = If a form asks a question you are not sure about, who could you ask for help before you answer?
present-notes_city-form-asks-status_prompt_skipping-services = What makes people skip services they need? What would help them feel able to apply?
present-notes_city-form-asks-status_question_citizen-box = A City form asks if I am a citizen. Is that allowed?
present-notes_city-form-asks-status_question_law-requires = The office says a law makes them ask. What now?

## confrontation-911
present-notes_confrontation-911_plan_open = Show the follow-along slide and read the situation's title. Ask: when neighbors gather during an arrest, what do people hope the police will do? Take two answers.
present-notes_confrontation-911_plan_walk = Show the first question and let the room vote. Choose 'The agents want police to help with their arrest'. On the reveal slide, ask for hands: may police help? Press → to reveal and read the short answer and the note about keeping the peace.
present-notes_confrontation-911_plan_compare = Press Home and choose 'It is over, and I want to report what happened', then 'Federal agents'. Ask the room to predict. Reveal, and read the line about the court challenge aloud.
present-notes_confrontation-911_plan_discuss = Blank the screen (B) and use one or two prompts below. Keep the focus on safety: no one should put themselves at risk to record or write down what happens.
present-notes_confrontation-911_prompt_stay-safe = At a tense scene, what helps bystanders stay safe and calm?
present-notes_confrontation-911_prompt_reporting = After a scene like this, what makes people report what they saw? What stops them?
present-notes_confrontation-911_question_will-police-come = If someone gets hurt during an ICE arrest, will police come when we call 911?
present-notes_confrontation-911_question_complain-officer = Where do I complain about a Chicago officer who helped ICE?
present-notes_confrontation-911_question_agent-rights = Can I do anything about a federal agent who violated my rights?
present-notes_confrontation-911_question_respond-at-all = Are police allowed to respond at all when ICE is around?

## courthouse-arrest
present-notes_courthouse-arrest_plan_open = Show the follow-along slide. Ask: why might someone be afraid to go to court as a witness, or to go with a family member? Take two answers. Do not tell anyone whether to go to court; the site sends people to a lawyer.
present-notes_courthouse-arrest_plan_walk = Show the first question and let the room vote. Choose 'I am a witness', then 'An immigration arrest without a judge's order'. On the reveal slide, ask for hands: is this arrest allowed? Press → to reveal. Read the headline, and read the line about the court challenge aloud.
present-notes_courthouse-arrest_plan_compare = Press ← and choose 'An arrest for a crime'. Ask the room to predict, then reveal and compare the two answers.
present-notes_courthouse-arrest_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the lawyer and help lines on the answer slide.
present-notes_courthouse-arrest_prompt_before-court = What would help someone get ready for a court date? Who could they talk to beforehand?
present-notes_courthouse-arrest_prompt_challenged-law = The answer slide says the law is being challenged in court. How can we talk about that, so people neither panic nor feel too sure?
present-notes_courthouse-arrest_question_witness-arrest = I am a witness in a case. Can immigration agents arrest me on my way to court?
present-notes_courthouse-arrest_question_impossible-now = Are immigration arrests at courthouses impossible now?
present-notes_courthouse-arrest_question_other-reason = I am going to the courthouse for another reason, not for a case. Does this law cover me?

## crime-victim-or-witness
present-notes_crime-victim-or-witness_plan_open = Show the follow-along slide and read the situation's title aloud. Ask: what might stop someone from calling the police after a crime? Take two or three answers. Do not ask anyone about their own status.
present-notes_crime-victim-or-witness_plan_walk = Show the first question. Let the room vote by show of hands. Choose 'Yes, an officer asked about status or where someone was born'. On the reveal slide, ask for hands: may the officer ask, or not? Press → to reveal. Read the short answer and the step about telling police what happened.
present-notes_crime-victim-or-witness_plan_u-visa = Press Home. Choose 'No, or I have not talked to the police yet', then 'Yes, or I want to know how it works'. Read the question's hint, which explains a U visa certification. Before you reveal, ask who could help a victim ask for it. Reveal and point to the steps about getting help from a lawyer or a victim-service provider.
present-notes_crime-victim-or-witness_plan_discuss = Blank the screen (B) and use one or two prompts below. Remind people the site sends them to a lawyer for their own case.
present-notes_crime-victim-or-witness_prompt_feel-able = What would help a neighbor who was robbed feel able to tell the police what happened?
present-notes_crime-victim-or-witness_prompt_who-walks-with = Who in your community could walk with a crime victim through a request like this, such as a lawyer or a group that helps victims of crime?
present-notes_crime-victim-or-witness_prompt_witness-questions = If you saw a crime, what would you want to know before you talked to the police as a witness?
present-notes_crime-victim-or-witness_question_call-911-papers = If I call 911 because I was robbed, will they ask about my papers?
present-notes_crime-victim-or-witness_question_deported-for-reporting = Can I get deported for reporting a crime?
present-notes_crime-victim-or-witness_question_ask-u-visa = How do I ask the police to sign the form for a U visa?

## detainer-at-bond
present-notes_detainer-at-bond_plan_open = Show the follow-along slide. Then show the first question and ask a volunteer to read its hint aloud, so everyone knows what a detainer is. Ask what people have heard about 'ICE holds' at the jail.
present-notes_detainer-at-bond_plan_walk = Let the room vote on the first question. Choose 'No. There are only ICE papers, such as the detainer or an ICE warrant form'. On the next question, choose 'Yes. They would go home now if ICE had not sent the detainer'. On the reveal slide, ask for hands: does the jail keep the person for ICE? Press → to reveal and read the short answer.
present-notes_detainer-at-bond_plan_compare = Press ← and choose 'No. They are still held in their criminal case'. Before you reveal, ask what changes and what does not. Reveal, then read the 'Good to know' note about the Cook County Jail.
present-notes_detainer-at-bond_plan_discuss = Blank the screen (B) and use one or two prompts below. Close by pointing to the lawyer and help lines on the answer slide.
present-notes_detainer-at-bond_prompt_first-call = If a family member were held, what would you want to know first? Who would you call?
present-notes_detainer-at-bond_prompt_rumors = What have you heard about people being held for ICE at a jail? Where did you hear it, and how could we check it?
present-notes_detainer-at-bond_question_forty-eight-hours = Does an ICE detainer mean the jail keeps my brother 48 more hours?
present-notes_detainer-at-bond_question_tell-ice-release = Will Chicago police tell ICE when he gets out?

## federal-criminal-warrant
present-notes_federal-criminal-warrant_plan_open = Show the follow-along slide. Then show the first question, 'Who signed the warrant?', and read its hint aloud. Ask why the person who signed a paper might matter. Take two answers.
present-notes_federal-criminal-warrant_plan_walk = Let the room vote. Choose 'An immigration officer, on an ICE form such as I-200 or I-205'. On the reveal slide, ask for hands: may Chicago police act on it? Press → to reveal. Read the 'Good to know' note about the word 'warrant' on ICE forms.
present-notes_federal-criminal-warrant_plan_compare = Press ← and choose 'An immigration judge, for example on a removal order'. Ask the room to predict, then reveal. Go back once more and choose 'A judge or magistrate of a court, for a crime'. Reveal and compare the three answers.
present-notes_federal-criminal-warrant_plan_discuss = Blank the screen (B) and use one or two prompts below.
present-notes_federal-criminal-warrant_prompt_clues = What clues on a paper would you look for before deciding what it is? What would you do if you could not tell?
present-notes_federal-criminal-warrant_prompt_word-warrant = Some papers have the word 'warrant' at the top. How could that confuse people, and how can we help each other read them?
present-notes_federal-criminal-warrant_question_removal-order = Is a deportation (removal) order from immigration court a judge's warrant?
present-notes_federal-criminal-warrant_question_real-criminal-warrant = If agents have a criminal warrant from a court, can Chicago police help them?

## ice-asks-for-perimeter
present-notes_ice-asks-for-perimeter_plan_open = Show the follow-along slide. Ask: at a scene, what counts as 'helping'? Is directing traffic helping? Take a few answers and do not judge them yet.
present-notes_ice-asks-for-perimeter_plan_walk = Show the first question and read its hint, which explains 'traffic perimeter'. Let the room vote by show of hands. Choose 'An immigration arrest or raid'. On the reveal slide, ask for hands: may police do this, or not? Press → to reveal and read the short answer.
present-notes_ice-asks-for-perimeter_plan_compare = Press ← and choose 'A crime, a crowd, or someone in danger at the scene'. Before you reveal, ask what police may still do at the same scene. Reveal and compare the two answer slides.
present-notes_ice-asks-for-perimeter_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the answer slide's step about writing things down, if it is safe.
present-notes_ice-asks-for-perimeter_prompt_hard-to-see = From the sidewalk, how could you tell whether police are keeping people safe or helping an operation? What would you want to know first?
present-notes_ice-asks-for-perimeter_prompt_what-would-you-do = If you saw officers closing a street near a raid, how would you stay safe, at a distance and without getting in the way of agents or police? Who would you tell?
present-notes_ice-asks-for-perimeter_question_traffic-help = Is blocking traffic for ICE really 'helping' them?
present-notes_ice-asks-for-perimeter_question_stand-by = Can officers just wait nearby in case ICE needs backup?
present-notes_ice-asks-for-perimeter_question_judge-warrant = What if ICE has a criminal warrant signed by a judge? Can police help then?

## ice-asks-police
present-notes_ice-asks-police_plan_open = Show the follow-along slide so people can open the situation on their phones. Ask who has seen or heard about police and ICE agents at the same scene. Take two answers. Do not ask anyone about their own status.
present-notes_ice-asks-police_plan_walk = Show the first question. Let the room vote by show of hands. Highlight 'Finding, stopping or holding someone for an immigration reason' with ↑ ↓ and press →. On the warrant question, take a vote again and choose 'No, there is no warrant'. On the reveal slide, ask two people what they expect. Then press → to reveal the answer and read its short answer aloud.
present-notes_ice-asks-police_plan_compare = Press ← to go back to the warrant question. Choose 'Yes, but it is an ICE form signed by an immigration officer'. On the reveal slide, ask: does the signature change anything? Reveal, then read the 'Good to know' note about the word 'warrant' on ICE forms.
present-notes_ice-asks-police_plan_discuss = Press B to blank the screen and use one or two prompts below. Then show the answer slide again and point to the help lines on it.
present-notes_ice-asks-police_prompt_who-decides = When an officer on the street gets a request from an immigration agent, who do you think should make the call? Why might that matter?
present-notes_ice-asks-police_prompt_write-it-down = If you saw this happen, what would you want to write down? How would you stay safe while you did it?
present-notes_ice-asks-police_prompt_trust = How might neighbors feel about calling the police after they see police at an immigration arrest? What could change that?
present-notes_ice-asks-police_question_help-arrest = Can Chicago police help ICE arrest my neighbor?
present-notes_ice-asks-police_question_paper-says-warrant = The ICE agent showed a paper with the word 'warrant' on it. Do the police have to help now?
present-notes_ice-asks-police_question_someone-hurt = If someone gets hurt while ICE is there, will the police still come?
present-notes_ice-asks-police_question_deputized = Can Chicago police sign up to work as immigration agents?

## ice-at-city-property
present-notes_ice-at-city-property_plan_open = Show the follow-along slide. Ask who in the room works at or often uses a City building, such as a library, a park or a City office. Ask what they would do if agents walked in. Take two answers.
present-notes_ice-at-city-property_plan_walk = Show the first question and let the room vote. Choose 'They want to go into a private or staff-only area', then 'They have an ICE form signed by an immigration officer'. On the reveal slide, ask what staff should do. Press → to reveal. Read the steps from the City's guidelines, and the note that they are guidance, not the ordinance.
present-notes_ice-at-city-property_plan_compare = Press Home and choose 'They ask for information or records about someone'. Ask the room to predict, then reveal and read the short answer.
present-notes_ice-at-city-property_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the reporting step on the answer slide.
present-notes_ice-at-city-property_prompt_workplace-plan = If you worked the front desk at a library, who would you call first? Does your workplace have a plan?
present-notes_ice-at-city-property_prompt_while-waiting = While staff wait for a supervisor, what helps them stay calm and keep the people around them calm?
present-notes_ice-at-city-property_question_staff-room = Can library staff let ICE into the staff-only room?

## ice-calls-station
present-notes_ice-calls-station_plan_open = Show the follow-along slide. Ask the room to picture a phone ringing at a police station desk, and an ICE agent asking about someone held there. What might the caller want? Take answers and match them to the four answers on the first question.
present-notes_ice-calls-station_plan_walk = Show the first question and let the room vote. Choose 'To know when a person will be released, or whether they are still held'. On the reveal slide, ask for hands: may the station answer, or not? Press → to reveal and read the short answer.
present-notes_ice-calls-station_plan_compare = Press ← and choose 'To talk to or interview a person in custody by phone'. Before you reveal, ask how this is different. Reveal, then read the steps about staying silent and not signing anything.
present-notes_ice-calls-station_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the help lines on the answer slide.
present-notes_ice-calls-station_prompt_family-view = Why might a family care who can call or visit a relative who is being held?
present-notes_ice-calls-station_prompt_front-desk = If you worked at a front desk, what would help you handle a call like this calmly?
present-notes_ice-calls-station_question_give-address = Will the police give ICE my son's address?
present-notes_ice-calls-station_question_interview-at-station = Can ICE interview someone at the police station?
present-notes_ice-calls-station_question_share-anything = Are the police banned from sharing any information with the federal government?

## institution-visit
present-notes_institution-visit_plan_open = Show the follow-along slide. Ask who in the room works at, studies at or uses a hospital, a public college or a day care center. Ask: who there would handle a visit from immigration agents? Take two answers.
present-notes_institution-visit_plan_walk = Show the first question and let the room vote. Choose 'At a hospital', then 'No, or I am not sure'. On the reveal slide, ask what people expect the hospital to have. Press → to reveal. Point out that the answer says 'reports say': it rests on news reports of the law.
present-notes_institution-visit_plan_compare = Press Home and choose 'At a licensed day care center', then 'No, or I am not sure'. Ask the room to predict, then reveal and read the reason about sharing status.
present-notes_institution-visit_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the 'Good to know' note about what these rules do not cover.
present-notes_institution-visit_prompt_find-out-now = How could you find out now, before anything happens, who handles these visits where you work, study or leave your children?
present-notes_institution-visit_prompt_tell-families = What would you want a hospital or day care center to tell families ahead of time?
present-notes_institution-visit_question_hospital-plan = Does my hospital have to have a plan for visits from ICE?
present-notes_institution-visit_question_public-university = What about my public university?

## ncic-immigration-hit
present-notes_ncic-immigration-hit_plan_open = Show the follow-along slide. Ask: what happens when an officer runs your name during a traffic stop? Take two answers. Then show the first question and read its hint, which explains NCIC.
present-notes_ncic-immigration-hit_plan_walk = Let the room vote on the first question. Choose 'An immigration record only, such as an Immigration Violator File entry or an ICE form'. On the reveal slide, ask for hands: may police hold the driver for ICE? Press → to reveal and read the short answer.
present-notes_ncic-immigration-hit_plan_compare = Press ← and choose 'It does not say whether it is civil or criminal'. Before you reveal, ask what the officer could do to find out. Reveal and read the officer's step.
present-notes_ncic-immigration-hit_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the driver's step on the answer slide.
present-notes_ncic-immigration-hit_prompt_waiting = A driver cannot see the officer's screen. What would help a driver stay calm while waiting?
present-notes_ncic-immigration-hit_prompt_fear-of-stops = Why might some people fear a traffic stop more than the ticket itself? What could change that?
present-notes_ncic-immigration-hit_question_hold-for-ice = If the computer shows an immigration record, can police hold me for ICE?
present-notes_ncic-immigration-hit_question_same-as-judge = Is an ICE 'warrant' the same as a judge's warrant?
present-notes_ncic-immigration-hit_question_stopped-for-status = Can police stop me just because they think I am undocumented?
present-notes_ncic-immigration-hit_question_where-born = During the stop, can the officer ask where I was born?

## police-record-status
present-notes_police-record-status_plan_open = Show the follow-along slide. Ask: what worries people about talking to the police? What do they think happens to what they say? Take two answers.
present-notes_police-record-status_plan_walk = Show the first question and let the room vote. Choose 'Whether police may share my status', then 'Immigration agents asked for it'. On the reveal slide, ask what people expect. Press → to reveal. Read the short answer and the last 'Good to know' note, which says what these rules cannot promise.
present-notes_police-record-status_plan_compare = Press ← and choose 'I agreed in writing to let them share it'. Ask the room to predict. Reveal, then read the step about reading before you sign.
present-notes_police-record-status_plan_discuss = Blank the screen (B) and use one or two prompts below.
present-notes_police-record-status_prompt_before-signing = Before you sign a paper that lets someone share your information, what would you want to know?
present-notes_police-record-status_prompt_honest-limits = How can we talk honestly about what these rules can and cannot promise, without scaring people away from getting help?
present-notes_police-record-status_question_write-down-status = If I talk to the police, will they write down my immigration status?
present-notes_police-record-status_question_give-to-ice = If ICE asks, can the police give them my status?
present-notes_police-record-status_question_share-anything = Are the police banned from sharing any information with the federal government?

## warrantless-arrest
present-notes_warrantless-arrest_plan_open = Show the follow-along slide and read the situation's title. Say this one is about what a family can do after an arrest. Ask: in the first hours, what does a family need? Take two answers.
present-notes_warrantless-arrest_plan_walk = Show the first question and let the room vote. Choose 'In Illinois, Indiana, Wisconsin, Missouri, Kansas or Kentucky', then 'It started when agents stopped a car'. On the reveal slide, ask what people expect. Press → to reveal. Read the verdict and the short answer slowly, and the step about telling the lawyers in the case. Do not say the order still applies: the site does not know, and sends people to NIJC or ICIRR.
present-notes_warrantless-arrest_plan_compare = Press ← and choose 'The agents showed a warrant'. Ask the room to predict, then reveal and read the note about ICE forms.
present-notes_warrantless-arrest_plan_discuss = Blank the screen (B) and use one or two prompts below. End on the step about writing down what you know.
present-notes_warrantless-arrest_prompt_details = After an arrest, which details would be easiest to forget? How could a family write them down together?
present-notes_warrantless-arrest_prompt_no-promises = How can we share news about a court order without making promises we cannot keep?
present-notes_warrantless-arrest_question_traffic-stop = ICE took my husband at a traffic stop and showed no warrant. Is there anything we can do?
present-notes_warrantless-arrest_question_limits-on-ice = Does anything limit what ICE can do in Chicago?
present-notes_warrantless-arrest_question_other-state = It happened in another state. Can this court order help?

## where-were-you-born
present-notes_where-were-you-born_plan_open = Show the follow-along slide and read the situation's title. Ask if anyone has heard of police asking these questions. Take two answers. Remind the room that no one needs to share their own status.
present-notes_where-were-you-born_plan_walk = Show the first question, 'Who is asking the questions?'. Let the room vote and choose 'A Chicago police officer, or other Illinois police'. Then choose 'I was pulled over in a car'. On the reveal slide, ask for hands: may the officer ask? Press → to reveal and read the short answer.
present-notes_where-were-you-born_plan_compare = Press Home and choose 'A federal immigration agent, such as ICE'. Before you reveal, ask: do the same rules apply? Reveal and read the answer's headline slowly.
present-notes_where-were-you-born_plan_discuss = Blank the screen (B). Use the practice prompt below, then one more prompt if time allows.
present-notes_where-were-you-born_prompt_practice = Saying 'I want to remain silent' out loud can feel hard. What would make it easier? Try saying it to the person next to you.
present-notes_where-were-you-born_prompt_who-is-it = How could you tell who is asking: a police officer or a federal agent? What would you look for?
present-notes_where-were-you-born_question_cop-asks-legal = Can a Chicago police officer ask me if I am legal?
present-notes_where-were-you-born_question_ice-asks = What if it is ICE asking, not the police?
present-notes_where-were-you-born_question_rights-without-papers = Do I have any rights if I do not have papers?
