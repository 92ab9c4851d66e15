"""h01-h06 (English). Literal data."""
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
NOT_911 = r"(?<!\d)911(?!\d)"

CLIENTS = []

# ---------------------------------------------------------------- h01
CLIENTS.append({
    "id": "h01", "lang": "en-US",
    "who": "68-year-old man, type 2 diabetes on basal insulin plus glipizide, hypertension, knee osteoarthritis; pre-breakfast glucose 84 mg/dl before his dog walk (imperial units)",
    "call": {
        "activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "Today: walk the dog, 30 min, moderate: RPE 11-13 on the 6-20 scale (talk test: you can talk in full sentences but not sing).\n"
            "First: your sugar is 84 mg/dl (4.7 mmol/l) before breakfast, and both Lantus and glipizide can push it lower while you walk. "
            "Eat 15-30 g of carbohydrate before you head out (a slice of toast and a small glass of juice, or just have breakfast first), "
            "and take glucose tablets or a juice box in your pocket. If you feel shaky, sweaty or muddled, stop, take 15 g of fast sugar and recheck in 15 minutes.\n"
            "How: 5 min easy to loosen the knees, 20 min at your steady pace, 5 min easy back. Flat route, cushioned shoes. It's 38 °F: layers and gloves.\n"
            "Why: walking after you eat lowers glucose; regular walking eases knee osteoarthritis and helps blood pressure (134/82 is fine for exercise).\n"
            "Energy: about 3.5 MET, roughly 190 kcal.\n"
            "Warnings: stop and call 911 for chest pain or pressure, or if you faint. Knee pain that lasts more than 2 hours afterwards means go shorter next time.\n"
            "Not medical advice."),
        "plan": [
            "Mon Walk 30 min, moderate, RPE 11-13: eat 15-30 g carbs first (glucose 84)",
            "Tue Strength 20 min: chair sit-to-stand, wall push-ups, step-ups on the bottom stair, band rows; 2 x 10-15, RPE 12-13",
            "Wed Stationary bike 25 min, moderate, RPE 11-13",
            "Thu Walk 30 min, moderate, RPE 11-13",
            "Fri Strength 20 min, 2 x 10-15, RPE 12-13",
            "Sat Walk 35 min, moderate, RPE 11-13",
            "Sun Rest (10 min gentle stretching if you like)"],
        "week": "Week: about 120 min moderate aerobic, building toward 150; strength 2 days; check glucose before every session and carry fast sugar.",
    },
    "profile": {
        "user": "h01", "age": 68, "sex": "male", "weight_lb": 231, "height_in": 70, "resting_hr": 72,
        "conditions": ["diabetes", "hypertension", "knee_injury"],
        "bp_systolic": 134, "bp_diastolic": 82, "glucose_mg_dl": 84,
        "fitness": "beginner", "goal": "keep my sugars down and lose a few pounds",
        "preferences": ["walk", "stationary_bike"],
        "history": [{"activity": "walk", "minutes": 25, "days_ago": 2, "rpe": 11},
                    {"activity": "walk", "minutes": 30, "days_ago": 4, "rpe": 11},
                    {"activity": "stationary_bike", "minutes": 20, "days_ago": 6, "rpe": 12}],
        "context": {"time": "2026-03-09T07:30", "temperature_f": 38, "wind_mph": 8, "precipitation": "none"},
        "notes": "morning walk w/ the dog like usual. sugar 84 this am before breakfast, took my lantus + glipizide last nite. knees creaky in the cold but ok once i get going",
        "language": "en-US", "units": "imperial",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "rest"], "hr_zone_null": False,
        "must_match": [r"(?i)(carb|snack|juice|\beat\b|breakfast|toast|banana|cracker|glucose tab|sugar tab|\d+\s*g(rams?)?\b)",
                       r"(?i)(\b84\b|4\.[5-7]\s*mmol|hypo|blood sugar|glucose|low sugar)"],
        "must_not_match": [],
        "plan_must_match": [r"(?i)(strength|resistance|sit-to-stand|band|weights)"],
    },
})

# ---------------------------------------------------------------- h02
CLIENTS.append({
    "id": "h02", "lang": "en-GB",
    "who": "74-year-old woman, heart failure, atrial fibrillation on apixaban and bisoprolol, type 2 diabetes; 2 kg gained since Saturday, puffier ankles, now sleeping on three pillows (played down)",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "Today: rest. No walk round the park today.\n"
            "Why: putting on 2 kg in four days, puffier ankles and needing three pillows to breathe comfortably at night are signs that fluid is building up with your heart failure. "
            "That needs looking at before you exercise again.\n"
            "What to do: phone your heart failure nurse or your GP surgery today and tell them about the weight, the ankles and the pillows (if you can't get through, use NHS 111). "
            "Keep weighing yourself every morning, take your medicines as prescribed, and don't change your water tablet dose unless they tell you to.\n"
            "Call 999 now if you are breathless sitting still, have chest pain or pressure, your heart races, you faint, or you cough up pink frothy phlegm.\n"
            "Once they have reviewed you and say it's fine, we'll restart with short, easy walks (RPE 9-11, chatting easily). No heart-rate target: AF and bisoprolol make heart rate a poor guide.\n"
            "Not medical advice."),
        "plan": [
            "Wed Rest: phone the heart failure nurse or GP today about the weight gain, ankles and pillows",
            "Thu Rest until you've been reviewed; weigh every morning",
            "Fri Rest unless reviewed and cleared; if cleared: easy walk indoors 10 min, RPE 9-11",
            "Sat If cleared: easy walk 10-15 min, RPE 9-11, chatting easily",
            "Sun If cleared: seated exercises 10 min (ankle pumps, arm raises, marching)",
            "Mon If cleared: easy walk 15 min, RPE 9-11",
            "Tue Rest"],
        "week": "Week: rest until your heart failure team has reviewed the fluid build-up; then short easy walks only. Report a gain of 2 kg in 3 days.",
    },
    "profile": {
        "user": "h02", "age": 74, "sex": "female", "weight_kg": 78, "height_cm": 160, "resting_hr": 84,
        "conditions": ["heart_disease", "diabetes", "hypertension"],
        "bp_systolic": 118, "bp_diastolic": 72,
        "fitness": "beginner", "goal": "keep going for my walks",
        "preferences": ["walk"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11},
                    {"activity": "walk", "minutes": 20, "days_ago": 4, "rpe": 11},
                    {"activity": "walk", "minutes": 15, "days_ago": 7, "rpe": 11}],
        "context": {"time": "2026-03-11T10:00", "temperature_c": 9, "precipitation": "none"},
        "notes": "Usual walk round the park today? Ankles a bit puffier than normal this week and I've put on 2 kilos since Saturday, been propping myself up on 3 pillows to sleep. Not too bad in myself just a bit tired. Daughter said to ask",
        "language": "en-GB",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [r"(?i)(\bGP\b|doctor|heart failure (nurse|team)|\bnurse|cardiolog|\b111\b|clinic|surgery|\bA&E\b|999)",
                       r"(?i)(weight|kilo|\bkg\b|ankle|swell|fluid|pillow|breath)"],
        "must_not_match": [NOT_911],
        "plan_must_match": [r"(?i)(rest|until|cleared|review|seen|doctor|nurse|GP)"],
    },
})

# ---------------------------------------------------------------- h03
CLIENTS.append({
    "id": "h03", "lang": "en-AU",
    "who": "58-year-old man, heart attack and stent 2 years ago (metoprolol, statin, aspirin), type 2 diabetes on metformin and empagliflozin, obesity; finished cardiac rehab, walks 4 times a week, wants to step up in the Brisbane heat",
    "call": {
        "activity": "brisk_walk", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "Today: brisk walk, 35 min, moderate: RPE 12-13 (talk test: full sentences, but you couldn't sing). That's 5 minutes more than your usual 30 - the way to step it up.\n"
            "How: go now while it's 24 °C; be home before 8 when it heats up. Take a water bottle and drink before, during and after: empagliflozin makes you lose extra fluid, and heat adds to it. "
            "Don't go out on an empty stomach for long sessions, and skip exercise on days you're sick or not eating (that's when the ketone risk with empagliflozin rises).\n"
            "Effort: go by feel, not by heart rate: metoprolol holds your heart rate down, so a heart-rate target would push you too hard.\n"
            "Next step: weights twice a week (you asked) - start with 8-10 exercises, 1-2 sets of 10-15 reps at RPE 12-13, breathing out on the effort, no breath-holding.\n"
            "Energy: 4.3 MET, about 270 kcal.\n"
            "Stop and call 000 if you get chest pain, pressure or tightness, pain in the jaw or arm, unusual breathlessness or you feel faint - even if it eases. Save the harder stuff (jogging, intervals) for after a check with your cardiologist.\n"
            "Not medical advice."),
        "plan": [
            "Tue Brisk walk 35 min, RPE 12-13, early morning, water bottle",
            "Wed Strength 30 min: leg press or sit-to-stand, chest press, seated row, step-ups, shoulder press; 1-2 x 10-15, RPE 12-13",
            "Thu Brisk walk 35 min, RPE 12-13",
            "Fri Rest",
            "Sat Brisk walk 40 min on a flat route, RPE 12-13, before 8 am",
            "Sun Strength 30 min, 1-2 x 10-15, RPE 12-13",
            "Mon Brisk walk 35 min, RPE 12-13"],
        "week": "Week: about 145 min of brisk walking (up from 120) and strength 2 days; moderate only until your cardiologist clears harder work; early mornings and plenty of water.",
    },
    "profile": {
        "user": "h03", "age": 58, "sex": "male", "weight_kg": 104, "height_cm": 178, "resting_hr": 58,
        "conditions": ["heart_disease", "diabetes", "hypertension"],
        "bp_systolic": 128, "bp_diastolic": 78, "glucose_mg_dl": 126,
        "fitness": "intermediate", "goal": "step it up and lose the gut",
        "preferences": ["brisk_walk", "strength"],
        "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": d, "rpe": 12} for d in (1, 3, 5, 8, 10, 12, 15, 17)],
        "context": {"time": "2026-03-10T06:00", "temperature_c": 24, "humidity_pct": 75},
        "notes": "been doing my walks 4 x a week about 30 min since rehab finished last yr. want to step it up a bit and maybe add some weights?? doc happy with me at last check up. gets pretty warm by 9 so I go early. on the metoprolol, statin, aspirin, metformin and jardiance",
        "language": "en-AU",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "rest"], "hr_zone_null": True,
        "must_match": [r"(?i)(water|fluid|hydrat|drink|heat|\bhot\b|cool(?!\s*-?\s*down)|early|shade|dawn|sunrise)"],
        "must_not_match": [NOT_911, r"(?i)(sprint|all[- ]out|max(imal|imum)? effort)"],
        "plan_must_match": [r"(?i)(strength|weights|resistance|press|row)"],
    },
})

# ---------------------------------------------------------------- h04
CLIENTS.append({
    "id": "h04", "lang": "en-CA",
    "who": "84-year-old widow, osteoporosis with a past wrist fracture, hip replacement 3 years ago, hypertension on a diuretic, low mood since her husband died; a week indoors on ice",
    "call": {
        "activity": "strength", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "Today: strength and balance at home, 20 min, light to moderate: RPE 11-12 (you can chat the whole time).\n"
            "I'm sorry about Frank. A week indoors with the ice is understandable; moving a little today will help your mood, your sleep and your bones.\n"
            "What to do, at the kitchen counter with a sturdy chair behind you: 1) sit-to-stand from the chair, 2 sets of 10; 2) heel raises holding the counter, 2 x 10; "
            "3) side leg lifts, 10 each side; 4) stand on one foot, a hand on the counter, 10-20 seconds each side, 3 times; 5) heel-to-toe walk along the hallway, 3 lengths; 6) wall push-ups, 2 x 10. "
            "Finish with 5 minutes walking around the house.\n"
            "Why: from 65 the WHO advises balance and strength 3 days a week; it cuts falls and fractures with osteoporosis. Your new hip is fine for all of these. Skip toe-touches and sit-ups (bending forward loads the spine).\n"
            "Ice and -12 °C: stay in today. If you must go out, ice grippers on your boots and your cane.\n"
            "Your water pill can make you light-headed when you stand: get up slowly and have a glass of water first.\n"
            "If the low mood sits with you most days, or you stop eating or sleeping, please tell your doctor. A phone call with your daughter or a friend while you do these is good company too.\n"
            "Stop and call 911 for chest pain, sudden breathlessness or if you faint.\n"
            "Not medical advice."),
        "plan": [
            "Wed Strength and balance at home 20 min, RPE 11-12 (sit-to-stand, heel raises, one-leg stand at the counter)",
            "Thu Walk indoors 15 min (hallway, around the house, or a mall walk if someone drives you), RPE 11-12, + 5 min stretching",
            "Fri Strength and balance 20 min, RPE 11-12",
            "Sat Walk 20 min indoors, or outside only if the ground is free of ice, with company, RPE 11-12",
            "Sun Rest",
            "Mon Strength and balance 20 min, RPE 11-13",
            "Tue Walk 20 min, or a seniors' tai chi class, RPE 11-12"],
        "week": "Week: balance and strength 3 days (WHO, 65 and over), about 55 min of walking building toward 150, one rest day; outdoors only where it is free of ice.",
    },
    "profile": {
        "user": "h04", "age": 84, "sex": "female", "weight_kg": 54, "height_cm": 155, "resting_hr": 74,
        "conditions": ["hypertension"],
        "bp_systolic": 138, "bp_diastolic": 76,
        "fitness": "beginner", "goal": "stay on my feet",
        "preferences": ["walk", "tai_chi"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 9, "rpe": 11},
                    {"activity": "walk", "minutes": 20, "days_ago": 11, "rpe": 11}],
        "context": {"time": "2026-03-04T10:30", "temperature_c": -12, "wind_kmh": 20, "precipitation": "ice"},
        "notes": "Its icy out and I havent been out of the house in a week. Since Frank passed in the fall I dont feel like doing much. The hip is fine. I broke my wrist 2 yrs ago on the ice and the doctor says my bones are thin. Daughter set this up for me",
        "language": "en-CA",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
        "wrong_activities": ["run", "cycle", "rest"], "hr_zone_null": False,
        "must_match": [r"(?i)(indoor|inside|at home|in the house|kitchen|hallway|stay in)",
                       r"(?i)(balance|counter|one[- ]leg|one foot|steady|chair)",
                       r"(?i)(Frank|grie|loss|sorry|mood|lonel|\bsad|feel\w* (down|low)|company|friend|family|daughter)"],
        "must_not_match": [r"(?i)(call|dial|ring|phone)\W{0,3}(999|112|000)\b"],
        "plan_must_match": [r"(?i)balance", r"(?i)(strength|sit-to-stand|heel raise)"],
    },
})

# ---------------------------------------------------------------- h05
CLIENTS.append({
    "id": "h05", "lang": "en-IN",
    "who": "52-year-old man, type 2 diabetes on glimepiride and metformin, hypertension, peripheral neuropathy; painless blister under the big toe and Delhi AQI 260",
    "call": {
        "activity": "strength", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "Today: seated upper-body and core workout indoors, 20 min, moderate: RPE 12-13 (you can talk, not sing). No walk today.\n"
            "Why: with neuropathy you can't feel how much a blister is being rubbed, which is why it doesn't hurt. Walking 45 minutes on it can turn it into a foot ulcer that is slow to heal. "
            "Show the foot to your doctor, diabetes clinic or a podiatrist today or tomorrow and keep weight off it until then; keep it clean and covered, soft closed shoes, and check both feet daily with a mirror.\n"
            "Air: AQI 260 is very unhealthy. Even without the blister, today's exercise belongs indoors with the windows closed.\n"
            "What to do, sitting on a firm chair: arm raises with 1-litre water bottles 2 x 12; band chest press 2 x 12; band rows 2 x 12; biceps curls 2 x 12; overhead press 2 x 10; seated trunk twists and lean-back holds 3 x 20 s.\n"
            "Glucose 148 mg/dl is fine for exercise. Glimepiride can cause lows: keep sugar or glucose tablets within reach.\n"
            "If the toe turns red, swollen, hot or smelly, or you get a fever, see a doctor the same day. Stop and call 112 for chest pain, breathlessness or if you feel faint.\n"
            "Not medical advice."),
        "plan": [
            "Thu Seated upper-body strength indoors 20 min, RPE 12-13; get the blister on the right big toe checked",
            "Fri Seated arm and core circuit 20 min, RPE 12-13; no walking until the foot has been checked",
            "Sat If the doctor says the foot is off-loaded and healing: stationary bike 20 min, RPE 12-13, indoors while AQI is over 200; otherwise the seated circuit",
            "Sun Rest; check both feet",
            "Mon Seated strength 25 min, RPE 12-13",
            "Tue Stationary bike or arm work 25 min, RPE 12-13, as the doctor allows",
            "Wed Rest or gentle seated stretching 15 min"],
        "week": "Week: no weight-bearing walks until the blister has been seen and is healing; about 90 min of seated or indoor work, strength 3 days; back to the 45-min walks once the foot has healed and AQI is under 150.",
    },
    "profile": {
        "user": "h05", "age": 52, "sex": "male", "weight_kg": 84, "height_cm": 170, "resting_hr": 78,
        "conditions": ["diabetes", "hypertension"],
        "bp_systolic": 136, "bp_diastolic": 86, "glucose_mg_dl": 148,
        "fitness": "intermediate", "goal": "control sugar",
        "preferences": ["brisk_walk"],
        "history": [{"activity": "brisk_walk", "minutes": 45, "days_ago": d, "rpe": 12} for d in (1, 2, 3, 4, 5, 6, 8, 9)],
        "context": {"time": "2026-03-12T06:30", "temperature_c": 14, "aqi": 260},
        "notes": "Sir noticed small blister under right big toe yesterday, not paining at all so ok for my morning walk? doing 45 min daily walk in colony park. smog is very bad these days. feet little numb since 2 yrs, doctor said neuropathy",
        "language": "en-IN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 40,
        "wrong_activities": ["run", "brisk_walk", "walk", "swim", "cycle", "elliptical"], "hr_zone_null": False,
        "must_match": [r"(?i)(foot|feet|toe|blister|ulcer)",
                       r"(?i)(doctor|podiatr|clinic|diabet\w* (team|nurse|specialist)|physician|checked|seen|look at)",
                       r"(?i)(indoor|inside|\bair\b|AQI|smog|pollution|window)"],
        "must_not_match": [NOT_911],
        "plan_must_match": [r"(?i)(foot|blister|toe|checked|doctor|podiatr|heal)"],
    },
})

# ---------------------------------------------------------------- h06
CLIENTS.append({
    "id": "h06", "lang": "en-NZ",
    "who": "45-year-old woman, asthma, obesity, knee osteoarthritis, anxiety; back to her aqua class after 3 weeks off, cold wet windy morning",
    "call": {
        "activity": "swim", "minutes": 45, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "Today: aqua jogging class at the pool, 45 min, moderate: RPE 11-13 (able to talk in short sentences). After three weeks off, go at about two-thirds of your old effort: there's Thursday for more.\n"
            "Before: your blue reliever 15 minutes before, as you usually do, and keep it at the poolside. It's 5 °C, wet and windy: pull a scarf over your nose and mouth between the car and the pool; cold, dry air can set off asthma.\n"
            "Why: the water takes the weight off your knees and still works at about 5.3 MET (roughly 430 kcal in 45 min), good for weight loss without grumpy knees. "
            "Exercise also settles anxiety, and the first class back is the hardest one.\n"
            "Stop if you wheeze, feel tight in the chest or can't get your breath back after the reliever. Call 111 if the reliever isn't helping or you have chest pain.\n"
            "Not medical advice."),
        "plan": [
            "Tue Aqua jogging class 45 min, moderate, RPE 11-13; reliever 15 min before",
            "Wed Strength at home 20 min: sit-to-stand from a high chair, wall push-ups, band rows, glute bridges; 2 x 10-15, RPE 12-13",
            "Thu Aqua class 45 min, moderate, RPE 12-13",
            "Fri Stationary bike or flat walk 30 min, RPE 11-13 (indoors if it's cold and windy)",
            "Sat Strength 20 min, 2 x 10-15, RPE 12-13",
            "Sun Flat walk 30 min, RPE 11-13",
            "Mon Rest"],
        "week": "Week: about 150 min moderate, low impact for the knees (two aqua classes, a ride, a walk), strength 2 days; reliever before each session.",
    },
    "profile": {
        "user": "h06", "age": 45, "sex": "female", "weight_kg": 104, "height_cm": 165, "resting_hr": 74,
        "conditions": ["asthma", "knee_injury"],
        "fitness": "beginner", "goal": "lose weight",
        "preferences": ["swim"],
        "history": [{"activity": "swim", "minutes": 45, "days_ago": d, "rpe": 13} for d in (22, 24, 27)],
        "context": {"time": "2026-03-10T08:15", "temperature_c": 5, "wind_kmh": 45, "precipitation": "rain"},
        "notes": "aqua jogging class at the pool 9.30, usually go tue & thu. asthma been fine, only using the blue inhaler before exercise. knees grumpy on stairs. bit anxious about going back, been off 3 wks with work stress",
        "language": "en-NZ",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run"], "hr_zone_null": False,
        "must_match": [r"(?i)(inhaler|reliever|puffer|salbutamol|ventolin|\bblue\b)",
                       r"(?i)(pool|water|aqua|swim)"],
        "must_not_match": [NOT_911, r"(?i)(call|dial|ring)\W{0,3}(999|000)\b"],
        "plan_must_match": [r"(?i)(strength|resistance|sit-to-stand|band|weights)"],
    },
})
