"""Clients h01-h06 (literal data)."""
from common import NO_911, CA_WRONG, ZH_NO_120, HK_WRONG, EN_SHORT, ZH_DAY

CLIENTS = []
ALTS = {}

# ---------------------------------------------------------------- h01
CLIENTS.append({
 "id": "h01", "lang": "en-US",
 "who": "52-year-old male office worker, hypertension on lisinopril (142/88 today), beginner, 245 lb; work trip Mon-Tue, daughter's wedding Saturday; US units",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today (Sun): brisk walk, 30 min, moderate - RPE 12-13 on the 6-20 scale: you can talk in full sentences but not sing. "
           "Flat route; first and last 5 minutes easy.\n"
           "Your week: the trip days get something short (a 15-20 min walk around the airport or hotel plus a few stretches), "
           "the day before the wedding stays easy, and on Saturday the dancing is your workout.\n"
           "Blood pressure: 142/88 is in the stage 2 range (AHA 2017 starts it at 140/90). One machine reading can run high - sit 5 minutes and re-check; "
           "if it stays at 140/90 or more over a couple of weeks, tell your doctor. Keep to moderate effort and get your doctor's OK before anything vigorous. "
           "When you do strength work, breathe out on the effort and never hold your breath.\n"
           "Why: regular moderate walking lowers blood pressure by a few points; 30 min on 5 days is the 150 min/week WHO minimum. "
           "Brisk walking is about 4.3 MET, roughly 250 kcal in 30 min at your weight.\n"
           "Stop and call 911 for chest pain or pressure, pain spreading to the arm or jaw, severe shortness of breath or feeling faint. (Not medical advice.)"),
  "plan": [
   "Sun brisk walk, moderate, 30 min, RPE 12-13",
   "Mon travel day: 15 min walk at the airport or hotel + 5 min calf and hip stretches, light",
   "Tue travel day: 15-20 min easy walk; get up and walk the aisle on the flight home",
   "Wed strength, moderate, 25 min, 2 sets x 10-15 (sit-to-stand, wall push-ups, band rows) - breathe out on the effort",
   "Thu brisk walk, moderate, 35 min, RPE 12-13",
   "Fri easy walk, light, 20 min - stay fresh for tomorrow",
   "Sat wedding: no workout, the dancing is your exercise - sip water, take breaks"],
  "week": "Week: about 135 min of walking + 1 strength day + the dance floor; short sessions on the travel days, easy Friday before the wedding."},
 "profile": {
  "user": "h01", "age": 52, "sex": "male", "weight_lb": 245, "height_in": 71, "resting_hr": 78,
  "conditions": ["hypertension"], "bp_systolic": 142, "bp_diastolic": 88, "fitness": "beginner",
  "goal": "have energy for my daughter's wedding", "preferences": ["brisk_walk", "stationary_bike"],
  "context": {"time": "2026-05-03T08:30", "temperature_f": 64, "humidity_pct": 55, "precipitation": "none"},
  "notes": "flying to denver monday for work, back tuesday night late. daughters wedding is saturday and i dont want to be gassed on the dance floor lol. bp was 142/88 on the pharmacy machine this morning, i take lisinopril. what should my week look like",
  "language": "en-US", "units": "imperial"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?i)(blood pressure|\bBP\b|142|hypertens)"],
  "must_not_match": [],
  "plan_must_match": [r"(?im)^Mon[^\n]*(rest|off|" + EN_SHORT + r")",
                      r"(?im)^Tue[^\n]*(rest|off|" + EN_SHORT + r")",
                      r"(?im)^Sat[^\n]*(wedding|danc|rest|off|easy|light)"]}})
ALTS["h01"] = {"activity": "stationary_bike", "minutes": 30, "intensity": "moderate",
 "card": "Sunday: 30 minutes on the exercise bike at a moderate effort, RPE 12-13, able to talk. Your BP of 142/88 is stage 2: recheck it, keep efforts moderate until your doctor says otherwise, and exhale when lifting. Call 911 for chest pain.",
 "plan": "Sun bike 30 min moderate\nMon trip - 20 min hotel walk\nTue trip - rest\nWed brisk walk 30 min\nThu strength 25 min\nFri walk 20 min easy\nSat the wedding - dance and enjoy\nWeek: ~130 min."}

# ---------------------------------------------------------------- h02
CLIENTS.append({
 "id": "h02", "lang": "zh-CN",
 "who": "16岁女高中生，中等体能；周一周二经期痛经，周三到周五期末考，周六和同学打羽毛球",
 "call": {
  "activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天（周日）：慢跑30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。前5分钟走路热身，跑完拉伸5分钟。\n"
           "你问考试周要不要停：不用停。每天动一动（哪怕20分钟）有助于睡眠、集中注意力和缓解压力；WHO建议青少年平均每天60分钟中到高强度活动，走路上学、体育课都算。\n"
           "经期头两天肚子疼：可以做轻松的散步、瑜伽或拉伸15-20分钟，很多人动一动痛经会减轻；疼得厉害就休息、热敷。如果每次疼到要请假、吃止痛药也不管用，或者出血特别多，请让家长带你去看医生。\n"
           "考试那三天：复习间隙快走或骑车15-20分钟，不做很累的训练，保证睡眠。\n"
           "周六打羽毛球：考完放松，打之前热身10分钟，记得喝水。\n"
           "注意：跑步时如果胸痛、头晕或快要晕倒，马上停下并告诉家长，紧急时拨打120。"),
  "plan": [
   "周日 慢跑，中等强度，30分钟，RPE 12-13",
   "周一 经期：散步或瑜伽，轻松，15-20分钟，疼得厉害就休息",
   "周二 经期：瑜伽和拉伸，轻松，15分钟",
   "周三 考试：复习间隙快走，中等强度，20分钟",
   "周四 考试：骑自行车，中等强度，20分钟",
   "周五 考试：快走，中等强度，20分钟，早点睡",
   "周六 和同学打羽毛球，约60分钟，中到高强度（先热身）"],
  "week": "本周：每天都动一动；经期和考试日短而轻松，周六打球补上强度。"},
 "profile": {
  "user": "h02", "age": 16, "sex": "female", "weight_kg": 52, "height_cm": 162, "fitness": "intermediate",
  "goal": "考试周也想保持运动", "preferences": ["run", "cycle"],
  "context": {"time": "2026-06-28T17:00", "temperature_c": 27, "humidity_pct": 60, "precipitation": "none", "aqi": 55},
  "notes": "下周三到周五期末考 周一周二估计会来大姨妈 每次头两天肚子疼得厉害 周六考完想和同学去打羽毛球 妈妈说考试周就别动了 这周怎么安排运动啊",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 75,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(经期|經期|痛经|痛經|月经|月經|大姨[妈媽]|生理期|考试|考試|期末)"],
  "must_not_match": [],
  "plan_must_match": [ZH_DAY + r"一[^\n]*(散步|瑜伽|拉伸|轻|輕|休息)",
                      ZH_DAY + r"六[^\n]*(羽毛球|打球|球)"]}})
ALTS["h02"] = {"activity": "cycle", "minutes": 40, "intensity": "moderate",
 "card": "今天骑车40分钟，中等强度，能说话。考试周照样运动，每天动一动对复习有好处；来月经肚子疼那两天做点轻松的瑜伽。",
 "plan": "周日 骑车40分钟\n周一 瑜伽20分钟，轻松\n周二 休息\n周三 快走20分钟\n周四 快走20分钟\n周五 跳绳10分钟\n周六 打羽毛球\n本周：每天活动。"}

# ---------------------------------------------------------------- h03
CLIENTS.append({
 "id": "h03", "lang": "en-GB",
 "who": "34-year-old female nurse, intermediate runner (3 runs a week, logged); night shifts Wednesday and Thursday",
 "call": {
  "activity": "run", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [109, 134],
  "card": ("Today (Mon): easy run, 40 min, moderate - RPE 12-13, you can talk in full sentences; heart rate about 109-134 bpm.\n"
           "Around your nights: the harder and longer running goes on days after a proper night's sleep. Tuesday is your last normal day before nights - a short strength session, no hard running. "
           "Wednesday and Thursday (night-shift days): no hard session, sleep comes first - at most a 15-20 min walk or gentle yoga before the shift, or nothing at all. "
           "Friday after the last night: sleep, then a short walk in daylight. Saturday the long easy run, Sunday yoga or an easy 30 min.\n"
           "Why: hard running on broken sleep costs more and gives back less, and tired legs plus the drive home after a night shift are when injuries and accidents happen. "
           "Three runs this week keeps your habit going.\n"
           "Stop and call 999 for chest pain, fainting or breathlessness out of proportion to the effort. (Not medical advice.)"),
  "plan": [
   "Mon easy run, moderate, 40 min, RPE 12-13 (109-134 bpm)",
   "Tue strength, moderate, 30 min, 2-3 sets x 8-12 (squats, lunges, calf raises, core)",
   "Wed night shift: rest, or a 15 min walk before work - sleep first",
   "Thu night shift: rest - nap before the shift",
   "Fri recovery: sleep, then a 20 min easy walk in daylight, light",
   "Sat long easy run, moderate, 60 min, RPE 12-13",
   "Sun yoga, light, 40 min, or a 30 min easy run if you feel fresh"],
  "week": "Week: 3 runs kept (40 + 60 + optional 30), strength once, nothing hard on the night-shift days."},
 "profile": {
  "user": "h03", "age": 34, "sex": "female", "weight_kg": 63, "height_cm": 168, "resting_hr": 58,
  "fitness": "intermediate", "goal": "keep my running ticking over", "preferences": ["run", "yoga"],
  "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 12},
              {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 13},
              {"activity": "run", "minutes": 30, "days_ago": 8, "rpe": 12},
              {"activity": "yoga", "minutes": 45, "days_ago": 9, "rpe": 9},
              {"activity": "run", "minutes": 40, "days_ago": 12, "rpe": 12}],
  "context": {"time": "2026-03-16T07:30", "temperature_c": 9, "humidity_pct": 70, "wind_kmh": 12, "precipitation": "none"},
  "notes": "On nights Wed and Thu this week (8pm-8am) so I'm usually wrecked Fri. Normally run 3x a week with a long one at the weekend. Last time I squeezed a tempo in before a night shift I felt awful. How do I fit it round the shifts?",
  "language": "en-GB"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 75,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"(?i)(night|shift|sleep)"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?im)^Wed[^\n]*(rest|off|nap|sleep|yoga|stretch|mobility|" + EN_SHORT + r")",
                      r"(?im)^Thu[^\n]*(rest|off|nap|sleep|yoga|stretch|mobility|" + EN_SHORT + r")"]}})
ALTS["h03"] = {"activity": "run", "minutes": 45, "intensity": "moderate",
 "card": "Monday: a relaxed 45-minute run, conversational pace (RPE 12). Keep the quality for the days you've slept - nothing hard on your night shifts Wed/Thu. Ring 999 if you get chest pain.",
 "plan": "Mon run 45 min easy\nTue tempo 35 min\nWed off - nights\nThu off - nights\nFri walk\nSat long run 65 min\nSun yoga\nWeek: 3 runs."}

# ---------------------------------------------------------------- h04
CLIENTS.append({
 "id": "h04", "lang": "zh-TW",
 "who": "68歲男性退休，膝退化性關節炎（高血壓控制中），初學者，每天早上走路；週四起孫子中秋連假來住，週五中秋烤肉",
 "call": {
  "activity": "tai_chi", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天（週一）：太極拳30分鐘，中等強度，RPE 11-13（可以邊做邊說整句話）。之後做10分鐘腿部肌力：坐椅子站起來2組×10-15次、扶椅背踮腳跟2組×10-15次。\n"
           "您問要不要乾脆休息保護膝蓋：不要。退化性關節炎最好的照顧就是規律、低衝擊的活動加上大腿肌力，完全不動反而讓膝蓋更僵、更無力。"
           "運動時疼痛不超過輕微（0-10分的2-3分）、隔天早上沒有更腫更痛，就表示量是對的。\n"
           "早上走路可以繼續，選平路，少爬樓梯和下坡；上下樓梯扶扶手。65歲以上每週至少3天做平衡和肌力訓練（WHO 2020），太極正好兩者都有。\n"
           "孫子來的那幾天：帶他去公園散步，他騎腳踏車時您在旁邊走，也算運動；中秋烤肉前後多走動。\n"
           "注意：膝蓋突然腫起來、發熱、卡住或不能承重，先休息並看醫生。運動中胸痛、頭暈、喘不過氣，立刻停止，必要時撥打119。"),
  "plan": [
   "週一 太極，中等強度，30分鐘，RPE 11-13，加腿部肌力10分鐘",
   "週二 平路散步，中等強度，30分鐘，RPE 11-13",
   "週三 肌力和平衡，中等強度，25分鐘：坐站2組×10-15次、踮腳跟、扶椅背單腳站",
   "週四 太極，中等強度，30分鐘（孫子晚上到）",
   "週五 中秋節：早上和孫子到公園散步30分鐘，烤肉前後多走動",
   "週六 肌力和平衡，中等強度，25分鐘，和孫子一起做",
   "週日 休息，或輕鬆散步20分鐘"],
  "week": "本週：每天都動，平衡和肌力4天，全部低衝擊；以隔天膝蓋不更痛為準。"},
 "profile": {
  "user": "h04", "age": 68, "sex": "male", "weight_kg": 74, "height_cm": 166, "resting_hr": 70,
  "conditions": ["knee_injury", "hypertension"], "bp_systolic": 132, "bp_diastolic": 82, "fitness": "beginner",
  "goal": "膝蓋不要再痛，能陪孫子玩", "preferences": ["walk", "tai_chi"],
  "context": {"time": "2026-09-21T06:30", "temperature_c": 26, "humidity_pct": 80, "precipitation": "none"},
  "notes": "醫生說我膝蓋是退化性關節炎 爬樓梯會痛 每天早上在公園走路半小時 這禮拜四孫子中秋連假來住到禮拜天 禮拜五中秋要烤肉 這禮拜要怎麼運動比較好 要不要乾脆休息保護膝蓋",
  "language": "zh-TW"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(膝|關節|关节)", r"(平衡|肌力|力量|太極|太极|坐站|站起)"],
  "must_not_match": [ZH_NO_120],
  "plan_must_match": [r"(?s)(平衡|肌力|力量|太極|太极)(.*?(平衡|肌力|力量|太極|太极)){2}"]}})
ALTS["h04"] = {"activity": "walk", "minutes": 30, "intensity": "moderate",
 "card": "今天平路走30分鐘，中等強度，能說話的程度；回家後做坐站練習。關節炎不用休息，動一動對膝蓋好。有胸痛請撥打119。",
 "plan": "週一 散步30分鐘\n週二 太極30分鐘\n週三 休息\n週四 太極\n週五 散步\n週六 肌力訓練20分鐘\n週日 散步\n本週：低衝擊。"}

# ---------------------------------------------------------------- h05
CLIENTS.append({
 "id": "h05", "lang": "en-AU",
 "who": "41-year-old mum, intermediate runner (logged runs and parkrun), school holidays with both kids home, 4-hour drive Friday, parkrun Saturday",
 "call": {
  "activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today (Mon): easy run, 30 min, moderate - RPE 12-13, you can chat but not sing. Out the door before the kids are up.\n"
           "School holidays: keep the sessions short and early, and count the active stuff with the kids - a bike ride with them or a playground run-around is real exercise.\n"
           "For Saturday's parkrun: one quicker session on Wednesday (intervals), nothing hard from Thursday on. Friday's 4-hour drive: stop every 2 hours to walk for 5-10 minutes, "
           "and a 15 min easy jog or walk when you arrive to loosen up.\n"
           "Calf: it's fine now, so keep the easy runs easy and skip hills this week; if it tightens up, swap the run for the bike.\n"
           "Call 000 for chest pain, fainting or unusual breathlessness. (Not medical advice.)"),
  "plan": [
   "Mon easy run, moderate, 30 min, RPE 12-13",
   "Tue bike ride with the kids, moderate, 40 min",
   "Wed run with 6 x 1 min faster / 2 min easy, vigorous, 35 min in total",
   "Thu home strength, moderate, 20 min, 2 sets x 12 (squats, lunges, calf raises, planks) - kids can join",
   "Fri drive day: stop every 2 hours to walk; 15 min easy jog or walk on arrival",
   "Sat parkrun (5 km) - race it, warm up 10 min first",
   "Sun rest or a family walk, light, 30 min"],
  "week": "Week: 4 runs including parkrun, strength once, the kids' activity counted; nothing hard after Wednesday, short on the drive day."},
 "profile": {
  "user": "h05", "age": 41, "sex": "female", "weight_kg": 64, "height_cm": 167, "resting_hr": 60,
  "fitness": "intermediate", "goal": "get under 27 min at parkrun", "preferences": ["run", "cycle"],
  "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 12},
              {"activity": "run", "minutes": 25, "days_ago": 6, "rpe": 13},
              {"activity": "run", "minutes": 28, "days_ago": 9, "rpe": 16},
              {"activity": "run", "minutes": 30, "days_ago": 11, "rpe": 12}],
  "context": {"time": "2026-07-06T06:00", "temperature_c": 8, "humidity_pct": 75, "precipitation": "none"},
  "notes": "School hols this week so both kids (6 and 9) home with me all day, hubby at work. Can get out before 6:30 or once he's home. Driving 4 hrs up the coast friday and there's a parkrun there sat I want to have a crack at. Calf was sore last Thursday but fine now.",
  "language": "en-AU"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 60,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(?i)(kids?|children|school|holiday|hols|parkrun|calf|drive)"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?im)^Fri[^\n]*(drive|driving|rest|off|break|stop|" + EN_SHORT + r")",
                      r"(?im)^Sat[^\n]*parkrun"]}})
ALTS["h05"] = {"activity": "run", "minutes": 35, "intensity": "moderate",
 "card": "Monday: 35 min easy run at RPE 12 before the kids wake. Keep it light for the calf. Save your legs for parkrun; call 000 in an emergency.",
 "plan": "Mon easy run 35\nTue rest\nWed intervals\nThu easy 20 min\nFri drive - rest\nSat parkrun PB attempt\nSun walk\nWeek: 3 runs + parkrun."}

# ---------------------------------------------------------------- h06
CLIENTS.append({
 "id": "h06", "lang": "zh-HK",
 "who": "45歲女文員，2型糖尿病（長效胰島素＋口服藥），今晚血糖85；星期三醫院覆診空肚抽血，星期六飲喜酒",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日（星期一）：食完晚飯後快走30分鐘，中等強度，RPE 12-13（行到微微喘，但仲可以講完整句說話）。\n"
           "血糖：你今晚收工度到85 mg/dl（4.7 mmol/L），又有打胰島素，低過90唔好空肚出發：先食晚飯（或者15-30克碳水化合物，例如一塊多士加一杯奶），食完大約30分鐘先行，飯後行仲有助降血糖（ADA 2016）。"
           "身上帶糖果或者果汁，行到頭暈、手震、出冷汗、心跳快就即刻停低食糖。\n"
           "星期三覆診抽血要空肚：嗰朝唔好做運動，抽完血食完早餐先；晚飯後再行30分鐘就得。\n"
           "星期六飲宴：日間行多啲，飲完可以行15-20分鐘消化；飲酒會令夜晚血糖偏低，瞓之前食返啲嘢。\n"
           "好耐冇行山：今個禮拜先快走，星期日揀一條短啲、平啲嘅山徑。\n"
           "注意：有胸痛、氣促或者暈得好犀利，即刻打999。"),
  "plan": [
   "星期一 飯後快走，中等強度，30分鐘，RPE 12-13",
   "星期二 力量訓練，中等強度，25分鐘，2組×10-15次（扶椅深蹲、靠牆掌上壓、彈力帶划艇）",
   "星期三 覆診抽血（空肚）：朝早唔做運動；晚飯後快走30分鐘，中等強度",
   "星期四 飯後快走，中等強度，35分鐘，RPE 12-13",
   "星期五 力量訓練，中等強度，25分鐘，2組×10-15次",
   "星期六 飲宴：日間散步20分鐘，飲完行15-20分鐘，輕鬆",
   "星期日 行山（短、平路為主），中等強度，45分鐘，帶水同糖"],
  "week": "本週：有氧約150分鐘，力量2日；運動前度血糖，低過90先食啲嘢。"},
 "profile": {
  "user": "h06", "age": 45, "sex": "female", "weight_kg": 70, "height_cm": 158, "resting_hr": 76,
  "conditions": ["diabetes"], "glucose_mg_dl": 85, "fitness": "beginner",
  "goal": "控制血糖", "preferences": ["brisk_walk", "walk"],
  "history": [{"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10},
              {"activity": "brisk_walk", "minutes": 25, "days_ago": 8, "rpe": 12}],
  "context": {"time": "2026-04-13T19:00", "temperature_c": 24, "humidity_pct": 80, "precipitation": "none", "aqi": 60},
  "notes": "我打緊長效胰島素同食糖尿藥 今晚收工度咗血糖85 禮拜三朝早要返醫院覆診抽血 要空肚 禮拜六飲朋友喜酒 呢個禮拜點做運動好 以前成日行山但好耐冇行",
  "language": "zh-HK"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(85|4\.[67]|血糖)",
                 r"(碳水|醣|糖果|果汁|餅乾|饼干|先食|先吃|食咗|食飯|食饭|吃飯|吃饭|吃點|吃点|食啲|[帶带].{0,2}糖|晚飯|晚饭|飯後|饭后|餐後|餐后|(?<!\d)15\s*[-–至]?\s*(30)?\s*(克|g))"],
  "must_not_match": [HK_WRONG],
  "plan_must_match": [ZH_DAY + r"三[^\n]*(覆診|覆诊|复诊|複診|抽血|驗血|验血|空肚|空腹)",
                      ZH_DAY + r"六[^\n]*(飲宴|饮宴|喜酒|婚宴|飯後|饭后|散步|行|輕|轻|休息)"]}})
ALTS["h06"] = {"activity": "walk", "minutes": 30, "intensity": "moderate",
 "card": "今晚食咗飯先，之後散步30分鐘，中等強度，行到可以傾偈嘅程度。血糖85偏低，有打針就要帶住糖。唔舒服即刻打999。",
 "plan": "星期一 散步30分鐘\n星期二 休息\n星期三 驗血後散步\n星期四 快走\n星期五 力量\n星期六 飲完散步15分鐘\n星期日 行山\n本週：150分鐘。"}
