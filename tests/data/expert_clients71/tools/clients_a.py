# h01-h06: English clients (literal data)
ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
NO_911 = r"(?i)\b(?:call|dial|ring|phone)\D{0,10}911\b"
NO_CA_WRONG = r"(?i)\b(?:call|dial|ring|phone)\D{0,10}(?:999|112|000)\b"

CLIENTS = []

CLIENTS.append({
 "id": "h01", "lang": "en-US",
 "who": "58-year-old man, hypertension, ran out of his pills 3 days ago, cuff reads 186/114 with a headache he blames on the heat; asks walk now or after dinner",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("Today: no walk - not now and not after dinner. Rest.\n"
           "You asked: walk now or after dinner? Neither. 186/114 is above 180/110, the line where exercise should not start, and a top number over 180 is in the hypertensive-crisis range.\n"
           "Sit quietly for 5 minutes and recheck. If it is still over 180 (or the bottom over 110-120), or the headache is pounding, or you get chest pain, shortness of breath, vision changes, weakness, numbness or trouble speaking: call 911 now.\n"
           "Even if the recheck is lower, call your doctor or pharmacist today about the missed pills - most pharmacies can give an emergency supply, so don't wait until tomorrow's refill.\n"
           "Don't blame the heat: stopping blood-pressure pills is the likely reason for this reading.\n"
           "Walking comes back when your readings are under 160/100 and back on your medication.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Rest. Recheck BP after 5 min sitting; over 180/110 or headache -> call 911 / ER. Call doctor or pharmacist about the pills today.",
   "Wed  Rest. Restart medication (emergency supply or refill). Log BP morning and evening.",
   "Thu  Easy walk 15 min, light (RPE 9-11), early morning while it's cool - only if BP is under 160/100 and you feel well; otherwise rest and call your doctor.",
   "Fri  Rest or easy walk 15 min, light, same BP rule.",
   "Sat  Walk 20 min, light to moderate (RPE 11-12), cool part of the day, if readings are under 160/100.",
   "Sun  Rest.",
   "Mon  Walk 20 min, moderate (RPE 11-13), if readings stay under 160/100; see your doctor this week about the reading.",
  ],
  "week": "Rest until the reading is rechecked and you're back on medication; then short light walks, about 55-75 min this week; no strength work until your doctor has seen the reading."},
 "profile": {
  "age": 58, "sex": "male", "weight_lb": 228, "height_in": 70, "resting_hr": 84,
  "conditions": ["hypertension"], "bp_systolic": 186, "bp_diastolic": 114, "fitness": "beginner",
  "preferences": ["walk", "brisk_walk"],
  "history": [{"activity": "walk", "minutes": 25, "days_ago": 2, "rpe": 11},
              {"activity": "walk", "minutes": 25, "days_ago": 5, "rpe": 11}],
  "context": {"time": "2026-07-14T17:40", "temperature_f": 86, "humidity_pct": 55, "precipitation": "none"},
  "notes": "walk now before dinner or wait till after when it cools off?? ran out of my bp pills saturday, refill ready tmrw. cuff said 186/114 just now, kinda pounding headache but its prob the heat lol",
  "goal": "bring blood pressure down", "units": "imperial", "language": "en-US"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"(?i)\b18[0-9]\b|too high|crisis|dangerously high|very high|severely high",
                 r"(?i)\b911\b|emergency|\bE\.?R\.?\b|urgent|right away|immediately",
                 r"(?i)\bpills?\b|medication|medicine|\bmeds?\b|prescription|pharmac|tablets?|refill"],
  "must_not_match": [],
  "plan_must_match": [r"(?i)doctor|physician|clinician|clear|recheck|reading|under 1[4-8]0|below 1[4-8]0|BP"]},
})

CLIENTS.append({
 "id": "h02", "lang": "en-GB",
 "who": "63-year-old woman, type 2 diabetes on gliclazide and metformin, fasting 5.2 mmol/l; asks whether she can still walk the dog before breakfast or should eat first",
 "call": {
  "activity": "brisk_walk", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: yes, go for your 40-minute walk - but eat something first.\n"
           "You asked: 5.2, can I still go? Yes. 5.2 mmol/l (94 mg/dl) is just above the 5.0 line, and gliclazide can push it lower while you walk, so have your breakfast or a 15-20 g carbohydrate snack (a slice of toast, a banana) before you set off.\n"
           "Brisk walk 40 min, moderate: RPE 12-13, you can talk in full sentences but not sing.\n"
           "Take glucose tablets or jelly babies and your meter. If you feel shaky, sweaty, hungry, confused or your vision blurs: stop, take 15-20 g of fast sugar, recheck after 15 minutes and repeat if still under 4.\n"
           "Metformin alone rarely causes hypos; gliclazide can. If hypos on walks keep happening, ask your GP or diabetes nurse about the dose.\n"
           "If someone with you finds you confused or unable to swallow, they should call 999.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Brisk walk 40 min, moderate (RPE 12-13), after breakfast; glucose tablets in your pocket.",
   "Wed  Strength 25 min (chair squats, wall press-ups, step-ups, 2 sets x 10-15), moderate.",
   "Thu  Brisk walk 40 min, moderate, after a meal or snack.",
   "Fri  Walk 30 min, easy to moderate, after lunch (helps the after-meal sugar).",
   "Sat  Strength 25 min, 2 sets x 10-15, moderate.",
   "Sun  Brisk walk 45 min, moderate, with the dog.",
   "Mon  Rest or a gentle 20 min stroll.",
  ],
  "week": "About 155 min of moderate walking plus strength twice; check your sugar before each walk and eat first if it's under about 5.5 on gliclazide."},
 "profile": {
  "age": 63, "sex": "female", "weight_kg": 78, "height_cm": 162, "resting_hr": 72,
  "conditions": ["diabetes"], "bp_systolic": 132, "bp_diastolic": 80, "glucose_mg_dl": 94,
  "fitness": "intermediate", "preferences": ["walk", "brisk_walk"],
  "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 35, "days_ago": 2, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 11}],
  "context": {"time": "2026-03-10T08:10", "temperature_c": 7, "precipitation": "none"},
  "notes": "Finger prick says 5.2 before brekkie. Can I still go for my walk with the dog or should I eat first? Im on gliclazide and metformin. usually do about 40 min round the park",
  "goal": "keep my sugars down", "language": "en-GB"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(?i)\b(?:yes|go ahead|you can|fine to|ok(?:ay)? to|safe to|still go|then (?:go|walk|head)|first)\b|after (?:breakfast|eating|you eat|a snack)",
                 r"(?i)\beat\b|snack|breakfast|brekkie|toast|carb|biscuit|banana|\b1[05]\s*(?:-|to)?\s*(?:20|30)?\s*g\b",
                 r"(?i)glucose (?:tablet|tab|gel|sweet)|jelly bab|dextro|hypo|sugary|sweets|fast[- ]acting|lucozade|juice"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)strength|resistance|squat|weights"]},
})

CLIENTS.append({
 "id": "h03", "lang": "en-AU",
 "who": "34-year-old male club runner, hill repeats yesterday, heavy legs; asks whether to do today's 6x1k intervals or push them to tomorrow",
 "call": {
  "activity": "run", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [103, 129],
  "card": ("Today: easy run, not the intervals - do the 6 x 1 km tomorrow.\n"
           "You asked: intervals today or tomorrow? Tomorrow. You did hill repeats yesterday and your legs are heavy; give hard sessions about 48 hours between them so the 1 km reps are run at quality, not on tired legs.\n"
           "Easy run 40 min: RPE 10-12, fully conversational, heart rate about 103-129 bpm (Karvonen 40-59% with your resting 48). Finish with 4 x 20 s relaxed strides only if the legs loosen up; skip them if they don't.\n"
           "Your last 7 days are already above your usual load, so keep this one genuinely easy. If the heaviness turns into a sharp or one-sided pain (shin, foot, hip), stop and get it looked at.\n"
           "(This is not medical advice; in an emergency call 000.)"),
  "plan": [
   "Thu  Easy run 40 min, RPE 10-12 (103-129 bpm); optional strides.",
   "Fri  Intervals: 15 min warm-up, 6 x 1 km at half-marathon-goal pace minus 10-15 s/km, 2 min jog recoveries, 10 min cool-down (about 60 min).",
   "Sat  Easy run 35 min, RPE 10-11, or rest if still heavy.",
   "Sun  Long run 85 min, easy (RPE 11-12), last 15 min at steady pace.",
   "Mon  Rest.",
   "Tue  Easy run 45 min + 6 strides; 20 min strength (calf raises, single-leg squats, core).",
   "Wed  Tempo: 15 min warm-up, 20 min at threshold (RPE 15), 10 min cool-down.",
  ],
  "week": "About 5 h 15 min of running: two quality sessions (intervals Fri, tempo Wed) 48 h or more from the long run; load held near last week's, no jump."},
 "profile": {
  "age": 34, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 48,
  "fitness": "advanced", "preferences": ["run"], "goal": "sub 1:30 half marathon",
  "history": [{"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 16},
              {"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 11},
              {"activity": "run", "minutes": 90, "days_ago": 3, "rpe": 13},
              {"activity": "run", "minutes": 45, "days_ago": 5, "rpe": 15},
              {"activity": "run", "minutes": 40, "days_ago": 6, "rpe": 11},
              {"activity": "run", "minutes": 80, "days_ago": 10, "rpe": 13},
              {"activity": "run", "minutes": 45, "days_ago": 12, "rpe": 15},
              {"activity": "run", "minutes": 40, "days_ago": 13, "rpe": 11}],
  "context": {"time": "2026-10-22T06:15", "temperature_c": 12, "precipitation": "none"},
  "notes": "hill reps yesterday arvo, legs a bit heavy this morning. plan says 6x1k intervals today, or should I push them to tomorrow? half in 5 wks",
  "language": "en-AU"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(?i)tomorrow|friday|\bfri\b|48\s*h|two days|next day|later in the week|move (?:them|it)|push (?:them|it)",
                 r"(?i)\beasy|recovery|gentle|\blight\b|shake-?out|conversational|\brest\b"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)interval|\b1\s*k|1 km|reps?\b|tempo|threshold|speed", r"(?i)long"]},
})

CLIENTS.append({
 "id": "h04", "lang": "en-CA",
 "who": "71-year-old man with a coronary stent on bisoprolol, cardiac rehab graduate; -14 C and windy at 7 am, asks walk outside now or wait for the mall to open at 9",
 "call": {
  "activity": "brisk_walk", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: wait for the mall - walk indoors at 9, not outside now.\n"
           "You asked: outside now or the mall later? The mall. At -14 C with a 30 km/h wind (wind chill around -24) cold air narrows blood vessels, raises blood pressure and makes the heart work harder; early-morning cold is when angina is most likely.\n"
           "Brisk walk 40 min indoors: 10 min easy warm-up, then RPE 11-13, you can talk but not sing. Don't go by heart rate - bisoprolol keeps it low, so use how it feels.\n"
           "Stop if you get chest pressure or tightness, pain in the jaw, neck or arm, unusual breathlessness or light-headedness. Use your nitro spray if prescribed; if it isn't gone in 5 minutes, call 911.\n"
           "Dress warmly for the trip to the mall and cover your mouth and nose outside.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Mall walk 40 min, moderate (RPE 11-13), after 9 am.",
   "Wed  Strength 25 min at home (sit-to-stand, wall push-ups, band rows, 2 x 10-15), moderate; exhale on the effort.",
   "Thu  Walk 40 min: outside only if milder than about -10 C with little wind, midday; otherwise the mall.",
   "Fri  Tai chi or balance 20 min, light.",
   "Sat  Mall walk 45 min, moderate.",
   "Sun  Strength 25 min, 2 x 10-15, moderate.",
   "Mon  Rest or an easy 20 min stroll.",
  ],
  "week": "About 145 min of moderate walking, strength twice, balance once; by feel (RPE 11-13), not heart rate; indoors on bitter-cold mornings."},
 "profile": {
  "age": 71, "sex": "male", "weight_kg": 84, "height_cm": 175, "resting_hr": 58,
  "conditions": ["heart_disease"], "bp_systolic": 128, "bp_diastolic": 76, "fitness": "intermediate",
  "preferences": ["walk", "brisk_walk"],
  "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 12},
              {"activity": "strength", "minutes": 25, "days_ago": 3, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 35, "days_ago": 5, "rpe": 12}],
  "context": {"time": "2026-01-20T07:00", "temperature_c": -14, "wind_kmh": 30, "precipitation": "none"},
  "notes": "Walk outside now like usual or wait for the mall to open at 9 for the mall walkers? Its -14 and windy out. Had a stent 2 yrs ago, did the rehab program, on bisoprolol. Feel fine.",
  "language": "en-CA"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["cycle", "run"], "hr_zone_null": True,
  "must_match": [r"(?i)\bmall|indoors?|inside",
                 r"(?i)\bcold|wind|-\s?1[0-9]|chill|freez|frigid",
                 r"(?i)chest|jaw|\barm|angina|pressure|tightness"],
  "must_not_match": [NO_CA_WRONG],
  "plan_must_match": [r"(?i)strength|resistance|sit-to-stand|weights|band"]},
})

CLIENTS.append({
 "id": "h05", "lang": "en-IN",
 "who": "29-year-old woman with mild asthma in Gurgaon, AQI 185; asks run in the society park or treadmill in the building gym",
 "call": {
  "activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: treadmill in the gym, not the park.\n"
           "You asked: park or treadmill? Treadmill. An AQI of 185 is 'unhealthy', and with asthma you are in the sensitive group that should avoid prolonged or heavy exertion outdoors; the throat tickle is the smog already working on your airways.\n"
           "Easy-to-moderate run 30 min on the treadmill: RPE 12-13, able to talk in sentences; walk breaks are fine. Keep the gym doors and windows closed.\n"
           "Take your reliever inhaler 10-15 minutes before as usual and keep it with you. Stop if you wheeze, cough hard or your chest feels tight; if the inhaler doesn't help within a few minutes or you can't speak in sentences, call 112.\n"
           "Check the AQI before heading out again: back to the park when it's under 100.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Thu  Treadmill run 30 min, moderate (RPE 12-13), inhaler beforehand.",
   "Fri  Strength 30 min in the gym (squats, rows, lunges, planks, 2-3 x 10-12).",
   "Sat  Treadmill or elliptical 35 min, moderate - park only if AQI is under 100.",
   "Sun  Rest or yoga 30 min.",
   "Mon  Strength 30 min, 2-3 x 10-12.",
   "Tue  Run 35 min, moderate: park if AQI under 100, otherwise treadmill.",
   "Wed  Rest.",
  ],
  "week": "About 100 min of running or cross-training at moderate effort plus strength twice; indoors while the AQI is over 150, reliever before every run."},
 "profile": {
  "age": 29, "sex": "female", "weight_kg": 56, "height_cm": 160, "resting_hr": 66,
  "conditions": ["asthma"], "fitness": "intermediate", "preferences": ["run"],
  "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
              {"activity": "run", "minutes": 35, "days_ago": 5, "rpe": 13},
              {"activity": "strength", "minutes": 30, "days_ago": 4, "rpe": 13}],
  "context": {"time": "2026-11-12T06:30", "temperature_c": 14, "aqi": 185, "precipitation": "none"},
  "notes": "AQI showing 185 in Gurgaon today. Run in the society park like usual or the treadmill at the gym downstairs? asthma mostly controlled, I use my inhaler before running. bit of a tickle in throat from the smog",
  "language": "en-IN"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["cycle"], "hr_zone_null": False,
  "must_match": [r"(?i)treadmill|indoors?|inside|\bgym",
                 r"(?i)inhaler|reliever|salbutamol|puffer|asthma|wheez",
                 r"(?i)\b185\b|AQI|air quality|smog|pollut|\bair\b"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)AQI|air|indoor|treadmill|gym"]},
})

CLIENTS.append({
 "id": "h06", "lang": "en-NZ",
 "who": "41-year-old man, acute low back pain 3 days after lifting a trampoline, no leg symptoms; asks stay on the couch or try something (usually runs 5k and swims)",
 "call": {
  "activity": "walk", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
  "card": ("Today: get off the couch - a gentle 20-30 minute walk, not the run.\n"
           "You asked: couch or try something? Keep moving. With a strained back and no leg symptoms, staying active speeds recovery; bed rest and long spells on the couch make it stiffer and slower to settle.\n"
           "Walk 25 min at a comfortable pace, RPE 10-12, easy enough to chat. Split it into 2 x 12 min if that's kinder. Some soreness is okay; ease off if it climbs sharply.\n"
           "Hold the 5k run for now - impact jars a sore back; try an easy swim later this week, and an easy jog once walking feels normal.\n"
           "Get seen urgently (call 111) if you get numbness around the groin or buttocks, trouble passing urine or controlling your bladder or bowels, or weakness in a leg. See a GP if pain spreads down a leg, you get a fever, or it isn't easing in a couple of weeks.\n"
           "(This is not medical advice.)"),
  "plan": [
   "Tue  Walk 25 min, light (RPE 10-12); get up and move every 30-45 min at work.",
   "Wed  Walk 30 min, light-moderate; 10 min gentle mobility (knee hugs, pelvic tilts, cat-camel).",
   "Thu  Easy swim 20-30 min if it feels comfortable, otherwise walk 30 min.",
   "Fri  Walk 35 min, moderate (RPE 11-13).",
   "Sat  Easy swim 30 min or walk 35 min.",
   "Sun  Rest or a short stroll.",
   "Mon  Easy jog 20 min (RPE 11-12) only if walking is pain-free; otherwise walk 35 min.",
  ],
  "week": "Daily gentle movement building from 25 to 35 min; swim when comfortable; running back last and short."},
 "profile": {
  "age": 41, "sex": "male", "weight_kg": 86, "height_cm": 181, "resting_hr": 62,
  "conditions": ["low_back_pain"], "fitness": "intermediate", "preferences": ["run", "swim"],
  "history": [{"activity": "run", "minutes": 30, "days_ago": 6, "rpe": 13},
              {"activity": "swim", "minutes": 40, "days_ago": 8, "rpe": 12},
              {"activity": "run", "minutes": 30, "days_ago": 10, "rpe": 13}],
  "context": {"time": "2026-05-05T12:30", "temperature_c": 15, "precipitation": "none"},
  "notes": "Put my back out lifting the kids trampoline on saturday. sore across the lower back, nothing down the legs or numbness. Should I just stay on the couch till it settles or try something? normally run 5k twice a week or a swim",
  "language": "en-NZ"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?i)(?:keep|stay|get|remain)(?:ing)? (?:moving|active|mobile|up)|bed ?rest|couch|sofa|movement (?:helps|is)|moving (?:helps|is)|gentle (?:movement|activity)|activity helps|active recovery|rather than (?:rest|lying)|instead of (?:rest|lying)|more than rest",
                 r"(?i)numb|bladder|bowel|saddle|groin|weak(?:ness)? (?:in )?(?:a |your |the )?leg|leg weakness|pins and needles|down (?:a|your|the) leg"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?i)walk|swim"]},
})
