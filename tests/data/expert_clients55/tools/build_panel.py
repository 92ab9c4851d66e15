#!/usr/bin/env python3
"""Build clients.jsonl for panel55: 24 literal clients (h01..h24)."""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from s2t_map import S2T, T2S

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ZH_WD = "一二三四五六日"

def forms(c):
    s = {c}
    s |= set(S2T.get(c, ""))
    if c in T2S:
        s.add(T2S[c]); s |= set(S2T.get(T2S[c], ""))
    return s

def zx(pat):
    """Expand every CJK char with a counterpart into (?:a|b) so both scripts match."""
    out = []
    for c in pat:
        if "\u3400" <= c <= "\u9fff":
            f = forms(c)
            out.append(c if len(f) == 1 else "(?:" + "|".join(sorted(f)) + ")")
        else:
            out.append(c)
    return "".join(out)

def plan_lines(lang, time, days):
    wd = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M").weekday()
    trad = lang in ("zh-TW", "zh-HK")
    res = []
    for i, d in enumerate(days):
        k = (wd + i) % 7
        if lang.startswith("en"):
            res.append(f"{EN_WD[k]} {d}")
        else:
            res.append(("週" if trad else "周") + ZH_WD[k] + " " + d)
    return res

# wrong-region number patterns
NO_911 = r"(?i)(call|dial|ring)\D{0,4}911(?!\d)"
NO_CA = r"(?i)(call|dial|ring)\D{0,4}(999|112)(?!\d)"
ZH_NO_120 = zx("(打|拨|致电|急救|电话)") + r"\D{0,4}120(?!\d)"
ZH_NO_120_119 = zx("(打|拨|致电|急救|电话)") + r"\D{0,4}(120|119)(?!\d)"

def rest_expect(extra_match=(), not_match=(), plan_match=()):
    return dict(must_rest=True, rest_acceptable=True, max_intensity="light", max_minutes=0,
                wrong_activities=list(ALL), hr_zone_null=True, must_match=list(extra_match),
                must_not_match=list(not_match), plan_must_match=list(plan_match))

def ex(max_i, max_m, wrong, rest_ok=True, hz_null=False, mm=(), mnm=(), pm=()):
    wrong = list(wrong)
    if not rest_ok and "rest" not in wrong:
        wrong.append("rest")
    return dict(must_rest=False, rest_acceptable=rest_ok, max_intensity=max_i, max_minutes=max_m,
                wrong_activities=wrong, hr_zone_null=hz_null, must_match=list(mm),
                must_not_match=list(mnm), plan_must_match=list(pm))

C = []
def add(cid, lang, who, profile, call, days, week, expect):
    profile = dict(profile); profile["language"] = lang
    call = dict(call)
    call["plan"] = plan_lines(lang, profile["context"]["time"], days)
    call["week"] = week
    C.append({"id": cid, "lang": lang, "who": who, "call": call, "profile": profile, "expect": expect})

# ---------------------------------------------------------------- h01 PAD, en-US imperial
add("h01", "en-US", "68-year-old man in Ohio, peripheral artery disease, calf claudication at about 200 m; wife wants him to rest",
 {"age": 68, "sex": "male", "weight_lb": 192, "height_in": 70, "fitness": "beginner", "units": "imperial",
  "goal": "walk to the mailbox and back without stopping",
  "preferences": ["walk"],
  "notes": "so my calves kinda cramp up after a couple blocks, maybe 200 m?? goes away if I stand a minute. the vascular guy called it PAD and said walk more but honestly it hurts so I've mostly been sitting. wife says rest the legs til the pills kick in. smoker til 2019 fwiw",
  "context": {"time": "2026-04-07T09:30", "temperature_f": 55, "precipitation": "none"}},
 {"activity": "walk", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: walk-rest intervals, about 35 minutes in all, moderate (RPE 12-13, talk test: you can still talk). Walk until the calf pain reaches about 3 on a 0-5 scale (moderate, not the worst), stop and rest standing until it eases, then walk again; repeat for 30-45 minutes. Why: for PAD with claudication, supervised or structured walking to moderate pain is the treatment that lengthens the distance you can walk; resting the legs does not. Warm up 5 min. Warning: pain at rest, a cold pale foot, a sore that will not heal, or chest pain or breathlessness: stop and call your doctor; chest pain that does not settle: call 911.",
  },
 ["walk-rest intervals, 35 min, moderate (RPE 12-13), walk to pain 3/5, rest, repeat",
  "walk-rest intervals, 35 min, RPE 12-13",
  "rest or an easy stroll",
  "walk-rest intervals, 40 min, RPE 12-13",
  "light strength for legs (chair stands, heel raises), 20 min, RPE 11-12",
  "walk-rest intervals, 40 min, RPE 12-13",
  "rest"],
 "Week: 4 interval-walk days building 35 to 40 min (goal 30-45 min of walking, 3+ times a week), strength once; rest is not the treatment.",
 ex("moderate", 50, ["run"], rest_ok=False, mm=[r"(?i)interval|walk[- ]rest|stop and rest|rest (standing )?until"],
    pm=[r"(?i)interval|walk-rest"]))

# ---------------------------------------------------------------- h02 post-MI, beta-blocker, zh-CN
add("h02", "zh-CN", "58岁男性，上海，心梗后三个月，二期心脏康复已结束，服用美托洛尔；妻子让他多躺着",
 {"age": 58, "sex": "male", "weight_kg": 76, "height_cm": 172, "resting_hr": 58, "conditions": ["heart_disease"],
  "fitness": "beginner", "goal": "恢复体力，能陪孙子去公园", "preferences": ["brisk_walk", "tai_chi"],
  "history": [{"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 12},
              {"activity": "stationary_bike", "minutes": 25, "days_ago": 5, "rpe": 12}],
  "notes": "三个月前心梗放了个支架，医院的康复课上完了，医生说可以自己练了。药还是每天吃，美托洛尔那个，所以心率老是上不去，手环显示才100出头，是不是练得不够啊？老婆天天让我躺着别动，说心脏不好要静养",
  "context": {"time": "2026-05-11T08:00", "temperature_c": 22, "precipitation": "none", "aqi": 60}},
 {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：中等强度快走，约30分钟，RPE 12-13（能说整句话，但唱不了歌）。先慢走5分钟热身，最后5分钟放慢。你在吃β受体阻滞剂（美托洛尔），心率会被药压低，所以不看心率区间，也不用把心率往上冲：以自我感觉和说话测试为准。康复课结束后保持同样的量：大多数日子约30分钟，每周150分钟，力量训练每周2次。静养反而不利于心脏恢复。注意：胸口压迫感、气短加重、头晕或心慌，马上停下；休息几分钟不缓解就拨打120。",
  },
 ["快走30分钟，中等强度，RPE 12-13，能说整句话",
  "力量训练20分钟，轻到中等重量，RPE 11-13，用力时呼气不要憋气",
  "快走30分钟，RPE 12-13",
  "太极30分钟，轻松",
  "力量训练20分钟，RPE 11-13",
  "快走35分钟，RPE 12-13",
  "休息或散步"],
 "本周：有氧约150分钟（中等强度，以RPE和说话测试为准，不看心率区间），力量2次，延续心脏康复的量。",
 ex("moderate", 45, ["run"], rest_ok=False, hz_null=True,
    mm=[zx("RPE|说话|说整句|自觉")], pm=[zx("力量")]))

# ---------------------------------------------------------------- h03 T1D ketones, en-GB
add("h03", "en-GB", "15-year-old boy in Leeds with type 1 diabetes, glucose about 16 mmol/l with ketones and nausea before football; coach says play",
 {"age": 15, "sex": "male", "weight_kg": 58, "height_cm": 170, "conditions": ["diabetes"], "glucose_mg_dl": 290,
  "fitness": "intermediate", "goal": "make the U16 A team", "preferences": ["run"],
  "notes": "match at 6. libre says 16.1 mmol, been high since lunch, mum made me do a ketone strip and it was like 1.8?? feel a bit sick tbh but prob just nerves. coach reckons running about will bring it down anyway. pump site might be dodgy",
  "context": {"time": "2026-09-23T16:30", "temperature_c": 14, "precipitation": "rain"}},
 {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": "Today: rest, no football. Glucose about 16 mmol/l with blood ketones around 1.8 and feeling sick is not a 'run it off' situation: with ketones, exercise can push glucose and ketones higher (risk of DKA). Do now: follow your sick-day rules with a parent, take correction insulin by pen (not the pump, the site may have failed), change the pump site, drink water, recheck glucose and ketones in 1-2 hours. Ring your diabetes team today. If you vomit, ketones are 3.0 or more, you get tummy pain or fast breathing, call 999. Back to training once glucose is in range and ketones are below 0.6.",
  },
 ["rest: sick-day rules, recheck glucose and ketones every 1-2 hours",
  "rest or an easy walk only if ketones are below 0.6 and you feel well",
  "easy run or kick-about 30 min, RPE 11-12, check glucose before and after",
  "football training 60 min if well, glucose checked before",
  "easy 30 min walk or rest",
  "football training 60 min",
  "rest"],
 "Week: rest until ketones clear and glucose is back in range; then football as usual with glucose checks before, during and after.",
 rest_expect(extra_match=[r"(?i)ketone"], not_match=[NO_911]))

# ---------------------------------------------------------------- h04 80yo fall + osteoporosis yoga, zh-TW
add("h04", "zh-TW", "79歲女性，台北獨居，骨質疏鬆，上個月跌倒（絆倒，沒有昏倒），怕再跌；想跟朋友去社區瑜伽課",
 {"age": 79, "sex": "female", "weight_kg": 48, "height_cm": 150, "fitness": "beginner",
  "goal": "可以自己去市場買菜", "preferences": ["yoga", "walk"],
  "notes": "上個月在浴室門口絆了一下跌倒，沒有暈，只是手腕瘀青。醫生之前說我骨質疏鬆有在打針。現在腿沒什麼力，出門都怕怕的，大部分時間坐著看電視。隔壁太太找我去里民中心的瑜伽課，她說要彎腰摸腳尖、扭來扭去很舒服，我是想去啦",
  "context": {"time": "2026-03-19T10:00", "temperature_c": 19, "precipitation": "rain"}},
 {"activity": "tai_chi", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": "今天：輕鬆太極，約20分鐘，RPE 10-11（可以輕鬆說話）。在家裡、旁邊有椅子或扶手可以扶著做，練平衡和腿力；再加5分鐘椅子坐站練習（扶著桌子，慢慢站起、坐下，10次×2組）。為什麼：跌倒後不動，腿會更無力、更容易再跌；平衡和肌力訓練每週至少3天能降低跌倒。瑜伽課可以去，但你有骨質疏鬆：不要做彎腰摸腳尖、捲腹、用力扭轉脊椎的動作，請老師給你改成坐姿或扶椅子的版本，先告訴老師你上個月跌倒過。注意：今天下雨，地滑就在室內練。胸痛、突然頭暈或又跌倒受傷，請撥打119。",
  },
 ["太極20分鐘，輕鬆，扶著椅子練平衡",
  "散步15分鐘（室內或有人陪），RPE 10-11",
  "椅子坐站與扶牆踮腳，15分鐘，輕鬆",
  "瑜伽課（坐姿或扶椅子版本，不彎腰摸腳尖、不扭轉），RPE 10-11",
  "太極20分鐘，平衡練習",
  "散步20分鐘，RPE 10-11",
  "休息"],
 "本週：平衡和肌力訓練3天以上，慢慢把散步拉長；瑜伽只做避開彎腰和扭轉的版本。",
 ex("moderate", 40, ["run", "cycle"], rest_ok=False,
    mm=[zx("平衡|扶"), zx("彎腰|前彎|扭轉|捲腹")], mnm=[ZH_NO_120],
    pm=[zx("平衡|太極|坐站")]))

# ---------------------------------------------------------------- h05 pregnancy CrossFit, en-AU
add("h05", "en-AU", "31-year-old CrossFit regular in Brisbane, 20 weeks pregnant, wants to keep lifting",
 {"age": 31, "sex": "female", "weight_kg": 66, "height_cm": 168, "conditions": ["pregnancy"],
  "fitness": "advanced", "goal": "stay strong through the pregnancy", "preferences": ["strength", "run"],
  "history": [{"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 15},
              {"activity": "strength", "minutes": 55, "days_ago": 4, "rpe": 15}],
  "notes": "20 wks and feeling good! box been doing crossfit 5 yrs. my coach says just scale a bit, my MIL thinks I should stop lifting altogether lol. wondering if I can still do the WOD today - it's heavy cleans, toes to bar and box jumps. sometimes a bit lightheaded if I lie flat on the bench for presses",
  "context": {"time": "2026-06-02T06:00", "temperature_c": 16, "precipitation": "none"}},
 {"activity": "strength", "minutes": 45, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: strength, 45 minutes, moderate (RPE 12-14, talk test: you can still speak in sentences). Keep lifting: ACOG 2020 supports continuing a strength routine you already do. Scale the WOD: moderate loads, no 1-rep maxes, breathe out on the effort rather than holding your breath. Swap heavy cleans for dumbbell or kettlebell work, toes to bar for standing core work, box jumps for step-ups (fall risk). Do presses on an incline bench, not lying flat on your back (the lightheadedness you feel flat is the womb pressing on the vena cava). Stop and see your midwife or doctor for vaginal bleeding, regular painful contractions, fluid leaking, dizziness, headache, chest pain or calf pain or swelling; call 000 in an emergency.",
  },
 ["strength 45 min, moderate (RPE 12-14), scaled WOD, incline not flat",
  "easy run or bike 30 min, RPE 12-13, talk test",
  "strength 45 min, RPE 12-14, no max lifts, no box jumps",
  "rest or walk",
  "strength 45 min, RPE 12-14",
  "swim or bike 30 min, RPE 12-13",
  "rest"],
 "Week: strength 3 days, moderate cardio 2 days (150+ min a week), no lying flat on the back, no jumping onto boxes, no max lifts.",
 ex("vigorous", 60, [], rest_ok=False, hz_null=True,
    mm=[r"(?i)(flat on|lying on|lie on) (your|the|her) back|supine|incline", r"(?i)bleed|contraction|fluid"],
    mnm=[NO_911]))

# ---------------------------------------------------------------- h06 post-caesarean, zh-CN
add("h06", "zh-CN", "33岁女性，广州，剖腹产后8周，想恢复跑步；婆婆说要满100天才能动",
 {"age": 33, "sex": "female", "weight_kg": 63, "height_cm": 163, "fitness": "intermediate",
  "goal": "恢复跑步，年底跑个10公里", "preferences": ["run", "brisk_walk"],
  "notes": "宝宝两个月了，是剖的，伤口早就不疼了，42天复查也说没问题。孕前每周跑3次5公里，现在好想跑啊。就是打喷嚏偶尔会漏一点点尿，应该正常吧？婆婆说坐月子要满100天，啥都不让我动",
  "context": {"time": "2026-10-15T19:30", "temperature_c": 24, "precipitation": "none"}},
 {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：中等强度快走，约30分钟，RPE 12-13（能说整句话，但唱不了歌），推着婴儿车也可以。再加10分钟盆底肌训练（收缩10秒、放松10秒，重复10次）和轻柔的核心练习。为什么：剖腹产后8周可以正常活动，不需要静养到100天；但打喷嚏漏尿说明盆底还没恢复，跑步的冲击会加重，一般建议产后12周以后、盆底评估过再开始跑（可找盆底康复科或产后康复门诊）。注意：伤口红肿渗液、阴道出血增多、下腹痛或单侧小腿肿痛，先停下看医生；胸痛或呼吸困难请拨打120。",
  },
 ["快走30分钟，RPE 12-13，加盆底肌训练10分钟",
  "力量训练20分钟（臀桥、靠墙蹲、侧卧抬腿），RPE 11-13",
  "快走35分钟，RPE 12-13",
  "盆底肌和核心练习15分钟，轻松",
  "快走35分钟，RPE 12-13",
  "游泳或室内单车30分钟，RPE 12-13",
  "休息"],
 "本周：快走和低冲击有氧约130分钟，力量1-2次，每天盆底肌训练；产后12周、盆底评估后再开始走跑交替。",
 ex("moderate", 45, ["run"], rest_ok=False, mm=[zx("盆底")], pm=[zx("盆底")]))

# ---------------------------------------------------------------- h07 RA flare hands, en-US imperial
add("h07", "en-US", "52-year-old woman in Minnesota with rheumatoid arthritis, hands flaring this week",
 {"age": 52, "sex": "female", "weight_lb": 150, "height_in": 65, "units": "imperial", "fitness": "intermediate",
  "goal": "keep my strength up", "preferences": ["strength", "walk", "swim"],
  "history": [{"activity": "strength", "minutes": 40, "days_ago": 6, "rpe": 13}],
  "notes": "RA's acting up again, knuckles and wrists puffy and warm since like monday, can barely open a jar lol. rheumy appt is in 2 wks. normally I do dumbbells tue/thu. trainer at the Y says push through it, motion is lotion right?",
  "context": {"time": "2026-02-10T17:00", "temperature_f": 28, "precipitation": "snow"}},
 {"activity": "stationary_bike", "minutes": 25, "intensity": "light", "hr_zone_bpm": None,
  "card": "Today: stationary bike, 25 minutes, light to moderate (RPE 11-12, talk test: you can chat easily). Rest the hot, swollen hands and wrists: no dumbbells or gripping today, rest your forearms lightly on the bars. Do gentle pain-free finger and wrist range-of-motion (open and close the hands slowly, 5-10 times) a few times a day, and leg work without weights (sit-to-stands). Why: during a flare, inflamed joints should not be loaded, but the rest of you keeps moving; stay indoors off the snow and ice. Call your rheumatologist's office if the flare is not settling within a few days rather than waiting 2 weeks. Chest pain or fainting: call 911.",
  },
 ["stationary bike 25 min, RPE 11-12, no gripping",
  "walk indoors 30 min, RPE 11-13, gentle hand range of motion",
  "lower-body strength without weights (sit-to-stands, bridges), 20 min, RPE 12",
  "stationary bike 30 min, RPE 12",
  "rest, gentle hand range of motion",
  "walk 30 min if paths are clear, RPE 12-13",
  "swim or pool walking 30 min if hands allow, RPE 12"],
 "Week: keep 150 min of moderate cardio with no load through the hands; upper-body weights resume when the flare settles.",
 ex("moderate", 45, [], mm=[r"(?i)grip|hands?|wrist"], mnm=[r"(?i)push through"]))

# ---------------------------------------------------------------- h08 asthma cold run no inhaler, en-CA
add("h08", "en-CA", "27-year-old man in Winnipeg with exercise-induced asthma, planned a -12 C 6am run and forgot his inhaler",
 {"age": 27, "sex": "male", "weight_kg": 74, "height_cm": 180, "fitness": "intermediate",
  "goal": "half marathon in May", "preferences": ["run"],
  "notes": "up early for my tempo run before work. left my puffer at my gf's place last night, whatever, my chest only gets a bit tight on cold runs anyway. running buddy says just push through the first km and it opens up",
  "context": {"time": "2026-01-14T06:00", "temperature_c": -12, "wind_kmh": 20, "precipitation": "none"}},
 {"activity": "stationary_bike", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: stationary bike (or treadmill) indoors, 30 minutes, moderate (RPE 12-13, talk test: full sentences). Skip the outdoor tempo run: cold dry air is a strong trigger for exercise-induced bronchoconstriction, and you have no reliever inhaler with you. Warm up 10-15 minutes gradually. Get the inhaler back today; on cold days take it as prescribed before running, breathe through a buff or scarf, and keep one on you. Do the tempo later this week with the inhaler. Stop if you wheeze or your chest tightens; if breathing gets hard and will not settle, call 911.",
  },
 ["stationary bike 30 min indoors, RPE 12-13",
  "easy run 40 min with inhaler, scarf over mouth, RPE 12-13",
  "tempo run 45 min (inhaler before), RPE 14-15",
  "rest",
  "easy run 35 min, RPE 12-13",
  "long run 80 min with inhaler, RPE 12-13",
  "rest or easy cross-training"],
 "Week: no outdoor run without the inhaler; tempo moved to a day with the inhaler, long run kept.",
 ex("moderate", 45, ["run", "cycle"], mm=[r"(?i)inhaler|puffer"], mnm=[NO_CA]))

# ---------------------------------------------------------------- h09 BP 185/115, zh-HK
add("h09", "zh-HK", "62歲男性，香港，藥房量到185/115，沒有症狀，沒有服藥；太太叫他照去行山",
 {"age": 62, "sex": "male", "weight_kg": 80, "height_cm": 170, "fitness": "intermediate",
  "goal": "星期日同行山團行麥理浩徑", "preferences": ["brisk_walk", "walk"],
  "notes": "琴日喺藥房順手度咗下血壓，部機話185/115，今朝自己再度都係180幾/110幾。冇頭暈冇咩事喎，應該係部機唔準啩。從來冇食過血壓藥。老婆話冇事嘅，照去行山出下汗就會低返",
  "context": {"time": "2026-11-14T07:30", "temperature_c": 21, "precipitation": "none"}},
 {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": "今日：休息，唔好運動，唔好去行山。你兩次量到大約185/115，已經超過180/110：呢個水平唔應該開始運動（ACSM），亦屬於高血壓危象範圍（AHA 2017）。就算冇症狀，今日都要見醫生（家庭醫生或診所），唔好等到星期日。量之前靜坐5分鐘，手臂放平再量一次，記低讀數帶去俾醫生睇。如果有劇烈頭痛、胸痛、氣促、視力模糊、手腳無力或講嘢唔清楚，即刻打999。血壓受控制、醫生話可以之後，先慢慢恢復行山。",
  },
 ["休息，今日見醫生",
  "休息，按醫生指示量血壓",
  "醫生批准先可以散步，輕鬆",
  "醫生批准先可以散步15分鐘，輕鬆",
  "休息",
  "休息，暫停行山",
  "休息"],
 "本週：先處理血壓，醫生批准前唔運動；行山團今個星期日暫停。",
 rest_expect(extra_match=[zx("醫生|醫")], not_match=[ZH_NO_120_119]))

# ---------------------------------------------------------------- h10 orthostatic dizziness new pill, en-IN
add("h10", "en-IN", "59-year-old man in Pune, dizzy on standing since a new blood-pressure tablet last week",
 {"age": 59, "sex": "male", "weight_kg": 72, "height_cm": 168, "conditions": ["hypertension"],
  "bp_systolic": 128, "bp_diastolic": 78, "fitness": "intermediate", "goal": "morning walk 45 min daily",
  "preferences": ["brisk_walk"],
  "notes": "doctor added one more BP tablet last week (amlodipine+something). since then bit woozy when I get up from bed or chair, had to hold the wall twice, once things went grey for a sec. BP is good now 128/78. wife says it is just the heat and I should walk more, more energy will come",
  "context": {"time": "2026-05-20T06:15", "temperature_c": 29, "humidity_pct": 60, "precipitation": "none"}},
 {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": "Today: rest, skip the morning walk. New dizziness on standing (greying out, holding the wall) since the new tablet is a warning sign: your blood pressure probably drops when you stand up, and a faint during a walk can mean a bad fall. Do not stop or change the tablet yourself. Call your doctor today and tell them about the dizziness on standing; they may change the dose or timing. Until then: sit on the edge of the bed for a minute before standing, get up slowly, drink enough water. If you faint, have chest pain or palpitations, call 112.",
  },
 ["rest; phone the doctor about the new tablet",
  "rest or a short walk indoors only once the doctor has reviewed it",
  "easy walk 15 min near home if no dizziness, RPE 10-11",
  "easy walk 20 min if no dizziness",
  "brisk walk 25 min if the doctor agrees, RPE 12",
  "brisk walk 30 min, RPE 12",
  "rest"],
 "Week: rest until the doctor has reviewed the new tablet; then build back walking slowly, standing up slowly.",
 rest_expect(extra_match=[r"(?i)doctor"], not_match=[NO_911]))

# ---------------------------------------------------------------- h11 10yo overweight, zh-CN (parent)
add("h11", "zh-CN", "10岁男孩，成都，超重，家长代写；爷爷说孩子胖点没事别累着",
 {"age": 10, "sex": "male", "weight_kg": 48, "height_cm": 140, "fitness": "beginner",
  "goal": "体育课能跟上", "preferences": ["cycle", "swim"],
  "notes": "我是孩子妈妈。儿子10岁，偏胖，体育课跑800米总是最后一个，跑两圈就喘，回来说不想上体育课了。平时放学就是写作业打游戏。爷爷说小孩胖点是福，别把孩子累着。他喜欢骑车和玩水",
  "context": {"time": "2026-07-18T16:00", "temperature_c": 27, "precipitation": "none", "aqi": 45}},
 {"activity": "cycle", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：和家长一起骑自行车玩，约40分钟，中等强度为主，穿插几次追逐冲刺（OMNI 0-10量表的4-6分，能说话但有点喘）。再加20分钟自由玩耍（跳绳、踢球都行），今天合计约60分钟。为什么：5-17岁的孩子每天平均需要60分钟中等到较高强度的活动（WHO 2020）；重点是好玩、能坚持，不用和别人比，也不要跟孩子谈减肥。戴头盔，天热多喝水，找树荫。注意：孩子说胸痛、头晕或差点晕倒，马上停下休息，严重时拨打120。",
  },
 ["骑车玩40分钟+自由玩耍20分钟，合计60分钟",
  "游泳或戏水45分钟，穿插打水比赛",
  "跳绳、跳房子等游戏30分钟+散步20分钟",
  "骑车45分钟，中间追逐几次",
  "和家长打羽毛球或踢球40分钟+步行20分钟",
  "游泳60分钟（玩水为主）",
  "家庭徒步或公园玩耍60分钟"],
 "本周：每天约60分钟中高强度活动，以玩为主；每周3天有跑跳和肌肉骨骼锻炼；减少屏幕时间。",
 ex("vigorous", 90, [], rest_ok=False, hz_null=True,
    mm=[r"60"], mnm=[zx("节食")], pm=[r"60"]))

# ---------------------------------------------------------------- h12 night-shift nurse, en-NZ
add("h12", "en-NZ", "38-year-old nurse in Christchurch after her third night shift in a row",
 {"age": 38, "sex": "female", "weight_kg": 68, "height_cm": 166, "fitness": "intermediate",
  "goal": "get back into running after the roster", "preferences": ["run", "yoga"],
  "notes": "just finished my 3rd night in a row, home at 8. had maybe 4 hrs sleep total over the last 2 days. thinking of a quick 10k before bed to reset?? my mate reckons a hard run will knock me out. nights again thurs",
  "context": {"time": "2026-08-26T08:30", "temperature_c": 8, "precipitation": "none"}},
 {"activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": "Today: an easy walk, 20 minutes, light (RPE 10-11, talk test: you can chat easily), or gentle yoga at home. Skip the hard 10k: after three nights and about 4 hours of sleep, hard exercise before bed raises injury risk, delays sleep and adds strain you won't recover from. Sleep first: dark room, no caffeine, eat something light. A short walk in daylight after waking helps reset your body clock. Run after your recovery sleep. Chest pain or feeling faint: stop and call 111.",
  },
 ["easy walk 20 min, RPE 10-11, then sleep",
  "easy run 30 min after a full sleep, RPE 12-13",
  "yoga 25 min, light, before the night shift",
  "rest (night shift)",
  "rest (night shift), short walk after sleeping",
  "easy run 35 min, RPE 12-13",
  "strength 30 min, RPE 12-13"],
 "Week: short, easy sessions around the night shifts; sleep comes first, no hard or long sessions on shift days.",
 ex("moderate", 35, [], mm=[r"(?i)sleep"], mnm=[NO_911]))

# ---------------------------------------------------------------- h13 marathon taper, runny nose, zh-SG
add("h13", "zh-SG", "41岁男性，新加坡，马拉松赛前减量周，只是流鼻涕",
 {"age": 41, "sex": "male", "weight_kg": 67, "height_cm": 172, "resting_hr": 50, "fitness": "advanced",
  "goal": "渣打马拉松跑进3小时30分", "preferences": ["run"],
  "history": [{"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 13},
              {"activity": "run", "minutes": 150, "days_ago": 10, "rpe": 14}],
  "notes": "马拉松这个星期天，现在是减量周。昨天开始流鼻涕、鼻塞，打喷嚏，喉咙有一点点干，量了体温36.8，身体不酸。教练说照计划跑，老婆叫我整个星期躺着别跑",
  "context": {"time": "2026-11-25T06:00", "temperature_c": 26, "humidity_pct": 85, "precipitation": "none", "aqi": 55}},
 {"activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：轻松跑，约30分钟，中等偏轻，RPE 11-12（能轻松说话）。只有鼻子的症状（流鼻涕、鼻塞、打喷嚏），没有发烧和全身酸痛，按“颈部以上”原则可以轻松跑；减量周本来就不需要加量或跑快。如果出现发烧（38.0度以上）、全身酸痛、咳嗽有痰、胸闷或腹泻，就停跑休息，星期天也不要勉强上场。多喝水、睡够。跑步中出现胸痛或晕厥，请拨打995。",
  },
 ["轻松跑30分钟，RPE 11-12",
  "休息或轻松跑20分钟",
  "轻松跑20分钟，含4次短加速",
  "赛前放松跑15分钟",
  "马拉松比赛（症状没有加重、没有发烧才上场）",
  "休息",
  "散步20分钟"],
 "本周：比赛周减量，鼻塞期间只轻松跑；发烧或症状到颈部以下就放弃比赛。",
 ex("moderate", 40, [], mm=[zx("发烧|发热")], mnm=[ZH_NO_120], pm=[zx("比赛|马拉松")]))

# ---------------------------------------------------------------- h14 chest cold with fever, en-IE
add("h14", "en-IE", "29-year-old woman in Cork with a chesty cough and fever; flatmate says sweat it out",
 {"age": 29, "sex": "female", "weight_kg": 61, "height_cm": 167, "fitness": "intermediate",
  "goal": "parkrun PB", "preferences": ["run"],
  "notes": "bit of a chest thing since the weekend, coughing up gunk, was 38.4 last night but took a paracetamol so grand now. achy legs but thats prob from work. flatmate swears a good sweaty run clears it out. parkrun tmrw",
  "context": {"time": "2026-12-04T18:00", "temperature_c": 7, "precipitation": "rain"}},
 {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": "Today: rest, no run and no parkrun tomorrow. A fever of 38.4, a chesty cough and achy legs are below-the-neck symptoms: by the neck check they mean rest, and running with a fever can strain the heart. Paracetamol only hides the fever. Rest, fluids, sleep; go back to easy running 24-48 hours after the fever is gone without medicine. See your GP if the fever lasts more than 3 days or you are short of breath. Chest pain, trouble breathing or fainting: call 112 or 999.",
  },
 ["rest",
  "rest (no parkrun)",
  "rest; short walk indoors only if fever-free",
  "rest or easy walk 20 min if fever-free for 24 h without medicine",
  "easy walk 25 min, RPE 10-11",
  "easy run 20 min if well, RPE 11-12",
  "easy run 25 min, RPE 11-12"],
 "Week: rest until 24-48 h fever-free without paracetamol, then walk before easy running.",
 rest_expect(extra_match=[r"(?i)fever"], not_match=[NO_911]))

# ---------------------------------------------------------------- h15 panic disorder, zh-TW
add("h15", "zh-TW", "26歲女性，台中，恐慌症，想開始跑步但怕心跳加速；媽媽叫她不要跑",
 {"age": 26, "sex": "female", "weight_kg": 54, "height_cm": 160, "fitness": "beginner",
  "goal": "想跑完5公里", "preferences": ["run", "yoga"],
  "notes": "我有恐慌症，有在看身心科也有吃藥，心臟科上個月做過心電圖跟運動心電圖都說正常。朋友都在跑步想跟，可是心跳一快就會想到發作那種感覺，很怕。我媽說有恐慌症就不要跑啦，在家休息比較好",
  "context": {"time": "2026-04-25T17:30", "temperature_c": 24, "precipitation": "none", "aqi": 40}},
 {"activity": "brisk_walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：中等強度快走，約20分鐘，RPE 12-13（可以說完整的句子）。最後幾段可以加入1分鐘很慢的小跑、2分鐘走路，做3次，覺得可以再做。為什麼：你的心臟檢查都正常，運動時心跳變快、呼吸變喘是身體正常的反應，不是恐慌發作；慢慢習慣這種感覺，規律運動長期也能減少焦慮和恐慌。心跳快的時候放慢腳步、吐氣拉長（吸4秒、吐6秒），不用停下來躲。可以找朋友一起走。注意：真的胸痛、快昏倒，先停下；不緩解請撥打119。",
  },
 ["快走20分鐘，加3次1分鐘慢跑",
  "瑜伽20分鐘，輕鬆，練慢呼吸",
  "快走20分鐘，加4次1分鐘慢跑，RPE 12-13",
  "休息",
  "快走25分鐘，加4次1分鐘慢跑",
  "和朋友走跑交替30分鐘，RPE 12-13",
  "散步或休息"],
 "本週：走跑交替每週3次，慢慢拉長跑的時間；心跳變快是正常的，用呼吸調節，不用躲開運動。",
 ex("moderate", 40, [], rest_ok=False, mm=[zx("正常|心跳")], mnm=[ZH_NO_120], pm=[zx("慢跑|走跑")]))

# ---------------------------------------------------------------- h16 BMI 42, knee OA, en-US imperial
add("h16", "en-US", "47-year-old man in Houston, BMI about 42, knee osteoarthritis; brother pushes a jumping bootcamp",
 {"age": 47, "sex": "male", "weight_lb": 260, "height_in": 66, "units": "imperial", "fitness": "beginner",
  "goal": "lose weight and not need a knee replacement", "preferences": ["swim", "walk"],
  "notes": "knees are kinda shot, xray said arthritis bone on bone in the right one. stairs kill me. honestly figured I should just rest them till I lose the weight. my brother wants me at his bootcamp, lots of burpees and jump squats, says no pain no gain. there's a pool at the Y near me",
  "context": {"time": "2026-09-09T18:00", "temperature_f": 91, "humidity_pct": 60, "precipitation": "none"}},
 {"activity": "swim", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: pool at the Y, 20 minutes, moderate (RPE 12-13, talk test: full sentences but no singing): easy laps or water walking and water aerobics moves. Low impact: the water carries most of your weight, so your knees get the exercise without the pounding. Resting the knees does not protect them: muscle loss and stiffness make arthritis pain worse, and exercise is a first-line treatment for knee osteoarthritis. Skip burpees and jump squats; chair sit-to-stands and leg raises build the thigh muscles that protect the knee. Mild aching that settles within a day is OK; sharp pain or swelling that lasts, ease off. Chest pain or shortness of breath: stop and call 911.",
  },
 ["pool 20 min, RPE 12-13, water walking and easy laps",
  "strength 20 min: chair stands, straight-leg raises, bridges, RPE 12-13",
  "stationary bike 20 min, RPE 12-13",
  "pool 25 min, RPE 12-13",
  "strength 20 min, RPE 12-13",
  "walk 15 min on flat ground (evening, out of the heat), RPE 11-12",
  "rest"],
 "Week: about 100 minutes of low-impact cardio (pool, bike) building by 5 minutes a session, strength twice; no jumping.",
 ex("moderate", 40, ["run"], rest_ok=False, mm=[r"(?i)low[- ]impact|joint|knee"], mnm=[r"(?i)no pain,? no gain"]))

# ---------------------------------------------------------------- h17 heat wave 38C outdoor worker, zh-CN
add("h17", "zh-CN", "35岁男性，武汉建筑工人，38度高温下干了一天，想晚上去江边跑步",
 {"age": 35, "sex": "male", "weight_kg": 70, "height_cm": 173, "fitness": "intermediate",
  "goal": "保持身材", "preferences": ["run"],
  "notes": "今天在工地晒了一天，中午38度，现在七点半了外面还是闷热。想去江边跑个5公里，工友说出出汗排排毒晚上睡得香。今天喝水不多，尿有点黄，有点累就是了",
  "context": {"time": "2026-07-15T19:30", "temperature_c": 38, "humidity_pct": 65, "precipitation": "none"}},
 {"activity": "stretching", "minutes": 15, "intensity": "light", "hr_zone_bpm": None,
  "card": "今天：室内拉伸，约15分钟，轻松（RPE 9-10，能轻松说话），在空调或风扇下做。今天不要出去跑：38度高温，湿度又高，户外运动应该取消；你已经晒了一整天，喝水少、尿发黄说明已经有点脱水，再跑容易中暑。先补水：接下来一两个小时慢慢喝500-1000毫升水或淡盐水、电解质饮料，吃晚饭。出汗“排毒”没有根据。注意：头痛、恶心、头晕、意识模糊或不出汗了，是中暑的信号，马上到阴凉处降温，严重时拨打120。",
  },
 ["室内拉伸15分钟，补水",
  "清晨6点前轻松跑30分钟（气温低时），RPE 12-13",
  "休息，补水",
  "室内力量训练20分钟，RPE 12-13",
  "清晨轻松跑30分钟，RPE 12-13",
  "室内拉伸或休息",
  "清晨跑40分钟，RPE 12-13"],
 "本周：高温期间只在清晨凉快时或室内运动，户外跑不超过30-40分钟，每天注意补水。",
 ex("moderate", 30, ["run", "cycle", "brisk_walk"], mm=[zx("补水|喝水|水分")], pm=[zx("清晨|室内")]))

# ---------------------------------------------------------------- h18 wildfire smoke AQI 220, en-US imperial
add("h18", "en-US", "35-year-old keen cyclist in Sacramento, wildfire smoke AQI about 220",
 {"age": 35, "sex": "male", "weight_lb": 165, "height_in": 71, "units": "imperial", "resting_hr": 55,
  "fitness": "advanced", "goal": "century ride in October", "preferences": ["cycle", "stationary_bike"],
  "history": [{"activity": "cycle", "minutes": 120, "days_ago": 2, "rpe": 14},
              {"activity": "cycle", "minutes": 60, "days_ago": 4, "rpe": 13}],
  "notes": "smoke is pretty bad again, sky is orange, app says AQI 220ish. I've got a 3 hr ride planned with the club, a couple guys are still going, they say an N95 under the helmet works fine. I do have a trainer in the garage but it's so boring",
  "context": {"time": "2026-08-19T07:00", "temperature_f": 78, "aqi": 220, "precipitation": "none"}},
 {"activity": "stationary_bike", "minutes": 60, "intensity": "moderate", "hr_zone_bpm": [107, 132],
  "card": "Today: indoor trainer, 60 minutes, moderate (heart rate about 107-132 bpm, RPE 12-13, talk test: full sentences). Skip the 3-hour club ride: an AQI around 220 is 'very unhealthy', and hours of hard breathing outside pull a lot of smoke deep into the lungs; an N95 under a helmet leaks when you breathe hard. Ride inside with windows and garage door closed (an air purifier helps), and do intervals or a video ride to beat the boredom. Move the long ride to a day when the AQI is back under 100. Stop for chest tightness, coughing fits or wheeze; chest pain: call 911.",
  },
 ["trainer 60 min indoors, RPE 12-13",
  "trainer intervals 45 min indoors, RPE 14-15 on efforts",
  "rest or trainer 30 min easy",
  "trainer 60 min if AQI still over 150; outdoor ride only if AQI under 100",
  "rest",
  "long ride 3 h if AQI under 100, otherwise trainer 90 min",
  "easy spin 45 min, RPE 11-12"],
 "Week: rides indoors while the AQI is over 150; the long ride only on a day under 100.",
 ex("vigorous", 120, ["cycle", "run"], mm=[r"(?i)indoor|inside|trainer"], pm=[r"(?i)AQI"]))

# ---------------------------------------------------------------- h19 breast cancer lymph nodes lifting, zh-HK
add("h19", "zh-HK", "49歲女性，香港，乳癌治療後，做過腋下淋巴結手術，想開始舉重",
 {"age": 49, "sex": "female", "weight_kg": 57, "height_cm": 158, "fitness": "beginner",
  "goal": "想強壯返啲", "preferences": ["strength", "walk"],
  "notes": "乳癌完成治療大半年，左邊腋下拎走咗十幾粒淋巴。而家想去健身室學舉重，朋友話做完手術嗰隻手唔好拎重嘢，會腫，最好乜都唔好做。左手有時會覺得緊緊哋，無咩腫。護士之前俾過我一隻壓力袖",
  "context": {"time": "2026-06-20T10:00", "temperature_c": 29, "humidity_pct": 80, "precipitation": "none"}},
 {"activity": "strength", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今日：力量訓練，約30分鐘，中等強度（RPE 12-13，講到完整句子）。全身8-10個動作，每個1-2組×10-15下，由好輕嘅重量開始（例如上肢1公斤），如果手臂冇變化，每一至兩星期先加少少。點解：研究（PAL試驗）顯示，循序漸進嘅舉重唔會令淋巴水腫變差，反而可以減少惡化；完全唔郁先至令手臂更弱。練嘅時候可以戴返護士俾你嘅壓力袖。注意：左手臂或手腫咗、變重、變緊、變紅或者發熱，就停手並盡快搵醫生或淋巴水腫治療師；胸痛或者氣促唔退，打999。",
  },
 ["力量訓練30分鐘，輕重量，RPE 12-13",
  "快步行30分鐘，RPE 12-13",
  "休息，留意手臂有冇腫",
  "力量訓練30分鐘，輕重量",
  "快步行30分鐘",
  "伸展或瑜伽20分鐘",
  "休息"],
 "本週：力量訓練2次，由輕重量開始慢慢加；帶氧運動150分鐘；留意手臂有冇腫。",
 ex("moderate", 45, [], rest_ok=False, mm=[zx("腫"), zx("輕")], mnm=[ZH_NO_120_119]))

# ---------------------------------------------------------------- h20 chronic LBP fear, en-SG
add("h20", "en-SG", "44-year-old man in Singapore, low back pain for three months, scared to move; auntie says bed rest",
 {"age": 44, "sex": "male", "weight_kg": 78, "height_cm": 174, "conditions": ["low_back_pain"],
  "fitness": "beginner", "goal": "carry my daughter again", "preferences": ["walk", "swim"],
  "notes": "back has been painful 3 months already, started after moving house. GP checked and said no nerve problem, MRI not needed, just keep active. but every time I bend it hurts so I scared I damage something more. mostly lying down at home, my auntie says must bed rest until totally healed. no numbness",
  "context": {"time": "2026-03-07T09:00", "temperature_c": 30, "humidity_pct": 75, "precipitation": "none", "aqi": 50}},
 {"activity": "walk", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "Today: walk, 20 minutes, light to moderate (RPE 11-12, talk test: easy conversation), at the park connector in the cooler morning. Some pain while you move is expected and does not mean you are damaging your back: your GP found no nerve problem, and for long-lasting back pain staying in bed makes it stiffer and more painful, while walking and gradual exercise help. Add 10 minutes of gentle back mobility (knee rocks, cat-camel, bridges) at home. Go by how you feel the next day: if it settles, add 5 minutes. Red flags: new numbness in the legs or groin, trouble passing urine or control of bladder or bowel: see a doctor at once, call 995 if severe.",
  },
 ["walk 20 min, RPE 11-12, plus 10 min back mobility",
  "walk 20 min, RPE 11-12",
  "swim or water walking 20 min, RPE 12",
  "walk 25 min, plus bridges and bird-dogs 10 min",
  "rest or gentle mobility 10 min",
  "walk 25 min, RPE 12",
  "swim 25 min, RPE 12"],
 "Week: move every day, building walks by about 5 minutes; bed rest is not the treatment.",
 ex("moderate", 40, ["run"], rest_ok=False, mm=[r"(?i)numb|bladder|bowel", r"(?i)damag|harm|safe"], mnm=[NO_911]))

# ---------------------------------------------------------------- h21 insulin, glucose 65 before run, zh-CN
add("h21", "zh-CN", "36岁女性，杭州，1型糖尿病用胰岛素，跑前血糖3.6 mmol/L",
 {"age": 36, "sex": "female", "weight_kg": 55, "height_cm": 162, "conditions": ["diabetes"], "glucose_mg_dl": 65,
  "fitness": "intermediate", "goal": "秋天跑半马", "preferences": ["run"],
  "notes": "晚饭前准备出门跑5公里，刚测了一下3.6，有点低但我没啥感觉，手有点抖，应该跑起来就好了吧？中午打的餐时胰岛素比平时多了两个单位",
  "context": {"time": "2026-05-13T18:00", "temperature_c": 23, "precipitation": "none"}},
 {"activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": "今天：先别出门。血糖3.6 mmol/L（65 mg/dl）偏低，手抖就是低血糖的表现，跑步会让血糖继续往下掉。先吃15-20克快速碳水（葡萄糖片4片或一杯果汁），15分钟后再测；升到5.0以上（最好5.5-10）再出发，再吃一份15-30克碳水当跑步储备。然后轻松跑约30分钟，中等强度，RPE 12-13（能说整句话），带上糖片和手机，跑到一半再测一次。如果复测还低于3.9，就再吃15克、今天改成散步或休息。注意：意识模糊、站不稳，别人要马上给你喂糖并拨打120。",
  },
 ["先补碳水、复测血糖，升到5.0以上再轻松跑30分钟，RPE 12-13",
  "休息",
  "轻松跑40分钟，跑前测血糖，带糖片",
  "力量训练25分钟，RPE 12-13",
  "节奏跑35分钟，RPE 14（跑前血糖5.5-10）",
  "休息",
  "长距离慢跑70分钟，每30分钟测血糖补碳水"],
 "本周：每次跑前测血糖，低于5.0先补15-30克碳水再复测；运动日的餐时胰岛素和医生商量减量。",
 ex("moderate", 40, [], mm=[zx("碳水|葡萄糖|糖片|果汁"), zx("再测|复测|15分钟")]))

# ---------------------------------------------------------------- h22 concussion 16yo match Saturday, en-US
add("h22", "en-US", "16-year-old striker in Denver, five days after a concussion, headache-free for a day; coach wants him Saturday",
 {"age": 16, "sex": "male", "weight_kg": 64, "height_cm": 176, "fitness": "advanced",
  "goal": "start in Saturday's game", "preferences": ["run"],
  "notes": "took a header to the face last friday, was kinda out of it, had headaches till monday. feel fine since yesterday!! coach says if i'm symptom free i can start saturday, its the semifinal. haven't seen the doc again, mom says just ice it. light hurts my eyes a bit still on screens",
  "context": {"time": "2026-10-21T16:00", "temperature_c": 15, "precipitation": "none"}},
 {"activity": "stationary_bike", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": "Today: stationary bike (or a walk), 20 minutes, light (RPE 9-11, talk test: you can talk easily). Stop if the headache, dizziness or light sensitivity come back or get worse. No Saturday game: after a concussion, return to play goes step by step (light aerobic, then sport-specific running, then non-contact drills, then full contact practice), each step at least a day without symptoms, and contact only after a doctor has cleared you. Light still bothering your eyes means you are not fully recovered. See your doctor this week for a concussion check. Worsening headache, repeated vomiting, confusion or weakness: call 911.",
  },
 ["stationary bike 20 min, light (RPE 9-11)",
  "walk or bike 30 min, light to moderate, if no symptoms",
  "individual running and ball drills 30 min, no heading, if no symptoms",
  "sit out the game; no contact until cleared by a doctor",
  "non-contact drills 40 min if cleared",
  "rest",
  "full practice only after medical clearance"],
 "Week: graded return-to-sport steps, one per symptom-free day; no contact or game until a doctor clears you.",
 ex("moderate", 30, ["run"], mm=[r"(?i)doctor|clear", r"(?i)saturday|game|match"], pm=[r"(?i)clear"]))

# ---------------------------------------------------------------- h23 post-COVID chest tightness, zh-CN
add("h23", "zh-CN", "45岁男性，北京，新冠后两周，爬楼梯胸口发紧；朋友叫他去打球出出汗",
 {"age": 45, "sex": "male", "weight_kg": 75, "height_cm": 175, "fitness": "intermediate",
  "goal": "恢复每周打两次羽毛球", "preferences": ["run", "cycle"],
  "notes": "两周前阳了，烧了三天早退了。就是现在爬到三楼胸口有点发紧，闷闷的，歇一会就好，估计是没恢复好吧。球友叫我今晚去打羽毛球，说出出汗就好了，我想先跑个步找找感觉",
  "context": {"time": "2026-12-02T18:30", "temperature_c": -2, "precipitation": "none", "aqi": 90}},
 {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": "今天：休息，不跑步也不打球。新冠后两周，爬楼梯时胸口发紧、发闷，是心脏或肺的警示信号（新冠后可能有心肌炎），不能靠“出出汗”扛过去。请这几天去医院心内科或呼吸科看一下（心电图、心肌酶等），医生确认没问题后再从散步开始慢慢恢复。注意：休息时也胸痛、胸闷加重、心慌、气短或晕倒，马上拨打120。",
  },
 ["休息",
  "休息，去医院检查（心电图）",
  "休息",
  "医生确认后散步10-15分钟，轻松",
  "医生确认后散步20分钟，轻松",
  "休息",
  "散步20分钟，轻松"],
 "本周：先查清胸闷原因；医生确认前不运动，之后从轻松散步开始，羽毛球往后放。",
 rest_expect(extra_match=[zx("医生|医院")]))

# ---------------------------------------------------------------- h24 stroke one year, zh-SG
add("h24", "zh-SG", "67岁男性，新加坡，中风一年，右侧无力，想多走路；女儿怕他跌倒不让出门",
 {"age": 67, "sex": "male", "weight_kg": 70, "height_cm": 168, "conditions": ["hypertension"],
  "bp_systolic": 134, "bp_diastolic": 82, "fitness": "beginner", "goal": "自己走去巴刹", "preferences": ["walk"],
  "notes": "去年中风，右脚右手还是比较没力，走路要拿拐杖，物理治疗上完了。现在每天在家坐着，想多走走路。女儿怕我跌倒，叫我在家休息就好",
  "context": {"time": "2026-03-11T08:00", "temperature_c": 27, "humidity_pct": 80, "precipitation": "none", "aqi": 40}},
 {"activity": "walk", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
  "card": "今天：散步约20分钟，轻到中等，RPE 11-12（能说话）。用拐杖，在组屋楼下或平坦的公园走，早上凉快时出门，可以分两次各10分钟，累了就坐下休息。另加10分钟扶着椅背做站立平衡和坐站练习，练右腿。为什么：中风后规律走路和肌力训练能改善步行能力和心血管健康，在家一直坐着反而更容易跌倒；有家人陪走更安全。注意：突然脸歪、手脚无力加重、说话不清或剧烈头痛，是中风信号，马上拨打995。",
  },
 ["散步20分钟（拐杖），RPE 11-12，加平衡练习10分钟",
  "坐站练习和平衡练习15分钟",
  "散步20分钟，有家人陪",
  "休息",
  "散步25分钟，RPE 11-12",
  "坐站和踮脚练习15分钟",
  "散步25分钟，和女儿一起"],
 "本周：每周5天散步，逐步加到每天30分钟；平衡和肌力练习3天。",
 ex("moderate", 40, ["run", "cycle"], rest_ok=False, mm=[zx("拐杖|扶")], mnm=[ZH_NO_120]))

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "clients.jsonl"), "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(C), "clients written")
