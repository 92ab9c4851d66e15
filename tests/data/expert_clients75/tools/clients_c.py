"""Clients h13-h18 (literal data)."""
from common import *

CLIENTS = []

# h13 zh-SG: 41 F beginner, 78 kg, goal "想减肥" and nothing else -> brisk walk + strength in the week (rest wrong)
CLIENTS.append({
 "id": "h13", "lang": "zh-SG",
 "who": "41岁女性，78公斤，初学者，只填了目标“想减肥”",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。按你78公斤算，大约消耗176千卡（4.3 MET）。\n"
           "怎么做：晚饭前或饭后一小时走，组屋楼下、公园连道都可以；5分钟慢走热身，20分钟快走，5分钟放松。\n"
           "为什么：减重主要靠饮食（每天少吃约300-500千卡）；运动帮你多消耗热量、保住肌肉，减下来以后也不容易反弹。目标是每周150-300分钟中等强度，加2天力量训练（WHO 2020）。\n"
           "我的假设：你只写了目标，所以我按平时很少运动、没有慢性病或关节痛来安排。如果膝盖痛，或者有高血压、糖尿病，告诉我，我会换成更合适的运动。\n"
           "注意：出现胸痛、头晕、心慌立即停下；紧急情况请拨打995。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周三 快走，中等强度，30分钟，RPE 12-13",
           "周四 力量训练，中等强度，20分钟：深蹲到椅子、靠墙俯卧撑、弹力带划船，2组×12次",
           "周五 快走，中等强度，30分钟",
           "周六 快走或游泳，中等强度，40分钟",
           "周日 休息",
           "周一 力量训练，中等强度，20分钟，2组×12次；快走15分钟",
           "周二 快走，中等强度，35分钟"],
  "week": "本周：中等强度有氧约150分钟，力量2天；每周加一点，慢慢到每周200-300分钟。"},
 "profile": {"age": 41, "sex": "female", "weight_kg": 78, "height_cm": 160, "fitness": "beginner",
             "goal": "想减肥", "language": "zh-SG",
             "context": {"time": "2026-03-11T18:45", "temperature_c": 29}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest"], "hr_zone_null": False,
            "must_match": [r"减|減|体重|體重|热量|熱量|千卡|卡路里|饮食|飲食|脂肪"],
            "must_not_match": [ZH_NO120],
            "plan_must_match": [r"力量|肌力|深蹲|俯卧撑|俯臥撐|哑铃|啞鈴|弹力带|彈力帶"]},
})

# h14 zh-SG: 62 M type 2 diabetes, glucose 74 mg/dl, "下雨了" -> carbs first, then indoors
CLIENTS.append({
 "id": "h14", "lang": "zh-SG",
 "who": "62岁男性，2型糖尿病，平时快走，血糖74 mg/dl填在字段里，备注只有“下雨了”",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：先吃点东西，再在室内快走30分钟，中等强度，RPE 12-13（能说整句话）。\n"
           "血糖：你填的血糖74 mg/dl（4.1 mmol/L），低于5.0 mmol/L：运动前先吃15-30克碳水（比如一片面包加一杯美禄，或一根香蕉），15分钟后再测，升到5.0以上再开始（ADA 2016）。身上带几颗糖或一盒果汁。\n"
           "下雨：改在室内走，比如商场、组屋走廊；或者在家做力量训练（坐下站起、靠墙俯卧撑、弹力带划船，2组×12次）。\n"
           "会改变建议的一件事：你是不是在打胰岛素，或者吃磺脲类药（比如格列齐特）？如果是，运动前后都要测血糖，低于4.0要先处理。\n"
           "注意：发抖、冒冷汗、心慌、头晕是低血糖的表现：马上停下吃糖；情况严重请拨打995。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周六 先吃15-30克碳水，再室内快走，中等强度，30分钟，RPE 12-13",
           "周日 快走，中等强度，30分钟（下雨就去商场走）",
           "周一 力量训练，中等强度，20分钟，2组×12次",
           "周二 快走，中等强度，30分钟，饭后走",
           "周三 休息",
           "周四 快走，中等强度，35分钟；力量15分钟",
           "周五 快走，中等强度，30分钟"],
  "week": "本周：快走约155分钟，力量2天；每次运动前测血糖，低于5.0先吃东西。"},
 "profile": {"age": 62, "sex": "male", "weight_kg": 70, "conditions": ["diabetes"], "glucose_mg_dl": 74,
             "fitness": "intermediate", "preferences": ["brisk_walk"], "notes": "下雨了", "language": "zh-SG",
             "context": {"time": "2026-06-13T16:00", "temperature_c": 27, "precipitation": "rain"}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["cycle"], "hr_zone_null": False,
            "must_match": [r"血糖",
                           r"碳水|吃|零食|加餐|饼干|餅乾|果汁|香蕉|面包|麵包|糖果|葡萄糖|15.{0,4}30\s*(?:克|g)",
                           r"室内|室內|商场|商場|在家|家里|家裡|屋里|屋裡|走廊|雨"],
            "must_not_match": [ZH_NO120],
            "plan_must_match": []},
})

# h15 zh-CN: 16 F school runner, logged a week nearly 3x her usual, notes "累" -> easy day, explain the spike
CLIENTS.append({
 "id": "h15", "lang": "zh-CN",
 "who": "16岁女生，校队中长跑，最近7天跑了6次（是前几周的近3倍），备注只有“累”",
 "call": {
  "activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": ("今天：放松日。散步或慢慢拉伸20分钟，轻松，RPE 9-11（能轻松聊天），不跑。\n"
           "为什么累：你最近7天跑了6次、约335分钟，多数RPE 15以上；前三周每周大约只有120分钟。训练量一下子到了平时的近3倍，急性/慢性负荷比远高于1.5，疲劳和受伤风险都明显上升（Gabbett 2016）。\n"
           "接下来：明后天也以轻松为主，之后每周增加不超过约10%，每周留一天完全休息。\n"
           "我想知道的一件事：是只有腿累，还是整天没精神、睡不好、月经量大、头晕或者最近生过病？后面几种要跟家长说，去医院查一下（比如贫血）。\n"
           "注意：跑步时胸痛、心慌、晕倒要立即停下并就医；紧急情况拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周四 散步或拉伸，轻松，20分钟，RPE 9-11",
           "周五 休息",
           "周六 轻松跑，中等强度，30分钟，RPE 11-12",
           "周日 散步或骑车，轻松，30分钟",
           "周一 轻松跑，中等强度，35分钟；力量（核心、单腿）15分钟",
           "周二 休息",
           "周三 轻松跑，中等强度，35分钟，RPE 12"],
  "week": "本周：跑步约100分钟，先把疲劳降下来；下周在120分钟的基础上每周加不超过10%。"},
 "profile": {"age": 16, "sex": "female", "weight_kg": 50, "fitness": "advanced", "preferences": ["run"],
             "history": [{"activity": "run", "minutes": 60, "days_ago": 1, "rpe": 15},
                         {"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 14},
                         {"activity": "run", "minutes": 70, "days_ago": 3, "rpe": 16},
                         {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 15},
                         {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 16},
                         {"activity": "run", "minutes": 50, "days_ago": 6, "rpe": 15},
                         {"activity": "run", "minutes": 40, "days_ago": 8, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 10, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 12, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 15, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 17, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 19, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 22, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 24, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 26, "rpe": 13}],
             "notes": "累", "language": "zh-CN",
             "context": {"time": "2026-03-12T17:30", "temperature_c": 14}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 40,
            "wrong_activities": ["run"], "hr_zone_null": False,
            "must_match": [r"累|疲",
                           r"休息|恢复|恢復|轻松|輕鬆|放松|放鬆",
                           r"增加|加量|加得|太快|太多|突然|负荷|負荷|训练量|訓練量|跑量|1\.5|翻|倍"],
            "must_not_match": [],
            "plan_must_match": [r"休息"]},
})

# h16 zh-TW: 38 M advanced runner, goal sub-2 half, no notes, thunderstorm at 18:30 -> indoors (treadmill or strength)
CLIENTS.append({
 "id": "h16", "lang": "zh-TW",
 "who": "38歲男性跑者，目標半馬跑進兩小時，沒寫備註；傍晚6點半打雷下雨",
 "call": {
  "activity": "run", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：打雷下雨，不要在戶外跑。改到室內：跑步機輕鬆跑40分鐘，中等強度，RPE 12-13（可以講完整句子）；沒有跑步機就在家做30分鐘跑者肌力（弓步蹲、單腳橋式、側棒式，各3組×10-12次）。\n"
           "為什麼：閃電後30秒內聽到雷聲就該待在室內，最後一聲雷後30分鐘才出門（30-30原則）；濕滑路面也容易扭傷。\n"
           "你的目標半馬跑進2小時（配速約5分41秒/公里）：每週4次跑步，其中1次長跑、1次節奏跑就夠；今天是輕鬆跑，不要在跑步機上補強度。\n"
           "會改變建議的一件事：今天原本排的是什麼課（間歇、節奏跑還是長跑）？如果是長跑，就移到週末天氣好的時候。\n"
           "注意：胸痛、頭暈、心悸時停下；緊急情況撥打119。\n"
           "（本建議不是醫療建議。）"),
  "plan": ["週三 跑步機輕鬆跑，中等，40分鐘，RPE 12-13（雷雨，室內）",
           "週四 肌力訓練，中等，30分鐘，3組×10-12次",
           "週五 節奏跑，費力，45分鐘（含20分鐘半馬配速約5分40秒/公里），RPE 15-16",
           "週六 休息",
           "週日 長跑，輕鬆，80分鐘，RPE 12-13",
           "週一 休息",
           "週二 間歇跑，費力，50分鐘：6×800公尺，RPE 16，組間慢跑2分鐘"],
  "week": "本週：跑步4次約215分鐘，肌力1次；戶外跑等雷雨停後30分鐘。"},
 "profile": {"age": 38, "sex": "male", "resting_hr": 52, "fitness": "advanced", "preferences": ["run"],
             "goal": "半馬跑進兩小時",
             "history": [{"activity": "run", "minutes": 45, "days_ago": 1, "rpe": 12},
                         {"activity": "run", "minutes": 70, "days_ago": 3, "rpe": 13},
                         {"activity": "run", "minutes": 45, "days_ago": 5, "rpe": 15},
                         {"activity": "run", "minutes": 40, "days_ago": 6, "rpe": 12},
                         {"activity": "run", "minutes": 45, "days_ago": 8, "rpe": 12},
                         {"activity": "run", "minutes": 65, "days_ago": 10, "rpe": 13},
                         {"activity": "run", "minutes": 45, "days_ago": 12, "rpe": 15},
                         {"activity": "run", "minutes": 40, "days_ago": 13, "rpe": 12}],
             "language": "zh-TW",
             "context": {"time": "2026-05-06T18:30", "temperature_c": 26, "precipitation": "rain", "thunder": True}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 90,
            "wrong_activities": ["cycle"], "hr_zone_null": False,
            "must_match": [r"雷|闪电|閃電",
                           r"室内|室內|跑步机|跑步機|健身房|在家|屋内|屋內|家里|家裡"],
            "must_not_match": [ZH_NO120],
            "plan_must_match": []},
})

# h17 zh-HK: 55 F, "腰又痛 唔想郁" -> ordinary low back pain: keep moving gently; asks about red flags (rest wrong)
CLIENTS.append({
 "id": "h17", "lang": "zh-HK",
 "who": "55歲女性，初學者，用廣東話打“腰又痛 唔想郁”",
 "call": {
  "activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": ("今日：照樣郁下，不過輕鬆啲：散步20分鐘，輕至中等，RPE 10-12（可以一路行一路傾偈），行完做5分鐘溫和伸展（貓牛式、抱膝）。\n"
           "點解唔好成日瞓喺床：一般腰痛，保持活動比臥床好得快；完全唔郁，肌肉會更僵、更痛。痛楚唔超過10分入面嘅3至4分、行完冇更差，就啱。\n"
           "暫時避免：搬重嘢、彎腰扭身、跑跳。\n"
           "我假設係你以前都試過嘅普通腰痛（你話「又」痛）。會改變建議嘅一件事：有冇腳痺、腳無力、大小便唔受控制，或者發燒、跌親之後先痛？有任何一樣，今日就要睇醫生；大小便失禁或者腳突然無力，就即刻打999或者去急症室。\n"
           "（本建議唔係醫療建議。）"),
  "plan": ["週日 散步，輕鬆，20分鐘，RPE 10-12；溫和伸展5分鐘",
           "週一 散步，輕鬆，20分鐘；伸展5分鐘",
           "週二 水中步行或游水，中等，25分鐘（如果有泳池）",
           "週三 散步，中等，25分鐘；核心（橋式、鳥狗式）2組×10次",
           "週四 休息或慢行",
           "週五 散步，中等，30分鐘",
           "週六 瑜伽或伸展，輕鬆，20分鐘；核心2組×10次"],
  "week": "本週：每日都郁少少，走路約120分鐘，加核心練習；痛楚減少就慢慢加長時間。"},
 "profile": {"age": 55, "sex": "female", "fitness": "beginner", "notes": "腰又痛 唔想郁", "language": "zh-HK",
             "context": {"time": "2026-10-04T11:00", "temperature_c": 28}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
            "wrong_activities": ["rest", "run"], "hr_zone_null": False,
            "must_match": [r"腰|背",
                           r"痺|痹|麻|無力|无力|大小便|失禁|發燒|发烧|發熱|发热|跌"],
            "must_not_match": [ZH_NO120_119],
            "plan_must_match": []},
})

# h18 en-AU: 44 M runner, "knee again" -> no run today; bike or pool, pain rules, ask about swelling/locking
CLIENTS.append({
 "id": "h18", "lang": "en-AU",
 "who": "44-year-old man who runs 3 times a week; types 'knee again' at 6 am",
 "call": {
  "activity": "stationary_bike", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": [104, 127],
  "card": ("Today: skip the run. 35 minutes on a stationary bike (or a pool session), moderate, RPE 12-13, heart rate about 104-127 bpm; ease off if the knee grumbles.\n"
           "Why: 'again' says this keeps coming back, and running on an irritated knee usually keeps it going. The bike or the pool keeps your fitness with far less load through the knee.\n"
           "Rule of thumb: pain up to 3/10 during, and settled by the next morning, is OK; more than that, back off.\n"
           "The one thing that changes this: is the knee swollen, locking or giving way, or did it start with a twist or a fall? Any of those, see a GP or physio before you run again. Even without them, a physio can work out why it keeps recurring (often hip and quad strength, or a jump in kilometres).\n"
           "Back to running: once stairs and a single-leg squat are pain-free, start with 20 minutes easy on the flat.\n"
           "Emergency: call 000 for chest pain or collapse.\n"
           "Not medical advice."),
  "plan": ["Wed stationary bike, moderate, 35 min, RPE 12-13, 104-127 bpm",
           "Thu strength: hip and quad work (step-downs, bridges, side planks), 25 min, 3 x 10-12",
           "Fri swim or bike, moderate, 40 min",
           "Sat easy run, 20 min on the flat, only if stairs are pain-free; otherwise bike 40 min",
           "Sun rest",
           "Mon strength, 25 min, 3 x 10-12; bike 20 min",
           "Tue easy run, 25 min, if Saturday's was pain-free; otherwise bike"],
  "week": "Week: mostly bike and pool while the knee settles, strength 2 days, two short easy runs only if pain-free."},
 "profile": {"age": 44, "sex": "male", "weight_kg": 80, "resting_hr": 56, "fitness": "intermediate",
             "preferences": ["run"],
             "history": [{"activity": "run", "minutes": 45, "days_ago": 1, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 3, "rpe": 13},
                         {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 8, "rpe": 13},
                         {"activity": "run", "minutes": 40, "days_ago": 10, "rpe": 13},
                         {"activity": "run", "minutes": 55, "days_ago": 12, "rpe": 13}],
             "notes": "knee again", "language": "en-AU",
             "context": {"time": "2026-04-22T06:00", "temperature_c": 14}},
 "expect": {"must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 75,
            "wrong_activities": ["run"], "hr_zone_null": False,
            "must_match": [r"(?i)knee",
                           r"(?i)bike|cycl|swim|pool|water|elliptical|cross-?trainer|low.impact|skip (?:the |your |today's )?run|no run|not run|don't run|avoid running|instead of (?:a |the |your )?run"],
            "must_not_match": [EN_NO911],
            "plan_must_match": []},
})
