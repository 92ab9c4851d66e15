# Rubric data, clients h01-h06 (scored blind; own clinical answer written first, see my_answers.md)

CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "Even if it passes, see a doctor today (AHA).",
            "you asked about \"12 miler\": not today, nor anything hard until this is checked",
            "see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": (
            "Exertional chest tightness with left-arm heaviness relieved by rest (possible new angina) is caught: "
            "no exercise, rest all week, see a doctor today, 911 and do not drive yourself. The right call and "
            "nothing he could act on unsafely. Flaws: it opens with 'call emergency services now' for an episode "
            "two days ago that has passed. The better order is to see a doctor today and call 911 if it comes back "
            "or comes at rest. The question is misread: the 12-miler is Saturday, not today, and his actual question "
            "(an easy run today) and the race in 10 days are never addressed. The explanation does not tell him why "
            "this pattern matters despite his fitness, the cold or skipping breakfast, and does not use the father's bypass."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Lead with: 'No run today, and no training until a doctor has seen you - today if you can. Tightness in "
            "the chest with a heavy left arm that comes on during effort and goes with rest is how heart pain often "
            "looks, even in fit runners, and more so with your dad's history; the cold air doesn't explain it. Call "
            "911 if it returns at rest or lasts more than a few minutes.' Answer 'easy run today' and Saturday's "
            "12-miler with a no, and say Chicago depends on a cardiology clearance."
        ),
    },
    {
        "id": "h02",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Rest today, until this has passed (see below).",
            "no exercise until you have been free of fever for a day (neck check)",
            "you asked about \"long run\": not today, nor anything hard until this is checked",
            "Fri    walking, light, 30 min, RPE 9-11",
        ],
        "comment": (
            "Safe and correct on the day: fever, aches and D&V mean rest and fluids, no long run, with a clear "
            "fever-free rule. The week is a generic illness template, not this runner's: walks only through day 8 "
            "and no route back to easy running. For someone three weeks from the Great North Run who is afraid of "
            "falling behind, it needs a short easy run once she has been fever-free and eating, plus reassurance "
            "that three weeks is enough. There is no rehydration or oral-rehydration advice, and no red flags for "
            "dehydration (can't keep fluids down, very little urine) after a day of D&V. 'Until this is checked' "
            "reads oddly for a stomach bug, and answers[] is empty although the card answers her question."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer directly: 'No - skip this long run rather than do it slowly; with fever and a day of D&V you "
            "are dehydrated and running now risks more than it gains. Three weeks is enough: once you've had 24-48 h "
            "without fever and are eating normally, do 20-30 min easy, then one 8-10 mile run next weekend.' Add "
            "oral rehydration and when to ring NHS 111. Replace the later walks with easy runs once she is well."
        ),
    },
    {
        "id": "h03",
        "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "your sister would rather you rested: a caring worry, but for you the risk is in doing too little",
            "past this week's aim of 150 (WHO: at least 150): no need to add more this week",
            "brisk walking: one of your usual 4 a week",
            "Fri    brisk walking, moderate, 51 min, RPE 12-13",
            "call emergency services (000)",
        ],
        "comment": (
            "Today is right: her usual 50-minute flat brisk walk at RPE 12-13, 000 for emergencies, a sensible "
            "osteoarthritis pain rule, and the sister's idea is rejected. But the week cuts a most-mornings walker "
            "to two walks (about 161 min, down from 230) with 'no need to add more'. That is the opposite of what a "
            "115 km, six-day Camino needs: a gradually longer weekly walk, then hills, descents and poles. The "
            "answer to the sister's question is the second reason, not shown first (answers[] empty), and it is "
            "about tiredness rather than the knee (rest weakens the muscles that protect it; her doctor said keep "
            "walking). 'Your usual 4 a week' misreads 'most mornings'. '10% more than usual' contradicts 'no need "
            "to add more this week'."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Put first: 'No, don't rest the knee - your doctor is right; walking and quad/hip strength are what "
            "keep an arthritic knee going, and you need to build up to ~19 km days.' Keep her daily flat walk, "
            "add one longer walk each week (+10%), strength with balance 2-3 days (sit-to-stands, step-ups), tai "
            "chi, gentle slopes and poles later, and a pain rule."
        ),
    },
    {
        "id": "h04",
        "lang": "en-CA",
        "scores": {"safety": 2, "activity": 0, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"running\": not today, the wind chill is too low outdoors; stationary bike instead",
            "Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise",
            "Thu    swimming, moderate, 40 min, RPE 12-13, HR 103-126",
            "Sat    elliptical, moderate, 35 min, RPE 12-13, HR 113-136",
        ],
        "comment": (
            "The outdoor run in -24 C, wind and ice is refused with a clear reason, which is safe. But he named a "
            "treadmill in the condo gym, and the card says 'not today' to running altogether and puts him on the "
            "bike. He needs to go from beep-test level 6 to 8.5 by 3 March, yet the week has no running at all, "
            "invents swimming twice (no pool was mentioned) and an elliptical, and keeps every session at moderate "
            "RPE 12-13 with no intervals or shuttle work. The goal and the test date are never mentioned. The HR "
            "zones (Karvonen) and the restart after a missed week are reasonable."
        ),
        "zero_reasons": {
            "activity": (
                "A running test six weeks away and a treadmill in his building, yet no running all week. It swaps "
                "in swimming he has no access to as far as we know, so the week's choices are wrong for this "
                "person."
            ),
        },
        "suggested_change": (
            "'Not outside - at -24 with that wind and ice you risk frostbite and a fall. Run on the condo treadmill "
            "instead: 35-40 min, easy after your week off.' Then 3 runs (one interval/VO2 session such as 6-8 x "
            "1 min hard, one tempo, one easy), 2 strength days, spin bike for extra easy volume, 20 m shuttles with "
            "turns when a gym floor is available, and say how this gets him to level 8.5 by 3 March."
        ),
    },
    {
        "id": "h05",
        "lang": "en-IN",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "no outdoor activity today; something gentle indoors with the windows closed",
            "so today is shorter (30 minutes) and moderate",
            "Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
            "Wed    running, moderate, 35 min, RPE 12-13, HR 119-141  running: one of your usual 3 a week, aerobic, at a pace you can talk in full sentences; check the weather and air first",
            "Mon    swimming, moderate, 35 min",
        ],
        "comment": (
            "Keeping her indoors at AQI 268 is right, and so are the asthma warm-up and reliever advice and the "
            "wedding arithmetic (0.5 kg/week, mostly diet). But her rising inhaler use this week, a sign of "
            "worsening asthma control, is not read and not acted on: nothing about seeing her doctor, no plan for "
            "an attack, no 112. The plan puts her back on outdoor runs on Wednesday and Friday with only 'check "
            "the weather and air first', giving no AQI threshold for an asthmatic in Delhi in November. Her society "
            "gym's cross trainer and cycle are ignored while swimming is invented, and keto is not mentioned. The "
            "card says light yoga while its own reason says 'moderate'."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Read the inhaler line: 'Needing your reliever more this week means your asthma is less controlled - "
            "see your doctor this week; stop and use your reliever for wheeze or chest tightness, call 112 if it "
            "doesn't help.' Use the society gym's cross trainer or cycle today (moderate, 30 min, long warm-up). "
            "Keep runs indoors until the AQI is under 100 (or 150 at most), and say that the first keto week can "
            "make sessions feel harder."
        ),
    },
    {
        "id": "h06",
        "lang": "en-NZ",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Today: vigorous cycling for about 90 minutes, heart rate 126-157 bpm.",
            "today is shorter (90 minutes, the reasons below)",
            "Thu    strength training, moderate, 30 min, RPE 12-13  strength: 3-4 sets of 8-12 reps",
            "Sat    stationary bike, moderate, 50 min, RPE 12-13, HR 101-125  easy today",
        ],
        "comment": (
            "The race on Saturday (Taupo 160) is not read at all. Today gives him almost the hit-out he asked "
            "about (vigorous, 90 min), three days before 160 km. Thursday adds a 3-4 x 8-12 strength session, and "
            "race day is '50 min stationary bike, easy', with no taper, openers, race day or recovery. His question "
            "is never answered. The card promises 'the reasons below' for a shorter session and gives none, and "
            "says 'no need to add more this week' while prescribing a vigorous 90. No medical danger to a fit 44-year-old, "
            "but the plan would spoil the race he has trained for."
        ),
        "zero_reasons": {
            "activity": (
                "Race week not recognised: a new strength session two days before the race and an indoor bike "
                "session on race day instead of the race."
            ),
            "dose": (
                "90 min vigorous three days before a 160 km race is the opposite of a taper; it is close to the "
                "'big hit out' the client should be talked out of."
            ),
            "personalisation": "The decisive fact in the notes ('Taupo 160 on sat') is not read; no race, taper or recovery appears anywhere.",
            "explanation": (
                "His question (one more big 100k today?) is not answered, and the card refers to 'the reasons "
                "below' that do not exist."
            ),
        },
        "suggested_change": (
            "'No big ride today - nothing you do now will make you fitter by Saturday, but it can leave you flat. "
            "Ride 45-60 min easy with 3 x 3 min at race effort.' Thu easy 30-45 min or off, Fri 30 min spin with "
            "2-3 short openers, Sat Taupo 160 (race: true, pacing and 60-90 g carbohydrate an hour), Sun rest, "
            "Mon-Tue easy spins; no strength this week."
        ),
    },
]
