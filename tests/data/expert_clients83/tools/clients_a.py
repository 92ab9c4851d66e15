"""h01-h06 (English). Literal data."""
from common import ALL_BUT_REST, NO_911, NO_999_112_000

CLIENTS = []

# h01 en-US imperial: marathoner 10 days out, exertional chest tightness played down -> must rest
CLIENTS.append({
    "id": "h01", "lang": "en-US",
    "who": "52-year-old man, Chicago Marathon in 10 days, exertional chest tightness with a heavy left arm on hill repeats, father had a bypass at 58; played down as cold air",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": "\n".join([
            "Today: no run. Rest, and get your chest checked before you run again.",
            "Activity: rest   Minutes: 0",
            "What you felt on Tuesday - a tight, squeezing chest and a heavy left arm during hill repeats that eased a couple of minutes after you stopped - is the typical pattern of exertional angina, cold air or not. With your dad's bypass at 58 this needs a doctor this week, not after the race (ACSM screening: symptoms mean stop and get medical clearance).",
            "Do: call your doctor today and ask to be seen urgently (ECG, probably a stress test); tell them the race date. No running, no hills and no 12-miler on Saturday until you are cleared.",
            "Warning: if the pressure comes back at rest, lasts more than a few minutes, or comes with sweating, nausea or breathlessness, call 911. Don't drive yourself.",
            "Chicago: ten days of taper lose you almost no fitness; if you're cleared you can still start. If not, there will be other marathons.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Thu Rest - call your doctor today about Tuesday's chest tightness",
            "Fri Rest - no running until a doctor has cleared you",
            "Sat Rest - skip the 12-miler; an easy walk only if your doctor allows it",
            "Sun Rest",
            "Mon Rest - if cleared: easy run 30 min, RPE 11-12",
            "Tue Rest - if cleared: easy run 30 min with 4 x 20 s strides",
            "Wed Rest - decide on the race with your doctor's results in hand",
        ],
        "week": "Week: no training until medical clearance; race only if a doctor clears you. Call 911 if chest pain comes back at rest.",
    },
    "profile": {
        "age": 52, "sex": "male", "weight_lb": 174, "height_in": 70, "resting_hr": 52, "units": "imperial",
        "fitness": "advanced", "goal": "Chicago marathon sub 3:45", "preferences": ["run"],
        "history": [
            {"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 15},
            {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 11},
            {"activity": "run", "minutes": 150, "days_ago": 5, "rpe": 14},
            {"activity": "run", "minutes": 45, "days_ago": 7, "rpe": 12},
            {"activity": "run", "minutes": 60, "days_ago": 9, "rpe": 15},
            {"activity": "run", "minutes": 170, "days_ago": 12, "rpe": 14},
        ],
        "context": {"time": "2026-10-01T06:15", "temperature_f": 44, "wind_mph": 6, "precipitation": "none"},
        "notes": "10 days out from Chicago!! taper started. tues on the hill repeats got this tight squeezy feeling in my chest + left arm kinda heavy, went away after I walked a couple min. prob the cold air or skipping breakfast lol. dad had a bypass at 58 but Im way fitter than he ever was. want to do my last 12 miler sat, ok to run easy today?",
        "language": "en-US",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [r"(?i)doctor|physician|cardiolog|medical (?:clearance|attention|help|review|evaluation|care)|clinician|\bER\b|emergency|911|urgent care|\bGP\b",
                       r"(?i)chest|angina|heart|cardiac"],
        "must_not_match": [],
        "plan_must_match": [r"(?i)rest|no (?:running|training|exercise)|doctor|medical|clear"],
    },
})

# h02 en-GB: half marathon in 3 weeks, gastro bug with aches and feverishness -> must rest
CLIENTS.append({
    "id": "h02", "lang": "en-GB",
    "who": "29-year-old woman, Great North Run (half) in 3 weeks, vomiting and diarrhoea since Thursday, still feverish and achy, wants to do a 10-mile long run today",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": "\n".join([
            "Today: rest. No 10-miler.",
            "Activity: rest   Minutes: 0",
            "Vomiting and diarrhoea with aches and a feverish feeling is a below-the-neck illness: the 'neck check' says rest (fever, body aches and stomach symptoms). Ten miles while dehydrated raises the risk of fainting and heat illness and won't make you fitter while you're fighting a bug.",
            "Do: sip fluids little and often (oral rehydration sachets from the chemist are ideal), eat plain food as you can, sleep.",
            "Back to running: once you've been free of fever and D&V for 24-48 hours, start with an easy 20-30 minutes at chatting pace; bring the long run back next weekend at 8-9 miles. Three weeks is enough - one missed long run won't change your Great North Run.",
            "Warning: if you can't keep fluids down, pass very little urine, feel faint or see blood in your stool, call NHS 111; if it's severe, call 999.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Sat Rest - fluids, plain food, sleep",
            "Sun Rest - a short stroll only if you feel like it",
            "Mon Rest, or a 20-min walk if 24 h free of fever and D&V",
            "Tue Easy run 20-25 min, RPE 10-11 (chatting pace), only if 48 h symptom-free",
            "Wed Rest or a 20-min walk",
            "Thu Easy run 30 min, RPE 11-12",
            "Fri Rest",
        ],
        "week": "Week: recover first; two short easy runs once symptom-free; long run of 8-9 miles next weekend if you feel normal.",
    },
    "profile": {
        "age": 29, "sex": "female", "weight_kg": 61, "height_cm": 166, "resting_hr": 58,
        "fitness": "intermediate", "goal": "finish the Great North Run under 2:10", "preferences": ["run"],
        "history": [
            {"activity": "run", "minutes": 35, "days_ago": 3, "rpe": 12},
            {"activity": "run", "minutes": 90, "days_ago": 7, "rpe": 13},
            {"activity": "run", "minutes": 40, "days_ago": 9, "rpe": 13},
            {"activity": "run", "minutes": 35, "days_ago": 11, "rpe": 12},
            {"activity": "run", "minutes": 80, "days_ago": 14, "rpe": 13},
        ],
        "context": {"time": "2026-08-22T08:30", "temperature_c": 17, "precipitation": "none"},
        "notes": "ugh horrible stomach bug since thurs night, sick twice and D&V all yesterday, still a bit feverish and achy today but kept toast down this morning. 10 mile long run planned for today cos GNR is 3 wks tomorrow, can I do it slowly?? dont want to fall behind",
        "language": "en-GB",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [r"(?i)\brest|day off|no run|don.?t run|skip|not today|recover|no (?:training|exercise)|sit (?:it|this) out",
                       r"(?i)\bill|bug|sick|vomit|diarr|D&V|fever|stomach|gastro|infection|unwell|neck check"],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)rest|recover"],
    },
})

# h03 en-AU: 67, Camino in 4 months, arthritic knee, BP on tablets; sister says rest the knee -> rest is wrong
CLIENTS.append({
    "id": "h03", "lang": "en-AU",
    "who": "67-year-old woman, last 115 km of the Camino in 4 months, arthritic left knee (sore downhill), treated high blood pressure 134/82; told by her sister to rest the knee until the trip",
    "call": {
        "activity": "brisk_walk", "minutes": 50, "intensity": "moderate", "hr_zone_bpm": None,
        "card": "\n".join([
            "Today: brisk walk, moderate, 50 minutes, RPE 12-13 (you can talk in sentences but not sing), mostly flat with one gentle hill; try walking poles on the downhill. Then 10 minutes of knee strength: sit-to-stand x 10-12, step-ups onto a low step x 10 each leg, one-leg stands next to a bench 3 x 20-30 s each side.",
            "Why not rest the knee: four months of rest makes an arthritic knee weaker and the Camino harder. Walking and leg strengthening are the treatment for knee osteoarthritis - your doctor is right. Pain up to about 3-4/10 during a walk that settles by the next morning is fine; more than that, shorten the next walk.",
            "Blood pressure 134/82 on tablets: fine to train at moderate effort; breathe out on the effort in strength work, don't hold your breath.",
            "From 65: strength and balance on 3 days a week (WHO 2020).",
            "Build-up: add about 10% a week. From July one longer walk a week with your day pack, towards 15-18 km by August, then two long days back to back. Wear the boots and socks you'll walk the Camino in.",
            "If you get chest pain, unusual breathlessness or feel faint, stop and call 000.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Tue Brisk walk 50 min, moderate, RPE 12-13 + 10 min knee strength",
            "Wed Strength and balance 30 min: sit-to-stand, step-ups, wall squats, one-leg stands by the bench, 2 x 10-12",
            "Thu Brisk walk 50 min with one gentle hill, poles, RPE 12-13",
            "Fri Tai chi or gentle stretching 30 min, light",
            "Sat Longer walk 75 min (about 6-7 km) with a light day pack, RPE 11-13",
            "Sun Rest (an easy stroll is fine)",
            "Mon Strength and balance 30 min, 2 x 10-12, one-leg stands by the kitchen counter",
        ],
        "week": "Week: about 175 min of walking plus tai chi (WHO 150-300), strength and balance 3 days, one rest day; long walk grows about 10% a week toward 15-18 km with a pack by August.",
    },
    "profile": {
        "age": 67, "sex": "female", "weight_kg": 72, "height_cm": 162, "resting_hr": 68,
        "conditions": ["hypertension", "knee_injury"], "bp_systolic": 134, "bp_diastolic": 82,
        "fitness": "intermediate", "goal": "walk the Camino from Sarria to Santiago in September",
        "preferences": ["brisk_walk", "tai_chi"],
        "history": [
            {"activity": "brisk_walk", "minutes": 50, "days_ago": 1, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 45, "days_ago": 2, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 50, "days_ago": 4, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 45, "days_ago": 5, "rpe": 11},
            {"activity": "tai_chi", "minutes": 40, "days_ago": 6, "rpe": 10},
            {"activity": "brisk_walk", "minutes": 50, "days_ago": 8, "rpe": 12},
        ],
        "context": {"time": "2026-05-12T07:30", "temperature_c": 19, "precipitation": "none", "aqi": 22},
        "notes": "walking with my sister in Sept, Sarria to Santiago 115km over 6 days. I walk 5km most mornings, flat. Left knee is arthritic, sore on stairs and going downhill but ok on the flat. Dr says keep walking. BP on tablets, 134/82 this morning. My sister reckons I should rest the knee till we go so its fresh??",
        "language": "en-AU",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 90,
        "wrong_activities": ["run", "rest"], "hr_zone_null": False,
        "must_match": [r"(?i)knee|joint|arthrit|osteoarth|low[- ]impact"],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)balance|one[- ]leg|single[- ]leg|tai chi|strength"],
    },
})

# h04 en-CA: police fitness test in 6 weeks, behind plan, -24 C with wind and ice; wants to run outside -> indoor intervals, rest wrong
CLIENTS.append({
    "id": "h04", "lang": "en-CA",
    "who": "31-year-old man, police fitness test (beep test level 8.5 needed, at about 6) in 6 weeks, behind plan after a missed week; -24 C, wind chill near -35 C, icy sidewalks; condo gym has a treadmill and spin bike",
    "call": {
        "activity": "run", "minutes": 40, "intensity": "vigorous", "hr_zone_bpm": [139, 169],
        "card": "\n".join([
            "Today: treadmill intervals in the condo gym, vigorous, 40 minutes.",
            "Warm up 10 min easy jog (RPE 11), then 6 x 2 min hard at RPE 15-16 (about 139-169 bpm; only a few words at a time) with 2 min easy jog between, cool down 6 min.",
            "Why indoors: -24 C with that wind is a wind chill around -35 C, past the -27 C line where exposed skin can get frostbite within minutes, and the sidewalks are icy. Toughness doesn't help on ice.",
            "Why intervals: the beep test rewards repeated hard efforts and quick turns. Level 6 to 8.5 in six weeks is realistic with two interval sessions and one easy longer run a week, plus two strength days. Don't try to make up the missed week - just restart at this week's dose.",
            "If you get chest pain, faintness or unusual breathlessness, stop and call 911.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Tue Treadmill intervals 40 min, vigorous, 6 x 2 min at RPE 15-16",
            "Wed Strength 40 min: squats, lunges, push-ups, rows, planks, 3 x 8-12",
            "Thu Spin bike 30 min easy, RPE 11-12 + 10 min of 20 m shuttle turns in the hallway or gym",
            "Fri Treadmill intervals 40 min: 8 x 1 min hard (RPE 16) / 1 min easy",
            "Sat Strength 40 min, 3 x 8-12",
            "Sun Easy run 40 min, RPE 11-13 - outside only if the paths are clear of ice, otherwise treadmill",
            "Mon Rest",
        ],
        "week": "Week: 2 interval sessions, 1 easy longer run, 1 easy spin with shuttle practice, 2 strength days, 1 rest; indoors while the wind chill is below -27 C or the sidewalks are icy.",
    },
    "profile": {
        "age": 31, "sex": "male", "weight_kg": 88, "height_cm": 180, "resting_hr": 64,
        "fitness": "intermediate", "goal": "pass police fitness test, beep test level 8.5",
        "preferences": ["run", "strength"],
        "history": [
            {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 14},
            {"activity": "strength", "minutes": 40, "days_ago": 11, "rpe": 13},
            {"activity": "run", "minutes": 35, "days_ago": 13, "rpe": 13},
            {"activity": "strength", "minutes": 40, "days_ago": 16, "rpe": 13},
        ],
        "context": {"time": "2026-01-20T06:00", "temperature_c": -24, "wind_kmh": 20, "precipitation": "ice"},
        "notes": "police fitness test march 3, need level 8.5 on the beep test, Im at like 6 honestly. been slacking, missed all of last week with work. condo gym has a treadmill and a spin bike. thinking of running outside this morning to toughen up lol its -24 with the wind",
        "language": "en-CA",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 75,
        "wrong_activities": ["cycle", "rest"], "hr_zone_null": False,
        "must_match": [r"(?i)indoor|inside|treadmill|gym|spin|stationary|wind ?chill|frostbite|\bice\b|icy|cold"],
        "must_not_match": [NO_999_112_000],
        "plan_must_match": [r"(?i)strength|squat|push-?ups?|interval"],
    },
})

# h05 en-IN: wedding in 13 weeks, asthma with rising reliever use, AQI 268 in Delhi, on keto
CLIENTS.append({
    "id": "h05", "lang": "en-IN",
    "who": "27-year-old woman with asthma, wedding in 13 weeks and wants to lose 6 kg, usually runs in Lodhi Garden; AQI 268 today and reliever use up this week; society gym has a cross trainer and an exercise cycle",
    "call": {
        "activity": "elliptical", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
        "card": "\n".join([
            "Today: cross trainer (elliptical) in the society gym, moderate, 35 minutes, RPE 12-13 (you can talk in full sentences but not sing).",
            "Why indoors: AQI 268 is 'very unhealthy', and with asthma you are in the sensitive group - no outdoor exertion today, not even a brisk walk in Lodhi Garden. Keep the windows shut at home on days like this.",
            "Asthma: needing your reliever more this week means your asthma is less well controlled - see your doctor this week about your preventer. Keep the reliever with you, warm up for 10 minutes and stop if you wheeze or feel tight.",
            "Wedding goal: 6 kg by 14 Feb is about 0.5 kg a week - realistic. Food does most of it; exercise keeps the loss from being muscle. Add two strength sessions a week. If keto leaves you dizzy or drained, drop it: a modest calorie cut with enough protein works as well.",
            "If breathing gets very hard and your inhaler doesn't help, call 112.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Sat Cross trainer 35 min indoors, moderate, RPE 12-13",
            "Sun Strength 30 min: squats, lunges, rows, push-ups, 2-3 x 10-12",
            "Mon Exercise cycle 35 min indoors, moderate, RPE 12-13",
            "Tue Yoga 30 min, light",
            "Wed Strength 30 min, 2-3 x 10-12",
            "Thu Easy run 30 min, RPE 12-13, only if AQI is under 100 and your chest is clear; otherwise cross trainer indoors",
            "Fri Rest",
        ],
        "week": "Week: about 100 min moderate cardio indoors while the AQI is high, strength 2 days, yoga, 1 rest day; outdoors again when the AQI is under 100.",
    },
    "profile": {
        "age": 27, "sex": "female", "weight_kg": 68, "height_cm": 160, "resting_hr": 72,
        "conditions": ["asthma"], "fitness": "intermediate", "goal": "lose 6 kg before my wedding on 14 Feb",
        "preferences": ["run", "yoga"],
        "history": [
            {"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
            {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13},
            {"activity": "yoga", "minutes": 45, "days_ago": 5, "rpe": 10},
            {"activity": "run", "minutes": 25, "days_ago": 7, "rpe": 14},
        ],
        "context": {"time": "2026-11-14T07:00", "temperature_c": 14, "aqi": 268, "precipitation": "none"},
        "notes": "wedding is 14 feb!! need to lose 6 kg. usually i run in lodhi garden mornings but AQI app says 268 today, tbh my inhaler use has gone up this week. society gym has a cross trainer and a cycle. also doing keto since monday",
        "language": "en-IN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "cycle", "brisk_walk"], "hr_zone_null": False,
        "must_match": [r"(?i)AQI|\bair\b|pollut|smog|indoor|inside|gym",
                       r"(?i)asthma|inhaler|wheez|reliever|breath"],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)indoor|gym|strength|yoga|AQI|cross ?trainer|elliptical|cycle"],
    },
})

# h06 en-NZ: Lake Taupo 160 km cycle on Saturday, ahead of plan, wants a 100 km hit-out 3 days before
CLIENTS.append({
    "id": "h06", "lang": "en-NZ",
    "who": "44-year-old man, Lake Taupo Cycle Challenge (160 km) on Saturday, ahead of last year's form, wants one more 100 km ride today, three days out",
    "call": {
        "activity": "cycle", "minutes": 60, "intensity": "moderate", "hr_zone_bpm": None,
        "card": "\n".join([
            "Today: easy ride 60 minutes with openers, moderate, RPE 11-12, including 3 x 2 min at race effort (RPE 14) with 5 min easy between.",
            "Why not the 100 km: the fitness for Saturday was built over the last two months; nothing you ride this week adds to it, but a big day three days out puts tired legs on the start line. That's the taper: less volume, a touch of intensity, arrive fresh.",
            "Fuel and kit: normal meals, a bit more carbohydrate Thursday and Friday; check the bike on Thursday, not Saturday morning.",
            "Race day: start conservatively - the first hour round the lake should feel easy; eat every 30-40 min and drink to thirst.",
            "If you get chest pain, faintness or palpitations, stop and call 111.",
            "(Not medical advice.)",
        ]),
        "plan": [
            "Wed Easy ride 60 min, RPE 11-12, with 3 x 2 min at race effort",
            "Thu Rest - bike check, pack your kit",
            "Fri Easy spin 30 min, RPE 10-11, 3 x 30 s pick-ups",
            "Sat Lake Taupo Cycle Challenge 160 km - race day, steady first hour",
            "Sun Rest, or an easy 20-30 min walk",
            "Mon Rest",
            "Tue Easy ride or swim 45 min, RPE 10-11",
        ],
        "week": "Race week: volume down, short openers, fresh for Taupo on Saturday; easy days after.",
    },
    "profile": {
        "age": 44, "sex": "male", "weight_kg": 80, "height_cm": 181, "resting_hr": 50,
        "fitness": "advanced", "goal": "Taupo 160 under 5 hours", "preferences": ["cycle"],
        "history": [
            {"activity": "cycle", "minutes": 180, "days_ago": 3, "rpe": 13},
            {"activity": "cycle", "minutes": 60, "days_ago": 5, "rpe": 14},
            {"activity": "cycle", "minutes": 75, "days_ago": 7, "rpe": 12},
            {"activity": "cycle", "minutes": 210, "days_ago": 10, "rpe": 14},
            {"activity": "cycle", "minutes": 60, "days_ago": 12, "rpe": 15},
        ],
        "context": {"time": "2026-11-18T17:30", "temperature_c": 18, "wind_kmh": 15, "precipitation": "none"},
        "notes": "Taupo 160 on sat, feeling great, way ahead of where I was last yr. legs itching to do one more big 100k hit out today to be sure. did 3h on sunday",
        "language": "en-NZ",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 90,
        "wrong_activities": [], "hr_zone_null": False,
        "must_match": [r"(?i)taper|fresh|race|event|Taup|challenge|saturday|\bsat\b|160"],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)Taup|race|event|challenge|160"],
    },
})
