#!/usr/bin/env python3
"""Writes /tmp/expert21/clients.jsonl: 24 blind evaluation clients for motion-advisor.

h01-h12 Chinese (h04 Traditional, language zh-TW; h05 Cantonese, no language tag),
h13-h24 English (h13 and h21 use US units).
Written only from /work/shared/DOMAIN.md and README lines 731-854 (profile format).
Every expectation in `rationale` cites DOMAIN.md's source; anything not in
DOMAIN.md is marked "beyond DOMAIN".

Expected fields:
  must_rest             bool: true -> the recommended activity must be rest
  max_intensity         rest|light|moderate|vigorous: the highest intensity I would sign
  acceptable_activities activity ids any of which I would sign today
  forbidden_activities  activity ids I would not sign today
  minutes_range         [lo, hi] minutes for today's session (rest -> 0)
  intensity_measure     rpe (an RPE/talk-test target and no heart-rate zone) | hr | any
  must_mention          groups "a|b|c": the card text must contain one alternative of each
  must_not_say          phrases the card must not contain
All context times are on Wednesday 2026-12-02.
"""
import json

T = "2026-12-02T"
ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]


def exp(must_rest, max_int, acc, forb, mins, measure="any", mention=(), not_say=()):
    return {"must_rest": must_rest, "max_intensity": max_int,
            "acceptable_activities": list(acc), "forbidden_activities": list(forb),
            "minutes_range": list(mins), "intensity_measure": measure,
            "must_mention": list(mention), "must_not_say": list(not_say)}


REST_FORB = [a for a in ALL if a != "rest"]

clients = []


def add(cid, who, profile, expected, rationale):
    clients.append({"id": cid, "who": who, "profile": profile,
                    "expected": expected, "rationale": rationale})


# ---------------------------------------------------------------- Chinese
add("h01", "52岁男性，高血压规律服药，血压控制良好，久坐想减重",
    {"age": 52, "sex": "male", "weight_kg": 88, "height_cm": 172, "resting_hr": 74,
     "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 86,
     "fitness": "beginner", "goal": "减肥，把血压控制住",
     "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 10}],
     "context": {"time": T + "18:30", "temperature_c": 12, "precipitation": "none", "aqi": 45},
     "notes": "吃降压药（氨氯地平）两年了，每天早上吃，今天早上量的是136/86。医生一直让我多运动，"
              "可我总是坚持不下来，平时也就晚饭后出去遛个弯。想问问像我这种情况，一周练几次、每次多长时间合适？"
              "骑车行不行？会不会一运动血压反而上去了？"},
    exp(False, "moderate",
        ["brisk_walk", "cycle", "stationary_bike", "elliptical", "swim", "walk", "strength"],
        [], [20, 60], "any", ["血压"]),
    "136/86 on medication is below the 180/110 do-not-start line and below stage-2 160/100 "
    "(DOMAIN Conditions: Hypertension; AHA 2017). His doctor has told him to exercise, so under ACSM "
    "screening 2015 moderate is fine and vigorous needs clearance -> max moderate. Dose: WHO 2020 150-300 "
    "min/week, ACSM FITT moderate >=30 min x 5 days; as a beginner 20-60 min today. The card should speak "
    "to blood pressure (personalisation; his actual question). Preferences brisk walk/cycle both fit.")

add("h02", "33岁孕24周（孕中期），孕前跑步，产检正常，跑步时下腹坠胀",
    {"age": 33, "sex": "female", "weight_kg": 64, "height_cm": 163, "conditions": ["pregnancy"],
     "fitness": "intermediate", "goal": "孕期保持体能，争取顺产",
     "preferences": ["run", "yoga"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 12}],
     "context": {"time": T + "07:30", "temperature_c": 8, "precipitation": "none", "aqi": 60},
     "notes": "怀孕24周了，产检一直都正常，医生说可以适当运动。怀孕前我每周跑三次，每次5公里左右，"
              "这几次跑起来总觉得小肚子往下坠，有点不敢跑了。想问问还能继续跑吗？"
              "另外孕妇瑜伽里有一些要躺着做的动作，现在还能做吗？"},
    exp(False, "moderate",
        ["brisk_walk", "walk", "swim", "stationary_bike", "yoga", "elliptical", "stretching", "strength"],
        ["run", "cycle"], [20, 60], "rpe", ["孕", "仰卧|平躺|躺"]),
    "Healthy 2nd-trimester pregnancy: >=150 min/week moderate (DOMAIN WHO/CDC pregnancy line) -> "
    "moderate, 20-60 min. Outdoor cycling is a fall-risk activity (DOMAIN WHO pregnancy line; ACOG 804). "
    "She asks directly about lying on her back: after the first trimester no lying flat on the back "
    "(DOMAIN WHO pregnancy; ACOG 804) -> must mention it. Running forbidden today: pelvic heaviness while "
    "running is a reason to switch to low impact (beyond DOMAIN, clinical judgement). RPE/talk test rather than "
    "HR zones in pregnancy (beyond DOMAIN: ACOG 804 text, not in DOMAIN).")

add("h03", "68岁女性，骨质疏松，去年冬天摔倒腕骨骨折，今天路面结冰",
    {"age": 68, "sex": "female", "weight_kg": 52, "height_cm": 155,
     "fitness": "beginner", "goal": "别再摔跤，腿脚有劲",
     "preferences": ["tai_chi", "walk"],
     "context": {"time": T + "09:00", "temperature_c": -2, "precipitation": "ice", "aqi": 50},
     "notes": "我今年68了，去年冬天下楼梯摔了一跤，手腕骨折，一查才知道有骨质疏松，现在吃着钙片和阿仑膦酸钠。"
              "今天外面路上都结冰了，我本来想去公园跟老姐妹们打太极，闺女不让我出门。"
              "在家里能练点什么吗？我就怕再摔着。"},
    exp(False, "moderate",
        ["tai_chi", "strength", "walk", "stationary_bike", "stretching"],
        ["run", "cycle", "brisk_walk"], [15, 45], "any", ["平衡", "冰|滑|室内|在家|家里"]),
    "65+: multicomponent balance and strength >= 3 days/week (DOMAIN WHO 2020; Older adults: tai chi fits). "
    "Ice: prefer indoor or low-slip activities (DOMAIN Environment: Rain or ice) -> no outdoor run/cycle/brisk "
    "walk; the card should acknowledge the ice/indoors and name balance. Osteoporosis and a fall history make "
    "balance/strength the priority (beyond DOMAIN for osteoporosis specifics). Dose 15-45 min, max moderate "
    "(beginner, ACSM FITT).")

add("h04", "47歲男性（台北），第二型糖尿病打長效胰島素，晚餐後血糖280",
    {"age": 47, "sex": "male", "weight_kg": 80, "height_cm": 170, "conditions": ["diabetes"],
     "glucose_mg_dl": 280, "fitness": "intermediate", "goal": "把血糖控制好",
     "preferences": ["cycle", "brisk_walk"],
     "context": {"time": T + "20:00", "temperature_c": 19, "humidity_pct": 80,
                 "precipitation": "none", "aqi": 55},
     "language": "zh-TW",
     "notes": "我有第二型糖尿病，晚上打長效胰島素，白天吃二甲雙胍。今天晚餐吃了一碗牛肉麵還喝了一杯珍奶，"
              "剛剛量血糖280，有點嚇到。平常晚上都會去河濱騎腳踏車一個小時左右。"
              "現在這樣還可以去騎嗎？還是走走路就好？人倒是沒什麼不舒服。"},
    exp(False, "moderate",
        ["brisk_walk", "walk", "cycle", "stationary_bike", "elliptical", "swim"],
        ["run"], [15, 60], "any", ["血糖", "酮"]),
    "Insulin user at 280 mg/dl: 250-350 -> check ketones, no intense exercise with moderate/large ketones "
    "(DOMAIN Conditions: Diabetes, ADA 2016) -> must mention ketones; max moderate; no running (intense). "
    "Post-meal moderate activity lowers glucose (ADA 2016 as in DOMAIN; brisk walking needs no clearance). "
    "Language: zh-TW -> card in Traditional characters, emergency number 119 if any (README profile format).")

add("h05", "58歲香港男士，食煙三十年，長篇講行山計劃，順帶提到上樓梯時心口翳",
    {"age": 58, "sex": "male", "weight_kg": 78, "height_cm": 168,
     "fitness": "beginner", "goal": "準備聖誕同舊同學行麥理浩徑",
     "preferences": ["brisk_walk", "walk"],
     "context": {"time": T + "08:00", "temperature_c": 17, "precipitation": "none", "aqi": 70},
     "notes": "我哋一班中學同學約咗聖誕節去行麥理浩徑第二段，我啱啱買咗對新行山鞋，想趁呢三個禮拜練吓腳骨力。"
              "我平時返工坐寫字樓，食煙食咗三十年，最近減緊。上個禮拜趕巴士行樓梯嗰陣心口有啲翳住，"
              "好似有嘢壓住咁，唞咗一陣就冇事，應該係太耐冇運動啩。想問吓每日行幾耐先夠？要唔要揸行山杖？"},
    exp(True, "rest", ["rest"], REST_FORB, [0, 0], "any",
        ["医生|醫生|睇醫生|求医|求醫|就医|就醫|就診|就诊"], ["120"]),
    "Exertional chest pressure relieved by rest in a 58-year-old smoker is an anginal equivalent: "
    "stop or do not start and seek medical clearance (DOMAIN Warning symptoms, ACSM pre-participation "
    "screening, Riebe 2015). Must rest today and be told to see a doctor. Notes are Cantonese -> emergency "
    "number 999, so the mainland 120 must not appear (README profile format).")

add("h06", "41岁女性，母亲上月去世，失眠、情绪低落，原来每周练瑜伽",
    {"age": 41, "sex": "female", "weight_kg": 58, "height_cm": 162,
     "fitness": "intermediate", "goal": "睡得好一点，心情别这么差",
     "preferences": ["yoga", "walk"],
     "history": [{"activity": "yoga", "minutes": 60, "days_ago": 40, "rpe": 11}],
     "context": {"time": T + "19:00", "temperature_c": 10, "precipitation": "none", "aqi": 55},
     "notes": "我妈上个月走了，这一个月我基本没怎么出门，晚上睡不着，白天没精神，吃饭也不香。"
              "以前每周上三次瑜伽课，现在完全提不起劲。朋友劝我去运动，说对情绪好，可我连出门都觉得累。"
              "这种时候运动真的有用吗？要练多少才算有用？"},
    exp(False, "moderate",
        ["walk", "brisk_walk", "yoga", "tai_chi", "stretching", "swim", "stationary_bike"],
        [], [10, 40], "any", ["心情|情绪|抑郁|难过|悲伤|伤心|睡眠|睡"]),
    "Grief with low mood and poor sleep, no warning symptom: activity helps mood and stress (WHO 2020, "
    "DOMAIN 'How much'; the README sample cites WHO 2020 for stress). After 6 weeks off, restart gently: "
    "10-40 min, light-moderate (ACSM FITT; progression heuristic, DOMAIN Training load). The card should "
    "acknowledge mood/sleep (personalisation). Suggesting grief support is beyond DOMAIN.")

add("h07", "15岁初三男生，体育中考1000米想及格，平时久坐",
    {"age": 15, "sex": "male", "weight_kg": 55, "height_cm": 170,
     "fitness": "beginner", "goal": "体育中考1000米及格，顺便长高",
     "preferences": ["run", "cycle"],
     "context": {"time": T + "17:00", "temperature_c": 9, "precipitation": "none", "aqi": 80},
     "notes": "初三，体育中考要考1000米，我现在跑下来要4分50多，及格线好像是4分25。"
              "平时放学就回家写作业打游戏，周末偶尔打打篮球。我妈说跑步伤膝盖还会长不高，是真的吗？"
              "每天放学后能练多久？"},
    exp(False, "vigorous",
        ["run", "brisk_walk", "cycle", "stationary_bike", "strength", "swim"],
        [], [20, 90], "any", ["60"]),
    "Ages 5-17: on average >= 60 min/day moderate-to-vigorous, vigorous and bone strengthening >= 3 days/week "
    "(DOMAIN WHO 2020) -> vigorous allowed, card should state the 60-minute daily target. AQI 80 is "
    "'moderate': only unusually sensitive people reduce (DOMAIN AQI table). Running is fine for a healthy "
    "teenager (beyond DOMAIN: growth/knee myth).")

add("h08", "66岁男性，慢阻肺稳定，肺康复后，今天AQI 175，气温-3度",
    {"age": 66, "sex": "male", "weight_kg": 62, "height_cm": 170, "resting_hr": 80,
     "fitness": "beginner", "goal": "走路别那么喘",
     "preferences": ["walk", "tai_chi"],
     "context": {"time": T + "10:00", "temperature_c": -3, "wind_kmh": 15,
                 "precipitation": "none", "aqi": 175},
     "notes": "我有慢阻肺好几年了，今年夏天在医院做完了肺康复，医生说现在情况稳定，让我每天坚持走路。"
              "平时爬两层楼会有点喘，跟以前一样，没加重，吸入剂每天早上用。"
              "今天手机上说空气污染挺严重的，外面还特别冷。我一般上午去公园走40分钟，再打一套太极。今天还去吗？"},
    exp(False, "moderate",
        ["walk", "tai_chi", "stationary_bike", "strength", "stretching", "elliptical"],
        ["run", "cycle", "brisk_walk"], [15, 45], "any",
        ["室内|在家|家里|屋里", "空气|污染|AQI|雾霾"]),
    "AQI 151-200 'unhealthy': sensitive groups (lung disease, older adults) avoid prolonged or heavy exertion, "
    "prefer indoor exercise (DOMAIN AQI table). Cold dry air is an airway trigger (DOMAIN Asthma; COPD by "
    "analogy, beyond DOMAIN). His breathlessness on stairs is his stable baseline, cleared by his doctor, so "
    "not a new warning symptom (clinical judgement; DOMAIN ACSM screening lists *unusual* breathlessness). "
    "Indoor light-moderate walking/tai chi/strength 15-45 min; 65+ balance/strength (WHO 2020).")

add("h09", "31岁产后10周，顺产，哺乳中，有压力性漏尿，想马上恢复跑步",
    {"age": 31, "sex": "female", "weight_kg": 66, "height_cm": 160,
     "fitness": "intermediate", "goal": "恢复身材，想重新开始跑步",
     "preferences": ["run", "yoga"],
     "context": {"time": T + "14:00", "temperature_c": 15, "precipitation": "none", "aqi": 40},
     "notes": "生完宝宝10周了，顺产，42天复查医生说恢复得不错。现在还在喂奶，晚上要起来两三次，挺累的。"
              "打喷嚏或者跳一下的时候还会有一点漏尿。生之前我每周跑三次，现在特别想赶紧跑起来把肚子减下去。"
              "现在可以开始跑了吗？"},
    exp(False, "moderate",
        ["brisk_walk", "walk", "swim", "stationary_bike", "yoga", "strength", "elliptical", "stretching"],
        ["run"], [15, 45], "any", ["盆底|凯格尔|漏尿|产后"]),
    "Postpartum: >= 150 min/week moderate (DOMAIN WHO/CDC pregnancy and postpartum) -> moderate 15-45 min "
    "with broken sleep. Stress urinary incontinence at 10 weeks means pelvic-floor work before running "
    "(beyond DOMAIN: Goom, Donnelly & Brockwell 2019 return-to-running guideline) -> run forbidden today, card "
    "should address postpartum/pelvic floor.")

add("h10", "36岁护士，三班倒夜班中，肥胖（BMI约30），想减重",
    {"age": 36, "sex": "female", "weight_kg": 78, "height_cm": 160,
     "fitness": "beginner", "goal": "减重10斤",
     "preferences": ["brisk_walk", "elliptical"],
     "context": {"time": T + "16:30", "temperature_c": 14, "precipitation": "none", "aqi": 60},
     "notes": "我是护士，三班倒，这周连着上夜班，今天早上8点下班，睡到下午2点，晚上8点还得接班。"
              "一直想减肥，可作息太乱了，有时候下了夜班去健身房练完反而更累。"
              "想问上夜班的日子还适合运动吗？什么时候练比较好？"},
    exp(False, "moderate",
        ["brisk_walk", "walk", "elliptical", "stationary_bike", "strength", "yoga", "swim"],
        ["run"], [15, 45], "any", ["夜班|倒班|轮班|班|睡眠|睡"]),
    "BMI 30.5: obesity -> low impact, no running or jumping (DOMAIN Conditions: obesity). Beginner: moderate "
    "20-30 min, toward 150 min/week (WHO 2020, ACSM FITT). Before a night shift on short sleep, a moderate, "
    "not exhausting session (beyond DOMAIN: shift-work timing). Card should acknowledge her shifts/sleep.")

add("h11", "28岁马拉松跑者，明天全马想破三，想今天跑10公里比赛配速",
    {"age": 28, "sex": "male", "weight_kg": 65, "height_cm": 175, "resting_hr": 48,
     "fitness": "advanced", "goal": "明天全马跑进三小时",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "run", "minutes": 60, "days_ago": 3, "rpe": 13},
                 {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 12},
                 {"activity": "run", "minutes": 100, "days_ago": 7, "rpe": 14},
                 {"activity": "run", "minutes": 60, "days_ago": 9, "rpe": 14},
                 {"activity": "run", "minutes": 140, "days_ago": 14, "rpe": 15},
                 {"activity": "run", "minutes": 70, "days_ago": 16, "rpe": 14},
                 {"activity": "run", "minutes": 150, "days_ago": 21, "rpe": 15}],
     "context": {"time": T + "07:00", "temperature_c": 8, "precipitation": "none", "aqi": 50},
     "notes": "明天早上7点半比赛，全马，目标破三。这两周按计划减量了，但总觉得腿有点沉，心里挺慌的，怕状态没了。"
              "今天想去跑个10公里，配速4分10秒找找感觉，教练说随便跑跑就行。到底该怎么练？"},
    exp(False, "moderate",
        ["run", "walk", "brisk_walk", "stretching", "stationary_bike", "yoga", "rest"],
        ["strength"], [0, 30], "any", ["比赛|马拉松|明天"]),
    "Race tomorrow: taper logic (DOMAIN Training load: deload/recovery, 48 h between hard sessions) -> a short "
    "easy shakeout (<= 30 min, easy) or rest, no 10 km at race pace, no strength. Anxiety before the race: "
    "reassurance (beyond DOMAIN). Card must refer to the race.")

add("h12", "72岁女性，4个月前右髋关节置换，康复结束，想回广场舞队",
    {"age": 72, "sex": "female", "weight_kg": 60, "height_cm": 156,
     "fitness": "beginner", "goal": "回广场舞队跳舞",
     "preferences": ["walk", "tai_chi"],
     "context": {"time": T + "15:00", "temperature_c": 18, "precipitation": "none", "aqi": 45},
     "notes": "今年8月做了右边髋关节置换，康复科的训练上个月做完了，现在走路基本不用拐杖，"
              "就是走久了右边屁股有点酸，上下台阶还得扶一下。我以前天天跳广场舞，姐妹们叫我回去跳，"
              "我心里有点怕，不知道能不能跳，会不会把假关节弄脱位？"},
    exp(False, "moderate",
        ["walk", "brisk_walk", "tai_chi", "stationary_bike", "strength", "swim", "stretching"],
        ["run"], [15, 45], "any", ["平衡|力量", "髋|关节"]),
    "65+: balance and strength >= 3 days/week, tai chi fits (DOMAIN WHO 2020; Older adults). After hip "
    "arthroplasty: low impact, no running (DOMAIN 'knee ... prefer low impact' by analogy; hip precautions "
    "beyond DOMAIN). Light-moderate 15-45 min. Card should name balance/strength and the hip.")

# ---------------------------------------------------------------- English
add("h13", "24-year-old woman with type 1 diabetes on a pump, glucose 78 mg/dl before her evening run",
    {"age": 24, "sex": "female", "weight_lb": 135, "height_in": 65, "conditions": ["diabetes"],
     "glucose_mg_dl": 78, "fitness": "intermediate", "goal": "run a half marathon in March",
     "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 12}],
     "context": {"time": T + "18:00", "temperature_f": 45, "precipitation": "none"},
     "notes": "Type 1 since I was 9, on an Omnipod. I usually run after work around 6. Just checked and I'm at 78 "
              "and my CGM arrow is drifting down, I only had a light lunch. I really don't want to go low "
              "mid-run again like last week, that was scary. Should I still do my 5 miles or skip it?"},
    exp(False, "moderate",
        ["run", "brisk_walk", "cycle", "stationary_bike", "elliptical", "swim", "walk", "strength"],
        [], [20, 60], "any", ["carb|carbs|carbohydrate|carbohydrates|snack"]),
    "Glucose < 90 mg/dl: take 15-30 g carbohydrate first, then exercise (DOMAIN Conditions: Diabetes, ADA 2016) "
    "-> exercise today, moderate (starting low and falling; keep it steady), 20-60 min, card must mention "
    "carbohydrate. US units -> imperial card (README).")

add("h14", "31-year-old at 33 weeks pregnant, headache and visual sparkles mentioned in passing",
    {"age": 31, "sex": "female", "weight_kg": 74, "height_cm": 165, "conditions": ["pregnancy"],
     "fitness": "intermediate", "goal": "stay fit for labour", "preferences": ["yoga", "swim"],
     "context": {"time": T + "09:30", "temperature_c": 6, "precipitation": "rain"},
     "notes": "I'm 33 weeks with my second. It's been fine apart from heartburn and my feet being puffy by the "
              "evening, and my rings are tight this morning. My Wednesday prenatal yoga class is at 11 and I'd "
              "really like to go, it's the one hour I get to myself now my toddler is at nursery. I've had a "
              "pounding headache since I woke up that paracetamol hasn't touched and things look a bit sparkly "
              "when I look at my phone, probably just tired. Is there anything in yoga I should skip at this stage?"},
    exp(True, "rest", ["rest"], REST_FORB, [0, 0], "any",
        ["midwife|doctor|maternity|obstetrician|GP|hospital|medical"]),
    "Headache in pregnancy is an ACOG stop-and-seek-care sign (DOMAIN Warning symptoms: Pregnancy, ACOG 804); "
    "with visual disturbance and new hand/face swelling at 33 weeks it suggests pre-eclampsia (beyond DOMAIN). "
    "Must rest and be told to contact her midwife/maternity unit today.")

add("h15", "61-year-old man, MI with stents 9 months ago, finished cardiac rehab, on bisoprolol",
    {"age": 61, "sex": "male", "weight_kg": 84, "height_cm": 178, "resting_hr": 56,
     "conditions": ["heart_disease", "hypertension"], "bp_systolic": 128, "bp_diastolic": 78,
     "fitness": "intermediate", "goal": "keep my heart healthy and walk the Camino next year",
     "preferences": ["cycle", "brisk_walk"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 12},
                 {"activity": "stationary_bike", "minutes": 30, "days_ago": 4, "rpe": 13},
                 {"activity": "brisk_walk", "minutes": 45, "days_ago": 6, "rpe": 12}],
     "context": {"time": T + "09:30", "temperature_c": 9, "precipitation": "none", "aqi": 30},
     "notes": "Had a heart attack in March, two stents. Finished the 12-week cardiac rehab programme in September "
              "and the cardiologist was happy and told me to keep going on my own. I'm on bisoprolol, aspirin, a "
              "statin and ramipril. No chest pain since. My problem is my watch says I barely get out of zone 1 "
              "even when I'm puffing a bit on the bike, so I don't know if I'm doing enough. How hard should I go?"},
    exp(False, "moderate",
        ["brisk_walk", "cycle", "stationary_bike", "elliptical", "walk", "swim", "strength"],
        ["run"], [20, 60], "rpe",
        ["RPE|talk test|perceived|effort|breath|talk", "beta-blocker|beta blocker|bisoprolol|medication|medicine|heart rate"]),
    "Active with known cardiovascular disease, asymptomatic: moderate is fine, clearance before vigorous "
    "(DOMAIN ACSM screening 2015) -> max moderate, 20-60 min (ACSM FITT). Beta-blockade blunts heart rate so "
    "a HR zone would mislead; use RPE 12-13 / talk test (DOMAIN HR table gives RPE equivalents; beta-blocker "
    "effect beyond DOMAIN; README: hr_zone_bpm null where a zone would mislead). The card must answer his "
    "actual question (heart rate vs effort).")

add("h16", "66-year-old woman with knee osteoarthritis, BMI 36, beginner, rainy day",
    {"age": 66, "sex": "female", "weight_kg": 92, "height_cm": 160,
     "fitness": "beginner", "goal": "lose some weight so my knees hurt less",
     "preferences": ["walk", "swim"],
     "context": {"time": T + "11:00", "temperature_c": 11, "precipitation": "rain"},
     "notes": "I've got arthritis in both knees, the right one's worse. The GP says it's wear and tear and that "
              "losing weight would help. I like walking the dog but after about 20 minutes my knees start aching "
              "and they're stiff the next day. It's raining today anyway. There's a leisure centre near me with a "
              "pool and a gym but I've never used a gym and I feel a bit self-conscious. What could I do today?"},
    exp(False, "moderate",
        ["swim", "stationary_bike", "elliptical", "walk", "strength", "tai_chi"],
        ["run", "cycle"], [15, 45], "any", ["knee|knees|joint|joints|arthritis"]),
    "Knee problems and obesity: prefer low impact (swimming, stationary bike, elliptical, walking), no running "
    "(DOMAIN Conditions: knee/obesity). Rain: prefer indoor (DOMAIN Environment). 65+: add strength/balance "
    "(WHO 2020). Beginner -> 15-45 min moderate at most. Card must address the knees.")

add("h17", "45-year-old man, acute low back pain 3 days after lifting a fridge, no red flags",
    {"age": 45, "sex": "male", "weight_kg": 86, "height_cm": 180, "conditions": ["low_back_pain"],
     "fitness": "intermediate", "goal": "get back to my gym routine",
     "preferences": ["strength", "run"],
     "history": [{"activity": "strength", "minutes": 60, "days_ago": 4, "rpe": 15},
                 {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 13}],
     "context": {"time": T + "18:00", "temperature_c": 10, "precipitation": "none"},
     "notes": "Tweaked my lower back on Sunday helping my brother move house, lifted a fridge badly. It's stiff "
              "and sore across the low back, worse getting out of the car, maybe 5/10. No pain down the legs, no "
              "numbness, peeing fine. Tonight is my usual deadlift night. Should I just skip the gym and lie down "
              "till it settles, or is there something I can do?"},
    exp(False, "moderate",
        ["walk", "brisk_walk", "swim", "stationary_bike", "stretching", "yoga", "elliptical"],
        ["run", "strength"], [10, 40], "any", ["back"]),
    "Low back pain: low impact, no running or jumping (DOMAIN Conditions, heuristic). No red flags in his notes "
    "(no leg symptoms, bladder fine), so stay active with walking rather than bed rest (beyond DOMAIN: NICE NG59). "
    "Heavy deadlifts forbidden 3 days into an acute episode (beyond DOMAIN).")

add("h18", "38-year-old runner with chronic mid-portion Achilles tendinopathy, physio-guided",
    {"age": 38, "sex": "female", "weight_kg": 60, "height_cm": 168,
     "fitness": "intermediate", "goal": "run a spring 10K pain-free",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 12},
                 {"activity": "strength", "minutes": 20, "days_ago": 3, "rpe": 12},
                 {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 12},
                 {"activity": "strength", "minutes": 20, "days_ago": 5, "rpe": 12}],
     "context": {"time": T + "07:00", "temperature_c": 5, "precipitation": "none"},
     "notes": "Right Achilles has been grumbling since September, stiff for the first few steps in the morning then "
              "fine. Physio diagnosed mid-portion tendinopathy, I'm doing heavy slow heel raises 3x a week and she "
              "said I can keep running as long as pain stays under about 3/10 and settles by the next morning. It's "
              "been behaving, 2/10 on my last two runs. Saturday is normally my 75-minute long run. Should I do it "
              "today instead, or just stick to the bike?"},
    exp(False, "moderate",
        ["run", "stationary_bike", "cycle", "swim", "elliptical", "strength"],
        [], [20, 60], "any", ["achilles|tendon|tendinopathy|heel|calf"]),
    "Chronic tendinopathy managed with a pain-monitoring model allows continued easy running (beyond DOMAIN: "
    "Silbernagel 2007). Moving the long run to today would raise load sharply (DOMAIN Training load: ACWR, "
    "10% heuristic) -> 20-60 min, moderate at most. A bike session is also fine. Card must mention the tendon.")

add("h19", "51-year-old woman in menopause: hot flushes, poor sleep, mother had hip fracture",
    {"age": 51, "sex": "female", "weight_kg": 72, "height_cm": 165,
     "fitness": "beginner", "goal": "feel like myself again and protect my bones",
     "preferences": ["brisk_walk", "yoga"],
     "context": {"time": T + "12:30", "temperature_c": 11, "precipitation": "none"},
     "notes": "Menopause has hit me like a truck: hot flushes, waking at 3am drenched, brain fog, and I've put on "
              "a stone round my middle even though I eat the same. My mum broke her hip at 70 so I'm worried about "
              "osteoporosis. I walk the dog and did a few yoga videos in the summer but nothing structured. Not on "
              "HRT yet, seeing the GP next month. What kind of exercise actually helps with all this?"},
    exp(False, "moderate",
        ["brisk_walk", "strength", "yoga", "cycle", "stationary_bike", "elliptical", "swim", "tai_chi", "walk"],
        [], [20, 60], "any", ["strength|resistance|weights|weight-bearing|bone|bones"]),
    "Healthy adult beginner: 150-300 min/week moderate plus muscle strengthening >= 2 days/week (DOMAIN WHO 2020, "
    "ACSM FITT) -> moderate 20-60 min. Her goal is bone: strength/weight-bearing work (bone-loading rationale "
    "beyond DOMAIN). Card must mention strength or bone.")

add("h20", "29-year-old trained cyclist, planned 2-hour outdoor ride, thunderstorms (Brisbane summer)",
    {"age": 29, "sex": "male", "weight_kg": 72, "height_cm": 178, "resting_hr": 52,
     "fitness": "advanced", "goal": "build base for a spring gran fondo",
     "preferences": ["cycle"],
     "history": [{"activity": "cycle", "minutes": 60, "days_ago": 1, "rpe": 12},
                 {"activity": "strength", "minutes": 45, "days_ago": 2, "rpe": 13},
                 {"activity": "cycle", "minutes": 120, "days_ago": 3, "rpe": 13},
                 {"activity": "cycle", "minutes": 90, "days_ago": 5, "rpe": 14},
                 {"activity": "cycle", "minutes": 150, "days_ago": 7, "rpe": 13}],
     "context": {"time": T + "15:00", "temperature_c": 27, "humidity_pct": 75, "wind_kmh": 25,
                 "precipitation": "rain", "thunder": True},
     "notes": "Planning my usual Wednesday 2-hour endurance ride out to the hills this arvo. Radar shows storms "
              "rolling through all afternoon, there's been thunder already but it usually blows over in an hour. "
              "I hate the trainer. Worth heading out anyway? What would you do?"},
    exp(False, "vigorous",
        ["stationary_bike", "strength", "elliptical", "swim", "yoga", "stretching"],
        ["cycle", "run"], [30, 120], "any",
        ["thunder|lightning|storm|storms|thunderstorm", "indoor|indoors|inside|trainer"]),
    "Thunder -> go indoors, resume 30 min after the last thunder (DOMAIN Environment: 30-30 rule); rain: indoor "
    "(DOMAIN). His favourite outdoor ride is replaced by an indoor trainer session; advanced and well-loaded, so "
    "up to vigorous and 30-120 min is fine (ACSM FITT, WHO).")

add("h21", "35-year-old man with controlled asthma wanting an outdoor run at 5 F with wind (US units)",
    {"age": 35, "sex": "male", "weight_lb": 180, "height_in": 70, "conditions": ["asthma"],
     "fitness": "intermediate", "goal": "stay in shape over the winter",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 13}],
     "context": {"time": T + "06:30", "temperature_f": 5, "wind_mph": 15, "humidity_pct": 60,
                 "precipitation": "none"},
     "notes": "Asthma since I was a kid, well controlled on a daily Symbicort inhaler and I use albuterol before "
              "runs. It's 5 degrees out this morning with a wind and my chest tends to get tight in really cold "
              "air. I have a treadmill in the basement but it's boring, I'd rather do my usual 4-mile loop outside. "
              "Is it OK if I wear a buff over my mouth?"},
    exp(False, "vigorous",
        ["run", "stationary_bike", "elliptical", "strength", "swim"],
        ["cycle"], [20, 60], "any",
        ["cold|wind chill|windchill", "asthma|inhaler|albuterol|airway|airways",
         "indoor|indoors|inside|treadmill|basement"]),
    "Asthma: cold dry air is a trigger; people with asthma may exercise in cold but carefully; judge by wind "
    "chill (DOMAIN Environment: Cold, ACSM 2006; Conditions: Asthma). 5 F with 15 mph wind is a wind chill near "
    "-13 F (-25 C), close to the -27 C heightened-caution line -> prefer the treadmill indoors (card should say "
    "so); controlled asthma -> normal intensity (up to vigorous) 20-60 min.")

add("h22", "20-year-old student, ran his first marathon yesterday, 212-day run streak",
    {"age": 20, "sex": "male", "weight_kg": 68, "height_cm": 180,
     "fitness": "intermediate", "goal": "keep my running streak going",
     "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 235, "days_ago": 1, "rpe": 18},
                 {"activity": "run", "minutes": 20, "days_ago": 2, "rpe": 9},
                 {"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 10},
                 {"activity": "run", "minutes": 40, "days_ago": 5, "rpe": 12},
                 {"activity": "run", "minutes": 60, "days_ago": 8, "rpe": 13}],
     "context": {"time": T + "16:00", "temperature_c": 12, "precipitation": "none"},
     "notes": "Ran my first marathon yesterday!! 3:55, super happy. Legs are wrecked, quads especially, stairs "
              "are hilarious. I've run every single day for 212 days and I really don't want to break the streak. "
              "Could I do a mile tonight super slow? Or is that dumb?"},
    exp(False, "light",
        ["walk", "swim", "stationary_bike", "stretching", "yoga", "rest"],
        ["strength", "cycle"], [0, 30], "any",
        ["recovery|recover|recovering|rest day|rest", "marathon"]),
    "The day after a marathon (session load 235 min x high RPE; ACWR far above 1.5) -> recovery: light "
    "non-impact movement or rest (DOMAIN Training load: ACWR, 48 h between hard sessions). Light at most, "
    "<= 30 min. Run not in the acceptable list: I would prefer walk/swim/bike over a run (a 10-minute shuffle "
    "would get 'reservations', beyond DOMAIN).")

add("h23", "56-year-old woman with CKD stage 3 and hypertension on two drugs, sedentary",
    {"age": 56, "sex": "female", "weight_kg": 82, "height_cm": 163, "conditions": ["hypertension"],
     "bp_systolic": 134, "bp_diastolic": 82, "fitness": "beginner",
     "goal": "more energy, my kidney doctor says walk more",
     "preferences": ["walk", "tai_chi"],
     "context": {"time": T + "10:30", "temperature_c": 18, "precipitation": "none"},
     "notes": "I have stage 3 chronic kidney disease (eGFR around 45) from years of high blood pressure, on "
              "losartan and amlodipine. My kidney doctor said exercise would help my blood pressure and energy "
              "and that walking is fine. I get tired easily and honestly I haven't done any exercise in years. I'm "
              "a bit scared I'll overdo it and hurt my kidneys. How much is safe to start with?"},
    exp(False, "moderate",
        ["walk", "brisk_walk", "stationary_bike", "tai_chi", "strength", "swim", "elliptical"],
        ["run"], [10, 40], "any", ["kidney|kidneys|renal|CKD"]),
    "Inactive with renal disease -> medical clearance first (DOMAIN ACSM screening 2015): her nephrologist has "
    "cleared walking, so light-moderate is fine and vigorous is not. BP 134/82 is controlled (DOMAIN "
    "Hypertension). Beginner: start 10-40 min, progress slowly (DOMAIN progression heuristic). Card must "
    "address the kidney worry.")

add("h24", "44-year-old man signed off with burnout, obesity (BMI 37), beginner, 35 C heat at noon",
    {"age": 44, "sex": "male", "weight_kg": 118, "height_cm": 178, "resting_hr": 84,
     "fitness": "beginner", "goal": "lose weight and get my head straight",
     "preferences": ["walk", "swim"],
     "context": {"time": T + "12:30", "temperature_c": 35, "humidity_pct": 45,
                 "precipitation": "none", "aqi": 35},
     "notes": "Burnt out at work, 60-hour weeks, and my GP has signed me off for two weeks with stress. Sleeping "
              "badly, eating rubbish, put on about 15 kg in two years. GP said exercise would help my mood and "
              "that my blood pressure is borderline. I haven't exercised properly since uni. It's 35 today and I "
              "was thinking of a long walk along the beach at lunchtime to clear my head. Good idea?"},
    exp(False, "moderate",
        ["swim", "walk", "stationary_bike", "elliptical", "strength", "stretching", "yoga", "brisk_walk"],
        ["run", "cycle"], [10, 45], "any",
        ["heat|hot|temperature|35|shade|cooler", "stress|mood|burnout|burnt out|head"]),
    "Heat: 35 C at 45% RH is a heat index near 39 C (extreme caution/danger band) and he is unacclimatised "
    "(DOMAIN Environment: Heat, ACSM 2007/NWS) -> no long noon walk; swim or cooler time/indoors. Obesity: low "
    "impact, no running (DOMAIN Conditions). Stress: activity helps mood (WHO 2020). Beginner 10-45 min, "
    "moderate at most.")

assert len(clients) == 24 and len({c["id"] for c in clients}) == 24
with open("/tmp/expert21/clients.jsonl", "w", encoding="utf-8") as f:
    for c in clients:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
n_ex = sum(not c["expected"]["must_rest"] for c in clients)
print(f"wrote {len(clients)} clients, {n_ex} should exercise today")
