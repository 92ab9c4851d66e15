#!/usr/bin/env python3
"""Blind expert rubric for 24 exercise-advisor outputs (h01-h24).

Every score is literal data below. The script checks that each quote is an
exact substring of that client's output file and that every 0 has a reason,
then writes rubric.jsonl and rubric_summary.md. Exit code 1 on any failure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 {"id": "h01", "lang": "en-US",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
             "warning: A cold above the neck (runny nose, sneezing, mild sore throat): light activity only; rest if it spreads to your chest or you get a fever (neck check).",
             "Mon    running, moderate, 63 min, RPE 12-13, HR 106-131  easy today: this week's load stays within about 10% of your usual",
             "Sun    running, moderate, 45 min, RPE 12-13, HR 106-131  running while the cold clears"],
  "comment": "Neck check applied correctly (above-neck cold, 99.0 F is no fever), tempo implicitly dropped and Sunday long run capped at 45 min with fever/chest-cough stop rule: safe. But a runner with a head cold is better served by an easy 20-30 min jog than hatha yoga; the week has no rest day and stacks four consecutive runs Sat-Tue (Mon is not one of her days, two 63-min 'easy' runs back to back). Her two questions (tempo today? Sunday long run?) get no direct answer; 'past this week's aim of 200 (WHO)' is irrelevant to a half-marathon trainee. Plan footer repeats 'light activity only' above four moderate runs.",
  "zero_reasons": {},
  "suggestion": "Answer up front: 'Skip the tempo; an easy 20-30 min run or walk is fine (neck check). Sunday: easy long run, shortened, only if symptoms are fading.' Keep her Tue/Thu/Sat/Sun pattern with a rest day; scope the footer warning to 'while symptoms last'."},
 {"id": "h02", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天建议休息，并请医生看看（见下）。",
             "查明原因之前，不做晕倒会有危险的运动：不游泳、不在马路上骑车、不攀爬，也不开车（ACSM）。",
             "依据： 你的血压读数128/80 mmHg：1级高血压范围（AHA 2017）；规律的有氧运动能让血压降低约5-7 mmHg（ACSM）",
             "周四 休息  先就医；医生同意后再重新制定计划"],
  "comment": "Near-syncope mid-swim plus irregular heartbeat afterwards in a 61-year-old is correctly treated as a cardiac red flag: no exercise, no swimming, see a doctor today, 120 if chest pain/breathlessness; rest until cleared is the right week. Gaps: her question 'swim slowly, surely fine?' and her 'skipped breakfast' explanation are not answered directly (answers empty); the reasons are mechanical ('按头晕处理') and the first listed reason (and the plan's Wednesday line) is a stock BP-lowering benefit of aerobic exercise on a no-exercise card.",
  "zero_reasons": {},
  "suggestion": "Lead with: '你问游慢一点行不行：不行——昨天在水里差点晕倒、之后心跳乱，不能只归因于没吃早饭；今天先去看医生做心电图。' Drop the BP-benefit line from a rest card."},
 {"id": "h03", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["No exercise: call emergency services now (see below).",
             "call emergency services now (999) and do not drive yourself",
             "because: you asked about \"Run\": not today; rest first (the warnings above say why)",
             "Sat    rest  see a doctor first; ask for a new plan once you are cleared"],
  "comment": "Exertional chest tightness relieved by rest plus left-arm ache, father's MI at 60: new-onset angina until proven otherwise. No run tonight, no parkrun PB, see a doctor first: correct (999-now is over-triage for a symptom that settled on Tuesday; not penalised on safety). But the card never explains the exertional pattern, ignores the family history and his explanations (cold air, curry, hedges), and the 'call 999 now' headline is not the accurate instruction for resolved symptoms (urgent same-day GP / 111, 999 if it recurs at rest). Saturday PB only addressed via the rest plan.",
  "zero_reasons": {},
  "suggestion": "Say why: 'chest tightness that comes on uphill and eases when you stop, with arm ache and a father with a heart attack at 60, is a warning sign of angina - not the curry. No run tonight or parkrun Saturday; see your GP today (or 111); call 999 if it comes back at rest or lasts over 15 minutes.'"},
 {"id": "h04", "lang": "zh-CN",
  "scores": {"safety": 1, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["今天：高强度跑步，约75分钟，RPE 14-17（只能说几个字）。",
             "回答： 你问怎么开始：今天高强度跑步75分钟（RPE 14-17）；这周一共约420分钟",
             "周五 游泳，高强度，77分钟，RPE 14-17",
             "压力大、焦虑时：规律的中等强度运动有助于缓解（WHO 2020）"],
  "comment": "15-year-old swimmer, exams next week, mother has paused training, stressed, 2 h sleep-onset insomnia; asks whether to go to Wednesday training and how to plan the week. The card prescribes a 75-min vigorous run at 29 C in the afternoon (her runs are 30 min easy) and a 424-min week with two 77-min vigorous swims, growing 10%. Exams, mother, team schedule (Mon/Wed/Fri) and sleep are all ignored; the 'answer' replies to a question she did not ask ('你问怎么开始'). Heat hydration advice is present, hence safety 1 not 0. The stress reason recommends moderate exercise on a vigorous-day card.",
  "zero_reasons": {"dose": "75 min vigorous running (2.5x her usual 30-min easy run) at 29 C plus a 424-min week increasing 10% during exam week with insomnia - the dose fails outright.",
                   "personalisation": "Ignores the exam week, her mother's decision, her Mon/Wed/Fri team schedule and her sleep problem; misreads her question as '怎么开始'.",
                   "explanation": "Never answers 'should I go to training today / how to arrange this week'; the only 'answer' is to a question she did not ask, and sleep/stress guidance is generic."},
  "suggestion": "Answer: keep moving but lighter during exams - e.g. go to today's practice at easy-moderate effort or swim/run 30-45 min, 3-4 short sessions this week, finish by early evening, talk the compromise over with mum; add sleep tips (fixed bedtime, no screens, wind-down breathing)."},
 {"id": "h05", "lang": "en-GB",
  "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["answer: you asked whether it is safe: yes, at today's amount (moderate swimming for 45 minutes (RPE 12-13)), minding the warnings on this card",
             "because: your last 6 logged sessions were all at RPE 13 or easier: today stays at that effort; to step up, add one hard session a week, one change at a time (ACSM)",
             "Thu    yoga, light, 45 min, RPE 9-11  yoga: one of your usual 1 a week, as usual",
             "Sat    strength training, moderate, 30 min, RPE 12-13"],
  "comment": "Right answer (yes, swim this morning at a talk-test effort) with a complete ACOG warning list and 999. But the forum '140 bpm' myth that is frightening her is never named or corrected, and a stock line invites a pregnant client to 'add one hard session a week', contradicting the pregnancy warning. The plan moves her Saturday pregnancy-yoga class to Thursday and puts strength on Saturday; English is clunky ('one of your usual 1 a week', nested parentheses).",
  "zero_reasons": {},
  "suggestion": "Add: 'The old 140 bpm cap was dropped years ago (ACOG); use the talk test - if you can talk, your baby is fine.' Suppress progression-to-hard lines in pregnancy; keep Sat yoga on Saturday."},
 {"id": "h06", "lang": "zh-TW",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 1},
  "quotes": ["今天不要運動：現在就聯繫產科醫生或助產士（見下）。",
             "孕晚期常見的水腫是兩條腿都有、不疼、早上輕，和這個不一樣",
             "依據： 你問的“瑜伽”：今天不行，先休息（原因見上面的提醒）",
             "可能是血栓跑到了肺里：立即撥打119（NICE NG158）",
             "做個超聲檢查"],
  "comment": "Unilateral, tender right-calf swelling at 30 weeks is a DVT red flag: the card stops exercise, sends her to be checked today, tells her not to walk it off or massage, directly rebuts her '孕婦都這樣' by contrasting bilateral painless oedema, answers the yoga question and gives Taiwan's 119. Rest until cleared is right. Language slips: simplified '里' in a Traditional card (肺里), and mainland terms (超聲 for 超音波, 泡沫軸).",
  "zero_reasons": {},
  "suggestion": "Fix script/locale: 肺裡, 超音波檢查, 滾筒; merge the two overlapping DVT warnings."},
 {"id": "h07", "lang": "en-US",
  "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["Today: light walking for about 20 minutes, RPE 9-11 (easy).",
             "because: Mondays are your walking days: as usual",
             "because: at 85 and new to exercise: moderate at most to start",
             "because: 6 of the last 7 days trained (0 of them hard): a recovery day, something easy or rest; keep 1-2 rest days a week, muscles grow while they rest (ACSM)"],
  "comment": "85-year-old on BP pills asks whether to keep his walks on a 101 F heat-advisory day, including the 2 pm 45-min park walk with Frank. The heat is never mentioned: no advice to walk only in the early morning, skip the after-lunch and 2 pm walks, hydrate, or know heat-illness signs; 'Mondays are your walking days: as usual' reads as a green light for the afternoon walk. He is misread as 'new to exercise' (he walks ~50 min daily), and the plan replaces his daily dog walks with tai chi/yoga/strength and 'about 90' aerobic minutes. Card says 'past this week's aim of 90: no need to add more' while the plan says 'building up to it'.",
  "zero_reasons": {"safety": "Misses the heat red flag (heat advisory 101 F, age 85, antihypertensives) and says 'Mondays are your walking days: as usual', which endorses the 2 pm walk in the heat.",
                   "personalisation": "Misreads a daily walker as 'new to exercise' and ignores the heat advisory, Frank, the dog and his BP medication.",
                   "explanation": "His question ('Still do my walks? Frank says we'll be fine') is not answered, and the stock recovery-day/'muscles grow while they rest' reasons do not apply."},
  "suggestion": "Answer: 'Yes to this morning's walk now while it is cooler, with water. Skip the after-lunch walk and move Frank's 2 pm walk to early evening or an air-conditioned mall - at 85 and on BP pills heat hits harder. Stop and cool down for dizziness, headache, nausea; 911 for confusion.' Keep his daily walks in the plan, add 2-3 short balance/strength sessions."},
 {"id": "h08", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：中等强度快走，约45分钟，心率108-129次/分。",
             "依据： 血糖216 mg/dl（12.0 mmol/L）：在可以运动的范围（90-250，ADA 2016）；饭后动一动有助于降低血糖",
             "依据： 比平时多约10%：每周增加不超过10%",
             "周五 休息  休息日：恢复同样是训练的一部分",
             "周六 快走，中等强度，50分钟"],
  "comment": "Correct call: 216 mg/dl after a big dinner in a metformin-only type 2 is no reason to skip; a post-meal brisk walk lowers it (the card says so, and adds the 10-15 min after every meal tip). But the answer to '要不要歇一天' is buried as the 6th reason (answers empty); '+10%' sits next to '这周不用再加量'. The week breaks his Mon-Fri after-dinner walks with his wife (rest Fri and Mon, walks moved to Saturday).",
  "zero_reasons": {},
  "suggestion": "Put first: '你问要不要歇：不用。没打胰岛素，216饭后快走正好能降下来。' Keep the Mon-Fri post-dinner walks, add strength on the weekend."},
 {"id": "h09", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["No exercise today: see a doctor today (see below).",
             "warning: Breathless on exertion, ankles swelling and needing extra pillows to breathe at night: together these can mean the heart is struggling (fluid from heart failure).",
             "warning: One calf swollen and painful (after a long flight or drive, a birth, an operation or a cast, or bigger than the other) can be a blood clot",
             "because: you asked about \"Aqua\": not today; rest first (the warnings above say why)"],
  "comment": "Orthopnoea, ankle oedema and exertional breathlessness in a 70-year-old with a stent: possible heart failure. The card stops aqua, sends her to a doctor today asking for ECG/bloods/echo and gives 000 for sudden breathlessness: correct, and rest until cleared is right. Her 'probably this heat' explanation is not countered and her stent/heart tablets are not mentioned; a stock calf-clot warning and an irrelevant BP-lowering reason pad the card.",
  "zero_reasons": {},
  "suggestion": "Add 'this is not the heat - with your stent these signs need checking today'; drop the calf-clot and BP-benefit lines."},
 {"id": "h10", "lang": "zh-HK",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["今天：中等強度橢圓機，約95分鐘，心率111-137次/分。",
             "依據： 最近28天你練了5次，平均每次87分鐘：按你的習慣安排",
             "週日 休息  休息日：恢復同樣是訓練的一部分",
             "注意： 下雨、下雪或結冰，地面溼滑：避免戶外跑步和騎車，今天在室內更安全。",
             "熱量：約432大卡"],
  "comment": "Thunder + yellow rainstorm: indoors on the building gym's elliptical is the right call, with the 30-30 rule. But 95 minutes is double her usual ~48-min 8 km run (the average is inflated by her 150-min hikes). Her questions about tomorrow and Sunday go unanswered; the plan drops her Sunday hike for rest (no word on trail safety after heavy rain) and adds a non-habitual Saturday run. A stress reason appears though she reported none. Locale: Taiwan forms (溼滑, 大卡) on a Cantonese/HK card; HKO warnings not referenced.",
  "zero_reasons": {},
  "suggestion": "Elliptical or bike 45-50 min today; 'tomorrow: strength or easy run if the rainstorm/thunder warnings are down; Sunday hike only once warnings are lifted and trails dry (landslip risk)'. Use HK wording (濕滑, 千卡, 天文台)."},
 {"id": "h11", "lang": "en-IE",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["answer: you asked about \"squat\": not the legs today, they are still recovering; squats when the soreness has gone, upper body and core today",
             "because: a hard strength session yesterday (RPE 15): 48 h before the same muscles again (ACSM), so other muscle groups today; your legs rest today",
             "because: short or poor sleep: nothing hard today, and an early night; sleep is part of training",
             "Wed    strength training, moderate, 50 min, RPE 12-13  lower day"],
  "comment": "Moving the heavy 5x5 off a 4-hour-sleep day to tomorrow is defensible, and the sleep reason is the right one. But the stated reason is a misreading: Monday was his upper day, so the legs are not 'still recovering', and the card then prescribes upper body again on consecutive days, breaking its own 48 h rule. Caffeine not addressed; the Saturday 5k jog becomes two 45-min runs on Thu/Sun.",
  "zero_reasons": {},
  "suggestion": "Say: 'Legs are fresh, but 4 h sleep: either move the 140 5x5 to tomorrow, or go today and cap at RPE 7 (e.g. 130 kg 3x5) and stop if bar speed drops.' Today: rest or easy mobility, not a second upper day."},
 {"id": "h12", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 1, "language": 1},
  "quotes": ["回答： 你问是不是休息更好：不是。腰痛时卧床会好得更慢，保持活动、逐步加量才是治疗（NICE NG59）。",
             "依据： 腿还在酸或刚练过：今天让腿恢复，选低冲击、不给腿加负荷的活动",
             "周五 力量训练，中等强度，50分钟，RPE 12-13  上肢日：推（卧推、推举）和拉（划船、引体），主项3-5组×3-6次（RPE 7-8）",
             "先不要负重、不要跑步，等它缓解。"],
  "comment": "Directly and correctly answers his bed-rest plan (NICE NG59: stay active), lists the red flags, and the plan's lower day protects the back (no heavy squat/deadlift until bending is pain-free). But the return is not gradual: a heavy upper day (3-6 reps at RPE 7-8, standing press and rows) the next day while the footer says '先不要负重'. A stock 'legs still sore' reason does not apply (his problem is his back).",
  "zero_reasons": {},
  "suggestion": "Day 1-3: walks + gentle mobility; upper body on supported/machine variants at moderate load; lower-body loading from next week, pain-guided. Remove the leg-soreness line; reconcile '先不要负重' with the plan."},
 {"id": "h13", "lang": "en-CA",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["Rest today, and have it checked (see below).",
             "Until a doctor has found the cause, nothing where a faint is dangerous: no swimming, riding on roads, climbing or driving (ACSM).",
             "because: you asked about \"ride\": not today; rest first (the warnings above say why)",
             "Sat    rest  see a doctor first; ask for a new plan once you are cleared"],
  "comment": "Recurrent exertional palpitations with presyncope on the bike: correctly no riding (including on roads), doctor today, 911 criteria, rest until cleared; answers 'ok to ride in?' directly. Missing: his 'too much coffee' explanation is not countered, no note on getting to work another way, and the big Saturday club ride is only implicitly cancelled.",
  "zero_reasons": {},
  "suggestion": "Add: 'Caffeine can trigger this, but racing heart with wooziness during exercise needs an ECG/monitor before you ride again - take transit to work and skip Saturday's club ride until cleared.'"},
 {"id": "h14", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["今天：中等强度跑步，约45分钟，心率103-127次/分。",
             "依据： 睡得少或没睡好：今天不做高强度，早点睡；睡眠也是训练的一部分",
             "周四 跑步，中等强度，75分钟，RPE 12-13，心率103-127  周四是你平时跑步的日子：照常",
             "周日 跑步，中等强度，90分钟",
             "依据： 腿还在酸或刚练过：今天让腿恢复"],
  "comment": "Dropping today's 6x800 after 4 h sleep for an easy 45-min run is right. But the question '还要不要练' is never answered explicitly, and the week 4 weeks before a half marathon loses all quality work: Thu becomes 75 min (her usual 8 km), Sat 75 and Sun 90 back to back, each labelled '照常'. A stock leg-soreness line does not apply.",
  "zero_reasons": {},
  "suggestion": "'今天的6×800挪到周三或周四（睡够了再做），今天轻松跑30-40分钟或休息'; keep Thu 8 km, Sat long run 15-18 km, no Sunday long run."},
 {"id": "h15", "lang": "en-IN",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
  "quotes": ["because: a mask (even an N95) stops little of the fine smoke when you breathe hard, and makes breathing harder: it does not make hard work outdoors safe; train indoors at a moderate effort today (EPA 2019)",
             "because: the safety rules keep today at light at most",
             "Fri    stationary bike, moderate, 57 min, RPE 12-13, HR 113-134",
             "week: about 57 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it"],
  "comment": "AQI 280 with asthma: no outdoor walk, Ravi's mask idea correctly rebutted, inhaler advice, yoga kept on his Tue/Thu/Sat, home exercise cycle used. Dose gap: only one bike session (57 aerobic minutes) in a week when the home bike could carry 3-4 moderate indoor sessions. The card contradicts itself on today's effort ('moderate' twice vs 'light at most' and a light yoga card).",
  "zero_reasons": {},
  "suggestion": "Today: 20-30 min easy indoor bike or yoga; week: home bike 30-40 min on 3-4 days while AQI > 150, walk with Ravi when AQI < 100. Make the effort wording consistent."},
 {"id": "h16", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["今天休息，等病好了再练（见下）。",
             "注意： 退烧药压下去的烧还是发烧：药效过了体温还会上来。要等不吃退烧药也24小时以上不发烧，再从轻松的开始恢复运动。",
             "周日 散步，低强度，20分钟，RPE 9-11  退烧满一天、不再浑身酸痛才走"],
  "comment": "Fever 38.6 C with body aches: rest, and the Panadol question is answered exactly (fever masked by antipyretics is still fever; 24 h fever-free without medication), myocarditis risk noted, graded return by walks. Personal touch is thin: tonight's team match and badminton are never named (only '你写的体温38.6°C').",
  "zero_reasons": {},
  "suggestion": "Name it: '今晚的团体赛请跟队友说明不打；退烧24小时后先散步，一周左右再回到羽毛球。'"},
 {"id": "h17", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["Today: light walking for about 25 minutes, RPE 9-11 (easy).",
             "warning: Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.",
             "Sat    strength training, moderate, 20 min, RPE 12-13",
             "week: about 0 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it"],
  "comment": "Keeping him walking and adding two strength days is the right treatment for a knee-OA flare after weeding. But the question 'rest it the whole week?' is never answered (no 'movement helps OA; rest makes it stiffer'), OA, the weeding and Saturday lawn bowls are ignored (strength displaces bowls), and a stock 'recovery day, muscles grow while they rest' line feeds his rest idea. The card says 210 min 'past this week's aim', the plan says 'about 0 ... building up to it'.",
  "zero_reasons": {},
  "suggestion": "'No need to rest all week: with OA, gentle walking and quad strengthening ease stiffness. Shorter, flat walks for a day or two; pain up to 3-4/10 that settles by next morning is OK; bowls on Saturday is fine; use a kneeling pad next time.'"},
 {"id": "h18", "lang": "zh-TW",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 2},
  "quotes": ["今天：中等強度力量訓練，約30分鐘，1-2組×10-15次。",
             "週二 太極，中等強度，30分鐘，RPE 12-13  太極：在家就能做，不用出門",
             "依據： 你在服用β受體阻滯劑：心率會偏低，按RPE和說話測試判斷強度（ACSM）",
             "本週：有氧約150分鐘（中等強度當量，WHO建議至少150） ✓；力量2天 ✓"],
  "comment": "Just finished 12-week cardiac rehab with a doctor's prescription (brisk walk Mon-Fri 30 min, bands Tue/Thu); worried that 9 C cold means heart attacks and wants to stay home all week; new BP drug last week. The card keeps him active indoors (safe) with beta-blocker RPE advice and 119, but replaces the prescribed walks with tai chi and yoga he does not do ('在家就能做，不用出門' tacitly endorses the fear), moves bands to Mon/Fri, counts yoga/tai chi as moderate aerobic minutes, and never answers the cold question or mentions the medication change (dizziness).",
  "zero_reasons": {"personalisation": "Ignores the decisive fact - the doctor's post-rehab prescription (Mon-Fri brisk walks, bands Tue/Thu) - and his cold-weather question and recent drug change."},
  "suggestion": "'9度不算危險的冷：照醫師的處方走，晚一點等氣溫回升再出門，穿暖、戴帽手套，先在室內熱身10分鐘；風大就改室內快走。換藥後注意頭暈，起身慢一點。週二週四彈力帶照常。'"},
 {"id": "h19", "lang": "en-NZ",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["Today: moderate running for about 25 minutes, RPE 12-13 (talk test: full sentences).",
             "because: you are a trained runner: an easy run (you can talk in full sentences, RPE 12-13) is moderate for you (ACSM)",
             "because: you wrote \"kinda tired\": a gentler session today",
             "Sat    strength training, moderate, 25 min, RPE 12-13"],
  "comment": "16-year-old netballer with period pain on day 1 asks 'is it bad to exercise on your period?'. The card never mentions the period or cramps, never answers her question or weighs in on mum's view, calls her 'a trained runner', and the plan ignores netball entirely (strength on Thu and Sat, rest on Tue - all netball days), so the week's minutes are wrong. A 25-min run on her dog-jog day is acceptable but a gentle walk/jog framed around cramps would be better.",
  "zero_reasons": {"personalisation": "Ignores the decisive facts - her period and bad cramps, her netball training and Saturday games - and misreads her as a 'trained runner'.",
                   "explanation": "Her only question ('is it bad to exercise on your period?') is not answered at all."},
  "suggestion": "'It's not bad - gentle exercise often eases cramps. Today an easy 20-min walk or jog with the dog (or rest if you feel rough); a heat pack and ibuprofen can help; see your GP if cramps stop you doing normal things. Netball Tue/Thu/Sat as usual.'"},
 {"id": "h20", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：中等强度太极，约50分钟，RPE 12-13（能说话不能唱歌）。",
             "依据： 今天在室内：外面下雨或下雪",
             "周五 散步，中等强度，40分钟，RPE 12-13  周五是你平时散步的日子：照常",
             "周一 散步，中等强度，40分钟，RPE 12-13  周一是你平时散步的日子：照常",
             "依据： 比平时多约10%：每周增加不超过10%"],
  "comment": "Good instinct: instead of resting, 24-form tai chi indoors for her fall-prevention goal, with balance/strength advice. But her '年纪大了多歇歇也好' is not answered directly, the plan puts walks on Mon and Fri - her tai chi team days - calling them her usual walking days, drops her daily market walk, and warns about running/cycling in rain rather than slippery footing on her walk. '+10%' vs '这周不用再加量' side by side.",
  "zero_reasons": {},
  "suggestion": "'不用歇：在家把24式打一遍（约40-50分钟），旁边放把椅子；去买菜穿防滑鞋。' Keep tai chi on Mon/Wed/Fri and the daily walk."},
 {"id": "h21", "lang": "en-CA",
  "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["answer: you asked about \"bike\": not today, the wind chill is too low outdoors; swimming instead",
             "warning: Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise; train indoors (ACSM 2006).",
             "Tue    cycling, moderate, 60 min, RPE 12-13",
             "because: your last 6 logged sessions were all at RPE 14 or easier: today stays at that effort; to step up, add one hard session a week, one change at a time (ACSM)"],
  "comment": "No bike at -30 C with wind and yes to swim club tonight: right. But the plan schedules a 60-min outdoor ride next Tuesday for a 13-year-old in a deep-cold week with no 'only if wind chill allows' condition, and nothing about drying hair and dressing warmly after evening swim at -30. 'Swimming instead' treats his school commute as a workout; 'take the bus, mum is right' is never said. Stock step-up line.",
  "zero_reasons": {},
  "suggestion": "'Take the bus today (frostbite in minutes). Swim club tonight as usual - dry your hair fully and cover up before going out.' Make outdoor rides conditional on wind chill above about -15 C."},
 {"id": "h22", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：中等强度游泳，约35分钟，RPE 12-13（能说话不能唱歌）。",
             "依据： 周四是你平时游泳的日子：照常",
             "如果多次测量都这么高，请找医生评估和治疗",
             "依据： 比平时多约10%：每周增加不超过10%"],
  "comment": "152/96 five days into treatment is no bar to moderate exercise, and the card lets her exercise at moderate effort with breath-holding advice and heat precautions. But she asked about her aqua-aerobics class and gets 'swimming'; her fear is not addressed (no 'below 180/110 you can exercise; tablets take 2-4 weeks'); the BP line tells an already-treated patient to 'see a doctor for evaluation and treatment'; her daily walk to the MRT is ignored.",
  "zero_reasons": {},
  "suggestion": "'可以去上课：152/96低于180/110，不用停；药要2-4周才完全起效。水中有氧保持能说话的强度；如果超过180/110或有头痛、胸痛、视物模糊，先别运动并就医（急救995）。'"},
 {"id": "h23", "lang": "en-US",
  "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": ["First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl (5.0 mmol/l).",
             "answer: you asked whether resting is better: no, regular activity is part of treating diabetes, and a walk after a meal brings glucose down best (ADA 2016).",
             "because: you wrote \"I hate going low mid-class\": walking is a gentle step; moving a little helps the mood, with no need to push",
             "because: when you feel low, something gentle still helps, and there is no need to force it; with a friend or family member is better still (WHO 2020)",
             "warning: Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today."],
  "comment": "Type 1 on a pump, CGM 82 flat, spin in 30 min, fears hypos. Carbs-first with a recheck above 90 and the pump basal-reduction guidance are right. But 'going low' is misread as low mood (two mood reasons), the 'answer' praises walking because it 'brings glucose down best' - the opposite of what a person at 82 needs - and the replacement is a 45-min walk outdoors in snow at dusk with no indoor or hypo-carry note for the walk. The spin question (go with carbs and a temp basal, or ride easier) is not addressed.",
  "zero_reasons": {"personalisation": "Misreads 'going low' (hypoglycaemia) as low mood, and frames the walk as lowering glucose for a client whose problem is lows."},
  "suggestion": "'You can still go: take 15-20 g carbs now, set a 50% temp basal, start when the CGM reads above ~100 and rising, keep glucose tabs on the bike, ride easier for the first 15 min; stop and treat below 70.'"},
 {"id": "h24", "lang": "zh-HK",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 1},
  "quotes": ["不要運動：現在就撥打急救電話（見下）。",
             "請現在就去就醫（撥打999，或請家人送你去急診，不要自己開車）",
             "依據： 你問的“太極”：今天不行，先休息（原因見上面的提醒）",
             "週日 休息  先請醫生處理血壓；血壓降下來、醫生同意後再重新制定計劃"],
  "comment": "188/108 with headache at 80: no tai chi, seek care now with 999, recheck while waiting, don't double missed pills - correct (over-triage of the headline is not penalised). His 'poor sleep' explanation is not countered. Locale: '急診' where HK says 急症室; the headline says call the emergency number now while the warning offers family transport to A&E.",
  "zero_reasons": {},
  "suggestion": "Use HK wording (急症室) and one consistent instruction; add 'this is not just poor sleep'."},
]


def main():
    errors = []
    ids = [r["id"] for r in R]
    if ids != ["h%02d" % i for i in range(1, 25)]:
        errors.append("ids must be h01..h24 in order")
    for r in R:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if set(r["scores"]) != set(DIMS):
            errors.append("%s: wrong dimensions" % r["id"])
        for d, v in r["scores"].items():
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r" % (r["id"], d, v))
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append("%s: 0 on %s without a reason" % (r["id"], d))
        for d in r["zero_reasons"]:
            if r["scores"].get(d) != 0:
                errors.append("%s: reason for %s but score is not 0" % (r["id"], d))
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append("%s: %d quotes" % (r["id"], len(r["quotes"])))
        for q in r["quotes"]:
            if q not in text:
                errors.append("%s: quote not found: %s" % (r["id"], q[:60]))
        if not r["comment"].strip() or not r["suggestion"].strip():
            errors.append("%s: empty comment or suggestion" % r["id"])
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in R:
            o = dict(r)
            o["total"] = sum(r["scores"].values())
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    n = len(R)
    totals = [sum(r["scores"].values()) for r in R]
    lines = ["# Rubric summary (24 clients, blind expert scoring)", "",
             "Mean total: **%.2f / 12**" % (sum(totals) / n), "",
             "| dimension | mean (0-2) |", "| --- | --- |"]
    for d in DIMS:
        lines.append("| %s | %.2f |" % (d, sum(r["scores"][d] for r in R) / n))
    with_zero = [r["id"] for r in R if 0 in r["scores"].values()]
    lines += ["", "Clients with any 0: " + (", ".join(with_zero) if with_zero else "none"), "",
              "| id | lang | " + " | ".join(DIMS) + " | total |",
              "| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
    for r, t in zip(R, totals):
        lines.append("| %s | %s | %s | %d |" % (r["id"], r["lang"],
                     " | ".join(str(r["scores"][d]) for d in DIMS), t))
    lines += ["", "## Every 0 and its reason", ""]
    for r in R:
        for d in DIMS:
            if r["scores"][d] == 0:
                lines.append("- %s %s: %s" % (r["id"], d, r["zero_reasons"][d]))
    lines.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("ok: %d clients, mean total %.2f" % (n, sum(totals) / n))


if __name__ == "__main__":
    main()
