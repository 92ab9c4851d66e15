# Literal client data h07-h12 (panel73). Written by hand; "alt" is only for tools/probe.py.
from clients_a import EN_NOT_911, ZH_TW_WRONG, ZH_HK_WRONG, ZH_SG_WRONG, EN_CA_WRONG

CLIENTS = []

CLIENTS.append({
 "id": "h07", "lang": "en-US",
 "who": "44F, type 2 diabetes on basal insulin + glipizide, obese; went low (58) after a 90-min walk, 84 mg/dl now; asks whether to skip walking (imperial units)",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: brisk walk, 30 min, moderate - RPE 12-13, you can talk but not sing. Start 30-60 min after dinner, "
           "when your sugar is rising.\n"
           "You asked: should I skip walking for a few days? No - keep walking, it is one of the best things you do for "
           "your sugar. HOLD at your usual 30 min. The low (58) came from a walk three times longer than usual on top of "
           "Lantus and glipizide, which both push sugar down: it was the dose of walking, not walking itself.\n"
           "Before you go: check your sugar. It's 84 now (under 90): if you walk before eating, have 15-30 g of carbs "
           "first (a small juice or a piece of fruit); after dinner, recheck and go if you're 100 or more.\n"
           "Carry glucose tabs or juice and your meter, and walk with someone or tell them your route. Check again after "
           "the walk and at bedtime: a long walk can lower sugar for up to 24 hours, overnight too.\n"
           "Before another 60-90 min walk, ask your doctor or diabetes educator whether to lower the glipizide or insulin "
           "on those days, and eat a snack every 30-45 min of it.\n"
           "Shaky, sweaty or confused: stop, take 15 g of fast sugar, recheck in 15 min. If someone can't swallow or "
           "passes out, call 911.\n"
           "38 F and windy: layers and gloves. Not medical advice."),
  "plan": ["Mon: Brisk walk, moderate, 30 min after dinner, sugar check before and after",
           "Tue: Strength (chair squats, wall push-ups, band rows), 20 min, 2 x 10-15",
           "Wed: Brisk walk, moderate, 30 min after dinner",
           "Thu: Walk, light, 20 min after dinner",
           "Fri: Brisk walk, moderate, 35 min after dinner",
           "Sat: Strength, 20 min, plus an easy 15 min walk",
           "Sun: Brisk walk, moderate, 40 min with your sister, snack at 30 min, sugar checks"],
  "week": "Week: about 155 min of walking, none longer than 45 min until your doctor has reviewed your diabetes medicines for long walks; strength 2 days."},
 "profile": {
  "age": 44, "sex": "female", "weight_lb": 212, "height_in": 64, "resting_hr": 78, "units": "imperial",
  "conditions": ["diabetes"], "glucose_mg_dl": 84,
  "fitness": "beginner", "goal": "lower my A1c and lose weight", "preferences": ["walk", "brisk_walk"],
  "history": [
   {"activity": "brisk_walk", "minutes": 90, "days_ago": 1, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 5, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 7, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 9, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 11, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 13, "rpe": 13}],
  "context": {"time": "2026-02-09T17:45", "temperature_f": 38, "wind_mph": 12, "precipitation": "none"},
  "notes": "Did a long walk w my sister yesterday, 90 min (usually 30). felt great but like an hour after I got home I was shaky and sweaty, meter said 58. had juice, fine after. I'm on Lantus + glipizide. 84 right now, was gonna do my usual 30 after dinner. should I skip walking for a few days??",
  "language": "en-US"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [
   r"(?i)carb|snack|juice|glucose (tab|tablet|gel)|dextrose|fast sugar|\d+\s*g\b",
   r"(?i)(check|test|measure|monitor|meter|recheck).{0,40}(sugar|glucose|level|reading)|(sugar|glucose).{0,40}(check|test|before|after|bedtime|overnight)",
   r"(?i)doctor|prescriber|care team|diabetes (nurse|team|educator|specialist)|clinician|endocrinolog|pharmacist|provider|physician"],
  "must_not_match": [],
  "plan_must_match": [r"(?i)walk"]},
 "alt": {"activity": "walk", "minutes": 30, "intensity": "light",
  "card": ("Easy walk 30 min after dinner (RPE 11). Don't stop walking. Check your glucose before and after; under 90, have "
           "15 g carbs first. Ask your doctor about lowering the glipizide on long-walk days. Severe low: call 911.")}
})

CLIENTS.append({
 "id": "h08", "lang": "zh-SG",
 "who": "31F, 24 weeks pregnant, intermediate; loved her two swims, hated the gym class; asks if she can just swim",
 "call": {
  "activity": "swim", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日运动建议：游泳，30分钟，中等强度，RPE 12-13（游完一趟还能说整句话）。\n"
           "你问的：可以只游泳吗？可以把游泳当主项，每周3次，很适合孕期：水托着身体，关节和腰都轻松，也不容易过热。\n"
           "力量不一定要去健身房：每周2次、每次15-20分钟在家做就行，用弹力带或自重：靠墙深蹲、侧卧抬腿、侧卧蚌式、"
           "站姿弹力带划船、盆底肌练习，各2组×12-15次。孕中期以后避免长时间平躺仰卧。\n"
           "今天30°C、湿度高：早点去泳池，多喝水，不要泡热水池或桑拿。\n"
           "孕期需要立即停止并就医的信号：阴道出血、有规律的痛性宫缩、阴道流液、头晕、头痛、胸痛、小腿疼痛或肿胀、"
           "运动前就气短。紧急情况请拨打995。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周三 游泳，中等强度，30分钟，RPE 12-13",
           "周四 在家力量训练（弹力带、靠墙深蹲、侧卧抬腿、盆底肌），20分钟",
           "周五 快走，中等强度，30分钟，清晨或在商场里",
           "周六 游泳，中等强度，35分钟",
           "周日 休息",
           "周一 在家力量训练，20分钟，加孕妇瑜伽拉伸10分钟",
           "周二 游泳，中等强度，30分钟"],
  "week": "本周：游泳3次加快走1次，约125分钟中等强度（孕期建议每周至少150分钟，逐步达到）；力量2天，不去健身房也可以。"},
 "profile": {
  "age": 31, "sex": "female", "weight_kg": 63, "height_cm": 160, "conditions": ["pregnancy"],
  "fitness": "intermediate", "goal": "保持体能，顺产", "preferences": ["swim"],
  "history": [
   {"activity": "swim", "minutes": 30, "days_ago": 2, "rpe": 12},
   {"activity": "strength", "minutes": 45, "days_ago": 5, "rpe": 15},
   {"activity": "swim", "minutes": 30, "days_ago": 6, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 9, "rpe": 12},
   {"activity": "swim", "minutes": 25, "days_ago": 12, "rpe": 12}],
  "context": {"time": "2026-05-06T07:00", "temperature_c": 30, "humidity_pct": 80, "precipitation": "none"},
  "notes": "怀孕24周 上周游了两次泳超舒服 整个人轻飘飘的 周五去健身房跟教练上课 又闷又累 真的不想再去了😩 可以只游泳吗 还是一定要练力量",
  "language": "zh-SG"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "cycle"], "hr_zone_null": True,
  "must_match": [
   r"游|泳|水中",
   r"力量|肌力|[弹彈]力[带帶]|阻力|自重|深蹲|[哑啞][铃鈴]|盆底|核心",
   r"出血|流血|[宫宮][缩縮]|[阴陰]道|羊水|流液|漏液|[头頭][晕暈]|[头頭][痛疼]|胸[痛口]|小腿|仰[卧臥]|平躺"],
  "must_not_match": [ZH_SG_WRONG],
  "plan_must_match": [r"游|泳"]},
 "alt": {"activity": "swim", "minutes": 40, "intensity": "moderate",
  "card": ("游泳40分钟，能说话的强度。可以以游泳为主；力量用弹力带在家练就行，每周两次。"
           "出现阴道出血、宫缩、头晕要立即停止并就医，紧急时拨打995。")}
})

CLIENTS.append({
 "id": "h09", "lang": "en-CA",
 "who": "71M, stent 2 years ago, on metoprolol, cardiac-rehab graduate walking 5x/week; resting HR up 8, more puffed on the usual hill, sock marks on swollen ankles (buried red flag)",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("Today: rest - no walk today, and not a shorter one either, until you've been checked.\n"
           "You asked: keep my 5 walks or back off? Neither yet. With a stent and metoprolol, three changes in one week - "
           "resting heart rate up 8 beats despite the beta-blocker, more puffed than usual on your usual hill (your logged "
           "effort rose from RPE 11 to 14 on the same walk), and new ankle swelling by supper - can be early signs of fluid "
           "building up (heart failure) and need a doctor, not a new mattress.\n"
           "Call your cardiologist's office or family doctor today and ask to be seen within a day or two. Weigh yourself "
           "each morning and tell them if you gain 1 kg in a day or 2 kg in a week.\n"
           "Call 911 if you get chest pain or pressure, breathlessness at rest or when lying flat, wake up short of "
           "breath, faint, or your heart races.\n"
           "On a beta-blocker, heart-rate zones mislead: when you restart, use RPE 11-13 and the talk test.\n"
           "-8 C with wind today is one more reason to stay in. Not medical advice."),
  "plan": ["Tue: Rest - call your cardiologist or family doctor today",
           "Wed: Rest - weigh yourself in the morning; keep the appointment",
           "Thu: Rest until cleared",
           "Fri: Rest until cleared",
           "Sat: Rest until cleared",
           "Sun: Rest until cleared",
           "Mon: Rest until cleared; restart only as your doctor advises"],
  "week": "Week: no exercise until a doctor has checked the ankle swelling, breathlessness and higher resting heart rate; then restart with short, flat indoor walks at RPE 11-13."},
 "profile": {
  "age": 71, "sex": "male", "weight_kg": 82, "height_cm": 176, "resting_hr": 66,
  "conditions": ["heart_disease", "hypertension"], "bp_systolic": 128, "bp_diastolic": 76,
  "fitness": "intermediate", "goal": "stay fit after the stent", "preferences": ["walk", "brisk_walk"],
  "history": [
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 14},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 8, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 9, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 11, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 12, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 13, "rpe": 11}],
  "context": {"time": "2026-01-27T09:00", "temperature_c": -8, "wind_kmh": 20, "precipitation": "none"},
  "notes": "Cardiac rehab grad, stent 2 yrs ago, on metoprolol. Watch says my resting HR has gone up 8 beats this week, 58 to 66. Probably the new mattress lol. Bit more puffed than usual on my hill walk and my socks are leaving deep marks round my ankles by supper. Keep my 5 walks or back off a bit?",
  "language": "en-CA"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                       "stationary_bike", "elliptical", "stretching"],
  "hr_zone_null": True,
  "must_match": [
   r"(?i)doctor|cardiolog|physician|\bGP\b|clinic|nurse|care team|heart team|hospital|emergency",
   r"(?i)ankle|swell|swollen|oedema|edema|fluid",
   r"(?i)911|emergency"],
  "must_not_match": [EN_CA_WRONG],
  "plan_must_match": [r"(?i)rest|until|clear|doctor"]},
 "alt": {"activity": "rest", "minutes": 0, "intensity": None,
  "card": ("Rest today. Swollen ankles plus more breathlessness and a higher resting pulse with your heart history: see your "
           "doctor in the next day or two before any more walks. Chest pain or breathless at rest: call 911.")}
})

CLIENTS.append({
 "id": "h10", "lang": "zh-HK",
 "who": "24F Hong Kong office worker with asthma, 3 good runs last week; wants a longer harbourfront run tonight with AQI 165 (writes in Cantonese)",
 "call": {
  "activity": "elliptical", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日運動建議：室內有氧，用健身室嘅橢圓機或者室內單車，30分鐘，中等強度，RPE 12-13（講到完整句子，但唱唔到歌）。\n"
           "你問嘅：今晚去海旁跑45分鐘得唔得？今晚唔好。AQI 165屬「不健康」級別，你有哮喘，係敏感人士，"
           "應該避免喺戶外長時間或者高強度運動；污染會誘發氣喘，平時冇事唔代表今晚冇事。\n"
           "所以今日維持（唔加量）：喺室內做30分鐘；如果屋苑或者健身中心有跑步機，喺跑步機慢跑30分鐘都得。"
           "想跑長啲，等空氣質素返到AQI 100以下先去海旁，一次加5分鐘左右，唔好一下子由35跳到45分鐘。\n"
           "運動前15分鐘按醫生指示用噴劑，隨身帶住。\n"
           "如果氣喘、胸口翳、咳到停唔到，用咗噴劑都冇改善，即刻停，打999。\n"
           "（本建議唔係醫療建議。）"),
  "plan": ["週二 室內橢圓機或者室內單車，中等強度，30分鐘，RPE 12-13",
           "週三 肌力訓練，30分鐘，室內",
           "週四 跑步，中等強度，35分鐘：AQI 100以下先去海旁，否則用跑步機",
           "週五 休息",
           "週六 跑步，輕鬆，40分鐘，空氣好先出去",
           "週日 瑜伽或者伸展，30分鐘",
           "週一 跑步，中等強度，30分鐘"],
  "week": "本週：跑步3次，長課由35加到40分鐘（每週加10%左右）；AQI超過100就改喺室內；肌力1至2日。"},
 "profile": {
  "age": 24, "sex": "female", "weight_kg": 52, "height_cm": 160, "conditions": ["asthma"],
  "fitness": "intermediate", "goal": "10公里跑入一個鐘", "preferences": ["run"],
  "history": [
   {"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12},
   {"activity": "run", "minutes": 35, "days_ago": 6, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 12},
   {"activity": "run", "minutes": 35, "days_ago": 11, "rpe": 13},
   {"activity": "run", "minutes": 30, "days_ago": 13, "rpe": 12}],
  "context": {"time": "2025-12-16T18:30", "temperature_c": 19, "humidity_pct": 60, "aqi": 165},
  "notes": "上個禮拜跑咗三次都好順，今晚想去海旁跑長啲，跑45分鐘得唔得？App話AQI好差，不過我平時都冇乜事㗎，噴劑喺袋度",
  "language": "zh-HK"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "vigorous", "max_minutes": 45,
  "wrong_activities": ["cycle"], "hr_zone_null": False,
  "must_match": [
   r"空[气氣]|AQI|[污汙]染|PM2\.?5|霾",
   r"室[内內]|屋[企内內]|健身|跑步[机機]|[椭橢][圆圓]|[单單][车車]|泳池|商[场場]",
   r"哮喘|[气氣]喘|[喷噴][剂劑]|吸入|[药藥]|[气氣]管"],
  "must_not_match": [ZH_HK_WRONG],
  "plan_must_match": [r"跑"]},
 "alt": {"activity": "run", "minutes": 30, "intensity": "moderate",
  "card": ("今日喺健身室跑步機跑30分鐘，中等強度（講到嘢）。AQI 165，你有哮喘，唔好去海旁跑；"
           "空氣好返先加長。帶定噴劑，氣喘唔停就打999。")}
})

CLIENTS.append({
 "id": "h11", "lang": "en-IN",
 "who": "38M Delhi office worker, obese (102 kg), walked 45 min every morning last week; wants to start jogging today with AQI 240",
 "call": {
  "activity": "stationary_bike", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: exercise bike (or a treadmill walk) in your society gym, 40 min, moderate - RPE 12-13, you can talk "
           "but not sing.\n"
           "You asked: start jogging today? Not today, and not outdoors while the AQI is 240 ('very unhealthy'): at that "
           "level everyone should limit outdoor exertion, and jogging makes you breathe in far more PM2.5 than walking. "
           "Today is a HOLD: same time and effort as your walks, but indoors.\n"
           "Great week - 7 mornings of 40-45 min is a real habit. Next step, on the treadmill or once the air is better: add "
           "jogging as short intervals (1 min jog, 2 min walk) 2-3 times a week; at 102 kg, build slowly to spare your "
           "knees and ankles.\n"
           "Add strength 2 days (squats to a chair, wall push-ups, rows). A mask does not make outdoor jogging safe at this AQI.\n"
           "Warning: chest pain, unusual breathlessness or dizziness - stop and call 112.\n"
           "Not medical advice."),
  "plan": ["Tue: Exercise bike, moderate, 40 min, indoors, RPE 12-13",
           "Wed: Treadmill walk, moderate, 45 min, indoors",
           "Thu: Strength (chair squats, wall push-ups, rows), 25 min",
           "Fri: Treadmill walk with jog intervals (1 min jog / 2 min walk), 35 min, if knees feel fine",
           "Sat: Exercise bike, moderate, 40 min; walk outside only if AQI is below 100",
           "Sun: Strength, 25 min, plus an easy 20 min walk",
           "Mon: Treadmill walk, moderate, 45 min"],
  "week": "Week: about 215 min moderate, indoors while the AQI stays above 200; first jog intervals on the treadmill; strength 2 days."},
 "profile": {
  "age": 38, "sex": "male", "weight_kg": 102, "height_cm": 175, "fitness": "beginner",
  "goal": "lose 10 kg", "preferences": ["brisk_walk", "stationary_bike"],
  "history": [
   {"activity": "brisk_walk", "minutes": 45, "days_ago": 1, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 45, "days_ago": 2, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 45, "days_ago": 3, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 45, "days_ago": 4, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 45, "days_ago": 5, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 7, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 10, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 12, "rpe": 13}],
  "context": {"time": "2025-11-18T06:30", "temperature_c": 12, "aqi": 240},
  "notes": "Walked 45 min every morning in Lodhi garden last week, felt really good, even lost 1 kg! Want to start jogging from today. AQI app shows 240 but everybody in the park walks anyway. Our society has a small gym with a cycle and a treadmill",
  "language": "en-IN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "cycle"], "hr_zone_null": False,
  "must_match": [
   r"(?i)AQI|\bair\b|pollut|smog|PM\s?2\.?5",
   r"(?i)indoor|inside|gym|home|mall|treadmill|exercise bike|stationary",
   r"(?i)jog|\brun"],
  "must_not_match": [EN_NOT_911],
  "plan_must_match": [r"(?i)indoor|treadmill|gym|bike|AQI|air"]},
 "alt": {"activity": "brisk_walk", "minutes": 45, "intensity": "moderate",
  "card": ("Walk 45 min on the society treadmill at RPE 12-13. Don't jog outdoors at AQI 240; start run-walk intervals on "
           "the treadmill next week. Chest pain or dizziness: call 112.")}
})

CLIENTS.append({
 "id": "h12", "lang": "zh-CN",
 "who": "45F office worker, low back pain, beginner; back very sore after deadlifts in two personal-training sessions, yoga felt good; asks whether to lie at home and rest the back",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日运动建议：快走30分钟，中等强度，RPE 12-13（能说整句话），走完做10分钟核心练习："
           "鸟狗式、死虫式、臀桥各2组×10次，动作慢、不憋气。\n"
           "你问的：要不要在家躺着养腰？不要。你的腰酸是训练后的肌肉酸痛，已经在好转，腿不麻不疼；"
           "这种腰痛，保持活动比卧床恢复得更快，躺着反而更僵。\n"
           "私教课可以继续去，但这周先退一步，不做硬拉：告诉教练你腰酸过，把硬拉换成臀桥、鸟狗式、轻重量的髋铰链练习，"
           "一周不酸了再从很轻的重量、标准动作重新开始。\n"
           "瑜伽让你舒服，就把它放进每周计划；避免深度弯腰前屈和扭到痛的动作。\n"
           "需要尽快就医的信号：腿麻、腿无力、大小便异常、会阴部发麻、夜里痛醒或发烧。胸痛、晕倒请拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周二 快走，中等强度，30分钟，加核心练习10分钟",
           "周三 瑜伽（温和），45分钟，避免深度前屈",
           "周四 私教课：不做硬拉，换臀桥、鸟狗式、划船，40分钟，RPE 12-13",
           "周五 快走，中等强度，30分钟",
           "周六 游泳，中等强度，30分钟",
           "周日 休息",
           "周一 瑜伽（温和），45分钟"],
  "week": "本周：先退一步，去掉硬拉，有氧约90分钟，力量和核心2天；腰不酸了再慢慢加回负重。"},
 "profile": {
  "age": 45, "sex": "female", "weight_kg": 66, "height_cm": 162, "conditions": ["low_back_pain"],
  "fitness": "beginner", "goal": "练核心，缓解腰酸", "preferences": ["yoga", "swim"],
  "history": [
   {"activity": "strength", "minutes": 45, "days_ago": 2, "rpe": 15},
   {"activity": "yoga", "minutes": 60, "days_ago": 4, "rpe": 10},
   {"activity": "strength", "minutes": 40, "days_ago": 5, "rpe": 14}],
  "context": {"time": "2026-03-24T19:30", "temperature_c": 16, "precipitation": "none"},
  "notes": "上周办了健身卡 私教课上了两次 教练让我练硬拉 第二天腰酸得厉害 弯腰穿袜子都费劲 现在好多了 腿不麻也不疼 中间去了一次瑜伽 做完腰反而舒服 今天是不是该在家躺着养养腰？私教课还要不要去",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [
   r"不要.{0,4}躺|不用.{0,4}躺|[别別].{0,4}躺|不必.{0,4}躺|[动動]起[来來]|保持活[动動]|活[动動].{0,8}(?:好|快|有助|[帮幫]助)|[卧臥]床|躺.{0,8}(?:反而|更慢|更僵|不[利好])",
   r"硬拉|[负負]重|重量|私教|[教][练練]"],
  "must_not_match": [],
  "plan_must_match": [r"瑜伽|核心|臀[桥橋]|[鸟鳥]狗|力量"]},
 "alt": {"activity": "yoga", "minutes": 40, "intensity": "light",
  "card": ("温和瑜伽40分钟，RPE 10-11，能说话。不用躺着养腰，动起来恢复更快。硬拉先停一周，和教练说换成臀桥。"
           "腿麻无力要就医。")}
})
