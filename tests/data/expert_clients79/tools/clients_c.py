"""h13-h18 (Chinese, zh-CN). Literal data; zalt() writes each pattern in both scripts."""
from clients_a import ALL_BUT_REST
from zh import zalt

CLIENTS = []

# ---------------------------------------------------------------- h13
CLIENTS.append({
    "id": "h13", "lang": "zh-CN",
    "who": "63岁男性，冠心病放过支架（美托洛尔、阿司匹林、他汀），2型糖尿病（二甲双胍＋格列美脲），高血压；这两天爬楼到三楼胸口发闷，歇一会儿就好，他以为是天冷",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "今天：休息，不去公园快走。\n"
            "为什么：这两天爬楼到三楼胸口发闷、歇一会儿才好，这是以前没有的新情况。你放过支架，这种“一用力就胸闷”可能是心脏供血不够（心绞痛），不能当成天冷来看待。\n"
            "该做什么：今天就去医院心内科看（带上支架资料和用药清单）；在医生看过之前，先不要快走、爬楼或做力量训练。\n"
            "如果胸闷、胸痛在休息时也出现，或超过5分钟不缓解，或伴有出汗、恶心、气短、疼痛放射到下巴或胳膊：立即拨打120，不要自己走路去医院。\n"
            "空腹血糖6.1 mmol/L没问题，继续按时吃药。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周三 休息——今天去心内科就诊",
            "周四 休息，等医生的检查结果",
            "周五 休息；医生确认可以后再恢复",
            "周六 如医生许可：平地慢走15分钟，RPE 10-11（能轻松说话）",
            "周日 如医生许可：太极20分钟，轻松",
            "周一 如医生许可：平地走20分钟，RPE 11-12",
            "周二 休息"],
        "week": "本周：先就医，查清胸闷原因之前不运动；医生许可后从轻松步行开始，不爬楼、不快走。",
    },
    "profile": {
        "user": "h13", "age": 63, "sex": "male", "weight_kg": 76, "height_cm": 170, "resting_hr": 60,
        "conditions": ["heart_disease", "diabetes", "hypertension"],
        "bp_systolic": 132, "bp_diastolic": 80, "glucose_mg_dl": 110,
        "fitness": "intermediate", "goal": "控制血糖",
        "preferences": ["brisk_walk", "tai_chi"],
        "history": [{"activity": "brisk_walk", "minutes": 40, "days_ago": d, "rpe": 12} for d in (1, 2, 3, 4, 5, 6, 7)],
        "context": {"time": "2026-03-04T06:30", "temperature_c": 3},
        "notes": "每天早上公园快走40分钟。这两天爬楼到三楼胸口有点闷，歇一会就好了，估计是天冷。今天照常去走吧？空腹血糖6.1",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [zalt("胸闷", "胸痛", "胸口", "心绞痛", "胸"),
                       zalt("医生", "医院", "心内科", "急诊", "就医", "就诊", "看病", "120")],
        "must_not_match": [],
        "plan_must_match": [zalt("休息", "医生", "就医", "就诊", "心内科")],
    },
})

# ---------------------------------------------------------------- h14
CLIENTS.append({
    "id": "h14", "lang": "zh-CN",
    "who": "72岁女性，膝骨关节炎，骨质疏松，高血压（氨氯地平）；每天跳一小时广场舞，医生让她多运动，问还能练点什么",
    "call": {
        "activity": "strength", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "今天：力量＋平衡练习，25分钟，中等强度：RPE 12-13（能说话，但有点用力）。\n"
            "怎么做（扶着桌子或椅背）：1）从椅子上坐下再站起，2组×10-12次；2）扶桌踮脚尖，2组×12次；3）扶桌单腿站，每侧10-20秒，3次；"
            "4）弹力带划船，2组×12次；5）靠墙俯卧撑，2组×10次；6）脚跟贴脚尖走直线，来回3趟。\n"
            "为什么：你每天跳一小时广场舞，有氧已经够了；骨质疏松和防摔最需要的是力量和平衡，WHO建议65岁以上每周至少练3天。坐站和踮脚还能让膝盖周围的肌肉更有劲，上下楼会轻松些。\n"
            "注意：骨质疏松要避免弯腰负重、仰卧起坐和突然扭转；膝盖疼时不要蹲得太深。血压138/84可以运动，用力时呼气，不要憋气。\n"
            "出现胸痛、头晕或呼吸困难时马上停下，必要时拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周六 力量＋平衡25分钟，RPE 12-13（坐站、踮脚、扶桌单腿站）",
            "周日 广场舞60分钟（照常），中等强度",
            "周一 广场舞60分钟＋平衡练习10分钟（单腿站、走直线）",
            "周二 力量＋平衡25分钟，RPE 12-13",
            "周三 休息（想动就散步20分钟）",
            "周四 广场舞60分钟，中等强度",
            "周五 广场舞＋力量＋平衡25分钟"],
        "week": "本周：广场舞照常，力量＋平衡3天（WHO建议65岁以上每周至少3天），留一天休息。",
    },
    "profile": {
        "user": "h14", "age": 72, "sex": "female", "weight_kg": 60, "height_cm": 155, "resting_hr": 70,
        "conditions": ["hypertension", "knee_injury"],
        "bp_systolic": 138, "bp_diastolic": 84,
        "fitness": "intermediate", "goal": "骨头结实，少摔跤",
        "preferences": ["tai_chi", "walk"],
        "history": [{"activity": "walk", "minutes": 60, "days_ago": d, "rpe": 11} for d in (1, 2, 3, 4, 5, 6)],
        "context": {"time": "2026-03-14T15:00", "temperature_c": 12},
        "notes": "我每天早上和姐妹们跳广场舞一个小时，膝盖上下楼有点疼。医生说我骨质疏松，让我多运动、补钙。想知道还能练点啥",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run", "rest"], "hr_zone_null": False,
        "must_match": [zalt("平衡", "单腿", "单脚", "站稳", "防摔", "跌倒"),
                       zalt("力量", "肌力", "抗阻", "坐站", "弹力带", "哑铃", "踮脚", "提踵")],
        "must_not_match": [],
        "plan_must_match": [zalt("平衡", "单腿", "单脚")],
    },
})

# ---------------------------------------------------------------- h15
CLIENTS.append({
    "id": "h15", "lang": "zh-CN",
    "who": "66岁男性，慢阻肺（噻托溴铵），高血压；今天雾霾AQI 185，平时每天下午在小区走半小时，走快了有点喘（跟以前一样），家里有动感单车",
    "call": {
        "activity": "stationary_bike", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "今天：在家骑动感单车，20分钟，中等强度：喘的程度（0-10分）3-4分，能说短句；RPE 11-13。\n"
            "为什么：今天AQI 185，属于“不健康”；慢阻肺是敏感人群，应避免在室外长时间活动。今天不去小区走了，改在家里练；关好门窗，有空气净化器就打开。\n"
            "怎么做：先慢蹬5分钟热身；然后中等速度蹬4分钟、慢蹬1分钟，重复3次；最后慢蹬3分钟。全程用缩唇呼吸（鼻子吸气2秒，缩着嘴慢慢呼气4秒）。"
            "练完再做10分钟力量：坐站、靠墙俯卧撑、弹力带划船，各2组×10次。\n"
            "走快了有点喘、跟以前一样，是慢阻肺的常见情况，不是不能运动的理由；但如果比平时明显更喘、痰变多变黄，或休息后还喘不过来，先停下并找医生。\n"
            "吸入药按时用，急救用的吸入剂放在身边。血压134/82可以运动。\n"
            "出现胸痛、嘴唇发紫、严重气喘或头晕：立即拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周一 在家动感单车20分钟，RPE 11-13（喘3-4分）＋力量10分钟",
            "周二 空气仍差就在家：单车20分钟；AQI低于100可以去小区走30分钟",
            "周三 力量训练20分钟（坐站、靠墙俯卧撑、弹力带划船），2组×10-12次",
            "周四 小区步行30分钟（AQI低于150时），走走停停，缩唇呼吸",
            "周五 动感单车25分钟，RPE 11-13",
            "周六 力量训练20分钟＋散步15分钟",
            "周日 休息"],
        "week": "本周：有氧约125分钟，力量3天；AQI超过150就在室内练；喘的程度保持在3-4分。",
    },
    "profile": {
        "user": "h15", "age": 66, "sex": "male", "weight_kg": 68, "height_cm": 172, "resting_hr": 80,
        "conditions": ["hypertension"],
        "bp_systolic": 134, "bp_diastolic": 82,
        "fitness": "beginner", "goal": "少喘一点",
        "preferences": ["walk", "stationary_bike"],
        "history": [{"activity": "walk", "minutes": 30, "days_ago": d, "rpe": 12} for d in (1, 2, 3, 4, 5, 6)],
        "context": {"time": "2026-03-09T15:00", "temperature_c": 6, "aqi": 185},
        "notes": "慢阻肺好几年了，一直吸着药（噻托溴铵）。今天雾霾很重，手机上显示AQI 180多。平时每天下午在小区走半小时，走快了有点喘，跟以前一样。在家能练点啥？家里有个动感单车",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 45,
        "wrong_activities": ["run", "cycle"], "hr_zone_null": False,
        "must_match": [zalt("室内", "在家", "家里", "屋里", "关窗", "关好门窗", "不出门", "别出门", "不要出门", "不去小区", "空气"),
                       zalt("缩唇", "呼吸", "喘")],
        "must_not_match": [],
        "plan_must_match": [zalt("室内", "在家", "家里", "AQI", "空气")],
    },
})

# ---------------------------------------------------------------- h16
CLIENTS.append({
    "id": "h16", "lang": "zh-CN",
    "who": "29岁女性，1型糖尿病（胰岛素泵）；血糖18.2 mmol/L，血酮1.8（中等），有点恶心，想去健身房跑步把血糖降下来",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "今天：不要去跑步，今晚休息。\n"
            "为什么：血糖18.2 mmol/L，血酮1.8 mmol/L（中等），而且有点恶心，这是酮症的信号，很可能是泵管或针头出了问题，胰岛素没有输进去。"
            "这种时候运动不会把血糖降下来，反而可能让血糖和酮体升得更高，加重酮症酸中毒（ADA：有中量或大量酮体时不做运动）。\n"
            "现在该做：按你的病假规则处理：用胰岛素笔打纠正剂量（按医生给你的方案），换一套新的泵管和针头；多喝白水；1-2小时后再测血糖和血酮。今晚联系你的内分泌医生或糖尿病团队。\n"
            "如果出现呕吐、肚子痛、呼吸又深又快、很困或意识模糊，或血酮到3.0以上：立即去急诊或拨打120。\n"
            "酮体转阴、血糖回到正常范围、恶心消失以后再恢复训练。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周二 休息——处理高血糖和酮体，联系医生",
            "周三 休息；血酮阴性、没有不适后再考虑运动",
            "周四 如血酮阴性、血糖5-15 mmol/L：轻松跑或快走20分钟，RPE 11-12",
            "周五 力量训练30分钟，RPE 12-13",
            "周六 跑步30分钟，中等强度，RPE 12-13",
            "周日 休息",
            "周一 力量训练30分钟，RPE 12-13"],
        "week": "本周：先把酮症处理好，酮体阴性后从轻松运动恢复；每次运动前测血糖，高于15 mmol/L（270 mg/dl）先测血酮。",
    },
    "profile": {
        "user": "h16", "age": 29, "sex": "female", "weight_kg": 56, "height_cm": 163, "resting_hr": 68,
        "conditions": ["diabetes"], "glucose_mg_dl": 328,
        "fitness": "intermediate", "goal": "保持身材",
        "preferences": ["run", "strength"],
        "history": [{"activity": "run", "minutes": 30, "days_ago": d, "rpe": 13} for d in (2, 4, 7)],
        "context": {"time": "2026-03-10T19:00"},
        "notes": "今晚本来要去健身房跑步，血糖18点多，测了下血酮1.8（试纸显示中等），有点恶心，可能中午吃坏了。跑一跑能把血糖降下来吧？泵的管子昨天刚换的",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
        "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
        "must_match": [zalt("酮"),
                       zalt("医生", "医院", "急诊", "120", "糖尿病团队", "就医", "内分泌")],
        "must_not_match": [],
        "plan_must_match": [zalt("酮", "休息")],
    },
})

# ---------------------------------------------------------------- h17
CLIENTS.append({
    "id": "h17", "lang": "zh-CN",
    "who": "80岁男性，心衰（稳定），房颤吃华法林，慢性肾病3期；女儿代问，体重一个月没变、脚不肿，医生鼓励活动，想重新打太极",
    "call": {
        "activity": "tai_chi", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "今天：太极，20分钟，轻到中等强度：RPE 11-12（边练边能正常说话）。房颤时心率不适合做指标，就用“能说话”来判断。\n"
            "怎么做：先原地慢走、活动关节5分钟；打太极15分钟，动作慢、步子小、重心稳；累了就坐下歇一会儿再接着练。旁边放一把椅子可以扶。\n"
            "为什么：心衰稳定、医生鼓励活动，规律的轻中度运动能提高体力、减少住院；太极动作缓慢，还能练平衡、防摔跤。吃华法林的人摔一跤容易出血，所以防摔特别重要。\n"
            "每天早上继续称体重：如果3天内长了2公斤以上、脚踝肿、夜里要垫高枕头或憋醒、平时的活动也气短，先停止运动，尽快找医生。\n"
            "肾功能不好：运动时小口喝水，但喝水总量按医生给的限制；天太热或刚吃完饭不要练。\n"
            "出现胸痛、严重气短、晕倒或心跳特别乱：立即拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周一 太极20分钟，RPE 11-12",
            "周二 散步20分钟（平路，慢慢走），RPE 11-12",
            "周三 力量＋平衡15分钟（扶椅子坐站、踮脚、扶椅单腿站），轻到中等",
            "周四 太极20分钟",
            "周五 散步25分钟，RPE 11-12",
            "周六 力量＋平衡15分钟＋太极10分钟",
            "周日 休息"],
        "week": "本周：太极和散步共约95分钟，力量＋平衡2天，留一天休息；每天早上称体重，3天长2公斤以上就停练找医生。",
    },
    "profile": {
        "user": "h17", "age": 80, "sex": "male", "weight_kg": 66, "height_cm": 168, "resting_hr": 72,
        "conditions": ["heart_disease"],
        "bp_systolic": 124, "bp_diastolic": 70,
        "fitness": "beginner", "goal": "有力气自己下楼遛弯",
        "preferences": ["tai_chi"],
        "history": [{"activity": "walk", "minutes": 20, "days_ago": d, "rpe": 11} for d in (1, 3, 5)],
        "context": {"time": "2026-03-02T09:00", "temperature_c": 8},
        "notes": "帮我爸问的。他80了，心衰好几年（医生说现在稳定），房颤吃华法林，肾功能也不太好（慢性肾病3期）。每天早上称体重，这一个月都没变，脚不肿。医生说可以多活动。他以前打太极，想重新练起来，一次能练多久？",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 40,
        "wrong_activities": ["run", "cycle", "rest"], "hr_zone_null": True,
        "must_match": [zalt("体重", "水肿", "脚肿", "腿肿", "脚踝", "气短", "气喘", "憋"),
                       zalt("摔", "跌", "扶", "平衡", "防滑", "出血")],
        "must_not_match": [],
        "plan_must_match": [zalt("休息"), zalt("平衡", "太极")],
    },
})

# ---------------------------------------------------------------- h18
CLIENTS.append({
    "id": "h18", "lang": "zh-CN",
    "who": "36岁男性，肥胖（110公斤），半年前查出2型糖尿病（二甲双胍＋达格列净），高血压；正在生酮减肥，早上空腹跑5公里，跑完口渴得厉害",
    "call": {
        "activity": "elliptical", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": [119, 140],
        "card": (
            "今天：椭圆机（或快走），40分钟，中等强度：RPE 12-13（能说整句话但唱不了歌），心率约119-140次/分。吃过早饭再练。\n"
            "为什么先不空腹跑：你在吃达格列净（SGLT2抑制剂），又在做生酮饮食、空腹运动，这三样叠在一起会增加“血糖不高的酮症酸中毒”的风险；跑完口渴得厉害也说明身体缺水。"
            "请尽快和你的医生说一下生酮饮食的事，看是否要调整饮食或药物。\n"
            "现在的做法：运动前吃一份含碳水的早餐（比如一片全麦面包加一个鸡蛋），运动前后各喝300-500毫升水；如果出现恶心、呕吐、肚子痛、特别乏力或呼吸急促，马上停下并就医，即使血糖不高。\n"
            "110公斤跑5公里对膝盖和脚踝冲击很大：先用椭圆机、室内单车或快走，同样能减重，伤病更少；每周加2-3次力量训练，对控糖最有帮助。\n"
            "血压138/88：保持中等强度，用力时不要憋气。热量：5.0 MET，约385千卡。\n"
            "出现胸痛或头晕要晕倒：立即拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周四 椭圆机40分钟，中等强度，RPE 12-13（吃过早饭）",
            "周五 力量训练35分钟：深蹲到椅子、哑铃划船、跪姿俯卧撑、平板支撑，2-3组×10-12次",
            "周六 快走45分钟，RPE 12-13",
            "周日 室内单车40分钟，RPE 12-13",
            "周一 力量训练35分钟",
            "周二 椭圆机45分钟，RPE 12-13",
            "周三 休息"],
        "week": "本周：有氧约170分钟，力量2天；每次运动前吃点东西、多喝水，不空腹练；先和医生谈生酮饮食与达格列净。",
    },
    "profile": {
        "user": "h18", "age": 36, "sex": "male", "weight_kg": 110, "height_cm": 178, "resting_hr": 76,
        "conditions": ["diabetes", "hypertension"],
        "bp_systolic": 138, "bp_diastolic": 88, "glucose_mg_dl": 118,
        "fitness": "beginner", "goal": "减重20公斤",
        "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 35, "days_ago": d, "rpe": 15} for d in (1, 2, 4, 6)],
        "context": {"time": "2026-03-12T07:00", "temperature_c": 10},
        "notes": "体检查出2型糖尿病半年了，吃二甲双胍和达格列净，血压也有点高在吃药。最近在生酮减肥，早上空腹去跑5公里，跑完口渴得厉害，其他还行",
        "language": "zh-CN",
    },
    "expect": {
        "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
        "wrong_activities": ["run"], "hr_zone_null": False,
        "must_match": [zalt("喝水", "补水", "饮水", "补液", "水分", "缺水", "多喝"),
                       zalt("空腹", "吃", "进食", "早餐", "早饭", "碳水"),
                       zalt("酮", "医生", "医师")],
        "must_not_match": [],
        "plan_must_match": [zalt("力量", "抗阻", "哑铃")],
    },
})
