"""Clients h07-h12 (literal data)."""
from common import ALL_BUT_REST, NOT_911, NOT_CA, NOT_120_TW, NOT_120_119_HK, NOT_CN_FOREIGN, client

CLIENTS = []

# h07: 30 weeks, gestational diabetes, 96 F in Houston, wants to skip the after-meal walk -> rest is wrong, indoors
CLIENTS.append(client("h07", "en-US", "34F, 30 weeks pregnant, diet-controlled gestational diabetes (1-h reading 152), 96 F and humid; asks if she can skip the after-meal walk (imperial)",
    {"activity": "walk", "minutes": 15, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "Today: walk after dinner, 15 min, light to moderate: RPE 11-13, you can talk easily. Do it indoors: at 96°F with this humidity, skip outdoor walks. "
             "Walk laps of an air-conditioned mall or big store, or around the house, or pedal a stationary bike. "
             "You asked if it's OK to skip: please don't skip, move it inside. A 10-15 minute walk started within about 30 minutes after each meal is one of the best tools "
             "to bring your 1-hour numbers under 140 (today's was 152); check your sugar 1 hour after dinner to see the effect. "
             "Add 2 short strength sessions a week (seated or standing, not flat on your back) and daily pelvic floor squeezes. Drink water, wear loose clothes. "
             "Stop and call your OB for bleeding, fluid leaking, regular contractions, dizziness, headache, or less baby movement; for heavy bleeding or severe pain call 911. "
             "Not medical advice.",
     "plan": ["Wed Walk indoors after dinner, moderate, 15 min, RPE 11-13",
              "Thu Walk indoors 10-15 min after each meal (about 40 min), moderate, RPE 11-13",
              "Fri Strength, moderate, 20 min, 2 sets x 10-12 (seated or standing) + walk after dinner 15 min",
              "Sat Stationary bike, moderate, 25 min, RPE 12-13 + walks after meals",
              "Sun Walk indoors after each meal, 10-15 min (about 40 min), moderate",
              "Mon Strength, moderate, 20 min, 2 sets x 10-12 + walk after dinner 15 min",
              "Tue Stationary bike, moderate, 25 min, RPE 12-13 + walks after meals"],
     "week": "Week: movement after meals every day, indoors while it's this hot; about 150 min moderate; strength 2 days; pelvic floor daily; no lying flat on your back."},
    {"user": "h07", "age": 34, "sex": "female", "weight_lb": 176, "height_in": 64, "conditions": ["pregnancy", "diabetes"],
     "glucose_mg_dl": 152, "fitness": "beginner", "goal": "keep my sugars in range without insulin",
     "preferences": ["walk", "stationary_bike"],
     "context": {"time": "2026-07-22T17:30", "temperature_f": 96, "humidity_pct": 60, "wind_mph": 5, "precipitation": "none"},
     "notes": "30 wks, gestational diabetes dx 3 wks ago, diet controlled so far. 1hr after lunch i was 152 (goal is under 140). the dietitian said walk after meals but its like 96 out and i feel gross. is it ok to skip?",
     "language": "en-US", "units": "imperial"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": True,
     "must_match": [r"(?i)(meal|eating|dinner|lunch|breakfast|post-?prandial)",
                    r"(?i)(indoor|inside|air[- ]?condition|A/?C\b|mall|treadmill|cool|stationary|home|house)",
                    r"(?i)(sugar|glucose|140|152)"],
     "must_not_match": [NOT_CA],
     "plan_must_match": [r"(?i)(strength|resistance|weights|pelvic floor)"]}))

# h08: 49F perimenopause on HRT, hot flushes and poor sleep, AQI 168 -> indoors on the treadmill
CLIENTS.append(client("h08", "zh-CN", "49F perimenopause, night sweats and broken sleep, started HRT patches; usual outdoor brisk walk but AQI 168 today; gym treadmill available",
    {"activity": "brisk_walk", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [110, 130],
     "card": "今天：在小区健身房的跑步机上快走，约40分钟，中等强度，RPE 12-13（能说整句话但唱不了歌），心率约110-130次/分。"
             "你问今天还去城墙根吗：不去了，今天AQI 168，属于“不健康”，户外长时间运动要减少，改到室内。"
             "规律的中等强度运动对更年期睡眠和情绪有帮助，也可能减轻潮热的困扰；晚上练完冲个温水澡，睡前1小时内不做高强度。"
             "本周保持2天力量训练，保护肌肉和骨骼（雌激素下降后骨量流失加快）。"
             "用激素替代期间，如有单侧小腿肿痛、胸痛、突然气短，或异常阴道出血，请尽快就医；胸痛不缓解请拨打120。（本建议不是医疗建议。）",
     "plan": ["周四 快走（跑步机，室内），中等强度，40分钟，RPE 12-13，心率约110-130次/分",
              "周五 力量训练，中等强度，30分钟，2-3组×10-12次（深蹲、划船、俯卧撑、臀桥）",
              "周六 快走，中等强度，45分钟，RPE 12-13（空气好转再去户外，否则跑步机）",
              "周日 瑜伽，轻度，60分钟",
              "周一 力量训练，中等强度，30分钟，2-3组×10-12次",
              "周二 快走，中等强度，45分钟，RPE 12-13",
              "周三 休息"],
     "week": "本周：快走约130分钟加瑜伽，力量2天；AQI超过150的日子改在室内。"},
    {"user": "h08", "age": 49, "sex": "female", "weight_kg": 63, "height_cm": 160, "resting_hr": 70, "fitness": "intermediate",
     "goal": "睡好一点，控制体重", "preferences": ["brisk_walk", "yoga", "strength"],
     "history": [{"activity": "brisk_walk", "minutes": 45, "days_ago": 1, "rpe": 12},
                 {"activity": "brisk_walk", "minutes": 45, "days_ago": 3, "rpe": 12},
                 {"activity": "yoga", "minutes": 60, "days_ago": 4, "rpe": 10},
                 {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 12}],
     "context": {"time": "2026-12-03T18:30", "temperature_c": 2, "humidity_pct": 40, "wind_kmh": 8, "precipitation": "none", "aqi": 168},
     "notes": "更年期，月经乱了半年，晚上潮热出汗醒好几次，上个月开始用激素替代（雌激素贴片）。平时晚饭后在城墙根快走45分钟，今天雾霾挺重的，还去吗？小区有个健身房有跑步机",
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 60,
     "wrong_activities": ["cycle"], "hr_zone_null": False,
     "must_match": [r"(空气|空氣|AQI|雾霾|霧霾|污染|PM)",
                    r"(室内|室內|跑步机|跑步機|健身房|在家|家里|家裡)",
                    r"(潮热|潮熱|睡眠|睡|更年期|激素|雌激素|绝经|絕經)"],
     "must_not_match": [NOT_CN_FOREIGN],
     "plan_must_match": [r"(力量|肌力|阻力)"]}))

# h09: 3 days after IVF egg retrieval (22 eggs), buried OHSS signs -> must rest, clinic today
CLIENTS.append(client("h09", "en-CA", "36F, IVF egg retrieval 3 days ago (22 eggs); bloated, up 3 kg, breathless lying down, peeing less, all played down; wants a yoga class",
    {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
     "card": "Today: rest, no yoga class tonight. Gaining 3 kg in 3 days, getting short of breath lying down and peeing less after a 22-egg retrieval are warning signs "
             "of ovarian hyperstimulation syndrome (OHSS), more than normal bloating. Call your fertility clinic this morning and tell them exactly those three things; "
             "if you can't reach them, go to the ER today. Call 911 if you're breathless at rest, have chest pain, severe belly pain, or feel faint. "
             "Enlarged ovaries can also twist, so no twisting, inversions, jumping or intense exercise until the clinic clears you; moving gently around the house is fine. "
             "Not medical advice.",
     "plan": ["Thu Rest: call the fertility clinic this morning (weight gain, breathless lying down, peeing less)",
              "Fri Rest; follow the clinic's plan; weigh yourself each morning",
              "Sat Rest, or gentle walking indoors as the clinic allows",
              "Sun Gentle walk indoors, light, 10-15 min, only if the clinic clears you",
              "Mon Gentle walk, light, 15 min, if cleared",
              "Tue Gentle stretching, light, 15 min, no twists or inversions, if cleared",
              "Wed Gentle walk, light, 20 min, if cleared"],
     "week": "Week: the clinic first; nothing vigorous, no twisting or inversions until the ovaries settle and the clinic clears you; ER or 911 if breathless at rest."},
    {"user": "h09", "age": 36, "sex": "female", "weight_kg": 61, "height_cm": 165, "fitness": "intermediate",
     "goal": "stay fit through IVF", "preferences": ["yoga", "walk", "elliptical"],
     "context": {"time": "2026-01-29T09:00", "temperature_c": -8, "humidity_pct": 70, "wind_kmh": 25, "precipitation": "snow"},
     "notes": "Egg retrieval was Monday (they got 22 eggs!). Super bloated, I'm up about 3 kg since Monday and I get short of breath lying down at night, clinic said some bloating is normal. Peeing less too but I'm drinking tons. Can I do a gentle yoga class tonight? Going stir crazy",
     "language": "en-CA"},
    {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
     "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
     "must_match": [r"(?i)(clinic|doctor|fertility|\bER\b|emergency|hospital|911|physician|nurse)",
                    r"(?i)(OHSS|hyperstimulation|weight|breath|urine|pee)",
                    r"(?i)(today|now|this morning|right away|immediately|urgent|asap|911)"],
     "must_not_match": [NOT_CA],
     "plan_must_match": [r"(?i)(clinic|doctor)"]}))

# h10: 22 weeks, experienced lifter, leg day, asks about deadlift and belt -> rest is wrong
CLIENTS.append(client("h10", "zh-TW", "30F, 22 weeks pregnant, uncomplicated, 4 years of lifting on an upper/lower split; leg day, asks about deadlifts, a belt and bench press",
    {"activity": "strength", "minutes": 50, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "今天：練腿日照常，中等強度，約50分鐘，RPE 12-14，每組保留3-4下餘力，能邊做邊說短句。"
             "你問還能不能硬舉：可以。懷孕前有重訓習慣、產檢正常，ACOG認為可以繼續；把重量降到不會憋氣、動作不變形的範圍（例如60-65公斤×6-8下，3組），不做1RM或力竭組。"
             "用力時吐氣，不要憋氣（Valsalva）。腰帶：不建議勒緊腹部，寧可減重量；可改相撲硬舉或六角槓硬舉，讓肚子有空間。"
             "臥推從這週開始改上斜臥推或坐姿推胸，不要長時間平躺（子宮壓迫下腔靜脈，會頭暈）。做完練骨盆底收縮。"
             "出現陰道出血、羊水流出、規律宮縮、頭暈、頭痛、胸痛或小腿腫痛，立刻停止並聯絡產科醫師；緊急撥打119。（本建議不是醫療建議。）",
     "plan": ["週日 力量訓練（腿日），中等強度，50分鐘，RPE 12-14，硬舉減重3組×6-8下，不憋氣",
              "週一 力量訓練（上半身），中等強度，50分鐘，上斜臥推，不平躺",
              "週二 散步，中等強度，40分鐘，RPE 12-13",
              "週三 休息；骨盆底收縮",
              "週四 力量訓練（腿日），中等強度，50分鐘，RPE 12-14",
              "週五 力量訓練（上半身），中等強度，45分鐘，坐姿或上斜",
              "週六 室內單車，中等強度，30分鐘，RPE 12-13（能說整句話）"],
     "week": "本週：力量4天（上下分化，主項保留3-4下餘力、不憋氣、不平躺），有氧約70分鐘；每天骨盆底收縮。"},
    {"user": "h10", "age": 30, "sex": "female", "weight_kg": 64, "height_cm": 163, "conditions": ["pregnancy"],
     "fitness": "advanced", "goal": "懷孕期間維持肌力", "preferences": ["strength"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                 {"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 14},
                 {"activity": "strength", "minutes": 55, "days_ago": 4, "rpe": 14},
                 {"activity": "strength", "minutes": 60, "days_ago": 6, "rpe": 13}],
     "context": {"time": "2026-09-13T19:00", "temperature_c": 29, "humidity_pct": 75, "precipitation": "none"},
     "notes": "懷孕22週，一切正常。懷孕前練重訓4年，上下半身分化一週4練，硬舉最好100公斤，現在大概做到70公斤×5。今天練腿日，還可以硬舉嗎？要繫腰帶嗎？臥推也還在做",
     "language": "zh-TW"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 75,
     "wrong_activities": ["rest"], "hr_zone_null": True,
     "must_match": [r"(硬舉|硬举)",
                    r"(憋[氣气]|閉[氣气]|闭[氣气]|吐[氣气]|呼[氣气]|Valsalva)",
                    r"(仰[臥卧]|平躺|躺平|上斜|躺[著着])"],
     "must_not_match": [NOT_120_TW],
     "plan_must_match": [r"(力量|重[訓训]|肌力)"]}))

# h11: 24F PCOS, beginner, mornings only, does 20 min yoga; asks if yoga is enough -> rest is wrong
CLIENTS.append(client("h11", "en-IN", "24F, PCOS diagnosed last month, periods every 2-3 months, 82 kg beginner, mornings only; asks if yoga is enough",
    {"activity": "brisk_walk", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": [125, 148],
     "card": "Today: brisk walk, 25 min, moderate: RPE 12-13, you can talk but not sing (heart rate about 125-148 bpm), then 10 min of your yoga stretches. "
             "You asked if yoga is enough: keep it, it helps stress and flexibility, but on its own it's light exercise. For PCOS, what improves insulin resistance, weight and cycles "
             "is regular moderate cardio (build to 150 min a week) plus strength training 2 days a week, because muscle soaks up glucose. "
             "Mornings work: 25-30 min brisk walks on 4-5 days and two 20-min bodyweight strength sessions (squats, lunges, wall push-ups, glute bridges, band rows). "
             "Add about 5 min a week. Losing 5-10% is realistic with this plus food changes. Not medical advice; for chest pain or fainting call 112.",
     "plan": ["Fri Brisk walk, moderate, 25 min, RPE 12-13 + 10 min yoga",
              "Sat Strength (bodyweight), moderate, 20 min, 2 sets x 10-15",
              "Sun Brisk walk, moderate, 30 min, RPE 12-13",
              "Mon Yoga, light, 20 min",
              "Tue Strength (bodyweight), moderate, 20 min, 2 sets x 10-15 + yoga 10 min",
              "Wed Brisk walk, moderate, 30 min, RPE 12-13",
              "Thu Brisk walk, moderate, 30 min, RPE 12-13"],
     "week": "Week: about 115 min of brisk walking (building toward 150), strength 2 days, yoga kept."},
    {"user": "h11", "age": 24, "sex": "female", "weight_kg": 82, "height_cm": 160, "resting_hr": 78, "fitness": "beginner",
     "goal": "lose weight, regular periods", "preferences": ["yoga", "brisk_walk"],
     "context": {"time": "2026-08-14T06:30", "temperature_c": 21, "humidity_pct": 80, "wind_kmh": 12, "precipitation": "none", "aqi": 58},
     "notes": "diagnosed with PCOS last month, periods every 2-3 months. gyno said lose 5-10% weight. office 9 to 7 plus 1 hr commute so honestly only mornings. I do yoga videos 20 min most days, is yoga enough?",
     "language": "en-IN"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
     "wrong_activities": ["rest"], "hr_zone_null": False,
     "must_match": [r"(?i)(strength|resistance|weights|muscle|squat|bodyweight)",
                    r"(?i)yoga",
                    r"(?i)(150|brisk|cardio|aerobic|walk|cycl|swim)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)(strength|resistance|weights|bodyweight)"]}))

# h12: 6 weeks after vaginal birth, 2-finger diastasis, stress leaks, wants to run and skip -> rest is wrong, no running yet
CLIENTS.append(client("h12", "zh-CN", "35F, 6 weeks after a vaginal birth, breastfeeding, 2-finger tummy gap, leaks on coughing; wants to start running and rope skipping",
    {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "今天：推婴儿车快走30分钟，中等强度，RPE 12-13（能说整句话），再加10分钟盆底肌和深层核心练习。"
             "你问能不能跑步和跳绳：现在先不要。咳嗽、打喷嚏时漏尿说明盆底还没准备好承受冲击，腹直肌分离两指也需要先练；"
             "一般产后12周以后、漏尿消失，能单腿跳10次、原地慢跑1分钟不漏尿不下坠，再从走跑交替开始。最好去医院做盆底评估，找产后康复的物理治疗师。"
             "盆底练习（凯格尔）：收缩3-5秒、放松5秒，10次×3组，每天做；配合呼气收紧腹横肌、骨盆后倾、侧卧抬腿。"
             "暂时不做卷腹、仰卧起坐和平板支撑，等腹中线不再鼓起。喂完奶再运动更舒服，多喝水。（本建议不是医疗建议。）",
     "plan": ["周三 快走（推婴儿车），中等强度，30分钟，RPE 12-13；盆底肌练习10分钟",
              "周四 力量训练（盆底、核心、臀腿），轻到中等，25分钟，2组×10-12次",
              "周五 快走，中等强度，35分钟，RPE 12-13；盆底肌练习",
              "周六 产后瑜伽，轻度，30分钟",
              "周日 快走，中等强度，35分钟，RPE 12-13；盆底肌练习",
              "周一 力量训练（盆底、核心、臀腿），中等强度，25分钟，2组×10-12次",
              "周二 休息；盆底肌练习"],
     "week": "本周：快走约100分钟，力量2天，盆底肌每天练；暂不跑跳，先做盆底评估。"},
    {"user": "h12", "age": 35, "sex": "female", "weight_kg": 66, "height_cm": 163, "fitness": "intermediate",
     "goal": "产后恢复，减掉孕期长的8公斤", "preferences": ["run", "yoga"],
     "context": {"time": "2026-06-03T21:00", "temperature_c": 24, "humidity_pct": 75, "precipitation": "none", "aqi": 70},
     "notes": "顺产6周，42天复查医生说恢复得可以。但是肚子中间还能摸到两指宽的缝，咳嗽打喷嚏会漏一点尿。在喂母乳，晚上起来2-3次。孕前每周跑3次，想开始跑步和跳绳减肥，可以吗？",
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
     "wrong_activities": ["rest", "run"], "hr_zone_null": False,
     "must_match": [r"(盆底|凯格尔|凱格爾|提肛)",
                    r"(腹直肌|核心|腹横肌|腹橫肌|腹部|分离|分離|腹中线|腹中線)",
                    r"(跑|跳)"],
     "must_not_match": [NOT_CN_FOREIGN],
     "plan_must_match": [r"(盆底|凯格尔|凱格爾|提肛)", r"(力量|核心|臀)"]}))
