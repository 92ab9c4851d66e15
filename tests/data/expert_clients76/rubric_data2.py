# Scores for h07-h12 (literal data).
CLIENTS = [
    {
        "id": "h07", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "(run out or missed doses: call your doctor or pharmacy today for it); sit quietly for 5 minutes and measure again",
            "because: your blood pressure reading 186/104 mmHg: hypertensive crisis range (AHA 2017)",
            "Thu    rest  your blood pressure treated by a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": ("Clinician's answer: 68-year-old hypertensive, out of his pills since Saturday, 186/104 at the pharmacy, asymptomatic; asks "
                    "if he can walk the dog 2 miles. Right answer: not today; re-measure after 5 min seated; get the refill today and take the "
                    "usual dose; call the doctor if it stays >180; 911 with chest pain, breathlessness, severe headache, vision or neuro "
                    "symptoms; resume walks once readings are back under control. The card does all of this with the right US number. The week "
                    "is a blanket seven days of rest with no criterion for resuming other than 'cleared', although the likely cause (missed "
                    "pills) is fixable within days."),
        "zero_reasons": {},
        "suggested_change": ("Give a resume rule for the week: once back on his tablets and home readings are below ~160/100 (or his doctor says so), "
                             "restart the dog walk at an easy pace, then his usual 40 min."),
    },
    {
        "id": "h08", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked about \"parkrun\": not today, the ground is wet or icy; swimming instead",
            "lying flat on your back after the first trimester (core work on your side, seated or standing)",
            "Fri    running, moderate, 30 min, RPE 12-13",
            "Sat    running, moderate, 30 min, RPE 12-13  Saturdays are your running days: as usual",
        ],
        "comment": ("Clinician's answer: 22 weeks, uncomplicated, still jogging 3x/week; asks (1) can she keep doing Saturday parkrun and (2) are "
                    "crunches OK. Right answer: yes to parkrun at a conversational pace, walking as needed; no crunches or long supine work now "
                    "(diastasis risk, supine position) - instead pelvic-floor training, side-lying/standing core, bird-dog, Pallof press. "
                    "The pregnancy warning is thorough with 999, and today's swim is fine. But the card's 'answer' misreads the parkrun "
                    "question as being about today ('not today, the ground is wet'), while the plan silently keeps Saturday's run 'as usual'; "
                    "crunches are never answered (only indirectly via the no-lying-on-your-back clause) and pelvic floor is absent. The plan "
                    "stacks three runs on consecutive days (Fri-Sun) for a pregnant jogger used to spacing them."),
        "zero_reasons": {},
        "suggested_change": ("Answer both questions first: 'Yes, parkrun on Saturdays is fine at a chatty pace' and 'Skip crunches; do pelvic-floor "
                             "and standing/side-lying core instead'; spread the three runs across the week."),
    },
    {
        "id": "h09", "lang": "en-AU",
        "scores": {"safety": 0, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "answer: you asked about \"walk\": yes, as today's plan has it: moderate walking for 55 minutes",
            "because: about 10% more than usual: at most 10% more each week",
            "because: it is hot (31°C): drink before you go and a few mouthfuls every 15-20 minutes, let the pace drop as it warms up",
            "Thu    walking, moderate, 55 min, RPE 12-13",
        ],
        "comment": ("Clinician's answer: 72-year-old with treated hypertension; forecast 42 C; the group walks the esplanade at 10 am; she asks what "
                    "to take. Right answer: 42 C is dangerous heat for an older adult on BP medication - do not do the 10 am walk; walk now/at "
                    "dawn for a short time or walk indoors (air-conditioned centre, pool); if going out at all: water, hat, shade, sunscreen, "
                    "phone, stop at first symptoms. The output reads only the current 31 C, answers 'yes' to the 10 am walk and makes it "
                    "longer (55 min, +10%) at moderate effort; the heat advice is a buried 'because' line; the forecast 42 C is never mentioned."),
        "zero_reasons": {
            "safety": "Misses the red flag of a 42 C forecast for a 72-year-old on BP treatment and approves ('yes') a 55-min moderate outdoor walk at 10 am.",
            "dose": "Raises the walk to 55 minutes at moderate effort (+10%) on a day of dangerous heat, when it should be short, easy and early or indoors.",
            "personalisation": "The decisive fact in her notes (forecast 42 today, walk at 10) is ignored; the card reasons from the 8 am 31 C reading instead.",
        },
        "suggested_change": ("Read the forecast in the notes: 'Not at 10 today - 42 C is dangerous heat at 72 and on BP tablets. Walk now for 20-30 min "
                             "in the shade, or walk indoors/in the pool; take water, a hat, sunscreen; stop at dizziness or headache.'"),
    },
    {
        "id": "h10", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "answer: you asked whether knees like yours should stop exercising: no, they need it. For knee osteoarthritis exercise is the core treatment (Kolasinski et al. 2020, ACR/AF)",
            "because: your neighbour would rather you rested: a caring worry, but for you the risk is in doing too little",
            "Tue    swimming, moderate, 25 min, RPE 12-13  Tuesdays are your swimming days: as usual",
            "answer: you asked about \"aquafit\": yes, as today's plan has it: moderate swimming for 45 minutes",
        ],
        "comment": ("Clinician's answer: 63-year-old with right-knee OA, typical short morning stiffness; neighbour says rest; asks whether to "
                    "stop Tuesday/Friday aquafit. Right answer: no - exercise is core OA treatment; keep aquafit, add quad/hip strengthening "
                    "2-3x/week, low-impact cardio; pain rules (mild ache settling within 24 h OK). The card answers this very well with the ACR "
                    "guideline and a kind reply to the neighbour. But it relabels her aquafit as 'swimming', and the plan cuts Tuesday's class "
                    "to 25 min while calling it 'as usual' (her sessions are 45 min); the weekly aim of 90 is below what she already does."),
        "zero_reasons": {},
        "suggested_change": ("Keep both aquafit classes at her usual 45 min and name them as aquafit/water aerobics; add 2 short strength sessions; "
                             "mention care on snowy paths to the pool."),
    },
    {
        "id": "h11", "lang": "en-IE",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "because: I am sorry for your loss. A short walk at the same time each day, on a route you know, can give the day some shape; if sleep and appetite have not come back in a few weeks, tell your doctor",
            "because: your usual session as you describe it (about 20 minutes): today keeps to that habit",
            "because: short or poor sleep: nothing hard today, and an early night; sleep is part of training",
            "Sat    strength training, moderate, 20 min, RPE 12-13",
        ],
        "comment": ("Clinician's answer: 58-year-old widower, 5 weeks bereaved, 4 h sleep a night, cannot face the pier walk he shared with his "
                    "wife; daughter installed the app; no question. Right answer: warm, unhurried; a short daily walk somewhere other than the "
                    "pier or with his daughter/a friend; see his GP now about the sleep; point to bereavement support and a crisis line "
                    "(Samaritans 116 123 / 112/999) in case things feel too heavy. The card is kind and the walking dose is gentle, but it "
                    "suggests 'a route you know' without acknowledging the pier, puts off the doctor 'a few weeks' despite 4 h sleep at 5 weeks, "
                    "offers no support line, invents a 20-minute habit he never described, and treats his insomnia with 'an early night; sleep "
                    "is part of training'."),
        "zero_reasons": {},
        "suggested_change": ("Acknowledge the pier (a different route, or go with his daughter when ready); advise seeing the GP now about sleep; "
                             "add bereavement support and a 24-hour line (Samaritans 116 123); make the week a short walk most days rather than "
                             "strength sessions."),
    },
    {
        "id": "h12", "lang": "en-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked about \"squat\": not today, a freshly hurt back should not be loaded yet; yoga instead",
            "warning: A back hurt in the last days: keep moving gently (easy walking, mobility within what does not hurt); no lifting, no running until it settles.",
            "Sun    strength training, moderate, 50 min, RPE 12-13  upper day: push (bench, overhead press) and pull (rows, pull-ups), main lifts 3-5 sets of 3-6 reps at RPE 7-8",
            "warning: Heat: avoid intense exercise outdoors, drink water, take breaks (NWS heat index, ACSM).",
        ],
        "comment": ("Clinician's answer: powerlifter, lower back 'tight, not sharp' 3 days after deadlifts, leg day planned (squat 5x3 at 160), "
                    "meet in 6 weeks; push through? Right answer: don't grind the heavy sets if the tightness changes bracing, but no need to "
                    "skip the day: thorough warm-up, work up and cap at RPE 7 or ~140-150 kg, or swap to leg press/belt squat/pause work; stop "
                    "on sharp or radiating pain; one modified session costs nothing 6 weeks out. The output reads 'tight' as a 'freshly hurt "
                    "back', replaces leg day with 30 min of light yoga, and warns 'no lifting' while the plan has heavy upper days and a "
                    "back-sparing lower day (a good session, but it contradicts the warning). Three stock weather warnings (heat, thunder, "
                    "rain) do not apply to a lifter in a gym. The week drops to 3 lifting days, adds 90 min of cardio, and never mentions the meet."),
        "zero_reasons": {},
        "suggested_change": ("Keep today as a modified lower day (back-sparing: leg press, split squats, light squats to RPE 6-7 if pain-free); drop "
                             "'no lifting' and the outdoor-weather warnings; plan four lifting days toward the meet with a clear rule for "
                             "returning to heavy squats."),
    },
]
