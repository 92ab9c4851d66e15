# Clients h07-h12. Scores 0-2 per dimension; quotes are exact substrings of outputs/<id>.txt.
CLIENTS = [
    {
        "id": "h07",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate tai chi for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            "your notes (\"Broke my left wrist\"): we could not tell what this is, so today is gentler",
            "Fri    yoga, moderate, 30 min, RPE 12-13",
            "only if the ground is free of ice, else indoors (treadmill, bike)",
            "sit-to-stands, wall push-ups, heel raises",
        ],
        "comment": (
            "Today is right: indoor tai chi (her own love, the best falls-prevention choice), no outdoor walk on a glazed path, "
            "walking later in the week only if the ground is free of ice, strength and balance on 3+ days, and bone advice for "
            "thin bones. But the broken wrist, the reason for all this, is 'something we could not place', so nothing protects "
            "the healing wrist: the week adds yoga (weight on the hands) and the bone advice suggests wall push-ups with no "
            "check with her hand therapist. Her Tuesday walking group and the tai chi class are not addressed by name; "
            "osteopenia is called osteoporosis; 'with your stick if you use one' is stock."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Recognise the wrist fracture: no weight-bearing on the hands (no downward dog, push-ups) until the hand therapist "
            "agrees; swap Friday yoga for a second tai chi class; say 'walking group: not today on the ice; an indoor walk "
            "(mall, corridor) instead'; call it osteopenia."
        ),
    },
    {
        "id": "h08",
        "lang": "en-GB",
        "scores": {"safety": 1, "activity": 2, "dose": 0, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "Today: light walking for about 20 minutes, RPE 9-11 (easy).",
            "today at most 18 easy minutes, well under what brought on the last crash",
            "you wrote \"legs like lead\": walking is easy on a tired body and can leave you fresher",
            "Wed    walking, light, 20 min, RPE 9-11",
            "week: about 0 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it; strength on 0 days",
        ],
        "comment": (
            "The key judgement is right and clearly stated: no Couch to 5K, do not push through post-exertional malaise, pace, "
            "ask the long-COVID clinic (NICE NG206, WHO 2023), rest days between, stop-if-worse-next-day rule. The dose undermines "
            "it: the card sets 20 minutes while its own answer says 'at most 18', and 20 minutes is 80% of the 25-minute walk that "
            "put her in bed for two days and double the 10-minute walk she managed last week; repeated 4 times in the week. "
            "'Legs like lead' (a PEM symptom) is answered with 'walking can leave you fresher', and the week line still counts "
            "toward WHO's 150 minutes, which contradicts pacing."
        ),
        "zero_reasons": {
            "dose": "20 minutes (card) vs 'at most 18' (answer); either is about 80% of the 25-minute walk that caused a 2-day crash and double her recent tolerated 10 minutes: not 'well under' the crash threshold for someone with PEM.",
        },
        "suggested_change": (
            "Set today at about 10 minutes of easy walking (half of a good day's tolerated amount), same on alternate days only "
            "if no worsening at 24-48 h, no progression this week; remove the 'leave you fresher' line and the WHO-150 target."
        ),
    },
    {
        "id": "h09",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "Today: moderate swimming for about 30 minutes, heart rate 98-120 bpm.",
            "Cycling (the indoor bike first), swimming once the wound has healed",
            "your legs are sore or were trained hard: let them recover today",
            "your last 3 logged sessions were all at RPE 11 or easier: today stays at that effort",
            "Sun    yoga, light, 30 min, RPE 9-11",
        ],
        "comment": (
            "It recognises the hernia repair, keeps lifting out ('what your surgeon told you not to do stays out') and lists "
            "the right red flags (new lump, red wound, fever). But today is 30 minutes of freestyle, 12 days after an open mesh "
            "repair, when its own rule says swimming waits until the wound has healed and he still feels a pull at the scar; "
            "walking, which he already does comfortably, would be today's answer. Neither question is answered: light deadlifts "
            "(no: nothing heavier than a kettle until week 4) and surfing with mates on Sunday (no: paddling and pop-ups strain the "
            "repair) - answers are empty. A stock 'your legs are sore' line is false, and 'stays at that effort (RPE 11)' contradicts RPE 12-13."
        ),
        "zero_reasons": {
            "explanation": "Neither of his explicit questions (light deadlifts? surfing Sunday?) is answered; instead a false 'legs are sore' reason and an effort statement that contradicts the prescribed RPE.",
        },
        "suggested_change": (
            "Today: a 30-40 minute walk. Answer directly: no deadlifts, even light, until the surgeon's 4-6 weeks are up (then "
            "start with an empty bar); no surfing Sunday (paddle out around week 6 with the surgeon's OK); swimming once the wound "
            "is fully closed. Drop the legs-sore line."
        ),
    },
    {
        "id": "h10",
        "lang": "en-CA",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "you asked about \"aquafit\": yes, as today's plan has it: moderate swimming for 20 minutes",
            "freestyle laps, light-moderate: 5.8 MET (Compendium 18240)",
            "walk indoors today (a corridor, a shopping centre, a treadmill with rails) or use a stationary bike",
            "Stop and call for help at once if a new weakness, numbness, a drooping face, slurred speech or a sudden severe headache appears",
            "Sat    brisk walking, moderate, 15 min, RPE 12-13",
        ],
        "comment": (
            "Good stroke awareness: moderate by feel, stable ground, seated strength, stroke warning signs, falls advice, no "
            "outdoor walk in the snow. But today's activity is 20 minutes of freestyle laps (5.8 MET) for a sedentary woman with "
            "left-sided weakness who asked about aquafit, and it means getting to the rec centre on a snowy day with a cane, "
            "while the card itself says to stay in and walk indoors. Aquafit is read as lap swimming. The stroke warning says "
            "'call for help' rather than 911. Balance work is described but not scheduled; her husband's fear is not addressed."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Today: a 10-15 minute indoor walk with the cane plus seated strength and counter-supported balance; put aquafit "
            "(water walking/class with a lifeguard, not laps) on a clear-weather day; name 911 for stroke signs (BE FAST); "
            "schedule balance 3 days."
        ),
    },
    {
        "id": "h11",
        "lang": "en-IE",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "see a doctor today; fainting, nearly fainting or dizziness with a racing heart can come from the heart: call emergency services (112)",
            "training through a fever or a viral illness can strain the heart",
            "you asked about \"gym\": not today, nor anything hard until this is checked",
        ],
        "comment": (
            "The red flags (palpitations on stairs, near-faint on the bike after flu) are caught and acted on: no exercise, "
            "see a doctor today, 112 with clear triggers, nothing where a faint is dangerous, a week of rest until cleared. "
            "What is missing: his five-a-side tomorrow night is not named (only the gym), his 'prob just unfit' is not rebutted, "
            "the resting HR of 88 vs his usual 58 goes unused, and myocarditis is not named as the concern. The 'illness below "
            "the neck: rest until it has passed' block fits less well now that the flu is over."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Say plainly: no five-a-side tomorrow or gym until a doctor has checked the heart (ECG, bloods) - palpitations, a "
            "near-faint and a resting HR 30 beats above normal after flu are not just being unfit."
        ),
    },
    {
        "id": "h12",
        "lang": "en-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "No exercise: go to an emergency department now, today (see below).",
            "(cauda equina syndrome), a surgical emergency: go to an emergency department now, today, not at the next appointment",
            "you asked about \"walking\": not today, nor anything hard until this is checked",
        ],
        "comment": (
            "Exactly right: saddle numbness, new trouble starting to pee and worsening leg numbness are recognised as possible "
            "cauda equina syndrome, the headline sends her to the emergency department now, 'not at the next appointment' "
            "answers her plan to wait for Thursday's physio, and the whole week is on hold until cleared. Minor: the answer line "
            "('nor anything hard... rest first') is generic, and 995 could be named if she cannot get there herself."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Keep; optionally add 'call 995 if you cannot get there, or if the leg weakens or you cannot pee at all' and state "
            "that it is not dehydration."
        ),
    },
]
