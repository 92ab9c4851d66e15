# Scores for h19-h24
CLIENTS = [
    {
        "id": "h19", "lang": "en-GB",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 2, "explanation": 1, "language": 1},
        "quotes": [
            "Today: moderate stationary bike for about 25 minutes, RPE 12-13 (talk test: full sentences).",
            "warning: Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
            "tai chi, standing on one leg, sit-to-stands, bands",
            "week: about 140 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it; strength on 2 days ✓",
            "this week's aim 90",
        ],
        "comment": "Indoors on a rainy day and balance/strength at 85 are the right ideas. But the card assumes an 85-year-old owns a stationary bike; chair-based strength and balance or indoor walking would fit. 'Standing on one leg' is suggested with no 'hold a support', and there are no stop signs or 999. The rain warning about running and cycling is stock that does not fit her. The week runs 7 days without rest, about 180 minutes from zero, yoga and tai chi labelled moderate and counted as 140 aerobic minutes against the card's own aim of 90.",
        "zero_reasons": {},
        "change": "Today: 15-20 min of chair-based sit-to-stands, marching in place and supported balance holds; say 'hold a chair or counter for balance work'; add stop signs with 999; put in 1-2 rest days and keep the week near 90 aerobic minutes.",
    },
    {
        "id": "h20", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "Today: light yoga for about 15 minutes, RPE 9-11 (easy).",
            "because: it is 23:00: late in the day, nothing hard, and finish an hour before bed to protect your sleep",
            "Fri    swimming, moderate, 50 min, RPE 12-13, HR 111-134  swimming indoors while the deep cold lasts",
        ],
        "comment": "At 23:10 and -18 C, a short, light indoor session that protects sleep is right, and the week keeps an intermediate's 150 min indoors while the deep cold lasts, with strength twice. 'start with 15 minutes and build up' is the wrong reason for today's 15 minutes (the hour is the reason), and the plan assumes access to a pool or gym.",
        "zero_reasons": {},
        "change": "Say today is short because of the hour, not as a beginner's start; offer a home alternative (bodyweight circuit) for days without a gym.",
    },
    {
        "id": "h21", "lang": "en-IN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate brisk walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
            "because: your blood pressure reading 138/86 mmHg: stage 1 hypertension range (AHA 2017); regular aerobic exercise lowers it by about 5-7 mmHg (ACSM)",
            "blood glucose 160 mg/dl (8.9 mmol/l): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
            "call emergency services (112)",
        ],
        "comment": "A 20-minute moderate brisk walk, a beginner's 85-minute week and strength twice with breathing advice fit a 50-year-old with diabetes and stage 1 BP; glucose and BP are read correctly, and 112 fits India. The explanation carries stock: 'moving after a meal blunts the rise' at 06:30 with no meal reported, and 'suits your fitness level and goal' with no goal given. Diabetes-specific guidance is missing (carry fast carbohydrate if on insulin or a sulfonylurea, foot care), and so is a nudge to tell his doctor he is starting, given two conditions and inactivity.",
        "zero_reasons": {},
        "change": "Replace the after-meal line with 'a walk after breakfast or dinner helps your sugar most'; add carry-glucose and foot-check lines; suggest telling his doctor he is starting an exercise programme.",
    },
    {
        "id": "h22", "lang": "en-NZ",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "because: your goal (\"get abs\", health): brisk walking fits it",
            "Today: moderate brisk walking for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            "week: about 150 minutes of moderate-to-vigorous activity (WHO: an hour a day on average, about 420)",
        ],
        "comment": "WHO's youth guidance (60 min a day, strengthening 3 days) is cited and the week has strength three times. But a 13-year-old who wants abs is told brisk walking 'fits it', with no explanation of how abs come (overall activity, growth, normal eating, not dieting or endless crunches) and no core exercises named. Every session is moderate (RPE 12-13), with no vigorous play or sport on 3 days as WHO asks for youth; a 30-minute brisk walk is a dull pick for a teenager.",
        "zero_reasons": {},
        "change": "Answer the goal: 'visible abs come from being active every day and growing, not from dieting; planks, side planks and hollow holds 3 days a week help your core.' Make today active play or sport (football, biking with friends) with some vigorous bursts.",
    },
    {
        "id": "h23", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "because: brisk walking is low impact for your back (you wrote \"back hurts\")",
            "warning: Back pain: moving helps more than resting, low impact (walking, swimming, cycling) as long as it does not get worse",
            "See a doctor now for numbness around the groin or buttocks, trouble passing urine or controlling the bowel, or a leg getting weak or numb",
        ],
        "comment": "For 'back hurts lol' a pain-guided brisk walk, low-impact week (swim, bike), strength twice and the NICE red flags clearly placed is what a clinician would give; the 'lol' suggests a mild, non-urgent problem. It could ask whether the pain followed an injury and suggest avoiding heavy lifting while sore on the strength days.",
        "zero_reasons": {},
        "change": "Add 'if it started with a fall or injury, or comes with fever, see a doctor' and 'go light on the strength days while it's sore'.",
    },
    {
        "id": "h24", "lang": "en-IE",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "Today: light walking for about 30 minutes, RPE 9-11 (easy).",
            "because: you wrote \"tired\": walking is easy on a tired body and can leave you fresher",
            "because: you trained 12 times in the last 28 days, 37 minutes on average: the session follows your habit",
        ],
        "comment": "A regular walker and runner writes 'tired' at 7 am with a steady load (acute:chronic about 1): an easy 30-minute walk today, then her usual walks and weekly run with strength twice, is sensible. Walks go 40 to 45 min and the run 30 to 35, a modest rise. It could add 'if you feel unwell or stay tired for more than a couple of weeks, see your GP'.",
        "zero_reasons": {},
        "change": "Add a line: rest instead if she feels unwell; see a GP if the tiredness persists.",
    },
]
