#!/usr/bin/env python3
"""Scores for the exercise-advice app's output on 24 clients (h01-h24).
All data below is literal, entered by the scorer after reading each profile and
outputs/hNN.txt. The script checks that every quote is an exact substring of
that client's output file, then writes rubric.jsonl and rubric_summary.md."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
dict(id="h01", lang="en-US", s=[2,2,2,1,1,2],
 quotes=["urine dark like cola with very sore muscles after a long or hot effort can be muscle breakdown (rhabdomyolysis)",
         "see a doctor today for a blood and urine test",
         "Confusion, unsteadiness or sweating that stopped in the heat are the warning signs of heat stroke",
         "\"notes_unsure\":[\"legs been super sore\"]"],
 comment="Right call: suspected rhabdomyolysis (cola urine, weak sore thighs after two days of heavy yard work) -> no walk, fluids, same-day blood/urine test, 911 for confusion or no urine; the week is rest until cleared. But the decisive co-factor, atorvastatin started 3 weeks ago, is never mentioned (the doctor must hear of it and may hold the statin), the warning opens with heat stroke on a 61 F morning, and the only reason given is a generic blood-pressure line about exercise lowering BP on a no-exercise day.",
 zero=[],
 changes="Name the statin: 'you started atorvastatin 3 weeks ago; statins plus heavy unaccustomed work can cause muscle breakdown - tell the doctor today, ask whether to pause it'. Drop the heat-stroke clause and the BP reason; say 'urgent care today (CK and kidney test), not a walk'."),
dict(id="h02", lang="zh-CN", s=[2,2,2,2,1,1],
 quotes=["SGLT2抑制剂（如恩格列净、达格列净）加上生酮/极低碳水饮食，容易在血糖不高时发生酮症酸中毒",
         "不是“生酮流感”",
         "备注“吐了”：按颈部以下的急性疾病处理",
         "周四 休息  休息、多喝水：等退烧满一天、症状明显好转再动"],
 comment="Excellent catch of euglycaemic DKA (dapagliflozin + keto + nausea, vomiting, dry mouth, weakness with glucose only 162), explicitly rebuts 'keto flu', asks for a blood-ketone test and a call to the doctor or A&E today, no 5 km run. Weaknesses: the headline frames it as an ordinary illness ('等病好了再练'), the first warning is the generic neck-check with '伤心脏', and the plan's days speak of waiting for the fever to go when he has no fever; the walking days from Saturday are not conditioned on ketones being cleared by a doctor.",
 zero=[],
 changes="Headline: '今天不要跑：可能是酮症酸中毒，现在测血酮/去急诊'. Put the SGLT2 warning first, drop the neck-check text, and make the week 'rest until the doctor has ruled out ketoacidosis and reviewed the keto diet with dapagliflozin', no fever wording."),
dict(id="h03", lang="en-GB", s=[1,2,1,1,1,1],
 quotes=["First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 5.0 mmol/l (90 mg/dl).",
         "lower the basal rate by about half from 60-90 minutes before",
         "check every 30 minutes on the way",
         "indoors today: outside, rain or snow"],
 comment="Recognises the pump, the full bolus still working and the 4.7 mmol/l reading, gives mmol first (en-GB), keeps him in the spin class he wants. But the numbers underplay the risk: a full bolus for a big pasta meal ~75 minutes earlier peaks during the class, and 15-30 g with checks every 30 minutes is thin; the basal advice '60-90 minutes before' is impossible 25 minutes before class (should be: temp basal/suspend now, extra carbs, check every 15 min, sit out sprints, stop and treat below ~4-5). The 45-min HR target assumes he controls a group spin's intensity. 'tempo runs and intervals' text on a bike day, garbled 'indoors today: outside, rain or snow'.",
 zero=[],
 changes="Say: set a temporary basal now (or per your team's plan), take 20-40 g fast carbs given the full bolus, go only if CGM is >5 and rising, check every 15 minutes, keep to moderate in class and skip the sprints, carry glucose, watch for a night-time low. Mention the class and the lads by name."),
dict(id="h04", lang="zh-CN", s=[2,2,2,1,1,2],
 quotes=["不要运动：现在就拨打急救电话（见下）。",
         "如果在吃抗凝药（如华法林、利伐沙班、阿哌沙班），或者出现糊涂、呕吐、嗜睡、抽搐，或者年龄在65岁以上",
         "你教练让你接着练、硬撑：今天不行",
         "周二 休息  先就医；医生同意后再重新制定计划"],
 comment="Correctly stops training and sends a 16-year-old with a head impact, dazed seconds, two days of headache, screen intolerance and vomiting to hospital now, not left alone, rest all week until cleared. But the word concussion never appears, the warning is a generic template (anticoagulants, over 65) rather than his case, there is no graduated return-to-play nor a plain 'no match next Saturday unless cleared', no advice to tell a parent, and the reason misreads the coach as telling him to push on today.",
 zero=[],
 changes="Name it: '这很可能是脑震荡，呕吐和持续头痛要今天去急诊；告诉家长'. Add: no training or match until symptom-free and cleared by a doctor, then a step-by-step return-to-play over about a week; rest from screens for a day or two."),
dict(id="h05", lang="en-AU", s=[1,1,1,1,1,1],
 quotes=["is acute mountain sickness: rest today, no run, and go no higher (put off any climb) until it has gone",
         "your notes (\"chucked up\"): read as an illness below the neck",
         "see a doctor if it is severe or not improving after a few days",
         "Sat    walking, light, 20 min, RPE 9-11  only once a day without fever and the aches gone"],
 comment="The AMS warning is right (headache, poor sleep, vomiting at 3,440 m two days after flying to Lukla: rest, do not go up to 3,880 m, descend for breathlessness at rest, confusion or ataxia). But it sits next to a contradictory 'illness below the neck' reading that says to wait 'a few days' - at altitude, AMS that does not improve means descend, not wait. The week is a generic post-flu walking ramp (20-30 min light walks, 'without fever') for someone on a multi-day trek; nothing about telling the guide, not masking symptoms with Panadol and ascending, ascent rate, or acetazolamide.",
 zero=[],
 changes="Drop the neck-check reading. Say: tell your guide, stay in Namche today, no ascent while headache or vomiting persist; worse or not better in 24 h -> descend; resume the trek only when symptom-free, sleeping no more than ~500 m higher per night; Panadol may hide symptoms, don't climb on it."),
dict(id="h06", lang="zh-TW", s=[2,2,1,1,1,1],
 quotes=["這條是替奶奶（外婆）寫的：卡片上的“你”指的是她",
         "摔過一次的話，請醫生或康復師做一次防跌倒評估（視力、用藥、居家環境）",
         "腿或腳有說不準的不適（發緊、按著疼、痠痛）",
         "週四 散步，中等強度，30分鐘，RPE 12-13"],
 comment="Good direction: tai chi with a chair beside her, sit-to-stand, heel-toe walking, fall-risk assessment, Traditional script with Taiwan's 119, and it notices the grandchild is writing. But it never answers the family's question (is resting safer? - no, sitting all day is what is making her legs weak and falls likelier), misreads '腳越來越沒力' as pain and adds stress-fracture and clot warnings, says nothing about night lights or the bathroom threshold she tripped on or her market goal, and doses a frightened, deconditioned 80-year-old at RPE 12-13 with a jump from a 10-minute walk to 30 minutes and strength days with no exercises named. '康復師' is mainland usage (Taiwan: 復健師/物理治療師).",
 zero=[],
 changes="Open with 'No - resting more makes her weaker; short daily practice makes falls less likely'. Night light and threshold/grab bar, walk with family first, build toward the market; list 3-4 chair-supported exercises; start at light effort; use 物理治療師."),
dict(id="h07", lang="en-US", s=[2,1,1,1,2,1],
 quotes=["A headache, cramps or nausea after hours in this heat are the first signs of heat exhaustion",
         "drink water with some salt (an electrolyte drink, not soda)",
         "Sat    swimming, moderate, 60 min, RPE 12-13, HR 105-129  easy today: this week's load stays within about 10% of your usual",
         "indoors today: outside, 100°F"],
 comment="Today is handled well: headache and calf cramps after 8 hours of deliveries at 100 F are read as early heat exhaustion, the 5-mile tempo is cancelled, cool down, electrolytes not soda, 911 signs. The week, though, does not serve a runner in a half-marathon block: two 60-minute swims (not among his activities), one run, no tempo rescheduled to a cool morning, no word on working outdoors again tomorrow (fluids and shade during shifts); the swim line says 'easy today' on a Saturday. Light yoga tonight is harmless but rest and rehydration would do.",
 zero=[],
 changes="Today: rest, cool, 500-750 ml of electrolyte drink, run tomorrow only if the headache is gone. Week: move the tempo to an early morning or a treadmill, keep easy runs, cycle rather than swim, and add hydration advice for delivery shifts."),
dict(id="h08", lang="zh-HK", s=[2,2,2,1,1,1],
 quotes=["今天建議休息，並請醫生看看（見下）。",
         "不游泳、不在馬路上騎車、不攀爬，也不開車（ACSM）",
         "心成日好似有只雀仔喺度撲咁,跳得好亂",
         "週三 休息  先就醫；醫生同意後再重新制定計劃"],
 comment="Safe and right: irregular palpitations plus a near-faint on the MTR platform -> no HIIT, see a doctor, 999 for chest pain or persistent palpitations, no driving or swimming until the cause is known, rest until cleared; Traditional script and 999 for Hong Kong. Missing the obvious personal levers: 4-5 coffees a day, overtime to 10 pm and sleep (her goal is stress relief and sleep); the card says 'today' when her question is the 6 am class tomorrow. The quote of her note is altered (隻 -> simplified 只, full-width comma -> ASCII).",
 zero=[],
 changes="Say 'cancel tomorrow's 6 am HIIT; book a doctor for an ECG'; cut caffeine now; name sleep and overtime; for stress, slow breathing or an easy walk once cleared. Quote her words unchanged."),
dict(id="h09", lang="en-CA", s=[2,2,1,2,2,1],
 quotes=["you asked about \"30k\": no more long runs with the race this close",
         "Sat    running, moderate, 20 min, RPE 12-13, HR 102-128  the day before the race",
         "heart rate 102-128 bpm: from your resting rate of 48",
         "because: an endurance session: steady and conversational (zone 2); long sessions build endurance at a moderate effort, not a hard one"],
 comment="Correct taper for a Sunday marathon: no 30 km tomorrow, easy runs with strides, a 15-20 min shakeout Saturday, the race, rest and off-legs work after; explains why with Mujika. Flaws: the HR band 102-128 for a sub-3:15 runner with RHR 48 is below his real easy pace and contradicts RPE 12-13; a stray 'long sessions build endurance' line and a WHO 150-min target are noise in a race week; the missed long runs could have led to pacing advice (start conservatively).",
 zero=[],
 changes="Give easy-run effort by RPE/pace (or HR ~65-75% HRmax), drop the WHO target and 'long sessions' line, and add: with the short build, start at goal pace or slightly slower and hold back to halfway."),
dict(id="h10", lang="zh-CN", s=[2,2,2,1,2,2],
 quotes=["长期睡不好：规律的中等强度运动能改善睡眠（Kredlow 2015），所以今天不因此减量",
         "更年期：运动不一定能减少潮热，但对这个阶段最要紧的几件事都有用",
         "你的血压读数126/80 mmHg：1级高血压范围（AHA 2017）",
         "周二 游泳，中等强度，30分钟，RPE 12-13"],
 comment="Sound: perimenopausal beginner gets 25 min brisk walking now (7 am), two strength days, a gentle ramp to ~85 min, with honest, evidence-based reasons on sleep, bone, weight and hot flushes, and 'see a doctor' if symptoms affect life. Personal touches are thin: yoga (a stated preference that suits sleep) never appears, the 3 am waking is treated generically, and a single 126/80 reading in a woman without hypertension is labelled 'stage 1 hypertension', which can alarm without context.",
 zero=[],
 changes="Answer directly 'no, this age needs more movement, not less'; put yoga/stretching in the evening on 1-2 days for sleep; name strength exercises; phrase the BP as 'slightly above ideal; recheck'; suggest a gynaecology check for the irregular periods."),
dict(id="h11", lang="en-IN", s=[1,2,2,1,1,1],
 quotes=["you take a blood thinner: a fall bleeds more and for longer",
         "nothing with contact or likely falls",
         "your notes (\"eliquis\"): read as heart disease",
         "Sat    brisk walking, moderate, 35 min, RPE 12-13"],
 comment="Gym and walking are fine on apixaban two months after a DVT and the clot/bleeding guidance (PE warning signs, 112) is good. But the decisive question - kabaddi, a full-contact tackling sport, on Saturday while anticoagulated - is never answered by name; 'nothing with contact' is generic and a keen ex-player will not read it as 'sit out kabaddi'. Eliquis is misread as heart disease, adding a false cardiac warning. Sunday swimming is not among his activities (he likes cycling).",
 zero=[],
 changes="Say plainly: 'No kabaddi on Saturday or any contact sport while on Eliquis (to March): a tackle or head knock can bleed badly; cheer, referee or play a non-contact event.' Remove the heart-disease label; swap swim for cycling."),
dict(id="h12", lang="zh-SG", s=[2,1,1,1,1,1],
 quotes=["除非医生给你定了限水量，热天不要少喝水，少量多次地喝",
         "你喜欢太极，但今天它超出了今天的强度上限，所以换成最接近的瑜伽",
         "周五 太极，中等强度，55分钟，RPE 12-13",
         "如果按骨头就疼（可能是应力性骨折的开始）"],
 comment="The safety core is right: 33 C / 75% humidity at noon is dangerous, no outdoor walk, and the diuretic + drinking less + cramps link is spelled out with a blood test for potassium/sodium. But the activity logic is broken: tai chi (3.0 MET) 'exceeds today's cap' and is swapped for yoga, then appears Friday at 55 min; his 10-year daily walk is not simply moved to early morning, evening or an air-conditioned mall - the week has one walk; a stress-fracture/clot warning and a stress-relief reason are noise; six stacked warnings.",
 zero=[],
 changes="Today: walk before 9 am or after 6 pm, or in an air-conditioned mall/void deck, 30-40 min; keep tai chi; drink through the morning and ask the doctor about timing the diuretic and checking electrolytes. Keep the daily walk in the week at cool hours; remove the irrelevant warnings."),
dict(id="h13", lang="en-NZ", s=[1,1,1,1,1,1],
 quotes=["a hernia waiting for its repair: no heavy lifting",
         "Today: moderate running for about 40 minutes, heart rate 106-130 bpm.",
         "you like strength training, but your doctor or physio said not to, for now today",
         "Wed    yoga, light, 30 min, RPE 9-11  yoga: balance and flexibility, 3 days a week from 65 (WHO 2020)"],
 comment="It does keep the deadlifts out and defers to the surgeon. But it misreads the situation (a hernia 'waiting for its repair' when the mesh repair was 3 weeks ago), never names the box jumps in tonight's WOD, and swaps in three 40-minute runs this week for a man whose recent work is a 40-min walk and a 20-min bike, with a pulling groin when he coughs - a big jump in impact and load at 3 weeks post-op. He is called 'a trained runner'; yoga is justified by 'from 65' for a 38-year-old; the sentence 'said not to, for now today' is garbled.",
 zero=[],
 changes="Say: 'Your surgeon's 4-6 weeks stands: no deadlifts, box jumps or heavy lifting until cleared; the groin pull on coughing means the repair is still healing.' Week: walking and easy bike 30-40 min, light jog only if pain-free, bodyweight upper work; ask the surgeon at 6 weeks."),
dict(id="h14", lang="zh-TW", s=[1,1,1,2,1,1],
 quotes=["戴泳鏡也不算安全",
         "不做頭低於心臟的動作（下犬式、彎腰摸腳尖）",
         "週三 瑜伽，中等強度，25分鐘，RPE 12-13",
         "備註“難受”：無法確定是什麼情況"],
 comment="The card's eye-surgery reason is excellent: no swimming until the ophthalmologist agrees, goggles are not enough, no downward dog, eye pain/redness -> back to the eye clinic today; brisk walking instead. But this key advice is buried in the reasons, while the only displayed warning is a misreading of '難受' (she was frustrated, not in pain). The plan then schedules yoga on days 7 and 8 after surgery, including the day after the card, with no caveat - she explicitly asked about downward dog - and strength on 0 days for a 68-year-old.",
 zero=[],
 changes="Make the eye advice the headline warning; tell her when she can expect to swim again (ask the surgeon at the 2-week check); in the plan, yoga 'without head-down poses' or replace with walks/tai chi; add two light strength days."),
dict(id="h15", lang="en-GB", s=[1,2,1,0,1,1],
 quotes=["Dizziness or fainting: no exercise today.",
         "your blood pressure reading 104/62 mmHg: normal (AHA 2017)",
         "Tue    rest  your blood pressure reading 104/62 mmHg: normal (AHA 2017)",
         "\"mood\":\"negative\""],
 comment="Stopping today's walk and sending her to a doctor today for lightheadedness on standing is right, and 999 fits en-GB. But it reads a 74-year-old, three weeks widowed, not eating, woozy on standing, on BP tablets with a reading of 104/62, and saying she does not see 'the point of any of it', as a generic dizziness case: it calls 104/62 'normal' (on tablets, with postural symptoms it suggests overtreatment with poor intake - ask the GP to review the tablets), gives no eating/drinking or stand-up-slowly advice, and says nothing to her grief or low mood (no support line, no prompt to tell the GP how she feels). The week is seven days of rest with no gentle path.",
 zero=["personalisation: none of her decisive facts is used - husband's death 3 weeks ago, poor eating, her daughter, BP tablets with a low reading, and 'not sure I see the point of any of it' are all ignored; the card is a generic dizziness template (the JSON even records mood negative)."],
 changes="Start with condolence; 'the woozy spells on standing with a low reading may mean your BP tablets need adjusting now you are eating less - see your GP today'; stand up slowly, eat and drink regularly; tell the GP how low you feel, Samaritans 116 123 any time; once reviewed, a short walk with her daughter or indoors, sit-to-stands holding the counter."),
dict(id="h16", lang="zh-HK", s=[2,2,2,1,1,2],
 quotes=["不要運動：現在就撥打急救電話（見下）。",
         "可能是心臟病發作：現在就撥打急救電話（999），不要自己開車去醫院",
         "備註“心口有少少翳住”：按胸痛處理",
         "週五 休息  先就醫；醫生同意後再重新制定計劃"],
 comment="Safe: new exertional chest tightness on stairs relieved by rest, two weeks of left-arm symptoms, and BP 148/92 in a 52-year-old heavy lifter -> no deadlift, no training, urgent care, 999, do not drive; rest until a doctor clears him. Calling 999 while symptom-free is more than strictly needed (same-day emergency assessment would do), but errs safely. It never explains why his own theories (a trapped neck nerve, being out of shape) are not safe assumptions, nor what the stair pattern means (possible angina), and the template lists symptoms he did not report.",
 zero=[],
 changes="Say: 'Chest tightness on stairs that eases with rest, with left-arm numbness, is how angina often shows - not a neck nerve until a doctor says so; go to A&E tonight, 999 if it comes at rest or lasts over 5 minutes.' Mention that the competition plan waits for cardiology."),
dict(id="h17", lang="en-IE", s=[2,2,2,1,1,2],
 quotes=["osteoporosis: strength and balance work helps bone most",
         "avoid bending and twisting under load (sit-ups, toe touches, lifting with a rounded back)",
         "Thu    walking, moderate, 30 min, RPE 12-13"],
 comment="Good osteoporosis-specific content (Too Fit To Fracture: strength, balance, some impact, avoid loaded flexion/twisting, turn slowly) and a balanced week of tai chi, two strength days and a walk. But her actual question - 'would I be better just resting?' - is never answered (the answer is no: inactivity loses bone and raises fall risk), and her walking group, physio exercises, healed wrist and alendronate go unmentioned; the reasons promise brisk walking 'on other days' but the plan has one walk.",
 zero=[],
 changes="Open with 'No - resting weakens bones and balance; staying active is how to avoid the next fracture'; encourage rejoining the walking group (good shoes, avoid icy days); keep the physio wrist exercises; two or three walks in the week."),
dict(id="h18", lang="zh-CN", s=[2,2,2,1,1,1],
 quotes=["你问运动是不是浪费时间：不是。",
         "小孩子要有大人陪着",
         "你写了“心烦”：今天不做高强度、时间短一点，但中等强度的活动最能改善情绪（WHO 2020）",
         "周四 力量训练，中等强度，25分钟，RPE 12-13"],
 comment="Right answer to the parent: don't stop activity before the exam; the after-dinner ride she wants, with a helmet, and a week that counts toward the daily hour. But the recurring headaches, 6 hours' sleep and withdrawal are not addressed (sleep advice, a doctor if headaches persist, school counsellor/doctor if low mood lasts), the 中考体育 goal is not tied to the runs, 18:30 riding needs lights, 'small children need an adult' is wrong for a 14-year-old, and 'shorter today' sits beside a 40-min ride. The card speaks to the girl as 'you' though the parent wrote.",
 zero=[],
 changes="Address the parent; keep the ride (lights, helmet, 30-40 min); add sleep (she needs 8-10 h), headaches to a doctor if they persist, and when to seek help for mood; link the run days to the 中考 events; drop the adult-accompany line."),
dict(id="h19", lang="en-US", s=[1,1,1,1,1,0],
 quotes=["can be the start of a manic episode: call your psychiatrist, prescriber or doctor today",
         "No races, long or hard sessions until then",
         "Tomorrow start slower than feels right and pick it up later; if you have not been running lately, run-walk it",
         "Mon    walking, light, 81 min, RPE 9-11",
         "week: about 0 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it; strength on 0 days"],
 comment="The warning is the right one: two sleepless nights, euphoria and an impulsive 30k entry a week after stopping lithium may be the start of mania - call the prescriber today, don't stop/restart alone, no races, crisis line/911. But the same card then coaches her for tomorrow's race ('start slower ... run-walk it'), tells her the 30k is 'not today', offers yoga at 23:40 instead of sleep, and the plan prescribes three 81-minute walks while its summary says 'about 0' minutes. A person in a possible manic state will take the permissive line.",
 zero=["language: the card contradicts itself on the central question - the warning says 'No races' while a reason gives race-day pacing for tomorrow, and the plan's summary ('about 0 minutes') contradicts its own 3 x 81-min walks."],
 changes="One message: no run tonight, no race tomorrow, go to bed; call your prescriber or the 988 line tonight/tomorrow morning; tell someone you trust. Remove the race-tips reason; the week: short easy walks only after the prescriber has seen her."),
dict(id="h20", lang="zh-CN", s=[2,2,2,1,2,2],
 quotes=["刚下夜班，先睡觉；睡醒以后再做瑜伽",
         "你写的晨起心率比平时高16次",
         "你问的HIIT、跳绳这类高强度：今天不做。睡得少、刚开始运动时",
         "周五 跑步，中等强度，30分钟，RPE 12-13，心率121-141"],
 comment="Good and personal: after three 12-h night shifts, sleep first, no 10:30 HIIT, light yoga after waking, notes the resting HR 16 above her usual 62, protects day sleep (blackout, earplugs), heat-aware runs later in the week. Minor misfits: she is treated as a beginner ('刚开始运动时', build to 150 min over weeks) and credited with asking about jump rope.",
 zero=[],
 changes="Drop the beginner framing; say when HIIT can return (after a normal night's sleep and RHR back near 62); fit the week around her next shifts."),
dict(id="h21", lang="en-AU", s=[2,1,1,2,1,1],
 quotes=["no swimming, diving or getting your head under water, whatever earplugs or a cap you use",
         "Dry-land training is fine.",
         "fainting, nearly fainting or dizziness with a racing heart can come from the heart",
         "Wed    rest  see a doctor first; ask for a new plan once you are cleared"],
 comment="Correct on the key point: a perforated eardrum stays dry until a doctor sees it healed, earplugs and a cap (the coach's idea) are not enough, and imbalance on the blocks with ringing needs a doctor. But the imbalance is run through a cardiac fainting template, and the card says 'Dry-land training is fine' while resting her all week - an elite swimmer 6 weeks from state champs gets no dry-land programme (bike, strength, core) to keep fitness while the ear heals.",
 zero=[],
 changes="Frame the imbalance as an inner-ear issue: see the GP/ENT this week, no diving off blocks or height work until it settles. Week: dry-land 45-60 min (stationary bike, strength, core) if no vertigo; a return-to-water date from the ENT."),
dict(id="h22", lang="zh-CN", s=[2,2,1,2,2,1],
 quotes=["今天不要运动也不要比赛：哮喘这两天没控制好（胸口发紧），按哮喘行动计划用药",
         "现在先用急救吸入剂（蓝色的万托林/沙丁胺醇），坐直慢慢呼吸",
         "备注“胸闷”：按胸痛处理",
         "周日 休息  先就医；医生同意后再重新制定计划"],
 comment="Right call: chest tightness needing two puffs of salbutamol on a high-pollen, windy morning -> skip the 2-hour group ride, stay indoors, use the reliever, see a doctor this week, 120 if no relief. But the tightness is also run through a cardiac chest-pain template ('按胸痛处理', radiating pain, sweating) that clashes with 'probably asthma', the ride is called a 'race', and the whole week is rest with no path back (controller therapy, pre-exercise reliever, indoor easy ride once symptom-free, pollen-aware timing) toward his 100 km goal.",
 zero=[],
 changes="Drop the cardiac template; say 'if you need the blue inhaler again within 4 hours, see a doctor today'. Week: once symptom-free for 24-48 h, indoor easy rides, a mask or ride after rain on high-pollen days, ask the doctor about a preventer; postpone the 100 km."),
dict(id="h23", lang="en-SG", s=[1,1,1,2,1,1],
 quotes=["for the first 4-6 weeks, while the leads settle, keep the arm on that side below shoulder height",
         "golf: back once the device pocket has healed (usually after 6 weeks)",
         "swimming with an ICD",
         "Wed    yoga, light, 30 min, RPE 9-11  yoga: balance and flexibility, 3 days a week from 65 (WHO 2020)",
         "you asked about \"swim\": not today, what your notes tell of rules it out for now (below); tai chi instead"],
 comment="The reasons hold the right facts: no swimming or golf for about 6 weeks after the pacemaker, left arm below shoulder, go by RPE not HR, wound signs. But the prescriptions clash with them: tai chi and two yoga days (arm-overhead movements) at day 10 with no left-arm caveat, walking - 'the way back' by its own words - only twice; 'not today' understates the 6-week wait for his Saturday golf; an ICD shock paragraph that does not apply to a pacemaker; strength 0 days.",
 zero=[],
 changes="Lead with 'no swimming or golf until about 6 weeks (early November), ask the device clinic'; daily walks building from 20 to 40 min in the cool morning; tai chi only with the left hand below shoulder; no yoga until 6 weeks; remove the ICD text."),
dict(id="h24", lang="zh-CN", s=[1,1,1,1,1,2],
 quotes=["跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周",
         "每天做盆底肌训练（收紧保持5-10秒、放松，重复10次，一天3组）",
         "周四 力量训练，中等强度，30分钟，RPE 12-13  力量：2-3组×8-12次",
         "今天：中等强度快走，约35分钟，心率118-139次/分。"],
 comment="Useful pelvic-floor content (daily Kegels, no running before ~12 weeks, pelvic-floor physio if leaking persists) and brisk walking instead of running. But the answer to her question ('明天开始跑？') is only implied in a reason; nothing is said about the caesarean (5 weeks post-op, tight scar, 6-week check, no heavy lifting or abdominal strain), diastasis, or breastfeeding; the plan adds two generic 2-3 x 8-12 'moderate' strength sessions and jumps from 2 x 30-min walks to 150 min.",
 zero=[],
 changes="Headline: '明天先别跑：剖腹产5周、还在漏尿，盆底没恢复'. Week: daily walks building 20->40 min, pelvic floor and deep-core breathing, light bodyweight only after the 6-week check, no crunches/heavy lifting; supportive bra and fluids for breastfeeding; re-assess running at 12 weeks."),
]

def main():
    out = []
    bad = []
    for r in R:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        text = open(path, encoding="utf-8").read()
        if not (2 <= len(r["quotes"]) <= 5):
            bad.append((r["id"], "quote count %d" % len(r["quotes"])))
        for q in r["quotes"]:
            if q not in text:
                bad.append((r["id"], q))
        sc = dict(zip(DIMS, r["s"]))
        nzero = sum(1 for v in r["s"] if v == 0)
        if nzero != len(r["zero"]):
            bad.append((r["id"], "zero_reasons %d vs zeros %d" % (len(r["zero"]), nzero)))
        out.append(dict(id=r["id"], lang=r["lang"], scores=sc, total=sum(r["s"]),
                        quotes=r["quotes"], comment=r["comment"],
                        zero_reasons=r["zero"], changes=r["changes"]))
    if bad:
        for b in bad:
            print("CHECK FAILED:", b, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    n = len(out)
    mean_total = sum(o["total"] for o in out) / n
    means = {d: sum(o["scores"][d] for o in out) / n for d in DIMS}
    with_zero = [o for o in out if o["zero_reasons"]]
    L = []
    L.append("# Rubric summary: motion-advisor output, 24 clients\n")
    L.append("Scored by a clinical exercise physiologist (role), card + 7-day plan + JSON together, 0-2 on six dimensions (max 12).\n")
    L.append("## Means\n")
    L.append("- Mean total: **%.2f / 12** (n=%d)" % (mean_total, n))
    for d in DIMS:
        L.append("- %s: %.2f" % (d, means[d]))
    L.append("- Clients with any 0: %d (%s)\n" % (len(with_zero), ", ".join(o["id"] for o in with_zero)))
    L.append("## Per client\n")
    L.append("| id | lang | safety | activity | dose | pers. | expl. | lang. | total |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for o in out:
        s = o["scores"]
        L.append("| %s | %s | %s | %d |" % (o["id"], o["lang"], " | ".join(str(s[d]) for d in DIMS), o["total"]))
    L.append("\n## Zeros\n")
    for o in with_zero:
        for z in o["zero_reasons"]:
            L.append("- %s: %s" % (o["id"], z))
    L.append("""
## Main patterns: what is wrong

1. **Template misreadings of the notes.** Free text is mapped to the nearest stock rule, and the stock text is shown even when it does not fit: vomiting at altitude read as 'illness below the neck' with fever wording (h05), and a no-fever DKA picture given fever wording (h02); Eliquis read as heart disease (h11); leg weakness and cramps read as possible stress fracture/clot (h06, h12); '難受' (frustrated) read as pain (h14); off-balance after an ear perforation and asthma chest tightness run through cardiac faint/chest-pain templates (h21, h22); a repaired hernia read as one awaiting repair (h13); a pacemaker given ICD text (h23).
2. **The decisive fact is often caught in one line but not carried into the headline or the plan.** Statin (h01) and grief/hopelessness (h15) are never mentioned; the kabaddi question is answered only by a generic 'nothing with contact' (h11); the card says no downward dog / no arm-overhead work, then the plan schedules yoga (h14, h23); the 'no race' warning sits beside race-day pacing tips (h19).
3. **The client's actual question is often not answered in plain words** ('is rest safer for grandma?' h06, 'should I just rest?' h17, 'run tomorrow?' h24, 'HIIT at 6 am?' h08, 'concussion / next Saturday's match' h04).
4. **The week is generic.** Blanket 'rest 7 days, see a doctor' even where a same-day review should lead to a gentle or dry-land path (h15, h21, h22); activities the client never chose (swimming for h07 and h11); beginner ramps for intermediates (h20) and for a trekker at altitude (h05); odd numbers (81-min walks h19, 55-min tai chi h12); HR bands that do not suit a trained marathoner (h09).
5. **Noise and stacking.** Several cards carry 4-6 warnings, some irrelevant (heat stroke at 61 F h01, 'over 65 / anticoagulants' for a 16-year-old h04, stress relief h12); age-65 reasons for a 38-year-old (h13); misattributed questions (jump rope h20, 'you asked if exercise is a waste of time' h18); a user's quote altered into simplified characters (h08).

## Main patterns: what is good

1. **Red flags are almost never missed for the body.** Rhabdomyolysis (h01), euglycaemic DKA on an SGLT2 inhibitor with keto (h02), head injury with vomiting (h04), AMS (h05), heat exhaustion (h07), palpitations with near-syncope (h08), exertional chest tightness (h16), possible mania after stopping lithium (h19), uncontrolled asthma (h22): each stops the session and names a same-day action and an emergency number.
2. **Specific, sourced clinical snippets** are often excellent: SGLT2 + keto (h02), diuretic in heat (h12), cataract and goggles (h14), perforated eardrum and earplugs (h21), pacemaker arm restriction and golf timing (h23), Too Fit To Fracture (h17), pelvic floor and 12 weeks (h24), night-shift sleep (h20), the taper (h09).
3. **Locale handling is right**: emergency numbers by region (911, 999, 000, 112, 995, 119, 120), mmol first for en-GB, Traditional script for zh-TW/zh-HK, imperial units for US profiles.
4. **Intensity is given by RPE and talk test** for everyone, with HR only where it can mean something (withheld for pacemaker, older adults, heat).
""")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("mean total %.2f" % mean_total)
    for d in DIMS:
        print("  %s %.2f" % (d, means[d]))
    for o in with_zero:
        for z in o["zero_reasons"]:
            print("  0:", o["id"], z)

if __name__ == "__main__":
    main()
