"""Clients h19-h24 (literal data)."""
from common import NO_911, CA_WRONG, ZH_NO_120, HK_WRONG, EN_SHORT, ZH_DAY

ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]
CLIENTS = []
ALTS = {}

# ---------------------------------------------------------------- h19
CLIENTS.append({
 "id": "h19", "lang": "en-GB",
 "who": "82-year-old man, hypertension (controlled), daily walker with his wife (logged), a wobble on a kerb last month; cataract operation Thursday",
 "call": {
  "activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today (Mon): walk, 30 min, comfortably brisk - RPE 11-12 on the 6-20 scale, able to chat with your wife the whole way. "
           "Then 10 minutes of balance and strength at the kitchen worktop: sit-to-stand from a chair 2 x 10, heel raises 2 x 10, standing on one leg 3 x 10 seconds each side holding on.\n"
           "That wobble on the kerb is worth acting on: balance and leg-strength work on 3 or more days a week cuts the risk of falls (WHO 2020 for over-65s). Tai chi is good for this too.\n"
           "After Thursday's cataract operation: gentle walking is fine from the next day. Follow the eye unit's instructions - usually for a week or two: no swimming, no heavy lifting or straining, no bending with your head below your waist "
           "(so do the balance work holding on, and skip toe-touches). Take extra care on kerbs and steps while your sight settles, and walk with your wife.\n"
           "Call 999 for chest pain, sudden breathlessness or a fall with a head injury; ring the eye unit for sudden pain or loss of vision in the operated eye. (Not medical advice.)"),
  "plan": [
   "Mon walk, moderate, 30 min, RPE 11-12 + 10 min balance and strength",
   "Tue walk, moderate, 30 min + balance and strength",
   "Wed walk, light to moderate, 25 min; early night before the operation",
   "Thu cataract operation: rest",
   "Fri gentle walk with your wife, light, 15-20 min; no bending or lifting (eye)",
   "Sat walk, light, 20-25 min + balance holding the worktop (no bending)",
   "Sun walk, light to moderate, 25 min + sit-to-stand and heel raises"],
  "week": "Week: walking every day but Thursday, balance and strength 4 days; after the eye operation no swimming, heavy lifting or bending over."},
 "profile": {
  "user": "h19", "age": 82, "sex": "male", "weight_kg": 72, "height_cm": 172, "resting_hr": 68,
  "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 78, "fitness": "beginner",
  "goal": "stay steady on my feet", "preferences": ["walk"],
  "history": [{"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
              {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 10},
              {"activity": "walk", "minutes": 25, "days_ago": 4, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 10}],
  "context": {"time": "2026-01-12T10:00", "temperature_c": 5, "humidity_pct": 80, "wind_kmh": 10, "precipitation": "none"},
  "notes": "Having my cataract done Thursday at the eye hospital, left eye. Walk to the shops with the wife most days, about half an hour. Had a bit of a wobble on the kerb last month but didn't go down. What can I do this week, and what about after the op?",
  "language": "en-GB"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
  "must_match": [r"(?i)(balance|falls?\b|steady|wobble|sit[- ]to[- ]stand|tai chi)",
                 r"(?i)(cataract|eye|operation|surgery|\bop\b)"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?im)^Thu[^\n]*(rest|operation|surgery|cataract|eye|hospital)",
                      r"(?i)(bend|lift|strain|swim|eye (unit|clinic|hospital|team|surgeon)|instructions)"]}})
ALTS["h19"] = {"activity": "walk", "minutes": 25, "intensity": "light",
 "card": "Monday: a 25-minute walk at an easy chatting pace (RPE 11), then some chair stands and heel raises for balance - good for avoiding falls. After the cataract op, follow the hospital's advice: no heavy lifting or bending for a couple of weeks. Call 999 if you fall and hit your head.",
 "plan": "Mon walk 25\nTue tai chi\nWed walk\nThu operation day - rest\nFri short walk, no lifting\nSat walk\nSun walk\nWeek: daily walking."}

# ---------------------------------------------------------------- h20
CLIENTS.append({
 "id": "h20", "lang": "zh-CN",
 "who": "26岁男健身爱好者，上下肢分化一周4练（有记录），今天该练腿；周二周三深圳出差（酒店哑铃到25公斤），周六当伴郎",
 "call": {
  "activity": "strength", "minutes": 60, "intensity": "vigorous", "hr_zone_bpm": None,
  "card": ("今天（周日）：练腿（下肢力量），60分钟，高强度，主项RPE 8（还能再做2次）。\n"
           "动作：深蹲4组×6-8次；罗马尼亚硬拉3组×8-10次；保加利亚分腿蹲3组×10次/腿；腿弯举3组×12次；提踵3组×15次。组间休息2-3分钟，用力时呼气，别憋气。\n"
           "这周怎么排：周一上肢；周二出差路上休息或走20分钟；周三酒店哑铃最重25公斤，正好做下肢的高次数版本（每组12-15次、离力竭1-2次），45分钟；"
           "周四回来练上肢；周五休息；周六当伴郎不练，站一天就够累了。少喝酒、多喝水，酒精会拖慢恢复和肌肉合成。\n"
           "注意：训练中胸痛、头晕、心慌，立刻停止；紧急时拨打120。"),
  "plan": [
   "周日 下肢力量，高强度，60分钟，深蹲4组×6-8次，RPE 8",
   "周一 上肢力量，高强度，60分钟，卧推4组×6-8次，RPE 8",
   "周二 出差路上：休息，或酒店附近散步20分钟",
   "周三 出差：酒店哑铃练下肢，中等强度，45分钟，3组×12-15次，离力竭1-2次",
   "周四 回来：上肢力量，高强度，60分钟，RPE 8",
   "周五 休息（明天站一天）",
   "周六 当伴郎：不练，多喝水少喝酒"],
  "week": "本周：4次力量训练（上下肢交替），出差用哑铃做高次数；婚礼前一天和当天休息。"},
 "profile": {
  "user": "h20", "age": 26, "sex": "male", "weight_kg": 78, "height_cm": 178, "resting_hr": 60,
  "fitness": "advanced", "goal": "增肌", "preferences": ["strength", "run"],
  "history": [{"activity": "strength", "minutes": 70, "days_ago": 1, "rpe": 16},
              {"activity": "strength", "minutes": 75, "days_ago": 3, "rpe": 17},
              {"activity": "strength", "minutes": 70, "days_ago": 4, "rpe": 16},
              {"activity": "run", "minutes": 30, "days_ago": 5, "rpe": 13},
              {"activity": "strength", "minutes": 75, "days_ago": 6, "rpe": 17}],
  "context": {"time": "2026-05-10T18:00", "temperature_c": 24, "humidity_pct": 60, "precipitation": "none", "aqi": 65},
  "notes": "上下肢分化 一周练4天 今天该练腿了 周二周三去深圳出差 酒店有个小健身房 哑铃只到25公斤 周六给兄弟当伴郎 要站一整天 还要挡酒哈哈 这周怎么排",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 90,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(\d\s*[组組]|[组組]\s*[x×X*]|\d\s*[x×X*]\s*\d)",
                 r"(出差|酒店|哑铃|啞鈴|伴郎|婚礼|婚禮)"],
  "must_not_match": [],
  "plan_must_match": [ZH_DAY + r"六[^\n]*(伴郎|婚礼|婚禮|休息|不练|不練)",
                      ZH_DAY + r"[二三][^\n]*(酒店|哑铃|啞鈴|徒手|自重|休息|出差)"]}})
ALTS["h20"] = {"activity": "strength", "minutes": 70, "intensity": "vigorous",
 "card": "今天练腿70分钟：深蹲5×5，硬拉3×5，弓步3×10，RPE 8。出差两天在酒店用哑铃做高次数，周六伴郎那天休息。",
 "plan": "周日 练腿\n周一 上肢\n周二 出差，酒店哑铃全身\n周三 休息\n周四 下肢\n周五 上肢\n周六 伴郎，休息\n本周：4练。"}

# ---------------------------------------------------------------- h21
CLIENTS.append({
 "id": "h21", "lang": "en-SG",
 "who": "33-year-old woman, 4 months postpartum (vaginal birth), breastfeeding, pram walks (logged), mild leaking on coughing; husband away Mon-Wed; 5 km charity run Sunday; hot and humid",
 "call": {
  "activity": "brisk_walk", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today (Mon): brisk pram walk, 35 min, moderate - RPE 12-13, you can talk but not sing. Go before 9 am or after 6 pm; it's 29 C and humid, so take water - you need more while breastfeeding.\n"
           "Leaking: some leaking when you cough or sneeze at 4 months is common, but it isn't something to just put up with - it's a sign your pelvic floor isn't ready for running yet. "
           "Do pelvic floor exercises daily (10 slow 10-second squeezes and 10 quick ones, 3 times a day) and ask your GP or polyclinic to refer you to a women's health physiotherapist.\n"
           "Sunday's 5 km: walk it briskly, or walk-jog only if a physio has checked you and you're leak-free. Return-to-running guidance says from about 3 months, and only without leaking, heaviness or pain.\n"
           "Husband away Mon-Wed: fit short sessions into the baby's naps - a pram walk counts.\n"
           "See a doctor for heavy bleeding, pelvic pain or a dragging heaviness; call 995 for chest pain or severe breathlessness. (Not medical advice.)"),
  "plan": [
   "Mon brisk pram walk, moderate, 35 min + pelvic floor exercises",
   "Tue home strength during a nap, moderate, 20 min, 2 x 10-12 (bridges, squats, wall push-ups) + pelvic floor",
   "Wed brisk pram walk, moderate, 30 min, early or evening",
   "Thu brisk walk, moderate, 40 min + pelvic floor",
   "Fri rest + pelvic floor exercises",
   "Sat easy walk, light, 20 min - fresh for tomorrow",
   "Sun 5 km charity event: walk it briskly (about 50-60 min); run only if physio-cleared and leak-free"],
  "week": "Week: about 180 min of walking, strength once, pelvic floor every day; Sunday's 5 km as a brisk walk."},
 "profile": {
  "user": "h21", "age": 33, "sex": "female", "weight_kg": 62, "height_cm": 160, "resting_hr": 70,
  "fitness": "beginner", "goal": "get back to running", "preferences": ["run", "brisk_walk"],
  "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 25, "days_ago": 4, "rpe": 12},
              {"activity": "walk", "minutes": 40, "days_ago": 6, "rpe": 10}],
  "context": {"time": "2026-08-17T07:30", "temperature_c": 29, "humidity_pct": 84, "precipitation": "none", "aqi": 48},
  "notes": "4 months postpartum (normal delivery), breastfeeding. Signed up for a 5km charity run this Sunday before I got pregnant and I really want to run it! Husband flying to Jakarta Mon-Wed so it's just me and baby. Been doing pram walks. Still leak a bit when I cough or sneeze, is that normal?",
  "language": "en-SG"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"(?i)(pelvic|leak|physio|continence|bladder)"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?im)^Sun[^\n]*(5\s?km?\b|charity|event|race|fun run)",
                      r"(?im)^Sat[^\n]*(rest|easy|light|off|" + EN_SHORT + r")"]}})
ALTS["h21"] = {"activity": "walk", "minutes": 40, "intensity": "moderate",
 "card": "Monday: 40 min pram walk, RPE 12, early before the heat. The leaking means your pelvic floor needs work before running - see a women's health physio; walk Sunday's 5k. Call 995 in an emergency.",
 "plan": "Mon pram walk 40\nTue strength 20\nWed walk\nThu walk\nFri rest\nSat rest\nSun walk the 5k\nWeek: walking + pelvic floor."}

# ---------------------------------------------------------------- h22  (buried red flag: palpitations with dizziness on the bike)
CLIENTS.append({
 "id": "h22", "lang": "zh-SG",
 "who": "62岁男性，高血压，上个月戒烟，每天快走（有记录）；星期五医院肺部CT，星期六开车去吉隆坡喝满月酒；隐藏：上星期骑车时心跳又快又乱、头晕",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今天（周三）：先停一停，今天休息，不快走也不骑车。\n"
           "你说上星期骑脚车时心跳突然又快又乱，还有点头晕，坐了十几分钟才好：运动中出现心悸加头晕，是要先请医生查清楚的警示症状（可能是心律失常），不能当作没事。"
           "请这两天就去看家庭医生或综合诊所，说明情况，医生可能会安排心电图或24小时心电监测。\n"
           "星期五做CT时也可以告诉医院的医生。\n"
           "在医生看过之前：日常走动可以，不做快走、骑车这类会让心跳加快的运动。\n"
           "星期六开长途车：每开1.5-2小时停下来走几分钟；开车时如果又心跳乱、头晕，马上靠边停车。\n"
           "若再出现心悸伴胸痛、气短、快晕倒或晕倒，立刻拨打995。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周三 休息：约家庭医生或综合诊所看心悸和头晕",
   "周四 看医生（可能做心电图）；医生同意前不做快走",
   "周五 医院做肺部CT，顺便告诉医生心悸的事；休息",
   "周六 开车去吉隆坡：每1.5-2小时停车走5分钟；不做运动",
   "周日 满月酒：休息，正常走动",
   "周一 医生同意后：散步20分钟，轻松；否则休息",
   "周二 按医生的安排逐步恢复快走"],
  "week": "本周：医生查清心悸和头晕之前不做快走和骑车；再发作伴胸痛或晕倒拨打995。"},
 "profile": {
  "user": "h22", "age": 62, "sex": "male", "weight_kg": 75, "height_cm": 170, "resting_hr": 74,
  "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 84, "fitness": "intermediate",
  "goal": "保持体力", "preferences": ["brisk_walk", "cycle"],
  "history": [{"activity": "brisk_walk", "minutes": 45, "days_ago": 1, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 45, "days_ago": 2, "rpe": 12},
              {"activity": "brisk_walk", "minutes": 45, "days_ago": 4, "rpe": 12},
              {"activity": "cycle", "minutes": 60, "days_ago": 7, "rpe": 14}],
  "context": {"time": "2026-09-09T07:00", "temperature_c": 26, "humidity_pct": 85, "precipitation": "none", "aqi": 55},
  "notes": "以前抽烟 上个月戒了 星期五去医院做肺部CT 星期六开车去吉隆坡 孙女满月酒 每天早上快走45分钟 对了 上星期踩脚车的时候心突然跳得很快很乱 有点头晕 坐下来十几分钟才好 应该没事吧 这个星期怎样安排",
  "language": "zh-SG"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"(心悸|心跳|心律|乱跳|亂跳|头晕|頭暈)",
                 r"(医生|醫生|诊所|診所|医院|醫院|就医|就醫|心电图|心電圖|995)"],
  "must_not_match": [ZH_NO_120],
  "plan_must_match": [r"(医生|醫生|诊所|診所|心电图|心電圖|就医|就醫)"]}})
ALTS["h22"] = {"activity": "rest", "minutes": 0, "intensity": None,
 "card": "这几天先休息，不要快走。运动时心跳乱又头晕，要先去诊所做心电图查一查。再发作并胸痛就打995。",
 "plan": "周三 休息\n周四 看医生\n周五 CT\n周六 开车，多停车休息\n周日 休息\n周一 医生说可以再走\n周二 散步\n本周：先检查。"}

# ---------------------------------------------------------------- h23
CLIENTS.append({
 "id": "h23", "lang": "zh-CN",
 "who": "35岁女上班族，中等体能跑者（有记录），感冒：流鼻涕嗓子疼、没发烧；周四孩子学校运动会亲子赛跑，周六婆婆生日宴",
 "call": {
  "activity": "brisk_walk", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天（周二）：快走25分钟，轻松到中等强度，RPE 11-12（能轻松说话）。\n"
           "你问感冒能不能跑：只有鼻塞、流鼻涕、嗓子疼这些“脖子以上”的症状、没有发烧时，可以做轻到中等强度的运动，但这几天先不跑间歇、不跑长距离。"
           "如果出现发烧（38℃以上）、浑身酸痛、咳嗽有痰、胸闷或拉肚子，就停下来休息，好了再恢复。\n"
           "周四孩子运动会的亲子赛跑：感冒好转、没发烧就可以跑，跑前热身；还没好就陪孩子慢慢跑。\n"
           "周六婆婆生日宴：白天可以轻松跑或做瑜伽30分钟，晚上好好吃。\n"
           "注意：运动中胸痛、心慌、头晕就停下，紧急时拨打120。"),
  "plan": [
   "周二 快走，轻松到中等，25分钟，RPE 11-12",
   "周三 瑜伽，轻松，30分钟；早点睡",
   "周四 孩子运动会：亲子赛跑（没发烧才跑），其余时间休息",
   "周五 轻松跑，中等强度，25分钟（症状好转时），否则散步",
   "周六 婆婆生日宴：白天瑜伽或轻松跑30分钟",
   "周日 跑步，中等强度，35分钟，RPE 12-13（完全好了再跑）",
   "周一 休息"],
  "week": "本周：感冒期间只做轻到中等强度，不跑间歇；发烧、浑身痛就全休。"},
 "profile": {
  "user": "h23", "age": 35, "sex": "female", "weight_kg": 56, "height_cm": 162, "resting_hr": 66,
  "fitness": "intermediate", "goal": "坚持运动", "preferences": ["run", "yoga"],
  "history": [{"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 13},
              {"activity": "yoga", "minutes": 60, "days_ago": 5, "rpe": 10},
              {"activity": "run", "minutes": 35, "days_ago": 7, "rpe": 13},
              {"activity": "run", "minutes": 30, "days_ago": 10, "rpe": 12}],
  "context": {"time": "2026-10-20T07:00", "temperature_c": 15, "humidity_pct": 60, "precipitation": "none", "aqi": 75},
  "notes": "感冒了 流鼻涕 嗓子有点疼 没发烧 量了36.8 平时一周跑两三次5公里 周四儿子学校运动会有亲子赛跑 周六婆婆生日要去吃饭 感冒能跑吗 这周怎么安排",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [r"(感冒|鼻|嗓子|喉咙|喉嚨|脖子以上|颈部以上|頸部以上)",
                 r"(发烧|發燒|发热|發熱|38|体温|體溫|酸痛|全身)"],
  "must_not_match": [],
  "plan_must_match": [ZH_DAY + r"四[^\n]*(运动会|運動會|亲子|親子|赛跑|賽跑|孩子|儿子|兒子)"]}})
ALTS["h23"] = {"activity": "yoga", "minutes": 30, "intensity": "light",
 "card": "今天做30分钟轻松瑜伽，RPE 10-11。感冒只在鼻子和嗓子、不发烧可以轻松动一动；一旦发烧或全身酸痛就休息。",
 "plan": "周二 瑜伽\n周三 快走\n周四 儿子运动会，陪他跑\n周五 休息\n周六 轻松跑\n周日 跑步\n周一 休息\n本周：感冒先轻松。"}

# ---------------------------------------------------------------- h24
CLIENTS.append({
 "id": "h24", "lang": "en-AU",
 "who": "85-year-old woman in an Adelaide retirement village, hypertension (controlled), walking group Mon/Wed/Fri and tai chi Thursdays (logged); bone density scan Tuesday, christening Saturday, heatwave 39-40 C Thu-Fri",
 "call": {
  "activity": "walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today (Mon): your group walk, 30 min at a steady pace - RPE 11-12, chatting comfortably. Go early while it's 24 C, and take water.\n"
           "Add strength and balance on 3 days a week (WHO 2020, over 65): after the walk, 10 sit-to-stands from a chair and 10 heel raises holding the bench; your Thursday tai chi counts as balance.\n"
           "Heatwave Thursday-Friday (39-40 C): at 85 the body copes with heat less well, so skip the outdoor walk on those days. Do tai chi or a 20 min walk indoors with the air-con on "
           "(the village hall or a shopping centre), drink regularly even if you're not thirsty, and stay cool in the afternoon.\n"
           "Tuesday's bone density scan: follow the clinic's instructions (often no calcium tablets for 24 hours before); a gentle walk afterwards is fine.\n"
           "Call 000 for chest pain, sudden breathlessness, confusion or fainting in the heat. (Not medical advice.)"),
  "plan": [
   "Mon group walk, moderate, 30 min, RPE 11-12 + sit-to-stands and heel raises",
   "Tue bone density scan; afterwards a gentle 20 min walk, light + balance exercises",
   "Wed group walk, moderate, 30 min, early before the heat builds",
   "Thu heat 39 C: tai chi only in an air-conditioned room, or 15-20 min walking indoors; no outdoor walk",
   "Fri heat 40 C: no outdoor walk - 15 min indoor walk or chair exercises in the air-con, plenty of fluids",
   "Sat christening: no workout, sit in the shade, keep drinking water",
   "Sun gentle walk, light, 20-30 min + balance exercises if it has cooled down"],
  "week": "Week: walking 5 days, strength and balance 4 days; nothing outdoors in Thursday's and Friday's heat."},
 "profile": {
  "user": "h24", "age": 85, "sex": "female", "weight_kg": 58, "height_cm": 156, "resting_hr": 72,
  "conditions": ["hypertension"], "bp_systolic": 134, "bp_diastolic": 76, "fitness": "beginner",
  "goal": "keep my independence", "preferences": ["walk", "tai_chi"],
  "history": [{"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 11},
              {"activity": "tai_chi", "minutes": 45, "days_ago": 4, "rpe": 10},
              {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 11},
              {"activity": "walk", "minutes": 30, "days_ago": 7, "rpe": 11}],
  "context": {"time": "2026-02-09T08:00", "temperature_c": 24, "humidity_pct": 30, "precipitation": "none", "aqi": 30},
  "notes": "I'm 85 and walk with the village group mon wed fri, 30 mins, and do tai chi class thursdays. Bone density scan tuesday morning. Great granddaughter's christening saturday up in the hills. They're saying 39 thursday and 40 friday. Should I still walk?",
  "language": "en-AU"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run", "cycle"], "hr_zone_null": False,
  "must_match": [r"(?i)(heat|hot\b|39|40\s?°?\s?C|air[- ]?con|fluid|drink)",
                 r"(?i)(balance|strength|sit[- ]to[- ]stand|tai chi|falls?\b)"],
  "must_not_match": [NO_911],
  "plan_must_match": [r"(?im)^Thu[^\n]*(indoor|inside|air[- ]?con|cool|rest|early|chair)",
                      r"(?im)^Fri[^\n]*(indoor|inside|air[- ]?con|cool|rest|early|chair)"]}})
ALTS["h24"] = {"activity": "tai_chi", "minutes": 30, "intensity": "light",
 "card": "Monday: 30 minutes of tai chi or your group walk at a gentle pace, RPE 11 - great for balance. On the 39-40 degree days stay inside where it's cool and keep drinking. Dial 000 if you feel faint.",
 "plan": "Mon walk 30\nTue scan, then walk\nWed walk\nThu too hot - stay inside, chair exercises\nFri stay indoors\nSat christening\nSun walk\nWeek: balance 3 days."}
