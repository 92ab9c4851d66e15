# Scores for h01-h06 (literal data). Dimensions: safety, activity, dose, personalisation, explanation, language (0-2 each).
CLIENTS = [
    {
        "id": "h01", "lang": "en-US",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate swimming for about 25 minutes, RPE 12-13 (talk test: full sentences).",
            "because: BMI 45: start low impact at a low-to-moderate effort, 30 minutes at most, and build up",
            "because: sore shins along the inside: cut the running a little, choose softer surfaces and build more slowly",
            "Sun    swimming, moderate, 35 min, RPE 12-13",
        ],
        "comment": ("Clinician's answer: BMI 45 beginner whose shins failed on couch-to-5k; she has a 30-minute window after work "
                    "before collecting her child and asks how long to go. Right answer: a 20-25 min brisk walk (her first preference, "
                    "doable straight from work) on most days, no running for now, building toward 150 min/week, plus 2 short strength days. "
                    "The output answers the question directly (25 min today, ~90 this week, +10%/week toward 150-300) and keeps her low impact, "
                    "which is safe. But it picks swimming for a 30-minute window (travel and changing make that unrealistic) and the week has no "
                    "walking at all; Sunday's 35 min breaks both her 30-minute window and the card's own '30 minutes at most'. The shin line "
                    "talks as if she is still running ('cut the running a little') although she quit last spring."),
        "zero_reasons": {},
        "suggested_change": ("Use the 30-minute window: brisk walk 20-25 min today and on most weekdays, swim at the weekend; cap every session at "
                             "30 min; reword the shin line for someone who stopped running (return later via walk-run, softer surfaces)."),
    },
    {
        "id": "h02", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate yoga for about 40 minutes, RPE 12-13 (talk test: full sentences).",
            "because: stiff neck and shoulders: start with 5 minutes of shoulder rolls, chest openers and slow neck turns, and get up once an hour when you sit",
            "rows, reverse flys and band pull-aparts, 2-3 sets of 10-15, with chin tucks; dumbbells or a band are all it takes (Andersen et al. 2008)",
            "\"answers\":[]",
        ],
        "comment": ("Clinician's answer: non-specific desk neck/shoulder stiffness, no injury; she asks what she can do at her desk. Right answer: "
                    "micro-breaks every 30-60 min, chin tucks, shoulder rolls, scapular squeezes, upper-trap and doorway pec stretches, screen "
                    "height/position for two monitors, upper-back strengthening 2-3x/week; an indoor session instead of the lunchtime run. "
                    "The output gives most of this (shoulder rolls, chest openers, neck turns, chin tucks, rows/reverse flys with the Andersen "
                    "evidence, sitting breaks) and a sensible indoor day and balanced week. The desk answer is, however, scattered through "
                    "'because' lines rather than shown as the answer (answers list empty), and workstation set-up for two screens is missing."),
        "zero_reasons": {},
        "suggested_change": ("Put a short desk routine first as the answer (chin tucks, shoulder rolls, scapular squeezes, pec/upper-trap stretch, "
                             "every 30-60 min) and add one line on screen height and centring the main screen."),
    },
    {
        "id": "h03", "lang": "en-AU",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "answer: you asked about \"10k\": not the hard session today; swap it for light yoga for 30 minutes, and do it in 2-3 days when you have slept and your legs feel fresh.",
            "Wed    running, vigorous, 60 min, RPE 14-17, HR 130-162  the session you asked about (10k) goes here",
            "Sat    running, moderate, 90 min, RPE 12-13, HR 102-128  long session: the key one for your endurance goal; recovery after it",
            "week: about 285 moderate-equivalent aerobic minutes (WHO: at least 150) ✓; strength on 2 days ✓",
        ],
        "comment": ("Clinician's answer: sub-3 marathoner, 5 weeks out, quads sore the day after a humid 32 km; asks whether to do Monday's 10k "
                    "tempo. Right answer: push it 2 days; today rest or an easy 30-40 min recovery run/swim; keep the week's structure "
                    "(easy runs, tempo mid-week, long run of ~2-2.5 h at the weekend) since he is in peak block before the taper. "
                    "The card's answer is exactly right and clearly placed. The week, however, halves his volume (285 vs ~560 min), keeps only "
                    "3 runs of his usual 5, cuts the long run to 90 min (his are 130-148 min) and adds two generic 3-4 x 8-12 strength days: "
                    "effectively an unplanned deload 5 weeks out. 'when you have slept' invents a sleep problem; the marathon date is never used."),
        "zero_reasons": {},
        "suggested_change": ("Keep a marathoner's week: easy run Tue, tempo Wed/Thu, easy runs, long run 2-2.5 h Sat/Sun, total near his usual; "
                             "strength as 1-2 short maintenance sessions; drop the WHO-150 tick and the invented sleep clause."),
    },
    {
        "id": "h04", "lang": "en-CA",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "warning: Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise; train indoors (ACSM 2006).",
            "because: your notes (\"wheezy\"): read as the soreness training leaves, or a figure of speech for a busy day, not a warning sign",
            "because: asthma with symptoms today (wheezy, the reliever needed this morning): moderate at most",
            "Today: moderate elliptical for about 45 minutes, heart rate 114-138 bpm.",
        ],
        "comment": ("Clinician's answer: asthmatic runner planning an 8 km outdoor run at -24 C / -35 wind chill, already wheezy after "
                    "Saturday's run. Right answer: not outdoors today (cold dry air is a trigger, frostbite risk); run on a treadmill/indoor "
                    "track or cross-train indoors at moderate effort; pre-treat per her asthma plan; wheeze after runs needing the reliever "
                    "means her asthma control should be reviewed with her doctor. The output keeps her indoors with a visible cold warning, "
                    "moderate effort and reliever advice, and the week stays indoors. But one reason calls her wheeze 'not a warning sign' "
                    "(read as soreness or a figure of speech), a wrong line she could act on, and another misstates that she needed the "
                    "reliever 'this morning'. No advice to get asthma control reviewed; no treadmill run offered to a runner."),
        "zero_reasons": {},
        "suggested_change": ("Remove the 'not a warning sign' reading of 'wheezy'; say wheeze after runs means see her doctor about control; offer "
                             "a treadmill/indoor-track run as today's option; keep the cold warning."),
    },
    {
        "id": "h05", "lang": "en-IN",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked whether it is safe: yes, at today's amount (moderate yoga for 30 minutes (RPE 12-13)), minding the warnings on this card",
            "warning: Air quality is hazardous: no outdoor activity (US EPA AQI).",
            "because: a mask (even an N95) stops little of the fine smoke when you breathe hard, and makes breathing harder",
            "brisk walking, moderate, 48 min, RPE 12-13, HR 115-136  brisk walking: one of your usual 5 a week",
        ],
        "comment": ("Clinician's answer: AQI 342 (hazardous) in Delhi; daily 45-min 6 am group walk; son says wear an N95 and go. Right answer: "
                    "no, not even with an N95 - everyone should avoid outdoor exertion at this AQI; a well-fitted N95 cuts exposure but does not "
                    "make a 45-min walk safe; exercise indoors in filtered air, shorter and moderate, and return to the garden when the AQI "
                    "falls. The output chooses indoor yoga and shows the hazardous-air warning, which is right, but its first line answers the "
                    "client's question with 'yes' (meaning the yoga), which reads as approval of the N95 walk. The N95 claim 'stops little of "
                    "the fine smoke' is inaccurate (a fitted N95 filters most PM2.5; leakage and exertion are the problem). The week treats a "
                    "daily walker as '5 a week' and offers only two walks."),
        "zero_reasons": {},
        "suggested_change": ("Answer 'No - not outdoors today, even with an N95' first; correct the N95 statement; suggest an indoor walk or yoga "
                             "with windows shut/air purifier; keep his daily walk on the plan's days when AQI allows."),
    },
    {
        "id": "h06", "lang": "en-NZ",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "Rest today, until this has passed (see below).",
            "warning: A fever brought down by paracetamol or ibuprofen is still a fever: it returns as the tablet wears off.",
            "because: you asked about \"netball\": not today, nor anything hard until this is checked",
            "Fri    walking, light, 20 min, RPE 9-11  only once a day without fever and the aches gone",
        ],
        "comment": ("Clinician's answer: 16-year-old with fever 38.4 C masked by paracetamol, sore throat and whole-body aches wants a warm-up "
                    "for netball trials tonight. Right answer: no trials tonight - fever and below-the-neck symptoms mean rest; paracetamol "
                    "masks the fever; return after 24 h fever-free without medication, gradually; ideally tell the coach. The output does all "
                    "of this, names the Panadol masking explicitly, gives clear stop/see-a-doctor thresholds and a gentle return over the week. "
                    "Only a nice-to-have is missing (talk to the coach about a later trial)."),
        "zero_reasons": {},
        "suggested_change": ("Add one line suggesting she tell the coach/ask about a make-up trial, so the 'no' is easier to follow."),
    },
]
