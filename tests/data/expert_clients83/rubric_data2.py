# Rubric data, clients h07-h12 (scored blind; own clinical answer written first, see my_answers.md)

CLIENTS = [
    {
        "id": "h07",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "answer: you asked about your heart rate: a beta-blocker keeps it low",
            "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise",
            "brisk walking: one of your usual 5 a week",
            "week: about 140 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it",
        ],
        "comment": (
            "Strong core: the watch question is answered first (a beta-blocker caps the heart rate, so go by "
            "RPE and the talk test), HR zones are rightly dropped, he is kept to moderate intensity, and there is "
            "a clear chest-pain and 911 rule. But his own idea of stadium stairs with his grandson (vigorous, 8.8 "
            "MET, for a man with a 2024 stent) is not addressed by name, and neither is the altitude (9000 ft) or "
            "the pack carry. The daily 2-mile dog walk is dropped on five of seven days in favour of tai chi and "
            "strength. The week's aerobic total (140 min) is below what he does now (155) yet labelled 'building "
            "up to it', with no hill or pack progression toward September."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Say plainly: 'Your watch is fine - metoprolol holds your heart rate down.' Then: 'Hold off on stadium "
            "stairs until your cardiologist OKs vigorous work (ask about an exercise test and the 9000 ft camp); "
            "start with a few flights at RPE 13.' Keep the dog walk every day and add hill walks building toward "
            "a light pack. Add leg strength and balance 2-3 days."
        ),
    },
    {
        "id": "h08",
        "lang": "en-IE",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "split it into two sessions of about 90 minutes, or stop at 90, and add two shorter sessions in the week; a joint that aches afterwards is the sign it was too much",
            "no intervals, tempo or long runs, and build back once the legs feel fresh",
            "you like running, but the ground is wet or icy today, so its nearest form: swimming",
            "your goal (\"Valencia marathon 6 Dec\", endurance): swimming fits it",
        ],
        "comment": (
            "The app knows she ran a marathon 9 days ago and its recovery reason is sound: easy runs of 45 min at "
            "most, no tempo or long runs until two weeks out. The plan follows it, with easy runs Thu/Sat and the "
            "tempo dropped. But the answer shown first to 'too much?' is a stock load-spike template about joints, "
            "proposing 'two sessions of about 90 minutes, or stop at 90'. It never says yes, 18 miles on Sunday is "
            "too much, and it contradicts the card's own recovery rule. The tight left calf is not read. A light "
            "rain at 9 C is treated as a reason not to run, and a swim is put in her day ('swimming fits' a "
            "marathon goal). Valencia, five weeks after Dublin, gets no bridge plan: one moderate long run, then a "
            "taper."
        ),
        "zero_reasons": {
            "explanation": (
                "The client's question ('18 miles this Sunday and a tempo Thursday - too much?') gets a misleading "
                "template answer (split into two 90-minute sessions, joints) that contradicts the correct message, "
                "which is buried in the ninth reason."
            ),
        },
        "suggested_change": (
            "Answer first: 'Yes, too much for now: you're 9 days after Dublin. Easy runs only until day 14 - no "
            "tempo Thursday, and Sunday 10-12 miles easy at most, not 18. One longer run (14-16 mi) next weekend, "
            "then taper for Valencia.' Run today in the rain if she wants (easy 30-40 min). Add: 'if the calf "
            "tightness turns into pain, stop and get it looked at.'"
        ),
    },
    {
        "id": "h09",
        "lang": "en-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "the time trial or test set for today: not flat out in this heat, when all-out efforts are what bring on heat illness; ask the coach to move it to a cool morning or another day",
            "If training goes ahead, skills only, in the shade",
            "Today: moderate elliptical for about 40 minutes, heart rate 113-139 bpm.",
            "heat takes 10-14 days to get used to",
        ],
        "comment": (
            "The key safety call is made: no all-out 2.4 km time trial at 13:30 in 33 C and 75% humidity, and "
            "heat-illness stop signs are listed. But the answer sits in the 7th reason (answers[] is empty) and "
            "is phrased for a school team ('ask the coach', 'skills only, in the shade') rather than for a "
            "19-year-old NSman on his lunch break. An elliptical is assumed at camp instead of an evening run. The "
            "time trial is not rescheduled (tomorrow morning), and the week stays all moderate with no IPPT-pace "
            "intervals four weeks from the test. 'Heat takes 10-14 days to get used to' does not apply to a "
            "Singapore-based soldier. Nothing says what to do if heat illness appears (cool down, call 995)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "First line: 'Not at 13:30 - an all-out 2.4 in this heat and humidity is exactly how heat stroke "
            "happens. Do the time trial early tomorrow morning (before 08:00) instead.' Today: an easy 30 min "
            "after 18:00 or rest. Week: 1 interval session (e.g. 6 x 400 m at about 97 s), 1 tempo, 1-2 easy, "
            "push-up and sit-up work, all in cool hours. Heat stroke signs -> stop, cool, call 995."
        ),
    },
    {
        "id": "h10",
        "lang": "en-GB",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "to get through the dance without running out of breath: the dance itself is the best training",
            "you wrote \"feeling kinda tired all the time\": yoga is easy on a tired body and can leave you fresher",
            "Sat    running, vigorous, 60 min, RPE 14-17",
            "Mon    running, vigorous, 60 min, RPE 14-17",
            "no recent sessions logged: start with 30 minutes and build up",
        ],
        "comment": (
            "The most serious miss in the set. A healthy-weight 15-year-old (BMI about 19.6) plans to run every "
            "morning without breakfast and skip lunch to lose half a stone in three weeks, and says she is tired "
            "all the time. That is a disordered-eating and low-energy-availability (RED-S) red flag, and none of "
            "it is read. Her goal is misread as breathlessness in the dance. Her rehearsal days (Mon, Wed, Sat "
            "morning) are ignored: vigorous 60-minute runs on Sat and Mon, a 75-minute ride on Wed, and three "
            "60-minute strength sessions, from no logged training. Her tiredness is used to pick yoga, which "
            "implicitly treats it as normal. Calories are shown."
        ),
        "zero_reasons": {
            "safety": (
                "Planned fasting and skipped meals plus persistent fatigue in a healthy-weight teenage dancer "
                "(disordered eating / RED-S risk) are neither flagged nor acted on (no 'eat breakfast and lunch', "
                "no 'talk to a parent, GP or school nurse'). The plan adds a large training load that would deepen "
                "an energy deficit."
            ),
            "activity": (
                "Rehearsals on Mon, Wed and Sat are ignored: vigorous 60-minute runs and a 75-minute ride are "
                "stacked on rehearsal days for a girl who is already exhausted."
            ),
            "dose": (
                "About 375 min including 2 x 60 min vigorous runs and 3 x 60 min strength, from nothing logged, "
                "for a tired and possibly under-fuelled teenager; the card's own 'start with 30 minutes and build "
                "up' is dropped the next day."
            ),
            "personalisation": (
                "The notes' decisive content (weight-loss aim for a crop top, fasted runs, skipping lunch, "
                "rehearsal days, constant tiredness) is misread as wanting more stamina for the dance."
            ),
            "explanation": (
                "Her question ('tired all the time, that's normal right?') is not answered. The output implicitly "
                "accepts it, and never says why skipping meals would hurt her dancing and health."
            ),
        },
        "suggested_change": (
            "Lead with care, not a workout: 'Being tired all the time isn't normal, and running without breakfast "
            "and skipping lunch would make it worse and your dancing weaker. You're a healthy weight; please talk "
            "to a parent, your GP or the school nurse about the tiredness.' Then a light week around the "
            "rehearsals: eat before activity, an easy run or yoga on one or two non-rehearsal days, one full rest "
            "day, no calorie figures, no weight-loss framing. Signpost Beat (UK eating-disorder charity)."
        ),
    },
    {
        "id": "h11",
        "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "A fresh sprain: for the first days only work that puts no weight on it",
            "not being able to take four steps: have it checked (Vuurberg et al. 2018)",
            "Joint injury or back pain: low-impact activities only",
            "jog once walking is pain-free, and only then hops and cutting",
            "today is shorter (45 minutes, the reasons below)",
        ],
        "comment": (
            "The sprain is handled well on the day: non-weight-bearing work (a swim, which she likes), seated "
            "strength, daily ankle rehab, and a four-steps/worsening rule for getting it checked. But her actual "
            "question, strapping it and doing the stairs on Sunday, is never answered, and Kokoda and the "
            "group's training hikes are never mentioned. The week stays swim-only to day 9, with no graded return "
            "to flat walking, which is what a trekker needs. The rehab text is sports boilerplate ('jog ... hops "
            "and cutting'), there is a stock 'Joint injury or back pain' warning, the card promises 'the reasons "
            "below' and gives none, and 'for the first days today' is garbled."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer: 'Not the stairs this Sunday - you're still limping, and steep steps down are how you rolled "
            "it; strapping won't make up for that. Seven weeks is enough time for Kokoda if you let it settle now.' "
            "Swim or stationary bike (pain-free) today; daily ankle rehab; add flat walks once you walk without a "
            "limp; stairs and the group hikes with a brace once you can hop and balance on it pain-free; a physio "
            "check this week."
        ),
    },
    {
        "id": "h12",
        "lang": "en-IN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl (5.0 mmol/l).",
            "check your glucose after the session and again at bedtime",
            "your wife would rather you rested: a caring worry, but for you the risk is in doing too little",
            "your goal (\"Kedarnath yatra in August, 16 km climb\", health): walking fits it",
        ],
        "comment": (
            "The glucose handling is exactly right and comes first: eat 15-30 g carbohydrate, recheck after 15 "
            "minutes, go above 90 mg/dl, sugar in the pocket, check after the session and at bedtime. Heat advice "
            "and 112 are included, with mg/dl first as fits en-IN. But his wife's point (skip if sugar is low, "
            "which is half right) is answered with a stock template about the risk of doing too little and "
            "lying down, which misreads her concern. The Kedarnath goal (a 16 km climb to high altitude) gets "
            "only 'walking fits it', with no hill, stair or long-walk build. 'One of your usual 4 a week' "
            "understates his near-daily walks, and '10% more than usual' sits beside 'no need to add more this "
            "week'."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer the wife's question directly: 'Not skip - at 84 take a banana or juice first, recheck, then "
            "walk; she is right that below 70 you treat the low and don't walk until you're back above 90.' Add "
            "the signs of a low during the walk (shaky, sweaty, confused: stop and take sugar). Build toward the "
            "16 km climb with stair or hill walking once or twice a week and one longer walk, plus leg strength."
        ),
    },
]
