#!/usr/bin/env python3
"""Writes clients.jsonl: 24 blind test clients for the exercise advisor.

Each line: {"id","who","profile","expected","rationale"}.
Profiles use only the fields/values documented in README lines 715-838
("### Profile format"). Expected answers are based on /work/shared/DOMAIN.md
(sources named there); where a judgement goes beyond DOMAIN.md it is marked
"beyond DOMAIN" in the rationale.
Date of the evaluation: 2026-12-01 (a Tuesday); context.time uses that date.
"""
import json

D = "2026-12-01T"


def h(act, minutes, days_ago, rpe=None):
    x = {"activity": act, "minutes": minutes, "days_ago": days_ago}
    if rpe is not None:
        x["rpe"] = rpe
    return x


def exp(must_rest, max_intensity, acceptable, forbidden, minutes_range,
        intensity_measure, must_mention, must_not_say):
    return {"must_rest": must_rest, "max_intensity": max_intensity,
            "acceptable_activities": acceptable,
            "forbidden_activities": forbidden,
            "minutes_range": minutes_range,
            "intensity_measure": intensity_measure,
            "must_mention": must_mention, "must_not_say": must_not_say}


REST_ONLY = ["rest"]
ALL_MOVING = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi",
              "strength", "stationary_bike", "elliptical", "stretching"]

C = []

# ---------------------------------------------------------------- Chinese
C.append(dict(
    id="h01",
    who="58岁男，高血压，服倍他乐克（β受体阻滞剂），近两天爬楼时胸口压迫感放射到左臂，休息后缓解",
    profile={
        "age": 58, "sex": "male", "weight_kg": 82, "height_cm": 172, "resting_hr": 62,
        "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 86,
        "fitness": "beginner", "goal": "降血压，减肚子",
        "preferences": ["brisk_walk", "tai_chi"],
        "history": [h("walk", 30, 1, 11), h("walk", 30, 3, 11), h("tai_chi", 30, 5, 10)],
        "context": {"time": D + "07:30", "temperature_c": 6, "aqi": 60},
        "notes": "吃倍他乐克两年了，血压控制还行。前天晚上爬楼到三楼，胸口像压了块石头，左胳膊也有点酸，"
                 "歇了五六分钟才缓过来，昨天上楼又来了一回。老伴非让我去医院查查，我觉得就是累的，年纪大了。"
                 "今天还想去公园快走，行不行？走多久合适？"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["医生|醫生|医院|醫院|就医|就醫|120|急诊|急診"],
                 ["不用担心"]),
    rationale="Exertional chest pressure ('像压了块石头') radiating to the left arm, relieved by rest, recurring "
              "two days running = anginal equivalent. DOMAIN 'Warning symptoms' (ACSM screening, Riebe 2015): "
              "stop / do not start, seek medical clearance; DOMAIN Conditions: chest pain -> rest and see a doctor. "
              "The word 胸痛 never appears, so a keyword reader can miss it. New-onset exertional angina warrants "
              "prompt (same-day) medical review.",
))

C.append(dict(
    id="h02",
    who="34岁孕妇，孕28周，跑后宫缩样发紧，今天少量见红，问能否改游泳",
    profile={
        "age": 34, "sex": "female", "weight_kg": 68, "height_cm": 163,
        "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "保持体能，顺产",
        "preferences": ["run", "swim"],
        "history": [h("run", 30, 2, 13), h("swim", 30, 4, 12), h("run", 30, 6, 13)],
        "context": {"time": D + "18:00", "temperature_c": 12},
        "language": "zh-CN",
        "notes": "孕28周+3，之前一直坚持慢跑，产检都挺好的。这几天跑完肚子会一阵一阵发硬，躺一会儿就好了。"
                 "今天上午上厕所发现纸上有一点点粉色的，量很少，也不疼。老公说没事让我别大惊小怪😂 "
                 "想问下今天改游泳行不行？游多久合适？"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["医生|醫生|产科|產科|医院|醫院|就医|就醫|就诊|就診|120"],
                 ["别大惊小怪", "游泳正合适"]),
    rationale="ACOG Committee Opinion 804 (DOMAIN 'Pregnancy'): vaginal bleeding and regular painful "
              "contractions are reasons to stop and seek care. Pink spotting + recurrent uterine tightening after "
              "running at 28 weeks -> no exercise today, contact obstetric care. Told indirectly ('纸上有一点点粉色的').",
))

C.append(dict(
    id="h03",
    who="70岁女，骨质疏松（服阿仑膦酸钠），膝骨关节炎，爱打太极；女儿代填，问每天走多少步、要不要练力量",
    profile={
        "age": 70, "sex": "female", "weight_kg": 52, "height_cm": 155,
        "conditions": ["knee_injury"], "bp_systolic": 128, "bp_diastolic": 78,
        "fitness": "beginner", "goal": "防摔倒，腿脚有劲",
        "preferences": ["tai_chi", "walk"],
        "history": [h("tai_chi", 40, 1, 10), h("walk", 30, 2, 10), h("tai_chi", 40, 3, 10),
                    h("walk", 30, 5, 10)],
        "context": {"time": D + "09:00", "temperature_c": 14, "aqi": 45},
        "notes": "我是她女儿帮她填的。我妈70了，去年查出来骨质疏松，在吃钙片和阿仑膦酸钠。膝盖有点退化，"
                 "上下楼梯会疼，平地走没事。她每天早上在小区跟人打太极。想问问一天走多少步合适？"
                 "要不要练点力量？怕她摔了骨折。"
    },
    expected=exp(False, "moderate",
                 ["tai_chi", "walk", "brisk_walk", "strength", "stretching", "stationary_bike", "swim"],
                 ["run"], [20, 60], "any",
                 ["平衡|防跌|防摔|跌倒|摔倒|摔跤", "力量|肌力|抗阻"],
                 ["跳绳", "仰卧起坐"]),
    rationale="WHO 2020 (DOMAIN): 65+ need multicomponent balance + strength >= 3 days/week; tai chi 3.0 MET "
              "fits (DOMAIN 'Older adults'). Knee OA -> low impact, no running/jumping (DOMAIN, heuristic). "
              "Osteoporosis: fall prevention and strength are the point; no spinal-flexion loading (beyond DOMAIN). "
              "Resistance 10-15 reps for older adults (ACSM FITT). Should not rest.",
))

C.append(dict(
    id="h04",
    who="16岁男，校篮球队，下周比赛，昨天两小时高强度训练后肌肉酸痛（DOMS），问今晚还练不练、赛前怎么练",
    profile={
        "age": 16, "sex": "male", "weight_kg": 63, "height_cm": 178,
        "fitness": "intermediate", "goal": "下周比赛打出好状态",
        "preferences": ["run", "strength"],
        "history": [h("run", 120, 1, 16), h("strength", 45, 2, 15), h("run", 90, 3, 15),
                    h("run", 60, 5, 13), h("run", 90, 8, 14), h("run", 60, 10, 13)],
        "context": {"time": D + "16:30", "temperature_c": 10},
        "notes": "高二，校篮球队的。下周六市里比赛，教练这周加练，昨天练了俩小时折返跑+对抗，今天大腿小腿都酸得要命，"
                 "下楼梯都疼，不过没受伤也没肿。晚上还有一练，要不要去？还是自己在家拉伸下？另外想问比赛前几天应该怎么练"
    },
    expected=exp(False, "moderate",
                 ["rest", "stretching", "yoga", "walk", "brisk_walk", "swim", "stationary_bike", "cycle"],
                 [], [0, 60], "any",
                 ["酸|恢复|恢復|拉伸"],
                 ["立即就医", "立即就醫"]),
    rationale="Delayed-onset muscle soreness after a hard session (benign look-alike: 疼 in the notes). "
              "ACSM: 48 h between hard sessions for the same muscles; pre-competition week -> reduce volume "
              "(deload/taper, DOMAIN 'Training load'). Ages 5-17: ~60 min/day MVPA on average (WHO), so light "
              "recovery activity or rest is fine; no medical referral needed.",
))

C.append(dict(
    id="h05",
    who="45岁女（台湾），1型糖尿病，胰岛素，运动前血糖85 mg/dl，想骑车40分钟，问要不要先吃东西",
    profile={
        "age": 45, "sex": "female", "weight_kg": 58, "height_cm": 160,
        "conditions": ["diabetes"], "glucose_mg_dl": 85,
        "fitness": "intermediate", "goal": "控制血糖",
        "preferences": ["cycle", "swim"],
        "history": [h("cycle", 40, 2, 12), h("walk", 30, 3, 10), h("cycle", 45, 5, 12)],
        "context": {"time": D + "10:00", "temperature_c": 20, "aqi": 35},
        "language": "zh-TW",
        "notes": "第一型糖尿病十幾年了，用胰島素筆。早餐打了速效的，一個小時前吃了半個饅頭。剛剛測血糖85，"
                 "有點偏低嗎？本來想騎腳踏車去河濱騎40分鐘，要先吃東西嗎？吃什麼比較好？"
    },
    expected=exp(False, "moderate",
                 ["cycle", "stationary_bike", "brisk_walk", "walk", "elliptical", "swim"],
                 [], [20, 60], "any",
                 ["碳水|15-30|15～30|15–30|補充|补充|點心|点心|餅乾|饼干|果汁|方糖"],
                 ["不要運動", "不要运动"]),
    rationale="ADA 2016 (Colberg, DOMAIN 'Diabetes'): glucose < 90 mg/dl before exercise -> take 15-30 g "
              "carbohydrate first, then exercise; insulin user with rapid-acting insulin on board. Should exercise "
              "(moderate), carry fast carbs. Traditional card expected (zh-TW), 119 as emergency number.",
))

C.append(dict(
    id="h06",
    who="67岁男（香港，粤语），慢阻肺COPD，平时每天海旁步行，今天AQI 172，有少少咳（平时一样），问去唔去行",
    profile={
        "age": 67, "sex": "male", "weight_kg": 60, "height_cm": 168,
        "fitness": "beginner", "goal": "行多啲，唔好咁易喘",
        "preferences": ["walk", "tai_chi"],
        "history": [h("walk", 40, 1, 11), h("walk", 40, 2, 11), h("tai_chi", 30, 4, 9), h("walk", 40, 5, 11)],
        "context": {"time": D + "08:00", "temperature_c": 18, "humidity_pct": 65, "aqi": 172},
        "language": "zh-HK",
        "notes": "我有慢阻肺（COPD），日日用緊噴霧，醫生話要多啲郁。平時喺海傍行40分鐘冇問題，上斜先會喘。"
                 "今朝有少少咳，有啲痰，同平時差唔多，冇發燒。新聞話今日空氣好差，我仲去唔去行好？"
    },
    expected=exp(False, "moderate",
                 ["stationary_bike", "tai_chi", "stretching", "yoga", "strength", "walk", "elliptical", "rest"],
                 ["run", "cycle"], [0, 45], "any",
                 ["室內|室内|屋企|家中|家裡|家里|商場|商场", "空氣|空气|AQI|污染"],
                 []),
    rationale="AQI 151-200 'unhealthy' (US EPA, DOMAIN): sensitive groups (lung disease, older adults) avoid "
              "prolonged or heavy exertion; prefer indoor exercise. Chronic cough at baseline without fever is "
              "not an acute-illness stop (neck check, DOMAIN). Indoor light-moderate activity (tai chi, "
              "stationary bike, strength) is right; no outdoor run/cycle. Traditional card, 999.",
))

C.append(dict(
    id="h07",
    who="31岁男，ICU护士，连上三个夜班只睡4小时，计划大重量练腿，'头有点昏沉沉的'（困），问要不要改计划",
    profile={
        "age": 31, "sex": "male", "weight_kg": 75, "height_cm": 176, "resting_hr": 64,
        "fitness": "intermediate", "goal": "增肌",
        "preferences": ["strength", "run"],
        "history": [h("strength", 60, 2, 15), h("strength", 60, 4, 15), h("run", 30, 5, 13),
                    h("strength", 60, 7, 15)],
        "context": {"time": D + "15:00", "temperature_c": 8},
        "notes": "ICU护士，这周连上了三个大夜，今早8点下班，睡到中午12点就醒了再也睡不着，现在头有点昏沉沉的，就是困。"
                 "计划今天练腿：深蹲5x5大重量+硬拉。要不要改？怎么改？晚上还要接着上夜班。"
    },
    expected=exp(False, "moderate",
                 ["rest", "walk", "brisk_walk", "yoga", "stretching", "strength", "stationary_bike", "swim"],
                 [], [0, 45], "any",
                 ["睡|休息|疲劳|疲勞|困"],
                 ["立即就医", "立即就醫"]),
    rationale="Sleep deprivation / shift work: 'groggy' from 4 h sleep, not dizziness or syncope (benign look-alike "
              "for a keyword reader seeing 头昏). Heavy 5x5 squats/deadlifts when sleep-deprived before another night "
              "shift -> lighter session or nap/rest (beyond DOMAIN: sleep-loss and injury/performance literature). "
              "ACSM 48 h recovery. No referral.",
))

C.append(dict(
    id="h08",
    who="52岁女，乳腺癌化疗第3周期（2天前用药），今天体温38.3℃、乏力发冷；女儿代问还要不要坚持散步",
    profile={
        "age": 52, "sex": "female", "weight_kg": 55, "height_cm": 160,
        "fitness": "beginner", "goal": "化疗期间保持体力",
        "preferences": ["walk", "yoga"],
        "history": [h("walk", 20, 1, 11), h("walk", 20, 2, 11), h("walk", 15, 4, 12), h("yoga", 20, 5, 10)],
        "context": {"time": D + "11:00", "temperature_c": 15},
        "notes": "我是女儿。我妈乳腺癌在做化疗，这是第三次，前天刚打完。今天早上量了体温38.3，说浑身没劲、有点发冷，"
                 "早饭就喝了点粥。医生之前说每天散散步对她好，她现在还坚持要下楼走20分钟，我该不该拦着她？"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["发烧|發燒|发热|發熱|体温|體溫|38", "医生|醫生|医院|醫院|就医|就醫|肿瘤科|腫瘤科|120"],
                 ["散步20分钟"]),
    rationale="Fever >= 38.0 C (Eichner neck check, DOMAIN) means rest; during chemotherapy a fever is a "
              "possible neutropenic fever needing same-day contact with the oncology team (beyond DOMAIN: oncology "
              "standard). Temperature given only as '38.3' in the notes; symptoms field empty.",
))

C.append(dict(
    id="h09",
    who="63岁男，脑梗一年半，左侧偏弱，服华法林+降压药，今天血压150/92（平时如此），想骑车出门",
    profile={
        "age": 63, "sex": "male", "weight_kg": 78, "height_cm": 170, "resting_hr": 70,
        "conditions": ["hypertension"], "bp_systolic": 150, "bp_diastolic": 92,
        "fitness": "beginner", "goal": "把左腿练好，能自己去买菜",
        "preferences": ["walk", "cycle"],
        "history": [h("walk", 20, 1, 12), h("walk", 20, 2, 12), h("walk", 25, 3, 13), h("walk", 20, 5, 12)],
        "context": {"time": D + "09:30", "temperature_c": 12},
        "notes": "去年3月脑梗，左手左腿现在还是没那么利索，走路左脚有点拖。一直吃华法林和降压药。"
                 "今天量的血压150/92，跟平时差不多，没有头晕头疼。康复科医生让每天走路。以前特别爱骑车，"
                 "现在想骑车出去转转，行不行？"
    },
    expected=exp(False, "moderate",
                 ["walk", "brisk_walk", "stationary_bike", "tai_chi", "strength", "stretching"],
                 ["cycle", "run"], [15, 45], "any",
                 ["跌|摔|平衡|出血"],
                 ["立即就医", "立即就醫"]),
    rationale="BP 150/92 is stage 2 but below the 180/110 do-not-start threshold (DOMAIN Hypertension; AHA 2017) "
              "-> moderate is fine, a normal-for-him reading. Negated '没有头晕头疼' is a keyword trap. Stroke "
              "survivor with left hemiparesis on warfarin: outdoor cycling = fall and bleeding risk -> stationary "
              "bike / walking / balance and strength (beyond DOMAIN: AHA stroke-survivor PA statement 2014). "
              "WHO: 150 min/week applies to people with chronic conditions.",
))

C.append(dict(
    id="h10",
    who="28岁女，奶奶去世一个月，失眠早醒、'心里堵得慌'、想哭，不想动，问运动有没有用",
    profile={
        "age": 28, "sex": "female", "weight_kg": 54, "height_cm": 162,
        "fitness": "beginner", "goal": "想让自己好受一点",
        "preferences": ["yoga", "walk"],
        "history": [h("walk", 20, 9, 10)],
        "context": {"time": D + "19:30", "temperature_c": 9},
        "notes": "上个月奶奶走了，我是她带大的。这一个月晚上总是睡不着，三四点就醒，心里堵得慌，动不动就想哭，"
                 "上班也没精神。闺蜜天天拉我去夜跑，可我一点都不想动，下班就躺着刷手机。这样是不是不太好…运动真的有用吗？"
    },
    expected=exp(False, "moderate",
                 ["walk", "brisk_walk", "yoga", "run", "tai_chi", "stretching", "swim", "cycle",
                  "stationary_bike", "elliptical"],
                 [], [10, 45], "any",
                 ["情绪|情緒|心情|睡眠|睡|难过|難過|悲伤|悲傷"],
                 ["立即就医", "立即就醫"]),
    rationale="Grief with insomnia and low mood; '心里堵得慌' is emotional, not chest discomfort (false-alarm trap). "
              "WHO 2020: regular moderate activity helps mood/anxiety. Start small (walk with the friend, gentle "
              "yoga), 10-30 min. A good card also suggests talking to someone / a professional if it persists "
              "(beyond DOMAIN).",
))

C.append(dict(
    id="h11",
    who="32岁女，顺产后9周，哺乳中，42天复查正常，咳嗽打喷嚏时漏尿，想卷腹+跑步减肚子",
    profile={
        "age": 32, "sex": "female", "weight_kg": 64, "height_cm": 160,
        "fitness": "beginner", "goal": "减肚子，恢复身材",
        "preferences": ["run", "yoga"],
        "history": [h("walk", 30, 1, 10), h("walk", 30, 2, 10), h("walk", 30, 4, 10)],
        "context": {"time": D + "20:00", "temperature_c": 16},
        "notes": "顺产，宝宝9周了，42天复查医生说恢复得不错，恶露早就干净了。现在还在喂奶。想减肚子，"
                 "网上说卷腹和跑步最有效，能做吗？就是咳嗽打喷嚏的时候偶尔会漏一点尿，有点尴尬。"
                 "每天晚上推婴儿车散步半小时。"
    },
    expected=exp(False, "moderate",
                 ["brisk_walk", "walk", "yoga", "swim", "stationary_bike", "elliptical", "strength", "stretching"],
                 ["run"], [20, 45], "any",
                 ["盆底|凯格尔|凱格爾|漏尿"],
                 []),
    rationale="Postpartum: >= 150 min/week moderate (WHO/CDC, DOMAIN). Cleared at 6 weeks, so she should exercise. "
              "Stress urinary incontinence at 9 weeks -> pelvic-floor training first and delay running/impact "
              "(beyond DOMAIN: Goom, Donnelly & Brockwell 2019 return-to-running guidance, >= 12 weeks and "
              "symptom-free). Brisk walking with the pram, low-impact cardio, strength.",
))

C.append(dict(
    id="h12",
    who="10岁女孩，哮喘（控制良好），下月800米体测，今天零下8度大风，妈妈想带她在小区外面跑",
    profile={
        "age": 10, "sex": "female", "weight_kg": 32, "height_cm": 140,
        "conditions": ["asthma"], "fitness": "beginner", "goal": "800米测试及格",
        "preferences": ["run", "swim"],
        "history": [h("run", 15, 2, 14), h("walk", 30, 3, 10), h("swim", 40, 6, 12)],
        "context": {"time": D + "16:00", "temperature_c": -8, "wind_kmh": 30, "humidity_pct": 30, "aqi": 85},
        "notes": "孩子妈妈填的。闺女10岁，有哮喘，一直用舒利迭，平时控制得还行，一年没犯过了。学校下个月体测要跑800米，"
                 "她上次跑了5分多，老师说不及格。今天外面零下8度，风挺大的，想带她去小区跑两圈练练，要不要先喷一下万托林？"
    },
    expected=exp(False, "vigorous",
                 ["run", "swim", "stationary_bike", "strength", "elliptical", "walk", "brisk_walk", "yoga"],
                 ["cycle"], [20, 60], "any",
                 ["冷|室内|室內"],
                 []),
    rationale="Children 5-17: ~60 min/day MVPA, vigorous 3 days/week (WHO). Asthma: cold dry air is a trigger "
              "(DOMAIN) -> indoor training today or cover mouth/warm up; follow the child's asthma plan "
              "regarding pre-exercise reliever (beyond DOMAIN: GINA). Should exercise, not rest.",
))

# ---------------------------------------------------------------- English
C.append(dict(
    id="h13",
    who="45M marathoner, race in 19 days, crammed volume after illness (ACWR ~2), heavy legs, RHR +8, asks about a 32 km long run",
    profile={
        "age": 45, "sex": "male", "weight_kg": 70, "height_cm": 178, "resting_hr": 54,
        "fitness": "advanced", "goal": "sub-3:15 marathon",
        "preferences": ["run", "cycle"],
        "history": [h("run", 90, 1, 15), h("run", 60, 2, 13), h("run", 100, 3, 16), h("run", 45, 4, 12),
                    h("run", 75, 5, 15), h("run", 60, 6, 14), h("run", 40, 10, 12), h("run", 45, 13, 12),
                    h("run", 30, 17, 12), h("run", 60, 20, 13), h("run", 50, 24, 12), h("run", 120, 27, 14)],
        "context": {"time": D + "07:00", "temperature_c": 7},
        "language": "en",
        "notes": "Marathon is 19 days out. Lost most of the 2 weeks before last to a chest cold (all better now, no "
                 "cough, no fever), so I crammed this past week to catch up - 6 runs incl. a hard tempo. Legs are "
                 "heavy, slept badly, and my morning HR was 54 today vs my usual 46. Plan says 32 km long run this "
                 "morning. Go or no go? Don't want to lose fitness."
    },
    expected=exp(False, "moderate",
                 ["rest", "walk", "stationary_bike", "swim", "cycle", "stretching", "yoga", "elliptical", "run"],
                 [], [0, 45], "any",
                 ["load|ramp|ramped|spike|jump|acute|chronic|ACWR|too much|too fast",
                  "resting heart rate|resting HR|morning HR|recover|recovery|fatigue|tired|rest"],
                 []),
    rationale="Acute:chronic ratio ~2 (Gabbett 2016, DOMAIN: > 1.5 injury risk rises sharply), 10% rule ceiling, "
              "elevated resting HR and poor sleep = incomplete recovery. Today: recovery/rest, at most an easy short "
              "session; skip the 32 km; fitness will not be lost in 19 days (taper). Not a medical stop (cold resolved, "
              "above-neck rule).",
))

C.append(dict(
    id="h14",
    who="68M with Parkinson's on levodopa, 2 near-falls (freezing, not dizzy), wife typing; loved road cycling, has exercise bike",
    profile={
        "age": 68, "sex": "male", "weight_kg": 72, "height_cm": 175, "resting_hr": 66,
        "fitness": "beginner", "goal": "keep him moving and steady on his feet",
        "preferences": ["cycle", "walk"],
        "history": [h("walk", 20, 1, 11), h("walk", 15, 3, 12), h("stationary_bike", 20, 5, 12)],
        "context": {"time": D + "10:30", "temperature_c": 4, "precipitation": "rain"},
        "notes": "This is his wife typing. Jim has Parkinson's, diagnosed 4 yrs ago, on carbidopa/levodopa (he moves "
                 "best about an hour after his dose). He's had 2 near falls this month, his feet kind of freeze in "
                 "doorways and he shuffles more in the afternoons - he's not dizzy, the neurologist checked his BP "
                 "standing up and it was fine. Neurologist says exercise is the best medicine. He loved riding his "
                 "bike but I'm scared of him on the road. We have an old exercise bike in the garage. What should "
                 "he do today and how hard?"
    },
    expected=exp(False, "vigorous",
                 ["stationary_bike", "tai_chi", "walk", "strength", "stretching", "yoga", "brisk_walk"],
                 ["cycle", "run"], [15, 45], "any",
                 ["fall|falls|falling|balance|steady|stability"],
                 []),
    rationale="Parkinson's: aerobic (stationary cycling), balance (tai chi) and strength (beyond DOMAIN: Li 2012 "
              "NEJM tai chi in PD; SPARX). Older adult: balance + strength >= 3 days/week (WHO 2020). Near-falls "
              "from freezing with normal orthostatic BP -> not syncope (DOMAIN dizziness trap), but outdoor cycling "
              "in rain is a fall risk. Time it in the levodopa 'on' period.",
))

C.append(dict(
    id="h15",
    who="57F type 2 diabetes on SGLT2 (Jardiance) + metformin, vomiting/diarrhoea since last night, dry mouth, glucose 180 (her normal), wants to keep walk streak",
    profile={
        "age": 57, "sex": "female", "weight_kg": 88, "height_cm": 165,
        "conditions": ["diabetes", "hypertension"], "bp_systolic": 128, "bp_diastolic": 78,
        "glucose_mg_dl": 180, "fitness": "beginner", "goal": "lose weight, get A1c under 7",
        "preferences": ["walk"],
        "history": [h("walk", 30, 2, 11), h("walk", 30, 3, 11), h("walk", 30, 4, 11), h("walk", 30, 5, 11),
                    h("walk", 30, 6, 11), h("walk", 30, 7, 11)],
        "context": {"time": D + "08:15", "temperature_c": 15},
        "notes": "Type 2, on Jardiance + metformin + lisinopril. Caught the stomach bug going around my grandson's "
                 "daycare - threw up 3x last night and still can't keep much down, bit of diarrhea, feel kinda wiped "
                 "and my mouth is so dry. Sugar was 180 this AM which is actually pretty normal for me so thats good "
                 "at least. I've walked 30 min every day for 6 weeks, don't want to break my streak!! Just a short one ok?"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["fluid|fluids|hydrate|hydrated|hydration|drink|water|dehydrated|dehydration",
                  "doctor|pharmacist|nurse|clinician|provider|medical|GP"],
                 []),
    rationale="Neck check (Eichner, DOMAIN): gastrointestinal symptoms -> rest. Vomiting + dehydration on an SGLT2 "
              "inhibitor and metformin = sick-day rules, risk of (euglycaemic) ketoacidosis and AKI: fluids, contact "
              "doctor/pharmacist about pausing these drugs, check ketones (beyond DOMAIN: SGLT2 sick-day guidance; "
              "DOMAIN ADA ketone rule). Glucose 180 is a 'normal reading' decoy.",
))

C.append(dict(
    id="h16",
    who="36M, grade 2 ankle sprain 5 weeks ago, discharged by physio (pain-free hops), asks how to ease back to running tonight",
    profile={
        "age": 36, "sex": "male", "weight_kg": 80, "height_cm": 182, "resting_hr": 60,
        "fitness": "intermediate", "goal": "get back to 5k 3x a week, maybe a 10k in spring",
        "preferences": ["run", "cycle"],
        "history": [h("cycle", 40, 2, 12), h("strength", 30, 3, 13), h("cycle", 45, 5, 12), h("walk", 45, 6, 10),
                    h("cycle", 40, 9, 12), h("strength", 30, 11, 13)],
        "context": {"time": D + "17:45", "temperature_c": 11, "precipitation": "none"},
        "notes": "Rolled my right ankle at 5-a-side 5 weeks ago (grade 2 the physio said). Did all the rehab exercises, "
                 "she discharged me last Thursday - single leg hops are fine, no swelling, no pain on stairs. Only been "
                 "biking and gym since. Used to do 5k three times a week in ~25 min. How do I ease back into running "
                 "without screwing it up again? Tonight ok for a first run?"
    },
    expected=exp(False, "moderate",
                 ["run", "brisk_walk", "cycle", "stationary_bike", "elliptical", "swim", "strength"],
                 [], [15, 40], "any",
                 ["gradual|gradually|ease|easy|build|progress|progressively|run-walk|walk breaks|10%"],
                 ["no running"]),
    rationale="Resolved injury (benign look-alike: 'rolled my ankle'). Vuurberg 2018 (DOMAIN) covers the acute phase; "
              "5 weeks on, physio-discharged, pain-free hopping -> graded return to running (easy, run/walk, build "
              "gradually; <= ~10%/week as a ceiling, DOMAIN). Running tonight at easy effort is appropriate.",
))

C.append(dict(
    id="h17",
    who="29F half-marathoner, moved London->Singapore last week (not acclimatised), wants 16 km at 2pm, 32C / 78% humidity",
    profile={
        "age": 29, "sex": "female", "weight_kg": 57, "height_cm": 168, "resting_hr": 52,
        "fitness": "advanced", "goal": "half marathon in Feb under 1:40",
        "preferences": ["run", "swim"],
        "history": [h("run", 50, 1, 13), h("run", 40, 2, 12), h("swim", 40, 3, 12), h("run", 80, 5, 14),
                    h("run", 45, 6, 13), h("run", 60, 8, 13)],
        "context": {"time": D + "14:00", "temperature_c": 32, "humidity_pct": 78, "wind_kmh": 5, "aqi": 55},
        "notes": "Moved from London to Singapore last week for work. Been trying to keep up my half training but my runs "
                 "here feel awful, HR way higher at the same pace and I'm drenched. Got a 16 km steady run on the plan - "
                 "only free slot is at 2pm today, lunch break. Is that fine if I take water? Condo has a pool and a small "
                 "gym w/ treadmill."
    },
    expected=exp(False, "moderate",
                 ["swim", "stationary_bike", "elliptical", "strength", "yoga", "stretching", "rest", "run"],
                 ["cycle"], [20, 60], "any",
                 ["heat|hot|humid|humidity|acclimatise|acclimatize|acclimatised|acclimatized|acclimatisation|acclimatization"],
                 []),
    rationale="32 C with 78% humidity: NWS heat index ~43 C ('danger', DOMAIN); not acclimatised (1 week) -> ACSM 2007: "
              "cancel/limit intense outdoor exercise for the non-acclimatised. Move indoors (treadmill in AC, pool) or "
              "to early morning, shorten, reduce pace; HR drift in heat. Not a rest day.",
))

C.append(dict(
    id="h18",
    who="66M CKD 3b, HTN, ex-smoker, on metoprolol + atorvastatin; calf pain at ~10 min of walking relieved by 2 min rest (attributes it to statin)",
    profile={
        "age": 66, "sex": "male", "weight_kg": 92, "height_cm": 176, "resting_hr": 58,
        "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 80,
        "fitness": "beginner", "goal": "stay off dialysis, lose some weight",
        "preferences": ["walk", "stationary_bike"],
        "history": [h("walk", 30, 1, 12), h("walk", 25, 2, 13), h("walk", 30, 4, 12), h("walk", 20, 5, 13)],
        "context": {"time": D + "09:00", "temperature_c": 3, "wind_kmh": 15},
        "notes": "Nephrologist says CKD stage 3b. On metoprolol, amlodipine and atorvastatin. Ex-smoker (quit 10 yrs ago). "
                 "BP this morning 132/80 so that's good. Been walking most days but around the 10 min mark my right calf "
                 "starts cramping and aching and I have to stop by a bench for a couple minutes, then it goes away and I "
                 "can carry on. Pretty sure it's the statin, my buddy had the same. Should I push through it to build up?"
    },
    expected=exp(False, "light",
                 ["rest", "walk", "stationary_bike", "stretching"],
                 ["run", "cycle"], [0, 40], "rpe",
                 ["doctor|physician|nephrologist|GP|clinician|medical|vascular|circulation|artery|arteries"],
                 []),
    rationale="Reproducible exertional calf pain relieved by rest in an ex-smoker with CKD and HTN = intermittent "
              "claudication (DOMAIN 'Warning symptoms', ACSM 2015: seek medical clearance), not statin myalgia. "
              "Should be told to get it checked (ABI/PAD work-up) before progressing; no 'push through' advice "
              "until diagnosed. Metoprolol -> HR zones mislead, use RPE/talk test. BP 132/80 fine.",
))

C.append(dict(
    id="h19",
    who="48F, 5'4\" 232 lb (BMI ~40), bilateral knee OA, knees ache after 10-15 min walking, hates gyms, pool at the Y, goal -50 lb",
    profile={
        "age": 48, "sex": "female", "weight_lb": 232, "height_in": 64,
        "conditions": ["knee_injury"], "bp_systolic": 136, "bp_diastolic": 84,
        "fitness": "beginner", "goal": "lose 50 lbs",
        "preferences": ["swim", "walk"],
        "history": [h("walk", 10, 2, 13), h("walk", 12, 4, 13), h("walk", 10, 7, 13)],
        "context": {"time": D + "12:30", "temperature_f": 45},
        "notes": "5'4 and about 230, both knees have arthritis (xrays), my doc says losing weight would help them the most. "
                 "Walking more than 10-15 min makes them ache for the rest of the day. Honestly I hate gyms, everyone "
                 "staring. There's a pool at the Y near work that does water aerobics at lunch tho. Goal is 50 lbs by "
                 "next summer, is that realistic??"
    },
    expected=exp(False, "moderate",
                 ["swim", "stationary_bike", "elliptical", "walk", "strength", "stretching", "tai_chi", "yoga"],
                 ["run"], [15, 45], "any",
                 ["pool|swim|swimming|water|low-impact|low impact"],
                 ["no pain, no gain", "no pain no gain"]),
    rationale="Obesity + knee OA: low impact (swimming, water aerobics 5.3 MET, bike, elliptical), no running/jumping "
              "(DOMAIN). Start ~15-30 min and build toward 150-300 min/week (WHO; higher volumes for weight loss). "
              "She likes the pool: personalise to it. Card should be in imperial units.",
))

C.append(dict(
    id="h20",
    who="24M pro cyclist, day 2 at 2400 m altitude camp, headache last night, periodic breathing, RHR +10, coach plans 2x20 threshold",
    profile={
        "age": 24, "sex": "male", "weight_kg": 68, "height_cm": 181, "resting_hr": 58,
        "fitness": "advanced", "goal": "race season in March, raise FTP",
        "preferences": ["cycle", "stationary_bike"],
        "history": [h("cycle", 120, 2, 13), h("cycle", 90, 3, 16), h("cycle", 180, 4, 13), h("strength", 45, 5, 14),
                    h("cycle", 60, 6, 11), h("cycle", 150, 8, 13), h("cycle", 90, 10, 16)],
        "context": {"time": D + "09:00", "temperature_c": 5, "wind_kmh": 10},
        "notes": "Team altitude camp, arrived yesterday (~2400 m). Had a headache last night and woke up a few times "
                 "gasping a bit, no headache now after coffee. Morning HR 58, normally 48. Coach's plan today: 2x20 min "
                 "threshold on the road. Should I do it as planned or dial it back? Feel a bit flat tbh."
    },
    expected=exp(False, "moderate",
                 ["cycle", "stationary_bike", "walk", "rest", "stretching", "yoga", "swim"],
                 [], [0, 90], "any",
                 ["altitude|acclimatise|acclimatize|acclimatisation|acclimatization|elevation"],
                 []),
    rationale="Altitude is outside DOMAIN (clinical judgement: Wilderness Medical Society 2019): headache on arrival = "
              "mild AMS; periodic breathing at night is normal at altitude (look-alike for PND). First days: easy "
              "endurance only, postpone threshold work, hydrate, stop and descend if headache/ataxia worsen. Elevated "
              "RHR -> HR targets mislead; DOMAIN training load/recovery principles apply.",
))

C.append(dict(
    id="h21",
    who="41F on propranolol for work anxiety, cranking elliptical resistance because watch HR won't exceed ~120, wants a 10k plan",
    profile={
        "age": 41, "sex": "female", "weight_kg": 66, "height_cm": 170, "resting_hr": 58,
        "fitness": "intermediate", "goal": "run a 10k in April",
        "preferences": ["run", "elliptical"],
        "history": [h("elliptical", 40, 1, 15), h("elliptical", 45, 3, 16), h("run", 25, 4, 14),
                    h("elliptical", 40, 6, 16), h("run", 20, 8, 13)],
        "context": {"time": D + "06:30", "temperature_c": 9},
        "notes": "GP started me on propranolol 40mg twice a day for anxiety about a month ago (work has been insane - "
                 "restructuring, layoffs). It helps a lot. But now my watch says my HR won't go above ~120 on the "
                 "elliptical even when I'm dying, so I keep cranking the resistance to get into 'zone 3'. Is my watch "
                 "broken? What HR should I train at for the 10k plan?"
    },
    expected=exp(False, "vigorous",
                 ["run", "elliptical", "brisk_walk", "cycle", "stationary_bike", "swim", "strength", "yoga"],
                 [], [20, 60], "rpe",
                 ["RPE|perceived exertion|talk test|effort",
                  "propranolol|beta-blocker|beta blocker|beta-blockers|medication|medicine"],
                 []),
    rationale="Beta-blockers blunt HR response; HR zones from 220-age/Karvonen mislead -> prescribe by RPE 12-14 / talk "
              "test (ACSM; DOMAIN HR table gives RPE equivalents). Stop chasing a HR zone. Anxiety/stress: regular "
              "moderate exercise helps (WHO). Healthy otherwise; exercise today.",
))

C.append(dict(
    id="h22",
    who="14F cross-country runner restricting food (skipping breakfast, extra runs to lose weight), near-fainted at practice yesterday, asks to run this morning",
    profile={
        "age": 14, "sex": "female", "weight_lb": 99, "height_in": 63,
        "fitness": "intermediate", "goal": "lose 5 lbs before regionals",
        "preferences": ["run"],
        "history": [h("run", 60, 1, 16), h("run", 50, 2, 14), h("run", 30, 2, 12), h("run", 60, 3, 15),
                    h("run", 45, 4, 13), h("run", 30, 5, 12), h("run", 60, 6, 15)],
        "context": {"time": D + "06:00", "temperature_c": 6},
        "notes": "im 14 on the xc team. trying to drop like 5 more lbs before regionals so ive been doing extra runs "
                 "before school and skipping breakfast lol. yesterday at practice i got super lightheaded and everything "
                 "went grey and i had to sit down, coach didnt see. im fine now tho!! can i do my morning run? dont tell my mom"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["doctor|parent|parents|adult|coach|nurse|medical|mom|mum",
                  "eat|eating|food|breakfast|fuel|fueling|fuelling|energy"],
                 ["lose 5 lbs"]),
    rationale="Near-syncope during exercise (lightheaded, vision greying) = DOMAIN warning symptom (dizziness or "
              "syncope: stop, medical evaluation). Plus energy restriction in an adolescent athlete (beyond DOMAIN: "
              "RED-S, IOC 2018). No run today; eat; tell a parent/coach; see a doctor. The card must not endorse weight loss.",
))

C.append(dict(
    id="h23",
    who="33M lifter, very sore chest/sternum area after heavy bench + dips + 100 push-ups, tender to touch, no exertional symptoms, asks about leg day",
    profile={
        "age": 33, "sex": "male", "weight_kg": 84, "height_cm": 180, "resting_hr": 60,
        "fitness": "intermediate", "goal": "build muscle",
        "preferences": ["strength", "run"],
        "history": [h("strength", 70, 1, 16), h("run", 30, 3, 13), h("strength", 60, 4, 15),
                    h("strength", 60, 6, 15), h("run", 30, 7, 12)],
        "context": {"time": D + "18:30", "temperature_c": 12},
        "notes": "Went hard on chest yesterday - heavy bench, weighted dips, then 100 push-ups for a challenge. Today my "
                 "chest is SUPER sore, hurts when I press on my pecs or reach behind me, and the sternum area aches a bit "
                 "when I stretch. Breathing totally fine, no pain walking up stairs, feels like the usual DOMS just way "
                 "worse. Thinking leg day tonight - ok? Or should I skip the gym?"
    },
    expected=exp(False, "vigorous",
                 ["strength", "run", "cycle", "stationary_bike", "elliptical", "swim", "brisk_walk", "walk", "yoga",
                  "stretching"],
                 [], [30, 90], "any",
                 ["sore|soreness|DOMS|muscle|muscles|legs|leg|lower body|lower-body"],
                 []),
    rationale="Musculoskeletal chest-wall soreness: reproducible on palpation/movement, no exertional symptoms, no "
              "dyspnoea (benign look-alike for 'chest pain'). ACSM 48 h rule applies to the same muscle groups only: "
              "leg day is fine. A false alarm here (rest / see a doctor) is wrong.",
))

C.append(dict(
    id="h24",
    who="76F heart failure (stable 1 yr, post cardiac rehab), 4-5 days of worse ankle swelling, now sleeps on 3 pillows, new breathlessness on stairs; icy day; daughter typing",
    profile={
        "age": 76, "sex": "female", "weight_kg": 70, "height_cm": 158, "resting_hr": 78,
        "conditions": ["heart_disease", "hypertension"], "bp_systolic": 124, "bp_diastolic": 70,
        "fitness": "beginner", "goal": "keep walking every day like cardiac rehab said",
        "preferences": ["walk"],
        "history": [h("walk", 20, 1, 13), h("walk", 20, 2, 12), h("walk", 15, 3, 13), h("walk", 20, 5, 11)],
        "context": {"time": D + "10:00", "temperature_c": -2, "precipitation": "ice", "wind_kmh": 12},
        "notes": "Typing this for my mum (76). She has heart failure, stable for a year, finished cardiac rehab in the "
                 "summer and they told her to walk every day. Past 4-5 days her ankles are puffier than usual (sock marks), "
                 "she's now sleeping propped on 3 pillows cos she says she can't get comfy flat, and she gets winded doing "
                 "the stairs which she never used to. She thinks she's just out of shape from the cold weather. It's icy "
                 "today so I was going to take her to walk laps in the shopping centre instead. OK?"
    },
    expected=exp(True, "light", REST_ONLY, [a for a in ALL_MOVING], [0, 0], "any",
                 ["doctor|GP|cardiologist|nurse|medical|clinic|clinician|999|911|111|emergency|heart failure team"],
                 []),
    rationale="Ankle oedema + orthopnoea (3 pillows) + new exertional breathlessness in known HF = decompensation. "
              "All three are DOMAIN warning symptoms (ACSM screening): do not start, seek medical review today. "
              "None is written with a keyword ('swelling', 'shortness of breath' absent).",
))

assert len(C) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients")
