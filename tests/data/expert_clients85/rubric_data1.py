# Scores for h01-h06. Literal data only.
CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
            "at 180/110 or more, or with blurred vision or confusion, get medical help; otherwise keep today light (AHA 2017).",
            "warning: A cold above the neck (runny nose, sneezing, mild sore throat): light activity only",
            "migraine: regular aerobic exercise (about 40 minutes, 3 times a week) helps prevent attacks",
            "Thu    swimming, moderate, 45 min, RPE 12-13, HR 100-123",
        ],
        "comment": ("T4 complete chair user with pounding headache, flushing and sweating above the lesion, stuffy nose, "
                    "a catheter bag that has not filled and BP 176/102 against a usual 95/60: textbook autonomic "
                    "dysreflexia, a medical emergency. The app reads it as migraine, a head cold and stage 2 "
                    "hypertension, uses the 180/110 cut-off (meaningless at his baseline) and prescribes 30 min of "
                    "yoga, then a week of swims with heart-rate zones. Nothing about sitting up, checking/draining "
                    "the catheter, rechecking BP or calling 911. Thursday's wheelchair basketball is not kept."),
        "zero_reasons": {
            "safety": "Autonomic dysreflexia missed: no sit upright / check catheter / recheck BP / call 911; the 180/110 threshold falsely reassures at 176/102 from a 95/60 baseline, and exercise is prescribed.",
            "activity": "Any session today is wrong; the right 'activity' is treating the trigger and getting help. The week ignores Thursday basketball.",
            "dose": "30 min yoga today and 45-55 min swims with HR 100-123 zones; HR zones are meaningless after a T4 complete injury (blunted sympathetic response).",
            "personalisation": "Misreads the notes: stuffy nose as a cold, AD headache as migraine, the BP as ordinary hypertension; ignores 'usually 95/60', the catheter bag and the lesion level.",
            "explanation": "Reinforces the client's own wrong guess (migraine from the heat) with stock migraine and cold text; the one message that matters is absent.",
        },
        "suggested_change": ("Emergency card: 'This looks like autonomic dysreflexia. Sit up now, lower your legs, loosen anything "
                             "tight, check the catheter for kinks or a blockage and drain/change it, recheck BP every 5 "
                             "minutes; if it does not come down fast, call 911 and say autonomic dysreflexia.' No exercise; "
                             "plan on hold until resolved; no HR zones for cervical/high-thoracic SCI (use RPE)."),
    },
    {
        "id": "h02",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "Today: moderate swimming for about 40 minutes, heart rate 99-117 bpm.",
            "Weakness or tingling that comes with heat and goes when you cool down is heat-related (Uhthoff's), not a relapse; new symptoms lasting more than 24 hours need your neurologist (Kalb et al. 2020)",
            "worried about losing fitness: a few easy or rest days cost none",
            "Thu    walking, moderate, 35 min, RPE 12-13, HR 109-127  walking: one of your usual 2 a week",
        ],
        "comment": ("Good core call: Uhthoff's recognised as heat-related and not a relapse, with the right 24-hour rule and "
                    "cooling advice; swapping the 31 C lunchtime walk for a pool swim is sensible and her fitness worry "
                    "is answered first. Flaws: the Thursday aqua class at the leisure centre is replaced by a walk, her "
                    "daily lunchtime walk becomes 'one of your usual 2 a week', and the outdoor walk days carry no "
                    "heat/MS reminder."),
        "zero_reasons": {},
        "suggested_change": ("Keep Thursday as the aqua class; keep a short daily walk moved to the cool of the early morning "
                             "or evening; repeat the cool-down/Uhthoff line on walking days."),
    },
    {
        "id": "h03",
        "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "because: your blood pressure reading 132/80 mmHg: stage 1 hypertension range (AHA 2017)",
            "your neighbour would rather you rested: a caring worry, but for you the risk is in doing too little",
            "train when your medicine is working, with something to hold nearby",
            "Tue    yoga, moderate, 30 min, RPE 12-13",
        ],
        "comment": ("Answers the neighbour-vs-neurologist question well and picks an evidence-based, fall-aware activity "
                    "(tai chi with a chair) plus strength with balance. But the card opens with a BP line he did not ask "
                    "about, does not turn 'best an hour after the tablets' into a time (about 8-9 am today), does not say "
                    "to stop before fatigue makes the walk shuffly, ignores his cycling preference (a stationary bike "
                    "would suit) and bushwalks, and schedules only 2 of his 3 usual walks; yoga at RPE 12-13 is odd."),
        "zero_reasons": {},
        "suggested_change": ("Lead with the neighbour answer; say 'go about 8-9 am, an hour after your 7 o'clock tablet'; end "
                             "walks before you tire and shuffle; add a stationary-bike day and keep 3 walks; mention the hall "
                             "rug; drop the BP line to the end."),
    },
    {
        "id": "h04",
        "lang": "en-CA",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "because: your notes (\"dizzy\"): read as dizziness",
            "Wed    rest  see a doctor first; ask for a new plan once you are cleared",
            "and do not stay on your own",
        ],
        "comment": ("False alarm. 'Lyrica makes me groggy and a bit dizzy til like 10am' (a known drug effect, and it is "
                    "14:00) is read as a red-flag dizziness, so she gets a week of rest, a see-a-doctor-today order and "
                    "'do not stay on your own'. Her question (where to start) is not answered; nothing on pacing after "
                    "the spin-class flare, warm-water or gentle indoor options in the snow."),
        "zero_reasons": {
            "activity": "A full week of rest for a fibromyalgia client whose doctor prescribes exercise.",
            "dose": "Zero minutes all week; no starting dose or pacing rule.",
            "personalisation": "Misreads the medication side effect (dizzy until 10 am) as an acute symptom; ignores the spin-class flare, pain 4/10 baseline and snow.",
            "explanation": "Does not answer 'I don't know where to start'; the only content is a stock emergency warning that does not apply.",
        },
        "suggested_change": ("Treat morning Lyrica dizziness as context (exercise after 10 am, stop if dizzy). Start low: 10 "
                             "minutes of gentle indoor walking or warm-pool exercise at RPE 9-11 plus 5 minutes of stretching, "
                             "3-5 days, adding 1-2 minutes only when there is no flare 24-48 h later; explain pacing "
                             "(the spin class was too much too soon); stay off snowy paths."),
    },
    {
        "id": "h05",
        "lang": "en-IN",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "7 exercises x 2-3 sets x 8-12 reps",
            "if it is red, raw or blistered, spend less time in the socket today",
            "with diabetes, check your other foot every day too (ADA 2016)",
            "Thu    running, moderate, 40 min, RPE 12-13, HR 114-137  on the treadmill indoors while the heat lasts",
            "Sat    running, moderate, 40 min, RPE 12-13, HR 114-137",
        ],
        "comment": ("Heat and AQI handled for today (indoors, moderate), and the gym question answered. But the decisive "
                    "fact, a red patch over the distal stump still red 30 minutes after doffing a socket fitted on "
                    "Friday, gets only a generic conditional line; no prosthetist. A full-body 7-exercise session today, "
                    "then three 35-40-minute moderate runs this week (two outdoors in a 41 C week) for someone who has not "
                    "run since the amputation. Stock diabetes line; Diwali goal not discussed."),
        "zero_reasons": {
            "safety": "Plans treadmill running tomorrow on a new socket that is already leaving a persistent pressure mark, with no advice to see the prosthetist: a route to skin breakdown.",
            "activity": "Running three times this week for a new amputee who is not yet running; today's full-body set loads the residual limb instead of upper-body/seated work.",
            "dose": "40-minute runs from zero running, no walk-run progression, no limit on socket wear time.",
        },
        "suggested_change": ("'Your red patch means the new socket needs adjusting: see your prosthetist this week, limit socket "
                             "time and check the skin.' Today: upper-body and core strength seated, or arm ergometer, indoors. "
                             "Week: no running until the socket is right; then walk-run on the treadmill with the "
                             "prosthetist's OK; outline the path to Diwali."),
    },
    {
        "id": "h06",
        "lang": "en-NZ",
        "scores": {"safety": 0, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "answer: you asked whether it is safe: yes, at today's amount (light walking for 30 minutes (RPE 9-11))",
            "you like swimming, but it is harder than the limit allows today, so its nearest form: walking",
            "Sat    swimming, moderate, 40 min, RPE 12-13",
            "typed for your daughter: \"you\" on this card means her",
        ],
        "comment": ("The parent asked whether head-first diving is OK for a 16-year-old with Down syndrome: the key issue "
                    "is atlantoaxial instability screening (Special Olympics requires it), and the app answers 'yes' about "
                    "a walk. A runny nose without fever passes the neck check for an easy squad swim, yet today's "
                    "Tuesday 5 pm squad becomes a 30-minute walk in the rain and Saturday's dance becomes a swim. "
                    "Noting that the card is for the daughter is good."),
        "zero_reasons": {
            "safety": "The head-first diving question is answered 'yes' (misdirected to walking); atlantoaxial instability in Down syndrome and the need for neck screening before diving starts is never raised.",
            "activity": "Drops her Tuesday squad today for a walk in the rain and replaces Saturday dance with swimming.",
            "personalisation": "Down syndrome, repaired AVSD, thyroxine and the squad/dance days are not used; the diving question is misread as a generic safety question.",
            "explanation": "The parent's one question (diving in head first) is not answered.",
        },
        "suggested_change": ("Answer first: 'Before head-first diving, ask her doctor about a neck (atlantoaxial instability) "
                             "check, as Special Olympics requires; until then, feet-first or in-water starts.' Today: squad at "
                             "5 pm at an easy-moderate effort with the runny nose, stop if a fever comes. Keep Tue/Thu squad "
                             "and Sat dance; add active play towards 60 min/day."),
    },
]
