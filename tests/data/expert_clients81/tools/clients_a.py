"""h01-h06 (English). Literal data."""
from common import ALL_BUT_REST, NO911, CA_BAD

CLIENTS = []

# h01 en-US imperial: total knee replacement 10 weeks, PT discharged, cleared, sitting since -> rest is wrong
CLIENTS.append({
 "id": "h01", "lang": "en-US",
 "who": "67-year-old man in Ohio, right total knee replacement 10 weeks ago, discharged from PT and cleared except running/jumping, mostly sitting since and nervous; wants to walk 18 holes by spring",
 "call": {
  "activity": "stationary_bike", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: stationary bike, 25 minutes, moderate effort: RPE 11-13 (breathing harder, still able to talk in full sentences, not sing). Seat high enough that the new knee is only slightly bent at the bottom of the stroke; 5 easy minutes first, then steady pedalling on light resistance. Afterwards do your PT knee program: sit-to-stands from a chair 2 x 10-15, straight-leg raises, heel slides to keep the bend. Why: your surgeon and PT have cleared you, and at 10 weeks the biggest risk to the knee is sitting still: stiffness and a weak quad. The bike gives range and strength without impact. Some ache during and after is normal; ice it for 15 minutes if it feels warm. No running or jumping. Your BP 134/82 is fine for exercise; breathe out on the effort, don't hold your breath. Stop and call your surgeon if the knee gets hot, red or much more swollen, or your calf is painful or swollen. Call 911 for chest pain or sudden shortness of breath.",
  "plan": [
   "Mon stationary bike 25 min, moderate, RPE 11-13 + PT knee exercises",
   "Tue walk 20 min on flat ground, RPE 11-12 + balance: stand on one leg at the kitchen counter 3 x 20 s each side",
   "Wed strength 25 min: sit-to-stands, step-ups on a low step, straight-leg raises, mini wall squats, 2 x 10-15, RPE 12-13",
   "Thu stationary bike 30 min, moderate, RPE 11-13",
   "Fri walk 25 min, flat or gentle slope, RPE 11-13; chipping and putting practice is fine",
   "Sat strength 25 min as Wed + balance 3 x 20 s each side",
   "Sun rest: gentle knee bends and a short stroll only"
  ],
  "week": "About 100 min of bike and walking, strength 2 days, balance 2 days; add about 5 min a session each week toward 150 min and walking 9 holes with a cart for the bag by late winter; no running or jumping."
 },
 "profile": {
  "user": "h01", "age": 67, "sex": "male", "weight_lb": 214, "height_in": 70, "units": "imperial",
  "resting_hr": 68, "conditions": ["knee_injury", "hypertension"], "bp_systolic": 134, "bp_diastolic": 82,
  "fitness": "beginner", "goal": "walk 18 holes of golf again by April",
  "preferences": ["walk", "stationary_bike"],
  "history": [{"activity": "walk", "minutes": 15, "days_ago": 3, "rpe": 11},
              {"activity": "stationary_bike", "minutes": 15, "days_ago": 6, "rpe": 12}],
  "context": {"time": "2025-10-20T09:30", "temperature_f": 52, "wind_mph": 8, "precipitation": "none"},
  "notes": "10 wks out from my right knee replacement. PT discharged me last week, said keep up the exercises + bike, surgeon ok'd everything except running/jumping. honestly I've mostly been sitting since PT ended, knee gets stiff and I'm nervous about wrecking it. bend is about 115. want to walk the course again by april. what should I do today",
  "language": "en-US"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?i)knee|quad|bend|range of motion", r"(?i)swell|swollen|hot|red|calf|pain|ache"],
  "must_not_match": [],
  "plan_must_match": [r"(?i)strength|sit-to-stand|step-up|squat|leg press|quad|leg raise"]
 }
})

# h02 en-GB: heart attack + stent 6 weeks, phase III rehab, bisoprolol; wants to jog parkrun Saturday
CLIENTS.append({
 "id": "h02", "lang": "en-GB",
 "who": "58-year-old man in Leeds, heart attack and stent 6 weeks ago, in phase III cardiac rehab twice a week, on bisoprolol; wants to jog parkrun with his son on Saturday",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: brisk walk, 30 minutes, moderate: RPE 11-13 on the 6-20 scale (breathing a bit harder, you can still talk in full sentences). Go by feel and the talk test, not heart rate: bisoprolol keeps your pulse low, so a heart-rate target would push you too hard. Include 10 minutes of gentle warm-up and cool-down. Saturday: walk the parkrun with your son rather than jog it; parkrun is happy for people to walk. Ask your cardiac rehab team on Tuesday when you can add short jogging intervals, and don't jog until they say so. Why: you're 6 weeks after a heart attack and doing well; steady moderate walking on the days between classes builds fitness safely, and the team's exercise test tells you when more is safe. Stop, sit down and use your GTN spray if you get pain, pressure or tightness in the chest, arm, jaw or neck, or unusual breathlessness; if it hasn't gone 5 minutes after the second dose, call 999.",
  "plan": [
   "Thu brisk walk 30 min, RPE 11-13, gentle warm-up and cool-down included",
   "Fri cardiac rehab class as prescribed",
   "Sat parkrun walked with your son, about 5 km at RPE 11-13, no jogging",
   "Sun rest or a gentle 20 min stroll",
   "Mon brisk walk 30 min, RPE 11-13 + light strength: sit-to-stands and wall press-ups 1-2 x 10-15, breathe out on the effort",
   "Tue cardiac rehab class; ask the team about jogging intervals",
   "Wed brisk walk 35 min, RPE 11-13"
  ],
  "week": "About 150 min of moderate walking including two rehab classes, strength once outside class; effort by RPE and the talk test, not heart rate; jogging only once the rehab team clears it."
 },
 "profile": {
  "user": "h02", "age": 58, "sex": "male", "weight_kg": 88, "height_cm": 178, "resting_hr": 56,
  "conditions": ["heart_disease", "hypertension"], "bp_systolic": 126, "bp_diastolic": 78,
  "fitness": "beginner", "goal": "get fit enough to do parkrun with my son",
  "preferences": ["brisk_walk", "run"],
  "history": [{"activity": "stationary_bike", "minutes": 25, "days_ago": 2, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12},
              {"activity": "stationary_bike", "minutes": 25, "days_ago": 5, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 25, "days_ago": 6, "rpe": 11}],
  "context": {"time": "2025-11-06T08:00", "temperature_c": 8, "wind_kmh": 12, "precipitation": "none"},
  "notes": "6 wks since the heart attack, stent in, on bisoprolol + the rest. doing the rehab classes tue and fri at the leisure centre, going well, nurse says im one of the better ones lol. my lad does parkrun saturdays and wants me to jog it with him this week, reckon I could if i go steady? heart rate never goes above 100 anyway with these tablets",
  "language": "en-GB"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["run"], "hr_zone_null": True,
  "must_match": [r"(?i)rehab|nurse|cardiolog|\bGP\b|doctor|team|consultant",
                 r"(?i)chest|jaw|\barms?\b|neck|tight|GTN|angina|pressure"],
  "must_not_match": [NO911],
  "plan_must_match": [r"(?i)rehab|class|cardiac"]
 }
})

# h03 en-AU: 13 weeks postpartum (vaginal birth), leaking and heaviness, wants to run with the club Thursday
CLIENTS.append({
 "id": "h03", "lang": "en-AU",
 "who": "33-year-old woman in Brisbane, baby 13 weeks ago (vaginal birth), breastfeeding, leaks when she sneezes and feels heaviness after long pram walks; wants to go back to her running club on Thursday",
 "call": {
  "activity": "brisk_walk", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: brisk walk with the pram, 35 minutes, moderate: RPE 12-13, breathing harder but still able to chat. Afterwards, pelvic floor exercises: 10 slow squeezes held up to 10 seconds plus 10 quick ones, three times a day. Why: leaking when you sneeze and a heavy, dragging feeling after walks are common after a baby, but they are signs your pelvic floor isn't ready for the impact of running yet. The UK return-to-running guideline suggests running from about 12 weeks only once there's no leaking or heaviness. Before Thursday's club run, see a women's health (pelvic health) physio; until then keep to low-impact work: walking, stationary bike, swimming. Shorten the walk if the heaviness comes on. Feed or express before you go and wear a supportive crop. Call 000 for heavy bleeding, chest pain or a painful swollen calf.",
  "plan": [
   "Tue brisk pram walk 35 min, RPE 12-13 + pelvic floor exercises",
   "Wed strength 20 min: glute bridges, wall sit, side-lying leg lifts, breathing with pelvic floor lift, RPE 11-13",
   "Thu club night: walk a loop or do the warm-up drills only, no running until the physio checks you; pelvic floor exercises",
   "Fri brisk pram walk 40 min, RPE 12-13",
   "Sat rest or an easy family walk",
   "Sun stationary bike or swim 30 min, moderate, RPE 12-13",
   "Mon strength 20 min as Wed + pelvic floor exercises"
  ],
  "week": "About 140 min of low-impact moderate work, strength and pelvic floor training 2 days; running resumes once a pelvic health physio finds no leaking or heaviness, starting with walk-jog."
 },
 "profile": {
  "user": "h03", "age": 33, "sex": "female", "weight_kg": 68, "height_cm": 167, "resting_hr": 62,
  "fitness": "intermediate", "goal": "back to running 5k with my club",
  "preferences": ["run", "brisk_walk"],
  "history": [{"activity": "walk", "minutes": 45, "days_ago": 1, "rpe": 11},
              {"activity": "walk", "minutes": 40, "days_ago": 3, "rpe": 10},
              {"activity": "walk", "minutes": 50, "days_ago": 5, "rpe": 11}],
  "context": {"time": "2025-09-16T06:45", "temperature_c": 16, "humidity_pct": 60, "precipitation": "none"},
  "notes": "bub is 13 wks, had the 6 wk check all fine. used to run 3x a week b4 pregnancy. been doing long pram walks. i still leak a bit when i sneeze or laugh which i guess is normal after a baby?? and sometimes a heavy dragging feeling down there after the long walks. club run is thursday night, keen to start back. still breastfeeding",
  "language": "en-AU"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["run"], "hr_zone_null": False,
  "must_match": [r"(?i)pelvic|physio|leak|heaviness|dragging|continence"],
  "must_not_match": [NO911],
  "plan_must_match": [r"(?i)pelvic|kegel|core|strength|bridge"]
 }
})

# h04 en-CA: a year on the couch after a divorce, 104 kg, BP 138/88; plans to run 5 km tonight and every night
CLIENTS.append({
 "id": "h04", "lang": "en-CA",
 "who": "46-year-old man in Ottawa, a year on the couch after his divorce, up 15 kg to 104 kg, BP 138/88, used to run 10Ks; plans to run 5 km tonight and every night this week",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": [118, 135],
  "card": "Today: brisk walk, 30 minutes, moderate: RPE 12-13 (you can talk but not sing), heart rate about 118-135 bpm. Not a 5 km run tonight, and not every night: after a year off, at 104 kg, your heart and lungs will come back faster than your tendons, knees and calves, and a sudden jump from zero to daily 5 km runs is the classic way to get hurt and quit in week two. Build up instead: walk 4-5 days this week, strength twice, and from week 2 add 1-minute easy jogs inside the walk, adding a little each week (about 10%). Your BP of 138/88 is a bit high: regular moderate exercise lowers it; get it rechecked by your family doctor, and breathe out on effort when lifting. Why: you were a runner, so the 10K can come back in a few months on a steady ramp. Stop and call 911 for chest pain or pressure, fainting, or breathlessness that doesn't settle.",
  "plan": [
   "Fri brisk walk 30 min, RPE 12-13, about 118-135 bpm",
   "Sat strength 25 min: squats to a chair, push-ups against a counter, rows with a band, plank, 2 x 10-12, RPE 12-13",
   "Sun brisk walk 35 min, RPE 12-13",
   "Mon rest day",
   "Tue brisk walk 35 min, RPE 12-13",
   "Wed strength 25 min as Sat",
   "Thu brisk walk 40 min with 4 x 1 min easy jog, RPE 12-13"
  ],
  "week": "About 140 min of moderate walking with the first easy jogs at the end, strength 2 days, 1 rest day; walk-jog grows by about 10% a week toward a continuous 5 km in 8-10 weeks."
 },
 "profile": {
  "user": "h04", "age": 46, "sex": "male", "weight_kg": 104, "height_cm": 180, "resting_hr": 80,
  "conditions": [], "bp_systolic": 138, "bp_diastolic": 88,
  "fitness": "beginner", "goal": "run a 10K again like I used to",
  "preferences": ["run", "brisk_walk"], "history": [],
  "context": {"time": "2025-04-25T18:30", "temperature_c": 9, "wind_kmh": 15, "precipitation": "none"},
  "notes": "divorce was finalized last spring and honestly I've been on the couch for a year, put on like 15 kg. time to sort myself out. I used to run 10Ks back in the day. plan is to run 5k tonight and every night this week to kickstart it. pharmacy machine said 138/88 the other day, no other health stuff",
  "language": "en-CA"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(?i)build|gradual|progress|ramp|slow|step by step|a little more|increase|10 ?%|every night|5 ?k|too (?:much|fast|soon)|ease (?:in|back)"],
  "must_not_match": [CA_BAD],
  "plan_must_match": [r"(?i)\brest\b|day off|off day|recover", r"(?i)strength|squat|push-?up|weights|resistance|band"]
 }
})

# h05 en-IN: breast cancer, chemo ended in August, radiation 3 weeks ago, family says complete rest -> rest is wrong
CLIENTS.append({
 "id": "h05", "lang": "en-IN",
 "who": "61-year-old woman in Bengaluru, breast cancer, chemotherapy finished 10 weeks ago and radiation 3 weeks ago, type 2 diabetes, exhausted and lying down because her family says rest; oncologist approves walking",
 "call": {
  "activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": "Today: walk in Cubbon Park with your friends, 20 minutes, easy to moderate: RPE 10-12, you can chat comfortably. Why: after chemotherapy and radiation, regular gentle exercise is one of the best-proven ways to reduce cancer-related fatigue; lying down most of the day makes the tiredness and weakness worse, so complete rest is not the safest choice (ACSM 2019: avoid inactivity). Your oncologist has already said walking is good. Walk on 3-5 mornings this week and add 5 minutes when it feels easy. Your sugar of 156 mg/dl is fine for walking; carry a small snack and water. Yoga: a gentle class is fine; tell the teacher your left-side nodes were removed, keep weight off the left arm at first and stop if the arm feels heavy, tight or swells. Skip the walk and call your oncology team if you have a fever of 38 C or more, unusual breathlessness or a painful swollen calf. In an emergency call 112.",
  "plan": [
   "Sun walk 20 min with friends, RPE 10-12",
   "Mon gentle stretching 15 min at home",
   "Tue walk 20 min, RPE 10-12",
   "Wed light strength 15 min: sit-to-stand from a chair, wall push-ups, calf raises, 1-2 x 10-15; left arm light and slow",
   "Thu walk 25 min, RPE 11-12",
   "Fri gentle yoga class 45 min, go easy on the left arm",
   "Sat walk 25 min + light strength 15 min as Wed"
  ],
  "week": "About 90 min of walking (building 5 min at a time toward 150), light strength 2 days, yoga once; rest only when fatigue is unusually bad, not by default."
 },
 "profile": {
  "user": "h05", "age": 61, "sex": "female", "weight_kg": 64, "height_cm": 155, "resting_hr": 82,
  "conditions": ["diabetes"], "glucose_mg_dl": 156,
  "fitness": "beginner", "goal": "get my energy back, morning walks and yoga",
  "preferences": ["walk", "yoga"],
  "history": [{"activity": "walk", "minutes": 10, "days_ago": 4, "rpe": 11}],
  "context": {"time": "2025-11-02T06:30", "temperature_c": 20, "humidity_pct": 70, "precipitation": "none", "aqi": 72},
  "notes": "finished chemo in aug, radiation got over 3 weeks back. oncologist said walking is good for me but my family says take complete rest, dont strain, so i have been mostly lying down. feel tired all the time, even tired of being tired. sugar is 156 this morning. i want to go back to my morning walk with my friends in cubbon park and my yoga class but scared i will fall sick. left side nodes were removed",
  "language": "en-IN"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 40,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(?i)fatigue|tired|energy|exhaust", r"(?i)\brest\b|lying|inactiv|sitting|\bbed\b"],
  "must_not_match": [NO911],
  "plan_must_match": [r"(?i)walk", r"(?i)strength|resistance|\bband|weights|yoga|sit-to-stand"]
 }
})

# h06 en-NZ: tibial stress fracture, 10 weeks no running, cleared to start return-to-run; wants to race parkrun at PB pace
CLIENTS.append({
 "id": "h06", "lang": "en-NZ",
 "who": "28-year-old male club runner in Wellington, tibial stress fracture, 10 weeks without running, cleared by his sports doctor to start a return-to-run programme; wants to go for a PB at Saturday's parkrun",
 "call": {
  "activity": "run", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
  "card": "Today: first return-to-run session, 30 minutes: 5 min brisk walk, then 10 x (1 min easy jog + 1 min walk), 5 min walk. Easy: RPE 10-12, fully conversational. Flat, forgiving surface (grass or the track), and running only every other day. Pain rule: no pain at the old spot during the run, that night or the next morning; if there is, drop back a step. Saturday: no PB attempt. Your bike fitness is way ahead of your tibia, and remodelling bone is the weak link for months; walk-jog the parkrun at today's dose, or volunteer. Why: a staged walk-run return, adding about 10% running time a week, is how you avoid a second fracture; the engine comes back quickly. Keep the hard work on the bike for now, plus calf and hip strength. Sharp pain on the shin or pain at night: stop and see your sports doc. Emergency: call 111.",
  "plan": [
   "Wed walk-run 10 x (1 min jog / 1 min walk), RPE 10-12, flat grass",
   "Thu stationary bike 50 min, intervals fine, RPE up to 15 + calf raises and single-leg strength 20 min",
   "Fri walk-run 10 x (1 min jog / 1 min walk) if Wed was pain-free",
   "Sat parkrun as walk-jog (1 min jog / 1 min walk, walk the rest), RPE 10-12, no racing; or volunteer",
   "Sun stationary bike or swim 45 min, moderate",
   "Mon walk-run 7 x (2 min jog / 1 min walk) if pain-free, RPE 10-12",
   "Tue strength 40 min (calves, hips, single-leg) + easy swim 20 min"
  ],
  "week": "Three walk-run days on alternate days, running time growing about 10% a week, hard aerobic work on the bike, strength 2 days; continuous running in 4-6 weeks if pain-free, racing after that."
 },
 "profile": {
  "user": "h06", "age": 28, "sex": "male", "weight_kg": 72, "height_cm": 180, "resting_hr": 48,
  "conditions": [], "fitness": "advanced", "goal": "sub-18 5k again",
  "preferences": ["run", "stationary_bike"],
  "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 1, "rpe": 14},
              {"activity": "strength", "minutes": 40, "days_ago": 2, "rpe": 13},
              {"activity": "stationary_bike", "minutes": 50, "days_ago": 3, "rpe": 13},
              {"activity": "swim", "minutes": 30, "days_ago": 4, "rpe": 12},
              {"activity": "stationary_bike", "minutes": 45, "days_ago": 6, "rpe": 15}],
  "context": {"time": "2025-03-05T17:30", "temperature_c": 18, "wind_kmh": 30, "precipitation": "none"},
  "notes": "tibia stress fracture, 10 wks no running. sports doc cleared me to start a return to run programme this week, I can hop 20x on it pain free and walk an hour fine. been smashing the bike to keep fitness up. parkrun sat, thinking ill just go out at PB pace and see where im at? or is that dumb",
  "language": "en-NZ"
 },
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 40,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(?i)walk.{0,60}(?:run|jog)|(?:run|jog).{0,60}walk|interval", r"(?i)pain|sore|ache|hurt|tender"],
  "must_not_match": [NO911],
  "plan_must_match": [r"(?i)bike|swim|cross|strength|\brest\b"]
 }
})
