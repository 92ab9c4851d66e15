#!/usr/bin/env python3
"""Writes clients.jsonl: 24 invented clients for a blind review of motion-advisor."""
import json

C = []
def add(id, who, profile, rationale, expected):
    C.append({"id": id, "who": who, "profile": profile, "rationale": rationale, "expected": expected})

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching"]
def rest_exp(mention, not_say=None):
    return {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
            "forbidden_activities": ALL, "minutes_range": [0, 0], "intensity_measure": "any",
            "must_mention": mention, "must_not_say": not_say or []}

# ---------------- Chinese h01-h12 ----------------
add("h01", "13岁初一男生，上海，想进校篮球队，周六下午",
    {"age": 13, "sex": "male", "weight_kg": 45, "height_cm": 158, "fitness": "intermediate",
     "goal": "想进学校篮球队，跑得更快跳得更高", "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
                 {"activity": "cycle", "minutes": 40, "days_ago": 4, "rpe": 12}],
     "context": {"time": "2026-11-28T16:00", "temperature_c": 17, "humidity_pct": 55, "aqi": 45, "precipitation": "none"},
     "notes": "周末作业写完了！！妈妈说可以出去玩两个小时 想练练体能 平时体育课跑800米总是喘", "language": "zh-CN"},
    "WHO 2020 ages 5-17: on average >=60 min/day MVPA, vigorous >=3 days/week; good air (AQI 45) and mild weather. "
    "Breathless on an 800 m in PE is normal effort, not a warning sign. A healthy teen can do vigorous play; the dose should be "
    "youth-sized (about 60 min), not an adult 150 min/week framing. [beyond DOMAIN] no heavy maximal lifting for a 13-year-old; body-weight strength fine.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "swim", "brisk_walk", "strength", "stationary_bike", "elliptical"],
     "forbidden_activities": ["rest"], "minutes_range": [30, 90], "intensity_measure": "any",
     "must_mention": ["60", "跑|骑|运动"], "must_not_say": ["医生|就医|120"]})

add("h02", "66岁退休男工人，高血压吃药，前天爬楼时胸口压榨感+左臂酸，今天想快走",
    {"age": 66, "sex": "male", "weight_kg": 74, "height_cm": 168, "resting_hr": 76,
     "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 92, "fitness": "beginner",
     "goal": "降血压", "preferences": ["brisk_walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-12-02T07:30", "temperature_c": 6, "humidity_pct": 50, "aqi": 80},
     "notes": "前天上楼梯到三楼，胸口发紧像压了块石头，左边胳膊也酸酸的，坐下歇了五六分钟才缓过来。今天感觉还行，想去公园快走一圈", "language": "zh-CN"},
    "Exertional chest pressure radiating to the left arm, relieved by rest = classic angina (DOMAIN: warning symptoms, ACSM 2015: "
    "pain/pressure/tightness in chest, arms -> do not start, seek medical clearance). Known hypertension adds risk. Must rest and see a doctor promptly "
    "[beyond DOMAIN: new exertional angina in a 66-year-old warrants same-week, ideally same-day, assessment].",
    rest_exp(["医生|就医|医院|120|心内科"], ["快走.*分钟"]))

add("h03", "82岁独居老太太，骨质疏松，去年冬天在小区滑倒过，偶尔拄拐，今早结冰",
    {"age": 82, "sex": "female", "weight_kg": 50, "height_cm": 152, "fitness": "beginner",
     "goal": "腿脚有劲，不想再摔跤", "preferences": ["walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 10},
                 {"activity": "tai_chi", "minutes": 20, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-12-01T07:00", "temperature_c": -3, "humidity_pct": 70, "precipitation": "ice", "aqi": 60},
     "notes": "去年冬天在小区门口滑了一跤，手腕骨折了，医生说我骨质疏松。现在出门有时候拄个拐杖。早上习惯下楼走走，今天地上好像结冰了", "language": "zh-CN"},
    "WHO 2020 >=65: multicomponent balance and strength >=3 days/week; DOMAIN older adults: tai chi fits. Ice (DOMAIN environment: rain or ice -> indoor or "
    "low-slip). A prior fall with fracture and osteoporosis = high falls risk: indoor tai chi / chair strength / light walking indoors; no outdoor walking on ice, "
    "no running or cycling. Dose modest for an 82-year-old beginner. [beyond DOMAIN] osteoporosis: avoid high impact and loaded spinal flexion.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["tai_chi", "strength", "stretching", "walk", "yoga"],
     "forbidden_activities": ["run", "cycle", "brisk_walk", "rest"], "minutes_range": [10, 40], "intensity_measure": "any",
     "must_mention": ["平衡|跌倒|摔|防跌", "冰|滑|室内"], "must_not_say": ["跑步.*分钟"]})

add("h04", "42歲台北女上班族，父親上月心肌梗塞，自己健檢正常，想開始運動",
    {"age": 42, "sex": "female", "weight_kg": 63, "height_cm": 160, "resting_hr": 72, "fitness": "beginner",
     "goal": "預防心血管疾病，瘦一點", "preferences": ["swim", "brisk_walk"],
     "context": {"time": "2026-12-01T19:30", "temperature_c": 22, "humidity_pct": 78, "aqi": 55, "precipitation": "none"},
     "notes": "我爸上個月心肌梗塞住院裝了支架，把全家嚇壞了😢 我自己上週健檢血壓血脂都正常，醫生說可以運動。平常久坐辦公室，下班想開始動一動",
     "language": "zh-TW"},
    "Someone else's illness (father's MI) - she is asymptomatic with a normal check-up and medical OK (DOMAIN ACSM screening: no disease, no symptoms -> "
    "light-to-moderate start without clearance). Beginner: moderate 20-30 min, brisk walk or swim. Card must be in Traditional characters (README: zh-TW).",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "swim", "walk", "cycle", "stationary_bike", "elliptical", "yoga"],
     "forbidden_activities": ["rest"], "minutes_range": [15, 40], "intensity_measure": "any",
     "must_mention": ["運動|強度|建議"], "must_not_say": ["运动|强度|建议|医生", "心臟病：|心脏病|撥打119|今天休息"]})

add("h05", "31岁新手妈妈，顺产后10周，42天复查已通过，哺乳中，咳嗽会漏尿",
    {"age": 31, "sex": "female", "weight_kg": 64, "height_cm": 162, "fitness": "beginner",
     "goal": "产后恢复身材", "preferences": ["run", "yoga"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                 {"activity": "walk", "minutes": 25, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-11-30T10:00", "temperature_c": 14, "humidity_pct": 60, "aqi": 70, "precipitation": "none"},
     "notes": "宝宝两个半月了，顺产，42天复查医生说可以慢慢恢复运动了。还在喂奶。现在咳嗽打喷嚏偶尔会漏一点尿，好尴尬。生之前我每周跑三次，好想赶紧恢复跑步",
     "language": "zh-CN"},
    "Postpartum (not pregnant): DOMAIN WHO/CDC >=150 min/week moderate postpartum. Medically cleared, but stress urinary incontinence = pelvic floor not "
    "yet ready for impact [beyond DOMAIN: UK return-to-running guideline (Goom 2019) advises running no earlier than 12 weeks and symptom-free; pelvic floor training "
    "first; a women's health physio]. Low-impact moderate today (brisk walk, swim, stationary bike, postnatal yoga) plus pelvic floor work.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "swim", "yoga", "stationary_bike", "strength", "stretching", "elliptical"],
     "forbidden_activities": ["run", "rest"], "minutes_range": [15, 40], "intensity_measure": "any",
     "must_mention": ["盆底|产后|漏尿"], "must_not_say": ["孕期|妊娠|孕妇"]})

add("h06", "27歲香港男文員，跑步愛好者，老婆琴日發燒但自己冇事",
    {"age": 27, "sex": "male", "weight_kg": 68, "height_cm": 173, "resting_hr": 58, "fitness": "intermediate",
     "goal": "十公里跑入50分鐘", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 12},
                 {"activity": "run", "minutes": 50, "days_ago": 6, "rpe": 14}],
     "context": {"time": "2026-12-02T20:30", "temperature_c": 21, "humidity_pct": 75, "aqi": 65, "precipitation": "none"},
     "notes": "琴日老婆發燒咗，我自己冇咩事，冇喉嚨痛冇流鼻水，照樣想去海濱跑返個十公里，得唔得㗎？",
     "language": "zh-HK"},
    "The fever belongs to his wife; he reports no symptoms (negated). DOMAIN neck check applies only to the exerciser. Trained runner, cool evening, AQI 65. "
    "Normal run is fine (moderate-vigorous, 40-60 min). [beyond DOMAIN] a brief note to rest if he develops symptoms is reasonable. Card in Traditional; any "
    "emergency number should be 999.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "swim", "stationary_bike", "elliptical", "strength"],
     "forbidden_activities": ["rest"], "minutes_range": [25, 70], "intensity_measure": "any",
     "must_mention": ["跑步|運動"], "must_not_say": ["运动|强度|建议", "撥打120|拨打120|撥打119|今日休息|今天休息"]})

add("h07", "70岁四川老太太（方言），高血压，夜里平躺喘不上气要垫枕头，脚踝凹陷性水肿",
    {"age": 70, "sex": "female", "weight_kg": 66, "height_cm": 155, "conditions": ["hypertension"], "fitness": "beginner",
     "goal": "身体好点", "preferences": ["walk"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11}],
     "context": {"time": "2026-12-02T09:30", "temperature_c": 10, "humidity_pct": 80, "aqi": 90},
     "notes": "这几天晚上睡下去就出不赢气，要垫两个枕头才睡得着，脚杆杆也肿起来了，一按一个窝窝。女儿喊我多走动哈，今天想去河边走一圈", "language": "zh-CN"},
    "Orthopnoea (needs two pillows to breathe lying down) and pitting ankle oedema (DOMAIN warning symptoms, ACSM 2015 list) in a 70-year-old with hypertension "
    "suggests heart failure. Do not start; see a doctor soon. Written in Sichuanese (出不赢气 = can't catch breath; 脚杆 = leg).",
    rest_exp(["医生|就医|医院|120"], ["散步.*分钟|快走.*分钟"]))

add("h08", "55岁男，2型糖尿病打胰岛素，早上空腹血糖4.6（82 mg/dl），想快走",
    {"age": 55, "sex": "male", "weight_kg": 82, "height_cm": 172, "conditions": ["diabetes"], "glucose_mg_dl": 82,
     "fitness": "beginner", "goal": "控糖减重", "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12}],
     "context": {"time": "2026-12-02T06:30", "temperature_c": 8, "humidity_pct": 55, "aqi": 60},
     "notes": "打胰岛素两年了，早上空腹测了一下血糖4.6，还没吃早饭，想先出去快走半小时再回来吃"},
    "DOMAIN diabetes (ADA 2016): insulin user with glucose <90 mg/dl -> take 15-30 g carbohydrate before exercising; brisk walking needs no clearance. "
    "Moderate brisk walk 30 min after a snack is right; the snack must be stated. Language absent: inferred zh, simplified.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "strength", "tai_chi", "elliptical"],
     "forbidden_activities": ["rest"], "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["碳水|15-30|15～30|加餐|吃点|进食"], "must_not_say": ["運動|強度"]})

add("h09", "36岁女会计，三年前扭伤脚踝早已痊愈，去年完成半马，备战全马",
    {"age": 36, "sex": "female", "weight_kg": 55, "height_cm": 165, "resting_hr": 54, "fitness": "advanced",
     "goal": "明年春天跑全马", "preferences": ["run", "swim"],
     "history": [{"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 14},
                 {"activity": "run", "minutes": 90, "days_ago": 5, "rpe": 13},
                 {"activity": "strength", "minutes": 30, "days_ago": 6, "rpe": 13},
                 {"activity": "run", "minutes": 45, "days_ago": 8, "rpe": 12},
                 {"activity": "run", "minutes": 80, "days_ago": 12, "rpe": 13}],
     "context": {"time": "2026-12-02T06:00", "temperature_c": 15, "humidity_pct": 60, "aqi": 35, "precipitation": "none"},
     "notes": "三年前跑步扭伤过右脚踝，早就好了，康复师也说完全没问题。去年跑了半马1小时52分。今天早上想跑个节奏跑", "language": "zh-CN"},
    "Ankle injury healed three years ago and cleared - not a current condition (DOMAIN ankle-sprain guidance concerns the first days). Advanced runner with a "
    "steady load; a tempo run (vigorous, 40-60 min incl. warm-up) is appropriate. Treating her as injured (forcing low-impact) is a false alarm.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "swim", "cycle", "stationary_bike", "elliptical", "strength"],
     "forbidden_activities": ["rest"], "minutes_range": [30, 90], "intensity_measure": "any",
     "must_mention": ["跑"], "must_not_say": ["关节受伤|低冲击|脚踝.*受伤|冲击"]})

add("h10", "24岁男，刚从哈尔滨调到广州两周，七月下午两点36℃想户外跑10公里",
    {"age": 24, "sex": "male", "weight_kg": 72, "height_cm": 178, "resting_hr": 62, "fitness": "intermediate",
     "goal": "保持跑量", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 50, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-07-15T14:00", "temperature_c": 36, "humidity_pct": 65, "aqi": 55, "precipitation": "none"},
     "notes": "刚从哈尔滨调到广州上班两个礼拜，这边热得离谱，今天下午调休，想去珠江边跑个10公里", "language": "zh-CN"},
    "36 C at 65% RH: heat index around 50 C (DOMAIN NWS danger band) and WBGT certainly above 30 C; not acclimatised (two weeks from Harbin) -> ACSM 2007 cancel "
    "outdoor exercise for the non-acclimatised. Indoor (air-conditioned gym, pool) or move to early morning. No outdoor run or ride.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["swim", "stationary_bike", "elliptical", "strength", "yoga", "stretching"],
     "forbidden_activities": ["run", "cycle", "brisk_walk"], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["高温|炎热|中暑|热", "室内|早上|清晨|傍晚|空调"], "must_not_say": []})

add("h11", "29岁程序员，口头禅多（累死、要命、笑死），昨天练腿今天酸痛",
    {"age": 29, "sex": "male", "weight_kg": 78, "height_cm": 176, "fitness": "intermediate",
     "goal": "增肌", "preferences": ["strength", "run"],
     "history": [{"activity": "strength", "minutes": 60, "days_ago": 1, "rpe": 17},
                 {"activity": "strength", "minutes": 50, "days_ago": 3, "rpe": 15},
                 {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12}],
     "context": {"time": "2026-12-01T21:00", "temperature_c": 12, "aqi": 75},
     "notes": "这周加班累成狗，昨天去健身房练腿练到怀疑人生，今天大腿酸得要命，下楼梯腿都在抖，笑死。还想去练点啥"},
    "Figures of speech (累成狗, 要命, 笑死) are not symptoms. Delayed-onset muscle soreness after leg day: DOMAIN recovery - 48 h between strength sessions for the "
    "same muscle group. Today: easy cardio, upper-body strength, or mobility, moderate at most. No escalation to medical advice.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "swim", "stationary_bike", "cycle", "yoga", "stretching", "elliptical", "strength"],
     "forbidden_activities": ["rest"], "minutes_range": [20, 50], "intensity_measure": "any",
     "must_mention": ["恢复|酸|48"], "must_not_say": ["就医|急救|120|医生"]})

add("h12", "28岁女设计师，西安冬天重度雾霾AQI 235，习惯早上户外跑",
    {"age": 28, "sex": "female", "weight_kg": 56, "height_cm": 166, "resting_hr": 60, "fitness": "intermediate",
     "goal": "保持体能", "preferences": ["run", "yoga"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                 {"activity": "yoga", "minutes": 45, "days_ago": 3, "rpe": 10},
                 {"activity": "run", "minutes": 35, "days_ago": 5, "rpe": 13}],
     "context": {"time": "2026-12-02T07:30", "temperature_c": -2, "humidity_pct": 45, "aqi": 235, "precipitation": "none"},
     "notes": "外面灰蒙蒙的，对面楼都看不清了。不过我身体没什么问题，还是想出去跑5公里", "language": "zh-CN"},
    "AQI 235 = very unhealthy (DOMAIN EPA table): everyone else limits outdoor exertion; 151-200 row already says prefer indoor. Healthy adult: indoor workout "
    "(stationary bike, elliptical, strength, yoga) at normal intensity; no outdoor run.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["stationary_bike", "elliptical", "strength", "yoga", "stretching", "swim"],
     "forbidden_activities": ["run", "cycle", "brisk_walk", "walk"], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["空气|AQI|雾霾|污染", "室内"], "must_not_say": []})

# ---------------- English h13-h24 ----------------
add("h13", "38-year-old accountant in tax season, jokes about heart attacks",
    {"age": 38, "sex": "male", "weight_kg": 84, "height_cm": 180, "resting_hr": 70, "bp_systolic": 126, "bp_diastolic": 80,
     "fitness": "intermediate", "goal": "stress relief", "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 13},
                 {"activity": "cycle", "minutes": 45, "days_ago": 6, "rpe": 12}],
     "context": {"time": "2026-12-01T18:30", "temperature_c": 14, "humidity_pct": 60, "aqi": 40, "precipitation": "none"},
     "notes": "tax season is literally killing me. my boss nearly gave me a heart attack today with another deadline lol. been glued to the desk 11 hrs, need to sweat it out",
     "language": "en"},
    "'killing me' and 'gave me a heart attack' are idioms; normal BP, no symptoms, active. DOMAIN: stress - regular moderate exercise helps. A run or ride 30-45 min, "
    "moderate to vigorous. No medical-clearance or heart-disease warning.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "swim", "brisk_walk", "stationary_bike", "elliptical", "strength"],
     "forbidden_activities": ["rest"], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["stress"], "must_not_say": ["heart disease|medical clearance|see a doctor|seek medical|call 911"]})

add("h14", "45-year-old teacher in Minneapolis with asthma, -20 C and windy at dawn, a runner",
    {"age": 45, "sex": "female", "weight_kg": 61, "height_cm": 168, "resting_hr": 64, "conditions": ["asthma"],
     "fitness": "intermediate", "goal": "keep my running base through winter", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-12-02T06:15", "temperature_c": -20, "wind_kmh": 30, "humidity_pct": 60, "aqi": 30, "precipitation": "none"},
     "notes": "Brutal out there this morning. My asthma is usually fine with my inhaler but the cold air gets me sometimes. Should I still do my usual 5 miles?",
     "language": "en"},
    "-20 C with 30 km/h wind = wind chill about -32 C (DOMAIN cold: heightened caution below -27 C); asthma: cold dry air is a trigger. Move indoors "
    "(treadmill/elliptical/stationary bike), normal moderate effort; carry inhaler [beyond DOMAIN: pre-exercise bronchodilator per her plan].",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["stationary_bike", "elliptical", "strength", "yoga", "swim", "stretching"],
     "forbidden_activities": ["run", "cycle", "brisk_walk", "walk"], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["cold|wind chill", "indoor|inside|treadmill"], "must_not_say": []})

add("h15", "52-year-old sales manager, cyclist, had jaw and left-arm ache on a ride that eased with rest",
    {"age": 52, "sex": "male", "weight_kg": 92, "height_cm": 178, "resting_hr": 74, "fitness": "intermediate",
     "goal": "ride a century next summer", "preferences": ["cycle"],
     "history": [{"activity": "cycle", "minutes": 60, "days_ago": 2, "rpe": 14},
                 {"activity": "cycle", "minutes": 75, "days_ago": 6, "rpe": 13}],
     "context": {"time": "2026-11-30T09:00", "temperature_c": 9, "humidity_pct": 55, "aqi": 35, "precipitation": "none"},
     "notes": "Weird one on my ride Sunday - about 20 min in got this dull ache across my jaw and down my left arm, went away once I stopped and sat on a bench for a bit. "
              "Probably pulled something carrying groceries haha. Doc has me on a statin. Want to get back out today.",
     "language": "en"},
    "Jaw and left-arm ache brought on by exertion and relieved by rest = anginal equivalent (DOMAIN warning symptoms: pain in neck, jaw, arms). On a statin "
    "(dyslipidaemia). Must not ride; see a doctor before exercising again [beyond DOMAIN: urgently, as possible unstable angina].",
    rest_exp(["doctor|physician|medical|911|emergency"], ["\\d+ min(ute)?s? of (cycling|riding)"]))

add("h16", "33-year-old product manager back after a cold with fever last week, now fever-free with a sniffle",
    {"age": 33, "sex": "female", "weight_kg": 58, "height_cm": 170, "resting_hr": 62, "fitness": "intermediate",
     "goal": "get back to my routine", "preferences": ["run", "yoga"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 12, "rpe": 12},
                 {"activity": "yoga", "minutes": 45, "days_ago": 14, "rpe": 10}],
     "context": {"time": "2026-12-02T12:15", "temperature_c": 16, "humidity_pct": 50, "aqi": 45, "precipitation": "none"},
     "notes": "Had a nasty cold last week with a fever, but it broke Thursday - 36.8 this morning. No chest pain, no dizziness, no body aches, just a bit of a leftover sniffle. "
              "Lunch break, want to ease back in.",
     "language": "en"},
    "Fever resolved (36.8 C), symptoms above the neck only -> DOMAIN neck check allows light exercise; after 10+ days off, ease back with light-to-moderate, "
    "shorter session. Negated chest pain/dizziness must not trigger rest.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["run", "brisk_walk", "walk", "yoga", "cycle", "swim", "stationary_bike", "elliptical", "stretching"],
     "forbidden_activities": ["rest"], "minutes_range": [15, 40], "intensity_measure": "any",
     "must_mention": ["ease|easy|light|gradual"], "must_not_say": ["see a doctor|seek medical|rest today|take the day off|call 911"]})

add("h17", "68-year-old retired engineer, stent 2 years ago, hypertension, on metoprolol, walks daily",
    {"age": 68, "sex": "male", "weight_kg": 79, "height_cm": 175, "resting_hr": 52, "conditions": ["heart_disease", "hypertension"],
     "bp_systolic": 132, "bp_diastolic": 78, "fitness": "intermediate", "goal": "stay fit for my grandkids", "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 12},
                 {"activity": "cycle", "minutes": 45, "days_ago": 4, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12}],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 13, "humidity_pct": 55, "aqi": 40, "precipitation": "none"},
     "notes": "Finished cardiac rehab last year after my stent. On metoprolol so my heart rate barely goes over 100 no matter what. Feeling good, no symptoms.",
     "language": "en"},
    "Known CVD, active, asymptomatic -> DOMAIN ACSM screening: moderate fine, clearance before vigorous. Beta-blocker blunts HR: 220-age or Karvonen zones "
    "mislead; use RPE 12-13 / talk test [beyond DOMAIN: ACSM GETP on beta-blockers]. Age 68: add balance/strength (WHO 2020). 30-50 min moderate.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "tai_chi", "strength", "elliptical"],
     "forbidden_activities": ["run", "rest"], "minutes_range": [25, 60], "intensity_measure": "rpe",
     "must_mention": ["RPE|perceived|talk", "clearance|doctor|cardiolog"], "must_not_say": ["\\d{2,3}\\s*[-–]\\s*\\d{2,3}\\s*bpm"]})

add("h18", "34-year-old marathoner, race Sunday (5 days), taper week",
    {"age": 34, "sex": "female", "weight_kg": 54, "height_cm": 164, "resting_hr": 46, "fitness": "advanced",
     "goal": "sub-3:15 marathon this Sunday", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "run", "minutes": 60, "days_ago": 3, "rpe": 14},
                 {"activity": "run", "minutes": 35, "days_ago": 5, "rpe": 11},
                 {"activity": "run", "minutes": 120, "days_ago": 7, "rpe": 14},
                 {"activity": "run", "minutes": 60, "days_ago": 9, "rpe": 15},
                 {"activity": "run", "minutes": 50, "days_ago": 11, "rpe": 12},
                 {"activity": "run", "minutes": 150, "days_ago": 14, "rpe": 15},
                 {"activity": "run", "minutes": 70, "days_ago": 16, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 18, "rpe": 12},
                 {"activity": "run", "minutes": 180, "days_ago": 21, "rpe": 16},
                 {"activity": "run", "minutes": 75, "days_ago": 23, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 25, "rpe": 12}],
     "context": {"time": "2026-12-01T06:00", "temperature_c": 11, "humidity_pct": 70, "aqi": 30, "precipitation": "none"},
     "notes": "Taper week! Legs feel fresh. Race is Sunday. Coach says keep a little intensity but cut volume. Don't want to overdo it.",
     "language": "en"},
    "Taper: volume down 40-60% with some intensity kept [beyond DOMAIN: Bosquet 2007 meta-analysis]; DOMAIN ACWR - a low acute:chronic ratio here is "
    "intended, not detraining to be 'fixed' by building volume. Today: 30-45 min easy run with a few race-pace strides. No heavy strength in race week [beyond DOMAIN].",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "swim", "stationary_bike", "cycle", "walk", "yoga", "stretching"],
     "forbidden_activities": ["strength", "rest"], "minutes_range": [20, 50], "intensity_measure": "any",
     "must_mention": ["taper|race"], "must_not_say": ["increase (your )?volume|build (up )?volume"]})

add("h19", "61-year-old US retiree in Phoenix, type 2 diabetes (metformin), obesity, sore knee; US units",
    {"age": 61, "sex": "male", "weight_lb": 250, "height_in": 70, "conditions": ["diabetes", "knee_injury"], "glucose_mg_dl": 168,
     "fitness": "beginner", "goal": "lose 30 pounds", "preferences": ["brisk_walk", "swim"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11}],
     "context": {"time": "2026-07-20T05:45", "temperature_f": 88, "humidity_pct": 20, "aqi": 60, "precipitation": "none"},
     "notes": "Doc says I need to drop weight for my A1C. Right knee aches going down stairs (arthritis). It's already 88 out and will hit 110 by noon. There's a pool at my complex."},
    "DOMAIN: obesity + knee -> low impact (swimming, water aerobics, stationary bike); diabetes on metformin with glucose 168 is in the 90-250 range -> fine. "
    "Heat: go early or indoors; pool is ideal. Beginner: 20-30 min moderate. US units on the card (README: imperial when US fields given).",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "stationary_bike", "elliptical", "walk", "strength", "tai_chi"],
     "forbidden_activities": ["run", "rest"], "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["knee|low.impact", "lb|°F|pounds"], "must_not_say": ["\\d+\\s*kg\\b"]})

add("h20", "30-year-old pregnant (31 weeks), light spotting and a swollen achy calf, wants prenatal yoga",
    {"age": 30, "sex": "female", "weight_kg": 70, "height_cm": 165, "conditions": ["pregnancy"], "fitness": "intermediate",
     "goal": "stay active through pregnancy", "preferences": ["yoga", "swim"],
     "history": [{"activity": "yoga", "minutes": 45, "days_ago": 2, "rpe": 10},
                 {"activity": "swim", "minutes": 30, "days_ago": 4, "rpe": 11}],
     "context": {"time": "2026-12-02T17:30", "temperature_c": 18, "humidity_pct": 50, "aqi": 40},
     "notes": "31 weeks today! Noticed a little pink when I wiped this morning, probably nothing. Also my right calf has been achy and looks kinda puffy since yesterday. "
              "Going to my prenatal yoga class tonight",
     "language": "en"},
    "Vaginal bleeding (spotting) plus unilateral calf pain and swelling (possible DVT) in pregnancy - DOMAIN ACOG 804 stop-and-seek-care list. Must rest and contact "
    "her obstetric provider today.",
    rest_exp(["doctor|midwife|obstetric|OB|provider|medical"], ["class.*minutes"]))

add("h21", "16-year-old high-school soccer player with asthma, wildfire smoke AQI 162 after school",
    {"age": 16, "sex": "female", "weight_kg": 55, "height_cm": 163, "conditions": ["asthma"], "fitness": "advanced",
     "goal": "make varsity next season", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 60, "days_ago": 1, "rpe": 14},
                 {"activity": "run", "minutes": 75, "days_ago": 2, "rpe": 15}],
     "context": {"time": "2026-09-10T16:00", "temperature_c": 24, "humidity_pct": 30, "aqi": 162, "precipitation": "none"},
     "notes": "practice got canceled bc of the smoke from the fires up north, coach said do something on our own. my asthma's been ok lately",
     "language": "en"},
    "AQI 162 unhealthy; she is doubly sensitive (asthma, child) -> DOMAIN EPA: sensitive groups avoid prolonged or heavy outdoor exertion; prefer indoor. "
    "Indoor session (bike, elliptical, strength, yoga) is fine; youth 60 min/day. No outdoor running.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["stationary_bike", "elliptical", "strength", "yoga", "stretching", "swim"],
     "forbidden_activities": ["run", "cycle", "brisk_walk", "walk"], "minutes_range": [30, 90], "intensity_measure": "any",
     "must_mention": ["air|AQI|smoke", "indoor|inside", "asthma"], "must_not_say": []})

add("h22", "41-year-old ER nurse off her third night shift; saw chest-pain patients; slept 4 h in 2 days",
    {"age": 41, "sex": "female", "weight_kg": 66, "height_cm": 167, "resting_hr": 68, "fitness": "intermediate",
     "goal": "keep some fitness with shift work", "preferences": ["run", "yoga"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12},
                 {"activity": "yoga", "minutes": 30, "days_ago": 6, "rpe": 9}],
     "context": {"time": "2026-12-02T08:30", "temperature_c": 10, "humidity_pct": 65, "aqi": 50, "precipitation": "none"},
     "notes": "Just off my 3rd night in the ER. Had two chest pain patients and a code, brutal shift. I'm fine, just wiped - maybe 4 hrs sleep in 2 days. "
              "Want something before I crash so I can sleep.",
     "language": "en"},
    "Chest pain belongs to her patients. Sleep deprivation after night shifts: [beyond DOMAIN] keep it light-moderate and short, avoid bright-light vigorous "
    "work before daytime sleep; gentle yoga/walk 15-30 min. No medical escalation.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "yoga", "stretching", "tai_chi", "swim", "stationary_bike"],
     "forbidden_activities": [], "minutes_range": [10, 40], "intensity_measure": "any",
     "must_mention": ["sleep|shift|tired|recover"], "must_not_say": ["see a doctor|seek medical|call 911|chest pain: |stop and"]})

add("h23", "88-year-old widower, cane outdoors, two falls this year, rainy morning",
    {"age": 88, "sex": "male", "weight_kg": 64, "height_cm": 170, "resting_hr": 70, "fitness": "beginner",
     "goal": "stay independent", "preferences": ["walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 15, "days_ago": 2, "rpe": 11}],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 12, "humidity_pct": 90, "precipitation": "rain", "aqi": 40},
     "notes": "I use a cane outside. Fell twice this year, once in the bathroom, nothing broken thank God. Knees creak. My daughter keeps after me to do the exercises the physio gave me.",
     "language": "en"},
    "WHO 2020 >=65: balance and strength >=3 days/week; rain -> indoor (DOMAIN environment). Two falls = high falls risk: indoor chair-based strength, "
    "supported balance, tai chi; light, 10-30 min. [beyond DOMAIN] recommend a falls assessment with his GP/physio.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["tai_chi", "strength", "stretching", "walk", "yoga"],
     "forbidden_activities": ["run", "cycle", "brisk_walk", "rest"], "minutes_range": [10, 35], "intensity_measure": "any",
     "must_mention": ["balance|fall"], "must_not_say": []})

add("h24", "47-year-old office manager who missed her BP pill; home cuff read 186/104; feels fine",
    {"age": 47, "sex": "female", "weight_kg": 77, "height_cm": 163, "conditions": ["hypertension"], "fitness": "beginner",
     "goal": "lower my blood pressure", "preferences": ["brisk_walk"],
     "history": [{"activity": "brisk_walk", "minutes": 25, "days_ago": 2, "rpe": 12}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 12, "humidity_pct": 50, "aqi": 45},
     "notes": "Forgot my lisinopril this morning and the home cuff said 186 over 104 before dinner. Feel totally fine though, no headache. Gonna walk it off?",
     "language": "en"},
    "A reading of 186/104: DOMAIN hypertension - do not start exercise with resting BP >180/110 (ACSM); AHA 2017 >180 systolic = hypertensive crisis range "
    "(without symptoms: hypertensive urgency - take medication, recheck, contact her doctor). Must not walk today. The reading is in the notes, not the fields.",
    rest_exp(["doctor|physician|medical|recheck|180"], []))

with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(C), "clients written")
