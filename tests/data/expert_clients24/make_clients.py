#!/usr/bin/env python3
"""Write /tmp/expert24/clients.jsonl: 24 blind test clients for motion-advisor.

Written before the advisor was run (see .frozen). Expectations are derived from
/work/shared/DOMAIN.md; anything beyond it is marked "beyond DOMAIN".
Context dates are 2026-12-01/02 (the day of the evaluation); history uses days_ago.
"""
import json

def hist(*rows):
    return [{"activity": a, "minutes": m, "days_ago": d, "rpe": r} for a, m, d, r in rows]

def exp(must_rest=False, max_intensity="moderate", acc=(), forb=(), mins=(20, 45),
        measure="any", mention=(), not_say=()):
    return {"must_rest": must_rest, "max_intensity": max_intensity,
            "acceptable_activities": list(acc), "forbidden_activities": list(forb),
            "minutes_range": list(mins), "intensity_measure": measure,
            "must_mention": list(mention), "must_not_say": list(not_say)}

REST = ("rest",)
ALL_EX = ("run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
          "stationary_bike", "elliptical", "stretching")
C = []

def add(id_, who, profile, expected, rationale):
    profile = dict(profile)
    profile.setdefault("user", id_)
    C.append({"id": id_, "who": who, "profile": profile, "expected": expected, "rationale": rationale})

# ---------------------------------------------------------------- Chinese h01-h12
add("h01", "52岁男性，高血压稳定服药，久坐办公室，想开始快走",
    {"age": 52, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 74,
     "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 86,
     "fitness": "beginner", "goal": "把血压控制好，少吃点药",
     "preferences": ["brisk_walk", "cycle"],
     "history": hist(("walk", 20, 3, 10), ("walk", 20, 6, 10)),
     "context": {"time": "2026-12-01T19:00", "temperature_c": 12, "humidity_pct": 55,
                 "wind_kmh": 8, "precipitation": "none", "aqi": 60},
     "notes": "医生说我血压偏高，现在吃着氨氯地平，早上量是136/86左右。平时基本不动，上周饭后溜达了两次。想问问快走到底要走多快、走多久才有用？每天都要走吗？",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("brisk_walk", "walk", "cycle", "stationary_bike", "swim", "elliptical"),
        forb=("run",), mins=(20, 45), measure="any",
        mention=("血压|高血压", "RPE|说话|心率|每周|150")),
    "Stable treated hypertension, BP 136/86 < 160/100 and far below 180/110 (DOMAIN Conditions: hypertension) -> exercise allowed; inactive with known CV disease -> moderate only, clearance before vigorous (ACSM 2015 screening). Dose: beginner, 2x20 min walking last week -> 20-45 min moderate (ACSM FITT >=30 min x5; WHO 150 min/week). Run forbidden for a deconditioned beginner is beyond DOMAIN (progression heuristic). Must address BP and how hard/how often (his question).")

add("h02", "58岁女性，长段家常里藏着劳力性胸闷向左臂放射",
    {"age": 58, "sex": "female", "weight_kg": 66, "height_cm": 158,
     "fitness": "beginner", "goal": "跟着广场舞队伍跳，身体好一点",
     "preferences": ["walk", "tai_chi"],
     "history": hist(("walk", 30, 2, 11), ("walk", 30, 5, 11), ("tai_chi", 40, 8, 10)),
     "context": {"time": "2026-12-01T08:30", "temperature_c": 9, "precipitation": "none", "aqi": 70},
     "notes": "最近家里事多，外孙女来住，天天接送上学，还要买菜做饭，晚上还想去跳广场舞。小区新开了一家面包店也挺好。对了，这两天爬四楼的时候胸口有点发紧，像压着东西，还往左胳膊那边窜，歇一会儿就好了，应该是累的吧。想问下今天能不能去跳舞，还是走走路就行？",
     "language": "zh"},
    exp(must_rest=True, max_intensity="rest", acc=REST, forb=ALL_EX, mins=(0, 0), measure="any",
        mention=("胸|胸口|胸闷|胸痛", "医生|就医|就诊|120|医院")),
    "Exertional chest pressure radiating to the left arm, relieved by rest = anginal symptoms (DOMAIN Warning symptoms, ACSM Riebe 2015: do not start, seek medical clearance). Must rest and be sent to a doctor; no activity acceptable. Hidden mid-note, no symptom field set.")

add("h03", "31岁孕24周，孕前规律游泳，问还能不能游泳、做瑜伽",
    {"age": 31, "sex": "female", "weight_kg": 63, "height_cm": 165, "resting_hr": 78,
     "conditions": ["pregnancy"], "fitness": "intermediate", "goal": "孕期保持体能，顺产",
     "preferences": ["swim", "yoga"],
     "history": hist(("swim", 30, 2, 12), ("yoga", 40, 4, 11), ("swim", 30, 6, 12), ("walk", 40, 9, 10)),
     "context": {"time": "2026-12-01T10:00", "temperature_c": 16, "precipitation": "none", "aqi": 45},
     "notes": "现在怀孕24周，一切检查都正常，医生说可以继续运动。以前每周游两三次泳，现在还想接着游，也报了个孕妇瑜伽。就是不知道现在强度要控制在多少，躺着做的动作还能做吗？",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("swim", "walk", "brisk_walk", "yoga", "stationary_bike", "stretching"),
        forb=("cycle", "run"), mins=(20, 45), measure="rpe",
        mention=("仰卧|平躺|躺|背部着地", "出血|宫缩|头晕|医生")),
    "Uncomplicated pregnancy, previously active: >=150 min/week moderate (DOMAIN WHO/CDC); no lying on the back after the first trimester (DOMAIN pregnancy; ACOG 804) - she asked exactly this; warning signs to stop (ACOG 804). Outdoor cycling forbidden as fall-risk (DOMAIN). Running forbidden is conservative (beyond DOMAIN: she is a swimmer, not a runner). RPE preferred over HR in pregnancy (beyond DOMAIN).")

add("h04", "68岁台湾女性（繁体，zh-TW），怕跌倒，公园打太极",
    {"age": 68, "sex": "female", "weight_kg": 54, "height_cm": 153, "resting_hr": 70,
     "fitness": "beginner", "goal": "腳力好一點，不要跌倒",
     "preferences": ["tai_chi", "walk"],
     "history": hist(("tai_chi", 40, 1, 10), ("tai_chi", 40, 3, 10), ("walk", 30, 4, 10), ("tai_chi", 40, 6, 10)),
     "context": {"time": "2026-12-01T07:00", "temperature_c": 18, "precipitation": "none", "aqi": 40},
     "notes": "我每天早上在公園跟大家打太極，大概四十分鐘。去年在浴室滑了一跤，還好沒骨折，現在走路有點怕。女兒叫我去健身房練肌力，我不太懂要怎麼練，這個年紀練重量會不會受傷？",
     "language": "zh-TW"},
    exp(max_intensity="moderate", acc=("tai_chi", "strength", "walk", "brisk_walk", "yoga", "stretching"),
        forb=("run",), mins=(20, 50), measure="any",
        mention=("平衡", "力量|肌力|肌肉|力量训练")),
    "65+: multicomponent balance and strength >=3 days/week (DOMAIN WHO 2020, Older adults); tai chi fits (3.0 MET). Previous fall -> strength with 10-15 reps (ACSM FITT for older/frail). Must answer her strength question and mention balance. Card must be in Traditional script (README language rule; checked by JSON script field, beyond DOMAIN).")

add("h05", "40岁香港男（粤语），跑者，膝盖痛两周，落楼梯都痛，仲想跑",
    {"age": 40, "sex": "male", "weight_kg": 72, "height_cm": 175, "resting_hr": 58,
     "fitness": "intermediate", "goal": "想跑返半馬",
     "preferences": ["run", "cycle"],
     "history": hist(("run", 45, 3, 14), ("run", 60, 6, 13), ("run", 40, 10, 13), ("run", 50, 13, 13)),
     "context": {"time": "2026-12-01T18:30", "temperature_c": 21, "humidity_pct": 70, "precipitation": "none", "aqi": 55},
     "notes": "我個膝頭哥痛咗兩個禮拜，跑完之後更加痛，落樓梯都會痛，不過唔係好腫。下個月有場半馬，好驚跌晒水準。今晚仲可唔可以出去跑一陣？定係要停？",
     "language": "zh-HK"},
    exp(max_intensity="moderate", acc=("swim", "stationary_bike", "elliptical", "strength", "walk"),
        forb=("run",), mins=(20, 50), measure="any",
        mention=("膝|膝头|膝盖", "医生|物理治疗|痛")),
    "Knee pain on stairs and after running = knee injury (DOMAIN: prefer low impact, no running; advise a clinician). Favourite activity (run) not advisable today. Keep fitness with swim/stationary bike. Cantonese notes must be understood (README claims some Cantonese).")

add("h06", "35岁一型糖尿病，运动前血糖偏低82",
    {"age": 35, "sex": "female", "weight_kg": 58, "height_cm": 162, "resting_hr": 66,
     "conditions": ["diabetes"], "glucose_mg_dl": 82, "fitness": "intermediate",
     "goal": "控糖，保持体型", "preferences": ["cycle", "strength"],
     "history": hist(("cycle", 40, 2, 12), ("strength", 30, 3, 13), ("cycle", 45, 5, 12), ("strength", 30, 7, 13)),
     "context": {"time": "2026-12-01T17:30", "temperature_c": 14, "precipitation": "none", "aqi": 50},
     "notes": "我是一型糖尿病，打胰岛素泵。下班想骑车去公园绕一圈，刚测了血糖4.6（82），有点低。是先吃点东西再去，还是直接骑就行？",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("cycle", "stationary_bike", "brisk_walk", "walk", "strength", "swim"),
        mins=(20, 50), measure="any",
        mention=("碳水|糖|15|30克|30 g|零食|吃")),
    "Insulin user, glucose 82 < 90 mg/dl: take 15-30 g carbohydrate first, then exercise (DOMAIN Diabetes, ADA 2016). Exercise is allowed; moderate keeps hypo risk manageable (beyond DOMAIN that vigorous is discouraged; not forbidden).")

add("h07", "29岁护士，刚下夜班只睡4小时，想去练HIIT",
    {"age": 29, "sex": "female", "weight_kg": 56, "height_cm": 163, "resting_hr": 68,
     "fitness": "intermediate", "goal": "保持体能，别长胖", "preferences": ["strength", "run"],
     "history": hist(("strength", 40, 2, 14), ("run", 30, 4, 13), ("strength", 40, 7, 14), ("run", 30, 9, 13)),
     "context": {"time": "2026-12-01T14:00", "temperature_c": 15, "precipitation": "none", "aqi": 60},
     "notes": "刚连上了三个夜班，今天早上八点下班，只睡了四个小时，有点昏昏沉沉的。本来想下午去健身房上一节HIIT，怕不去就坚持不下来了。这种状态练高强度合适吗？",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("walk", "brisk_walk", "yoga", "stretching", "stationary_bike", "strength", "swim", "elliptical"),
        forb=("run",), mins=(15, 40), measure="any",
        mention=("睡|睡眠|夜班|休息|疲劳|累")),
    "Shift worker after 3 nights, 4 h sleep: light-moderate session, no HIIT (beyond DOMAIN: sleep deprivation; DOMAIN recovery principle). 'Groggy' is fatigue from sleep loss, not a cardiac warning (she has an explanation). Must acknowledge sleep/shift.")

add("h08", "51岁围绝经期女性，潮热失眠，体重上涨，想练力量",
    {"age": 51, "sex": "female", "weight_kg": 70, "height_cm": 160, "resting_hr": 72,
     "fitness": "beginner", "goal": "更年期别再长肉，骨头结实点",
     "preferences": ["strength", "brisk_walk", "swim"],
     "history": hist(("brisk_walk", 30, 2, 12), ("walk", 30, 5, 11)),
     "context": {"time": "2026-12-01T19:30", "temperature_c": 11, "precipitation": "none", "aqi": 65},
     "notes": "绝经前后这一年，潮热、睡不好，肚子上的肉越来越多。朋友说这个年纪要练力量保骨头，但我从来没举过铁，不知道一周练几次、每次多少组合适。",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("strength", "brisk_walk", "swim", "yoga", "walk", "stationary_bike", "elliptical", "cycle"),
        mins=(20, 45), measure="any",
        mention=("力量|肌肉|组|次", "每周|2天|两天|2-3")),
    "Menopause: resistance training 2-3 days/week, 8-12 reps (DOMAIN ACSM FITT; WHO >=2 days). Her question is how many days and sets - card should give sets x reps and frequency. Bone-health rationale beyond DOMAIN.")

add("h09", "9岁超重男孩，家长问每天该动多少",
    {"age": 9, "sex": "male", "weight_kg": 42, "height_cm": 135,
     "fitness": "beginner", "goal": "减点肉，喜欢上运动",
     "preferences": ["swim", "cycle"],
     "history": hist(("swim", 45, 3, 12), ("cycle", 30, 5, 12)),
     "context": {"time": "2026-12-01T16:30", "temperature_c": 17, "precipitation": "none", "aqi": 40},
     "notes": "（家长填写）孩子9岁，有点胖，体育课跑步总是最后一名，不太爱跑。周末喜欢游泳，也喜欢骑车。想问问这么大的孩子一天到底该运动多久？要不要报个跑步班？",
     "language": "zh"},
    exp(max_intensity="vigorous", acc=("swim", "cycle", "brisk_walk", "walk", "strength", "stationary_bike"),
        forb=(), mins=(30, 60), measure="any",
        mention=("60|六十|一小时|1小时")),
    "Ages 5-17: average >=60 min/day MVPA, vigorous and muscle/bone strengthening >=3 days/week (DOMAIN WHO 2020). Card should state the 60 min/day figure the parent asked for. Favour activities he enjoys (beyond DOMAIN: adherence). Vigorous play is allowed for a child.")

add("h10", "45岁男，父亲上月去世，失眠低落，以前爱骑车",
    {"age": 45, "sex": "male", "weight_kg": 78, "height_cm": 176, "resting_hr": 70,
     "fitness": "intermediate", "goal": "让自己缓过来一点",
     "preferences": ["cycle", "walk"],
     "history": hist(("walk", 20, 6, 9), ("cycle", 60, 30, 12)),
     "context": {"time": "2026-12-01T16:00", "temperature_c": 13, "precipitation": "none", "wind_kmh": 10, "aqi": 55},
     "notes": "我爸上个月走了，这段时间晚上睡不着，白天也提不起劲，什么都不想干。以前周末都骑车出去，现在一个多月没骑了。朋友劝我出去动动，可我也不知道该从哪儿开始，是不是得先逼自己练狠一点？",
     "language": "zh"},
    exp(max_intensity="moderate", acc=("cycle", "walk", "brisk_walk", "tai_chi", "yoga", "stationary_bike", "swim"),
        mins=(15, 45), measure="any",
        mention=("情绪|心情|难过|低落|睡|压力|朋友"), not_say=("逼自己",)),
    "Grief/low mood, detrained for a month: light-to-moderate, familiar activity, start modestly (DOMAIN progression 10% ceiling for untrained; mood benefit of regular moderate exercise WHO 2020 as cited by the product, beyond DOMAIN list). Should acknowledge mood; should not endorse 'forcing himself hard' (beyond DOMAIN).")

add("h11", "27岁男，发烧38.3还全身酸痛，想去跑5公里出汗",
    {"age": 27, "sex": "male", "weight_kg": 75, "height_cm": 180, "resting_hr": 60,
     "fitness": "intermediate", "goal": "保持跑量", "preferences": ["run"],
     "history": hist(("run", 35, 2, 13), ("run", 40, 4, 13), ("run", 35, 6, 13), ("run", 45, 9, 13)),
     "context": {"time": "2026-12-01T18:00", "temperature_c": 8, "precipitation": "none", "aqi": 60},
     "notes": "昨天开始感冒，今天量体温38.3度，浑身酸痛，嗓子也疼。老一辈说出一身汗就好了，我想晚上去跑个5公里发发汗，应该没问题吧？",
     "language": "zh"},
    exp(must_rest=True, max_intensity="rest", acc=REST, forb=ALL_EX, mins=(0, 0), measure="any",
        mention=("发烧|发热|体温|38"), not_say=("发发汗", "出汗就好")),
    "Fever 38.3 C with body aches: below-the-neck symptoms -> rest (DOMAIN neck check, Eichner 1993; fever >=38.0 C). Must not endorse 'sweating it out'.")

add("h12", "24岁业余马拉松选手，竞技水平，问今天节奏跑配速心率",
    {"age": 24, "sex": "male", "weight_kg": 64, "height_cm": 176, "resting_hr": 46,
     "fitness": "advanced", "goal": "跑进三小时", "preferences": ["run"],
     "history": hist(("run", 60, 1, 12), ("run", 75, 2, 15), ("run", 50, 4, 12), ("run", 110, 5, 14), ("run", 60, 6, 12),
                     ("run", 60, 8, 12), ("run", 70, 9, 15), ("run", 50, 11, 12), ("run", 105, 12, 14), ("run", 60, 13, 12),
                     ("run", 60, 15, 12), ("run", 70, 16, 15), ("run", 50, 18, 12), ("run", 100, 19, 14), ("run", 60, 20, 12),
                     ("run", 60, 22, 12), ("run", 70, 23, 15), ("run", 50, 25, 12), ("run", 100, 26, 14), ("run", 55, 27, 12)),
     "context": {"time": "2026-12-01T06:30", "temperature_c": 10, "humidity_pct": 60, "wind_kmh": 6, "precipitation": "none", "aqi": 35},
     "notes": "周末有场比赛前的最后一次节奏跑，计划今天跑10公里节奏。感觉恢复得不错，睡得也好，腿不沉。想确认一下节奏跑心率应该控制在多少？",
     "language": "zh"},
    exp(max_intensity="vigorous", acc=("run",), mins=(30, 90), measure="hr",
        mention=("心率|bpm|次/分",)),
    "Healthy competitive runner, steady 4-week load (ACWR ~1.0, DOMAIN Gabbett), recovered, good weather/air: vigorous run is appropriate (DOMAIN intensity bands; ACSM no clearance needed for healthy active). He asked for a heart-rate target and gave resting HR 46 -> Karvonen zone expected (DOMAIN Heart rate).")

# ---------------------------------------------------------------- English h13-h24
add("h13", "72-year-old woman, knee osteoarthritis, treated BP, asks how often",
    {"age": 72, "sex": "female", "weight_kg": 74, "height_cm": 160, "resting_hr": 72,
     "conditions": ["knee_injury", "hypertension"], "bp_systolic": 132, "bp_diastolic": 78,
     "fitness": "beginner", "goal": "keep my knees going and stay independent",
     "preferences": ["walk", "swim"],
     "history": hist(("walk", 25, 2, 11), ("walk", 25, 4, 11), ("swim", 30, 7, 11)),
     "context": {"time": "2026-12-01T10:00", "temperature_c": 6, "wind_kmh": 12, "precipitation": "none", "aqi": 30},
     "notes": "I've got arthritis in both knees, the doctor says it's wear and tear, and I take a blood pressure pill. I walk the dog most days and go to the pool now and then. My daughter keeps telling me to do more but I honestly don't know how many days a week is right at my age, or if I'm wearing my knees out further.",
     "language": "en"},
    exp(max_intensity="moderate", acc=("walk", "swim", "stationary_bike", "tai_chi", "strength", "elliptical", "brisk_walk"),
        forb=("run",), mins=(20, 45), measure="any",
        mention=("balance", "week|days")),
    "65+: multicomponent incl. balance and strength >=3 days/week (DOMAIN WHO 2020); knee OA -> low impact, no running (DOMAIN conditions). Treated BP 132/78 fine. She asks how many days a week -> frequency must be stated. Brisk walking on arthritic knees acceptable if pain-free (beyond DOMAIN).")

add("h14", "26-year-old amateur footballer, ankle sprain two days ago",
    {"age": 26, "sex": "male", "weight_kg": 78, "height_cm": 181, "resting_hr": 56,
     "fitness": "intermediate", "goal": "stay fit for the season", "preferences": ["run", "strength"],
     "history": hist(("run", 40, 2, 14), ("strength", 45, 4, 13), ("run", 35, 6, 13), ("run", 40, 9, 13)),
     "context": {"time": "2026-12-01T18:00", "temperature_c": 10, "precipitation": "none", "aqi": 40},
     "notes": "Rolled my ankle on Saturday in five-a-side, it's swollen and a bit purple on the outside but I can walk on it, kind of limping. Don't want to lose all my fitness before the league starts again. What can I actually do this week? Is a long walk ok or should I just wait?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("swim", "stationary_bike", "strength"),
        forb=("run", "brisk_walk", "walk", "cycle", "elliptical"), mins=(15, 45), measure="any",
        mention=("ankle",)),
    "Acute lateral ankle sprain, day 2-3: relative rest, early exercise therapy, prefer non-weight-bearing (swim, stationary bike if pain-free, upper-body) over a long walk (DOMAIN Vuurberg 2018). He asked about a long walk -> should be steered away. No warning symptoms.")

add("h15", "44-year-old desk worker, chronic low back pain, wonders if he should rest",
    {"age": 44, "sex": "male", "weight_kg": 88, "height_cm": 178, "resting_hr": 72,
     "conditions": ["low_back_pain"], "fitness": "beginner", "goal": "get rid of this back ache",
     "preferences": ["walk", "swim"],
     "history": hist(("walk", 20, 3, 10), ("walk", 15, 8, 10)),
     "context": {"time": "2026-12-01T12:30", "temperature_c": 14, "precipitation": "none", "aqi": 50},
     "notes": "My lower back has been grumbling on and off for about a year, worse after long days at the desk, no pain down the legs. Physio a while ago said to keep moving but a mate says I should rest it. Honestly not sure who to believe. Is walking at lunch enough or is there something better?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("walk", "brisk_walk", "swim", "yoga", "stationary_bike", "elliptical", "strength", "stretching", "tai_chi"),
        forb=("run",), mins=(15, 45), measure="any",
        mention=("back",), not_say=("bed rest",)),
    "Chronic non-specific low back pain without red flags: stay active, low impact (DOMAIN conditions: low back pain -> low impact, no running, advise clinician). Rest is not the answer (beyond DOMAIN: guideline consensus). Must address his back.")

add("h16", "33-year-old, 7 weeks postpartum, leaks a little, wants to get back to running",
    {"age": 33, "sex": "female", "weight_kg": 68, "height_cm": 168, "resting_hr": 70,
     "fitness": "intermediate", "goal": "get back to running 5k",
     "preferences": ["run", "walk"],
     "history": hist(("walk", 40, 1, 11), ("walk", 40, 3, 11), ("walk", 35, 5, 11), ("walk", 30, 8, 10)),
     "context": {"time": "2026-12-01T11:00", "temperature_c": 12, "precipitation": "none", "aqi": 35},
     "notes": "Had my baby 7 weeks ago (normal delivery), got the all-clear at my 6 week check and I'm breastfeeding. I've been pram walking most days. I used to run 3 times a week before pregnancy and I'm itching to go again, though I do leak a little when I sneeze. Can I start running this week?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("walk", "brisk_walk", "swim", "yoga", "strength", "stationary_bike", "elliptical"),
        forb=("run",), mins=(20, 45), measure="any",
        mention=("pelvic|postpartum|postnatal|after birth|baby")),
    "Postpartum: >=150 min/week moderate (DOMAIN WHO/CDC). Stress incontinence at 7 weeks: return-to-running guidance (Goom 2019) suggests pelvic-floor rehab and running not before ~12 weeks (beyond DOMAIN). Brisk walk/strength appropriate. Card should acknowledge postpartum status.")

add("h17", "15-year-old competitive footballer wanting extra running",
    {"age": 15, "sex": "male", "weight_kg": 60, "height_cm": 172, "resting_hr": 55,
     "fitness": "advanced", "goal": "be faster in the second half of matches",
     "preferences": ["run", "strength"],
     "history": hist(("run", 60, 1, 13), ("run", 75, 3, 15), ("strength", 30, 4, 13), ("run", 60, 6, 14),
                     ("run", 60, 8, 13), ("run", 75, 10, 15), ("strength", 30, 11, 13), ("run", 60, 13, 14),
                     ("run", 60, 15, 13), ("run", 75, 17, 15), ("strength", 30, 18, 13), ("run", 60, 20, 14),
                     ("run", 60, 22, 13), ("run", 75, 24, 15), ("strength", 30, 25, 13), ("run", 60, 27, 14)),
     "context": {"time": "2026-12-01T16:30", "temperature_c": 14, "precipitation": "none", "aqi": 30},
     "notes": "I'm 15 and play for my club, we train Tuesday and Thursday and play Saturday. I want to add some extra running on other days to get fitter for the second half. How hard should I go, like should it be sprints or long runs? No injuries right now.",
     "language": "en"},
    exp(max_intensity="vigorous", acc=("run", "strength", "cycle", "swim", "stationary_bike"),
        mins=(20, 75), measure="any",
        mention=("RPE|heart rate|bpm|talk")),
    "Healthy adolescent: >=60 min/day MVPA, vigorous and strengthening >=3 days/week (DOMAIN WHO 2020 ages 5-17). Load steady for 4 weeks -> vigorous acceptable; 48 h between hard sessions (DOMAIN recovery). He asked how hard -> an intensity target is needed.")

add("h18", "38-year-old business traveller, jet-lagged, hot humid city",
    {"age": 38, "sex": "female", "weight_kg": 62, "height_cm": 170, "resting_hr": 62,
     "fitness": "intermediate", "goal": "keep my routine while travelling",
     "preferences": ["run", "strength"],
     "history": hist(("run", 40, 2, 13), ("strength", 40, 3, 13), ("run", 45, 5, 13), ("run", 40, 8, 13)),
     "context": {"time": "2026-12-01T13:00", "temperature_c": 34, "humidity_pct": 70, "wind_kmh": 5, "precipitation": "none", "aqi": 85},
     "notes": "Just flew into Singapore from London yesterday, 8 hours ahead, slept badly and feel a bit jet-lagged. Hotel has a small gym with a bike and some dumbbells. I'd normally run outside at lunch. Is it a bad idea to run outside in this heat?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("stationary_bike", "strength", "elliptical", "yoga", "stretching", "swim"),
        forb=("run", "cycle", "brisk_walk"), mins=(20, 45), measure="any",
        mention=("heat|hot|indoor|indoors")),
    "34 C with 70% humidity -> heat index ~ 45 C (NWS danger 39-51 C), WBGT likely > 30 C; not acclimatised -> cancel outdoor exercise (DOMAIN Heat, ACSM 2007). Indoor moderate session in the hotel gym; jet lag favours moderate (beyond DOMAIN). Swim acceptable (indoor/outdoor pool ambiguity noted).")

add("h19", "30-year-old club cyclist, thunderstorm overhead, wants a 2-hour ride",
    {"age": 30, "sex": "male", "weight_kg": 72, "height_cm": 180, "resting_hr": 52,
     "fitness": "intermediate", "goal": "build endurance for a sportive in spring",
     "preferences": ["cycle"],
     "history": hist(("cycle", 90, 2, 13), ("cycle", 60, 4, 14), ("cycle", 120, 7, 13), ("cycle", 60, 10, 14), ("cycle", 90, 14, 13)),
     "context": {"time": "2026-12-01T09:00", "temperature_c": 18, "humidity_pct": 85, "wind_kmh": 25, "precipitation": "rain", "thunder": True, "aqi": 30},
     "notes": "Bit of a storm rolling through, heard thunder a couple of times in the last few minutes, but the forecast says it should clear by lunch. I had a 2 hour endurance ride planned this morning. Reckon I can just go and get wet?",
     "language": "en"},
    exp(max_intensity="vigorous", acc=("stationary_bike", "strength", "elliptical", "yoga", "stretching"),
        forb=("cycle", "run", "walk", "brisk_walk"), mins=(30, 120), measure="any",
        mention=("thunder|lightning|storm", "indoor|indoors|inside")),
    "Thunder in the last minutes -> go indoors; resume 30 min after the last thunder (DOMAIN 30-30 rule). Rain -> prefer indoor/low-slip. Indoor trainer session is the right substitute; he is healthy and trained so vigorous is allowed.")

add("h20", "23-year-old student, exam anxiety, restless, new to exercise",
    {"age": 23, "sex": "female", "weight_kg": 55, "height_cm": 164,
     "fitness": "beginner", "goal": "feel calmer and sleep better",
     "preferences": ["yoga", "walk"],
     "history": hist(("walk", 20, 4, 10)),
     "context": {"time": "2026-12-01T17:00", "temperature_c": 11, "precipitation": "none", "aqi": 45},
     "notes": "Exams in two weeks and I'm constantly on edge, can't switch my brain off at night, keep doom-scrolling. Haven't really exercised since school. A friend swears by running but it seems a lot. Would yoga or a walk even make a difference for stress, and how long would I need?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("yoga", "walk", "brisk_walk", "swim", "cycle", "stationary_bike", "tai_chi", "elliptical"),
        mins=(15, 45), measure="any",
        mention=("stress|anxiety|anxious|calm", "breath|breathing|minutes|min")),
    "Anxiety without somatic warning symptoms: regular moderate activity, a gentle start for a beginner (DOMAIN WHO 2020 adults; progression heuristic). She asked whether it helps and how long -> should say. Breathing cool-down beyond DOMAIN.")

add("h21", "61-year-old man, pharmacy reading 186/114 hidden in a note about golf",
    {"age": 61, "sex": "male", "weight_kg": 92, "height_cm": 176, "resting_hr": 80,
     "conditions": ["hypertension"], "fitness": "intermediate", "goal": "lower my handicap and lose the belly",
     "preferences": ["walk", "cycle"],
     "history": hist(("walk", 60, 3, 11), ("cycle", 40, 5, 12), ("walk", 60, 7, 11)),
     "context": {"time": "2026-12-01T09:30", "temperature_c": 15, "precipitation": "none", "aqi": 40},
     "notes": "Ran out of my BP tablets last week, will get more Monday. Popped into the pharmacy and their machine said 186/114 but I reckon it was the cuff, I felt fine apart from a bit of a headache. Planning 18 holes walking the course with the lads today, about 4 hours. Anything I should do to warm up?",
     "language": "en"},
    exp(must_rest=True, max_intensity="rest", acc=REST, forb=ALL_EX, mins=(0, 0), measure="any",
        mention=("blood pressure|BP|186", "doctor|medical|GP|clinician|emergency")),
    "Reading 186/114 > 180/110 (do not start exercise, DOMAIN Hypertension) and > 180/120 border of crisis (AHA 2017) with headache, off medication -> no exercise, urgent medical attention. Must rest.")

add("h22", "66-year-old post-MI cardiac rehab graduate on a beta-blocker",
    {"age": 66, "sex": "male", "weight_kg": 80, "height_cm": 174, "resting_hr": 58,
     "conditions": ["heart_disease"], "fitness": "intermediate",
     "goal": "keep up what I learned in cardiac rehab",
     "preferences": ["brisk_walk", "stationary_bike", "strength"],
     "history": hist(("brisk_walk", 40, 1, 12), ("strength", 30, 2, 12), ("stationary_bike", 35, 3, 12), ("brisk_walk", 40, 5, 12), ("strength", 30, 6, 12), ("brisk_walk", 40, 8, 12)),
     "context": {"time": "2026-12-01T10:00", "temperature_c": 9, "wind_kmh": 10, "precipitation": "none", "aqi": 45},
     "notes": "Had a heart attack in May, stent put in, finished the 12-week rehab programme in September and the cardiologist was happy. I'm on bisoprolol so my heart rate barely goes up. I keep going with walks, the bike and light weights. No chest pain or breathlessness since. How hard should I be pushing now?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("brisk_walk", "walk", "stationary_bike", "strength", "elliptical", "tai_chi", "swim", "cycle"),
        forb=("run",), mins=(20, 50), measure="rpe",
        mention=("RPE|talk|perceived",)),
    "Known CV disease, active, asymptomatic: moderate fine, clearance before vigorous (DOMAIN ACSM 2015). On a beta-blocker -> HR targets mislead, use RPE/talk test (beyond DOMAIN: ACSM Guidelines). Run is vigorous for him -> forbidden. 65+: add balance/strength.")

add("h23", "35-year-old asthmatic runner, AQI 165 smoke haze, wants a long run",
    {"age": 35, "sex": "female", "weight_kg": 60, "height_cm": 167, "resting_hr": 58,
     "conditions": ["asthma"], "fitness": "advanced", "goal": "marathon in March",
     "preferences": ["run"],
     "history": hist(("run", 50, 1, 12), ("run", 90, 3, 13), ("run", 45, 4, 12), ("run", 60, 6, 14), ("run", 50, 8, 12), ("run", 85, 10, 13), ("run", 45, 11, 12), ("run", 60, 13, 14)),
     "context": {"time": "2026-12-01T08:00", "temperature_c": 12, "precipitation": "none", "aqi": 165},
     "notes": "Long run day on my plan, 16 miles. There's wildfire smoke around and the app says air is 'unhealthy' today. My asthma is well controlled, I use my blue inhaler before runs. Could I just go slower and carry the inhaler, or is that daft?",
     "language": "en"},
    exp(max_intensity="vigorous", acc=("stationary_bike", "elliptical", "strength", "yoga", "stretching", "swim"),
        forb=("run", "cycle", "brisk_walk", "walk"), mins=(30, 90), measure="any",
        mention=("air|AQI|smoke|pollution", "indoor|indoors|inside")),
    "AQI 151-200 unhealthy: sensitive groups (asthma) avoid prolonged or heavy outdoor exertion; prefer indoor (DOMAIN Air quality, asthma = sensitive group). Favourite long run not advisable; indoor session instead. Controlled asthma and trained -> moderate-to-vigorous indoors acceptable (beyond DOMAIN nuance).")

add("h24", "48-year-old sedentary woman with obesity, sore knees, asks how to start",
    {"age": 48, "sex": "female", "weight_kg": 108, "height_cm": 165, "resting_hr": 80,
     "fitness": "beginner", "goal": "lose weight without wrecking my knees",
     "preferences": ["walk", "swim"],
     "history": hist(("walk", 15, 2, 12), ("walk", 15, 5, 12)),
     "context": {"time": "2026-12-01T18:30", "temperature_c": 9, "precipitation": "none", "aqi": 50},
     "notes": "I've never been sporty and I'm about 17 stone now. Managed two 15 minute walks last week and my knees ached a bit after. Everyone online says 10,000 steps or couch to 5k but that feels impossible. Where do I actually start and how quickly can I build up?",
     "language": "en"},
    exp(max_intensity="moderate", acc=("walk", "brisk_walk", "swim", "stationary_bike", "elliptical", "yoga", "strength"),
        forb=("run",), mins=(10, 30), measure="any",
        mention=("gradual|gradually|build|increase|10%|step by step|slowly")),
    "Obesity + achy knees: low impact, no running or jumping (DOMAIN conditions). Sedentary beginner, 2x15 min last week: start 10-30 min and progress <=10%/week as a ceiling (DOMAIN progression). She asks how quickly to build -> progression must be stated.")

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("/tmp/expert24/clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients;", sum(not c["expected"]["must_rest"] for c in C), "should exercise")
