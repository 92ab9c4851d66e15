"""Clients h13-h18 (literal data)."""
from common import ALL_BUT_REST, NOT_911, NOT_CA, NOT_120_TW, NOT_120_119_HK, NOT_CN_FOREIGN, client

CLIENTS = []

# h13: 13-year-old girl, period day 1, wants to sit out netball; her mum writes -> rest is wrong
CLIENTS.append(client("h13", "en-NZ", "13F, periods for 6 months, day 1 today with cramps, wants to skip netball Tue/Thu; her mum writes and asks if she should rest on her period",
    {"activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "Today: an easy walk or bike ride, 30 min, light to moderate (she can chat the whole way, RPE about 11-12), then some gentle stretches. "
             "You asked whether she should rest on her period: no, there's no medical reason to sit the week out. Moving usually eases cramps, and netball on Tuesday and Thursday "
             "is fine if she feels up to it; she can take it easier for the first part. For the cramps: ibuprofen or paracetamol as the packet says about 30-60 min before training, "
             "and a heat pack afterwards. For leaking: period undies or a pad with dark shorts, or a tampon if she's comfortable, a spare in her bag and a toilet stop before training. "
             "Kids her age need about 60 min of activity a day. See the GP if the pain makes her miss school, painkillers don't help, she soaks a pad every 1-2 hours, or she feels faint. "
             "Not medical advice; in an emergency call 111.",
     "plan": ["Mon Walk or bike ride, light-moderate, 30 min, chatting pace",
              "Tue Netball training, moderate to vigorous, 60 min (take it easier early if crampy)",
              "Wed Bike ride or play, moderate, 45 min",
              "Thu Netball training, moderate to vigorous, 60 min",
              "Fri Walk to school and play, moderate, 40 min + 10 min stretches",
              "Sat Active day out (swim, bike, games), moderate to vigorous, 60 min",
              "Sun Easy day: a walk with the family"],
     "week": "Week: about an hour a day of activity counting netball, play and walking; netball twice; a period is no reason to stop."},
    {"user": "h13", "age": 13, "sex": "female", "weight_kg": 46, "height_cm": 155, "fitness": "intermediate",
     "goal": "keep playing netball", "preferences": ["walk", "cycle"],
     "context": {"time": "2026-03-16T16:00", "temperature_c": 21, "humidity_pct": 65, "wind_kmh": 15, "precipitation": "none"},
     "notes": "I'm her mum writing. Mia is 13, got her period about 6 months ago. Day 1 today and she wants to skip netball training tomorrow + Thurs and sit the week out because of cramps and she's worried about leaking. Should she rest on her period?",
     "language": "en-NZ"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 90,
     "wrong_activities": ["rest"], "hr_zone_null": True,
     "must_match": [r"(?i)netball",
                    r"(?i)(cramp|pain|period|menstrua)",
                    r"(?i)(leak|pad|undies|underwear|tampon|cup|heat|hot water|ibuprofen|paracetamol|pain ?relief|painkill)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)netball"]}))

# h14: 44F, years of heavy periods, breathless on stairs, palpitations, near-faint on the MTR -> must rest, blood test
CLIENTS.append(client("h14", "zh-HK", "44F, heavy periods for years, breathless on stairs, racing heart, nearly fainted on the MTR (dizziness, palpitations ticked); wants her 10 km run club tonight (Cantonese)",
    {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
     "card": "今日：唔好去跑10公里，休息。行樓梯都喘、心跳好快、前日差啲暈低，加上長期經血量大，好可能係缺鐵性貧血，而且唔輕；"
             "血紅素低嘅時候跑步，心臟要更加大力泵血，容易暈倒或者出事。"
             "請盡快（今日或聽日）睇家庭醫生或者婦科，驗血（血紅素、鐵蛋白），同時查經血過多嘅原因。"
             "如果真係暈低、胸口痛、休息都好喘或者心跳唔停，即刻打999。"
             "未驗血之前只做日常活動；補鐵、貧血改善之後可以由慢跑慢慢返去。（本建議不是醫療建議。）",
     "plan": ["週五 休息：唔去跑班；盡快約醫生驗血",
              "週六 休息：日常活動就得",
              "週日 休息：等驗血結果",
              "週一 休息，或者慢慢散步10-15分鐘（唔暈先好）",
              "週二 按醫生意見",
              "週三 按醫生意見",
              "週四 按醫生意見：貧血改善之後先由散步、慢跑返去"],
     "week": "本週：先驗血搵原因，唔跑步、唔做劇烈運動；暈低、胸痛即刻打999。"},
    {"user": "h14", "age": 44, "sex": "female", "weight_kg": 58, "height_cm": 158, "resting_hr": 96, "fitness": "intermediate",
     "goal": "繼續跑步", "preferences": ["run", "swim"], "symptoms": ["dizziness", "palpitations"],
     "context": {"time": "2026-10-09T13:00", "temperature_c": 28, "humidity_pct": 75, "precipitation": "none", "aqi": 48},
     "notes": "經期好多年都好大量，一日換十幾塊。最近行樓梯都好喘，心跳得好快，前日喺港鐵差啲暈低，扶住欄杆先冇事。朋友話我面色好青白，可能貧血啩。今晚約咗跑班跑10公里，去唔去得？",
     "language": "zh-HK"},
    {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
     "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
     "must_match": [r"(貧血|贫血|鐵|铁|血紅|血红|暈|晕)",
                    r"([醫医]生|驗血|验血|婦科|妇科|睇|就[醫医]|999|急症|急診|急诊)"],
     "must_not_match": [NOT_120_119_HK],
     "plan_must_match": [r"([醫医]生|驗血|验血)"]}))

# h15: 20 weeks with twins, fit, consultant said "a bit easier"; asks about her intense spin class
CLIENTS.append(client("h15", "en-IE", "38F, 20 weeks with twins, scans fine, stopped running at 14 weeks; asks whether she can still do her intense 45-min spin class",
    {"activity": "stationary_bike", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "Today: go to spin but ride it your own way: 40 min, moderate, RPE 12-13 (talk test: full sentences); sit out the sprints and standing climbs and keep the resistance moderate. "
             "You asked if you can still do spin: yes, a stationary bike is one of the best choices with twins, no impact and no fall risk, but not at class intensity any more; "
             "with a twin pregnancy your consultant's \"a bit easier\" means moderate, not intense. Bring water, stay cool, leave early if you tire. "
             "Keep 2 short strength sessions (not lying flat on your back) and daily pelvic floor work. "
             "Stop and ring the maternity unit if you get bleeding, fluid leaking, regular tightenings or contractions, dizziness, headache, chest pain or calf swelling; "
             "ask your consultant at the next visit how long to keep this going, as many twin pregnancies cut back from about 28 weeks. Emergencies: call 112 or 999. Not medical advice.",
     "plan": ["Thu Spin class, moderate, 40 min, RPE 12-13, no sprints or standing climbs",
              "Fri Strength, moderate, 25 min, 2 sets x 10-12, seated or standing; pelvic floor",
              "Sat Swim, moderate, 30 min, RPE 12-13",
              "Sun Rest",
              "Mon Stationary bike, moderate, 35 min, RPE 12-13",
              "Tue Strength, moderate, 25 min, 2 sets x 10-12; pelvic floor",
              "Wed Swim, moderate, 30 min, RPE 12-13"],
     "week": "Week: about 135 min moderate (bike and swim), strength 2 days, pelvic floor daily; no running, nothing intense."},
    {"user": "h15", "age": 38, "sex": "female", "weight_kg": 68, "height_cm": 170, "conditions": ["pregnancy"], "fitness": "advanced",
     "goal": "stay fit for the twins", "preferences": ["stationary_bike", "swim", "run"],
     "history": [{"activity": "stationary_bike", "minutes": 45, "days_ago": 2, "rpe": 14},
                 {"activity": "swim", "minutes": 30, "days_ago": 4, "rpe": 12},
                 {"activity": "stationary_bike", "minutes": 45, "days_ago": 6, "rpe": 14}],
     "context": {"time": "2026-05-07T18:00", "temperature_c": 13, "humidity_pct": 85, "wind_kmh": 25, "precipitation": "rain"},
     "notes": "20 weeks with twins, all scans fine so far. Stopped running at 14 wks as it felt heavy. Consultant said 'take it a bit easier' but no restrictions. Can I still do my 45 min spin class tonight? Its usually pretty intense",
     "language": "en-IE"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["run", "cycle"], "hr_zone_null": True,
     "must_match": [r"(?i)(spin|bike|cycl)",
                    r"(?i)(moderate|easier|talk|RPE|conversation|sentences)",
                    r"(?i)(bleed|fluid|leak|contraction|tighten|dizz|headache|calf)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)(strength|resistance|weights|pelvic floor)"]}))

# h16: 58M, hypertension on amlodipine, 152/94 this morning, walks with his wife; asks about joining the runners -> rest is wrong
CLIENTS.append(client("h16", "zh-CN", "58M, hypertension on amlodipine (152/94 this morning), beginner, walks with his menopausal wife; asks if he can join the park runners",
    {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": [108, 125],
     "card": "今天：和老伴一起快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌），心率约108-125次/分。"
             "你问能不能跟着跑步：先不跑。今早152/94 mmHg属于2级高血压范围，这个阶段保持中等强度最稳妥；规律快走每周150分钟以上，收缩压一般能降5-7 mmHg左右。"
             "先快走4-6周，血压稳定在140/90以下、医生同意后，再试走跑交替。每周加2天力量训练（弹力带、靠墙深蹲），用力时呼气，不要憋气。"
             "早上血压偏高，出门先慢走热身5分钟再加速；结束时慢走5分钟整理，别突然停下。"
             "如果运动中胸口发闷、有压迫感、头晕或心慌，立即停下；休息不缓解就拨打120。（本建议不是医疗建议。）",
     "plan": ["周六 快走，中等强度，30分钟，RPE 12-13，心率约108-125次/分",
              "周日 力量训练，中等强度，20分钟，1-2组×10-15次，用力时呼气",
              "周一 快走，中等强度，30分钟，RPE 12-13",
              "周二 快走，中等强度，35分钟，RPE 12-13",
              "周三 力量训练，中等强度，20分钟，1-2组×10-15次，不憋气",
              "周四 快走，中等强度，35分钟，RPE 12-13",
              "周五 休息"],
     "week": "本周：快走约130分钟（逐步到150），力量2天；保持中等强度，继续测血压。"},
    {"user": "h16", "age": 58, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 72, "conditions": ["hypertension"],
     "bp_systolic": 152, "bp_diastolic": 94, "fitness": "beginner", "goal": "降血压，少吃点药", "preferences": ["brisk_walk", "cycle"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 10},
                 {"activity": "walk", "minutes": 25, "days_ago": 5, "rpe": 11}],
     "context": {"time": "2026-04-25T06:30", "temperature_c": 12, "humidity_pct": 45, "wind_kmh": 10, "precipitation": "none", "aqi": 60},
     "notes": "老伴最近更年期睡不好，我陪她早上出来走走。我自己高血压吃氨氯地平两年了，今早量152/94。医生让我多运动，能不能跟着公园里的人一起跑步？",
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["rest", "run"], "hr_zone_null": False,
     "must_match": [r"(血压|血壓)",
                    r"跑",
                    r"(RPE|[说說][话話]|心率|中等)"],
     "must_not_match": [NOT_CN_FOREIGN],
     "plan_must_match": [r"(力量|弹力|彈力|阻力)"]}))

# h17: 72F, two years after breast cancer, lymphoedema sleeve, letrozole, osteopenia; afraid weights will swell the arm -> rest is wrong
CLIENTS.append(client("h17", "en-AU", "72F, 2 years after mastectomy and node removal, mild lymphoedema (sleeve), letrozole joint aches, osteopenia; afraid weights will swell her arm",
    {"activity": "strength", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "Today: strength session, 30 min, light to moderate: RPE 11-13, able to talk. You're worried weights will make the arm swell: the evidence says otherwise. "
             "Slowly progressed strength training does not cause or worsen lymphoedema and often helps it (the PAL trial), and it's one of the best things for letrozole joint aches and osteopenia. "
             "How: wear your sleeve, start with very light weights or a band, 1-2 sets x 10-15 (sit-to-stands from a chair, wall push-ups, band rows, step-ups, heel raises), "
             "and add load only a little every 1-2 weeks if the arm is unchanged. Watch the arm: more swelling, heaviness or tightness that lasts to the next day means drop back and tell your lymphoedema physio. "
             "Keep your 30-min walks and add balance (standing on one leg at the kitchen bench, tai chi). Ask your oncologist about an exercise physiologist or oncology rehab program. "
             "New redness, heat or fever in the arm can be cellulitis: see a doctor the same day. In an emergency call 000. Not medical advice.",
     "plan": ["Tue Strength, light-moderate, 30 min, 1-2 sets x 10-15, sleeve on + balance 10 min",
              "Wed Walk, moderate, 30 min, RPE 12-13",
              "Thu Tai chi, light, 30 min (balance)",
              "Fri Strength, light-moderate, 30 min, 1-2 sets x 10-15 + balance 10 min",
              "Sat Walk, moderate, 35 min, RPE 12-13",
              "Sun Rest",
              "Mon Walk, moderate, 30 min + one-leg balance at the bench"],
     "week": "Week: walking about 95 min plus tai chi, strength 2 days, balance 3 days; progress the weights slowly, sleeve on, watch the arm."},
    {"user": "h17", "age": 72, "sex": "female", "weight_kg": 66, "height_cm": 160, "fitness": "beginner",
     "goal": "get stronger, keep my bones", "preferences": ["walk", "tai_chi", "swim"],
     "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 11},
                 {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 11},
                 {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 11}],
     "context": {"time": "2026-04-21T09:00", "temperature_c": 19, "humidity_pct": 60, "wind_kmh": 12, "precipitation": "none", "aqi": 30},
     "notes": "Breast cancer 2 yrs ago, mastectomy and 12 nodes out on the right. Mild lymphoedema in that arm, I wear a sleeve. On letrozole, my joints ache and the scan says osteopenia. Oncologist says exercise but I'm frightened weights will make the arm swell up. Walk 30 min most days.",
     "language": "en-AU"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
     "wrong_activities": ["rest", "run"], "hr_zone_null": False,
     "must_match": [r"(?i)(strength|weights|resistance|band)",
                    r"(?i)(lymph|sleeve|swell)",
                    r"(?i)(slow|gradual|light|progress|build)"],
     "must_not_match": [NOT_911],
     "plan_must_match": [r"(?i)(balance|tai chi|one[- ]leg)",
                         r"(?is)(strength|weights|resistance).*(strength|weights|resistance)"]}))

# h18: 16M school basketball team, wants to lift; mum says lifting stunts growth; asks about protein powder -> rest is wrong
CLIENTS.append(client("h18", "zh-SG", "16M, school basketball team Tue/Thu/Sat, wants to build muscle in the school gym; asks whether lifting stunts growth and about protein powder; 31 C humid",
    {"activity": "strength", "minutes": 45, "intensity": "moderate", "hr_zone_bpm": None,
     "card": "今天：学校健身房力量训练，约45分钟，中等强度，RPE 12-14，每组留2-3次余力，能说短句。"
             "你问16岁练举重会不会长不高：不会。有人指导、动作标准、循序渐进的力量训练不会伤害生长板，也不影响身高；受伤多半来自动作错误或重量太大。"
             "先请体育老师或教练教动作，用自重或轻重量练好深蹲、轻重量硬拉、俯卧撑、划船、弓步，2-3组×8-12次，动作稳定后每周加一点重量，不做单次最大重量。"
             "每周练2-3天，避开篮球训练的前一天练腿。蛋白粉不是必需的：三餐有鸡蛋、牛奶、豆腐、鱼或肉，训练后加一杯牛奶就够了。"
             "今天31°C很闷热，健身房如果没有冷气，多喝水、多休息。如果头晕、胸痛或心跳乱，立刻停下；紧急情况拨打995。（本建议不是医疗建议。）",
     "plan": ["周一 力量训练（全身），中等强度，45分钟，2-3组×8-12次，有人指导",
              "周二 篮球训练（校队），约120分钟",
              "周三 力量训练（全身），中等强度，40分钟，2-3组×8-12次",
              "周四 篮球训练（校队），约120分钟",
              "周五 休息，或轻松投篮、拉伸20分钟",
              "周六 篮球训练（校队），约120分钟",
              "周日 休息"],
     "week": "本周：篮球3次（约6小时）加力量2天；不做最大重量，动作先于重量；多喝水。"},
    {"user": "h18", "age": 16, "sex": "male", "weight_kg": 58, "height_cm": 176, "fitness": "intermediate",
     "goal": "增肌，打篮球更有力", "preferences": ["strength", "run"],
     "context": {"time": "2026-07-06T17:00", "temperature_c": 31, "humidity_pct": 78, "wind_kmh": 8, "precipitation": "none", "aqi": 40},
     "notes": "校队打篮球，每周二四六练球两小时。我妈说16岁练举重会长不高，是真的吗？学校有健身房，今天想去练。要不要喝蛋白粉？",
     "language": "zh-SG"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 75,
     "wrong_activities": ["rest"], "hr_zone_null": False,
     "must_match": [r"(长不高|長不高|身高|生长|生長|长高|長高|骨骺|发育|發育)",
                    r"蛋白",
                    r"(教练|教練|老师|老師|指导|指導|动作|動作|技术|技術|姿势|姿勢)"],
     "must_not_match": [NOT_120_TW],
     "plan_must_match": [r"(篮球|籃球)", r"(力量|举重|舉重|重量)"]}))
