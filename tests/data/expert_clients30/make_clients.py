#!/usr/bin/env python3
"""Writes clients.jsonl: 24 blind-evaluation clients for motion-advisor.

Written by the evaluating exercise physiologist BEFORE running the advisor.
Expectations are what I (ACSM-CEP) would sign for TODAY's single session.
Any expectation that goes beyond /work/shared/DOMAIN.md is marked
"[beyond DOMAIN]" in the rationale.

expected keys:
  must_rest            bool: the only acceptable answer today is rest
  max_intensity        light|moderate|vigorous: the highest intensity I would sign
  acceptable_activities advisor activity ids I would sign today (incl. "rest" if ok)
  forbidden_activities ids that would be a safety or suitability error
  minutes_range        [lo, hi] minutes I would sign (rest -> 0)
  intensity_measure    hr (a HR zone should be given) | rpe (a HR zone would mislead) | any
  must_mention         strings; "a|b" = any alternative, case-insensitive, in the card
  must_not_say         strings; "a|b" = none of the alternatives may appear in the card
"""
import json

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
        "stationary_bike", "elliptical", "stretching", "rest"]

C = []


def add(id_, who, profile, rationale, **exp):
    keys = ["must_rest", "max_intensity", "acceptable_activities", "forbidden_activities",
            "minutes_range", "intensity_measure", "must_mention", "must_not_say"]
    assert set(exp) == set(keys), (id_, set(exp) ^ set(keys))
    for a in exp["acceptable_activities"] + exp["forbidden_activities"]:
        assert a in ACTS, (id_, a)
    assert not set(exp["acceptable_activities"]) & set(exp["forbidden_activities"]), id_
    C.append({"id": id_, "who": who, "profile": profile, "rationale": rationale,
              "expected": {k: exp[k] for k in keys}})


# ---------------------------------------------------------------- Chinese h01-h12
add("h01", "52岁男，办公室职员，高血压服药控制良好，啤酒肚，想减重，问能不能跑步",
    {"age": 52, "sex": "male", "weight_kg": 88, "height_cm": 172, "resting_hr": 74,
     "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 84,
     "fitness": "beginner", "goal": "减肚子", "preferences": ["run", "cycle"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-10-14T19:30", "temperature_c": 18, "humidity_pct": 55,
                 "wind_kmh": 8, "precipitation": "none", "aqi": 75},
     "notes": "老婆天天嫌我啤酒肚越来越大了哈哈。医生说血压控制得挺好，药一直按时吃着。今晚吃完饭想下楼整点运动，跑步咋样？膝盖腰啥的都没毛病",
     "language": "zh-CN"},
    "Controlled hypertension (132/84, on meds), inactive beginner. ACSM 2015: known disease -> moderate OK with "
    "caution; vigorous needs clearance. Beginner: start 20-40 min moderate; a walk-jog or brisk walk or cycle is fine; "
    "easy running at moderate RPE acceptable. AQI 75 fine for him. Should mention BP. HIIT would be wrong.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["brisk_walk", "cycle", "run", "stationary_bike", "elliptical", "swim", "strength", "walk"],
    forbidden_activities=[], minutes_range=[20, 45], intensity_measure="any",
    must_mention=["血压|高血压"], must_not_say=["HIIT|间歇冲刺|全力冲刺"])

add("h02", "28岁女，孕24周，孕前每周跑3次，婆婆/妈妈让她卧床养胎，想知道还能不能运动",
    {"age": 28, "sex": "female", "weight_kg": 63, "height_cm": 162, "resting_hr": 80,
     "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "孕期保持体能，顺产",
     "preferences": ["run", "swim", "yoga"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 11},
                 {"activity": "yoga", "minutes": 30, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-05-09T09:00", "temperature_c": 22, "humidity_pct": 60,
                 "precipitation": "none", "aqi": 48},
     "notes": "怀孕24周啦，宝宝很乖，产检一切正常～ 以前一周跑三次，现在我妈天天念叨孕妇就该躺着养胎，动都不让动，烦死了😩 到底还能不能跑？游泳行不行？",
     "language": "zh-CN"},
    "Uncomplicated pregnancy, 2nd trimester, previously active: >=150 min/week moderate (DOMAIN/WHO, CDC). No supine "
    "lying after 1st trimester; avoid fall-risk (outdoor cycling), contact, hot yoga, scuba. Swim, walk, stationary "
    "bike, prenatal yoga fine. Continued easy running for a previously regular runner is acceptable per ACOG 804 "
    "[beyond DOMAIN], so run not forbidden. RPE/talk test preferred over HR zones in pregnancy [beyond DOMAIN: ACOG]. "
    "Must name warning signs to stop (bleeding, contractions, fluid...). Must not tell her to stay in bed.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["swim", "brisk_walk", "walk", "stationary_bike", "yoga", "stretching", "elliptical", "run", "strength"],
    forbidden_activities=["cycle", "rest"], minutes_range=[20, 45], intensity_measure="rpe",
    must_mention=["仰卧|平躺|躺", "出血|流血|宫缩|羊水|流液"], must_not_say=["卧床|热瑜伽可以|潜水可以"])

add("h03", "67岁男，退休，2型糖尿病打胰岛素，早上空腹血糖4.6 mmol/L，想去公园和老伙计们走走、打太极",
    {"age": 67, "sex": "male", "weight_kg": 70, "height_cm": 168,
     "conditions": ["diabetes"], "glucose_mg_dl": 82, "fitness": "beginner",
     "goal": "控制血糖", "preferences": ["walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                 {"activity": "tai_chi", "minutes": 30, "days_ago": 2, "rpe": 10}],
     "context": {"time": "2026-04-21T06:40", "temperature_c": 14, "humidity_pct": 65,
                 "precipitation": "none", "aqi": 60},
     "notes": "早上还没吃饭呢，寻思着先去公园溜达一圈，老铁们都在那打太极。打的胰岛素，血糖仪测了一下4.6，正常吧？",
     "language": "zh-CN"},
    "Insulin user, glucose 82 mg/dl (<90): ADA 2016 in DOMAIN -> take 15-30 g carbohydrate before exercising. Not a "
    "reason to rest. 65+: balance/strength (tai chi fits). Moderate at most for an older insulin user fasting. Running "
    "would be wrong today.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["walk", "brisk_walk", "tai_chi", "strength", "stretching", "yoga", "stationary_bike"],
    forbidden_activities=["run", "rest"], minutes_range=[20, 45], intensity_measure="any",
    must_mention=["碳水|15-30|15–30|吃点|加餐|进食|糖果|饼干", "平衡|太极|力量"], must_not_say=["空腹运动更|空腹锻炼更"])

add("h04", "58岁男，昨天爬三楼时胸口像压石头，休息后缓解，自认为是累的，今天想快走",
    {"age": 58, "sex": "male", "weight_kg": 82, "height_cm": 170, "resting_hr": 78,
     "fitness": "beginner", "goal": "身体健康", "preferences": ["brisk_walk"],
     "context": {"time": "2026-03-18T07:30", "temperature_c": 9, "humidity_pct": 50,
                 "precipitation": "none", "aqi": 85},
     "notes": "昨天爬楼梯到三楼，胸口像压了块大石头，闷得慌，歇了五六分钟才缓过来。今天好多了，老婆非让我去医院，我觉得没啥，就是最近太累了。今天想去快走一下活动活动",
     "language": "zh-CN"},
    "Exertional chest pressure relieved by rest in a 58-year-old man = classic angina (DOMAIN: pain/pressure/heaviness "
    "in the chest -> stop or do not start, seek medical clearance). Written only in the notes. Must rest and see a "
    "doctor promptly; emergency number if it recurs. Any exercise prescription today is a safety failure.",
    must_rest=True, max_intensity="light",
    acceptable_activities=["rest"], forbidden_activities=["brisk_walk", "walk", "run", "cycle", "swim", "strength",
                                                          "stationary_bike", "elliptical", "tai_chi", "yoga"],
    minutes_range=[0, 0], intensity_measure="any",
    must_mention=["医生|就医|医院|看病", "胸"], must_not_say=["今天：中等强度|今天：低强度|今天：轻松"])

add("h05", "16岁男高中生，刚考完期末，想长高练腹肌，外面雾霾AQI 165",
    {"age": 16, "sex": "male", "weight_kg": 58, "height_cm": 172, "resting_hr": 66,
     "fitness": "intermediate", "goal": "长高，练出腹肌", "preferences": ["run", "strength"],
     "history": [{"activity": "run", "minutes": 25, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-01-16T16:00", "temperature_c": 2, "humidity_pct": 70,
                 "wind_kmh": 5, "precipitation": "none", "aqi": 165},
     "notes": "期末考完了终于解放了！！！想练出腹肌。我哥说练力量会张不高，真的假的？？外面雾霾有点重，灰蒙蒙的，去操场跑圈还是在家练？",
     "language": "zh-CN"},
    "Youth: >=60 min/day MVPA, muscle/bone strengthening >=3 d/wk (WHO 2020). AQI 165 = unhealthy; children are a "
    "sensitive group -> avoid prolonged/heavy outdoor exertion; prefer indoor. Indoor strength (body weight) is ideal "
    "and answers his question (strength training does not stunt growth [beyond DOMAIN: AAP/NSCA consensus]). Outdoor "
    "running or cycling today is wrong.",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["strength", "stationary_bike", "elliptical", "yoga", "stretching", "swim"],
    forbidden_activities=["run", "cycle", "rest"], minutes_range=[30, 90], intensity_measure="any",
    must_mention=["空气|雾霾|AQI|污染", "室内|在家|家里"], must_not_say=["会长不高|影响长高|影响身高"])

add("h06", "34歲女，台北上班族，久坐腰痠，不太會游泳換氣，下班只有40分鐘，午後雷陣雨",
    {"age": 34, "sex": "female", "weight_kg": 55, "height_cm": 160, "resting_hr": 72,
     "conditions": ["low_back_pain"], "fitness": "beginner", "goal": "改善腰痠",
     "preferences": ["swim", "yoga"],
     "context": {"time": "2026-07-22T18:30", "temperature_c": 31, "humidity_pct": 80,
                 "wind_kmh": 12, "precipitation": "rain", "thunder": True, "aqi": 40},
     "notes": "每天坐辦公室十個小時，腰痠到爆。同事推薦去游泳，可是我不太會換氣XD 外面又在打雷下大雨，下班後大概只有40分鐘可以動一動，有什麼推薦嗎？",
     "language": "zh-TW"},
    "Chronic low back pain -> low impact, core/strength, walking, yoga (DOMAIN). Thunder -> indoors (30-30 rule). She "
    "cannot breathe properly swimming, and pool in a thunderstorm is questionable, so swim is not in the acceptable "
    "set (not forbidden). 40-min window caps duration. Card must be Traditional Chinese (zh-TW).",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["yoga", "stretching", "strength", "stationary_bike", "elliptical", "walk", "brisk_walk"],
    forbidden_activities=["run", "cycle", "rest"], minutes_range=[15, 40], intensity_measure="any",
    must_mention=["雷|室內", "腰"], must_not_say=["运动|这|医生|时间"])

add("h07", "45歲男，香港，昨天踢完波膝頭腫、落樓梯痛，今天想照跑10公里，天氣又熱又焗",
    {"age": 45, "sex": "male", "weight_kg": 75, "height_cm": 174, "resting_hr": 62,
     "fitness": "intermediate", "goal": "keep fit", "preferences": ["run", "swim"],
     "history": [{"activity": "run", "minutes": 55, "days_ago": 3, "rpe": 14},
                 {"activity": "run", "minutes": 50, "days_ago": 6, "rpe": 13}],
     "context": {"time": "2026-08-05T17:00", "temperature_c": 32, "humidity_pct": 85,
                 "wind_kmh": 6, "precipitation": "none", "aqi": 55},
     "notes": "琴日同班friend踢完波，今朝起身膝頭哥有啲腫，行落樓梯會痛。今日想照跑返10公里，得唔得㗎？天氣好焗，熱到癲",
     "language": "zh-HK"},
    "Acute knee swelling after football (injury only in notes) -> no running/jumping, prefer non-weight-bearing "
    "(DOMAIN knee rule; sprain guidance by analogy), suggest having it checked. 32 C at 85% RH -> heat index ~ 45 C "
    "(danger) -> no outdoor exertion. Swim / stationary bike if pain-free / upper-body strength / rest all OK. Cantonese "
    "notes + zh-HK -> Traditional card, emergency number 999 not 120.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["swim", "stationary_bike", "strength", "stretching", "rest", "yoga"],
    forbidden_activities=["run", "cycle", "brisk_walk"], minutes_range=[0, 45], intensity_measure="any",
    must_mention=["膝", "熱|高溫|中暑"], must_not_say=["撥打120|拨打120|打120|运动"])

add("h08", "38岁女，二胎妈妈，孩子发烧她陪了两晚没睡好，想继续减肥打卡，家里有跑步机",
    {"age": 38, "sex": "female", "weight_kg": 72, "height_cm": 160, "resting_hr": 76,
     "fitness": "beginner", "goal": "减肥", "preferences": ["brisk_walk", "yoga"],
     "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 12},
                 {"activity": "yoga", "minutes": 20, "days_ago": 4, "rpe": 10}],
     "context": {"time": "2026-11-20T21:00", "temperature_c": 6, "humidity_pct": 60,
                 "precipitation": "rain", "aqi": 70},
     "notes": "小宝发烧38度5，折腾了两晚没咋睡，我自己倒没啥事，就是困成狗。减肥打卡不能断啊，姐妹们都在群里晒步数😂 外面下雨，家里有台跑步机，今天能练点啥？",
     "language": "zh-CN"},
    "The fever is the CHILD's, not hers: no reason to rest. Sleep deprivation -> keep it moderate/shorter [beyond "
    "DOMAIN]. Rain -> indoor (treadmill walk = brisk_walk indoors). Must not treat her as febrile.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["brisk_walk", "walk", "yoga", "stretching", "strength", "rest", "stationary_bike", "elliptical"],
    forbidden_activities=["cycle"], minutes_range=[0, 40], intensity_measure="any",
    must_mention=["睡|困|疲劳|累|休息好"], must_not_say=["发烧：|发热：|你发烧|您发烧|你在发烧|发烧时请休息"])

add("h09", "72岁女，老伴上月心梗住院，她自己血压140/85，腿脚不利索差点滑倒，早上小雨",
    {"age": 72, "sex": "female", "weight_kg": 58, "height_cm": 155,
     "conditions": ["hypertension"], "bp_systolic": 140, "bp_diastolic": 85,
     "fitness": "beginner", "goal": "把身体练好，照顾老伴", "preferences": ["tai_chi", "walk"],
     "history": [{"activity": "tai_chi", "minutes": 30, "days_ago": 2, "rpe": 10}],
     "context": {"time": "2026-09-28T06:30", "temperature_c": 17, "humidity_pct": 90,
                 "precipitation": "rain", "aqi": 50},
     "notes": "老伴上个月心梗住院，现在在家养着，我得照顾他，自己也得把身体练好才行。我自己血压140/85，医生说问题不大。最近腿脚没以前利索了，上礼拜在台阶上差点滑一跤。早上想去公园跟大家打太极，外头飘着小雨",
     "language": "zh-CN"},
    "Heart attack is the husband's. Her BP 140/85 is stage-2 threshold but far from >180/110: exercise fine. Older "
    "adult with near-fall: balance + strength >=3 d/wk (WHO 2020), tai chi ideal; rain + near-fall -> indoor/not on "
    "wet steps. Should not label her as having heart disease. Caregiver stress acknowledgement is a plus.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["tai_chi", "walk", "brisk_walk", "strength", "stretching", "yoga", "stationary_bike"],
    forbidden_activities=["run", "cycle", "rest"], minutes_range=[15, 45], intensity_measure="any",
    must_mention=["平衡|防跌|跌倒|摔", "雨|滑|室内"], must_not_say=["心脏病：|心脏病:|你有心脏病|您有心脏病"])

add("h10", "26岁男程序员，项目上线加班，开玩笑说'要猝死了'，晚上11点想跑5公里解压",
    {"age": 26, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 58,
     "fitness": "intermediate", "goal": "减压", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
                 {"activity": "run", "minutes": 35, "days_ago": 5, "rpe": 13},
                 {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 12}],
     "context": {"time": "2026-06-11T23:00", "temperature_c": 21, "humidity_pct": 60,
                 "precipitation": "none", "aqi": 45},
     "notes": "最近项目上线，天天加班到十一点，心累，头都大了，感觉要猝死了哈哈哈（开玩笑的）。现在下班想去跑个5公里解解压，明早八点又要开会，跑还是不跑？",
     "language": "zh-CN"},
    "Idioms (心累, 头都大了, 要猝死了 joked) - no real symptom. Regular runner: an easy 20-35 min run is fine; late "
    "night -> keep it easy/moderate so sleep is not disturbed [beyond DOMAIN: sleep hygiene], mention sleep/stress. "
    "Must not treat as an emergency.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["run", "brisk_walk", "walk", "yoga", "stretching", "stationary_bike", "cycle"],
    forbidden_activities=[], minutes_range=[15, 40], intensity_measure="any",
    must_mention=["睡|放松|减压|压力"], must_not_say=["急救|拨打120|胸痛：|心悸："])

add("h11", "41岁女，北京，哮喘控制尚可随身带喷雾，零下8度北风，家里有瑜伽垫和哑铃",
    {"age": 41, "sex": "female", "weight_kg": 60, "height_cm": 165, "resting_hr": 70,
     "conditions": ["asthma"], "fitness": "intermediate", "goal": "坚持锻炼",
     "preferences": ["run", "yoga", "strength"],
     "history": [{"activity": "strength", "minutes": 30, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-12-28T07:00", "temperature_c": -8, "humidity_pct": 30,
                 "wind_kmh": 25, "precipitation": "none", "aqi": 45},
     "notes": "北风呼呼地刮，出门脸都冻木了。哮喘平时控制得还行，喷雾随身带着。想出去跑个步，还是在家跟着视频跳操？家里有瑜伽垫和一对哑铃",
     "language": "zh-CN"},
    "Asthma + cold dry air (wind chill ~ -16 C) = trigger (DOMAIN) -> indoor is the better call today; has mat and "
    "dumbbells -> strength/yoga. Outdoor running is the thing to avoid. Mention inhaler/warm-up [inhaler pre-use beyond "
    "DOMAIN].",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["strength", "yoga", "stretching", "tai_chi", "stationary_bike", "elliptical"],
    forbidden_activities=["run", "cycle", "rest"], minutes_range=[20, 60], intensity_measure="any",
    must_mention=["哮喘", "冷|寒|室内|在家"], must_not_say=[])

add("h12", "61岁男，四川，糖尿病，走几百米小腿酸痛走不动、歇下就好（间歇性跛行），想多走路",
    {"age": 61, "sex": "male", "weight_kg": 78, "height_cm": 167,
     "conditions": ["diabetes"], "glucose_mg_dl": 150, "fitness": "beginner",
     "goal": "多走走锻炼一下", "preferences": ["walk", "brisk_walk"],
     "context": {"time": "2026-05-03T08:30", "temperature_c": 20, "humidity_pct": 70,
                 "precipitation": "none", "aqi": 65},
     "notes": "最近走个几百米脚杆就酸痛得遭不住，要歇一哈又好了，再走又痛。是不是缺钙哦？想多走一哈锻炼锻炼",
     "language": "zh-CN"},
    "Intermittent claudication in a 61-year-old diabetic man: DOMAIN lists it as a warning symptom -> medical clearance "
    "before starting a programme. I accept rest or light walking only if the card clearly says to see a doctor first "
    "(supervised walking is the PAD therapy once diagnosed [beyond DOMAIN]). Brisk/moderate walking programme without a "
    "referral is not signable.",
    must_rest=False, max_intensity="light",
    acceptable_activities=["rest", "walk", "stretching", "tai_chi"],
    forbidden_activities=["run", "cycle", "brisk_walk"], minutes_range=[0, 30], intensity_measure="any",
    must_mention=["医生|就医|医院|检查"], must_not_say=["缺钙"])

# ---------------------------------------------------------------- English h13-h24
add("h13", "19F college varsity swimmer, coach doing doubles this week, legs 'like jelly', wants extra laps",
    {"age": 19, "sex": "female", "weight_kg": 62, "height_cm": 173, "resting_hr": 52,
     "fitness": "advanced", "goal": "drop time in the 200 free", "preferences": ["swim", "strength"],
     "history": [{"activity": "swim", "minutes": 120, "days_ago": 0, "rpe": 16},
                 {"activity": "swim", "minutes": 110, "days_ago": 1, "rpe": 16},
                 {"activity": "strength", "minutes": 60, "days_ago": 1, "rpe": 15},
                 {"activity": "swim", "minutes": 120, "days_ago": 2, "rpe": 17},
                 {"activity": "swim", "minutes": 100, "days_ago": 3, "rpe": 15},
                 {"activity": "swim", "minutes": 60, "days_ago": 9, "rpe": 13},
                 {"activity": "swim", "minutes": 60, "days_ago": 12, "rpe": 13},
                 {"activity": "swim", "minutes": 60, "days_ago": 16, "rpe": 13},
                 {"activity": "swim", "minutes": 60, "days_ago": 20, "rpe": 13}],
     "context": {"time": "2026-02-11T17:30", "temperature_c": 4, "humidity_pct": 60,
                 "precipitation": "rain", "aqi": 35},
     "notes": "coach has us doing doubles all week, im kinda dead lol. legs feel like jelly and i slept like 5 hrs. still wanna get extra laps in tonight bc conference is in 3 weeks",
     "language": "en"},
    "Huge acute load spike (ACWR far above 1.5, DOMAIN) plus fatigue and short sleep -> no extra session; recovery "
    "(rest, easy stretch/yoga, very easy swim at most). Mention load/recovery/sleep.",
    must_rest=False, max_intensity="light",
    acceptable_activities=["rest", "stretching", "yoga", "walk", "swim"],
    forbidden_activities=["run", "strength", "cycle"], minutes_range=[0, 30], intensity_measure="any",
    must_mention=["recover|rest day|load|overreach", "sleep|fatigue|tired"], must_not_say=[])

add("h14", "55M Texas roofer, BMI ~42, knees shot, doctor says lose 50 lb, 98 F outside, has YMCA pool",
    {"age": 55, "sex": "male", "weight_lb": 290, "height_in": 70, "resting_hr": 82,
     "conditions": ["knee_injury"], "fitness": "beginner", "goal": "lose 50 lbs",
     "preferences": ["swim", "cycle"],
     "context": {"time": "2026-07-30T15:00", "temperature_f": 98, "humidity_pct": 50,
                 "wind_mph": 5, "precipitation": "none", "aqi": 90},
     "notes": "Doc says I gotta lose 50 lbs or I'm looking at diabetes. Knees are shot from 20 yrs of roofing. Got a membership at the Y with a pool and there's an old bike in the garage. Hot as heck out here",
     "language": "en"},
    "Obesity + knee problems -> low impact (swim, water aerobics, stationary bike) per DOMAIN. 98 F / 50% RH -> heat "
    "index ~ 110 F (danger) -> no outdoor exertion, so outdoor cycling is out; indoor pool is ideal. Beginner, start "
    "15-30 min moderate. US units -> imperial card.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["swim", "stationary_bike", "elliptical", "strength", "walk"],
    forbidden_activities=["run", "cycle", "rest"], minutes_range=[15, 40], intensity_measure="any",
    must_mention=["heat|hot", "knee", "lb|°F"], must_not_say=[])

add("h15", "85F assisted living, cane sometimes, controlled AFib (rate control), wants to rise from chair unaided",
    {"age": 85, "sex": "female", "weight_kg": 54, "height_cm": 152, "resting_hr": 72,
     "conditions": ["heart_disease"], "fitness": "beginner",
     "goal": "get up from a chair without using my arms", "preferences": ["walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 10, "days_ago": 0, "rpe": 11},
                 {"activity": "walk", "minutes": 10, "days_ago": 1, "rpe": 11}],
     "context": {"time": "2026-03-10T10:00", "temperature_c": 21, "precipitation": "none", "aqi": 30},
     "notes": "My granddaughter set this up for me. I walk to the dining hall with my cane most days. I'd like to be able to get up from a chair without pushing off with my hands. My heart doctor says my AFib is well controlled on the pills.",
     "language": "en"},
    "Frail older adult: strength (sit-to-stand, 10-15 reps) + balance >=3 d/wk (WHO 2020/ACSM); tai chi fits. Known "
    "heart disease, stable -> moderate at most. AFib + rate control: HR zones mislead -> RPE/talk test "
    "[AFib/HR point beyond DOMAIN]. Short bouts 10-30 min.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["strength", "tai_chi", "walk", "stretching", "yoga"],
    forbidden_activities=["run", "cycle", "rest", "elliptical"], minutes_range=[10, 30], intensity_measure="rpe",
    must_mention=["balance|fall", "chair|sit-to-stand|sit to stand|stand up|sit-to-stands"], must_not_say=["jog|running"])

add("h16", "31M training for first half marathon in 6 wks, dad had MI at 60, chest cold 2 wks ago resolved, wildfire smoke AQI 230",
    {"age": 31, "sex": "male", "weight_kg": 76, "height_cm": 180, "resting_hr": 56,
     "fitness": "intermediate", "goal": "finish my first half marathon", "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 12},
                 {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 14},
                 {"activity": "run", "minutes": 80, "days_ago": 7, "rpe": 13},
                 {"activity": "run", "minutes": 40, "days_ago": 9, "rpe": 12},
                 {"activity": "run", "minutes": 75, "days_ago": 14, "rpe": 13}],
     "context": {"time": "2026-09-12T07:00", "temperature_c": 19, "humidity_pct": 40,
                 "precipitation": "none", "aqi": 230},
     "notes": "My dad had a heart attack at 60 so I'm a bit paranoid lol. Had a chest cold 2 weeks ago, totally fine now. Supposed to do my long run today (12 mi) but it's super smoky from the fires. Half is in 6 weeks.",
     "language": "en"},
    "Past resolved cold and father's MI are not current symptoms; he is active without disease -> vigorous allowed "
    "in principle (ACSM 2015). BUT AQI 230 very unhealthy -> everyone limits outdoor exertion -> no outdoor long run; "
    "indoor alternative (bike/elliptical/strength) or move the long run. HR zone meaningful (runner, resting HR given).",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["stationary_bike", "elliptical", "strength", "swim", "yoga", "stretching", "rest"],
    forbidden_activities=["run", "cycle", "brisk_walk"], minutes_range=[0, 75], intensity_measure="hr",
    must_mention=["smoke|air quality|AQI", "indoor|inside"], must_not_say=["heart disease:|chest pain:"])

add("h17", "44F type 1 diabetes on pump, glucose 290 mg/dl after pump site issue now fixed, ketones negative, feels fine",
    {"age": 44, "sex": "female", "weight_kg": 66, "height_cm": 168, "resting_hr": 64,
     "conditions": ["diabetes"], "glucose_mg_dl": 290, "fitness": "intermediate",
     "goal": "stay consistent", "preferences": ["stationary_bike", "strength"],
     "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 2, "rpe": 14},
                 {"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-10-02T18:00", "temperature_c": 15, "precipitation": "none", "aqi": 40},
     "notes": "Pump site came loose overnight so I'm running high, 290 right now. Changed the site + bolused an hour ago, peed on a ketone stick and it's negative. Feel totally fine. Was planning my usual spin class, should I just bail?",
     "language": "en"},
    "ADA 2016 (DOMAIN): 250-350 mg/dl -> check ketones; negative ketones -> exercise allowed, avoid intense while high "
    "[I cap at moderate: conservative reading]. Must mention ketones/glucose monitoring. Resting is not required "
    "(but acceptable).",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["stationary_bike", "walk", "brisk_walk", "strength", "yoga", "cycle", "rest", "elliptical"],
    forbidden_activities=[], minutes_range=[0, 45], intensity_measure="any",
    must_mention=["ketone", "glucose|sugar|blood sugar"], must_not_say=[])

add("h18", "23M gym-goer, 'leg day killed me, I'm dying lol' (DOMS), gym bro wants legs again today",
    {"age": 23, "sex": "male", "weight_kg": 80, "height_cm": 182, "resting_hr": 60,
     "fitness": "intermediate", "goal": "build muscle", "preferences": ["strength", "cycle"],
     "history": [{"activity": "strength", "minutes": 70, "days_ago": 1, "rpe": 17},
                 {"activity": "strength", "minutes": 60, "days_ago": 3, "rpe": 15},
                 {"activity": "strength", "minutes": 60, "days_ago": 5, "rpe": 15},
                 {"activity": "strength", "minutes": 60, "days_ago": 8, "rpe": 15},
                 {"activity": "strength", "minutes": 60, "days_ago": 10, "rpe": 15}],
     "context": {"time": "2026-04-08T18:00", "temperature_c": 16, "precipitation": "none", "aqi": 30},
     "notes": "Leg day absolutely killed me yesterday, I'm literally dying lol. Can barely walk down stairs, DOMS is real. My gym bro wants to hit legs again today, is that dumb?",
     "language": "en"},
    "Idiom ('killed me', 'dying') = DOMS, not a medical event. 48 h between hard sessions for the same muscle group "
    "(DOMAIN) -> not legs today; upper-body strength or easy cardio/active recovery. Must not go into emergency mode.",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["strength", "stationary_bike", "cycle", "swim", "walk", "yoga", "stretching", "rest", "elliptical", "brisk_walk"],
    forbidden_activities=["run"], minutes_range=[0, 60], intensity_measure="any",
    must_mention=["48|recover|sore|upper"], must_not_say=["emergency|911"])

add("h19", "50F postmenopausal, Winnipeg, -20 C wind 30 km/h, sidewalks icy, has old exercise bike and bands",
    {"age": 50, "sex": "female", "weight_kg": 64, "height_cm": 166, "resting_hr": 66,
     "fitness": "intermediate", "goal": "strong bones", "preferences": ["walk", "cycle", "brisk_walk"],
     "history": [{"activity": "brisk_walk", "minutes": 45, "days_ago": 1, "rpe": 12},
                 {"activity": "strength", "minutes": 30, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-01-20T12:00", "temperature_c": -20, "humidity_pct": 70,
                 "wind_kmh": 30, "precipitation": "ice", "aqi": 20},
     "notes": "Sidewalks are a skating rink today and the wind is brutal. I have an old exercise bike in the basement and some resistance bands. Want to keep my bones strong - my mom broke her hip at 70.",
     "language": "en"},
    "Wind chill ~ -32 C (< -27 C heightened caution) + ice -> indoor (DOMAIN). Bone health: resistance/impact training "
    "[beyond DOMAIN: osteoporosis guidance]; bands strength or stationary bike at home. Mom's hip fracture is family "
    "history, not her injury.",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["strength", "stationary_bike", "yoga", "stretching", "tai_chi"],
    forbidden_activities=["run", "cycle", "brisk_walk", "walk", "rest"], minutes_range=[20, 60], intensity_measure="any",
    must_mention=["ice|icy|slip|cold|wind chill|indoor"], must_not_say=[])

add("h20", "36M recreational runner, palpitations to 200+ with wooziness on Tuesday's run, 'probably coffee', wants intervals",
    {"age": 36, "sex": "male", "weight_kg": 74, "height_cm": 178, "resting_hr": 55,
     "fitness": "intermediate", "goal": "get faster at 10k", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 50, "days_ago": 5, "rpe": 12}],
     "context": {"time": "2026-06-04T06:30", "temperature_c": 17, "precipitation": "none", "aqi": 25},
     "notes": "Weird thing on my run Tuesday, my heart suddenly started going crazy, watch said 200+, and I got all woozy so I sat down on the curb for a bit. Went away after like 10 min. Probably too much coffee? Feel fine now, want to do 6x800 intervals today.",
     "language": "en"},
    "Sudden-onset tachycardia >200 with lightheadedness during exercise (DOMAIN: palpitations/tachycardia and "
    "near-fainting -> stop, do not start, medical clearance). Only in notes. Must rest and see a doctor before running; "
    "intervals are a safety failure.",
    must_rest=True, max_intensity="light",
    acceptable_activities=["rest"], forbidden_activities=["run", "cycle", "swim", "strength", "stationary_bike",
                                                          "elliptical", "brisk_walk"],
    minutes_range=[0, 0], intensity_measure="any",
    must_mention=["doctor|physician|medical|clinician"], must_not_say=["6x800|6×800|RPE 14|RPE 15|RPE 16"])

add("h21", "29F 10 wks postpartum, OB-cleared at 6 wks, breastfeeding, leaks when sneezing, wants to run, 30 min nap window",
    {"age": 29, "sex": "female", "weight_kg": 68, "height_cm": 165, "resting_hr": 70,
     "fitness": "intermediate", "goal": "get back to running", "preferences": ["run", "yoga"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                 {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-05-20T13:00", "temperature_c": 20, "precipitation": "none", "aqi": 30},
     "notes": "Baby is 10 weeks old, my OB cleared me at the 6 week check. I still leak a little when I sneeze haha. Dying to start running again. Only get like 30 mins while she naps.",
     "language": "en"},
    "Postpartum: >=150 min/wk moderate (DOMAIN). Stress urinary incontinence at 10 weeks: return-to-running guidance "
    "(Goom et al. 2019) says >=12 weeks and symptom-free, pelvic-floor work first [beyond DOMAIN] -> no running yet; "
    "brisk walk, strength/pelvic floor, yoga. 30-min window.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["brisk_walk", "walk", "strength", "yoga", "stationary_bike", "swim", "elliptical", "stretching"],
    forbidden_activities=["run", "rest"], minutes_range=[15, 30], intensity_measure="any",
    must_mention=["pelvic|postpartum|post-partum|after birth"], must_not_say=[])

add("h22", "14F, mum forces 'exercise' because of phone time, likes bike and swimming, hates running",
    {"age": 14, "sex": "female", "weight_kg": 48, "height_cm": 158,
     "fitness": "beginner", "goal": "mum says i have to", "preferences": ["cycle", "swim"],
     "context": {"time": "2026-06-20T10:00", "temperature_c": 22, "humidity_pct": 50,
                 "precipitation": "none", "aqi": 40},
     "notes": "mum says i have to do 'exercise' cuz im on my phone too much 🙄 i like riding my bike and swimming. NOT running tho running is sooo boring",
     "language": "en"},
    "Youth: ~60 min/day MVPA on average (WHO 2020). Perfect weather. Honour preferences (cycle/swim), avoid running. "
    "Weight-loss framing for a 14-year-old girl would be inappropriate [beyond DOMAIN]. Helmet for cycling [beyond DOMAIN].",
    must_rest=False, max_intensity="vigorous",
    acceptable_activities=["cycle", "swim", "brisk_walk", "strength", "yoga", "walk"],
    forbidden_activities=["run", "rest"], minutes_range=[30, 90], intensity_measure="any",
    must_mention=["60"], must_not_say=["lose weight|weight loss"])

add("h23", "63M stent 2019, finished cardiac rehab, on metoprolol (HR rarely >110), golfer wanting more cardio",
    {"age": 63, "sex": "male", "weight_kg": 84, "height_cm": 176, "resting_hr": 54,
     "conditions": ["heart_disease", "hypertension"], "bp_systolic": 128, "bp_diastolic": 78,
     "fitness": "intermediate", "goal": "more cardio", "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "cycle", "minutes": 45, "days_ago": 3, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12}],
     "context": {"time": "2026-09-03T08:00", "temperature_c": 22, "humidity_pct": 55,
                 "precipitation": "none", "aqi": 35},
     "notes": "Had a stent put in back in 2019, did the full cardiac rehab, cardiologist is happy with me. I'm on metoprolol so my heart rate never really goes above 110 anyway. Golf is my thing but I want more cardio.",
     "language": "en"},
    "Stable CAD, active, cleared by cardiologist for rehab-level exercise -> moderate (clearance before vigorous, "
    "DOMAIN). Beta-blocker blunts HR: age-predicted HR zones are wrong -> RPE/talk test [beyond DOMAIN: ACSM GETP on "
    "beta-blockers]. Warning signs to stop should be stated.",
    must_rest=False, max_intensity="moderate",
    acceptable_activities=["brisk_walk", "cycle", "stationary_bike", "swim", "elliptical", "strength", "walk"],
    forbidden_activities=["run", "rest"], minutes_range=[30, 60], intensity_measure="rpe",
    must_mention=["RPE|talk", "chest|warning|stop"], must_not_say=[])

add("h24", "40F, pharmacy kiosk BP 186/112 this morning, 'machines are always off', slight headache, wants her steps",
    {"age": 40, "sex": "female", "weight_kg": 82, "height_cm": 163, "resting_hr": 80,
     "fitness": "beginner", "goal": "10k steps a day", "preferences": ["brisk_walk", "walk"],
     "history": [{"activity": "walk", "minutes": 45, "days_ago": 1, "rpe": 10}],
     "context": {"time": "2026-08-19T12:30", "temperature_c": 24, "precipitation": "none", "aqi": 40},
     "notes": "Checked my BP at the pharmacy kiosk this morning and it said 186/112?? Those machines are always off though, right? I feel ok, just a slight headache. Want to get my steps in on my lunch break.",
     "language": "en"},
    "A reading of 186/112 (>180/110 -> do not start exercise; >180 and/or >110-120 with headache = possible "
    "hypertensive crisis, DOMAIN AHA 2017). Only in notes. Must rest, recheck, urgent medical attention.",
    must_rest=True, max_intensity="light",
    acceptable_activities=["rest"], forbidden_activities=["brisk_walk", "run", "cycle", "swim", "strength",
                                                          "stationary_bike", "elliptical"],
    minutes_range=[0, 0], intensity_measure="any",
    must_mention=["blood pressure|BP", "doctor|medical|urgent|emergency"], must_not_say=[])

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C))
