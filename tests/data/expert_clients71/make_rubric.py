#!/usr/bin/env python3
"""Blind rubric for 24 exercise-advice outputs (h01-h24).

Every score is literal data below. The script checks that each quote is an
exact substring of that client's output file and that every 0 has a reason,
exits non-zero otherwise, then writes rubric.jsonl and rubric_summary.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

CLIENTS = []

# ---------------------------------------------------------------- h01-h06
CLIENTS += [
    {
        "id": "h01", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "get medical help now (call emergency services (911), or have someone take you to urgent care; do not drive yourself)",
            "If you missed your pills, tell the doctor there, and do not take a double dose to catch up.",
            "your blood pressure treated by a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": "Clinician's answer: 186/114 with a pounding headache, off his pills since Saturday, is a hypertensive crisis reading with a symptom: no walk before or after dinner, get seen now, no exercise until the BP is treated. The output does exactly that: emergency card, 911, don't drive, re-measure, no double dose, and a rest week until cleared. Card, plan and JSON agree. Small flaws: the plan's first line points to 'the warnings above' when in the plan they come below, and his 'prob the heat' isn't rebutted in so many words (the headache-plus-reading warning covers it).",
        "zero_reasons": {},
        "suggestion": "Say outright that the heat does not explain a headache at 186/114, and fix the plan's pointer ('the warning below').",
    },
    {
        "id": "h02", "lang": "en-GB",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked about \"walk\": yes, as today's plan has it: moderate walking for 45 minutes",
            "blood glucose 5.2 mmol/l (94 mg/dl): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
            "because: about 10% more than usual: at most 10% more each week",
            "past this week's aim of 150 (WHO: at least 150): no need to add more this week",
        ],
        "comment": "Clinician's answer: 5.2 mmol/l fasting on gliclazide (a sulfonylurea) is a hypoglycaemia risk for a 40-minute walk: have breakfast (or 15-30 g carbohydrate) first, or walk after breakfast, which also suits her goal; carry glucose tablets. The card answers 'yes' to the walk and lengthens it to 45 min, never answers 'should I eat first?', never mentions gliclazide or hypo symptoms, and its only warning is a stock cardiac one. Reading 5.2 as simply 'in the range' is permissive for a sulfonylurea user. The mmol-first unit order and 999 fit en-GB. 'about 10% more than usual' sits next to 'no need to add more this week'.",
        "zero_reasons": {},
        "suggestion": "Flag gliclazide: eat breakfast (or take 15-30 g carbohydrate) before a fasted walk at 5.2 mmol/l, carry glucose, know hypo signs; keep her usual 40 minutes; answer the eat-first question in the answer line.",
    },
    {
        "id": "h03", "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
        "quotes": [
            "swap it for light yoga for 30 minutes, and do it in 2-3 days when you have slept and your legs feel fresh",
            "Sat    running, moderate, 53 min, RPE 12-13, HR 102-128  running: one of your usual 4 a week, aerobic, at a pace you can talk in full sentences",
            "squats and other leg work when the soreness has gone",
            "week: about 154 moderate-equivalent aerobic minutes (WHO: at least 150) ✓; strength on 2 days ✓",
        ],
        "comment": "Clinician's answer: after hill reps yesterday (RPE 16) and heavy legs, skip the 6x1k today, run easy or rest, and do the intervals in 1-2 days; keep the week's long run, half marathon in 5 weeks. The card's 'not today' is right and the load reasoning is sound, but it says he had not slept (he never said so), adds a squats line that does not apply to a runner, and the week never schedules the intervals it promised: every run is conversational, there is no long run, and volume falls about 40% from his recent ~265 min with no quality at all 5 weeks out.",
        "zero_reasons": {
            "language": "Card and plan contradict each other on his central question: the card says do the 6x1k 'in 2-3 days', but the 7-day plan has no interval session at all (Sat/Sun/Tue are conversational-pace runs).",
        },
        "suggestion": "Put the 6x1k on Saturday (or Friday if fresh), keep a reduced long run (~75 min) on Sunday, an easy run today or rest; drop the sleep and squat lines.",
    },
    {
        "id": "h04", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "Today: moderate walking in the mall for about 40 minutes, RPE 12-13 (talk test: full sentences).",
            "walking in the mall you mentioned: hard cold is hard on your heart, so indoors today; take care getting there, in grippy shoes",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "Mon    yoga, moderate, 25 min, RPE 12-13  yoga: balance and flexibility, 3 days a week from 65 (WHO 2020)",
        ],
        "comment": "Clinician's answer: with a stent, bisoprolol and -14 C with wind, wait and walk in the mall at 9; moderate, by RPE not heart rate; keep walking most days plus strength and balance. The card gets all of this, including the beta-blocker and cold-weather angina. The week cuts his walking to two days (Tue, Fri) and makes up the aerobic total with tai chi and a 'moderate' yoga session he never asked for; after cardiac rehab he should keep ~30 min on most days. The answer line 'yes' to an either/or question is clumsy, but the reason line answers it.",
        "zero_reasons": {},
        "suggestion": "Keep 4-5 walking days (mall or indoors when it is this cold), fold balance work into them or into the two strength days, and say 'wait for the mall' plainly in the answer line.",
    },
    {
        "id": "h05", "lang": "en-IN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked: running or strength training? Running, moderate, for 35 minutes today (the reasons below)",
            "running on the treadmill you mentioned: the air quality rules out hard work outdoors, so indoors today, windows shut, at the effort given",
            "Air quality is unhealthy (AQI 151-200), and your age or condition makes you sensitive to it: no outdoor exertion today",
        ],
        "comment": "Clinician's answer: AQI 185 with asthma: treadmill at the gym, not the park; moderate; reliever to hand; stop if the throat tickle turns into cough, wheeze or tightness. The activity, place and dose are right and the week keeps her runs indoors while the air is bad. But the answer line misquotes her question (she asked park or treadmill, not running or strength), the AQI warning says 'age or condition' instead of naming her asthma, and the throat tickle from the smog is not addressed.",
        "zero_reasons": {},
        "suggestion": "Answer the question she asked (treadmill, not the park, because of AQI 185 and asthma) and add: stop and use your reliever if the tickle becomes cough, wheeze or chest tightness.",
    },
    {
        "id": "h06", "lang": "en-NZ",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "you asked whether resting is better: no, and no need to stop: lying up slows a back's recovery; staying active and building up is the treatment (NICE NG59)",
            "no lifting, no running until it settles",
            "Wed    strength training, moderate, 30 min, RPE 12-13  strength: 2-3 sets of 8-12 reps; 2 or more days a week (WHO 2020, ACSM)",
            "Thu    swimming, moderate, 52 min, RPE 12-13, HR 99-121",
        ],
        "comment": "Clinician's answer: acute non-specific low back pain, 3 days old, no leg signs: not the couch; walk in short bouts, gentle mobility, return to swimming then running as pain allows; red flags listed. The card is exactly that, with NICE NG59 and the right red flags. The plan then puts generic 2-3 x 8-12 strength training tomorrow despite the card's own 'no lifting ... until it settles', and jumps to 52-minute swims and elliptical sessions (his usual sessions are ~30-40 min) within days of the injury: about five times last week's volume.",
        "zero_reasons": {},
        "suggestion": "Replace Wednesday's gym strength with the back exercises the card names (bird-dog, dead bug, bridges); build swims from ~20-30 min; note that running returns when walking and swimming are pain-free.",
    },
]

# ---------------------------------------------------------------- h07-h12
CLIENTS += [
    {
        "id": "h07", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate swimming for about 25 minutes, RPE 12-13 (talk test: full sentences).",
            "your notes (\"knees ache\"): read as a knee injury",
            "BMI 42: start low impact at a low-to-moderate effort, 30 minutes at most, and build up; it should feel doable, never punishing (ACSM)",
            "Sat    rest  rest day: recovery is part of training",
        ],
        "comment": "Clinician's answer: for a beginner at BMI 42 with knees that ache on stairs, shorter frequent sessions beat an hour twice a week: stretch the nightly dog walk to 20 min, and use the easier weekends for a longer low-impact session (swim, 30-40 min); both count toward 150. The output never answers her either/or question (JSON answers is empty). Low-impact choices and the BMI-based ramp are sound, but the plan ignores her nightly dog walk and makes Saturday a rest day when she said weekends are easier, scheduling weekday 7 pm swims instead. Reading stair ache as a 'knee injury' is heavy-handed.",
        "zero_reasons": {},
        "suggestion": "Answer the question directly (little and often first, ~20 min most days by lengthening the dog walk, plus one longer weekend swim), and build the week around her evenings and weekends.",
    },
    {
        "id": "h08", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked: running or swimming? Swimming, moderate, for 35 minutes today (the reasons below)",
            "pregnancy: swimming has a low risk of falls, at a moderate effort (ACOG 2020)",
            "Mon    running, moderate, 43 min, RPE 12-13  running: one of your usual 3 a week",
            "heavy bleeding or severe pain means emergency services (999) (ACOG 2020, WHO)",
        ],
        "comment": "Clinician's answer: 24 weeks, uncomplicated, a runner for years, midwife happy: she may keep running (parkrun at a chatty pace, jog-walk is fine) as long as it is comfortable, and swimming is an excellent swap as the bump grows; a support belt and a loo-friendly route help; the ACOG stop signs apply. The card swaps today's parkrun (it is Saturday) for a swim without saying why, and never says whether running is still fine; the plan then schedules three runs, lengthened to 38-43 min from her usual 25-33, which is the wrong direction in late pregnancy with the bump 'getting in the way'. Warnings and the 999 number are correct.",
        "zero_reasons": {},
        "suggestion": "Say plainly that running is still fine if comfortable (parkrun at talk-test pace, walk breaks allowed) and that swimming is a good swap; keep runs at or below her usual 30 min; mention pelvic floor and a bump support.",
    },
    {
        "id": "h09", "lang": "en-IE",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 0, "language": 2},
        "quotes": [
            "you asked whether resting is better: no, and no need to stop",
            "A fresh sprain: for the first days only work that puts no weight on it (swimming, a stationary bike if it is pain-free, strength in a seat)",
            "Swelling, pain that gets worse, or not being able to take four steps: have it checked (Vuurberg et al. 2018).",
            "because: no recent sessions logged: start with 30 minutes and build up",
        ],
        "comment": "Clinician's answer: a 16-year-old three days after an ankle sprain, still swollen and limping, should not train or play tonight, whatever the coach says about taping; have it assessed (physio/GP), do non-weight-bearing work and ankle rehab, and treat Saturday's cup game as only if he can hop, run and cut pain-free. The bike today, the seated strength and the rehab progression in the plan are good, and the sprain warning says swelling should be checked. But the answer line to 'should i go or rest it??' reads as 'don't rest', and nothing addresses the coach, tonight's training or the cup game.",
        "zero_reasons": {
            "explanation": "His decisive question (go to training tonight or rest) gets 'resting is better: no, and no need to stop', which reads as go; the output never says skip tonight's training, never addresses the coach's 'tape it and play', and never mentions Saturday's cup game.",
        },
        "suggestion": "Answer first: 'Don't train or play tonight on a swollen ankle you limp on; taping doesn't fix that. Get it checked this week; Saturday only if you can hop, sprint and cut pain-free.' Then the bike, seated strength and ankle rehab.",
    },
    {
        "id": "h10", "lang": "en-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"run\": not today, the heat is dangerous for any exercise outdoors; elliptical instead",
            "your goal (\"first 10k in October\", endurance): elliptical fits it",
            "running: heat takes 10-14 days to get used to: before 10 am or after 6 pm, moderate and a little shorter, with water (ACSM 2007)",
        ],
        "comment": "Clinician's answer: not the 12:15 run in 33 C and 75% humidity; the 7 pm run she proposed, easy, shorter and with water, is the right call (or dawn); an aircon office does not make her heat-acclimatised. The card rules out any run today and sends her to an elliptical, never weighing the 7 pm option, although the plan itself says 'after 6 pm' is fine on other days. The week is all conversational runs of 35-40 min with no long-run progression toward the 10k (her last long run was 50 min). Safe, but over-cautious and generic.",
        "zero_reasons": {},
        "suggestion": "Answer: 'Not at lunch: go at 7 pm, easy, ~35 min, drink before and after; your aircon office means you are less heat-adapted, not more.' Keep one long run that grows ~10% a week.",
    },
    {
        "id": "h11", "lang": "en-AU",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
            "new or getting worse (above all with a stent or heart disease), it needs a cardiologist today even though it passed",
            "Cold weather can bring angina on; it does not explain it away",
            "if it comes at rest or lasts more than 5 minutes, call an ambulance (000)",
        ],
        "comment": "Clinician's answer: exertional chest tightness spreading to the jaw and easing with rest is new angina until proven otherwise: no swim, no bushwalk, see a doctor today, 000 if at rest or lasting over 5 minutes. The output gets this right, with the Australian number and a rest week until cleared. But the explanation leans on stock text: 'with a stent or heart disease' (she has neither) and 'cold weather' (it is 26 C in an Australian February), while her own excuse, 'just unfit after winter', is not answered directly, and tomorrow's bushwalk is not named.",
        "zero_reasons": {},
        "suggestion": "Replace the stock lines with hers: 'Being unfit does not cause chest tightness that spreads to the jaw; don't go on tomorrow's bushwalk; see your GP or ED today.'",
    },
    {
        "id": "h12", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "Sit or lie down, drink some water, and see a doctor today",
            "fainting, nearly fainting or dizziness with a racing heart can come from the heart",
            "because: your notes (\"blacked out\"): read as dizziness",
        ],
        "comment": "Clinician's answer: a racing, fluttery heart with near-syncope during a HIIT finisher is an exertional warning sign (arrhythmia, structural disease): no training, weights or cardio, until a doctor has seen him (ECG, likely cardiology referral); not likely an emergency now, since it passed a week ago. The output stops exercise, sends him to a doctor and bars faint-risk activities; the rest week is right. The first-aid line ('Sit or lie down, drink some water') is written as if it were happening now, 'didn't eat enough' is only indirectly rebutted, and nothing tells him what to report (during HIIT, how fast, how long).",
        "zero_reasons": {},
        "suggestion": "Tie it to his episode: 'Near-fainting with a racing heart during HIIT is not explained by skipping food; no training until a doctor has checked your heart (ECG); tell them it happened mid-effort.'",
    },
]

# ---------------------------------------------------------------- h13-h18
CLIENTS += [
    {
        "id": "h13", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
        "quotes": [
            "考试这几周每次短一些（30-60分钟）、每周少一两次，不做比赛式的高强度",
            "周四 骑自行车，高强度，60分钟，RPE 14-17",
            "周六 跑步，高强度，60分钟，RPE 14-17",
            "你是有训练基础的跑者：轻松跑（能说整句话，RPE 12-13）算中等强度（ACSM）",
            "最近没有训练记录：从50分钟开始，循序渐进",
        ],
        "comment": "临床判断：13岁，下周期末考，去公园跟同学跑步或骑车对学习和情绪有益；今天30-60分钟、中等强度、早点回家复习，跟妈妈商量好；跑步、骑车都可以（骑车戴头盔）。卡片对“考前还练不练”答得很好，还提到跟爸妈商量。但一周计划与卡片自相矛盾：卡片说考试这几周每次短一些、每周少一两次、不做比赛式高强度，计划却七天都练，两天60分钟高强度，三次55-60分钟力量训练（1-2组的量却排60分钟）。还把她说成“有训练基础的跑者”，“跑步和骑车哪个好”也没正面回答。",
        "zero_reasons": {
            "language": "Card and plan contradict each other on her central question: the card says in exam weeks train shorter, 1-2 fewer times a week and nothing race-hard (每次短一些、每周少一两次、不做比赛式的高强度), but the plan has 50-75 min every day for 7 days, with 60-min vigorous sessions (RPE 14-17) on Thursday and Saturday.",
        },
        "suggestion": "考试周计划照卡片的话做：每次30-45分钟、中等强度，留一两天只做轻松活动，不排高强度；回答跑步和骑车都行（骑车戴头盔），去掉“有训练基础的跑者”。",
    },
    {
        "id": "h14", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "刚吃完饭：现在走一走最能压住餐后血糖",
            "以后每餐饭后走10-15分钟，比一天走一次更管用（ADA 2016；Reynolds等，2016）",
            "血糖160 mg/dl（8.9 mmol/L）：在可以运动的范围（90-250，ADA 2016）",
            "周四 休息  休息日：恢复同样是训练的一部分",
        ],
        "comment": "临床判断：饭前血糖8.9、吃二甲双胍，低血糖风险低；控制血糖饭后走更好：7点吃完饭，饭后15-30分钟开始快走20-30分钟；以后每餐饭后走10-15分钟。卡片的方向（饭后走、每餐饭后短走）是对的，但把关键事实读反了：他6:20刚量了饭前血糖、7点才吃饭，卡片却说“刚吃完饭：现在走一走”，今天的时间安排因此错了；“饭前还是饭后”的提问也没有正面回答（JSON answers为空）。计划只有三天快走、两天整休，和卡片自己说的“每餐饭后走”不一致。",
        "zero_reasons": {
            "personalisation": "Reverses the fact that decides his question: his 8.9 was a pre-dinner reading with dinner at 7, but the card says he has just eaten and should walk now (刚吃完饭：现在走一走), so today's timing is wrong.",
        },
        "suggestion": "直接回答：饭后走更好；今天7点吃完饭，7:30左右快走25分钟；以后每餐饭后走10-15分钟。计划改成每天都有饭后步行，不要连着两天不动。",
    },
    {
        "id": "h15", "lang": "zh-TW",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "今天：低強度瑜伽，約30分鐘，RPE 9-11（很輕鬆）。",
            "你寫了“應該是最近沒睡好吧”：瑜伽輕鬆不累，動一動反而更有精神",
            "週六 游泳，中等強度，50分鐘，RPE 12-13",
            "孕早期後避免長時間仰臥",
            "孕中期後不平躺",
        ],
        "comment": "臨床判斷：懷孕33週，昨晚內褲有血，加上持續頭痛（要排除子癇前症，先量血壓），都是ACOG列出的停止運動並就醫的警訊：今天不運動，今天就聯絡產科或去產房檢傷，頭痛加劇、視力模糊或出血變多打119。輸出完全漏掉：推薦瑜伽，還接受她“沒睡好”的說法，說動一動更有精神；一週安排三次50分鐘游泳加兩天力量訓練。警告裡雖列出陰道出血、劇烈頭痛，但是通用條文，沒有跟她寫的症狀連起來，卡片整體在鼓勵她運動。另外，“孕早期後避免長時間仰臥”和“孕中期後不平躺”前後不一。",
        "zero_reasons": {
            "safety": "Misses two pregnancy warning signs: vaginal bleeding at 33 weeks plus a persistent headache (placental problem, pre-eclampsia); instead of no exercise and same-day obstetric care it recommends yoga.",
            "activity": "Today should be no exercise and immediate medical contact; it prescribes yoga, and swimming and strength training for the rest of the week.",
            "dose": "A full 150-minute week (three 50-minute swims plus two strength days) for a pregnant woman who needs assessment first; no 'nothing until a doctor has seen you'.",
            "personalisation": "Ignores the bleeding she reported and accepts her own explanation of the headache as poor sleep (應該是最近沒睡好吧).",
            "explanation": "The key warning is absent; the reasons argue for moving (動一動反而更有精神) and say nothing about what to do about the bleeding and headache.",
        },
        "suggestion": "出血或持續頭痛在33週：今天不要運動，立即聯絡產科醫師或到醫院產房檢查，先量血壓；出血變多、劇烈頭痛、視力模糊或腹痛就撥119。醫師確認沒事後再談游泳或孕婦瑜伽；統一“孕早期後”的仰臥說法。",
    },
    {
        "id": "h16", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要運動：今天就去看醫生（見下）。",
            "氣短、腳踝腫、躺平要墊高枕頭才不咳不喘：這幾樣放在一起，可能是心臟出了問題（心衰導致積液）。",
            "一條小腿又腫又痛（長途飛行或坐車後、產後、手術或打石膏後，或明顯比另一條粗），可能是血栓",
            "如果突然喘不上氣、胸痛或咳血，立即撥打999。",
        ],
        "comment": "臨床判斷：已知心臟衰弱，兩星期雙腳腫、要墊三個枕頭才睡得著（端坐呼吸），是心衰惡化：今天唔好打太極或行山，今日就睇醫生，急性氣促或胸痛打999。輸出完全做到：今天不運動、今天就醫、999、整週休息到醫生同意；第三條警告把腳腫、氣短、高枕連成心衰，直接回應他“天氣熱啫”的想法。扣分在解釋：第二條警告大段是單腳深靜脈血栓的通用文字（長途飛行、產後、打石膏），與他雙腳腫無關，沖淡重點。",
        "zero_reasons": {},
        "suggestion": "刪去血栓的通用段落，只留心衰那條，並直接說“腳腫加墊三個枕頭唔係天氣熱，係心臟積水嘅警號，今日就要睇醫生”。",
    },
    {
        "id": "h17", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "回答： 你问的“游泳”：可以，按今天的安排：中等强度游泳25分钟",
            "周日 室内单车，中等强度，30分钟，RPE 12-13",
            "运动中疼痛不超过3-4分（满分10），第二天早上能消下去就没问题",
            "BMI 35：从中低强度、对关节冲击小的运动开始，每次不超过30分钟，逐步增加（ACSM）",
        ],
        "comment": "临床判断：膝骨关节炎、BMI 35：游泳和踩脚车都好；组屋楼下健身角的脚车最方便，可以天天踩，游泳每周两三次；从20-30分钟开始，加股四头肌力量训练；疼痛监测3-4/10以内可以。卡片选游泳、剂量和低冲击原则都对，疼痛监测写得好。但“游泳还是骑脚车”只答了“游泳：可以”，没比较，也没用上她楼下健身角的脚车（计划写成“室内单车”，其实是户外健身角，傍晚29°C、湿度80%）；力量训练没点明练大腿前侧保护膝盖。",
        "zero_reasons": {},
        "suggestion": "直接回答：两个都好，楼下健身角脚车方便天天踩（傍晚凉一点再去、带水），游泳每周两三次；力量训练写明坐姿伸膝、坐站起立等大腿练习。",
    },
    {
        "id": "h18", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "今天休息，等病好了再练（见下）。",
            "退烧药压下去的烧还是发烧：药效过了体温还会上来。要等不吃退烧药也24小时以上不发烧，再从轻松的开始恢复运动。",
            "打卡可以暂停：发烧或病毒感染时硬练会伤心脏。",
            "退烧满一天、不再浑身酸痛才走：轻松散步，感觉好再一天天加量，一周左右回到平时；又发烧或胸闷心慌就停下就医",
        ],
        "comment": "临床判断：早上38.5°C、全身酸痛、吃了布洛芬：这是颈部以下症状，今天不运动、不打球、不“出汗排毒”；不吃退烧药24小时不烧再从轻松恢复；有病毒感染时硬练有心肌炎风险。输出完全做到，还专门指出布洛芬压下去的烧仍是发烧，计划按条件逐步恢复散步。小瑕疵：回答行对在家骑的动感单车说“今天不要去”，“查清楚之前”用在发烧上也有点别扭；“出身汗就好了”的想法是间接回应的。",
        "zero_reasons": {},
        "suggestion": "回答行改为“游泳、动感单车今天都不要，出汗不能把烧‘逼’出来”，并提一句约好的球也推掉。",
    },
]

# ---------------------------------------------------------------- h19-h24
CLIENTS += [
    {
        "id": "h19", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "回答： 你問的“公園”：可以，按今天的安排：中等強度散步40分鐘",
            "運動中疼痛不超過3-4分（滿分10），第二天早上能消下去就沒問題",
            "依據： 比平時多約10%：每週增加不超過10%",
            "已經超過本週90分鐘的目標（WHO每週至少150分鐘）：這週不用再加量",
            "週五 散步，中等強度，25分鐘，RPE 12-13",
        ],
        "comment": "臨床判斷：膝退化走到一半會痛，不必硬撐也不必一痛就停：疼痛在3-4分（滿分10）以內、隔天早上消退就可以繼續；超過就放慢、坐下休息，或把40分鐘分成兩段；選平路、好鞋，再加大腿肌力訓練。卡片的散步、血壓提醒（不憋氣）、119都對，疼痛監測規則也寫了，但放在通用警告裡，沒有針對“停下來還是忍著走完”回答；回答行只說“公園：可以”。一週只剩兩次散步（她平常三次，醫生要她多走），用瑜伽、太極湊有氧分鐘；“比平時多約10%”和“這週不用再加量”並列，自相矛盾。",
        "zero_reasons": {},
        "suggestion": "回答行直接說：痛到3-4分以內可以走完，超過就放慢或坐下休息、分兩段走；一週保持3-4次散步，力量日寫明坐姿伸膝、坐站起立。",
    },
    {
        "id": "h20", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "有雷聲：請到室內，離開水裡（包括泳池）；最後一聲雷響30分鐘後再恢復（30-30規則，美國國家氣象局防雷指南）。",
            "在你說的跑步機上跑步：天氣太熱，不宜戶外運動，今天不在室外；室內也關好窗，按規定的強度來",
            "週日 游泳，中等強度，57分鐘，RPE 12-13，心率99-126",
        ],
        "comment": "臨床判斷：行雷時唔好出去跑，跑會今晚要等最後一聲雷後30分鐘先去；唔想等就去學校gym跑步機，濕熱天氣輕鬆跑、補水。輸出安排跑步機45分鐘，並給了30-30規則，安全上沒問題。但改室內的理由寫成“天氣太熱”，而不是雷暴；“室內也關好窗”是空氣污染的套話；跑會那個選項（雷停後再去）沒有正面說。一週三次都是45分鐘輕鬆跑，拿走他70分鐘的長課，換成他從沒做過的57分鐘游泳。",
        "zero_reasons": {},
        "suggestion": "回答行說清楚：行雷時唔好出去；最後一聲雷後30分鐘先可以跟跑會跑，否則用學校跑步機；一週保留一次60-70分鐘長課，刪去“關好窗”。",
    },
    {
        "id": "h21", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 2, "explanation": 1, "language": 1},
        "quotes": [
            "今天：中等强度太极，约35分钟，RPE 12-13（能说话不能唱歌）。",
            "站着做的动作，一只手扶着结实的椅背或灶台；累了就坐下做，摔倒比少练几分钟要紧得多",
            "摔过一次的话，请医生或康复师做一次防跌倒评估（视力、用药、居家环境）",
            "周六 瑜伽，中等强度，30分钟，RPE 12-13",
            "依据： 比平时多约10%：每周增加不超过10%",
        ],
        "comment": "临床判断：85岁、走路不稳、去年摔过、拄拐：雨天路滑，今天在家练（扶椅太极、坐站起立、扶椅单脚站），雨停地干了再出去走；做一次跌倒风险评估；天气好的日子照常每天走半小时。卡片今天的安排非常好：在家太极、扶椅、防跌倒评估、带拐杖和手机。但一周计划完全没有散步（他每天都走，只有今天下雨），换成三次太极、两次“中等强度”瑜伽和力量训练，有氧分钟靠瑜伽、太极凑出来；“等雨停还是在家”也没直说；“比平时多约10%”与“这周不用再加量”并列矛盾。",
        "zero_reasons": {},
        "suggestion": "直接回答：今天在家练，雨停、地面干了再出门走；一周保留他每天的半小时散步（雨天在家），平衡和力量练习加在其中三天；瑜伽对他不必要。",
    },
    {
        "id": "h22", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "回答： 你问力量训练还是跑步：力量训练，今天中等强度40分钟（理由见下）",
            "回答： 你问要不要练力量：要，任何年龄都要。",
            "对骨骼最有帮助的是逐步加重的力量练习，加上一些跳跃和平衡练习（WHO 2020；Too Fit To Fracture，2014）",
            "周三 跑步，中等强度，40分钟，RPE 12-13，心率112-132",
        ],
        "comment": "临床判断：同一堂课里先做哪个都行；目标减肚子，关键是每周总量：可以先力量（40分钟）再跑步机20-30分钟中等；血压136/86在控制中，用力时呼气不憋气。卡片把“先做哪个”读成“二选一”，今天只给力量训练，没回答顺序；还答了一个他没问的“要不要练力量”，附上骨质疏松的套话。不憋气的提醒很好。计划里跑步从过去一个月只有一次25分钟，一下子变成三次35-40分钟。",
        "zero_reasons": {},
        "suggestion": "回答顺序问题：先力量后跑步机（或反过来都可以），今天力量30-40分钟加跑步机20分钟；删去骨质疏松那段；跑步从20-25分钟起，每周加约10%。",
    },
    {
        "id": "h23", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "回答： 你问的“动感单车”：可以，按今天的安排：中等强度室内单车30分钟",
            "你喜欢骑自行车，但今天空气质量不好，不宜户外运动",
            "花粉过敏（过敏性鼻炎）不是感冒，不用因此减量；花粉在早晨、傍晚和干燥有风的晴天最多",
        ],
        "comment": "临床判断：AQI 210属非常不健康，来回80分钟骑车通勤吸入量大，尤其有鼻炎：今天坐地铁，晚上健身房动感单车中等强度，通勤路上戴N95/KN95口罩。卡片安排室内单车、强度中等、时间缩短，方向对；但“骑车上班还是坐地铁”没有直接回答，只能从“不宜户外运动”推出来；鼻炎被读成花粉过敏，给了一月份零下三度用不上的花粉建议，没提雾霾会加重鼻炎、戴口罩。",
        "zero_reasons": {},
        "suggestion": "回答行直接说：今天坐地铁、戴KN95口罩，晚上去健身房骑30-40分钟中等强度；把花粉段换成雾霾会加重鼻炎的提醒。",
    },
    {
        "id": "h24", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "你问是不是休息更好：不是，不用停下来。轻松活动比坐着不动更快缓解练后的酸痛。",
            "力量训练：5个动作，练上肢（推、拉、肩）和核心，每个1-2组、每组10-15次",
            "两天前练得很辛苦（RPE 17）：今天最多中等强度",
        ],
        "comment": "临床判断：第一次练腿到RPE 17，两天后下楼梯都疼，是典型的延迟性肌肉酸痛：今天不练腿，可以练上肢核心或轻松走路；下次练腿等酸痛基本消退，重量轻一些。卡片正是这样：上肢加核心、中等强度20分钟，说明为什么不必全休，一周再加快走。专家可能会再加一句：尿色变深如茶色或腿明显肿胀要当天就医（横纹肌溶解），下次练腿别再到RPE 17。",
        "zero_reasons": {},
        "suggestion": "加一句横纹肌溶解的警讯（尿色像茶、腿肿得厉害、极度无力：当天就医），并写明下次练腿的时间和较轻的强度。",
    },
]


# ---------------------------------------------------------------- checks and output
def check(clients):
    errors = []
    ids = [c["id"] for c in clients]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids are not exactly h01..h24: %s" % ids)
    profiles = {}
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                profiles[d["id"]] = d
    for c in clients:
        cid = c["id"]
        if cid in profiles and profiles[cid].get("lang") != c["lang"]:
            errors.append("%s: lang %r differs from profile %r" % (cid, c["lang"], profiles[cid].get("lang")))
        s = c["scores"]
        if sorted(s) != sorted(DIMS):
            errors.append("%s: dimensions %s" % (cid, sorted(s)))
        for d in DIMS:
            if s.get(d) not in (0, 1, 2):
                errors.append("%s: %s score %r not in 0-2" % (cid, d, s.get(d)))
        path = os.path.join(HERE, "outputs", cid + ".txt")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            errors.append("%s: cannot read %s: %s" % (cid, path, e))
            text = ""
        q = c["quotes"]
        if not (2 <= len(q) <= 5):
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(q)))
        for quote in q:
            if quote not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, quote))
        zr = c.get("zero_reasons", {})
        for d in DIMS:
            if s.get(d) == 0 and not str(zr.get(d, "")).strip():
                errors.append("%s: %s is 0 but has no reason" % (cid, d))
        for d in zr:
            if s.get(d) != 0:
                errors.append("%s: reason given for %s, which is not 0" % (cid, d))
        if not c.get("comment", "").strip():
            errors.append("%s: no comment" % cid)
        if not c.get("suggestion", "").strip():
            errors.append("%s: no suggested change" % cid)
    return errors


def main():
    errors = check(CLIENTS)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    clients = sorted(CLIENTS, key=lambda c: c["id"])
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for c in clients:
            rec = {
                "id": c["id"],
                "lang": c["lang"],
                "scores": {d: c["scores"][d] for d in DIMS},
                "total": sum(c["scores"][d] for d in DIMS),
                "quotes": c["quotes"],
                "comment": c["comment"],
                "zero_reasons": c.get("zero_reasons", {}),
                "suggestion": c["suggestion"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    n = len(clients)
    totals = [sum(c["scores"][d] for d in DIMS) for c in clients]
    mean_total = sum(totals) / n
    dim_means = {d: sum(c["scores"][d] for c in clients) / n for d in DIMS}
    with_zero = [c for c in clients if any(c["scores"][d] == 0 for d in DIMS)]

    out = []
    out.append("# Rubric summary (24 clients, blind scoring)\n")
    out.append("Scores 0-2 on six dimensions, total out of 12.\n")
    out.append("## Means\n")
    out.append("- Mean total: **%.2f / 12** (%.1f%%)" % (mean_total, 100 * mean_total / 12))
    for d in DIMS:
        out.append("- %s: %.2f / 2" % (d, dim_means[d]))
    out.append("")
    out.append("## Clients with any 0\n")
    if with_zero:
        for c in with_zero:
            zs = [d for d in DIMS if c["scores"][d] == 0]
            out.append("- %s (%s): %s" % (c["id"], c["lang"], ", ".join(zs)))
    else:
        out.append("- none")
    out.append("")
    out.append("## Per-client scores\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for c, t in zip(clients, totals):
        s = c["scores"]
        out.append("| %s | %s | %s | %d |" % (c["id"], c["lang"], " | ".join(str(s[d]) for d in DIMS), t))
    out.append("| **mean** |  | %s | **%.2f** |" % (" | ".join("%.2f" % dim_means[d] for d in DIMS), mean_total))
    out.append("")
    out.append("## Every 0 and its reason\n")
    for c in clients:
        for d in DIMS:
            if c["scores"][d] == 0:
                out.append("- **%s %s**: %s" % (c["id"], d, c["zero_reasons"][d]))
    out.append("")
    out.append("## Per-client comments and suggested changes\n")
    for c, t in zip(clients, totals):
        out.append("### %s (%s), %d/12\n" % (c["id"], c["lang"], t))
        out.append(c["comment"] + "\n")
        out.append("Suggested change: " + c["suggestion"] + "\n")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    print("mean total %.2f / 12" % mean_total)
    for d in DIMS:
        print("  %-16s %.2f" % (d, dim_means[d]))
    print("clients with a 0:", ", ".join(c["id"] for c in with_zero) or "none")


if __name__ == "__main__":
    main()
