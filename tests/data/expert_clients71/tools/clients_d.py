# h19-h24: Chinese clients (literal data)
from clients_c import NO_120, NO_120_119

CLIENTS = []

CLIENTS.append({
 "id": "h19", "lang": "zh-TW",
 "who": "66歲女性，膝關節退化加高血壓（藥物控制132/82）；問走到一半膝蓋痛要停下來還是忍著走完",
 "call": {
  "activity": "walk", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：可以去河濱公園走，但分成兩段各20分鐘，中間坐下休息5分鐘。\n"
           "你問：痛了要停下來還是忍著走完？看痛的程度：走路時膝蓋痛在0到10分裡不超過3到5分，回家休息一下就緩和、隔天早上沒有更痛，可以繼續走，放慢一點；如果超過5分、變成刺痛、膝蓋腫起來、走路一拐一拐，就停下來，今天改成坐著做抬腿運動。\n"
           "散步約40分鐘，中等強度：RPE 11-13，能說整句話但唱不了歌。走平路，穿有緩衝的鞋，避開下坡和階梯。\n"
           "膝關節退化，規律活動比休息好；再加上大腿肌力訓練（坐姿抬腿、扶椅子起立坐下），走路會越來越不痛。血壓132/82控制得不錯，運動時不要憋氣。\n"
           "（本建議不是醫療建議。緊急狀況請撥打119。）"),
  "plan": [
   "週二 散步40分鐘（20＋20），中等強度，RPE 11-13；膝蓋痛不超過3-5分",
   "週三 大腿肌力15分鐘（坐姿抬腿、扶椅子起立坐下、踮腳，2組×10-15次）＋伸展10分鐘",
   "週四 散步40分鐘，平路，中等強度",
   "週五 室內腳踏車或水中走路30分鐘，中等強度",
   "週六 大腿肌力15分鐘＋散步20分鐘",
   "週日 休息",
   "週一 散步45分鐘（可分段），中等強度",
  ],
  "week": "每週約155分鐘低衝擊有氧，肌力2天；膝蓋痛保持在3-5分以下、隔天沒有更痛就可以慢慢加量。"},
 "profile": {
  "age": 66, "sex": "female", "weight_kg": 64, "height_cm": 155, "resting_hr": 72,
  "conditions": ["knee_injury", "hypertension"], "bp_systolic": 132, "bp_diastolic": 82,
  "fitness": "beginner", "preferences": ["walk"],
  "history": [{"activity": "walk", "minutes": 40, "days_ago": 2, "rpe": 12},
              {"activity": "walk", "minutes": 40, "days_ago": 4, "rpe": 12},
              {"activity": "walk", "minutes": 25, "days_ago": 6, "rpe": 12}],
  "context": {"time": "2026-04-28T07:00", "temperature_c": 22, "precipitation": "none"},
  "notes": "膝蓋退化，醫生叫我要多走路。可是走到一半膝蓋就開始痛，我應該停下來還是忍著走完？今天早上想去河濱公園走40分鐘。血壓有在吃藥",
  "language": "zh-TW"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?:[3-5３-５]|三|五)\s*分(?![钟鐘鍾])|[疼]痛[监監]|24\s*小[时時]|隔天|第二天|[肿腫]|刺痛|尖[锐銳]|[剧劇]痛|越[来來]越痛|更痛|[轻輕]微|[厉厲]害",
                 r"停|[继繼][续續]|放慢|坐下|休息一下|[减減][量速]"],
  "must_not_match": [NO_120],
  "plan_must_match": [r"肌力|力量|抬腿|起立"]},
})

CLIENTS.append({
 "id": "h20", "lang": "zh-HK",
 "who": "19歲大學生跑手，而家落大雨行雷；問照去跑會練10公里定等雨停（學校gym有跑步機）",
 "call": {
  "activity": "run", "minutes": 45, "intensity": "moderate", "hr_zone_bpm": [112, 140],
  "card": ("今晚：唔好出去跑，改去學校gym用跑步機跑45分鐘。\n"
           "你問：照去定等雨停？行雷嘅時候喺戶外跑步好危險：閃電之後30秒內聽到雷聲，就要留喺室內；最後一下雷聲之後等夠30分鐘先好出去（30-30規則）。有雷暴警告或者暴雨警告嘅時候，跑會都應該取消。\n"
           "跑步機45分鐘，中等強度：RPE 12-13，講到整句說話；心率約112-140 bpm（儲備心率40-59%）。坡度調1%，感覺同路跑接近。\n"
           "室內都熱同焗，記得飲水。10公里嘅課表可以留返聽日，雨停、冇雷之後再做。\n"
           "（本建議唔係醫療建議。緊急情況打999。）"),
  "plan": [
   "週四 跑步機45分鐘，中等強度，RPE 12-13（112-140 bpm）",
   "週五 10公里課表：熱身15分鐘、5×1公里節奏跑、緩和10分鐘（冇雷先出去）",
   "週六 輕鬆跑40分鐘，RPE 10-11",
   "週日 長跑70分鐘，輕鬆，清早出發避開熱",
   "週一 休息",
   "週二 輕鬆跑40分鐘＋力量20分鐘",
   "週三 間歇：8×400米，每組之間慢跑2分鐘",
  ],
  "week": "跑步約4個鐘：兩課質素訓練同一課長跑；行雷或者暴雨警告就改跑步機，最後一下雷聲後30分鐘先出去。"},
 "profile": {
  "age": 19, "sex": "male", "weight_kg": 62, "height_cm": 174, "resting_hr": 52,
  "fitness": "advanced", "preferences": ["run"],
  "history": [{"activity": "run", "minutes": 45, "days_ago": 2, "rpe": 14},
              {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 12},
              {"activity": "run", "minutes": 70, "days_ago": 6, "rpe": 13}],
  "context": {"time": "2026-06-25T18:00", "temperature_c": 29, "humidity_pct": 90, "precipitation": "rain", "thunder": True},
  "notes": "而家落緊大雨仲行雷，今晚約咗跑會練10公里，應該照去定係等雨停先？學校gym有跑步機。",
  "language": "zh-HK"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 75,
  "wrong_activities": ["cycle"], "hr_zone_null": False,
  "must_match": [r"雷|[闪閃][电電]",
                 r"跑步[机機]|室[内內]|gym|健身[室房]|入屋|屋[企内內]|(?:等|[后後]).{0,6}30\s*分[钟鐘]"],
  "must_not_match": [NO_120_119],
  "plan_must_match": [r"[长長]跑|[间間]歇|[节節]奏|[课課]表|[轻輕][松鬆]"]},
})

CLIENTS.append({
 "id": "h21", "lang": "zh-CN",
 "who": "85岁男性，每天早上在小区走半小时，去年摔过一次走路不稳；下雨了，问等雨停再去还是在家动动",
 "call": {
  "activity": "tai_chi", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
  "card": ("今天：别等雨停了，就在家里做25分钟太极和平衡、力量练习。\n"
           "你问：等雨停再去走，还是在家动动？在家动。雨后路面湿滑，你去年摔过一次、走路不稳，今天出门摔倒的风险大；在家练平衡和腿部力量，正好能减少以后摔跤。\n"
           "在家25分钟，轻松到中等（RPE 11-12，能说整句话）：\n"
           "1）热身：扶着桌子原地踏步3分钟；\n"
           "2）扶椅背站起坐下，10次×2组；\n"
           "3）扶桌沿踮脚尖，10次×2组；\n"
           "4）扶桌单脚站，每边10秒×3次；\n"
           "5）太极云手或你熟悉的几式，10分钟。\n"
           "身边放把椅子，家里有人陪更好。如果雨停了、地面干了，下午可以在小区平路慢走15分钟，带上拐杖。\n"
           "如果头晕、胸闷或者站不稳，马上坐下休息；紧急情况拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周三 在家太极＋平衡力量练习25分钟，轻松到中等",
   "周四 小区散步30分钟（地面干燥时），RPE 11-12",
   "周五 在家平衡和腿部力量练习20分钟（扶椅站起坐下、踮脚、单脚站）",
   "周六 散步30分钟＋太极15分钟",
   "周日 休息或散步20分钟",
   "周一 平衡和力量练习20分钟＋散步20分钟",
   "周二 散步30分钟；下雨就在家练太极",
  ],
  "week": "散步约130分钟，平衡和力量练习每周4天（WHO：65岁以上每周至少3天）；雨天地滑就在家练。"},
 "profile": {
  "age": 85, "sex": "male", "weight_kg": 60, "height_cm": 165, "resting_hr": 70,
  "bp_systolic": 128, "bp_diastolic": 74, "fitness": "beginner", "preferences": ["walk", "tai_chi"],
  "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 4, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 11}],
  "context": {"time": "2026-11-18T09:00", "temperature_c": 10, "precipitation": "rain"},
  "notes": "外面下雨。每天早上都去小区走半小时，今天是等雨停了再去还是在家里动动？去年摔过一次，走路有点不稳，出门拄拐杖。",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
  "must_match": [r"滑|[跌摔]|平衡|不[稳穩]",
                 r"在家|家[里裡裏]|室[内內]|屋[里裡裏内內]"],
  "must_not_match": [],
  "plan_must_match": [r"平衡|太[极極]|力量"]},
})

CLIENTS.append({
 "id": "h22", "lang": "zh-SG",
 "who": "50岁男性，高血压吃药（136/86），想减肚子；问健身房先做重量训练还是先跑步机",
 "call": {
  "activity": "strength", "minutes": 55, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：先在跑步机快走或慢跑10分钟热身，再做重量训练25分钟，最后跑步机20分钟，一共约55分钟。\n"
           "你问：先重量还是先跑步机？两种顺序都可以。你想减肚子又有高血压，建议先短时间有氧热身，再做重量（这时体力最好、动作最稳），最后用有氧收尾增加消耗。\n"
           "重量训练：8个大肌群动作，各2组×12-15次，选能做15次、还留2-3次余力的重量；用力时呼气、放下时吸气，千万不要憋气（憋气会让血压突然升高）。不要做只能举1-3次的大重量。\n"
           "有氧部分：RPE 12-13，能说整句话但唱不了歌。\n"
           "血压136/86吃着药，控制得还可以；运动中如果头痛、头晕、胸闷，马上停下。哪天血压超过180/110，那天就不要运动。\n"
           "（本建议不是医疗建议。紧急情况拨打995。）"),
  "plan": [
   "周二 有氧热身10分钟＋重量训练25分钟＋跑步机20分钟，中等强度",
   "周三 快走或室内单车40分钟，中等强度",
   "周四 休息",
   "周五 有氧热身10分钟＋重量训练25分钟＋椭圆机20分钟，中等强度",
   "周六 快走或慢跑45分钟，中等强度",
   "周日 休息或散步30分钟",
   "周一 室内单车40分钟，中等强度",
  ],
  "week": "有氧约185分钟＋重量训练2天；全程中等强度，用力时呼气不憋气；减肚子靠总消耗加饮食。"},
 "profile": {
  "age": 50, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 72,
  "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 86,
  "fitness": "intermediate", "preferences": ["strength", "run"], "goal": "减肚子",
  "history": [{"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 14},
              {"activity": "run", "minutes": 25, "days_ago": 3, "rpe": 13},
              {"activity": "strength", "minutes": 40, "days_ago": 6, "rpe": 14}],
  "context": {"time": "2026-08-11T19:00", "temperature_c": 28, "precipitation": "none"},
  "notes": "健身房先做重量训练还是先跑步机？医生说我血压有点高，在吃药，今天量136/86。想减肚子。",
  "language": "zh-SG"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 75,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"憋[气氣]|屏[气氣]|[闭閉][气氣]|呼[气氣]|呼吸",
                 r"(?:有氧|跑步|[热熱]身).{0,20}(?:再|然[后後]|之[后後]|[后後]).{0,10}(?:重量|力量|器械)|(?:重量|力量|器械).{0,20}(?:再|然[后後]|之[后後]|[后後]).{0,10}(?:有氧|跑步)|都可以|[顺順]序|先重量|先力量|先跑|先有氧",
                 r"血[压壓]"],
  "must_not_match": [NO_120],
  "plan_must_match": [r"重量|力量"]},
})

CLIENTS.append({
 "id": "h23", "lang": "zh-CN",
 "who": "40岁男性，平时骑车通勤（单程40分钟），今天AQI 210；问骑车上班还是坐地铁、晚上去健身房骑动感单车",
 "call": {
  "activity": "stationary_bike", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [110, 132],
  "card": ("今天：坐地铁上班，晚上去健身房骑动感单车40分钟。\n"
           "你问：骑车上班还是坐地铁？坐地铁。AQI 210属于“非常不健康”，所有人都应该限制户外用力；骑车40分钟呼吸又深又快，吸进的颗粒物是静坐时的好几倍，鼻炎也容易加重。\n"
           "晚上室内单车40分钟，中等强度：RPE 12-13，能说整句话；心率约110-132次/分。健身房门窗关好，有新风或空气净化更好。\n"
           "上下班路上戴KN95口罩；感到胸闷、咳嗽、气短就降低强度。\n"
           "AQI降到150以下再恢复骑车通勤，100以下最好。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周四 地铁通勤；晚上室内单车40分钟，中等强度，RPE 12-13",
   "周五 AQI超过150：室内力量训练30分钟；150以下可以骑车通勤",
   "周六 室内单车或跑步机45分钟，中等强度（AQI超过150时）；空气好转可户外骑行60分钟",
   "周日 休息",
   "周一 骑车通勤（AQI 100以下），否则地铁＋室内单车30分钟",
   "周二 力量训练30分钟",
   "周三 骑车通勤或室内有氧40分钟，看AQI决定",
  ],
  "week": "有氧约200分钟、力量2天；AQI超过150不骑车通勤，改室内运动。"},
 "profile": {
  "age": 40, "sex": "male", "weight_kg": 72, "height_cm": 175, "resting_hr": 64,
  "fitness": "intermediate", "preferences": ["cycle", "stationary_bike"],
  "history": [{"activity": "cycle", "minutes": 80, "days_ago": 1, "rpe": 12},
              {"activity": "cycle", "minutes": 80, "days_ago": 2, "rpe": 12},
              {"activity": "cycle", "minutes": 80, "days_ago": 3, "rpe": 12},
              {"activity": "strength", "minutes": 30, "days_ago": 5, "rpe": 13}],
  "context": {"time": "2026-01-08T07:20", "temperature_c": -3, "aqi": 210, "precipitation": "none"},
  "notes": "今天AQI 210，骑车上班（单程40分钟）还是坐地铁，晚上去健身房骑动感单车？身体没什么毛病，就是有点鼻炎。",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 75,
  "wrong_activities": ["cycle"], "hr_zone_null": False,
  "must_match": [r"地[铁鐵]|公交|不[要宜].{0,4}[骑騎]|[别別][骑騎]|[骑騎][车車].{0,10}(?:不|[别別]|避免)",
                 r"210|AQI|空[气氣]|[污][染]|[雾霧]霾|PM2"],
  "must_not_match": [],
  "plan_must_match": [r"AQI|空[气氣]|室[内內]"]},
})

CLIENTS.append({
 "id": "h24", "lang": "zh-CN",
 "who": "30岁女性，第一次上健身房练腿（深蹲、腿举），两天后腿酸得下楼梯都疼；问今天继续练还是休息",
 "call": {
  "activity": "walk", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
  "card": ("今天：不练腿，也不用完全躺着，散步30分钟，轻松。\n"
           "你问：继续练还是休息？腿部休息，人要动。这是第一次练腿后的延迟性肌肉酸痛（DOMS），一般在练后24-72小时最重，3-5天自然消退；带着这么重的酸痛再练腿，动作容易变形、更容易受伤。\n"
           "散步30分钟，轻松：RPE 10-11，能轻松聊天；走完做10分钟轻柔拉伸。轻松活动能促进血液循环，酸痛会好得快一些。\n"
           "想练的话今天可以练上肢；腿等酸痛基本消退（大约2-3天后）再练，重量减少三分之一，以后就不会酸得这么厉害。\n"
           "如果小便变成浓茶色或可乐色、腿明显肿胀或一按就剧痛，这不是普通酸痛，要马上就医（横纹肌溶解）；紧急情况拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周一 散步30分钟，轻松（RPE 10-11）＋拉伸10分钟",
   "周二 上肢力量30分钟（推、拉、核心），中等强度",
   "周三 室内单车25分钟，轻松到中等",
   "周四 下肢力量30分钟：重量比上次轻三分之一，2组×12次",
   "周五 休息",
   "周六 快走或室内单车40分钟，中等强度",
   "周日 全身力量35分钟，中等强度",
  ],
  "week": "有氧约95分钟、力量3天（腿1天）；下次练腿重量减轻、逐步加，避免再出现这么重的酸痛。"},
 "profile": {
  "age": 30, "sex": "female", "weight_kg": 58, "height_cm": 163, "resting_hr": 68,
  "fitness": "beginner", "preferences": ["strength"], "goal": "塑形",
  "history": [{"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 17}],
  "context": {"time": "2026-02-23T12:30", "temperature_c": 8, "precipitation": "none"},
  "notes": "第一次上健身房练腿，教练带我做了深蹲和腿举，前天练的，现在腿酸得下楼梯都疼。今天继续练还是休息？",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["run"], "hr_zone_null": False,
  "must_match": [r"[轻輕][松鬆]|[轻輕][度微柔]|低[强強]度|恢[复復]|散步|拉伸|伸展|[动動]一?[动動]|上肢|上半身",
                 r"酸|延[迟遲]|DOMS|48|72|[两兩三]天"],
  "must_not_match": [],
  "plan_must_match": [r"上肢|腿|力量"]},
})
