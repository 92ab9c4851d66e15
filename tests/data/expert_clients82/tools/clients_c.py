"""Clients h13-h18 (literal data)."""
from common import ALL, NOT_REST, NO_911, NO_999_112_000, ZH_NO_120, ZH_NO_120_119

CLIENTS = []

# ---------------------------------------------------------------- h13
CLIENTS.append({
  "id": "h13", "lang": "en-NZ",
  "who": "48-year-old male secondary teacher in report season, BP 148/94 and just started on pills, sedentary, a mate says don't exercise until it's down (rest is wrong)",
  "call": {
    "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
    "card": (
      "== Today's card ==\n"
      "Today: brisk walk, 30 min, moderate - RPE 12-13, you can talk but not sing. After school, before you start marking.\n"
      "Your mate is wrong on this one: with a reading of 148/94 (stage 2 range) and treatment started, regular moderate "
      "exercise is part of the treatment - it lowers blood pressure by around 5-8 mmHg on its own, and it helps with the "
      "stress of report season and with sleep. Waiting for the pills to work first just loses time. The only reason not to start "
      "would be a reading above 180/110.\n"
      "Keep it moderate for now - no flat-out efforts until your GP is happy with your numbers. If you lift, breathe out on the "
      "effort, never hold your breath. Some BP pills blunt your heart rate, so go by feel (RPE, talk test), not a watch.\n"
      "Stop and call 111 if you get chest pain, severe headache, or faintness.\n"
      "(This is not medical advice.)"),
    "plan": [
      "Tue brisk walk 30 min, RPE 12-13",
      "Wed brisk walk 30 min at lunch or after school",
      "Thu strength 20 min: sit-to-stand, wall or bench push-ups, band rows, 2 x 12-15, breathe out on the effort, RPE 12-13",
      "Fri brisk walk 30 min",
      "Sat walk or bike ride 45 min with the family, moderate",
      "Sun rest",
      "Mon strength 20 min as Thursday + 10 min walk",
    ],
    "week": "Week: about 135 min of moderate activity, strength 2 days, all moderate; build towards 150+ min; recheck BP with your GP in a few weeks."},
  "profile": {
    "age": 48, "sex": "male", "weight_kg": 98, "height_cm": 178,
    "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 94,
    "fitness": "beginner", "goal": "get BP down, lose a bit of weight",
    "context": {"time": "2026-08-11T16:30", "temperature_c": 12, "precipitation": "none"},
    "notes": ("secondary teacher, report season so im marking til midnight most nights, stressed out. BP was 148/94 at the pharmacy, "
              "GP started me on pills last wk. mate reckons i should take it easy and not exercise til its down?? used to play "
              "touch rugby years ago"),
    "language": "en-NZ"},
  "expect": {
    "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
    "wrong_activities": ["rest"], "hr_zone_null": False,
    "must_match": [r"(?i)(blood pressure|\bBP\b|148|hypertens)"],
    "must_not_match": [NO_911],
    "plan_must_match": []}})

# ---------------------------------------------------------------- h14
CLIENTS.append({
  "id": "h14", "lang": "zh-TW",
  "who": "33歲女會計，白天上班晚上到餐廳兼差洗碗到11點，一天最多擠出20分鐘，想瘦、體力變差",
  "call": {
    "activity": "strength", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
    "card": (
      "== 今日運動建議 ==\n"
      "今天：在家做徒手肌力訓練，中等強度，20分鐘，RPE 12-13（會喘，但還能講話）。\n"
      "怎麼做：熱身3分鐘（原地踏步、轉肩）；然後深蹲、靠牆伏地挺身、弓箭步、棒式、臀橋，每個動作40秒、休息20秒，做3輪；最後伸展2分鐘。\n"
      "為什麼這樣排：你一天只擠得出20分鐘，就用在最划算的地方：20分鐘的肌力加有氧，比偶爾一次長時間運動更能持續。"
      "洗碗要一直站著，腿和腰已經很累，所以動作挑能保護腰的。\n"
      "其他日子：上班提早一站下車，快走20分鐘到公司，就把運動放進通勤裡。\n"
      "睡眠：兩份工作已經很拚，不要為了運動少睡；睡不到6小時的隔天就只散步。\n"
      "如果運動時胸痛、頭暈，請立刻停下；緊急時撥打119。\n"
      "（本建議不是醫療建議。）"),
    "plan": [
      "週三 在家徒手肌力20分鐘，RPE 12-13",
      "週四 提早一站下車，快走20分鐘通勤",
      "週五 在家徒手肌力20分鐘",
      "週六 快走或騎腳踏車20分鐘，RPE 12-13",
      "週日 散步20分鐘或伸展15分鐘，多睡一點",
      "週一 提早一站下車，快走20分鐘通勤",
      "週二 在家徒手肌力20分鐘",
    ],
    "week": "本週：每天最多20分鐘，6天共約115分鐘，肌力3天、快走3天；睡眠優先，慢慢往每週150分鐘靠近。"},
  "profile": {
    "age": 33, "sex": "female", "weight_kg": 68, "height_cm": 158,
    "fitness": "beginner", "goal": "瘦一點 體力變好",
    "context": {"time": "2026-03-18T06:30", "temperature_c": 18, "precipitation": "none"},
    "notes": ("白天在物流公司當會計 晚上去餐廳兼差洗碗到11點 一天最多擠得出20分鐘 週末也要去餐廳 想瘦一點 體力也變差很多 "
              "每天大概睡6小時"),
    "language": "zh-TW"},
  "expect": {
    "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 20,
    "wrong_activities": [], "hr_zone_null": False,
    "must_match": [r"(?<!\d)(?:[5-9]|1[0-9]|20)\s*分[鐘钟]|十五分|二十分"],
    "must_not_match": [ZH_NO_120],
    "plan_must_match": []}})

# ---------------------------------------------------------------- h15
CLIENTS.append({
  "id": "h15", "lang": "en-IE",
  "who": "44-year-old male head chef, pharmacist's reading 186/112 with a headache he blames on Saturday service; wants to start couch to 5k tonight",
  "call": {
    "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
    "card": (
      "== Today's card ==\n"
      "Today: REST. No first run tonight.\n"
      "Why: 186/112 is above 180/110 - the level at which nobody should start exercise - and with a headache it's in the "
      "range doctors treat as a hypertensive crisis. Espressos and a stressful week nudge a reading up, but not by that much.\n"
      "What to do now: sit quietly for 5 minutes and have it re-measured. If it's still above 180/110, or the headache is bad, "
      "get seen today - your GP's same-day slot, out-of-hours GP, or an emergency department.\n"
      "Emergency: call 112 or 999 straight away with chest pain, shortness of breath, a severe headache, blurred vision, "
      "confusion, or weakness or numbness in the face, arm or leg.\n"
      "Couch to 5k is a great plan for you and your sous chef - start it once a GP has your blood pressure under control and "
      "says go. Until then, no running.\n"
      "(This is not medical advice.)"),
    "plan": [
      "Sat REST - re-check BP; above 180/110 or bad headache: get seen today",
      "Sun rest; GP or out-of-hours if not already seen",
      "Mon rest - see your GP about the reading",
      "Tue rest until your GP gives the go-ahead",
      "Wed if cleared: easy walk 20 min, RPE 11",
      "Thu if cleared: easy walk 20 min",
      "Fri if cleared: couch to 5k week 1 day 1 (walk/jog 60 s / 90 s), RPE 12-13",
    ],
    "week": "Week: no exercise until your blood pressure is checked by a doctor; couch to 5k only with the GP's go-ahead."},
  "profile": {
    "age": 44, "sex": "male", "weight_kg": 92, "height_cm": 180,
    "bp_systolic": 186, "bp_diastolic": 112, "fitness": "beginner", "goal": "couch to 5k", "preferences": ["run"],
    "context": {"time": "2026-11-14T15:00", "temperature_c": 9, "precipitation": "rain"},
    "notes": ("head chef, 14 hr days on my feet in a hot kitchen. pharmacist took my BP today, 186/112, she was making noises about "
              "it but tbh it's a stressful week and I'd 3 espressos. bit of a headache but that's Saturday service for you. sous chef "
              "and me are starting couch to 5k, first run tonight after close?"),
    "language": "en-IE"},
  "expect": {
    "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
    "wrong_activities": NOT_REST, "hr_zone_null": True,
    "must_match": [r"(?i)(186|blood pressure|\bBP\b|180|hypertens)",
                   r"(?i)(\bGP\b|doctor|urgent|A&E|emergency|medical|hospital|pharmac)"],
    "must_not_match": [NO_911],
    "plan_must_match": []}})

# ---------------------------------------------------------------- h16
CLIENTS.append({
  "id": "h16", "lang": "zh-CN",
  "who": "62岁女性商场保洁员，膝骨关节炎，医生让她练大腿，她想膝盖疼就该多歇着（休息是错的）",
  "call": {
    "activity": "strength", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
    "card": (
      "== 今日运动建议 ==\n"
      "今天：练大腿的力量训练，中等强度，约25分钟，RPE 11-13（有点累，但能说话）。\n"
      "怎么做：在家找一把结实的椅子。①坐站起立（不用手撑）2组×10-12次；②坐姿伸膝（小腿慢慢抬平、停3秒）每边2组×12次；"
      "③平躺直腿抬高每边2组×10次；④扶着椅背踮脚2组×15次；⑤扶着椅背单腿站，每边30秒×3次。最后散步10分钟。\n"
      "你问是不是该多歇着：不是。骨关节炎的膝盖越歇，大腿越没劲，膝盖越不稳、越疼；医生让你练大腿是对的，这是治骨关节炎最主要的办法之一。"
      "练的时候有点酸痛（0-10分里不超过3-4分）、第二天早上不加重，就是可以的量。\n"
      "不要做：跑、跳、深蹲到底、爬山爬楼梯练。小区的健身器材选坐着蹬的、扶着的，不选跳的。早上公园的太极也很适合你。\n"
      "如果膝盖突然红肿发热、走不了路，先去看医生。胸痛或喘不上气请拨打120。\n"
      "（本建议不是医疗建议。）"),
    "plan": [
      "周三 大腿力量训练25分钟，RPE 11-13 + 散步10分钟",
      "周四 上班：休息，多换姿势，别久站一个地方",
      "周五 上班：下班后散步15分钟",
      "周六 公园太极30分钟",
      "周日 大腿力量训练25分钟，同周三",
      "周一 上班：休息",
      "周二 公园太极或散步30分钟",
    ],
    "week": "本周：大腿力量2天、太极或散步3天，都是低冲击；练完疼痛不超过3-4分、第二天不加重就慢慢加量。"},
  "profile": {
    "age": 62, "sex": "female", "weight_kg": 70, "height_cm": 155,
    "conditions": ["knee_injury"], "fitness": "beginner", "goal": "膝盖少疼点", "preferences": ["tai_chi", "walk"],
    "context": {"time": "2026-10-21T08:00", "temperature_c": 15, "precipitation": "none"},
    "notes": ("在商场做保洁 一天站八个小时 走来走去 膝盖疼好几年了 医生说是骨关节炎 让我锻炼大腿 可我想膝盖都疼了是不是应该多歇着 "
              "少走路 今天休息 小区有免费的健身器材 公园早上有人打太极"),
    "language": "zh-CN"},
  "expect": {
    "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
    "wrong_activities": ["rest", "run"], "hr_zone_null": False,
    "must_match": [r"膝", r"[腿]|股四[头頭]|[肌]肉|力量|太极|太極"],
    "must_not_match": [],
    "plan_must_match": []}})

# ---------------------------------------------------------------- h17
CLIENTS.append({
  "id": "h17", "lang": "en-SG",
  "who": "39-year-old male hotel line cook, 112 kg, 11-hour shifts standing on tiles, plantar fasciitis, wants to start jogging at East Coast Park",
  "call": {
    "activity": "swim", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
    "card": (
      "== Today's card ==\n"
      "Today: swim in the condo pool, 35 min, moderate - RPE 12-13, breathing harder but you could still talk between lengths. "
      "Easy breaststroke or freestyle, rest at the wall whenever you need; or walk in the shallow end if you're not a confident swimmer.\n"
      "Why not jogging yet: plantar fasciitis plus 112 kg means every jogging step loads that heel with 2-3 times your weight, "
      "after 11 hours standing on tiles. Swimming or the gym bike gets your heart working with almost no load on the feet, "
      "and it's cooler than ECP at 31°C.\n"
      "For the heel: calf and plantar stretches before your first steps each morning, roll the arch on a frozen water bottle "
      "after work, cushioned shoes or insoles at work.\n"
      "Weight: 150-300 min of moderate activity a week plus the food side does more than the type of exercise.\n"
      "Jogging later: once first-morning steps are pain-free for 2-3 weeks, start with walk-jog on a track or grass.\n"
      "Stop if you get chest pain, dizziness or unusual breathlessness; call 995 in an emergency.\n"
      "(This is not medical advice.)"),
    "plan": [
      "Thu swim 35 min, RPE 12-13",
      "Fri shift: heel and calf stretches 10 min",
      "Sat shift: rest, stretches",
      "Sun gym stationary bike 35 min, RPE 12-13 + upper-body strength 15 min",
      "Mon swim 40 min",
      "Tue shift: heel stretches; rest",
      "Wed gym strength 25 min (seated/machine: leg press, rows, chest press, 2 x 10-12) + bike 15 min",
    ],
    "week": "Week: about 125 min of low-impact cardio (pool and bike) plus strength 2 days; no jogging until the heel settles."},
  "profile": {
    "age": 39, "sex": "male", "weight_kg": 112, "height_cm": 172,
    "fitness": "beginner", "goal": "lose weight", "preferences": ["run", "swim"],
    "context": {"time": "2026-08-20T15:30", "temperature_c": 31, "humidity_pct": 75, "precipitation": "none"},
    "notes": ("line cook at a hotel, 11 hr shifts standing on tiles. heel v painful first steps in the morning, doc at polyclinic "
              "said plantar fasciitis. want to lose weight, thinking to start jogging at ECP on my off days. condo got pool and gym"),
    "language": "en-SG"},
  "expect": {
    "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
    "wrong_activities": ["run"], "hr_zone_null": False,
    "must_match": [r"(?i)(heel|plantar|foot|feet)",
                   r"(?i)(low.?impact|non.?weight|off your feet|swim|bike|cycl|pool|water|elliptical)"],
    "must_not_match": [NO_911],
    "plan_must_match": []}})

# ---------------------------------------------------------------- h18
CLIENTS.append({
  "id": "h18", "lang": "zh-HK",
  "who": "45歲男機師，由倫敦飛返香港，早上6點半落地、機上只瞓咗3個鐘，想去gym做HIIT同練腳搞掂時差，後日又要飛",
  "call": {
    "activity": "walk", "minutes": 30, "intensity": "light", "hr_zone_bpm": None,
    "card": (
      "== 今日運動建議 ==\n"
      "今日：喺日光下面散步，輕鬆，30分鐘，RPE 10-11（可以輕鬆傾偈）。之後做10分鐘伸展。\n"
      "點解唔做HIIT同練腳：你只係瞓咗3個鐘，身體仲係倫敦時間。瞓唔夠嘅時候做高強度，表現差、易受傷，仲會刺激腎上腺素，"
      "今晚更難瞓。對時差最有用嘅係香港嘅日光同準時瞓覺，唔係辛苦嘅訓練。\n"
      "點做：上晝同中午喺戶外行（海濱或公園），27°C、濕度高，行慢啲、飲多啲水；下晝想瞓就瞓唔好超過30分鐘；今晚大概10點至11點瞓。\n"
      "練腳同HIIT：瞓返一晚好覺先做，而且唔好擺喺後日飛之前嗰日。\n"
      "如果有胸口痛、心跳亂、暈，即刻停；緊急打999。\n"
      "（本建議唔係醫療建議。）"),
    "plan": [
      "週四 日光下散步30分鐘，輕鬆 + 伸展10分鐘；今晚準時瞓",
      "週五 瞓好之後：gym練腳45分鐘，中等強度，RPE 13-14（唔做到力竭）",
      "週六 飛：機上多郁動，落地後散步20分鐘",
      "週日 外站：酒店健身室單車或跑步機30分鐘，RPE 12-13",
      "週一 外站：散步30分鐘或伸展",
      "週二 飛返：休息",
      "週三 瞓好之後：HIIT 20分鐘或上身力量40分鐘",
    ],
    "week": "本週：跟航班同時差安排，瞓得好嘅日子先做高強度；每次落地先用日光同散步調時差。"},
  "profile": {
    "age": 45, "sex": "male", "weight_kg": 76, "height_cm": 178, "resting_hr": 52,
    "fitness": "advanced", "goal": "保持體能", "preferences": ["strength", "run"],
    "context": {"time": "2026-10-15T10:00", "temperature_c": 27, "humidity_pct": 70, "precipitation": "none"},
    "notes": ("啱啱飛完倫敦返嚟 朝早六點半落地 喺機上crew rest瞓咗三個鐘 成個人好攰 諗住去gym做個HIIT同練腳 "
              "一次過搞掂時差 後日又要飛"),
    "language": "zh-HK"},
  "expect": {
    "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
    "wrong_activities": [], "hr_zone_null": False,
    "must_match": [r"[時时]差|[睡瞓]|[攰]|[疲]|[日]光|[陽阳]光"],
    "must_not_match": [ZH_NO_120_119],
    "plan_must_match": []}})
