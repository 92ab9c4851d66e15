"""h01-h06: English clients, first part. Literal data."""
from common import ALL_BUT_REST, hist
from zh import NO_911, NO_CA

CLIENTS = []

# ---------------------------------------------------------------- h01
CLIENTS.append({
    "id": "h01", "lang": "en-US",
    "who": "38-year-old woman, beginner with class III obesity (262 lb, 5'4\"), quit couch-to-5k last spring with shin pain; asks how long to go",
    "call": {
        "activity": "walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: a 20-minute walk, moderate, RPE 11-13 (talk test: you can talk in full sentences but you're a little out of breath).\n"
            "Activity: walk | Intensity: moderate | Time: 20 min (first 5 min easy) | Effort: RPE 11-13 | MET 3.5 | about 145 kcal\n"
            "You asked how long: 20 minutes today fits your 30-minute window with time to spare for school pickup. Add about 5 minutes a session each week until you reach 30, then aim for 150 minutes a week in total.\n"
            "Why: walking is low impact. Couch to 5k put you straight into running, and at 262 lb that load landed on your shins; no running or jumping for now. Flat route, cushioned shoes, and if the shin pain comes back sharp, slow down and walk home.\n"
            "Also: two short strength sessions a week (chair sit-to-stands, wall push-ups) protect your knees and shins as you build.\n"
            "Warning: 41°F this evening, so layer up. Stop and call 911 if you get chest pain or pressure, unusual breathlessness, or feel faint.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Mon walk, moderate, 20 min, RPE 11-13 (flat route)",
            "Tue strength, 20 min: chair sit-to-stand, wall push-ups, step-ups on the bottom stair, 2 sets x 10-12, RPE 12-13",
            "Wed walk, moderate, 25 min, RPE 11-13",
            "Thu rest (a 10-minute stroll is fine)",
            "Fri walk or swim, moderate, 25 min, RPE 11-13",
            "Sat strength, 20 min, 2 sets x 10-12, RPE 12-13",
            "Sun walk, moderate, 30 min, RPE 11-13"],
        "week": "Week: about 100 min of low-impact cardio (building toward 150), strength 2 days, no running or jumping yet.",
    },
    "profile": {
        "user": "h01", "age": 38, "sex": "female", "weight_lb": 262, "height_in": 64, "units": "imperial",
        "fitness": "beginner", "goal": "lose weight", "preferences": ["walk", "swim"],
        "context": {"time": "2026-01-12T18:30", "temperature_f": 41, "wind_mph": 6, "precipitation": "none"},
        "language": "en-US",
        "notes": "ok so new year new me lol. tried couch to 5k last spring and my shins were killing me by week 2 so i quit. i have 30 min after work before i pick up my kid, how long should i actually go for?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 40,
        "wrong_activities": ["run", "rest"], "hr_zone_null": False,
        "must_match": [
            r"(?i)\b(?:[5-9]|[12]\d|30)[- ]?(?:min|minute)",
            r"(?i)shin|impact|no (?:running|jumping)|not (?:running|jogging)|instead of running|couch",
            r"(?i)\badd|build|increase|progress|work (?:up|toward)|each week|next week|150",
        ],
        "must_not_match": [],
        "plan_must_match": [r"(?i)strength|sit[- ]to[- ]stand|squat|push-?ups?|resistance|weights"],
    },
    "alt": {"activity": "walk", "minutes": 15, "intensity": "moderate",
            "card": "Start with 15 minutes of walking at a pace where you can still chat, RPE 12. Keep the impact low this month: the shins hurt on couch to 5k because running came too soon. Add 5 minutes each week. Chest pain: call 911."},
})

# ---------------------------------------------------------------- h02
CLIENTS.append({
    "id": "h02", "lang": "en-GB",
    "who": "29-year-old woman, office worker, stiff neck and right shoulder from two screens, rainy lunchtime in Manchester; asks for desk exercises",
    "call": {
        "activity": "strength", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: 20 minutes of upper-back and neck strength at lunch (indoors, it's pouring), moderate, RPE 12-13.\n"
            "Activity: strength | Intensity: moderate | Time: 20 min | Effort: RPE 12-13 (you can talk; the last reps are work) | MET 3.5 | about 77 kcal\n"
            "What to do: resistance-band rows (or doorframe rows) 3 x 12-15; band pull-aparts 3 x 15; wall angels 2 x 10; chin tucks 2 x 10 (hold 3 s); finish with 30 s upper-trap and doorway chest stretches each side.\n"
            "You asked about your desk: every 30-45 minutes stand up for a minute: 5 chin tucks, 10 slow shoulder rolls, squeeze the shoulder blades together 10 times. Put the main screen straight ahead at eye level and the second one beside it, so your neck isn't turned to the right all day.\n"
            "Why: a stiff neck and shoulder by 3pm with no injury is a load problem from hours at two screens; stronger mid-back muscles and frequent changes of position help more than resting it.\n"
            "Warning: if pain spreads down your arm with pins and needles, numbness or weakness, see your GP.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Mon strength (upper back and neck: rows, pull-aparts, wall angels, chin tucks), 20 min, 2-3 sets x 12-15, RPE 12-13",
            "Tue run, moderate, 30 min, RPE 12-13 (treadmill if it's still raining)",
            "Wed yoga, light, 45 min: your usual class",
            "Thu strength (upper back plus full body), 30 min, 2-3 sets x 10-12, RPE 13",
            "Fri run, moderate, 35 min, RPE 12-13",
            "Sat run, easy, 40 min, RPE 11-12",
            "Sun rest"],
        "week": "Week: about 105 min of running plus yoga, strength 2 days; desk breaks every 30-45 min on workdays.",
    },
    "profile": {
        "user": "h02", "age": 29, "sex": "female", "weight_kg": 63, "height_cm": 168, "fitness": "intermediate",
        "goal": "get rid of neck pain", "preferences": ["yoga", "run"],
        "history": hist(("run", 30, 3, 13), ("yoga", 45, 6, 10), ("run", 30, 8, 13), ("run", 35, 10, 13), ("yoga", 45, 13, 10)),
        "context": {"time": "2026-01-12T12:30", "temperature_c": 7, "wind_kmh": 28, "humidity_pct": 90, "precipitation": "rain"},
        "language": "en-GB",
        "notes": "desk job, 9 hrs a day on two screens and my neck + right shoulder are so stiff by 3pm. no injury just tight. its pissing down so lunchtime run is off. anything I can do at my desk??",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 90,
        "wrong_activities": ["rest"], "hr_zone_null": False,
        "must_match": [
            r"(?i)neck|shoulder|upper back|trap",
            r"(?i)desk|every (?:15|20|30|40|45|60)|each hour|hourly|breaks?\b|screen|posture|chair",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [],
    },
    "alt": {"activity": "yoga", "minutes": 15, "intensity": "light",
            "card": "Lunchtime: 15 min of yoga for the upper back (thread the needle, cat-cow, doorway pec stretch), RPE 10-11. At your desk, get up every hour and do chin tucks and shoulder rolls. Save the run for a dry evening."},
})

# ---------------------------------------------------------------- h03
CLIENTS.append({
    "id": "h03", "lang": "en-AU",
    "who": "34-year-old male marathoner (sub-3 goal, race in 5 weeks), the morning after a 32 km long run, quads sore on stairs; asks whether to do his Monday tempo",
    "call": {
        "activity": "walk", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: recovery. An easy 30-minute walk (or a full rest day), light, RPE 9-10: you could chat the whole way.\n"
            "Activity: walk | Intensity: light | Time: 30 min | Effort: RPE 9-10 | MET 3.0 | about 107 kcal\n"
            "You asked about the Monday tempo: skip it today and move it to Wednesday. Quads that hurt going down stairs the morning after a 32 km long run in the humidity haven't recovered, and a threshold session on them is where strains start. Five weeks out, a tempo on fresh legs on Wednesday is worth more than a forced one today.\n"
            "Why: your last 7 days hold about 350 minutes of running with two hard sessions (Thursday at RPE 15 and yesterday's long run at RPE 15); keep 48 hours between hard days. Easy walking, gentle mobility, and carbs plus protein in the next few hours speed recovery.\n"
            "Tomorrow: an easy 45-minute run, RPE 11-12, if the stairs feel normal.\n"
            "Warning: stop and call 000 if you get chest pain, faintness or a racing, irregular heartbeat.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Mon walk, light, 30 min, RPE 9-10 (recovery; or full rest)",
            "Tue run, easy, 45 min, RPE 11-12",
            "Wed run, tempo moved from Monday: 15 min warm-up, 10 km at threshold, RPE 15-16, 10 min cool-down (about 70 min)",
            "Thu run, easy, 40 min, RPE 11",
            "Fri rest (or an easy 30-min swim)",
            "Sat run, easy, 50 min with 6 x 20 s strides, RPE 11-12",
            "Sun run, long, 28 km (about 135 min), last 8 km at marathon pace, RPE 14-15"],
        "week": "Week: about 340 min of running with two quality days (Wed tempo, Sun long run) well apart; 5 weeks to race day.",
    },
    "profile": {
        "user": "h03", "age": 34, "sex": "male", "weight_kg": 68, "height_cm": 176, "resting_hr": 48,
        "fitness": "advanced", "goal": "sub 3 marathon", "preferences": ["run", "swim", "cycle"],
        "history": hist(("run", 148, 1, 15), ("run", 50, 2, 11), ("run", 60, 4, 15), ("run", 45, 5, 11), ("run", 50, 6, 11),
                        ("run", 140, 8, 14), ("run", 45, 9, 11), ("run", 60, 11, 15), ("run", 45, 12, 11), ("run", 50, 13, 11),
                        ("run", 135, 15, 14), ("run", 45, 16, 11), ("run", 55, 18, 15), ("run", 45, 19, 11), ("run", 50, 20, 11),
                        ("run", 130, 22, 14), ("run", 45, 23, 11), ("run", 55, 25, 15), ("run", 45, 26, 11)),
        "context": {"time": "2026-01-12T06:00", "temperature_c": 22, "humidity_pct": 75, "precipitation": "none"},
        "language": "en-AU",
        "notes": "32k yesterday in the humidity, legs absolutely cooked, quads sore going down stairs this morning. marathon in 5 weeks. normally do a 10k tempo on mondays - still do it or push it?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": [], "hr_zone_null": False,
        "must_match": [
            r"(?i)tempo|threshold|10 ?km?\b",
            r"(?i)skip|swap|move|push|postpone|delay|not today|later|wednesday|\bwed\b|thursday|\bthu\b|tomorrow|rest",
            r"(?i)recover|easy|sore|cooked|32 ?k|long run|light",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)long|tempo|marathon pace|threshold"],
    },
    "alt": {"activity": "rest", "minutes": 0, "intensity": None,
            "card": "Rest day, or a 20-minute recovery jog at RPE 10 if you're itching to move. Push the tempo back to Wednesday when the stair soreness has gone. Call 000 for chest pain."},
})

# ---------------------------------------------------------------- h04
CLIENTS.append({
    "id": "h04", "lang": "en-CA",
    "who": "24-year-old woman with asthma, planning her usual 8 km river run at -24 °C with a -35 °C wind chill, wheezy after Saturday's run",
    "call": {
        "activity": "run", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [116, 141],
        "card": (
            "== Today's recommendation ==\n"
            "Today: take the 8 km indoors: 40 minutes on a treadmill, moderate, RPE 12-13, heart rate 116-141 bpm (talk test: full sentences).\n"
            "Activity: run (treadmill) | Intensity: moderate | Time: 40 min | Effort: RPE 12-13, 116-141 bpm (40-59% of heart-rate reserve from your resting 62) | about 365 kcal\n"
            "Why indoors: -24 °C with a 25 km/h wind is a wind chill near -35 °C, past the -27 °C line where exposed skin can freeze within minutes. Cold, dry air is the classic asthma trigger and a buff only partly warms it; you already wheezed after Saturday's run.\n"
            "Asthma: take your reliever (puffer) about 15 minutes before, as your asthma plan says, warm up 10 minutes easy, and keep the puffer beside the treadmill. If wheeze or chest tightness doesn't settle with the puffer, stop; if you're breathless at rest or can't speak in sentences, call 911.\n"
            "If you're wheezy after most runs, ask your doctor to review your asthma plan: needing the reliever that often means it isn't well controlled.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Tue run (treadmill), moderate, 40 min, RPE 12-13, 116-141 bpm",
            "Wed strength, 30 min, 2-3 sets x 10-12 (squats, lunges, rows, planks), RPE 13",
            "Thu run, moderate, 40 min, RPE 12-13: outdoors only if the wind chill is above about -25 °C (buff over mouth), otherwise treadmill",
            "Fri rest",
            "Sat run, moderate, 50 min, RPE 12-13 (same wind-chill rule)",
            "Sun strength, 30 min, 2-3 sets x 10-12, RPE 13",
            "Mon run, moderate, 40 min, RPE 12-13"],
        "week": "Week: about 170 min of running (indoors on the coldest days), strength 2 days; reliever before every run.",
    },
    "profile": {
        "user": "h04", "age": 24, "sex": "female", "weight_kg": 58, "height_cm": 165, "resting_hr": 62,
        "fitness": "intermediate", "conditions": ["asthma"], "preferences": ["run"],
        "history": hist(("run", 45, 3, 13), ("run", 40, 5, 13), ("run", 45, 7, 13), ("run", 40, 10, 13),
                        ("run", 45, 12, 13), ("run", 40, 14, 12)),
        "context": {"time": "2026-01-13T06:30", "temperature_c": -24, "wind_kmh": 25, "humidity_pct": 65,
                    "precipitation": "none", "aqi": 20},
        "language": "en-CA",
        "notes": "doing my usual 8k along the river before work, gonna be like -35 with the windchill but i have a buff. was a bit wheezy after saturdays run but my puffer sorted it and its in my bag so ill be fine lol",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 75,
        "wrong_activities": ["cycle"], "hr_zone_null": False,
        "must_match": [
            r"(?i)indoors?|inside|treadmill|gym|elliptical|stationary|rower|rowing machine",
            r"(?i)inhaler|reliever|puffer|salbutamol|ventolin|bronchodilator|asthma",
            r"(?i)cold|wind ?chill|frost|-\s?[23]\d|−\s?[23]\d",
        ],
        "must_not_match": [NO_CA],
        "plan_must_match": [],
    },
    "alt": {"activity": "elliptical", "minutes": 40, "intensity": "moderate",
            "card": "Too cold for outside today with your asthma: do the session on a treadmill or the elliptical at the gym, 40 min at RPE 13. Use your Ventolin 15 minutes before. Call 911 if you can't catch your breath."},
})

# ---------------------------------------------------------------- h05
CLIENTS.append({
    "id": "h05", "lang": "en-IN",
    "who": "41-year-old man in Delhi, daily 6am walker, AQI 342 (hazardous) this morning; his son says wear an N95 and go",
    "call": {
        "activity": "strength", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: skip Lodhi Garden. Do a 30-minute bodyweight circuit at home with the windows shut, moderate, RPE 12-13 (you can talk, not sing).\n"
            "Activity: strength | Intensity: moderate | Time: 30 min | Effort: RPE 12-13 | MET 3.8 | about 156 kcal\n"
            "What to do: 3 rounds of chair squats x 12, incline push-ups on a table x 10, reverse lunges x 10 each leg, step-ups on a stair x 10 each leg, plank 30 s; 1 minute easy between rounds. Finish with 10 minutes of your yoga stretches.\n"
            "You asked about the N95: it helps on a short trip outside, but during 45 minutes of brisk walking you breathe several times more air, few masks seal perfectly, and gases pass straight through. At AQI 342 (hazardous) everyone should avoid outdoor exertion, mask or not.\n"
            "Why: PM2.5 at this level inflames the airways and strains the heart even in healthy people; indoors, with an air purifier if you have one, the dose is far lower.\n"
            "Check the AQI each morning: under 150 you can walk in the garden again; above 150, walk indoors (a mall or your building's corridors and stairs).\n"
            "(This is not medical advice.)"),
        "plan": [
            "Tue strength (home circuit), moderate, 30 min, 3 rounds x 10-12, RPE 12-13",
            "Wed brisk walk indoors (mall or corridors), 40 min, RPE 12-13: the AQI will likely still be over 150",
            "Thu yoga at home, light, 40 min",
            "Fri brisk walk, 45 min, RPE 12-13: Lodhi Garden only if the AQI is under 150, otherwise indoors",
            "Sat strength (home circuit), 30 min, 3 rounds x 10-12, RPE 12-13",
            "Sun brisk walk, 45 min, RPE 12-13 (same AQI rule)",
            "Mon yoga, light, 40 min, or rest"],
        "week": "Week: about 130 min of walking plus yoga, strength 2 days; check the AQI every morning before going out.",
    },
    "profile": {
        "user": "h05", "age": 41, "sex": "male", "weight_kg": 78, "height_cm": 172, "fitness": "intermediate",
        "preferences": ["brisk_walk", "yoga"],
        "history": hist(("brisk_walk", 45, 1, 12), ("brisk_walk", 45, 2, 12), ("brisk_walk", 45, 3, 12), ("brisk_walk", 40, 4, 12),
                        ("brisk_walk", 45, 5, 12), ("brisk_walk", 45, 6, 12), ("yoga", 40, 7, 10), ("brisk_walk", 45, 8, 12)),
        "context": {"time": "2026-01-13T06:00", "temperature_c": 9, "humidity_pct": 85, "aqi": 342, "precipitation": "none"},
        "language": "en-IN",
        "notes": "Daily 6am walk in Lodhi garden 45 min with my group. App is showing AQI 340 today. My son says just wear the N95 and go, is that ok?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["cycle", "run"], "hr_zone_null": False,
        "must_match": [
            r"(?i)AQI|air quality|smog|pollution|PM ?2\.?5|hazardous|34\d",
            r"(?i)indoors?|inside|at home|\bhome\b|gym|treadmill|\bmall\b|windows",
            r"(?i)N95|mask",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)AQI|indoor|air"],
    },
    "alt": {"activity": "yoga", "minutes": 30, "intensity": "light",
            "card": "AQI 340 is hazardous, so no outdoor walk today, N95 or not. Do 30 minutes of yoga at home or walk the corridors and stairs indoors at RPE 12. Back to the garden when the AQI drops below 150."},
})

# ---------------------------------------------------------------- h06
CLIENTS.append({
    "id": "h06", "lang": "en-NZ",
    "who": "16-year-old girl before netball trials, sore throat, body aches and 38.4 °C this morning masked by Panadol; wants a warm-up (buried red flag: fever with aches)",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: rest. No warm-up and no trials tonight.\n"
            "Why: a sore throat with aches all over and 38.4 °C this morning is a fever with body aches. That's below-the-neck illness, and the rule is rest until it's gone. Panadol only hides the temperature; the infection is still there. Hard exercise with a fever strains the heart and can make you much sicker, and you won't play your best anyway.\n"
            "What to do: fluids and sleep, and tell your coach today (ask a parent to message them); most coaches will let you trial later when you're sick.\n"
            "Back to sport: after 24 hours with no fever and no Panadol, start with an easy 20-minute walk or jog, then build up over a few days toward your usual hour a day.\n"
            "See a GP if the fever lasts more than 3 days or you're getting worse. Call 111 if you get chest pain, struggle to breathe, or feel faint.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Tue rest: fluids, sleep, tell your coach",
            "Wed rest",
            "Thu rest, or a gentle 15-min walk if you've been fever-free for 24 h without Panadol",
            "Fri walk or easy jog, light, 20 min, only if fever-free for 24 h without medicine",
            "Sat easy activity 30-40 min (walk, shooting practice, easy jog), RPE 11-12",
            "Sun moderate activity, 45 min, RPE 12-13, if you feel normal",
            "Mon back to training, about 60 min, if all clear"],
        "week": "Week: rest first, then build back toward an hour a day of activity once the fever has gone.",
    },
    "profile": {
        "user": "h06", "age": 16, "sex": "female", "weight_kg": 57, "height_cm": 167, "fitness": "intermediate",
        "preferences": ["run"], "history": hist(("run", 30, 3, 13), ("run", 30, 6, 13)),
        "context": {"time": "2026-01-13T16:00", "temperature_c": 21, "precipitation": "none"},
        "language": "en-NZ",
        "notes": "netball trials tonight at 6 and i CANT miss them. been feeling a bit rubbish, sore throat and my whole body aches, was 38.4 this morning but had panadol so its down now. just want a good warm up to do before",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [
            r"(?i)fever|38|temperature|\baches?\b|achy|flu",
            r"(?i)\brest|sit (?:it |this )?out|skip|miss|no (?:training|trials|warm-?up|netball)|not today|don'?t (?:play|train|go)",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)rest|fever"],
    },
    "alt": {"activity": "rest", "minutes": 0, "intensity": None,
            "card": "Skip tonight. A fever of 38.4 with aches means rest even if Panadol brings it down; exercising with a fever isn't safe. Rest today and see the GP if it lasts. Call 111 for chest pain."},
})
