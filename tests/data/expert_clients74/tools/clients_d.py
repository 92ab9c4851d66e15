"""h19-h24: literal client data."""
from common import must_rest, active, NOT_911, NOT_999_112_000, ZH_NOT_120, ZH_NOT_120_119

CLIENTS = []

# h19 en-SG: COPD, haze AQI 162; buried exacerbation (yellow-green phlegm, more breathless, Ventolin 6x/day) -> must rest, see doctor
CLIENTS.append({
    "id": "h19", "lang": "en-SG",
    "who": "69-year-old man in Singapore with COPD on Trelegy and Ventolin, haze AQI 162; buried red flag: exacerbation (yellow-green phlegm, more breathless, reliever 6 times a day); must rest",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "TODAY: Rest from exercise today, and please see your doctor today.\n"
            "Why: more phlegm that has turned yellow-green, getting more breathless than usual on a short walk, and needing "
            "Ventolin about 6 times a day instead of once or twice are the signs of a COPD flare-up (exacerbation), probably "
            "a chest infection, not just the haze. A flare-up needs early treatment (often steroids and sometimes "
            "antibiotics; follow your COPD action plan if you have one), and exercising through it won't help.\n"
            "What to do now: see your GP or polyclinic doctor today. Stay indoors with the windows closed while the haze is "
            "over 150 (AQI 162 today), and run an air purifier or the air-con if you have one. Keep using Trelegy as usual "
            "and Ventolin as your doctor told you.\n"
            "Call 995 or go to A&E if you are breathless at rest or can't finish a sentence, your lips or fingertips look blue "
            "or grey, you feel drowsy or confused, you have chest pain, or the Ventolin isn't helping.\n"
            "Once the flare-up is treated and your breathing is back to your usual, restart with 10-15 minute walks indoors "
            "(the void deck or a mall) with pursed-lip breathing, build back to your 30 minutes, and ask your doctor about "
            "pulmonary rehab.\n"
            "This is not medical advice."),
        "plan": [
            "Thu  Rest; see your GP or polyclinic doctor today about the flare-up",
            "Fri  Rest; stay indoors while the haze is over 150",
            "Sat  Rest; skip tai chi this week unless your doctor says you're recovering well",
            "Sun  If breathing is back to usual: 10-min easy walk in the void deck, pursed-lip breathing",
            "Mon  If recovering: 10-15 min indoor walk, talk-test pace",
            "Tue  Rest, or gentle seated breathing exercises and stretching 10 min",
            "Wed  If recovering: indoor walk 15 min, RPE 11-12"],
        "week": "Week: treat the flare-up first; light indoor walks only once breathing is back to usual, building back to 30 min.",
    },
    "profile": {
        "user": "h19", "age": 69, "sex": "male", "weight_kg": 60, "height_cm": 165, "resting_hr": 96,
        "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 84, "fitness": "beginner",
        "goal": "keep walking to the market", "preferences": ["walk", "tai_chi"],
        "history": [
            {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 12},
            {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 12},
            {"activity": "walk", "minutes": 30, "days_ago": 7, "rpe": 12},
            {"activity": "tai_chi", "minutes": 45, "days_ago": 5, "rpe": 10}],
        "context": {"time": "2026-09-24T07:30", "temperature_c": 28, "humidity_pct": 85, "precipitation": "none", "aqi": 162},
        "notes": ("COPD, ex-smoker, on Trelegy and Ventolin. Usually walk 30 min round the park connector every morning and tai "
                  "chi Sat. Haze is bad again. Past 3 days phlegm more and gone yellow-green, a bit more puffed than usual going "
                  "to the kopitiam and I used the Ventolin maybe 6 times yesterday, usually once or twice. Probably the haze lah. "
                  "Can I walk in the void deck instead?"),
        "language": "en-SG",
    },
    "expect": must_rest(
        must_match=[
            r"(?i)(doctor|\bGP\b|polyclinic|clinic|A&E|hospital|\b995\b|action plan)",
            r"(?i)(flare|exacerbation|infection|phlegm|sputum|yellow|green|Ventolin|reliever|inhaler)"],
        plan_must_match=[r"(?i)(doctor|\bGP\b|polyclinic|flare|rest)"],
        must_not_match=[NOT_911]),
})

# h20 zh-CN: osteoporosis after a wrist fracture on ice, Harbin -18 C with icy roads, daily riverside walker -> home strength and balance
CLIENTS.append({
    "id": "h20", "lang": "zh-CN",
    "who": "71岁女性，哈尔滨，骨质疏松，前年冰上摔倒手腕骨折；每天江边快走，今天零下18度路面结冰——在家练力量和平衡",
    "call": {
        "activity": "strength", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== 今日运动建议 ==\n"
            "今天：不去江边了，在家做力量加平衡训练，约30分钟，中等强度，RPE 12-13（用力但还能说话）。\n"
            "力量（每个2-3组×8-12次，动作慢、背挺直）：扶椅背坐下站起、扶桌子踮脚尖、靠墙半蹲、站着侧抬腿、"
            "用矿泉水瓶或弹力带做划船和上举。\n"
            "平衡（共10分钟，手边有椅背可扶）：单脚站每侧30秒、脚跟对脚尖走直线、原地高抬腿。\n"
            "为什么：医生说得对，负重和力量训练能保住骨量，平衡练习能减少摔跤。今天路面结冰、零下18度，"
            "冰上摔跤正是你上次手腕骨折的原因，江边快走改天再去。\n"
            "注意：骨质疏松不要做弯腰摸脚尖、仰卧起坐、负重扭腰这类动作，脊柱向前弯再加压容易造成椎体压缩骨折。"
            "如果突然腰背剧痛、摔倒后起不来，或者胸痛、头晕，立即拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周四 在家力量＋平衡训练，中等强度，30分钟，2-3组×8-12次",
            "周五 室内快走（商场或小区活动室），中等强度，40分钟",
            "周六 太极，中等强度，30分钟（室内）",
            "周日 在家力量＋平衡训练，中等强度，30分钟",
            "周一 和老姐妹江边快走，中等强度，40分钟，只在路面无冰时；否则在室内走",
            "周二 休息，或路面无冰时散步20分钟",
            "周三 太极，中等强度，40分钟"],
        "week": "本周：力量2次、太极2次、快走约80分钟；路面结冰或零下15度以下的日子都在室内练。",
    },
    "profile": {
        "user": "h20", "age": 71, "sex": "female", "weight_kg": 55, "height_cm": 156, "resting_hr": 72,
        "conditions": ["hypertension"], "bp_systolic": 132, "bp_diastolic": 80, "fitness": "intermediate",
        "goal": "保住骨头，别再摔", "preferences": ["brisk_walk", "tai_chi", "strength"],
        "history": [
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 1, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 2, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 3, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 5, "rpe": 12},
            {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 12}],
        "context": {"time": "2026-01-22T07:30", "temperature_c": -18, "wind_kmh": 15, "precipitation": "ice"},
        "notes": ("骨质疏松，前年冬天在冰上摔了一跤手腕骨折，打过钢板，现在每年打一针密固达。每天早上都和老姐妹在江边快走40分钟，"
                  "今天路面全是冰，零下18度。不出去的话在家能练点啥？医生说要练力量。"),
        "language": "zh-CN",
    },
    "expect": active(
        "moderate", 60, ["run", "cycle"], False,
        must_match=[
            r"[冰]|[滑]|[摔跌]|零下|[冻凍]",
            r"力量|[负負]重|[弹彈]力|[哑啞][铃鈴]|坐下站起|坐站|深蹲|踮[脚腳]|平衡|太[极極]"],
        plan_must_match=[r"力量|平衡|太[极極]"]),
})

# h21 en-AU: CKD 3b with type 2 diabetes (Jardiance, ramipril), 39 C in Adelaide; buried: taking Nurofen for a sore knee
CLIENTS.append({
    "id": "h21", "lang": "en-AU",
    "who": "66-year-old man in Adelaide with CKD stage 3b and type 2 diabetes on Jardiance and ramipril, 39 C afternoon; taking Nurofen for a sore knee",
    "call": {
        "activity": "swim", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "TODAY: Swim at the council pool, 35 minutes, moderate, RPE 12-13 (you could talk between lengths). Go after 6 pm "
            "when the sun is lower, or use the indoor pool if there is one. Mix freestyle or backstroke with a few lengths of "
            "water walking to go easy on the knee.\n"
            "About the Nurofen: please stop it and talk to your GP or kidney doctor. Ibuprofen (Nurofen) and other "
            "anti-inflammatories can knock your kidney function down further, especially together with ramipril, Jardiance "
            "and dehydration on a hot day. Paracetamol is usually the safer painkiller with CKD; ask your doctor for a plan "
            "for the knee.\n"
            "Heat: 39 C is too hot to walk the dog this afternoon (and hot on the dog's paws). Walk at dawn tomorrow while it's "
            "cool, and drink water through the day: Jardiance makes you pass more urine, so you dehydrate faster in the heat. "
            "If you get dizzy, very thirsty or pass much less urine, stop, cool down and rehydrate.\n"
            "Why exercise: staying active helps blood pressure, blood glucose and weight, which all protect the kidneys; your "
            "kidney doctor is right.\n"
            "Call 000 for chest pain, fainting or confusion in the heat.\n"
            "This is not medical advice."),
        "plan": [
            "Mon  Swim after 6 pm, moderate, 35 min, RPE 12-13",
            "Tue  Dog walk at dawn, moderate, 40 min, before the heat",
            "Wed  Strength at home, moderate, 25 min: sit-to-stand, wall push-ups, band rows, 2 sets x 10-12",
            "Thu  Swim, moderate, 35 min",
            "Fri  Dog walk at dawn, moderate, 40 min",
            "Sat  Strength, moderate, 25 min; lawn bowls (light) if it's cool enough",
            "Sun  Rest, or an easy 20-min dog walk in the cool of the morning"],
        "week": "Week: about 170 min of moderate aerobic activity in the cool parts of the day, strength twice; no Nurofen until you've spoken to your doctor.",
    },
    "profile": {
        "user": "h21", "age": 66, "sex": "male", "weight_kg": 92, "height_cm": 176, "resting_hr": 70,
        "conditions": ["hypertension", "diabetes"], "bp_systolic": 134, "bp_diastolic": 80, "fitness": "intermediate",
        "goal": "lose a few kilos, keep the kidneys going", "preferences": ["walk", "swim"],
        "history": [
            {"activity": "walk", "minutes": 45, "days_ago": 1, "rpe": 12},
            {"activity": "walk", "minutes": 45, "days_ago": 3, "rpe": 12},
            {"activity": "walk", "minutes": 45, "days_ago": 5, "rpe": 12},
            {"activity": "swim", "minutes": 30, "days_ago": 6, "rpe": 12},
            {"activity": "walk", "minutes": 45, "days_ago": 8, "rpe": 12}],
        "context": {"time": "2026-01-26T15:00", "temperature_c": 39, "humidity_pct": 15, "precipitation": "none"},
        "notes": ("CKD stage 3b (eGFR 38), type 2 diabetic on Jardiance and ramipril. Knee's been sore from the bowls so I've been "
                  "taking Nurofen, which seems to help. Usually walk the dog 45 min but it's 39 today in Adelaide. Council pool is "
                  "open till 8. Kidney doc said keep active."),
        "language": "en-AU",
    },
    "expect": active(
        "moderate", 60, ["run", "cycle"], False,
        must_match=[
            r"(?i)(Nurofen|ibuprofen|anti-?inflammator|NSAID|painkiller)",
            r"(?i)(heat|\bhot\b|\b39\b|\bcool|shade|dawn|early|evening|after \d ?pm|indoor|air.?con|hydrat)"],
        plan_must_match=[r"(?i)(strength|sit.to.stand|band|weights)"],
        must_not_match=[NOT_911]),
})

# h22 zh-SG: colorectal cancer survivor with a stoma, oxaliplatin neuropathy (numb feet), fatigue, wants to lie down -> rest is wrong
CLIENTS.append({
    "id": "h22", "lang": "zh-SG",
    "who": "60岁男性，新加坡，大肠癌术后有造口，化疗（奥沙利铂）半年前结束，脚底麻、容易累，想多躺——休息不对",
    "call": {
        "activity": "stationary_bike", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== 今日运动建议 ==\n"
            "今天：去社区中心健身房骑固定脚踏车20分钟，中等强度，RPE 12-13（有点喘，但还能说整句话）；骑完做10分钟轻量力量训练"
            "（器械或弹力带，每个动作1-2组×10-15次）。\n"
            "为什么不是躺着休息：癌症治疗后的疲劳，最有效的办法恰恰是规律运动，不是多躺；躺得越多，体力掉得越快、越容易累。"
            "国际指南建议癌症康复者每周3次、每次30分钟中等强度有氧，加每周2次力量训练。你可以从每次15-20分钟开始慢慢加。\n"
            "脚麻（化疗后的周围神经病变）：骑固定脚踏车、坐着用的器械比较安全；走路穿包脚防滑的鞋，走平路，每天检查脚底有没有破皮。"
            "暂时不要做跳跃这类容易跌倒的动作，平衡练习要扶着东西做。\n"
            "造口：不要憋气举重，先避免卷腹、仰卧起坐和提重物（超过5公斤），以防造口旁疝气；可以问造口护士要不要戴支撑腰带。\n"
            "注意：如果胸痛、心跳乱、异常地喘、发烧，或造口周围突然鼓起、疼痛，停止运动并看医生；紧急时拨打995。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周四 固定脚踏车，中等强度，20分钟＋轻量力量10分钟",
            "周五 平路散步，低到中等强度，20分钟（傍晚凉快时）",
            "周六 固定脚踏车，中等强度，20分钟",
            "周日 休息",
            "周一 固定脚踏车，中等强度，25分钟＋轻量力量10分钟",
            "周二 和太太散步，低到中等强度，25分钟",
            "周三 休息，或扶着椅子做平衡和伸展15分钟"],
        "week": "本周：有氧约110分钟、力量2次，以后每周多加一点，慢慢做到每周150分钟；多躺不会减轻疲劳。",
    },
    "profile": {
        "user": "h22", "age": 60, "sex": "male", "weight_kg": 64, "height_cm": 170, "resting_hr": 78,
        "fitness": "beginner", "goal": "把体力练回来", "preferences": ["walk", "tai_chi"],
        "history": [
            {"activity": "walk", "minutes": 15, "days_ago": 4, "rpe": 12},
            {"activity": "walk", "minutes": 15, "days_ago": 9, "rpe": 12}],
        "context": {"time": "2026-03-19T17:30", "temperature_c": 30, "humidity_pct": 75, "precipitation": "none"},
        "notes": ("去年大肠癌开刀，做了造口，化疗（奥沙利铂）半年前结束，医生说目前没有复发。现在还是很容易累，脚底麻麻的像踩棉花，"
                  "走路有点不稳。太太说累就要多休息，我也觉得躺着比较好。家附近的社区中心有健身房。"),
        "language": "zh-SG",
    },
    "expect": active(
        "moderate", 45, ["run"], False,
        must_match=[
            r"[麻]|神[经經]|[跌摔]|平衡|[稳穩]",
            r"[疲][劳勞乏]|[累]|休息|[躺]"],
        plan_must_match=[r"力量|[弹彈]力|器械"],
        must_not_match=[ZH_NOT_120],
        rest_ok=False),
})

# h23 en-GB: 13-year-old with well-controlled epilepsy (14 months seizure-free on Epilim), swim club and a bike ride; grandma says no water
CLIENTS.append({
    "id": "h23", "lang": "en-GB",
    "who": "13-year-old boy with epilepsy, seizure-free 14 months on Epilim, swim club this morning and a bike ride after (mum writing); rest is wrong",
    "call": {
        "activity": "swim", "minutes": 60, "intensity": "vigorous", "hr_zone_bpm": None,
        "card": (
            "TODAY: Yes to swim club this morning, about 60 minutes, moderate to hard (RPE 13-16, the club's usual session), "
            "as long as the coach and the lifeguard know he has epilepsy.\n"
            "Why: with 14 months seizure-free on Epilim, swimming is recommended for children with epilepsy when it's "
            "supervised. Being active is good for his health and his confidence; keeping him out of the water isn't necessary.\n"
            "Water safety: a trained lifeguard on the poolside and a coach who knows what his absences and seizures look like; "
            "a buddy in the next lane; no open water and no diving from the top boards for now. If he has a seizure in the "
            "water, keep his head above water, get him out once it stops, and he needs checking.\n"
            "Bike: fine too, with a helmet, on quiet roads or paths, ideally riding with his mate rather than alone.\n"
            "What raises seizure risk: missed Epilim doses, late nights, skipped meals and getting very hot or dehydrated, so "
            "a good breakfast before the pool and a water bottle on the bike.\n"
            "Call 999 if a seizure lasts more than 5 minutes, he has one in the water, or he doesn't come round as usual.\n"
            "This is not medical advice."),
        "plan": [
            "Sat  Swim club (supervised), vigorous, 60 min; bike ride to his mate's with a helmet, 20 min",
            "Sun  Active play or a family walk or bike ride, moderate, 60 min",
            "Mon  School PE and play, 60 min",
            "Tue  Swim club (supervised), vigorous, 60 min",
            "Wed  Bike or football with friends, moderate to vigorous, 60 min",
            "Thu  Easy swim (supervised) or rest before the gala, 30 min",
            "Fri  Swimming gala (supervised), with warm-up, about 60 min"],
        "week": "Week: at least 60 minutes of activity every day; swims always with a lifeguard and a coach who knows about his epilepsy; sleep, meals and Epilim on time before the gala.",
    },
    "profile": {
        "user": "h23", "age": 13, "sex": "male", "weight_kg": 45, "height_cm": 155, "resting_hr": 72,
        "fitness": "intermediate", "goal": "school swimming gala", "preferences": ["swim", "cycle"],
        "history": [
            {"activity": "swim", "minutes": 45, "days_ago": 2, "rpe": 14},
            {"activity": "cycle", "minutes": 40, "days_ago": 3, "rpe": 12},
            {"activity": "swim", "minutes": 45, "days_ago": 5, "rpe": 14}],
        "context": {"time": "2026-06-20T09:00", "temperature_c": 19, "precipitation": "none"},
        "notes": ("(mum writing) Oliver is 13, has epilepsy (absences and a couple of tonic-clonics), on Epilim, no seizures for "
                  "14 months. School swimming gala is next week and he wants to go to swim club this morning and then ride his "
                  "bike to his mate's after. Grandma thinks he shouldn't be in water at all. Is he ok to do both?"),
        "language": "en-GB",
    },
    "expect": active(
        "vigorous", 120, [], False,
        must_match=[
            r"(?i)(lifeguard|supervis|coach|watch|buddy|not alone|never alone|adult)",
            r"(?i)(seizure|epilep|Epilim)"],
        plan_must_match=[r"(?i)(supervis|lifeguard|coach)"],
        must_not_match=[NOT_911, r"(?i)\b(no|avoid|skip) swim(ming)? (today|this week|at all)"],
        rest_ok=False),
})

# h24 zh-CN: 85-year-old widow with depression on mirtazapine, groggy and weak-legged in the mornings, wants to sit at home -> walk with someone
CLIENTS.append({
    "id": "h24", "lang": "zh-CN",
    "who": "85岁女性，丧偶后抑郁，晚上吃米氮平，早上发晕腿软；想在家坐着——应有人陪着散步，休息不对",
    "call": {
        "activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "== 今日运动建议 ==\n"
            "今天：等上午的晕乎劲过去以后（比如10点以后），约邻居或女儿一起去公园慢慢散步20分钟，低强度，能一边走一边聊天（RPE 10-11）。"
            "回来后扶着椅子做5分钟站起坐下和踮脚。\n"
            "为什么不在家坐着：心情低落的时候，人最不想动，但越不动，心情和睡眠越差。每天出门走一走、和人聊聊天，是治疗抑郁症的好帮手，"
            "和米氮平一起用效果更好。广场舞不用一开始就跳，可以先去看看、跟着走几步；去老伴常去的公园会难受也很正常，可以换条路走。\n"
            "注意头晕：米氮平会让人早上发晕、腿软。起床先坐一两分钟再站，扶着东西走，穿防滑鞋；把早上发晕的情况告诉医生，可能需要调整用药。"
            "如果晕得站不稳、摔倒，或者胸痛、说话不清，立即拨打120。\n"
            "如果心里难受到觉得活着没意思，请马上告诉女儿或医生。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周三 和邻居或女儿去公园散步，低强度，20分钟；扶椅站起坐下5分钟",
            "周四 散步，低强度，20分钟（上午10点后）",
            "周五 太极，或去广场舞跟着走几步，低强度，20分钟",
            "周六 散步，低到中等强度，25分钟；扶椅力量和平衡练习10分钟",
            "周日 和女儿一起散步，25分钟",
            "周一 休息，或在家附近走10分钟",
            "周二 太极或散步，25分钟；扶椅力量和平衡练习10分钟"],
        "week": "本周：每天出门走一走，约145分钟，三次力量和平衡练习；都在上午晕乎劲过去以后，有人陪着。",
    },
    "profile": {
        "user": "h24", "age": 85, "sex": "female", "weight_kg": 52, "height_cm": 152, "resting_hr": 76,
        "conditions": ["hypertension"], "bp_systolic": 138, "bp_diastolic": 76, "fitness": "beginner",
        "goal": "睡得好一点，心情好一点", "preferences": ["walk", "tai_chi"],
        "history": [{"activity": "walk", "minutes": 10, "days_ago": 6, "rpe": 11}],
        "context": {"time": "2026-04-08T09:30", "temperature_c": 18, "precipitation": "none", "aqi": 78},
        "notes": ("老伴去年走了以后一直闷闷不乐，医生说是抑郁症，开了米氮平，晚上吃。吃了以后早上起来有点晕乎，腿软。"
                  "女儿让我去楼下跟人跳广场舞，我说我这把年纪了还是在家坐着吧，没意思。以前每天都和老伴去公园散步。"),
        "language": "zh-CN",
    },
    "expect": active(
        "moderate", 45, ["run", "cycle"], False,
        must_match=[
            r"起[床身].{0,12}(慢|坐)|[扶]|[跌摔]|站不[稳穩]|[晕暈]乎|[早][上晨].{0,6}[晕暈]|米氮平|[药藥]",
            r"[抑][郁鬱]|心情|[闷悶]|[陪]|一起|[邻鄰]居|女[儿兒]|聊天|老伴|社交|出[门門]"],
        plan_must_match=[r"散步|[走]|太[极極]"],
        rest_ok=False),
})
