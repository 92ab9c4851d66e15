# Scores for h07-h12. Literal data only.
CLIENTS = [
    {
        "id": "h07",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "Today: moderate strength training for about 45 minutes, 1-2 sets of 10-15 reps. First eat 15-30 g of carbohydrate",
            "Have it seen today by a doctor or podiatrist if it weeps, has pus, or is red, warm or swollen",
            "because: you like brisk walking, but it is harder than the limit allows today",
            "Wed    rest  rest: nothing of this kind fits for now",
        ],
        "comment": ("The open, weeping, red-rimmed blister on a numb foot is caught (weight off, no pool, seen by a doctor "
                    "or podiatrist) and the 82 mg/dl pre-exercise glucose gets the right carbohydrate rule. But the "
                    "referral is conditional ('if it weeps... or is red') when her notes already say it is weeping and "
                    "red: it should be 'today', with fever/spreading redness -> urgent care. A 45-minute, 8-exercise "
                    "strength session is not specified as seated, Friday adds one-leg balance (weight on the foot), and "
                    "the walk with Barb at 8 and the new shoes (the likely cause) are not mentioned. Stock BP line."),
        "zero_reasons": {},
        "suggested_change": ("Lead with: 'The open blister with yellow drainage and redness needs a doctor or podiatrist "
                             "today; no walking with Barb this morning (meet her for coffee instead); check the new shoes.' "
                             "Today: 20-30 min seated upper-body and chair exercises after 15-30 g carbohydrate. No "
                             "standing balance until healed; replace 'nothing of this kind fits' with a plain reason."),
    },
    {
        "id": "h08",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "typed for someone else: \"you\" on this card means him; go through it with him, and the warnings are his",
            "when you feel low, something gentle still helps",
            "your blood pressure reading 138/86 mmHg: stage 1 hypertension range (AHA 2017)",
            "Fri    swimming, moderate, 25 min, RPE 12-13",
        ],
        "comment": ("Walking 20 minutes today with heat/fluids advice (relevant with olanzapine) is right, and the app sees "
                    "the support worker is writing. But the support worker asked for simple steps, pictures and the "
                    "same time each day: the output is dense, referenced prose and a varied week (two strength days, a "
                    "public-pool swim that risks the busy, noisy setting he finds upsetting, only two walks). "
                    "'Gets upset in noisy places' is misread as low mood; the Tesco walk, buses and music are unused; "
                    "knee pain going downhill is filed as a knee injury without 'avoid steep downhill routes'."),
        "zero_reasons": {},
        "suggested_change": ("Give a same-time daily walk (e.g. 10 am with staff to the big Tesco, flat route, music on), "
                             "adding 5 minutes a week; one or two simple chair sit-to-stand sessions; avoid steep downhill; "
                             "see the GP if knee pain persists. Write it in easy-read sentences the staff can turn into pictures."),
    },
    {
        "id": "h09",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"swim\": yes, as today's plan has it: moderate swimming for 45 minutes",
            "swim only where a lifeguard or a companion knows about your epilepsy",
            "Sat    swimming, moderate, 35 min, RPE 12-13, HR 102-127",
        ],
        "comment": ("The general epilepsy swim rule (lifeguard or companion who knows) is present, but the card answers "
                    "'yes' to his swim without saying that his actual plan, alone in the ocean at Bronte at 5:45 am, "
                    "breaks that rule; JME's seizure risk soon after waking is not mentioned, and the squad he wants to "
                    "join (the obvious fix) and the Cole Classic are not discussed. Swims drop to 35 min later in the "
                    "week with no build towards the event."),
        "zero_reasons": {},
        "suggested_change": ("Say: 'Not alone in the ocean at 5:45: swim with a buddy, the squad, or after the lifeguards are "
                             "on (or in a patrolled pool); wear a bright cap and tell the coach.' Mention JME and early-morning "
                             "timing/sleep. Keep 3-4 swims with a long-swim progression for the Cole Classic."),
    },
    {
        "id": "h10",
        "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 0, "language": 2},
        "quotes": [
            "answer: you asked about \"run\": not today, the ground is wet or icy; yoga instead",
            "crashes after exertion (post-exertional malaise, as in long COVID and ME/CFS): pace it",
            "your morning heart rate is 16 above your usual",
            "warning: A cold above the neck (runny nose, sneezing, mild sore throat)",
        ],
        "comment": ("Post-exertional malaise is recognised and the week is a sound pacing plan (same small dose on "
                    "alternate days, no graded exercise, NICE/WHO). But the run question is answered with the wrong "
                    "reason (wet ground), implying she could run on a dry day, and run club next week is never addressed. "
                    "The 78 bpm on standing is misread as a raised morning HR and the PEM 'sore throat feeling' as a "
                    "head cold. 20 minutes on a 60% day, with no HR or symptom ceiling, may be above her envelope."),
        "zero_reasons": {
            "explanation": "Her question (run club next week) is not answered, and 'not today, the ground is wet or icy' gives a wrong, misleading reason; stock cold warning does not apply.",
        },
        "suggested_change": ("Answer: 'Not run club yet: after last week's crash, running would likely set you back. Stay "
                             "within your envelope until you have had weeks without a crash.' Today 10-15 minutes of gentle "
                             "floor-based movement, keeping HR under about 15-20 above resting; note the 16-bpm rise on standing "
                             "for her doctor; drop the cold warning."),
    },
    {
        "id": "h11",
        "lang": "en-IE",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"get stronger\": moderate walking suits today better (the reasons below)",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "you take a blood thinner: a fall bleeds more and for longer. Prefer the stationary bike to the road",
            "you wrote \"but i've got lazy\": walking is a gentle step; moving a little helps the mood",
        ],
        "comment": ("Good pharmacology: beta-blocker means go by RPE (which implicitly answers the Fitbit question) and "
                    "the anticoagulant fall/head-knock rule. But the January stroke and left-sided weakness are never "
                    "mentioned: no stroke warning signs (FAST, 112), no link to his physio exercises, and his own idea "
                    "(the exercise bike at the community centre) is recommended in a reason but never scheduled. "
                    "'Get stronger' is answered with 'walking suits today better'; 'I've got lazy' is read as low mood."),
        "zero_reasons": {},
        "suggested_change": ("Answer the Fitbit question directly (bisoprolol and AF keep HR low/irregular; use RPE 11-13). "
                             "Today: restart the physio strength exercises 20 min; week: community-centre bike 3x 15-25 min, "
                             "strength/balance 2-3x, walks with the stick; add stroke FAST signs -> 112/999."),
    },
    {
        "id": "h12",
        "lang": "en-SG",
        "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Today: moderate elliptical for about 45 minutes, heart rate 107-131 bpm.",
            "Mon    running, moderate, 45 min, RPE 12-13, HR 107-131  running: heat takes 10-14 days to get used to: before 10 am or after 6 pm",
            "Sun    strength training, moderate, 30 min, RPE 12-13",
            "Thu    running, moderate, 65 min, RPE 12-13, HR 107-131  a hard day",
        ],
        "comment": ("Today's indoor elliptical happens to keep her off the dark park connector, but only because of the "
                    "heat: retinitis pigmentosa, the 10-degree field, night blindness and the cancelled guide are never "
                    "mentioned, and her question (go alone tonight?) is not answered. The plan then suggests running "
                    "'after 6 pm', replaces her Sunday-morning guided run with strength, adds a 53-minute swim she never "
                    "asked for and labels a 65-minute RPE 12-13 run 'a hard day'."),
        "zero_reasons": {
            "safety": "Never tells a night-blind runner with a 10-degree field not to run alone at dusk; the plan even proposes runs 'after 6 pm' with no guide.",
            "personalisation": "RP, tunnel vision, night blindness, the tether guide and her Sat/Sun guided routine are all ignored.",
            "explanation": "Her question (run alone tonight on the park connector?) is not answered; the reasons are only about heat.",
        },
        "suggested_change": ("'Not alone tonight: at dusk with 10 degrees of vision the connector's cyclists and kerbs are a "
                             "real risk. Do a 40-45 min easy treadmill or elliptical session indoors, or wait for your guide "
                             "tomorrow morning.' Keep Sun guided long run, midweek runs in daylight/treadmill, HM build."),
    },
]
