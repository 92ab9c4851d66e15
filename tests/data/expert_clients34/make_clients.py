#!/usr/bin/env python3
"""Write 24 invented clients to clients.jsonl for a blind review of motion-advisor.

Fields per line: id, lang_group, profile, must_rest, rest_ok (rest also acceptable),
must_mention, must_not_say ('|' = alternatives, case-insensitive substring),
bad_activities (JSON activity ids that would be a wrong choice), json_checks,
category, expectation.
"""
import json

C = []


def add(id, group, category, profile, must_rest, must_mention, must_not_say,
        expectation, bad_activities=(), rest_ok=False, json_checks=None):
    C.append(dict(id=id, lang_group=group, category=category, profile=profile,
                  must_rest=must_rest, rest_ok=rest_ok,
                  must_mention=list(must_mention), must_not_say=list(must_not_say),
                  bad_activities=list(bad_activities), json_checks=json_checks or {},
                  expectation=expectation))


# ---------------- Chinese clients h01-h12 ----------------
add("h01", "zh", "fine: negations",
    {"age": 38, "sex": "female", "weight_kg": 72, "height_cm": 162, "fitness": "beginner",
     "goal": "三个月减8斤", "preferences": ["快走", "骑自行车"],
     "notes": "体检报告都正常，没有胸痛，也没头晕，血压也不高哈。就是天天坐办公室屁股都坐扁了，想动起来",
     "context": {"time": "2026-12-02T19:00", "temperature_c": 12, "aqi": 45}},
    False, ["减|体重"], ["今天：休息", "胸痛", "头晕"],
    "Healthy sedentary woman listing symptoms she does NOT have. Expect a moderate brisk walk or "
    "ride ~25-30 min, RPE 12-13, link to weight goal; no chest-pain/dizziness warnings.",
    bad_activities=["rest"])

add("h02", "zh", "rest: exertional angina (Sichuan dialect)",
    {"age": 62, "sex": "male", "weight_kg": 78, "height_cm": 168, "fitness": "beginner",
     "conditions": ["hypertension"], "bp_systolic": 146, "bp_diastolic": 88,
     "preferences": ["散步"],
     "notes": "这几天爬个坡坡心口就闷得慌，像有坨石头压倒起，左手杆杆也酸酸的，歇一哈又好了。烟还没戒脱。想去河边走一哈",
     "context": {"time": "2026-12-02T09:00", "temperature_c": 9}},
    True, ["医生|就医|120"], ["今天：散步|今天：快走"],
    "Exertional chest pressure radiating to left arm, relieved by rest, smoker with HTN = possible angina. "
    "Must be rest + see a doctor promptly (120 if it comes at rest).")

add("h03", "zh", "fine: someone else's illness (Dongbei)",
    {"age": 55, "sex": "male", "weight_kg": 86, "height_cm": 174, "fitness": "beginner",
     "goal": "把啤酒肚减下去", "preferences": ["brisk_walk", "stationary_bike"],
     "notes": "我家老爷子当年就是心梗没的，才五十八。所以我寻思得早点练起来。我自个儿身体杠杠的，单位体检啥毛病没有，血压血糖都正常",
     "context": {"time": "2026-12-02T07:00", "temperature_c": -12, "wind_kmh": 10}},
    False, ["RPE"], ["今天：休息", "心脏病"],
    "Father's MI is family history, not his symptom. Expect moderate activity (indoor bike given -12 C or "
    "a walk dressed warmly), maybe a check-up suggestion before vigorous; not treated as heart disease.",
    bad_activities=["rest"])

add("h04", "zh", "fine: healed injury",
    {"age": 28, "sex": "male", "weight_kg": 70, "height_cm": 178, "fitness": "intermediate",
     "goal": "明年春天半马跑进1小时50分", "preferences": ["跑步"],
     "history": [{"activity": "run", "minutes": 50, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 40, "days_ago": 4, "rpe": 12},
                 {"activity": "run", "minutes": 65, "days_ago": 6, "rpe": 13},
                 {"activity": "run", "minutes": 45, "days_ago": 9, "rpe": 13},
                 {"activity": "run", "minutes": 60, "days_ago": 13, "rpe": 12}],
     "notes": "前年打球崴过一次脚，早就好利索了，现在一周跑三次，十公里没压力",
     "context": {"time": "2026-12-02T18:30", "temperature_c": 14, "aqi": 60}},
    False, ["跑"], ["今天：休息", "关节受伤"],
    "Sprain two years ago, fully healed, runs 3x/week. Expect a run (easy or quality) 40-60 min tied to "
    "half-marathon goal; no ankle-injury low-impact substitution.",
    bad_activities=["rest"])

add("h05", "zh", "rest: pregnancy warning (zh-TW)",
    {"age": 31, "sex": "female", "weight_kg": 66, "height_cm": 160, "fitness": "intermediate",
     "conditions": ["pregnancy"], "preferences": ["游泳"], "language": "zh-TW",
     "notes": "懷孕29週了。今天早上上廁所發現內褲有一點點血，肚子一陣一陣緊緊的，大概十分鐘一次。本來想說下午去游個泳放鬆一下",
     "context": {"time": "2026-12-02T10:00", "temperature_c": 22}},
    True, ["醫師|醫生|就醫|119"], ["今天：游泳", "120"],
    "Vaginal bleeding + regular tightenings at 29 weeks (possible preterm labour). Rest, contact obstetric "
    "care now; Traditional script; emergency 119.")

add("h06", "zh", "judgement: older adult, knee (Shanghainese)",
    {"age": 78, "sex": "female", "weight_kg": 55, "height_cm": 153, "fitness": "beginner",
     "conditions": ["hypertension"], "bp_systolic": 136, "bp_diastolic": 80,
     "preferences": ["太极"],
     "notes": "阿拉膝盖老早就勿灵光了，上落楼梯吃力得来。每日早浪向公园里打打太极拳，想多动动，腿脚有力气一眼",
     "context": {"time": "2026-12-02T08:00", "temperature_c": 8}},
    False, ["平衡|力量"], ["跑步", "今天：休息"],
    "78-year-old with knee OA (dialect, not in conditions) and controlled HTN. Expect tai chi or gentle "
    "strength/balance, 20-30 min light-moderate; mention balance/strength 3x/wk; low impact.",
    bad_activities=["run", "rest"])

add("h07", "zh", "rest: orthopnoea + ankle oedema (Cantonese, no language tag)",
    {"age": 70, "sex": "male", "weight_kg": 74, "height_cm": 165, "fitness": "beginner",
     "conditions": ["hypertension"], "preferences": ["散步"],
     "notes": "呢幾晚瞓到半夜要扎起身坐住先唞到氣，兩隻腳腳眼腫到鞋都著唔落。想落公園行下當散心",
     "context": {"time": "2026-12-02T16:00", "temperature_c": 19}},
    True, ["醫生|醫院|999"], ["今天：散步", "120"],
    "Paroxysmal nocturnal dyspnoea + ankle oedema = possible heart failure. Rest and see a doctor soon; "
    "Traditional card, 999.")

add("h08", "zh", "judgement: child with asthma, AQI 168",
    {"age": 10, "sex": "male", "weight_kg": 34, "height_cm": 140, "fitness": "intermediate",
     "conditions": ["asthma"], "preferences": ["跑步"],
     "notes": "儿子10岁，有哮喘平时用喷雾。今天外面灰蒙蒙的，学校体育课都取消了，他闹着要下楼跟同学跑步玩",
     "context": {"time": "2026-12-02T16:30", "temperature_c": 6, "aqi": 168}},
    False, ["室内"], ["今天：跑步"],
    "Child + asthma = sensitive group; AQI 168 unhealthy. Expect indoor play/activity (not outdoor running), "
    "inhaler at hand; child target 60 min/day of MVPA mentioned ideally.",
    bad_activities=["run", "cycle", "brisk_walk"])

add("h09", "zh", "fine: DOMS + figure of speech",
    {"age": 21, "sex": "male", "weight_kg": 64, "height_cm": 176, "fitness": "beginner",
     "preferences": ["力量训练", "跑步"],
     "history": [{"activity": "strength", "minutes": 60, "days_ago": 2, "rpe": 17}],
     "notes": "前天第一次去健身房练腿，深蹲练嗨了，今天腿酸得要死，下楼梯像我奶奶，笑死。别的都好",
     "context": {"time": "2026-12-02T20:00", "temperature_c": 15}},
    False, ["酸|恢复"], ["今天：休息"],
    "Normal DOMS 48 h after first leg day. Expect light active recovery (easy bike/walk/stretching) or "
    "upper-body strength, no heavy legs; no medical alarm.",
    bad_activities=["rest"])

add("h10", "zh", "judgement: insulin, pre-exercise glucose 4.7 mmol/l",
    {"age": 58, "sex": "male", "weight_kg": 80, "height_cm": 170, "fitness": "beginner",
     "conditions": ["diabetes"], "glucose_mg_dl": 85, "preferences": ["快走"],
     "notes": "打胰岛素五年了，午饭没怎么吃，刚测了一下血糖4.7。想出去快走半小时",
     "context": {"time": "2026-12-02T16:00", "temperature_c": 16}},
    False, ["碳水|15"], ["今天：休息"],
    "Insulin user with 85 mg/dl: take 15-30 g carbs first, then brisk walk ~30 min, carry sugar, "
    "recheck. Not rest.",
    bad_activities=["rest", "run"])

add("h11", "zh", "judgement: 16:8 fasting, weight goal with date",
    {"age": 35, "sex": "female", "weight_kg": 61, "height_cm": 163, "fitness": "intermediate",
     "goal": "春节前瘦5斤", "preferences": ["跑步", "瑜伽"],
     "notes": "最近在做16:8轻断食，每天中午12点才吃第一顿。想早上空腹跑步，听说这样燃脂效果最好",
     "context": {"time": "2026-12-02T07:00", "temperature_c": 11, "aqi": 55}},
    False, ["空腹|断食"], ["今天：休息"],
    "Healthy, fasted morning run is fine at easy-moderate intensity; expect ~30 min, hydrate, "
    "no hard intervals fasted; realistic on 2.5 kg by Chinese New Year.",
    bad_activities=["rest"])

add("h12", "zh", "judgement: beta-blocker, HTN (zh-TW)",
    {"age": 66, "sex": "male", "weight_kg": 75, "height_cm": 168, "fitness": "intermediate",
     "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 88, "resting_hr": 54,
     "preferences": ["騎自行車", "快走"], "language": "zh-TW",
     "notes": "心臟科醫師開了乙型阻斷劑（Concor），吃了以後心跳怎麼騎都上不去，手錶上的心率區間根本到不了",
     "context": {"time": "2026-12-02T09:30", "temperature_c": 20}},
    False, ["RPE|自覺"], ["今天：休息", "120"],
    "On bisoprolol: heart-rate zones unreliable; use RPE/talk test. Moderate ride/walk 30 min; "
    "Traditional script.", bad_activities=["rest"], json_checks={"hr_zone_bpm": None})

# ---------------- English clients h13-h24 ----------------
add("h13", "en", "fine: figures of speech",
    {"age": 29, "sex": "female", "weight_kg": 63, "height_cm": 168, "fitness": "intermediate",
     "goal": "de-stress", "preferences": ["yoga", "run"],
     "notes": "work is literally killing me lol. my manager gives me a heart attack every monday morning. need to sweat it out before i scream",
     "context": {"time": "2026-11-30T18:30", "temperature_c": 13}},
    False, ["stress"], ["Today: rest", "heart disease", "chest pain"],
    "Pure figures of speech. Expect a moderate run or yoga 30-40 min framed around stress relief.",
    bad_activities=["rest"])

add("h14", "en", "fine: normal exertional breathlessness",
    {"age": 40, "sex": "male", "weight_kg": 78, "height_cm": 182, "fitness": "advanced",
     "preferences": ["run", "cycle"], "resting_hr": 50,
     "history": [{"activity": "cycle", "minutes": 90, "days_ago": 1, "rpe": 11},
                 {"activity": "run", "minutes": 45, "days_ago": 3, "rpe": 16},
                 {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 12},
                 {"activity": "run", "minutes": 50, "days_ago": 8, "rpe": 12},
                 {"activity": "run", "minutes": 45, "days_ago": 10, "rpe": 16},
                 {"activity": "cycle", "minutes": 80, "days_ago": 12, "rpe": 11}],
     "notes": "Hill reps last week had me gasping and sweating buckets at the top of each one, which I guess is the point. HR drops back under 120 within a minute. Feeling good.",
     "context": {"time": "2026-12-02T06:30", "temperature_c": 7}},
    False, ["RPE"], ["Today: rest", "breathless", "doctor"],
    "Normal response to hill repeats, good HR recovery. Expect an easy/moderate run or a workout for an "
    "advanced athlete; no breathlessness warning.", bad_activities=["rest"])

add("h15", "en", "fine: someone else's fever, sleep-deprived",
    {"age": 37, "sex": "female", "weight_kg": 66, "height_cm": 165, "fitness": "intermediate",
     "preferences": ["swim", "brisk_walk"],
     "notes": "My little one has had a temperature of 39 since Sunday and I've barely slept looking after him. I'm not sick myself, just wrecked. Want a short swim to clear my head.",
     "context": {"time": "2026-12-02T12:30", "temperature_c": 10}},
    False, ["sleep|tired|easy"], ["Today: rest", "fever"],
    "Child's fever, not hers. Expect a short easy swim 20-30 min, lower intensity because of sleep loss.",
    bad_activities=["rest"])

add("h16", "en", "rest: fever + body aches described indirectly",
    {"age": 31, "sex": "male", "weight_kg": 74, "height_cm": 180, "fitness": "intermediate",
     "preferences": ["run"],
     "notes": "Shivering under two duvets last night, thermometer said 101.3 this morning and everything aches like I got hit by a bus. Day 212 of my running streak though so I'll do at least a mile.",
     "context": {"time": "2026-12-02T07:00", "temperature_c": 5}},
    True, ["fever|temperature"], ["Today: run"],
    "101.3 F = 38.5 C fever + myalgia: below-the-neck, rest; streak is not worth it.")

add("h17", "en", "judgement: US units, heat, weight loss by date, back",
    {"age": 46, "sex": "male", "weight_lb": 262, "height_in": 70, "fitness": "beginner",
     "goal": "lose 30 lb before my daughter's wedding next June", "preferences": ["cycle", "walk"],
     "notes": "Back's been cranky since I moved the couch, nothing serious. Doc says I gotta drop weight. It's a scorcher out, 95 and sticky, AC is cranking.",
     "context": {"time": "2026-08-20T15:00", "temperature_f": 95, "humidity_pct": 65}},
    False, ["heat|hot", "indoor|air-condition|air condition", "°F|lb"], ["Today: rest", "kg"],
    "Heat index ~ 115 F (danger) -> no outdoor; obese beginner with back pain -> indoor low-impact "
    "(stationary bike/elliptical/walk indoors) 20-30 min moderate; imperial units; realistic weight pace.",
    bad_activities=["run", "cycle", "rest"])

add("h18", "en", "judgement: pregnant runner, uncomplicated",
    {"age": 33, "sex": "female", "weight_kg": 68, "height_cm": 170, "fitness": "advanced",
     "conditions": ["pregnancy"], "preferences": ["run", "swim"],
     "notes": "24 weeks with our first. Been running 30 miles a week for years and my midwife is happy for me to carry on by feel. Baby kicks like a ninja, no bleeding or cramps or anything, bump measuring right on track.",
     "context": {"time": "2026-12-02T08:00", "temperature_c": 12}},
    False, ["pregnan"], ["Today: rest"],
    "Uncomplicated 24-week pregnancy, long-time runner, midwife approval: continued running by feel "
    "(talk test) or swim; warning signs to stop; no supine after 1st trimester. Negated bleeding must "
    "not trigger rest.", bad_activities=["rest"])

add("h19", "en", "judgement: load spike before marathon, shin tenderness",
    {"age": 27, "sex": "male", "weight_kg": 72, "height_cm": 177, "fitness": "intermediate",
     "goal": "first marathon on Dec 20", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 80, "days_ago": 1, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 2, "rpe": 15},
                 {"activity": "run", "minutes": 70, "days_ago": 3, "rpe": 14},
                 {"activity": "run", "minutes": 100, "days_ago": 4, "rpe": 15},
                 {"activity": "run", "minutes": 60, "days_ago": 5, "rpe": 16},
                 {"activity": "run", "minutes": 75, "days_ago": 6, "rpe": 14},
                 {"activity": "run", "minutes": 40, "days_ago": 9, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 11, "rpe": 12},
                 {"activity": "run", "minutes": 45, "days_ago": 14, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 16, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 18, "rpe": 12},
                 {"activity": "run", "minutes": 50, "days_ago": 21, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 24, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 26, "rpe": 12}],
     "notes": "Panicked about the marathon in 18 days so I doubled my mileage this week. Legs feel like concrete and my left shin is a bit tender when I press on it. Planning a 20 miler today.",
     "context": {"time": "2026-12-02T07:30", "temperature_c": 9}},
    False, ["load|ramp|spike|too much|increase|ratio", "shin|pain|tender"], ["20 mile", "Intensity: vigorous"],
    "ACWR well above 1.5 plus focal shin tenderness (possible bone stress). Expect no long run: rest or "
    "easy non-impact cross-training, get the shin checked if tender to press; taper advice.",
    bad_activities=["run"], rest_ok=True)

add("h20", "en", "judgement: 94-year-old, fall history, icy",
    {"age": 94, "sex": "male", "weight_kg": 62, "height_cm": 170, "fitness": "beginner",
     "conditions": ["hypertension"], "bp_systolic": 142, "bp_diastolic": 76,
     "preferences": ["walk", "tai_chi"],
     "notes": "Still potter in the garden every day and walk to the paper shop with my stick. Took a tumble last winter on the ice, nothing broken. Daughter wants me doing something for my balance.",
     "context": {"time": "2026-12-02T10:00", "temperature_c": -1, "precipitation": "ice"}},
    False, ["balance", "ice|indoor|slip"], ["Today: rest", "jog"],
    "Very old, fall history, ice outside: indoor tai chi / chair-supported balance and strength, "
    "15-20 min light; no outdoor walk on ice.", bad_activities=["run", "cycle", "brisk_walk", "rest"])

add("h21", "en", "rest: near-syncope described indirectly",
    {"age": 71, "sex": "female", "weight_kg": 70, "height_cm": 160, "fitness": "beginner",
     "conditions": ["hypertension"], "preferences": ["swim"],
     "notes": "Went all grey and swimmy standing at the sink yesterday, had to hang on to the counter or I'd have gone down. Right as rain now. Thought I'd go to my aqua class this afternoon.",
     "context": {"time": "2026-12-02T11:00", "temperature_c": 11}},
    True, ["doctor|GP|999|911"], ["Today: swim"],
    "Near-fainting in an older woman on (likely) BP medication: no exercise, especially not in water, "
    "until assessed by a doctor.")

add("h22", "en", "judgement: return after surgery, cleared",
    {"age": 52, "sex": "female", "weight_kg": 77, "height_cm": 166, "fitness": "intermediate",
     "preferences": ["swim", "brisk_walk"],
     "notes": "Had my gallbladder out (keyhole) five weeks ago. Surgeon signed me off at my check-up and the scars are healed. Lost a lot of fitness, I used to swim 2k three times a week.",
     "context": {"time": "2026-12-02T17:00", "temperature_c": 12}},
    False, ["gradual|build|ease|start"], ["Today: rest"],
    "Cleared, healed: easy-moderate swim 20-30 min, build back over weeks (below old volume).",
    bad_activities=["rest", "run"])

add("h23", "en", "judgement: asthma, severe wind chill (Scots)",
    {"age": 61, "sex": "male", "weight_kg": 88, "height_cm": 176, "fitness": "beginner",
     "conditions": ["asthma"], "preferences": ["brisk_walk", "cycle"],
     "notes": "Baltic oot there the day, wind wid cut ye in hauf. Ma chest gets tight in the cauld so ah keep the blue inhaler in ma pocket. Want tae get ma steps in but.",
     "context": {"time": "2026-12-02T09:00", "temperature_c": -14, "wind_kmh": 35}},
    False, ["cold", "inhaler|asthma"], ["Today: rest"],
    "Wind chill ~ -26 C and cold-triggered asthma: indoor brisk walk/bike/elliptical, inhaler before; "
    "habitual cold tightness is asthma, not angina -> not rest.",
    bad_activities=["cycle", "run", "rest"])

add("h24", "en", "judgement: thunderstorm (Singlish)",
    {"age": 44, "sex": "female", "weight_kg": 58, "height_cm": 160, "fitness": "intermediate",
     "preferences": ["cycle", "run"], "goal": "60km ride with kakis on Sat",
     "notes": "Wah the sky damn dark already, thunder since 4pm. Wanted to cycle East Coast Park after work lah, weekend got 60km ride with my kakis.",
     "context": {"time": "2026-12-02T17:30", "temperature_c": 29, "humidity_pct": 85,
                 "precipitation": "rain", "thunder": True}},
    False, ["thunder|lightning|storm", "indoor"], ["Today: rest"],
    "Thunder: indoor session (stationary bike 40-50 min moderate fits the ride goal); 30-30 rule.",
    bad_activities=["cycle", "run", "rest"])

assert len(C) == 24 and len({c["id"] for c in C}) == 24
with open("clients.jsonl", "w", encoding="utf-8") as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "clients;", sum(c["must_rest"] for c in C), "must rest")
