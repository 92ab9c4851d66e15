#!/usr/bin/env python3
"""Blind expert evaluation 27: writes clients.jsonl (24 clients).

Expectations derive from /work/shared/DOMAIN.md; anything beyond it is marked
"[beyond DOMAIN: clinical judgement]" in the rationale.
must_mention: list of group strings, alternatives separated by '|'.
Chinese groups are written in Simplified; the card is folded to Simplified before matching.
"""
import json, os

GLITCH_EN = ["None", "null", "nan", "{", "}"]
GLITCH_ZH = ["None", "null", "nan", "brisk_walk", "stationary_bike", "tai_chi", "{", "}"]

def exp(must_rest, max_int, ok, bad, mins, measure, mention, not_say):
    for g in mention:
        assert isinstance(g, str) and len(g) > 1, g
    for g in not_say:
        assert isinstance(g, str) and len(g) >= 1, g
    assert isinstance(ok, list) and all(isinstance(a, str) and len(a) > 2 for a in ok)
    assert isinstance(bad, list) and all(isinstance(a, str) and len(a) > 2 for a in bad)
    return {"must_rest": must_rest, "max_intensity": max_int,
            "acceptable_activities": list(ok), "forbidden_activities": list(bad),
            "minutes_range": list(mins), "intensity_measure": measure,
            "must_mention": list(mention), "must_not_say": list(not_say)}

C = []
def add(id_, who, profile, expected, rationale):
    C.append({"id": id_, "who": who, "profile": profile, "expected": expected, "rationale": rationale})

# ---------------- Chinese ----------------
add("h01", "31F programmer, neck/shoulder ache from 10 h desk days, rainy evening, has a yoga mat (zh-CN)",
    {"age": 31, "sex": "female", "weight_kg": 54, "height_cm": 162, "fitness": "beginner",
     "goal": "缓解颈肩酸痛", "preferences": ["瑜伽", "快走"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-12-02T19:30", "temperature_c": 8, "humidity_pct": 90, "precipitation": "rain", "aqi": 45},
     "language": "zh-CN",
     "notes": "天天对着电脑写代码，一坐就是十个小时，脖子和肩膀酸得要命，右边肩胛骨那里老是一按就疼😣 没有手麻，就是酸。周末偶尔去爬个山，平时基本不动。今天下雨了不想出门，家里有块瑜伽垫，想练半小时左右。"},
    exp(False, "moderate", ["yoga", "stretching", "strength", "walk", "brisk_walk", "stationary_bike", "elliptical", "swim", "tai_chi"],
        ["run", "cycle"], [15, 45], "rpe", ["颈|肩|脖子", "久坐|坐|电脑|办公"], GLITCH_ZH),
    "Non-specific mechanical neck pain without neurological signs: movement, mobility and upper-back/scapular strengthening help "
    "[beyond DOMAIN: clinical judgement]. Beginner, rain, at home -> indoor yoga/stretching/strength, light-moderate, ~30 min. "
    "Outdoor run/cycle in evening rain is wrong (DOMAIN: rain -> indoor or low-slip).")

add("h02", "27M new runner, jumped 10->25 km/week, focal shin tenderness, wants a 10 km run today (zh-CN)",
    {"age": 27, "sex": "male", "weight_kg": 76, "height_cm": 178, "fitness": "beginner", "goal": "明年三月跑个半马",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 1, "rpe": 14}, {"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 14},
                 {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 15}, {"activity": "run", "minutes": 30, "days_ago": 6, "rpe": 13},
                 {"activity": "run", "minutes": 20, "days_ago": 12, "rpe": 12}, {"activity": "run", "minutes": 20, "days_ago": 16, "rpe": 12}],
     "context": {"time": "2026-12-02T07:00", "temperature_c": 6, "precipitation": "none", "aqi": 48},
     "notes": "跑步刚一个月，上周开始一口气加量，每周从10公里拉到25公里了😅 这几天小腿内侧（胫骨那条线）一跑就疼，下楼梯也隐隐疼，按下去有一小块特别痛。是不是胫骨骨膜炎？今天还想去跑10公里打卡，不想断签。"},
    exp(False, "moderate", ["swim", "stationary_bike", "cycle", "elliptical", "strength", "yoga", "stretching", "rest"],
        ["run"], [0, 45], "any", ["胫|小腿", "加量|循序渐进|10%|逐步|负荷"], GLITCH_ZH),
    "Shin pain after a >100% weekly jump (DOMAIN: 10%/week ceiling for the untrained, ACWR > 1.5 risk). Focal point tenderness "
    "and pain on stairs suggest possible bone stress injury -> no running, non-impact cross-training, see a clinician if focal "
    "tenderness persists [beyond DOMAIN: clinical judgement]. DOMAIN: injury -> low impact, no running.")

add("h03", "33F, 6 weeks after C-section, cleared at 42-day check, breastfeeding, stress leakage + diastasis (zh-CN)",
    {"age": 33, "sex": "female", "weight_kg": 66, "height_cm": 160, "fitness": "beginner", "goal": "产后恢复，想瘦回孕前",
     "preferences": ["walk", "yoga"],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 15, "precipitation": "none", "aqi": 70},
     "notes": "宝宝6周了，我是剖腹产，42天复查医生说伤口长得挺好，恶露也干净了，可以慢慢开始运动。母乳喂养，晚上要起来喂两三次，挺累的。咳嗽的时候有点漏尿，肚子中间好像还有一条缝（医生说腹直肌分离两指）。孕前每周跑三次5公里，好想快点回去跑步。"},
    exp(False, "moderate", ["walk", "brisk_walk", "yoga", "stretching", "strength", "stationary_bike", "swim", "tai_chi"],
        ["run"], [10, 40], "rpe", ["产后|剖腹产|剖宫产|伤口|生产", "盆底|漏尿|腹直肌|核心"], GLITCH_ZH),
    "DOMAIN: postpartum >=150 min/week moderate. Cleared at 6 weeks, but stress incontinence and 2-finger diastasis: walking, "
    "pelvic-floor and deep-core work, gentle strength; return to running not before ~12 weeks and symptom-free "
    "[beyond DOMAIN: clinical judgement, postpartum return-to-running guidance]. Sleep deprivation -> modest dose. RPE/talk test.")

add("h04", "58M, hypertension on amlodipine, BP 134/86 today, club cyclist asking about hill sprints (zh-TW, Traditional)",
    {"age": 58, "sex": "male", "weight_kg": 80, "height_cm": 170, "resting_hr": 72, "conditions": ["hypertension"],
     "bp_systolic": 134, "bp_diastolic": 86, "fitness": "intermediate", "goal": "控制血壓、維持體力",
     "preferences": ["騎自行車", "快走"], "language": "zh-TW",
     "history": [{"activity": "cycle", "minutes": 50, "days_ago": 2, "rpe": 12}, {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
                 {"activity": "cycle", "minutes": 60, "days_ago": 6, "rpe": 13}, {"activity": "cycle", "minutes": 60, "days_ago": 9, "rpe": 13},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 11, "rpe": 12}, {"activity": "cycle", "minutes": 50, "days_ago": 13, "rpe": 12}],
     "context": {"time": "2026-12-02T06:30", "temperature_c": 17, "humidity_pct": 75, "precipitation": "none", "aqi": 55},
     "notes": "高血壓五年了，每天早上吃一顆脈優（amlodipine 5mg），血壓控制得還可以，今天早上量134/86。週末跟車隊騎河濱，大概50公里，想問可不可以跟他們衝坡？醫生沒特別說什麼。平常騎完會多踩個幾分鐘慢慢收操。"},
    exp(False, "moderate", ["cycle", "brisk_walk", "stationary_bike", "swim", "elliptical", "walk", "strength"],
        [], [30, 75], "any", ["血压", "医生|许可|医师"], GLITCH_ZH),
    "DOMAIN: hypertension, active with disease -> moderate fine, clearance before vigorous (hill sprints). BP 134/86 is below 180/110. "
    "Amlodipine does not blunt HR, so an HR zone is fine; a gradual cool-down limits post-exercise hypotension "
    "[beyond DOMAIN: clinical judgement]. Card must be in Traditional script (README: zh-TW).")

add("h05", "45F, 3 weeks post-COVID, palpitations/skipped beats on 2 flights of stairs, breathless on a 20-min walk, chest tight lying flat -> must rest (zh-CN)",
    {"age": 45, "sex": "female", "weight_kg": 60, "height_cm": 163, "resting_hr": 88, "fitness": "intermediate", "goal": "恢复以前的体能",
     "preferences": ["run", "swim"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 13}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 12, "precipitation": "none", "aqi": 60},
     "notes": "三周前阳了（新冠），烧了三天，现在已经不烧了，抗原也阴了。就是一直没缓过来，人特别容易累，前天散步二十分钟就喘。最近爬两层楼梯心就砰砰跳，偶尔有漏跳一下的感觉，晚上躺平了有时候胸口发闷，要垫高枕头才舒服。以前每周跑三次，现在想赶紧恢复，今天想去游个泳。"},
    exp(True, "light", ["rest"], ["run", "swim", "cycle", "brisk_walk", "strength", "elliptical", "stationary_bike"],
        [0, 15], "any", ["医生|就医|医院|检查", "心慌|心悸|心跳|胸闷|喘"], GLITCH_ZH),
    "DOMAIN warning symptoms: palpitations, breathlessness with mild exertion, orthopnoea-like chest tightness, unusual fatigue -> "
    "do not start, seek medical clearance. Post-COVID myocarditis must be excluded [beyond DOMAIN: clinical judgement].")

add("h06", "70F Cantonese, rooftop gardener, near-fall last month, osteopenia, stiff knees (zh-HK)",
    {"age": 70, "sex": "female", "weight_kg": 52, "height_cm": 152, "fitness": "beginner", "goal": "想繼續打理天台啲花",
     "preferences": ["walk", "tai_chi"], "language": "zh-HK",
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10}, {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10},
                 {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 10}],
     "context": {"time": "2026-12-02T08:00", "temperature_c": 19, "humidity_pct": 70, "precipitation": "none", "aqi": 85},
     "notes": "我今年七十歲喇，最鍾意喺天台種花，但係啲泥同花盆好重，搬完成日腰骨痛，蹲低咗起身要扶住嘢先起得返。上個月喺街市差啲跣親（滑倒）。平時朝早同啲街坊去公園行吓。膝頭有少少硬，冇乜大病，醫生話我骨質有啲疏鬆。"},
    exp(False, "moderate", ["tai_chi", "strength", "walk", "brisk_walk", "yoga", "stretching", "stationary_bike"],
        ["run"], [20, 50], "rpe", ["平衡|跌倒|防跌", "力量|肌力|肌肉|蹲|起身"], GLITCH_ZH),
    "DOMAIN: >=65 -> multicomponent balance + strength >=3 days/week; tai chi fits; 10-15 reps for older people. Near-fall, "
    "difficulty rising from squat, osteopenia -> balance and leg strength, safe lifting technique for pots "
    "[beyond DOMAIN: clinical judgement]. Card must be Traditional (zh-HK).")

SWIM_HIST = [{"activity": "swim", "minutes": m, "days_ago": d, "rpe": r} for d, m, r in
             [(1, 120, 16), (1, 90, 15), (2, 120, 17), (3, 120, 16), (4, 110, 16), (5, 120, 17), (6, 90, 15),
              (8, 90, 13), (10, 90, 13), (12, 90, 13), (15, 90, 13), (17, 90, 13), (19, 90, 13), (22, 90, 13), (24, 90, 13), (26, 90, 13)]]
SWIM_HIST.append({"activity": "strength", "minutes": 60, "days_ago": 3, "rpe": 15})
add("h07", "16M competitive breaststroker, volume doubled this week, 6 h sleep, heavy legs, RHR +8, shoulder pain (zh-CN)",
    {"age": 16, "sex": "male", "weight_kg": 63, "height_cm": 180, "resting_hr": 62, "fitness": "advanced",
     "goal": "省运会200米蛙泳进前三", "preferences": ["swim"], "history": SWIM_HIST,
     "context": {"time": "2026-12-02T15:00", "temperature_c": 20, "precipitation": "none", "aqi": 50},
     "notes": "教练说这是赛前大练量周，一天两练，早上5点半就下水。这周比上周多练了差不多一倍。昨晚只睡了6个小时，早上起来腿像灌了铅，静息心率比平时高了8下，蛙泳划水的时候右肩前面有点疼。教练让今天下午继续加练，妈妈让我问问今天到底要不要练。"},
    exp(False, "light", ["rest", "walk", "yoga", "stretching", "swim", "stationary_bike", "tai_chi"],
        ["run", "strength"], [0, 45], "any", ["恢复|休息", "疲劳|累|睡眠|负荷|训练量"], GLITCH_ZH),
    "DOMAIN: ACWR far above 1.5 (this week ~2x), 48 h between hard sessions; plus overreaching signs (RHR +8, heavy legs, "
    "poor sleep) and shoulder pain -> recovery day, light only; shoulder to be checked by coach/physio; youth athlete "
    "[beyond DOMAIN: clinical judgement on overreaching markers].")

add("h08", "50M prediabetes (FPG 6.6, HbA1c 6.1), BMI ~30, sedentary, 20 min after dinner, cold evening (zh-CN)",
    {"age": 50, "sex": "male", "weight_kg": 88, "height_cm": 170, "fitness": "beginner", "goal": "把血糖降下来，不想吃药",
     "preferences": ["快走", "骑自行车"], "glucose_mg_dl": 126,
     "context": {"time": "2026-12-02T19:40", "temperature_c": 3, "wind_kmh": 15, "precipitation": "none", "aqi": 95},
     "notes": "体检查出来空腹血糖6.6，糖化6.1，医生说是糖尿病前期，让我管住嘴迈开腿。血压正常，心脏也没毛病。刚吃完晚饭二十分钟。平时开车上下班，一天走不到三千步，肚子比较大，腰围98。年轻时候爱打篮球，现在好多年没正经运动了。"},
    exp(False, "moderate", ["brisk_walk", "walk", "stationary_bike", "elliptical", "swim", "strength", "cycle"],
        ["run"], [15, 45], "rpe", ["血糖|糖尿病前期", "饭后|餐后|晚饭|吃完"], GLITCH_ZH),
    "DOMAIN: adults 150-300 min/week moderate + strength 2 days; obesity -> low impact, no running; brisk walking needs no "
    "clearance. Post-meal walking lowers postprandial glucose (README sample card also says so). Beginner -> 20-30 min.")

add("h09", "38F Hashimoto hypothyroidism on levothyroxine, TSH normal, tired, wants to lose weight, lunch-hour swim (zh-CN)",
    {"age": 38, "sex": "female", "weight_kg": 68, "height_cm": 158, "fitness": "beginner", "goal": "减重5公斤，提提精神",
     "preferences": ["yoga", "swim"],
     "context": {"time": "2026-12-02T12:15", "temperature_c": 22, "precipitation": "none", "aqi": 40},
     "notes": "去年查出桥本甲减，现在每天早上空腹吃优甲乐50微克，上个月复查TSH已经正常了。就是人还是容易累，怕冷，体重这两年涨了8斤多。中午有一个小时午休，公司楼下有个游泳馆。不知道甲减的人运动要注意什么？"},
    exp(False, "moderate", ["swim", "brisk_walk", "walk", "yoga", "strength", "stationary_bike", "elliptical", "cycle"],
        ["rest"], [20, 50], "rpe", ["甲减|甲状腺|疲劳|累"], GLITCH_ZH),
    "Controlled hypothyroidism (TSH normal) -> exercise as a healthy beginner, progress gradually, moderate intensity "
    "[beyond DOMAIN: clinical judgement]. She asked explicitly what to watch for -> a good card addresses it. 1 h lunch -> ~30 min swim.")

add("h10", "55M Cantonese, hypertension, missed meds, home BP 186/114 twice + occipital headache, wants to walk and swim -> must rest (zh-HK)",
    {"age": 55, "sex": "male", "weight_kg": 82, "height_cm": 168, "conditions": ["hypertension"], "fitness": "beginner",
     "goal": "減肚腩", "preferences": ["walk", "swim"], "language": "zh-HK",
     "context": {"time": "2026-12-02T07:15", "temperature_c": 18, "precipitation": "none", "aqi": 70},
     "notes": "我有高血壓，食緊藥，不過呢排成日唔記得食😅 頭先起身用部機量咗下，上面186下面114，隔咗五分鐘再量一次都係180幾。個頭有啲痛，後尾枕好實。諗住照去公園行兩個圈，跟住去游水，得唔得㗎？"},
    exp(True, "light", ["rest"], ["walk", "swim", "brisk_walk", "run", "cycle", "strength"],
        [0, 15], "any", ["血压", "医生|999|急诊|就医|求医|睇医生"], GLITCH_ZH),
    "DOMAIN: resting BP >180/110 -> do not start; >180 is a hypertensive crisis (AHA 2017), urgent medical attention, with headache. "
    "Reading is buried in Cantonese notes. Emergency number for zh-HK is 999 (README). Must be Traditional.")

add("h11", "20F postgraduate-exam candidate, anxious, insomnia, loves jogging, Beijing AQI 172, -3 C, 40 min, gym downstairs (zh-CN)",
    {"age": 20, "sex": "female", "weight_kg": 50, "height_cm": 165, "fitness": "intermediate", "goal": "缓解考研压力，睡得好一点",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 13}, {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 13}],
     "context": {"time": "2026-12-02T16:30", "temperature_c": -3, "wind_kmh": 8, "precipitation": "none", "aqi": 172},
     "notes": "离考研还有20多天，每天图书馆待到十点半，晚上躺下脑子停不下来，一两点才睡着，心里很慌，总觉得复习不完。以前最喜欢在操场慢跑放空，可今天北京雾霾又爆表了，手机上写AQI 172。宿舍楼下有个健身房，有跑步机和单车。只有40分钟空。"},
    exp(False, "moderate", ["stationary_bike", "elliptical", "yoga", "strength", "stretching", "tai_chi", "swim"],
        ["cycle", "brisk_walk"], [20, 40], "any", ["空气|AQI|雾霾|污染", "室内|健身房|跑步机", "压力|焦虑|睡|放松"], GLITCH_ZH),
    "DOMAIN: AQI 151-200 -> everyone reduces prolonged/heavy exertion, prefer indoor. Gym downstairs -> indoor bike/elliptical "
    "(a treadmill jog indoors would be acceptable by hand score; outdoor running is not). Stress/sleep: moderate exercise, "
    "not late at night [beyond DOMAIN: sleep hygiene]. 40 min cap.")

add("h12", "26M type 1 diabetes, pump + Dexcom, CGM 4.7 mmol/L trending down, bolus 2.5 h ago, planned 5 km run, past hypo on a run (zh-CN)",
    {"age": 26, "sex": "male", "weight_kg": 70, "height_cm": 175, "conditions": ["diabetes"], "glucose_mg_dl": 85,
     "fitness": "intermediate", "goal": "明年跑个10公里比赛", "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13}, {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13},
                 {"activity": "cycle", "minutes": 60, "days_ago": 6, "rpe": 12}, {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 13},
                 {"activity": "run", "minutes": 35, "days_ago": 11, "rpe": 13}],
     "context": {"time": "2026-12-02T18:30", "temperature_c": 10, "precipitation": "none", "aqi": 45},
     "notes": "1型糖尿病十年了，用胰岛素泵+德康CGM。现在CGM显示4.7，箭头斜向下↘。下午4点吃的饭打了餐时胰岛素。打算下班去江边跑5公里，配速6分左右。上次跑步中间低到3.2，差点没回来，包里一般带葡萄糖片。"},
    exp(False, "moderate", ["run", "brisk_walk", "walk", "cycle", "stationary_bike", "elliptical"],
        ["swim"], [20, 45], "any", ["碳水|葡萄糖|加餐|吃|糖片|15", "血糖|低血糖"], GLITCH_ZH),
    "DOMAIN (ADA 2016): glucose < 90 mg/dl (5.0 mmol/l) -> take 15-30 g carbohydrate first. Falling arrow + insulin on board "
    "-> recheck, carry glucose, consider temp basal [beyond DOMAIN: clinical judgement]. Swimming alone with falling glucose is "
    "a drowning risk [beyond DOMAIN]. Active with disease -> moderate fine.")

# ---------------- English ----------------
add("h13", "67M, total knee replacement 4 months ago, PT finished, statin, pouring rain, US units",
    {"age": 67, "sex": "male", "weight_lb": 198, "height_in": 69, "fitness": "beginner",
     "goal": "get back to walking the dog an hour and playing golf", "preferences": ["walk", "stationary_bike"],
     "history": [{"activity": "stationary_bike", "minutes": 20, "days_ago": 2, "rpe": 11}, {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 11},
                 {"activity": "stationary_bike", "minutes": 20, "days_ago": 5, "rpe": 11}],
     "context": {"time": "2026-12-02T10:00", "temperature_f": 41, "wind_mph": 12, "precipitation": "rain"},
     "notes": "Had my left knee replaced (total knee) back in early August, so about 4 months now. Finished PT last month, the therapist said keep up the bike and the exercises. Knee still swells a bit if I overdo it and it's stiff first thing. Bend is about 115. Also have a bit of high cholesterol, on a statin. Raining cats and dogs today. I'd love to get back on the golf course by spring."},
    exp(False, "moderate", ["stationary_bike", "strength", "walk", "elliptical", "swim", "tai_chi", "yoga", "stretching"],
        ["run", "cycle"], [20, 45], "any", ["knee", "balance|strength|strengthen|strengthening|muscle"], GLITCH_EN),
    "DOMAIN: knee -> low impact, no running; >=65 -> balance and strength >=3 days/week. Rain -> indoor. 4 months post-TKA: "
    "stationary bike and quad strengthening are standard [beyond DOMAIN: clinical judgement]. Imperial units expected.")

add("h14", "61F bilateral knee OA (medial, moderate), hiking club, flare after 12-mile downhill hike, another 10-miler Saturday",
    {"age": 61, "sex": "female", "weight_kg": 72, "height_cm": 165, "conditions": ["knee_injury"], "fitness": "intermediate",
     "goal": "keep hiking with my hiking club", "preferences": ["walk", "brisk_walk"],
     "history": [{"activity": "brisk_walk", "minutes": 300, "days_ago": 4, "rpe": 14}, {"activity": "walk", "minutes": 45, "days_ago": 6, "rpe": 10},
                 {"activity": "brisk_walk", "minutes": 60, "days_ago": 8, "rpe": 12}, {"activity": "brisk_walk", "minutes": 240, "days_ago": 11, "rpe": 13}],
     "context": {"time": "2026-12-02T09:00", "temperature_c": 7, "precipitation": "none", "aqi": 30},
     "notes": "I've got osteoarthritis in both knees, the right one worse (x-ray said moderate, 'bone on bone' on the inner side). Hiking is my absolute favourite thing, did a 12 mile trail with the club on Saturday, lots of steep downhill, and my right knee was puffy and achy Sunday and Monday. Better today. Doc says keep moving and lose a few pounds. Trekking poles help. Saturday there's another 10 miler."},
    exp(False, "moderate", ["stationary_bike", "swim", "cycle", "elliptical", "strength", "walk", "tai_chi", "yoga", "stretching"],
        ["run"], [20, 50], "any", ["knee|arthritis|osteoarthritis|joint", "impact|low-impact|strength|quad|quadriceps|muscle"], GLITCH_EN),
    "DOMAIN: knee -> low impact (swim, bike, elliptical, walking), no running/jumping. Post-flare: non-impact today, quad/hip "
    "strengthening, poles and pacing on descents [beyond DOMAIN: clinical judgement for OA]. Flat walking acceptable.")

STR_HIST = [{"activity": "strength", "minutes": 75, "days_ago": d, "rpe": 16} for d in
            [1, 2, 3, 5, 6, 8, 9, 10, 12, 13, 15, 16, 17, 19, 20, 22, 23, 24, 26, 27]]
add("h15", "29M advanced lifter, 5 h sleep (teething baby), heavy squat day planned, groggy, caffeinated",
    {"age": 29, "sex": "male", "weight_kg": 84, "height_cm": 183, "resting_hr": 58, "fitness": "advanced",
     "goal": "build muscle, bench 120 kg by summer", "preferences": ["strength"], "history": STR_HIST,
     "context": {"time": "2026-12-02T06:15", "temperature_c": 12, "precipitation": "none"},
     "notes": "Only got like 5 hrs sleep, baby's teething lol. Today is supposed to be heavy leg day, squats 5x5 at 140. I lift 5 days a week, push/pull/legs split. Feel kinda groggy but fine, had a coffee. Should I just go for it?"},
    exp(False, "moderate", ["strength", "walk", "brisk_walk", "yoga", "stationary_bike", "cycle", "swim", "elliptical", "stretching", "rest"],
        [], [20, 75], "any", ["sleep|slept"], GLITCH_EN),
    "One short night in a well-trained lifter: train but reduce load/volume (e.g. RPE-capped, drop top sets), no max attempts "
    "[beyond DOMAIN: clinical judgement; DOMAIN only: recovery awareness]. Not a rest day necessarily.")

add("h16", "41M Adelaide audax cyclist, heat wave 41 C at 1 pm, wants a 3 h ride, garage trainer without aircon",
    {"age": 41, "sex": "male", "weight_kg": 74, "height_cm": 180, "resting_hr": 50, "fitness": "advanced",
     "goal": "Audax 300 km in January", "preferences": ["cycle"],
     "history": [{"activity": "cycle", "minutes": 150, "days_ago": 2, "rpe": 13}, {"activity": "cycle", "minutes": 60, "days_ago": 3, "rpe": 15},
                 {"activity": "cycle", "minutes": 90, "days_ago": 5, "rpe": 13}, {"activity": "cycle", "minutes": 240, "days_ago": 7, "rpe": 13},
                 {"activity": "cycle", "minutes": 60, "days_ago": 10, "rpe": 15}, {"activity": "cycle", "minutes": 200, "days_ago": 14, "rpe": 13},
                 {"activity": "cycle", "minutes": 90, "days_ago": 17, "rpe": 13}, {"activity": "cycle", "minutes": 210, "days_ago": 21, "rpe": 13}],
     "context": {"time": "2026-12-02T13:00", "temperature_c": 41, "humidity_pct": 15, "wind_kmh": 30, "precipitation": "none", "aqi": 60},
     "notes": "Adelaide heat wave, 41 today and 43 forecast tomorrow. Wanted to get a 3 hour ride in this arvo, I've been riding through summer since October so I'm used to the heat, I reckon. I'll take 2 bottles + electrolytes. Got a smart trainer in the garage but it's like a sauna in there, no aircon."},
    exp(False, "vigorous", ["swim", "stationary_bike", "strength", "rest", "yoga", "stretching"],
        ["cycle", "run", "brisk_walk", "walk"], [0, 90], "any",
        ["heat|hot|temperature", "water|fluid|fluids|hydrate|hydration|drink|electrolyte", "early|morning|evening|cooler|indoor|indoors|air-conditioned|aircon"], GLITCH_EN),
    "DOMAIN: heat index ~40 C = danger; above WBGT 32.2 cancel outdoor exercise; even acclimatised limit intensity. A 3 h "
    "outdoor ride at 1 pm must be moved (early morning) or replaced (pool, cooled indoor). Garage without aircon is also hot, "
    "so a card choosing the trainer must mention cooling/fans and shorten it [beyond DOMAIN: clinical judgement].")

add("h17", "44M smoker, day 9 quit on patches, sedentary for years, morning productive cough, snowing in Toronto, office gym",
    {"age": 44, "sex": "male", "weight_kg": 79, "height_cm": 176, "fitness": "beginner", "goal": "quit smoking for good and get fitter",
     "preferences": ["walk", "cycle"],
     "context": {"time": "2026-12-02T12:30", "temperature_c": -6, "wind_kmh": 25, "precipitation": "snow"},
     "notes": "Day 9 without a cigarette!! Was a pack a day for 20 years. On nicotine patches. The cravings hit hardest after lunch and when I'm stressed at work. I get a bit of a smoker's cough in the mornings, bringing up some gunk, but no chest pain or anything. Haven't exercised in years. It's snowing out, I work in an office in Toronto with a gym in the basement that nobody uses."},
    exp(False, "moderate", ["stationary_bike", "elliptical", "brisk_walk", "walk", "strength", "yoga", "swim"],
        ["run", "cycle"], [10, 40], "rpe", ["craving|smoke|smoking|cigarette|quit|nicotine", "indoor|indoors|gym|snow|basement"], GLITCH_EN),
    "Short bouts of moderate exercise reduce cigarette cravings [beyond DOMAIN: clinical judgement]. Inactive, no symptoms or known "
    "disease -> light-moderate without clearance (DOMAIN ACSM screening). Snow/ice -> indoor; gym available. Beginner: 10-30 min.")

add("h18", "24F asthma (preventer + reliever used once this morning), extreme grass pollen, hot northerly, storm warning tonight, Melbourne",
    {"age": 24, "sex": "female", "weight_kg": 58, "height_cm": 168, "conditions": ["asthma"], "fitness": "intermediate",
     "goal": "run a sub-25 parkrun", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13}, {"activity": "run", "minutes": 25, "days_ago": 4, "rpe": 14},
                 {"activity": "run", "minutes": 35, "days_ago": 6, "rpe": 13}, {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 13}],
     "context": {"time": "2026-12-02T17:30", "temperature_c": 29, "humidity_pct": 35, "wind_kmh": 40, "precipitation": "none", "aqi": 75},
     "notes": "Pollen count is EXTREME today in Melbourne (grass pollen), and there's a thunderstorm warning for tonight, hot northerly wind. My hay fever is going nuts, itchy eyes, sneezing. Asthma is usually well controlled on my preventer (Symbicort), used my reliever once this morning, fine now. Was going to do my usual 5k loop along the creek after work."},
    exp(False, "moderate", ["stationary_bike", "elliptical", "swim", "strength", "yoga", "stretching", "rest"],
        ["run", "cycle", "brisk_walk"], [15, 45], "any", ["asthma|inhaler|reliever|puffer", "pollen|indoor|indoors|inside|gym"], GLITCH_EN),
    "DOMAIN: asthma is a sensitive group; AQI 75 moderate. Extreme grass pollen + incoming thunderstorm in Melbourne is the "
    "classic thunderstorm-asthma setting -> exercise indoors, reliever at hand, stay inside when the storm hits "
    "[beyond DOMAIN: clinical judgement; pollen is not a DOMAIN field].")

add("h19", "30F 9 weeks pregnant, all-day sickness, vomited twice today, ex-runner 3x5 km, asks about running and hot yoga",
    {"age": 30, "sex": "female", "weight_kg": 61, "height_cm": 167, "conditions": ["pregnancy"], "fitness": "intermediate",
     "goal": "stay fit through pregnancy", "preferences": ["run", "yoga"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 12}, {"activity": "yoga", "minutes": 45, "days_ago": 5, "rpe": 11},
                 {"activity": "run", "minutes": 30, "days_ago": 7, "rpe": 12}, {"activity": "run", "minutes": 30, "days_ago": 10, "rpe": 12}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 16, "precipitation": "none", "aqi": 35},
     "notes": "9 weeks pregnant with my first 🙂 Morning sickness is brutal (honestly all-day sickness), threw up twice today, managing crackers and ginger tea. Super tired. No bleeding or cramping, midwife appointment next week. I was running 3x a week before, 5k easy. Is running ok? Also used to do hot yoga on Thursdays."},
    exp(False, "moderate", ["walk", "brisk_walk", "yoga", "stretching", "swim", "stationary_bike", "run", "rest", "tai_chi", "elliptical"],
        [], [10, 40], "rpe", ["pregnant|pregnancy|trimester|prenatal", "bleeding|dizzy|dizziness|stop|contraction|fluid", "hot yoga|heat|overheat|overheating|hydrate|hydration|fluids|water"], GLITCH_EN),
    "DOMAIN: pregnancy >=150 min/week moderate; ACOG warning signs (bleeding, dizziness ...); avoid hot yoga. Continuing easy "
    "running is acceptable for a previous runner [beyond DOMAIN: ACOG 804 detail]. Vomiting twice -> hydrate, short light session "
    "or rest if unwell. RPE/talk test preferred.")

RUN_HIST = [{"activity": a, "minutes": m, "days_ago": d, "rpe": r} for a, m, d, r in
            [("run", 40, 2, 13), ("strength", 50, 3, 14), ("run", 45, 5, 15), ("strength", 50, 6, 14), ("run", 40, 9, 13),
             ("strength", 50, 10, 14), ("run", 45, 12, 15), ("run", 40, 16, 13), ("strength", 50, 17, 14), ("run", 45, 19, 15)]]
add("h20", "35M head cold (runny nose, sneezing, scratchy throat), 36.9 C, chest clear, usual tempo run Wednesday",
    {"age": 35, "sex": "male", "weight_kg": 77, "height_cm": 180, "fitness": "intermediate", "goal": "stay consistent, 4 workouts a week",
     "preferences": ["run", "strength"], "history": RUN_HIST,
     "context": {"time": "2026-12-02T07:00", "temperature_c": 4, "precipitation": "none", "aqi": 25},
     "notes": "Picked up a head cold from my kid, runny nose, sneezing, bit of a scratchy throat. Took my temp, 36.9, so no fever. No body aches, chest is clear, no cough. Feel a bit meh. Usually do a 45 min tempo run on Wednesdays."},
    exp(False, "moderate", ["walk", "brisk_walk", "run", "stationary_bike", "yoga", "stretching", "strength", "elliptical", "cycle", "rest"],
        [], [15, 40], "any", ["cold|runny|sneezing|neck|symptom", "fever|worse|chest|aches"], GLITCH_EN),
    "DOMAIN neck check: above-the-neck symptoms only, no fever (36.9 < 38.0) -> light exercise may be allowed; skip the tempo. "
    "I accept easy moderate (reduced) as clinically reasonable [beyond DOMAIN: DOMAIN says light]; vigorous is wrong. "
    "Card should say stop/rest if fever, aches or chest symptoms appear.")

add("h21", "52F chronic low back pain 6 years (L4/5 degeneration, no red flags), 3/10 today, pilates helped, rainy, pool session at noon",
    {"age": 52, "sex": "female", "weight_kg": 70, "height_cm": 163, "fitness": "beginner",
     "goal": "less back pain, be able to pick up my grandson", "preferences": ["swim", "yoga"],
     "context": {"time": "2026-12-02T11:00", "temperature_c": 14, "precipitation": "rain", "aqi": 40},
     "notes": "My lower back has been on and off sore for about 6 years, scans showed 'wear and tear' at L4/L5, physio said nothing serious, no numbness or leg pain. Worse after sitting at my desk all day and in the mornings. Tried pilates a while ago and it helped. Some days it's a 2/10 some days 6/10; today about 3/10. Local pool has a women's session at noon."},
    exp(False, "moderate", ["swim", "walk", "brisk_walk", "yoga", "tai_chi", "stationary_bike", "elliptical", "strength", "stretching"],
        ["run", "rest"], [20, 50], "any", ["back"], GLITCH_EN),
    "DOMAIN: low back pain -> low impact, no running. Chronic non-specific LBP: stay active, exercise therapy (pilates, "
    "strength, swimming) is first-line; bed rest is wrong [beyond DOMAIN: clinical judgement]. Pool at noon -> swim fits.")

add("h22", "34F 98 kg/165 cm sedentary bride-to-be, wants -20 kg by May, plans daily running + 1200 kcal + bootcamp, feet/knees ache",
    {"age": 34, "sex": "female", "weight_kg": 98, "height_cm": 165, "fitness": "beginner", "goal": "lose 20 kg before my wedding in May",
     "preferences": ["run"],
     "context": {"time": "2026-12-02T06:00", "temperature_c": 10, "precipitation": "none", "aqi": 30},
     "notes": "Wedding is May 16th!!! I need to lose 20 kilos, so I'm going to run every single morning and do 1200 calories a day. Haven't really exercised since school tbh. Signed up to a bootcamp too. My feet and knees ache a bit when I walk a lot. Mum has type 2 diabetes."},
    exp(False, "moderate", ["brisk_walk", "walk", "swim", "stationary_bike", "elliptical", "cycle", "strength"],
        ["run"], [15, 45], "rpe", ["weight|kg|lose", "impact|low-impact|joint|knee|knees|gradual|gradually|build"], GLITCH_EN),
    "DOMAIN: obesity (BMI 36) -> low impact, no running or jumping; beginner -> start ~20-30 min moderate, progress <=10%/week. "
    "Daily running + 1200 kcal + bootcamp from zero is an injury/dropout plan; realistic loss ~0.5-1 kg/week "
    "[beyond DOMAIN: clinical judgement].")

add("h23", "47M, father died suddenly 3 weeks ago, sleeping badly, low appetite, used to cycle Sundays with him, wants nothing hard",
    {"age": 47, "sex": "male", "weight_kg": 86, "height_cm": 178, "fitness": "intermediate", "goal": "get out of the house, clear my head",
     "preferences": ["walk", "cycle"],
     "context": {"time": "2026-12-02T15:00", "temperature_c": 9, "precipitation": "none", "aqi": 28},
     "notes": "Lost my dad three weeks ago, it was sudden. Haven't done much since, sleeping badly, not really hungry. Used to cycle with him on Sundays, 40-50 km, and walk the dog every day. Friends keep telling me exercise will help. Not sure I've got the energy. Don't want anything too hard."},
    exp(False, "moderate", ["walk", "brisk_walk", "cycle", "yoga", "tai_chi", "stationary_bike", "swim", "stretching"],
        [], [15, 45], "any", ["loss|grief|grieving|sorry|difficult|hard time|mood|support|talk"], GLITCH_EN),
    "Bereavement: gentle outdoor activity (dog walk) helps mood and sleep; respect 'nothing too hard'; compassionate tone; "
    "suggest support if low mood persists [beyond DOMAIN: clinical judgement]. Light-moderate, 20-40 min.")

add("h24", "57M sedentary, ex-smoker, FHx MI, 'a bit high' BP, exertional chest heaviness radiating to left arm twice, wants couch-to-5k today -> must rest",
    {"age": 57, "sex": "male", "weight_kg": 95, "height_cm": 176, "fitness": "beginner", "goal": "start jogging, lose the gut",
     "preferences": ["run"],
     "context": {"time": "2026-12-02T07:30", "temperature_c": 2, "wind_kmh": 20, "precipitation": "none", "aqi": 40},
     "notes": "Wife finally nagged me into it haha. 57, desk job, bit overweight, ex-smoker (quit 5 yrs ago), dad had a heart attack at 60. BP was 'a bit high' at the last checkup but no meds. Last week rushing for the train in the cold I got this tight heavy feeling across my chest and down my left arm, went away after a few minutes sitting down. Happened again carrying groceries up the stairs Saturday. Probably just out of shape. Want to start couch to 5k today."},
    exp(True, "light", ["rest"], ["run", "brisk_walk", "cycle", "swim", "strength", "elliptical", "stationary_bike"],
        [0, 15], "any", ["doctor|physician|GP|medical|clinician|emergency", "chest"], GLITCH_EN),
    "DOMAIN warning symptoms: exertional chest heaviness radiating to the arm, relieved by rest = classic stable angina -> do not "
    "start, medical clearance first (urgent evaluation). Buried under 'probably just out of shape'.")

assert len(C) == 24 and len({c["id"] for c in C}) == 24
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "clients.jsonl"), "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients")
