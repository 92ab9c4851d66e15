#!/usr/bin/env python3
"""Hand scores (blind expert 25). Six dimensions 0-2: safety, activity, dose, personalisation,
explanation, language. 2 = I would sign it; 1 = acceptable with reservations; 0 = I would not sign it.
Each score has a quote that must be an exact substring of outputs/ID.card.txt (asserted below);
every score below 2 has a note (what is wrong / what a correct card would say).
Writes rubric.jsonl and rubric_summary.md."""
import json, os, statistics
E = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

# id: {dim: (score, quote, note)}
S = {
 "h01": {
  "safety": (2, "请在室内运动，强度不超过中等", ""),
  "activity": (2, "低强度瑜伽", ""),
  "dose": (1, "约20分钟", "20 min light yoga (about 53 kcal) under-serves a healthy 32-year-old whose goal is weight loss and who has an indoor bike and elliptical in the building gym; correct: 25-30 min moderate indoor bike/elliptical (RPE 12-13) or yoga plus 15 min strength, still indoors because of AQI 165."),
  "personalisation": (1, "今天强度低一点", "Picks up the neck/shoulders and the AQI, but ignores the gym equipment she named and never addresses the stress she described; it lowers intensity without saying why. Correct: name the gym bike/elliptical and say the session also helps with stress, with a few minutes of slow breathing."),
  "explanation": (1, "瑜伽轻松不累，动一动反而更有精神", "The same note fragment is quoted twice with two different conclusions ('more energy' vs 'lower intensity'); the reason for going light is never stated."),
  "language": (1, "你写了“就是十个小时😩 颈椎和肩膀都是硬的”", "The quoted fragment is cut mid-sentence ('就是十个小时😩 …') and repeated; reads machine-made. Correct: '你每天久坐十小时，颈肩僵硬'."),
 },
 "h02": {
  "safety": (2, "只做低冲击运动", ""),
  "activity": (2, "中等强度室内单车", ""),
  "dose": (2, "约25分钟", ""),
  "personalisation": (1, "备注“降压药”：按高血压处理", "He is NOT on BP medication (the doctor warned he might need it; last reading 130/85); labelling him hypertensive from the word '降压药' is a misread. Also a fresh-sprain warning appears for a chronic stair-pain knee. Correct: 'your BP 130/85 is borderline; losing weight helps it' and no sprain warning."),
  "explanation": (1, "新伤（刚扭伤、肿着）", "Irrelevant acute-sprain warning (Vuurberg) for chronic patellofemoral-type knee pain; confuses the client. Correct: knee pain on stairs/squatting -> avoid deep squats and stairs, bike seat high enough, stop if pain > 3/10."),
  "language": (2, "能说整句话，但唱不了歌", ""),
 },
 "h03": {
  "safety": (1, "備註“手腕骨折”：無法確定是什麼情況", "Osteoporosis and a fall with a wrist fracture are not recognised (the old fracture is treated as an unknown current problem). A 72-year-old with osteoporosis and fear of falling needs fall-prevention advice: even, dry surfaces, good shoes, walk with a companion, avoid loaded spinal flexion/twisting. Correct card names these."),
  "activity": (1, "你喜歡散步", "Walking is acceptable, but her stated goal is not falling again and she listed tai chi; tai chi (or walk + balance/strength) is the evidence-based first choice for fall prevention. Correct: '太極20-30分鐘' or walk plus sit-to-stand and single-leg-stand practice."),
  "dose": (2, "約20分鐘", ""),
  "personalisation": (1, "散步能放鬆身心", "'走路都怕怕的' is fear of falling, not stress; the card answers it with relaxation and a stress/anxiety breathing reason. Correct: acknowledge fear of falling and say balance training is what reduces it."),
  "explanation": (1, "壓力大、焦慮時", "Hallucinated stress reason; and 'today intensity lower' while the card prescribes moderate."),
  "language": (2, "今日運動建議", ""),
 },
 "h04": {
  "safety": (2, "今天不要運動", ""),
  "activity": (2, "今天建議休息。", ""),
  "dose": (2, "今天建議休息。", ""),
  "personalisation": (2, "如果漏服了降壓藥，要告訴醫生", ""),
  "explanation": (2, "高血壓危象範圍", ""),
  "language": (2, "撥打999", ""),
 },
 "h05": {
  "safety": (2, "先补充15-30克碳水化合物", ""),
  "activity": (2, "中等强度快走", ""),
  "dose": (2, "约38分钟", ""),
  "personalisation": (1, "备注“扎了手指”：无法确定是什么情况", "'扎了手指' is his finger-prick glucose test, misread as an unexplained problem/injury; insulin use (the reason the <90 rule matters) is not acknowledged. Correct: 'you use insulin and your finger-prick reading is 4.6 mmol/l: eat 15-30 g carbs first'."),
  "explanation": (1, "今天强度放低", "Says intensity is lowered while prescribing moderate 38 min with an HR zone; the headline gives the session without the carb-first precondition, which appears only in the warning."),
  "language": (2, "能说整句话，但唱不了歌", ""),
 },
 "h06": {
  "safety": (2, "不要运动；请检查酮体并联系你的糖尿病医生", ""),
  "activity": (2, "今天建议休息。", ""),
  "dose": (2, "今天建议休息。", ""),
  "personalisation": (1, "血糖高并伴有口渴、尿多或视物模糊", "Generic: no mention of the suspected pump occlusion (change the infusion set / correction per her plan), that she has no ketone strips (get them or contact the team now), or the interval session and tryout. Correct: '泵管可能堵了，按方案换管补校正；没有试纸先别练，马上联系医生；下周选拔少练一天没关系'."),
  "explanation": (2, "不在运动前建议的90-250范围", ""),
  "language": (2, "今日运动建议", ""),
 },
 "h07": {
  "safety": (2, "孕早期后避免长时间仰卧", ""),
  "activity": (2, "中等强度瑜伽", ""),
  "dose": (1, "力量瑜伽：4.0 MET（Compendium 02160）", "Prenatal yoga at 28 weeks is not power yoga; the 4.0 MET power-yoga label (and 'this week's aim 250 min') mis-sizes the dose. Correct: prenatal/hatha yoga (about 2.5 MET) 30-40 min, plus a walk or swim toward 150 min/week."),
  "personalisation": (2, "核心练习改为侧卧、坐姿或站姿", ""),
  "explanation": (1, "你问的“瑜伽”：可以", "She asked whether supine poses in class are still OK, not whether yoga is OK; the answer is only in the generic warning. Correct: 'you asked about lying flat: after the first trimester avoid it for long; ask the teacher for side-lying versions'."),
  "language": (2, "能说整句话，但唱不了歌", ""),
 },
 "h08": {
  "safety": (2, "立即停止运动，现在就打电话给产科医生", ""),
  "activity": (2, "今天建议休息。", ""),
  "dose": (2, "今天建议休息。", ""),
  "personalisation": (1, "备注“小腿又肿”：按孕期危险信号处理", "Does not name what worries: one-sided, hard, painful calf swelling (possible DVT) and headache with blurred vision at 33 weeks (possible pre-eclampsia); does not counter the mother-in-law's 'normal, walk more'. Correct: '一侧小腿肿痛发硬可能是血栓，头痛眼花要查血压——今天就去医院，不要散步'."),
  "explanation": (1, "按孕期危险信号处理", "One terse reason; the headache/visual symptoms are not mentioned at all."),
  "language": (2, "你问的“散步”：今天不行", ""),
 },
 "h09": {
  "safety": (2, "只做低冲击运动", ""),
  "activity": (2, "中等强度室内单车", ""),
  "dose": (2, "约25分钟", ""),
  "personalisation": (1, "你问的“跑”：今天不建议", "He had a total knee replacement and asked whether he can ever run again; 'not today' implies later, and the replacement, 115° flexion and downhill weakness are never acknowledged. Correct: 'after a knee replacement, running is generally discouraged long-term; cycling, swimming and hiking with poles are good; train quadriceps for downhill'."),
  "explanation": (2, "室内单车对膝盖冲击小", ""),
  "language": (2, "能说整句话，但唱不了歌", ""),
 },
 "h10": {
  "safety": (2, "只做低衝擊運動", ""),
  "activity": (2, "低強度瑜伽", ""),
  "dose": (2, "約24分鐘", ""),
  "personalisation": (1, "早點睡", "He has just moved to night shifts and cannot sleep in the day; 'go to bed early' is wrong for him. Correct: protect the daytime sleep block (dark, quiet), do not exercise hard in the 2-3 h before it, a short nap before the shift."),
  "explanation": (2, "瑜伽對腰背衝擊小", ""),
  "language": (2, "能輕鬆說話唱歌", ""),
 },
 "h11": {
  "safety": (2, "现在就拨打急救电话（120）", ""),
  "activity": (2, "今天建议休息。", ""),
  "dose": (2, "今天建议休息。", ""),
  "personalisation": (1, "加上你写的其他症状（出汗、气短、恶心或手臂/下巴痛之一）", "Template text: does not mention his stent, the two-week exertional pattern, or refute 'it's the cold'. Correct: '放过支架的人近两周爬楼就胸闷、左臂酸、休息缓解，是新出现的心绞痛表现，不是天冷：停止晨练，今天去心内科；静息时发作或持续几分钟以上立即打120'."),
  "explanation": (1, "可能是心脏病发作", "Frames exertional, rest-relieved symptoms as a heart attack in progress (ambulance now) rather than new/unstable angina needing same-day cardiology; safe, but the reasoning is not the client's situation."),
  "language": (2, "今天建议休息。", ""),
 },
 "h12": {
  "safety": (2, "今天不要在户外运动", ""),
  "activity": (2, "中等强度游泳", ""),
  "dose": (2, "约45分钟", ""),
  "personalisation": (1, "今天在室内：外面气温35°C", "Written to the child although a parent wrote; nothing on adult/lifeguard supervision for a 10-year-old in a pool, on screen time, or on moving running/cycling to the evening for his PE test goals (only a generic line)."),
  "explanation": (1, "压力大、焦虑时", "Hallucinated stress/anxiety reason; nobody mentioned stress."),
  "language": (2, "运动前、中、后都要喝水", ""),
 },
 "h13": {
  "safety": (2, "COPD: moderate at most, set by your breathing", ""),
  "activity": (2, "moderate stationary bike", ""),
  "dose": (2, "about 20 minutes", ""),
  "personalisation": (2, "indoors today: outside, AQI 128", ""),
  "explanation": (2, "breathing out slowly through pursed lips", ""),
  "language": (2, "Today's exercise", ""),
 },
 "h14": {
  "safety": (2, "exercise indoors today, warm up gradually for 10-15 minutes", ""),
  "activity": (2, "moderate elliptical", ""),
  "dose": (2, "about 39 minutes", ""),
  "personalisation": (1, "so its nearest form: elliptical", "She planned a tempo run toward a sub-25 5k and has a gym 10 min away; the card silently drops the tempo to moderate elliptical. Correct: 'do the tempo indoors on the treadmill (10-15 min warm-up, 20 min at RPE 14-15) with your reliever at hand'."),
  "explanation": (2, "Cold, dry air can trigger asthma", ""),
  "language": (2, "Today's exercise", ""),
 },
 "h15": {
  "safety": (2, "leave running for a few days", ""),
  "activity": (2, "light yoga", ""),
  "dose": (2, "about 30 minutes", ""),
  "personalisation": (2, "you ran a marathon yesterday", ""),
  "explanation": (1, "An easy 20-30 minutes of walking, swimming or gentle spinning loosens the legs", "Its own reason recommends walking, swimming or spinning while the headline is yoga, and says 'squats and other leg work when the soreness has gone' without telling him to skip lunges/deep poses in yoga with wrecked quads."),
  "language": (2, "Today's exercise", ""),
 },
 "h16": {
  "safety": (2, "treat it first with 15-20 g of fast sugar, recheck after 15 minutes", ""),
  "activity": (1, "light walking for about 45 minutes", "Once the hypo is treated (>90 and stable) an easy ride with carbs on board is within ADA guidance; replacing his ride with a stroll is unexplained over-restriction. Acceptable but not what I would write."),
  "dose": (2, "about 45 minutes", ""),
  "personalisation": (1, "walking fits it", "'walking fits' a century-ride goal is nonsense; ignores the CGM downward arrow, the pump (temp basal) and carrying carbs. Correct: 'CGM 65 and falling: 15-20 g fast carbs, recheck in 15 min; when >90 and steady, an easy 45-60 min ride with a temp basal per your plan and 15-30 g carbs per hour in your pocket'."),
  "explanation": (1, "it is harder than the limit allows today", "Opaque: which limit, and why light? Should say 'because you were low, keep it easy today'."),
  "language": (2, "Today's exercise", ""),
 },
 "h17": {
  "safety": (2, "stop and seek care for chest pain or pressure", ""),
  "activity": (2, "moderate brisk walking", ""),
  "dose": (2, "about 33 minutes", ""),
  "personalisation": (2, "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test", ""),
  "explanation": (2, "elevated (AHA 2017)", ""),
  "language": (2, "Today's exercise", ""),
 },
 "h18": {
  "safety": (2, "usually not before 12 weeks after the birth", ""),
  "activity": (2, "light yoga", ""),
  "dose": (2, "about 30 minutes", ""),
  "personalisation": (1, "sore shins along the inside", "Hallucinated shin-splint advice: she never mentioned shins (she is not running yet). Breastfeeding/hydration not mentioned."),
  "explanation": (1, "cut the running a little", "Tells a non-running postpartum client to cut her running; contradicts the (good) pelvic-floor reason just above it."),
  "language": (2, "Today's exercise", ""),
 },
 "h19": {
  "safety": (2, "for the first days only work that puts no weight on it", ""),
  "activity": (2, "moderate swimming", ""),
  "dose": (2, "about 45 minutes", ""),
  "personalisation": (1, "so the knees can work longer without the ache", "Wrong joint and wrong condition (osteoarthritis) for a 3-day-old ankle sprain; no pull-buoy/easy-kick or push-off advice, and the Thursday physio appointment is not acknowledged. Correct: 'swim with a pull buoy, avoid hard kicking and wall push-offs with the left foot; ask the physio on Thursday about return to running'."),
  "explanation": (1, "aquatic exercise is recommended for knee and hip osteoarthritis", "Cites OA evidence as the reason for a sprain client."),
  "language": (2, "Today's exercise", ""),
 },
 "h20": {
  "safety": (2, "no exercise until you have been free of fever for a day", ""),
  "activity": (2, "Rest today.", ""),
  "dose": (2, "Rest today.", ""),
  "personalisation": (2, "A streak can wait", ""),
  "explanation": (2, "the temperature you wrote: 38.4 C (101.1 F)", ""),
  "language": (2, "you asked about \"spin class\": not today", ""),
 },
 "h21": {
  "safety": (1, "Wet or icy ground: avoid running and cycling outside.", "A 74-year-old deconditioned woman is sent on a walk on a 'pouring with rain' day with no slip/fall caution and no indoor option. Correct: indoors today (home strength/balance routine, walk in a mall or the community centre), and the tai chi class tomorrow."),
  "activity": (1, "moderate walking", "Walking is fine in principle, but today tai chi or a home balance/strength routine fits the weather and the WHO 65+ advice better."),
  "dose": (2, "about 20 minutes", ""),
  "personalisation": (1, "read as a knee injury", "'Knees are a bit creaky but nothing serious' is not a knee injury; the tai chi class her daughter booked (Thursday, i.e. tomorrow) is not mentioned, although it is the best lever for mood, company and balance."),
  "explanation": (2, "I am sorry for your loss.", ""),
  "language": (2, "Today's exercise", ""),
 },
 "h22": {
  "safety": (2, "go indoors and out of the water, pools included", ""),
  "activity": (2, "moderate strength training", ""),
  "dose": (1, "8 exercises x 2-3 sets x 8-12 reps", "Contradicts its own youth rule a few lines later ('light loads (12-15 reps)'); for a 15-year-old training alone in a garage the prescription should be light loads, 12-15 reps, 1-2 sets, technique first."),
  "personalisation": (1, "you like strength training", "Does not use the garage dumbbells or the 'jump higher' goal (bodyweight squats, lunges, low-volume jump training once the storm passes), nor suggest the sprints after the 30-30 rule."),
  "explanation": (1, "learn each movement with light loads (12-15 reps)", "Internally inconsistent with the 8-12 rep headline prescription."),
  "language": (2, "Today's exercise", ""),
 },
 "h23": {
  "safety": (2, "no outdoor exercise today", ""),
  "activity": (2, "moderate swimming", ""),
  "dose": (2, "about 20 minutes", ""),
  "personalisation": (1, "we could not tell what this is", "Hip osteoarthritis, written plainly ('Osteoarthritis in my right hip'), is not recognised; 'ache' after 20 min walking is treated as an unknown. Correct: 'hip OA: water walking/swimming and strengthening reduce pain; keep land walks under 20 min for now'."),
  "explanation": (1, "so the knees can work longer without the ache", "Wrong joint (knees) for a hip client; plus a warning 'something we could not place' that undermines trust."),
  "language": (2, "93 F", ""),
 },
 "h24": {
  "safety": (2, "sit quietly for 5 minutes and measure again", ""),
  "activity": (2, "light walking", ""),
  "dose": (1, "walking < 2.0 mph, strolling: 2.0 MET", "BP 152/96 (not a crisis) permits moderate; a 2-MET stroll does little for BP or prediabetes. Correct: brisk walk 20-30 min at RPE 12-13 (about 3.5-4.3 MET), 5 days a week, building by about 10% a week."),
  "personalisation": (1, "and an early night", "He works nights 10p-6a: 'an early night' is wrong; prediabetes (A1c 6.1) in his goal is not addressed. Correct: protect the daytime sleep block; walking after meals helps blood glucose."),
  "explanation": (1, "it is harder than the limit allows today", "Opaque ('the limit' is moderate, yet the card gives light) and no reason given for light."),
  "language": (2, "Today's exercise", ""),
 },
}


def main():
    clients = [json.loads(l) for l in open(os.path.join(E, "clients.jsonl"), encoding="utf-8")]
    mech = json.load(open(os.path.join(E, "mech.json"), encoding="utf-8"))
    rows = []
    for c in clients:
        cid = c["id"]
        card = open(os.path.join(E, "outputs", cid + ".card.txt"), encoding="utf-8").read()
        j = json.load(open(os.path.join(E, "outputs", cid + ".json"), encoding="utf-8"))
        s = S[cid]
        assert set(s) == set(DIMS), cid
        for d in DIMS:
            sc, q, note = s[d]
            assert sc in (0, 1, 2), (cid, d)
            assert q and q in card, f"{cid}/{d}: quote not in card: {q!r}"
            assert sc == 2 or note, f"{cid}/{d}: score < 2 needs a note"
        rows.append({"id": cid, "language": "zh" if int(cid[1:]) <= 12 else "en", "who": c["who"],
                     "scores": {d: s[d][0] for d in DIMS}, "total": sum(s[d][0] for d in DIMS),
                     "evidence": {d: s[d][1] for d in DIMS},
                     "notes": {d: s[d][2] for d in DIMS if s[d][2]},
                     "mech_pass": mech[cid]["pass"], "activity": j["activity"],
                     "intensity": j["intensity"], "minutes": j["minutes"]})
    with open(os.path.join(E, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    mean = lambda xs: round(statistics.mean(xs), 2)
    tot = [r["total"] for r in rows]
    zh = [r["total"] for r in rows if r["language"] == "zh"]
    en = [r["total"] for r in rows if r["language"] == "en"]
    dm = {d: mean([r["scores"][d] for r in rows]) for d in DIMS}
    zeros = [(r["id"], d) for r in rows for d in DIMS if r["scores"][d] == 0]
    perfect = [r["id"] for r in rows if r["total"] == 12]
    mp = sum(r["mech_pass"] for r in rows)
    L = ["# Rubric summary — blind expert evaluation 25 (shipped model)", "",
         f"- cards: {len(rows)}; mean total: **{mean(tot)} / 12** (min {min(tot)}, max {max(tot)})",
         f"- Chinese (h01-h12): {mean(zh)}; English (h13-h24): {mean(en)}",
         "- per dimension (0-2): " + ", ".join(f"{d} {dm[d]}" for d in DIMS),
         f"- cards with a 0: {', '.join(f'{a}/{b}' for a, b in zeros) if zeros else 'none'}",
         f"- cards scoring 12/12: {', '.join(perfect) if perfect else 'none'}",
         f"- mechanical checks passed: {mp}/{len(rows)}", "",
         "| id | lang | activity | intensity | min | S | A | D | P | E | L | total | mech |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        sc = r["scores"]
        L.append(f"| {r['id']} | {r['language']} | {r['activity']} | {r['intensity']} | {r['minutes']} | "
                 + " | ".join(str(sc[d]) for d in DIMS) + f" | {r['total']} | {'pass' if r['mech_pass'] else 'FAIL'} |")
    L += ["", "## Recurring strengths",
          "- Every must-rest client (h04 BP 185/112 + headache, h08 pregnancy calf swelling + headache, h11 exertional chest pressure after stent, h20 fever 38.4 C) got a rest card with the right route to care (999 on the Cantonese/zh-HK card, 120 on the Simplified cards, 'see a doctor' on h20) even though the danger was only in the free-text notes; h06 (T1D 320 mg/dl, thirst, no ketone strips) also rested.",
          "- Weather and air are handled well: AQI (h01, h13), heat (h12, h23), cold + asthma (h14), thunder 30-30 rule (h22).",
          "- Low-impact substitution for knee/back/ankle/hip clients (h02, h09, h10, h19, h23); beta-blocker -> RPE with no HR zone (h17); pregnancy and postpartum specifics (supine, ACOG stop signs, pelvic floor, 12-week return to running).",
          "- Traditional/Simplified script and US units follow the profile correctly (h03, h04, h10; h23, h24).", "",
          "## Recurring weaknesses",
          "- Note misreadings that surface as wrong or hallucinated reasons: stress/anxiety reasons nobody wrote (h03, h12), shin-splint advice to a non-runner (h18), knee/OA text for an ankle sprain and for a hip (h19, h23), acute-sprain warning for chronic knee pain (h02), hypertension from '降压药' (h02), 'creaky knees' as a knee injury (h21), a glucose finger-prick and an old fracture read as unknown problems (h05, h03), hip OA not recognised (h23).",
          "- Advice generic to the condition rather than to the client's own words on urgent cards (h06 pump/strips, h08 DVT/pre-eclampsia, h11 stent + exertional angina) and on questions clients asked (h09 running after knee replacement, h07 supine poses, h14 tempo run, h16 ride after a hypo).",
          "- Sleep advice 'an early night' to night-shift workers (h10, h24).",
          "- Conservative under-dosing without a stated reason (h01 light yoga for weight loss, h24 2-MET stroll at BP 152/96, h16 stroll instead of a ride); internal contradictions between headline and reasons (h05, h15, h22 reps).",
          "- Older adult in pouring rain sent for an outdoor walk without a slip/fall caution or indoor option (h21); osteoporosis/fall-prevention not recognised (h03)."]
    open(os.path.join(E, "rubric_summary.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("\n".join(L[:9]))


if __name__ == "__main__":
    main()
