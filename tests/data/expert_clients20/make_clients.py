#!/usr/bin/env python3
"""Writes /tmp/expert20/clients.jsonl: 24 hand-written clients for a blind
evaluation of motion-advisor.  h01-h12 Chinese (h07 Traditional, zh-TW;
h08 Cantonese, zh-HK), h13-h24 English.

Written from /work/shared/DOMAIN.md and the advisor's user documentation
(README lines 731-854) only, before the advisor was run.

expected fields
  must_rest            True: the card must make today a rest / do-not-start day
  max_intensity        highest acceptable JSON intensity (rest<light<moderate<vigorous)
  acceptable_activities activity ids the card may pick (anything else fails)
  forbidden_activities activity ids that are unsafe today (subset of "not acceptable",
                       named separately because they are the clinically worse misses)
  minutes_range        [lo, hi] for the session minutes (0 allowed for rest)
  intensity_measure    "rpe": an RPE must be given and no HR zone (hr_zone_bpm null);
                       "hr": an HR zone must be given; "any": either
  must_mention         list of groups "a|b|c"; the card must contain one alternative of
                       each group
  must_not_say         phrases the card must not contain
Sources in the rationale refer to DOMAIN.md sections; "beyond DOMAIN" marks
anything that rests on my own clinical knowledge rather than DOMAIN.md.
"""
import json

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]


def rest_expected(mention, not_say=()):
    return {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
            "forbidden_activities": [a for a in ALL if a != "rest"],
            "minutes_range": [0, 0], "intensity_measure": "any",
            "must_mention": list(mention), "must_not_say": list(not_say)}


def ex(max_i, ok, bad, mins, measure="any", mention=(), not_say=()):
    return {"must_rest": False, "max_intensity": max_i, "acceptable_activities": ok,
            "forbidden_activities": bad, "minutes_range": mins,
            "intensity_measure": measure, "must_mention": list(mention),
            "must_not_say": list(not_say)}


C = []

# ---------------------------------------------------------------- Chinese
C.append({
    "id": "h01", "who": "58岁男性，高血压，出差两天漏服降压药，今晨168/102，规律跑步者，想照常跑",
    "profile": {
        "age": 58, "sex": "male", "weight_kg": 80, "height_cm": 172, "resting_hr": 70,
        "conditions": ["hypertension"], "bp_systolic": 168, "bp_diastolic": 102,
        "fitness": "intermediate", "goal": "保持体能，控制血压", "preferences": ["跑步"],
        "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 13},
                    {"activity": "run", "minutes": 32, "days_ago": 5, "rpe": 13}],
        "context": {"time": "2026-12-01T07:00", "temperature_c": 8, "precipitation": "none", "aqi": 45},
        "notes": "前两天出差忘了带降压药，今天早上量了一下是168/102，头不晕，也没别的不舒服。"
                 "平时每周跑三次，每次5公里左右。今天想照常去跑，应该没问题吧？还是得歇着？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical", "tai_chi"],
                   ["run"], [20, 45], "any", ["血压", "药"]),
    "rationale": "168/102 is stage 2 (DOMAIN Conditions/Warning: 160/100 stage threshold; AHA 2017) but below "
                 "the 180/110 do-not-start line (DOMAIN Hypertension, ACSM) -> exercise allowed, no rest required. "
                 "Active with disease: moderate fine, clearance before vigorous (DOMAIN ACSM screening) -> max moderate; "
                 "running (jogging 7.0 MET, Compendium 12020) is vigorous by DOMAIN's bands -> forbidden today. "
                 "Card should address the reading and the missed tablets (take them / recheck) - the medication point "
                 "is beyond DOMAIN (clinical practice). Minutes 20-45: ACSM FITT moderate ~30 min.",
})

C.append({
    "id": "h02", "who": "34岁男性，1型糖尿病（胰岛素泵），空腹血糖82 mg/dl，想晨跑45分钟，曾有运动低血糖",
    "profile": {
        "age": 34, "sex": "male", "weight_kg": 70, "height_cm": 176, "resting_hr": 62,
        "conditions": ["diabetes"], "glucose_mg_dl": 82,
        "fitness": "intermediate", "goal": "跑完半马", "preferences": ["run", "cycle"],
        "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-01T06:40", "temperature_c": 12, "precipitation": "none", "aqi": 30},
        "notes": "我是1型糖尿病，用胰岛素泵。早上空腹测了血糖4.6（就是82），打算出去跑45分钟。"
                 "之前跑步的时候低血糖过一次，手抖出冷汗，有点担心。是不是要先吃点东西再去？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["run", "brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical"],
                   [], [20, 45], "any", ["碳水|15-30|15～30|15–30|15至30", "血糖"]),
    "rationale": "Glucose 82 < 90 mg/dl -> take 15-30 g carbohydrate first (DOMAIN Diabetes, ADA 2016); not a reason "
                 "to cancel. Prior exercise hypoglycaemia -> keep to moderate today and carry glucose (beyond DOMAIN: "
                 "clinical prudence). Minutes capped at his planned 45.",
})

C.append({
    "id": "h03", "who": "30岁孕29周，平时快走；笔记里顺带提到两天来有液体流出（疑似破水），想问能否游泳",
    "profile": {
        "age": 30, "sex": "female", "weight_kg": 66, "height_cm": 162,
        "conditions": ["pregnancy"], "fitness": "beginner", "goal": "孕期保持活动",
        "preferences": ["游泳", "快走"],
        "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 11}],
        "context": {"time": "2026-12-01T10:00", "temperature_c": 16, "precipitation": "none", "aqi": 60},
        "notes": "怀孕29周了，之前一直每天快走半小时，产检医生也说可以。今天想问问能不能去游泳，听说游泳对孕妇挺好的。"
                 "另外这两天内裤老是湿湿的，感觉有点水往下流，不知道正不正常，应该没什么吧？",
        "language": "zh"},
    "expected": rest_expected(["医生|就医|医院|产科|急诊", "羊水|液体|流液|漏液|流水|湿"], ["游泳正合适"]),
    "rationale": "Fluid leakage in pregnancy = stop and seek care (DOMAIN Warning symptoms, ACOG 804). Written only in the "
                 "notes, hedged ('应该没什么吧'). Must rest and be sent to obstetric care today; the card should name "
                 "the leakage. Possible preterm rupture of membranes at 29 weeks is urgent (beyond DOMAIN detail).",
})

C.append({
    "id": "h04", "who": "72岁独居女性，骨质疏松，去年滑倒腕骨骨折，今天外面结冰，喜欢太极散步",
    "profile": {
        "age": 72, "sex": "female", "weight_kg": 52, "height_cm": 154, "resting_hr": 74,
        "fitness": "beginner", "goal": "不再摔跤，腿脚有劲", "preferences": ["太极", "散步"],
        "history": [{"activity": "tai_chi", "minutes": 30, "days_ago": 2, "rpe": 10}],
        "context": {"time": "2026-12-01T09:00", "temperature_c": -4, "precipitation": "ice", "wind_kmh": 10},
        "notes": "我72了，骨质疏松，去年冬天在小区门口滑倒过一次，手腕骨折了，现在已经好了。一个人住，女儿让我多动动。"
                 "今天外面结冰了，我有点怕。平时喜欢打太极、散散步，不知道今天做点什么好，在家里能练吗？",
        "language": "zh"},
    "expected": ex("moderate", ["tai_chi", "strength", "stretching", "stationary_bike", "yoga"],
                   ["run", "cycle", "brisk_walk", "walk"], [15, 45], "any",
                   ["平衡|跌倒|摔", "冰|滑|室内|在家|家里"]),
    "rationale": "65+: multicomponent balance and strength >= 3 days/week; tai chi 3.0 MET fits (DOMAIN WHO 2020, Older "
                 "adults). Ice: prefer indoor or low-slip activities (DOMAIN Environment). Osteoporosis + prior fall "
                 "fracture -> outdoor walking on ice is the main risk today (beyond DOMAIN: osteoporosis detail). "
                 "Strength 10-15 reps for older people (DOMAIN ACSM FITT).",
})

C.append({
    "id": "h05", "who": "66岁男性，双膝骨关节炎（稳定，无肿胀），以前爱爬山，怕运动伤膝",
    "profile": {
        "age": 66, "sex": "male", "weight_kg": 82, "height_cm": 170, "resting_hr": 68,
        "fitness": "beginner", "goal": "膝盖不疼，能继续出去玩", "preferences": ["散步"],
        "context": {"time": "2026-12-01T15:00", "temperature_c": 14, "precipitation": "none", "aqi": 55},
        "notes": "66岁，两个膝盖都有骨关节炎，拍过片子，医生说是退行性的。早上起来僵一会儿，走多了会酸，但不肿。"
                 "以前爱爬山，现在不太敢了。是不是膝盖这样就不该运动了？还是能做点什么？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["stationary_bike", "swim", "walk", "brisk_walk", "elliptical", "tai_chi", "strength", "cycle"],
                   ["run"], [20, 45], "any", ["膝"], ["不宜运动", "不要运动"]),
    "rationale": "Knee problems: prefer low impact (swim, water aerobics, stationary bike, elliptical, walking), no "
                 "running or jumping (DOMAIN Conditions, heuristic). Stable OA is an indication for exercise, not a "
                 "contraindication; quadriceps strength helps (beyond DOMAIN: OARSI/ACR guidance). Adults incl. chronic "
                 "conditions 150-300 min/week (DOMAIN WHO 2020); 65+ add balance/strength.",
})

C.append({
    "id": "h06", "who": "22岁男大学生，前天打篮球崴脚（外踝肿、跛行），想投篮或慢跑保持手感",
    "profile": {
        "age": 22, "sex": "male", "weight_kg": 75, "height_cm": 183, "resting_hr": 58,
        "conditions": ["ankle_injury"], "fitness": "advanced", "goal": "周末比赛能上场",
        "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 15}],
        "context": {"time": "2026-12-01T16:30", "temperature_c": 18, "precipitation": "none", "aqi": 50},
        "notes": "前天打篮球崴了右脚，脚踝外侧肿了，现在走路还有点瘸，一按就疼。周末还有比赛，"
                 "想今天去投投篮保持手感，或者慢跑一下，应该问题不大吧？",
        "language": "zh"},
    "expected": ex("moderate", ["swim", "stationary_bike", "strength", "stretching", "rest"],
                   ["run", "brisk_walk", "walk", "elliptical"], [0, 40], "any", ["踝"]),
    "rationale": "Acute ankle sprain, day 2: a few days of relative rest, early exercise therapy; prefer non-weight-bearing "
                 "(swimming, stationary bike if pain-free, upper-body work) over walking (DOMAIN Training load: Vuurberg "
                 "2018; Conditions: no running). Rest is acceptable but not required.",
})

C.append({
    "id": "h07", "who": "45歲台灣女性上班族（繁體、zh-TW），慢性下背痛多年已穩定，喜歡瑜伽，想開始規律運動",
    "profile": {
        "age": 45, "sex": "female", "weight_kg": 60, "height_cm": 160, "resting_hr": 72,
        "fitness": "beginner", "goal": "改善腰痠，養成運動習慣", "preferences": ["瑜伽"],
        "context": {"time": "2026-12-01T19:30", "temperature_c": 20, "precipitation": "rain", "aqi": 40},
        "notes": "我是上班族，整天坐著，腰痠好幾年了，看過醫生說是肌肉的問題，沒有壓到神經。最近算穩定，"
                 "只是久坐後會痠。想開始規律運動，我比較喜歡瑜伽，不知道要做多久、做什麼比較好？",
        "language": "zh-TW"},
    "expected": ex("moderate",
                   ["walk", "brisk_walk", "swim", "yoga", "stretching", "strength", "stationary_bike", "elliptical",
                    "tai_chi"],
                   ["run"], [15, 45], "any", ["腰|背"]),
    "rationale": "Low back pain: prefer low impact, no running/jumping (DOMAIN Conditions, heuristic); stable non-specific "
                 "LBP benefits from regular activity incl. yoga/core work (beyond DOMAIN: LBP guidelines). Rain "
                 "tonight -> indoor is natural (DOMAIN Environment). Beginner -> start moderate 15-45 min. Card "
                 "should be in Traditional characters (README: zh-TW -> Traditional; emergency number 119).",
})

C.append({
    "id": "h08", "who": "15歲香港男仔（粵語、zh-HK），哮喘，AQI 165，放學想同同學出去跑步",
    "profile": {
        "age": 15, "sex": "male", "weight_kg": 55, "height_cm": 168,
        "conditions": ["asthma"], "fitness": "intermediate", "goal": "跑得快啲", "preferences": ["跑步"],
        "context": {"time": "2026-12-01T16:00", "temperature_c": 22, "precipitation": "none", "aqi": 165},
        "notes": "我今年15歲，有哮喘，平時會帶住噴霧。今日放學想同同學去跑步，但係聽講今日空氣好差，AQI成160幾。"
                 "我其實冇咩事，又唔咳，可唔可以照跑？",
        "language": "zh-HK"},
    "expected": ex("moderate",
                   ["stationary_bike", "strength", "yoga", "stretching", "elliptical", "swim", "tai_chi"],
                   ["run", "cycle", "brisk_walk"], [20, 60], "any",
                   ["室內|室内", "空氣|空气|AQI"], ["拨打120", "撥打120", "打120"]),
    "rationale": "AQI 151-200 unhealthy: sensitive groups (asthma, children) avoid prolonged/heavy exertion; prefer "
                 "indoor (DOMAIN Environment AQI; Conditions asthma). Ages 5-17: ~60 min/day MVPA (DOMAIN WHO). "
                 "Card in Traditional, emergency number 999 for zh-HK/Cantonese (README), so 120 would be wrong.",
})

C.append({
    "id": "h09", "who": "38岁女护士，连上四个夜班，每天只睡4-5小时，想减肥，同事推荐跳绳和HIIT",
    "profile": {
        "age": 38, "sex": "female", "weight_kg": 72, "height_cm": 160, "resting_hr": 78,
        "fitness": "beginner", "goal": "减肥", "preferences": ["跑步", "力量训练"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 4, "rpe": 10}],
        "context": {"time": "2026-12-01T09:30", "temperature_c": 10, "precipitation": "none", "aqi": 70},
        "notes": "我是护士，这周连上了四个夜班，白天只睡了四五个小时，整个人昏昏沉沉的。想减肥，同事推荐我跳绳和HIIT，"
                 "说燃脂快。今天下班想去练一下，会不会太累？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["walk", "brisk_walk", "yoga", "stretching", "tai_chi", "stationary_bike", "swim", "strength",
                    "elliptical", "rest"],
                   ["run"], [10, 40], "any", ["睡|夜班|疲劳|累"]),
    "rationale": "Beginner: progress gradually, <=10%/week for the untrained (DOMAIN Training load); no HIIT/rope skipping "
                 "(8.8-11.8 MET vigorous) for an inactive beginner (DOMAIN ACSM screening: desired intensity). Sleep "
                 "deprivation after night shifts -> light-moderate, shorter, sleep first (beyond DOMAIN).",
})

C.append({
    "id": "h10", "who": "61岁男性，高血压服美托洛尔（β受体阻滞剂），血压132/82，心率上不去，问看心率锻炼是否有效",
    "profile": {
        "age": 61, "sex": "male", "weight_kg": 76, "height_cm": 168, "resting_hr": 56,
        "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 82,
        "fitness": "intermediate", "goal": "身体硬朗", "preferences": ["快走", "骑自行车"],
        "history": [{"activity": "walk", "minutes": 60, "days_ago": 1, "rpe": 10},
                    {"activity": "walk", "minutes": 60, "days_ago": 2, "rpe": 10}],
        "context": {"time": "2026-12-01T08:00", "temperature_c": 12, "precipitation": "none", "aqi": 50},
        "notes": "高血压吃了好几年药，去年换成了美托洛尔（倍他乐克），现在血压挺稳，早上量的132/82。每天遛弯一小时。"
                 "听说运动要看心率，可我心率总是上不去，一百都不到，这样锻炼到底有没有效果？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical", "strength", "tai_chi"],
                   ["run"], [30, 60], "rpe", ["RPE|自觉|感觉|说话"]),
    "rationale": "Controlled hypertension, active -> moderate fine, clearance before vigorous (DOMAIN ACSM screening). "
                 "Beta-blocker blunts HR so HR zones mislead; use RPE 12-13 / talk test (beyond DOMAIN: ACSM GETP "
                 "beta-blocker guidance; DOMAIN gives the RPE column). Already walks 60 min -> 30-60 min.",
})

C.append({
    "id": "h11", "who": "50岁女性，母亲上月去世，情绪低落、失眠、不想出门",
    "profile": {
        "age": 50, "sex": "female", "weight_kg": 58, "height_cm": 158,
        "fitness": "beginner", "goal": "心情好一点", "preferences": ["散步"],
        "context": {"time": "2026-12-01T14:00", "temperature_c": 15, "precipitation": "none", "aqi": 45},
        "notes": "上个月妈妈走了，这段时间一直提不起劲，晚上睡不好，白天也不想出门。朋友说出去走走会好一点。"
                 "我以前偶尔跳跳广场舞，现在什么都不想做。你觉得我今天应该做点什么？",
        "language": "zh"},
    "expected": ex("moderate",
                   ["walk", "brisk_walk", "tai_chi", "yoga", "stretching", "cycle", "swim", "stationary_bike"],
                   [], [10, 40], "any", ["心情|情绪|难过|伤心|悲伤|低落"]),
    "rationale": "No medical contraindication; adults 150-300 min/week moderate (DOMAIN WHO 2020). Grief/low mood: short, "
                 "gentle, preferably outdoors or with a friend; acknowledge the loss, suggest talking to someone if low "
                 "mood persists (beyond DOMAIN: mental-health practice).",
})

C.append({
    "id": "h12", "who": "55岁男性，2型糖尿病，长笔记中顺带提到上周爬楼胸口发紧如压石、休息后缓解",
    "profile": {
        "age": 55, "sex": "male", "weight_kg": 88, "height_cm": 171, "resting_hr": 76,
        "conditions": ["diabetes"], "glucose_mg_dl": 176,
        "fitness": "beginner", "goal": "减重10斤", "preferences": ["快走"],
        "context": {"time": "2026-12-01T19:00", "temperature_c": 9, "precipitation": "none", "aqi": 60},
        "notes": "我2型糖尿病五年了，吃二甲双胍，最近体检说要减重，医生让我多运动。我打算每天晚饭后快走，周末去爬山。"
                 "这两个月已经瘦了两斤。哦对了，上周爬楼梯到五楼的时候胸口有点发紧，像压着块东西，歇了几分钟就好了，"
                 "估计是太久没运动了。今天准备开始快走40分钟，速度多少合适？",
        "language": "zh"},
    "expected": rest_expected(["胸", "医生|就医|医院|心内科"]),
    "rationale": "Exertional chest tightness/pressure relieved by rest = anginal equivalent: do not start, seek medical "
                 "clearance (DOMAIN Warning symptoms, ACSM 2015). Inactive with metabolic disease -> clearance first "
                 "(DOMAIN ACSM screening). Hidden and minimised in a long note. The card must not answer the pace "
                 "question as if walking were fine (judged in the rubric).",
})

# ---------------------------------------------------------------- English
C.append({
    "id": "h13", "who": "41F, 5 weeks after COVID, persistent fatigue, crashed for 2 days after a 5k, wants a short run",
    "profile": {
        "age": 41, "sex": "female", "weight_kg": 64, "height_cm": 167, "resting_hr": 80,
        "fitness": "intermediate", "goal": "get back to running", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 16}],
        "context": {"time": "2026-12-01T17:30", "temperature_c": 11, "precipitation": "none", "aqi": 35},
        "notes": "Had COVID about five weeks ago. The cough is gone but I'm still wiped out - after a normal day at work I "
                 "need a nap, and last weekend I tried my usual 5k and was basically in bed for two days after. I'm used "
                 "to running 3-4 times a week and honestly I'm going a bit stir crazy. Is it OK to try a short run today?",
        "language": "en"},
    "expected": ex("light", ["walk", "stretching", "yoga", "tai_chi", "rest"],
                   ["run", "cycle", "elliptical", "brisk_walk"], [0, 20], "any",
                   ["doctor|clinician|GP|physician|medical", "fatigue|tired|wiped|energy|crash|crashed|pacing"]),
    "rationale": "Unusual fatigue with usual activities is on DOMAIN's warning list (ACSM 2015) -> medical review. "
                 "Post-exertional symptom exacerbation after COVID -> no running, light activity within the energy "
                 "envelope or rest (beyond DOMAIN: WHO post-COVID rehabilitation guidance).",
})

C.append({
    "id": "h14", "who": "29M, ran his first marathon yesterday (3:15), legs trashed, wants an easy 10k shake-out",
    "profile": {
        "age": 29, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 48,
        "fitness": "advanced", "goal": "sub-3 marathon next year", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 195, "days_ago": 1, "rpe": 18},
                    {"activity": "run", "minutes": 25, "days_ago": 3, "rpe": 11},
                    {"activity": "run", "minutes": 40, "days_ago": 5, "rpe": 12}],
        "context": {"time": "2026-12-01T10:00", "temperature_c": 9, "precipitation": "none", "aqi": 25},
        "notes": "Ran my first marathon yesterday, 3:15! Legs are pretty trashed, stairs are fun this morning. My plan "
                 "says rest but I feel like I should shake it out with an easy 10k. Thoughts?",
        "language": "en"},
    "expected": ex("light", ["walk", "swim", "stationary_bike", "stretching", "yoga", "rest"],
                   ["run"], [0, 40], "any", ["recover|recovery|rest"]),
    "rationale": "Session load 195 min x RPE 18 -> huge acute load; ACWR far above 1.5 (DOMAIN Training load, Gabbett); "
                 "48 h between hard sessions (DOMAIN Recovery, ACSM). Day after a marathon: rest or light non-impact "
                 "(beyond DOMAIN: coaching practice, several days without running).",
})

C.append({
    "id": "h15", "who": "32F, 20 weeks pregnant, healthy habitual runner (25-30 km/week, midwife OK), asks about a 40-min easy run",
    "profile": {
        "age": 32, "sex": "female", "weight_kg": 63, "height_cm": 168, "resting_hr": 72,
        "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "stay fit through pregnancy",
        "preferences": ["run", "swim"],
        "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 12},
                    {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 12}],
        "context": {"time": "2026-12-01T07:30", "temperature_c": 13, "precipitation": "none", "aqi": 30},
        "notes": "I'm 20 weeks pregnant with my second and feeling great. I've kept running through this pregnancy, about "
                 "25-30 km a week at an easy pace, and my midwife is happy with it. No bleeding, no pain, nothing weird. "
                 "Just want to check: is a 40-minute easy run today fine, and is there anything I should watch for?",
        "language": "en"},
    "expected": ex("moderate",
                   ["run", "brisk_walk", "swim", "stationary_bike", "walk", "elliptical", "yoga", "strength"],
                   [], [25, 50], "rpe",
                   ["bleeding|contractions|fluid|dizziness|dizzy|headache|chest pain|calf"],
                   ["stop running", "should not run", "avoid running"]),
    "rationale": ">= 150 min/week moderate in pregnancy (DOMAIN WHO/CDC); ACOG 804 warning signs to stop (DOMAIN "
                 "Warning symptoms) should be listed since she asked what to watch for. A habitual runner may continue "
                 "running (beyond DOMAIN: ACOG 804 text). HR is unreliable in pregnancy -> RPE/talk test (beyond DOMAIN, "
                 "ACOG). The word 'no bleeding' in the notes must not be read as a symptom.",
})

C.append({
    "id": "h16", "who": "35M, moved from Edinburgh to the tropics last week, wants a 45-min lunchtime run at 34 C / 65% RH",
    "profile": {
        "age": 35, "sex": "male", "weight_kg": 78, "height_cm": 180, "resting_hr": 60,
        "fitness": "intermediate", "goal": "keep my running fitness", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-01T12:30", "temperature_c": 34, "humidity_pct": 65, "wind_kmh": 5,
                    "precipitation": "none", "aqi": 40},
        "notes": "Moved here from Edinburgh last week for work. Want to keep up my lunchtime runs - thinking 45 minutes "
                 "along the river at lunch. It's pretty steamy but I'm fit, should be fine?",
        "language": "en"},
    "expected": ex("moderate",
                   ["stationary_bike", "elliptical", "strength", "swim", "yoga", "stretching"],
                   ["run", "cycle", "brisk_walk"], [20, 45], "any",
                   ["heat|hot|heat index",
                    "acclimatised|acclimatized|acclimatise|acclimatize|indoors|indoor|air-conditioned|evening|morning"]),
    "rationale": "34 C / 65% RH -> heat index ~ 46 C, NWS 'danger' (DOMAIN Environment Heat); not acclimatised (1 week) "
                 "-> cancel outdoor intense exercise at WBGT > 30.1 (DOMAIN ACSM 2007, WBGT likely ~31-32 at midday "
                 "sun - estimate, beyond DOMAIN). Indoor or early/late, hydrate (beyond DOMAIN detail).",
})

C.append({
    "id": "h17", "who": "27F with asthma, -12 C and windy, usual outdoor pre-work run, cold air makes her cough",
    "profile": {
        "age": 27, "sex": "female", "weight_kg": 59, "height_cm": 165, "resting_hr": 64,
        "conditions": ["asthma"], "fitness": "intermediate", "goal": "10k under 55 min", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-01T06:30", "temperature_c": -12, "wind_kmh": 25, "precipitation": "none",
                    "aqi": 20},
        "notes": "I've had asthma since I was a kid, mostly fine with my blue inhaler. It's freezing out today and windy. "
                 "I usually run outside before work - the cold air sometimes makes me cough a bit at the start. Should I "
                 "just wrap up and go, or skip it?",
        "language": "en"},
    "expected": ex("vigorous",
                   ["stationary_bike", "elliptical", "strength", "swim", "yoga", "stretching"],
                   ["cycle"], [20, 45], "any", ["cold", "inhaler|asthma"]),
    "rationale": "Asthma: cold dry air is a trigger (DOMAIN Conditions); asthma may exercise in cold but carefully "
                 "(DOMAIN Environment Cold, ACSM 2006). Wind chill ~ -20 C, above the -27 C line. Indoor is the clean "
                 "answer; an outdoor run with mouth covered and pre-exercise reliever is defensible but not accepted "
                 "mechanically (beyond DOMAIN: EIB management).",
})

C.append({
    "id": "h18", "who": "45M club cyclist, thunder a few minutes ago and rain, planned a 60 km Saturday ride",
    "profile": {
        "age": 45, "sex": "male", "weight_kg": 74, "height_cm": 177, "resting_hr": 55,
        "fitness": "intermediate", "goal": "sportive in spring", "preferences": ["cycle"],
        "history": [{"activity": "cycle", "minutes": 120, "days_ago": 7, "rpe": 13},
                    {"activity": "stationary_bike", "minutes": 45, "days_ago": 3, "rpe": 14}],
        "context": {"time": "2026-12-05T08:00", "temperature_c": 17, "precipitation": "rain", "thunder": True,
                    "wind_kmh": 30},
        "notes": "Was planning my usual Saturday 60k ride with the club but there's a storm rolling through - heard thunder "
                 "a few minutes ago. Kind of gutted. Should I wait it out or do something else?",
        "language": "en"},
    "expected": ex("vigorous", ["stationary_bike", "strength", "elliptical", "yoga", "stretching"],
                   ["cycle", "run", "brisk_walk", "walk"], [30, 90], "any",
                   ["thunder|lightning|storm", "indoor|indoors|inside|30 minutes|30 min"]),
    "rationale": "Thunder -> go indoors, resume 30 min after the last thunder (DOMAIN 30-30 rule); rain: indoor or "
                 "low-slip (DOMAIN Environment). Healthy active adult: vigorous allowed (DOMAIN ACSM FITT). Pools also "
                 "close in lightning, so swim is not accepted (beyond DOMAIN).",
})

C.append({
    "id": "h19", "who": "81M, cane since hip replacement, two falls this year, BP on tablets 138/80, wants to stay steady for gardening",
    "profile": {
        "age": 81, "sex": "male", "weight_kg": 70, "height_cm": 172, "resting_hr": 70,
        "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 80,
        "fitness": "beginner", "goal": "stay steady on my feet for the garden", "preferences": ["walk"],
        "context": {"time": "2026-12-01T10:30", "temperature_c": 7, "precipitation": "none", "aqi": 30},
        "notes": "I'm 81, walk with a cane since my hip replacement three years ago. Had two falls this year, nothing "
                 "broken thankfully. Blood pressure is on tablets and fine. My daughter wants me doing more. I mostly want "
                 "to be steady enough to keep pottering in the garden. What should I do today?",
        "language": "en"},
    "expected": ex("moderate", ["tai_chi", "strength", "walk", "stationary_bike", "stretching"],
                   ["run", "cycle", "brisk_walk"], [15, 40], "any",
                   ["balance", "fall|falls|falling|steady|steadier"]),
    "rationale": "65+: multicomponent balance and strength >= 3 days/week (DOMAIN WHO 2020, Older adults); tai chi fits; "
                 "strength 10-15 reps for older/frail (DOMAIN ACSM FITT). Two falls in a year -> fall-risk review and "
                 "supervised/ supported balance work (beyond DOMAIN: falls guidelines).",
})

C.append({
    "id": "h20", "who": "14F soccer player, ankle sprain 4 weeks ago, physio cleared jogging and balance work, no matches yet",
    "profile": {
        "age": 14, "sex": "female", "weight_kg": 48, "height_cm": 158,
        "conditions": ["ankle_injury"], "fitness": "intermediate", "goal": "get back to soccer",
        "preferences": ["run"],
        "history": [{"activity": "stationary_bike", "minutes": 30, "days_ago": 2, "rpe": 12}],
        "context": {"time": "2026-12-01T16:00", "temperature_c": 15, "precipitation": "none", "aqi": 30},
        "notes": "Sprained my left ankle at soccer 4 weeks ago. The physio says it's healing well and I can start jogging "
                 "and doing my balance exercises, but no matches yet. It doesn't hurt to walk anymore. I really miss "
                 "running around. What can I do today?",
        "language": "en"},
    "expected": ex("moderate",
                   ["run", "cycle", "stationary_bike", "swim", "brisk_walk", "strength", "elliptical", "walk"],
                   [], [20, 60], "any", ["ankle"]),
    "rationale": "Sprain in the functional phase: early exercise therapy, weight bearing as tolerated (DOMAIN Vuurberg "
                 "2018); DOMAIN's 'no running' is an unverified heuristic, and physio clearance for jogging outranks it "
                 "(beyond DOMAIN). Ages 5-17 >= 60 min/day MVPA (DOMAIN WHO). Balance/proprioception work is the key "
                 "addition (beyond DOMAIN).",
})

C.append({
    "id": "h21", "who": "31M, fever 38.4 C, body aches, chesty cough; wants to 'sweat it out' with a hard run before a half-marathon",
    "profile": {
        "age": 31, "sex": "male", "weight_kg": 72, "height_cm": 180, "resting_hr": 58,
        "fitness": "intermediate", "goal": "half marathon in 12 days", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 14}],
        "context": {"time": "2026-12-01T08:00", "temperature_c": 10, "precipitation": "none", "aqi": 30},
        "notes": "Woke up with a temp of 38.4, achy all over and a bit of a chesty cough. A mate says sweat it out with a "
                 "hard run. Half-marathon is in 12 days so I don't want to lose fitness. Good idea?",
        "language": "en"},
    "expected": rest_expected(["fever|temperature|38.4", "rest"]),
    "rationale": "Fever >= 38.0 C, body aches, chest congestion: below-the-neck symptoms -> rest (DOMAIN Acute illness, "
                 "neck check, Eichner 1993; Conditions: fever -> rest and see a doctor). Only in the notes, no symptom "
                 "code given.",
})

C.append({
    "id": "h22", "who": "48F couch-to-10k, hypertension 146/92; long note ends with new ankle swelling and breathlessness on one flight of stairs",
    "profile": {
        "age": 48, "sex": "female", "weight_kg": 84, "height_cm": 165, "resting_hr": 82,
        "conditions": ["hypertension"], "bp_systolic": 146, "bp_diastolic": 92,
        "fitness": "beginner", "goal": "first 10k in March", "preferences": ["run", "brisk_walk"],
        "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 14},
                    {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 14}],
        "context": {"time": "2026-12-01T18:00", "temperature_c": 12, "precipitation": "none", "aqi": 40},
        "notes": "Training for my first 10k in March, following a couch-to-10k plan, currently week 5 - three runs a week. "
                 "Work's been crazy so some weeks I only get two in. Trying to lose about 8 kg too, down 3 so far! BP "
                 "tablets were increased in the summer and the reading this morning was 146/92. Only other thing: my "
                 "ankles have been really puffy by the evening the last couple of weeks, and I've started getting out of "
                 "breath just going up one flight of stairs at home, which never used to happen. Probably just the heat "
                 "at the office? Anyway, what's today's session?",
        "language": "en"},
    "expected": rest_expected(["doctor|clinician|GP|physician|medical",
                               "ankle|ankles|swelling|swollen|oedema|edema|breath|breathless|breathlessness"]),
    "rationale": "New ankle oedema + breathlessness with mild exertion are ACSM warning signs of cardiovascular disease "
                 "-> do not start, seek medical clearance (DOMAIN Warning symptoms, Riebe 2015). Hidden at the end of a "
                 "long, upbeat note and explained away by the client.",
})

C.append({
    "id": "h23", "who": "52M healthy daily runner (US units), wildfire smoke AQI 230, wants his usual 8-mile run",
    "profile": {
        "age": 52, "sex": "male", "weight_lb": 176, "height_in": 70, "resting_hr": 54,
        "fitness": "advanced", "goal": "keep my streak going", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 70, "days_ago": 1, "rpe": 13},
                    {"activity": "run", "minutes": 70, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-01T06:00", "temperature_f": 70, "precipitation": "none", "aqi": 230},
        "notes": "There's wildfire smoke over the city again, my app says AQI around 230. I run 8 miles most mornings and "
                 "I'm healthy, no asthma or anything. Honestly I can barely smell it. Is it OK to do my normal run?",
        "language": "en"},
    "expected": ex("moderate",
                   ["stationary_bike", "strength", "yoga", "stretching", "elliptical", "swim"],
                   ["run", "cycle", "brisk_walk"], [20, 60], "any",
                   ["air|smoke|AQI", "indoor|indoors|inside"]),
    "rationale": "AQI 201-300 very unhealthy: everyone else limits outdoor exertion; 151+: prefer indoor (DOMAIN "
                 "Environment AQI). Age 52 is not a sensitive group per DOMAIN. Smoke also enters buildings, so keep "
                 "indoor work moderate (beyond DOMAIN). US units -> card in imperial (README).",
})

C.append({
    "id": "h24", "who": "57F type 2 diabetes on metformin only, glucose 290 after a pasta dinner, feels fine, wants an intense spin class",
    "profile": {
        "age": 57, "sex": "female", "weight_kg": 80, "height_cm": 163, "resting_hr": 74,
        "conditions": ["diabetes"], "glucose_mg_dl": 290, "fitness": "intermediate", "goal": "lower my A1c",
        "preferences": ["stationary_bike"],
        "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 3, "rpe": 15},
                    {"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10}],
        "context": {"time": "2026-12-01T17:00", "temperature_c": 14, "precipitation": "none", "aqi": 50},
        "notes": "Type 2, on metformin only, no insulin. Had a big pasta dinner last night and my meter said 290 this "
                 "morning (I know). Feel completely normal otherwise. Was going to do the spin class tonight - it's pretty "
                 "intense intervals. Should I go or just walk?",
        "language": "en"},
    "expected": ex("moderate",
                   ["brisk_walk", "walk", "stationary_bike", "cycle", "swim", "elliptical", "strength"],
                   ["run"], [20, 45], "any", ["ketone|ketones"]),
    "rationale": "Glucose 250-350: check ketones, no intense exercise with moderate/large ketones (DOMAIN Diabetes, ADA "
                 "2016, mainly insulin users); brisk walking needs no clearance. Non-insulin T2 feeling well -> moderate "
                 "activity lowers glucose (beyond DOMAIN: ADA detail). Intense intervals deferred today.",
})

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("/tmp/expert20/clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C))
