#!/usr/bin/env python3
"""Blind expert panel 38: 24 invented clients for motion-advisor.

Writes clients.jsonl (one JSON object per line).  Written before any run of
the program; frozen with SHA256SUMS.
"""
import json
import os

ALL_ACTIVE = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi",
              "strength", "stationary_bike", "elliptical", "stretching"]
HANT_LEAK = "[运动这时钟医们没应该]"  # simplified characters in a Traditional card


def runs(spec):
    """spec: list of (days_ago, minutes, rpe) -> history entries for running."""
    return [{"activity": "run", "minutes": m, "days_ago": d, "rpe": r} for d, m, r in spec]


C = []


def add(**kw):
    C.append(kw)


# ---------------------------------------------------------------- Chinese (12)
add(id="h01", lang="zh",
    who="58岁男，高血压，昨日爬楼胸口压榨感+左臂麻（疑似心绞痛），今天想快走",
    profile={"age": 58, "sex": "male", "weight_kg": 82, "height_cm": 172,
             "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 92,
             "fitness": "beginner", "goal": "控制血压", "preferences": ["brisk_walk"],
             "context": {"time": "2026-12-02T07:00", "temperature_c": 6, "aqi": 60},
             "notes": "昨天傍晚爬楼梯回家，爬到四楼胸口突然发闷，像压了块石头，左胳膊也有点麻，歇了五六分钟才缓过来。今天早上好像没事了，还想按老习惯去公园快走半小时。",
             "language": "zh-CN"},
    must_rest=True, rest_ok=True,
    must_mention=["医生|就医|医院|急诊|120", "胸"],
    must_not_say=["(拨打|打|电话|急救)\\s*(999|119)"],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="Exertional chest pressure radiating to the left arm, relieved by rest = possible angina (ACSM warning sign). Do not exercise today; see a doctor promptly (emergency 120 if it recurs at rest). A walk is not acceptable.")

add(id="h02", lang="zh",
    who="32岁孕28周，产检正常，孕前游泳快走；问能否做仰卧起坐/平板支撑",
    profile={"age": 32, "sex": "female", "weight_kg": 66, "height_cm": 163,
             "conditions": ["pregnancy"], "fitness": "intermediate",
             "goal": "孕期保持体能，顺产", "preferences": ["swim", "brisk_walk", "yoga"],
             "history": [{"activity": "swim", "minutes": 30, "days_ago": 2, "rpe": 12},
                         {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 11}],
             "context": {"time": "2026-12-02T10:00", "temperature_c": 15},
             "notes": "怀孕28周了，产检都正常，医生说可以继续运动。孕前一直游泳和快走。想问一下：现在还能不能练腹肌，比如仰卧起坐、平板支撑？"},
    must_rest=False, rest_ok=False,
    must_mention=["孕", "仰卧|平躺|躺"],
    must_not_say=[],
    bad_activities=["rest", "run", "cycle"], json_checks={"intensity_not": "vigorous"},
    expectation="Uncomplicated pregnancy, active before: moderate swim or brisk walk ~30 min, >=150 min/week. Answer the question: no supine work (sit-ups) after the first trimester; modified/side planks, pelvic floor work OK. Warning signs listed (bleeding, contractions, fluid, dizziness...).")

add(id="h03", lang="zh-Hant",
    who="70歲香港婆婆，骨質疏鬆，舊年跌過，行路唔穩（粵語）",
    profile={"age": 70, "sex": "female", "weight_kg": 48, "height_cm": 152,
             "fitness": "beginner", "goal": "唔想再跌倒",
             "context": {"time": "2026-12-02T08:30", "temperature_c": 18},
             "notes": "我今年七十歲，舊年喺街市跌咗一跤，骨質疏鬆，而家行路有啲唔穩，要扶住欄杆。醫生叫我多啲郁動，但我好驚再跌。",
             "language": "zh-HK"},
    must_rest=False, rest_ok=False,
    must_mention=["平衡|太極|跌"],
    must_not_say=[HANT_LEAK, "(撥打|致電|打|電話|急救)\\s*(120|119)"],
    bad_activities=["run", "cycle", "rest"], json_checks={"intensity_not": "vigorous"},
    expectation="Frail older faller with osteoporosis: tai chi / supported balance + light strength (sit-to-stand, heel raises, holding a rail), 15-30 min light-moderate, 3+ days/week balance-strength. Traditional script, 999 if any emergency number. Not running/outdoor cycling; not rest.")

add(id="h04", lang="zh",
    who="45岁男，2型糖尿病打胰岛素，空腹血糖4.2（76 mg/dl），想空腹骑车40分钟",
    profile={"age": 45, "sex": "male", "weight_kg": 90, "height_cm": 175,
             "conditions": ["diabetes"], "glucose_mg_dl": 76,
             "fitness": "intermediate", "goal": "控糖减重", "preferences": ["cycle"],
             "context": {"time": "2026-12-02T07:15", "temperature_c": 12},
             "notes": "2型糖尿病，打胰岛素（晚上打长效）。今早空腹测了下血糖4.2，还没吃早饭，想骑车40分钟再去上班。"},
    must_rest=False, rest_ok=True,
    must_mention=["碳水|先吃|进食|加餐|15-30|15～30|饼干|果汁|补充"],
    must_not_say=[],
    bad_activities=[], json_checks={},
    expectation="Insulin user with 76 mg/dl (<90): take 15-30 g carbohydrate first (ADA 2016), recheck, then moderate cycling OK; carry fast sugar; stop on hypo symptoms.")

add(id="h05", lang="zh",
    who="26岁女，情绪低落两个月、失眠（抑郁样），明确否认胸痛头晕心慌",
    profile={"age": 26, "sex": "female", "weight_kg": 55, "height_cm": 160,
             "fitness": "beginner", "goal": "心情好一点", "preferences": ["run", "yoga"],
             "context": {"time": "2026-12-02T19:30", "temperature_c": 14},
             "notes": "最近两个月心情一直很低落，晚上睡不着，早上起不来，对什么都提不起兴趣。没有胸痛，也没有头晕心慌，身体检查都正常。朋友说跑步能让人开心，我想试试但又怕坚持不下来。"},
    must_rest=False, rest_ok=False,
    must_mention=["心情|情绪|抑郁|压力|低落"],
    must_not_say=["胸痛|头晕|心慌|心悸"],
    bad_activities=["rest"], json_checks={},
    expectation="Negation trap: no symptoms. Beginner: easy run/walk intervals or brisk walk 20-30 min, enjoyable, social, small achievable goal; mention that persistent low mood for 2 months deserves a talk with a doctor/counsellor. Must not be rested or warned about chest pain/dizziness.")

add(id="h06", lang="zh",
    who="35岁男，跑者；父亲冠心病放支架（他人疾病陷阱），想跑节奏跑",
    profile={"age": 35, "sex": "male", "weight_kg": 72, "height_cm": 178,
             "fitness": "intermediate", "goal": "半马跑进1小时50分", "preferences": ["run"],
             "history": runs([(2, 30, 13), (4, 35, 13), (6, 50, 12), (9, 30, 13), (11, 30, 13),
                              (13, 45, 12), (16, 30, 13), (18, 30, 13), (20, 45, 12), (23, 30, 13),
                              (25, 30, 13), (27, 40, 12)]),
             "context": {"time": "2026-12-02T18:30", "temperature_c": 16, "aqi": 45},
             "notes": "我爸有冠心病，上个月刚放了两个支架，我这阵子下班就去医院陪他。我自己身体一直挺好，体检没问题，每周跑三次。今天想跑个节奏跑。"},
    must_rest=False, rest_ok=False,
    must_mention=["跑"],
    must_not_say=["冠心病|心脏病|支架|医生许可|获得医生"],
    bad_activities=["rest", "walk", "stretching", "swim"], json_checks={},
    expectation="Someone else's illness. Healthy trained runner: tempo run (e.g. 10 min easy + 15-20 min at RPE 14-15 + cool-down) is fine. No cardiac warnings for him. Could mention stress/sleep of caring for father.")

add(id="h07", lang="zh",
    who="40岁女，哮喘，北京重度雾霾AQI 235，平时公园快走；家有瑜伽垫和室内单车",
    profile={"age": 40, "sex": "female", "weight_kg": 60, "height_cm": 165,
             "conditions": ["asthma"], "fitness": "intermediate", "goal": "保持健康",
             "preferences": ["brisk_walk", "run"],
             "context": {"time": "2026-12-02T07:00", "temperature_c": 2, "aqi": 235},
             "notes": "今天雾霾特别重，窗外都看不清楼。我有哮喘，平时早上都在公园快走或者慢跑。家里有瑜伽垫和一个室内单车。"},
    must_rest=False, rest_ok=True,
    must_mention=["空气|雾霾|AQI|污染", "室内|在家|家里"],
    must_not_say=[],
    bad_activities=["run", "cycle", "brisk_walk", "walk"], json_checks={"intensity_not": "vigorous"},
    expectation="Sensitive group at AQI 235 (very unhealthy): no outdoor exertion. Indoor stationary bike or yoga, light-moderate, 20-30 min, inhaler at hand, windows closed/purifier.")

add(id="h08", lang="zh",
    who="16岁高一男生，打篮球，问妈妈说的'小孩练力量不长个'是否真的",
    profile={"age": 16, "sex": "male", "weight_kg": 58, "height_cm": 170,
             "fitness": "intermediate", "goal": "长高，打好篮球", "preferences": ["run", "strength"],
             "context": {"time": "2026-12-02T16:30", "temperature_c": 20},
             "notes": "我16岁，高一，周末打篮球。想长高一点。我妈说小孩子不能练力量，会压得不长个子，是真的吗？我可以做俯卧撑深蹲吗？"},
    must_rest=False, rest_ok=False,
    must_mention=["60", "力量"],
    must_not_say=["不能练力量|不宜力量|避免力量|不要练力量"],
    bad_activities=["rest"], json_checks={},
    expectation="Youth: >=60 min/day MVPA, muscle/bone strengthening 3 days/week. Answer: supervised strength training with good technique (push-ups, squats) does not stunt growth. Strength or run today, sets x reps.")

add(id="h09", lang="zh-Hant",
    who="55歲台灣女性，乳癌化療中，第三次療程後一週，白血球偏低，易累，醫生准散步",
    profile={"age": 55, "sex": "female", "weight_kg": 54, "height_cm": 158,
             "fitness": "beginner", "goal": "化療期間維持體力", "preferences": ["walk", "swim", "yoga"],
             "context": {"time": "2026-12-02T15:00", "temperature_c": 22},
             "notes": "我在做乳癌化療，第三次療程後一週，很容易累，醫生說白血球偏低，要避免人多的地方，但可以散步。今天沒有發燒，只是覺得沒什麼力氣。",
             "language": "zh-TW"},
    must_rest=False, rest_ok=True,
    must_mention=["化療|癌", "醫師|醫生"],
    must_not_say=[HANT_LEAK, "(撥打|致電|打|電話|急救)\\s*(120|999)"],
    bad_activities=["run", "swim", "cycle"], json_checks={"intensity_not": "vigorous"},
    expectation="Chemo with neutropenia and fatigue: light walk 10-20 min (or gentle stretching/yoga at home), avoid public pools/crowds, stop and call oncology team on fever >=38 C. Traditional script, 119.")

add(id="h10", lang="zh",
    who="30岁男，发烧38.6℃、全身酸痛、腹泻，晚上约了羽毛球",
    profile={"age": 30, "sex": "male", "weight_kg": 70, "height_cm": 175,
             "fitness": "intermediate", "goal": "保持羽毛球水平", "preferences": ["run", "cycle"],
             "context": {"time": "2026-12-02T12:00", "temperature_c": 10},
             "notes": "前天淋了雨，昨晚开始发烧，今早量体温38.6度，浑身酸痛，还有点拉肚子。晚上约了朋友打羽毛球，不想放鸽子，能去吗？"},
    must_rest=True, rest_ok=True,
    must_mention=["发烧|发热|体温", "休息"],
    must_not_say=[],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="Fever 38.6 + body aches + GI symptoms: below-the-neck, rest, fluids, no badminton; resume gradually after fever-free; see doctor if worse.")

add(id="h11", lang="zh",
    who="38岁女，全马备赛，本周跑量骤增（ACWR高），右小腿紧有压痛，还想跑30公里",
    profile={"age": 38, "sex": "female", "weight_kg": 56, "height_cm": 165,
             "fitness": "advanced", "goal": "全马跑进3小时45分", "preferences": ["run"],
             "history": runs([(1, 120, 15), (2, 70, 14), (3, 90, 15), (4, 60, 16), (5, 100, 14), (6, 80, 15),
                              (9, 45, 12), (11, 40, 12), (13, 60, 12), (16, 45, 12), (18, 40, 12),
                              (20, 60, 12), (23, 45, 12), (25, 40, 12), (27, 55, 12)]),
             "context": {"time": "2026-12-02T06:30", "temperature_c": 12},
             "notes": "下个月就要跑全马了，有点慌，这周一下子加了很多量，几乎天天跑。今天还想再来个30公里长距离。右小腿有点紧，按着有点疼。"},
    must_rest=False, rest_ok=True,
    must_mention=["负荷|恢复|加量|跑量|减量|增加太快"],
    must_not_say=[],
    bad_activities=["run"], json_checks={"intensity_not": "vigorous", "max_minutes": 60},
    expectation="Acute load ~4x her usual week (ACWR well over 1.5) plus a tender calf: no 30 km today. Rest or easy non-impact cross-training (bike/swim) 30-40 min, check calf, rebuild gradually, taper plan.")

add(id="h12", lang="zh",
    who="67岁男，慢阻肺多年，爬两层楼就喘，医生让多走；四川话",
    profile={"age": 67, "sex": "male", "weight_kg": 63, "height_cm": 168,
             "fitness": "beginner", "goal": "走得动路",
             "context": {"time": "2026-12-02T10:00", "temperature_c": 17, "aqi": 55},
             "notes": "我得了慢阻肺好几年喽，一直在吃药喷药，医生喊我多走动。爬两层楼就喘得很，平地慢慢走还将就。今天天气巴适得很，想出去耍一哈，走哪个样子合适嘛？",
             "language": "zh-CN"},
    must_rest=False, rest_ok=False,
    must_mention=["慢阻肺|肺|呼吸|喘"],
    must_not_say=[],
    bad_activities=["run", "cycle", "rest"], json_checks={"intensity_not": "vigorous"},
    expectation="Stable COPD, doctor recommends walking: flat walk 15-30 min in bouts with rests, pursed-lip breathing, RPE/dyspnoea 'somewhat hard' max, inhaler along; stop on chest pain or unusual breathlessness. Not rest (known stable dyspnoea on stairs is his baseline, not a new warning sign).")

# ---------------------------------------------------------------- English (12)
add(id="h13", lang="en",
    who="62M (US units), ran out of BP meds, BP 188/112, feels fine, plans 20-mile ride",
    profile={"age": 62, "sex": "male", "weight_lb": 215, "height_in": 70,
             "conditions": ["hypertension"], "bp_systolic": 188, "bp_diastolic": 112,
             "fitness": "intermediate", "goal": "stay fit", "preferences": ["cycle"],
             "context": {"time": "2026-12-02T08:00", "temperature_f": 55},
             "notes": "Checked my blood pressure this morning, it was 188/112 - I ran out of my lisinopril three days ago and haven't refilled it. Feel fine though, no headache. Planning my usual 20-mile bike ride."},
    must_rest=True, rest_ok=True,
    must_mention=["blood pressure|BP|188", "doctor|physician|medical|clinician|pharmac"],
    must_not_say=[],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="Resting BP >180/110 (hypertensive crisis range by AHA >180 systolic): no exercise today; contact doctor/pharmacy today for medication, urgent care if headache/chest pain/vision change.")

add(id="h14", lang="en",
    who="31F, 20 weeks pregnant, bright red spotting and intermittent cramps, wants prenatal yoga",
    profile={"age": 31, "sex": "female", "weight_kg": 68, "height_cm": 167,
             "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "healthy pregnancy",
             "preferences": ["brisk_walk", "yoga"],
             "context": {"time": "2026-12-02T17:00", "temperature_c": 19},
             "notes": "I'm 20 weeks pregnant. Noticed some bright red spotting this afternoon and a few cramps that come and go. Probably nothing? Was going to do my prenatal yoga class tonight."},
    must_rest=True, rest_ok=True,
    must_mention=["bleed|spotting", "doctor|midwife|OB|obstetric|provider|care"],
    must_not_say=[],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="ACOG warning signs (vaginal bleeding, painful contractions): no exercise, call OB/midwife now.")

add(id="h15", lang="en",
    who="44M (US units) half-marathoner, fever 101.8 F, chills, body aches, chest congestion",
    profile={"age": 44, "sex": "male", "weight_lb": 180, "height_in": 71,
             "fitness": "advanced", "goal": "half marathon in March", "preferences": ["run"],
             "history": runs([(1, 50, 13), (3, 60, 14), (5, 45, 12), (7, 80, 13), (9, 50, 13), (11, 45, 14)]),
             "context": {"time": "2026-12-02T06:30", "temperature_f": 40},
             "notes": "Woke up with a temp of 101.8 F, chills and my whole body aches. Chest feels congested. Training plan says 8-mile tempo run today - should I sweat it out?"},
    must_rest=True, rest_ok=True,
    must_mention=["fever|temperature|101"],
    must_not_say=[],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="Fever 38.8 C with below-the-neck symptoms: rest, no 'sweating it out'; resume easy once fever-free 24h+.")

add(id="h16", lang="en",
    who="34F (US units) 10 weeks postpartum, breastfeeding, stress leakage on cough/jump, wants to run",
    profile={"age": 34, "sex": "female", "weight_lb": 150, "height_in": 65,
             "fitness": "intermediate", "goal": "get back to running", "preferences": ["run", "strength"],
             "history": [{"activity": "walk", "minutes": 40, "days_ago": 1, "rpe": 10},
                         {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10},
                         {"activity": "walk", "minutes": 45, "days_ago": 5, "rpe": 10}],
             "context": {"time": "2026-12-02T13:00", "temperature_f": 60},
             "notes": "Had my baby 10 weeks ago (vaginal delivery), got the all-clear at my 6-week check. Breastfeeding. I leak a little when I cough or jump, and I've only been doing walks with the stroller. Want to start running again - when can I?"},
    must_rest=False, rest_ok=False,
    must_mention=["postpartum|post-partum|after (the )?birth|baby|pelvic"],
    must_not_say=[],
    bad_activities=["run", "rest"], json_checks={"intensity_not": "vigorous"},
    expectation="Postpartum with stress urinary incontinence: pelvic-floor (and core) strengthening, brisk walk/low impact now; return to running typically from ~12 weeks once leak-free on impact tests; pelvic health physio referral. Not running today, not rest.")

add(id="h17", lang="en",
    who="72M (US units) Parkinson's on levodopa, shuffling gait, two near-falls, raining",
    profile={"age": 72, "sex": "male", "weight_lb": 165, "height_in": 69,
             "fitness": "beginner", "goal": "keep walking steady",
             "preferences": ["walk", "tai_chi", "stationary_bike"],
             "context": {"time": "2026-12-02T10:30", "temperature_f": 48, "precipitation": "rain"},
             "notes": "Diagnosed with Parkinson's 3 years ago, on carbidopa-levodopa. My steps are getting shuffly and I nearly fell twice this fall. My physical therapist says exercise is the best medicine for Parkinson's. It's raining today."},
    must_rest=False, rest_ok=False,
    must_mention=["balance|fall"],
    must_not_say=[],
    bad_activities=["run", "cycle", "rest"], json_checks={"intensity_not": "vigorous"},
    expectation="PD with fall risk, rain: indoor stationary bike (forced-pace cycling helps PD) or tai chi with support, 20-30 min moderate, big-amplitude steps; time with 'on' medication period. Balance/strength 3 days/week.")

add(id="h18", lang="en",
    who="58F, hemodialysis M/W/F, just after dialysis, washed out and lightheaded on standing",
    profile={"age": 58, "sex": "female", "weight_kg": 70, "height_cm": 160,
             "conditions": ["hypertension", "diabetes"], "bp_systolic": 142, "bp_diastolic": 84,
             "glucose_mg_dl": 150, "fitness": "beginner", "goal": "more energy",
             "preferences": ["walk", "stationary_bike"],
             "context": {"time": "2026-12-02T11:00", "temperature_c": 20},
             "notes": "I have kidney failure and do hemodialysis Mon/Wed/Fri; today is Wednesday and I finished dialysis this morning. I feel washed out and a bit lightheaded when I stand up. Fistula in my left arm."},
    must_rest=True, rest_ok=True,
    must_mention=["lightheaded|dizz|light-headed|faint", "doctor|physician|clinician|nurse|care team|kidney|renal|dialysis"],
    must_not_say=[],
    bad_activities=ALL_ACTIVE, json_checks={},
    expectation="Post-dialysis fatigue with orthostatic lightheadedness (ACSM warning symptom, renal disease): no exercise today; rest, tell the dialysis team; exercise on non-dialysis days (or intradialytic cycling), protect fistula arm.")

add(id="h19", lang="en",
    who="27M, just moved from Melbourne to Alice Springs (not acclimatised), 41 C at 2 pm, wants a 5-mile run",
    profile={"age": 27, "sex": "male", "weight_kg": 77, "height_cm": 183,
             "fitness": "intermediate", "goal": "10K under 45 min", "preferences": ["run"],
             "history": runs([(2, 40, 13), (4, 45, 13), (6, 40, 13), (9, 40, 13), (11, 45, 13)]),
             "context": {"time": "2026-12-02T14:00", "temperature_c": 41, "humidity_pct": 12, "wind_kmh": 10},
             "notes": "Just moved to Alice Springs from Melbourne last week. Want to get my 5-mile run in at 2 pm during my lunch break."},
    must_rest=False, rest_ok=True,
    must_mention=["heat|hot|temperature|indoor|hydrat|cooler|41"],
    must_not_say=[],
    bad_activities=["run", "cycle"], json_checks={},
    expectation="Not acclimatised, 41 C: cancel outdoor exercise at 2 pm (ACSM). Move indoors (treadmill/elliptical/stationary bike in AC) or run at dawn; hydrate; 10-14 days to acclimatise.")

add(id="h20", lang="en",
    who="41F runner with old, fully healed ankle fracture (2019) and knee scope in college; nothing hurts",
    profile={"age": 41, "sex": "female", "weight_kg": 62, "height_cm": 168,
             "fitness": "intermediate", "goal": "trail 25K in spring", "preferences": ["run"],
             "history": runs([(1, 40, 12), (3, 50, 12), (5, 35, 13), (6, 70, 12), (8, 40, 12), (10, 50, 12),
                              (12, 35, 13), (13, 65, 12), (15, 40, 12), (17, 50, 12), (19, 35, 13), (20, 60, 12)]),
             "context": {"time": "2026-12-02T07:00", "temperature_c": 9},
             "notes": "Old news: I broke my ankle skiing in 2019 and had a knee scope in college, both fully healed and I've been running 20-25 miles a week pain-free for years. Nothing hurts. Looking for an easy-to-moderate run today."},
    must_rest=False, rest_ok=False,
    must_mention=["run"],
    must_not_say=["low[- ]impact|avoid impact|joint (or|and) back|injur"],
    bad_activities=["rest", "swim", "stationary_bike", "elliptical", "walk", "stretching"], json_checks={},
    expectation="Healed-injury trap: she is a healthy runner. Easy-moderate run 40-50 min at RPE 11-13. No injury warnings, no swap to low impact.")

add(id="h21", lang="en",
    who="23M lifter/runner; figures of speech ('killing me', 'dying to') and normal exertion (gasping, heart pounding during hill sprints, recovered in a minute)",
    profile={"age": 23, "sex": "male", "weight_kg": 80, "height_cm": 183,
             "fitness": "advanced", "goal": "build muscle", "preferences": ["strength", "run"],
             "history": [{"activity": "run", "minutes": 35, "days_ago": 1, "rpe": 16},
                         {"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 15},
                         {"activity": "strength", "minutes": 60, "days_ago": 4, "rpe": 15},
                         {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 13},
                         {"activity": "strength", "minutes": 60, "days_ago": 7, "rpe": 15},
                         {"activity": "strength", "minutes": 60, "days_ago": 9, "rpe": 15},
                         {"activity": "run", "minutes": 30, "days_ago": 11, "rpe": 14}],
             "context": {"time": "2026-12-02T18:00", "temperature_c": 12},
             "notes": "Finals week is killing me lol. Yesterday's hill sprints had me gasping and my heart pounding at the top, which is kind of the point of sprints - recovered within a minute like always. Dying to hit legs at the gym tonight."},
    must_rest=False, rest_ok=False,
    must_mention=["strength|squat|leg|set"],
    must_not_say=["doctor|physician|medical clearance|stop exercis|chest pain|palpitation"],
    bad_activities=["rest", "walk", "stretching"], json_checks={},
    expectation="No warning signs: normal exertional responses and idioms. Leg strength session 45-60 min, e.g. 3-4 x 6-12, RPE 14-16; maybe note legs did sprints yesterday. Could mention exam stress and sleep.")

add(id="h22", lang="en",
    who="Parent of a 10-year-old boy (US units), overweight, hates team sports, likes swimming and biking; asks how much per day",
    profile={"age": 10, "sex": "male", "weight_lb": 105, "height_in": 55,
             "fitness": "beginner", "goal": "be more active, healthy weight", "preferences": ["swim", "cycle"],
             "context": {"time": "2026-12-05T10:00", "temperature_f": 65},
             "notes": "Parent here: my son is 10 and a bit overweight. He hates team sports but loves swimming and riding his bike. How much exercise should he be getting each day?"},
    must_rest=False, rest_ok=False,
    must_mention=["60"],
    must_not_say=["lose weight|calorie deficit|diet"],
    bad_activities=["rest"], json_checks={},
    expectation="Child: answer 60 min/day on average of moderate-to-vigorous, vigorous + bone/muscle 3 days/week; swim or family bike ride (helmet, supervision), play-based; no weight-loss or calorie framing for a child.")

add(id="h23", lang="en",
    who="50M (US units) marathoner arrived at 3,400 m yesterday, mild headache, winded on stairs; asks about a 6-miler",
    profile={"age": 50, "sex": "male", "weight_lb": 175, "height_in": 70,
             "fitness": "advanced", "goal": "marathon maintenance", "preferences": ["run"],
             "history": runs([(2, 60, 13), (3, 45, 12), (5, 90, 13), (6, 45, 12), (8, 60, 13), (10, 45, 12)]),
             "context": {"time": "2026-12-02T08:00", "temperature_f": 45},
             "notes": "Flew into Cusco, Peru yesterday - about 11,000 ft (3,400 m). Mild headache and I get winded just climbing the hotel stairs, which never happens at home. Normally run 30 miles a week. Can I do my usual 6-miler this morning?"},
    must_rest=False, rest_ok=True,
    must_mention=["altitude|elevation|acclimat|3,?400|11,?000"],
    must_not_say=[],
    bad_activities=["run", "cycle"], json_checks={"intensity_not": "vigorous"},
    expectation="Day 1-2 at 3,400 m with headache = possible mild AMS: no run; rest or a short easy walk, hydrate, no ascent; descend/see doctor if headache worsens, vomiting, breathlessness at rest.")

add(id="h24", lang="en",
    who="33F ICU nurse after 3 night shifts, 4 h sleep, type 1 diabetes on pump, glucose 290 with negative ketones; wants CrossFit",
    profile={"age": 33, "sex": "female", "weight_kg": 64, "height_cm": 170,
             "conditions": ["diabetes"], "glucose_mg_dl": 290,
             "fitness": "intermediate", "goal": "stay consistent", "preferences": ["strength", "run"],
             "context": {"time": "2026-12-02T09:00", "temperature_c": 18},
             "notes": "ICU nurse, just finished my third 12-hour night shift in a row and only slept about 4 hours yesterday. Type 1 diabetic on a pump; sugar is 290 right now (ketone strip says negative). Thinking about a CrossFit class before I crash."},
    must_rest=False, rest_ok=True,
    must_mention=["ketone|glucose|blood sugar|290", "sleep|tired|fatigue|night|shift"],
    must_not_say=[],
    bad_activities=["run"], json_checks={"intensity_not": "vigorous"},
    expectation="Sleep-deprived after nights plus glucose 290 (ketones negative -> light-moderate allowed, ADA): skip CrossFit; sleep first or a short easy walk/mobility; recheck glucose, watch for later hypo.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    assert len(C) == 24 and len({c["id"] for c in C}) == 24
    with open(os.path.join(here, "clients.jsonl"), "w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(C), "clients;", sum(c["must_rest"] for c in C), "must-rest;",
          sum(not c["rest_ok"] for c in C), "must-not-rest")


if __name__ == "__main__":
    main()
