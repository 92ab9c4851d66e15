# Rubric data, clients h01-h06 (scored after writing my_answers.md)
CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl (5.0 mmol/l).",
            "exercising on insulin: check your glucose after the session and again at bedtime",
            "walking: one of your usual 2 a week",
            "Sun    rest  rest day: recovery is part of training",
        ],
        "comment": ("Decisive fact caught: fasting glucose 84 mg/dl on Lantus + glipizide -> carbs first, recheck, carry sugar, "
                    "late-hypo check at bedtime; today's 30-min moderate walk by RPE/talk test is what I would give. "
                    "But the week drops his daily morning dog walk (only Mon and Thu walks, read from the log as 'usual 2 a week') "
                    "and never uses his stationary bike; the cold-morning creaky knees (warm-up, layers) are not mentioned; "
                    "'about 10% more than usual' is really 25 -> 30 min. JSON rec_id 2 vs card 'recommendation 1'."),
        "zero_reasons": {},
        "suggested_change": ("Keep the daily dog walk on the week's days (short on strength days), put the stationary bike on 1-2 days, "
                             "add a line on warming up the knees in the cold, and say 'eat breakfast first' in the client's own terms."),
    },
    {
        "id": "h02",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise today: see a doctor today (see below).",
            "Breathless on exertion, ankles swelling and needing extra pillows to breathe at night: together these can mean the heart is struggling (fluid from heart failure).",
            "One calf swollen and painful (after a long flight or drive, a birth, an operation or a cast, or bigger than the other) can be a blood clot",
            "your blood pressure reading 118/72 mmHg: normal (AHA 2017)",
        ],
        "comment": ("Correct call: ankle oedema + orthopnoea (3 pillows) + tiredness in a woman with heart disease = possible "
                    "decompensated heart failure; no walk, see a doctor today, 999 for breathlessness/chest pain, rest all week until cleared. "
                    "Flaws: the 2 kg gain since Saturday (the strongest objective sign) is never named; the card says 'Breathless on exertion', "
                    "which she did not report; the first warning is a stock calf-clot text that does not fit her; BP 'normal' line is noise. "
                    "JSON 'answers' is empty although the card answers her question."),
        "zero_reasons": {},
        "suggested_change": ("Lead with her own signs (ankles, +2 kg in 4 days, 3 pillows): 'Not today - ring your GP or heart-failure "
                             "nurse today (NHS 111 if you cannot get through)'; drop the calf-clot text and the BP line; fill 'answers'."),
    },
    {
        "id": "h03",
        "lang": "en-AU",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "you asked about \"weights\": yes, as today's plan has it: moderate strength training for 35 minutes",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "brisk walking: one of your usual 7 a week",
            "6 exercises x 2-3 sets x 8-12 reps",
            "end each set with 2-3 reps left in you",
        ],
        "comment": ("Good: answers the weights question, keeps moderate (post-rehab, active with disease), RPE/talk test because of "
                    "metoprolol, 000, mmol/l first, four walking days and two strength days. Flaws: a first weights session of 6 exercises "
                    "x 2-3 sets x 8-12 with 2-3 reps in reserve is more than a cardiac patient new to weights should start with (1 set of "
                    "10-15, light), and '2-3 reps left' is harder than the RPE 12-13 it sits beside; 'one of your usual 7 a week' "
                    "contradicts his '4 x a week'; his early-morning heat routine and the SGLT2 inhibitor (hydration) are not used."),
        "zero_reasons": {},
        "suggested_change": ("Start weights at 1 set x 10-15 reps of 6-8 exercises, light, progressing to 2-3 sets over weeks; "
                             "say 'your usual 4 walks a week'; add 'go early as you do, take water' given the 24 C/75% morning."),
    },
    {
        "id": "h04",
        "lang": "en-CA",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "Today: moderate tai chi for about 20 minutes, RPE 12-13 (talk test: full sentences).",
            "you wrote \"Since Frank passed in the fall I dont feel like doing much\": nothing hard and a little shorter today",
            "Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
            "Sat    yoga, moderate, 30 min, RPE 12-13",
            "only if the ground is free of ice, else indoors (treadmill, bike)",
        ],
        "comment": ("Indoor tai chi near a chair/counter is the right day for an 84-year-old on an icy morning, and the grief is "
                    "acknowledged kindly. But her thin bones and wrist fracture on ice are never mentioned: the ice warning only "
                    "says 'avoid running and cycling' (she walks), and a 30-min moderate yoga day is added with no bone-safe caution "
                    "(no loaded forward bends/twists). Six active days may be a lot for a grieving woman housebound for a week, "
                    "though sessions are short. 911 correct."),
        "zero_reasons": {},
        "suggested_change": ("Name the osteoporosis and the fall on ice: 'no walking outside until the ice is gone; when you go, ice "
                             "grippers and company'; swap yoga for a second tai chi or chair-balance day, or add 'avoid deep forward "
                             "bends and twists'; suggest a class or walking with her daughter when the ice clears."),
    },
    {
        "id": "h05",
        "lang": "en-IN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "you asked about \"walk\": not today, the air quality rules out hard work outdoors; strength training instead",
            "keep your weight off it (no walking or running for exercise) and keep it out of water until it has healed; seated and upper-body exercise is fine.",
            "Fri    rest  rest: nothing of this kind fits for now",
            "week: about 0 moderate-equivalent aerobic minutes (WHO: at least 150)",
        ],
        "comment": ("Both hazards are caught: the painless blister on a neuropathic foot (weight off, daily foot checks, doctor) and "
                    "AQI 260 (indoors). But the direct answer to 'ok for my morning walk?' gives only the air as the reason, while "
                    "the blister is the reason he must not walk even when the air clears; today's 'strength training' is not said to "
                    "be seated/upper-body although standing leg work would load the blister; the week is five rest days and zero "
                    "aerobic minutes for a man who walks 45 min daily, although the text itself offers the stationary bike or seated work."),
        "zero_reasons": {},
        "suggested_change": ("Answer: 'No walking on that foot until the blister has healed and a doctor has seen it - and the smog "
                             "keeps you indoors anyway'; make today seated/upper-body strength; fill the week with seated or "
                             "bike sessions (heel pedalling if no pressure on the toe) instead of 'nothing of this kind fits'."),
    },
    {
        "id": "h06",
        "lang": "en-NZ",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate swimming for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            "Thu    rest  rest day: recovery is part of training",
            "you have a pool nearby: swimming or water aerobics",
            "aquatic exercise is recommended for knee and hip osteoarthritis",
            "Cold, dry air can trigger asthma: exercise indoors today",
        ],
        "comment": ("Safe and low impact, reliever and warm-up advice fit her asthma, and 30 moderate minutes after 3 weeks off with "
                    "BMI 38 is a sensible dose. But her own plan - the 9:30 aqua-jogging class she does Tue & Thu - is never named: "
                    "today becomes '30 minutes of swimming' and Thursday is a rest day, against her routine. Her anxiety about going "
                    "back gets only a generic stress line, no reassurance; the osteoarthritis citation assumes a diagnosis she did not give."),
        "zero_reasons": {},
        "suggested_change": ("'Go to your 9:30 aqua-jogging class - take it at an easy pace you can talk at, it's fine to sit out the "
                             "last part'; keep Thursday's class; add a short, kind line on easing back after time off."),
    },
]
