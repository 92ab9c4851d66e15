#!/usr/bin/env python3
"""Build /tmp/panel62/clients.jsonl from the literal client data below.

Every client is written out by hand: no templates, no randomness. Running this
script only serialises the list (one JSON object per line, keys in the order
check.py wants). Theme: long-term conditions and life situations where the
right answer depends on the person's own facts, each with a direct question.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "clients.jsonl")

CLIENTS = [
    # ------------------------------------------------------------------ h01
    {
        "id": "h01",
        "lang": "en-US",
        "who": "38-year-old woman, ex-half-marathoner, 15 months of long COVID with post-exertional malaise; her new PT prescribes graded exercise (+10% a week, push through)",
        "call": {
            "activity": "walk",
            "minutes": 10,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "No, don't push through. What you describe (fine during the walk, then wiped out for 3 days) is "
                "post-exertional malaise (PEM). With PEM, graded exercise that pushes through symptoms tends to bring "
                "on crashes, not fitness (NICE NG206, 2021). Pace instead: stay well inside your energy envelope.\n"
                "Today: walk, light, about 10 minutes, RPE 9-10 (very light: you can talk easily). That is the "
                "10 minutes you managed 2 days ago without a crash, not the 30 that set you off. Stop while you still "
                "feel you could do more, then rest lying down for 15-20 minutes.\n"
                "Why: this week's goal is no crash, not more minutes. Keep your activity about the same every day, "
                "even on good days like today; add a couple of minutes only after 2 stable weeks with no crash.\n"
                "Watch: if you crash tomorrow or the day after (exhaustion, brain fog, sore throat), drop back to rest "
                "and short stretches until you are back to baseline, then restart below today's dose. Tell your doctor "
                "and your PT about the PEM and ask about a long COVID clinic that uses pacing. Chest pain, fainting or "
                "sudden breathlessness: call 911.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Thu walk, light, 10 min, RPE 9-10; lie down and rest after",
                "Fri stretching, light, 10 min, lying or seated; notice how you feel",
                "Sat rest (PEM shows up 24-72 hours after activity)",
                "Sun walk, light, 10 min, RPE 9-10, only if no crash",
                "Mon stretching, light, 10 min",
                "Tue rest",
                "Wed walk, light, 10 min if stable; no increase this week",
            ],
            "week": "Pacing week: the same small doses (10 min, RPE 9-10) with rest days between, no increase; add a couple of minutes only after 2 stable weeks without a crash.",
        },
        "profile": {
            "age": 38,
            "sex": "female",
            "weight_lb": 152,
            "height_in": 65,
            "units": "imperial",
            "resting_hr": 84,
            "fitness": "beginner",
            "goal": "get back to running",
            "preferences": ["run", "yoga"],
            "history": [
                {"activity": "walk", "minutes": 30, "days_ago": 8, "rpe": 11},
                {"activity": "walk", "minutes": 10, "days_ago": 2, "rpe": 9},
                {"activity": "stretching", "minutes": 10, "days_ago": 1, "rpe": 8},
            ],
            "context": {"time": "2026-04-16T10:15", "temperature_f": 61, "precipitation": "none", "aqi": 35},
            "notes": (
                "long covid since jan 2025. used to run half marathons, now most days im on the couch by 3pm. new PT "
                "says graded exercise, add 10% every week and push through the tiredness. last week i walked 30 min and "
                "felt fine DURING it but the next day i was wiped out for 3 days, couldnt get off the couch, brain fog, "
                "sore throat, achy. same thing happened in feb after a 20 min jog. today i feel kinda ok which is when "
                "i always overdo it lol. so my question: should i push through like the PT says or not??"
            ),
            "language": "en-US",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 20,
            "wrong_activities": ["run", "brisk_walk", "cycle", "elliptical", "swim"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)\bpac(e|es|ing)\b|post.?exertional|\bPEM\b|crash|energy envelope",
                r"(?i)push|graded|10 ?%",
            ],
            "must_not_match": [r"(?i)RPE\s*(1[4-9]|20)\b"],
            "plan_must_match": [r"(?i)\brest"],
        },
    },
    # ------------------------------------------------------------------ h02
    {
        "id": "h02",
        "lang": "zh-CN",
        "who": "67-year-old man with stable COPD who walks in the park every morning; today AQI 186 and -4 C",
        "call": {
            "activity": "walk",
            "minutes": 30,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "今天不去公园：空气重度污染（AQI 186），加上零下4度的冷空气，对慢阻肺的气道是双重刺激，容易诱发急性加重。改在室内走。\n"
                "今天：室内散步，低强度，约30分钟（可分两次，每次15分钟），RPE 10-11，以能说话、不太喘为准（气喘程度0-10分，不超过3-4分）。\n"
                "怎么做：在家里、楼道或商场里走；走路时用缩唇呼吸（鼻子吸气2秒，噘嘴慢慢呼气4秒）；之后在屋里打15分钟太极也可以。关好窗，开空气净化器。吸入剂按时用，急救用的放在身边。\n"
                "为什么：AQI 151-200属于不健康，慢性肺病人群应避免户外长时间或较费力的活动，改在室内（美国EPA）；坚持每天活动对慢阻肺有益，不必整天躺着。\n"
                "注意：如果比平时喘得明显厉害、痰变多变黄变绿、发烧、嘴唇发紫，停止活动并尽快去医院；休息时也喘不上气或胸痛，立即拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周一 室内散步，低强度，30分钟（可分两次），RPE 10-11；缩唇呼吸",
                "周二 室内散步或在家打太极，低强度，30分钟；先看AQI，超过150继续留在室内",
                "周三 力量训练（坐站起立、弹力带），低强度，20分钟",
                "周四 散步，低强度，40分钟；空气好（AQI 100以下）再回公园，冷就等中午暖和些",
                "周五 太极，低强度，30分钟",
                "周六 力量训练（坐站起立、弹力带），低强度，20分钟",
                "周日 散步，低强度，40分钟，RPE 10-11",
            ],
            "week": "本周：每天都活动，空气差（AQI>150）的日子在室内走；空气好了再回公园；力量2天。",
        },
        "profile": {
            "age": 67,
            "sex": "male",
            "weight_kg": 62,
            "height_cm": 168,
            "resting_hr": 82,
            "fitness": "beginner",
            "goal": "别再住院",
            "preferences": ["walk", "tai_chi"],
            "history": [
                {"activity": "walk", "minutes": 40, "days_ago": 1, "rpe": 12},
                {"activity": "walk", "minutes": 40, "days_ago": 2, "rpe": 12},
                {"activity": "tai_chi", "minutes": 20, "days_ago": 2, "rpe": 10},
                {"activity": "walk", "minutes": 35, "days_ago": 3, "rpe": 12},
            ],
            "context": {"time": "2026-01-19T07:30", "temperature_c": -4, "wind_kmh": 6, "precipitation": "none", "aqi": 186},
            "notes": (
                "慢阻肺好几年了，前年住过一次院，出院后康复科医生让我天天走。现在每天早上去公园走40分钟，再跟老伙计打一会太极，"
                "上楼梯会喘但歇歇就好，一直挺稳定。今天手机上说重度污染186，外面灰蒙蒙的，零下四度。吸入剂每天都用着。"
                "我就想问：今天还去不去公园？"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["run", "cycle"],
            "hr_zone_null": False,
            "must_match": [
                r"AQI|空[气氣]|[污汙]染|[雾霧]霾|PM2",
                r"室[内內]|[户戶]外|屋[里裡内內]|在家|家[里裡中]|商[场場]|出[门門]|外出|公[园園]",
            ],
            "must_not_match": [],
            "plan_must_match": [r"室[内內]|[户戶]外|AQI|空[气氣]|[污汙]染|[雾霧]霾"],
        },
    },
    # ------------------------------------------------------------------ h03
    {
        "id": "h03",
        "lang": "en-GB",
        "who": "71-year-old man with stable heart failure (EF 35%) on bisoprolol, 6 weeks after finishing cardiac rehab; his wife wants him to rest",
        "call": {
            "activity": "brisk_walk",
            "minutes": 30,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "Yes, getting a bit breathless is fine: with stable heart failure, regular moderate exercise is "
                "recommended, and resting more would undo what rehab built. Aim to breathe harder but still talk in "
                "full sentences (the talk test). Your steady weight, normal ankles and sleeping on one pillow say you "
                "are stable today.\n"
                "Today: brisk walk, moderate, 30 minutes, RPE 11-13 (talk test: you can talk but not sing). 5 minutes "
                "easy to warm up and 5 to cool down. No heart-rate target: bisoprolol keeps your pulse low, so go by "
                "RPE and the talk test.\n"
                "Why: this is the cardiac rehab dose (about 30 minutes on most days, 150 a week, strength twice a "
                "week); keeping it up keeps you fitter and out of hospital.\n"
                "Contact your heart failure nurse or GP the same day if your weight goes up by more than 2 kg in "
                "3 days, your ankles swell, you need more pillows or wake up breathless, or walking gets much harder "
                "than usual. Stop at once for chest pain, dizziness or breathlessness that does not settle with rest; "
                "if it does not pass, call 999.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Fri brisk walk, moderate, 30 min, RPE 11-13, talk test",
                "Sat strength with bands (sit-to-stand, rows, wall press-ups), moderate, 20 min, 1-2 sets x 10-15, breathe out on effort",
                "Sun brisk walk, moderate, 30 min, RPE 11-13",
                "Mon walk, light, 20 min, or rest if tired",
                "Tue strength with bands, moderate, 20 min, 1-2 sets x 10-15",
                "Wed brisk walk, moderate, 30 min, RPE 11-13",
                "Thu brisk walk, moderate, 30 min, RPE 11-13; weigh yourself every morning as usual",
            ],
            "week": "About 140 minutes of walking plus strength twice: the cardiac rehab dose kept up, by RPE and the talk test, no heart-rate zone (bisoprolol).",
        },
        "profile": {
            "age": 71,
            "sex": "male",
            "weight_kg": 84,
            "height_cm": 175,
            "resting_hr": 60,
            "conditions": ["heart_disease", "hypertension"],
            "bp_systolic": 124,
            "bp_diastolic": 74,
            "fitness": "beginner",
            "goal": "keep up what cardiac rehab taught me",
            "preferences": ["walk", "strength"],
            "history": [
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                {"activity": "strength", "minutes": 20, "days_ago": 2, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 25, "days_ago": 5, "rpe": 11},
                {"activity": "strength", "minutes": 20, "days_ago": 6, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 8, "rpe": 12},
            ],
            "context": {"time": "2026-05-15T10:00", "temperature_c": 14, "wind_kmh": 12, "precipitation": "none"},
            "notes": (
                "Heart failure, EF 35% at last echo. Tablets: bisoprolol, sacubitril/valsartan, furosemide, spironolactone. "
                "Did the 8 week cardiac rehab at the hospital, finished 6 weeks ago and kept up walking about 30 min most days "
                "plus the band exercises twice a week. Weigh myself every morning like the nurse said, 84.0 again today, ankles "
                "normal, sleeping on 1 pillow. My wife keeps saying I should be resting with my heart and not getting out of puff. "
                "Is it actually OK for me to get a bit breathless when I walk or should I be taking it easy?"
            ),
            "language": "en-GB",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["run", "rest"],
            "hr_zone_null": True,
            "must_match": [
                r"(?i)breath|puff|talk",
                r"(?i)weigh|swell|ankle|pillow|dizz|chest|faint",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [r"(?i)strength|resist|band"],
        },
    },
    # ------------------------------------------------------------------ h04
    {
        "id": "h04",
        "lang": "zh-TW",
        "who": "69-year-old woman with osteoporosis (T-score -3.1) and a lumbar compression fracture two years ago; a friend wants her in a yoga class with forward bends and sit-ups",
        "call": {
            "activity": "strength",
            "minutes": 25,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "仰臥起坐、彎腰摸腳尖、深度前彎和扭轉都不要做：這些動作讓脊椎往前彎曲受壓，是骨鬆、又曾壓迫性骨折的人再次骨折的常見原因。"
                "但也不要乾脆不動：骨頭和肌肉要靠負重和肌力訓練維持，不動反而流失更快、更容易跌倒。\n"
                "今天：肌力訓練，中等強度，約25分鐘，RPE 12-13（能說完整句子，但唱不了歌）。\n"
                "做法：從有扶手的椅子坐下站起10次×2組；扶牆伏地挺身10次×2組；趴著或站著做背部伸展（挺胸、肩胛往後夾，不彎腰）8次×2組；"
                "扶著流理台墊腳尖15次×2組；扶椅背單腳站每邊20秒×3次練平衡。全程背打直，撿東西用蹲的、不要彎腰。\n"
                "為什麼：背部伸展肌力和平衡訓練能減少脊椎骨折和跌倒；每週2-3天肌力訓練，加上每天走路。\n"
                "瑜伽可以去，但先告訴老師你有脊椎骨折，跳過前彎、扭轉和仰臥起坐；最好先請復健科或物理治療師教一套安全的動作。\n"
                "注意：背部突然劇痛、身高變矮或駝背加重，請回診；胸痛或跌倒後站不起來，請撥打119。\n"
                "（本建議不是醫療建議。）"
            ),
            "plan": [
                "週二 肌力訓練，中等強度，25分鐘，RPE 12-13；背部伸展＋平衡",
                "週三 快走，中等強度，30分鐘，RPE 12-13",
                "週四 太極，低強度，30分鐘；練平衡",
                "週五 肌力訓練，中等強度，25分鐘，RPE 12-13",
                "週六 快走，中等強度，30分鐘",
                "週日 休息或散步20分鐘",
                "週一 肌力訓練，中等強度，25分鐘；不做前彎、扭轉、仰臥起坐",
            ],
            "week": "本週：肌力3天（背部伸展、坐下站起、平衡），快走2天、太極1天；整週不做前彎、扭轉和仰臥起坐。",
        },
        "profile": {
            "age": 69,
            "sex": "female",
            "weight_kg": 50,
            "height_cm": 152,
            "resting_hr": 70,
            "fitness": "beginner",
            "goal": "不要再骨折",
            "preferences": ["yoga", "walk"],
            "history": [
                {"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 10},
                {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 10},
            ],
            "context": {"time": "2026-03-10T09:00", "temperature_c": 20, "humidity_pct": 75, "precipitation": "none"},
            "notes": (
                "骨質疏鬆，醫生說T值-3.1，前年搬花盆的時候腰椎壓迫性骨折過一次，現在不太痛了，每半年打一次骨鬆針。"
                "每天早上去市場走半小時。朋友找我去社區上瑜伽，說多做前彎摸腳尖、仰臥起坐可以把背練強壯。"
                "請問我可以做嗎？還是乾脆不要動比較安全？"
            ),
            "language": "zh-TW",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["run", "rest"],
            "hr_zone_null": False,
            "must_match": [
                r"仰[臥卧]起坐|[捲卷]腹|[彎弯]腰|前[彎弯屈]|屈曲|[摸碰][腳脚]尖|扭[轉转]",
                r"跌倒|平衡|摔",
            ],
            "must_not_match": [r"(?:[打撥拨]|[電电][話话]|急救|致[電电])\D{0,4}120(?!\d)"],
            "plan_must_match": [r"肌力|力量|重量|阻力|[彈弹]力|平衡|太[極极]"],
        },
    },
    # ------------------------------------------------------------------ h05
    {
        "id": "h05",
        "lang": "en-AU",
        "who": "52-year-old woman on chemotherapy for breast cancer, day 9 (expected nadir), with 38.2 C this morning masked by paracetamol; asks about her usual walk",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "Not today: skip the walk and ring your chemo unit's 24-hour line (the number on your treatment card) now. "
                "A temperature of 38.0 or more while your counts are at their lowest (day 9 of AC) can be neutropenic "
                "sepsis, which needs assessment within the hour; the Panadol may be hiding the fever, so don't take more "
                "before you've spoken to them. If you can't reach them, go to the nearest emergency department; if you "
                "feel very unwell, faint or breathless, call 000.\n"
                "Today: rest, 0 minutes. No walking for fitness until the oncology team has checked you and any "
                "infection is treated.\n"
                "Why: activity does help chemo fatigue and you should get back to your daily walk, but not with a "
                "possible infection at the nadir.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Wed rest: ring the chemo unit now about the 38.2 temperature",
                "Thu rest until the oncology team has checked you",
                "Fri rest, or gentle stretching in bed if the team has ruled out infection",
                "Sat walk, light, 10 min, only if cleared and no fever",
                "Sun walk, light, 15 min if cleared, RPE 10-11",
                "Mon walk, light, 15-20 min if cleared",
                "Tue walk, light, 20 min if cleared; avoid crowds and public pools while counts are low",
            ],
            "week": "Get the fever assessed first; the daily walk comes back only after the oncology team clears you, short and light.",
        },
        "profile": {
            "age": 52,
            "sex": "female",
            "weight_kg": 61,
            "height_cm": 166,
            "resting_hr": 88,
            "fitness": "intermediate",
            "goal": "keep moving through chemo",
            "preferences": ["walk", "yoga"],
            "history": [
                {"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 11},
                {"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11},
                {"activity": "yoga", "minutes": 20, "days_ago": 4, "rpe": 10},
            ],
            "context": {"time": "2026-07-08T08:10", "temperature_c": 11, "precipitation": "none"},
            "notes": (
                "On chemo for breast cancer, cycle 3 of AC, today is day 9. Nurse said my counts bottom out around now and "
                "to avoid crowds and sick people. Sooo tired lately but my daily 20 min walk round the block honestly helps. "
                "Bit shivery last night and the thermometer said 38.2 when I woke up, took a couple of panadol and I feel "
                "ok-ish now, just flat. Can I still do my walk or is that dumb?"
            ),
            "language": "en-AU",
        },
        "expect": {
            "must_rest": True,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 0,
            "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                 "stationary_bike", "elliptical", "stretching"],
            "hr_zone_null": True,
            "must_match": [
                r"(?i)fever|temperature|\b38|infect|neutrop|sepsis",
                r"(?i)oncolog|chemo (unit|team|nurse|ward|line|day unit|centre|center)|cancer (team|nurse|centre|center|unit|care|line)|hospital|\bGP\b|doctor|emergency department|\bED\b|A&E|triage|medical (attention|help|care|assessment|review)",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [r"(?i)oncolog|chemo|doctor|clear|fever|temperature"],
        },
    },
    # ------------------------------------------------------------------ h06
    {
        "id": "h06",
        "lang": "zh-CN",
        "who": "66-year-old man, Parkinson's disease for 2 years, freezing when his levodopa wears off, fell turning in the kitchen last month; wife wants him to move less; asks if he can ride",
        "call": {
            "activity": "stationary_bike",
            "minutes": 25,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "能骑，而且建议骑：但今天骑家里的动感单车，不骑外面的自行车。你上个月转身时摔过，药效快过时还会迈不开步，"
                "路上一旦冻结或失去平衡就容易摔；固定的单车没有这个风险。运动本身就是帕金森治疗的一部分，少动反而让僵硬和平衡更差。\n"
                "今天：动感单车，中等强度，约25分钟，RPE 12-13（能说整句话，但唱不了歌），踏频尽量快而稳（每分钟70-80转左右），阻力调轻。\n"
                "怎么做：趁药效好的时候骑（早上7点吃的药，现在9点半正合适）；上下车扶稳，单车靠墙放，旁边有人更好；先慢骑5分钟热身，最后5分钟放慢。\n"
                "为什么：规律的有氧运动（尤其是踏频较快的骑车）能改善帕金森的活动能力；每周再加2-3次平衡和大幅度动作练习（太极很合适）来防跌倒。\n"
                "注意：药效过了、头晕或站起来眼前发黑就停下坐好；胸痛或摔倒后站不起来，拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周三 动感单车，中等强度，25分钟，RPE 12-13，药效好时骑",
                "周四 太极，低强度，30分钟，扶着椅背练平衡和转身",
                "周五 动感单车，中等强度，25分钟，RPE 12-13",
                "周六 散步，低强度，20分钟，有人陪，大步走、手臂摆开",
                "周日 休息",
                "周一 动感单车，中等强度，30分钟，RPE 12-13",
                "周二 太极，低强度，30分钟；力量：坐站起立10次×2组",
            ],
            "week": "本周：动感单车3天、太极2天、散步1天，都在药效好的时段；户外骑车等平衡评估后再说。",
        },
        "profile": {
            "age": 66,
            "sex": "male",
            "weight_kg": 70,
            "height_cm": 172,
            "resting_hr": 66,
            "fitness": "beginner",
            "goal": "走路稳一点",
            "preferences": ["cycle", "tai_chi"],
            "history": [
                {"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 11},
                {"activity": "walk", "minutes": 15, "days_ago": 5, "rpe": 10},
            ],
            "context": {"time": "2026-09-09T09:30", "temperature_c": 24, "precipitation": "none", "aqi": 60},
            "notes": (
                "帕金森确诊两年，吃多巴丝肼，一天三次，今天早上7点吃的。药效好的时候走路还行，药快过了脚就像粘在地上迈不开。"
                "上个月在厨房转身的时候摔了一跤，没受伤。老伴让我少动别再摔着，我自己也有点怕。以前爱骑车，听说骑车对帕金森好，"
                "家里有台动感单车落灰了。我现在能骑吗？"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["cycle", "run", "rest"],
            "hr_zone_null": False,
            "must_match": [
                r"[骑騎]|[单單][车車]|自行[车車]|[脚腳]踏[车車]",
                r"[摔跌]|平衡|扶",
                r"[药藥]效|吃[药藥]|服[药藥]|[药藥]物|用[药藥]",
            ],
            "must_not_match": [],
            "plan_must_match": [r"平衡|太[极極]|[摔跌]"],
        },
    },
    # ------------------------------------------------------------------ h07
    {
        "id": "h07",
        "lang": "en-US",
        "who": "58-year-old man with type 2 diabetes and high blood pressure who wants to burn calories for a wedding; exertional chest pressure into the left arm buried in the ramble",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "Before calories: stop the hill walks and don't add the bike until a doctor has seen you. Chest pressure "
                "or tightness that comes on going uphill, spreads to your left arm and goes away when you stop is the "
                "classic pattern of angina (heart muscle short of blood), not being out of shape, and with diabetes and "
                "high blood pressure it needs checking soon: call your doctor today, or go to urgent care or the ER today, "
                "for an assessment (ECG and more).\n"
                "Call 911 right away if the pressure comes on at rest, lasts more than a few minutes, or comes with "
                "sweating, nausea or breathlessness.\n"
                "Today: rest, 0 minutes. The weight loss can wait a week or two; once you are cleared we can build a "
                "walking and cycling plan for the wedding.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Sun rest: call your doctor today about the chest pressure",
                "Mon rest; doctor visit and ECG",
                "Tue rest until cleared",
                "Wed rest until cleared; no hills, no bike",
                "Thu rest until cleared",
                "Fri rest until cleared",
                "Sat rest until cleared; restart only on your doctor's advice",
            ],
            "week": "No exercise until a doctor has checked the chest pressure on exertion; the weight-loss plan starts after clearance.",
        },
        "profile": {
            "age": 58,
            "sex": "male",
            "weight_lb": 228,
            "height_in": 70,
            "units": "imperial",
            "resting_hr": 78,
            "conditions": ["diabetes", "hypertension"],
            "bp_systolic": 146,
            "bp_diastolic": 92,
            "glucose_mg_dl": 168,
            "fitness": "beginner",
            "goal": "lose 30 lb before my daughter's wedding",
            "preferences": ["brisk_walk", "cycle"],
            "history": [
                {"activity": "brisk_walk", "minutes": 25, "days_ago": 2, "rpe": 13},
                {"activity": "brisk_walk", "minutes": 25, "days_ago": 4, "rpe": 14},
                {"activity": "brisk_walk", "minutes": 20, "days_ago": 7, "rpe": 13},
            ],
            "context": {"time": "2026-09-13T06:30", "temperature_f": 64, "precipitation": "none", "aqi": 40},
            "notes": (
                "ok so doc says lose weight, A1c 7.9, on metformin and lisinopril. started walking the hill loop behind the "
                "house 3x a week. past 2 weeks i get this pressure/tightness in the middle of my chest going up the hill, "
                "kinda goes into my left arm sometimes, goes away in a couple min when i stop so prob just heartburn or being "
                "out of shape right? anyway whats the best way to burn the most calories this week, should i add the bike? "
                "wedding is in november"
            ),
            "language": "en-US",
        },
        "expect": {
            "must_rest": True,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 0,
            "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                 "stationary_bike", "elliptical", "stretching"],
            "hr_zone_null": True,
            "must_match": [
                r"(?i)chest (pressure|tight|pain|discomfort)|(pressure|tightness) in (your|the) chest|angina|left arm|\barm\b|uphill|\bhills?\b",
                r"(?i)doctor|physician|cardiolog|\bER\b|emergency (room|department)|urgent care|hospital|clinic|medical (attention|evaluation|care|help|assessment)",
            ],
            "must_not_match": [],
            "plan_must_match": [r"(?i)doctor|clear|physician|cardiolog"],
        },
    },
    # ------------------------------------------------------------------ h08
    {
        "id": "h08",
        "lang": "zh-HK",
        "who": "51-year-old woman in menopause, night sweats, sleeping under five hours; at 21:30 in 29 C heat she plans a 30-minute run to tire herself out for sleep",
        "call": {
            "activity": "yoga",
            "minutes": 15,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "今晚唔好落街跑：而家九點半，外面29度、濕度85%，夜晚跑半個鐘會令體溫同心跳升高，容易引發潮熱，臨瞓前太劇烈反而更難入睡。"
                "想瞓得好，運動要放喺日頭做。\n"
                "今晚：瑜伽（伸展放鬆），低強度，約15分鐘，RPE 9-10（好輕鬆，講到嘢）。喺冷氣房做：貓牛式、仰臥抱膝、扭轉伸展、靠牆抬腿，"
                "最後做5分鐘慢呼吸（吸氣4秒、呼氣6秒）。做完沖個暖水涼，房間冷氣開到大約24-26度。\n"
                "之後：每星期大部分日子喺朝早或者放工前做30分鐘中等強度運動（快行或者游水），規律運動有助改善更年期嘅睡眠同情緒；臨瞓前1-2個鐘避免劇烈運動。\n"
                "注意：如果心口痛、心跳好亂或者頭暈，即刻停低；情況嚴重請打999。\n"
                "（本建議唔係醫療建議。）"
            ),
            "plan": [
                "週四 瑜伽伸展，低強度，15分鐘，冷氣房；臨瞓前唔做劇烈運動",
                "週五 快行，中等強度，30分鐘，朝早做，RPE 12-13",
                "週六 游水，中等強度，30分鐘，RPE 12-13",
                "週日 休息或者散步20分鐘",
                "週一 快行，中等強度，30分鐘，朝早或者放工前",
                "週二 肌力訓練，中等強度，20分鐘，RPE 12-13",
                "週三 游水，中等強度，30分鐘",
            ],
            "week": "本週：中等強度運動約150分鐘，全部放喺朝早或者傍晚；臨瞓前只做輕鬆伸展，幫助入睡。",
        },
        "profile": {
            "age": 51,
            "sex": "female",
            "weight_kg": 63,
            "height_cm": 158,
            "resting_hr": 74,
            "fitness": "beginner",
            "goal": "瞓得好啲",
            "preferences": ["swim", "yoga", "brisk_walk"],
            "history": [
                {"activity": "swim", "minutes": 30, "days_ago": 6, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 20, "days_ago": 9, "rpe": 12},
            ],
            "context": {"time": "2026-06-18T21:30", "temperature_c": 29, "humidity_pct": 85, "precipitation": "none"},
            "notes": (
                "收咗經大半年，成日半夜熱醒成身汗，一晚瞓唔夠五個鐘，返工好攰。醫生話可以考慮荷爾蒙治療，我仲諗緊。"
                "朋友話夜晚做多啲運動攰啲就瞓得好，我諗住而家落樓下跑步跑半個鐘，好唔好？定係點做先幫到瞓覺？"
            ),
            "language": "zh-HK",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 40,
            "wrong_activities": ["run", "cycle"],
            "hr_zone_null": False,
            "must_match": [
                r"[瞓睡]|入[眠睡]|失眠",
                r"[早朝][上晨]|朝早|[日白]天|日頭|日头|下[晝昼午]|[瞓睡]前|[瞓睡][覺觉]前|放工|傍晚|[听聽]日|明天|明日",
            ],
            "must_not_match": [r"(?:[打撥拨]|[電电][話话]|急救|致[電电])\D{0,4}(?:120|119)(?!\d)"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h09
    {
        "id": "h09",
        "lang": "en-CA",
        "who": "34-year-old man with ankylosing spondylitis on adalimumab; morning stiffness eases with movement; a co-worker says rest the back; -18 C and snowing, pool closed till 10",
        "call": {
            "activity": "strength",
            "minutes": 25,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "No, don't rest it: AS stiffness is inflammatory, so it eases with movement and gets worse with rest, which "
                "is exactly what you notice every morning. Daily mobility plus regular aerobic and strength work is the core "
                "treatment for AS (ASAS-EULAR).\n"
                "Today, at home (it's -18 C and snowing): strength and mobility, moderate, about 25 minutes, RPE 12-13 "
                "(talk test: you can talk but not sing).\n"
                "How: 8 minutes of mobility first (cat-camel, thoracic rotations on all fours, chin tucks, a doorway chest "
                "opener, hip flexor stretch), then 2-3 sets of 10-12: prone back extensions, bird-dogs, glute bridges, wall "
                "angels, split squats, push-ups. Finish with 5 deep breaths that expand the ribs.\n"
                "Why: extension and rotation keep the spine and chest mobile, and back and hip strength support your posture; "
                "a swim later today or this weekend adds the aerobic part.\n"
                "At your desk, get up and move every 30-45 minutes. See your rheumatologist for a painful red eye or a flare "
                "that doesn't settle; call your doctor for a fever while on adalimumab; emergencies: 911.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Fri strength and mobility at home, moderate, 25 min, RPE 12-13",
                "Sat swim (indoor pool), moderate, 40 min, RPE 12-13, backstroke and freestyle",
                "Sun mobility stretching, light, 15 min, then walk, light, 20 min if the paths are clear of ice",
                "Mon strength and mobility, moderate, 30 min",
                "Tue stationary bike, moderate, 30 min, RPE 12-13",
                "Wed swim, moderate, 40 min",
                "Thu strength and mobility, moderate, 30 min; mobility every morning",
            ],
            "week": "Move every day: mobility each morning, strength 3 days, aerobic 3 days (pool or bike indoors while it's this cold).",
        },
        "profile": {
            "age": 34,
            "sex": "male",
            "weight_kg": 78,
            "height_cm": 180,
            "resting_hr": 64,
            "conditions": ["low_back_pain"],
            "fitness": "intermediate",
            "goal": "keep my spine moving",
            "preferences": ["swim", "strength", "yoga"],
            "history": [
                {"activity": "swim", "minutes": 40, "days_ago": 4, "rpe": 13},
                {"activity": "strength", "minutes": 40, "days_ago": 6, "rpe": 13},
            ],
            "context": {"time": "2026-02-06T07:00", "temperature_c": -18, "wind_kmh": 22, "precipitation": "snow"},
            "notes": (
                "AS (ankylosing spondylitis), on adalimumab since last year, the flare from the fall is over. Back is super stiff "
                "every morning for like an hour, gets better once I'm moving, worse after sitting all day at my desk. Buddy at "
                "work says I should rest my back when it's stiff like that. Should I? and what's actually good for AS? pool is "
                "closed till 10 today"
            ),
            "language": "en-CA",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "vigorous",
            "max_minutes": 90,
            "wrong_activities": ["rest", "run", "cycle"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)stiff|mobil|inflamm|spondyl|\bAS\b",
                r"(?i)(don'?t|not|no|avoid|skip)\b[^.]{0,25}\brest|\brest(ing)?\b[^.]{0,30}(worse|stiff)|\beases?\b|loosen|better (with|once|when)|improves? (with|once|when)|movement helps|keep(s|ing)? (you )?moving|stay(ing)? active|\brest(ing)?\s+(is not|isn'?t|won'?t|will not|doesn'?t|does not)",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b(999|112|000)\b"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h10
    {
        "id": "h10",
        "lang": "zh-CN",
        "who": "15-year-old girl who hates PE (always last in the 800 m, laughed at), mother forces her to run; likes dancing to videos in her room and cycling to a friend's house",
        "call": {
            "activity": "cycle",
            "minutes": 40,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "有，而且你已经有两个了：跳舞和骑车都是正经的有氧运动，一样能练心肺，不是非得跑步。自己喜欢、能坚持，比被逼着跑两次就放弃有用得多。\n"
                "今天：骑车，中等强度，约40分钟（去同学家来回也算），RPE 12-13（能说话，但唱不了歌）；中间有几段骑快一点、骑到有点喘（说话断断续续）也很好。戴头盔，走非机动车道。\n"
                "晚上：在房间跟着视频跳舞20-30分钟，跳到出汗。\n"
                "为什么：世界卫生组织建议青少年每天累计60分钟中等到较大强度的活动，骑车、跳舞、走路上学都算，不用一次完成。\n"
                "关于中考800米：不用每天硬跑。跳舞和骑车会先把心肺练起来；每周再加两次短的“跑一分钟、走一分钟”，自己在小区里练就行，不用在同学面前。\n"
                "注意：运动中胸痛、头晕快晕倒要马上停下，告诉家长；紧急情况拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周六 骑车，中等强度，40分钟，有几段骑快一点；晚上跳舞20分钟",
                "周日 跟视频跳舞，中等到较大强度，30分钟",
                "周一 走路或骑车上学＋体育课；晚上跳舞20分钟",
                "周二 跑走交替：跑1分钟、走1分钟×8组，共约20分钟，在小区里",
                "周三 体育课＋跳舞30分钟",
                "周四 轻松骑车20分钟＋拉伸10分钟",
                "周五 跑走交替：跑1分钟、走1分钟×10组；晚上跳舞",
            ],
            "week": "本周：每天累计约60分钟活动（骑车、跳舞、体育课、上学路上都算），跑走交替2次为中考800米慢慢打底。",
        },
        "profile": {
            "age": 15,
            "sex": "female",
            "weight_kg": 52,
            "height_cm": 160,
            "fitness": "beginner",
            "goal": "中考体育及格",
            "preferences": ["cycle"],
            "history": [
                {"activity": "run", "minutes": 15, "days_ago": 10, "rpe": 16},
                {"activity": "run", "minutes": 12, "days_ago": 12, "rpe": 17},
            ],
            "context": {"time": "2026-10-17T10:00", "temperature_c": 18, "precipitation": "none", "aqi": 55},
            "notes": (
                "我15岁初三，体育课800米每次都倒数，上次还被同学笑，超级讨厌体育课。中考体育要考。我妈逼我每天晚上跑步，"
                "跑了两次累死了就不想去了。有没有不用跑步、不那么丢人的运动？我喜欢在自己房间跟着视频跳舞，周末骑车去同学家。"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "vigorous",
            "max_minutes": 90,
            "wrong_activities": ["rest", "run"],
            "hr_zone_null": True,
            "must_match": [
                r"跳舞|舞蹈|[骑騎]|喜[欢歡]|有趣|好玩|[游遊][戏戲]|不用跑|不一定跑",
            ],
            "must_not_match": [],
            "plan_must_match": [r"60|一小[时時]|小[时時]"],
        },
    },
    # ------------------------------------------------------------------ h11
    {
        "id": "h11",
        "lang": "zh-CN",
        "who": "34-year-old Hui man in the second week of Ramadan (no food or water ~05:30-18:50); colleague wants a 10 km run at 17:00, before iftar",
        "call": {
            "activity": "run",
            "minutes": 30,
            "intensity": "moderate",
            "hr_zone_bpm": [113, 136],
            "card": (
                "不用停练，但别在下午5点跑10公里：那时你已经十几个小时没喝水，再跑一个小时大量出汗，脱水、中暑和低血糖的风险都高。斋月里把训练挪到开斋以后。\n"
                "今天：开斋后约1.5-2小时（大约晚上8点半），跑步，中等强度，30分钟，RPE 12-13（能说整句话，但唱不了歌），心率约113-136次/分。\n"
                "怎么做：开斋先喝水、吃几颗枣和容易消化的饭，别吃太撑；跑前再喝一杯水，跑后继续补水到封斋前；封斋饭多喝水，加点蛋白质和咸的。\n"
                "为什么：斋月期间可以继续运动，但以维持为主：量减少三分之一左右，强度保持中等，力量训练照常做；放在开斋后练，能马上补水和补充能量。\n"
                "想和同事一起：改成开斋后一起跑，或者下午只走一走，不跑。\n"
                "注意：头晕、心慌、眼前发黑、抽筋就停下，坐下补水；胸痛或晕倒，拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周三 开斋后约1.5小时跑步，中等强度，30分钟，RPE 12-13",
                "周四 开斋后力量训练，中等强度，35分钟，每组留2-3次余力",
                "周五 休息（主麻日），开斋后散步15分钟",
                "周六 开斋后跑步，中等强度，30分钟",
                "周日 开斋后力量训练，中等强度，35分钟",
                "周一 休息",
                "周二 开斋后跑步，中等强度，30分钟；白天不练",
            ],
            "week": "斋月：跑步3次、力量2次都放在开斋以后，中等强度，量比平时少约三分之一，以维持为主，晚上把水喝足。",
        },
        "profile": {
            "age": 34,
            "sex": "male",
            "weight_kg": 80,
            "height_cm": 176,
            "resting_hr": 64,
            "fitness": "intermediate",
            "goal": "斋月里保持状态",
            "preferences": ["run", "strength"],
            "history": [
                {"activity": "run", "minutes": 30, "days_ago": 2, "rpe": 12},
                {"activity": "strength", "minutes": 40, "days_ago": 3, "rpe": 13},
                {"activity": "run", "minutes": 50, "days_ago": 6, "rpe": 14},
                {"activity": "strength", "minutes": 45, "days_ago": 8, "rpe": 13},
            ],
            "context": {"time": "2026-03-04T14:30", "temperature_c": 15, "precipitation": "none", "aqi": 80},
            "notes": (
                "斋月第二周，每天封斋从早上5点半到晚上6点50左右开斋，白天水都不喝。平时一周跑三次、练两次力量，斋月里已经减了一些。"
                "今天下午同事约我下班5点一起跑10公里，我有点想去。我想问：斋月里到底要不要停练？什么时候练最好？"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 60,
            "wrong_activities": [],
            "hr_zone_null": False,
            "must_match": [
                r"开[斋齋]|開[齋斋]|[开開][饭飯]|日落|太[阳陽]下山|封[斋齋]|[晚夜]上|晚[饭飯]",
                r"喝水|[补補]水|[脱脫]水|水分|[补補]液|口渴",
            ],
            "must_not_match": [],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h12
    {
        "id": "h12",
        "lang": "en-GB",
        "who": "80-year-old widow losing muscle (nearly a stone in a year), struggling up from low chairs; daughter says take it easy; asks if it's too late; rainy day",
        "call": {
            "activity": "strength",
            "minutes": 20,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "It is not too late: muscles respond to strength training at 80 and beyond, and getting up from chairs and "
                "climbing stairs are exactly what it improves. Taking it easy would let you lose more muscle, not protect you.\n"
                "Today, indoors out of the rain: strength, moderate, about 20 minutes, RPE 12-13 (you can talk, but it feels "
                "like work; the last 2-3 of each set are hard).\n"
                "How: sit-to-stand from a firm dining chair, arms crossed if you can, 10 x 2; wall press-ups 10 x 2; heel raises "
                "holding the kitchen worktop 15 x 2; step up onto the bottom stair holding the rail, 8 each leg x 2; stand with one "
                "foot in front of the other at the worktop, 20 seconds each way. Breathe out as you push and don't hold your "
                "breath (blood pressure).\n"
                "Why: WHO advises strength and balance on 3 or more days a week from 65. As you have lost weight, eat some protein "
                "at every meal (eggs, milk, fish, beans) so the muscle has something to build with, and tell your GP about the "
                "weight loss and low appetite.\n"
                "Stop if you feel dizzy, get chest pain or are very breathless; in an emergency call 999.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Thu strength at home, moderate, 20 min, RPE 12-13 (sit-to-stand, wall press-ups, heel raises, stair step-ups)",
                "Fri walk to the shop, light, 15-20 min, if dry",
                "Sat tai chi or balance practice at the worktop, light, 20 min",
                "Sun strength at home, moderate, 20 min, RPE 12-13",
                "Mon walk, light, 20 min",
                "Tue rest",
                "Wed strength at home, moderate, 20 min; add a third set of sit-to-stands if it feels easy",
            ],
            "week": "Strength 3 days with balance in every session, short walks on the other days, and protein at each meal.",
        },
        "profile": {
            "age": 80,
            "sex": "female",
            "weight_kg": 49,
            "height_cm": 155,
            "resting_hr": 72,
            "conditions": ["hypertension"],
            "bp_systolic": 138,
            "bp_diastolic": 80,
            "fitness": "beginner",
            "goal": "get up out of a chair without pushing on my knees",
            "preferences": ["walk", "tai_chi"],
            "history": [
                {"activity": "walk", "minutes": 15, "days_ago": 1, "rpe": 10},
                {"activity": "walk", "minutes": 15, "days_ago": 2, "rpe": 10},
                {"activity": "walk", "minutes": 15, "days_ago": 4, "rpe": 10},
            ],
            "context": {"time": "2026-11-19T10:30", "temperature_c": 6, "wind_kmh": 25, "precipitation": "rain"},
            "notes": (
                "I'm 80, lost nearly a stone since my husband died last year, not much appetite. Arms and legs have gone thin and "
                "I struggle to get up from low chairs, stairs are getting harder, I hold the rail. I walk to the corner shop most "
                "days. My daughter says I should take it easy at my age. Is it too late for me to build any muscle? Honestly I'd "
                "rather not go out in this rain today."
            ),
            "language": "en-GB",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 40,
            "wrong_activities": ["rest", "run", "cycle"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)strength|muscle|resist|sit.to.stand|chair",
                r"(?i)too late|any age|\b80\b|80s|eighty|older (adults|people)|your age",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [r"(?i)strength|resist|sit.to.stand|balance"],
        },
    },
    # ------------------------------------------------------------------ h13
    {
        "id": "h13",
        "lang": "zh-TW",
        "who": "45-year-old woman with fibromyalgia; on one good day she hiked an hour and was in bed in pain for three days; now afraid to move; asks how to exercise without another flare",
        "call": {
            "activity": "yoga",
            "minutes": 15,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "秘訣是「少量、規律、慢慢加」，不是等狀況好的時候一次做很多：上週一口氣爬山一小時，就是典型的「做太多→痛好幾天」。"
                "運動仍然是纖維肌痛最有效的治療之一，完全不動會讓疼痛和疲勞更糟。\n"
                "今天：溫和瑜伽伸展，低強度，約15分鐘，RPE 9-11（很輕鬆，能邊做邊說話）。在家開冷氣做，不做熱瑜伽。\n"
                "做法：貓牛式、仰躺抱膝、坐姿側彎、仰躺扭轉、嬰兒式，每個動作慢慢做30-60秒，不拉到痛；最後5分鐘慢呼吸。\n"
                "接下來：每天都做一點（10-15分鐘走路或伸展），不管當天感覺好不好，量都差不多；連續兩週沒有痛爆，每週再加約10%（例如多2-3分鐘）。"
                "溫水游泳池裡走路或游泳也很適合。隔天有點痠可以接受；如果痛到影響生活超過一天，下次就退回前一個量。\n"
                "注意：胸痛、呼吸困難或突然無力，請撥打119。\n"
                "（本建議不是醫療建議。）"
            ),
            "plan": [
                "週四 溫和瑜伽伸展，低強度，15分鐘，RPE 9-11",
                "週五 散步，低強度，12分鐘（傍晚涼一點或在室內）",
                "週六 溫和瑜伽伸展，低強度，15分鐘",
                "週日 溫水游泳池走路或游泳，低強度，15分鐘",
                "週一 散步，低強度，12分鐘",
                "週二 溫和瑜伽伸展，低強度，15分鐘",
                "週三 散步，低強度，12分鐘；狀況好也不要加倍",
            ],
            "week": "本週：每天10-15分鐘、低強度、量固定；連續兩週沒有痛爆，再每週加約10%。",
        },
        "profile": {
            "age": 45,
            "sex": "female",
            "weight_kg": 58,
            "height_cm": 160,
            "resting_hr": 76,
            "fitness": "beginner",
            "goal": "可以規律運動，不要又痛爆",
            "preferences": ["yoga", "swim", "walk"],
            "history": [
                {"activity": "walk", "minutes": 60, "days_ago": 8, "rpe": 15},
            ],
            "context": {"time": "2026-08-20T19:00", "temperature_c": 30, "humidity_pct": 78, "precipitation": "none"},
            "notes": (
                "纖維肌痛症三年，全身痠痛、睡不好，常常很累。醫生說要運動。上週狀況難得很好，我一口氣去爬山走了一個小時，"
                "結果之後全身痛了三天躺在床上，這兩天才好一點。現在很怕動。請問到底要怎麼運動才不會又痛爆？"
            ),
            "language": "zh-TW",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 30,
            "wrong_activities": ["rest", "run"],
            "hr_zone_null": False,
            "must_match": [
                r"循序|逐[步漸渐]|慢慢|少量|小量|[節节]奏|[別别]一[口次]|不要一[口次]|固定|規律|规律|增加|加量",
            ],
            "must_not_match": [r"(?:[打撥拨]|[電电][話话]|急救|致[電电])\D{0,4}120(?!\d)"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h14
    {
        "id": "h14",
        "lang": "en-AU",
        "who": "49-year-old man training for a 10k who woke with an acute gout flare in the big toe after the work Christmas party; wants to strap it and run 8 km",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "No run today, strapped or not: a red-hot, swollen big toe is an acute gout flare, and running on it makes the "
                "inflammation worse and the flare longer. You can't sweat out uric acid, and being dehydrated after a big night "
                "can push it up.\n"
                "Today: rest the foot, 0 minutes of exercise. Keep it raised, ice wrapped in a cloth for 20 minutes at a time, "
                "drink plenty of water and skip the beer. See your GP or pharmacist today about treatment (anti-inflammatories "
                "or colchicine work best started early), and ask about long-term uric-acid lowering since this is your second attack.\n"
                "Fitness: 3-4 days off won't cost you the February 10k. Once you can walk without pain, restart on the bike before running.\n"
                "See a doctor urgently if you get a fever or feel unwell with it, or the redness spreads (a joint infection can "
                "look like gout). Emergencies: 000.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Sun rest: foot up, ice, water, GP or pharmacist today",
                "Mon rest the foot; seated upper-body stretching, light, 10 min if you like",
                "Tue rest the foot, or seated upper-body strength, light, 20 min",
                "Wed stationary bike, light, 20 min, only if you can walk without pain",
                "Thu stationary bike, moderate, 30 min, RPE 12-13, if pain-free",
                "Fri rest or an easy walk, light, 20 min, pain-free",
                "Sat run, easy, 20 min, RPE 11-12, only if walking on the toe is pain-free",
            ],
            "week": "Let the flare settle first (3-4 days off the foot), then the bike, then a short easy run; 10k training resumes when walking is pain-free.",
        },
        "profile": {
            "age": 49,
            "sex": "male",
            "weight_kg": 96,
            "height_cm": 178,
            "resting_hr": 70,
            "conditions": ["hypertension"],
            "bp_systolic": 138,
            "bp_diastolic": 88,
            "fitness": "intermediate",
            "goal": "10k in February under 55 min",
            "preferences": ["run", "cycle"],
            "history": [
                {"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13},
                {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 13},
                {"activity": "cycle", "minutes": 60, "days_ago": 6, "rpe": 12},
            ],
            "context": {"time": "2026-12-06T06:00", "temperature_c": 23, "humidity_pct": 72, "precipitation": "none"},
            "notes": (
                "Woke up at 3am with my big toe on fire, red hot and swollen, can't even stand the sheet on it. GP said it was "
                "gout the last time this happened 2 yrs ago. Had a big night on the beers and prawns at the work christmas do. "
                "Mate reckons you run it off and sweat the uric acid out lol. Can I still do my 8k today if I strap it up? Dont "
                "want to lose fitness for the 10k in Feb"
            ),
            "language": "en-AU",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 30,
            "wrong_activities": ["run", "brisk_walk", "walk", "cycle", "stationary_bike", "elliptical", "tai_chi"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)gout|\btoe\b|flare|joint",
                r"(?i)\bGP\b|doctor|pharmac|colchicine|anti.?inflamm|medic(ine|ation)|treat",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h15
    {
        "id": "h15",
        "lang": "zh-CN",
        "who": "32-year-old woman six weeks after a caesarean, cleared at her 42-day check, breastfeeding; leaks urine when she coughs; wants to run 5 km tonight and do crunches",
        "call": {
            "activity": "brisk_walk",
            "minutes": 30,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "今晚先别跑5公里，也先别做卷腹：咳嗽、打喷嚏会漏尿，说明盆底肌还没恢复好，这时跑步的冲击会加重漏尿和盆底问题；"
                "卷腹会给刚愈合的腹壁和分开的腹直肌增加压力。一般建议产后至少12周、盆底没有症状后再开始跑步。\n"
                "今天：快走，中等强度，约30分钟，RPE 12-13（能说整句话，但唱不了歌），推婴儿车或自己走都行。\n"
                "再加：盆底肌训练（凯格尔）：收紧像憋尿的感觉，保持5-10秒、放松10秒，10次一组，每天3组，躺、坐、站都练；"
                "再做腹横肌练习（仰卧屈膝，呼气时肚脐轻轻往里收）。\n"
                "为什么：产后每周150分钟中等强度活动有助恢复体重和情绪；哺乳期运动不影响奶量，运动前先喂奶、多喝水。\n"
                "建议：找盆底康复或产后物理治疗师评估一次漏尿和腹直肌分离，再定回到跑步的时间。\n"
                "注意：出血又变多、刀口红肿渗液、发烧、小腿肿痛或胸闷气短，停止运动并就医；紧急情况拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周三 快走，中等强度，30分钟，RPE 12-13；凯格尔3组",
                "周四 盆底和腹横肌练习15分钟＋散步20分钟",
                "周五 快走，中等强度，35分钟；凯格尔3组",
                "周六 瑜伽（产后温和，不做卷腹），低强度，25分钟",
                "周日 快走，中等强度，35分钟",
                "周一 休息；凯格尔3组",
                "周二 力量训练（臀桥、靠墙蹲、弹力带划船），低强度，20分钟",
            ],
            "week": "本周：快走约100分钟，盆底肌每天练，不跑步、不做卷腹；漏尿消失并经物理治疗师评估后再安排跑步。",
        },
        "profile": {
            "age": 32,
            "sex": "female",
            "weight_kg": 66,
            "height_cm": 163,
            "resting_hr": 72,
            "fitness": "intermediate",
            "goal": "瘦回孕前",
            "preferences": ["run", "yoga"],
            "history": [
                {"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 11},
                {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 11},
                {"activity": "walk", "minutes": 25, "days_ago": 4, "rpe": 10},
            ],
            "context": {"time": "2026-04-22T20:00", "temperature_c": 17, "precipitation": "none"},
            "notes": (
                "剖腹产六周了，42天复查医生说伤口长得挺好，可以慢慢恢复运动。现在母乳喂养，晚上要起来喂两三次。孕前每周跑三次5公里。"
                "想快点瘦回去，今晚宝宝睡了可以去跑个5公里吗？还想每天做卷腹练肚子。刀口偶尔有点牵拉感，恶露已经没了。"
                "就是咳嗽、打喷嚏的时候还会有点漏尿。"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["run"],
            "hr_zone_null": False,
            "must_match": [
                r"盆底|[凯凱]格[尔爾]|漏尿|提肛|尿失禁",
                r"跑",
            ],
            "must_not_match": [],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h16
    {
        "id": "h16",
        "lang": "en-US",
        "who": "62-year-old former lap swimmer, ICD fitted 10 weeks ago after VT, cleared by his cardiologist, on metoprolol; asks about laps, weights and the shock zone",
        "call": {
            "activity": "swim",
            "minutes": 30,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "Yes to both, with a few rules. Swimming is fine now the wound has healed and your cardiologist has cleared you, "
                "but never swim alone: swim where a lifeguard is on duty or with a buddy who knows you have an ICD, because a "
                "shock or an arrhythmia in the water could make you pass out.\n"
                "Today: swim, moderate, about 30 minutes, RPE 12-13 (you could say a few words at the wall between lengths, not "
                "sing). Easy freestyle or breaststroke, 2-3 lengths at a time with rests; build back toward your old sessions "
                "over several weeks.\n"
                "Heart rate: go by RPE, not a zone. Metoprolol blunts your heart rate, and moderate effort keeps you far below "
                "the 200 detection rate; ask the device clinic to confirm the setting before any hard sets.\n"
                "Weights: light to moderate, 10-15 reps, breathing out on each lift; avoid very heavy overhead lifts and anything "
                "that presses on the device.\n"
                "If you get a shock: stop, sit down and call your device clinic. Call 911 if you get more than one shock, chest "
                "pain, or you faint.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Mon swim, moderate, 30 min, RPE 12-13, lifeguard on duty",
                "Tue brisk walk, moderate, 30 min, RPE 12-13",
                "Wed strength, light to moderate, 30 min, 10-15 reps, breathe out on the lift",
                "Thu swim, moderate, 35 min, RPE 12-13, never alone",
                "Fri brisk walk, moderate, 30 min",
                "Sat strength, light to moderate, 30 min",
                "Sun swim, moderate, 35 min, RPE 12-13, or rest",
            ],
            "week": "Back in the pool 3 days (never alone), strength twice and walks: moderate effort by RPE, no heart-rate zone (metoprolol, ICD).",
        },
        "profile": {
            "age": 62,
            "sex": "male",
            "weight_kg": 88,
            "height_cm": 180,
            "resting_hr": 60,
            "conditions": ["heart_disease"],
            "fitness": "intermediate",
            "goal": "get back to swimming laps",
            "preferences": ["swim", "strength", "walk"],
            "history": [
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 35, "days_ago": 4, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 6, "rpe": 12},
            ],
            "context": {"time": "2026-06-01T17:00", "temperature_c": 24, "precipitation": "none"},
            "notes": (
                "Got an ICD put in 10 weeks ago after an episode of VT, heart function is ok (EF 50). On metoprolol. Cardiologist "
                "cleared me for exercise at my last visit, the arm restrictions are done and the wound is healed. I've been walking "
                "30 min most days. I swam laps for 20 years and I miss it. Can I go back to swimming laps and lifting weights? Do I "
                "need to worry about my heart rate hitting the shock zone? The tech said it's set to shock above 200."
            ),
            "language": "en-US",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 60,
            "wrong_activities": ["rest"],
            "hr_zone_null": True,
            "must_match": [
                r"(?i)\bICD\b|device|defibrillat|shock",
                r"(?i)swim|pool|\blaps?\b",
                r"(?i)alone|lifeguard|buddy|partner|supervis|someone|with (a )?friend",
            ],
            "must_not_match": [],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h17
    {
        "id": "h17",
        "lang": "zh-SG",
        "who": "27-year-old woman in Singapore with epilepsy (seizure-free 8 months, last one after sleep loss) who slept 4 hours and wants to swim 1 km alone in an unguarded HDB pool at dawn",
        "call": {
            "activity": "walk",
            "minutes": 30,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "今天不要一个人去游：昨晚只睡了4个小时，睡眠不足正是你上次发作的诱因；如果在水里发作，没有救生员或同伴，几分钟就可能溺水。"
                "癫痫的人可以游泳，但必须有人在旁边看着。\n"
                "今天：散步，低强度，约30分钟，RPE 10-11（能轻松说话），趁早上还不热。走完补个觉。\n"
                "以后游泳：选有救生员值班的时段，或者和知道你有癫痫、会救人的朋友一起去，先告诉救生员你的情况，戴显眼颜色的泳帽；"
                "睡不够、生病或漏吃药的日子不下水。\n"
                "为什么：规律运动对癫痫没有坏处，对情绪和睡眠还有帮助；风险主要在水里、高处这类一旦发作就危险的地方。\n"
                "注意：如果今天出现发作先兆，停下坐好，告诉身边的人；发作超过5分钟或连着发作，请拨打995。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周六 散步，低强度，30分钟，RPE 10-11；补觉",
                "周日 游泳，中等强度，40分钟，有救生员值班时才下水",
                "周一 跑步，中等强度，30分钟，RPE 12-13",
                "周二 休息",
                "周三 游泳，中等强度，40分钟，有救生员或同伴在",
                "周四 力量训练，中等强度，30分钟",
                "周五 跑步，中等强度，30分钟；睡够再练",
            ],
            "week": "本周：游泳2次都在有救生员或同伴的时候，跑步2次、力量1次；睡眠不足的日子只做轻松活动。",
        },
        "profile": {
            "age": 27,
            "sex": "female",
            "weight_kg": 55,
            "height_cm": 162,
            "resting_hr": 62,
            "fitness": "intermediate",
            "goal": "保持游泳的习惯",
            "preferences": ["swim", "run"],
            "history": [
                {"activity": "swim", "minutes": 40, "days_ago": 2, "rpe": 13},
                {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12},
                {"activity": "swim", "minutes": 40, "days_ago": 5, "rpe": 13},
            ],
            "context": {"time": "2026-05-16T06:30", "temperature_c": 27, "humidity_pct": 86, "precipitation": "none"},
            "notes": (
                "我有癫痫，吃左乙拉西坦，控制得还可以，上一次发作是8个月前（那次也是连续熬夜之后）。昨晚加班到两点，只睡了四个小时，"
                "有点恍惚。想趁早上没人去组屋楼下的泳池游1公里，那个时间没有救生员。平时都是周末早上一个人去游。可以吗？"
            ),
            "language": "zh-SG",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 45,
            "wrong_activities": ["swim"],
            "hr_zone_null": False,
            "must_match": [
                r"[独獨]自|一[个個]人|救生[员員]|有人[陪看在]|陪[同着著伴]|[结結]伴|同伴|朋友",
                r"睡|熬夜",
            ],
            "must_not_match": [r"(?:[打撥拨]|[電电][話话]|急救|致[電电])\D{0,4}120(?!\d)"],
            "plan_must_match": [r"救生[员員]|同伴|[结結]伴|陪|[独獨]自|一[个個]人"],
        },
    },
    # ------------------------------------------------------------------ h18
    {
        "id": "h18",
        "lang": "en-CA",
        "who": "29-year-old new runner, 3 weeks in and running every day; shin ache plus one tender spot on the bone, pain on stairs and at night (possible stress fracture); asks whether to push through",
        "call": {
            "activity": "stationary_bike",
            "minutes": 30,
            "intensity": "moderate",
            "hr_zone_bpm": [118, 141],
            "card": (
                "Don't push through this one. A general shin ache that eases as you warm up is common in new runners, but one spot "
                "on the bone that hurts to press, plus pain on stairs and at night, are signs of a possible tibial stress fracture. "
                "Stop running and see a doctor or sports physiotherapist this week; an X-ray or MRI may be needed.\n"
                "Today: stationary bike, moderate, 30 minutes, RPE 12-13 (talk test: you can talk but not sing), about 118-141 bpm, "
                "only if it's pain-free; swimming or pool running also work.\n"
                "Why: cross-training keeps your fitness while the bone heals; running on a stress reaction can turn a few weeks off "
                "into months.\n"
                "Once you're cleared: come back with walk-run intervals 3 days a week, never two running days in a row, adding no more "
                "than about 10% a week; the June 5k is still realistic if you let it heal now.\n"
                "See a doctor sooner if the pain becomes constant or you limp. Emergencies: 911.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Wed stationary bike, moderate, 30 min, RPE 12-13, pain-free only",
                "Thu rest; book a doctor or sports physio for the shin",
                "Fri swim or pool running, moderate, 30 min",
                "Sat stationary bike, moderate, 35 min",
                "Sun rest",
                "Mon strength (hips, calves, core; no jumping), moderate, 25 min",
                "Tue stationary bike, moderate, 35 min; no running until the shin is assessed",
            ],
            "week": "No running this week: bike and pool for fitness, strength once, and get the tender spot on the shin checked.",
        },
        "profile": {
            "age": 29,
            "sex": "female",
            "weight_kg": 64,
            "height_cm": 168,
            "resting_hr": 70,
            "fitness": "beginner",
            "goal": "run a 5k in June",
            "preferences": ["run"],
            "history": [
                {"activity": "run", "minutes": 25, "days_ago": 1, "rpe": 14},
                {"activity": "run", "minutes": 25, "days_ago": 2, "rpe": 14},
                {"activity": "run", "minutes": 20, "days_ago": 3, "rpe": 13},
                {"activity": "run", "minutes": 25, "days_ago": 4, "rpe": 14},
                {"activity": "run", "minutes": 20, "days_ago": 5, "rpe": 13},
                {"activity": "run", "minutes": 20, "days_ago": 6, "rpe": 13},
                {"activity": "run", "minutes": 20, "days_ago": 8, "rpe": 13},
            ],
            "context": {"time": "2026-04-08T18:00", "temperature_c": 9, "wind_kmh": 15, "precipitation": "none"},
            "notes": (
                "Started running 3 weeks ago (couch to 5k but I kind of skipped ahead and now run every day). Both shins ache on the "
                "inside at the start of runs and it eases once I'm warm, sore after. There's one spot on my left shin about a hand "
                "above the ankle that really hurts when I press it, and now it hurts walking down stairs and sometimes at night. "
                "Should I just push through? Everyone says shin splints are normal for newbies."
            ),
            "language": "en-CA",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "vigorous",
            "max_minutes": 60,
            "wrong_activities": ["run", "brisk_walk"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)stress (fracture|reaction|injury)|\bbone\b|doctor|physio|sports med|x-?ray|\bMRI\b|\bscan\b",
                r"(?i)\b(no|not|stop|avoid|pause|skip|don'?t|off|from|hold off|instead of|rather than)\W+(\w+\W+){0,4}run|\brun(ning|s)?\b\W+(\w+\W+){0,3}(off|out|on hold|paused)\b|cross.?train",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b(999|112|000)\b"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h19
    {
        "id": "h19",
        "lang": "zh-CN",
        "who": "44-year-old building-site labourer on his feet 10 hours a day (20,000+ steps), sore back, high lipids; asks if he still needs exercise; free only after 21:00",
        "call": {
            "activity": "strength",
            "minutes": 15,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "要，但不是再多走路：干活时的走动和搬重物是工作负荷，整天重复同样的动作、腰背一直受累，对心肺和血脂的好处比不上专门的锻炼，还容易劳损。"
                "你缺的是练核心、均衡的力量和拉伸，再加一点让心跳加快的运动，不是更多的步数。\n"
                "今晚：力量训练＋拉伸，中等强度，约15分钟，RPE 12（能说话，稍微费力），洗完澡在床边做就行。\n"
                "做法：臀桥12次×2组；鸟狗式（四点跪，对侧手脚伸直）每边8次×2组；侧平板支撑每边20秒×2；靠墙静蹲30秒×2；"
                "最后拉伸5分钟：抱膝、大腿后侧和髋部前侧，每个30秒。\n"
                "为什么：核心和臀部力量能分担搬东西时腰的受力，减少腰酸；每周2-3次力量训练，加上不上工那天骑车或快走30分钟，对降血脂更有效（WHO 2020）。"
                "睡够比多练更重要，别练到影响明早上工。\n"
                "注意：腰痛伴腿麻、腿没劲，先停下并就医；胸痛、头晕，拨打120。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周日 力量＋拉伸，中等强度，15分钟，RPE 12（臀桥、鸟狗、侧平板、靠墙静蹲）",
                "周一 拉伸，低强度，10分钟，洗完澡做",
                "周二 力量＋拉伸，中等强度，15分钟",
                "周三 休息，早点睡",
                "周四 力量＋拉伸，中等强度，15分钟",
                "周五 拉伸，低强度，10分钟",
                "周六 不上工的话：骑车或快走，中等强度，30分钟，RPE 12-13；上工就做拉伸10分钟",
            ],
            "week": "本周：短时力量3次＋拉伸，给腰背和血脂加的是专门练习而不是更多步数；有空的一天加30分钟骑车或快走。",
        },
        "profile": {
            "age": 44,
            "sex": "male",
            "weight_kg": 84,
            "height_cm": 170,
            "resting_hr": 74,
            "conditions": ["low_back_pain"],
            "fitness": "beginner",
            "goal": "把血脂降下来",
            "preferences": ["walk"],
            "context": {"time": "2026-07-12T21:00", "temperature_c": 28, "humidity_pct": 80, "precipitation": "none"},
            "notes": (
                "我在工地搬砖，一天站十来个小时，手机上说每天走两万多步，腰经常酸。体检说血脂高、有点胖，医生让我多运动。"
                "我都走这么多了还要运动吗？每天下班累得不行，只有晚上九点以后洗完澡有点时间，明天早上6点还要上工。"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": True,
            "max_intensity": "moderate",
            "max_minutes": 30,
            "wrong_activities": ["run", "brisk_walk", "walk"],
            "hr_zone_null": False,
            "must_match": [
                r"力量|肌肉|核心|拉伸|伸展|柔[韧韌]|臀[桥橋]",
                r"工作|[干幹]活|上班|上工|搬[砖磚]|工地|[体體]力[劳勞]|[两兩]万|步[数數]|走[这這][么麼]多",
            ],
            "must_not_match": [],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h20
    {
        "id": "h20",
        "lang": "en-AU",
        "who": "56-year-old full-time carer for her mother with dementia; 10 minutes while mum naps and can't leave the house; BP creeping up; asks if 10 minutes is worth it",
        "call": {
            "activity": "strength",
            "minutes": 10,
            "intensity": "moderate",
            "hr_zone_bpm": None,
            "card": (
                "Yes, 10 minutes is worth it: every bit of activity counts and adds up (WHO 2020 dropped the old 10-minute minimum "
                "altogether), and a brisk 10 minutes on most days helps blood pressure, mood and your back.\n"
                "Today, at home while Mum naps: a 10-minute circuit, moderate, RPE 12-13 (you can talk but not sing). Twice through: "
                "1 minute marching on the spot or up and down the hallway; 10 sit-to-stands from a kitchen chair; 10 wall press-ups; "
                "10 heel raises holding the bench; then 30 seconds each of cat-cow on all fours and a doorway chest stretch. Breathe "
                "out as you push and don't hold your breath (blood pressure).\n"
                "Why: leg and back strength also makes helping Mum in and out of the shower easier and safer for your back.\n"
                "This week: 10 minutes on most days; on a day someone can sit with Mum, a 20-30 minute walk outside. Ask your GP about "
                "carer support and respite; looking after yourself is part of looking after her.\n"
                "Stop if you get chest pain, dizziness or unusual breathlessness; emergencies: 000.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Tue home circuit, moderate, 10 min, RPE 12-13, while Mum naps",
                "Wed stretching for the back, light, 10 min",
                "Thu home circuit, moderate, 10 min",
                "Fri walk outside, moderate, 20 min, if someone can sit with Mum; otherwise hallway marching 10 min",
                "Sat home circuit, moderate, 10 min",
                "Sun yoga or stretching, light, 10 min",
                "Mon home circuit, moderate, 10 min",
            ],
            "week": "Ten minutes on most days at home (strength 4 times, stretching twice) plus a walk when someone can mind Mum: it adds up.",
        },
        "profile": {
            "age": 56,
            "sex": "female",
            "weight_kg": 74,
            "height_cm": 165,
            "resting_hr": 78,
            "conditions": ["hypertension"],
            "bp_systolic": 144,
            "bp_diastolic": 90,
            "fitness": "beginner",
            "goal": "feel like myself again",
            "preferences": ["walk", "yoga"],
            "context": {"time": "2026-08-11T13:15", "temperature_c": 14, "precipitation": "rain"},
            "notes": (
                "I look after my mum full time, she has dementia. She naps after lunch which gives me maybe 10 min to myself, I can't "
                "leave the house in case she wakes up and wanders. Haven't done anything for myself in months, back's stiff from "
                "helping her in and out of the shower, GP says my BP is creeping up (144/90 at the chemist last week). Is 10 minutes "
                "even worth bothering with?"
            ),
            "language": "en-AU",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 15,
            "wrong_activities": ["rest", "run", "cycle", "swim"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)worth|counts|adds? up|every (bit|minute|move)|better than nothing|\b10\b|\bten\b",
                r"(?i)\bhome\b|indoor|inside|house|hallway|kitchen|chair|lounge|living room",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h21
    {
        "id": "h21",
        "lang": "zh-HK",
        "who": "63-year-old woman back from a 15-hour flight from Toronto last week; left calf swollen, warm and painful, which she puts down to cramp; wants to go hiking",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "今日唔好去行山，亦唔好揉或者按摩隻腳：坐完十幾個鐘長途機之後，一隻小腿腫、熱、痛、比另一邊粗，唔似抽筋，要先排除深層靜脈血栓。"
                "血塊如果鬆脫走去肺會好危險。\n"
                "今日：休息，0分鐘。請今日就睇醫生（家庭醫生或者去急症室），講明坐過長途機同小腿腫，可能要照超聲波。\n"
                "如果突然氣促、心口痛、咳血或者頭暈，即刻打999。\n"
                "之後：醫生排除血栓或者開始治療之後，再按醫生意見慢慢恢復行路同太極。\n"
                "（本建議唔係醫療建議。）"
            ),
            "plan": [
                "週六 休息：今日就睇醫生或者去急症室檢查左小腿",
                "週日 休息，等醫生結果",
                "週一 按醫生指示；未排除血栓之前唔做運動",
                "週二 按醫生指示",
                "週三 醫生批准先：散步，低強度，15分鐘",
                "週四 醫生批准先：太極，低強度，20分鐘",
                "週五 醫生批准先：散步，低強度，20分鐘",
            ],
            "week": "本週先檢查左小腿有冇血栓；醫生批准之前唔做運動，之後由短時間散步同太極開始。",
        },
        "profile": {
            "age": 63,
            "sex": "female",
            "weight_kg": 70,
            "height_cm": 156,
            "resting_hr": 80,
            "conditions": ["hypertension"],
            "bp_systolic": 136,
            "bp_diastolic": 84,
            "fitness": "intermediate",
            "goal": "保持行山",
            "preferences": ["walk", "tai_chi", "brisk_walk"],
            "history": [
                {"activity": "brisk_walk", "minutes": 60, "days_ago": 8, "rpe": 12},
                {"activity": "tai_chi", "minutes": 30, "days_ago": 8, "rpe": 10},
                {"activity": "brisk_walk", "minutes": 60, "days_ago": 10, "rpe": 12},
            ],
            "context": {"time": "2026-10-03T08:00", "temperature_c": 26, "humidity_pct": 75, "precipitation": "none", "aqi": 45},
            "notes": (
                "上個禮拜由多倫多探完個女飛返嚟，十幾個鐘，成程坐住瞓，冇點起身。返嚟之後時差仲未調好，成日好眼瞓。"
                "平時朝早去公園行一個鐘同耍太極，呢幾日冇去。左邊小腿腫咗，比右邊粗咗一圈，摸落有啲熱同痛，行路時扯住扯住，"
                "我諗係坐得耐抽筋啫。今日天氣好，想同班姊妹去行山舒展下，得唔得？"
            ),
            "language": "zh-HK",
        },
        "expect": {
            "must_rest": True,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 0,
            "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                 "stationary_bike", "elliptical", "stretching"],
            "hr_zone_null": True,
            "must_match": [
                r"小腿|[腫肿]|血栓|[靜静][脈脉]",
                r"[医醫]生|急症|[医醫]院|急[诊診]|求[医醫]|就[医醫]|[睇看][医醫]",
            ],
            "must_not_match": [r"(?:[打撥拨]|[電电][話话]|急救|致[電电])\D{0,4}(?:120|119)(?!\d)"],
            "plan_must_match": [r"[医醫]生|急症|[医醫]院|急[诊診]|[检檢]查"],
        },
    },
    # ------------------------------------------------------------------ h22
    {
        "id": "h22",
        "lang": "zh-CN",
        "who": "61-year-old man with hypertension and diabetes planning evening brisk walks; asks about clothing in -3 C; buried: right hand weak since noon, slurred speech, drooping mouth",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "今晚先别去快走，请马上拨打120或立即去有卒中中心的医院急诊：一侧手突然没劲（拿筷子掉）、说话含糊、嘴角歪，是中风（脑卒中）的典型信号，"
                "不是累着或冻的；从中午出现到现在，还在治疗的时间窗内，越早越好。不要等它自己好，也不要自己开车去。\n"
                "今天：休息，0分钟。记下症状开始的时间（今天中午）告诉医生；血压162/98也请医生一起处理。\n"
                "穿衣和走多久的问题，等医生检查、排除中风以后再说，那时再从晚饭后快走开始。\n"
                "（本建议不是医疗建议。）"
            ),
            "plan": [
                "周四 休息：马上拨打120或去医院急诊",
                "周五 按医生安排，不运动",
                "周六 按医生安排，不运动",
                "周日 按医生安排",
                "周一 按医生安排",
                "周二 医生允许后再恢复活动",
                "周三 医生允许后：散步，低强度，15分钟",
            ],
            "week": "本周以就医为先：排除或治疗中风之前不运动，之后按医生意见从短时间散步开始。",
        },
        "profile": {
            "age": 61,
            "sex": "male",
            "weight_kg": 82,
            "height_cm": 172,
            "resting_hr": 76,
            "conditions": ["hypertension", "diabetes"],
            "bp_systolic": 162,
            "bp_diastolic": 98,
            "glucose_mg_dl": 171,
            "fitness": "beginner",
            "goal": "降血压血糖",
            "preferences": ["brisk_walk", "tai_chi"],
            "history": [
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 1, "rpe": 12},
                {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12},
            ],
            "context": {"time": "2026-12-17T18:30", "temperature_c": -3, "wind_kmh": 10, "precipitation": "none", "aqi": 90},
            "notes": (
                "医生说我血压血糖都高，要多运动，我打算每天晚饭后去小区快走40分钟。想问下零下三度晚上走会不会太冷，穿几件合适，"
                "要不要戴帽子手套？血压药有时候忘吃，今天量了162/98。对了老伴说我这两天说话有点含糊，我自己没觉得，"
                "就是今天中午右手拿筷子有点使不上劲，掉了两次，可能昨天搬米累着了，右边嘴角她说有点歪，也可能是冻的。晚上走多久比较好？"
            ),
            "language": "zh-CN",
        },
        "expect": {
            "must_rest": True,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 0,
            "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                 "stationary_bike", "elliptical", "stretching"],
            "hr_zone_null": True,
            "must_match": [
                r"中[风風]|卒中|[脑腦][梗卒血]|无力|無力|没劲|沒勁|使不上|含糊|口[齿齒]|嘴角|[口嘴]歪|一[侧側]|偏[瘫癱]",
                r"[医醫]院|急[诊診]|就[医醫]|[医醫]生|卒中中心|看[医醫]",
            ],
            "must_not_match": [],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h23
    {
        "id": "h23",
        "lang": "en-GB",
        "who": "27-year-old man signed off work with depression, on sertraline, in bed till 2pm most days; GP suggested exercise; asks for the smallest thing he could do today",
        "call": {
            "activity": "walk",
            "minutes": 10,
            "intensity": "light",
            "hr_zone_bpm": None,
            "card": (
                "The smallest thing: put your shoes on and walk outside for 10 minutes today, while it's still light. That's it; any "
                "pace counts, even to the end of the road and back.\n"
                "Today: walk, light, 10 minutes, RPE 9-11 (easy, you could chat).\n"
                "Why: with depression, waiting to feel motivated rarely works; doing a small thing first and letting the mood follow "
                "is how it usually goes (behavioural activation). Regular activity is one of the treatments the NHS offers for "
                "depression, alongside your sertraline, and daylight helps sleep.\n"
                "Make it easier: pick the time now (say 3:30), put your shoes by the door, and count only whether you went, not how "
                "it went. Tomorrow, the same 10 minutes; when that feels routine, add a few minutes or take the bike out for a short, "
                "flat ride.\n"
                "Tell your GP how you're getting on. If you ever have thoughts of harming yourself, call 999 or Samaritans on 116 123, "
                "any time.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Mon walk, light, 10 min, outside in daylight",
                "Tue walk, light, 10 min, same time as today",
                "Wed walk, light, 10 min, or a short loop round the block",
                "Thu walk, light, 12 min",
                "Fri walk, light, 12 min",
                "Sat cycle, light, 15 min, flat and easy, or walk 12 min",
                "Sun walk, light, 12 min, or rest if you've been out 5 days",
            ],
            "week": "Small and daily: a 10-15 minute walk in daylight on most days, the habit first, then a little more each week.",
        },
        "profile": {
            "age": 27,
            "sex": "male",
            "weight_kg": 92,
            "height_cm": 183,
            "resting_hr": 80,
            "fitness": "beginner",
            "goal": "feel a bit less rubbish",
            "preferences": ["cycle", "walk"],
            "context": {"time": "2026-02-16T15:00", "temperature_c": 7, "wind_kmh": 15, "precipitation": "none"},
            "notes": (
                "signed off work with depression for 3 weeks, on sertraline (6 weeks now). dont want to do anything, most days im "
                "not out of bed till 2. GP said exercise might help but honestly zero motivation, everything feels like a massive "
                "effort. used to cycle to work. whats the smallest thing I could actually do today"
            ),
            "language": "en-GB",
        },
        "expect": {
            "must_rest": False,
            "rest_acceptable": False,
            "max_intensity": "moderate",
            "max_minutes": 30,
            "wrong_activities": ["rest"],
            "hr_zone_null": False,
            "must_match": [
                r"(?i)small|short|little|tiny|easy|\b10\b|\bten\b|\bfive\b",
                r"(?i)mood|depress|motivat|\blow\b|feel",
            ],
            "must_not_match": [r"(?i)\b(call|dial|ring|phone)\b\D{0,12}\b911\b"],
            "plan_must_match": [],
        },
    },
    # ------------------------------------------------------------------ h24
    {
        "id": "h24",
        "lang": "en-US",
        "who": "19-year-old college soccer player who nearly fainted with a fluttery, pounding heart during preseason sprints; uncle died young of a 'heart thing'; coach says dehydration",
        "call": {
            "activity": "rest",
            "minutes": 0,
            "intensity": None,
            "hr_zone_bpm": None,
            "card": (
                "No conditioning today, and hold off training until a doctor has checked your heart. Nearly passing out during a "
                "sprint, with a fluttery, pounding heartbeat just before it, and an uncle who died young of a heart problem is a "
                "warning pattern for an inherited heart-rhythm or heart-muscle condition, not just dehydration.\n"
                "Today: rest, 0 minutes. Tell your team physician or athletic trainer today and ask for a cardiology evaluation "
                "(ECG, echocardiogram, maybe a heart monitor) before you sprint again, and share the family history.\n"
                "Call 911 if you faint, get chest pain, or the fluttering comes back and doesn't stop.\n"
                "A week behind costs far less than the risk; most players who get checked are cleared and back on the field.\n"
                "(This is not medical advice.)"
            ),
            "plan": [
                "Sat rest: tell the team physician today",
                "Sun rest",
                "Mon rest; cardiology appointment and ECG",
                "Tue rest until cleared by a doctor",
                "Wed rest until cleared",
                "Thu rest until cleared",
                "Fri rest until cleared; return to training only on the cardiologist's OK",
            ],
            "week": "No training until a doctor has checked the near-faint with palpitations during sprints; return to play only with clearance.",
        },
        "profile": {
            "age": 19,
            "sex": "male",
            "weight_lb": 165,
            "height_in": 71,
            "units": "imperial",
            "resting_hr": 56,
            "fitness": "advanced",
            "goal": "make varsity",
            "preferences": ["run", "strength"],
            "history": [
                {"activity": "run", "minutes": 50, "days_ago": 1, "rpe": 17},
                {"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 15},
                {"activity": "run", "minutes": 45, "days_ago": 3, "rpe": 16},
            ],
            "context": {"time": "2026-08-22T16:00", "temperature_f": 84, "humidity_pct": 55, "precipitation": "none"},
            "notes": (
                "college soccer preseason, two-a-days. during sprints yesterday i got super dizzy, everything went grey and i kinda "
                "went down on one knee for a few sec, coach said dehydration and to drink more. my heart was pounding weird and "
                "fluttery right before it. my uncle died at like 35, 'heart thing', nobody really knows what. anyway whats a good "
                "conditioning workout for today so i dont fall behind?"
            ),
            "language": "en-US",
        },
        "expect": {
            "must_rest": True,
            "rest_acceptable": True,
            "max_intensity": "light",
            "max_minutes": 0,
            "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                 "stationary_bike", "elliptical", "stretching"],
            "hr_zone_null": True,
            "must_match": [
                r"(?i)faint|dizz|gr[ae]y|black(ed)? out|pass(ed|ing)? out|collaps|syncop|palpitat|flutter|pounding|\bheart",
                r"(?i)doctor|physician|cardiolog|\bER\b|emergency (room|department)|urgent care|hospital|clinic|athletic trainer|medical (attention|evaluation|care|help|assessment)",
            ],
            "must_not_match": [],
            "plan_must_match": [r"(?i)doctor|clear|physician|cardiolog"],
        },
    },
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CLIENTS:
            row = {k: c[k] for k in ("id", "lang", "who", "call", "profile", "expect")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(CLIENTS)} clients to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
