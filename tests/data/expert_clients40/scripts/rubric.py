#!/usr/bin/env python3
"""Hand scores (0-2) of every card, as a clinical exercise physiologist would sign it.

Dimensions: safety, activity (appropriateness), dose, personalisation,
explanation, language.  The six scores rate today's card; a week plan that is
unsafe in itself costs one point on the dimension it breaks (plan_penalty).
Every quote must be an exact substring of the card or the plan (checked here).
Writes rubric.jsonl.
"""
import json

ROOT = "/tmp/panel40"
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = {}

R["h01"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["这是高血压急症的警示信号，请现在就去就医（拨打120，或请家人送你去急诊，不要自己开车）",
            "如果漏服了降压药，要告诉医生"],
    comment="Right call: 186/112 with head symptoms and missed medication -> no exercise, go now, do not drive, tell the doctor about the missed pills. It refused the client's idea of sweating the pressure down. Only quibble: the first line reads '今天建议休息' when the message is 'go to hospital now'; an emergency card should lead with the action.",
    plan="7 rest days 'until the doctor clears you' is right; add 'take your medicine as prescribed and re-measure twice daily'.")

R["h02"] = dict(s=[2, 2, 2, 1, 2, 2], plan_penalty=None,
    quotes=["备注“胸口闷”：按胸痛处理", "否则先就医再恢复运动（ACSM）"],
    comment="Mildly described exertional chest pressure with left-shoulder ache was caught from the notes alone (no symptom ticked): no run, see a doctor, 120 if it is severe or with sweating/breathlessness. Personalisation is generic: it does not say back to him that pressure on stairs relieved by rest, with high lipids, is the textbook angina pattern, nor give a time frame ('see cardiology within a day or two').",
    plan="All rest until cleared: correct. Would add 'book a cardiology appointment this week'.")

R["h03"] = dict(s=[2, 2, 2, 1, 2, 2], plan_penalty=None,
    quotes=["今天：中等强度跑步，约30分钟，心率112-135次/分。", "最近28天你练了2次，平均每次28分钟：按你的习惯安排"],
    comment="Negation and the father's illness were handled correctly: no chest-pain warning, no rest. 30 min easy run with a correct Karvonen zone (HRrest 64, Tanaka max 184: 112-135). It never engages with her stated goal (prevention after a first-degree relative's coronary event): one line about getting lipids/BP checked and building to 150 min/week would make it hers.",
    plan="Reasonable (run/strength/swim, one rest day); total 90 min is below her likely capacity for an intermediate; I would plan ~150 min with one longer easy run.")

R["h04"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["太極同時練平衡和力量", "避免負重彎腰和扭轉（仰臥起坐、彎腰摸腳尖、彎腰搬重物），起身和轉身慢一點防摔（Too Fit To Fracture，2014）"],
    comment="Very good for a 67-year-old with osteoporosis and knee OA: tai chi as asked, low impact, balance + strength 3 days/week, spine-sparing precautions, in correct Traditional characters. It labels OA morning stiffness '按膝蓋損傷處理', which is a mislabel but leads to the same low-impact advice. 20 min is short but fine to start. RPE 12-13 for tai chi is hard to reach; the talk test covers it.",
    plan="Good multicomponent week (tai chi x3, strength x2, walks). I would name 3-4 strength moves on the strength days and add 'walk in daylight' (her doctor's sunlight advice).")

R["h05"] = dict(s=[2, 2, 2, 1, 2, 2], plan_penalty=None,
    quotes=["出血、流液，或37周前宫缩变得规律，现在就去医院", "备注“有点见红”：按孕期危险信号处理"],
    comment="Voice-input text without punctuation parsed; bleeding at 30 weeks caught; the card says go to hospital now. Safe. But it only names '见红'; the regular 10-minute contractions (preterm labour at 30 weeks) are covered only by the generic sentence, and the headline again says '今天建议休息' rather than '现在去医院'. A coach would say: 'You have bleeding and regular contractions at 30 weeks: go to the maternity unit now, not swimming.'",
    plan="Rest all week pending obstetric review: correct.")

R["h06"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["頭幾天只做不負重的運動（游泳、不疼的話騎室內單車、坐著練力量）", "游泳對腳踝衝擊小（你寫了“扭親右腳”）"],
    comment="Cantonese notes understood (扭親腳眼 -> ankle sprain), no run, swimming 30 min, with the Vuurberg-style advice and a 'cannot walk four steps -> X-ray' rule; swim HR zone lowered. Traditional script. It does not mention the Saturday run with friends explicitly (the plan quietly puts a swim there).",
    plan="Whole week non-weight-bearing, strength '2-3組×8-12次' unspecified. After 3-4 days I would add ankle exercise therapy (range of motion, single-leg balance, calf raises) and a graded walk-jog test before any running; tell him Saturday's run is off unless pain-free hopping.")

R["h07"] = dict(s=[0, 0, 1, 1, 1, 2], plan_penalty=None,
    quotes=["先测血酮；没有酮体的话，中等强度跑步30分钟匀速运动能把血糖降下来",
            "有氧运动前60-90分钟把基础率调低约一半",
            "今天：中等强度跑步，约30分钟，心率123-146次/分。"],
    comment="Most serious error of the panel. The client wrote that urine ketones are moderate (++) and he is thirsty, at 290 mg/dl on a pump. The card never reads the ketones ('没有酮体的话…'), prescribes a 30-min run, and, worse, repeats the generic pump advice to halve the basal rate before exercise, which with hyperglycaemia and ketones (possible pump failure / insulin deficiency) pushes toward DKA. Credit: it did refuse the intervals and cite the 250-349 rule. An expert: no exercise today; correction insulin per his plan (check the infusion set), fluids, re-check ketones in 1-2 h, exercise only when ketones are negative/trace; vomiting, abdominal pain or rising ketones -> emergency.",
    plan="Week plan itself is ordinary (run/strength/walk); it should start with 'no exercise until ketones clear' and a pump-check reminder.")

R["h08"] = dict(s=[1, 2, 2, 1, 1, 2], plan_penalty=None,
    quotes=["备注“脚底有点麻”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医",
            "如果按骨头就疼（可能是应力性骨折的开始），小腿肿胀、发热或发红（可能是血栓，当天就医）",
            "血糖153 mg/dl（8.5 mmol/L）：在可以运动的范围（90-250，ADA 2016）；饭后动一动有助于降低血糖"],
    comment="Post-meal brisk walk is the right activity and the mmol/L-to-mg/dl conversion is correct. But 'numb soles like a layer of cloth' after 7-8 years of diabetes is peripheral neuropathy; the card calls it unknown and instead adds a stress-fracture/DVT warning that does not fit. The one thing she needed (inspect feet daily, well-fitting shoes and socks, stop for blisters; check for loss of protective sensation with her doctor) is missing. The mechanical 'foot' check passed only by accident (generic leg/foot text). Dose 20 min is cautious; she has an hour, so 30-40 min after a meal plus a few balance moves would fit.",
    plan="Walk 20/35/35 + strength 2 days is sound; add foot-care line to every walking day and build walks to 30-45 min.")

R["h09"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["呼气时缩唇慢慢吐气", "今天不要在户外运动，改在室内、关好窗，强度不超过中等（美国EPA AQI）", "你问的“走走”：今天不建议，空气质量不好，不宜户外运动；改成太极"],
    comment="Exemplary: COPD recognised from '老慢支' in the notes, baseline breathlessness not mistaken for a new symptom, sensitive group at AQI 168 -> indoor tai chi with closed windows, pursed-lip breathing, dyspnoea 3-4/10 target, clear worsening criteria. Cold air (-6 C) not mentioned, but indoors makes it moot.",
    plan="Good; outdoor walks on Sat/Wed are conditional on weather/air. I would add 'in cold air cover mouth and nose' for COPD.")

R["h10"] = dict(s=[2, 2, 2, 1, 2, 2], plan_penalty=None,
    quotes=["跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周；漏尿持续请找盆底康复师（ACOG 2020）"],
    comment="Correct clinical reasoning: 7 weeks postpartum with stress incontinence -> pelvic-floor training and brisk walking, no running/skipping until ~12 weeks and symptom-free. The 12-week figure is from the UK return-to-running guideline (Goom et al. 2019), not ACOG 2020, so the citation is off. It does not answer her 'run and skip today?' directly in the headline, and ignores broken sleep and breastfeeding (feed first, supportive bra, fluids).",
    plan="Walk/strength/cycle/swim is fine; I'd make strength days postpartum-specific (pelvic floor + deep core, no crunch-style loading yet) and plan a walk-jog test at 12 weeks.")

R["h11"] = dict(s=[2, 1, 1, 1, 2, 2], plan_penalty="dose",
    quotes=["高温危险：今天不要在户外运动。改在有空调的室内、强度不超过中等，或改到清晨凉快时；运动前、中、后都要喝水",
            "今天：中等强度椭圆机，约30分钟",
            "周六 跑步，高强度，45分钟，OMNI 7-8/10",
            "你问的“篮球”：今天不建议，这类球类运动强度忽高忽低，今天的上限是中等强度；改成椭圆机"],
    comment="Heat call is right (35 C, 65% RH: no afternoon outdoor play, water), child OMNI scale used and no calories shown. But an elliptical trainer is an odd headline for an 11-year-old at home (the card itself then suggests dancing and chase games), ball play is refused because its 'intensity fluctuates' although intermittent play is exactly what children should do, and his goals (skipping and 50 m tests) are not used. Today's dose is fine.",
    plan="Unsafe in itself (-1 dose): a sedentary, overweight 11-year-old gets 45- and 40-minute continuous 'vigorous running' days in mid-July with no heat note on those days, plus three 60-minute 'strength' days. I'd plan play-based sessions: skipping practice indoors in short sets, sprint games (10 x 20 m) in the cool evening, ball games, total 60 min/day accumulated.")

R["h12"] = dict(s=[2, 2, 2, 2, 1, 2], plan_penalty=None,
    quotes=["很遗憾你失去了亲人", "上夜班的话，护住白天那一段睡眠（遮光、耳塞、每天固定时间睡），睡眠也是训练的一部分", "瑜伽轻松不累，动一动反而更有精神"],
    comment="Humane and appropriate: condolence, light yoga 24 min (her preference), protect day sleep after nights, see a doctor if sleep/appetite do not improve in weeks. Two explanation slips: 'makes you more alert' is the wrong selling point at 10 am straight after three night shifts when she must sleep, and the grief line suggests a daily walk while today's activity is yoga.",
    plan="Jumps from 24 min light today to 50-min swims on Sat/Mon and a 50-min brisk walk, although the card says '从24分钟开始，循序渐进'. For a grieving, sleep-deprived client I'd keep 20-30 min sessions this week and schedule them before, not after, the day-sleep window.")

R["h13"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "push the snow rather than lift it, small loads, rest often",
            "cold air and wind raise your blood pressure and your heart's work and can bring on angina, so exercise indoors today"],
    comment="Best English card: post-CABG, beta-blocker -> RPE not HR zone (hr_zone_bpm null), cold + wind -> indoor stationary bike 30 min moderate, 10-min warm-up/cool-down, shovelling advice with 'let someone else do it', correct 4.8 MET and kcal.",
    plan="Sound; outdoor brisk walks Sat/Mon/Wed are fine with the weather caveat; in winter I'd say 'indoors below about -10 C wind chill'.")

R["h14"] = dict(s=[1, 2, 2, 2, 1, 2], plan_penalty="safety",
    quotes=["you asked about \"run\": not today, the ground is wet or icy; swimming instead",
            "No running or jumping until a doctor or physio has checked it",
            "last 7 days' load is 2.7x your 4-week average (far above 1.5)",
            "Wed    running, vigorous, 44 min, RPE 14-17, HR 133-164"],
    comment="Today's card is clinically right: no running, 20-min pool session, ACWR 2.7 flagged, point-tender shin recognised as a possible bone stress injury with 'no running until a doctor or physio has checked it'. But the first reason it gives for not running is wet ground, which buries the real reason, and 'about 585 moderate-equivalent minutes' is an inflated, confusing figure.",
    plan="Unsafe in itself (-1 safety): Wednesday is a 44-min vigorous run, six days after the card forbade running until the shin is checked and said 'no hard sessions this week'. I'd plan pool/bike only, GP/physio review, then a pain-free hop test before any return to running at ~50% of the old 25 km.")

R["h15"] = dict(s=[2, 2, 1, 1, 1, 2], plan_penalty="dose",
    quotes=["taper week: today is an easy run with 4-6 strides of 20 seconds at race pace at the end",
            "long sessions build endurance at a moderate effort, not a hard one",
            "Sun    cycling, vigorous, 84 min, RPE 14-17, HR 127-158",
            "Tue    running, moderate, 90 min, RPE 12-13, HR 101-125  long session"],
    comment="Today is right: easy run with strides, and 'extra work now adds no fitness, only fatigue' implicitly answers the 12-mile question. But it never says 'no' to the 12-miler plainly, mixes in a generic 'long sessions build endurance' line, and claims 'the week's volume comes down to about half' while the plan does the opposite.",
    plan="Unsafe in itself (-1 dose): the race is on Sunday, yet the plan has an 84-min run on Saturday, 84 min of vigorous cycling on race day, a 90-min 'long session' two days after the marathon and 3-4-set strength on Friday. I'd plan Fri 20-30 min jog or rest, Sat 15-20 min shakeout with strides, Sun RACE, Mon-Wed rest/walk/easy spin.")

R["h16"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["sit quietly for 5 minutes and measure again, and if it reads this high again, see your doctor about it",
            "glucose 110 mg/dl (6.1 mmol/l) on insulin: eat about 10-15 g of carbohydrate before you start",
            "Chronic kidney disease: regular moderate activity helps"],
    comment="Good multimorbidity handling: CKD read from the notes, BP 148/92 correctly staged with a re-measure instruction, insulin -> small carbohydrate snack and glucose checks, clearance before vigorous, brisk walk 25 min. Some noise (dialysis/fistula advice for a stage-3 patient). Pool preference unused.",
    plan="Fine; I'd use the pool on one of the days (low impact at 92 kg) and add 'tell your nephrologist you are starting'.")

R["h17"] = dict(s=[1, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["Today: vigorous stationary bike for about 40 minutes, heart rate 145-178 bpm.",
            "asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you"],
    comment="Moves the tempo indoors onto a bike and keeps her training goal: sensible. Safety loses a point because during wildfire smoke indoor air is often not clean: a vigorous 40-min session for an asthmatic needs 'windows shut / filtered air, stop for wheeze or chest tightness', which the Chinese COPD card gave ('关好窗') and this one does not.",
    plan="Fine; outdoor run Sat and ride Mon are conditional on 'check the air'. I'd state the AQI threshold (<100) for returning outdoors.")

R["h18"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["this week's load is 1.9x the weekly load of the weeks before",
            "you asked about \"run\": yes, as today's plan has it: moderate running for 32 minutes"],
    comment="Negations and the wife's flu correctly ignored (no illness text). The load spike is real in the history I supplied (135 min this week vs ~70/week), so a 32-min easy run instead of a 'solid' one is defensible and explained.",
    plan="Too conservative for a trained runner: no running at all for six days, three 57-minute light walks, 32 moderate-equivalent minutes for the week. The card promised ~30% less; I'd plan 3 easy runs of 30-40 min and a bike day.")

R["h19"] = dict(s=[2, 2, 2, 2, 1, 2], plan_penalty=None,
    quotes=["keep a hand on the back of a sturdy chair or the kitchen counter",
            "After a hip replacement, until your surgeon says otherwise: do not bend the hip past a right angle",
            "you asked about \"get stronger\": yes, as today's plan has it"],
    comment="Strong card for a 72-year-old with a new knee, osteoporosis and a fall history on an icy day: indoor strength with chair support, balance emphasis, osteoporosis precautions, falls check. Explanation loses a point for noise: hip-replacement precautions for a knee replacement, and the awkward 'you asked about \"get stronger\"'. The stationary bike she prefers (and ideal for knee range of motion) is not used all week.",
    plan="Good multicomponent week; replace one walk with the stationary bike while it is icy, and name the strength moves.")

R["h20"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["can be a heart attack: call emergency services now (911) and do not drive yourself",
            "Even if it passes, see a doctor today (AHA)"],
    comment="Indirect anginal equivalent (arm + jaw ache, clammy, on exertion) caught from the notes; no spin; 911 and same-day doctor. Headline 'Rest today.' understates it; lead with the action.",
    plan="All rest until cleared: correct.")

R["h21"] = dict(s=[1, 0, 2, 0, 1, 2], plan_penalty=None,
    quotes=["your notes (\"pregnancy\"): read as pregnancy",
            "Today: moderate swimming for about 20 minutes",
            "Pregnancy: moderate intensity by the talk test"],
    comment="Misread: 'since the pregnancy' made her pregnant, so she gets a pregnancy warning block. And she said home only, no equipment, 20 minutes while the baby naps: swimming is impossible (she cannot leave an 8-month-old asleep at home). The only constraint used was '20 minutes'. Not dangerous in itself, but useless and medically wrong about her status.",
    plan="Strength 20 min and walks (with the pram) are feasible; drop the pregnancy warnings; make the strength days a no-jump bodyweight circuit for the back (glute bridge, bird-dog, wall press-up, sit-to-stand) with pelvic-floor cues.")

R["h22"] = dict(s=[2, 2, 2, 1, 2, 2], plan_penalty=None,
    quotes=["because: the temperature you wrote: 38.6 C (101.5 F)",
            "training through a fever or a viral illness can strain the heart"],
    comment="Fever in F converted, below-the-neck illness -> rest, the heart-strain reason given. Missed the key teen detail: Tylenol masks the fever, so 'fever-free for a day' must mean without medication; also no word for the coach/parent pressure.",
    plan="Good graded return from Sunday, conditional on a fever-free day; for a footballer I'd add the last steps (jog, training without contact) before full practice.")

R["h23"] = dict(s=[1, 0, 0, 0, 1, 2], plan_penalty=None,
    quotes=["your notes (\"twinge low in my belly\"): read as a warning sign in pregnancy",
            "Fri    rest  see a doctor first; ask for a new plan once you are cleared"],
    comment="Over-triage: a brief one-sided twinge on standing up fast is typical round-ligament pain, yet the card stops all exercise and the JSON flags an emergency. Meanwhile the real hazard she reported (lots of floor work lying on her back at 22 weeks, hot-yoga history, kickboxing) is never addressed, so safety is 1, not 2. An expert: keep moving, prenatal yoga or swim 30-40 min at RPE 12-14, no supine work, no hot yoga or contact sport, and call the midwife if the pain persists, is rhythmic, or comes with bleeding/fluid.",
    plan="A week of rest 'until cleared' for a low-risk active pregnancy goes against ACOG; plan 150 min of moderate activity with side-lying/inclined modifications.")

R["h24"] = dict(s=[2, 2, 2, 2, 2, 2], plan_penalty=None,
    quotes=["short sleep: nothing hard today; on nights, protect your daytime sleep",
            "Thunder: go indoors and out of the water, pools included"],
    comment="Indoor light yoga after 4 h sleep and a thunderstorm, stress relief addressed, sleep advice for shift work. It misses the 4 coffees (no more caffeine, it adds to BP and blocks sleep) and could have offered a light strength circuit as he prefers lifting.",
    plan="Fine overall; two 50-min runs in a week after a card that said 'no recent sessions' is inconsistent; place sessions away from the pre-sleep window after nights.")

def main():
    out = open(f"{ROOT}/rubric.jsonl", "w", encoding="utf-8")
    clients = {json.loads(l)["id"]: json.loads(l) for l in open(f"{ROOT}/clients.jsonl", encoding="utf-8")}
    for cid in sorted(R):
        r = R[cid]
        card = open(f"{ROOT}/outputs/{cid}.card.txt", encoding="utf-8").read()
        plan = open(f"{ROOT}/outputs/{cid}.plan.txt", encoding="utf-8").read()
        for q in r["quotes"]:
            assert q in card or q in plan, (cid, q)
        scores = dict(zip(DIMS, r["s"]))
        rec = {"id": cid, "lang": clients[cid]["lang"], "scores": scores, "total": sum(r["s"]),
               "plan_penalty_applied_to": r["plan_penalty"], "quotes": r["quotes"],
               "comment": r["comment"], "week_plan_change": r["plan"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(R))

if __name__ == "__main__":
    main()
