#!/usr/bin/env python3
"""Writes clients.jsonl: 24 blind evaluation clients for motion-advisor.

Expectations are based only on /work/shared/DOMAIN.md (WHO 2020, ACSM 2015
screening / FITT, ACOG 804, ADA 2016, AHA 2017, EPA AQI, ACSM heat/cold,
30-30 lightning rule, Eichner neck check, Gabbett ACWR, Vuurberg 2018).
Profiles use only the fields/values documented in README "Profile format".
"""
import json

T = "2026-12-01T"  # a Tuesday; session date (see start_time.txt)

def exp(must_rest, max_i, acc, forb, mins, meas, mention, not_say=()):
    return {"must_rest": must_rest, "max_intensity": max_i,
            "acceptable_activities": list(acc), "forbidden_activities": list(forb),
            "minutes_range": list(mins), "intensity_measure": meas,
            "must_mention": list(mention), "must_not_say": list(not_say)}

REST = exp  # alias for readability

C = []
def add(id_, who, profile, expected, rationale):
    C.append({"id": id_, "who": who, "profile": profile, "expected": expected,
              "rationale": rationale})

# ---------------- Chinese h01-h12 ----------------
add("h01", "58岁男，高血压，女儿代填；昨天爬楼时胸闷像压石头、左臂酸，休息后缓解（劳力性心绞痛样症状，间接描述）",
    {"age": 58, "sex": "male", "weight_kg": 78, "height_cm": 170,
     "conditions": ["hypertension"], "bp_systolic": 146, "bp_diastolic": 92,
     "fitness": "beginner", "preferences": ["brisk_walk"], "goal": "降血压",
     "context": {"time": T + "07:40", "temperature_c": 4, "precipitation": "none"},
     "language": "zh-CN",
     "notes": "我是他女儿，帮我爸填的。他昨天晚上爬五楼回家，爬到三楼就说胸口发闷，像压了块石头，左边胳膊也酸酸的，坐楼梯上歇了五六分钟才缓过来。他非说是累的，今天还想去公园快走一个小时，说出出汗就好了。这个能走吗？"},
    exp(True, "light", ["rest"], ["run", "brisk_walk", "cycle", "swim", "strength"], [0, 0], "any",
        ["医生|就医|医院|急诊|120|心内科"]),
    "ACSM 2015 screening (Riebe): chest pressure/heaviness with arm discomfort on exertion is an anginal equivalent -> do not start, seek medical clearance; known hypertension raises pre-test probability. Must rest and be told to see a doctor (promptly).")

add("h02", "32歲女，懷孕24週，產檢正常，孕前規律游泳，繁體（zh-TW）",
    {"age": 32, "sex": "female", "weight_kg": 64, "height_cm": 162,
     "conditions": ["pregnancy"], "fitness": "intermediate", "preferences": ["swim"],
     "goal": "維持體能、順產",
     "context": {"time": T + "10:00", "temperature_c": 22},
     "language": "zh-TW",
     "notes": "懷孕24週了，產檢都正常，醫生說可以運動。懷孕前每週游泳三次，現在有點怕，不知道還能不能游？一次游多久比較好？最近腰有點痠，是正常的嗎"},
    exp(False, "moderate", ["swim", "walk", "brisk_walk", "yoga", "stationary_bike", "stretching", "elliptical", "strength", "tai_chi"],
        ["cycle", "rest"], [20, 45], "rpe",
        ["出血|宫缩|宮縮|头晕|頭暈|停止|停下|漏液|羊水"]),
    "WHO/CDC: >=150 min/week moderate in uncomplicated pregnancy; swimming is ideal (no fall or trauma risk). ACOG 804: avoid fall-risk activities (outdoor cycling), lying supine long after 1st trimester; stop on bleeding, contractions, dizziness etc. HR response is altered in pregnancy, so RPE/talk test is the better measure. Rest would be a false alarm.")

add("h03", "74歲婆婆，雙膝退化（醫生確認），上月險些跌倒，孫女用粵語代打（zh-HK）",
    {"age": 74, "sex": "female", "weight_kg": 55, "height_cm": 152, "resting_hr": 72,
     "conditions": ["knee_injury"], "fitness": "beginner", "preferences": ["tai_chi", "walk"],
     "goal": "唔想跌親",
     "context": {"time": T + "07:00", "temperature_c": 17},
     "language": "zh-HK",
     "notes": "我幫阿嫲打嘅。佢74歲，兩個膝頭哥退化，醫生話係關節退化冇大問題，叫佢多啲郁。佢每朝早喺公園同啲婆婆打太極，但係最近驚跌親，上個月喺屋企差啲跌低。想問佢可以做咩運動？行樓梯好唔好？"},
    exp(False, "moderate", ["tai_chi", "walk", "strength", "stationary_bike", "swim", "stretching", "yoga"],
        ["run", "rest"], [15, 45], "any",
        ["平衡|跌倒|防跌"]),
    "WHO 2020: 65+ need multicomponent balance+strength >=3 days/week; DOMAIN: tai chi fits older adults; knee OA -> low impact, no running/jumping. A near-fall is a reason for balance training, not for rest.")

add("h04", "16岁男高中生，明天月考压力大，晚上想去操场跑步，AQI 172",
    {"age": 16, "sex": "male", "weight_kg": 60, "height_cm": 175,
     "fitness": "intermediate", "preferences": ["run"], "goal": "放松减压",
     "context": {"time": T + "21:10", "temperature_c": 2, "aqi": 172},
     "language": "zh-CN",
     "notes": "明天月考，压力山大😩 晚自习下了想去操场跑几圈放松下，平时打篮球的。不过今天雾霾挺重的，手机上显示AQI 172，跑还是不跑啊"},
    exp(False, "moderate", ["stationary_bike", "strength", "yoga", "stretching", "elliptical", "walk", "tai_chi"],
        ["run", "cycle", "rest"], [15, 60], "any",
        ["空气|空氣|雾霾|霧霾|AQI|室内|室內"]),
    "EPA AQI 151-200 'unhealthy': children/teens are a sensitive group -> avoid prolonged or heavy outdoor exertion, prefer indoor. WHO 5-17: 60 min/day MVPA; stress relief is a good reason to move indoors, not to skip.")

add("h05", "45岁女，1型糖尿病打胰岛素，空腹血糖4.2 mmol/L（76 mg/dl），想空腹快走",
    {"age": 45, "sex": "female", "weight_kg": 58, "height_cm": 160,
     "conditions": ["diabetes"], "glucose_mg_dl": 76, "fitness": "intermediate",
     "preferences": ["brisk_walk"], "goal": "控制血糖",
     "context": {"time": T + "06:50", "temperature_c": 8},
     "language": "zh",
     "notes": "一型糖尿病十几年了，早上刚打了胰岛素，还没吃早饭，血糖测了4.2。想趁上班前去小区快走半小时，空腹走是不是燃脂效果更好？"},
    exp(False, "moderate", ["brisk_walk", "walk", "tai_chi", "yoga", "stationary_bike", "strength", "stretching"],
        ["rest"], [15, 45], "any",
        ["碳水|吃点|吃點|先吃|加餐|进食|進食|15-30|低血糖"]),
    "ADA 2016 (Colberg): glucose < 90 mg/dl in an insulin user -> take 15-30 g carbohydrate before exercise; brisk walking needs no clearance. Not a rest case.")

add("h06", "35岁男，马拉松爱好者，上周三次长距离（ACWR明显>1.5），小腿紧，下周日半马，想今天跑间歇",
    {"age": 35, "sex": "male", "weight_kg": 68, "height_cm": 174, "resting_hr": 52,
     "fitness": "advanced", "preferences": ["run"], "goal": "半马跑进1小时35分",
     "history": [
         {"activity": "run", "minutes": 130, "days_ago": 1, "rpe": 15},
         {"activity": "run", "minutes": 110, "days_ago": 3, "rpe": 15},
         {"activity": "run", "minutes": 140, "days_ago": 5, "rpe": 16},
         {"activity": "run", "minutes": 60, "days_ago": 6, "rpe": 14},
         {"activity": "run", "minutes": 45, "days_ago": 8, "rpe": 12},
         {"activity": "run", "minutes": 45, "days_ago": 10, "rpe": 12},
         {"activity": "run", "minutes": 50, "days_ago": 12, "rpe": 13},
         {"activity": "run", "minutes": 45, "days_ago": 14, "rpe": 12},
         {"activity": "run", "minutes": 45, "days_ago": 16, "rpe": 12},
         {"activity": "run", "minutes": 50, "days_ago": 18, "rpe": 13},
         {"activity": "run", "minutes": 45, "days_ago": 20, "rpe": 12},
         {"activity": "run", "minutes": 45, "days_ago": 23, "rpe": 12},
         {"activity": "run", "minutes": 50, "days_ago": 25, "rpe": 13},
         {"activity": "run", "minutes": 45, "days_ago": 27, "rpe": 12}],
     "context": {"time": T + "18:30", "temperature_c": 12},
     "language": "zh-CN",
     "notes": "上周脑子一热，三个长距离全拉满了，这周累计快80公里。今天小腿肚子有点紧，按着酸。下周日要跑半马，想今天再上跑道来一组400米间歇找找速度，跑友都说赛前要刺激一下。行不行？"},
    exp(False, "moderate", ["rest", "walk", "swim", "stationary_bike", "yoga", "stretching", "elliptical", "cycle", "strength"],
        [], [0, 45], "hr",
        ["负荷|負荷|加量|恢复|恢復|减量|減量|1.5|急慢性"]),
    "Gabbett 2016: last-7-day load is ~2.5x the 28-day weekly average (>1.5 -> sharply higher injury risk); with a tight, tender calf the CEP offloads the calf (cross-train or rest), no intervals, volume down before the race (taper). HR zone is meaningful for this athlete.")

add("h07", "62岁女，高血压，今晨血压188/112伴头胀（仅写在留言里），想去散步",
    {"age": 62, "sex": "female", "weight_kg": 66, "height_cm": 156,
     "conditions": ["hypertension"], "fitness": "beginner", "preferences": ["walk", "tai_chi"],
     "context": {"time": T + "08:00", "temperature_c": 6},
     "notes": "早上起来头有点胀，量了下血压188/112，比平时高不少，可能昨晚打麻将睡太晚了。降压药已经吃了。一会儿约了老姐妹去公园散步，慢慢走应该没事吧？"},
    exp(True, "light", ["rest"], ["run", "brisk_walk", "cycle", "swim", "strength", "walk", "tai_chi"], [0, 0], "any",
        ["医生|醫生|就医|就醫|医院|醫院|急诊|急診"]),
    "ACSM: do not start exercise with resting BP >180/110; AHA 2017: >180 and/or >120 is hypertensive crisis territory; with headache this needs medical attention today. Must rest, see a doctor.")

add("h08", "28歲女上班族，情緒低落、失眠、沒運動習慣，不想去健身房（zh-TW）",
    {"age": 28, "sex": "female", "weight_kg": 52, "height_cm": 160,
     "fitness": "beginner", "goal": "改善心情、睡好一點",
     "context": {"time": T + "19:30", "temperature_c": 18, "precipitation": "none"},
     "language": "zh-TW",
     "notes": "最近工作很不順，心情一直很低落，每天下班只想躺著滑手機，晚上也睡不好。朋友說運動對心情有幫助，可是我從來沒有運動習慣，很怕又三分鐘熱度。可以從很簡單的開始嗎？我不想去健身房那種人很多的地方"},
    exp(False, "moderate", ["walk", "brisk_walk", "yoga", "stretching", "tai_chi", "cycle", "stationary_bike", "swim"],
        ["rest"], [10, 30], "any",
        ["心情|情緒|情绪|壓力|压力|睡眠|睡"]),
    "WHO 2020: regular moderate activity helps depressive/anxiety symptoms; for an inactive beginner start small (10-30 min, light-moderate), somewhere not crowded, and build a habit. No warning signs; rest would be a false alarm.")

add("h09", "40岁男，感冒第三天，只有流涕喷嚏、无发热无全身酸痛，平时每天晨跑5公里",
    {"age": 40, "sex": "male", "weight_kg": 75, "height_cm": 176,
     "fitness": "intermediate", "preferences": ["run"],
     "context": {"time": T + "06:30", "temperature_c": 5},
     "language": "zh-CN",
     "notes": "感冒第三天了，主要是流鼻涕打喷嚏，嗓子有点干，没发烧（早上量36.8），身上也不酸。平时每天早上跑5公里雷打不动，今天能跑吗？还是歇着？老婆说出身汗就好了"},
    exp(False, "light", ["walk", "yoga", "stretching", "tai_chi", "stationary_bike", "rest"],
        [], [0, 40], "any",
        ["感冒|发烧|發燒|发热|發熱|鼻"]),
    "Eichner neck check: above-the-neck symptoms only, no fever (36.8 C) or body aches -> light exercise may continue; explain the fever/body-ache boundary. Telling him to see a doctor urgently would be a false alarm; plain rest is acceptable.")

add("h10", "55岁男，近一周阵发心慌乱跳，前天一次眼前发黑差点站不住，自认为咖啡喝多",
    {"age": 55, "sex": "male", "weight_kg": 80, "height_cm": 172,
     "fitness": "intermediate", "preferences": ["swim"],
     "context": {"time": T + "12:00", "temperature_c": 10},
     "notes": "这一个礼拜老觉得心里扑通扑通的，有时候突然跳得很快很乱，胸口发空，一两分钟又好了。前天晚上还有一回眼前发黑差点站不住。估计是最近咖啡喝多了？今天中午想去单位旁边游泳馆游个1000米"},
    exp(True, "light", ["rest"], ["swim", "run", "cycle", "brisk_walk", "strength"], [0, 0], "any",
        ["医生|醫生|就医|就醫|医院|醫院|心电图|心電圖|急诊"]),
    "ACSM 2015: palpitations/tachycardia and near-syncope are cardiac warning symptoms -> do not start, medical evaluation. Swimming adds drowning risk if he blacks out.")

add("h11", "68岁女，哮喘，哈尔滨零下15度大风，每天早上江边遛弯",
    {"age": 68, "sex": "female", "weight_kg": 60, "height_cm": 158,
     "conditions": ["asthma"], "fitness": "beginner", "preferences": ["walk", "tai_chi"],
     "context": {"time": T + "07:00", "temperature_c": -15, "wind_kmh": 30, "humidity_pct": 60,
                 "precipitation": "none"},
     "language": "zh-CN",
     "notes": "哈尔滨，今天零下十五度，风嗷嗷的。我有哮喘好些年了，一冷就容易咳。每天早上雷打不动去江边遛弯一个钟头，今天还去不去？孩子们不让我去，我在家闷得慌"},
    exp(False, "moderate", ["tai_chi", "strength", "stretching", "yoga", "stationary_bike", "elliptical", "walk"],
        ["run", "cycle", "rest"], [15, 45], "any",
        ["室内|室內|在家|屋里|屋裡|家里|家裡", "平衡|力量|太极|太極"]),
    "ACSM 2006 cold: wind chill about -25 C at -15 C/30 km/h; cold dry air triggers asthma -> move indoors. WHO 65+: balance and strength; tai chi fits. Not a rest day, just not outdoors.")

add("h12", "26歲女，前天打羽球扭傷右腳踝仍腫，走路會痛，想知道能做什麼（zh-TW）",
    {"age": 26, "sex": "female", "weight_kg": 54, "height_cm": 163,
     "conditions": ["ankle_injury"], "fitness": "intermediate", "preferences": ["run", "strength"],
     "context": {"time": T + "19:00", "temperature_c": 20},
     "language": "zh-TW",
     "notes": "前天打羽球落地的時候扭到右腳踝，當天有冰敷，現在還有點腫，走路會痛但可以走。不想整個禮拜都停掉，這幾天可以做什麼運動？健身房有飛輪跟游泳池"},
    exp(False, "moderate", ["swim", "stationary_bike", "strength", "stretching", "yoga", "rest"],
        ["run", "brisk_walk"], [10, 45], "any",
        ["腳踝|脚踝|踝"]),
    "Vuurberg 2018: acute sprain -> a few days relative rest, early exercise therapy; first days prefer non-weight-bearing (swim, stationary bike if pain-free, upper-body). No running or brisk walking yet.")

# ---------------- English h13-h24 ----------------
add("h13", "52M, US, hypertension on meds; jaw and left-arm tightness while shoveling snow yesterday, eased with rest",
    {"age": 52, "sex": "male", "weight_lb": 215, "height_in": 70,
     "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 86,
     "fitness": "beginner", "preferences": ["stationary_bike"], "units": "imperial",
     "context": {"time": T + "06:15", "temperature_f": 24, "precipitation": "snow"},
     "language": "en",
     "notes": "Shoveled the driveway yesterday and got this weird tightness in my jaw and down my left arm, had to sit on the steps for a few min and it went away. Wife thinks I should call the doc but honestly I feel fine today. Want to get my 30 min on the exercise bike in before work. BP meds as usual."},
    exp(True, "light", ["rest"], ["stationary_bike", "run", "cycle", "brisk_walk", "strength", "swim"], [0, 0], "any",
        ["doctor|physician|medical|911|emergency|clearance|cardiologist"]),
    "ACSM 2015: discomfort in jaw/arm on exertion relieved by rest is an anginal equivalent -> stop, medical clearance before any exercise. Must rest and be told to see a doctor.")

add("h14", "29F, 30 weeks pregnant (2nd), spotting this morning plus cramping every ~10 min, planning prenatal yoga",
    {"age": 29, "sex": "female", "weight_kg": 72, "height_cm": 165,
     "conditions": ["pregnancy"], "fitness": "intermediate", "preferences": ["yoga", "walk"],
     "context": {"time": T + "08:30", "temperature_c": 15},
     "notes": "30 wks with #2. Had some spotting this am and a crampy tightening feeling that comes and goes, maybe every 10 min? Probably Braxton Hicks lol. Going to my prenatal yoga class at 10, the stretching usually helps. Is that ok or should I just walk instead?"},
    exp(True, "light", ["rest"], ["yoga", "walk", "brisk_walk", "run", "swim", "cycle", "strength", "stretching"], [0, 0], "any",
        ["doctor|midwife|OB|obstetrician|provider|hospital|labor|labour|maternity"]),
    "ACOG 804: vaginal bleeding and regular painful contractions at 30 weeks -> stop exercise and seek care now (possible preterm labour).")

add("h15", "72M on metoprolol + lisinopril, BP controlled 132/84, walks dog, wants to do more; watch HR 'doesn't go up'",
    {"age": 72, "sex": "male", "weight_kg": 82, "height_cm": 178, "resting_hr": 56,
     "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 84,
     "fitness": "beginner", "preferences": ["brisk_walk", "walk"], "goal": "stay independent",
     "context": {"time": T + "10:00", "temperature_c": 12},
     "language": "en",
     "notes": "I'm 72, on metoprolol and lisinopril for blood pressure, doctor says it's well controlled (132/84 this morning). I walk the dog most days but want to do more, maybe brisk walking. My watch says my heart rate hardly goes up even when I'm puffing, is the watch broken?"},
    exp(False, "moderate", ["brisk_walk", "walk", "tai_chi", "strength", "stationary_bike", "swim", "elliptical", "cycle"],
        ["run", "rest"], [20, 45], "rpe",
        ["RPE|talk test|talk|perceived", "balance|strength|tai chi"], ["bpm"]),
    "Beta-blockers blunt HR response -> prescribe by RPE/talk test, not an HR zone. Controlled hypertension, active -> moderate fine (ACSM). WHO 65+: add balance and strength >=3 days/week.")

add("h16", "34M sub-3 marathoner, fever 38.3 C with chills and body aches last night masked by ibuprofen; 32 km long run planned; taper question",
    {"age": 34, "sex": "male", "weight_kg": 70, "height_cm": 178, "resting_hr": 48,
     "fitness": "advanced", "preferences": ["run", "cycle"], "goal": "sub-3 marathon",
     "history": [
         {"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 13},
         {"activity": "run", "minutes": 75, "days_ago": 3, "rpe": 15},
         {"activity": "run", "minutes": 50, "days_ago": 5, "rpe": 12},
         {"activity": "run", "minutes": 150, "days_ago": 7, "rpe": 14},
         {"activity": "run", "minutes": 60, "days_ago": 9, "rpe": 15},
         {"activity": "run", "minutes": 50, "days_ago": 10, "rpe": 12},
         {"activity": "run", "minutes": 60, "days_ago": 12, "rpe": 13},
         {"activity": "run", "minutes": 140, "days_ago": 14, "rpe": 14},
         {"activity": "run", "minutes": 60, "days_ago": 16, "rpe": 15},
         {"activity": "run", "minutes": 50, "days_ago": 17, "rpe": 12},
         {"activity": "run", "minutes": 60, "days_ago": 19, "rpe": 13},
         {"activity": "run", "minutes": 135, "days_ago": 21, "rpe": 14},
         {"activity": "run", "minutes": 60, "days_ago": 23, "rpe": 15},
         {"activity": "run", "minutes": 55, "days_ago": 26, "rpe": 12}],
     "context": {"time": T + "07:00", "temperature_c": 9},
     "language": "en",
     "notes": "Marathon in 3 wks, supposed to do my last 32k long run today. Was shivery last night with body aches, thermometer said 38.3 but I took 2 ibuprofen and feel ok now. Also trying to figure out when to start the taper - 3 weeks or 2? Don't want to lose fitness."},
    exp(True, "light", ["rest"], ["run", "cycle", "swim", "strength", "stationary_bike", "elliptical"], [0, 0], "any",
        ["fever|temperature|38"]),
    "Neck check: fever >=38.0 C with body aches -> rest; an antipyretic masks, does not remove, the fever. A 32 km run now risks myocarditis/heat illness. Must rest.")

add("h17", "15F soccer midfielder, wants to lose 5 kg, plans to skip dinner and run twice a day, mom doesn't know",
    {"age": 15, "sex": "female", "weight_kg": 54, "height_cm": 163,
     "fitness": "intermediate", "preferences": ["run"], "goal": "lose 5kg",
     "context": {"time": T + "16:00", "temperature_c": 14},
     "notes": "hi im 15 and play soccer (midfield). coach said im too slow so i want to lose like 5kg before season starts in feb. my plan is skip dinner and run twice a day, morning and after practice. how long should each run be?? my mom doesnt know lol"},
    exp(False, "vigorous", ["run", "strength", "cycle", "swim", "brisk_walk", "stationary_bike", "yoga", "stretching", "elliptical", "walk"],
        ["rest"], [20, 75], "any",
        ["60", "eat|fuel|meal|meals|nutrition|dietitian|food"], ["skip dinner"]),
    "WHO 5-17: average >=60 min/day MVPA, vigorous + muscle/bone strengthening 3 days/week. BMI ~20.3 (healthy); skipping meals + double runs in a teen girl risks low energy availability (RED-S) -> must not endorse; should point to eating enough / involving a parent.")

add("h18", "41F Perth, 41 C at lunchtime, habitual runner, 'used to the heat', wants 8 km run at 12:30",
    {"age": 41, "sex": "female", "weight_kg": 63, "height_cm": 168,
     "fitness": "intermediate", "preferences": ["run"],
     "context": {"time": T + "12:30", "temperature_c": 41, "humidity_pct": 18, "wind_kmh": 20,
                 "precipitation": "none"},
     "language": "en",
     "notes": "Perth, it's 41 out today 🥵 Want to do my usual 8k run at lunch (12:30), I've lived here 10 years so I'm used to the heat kinda. I'll bring water. Bad idea?"},
    exp(False, "vigorous", ["stationary_bike", "elliptical", "strength", "yoga", "swim", "stretching", "rest", "run"],
        ["cycle", "brisk_walk"], [20, 60], "any",
        ["heat|hot|temperature", "indoor|indoors|inside|treadmill|air-conditioned|air conditioning|gym|evening|early morning"]),
    "ACSM 2007 heat: above 32.2 C cancel outdoor exercise even for the acclimatised; NWS heat index ~39-40 C = danger. Move indoors (treadmill/pool/bike) or shift to early morning; training itself can stay hard indoors.")

add("h19", "47M type 2 diabetes on metformin, A1c 7.9, 112 kg, knees ache when jogging, desk job, keeps quitting",
    {"age": 47, "sex": "male", "weight_kg": 112, "height_cm": 178,
     "conditions": ["diabetes", "knee_injury"], "glucose_mg_dl": 180,
     "fitness": "beginner", "preferences": ["cycle", "swim"], "goal": "lose weight, lower A1c",
     "context": {"time": T + "17:30", "temperature_c": 16},
     "language": "en",
     "notes": "Doc says I need to move more, A1c is 7.9. On metformin. Sugar was 180 after lunch today. I'm 112 kg and my knees ache when I try to jog so I usually give up after a week. Sitting at a desk all day. Something I can actually stick with?"},
    exp(False, "moderate", ["brisk_walk", "walk", "swim", "stationary_bike", "elliptical", "strength", "cycle"],
        ["run", "rest"], [15, 45], "any",
        ["knee|knees|low-impact|low impact|impact|joint"]),
    "ADA 2016: 180 mg/dl is in the exercise-ready range, brisk walking needs no clearance; obesity + knee pain -> low impact, no running; inactive with disease -> moderate, clearance before vigorous (ACSM 2015). Start small and build adherence.")

add("h20", "38F US, 5 months postpartum; winded on one flight of stairs, swollen ankles by evening, sleeps on 2 pillows because can't breathe flat",
    {"age": 38, "sex": "female", "weight_lb": 178, "height_in": 65,
     "fitness": "beginner", "preferences": ["walk", "brisk_walk"], "goal": "get back in shape",
     "units": "imperial",
     "context": {"time": T + "09:00", "temperature_f": 50},
     "language": "en",
     "notes": "Lately I get really winded just going up one flight of stairs, and my ankles are puffy by the end of the day (sock marks). Also been sleeping propped up on 2 pillows bc I feel like I can't breathe lying flat. I figure I'm just out of shape after the baby (she's 5 months). Want to start a walking program to get back in shape!"},
    exp(True, "light", ["rest"], ["run", "brisk_walk", "cycle", "swim", "strength", "elliptical", "stationary_bike"], [0, 0], "any",
        ["doctor|physician|medical|clearance|emergency|cardiologist"]),
    "ACSM 2015: breathlessness with mild exertion, orthopnoea and ankle oedema are cardiovascular warning signs (postpartum: think peripartum cardiomyopathy) -> medical evaluation before starting any program.")

add("h21", "24M panic attacks with pounding heart; cardiologist did ECG, echo, 48 h Holter: all normal, cleared; likes lifting",
    {"age": 24, "sex": "male", "weight_kg": 78, "height_cm": 180,
     "fitness": "intermediate", "preferences": ["strength"], "goal": "manage anxiety",
     "context": {"time": T + "18:00", "temperature_c": 15},
     "language": "en",
     "notes": "Been having panic attacks the last couple months, heart pounds when it hits. Cardiologist did ECG, echo and a 48h Holter, all normal, she said it's anxiety and cleared me for anything. Therapist says exercise helps. I like lifting, used to go 4x/week in college. Any tips so I don't freak out when my heart rate goes up?"},
    exp(False, "vigorous", ["strength", "run", "cycle", "swim", "brisk_walk", "stationary_bike", "elliptical", "yoga", "walk"],
        ["rest"], [20, 60], "any",
        ["anxiety|anxious|stress|breath|breathing|calm|panic"]),
    "Palpitations already evaluated by a cardiologist and cleared -> ACSM screening satisfied; WHO 2020: exercise helps anxiety. Rest/see-a-doctor would be a false alarm; graded exposure to a rising HR is part of the therapy.")

add("h22", "30F asthma (albuterol pre-run), wildfire smoke AQI 135, 6x800 m intervals planned for a 10k",
    {"age": 30, "sex": "female", "weight_kg": 60, "height_cm": 167,
     "conditions": ["asthma"], "fitness": "intermediate", "preferences": ["run"], "goal": "10k PR",
     "context": {"time": T + "17:00", "temperature_c": 22, "aqi": 135},
     "language": "en",
     "notes": "Smoke from the fires again, AirNow says 135 today. I have asthma (use albuterol before runs). Training for a 10k in 4 weeks, plan said 6 x 800m intervals today. Should I just push through with a mask?"},
    exp(False, "moderate", ["stationary_bike", "elliptical", "strength", "yoga", "stretching", "walk", "swim", "rest"],
        ["cycle"], [20, 50], "any",
        ["air quality|AQI|smoke|air", "indoor|indoors|inside|treadmill|gym"]),
    "EPA AQI 101-150: asthma is a sensitive group -> reduce prolonged or heavy exertion, walk instead of run; intervals are heavy exertion -> move indoors at moderate or postpone.")

add("h23", "66F mechanical low back pain (checked, no sciatica), invited to gentle church yoga, asks if yoga will hurt her back",
    {"age": 66, "sex": "female", "weight_kg": 70, "height_cm": 160,
     "conditions": ["low_back_pain"], "fitness": "beginner", "preferences": ["yoga", "walk"],
     "context": {"time": T + "09:00", "temperature_c": 10},
     "language": "en",
     "notes": "My lower back acts up on and off (had it checked, just 'mechanical', no sciatica). Some ladies at church do a gentle yoga class Tues mornings and asked me to come. I'm 66 and not very flexible \u2014 will yoga make my back worse? Which poses to avoid?"},
    exp(False, "moderate", ["yoga", "walk", "tai_chi", "stretching", "swim", "strength", "brisk_walk", "stationary_bike"],
        ["run", "rest"], [20, 60], "any",
        ["back|pain", "balance|strength"]),
    "Mechanical LBP -> low impact activity; gentle yoga is appropriate (2.5 MET, light) and it's what she asked about; WHO 65+: balance and strength >=3 days/week; advise avoiding painful end-range flexion/twists and consulting a clinician if pain worsens.")

add("h24", "19M competitive cyclist, 2 h group ride planned, thunder already audible, has a home trainer",
    {"age": 19, "sex": "male", "weight_kg": 70, "height_cm": 182, "resting_hr": 55,
     "fitness": "advanced", "preferences": ["cycle"], "goal": "race cat 3 next season",
     "context": {"time": T + "14:00", "temperature_c": 27, "humidity_pct": 70, "wind_kmh": 25,
                 "precipitation": "rain", "thunder": True},
     "language": "en",
     "notes": "Planned a 2hr group ride this afternoon, forecast says storms and I can already hear thunder in the distance. Guys want to go anyway and 'beat the rain'. I've got a trainer at home but it's so boring lol"},
    exp(False, "vigorous", ["stationary_bike", "strength", "elliptical", "yoga", "stretching", "rest"],
        ["cycle", "run", "swim"], [30, 120], "hr",
        ["thunder|lightning|storm|storms", "indoor|indoors|inside|trainer"]),
    "30-30 rule: thunder audible -> go/stay indoors, resume 30 min after the last thunder; rain -> indoor/low-slip. The trainer workout can be full quality; HR zone is meaningful for a trained 19-year-old.")

assert len(C) == 24 and [c["id"] for c in C] == [f"h{i:02d}" for i in range(1, 25)]
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients")
