#!/usr/bin/env python3
"""Writes /tmp/expert26/clients.jsonl: 24 blind-review clients for motion-advisor.
expected.must_mention / must_not_say are lists of strings; each must_mention string is ONE
group of alternatives separated by '|'. Items marked [beyond DOMAIN] in the rationale are the
reviewer's clinical judgement, not DOMAIN.md facts."""
import json

REST = {"acceptable_activities": ["rest"],
        "forbidden_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi",
                                 "strength", "stationary_bike", "elliptical", "stretching"],
        "minutes_range": [0, 0], "max_intensity": "light", "intensity_measure": "any"}

def exp(must_rest=False, max_intensity="moderate", ok=(), bad=(), minutes=(10, 45),
        measure="any", mention=(), not_say=()):
    e = {"must_rest": must_rest, "max_intensity": max_intensity,
         "acceptable_activities": list(ok), "forbidden_activities": list(bad),
         "minutes_range": list(minutes), "intensity_measure": measure,
         "must_mention": list(mention), "must_not_say": list(not_say)}
    if must_rest:
        e.update(REST)
        e["must_mention"] = list(mention)
        e["must_not_say"] = list(not_say)
    for k in ("must_mention", "must_not_say", "acceptable_activities", "forbidden_activities"):
        assert all(isinstance(s, str) and len(s) > 1 for s in e[k]), (k, e[k])
    return e

C = []
def add(id, who, profile, expected, rationale):
    C.append({"id": id, "who": who, "profile": profile, "expected": expected, "rationale": rationale})

# ---------------- Chinese h01-h12 ----------------
add("h01", "48岁男，长途货车司机，久坐，高血压(家测152/96)，腰痛，肥胖",
    {"age": 48, "sex": "male", "weight_kg": 98, "height_cm": 172, "resting_hr": 78,
     "conditions": ["hypertension", "low_back_pain"], "fitness": "beginner",
     "goal": "减肚子，腰别老疼", "preferences": ["快走"],
     "context": {"time": "2026-12-02T19:30", "temperature_c": 6, "precipitation": "none", "aqi": 70},
     "notes": "我是跑长途的货车司机，一天在驾驶室坐十一二个钟头，今天刚交完货在服务区歇着。家里血压计量的是152/96，降压药吃着（氨氯地平）。腰老是酸，尤其下车那一下。医生说我得动动，可我一跑步膝盖就响，也没啥器材，车上就一根弹力带。晚上能有半个钟头空。",
     "language": "zh"},
    exp(max_intensity="moderate", ok=["brisk_walk", "walk", "strength", "stretching", "stationary_bike", "elliptical", "yoga"],
        bad=["run"], minutes=(15, 45), mention=["血压", "久坐|坐"], not_say=["高强度间歇"]),
    "Stage-2 HTN reading (152/96 > 140/90) + obesity + LBP: moderate cap, clearance before vigorous; low impact, no running (DOMAIN). Addressing prolonged sitting (break up sitting) is WHO 'limit sedentary time'. Resistance band work fits [beyond DOMAIN: practical].")

add("h02", "31岁女，产后4个月，哺乳，漏尿+腹直肌分离",
    {"age": 31, "sex": "female", "weight_kg": 64, "height_cm": 160, "fitness": "beginner",
     "goal": "恢复体形，想慢慢瘦回去", "preferences": ["散步", "瑜伽"],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 18, "aqi": 45},
     "notes": "宝宝4个月了，顺产，有点侧切。纯母乳，晚上要喂两三次，睡得稀碎。42天复查医生说恢复还行，但是我打喷嚏、跳一下还会漏一点尿，肚子中间按下去有条缝（好像叫腹直肌分离？两指宽）。想跟着视频跳操或者跑步减肥，又怕伤着。推婴儿车出门散步没问题。"},
    exp(max_intensity="moderate", ok=["walk", "brisk_walk", "yoga", "strength", "stretching", "stationary_bike", "swim", "elliptical"],
        bad=["run"], minutes=(15, 45), mention=["盆底|漏尿|产后"], not_say=["仰卧起坐", "开合跳", "跳绳"]),
    "Postpartum >=150 min/wk moderate (DOMAIN). Stress urinary incontinence + diastasis recti: pelvic-floor work first, avoid running/jumping and crunch-type loading until pelvic floor rehab [beyond DOMAIN: postpartum return-to-running guidance, Goom 2019].")

add("h03", "27歲女，台北，多囊性卵巢(PCOS)+胰島素阻抗，想減重（繁體 zh-TW）",
    {"age": 27, "sex": "female", "weight_kg": 84, "height_cm": 162, "fitness": "beginner",
     "goal": "減重，醫生說瘦5%月經可能會比較規律", "preferences": ["騎自行車", "游泳"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 11}],
     "context": {"time": "2026-12-02T20:00", "temperature_c": 21, "precipitation": "rain", "aqi": 40},
     "notes": "我有多囊性卵巢症候群（PCOS），醫生開了二甲雙胍，說有胰島素阻抗。體重這兩年胖了快10公斤，下班都很晚才到家，今天台北又在下雨。之前上過兩次飛輪課覺得還可以，膝蓋偶爾會酸。想知道怎麼動比較有效，不想只是散步。",
     "language": "zh-TW"},
    exp(max_intensity="vigorous", ok=["stationary_bike", "swim", "elliptical", "strength", "brisk_walk"],
        bad=["run", "cycle"], minutes=(20, 50), mention=["雨|室內|室内"], not_say=["撥打120", "拨打120"]),
    "No known CV/metabolic/renal disease (insulin resistance, not diabetes) so intensity not capped by screening, but obese beginner with achy knees: low impact (DOMAIN). Rain -> indoor (DOMAIN). Card must be Traditional script (README). Resistance training helpful in PCOS [beyond DOMAIN].")

add("h04", "74岁男，房颤服利伐沙班+美托洛尔，独居，近期差点摔倒",
    {"age": 74, "sex": "male", "weight_kg": 70, "height_cm": 168, "resting_hr": 82,
     "conditions": ["heart_disease", "hypertension"], "bp_systolic": 138, "bp_diastolic": 84,
     "fitness": "beginner", "goal": "保持身体，别摔跤", "preferences": ["散步", "太极"],
     "context": {"time": "2026-12-02T09:00", "temperature_c": 4, "wind_kmh": 15, "aqi": 85},
     "notes": "我有房颤好几年了，吃着利伐沙班抗凝，还有美托洛尔。心电图大夫说控制得还行，今天没心慌没头晕。老伴走了以后一个人住，早上在小区公园转两圈。上个月下台阶崴了一下差点摔了，膝盖青了一大块好几天才消，儿子让我去报个太极班。"},
    exp(max_intensity="moderate", ok=["walk", "tai_chi", "brisk_walk", "strength", "stretching", "stationary_bike"],
        bad=["run", "cycle"], minutes=(15, 45), measure="rpe", mention=["跌倒|摔|平衡", "抗凝|出血|淤青|瘀青"]),
    "Heart disease, active: moderate OK, clearance before vigorous (DOMAIN). >=65: balance+strength, tai chi (DOMAIN). AF + beta-blocker: HR zones mislead, use RPE [beyond DOMAIN]. Anticoagulant: fall/bleeding caution [beyond DOMAIN].")

add("h05", "64岁女，脑梗后右侧偏瘫，拄拐，白天独自在家",
    {"age": 64, "sex": "female", "weight_kg": 58, "height_cm": 155, "conditions": ["hypertension"],
     "bp_systolic": 132, "bp_diastolic": 80, "fitness": "beginner",
     "goal": "右腿有劲一点，能自己去菜市场", "preferences": ["散步"],
     "context": {"time": "2026-12-02T15:00", "temperature_c": 12, "aqi": 60},
     "notes": "去年三月脑梗，右边手脚没以前灵活，走路要拄拐杖，右脚有点拖。康复科出院半年了，在家自己练。血压药、阿司匹林、他汀都按时吃。女儿白天上班，我一个人在家。想走快点但怕摔。"},
    exp(max_intensity="moderate", ok=["walk", "strength", "stretching", "stationary_bike", "tai_chi"],
        bad=["run", "cycle", "swim"], minutes=(10, 40), mention=["跌倒|摔|平衡", "康复|医生|治疗师"]),
    "Chronic stroke with hemiparesis, cane, alone at home: fall risk dominates; light-moderate walking practice, sit-to-stand strength, balance (AHA stroke survivor statement 2014 [beyond DOMAIN]); no outdoor cycling, running or unsupervised swimming.")

add("h06", "67岁男，帕金森H-Y 2期，曾爱骑车",
    {"age": 67, "sex": "male", "weight_kg": 72, "height_cm": 175, "fitness": "intermediate",
     "goal": "延缓帕金森，走路别越来越碎步", "preferences": ["太极", "骑自行车", "快走"],
     "history": [{"activity": "tai_chi", "minutes": 40, "days_ago": 1, "rpe": 11},
                 {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-12-02T10:30", "temperature_c": 15, "aqi": 55},
     "notes": "确诊帕金森三年，H-Y大概2期，吃美多芭，药效好的时候走得挺稳，药劲过了就有点冻结、转身容易晃。以前喜欢骑车，现在家里人不让我骑外面的车了。听说高强度的踩车对帕金森有好处？早上吃完药一个小时状态最好。"},
    exp(max_intensity="vigorous", ok=["stationary_bike", "tai_chi", "brisk_walk", "walk", "strength", "elliptical"],
        bad=["cycle", "run"], minutes=(20, 50), mention=["跌倒|摔|平衡"]),
    "PD: high-intensity stationary cycling/treadmill is evidence-based (SPARX 2018) [beyond DOMAIN]; tai chi for balance (DOMAIN older adults); outdoor cycling excluded by family/fall risk; exercise in 'on' period [beyond DOMAIN].")

add("h07", "71岁男，香港，慢阻肺(COPD)，今日AQI约165（粤语 zh-HK）",
    {"age": 71, "sex": "male", "weight_kg": 60, "height_cm": 165, "fitness": "beginner",
     "goal": "行多幾步唔使咁喘", "preferences": ["散步", "太极"],
     "context": {"time": "2026-12-02T09:30", "temperature_c": 17, "aqi": 165},
     "notes": "我有慢阻肺（COPD），以前食咗四十年煙，前年戒咗。醫生話要多啲郁，肺康復班上個月完咗。平時喺屋企附近公園行下，行一陣就要停低抖氣，唞完又OK。今日天文台話空氣污染好犀利，我個孫話AQI百六幾。屋企有部健身單車。",
     "language": "zh-HK"},
    exp(max_intensity="moderate", ok=["stationary_bike", "walk", "tai_chi", "strength", "stretching"],
        bad=["run", "cycle", "brisk_walk"], minutes=(10, 35), measure="rpe",
        mention=["空气|污染|AQI", "室内|屋企|家里|家中|在家"], not_say=["拨打120", "撥打120", "打120"]),
    "COPD = lung disease, sensitive group; AQI 151-200: sensitive groups avoid prolonged/heavy exertion, prefer indoor (DOMAIN) -> home exercise bike/indoor. Dyspnoea-guided RPE rather than HR [beyond DOMAIN: pulmonary rehab practice]. zh-HK: Traditional script and 999 (README).")

add("h08", "59岁男，慢性肾病3期+胰岛素糖尿病；埋藏：踝部凹陷性水肿、端坐呼吸 -> 必须休息",
    {"age": 59, "sex": "male", "weight_kg": 82, "height_cm": 170, "conditions": ["hypertension", "diabetes"],
     "glucose_mg_dl": 160, "fitness": "beginner", "goal": "控制血糖，保护肾", "preferences": ["快走"],
     "context": {"time": "2026-12-02T18:30", "temperature_c": 10, "aqi": 75},
     "notes": "慢性肾病3期（肌酐一百六几，eGFR 40左右），糖尿病十几年，打胰岛素。医生让我每天走走。就是这一个礼拜脚踝肿得厉害，一按一个坑，晚上躺平了就憋气，得垫两个枕头才睡得着，走两步路就喘。想着是不是缺乏锻炼，今天打算多走一会儿把体力练回来。"},
    exp(must_rest=True, mention=["医生|就医|医院|急诊|肾内科"], not_say=["RPE 12-13"]),
    "Ankle oedema + orthopnoea + breathlessness with mild exertion = ACSM warning signs (DOMAIN): do not start, medical clearance. Likely fluid overload/heart failure in CKD.")

add("h09", "46岁女，乳腺癌化疗结束3个月，癌因性疲劳，左臂淋巴水肿",
    {"age": 46, "sex": "female", "weight_kg": 55, "height_cm": 160, "fitness": "beginner",
     "goal": "把体力找回来", "preferences": ["瑜伽", "快走", "游泳"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 12}],
     "context": {"time": "2026-12-02T16:00", "temperature_c": 20, "aqi": 50},
     "notes": "乳腺癌，左边手术+腋窝淋巴结清扫，化疗8次三个月前结束了，现在吃他莫昔芬。最大的问题是累，那种睡一觉也缓不过来的累。左胳膊有点淋巴水肿，戴着压力袖套。以前每周游两次泳，现在PICC管拔了可以下水了吗？上周复查血象正常。"},
    exp(max_intensity="moderate", ok=["walk", "brisk_walk", "yoga", "stretching", "strength", "stationary_bike", "swim", "tai_chi", "elliptical"],
        bad=[], minutes=(10, 35), mention=["疲劳|乏力|累", "淋巴|手臂|胳膊|袖套|上肢"]),
    "Cancer survivors: WHO adult targets apply (DOMAIN 'chronic conditions'); start low given cancer-related fatigue; supervised progressive upper-body resistance is safe in lymphoedema with sleeve (ACSM roundtable 2019) [beyond DOMAIN].")

add("h10", "53岁女，类风湿关节炎，今晨右膝红肿热痛（局部发作），天冷",
    {"age": 53, "sex": "female", "weight_kg": 66, "height_cm": 158, "fitness": "beginner",
     "goal": "关节别那么僵，想能爬山", "preferences": ["游泳", "太极"],
     "context": {"time": "2026-12-02T08:00", "temperature_c": 3, "wind_kmh": 10, "aqi": 90},
     "notes": "类风湿关节炎八年，吃甲氨蝶呤+每周打一针生物制剂。这两个月控制得还不错，但早上起来手指和膝盖僵，要活动半个多小时才松开。今天早上右膝盖有点热有点肿，比平时明显，走路疼。天冷更僵。单位楼下有个恒温泳池。"},
    exp(max_intensity="moderate", ok=["swim", "stretching", "yoga", "stationary_bike"],
        bad=["run", "brisk_walk", "cycle", "elliptical"], minutes=(10, 35),
        mention=["关节|膝", "肿|热|炎症|发作"]),
    "Active synovitis in one knee: unload it (warm pool, range-of-motion), no weight-bearing impact today; DOMAIN knee rule -> low impact. RA flare handling [beyond DOMAIN: EULAR 2018 PA recommendations].")

add("h11", "15岁男，1型糖尿病（胰岛素泵），训练前CGM 4.6且下降",
    {"age": 15, "sex": "male", "weight_kg": 55, "height_cm": 170, "conditions": ["diabetes"],
     "glucose_mg_dl": 82, "fitness": "intermediate", "goal": "踢球不低血糖", "preferences": ["跑步"],
     "history": [{"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 15}],
     "context": {"time": "2026-12-02T16:30", "temperature_c": 14, "aqi": 60},
     "notes": "我初三，1型糖尿病四年了，戴胰岛素泵+动态血糖仪。放学后要去踢一个半小时的校队训练。刚才看了一下CGM 4.6，箭头往下斜。中午打的餐时胰岛素。上次训练到一半低到3.2，腿发软，教练让我下场吃了糖。"},
    exp(max_intensity="vigorous", ok=["run", "strength", "cycle", "brisk_walk", "swim"],
        bad=[], minutes=(30, 90), mention=["碳水|补糖|吃糖|含糖|15-30|15–30|零食|果汁", "血糖"]),
    "Glucose 82 mg/dl < 90: 15-30 g carbohydrate before starting (ADA 2016, DOMAIN); youth target 60 min/day MVPA incl. vigorous (DOMAIN). Reducing pump basal, carrying glucose, checking every 30 min [beyond DOMAIN].")

add("h12", "33岁女，孕29周妊娠糖尿病；埋藏：少量阴道出血+规律宫缩 -> 必须休息",
    {"age": 33, "sex": "female", "weight_kg": 72, "height_cm": 163, "conditions": ["pregnancy", "diabetes"],
     "glucose_mg_dl": 128, "fitness": "intermediate", "goal": "控制血糖，不想打胰岛素",
     "preferences": ["散步", "游泳", "瑜伽"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 0, "rpe": 11}],
     "context": {"time": "2026-12-02T20:00", "temperature_c": 16},
     "notes": "怀孕29周，妊娠糖尿病，饮食控制中，饭后一小时血糖今天128。营养师让每顿饭后走20-30分钟。下午上厕所发现内裤上有一点点粉红色的血，不多，肚子偶尔一阵一阵发紧，一小时三四次，我想应该是假性宫缩吧。今晚吃完饭还要不要去走？"},
    exp(must_rest=True, mention=["医生|产科|医院|就医|急诊"], not_say=["RPE 12-13"]),
    "Vaginal bleeding + regular contractions (3-4/h) at 29 weeks: ACOG stop-and-seek-care signs (DOMAIN). Possible preterm labour.")

# ---------------- English h13-h24 ----------------
add("h13", "38M marathoner, taper week, race Sunday",
    {"age": 38, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 48, "fitness": "advanced",
     "goal": "sub-3 marathon on Sunday", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 150, "days_ago": 10, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 14},
                 {"activity": "run", "minutes": 90, "days_ago": 3, "rpe": 14},
                 {"activity": "run", "minutes": 45, "days_ago": 1, "rpe": 12}],
     "context": {"time": "2026-12-02T06:30", "temperature_c": 8, "aqi": 30},
     "notes": "Race is Sunday (Valencia)! Taper week 2 of 2. Coach's plan today says easy 40 + 4 x 1 km at marathon pace. Legs feel a bit flat and heavy which I know is normal in taper. Slept ok. Slightly paranoid about catching a cold, my kid had the sniffles but I'm fine."},
    exp(max_intensity="vigorous", ok=["run", "stationary_bike", "swim"], bad=[], minutes=(25, 60),
        mention=["race|marathon|taper"], not_say=["long run"]),
    "Final taper: short easy run with brief race-pace segments; volume down, intensity kept (Bosquet 2007 taper meta-analysis) [beyond DOMAIN]. Healthy, advanced: no screening cap.")

add("h14", "29M powerlifter, 10 days anterior shoulder pain on bench",
    {"age": 29, "sex": "male", "weight_kg": 93, "height_cm": 180, "resting_hr": 60, "fitness": "advanced",
     "goal": "total 700 kg at the meet in March", "preferences": ["strength"],
     "history": [{"activity": "strength", "minutes": 90, "days_ago": 2, "rpe": 17},
                 {"activity": "strength", "minutes": 80, "days_ago": 4, "rpe": 18},
                 {"activity": "strength", "minutes": 85, "days_ago": 6, "rpe": 17}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 20},
     "notes": "Bench day per my program (5x3 @ 87%). Front of my right shoulder has been sore for ~10 days, sharp pinch at the bottom of the bench and when I reach behind me to put my jacket on. No swelling, no numbness, full range just painful at the end. Squats and deadlifts feel fine. Don't want to lose my bench, meet is in 14 weeks."},
    exp(max_intensity="vigorous", ok=["strength", "stationary_bike", "elliptical", "walk", "brisk_walk", "cycle"],
        bad=["swim"], minutes=(20, 90), mention=["shoulder", "pain|painful|physio|physiotherapist|clinician|doctor"]),
    "Likely anterior shoulder overload: modify (pain-free range, reduced load/ROM bench, floor press), keep lower-body training, get it assessed if not settling [beyond DOMAIN: sports medicine practice]. Swimming would aggravate.")

add("h15", "22M footballer, grade 1-2 hamstring strain 19 days ago, wet pitch",
    {"age": 22, "sex": "male", "weight_kg": 74, "height_cm": 179, "resting_hr": 55, "fitness": "advanced",
     "goal": "back in the first team in 3 weeks", "preferences": ["run", "strength"],
     "history": [{"activity": "stationary_bike", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "strength", "minutes": 45, "days_ago": 2, "rpe": 13}],
     "context": {"time": "2026-12-02T11:00", "temperature_c": 11, "precipitation": "rain", "aqi": 35},
     "notes": "Pulled my left hamstring 19 days ago in a sprint, physio said grade 1-2. Walking is pain-free now and I can jog in straight lines with no pain, physio said no sprinting or kicking until he retests me next week. Nordic curls still feel a bit tight. Pitch is wet today. Bored of the bike tbh."},
    exp(max_intensity="moderate", ok=["run", "stationary_bike", "strength", "elliptical", "swim", "brisk_walk"],
        bad=[], minutes=(20, 60), mention=["hamstring", "sprint|sprinting|pain-free|pain free|physio"], not_say=["all-out"]),
    "Criteria-based hamstring return: pain-free straight-line jogging allowed, no sprinting until retest (physio); moderate cap; wet pitch -> slip risk [beyond DOMAIN: Askling/Mendiguchia protocols].")

add("h16", "10-year-old boy who hates sport, overweight; mum writing, no weight talk",
    {"age": 10, "sex": "male", "weight_kg": 45, "height_cm": 140, "fitness": "beginner",
     "goal": "get him off the iPad and moving", "preferences": ["cycle", "walk"],
     "context": {"time": "2026-12-02T16:00", "temperature_c": 13, "aqi": 40},
     "notes": "(Mum writing) Jack is 10, hates PE and football, gets picked last and says running gives him a stitch straight away. He'll happily ride his bike round the cul-de-sac or do Just Dance with his sister for ages. He's a bit heavy for his age and kids have started commenting, so please no weight talk in front of him - he reads these."},
    exp(max_intensity="vigorous", ok=["cycle", "brisk_walk", "walk", "swim"], bad=[], minutes=(30, 60),
        mention=["fun|enjoy|play|game|likes|dance"], not_say=["lose weight", "weight loss", "burn fat"]),
    "Ages 5-17: >= 60 min/day MVPA (DOMAIN). Child-centred, enjoyment-based; avoid weight talk per parent [beyond DOMAIN: paediatric practice]. Bike riding is his preference.")

add("h17", "57F hypertension; buried: home BP 186/112 then 181/109 + headache -> must rest",
    {"age": 57, "sex": "female", "weight_kg": 88, "height_cm": 165, "conditions": ["hypertension"],
     "fitness": "beginner", "goal": "lower my blood pressure", "preferences": ["walk", "swim"],
     "context": {"time": "2026-12-02T07:15", "temperature_c": 9},
     "notes": "Started on lisinopril in October. I check at home every morning with my Omron - this morning it said 186/112 and then 181/109 when I did it again 5 min later, which is higher than usual (normally about 150/95). Bit of a thumping headache, probably because I slept badly. Was going to do my 30 min aqua class at 9 to help bring it down."},
    exp(must_rest=True, mention=["doctor|GP|medical|clinician|urgent|emergency", "186|181|blood pressure"], not_say=["RPE 12-13"]),
    "Resting BP > 180/110: do not start; > 180 and/or > 120 is crisis territory, with headache -> urgent medical attention (DOMAIN).")

add("h18", "79F lives alone, osteoporosis (T -3.1, prior wrist fracture), icy paths",
    {"age": 79, "sex": "female", "weight_kg": 52, "height_cm": 155, "fitness": "beginner",
     "goal": "stay independent", "preferences": ["walk", "tai_chi"],
     "context": {"time": "2026-12-02T10:00", "temperature_c": -2, "precipitation": "ice", "wind_kmh": 12},
     "notes": "I'm 79 and live on my own since my husband passed. Osteoporosis - broke my wrist two winters ago slipping on the front step, T-score -3.1 at the hip, on alendronate. The footpaths are icy this morning. I used to go to a seniors' tai chi class but the bus stopped running. Knees creak but nothing serious. My daughter rings every evening."},
    exp(max_intensity="moderate", ok=["tai_chi", "strength", "walk", "stretching", "stationary_bike"],
        bad=["run", "cycle", "brisk_walk"], minutes=(10, 40),
        mention=["balance|fall", "ice|icy|indoor|indoors|inside|at home"], not_say=["sit-up", "toe touch"]),
    ">= 65: balance + strength >= 3 days/wk, tai chi (DOMAIN); ice -> indoor (DOMAIN). Osteoporosis: avoid loaded spinal flexion, progressive resistance + balance (Too Fit To Fracture 2014) [beyond DOMAIN].")

add("h19", "44F fibromyalgia + generalised anxiety, boom-bust pattern",
    {"age": 44, "sex": "female", "weight_kg": 70, "height_cm": 168, "fitness": "beginner",
     "goal": "less pain, sleep better", "preferences": ["swim", "yoga", "walk"],
     "history": [{"activity": "walk", "minutes": 15, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-12-02T13:00", "temperature_c": 19},
     "notes": "Fibromyalgia diagnosed 2021, plus generalised anxiety (on duloxetine). Every time I try to 'get fit' I overdo it on a good day then I'm in bed for three days. Today is a medium day, pain about 5/10. The warm hydrotherapy pool at the leisure centre is open till 3. Honestly I'm a bit anxious about being judged at the gym."},
    exp(max_intensity="moderate", ok=["swim", "walk", "yoga", "tai_chi", "stretching", "stationary_bike"],
        bad=["run"], minutes=(10, 30), measure="rpe",
        mention=["pace|pacing|gradual|gradually|gentle|gently|start low|flare|overdo"], not_say=["push through", "no pain"]),
    "Fibromyalgia: start low, progress slowly, activity pacing; warm-water exercise well supported (EULAR 2017) [beyond DOMAIN]. Anxiety: WHO says regular moderate activity helps.")

add("h20", "36F ICU nurse after 3 night shifts, 4 h sleep, asthma, -24 C windchill -38, snow",
    {"age": 36, "sex": "female", "weight_kg": 61, "height_cm": 170, "resting_hr": 66, "conditions": ["asthma"],
     "fitness": "intermediate", "goal": "keep up my running base", "preferences": ["run", "elliptical"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 13},
                 {"activity": "run", "minutes": 35, "days_ago": 6, "rpe": 12}],
     "context": {"time": "2026-12-02T09:00", "temperature_c": -24, "wind_kmh": 30, "precipitation": "snow", "aqi": 25},
     "notes": "Just finished my third 12-hour night shift in a row (ICU), home at 8:15, slept maybe 4 hours total over the past day. Winnipeg is -24 with a windchill of about -38 this morning. My asthma is mild, I use Ventolin before running in the cold. Building gym has a treadmill and an elliptical. Want to get something in before I crash."},
    exp(max_intensity="moderate", ok=["elliptical", "stationary_bike", "yoga", "stretching", "strength", "walk"],
        bad=["run", "cycle", "brisk_walk"], minutes=(15, 40),
        mention=["cold|wind chill|windchill|indoor|indoors", "sleep|shift|tired|fatigue"]),
    "Wind chill below -27 C: heightened caution; cold dry air triggers asthma (DOMAIN) -> indoors. Sleep-deprived after nights: keep it short and moderate [beyond DOMAIN].")

add("h21", "56M sedentary, FHx CAD, wants to start jogging; buried exertional chest tightness -> must rest",
    {"age": 56, "sex": "male", "weight_kg": 92, "height_cm": 176, "resting_hr": 74, "fitness": "beginner",
     "goal": "start jogging to lose weight", "preferences": ["run"],
     "context": {"time": "2026-12-02T18:30", "temperature_c": 14},
     "notes": "Finally doing something about the dad bod. Cholesterol was 6.8 at my last check and my father had a bypass at 60. Haven't exercised in years. Funny thing, last couple of weeks when I carry the shopping up to our 3rd-floor flat I get this tight, heavy feeling across my chest that goes into my left arm, eases off after I sit for a few minutes. Probably just being unfit lol. Bought new trainers, ready to go tonight."},
    exp(must_rest=True, mention=["doctor|GP|medical|clinician|urgent|emergency|cardiolog", "chest"], not_say=["RPE 12-13"]),
    "Exertional chest tightness radiating to arm relieved by rest = anginal symptoms (DOMAIN ACSM screening): do not start, medical clearance.")

add("h22", "34F runner, day 2 at 3,400 m (Cusco), mild headache, resting HR up",
    {"age": 34, "sex": "female", "weight_kg": 58, "height_cm": 166, "resting_hr": 68, "fitness": "advanced",
     "goal": "stay fit while travelling", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 50, "days_ago": 3, "rpe": 13},
                 {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 14}],
     "context": {"time": "2026-12-02T07:00", "temperature_c": 6, "aqi": 60},
     "notes": "Flew from Lima to Cusco (3,400 m) yesterday, doing the Inca trail in 4 days. Mild headache last night and my resting HR this morning was 68 instead of my usual 52. Not nauseous, slept badly. At home I run 50 km a week. Is an easy 10 k this morning ok to acclimatise?"},
    exp(max_intensity="moderate", ok=["walk", "brisk_walk", "yoga", "stretching"], bad=["run"], minutes=(10, 45),
        measure="rpe", mention=["altitude|acclimat", "headache|hydrat|symptom"]),
    "Acute altitude exposure with mild AMS symptoms: avoid strenuous exercise first 24-48 h, gentle walking, HR inflated so use RPE [beyond DOMAIN: Wilderness Medical Society 2019]. DOMAIN has no altitude rule.")

add("h23", "42M type 2 diabetes (metformin), fasting Ramadan, 31 C, 1.5 h before iftar",
    {"age": 42, "sex": "male", "weight_kg": 86, "height_cm": 174, "conditions": ["diabetes"], "glucose_mg_dl": 110,
     "fitness": "intermediate", "goal": "keep my sugars steady and not lose fitness during Ramadan",
     "preferences": ["brisk_walk", "strength", "cycle"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-03-05T16:30", "temperature_c": 31, "humidity_pct": 40, "aqi": 80},
     "notes": "It's Ramadan, fasting from about 4:50 am to 6:10 pm, no food or water. Type 2 diabetes, on metformin only (doctor stopped my gliclazide for the month). Sugar 110 mg/dl on my meter now, 1.5 h before iftar. It's 31 degrees in Doha. Normally I walk 40 minutes at lunch. Thinking of going for a bike ride now to get it done before we eat."},
    exp(max_intensity="moderate", ok=["walk", "strength", "stretching", "yoga", "stationary_bike", "elliptical", "tai_chi"],
        bad=["run", "cycle"], minutes=(15, 45),
        mention=["fast|fasting|Ramadan|iftar|suhoor", "hydrat|water|fluid|dehydrat|drink"]),
    "Fasting without fluid in 31 C: exercise after iftar or light/indoor before; no vigorous outdoor (IDF-DAR 2021 [beyond DOMAIN]); heat 27.9-30+ rules (DOMAIN); glucose 110 in range.")

add("h24", "26F depression (sertraline), low-motivation day, Adelaide heatwave 41 C, no air-con",
    {"age": 26, "sex": "female", "weight_kg": 63, "height_cm": 165, "fitness": "beginner",
     "goal": "feel less flat, my therapist says move more", "preferences": ["walk", "yoga", "swim"],
     "context": {"time": "2026-12-02T14:00", "temperature_c": 41, "humidity_pct": 20, "aqi": 55},
     "notes": "Adelaide is 41 today, fourth day of the heatwave. Diagnosed with depression last year, on sertraline, some days I can't get off the couch and today's kind of one of those but I want to try. No air con at my place. There's an indoor pool 10 min away by bus, and I have a yoga mat."},
    exp(max_intensity="moderate", ok=["swim", "yoga", "stretching", "strength", "walk"],
        bad=["run", "cycle", "brisk_walk"], minutes=(10, 40),
        mention=["heat|hot|cool", "mood|depress|feel|low"], not_say=["lazy"]),
    "Heat index ~40 C (danger band; WBGT likely > 30): no strenuous outdoor exercise (DOMAIN); indoor pool or short mat session; small achievable dose for a low-motivation day and mood benefit (WHO) [behavioural framing beyond DOMAIN].")

assert len(C) == 24 and len({c["id"] for c in C}) == 24
assert sum(c["expected"]["must_rest"] for c in C) in (2, 3, 4)
with open("/tmp/expert26/clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients;", sum(c["expected"]["must_rest"] for c in C), "must rest")
