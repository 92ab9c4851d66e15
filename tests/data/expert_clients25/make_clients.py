#!/usr/bin/env python3
"""Blind expert evaluation 25: writes clients.jsonl (24 clients).

Expectations derive from /work/shared/DOMAIN.md; anything beyond it is marked
"[beyond DOMAIN.md]" in the rationale.  must_mention: a list of group strings,
each group = alternatives separated by '|'.  Chinese alternatives are written in
Simplified characters (mech.py folds the card to Simplified before matching).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def C(id_, who, profile, must_rest, max_int, ok, bad, mins, measure, mention, not_say, rationale):
    assert isinstance(ok, (list, tuple)) and isinstance(bad, (list, tuple))
    assert isinstance(mention, (list, tuple)) and all(isinstance(m, str) and (len(m) > 1 or ord(m) > 0x2E80) for m in mention)
    assert isinstance(not_say, (list, tuple)) and all(isinstance(m, str) and len(m) > 1 for m in not_say)
    return {"id": id_, "who": who, "profile": profile,
            "expected": {"must_rest": must_rest, "max_intensity": max_int,
                         "acceptable_activities": list(ok), "forbidden_activities": list(bad),
                         "minutes_range": list(mins), "intensity_measure": measure,
                         "must_mention": list(mention), "must_not_say": list(not_say)},
            "rationale": rationale}


clients = [
    # ------------------------------------------------------------------ Chinese
    C("h01", "32岁女性办公室职员，久坐、压力大、北京重度雾霾（AQI 165）",
      {"user": "h01", "age": 32, "sex": "female", "weight_kg": 61, "height_cm": 163, "resting_hr": 74,
       "fitness": "beginner", "goal": "减肥，顺便缓解颈椎", "preferences": ["brisk_walk", "yoga"],
       "history": [{"activity": "walk", "minutes": 20, "days_ago": 4, "rpe": 9}],
       "context": {"time": "2026-12-02T19:30", "temperature_c": 2, "humidity_pct": 45, "wind_kmh": 5,
                   "precipitation": "none", "aqi": 165},
       "notes": "每天在工位上一坐就是十个小时😩 颈椎和肩膀都是硬的，最近项目赶进度压力超大，晚上老是想东想西。"
                "本来想下班去公园快走一圈，但今天手机上显示空气质量165，窗外灰蒙蒙的……家里有瑜伽垫，小区健身房有单车和椭圆机。"},
      False, "moderate", ["yoga", "stationary_bike", "elliptical", "strength", "stretching", "walk"],
      ["run", "cycle"], [20, 45], "any",
      ["空气|AQI|雾霾|污染", "室内|健身房|家里|在家"], ["户外跑"],
      "AQI 151-200 = unhealthy: everyone reduces exertion, prefer indoor (DOMAIN Environment). "
      "Healthy but inactive -> moderate is the ceiling for a beginner. Outdoor brisk walk is neither "
      "forbidden nor preferred (not listed either way). Neck/shoulder stiffness and stress: yoga/stretching "
      "fit [beyond DOMAIN.md: clinical judgement]."),

    C("h02", "38岁男性肥胖初学者（110kg/170cm，BMI 38），爬楼梯膝盖疼（只写在备注里）",
      {"age": 38, "sex": "male", "weight_kg": 110, "height_cm": 170, "resting_hr": 82,
       "fitness": "beginner", "goal": "减重20斤", "preferences": ["跑步"],
       "context": {"time": "2026-12-02T07:00", "temperature_c": 12, "humidity_pct": 60, "precipitation": "none", "aqi": 40},
       "notes": "医生说我再不减肥就要吃降压药了（不过目前血压还行，上次130/85）。我想直接开始跑步，朋友说跑步减肥最快。"
                "就是右膝盖上下楼梯的时候会疼一下，蹲下去也有点响。以前基本不运动，公司楼下有个游泳馆。"},
      False, "moderate", ["swim", "stationary_bike", "elliptical", "walk", "brisk_walk"],
      ["run"], [15, 40], "any",
      ["膝|关节", "冲击"], ["跑步减肥最快"],
      "Obesity + knee pain: low impact, no running (DOMAIN Conditions). Inactive beginner: moderate ceiling, "
      "start short. The knee pain is only in the notes; the card should catch it."),

    C("h03", "72歲台灣阿嬤，骨質疏鬆，去年跌倒過，血壓控制良好（zh-TW）",
      {"age": 72, "sex": "female", "weight_kg": 50, "height_cm": 152, "resting_hr": 70,
       "conditions": ["hypertension"], "bp_systolic": 134, "bp_diastolic": 80,
       "fitness": "beginner", "goal": "腳有力一點，不要再跌倒", "preferences": ["散步", "太極"],
       "language": "zh-TW",
       "context": {"time": "2026-12-02T08:30", "temperature_c": 18, "humidity_pct": 75, "precipitation": "none", "aqi": 55},
       "notes": "我有骨質疏鬆，醫生有開鈣片給我吃。去年冬天在菜市場門口滑倒，手腕骨折，現在走路都怕怕的。"
                "血壓藥每天都有吃，今天早上量134/80。每天早上會跟鄰居在公園走一走，大概二十分鐘。"},
      False, "moderate", ["tai_chi", "walk", "strength", "brisk_walk", "stationary_bike"],
      ["run", "cycle"], [15, 45], "any",
      ["平衡|跌倒|摔", "力量|肌力|肌肉"], [],
      "65+: multicomponent balance + strength >= 3 d/wk, tai chi fits (DOMAIN Older adults). Controlled BP "
      "134/80 -> moderate fine. Osteoporosis with prior fracture: avoid high-fall-risk activities such as outdoor "
      "cycling and running [beyond DOMAIN.md: clinical judgement]. Card must be in Traditional characters."),

    C("h04", "58歲香港男士，高血壓，今朝血壓185/112，頭痛（廣東話，危象只寫喺備註）",
      {"age": 58, "sex": "male", "weight_kg": 78, "height_cm": 170, "resting_hr": 80,
       "conditions": ["hypertension"], "fitness": "intermediate", "goal": "保持體能",
       "preferences": ["swim", "brisk_walk"], "language": "zh-HK",
       "context": {"time": "2026-12-02T06:45", "temperature_c": 19, "humidity_pct": 70, "precipitation": "none", "aqi": 60},
       "notes": "今朝起身量咗血壓，185/112，再量多次都係18幾😓 頭有少少痛，可能尋晚冇瞓好。"
                "平時星期三朝早都會去游水，游一個鐘頭左右。血壓藥呢排成日唔記得食。想問今日照去得唔得？"},
      True, "light", ["rest"], ["swim", "run", "cycle", "brisk_walk", "strength", "elliptical", "stationary_bike"],
      [0, 0], "any",
      ["血压", "医生|就医|急诊|求医|睇医生|999"], [],
      "Resting BP > 180/110 -> do not start exercise; > 180 systolic = hypertensive crisis, urgent medical "
      "attention, with headache (DOMAIN Conditions + Warning symptoms). The reading is only in the notes "
      "(bp fields empty). Cantonese notes -> emergency number 999."),

    C("h05", "55岁男性2型糖尿病，打胰岛素，运动前血糖82 mg/dl（埋在备注里）",
      {"age": 55, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 72,
       "conditions": ["diabetes"], "fitness": "intermediate", "goal": "控制血糖", "preferences": ["快走", "骑自行车"],
       "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                   {"activity": "brisk_walk", "minutes": 35, "days_ago": 3, "rpe": 12}],
       "context": {"time": "2026-12-02T16:30", "temperature_c": 15, "humidity_pct": 55, "precipitation": "none", "aqi": 45},
       "notes": "二型糖尿病八年了，去年开始晚上打一针甘精胰岛素，白天吃二甲双胍。中午吃得少，刚刚扎了手指，血糖4.6（就是82左右）。"
                "准备下午去河边快走四十分钟，一般走完会低一点。"},
      False, "moderate", ["brisk_walk", "walk", "cycle", "stationary_bike", "strength", "swim"],
      [], [20, 50], "any",
      ["碳水|糖|吃点|加餐|饼干|零食", "血糖"], [],
      "Insulin user, glucose < 90 mg/dl (5.0 mmol/l): take 15-30 g carbohydrate first (ADA 2016 via DOMAIN). "
      "The glucose value is only in the notes, in mmol/l and mg/dl. Brisk walking needs no clearance."),

    C("h06", "16岁女生1型糖尿病，血糖320 mg/dl，口渴，没测酮体",
      {"age": 16, "sex": "female", "weight_kg": 52, "height_cm": 162, "resting_hr": 68,
       "conditions": ["diabetes"], "glucose_mg_dl": 320, "fitness": "intermediate", "goal": "校队选拔，想练体能",
       "preferences": ["run", "swim"],
       "context": {"time": "2026-12-02T17:00", "temperature_c": 22, "humidity_pct": 50, "precipitation": "none", "aqi": 35},
       "notes": "我是一型糖尿病，戴的是胰岛素泵。今天中午好像泵的管子有点堵，血糖一下午都在300多，现在320。"
                "有点口渴，尿也多。酮体试纸用完了还没买😅 今天本来要去操场跑间歇跑，教练说下周选拔。"},
      False, "light", ["walk", "rest", "stretching", "yoga"], ["run", "swim", "cycle", "strength"],
      [0, 30], "any",
      ["酮", "血糖"], [],
      "T1D, 250-350 mg/dl: check ketones; no intense exercise with moderate/large ketones (DOMAIN Diabetes). "
      "Ketones unknown + pump occlusion + thirst/polyuria = possible evolving DKA -> at most light activity and "
      "only after ketones are checked; rest is acceptable [beyond DOMAIN.md: clinical judgement]. Child/teen."),

    C("h07", "30岁孕妇，孕28周，一切正常，喜欢瑜伽和游泳",
      {"age": 30, "sex": "female", "weight_kg": 66, "height_cm": 165, "resting_hr": 84,
       "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "顺产，控制体重",
       "preferences": ["yoga", "swim"],
       "history": [{"activity": "swim", "minutes": 30, "days_ago": 2, "rpe": 12},
                   {"activity": "yoga", "minutes": 40, "days_ago": 4, "rpe": 10}],
       "context": {"time": "2026-12-02T10:00", "temperature_c": 24, "humidity_pct": 60, "precipitation": "none", "aqi": 50},
       "notes": "现在孕28周啦，产检都正常，医生说可以继续运动。怀孕前一直练瑜伽，现在上孕妇瑜伽课，"
                "有时候老师会让我们平躺做一些动作，不知道还可不可以。这周也去游了一次泳，感觉很舒服。"},
      False, "moderate", ["swim", "yoga", "walk", "brisk_walk", "stationary_bike", "stretching"],
      ["run", "cycle"], [20, 45], "rpe",
      ["仰卧|平躺|躺", "出血|头晕|宫缩|腹痛|不适"], [],
      "Pregnancy: >= 150 min/wk moderate; no lying on the back after the first trimester (she asks about it); "
      "avoid fall-risk activities (outdoor cycling) (DOMAIN WHO/ACOG). Heart rate is blunted/unreliable in "
      "pregnancy, so RPE/talk test [beyond DOMAIN.md]. Warning signs to stop should be named."),

    C("h08", "34岁孕妇，孕33周，单侧小腿肿痛+头痛（只写在备注里）",
      {"age": 34, "sex": "female", "weight_kg": 72, "height_cm": 160, "resting_hr": 88,
       "conditions": ["pregnancy"], "fitness": "beginner", "goal": "保持活动", "preferences": ["walk", "yoga"],
       "context": {"time": "2026-12-02T09:00", "temperature_c": 20, "humidity_pct": 65, "precipitation": "none", "aqi": 70},
       "notes": "孕33周，二胎。昨天晚上开始左边小腿又肿又疼，按下去有点硬，右腿没事。今天早上起来还有点头痛，眼睛有点花。"
                "婆婆说孕晚期腿肿很正常，让我多走走。想问今天去小区散步半小时可以吗？"},
      True, "light", ["rest"], ["walk", "brisk_walk", "yoga", "swim", "run", "cycle", "strength", "stationary_bike", "elliptical", "stretching", "tai_chi"],
      [0, 0], "any",
      ["小腿|腿", "医生|就医|医院|急诊|120"], [],
      "ACOG 804 (DOMAIN): calf pain or swelling and headache in pregnancy = stop and seek care. Unilateral "
      "calf swelling suggests DVT; headache + visual disturbance at 33 weeks suggests pre-eclampsia "
      "[beyond DOMAIN.md: clinical judgement]. Must rest and see a doctor today."),

    C("h09", "66岁男性，右膝关节置换术后4个月",
      {"age": 66, "sex": "male", "weight_kg": 80, "height_cm": 174, "resting_hr": 66,
       "conditions": ["knee_injury"], "fitness": "beginner", "goal": "恢复走路，以后想去爬山",
       "preferences": ["walk", "stationary_bike", "run"],
       "history": [{"activity": "stationary_bike", "minutes": 20, "days_ago": 2, "rpe": 11},
                   {"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10}],
       "context": {"time": "2026-12-02T10:30", "temperature_c": 8, "humidity_pct": 50, "precipitation": "none", "aqi": 60},
       "notes": "八月份做的右膝人工关节置换，康复科已经结束了，医生说可以自己练。现在走路基本不瘸了，就是下坡和下楼还有点吃力，"
                "膝盖弯曲大概115度。康复师教的靠墙静蹲和抬腿我每天都做。年轻时喜欢跑步，还能跑吗？"},
      False, "moderate", ["stationary_bike", "walk", "swim", "strength", "tai_chi", "elliptical"],
      ["run"], [20, 45], "any",
      ["膝|关节", "冲击|不跑|避免跑"], [],
      "Knee injury/replacement: low impact, no running (DOMAIN Conditions); stationary bike is the classic "
      "post-TKR choice. 66 y: add balance/strength (DOMAIN Older adults). Long-term running after TKR is "
      "generally discouraged [beyond DOMAIN.md]."),

    C("h10", "45歲男性，慢性腰痛，輪班工程師，連續幾晚只睡四小時（繁體，未標語言）",
      {"age": 45, "sex": "male", "weight_kg": 76, "height_cm": 175, "resting_hr": 70,
       "conditions": ["low_back_pain"], "fitness": "intermediate", "goal": "腰不要再痛，睡得好一點",
       "preferences": ["swim", "yoga", "run"],
       "context": {"time": "2026-12-02T14:00", "temperature_c": 21, "humidity_pct": 70, "precipitation": "none", "aqi": 48},
       "notes": "我在晶圓廠輪三班，這個禮拜剛從白班換到大夜班，連續三天都只睡四個小時左右，白天睡不著。"
                "下背痛三四年了，久坐就痠，沒有麻到腳。以前每週跑兩次5公里，最近都沒跑。今天下午有空，但整個人很累。"},
      False, "moderate", ["walk", "swim", "yoga", "stretching", "stationary_bike", "brisk_walk", "elliptical"],
      ["run"], [15, 40], "any",
      ["睡|疲|累", "腰|背"], [],
      "Low back pain: low impact, no running (DOMAIN Conditions). Severe sleep debt after a shift change: "
      "light-to-moderate, shorter, no hard session [beyond DOMAIN.md: clinical judgement]. No radicular red "
      "flags. Notes in Traditional with no language tag -> card should be Traditional."),

    C("h11", "62岁男性冠心病放支架2年，最近爬两层楼胸口发闷（隐藏警告），天冷",
      {"age": 62, "sex": "male", "weight_kg": 75, "height_cm": 170, "resting_hr": 64,
       "conditions": ["heart_disease"], "fitness": "intermediate", "goal": "保持心脏健康",
       "preferences": ["brisk_walk", "tai_chi"],
       "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12}],
       "context": {"time": "2026-12-02T06:30", "temperature_c": -6, "humidity_pct": 40, "wind_kmh": 18,
                   "precipitation": "none", "aqi": 75},
       "notes": "两年前放了一个支架，一直按时吃阿司匹林和他汀，平时每天早上快走四十分钟没问题。"
                "就是这两个礼拜爬两层楼就觉得胸口发闷，有点压着的感觉，左胳膊也有点酸，歇一两分钟就好了，应该是天冷的缘故吧。今天想照常去晨练。"},
      True, "light", ["rest"], ["brisk_walk", "run", "cycle", "swim", "strength", "elliptical", "stationary_bike"],
      [0, 0], "any",
      ["胸", "医生|就医|医院|心内科|120|急诊"], ["天冷的缘故"],
      "New exertional chest pressure with arm ache in a man with a stent = new/unstable angina (anginal "
      "equivalent in DOMAIN Warning symptoms): do not start, seek medical clearance. Cold morning is an "
      "additional trigger. The symptom is only in the notes."),

    C("h12", "10岁男孩（家长代写），喜欢跑步骑车，今天35度高温",
      {"age": 10, "sex": "male", "weight_kg": 33, "height_cm": 140, "fitness": "intermediate",
       "goal": "长高，体育考试跳绳和跑步", "preferences": ["run", "cycle", "swim"],
       "context": {"time": "2026-07-20T14:00", "temperature_c": 35, "humidity_pct": 65, "wind_kmh": 3,
                   "precipitation": "none", "aqi": 85},
       "notes": "孩子今年四年级，暑假在家天天打游戏😂 想让他下午出去跑跑步或者骑车，外面35度，太阳很大。"
                "小区有室内游泳馆。他身体挺好的，没什么病。"},
      False, "vigorous", ["swim", "strength", "run", "cycle"], [], [30, 90], "any",
      ["热|高温|中暑|暑", "水|补水|喝水"], [],
      "Ages 5-17: >= 60 min/day MVPA, vigorous 3 d/wk (DOMAIN WHO). 35 C with 65% RH = heat index ~ 48 C "
      "(NWS danger); children are a heat-vulnerable group -> no outdoor exertion at 14:00; indoor pool or "
      "evening. Outdoor run/cycle at 14:00 is unsafe, so if run/cycle is chosen the card must move it to "
      "morning/evening or indoors (judged by hand) [heat-index arithmetic beyond DOMAIN.md]."),

    # ------------------------------------------------------------------ English
    C("h13", "67-year-old man with COPD (notes only), AQI 128",
      {"age": 67, "sex": "male", "weight_kg": 70, "height_cm": 176, "resting_hr": 78,
       "fitness": "beginner", "goal": "be able to play with my grandkids without getting winded",
       "preferences": ["walk", "stationary_bike"],
       "context": {"time": "2026-12-02T11:00", "temperature_c": 9, "humidity_pct": 55, "precipitation": "none", "aqi": 128},
       "notes": "I've got COPD (moderate, per my lung doc) - quit smoking 5 yrs ago. Did pulmonary rehab last spring "
                "and it helped a lot. I use my Spiriva every morning and albuterol when needed. Fine on the flat, "
                "puff a bit on hills. Wildfire smoke drifting in today, the app says air is 128."},
      False, "moderate", ["walk", "stationary_bike", "strength", "tai_chi", "stretching", "yoga", "elliptical"],
      ["run", "cycle"], [10, 40], "any",
      ["air quality|AQI|smoke|air", "indoor|indoors|inside"], [],
      "COPD = lung disease = sensitive group; AQI 101-150: reduce prolonged/heavy exertion; indoor preferred "
      "(DOMAIN Environment). 65+: balance/strength. COPD is not a listed condition; it is only in the notes. "
      "Interval/indoor bike after pulmonary rehab fits [beyond DOMAIN.md]."),

    C("h14", "24-year-old woman with asthma, runner, -8 C and windy",
      {"age": 24, "sex": "female", "weight_kg": 58, "height_cm": 168, "resting_hr": 58,
       "conditions": ["asthma"], "fitness": "intermediate", "goal": "sub-25 5k in the spring",
       "preferences": ["run", "elliptical"],
       "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
                   {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 12},
                   {"activity": "strength", "minutes": 30, "days_ago": 5, "rpe": 13}],
       "context": {"time": "2026-12-02T07:00", "temperature_c": -8, "humidity_pct": 40, "wind_kmh": 25,
                   "precipitation": "none", "aqi": 30},
       "notes": "asthma is pretty well controlled, I only really need my inhaler when it's freezing out lol. "
                "was gonna do my tempo run outside before work, it's like -8 with wind. gym is 10 min away if needed"},
      False, "vigorous", ["run", "elliptical", "stationary_bike", "swim", "strength"], ["cycle"], [20, 60], "any",
      ["cold|freezing", "inhaler|scarf|warm-up|warm up|indoor|indoors"], [],
      "Asthma: cold dry air is a trigger; cold judged by wind chill (~ -15 C here) (DOMAIN Environment/Conditions). "
      "Controlled asthma, active: vigorous fine but prefer indoor (treadmill/elliptical) or pre-medicate, cover "
      "mouth, longer warm-up [beyond DOMAIN.md: EIB guidance]."),

    C("h15", "35-year-old marathoner the day after a marathon",
      {"user": "h15", "age": 35, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 48,
       "fitness": "advanced", "goal": "sub-3 marathon next year", "preferences": ["run", "cycle"],
       "history": [{"activity": "run", "minutes": 192, "days_ago": 1, "rpe": 19},
                   {"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 11},
                   {"activity": "run", "minutes": 40, "days_ago": 5, "rpe": 12},
                   {"activity": "run", "minutes": 60, "days_ago": 8, "rpe": 13}],
       "context": {"time": "2026-12-02T08:00", "temperature_c": 10, "humidity_pct": 60, "precipitation": "none", "aqi": 25},
       "notes": "Ran the city marathon yesterday - 3:12, PB by 6 min!! Quads are absolutely wrecked, stairs are "
                "comedy. Feeling itchy to get back out though, thinking an easy 10k shakeout this morning? Resting HR was 56 "
                "this morning vs my usual 48."},
      False, "light", ["rest", "walk", "swim", "stationary_bike", "stretching", "yoga", "cycle"], ["run"], [0, 40], "any",
      ["marathon|race|recovery|recover"], [],
      "Training load: 48 h between hard sessions, ACWR spike (DOMAIN Training load). Day after a marathon, "
      "severe DOMS and resting HR +8 bpm -> rest or light non-impact recovery only; no running "
      "[beyond DOMAIN.md: usual coaching practice, 1-2 weeks reverse taper]."),

    C("h16", "29-year-old man with type 1 diabetes, pre-ride glucose 65 mg/dl",
      {"age": 29, "sex": "male", "weight_kg": 74, "height_cm": 181, "resting_hr": 60,
       "conditions": ["diabetes"], "fitness": "intermediate", "goal": "century ride in summer",
       "preferences": ["cycle", "run"],
       "history": [{"activity": "cycle", "minutes": 90, "days_ago": 2, "rpe": 13},
                   {"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13}],
       "context": {"time": "2026-12-02T17:30", "temperature_c": 16, "humidity_pct": 50, "wind_kmh": 12,
                   "precipitation": "none", "aqi": 30},
       "notes": "T1D since I was 12, on a pump + Dexcom. CGM says 65 and trending down (arrow pointing down) - "
                "bolused a bit much for lunch I think. Want to get a 60-min ride in before dark."},
      False, "moderate", ["cycle", "stationary_bike", "walk", "brisk_walk", "swim", "run", "strength"], [], [20, 60], "any",
      ["carb|carbohydrate|glucose tablet|snack|juice|sugar", "check|recheck|re-check|monitor"], [],
      "Insulin user < 90 mg/dl: 15-30 g carbs first (DOMAIN Diabetes). 65 mg/dl and falling = hypoglycaemia: "
      "treat, recheck after 15 min, start only when > 90 and stable; carry carbs on the ride [beyond DOMAIN.md: "
      "ADA hypo rule of 15]. Vigorous not advised today."),

    C("h17", "70-year-old man with stable coronary disease on a beta-blocker, cardiac rehab graduate",
      {"age": 70, "sex": "male", "weight_kg": 82, "height_cm": 175, "resting_hr": 56,
       "conditions": ["heart_disease", "hypertension"], "bp_systolic": 128, "bp_diastolic": 78,
       "fitness": "intermediate", "goal": "stay out of hospital, keep up with my wife on walks",
       "preferences": ["brisk_walk", "stationary_bike"],
       "history": [{"activity": "brisk_walk", "minutes": 35, "days_ago": 1, "rpe": 12},
                   {"activity": "stationary_bike", "minutes": 30, "days_ago": 3, "rpe": 12}],
       "context": {"time": "2026-12-02T10:00", "temperature_c": 14, "humidity_pct": 60, "precipitation": "none", "aqi": 40},
       "notes": "Had a heart attack 2 years ago, 2 stents. Finished 12 weeks of cardiac rehab, they said I'm good to "
                "keep going on my own at RPE 12-13. On metoprolol so my heart rate barely goes above 100. No chest "
                "pain since, feeling good. Cardiologist checkup in Oct was fine."},
      False, "moderate", ["brisk_walk", "walk", "stationary_bike", "tai_chi", "strength", "elliptical"], ["run"],
      [20, 50], "rpe",
      ["RPE|perceived|effort|talk", "chest|symptom|stop"], [],
      "Active with known disease -> moderate fine, clearance before vigorous (DOMAIN ACSM screening). "
      "Beta-blocker blunts HR so an age-predicted HR zone misleads -> RPE/talk test [beyond DOMAIN.md]. "
      "70 y: balance/strength. Card should still say to stop on chest symptoms."),

    C("h18", "33-year-old woman 10 weeks postpartum, breastfeeding, sleep-deprived",
      {"age": 33, "sex": "female", "weight_kg": 70, "height_cm": 166, "resting_hr": 72,
       "fitness": "intermediate", "goal": "get back to running and lose the baby weight",
       "preferences": ["run", "yoga"],
       "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 9},
                   {"activity": "walk", "minutes": 25, "days_ago": 3, "rpe": 9}],
       "context": {"time": "2026-12-02T13:00", "temperature_c": 17, "humidity_pct": 55, "precipitation": "none", "aqi": 35},
       "notes": "baby is 10 weeks, vaginal delivery, got the all-clear at my 6 week check. still breastfeeding so up "
                "2-3x a night, maybe 5 hrs sleep total. Bit of leaking when I sneeze tbh. Used to run 3x/week before "
                "pregnancy, itching to get back. Pushing the stroller around the park most days."},
      False, "moderate", ["walk", "brisk_walk", "yoga", "strength", "swim", "stationary_bike", "elliptical", "stretching"],
      ["run"], [20, 45], "any",
      ["pelvic floor|pelvic|postpartum|post-partum|after birth", "sleep|tired|gradual|gradually"], [],
      "Postpartum: >= 150 min/wk moderate (DOMAIN WHO/CDC). Stress urinary incontinence at 10 weeks -> pelvic-floor "
      "rehab before return to running (UK return-to-running guideline: no running before ~12 weeks and without "
      "pelvic-floor symptoms) [beyond DOMAIN.md]. Sleep deprivation -> moderate, not hard."),

    C("h19", "27-year-old soccer player, ankle sprain 3 days ago",
      {"age": 27, "sex": "male", "weight_kg": 77, "height_cm": 180, "resting_hr": 55,
       "fitness": "advanced", "goal": "be back for the match in 2 weeks", "preferences": ["run", "strength"],
       "history": [{"activity": "run", "minutes": 50, "days_ago": 4, "rpe": 14},
                   {"activity": "strength", "minutes": 45, "days_ago": 6, "rpe": 14}],
       "context": {"time": "2026-12-02T18:00", "temperature_c": 12, "humidity_pct": 60, "precipitation": "none", "aqi": 30},
       "notes": "rolled my left ankle in 5-a-side on saturday (3 days ago). Swollen and purple on the outside, I can walk "
                "on it but it hurts going down stairs. Physio appointment thursday. Honestly thinking of just strapping it "
                "and going for a run to keep fitness up. Have access to a pool and gym."},
      False, "moderate", ["swim", "stationary_bike", "strength"], ["run", "brisk_walk", "cycle"], [20, 50], "any",
      ["ankle|sprain", "swelling|pain|physio|clinician|doctor"], [],
      "Acute ankle sprain, first days: relative rest, prefer non-weight-bearing (swim, stationary bike if "
      "pain-free, upper-body work) over walking; no running (DOMAIN Training load + Conditions). Outdoor "
      "cycling forbidden here as clipping/balance stress on a fresh sprain [beyond DOMAIN.md]."),

    C("h20", "41-year-old night-shift nurse with fever 38.4 C and body aches (notes only)",
      {"age": 41, "sex": "female", "weight_kg": 64, "height_cm": 167, "resting_hr": 66,
       "fitness": "intermediate", "goal": "keep my spin class streak going", "preferences": ["stationary_bike", "strength"],
       "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 2, "rpe": 15},
                   {"activity": "stationary_bike", "minutes": 45, "days_ago": 4, "rpe": 15}],
       "context": {"time": "2026-12-02T17:00", "temperature_c": 5, "humidity_pct": 80, "precipitation": "rain", "aqi": 50},
       "notes": "Coming off 3 night shifts in a row on the ward, half the unit has flu. Temp was 38.4 when I woke up "
                "this afternoon and everything aches but I took paracetamol and feel ok-ish now. Spin class at 6 - "
                "haven't missed one in 11 weeks, don't want to break the streak!"},
      True, "light", ["rest"], ["stationary_bike", "run", "strength", "cycle", "swim", "brisk_walk", "elliptical"],
      [0, 0], "any",
      ["fever|temperature|38", "rest"], ["sweat it out"],
      "Fever >= 38.0 C with body aches = below-the-neck symptoms -> rest (DOMAIN Acute illness / neck check). "
      "Paracetamol masks the fever. Fever is only in the notes. Shift worker."),

    C("h21", "74-year-old widow, low mood since husband died, rainy day",
      {"age": 74, "sex": "female", "weight_kg": 59, "height_cm": 158, "resting_hr": 72,
       "fitness": "beginner", "goal": "get out of the house more, keep my legs strong",
       "preferences": ["walk", "tai_chi"],
       "history": [{"activity": "walk", "minutes": 15, "days_ago": 6, "rpe": 10}],
       "context": {"time": "2026-12-02T10:00", "temperature_c": 7, "humidity_pct": 90, "wind_kmh": 15,
                   "precipitation": "rain", "aqi": 30},
       "notes": "My husband passed in September and I've not been doing much since, to be honest. Most days I don't "
                "feel like getting dressed. My daughter signed me up for a tai chi class at the community centre on "
                "Thursdays but I haven't gone yet. Knees are a bit creaky but nothing serious. Pouring with rain today."},
      False, "moderate", ["tai_chi", "walk", "strength", "stretching", "yoga", "stationary_bike"], ["run", "cycle"],
      [10, 40], "any",
      ["balance|fall|falls|strength|strong", "mood|grief|loss|feel|spirits|low"], ["cheer up"],
      "65+: multicomponent balance + strength >= 3 d/wk, tai chi fits (DOMAIN Older adults). Rain: prefer indoor "
      "or low-slip (DOMAIN Environment). Grief/low mood: small achievable dose, social activity, and "
      "signposting support if low mood persists [beyond DOMAIN.md: clinical judgement]."),

    C("h22", "15-year-old boy basketball player, thunderstorm this afternoon",
      {"age": 15, "sex": "male", "weight_kg": 60, "height_cm": 176, "resting_hr": 62,
       "fitness": "intermediate", "goal": "make the varsity basketball team, jump higher",
       "preferences": ["run", "cycle", "strength"],
       "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 14}],
       "context": {"time": "2026-06-10T16:00", "temperature_c": 27, "humidity_pct": 80, "wind_kmh": 20,
                   "precipitation": "rain", "thunder": True, "aqi": 40},
       "notes": "tryouts are in 3 weeks!! want to do sprints and ride my bike to the court but there's a massive "
                "thunderstorm rn, like lightning every few seconds. we have some dumbbells in the garage"},
      False, "vigorous", ["strength", "stationary_bike", "elliptical", "run"], ["cycle", "swim"], [30, 90], "any",
      ["thunder|lightning|storm", "indoor|indoors|inside|garage"], [],
      "Ages 5-17: >= 60 min/day MVPA, muscle/bone strengthening 3 d/wk (DOMAIN WHO). Thunder -> indoors, 30-30 "
      "rule (DOMAIN Environment). Outdoor cycling and swimming forbidden in lightning. 'run' acceptable only "
      "indoors (judged by hand). Youth resistance training with supervision and technique [beyond DOMAIN.md]."),

    C("h23", "60-year-old woman, hip osteoarthritis, obese, controlled hypertension, heat wave 34 C",
      {"age": 60, "sex": "female", "weight_lb": 196, "height_in": 63, "resting_hr": 76,
       "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 84,
       "fitness": "beginner", "goal": "less hip pain, lose 20 lbs", "preferences": ["walk", "swim"],
       "context": {"time": "2026-07-15T15:00", "temperature_f": 93, "humidity_pct": 60, "precipitation": "none", "aqi": 70},
       "notes": "Osteoarthritis in my right hip, ortho says I'm not at the replacement stage yet, just keep moving and "
                "lose weight. Walking more than 20 min makes it ache. Lisinopril for BP. It's 93 out and sticky, no AC "
                "in my car. There's a Y with a pool 5 min away."},
      False, "moderate", ["swim", "stationary_bike", "elliptical", "strength", "tai_chi", "yoga"],
      ["run", "cycle"], [15, 45], "any",
      ["heat|hot|humid", "hip|joint|arthritis|impact"], [],
      "Hip OA + obesity: low impact, no running (DOMAIN Conditions). 93 F / 60% RH -> heat index ~ 105 F (41 C, "
      "NWS danger) -> no outdoor exertion; indoor pool ideal (water exercise for OA [beyond DOMAIN.md]). "
      "Controlled BP -> moderate. US units: card should be imperial."),

    C("h24", "50-year-old night-shift warehouse supervisor, BP 152/96 untreated, 5 h sleep",
      {"age": 50, "sex": "male", "weight_lb": 230, "height_in": 70, "resting_hr": 80,
       "bp_systolic": 152, "bp_diastolic": 96, "fitness": "beginner",
       "goal": "drop the gut, doc says prediabetic", "preferences": ["run", "cycle"],
       "context": {"time": "2026-12-02T15:00", "temperature_f": 48, "humidity_pct": 65, "wind_mph": 8,
                   "precipitation": "none", "aqi": 42},
       "notes": "Work nights 10p-6a, sleep maybe 5 hrs in the day if the neighbors' dog lets me. Doc told me at my "
                "physical last month my A1c is 6.1 and BP was high, wants to recheck in 3 months, no meds yet. "
                "Haven't exercised since my 30s. Thinking of starting with running since it's free."},
      False, "moderate", ["brisk_walk", "walk", "stationary_bike", "cycle", "swim", "elliptical", "strength"],
      ["run"], [15, 40], "any",
      ["blood pressure|BP", "gradual|gradually|build|start"], [],
      "BP 152/96 = stage 2 reading, not a crisis: exercise is fine at moderate; inactive with a likely "
      "cardiometabolic condition -> moderate, clearance before vigorous (DOMAIN ACSM screening, Hypertension). "
      "Obese deconditioned beginner: no running yet [DOMAIN heuristic]. Shift work/poor sleep: shorter session."),
]

assert len(clients) == 24 and len({c["id"] for c in clients}) == 24
with open(os.path.join(HERE, "clients.jsonl"), "w", encoding="utf-8") as f:
    for c in clients:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(clients), "clients")
