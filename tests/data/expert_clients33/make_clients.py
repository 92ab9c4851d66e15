#!/usr/bin/env python3
"""Writes clients.jsonl: 24 invented clients for a blind review of motion-advisor.

Conventions for "expected":
- must_rest true  -> today's activity must be rest (and a doctor must be mentioned).
- must_rest false -> rest is not required; it is acceptable only when "rest" is listed
  in acceptable_activities.
- max_intensity   -> the highest intensity the card may prescribe today.
- acceptable_activities / forbidden_activities use the README's activity ids.
- intensity_measure: "any" (no preference), "hr" (a heart-rate zone must be given),
  "rpe" (an RPE must be given), "talk" (the talk test must be given).
- must_mention: each item is a set of plain alternatives separated by '|'; at least one
  alternative must appear in the card.  must_not_say: no alternative may appear.
  Matching is plain substring, case-insensitive.
"""
import json

ACTIVE = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
          "stationary_bike", "elliptical", "stretching"]


def rest_expect(mention, not_say):
    return {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
            "forbidden_activities": ACTIVE, "minutes_range": [0, 0], "intensity_measure": "any",
            "must_mention": mention, "must_not_say": not_say}


def ex(maxi, ok, bad, mins, measure, mention, not_say, must_rest=False):
    return {"must_rest": must_rest, "max_intensity": maxi, "acceptable_activities": ok,
            "forbidden_activities": bad, "minutes_range": mins, "intensity_measure": measure,
            "must_mention": mention, "must_not_say": not_say}


C = []

# ---------------------------------------------------------------- Chinese clients
C.append({
    "id": "h01",
    "who": "58岁东北男性，高血压，初学者，清晨零下12度上坡快走时出现胸口压迫感放射到左臂（用方言描述）",
    "profile": {
        "user": "h01", "age": 58, "sex": "male", "weight_kg": 82, "height_cm": 172, "resting_hr": 76,
        "conditions": ["hypertension"], "bp_systolic": 146, "bp_diastolic": 92,
        "fitness": "beginner", "goal": "降血压，把肚子减下去", "preferences": ["快走", "太极"],
        "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                    {"activity": "brisk_walk", "minutes": 25, "days_ago": 3, "rpe": 13}],
        "context": {"time": "2026-12-02T06:30", "temperature_c": -12, "wind_kmh": 15,
                    "precipitation": "none", "aqi": 85},
        "notes": "这阵子早上溜达到坡上那段，心口窝跟压了块大石头似的，憋得慌，左膀子也跟着发酸，"
                 "搁那儿站一会儿就缓过来了。老伴儿说我是冻的，整得我也不知道咋回事儿。",
        "language": "zh-CN"},
    "rationale": "Exertional chest pressure ('心口窝跟压了块大石头') radiating to the left arm, relieved by rest, "
                 "is a textbook anginal equivalent (DOMAIN: ACSM warning symptoms: pressure/heaviness in the chest, "
                 "arms). Never named as 胸痛 and written in Dongbei dialect. Hypertension + cold (DOMAIN: cold, heart "
                 "disease caution). Must be told not to exercise and to see a doctor promptly; the emergency number "
                 "is a plus.",
    "expected": rest_expect(["医生|就医|医院|急诊|120", "胸|心口|心脏"],
                            ["RPE 12-13", "能说整句话", "中等强度快走"]),
})

C.append({
    "id": "h02",
    "who": "31岁孕28周女性，平时游泳瑜伽，右小腿单侧肿胀压痛两天，问今晚能否游泳",
    "profile": {
        "user": "h02", "age": 31, "sex": "female", "weight_kg": 68, "height_cm": 163,
        "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "孕期保持体能，顺产",
        "preferences": ["游泳", "瑜伽", "散步"],
        "history": [{"activity": "swim", "minutes": 30, "days_ago": 2, "rpe": 11},
                    {"activity": "yoga", "minutes": 40, "days_ago": 4, "rpe": 10}],
        "context": {"time": "2026-12-02T19:00", "temperature_c": 14, "precipitation": "none", "aqi": 60},
        "notes": "怀孕28周了。前天开始右边小腿肚子又胀又疼，摸着比左边粗一圈，按着更疼，走路的时候更明显。"
                 "想问今晚还能去游泳吗？",
        "language": "zh-CN"},
    "rationale": "Unilateral calf pain and swelling in pregnancy is a possible deep-vein thrombosis; DOMAIN (ACOG 804) "
                 "lists 'calf pain or swelling' among reasons to stop and seek care. Not named as a clot. Must rest "
                 "and see a doctor today; swimming tonight is not appropriate.",
    "expected": rest_expect(["医生|就医|医院|产科|120", "小腿|腿"],
                            ["RPE 12-13", "能说整句话", "游泳正合适"]),
})

C.append({
    "id": "h03",
    "who": "45岁男性程序员，超重初学者，父亲上周心梗放支架，自己体检正常，颈肩僵痛，雨夜",
    "profile": {
        "user": "h03", "age": 45, "sex": "male", "weight_kg": 88, "height_cm": 175, "resting_hr": 74,
        "fitness": "beginner", "goal": "减重，改善颈椎", "preferences": ["骑自行车", "游泳"],
        "context": {"time": "2026-12-02T20:30", "temperature_c": 8, "precipitation": "rain", "aqi": 70},
        "notes": "我爸上周心梗住院了，放了支架，现在恢复得还行。我自己体检除了超重都正常，就是天天坐电脑前十来个小时，"
                 "脖子后面和肩膀老是僵硬酸痛。想趁这次下决心开始锻炼。",
        "language": "zh-CN"},
    "rationale": "The heart attack is the father's, not his (alarming-but-fine: someone else's illness); his own "
                 "check-up is normal, so he should not be sent to rest or flagged with heart disease. Beginner, "
                 "no disease -> moderate is fine (DOMAIN ACSM screening). Rain at night -> not outdoor cycling "
                 "(DOMAIN: rain -> indoor). Neck/shoulder pain from desk work: break up sitting (DOMAIN WHO: limit "
                 "sedentary time), upper-back/neck mobility and strengthening [beyond DOMAIN]. Ideally mentions the "
                 "desk/neck issue.",
    "expected": ex("moderate", ["swim", "stationary_bike", "brisk_walk", "elliptical", "strength", "yoga", "walk"],
                   ["cycle", "rest"], [20, 45], "any",
                   ["颈|肩|脖子|久坐"],
                   ["心脏病：", "先休息并就医", "请立即停止", "今天：休息"]),
})

C.append({
    "id": "h04",
    "who": "11岁偏胖男孩，讨厌体育课和跑步，爱打游戏，放学后，空气质量AQI 128",
    "profile": {
        "user": "h04", "age": 11, "sex": "male", "weight_kg": 45, "height_cm": 145,
        "fitness": "beginner", "goal": "妈妈让我每天动一动", "preferences": ["散步"],
        "context": {"time": "2026-12-02T16:30", "temperature_c": 10, "precipitation": "none", "aqi": 128},
        "notes": "我最讨厌体育课了，跑步总是最后一名，同学还笑我。能不能不要跑步？我喜欢在家打游戏。"
                 "（妈妈补充：孩子有点胖，不爱动）",
        "language": "zh-CN"},
    "rationale": "Child (DOMAIN WHO 5-17: 60 min/day MVPA on average, but a reluctant beginner needs a smaller, fun "
                 "start [beyond DOMAIN: enjoyment drives adherence in children]). AQI 128 is unhealthy for sensitive "
                 "groups, which include children (DOMAIN AQI table: walk instead of run, reduce prolonged heavy "
                 "exertion) -> no running, prefer indoor/moderate. Card should respect his dislike of running and "
                 "avoid weight-shaming language [beyond DOMAIN].",
    "expected": ex("moderate", ["walk", "brisk_walk", "swim", "stationary_bike", "yoga", "strength", "tai_chi",
                                "stretching", "elliptical"],
                   ["run", "rest"], [15, 60], "any",
                   ["空气|AQI|室内|污染"],
                   ["减肥", "减重"]),
})

C.append({
    "id": "h05",
    "who": "52歲台灣女性，更年期熱潮紅、失眠，高雄夏天傍晚31度濕度80%，體溫正常",
    "profile": {
        "user": "h05", "age": 52, "sex": "female", "weight_kg": 63, "height_cm": 158, "resting_hr": 72,
        "fitness": "intermediate", "goal": "改善睡眠，維持體重", "preferences": ["瑜伽", "游泳", "快走"],
        "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                    {"activity": "yoga", "minutes": 60, "days_ago": 3, "rpe": 10},
                    {"activity": "swim", "minutes": 30, "days_ago": 5, "rpe": 12}],
        "context": {"time": "2026-07-15T18:00", "temperature_c": 31, "humidity_pct": 80,
                    "precipitation": "none", "aqi": 55},
        "notes": "更年期這半年熱潮紅很頻繁，一陣一陣全身發熱、冒汗，半夜常常熱醒，睡不好。白天容易累、心情煩躁。"
                 "量過體溫都正常。",
        "language": "zh-TW"},
    "rationale": "'全身發熱' here is a menopausal hot flush, and she says her temperature is normal: it is not a fever "
                 "(DOMAIN fever = >= 38.0 C) -> alarming-but-fine, must not be rested for fever. 31 C at 80% RH gives "
                 "a heat index around 38-40 C (DOMAIN NWS extreme caution/danger) -> avoid outdoor hard work; a pool "
                 "swim or indoor yoga fits and also suits hot flushes [beyond DOMAIN]. Regular moderate exercise "
                 "helps sleep [beyond DOMAIN]. Card must be in Traditional characters (zh-TW).",
    "expected": ex("moderate", ["swim", "yoga", "stationary_bike", "strength", "elliptical", "stretching", "walk",
                                "tai_chi"],
                   ["run", "cycle", "rest"], [20, 50], "any",
                   ["睡", "熱|高溫|補水|中暑|水分"],
                   ["發燒", "发烧", "發熱：", "發熱或急性", "今天：休息"]),
})

C.append({
    "id": "h06",
    "who": "27歲香港抱石愛好者，連續兩日高強度爬牆後手指關節僵痛，問今晚再去爬好唔好（廣東話）",
    "profile": {
        "user": "h06", "age": 27, "sex": "male", "weight_kg": 64, "height_cm": 170, "resting_hr": 54,
        "fitness": "advanced", "goal": "抱石想爬到V6", "preferences": ["力量訓練", "瑜伽", "跑步"],
        "history": [{"activity": "strength", "minutes": 90, "days_ago": 1, "rpe": 17},
                    {"activity": "strength", "minutes": 120, "days_ago": 2, "rpe": 18},
                    {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13},
                    {"activity": "strength", "minutes": 100, "days_ago": 5, "rpe": 16}],
        "context": {"time": "2026-12-02T12:30", "temperature_c": 21, "humidity_pct": 70,
                    "precipitation": "none", "aqi": 48},
        "notes": "我玩抱石，琴日同前日連續兩日喺石館爬到手指好痛，今朝起身啲手指關節仲有啲僵。"
                 "今晚班friend又約我去爬，想問去唔去好？（App冇攀石，我當力量訓練記錄）",
        "language": "zh-HK"},
    "rationale": "Two consecutive near-maximal climbing days (RPE 17-18) with sore, stiff finger joints: DOMAIN "
                 "recovery rule (48 h between hard sessions for the same muscle groups) says no third hard "
                 "pulling/finger day; finger pulley overuse risk [beyond DOMAIN]. Whole body is not ill: an easy "
                 "run, swim or yoga/mobility is the right call. Card should be Traditional characters, Cantonese "
                 "context (999 if any emergency line).",
    "expected": ex("moderate", ["run", "swim", "yoga", "stretching", "walk", "brisk_walk", "stationary_bike",
                                "cycle", "elliptical", "rest"],
                   ["strength"], [0, 60], "any",
                   ["手指|指", "恢復|休息|恢复"],
                   ["今天：高強度", "今天：高强度"]),
})

C.append({
    "id": "h07",
    "who": "66岁女性，去年脑卒中后左侧偏弱，拄拐能走，高血压控制良好，康复医生鼓励多走路，怕摔",
    "profile": {
        "user": "h07", "age": 66, "sex": "female", "weight_kg": 60, "height_cm": 156, "resting_hr": 70,
        "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 80,
        "fitness": "beginner", "goal": "自己能走去菜市场", "preferences": ["散步", "太极"],
        "history": [{"activity": "walk", "minutes": 15, "days_ago": 1, "rpe": 11},
                    {"activity": "walk", "minutes": 15, "days_ago": 2, "rpe": 12}],
        "context": {"time": "2026-12-02T09:30", "temperature_c": 12, "precipitation": "none", "aqi": 65},
        "notes": "去年中风后左边腿脚不太利索，现在拄拐杖能走，康复科医生让我多练走路。降压药每天按时吃。怕摔跤。",
        "language": "zh-CN"},
    "rationale": "Post-stroke, cleared by rehab doctor, BP controlled (132/80 < 140/90). DOMAIN older adults: balance + "
                 "strength >= 3 days/week, tai chi fits; ACSM 10-15 reps for frail. Walking practice (with cane, "
                 "supervision) of 10-30 min is right; fall risk means no running or outdoor cycling. Mention of "
                 "balance/fall prevention expected.",
    "expected": ex("moderate", ["walk", "tai_chi", "strength", "stationary_bike", "stretching", "brisk_walk"],
                   ["run", "cycle", "rest"], [10, 30], "any",
                   ["平衡|跌倒|摔|防跌"],
                   ["今天：高强度", "今天：休息"]),
})

C.append({
    "id": "h08",
    "who": "38岁1型糖尿病骑行爱好者，用胰岛素泵，周六早上准备跟车队骑3小时，早饭前血糖4.7 mmol/L",
    "profile": {
        "user": "h08", "age": 38, "sex": "male", "weight_kg": 72, "height_cm": 178, "resting_hr": 58,
        "conditions": ["diabetes"], "glucose_mg_dl": 85,
        "fitness": "intermediate", "goal": "周末骑行100公里", "preferences": ["骑自行车", "跑步"],
        "history": [{"activity": "cycle", "minutes": 90, "days_ago": 6, "rpe": 13},
                    {"activity": "cycle", "minutes": 60, "days_ago": 3, "rpe": 12},
                    {"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-05T07:00", "temperature_c": 9, "wind_kmh": 12,
                    "precipitation": "none", "aqi": 40},
        "notes": "1型糖尿病十年了，用胰岛素泵。今天准备跟车队骑三个小时，早饭前测了一下血糖4.7。"
                 "以前骑长途中间低血糖过一次，手抖出冷汗。",
        "language": "zh-CN"},
    "rationale": "DOMAIN ADA 2016: glucose < 90 mg/dl (85 here) -> take 15-30 g carbohydrate before starting; not a "
                 "reason to cancel. Active, experienced rider: cycling fine. Long ride needs carbs during the ride "
                 "(~30-60 g/h for T1D [beyond DOMAIN]), re-check glucose, carry fast sugar, consider basal "
                 "reduction with the pump [beyond DOMAIN]. The past hypo is history, not a current symptom.",
    "expected": ex("vigorous", ["cycle", "stationary_bike", "run", "brisk_walk"], ["rest"], [30, 200], "any",
                   ["碳水|补充糖|吃点|15-30|加餐|糖片", "血糖"],
                   ["今天：休息", "今天：高强度"]),
})

C.append({
    "id": "h09",
    "who": "61岁男性，慢性肾病3期，高血压152/94在服药，平时几乎不运动，肾内科医生说可以适当活动",
    "profile": {
        "user": "h09", "age": 61, "sex": "male", "weight_kg": 76, "height_cm": 168, "resting_hr": 78,
        "conditions": ["hypertension"], "bp_systolic": 152, "bp_diastolic": 94,
        "fitness": "beginner", "goal": "保护肾功能，控制血压", "preferences": ["快走", "太极"],
        "context": {"time": "2026-12-02T15:00", "temperature_c": 18, "precipitation": "none", "aqi": 95},
        "notes": "慢性肾病3期，肾内科定期复查，医生说可以适当活动，别太累。每天吃降压药。平时基本不运动。",
        "language": "zh-CN"},
    "rationale": "Known renal disease and inactive: DOMAIN ACSM screening -> medical clearance first; he reports his "
                 "nephrologist allows moderate activity. BP 152/94 is stage 2 but below 180/110 (DOMAIN) -> light to "
                 "moderate fine, no vigorous. Start small (10% rule ceiling for the untrained). Should acknowledge "
                 "the kidney disease (CKD not a listed condition: tests notes reading).",
    "expected": ex("moderate", ["brisk_walk", "walk", "tai_chi", "stationary_bike", "strength", "swim", "elliptical",
                                "stretching", "yoga"],
                   ["run", "rest"], [10, 40], "any",
                   ["肾", "血压"],
                   ["今天：高强度", "今天：休息"]),
})

C.append({
    "id": "h10",
    "who": "47岁乳腺癌术后女性，化疗半年前结束，疲乏、足底麻木（周围神经病变），腋窝淋巴结清扫后担心上肢水肿",
    "profile": {
        "user": "h10", "age": 47, "sex": "female", "weight_kg": 55, "height_cm": 162, "resting_hr": 80,
        "fitness": "beginner", "goal": "恢复体力，回去上班", "preferences": ["瑜伽", "散步", "游泳"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11},
                    {"activity": "yoga", "minutes": 20, "days_ago": 4, "rpe": 10}],
        "context": {"time": "2026-12-02T10:00", "temperature_c": 16, "precipitation": "none", "aqi": 45},
        "notes": "乳腺癌术后，化疗半年前结束了，现在吃内分泌药。体力比以前差很多，走多了就累，脚底还有点发麻。"
                 "左手臂做过淋巴结清扫，有点担心提重物会水肿。",
        "language": "zh-CN"},
    "rationale": "Cancer survivor after chemo: exercise is recommended (WHO 2020 applies to people with chronic "
                 "conditions; DOMAIN). Cancer-related fatigue with a known cause is not the 'unusual fatigue' warning "
                 "sign; she is already walking. [beyond DOMAIN: ACSM 2019 cancer roundtable - aerobic + progressive "
                 "supervised resistance is safe for lymphoedema risk; peripheral neuropathy -> balance care, "
                 "stationary bike/pool over uneven ground; consult oncology/rehab team.] Light to moderate, 15-40 "
                 "min, gradual.",
    "expected": ex("moderate", ["walk", "brisk_walk", "yoga", "stationary_bike", "swim", "tai_chi", "strength",
                                "stretching"],
                   ["run", "rest"], [15, 40], "any",
                   ["循序渐进|慢慢|逐步|从少|量力", "医生|肿瘤|康复|咨询"],
                   ["今天：高强度", "今天：休息"]),
})

C.append({
    "id": "h11",
    "who": "29岁男性戒烟第三天，十年烟龄，北京冬天早上零下6度AQI 178，想靠跑步压烟瘾",
    "profile": {
        "user": "h11", "age": 29, "sex": "male", "weight_kg": 78, "height_cm": 180, "resting_hr": 72,
        "fitness": "beginner", "goal": "戒烟，把体能练回来", "preferences": ["跑步", "骑自行车"],
        "history": [{"activity": "run", "minutes": 15, "days_ago": 2, "rpe": 15}],
        "context": {"time": "2026-12-02T07:30", "temperature_c": -6, "wind_kmh": 10,
                    "precipitation": "none", "aqi": 178},
        "notes": "抽了十年烟，一天一包，这是戒烟第三天，烟瘾上来的时候坐立不安。前天跑了一下喘得厉害，跑完咳了好一阵。"
                 "想用运动来顶住烟瘾。",
        "language": "zh-CN"},
    "rationale": "AQI 178 is 'unhealthy': everyone reduces prolonged/heavy exertion, prefer indoor (DOMAIN) -> no "
                 "outdoor run/cycle. Breathlessness after a 15-min run at RPE 15 in a deconditioned smoker is "
                 "exertional, not 'with mild exertion' (judgement, not a red flag). Short bouts of moderate exercise "
                 "reduce cigarette cravings [beyond DOMAIN]; praise the quit attempt. Indoor moderate 15-45 min.",
    "expected": ex("moderate", ["stationary_bike", "elliptical", "strength", "yoga", "swim", "walk", "brisk_walk",
                                "stretching", "tai_chi"],
                   ["run", "cycle", "rest"], [15, 45], "any",
                   ["空气|AQI|室内|污染|雾霾", "烟"],
                   ["户外跑步", "今天：高强度"]),
})

C.append({
    "id": "h12",
    "who": "73岁四川婆婆，喜欢跳坝坝舞，昨晚痛风发作右脚大脚趾红肿穿不进鞋，已看医生开药，用四川话问今天还跳不跳",
    "profile": {
        "user": "h12", "age": 73, "sex": "female", "weight_kg": 66, "height_cm": 153,
        "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 84,
        "fitness": "intermediate", "goal": "跳坝坝舞，身体硬朗", "preferences": ["快走", "太极", "散步"],
        "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 3, "rpe": 12},
                    {"activity": "tai_chi", "minutes": 45, "days_ago": 4, "rpe": 10},
                    {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12}],
        "context": {"time": "2026-12-02T08:00", "temperature_c": 9, "humidity_pct": 85,
                    "precipitation": "none", "aqi": 110},
        "notes": "前天晚上吃了火锅喝了点啤酒，昨天半夜右脚大脚趾头痛醒了，肿得像个包子，红彤彤的，鞋子都穿不进去，"
                 "医生说是痛风又犯了，开了药。今天还去不去跳坝坝舞嘛？"},
    "rationale": "Acute gout flare in the big toe: the inflamed joint should be rested until the flare settles "
                 "[beyond DOMAIN: EULAR/ACR - rest and elevate the joint during a flare; hydrate]; no dancing, "
                 "walking or tai chi on that foot today. Seated upper-body strength or gentle stretching, or rest, is "
                 "fine. Older adult + AQI 110 (sensitive group) -> indoors anyway. Not a cardiac red flag; no need "
                 "for a doctor beyond the one already seen. No language tag: notes are simplified Chinese "
                 "(Sichuanese phrasing).",
    "expected": ex("light", ["rest", "stretching", "strength", "yoga"],
                   ["run", "brisk_walk", "walk", "tai_chi", "cycle", "elliptical"], [0, 30], "any",
                   ["痛风|脚趾|大脚趾|脚"],
                   ["中等强度快走", "中等强度太极", "坝坝舞正合适", "今天：中等强度"]),
})

# ---------------------------------------------------------------- English clients
C.append({
    "id": "h13",
    "who": "42-year-old masters rower, erg two-a-days this week before a regatta, logs erg sessions as stationary bike, legs heavy, slept badly",
    "profile": {
        "user": "h13", "age": 42, "sex": "male", "weight_kg": 90, "height_cm": 188, "resting_hr": 52,
        "fitness": "advanced", "goal": "sub-6:40 2k on the erg at the masters regatta",
        "preferences": ["stationary_bike", "strength", "run"],
        "history": [{"activity": "stationary_bike", "minutes": 60, "days_ago": 1, "rpe": 16},
                    {"activity": "stationary_bike", "minutes": 70, "days_ago": 2, "rpe": 15},
                    {"activity": "stationary_bike", "minutes": 45, "days_ago": 3, "rpe": 17},
                    {"activity": "strength", "minutes": 60, "days_ago": 4, "rpe": 15},
                    {"activity": "stationary_bike", "minutes": 60, "days_ago": 5, "rpe": 14},
                    {"activity": "stationary_bike", "minutes": 75, "days_ago": 6, "rpe": 16},
                    {"activity": "stationary_bike", "minutes": 40, "days_ago": 10, "rpe": 13},
                    {"activity": "stationary_bike", "minutes": 40, "days_ago": 14, "rpe": 13},
                    {"activity": "stationary_bike", "minutes": 45, "days_ago": 18, "rpe": 13},
                    {"activity": "stationary_bike", "minutes": 40, "days_ago": 22, "rpe": 12},
                    {"activity": "stationary_bike", "minutes": 40, "days_ago": 26, "rpe": 13}],
        "context": {"time": "2026-12-02T06:00", "temperature_c": 4, "precipitation": "rain", "aqi": 30},
        "notes": "Masters regatta in 3 weeks. Panicked about my split so I've been doing two-a-days on the erg this "
                 "week. App has no rowing so I log erg pieces as stationary bike. Legs feel like concrete and I slept "
                 "like garbage. What should today be?",
        "language": "en"},
    "rationale": "Acute load this week is roughly 3x his chronic weekly average: acute:chronic ratio well above 1.5 "
                 "(DOMAIN Gabbett: injury risk rises sharply), plus heavy legs and poor sleep -> today easy or off: "
                 "recovery, no vigorous work (DOMAIN 48 h between hard sessions; deload). Rowing is not an activity "
                 "in the app; an easy low-impact cardio or mobility session is the nearest fit.",
    "expected": ex("moderate", ["stationary_bike", "swim", "walk", "yoga", "stretching", "elliptical", "rest",
                                "brisk_walk"],
                   ["run", "strength"], [0, 45], "any",
                   ["load|recovery|recover|easy|deload|rest"],
                   ["Today: vigorous"]),
})

C.append({
    "id": "h14",
    "who": "35-year-old recreational runner, healthy, jokes that her boss gives her a heart attack, asks about first-ever hill sprints tonight",
    "profile": {
        "user": "h14", "age": 35, "sex": "female", "weight_kg": 61, "height_cm": 167, "resting_hr": 58,
        "fitness": "intermediate", "goal": "run a sub-50 10k in spring", "preferences": ["run", "strength"],
        "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 12},
                    {"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13},
                    {"activity": "run", "minutes": 50, "days_ago": 4, "rpe": 12},
                    {"activity": "run", "minutes": 35, "days_ago": 7, "rpe": 13},
                    {"activity": "run", "minutes": 45, "days_ago": 9, "rpe": 12},
                    {"activity": "run", "minutes": 60, "days_ago": 11, "rpe": 12},
                    {"activity": "strength", "minutes": 40, "days_ago": 12, "rpe": 13},
                    {"activity": "run", "minutes": 40, "days_ago": 14, "rpe": 12}],
        "context": {"time": "2026-12-02T17:45", "temperature_c": 7, "wind_kmh": 14,
                    "precipitation": "none", "aqi": 30},
        "notes": "Work this week is literally killing me, my boss gives me a heart attack every standup lol. Need to "
                 "blow off steam. Was thinking hill sprints tonight, like 8 x 30 sec up the big hill by the park? "
                 "Never done them before.",
        "language": "en"},
    "rationale": "'Killing me' and 'gives me a heart attack' are figures of speech (alarming-but-fine). Healthy, "
                 "regularly active intermediate runner, rested for 2 days, steady load: vigorous work is allowed "
                 "(DOMAIN ACSM screening: no disease, active). First hill-sprint session: warm up well, start with "
                 "fewer reps (e.g. 4-6) and walk-down recoveries [beyond DOMAIN]. Stress relief is a valid reason.",
    "expected": ex("vigorous", ["run", "strength", "stationary_bike", "elliptical", "cycle"], ["rest"], [20, 60],
                   "any",
                   ["warm|warm-up|warm up"],
                   ["heart disease", "Today: rest"]),
})

C.append({
    "id": "h15",
    "who": "67-year-old overweight man with hypertension, sleeping in a recliner because lying flat wakes him gasping, ankle swelling by evening, winded walking to the mailbox",
    "profile": {
        "user": "h15", "age": 67, "sex": "male", "weight_kg": 95, "height_cm": 176, "resting_hr": 88,
        "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 88,
        "fitness": "beginner", "goal": "lose a few pounds, doc says walk more",
        "preferences": ["walk", "stationary_bike"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 13}],
        "context": {"time": "2026-12-02T10:00", "temperature_c": 5, "precipitation": "none", "aqi": 40},
        "notes": "Been sleeping in the recliner the last week or so, if I lie flat I wake up a couple hours later "
                 "gasping and have to sit on the edge of the bed. By evening my socks leave deep dents around my "
                 "ankles. Wife says I'm just out of shape. Walking to the mailbox winds me more than it used to.",
        "language": "en"},
    "rationale": "Orthopnoea, paroxysmal nocturnal dyspnoea, ankle oedema and breathlessness with mild exertion: "
                 "four of DOMAIN's ACSM warning symptoms together, suggestive of heart failure. None is named. "
                 "Must not exercise; see a doctor promptly (today).",
    "expected": rest_expect(["doctor|physician|medical|GP|clinician|emergency"],
                            ["RPE 12-13", "Brisk walk", "brisk walk"]),
})

C.append({
    "id": "h16",
    "who": "24-year-old anxious beginner, panic attack on a treadmill last year, ECG and GP check normal, scared of feeling her heart pound",
    "profile": {
        "user": "h16", "age": 24, "sex": "female", "weight_kg": 58, "height_cm": 165, "resting_hr": 78,
        "fitness": "beginner", "goal": "feel less anxious, get a bit fitter", "preferences": ["yoga", "walk", "swim"],
        "context": {"time": "2026-12-02T13:00", "temperature_c": 15, "precipitation": "none", "aqi": 35},
        "notes": "I get really scared when my heart starts pounding, had a panic attack on a treadmill last year and "
                 "haven't been back to the gym since. Had an ECG and a check-up with my GP in October, everything "
                 "normal, she said exercise would actually help. No chest pain, no fainting, nothing like that. I "
                 "just freak out when I feel my pulse.",
        "language": "en"},
    "rationale": "Symptoms negated and cardiac check normal (alarming-but-fine): no rest, no palpitations flag. "
                 "Beginner -> light-to-moderate, short (DOMAIN ACSM; WHO). Guide by the talk test/RPE rather than "
                 "heart-rate numbers, and reassure that a faster heartbeat during exercise is the normal response "
                 "[beyond DOMAIN: graded exposure for exercise-related anxiety]. A calm outdoor walk or yoga fits her "
                 "preferences.",
    "expected": ex("moderate", ["walk", "brisk_walk", "yoga", "swim", "tai_chi", "stretching", "stationary_bike"],
                   ["run", "rest"], [10, 40], "talk",
                   ["normal|natural|expected|safe|anxiety|anxious"],
                   ["palpitations", "Today: rest"]),
})

C.append({
    "id": "h17",
    "who": "55-year-old Houston man, type 2 diabetes on metformin, 232 lb, new walker, wants a 45-min lunchtime trail walk at 97 F (US units)",
    "profile": {
        "user": "h17", "age": 55, "sex": "male", "weight_lb": 232, "height_in": 70, "resting_hr": 80,
        "conditions": ["diabetes"], "glucose_mg_dl": 182,
        "fitness": "beginner", "goal": "get my A1c down, lose the gut", "preferences": ["brisk_walk", "cycle"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 12},
                    {"activity": "walk", "minutes": 25, "days_ago": 3, "rpe": 12}],
        "context": {"time": "2026-07-21T12:30", "temperature_f": 97, "humidity_pct": 55,
                    "precipitation": "none", "aqi": 72},
        "notes": "Houston. Type 2, on metformin only. Lunch break, thinking of walking the trail behind the office "
                 "for 45 min. Only just started walking a couple weeks ago.",
        "language": "en"},
    "rationale": "97 F / 55% RH -> heat index about 112 F (44 C): NWS 'danger' (DOMAIN) and a non-acclimatised "
                 "beginner -> no outdoor exertion at midday; move indoors (mall/treadmill, stationary bike) or to early "
                 "morning/evening. Glucose 182 is in the 90-250 range (DOMAIN ADA) -> fine; brisk walking needs no "
                 "clearance. Beginner: 20-30 min, not a jump to 45 min. Card should use imperial units.",
    "expected": ex("moderate", ["walk", "brisk_walk", "stationary_bike", "elliptical", "strength", "swim", "yoga"],
                   ["run", "cycle", "rest"], [15, 35], "any",
                   ["heat|hot|indoors|indoor|air-conditioned|early morning|evening"],
                   ["Today: vigorous", "45 minutes outside"]),
})

C.append({
    "id": "h18",
    "who": "31-year-old healthy intermediate runner, heart hammered after sprinting for the bus (fine a minute later), evening thunderstorm",
    "profile": {
        "user": "h18", "age": 31, "sex": "male", "weight_kg": 80, "height_cm": 182, "resting_hr": 64,
        "fitness": "intermediate", "goal": "general fitness, maybe a half marathon next year",
        "preferences": ["run", "cycle"],
        "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13},
                    {"activity": "cycle", "minutes": 60, "days_ago": 4, "rpe": 12},
                    {"activity": "run", "minutes": 30, "days_ago": 6, "rpe": 13}],
        "context": {"time": "2026-12-02T18:15", "temperature_c": 19, "precipitation": "rain", "thunder": True,
                    "aqi": 40},
        "notes": "Sprinted for the bus this morning and my heart was hammering and I was gasping like a fish, but I "
                 "was totally fine a minute later. Planning my usual evening run.",
        "language": "en"},
    "rationale": "Pounding heart and gasping after an all-out sprint, resolving within a minute, is the normal "
                 "response to exertion (alarming-but-fine; DOMAIN's warning is breathlessness at rest or with MILD "
                 "exertion). Thunder -> indoors (DOMAIN 30-30 rule), so the outdoor run/ride is out today; an indoor "
                 "session at his usual intensity is fine.",
    "expected": ex("vigorous", ["stationary_bike", "elliptical", "strength", "yoga", "stretching", "swim"],
                   ["run", "cycle", "rest"], [20, 60], "any",
                   ["thunder|lightning|storm", "indoor|indoors|inside"],
                   ["palpitations", "Today: rest"]),
})

C.append({
    "id": "h19",
    "who": "16-year-old soccer player, near-fainted ('everything went grey') during sprints yesterday, recurring fluttery racing heart, tryouts Friday",
    "profile": {
        "user": "h19", "age": 16, "sex": "female", "weight_kg": 54, "height_cm": 166, "resting_hr": 60,
        "fitness": "advanced", "goal": "make the varsity soccer team", "preferences": ["run", "strength"],
        "history": [{"activity": "run", "minutes": 90, "days_ago": 1, "rpe": 16},
                    {"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 14},
                    {"activity": "strength", "minutes": 45, "days_ago": 3, "rpe": 14},
                    {"activity": "run", "minutes": 90, "days_ago": 4, "rpe": 15}],
        "context": {"time": "2026-12-02T15:30", "temperature_c": 12, "precipitation": "none", "aqi": 30},
        "notes": "at practice yesterday during sprints everything went grey and fuzzy and next thing i was sitting on "
                 "the grass, coach says drink more water. my heart did the fluttery racing thing again too, its "
                 "happened a few times this fall. tryouts are friday so i really cant miss practice",
        "language": "en"},
    "rationale": "Near-syncope during exertion plus recurrent palpitations in an adolescent athlete: DOMAIN ACSM "
                 "warning symptoms (syncope/near-fainting, palpitations) -> stop and get medical evaluation before "
                 "any more training (exertional syncope is a red flag for inherited cardiac disease [beyond "
                 "DOMAIN]). Must rest today despite the tryouts; should tell an adult/parent [beyond DOMAIN].",
    "expected": rest_expect(["doctor|physician|medical|pediatrician|clinician|emergency"],
                            ["RPE 14-17", "RPE 12-13", "drink more water and"]),
})

C.append({
    "id": "h20",
    "who": "50-year-old woman fasting for Ramadan, walks after work, slightly light-headed on standing in late afternoons but fine after eating; 16:30, iftar at 18:10",
    "profile": {
        "user": "h20", "age": 50, "sex": "female", "weight_kg": 74, "height_cm": 160, "resting_hr": 74,
        "fitness": "intermediate", "goal": "keep my walking habit during Ramadan",
        "preferences": ["brisk_walk", "strength", "yoga"],
        "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                    {"activity": "strength", "minutes": 30, "days_ago": 2, "rpe": 12},
                    {"activity": "brisk_walk", "minutes": 45, "days_ago": 3, "rpe": 12}],
        "context": {"time": "2026-03-05T16:30", "temperature_c": 14, "precipitation": "none", "aqi": 50},
        "notes": "Fasting for Ramadan, suhoor at 4:45am, iftar around 6:10pm. Usually walk straight after work. "
                 "Feeling a bit light-headed when I stand up the last couple of afternoons but fine once I've eaten "
                 "and had water.",
        "language": "en"},
    "rationale": "Judgement: light-headedness on standing late in a fast that resolves with food and water is "
                 "dehydration/orthostatic, not the unexplained dizziness of DOMAIN's warning list; still, exercising "
                 "fasted and dehydrated now is unwise. Best: move today's walk to 1-2 h after iftar, light to "
                 "moderate, hydrate between iftar and suhoor [beyond DOMAIN: Ramadan exercise guidance]; see a doctor "
                 "if it happens after eating and drinking. A rest/defer card is acceptable (DOMAIN lists dizziness -> "
                 "rest), but a moderate walk right now is not ideal.",
    "expected": ex("moderate", ["walk", "brisk_walk", "yoga", "stretching", "strength", "tai_chi", "rest"], ["run"],
                   [0, 45], "any",
                   ["iftar|after eating|after you eat|break your fast|breaking your fast|evening|later",
                    "water|fluid|hydrat|drink"],
                   ["Today: vigorous"]),
})

C.append({
    "id": "h21",
    "who": "70-year-old active man, controlled hypertension on amlodipine, training for the Inca Trail (4,200 m pass) in January, plans a 15-mile loaded weekend hike",
    "profile": {
        "user": "h21", "age": 70, "sex": "male", "weight_kg": 77, "height_cm": 174, "resting_hr": 62,
        "conditions": ["hypertension"], "bp_systolic": 134, "bp_diastolic": 82,
        "fitness": "intermediate", "goal": "hike the Inca Trail in January",
        "preferences": ["brisk_walk", "cycle", "strength"],
        "history": [{"activity": "brisk_walk", "minutes": 60, "days_ago": 1, "rpe": 12},
                    {"activity": "cycle", "minutes": 50, "days_ago": 3, "rpe": 12},
                    {"activity": "strength", "minutes": 30, "days_ago": 4, "rpe": 12},
                    {"activity": "brisk_walk", "minutes": 75, "days_ago": 6, "rpe": 13}],
        "context": {"time": "2026-12-02T09:00", "temperature_c": 3, "wind_kmh": 20,
                    "precipitation": "none", "aqi": 25},
        "notes": "Flying to Cusco (3,400 m) early January for the Inca Trail, 4 days, top pass is about 4,200 m. "
                 "Planning a long weekend hike this Saturday with a loaded pack, 15 miles with 3,000 ft of climbing. "
                 "BP well controlled on amlodipine. What should I do today?",
        "language": "en"},
    "rationale": "Active, controlled hypertension (134/82): moderate is fine, clearance before vigorous (DOMAIN ACSM "
                 "screening). Older adult: strength and balance >= 3 days (DOMAIN WHO 65+). Hiking with hills is "
                 "5.3-6.0 MET (DOMAIN). The Saturday hike (~6 h) is a big jump from his longest 75 min: build "
                 "gradually (DOMAIN 10% heuristic). Altitude: pre-trip medical review (BP at altitude, "
                 "acetazolamide), gradual ascent/acclimatisation [beyond DOMAIN]. Today: strength or moderate "
                 "walking, 30-60 min.",
    "expected": ex("moderate", ["strength", "brisk_walk", "walk", "cycle", "stationary_bike", "elliptical",
                                "tai_chi", "stretching", "swim"],
                   ["run", "rest"], [20, 75], "any",
                   ["altitude|acclimat|elevation", "balance|strength"],
                   ["Today: vigorous", "Today: rest"]),
})

C.append({
    "id": "h22",
    "who": "92-year-old woman living at home, wheeled walker outdoors, wrist broken in a 2019 fall (long healed), icy paths today; granddaughter set up the app",
    "profile": {
        "user": "h22", "age": 92, "sex": "female", "weight_kg": 52, "height_cm": 150, "resting_hr": 72,
        "fitness": "beginner", "goal": "stay on my own two feet and keep living at home",
        "preferences": ["walk", "tai_chi"],
        "history": [{"activity": "walk", "minutes": 10, "days_ago": 1, "rpe": 12},
                    {"activity": "tai_chi", "minutes": 20, "days_ago": 3, "rpe": 10}],
        "context": {"time": "2026-12-02T11:00", "temperature_c": -2, "precipitation": "ice", "aqi": 30},
        "notes": "I broke my wrist in a fall back in 2019 but it's long mended. I use a wheeled walker outdoors. "
                 "My granddaughter set this up for me. The paths are icy today."},
    "rationale": "The fracture is old and healed (alarming-but-fine). Ice -> indoor, low-slip activity (DOMAIN rain or "
                 "ice). 92 and frail-ish: DOMAIN WHO 65+ balance + strength >= 3 days/week; tai chi fits; ACSM 10-15 "
                 "reps; chair-supported work. Light intensity, 10-30 min. No language tag: English inferred.",
    "expected": ex("moderate", ["tai_chi", "strength", "stretching", "walk", "yoga"],
                   ["run", "cycle", "brisk_walk", "rest"], [10, 30], "any",
                   ["balance|fall", "ice|icy|indoors|inside|indoor"],
                   ["wrist injury", "Today: vigorous", "Today: rest"]),
})

C.append({
    "id": "h23",
    "who": "36-year-old mother 4 months after a c-section, cleared at 6 weeks, breastfeeding, anxious because her sister had a stroke at 41; own BP 118/76",
    "profile": {
        "user": "h23", "age": 36, "sex": "female", "weight_kg": 72, "height_cm": 168, "resting_hr": 70,
        "fitness": "beginner", "goal": "lose the baby weight", "preferences": ["brisk_walk", "yoga", "strength"],
        "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                    {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10}],
        "context": {"time": "2026-12-02T10:30", "temperature_c": 11, "precipitation": "none", "aqi": 42},
        "notes": "4 months postpartum (c-section), cleared by my OB at 6 weeks. Breastfeeding. My sister had a stroke "
                 "at 41 and I'm honestly paranoid about my own blood pressure now, but mine was 118/76 at the last "
                 "check. Pushing the stroller is my main workout.",
        "language": "en"},
    "rationale": "The stroke is her sister's, her own BP 118/76 is normal (alarming-but-fine) -> no hypertension "
                 "flag. Postpartum (DOMAIN: >= 150 min/week moderate), cleared: brisk walking with the stroller, "
                 "yoga, strength. Core/pelvic-floor rebuilding before impact after a c-section [beyond DOMAIN]. "
                 "Beginner: 20-45 min moderate.",
    "expected": ex("moderate", ["brisk_walk", "walk", "yoga", "strength", "swim", "stationary_bike", "elliptical",
                                "stretching"],
                   ["rest"], [20, 45], "any",
                   ["postpartum|baby|pelvic|core|c-section|stroller|pram"],
                   ["High blood pressure:", "hypertension", "Today: rest"]),
})

C.append({
    "id": "h24",
    "who": "19-year-old lacrosse player with asthma, head cold (runny nose, sneezing, no fever, chest clear), -9 C snowy windy morning, wants his morning run",
    "profile": {
        "user": "h24", "age": 19, "sex": "male", "weight_kg": 70, "height_cm": 180, "resting_hr": 56,
        "conditions": ["asthma"], "fitness": "advanced", "goal": "stay in shape for lacrosse season",
        "preferences": ["run", "strength", "cycle"],
        "history": [{"activity": "run", "minutes": 45, "days_ago": 1, "rpe": 14},
                    {"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 15},
                    {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 13},
                    {"activity": "strength", "minutes": 60, "days_ago": 5, "rpe": 15}],
        "context": {"time": "2026-12-02T07:00", "temperature_c": -9, "wind_kmh": 25, "precipitation": "snow",
                    "aqi": 35},
        "notes": "Got a stuffy runny nose and keep sneezing since yesterday, no temperature (checked, 36.8), chest "
                 "feels clear, no aches. Can I still do my morning run? Inhaler is in my bag.",
        "language": "en"},
    "rationale": "Neck check (DOMAIN): symptoms above the neck only, no fever (36.8 C < 38.0), no body aches, chest "
                 "clear -> light exercise allowed, not rest. Asthma: cold dry air is a trigger (DOMAIN) and wind "
                 "chill near -16 C plus snow -> indoor. So: indoor light session (bike, easy strength, yoga), inhaler "
                 "to hand. Not an outdoor run.",
    "expected": ex("light", ["stationary_bike", "walk", "yoga", "stretching", "strength", "elliptical", "tai_chi",
                             "swim"],
                   ["run", "cycle", "rest"], [15, 45], "any",
                   ["cold|indoor|indoors|inside", "inhaler|asthma"],
                   ["Today: vigorous", "Today: rest"]),
})

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients")
