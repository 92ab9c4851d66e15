"""Clients h19-h24 (literal data)."""
from common import *

CLIENTS = []

# h19 en-GB: 85 F, age, sex and "rainy" only -> indoor balance and strength (rest wrong)
CLIENTS.append({
 "id": "h19", "lang": "en-GB",
 "who": "85-year-old woman; gives age, sex and one word, 'rainy'",
 "call": {
  "activity": "tai_chi", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": ("Today: stay in out of the rain with 20 minutes of gentle indoor exercise: a tai chi routine (a video is fine, standing or seated), then sit-to-stands from a firm chair (2 x 8-10) and heel raises holding the chair back. Easy to moderate, RPE 10-12: you can chat throughout.\n"
           "Why: at 85 the most useful thing is balance and leg strength on 3 or more days a week (WHO 2020); wet pavements and leaves raise the risk of a fall, so today's session comes indoors.\n"
           "What I assumed: you're steady on your feet and get about without help, with no heart or chest problems; you only told me it's rainy. If you've had a fall this year or feel dizzy when you stand up, tell me and I'll make it a seated routine.\n"
           "If it clears up, a 15-minute walk in good shoes on a dry, level path is a bonus.\n"
           "Stop if you get chest pain, feel faint or very breathless; call 999 if it doesn't pass.\n"
           "Not medical advice."),
  "plan": ["Sat tai chi and chair exercises indoors, light, 20 min, RPE 10-12",
           "Sun walk, 15-20 min, if it's dry; otherwise walk around the house and stairs with the rail",
           "Mon strength and balance, 20 min: sit-to-stands, heel raises, standing on one leg holding the chair",
           "Tue walk, moderate, 20 min, RPE 11-12",
           "Wed tai chi, light, 20 min",
           "Thu rest",
           "Fri strength and balance, 20 min; short walk if dry"],
  "week": "Week: balance and strength on 4 days, walking about 55 min; indoors whenever it's wet or icy."},
 "profile": {"age": 85, "sex": "female", "notes": "rainy", "language": "en-GB",
             "context": {"time": "2026-11-21T10:30", "temperature_c": 8, "precipitation": "rain"}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
            "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
            "must_match": [r"(?i)indoor|inside|at home|in the house|\bin out of\b|stay in|in the hall",
                           r"(?i)balance|tai chi|sit-to-stand|chair|fall"],
            "must_not_match": [EN_NO911],
            "plan_must_match": [r"(?i)balance|tai chi|strength|sit-to-stand"]},
})

# h20 en-CA: 27 F intermediate, no notes, 23:10 and -18 C -> short, gentle, indoors
CLIENTS.append({
 "id": "h20", "lang": "en-CA",
 "who": "27-year-old woman, intermediate; no notes, asks at 11:10 pm on a -18 °C night",
 "call": {
  "activity": "yoga", "minutes": 15, "intensity": "light", "hr_zone_bpm": None,
  "card": ("Today: it's after 11 pm and -18 °C outside, so keep it short, indoors and gentle: 15 minutes of easy yoga or stretching, light, RPE 9-10 (breathing slow and easy).\n"
           "Why: a hard workout in the last hour before bed can keep you awake; gentle stretching and slow breathing (in 4 s, out 6 s) help you wind down. And -18 °C at night is no time for a solo run.\n"
           "What I assumed: you wanted to get something in today and ran out of time, with no injuries or health issues (you left no notes). If you were after a real workout, do it tomorrow: a 30-40 minute run at lunchtime when it's lighter and warmer, or on a treadmill or bike indoors.\n"
           "Emergency: call 911.\n"
           "Not medical advice."),
  "plan": ["Wed easy yoga or stretching indoors, light, 15 min",
           "Thu run at lunchtime or treadmill, moderate, 35 min, RPE 12-13",
           "Fri strength, moderate, 30 min, 3 x 8-12",
           "Sat long easy run or ski, moderate, 50 min, dress in layers; indoors below -25 °C wind chill",
           "Sun rest",
           "Mon intervals on a bike or treadmill, vigorous, 30 min, RPE 15-16",
           "Tue strength, moderate, 30 min; yoga 15 min"],
  "week": "Week: about 130 min of aerobic work and 2 strength days; hard sessions earlier in the day, gentle ones at night."},
 "profile": {"age": 27, "sex": "female", "fitness": "intermediate", "language": "en-CA",
             "context": {"time": "2026-02-18T23:10", "temperature_c": -18, "wind_kmh": 15}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
            "wrong_activities": ["run", "cycle"], "hr_zone_null": False,
            "must_match": [r"(?i)late|night|bed|sleep|\b11 ?pm|23:",
                           r"(?i)cold|°C|freez|-18|indoor|inside|at home|outside"],
            "must_not_match": [EN_CA_NO],
            "plan_must_match": []},
})

# h21 en-IN: 50 M, type 2 diabetes + hypertension in fields (glucose 160, BP 138/86), no notes -> brisk walk (rest wrong)
CLIENTS.append({
 "id": "h21", "lang": "en-IN",
 "who": "50-year-old man, type 2 diabetes and hypertension, beginner; fills in glucose 160 and BP 138/86, no notes",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: brisk walk, 30 minutes, moderate, RPE 12-13 (you can talk but not sing). The morning cool, 24 °C, is a good time.\n"
           "Glucose 160 mg/dl (8.9 mmol/l): fine to exercise (90-250, ADA 2016). BP 138/86: above normal; moderate exercise like this lowers it over weeks. Keep hard efforts for after a check-up.\n"
           "How: 5 min easy, 20 min brisk, 5 min easy; carry water and a small sweet (glucose tablets or a toffee) in case you feel shaky.\n"
           "What I assumed: no insulin, no heart or foot problems; you only filled in the numbers. If you take insulin or a sulfonylurea (glimepiride, gliclazide), check your sugar before and after.\n"
           "Strength twice a week helps both conditions: sit-to-stands from a chair, wall push-ups, band rows, 2 x 10-15, breathing out on the effort (no breath-holding).\n"
           "Stop for chest pain, breathlessness or dizziness; call 112 in an emergency.\n"
           "Not medical advice."),
  "plan": ["Sat brisk walk, moderate, 30 min, RPE 12-13",
           "Sun strength, moderate, 20 min: sit-to-stands, wall push-ups, band rows, 2 x 10-15",
           "Mon brisk walk after dinner, moderate, 30 min",
           "Tue rest or an easy 15-min walk after meals",
           "Wed brisk walk, moderate, 30 min; strength 15 min",
           "Thu yoga, light, 30 min",
           "Fri brisk walk, moderate, 35 min"],
  "week": "Week: about 125 min of brisk walking, strength 2 days; add 5-10 min a week toward 150+."},
 "profile": {"age": 50, "sex": "male", "weight_kg": 84, "height_cm": 170,
             "conditions": ["diabetes", "hypertension"], "glucose_mg_dl": 160,
             "bp_systolic": 138, "bp_diastolic": 86, "fitness": "beginner", "language": "en-IN",
             "context": {"time": "2026-03-14T06:30", "temperature_c": 24}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest"], "hr_zone_null": False,
            "must_match": [r"(?i)glucose|sugar|diabet|mg/dl|mmol",
                           r"(?i)\bBP\b|blood pressure|hypertens|138"],
            "must_not_match": [EN_NO911],
            "plan_must_match": [r"(?i)strength|resist|sit-to-stand|squat|push-?up|band|weights"]},
})

# h22 en-NZ: 13 M, goal "get abs" and nothing else -> an active hour, play, some core (rest wrong)
CLIENTS.append({
 "id": "h22", "lang": "en-NZ",
 "who": "13-year-old boy; only the goal 'get abs'",
 "call": {
  "activity": "cycle", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: get moving for about an hour, mostly as play: a 40-minute bike ride or a kick-around or touch with mates (moderate to hard, RPE 13-15 on the talk test: puffing but still able to say a few words), then 10 minutes of core: plank 3 x 20-30 s, side plank 2 x 15 s each side, dead bugs 2 x 10.\n"
           "About abs: everyone has them; whether they show depends mostly on body fat, and at 13 that's still changing as you grow. The best plan is an active hour every day (WHO: 60 minutes a day for 5-17 year olds), muscle and bone work 3 days a week, proper meals and plenty of sleep. No diets or supplements needed.\n"
           "What I assumed: you're healthy and already fairly active; you only told me the goal. Wear a helmet on the bike.\n"
           "If something hurts (not just tired muscles), stop and tell a parent. Emergency: call 111.\n"
           "Not medical advice."),
  "plan": ["Sat bike ride or games with mates, 40 min, then core 10 min (60 min active in total)",
           "Sun walk, bike or swim with family, 60 min, moderate",
           "Mon PE or sport plus walk or bike to school, 60 min; push-ups and squats 2 x 10",
           "Tue play or sport, 60 min, some hard bursts",
           "Wed 60 min active; core 10 min",
           "Thu sport practice or a run-and-play session, 60 min",
           "Fri 60 min active; jumping games and core 10 min"],
  "week": "Week: an hour of activity every day, hard bursts on 3 days, muscle and bone work on 3 days."},
 "profile": {"age": 13, "sex": "male", "goal": "get abs", "language": "en-NZ",
             "context": {"time": "2026-06-13T10:00", "temperature_c": 11}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 90,
            "wrong_activities": ["rest"], "hr_zone_null": True,
            "must_match": [r"(?i)60 ?min|an hour|1 hour|one hour|hour a day|60-minute|hour every day",
                           r"(?i)\babs\b|core|plank|stomach|tummy|belly|abdominal"],
            "must_not_match": [EN_NO911],
            "plan_must_match": []},
})

# h23 en-US (metric): 35 M, "back hurts lol", nothing else -> keep moving gently; red-flag screen (rest wrong)
CLIENTS.append({
 "id": "h23", "lang": "en-US",
 "who": "35-year-old man; only 'back hurts lol'",
 "call": {
  "activity": "walk", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
  "card": ("Today: keep moving, gently. A 25-minute walk at an easy-to-moderate pace, RPE 10-12 (easy conversation), then 5 minutes of gentle mobility: cat-cow, knee-to-chest, pelvic tilts.\n"
           "Why: for ordinary low back pain, staying active gets you better faster than bed rest. Some discomfort is fine (up to about 3/10, and no worse afterward).\n"
           "Skip for now: heavy lifting, deadlifts, running and twisting sports until it settles.\n"
           "What I assumed: this is the everyday kind, a strain or stiffness, no fall or injury.\n"
           "What would change this: pain shooting down a leg, numbness or weakness in a leg, numbness in the groin, trouble peeing, fever, or pain after a fall. Any of those, see a doctor today; sudden leg weakness or loss of bladder control, call 911 or go to the ER.\n"
           "Not medical advice."),
  "plan": ["Sun walk, easy, 25 min, RPE 10-12; mobility 5 min",
           "Mon walk, easy, 25 min; mobility 5 min",
           "Tue walk, moderate, 30 min; core: bird-dog, bridges, 2 x 10",
           "Wed stationary bike or swim, moderate, 30 min",
           "Thu walk, moderate, 30 min; mobility",
           "Fri rest or an easy walk",
           "Sat walk or bike, moderate, 40 min; light strength if pain-free"],
  "week": "Week: move every day, about 180 min of easy-to-moderate walking and biking; back to lifting and running once bending is comfortable."},
 "profile": {"age": 35, "sex": "male", "notes": "back hurts lol", "language": "en-US",
             "context": {"time": "2026-03-15T09:00"}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
            "wrong_activities": ["rest", "run"], "hr_zone_null": False,
            "must_match": [r"(?i)back",
                           r"(?i)numb|weak|tingl|bladder|bowel|leg pain|down (?:your|a|the|one) leg|fever|sciatica|red flag|after a fall"],
            "must_not_match": [],
            "plan_must_match": []},
})

# h24 en-IE: 45 F intermediate, steady logged month, notes "tired" -> easy day; ask if the tiredness is unusual
CLIENTS.append({
 "id": "h24", "lang": "en-IE",
 "who": "45-year-old woman with a steady four weeks of walks and jogs logged; types 'tired' at 7 am",
 "call": {
  "activity": "walk", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
  "card": ("Today: an easy day: a 25-minute walk at a relaxed pace, RPE 9-11 (easy chat), or 20 minutes of gentle yoga if you'd rather stay in.\n"
           "Why: your last four weeks are steady, about 3 sessions and 110 minutes a week with no jump in load, so this tiredness probably isn't from training. Light movement usually lifts energy more than a full rest day; if you feel worse after 10 minutes, stop and rest.\n"
           "What I assumed: 'tired' means a poor night or a busy week, not illness.\n"
           "The one thing that would change this: is this new or unusual tiredness, breathless or wiped out by things you normally do easily, lasting more than a couple of weeks, or with a fever or weight loss? Then see your GP before training hard again.\n"
           "Emergency: chest pain, fainting or breathlessness at rest, call 112 or 999.\n"
           "Not medical advice."),
  "plan": ["Thu walk, easy, 25 min, RPE 9-11",
           "Fri rest",
           "Sat brisk walk, moderate, 40 min, RPE 12",
           "Sun yoga, light, 30 min",
           "Mon jog, moderate, 30 min, RPE 12-13, if energy is back",
           "Tue rest",
           "Wed brisk walk, moderate, 40 min"],
  "week": "Week: about the same as your usual 110-135 min, nothing hard until you feel like yourself again."},
 "profile": {"age": 45, "sex": "female", "weight_kg": 64, "fitness": "intermediate",
             "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                         {"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 13},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 8, "rpe": 12},
                         {"activity": "run", "minutes": 30, "days_ago": 10, "rpe": 13},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 12, "rpe": 12},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 15, "rpe": 12},
                         {"activity": "run", "minutes": 30, "days_ago": 17, "rpe": 13},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 19, "rpe": 12},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 22, "rpe": 12},
                         {"activity": "run", "minutes": 30, "days_ago": 24, "rpe": 13},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 26, "rpe": 12}],
             "notes": "tired", "language": "en-IE",
             "context": {"time": "2026-08-20T07:00", "temperature_c": 13}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
            "wrong_activities": [], "hr_zone_null": False,
            "must_match": [r"(?i)tired|fatigue|energy|exhaust|wiped",
                           r"(?i)sleep|\bill|unwell|\bGP\b|doctor|unusual|stress|night|illness"],
            "must_not_match": [EN_NO911],
            "plan_must_match": []},
})
