# Rubric data, clients h07-h12 (scored after writing my_answers.md)
CLIENTS = [
    {
        "id": "h07",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "your notes (\"winded\"): read as shortness of breath",
            "Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).",
            "Sat    rest  see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": ("False alarm. She wrote that she gets winded on stairs and hills 'like always, no worse' with SpO2 93 - the stable "
                    "exertional breathlessness of COPD after pulmonary rehab, not breathlessness at rest or with mild exertion. The app "
                    "reads 'winded' as a new warning sign and prescribes seven rest days and a doctor visit, which undoes the rehab she "
                    "was told to keep up. Her recumbent bike at home, the rain, osteoporosis/Fosamax and her goal are all ignored. "
                    "Nothing dangerous to act on, but a week of inactivity in COPD is a real harm."),
        "zero_reasons": {
            "activity": "Rest all week instead of the home recumbent-bike session she has and asked to keep up after pulmonary rehab.",
            "dose": "Zero minutes for seven days where the rehab maintenance dose (about 30 min most days, strength twice) was right.",
            "personalisation": "Misreads 'winded on stairs and going uphill like always, no worse' as a new symptom; ignores the bike, the rain, rehab and osteoporosis.",
            "explanation": "The only reason given is the misreading itself; her goal (keep up what she learned at rehab) is not answered.",
        },
        "suggested_change": ("Treat stable, usual exertional breathlessness after pulmonary rehab as expected: today 25-30 min on the "
                             "recumbent bike at a breathlessness she can talk through (Borg 3-4 / RPE 12-13), pursed-lip breathing, "
                             "light strength twice a week with bone-safe moves; warn only if breathlessness is worse than usual or at rest."),
    },
    {
        "id": "h08",
        "lang": "en-GB",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "you asked whether it is safe: yes, at today's amount (light walking for 22 minutes (RPE 9-11))",
            "Today: light walking for about 22 minutes, RPE 9-11 (easy).",
            "mood (tired): a gentler session today",
            "at 71 and new to exercise: moderate at most to start",
        ],
        "comment": ("Dangerous miss. Transient confusion and slurred speech for ~10 minutes this morning in a 71-year-old with AF on "
                    "apixaban is a TIA/stroke until proven otherwise: call 999 now even though he has recovered, no class, no exercise. "
                    "The app answers his wife 'yes' it is safe, prescribes a walk and a full week, and reads the episode as a tired mood; "
                    "it treats a stroke-class attendee as 'new to exercise'. BP 158/92 is handled sensibly on its own, 999 is the right number."),
        "zero_reasons": {
            "safety": "Answers 'yes' to exercise after a probable TIA (slurred speech + confusion, AF); no instruction to call 999.",
            "activity": "A walk today and a full training week when the right activity is none pending emergency assessment.",
            "dose": "Any dose (22 min today, ~85 min this week) is wrong; the correct dose is zero until a stroke team has seen him.",
            "personalisation": "The slurred speech and confusion, AF/apixaban and the stroke class are not read; the episode becomes 'mood (tired)'.",
            "explanation": "The direct answer to the wife's question is wrong ('yes'), and nothing explains the real risk.",
        },
        "suggested_change": ("Detect transient speech disturbance/confusion/one-sided weakness (FAST) as an emergency even when resolved: "
                             "'No class today. Call 999 now - slurred speech that came and went can be a mini-stroke (TIA), and on "
                             "apixaban for AF he needs to be seen urgently.'"),
    },
    {
        "id": "h09",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate running for about 90 minutes, RPE 12-13 (talk test: full sentences).",
            "Blood glucose 250-349 mg/dl with ketones negative: light to moderate exercise is fine, nothing intense",
            "Sat    strength training, moderate, 35 min, RPE 12-13",
            "running: one of your usual 3 a week",
        ],
        "comment": ("The glucose logic is right (BGL 15.0 with ketones 0.3: exercise allowed, hydrate, recheck, late/overnight hypo), "
                    "and mmol/l comes first. But his day is footy training 4:30-6, training Mon + Wed and a game Saturday: none of it "
                    "is read. Today becomes a 90-min run, the week adds two 75-min runs, three strength sessions (one on game day) and a "
                    "50-min ride on top of footy it does not know about. The coach's 'sit out if you're high?' is never answered; "
                    "'nothing intense' clashes with a footy session he will do anyway; no heat/fluids or fast-carbs line for 26 C."),
        "zero_reasons": {
            "activity": "Ignores the footy training today and the Saturday game; prescribes a 90-min run and strength on game day.",
            "dose": "Stacks ~400 min of runs/strength/cycling on top of two trainings and a game for a 15-year-old.",
            "personalisation": "Misreads the notes: training Mon/Wed, game Sat and the coach's question are lost; footy becomes 'running'.",
        },
        "suggested_change": ("Read team practice ('training mon + wed, game sat') as team_practice days; answer the coach: 'With ketones "
                             "0.3 and feeling well you can train: drink water, carry fast carbs, check at the break and after, stop "
                             "and check ketones if you feel sick; sit out if ketones are 1.5 or more'. Keep other days easy or rest."),
    },
    {
        "id": "h10",
        "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "No exercise today: see a doctor today (see below).",
            "this can be a blood clot in the leg (deep vein thrombosis). No exercise today, not even a walk to loosen it",
            "call emergency services (911) now (NICE NG158)",
            "you asked about \"bike\": not today, nor anything hard until this is checked",
        ],
        "comment": ("What I would sign: a swollen, sore, warm calf 7 weeks after knee replacement is a DVT until proven otherwise - no "
                    "exercise, no massage, urgent care/ED today for a scan, 911 for PE symptoms, and his bike question answered. "
                    "Small flaws: the warning lists generic triggers rather than naming his new knee, 'nor anything hard' reads as if "
                    "light activity were allowed, the BP line is noise, a UK guideline is cited for a Canadian, JSON 'answers' is empty."),
        "zero_reasons": {},
        "suggested_change": ("Say it in his terms: 'Skip the bike, the walks and the physio until a doctor has checked that calf today - "
                             "after a knee replacement this can be a clot, not the stairs'; drop the BP line."),
    },
    {
        "id": "h11",
        "lang": "en-IE",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "Today: light walking for about 20 minutes, RPE 9-11 (easy).",
            "you trained 2 times in the last 28 days, 10 minutes on average: the session follows your habit",
            "lymphoedema: slowly progressive strength training is safe and does not make it worse",
            "with a clear bone scan, some impact such as running and hopping",
        ],
        "comment": ("Good cancer-survivorship content: light walking, lymphoedema-safe progressive strength with the sleeve, "
                    "letrozole and bone, signs to report. Flaws: today's 20 minutes doubles her 10-minute walks while claiming to "
                    "'follow your habit' - for cancer-related fatigue with a low base, 10-15 min (or 2 x 10) is the start; her "
                    "low mood ('feeling a bit low tbh') and letrozole joint stiffness get no response; yoga, her other preference and "
                    "good for stiffness, is absent; deadlifts, running and hopping are premature for someone on the couch most days."),
        "zero_reasons": {},
        "suggested_change": ("Start at 10-15 min easy (or two 10-min walks), add a gentle yoga/stretch day for the stiff joints, and "
                             "answer the low mood: 'it is common after chemo; if it lasts, tell your GP or oncology nurse'."),
    },
    {
        "id": "h12",
        "lang": "en-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "Your headache with a blood pressure of 180/110 or more is one of the warning signs of a hypertensive emergency",
            "If you missed your pills, tell the doctor there, and do not take a double dose to catch up.",
            "your blood pressure treated by a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": ("Correct and actionable: 186/114 with headache after 4 days off amlodipine = possible hypertensive emergency; no gym, "
                    "995 or urgent care without driving, re-measure while waiting, no double dose, week on hold until treated. "
                    "Minor: the wish to 'burn off the stress' gets no alternative and the amlodipine is not named."),
        "zero_reasons": {},
        "suggested_change": ("Add one line for his plan: 'Not the gym tonight - with this reading lifting could push it higher; slow "
                             "breathing while you wait is fine.'"),
    },
]
