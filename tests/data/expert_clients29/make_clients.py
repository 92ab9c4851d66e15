#!/usr/bin/env python3
"""Writes clients.jsonl: 24 realistic clients for a blind evaluation of motion-advisor.
Expectations are written BEFORE running the advisor and then frozen.
Activity ids (from the README): run swim cycle brisk_walk walk yoga tai_chi strength
stationary_bike elliptical stretching rest.
Rationales mark [beyond DOMAIN] where an expectation goes beyond /work/shared/DOMAIN.md."""
import json

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]
NOT_REST = [a for a in ALL if a != "rest"]
SIMPLIFIED = "运动|时间|强度|医生|请|热身|这|们"   # must not appear on a Traditional card


def rest_expect(mention, not_say):
    return {"must_rest": True, "max_intensity": "light", "acceptable_activities": ["rest"],
            "forbidden_activities": NOT_REST, "minutes_range": [0, 0], "intensity_measure": "any",
            "must_mention": mention, "must_not_say": not_say}


C = []

def add(id_, who, profile, rationale, expected):
    assert set(expected) == {"must_rest", "max_intensity", "acceptable_activities", "forbidden_activities",
                             "minutes_range", "intensity_measure", "must_mention", "must_not_say"}
    for a in expected["acceptable_activities"] + expected["forbidden_activities"]:
        assert a in ALL, a
    C.append({"id": id_, "who": who, "profile": profile, "rationale": rationale, "expected": expected})

# ---------------- Chinese clients ----------------
add("h01", "68岁女性，退休，北京，高血压服药控制，每天早上公园打太极；今天重度雾霾 AQI 160",
    {"user": "h01", "age": 68, "sex": "female", "weight_kg": 58, "height_cm": 158, "resting_hr": 72,
     "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 90, "fitness": "intermediate",
     "goal": "保持身体好，血压稳住", "preferences": ["tai_chi", "walk"],
     "history": [{"activity": "tai_chi", "minutes": 40, "days_ago": 1, "rpe": 10},
                 {"activity": "tai_chi", "minutes": 40, "days_ago": 2, "rpe": 10},
                 {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 9}],
     "context": {"time": "2026-12-02T06:30", "temperature_c": -3, "humidity_pct": 60, "wind_kmh": 5,
                 "precipitation": "none", "aqi": 160},
     "notes": "每天早上都去公园跟老姐妹打太极，今天外面灰蒙蒙的，孙子说雾霾指数一百六，让我别出去了。血压一直吃着药，早上量的148/90。在家能练吗？不练一天浑身不得劲。",
     "language": "zh-CN"},
    "Older adult + hypertension = sensitive group; AQI 151-200: sensitive groups avoid prolonged/heavy exertion, prefer indoor (DOMAIN). BP 148/90 is stage 2 but < 180/110, so moderate is fine. Tai chi indoors is the obvious answer; older adult should hear balance/strength.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["tai_chi", "walk", "brisk_walk", "stretching", "yoga", "strength", "stationary_bike", "rest"],
     "forbidden_activities": ["run", "cycle"], "minutes_range": [15, 50], "intensity_measure": "any",
     "must_mention": ["室内|在家|家里|屋里", "空气|AQI|雾霾|污染"], "must_not_say": ["可以户外跑|适合户外跑"]})

add("h02", "52岁男性，程序员，吸烟，超重，以前跑过步；昨晚爬楼出现胸口压迫感伴左臂酸（笔记里间接描述）",
    {"user": "h02", "age": 52, "sex": "male", "weight_kg": 88, "height_cm": 172, "fitness": "beginner",
     "goal": "把体能找回来", "preferences": ["run"],
     "context": {"time": "2026-12-02T07:00", "temperature_c": 8, "humidity_pct": 55, "wind_kmh": 8,
                 "precipitation": "none", "aqi": 60},
     "notes": "昨天晚上爬楼回家，到三楼就胸口发闷，像压了块石头，左胳膊也有点酸，站那歇了两三分钟才缓过来。估计是最近加班太多缺练了，烟也抽得多。今天早上想去跑个5公里把体能找回来，配速多少合适？",
     "language": "zh-CN"},
    "Exertional chest pressure radiating to the left arm, relieved by rest = anginal symptom (DOMAIN warning symptoms, ACSM). Must not exercise; medical evaluation first (urgent). Symptoms field deliberately empty: the notes must be read.",
    rest_expect(["医生|就医|就诊|医院|120|心内科", "胸"], ["配速建议|建议配速|可以跑5公里"]))

add("h03", "28岁女性，怀孕24周，产检正常、医生同意运动；孕前每周跑3次，担心跑步伤宝宝",
    {"user": "h03", "age": 28, "sex": "female", "weight_kg": 64, "height_cm": 163, "resting_hr": 78,
     "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "孕期保持体能，顺产",
     "preferences": ["swim", "yoga", "run"],
     "history": [{"activity": "swim", "minutes": 30, "days_ago": 2, "rpe": 12},
                 {"activity": "yoga", "minutes": 40, "days_ago": 4, "rpe": 10}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 20, "humidity_pct": 60, "precipitation": "none", "aqi": 55},
     "notes": "怀孕24周了，上周产检一切正常，医生说可以继续运动。以前每周跑三次步，现在肚子大了有点不敢跑，怕颠着宝宝。今天下班想动一动，做点什么好呢？",
     "language": "zh-CN"},
    "Looks alarming but is fine: uncomplicated pregnancy, cleared. >=150 min/week moderate; avoid fall-risk (outdoor cycling), no lying supine after 1st trimester; stop signs (ACOG in DOMAIN). RPE preferred over HR zones in pregnancy [beyond DOMAIN: ACOG uses RPE/talk test because HR response is altered]. Running is not forbidden for a previously active runner (ACOG) but she is reluctant, so not expected.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "brisk_walk", "walk", "stationary_bike", "yoga", "stretching", "elliptical", "tai_chi", "strength"],
     "forbidden_activities": ["cycle"], "minutes_range": [20, 45], "intensity_measure": "rpe",
     "must_mention": ["孕", "仰卧|平躺|出血|头晕|宫缩|停止运动|立即停止"], "must_not_say": ["高强度间歇|热瑜伽也可以"]})

add("h04", "16岁男生，高一，爱打篮球；下周体测1000米，想放学后顶着35度高温去操场突击跑",
    {"user": "h04", "age": 16, "sex": "male", "weight_kg": 60, "height_cm": 175, "fitness": "intermediate",
     "goal": "体测1000米及格", "preferences": ["run"],
     "context": {"time": "2026-07-10T15:30", "temperature_c": 35, "humidity_pct": 65, "wind_kmh": 5,
                 "precipitation": "none", "aqi": 70},
     "notes": "下周体测1000米，上次跑了4分50秒没及格，想这周突击练一下，今天下午放学就去操场跑几圈。就是好热啊，跑两步就一身汗😩",
     "language": "zh-CN"},
    "35 C at 65% RH: heat index ~50 C = danger; WBGT surely > 30 => cancel outdoor vigorous exercise (DOMAIN heat). Indoor/pool or move to evening. Youth guideline is 60 min/day, so quoting the adult 150 min/week to a 16-year-old is wrong (DOMAIN WHO 5-17).",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "stationary_bike", "elliptical", "strength", "rest", "stretching"],
     "forbidden_activities": ["run", "cycle"], "minutes_range": [15, 60], "intensity_measure": "any",
     "must_mention": ["高温|炎热|中暑|天气热|太热|补水|喝水"], "must_not_say": ["每周至少150|至少150分钟"]})

add("h05", "45岁男性，2型糖尿病打胰岛素两年，晚饭前血糖4.7 mmol/L，想减重",
    {"user": "h05", "age": 45, "sex": "male", "weight_kg": 92, "height_cm": 176, "resting_hr": 76,
     "conditions": ["diabetes"], "glucose_mg_dl": 85, "fitness": "beginner", "goal": "控制血糖，减重10斤",
     "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 12}],
     "context": {"time": "2026-12-02T17:30", "temperature_c": 12, "humidity_pct": 50, "precipitation": "none", "aqi": 45},
     "notes": "打胰岛素两年了，刚测的饭前血糖4.7。老婆天天念叨让我减肥，想现在就下楼快走，还是吃完饭再去比较好？",
     "language": "zh-CN"},
    "Insulin user with glucose < 90 mg/dl (85): take 15-30 g carbohydrate before exercising (ADA 2016 in DOMAIN). Brisk walking needs no clearance.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical", "strength"],
     "forbidden_activities": ["run"], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["碳水|吃点|加餐|15-30|15–30|零食|补充糖|15~30"], "must_not_say": []})

add("h06", "72岁男性，哈尔滨，膝关节骨关节炎，上下楼疼；外面零下8度结冰，家里有动感单车",
    {"user": "h06", "age": 72, "sex": "male", "weight_kg": 70, "height_cm": 168, "resting_hr": 68,
     "conditions": ["knee_injury"], "fitness": "beginner", "goal": "腿有劲，上下楼不疼",
     "preferences": ["stationary_bike", "tai_chi"],
     "context": {"time": "2026-12-02T09:00", "temperature_c": -8, "humidity_pct": 70, "wind_kmh": 15,
                 "precipitation": "ice", "aqi": 80},
     "notes": "膝盖老毛病了，上下楼梯疼，医生说要多练练大腿肌肉。外面全是冰，不敢出门，家里有个儿子买的动感单车，落灰好久了。这岁数还能骑那玩意儿吗？",
     "language": "zh-CN"},
    "Knee OA -> low impact (DOMAIN); ice -> indoor, low slip; 65+ -> balance and strength 3 d/week (DOMAIN WHO). Stationary bike at light-moderate with seat height advice is ideal [seat height beyond DOMAIN].",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["stationary_bike", "strength", "tai_chi", "stretching", "yoga"],
     "forbidden_activities": ["run", "cycle", "brisk_walk"], "minutes_range": [10, 40], "intensity_measure": "any",
     "must_mention": ["平衡|力量|肌肉", "膝"], "must_not_say": ["可以跑步|可以慢跑"]})

add("h07", "35歲女性，台北上班族，氣喘用藥控制良好，最近加班壓力大睡不好，想下班去游泳（繁體）",
    {"user": "h07", "age": 35, "sex": "female", "weight_kg": 62, "height_cm": 160, "resting_hr": 70,
     "conditions": ["asthma"], "fitness": "intermediate", "goal": "減重、紓壓",
     "preferences": ["swim", "yoga"],
     "history": [{"activity": "yoga", "minutes": 45, "days_ago": 3, "rpe": 11}],
     "context": {"time": "2026-12-02T19:30", "temperature_c": 22, "humidity_pct": 75, "precipitation": "none", "aqi": 45},
     "notes": "最近一直加班，壓力好大，晚上都睡不好。氣喘平常有在噴藥，控制得還不錯。想說下班去游泳放鬆一下，不知道游多久比較好？",
     "language": "zh-TW"},
    "Controlled asthma, good AQI, warm humid air: swimming is ideal. Keep reliever inhaler at hand / warm up (DOMAIN lists asthma only as AQI-sensitive and cold-air trigger; inhaler advice [beyond DOMAIN]). Card must be in Traditional script (README: zh-TW).",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["swim", "yoga", "brisk_walk", "walk", "stationary_bike", "elliptical", "cycle", "strength", "stretching"],
     "forbidden_activities": [], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["吸入|噴劑|噴藥|藥|氣喘"], "must_not_say": [SIMPLIFIED]})

add("h08", "60歲女士，香港，高血壓；今朝量血壓186/112兼頭痛，仲諗住照去行山（廣東話）",
    {"user": "h08", "age": 60, "sex": "female", "weight_kg": 60, "height_cm": 155,
     "conditions": ["hypertension"], "fitness": "intermediate", "goal": "keep fit 同班姊妹行山",
     "preferences": ["brisk_walk", "walk"],
     "context": {"time": "2026-12-02T07:30", "temperature_c": 20, "humidity_pct": 70, "precipitation": "none", "aqi": 55},
     "notes": "今朝喺屋企量血壓，上面186下面112，個頭有啲痛，可能琴晚冇瞓好啩。不過我約咗班姊妹去行龍脊，唔想放飛機，行慢啲應該冇問題嘅？",
     "language": "zh-HK"},
    "186/112 > 180/110: do not start exercise; >180 with headache = possible hypertensive crisis, urgent medical attention (DOMAIN AHA 2017). Reading only in notes (Cantonese). Emergency number 999 for zh-HK (README). Card in Traditional script.",
    rest_expect(["醫生|急症|求醫|睇醫生|就醫|999", "血壓"], [SIMPLIFIED + "|行慢啲冇問題|可以去行山"]))

add("h09", "24岁女性，业余跑者，备战半马破2；这周连跑5天每天1小时，小腿发紧，还想今天跑20公里",
    {"user": "h09", "age": 24, "sex": "female", "weight_kg": 55, "height_cm": 165, "resting_hr": 52,
     "fitness": "intermediate", "goal": "半马sub 2", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 60, "days_ago": d, "rpe": 15} for d in (1, 2, 3, 4, 5)] +
                [{"activity": "run", "minutes": 30, "days_ago": d, "rpe": 12} for d in (8, 10, 12, 15, 17, 19, 22, 24, 26)],
     "context": {"time": "2026-12-05T07:00", "temperature_c": 14, "humidity_pct": 60, "precipitation": "none", "aqi": 40},
     "notes": "这周状态巨好！！连着跑了五天，每天一小时，小腿有点紧但还能跑。离比赛还有六周，今天周六想来个20公里长距离，冲！",
     "language": "zh-CN"},
    "Last 7 days ~5x the usual load: ACWR ~2.5 (>1.5 injury risk, Gabbett in DOMAIN); +10%/week ceiling violated; calf tightness. Recovery day / cross-training, not a 20 km run. HR zone useful for a runner with resting HR given.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["rest", "stretching", "yoga", "swim", "stationary_bike", "walk", "elliptical", "cycle"],
     "forbidden_activities": ["run"], "minutes_range": [0, 45], "intensity_measure": "hr",
     "must_mention": ["负荷|训练量|加量|10%|急性", "恢复|休息"], "must_not_say": ["可以跑20公里|20公里长距离可以"]})

add("h10", "85岁女性，骨质疏松，去年摔过一跤，走路有点怕，和女儿同住",
    {"user": "h10", "age": 85, "sex": "female", "weight_kg": 46, "height_cm": 150, "resting_hr": 74,
     "fitness": "beginner", "goal": "自己能走去菜市场", "preferences": ["walk", "tai_chi"],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 16, "humidity_pct": 55, "precipitation": "none", "aqi": 50},
     "notes": "去年在卫生间摔过一跤，现在走路心里发怵。骨质疏松在吃钙片。女儿让我多活动活动，说不动更不行。我这把年纪了，做点什么好？",
     "language": "zh-CN"},
    "Frail 85-year-old with fall history and osteoporosis [osteoporosis beyond DOMAIN conditions list]: WHO 65+ multicomponent balance + strength >= 3 d/week; tai chi fits (DOMAIN). Short, light-to-moderate, with support/fall prevention.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["tai_chi", "walk", "strength", "stretching"],
     "forbidden_activities": ["run", "cycle"], "minutes_range": [10, 30], "intensity_measure": "any",
     "must_mention": ["平衡|防跌|跌倒|摔|扶"], "must_not_say": []})

add("h11", "38岁男性，久坐白领，105公斤，腰椎间盘轻度突出，想每天晚上跑一小时减肥",
    {"user": "h11", "age": 38, "sex": "male", "weight_kg": 105, "height_cm": 175, "resting_hr": 80,
     "conditions": ["low_back_pain"], "fitness": "beginner", "goal": "减肥20斤", "preferences": ["run"],
     "context": {"time": "2026-12-02T20:00", "temperature_c": 18, "humidity_pct": 70, "precipitation": "none", "aqi": 60},
     "notes": "体检医生说我腰椎间盘有点突出，不算严重。过年前想减个二十斤，打算从今天开始每天晚上跑步一小时，能行吗？小区楼下有游泳馆。",
     "language": "zh-CN"},
    "Obesity + low back pain -> low impact (swim, bike, elliptical, walking), no running (DOMAIN heuristic, consult clinician). Beginner: start short and progress ~10%/week (DOMAIN). Pool available.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "stationary_bike", "elliptical", "brisk_walk", "walk", "tai_chi"],
     "forbidden_activities": ["run"], "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["冲击|关节|腰"], "must_not_say": ["每天跑步一小时没问题|每天跑一小时没问题"]})

add("h12", "30岁男性，健身爱好者；有点感冒流鼻涕打喷嚏，没发烧，今天本来是练腿日",
    {"user": "h12", "age": 30, "sex": "male", "weight_kg": 75, "height_cm": 178, "resting_hr": 60,
     "fitness": "intermediate", "goal": "增肌", "preferences": ["strength"],
     "history": [{"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 15},
                 {"activity": "strength", "minutes": 60, "days_ago": 4, "rpe": 15}],
     "context": {"time": "2026-12-02T19:00", "temperature_c": 15, "humidity_pct": 60, "precipitation": "none", "aqi": 70},
     "notes": "有点感冒，流鼻涕打喷嚏，嗓子有点干，量了体温36.8没发烧。本来今天是练腿日，深蹲要冲新重量，要不要去健身房？",
     "language": "zh-CN"},
    "Looks alarming but mild: above-the-neck symptoms only, no fever (neck check, DOMAIN) -> light exercise allowed, not heavy leg day; rest also acceptable. Should tell him to stop if fever/body aches appear.",
    {"must_rest": False, "max_intensity": "light",
     "acceptable_activities": ["walk", "yoga", "stretching", "tai_chi", "rest", "stationary_bike"],
     "forbidden_activities": ["run"], "minutes_range": [0, 30], "intensity_measure": "any",
     "must_mention": ["发烧|发热|体温|全身酸痛"], "must_not_say": ["可以冲新重量|照常练腿"]})

# ---------------- English clients ----------------
add("h13", "19-year-old male college student, advanced lifter, legs trained 2 days ago, only 25 minutes between classes",
    {"user": "h13", "age": 19, "sex": "male", "weight_kg": 75, "height_cm": 180, "resting_hr": 55,
     "fitness": "advanced", "goal": "build muscle and get shredded", "preferences": ["strength", "run"],
     "history": [{"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 16},
                 {"activity": "run", "minutes": 30, "days_ago": 1, "rpe": 13},
                 {"activity": "strength", "minutes": 60, "days_ago": 4, "rpe": 16},
                 {"activity": "strength", "minutes": 60, "days_ago": 9, "rpe": 16},
                 {"activity": "strength", "minutes": 60, "days_ago": 11, "rpe": 16}],
     "context": {"time": "2026-12-02T11:00", "temperature_c": 20, "humidity_pct": 50, "precipitation": "none", "aqi": 30},
     "notes": "only got like 25 min between classes today, gym is right next to the lecture hall. legs are still a bit sore from tuesday. what should i hit?",
     "language": "en"},
    "Healthy advanced young adult; vigorous allowed. Schedule constraint: <= 25-30 min. Legs sore -> upper body strength or a short conditioning session. 48 h between same muscle group (DOMAIN).",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["strength", "run", "stationary_bike", "elliptical", "cycle", "swim"],
     "forbidden_activities": [], "minutes_range": [15, 30], "intensity_measure": "any",
     "must_mention": ["25|class|time"], "must_not_say": []})

add("h14", "55-year-old woman, postmenopausal, inactive for years, controlled hypertension, embarrassed to go to the gym",
    {"user": "h14", "age": 55, "sex": "female", "weight_kg": 78, "height_cm": 162, "resting_hr": 76,
     "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 86, "fitness": "beginner",
     "goal": "get fit and keep my bones strong", "preferences": ["walk", "yoga"],
     "context": {"time": "2026-12-02T18:30", "temperature_c": 10, "humidity_pct": 65, "precipitation": "none", "aqi": 35},
     "notes": "Haven't really exercised in years, honestly a bit embarrassed to even walk into a gym. My doctor said walking would be good for my blood pressure. Where do I even start?",
     "language": "en"},
    "Inactive with controlled hypertension, doctor already endorses walking: start with light-to-moderate walking, short bouts, progress gradually; add strength 2 d/week (DOMAIN WHO/ACSM). Bone health -> strength/impact [beyond DOMAIN, bone loading].",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "yoga", "strength", "tai_chi", "stationary_bike", "elliptical", "swim"],
     "forbidden_activities": ["run"], "minutes_range": [10, 40], "intensity_measure": "any",
     "must_mention": ["talk|RPE|breath"], "must_not_say": []})

add("h15", "41-year-old man, spin regular; yesterday palpitations and near-fainting in class, shrugs it off, wants a tempo run",
    {"user": "h15", "age": 41, "sex": "male", "weight_kg": 82, "height_cm": 181, "resting_hr": 62,
     "fitness": "intermediate", "goal": "run a sub-50 10k", "preferences": ["run", "stationary_bike"],
     "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 1, "rpe": 16},
                 {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 13}],
     "context": {"time": "2026-12-02T06:45", "temperature_c": 11, "humidity_pct": 60, "precipitation": "none", "aqi": 25},
     "notes": "Weird one - in spin class yesterday my heart started racing and sort of fluttering, and I had to grab the handlebars because everything went grey for a second. Probably just dehydrated lol. Feel ok this morning. Planning a tempo run before work, what pace?",
     "language": "en"},
    "Palpitations plus near-syncope during exertion = ACSM warning symptoms (DOMAIN): do not exercise, seek medical evaluation. Only in notes.",
    rest_expect(["doctor|physician|medical|GP|clinician|cardiolog"], ["tempo run is fine|go for the tempo"]))

add("h16", "33-year-old mother, 4 months postpartum, breastfeeding, leaks when she jumps or sneezes, 30 min while baby naps",
    {"user": "h16", "age": 33, "sex": "female", "weight_kg": 66, "height_cm": 167, "resting_hr": 68,
     "fitness": "intermediate", "goal": "get back into running", "preferences": ["run", "yoga"],
     "history": [{"activity": "walk", "minutes": 40, "days_ago": 1, "rpe": 10},
                 {"activity": "walk", "minutes": 40, "days_ago": 3, "rpe": 10}],
     "context": {"time": "2026-12-02T13:00", "temperature_c": 12, "humidity_pct": 60, "precipitation": "none", "aqi": 30},
     "notes": "Baby is 4 months, got the all-clear at my 6 week check. Still a bit of leaking when I jump or sneeze which is annoying. I only get about 30 min while she naps. Desperate to feel like me again and get back to running!",
     "language": "en"},
    "Postpartum >= 150 min/week moderate (DOMAIN). Stress urinary incontinence = pelvic floor not ready for impact: pelvic floor training / pelvic health physio before return to running [beyond DOMAIN: return-to-running postnatal guidelines, Goom et al. 2019]. Time cap 30 min.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "strength", "yoga", "stationary_bike", "swim", "elliptical", "stretching"],
     "forbidden_activities": ["run"], "minutes_range": [15, 30], "intensity_measure": "any",
     "must_mention": ["pelvic|leak|physio"], "must_not_say": []})

add("h17", "66-year-old retired man in Arizona, type 2 diabetes on metformin, overweight, wants to walk after lunch at 104 F (US units)",
    {"user": "h17", "age": 66, "sex": "male", "weight_lb": 230, "height_in": 70, "resting_hr": 74,
     "conditions": ["diabetes", "hypertension"], "glucose_mg_dl": 160, "bp_systolic": 134, "bp_diastolic": 82,
     "fitness": "beginner", "goal": "walk 18 holes without getting winded", "preferences": ["walk", "cycle"],
     "context": {"time": "2026-07-20T14:00", "temperature_f": 104, "humidity_pct": 15, "wind_mph": 8,
                 "precipitation": "none", "aqi": 60},
     "units": "imperial",
     "notes": "Retired last month and the wife wants me off the couch. It's 104 out but it's a dry heat, figured I'd walk the neighborhood after lunch. Is that dumb?",
     "language": "en"},
    "104 F (40 C) at 15% RH: heat index ~38-40 C (extreme caution/danger), older + diabetes + unacclimatised beginner -> no outdoor midday exercise; indoor or early morning (DOMAIN heat). 65+ -> balance & strength (DOMAIN). Card should use imperial units.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "stationary_bike", "elliptical", "swim", "strength", "tai_chi", "rest", "stretching"],
     "forbidden_activities": ["run", "cycle"], "minutes_range": [10, 40], "intensity_measure": "any",
     "must_mention": ["heat|hot", "indoor|inside|mall|morning|evening|cooler|air-condition", "lb|°F|mile"], "must_not_say": []})

add("h18", "58-year-old man, heart attack last year with 2 stents, finished cardiac rehab, cleared for moderate, on metoprolol; cold morning",
    {"user": "h18", "age": 58, "sex": "male", "weight_kg": 84, "height_cm": 176, "resting_hr": 56,
     "conditions": ["heart_disease"], "bp_systolic": 126, "bp_diastolic": 78, "fitness": "intermediate",
     "goal": "stay out of the hospital and keep my heart strong", "preferences": ["brisk_walk", "stationary_bike"],
     "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                 {"activity": "stationary_bike", "minutes": 30, "days_ago": 2, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
                 {"activity": "strength", "minutes": 30, "days_ago": 5, "rpe": 12}],
     "context": {"time": "2026-12-02T08:00", "temperature_c": 2, "humidity_pct": 70, "wind_kmh": 20, "precipitation": "none", "aqi": 40},
     "notes": "Had a heart attack last year, 2 stents. Finished cardiac rehab in the spring and my cardiologist said keep doing what I did there. I'm on metoprolol. No chest pain since. It's cold and windy this morning though.",
     "language": "en"},
    "Looks alarming, but an active person with known, stable disease who is cleared -> moderate fine (ACSM screening, DOMAIN); cold is OK carefully for heart disease (DOMAIN). Beta-blocker blunts HR, so RPE rather than an age-formula HR zone [beyond DOMAIN]. Should name stop symptoms.",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "stationary_bike", "elliptical", "strength", "swim", "tai_chi", "cycle"],
     "forbidden_activities": ["run"], "minutes_range": [20, 50], "intensity_measure": "rpe",
     "must_mention": ["chest|symptom|stop", "cold|warm-up|warm up|indoor|inside"], "must_not_say": []})

add("h19", "14-year-old girl on the school soccer team, coach wants off-season running; -5 C and windy morning",
    {"user": "h19", "age": 14, "sex": "female", "weight_kg": 50, "height_cm": 160, "resting_hr": 64,
     "fitness": "intermediate", "goal": "get faster for soccer", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 25, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 25, "days_ago": 5, "rpe": 13}],
     "context": {"time": "2026-12-05T09:00", "temperature_c": -5, "humidity_pct": 60, "wind_kmh": 30, "precipitation": "none", "aqi": 30},
     "notes": "I'm 14 and on the school soccer team. Coach said do extra running in the off-season so we're not slow in spring. It's freezing out, is it ok to run or will I get sick??",
     "language": "en"},
    "Healthy teen; wind chill ~ -13 C is well above the -27 C heightened-caution threshold (DOMAIN cold) -> running is OK with layers. Youth: 60 min/day MVPA, vigorous 3 d/week (DOMAIN); adult 150 min/week figure would be wrong for her.",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "brisk_walk", "strength", "stationary_bike", "swim", "elliptical", "cycle"],
     "forbidden_activities": [], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["cold|layer|warm|gloves|hat"], "must_not_say": ["150 min|150 minutes|at least 150"]})

add("h20", "47-year-old woman, 200-day Peloton streak, woke up with 101.3 F fever, body aches and upset stomach",
    {"user": "h20", "age": 47, "sex": "female", "weight_kg": 64, "height_cm": 168, "resting_hr": 60,
     "fitness": "advanced", "goal": "keep my streak alive", "preferences": ["stationary_bike"],
     "history": [{"activity": "stationary_bike", "minutes": 30, "days_ago": d, "rpe": 14} for d in range(1, 8)],
     "context": {"time": "2026-12-02T07:00", "temperature_c": 6, "humidity_pct": 70, "precipitation": "rain", "aqi": 30},
     "notes": "Woke up achy all over and shivery, thermometer said 101.3. Stomach's been off too. But I'm on a 200-day Peloton streak and I refuse to break it!! Can I just do an easy 20 min ride?",
     "language": "en"},
    "Fever >= 100.4 F with body aches and GI symptoms: below-the-neck -> rest (neck check, DOMAIN). Even an 'easy' ride is wrong. Only in notes, in Fahrenheit.",
    rest_expect(["rest", "fever|temperature"], ["easy 20 min ride is fine|an easy ride is fine"]))

add("h21", "29-year-old man in Delhi, healthy recreational runner, AQI 320 and the gym treadmill is broken",
    {"user": "h21", "age": 29, "sex": "male", "weight_kg": 70, "height_cm": 174, "resting_hr": 58,
     "fitness": "intermediate", "goal": "run a half marathon in February", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 14, "humidity_pct": 55, "precipitation": "none", "aqi": 320},
     "notes": "Air is terrible again, can barely see the building across the street. Treadmill at the gym is broken. Really want to get my run in, been skipping too much.",
     "language": "en"},
    "AQI 301-500 hazardous: everyone avoids outdoor activity (DOMAIN). Indoor strength/mobility/bike; keep indoor effort moderate because indoor air is also polluted without filtration [beyond DOMAIN].",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["strength", "yoga", "stretching", "stationary_bike", "elliptical", "rest"],
     "forbidden_activities": ["run", "cycle", "brisk_walk"], "minutes_range": [0, 60], "intensity_measure": "any",
     "must_mention": ["indoor|inside|indoors", "air|AQI|pollution"], "must_not_say": ["fine to run outside|go for your outdoor run"]})

add("h22", "26-year-old woman with type 1 diabetes on a pump, glucose 270 mg/dl after pizza, ketones negative, spin class tonight",
    {"user": "h22", "age": 26, "sex": "female", "weight_kg": 60, "height_cm": 165, "resting_hr": 64,
     "conditions": ["diabetes"], "glucose_mg_dl": 270, "fitness": "intermediate", "goal": "stay fit and keep my A1c down",
     "preferences": ["stationary_bike", "strength"],
     "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 2, "rpe": 15},
                 {"activity": "strength", "minutes": 40, "days_ago": 4, "rpe": 13}],
     "context": {"time": "2026-12-02T17:30", "temperature_c": 9, "humidity_pct": 60, "precipitation": "none", "aqi": 40},
     "notes": "T1D on a pump. BG is 270 after a pizza night, ketone strip says negative and I feel totally fine. Spin class at 6, worth going or skip?",
     "language": "en"},
    "250-350 mg/dl: check ketones; ketones negative -> exercise is OK (ADA 2016, DOMAIN). Moderate is the sensible ceiling until BG trends down; recheck during/after [recheck beyond DOMAIN].",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["stationary_bike", "brisk_walk", "walk", "cycle", "swim", "elliptical", "strength", "yoga"],
     "forbidden_activities": [], "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["ketone", "glucose|blood sugar|BG|mg/dl"], "must_not_say": ["skip exercise entirely"]})

add("h23", "35-year-old man, rolled his ankle playing basketball two days ago, swollen but can walk, going stir crazy",
    {"user": "h23", "age": 35, "sex": "male", "weight_kg": 80, "height_cm": 183, "resting_hr": 62,
     "conditions": ["ankle_injury"], "fitness": "intermediate", "goal": "stay in shape while this heals",
     "preferences": ["run", "strength"],
     "history": [{"activity": "run", "minutes": 35, "days_ago": 3, "rpe": 13},
                 {"activity": "strength", "minutes": 45, "days_ago": 5, "rpe": 14}],
     "context": {"time": "2026-12-02T12:30", "temperature_c": 16, "humidity_pct": 50, "precipitation": "none", "aqi": 35},
     "notes": "Rolled my ankle playing pickup basketball Saturday, still pretty swollen but I can walk on it. Going stir crazy not doing anything. What can I do that won't wreck it?",
     "language": "en"},
    "Acute sprain, day 2-3: relative rest, weight bearing as tolerated, prefer non-weight-bearing work (swim, bike if pain-free, upper body) over long walks (Vuurberg 2018, DOMAIN).",
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "stationary_bike", "strength", "stretching", "rest"],
     "forbidden_activities": ["run", "brisk_walk"], "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["pain|swelling|swollen"], "must_not_say": []})

add("h24", "50-year-old male club cyclist; thunder already audible, wants to squeeze in a ride before the storm",
    {"user": "h24", "age": 50, "sex": "male", "weight_kg": 77, "height_cm": 178, "resting_hr": 54,
     "fitness": "advanced", "goal": "fondo in the spring", "preferences": ["cycle"],
     "history": [{"activity": "cycle", "minutes": 90, "days_ago": 2, "rpe": 13},
                 {"activity": "cycle", "minutes": 60, "days_ago": 4, "rpe": 14}],
     "context": {"time": "2026-06-14T17:00", "temperature_c": 26, "humidity_pct": 80, "wind_kmh": 25,
                 "precipitation": "rain", "thunder": True, "aqi": 40},
     "notes": "Storm rolling in, already hearing thunder to the west but it's still mostly dry here. Want to squeeze in my 90 min ride before it really hits. Thoughts?",
     "language": "en"},
    "Thunder heard -> 30-30 rule: go/stay indoors, resume 30 min after last thunder (DOMAIN). Indoor trainer/strength. Outdoor pool also off [beyond DOMAIN: lightning and pools].",
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["stationary_bike", "strength", "yoga", "elliptical", "stretching", "rest"],
     "forbidden_activities": ["cycle", "run", "swim", "brisk_walk", "walk"], "minutes_range": [20, 90], "intensity_measure": "any",
     "must_mention": ["thunder|lightning|storm", "indoor|inside|trainer"], "must_not_say": ["before it hits you can"]})

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients;", sum(c["expected"]["must_rest"] for c in C), "must rest")
