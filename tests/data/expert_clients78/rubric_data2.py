# Rubric data, clients h07-h12 (scored blind; my own answers are in my_answers.md)
CLIENTS = [
    {
        "id": "h07",
        "lang": "en-US",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "answer: you asked about a heart rate of 30",
            "answer: you asked about the 140-beat heart-rate limit",
            "Dangerous heat: no outdoor exercise today. Train indoors with air conditioning",
            'you wrote "but its like 96 out and i feel gross": nothing hard and a little shorter today, but moderate movement is what lifts a low mood',
            "blood glucose 152 mg/dl (8.4 mmol/l): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
        ],
        "comment": (
            "Today's choice is right (no outdoor walk in 96 F heat at 30 weeks; her own stationary bike indoors, 20 min, talk test; "
            "pregnancy stop signs with 911). But the card opens with answers to two questions she never asked: '30 wks' is read as a "
            "heart rate of 30 and her glucose goal 'under 140' as the old 140-bpm pregnancy limit. 'Feel gross' (heat) becomes low "
            "mood; gestational diabetes and the dietitian's after-meal walks are not recognised, so the week has no post-meal "
            "sessions and only three aerobic days. 'Is it ok to skip?' is only implicitly answered."
        ),
        "zero_reasons": {
            "personalisation": "Misreads the notes: '30 wks' as a heart rate of 30, the glucose target 'under 140' as a 140-bpm limit, 'feel gross' in the heat as low mood; gestational diabetes and after-meal walking not used.",
            "explanation": "Leads with two answers to questions never asked and does not plainly answer 'is it ok to skip?' (don't skip, move the walk indoors after meals).",
        },
        "suggested_change": (
            "Open with: 'Don't skip it - just not outside in 96 F. Do 10-15 min on your bike or an indoor/mall walk after dinner "
            "(and after each meal); it brings the post-meal number down.' Remove the two phantom answers; plan daily after-meal sessions."
        ),
    },
    {
        "id": "h08",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等强度快走（跑步机上），约40分钟，心率111-131次/分。",
            "你问的“快走”：可以，按今天的安排：中等强度快走40分钟",
            "在你说的跑步机上快走：空气质量不好，不宜户外运动",
            "天冷出门：穿几层能脱的",
            "周三 骑自行车，中等强度，35分钟",
        ],
        "comment": (
            "Good core decision: AQI 168 moves her usual after-dinner brisk walk onto the community-gym treadmill she mentioned, 40 "
            "min moderate with Karvonen HR from her resting 70; a sensible menopause paragraph (bone, heart, sleep, hot flushes). "
            "Flaws: the answer to '还去吗？' is a bare '可以', which could be read as 'yes, go out'; cold-weather dressing advice is "
            "stock text when she is indoors; the week drops her yoga (logged 60 min) and adds outdoor cycling she never listed."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer: '今天别去城墙根了，改在小区健身房跑步机上快走40-45分钟'. Drop the cold-clothing line on an indoor day; keep one yoga "
            "session instead of outdoor cycling; remind her to finish 2 h before bed for sleep."
        ),
    },
    {
        "id": "h09",
        "lang": "en-CA",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).",
            'you asked about "yoga": not today, nor anything hard until this is checked',
            'your notes ("short of breath"): read as shortness of breath',
        ],
        "comment": (
            "It stops exercise and refuses the yoga class, which is right. But the picture is ovarian hyperstimulation syndrome "
            "(retrieval 3 days ago, 22 eggs, +3 kg, bloating, breathless lying flat, passing less urine) and none of that is named "
            "or used: the card reacts to 'short of breath' alone, says 'see a doctor, urgently if it is getting worse', does not "
            "tell her to call the IVF clinic today or go to emergency, and gives no 911 though the JSON flags an emergency."
        ),
        "zero_reasons": {
            "personalisation": "Ignores the egg retrieval, 22 eggs, 3 kg gain and reduced urine - the OHSS pattern that is the decisive fact; reads only 'short of breath'.",
        },
        "suggested_change": (
            "Say: 'Weight up 3 kg, breathless lying down and peeing less after a retrieval can be OHSS - call your fertility clinic now "
            "and go to emergency today; call 911 if breathing gets worse or you have chest pain.' No yoga, no twisting; rest until cleared."
        ),
    },
    {
        "id": "h10",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "你問的“練腿”：可以，按今天的安排：中等強度力量訓練45分鐘",
            "孕早期後避免長時間仰臥（核心練習改為側臥、坐姿或站姿）",
            "上肢日：推（臥推、推舉）和拉（划船、引體），主項3-5組×3-6次（RPE 7-8）",
            "5個動作，練腿和臀（深蹲、箭步蹲、硬拉類）和核心",
        ],
        "comment": (
            "The lifter's week is right in shape (leg day today, upper/lower alternating four days, swims indoors in the heat, "
            "ACOG stop signs with 119). But her three questions - may she still deadlift, should she wear a belt, and bench "
            "press - get only '練腿：可以'. The plan puts 臥推 (flat bench) on two upper days at 22 weeks, contradicting its own "
            "no-supine warning, with heavy 3-6-rep sets and no word on avoiding breath-holding; her 70 kg x 5 is not used."
        ),
        "zero_reasons": {
            "explanation": "None of her three explicit questions (deadlift? belt? bench press?) is answered; the bench advice in the plan contradicts the supine warning.",
        },
        "suggested_change": (
            "Answer each: 硬拉可以，次最大重量（RPE 6-7，比如70公斤以下，不做單次最大），不憋氣; 腰帶不要勒緊肚子，建議不繫、靠呼吸支撐; "
            "臥推改上斜椅或坐姿推舉，不要平躺. Replace 臥推 in the plan."
        ),
    },
    {
        "id": "h11",
        "lang": "en-IN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            'you asked about "yoga": yes, as today\'s plan has it: moderate yoga for 25 minutes',
            "PCOS: 150 minutes a week of moderate aerobic work plus strength training on 2 non-consecutive days helps insulin sensitivity and weight",
            "no recent sessions logged: start with 25 minutes and build up",
            "about 0 moderate-equivalent aerobic minutes in the last 7 days",
        ],
        "comment": (
            "PCOS is recognised with the right guideline content (150 min aerobic + 2 strength days, 0.5-1 kg a week). But 'is yoga "
            "enough?' is answered 'yes', which the PCOS line then contradicts. Her 20-min yoga most days is ignored (0 minutes, "
            "'no recent sessions'), so yoga appears once in the week and total aerobic is only 90 min; her mornings-only window is "
            "not acknowledged."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer: 'Yoga is a good base but not enough on its own for PCOS weight loss - add a 20-30 min brisk morning walk on 3-4 days "
            "and 2 short strength sessions; keep your yoga on the other mornings.' Count her yoga in the week."
        ),
    },
    {
        "id": "h12",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "你问的“跑步”：还不行，先快走30分钟，每天做盆底肌训练。",
            "腹直肌分离：先不做卷腹、平板支撑这类会让肚子中线鼓起来的动作",
            "现在是21点：临睡前不做高强度，睡前1小时结束",
            "周五 椭圆机，中等强度，40分钟",
        ],
        "comment": (
            "Strong: answers first that running and jumping wait (no leaking/heaviness, usually >= 12 weeks), gives a walk-run "
            "return plan, daily pelvic-floor training, diastasis guidance without crunches/planks, and a pelvic-health physio. "
            "Flaws: breastfeeding and 2-3 night wakings are not used, yet the week jumps from nothing to 150 min with 40-min "
            "sessions; her yoga disappears while elliptical (not her choice) appears; the caesarean-scar line does not apply to her."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Keep sessions 20-30 min given broken sleep, build toward 150 over 2-3 weeks; put postnatal yoga in place of one elliptical "
            "day; add 'feed or express before exercise, drink water'; name rope skipping explicitly in the 'not yet'."
        ),
    },
]
