# h07-h12: English clients (literal data)
from clients_a import ALL_BUT_REST, NO_911, NO_CA_WRONG

CLIENTS = []

CLIENTS.append({
 "id": "h07", "lang": "en-US",
 "who": "47-year-old woman with obesity (245 lb, 5'4\"), beginner, achy knees on stairs; asks 20 minutes every day or an hour twice a week",
 "call": {
  "activity": "brisk_walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: a 20-minute brisk walk - short and often beats an hour twice a week for you.\n"
           "You asked: 20 min every day or an hour twice a week? 20-30 minutes on most days. The weekly total is what counts for health and weight, and for a beginner with achy knees shorter, more frequent sessions are easier on the joints, less sore the next day, and turn into a habit. A longer walk on a weekend day is a fine extra.\n"
           "Brisk walk 20 min: turn tonight's dog walk into 20 minutes, pace where you can talk but not sing (RPE 12-13), about 1 mile.\n"
           "Knees: flat routes, supportive shoes, fewer stairs and hills for now. A little ache that settles by the next morning is fine; sharp pain, swelling or a knee that gives way means stop and get it checked. The pool is a great knee-friendly option.\n"
           "Add 2 short strength sessions a week (sit-to-stand from a chair, wall push-ups).\n"
           "(This is not medical advice. In an emergency call 911.)"),
  "plan": [
   "Thu  Brisk walk 20 min, moderate (RPE 12-13) - the dog walk, stretched.",
   "Fri  Brisk walk 20 min + strength 10 min (chair sit-to-stands, wall push-ups, 2 x 10).",
   "Sat  Swim or water walking 30 min, moderate, or a 30 min flat walk.",
   "Sun  Brisk walk 25 min, moderate.",
   "Mon  Brisk walk 20 min + strength 10 min, 2 x 10.",
   "Tue  Brisk walk 25 min, moderate.",
   "Wed  Easy 15 min dog walk only.",
  ],
  "week": "About 150 min spread over 7 days (20-30 min a day) plus strength twice; add about 5 min a week as it gets easy."},
 "profile": {
  "age": 47, "sex": "female", "weight_lb": 245, "height_in": 64, "resting_hr": 78,
  "bp_systolic": 128, "bp_diastolic": 82, "fitness": "beginner", "preferences": ["walk", "swim"],
  "goal": "lose weight",
  "history": [{"activity": "walk", "minutes": 15, "days_ago": 1, "rpe": 9},
              {"activity": "walk", "minutes": 15, "days_ago": 2, "rpe": 9},
              {"activity": "walk", "minutes": 15, "days_ago": 3, "rpe": 9},
              {"activity": "walk", "minutes": 15, "days_ago": 5, "rpe": 9}],
  "context": {"time": "2026-04-16T19:00", "temperature_f": 58, "precipitation": "none"},
  "notes": "is it better to do 20 min every day or an hour twice a week?? work is crazy so weekends are easier for me. knees ache a bit on stairs. I walk the dog most nights like 15 min",
  "units": "imperial", "language": "en-US"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?i)every ?day|daily|most days|days a week|more often|frequen|spread|short(?:er)? (?:and|sessions|walks|bouts)",
                 r"(?i)\bknees?\b|joint"],
  "must_not_match": [],
  "plan_must_match": [r"(?i)strength|sit-to-stand|resistance|weights"]},
})

CLIENTS.append({
 "id": "h08", "lang": "en-GB",
 "who": "31-year-old woman, 24 weeks pregnant, uncomplicated, has run 3x a week for years; asks keep doing parkrun or switch to swimming",
 "call": {
  "activity": "run", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: yes, do parkrun - at an easy, chatty pace, not for a time.\n"
           "You asked: keep parkrun or switch to swimming? You can keep running. You've run for years, your pregnancy is uncomplicated and your midwife is happy, so carrying on is safe and good for you and the baby. Swimming is a great addition (and gets kinder as the bump grows), not a must-switch.\n"
           "Parkrun 5k, about 30-35 min, moderate: talk test - you can talk in full sentences. Walk the hills if you like; plan a loo stop; drink water; a support band for the bump can help.\n"
           "Stop and call your midwife or maternity unit if you get vaginal bleeding, fluid leaking, regular painful contractions, dizziness or feeling faint, a headache, chest pain, calf pain or swelling, or breathlessness before you start. Call 999 if it's heavy bleeding or severe pain.\n"
           "No heart-rate targets in pregnancy - go by the talk test. From now on avoid lying flat on your back for long in stretches or abs work.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Sat  parkrun 5k, easy/moderate (talk test), about 35 min.",
   "Sun  Rest or a 30 min walk.",
   "Mon  Swim 30 min, moderate (talk test).",
   "Tue  Easy run 25-30 min, moderate.",
   "Wed  Strength 25 min (squats, side-lying leg lifts, band rows, pelvic floor), moderate; no lying flat on the back.",
   "Thu  Easy run 25 min or swim 30 min.",
   "Fri  Prenatal yoga 30 min or rest.",
  ],
  "week": "About 150 min of moderate activity (running, swimming) plus strength and pelvic floor; talk-test pace throughout, stop for any warning sign."},
 "profile": {
  "age": 31, "sex": "female", "weight_kg": 66, "height_cm": 168, "resting_hr": 70,
  "conditions": ["pregnancy"], "fitness": "intermediate", "preferences": ["run", "swim"],
  "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
              {"activity": "run", "minutes": 25, "days_ago": 4, "rpe": 12},
              {"activity": "run", "minutes": 33, "days_ago": 7, "rpe": 12},
              {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 12},
              {"activity": "run", "minutes": 33, "days_ago": 14, "rpe": 12}],
  "context": {"time": "2026-06-13T07:30", "temperature_c": 14, "precipitation": "none"},
  "notes": "24 wks pregnant, midwife happy, everything normal so far. Keep doing parkrun or switch to swimming now? bump getting in the way a bit and need a wee every km lol. been running 3x a week for years",
  "language": "en-GB"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest"], "hr_zone_null": True,
  "must_match": [r"(?i)bleed|fluid|leak|contraction|dizz|faint|calf|headache",
                 r"(?i)pregnan|bump|midwife|\b2\d ?(?:weeks|wks)\b|baby|antenatal|prenatal"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)swim|run|walk"]},
})

CLIENTS.append({
 "id": "h09", "lang": "en-IE",
 "who": "16-year-old footballer, ankle sprain 3 days ago, still swollen and limping; coach says tape it and play; asks train tonight or rest (cup game Saturday)",
 "call": {
  "activity": "stationary_bike", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: don't play at training tonight - but don't just sit either: bike and ankle exercises.\n"
           "You asked: train or rest it? Neither full training nor full rest. You're still limping and it's still swollen 3 days in; tape doesn't fix that, and sprinting, cutting and tackles now are how a sprain becomes a re-sprain that keeps you out for weeks.\n"
           "Stationary bike 25 min, moderate: RPE 12-13, you can talk but not sing - only if pedalling is pain-free. Then ankle work: alphabet circles, calf raises on both legs, balance on one leg near a wall, 2-3 sets. Upper-body and core work with the team is fine.\n"
           "Saturday's cup game only if by Friday you can walk without a limp, hop 10 times and jog, sprint and cut without pain - ideally a physio checks this.\n"
           "Get it X-rayed if you can't put weight on it for 4 steps, or the bone at the ankle or the outer foot is tender to press.\n"
           "(This is not medical advice. Emergency: 112.)"),
  "plan": [
   "Wed  Stationary bike 25 min, moderate + ankle exercises; upper body/core with the team.",
   "Thu  Swim or bike 30 min, moderate + ankle balance work; walk normally.",
   "Fri  Test: brisk walk, jog 10 min, then hops, sprints and cuts - only if each is pain-free; physio check if you can.",
   "Sat  Cup game only if Friday's test was pain-free with no limp; otherwise bike 30 min + rehab.",
   "Sun  Rest.",
   "Mon  Easy jog 20 min + ankle balance work.",
   "Tue  Team training if pain-free; keep the balance exercises 3 times a week for 6 weeks.",
  ],
  "week": "Relative rest for the ankle, not for you: about 60 min a day of activity counted across bike, swim, rehab and, once pain-free, football."},
 "profile": {
  "age": 16, "sex": "male", "weight_kg": 66, "height_cm": 176, "resting_hr": 58,
  "conditions": ["ankle_injury"], "fitness": "advanced", "preferences": ["run"],
  "context": {"time": "2026-09-09T16:00", "temperature_c": 16, "precipitation": "none"},
  "notes": "rolled my ankle at the match sunday, still a bit swollen, can walk on it but limping. training tonight and coach says just tape it and play. should i go or rest it?? cup game next sat",
  "goal": "play the cup game", "language": "en-IE"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["run"], "hr_zone_null": False,
  "must_match": [r"(?i)(?:don'?t|do not|not|skip|sit out|\bno\b|hold off|miss|avoid)\b.{0,40}(?:train|play|match|game|tonight|football|sprint|cut)|too soon|not yet|sit\b.{0,15}\bout",
                 r"(?i)limp|swell|swollen|\bhop|pain[- ]?free|without pain|physio|x-?ray"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)hop|pain[- ]?free|without pain|no pain|physio|limp"]},
})

CLIENTS.append({
 "id": "h10", "lang": "en-SG",
 "who": "27-year-old woman training for her first 10k; 33 C and 75% humidity at lunchtime; asks lunch run along the park connector or after work at 7",
 "call": {
  "activity": "run", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: run after work at 7 pm, not at lunch.\n"
           "You asked: lunch or after work? After work. At 33 C and 75% humidity the midday heat index is in the danger range and the sun is overhead; feeling fine in the office aircon doesn't carry over once you're out. By 7 pm it is a few degrees cooler and out of the direct sun.\n"
           "Run 35 min, easy to moderate: RPE 11-13, you can talk in sentences. Expect to be 20-30 s/km slower than in cool weather and let the pace go; heart rate drifts up in the heat, so go by feel.\n"
           "Drink 400-500 ml in the 2 hours before, carry water, and replace salt if you sweat heavily.\n"
           "Stop, get into shade or aircon and cool down if you feel dizzy, sick, get a headache, goose bumps or stop sweating; if someone becomes confused or collapses, call 995.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Wed  Run 35 min, easy-moderate (RPE 11-13), 7 pm.",
   "Thu  Strength 30 min, indoors (squats, lunges, calf raises, core).",
   "Fri  Easy run 30 min, early morning (before 7:30) or evening.",
   "Sat  Long run 55 min, easy, 7 am start.",
   "Sun  Rest.",
   "Mon  Strength 30 min or easy swim 30 min.",
   "Tue  Intervals 6 x 2 min at 10k effort with 2 min jog, 40 min total, evening or treadmill.",
  ],
  "week": "About 160 min of running including a long run and one interval session, all outside the midday heat; strength twice."},
 "profile": {
  "age": 27, "sex": "female", "weight_kg": 55, "height_cm": 163, "resting_hr": 64,
  "fitness": "intermediate", "preferences": ["run"], "goal": "first 10k in October",
  "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13},
              {"activity": "run", "minutes": 50, "days_ago": 5, "rpe": 13},
              {"activity": "run", "minutes": 30, "days_ago": 7, "rpe": 12}],
  "context": {"time": "2026-08-19T12:15", "temperature_c": 33, "humidity_pct": 75, "precipitation": "none"},
  "notes": "lunch run along the park connector or after work around 7pm? training for my first 10k in oct. office aircon so i always feel ok going out at lunch lol",
  "language": "en-SG"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 50,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(?i)after work|evening|\b7 ?pm|later|sunset|cooler|dusk|early morning|indoors|treadmill",
                 r"(?i)\bheat|\bhot\b|humid|\b33\b",
                 r"(?i)\bdrink|water|hydrat|fluid|electrolyte"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)long|interval|tempo|easy"]},
})

CLIENTS.append({
 "id": "h11", "lang": "en-AU",
 "who": "55-year-old woman, BP 142/88; chest tightness spreading to the jaw on hills in her last walks that eases after standing still, put down to being unfit; asks bushwalk group tomorrow or a swim today",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("Today: no swim, and skip tomorrow's bushwalk - see your GP first.\n"
           "You asked: bushwalk tomorrow or swim today? Neither yet. A tight feeling across the chest that spreads to the jaw when you climb and goes away when you stop is the classic pattern of angina - the heart not getting enough blood under effort - not just being unfit. With a blood pressure of 142/88 it needs checking before any more exercise.\n"
           "Book your GP today or tomorrow and tell them exactly this; they may arrange an ECG or a stress test.\n"
           "Call 000 if the tightness comes on at rest, lasts more than 10 minutes, or comes with sweating, nausea, breathlessness or feeling faint. Don't drive yourself.\n"
           "Until then: normal daily activity on the flat is fine; no hills, no swimming laps, nothing that brings the feeling on.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Rest from exercise; book a GP appointment for the chest and jaw tightness.",
   "Wed  No bushwalk; rest until seen by a doctor.",
   "Thu  Rest; everyday activity only. Chest tightness at rest or lasting over 10 min -> call 000.",
   "Fri  Rest until you have medical clearance.",
   "Sat  If cleared by your doctor: easy flat walk 20 min, light (RPE 10-11); otherwise rest.",
   "Sun  Rest.",
   "Mon  As your doctor advises; build back with easy walks and swims only after clearance.",
  ],
  "week": "Exercise on hold until your GP has checked the chest tightness; return only with medical clearance, starting easy."},
 "profile": {
  "age": 55, "sex": "female", "weight_kg": 74, "height_cm": 165, "resting_hr": 74,
  "bp_systolic": 142, "bp_diastolic": 88, "fitness": "intermediate", "preferences": ["walk", "swim"],
  "history": [{"activity": "brisk_walk", "minutes": 60, "days_ago": 7, "rpe": 13},
              {"activity": "swim", "minutes": 30, "days_ago": 4, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 45, "days_ago": 3, "rpe": 14}],
  "context": {"time": "2026-02-17T09:00", "temperature_c": 26, "precipitation": "none"},
  "notes": "Bushwalk group tomorrow or just my swim today? been getting a tight feeling across my chest and up into my jaw going up the hill on my last couple of walks, goes away after a few mins standing still. probably just unfit after winter lol. otherwise good",
  "language": "en-AU"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"(?i)chest|jaw|tight|angina",
                 r"(?i)doctor|\bGP\b|physician|clinic|cardiolog|ECG|medical (?:check|review|attention|assessment|help|clearance|care)",
                 r"(?i)\b000\b|triple zero|emergency|ambulance"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)doctor|\bGP\b|medical|clear"]},
})

CLIENTS.append({
 "id": "h12", "lang": "en-CA",
 "who": "24-year-old trained lifter on a lean bulk; mentions in passing a racing, fluttery heart and near-blackout during a HIIT finisher last week; asks weights or cardio first",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("Today: no training - neither weights nor cardio until a doctor has checked your heart.\n"
           "You asked: weights or cardio first? That can wait. What you mentioned matters more: a racing, fluttery heartbeat and almost blacking out during exercise is a warning sign even in someone young and fit, and not eating enough doesn't explain it. It can be a heart rhythm problem that needs an ECG and maybe more tests.\n"
           "See a doctor this week (walk-in clinic or your family doctor) and describe it exactly; ask about an ECG. Until then no HIIT, heavy lifting or hard cardio.\n"
           "Call 911 if it happens again with fainting, chest pain or breathlessness, or if the racing doesn't stop when you rest.\n"
           "Once you're cleared: for a lean bulk do weights first, then short, easy cardio after.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Rest from training; book a doctor's visit and ask about an ECG.",
   "Wed  Rest; normal daily walking only.",
   "Thu  Rest until seen by a doctor.",
   "Fri  Rest until cleared; racing heart with fainting or chest pain -> call 911.",
   "Sat  If cleared: upper-body weights 45 min at RPE 6-7 of 10, no finishers.",
   "Sun  If cleared: easy 20 min walk.",
   "Mon  If cleared: lower-body weights 45 min, RPE 6-7; cardio stays easy until your doctor says otherwise.",
  ],
  "week": "Training on hold until a doctor has looked at the palpitations and near-blackout; after clearance, back to the split with no HIIT this week."},
 "profile": {
  "age": 24, "sex": "male", "weight_kg": 82, "height_cm": 183, "resting_hr": 56,
  "fitness": "advanced", "preferences": ["strength"], "goal": "lean bulk",
  "history": [{"activity": "strength", "minutes": 60, "days_ago": 1, "rpe": 15},
              {"activity": "strength", "minutes": 60, "days_ago": 3, "rpe": 15},
              {"activity": "strength", "minutes": 60, "days_ago": 5, "rpe": 15},
              {"activity": "stationary_bike", "minutes": 20, "days_ago": 7, "rpe": 17}],
  "context": {"time": "2026-10-06T18:00", "temperature_c": 12, "precipitation": "none"},
  "notes": "weights or cardio first today? goal is lean bulk. btw last week during a hiit finisher my heart went super fast and fluttery and i almost blacked out, sat on the floor a min and was fine after. probably didnt eat enough lol",
  "language": "en-CA"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"(?i)black(?:ed|ing)?[- ]?out|faint|pass(?:ed|ing)? out|palpitation|flutter|racing|heart (?:went|rhythm|rate)|syncope|dizz|light-?headed|collaps",
                 r"(?i)doctor|physician|ECG|EKG|clinic|cardiolog|medical (?:check|review|attention|assessment|help|clearance|care)"],
  "must_not_match": [NO_CA_WRONG],
  "plan_must_match": [r"(?i)doctor|physician|clear|ECG|medical"]},
})
