"""Clients h01-h06 (literal data)."""
from common import client, expect, EN_NOT_911, ZH_NOT_120, ZH_HK_WRONG, ZH_DOCTOR

CLIENTS = []

# h01 en-US imperial: T2D, metformin + weekly semaglutide, sedentary, heavy beginner
CLIENTS.append(client(
    "h01", "en-US",
    "52-year-old man, type 2 diabetes on metformin and weekly semaglutide (6 weeks), 262 lb, desk job, wants to start walking tonight",
    {
        "activity": "brisk_walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
        "card": ("Today (Tue evening): brisk walk after dinner, moderate, 20 minutes, RPE 12-13 (you can talk in full "
                 "sentences but not sing). Head out within about 30 minutes of finishing dinner: a walk after a meal blunts "
                 "the glucose rise (ADA). Your 168 mg/dL (9.3 mmol/L) is in the range where exercise is fine (90-250). "
                 "Metformin and semaglutide on their own rarely cause lows, so no snack is needed first; if you ever feel "
                 "shaky, sweaty or confused, stop and check your sugar. On queasy days after the Sunday shot keep it easy, "
                 "sip water before and after, and don't push through vomiting. Flat route, good shoes; your knees will "
                 "thank you for walking rather than jogging while you're heavy. Break up sitting at work: 2-3 minutes on "
                 "your feet every 30-60 minutes. Add two short strength days this week (chair squats, wall push-ups, band "
                 "rows, 1-2 sets of 10-15). About 180 kcal. Stop and call 911 for chest pain or pressure, or breathlessness "
                 "that doesn't settle. Not medical advice."),
        "plan": [
            "Tue brisk walk after dinner, moderate, 20 min, RPE 12-13",
            "Wed strength (chair squats, wall push-ups, band rows), moderate, 20 min, 1-2 sets x 10-15, RPE 12-13",
            "Thu brisk walk after dinner, moderate, 25 min, RPE 12-13",
            "Fri rest (an easy 10-minute stroll after dinner is fine)",
            "Sat stationary bike or brisk walk, moderate, 25 min, RPE 12-13",
            "Sun shot day: easy walk after a meal, light, 15 min, RPE 10-11",
            "Mon strength (chair squats, wall push-ups, band rows), moderate, 20 min, 1-2 sets x 10-15, RPE 12-13",
        ],
        "week": "Week: about 85 min of moderate walking/cycling, building toward 150; strength 2 days; walk after meals and sit less.",
    },
    {
        "age": 52, "sex": "male", "weight_lb": 262, "height_in": 70, "resting_hr": 82,
        "conditions": ["diabetes"], "bp_systolic": 134, "bp_diastolic": 84, "glucose_mg_dl": 168,
        "fitness": "beginner", "goal": "lose weight, get my A1c down", "preferences": ["walk", "stationary_bike"],
        "history": [{"activity": "walk", "minutes": 15, "days_ago": 3, "rpe": 11}],
        "context": {"time": "2025-03-04T18:30", "temperature_f": 48, "wind_mph": 8, "precipitation": "none"},
        "units": "imperial",
        "notes": ("doc put me on ozempic 6 wks ago plus the metformin. down 11 lbs!! some queasy days after the shot "
                  "(shot is sundays). desk job, sit like 10 hrs a day. just ate dinner. want to actually start moving, "
                  "knees are ok just heavy. what should i do tonight"),
    },
    expect(rest_acceptable=False, max_intensity="moderate", max_minutes=45, wrong=["run"],
           must_match=[r"(?i)glucose|blood sugar|\bsugar|diabet|A1c|hypo|\blow(s)?\b|ozempic|semaglutide|GLP|metformin|after (a |your )?(meal|dinner|eating)"],
           plan_must_match=[r"(?i)strength|resistance|weights|squat|push-up"]),
))

# h02 zh-CN: 16-year-old T1D, pump + CGM, falling before track practice
CLIENTS.append(client(
    "h02", "zh-CN",
    "16岁女生，1型糖尿病（胰岛素泵+CGM），田径队中长跑，训练前CGM 4.6 mmol/L 箭头往下",
    {
        "activity": "run", "minutes": 60, "intensity": "moderate", "hr_zone_bpm": None,
        "card": ("今天（周三）：可以参加田径队训练（跑步），中等强度，约60分钟，RPE 12-13（能说整句话，但唱不了歌）。"
                 "先别急着上场：CGM 4.6 mmol/L（83 mg/dl）而且箭头往下，运动前低于5.0要先补糖（ADA）。现在吃15-20克快速碳水"
                 "（4片葡萄糖片或一小盒果汁），15分钟后再看CGM，到5.0以上、箭头不再往下再开始热身。"
                 "泵：按糖尿病团队给你的方案，训练前60-90分钟设临时基础率（常见是减少30-50%），或者训练中断开泵不超过1-2小时；"
                 "午饭的大剂量还在起作用，所以今天更要先吃糖。训练中每30分钟看一次CGM，口袋里放糖片；"
                 "低于3.9立即停下，吃15克糖，15分钟后复测，回升后再练。练完吃一份含碳水和蛋白质的加餐，今晚睡前再看一次，"
                 "把CGM低血糖报警调高一点，防夜间低血糖。跟教练说好：你需要随时停下来吃糖，这不丢人。"
                 "如果有人低血糖昏迷，不要喂东西，用胰高血糖素并拨打120。（本建议不是医疗建议。）"),
        "plan": [
            "周三 田径队训练（跑步），中等强度，60分钟，RPE 12-13；先吃15-20克碳水，15分钟后复测",
            "周四 力量训练（深蹲、弓步、臀桥、平板支撑），中等强度，30分钟，RPE 12-13；练前练后看CGM",
            "周五 田径队训练（跑步），中等强度，60分钟，RPE 12-14",
            "周六 跑步，轻松，30分钟，RPE 11-12；练后加餐",
            "周日 休息日：散步或和朋友出去玩，睡前看一次血糖",
            "周一 田径队训练（跑步），中等到较高强度，60分钟，RPE 13-15",
            "周二 力量训练+拉伸，中等强度，30分钟，RPE 12-13",
        ],
        "week": "本周：每天中高强度活动累计约60分钟（WHO），力量2天；每次训练前看血糖、带糖片，练后和睡前各看一次。",
    },
    {
        "age": 16, "sex": "female", "weight_kg": 54, "height_cm": 163, "conditions": ["diabetes"],
        "glucose_mg_dl": 83, "fitness": "intermediate", "goal": "跑好800和1500 不想再低血糖", "preferences": ["run"],
        "history": [{"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 13},
                    {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 13}],
        "context": {"time": "2025-03-05T16:10", "temperature_c": 14, "precipitation": "none"},
        "notes": ("放学后4点半田径队训练 一个小时 现在CGM 4.6 箭头往下↘ 午饭打了大剂量 上次训练到一半低到3.1 "
                  "教练让我坐旁边 好丢人。。泵要不要摘 今天能练吗"),
    },
    expect(rest_acceptable=False, max_intensity="vigorous", max_minutes=90,
           must_match=[r"碳水|葡萄糖|糖片|果汁|[吃补補喝].{0,6}糖|加餐|15\s*(克|g)|20\s*(克|g)",
                       r"[复複][测測]|再[测測看查]|[复複]查|15\s*分[钟鐘]|CGM|血糖[仪儀]"]),
))

# h03 en-GB: haemodialysis Mon/Wed/Fri, left-arm fistula, today Tuesday
CLIENTS.append(client(
    "h03", "en-GB",
    "67-year-old man on haemodialysis Mon/Wed/Fri with a left-arm fistula and diet/tablet type 2 diabetes; today is a non-dialysis Tuesday",
    {
        "activity": "strength", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
        "card": ("Today (Tuesday, a non-dialysis day): strength at home, legs first, moderate, 25 minutes, RPE 11-13 (you "
                 "can still chat). Legs: sit-to-stand from a dining chair 2 x 10, heel raises holding the worktop 2 x 12, "
                 "step-ups onto the bottom stair 2 x 8 each leg, mini squats 2 x 10. Then the right arm only: curls and "
                 "overhead press with a tin or a 1-2 kg weight, 2 x 12. Nothing on the left (fistula) arm: no weights, no "
                 "band looped round it, no leaning on it, no blood-pressure cuff and no tight watch strap there; feel for the "
                 "thrill afterwards as usual. Breathe out as you lift and don't hold your breath (BP 146/82). Stay inside "
                 "today, it's wet. Keep to your 1-litre fluid allowance: sip, don't drink extra because you exercised. "
                 "Glucose 7.2 mmol/L (130 mg/dL) is fine for exercise. Stop and tell the unit if you get unusual "
                 "breathlessness, palpitations, cramps that won't ease or dizziness; for chest pain that doesn't settle "
                 "call 999. Not medical advice."),
        "plan": [
            "Tue strength, legs first, right arm only (nothing on the fistula arm), moderate, 25 min, RPE 11-13",
            "Wed dialysis day: rest",
            "Thu walk (indoors or dry pavement), moderate, 20 min, RPE 11-13",
            "Fri dialysis day: rest",
            "Sat strength, legs first, nothing on the fistula arm, moderate, 25 min, RPE 11-13",
            "Sun walk, moderate, 20 min, RPE 11-13; heel-to-toe balance along the worktop",
            "Mon dialysis day: rest",
        ],
        "week": "Week: 4 active non-dialysis days (strength 2, walks 2, about 40 min aerobic, adding 5 min a week); dialysis days rest; the fistula arm is never loaded.",
    },
    {
        "age": 67, "sex": "male", "weight_kg": 74, "height_cm": 175, "resting_hr": 76,
        "conditions": ["hypertension", "diabetes"], "bp_systolic": 146, "bp_diastolic": 82, "glucose_mg_dl": 130,
        "fitness": "beginner", "goal": "stay strong enough to do the garden", "preferences": ["walk", "strength"],
        "history": [{"activity": "walk", "minutes": 15, "days_ago": 1, "rpe": 11},
                    {"activity": "walk", "minutes": 15, "days_ago": 4, "rpe": 11}],
        "context": {"time": "2025-03-04T10:00", "temperature_c": 9, "wind_kmh": 20, "precipitation": "rain"},
        "notes": ("Dialysis Mon Wed Fri at the unit, fistula in my left arm. Legs go to jelly after a session and I'm "
                  "washed out the rest of that day. Renal nurse keeps saying do more on the off days. Fluid limit 1 litre "
                  "a day. Used to do a lot in the garden. Bit of rain today."),
    },
    expect(rest_acceptable=False, max_intensity="moderate", max_minutes=45, wrong=["run"],
           must_match=[r"(?i)fistula|left arm|access arm|that arm"],
           must_not_match=[EN_NOT_911],
           plan_must_match=[r"(?i)Wed[^\n]*(rest|dialys)", r"(?i)Fri[^\n]*(rest|dialys)"]),
))

# h04 zh-TW: gestational diabetes, 28 weeks, walk after meals
CLIENTS.append(client(
    "h04", "zh-TW",
    "34歲孕婦，懷孕28週，妊娠糖尿病飲食控制，午餐後一小時血糖142，營養師要她飯後走路",
    {
        "activity": "walk", "minutes": 15, "intensity": "moderate", "hr_zone_bpm": None,
        "card": ("今天（週四）：午餐後散步，中等偏輕，15分鐘，RPE 11-13（可以說整句話）。每餐飯後10-15分鐘開始走10-15分鐘，"
                 "對降飯後血糖最有效，三餐加起來一天約30-45分鐘，一週就有150分鐘以上（孕期建議）。"
                 "你午餐後一小時142 mg/dl（7.9 mmol/L），略高於常用目標（一小時低於140）：晚餐後也走，照原本時間再量，"
                 "記錄給醫師和營養師看。下班再累，飯後繞社區走一圈也算。孕婦瑜珈可以，每週2-3次：28週後不要長時間平躺，"
                 "改側躺或坐姿，不做熱瑜珈。多喝水、穿好走的鞋，熱的時候走室內。"
                 "出現陰道出血、規律疼痛的宮縮、破水、頭暈、頭痛、胸痛、小腿腫痛或胎動明顯減少，立刻停止並就醫；"
                 "緊急時撥打119。熱量約65千卡。（本建議不是醫療建議。）"),
        "plan": [
            "週四 飯後散步，中等偏輕，15分鐘，RPE 11-13；晚餐後再走10-15分鐘",
            "週五 三餐飯後各散步10-15分鐘，中等偏輕，RPE 11-13",
            "週六 孕婦瑜珈（側躺或坐姿，不平躺），輕度，30分鐘，RPE 10-12；飯後散步15分鐘",
            "週日 三餐飯後各散步15分鐘，RPE 11-13",
            "週一 飯後散步15分鐘×3，RPE 11-13；彈力帶上肢與坐姿腿部肌力15分鐘",
            "週二 三餐飯後各散步15分鐘，RPE 11-13",
            "週三 孕婦瑜珈，輕度，30分鐘；飯後散步15分鐘",
        ],
        "week": "本週：以飯後走路為主，每天約30-45分鐘，合計150分鐘以上，瑜珈或肌力3天；持續記錄血糖。",
    },
    {
        "age": 34, "sex": "female", "weight_kg": 71, "height_cm": 160, "conditions": ["pregnancy", "diabetes"],
        "glucose_mg_dl": 142, "fitness": "beginner", "goal": "控制血糖 不想打胰島素", "preferences": ["walk", "yoga"],
        "history": [{"activity": "walk", "minutes": 10, "days_ago": 1, "rpe": 10}],
        "context": {"time": "2025-03-06T12:40", "temperature_c": 22, "aqi": 45},
        "notes": ("28週 上禮拜驗出妊娠糖尿病 營養師說飯後要走路 可是我下班都好累 午餐後一小時量142 (目標是140以下吧?) "
                  "以前完全沒在運動 可以做孕婦瑜珈嗎 寶寶踢很正常"),
    },
    expect(rest_acceptable=False, max_intensity="moderate", max_minutes=45, wrong=["run"], hr_zone_null=True,
           must_match=[r"[飯饭]後|[飯饭]后|餐後|餐后|吃完|飯飽|饭饱",
                       r"出血|宮縮|宫缩|破水|羊水|[頭头][暈晕痛]|胎[動动]|[腹肚].{0,2}痛|不[舒適适]"],
           must_not_match=[ZH_NOT_120]),
))

# h05 en-AU: T1D marathoner with nocturnal hypos after evening runs
CLIENTS.append(client(
    "h05", "en-AU",
    "28-year-old man with type 1 diabetes on basal-bolus pens and a Libre, running 70-80 km a week, low at 2-3am after evening sessions",
    {
        "activity": "run", "minutes": 50, "intensity": "moderate", "hr_zone_bpm": [108, 135],
        "card": ("Today (Fri evening): easy run, moderate, 50 minutes (your 10 km) plus 4-6 x 20 s relaxed strides, RPE "
                 "12-13, HR about 108-135 bpm (40-59% of heart-rate reserve). 7.8 mmol/L (140 mg/dL) is a good start. "
                 "The 2-3am lows are the classic delayed hypo after evening exercise: your muscles keep pulling glucose in "
                 "to refill for up to 24 hours. Tonight: take less NovoRapid with dinner (often 25-50% less; agree the "
                 "exact cut with your diabetes team), have a carb + protein snack after the run and again before bed "
                 "(toast with peanut butter), check before bed and go to sleep above about 7, and set the Libre low alarm "
                 "at 4.4-5.0 so it wakes you before you drop under 3.9. Carry jelly beans on the run. Two overnight lows "
                 "this week blunt your warning signs for the next one: if it happens again, ask the team about a lower "
                 "Tresiba dose on training days, and do the hard sessions in the morning. Keep glucagon at home and show "
                 "your partner how to use it; if you're ever unresponsive they should call 000. Not medical advice."),
        "plan": [
            "Fri run, easy, 50 min + strides, RPE 12-13, HR 108-135 bpm; cut the dinner bolus, bedtime snack, Libre alarm",
            "Sat run, moderate, 40 min, RPE 12-13, in the morning",
            "Sun long run, moderate, 100 min, RPE 12-13, carbs every 30-40 min",
            "Mon rest; strength 30 min (single-leg work, core)",
            "Tue run, tempo 3 x 10 min, vigorous, 60 min total, RPE 14-16, in the morning",
            "Wed run, easy, 45 min, RPE 11-12; strength 30 min",
            "Thu run, moderate, 50 min, RPE 12-13",
        ],
        "week": "Week: 6 runs, about 5.7 h, within 10% of last week; hard runs in the morning; after every evening run reduce the dinner bolus, snack before bed and check.",
    },
    {
        "age": 28, "sex": "male", "weight_kg": 68, "height_cm": 178, "resting_hr": 52, "conditions": ["diabetes"],
        "glucose_mg_dl": 140, "fitness": "advanced", "goal": "sub-3 marathon in June", "preferences": ["run", "cycle"],
        "history": [{"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 13},
                    {"activity": "run", "minutes": 70, "days_ago": 3, "rpe": 14},
                    {"activity": "run", "minutes": 45, "days_ago": 4, "rpe": 12},
                    {"activity": "run", "minutes": 95, "days_ago": 6, "rpe": 13},
                    {"activity": "run", "minutes": 50, "days_ago": 8, "rpe": 13},
                    {"activity": "run", "minutes": 60, "days_ago": 10, "rpe": 14}],
        "context": {"time": "2025-03-07T17:45", "temperature_c": 24, "humidity_pct": 55},
        "notes": ("T1D 11 yrs, basal bolus (tresiba + novorapid) + libre. 7.8 right now. Running 5-6x a week, 70-80 km. "
                  "problem is I keep going low at 2-3am after evening sessions, twice this week, woke up at 2.9 drenched. "
                  "Today's plan is 10k easy + strides after work. Partner is over it lol"),
    },
    expect(rest_acceptable=False, max_intensity="vigorous", max_minutes=90,
           must_match=[r"(?i)night|overnight|\bbed|sleep|2-3 ?am|nocturnal|delayed",
                       r"(?i)snack|carb|bolus|insulin|novorapid|tresiba|basal|dose"],
           must_not_match=[EN_NOT_911]),
))

# h06 zh-HK: T2D on insulin, 17.8 with urine ketones ++, vomited, wants to hike
CLIENTS.append(client(
    "h06", "zh-HK",
    "58歲男士，2型糖尿病打胰島素，今朝血糖17.8、尿酮++、嘔咗一次，仲想同朋友去行山兩個鐘",
    {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": ("今日：休息，唔好去行山。血糖17.8 mmol/L（320 mg/dl），加上尿酮++、好口渴同嘔吐，係酮酸中毒（DKA）嘅警號："
                 "有中度或以上酮體時運動會令血糖同酮體再升（ADA）。唔好因為食得少就停胰島素，基礎胰島素照打。"
                 "即刻聯絡你嘅糖尿病醫生或護士，或者今日去急症室；如果再嘔、肚痛、呼吸又深又急、好眼瞓或者神志唔清，"
                 "即刻打999。細啖細啖飲清水，每1-2個鐘驗一次血糖同酮。同朋友講今日唔去，等血糖同酮回復正常、"
                 "醫生話得先再行山。（本建議唔係醫療建議。）"),
        "plan": [
            "週六 休息：今日唔運動，聯絡醫生或去急症室",
            "週日 休息：血糖同酮未正常之前唔運動",
            "週一 醫生確認血糖低過13.9又冇酮之後：平路散步，輕度，15分鐘，RPE 10-11",
            "週二 散步，輕度至中等，20分鐘，RPE 11-12",
            "週三 休息",
            "週四 快行，中等，25分鐘，RPE 12-13",
            "週五 散步，中等，25分鐘，RPE 12-13",
        ],
        "week": "本週：先處理高血糖同酮，醫生批准之後由短程散步重新開始；行山押後。",
    },
    {
        "age": 58, "sex": "male", "weight_kg": 80, "height_cm": 170, "conditions": ["diabetes", "hypertension"],
        "bp_systolic": 132, "bp_diastolic": 80, "glucose_mg_dl": 320, "fitness": "intermediate",
        "goal": "保持體力", "preferences": ["walk", "brisk_walk"],
        "history": [{"activity": "brisk_walk", "minutes": 60, "days_ago": 3, "rpe": 12},
                    {"activity": "brisk_walk", "minutes": 60, "days_ago": 6, "rpe": 12}],
        "context": {"time": "2025-03-08T07:30", "temperature_c": 19},
        "notes": ("今朝篤手指320 (17.8)，之前一路都係8-9度，琴日食嘢冇胃口所以打少咗針。買咗尿酮試紙驗到++。"
                  "好口渴，今朝嘔咗一次但應該係食錯嘢啫。約咗班朋友十點行麥理浩徑，兩個鐘，應該冇問題掛？"),
    },
    expect(must_rest=True,
           must_match=[r"酮", ZH_DOCTOR + r"|999"],
           must_not_match=[ZH_HK_WRONG]),
))
