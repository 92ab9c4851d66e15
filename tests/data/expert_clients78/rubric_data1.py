# Rubric data, clients h01-h06 (scored blind; my own answers are in my_answers.md)
CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "your mom would rather you rested: a caring worry, but for you the risk is in doing too little",
            'your notes ("nausea"): we could not tell what this is, so today is gentler',
            "about 10% more than usual: at most 10% more each week",
            "Stop and call them if you have bleeding, fluid leaking, regular painful contractions",
            "running: one of your usual 4 a week",
        ],
        "comment": (
            "Safe and broadly right: ACOG stop signs with what to do (stop, call the midwife/doctor, 911), moderate by the talk test, "
            "a week that keeps her four runs and two strength days. But her real question (does running cause miscarriage?) is never "
            "answered directly: the reply to her mom is generic and today's card is strength, not running. Morning nausea is "
            "misread as an unplaceable possible pain, producing an irrelevant stock warning and a false 'we kept today gentle'. "
            "Today's strength is 45 min against her logged 30 min while claiming '10% more'; all runs flattened to 45 min."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer the question first: 'No - exercise does not cause miscarriage; keep running at a conversational effort and tell "
            "your OB.' Recognise nausea (eat a small snack, hydrate, go easier on bad mornings). Keep today's strength at her usual 30 min "
            "and drop the 'could not place' warning."
        ),
    },
    {
        "id": "h02",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "今天不要运动：现在就联系产科医生或助产士（见下）。",
            "孕期头痛加上眼花（或剧烈头痛）：可能是血压升高（子痫前期）的信号，今天就量血压、联系产科，不要等到下次产检",
            "你问的“散步”：今天不要去，查清楚之前也不做高强度训练，先休息",
            "先就医；医生同意后再重新制定计划",
        ],
        "comment": (
            "The decisive fact (33 weeks, BP 148/96, headache, flashing lights, swelling = possible pre-eclampsia) is caught: no "
            "exercise, contact the obstetric team now, the walk is refused and the whole week is rest until cleared. Flaws: "
            "'今天就量血压' though she has just measured it; her flashing lights and swollen face/hands are not named back to her, "
            "and with symptoms already present the card should say go to hospital/obstetric triage tonight rather than only "
            "'contact'; '查清楚之前也不做高强度训练' muddles the all-rest message. Simplified script, 120, natural."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Name her symptoms (头痛、眼前闪光、脸和手肿、148/96) and say: 今晚就去医院产科急诊，不要一个人去；出现剧烈头痛、视物模糊加重、"
            "上腹痛、气短或抽搐立即拨打120. Drop '今天就量血压' and the high-intensity clause."
        ),
    },
    {
        "id": "h03",
        "lang": "en-GB",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Today: moderate yoga for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            'your notes ("calf has been really tight and a bit swollen"): we could not tell what this is, so today is gentler',
            "if the calf is swollen, warm or red (a clot: the same day)",
            'you wrote "she\'s keen": yoga suits how you feel today',
            "yoga, power: 4.0 MET (Compendium 02160)",
        ],
        "comment": (
            "Dangerous miss. A swollen, tight left calf 9 days after an emergency caesarean is a suspected DVT needing same-day "
            "assessment; the card files it as 'could not place', buries a conditional clot line in a stock stress-fracture warning "
            "and prescribes 30 min of moderate power yoga today plus strength and HR-zoned walks for the week. The caesarean is never "
            "recognised, 'she's keen' is read as a mood, and the Pilates question is not answered. It does handle 'typed for your wife' "
            "and gives 999 correctly."
        ),
        "zero_reasons": {
            "safety": "Suspected DVT post-caesarean not acted on: exercise prescribed instead of same-day medical assessment (GP/midwife, NHS 111 or A&E; 999 if breathless or chest pain).",
            "activity": "Power yoga today and strength/walk week 9 days after an emergency caesarean with a swollen calf; should be no exercise until assessed.",
            "dose": "Moderate power yoga (4.0 MET) and HR-zoned moderate walks 9 days post-op, doubling her weekly volume; wrong intensity and wrong measure for her state.",
            "personalisation": "Calf swelling unplaced, caesarean ignored, 'she's keen' (about Pilates) misread as her mood.",
            "explanation": "Does not answer when she can start postnatal Pilates; the one message that matters (possible clot) is buried under stock warnings.",
        },
        "suggested_change": (
            "Lead with: 'A swollen, tight calf after a caesarean can be a blood clot - don't walk it off; call the midwife/GP now or "
            "NHS 111 today, A&E/999 if she is breathless or has chest pain.' No exercise until assessed. Answer Pilates: usually after the "
            "6-8 week postnatal check and her clinician's OK."
        ),
    },
    {
        "id": "h04",
        "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "你問瑜伽還是游泳：游泳，今天中等強度30分鐘（理由見下）",
            "經期痛經：輕鬆的活動（散步、瑜伽、游泳、輕鬆騎車）常能緩解",
            "最近沒有訓練記錄：從30分鐘開始，循序漸進",
            "你提到“子宮內膜異位症”：這裡沒有針對它的專門建議，所以今天最多中等強度",
        ],
        "comment": (
            "Safe, answers the either/or question and gives the right when-to-see-a-doctor line for pain. But on day 2 with 6/10 "
            "pain at 20:00 the dose is moderate (RPE 12-13) while its own reason says light activity eases cramps; the choice of swim "
            "over yoga is not explained beyond 'you like swimming' (she lists yoga first), and yoga vanishes from the week. No log is "
            "read as 0 minutes and a fresh start. Traditional script with Taiwan wording (大卡), natural."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Tonight: either gentle yoga or an easy swim, 20-30 min at RPE 9-11, stop if pain rises; explain why (light movement "
            "eases cramps; warm-water/relaxation). Keep a yoga session in the week; ramp to moderate after the period."
        ),
    },
    {
        "id": "h05",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            'you asked about "30k": yes, as today\'s plan has it: moderate running for 49 minutes',
            "short or poor sleep: nothing hard today, and an early night; sleep is part of training",
            "running: one of your usual 2 a week",
            "Thu    running, moderate, 80 min, RPE 12-13, HR 106-131",
        ],
        "comment": (
            "The week is sensible in shape (three easy runs, two strength, two rest days, long run 80 min, nothing hard) and it "
            "notices poor sleep. But the client's question ('Should I just push through?' with a 30 km long run tomorrow) gets "
            "'yes' - the opposite of the right answer - and the newborn, broken nights and the Melbourne date 9 months off are never "
            "used to say 'skip the 30k, there is time'. Today's 49 min is ~50% above his recent average; 'usual 2 a week' misreads a "
            "log of 3 runs and 'used to run 5x a week'."
        ),
        "zero_reasons": {
            "explanation": "Answers 'push through the 30k?' with 'yes', the opposite of the correct advice, and never explains why to back off.",
        },
        "suggested_change": (
            "Answer: 'No - don't do the 30 km on 4 hours' broken sleep; October is 9 months away. Run easy 30-40 min when you can, "
            "a long run of 60-75 min at most this week, and let sleep recover first.' Fix the 'yes'."
        ),
    },
    {
        "id": "h06",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "你問的“行山”：可以，按今天的安排：中等強度快走30分鐘",
            "今天就有你的快走課：正好去上",
            "備註“骨折”：無法確定是什麼情況，今天強度放低",
            "骨質疏鬆：力量和平衡練習對骨骼最有幫助",
        ],
        "comment": (
            "The osteoporosis and fall-prevention paragraphs are good (strength and balance, avoid loaded flexion/twisting, no need "
            "to stop exercising). But today is Sunday, her 2-hour hike with friends, and the card says hiking is fine while "
            "prescribing 30 min of brisk walking instead, with no hiking precautions (poles, shoes, wet descents). It invents a "
            "'brisk-walk class', reads her fear of fracture as an unplaced leg complaint (stock stress-fracture/clot warning), "
            "treats her as untrained, and the week has no tai chi or balance day though she likes tai chi. Traditional script but "
            "Mainland/Taiwan register (大卡) rather than Hong Kong."
        ),
        "zero_reasons": {
            "personalisation": "Misreads the notes: fear of fracture treated as a leg symptom, an invented brisk-walk class, and her Sunday 2-hour hike routine dropped.",
        },
        "suggested_change": (
            "Say clearly: 唔使停，運動對骨有益. Today: go on the Sunday hike (2 h, moderate) with poles, grippy shoes, avoid wet/steep "
            "descents, rest when needed. Week: strength 2-3 days, tai chi/balance 3 days, walks; remove the leg-pain warning and the class."
        ),
    },
]
