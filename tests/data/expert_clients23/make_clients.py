#!/usr/bin/env python3
"""Writes /tmp/expert23/clients.jsonl: 24 blind evaluation clients for motion-advisor.

Written from /work/shared/DOMAIN.md and lines 731-854 of /tmp/snap23/README.md only.
h01-h12 Chinese (h06 Traditional, zh-TW; h07 Cantonese, zh-HK), h13-h24 English.
Expected fields:
  must_rest (bool)        true: the card must be a rest day.  false: rest is only
                          acceptable when "rest" is listed in acceptable_activities.
  max_intensity           highest intensity I would sign (rest<light<moderate<vigorous)
  acceptable_activities   activity ids (README) I would sign today
  forbidden_activities    activity ids that would be wrong today
  minutes_range [lo,hi]   minutes of today's session I would sign
  intensity_measure       "rpe": hr_zone_bpm must be null (a zone would mislead);
                          "hr": a heart-rate zone should be given; "any": either
  must_mention            groups "a|b|c": the card must contain one alternative per group
  must_not_say            phrases the card must not contain
History lists span 28 days where a routine exists, so that the acute:chronic
ratio reflects a steady routine (no accidental spike) unless the case is about one.
"""
import json

def sess(act, minutes, rpe, days):
    return [{"activity": act, "minutes": minutes, "days_ago": d, "rpe": rpe} for d in days]

W3 = [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26]          # 3x/week for 4 weeks
W2 = [2, 6, 9, 13, 16, 20, 23, 27]                          # 2x/week
W4 = [1, 2, 4, 6, 8, 9, 11, 13, 15, 16, 18, 20, 22, 23, 25, 27]  # 4x/week
DAILY = list(range(1, 29))
W5 = [d for d in range(1, 29) if d % 7 not in (0, 4)]       # 5x/week (20 days)

clients = []
def add(id_, who, profile, expected, rationale):
    clients.append({"id": id_, "who": who, "profile": profile,
                    "expected": expected, "rationale": rationale})

# ---------------------------------------------------------------- Chinese
add("h01", "58岁男性，房颤3年，服抗凝药（利伐沙班）和β受体阻滞剂，稳定，每天散步",
 {"age": 58, "sex": "male", "weight_kg": 78, "height_cm": 172, "resting_hr": 72,
  "conditions": ["heart_disease"], "fitness": "beginner",
  "goal": "多练一点，保护心脏",
  "preferences": ["walk", "cycle", "swim"],
  "history": sess("walk", 30, 11, DAILY[::1][:24]),
  "context": {"time": "2026-12-02T18:30", "temperature_c": 8, "humidity_pct": 55,
              "wind_kmh": 8, "precipitation": "none", "aqi": 45},
  "language": "zh",
  "notes": "我有房颤三年了，一直在吃利伐沙班（抗凝的）和美托洛尔，心内科上个月复查说心室率控制得不错，让我适当运动。现在每天晚饭后散步半小时，感觉挺轻松的。想问问能不能练得再多一点，比如去骑车或者游泳？还有我手表上的心率一会儿高一会儿低，按心率区间练靠不靠谱？到底练到什么程度算合适？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["brisk_walk", "walk", "stationary_bike", "swim", "elliptical", "tai_chi", "strength"],
  "forbidden_activities": ["run"], "minutes_range": [20, 50], "intensity_measure": "rpe",
  "must_mention": ["RPE|自觉|说话|聊天"], "must_not_say": []},
 "Known cardiovascular disease, already active, no symptoms: moderate is fine, clearance before vigorous (DOMAIN: ACSM screening 2015); WHO 2020 150-300 min/week applies to chronic conditions; RPE 12-13 for moderate (DOMAIN: heart-rate table). Effort by RPE/talk test rather than an HR zone because AF makes the rate irregular and metoprolol blunts it (beyond DOMAIN; README: hr_zone_bpm null where a zone would mislead). Outdoor cycling at dusk on an anticoagulant is a fall/bleeding risk, so not in the acceptable list (beyond DOMAIN); running would exceed moderate (DOMAIN: MET table, jogging 7.0). Progression from 30 min walking (DOMAIN: 10% heuristic).")

add("h02", "63岁女性，2型糖尿病，打胰岛素，晨起空腹血糖85 mg/dl，习惯早上快走",
 {"age": 63, "sex": "female", "weight_kg": 68, "height_cm": 158, "resting_hr": 76,
  "conditions": ["diabetes"], "glucose_mg_dl": 85, "fitness": "beginner",
  "goal": "控制血糖", "preferences": ["brisk_walk", "tai_chi"],
  "history": sess("brisk_walk", 30, 11, W4),
  "context": {"time": "2026-12-02T07:10", "temperature_c": 6, "humidity_pct": 60,
              "wind_kmh": 6, "precipitation": "none", "aqi": 60},
  "notes": "我是二型糖尿病，十来年了，现在早晚打胰岛素，也吃二甲双胍。今天早上起来空腹测了一下是4.7（就是85），还没吃早饭。平时习惯早上去公园快走半小时再回来吃饭。去年有一次走到一半手抖、出冷汗，吃了块糖才好。今天这个数能直接去走吗？要不要先吃点东西？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["brisk_walk", "walk", "tai_chi", "stationary_bike", "strength", "elliptical", "swim"],
  "forbidden_activities": [], "minutes_range": [20, 45], "intensity_measure": "any",
  "must_mention": ["碳水|吃点|吃些|加餐|进食|先吃|零食|饼干|15-30|15克", "低血糖|血糖"], "must_not_say": []},
 "Insulin user with glucose < 90 mg/dl: take 15-30 g carbohydrate first, then exercise (DOMAIN: ADA 2016); brisk walking needs no clearance (DOMAIN: ADA 2016); a past hypoglycaemic episode makes the carbohydrate advice essential. Moderate, 20-45 min in line with her routine (DOMAIN: WHO 2020, ACSM FITT). The hypoglycaemia story is last year, not a current symptom, so not a rest case.")

add("h03", "31岁孕34周，产检正常，孕前规律游泳",
 {"age": 31, "sex": "female", "weight_kg": 70, "height_cm": 165, "resting_hr": 80,
  "conditions": ["pregnancy"], "fitness": "intermediate",
  "goal": "孕期保持体能，顺利生产", "preferences": ["swim", "yoga", "walk"],
  "history": sess("swim", 30, 12, W2) + sess("walk", 40, 10, W3),
  "context": {"time": "2026-12-02T10:00", "temperature_c": 12, "humidity_pct": 50,
              "wind_kmh": 5, "precipitation": "none", "aqi": 40},
  "language": "zh-CN",
  "notes": "怀孕34周了，产检一切正常，医生说可以继续运动。孕前每周游泳两三次，现在也还在去，每次半小时左右，就是肚子大了有点笨。想问问孕晚期还能游吗、强度怎么把握？孕妇瑜伽里哪些动作不能做？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["swim", "walk", "brisk_walk", "stationary_bike", "yoga", "stretching", "elliptical", "strength"],
  "forbidden_activities": ["cycle", "run"], "minutes_range": [20, 45], "intensity_measure": "rpe",
  "must_mention": ["仰卧|平躺|躺", "出血|宫缩|流液|破水|停止|停下"], "must_not_say": []},
 "Healthy pregnancy with clearance: >=150 min/week moderate (DOMAIN: WHO/CDC pregnancy); avoid fall-risk sports (outdoor cycling) and lying on the back after the first trimester (DOMAIN: WHO, ACOG 804) - she asked which yoga poses to avoid, so the supine rule must be on the card; stop signs (bleeding, contractions, fluid) (DOMAIN: ACOG 804). Swimming continues her routine. RPE/talk test rather than HR zones in pregnancy (beyond DOMAIN: ACOG recommends RPE because the HR response is altered). Not starting running in the third trimester when she was not a runner (beyond DOMAIN).")

add("h04", "27岁孕29周，长段留言中藏着小腿肿痛、头痛、血压偏高",
 {"age": 27, "sex": "female", "weight_kg": 66, "height_cm": 160, "resting_hr": 84,
  "conditions": ["pregnancy"], "fitness": "beginner",
  "goal": "孕期适当运动，控制体重", "preferences": ["walk", "yoga"],
  "history": sess("walk", 30, 10, W4),
  "context": {"time": "2026-12-02T16:00", "temperature_c": 14, "humidity_pct": 55,
              "wind_kmh": 5, "precipitation": "none", "aqi": 50},
  "notes": "怀孕29周，头胎。前面几个月一直坚持每天下午散步半小时，孕妇瑜伽也上过几节课，老师说我体态不错。最近体重长得有点快，医生提醒要控制。上周产检血压有点偏高，说是临界，让我注意休息。这两天感觉脚和小腿比以前肿，左边小腿还有点胀痛，按着疼，早上起来头也一跳一跳地疼，可能是没睡好吧。婆婆说孕妇就是要多走动才好生，今天想去小区多走几圈，走一个小时行不行？"},
 {"must_rest": True, "max_intensity": "rest",
  "acceptable_activities": ["rest"], "forbidden_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike", "elliptical", "stretching"],
  "minutes_range": [0, 0], "intensity_measure": "any",
  "must_mention": ["医生|医院|就医|产检|就诊", "小腿|头痛|头疼|肿"], "must_not_say": []},
 "Calf pain and swelling and headache in pregnancy mean stop and seek care (DOMAIN: ACOG 804 warning list); together with a borderline-high BP last week and new swelling this is a possible pre-eclampsia / DVT picture (beyond DOMAIN: clinical interpretation). No exercise today; the card must send her to her obstetric team and say why.")

add("h05", "33岁产后10周，顺产，42天复查已允许运动，哺乳中，有压力性漏尿，想恢复跑步",
 {"age": 33, "sex": "female", "weight_kg": 64, "height_cm": 163, "resting_hr": 70,
  "fitness": "intermediate", "goal": "产后恢复身材，想重新开始跑步",
  "preferences": ["run", "yoga", "brisk_walk"],
  "history": sess("brisk_walk", 40, 11, W4),
  "context": {"time": "2026-12-02T09:30", "temperature_c": 10, "humidity_pct": 50,
              "wind_kmh": 8, "precipitation": "none", "aqi": 45},
  "notes": "宝宝10周了，顺产，42天复查医生说恢复得可以，能慢慢运动。怀孕前我每周跑三次5公里。这一个月每天推着婴儿车快走四十分钟左右，感觉还行。就是有时候咳嗽、打喷嚏或者跳一下会有点漏尿，有点尴尬。现在还在喂奶。想问问什么时候可以重新开始跑步？今天能不能先试着慢跑一下？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["brisk_walk", "walk", "swim", "stationary_bike", "elliptical", "strength", "yoga", "stretching"],
  "forbidden_activities": ["run"], "minutes_range": [20, 50], "intensity_measure": "any",
  "must_mention": ["盆底|凯格尔"], "must_not_say": []},
 "Postpartum: >=150 min/week moderate (DOMAIN: WHO/CDC pregnancy and postpartum). Stress urinary incontinence on coughing/jumping is a sign the pelvic floor is not ready for impact: pelvic-floor training first and a graded return-to-running after about 12 weeks (beyond DOMAIN: UK return-to-running postpartum guidance 2019). Low-impact moderate session of about her current 40 min.")

add("h06", "72岁女性（台湾，繁体），骨质疏松，去年跌倒手腕骨折，今天下雨",
 {"age": 72, "sex": "female", "weight_kg": 50, "height_cm": 152, "resting_hr": 74,
  "fitness": "beginner", "goal": "改善平衡，不要再跌倒",
  "preferences": ["散步", "太極"],
  "history": sess("walk", 30, 10, W5),
  "context": {"time": "2026-12-02T07:30", "temperature_c": 17, "humidity_pct": 90,
              "wind_kmh": 12, "precipitation": "rain", "aqi": 30},
  "language": "zh-TW",
  "notes": "我今年72歲，前年骨密度檢查說有骨質疏鬆，現在有在吃藥。去年在菜市場滑了一跤，手腕骨折，現在已經好了，但走路總是怕怕的。平常都是早上去公園散步半小時。今天下雨，不知道還要不要出去？社區活動中心有太極拳班，我這種骨頭適合嗎？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["tai_chi", "strength", "stationary_bike", "elliptical"],
  "forbidden_activities": ["run", "cycle"], "minutes_range": [15, 45], "intensity_measure": "any",
  "must_mention": ["平衡", "肌力|力量|肌肉", "雨|滑|室内"], "must_not_say": []},
 "65+: multicomponent balance and strength >= 3 days/week, tai chi fits (DOMAIN: WHO 2020, older adults); rain: prefer indoor or low-slip activities (DOMAIN: Environment) - especially for a faller with osteoporosis; resistance 10-15 reps for older people (DOMAIN: ACSM FITT). Avoid high-fall-risk and high-impact activity with osteoporosis (beyond DOMAIN). Card in Traditional characters (README: zh-TW).")

add("h07", "40岁香港男性（粤语），工作倦怠、失眠，久坐十年，今日AQI 165，朋友叫佢跑步减压",
 {"age": 40, "sex": "male", "weight_kg": 82, "height_cm": 175, "resting_hr": 78,
  "fitness": "beginner", "goal": "減壓、瞓得好啲", "preferences": ["跑步", "游泳"],
  "context": {"time": "2026-12-02T19:30", "temperature_c": 20, "humidity_pct": 70,
              "wind_kmh": 10, "precipitation": "none", "aqi": 165},
  "language": "zh-HK",
  "notes": "最近返工真係頂唔順，日日OT到九點幾十點，返到屋企個腦仲停唔到，瞓又瞓唔好，成個人好攰好煩躁。以前讀書嗰陣成日踢波，出嚟做嘢之後差唔多十年冇點做過運動，仲肥咗成廿磅。朋友叫我去跑步減壓，話跑完好爽，但係今日個空氣好差，手機話AQI成一百六十幾。我應該點做好？每次要做幾耐先會有用？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["stationary_bike", "elliptical", "strength", "yoga", "swim", "stretching"],
  "forbidden_activities": ["run", "cycle"], "minutes_range": [15, 40], "intensity_measure": "any",
  "must_mention": ["空气|AQI|污染", "室内", "压力|减压|放松|呼吸|情绪"], "must_not_say": []},
 "AQI 151-200: everyone reduces prolonged or heavy exertion, prefer indoor exercise (DOMAIN: EPA AQI); inactive beginner: start moderate and short, progress (DOMAIN: ACSM FITT, 10% heuristic); stress/burnout: regular moderate activity (DOMAIN: WHO 2020 via product's own reasoning; mental-health benefit is beyond DOMAIN). His question 'how long' deserves a weekly target (DOMAIN: WHO 150 min). Cantonese notes and zh-HK: Traditional card, 999 (README).")

add("h08", "16岁高中篮球校队，问未成年练力量会不会长不高，周六无队训",
 {"age": 16, "sex": "male", "weight_kg": 65, "height_cm": 178, "resting_hr": 58,
  "fitness": "advanced", "goal": "提高弹跳和体能", "preferences": ["strength", "run"],
  "history": sess("run", 40, 14, W2),
  "context": {"time": "2026-12-05T16:30", "temperature_c": 15, "humidity_pct": 45,
              "wind_kmh": 10, "precipitation": "none", "aqi": 50},
  "notes": "我16岁，高一，校篮球队的，每周一三五队训两个小时，周二周四自己跑步。教练说想打好得练力量和弹跳，让我们周末自己练。但我妈听说未成年人练力量会长不高，不让我去健身房。这是真的吗？今天周六没有训练，我想练点东西，练什么、练多久比较好？"},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["strength", "run", "swim", "cycle", "stationary_bike", "elliptical"],
  "forbidden_activities": [], "minutes_range": [30, 90], "intensity_measure": "any",
  "must_mention": ["力量|肌肉"], "must_not_say": []},
 "Ages 5-17: >= 60 min/day MVPA, vigorous and muscle/bone strengthening >= 3 days/week (DOMAIN: WHO 2020). Supervised resistance training does not stunt growth (beyond DOMAIN: NSCA/AAP youth position statements). Saturday after a normal week (history 2 logged runs/week, plus untracked team practice) - no spike, a full session is fine.")

add("h09", "35岁ICU护士，刚下12小时夜班，问下班先练还是睡醒再练",
 {"age": 35, "sex": "female", "weight_kg": 60, "height_cm": 162, "resting_hr": 66,
  "fitness": "intermediate", "goal": "保持体能，睡得好一点",
  "preferences": ["yoga", "brisk_walk", "strength"],
  "history": sess("yoga", 40, 11, [2, 9, 16, 23]) + sess("brisk_walk", 30, 12, [4, 11, 18, 25]) + sess("strength", 30, 13, [6, 13, 20, 27]),
  "context": {"time": "2026-12-02T08:30", "temperature_c": 9, "humidity_pct": 60,
              "wind_kmh": 8, "precipitation": "none", "aqi": 55},
  "notes": "我是ICU护士，这个月排夜班，昨晚8点到今早8点，刚下班，有点累但是脑子很清醒。一般回家睡到下午两三点。以前上白班的时候下班去跑步，现在作息全乱了，不知道是下班马上练完再睡，还是睡醒再练？今天练点什么合适？不想影响睡觉。"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["yoga", "stretching", "walk", "brisk_walk", "strength", "stationary_bike", "swim", "elliptical"],
  "forbidden_activities": [], "minutes_range": [15, 45], "intensity_measure": "any",
  "must_mention": ["睡"], "must_not_say": []},
 "Healthy, active adult: WHO 150-300 min/week and strength >= 2 days (DOMAIN: WHO 2020). After a 12-hour night shift and before day sleep, vigorous exercise is not advisable; a moderate session after waking, or short light activity now, protects sleep (beyond DOMAIN: shift-work sleep hygiene). She asked about timing relative to sleep, so the card must address it.")

add("h10", "60岁男性，慢性肾病3期+高血压（今晨128/78），久坐，肾内科医生已建议运动",
 {"age": 60, "sex": "male", "weight_kg": 75, "height_cm": 168, "resting_hr": 70,
  "conditions": ["hypertension"], "bp_systolic": 128, "bp_diastolic": 78,
  "fitness": "beginner", "goal": "医生让我多活动，想把肾功能保住",
  "preferences": ["walk", "tai_chi"],
  "context": {"time": "2026-12-02T15:00", "temperature_c": 12, "humidity_pct": 50,
              "wind_kmh": 6, "precipitation": "none", "aqi": 70},
  "language": "zh",
  "notes": "我是慢性肾病3期，还有高血压，吃着缬沙坦和氨氯地平，今天早上量的血压128/78。以前坐办公室，基本不运动。上次复查肾内科医生说我可以运动，建议从散步开始，多活动对控制血压和肾都有好处。我怕累着了伤肾，不知道每次走多久、多快合适？一周要几次？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["walk", "brisk_walk", "tai_chi", "stationary_bike", "strength"],
  "forbidden_activities": ["run"], "minutes_range": [10, 35], "intensity_measure": "any",
  "must_mention": ["循序渐进|逐步|慢慢|逐渐|增加", "每周|一周|150"], "must_not_say": []},
 "Inactive with renal disease: medical clearance first (DOMAIN: ACSM screening 2015) - he has it from his nephrologist; BP 128/78 well below 180/110 (DOMAIN: Hypertension); start light-to-moderate and short, progress (DOMAIN: ACSM FITT, 10% heuristic); he asked how often, so the weekly target (DOMAIN: WHO 150 min) belongs on the card.")

add("h11", "56岁丧偶三个月，抑郁，服舍曲林，以前跳广场舞，现在不想下楼",
 {"age": 56, "sex": "female", "weight_kg": 58, "height_cm": 156, "resting_hr": 72,
  "fitness": "beginner", "goal": "心情好一点", "preferences": ["walk", "tai_chi"],
  "history": sess("walk", 15, 9, [5, 12, 20]),
  "context": {"time": "2026-12-02T10:00", "temperature_c": 13, "humidity_pct": 50,
              "wind_kmh": 5, "precipitation": "none", "aqi": 55},
  "notes": "老伴三个月前走了，这阵子整个人提不起劲，晚上睡不着，白天又没精神。医生说是抑郁，开了舍曲林在吃。以前天天晚上跳广场舞，现在连楼都不想下。女儿总劝我出去动动，我也知道应该动，可就是没力气。走一走真的对心情有用吗？我这样的能做点什么？"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["walk", "brisk_walk", "tai_chi", "yoga", "stretching"],
  "forbidden_activities": [], "minutes_range": [10, 30], "intensity_measure": "any",
  "must_mention": ["心情|情绪|抑郁"], "must_not_say": ["想开点", "别难过"]},
 "Depression and grief: regular light-to-moderate activity helps (the product cites WHO 2020 for stress; exercise as adjunct treatment for depression is beyond DOMAIN); inactive beginner - short, achievable dose (DOMAIN: ACSM FITT progression); social activity (group tai chi, returning to dancing with friends) and staying with her doctor (beyond DOMAIN). Fatigue here is mood-related, not the ACSM 'unusual fatigue with usual activities' cardiac sign, so not a rest case.")

add("h12", "28岁跑者，昨天刚到拉萨（3650米），头胀痛、爬楼气喘，想早上跑10公里",
 {"age": 28, "sex": "male", "weight_kg": 70, "height_cm": 176, "resting_hr": 60,
  "fitness": "intermediate", "goal": "想在拉萨跑个10公里", "preferences": ["run"],
  "history": sess("run", 50, 13, W4),
  "context": {"time": "2026-12-03T08:00", "temperature_c": -6, "humidity_pct": 20,
              "wind_kmh": 10, "precipitation": "none", "aqi": 30},
  "notes": "昨天下午刚从成都飞到拉萨（3650米），出差一周。平时在家每周跑四次，一次八到十公里。早上起来头有点胀痛，晚上睡得一般，爬两层楼会喘，其他还好。想趁早上去布达拉宫那边跑个10公里，配速放慢点应该没事吧？"},
 {"must_rest": False, "max_intensity": "light",
  "acceptable_activities": ["rest", "walk", "stretching"],
  "forbidden_activities": ["run", "cycle", "swim", "strength", "brisk_walk", "elliptical", "stationary_bike"],
  "minutes_range": [0, 30], "intensity_measure": "rpe",
  "must_mention": ["海拔|高原|高反|缺氧"], "must_not_say": []},
 "Arrived at 3650 m yesterday with headache and poor sleep (acute mountain sickness) and breathlessness climbing two flights: no running; rest or an easy walk for the first days, ascend activity gradually (beyond DOMAIN: altitude medicine). DOMAIN supports caution: breathlessness with mild exertion is an ACSM warning sign (DOMAIN: ACSM screening), and -6 C cold (DOMAIN: cold). HR zones mislead at altitude (beyond DOMAIN), hence RPE.")

# ---------------------------------------------------------------- English
add("h13", "67-year-old man, heart failure (EF 35%), week 5 of cardiac rehab, on carvedilol; non-rehab day",
 {"age": 67, "sex": "male", "weight_kg": 84, "height_cm": 178, "resting_hr": 64,
  "conditions": ["heart_disease"], "fitness": "beginner",
  "goal": "get stronger and stay out of hospital",
  "preferences": ["walk", "stationary_bike"],
  "history": sess("stationary_bike", 30, 12, [1, 3, 6, 8, 10, 13, 15, 17, 20, 22, 24, 27]) + sess("walk", 20, 11, [2, 5, 9, 12, 16, 19, 23, 26]),
  "context": {"time": "2026-12-01T10:30", "temperature_c": 4, "humidity_pct": 60,
              "wind_kmh": 15, "precipitation": "none", "aqi": 30},
  "language": "en",
  "notes": "I have heart failure (they said my pumping is about 35%) and I'm in week 5 of a cardiac rehab programme, Mondays, Wednesdays and Fridays at the hospital. I'm on carvedilol, sacubitril/valsartan and a water tablet. I weigh myself every morning like they told me and it's been steady, no extra swelling, and I sleep flat fine. The nurses want me to do something on the in-between days too, but I'm never sure how much is too much at home without them watching. Today's Tuesday, no rehab. What should I do today and how do I know if I'm overdoing it?"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["walk", "brisk_walk", "stationary_bike", "tai_chi", "strength", "stretching"],
  "forbidden_activities": ["run"], "minutes_range": [15, 40], "intensity_measure": "rpe",
  "must_mention": ["RPE|talk|breath|conversation", "rehab|cardiac team|doctor|cardiologist|clinician|nurse"], "must_not_say": []},
 "Known heart disease, active in supervised rehab, no symptoms (stable weight, no oedema, no orthopnoea - DOMAIN: ACSM warning list checked): moderate is fine, no vigorous (DOMAIN: ACSM screening); cold with heart disease: carefully (DOMAIN: Cold), indoor bike is ideal; 65+: add balance and strength (DOMAIN: WHO 2020). Carvedilol blunts HR so RPE/talk test, not an age-predicted zone (beyond DOMAIN; README: null zone where it misleads). He asked how to know he is overdoing it: the card must give the RPE/talk-test ceiling and point back to his rehab team.")

add("h14", "52-year-old woman, hypertension on amlodipine, today 132/84, cycles 3x/week, wants weight loss; asks how often and which HR zone",
 {"age": 52, "sex": "female", "weight_kg": 80, "height_cm": 165, "resting_hr": 68,
  "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 84,
  "fitness": "intermediate", "goal": "lose weight", "preferences": ["cycle", "swim"],
  "history": sess("cycle", 45, 13, W3),
  "context": {"time": "2026-12-05T09:00", "temperature_c": 14, "humidity_pct": 50,
              "wind_kmh": 10, "precipitation": "none", "aqi": 35},
  "notes": "High blood pressure for about 5 years, on amlodipine, and this morning's home reading was 132/84, which is about normal for me now. I've been cycling 3 times a week for a couple of months, about 45 minutes each time, and I'd like to lose another 10 kg. Honestly I don't know if 3 times a week is enough or if I should go every day. And what heart rate should I be aiming for? My watch shows zones but I don't know which one is mine."},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["cycle", "stationary_bike", "swim", "brisk_walk", "elliptical", "strength"],
  "forbidden_activities": [], "minutes_range": [30, 75], "intensity_measure": "hr",
  "must_mention": ["week|weekly|150", "132|blood pressure|BP"], "must_not_say": []},
 "Controlled hypertension, 132/84 well below 180/110 (DOMAIN: Hypertension); active - moderate certainly fine, vigorous acceptable (DOMAIN: ACSM screening; hypertension alone is a risk factor, not disease - product's own rule is moderate, which I also sign); WHO 150-300 min/week and strength >= 2 days (DOMAIN: WHO 2020); she asked for her zone and takes amlodipine (not rate-limiting), so a Karvonen zone is meaningful (DOMAIN: Heart rate). Run not in acceptable list only because BMI 29 and she prefers cycling.")

add("h15", "24-year-old runner with asthma, -9 C and windy, plan says 8 miles easy; asks outdoors vs treadmill",
 {"age": 24, "sex": "female", "weight_kg": 58, "height_cm": 168, "resting_hr": 58,
  "conditions": ["asthma"], "fitness": "intermediate",
  "goal": "run a spring half marathon", "preferences": ["run"],
  "history": sess("run", 45, 13, W4),
  "context": {"time": "2026-12-02T06:30", "temperature_c": -9, "humidity_pct": 50,
              "wind_kmh": 20, "precipitation": "none", "aqi": 25},
  "notes": "Asthma since I was a kid, mostly well controlled - I use my blue inhaler before runs and a preventer at night. It's -9 out this morning with a wind and my plan says 8 miles easy. Last winter the cold air made me cough for hours after a long run. Should I just tough it out with a buff over my face, or go to the gym treadmill? Gym opens at 6."},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["run", "stationary_bike", "elliptical", "swim", "strength"],
  "forbidden_activities": [], "minutes_range": [30, 90], "intensity_measure": "any",
  "must_mention": ["cold", "indoor|indoors|treadmill|gym|inside"], "must_not_say": []},
 "Asthma: cold dry air is a trigger (DOMAIN: Asthma); people with asthma may exercise in cold but carefully, judge by wind chill (about -16 C here) (DOMAIN: Cold, ACSM 2006); she has an indoor option, so the card should send her indoors (treadmill run is fine, hence 'run' acceptable only with an indoor instruction); easy run = moderate (DOMAIN: RPE table). Pre-exercise reliever use is her own plan (beyond DOMAIN).")

add("h16", "70-year-old man with Parkinson's on levodopa, physio-prescribed fast cycling, near-trip last month; asks about tai chi",
 {"age": 70, "sex": "male", "weight_kg": 72, "height_cm": 174, "resting_hr": 66,
  "fitness": "intermediate", "goal": "keep moving and stay steady on my feet",
  "preferences": ["stationary_bike", "tai_chi", "walk"],
  "history": sess("stationary_bike", 30, 13, W3) + sess("walk", 30, 11, [2, 6, 9, 13, 16, 20, 23, 27]),
  "context": {"time": "2026-12-02T11:00", "temperature_c": 8, "humidity_pct": 55,
              "wind_kmh": 8, "precipitation": "none", "aqi": 35},
  "notes": "Parkinson's, diagnosed 4 years ago. I take levodopa and I'm at my best about an hour after a dose, which is now. My physio got me on the exercise bike three times a week, pedalling fast, and I walk most other days. My steps get a bit short and shuffly when I'm tired, and I nearly tripped on a kerb last month, though no actual falls. My wife wants me to try the tai chi class at the community centre. Is that worth it or should I stick to the bike?"},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["tai_chi", "stationary_bike", "strength", "walk", "brisk_walk", "yoga"],
  "forbidden_activities": ["cycle", "run"], "minutes_range": [20, 50], "intensity_measure": "any",
  "must_mention": ["balance|fall|falls|steady"], "must_not_say": []},
 "65+: multicomponent balance and strength >= 3 days/week, tai chi fits (DOMAIN: WHO 2020, Older adults). Tai chi improves balance and reduces falls in Parkinson's (beyond DOMAIN: Li et al., NEJM 2012); fast/forced cycling is physio-prescribed and fine (beyond DOMAIN). Outdoor cycling and running are fall risks with shuffling gait (beyond DOMAIN).")

add("h17", "38-year-old woman with relapsing-remitting MS, heat-sensitive (Uhthoff), 31 C in Sydney, usual lunchtime walk",
 {"age": 38, "sex": "female", "weight_kg": 62, "height_cm": 167, "resting_hr": 70,
  "fitness": "intermediate", "goal": "keep my legs strong and manage fatigue",
  "preferences": ["walk", "swim", "yoga"],
  "history": sess("walk", 40, 11, W3) + sess("swim", 30, 12, W2),
  "context": {"time": "2026-12-03T12:30", "temperature_c": 31, "humidity_pct": 60,
              "wind_kmh": 10, "precipitation": "none", "aqi": 30},
  "language": "en",
  "notes": "I have relapsing-remitting MS, stable on ocrelizumab, last relapse 2 years ago. My left leg gets heavy and my vision goes a bit blurry when I get too hot (my neuro says that's Uhthoff's and it passes when I cool down). Sydney's hitting 31 today. I usually do my 40-minute walk at lunch. Is it a bad idea today? I could go to the pool after work instead, or do yoga at home where there's aircon."},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["swim", "yoga", "stationary_bike", "strength", "stretching", "elliptical"],
  "forbidden_activities": ["run", "cycle"], "minutes_range": [20, 45], "intensity_measure": "any",
  "must_mention": ["heat|hot|cool|temperature"], "must_not_say": []},
 "31 C at 60% humidity is a heat index of about 35 C, 'extreme caution' (DOMAIN: Heat, NWS); heat-sensitive MS: exercise in a cool setting - pool or air-conditioned yoga/strength (beyond DOMAIN: MS exercise guidance, Uhthoff's phenomenon). WHO 150 min applies to chronic conditions (DOMAIN: WHO 2020). Outdoor walking at midday is not what I would sign today.")

add("h18", "68-year-old woman, total knee replacement 5 months ago, finished physio, wants to jog to get back to tennis",
 {"age": 68, "sex": "female", "weight_kg": 74, "height_cm": 160, "resting_hr": 72,
  "conditions": ["knee_injury"], "fitness": "beginner",
  "goal": "get back to doubles tennis by spring",
  "preferences": ["walk", "stationary_bike", "swim"],
  "history": sess("stationary_bike", 20, 11, W3) + sess("walk", 25, 11, [2, 6, 9, 13, 16, 20, 23, 27]),
  "context": {"time": "2026-12-02T14:00", "temperature_c": 10, "humidity_pct": 55,
              "wind_kmh": 10, "precipitation": "none", "aqi": 35},
  "notes": "I had my right knee replaced 5 months ago. Finished physio last month, it bends to about 115 now, a bit stiff in the mornings but no real pain, just aches after a long day. Still doing my physio exercises most days. I play doubles tennis with my friends (well, I did before) and I want to get back to it by spring. Can I start jogging to build up fitness for tennis? What else should I be doing?"},
 {"must_rest": False, "max_intensity": "moderate",
  "acceptable_activities": ["stationary_bike", "swim", "walk", "brisk_walk", "elliptical", "strength", "tai_chi"],
  "forbidden_activities": ["run"], "minutes_range": [20, 45], "intensity_measure": "any",
  "must_mention": ["knee", "impact", "strength|balance|strengthening"], "must_not_say": []},
 "Knee: prefer low impact, no running or jumping, consult a clinician (DOMAIN: Knee injury heuristic); 65+: balance and strength >= 3 days/week (DOMAIN: WHO 2020); progress from her current 20-25 min (DOMAIN: 10% heuristic). Jogging after TKA is generally discouraged, doubles tennis is a reasonable goal (beyond DOMAIN: arthroplasty sport guidance).")

add("h19", "45-year-old runner, 3 weeks of plantar fasciitis symptoms, long-run day, half marathon in 8 weeks",
 {"age": 45, "sex": "male", "weight_kg": 82, "height_cm": 180, "resting_hr": 56,
  "fitness": "intermediate", "goal": "half marathon in 8 weeks, under 1:50",
  "preferences": ["run", "cycle"],
  "history": sess("run", 50, 13, W4),
  "context": {"time": "2026-12-05T07:30", "temperature_c": 9, "humidity_pct": 60,
              "wind_kmh": 10, "precipitation": "none", "aqi": 30},
  "notes": "For about 3 weeks I've had pain in my left heel, worst for the first few steps out of bed and after sitting, it eases once I'm warmed up but gets worse again after runs. Probably plantar fasciitis from what I've read. I've got a half marathon in 8 weeks and today's my long run day (16 km planned). Should I run through it? I really don't want to lose fitness."},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["stationary_bike", "cycle", "swim", "elliptical", "strength"],
  "forbidden_activities": ["run"], "minutes_range": [30, 90], "intensity_measure": "any",
  "must_mention": ["heel|plantar|foot"], "must_not_say": []},
 "Worsening plantar heel pain: replace the long run with non-impact cardio of similar duration to keep fitness (DOMAIN: injury -> prefer low impact, consult a clinician - heuristic by analogy with knee/ankle; plantar fasciitis management beyond DOMAIN). Fit, no cardiac issues: moderate-vigorous cross-training fine (DOMAIN: ACSM FITT).")

add("h20", "42-year-old masters swimmer, shoulder impingement 2 weeks, squad at 6:30; favourite activity not advisable",
 {"age": 42, "sex": "female", "weight_kg": 63, "height_cm": 170, "resting_hr": 52,
  "fitness": "advanced", "goal": "masters nationals in March",
  "preferences": ["swim", "run"],
  "history": sess("swim", 60, 14, W5) + sess("run", 30, 12, [3, 10, 17, 24]),
  "context": {"time": "2026-12-02T06:00", "temperature_c": 12, "humidity_pct": 60,
              "wind_kmh": 8, "precipitation": "none", "aqi": 30},
  "notes": "Masters swimmer, usually 5 mornings a week in the pool, 3-4 km. My right shoulder has been pinching on every freestyle stroke for two weeks, especially when my hand enters the water, and when I reach overhead at home. GP said impingement and referred me to a physio, first appointment is next week. Squad session is at 6:30 this morning and I hate missing it. Can I just do kick sets or swim through it? What can I do instead that keeps my fitness up?"},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["run", "stationary_bike", "cycle", "elliptical", "brisk_walk", "strength"],
  "forbidden_activities": ["swim"], "minutes_range": [30, 75], "intensity_measure": "any",
  "must_mention": ["shoulder"], "must_not_say": []},
 "Painful overhead movement: avoid the provoking activity until assessed; keep aerobic fitness with lower-body cardio (beyond DOMAIN: shoulder impingement management; DOMAIN only says to consult a clinician for injuries). Trained athlete: moderate-vigorous fine (DOMAIN: ACSM FITT). Strength acceptable only if lower body / pain-free - card should say so.")

add("h21", "57-year-old sedentary man, wants couch-to-5k tonight; hidden exertional chest tightness radiating to the jaw",
 {"age": 57, "sex": "male", "weight_kg": 96, "height_cm": 176, "resting_hr": 80,
  "fitness": "beginner", "goal": "lose 15 kg before my daughter's wedding",
  "preferences": ["run", "cycle"],
  "context": {"time": "2026-12-02T18:00", "temperature_c": 7, "humidity_pct": 65,
              "wind_kmh": 12, "precipitation": "none", "aqi": 40},
  "notes": "Right, here goes. I'm 57, desk job, haven't done proper exercise since my 30s and I've put on a lot of weight. My daughter's getting married in June and I want to lose about 15 kg and look decent in the photos. My brother lost loads doing couch-to-5k so I was going to start that tonight. Doctor said a while back my blood pressure and cholesterol were 'a bit up' but I never went back. Only other thing, and it's probably nothing, is that a couple of times in the last fortnight when I've rushed up the stairs at the station I've had a tight, heavy feeling across my chest that goes up into my jaw, and it goes away after a few minutes standing still. Probably just being unfit, I reckon. Anyway, what's the best way to get started?"},
 {"must_rest": True, "max_intensity": "rest",
  "acceptable_activities": ["rest"], "forbidden_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike", "elliptical", "stretching"],
  "minutes_range": [0, 0], "intensity_measure": "any",
  "must_mention": ["doctor|GP|medical|physician|clinician", "chest"], "must_not_say": []},
 "Exertional chest tightness/heaviness radiating to the jaw, relieved by rest, is an anginal equivalent: do not start, seek medical clearance (DOMAIN: ACSM pre-participation screening, warning list); sedentary with risk factors. Urgency (see a doctor in days, emergency if it comes at rest or lasts) is beyond DOMAIN.")

add("h22", "34-year-old marathoner the day after a PB marathon, past tibial stress fracture, run club 10k recovery run",
 {"age": 34, "sex": "female", "weight_kg": 55, "height_cm": 165, "resting_hr": 48,
  "fitness": "advanced", "goal": "Boston qualifier next spring",
  "preferences": ["run", "swim"],
  "history": sess("run", 200, 18, [1]) + sess("run", 40, 12, [3, 4, 6]) + sess("run", 60, 13, [8, 9, 11, 12, 15, 16, 18, 19, 22, 23, 25, 26]) + sess("run", 150, 14, [14, 21, 28]) + sess("run", 100, 14, [7]),
  "context": {"time": "2026-12-07T08:00", "temperature_c": 8, "humidity_pct": 60,
              "wind_kmh": 10, "precipitation": "none", "aqi": 30},
  "language": "en",
  "notes": "Ran the marathon yesterday, 3:20, a PB by 4 minutes! Legs are sore, stairs are interesting this morning, but otherwise I feel good. I had a tibial stress fracture two years ago after ramping up too fast, so I'm a bit paranoid about that, but nothing hurts in the bone, just muscles. My run club does a 10k recovery run on Monday mornings - can I join, or should I take time off? How long until I can train properly again?"},
 {"must_rest": False, "max_intensity": "light",
  "acceptable_activities": ["rest", "walk", "swim", "stationary_bike", "stretching", "yoga"],
  "forbidden_activities": ["run", "strength"], "minutes_range": [0, 40], "intensity_measure": "any",
  "must_mention": ["recover|recovery"], "must_not_say": []},
 "Day after a marathon: the race is a huge acute load (DOMAIN: ACWR above 1.5 raises injury risk; 48 h between hard sessions, ACSM recovery); with a stress-fracture history, no running today - rest or easy non-impact movement (beyond DOMAIN: post-marathon return to running, typically 1-2 weeks easy). She asked how long until proper training: the card should speak to recovery.")

add("h23", "10-year-old girl (parent writing), a bit heavier than peers, dislikes PE, loves swimming and cycling",
 {"age": 10, "sex": "female", "weight_kg": 42, "height_cm": 140, "resting_hr": 85,
  "fitness": "beginner", "goal": "have fun and be more active",
  "preferences": ["swim", "cycle"],
  "history": sess("cycle", 20, 11, [4, 11, 18, 25]),
  "context": {"time": "2026-12-02T16:00", "temperature_c": 15, "humidity_pct": 50,
              "wind_kmh": 8, "precipitation": "none", "aqi": 40},
  "notes": "Writing this for my daughter, she's 10. She's a bit heavier than her friends and has started hating PE because she's slow and the others tease her. She loves swimming and riding her bike with me on weekends. I don't want to make it about her weight at all, I just want her moving and enjoying it. What could we do after school today, and how much should a kid her age be doing?"},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["swim", "cycle", "brisk_walk", "walk", "run", "stationary_bike"],
  "forbidden_activities": [], "minutes_range": [20, 90], "intensity_measure": "any",
  "must_mention": ["60|an hour|hour"], "must_not_say": ["lose weight", "weight loss", "burn fat"]},
 "Ages 5-17: on average >= 60 min/day MVPA, vigorous and bone/muscle strengthening >= 3 days/week (DOMAIN: WHO 2020) - the parent asked 'how much', so 60 min/day must be on the card; fun, preferred activities (swim, cycle with a parent) (DOMAIN: apps/users value; beyond DOMAIN: paediatric motivation). The parent explicitly does not want weight talk, so weight-loss language is out (beyond DOMAIN).")

add("h24", "51-year-old perimenopausal woman, hot flushes, anxiety, mother had hip fracture; asks about lifting; thunderstorm now",
 {"age": 51, "sex": "female", "weight_kg": 72, "height_cm": 164, "resting_hr": 70,
  "fitness": "intermediate", "goal": "protect my bones and sleep better",
  "preferences": ["brisk_walk", "strength", "yoga"],
  "history": sess("brisk_walk", 45, 12, W3) + sess("yoga", 45, 10, [6, 13, 20, 27]),
  "context": {"time": "2026-12-02T17:30", "temperature_c": 26, "humidity_pct": 80,
              "wind_kmh": 25, "precipitation": "rain", "thunder": True, "aqi": 30},
  "notes": "Perimenopause is kicking my butt - hot flushes, waking at 3am soaked, and my anxiety has been through the roof lately for no reason. My mum had a hip fracture from osteoporosis at 70 so I'm worried about my bones. I walk a lot and do a yoga class, but a friend says I should be lifting weights. Is that right at my age, and how often? There's a storm rolling in right now, so I was going to walk on the beach later to clear my head."},
 {"must_rest": False, "max_intensity": "vigorous",
  "acceptable_activities": ["strength", "stationary_bike", "elliptical", "yoga"],
  "forbidden_activities": ["cycle", "run", "brisk_walk", "walk", "swim"], "minutes_range": [20, 60], "intensity_measure": "any",
  "must_mention": ["thunder|lightning|storm|indoor|indoors", "strength|weights|resistance"], "must_not_say": []},
 "Thunderstorm: go indoors, 30-30 rule (DOMAIN: Thunderstorms) - the beach walk is out; muscle strengthening >= 2 days/week (DOMAIN: WHO 2020, ACSM FITT 2-3 days/week, 8-12 reps) answers 'how often'; resistance training for bone health in menopause (beyond DOMAIN); anxiety: regular activity helps (beyond DOMAIN).")

assert len(clients) == 24
with open("/tmp/expert23/clients.jsonl", "w", encoding="utf-8") as f:
    for c in clients:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(clients), "clients")
