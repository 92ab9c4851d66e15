#!/usr/bin/env python3
"""Blind expert panel 37: 24 invented clients for motion-advisor.

Written by the reviewer (ACSM clinical exercise physiologist) BEFORE any run.
Each line of clients.jsonl: id, profile, must_rest, rest_ok, must_mention,
must_not_say, bad_activities, json_checks, expectation.
"""
import json

C = []


def add(id, profile, must_rest, rest_ok, must_mention, must_not_say, bad, json_checks, expectation):
    C.append(dict(id=id, profile=profile, must_rest=must_rest, rest_ok=rest_ok,
                  must_mention=must_mention, must_not_say=must_not_say,
                  bad_activities=bad, json_checks=json_checks, expectation=expectation))


ALL_ACTIVE = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching"]

# ---------------- must-rest clients ----------------
add("h01", {
    "user": "h01", "age": 58, "sex": "male", "weight_kg": 78, "height_cm": 170,
    "fitness": "beginner", "goal": "控制体重", "preferences": ["快走", "骑自行车"],
    "context": {"time": "2026-12-02T07:30", "temperature_c": 6, "aqi": 60},
    "notes": "昨天下午爬楼梯上五楼，胸口突然发紧，像压了块石头，还往左胳膊那边窜，"
             "歇了五六分钟才缓过来。今天早上还好，想出去快走一圈。"},
    True, True, ["医生|就医|急诊|120|医院"], [r"RPE 1[4-9]"], ALL_ACTIVE, {},
    "Exertional chest pressure radiating to the left arm, relieved by rest = classic angina "
    "equivalent (ACSM major symptom). Must NOT exercise today; urgent medical evaluation, "
    "mention 120 if it recurs at rest. Symptom given only in the notes (symptoms field empty).")

add("h02", {
    "user": "h02", "age": 34, "sex": "female", "weight_lb": 142, "height_in": 65,
    "fitness": "intermediate", "goal": "stay fit", "preferences": ["stationary_bike", "strength"],
    "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 3, "rpe": 14}],
    "context": {"time": "2026-12-02T18:00", "temperature_f": 38},
    "notes": "Thermometer said 101.8 this morning, my whole body aches and I've got chills. "
             "I really hate missing my Wednesday spin class though - can I just go easy?"},
    True, True, [r"(?i)fever|temperature", r"(?i)\brest\b"], [r"(?i)go easy.*spin|spin.*is fine"],
    ALL_ACTIVE, {},
    "Fever 101.8 F (38.8 C) with body aches = below-the-neck systemic illness: rest, no spin "
    "class, fluids; answer her question ('no'). Fever only as a number in notes.")

add("h03", {
    "user": "h03", "age": 67, "sex": "female", "weight_kg": 61, "height_cm": 155,
    "conditions": ["hypertension"], "fitness": "intermediate", "goal": "保持健康",
    "preferences": ["walk", "tai_chi"], "language": "zh-HK",
    "context": {"time": "2026-12-02T08:00", "temperature_c": 18, "aqi": 45},
    "notes": "今朝起身量咗血壓，186/118，個頭有啲痛，仲有少少矇。平時有食開降血壓藥。"
             "約咗班姊妹九點去行山，應該冇事嘅？"},
    True, True, ["999|醫生|求醫|急症|醫院", "血壓"], ["医生|运动|血压"], ALL_ACTIVE, {},
    "Cantonese, zh-HK. BP 186/118 with headache and blurred vision = hypertensive crisis "
    "(>180/>110 ACSM no-start; >180/120 AHA). Must rest, urgent care, 999 (HK). Card must "
    "be in Traditional script. BP only in notes.")

add("h04", {
    "user": "h04", "age": 31, "sex": "female", "weight_kg": 72, "height_cm": 168,
    "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "healthy pregnancy",
    "preferences": ["yoga", "walk", "swim"],
    "context": {"time": "2026-12-02T10:00", "temperature_c": 15},
    "notes": "I'm 30 weeks pregnant. Noticed some light bleeding this morning and a tightening "
             "in my belly every 10 minutes or so - probably nothing? I still want to do my "
             "prenatal yoga class at noon."},
    True, True, [r"(?i)bleed|contraction|tighten", r"(?i)doctor|midwife|obstetric|maternity|911|emergency|care"],
    [r"(?i)lie (flat )?on your back"], ALL_ACTIVE, {},
    "Vaginal bleeding + regular contractions at 30 wk = ACOG stop signs. Rest, contact "
    "midwife/obstetric triage now. Warning only in notes.")

# ---------------- environment ----------------
add("h05", {
    "user": "h05", "age": 30, "sex": "female", "weight_kg": 55, "height_cm": 163,
    "fitness": "intermediate", "goal": "保持身材", "preferences": ["跑步", "骑自行车"],
    "context": {"time": "2026-12-02T07:00", "temperature_c": -2, "aqi": 420},
    "notes": "今天北京雾霾特别重，手机上显示AQI 420，窗外啥也看不见。平时每天早上沿河跑5公里。"},
    False, True, ["空气|雾霾|AQI|污染", "室内|在家|不要外出|户外"], [], ["run", "cycle"],
    {"intensity_not": "vigorous"},
    "AQI 420 = hazardous: everyone avoids outdoor activity. Indoor moderate exercise "
    "(stationary bike, strength, yoga, elliptical) or rest is fine; no outdoor run/cycle.")

add("h17", {
    "user": "h17", "age": 25, "sex": "male", "weight_kg": 68, "height_cm": 175,
    "fitness": "intermediate", "goal": "提高耐力", "preferences": ["跑步"],
    "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 13}],
    "context": {"time": "2026-07-15T14:00", "temperature_c": 36, "humidity_pct": 70,
                "wind_kmh": 5, "aqi": 55},
    "notes": "上周刚从哈尔滨调到广州上班，还没适应这边的天气。下午两点想去江边跑个10公里。"},
    False, True, ["高温|炎热|中暑|热|补水"], [], ["run", "cycle", "brisk_walk"],
    {"intensity_not": "vigorous"},
    "36 C, 70% RH (heat index ~50 C, danger), not acclimatised: cancel outdoor run; move "
    "indoors (air-conditioned) or evening, hydrate; explain heat illness and acclimatisation.")

add("h16", {
    "user": "h16", "age": 29, "sex": "female", "weight_kg": 60, "height_cm": 166,
    "conditions": ["asthma"], "fitness": "intermediate", "goal": "run a 10K in spring",
    "preferences": ["run", "cycle"],
    "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13}],
    "context": {"time": "2026-12-02T17:30", "temperature_c": 12, "aqi": 165},
    "notes": "Wildfire smoke is drifting in again, the app says AQI 165. My asthma is mostly "
             "controlled, I use my blue inhaler maybe once a week. Planning a tempo run on the trail."},
    False, True, [r"(?i)AQI|air quality|smoke", r"(?i)indoor|inside|gym|treadmill"], [],
    ["run", "cycle"], {"intensity_not": "vigorous"},
    "Asthma = sensitive group; AQI 165 unhealthy -> avoid prolonged/heavy outdoor exertion, "
    "prefer indoor. Moderate indoor session fine; carry inhaler. No outdoor tempo run.")

add("h21", {
    "user": "h21", "age": 26, "sex": "male", "weight_kg": 70, "height_cm": 176,
    "fitness": "intermediate", "goal": "維持體能", "preferences": ["跑步"],
    "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
                {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 12}],
    "context": {"time": "2026-12-02T06:30", "temperature_c": -6, "wind_kmh": 20, "aqi": 40},
    "notes": "我有氣喘，平常控制得不錯，出門前會先噴一下吸入劑。最近寒流來，早上零下好幾度。"
             "請問冬天在外面跑步會不會誘發氣喘？需要戴口罩或圍巾嗎？"},
    False, False, ["冷|寒|低溫", "吸入|噴|藥"], ["运动|医生|气喘|温度"], [],
    {"intensity_not": "vigorous"},
    "Traditional script (Taiwan), no language tag. Controlled asthma + cold dry air: may run "
    "carefully; warm-up, cover mouth/nose (scarf/mask), inhaler before, or go indoors; "
    "answer his question. Asthma only in notes. Rest would be over-cautious.")

# ---------------- traps: must NOT be rested ----------------
add("h06", {
    "user": "h06", "age": 42, "sex": "male", "weight_kg": 84, "height_cm": 180,
    "fitness": "intermediate", "goal": "stay ahead of heart problems", "preferences": ["cycle", "run"],
    "history": [{"activity": "cycle", "minutes": 50, "days_ago": 2, "rpe": 13},
                {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13}],
    "context": {"time": "2026-12-02T17:00", "temperature_c": 14, "aqi": 35},
    "notes": "My dad had a heart attack last year at 70, so I want to stay ahead of it. "
             "I feel great, no symptoms, my checkup in October was all clear."},
    False, False, [], [r"Heart disease:|your heart (disease|condition)|medical clearance before (any|all)"],
    ["rest"], {},
    "Someone else's illness (father's MI). Healthy, active 42-y-o: normal moderate or even "
    "vigorous aerobic session; no heart-disease restrictions; may mention family history positively.")

add("h07", {
    "user": "h07", "age": 38, "sex": "female", "weight_kg": 74, "height_cm": 160,
    "fitness": "beginner", "goal": "减肥", "preferences": ["快走", "游泳"],
    "context": {"time": "2026-12-02T19:30", "temperature_c": 10, "aqi": 70},
    "notes": "我没有胸痛，也不头晕，血压血糖体检都正常，就是这两年胖了十几斤，想开始运动减肥。"},
    False, False, ["减|体重|热量|千卡"], ["今天休息|先就医|请先看医生|立即停止运动"], ["rest"],
    {"intensity_not": "vigorous"},
    "Negation trap: no chest pain, no dizziness. Beginner wanting weight loss: brisk walk or "
    "swim 20-30 min moderate, progression toward 150-300 min/week.")

add("h08", {
    "user": "h08", "age": 36, "sex": "male", "weight_kg": 70, "height_cm": 178,
    "fitness": "advanced", "goal": "half marathon under 1:40", "preferences": ["run"],
    "history": [{"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 12},
                {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 15},
                {"activity": "run", "minutes": 90, "days_ago": 6, "rpe": 13},
                {"activity": "run", "minutes": 45, "days_ago": 9, "rpe": 12},
                {"activity": "run", "minutes": 40, "days_ago": 11, "rpe": 15},
                {"activity": "run", "minutes": 85, "days_ago": 13, "rpe": 13}],
    "context": {"time": "2026-12-02T06:30", "temperature_c": 9, "aqi": 30},
    "notes": "Broke my left ankle playing rugby back in 2015 - it healed completely and I've "
             "run three half marathons since without any problems. Building toward a spring PB."},
    False, False, [], [r"(?i)ankle injury|low.impact only|avoid (impact|running)"], ["rest"], {},
    "Healed injury 11 years ago; an advanced runner with steady load: running is right "
    "(easy or quality session). Must not apply ankle-injury restrictions.")

add("h09", {
    "user": "h09", "age": 33, "sex": "male", "weight_kg": 76, "height_cm": 174,
    "fitness": "intermediate", "goal": "减压", "preferences": ["跑步", "力量训练"],
    "history": [{"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13}],
    "context": {"time": "2026-12-02T20:00", "temperature_c": 12, "aqi": 50},
    "notes": "这周加班加得我快累死了，心累，老板气得我心脏病都要犯了哈哈。身体其实没毛病，"
             "上个月体检一切正常。今晚想去跑一跑发泄一下。"},
    False, False, [], ["心脏病：|心脏病患者|请先就医|先看医生|今天休息"], ["rest"], {},
    "Figures of speech (累死, 心脏病都要犯了 as a joke), healthy. Moderate run or strength is "
    "fine; stress-relief explanation; no cardiac restrictions.")

add("h10", {
    "user": "h10", "age": 28, "sex": "female", "weight_kg": 58, "height_cm": 170,
    "fitness": "advanced", "goal": "faster 5K", "preferences": ["run", "strength"],
    "history": [{"activity": "run", "minutes": 45, "days_ago": 1, "rpe": 11},
                {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 16},
                {"activity": "strength", "minutes": 40, "days_ago": 4, "rpe": 13},
                {"activity": "run", "minutes": 60, "days_ago": 6, "rpe": 12},
                {"activity": "run", "minutes": 40, "days_ago": 10, "rpe": 16},
                {"activity": "run", "minutes": 60, "days_ago": 13, "rpe": 12}],
    "context": {"time": "2026-12-02T17:30", "temperature_c": 16, "aqi": 25},
    "notes": "After my 400 m repeats I'm completely out of breath and my heart pounds for a "
             "minute or two, then it settles. That's just normal hard-training stuff, right? "
             "Otherwise I feel fresh."},
    False, False, [], [r"(?i)stop and see a doctor|seek medical|do not exercise"], ["rest"], {},
    "Normal exertional breathlessness / heart-rate response after intervals in a trained "
    "runner, resolves quickly. Train as normal; may reassure; answer question.")

add("h11", {
    "user": "h11", "age": 72, "sex": "female", "weight_kg": 58, "height_cm": 152,
    "fitness": "beginner", "goal": "腳有力、不要跌倒", "preferences": ["散步", "太極"],
    "language": "zh-TW",
    "context": {"time": "2026-12-02T09:00", "temperature_c": 20, "aqi": 50},
    "notes": "我今年七十二歲，膝蓋退化，走久了會痠，上下樓梯比較吃力。去年在浴室滑了一跤，"
             "現在很怕再跌倒。醫生說要多動，想知道做什麼比較好。"},
    False, False, ["平衡|跌倒", "太極|力量|肌力"], ["运动|医生|膝盖"], ["run", "rest"],
    {"intensity_not": "vigorous"},
    "Older adult, knee OA, fear of falls: multicomponent (balance + strength) >=3 d/wk, tai chi "
    "fits; light-moderate; low impact; Traditional card. Knee only in notes.")

add("h12", {
    "user": "h12", "age": 14, "sex": "male", "weight_kg": 52, "height_cm": 165,
    "fitness": "intermediate", "goal": "get faster for soccer", "preferences": ["run", "strength"],
    "history": [{"activity": "run", "minutes": 60, "days_ago": 1, "rpe": 14},
                {"activity": "run", "minutes": 60, "days_ago": 3, "rpe": 14}],
    "context": {"time": "2026-12-02T16:00", "temperature_c": 13, "aqi": 40},
    "notes": "I'm 14 and play soccer twice a week. Coach says I need more speed. "
             "Can I lift weights at my age?"},
    False, False, [], [r"(?i)too young|not (safe|suitable) for (children|teens)"], ["rest"],
    {"min_minutes": 30},
    "Youth: >=60 min/day MVPA, vigorous + muscle/bone strengthening 3 d/wk. Supervised "
    "strength with good technique is safe; answer his question. Sprint/agility run fine.")

add("h13", {
    "user": "h13", "age": 32, "sex": "female", "weight_kg": 66, "height_cm": 162,
    "fitness": "beginner", "goal": "产后恢复身材", "preferences": ["跑步", "瑜伽"],
    "context": {"time": "2026-12-02T10:00", "temperature_c": 14, "aqi": 60},
    "notes": "生完宝宝四个月了，顺产，六周复查医生说可以慢慢恢复运动。现在还在喂奶。"
             "肚子中间有两指宽的分离，一跳就有点漏尿。以前爱跑步，想重新开始。"},
    False, False, ["盆底|漏尿|腹直肌|产后"], [], ["run", "rest"],
    {"intensity_not": "vigorous"},
    "Postpartum 4 mo, cleared, breastfeeding, diastasis recti + stress incontinence: "
    "moderate low-impact (brisk walk, swim, yoga) + pelvic floor/core; no running/jumping yet; "
    "refer to pelvic-floor physio. Pregnancy status only in notes (not pregnant now).")

add("h14", {
    "user": "h14", "age": 24, "sex": "male", "weight_kg": 73, "height_cm": 181,
    "conditions": ["diabetes"], "glucose_mg_dl": 82, "fitness": "intermediate",
    "goal": "stay fit", "preferences": ["run", "cycle"],
    "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                {"activity": "cycle", "minutes": 60, "days_ago": 4, "rpe": 12}],
    "context": {"time": "2026-12-02T17:00", "temperature_c": 11, "aqi": 30},
    "notes": "Type 1 since I was 9, on a pump. Just checked: 82 before my evening run."},
    False, False, [r"(?i)carb|15.?30 ?g|snack", r"(?i)glucose|sugar"], [], ["rest"], {},
    "T1D on insulin, pre-exercise glucose 82 mg/dl (<90): take 15-30 g carbs first, then run; "
    "carry fast carbs, recheck. Rest not needed.")

add("h15", {
    "user": "h15", "age": 55, "sex": "male", "weight_kg": 88, "height_cm": 170,
    "conditions": ["diabetes"], "glucose_mg_dl": 290, "fitness": "beginner",
    "goal": "控制血糖", "preferences": ["快走", "太极"],
    "context": {"time": "2026-12-02T19:00", "temperature_c": 8, "aqi": 80},
    "notes": "二型糖尿病五年了，吃二甲双胍。晚饭后测了一下血糖290，用试纸测了尿酮，是阴性。"
             "想饭后出去走走。"},
    False, True, ["酮", "血糖"], [], ["run"], {"intensity_not": "vigorous", "max_minutes": 45},
    "T2D, 290 mg/dl with negative ketones: mild-moderate post-meal walk is fine and helpful; "
    "no vigorous; hydrate; recheck. Should acknowledge the ketone test.")

add("h18", {
    "user": "h18", "age": 61, "sex": "male", "weight_lb": 262, "height_in": 69,
    "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 86,
    "fitness": "beginner", "goal": "lose weight", "preferences": ["walk", "stationary_bike"],
    "context": {"time": "2026-12-02T09:00", "temperature_f": 41, "aqi": 30},
    "notes": "Haven't really exercised since college. On lisinopril, BP runs about 138/86. "
             "My knees ache going down stairs. Doc wants me to lose 30 pounds."},
    False, False, [r"(?i)knee|low.impact|joint"], [r"\bkg\b"], ["run", "rest"],
    {"intensity_not": "vigorous"},
    "Inactive 61-y-o, obese (BMI ~38.7), controlled HTN, knee pain: low-impact moderate "
    "(stationary bike, walking), 15-25 min start, progression; clearance before vigorous; "
    "imperial units on the card. Knee only in notes.")

add("h19", {
    "user": "h19", "age": 34, "sex": "male", "weight_kg": 71, "height_cm": 177,
    "fitness": "intermediate", "goal": "跑全马", "preferences": ["跑步"],
    "history": [{"activity": "run", "minutes": 100, "days_ago": 0, "rpe": 15},
                {"activity": "run", "minutes": 90, "days_ago": 1, "rpe": 16},
                {"activity": "run", "minutes": 120, "days_ago": 2, "rpe": 15},
                {"activity": "run", "minutes": 80, "days_ago": 3, "rpe": 16},
                {"activity": "run", "minutes": 110, "days_ago": 4, "rpe": 15},
                {"activity": "run", "minutes": 150, "days_ago": 6, "rpe": 15},
                {"activity": "run", "minutes": 40, "days_ago": 10, "rpe": 12},
                {"activity": "run", "minutes": 45, "days_ago": 14, "rpe": 12},
                {"activity": "run", "minutes": 40, "days_ago": 18, "rpe": 12},
                {"activity": "run", "minutes": 45, "days_ago": 22, "rpe": 12},
                {"activity": "run", "minutes": 40, "days_ago": 26, "rpe": 12}],
    "context": {"time": "2026-12-02T18:00", "temperature_c": 10, "aqi": 45},
    "notes": "离比赛只剩六周了，这周一下子把跑量加上去了，每天都跑。小腿有点酸胀，胫骨前面按着有点疼。"},
    False, True, ["负荷|跑量|恢复|增加"], [], [], {"intensity_not": "vigorous", "max_minutes": 45},
    "Acute:chronic ratio ~4 (650 min vs ~40/wk avg baseline), shin tenderness (possible "
    "early stress reaction): rest or easy low-impact cross-training (swim, bike) today; "
    "cut volume; 10% rule; see a clinician if bone pain persists. Run today is poor.")

add("h20", {
    "user": "h20", "age": 45, "sex": "female", "weight_kg": 80, "height_cm": 165,
    "fitness": "beginner", "goal": "feel better", "preferences": ["walk", "yoga"],
    "context": {"time": "2026-12-02T11:00", "temperature_c": 9, "aqi": 35},
    "notes": "I've been really low for months, some days I can't get out of bed. My GP "
             "diagnosed depression and said walking might help alongside my meds. "
             "I haven't exercised in years and I can't face a gym."},
    False, False, [r"(?i)walk|yoga"], [], ["rest", "run"], {"max_minutes": 40,
                                                            "intensity_not": "vigorous"},
    "Depression, deconditioned: short, achievable light-moderate walk or gentle yoga "
    "(10-20 min), warm, non-judgemental tone, mood benefit explained; no gym. Rest would "
    "reinforce inactivity.")

add("h22", {
    "user": "h22", "age": 66, "sex": "male", "weight_kg": 80, "height_cm": 172,
    "conditions": ["heart_disease"], "resting_hr": 62, "fitness": "intermediate",
    "goal": "get fitter after my stent", "preferences": ["brisk_walk", "stationary_bike"],
    "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 12},
                {"activity": "stationary_bike", "minutes": 30, "days_ago": 4, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12}],
    "context": {"time": "2026-12-02T10:00", "temperature_c": 12, "aqi": 40},
    "notes": "Had a stent put in 8 months ago, finished 12 weeks of cardiac rehab. I walk most "
             "days, no chest pain or breathlessness. On a beta blocker. Can I start jogging?"},
    False, False, [r"(?i)cardiolog|doctor|clearance|physician", r"(?i)chest"], [],
    ["rest", "run"], {"intensity_not": "vigorous"},
    "Stable CAD, active, asymptomatic: moderate fine; vigorous/jogging needs clearance. "
    "Beta blocker -> RPE rather than HR zone; warning symptoms listed. Answer jogging question.")

add("h23", {
    "user": "h23", "age": 22, "sex": "male", "weight_kg": 72, "height_cm": 183,
    "fitness": "intermediate", "goal": "保持状态", "preferences": ["跑步", "力量训练"],
    "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 13}],
    "context": {"time": "2026-12-02T16:00", "temperature_c": 15, "aqi": 50},
    "notes": "前天打篮球落地踩到别人脚，右脚踝崴了，现在还有点肿，走路有点瘸。"},
    False, True, ["踝|脚"], [], ["run", "brisk_walk", "walk"], {"intensity_not": "vigorous"},
    "Acute ankle sprain day 2, swelling, limping: relative rest, non-weight-bearing work "
    "(upper-body strength, swim, stationary bike if pain-free); no run or long walk. Sprain "
    "only in notes.")

add("h24", {
    "user": "h24", "age": 31, "sex": "female", "weight_kg": 62, "height_cm": 168,
    "fitness": "intermediate", "goal": "stay consistent", "preferences": ["run", "yoga"],
    "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
                {"activity": "yoga", "minutes": 45, "days_ago": 3, "rpe": 10}],
    "context": {"time": "2026-12-02T12:30", "temperature_f": 55},
    "notes": "Stuffy nose and sneezing since yesterday, just a head cold. No fever (98.9 this "
             "morning), no aches, chest is clear. Feel okay otherwise."},
    False, True, [], [r"(?i)you have a fever"], [], {"intensity_not": "vigorous"},
    "Neck check: symptoms above the neck only, afebrile: light-moderate exercise allowed "
    "(easy run or yoga), reduce intensity, stop if worse. Rest acceptable but not required.")

C.sort(key=lambda c: c["id"])
assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C))
