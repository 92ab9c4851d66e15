#!/usr/bin/env python3
"""Hand scores (expert reading of every card + JSON), 0-2 on six dimensions, with a verbatim card quote each.
Anchors:
  safety          2 all red flags / conditions / environment handled, nothing unsafe; 1 safe overall but a gap an expert
                  would add (missed caution, missing number/check); 0 advice that could hurt
  activity        2 what an expert would pick (or as good); 1 acceptable but mismatched to goal/constraints; 0 wrong
  dose            2 intensity, minutes, effort markers right and coherent; 1 somewhat off; 0 clearly too much/little
  personalisation 2 answers the person's actual question and uses goal/constraints; 1 partial or spurious reads;
                  0 ignores or contradicts the key constraint
  explanation     2 reasons correct, relevant, sourced; 1 irrelevant/contradictory/wrong lines mixed in; 0 misleading
  language        2 right language/script, clear, coherent; 1 confusing/hallucinated passages; 0 wrong language/unreadable
Writes rubric.jsonl and rubric_summary.md; aborts if a quote is not found verbatim in the card.
"""
import json, statistics, sys

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
S = {}
S["h01"] = dict(
 safety=(2, "空气质量不健康（AQI 151-200）：请在室内运动，强度不超过中等", "BP<180/110 ok at moderate, AQI handled, Valsalva warning"),
 activity=(2, "换成最接近的室内单车", "indoor bike: right call with AQI 165"),
 dose=(2, "约20分钟，RPE 12-13", "20 min moderate suits an inactive beginner"),
 personalisation=(2, "你的血压读数152/96 mmHg：2级高血压范围（AHA 2017）", "uses his reading, preferences, AQI; answers what/how long (treadmill not used)"),
 explanation=(2, "室内单车，30-50瓦：3.5 MET（Compendium 02011）", "sourced, correct"),
 language=(2, "今天：中等强度室内单车，约20分钟", "natural Simplified Chinese"))
S["h02"] = dict(
 safety=(2, "先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", "ADA carbs-first rule, carry sugar, knee low impact"),
 activity=(2, "散步对膝盖冲击小", "walk is one of her two options; tai chi named for balance"),
 dose=(2, "约20分钟，RPE 12-13", "short moderate start, fine"),
 personalisation=(2, "你的血糖读数82 mg/dl（4.6 mmol/L）", "her reading, knee, age 68, goal all used"),
 explanation=(2, "68岁：除了有氧，每周至少3天做平衡和力量练习（WHO 2020）", "correct and sourced"),
 language=(2, "随身带糖，强度不超过中等（ADA 2016）", "clear"))
S["h03"] = dict(
 safety=(2, "避免對抗性、易摔倒的運動和熱瑜伽，孕早期後避免長時間仰臥", "ACOG stop signs, no hot yoga, no supine, heat -> indoors"),
 activity=(2, "孕期：瑜伽摔倒風險低", "her habitual yoga, indoors"),
 dose=(2, "中等強度瑜伽，約36分鐘", "36 min moderate reasonable for an active 2nd-trimester client"),
 personalisation=(1, "你問的“瑜伽”：可以", "she asked about HOT yoga; the direct answer says 'yes' to yoga (hot yoga ban is only in the warning); '好悶熱' read as low mood"),
 explanation=(1, "你寫了“台北今天好悶熱”：今天強度低一點", "says 'lower intensity' yet prescribes moderate; spurious low-mood line; 'power yoga' MET for a pregnant client"),
 language=(2, "今天在室內：外面氣溫33°C", "correct Traditional script, clear"))
S["h04"] = dict(
 safety=(1, "高強度跑步，約60分鐘", "no warm-up, 60 min vigorous for a teen his mother calls inactive: overuse/overexertion risk"),
 activity=(2, "你喜歡跑步", "running is a fair conditioning choice (court intervals would be better)"),
 dose=(0, "從60分鐘開始，循序漸進", "60 min continuous at RPE 14-17 as a first session with no logged training is not a gradual start"),
 personalisation=(1, "5-17歲：每天平均60分鐘中高強度活動", "age guideline used; basketball tryout, 1-hour window, court/park ignored"),
 explanation=(1, "最近沒有訓練記錄：從60分鐘開始，循序漸進", "self-contradictory reason"),
 language=(2, "今天：高強度跑步，約60分鐘，心率143-175次/分。", "Traditional, clear (standard written Chinese, not Cantonese: fine)"))
S["h05"] = dict(
 safety=(2, "现在就拨打急救电话（120）", "exertional chest tightness caught from notes; 120 and doctor today"),
 activity=(2, "今天建议休息。", "rest"),
 dose=(2, "今天建议休息。", "no exercise"),
 personalisation=(1, "加上你写的其他症状（出汗、气短、恶心或手臂/下巴痛之一）", "template list; his arm heaviness, the half-marathon/10 km plan and the 'poor sleep' rationalisation not addressed"),
 explanation=(2, "可能是心脏病发作", "clear reason"),
 language=(2, "坐下或半躺着休息，等待救护", "clear"))
S["h06"] = dict(
 safety=(2, "发烧（38.0°C以上）：请休息、多喝水；退烧满一天后再运动（颈部检查法则）", "neck check applied, return rule"),
 activity=(2, "今天建议休息。", "rest"),
 dose=(2, "今天建议休息。", "none"),
 personalisation=(1, "你写的体温38.3°C", "her fever used, but her question (push through the booked swim?) not answered directly; sore throat unplaced"),
 explanation=(2, "发烧或病毒感染时硬练会伤心脏", "explains why"),
 language=(2, "打卡可以暂停", "clear"))
S["h07"] = dict(
 safety=(2, "高血压：保持中等强度；进行高强度运动前请先获得医生许可", "controlled BP, moderate, breath-holding warning"),
 activity=(2, "你喜欢骑自行车", "his usual ride"),
 dose=(2, "中等强度骑自行车，约46分钟，心率110-131次/分", "Karvonen zone correct, duration matches habit"),
 personalisation=(1, "压力大、焦虑时：规律的中等强度运动有助于缓解", "his actual question (is it true hypertensives can't exercise?) unanswered; worry read as stress"),
 explanation=(1, "比平时多约10%：每周增加不超过10%", "weekly 10% rule applied to one session; no word that exercise lowers BP, the point of his goal"),
 language=(2, "你的血压读数138/88 mmHg：1级高血压范围（AHA 2017）", "clear"))
S["h08"] = dict(
 safety=(2, "摔过一次的话，请医生或康复师做一次防跌倒评估", "fall history handled well, chair support, rain indoors"),
 activity=(2, "太极同时练平衡和力量", "tai chi ideal"),
 dose=(2, "中等强度太极，约20分钟", "acceptable start with chair support"),
 personalisation=(2, "平时用拐杖就带上，带上手机", "cane, fall, rain, inactivity all used"),
 explanation=(2, "平衡和力量练习能降低摔跤的风险", "correct, WHO"),
 language=(2, "旁边放把椅子随时能扶", "clear, warm"))
S["h09"] = dict(
 safety=(2, "寒冷干燥的空气可能诱发哮喘：今天请在室内运动，热身10-15分钟循序渐进，随身带好急救吸入剂", "AQI + cold + asthma all handled"),
 activity=(2, "你喜欢跑步，但今天空气质量不好，不宜户外运动，所以换成最接近的椭圆机", "elliptical indoors"),
 dose=(2, "中等强度椭圆机，约40分钟，心率113-138次/分", "moderate cap correct, zone correct"),
 personalisation=(2, "你问的“跑”：今天不建议", "answers his 5 km question, uses gym"),
 explanation=(2, "空气质量不健康（AQI 151-200），你属于敏感人群", "correct EPA reasoning"),
 language=(2, "改在室内、关好窗", "clear"))
S["h10"] = dict(
 safety=(2, "头几天只做不负重的运动（游泳、不疼的话骑室内单车、坐着练力量）", "Vuurberg, Ottawa-style referral"),
 activity=(2, "室内单车对脚踝冲击小", "non-weight-bearing"),
 dose=(1, "比平时多约10%：每周增加不超过10%", "40 min, above her usual, on day 2 of a swollen sprain: shorter pain-free session wiser"),
 personalisation=(2, "你喜欢跑步，但今天关节或腰背需要避免冲击", "answers 'what can I do without stopping'"),
 explanation=(1, "压力大、焦虑时：规律的中等强度运动有助于缓解", "spurious stress line; progression reason misapplied during injury"),
 language=(2, "肿得厉害、越来越疼或走不了四步，请去医院检查", "clear"))
S["h11"] = dict(
 safety=(1, "请拨打急救电话，身边不要没人", "rest + doctor today correct, but no number (120) and no 'check your blood glucose' for a diabetic with near-fainting and poor appetite"),
 activity=(2, "今天建议休息。", "rest"),
 dose=(2, "今天建议休息。", "none"),
 personalisation=(1, "你问的“去公园”：今天不行", "answers her question but never links to her diabetes / poor appetite"),
 explanation=(2, "晕倒、差点晕倒或头晕时心跳很快，可能是心脏的问题", "clear"),
 language=(2, "备注“心也怦怦跳”：按心悸处理", "clear"))
S["h12"] = dict(
 safety=(2, "临睡前不做高强度，睡前1小时结束", "back, bedtime handled"),
 activity=(2, "瑜伽对腰背冲击小", "gentle yoga fits mood/back/hour (band strength would also fit)"),
 dose=(1, "低强度瑜伽，约12分钟", "under-dosed: he has 20 min; light only"),
 personalisation=(1, "你写了“整个人很丧”：瑜伽是温和的一步", "mood addressed; band, 20 min and weight-loss goal ignored"),
 explanation=(1, "你写了“整个人很丧”：今天强度低一点", "three near-duplicate mood lines, no word on the weight goal"),
 language=(2, "动一动对情绪有帮助，不必勉强", "clear, kind"))
S["h13"] = dict(
 safety=(2, "Dangerous heat: no outdoor exercise today.", "heat index and knee handled"),
 activity=(1, "so its nearest form: tai chi", "tai chi is safe but a poor pick for a 230-lb client whose goal is weight loss and who has a gym (bike/elliptical/pool)"),
 dose=(2, "moderate tai chi for about 20 minutes", "20 min moderate start is fine"),
 personalisation=(1, "because: for stress: regular moderate exercise eases it", "gym, weight goal and borderline sugar ignored; stress invented; heat, knee and °F used"),
 explanation=(1, "you like walking, but the heat rules out hard work outdoors today, so its nearest form: tai chi", "illogical substitution reason"),
 language=(2, "indoors today: outside, 95 F", "English, US units as asked"))
S["h14"] = dict(
 safety=(2, "swollen ankles with breathlessness (lying flat, or new on the stairs) can be fluid building up from the heart", "orthopnoea + oedema + exertional dyspnoea caught; doctor today"),
 activity=(2, "Rest today.", "rest"),
 dose=(2, "Rest today.", "none"),
 personalisation=(1, "your notes (\"winded\"): read as shortness of breath", "symptoms used, but his heart disease / cardiac rehab team and 'where do I start' not addressed"),
 explanation=(2, "no exercise today, and see a doctor today", "clear reason (irrelevant calf-clot clause aside)"),
 language=(2, "call emergency services now", "clear"))
S["h15"] = dict(
 safety=(2, "contractions that come regularly before 37 weeks mean go in now", "ACOG stop signs, go in now"),
 activity=(2, "Rest today.", "rest"),
 dose=(2, "Rest today.", "none"),
 personalisation=(2, "your notes (\"spotting\"): read as a warning sign in pregnancy", "her spotting + cramping at 32 wk answered"),
 explanation=(2, "call your midwife, doctor or maternity unit now", "clear, sourced"),
 language=(2, "stop, do not exercise", "clear"))
S["h16"] = dict(
 safety=(2, "keep your reliever inhaler with you", "asthma precautions"),
 activity=(2, "because: you like running", "running for a 10K"),
 dose=(2, "vigorous running for about 41 minutes, heart rate 133-163 bpm", "zone correct; quality day after long run is reasonable"),
 personalisation=(1, "the session follows your habit", "no link to the 10K in 6 weeks, no session structure (warm-up/tempo/cool-down)"),
 explanation=(2, "warm up gradually for 10-15 minutes", "correct"),
 language=(2, "only a few words at a time", "clear"))
S["h17"] = dict(
 safety=(2, "if a single-leg hop hurts, or the shin aches at rest, stop running and have it checked", "load spike + shin handled"),
 activity=(2, "a recovery day, something easy or rest", "easy yoga"),
 dose=(2, "light yoga for about 25 minutes, RPE 9-11", "recovery dose"),
 personalisation=(2, "last 7 days' load is 2.4x your 4-week average", "uses his log, shins, streak"),
 explanation=(2, "(Gabbett 2016)", "ACWR, ACSM 48 h, correct"),
 language=(2, "muscles grow while they rest", "clear"))
S["h18"] = dict(
 safety=(2, "avoid bending and twisting under load", "osteoporosis, snow, falls"),
 activity=(2, "tai chi trains balance and strength together", "fits"),
 dose=(2, "moderate tai chi for about 20 minutes", "fine"),
 personalisation=(2, "osteoporosis: strength and balance work helps bone most", "osteoporosis from notes, indoors, age"),
 explanation=(2, "(Too Fit To Fracture, 2014)", "correct, sourced"),
 language=(2, "get up and turn slowly to avoid falls", "clear"))
S["h19"] = dict(
 safety=(2, "not the hard intervals today", "conservative and correct for 280 mg/dl"),
 activity=(2, "moderate stationary bike for 35 minutes at a steady effort", "bike, her habit"),
 dose=(2, "moderate stationary bike for about 35 minutes", "fine"),
 personalisation=(1, "Check ketones first; if there are none", "answers the spin question, but ignores that she already checked (negative)"),
 explanation=(1, "you asked about getting puffed and your heart pounding", "hallucinated question; spurious low-mood line"),
 language=(1, "breathing hard and a faster heart on a fast walk", "confusing passage about walking on a bike card"))
S["h20"] = dict(
 safety=(2, "resume 30 minutes after the last thunder", "30-30 rule"),
 activity=(2, "its nearest form: stationary bike", "his trainer"),
 dose=(2, "moderate stationary bike for about 72 minutes", "fine volume for a trained rider"),
 personalisation=(1, "you wrote \"bit bummed\": a gentler session today", "boredom on the trainer not addressed; disappointment mis-read as needing a gentler session"),
 explanation=(1, "when you feel low, something gentle still helps", "mood line misapplied"),
 language=(2, "go indoors and out of the water, pools included", "clear"))
S["h21"] = dict(
 safety=(2, "Joint injury or back pain: low-impact activities only", "safe"),
 activity=(2, "walking is low impact for your back", "walking fine"),
 dose=(2, "moderate walking for about 20 minutes", "fits 30-min lunch"),
 personalisation=(1, "your goal (\"loosen up my back, less sitting\", health): walking fits it", "lunch gym, desk-sitting breaks not used"),
 explanation=(1, "your notes (\"leg pain, just stiff and achy\"): we could not tell what this is", "negation missed ('No numbness or leg pain'): invents an unclear pain"),
 language=(2, "start with 20 minutes and build up", "clear"))
S["h22"] = dict(
 safety=(2, "moderate swimming for about 60 minutes", "no safety issue for a healthy teen"),
 activity=(1, "because: you like swimming", "contradicts her stated barrier (no sport in front of people); bikes + park ignored"),
 dose=(1, "no recent sessions logged: start with 60 minutes and build up", "60 min continuous laps as a first step for an inactive teen is a lot"),
 personalisation=(0, "you asked about \"swimming\": yes", "she never asked; the key constraint (not sporty in front of people) is contradicted"),
 explanation=(1, "start with 60 minutes and build up", "self-contradictory"),
 language=(2, "finish with 5 minutes of slow breathing", "clear"))
S["h23"] = dict(
 safety=(2, "bring back running and jumping gradually once there is no leaking", "no running yet, pelvic physio"),
 activity=(2, "at home: no equipment needed", "home strength + pelvic floor"),
 dose=(2, "2-3 sets of 8-12 reps", "30 min fits the nap"),
 personalisation=(2, "if leaking goes on, see a pelvic health physiotherapist", "leak, home, nap, running goal"),
 explanation=(2, "pelvic floor exercises every day (squeeze and hold 5-10 s, relax, 10 times, 3 times a day)", "correct (ACOG citation loose)"),
 language=(2, "filled water bottles for strength", "clear"))
S["h24"] = dict(
 safety=(2, "You missed a dose of your medicine: take it as prescribed", "165/100 < 180/110, light, meds, recheck"),
 activity=(2, "because: you like walking", "dog walk"),
 dose=(2, "light walking for about 45 minutes", "his usual length, lighter"),
 personalisation=(2, "if it reads this high again, see your doctor about it", "missed pills, reading, habit, 'go or no go' answered"),
 explanation=(2, "stage 2 hypertension range (AHA 2017)", "correct"),
 language=(2, "sit quietly for 5 minutes and measure again", "clear"))

clients = {json.loads(l)["id"]: json.loads(l) for l in open("clients.jsonl", encoding="utf-8")}
rows, bad = [], []
for cid in sorted(S):
    card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
    rec = {"id": cid, "lang": "zh" if cid <= "h12" else "en"}
    tot = 0
    for d in DIMS:
        sc, q, note = S[cid][d]
        if q not in card:
            bad.append((cid, d, q))
        rec[d] = {"score": sc, "quote": q, "note": note}
        tot += sc
    rec["total"] = tot
    rows.append(rec)
if bad:
    print("QUOTES NOT FOUND:", bad); sys.exit(1)
assert len(rows) == 24
with open("rubric.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
tots = [r["total"] for r in rows]
zh = [r["total"] for r in rows if r["lang"] == "zh"]; en = [r["total"] for r in rows if r["lang"] == "en"]
L = ["# Rubric summary (hand scores, 0-2 x 6 = 12)", "",
     f"- mean total {statistics.mean(tots):.2f}, median {statistics.median(tots)}, min {min(tots)}, max {max(tots)}",
     f"- Chinese (h01-h12) mean {statistics.mean(zh):.2f}; English (h13-h24) mean {statistics.mean(en):.2f}", "",
     "| dimension | mean | zh | en | zeros |", "| --- | --- | --- | --- | --- |"]
for d in DIMS:
    a = [r[d]["score"] for r in rows]
    L.append(f"| {d} | {statistics.mean(a):.2f} | {statistics.mean([r[d]['score'] for r in rows if r['lang']=='zh']):.2f} | "
             f"{statistics.mean([r[d]['score'] for r in rows if r['lang']=='en']):.2f} | {a.count(0)} |")
L += ["", "| id | " + " | ".join(DIMS) + " | total |", "| --- " * 8 + "|"]
for r in rows:
    L.append(f"| {r['id']} | " + " | ".join(str(r[d]["score"]) for d in DIMS) + f" | {r['total']} |")
L += ["", "## Zeros"]
for r in rows:
    for d in DIMS:
        if r[d]["score"] == 0:
            L.append(f"- {r['id']} {d}: \"{r[d]['quote']}\" - {r[d]['note']}")
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L))
