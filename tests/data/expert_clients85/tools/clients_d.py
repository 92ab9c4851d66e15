"""h19-h24 (Chinese). Literal data."""
from common import client, ALL_BUT_REST, ZH_NO_120, ZH_HK_WRONG

CLIENTS = []

# h19 zh-CN: T10 paraplegic wheelchair user, shoulder pain and a non-blanching red mark over the tailbone (stage 1 pressure injury), wants an hour a day on a handbike
CLIENTS.append(client(
    "h19", "zh-CN",
    "50M, T10 complete paraplegia 5 years, manual wheelchair, 90 kg wants to lose weight; right shoulder pain with transfers and pushing uphill; wife found a red mark over the tailbone that does not blanch (stage 1 pressure injury); wants a handbike an hour a day",
    {"activity": "strength", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
     "card": ("今天：躺着做肩部稳定力量训练（不坐在轮椅上做），轻到中等强度，约20分钟，RPE 11-13（能说整句话）："
              "侧躺或趴着，用弹力带做肩外旋、肩胛后缩（划船动作），趴着做抬手“Y”和“T”，各2组×12-15次，在不痛的范围内。\n"
              "最要紧的是尾骨那块红：按了不变白，是压疮（压力性损伤）1期——皮肤还没破，但下面的组织已经受伤；你没有感觉，它可能很快破溃。"
              "从今天起：尽量减少坐的时间，在床上侧卧或趴着，至少每2小时翻身；坐着时每15-30分钟撑起或身体前倾、侧倾减压1-2分钟；检查坐垫是否漏气、压平；"
              "这周请社区医生或伤口护士看一下。红印消退前，不要长时间坐着运动。\n"
              "手摇车：等红印完全消退、肩膀不痛了再开始，先每次20-30分钟，不要一上来每天一小时。\n"
              "肩痛：推轮椅和转移让肩前侧的肌肉超负荷，练后背和肩袖（拉的动作）能保护肩膀。暂时不做过头推举和双杠臂屈伸；转移时用转移板，上坡请人帮推。肩痛两周不好或夜里痛醒，请看康复科。\n"
              "减重主要靠饮食，运动帮助保持肌肉和体能。\n"
              "（本建议不是医疗建议。）"),
     "plan": ["周四 躺着做肩部稳定力量训练，20分钟，RPE 11-13；每2小时翻身，坐时每15-30分钟减压",
              "周五 休息；请社区医生或伤口护士看尾骨的红印",
              "周六 侧躺或趴着做弹力带划船和肩外旋，20分钟",
              "周日 休息；趴着做胸部和肩前侧拉伸10分钟",
              "周一 肩部和背部力量训练20分钟（减少坐姿时间）",
              "周二 休息",
              "周三 红印消退且肩不痛：坐姿上肢有氧（手摇车或手摇功率车）15-20分钟，RPE 12-13；否则继续躺姿力量训练"],
     "week": "本周：先处理压疮和肩痛——3次躺姿肩部力量训练，减少坐的时间；红印消退、肩不痛后再从每次20分钟的手摇车开始。"},
    {"age": 50, "sex": "male", "weight_kg": 90, "height_cm": 175, "resting_hr": 70, "fitness": "beginner",
     "goal": "减肥", "preferences": ["strength"],
     "context": {"time": "2026-01-15T15:00", "temperature_c": 20, "precipitation": "none"},
     "notes": ("胸10完全性截瘫5年 坐轮椅 体重90公斤想减肥 最近右肩膀疼 上床转移和推轮椅上坡都疼 晚上压着睡也疼 "
               "还有昨天老婆说我屁股尾骨那有块红的 按了不变白 不疼(反正也没感觉) 想买个手摇车每天摇一小时"),
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 30,
     "wrong_activities": ["run", "brisk_walk", "walk", "elliptical", "cycle", "stationary_bike"], "hr_zone_null": False,
     "must_match": [r"(压疮|壓瘡|压力性损伤|壓力性損傷|褥疮|褥瘡|受压|受壓|减压|減壓|不变白|不變白|红印|紅印)",
                    r"肩",
                    r"(翻身|侧卧|側臥|侧躺|側躺|趴|俯卧|俯臥|减少坐|減少坐|少坐|离开轮椅|離開輪椅|撑起|撐起|前倾|前傾)"],
     "must_not_match": [],
     "plan_must_match": [r"肩"]}))

# h20 zh-TW: Parkinson's on levodopa with drug-related orthostatic hypotension (already assessed), afraid to go back to morning tai chi -> tai chi with water, slow rising, chair nearby; rest is wrong
CLIENTS.append(client(
    "h20", "zh-TW",
    "70M, Parkinson's disease 5 years on levodopa; dizziness and greying vision on standing up in the morning, diagnosed by his doctor as drug-related orthostatic hypotension, dose adjusted, never fainted; stopped his daily park tai chi out of fear",
    {"activity": "tai_chi", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
     "card": ("今天：太極，輕到中等強度，約30分鐘，RPE 11-13（能說整句話）。不要一起床就出門：起床後先坐在床邊1-2分鐘，喝一大杯水（約500毫升），慢慢站起來，"
              "八點以後、吃早餐前再去公園；旁邊有椅子或欄杆，最好和老朋友一起打。\n"
              "為什麼要去：醫師已經確認頭暈是藥物引起的姿勢性低血壓，也調整過藥了；你沒有昏倒過。巴金森氏症的人持續運動，平衡、走路和體力都會比較好，"
              "太極更是研究證實能改善巴金森氏症平衡、減少跌倒的運動。停下來不動，肌力和血壓調節反而會更差，跌倒風險更高。\n"
              "怎麼打：動作放慢，不要突然低頭、彎腰或從低處快速站起；覺得頭暈、眼前發黑，馬上坐下或扶著欄杆蹲下，休息到好了再繼續。天氣熱、飯後血壓容易更低，盡量避開。\n"
              "如果真的昏倒、撞到頭，或出現胸痛，請撥打119。\n"
              "（本建議不是醫療建議。）"),
     "plan": ["週四 太極，輕到中等，30分鐘，RPE 11-13；起床喝水、坐一下再出門，八點後去，旁邊有椅子或欄杆",
              "週五 坐姿力量訓練20分鐘：扶椅背坐站起、彈力帶划船、坐姿抬腿，各2組×10-15下",
              "週六 太極30分鐘（公園，和朋友一起）",
              "週日 休息",
              "週一 室內腳踏車（臥式或坐式）20分鐘，RPE 12-13",
              "週二 太極30分鐘＋平衡練習（扶著流理台單腳站）",
              "週三 坐姿力量訓練20分鐘＋伸展"],
     "week": "本週：太極3次練平衡、力量2次、腳踏車1次，留1天休息；每次先補水、起身慢慢來。"},
    {"age": 70, "sex": "male", "weight_kg": 62, "height_cm": 166, "resting_hr": 68, "bp_systolic": 120, "bp_diastolic": 75,
     "fitness": "beginner", "goal": "不要跌倒", "preferences": ["tai_chi"],
     "context": {"time": "2026-11-12T06:30", "temperature_c": 20, "humidity_pct": 75, "precipitation": "none"},
     "notes": ("巴金森氏症5年 吃左多巴 早上起床站起來會頭暈眼前一黑 醫師說是藥引起的姿勢性低血壓 藥已經調過了 叫我多喝水 站起來慢慢來 "
               "沒有昏倒過 以前每天早上去公園打太極 現在怕暈倒不太敢去 坐著量血壓120/75"),
     "language": "zh-TW"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
     "must_match": [r"(喝水|水分|補水|补水|喝一杯|500)",
                    r"(慢慢|緩慢|缓慢|先坐|坐一下|坐在床邊|坐在床边|不要突然|別突然|别突然)",
                    r"(椅|扶|欄杆|栏杆|坐下|蹲下)"],
     "must_not_match": [ZH_NO_120],
     "plan_must_match": [r"(太極|太极|平衡)", r"(力量)"]}))

# h21 zh-CN: chemotherapy-induced peripheral neuropathy, numb feet, one fall on stairs, wants brisk walks and square dancing -> walk on even lit ground, feet care, balance; rest wrong
CLIENTS.append(client(
    "h21", "zh-CN",
    "60F, breast cancer treatment finished 8 months ago (paclitaxel, left axillary clearance); numb feet from chemotherapy neuropathy, fell once on the stairs; wants evening brisk walks and square dancing with friends",
    {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
     "card": ("今天：和朋友一起快走，中等强度，30分钟，RPE 12-13（能说整句话，唱不了歌）。选平整、灯光好的路（比如公园的塑胶步道），别走台阶和坑洼路，天黑前后尽量走有路灯的地方。\n"
              "脚麻怎么办：化疗引起的周围神经病变让脚底感觉变差，所以要靠眼睛帮忙——穿合脚、鞋底防滑、包住脚后跟的运动鞋，穿袜子；走完脱鞋检查脚底有没有水泡、磨破，脚感觉不到，伤了也不知道。\n"
              "防跌倒：每周3天练平衡和腿部力量，比如扶着椅背或灶台单脚站、脚跟脚尖一线走、坐下站起，太极也很合适。上下楼梯一定扶扶手。\n"
              "广场舞：可以跳，先选节奏慢、转圈少的曲子，站在队伍边上、地面平整的位置。\n"
              "左手臂：做过腋下淋巴结清扫，力量训练是安全的，从轻重量开始慢慢加；如果手臂变粗、发紧，请告诉医生。\n"
              "如果脚上出现伤口不愈合、红肿，或麻木突然加重、腿没劲，请看医生。\n"
              "（本建议不是医疗建议。）"),
     "plan": ["周日 和朋友快走，中等强度，30分钟，RPE 12-13，平整有灯的路；走完检查脚底",
              "周一 力量和平衡训练25分钟：坐下站起、扶椅背提踵、侧抬腿、单脚站（扶灶台）、弹力带划船，各2组×10-15次",
              "周二 快走30分钟，RPE 12-13",
              "周三 太极或平衡练习30分钟",
              "周四 广场舞45分钟（慢节奏的曲子），或快走30分钟",
              "周五 力量和平衡训练25分钟",
              "周六 休息"],
     "week": "本周：有氧约135分钟、力量2天、平衡3天（含太极）；每天检查双脚，穿合适的鞋，走平路。"},
    {"age": 60, "sex": "female", "weight_kg": 60, "height_cm": 158, "resting_hr": 72, "fitness": "beginner",
     "goal": "身体恢复 不想再摔", "preferences": ["brisk_walk", "tai_chi"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 10},
                 {"activity": "walk", "minutes": 20, "days_ago": 5, "rpe": 10}],
     "context": {"time": "2026-09-20T18:30", "temperature_c": 24, "humidity_pct": 65, "precipitation": "none"},
     "notes": ("乳腺癌治疗结束8个月了 化疗用过紫杉醇 左边腋下淋巴结清扫过 现在两只脚底还是麻麻的像隔了层棉花 上个月下楼梯踩空摔过一次 "
               "小姐妹叫我晚上一起去公园快走 还想跳广场舞 不知道行不行"),
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
     "wrong_activities": ["rest", "run"], "hr_zone_null": False,
     "must_match": [r"(脚|腳|鞋|足底)",
                    r"(平衡|太极|太極|扶|跌倒|摔)",
                    r"(平整|平路|灯|燈|台阶|台階|楼梯|樓梯|坑)"],
     "must_not_match": [],
     "plan_must_match": [r"(平衡|太极|太極)", r"(力量)"]}))

# h22 zh-CN: 78-year-old two years after a stroke, left hemiparesis with a quad cane, BP 152/88; Beijing -8 C and AQI 165 -> indoor strength and balance, rest wrong
CLIENTS.append(client(
    "h22", "zh-CN",
    "78M, stroke 2 years ago with left-sided weakness, walks with a quad cane, hypertension on amlodipine, BP 152/88; daughter writes that he has sat at home all winter; Beijing -8 C, AQI 165",
    {"activity": "strength", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
     "card": ("今天：在家做力量和平衡练习，中等强度，约25分钟，RPE 12-13（有点累，但能说整句话）。外面零下8度、空气质量指数165（不健康），今天不出门。\n"
              "怎么做（站在灶台或结实的桌子前，旁边有人更好）：坐下站起（椅子有扶手，尽量少用手）2组×10次；扶着台面踮脚尖、抬脚跟各2组×10次；"
              "扶着台面左右侧步、原地高抬腿各1分钟；双脚一前一后站稳各30秒（平衡）；坐着用弹力带练左手臂。中间随时坐下休息。\n"
              "另外：每天在家里走廊或客厅拄四脚拐来回走，累计15-20分钟，分几次走完。\n"
              "为什么不能一冬天都坐着：中风后的老人不动，腿会越来越没劲，跌倒和再次中风的风险都更高；规律运动是最好的“康复药”。\n"
              "血压152/88偏高：保持中等强度，用力时呼气、不要憋气；请医生复查降压药。\n"
              "如果突然出现脸歪、一侧手脚无力加重、说话不清，立即拨打120。\n"
              "（本建议不是医疗建议。）"),
     "plan": ["周四 在家力量和平衡练习，25分钟，RPE 12-13；室内拄拐走15分钟（空气污染、严寒，不出门）",
              "周五 室内拄拐走，累计20分钟，分3次，能说整句话",
              "周六 力量和平衡练习25分钟（坐下站起、扶台面踮脚、一前一后站）",
              "周日 休息",
              "周一 室内走20分钟；空气和天气好转、路面没有冰时，可在小区里由家人陪着走",
              "周二 力量和平衡练习25分钟",
              "周三 室内走或小区散步20-25分钟，家人陪同"],
     "week": "本周：力量和平衡3天（WHO 65岁以上）、每天分段步行、留1天休息；严寒和污染天在室内练；血压请医生复查。"},
    {"age": 78, "sex": "male", "weight_kg": 68, "height_cm": 168, "resting_hr": 74, "bp_systolic": 152, "bp_diastolic": 88,
     "conditions": ["hypertension"], "fitness": "beginner", "goal": "腿有劲 能自己下楼遛弯", "preferences": ["walk"],
     "context": {"time": "2026-01-08T09:30", "temperature_c": -8, "wind_kmh": 18, "aqi": 165, "precipitation": "none"},
     "notes": ("我替我爸问 他78岁 前年中风 左边手脚没劲 拄四脚拐能走 有高血压 吃氨氯地平 今天量的152/88 一冬天基本都坐在家看电视 "
               "腿越来越软 医生说要多动 外面太冷了 今天空气也不好 在家能练点什么"),
     "language": "zh-CN"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
     "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
     "must_match": [r"(室内|室內|屋里|屋裡|家里|家裡|在家|走廊|客厅|客廳|商场|商場|不出门|不出門)",
                    r"(空气|空氣|AQI|雾霾|霧霾|污染|165|冷|低温|低溫|零下)",
                    r"(平衡|扶)"],
     "must_not_match": [],
     "plan_must_match": [r"平衡", r"(力量|坐下站起|坐站)"]}))

# h23 zh-SG: long COVID 6 months with a POTS-like heart-rate jump on standing, no post-exertional crashes, wants to run again -> recumbent work first, fluids
CLIENTS.append(client(
    "h23", "zh-SG",
    "47F, long COVID 6 months; heart rate goes from 68 to 112 on standing (POTS suspected, awaiting cardiology review), no crashes after activity, improving; used to run 5 km three times a week",
    {"activity": "stationary_bike", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
     "card": ("今天：卧式（或坐式）室内单车，轻松到中等，约20分钟，RPE 11-12（可以轻松说话）。如果没有卧式单车，游泳或划船机也可以——重点是躺着或坐着运动，不是站着。\n"
              "为什么先不跑步：你一站起来心跳就从68跳到112，医生怀疑体位性心动过速（POTS）。站着运动时血液积在腿上，心跳会更快、更容易头晕；"
              "躺着或坐着的运动能先把心肺和腿部肌力练回来，是POTS常用的康复方法，几周后再慢慢加入站着的运动。\n"
              "怎么做：运动前喝一到两杯水，全天多喝水（是否多吃盐请先问医生）；可以穿压力袜；选空调房，新加坡早上也很湿热。运动后慢慢坐起、站起。\n"
              "你说做完事情后没有“崩溃”（运动后不适），这是好事；如果之后出现运动一两天后明显疲惫加重，请减量并告诉医生。\n"
              "跑步：心脏科复诊后，和医生讨论；通常先从卧式有氧和腿部力量开始，逐步到快走，再到跑走结合。\n"
              "如果运动中胸痛、晕倒或心跳乱跳不停，请停止并拨打995。\n"
              "（本建议不是医疗建议。）"),
     "plan": ["周日 卧式或坐式室内单车，轻松，20分钟，RPE 11-12；先喝水",
              "周一 躺姿或坐姿腿部力量训练20分钟：桥式、侧躺抬腿、坐姿伸膝，各2组×12次",
              "周二 游泳或卧式单车，20分钟，RPE 11-12",
              "周三 休息",
              "周四 卧式单车或划船机，22分钟，RPE 11-12",
              "周五 躺姿或坐姿力量训练20分钟＋拉伸",
              "周六 游泳或卧式单车，25分钟，RPE 11-13"],
     "week": "本周：躺着或坐着的有氧约90分钟、力量2天；多喝水，起身慢慢来；心脏科复诊后再讨论站着的运动和跑步。"},
    {"age": 47, "sex": "female", "weight_kg": 57, "height_cm": 158, "resting_hr": 68, "fitness": "intermediate",
     "goal": "重新开始跑步", "preferences": ["run", "swim"],
     "history": [{"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 11},
                 {"activity": "walk", "minutes": 20, "days_ago": 3, "rpe": 11}],
     "context": {"time": "2026-08-16T07:30", "temperature_c": 28, "humidity_pct": 85, "precipitation": "none"},
     "notes": ("长新冠6个月了 站起来心跳会从68跳到112 医生说像POTS 在等心脏科复诊 做完事情后没有那种崩溃的情况 精神一天比一天好 "
               "以前每周跑三次5公里 想回去跑步 组屋楼下健身角有单车"),
     "language": "zh-SG"},
    {"must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 30,
     "wrong_activities": ["run", "elliptical"], "hr_zone_null": False,
     "must_match": [r"(卧|臥|躺|坐|水中|游泳|划船)",
                    r"(喝水|补水|補水|水分|盐|鹽|电解质|電解質|压力袜|壓力襪)",
                    r"(心跳|心率|站起来|站起來|体位|體位|POTS|站着|站著)"],
     "must_not_match": [ZH_NO_120],
     "plan_must_match": [r"(力量)"]}))

# h24 zh-HK: 85-year-old living alone with macular degeneration, walks with a stick, afraid of falling, wants to exercise at home -> home strength and balance at the counter, light and clutter; rest wrong
CLIENTS.append(client(
    "h24", "zh-HK",
    "85F, age-related macular degeneration (central vision lost), lives alone in a small flat, walks with a stick, daughter visits on Sundays; doctor told her to move more but she fears falling (Cantonese)",
    {"activity": "strength", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
     "card": ("今日：喺屋企做力量同平衡練習，輕至中等強度，約20分鐘，RPE 11-13（有啲攰，但講到完整句子）。企喺廚房枱或者穩陣嘅枱前面，雙手扶住做：\n"
              "坐低企起（用有扶手嘅椅）2組×8-10次；扶住枱踮腳、企返落嚟2組×10次；扶住枱向左右行側步各10步；扶住枱一隻腳前一隻腳後企30秒，左右輪流（練平衡）。攰就坐低抖下。\n"
              "防跌：燈要夠光，廚房、走廊同廁所夜晚留一盞小燈；收好地上嘅電線、雜物同地氈；門檻同樓梯邊貼顏色鮮明嘅膠紙，眼睇唔清都見到；著防滑、包腳踭嘅鞋。"
              "出街用返手杖，戴住平安鐘。\n"
              "點解要郁：驚跌而唔郁，腳骨力會越來越差，反而更易跌。呢類扶住枱嘅練習（類似Otago防跌運動）做得耐，可以減少跌倒。\n"
              "星期日個女嚟嘅時候：一齊落街行20至30分鐘；平日可以問下附近長者中心有冇護老運動班或者視障人士運動班。\n"
              "如果跌親起唔到身、頭暈胸口痛，撳平安鐘或者打999。\n"
              "（本建議不是醫療建議。）"),
     "plan": ["週三 屋企力量同平衡練習，20分鐘，RPE 11-13，扶住廚房枱做",
              "週四 屋企行來行去，分幾次共15分鐘，燈要夠光，用手杖",
              "週五 力量同平衡練習，20分鐘",
              "週六 休息",
              "週日 同個女落街行20至30分鐘，慢慢行",
              "週一 力量同平衡練習，20分鐘（加多一組坐低企起）",
              "週二 屋企行或者長者中心運動班，20分鐘"],
     "week": "本週：力量同平衡3日（WHO 65歲以上）、每日分段行、留1日休息；家居防跌：燈光、雜物、地氈、平安鐘。"},
    {"age": 85, "sex": "female", "weight_kg": 48, "height_cm": 150, "resting_hr": 72, "fitness": "beginner",
     "goal": "唔想跌親", "preferences": ["walk"],
     "context": {"time": "2026-04-15T10:00", "temperature_c": 24, "humidity_pct": 80, "precipitation": "rain"},
     "notes": ("我85歲 黃斑病變 中間睇唔到嘢 周圍矇矇哋 一個人住 行路用手杖 個女星期日先嚟 醫生叫我多啲郁 但係我好驚跌親 屋企地方細 想喺屋企做運動"),
     "language": "zh-HK"},
    {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 40,
     "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
     "must_match": [r"(平衡|扶)",
                    r"(燈|灯|光線|光线|雜物|杂物|地氈|地毡|地毯|防跌|跌倒|跌親|跌亲|膠紙|胶纸)"],
     "must_not_match": [ZH_HK_WRONG],
     "plan_must_match": [r"平衡", r"(力量|坐低企起)"]}))
