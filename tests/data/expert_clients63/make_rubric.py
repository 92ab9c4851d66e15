#!/usr/bin/env python3
"""Blind clinical scoring of the exercise-advice app's output for 24 clients.

Every score is literal data below.  The script checks that each quote is an
exact substring of that client's output file (outputs/<id>.txt), that every 0
has a reason, that scores are 0-2 on all six dimensions and that there are 2-5
quotes per client; it exits non-zero otherwise.  It then writes rubric.jsonl
and rubric_summary.md next to itself.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

RUBRIC = [
    {
        "id": "h01", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "your notes (\"chest gets kinda tight\"): read as chest pain",
            "Wed    rest  see a doctor first; ask for a new plan once you are cleared",
            "regular aerobic exercise lowers it by about 5-7 mmHg (ACSM)",
        ],
        "comment": "Exertional chest tightness with left-arm heaviness on the hill, relieved by walking, in a 58-year-old hypertensive man is a classic angina pattern; the card catches it, stops running and keeps the whole week on rest until cleared, which is right. Calling 911 now while he is symptom-free is over-triage (not penalised on safety). Gaps: it never names the left-arm heaviness or the exertion/relief pattern, never rebuts his 'prob just out of shape', lists sweating/nausea as 'what else you describe' though he described none, and leads the plan's first day with a stock 'exercise lowers BP' reason in a no-exercise card; the 4-days question is only implicitly answered.",
        "zero_reasons": {},
        "suggested_change": "Say plainly: chest tightness plus a heavy left arm that comes on with the hill and goes with rest can be angina, not lack of fitness; do not run (or go to 4 days) until a doctor has assessed you, ideally today; call 911 if it comes on at rest or lasts more than a few minutes. Drop the BP 'exercise lowers it' line from a rest card.",
    },
    {
        "id": "h02", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要运动：现在就联系产科医生或助产士（见下）。",
            "依据： 备注“见红”：按孕期危险信号处理",
            "出血、流液，或37周前宫缩变得规律，现在就去医院",
            "周日 休息  先就医；医生同意后再重新制定计划",
        ],
        "comment": "Spotting plus intermittent tightening at 22 weeks is an ACOG stop sign; the card stops exercise, sends her to the obstetric team/hospital today and gives 120 for heavy bleeding. Correct. But it only cites '见红'; the tightening is not acknowledged, her own explanation (tired from swimming the day before) is not corrected, and the long stock list (calf pain, fetal movements) buries the one line that applies to her. The 3 vs 4 swims question is left implicit.",
        "zero_reasons": {},
        "suggested_change": "Name both findings (见红 + 一阵一阵发紧) and say they are not explained by tiredness from swimming; today: 联系产科/去医院评估; answer the frequency question as 'after the doctor clears you, 3 times × 40 min already meets the ≥150 min guideline'.",
    },
    {
        "id": "h03", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"4 run\": not today, your leg or foot needs low impact; stationary bike instead",
            "sore shins along the inside: cut the running a little, choose softer surfaces and build more slowly",
            "Thu    elliptical, moderate, 33 min, RPE 12-13",
            "Sun    walking, moderate, 28 min, RPE 12-13",
        ],
        "comment": "Right call tonight: no fourth run in a row on achy shins, a low-impact session indoors out of the rain, and a good shin/stress-fracture warning. But the week contains no running at all for a C25K runner aiming at parkrun by Christmas, without saying so or why; the aerobic week (91 min) drops below what she did (137). Her actual question ('is it ok to do 2 or more days in a row?') is never answered; the answer line parses 'wk4 run 3' as '4 run'.",
        "zero_reasons": {},
        "suggested_change": "Answer directly: C25K runs need a rest or cross-training day between them; tonight bike or rest; resume week 4 on non-consecutive days (e.g. Wed, Fri, Sun) if the shins are fine on a hop test; keep 3 runs in the plan.",
    },
    {
        "id": "h04", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "不要運動：現在就撥打急救電話（見下）。",
            "血壓180/110以上，你又寫了頭痛：這是高血壓急症的警示信號",
            "依據： 你問的“健身房”：今天不行，先休息（原因見上面的提醒）",
            "週日 休息  先請醫生處理血壓；血壓降下來、醫生同意後再重新制定計劃",
        ],
        "comment": "186/112 with a 'swollen' head is above the ACSM 180/110 no-start threshold and a possible hypertensive emergency; the card stops exercise, gives Taiwan's 119, says don't drive and re-measure, and rests the week until BP is treated. Correct and clear. Misses: his belief that 'mornings are always high and the pill fixes it' is not rebutted directly, and his actual question (aerobic or weights first) is misread as 'can I go to the gym' and never answered.",
        "zero_reasons": {},
        "suggested_change": "Add one line answering his belief ('早上高、吃藥就好' does not make 186/112 with headache safe) and, for after clearance, answer the order question (重訓先、有氧後, or on separate days).",
    },
    {
        "id": "h05", "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Dangerous heat: no outdoor exercise today.",
            "answer: you asked about \"10k\": not today, the heat is dangerous for any exercise outdoors; swimming instead",
            "Wed    running, moderate, 30 min, RPE 12-13, HR 107-129",
            "Sat    swimming, moderate, 40 min, RPE 12-13, HR 97-119",
        ],
        "comment": "Correctly stops the 7 km lunchtime run in 35 C and offers a pool session with heat advice and an early/late-run alternative. But the week turns a 3-runs-a-week 10k trainee into a swimmer: one 30-min run in seven days, no long run, no progression from his 6 km, when early-morning or evening runs would be fine. His real question - how long until he can do a 10k - is misparsed and unanswered.",
        "zero_reasons": {},
        "suggested_change": "Answer the question (6 km now -> 10 km comfortably in about 6-8 weeks, long run +1 km a week; March is realistic), and keep 3 runs in the week scheduled before 10 am or after 6 pm, with the 7 km as next weekend's long run in the cool.",
    },
    {
        "id": "h06", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等强度快走，约30分钟，RPE 12-13（能说话不能唱歌）。",
            "依据： 快走，约5.6公里/小时：4.3 MET（Compendium 17200）",
            "血糖180 mg/dl（10.0 mmol/L）：在可以运动的范围（90-250，ADA 2016）",
            "本周：有氧约94分钟（中等强度当量，WHO建议至少150），逐步增加中；力量2天 ✓",
        ],
        "comment": "Good core answer: brisk walk now after the meal, glucose 10.0 is in range, brisk means ~5.6 km/h / can talk not sing, post-meal walks help. But her hypoglycaemia worry is never answered (on metformin alone the risk is low), metformin is not mentioned, and the week cuts her near-daily walks to 3 (94 min, below the ~145 min she already does) while the card tells her to walk after every meal; stock cardiac warning instead of hypo signs.",
        "zero_reasons": {},
        "suggested_change": "Add: '只吃二甲双胍，走路引起低血糖的风险很低；如出现心慌手抖出汗，停下吃15克糖'; keep her daily post-meal walk in the plan (≥5 days, building to 150+ min) with 2 strength days and tai chi.",
    },
    {
        "id": "h07", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Rest today, until this has passed (see below).",
            "A fever brought down by acetaminophen or ibuprofen is still a fever",
            "because: the temperature you wrote: 38.5 C (101.3 F)",
            "Sun    walking, light, 20 min, RPE 9-11",
        ],
        "comment": "Correct: fever 101.3 F with body aches fails the neck check, no 8x800, and the Advil-masking warning directly answers 'push thru'. The return week is walking only (20-30 min) for a 445-min/week marathoner and never reaches easy running, despite saying 'back to your usual over about a week'. Her question (is Garmin lying?) and the 12-weeks-to-race worry are not addressed.",
        "zero_reasons": {},
        "suggested_change": "Say the watch is right (raised RHR and low HRV fit the fever); after 24 h fever-free without tablets, easy 20-30 min runs, no intervals for about a week; a few missed days will not cost a race 12 weeks out.",
    },
    {
        "id": "h08", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天建議休息，並請醫生看看（見下）。",
            "依據： 備註“暈”：按頭暈處理",
            "請撥打999，身邊不要沒人",
            "依據： 你的血壓讀數128/76 mmHg：血壓偏高（AHA 2017）",
        ],
        "comment": "A 76-year-old on BP tablets who lost consciousness in the bathroom needs assessment before resuming; the card stops exercise, says see a doctor today, gives HK's 999 and bans activities where fainting is dangerous. Safe. But it reads the faint as '頭暈', never mentions the bathroom faint itself, that she hid it from her daughter (should tell family), or possible medication/postural causes; it opens with a stock 'BP elevated' line for a controlled 128/76, and her question (how to restart tai chi after a week off) is left to 'ask again once cleared'.",
        "zero_reasons": {},
        "suggested_change": "Name the event: '上星期喺廁所暈低咗，要盡快睇醫生（可能同血壓藥、起身太快或心臟有關），亦要話俾個女知'; after clearance restart tai chi at about half the usual time for the first week.",
    },
    {
        "id": "h09", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "your mom would rather you rested: a caring worry, but for you the risk is in doing too little",
            "because: you like running, but the wind chill is too low outdoors today",
            "Sat    swimming, moderate, 43 min, RPE 12-13",
            "week: about 154 moderate-equivalent aerobic minutes (WHO: at least 150)",
        ],
        "comment": "Reassuring and safe: no cutting back, moderate by talk test, ~150 min/week, supine and fall cautions, indoors on the ice, 911. But it ignores that she jogs on a treadmill at work (it treats running as outdoor and drops it) and drops her prenatal yoga, replacing her midwife-approved routine with bike/swim/strength; the midwife's approval is not used.",
        "zero_reasons": {},
        "suggested_change": "Keep her routine: treadmill jog 3x/week at talk-test pace plus prenatal yoga, about 150 min/week; say explicitly 'your midwife is right, no need to cut back'.",
    },
    {
        "id": "h10", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天：高强度跑步，约27分钟，RPE 14-17（只能说几个字）。",
            "依据： 你奶奶希望你多歇着：这是关心，但对你来说，动得太少才是风险",
            "经期痛经：轻松的活动（散步、瑜伽、游泳、轻松骑车）常能缓解",
            "本周目标420分钟（WHO每周至少420分钟）",
        ],
        "comment": "Right message that menstruation is no reason to stop exercising. But it prescribes a vigorous (RPE 14-17) run on day 1 of cramps, harder than her usual RPE 13, before an afternoon team practice, while its own line says light activity eases cramps; the afternoon practice and the cold-water question are never answered, and the week stacks 3 runs and 3 strength days on top of daily team training. The goal (jumping, volleyball) is read as endurance.",
        "zero_reasons": {},
        "suggested_change": "Answer all three: the myth (exercise and cold water are fine), morning run easy 20-25 min or skip it, go to team practice and adjust if cramps worsen; count team training in the week and make strength plyometric/jump-oriented.",
    },
    {
        "id": "h11", "lang": "en-IN",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "Air quality is very unhealthy (AQI 201-300), and your age or condition makes you sensitive to it: no outdoor activity today",
            "this week about 420 minutes in all, on the days the week's plan shows",
            "Sun    running, moderate, 40 min, RPE 12-13  easy today: this week's load stays within about 10% of your usual",
            "Thu    strength training, moderate, 50 min, RPE 12-13",
        ],
        "comment": "Correctly stops the outdoor 5 km for a 14-year-old asthmatic at AQI 232 and counters 'everyone is going'. But with smoke 'these days' the Sunday 40-min outdoor run carries no air check, and there is no advice on poorly controlled asthma ('blue inhaler sometimes'). The week gives a cross-country hopeful one run and three 50-min strength sessions; his question (how many run days a week for January trials) is answered with a 420-minute figure the plan (230) contradicts.",
        "zero_reasons": {},
        "suggested_change": "Answer in days: 4 runs a week (one longer, one with strides/hills), 2 short strength days; run outdoors only when AQI is under ~100-150, otherwise treadmill/indoor; keep the inhaler handy and see the doctor if he needs it often.",
    },
    {
        "id": "h12", "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "回答： 你問的“健身房”：可以，按今天的安排：中等強度力量訓練40分鐘",
            "用能完成最後幾次但有點吃力的重量",
            "注意： 關節受傷或腰痛：只做低衝擊運動；如有疼痛請諮詢醫生。",
            "週三 橢圓機，中等強度，50分鐘，RPE 12-13，心率114-135",
        ],
        "comment": "Right direction: no need to wait for zero pain, back to the gym with low-impact cardio, and a good anti-sitting tip. But the strength prescription (7 exercises, loads that make the last reps hard) has no back-specific limits after a deadlift injury - nothing about avoiding heavy deadlifts/squats, starting lighter or a pain-monitoring rule - and aerobic minutes jump from 55 to 150 in a week. The stock 'consult a doctor if it hurts' contradicts going back with 2/10 pain; the absent neurological signs are not acknowledged.",
        "zero_reasons": {},
        "suggested_change": "Explain why returning is better than resting; first 2 weeks at ~50-60% of previous loads, no heavy deadlift/squat, hinge pattern rebuilt with light RDL/hip thrust; pain ≤3/10 and settling by next day is OK; seek care if numbness or weakness appears.",
    },
    {
        "id": "h13", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked whether resting is better: no, regular aerobic activity is part of the treatment",
            "Today: moderate tai chi for about 25 minutes",
            "because: at 82 and new to exercise: moderate at most to start",
            "because: when you feel low, something gentle still helps",
        ],
        "comment": "Answers that she need not rest and adds balance/strength 3 days (good for falls). But today is Monday, her walk with Joan, and the card replaces it with tai chi; the plan keeps only Wednesday's walk. It calls her 'new to exercise' and reads 'don't want to wear myself out' as low mood; stock lines on fever, sharp pain and 'after a fall' do not apply; the nippy wind (wrap up) and amlodipine are not mentioned.",
        "zero_reasons": {},
        "suggested_change": "Say 'yes, walking two days in a row is fine at 82 - go with Joan today, 25 minutes at chatting pace, wrap up against the wind'; keep Mon/Wed/Fri walks and add tai chi or sit-to-stands on 3 days.",
    },
    {
        "id": "h14", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "不要运动：血糖高、酮体中等以上还恶心，可能是酮症酸中毒",
            "用胰岛素泵：管路或针头堵塞是血糖升高的常见原因",
            "依据： 你问的“羽毛球”：今天不行，先休息（原因见上面的提醒）",
            "酮体中度以上、呕吐、呼吸急促或嗜睡，请立即去急诊或拨打120",
        ],
        "comment": "T1D on a pump with 16.8 mmol/l, moderate ketones and nausea is possible DKA: the card forbids exercise, sends him to his team or A&E, suggests a pump/set failure and a pen correction, gives 120 and mmol first. Correct. But the badminton question (is 3 hours too much?) is reduced to 'not today', his 'bad barbecue' explanation is not corrected directly, and the week is blanket rest without a return path once ketones clear.",
        "zero_reasons": {},
        "suggested_change": "Add: nausea with ketones is not food poisoning until proven otherwise; once ketones are negative and glucose is in range, 3 h badminton is fine with breaks, glucose checks every 30-60 min and carbs on hand.",
    },
    {
        "id": "h15", "lang": "en-IN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 0},
        "quotes": [
            "answer: you asked whether it counts: it does.",
            "because: about 0 moderate-equivalent aerobic minutes in the last 7 days (strength counted apart)",
            "answer: you asked about \"gym\": moderate walking suits today better (the reasons below)",
            "Tue    brisk walking, moderate, 45 min, RPE 12-13",
        ],
        "comment": "The right answer is: hatha yoga is real exercise for flexibility, balance and some strength, but at ~2.5 MET it is light, so add moderate aerobic activity (brisk walking) and 2 strength days - no gym needed. The card says 'it does [count]' yet counts her 4 x 45 min of yoga as 0 aerobic minutes and drops yoga from the week entirely, so the central question gets two opposite answers. The gym question gets a non-answer. Walking sessions and 2 strength days are sensible doses; the morning-only constraint is not acknowledged.",
        "zero_reasons": {
            "language": "Contradiction on the central question: 'it does [count]' versus 0 moderate-equivalent minutes for her yoga week and a plan with no yoga.",
        },
        "suggested_change": "Answer clearly: 'Yoga counts for flexibility and balance, but hatha is light; keep your 4 classes and add 30 min brisk walking on 3-5 mornings plus 2 short home strength sessions - no gym needed.'",
    },
    {
        "id": "h16", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "高溫危險：今天不要在戶外運動。",
            "依據： 昨天練得很辛苦（RPE 16）：今天是恢復日，輕鬆為主、時間短一些",
            "週五 游泳，高強度，73分鐘，RPE 14-17，心率117-145",
            "週日 跑步，中等強度，80分鐘，RPE 12-13，心率103-126  高強度日",
        ],
        "comment": "Today is right: a rest/recovery day, light indoor yoga, no hike in the very hot weather warning. But his question (complete rest or something light?) is never answered explicitly, and the hike is only covered by the generic heat warning. The week replaces a 4-day marathon running schedule with 78- and 73-minute swims (one vigorous) and one run, whose 'moderate' label conflicts with its 'high-intensity day' reason; the card is in written Chinese with Mainland/Taiwan '騎自行車' rather than HK '踩單車'.",
        "zero_reasons": {},
        "suggested_change": "Answer: '休息日完全唔郁或者輕鬆活動（游水、伸展、行平路）都得；今日酷熱唔好去行山'; keep his 4 runs at dawn/evening with heat precautions, and keep any swim as easy cross-training.",
    },
    {
        "id": "h17", "lang": "en-US",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
            "because: your notes (\"heavy\"): read as chest pain",
            "because: you asked about \"weights\": not today; rest first (the warnings above say why)",
            "Thu    rest  see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": "A false alarm: 'how heavy should I go' was read as chest pain. A stable, rehab-graduated stent patient cleared by his cardiologist is told to stop exercising for a week and see a doctor about a symptom he does not have. He gets no mall walk in the snow and no answer on weights. The cardiac safety points he needs are also missing: RPE rather than HR on metoprolol, no breath-holding, start light with 10-15 reps.",
        "zero_reasons": {
            "activity": "Rest today and all week for a stable cleared cardiac patient with no symptoms; his usual mall walk and the weights he asked about are both withheld.",
            "dose": "Blanket week of rest with no justification; no strength dose (load, reps, sets, days) at all.",
            "personalisation": "Misreads 'how heavy should I go' as chest pain; ignores stent history, completed rehab, cardiologist's approval, metoprolol and mall walking.",
            "explanation": "Explains a symptom the client never reported and leaves his only question (how heavy, how many days) unanswered.",
        },
        "suggested_change": "Keep today's 45-min mall walk (indoors, windchill); answer: start resistance training 2-3 non-consecutive days a week, 8-10 machine exercises, 1-2 sets of 10-15 reps at RPE 11-13, exhale on effort, no breath-holding, judge effort by RPE since metoprolol blunts heart rate; progress load ~5% when 15 reps feel easy.",
    },
    {
        "id": "h18", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "回答： 你问的“力量”：今天换成低强度瑜伽更合适（理由见下）",
            "依据： 你写了“练到后面就没劲了”：瑜伽轻松不累，动一动反而更有精神",
            "想练得累一点，放在白天（早上或下午）",
            "主项3-5组×3-6次（RPE 7-8）",
        ],
        "comment": "Her question (cardio or strength first, given she fades after a 20-min treadmill warm-up) has a standard answer - lift first, then cardio, or split them - which the card never gives (only a hint in Monday's plan line). Instead it reads her fatigue as tiredness and prescribes 15 min of yoga. It suggests daytime training she cannot do, and the week has 6 sessions for someone who can only go 3 evenings. Labels 'moderate, RPE 12-13' sit beside 'RPE 7-8' heavy triples. Indoor/AQI handling is fine.",
        "zero_reasons": {
            "explanation": "The central question (先有氧还是先力量) is never answered on the card, its 'answer' line answers a different question, and the today rationale rests on a misreading and daytime advice that does not fit her.",
        },
        "suggested_change": "Answer: '增肌为主就先力量后有氧（有氧放最后15-20分钟或单独一天）；热身5-10分钟即可'; build the week around her 3 evening sessions, and end training an hour before sleep.",
    },
    {
        "id": "h19", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "回答： 你问的“健身房”：可以，按今天的安排：中等强度力量训练45分钟",
            "周一 力量训练，中等强度，50分钟，RPE 12-13  上肢日：推（卧推、推举）和拉（划船、引体）",
            "主项3-5组×3-6次（RPE 7-8）",
            "周五 跑步，中等强度，45分钟，RPE 12-13，心率111-135",
        ],
        "comment": "The plan does give him the 4-day upper/lower split he asked about, with bench on two upper days; good. But the card never says yes/why, misreads the question as 'can I go to the gym', and says nothing about the plateau (progressive overload, bench frequency/variation). Two 45-min runs are added for a lifter who ran 25 min last week, and 'moderate, RPE 12-13' labels sit beside 'RPE 7-8' heavy sets without explaining the scales.",
        "zero_reasons": {},
        "suggested_change": "Answer directly: 'yes, 4x upper/lower is a good next step; bench twice a week (one heavy 3-5 reps, one volume 8-10), add 1-2.5 kg when all sets are done'; keep conditioning short (20-30 min) and explain RPE 7-8 = 2-3 reps in reserve.",
    },
    {
        "id": "h20", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 2},
        "quotes": [
            "有雷声：请到室内，离开水里（包括泳池）",
            "新伤（刚扭伤、肿着）：头几天只做不负重的运动",
            "另外每天做脚踝康复（不疼范围内转动脚踝、单脚站平衡）",
            "周日 游泳，中等强度，41分钟，RPE 12-13，心率104-124",
        ],
        "comment": "Today is right (no swimming in the thunderstorm, indoor bike, knee-friendly). But his question (is 3 hours of badminton too much, should he split it?) is never answered, his Sunday badminton is dropped from the week without comment, and the output applies ankle-sprain guidance (non-weight-bearing, daily ankle rehab) to a sore knee. The week goes from ~30 to 153 aerobic minutes plus strength for a weekend warrior.",
        "zero_reasons": {
            "explanation": "The client's question (3 hours too much / split it?) is unanswered, and the prominent ankle-sprain warning and ankle rehab do not apply to his knee.",
        },
        "suggested_change": "Answer: 'for someone otherwise inactive, 3 h at once is a lot for the knee: play 60-90 min with breaks, and add 2-3 weekday sessions (swim, bike, quad/hip strength) so Sunday is not the only exercise; if stair pain persists beyond 2 weeks, see a doctor'.",
    },
    {
        "id": "h21", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "Today: moderate yoga for about 45 minutes",
            "because: you like running, but the ground is wet or icy today",
            "warning: Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
            "Sat    running, moderate, 35 min, RPE 12-13, HR 102-124",
        ],
        "comment": "Post-cold return with only a sniffle passes the neck check; the right answer is an easy shorter run today (rain is fine - she said so), a reduced first week, parkrun as an easy jog, back to normal the week after. The output never mentions the cold, the 8 missed days or her question, and bans running because of the rain she explicitly does not mind. By chance the week's two 35-min runs plus cross-training is a sensible return dose.",
        "zero_reasons": {
            "personalisation": "None of her own facts is used: the cold, 8 missed days, the residual sniffle, her usual 4-run week, parkrun and 'raining but I don't mind' are all ignored.",
            "explanation": "Her question (where to restart / straight back to normal?) is unanswered, and the stock rain warning she explicitly waived is the only reason given.",
        },
        "suggested_change": "Today: easy 20-30 min run in the rain; this week 3 easy runs at about 2/3 of usual, parkrun Saturday as an easy jog; back to the normal week next week if no fever, chest symptoms or unusual fatigue.",
    },
    {
        "id": "h22", "lang": "en-AU",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "answer: you asked about \"aerobics class\": yes, it is good aerobic exercise. Low-impact dance suits knee arthritis too.",
            "Today: moderate swimming for about 45 minutes",
            "warning: A fresh sprain: for the first days only work that puts no weight on it",
            "plus daily ankle rehab (pain-free ankle circles, then single-leg balance); jog once walking is pain-free, and only then hops and cutting",
            "your hubby would rather you rested: a caring worry, but for you the risk is in doing too little",
        ],
        "comment": "For an OA flare (4/10, a bit puffy) the physio is right and the aqua class at 10 is an ideal choice with modifications; the card says the class is good but reads it as land 'dance', then prescribes a 45-min swim instead, so 'go or skip?' gets no clear answer. It treats the OA knee as a fresh sprain: ankle rehab, no weight on the leg, and a progression to jogging, hops and cutting that is wrong for a 63-year-old with knee OA. The week has no leg strengthening (the key OA treatment). Hubby's worry is handled well.",
        "zero_reasons": {
            "explanation": "The central question (go to aqua aerobics at 10 or skip it) is answered ambiguously - 'yes, it is good' but 'Today: swimming' - and the prominent sprain warning and ankle rehab do not apply to knee osteoarthritis.",
        },
        "suggested_change": "Answer: 'Go to aqua aerobics - water takes the load off the knee; skip jumps and deep squats; pain up to ~5/10 that settles by tomorrow is OK; ice after; see your GP if the knee is hot, very swollen or you can't bear weight'; add seated/standing quad and hip strengthening twice a week.",
    },
    {
        "id": "h23", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: vigorous running on the treadmill for about 45 minutes, RPE 14-17 (a few words at a time).",
            "Cold, dry air can trigger asthma: exercise indoors today",
            "below -27 C wind chill, frostbite can set in within minutes (ACSM 2006)",
            "Thu    running, moderate, 20 min, RPE 12-13, HR 113-139",
        ],
        "comment": "Sensible call: treadmill today because cold dry wind is an asthma trigger, with inhaler and warm-up advice and tips for the boredom. But today's session is vigorous (RPE 14-17) when his runs are RPE 13, and at 45 min plus warm-up it is tight before an 8 am lecture; the rest of the week cuts his half-marathon build to three 20-min runs with no long run. 'How cold is too cold?' is only answered in passing inside a dressing tip; a buff/scarf over the mouth is not offered.",
        "zero_reasons": {},
        "suggested_change": "Answer: 'frostbite sets the hard limit (~-27 C wind chill); for your asthma, below about -10 to -15 C cold air is the issue: treadmill, or outdoors with a buff over mouth and puffer 15 min before'; today 30-40 min easy-moderate; keep 4 runs incl. a long run.",
    },
    {
        "id": "h24", "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "依据： 你儿子希望你多歇着：这是关心，但对你来说，动得太少才是风险",
            "严寒（风寒温度低于-27°C，30分钟内就可能冻伤）：不要在户外运动，改在室内（ACSM 2006）。",
            "今天：低强度瑜伽，约30分钟，RPE 9-11（很轻松）。",
            "本周：有氧约60分钟（中等强度当量，WHO建议至少150），逐步增加中；力量2天 ✓",
        ],
        "comment": "Keeping him indoors today (-24 C, ice) is right. But the son's advice was to change the time, not to rest, and he is right: cold early mornings raise BP and cardiovascular risk in a 70-year-old with hypertension and diabetes, and ice means falls. The card misreads this as 'rest more' and rebuts it ('doing too little is the risk'), which he could take as licence to keep his 5:30 walks. It never answers 'should I change the time?' and drops walking from the week (60 aerobic min vs his 350).",
        "zero_reasons": {
            "explanation": "The client's question (should he move his 5:30 winter walk?) is unanswered, and the son's advice is misrepresented as 'rest more' and argued against; stock after-meal glucose and 'muscle grows in rest' lines do not fit.",
        },
        "suggested_change": "Answer: '儿子说得对：冬天把快走改到上午10点后或下午最暖的时候；零下十几度以下或路面结冰就在室内走（商场、走廊）或做太极；出门前量血压'; keep a daily walk in the plan at the warmer time.",
    },
]


def main() -> int:
    errors = []
    seen = set()
    for r in RUBRIC:
        cid = r["id"]
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            errors.append(f"{cid}: cannot read {path}: {e}")
            continue
        sc = r["scores"]
        if set(sc) != set(DIMS):
            errors.append(f"{cid}: scores must have exactly {DIMS}")
        for d in DIMS:
            v = sc.get(d)
            if v not in (0, 1, 2):
                errors.append(f"{cid}: {d} score {v!r} not in 0-2")
            if v == 0 and not str(r["zero_reasons"].get(d, "")).strip():
                errors.append(f"{cid}: {d} is 0 but has no reason")
        for d in r["zero_reasons"]:
            if sc.get(d) != 0:
                errors.append(f"{cid}: zero reason given for {d} but score is {sc.get(d)}")
        q = r["quotes"]
        if not 2 <= len(q) <= 5:
            errors.append(f"{cid}: {len(q)} quotes (need 2-5)")
        for s in q:
            if s not in text:
                errors.append(f"{cid}: quote not found verbatim: {s!r}")
        if not r.get("comment", "").strip() or not r.get("suggested_change", "").strip():
            errors.append(f"{cid}: missing comment or suggested change")
    expected = {f"h{i:02d}" for i in range(1, 25)}
    if seen != expected:
        errors.append(f"ids differ from h01-h24: missing {sorted(expected - seen)}, extra {sorted(seen - expected)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1

    rows = []
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in RUBRIC:
            total = sum(r["scores"][d] for d in DIMS)
            obj = {
                "id": r["id"],
                "lang": r["lang"],
                "scores": {d: r["scores"][d] for d in DIMS},
                "total": total,
                "quotes": r["quotes"],
                "comment": r["comment"],
                "zero_reasons": r["zero_reasons"],
                "suggested_change": r["suggested_change"],
            }
            rows.append(obj)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    mean_dim = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if any(r["scores"][d] == 0 for d in DIMS)]

    out = []
    out.append("# Rubric summary (blind clinical scoring, 24 clients)\n")
    out.append(f"Mean total: **{mean_total:.2f} / 12**\n")
    out.append("## Mean per dimension\n")
    out.append("| dimension | mean (0-2) |")
    out.append("| --- | --- |")
    for d in DIMS:
        out.append(f"| {d} | {mean_dim[d]:.2f} |")
    out.append("")
    out.append("## Clients with any 0\n")
    out.append(", ".join(f"{r['id']} ({', '.join(d for d in DIMS if r['scores'][d] == 0)})" for r in with_zero) or "none")
    out.append("")
    out.append("## Per-client scores\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        s = r["scores"]
        out.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {r['total']} |")
    out.append("")
    out.append("## Every 0 with its reason\n")
    for r in rows:
        for d in DIMS:
            if r["scores"][d] == 0:
                out.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    out.append("")
    out.append("## Comments and suggested changes\n")
    for r in rows:
        out.append(f"### {r['id']} ({r['lang']}) - {r['total']}/12\n")
        out.append(r["comment"] + "\n")
        out.append("Suggested change: " + r["suggested_change"] + "\n")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"ok: {n} clients, mean total {mean_total:.2f}/12; " + ", ".join(f"{d} {mean_dim[d]:.2f}" for d in DIMS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
