#!/usr/bin/env python3
"""Blind clinical scoring of the exercise advisor's output for 24 clients.

Every score below is literal data written by the scorer after reading the
client's profile/notes and then the card, 7-day plan and JSON together.
Running this script checks that each quote is an exact substring of that
client's output file and that every 0 has a reason, then writes
rubric.jsonl and rubric_summary.md.  Exit status is non-zero on any failure.
"""
import json
import os
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

CLIENTS = []

# ---------------------------------------------------------------- h01-h06
CLIENTS.append({
    "id": "h01", "lang": "en-US",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
    "quotes": [
        "First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl (5.0 mmol/l).",
        "On a sulfonylurea (glimepiride, gliclazide) or insulin, with a meal skipped",
        "Low blood glucose (below 3.9 mmol/l, 70 mg/dl, or you feel hypo)",
        "brisk walking, moderate, 35 min, RPE 12-13",
    ],
    "comment": "Right answer to the real question (84 mg/dl, fasting, on a sulfonylurea): carbohydrate first, recheck above 90, walk light 20 min, carry sugar. "
               "Week builds sensibly from 2x20 min walks to ~65 min plus 2 strength days for a beginner with BMI 38. "
               "Gap: the sulfonylurea warning names glimepiride/gliclazide, not his glipizide, so he may not recognise it applies to him; "
               "one stock hypo warning puts mmol/l first on a US card (minor).",
    "zero_reasons": {},
    "suggested_change": "Name the client's own drug (glipizide) in the sulfonylurea warning and suggest walking after lunch as an alternative; keep mg/dl first throughout a US card.",
})

CLIENTS.append({
    "id": "h02", "lang": "zh-CN",
    "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
    "quotes": [
        "你问的“跳舞”：可以，这是很好的有氧运动。",
        "高温危险：今天不要在户外运动。",
        "这周一共约250分钟",
        "本周：有氧约185分钟",
        "周五 散步，中等强度，60分钟，RPE 12-13",
    ],
    "comment": "68-year-old on amlodipine + hydrochlorothiazide asks whether she can square-dance outdoors at 16:00 in 36 °C/60 % humidity (heat index ~45 °C) and for how long. "
               "The card's first answer says dancing is 'OK' (可以) with knee tips, while a warning below says no outdoor exercise today; the 'how long' answer is about a swim she never mentioned. "
               "Good diuretic-in-heat and osteoporosis content, but the knee is relabelled 'osteoarthritis', the week total is 250 min in the answer and 185 in the plan, and a 60-min walk is scheduled in July heat.",
    "zero_reasons": {
        "language": "Contradiction on the central question: the answer tells her dancing is fine ('你问的“跳舞”：可以') while the heat warning says no outdoor exercise today; weekly total also differs (250 vs 185 min).",
    },
    "suggested_change": "Answer the dance question directly: not at 16:00 today; dance after sunset or in an air-conditioned hall for 30-40 min at a talkable pace, drink regularly (diuretic), no jumps/pivots for the knee; keep walks to 30 min in cool hours and make the answer's weekly total match the plan.",
})

CLIENTS.append({
    "id": "h03", "lang": "zh-TW",
    "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 1, "language": 2},
    "quotes": [
        "今天建議休息，並請醫生看看（見下）。",
        "靜息或輕微活動就氣短：今天不要運動；請就醫，加重時儘快就診（ACSM）。",
        "備註“喘”：按氣短處理",
        "先就醫；醫生同意後再重新制定計劃",
    ],
    "comment": "74-year-old with stable COPD (LAMA/LABA + blue reliever) who walks 40 min daily and gets breathless only when he walks faster; AQI 135 (USG). "
               "Right answer: shorter, easier walk or indoors today, reliever carried, pre-dose only if his doctor's plan says so. "
               "The app read his baseline exertional breathlessness as breathlessness at rest/mild exertion, ordered rest and a doctor visit, and rests the whole week; COPD and both questions (go? pre-dose the blue inhaler?) are not addressed. "
               "Over-triage is not penalised on safety.",
    "zero_reasons": {
        "dose": "A blanket seven days of rest 'until a doctor clears you' for a stable COPD patient who walks 40 min daily; deconditioning is itself harmful in COPD and nothing in the notes justifies it.",
        "personalisation": "Misreads 走快一點會喘 (his usual exertional breathlessness) as an acute symptom, never mentions his COPD (肺阻塞), his inhalers or his daily river walk.",
    },
    "suggested_change": "Recognise known COPD: AQI 135 -> walk 20-30 min at an easy pace indoors or keep it short outside, carry the reliever, use it before exercise only if his action plan says so; keep his daily walks on the other days (indoors while AQI >100) and add 119 for severe breathlessness.",
})

CLIENTS.append({
    "id": "h04", "lang": "en-AU",
    "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 1, "language": 2},
    "quotes": [
        "Dangerous heat: no outdoor exercise today.",
        "indoors today: outside, 33°C",
        "glucose 5.7 mmol/l (102 mg/dl) on insulin: eat about 10-15 g of carbohydrate before you start",
        "about 10% more than usual: at most 10% more each week",
        "week: about 152 moderate-equivalent aerobic minutes",
    ],
    "comment": "26 weeks pregnant, GDM on NovoRapid (bolus an hour ago) + Levemir, mild asthma, 33 °C. "
               "Sound safety content: moderate by talk test, ACOG stop signs with 000, carbohydrate before and glucose checks during/after and at bedtime, reliever carried, heat moved indoors. "
               "But her question 'ok to go this arvo?' (to an outdoor pool) is only implied by 'indoors today'; and the plan jumps from 90 to 152 min in one week while the card says 'at most 10% more each week'.",
    "zero_reasons": {},
    "suggested_change": "Say plainly: not the outdoor pool this afternoon; an indoor pool now or the outdoor pool after ~6 pm, 30 min at talk-test pace; note that her NovoRapid is peaking now; keep the week near 100-110 min.",
})

CLIENTS.append({
    "id": "h05", "lang": "en-GB",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
    "quotes": [
        "No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
        "it needs a cardiologist today even though it passed",
        "Cold weather can bring angina on; it does not explain it away",
        'your notes ("ache in my jaw"): read as chest pain',
    ],
    "comment": "Stent 2022, 3-4 days of jaw ache and tightness on the hill relieved by standing still: new exertional angina. "
               "The app catches it, stops parkrun and the walk, says same-day assessment, 999 for rest pain or >5 min, and rebuts his 'probably the cold'. Rest week until cleared is right. "
               "Small points: 'today if it is new' hedges a symptom that is new; UK route is GP/NHS 111/A&E rather than 'a cardiologist'.",
    "zero_reasons": {},
    "suggested_change": "Drop the hedge ('it is new, so today'), name the UK route (same-day GP, NHS 111 or A&E; 999 if at rest) and mention parkrun by name.",
})

CLIENTS.append({
    "id": "h06", "lang": "zh-CN",
    "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
    "quotes": [
        "你问的“长距离”：今天不跑长距离，换成中等强度骑自行车45分钟；把长距离往后挪2-3天",
        "你打算练1.5小时：今天先不要，远超你平时每次约56分钟。",
        "你写了“腿软差点回不了家”：今天强度低一点",
        "运动前那一餐的速效胰岛素可以减量（和医生定好比例）",
        "周一 跑步，中等强度，35分钟",
    ],
    "comment": "Type 1 for 20+ years (glargine + aspart), half-marathon build, planned 90-min long run, glucose 9.2 mmol/l, asks whether to take the full aspart dose for two slices of bread; last long run he fell to 3.5 with weak legs. "
               "The app cancels the long run as 'far above your 56-min average' (his last long runs were 70 and 75 min) and reads the hypoglycaemic 腿软 as tired legs. "
               "The Riddell guidance (start 7-10 mmol/l, 30-60 g carb/h, check every 30 min, night check) is there, but the direct bolus question gets only 'can be reduced, agree the ratio with your doctor', buried in the reasons. "
               "Card promises the long run moved 2-3 days later; the plan has no long run at all, only 35-min runs. Glucose shown mg/dl first on a Chinese card for a mmol user.",
    "zero_reasons": {
        "language": "Contradiction on the central question: the answer moves the long run 2-3 days later at the previous long-run length, but the 7-day plan contains no long run (runs of 35 min only).",
    },
    "suggested_change": "Keep the 90-min run (or 75 min) with a hypo plan: cut the pre-run aspart by about half (per his diabetes team), start 7-10 mmol/l, 30-60 g carbohydrate per hour from 30 min, check every 20-30 min, stop and treat below 5; recognise last time's 3.5 as a hypo; keep his long run in the week; mmol/l first.",
})

# ---------------------------------------------------------------- h07-h12
CLIENTS.append({
    "id": "h07", "lang": "en-US",
    "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
    "quotes": [
        "Today: moderate stationary bike for about 20 minutes, RPE 12-13 (talk test: full sentences).",
        "pain up to 3-4 of 10 that settles by the next morning is fine",
        "walking, moderate, 30 min, RPE 12-13",
        "exercise is part of the treatment, not a test",
    ],
    "comment": "Bilateral knee OA, ~100 lb overweight, depression on sertraline, rainy evening, work gym with bikes and a pool. "
               "Indoor bike 20 min is the right call; the knee question is answered well (achy is not damage, 3-4/10 settling by morning is fine), the depression framing is kind and NICE-based. "
               "Gap: Friday schedules a 30-min walk although she stops after 10 min because of her knees; the pool she mentioned is not used. Answer says ~90 min/week, plan ~85 (trivial).",
    "zero_reasons": {},
    "suggested_change": "Replace Friday's 30-min walk with pool walking/water aerobics or bike (or 2-3 x 10-min walks), and name knee-friendly strength moves (sit-to-stand, step-ups, straight-leg raises).",
})

CLIENTS.append({
    "id": "h08", "lang": "zh-SG",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 1},
    "quotes": [
        "你问的“跑”：今天不建议，高温危险，户外不宜运动；改成椭圆机",
        "血糖140 mg/dl（7.8 mmol/L）：在可以运动的范围（90-250，ADA 2016）；饭后动一动有助于降低血糖",
        "拨打995",
        "放在早上10点前或傍晚6点后",
    ],
    "comment": "Singapore, 33 °C/75 % at 14:00 (heat index ~43 °C), wants a 1-h run at East Coast Park; metformin + empagliflozin, anxious, sleeping badly. "
               "Correct no to the 2 pm run, indoor elliptical 45 min, later runs moved before 10 am/after 6 pm, 995 correct. "
               "Missed her SGLT2 inhibitor (dehydration/ketoacidosis risk in heat) and did not offer the obvious alternative of running this evening; glucose given mg/dl first on a Chinese card in a mmol/l country.",
    "zero_reasons": {},
    "suggested_change": "Offer 'run after 6-7 pm or on a treadmill indoors'; add the empagliflozin line (drink more, stop if vomiting/unwell, ketones); show glucose as 7.8 mmol/L first.",
})

CLIENTS.append({
    "id": "h09", "lang": "zh-CN",
    "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "今天不要运动：现在就联系产科医生或助产士（见下）。",
        "今天就量血压、联系产科，不要等到下次产检",
        "伴有剧烈头痛、视物模糊或上腹痛，立即就医",
        "备注“头一直有点痛”：按孕期危险信号处理",
    ],
    "comment": "32 weeks, GDM, on labetalol, BP 156/102 with a day of headache, blurred vision and face/hand swelling: pre-eclampsia with severe features until proved otherwise -> hospital obstetric triage now. "
               "The app stops the walk and names pre-eclampsia, but the headline says 'contact' an obstetrician or midwife (not 'go to hospital now'), one warning says 'measure BP today' (she already has), "
               "the swelling and visual symptoms are left unplaced, and it never says plainly that this is not normal late pregnancy.",
    "zero_reasons": {},
    "suggested_change": "Headline: 'This is not normal: go to the hospital's obstetric emergency now (call 120 if vision worsens, severe headache, upper-abdominal pain or fits)', citing her own 156/102, headache, blurred vision and swelling.",
})

CLIENTS.append({
    "id": "h10", "lang": "en-CA",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
    "quotes": [
        "With heart disease, don't shovel or chip ice today: let family, a neighbour or a snow service do it (AHA).",
        "Today: moderate walking in the mall for about 20 minutes",
        "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
        "heart failure: weigh yourself each morning at the same time",
    ],
    "comment": "79, heart failure after MI, carvedilol/furosemide, -18 °C with wind (wind chill ~-28 °C), asks if shovelling 20 cm of snow with breaks is OK. "
               "Clear no to shovelling with alternatives, his own mall-walking habit kept indoors, beta-blocker -> RPE, HF weight rules, 911. "
               "Minor: hip arthritis not mentioned; tai chi/yoga counted as aerobic minutes.",
    "zero_reasons": {},
    "suggested_change": "Mention the arthritic hip (flat mall walking suits it) and keep yoga/tai chi at light effort; otherwise sign as is.",
})

CLIENTS.append({
    "id": "h11", "lang": "zh-CN",
    "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "你问是不是少动、休息更安全：不是，不用停下来。",
        "只要出现胸痛胸闷、异常的气喘、头晕或心慌就停下，是安全的（WHO 2020）",
        "关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。",
        "周一 力量训练，中等强度，20分钟",
    ],
    "comment": "Flare of disc-bulge low back pain, two days in bed on her husband's advice, duloxetine, asks if she should keep lying down. "
               "Right verdict (no, get up; 10-min easy walk) and the husband is handled kindly. "
               "But the reasoning is generic cardiovascular boilerplate: nothing says bed rest slows back-pain recovery, no short-and-often walking or position advice, no back red flags (leg weakness, numbness, bladder/bowel change); "
               "moderate strength the next day and 30-35 min walks within the week are fast for an acute flare.",
    "zero_reasons": {},
    "suggested_change": "Explain that staying active speeds recovery from a flare; 5-10 min walks several times a day, gentle movement as pain allows, avoid long sitting; list back red flags for urgent care; start strength as gentle core/mobility after the flare settles.",
})

CLIENTS.append({
    "id": "h12", "lang": "en-AU",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "No exercise today: see a doctor today (see below).",
        "One calf swollen and painful (after a long flight or drive",
        "See a doctor today and ask for an ECG, blood tests and a heart scan.",
        'your notes ("puffed"): read as shortness of breath',
    ],
    "comment": "Known heart failure with 2.5 kg gain since Sunday, ankle oedema, two-pillow orthopnoea and breathlessness to the letterbox: decompensation. "
               "The app stops the walk and sends her to a doctor today with 000 for severe signs: safe. "
               "But it talks as if HF were undiagnosed ('ask for an ECG ... heart scan'), never uses her weight gain or Lasix, adds an irrelevant calf-clot warning, and does not rebut 'probably the humid weather'.",
    "zero_reasons": {},
    "suggested_change": "Say: 'Your weight is up 2.5 kg in 5 days with puffy ankles and needing pillows: your heart failure is holding fluid, not the humidity; call your GP or heart-failure nurse today (your Lasix may need adjusting); 000 if breathless at rest or chest pain.' Drop the calf-clot text.",
})

# ---------------------------------------------------------------- h13-h18
CLIENTS.append({
    "id": "h13", "lang": "en-US",
    "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
    "quotes": [
        "Rest today, and have it checked (see below).",
        'your notes ("HR is all over the place"): read as palpitations',
        'you asked about "biking": not today, nor anything hard until this is checked',
        "see a doctor first; ask for a new plan once you are cleared",
    ],
    "comment": "Paroxysmal AF on rivaroxaban + diltiazem, cleared by cardiology, 8-10 h/week rider; asks whether 2 h of rocky singletrack is OK on a blood thinner and what to go by when his Garmin HR is erratic. "
               "The app reads the erratic watch as palpitations, rests him, sends him to a doctor and rests the whole week. Over-triage is not penalised on safety, "
               "but neither question is answered: nothing on fall/head-injury bleeding risk on an anticoagulant, helmet, choosing smoother trails, or RPE/pulse check instead of wrist HR in AF.",
    "zero_reasons": {
        "dose": "A blanket week of rest 'until cleared' for a cardiology-cleared endurance cyclist, based only on an erratic watch reading; no dose is offered at all.",
        "personalisation": "Misreads a device-reliability question as palpitations and ignores his AF diagnosis, anticoagulant, cardiology clearance, training history and the group ride.",
        "explanation": "Neither of his two questions (mountain biking on a blood thinner; what to go by instead of the Garmin HR) is answered.",
    },
    "suggested_change": "Answer both: technical singletrack on rivaroxaban carries a real bleeding/head-injury risk, so choose a road or smooth gravel ride (or ride conservatively, helmet, never alone); in AF wrist HR is unreliable, go by RPE/talk test or power, and check the pulse by hand; symptoms (chest pain, faintness, breathlessness) -> stop and seek care.",
})

CLIENTS.append({
    "id": "h14", "lang": "zh-TW",
    "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
    "quotes": [
        "今天建議休息，並請醫生看看（見下）。",
        "備註“上氣不接下氣”：按氣短處理",
        "你問的“跑”：今天不要去，查清楚之前也不做高強度訓練，先休息（原因見上面的提醒）",
        "先就醫；醫生同意後再重新制定計劃",
    ],
    "comment": "Post-MI stent, cardiac rehab completed, brisk walks 35 min daily, on metoprolol; his watch says the fat-burn zone is >120 and he pushes until gasping to reach ~100 bpm; asks if he should jog to raise HR. "
               "Right answer: watch zones do not apply on a beta-blocker; stop chasing HR, walk at RPE 12-14 (able to talk), do not push to gasping; jogging only after his cardiology/rehab team approves. "
               "The app treats the deliberate gasping as breathlessness at rest/mild exertion, rests him and the whole week, and never mentions the beta-blocker or the watch.",
    "zero_reasons": {
        "dose": "Seven days of rest 'until a doctor clears you' for a rehab graduate walking daily; no dose or intensity guidance is given.",
        "personalisation": "Ignores metoprolol, the completed rehab and his daily walking, and misreads deliberate over-exertion (故意走很快) as a resting symptom.",
        "explanation": "The central question (is 100 bpm on a beta-blocker 'not enough'; should he jog to reach 120) is not answered at all.",
    },
    "suggested_change": "Explain that metoprolol caps heart rate so the watch's 120 target is wrong for him; keep 30-40 min brisk walks at RPE 12-14 (talk test), never to gasping; discuss jogging with his cardiologist; 119 for chest pain.",
})

CLIENTS.append({
    "id": "h15", "lang": "zh-HK",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
    "quotes": [
        "今天休息，等病好了再練（見下）。",
        "今天就打電話問醫生或藥師，通常要先停這類藥（二甲雙胍也常要暫停）、測血酮",
        "這類藥在血糖不高時也可能引起酮症酸中毒",
        "等退燒滿一天、症狀明顯好轉再動",
        "去急診（FDA 2015）",
    ],
    "comment": "Gastroenteritis with vomiting this morning, poor intake, on dapagliflozin + metformin, glucose 12.8, BP 108/68; wants a warm-up run today and the MacLehose Trail tomorrow. "
               "The app rests him and gives the key sick-day rule (call today, usually stop the SGLT2 inhibitor and metformin, check ketones, euglycaemic DKA, A&E if unable to drink). "
               "Gaps: tomorrow's hike is never mentioned; plan text speaks of fever he does not have; his '12.8 isn't high' and low-ish BP on antihypertensives are not addressed; Taiwan terms (藥師, 急診) and no 999 on a Hong Kong card.",
    "zero_reasons": {},
    "suggested_change": "Add: 'postpone tomorrow's MacLehose hike'; ask him to hold BP tablets if dizzy/low and check with doctor; use HK terms (藥劑師, 急症室) and 999; replace the fever wording with 'once you can eat and drink normally for a day'.",
})

CLIENTS.append({
    "id": "h16", "lang": "en-GB",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "answer: you asked whether resting is the safer course: no, and no need to stop.",
        "after lymph-node surgery, start arm strength light and build slowly",
        "on hormone therapy for cancer (Zoladex, letrozole and the like)",
        "Today: light walking for about 20 minutes, RPE 9-11 (easy).",
    ],
    "comment": "Prostate cancer after radiotherapy, on Zoladex, T2DM, fatigued and gaining weight; wife says rest. "
               "Correct answer (no, more rest is not safer), sensible 20-min start, strength and bone-loading for ADT, 999. "
               "Gaps: the lymph-node-surgery arm advice does not apply to him; two cancer lines give different weekly targets (150 min vs 3x30 min); his dog, the obvious vehicle for daily walks, is not used; 'no need to stop' is a template phrase for a man who has stopped.",
    "zero_reasons": {},
    "suggested_change": "Build on the dog walk (15-20 min most days, +5 min a week back towards an hour), keep 2 strength days for ADT, drop the lymph-node text and give one weekly target.",
})

CLIENTS.append({
    "id": "h17", "lang": "zh-CN",
    "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 0},
    "quotes": [
        "腿酸：练后1-3天酸痛最明显是正常的（延迟性肌肉酸痛），几天内会消退",
        "腿还在酸或刚练过：今天让腿恢复，选低冲击、不给腿加负荷的活动",
        "今天：中等强度快走（室内），约45分钟",
        "这周不用再加量",
        "周五 快走，中等强度，50分钟",
    ],
    "comment": "Stent 3 years ago; atorvastatin doubled 20->40 mg last month; 2-3 weeks of symmetrical thigh and calf aching; asks whether walking caused it, whether to stop, and whether to go out at -6 °C. "
               "Decisive fact: statin-associated muscle symptoms -> call the doctor (CK), do not stop the statin alone, urgent if weakness or dark urine; walking can continue gently. "
               "The app moves today's walk indoors for the cold (good) but explains the aches as normal post-exercise soreness that will pass, and then both tells him to rest the legs and prescribes 45-50-min brisk walks, saying 'no need to add' while adding.",
    "zero_reasons": {
        "safety": "Misses the statin red flag: weeks of bilateral muscle aching after a statin dose increase are reassured as normal exercise soreness (DOMS), with no advice to see the doctor or check CK and no dark-urine/weakness warning.",
        "personalisation": "Ignores the statin dose change he wrote down, the likely cause, and reads three weeks of symmetrical aching as 1-3-day post-exercise soreness.",
        "explanation": "The explanation given for his aches is wrong and his question 'should I stop for a few days?' is not answered.",
        "language": "Contradiction on the central question: the card says let the legs recover with non-leg-loading activity and 'no need to add volume', yet prescribes 45 min brisk walking today and 50-min walks in the plan.",
    },
    "suggested_change": "Lead with: 'aching in both thighs and calves for weeks after your atorvastatin went from 20 to 40 mg may be the statin: call your doctor this week for a CK test; do not stop it yourself; urgent care for weakness or dark urine'. Keep walking indoors at an easy pace, 30 min, no progression until reviewed.",
})

CLIENTS.append({
    "id": "h18", "lang": "en-IN",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "Air quality is hazardous: no outdoor activity (US EPA AQI).",
        "Today: moderate yoga for about 30 minutes",
        "moving after a meal blunts the rise",
        "you trained 3 times in the last 28 days, 45 minutes on average",
    ],
    "comment": "Delhi, AQI 340 (hazardous), 6:15 am, daily 45-min group walk, metformin + glimepiride. "
               "Correct: no outdoor walk, indoor yoga 30 min, 112. "
               "Gaps: the question 'should I go or not?' and the friends' 'morning air is fresh' are not answered head-on (winter mornings are often the worst); glimepiride hypo risk ignored; a fasting reading gets the 'after a meal' stock line; his daily walk is read as 3 sessions in 28 days; an indoor walk would match his habit better than power yoga.",
    "zero_reasons": {},
    "suggested_change": "Answer: 'Do not go; early winter mornings in Delhi often have the worst air'; offer a 30-45-min indoor walk (home, mall, corridor) or yoga; mention carrying glucose on glimepiride; use the told daily habit.",
})

# ---------------------------------------------------------------- h19-h24
CLIENTS.append({
    "id": "h19", "lang": "en-CA",
    "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
    "quotes": [
        "Blood pressure at or above 180/110 mmHg: do not exercise today.",
        "take your usual dose as prescribed, never a double one to catch up",
        "sit quietly for 5 minutes and measure again",
        "your blood pressure treated by a doctor first; ask for a new plan once you are cleared",
    ],
    "comment": "188/112 and 184/110 after missing ramipril/amlodipine, CKD 3, asymptomatic, asks if a gentle 40-min walk is OK. "
               "Correct: no exercise today, take the usual dose (no double), call the doctor today if it stays high, 911 with symptoms. "
               "Gaps: asks him to recheck after 5 min although he already did; never says 'take this morning's pills now'; CKD not mentioned; rests the whole week 'until treated', when resuming once his reading is back near his usual 135/85 would be the expert's rule.",
    "zero_reasons": {},
    "suggested_change": "Say 'take this morning's ramipril and amlodipine now, recheck in 1-2 h; resume your walk when you are back under ~160/100 (your usual is 135/85); call the doctor today if still above 180/110'. Replace the rest week with that rule.",
})

CLIENTS.append({
    "id": "h20", "lang": "en-NZ",
    "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
    "quotes": [
        "No training or racing today: your asthma is not under control (a tight chest)",
        'your notes ("chest got tight"): read as chest pain',
        "take your reliever (the blue puffer) now",
        "see a doctor first; ask for a new plan once you are cleared",
    ],
    "comment": "15-year-old on an insulin pump with asthma; last week's cold training brought a hypo of 3.1 and chest tightness; now 7.8 mmol/l, asks what to do with the pump and inhaler before 90-min rugby training. "
               "The app reads last week's tightness as current chest pain, tells him to take his reliever now, bans training and rests the whole week. Over-triage is not penalised on safety, "
               "but nothing is said about the hypo, the pump (temporary basal, carbs, checks) or pre-exercise reliever, which were his questions.",
    "zero_reasons": {
        "dose": "A full week of rest for a 15-year-old athlete (WHO: 60 min a day), based on last week's symptom; no dose at all.",
        "personalisation": "Misreads a past episode as a current symptom ('take your reliever now') and ignores type 1 diabetes, the pump, the 3.1 hypo, the cold and his mum's suggestion.",
        "explanation": "Both questions (pump settings and inhaler before training) go unanswered.",
    },
    "suggested_change": "Let him train with a plan: temporary basal reduction ~60-90 min before (per his diabetes team), 15-30 g carbs if under 7-8, check at half-time, fast sugar on the sideline, tell the coach; reliever 15 min before, long warm-up, cover mouth in the cold; stop and use the reliever if tight; book an asthma review; 111 for severe attacks.",
})

CLIENTS.append({
    "id": "h21", "lang": "zh-HK",
    "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
    "quotes": [
        "今天不要運動：胸口不適要先看醫生，新出現的今天就去（見下）。",
        "備註“華法林),仲有血壓”：按胸痛處理",
        "先就醫；醫生同意後再重新制定計劃",
    ],
    "comment": "83, AF on warfarin, osteoporosis, two falls this year (toilet, at night); daughter says sit still; legs getting weaker; asks 'is not moving really better?'. "
               "Right answer: no; supervised balance and strength (tai chi, sit-to-stand holding a counter) 3+ days a week, falls assessment, night lights and grab rails, and head-injury warnings on warfarin. "
               "The app parses the fragment '華法林),仲有血壓' as chest pain, tells her to rest and see a doctor, and rests the whole week, which endorses the daughter's advice.",
    "zero_reasons": {
        "safety": "Misses the red flag of two falls in a year on warfarin (no fall-prevention, no head-injury/bleeding warning, no falls assessment) and its seven rest days reinforce the immobility that is weakening her legs.",
        "activity": "Rest is chosen on a nonsensical chest-pain reading; balance and strength work is exactly what she needs and what she asked about.",
        "dose": "A blanket week of rest for a frail 83-year-old whose problem is inactivity and weakness.",
        "personalisation": "Reads a text fragment about warfarin and blood pressure as chest pain; her falls, osteoporosis, weakness and daughter's advice are ignored.",
        "explanation": "Her only question ('係咪真係唔郁好啲？') is not answered; the reason shown is a garbled quote.",
    },
    "suggested_change": "Answer 'no, sitting still makes falls more likely': daily supported sit-to-stands, heel raises and standing balance at the kitchen counter, tai chi class, short walks with her daughter; ask the doctor for a falls assessment; night light and grab rails in the toilet; any fall with a head knock on warfarin -> A&E (999).",
})

CLIENTS.append({
    "id": "h22", "lang": "zh-SG",
    "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
    "quotes": [
        "今天建议休息，并请医生看看（见下）。",
        "超过39.5°C、持续三天以上，或伴有脖子发硬、呼吸困难，请看医生。",
        "请就医，加重时尽快就诊（ACSM）",
        "备注“痰”：按颈部以下的急性疾病处理",
    ],
    "comment": "COPD with 3 days of worse cough, green sputum, fever 38.3, breathless after a few steps, reliever 5-6 times a day, haze AQI 160: an infective exacerbation needing a doctor today. "
               "The app rests him and says see a doctor, but never names the COPD flare or the reliever overuse, sets no 'today', gives no 995, and a stock fever line implies a doctor only above 39.5 °C or after three days.",
    "zero_reasons": {},
    "suggested_change": "Say: 'This looks like a COPD flare with infection: see your doctor today (you may need antibiotics/steroids); if breathless at rest, lips blue or confused, call 995'; drop the 39.5 °C threshold; stay indoors from the haze.",
})

CLIENTS.append({
    "id": "h23", "lang": "zh-CN",
    "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
    "quotes": [
        "你的备注里有我们无法确定的情况：今天的安排比较温和。",
        "备注“骨折也怕左胳膊”：无法确定是什么情况",
        "淋巴水肿：循序渐进的力量训练是安全的，不会让水肿加重",
        "问医生做一次骨密度检查（DEXA）",
        "避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物）",
    ],
    "comment": "Breast cancer survivor on letrozole, osteoporosis on alendronate, left axillary clearance, anxious; asks which strength exercises and how heavy. "
               "Content is largely right: strength today, big-muscle moves, 1-2 x 10-15 building to 8-12, PAL-trial reassurance on lymphoedema with slow progression, avoid loaded flexion/twisting, coach at first. "
               "But her fear ('怕骨折也怕左胳膊肿') is parsed as an unknown complaint and shown as the card's only warning, the key lymphoedema/spine advice is buried in 15 reasons, she is told to get a DEXA she already had, and two cancer lines give different weekly targets.",
    "zero_reasons": {},
    "suggested_change": "Put a short answer first: 6-8 moves (sit-to-stand, wall push-up, band row, step-up, heel raise, bridge), start with 0.5-1 kg or a light band on the left arm, +0.5 kg every 1-2 weeks if the arm stays normal, no sit-ups/twists; replace the 'unknown condition' warning with a lymphoedema watch line; drop the DEXA line.",
})

CLIENTS.append({
    "id": "h24", "lang": "en-IE",
    "scores": {"safety": 0, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
    "quotes": [
        "you asked whether it is safe: yes, at today's amount (moderate swimming for 35 minutes (RPE 12-13))",
        "running: one of your usual 3 a week",
        "hip osteoarthritis: exercise is its treatment",
        "this week about 150 minutes in all",
    ],
    "comment": "Hypertension on bisoprolol + amlodipine, mild asthma, hip OA (so she swims instead of running), asks whether tomorrow's Forty Foot sea swim in ~10 °C water is OK and how long to stay in. "
               "Right answer: cold shock (gasp, BP surge, arrhythmia) and cold-triggered bronchospasm matter for her; check with GP, never alone, enter slowly, a few minutes only at first, out before shivering, rewarm gradually, reliever on shore. "
               "The app never mentions the sea or the cold and answers 'yes, safe ... 35 minutes', and its plan adds a run, the very thing her hip stops her doing.",
    "zero_reasons": {
        "safety": "A permissive answer she could act on: 'safe: yes ... 35 minutes' to a 10 °C open-sea swim with hypertension and asthma; no cold-shock, hypothermia or never-swim-alone warning.",
        "dose": "Gives 35 minutes as the answer to 'how long should I stay in' 10 °C water, where a few minutes is the safe start.",
        "personalisation": "The sea swim, the water temperature and the Forty Foot are ignored, and 'I swim instead of running' is turned into a running habit in the plan.",
        "explanation": "Her two questions (is cold-sea swimming OK with her BP and asthma; how long) are answered as if about pool laps; the key cold-water warning is absent.",
    },
    "suggested_change": "Answer the sea swim: ask the GP first given BP medication and asthma; if she goes, never alone, walk in slowly, control breathing for the first minute, stay 2-5 min at first and near the steps, out before shivering, warm clothes and a warm drink after, reliever on shore, 112/999; keep the pool for training and remove running from the plan.",
})

# ---------------------------------------------------------------- checks and output
def main():
    errors = []
    seen = set()
    for c in CLIENTS:
        cid = c["id"]
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        path = os.path.join(BASE, "outputs", f"{cid}.txt")
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            errors.append(f"{cid}: cannot read {path}: {exc}")
            continue
        sc = c["scores"]
        if sorted(sc) != sorted(DIMS):
            errors.append(f"{cid}: dimensions {sorted(sc)} != {sorted(DIMS)}")
        for d, v in sc.items():
            if v not in (0, 1, 2):
                errors.append(f"{cid}: {d} score {v!r} not in 0-2")
        q = c["quotes"]
        if not 2 <= len(q) <= 5:
            errors.append(f"{cid}: {len(q)} quotes (need 2-5)")
        for s in q:
            if s not in text:
                errors.append(f"{cid}: quote not found verbatim: {s!r}")
        zr = c.get("zero_reasons", {})
        for d, v in sc.items():
            if v == 0 and not str(zr.get(d, "")).strip():
                errors.append(f"{cid}: {d} is 0 without a reason")
        for d in zr:
            if sc.get(d) != 0:
                errors.append(f"{cid}: reason given for {d} but score is {sc.get(d)}")
        for field in ("lang", "comment", "suggested_change"):
            if not str(c.get(field, "")).strip():
                errors.append(f"{cid}: empty {field}")
    expected = {f"h{i:02d}" for i in range(1, 25)}
    if seen != expected:
        errors.append(f"client ids missing/extra: missing {sorted(expected - seen)}, extra {sorted(seen - expected)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for c in sorted(CLIENTS, key=lambda x: x["id"]):
        total = sum(c["scores"][d] for d in DIMS)
        rows.append({
            "id": c["id"], "lang": c["lang"],
            **{d: c["scores"][d] for d in DIMS},
            "total": total,
            "quotes": c["quotes"],
            "comment": c["comment"],
            "zero_reasons": c["zero_reasons"],
            "suggested_change": c["suggested_change"],
        })
    with open(os.path.join(BASE, "rubric.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {d: sum(r[d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if any(r[d] == 0 for d in DIMS)]
    out = []
    out.append("# Rubric summary: exercise advisor, 24 clients (blind clinical scoring)\n")
    out.append(f"Clients: {n}. Scale 0-2 on six dimensions, total out of 12.\n")
    out.append(f"**Mean total: {mean_total:.2f} / 12**\n")
    out.append("| dimension | mean |\n| --- | --- |")
    for d in DIMS:
        out.append(f"| {d} | {means[d]:.2f} |")
    out.append("")
    out.append(f"Clients with any 0 ({len(with_zero)}): " + ", ".join(r["id"] for r in with_zero) + "\n")
    out.append("## Per client\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        out.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r[d]) for d in DIMS) + f" | {r['total']} |")
    out.append("")
    out.append("## Every 0 and its reason\n")
    for r in rows:
        for d in DIMS:
            if r[d] == 0:
                out.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    out.append("")
    out.append("## Comments and suggested changes\n")
    for r in rows:
        out.append(f"### {r['id']} ({r['lang']}), total {r['total']}\n")
        out.append(r["comment"] + "\n")
        out.append("Suggested change: " + r["suggested_change"] + "\n")
    with open(os.path.join(BASE, "rubric_summary.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print(f"ok: {n} clients, mean total {mean_total:.2f}; " + ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))


if __name__ == "__main__":
    main()
