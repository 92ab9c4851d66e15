"""h07-h12: English clients, second part. Literal data."""
from common import ALL_BUT_REST, hist
from zh import NO_911, NO_CA

CLIENTS = []

# ---------------------------------------------------------------- h07
CLIENTS.append({
    "id": "h07", "lang": "en-US",
    "who": "68-year-old man with hypertension, pharmacy reading 186/104 after running out of pills, feels fine, wants his 2-mile dog walk",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: no workout yet, and let someone else walk the dog this morning.\n"
            "Why: 186/104 is above 180, the reading at which exercise shouldn't start (ACSM), and in the range the American Heart Association calls a hypertensive crisis. Coffee and rushing can push one reading up, but you also mention running out of your pills on Saturday, so check it properly before anything else.\n"
            "What to do now: take today's dose as prescribed, sit quietly for 5 minutes, feet flat, arm supported at heart level, no more coffee, then take it again twice, a minute apart (a home cuff is better than the pharmacy machine).\n"
            "If the recheck is still above 180 on top or 110 on the bottom, call your doctor today. If it is that high and you have chest pain, shortness of breath, back pain, numbness or weakness, trouble speaking or changes in vision, call 911.\n"
            "Once readings are back below 160/100 and your doctor agrees, the 2-mile walk can resume at an easy pace.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Wed rest: recheck your blood pressure; call your doctor if it stays above 180/110",
            "Thu walk, light, 20 min, RPE 10-11, only if readings are below 160/100",
            "Fri walk, moderate, 30 min (about 1.5 miles), RPE 11-12, same condition",
            "Sat strength, light, 20 min: sit-to-stand, wall push-ups, band rows, 1-2 sets x 10-15; breathe out on the effort, never hold your breath",
            "Sun brisk walk, moderate, 30 min, RPE 12-13, same condition",
            "Mon rest",
            "Tue brisk walk, moderate, 40 min (the 2-mile dog walk), RPE 12-13, same condition"],
        "week": "Week: no exercise until the blood pressure is rechecked and below 180/110; then about 120 min of walking and one light strength day, moderate at most until your doctor has seen the readings.",
    },
    "profile": {
        "user": "h07", "age": 68, "sex": "male", "weight_lb": 205, "height_in": 70, "units": "imperial",
        "fitness": "intermediate", "conditions": ["hypertension"], "bp_systolic": 186, "bp_diastolic": 104,
        "preferences": ["brisk_walk", "walk"],
        "history": hist(("brisk_walk", 40, 1, 12), ("brisk_walk", 40, 2, 12), ("brisk_walk", 40, 3, 12), ("brisk_walk", 40, 4, 12),
                        ("brisk_walk", 40, 5, 12), ("brisk_walk", 40, 6, 12), ("brisk_walk", 40, 7, 12)),
        "context": {"time": "2026-01-14T09:30", "temperature_f": 30, "wind_mph": 8, "precipitation": "none"},
        "language": "en-US",
        "notes": "pharmacy machine said 186/104 when i picked up my refill this morning (ran out of my pills saturday), probably the 2 coffees and rushing, i feel totally fine. usually walk the dog 2 miles, ok to go?",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [
            r"(?i)186|180|hypertensive|crisis|too high|very high",
            r"(?i)re-?check|re-?measure|measure (?:it )?again|take it again|retake|repeat|second reading|check (?:it )?again",
            r"(?i)doctor|physician|clinician|\bGP\b|medical|urgent|911|\bER\b|emergency",
        ],
        "must_not_match": [],
        "plan_must_match": [r"(?i)rest|recheck|blood pressure"],
    },
    "alt": {"activity": "rest", "minutes": 0, "intensity": None,
            "card": "Not today. 186/104 is too high to exercise: sit 5 minutes and take it again, and phone your doctor if it's still over 180. Chest pain or trouble speaking: 911."},
})

# ---------------------------------------------------------------- h08
CLIENTS.append({
    "id": "h08", "lang": "en-GB",
    "who": "31-year-old runner, 22 weeks pregnant (second trimester), rainy evening in London; asks about Saturday parkrun and crunches",
    "call": {
        "activity": "swim", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: a 30-minute swim at the indoor pool (it's a wet evening), moderate: talk test, you can keep talking in full sentences; RPE 12-13.\n"
            "Activity: swim | Intensity: moderate | Time: 30 min | Effort: talk test, RPE 12-13 | MET 5.8 | about 200 kcal\n"
            "You asked about parkrun: yes, keep your Saturday parkrun while it feels good, at a pace where you can chat the whole way. Jog-walk it, ease off on the hills, and don't race for a time; stop if anything hurts.\n"
            "You asked about crunches: no crunches or sit-ups now. From the second trimester avoid lying flat on your back for long, and crunches push the bump forward and strain the separating tummy muscles. Instead: bird-dog on all fours, side-lying leg lifts, standing band presses and pelvic floor squeezes.\n"
            "Why: at 22 weeks with your midwife happy, about 150 minutes a week of moderate exercise is recommended; heart-rate zones don't fit pregnancy, so go by the talk test.\n"
            "Stop and call your midwife if you have vaginal bleeding, fluid leaking, regular painful contractions, dizziness, headache, chest pain, calf pain or swelling, or breathlessness before you start; call 999 if it's severe.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Wed swim, moderate, 30 min, talk test",
            "Thu strength (pregnancy-safe: goblet squats, band rows, side-lying leg lifts, bird-dog; nothing flat on your back), 25 min, 2 sets x 10-12, RPE 12-13",
            "Fri rest",
            "Sat parkrun, 5 km jog-walk at chatting pace, about 35 min, talk test",
            "Sun walk or prenatal yoga (not hot yoga), light-moderate, 40 min",
            "Mon run, easy, 30 min, talk test",
            "Tue strength, 25 min, as Thursday"],
        "week": "Week: about 165 min of moderate activity and strength 2 days; no lying flat on your back, no hot yoga, no contact sports.",
    },
    "profile": {
        "user": "h08", "age": 31, "sex": "female", "weight_kg": 66, "height_cm": 170, "fitness": "intermediate",
        "conditions": ["pregnancy"], "preferences": ["run", "swim", "yoga"],
        "history": hist(("run", 30, 1, 12), ("run", 35, 4, 13), ("run", 30, 6, 12), ("run", 30, 8, 12),
                        ("swim", 30, 9, 11), ("run", 35, 11, 13), ("run", 30, 13, 12)),
        "context": {"time": "2026-01-14T18:30", "temperature_c": 6, "wind_kmh": 20, "precipitation": "rain"},
        "language": "en-GB",
        "notes": "22 weeks with #1, midwife happy with everything. still jogging 3x a week just slower. can I keep doing parkrun on saturdays? and are crunches ok, my core feels like mush",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["rest"], "hr_zone_null": True,
        "must_match": [
            r"(?i)parkrun|saturday|\bsat\b|5 ?k",
            r"(?i)on (?:your|the) back|supine|lying flat|flat on|crunch|sit-?ups?",
            r"(?i)bleed|fluid|leak|contraction|dizz|faint|headache|calf|midwife",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)parkrun|5 ?k"],
    },
    "alt": {"activity": "walk", "minutes": 30, "intensity": "moderate",
            "card": "Walk 30 minutes today at a pace where you can talk. Parkrun on Saturday is fine at chat pace. Skip crunches: no lying on your back now; do side-lying and all-fours core work. Call your midwife for bleeding or leaking fluid."},
})

# ---------------------------------------------------------------- h09
CLIENTS.append({
    "id": "h09", "lang": "en-AU",
    "who": "72-year-old woman with treated hypertension, daily esplanade walker, 31 °C at 8 am heading for 42 °C; friends want to walk at 10; asks what to take",
    "call": {
        "activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: walk, but not at 10 on the esplanade. Go now, before 9, for 30 minutes, or walk in an air-conditioned shopping centre; moderate, RPE 11-12 (you can chat easily).\n"
            "Activity: walk | Intensity: moderate | Time: 30 min | Effort: RPE 11-12, talk test | MET 3.5 | about 118 kcal\n"
            "You asked what to take: water. Drink a glass before you go and carry a bottle (sip every 15-20 minutes), plus a hat and sunscreen if you're outside.\n"
            "Why: it's already 31 °C at 8 am and heading for 42. By 10 it will be mid-30s in full sun, and after 70 the body senses heat less and overheats more easily; twenty years of habit doesn't change that. Suggest the girls meet at the shopping centre or the pool today.\n"
            "Stop, get somewhere cool and drink if you feel dizzy, sick, get a headache or stop sweating; call 000 if someone becomes confused or collapses.\n"
            "Also: 10 minutes of balance work today (heel-to-toe walking, standing on one leg holding a bench).\n"
            "(This is not medical advice.)"),
        "plan": [
            "Thu walk (early or in an air-conditioned centre), moderate, 30 min, RPE 11-12, plus 10 min balance",
            "Fri swim or water walking at an indoor pool, moderate, 30 min, RPE 11-12 (the heat continues)",
            "Sat tai chi, light-moderate, 30 min (balance)",
            "Sun walk, moderate, 45 min, RPE 11-12: esplanade before 9 if it's under 30 °C",
            "Mon strength, 20 min: sit-to-stand, wall push-ups, heel raises, 1-2 sets x 10-15, RPE 12, plus balance",
            "Tue walk, moderate, 45 min, RPE 11-12",
            "Wed tai chi 30 min plus strength 15 min"],
        "week": "Week: about 180 min of moderate activity, balance and strength on 4 days (WHO: 3 or more from 65); early or indoors while the heat lasts.",
    },
    "profile": {
        "user": "h09", "age": 72, "sex": "female", "weight_kg": 64, "height_cm": 160, "fitness": "intermediate",
        "conditions": ["hypertension"], "bp_systolic": 134, "bp_diastolic": 80,
        "preferences": ["walk", "swim", "tai_chi"],
        "history": hist(("walk", 50, 1, 11), ("walk", 50, 2, 11), ("walk", 45, 3, 11), ("walk", 50, 4, 11),
                        ("walk", 50, 5, 11), ("walk", 50, 6, 11), ("walk", 50, 7, 11)),
        "context": {"time": "2026-01-15T08:00", "temperature_c": 31, "humidity_pct": 25, "precipitation": "none"},
        "language": "en-AU",
        "notes": "forecast 42 today. the girls want to do our esplanade walk at 10 like always, ive done it for 20 yrs in all weather. do i need to take anything?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "cycle"], "hr_zone_null": False,
        "must_match": [
            r"(?i)heat|\bhot\b|42|4[0-5] ?°|3[5-9] ?°",
            r"(?i)water|drink|hydrat|fluids?|bottle",
            r"(?i)early|before (?:[6-9]|six|seven|eight|nine)|\bnow\b|indoors?|air[- ]?con|pool|shopping cent(?:re|er)|\bmall\b|inside|not at 10|cooler",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)balance|tai chi|strength"],
    },
    "alt": {"activity": "walk", "minutes": 30, "intensity": "light",
            "card": "Too hot for 10 am on the esplanade with 42 forecast: walk with the girls in an air-conditioned shopping centre for 30 minutes at an easy chatting pace, and take water. Call 000 if anyone gets confused in the heat."},
})

# ---------------------------------------------------------------- h10
CLIENTS.append({
    "id": "h10", "lang": "en-CA",
    "who": "63-year-old woman with knee osteoarthritis, aquafit Tue/Fri; neighbour says rest it; snowy Friday in Toronto",
    "call": {
        "activity": "swim", "minutes": 45, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: your Friday aquafit class, 45 minutes, moderate, RPE 12-13 (you can talk but not sing).\n"
            "Activity: swim (aquafit) | Intensity: moderate | Time: 45 min | Effort: RPE 12-13 | MET 5.3 | about 340 kcal\n"
            "You asked whether to stop aquafit: no, keep going on Tuesdays and Fridays. With knee osteoarthritis, movement is part of the treatment: regular low-impact exercise and stronger thigh muscles reduce pain and stiffness. Resting the knee doesn't protect the cartilage; it lets the muscles around it weaken. The water takes most of your weight off the knee.\n"
            "Pain guide: mild discomfort up to about 3-4 out of 10 that settles within 24 hours is fine; if the knee is more swollen or sore the next day, do a bit less next time, not nothing.\n"
            "Add two short strength sessions a week (sit-to-stand from a chair, step-ups, bridges, straight-leg raises).\n"
            "It's snowing: boots with good grip for the walk to the pool, and 10 minutes of gentle knee bending first to get past the morning stiffness.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Fri swim (aquafit class), moderate, 45 min, RPE 12-13",
            "Sat strength, 25 min: sit-to-stand, step-ups, bridges, straight-leg raises, 2 sets x 10-15, RPE 12-13",
            "Sun stationary bike, moderate, 25 min, RPE 12-13",
            "Mon walk, light-moderate, 20 min, or rest",
            "Tue swim (aquafit class), moderate, 45 min, RPE 12-13",
            "Wed strength, 25 min, 2 sets x 10-15, RPE 12-13",
            "Thu stationary bike, moderate, 30 min, RPE 12-13"],
        "week": "Week: about 165 min of low-impact moderate exercise and strength 2 days; aquafit stays on Tuesdays and Fridays.",
    },
    "profile": {
        "user": "h10", "age": 63, "sex": "female", "weight_kg": 82, "height_cm": 163, "fitness": "beginner",
        "conditions": ["knee_injury"], "goal": "keep my knees going", "preferences": ["swim", "stationary_bike", "walk"],
        "history": hist(("swim", 45, 3, 12), ("swim", 45, 7, 12), ("swim", 45, 10, 12), ("swim", 45, 14, 12),
                        ("swim", 45, 17, 12), ("swim", 45, 21, 12), ("swim", 45, 24, 12)),
        "context": {"time": "2026-01-16T08:30", "temperature_c": -8, "wind_kmh": 15, "precipitation": "snow"},
        "language": "en-CA",
        "notes": "osteoarthritis in my right knee (xray last yr). stiff first thing for 10-15 min then ok. my neighbour says i should rest it or it'll wear out faster, should i stop my aquafit tuesdays and fridays?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "rest"], "hr_zone_null": False,
        "must_match": [
            r"(?i)osteoarthritis|\bOA\b|arthritis|knee|joint",
            r"(?i)keep|continue|stay with|carry on|don'?t stop|no need to stop|good for|helps?|won'?t wear",
            r"(?i)aqua|pool|water|swim",
        ],
        "must_not_match": [NO_CA],
        "plan_must_match": [r"(?i)strength|sit[- ]to[- ]stand|squat|step-?ups?|leg (?:press|raise)|quad|bridge"],
    },
    "alt": {"activity": "stationary_bike", "minutes": 25, "intensity": "moderate",
            "card": "Keep your aquafit: for knee arthritis, movement helps more than rest. If the snow keeps you from the pool today, ride a stationary bike 25 minutes at RPE 12, and add sit-to-stands twice a week."},
})

# ---------------------------------------------------------------- h11
CLIENTS.append({
    "id": "h11", "lang": "en-IE",
    "who": "58-year-old widower, wife died 5 weeks ago, they walked Dun Laoghaire pier every evening, sleeping about 4 hours; daughter installed the app",
    "call": {
        "activity": "walk", "minutes": 15, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "I'm so sorry about your wife.\n"
            "Today: a short walk, 15 minutes, at an easy pace: RPE 9-11, you can talk without effort. That's all for today.\n"
            "Activity: walk | Intensity: light | Time: 15 min | Effort: RPE 9-11 | MET 2.0 | about 44 kcal\n"
            "It doesn't have to be the pier. A different route near home is fine; if you do want to walk the pier, ask your daughter to come with you. Daylight and a little movement in the morning help sleep.\n"
            "Why: after a loss, short and gentle is the right size. With about 4 hours of sleep a night, keep every session short and easy, and add a few minutes only when it feels manageable.\n"
            "Sleep this poor for weeks is worth talking to your GP about, and bereavement support helps many people; your daughter would likely be glad to help you find it. If you ever get chest pain or feel faint while out, stop and call 112.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Fri walk, light, 15 min, RPE 9-11",
            "Sat walk, light, 15 min (with your daughter if she's free)",
            "Sun stretching, light, 10 min, plus 5 min of slow breathing before bed",
            "Mon walk, light, 20 min, RPE 9-11",
            "Tue rest",
            "Wed walk, light-moderate, 20 min, RPE 10-12",
            "Thu walk, light-moderate, 20 min, RPE 10-12, with a friend or neighbour if you can"],
        "week": "Week: about 90 min of gentle walking, every session short while sleep is poor; add minutes only when it feels manageable.",
    },
    "profile": {
        "user": "h11", "age": 58, "sex": "male", "weight_kg": 84, "height_cm": 178, "fitness": "beginner",
        "preferences": ["walk"], "history": hist(("walk", 15, 9, 10)),
        "context": {"time": "2026-01-16T11:00", "temperature_c": 5, "wind_kmh": 22, "precipitation": "none"},
        "language": "en-IE",
        "notes": "my wife died 5 weeks ago. we walked the pier in dun laoghaire every evening and i havent been able to go down there since. sleeping maybe 4 hrs a night. my daughter put this on my phone",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 40,
        "wrong_activities": ["run"], "hr_zone_null": False,
        "must_match": [
            r"(?i)sorry|loss|griev|grief|wife|bereave|passed",
            r"(?i)short|gentle|easy|light|small|no pressure|\b1[05] ?min",
            r"(?i)sleep|\bGP\b|doctor|support|daughter|friend|someone|company|talk to|counsel",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [],
    },
    "alt": {"activity": "walk", "minutes": 10, "intensity": "light",
            "card": "Sorry for your loss. If you feel up to it, a gentle 10-minute walk today, maybe with your daughter, somewhere other than the pier for now, at a pace where talking is easy. Talk to your GP about the sleep."},
})

# ---------------------------------------------------------------- h12
CLIENTS.append({
    "id": "h12", "lang": "en-SG",
    "who": "26-year-old powerlifter, upper/lower 4x a week, leg day with squat 5x3 at 160 planned, lower back tight from Wednesday's deadlifts, meet in 6 weeks",
    "call": {
        "activity": "strength", "minutes": 60, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== Today's recommendation ==\n"
            "Today: leg day, but without heavy squats or deadlifts while your lower back is tight: 60 minutes, moderate, main sets at RPE 7 (about 3 reps in reserve).\n"
            "Activity: strength | Intensity: moderate | Time: 60 min | Effort: RPE 7 on the 1-10 lifting scale; sets x reps below | MET 3.5 | about 300 kcal\n"
            "What to do: warm-up 10 min (bike, hip airplanes, bird-dogs); leg press 4 x 8; Bulgarian split squat 3 x 8 each leg; hamstring curl 3 x 10-12; leg extension 3 x 12; paused goblet squat 3 x 5, light, to groove the pattern without loading the spine; dead bug 3 x 8 each side.\n"
            "You asked whether to push through the 5 x 3 at 160: no. Squatting heavy on a back that's still tight 3 days after deadlifts is how a tweak becomes a 3-week layoff. Six weeks out, one lighter leg day costs you nothing; retest the squat on Wednesday, your next lower day, if the back feels normal.\n"
            "Stop and see a doctor or physio if the tightness turns sharp, spreads into your leg, or comes with numbness or tingling.\n"
            "(This is not medical advice.)"),
        "plan": [
            "Sat lower (modified: leg press, split squats, hamstring curls; no heavy squats or deadlifts), 60 min, main sets RPE 7",
            "Sun rest",
            "Mon upper (bench 4 x 5, rows 4 x 8, overhead press 3 x 8, pull-ups 3 x 8), 60 min, RPE 7-8",
            "Tue rest, or an easy 30-min walk plus mobility",
            "Wed lower: squat 5 x 3 at 150-160 kg if the back feels normal, light Romanian deadlift 3 x 8 instead of heavy pulls, 60 min, RPE 7-8",
            "Thu upper, 60 min, RPE 7-8",
            "Fri rest"],
        "week": "Week: 4 lifting days, upper and lower alternating; heavy squats and deadlifts return only when the back is pain-free; 6 weeks to the meet.",
    },
    "profile": {
        "user": "h12", "age": 26, "sex": "male", "weight_kg": 82, "height_cm": 178, "fitness": "advanced",
        "goal": "squat 180 at my first meet", "preferences": ["strength"],
        "history": hist(("strength", 70, 2, 15), ("strength", 75, 3, 17), ("strength", 70, 5, 15), ("strength", 75, 7, 16),
                        ("strength", 70, 9, 15), ("strength", 75, 10, 17), ("strength", 70, 12, 15), ("strength", 75, 14, 16),
                        ("strength", 70, 16, 15), ("strength", 75, 17, 16), ("strength", 70, 19, 15), ("strength", 75, 21, 16)),
        "context": {"time": "2026-01-17T10:00", "temperature_c": 30, "humidity_pct": 78, "precipitation": "rain", "thunder": True},
        "language": "en-SG",
        "notes": "upper/lower 4x a week. today is leg day, squat 5x3 at 160 planned. lower back still tight from wednesday's deadlifts, not sharp just tight. meet is in 6 weeks, should i push through?",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 90,
        "wrong_activities": [], "hr_zone_null": False,
        "must_match": [
            r"(?i)back",
            r"(?i)\d+\s*(?:x|×|sets? of)\s*\d+|\bsets?\b",
            r"(?i)(?:\bno|skip|drop|swap|replace|instead of|\bnot\b|without|lighter|\blight\b|reduce|back off|avoid)\b.{0,40}(?:squat|deadlift|heavy|160)|leg press|split squat|lunge|belt squat|hack squat",
        ],
        "must_not_match": [NO_911],
        "plan_must_match": [r"(?i)upper", r"(?i)lower|\blegs?\b"],
    },
    "alt": {"activity": "strength", "minutes": 50, "intensity": "moderate",
            "card": "Don't force the 160 squats today with a tight back. Do leg press and lunges, 3 sets of 8-10 at RPE 7, and test the squat on your next lower day. Physio if it gets sharp or numb."},
})
