"""Clients h19-h24 (literal data)."""
from common import ALL_BUT_REST, NOT_911, NOT_CA, NOT_120_TW, NOT_120_119_HK, NOT_CN_FOREIGN, client

CLIENTS = []

# h19: breastfeeding, mastitis, fever 38.6 on day 1 of antibiotics; wants her C25K run -> must rest
CLIENTS.append(client("h19", "en-GB", "36F, baby 4 months, breastfeeding, mastitis with a 38.6 fever, shivers and aches, on antibiotics since yesterday; wants Couch to 5k week 6 run 3",
    {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
     "card": "Today: rest, no run. A temperature of 38.6 with shivers and aches is a fever, and running with a fever strains your heart and slows recovery. "
             "Rest, drink plenty, keep feeding or expressing from the left side often (it helps clear the mastitis), take paracetamol or ibuprofen as your GP or pharmacist advises, and finish the antibiotics. "
             "You won't lose your progress: a week off barely dents fitness. When you've been fever-free for 24-48 hours without painkillers, repeat week 6 run 2 and carry on from there. "
             "Call your GP or NHS 111 today if you're not improving within 48 hours of starting the antibiotics, the red area spreads, or you feel very unwell; "
             "call 999 if you're confused, very breathless, or your heart is racing and you feel faint. Not medical advice.",
     "plan": ["Sat Rest: fever 38.6; fluids, keep feeding",
              "Sun Rest; keep taking the antibiotics",
              "Mon Rest, or a gentle 10-min walk if the fever has gone",
              "Tue Easy walk, light, 20 min, only if fever-free for 24-48 h",
              "Wed Rest",
              "Thu C25K: repeat week 6 run 2, moderate, RPE 12-13, only if well",
              "Fri Easy walk, light, 20 min"],
     "week": "Week: rest until the fever has been gone 24-48 h, then pick C25K up by repeating a run you've already done; GP or NHS 111 if not better within 48 h."},
    {"user": "h19", "age": 36, "sex": "female", "weight_kg": 70, "height_cm": 166, "fitness": "beginner",
     "goal": "finish Couch to 5k", "preferences": ["run", "walk"], "symptoms": ["fever"],
     "history": [{"activity": "run", "minutes": 30, "days_ago": 3, "rpe": 13},
                 {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 13},
                 {"activity": "run", "minutes": 25, "days_ago": 8, "rpe": 13}],
     "context": {"time": "2026-11-21T11:00", "temperature_c": 6, "humidity_pct": 80, "wind_kmh": 18, "precipitation": "none"},
     "notes": "baby is 4 months, breastfeeding. left boob red hot and sore since Thurs, temp 38.6 this morning and shivery, achy all over. GP started antibiotics yesterday for mastitis. Can I still do week 6 run 3 of C25K today?? don't want to lose my progress",
     "language": "en-GB"},
    {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
     "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
     "must_match": [r"(?i)(fever|temperature|38|shiver)",
                    r"(?i)(progress|C25K|couch|pick (it )?up|resume|back to\b|repeat|fitness)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)(fever|temperature|well|antibiotic)"]}))

# h20: 54F postmenopausal, type 2 diabetes, jaw and chest tightness on a slope that eases with rest, blamed on cold wind or hot flushes -> must rest
CLIENTS.append(client("h20", "zh-CN", "54F, two years after menopause, type 2 diabetes, new morning walker; jaw and chest tightness on the slope that eases with rest, blamed on cold wind or hot flushes",
    {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
     "card": "今天：先不要快走，休息。上坡时下巴和胸口发紧、停下几分钟就缓解，这正是心绞痛（心脏供血不足）的典型表现；"
             "女性和糖尿病患者常常没有典型的胸痛，而是下巴、胸口发紧或气短，不像是冷风或潮热。"
             "请今天或明天就去医院心内科（或胸痛中心）看医生，做心电图等检查，先别加到40分钟。医生检查之前不要上坡、不要快走。"
             "如果不活动时也出现胸口发紧、持续超过5分钟，或伴出汗、恶心、气短，立即拨打120，不要自己走去医院。（本建议不是医疗建议。）",
     "plan": ["周四 休息：尽快去医院心内科（上坡时下巴和胸口发紧）",
              "周五 休息：等医生检查结果",
              "周六 休息：医生允许前不快走、不上坡",
              "周日 休息，在家慢慢走动",
              "周一 按医生意见",
              "周二 按医生意见",
              "周三 按医生意见"],
     "week": "本周：先看心内科查清原因，医生允许后再恢复快走；不活动时胸口发紧超过5分钟立即拨打120。"},
    {"user": "h20", "age": 54, "sex": "female", "weight_kg": 70, "height_cm": 158, "resting_hr": 80, "conditions": ["diabetes"],
     "bp_systolic": 138, "bp_diastolic": 86, "glucose_mg_dl": 142, "fitness": "beginner", "goal": "减肥，控制血糖",
     "preferences": ["brisk_walk", "tai_chi"],
     "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 13},
                 {"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 13}],
     "context": {"time": "2026-02-05T07:30", "temperature_c": 4, "humidity_pct": 70, "wind_kmh": 12, "precipitation": "none", "aqi": 85},
     "notes": "绝经两年了，还经常潮热出汗。这个星期开始每天早上快走，走到江滩那个坡的时候下巴和胸口发紧，停下来歇几分钟就好了，应该是冷风吹的或者又是潮热吧。今天继续走吗？想加到40分钟",
     "language": "zh-CN"},
    {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
     "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
     "must_match": [r"(心绞痛|心絞痛|心脏|心臟|胸|下巴|下颌|下頜)",
                    r"([医醫]院|[医醫]生|就[医醫]|心内科|心內科|急诊|急診|120|胸痛中心|心[电電]图|心[电電]圖)"],
     "must_not_match": [NOT_CN_FOREIGN],
     "plan_must_match": [r"([医醫]|心内科|心內科)"]}))

# h21: 31F trying to conceive for a year, 50 km a week, lost 4 kg, periods every 2-3 months -> cut back and eat more
CLIENTS.append(client("h21", "en-SG", "31F, trying to conceive for a year, runs 50 km a week, lost 4 kg (BMI about 17.6), periods now every 2-3 months and light; asks if she should stop running",
    {"activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": [106, 132],
     "card": "Today: easy run, 30 min, moderate: RPE 11-13, conversational (heart rate about 106-132 bpm), no intervals. "
             "You asked whether to stop running: you may not need to stop, but you do need to cut back and eat more. Periods going from monthly to every 2-3 months and lighter, "
             "after losing 4 kg on 50 km a week and mostly salads, is the classic picture of low energy availability (RED-S, hypothalamic amenorrhoea): your body switches off ovulation to save energy. "
             "It is reversible. For the next few months: about half the running, all easy, no marathon build, 2 strength sessions, and eat more every day "
             "(add carbohydrate and fat: rice, bread, nuts, olive oil; a snack before and after runs) to regain some weight. "
             "See a gynaecologist or fertility doctor for a check of hormones and bone density; a sports dietitian helps. Humid morning: water and shade. "
             "Not medical advice; in an emergency call 995.",
     "plan": ["Wed Easy run, moderate, 30 min, RPE 11-13",
              "Thu Strength, moderate, 30 min, 2-3 sets x 8-12",
              "Fri Easy run, moderate, 35 min, RPE 11-13",
              "Sat Rest",
              "Sun Easy run, moderate, 45 min, RPE 11-13 (longest of the week)",
              "Mon Strength, moderate, 30 min, 2-3 sets x 8-12",
              "Tue Rest or an easy walk, 30 min"],
     "week": "Week: about 110 min of easy running (down from about 270), no hard sessions, strength 2 days; eat more and see a gynaecologist."},
    {"user": "h21", "age": 31, "sex": "female", "weight_kg": 48, "height_cm": 165, "resting_hr": 50, "fitness": "advanced",
     "goal": "get pregnant", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 70, "days_ago": 1, "rpe": 13},
                 {"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 15},
                 {"activity": "run", "minutes": 45, "days_ago": 3, "rpe": 12},
                 {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 15},
                 {"activity": "run", "minutes": 45, "days_ago": 6, "rpe": 12}],
     "context": {"time": "2026-09-02T06:00", "temperature_c": 27, "humidity_pct": 85, "wind_kmh": 6, "precipitation": "none", "aqi": 45},
     "notes": "Trying to conceive for a year. Run about 50km a week, lost 4kg since last year training for a marathon. Periods have gone from monthly to every 2-3 months and quite light. Eating clean, mostly salads. Should I stop running to get pregnant?",
     "language": "en-SG"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": [], "hr_zone_null": False,
     "must_match": [r"(?i)(eat|fuel|energy|calorie|food|nutrition|diet|carb|RED-?S)",
                    r"(?i)(cut|reduce|less|lower|back off|fewer|half|halve|drop|scale)",
                    r"(?i)(doctor|GP|gyn|fertility|specialist|endocrin|dietitian|clinic)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)(easy|strength)"]}))

# h22: 36 weeks, first baby, beginner, wants a 1-hour afternoon walk in 32 C heat for labour -> indoors, shorter
CLIENTS.append(client("h22", "zh-SG", "26F, 36 weeks with her first, beginner, normal checks; wants a 1-hour walk at East Coast Park at 2 pm in 32 C, asks about walking and squats for labour",
    {"activity": "walk", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
     "card": "今天：改在有冷气的商场里散步30分钟，轻到中等强度，RPE 11-13（走的时候能轻松说话）。"
             "你问下午去东海岸公园走一小时行不行：今天不建议，32°C、湿度72%的下午很闷热，孕晚期容易中暑、脱水，一小时对平时不运动的你也太长。"
             "想去公园就改到早上7点前或傍晚，走30分钟，带水。多走路和深蹲对分娩有帮助：每天30分钟左右，分两次也可以；深蹲扶着椅子或墙做，10次×2组，再加盆底肌练习（收缩3-5秒、放松）。"
             "不要平躺太久。出现阴道出血、流水（破水）、规律宫缩、胎动减少、头痛、头晕或视力模糊，请马上去医院；紧急情况拨打995。（本建议不是医疗建议。）",
     "plan": ["周三 散步（商场，室内），轻到中等，30分钟，RPE 11-13",
              "周四 扶椅深蹲和盆底肌练习，轻度，15分钟，加散步20分钟（早上或傍晚）",
              "周五 散步（室内或早晚），中等强度，30分钟，RPE 11-13",
              "周六 孕妇瑜伽（不平躺、不做热瑜伽），轻度，30分钟",
              "周日 散步，中等强度，30分钟，RPE 11-13",
              "周一 扶椅深蹲和盆底肌练习，轻度，15分钟，加散步20分钟",
              "周二 休息"],
     "week": "本周：散步约140分钟，避开中午高温；深蹲和盆底肌2天；不平躺、不做热瑜伽。"},
    {"user": "h22", "age": 26, "sex": "female", "weight_kg": 68, "height_cm": 158, "conditions": ["pregnancy"], "fitness": "beginner",
     "goal": "顺产", "preferences": ["walk", "yoga"],
     "context": {"time": "2026-05-13T14:00", "temperature_c": 32, "humidity_pct": 72, "wind_kmh": 5, "precipitation": "none", "aqi": 52},
     "notes": "怀孕36周，第一胎，检查都正常。怀孕前基本不运动。听说多走路和深蹲有助顺产，今天想去东海岸公园走一个小时，可以吗？",
     "language": "zh-SG"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["run", "cycle"], "hr_zone_null": True,
     "must_match": [r"(热|熱|高温|高溫|中暑|闷|悶|冷气|冷氣|商场|商場|室内|室內|早上|傍晚|清晨)",
                    r"(出血|流血|破水|羊水|流水|宫缩|宮縮|阵痛|陣痛|胎动|胎動)",
                    r"(深蹲|盆底)"],
     "must_not_match": [NOT_120_TW],
     "plan_must_match": [r"(盆底|深蹲|力量)"]}))

# h23: 83F osteoporosis, broke a wrist on ice, lives alone, glare ice and -22 C; son says stay in till spring -> rest is wrong
CLIENTS.append(client("h23", "en-CA", "83F, osteoporosis, broke a wrist on ice two winters ago, lives alone; glare ice and -22 C, son says stay in till spring; stir crazy",
    {"activity": "strength", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "Today: stay off the ice, but don't stay still: a home strength and balance session, 25 min, light to moderate, RPE 11-13 (you can talk comfortably). "
             "At the kitchen counter: sit-to-stands from a chair 2 x 10, heel raises 2 x 10-15, wall push-ups 2 x 10, side leg lifts, then balance: stand on one leg holding the counter, "
             "3 x 20-30 seconds each side, and heel-to-toe walking along it. Your son is right about the ice, not about staying in till spring: months indoors would cost you "
             "the strength and balance that protect you from the next fall and fracture. Walk laps of your home or hallway for 10 min a couple of times today. "
             "For your Tuesday and Thursday mall walks, take a door-to-door ride rather than the sidewalks, and use ice grippers on your boots. A personal alarm is worth having when you live alone. "
             "If you fall and can't get up or hurt your hip or wrist, call 911. Not medical advice.",
     "plan": ["Thu Strength and balance at the counter, light-moderate, 25 min, 2 sets x 10-15 + one-leg stands",
              "Fri Indoor walk (home or hallway), light, 2 x 10 min + tai chi video 15 min",
              "Sat Strength and balance at the counter, light-moderate, 25 min",
              "Sun Rest",
              "Mon Tai chi (video or class), light, 30 min (balance)",
              "Tue Mall walk, moderate, 30 min, RPE 12-13, only with a door-to-door ride; otherwise walk indoors",
              "Wed Strength and balance at the counter, light-moderate, 25 min"],
     "week": "Week: strength and balance 3 days, tai chi, indoor walking; outside only when the ground is free of ice, or by ride to the mall."},
    {"user": "h23", "age": 83, "sex": "female", "weight_kg": 52, "height_cm": 152, "conditions": ["hypertension"],
     "bp_systolic": 134, "bp_diastolic": 78, "fitness": "beginner", "goal": "stay independent", "preferences": ["walk", "tai_chi"],
     "context": {"time": "2026-01-22T10:00", "temperature_c": -22, "humidity_pct": 70, "wind_kmh": 20, "precipitation": "ice"},
     "notes": "Osteoporosis, broke my wrist on ice 2 winters ago. Live alone. I usually walk at the mall Tues and Thurs mornings but the sidewalks are glare ice and my son says I should just stay in till spring. I'm going a bit stir crazy.",
     "language": "en-CA"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
     "must_match": [r"(?i)(balance|tai chi|one[- ]leg|standing on one|heel[- ]to[- ]toe)",
                    r"(?i)(indoor|inside|at home|mall|counter|\bice\b|icy)",
                    r"(?i)(strength|sit[- ]to[- ]stand|squat|heel raise|resistance|weights|band)"],
     "must_not_match": [NOT_CA],
     "plan_must_match": [r"(?i)(strength|sit[- ]to[- ]stand)", r"(?i)(balance|tai chi|one[- ]leg)"]}))

# h24: 38F, 24 weeks, complete placenta praevia, no bleeding, doctor said no strenuous exercise; husband writes -> light walking only
CLIENTS.append(client("h24", "zh-CN", "38F, 24 weeks, complete placenta praevia on scan, no bleeding, doctor said avoid strenuous exercise; husband writes, asks about swimming, prenatal yoga and walks",
    {"activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
     "card": "今天：晚饭后平路散步20分钟，轻度，RPE 9-11（能轻松聊天），感觉累就停。"
             "你问游泳和孕妇瑜伽：完全性前置胎盘时，先别去游泳和上瑜伽课，也不要做力量训练、提重物或任何用力屏气的动作。"
             "ACOG把孕26周后的前置胎盘列为不宜做有氧锻炼的情况，在这之前也以医生的限制为准；“别做剧烈运动”具体包括哪些，下次产检请医生说清楚（散步、游泳、瑜伽、同房分别能不能做）。"
             "一旦出现阴道出血（哪怕不痛、量少）、腹痛或宫缩，立刻停下、躺下休息，马上去医院；出血多时拨打120。（本建议不是医疗建议。）",
     "plan": ["周日 散步，轻度，20分钟，RPE 9-11",
              "周一 散步，轻度，20分钟，RPE 9-11",
              "周二 休息",
              "周三 散步，轻度，20分钟，RPE 9-11",
              "周四 散步，轻度，20分钟（产检时问清楚医生的限制）",
              "周五 休息",
              "周六 散步，轻度，20分钟，RPE 9-11"],
     "week": "本周：只做轻松散步，不游泳、不上瑜伽课、不做力量训练；出血、腹痛或宫缩立刻就医。"},
    {"user": "h24", "age": 38, "sex": "female", "weight_kg": 60, "height_cm": 160, "conditions": ["pregnancy"], "fitness": "intermediate",
     "goal": "平安生产", "preferences": ["walk", "swim", "yoga"],
     "context": {"time": "2026-10-18T19:30", "temperature_c": 26, "humidity_pct": 70, "precipitation": "none", "aqi": 50},
     "notes": "我替我老婆问的。她怀孕24周，B超说是完全性前置胎盘，医生说别做剧烈运动，目前没有出血。她以前每周游泳两次，还想去游泳和上孕妇瑜伽课，可以吗？每天晚饭后散步行不行？",
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 30,
     "wrong_activities": ["run", "cycle", "swim", "strength", "elliptical", "stationary_bike", "brisk_walk"], "hr_zone_null": True,
     "must_match": [r"(出血|流血)",
                    r"([医醫]生|产检|產檢|产科|產科|[医醫]院)",
                    r"(游泳|瑜伽)"],
     "must_not_match": [NOT_CN_FOREIGN],
     "plan_must_match": [r"(散步|休息)"]}))
