#!/usr/bin/env python3
"""Writes clients.jsonl: 24 invented clients for a blind review of motion-advisor.
h01-h12 Chinese, h13-h24 English. Expectations are a clinical exercise physiologist's,
grounded in /work/shared/DOMAIN.md; anything beyond it is marked [beyond DOMAIN]."""
import json

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]
NONREST = [a for a in ALL if a != "rest"]
SIMPLIFIED_GIVEAWAYS = "运动|医生|强度|时间|锻炼|恢复|练习|热量"   # simplified forms; a Traditional card must not use them

def E(must_rest=False, max_i="moderate", ok=None, bad=None, mins=(20, 45), measure="any",
      mention=None, not_say=None):
    return {"must_rest": must_rest, "max_intensity": max_i,
            "acceptable_activities": ok or [], "forbidden_activities": bad or [],
            "minutes_range": list(mins), "intensity_measure": measure,
            "must_mention": mention or [], "must_not_say": not_say or []}

REST = dict(must_rest=True, max_i="rest", ok=["rest"], bad=NONREST, mins=(0, 0))

C = []
def add(i, who, profile, rationale, expected):
    C.append({"id": i, "who": who, "profile": profile, "rationale": rationale, "expected": expected})

# ---------------- Chinese ----------------
add("h01", "58岁男性，出租车司机，高血压，刚开始想走路降压；描述的是劳力性胸闷放射到左臂（心绞痛样）",
    {"age": 58, "sex": "male", "weight_kg": 82, "height_cm": 170, "conditions": ["hypertension"],
     "bp_systolic": 150, "bp_diastolic": 95, "fitness": "beginner", "goal": "降血压",
     "preferences": ["快走"], "language": "zh-CN",
     "context": {"time": "2026-12-02T07:10", "temperature_c": 6, "aqi": 70, "precipitation": "none"},
     "notes": "这两个礼拜每次爬楼梯上三楼就觉得胸口发紧，像有块石头压着，还往左边胳膊窜，站着歇几分钟就好了。老婆让我每天早上去公园快走降血压，今天走多久合适？"},
    "WARNING (indirect): exertional chest 'tightness/pressure' radiating to the left arm, relieved by rest = anginal equivalent (DOMAIN, Warning symptoms: 'pain or discomfort (or another anginal equivalent: pressure, tightness, heaviness) in the chest, neck, jaw, arms'). Must not start; rest and seek medical clearance. BP 150/95 alone would allow moderate (<180/110), so the notes are the deciding factor.",
    E(**REST, mention=["医生|就医|医院|心内科", "胸"], not_say=["快走约|今天：中等强度|今天：高强度"]))

add("h02", "29歲台灣女性，上班族，懷孕22週（第二孕期），產檢正常，今晚有孕婦瑜伽課",
    {"age": 29, "sex": "female", "weight_kg": 63, "height_cm": 162, "conditions": ["pregnancy"],
     "fitness": "intermediate", "goal": "保持體能、順產", "preferences": ["瑜伽", "游泳"],
     "language": "zh-TW",
     "context": {"time": "2026-12-02T18:30", "temperature_c": 19, "humidity_pct": 75, "aqi": 40},
     "notes": "懷孕22週了，產檢都正常，醫生說可以繼續運動。今晚七點半有孕婦瑜伽課，老師會帶一些躺著的動作，不知道可不可以做？懷孕前每週跑步三次。"},
    "Second-trimester pregnancy, uncomplicated, cleared: >=150 min/week moderate is the target (DOMAIN, WHO/CDC pregnancy). Prenatal yoga fits; the key teaching point she asked about is no prolonged supine lying after the first trimester (DOMAIN: 'no lying on the back after the first trimester'; ACOG 804). Avoid fall-risk activities: outdoor cycling is a judgement call, forbidden here [beyond DOMAIN: ACOG lists cycling among fall-risk activities for many]. HR targets are less reliable in pregnancy; RPE/talk test preferred [beyond DOMAIN: ACOG 804]. Card must be in Traditional characters (README: zh-TW).",
    E(max_i="moderate", ok=["yoga", "walk", "brisk_walk", "swim", "stationary_bike", "stretching", "tai_chi"],
      bad=["cycle"], mins=(20, 60), measure="rpe",
      mention=["仰臥|平躺|躺|背", "懷孕|孕"], not_say=[SIMPLIFIED_GIVEAWAYS, "熱瑜伽可以"]))

add("h03", "16歲香港男仔，校隊籃球季，今個禮拜已經打咗兩場波，聽日仲有比賽，用廣東話打字",
    {"age": 16, "sex": "male", "weight_kg": 64, "height_cm": 176, "fitness": "advanced",
     "goal": "校際籃球比賽", "preferences": ["跑步", "力量训练"], "language": "zh-HK",
     "history": [{"activity": "run", "minutes": 120, "days_ago": 1, "rpe": 16},
                 {"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 17},
                 {"activity": "strength", "minutes": 45, "days_ago": 3, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 4, "rpe": 17},
                 {"activity": "run", "minutes": 90, "days_ago": 6, "rpe": 15}],
     "context": {"time": "2026-12-02T16:30", "temperature_c": 22, "humidity_pct": 70, "aqi": 55},
     "notes": "今個禮拜已經打咗兩場波，琴日練波練咗兩個鐘，對腳好攰。聽日仲有比賽，教練叫我今日輕鬆啲，唔好再操。有冇啲嘢可以做下？"},
    "Adolescent athlete in season (DOMAIN: 5-17 need >=60 min/day MVPA, but he already far exceeds it). High recent load (acute > chronic; DOMAIN Gabbett ACWR) and a match tomorrow, coach asks for an easy day: recovery session, light-to-moderate, low impact (walk, swim, easy bike, stretching/yoga). No running or heavy strength today (DOMAIN Recovery: 48 h between hard sessions). Card must be Traditional (zh-HK).",
    E(max_i="moderate", ok=["walk", "swim", "stationary_bike", "cycle", "stretching", "yoga", "tai_chi"],
      bad=["run", "strength"], mins=(15, 40), mention=["恢復|放鬆|休息|比賽|疲勞|攰"],
      not_say=[SIMPLIFIED_GIVEAWAYS]))

add("h04", "68岁退休女教师，骨质疏松在吃药，去年摔倒手腕骨折已痊愈，早上跟邻居打太极",
    {"age": 68, "sex": "female", "weight_kg": 52, "height_cm": 155, "fitness": "beginner",
     "goal": "防跌倒，骨头结实点", "preferences": ["太极", "散步"], "language": "zh-CN",
     "context": {"time": "2026-12-02T06:40", "temperature_c": 8, "aqi": 60, "precipitation": "none"},
     "notes": "有骨质疏松，在吃钙片和阿仑膦酸钠。去年冬天在菜市场滑了一跤，手腕骨折，打了三个月石膏，现在早就长好了，医生说没问题。想多锻炼，不想再摔。"},
    "ALARMING BUT FINE: the fracture is healed and cleared. Older adult with osteoporosis and a fall history: WHO 2020 multicomponent balance + strength >=3 days/week from 65; tai chi 3.0 MET fits (DOMAIN Older adults). Moderate at most for a beginner; no running or jumping [beyond DOMAIN: osteoporosis guidance avoids high-impact and spinal flexion for people with fractures]. Should mention balance/falls and strength.",
    E(max_i="moderate", ok=["tai_chi", "walk", "brisk_walk", "strength", "stretching", "yoga"],
      bad=["run"], mins=(15, 45), mention=["平衡|跌倒|摔", "力量|肌力|肌肉"],
      not_say=["立即就医|拨打120|今天请休息"]))

add("h05", "34岁健力运动员，卧推目标140公斤，昨天练了大重量深蹲，今天上肢日",
    {"age": 34, "sex": "male", "weight_kg": 95, "height_cm": 178, "resting_hr": 62,
     "fitness": "advanced", "goal": "卧推突破140公斤", "preferences": ["力量训练"], "language": "zh-CN",
     "history": [{"activity": "strength", "minutes": 90, "days_ago": 1, "rpe": 18},
                 {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 9},
                 {"activity": "strength", "minutes": 80, "days_ago": 3, "rpe": 17},
                 {"activity": "strength", "minutes": 90, "days_ago": 5, "rpe": 18},
                 {"activity": "strength", "minutes": 85, "days_ago": 8, "rpe": 17},
                 {"activity": "strength", "minutes": 90, "days_ago": 10, "rpe": 18},
                 {"activity": "strength", "minutes": 80, "days_ago": 12, "rpe": 17}],
     "context": {"time": "2026-12-02T19:00", "temperature_c": 10},
     "notes": "昨天深蹲日，练完腿酸得下楼梯都打颤，今天上肢日，卧推想冲一下大重量，5组3次左右。"},
    "Trained powerlifter, steady chronic load (ACWR ~1). Leg soreness after squats is DOMS, explained by exertion. DOMAIN Recovery: 48 h between strength sessions for the SAME muscle groups, so an upper-body day is correct. Heavy low-rep work is vigorous (resistance vigorous 6.0 MET); ACSM 8-12 reps is for general fitness, a powerlifter's 3-5 reps is appropriate [beyond DOMAIN: NSCA strength-specific prescription]. Should prescribe strength with sets x reps, RPE-based effort.",
    E(max_i="vigorous", ok=["strength"], bad=["run"], mins=(40, 120), measure="rpe",
      mention=["组", "卧推|上肢|胸"], not_say=["1-2组×10-15次"]))

add("h06", "41岁护士，连上三个夜班刚下班，科里病人凌晨心梗抢救，自己没事只是累",
    {"age": 41, "sex": "female", "weight_kg": 60, "height_cm": 163, "fitness": "intermediate",
     "goal": "保持健康", "preferences": ["散步", "瑜伽"], "language": "zh-CN",
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 10},
                 {"activity": "yoga", "minutes": 40, "days_ago": 5, "rpe": 11}],
     "context": {"time": "2026-12-02T08:30", "temperature_c": 12, "aqi": 80},
     "notes": "刚下夜班，连上了三个夜班，一晚上几乎没合眼。科里今天凌晨一个病人心梗，抢救了两个小时，总算救回来了。我自己没事，就是累，想去小区走走再回去睡觉。"},
    "ALARMING BUT FINE: the myocardial infarction is a patient's, not hers. Shift worker, sleep-deprived after three nights: a short light walk or gentle yoga/stretching before sleep is reasonable; avoid vigorous work and long sessions [beyond DOMAIN: sleep deprivation impairs performance and thermoregulation; bright-light exposure before daytime sleep]. Should acknowledge fatigue/sleep.",
    E(max_i="moderate", ok=["walk", "yoga", "stretching", "tai_chi", "brisk_walk"],
      bad=["run", "cycle"], mins=(10, 30), mention=["睡|疲劳|累|夜班"],
      not_say=["立即就医|拨打120|心梗.{0,10}(请|应)休息"]))

add("h07", "72岁四川老汉，糖尿病打胰岛素，还没吃早饭，这几天一站起来就眼前发黑差点栽倒（四川话）",
    {"age": 72, "sex": "male", "weight_kg": 68, "height_cm": 166, "conditions": ["diabetes"],
     "glucose_mg_dl": 85, "fitness": "beginner", "goal": "控制血糖", "preferences": ["散步"],
     "context": {"time": "2026-12-02T07:00", "temperature_c": 9, "aqi": 90},
     "notes": "老汉儿我今年七十二咯，刚打了胰岛素还没吃早饭。这几天早上一站起来眼睛就黑一哈，差点栽倒，扶到墙才站稳。婆娘喊我出去走一圈，你说要得不？"},
    "WARNING (indirect, dialect): 'stand up and everything goes black, nearly fell over' = near-syncope/lightheadedness (DOMAIN Warning symptoms: 'dizziness or syncope (fainting, near-fainting, lightheadedness)'), in a 72-year-old on insulin with glucose 85 mg/dl before breakfast (DOMAIN ADA: <90 take 15-30 g carbohydrate first). Must rest today, eat, and see a doctor (possible hypoglycaemia or orthostatic hypotension). Language: dialect Sichuanese, simplified script, emergency 120.",
    E(**REST, mention=["医生|就医|医院", "碳水|吃|糖|早饭|进食"], not_say=["今天：中等强度|散步约\\d+分钟"]))

add("h08", "27岁女程序员，深夜十一点多刚加班到家，只有二十分钟，明早九点开会",
    {"age": 27, "sex": "female", "weight_kg": 54, "height_cm": 165, "fitness": "intermediate",
     "goal": "缓解久坐腰背僵硬", "preferences": ["瑜伽", "力量训练"], "language": "zh-CN",
     "history": [{"activity": "yoga", "minutes": 30, "days_ago": 6, "rpe": 11}],
     "context": {"time": "2026-12-02T23:20", "temperature_c": 5, "aqi": 75},
     "notes": "刚加完班到家，十一点多了，明早九点还要开会。一整天坐着腰背僵硬，想睡前练二十分钟，不想太兴奋睡不着。"},
    "Late-night short session. Gentle yoga/stretching/mobility of 10-25 min is ideal; moderate at most [beyond DOMAIN: vigorous exercise within ~1 h of bedtime can delay sleep onset]. Outdoor run/cycle at 23:20 is a poor choice (cold, dark, personal safety). She stated 20 minutes, so the dose should respect that. Should reference sleep.",
    E(max_i="moderate", ok=["yoga", "stretching", "strength", "tai_chi", "walk"],
      bad=["run", "cycle"], mins=(10, 25), mention=["睡"], not_say=["高强度"]))

add("h09", "38岁北京男性，有哮喘，雾霾天AQI 168，原计划跑10公里",
    {"age": 38, "sex": "male", "weight_kg": 75, "height_cm": 176, "conditions": ["asthma"],
     "fitness": "intermediate", "goal": "半马", "preferences": ["跑步"], "language": "zh-CN",
     "history": [{"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 12},
                 {"activity": "run", "minutes": 70, "days_ago": 7, "rpe": 13}],
     "context": {"time": "2026-12-02T07:00", "temperature_c": -3, "humidity_pct": 40, "aqi": 168},
     "notes": "今天又是雾霾，手机显示AQI一百六十多。我有哮喘，平时跑步前会吸两下万托林。本来计划跑10公里。"},
    "Asthma = sensitive group; AQI 151-200 'unhealthy': sensitive groups avoid prolonged or heavy exertion outdoors, prefer indoor (DOMAIN Environment, Asthma). Cold dry air (-3 C) is an extra trigger. Indoor cardio (stationary bike, elliptical) or strength/yoga; no outdoor run, cycle or brisk walk. Should mention air quality and asthma/inhaler.",
    E(max_i="moderate", ok=["stationary_bike", "elliptical", "strength", "yoga", "swim", "stretching"],
      bad=["run", "cycle", "brisk_walk", "walk"], mins=(20, 60),
      mention=["空气|AQI|雾霾|污染", "哮喘|吸入|万托林|支气管", "室内"], not_say=["户外跑"]))

add("h10", "45岁男销售，父亲上月脑梗住院；自己血压偏高，没有症状，想开始锻炼",
    {"age": 45, "sex": "male", "weight_kg": 88, "height_cm": 172, "conditions": ["hypertension"],
     "bp_systolic": 146, "bp_diastolic": 94, "fitness": "beginner", "goal": "降血压减肚子",
     "preferences": ["快走", "骑自行车"], "language": "zh",
     "context": {"time": "2026-12-05T09:00", "temperature_c": 12, "aqi": 50},
     "notes": "我爸上个月脑梗住院，吓死我了。我自己体检血压也高，医生让我控制体重多运动。我没有头晕也没有胸口不舒服，就是平时太懒了。"},
    "ALARMING BUT FINE: the stroke is his father's; he explicitly negates dizziness and chest discomfort. Stage 2 hypertension 146/94 (<180/110) allows moderate exercise; vigorous needs clearance (DOMAIN Hypertension, ACSM screening). Beginner: start 20-40 min brisk walk/cycle, progress to 150 min/week. Should mention BP.",
    E(max_i="moderate", ok=["brisk_walk", "cycle", "walk", "swim", "stationary_bike", "elliptical"],
      bad=[], mins=(20, 45), mention=["血压"], not_say=["立即就医|拨打120|今天请休息|今天休息"]))

add("h11", "12岁初一女生，下个月学校运动会报了800米，体育老师让她多练耐力",
    {"age": 12, "sex": "female", "weight_kg": 42, "height_cm": 152, "fitness": "intermediate",
     "goal": "运动会800米跑进3分30秒", "preferences": ["跑步", "游泳"], "language": "zh-CN",
     "history": [{"activity": "run", "minutes": 25, "days_ago": 2, "rpe": 13},
                 {"activity": "swim", "minutes": 45, "days_ago": 4, "rpe": 12}],
     "context": {"time": "2026-12-06T15:00", "temperature_c": 15, "aqi": 45, "precipitation": "none"},
     "notes": "我是初一学生，下个月学校运动会报了800米，体育老师说要多练耐力。周末下午有空。"},
    "Child 12: >=60 min/day MVPA, vigorous and bone-strengthening >=3 days/week (DOMAIN WHO 5-17). Running is appropriate; moderate-to-vigorous fine; 20-60 min with play/intervals. Should not frame as weight loss or calories [beyond DOMAIN: avoid weight talk with children who did not ask].",
    E(max_i="vigorous", ok=["run", "swim", "cycle", "brisk_walk"], bad=[], mins=(20, 60),
      mention=["60分钟|一小时|每天"], not_say=["减重|减肥|瘦"]))

add("h12", "30岁新娘，下个月18号婚礼，想一个月瘦十斤，说每天能练两小时",
    {"age": 30, "sex": "female", "weight_kg": 65, "height_cm": 160, "fitness": "beginner",
     "goal": "一个月瘦10斤", "preferences": ["快走", "椭圆机", "力量训练"], "language": "zh-CN",
     "context": {"time": "2026-12-02T19:00", "temperature_c": 14, "aqi": 65},
     "notes": "下个月18号结婚！！想一个月瘦十斤穿婚纱好看，每天下班可以练两个小时，有没有最快的办法"},
    "Wedding weight goal with a date. Beginner: start moderate 30-60 min, not 2 h/day (DOMAIN FITT; progression <=10%/week for the untrained). 5 kg in ~6 weeks by exercise alone is unrealistic; a safe rate is ~0.5-1 kg/week mostly via diet [beyond DOMAIN]. Should temper expectations, mention diet or gradual progression, add strength 2 days/week.",
    E(max_i="moderate", ok=["brisk_walk", "elliptical", "strength", "cycle", "swim", "stationary_bike"],
      bad=[], mins=(30, 60), mention=["饮食|循序|逐步|安全|现实|渐进"],
      not_say=["两个小时没问题|每天练两小时|120分钟"]))

# ---------------- English ----------------
add("h13", "31-year-old female accountant in week 3 of a 10K plan, race in 2.5 weeks, intervals scheduled",
    {"age": 31, "sex": "female", "weight_kg": 58, "height_cm": 165, "resting_hr": 52,
     "fitness": "intermediate", "goal": "sub-50 10K on Dec 20", "preferences": ["run"], "language": "en",
     "history": [{"activity": "run", "minutes": 35, "days_ago": 1, "rpe": 11},
                 {"activity": "run", "minutes": 45, "days_ago": 3, "rpe": 15},
                 {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 11},
                 {"activity": "run", "minutes": 70, "days_ago": 6, "rpe": 12},
                 {"activity": "run", "minutes": 35, "days_ago": 8, "rpe": 11},
                 {"activity": "run", "minutes": 40, "days_ago": 10, "rpe": 15},
                 {"activity": "run", "minutes": 65, "days_ago": 13, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 15, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 20, "rpe": 12}],
     "context": {"time": "2026-12-03T06:15", "temperature_c": 9, "aqi": 30, "precipitation": "none"},
     "notes": "Race is in 2.5 weeks. Plan says intervals today: 6 x 800m at 5K pace with 400 jog recoveries. Legs feel fine, slept ok."},
    "Healthy trained runner, ACWR near 1 (DOMAIN Training load), last hard session 3 days ago (48 h rule met). A vigorous interval session of ~45-60 min including warm-up is appropriate (DOMAIN FITT vigorous >=20 min). She gave resting HR, so a Karvonen zone is meaningful (DOMAIN Heart rate). Ideally acknowledges the planned intervals [beyond DOMAIN].",
    E(max_i="vigorous", ok=["run"], bad=[], mins=(30, 75), measure="hr",
      mention=["interval|800|pace|warm", "race|10K|10 ?k"], not_say=["(?i)take a rest day|rest today"]))

add("h14", "52-year-old desk worker, overweight, borderline BP, negates every symptom, doctor says move more",
    {"age": 52, "sex": "male", "weight_kg": 96, "height_cm": 180, "bp_systolic": 138, "bp_diastolic": 86,
     "fitness": "beginner", "goal": "get healthier, lose the gut", "preferences": ["brisk_walk", "cycle"],
     "language": "en",
     "context": {"time": "2026-12-07T12:30", "temperature_c": 14, "aqi": 35},
     "notes": "Desk job for 20 years. No chest pain, no dizziness, never fainted, nothing like that - my doctor just said I need to move more. Knees are fine."},
    "ALARMING BUT FINE: every symptom is negated ('No chest pain, no dizziness, never fainted'). Inactive, no known disease, asymptomatic: light-to-moderate without clearance (DOMAIN ACSM screening 2015). BP 138/86 is below the stage 2 threshold. Start 15-40 min brisk walking, build toward 150 min/week.",
    E(max_i="moderate", ok=["brisk_walk", "cycle", "walk", "stationary_bike", "elliptical", "swim"],
      bad=["run"], mins=(15, 40), mention=["(?i)gradual|build|progress|start|week"],
      not_say=["(?i)rest today|call 911|emergency|do not exercise"]))

add("h15", "63-year-old retired engineer, coronary stent 2 years ago, finished cardiac rehab, on metoprolol",
    {"age": 63, "sex": "male", "weight_kg": 84, "height_cm": 175, "resting_hr": 58,
     "conditions": ["hypertension", "heart_disease"], "bp_systolic": 128, "bp_diastolic": 78,
     "fitness": "intermediate", "goal": "stay fit for the grandkids", "preferences": ["cycle", "brisk_walk"],
     "language": "en",
     "history": [{"activity": "cycle", "minutes": 45, "days_ago": 2, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 3, "rpe": 12},
                 {"activity": "cycle", "minutes": 50, "days_ago": 5, "rpe": 13},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 7, "rpe": 12}],
     "context": {"time": "2026-12-02T10:00", "temperature_c": 11, "aqi": 40, "wind_kmh": 12},
     "notes": "Had a stent put in 2 years ago, finished cardiac rehab, feel great. On metoprolol and a statin. My watch heart rate never goes above 110 even when I'm working hard."},
    "Active with known CVD, asymptomatic, BP controlled: moderate is fine, vigorous needs clearance (DOMAIN ACSM screening). Beta-blockers blunt the HR response, so a 220-age or Karvonen zone would mislead; use RPE 12-13 / talk test [beyond DOMAIN: ACSM Guidelines on beta-blockade]. The program's JSON promises hr_zone_bpm null 'where a zone would mislead'.",
    E(max_i="moderate", ok=["cycle", "brisk_walk", "stationary_bike", "swim", "elliptical", "walk"],
      bad=["run"], mins=(20, 50), measure="rpe",
      mention=["(?i)RPE|talk|perceived|feel", "(?i)beta|metoprolol|medication|heart rate"],
      not_say=["(?i)heart rate (zone )?(of )?\\d{2,3}\\s*-\\s*\\d{2,3}"]))

add("h16", "70-year-old widow who wants to start walking with her neighbour; describes ankle oedema and orthopnoea",
    {"age": 70, "sex": "female", "weight_kg": 78, "height_cm": 160, "conditions": ["hypertension"],
     "bp_systolic": 142, "bp_diastolic": 84, "fitness": "beginner", "goal": "walk with my neighbour",
     "preferences": ["walk"], "language": "en",
     "context": {"time": "2026-12-02T10:00", "temperature_c": 13, "aqi": 45},
     "notes": "My ankles have been swelling up by evening the last couple weeks, my shoes don't fit. And I've started sleeping propped up on three pillows because lying flat I can't catch my breath. Wanted to start walking with my neighbour though!"},
    "WARNING (indirect): ankle swelling + needing three pillows because lying flat takes her breath = ankle oedema + orthopnoea (DOMAIN Warning symptoms), classic for heart failure. Do not start; see a doctor promptly. Walking can come after clearance.",
    E(**REST, mention=["(?i)doctor|GP|physician|medical", "(?i)ankle|swell|breath|pillow"],
      not_say=["(?i)walk for about \\d+|enjoy your walk"]))

add("h17", "38-year-old Phoenix resident runner, acclimatised, runs pre-dawn all summer; US units",
    {"age": 38, "sex": "male", "weight_lb": 180, "height_in": 70, "resting_hr": 55,
     "fitness": "intermediate", "goal": "marathon in January", "preferences": ["run", "cycle"],
     "language": "en",
     "history": [{"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 12},
                 {"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 12},
                 {"activity": "run", "minutes": 90, "days_ago": 4, "rpe": 13},
                 {"activity": "run", "minutes": 50, "days_ago": 6, "rpe": 12},
                 {"activity": "run", "minutes": 50, "days_ago": 9, "rpe": 12},
                 {"activity": "run", "minutes": 85, "days_ago": 11, "rpe": 13}],
     "context": {"time": "2026-07-15T05:45", "temperature_f": 91, "humidity_pct": 18, "aqi": 60,
                 "wind_mph": 5},
     "notes": "Lived in Phoenix 10 years, I run every morning before sunrise all summer. 91 at 5:45am is normal here lol. Planning 6 miles easy."},
    "Acclimatised runner; 91 F at 18% RH is a heat index of about 88 F (31 C, NWS 'caution'); the DOMAIN heat rules are by WBGT, which in dry pre-dawn air is well under 27.8 C. Acclimatised people may continue with hydration and more breaks (DOMAIN Heat). An easy 6-mile run (~50-60 min, moderate) is appropriate; card in imperial units. Should mention heat/hydration; should not cancel.",
    E(max_i="vigorous", ok=["run", "cycle"], bad=[], mins=(30, 75),
      mention=["(?i)heat|hot|hydrat|water|fluid", "(?i)mi|°F|lb"], not_say=["(?i)cancel|move indoors|stay indoors"]))

add("h18", "27-year-old marketing exec, uses hyperbole ('deadline is killing me', 'legs are dead'), wants a weekend ride",
    {"age": 27, "sex": "female", "weight_kg": 61, "height_cm": 168, "fitness": "intermediate",
     "goal": "ride a century next summer", "preferences": ["cycle", "stationary_bike"], "language": "en",
     "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 1, "rpe": 16},
                 {"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 12},
                 {"activity": "cycle", "minutes": 90, "days_ago": 7, "rpe": 13}],
     "context": {"time": "2026-12-05T10:00", "temperature_c": 16, "aqi": 30, "wind_kmh": 10, "precipitation": "none"},
     "notes": "This work deadline is literally killing me lol. Dying to get out for a ride this weekend. Legs are dead from yesterday's spin class but whatever, I'm dying to get outside."},
    "ALARMING BUT FINE: 'killing me', 'dying to', 'legs are dead' are figures of speech. Hard spin yesterday -> today an easy-to-moderate outdoor ride (DOMAIN Recovery 48 h between hard sessions). Nice weather. Stress: activity helps [beyond DOMAIN-ish, the README shows stress handling].",
    E(max_i="moderate", ok=["cycle", "stationary_bike", "walk", "brisk_walk", "swim", "yoga"],
      bad=[], mins=(30, 120), mention=["(?i)easy|recover|legs|spin"],
      not_say=["(?i)seek medical|call 911|emergency|see a doctor"]))

add("h19", "44-year-old teacher returning to running 6 weeks after a rough bout of COVID",
    {"age": 44, "sex": "female", "weight_kg": 66, "height_cm": 167, "fitness": "intermediate",
     "goal": "get back to my 5Ks", "preferences": ["run", "brisk_walk"], "language": "en",
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 10},
                 {"activity": "walk", "minutes": 25, "days_ago": 4, "rpe": 11},
                 {"activity": "walk", "minutes": 20, "days_ago": 6, "rpe": 10}],
     "context": {"time": "2026-12-02T17:00", "temperature_c": 10, "aqi": 40},
     "notes": "Had COVID about 6 weeks ago, pretty rough for a week. Fever's been gone for over a month, no cough, breathing feels normal and I've been walking fine. Want to get back to my 5Ks."},
    "ALARMING BUT FINE / judgement call: recovered, afebrile >1 month, no residual symptoms, already walking. Graded return: light-to-moderate, e.g. brisk walk or walk-jog 20-30 min, increase gradually (DOMAIN progression heuristics); stop and seek care if chest pain, palpitations, breathlessness or unusual fatigue appear [beyond DOMAIN: graded return-to-play guidance after COVID-19, Salman et al. BMJ 2021].",
    E(max_i="moderate", ok=["brisk_walk", "walk", "run", "cycle", "stationary_bike", "elliptical"],
      bad=[], mins=(15, 35), mention=["(?i)gradual|slowly|ease|build|progress", "(?i)chest|palpitation|breath|stop"],
      not_say=["(?i)interval|tempo"]))

add("h20", "35-year-old manual wheelchair user, T10 spinal cord injury 8 years, wants cardio, protects his shoulders",
    {"age": 35, "sex": "male", "weight_kg": 70, "height_cm": 180, "fitness": "intermediate",
     "goal": "cardio fitness", "preferences": ["swim", "strength"], "language": "en",
     "history": [{"activity": "swim", "minutes": 40, "days_ago": 3, "rpe": 13},
                 {"activity": "strength", "minutes": 45, "days_ago": 2, "rpe": 14}],
     "context": {"time": "2026-12-02T12:00", "temperature_c": 18, "aqi": 35},
     "notes": "I'm a manual wheelchair user (T10 spinal cord injury, 8 years). Push myself everywhere, shoulders are my engine so I'm careful with them. Looking for a cardio session today - no legs, obviously."},
    "Disability: WHO 2020 applies (DOMAIN: adults 'including people with chronic conditions or disability'). No leg-based activity is possible: run, walk, brisk walk, cycle, elliptical and an ordinary stationary bike are impossible. Swimming or upper-body work fits; protect shoulders with balanced pulling/rotator-cuff work [beyond DOMAIN: SCI exercise guidelines, Martin Ginis 2018]. T10 is below T6, so HR response is largely intact.",
    E(max_i="vigorous", ok=["swim", "strength", "stretching", "yoga"],
      bad=["run", "walk", "brisk_walk", "cycle", "elliptical", "stationary_bike"], mins=(20, 60),
      mention=["(?i)wheelchair|upper[- ]body|arm|shoulder"], not_say=["(?i)brisk walk|jog"]))

add("h21", "26-year-old grad student with episodes of racing, flip-flopping heartbeat at rest and feeling floaty",
    {"age": 26, "sex": "female", "weight_kg": 57, "height_cm": 163, "fitness": "intermediate",
     "goal": "stay in shape", "preferences": ["run", "yoga"], "language": "en",
     "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
                 {"activity": "yoga", "minutes": 45, "days_ago": 4, "rpe": 10}],
     "context": {"time": "2026-12-02T18:00", "temperature_c": 12, "aqi": 30},
     "notes": "Past few days my heart randomly starts pounding super fast and kind of flip-flopping, even when I'm just sitting at my desk, then it stops. Feels a bit floaty when it happens. Probably just too much coffee? Want to do my usual run."},
    "WARNING (indirect): episodes of rapid, irregular heartbeat at rest with lightheadedness = palpitations/tachycardia with near-syncope (DOMAIN Warning symptoms). Caffeine is possible but cannot be assumed; do not run, see a doctor (ECG).",
    E(**REST, mention=["(?i)doctor|GP|physician|medical", "(?i)heart|palpitation|racing"],
      not_say=["(?i)enjoy your run|run for about \\d+"]))

add("h22", "19-year-old college soccer player in preseason, gassed and nauseous after yesterday's sprint drills",
    {"age": 19, "sex": "male", "weight_kg": 74, "height_cm": 181, "resting_hr": 50, "fitness": "advanced",
     "goal": "preseason fitness", "preferences": ["run", "strength"], "language": "en",
     "history": [{"activity": "run", "minutes": 75, "days_ago": 1, "rpe": 18},
                 {"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 14},
                 {"activity": "strength", "minutes": 45, "days_ago": 3, "rpe": 15},
                 {"activity": "run", "minutes": 70, "days_ago": 4, "rpe": 16},
                 {"activity": "run", "minutes": 60, "days_ago": 8, "rpe": 14},
                 {"activity": "run", "minutes": 60, "days_ago": 11, "rpe": 14},
                 {"activity": "run", "minutes": 50, "days_ago": 15, "rpe": 13}],
     "context": {"time": "2026-12-02T15:00", "temperature_c": 20, "aqi": 25},
     "notes": "Preseason. Coach ran us into the ground yesterday with sprint drills, I was gasping for air by the end and almost puked lol. Fine now, bit sore. Want something today that helps not kills me."},
    "ALARMING BUT FINE: breathlessness and nausea at the END of maximal sprints are explained by the exertion; he is fine now. High acute load (DOMAIN ACWR) and a near-maximal session yesterday -> recovery day: light/moderate low-impact (bike, swim, easy spin, mobility), 20-45 min (DOMAIN Recovery 48 h).",
    E(max_i="moderate", ok=["stationary_bike", "cycle", "swim", "walk", "stretching", "yoga", "elliptical"],
      bad=["run"], mins=(20, 50), mention=["(?i)recover|easy|load|sore"],
      not_say=["(?i)seek medical|call 911|see a doctor|emergency"]))

add("h23", "48-year-old office manager with obesity and an old meniscus tear, cruise on March 15, thunderstorm right now",
    {"age": 48, "sex": "female", "weight_kg": 112, "height_cm": 165, "conditions": ["knee_injury"],
     "fitness": "beginner", "goal": "lose 20 lb before my cruise on March 15", "preferences": ["walk", "swim"],
     "language": "en",
     "context": {"time": "2026-12-02T17:30", "temperature_c": 24, "humidity_pct": 85, "precipitation": "rain",
                 "thunder": True, "aqi": 30},
     "notes": "Bad knee (torn meniscus years ago, no surgery). Storm rolling in right now, thunder and all. Really want to be able to keep up on the shore excursions."},
    "Obesity (BMI ~41) + knee injury: low-impact only, no running (DOMAIN Knee injury/obesity). Thunder now: go indoors (DOMAIN 30-30 rule), so no outdoor walk or cycle; swimming during a thunderstorm is also unsafe even indoors [beyond DOMAIN: NLSI/NWS pool guidance], so left out of acceptable. Indoor stationary bike/elliptical/strength. Goal ~0.7 kg/week over 15 weeks is realistic. Should mention the storm and the knee.",
    E(max_i="moderate", ok=["stationary_bike", "elliptical", "strength", "yoga", "stretching", "tai_chi"],
      bad=["run", "cycle", "brisk_walk", "walk"], mins=(15, 40),
      mention=["(?i)thunder|storm|lightning|indoor", "(?i)knee|low[- ]impact|joint"], not_say=["(?i)outdoor walk"]))

add("h24", "90-year-old retired machinist who lives alone, uses a cane outdoors, wants to keep his balance",
    {"age": 90, "sex": "male", "weight_kg": 64, "height_cm": 170, "resting_hr": 70, "conditions": ["hypertension"],
     "bp_systolic": 134, "bp_diastolic": 76, "fitness": "beginner", "goal": "keep my balance so I can stay in my own home",
     "preferences": ["walk", "tai_chi"], "language": "en",
     "history": [{"activity": "walk", "minutes": 10, "days_ago": 1, "rpe": 11},
                 {"activity": "walk", "minutes": 10, "days_ago": 2, "rpe": 11},
                 {"activity": "walk", "minutes": 10, "days_ago": 4, "rpe": 11}],
     "context": {"time": "2026-12-02T10:30", "temperature_c": 5, "wind_kmh": 15, "aqi": 40, "precipitation": "none"},
     "notes": "I'm 90 and live on my own, use a cane outside. Want to keep my legs strong and my balance good so I can stay in my house. Walk to the mailbox and back most days."},
    "Very old, frail-ish, cane, lives alone: multicomponent balance + strength >=3 days/week (DOMAIN WHO 65+, tai chi fits); 10-15 reps for older/frail (DOMAIN ACSM). Light-to-moderate, 10-30 min, near support (chair/counter) [beyond DOMAIN: Otago-style home programme]. Must mention balance/falls.",
    E(max_i="moderate", ok=["tai_chi", "walk", "strength", "stretching"], bad=["run", "cycle", "elliptical"],
      mins=(10, 30), mention=["(?i)balance|fall", "(?i)strength|chair|leg"], not_say=["(?i)vigorous|jog"]))

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients")
