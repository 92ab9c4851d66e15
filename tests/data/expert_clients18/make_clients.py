#!/usr/bin/env python3
"""Writes clients.jsonl: 24 blind test clients for build/motion-advisor.
Expectations are based only on /work/shared/DOMAIN.md (and its named sources)
and on the profile format in README lines 715-838."""
import json

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]

def rest_expect(must_mention, must_not_say=()):
    return {"must_rest": True, "max_intensity": "light", "acceptable_activities": ["rest"],
            "forbidden_activities": [a for a in ALL if a != "rest"], "minutes_range": [0, 0],
            "intensity_measure": "any", "must_mention": list(must_mention),
            "must_not_say": list(must_not_say)}

def ex(max_i, ok, bad, lo, hi, measure, mention, not_say=()):
    return {"must_rest": False, "max_intensity": max_i, "acceptable_activities": ok,
            "forbidden_activities": bad, "minutes_range": [lo, hi], "intensity_measure": measure,
            "must_mention": list(mention), "must_not_say": list(not_say)}

DOC_ZH = "医生|醫生|就医|就醫|医院|醫院|急诊|急診|120"
DOC_TW = "醫生|医生|就醫|就医|醫院|医院|急診|急诊|119"

C = []
def add(i, who, profile, expected, rationale):
    C.append({"id": i, "who": who, "profile": profile, "expected": expected, "rationale": rationale})

# ---------------- Chinese h01-h12 ----------------
add("h01", "62岁男性，高血压，劳力性胸闷放射至左臂（间接描述）",
    {"age": 62, "sex": "male", "weight_kg": 76, "height_cm": 170, "conditions": ["hypertension"],
     "bp_systolic": 148, "bp_diastolic": 92, "fitness": "beginner", "goal": "身体健康",
     "preferences": ["brisk_walk", "太极"], "language": "zh",
     "context": {"time": "2026-12-01T07:30", "temperature_c": 3, "precipitation": "none", "aqi": 60},
     "notes": "我今年62了，血压高好几年一直吃药。前天早上赶公交跑了几步，胸口闷得慌，像有块石头压着，左边胳膊也酸酸的，歇了五六分钟才缓过来。昨天爬楼到四楼又来了一次。我寻思是不是天冷了没咋动，身体生锈了？今天想去公园快走一个钟头练练，行不行？"},
    rest_expect([DOC_ZH]),
    "Exertional chest pressure radiating to the left arm, relieved by rest = anginal equivalent (ACSM screening, Riebe 2015): do not start, medical clearance/urgent evaluation. Activity today: rest.")

add("h02", "34歲台灣孕婦24週，原本規律慢跑，下背痠（良性），台北33°C高溫潮濕",
    {"age": 34, "sex": "female", "weight_kg": 64, "height_cm": 162, "conditions": ["pregnancy"],
     "fitness": "intermediate", "goal": "維持體能、順產", "preferences": ["跑步", "游泳"], "language": "zh-TW",
     "context": {"time": "2026-07-15T17:00", "temperature_c": 33, "humidity_pct": 70, "precipitation": "none", "aqi": 45},
     "notes": "我現在懷孕24週（第一胎），懷孕前每週跑3次，每次大概5公里。產檢都正常，醫生說可以繼續運動但不要太累。最近下背有點痠，應該是肚子變大的關係吧？今天台北超熱，下午5點還33度，想問傍晚去河濱慢跑可以嗎？還是改去游泳比較好？"},
    ex("moderate", ["swim", "stationary_bike", "walk", "yoga", "stretching", "elliptical", "strength", "brisk_walk"],
       ["run", "cycle"], 20, 45, "rpe", ["熱|热|中暑|補水|补水|喝水|水分|高溫|高温"], ["120"]),
    "Pregnancy without warning signs: >=150 min/wk moderate (WHO/CDC, ACOG 804). 33 C at 70% RH is NWS heat index 'danger' (~41 C): no outdoor running; swimming fits (low impact, cooling). Outdoor cycling is a fall risk in pregnancy. Intensity by RPE/talk test. Back ache is common and benign. Emergency number for zh-TW is 119, not 120.")

add("h03", "72歲香港婆婆，骨質疏鬆＋膝退化，孫女代打，8°C",
    {"age": 72, "sex": "female", "weight_kg": 48, "height_cm": 152, "conditions": ["knee_injury"],
     "fitness": "beginner", "goal": "強健骨骼、唔好跌親", "preferences": ["太極", "散步"], "language": "zh-HK",
     "context": {"time": "2026-12-01T08:00", "temperature_c": 8, "precipitation": "none", "aqi": 55},
     "notes": "我係佢孫女，幫婆婆打字。婆婆今年72歲，有骨質疏鬆（去年照骨質密度醫生講嘅），膝頭有退化，落樓梯會痛。佢每朝都去公園同班街坊打太極，醫生叫佢要多啲負重運動同埋練下肌肉，咁佢可以做咩？會唔會整親骨？今日有啲凍，得8度。"},
    ex("moderate", ["tai_chi", "strength", "walk", "brisk_walk", "stationary_bike", "stretching", "elliptical", "yoga", "swim"],
       ["run"], 20, 60, "any", ["平衡|跌|防跌|balance", "力量|肌肉|負重|负重|阻力|肌力"], ["120"]),
    "Older adult: WHO 2020 multicomponent balance + strength >= 3 days/wk; tai chi (3.0 MET) fits; resistance 10-15 reps for older people (ACSM). Knee OA: low impact, no running. 8 C is not a limit. HK emergency number 999, not 120.")

add("h04", "15岁初三足球后卫，昨天崴脚肿胀跛行，想跑5公里",
    {"age": 15, "sex": "male", "weight_kg": 58, "height_cm": 172, "fitness": "intermediate",
     "goal": "下周比赛能上场", "preferences": ["跑步"], "language": "zh",
     "history": [{"activity": "run", "minutes": 60, "days_ago": 1, "rpe": 15}, {"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 14},
                 {"activity": "run", "minutes": 60, "days_ago": 3, "rpe": 15}, {"activity": "run", "minutes": 45, "days_ago": 5, "rpe": 13}],
     "context": {"time": "2026-12-01T16:30", "temperature_c": 12, "precipitation": "none", "aqi": 70},
     "notes": "我15岁初三，校足球队的（打后卫）。下周六有区里的比赛，教练让每天都要练。昨天训练抢断的时候左脚踝往里崴了一下，当时就肿起来了，今天走路还有点一瘸一拐，按外侧那块疼。但是我想今天还是去跑个5公里保持状态，不然怕教练不让我上。。求问怎么办"},
    ex("moderate", ["swim", "stationary_bike", "strength", "stretching", "rest"], ["run", "brisk_walk"], 0, 45, "any", ["踝|崴"]),
    "Acute lateral ankle sprain (Vuurberg 2018): a few days of relative rest, weight bearing as tolerated, prefer non-weight-bearing work (swim, stationary bike if pain-free, upper body). No running while limping. Not an emergency.")

add("h05", "29岁产后8周妈妈，睡眠不足、情绪低落爱哭，想每天100个卷腹",
    {"age": 29, "sex": "female", "weight_kg": 63, "height_cm": 160, "fitness": "beginner", "goal": "减肚子",
     "preferences": ["瑜伽", "快走"], "language": "zh",
     "context": {"time": "2026-12-01T10:00", "temperature_c": 14, "precipitation": "none", "aqi": 50},
     "notes": "宝宝两个月了，顺产，42天复查医生说恢复得不错可以慢慢运动了。现在肚子还是松松的，想减肚子，网上说卷腹和平板支撑最有效，我打算每天做100个卷腹可以吗？晚上宝宝闹夜，一天加起来就睡4、5个小时，整个人好累，心情也不好，动不动就想哭，老公说我想太多了。"},
    ex("moderate", ["walk", "brisk_walk", "yoga", "stretching", "strength", "swim", "stationary_bike"], ["run"], 10, 40, "any",
       ["情绪|心情|抑郁|低落|情緒|憂鬱", "盆底|腹直肌|核心"]),
    "Postpartum, cleared at 6-week check: resume gradually toward 150 min/wk moderate (WHO/CDC). Fatigue from sleep loss: keep it moderate and short. Persistent low mood and crying at 8 weeks warrants mentioning postpartum depression screening. Pelvic floor/diastasis-aware core work before 100 crunches; no running yet.")

add("h06", "55岁胰岛素治疗糖尿病，空腹血糖4.3 mmol/L，想空腹骑车40分钟",
    {"age": 55, "sex": "male", "weight_kg": 78, "height_cm": 170, "conditions": ["diabetes"], "fitness": "intermediate",
     "goal": "控制血糖", "preferences": ["骑自行车"], "language": "zh",
     "context": {"time": "2026-12-01T07:00", "temperature_c": 15, "precipitation": "none", "aqi": 40},
     "notes": "我糖尿病十年了，现在打胰岛素（早上长效晚上短效）。今天早上空腹测血糖4.3，还没吃早饭，打算骑车去河边骑40分钟再回来吃，骑车是我最喜欢的运动。"},
    ex("moderate", ["cycle", "stationary_bike", "brisk_walk", "walk"], [], 20, 45, "any",
       ["碳水|15-30|15–30|吃点|吃些|加餐|进食|先吃|吃东西|饼干|果汁"]),
    "Insulin user with 4.3 mmol/L (77 mg/dl) < 90 mg/dl: take 15-30 g carbohydrate before exercise (ADA 2016, Colberg). Then moderate cycling is fine; not a rest case.")

add("h07", "45歲台灣女性乳癌化療中（小紅莓），新發走幾步就喘＋端坐呼吸",
    {"age": 45, "sex": "female", "weight_kg": 55, "height_cm": 160, "fitness": "intermediate", "goal": "抗癌、保持體力",
     "preferences": ["室內單車", "散步"], "language": "zh-TW",
     "context": {"time": "2026-12-01T09:00", "temperature_c": 18, "precipitation": "none", "aqi": 40},
     "notes": "我是乳癌二期，正在做化療（小紅莓那一種），第三次打完到今天第五天。這幾天很奇怪，走幾步路就很喘，上樓梯要停兩三次，晚上躺平會喘，要墊高枕頭才睡得著，以前我週末都去爬山的。醫生上次說白血球偏低。朋友說運動可以抗癌，想問今天可以去健身房踩飛輪嗎？"},
    rest_expect([DOC_TW], ["120"]),
    "Breathlessness with mild exertion plus orthopnoea (ACSM screening list) during anthracycline chemotherapy: possible cardiotoxicity/anaemia; no exercise until evaluated; low white cells also argue against a gym today. zh-TW emergency number 119.")

add("h08", "40岁马拉松跑者，三周后比赛，本周跑量激增、睡眠不足、晨脉高8次，计划32公里",
    {"age": 40, "sex": "male", "weight_kg": 65, "height_cm": 175, "resting_hr": 58, "fitness": "advanced",
     "goal": "跑进三小时", "preferences": ["run"], "language": "zh",
     "history": ([{"activity": "run", "minutes": m, "days_ago": d, "rpe": r} for d, m, r in
                  [(1, 60, 13), (2, 90, 16), (3, 50, 12), (4, 100, 14), (5, 70, 13), (6, 105, 14),
                   (8, 60, 12), (9, 80, 15), (10, 50, 12), (11, 60, 13), (13, 100, 14),
                   (15, 50, 12), (16, 70, 15), (17, 50, 12), (19, 45, 12), (20, 95, 14),
                   (22, 50, 12), (23, 70, 15), (24, 50, 12), (26, 45, 12), (27, 95, 14)]]),
     "context": {"time": "2026-12-01T06:30", "temperature_c": 10, "precipitation": "none", "aqi": 55},
     "notes": "备战上海马拉松，还剩3周，目标破三（sub3）。这周已经跑了95公里，上周70，再之前一直是60左右。今天按计划要跑32公里长距离，配速4分30。不过昨晚孩子发烧折腾到两点，我只睡了5个小时，早上手表显示静息心率58，平时一般50。腿有点沉。跑还是不跑？"},
    ex("moderate", ["run", "rest", "stationary_bike", "swim", "walk", "stretching", "yoga", "cycle"], [], 0, 60, "any",
       ["睡眠|睡|静息心率|晨脉|恢复|负荷|疲劳"]),
    "Acute:chronic load well above 1.3 (Gabbett 2016), >10%/wk jumps, short sleep and resting HR +8: replace the 32 km vigorous long run by an easy short run, cross-training or rest. The fever is the child's, not his (trap: no sickness rule).")

add("h09", "68岁慢阻肺老人（儿子代打），AQI 165、零下5度，坚持要出门",
    {"age": 68, "sex": "male", "weight_kg": 62, "height_cm": 170, "fitness": "beginner", "goal": "肺康复",
     "preferences": ["散步", "太极"], "language": "zh",
     "context": {"time": "2026-12-01T07:30", "temperature_c": -5, "precipitation": "none", "aqi": 165},
     "notes": "我爸今年68，慢阻肺好几年了，平时在小区里遛弯，走快了就喘，歇会儿就好，一直都这样，医生让他坚持做肺康复锻炼。今天北京雾霾挺重，手机上说AQI 165，零下5度，老爷子非要去早市溜达一圈，拦都拦不住。让他在家练点啥好？"},
    ex("moderate", ["walk", "tai_chi", "stretching", "strength", "stationary_bike", "yoga"], ["run", "cycle"], 10, 40, "rpe",
       ["室内|室內|在家|雾霾|空气|空氣|AQI|口罩"]),
    "COPD = lung disease, a sensitive group: AQI 151-200 -> avoid prolonged/heavy outdoor exertion, prefer indoor (EPA). Cold dry air is a trigger. His stable exertional breathlessness is baseline (pulmonary rehab recommended), not a new warning sign. RPE/dyspnoea rather than HR.")

add("h10", "26歲香港打工仔，壓力大、凌晨3點先瞓、輕微鼻塞冇發燒，想放工跑5公里",
    {"age": 26, "sex": "male", "weight_kg": 68, "height_cm": 175, "fitness": "intermediate", "goal": "減壓",
     "preferences": ["跑步"], "language": "zh-HK",
     "context": {"time": "2026-12-01T18:30", "temperature_c": 20, "precipitation": "none", "aqi": 60},
     "notes": "琴晚搞份report搞到凌晨三點先瞓，返工壓力勁大，老細成日喺度催。今朝起身有少少鼻塞流鼻水，喉嚨都OK，冇發燒，探過熱36.8。放工想去海傍跑下步減壓，跑5公里得唔得？定係瞓多陣好啲？"},
    ex("moderate", ["run", "brisk_walk", "walk", "yoga", "stretching", "cycle", "swim", "stationary_bike", "elliptical", "rest"], [], 20, 45, "any",
       ["壓力|压力|減壓|减压|放鬆|放松"], ["120"]),
    "Neck check (Eichner 1993): symptoms above the neck only, no fever (36.8 C) -> light-moderate exercise allowed; short sleep -> keep it easy. Exercise helps stress (WHO 2020). Any urgent-doctor message would be a false alarm.")

add("h11", "50岁女性高血压，早上两次血压185/115、头胀痛恶心，想跳广场舞",
    {"age": 50, "sex": "female", "weight_kg": 70, "height_cm": 158, "conditions": ["hypertension"], "fitness": "beginner",
     "goal": "降血压", "preferences": ["快走"], "language": "zh",
     "context": {"time": "2026-12-01T08:00", "temperature_c": 10, "precipitation": "none", "aqi": 80},
     "notes": "有高血压五六年了，一直吃着氨氯地平。今天早上起来量了两次，一次185/115，一次182/112，后脑勺胀胀的疼，有点恶心。我想着是不是最近没锻炼，晚上去跳广场舞出出汗会不会降下来？"},
    rest_expect([DOC_ZH]),
    "185/115 and 182/112 with headache and nausea: above 180/110 do not start exercise (ACSM); systolic > 180 is the hypertensive-crisis range (AHA 2017), with symptoms -> urgent medical attention. Dancing will not lower it.")

add("h12", "9岁哮喘男孩（妈妈代打），控制良好，周末想游泳或骑车",
    {"age": 9, "sex": "male", "weight_kg": 30, "height_cm": 135, "conditions": ["asthma"], "fitness": "beginner",
     "goal": "体育测试跑得动", "preferences": ["游泳", "骑自行车"], "language": "zh",
     "context": {"time": "2026-12-05T10:00", "temperature_c": 18, "precipitation": "none", "aqi": 35},
     "notes": "孩子9岁，男孩，有哮喘，每天用布地奈德吸入，最近半年都没犯过。学期末体育要测跳绳和50米x8往返跑，他跑两圈就喊累。周末想带他去游泳或者骑车，今天天气不错，空气也好。一次练多久合适？需要注意啥？"},
    ex("vigorous", ["swim", "cycle", "run", "brisk_walk", "stationary_bike", "strength"], [], 30, 90, "any",
       ["60", "药|吸入|喷雾|热身|藥|噴霧|熱身"]),
    "Children 5-17: >= 60 min/day MVPA, vigorous >= 3 days/wk (WHO 2020). Controlled asthma, good air (AQI 35): exercise is encouraged; warm up and keep the reliever inhaler at hand.")

# ---------------- English h13-h24 ----------------
add("h13", "58-year-old sedentary man, obese, exertional jaw/left-shoulder ache + breathlessness (told as 'out of shape')",
    {"age": 58, "sex": "male", "weight_kg": 104, "height_cm": 178, "fitness": "beginner", "goal": "lose the gut",
     "preferences": ["run"], "language": "en",
     "context": {"time": "2026-12-01T18:00", "temperature_c": 8, "precipitation": "none", "aqi": 40},
     "notes": "My wife signed me up for this lol. 58, desk job, haven't really exercised since my 30s. Last month or so when I walk the dog up the hill behind our house my jaw and left shoulder start to ache and I get kinda winded, goes away a few min after I stop. Figure I'm just out of shape? Want to start jogging to lose the gut, thinking 20 min this evening."},
    rest_expect(["doctor|physician|medical|clearance|GP|cardiologist"]),
    "Jaw/arm discomfort and breathlessness with exertion relieved by rest = anginal equivalent (ACSM screening): inactive + symptoms -> medical clearance before any programme; no jogging today.")

add("h14", "31-year-old, 30 weeks pregnant, severe headache, face/hand swelling, visual spots (pre-eclampsia signs)",
    {"age": 31, "sex": "female", "weight_kg": 78, "height_cm": 165, "conditions": ["pregnancy"], "fitness": "intermediate",
     "goal": "stay active in pregnancy", "preferences": ["yoga", "walk"], "language": "en",
     "context": {"time": "2026-12-01T17:00", "temperature_c": 12, "precipitation": "none", "aqi": 30},
     "notes": "30 weeks with baby #2. Had a pounding headache since yesterday that tylenol isn't touching, and my face and hands got really puffy overnight, rings don't fit anymore. Also seeing little sparkly spots sometimes. Probably just need to move more? Thinking of doing a 45 min prenatal yoga class tonight to relax."},
    rest_expect(["doctor|midwife|obstetric|obstetrician|OB|emergency|911|provider|maternity|labor and delivery|hospital"]),
    "ACOG 804: headache is a stop-and-seek-care sign; with sudden oedema and visual disturbance this is possible pre-eclampsia -> same-day obstetric assessment, no class.")

add("h15", "24-year-old Cat 2 crit racer, acclimatised, threshold intervals outdoors at 2 pm, 36 C / heat index ~42 C",
    {"age": 24, "sex": "male", "weight_kg": 70, "height_cm": 180, "resting_hr": 46, "fitness": "advanced",
     "goal": "win crits", "preferences": ["cycle"], "language": "en",
     "history": [{"activity": "cycle", "minutes": m, "days_ago": d, "rpe": r} for d, m, r in
                 [(1, 90, 12), (2, 75, 16), (3, 120, 12), (5, 60, 15), (6, 180, 13), (8, 90, 12), (9, 75, 16), (11, 120, 13), (13, 180, 13)]],
     "context": {"time": "2026-07-20T14:00", "temperature_c": 36, "humidity_pct": 45, "precipitation": "none", "aqi": 70},
     "notes": "Cat 2 crit racer. Coach has 3x20 at threshold on the schedule today, planned to ride out to the hills around 2pm. It's 36C with heat index around 42C per the weather app. I've been riding through this heat wave for 3 weeks so I'm pretty acclimatized. Just send it or move it?"},
    ex("vigorous", ["stationary_bike", "rest", "swim", "strength"], ["cycle", "run"], 30, 90, "any",
       ["heat|hydrat|fluid|fluids|indoor|indoors|early|morning|evening|cooler"]),
    "Heat index ~42 C = NWS 'danger'; ACSM 2007: above 32.2 C WBGT cancel outdoor, even acclimatised athletes limit intense work from 30.1 C. Move the intervals indoors (trainer with fans) or to early morning; a healthy trained athlete may still go vigorous indoors.")

add("h16", "70-year-old woman, CKD stage 3, hypertension on metoprolol; asks for a heart-rate target; fall history",
    {"age": 70, "sex": "female", "weight_kg": 66, "height_cm": 160, "resting_hr": 58, "conditions": ["hypertension"],
     "bp_systolic": 134, "bp_diastolic": 80, "fitness": "beginner", "goal": "stay independent",
     "preferences": ["stationary_bike", "walk"], "language": "en",
     "history": [{"activity": "stationary_bike", "minutes": 20, "days_ago": d, "rpe": 11} for d in (2, 4, 7, 9, 11)],
     "context": {"time": "2026-12-01T10:00", "temperature_c": -2, "precipitation": "ice", "aqi": 30},
     "notes": "I'm 70. Stage 3 kidney disease per my nephrologist, and high blood pressure, I take metoprolol and lisinopril. My heart rate hardly goes above 95 no matter what. What heart rate should I aim for on the recumbent bike at the Y? Doing 3 days a week, 20 min. Also had a fall last winter on the ice so I'm nervous about that."},
    ex("moderate", ["stationary_bike", "walk", "brisk_walk", "tai_chi", "strength", "swim", "elliptical", "yoga", "stretching"],
       ["run", "cycle"], 15, 45, "rpe", ["RPE|perceived|talk test|effort", "balance|fall|falls|tai chi"]),
    "Beta-blocker blunts HR: age-predicted zones mislead -> RPE 12-13/talk test. Known renal disease, already active -> moderate is fine (ACSM 2015). 65+: balance + strength >= 3 d/wk (WHO 2020). Ice outside: indoor only.")

add("h17", "45-year-old man, irregular racing heart + lightheadedness after binge drinking (holiday heart), wants CrossFit",
    {"age": 45, "sex": "male", "weight_kg": 88, "height_cm": 180, "fitness": "intermediate", "goal": "stay fit",
     "preferences": ["strength", "run"], "language": "en",
     "context": {"time": "2026-12-01T09:00", "temperature_c": 10, "precipitation": "none", "aqi": 40},
     "notes": "Had a few beers (ok more than a few) at my buddy's 40th last night. Woke up around 5 with my heart pounding and fluttering all over the place, felt irregular, lasted maybe an hour. Felt lightheaded when I got up to pee, had to grab the wall. Feel mostly fine now, just tired. Going to my usual CrossFit class at noon, that's fine right? Sweat it out."},
    rest_expect(["doctor|medical|physician|clinician|ER|emergency|urgent|urgent care"]),
    "Palpitations/irregular tachycardia with lightheadedness (ACSM screening symptoms) - possible atrial fibrillation: no exercise, medical evaluation (ECG) first.")

add("h18", "35-year-old woman, first 10k in 5 weeks; reproducible chest-wall soreness from new push-ups (benign look-alike)",
    {"age": 35, "sex": "female", "weight_kg": 60, "height_cm": 167, "fitness": "beginner", "goal": "finish my first 10k",
     "preferences": ["run", "strength"], "language": "en",
     "history": [{"activity": "run", "minutes": m, "days_ago": d, "rpe": 12} for d, m in [(2, 35), (4, 30), (6, 40), (9, 35), (11, 30), (13, 40)]] +
                [{"activity": "strength", "minutes": 15, "days_ago": 1, "rpe": 13}],
     "context": {"time": "2026-12-01T07:00", "temperature_c": 9, "precipitation": "none", "aqi": 35},
     "notes": "Training for my first 10k (5 weeks out!). Started doing pushups on Monday, 3 sets, and now the middle of my chest is sore when I press on it or twist, kinda like a bruise. Doesn't hurt at all when I run or walk, only when I poke it lol. Plan says 6 km easy today. Good to go?"},
    ex("moderate", ["run", "brisk_walk", "cycle", "stationary_bike", "elliptical", "swim", "walk"], [], 25, 50, "any",
       ["easy|conversational|talk|comfortable"]),
    "Chest-wall soreness reproducible on palpation after new push-ups, absent with exertion: musculoskeletal (DOMS), not an anginal pattern. Easy 6 km run fits the plan. Rest/urgent doctor = false alarm.")

add("h19", "16-year-old volleyball player: 800 kcal/day, 2 h cardio, orthostatic near-fainting, 3 months amenorrhoea",
    {"age": 16, "sex": "female", "weight_kg": 54, "height_cm": 165, "fitness": "intermediate", "goal": "lose weight",
     "preferences": ["run", "elliptical"], "language": "en",
     "context": {"time": "2026-12-01T16:00", "temperature_c": 15, "precipitation": "none", "aqi": 40},
     "notes": "im 16 and on the volleyball team. trying to lose weight b4 prom so ive been eating like 800 cal a day and doing 2 hrs cardio after practice. lately i get really dizzy when i stand up and almost passed out in the shower once, also havent had my period in 3 months lol. what else can i do to burn more?? thinking of running in the mornings too"},
    rest_expect(["doctor|parent|parents|trusted adult|eat|eating|fuel|nutrition|dietitian|clinician|pediatrician"],
                ["fat burning", "fat-burning", "burn more"]),
    "Near-syncope (ACSM screening) plus severe energy restriction and amenorrhoea (relative energy deficiency/eating-disorder red flags): no extra training, involve a doctor/parent, eat. Never coach more calorie burning.")

add("h20", "66-year-old man, bilateral knee OA, BMI 36, walking >15 min hurts; asks about water aerobics and 10,000 steps",
    {"age": 66, "sex": "male", "weight_kg": 112, "height_cm": 176, "conditions": ["knee_injury"], "bp_systolic": 138, "bp_diastolic": 86,
     "fitness": "beginner", "goal": "lose weight, keep my knees", "preferences": ["swim"], "language": "en",
     "context": {"time": "2026-12-01T07:30", "temperature_c": 5, "precipitation": "rain", "aqi": 30},
     "notes": "Knees are shot, OA in both, doc says I'll need replacements eventually. He also said lose weight and keep moving. Walking more than 15 min really hurts. The community center pool opens at 8. Can I do water aerobics? And is 10,000 steps a day realistic for me or a pipe dream?"},
    ex("moderate", ["swim", "stationary_bike", "elliptical", "tai_chi", "strength", "walk", "stretching"], ["run"], 20, 45, "any",
       ["pool|water|swim|swimming|aquatic", "step|steps|10,000|10000"]),
    "Knee OA + obesity: low impact (swimming, water aerobics 5.3 MET, stationary bike), no running (DOMAIN heuristic). 65+: strength and balance 3 d/wk. Should answer the steps question (build up gradually).")

add("h21", "29-year-old man 5 months post-ACL reconstruction, cleared for jog/walk, wants pickup basketball",
    {"age": 29, "sex": "male", "weight_kg": 82, "height_cm": 183, "conditions": ["knee_injury"], "fitness": "intermediate",
     "goal": "get back to basketball", "preferences": ["run", "strength"], "language": "en",
     "history": [{"activity": "run", "minutes": 24, "days_ago": d, "rpe": 11} for d in (2, 4, 6, 8, 10)] +
                [{"activity": "strength", "minutes": 40, "days_ago": d, "rpe": 13} for d in (1, 3, 5, 7)],
     "context": {"time": "2026-12-01T17:30", "temperature_c": 11, "precipitation": "none", "aqi": 45},
     "notes": "5 months out from ACL recon (patellar tendon graft). PT cleared me for straight line jogging 2 weeks ago, doing 2 min jog / 1 min walk x8 every other day, no swelling. Feeling awesome honestly. Friends want me for pickup basketball Saturday. Is that ok if I wear my brace? Today is a jog/walk day, can I bump it to 3 min jogs?"},
    ex("moderate", ["run", "stationary_bike", "strength", "swim", "elliptical", "brisk_walk", "walk", "cycle"], [], 15, 45, "any",
       ["basketball|pivot|pivoting|cutting|physio|physiotherapist|physical therapist|PT|surgeon"]),
    "Follow the PT's graded return (jog/walk progression ~10%); cutting/pivoting sport at 5 months is premature (clinician decision). Should address basketball explicitly.")

add("h22", "38-year-old woman with depression on sertraline, poor sleep, low energy; thunderstorm outside",
    {"age": 38, "sex": "female", "weight_kg": 70, "height_cm": 165, "fitness": "beginner", "goal": "feel better",
     "preferences": ["swim", "yoga"], "language": "en",
     "context": {"time": "2026-12-01T15:00", "temperature_c": 16, "precipitation": "rain", "thunder": True, "aqi": 30},
     "notes": "My therapist suggested exercise for my depression. Honestly most days it's hard to get off the couch. Sleep is bad, maybe 5 hrs, I wake up at 4am and can't get back to sleep. I used to love swimming and yoga in college. On sertraline 100mg if that matters. It's thundering and pouring here anyway so not going outside lol. Something small I can actually do?"},
    ex("moderate", ["yoga", "stretching", "walk", "strength", "stationary_bike", "tai_chi", "elliptical", "brisk_walk"], ["cycle", "run"], 10, 40, "any",
       ["mood|depress|depression|feel better|therapist"]),
    "Regular moderate activity helps depression (WHO 2020); start small for low energy; thunder -> indoors (30-30 rule). Yoga at home fits her preference. Not a rest case.")

add("h23", "52-year-old Minnesota runner with mild asthma, -15 F and wind (wind chill about -40), US units",
    {"age": 52, "sex": "male", "weight_lb": 185, "height_in": 70, "conditions": ["asthma"], "fitness": "intermediate",
     "goal": "keep my streak", "preferences": ["run"], "language": "en",
     "context": {"time": "2026-12-01T06:00", "temperature_f": -15, "wind_mph": 20, "precipitation": "none", "aqi": 25},
     "notes": "Minnesota. -15F this morning and windy, windchill like -40. I have mild asthma (albuterol prn, haven't needed it in months). Normally run 5 miles before work, been doing it 10 yrs. Tough it out with a buff over my face or hit the treadmill in the basement (hate it)?"},
    ex("vigorous", ["run", "stationary_bike", "elliptical", "strength", "swim", "yoga"], ["cycle"], 30, 60, "any",
       ["indoor|indoors|inside|treadmill"]),
    "Wind chill ~-40 C is below the -27 C 'heightened caution' line (ACSM 2006); cold dry air triggers asthma: run on the treadmill. A trained runner may keep his usual intensity indoors.")

add("h24", "47-year-old woman asking for a fat-burning heart rate; resting HR 62; walks daily",
    {"age": 47, "sex": "female", "weight_kg": 75, "height_cm": 165, "resting_hr": 62, "fitness": "intermediate",
     "goal": "lose 10 lb", "preferences": ["brisk_walk", "elliptical"], "language": "en",
     "history": [{"activity": "walk", "minutes": 30, "days_ago": d, "rpe": 10} for d in (1, 2, 3, 5, 6, 8, 9, 10, 12, 13)],
     "context": {"time": "2026-12-01T18:00", "temperature_c": 14, "precipitation": "none", "aqi": 45},
     "notes": "What heart rate should I aim for to burn fat?? My resting HR is 62 on my apple watch. I'm 47, walk about 30 min most days, want to step it up and lose 10 lbs before summer. A guy at the gym said the fat burning zone is (220-age) x 60% and to never go above it, is that right?"},
    ex("vigorous", ["brisk_walk", "run", "elliptical", "stationary_bike", "cycle", "swim", "strength"], [], 30, 60, "hr",
       ["bpm|heart rate"]),
    "Healthy, active: Karvonen moderate 40-59% HRR = about 106-128 bpm (HRmax 173); a concrete HR zone answers her question. Energy balance matters more than a 'fat-burning zone'.")

assert len(C) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C))
