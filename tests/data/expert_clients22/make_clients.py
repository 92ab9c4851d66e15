#!/usr/bin/env python3
"""Writes /tmp/expert22/clients.jsonl: 24 hand-written clients for a blind
evaluation of motion-advisor (h01-h12 Chinese, h13-h24 English).

Written before the advisor was run even once. Sources: /work/shared/DOMAIN.md
(cited by section) and lines 731-854 of the advisor README (profile format and
activity ids). Anything not in DOMAIN.md is marked "beyond DOMAIN" in the
rationale.

expected fields
  must_rest            true: the only sensible card today is rest (+ seeing a clinician)
  max_intensity        rest < light < moderate < vigorous: the highest acceptable
  acceptable_activities  activity ids (README) I would sign for today
  forbidden_activities   ids that would be a clinical error today
  minutes_range        [lo, hi] minutes I would accept for today's session
  intensity_measure    "rpe": effort must be given by RPE and no HR zone (zone misleads);
                       "hr": an HR zone is expected; "any": either
  must_mention         list of groups "a|b|c": the card must contain at least one alternative
  must_not_say         phrases that must not appear in the card
  script               (Chinese Traditional clients only, an addition) "Hant"
"""
import json

T = "2026-12-01T"  # Tuesday

def hist(*rows):
    return [{"activity": a, "minutes": m, "days_ago": d, "rpe": r} for a, m, d, r in rows]

C = []

def add(id_, who, profile, expected, rationale):
    C.append({"id": id_, "who": who, "profile": profile, "expected": expected, "rationale": rationale})

# ---------------------------------------------------------------- Chinese
add("h01", "52M, sedentary, hypertension on amlodipine, good home reading 132/84, asks how often/how long",
    {"age": 52, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 74,
     "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 84,
     "fitness": "beginner", "goal": "降血压，减点肚子", "preferences": ["brisk_walk", "cycle"],
     "context": {"time": T + "19:30", "temperature_c": 8, "aqi": 60},
     "language": "zh",
     "notes": "体检查出高血压两年了，现在每天吃一片氨氯地平，今早在家量的是132/84。平时基本不运动，上下班开车，周末偶尔陪老婆散步。医生说让我多动动，可我不知道该怎么开始——是每天都要练吗？一次练多久才算有用？膝盖倒没什么问题。"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical", "strength"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["血压|高血压", "每周|一周|每星期"],
     "must_not_say": ["高强度间歇", "停药"]},
    "BP 132/84 is far below 180/110 (DOMAIN Conditions: ACSM via secondary source) and below the AHA 2017 crisis level, so exercise today. "
    "Inactive with known disease -> ACSM 2015 screening in DOMAIN: moderate is the ceiling (vigorous only after clearance; his doctor asked for 'more activity', not vigorous). "
    "Dose: ACSM FITT (Garber 2011) moderate >=30 min x >=5 d/wk, WHO 2020 150-300 min/wk; a beginner may start at 20-30 min, so 20-45. "
    "He asked how often: the card should give a weekly frequency (WHO 2020 / ACSM FITT). Running forbidden: a sedentary 84 kg beginner's first session should not be vigorous (7 MET jogging = vigorous, DOMAIN MET table and ACSM screening). "
    "'stop medication' must never appear (beyond DOMAIN, general medical safety).")

add("h02", "58M, overweight, wants to lose weight for daughter's wedding; exertional chest pressure + left arm ache hidden in the note",
    {"age": 58, "sex": "male", "weight_kg": 92, "height_cm": 175,
     "fitness": "beginner", "goal": "减肥，下个月穿得下西装", "preferences": ["run", "swim"],
     "context": {"time": T + "18:00", "temperature_c": 9, "aqi": 55},
     "notes": "我今年58，体重有点超，老婆天天催我减肥，下个月女儿结婚想穿西装好看点。以前年轻时候喜欢踢球跑步，现在工作忙，一天坐十个小时。想问问从哪开始，是先跑步还是先游泳？对了，上周单位电梯坏了爬了五楼，胸口发闷，像压了块石头，左胳膊也酸酸的，歇了几分钟就好了，估计是太久没动了。最近晚上也老觉得累。我想今天晚上就去小区跑两圈试试。"},
    {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
     "forbidden_activities": ["run", "swim", "cycle", "brisk_walk", "strength", "stationary_bike", "elliptical"],
     "minutes_range": [0, 0], "intensity_measure": "any",
     "must_mention": ["医生|就医|医院|急诊|心内科", "胸"],
     "must_not_say": ["今天：中等强度", "今天：高强度"]},
    "Chest pressure ('像压了块石头') with left-arm ache on exertion, relieved by rest, plus unusual fatigue: classic anginal equivalent. "
    "DOMAIN Warning symptoms (ACSM pre-participation screening, Riebe 2015): stop or do not start and seek medical clearance. So rest today and see a doctor before any exercise; "
    "the card must name the chest symptom and a doctor. The structured symptoms field is left empty on purpose: the warning is only in the note (a reader test).")

add("h03", "34F, 28 weeks pregnant, healthy, previously runner + hot yoga, now swims/walks; asks about hot yoga, lying on her back and how much (Traditional, zh-TW)",
    {"age": 34, "sex": "female", "weight_kg": 66, "height_cm": 163, "resting_hr": 80,
     "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "維持體能，順利生產",
     "preferences": ["swim", "yoga", "brisk_walk"], "language": "zh-TW",
     "context": {"time": T + "10:00", "temperature_c": 22, "humidity_pct": 70, "aqi": 40},
     "notes": "懷孕28週了，產檢都正常，醫生也說可以繼續運動。懷孕前每週跑三次步、上兩堂熱瑜伽，現在改成游泳和快走，偶爾騎腳踏車去市場買菜。想問：熱瑜伽還能去上嗎？做瑜伽時要躺平的動作可以做嗎？一週要動多少才夠？"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "brisk_walk", "walk", "stationary_bike", "yoga", "elliptical", "strength", "stretching"],
     "forbidden_activities": ["cycle"],
     "minutes_range": [20, 45], "intensity_measure": "rpe",
     "must_mention": ["熱瑜伽|高溫瑜伽|热瑜伽|高温", "仰臥|平躺|躺|仰卧", "150|每週|每周", "出血|宮縮|羊水|破水|頭暈|頭痛|胸痛"],
     "must_not_say": ["仰臥起坐"], "script": "Hant"},
    "Healthy pregnancy with clearance: WHO 2020 / CDC in DOMAIN: >=150 min/wk moderate; so moderate is the cap I hold the advisor to (ACOG allows continued vigorous for the previously active: beyond DOMAIN, not required). "
    "DOMAIN Pregnancy (ACOG CO 804): avoid hot yoga, fall-risk activities (outdoor cycling in the 3rd trimester -> forbidden) and lying flat on the back after the 1st trimester; the card must answer both of her explicit questions. "
    "It should list the ACOG stop signs (bleeding, contractions, fluid, dizziness, headache, chest pain). RPE/talk test instead of HR zones in pregnancy (beyond DOMAIN: ACOG recommends RPE because resting HR rises). "
    "zh-TW -> Traditional card (README).")

add("h04", "40M Hong Kong recreational runner, 2 weeks of plantar heel pain (first-step pain), 10 km race next month (Cantonese)",
    {"age": 40, "sex": "male", "weight_kg": 78, "height_cm": 174, "resting_hr": 62,
     "fitness": "intermediate", "goal": "跑十公里，減少肚腩", "preferences": ["run"],
     "history": hist(("run", 40, 2, 13), ("run", 35, 4, 12), ("run", 50, 7, 13), ("run", 40, 9, 12)),
     "context": {"time": T + "18:30", "temperature_c": 21, "humidity_pct": 70, "aqi": 75},
     "notes": "呢兩個禮拜腳板底好痛，尤其係朝早起身落床第一步，痛到要扶住牆行，行多幾步先好啲。街坊話可能係足底筋膜炎。但係我報咗下個月嘅十公里，唔跑又驚跟唔上進度。今日可唔可以照跑？唔跑嘅話可以做咩代替？"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["swim", "stationary_bike", "cycle", "elliptical", "strength"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["足底|腳底|腳板|筋膜|脚底", "換成|换成|代替|取代|替代|改做|改為"],
     "must_not_say": [], "script": "Hant"},
    "Classic plantar fasciitis (first-step heel pain). DOMAIN Conditions: for knee/ankle injury prefer low impact, no running or jumping (heuristic, consult a clinician); extended to the foot here (beyond DOMAIN: plantar fasciitis management = offload). "
    "He is a trained intermediate runner, so a non-impact session can be moderate or even vigorous (cycling/swimming keep fitness). He explicitly asks what to do instead: the card must name the substitution. "
    "Notes in Traditional Cantonese with no language tag -> Traditional card (README), emergency number 999 (README).")

add("h05", "26M type 1 diabetes on a pump, half-marathon training, glucose 165, endocrinologist aware; tempo run planned",
    {"age": 26, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 52,
     "conditions": ["diabetes"], "glucose_mg_dl": 165, "fitness": "advanced",
     "goal": "半马跑进1小时35分", "preferences": ["run"],
     "history": hist(("run", 50, 1, 12), ("run", 40, 3, 13), ("strength", 40, 4, 13), ("run", 90, 5, 13),
                     ("run", 45, 6, 12), ("run", 60, 8, 12), ("run", 50, 10, 14), ("run", 80, 12, 13),
                     ("run", 45, 14, 12), ("run", 50, 17, 14), ("run", 75, 19, 13), ("run", 45, 21, 12)),
     "context": {"time": T + "09:00", "temperature_c": 10, "aqi": 40},
     "language": "zh",
     "notes": "我是1型糖尿病，用胰岛素泵八年了，糖化6.8，内分泌科医生知道我在练半马，也同意。教练这周排了一次节奏跑。刚测血糖165，早饭吃过一个半小时。想问这个血糖能不能直接跑节奏跑？跑的时候要不要调泵？"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "stationary_bike", "elliptical", "swim"],
     "forbidden_activities": [],
     "minutes_range": [30, 75], "intensity_measure": "any",
     "must_mention": ["血糖"],
     "must_not_say": ["不宜运动", "不要运动"]},
    "Glucose 165 mg/dl is inside the ADA 2016 range where exercise is fine (DOMAIN Conditions: <90 carbs first, 250-350 check ketones). "
    "Active, trained, with physician awareness -> ACSM 2015 screening (DOMAIN): vigorous acceptable with clearance, which he has. A tempo run is appropriate; load is steady (ACWR ~1, Gabbett in DOMAIN). "
    "The card must address glucose. Pump adjustment advice is beyond DOMAIN (ADA 2016 suggests basal reduction; a card may defer to his team).")

add("h06", "71F, fell last month (slipped in bathroom, no fracture), sarcopenia, afraid of falling, used to do tai chi",
    {"age": 71, "sex": "female", "weight_kg": 50, "height_cm": 155, "resting_hr": 72,
     "fitness": "beginner", "goal": "腿有劲，不再摔跤", "preferences": ["tai_chi", "walk"],
     "context": {"time": T + "09:00", "temperature_c": 12, "aqi": 50},
     "notes": "上个月在卫生间滑了一跤，屁股着地，拍了片子没骨折，就是吓着了，现在下楼梯都扶着扶手。医生说我肌肉少（肌少症），让我多练练腿。我以前每天早上在公园打太极，摔了以后就没去了。想知道现在能做点什么，怕再摔。"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["tai_chi", "strength", "walk", "brisk_walk", "stationary_bike"],
     "forbidden_activities": ["run", "cycle"],
     "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["平衡", "力量|肌力|肌肉"],
     "must_not_say": []},
    "Mechanical slip (not syncope) so no screening red flag. WHO 2020 >=65 (DOMAIN): multicomponent balance + strength >=3 d/wk; DOMAIN Older adults: tai chi (3.0 MET) fits; ACSM FITT: 10-15 reps for older/frail. "
    "Fall risk -> outdoor cycling and running forbidden (beyond DOMAIN, common sense for a recent faller). Card must mention balance and strength.")

add("h07", "16M, exam stress, sleeps <6 h, used to play basketball daily, mother says stop until exams",
    {"age": 16, "sex": "male", "weight_kg": 60, "height_cm": 175,
     "fitness": "intermediate", "goal": "考试前保持状态，睡得好一点", "preferences": ["run", "cycle"],
     "context": {"time": T + "17:30", "temperature_c": 9, "aqi": 70},
     "notes": "我高二，马上期末考，每天学到十二点多，睡不到六个小时，最近特别烦躁，晚上躺床上脑子停不下来。以前每天放学跟同学打篮球，我妈说考完再打，让我把时间都用来刷题。我也不知道运动是不是在浪费时间？如果运动的话，练多久合适？"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "brisk_walk", "swim", "stationary_bike", "strength", "elliptical"],
     "forbidden_activities": [],
     "minutes_range": [30, 75], "intensity_measure": "any",
     "must_mention": ["压力|焦虑|烦躁|紧张|放松|情绪|睡眠", "60|一小时|1小时|六十"],
     "must_not_say": []},
    "WHO 2020 ages 5-17 (DOMAIN): average >=60 min/day moderate-to-vigorous, vigorous >=3 d/wk. Healthy teenager: moderate or vigorous fine. "
    "He asks how long: the card should say ~60 min/day. Stress relief and sleep benefit: WHO 2020 (beyond DOMAIN's text, which does not cover mental health, except the README's own stress line).")

add("h08", "30F, day 1 of period with cramps eased by ibuprofen, runs 3x5 km/week, asks whether to skip",
    {"age": 30, "sex": "female", "weight_kg": 55, "height_cm": 162, "resting_hr": 60,
     "fitness": "intermediate", "goal": "保持体型，跑得更轻松", "preferences": ["run", "yoga"],
     "history": hist(("run", 32, 2, 12), ("run", 30, 4, 12), ("yoga", 45, 5, 10), ("run", 33, 7, 13), ("run", 30, 9, 12)),
     "context": {"time": T + "19:00", "temperature_c": 10, "aqi": 60},
     "notes": "今天来例假第一天，小肚子坠着疼，吃了一片布洛芬好点了。平时一周跑三次5公里，今天本来是跑步日。不知道经期能不能运动，会不会有影响？要不要干脆歇一天？"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["yoga", "walk", "brisk_walk", "stretching", "swim", "stationary_bike", "elliptical", "run"],
     "forbidden_activities": [],
     "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["经期|月经|例假|痛经|生理期"],
     "must_not_say": []},
    "Beyond DOMAIN: primary dysmenorrhoea is not a contraindication; light-moderate exercise may ease cramps (Cochrane 2015, Armour). "
    "A trained runner may do an easy run or swap for yoga/walk by feel; vigorous is not needed today. The card must address the period (her actual question).")

add("h09", "45M advanced cyclist, flew Shanghai->Lhasa (3,650 m) yesterday, slept poorly, more winded on stairs, no headache",
    {"age": 45, "sex": "male", "weight_kg": 72, "height_cm": 176, "resting_hr": 66,
     "fitness": "advanced", "goal": "保持骑行状态", "preferences": ["cycle"],
     "history": hist(("cycle", 120, 3, 13), ("cycle", 90, 5, 14), ("cycle", 150, 8, 13), ("cycle", 100, 10, 13)),
     "context": {"time": T + "15:00", "temperature_c": 6, "wind_kmh": 15, "aqi": 30},
     "notes": "昨天从上海飞到拉萨出差，住一个礼拜。平时每周骑车两三次，一次五六十公里。酒店可以租自行车，想趁下午骑一圈布达拉宫附近。昨晚睡得一般，醒了好几次，走路倒还行，就是爬楼比平时喘得厉害点，歇一下就好，头不疼。高原上骑车要注意什么？"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "cycle", "stationary_bike", "yoga", "stretching", "tai_chi"],
     "forbidden_activities": ["run"],
     "minutes_range": [15, 45], "intensity_measure": "any",
     "must_mention": ["高原|海拔|缺氧|高反|高山"],
     "must_not_say": []},
    "Beyond DOMAIN (DOMAIN has no altitude section): first 24-48 h at 3,650 m after flying in: avoid strenuous exertion, keep it easy and short, watch for AMS (headache, nausea). "
    "More breathless on stairs at altitude is physiological, not DOMAIN's 'breathlessness with mild exertion' at sea level; a cautious rest card would be safe but over-restrictive. "
    "Light-to-moderate easy ride or walk, 15-45 min; the card must name altitude.")

add("h10", "38F Hui, Ramadan fasting (no food or water until ~19:00), does baduanjin and brisk walks, worried she might get dizzy",
    {"age": 38, "sex": "female", "weight_kg": 62, "height_cm": 160,
     "fitness": "beginner", "goal": "斋月里也保持活动", "preferences": ["brisk_walk", "tai_chi"],
     "context": {"time": "2026-03-05T16:30", "temperature_c": 8, "aqi": 60},
     "notes": "我是回族，现在是斋月，白天不吃不喝，大概晚上七点开斋。平时在小区跟着练八段锦，有时候快走。斋月期间想继续运动，但怕白天没喝水会头晕。什么时间练比较好？强度要不要降？"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "tai_chi", "yoga", "stretching", "strength"],
     "forbidden_activities": ["run"],
     "minutes_range": [15, 40], "intensity_measure": "any",
     "must_mention": ["开斋|斋月|禁食|空腹|封斋|斋戒", "水|补液|喝"],
     "must_not_say": []},
    "Beyond DOMAIN (fasting not covered): Ramadan guidance (e.g. Chaouachi 2009, sports-medicine consensus) = light-moderate, shorter sessions, ideally after iftar or just before it, hydrate between iftar and suhoor. "
    "'怕会头晕' is a worry, not a symptom (negation/hypothetical test): DOMAIN's dizziness rule must not fire. Card must address the fast and fluids; running (dehydrating, vigorous) not advised for a fasting beginner.")

add("h11", "62M cardiac rehab graduate (MI + stent a year ago), on metoprolol, cleared for moderate, no symptoms, wants to jog",
    {"age": 62, "sex": "male", "weight_kg": 75, "height_cm": 170, "resting_hr": 56,
     "conditions": ["heart_disease"], "bp_systolic": 124, "bp_diastolic": 76,
     "fitness": "intermediate", "goal": "心脏更强，能慢跑", "preferences": ["brisk_walk", "run"],
     "history": hist(("brisk_walk", 40, 1, 12), ("brisk_walk", 40, 2, 12), ("brisk_walk", 40, 4, 12),
                     ("brisk_walk", 40, 5, 12), ("brisk_walk", 40, 6, 12), ("brisk_walk", 40, 8, 12)),
     "context": {"time": T + "08:30", "temperature_c": 7, "aqi": 45},
     "notes": "去年十二月心梗放了一个支架，今年上半年在医院做完了三个月心脏康复，康复科医生说我可以自己在家练了，中等强度没问题。现在每天吃倍他乐克、阿司匹林、他汀。最近没有胸闷胸痛。平时快走40分钟，心率手表总是显示很低，七八十，是不是练得不够？想试试慢跑。"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "stationary_bike", "cycle", "elliptical", "swim", "strength", "walk"],
     "forbidden_activities": ["run"],
     "minutes_range": [30, 60], "intensity_measure": "rpe",
     "must_mention": ["RPE|自觉|感觉|说话", "医生|康复"],
     "must_not_say": []},
    "Known CVD, active, asymptomatic ('没有胸闷胸痛' is a negation test): ACSM 2015 screening (DOMAIN): moderate fine, medical clearance before vigorous -> his clearance covers moderate only, so jogging (7 MET, vigorous) is forbidden until his cardiologist agrees; the card should say so. "
    "Beta-blocker blunts HR (beyond DOMAIN; ACSM Guidelines 11th ed.): an age-predicted HR zone would mislead -> effort by RPE/talk test (DOMAIN HR table RPE 12-13 for moderate), hr_zone must be null. Dose 30-60 min (ACSM FITT).")

add("h12", "35F well-controlled mild asthma, runner with a 10 km race on Sunday, AQI 180 this morning, wants to run 8 km by the river with a mask",
    {"age": 35, "sex": "female", "weight_kg": 56, "height_cm": 165, "resting_hr": 58,
     "conditions": ["asthma"], "fitness": "intermediate", "goal": "周末10公里跑进55分钟",
     "preferences": ["run"],
     "history": hist(("run", 45, 1, 13), ("run", 35, 3, 12), ("run", 60, 5, 13), ("run", 40, 8, 12), ("run", 55, 10, 13)),
     "context": {"time": T + "07:00", "temperature_c": 1, "humidity_pct": 60, "aqi": 180},
     "notes": "有轻度哮喘，平时用布地奈德福莫特罗，很久没发作了。每周跑三四次，今天早上手机显示空气指数180，有点雾霾。周末要跑一个10公里的比赛，今天还想按计划在河边跑8公里，戴个口罩行不行？"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["stationary_bike", "elliptical", "strength", "yoga", "swim", "stretching"],
     "forbidden_activities": ["run", "cycle"],
     "minutes_range": [20, 50], "intensity_measure": "any",
     "must_mention": ["空气|AQI|雾霾|污染", "室内"],
     "must_not_say": ["戴口罩就可以"]},
    "DOMAIN Environment (US EPA AQI): 151-200 unhealthy: sensitive groups (asthma: DOMAIN Conditions) avoid prolonged or heavy exertion, prefer indoor exercise. "
    "So no outdoor run/ride; an indoor session (bike, elliptical) of moderate dose, or easy taper work, fits race week. Cold (1 C) is another asthma trigger (DOMAIN). A mask is not a licence (beyond DOMAIN).")

# ---------------------------------------------------------------- English
add("h13", "44F rheumatoid arthritis in remission on methotrexate, beginner, wants to get stronger, scared of damaging joints",
    {"age": 44, "sex": "female", "weight_kg": 64, "height_cm": 166, "resting_hr": 70,
     "fitness": "beginner", "goal": "get stronger without hurting my joints",
     "preferences": ["swim", "strength", "walk"], "language": "en",
     "context": {"time": T + "12:30", "temperature_c": 10, "aqi": 35},
     "notes": "I have rheumatoid arthritis, diagnosed 6 years ago. I'm on methotrexate and it's been quiet for about 4 months - no swollen joints right now, just a bit of stiffness in my hands first thing that's gone by 9am. My rheumatologist keeps saying exercise is good for me but I'm scared of wrecking my joints. I'd like to get stronger, I can barely open jars some days. Is lifting weights actually OK for someone like me, and how heavy should I go?"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["strength", "swim", "stationary_bike", "walk", "brisk_walk", "elliptical", "yoga", "tai_chi", "cycle"],
     "forbidden_activities": [],
     "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["strength|resistance|weights|lifting", "joint|joints|arthritis|rheumatoid"],
     "must_not_say": ["avoid strength"]},
    "WHO 2020 (DOMAIN) applies to adults with chronic conditions: 150-300 min/wk + strength >=2 d/wk; ACSM FITT resistance 8-12 reps. "
    "RA between flares: beyond DOMAIN (EULAR 2018 physical-activity recommendations): moderate aerobic + progressive resistance training is safe and recommended. Beginner -> moderate cap; card must speak to strength and her joints.")

add("h14", "24F Cat 2 road racer, well-controlled asthma (albuterol pre-exercise), -8 C with wind, 5x5 min threshold intervals planned",
    {"age": 24, "sex": "female", "weight_kg": 58, "height_cm": 168, "resting_hr": 46,
     "conditions": ["asthma"], "fitness": "advanced", "goal": "upgrade to Cat 1 next season",
     "preferences": ["cycle", "stationary_bike"],
     "history": hist(("cycle", 90, 1, 12), ("cycle", 60, 2, 15), ("cycle", 120, 4, 13), ("stationary_bike", 60, 5, 15),
                     ("cycle", 180, 7, 12), ("cycle", 60, 9, 15), ("cycle", 90, 11, 13), ("cycle", 150, 14, 12),
                     ("stationary_bike", 60, 16, 15), ("cycle", 90, 18, 13), ("cycle", 180, 21, 12)),
     "context": {"time": T + "07:00", "temperature_c": -8, "wind_kmh": 25, "precipitation": "none", "aqi": 25},
     "notes": "Cat 2 road racer, asthma since childhood but well controlled - I take two puffs of albuterol before hard sessions and haven't had an attack in over a year. Coach has 5x5 min threshold intervals on the plan today. It's -8 out with wind, and cold air sometimes makes my chest tight. Should I still do them outside, move them to the trainer, or skip?"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["stationary_bike", "elliptical", "swim"],
     "forbidden_activities": ["run"],
     "minutes_range": [30, 90], "intensity_measure": "any",
     "must_mention": ["cold", "indoor|indoors|trainer|inside"],
     "must_not_say": []},
    "Well-controlled asthma in a trained athlete: vigorous is fine (WHO 2020 chronic conditions; ACSM screening in DOMAIN does not list asthma as CV/metabolic/renal disease). "
    "DOMAIN Conditions: cold dry air is an asthma trigger; DOMAIN Cold (ACSM 2006): judge by wind chill (-8 C, 25 km/h ~ -16 C). She already gets chest tightness in cold air, so the intervals belong on the trainer: stationary_bike is the right card, outdoor cycle is not in the acceptable list (a reservation, not forbidden). "
    "Running outside would be worse (forbidden). Card must mention the cold and moving indoors.")

add("h15", "50F breast cancer survivor a year out of chemo/radiation, on tamoxifen, axillary nodes removed (worried about arm swelling), anxious about a scan",
    {"age": 50, "sex": "female", "weight_kg": 70, "height_cm": 165, "resting_hr": 72,
     "fitness": "beginner", "goal": "get my fitness back", "preferences": ["strength", "brisk_walk", "swim"],
     "context": {"time": T + "10:00", "temperature_c": 12, "aqi": 40},
     "notes": "Finished chemo and radiation for breast cancer about a year ago, on tamoxifen now. My energy is finally coming back. They took lymph nodes out on the left side so I'm a bit nervous about my arm swelling up. I've got a follow-up scan in two weeks and honestly I'm anxious about it, I lie awake thinking about it. I used to go to the gym before all this. Can I start again, and what should I be doing?"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "strength", "stationary_bike", "swim", "elliptical", "walk", "yoga", "cycle"],
     "forbidden_activities": [],
     "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["anxious|anxiety|stress|stressed|worry|worried|sleep", "arm|lymph|lymphoedema|lymphedema|swelling"],
     "must_not_say": []},
    "WHO 2020 (DOMAIN) covers adults with chronic conditions: 150 min/wk + strength 2 d/wk. Beyond DOMAIN: ACSM 2019 cancer roundtable (Campbell 2019): moderate aerobic 3x/wk 30 min + resistance 2x/wk; progressive supervised resistance training does not worsen lymphoedema (PAL trial). "
    "Deconditioned after treatment -> moderate cap, start 20-30 min. Card should acknowledge her anxiety and her arm concern (personalisation).")

add("h16", "33M depression on sertraline, father died in September, inactive since, low energy, therapist suggested moving more",
    {"age": 33, "sex": "male", "weight_kg": 88, "height_cm": 180, "resting_hr": 76,
     "fitness": "beginner", "goal": "feel a bit less flat", "preferences": ["cycle", "walk"],
     "context": {"time": T + "18:00", "temperature_c": 9, "precipitation": "none", "aqi": 45},
     "notes": "Been on sertraline for depression for about 8 months. My dad died in September and since then I've pretty much stopped doing anything, I just go to work, come home and lie on the couch. My therapist suggested I try to move a bit more. I used to cycle to work years ago. Honestly I don't have much energy and I don't really see the point, but I said I'd ask. What's the smallest thing that would actually help?"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["walk", "brisk_walk", "cycle", "stationary_bike", "swim", "yoga", "tai_chi"],
     "forbidden_activities": [],
     "minutes_range": [10, 35], "intensity_measure": "any",
     "must_mention": ["mood|depression|depressed|grief|low|energy"],
     "must_not_say": ["stop taking", "no excuses"]},
    "WHO 2020 (DOMAIN): adults incl. chronic conditions; any activity is better than none, limit sedentary time. Beyond DOMAIN: exercise as adjunct for depression (moderate aerobic, small achievable doses first, behavioural activation). "
    "He asks for 'the smallest thing': a short walk or easy ride of 10-30 min is right; the card should connect it to mood. 'I don't see the point' is low motivation, not a stated risk; a card that also gently points to his therapist is a plus (beyond DOMAIN).")

add("h17", "31F 10 weeks postpartum (vaginal), cleared at 6 weeks, ex 30-40 km/wk runner, stress incontinence and pelvic heaviness, wants to run this week",
    {"age": 31, "sex": "female", "weight_kg": 68, "height_cm": 167, "resting_hr": 64,
     "fitness": "intermediate", "goal": "get back to running", "preferences": ["run", "brisk_walk"],
     "history": hist(("brisk_walk", 45, 1, 11), ("brisk_walk", 40, 2, 11), ("brisk_walk", 50, 4, 11), ("brisk_walk", 45, 6, 11), ("brisk_walk", 40, 8, 11)),
     "context": {"time": T + "09:30", "temperature_c": 11, "aqi": 30},
     "notes": "Had my second baby 10 weeks ago (vaginal delivery, no tear) and got the all-clear at my 6 week check. I was running 30-40 km a week before I got pregnant and I'm desperate to get back to it. I've been walking with the pram most days. Only thing is I still leak a bit when I sneeze or jump, and there's a sort of heavy feeling down there by the end of the day. Can I start running again this week?"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["brisk_walk", "walk", "strength", "stationary_bike", "swim", "elliptical", "yoga"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["pelvic|pelvic floor", "physio|physiotherapist|physiotherapy|doctor|GP|midwife|clinician"],
     "must_not_say": []},
    "DOMAIN WHO/CDC: postpartum >=150 min/wk moderate. Beyond DOMAIN: return-to-running guideline (Goom, Donnelly & Brockwell 2019): no running before ~12 weeks and not with urinary leakage or pelvic heaviness (prolapse symptoms) -> pelvic-floor assessment by a pelvic-health physio first. "
    "So: brisk walk / low-impact + pelvic-floor and strength work today, running forbidden; the card must mention the pelvic floor and a clinician.")

add("h18", "27F 32 weeks pregnant, prenatal yoga + walks; spotting this morning, headache since yesterday not helped by paracetamol, puffy feet (hidden in note)",
    {"age": 27, "sex": "female", "weight_kg": 74, "height_cm": 164,
     "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "stay fit for labour",
     "preferences": ["yoga", "walk"],
     "context": {"time": T + "16:00", "temperature_c": 13, "aqi": 40},
     "notes": "32 weeks with my first. I've been doing prenatal yoga twice a week and walking every evening, and I really want to stay fit for labour so I'm trying not to miss sessions. My feet have been a bit puffy, which I know is normal. I had a little spotting this morning and I've had a headache since yesterday that paracetamol isn't really touching, but it's probably just tiredness from work. Is it fine to do my yoga class tonight? It's a gentle one."},
    {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
     "forbidden_activities": ["yoga", "walk", "brisk_walk", "swim", "stationary_bike", "strength", "run", "cycle", "elliptical"],
     "minutes_range": [0, 0], "intensity_measure": "any",
     "must_mention": ["midwife|doctor|obstetrician|maternity|hospital|medical|care", "bleeding|spotting|headache"],
     "must_not_say": ["yoga is fine"]},
    "DOMAIN Warning symptoms, Pregnancy (ACOG CO 804): stop and seek care on vaginal bleeding and headache; plus swelling (DOMAIN lists ankle oedema among ACSM symptoms). Persistent headache + oedema at 32 weeks = possible pre-eclampsia (beyond DOMAIN), bleeding in the 3rd trimester needs same-day assessment. "
    "So no exercise today, contact her maternity unit now; the card must name the bleeding/headache and a clinician. Warning only in the note (reader test).")

add("h19", "47M club tennis player with a month of lateral elbow pain (physio: tennis elbow), doubles match tonight",
    {"age": 47, "sex": "male", "weight_kg": 80, "height_cm": 181, "resting_hr": 60,
     "fitness": "intermediate", "goal": "keep fit for the tennis season", "preferences": ["run", "cycle"],
     "history": hist(("run", 30, 2, 12), ("run", 35, 5, 13), ("run", 30, 9, 12)),
     "context": {"time": T + "17:00", "temperature_c": 12, "aqi": 40},
     "notes": "Club tennis player, usually play 3 times a week plus a bit of running. For the last month the outside of my right elbow has been killing me - hurts when I grip the racquet, lift the kettle, even shake hands. Physio said lateral epicondylitis and gave me some wrist exercises. I've got doubles tonight and I hate letting the team down. Should I play, or do something else to keep fit?"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "cycle", "stationary_bike", "elliptical", "brisk_walk", "swim"],
     "forbidden_activities": [],
     "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["elbow", "tennis|racquet|racket|grip|gripping"],
     "must_not_say": []},
    "Beyond DOMAIN: lateral epicondylalgia -> relative rest from painful gripping (so tennis tonight is not advisable), continue physio loading; lower-body cardio keeps fitness. "
    "Healthy intermediate: moderate-vigorous run or ride fine (ACSM FITT in DOMAIN). Strength not in acceptable (grip-heavy unless lower body only). Card must mention the elbow and the tennis/grip question.")

add("h20", "36F masters swimmer, 3 weeks of anterior shoulder pinching overhead + night ache after a volume jump; 3 km set planned",
    {"age": 36, "sex": "female", "weight_kg": 63, "height_cm": 170, "resting_hr": 54,
     "fitness": "advanced", "goal": "swim a fast 400 free at the spring meet", "preferences": ["swim", "run"],
     "history": hist(("swim", 75, 1, 14), ("swim", 70, 2, 14), ("swim", 75, 4, 15), ("swim", 80, 6, 14),
                     ("swim", 50, 9, 13), ("swim", 50, 11, 13), ("swim", 55, 13, 13),
                     ("swim", 50, 16, 13), ("swim", 50, 18, 13), ("swim", 50, 20, 13),
                     ("swim", 50, 23, 13), ("swim", 45, 25, 13), ("swim", 50, 27, 13)),
     "context": {"time": T + "06:30", "temperature_c": 5, "aqi": 35},
     "notes": "Masters swimmer, 4 sessions a week, usually 3-4 km each. My right shoulder has been sore for 3 weeks, pinchy at the front when I reach overhead or at the catch, and it aches at night if I sleep on it. No injury I can remember, I just upped my volume for a meet. I've got a 3 km set planned this morning. Push through with paddles off, or do something else?"},
    {"must_rest": False, "max_intensity": "vigorous",
     "acceptable_activities": ["run", "stationary_bike", "cycle", "elliptical", "brisk_walk"],
     "forbidden_activities": ["swim"],
     "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["shoulder"],
     "must_not_say": ["push through"]},
    "Beyond DOMAIN: swimmer's shoulder (impingement / rotator-cuff tendinopathy) with night pain -> stop provocative overhead swimming, see a physio. "
    "DOMAIN Training load (Gabbett 2016): last week ~300 min vs ~200 min/wk chronic -> ACWR ~1.5, the 'injury risk rises sharply' zone; another 3 km set is the wrong call. "
    "A trained athlete can do non-overhead cardio (run, bike) at any intensity. Card must mention the shoulder.")

add("h21", "22M footballer, grade 1 hamstring strain 5 days ago, walking fine, wants to test it with sprints; cup game in 10 days",
    {"age": 22, "sex": "male", "weight_kg": 75, "height_cm": 180, "resting_hr": 50,
     "fitness": "advanced", "goal": "be fit for the cup game", "preferences": ["run"],
     "history": hist(("run", 90, 5, 16), ("run", 60, 7, 13), ("strength", 45, 8, 13), ("run", 50, 9, 14),
                     ("run", 90, 12, 16), ("run", 60, 14, 13), ("strength", 45, 15, 13)),
     "context": {"time": T + "16:00", "temperature_c": 10, "aqi": 40},
     "notes": "Pulled my left hamstring in a match last Thursday, felt a twinge sprinting and had to come off. Walking is fine now, just a bit tight when I bend over. The physio thinks it's a grade 1. We've got a cup game in 10 days and I want to test it with some sprints today. Is that too soon? What can I do instead so I don't lose fitness?"},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["stationary_bike", "swim", "walk", "brisk_walk", "elliptical", "strength"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["hamstring"],
     "must_not_say": ["sprints are fine"]},
    "Beyond DOMAIN: grade 1 hamstring strain, day 5: progressive loading, no sprinting until pain-free full-range strength and progressive running (return-to-sprint typically ~1-3 weeks). "
    "DOMAIN Conditions injury heuristic (prefer low impact, consult a clinician) applied by analogy. Keep fitness on bike/pool; moderate cap for today. Card must mention the hamstring.")

add("h22", "19F couch-to-5k week 5, medial shin pain on two runs, pain hopping today, run scheduled",
    {"age": 19, "sex": "female", "weight_kg": 60, "height_cm": 165,
     "fitness": "beginner", "goal": "run 5k without stopping", "preferences": ["run", "walk"],
     "history": hist(("run", 25, 2, 14), ("run", 25, 4, 14), ("run", 25, 6, 13), ("run", 25, 9, 13), ("run", 25, 11, 12), ("run", 25, 13, 12)),
     "context": {"time": T + "17:30", "temperature_c": 11, "aqi": 40},
     "notes": "Week 5 of couch to 5k, the first time I've ever stuck with exercise! The last two runs both my shins have been sore along the inside, mostly at the start of the run, and today it actually hurts to hop. Run 3 of week 5 is scheduled for today (20 min non-stop, eek). Should I do it? I really don't want to lose my streak."},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["stationary_bike", "swim", "cycle", "elliptical", "walk", "strength"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 45], "intensity_measure": "any",
     "must_mention": ["shin|shins", "doctor|physio|physiotherapist|clinician|GP|medical"],
     "must_not_say": []},
    "Beyond DOMAIN: medial tibial stress syndrome; pain on hopping raises concern for bone stress injury -> stop running, get it assessed. DOMAIN injury heuristic: low impact, consult a clinician. "
    "Keep the streak with a low-impact session of her usual duration (moderate). Card must mention the shins and a clinician.")

add("h23", "12-year-old boy (mother writes), rides his bike with friends for an hour after school; 36 C and humid at 3 pm",
    {"age": 12, "sex": "male", "weight_kg": 40, "height_cm": 150,
     "fitness": "intermediate", "goal": "have fun and stay active", "preferences": ["cycle", "swim"],
     "context": {"time": T + "15:00", "temperature_c": 36, "humidity_pct": 60, "aqi": 30},
     "notes": "(Written by his mum) Jack is 12 and loves his bike, he usually rides around the neighbourhood with his mates after school for an hour or so. It's 36 degrees today and really sticky. He's nagging to go out right now at 3pm. Is that OK or should he wait? He's healthy, no asthma or anything."},
    {"must_rest": False, "max_intensity": "moderate",
     "acceptable_activities": ["swim", "stationary_bike", "strength", "yoga", "elliptical", "walk"],
     "forbidden_activities": ["run"],
     "minutes_range": [20, 60], "intensity_measure": "any",
     "must_mention": ["heat|hot", "water|drink|drinks|hydrated|hydration|fluids"],
     "must_not_say": []},
    "DOMAIN Heat: 36 C at 60% RH is a heat index of ~45 C = NWS 'danger'; ACSM 2007: above 32.2 C WBGT-equivalent conditions cancel outdoor exercise; children are a sensitive group (DOMAIN AQI table lists them; heat vulnerability beyond DOMAIN). "
    "So not now outdoors: a swim, indoor play, or wait until evening. WHO 5-17 (DOMAIN): ~60 min/day MVPA, so he should still be active today. Outdoor cycle at 3 pm is not acceptable (only in the evening; reservation), running forbidden. Card must mention heat and drinking.")

add("h24", "39F marathoner, flew London->Singapore last night, jet-lagged; sore throat, aching all over, shivery, 37.9 C; wants a hard treadmill long run to 'sweat it out'",
    {"age": 39, "sex": "female", "weight_kg": 60, "height_cm": 168, "resting_hr": 58,
     "fitness": "advanced", "goal": "marathon in February", "preferences": ["run"],
     "history": hist(("run", 110, 3, 13), ("run", 50, 4, 12), ("run", 60, 6, 14), ("run", 45, 7, 12),
                     ("run", 100, 10, 13), ("run", 50, 11, 12), ("run", 60, 13, 14), ("run", 45, 14, 12)),
     "context": {"time": T + "07:00", "temperature_c": 27, "humidity_pct": 80, "aqi": 50},
     "notes": "Just flew London to Singapore for a conference, landed last night and my body clock is all over the place. I usually run 5 times a week and I'm training for a marathon in February so I don't want to miss my long run. Had a sore throat on the plane and today I ache all over and feel shivery, temp was 37.9 this morning. Thinking a hard sweat in the hotel gym might help me shake it off and reset my body clock. Treadmill long run or not?"},
    {"must_rest": True, "max_intensity": "rest", "acceptable_activities": ["rest"],
     "forbidden_activities": ["run", "cycle", "stationary_bike", "elliptical", "strength", "swim", "brisk_walk"],
     "minutes_range": [0, 0], "intensity_measure": "any",
     "must_mention": ["ache|aches|aching|fever|temperature|ill|illness|sick|unwell|infection"],
     "must_not_say": ["sweat it out"]},
    "DOMAIN Acute illness, neck check (Eichner 1993): body aches (below the neck) and feverishness mean rest, even though 37.9 C is just under the 38.0 C fever cut-off. "
    "A long hard run is also wrong for jet lag; daylight and an easy walk after recovery (beyond DOMAIN). Symptoms are only in the note (reader test).")

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("/tmp/expert22/clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C))
