#!/usr/bin/env python3
"""Hand scores (blind expert 27). Each dimension 0-2: 2 = I would sign it; 1 = acceptable with reservations;
0 = I would not sign it. Every score carries an exact quote from the card (verified below); every score < 2 has a note."""
import json, os, statistics as st
E = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

S = {}
def s(cid, **kw):
    S[cid] = kw

s("h01",
  safety=(2, "今天在室内更安全", ""),
  activity=(1, "力量瑜伽：4.0 MET（Compendium 02160）", "Power yoga (4.0 MET, moderate) for a deconditioned beginner with neck/scapular pain loads the neck and shoulders (chaturanga, inversions). Correct: gentle hatha yoga / mobility plus scapular-retraction strength, or an indoor bike, light-moderate."),
  dose=(2, "从20分钟开始，循序渐进", ""),
  personalisation=(2, "肩颈僵硬：先做5分钟肩颈活动（绕肩、扩胸、慢慢转头），久坐时每小时起来活动一下", ""),
  explanation=(1, "无法确定是什么情况，今天强度放低", "A clearly described shoulder ache is twice labelled 'cannot tell what this is', and 'intensity lowered' contradicts the moderate prescription. Correct: 'non-specific desk-related neck/shoulder pain without arm numbness: movement and upper-back strengthening help; stop if pain spreads into the arm'."),
  language=(1, "备注“肩胛骨那里老是一按就疼”", "Two near-identical boilerplate lines quoting note fragments; '你问的“瑜伽”' although she asked no question. Reads machine-made."))

s("h02",
  safety=(1, "如果单脚跳也疼，或者休息时也疼，请先停跑、找医生查一下", "Focal point tenderness plus pain on stairs already suggests a bone-stress injury; the card implies he can keep running ('跑量先减一点') and only refers on hop/rest pain. Correct: no running until pain-free walking and hopping; see a clinician about the focal tenderness now."),
  activity=(2, "改成椭圆机", ""),
  dose=(1, "比平时多约10%：每周增加不超过10%", "Load went up ~2.4x in a week; the card adds 10% more (35 min) instead of cutting total load. Correct: 20-30 min non-impact (bike/pool), pain-free, and cut weekly volume back to ~10-15 km when running resumes."),
  personalisation=(1, "小腿前面酸疼（胫骨内侧）", "Shin pain is recognised, but the cause he wrote (10 -> 25 km in one week) and his 'don't break the streak' 10 km plan are not addressed."),
  explanation=(1, "本周目标90分钟", "Says 270 min done and a target of 90 min while adding 10% - contradictory; 'joint or back needs to avoid impact' mislabels a tibial problem."),
  language=(2, "跑软一点的路面，慢慢加量", ""))

s("h03",
  safety=(2, "一般不早于产后12周", ""),
  activity=(2, "今天：低强度散步，约20分钟", ""),
  dose=(1, "慢走，低于3.2公里/小时：2.0 MET", "Strolling below 3.2 km/h for 20 min is below what a cleared, ex-running woman at 6 weeks needs (postpartum >=150 min/week moderate). Correct: 20-30 min brisk walk RPE 11-13 with pram, plus daily pelvic-floor work."),
  personalisation=(1, "产后或咳嗽、跳跃时漏尿", "Leakage is handled well, but the C-section scar and the 2-finger diastasis are not: correct card adds no crunches/heavy abdominal loading yet, progress deep-core (transversus) work, breastfeeding hydration."),
  explanation=(1, "你写了“挺累的”：今天强度低一点", "'挺累的' is used twice with opposite logic (walking makes you fresher / intensity lower); the 12-week return-to-running rule is attributed to ACOG 2020, which is not its source (postpartum return-to-running guidance, Goom et al. 2019)."),
  language=(2, "每天做盆底肌训练（收紧保持5-10秒、放松，重复10次，一天3组）", ""))

s("h04",
  safety=(2, "進行高強度運動前請先獲得醫生許可", ""),
  activity=(2, "快走正合適", ""),
  dose=(2, "心率：110-128次/分", ""),
  personalisation=(1, "你的血壓讀數134/86 mmHg", "His actual question (hill sprints with the club on Saturday) is answered only by a generic line; amlodipine is not acknowledged. Correct: 'hill surges are vigorous: ask your doctor first; until then ride the hills seated at talk-test pace and take a 5-10 min easy spin-down (amlodipine + exercise can drop BP after stopping)'."),
  explanation=(2, "1級高血壓範圍（AHA 2017）", ""),
  language=(2, "用力時呼氣，不要憋氣", ""))

s("h05",
  safety=(2, "今天不要运动；今天就去看医生", ""),
  activity=(2, "今天建议休息。", ""),
  dose=(2, "今天建议休息。", ""),
  personalisation=(1, "备注“烧了”：按发烧处理", "Reads the past fever ('烧了三天', now gone) as a current fever and never names the real context: post-COVID palpitations, exertional breathlessness and chest tightness lying flat. Correct: 'these symptoms 3 weeks after COVID need a heart check (ECG, possibly troponin/echo) before any exercise; return gradually once cleared'."),
  explanation=(1, "可能是心脏病发作：现在就拨打急救电话（120）", "Five stacked warnings, including a heart-attack/ambulance instruction for intermittent chest tightness lying down and a fever rule she no longer meets: over-triage that blurs the one message (see a doctor today; 120 only if chest pain at rest, fainting or severe breathlessness)."),
  language=(1, "备注“阳了”：按颈部以下的急性疾病处理", "Long, repetitive and robotic: lists of '按…处理' note fragments."))

s("h06",
  safety=(2, "70歲、剛開始運動：先以中等強度為上限", ""),
  activity=(2, "太極同時練平衡和力量", ""),
  dose=(2, "中等強度太極，約33分鐘", ""),
  personalisation=(1, "備註“膝頭有少少硬”：按膝蓋損傷處理", "Her near-fall, osteoporosis, trouble getting up from a squat and the goal (carrying pots on the rooftop) are not addressed. Correct: tai chi plus supported sit-to-stands and safe lifting technique for pots (bend knees, keep the load close, smaller bags)."),
  explanation=(1, "壓力大、焦慮時", "Stress/anxiety advice she never mentioned; mild knee stiffness relabelled a knee injury."),
  language=(2, "可以是太極、單腳站、坐站起立、彈力帶", ""))

s("h07",
  safety=(2, "今天是恢复日，轻松活动或休息", ""),
  activity=(2, "低强度瑜伽，约40分钟", ""),
  dose=(2, "减量约30%、降低强度", ""),
  personalisation=(1, "备注“肩前面有点疼”：无法确定是什么情况", "Anterior shoulder pain during breaststroke pull in a youth swimmer is left as 'unknown'; RHR +8 and the coach-vs-mother question are not addressed. Correct: avoid painful pulling and arm-loaded yoga poses, tell the coach, see a physio if it persists; the extra afternoon session should be skipped."),
  explanation=(1, "本周目标420分钟（WHO每周至少420分钟）", "Good ACWR reason, but an irrelevant WHO 60 min/day line and a stress/anxiety line he never raised dilute it."),
  language=(2, "近7天负荷是过去4周平均的2.4倍（超过1.5）", ""))

s("h08",
  safety=(2, "血糖126 mg/dl（7.0 mmol/L）：在可以运动的范围", ""),
  activity=(2, "快走正合适", ""),
  dose=(2, "中等强度快走，约20分钟", ""),
  personalisation=(2, "饭后动一动有助于降低血糖", ""),
  explanation=(1, "备注“糖尿病”：按糖尿病处理", "Prediabetes is relabelled diabetes; a stress line he never raised. Correct: 'prediabetes: a 15-30 min walk after meals and strength training twice a week both improve glucose'."),
  language=(2, "快走，约5.6公里/小时", ""))

s("h09",
  safety=(1, "你的血糖读数50 mg/dl（2.8 mmol/L）", "The advisor read '优甲乐50微克' (levothyroxine 50 ug) as a blood glucose of 50 mg/dl and tells a non-diabetic to treat hypoglycaemia. Not physically dangerous, but false medical information on a health card. Correct card: no glucose content at all."),
  activity=(1, "你喜欢游泳，但今天它超出了今天的强度上限", "Her preferred swim (pool downstairs) is rejected for a fabricated glucose cap. Correct: moderate swim or brisk walk."),
  dose=(1, "低强度瑜伽，约25分钟", "Light only because of the false reading. Correct: 25-30 min moderate, RPE 12-13."),
  personalisation=(1, "这里没有针对它的专门建议", "Honest about hypothyroidism and refers to the doctor, but she asked what to watch for. Correct: 'with TSH normal, exercise as any beginner; build up gradually; keep taking levothyroxine on an empty stomach; fatigue usually improves'."),
  explanation=(0, "先处理低血糖：吃15-20克快糖", "The headline reason is a fabricated hypoglycaemia; I would not sign a card that invents a lab value."),
  language=(1, "你提到“不知道甲减”", "Quotes a broken fragment of her question."))

s("h10",
  safety=(0, "今天：中等強度快走，約20分鐘", "Missed a hypertensive crisis: 186/114 twice, occipital headache, missed medication. DOMAIN: do not start above 180/110; >180 = urgent medical attention. Correct: no exercise, sit and recheck, take/see about meds today; call 999 with chest pain, breathlessness, vision change, weakness or confusion."),
  activity=(0, "快走正合適", "Brisk walk prescribed; correct: rest."),
  dose=(0, "約20分鐘", "Any exercise dose is wrong today."),
  personalisation=(0, "備註“痛”：無法確定是什麼情況", "The BP reading and missed meds in the notes are ignored; the headache is reduced to an unplaceable '痛'."),
  explanation=(0, "保持中等強度", "Tells him moderate is fine for his hypertension, the opposite of what the reading demands."),
  language=(1, "備註“痛”", "Traditional script is correct, but quoting a single character out of context reads as machine output."))

s("h11",
  safety=(2, "请在室内运动，强度不超过中等", ""),
  activity=(2, "换成最接近的椭圆机", ""),
  dose=(2, "心率：124-147次/分", ""),
  personalisation=(2, "睡得少或没睡好：今天不做高强度，早点睡", ""),
  explanation=(2, "今天在室内：外面空气质量指数172", ""),
  language=(2, "结束时做5分钟慢呼吸（吸气4秒、呼气6秒）", ""))

s("h12",
  safety=(2, "先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", ""),
  activity=(2, "中等强度跑步", ""),
  dose=(1, "约42分钟", "42 min is longer than his planned 5 km (~30 min at 6:00/km) on a day with falling glucose, insulin on board and a past hypo mid-run. Correct: keep to ~30 min easy, CGM check every 15 min."),
  personalisation=(2, "用胰岛素泵运动", ""),
  explanation=(1, "跑步，约6.4公里/小时：6.0 MET（Compendium 12029）", "His stated pace is 6:00/km (10 km/h, ~9.8 MET); the card uses 6.4 km/h, so the energy estimate is off by about 40%; 'about 10% more than usual' is an odd reason on a hypo-prone day."),
  language=(2, "随身带15-30克快糖", ""))

s("h13",
  safety=(2, "low-impact activities only", ""),
  activity=(2, "stationary bike is low impact for your knee", ""),
  dose=(2, "moderate stationary bike for about 26 minutes", ""),
  personalisation=(2, "at 67: besides aerobic activity, balance and strength on at least 3 days a week", ""),
  explanation=(2, "read as a knee injury", ""),
  language=(1, "because: you like stationary bike", "Ungrammatical template ('you like stationary bike') and lower-cased quotes of his notes ('i overdo it')."))

s("h14",
  safety=(2, "low-impact activities only", ""),
  activity=(2, "stationary bike is low impact for your knee", ""),
  dose=(2, "moderate stationary bike for about 45 minutes", ""),
  personalisation=(1, "you like brisk walking", "Osteoarthritis, the hiking club and Saturday's 10-miler are never mentioned. Correct: 'after a flare, bike today; quads/hip strength 2x/week; for Saturday use poles, shorten the route, go slowly downhill, ice if it swells'."),
  explanation=(0, "a fresh sprain should carry no weight for the first days today", "The main reason is an invented fresh sprain (with an ankle-sprain guideline) she does not have; the knee OA is the actual reason."),
  language=(1, "today, so its nearest form: stationary bike", "Clunky, repeated template phrasing."))

s("h15",
  safety=(2, "nothing hard today", ""),
  activity=(1, "light yoga suits today better", "One short night in an advanced lifter at a stable load (ACWR ~1) does not call for a recovery-yoga day. Correct: keep leg day but cap effort (e.g. squats at RPE 7, drop the 140 kg top sets, fewer sets), or moderate session."),
  dose=(1, "Today: light yoga for about 32 minutes", "Too little for this athlete; a reduced-load session (~45-60 min, moderate) fits."),
  personalisation=(1, "your legs are sore or were trained hard", "Invents sore legs; treats his normal 5-day split as overreaching."),
  explanation=(1, "5 of the last 7 days trained (5 of them hard): a recovery day", "Reasoning rests on a misread of his routine and invented soreness; the sleep point alone is valid."),
  language=(2, "short or poor sleep: nothing hard today, and an early night", ""))

s("h16",
  safety=(2, "no outdoor exercise today", ""),
  activity=(1, "Train indoors with air conditioning", "He wrote the garage trainer has no aircon ('like a sauna'); the card still picks the trainer. Correct: pool session, or the long ride at dawn (before ~8 am) tomorrow; trainer only with fans and shortened."),
  dose=(2, "moderate stationary bike for about 45 minutes", ""),
  personalisation=(1, "in your first week or two of heat", "Ignores that he is acclimatised since October and has no aircon; no plan to move the audax training ride to early morning."),
  explanation=(2, "the heat rules out hard work outdoors today", ""),
  language=(2, "drink before, during and after", ""))

s("h17",
  safety=(1, "A cold above the neck (runny nose, sneezing, mild sore throat)", "Invents a head cold from his smoker's cough; the walk is not placed indoors although it is snowing at -6 C with wind. Correct: indoor treadmill/bike in the office gym."),
  activity=(1, "Today: light walking for about 20 minutes", "Walking is fine, but he has a gym in the basement; the card does not say where."),
  dose=(1, "the safety rules keep today at light at most", "Capped at light by a fictitious cold. Correct: 10-20 min moderate brisk walk/bike, ideally after lunch when cravings peak."),
  personalisation=(1, "the cravings hit hardest after lunch", "Cravings are used, but the basement gym and day-9 milestone are ignored."),
  explanation=(1, "rest if it spreads to your chest or you get a fever", "A neck-check warning for a cold he does not have."),
  language=(2, "walking helps you unwind", ""))

s("h18",
  safety=(1, "keep your reliever inhaler with you", "Extreme grass pollen plus an incoming thunderstorm (thunderstorm-asthma setting) is never mentioned; hay fever read as a cold. Correct: indoor session, reliever at hand, stay indoors when the storm arrives, seek help if the reliever is needed repeatedly."),
  activity=(2, "light yoga", ""),
  dose=(1, "the safety rules keep today at light at most", "Light cap comes from a misread cold; 30 min moderate indoor bike/elliptical fits her."),
  personalisation=(1, "you asked about \"5k\"", "Pollen, storm and her running goal are not addressed."),
  explanation=(1, "A cold above the neck", "The stated reason is a cold she does not have."),
  language=(2, "warm up gradually for 10-15 minutes", ""))

s("h19",
  safety=(1, "read as an illness below the neck", "Rest is safe today, but pregnancy is never mentioned: no warning signs (bleeding, dizziness, contractions) and no answer on hot yoga, which she asked about and should avoid."),
  activity=(1, "Rest today.", "Defensible on a day with vomiting, but a correct card offers a short gentle walk or prenatal yoga if she feels able, with fluids."),
  dose=(1, "Rest today.", "No guidance for the coming days: ~150 min/week moderate, easy runs may continue."),
  personalisation=(0, "you asked about \"running\": not today", "Pregnancy ignored entirely; both questions (running, hot yoga) unanswered."),
  explanation=(0, "Illness below the neck (flu, body aches, vomiting, diarrhoea, chest congestion)", "Morning sickness is explained as a viral illness with a heart-strain warning: wrong reason."),
  language=(2, "rest and drink fluids until it has passed", ""))

s("h20",
  safety=(2, "rest if it spreads to your chest or you get a fever", ""),
  activity=(1, "you like running, but it is harder than the limit allows today", "An easy jog or light strength fits the neck check and his preferences; yoga ignores both."),
  dose=(2, "light yoga for about 30 minutes", ""),
  personalisation=(1, "when you feel low, something gentle still helps", "'Feel a bit meh' with a cold is over-read as low mood."),
  explanation=(2, "A cold above the neck (runny nose, sneezing, mild sore throat): light activity only", ""),
  language=(2, "with no need to push", ""))

s("h21",
  safety=(2, "swimming is low impact for your back", ""),
  activity=(2, "moderate swimming for about 20 minutes", ""),
  dose=(2, "start with 20 minutes and build up", ""),
  personalisation=(1, "your notes (\"leg pain\"): we could not tell what this is", "Misses the negation ('no numbness or leg pain'); pilates history and the goal (lifting her grandson) unused."),
  explanation=(1, "Your notes mention something we could not place: we kept today gentle", "Unneeded 'something we could not place' warning created by the negation error."),
  language=(1, "(you wrote \"lower back has been\")", "Truncated quote of her notes."))

s("h22",
  safety=(2, "low-impact activities only", ""),
  activity=(2, "elliptical instead", ""),
  dose=(2, "30 minutes at most, and build up", ""),
  personalisation=(1, "BMI 36: start low impact", "Her plan (daily running, 1200 kcal, bootcamp) and the 20 kg/May goal are not addressed. Correct: realistic 0.5-1 kg/week, strength 2x/week, no crash diet, tell the bootcamp about her knees."),
  explanation=(2, "your joint or back needs low impact", ""),
  language=(2, "it should feel doable, never punishing", ""))

s("h23",
  safety=(2, "nothing hard today", ""),
  activity=(2, "walking fits it", ""),
  dose=(2, "moderate walking for about 24 minutes", ""),
  personalisation=(2, "I am sorry for your loss.", ""),
  explanation=(2, "if sleep and appetite have not come back in a few weeks, tell your doctor", ""),
  language=(2, "can give the day some shape", ""))

s("h24",
  safety=(0, "Today: moderate brisk walking for about 20 minutes", "Missed classic exertional angina (chest heaviness radiating to the left arm on exertion in the cold, relieved by rest, FHx, ex-smoker). DOMAIN: do not start, medical clearance first. Correct: no exercise, see a doctor promptly; call emergency services if it comes at rest or lasts >5 min."),
  activity=(0, "brisk walking fits it", "Brisk walking in 2 C cold is exactly the trigger he described; correct: rest."),
  dose=(0, "start with 20 minutes and build up", "Any dose is wrong before clearance."),
  personalisation=(0, "read as high blood pressure", "Only the BP remark was read; the chest/arm symptoms and family history were ignored."),
  explanation=(0, "you like running, but it is harder than the limit allows today", "No mention of the warning symptoms; the explanation reassures."),
  language=(2, "this week's aim 90 (WHO: at least 150)", ""))


def main():
    clients = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(E, "clients.jsonl"), encoding="utf-8")}
    mech = json.load(open(os.path.join(E, "mech.json"), encoding="utf-8"))
    rows, bad = [], []
    for cid, c in clients.items():
        card = open(os.path.join(E, "outputs", cid + ".card.txt"), encoding="utf-8").read()
        sc = S[cid]
        assert set(sc) == set(DIMS), cid
        for d in DIMS:
            v, q, n = sc[d]
            assert v in (0, 1, 2), (cid, d)
            if q not in card:
                bad.append((cid, d, q))
            if v < 2 and not n.strip():
                bad.append((cid, d, "missing note"))
        j = json.load(open(os.path.join(E, "outputs", cid + ".json"), encoding="utf-8"))
        lang = c["profile"].get("language") or ("zh" if int(cid[1:]) <= 12 else "en")
        rows.append({"id": cid, "language": "zh" if int(cid[1:]) <= 12 else "en", "language_tag": lang, "who": c["who"],
                     "scores": {d: sc[d][0] for d in DIMS}, "total": sum(sc[d][0] for d in DIMS),
                     "evidence": {d: sc[d][1] for d in DIMS}, "notes": {d: sc[d][2] for d in DIMS if sc[d][0] < 2},
                     "mech_pass": mech[cid]["pass"], "mech_failed": mech[cid]["failed"],
                     "activity": j.get("activity"), "intensity": j.get("intensity"), "minutes": j.get("minutes")})
    if bad:
        for b in bad:
            print("QUOTE/NOTE PROBLEM:", b)
        raise SystemExit(1)
    with open(os.path.join(E, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = [r["total"] for r in rows]
    zh = [r["total"] for r in rows if r["language"] == "zh"]
    en = [r["total"] for r in rows if r["language"] == "en"]
    L = ["# Rubric summary — blind expert evaluation 27", "",
         f"Cards: {len(rows)}. Mean total: **{st.mean(tot):.2f} / 12** (median {st.median(tot)}).",
         f"Chinese (h01-h12): {st.mean(zh):.2f}; English (h13-h24): {st.mean(en):.2f}.", "",
         "| dimension | mean (0-2) | zh | en | # zeros |", "| --- | --- | --- | --- | --- |"]
    for d in DIMS:
        a = [r["scores"][d] for r in rows]
        L.append(f"| {d} | {st.mean(a):.2f} | {st.mean([r['scores'][d] for r in rows if r['language']=='zh']):.2f} | "
                 f"{st.mean([r['scores'][d] for r in rows if r['language']=='en']):.2f} | {a.count(0)} |")
    L += ["", "## Per card", "", "| id | lang | activity | intensity | min | " + " | ".join(DIMS) + " | total | mech |",
          "| --- " * 13 + "|"]
    for r in rows:
        L.append(f"| {r['id']} | {r['language_tag']} | {r['activity']} | {r['intensity']} | {r['minutes']} | "
                 + " | ".join(str(r['scores'][d]) for d in DIMS) + f" | {r['total']} | {'pass' if r['mech_pass'] else 'FAIL'} |")
    L += ["", "## Cards with a 0", ""]
    for r in rows:
        z = [d for d in DIMS if r["scores"][d] == 0]
        if z:
            L.append(f"- **{r['id']}** ({', '.join(z)}): {r['notes'][z[0]]}")
    mp = sum(r["mech_pass"] for r in rows)
    L += ["", f"## Mechanical checks: {mp}/{len(rows)} pass", ""]
    for r in rows:
        if not r["mech_pass"]:
            L.append(f"- {r['id']}: {', '.join(r['mech_failed'])}")
    L += ["", "## Recurring strengths", "",
          "- Environment rules are applied well: rain/snow -> indoors (h01, h13, h21), AQI 172 -> indoor, moderate cap (h11), 41 C heat -> no outdoor exercise (h16).",
          "- Condition-driven substitutions are sensible: low-impact swaps for knee/shin/back/obesity (h02, h13, h14, h21, h22); T1D carbohydrate-first rule (h12); ACWR 2.4 -> recovery day (h07); neck check for a head cold (h20).",
          "- Doses are conservative and usually in range; RPE and talk test on every exercising card, Karvonen/Tanaka HR zones correct where given (h04, h11, h12).",
          "- Some genuinely expert touches: pelvic-floor plan and >=12-week return-to-run rule postpartum (h03), pump basal advice (h12), compassionate bereavement card (h23), 65+ balance and strength (h06, h13).",
          "", "## Recurring weaknesses", "",
          "- **Missed red flags buried in free text (2 of 3 must-rest clients)**: hypertensive crisis 186/114 in Cantonese notes (h10) and exertional angina radiating to the arm (h24) both got a brisk walk.",
          "- **Misreadings that create false conditions**: levothyroxine 50 ug read as glucose 50 mg/dl (h09); morning sickness read as viral illness (h19); hay fever and smoker's cough read as a cold (h17, h18); knee OA flare read as a fresh sprain (h14); 'no ... leg pain' read as leg pain (h21); past fever read as current (h05); invented sore legs (h15).",
          "- **The client's actual question or goal is often unanswered**: hill sprints (h04), hot yoga/running in pregnancy (h19), Saturday hike (h14), crash diet/daily running (h22), coach vs mother (h07), what to watch with hypothyroidism (h09).",
          "- **Boilerplate noise**: 'cannot tell what this is' lines (h01, h07, h10, h21) and stress/anxiety lines the client never raised (h06, h07, h08); repeated reasons and clunky quoting (h01, h03, h13, h14).",
          "- **Over-conservative light caps from misreads** (h09, h15, h17, h18).",
          ]
    open(os.path.join(E, "rubric_summary.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("\n".join(L[:16]))
    print("zeros:", [(r['id'], [d for d in DIMS if r['scores'][d] == 0]) for r in rows if 0 in r['scores'].values()])
    print("mech pass", mp)


if __name__ == "__main__":
    main()
