#!/usr/bin/env python3
"""Hand-written expert scores (ACSM clinical exercise physiologist) for the 24 cards.

Scale per dimension: 2 = I would sign it, 1 = acceptable with reservations, 0 = would not sign.
Dimensions: safety, activity (appropriateness of the activity), dose, personalisation,
explanation, language.  Each entry: (score, evidence quote from the card, note).  Every quote
is verified to be an exact substring of outputs/ID.card.txt; for a score below 2 the note says
what is wrong and what a correct card would say.
Writes rubric.jsonl and rubric_summary.md (mechanical results are read from mech.json).
"""
import json, statistics

E = "/tmp/expert21"
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

S = {}

S["h01"] = dict(
    safety=(2, "用力时呼气，不要憋气（憋气会让血压骤升）", ""),
    activity=(2, "你问的“骑车”：可以，按今天的安排：中等强度骑自行车25分钟", ""),
    dose=(2, "约25分钟，RPE 12-13", ""),
    personalisation=(2, "你的血压读数136/86 mmHg：1级高血压范围（AHA 2017）", ""),
    explanation=(2, "最近4周只有1次训练记录：从25分钟开始，循序渐进", ""),
    language=(2, "今天：中等强度骑自行车，约25分钟", ""))

S["h02"] = dict(
    safety=(1, "你问的“跑”：可以，按今天的安排：中等强度跑步40分钟",
            "She reports a dragging pelvic heaviness when running; the card clears running without acknowledging it. "
            "A correct card would say: that heaviness is a reason to switch to low impact today (swim, stationary bike, "
            "prenatal yoga) and to mention it to her obstetrician, returning to running only if it settles."),
    activity=(1, "今天：中等强度跑步，约40分钟",
              "Running is permissible for a previously active runner in pregnancy (ACOG 804), but not as today's pick "
              "when running itself provokes pelvic heaviness; swimming or stationary bike at RPE 12-13 should be the headline."),
    dose=(1, "你写的平时的训练（约30分钟）：今天按这个习惯来",
          "The card says it follows her usual ~30 minutes and then prescribes 40 (a one-third jump). It should say "
          "about 30 minutes, or 20-30 while she tests a low-impact alternative."),
    personalisation=(1, "孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）",
                     "The supine-yoga question is answered well, but the symptom that drove her question (小肚子往下坠) is "
                     "ignored and a stress/anxiety line appears that she never wrote. The card should name the heaviness."),
    explanation=(1, "压力大、焦虑时：规律的中等强度运动有助于缓解（WHO 2020）",
                 "Contradictory dose reasoning (habit 30 vs 40 minutes) and an invented stress reason; it should explain why "
                 "low impact today and keep one consistent duration."),
    language=(2, "和产科医生保持沟通", ""))

S["h03"] = dict(
    safety=(2, "今天在室内：外面路面结冰", ""),
    activity=(2, "太极同时练平衡和力量", ""),
    dose=(2, "约20分钟，RPE 12-13", ""),
    personalisation=(2, "摔过一次的话，请医生或康复师做一次防跌倒评估", ""),
    explanation=(1, "无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医",
                 "The card says it cannot tell what her osteoporosis/fracture note is and treats it as possible pain, then "
                 "two lines later gives osteoporosis-specific advice. It should simply state: osteoporosis and a previous "
                 "fall -> balance and strength, avoid loaded flexion, stay indoors on ice."),
    language=(2, "骨质疏松：力量和平衡练习对骨骼最有帮助", ""))

S["h04"] = dict(
    safety=(2, "血糖250-349 mg/dl：請檢查酮體；不要做高強度運動（ADA 2016）", ""),
    activity=(2, "今天：中等強度快走，約30分鐘", ""),
    dose=(2, "心率112-133次/分", ""),
    personalisation=(2, "你的血糖讀數280 mg/dl（15.6 mmol/L）", ""),
    explanation=(2, "現在是20點：臨睡前不做高強度，睡前1小時結束", ""),
    language=(2, "今日運動建議", ""))

S["h05"] = dict(
    safety=(2, "今天建議休息。", ""),
    activity=(2, "胸痛、胸悶或胸口發緊（或疼痛放射到手臂、下頜、脖子）：今天不要運動。", ""),
    dose=(2, "今天建議休息。", ""),
    personalisation=(1, "請立即撥打急救電話",
                     "Nothing about his hiking plan, smoking or age, and the emergency number is not given (README: 999 for "
                     "Cantonese notes). A correct card would say: do not start training for the MacLehose trip until a doctor "
                     "has checked the chest tightness this week; if it comes back and lasts, call 999."),
    explanation=(1, "備註“心口有啲翳住”：按胸痛處理",
                 "One terse line; it does not explain that chest pressure on exertion that eases with rest is a heart "
                 "warning sign even when it passes, which is what he needs to hear because he blames being unfit."),
    language=(2, "否則先就醫再恢復運動（ACSM）", ""))

S["h06"] = dict(
    safety=(2, "今天：低强度散步，约24分钟", ""),
    activity=(2, "散步轻松不累，动一动反而更有精神", ""),
    dose=(2, "约24分钟，RPE 9-11", ""),
    personalisation=(1, "你写了“晚上睡不着”：今天强度低一点",
                     "Her mother died a month ago and she asks whether exercise helps; the card notices only the insomnia. A "
                     "correct card would acknowledge the loss, say regular gentle activity helps mood and sleep, offer her "
                     "yoga as an alternative, and suggest talking to a doctor if low mood persists."),
    explanation=(1, "已经40天没练了：体能会下降，先中等强度",
                 "Says 'start at moderate' while prescribing low intensity, and never answers 'does it help / how much'. "
                 "It should state: 20-30 minutes of easy walking most days, building toward 150 min/week."),
    language=(2, "睡得少或没睡好：今天轻松一点，早点睡", ""))

S["h07"] = dict(
    safety=(2, "5-17岁：每天平均60分钟中高强度活动", ""),
    activity=(1, "你问的“跑步”：今天换成中等强度骑自行车更合适（理由见下）",
              "He needs to improve a 1000 m run and running is safe for a healthy 15-year-old; leisure cycling at 4.0 MET "
              "neither trains the test nor reaches vigorous. A correct card: easy run plus a few short faster repeats "
              "(e.g. 6 x 200 m), with 3 days/week of vigorous and bone-loading activity."),
    dose=(1, "最近没有训练记录：从60分钟开始，循序渐进",
          "60 minutes on day one of a sedentary teen is framed as 'starting gradually'; the WHO 60 min/day can be "
          "accumulated. Better: 30-40 minutes today including some vigorous running."),
    personalisation=(1, "你问的“跑步”：今天换成中等强度骑自行车更合适（理由见下）",
                     "The 1000 m test and his mother's knee/growth worry are not addressed; the card should say running "
                     "does not stunt growth or damage healthy knees and give a test-specific plan."),
    explanation=(1, "（理由见下）",
                 "'Reasons below' but no reason for replacing running is given below."),
    language=(2, "本周目标420分钟（WHO每周至少420分钟）", ""))

S["h08"] = dict(
    safety=(2, "今天建议休息。", ""),
    activity=(0, "静息或轻微活动就气短：今天不要运动",
              "He wrote that his breathlessness on two flights of stairs is unchanged and his doctor calls his COPD stable; "
              "resting him is wrong. A correct card: skip the park because of AQI 175 and -3 C, do 20-30 minutes of "
              "indoor walking/tai chi or light strength at RPE 11-13 with pursed-lip breathing."),
    dose=(0, "今天建议休息。",
          "Zero minutes for a cleared, stable pulmonary-rehab graduate; should be 15-45 min light-moderate indoors."),
    personalisation=(0, "备注“喘”：按气短处理",
                     "No mention of COPD, rehab, the air quality or the cold, which were his actual question ('今天还去吗')."),
    explanation=(0, "备注“喘”：按气短处理",
                 "Misreads stable baseline dyspnoea as a new warning symptom and sends him to a doctor; the real reason to "
                 "stay indoors (AQI 151-200: sensitive groups avoid prolonged exertion, prefer indoor) is never given."),
    language=(2, "请就医，加重时尽快就诊（ACSM）", ""))

S["h09"] = dict(
    safety=(2, "跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周", ""),
    activity=(1, "力量瑜伽：4.0 MET（Compendium 02160）",
              "Yoga is right, but it is labelled power yoga, which includes jump-backs and loaded planks that strain a "
              "leaking pelvic floor. The card should say gentle/postnatal yoga plus pelvic-floor work."),
    dose=(2, "约30分钟，RPE 12-13", ""),
    personalisation=(2, "漏尿持续请找盆底康复师", ""),
    explanation=(2, "你问的“跑”：今天换成中等强度瑜伽更合适（理由见下）", ""),
    language=(2, "每天做盆底肌训练", ""))

S["h10"] = dict(
    safety=(2, "今天：低强度散步，约20分钟", ""),
    activity=(1, "慢走，低于3.2公里/小时：2.0 MET（Compendium 17151）",
              "A 2.0 MET stroll for a rested, obese beginner who prefers brisk walking or the elliptical and wants to lose "
              "weight; low-impact moderate work (brisk walk or elliptical, RPE 12-13) would be right."),
    dose=(1, "约20分钟，RPE 9-11",
          "20 light minutes (~55 kcal) undershoots what she can do 3.5 h before a shift; 20-30 minutes moderate, "
          "finished at least an hour before work."),
    personalisation=(1, "你写了“这周连着上夜班”：今天强度低一点",
                     "Her question 'when is best to train on night-shift days' is not answered and her weight goal is not "
                     "mentioned. The card should say: after the main sleep and before the shift, keep it moderate, protect sleep."),
    explanation=(1, "你写了“这周连着上夜班”：散步轻松不累，动一动反而更有精神",
                 "Thin reasoning; nothing on shift timing, sleep protection or how this builds toward 150 min/week for weight."),
    language=(2, "动一动反而更有精神", ""))

S["h11"] = dict(
    safety=(2, "明天比赛：今天休息，或者轻松活动15-20分钟（可以加几次放松的加速跑）就好", ""),
    activity=(2, "今天：中等强度快走，约20分钟", ""),
    dose=(2, "约20分钟", ""),
    personalisation=(0, "很遗憾你失去了亲人。",
                     "The card offers condolences for a death that never happened (he wrote '怕状态没了', afraid his form is "
                     "gone), calls his sub-3 goal '健康' and suggests run-walk as if he had not trained. A correct card would "
                     "reassure him that heavy legs in a taper are normal and that a 10 km at 4:10/km today would cost him tomorrow."),
    explanation=(1, "你问的“跑”：今天换成中等强度快走更合适（理由见下）",
                 "The taper line is right, but the card never says plainly why the planned 10 km at race pace is a "
                 "mistake; the bereavement line undermines trust in the rest."),
    language=(2, "明天起步比感觉的慢一点，后程再加速", ""))

S["h12"] = dict(
    safety=(2, "选节奏不太快、不蹦跳的，少做深蹲和原地急转", ""),
    activity=(2, "今天：中等强度太极，约20分钟", ""),
    dose=(2, "约20分钟，RPE 12-13", ""),
    personalisation=(1, "膝盖疼了就歇；跳完第二天膝盖更肿更疼，下次就减量",
                     "Her replaced joint is the hip, not the knee, and she has not fallen ('摔过一次的话'). A correct card would "
                     "speak to the hip: avoid deep hip flexion, crossing the legs and pivoting on the operated leg, and check "
                     "dance moves with her surgeon or physio."),
    explanation=(1, "备注“屁股有点酸”：无法确定是什么情况",
                 "Her explicit fear (dislocating the prosthesis) is not answered; the card treats the post-op ache as an "
                 "unknown complaint."),
    language=(2, "太极同时练平衡和力量", ""))

S["h13"] = dict(
    safety=(2, "eat 15-30 g of carbohydrate first (a banana, juice, glucose tablets), recheck after 15 minutes and start once it is above 90", ""),
    activity=(2, "Today: moderate running for about 32 minutes", ""),
    dose=(2, "the session follows your habit", ""),
    personalisation=(1, "when you feel low, something gentle still helps, and there is no need to force it",
                     "'Go low' (hypoglycaemia) is misread as low mood. The card should drop the mood line and instead tie "
                     "'a gentler session' to her falling CGM trend (consider reducing the pump basal beforehand, per her team)."),
    explanation=(2, "carry fast sugar with you and keep to a moderate effort (ADA 2016)", ""),
    language=(2, "Today's exercise", ""))

S["h14"] = dict(
    safety=(2, "stop, do not exercise, and call your midwife, doctor or maternity unit now", ""),
    activity=(2, "Rest today.", ""),
    dose=(2, "Rest today.", ""),
    personalisation=(1, "your notes (\"heartburn\"): read as chest pain",
                     "Heartburn is turned into a chest-pain/emergency-services block, while the visual sparkles and new "
                     "hand/face swelling are not named. A correct card: headache not relieved by paracetamol, visual "
                     "disturbance and sudden swelling at 33 weeks need a same-day blood-pressure check - call the maternity unit now."),
    explanation=(1, "your notes (\"headache\"): read as a warning sign in pregnancy",
                 "Explains only 'headache'; it should explain the combination (possible pre-eclampsia) so she does not "
                 "dismiss it as tiredness."),
    language=(2, "Rest today.", ""))

S["h15"] = dict(
    safety=(2, "stop and seek care for chest pain or pressure, unusual breathlessness, dizziness or an irregular heartbeat", ""),
    activity=(2, "Today: moderate brisk walking for about 42 minutes", ""),
    dose=(2, "about 10% more than usual: at most 10% more each week", ""),
    personalisation=(2, "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)", ""),
    explanation=(2, "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise", ""),
    language=(2, "effort: RPE 12-13 (you can talk in full sentences, not sing)", ""))

S["h16"] = dict(
    safety=(2, "Joint injury or back pain: low-impact activities only", ""),
    activity=(2, "Today: moderate swimming for about 20 minutes", ""),
    dose=(2, "BMI 36: start low impact at a low-to-moderate effort, 30 minutes at most, and build up", ""),
    personalisation=(2, "you have a pool nearby: swimming or water aerobics", ""),
    explanation=(2, "aquatic exercise is recommended for knee and hip osteoarthritis; Kolasinski et al. 2020, ACR/AF", ""),
    language=(2, "it should feel doable, never punishing", ""))

S["h17"] = dict(
    safety=(2, "leg pain, numbness, weakness or trouble passing urine need a clinician now (ACP 2017)", ""),
    activity=(2, "Today: light yoga for about 30 minutes", ""),
    dose=(2, "RPE 9-11 (easy)", ""),
    personalisation=(2, "you asked about \"gym\": not today, a freshly hurt back should not be loaded yet; yoga instead", ""),
    explanation=(1, "your legs are sore or were trained hard",
                 "Two invented reasons (sore legs, 'mood (tired)'), and the headline yoga sits beside a warning that "
                 "recommends easy walking. A correct card: 20-30 min easy walking or gentle mobility within pain, no "
                 "deadlifts this week, no bed rest."),
    language=(2, "keep moving gently (easy walking, mobility within what does not hurt)", ""))

S["h18"] = dict(
    safety=(2, "If it is pain, stop if it gets worse and have it checked.", ""),
    activity=(2, "Today: moderate running for about 32 minutes", ""),
    dose=(2, "about 10% more than usual: at most 10% more each week", ""),
    personalisation=(1, "your notes (\"pain\"): we could not tell what this is",
                     "The Achilles tendinopathy, her physio's 3/10 pain rule and the long-run question are not recognised. "
                     "A correct card: keep the long run on Saturday; today an easy 30-40 min run if pain stays <= 3/10 and "
                     "settles by morning, or the bike."),
    explanation=(1, "long sessions build endurance at a moderate effort, not a hard one",
                 "Talks about long endurance sessions beside a 32-minute run and never answers 'long run today or bike'."),
    language=(2, "Today's exercise", ""))

S["h19"] = dict(
    safety=(2, "avoid bending and twisting under load", ""),
    activity=(2, "Today: moderate brisk walking for about 20 minutes", ""),
    dose=(2, "no recent sessions logged: start with 20 minutes and build up", ""),
    personalisation=(1, "brisk walking helps you unwind",
                     "Menopause is never mentioned (hot flushes, night sweats, sleep) and her fear of osteoporosis is "
                     "answered with 'helps you unwind'. The card should say strength training 2-3 days/week and impact/"
                     "brisk walking protect bone and help sleep and weight in menopause."),
    explanation=(2, "osteoporosis: strength and balance work helps bone most", ""),
    language=(2, "Today's exercise", ""))

S["h20"] = dict(
    safety=(2, "Thunder: go indoors and out of the water, pools included; resume 30 minutes after the last thunder", ""),
    activity=(2, "you like cycling, but there is thunder (no outdoors, no water) today, so its nearest form: stationary bike", ""),
    dose=(2, "Today: moderate stationary bike for about 72 minutes", ""),
    personalisation=(1, "when you feel low, something gentle still helps",
                     "'I hate the trainer' is read as low mood. A correct card would say: ride the trainer now (structured "
                     "intervals make it bearable) or head out once 30 minutes have passed after the last thunder."),
    explanation=(2, "indoors today: outside, thunder", ""),
    language=(2, "Today's exercise", ""))

S["h21"] = dict(
    safety=(2, "Rest today.", ""),
    activity=(0, "Chest pain, pressure or tightness",
              "Cold-air chest tightness in a man with known asthma is bronchoconstriction, and he has a treadmill. A "
              "correct card: run on the treadmill today (wind chill about -13 F), or outdoors only with a buff, "
              "pre-exercise inhaler and a long warm-up; stop and use the reliever if wheezy."),
    dose=(0, "Rest today.", "Zero minutes; 30-45 minutes on the treadmill at his usual effort was appropriate."),
    personalisation=(0, "your notes (\"chest tends to get tight\"): read as chest pain",
                     "Asthma, inhalers, the cold, the treadmill and the buff question are all ignored."),
    explanation=(0, "your notes (\"chest tends to get tight\"): read as chest pain",
                 "The only reason is a misreading; the card should explain cold dry air as an asthma trigger."),
    language=(2, "Rest today.", ""))

S["h22"] = dict(
    safety=(2, "a hard session yesterday (RPE 18): a recovery day, easy and shorter (48 h between hard sessions, ACSM)", ""),
    activity=(2, "Today: light yoga for about 40 minutes", ""),
    dose=(1, "Today: light yoga for about 40 minutes",
          "40 minutes of yoga loads quads the card itself says to spare ('squats and other leg work when the soreness "
          "has gone'); 15-30 minutes of gentle swimming, cycling or walking would be right."),
    personalisation=(1, "you asked about \"run\": light yoga suits today better (the reasons below)",
                     "The marathon and his 212-day streak are never named. A correct card would congratulate him and say "
                     "a 10-minute walk keeps the habit; if he must run, one very slow mile at most."),
    explanation=(2, "your body is still recovering today, so save it for the next hard session", ""),
    language=(2, "Today's exercise", ""))

S["h23"] = dict(
    safety=(2, "New swelling, breathlessness or much less urine: see your kidney doctor before exercising", ""),
    activity=(2, "Today: light walking for about 20 minutes", ""),
    dose=(2, "building up to 150 minutes a week", ""),
    personalisation=(2, "Chronic kidney disease: regular moderate activity helps", ""),
    explanation=(2, "your blood pressure reading 134/82 mmHg: stage 1 hypertension range (AHA 2017)", ""),
    language=(2, "walking is easy on a tired body and can leave you fresher", ""))

S["h24"] = dict(
    safety=(1, "Heat: avoid intense exercise outdoors, drink water, take breaks",
            "35 C at noon for an unacclimatised 118-kg beginner: the card prescribes a walk with no time of day and never "
            "says 'not at lunchtime'. It should say: no beach walk now; swim, walk in an air-conditioned place, or walk "
            "after sunset."),
    activity=(1, "Today: light walking for about 20 minutes",
              "Swimming (his stated preference, cool, low impact) was the better pick in this heat."),
    dose=(2, "BMI 37: start low impact at a low-to-moderate effort, 30 minutes at most, and build up", ""),
    personalisation=(2, "you wrote \"burnt out at work\": walking is easy on a tired body", ""),
    explanation=(1, "do outdoor sessions early in the morning or in the evening (ACSM 2007)",
                 "The right idea is buried in an acclimatisation note; his direct question ('a long beach walk at "
                 "lunchtime - good idea?') is not answered with a clear no and why."),
    language=(2, "sleep is part of training", ""))


def main():
    clients = [json.loads(l) for l in open(f"{E}/clients.jsonl", encoding="utf-8")]
    mech = json.load(open(f"{E}/mech.json", encoding="utf-8"))["clients"]
    rows, bad_quotes = [], []
    for c in clients:
        cid = c["id"]
        card = open(f"{E}/outputs/{cid}.card.txt", encoding="utf-8").read()
        out = json.load(open(f"{E}/outputs/{cid}.json", encoding="utf-8"))
        sc = S[cid]
        assert set(sc) == set(DIMS), cid
        for d in DIMS:
            s, q, note = sc[d]
            if q not in card:
                bad_quotes.append((cid, d, q))
            assert s in (0, 1, 2)
            assert (s == 2) == (note == ""), (cid, d)
        lang = "zh" if int(cid[1:]) <= 12 else "en"
        rows.append({"id": cid, "lang": lang, "who": c["who"], "activity": out["activity"],
                     "intensity": out["intensity"], "minutes": out["minutes"],
                     "scores": {d: sc[d][0] for d in DIMS},
                     "total": sum(sc[d][0] for d in DIMS),
                     "evidence": {d: sc[d][1] for d in DIMS},
                     "notes": {d: sc[d][2] for d in DIMS if sc[d][2]},
                     "mech_pass": mech[cid]["pass"], "mech_failed": mech[cid]["failed"]})
    if bad_quotes:
        for b in bad_quotes:
            print("QUOTE NOT IN CARD:", b)
        raise SystemExit(1)
    with open(f"{E}/rubric.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    mean = lambda xs: statistics.mean(xs)
    L = []
    L.append("# Rubric summary: motion-advisor, 24 blind clients (expert21)\n")
    L.append("Scale 0-2 per dimension (2 = I would sign it, 1 = acceptable with reservations, 0 = would not sign); total out of 12.\n")
    L.append(f"- **Mean total: {mean([r['total'] for r in rows]):.2f} / 12** "
             f"(median {statistics.median([r['total'] for r in rows])}, min {min(r['total'] for r in rows)}, max {max(r['total'] for r in rows)})")
    L.append(f"- Cards scoring 12/12: {sum(r['total'] == 12 for r in rows)}; cards with at least one 0: "
             f"{sum(0 in r['scores'].values() for r in rows)}")
    L.append(f"- Mechanical passes (mech.json, all expected fields): **{sum(r['mech_pass'] for r in rows)} / {len(rows)}**\n")
    L.append("## Per dimension (mean of 2)\n")
    L.append("| dimension | all | zh (h01-h12) | en (h13-h24) | # of 0 | # of 1 |")
    L.append("| --- | --- | --- | --- | --- | --- |")
    for d in DIMS:
        a = [r["scores"][d] for r in rows]
        z = [r["scores"][d] for r in rows if r["lang"] == "zh"]
        e = [r["scores"][d] for r in rows if r["lang"] == "en"]
        L.append(f"| {d} | {mean(a):.2f} | {mean(z):.2f} | {mean(e):.2f} | {a.count(0)} | {a.count(1)} |")
    L.append("\n## Per language\n")
    for lg, lab in (("zh", "Chinese h01-h12 (h04 zh-TW Traditional, h05 Cantonese)"), ("en", "English h13-h24")):
        rr = [r for r in rows if r["lang"] == lg]
        L.append(f"- {lab}: mean total {mean([r['total'] for r in rr]):.2f} / 12; mechanical passes "
                 f"{sum(r['mech_pass'] for r in rr)} / {len(rr)}")
    L.append("\n## Cards with a 0\n")
    for r in rows:
        zs = [d for d in DIMS if r["scores"][d] == 0]
        if zs:
            L.append(f"- **{r['id']}** ({r['who']}): 0 on {', '.join(zs)}. " + r["notes"][zs[0]])
    L.append("\n## Per-card table\n")
    L.append("| id | lang | card | " + " | ".join(DIMS) + " | total | mech |")
    L.append("| --- | --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- | --- |")
    for r in rows:
        card = "rest" if r["activity"] == "rest" else f"{r['activity']} {r['intensity']} {r['minutes']} min"
        mech_s = "pass" if r["mech_pass"] else "FAIL: " + ", ".join(r["mech_failed"])
        L.append(f"| {r['id']} | {r['lang']} | {card} | " + " | ".join(str(r["scores"][d]) for d in DIMS)
                 + f" | {r['total']} | {mech_s} |")
    L.append("\n## Every score below 2: what is wrong and what a correct card would say\n")
    for r in rows:
        if r["notes"]:
            L.append(f"### {r['id']} - {r['who']} (total {r['total']})\n")
            for d, n in r["notes"].items():
                L.append(f"- **{d} = {r['scores'][d]}** (card: \"{r['evidence'][d]}\"): {n}")
            L.append("")
    open(f"{E}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("\n".join(L[:20]))


if __name__ == "__main__":
    main()
