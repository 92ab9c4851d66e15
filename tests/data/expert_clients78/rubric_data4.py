# Rubric data, clients h19-h24 (scored blind; my own answers are in my_answers.md)
CLIENTS = [
    {
        "id": "h19",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "Rest today, until this has passed (see below).",
            'you asked about "25K": not today, nor anything hard until this is checked',
            "no exercise until you have been free of fever for a day (neck check)",
            "only once a day without fever and the aches gone: an easy walk, building day by day back to your usual over about a week",
        ],
        "comment": (
            "Correct call: fever 38.6 C with shivers and aches means rest (neck check), fluids, then light walks once fever-free, "
            "with stop signs. But mastitis, breastfeeding and the antibiotics her GP started are never mentioned: no 'keep feeding/"
            "emptying the breast', no mastitis-specific escalation (not better 48 h into antibiotics, spreading redness, a hard "
            "lump, feeling very unwell -> GP/NHS 111/999), 'until this is checked' though a GP has seen her, no UK number, and "
            "her worry about losing C25K progress is not answered ('25K' misread)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add: 'Keep feeding from that side, finish the antibiotics; call your GP or NHS 111 if you are not better in 48 hours, "
            "999 if you feel very unwell. A week off won't undo C25K - repeat week 5 or 6 once you've been fever-free for 24-48 h.'"
        ),
    },
    {
        "id": "h20",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "不要运动：现在就拨打急救电话（见下）。",
            "有糖尿病的人，心脏缺血常常不表现为典型胸痛，而是下巴、手臂、上腹不适、恶心、出汗或气短，就像你写的这样：请按心脏问题对待。",
            "即使缓解了，今天也要去看医生（AHA）",
            "周四 休息  你的血压读数138/86 mmHg：1级高血压范围（AHA 2017）；规律的有氧运动能让血压降低约5-7 mmHg（ACSM）",
        ],
        "comment": (
            "The decisive fact is caught: exertional jaw and chest tightness in a diabetic woman is treated as cardiac, no exercise, "
            "120, see a doctor today, and the diabetes paragraph gently overrides her 'cold wind / hot flush' explanation. "
            "Flaws: it is framed as a heart attack in progress ('现在就拨打急救电话') rather than new exertional angina that needs "
            "same-day assessment (120 if it comes at rest or lasts); her plan to go to 40 minutes is not addressed; a stock BP "
            "reason leads the reasons and is the plan's Thursday line."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Say: '走坡时下巴和胸口发紧、停下就好，是心绞痛的典型表现，不是冷风或潮热：今天别走，更别加到40分钟；今天就去医院心内科/急诊；"
            "如果休息时也发作、超过10分钟不缓解或伴出汗气短，立即拨打120.' Drop the BP line."
        ),
    },
    {
        "id": "h21",
        "lang": "en-SG",
        "scores": {"safety": 0, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "you asked whether resting is better: no, and no need to stop: light movement eases training soreness sooner than sitting still",
            "Fri    running, vigorous, 59 min, RPE 14-17, HR 132-164",
            "running: one of your usual 5 a week",
            'you asked about "running": moderate strength training suits today better',
        ],
        "comment": (
            "Misses the whole picture: a 31-year-old at 48 kg (BMI ~17.6) who has lost 4 kg, runs 50 km a week, eats 'mostly salads' "
            "and whose periods are now every 2-3 months and light - low energy availability (RED-S / hypothalamic amenorrhoea), the "
            "likely reason she is not conceiving. The card reads her question as one about soreness, says 'no need to stop', and the "
            "week keeps ~350 min of running with two vigorous 59-min sessions. No referral, no food, no bone health."
        ),
        "zero_reasons": {
            "safety": "Warning signs of RED-S (weight loss, low BMI, oligomenorrhoea, restrictive eating) not caught; she is told there is no need to stop, which she could act on.",
            "dose": "Keeps marathon-level volume (4 runs of 59 min, two vigorous) when the clinical need is a substantial cut in training load.",
            "personalisation": "Ignores trying to conceive, the weight loss, the changed periods and the salad diet; misreads the question as about soreness.",
            "explanation": "Answers a question she did not ask ('is resting better for soreness?') and never explains the link between training, under-eating, periods and fertility.",
        },
        "suggested_change": (
            "Answer: 'You may not need to stop, but cut back: 3 easy runs, about half your mileage, no marathon sessions, and eat "
            "more - your periods are telling you your body is short of energy. See your GP/fertility doctor and a sports dietitian.'"
        ),
    },
    {
        "id": "h22",
        "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "你问的“深蹲”：今天换成低强度瑜伽更合适（理由见下）",
            "你打算练1小时：今天先不要，最近没有训练记录，要用几周慢慢加到这么长。",
            "高温危险：今天不要在户外运动。改在有空调的室内、强度不超过中等，或改到清晨凉快时",
            "大量出血或剧痛拨打995",
        ],
        "comment": (
            "Safe: no 1-hour walk in 32 C afternoon heat at 36 weeks for a previous non-exerciser; 20 min light yoga indoors, "
            "ACOG stop signs, 995. But the answer is filed under '深蹲' and squats are never actually addressed, nor the belief that "
            "walking and squats bring on a natural birth; walking, her own preference and the best late-pregnancy activity, "
            "vanishes from the whole week (no early-morning, evening or mall walk), replaced by swimming and an indoor bike."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer: '今天下午太热，东海岸公园改到清晨或傍晚走20-30分钟，或者去有冷气的商场走；扶着椅子做徒手深蹲可以。走路和深蹲对体能有好处，"
            "但不能保证顺产.' Put daily cool-hour walks in the week."
        ),
    },
    {
        "id": "h23",
        "lang": "en-CA",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "your son would rather you rested: a caring worry, but for you the risk is in doing too little",
            "walk indoors today (a corridor, a shopping centre, a treadmill with rails)",
            "Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
            "no recent sessions logged: start with 20 minutes and build up",
            "Sun    yoga, moderate, 20 min, RPE 12-13",
        ],
        "comment": (
            "Safe and kind: stays off the ice and out of -22 C, answers the son's 'stay in till spring' (the risk is doing too "
            "little), tai chi today and strength with balance at the counter, stop signs with 911. But today is Thursday, her mall "
            "day: nothing suggests a ride to the mall, and walking disappears from the week (yoga she never asked for appears). "
            "Living alone is not used (phone, someone to know), her regular walks are read as 'no recent sessions', and five "
            "warnings include stock ones on running and cycling."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Today: 'Ask your son (or a taxi/paratransit) to drive you to the mall for your usual walk - that's safer than staying "
            "in all winter.' Keep Tue/Thu mall walks, add home strength/balance 2-3 days; keep your phone on you; trim warnings."
        ),
    },
    {
        "id": "h24",
        "lang": "zh-CN",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "你问的“瑜伽”：可以，按今天的安排：低强度瑜伽30分钟",
            "周二 游泳，中等强度，50分钟，RPE 12-13",
            "周一 力量训练，中等强度，30分钟，RPE 12-13  力量：2-3组×8-12次",
            "你写的平时的训练（约30分钟）：今天按这个习惯来",
        ],
        "comment": (
            "The decisive fact - complete placenta praevia at 24 weeks, doctor says no strenuous exercise - is never mentioned. "
            "The card says yes to the yoga class and the week prescribes two 50-min moderate swims, a 50-min moderate walk and two "
            "strength days of 2-3 x 8-12, ramping from nothing to 150 min. Bleeding advice is the generic 'stop and call' rather "
            "than 'any bleeding: hospital now'. The swimming and daily-walk questions are not answered; '约30分钟' is invented. "
            "Only the 'written for my wife' handling and the Chinese (120) are right."
        ),
        "zero_reasons": {
            "safety": "Placenta praevia ignored: swimming, strength training and a yoga class are endorsed against the doctor's restriction, and any bleeding is not made a go-to-hospital-now sign.",
            "activity": "Swims, strength days and a yoga class are wrong choices for complete placenta praevia; only gentle walking was appropriate.",
            "dose": "Ramps from zero to 150 min moderate with 50-min sessions and 2-3 sets of strength, beyond 'no strenuous exercise'.",
            "personalisation": "The placenta praevia and the doctor's instruction are not read; her past swimming is turned into an invented 30-min habit.",
            "explanation": "Only the yoga question is answered (wrongly); swimming and the after-dinner walk are not, and the reason for caution is never given.",
        },
        "suggested_change": (
            "Lead with: '完全性前置胎盘：晚饭后慢慢散步15-20分钟可以（轻松、能唱歌）；游泳和孕妇瑜伽课先别去，问过产科医生再说；"
            "一旦有任何阴道出血，哪怕不痛，马上去医院（必要时拨打120）.' Remove swims and strength from the week."
        ),
    },
]
