"""h01-h06: literal client data."""
from common import must_rest, active, NOT_911, NOT_999_112_000, ZH_NOT_120, ZH_NOT_120_119

CLIENTS = []

# h01 en-US (imperial): PAD with calf claudication, cold windy morning, wants to rest till spring -> rest is wrong
CLIENTS.append({
    "id": "h01", "lang": "en-US",
    "who": "68-year-old man in Chicago with peripheral artery disease (calf claudication) after a supervised walking programme; cold, windy morning; rest is wrong",
    "call": {
        "activity": "walk", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "TODAY: Interval walk at the mall, about 35 minutes in all including stops, moderate effort "
            "(RPE 12-14, you can still talk).\n"
            "How: warm up with 5 minutes of easy strolling, then walk at a pace that brings the calf pain on "
            "within 3-5 minutes. Keep going until the pain is moderate to moderately strong, "
            "then stop and stand until it fades, and go again. Aim for about 30 minutes of actual walking.\n"
            "Why: walking into the claudication pain and resting is the treatment your vascular clinic started. "
            "It builds new blood flow to the calves and is how people get from 4 blocks to 10 or more. Resting the "
            "legs till spring would undo the 12 weeks of gains. Calf pain that settles within a few minutes of "
            "stopping does not harm the muscle.\n"
            "Cold: 24 F with a 14 mph wind narrows the arteries and brings the pain on sooner, so walk indoors at "
            "the mall today (it opens at 8 for walkers).\n"
            "Warnings: pain in the foot or toes at rest (especially at night, easing when you hang the leg over the "
            "bed), a sore on the foot that isn't healing, or a foot that turns cold, pale or numb: call your "
            "vascular clinic the same day. Check your feet every evening. Chest pain, pressure or breathlessness "
            "while walking is a different thing: stop and call 911.\n"
            "Your BP 136/82 is fine for exercise. Keep taking Pletal and Plavix as prescribed.\n"
            "This is not medical advice."),
        "plan": [
            "Tue  Mall interval walk, moderate, 35 min (walk into moderate calf pain, rest, repeat), RPE 12-14",
            "Wed  Strength and balance, light to moderate, 20 min: sit-to-stand, heel raises, step-ups at the counter, 2 sets x 10-15",
            "Thu  Mall interval walk, moderate, 35 min, RPE 12-14",
            "Fri  Rest, or an easy 15-min stroll",
            "Sat  Interval walk, moderate, 40 min (mall, or outside if above freezing and dry), RPE 12-14",
            "Sun  Strength and balance, light to moderate, 20 min, 2 sets x 10-15",
            "Mon  Mall interval walk, moderate, 40 min, RPE 12-14"],
        "week": "Week: 4 interval walks (150 min, calf pain to moderate then rest), 2 strength and balance days, 1 rest day; walk indoors while it is below freezing.",
    },
    "profile": {
        "user": "h01", "age": 68, "sex": "male", "weight_lb": 192, "height_in": 70, "resting_hr": 72,
        "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 82, "fitness": "beginner",
        "goal": "walk further without the leg pain", "preferences": ["walk"],
        "history": [
            {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 12},
            {"activity": "walk", "minutes": 28, "days_ago": 4, "rpe": 12},
            {"activity": "walk", "minutes": 30, "days_ago": 6, "rpe": 13},
            {"activity": "walk", "minutes": 25, "days_ago": 9, "rpe": 12},
            {"activity": "walk", "minutes": 25, "days_ago": 11, "rpe": 12}],
        "context": {"time": "2026-01-13T10:00", "temperature_f": 24, "wind_mph": 14, "precipitation": "none"},
        "notes": ("Finished the 12 wk walking program at the vascular clinic in Dec. Calves still cramp up after "
                  "about 4 blocks, lot worse in this cold. Honestly thinking I should just rest the legs til spring, "
                  "the pain cant be good for them right? On Plavix, Pletal and my BP pills. Mall by us opens at 8 for walkers."),
        "language": "en-US", "units": "imperial",
    },
    "expect": active(
        "moderate", 60, ["run"], False,
        must_match=[
            r"(?i)(claudication|calf|calves|leg)[^.]{0,120}(pain|cramp|ache)|(pain|cramp|ache)[^.]{0,80}(calf|calves|legs?\b)",
            r"(?i)(stop|rest|pause|stand)[^.]{0,60}(until|till|then|again|resume|repeat|eases|fades|settles|goes)|interval|on.and.off|repeat",
            r"(?i)(at rest|rest pain|\bfoot\b|\bfeet\b|\btoes?\b|wound|\bsores?\b|ulcer|pale|numb)"],
        plan_must_match=[r"(?is)walk.*walk.*walk"],
        must_not_match=[r"(?i)rest (your|the) legs (until|till|for (the|a) (week|month))"],
        rest_ok=False),
})

# h02 zh-CN: stable COPD, pulmonary rehab just finished, AQI 135, wants to rest the week -> indoor, rest is wrong
CLIENTS.append({
    "id": "h02", "lang": "zh-CN",
    "who": "72岁男性，慢阻肺稳定期，刚结束12周肺康复；北京雾霾天AQI 135，想歇一周——应在室内按康复的量练，休息不对",
    "call": {
        "activity": "stationary_bike", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
        "card": (
            "== 今日运动建议 ==\n"
            "今天：在家踩动感单车，约30分钟（可分3段，每段10分钟，中间歇2-3分钟），中等强度：喘的程度在Borg呼吸困难量表3-4分"
            "（有点喘到比较喘，还能说短句），RPE 12-13。\n"
            "怎么做：按医嘱用思力华；万托林放在手边，需要时可在运动前10-15分钟吸2喷（按医生给你的用法）。"
            "用缩唇呼吸：鼻子吸气2秒，嘴唇像吹口哨一样慢慢呼气4秒。踩完做10分钟力量：坐站起立、弹力带划船，各2组×10-15次。\n"
            "为什么：运动时喘是正常的，不代表在伤肺；肺康复练出来的耐力，停练几周就会掉回去。雾霾天不用歇着，改在室内练就行。\n"
            "空气：今天AQI 135，对慢阻肺属于“对敏感人群不健康”，不要在户外锻炼，关好门窗，必须出门时戴好口罩。\n"
            "注意：如果喘得比平时明显厉害、痰变多或变黄绿色、发烧、嘴唇发紫，或者休息后还是喘不过气，停练并尽快就医；"
            "胸痛或严重呼吸困难请立即拨打120。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周四 动感单车，中等强度，30分钟，呼吸困难3-4分；力量10分钟",
            "周五 动感单车，中等强度，30分钟，缩唇呼吸；力量10分钟（坐站、弹力带）",
            "周六 太极或室内散步，低到中等强度，30分钟",
            "周日 动感单车，中等强度，30分钟；力量10分钟",
            "周一 休息，或轻松散步15分钟（空气好时可在户外）",
            "周二 动感单车，或AQI低于100时户外步行，中等强度，30分钟",
            "周三 动感单车，中等强度，30分钟；力量10分钟"],
        "week": "本周：有氧约190分钟（每天约30分钟，延续肺康复的量），力量4次；AQI超过100时一律在室内练。",
    },
    "profile": {
        "user": "h02", "age": 72, "sex": "male", "weight_kg": 63, "height_cm": 168, "resting_hr": 84,
        "fitness": "beginner", "goal": "走路少喘一点", "preferences": ["walk", "tai_chi", "stationary_bike"],
        "history": [
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 3, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 5, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 7, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 25, "days_ago": 10, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 25, "days_ago": 12, "rpe": 13}],
        "context": {"time": "2026-01-08T09:00", "temperature_c": -4, "wind_kmh": 8, "precipitation": "none", "aqi": 135},
        "notes": ("慢阻肺七八年了，用思力华，出门带万托林。医院12周的肺康复上周刚结束，康复师说回家每天也要练，踩单车加练力量。"
                  "今天又是雾霾，喘气本来就费劲，走快一点就喘，我想这周干脆歇着别动了，等天好了再说？家里有台康复时买的动感单车。"),
        "language": "zh-CN",
    },
    "expect": active(
        "moderate", 45, ["run", "cycle"], False,
        must_match=[
            r"[缩縮][唇嘴]|Borg|呼吸困[难難]|[喘].{0,12}(正常|[没沒]事|不[会會]|量表|[分])|[万萬]托林|吸入[剂劑器]|[喷噴][剂劑雾霧]|思力[华華]",
            r"室[内內]|在家|家[里裡]|[户戶]外|[雾霧]霾|AQI|空[气氣]"],
        plan_must_match=[r"力量|[弹彈]力|坐站|[哑啞][铃鈴]"],
        rest_ok=False),
})

# h03 en-GB: heart failure, buried fluid overload (2.5 kg in 3 days, ankles, extra pillow) -> must rest, call HF nurse
CLIENTS.append({
    "id": "h03", "lang": "en-GB",
    "who": "74-year-old woman with heart failure on bisoprolol, Entresto and furosemide; buried red flag: 2.5 kg fluid gain, puffy ankles, extra pillow; must rest",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "TODAY: Rest. Please skip the walking group today, even the short loop.\n"
            "Why: you are 2.5 kg up on your usual weight since the weekend, your ankles are puffy and you needed an "
            "extra pillow to breathe comfortably last night. Together those are the warning signs of fluid building "
            "up with heart failure; most heart failure plans say to ring if your weight goes up 2 kg or more in 3 days. "
            "Exercising on top of fluid overload strains the heart.\n"
            "What to do: ring your heart failure nurse or GP this morning and tell them the weights (71 to 73.5 kg), "
            "the ankles and the pillow. Don't change your furosemide dose yourself unless your plan says so. Keep "
            "weighing each morning after the toilet and before breakfast, and go easy on salt.\n"
            "Call 999 if you become breathless at rest or lying flat, wake up gasping, have chest pain or pressure, "
            "cough up pink frothy spit, or feel faint.\n"
            "Once the team says the fluid is sorted and your weight is back near 71 kg, restart with 15-20 minute walks "
            "at a talk-test pace (RPE 11-13) and build back to the group's 30 minutes.\n"
            "This is not medical advice."),
        "plan": [
            "Tue  Rest; ring the heart failure nurse or GP today about the weight gain",
            "Wed  Rest unless the nurse has cleared you; weigh first thing",
            "Thu  If cleared and your weight is falling: easy 10-15 min walk on the flat, talk-test pace (RPE 11)",
            "Fri  If cleared: easy walk 15 min, RPE 11-12; otherwise rest",
            "Sat  If cleared: easy walk 15-20 min, plus light chair exercises 10 min",
            "Sun  Rest",
            "Mon  If cleared: walk 20 min, RPE 11-13; rejoin the group once back to your usual weight"],
        "week": "Week: rest until the heart failure team has reviewed the fluid; then short talk-test walks only, building back to 30 min.",
    },
    "profile": {
        "user": "h03", "age": 74, "sex": "female", "weight_kg": 73.5, "height_cm": 160, "resting_hr": 64,
        "conditions": ["heart_disease", "hypertension"], "bp_systolic": 118, "bp_diastolic": 70,
        "fitness": "beginner", "goal": "keep up with the walking group", "preferences": ["walk"],
        "history": [
            {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 4, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 7, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 9, "rpe": 11}],
        "context": {"time": "2026-03-03T09:30", "temperature_c": 7, "precipitation": "none"},
        "notes": ("Heart failure since my MI 2 yrs ago, on bisoprolol, Entresto and furosemide, did the cardiac rehab at the Royal. "
                  "Walking group is at 11 today, usual 30 mins round the park. Scales said 73.5 this morning, I'm normally 71, "
                  "the ankles are a bit puffy but I did have fish and chips Sat and I slept propped on an extra pillow as I was "
                  "a bit chesty. Should I do the short loop instead?"),
        "language": "en-GB",
    },
    "expect": must_rest(
        must_match=[
            r"(?i)(nurse|\bGP\b|doctor|cardiolog|heart failure team|HF team|clinic|surgery|\b111\b)",
            r"(?i)(weight|\bkg\b|fluid|swell|swollen|puff|oedema|edema|ankle|pillow)"],
        plan_must_match=[r"(?i)(nurse|\bGP\b|doctor|team|cleared)"],
        must_not_match=[NOT_911]),
})

# h04 zh-TW: Parkinson's, shuffling more, asks whether to rest this week -> keep moving (rest is wrong)
CLIENTS.append({
    "id": "h04", "lang": "zh-TW",
    "who": "66歲男性，巴金森病兩年，吃心寧美，步伐變小想休息一週；有飛輪、週六太極班——休息不對",
    "call": {
        "activity": "stationary_bike", "minutes": 35, "intensity": "moderate", "hr_zone_bpm": [104, 120],
        "card": (
            "== 今日運動建議 ==\n"
            "今天：在家騎飛輪（室內腳踏車）35分鐘，中等強度，RPE 12-13（能說整句話、唱不了歌），心率約104-120次/分；"
            "中間加4次1分鐘的快踩（每分鐘80轉以上，RPE 14-15）。\n"
            "時間：早上吃完心寧美約1小時、藥效最好的時候開始。\n"
            "為什麼：腳拖、步伐變小是巴金森常見的變化，不代表要少動。規律的中高強度有氧（騎車、快走）和大動作練習，"
            "能幫助維持走路和平衡；休息一週反而會讓身體更僵硬。\n"
            "再加10分鐘大步走練習：在走廊跨大步、手臂擺大，數拍子「一、二」走，轉身時分幾小步慢慢轉。\n"
            "注意：從床上或椅子起身，先坐一下再站，避免姿勢性低血壓頭暈；地上不要放雜物，防止跌倒。"
            "如果出現胸痛、暈倒、突然一側手腳無力或講話不清，立刻撥打119。\n"
            "（本建議不是醫療建議。）"),
        "plan": [
            "週三 飛輪，中等強度，35分鐘，含4次快踩；大步走練習10分鐘",
            "週四 肌力與平衡，中等強度，25分鐘：坐站、踮腳、側走、扶椅背單腳站",
            "週五 飛輪或快走，中等強度，35分鐘，藥效好時做",
            "週六 公園太極班，低到中等強度，60分鐘",
            "週日 休息，或散步20分鐘",
            "週一 飛輪，中等強度，40分鐘，含5次快踩",
            "週二 肌力與平衡，中等強度，25分鐘"],
        "week": "本週：有氧約110分鐘加太極60分鐘，肌力與平衡2天；每次都在吃藥後藥效好的時段進行。",
    },
    "profile": {
        "user": "h04", "age": 66, "sex": "male", "weight_kg": 68, "height_cm": 170, "resting_hr": 70,
        "bp_systolic": 124, "bp_diastolic": 76, "fitness": "intermediate", "goal": "維持走路跟平衡",
        "preferences": ["cycle", "tai_chi", "stationary_bike"],
        "history": [
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 1, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 3, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 5, "rpe": 13},
            {"activity": "stationary_bike", "minutes": 30, "days_ago": 8, "rpe": 13},
            {"activity": "tai_chi", "minutes": 60, "days_ago": 4, "rpe": 10},
            {"activity": "tai_chi", "minutes": 60, "days_ago": 11, "rpe": 10}],
        "context": {"time": "2026-04-15T08:30", "temperature_c": 22, "precipitation": "none"},
        "notes": ("巴金森確診兩年，吃心寧美一天三次，早上吃完大概一小時最順。最近覺得腳比較拖，太太說我走路變小步，"
                  "會不會是退化了，這禮拜是不是少動一點休息比較好？週六早上有公園的太極班。家裡有飛輪。"),
        "language": "zh-TW",
    },
    "expect": active(
        "vigorous", 60, [], False,
        must_match=[r"[药藥]|[跌][倒]|平衡|[冻凍][结結]|大步|[步][伐幅]|[节節]拍|數拍|数拍|起身|低血[压壓]|僵"],
        plan_must_match=[r"太[极極]|平衡"],
        must_not_match=[ZH_NOT_120],
        rest_ok=False),
})

# h05 en-AU: fibromyalgia flare, wants to stay in bed all week -> gentle hydro, rest is wrong
CLIENTS.append({
    "id": "h05", "lang": "en-AU",
    "who": "45-year-old woman in Brisbane with fibromyalgia in a flare, on Lyrica and Cymbalta, physio suggested hydrotherapy; rest is wrong",
    "call": {
        "activity": "swim", "minutes": 20, "intensity": "light", "hr_zone_bpm": None,
        "card": (
            "TODAY: A gentle session in the warm hydro pool, about 20 minutes, light effort: RPE 9-11, easy enough to "
            "chat the whole time.\n"
            "What to do: walk forwards, backwards and sideways in chest-deep water, then slow arm circles, leg swings and "
            "knee lifts holding the rail. No laps needed. Finish with 5 minutes of gentle stretching.\n"
            "Your question: no, regular exercise does not make fibromyalgia worse. It is the treatment with the best "
            "evidence for fibro pain, sleep and fatigue. During a flare, do less, not nothing: a short, gentle session "
            "today rather than a week in bed, which tends to stiffen you up and make the next flare harder. Some extra "
            "soreness for a day is expected and is not harm; if you're much worse the next day, halve the next session "
            "rather than stopping.\n"
            "The warm water (33 C) relaxes sore muscles, which is why your physio suggested it.\n"
            "Warnings: Lyrica can make you drowsy or dizzy, so take the steps into the pool slowly and use the rail. "
            "Stop and get help if you have chest pain or feel faint; call 000 in an emergency.\n"
            "This is not medical advice."),
        "plan": [
            "Mon  Hydro pool, light, 20 min, RPE 9-11",
            "Tue  Gentle walk, light, 10 min, plus 5 min stretching",
            "Wed  Hydro pool, light, 20 min",
            "Thu  Rest day: gentle stretching 10 min",
            "Fri  Hydro pool, light to moderate, 25 min, RPE 10-12",
            "Sat  Walk, light, 15 min",
            "Sun  Rest"],
        "week": "Week: 5 short, gentle sessions (about 100 min) while the flare settles; then add 2-5 minutes a session and light strength twice a week.",
    },
    "profile": {
        "user": "h05", "age": 45, "sex": "female", "weight_kg": 82, "height_cm": 165, "resting_hr": 78,
        "fitness": "beginner", "goal": "less pain, more energy", "preferences": ["swim", "walk"],
        "context": {"time": "2026-05-11T11:00", "temperature_c": 23, "precipitation": "none"},
        "notes": ("Fibro flaring since the weekend, everything aches and I'm wrecked even though I slept 9 hrs. On Lyrica and "
                  "Cymbalta. Physio said to try hydro at the aquatic centre (pool is 33 deg) but honestly I just want to stay "
                  "in bed all week. Does exercise make fibro worse?"),
        "language": "en-AU",
    },
    "expect": active(
        "moderate", 45, ["run"], False,
        must_match=[
            r"(?i)fibro|flare",
            r"(?i)(gentle|light|easy|short|little|low)[^.]{0,60}(flare|fibro|pain|sore)|(flare|fibro|pain|sore)[^.]{0,80}(gentle|light|easy|short|less|low|harm|normal|expected|settle)|hurt[^.]{0,20}harm|pac(e|ing)"],
        plan_must_match=[r"(?i)(pool|hydro|walk|stretch)"],
        must_not_match=[NOT_911],
        rest_ok=False),
})

# h06 zh-CN: stroke last year; buried TIA this morning (hand, speech, face, resolved) -> must rest, call 120
CLIENTS.append({
    "id": "h06", "lang": "zh-CN",
    "who": "63岁男性，去年脑梗，吃波立维；藏着的危险信号：今早一过性手无力、说话不清、嘴歪（TIA），必须休息并急诊",
    "call": {
        "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
        "card": (
            "== 今日运动建议 ==\n"
            "今天：不要去公园走路，先不运动。请马上拨打120，或立即去有卒中中心的医院急诊。\n"
            "原因：你今早左手突然拿不住杯子、说话不利索、老伴看到你嘴有点歪，虽然十来分钟就好了，这很可能是短暂性脑缺血发作"
            "（TIA，俗称“小中风”）。它是再次脑梗的强烈警报，接下来的几小时到几天最危险，必须今天就由医生评估，不能等。\n"
            "路上不要自己开车；带上正在吃的药（波立维、阿托伐他汀、降压药），记住症状开始的时间（今早刷牙时）。"
            "如果症状再出现，也要立即拨打120。\n"
            "你今天的血压152/90 mmHg偏高，也请告诉医生。\n"
            "医生评估和处理之后，再按康复科的计划恢复每天走路和练腿。\n"
            "（本建议不是医疗建议。）"),
        "plan": [
            "周日 休息：今天立即去急诊",
            "周一 休息，按医生的安排",
            "周二 休息，等医生评估后再决定",
            "周三 医生同意后：室内或小区平地散步10-15分钟，低强度，能轻松说话",
            "周四 医生同意后：散步15分钟，低强度；坐站练腿1组×10次",
            "周五 休息",
            "周六 医生同意后：散步15-20分钟，低强度"],
        "week": "本周：先急诊评估TIA；医生同意前不运动，之后只做短时间、低强度的散步和练腿。",
    },
    "profile": {
        "user": "h06", "age": 63, "sex": "male", "weight_kg": 76, "height_cm": 172, "resting_hr": 70,
        "conditions": ["hypertension", "diabetes"], "bp_systolic": 152, "bp_diastolic": 90, "glucose_mg_dl": 142,
        "fitness": "beginner", "goal": "把右腿练得有劲一点", "preferences": ["walk", "tai_chi"],
        "history": [
            {"activity": "walk", "minutes": 30, "days_ago": 1, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 2, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 3, "rpe": 11},
            {"activity": "walk", "minutes": 30, "days_ago": 5, "rpe": 11}],
        "context": {"time": "2026-03-22T08:00", "temperature_c": 12, "precipitation": "none"},
        "notes": ("去年五月脑梗，右边手脚没劲，康复科让每天走路加练腿。吃着波立维、阿托伐他汀和降压药。"
                  "今早刷牙的时候左手突然拿不住杯子，说话也有点不利索，老伴说我嘴有点歪，十来分钟就好了，现在没事了。"
                  "今天还是按计划去公园走半小时吗？"),
        "language": "zh-CN",
    },
    "expect": must_rest(
        must_match=[
            r"(拨|撥|打|呼叫|致[电電])\D{0,4}120|急[诊診]|急救|[马馬]上.{0,8}[医醫]院|立即.{0,8}[医醫]|卒中中心",
            r"卒中|中[风風]|TIA|[脑腦].{0,4}(缺血|梗|血管)",
            r"TIA|短[暂暫]性|小中[风風]|[预預][警兆]|先兆|警[报報]|信[号號]|症[状狀]|拿不住|[无無]力|嘴.{0,2}歪|[说說][话話](不[利清]|含糊)|[说說]不清|口[齿齒]不清"],
        plan_must_match=[r"[医醫]|急[诊診]"],
        must_not_match=[r"[观觀]察一下|[观觀]察[几幾]天|等等再看"]),
})
