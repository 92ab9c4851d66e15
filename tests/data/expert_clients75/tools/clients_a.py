"""Clients h01-h06 (literal data)."""
from common import *

CLIENTS = []

# h01 en-US imperial: T2D beginner, "just had lunch" -> a post-meal walk is exactly right (rest wrong)
CLIENTS.append({
 "id": "h01", "lang": "en-US",
 "who": "52-year-old woman, type 2 diabetes, beginner, 198 lb; types only 'just had lunch' at 12:50",
 "call": {
  "activity": "walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: a walk right after lunch, 20 minutes, moderate, RPE 11-12 (you can chat in full sentences).\n"
           "How: start within about 30 minutes of finishing lunch: 5 min easy, 12 min at a steady pace (about 3 mph), 3 min easy. About 110 kcal.\n"
           "Why: walking after a meal blunts the rise in blood sugar that follows it. Your reading of 182 mg/dl (10.1 mmol/l) is in the range where exercise is fine (90-250 mg/dl, ADA 2016). It's 61 °F out: good walking weather.\n"
           "What I assumed: type 2 diabetes managed without insulin, no foot sores or numbness, and that you're new to exercise (you marked beginner).\n"
           "The one thing that would change this: if you take insulin or a sulfonylurea (glipizide, glyburide, glimepiride), carry 15-20 g of fast sugar (glucose tablets, 4 oz of juice) and check your sugar after the walk.\n"
           "This week: a short walk after most meals, building toward 150 minutes, plus strength on 2 days.\n"
           "Stop and call 911 for chest pain or pressure, fainting, or shakiness, sweating or confusion that doesn't clear after sugar.\n"
           "Not medical advice."),
  "plan": ["Tue walk after lunch, moderate, 20 min, RPE 11-12",
           "Wed walk after dinner, moderate, 20 min, RPE 11-12; strength 15 min: sit-to-stands, wall push-ups, band rows, 2 x 10-12",
           "Thu walk after lunch, moderate, 25 min, RPE 12",
           "Fri walk after dinner, moderate, 20 min; strength 15 min, 2 x 10-12, breathe out on the effort",
           "Sat walk, moderate, 30 min, RPE 12",
           "Sun rest, or an easy 10-min stroll after meals",
           "Mon walk after lunch, moderate, 25 min, RPE 12"],
  "week": "Week: about 140 min of walking, most of it after meals, and 2 strength days; next week up to 150+ min."},
 "profile": {"age": 52, "sex": "female", "weight_lb": 198, "height_in": 64, "units": "imperial",
             "conditions": ["diabetes"], "glucose_mg_dl": 182, "fitness": "beginner",
             "notes": "just had lunch", "language": "en-US",
             "context": {"time": "2026-03-10T12:50", "temperature_f": 61}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest", "run"], "hr_zone_null": False,
            "must_match": [r"(?i)lunch|after (?:a |your |the )?meals?|post-?meal|after eating|after food",
                           r"(?i)glucose|sugar|diabet|mg/dl|mmol"],
            "must_not_match": [],
            "plan_must_match": [r"(?i)strength|resist|sit-to-stand|squat|push-?up|band|weights"]},
})

# h02 zh-CN: 45 M, age and sex only, "今天练啥" -> a sensible moderate default that says what it assumed
CLIENTS.append({
 "id": "h02", "lang": "zh-CN",
 "who": "45岁男性，只填了年龄和性别，晚上7点半问“今天练啥”",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。\n"
           "怎么做：前5分钟慢走热身，中间20分钟快走（微微出汗、呼吸加快），最后5分钟慢走放松；回家后做深蹲（或从椅子上坐下站起）和靠墙俯卧撑，各2组×10次。\n"
           "我的假设：你只填了年龄和性别，所以我先按平时不怎么运动、没有慢性病来安排；晚上7点半做中等强度，不会影响睡眠。\n"
           "最能改变建议的一件事：你平时练什么、练多少（比如每周跑3次），有没有高血压、心脏病、糖尿病或关节痛。告诉我，我就能给你更合适的强度和项目。\n"
           "依据：WHO 2020：成人每周150-300分钟中等强度有氧，加至少2天力量训练。\n"
           "注意：运动中出现胸痛、胸闷、头晕或心慌，立即停下；情况严重请拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周三 快走，中等强度，30分钟，RPE 12-13；深蹲、俯卧撑 2组×10次",
           "周四 休息或饭后散步",
           "周五 快走，中等强度，30分钟，RPE 12-13",
           "周六 力量训练，中等强度，25分钟：深蹲、俯卧撑、弓步、平板支撑，2-3组×10-12次",
           "周日 快走或骑车，中等强度，40分钟，RPE 12-13",
           "周一 休息",
           "周二 快走，中等强度，30分钟，RPE 12-13；力量15分钟"],
  "week": "本周：中等强度有氧约130分钟，力量3次；告诉我你的运动习惯后再调整。"},
 "profile": {"age": 45, "sex": "male", "notes": "今天练啥", "language": "zh-CN",
             "context": {"time": "2026-03-11T19:30"}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest"], "hr_zone_null": False,
            "must_match": [ZH_ASSUME],
            "must_not_match": [],
            "plan_must_match": [r"力量|深蹲|俯卧撑|俯臥撐|哑铃|啞鈴|弹力带|彈力帶"]},
})

# h03 zh-CN: 67 F, knee osteoarthritis (condition field), beginner, notes "膝盖" -> low-impact + quad strength (rest wrong)
CLIENTS.append({
 "id": "h03", "lang": "zh-CN",
 "who": "67岁女性，膝关节（骨关节炎）勾了knee_injury，初学者，备注只有“膝盖”",
 "call": {
  "activity": "stationary_bike", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：室内单车20分钟，中等偏轻强度，RPE 11-13（能轻松说话），阻力调低，座椅调到踩到最低点时膝盖还微微弯着。\n"
           "再加10分钟膝关节力量：坐姿伸膝、靠墙浅蹲（只蹲到不痛的角度）、从椅子坐下站起，各2组×10-15次。\n"
           "为什么不休息：膝骨关节炎最有效的办法之一就是规律活动和练大腿肌肉；完全不动，膝盖反而更僵、更痛。单车对膝盖冲击小。\n"
           "我的假设：你说的“膝盖”是老毛病（骨关节炎那种酸痛、僵硬），不是刚扭伤。运动时疼痛不超过10分里的3-4分、第二天不比今天更痛，就算合适。\n"
           "最能改变建议的一件事：膝盖今天有没有又红又肿、发热，或者卡住、腿发软？如果有，今天只做不负重的活动，并去看医生。\n"
           "避免：跑、跳、深蹲到底、爬山下坡。没有单车，可以改为平路散步或水中运动。\n"
           "65岁以上：每周至少3天加平衡练习（太极、扶着椅背单脚站）。\n"
           "出现胸痛、头晕请停下，紧急情况拨打120。（本建议不是医疗建议。）"),
  "plan": ["周四 室内单车，中等强度，20分钟，RPE 11-13；膝关节力量 2组×10-15次",
           "周五 平衡练习10分钟（扶椅单脚站、脚跟贴脚尖走）+ 平路散步20分钟，轻松",
           "周六 室内单车，中等强度，25分钟，RPE 11-13；膝关节力量 2组×10-15次",
           "周日 休息",
           "周一 平路散步或水中运动，中等强度，25分钟；平衡练习10分钟",
           "周二 室内单车，中等强度，25分钟；膝关节力量 2组×10-15次",
           "周三 太极，轻松，20分钟"],
  "week": "本周：低冲击有氧约115分钟，力量3天，平衡3天；每周加5分钟，目标每周150分钟。"},
 "profile": {"age": 67, "sex": "female", "weight_kg": 68, "height_cm": 158, "conditions": ["knee_injury"],
             "fitness": "beginner", "notes": "膝盖", "language": "zh-CN",
             "context": {"time": "2026-03-12T09:00"}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest", "run"], "hr_zone_null": False,
            "must_match": [r"膝",
                           r"低冲击|低衝擊|冲击小|衝擊小|冲击较小|衝擊較小|不负重|不負重|避免.{0,6}[跑跳]|不要.{0,4}[跑跳]|[别別].{0,2}[跑跳]|不(?:宜|适合|適合).{0,4}[跑跳]|单车|單車|自行车|自行車|脚踏车|腳踏車|游泳|水中|椭圆|橢圓"],
            "must_not_match": [],
            "plan_must_match": [r"力量|肌力|伸膝|坐站|坐下站起", r"平衡|太极|太極|单脚|單腳"]},
})

# h04 zh-CN: 29 F, 20 weeks pregnant, "还能动吗" -> yes, moderate, talk test, stop signs (rest wrong)
CLIENTS.append({
 "id": "h04", "lang": "zh-CN",
 "who": "29岁孕妇，孕20周，平时有运动，只问“怀孕20周 还能动吗”",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：能动，而且应该动。快走30分钟，中等强度，RPE 12-13：边走边能说完整的句子（孕期用说话测试，不看心率）。\n"
           "怎么做：5分钟慢走热身，20分钟快走，5分钟放松；多喝水，别在闷热的地方运动。也可以换成游泳或孕妇瑜伽（不要热瑜伽）。\n"
           "依据：孕期健康、没有并发症时，每周至少150分钟中等强度活动（WHO 2020，ACOG 2020），有助于控制孕期体重增长，降低妊娠糖尿病风险。\n"
           "我的假设：单胎、产检正常、医生没有让你限制活动。如果医生说过前置胎盘、宫颈机能不全或要保胎，请先问医生——这是唯一会改变建议的事。\n"
           "避免：20周后长时间平躺仰卧、对抗性运动、容易摔倒的运动（滑雪、骑马）、潜水、热瑜伽。\n"
           "马上停下并就医：阴道出血或流水、规律的疼痛宫缩、头晕、头痛、胸痛、运动前就气喘、小腿疼痛或肿胀。紧急情况拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周六 快走，中等强度，30分钟，RPE 12-13（能说完整句子）",
           "周日 孕妇瑜伽或拉伸，轻松，20分钟（不平躺）",
           "周一 游泳或快走，中等强度，30分钟",
           "周二 力量训练，中等强度，20分钟：靠墙浅蹲、弹力带划船、侧躺抬腿，2组×12次",
           "周三 快走，中等强度，30分钟",
           "周四 休息",
           "周五 快走或游泳，中等强度，30分钟；力量15分钟"],
  "week": "本周：中等强度约150分钟，力量2天；强度以能说话为准，不追求心率。"},
 "profile": {"age": 29, "sex": "female", "conditions": ["pregnancy"], "fitness": "intermediate",
             "notes": "怀孕20周 还能动吗", "language": "zh-CN",
             "context": {"time": "2026-03-14T10:00"}},
 "expect": {"must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
            "wrong_activities": ["rest"], "hr_zone_null": True,
            "must_match": [r"孕",
                           r"出血|流血|见红|見紅|流水|漏液|破水|羊水|宫缩|宮縮|头晕|頭暈|头痛|頭痛|胸痛|小腿"],
            "must_not_match": [],
            "plan_must_match": []},
})

# h05 zh-CN: 36 M runner, "有点咳，浑身有点酸，跑个5k没事吧" -> below-the-neck symptoms: rest (must rest)
CLIENTS.append({
 "id": "h05", "lang": "zh-CN",
 "who": "36岁男性，平时跑步，轻描淡写“有点咳，浑身有点酸”，还想跑5公里",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今天：休息，不跑。\n"
           "为什么：咳嗽加上浑身酸痛，属于“脖子以下”的症状（颈部检查法，Eichner 1993）：多半是病毒感染，带着全身症状跑步会让病拖得更久，少数人还会累及心脏（心肌炎）。\n"
           "怎么做：多喝水、睡够；量一下体温，38.0°C或以上就是发烧，要继续休息，必要时看医生。\n"
           "什么时候再跑：退烧、身上不酸之后再等1-2天，先从20-30分钟轻松跑开始（RPE 11-12，能说整句话），第一周不练速度。\n"
           "马上就医或拨打120：胸痛、心慌、呼吸困难、咳血、高烧不退。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周日 休息：多喝水、睡够、量体温",
           "周一 休息",
           "周二 如果不发烧、不酸：散步20分钟，轻松；否则继续休息",
           "周三 症状消失满1-2天后：轻松跑20分钟，RPE 11-12",
           "周四 休息或散步",
           "周五 轻松跑25分钟，RPE 11-12",
           "周六 轻松跑30分钟，RPE 12"],
  "week": "本周：先养病；症状全部消失后再恢复，跑量约为平时的一半，不练强度。"},
 "profile": {"age": 36, "sex": "male", "fitness": "intermediate", "preferences": ["run"],
             "history": [{"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 13},
                         {"activity": "run", "minutes": 35, "days_ago": 5, "rpe": 13},
                         {"activity": "run", "minutes": 30, "days_ago": 9, "rpe": 12}],
             "notes": "有点咳，浑身有点酸，跑个5k没事吧", "language": "zh-CN",
             "context": {"time": "2026-03-15T08:30", "temperature_c": 9}},
 "expect": {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
            "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
            "must_match": [r"休息|歇|停跑|不跑|别跑|別跑",
                           r"咳|酸|病|感冒|发烧|發燒|发热|發熱|体温|體溫|感染"],
            "must_not_match": [],
            "plan_must_match": []},
})

# h06 zh-CN: 58 M hypertension, BP field 186/112, notes "血压高" -> do not start; recheck; doctor (must rest)
CLIENTS.append({
 "id": "h06", "lang": "zh-CN",
 "who": "58岁男性，高血压，早上量的血压186/112填在字段里，备注只写“血压高”",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今天：先不运动，休息。\n"
           "为什么：你填的血压186/112 mmHg，高于180/110：按ACSM的安全规则，这个读数不宜开始运动；收缩压超过180已经属于需要尽快处理的范围（AHA 2017）。\n"
           "现在做：安静坐5分钟后再量一次（袖带绑在上臂，手臂和心脏一样高，不要刚喝完咖啡或赶完路）。\n"
           "- 复测还在180/110以上：今天就联系你的医生或去医院，按医嘱调整降压药；\n"
           "- 伴有剧烈头痛、胸痛、气短、看东西模糊、说话不清或一侧手脚无力：立即拨打120；\n"
           "- 复测降到160/100以下、也没有不舒服：今天只做慢慢散步，明天再恢复中等强度。\n"
           "我不知道的一件事：你有没有在吃降压药、今天是不是漏服了——这会改变后面的安排。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周二 休息：坐5分钟后复测血压；仍在180/110以上就联系医生",
           "周三 血压复测低于160/100且无不适：散步，轻松，20分钟；否则继续休息，等医生意见",
           "周四 快走，中等强度，25分钟，RPE 11-13",
           "周五 休息",
           "周六 快走，中等强度，30分钟，RPE 12-13；力量训练轻重量2组×12-15次，用力时呼气、不憋气",
           "周日 散步，轻松，30分钟",
           "周一 快走，中等强度，30分钟，RPE 12-13"],
  "week": "本周：血压控制住之前不做剧烈运动；之后以中等强度为主，每次运动前量血压，超过180/110就不练。"},
 "profile": {"age": 58, "sex": "male", "weight_kg": 82, "height_cm": 172, "conditions": ["hypertension"],
             "bp_systolic": 186, "bp_diastolic": 112, "fitness": "intermediate",
             "notes": "血压高", "language": "zh-CN",
             "context": {"time": "2026-03-10T07:00"}},
 "expect": {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
            "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
            "must_match": [r"180|186|110|112",
                           r"医生|醫生|医院|醫院|就医|就醫|就诊|就診|120|复测|複測|再量|重新测|重新測|再测|再測"],
            "must_not_match": [],
            "plan_must_match": []},
})
