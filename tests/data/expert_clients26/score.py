#!/usr/bin/env python3
"""Hand scores of the blind reviewer (ACSM clinical exercise physiologist) for evaluation 26.
Six dimensions, 0-2 each (2 = I would sign it; 1 = acceptable with reservations; 0 = I would not sign it).
Every score has an evidence quote that must be an exact substring of outputs/ID.card.txt (asserted);
every score below 2 has a note saying what is wrong and what a correct card would say.
Writes rubric.jsonl and rubric_summary.md."""
import json, statistics as st
E = "/tmp/expert26"
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

S = {}
def s(cid, **kw):
    S[cid] = kw

# Each dim: (score, quote, note-or-None)
s("h01",
  safety=(2, "用力时呼气，不要憋气", None),
  activity=(2, "今天：中等强度快走，约20分钟", None),
  dose=(2, "从20分钟开始，循序渐进", None),
  personalisation=(1, "你的血压读数152/96 mmHg", "BP reading and knees are used, but the defining fact (sits 11-12 h a day driving) is never addressed, nor the resistance band he carries. A correct card adds: break up driving every 1-2 h with a few minutes of walking/standing, and a band routine at service stops."),
  explanation=(1, "快走对膝盖冲击小（你写了“跑步膝”）", "Misquotes him: he wrote '一跑步膝盖就响' (knees click when running), not '跑步膝' (runner's knee); the card then labels it a knee injury. Should quote his words and say crepitus without pain is not an injury but low impact is still wise."),
  language=(2, "咖啡、赶路、紧张都会让一次读数偏高", None))
s("h02",
  safety=(2, "跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复", None),
  activity=(2, "今天：中等强度散步，约25分钟", None),
  dose=(2, "活动：散步  强度：中等强度  时间：25分钟", None),
  personalisation=(1, "每天做盆底肌训练", "Pelvic floor is handled well, but the diastasis recti she describes (two fingers), breastfeeding (hydration, feed before exercising) and broken sleep are ignored. A correct card adds: avoid crunches/sit-ups until the gap is assessed; feed or pump first; keep it easy after bad nights."),
  explanation=(1, "你写了“又怕伤着”：散步能放松身心", "Reads her fear of injuring herself as stress and adds a stress/anxiety reason she never gave. Should say: walking is safe for your pelvic floor while you rebuild it."),
  language=(2, "收紧保持5-10秒、放松，重复10次，一天3组", None))
s("h03",
  safety=(2, "地面溼滑或結冰：避免戶外跑步和騎車。", None),
  activity=(2, "今天：中等強度游泳，約25分鐘", None),
  dose=(2, "從25分鐘開始，循序漸進", None),
  personalisation=(1, "備註“二甲雙胍”：按糖尿病處理", "Metformin for insulin resistance is read as diabetes and the card then states she uses insulin. Correct: PCOS with insulin resistance on metformin - no hypoglycaemia protocol needed; add resistance training 2 days/week, which helps insulin sensitivity."),
  explanation=(1, "在用胰島素：運動前測一下血糖", "False premise: she is not on insulin. The reason should be deleted; otherwise the reasons (rain, knees, goal) are fine."),
  language=(1, "你提到的病情本建議沒有专門的規則", "Traditional card mixes simplified characters (专門, 不寻常, 筛查). A zh-TW card must be fully Traditional: 專門, 不尋常, 篩查/篩檢."))
s("h04",
  safety=(2, "如果在吃抗凝药，避开对抗性和容易摔倒的运动", None),
  activity=(1, "练上肢（推、拉、肩）和核心", "Upper-body and core only because a month-old stumble is taken as a fresh sprain; for a 74-year-old whose goal is not falling the session must include legs and balance (sit-to-stand, supported single-leg stance, tai chi he wants to join)."),
  dose=(2, "5个动作×1-2组×10-15次", None),
  personalisation=(1, "你喜欢散步，但今天新伤头几天不宜负重", "Bereavement, AF, anticoagulant and beta-blocker are handled well, but the bruise from last month is treated as a new injury, which wrongly takes away his walking and tai chi. Should say: the bruise has healed; keep walking and start the tai chi class."),
  explanation=(1, "备注“崴”：按脚踝损伤处理", "Reasons built on a misread ('崴' a month ago -> ankle injury now; Vuurberg acute sprain warning). Should explain the choice by fall prevention and AF instead."),
  language=(2, "心律不齐时手表测的心率不准，按自我感觉（RPE）和说话测试来", None))
s("h05",
  safety=(2, "如果出现新的无力、麻木、口角歪斜、说话不清或突然剧烈头痛，立即停下并呼叫急救", None),
  activity=(2, "今天：中等强度散步，约20分钟", None),
  dose=(2, "每段10分钟也算", None),
  personalisation=(2, "走路带上拐杖，找平整、有扶手或有人陪的地方", None),
  explanation=(1, "你写了“我一个人在家”：今天强度低一点", "Says intensity is lowered because she is alone, yet prescribes moderate RPE 12-13; and adds a low-mood reason she never gave ('心情低落'). Should say: alone at home -> walk where there are benches/rails, phone with you, keep to RPE 11-13."),
  language=(2, "力量练习坐着做更稳", None))
s("h06",
  safety=(2, "在药效好的时候练，身边有可扶的东西", None),
  activity=(2, "今天：中等强度太极，约35分钟", None),
  dose=(2, "最近28天你练了2次，平均每次35分钟：按你的习惯安排", None),
  personalisation=(1, "帕金森：太极对平衡和防跌倒证据最好", "He asks directly whether high-intensity cycling helps and says the family stopped outdoor riding; neither is answered. A correct card says: yes, high-intensity stationary cycling (SPARX 2018) is a good option on other days, indoors on a stationary bike, during 'on' time."),
  explanation=(2, "迈不开步时停下、数拍子或跨过地上的线再走", None),
  language=(2, "太极同时练平衡和力量", None))
s("h07",
  safety=(2, "如果比平時喘得明顯厲害、痰變多或變色、胸痛或嘴唇發紫，停下並聯繫醫生", None),
  activity=(2, "今天：中等強度太極，約20分鐘", None),
  dose=(2, "從20分鐘開始，循序漸進", None),
  personalisation=(2, "今天在室內：外面空氣質量指數165", None),
  explanation=(2, "你屬於敏感人群：今天不要在戶外運動", None),
  language=(2, "呼氣時縮唇慢慢吐氣", None))
s("h08",
  safety=(2, "今天不要运动，今天就去看医生", None),
  activity=(2, "今天建议休息。", None),
  dose=(2, "今天建议休息。", None),
  personalisation=(2, "脚踝肿又气短（躺平就喘，或爬楼新出现的喘），可能是心脏或肾脏的问题导致积液", None),
  explanation=(2, "不要跑步“活动开”", None),
  language=(2, "如果突然喘不上气、胸痛或咳血，立即拨打急救电话", None))
s("h09",
  safety=(2, "发烧（体温38°C或以上）就立即停止并联系你的肿瘤科", None),
  activity=(2, "今天：低强度瑜伽，约20分钟", None),
  dose=(2, "活动：瑜伽  强度：低强度  时间：20分钟", None),
  personalisation=(1, "正在抗癌治疗", "Chemotherapy ended 3 months ago (she is on tamoxifen), and her direct question - can I swim now the PICC is out - is not answered. Correct: with the line out and the site healed and normal blood counts, swimming is fine; it is a good choice for her."),
  explanation=(1, "你提到“乳腺癌”：这里没有针对它的专门建议", "Contradicts itself: it applies a cancer rule and a lymphoedema rule, then says there is no specific advice for breast cancer. Remove the generic 'no rule' line."),
  language=(2, "从很轻的重量开始，戴着压力袖", None))
s("h10",
  safety=(2, "肿得厉害、越来越疼或走不了四步，请去医院检查", None),
  activity=(2, "今天：中等强度游泳，约20分钟", None),
  dose=(2, "活动：游泳  强度：中等强度  时间：20分钟", None),
  personalisation=(1, "新伤（刚扭伤、肿着）", "A hot, swollen knee in RA on methotrexate + biologic is a joint flare (or, rarely, infection), not a sprain. Correct: flare of the right knee -> unload it in the warm pool, gentle range-of-motion, no weight-bearing exercise on it; if it stays hot/swollen >2 days or fever, call the rheumatologist."),
  explanation=(1, "备注“膝盖僵”：按膝盖损伤处理", "Reasons cite an ankle-sprain guideline (Vuurberg 2018) for an inflammatory joint. Should explain by RA flare / morning stiffness and warm water easing stiffness."),
  language=(2, "水托住大部分体重，受伤的关节不用承重", None))
s("h11",
  safety=(2, "先补充15-30克碳水化合物（一根香蕉、一杯果汁或葡萄糖片），15分钟后复测，高于90再开始", None),
  activity=(1, "今天：中等强度快走，约45分钟", "He is going to 90 minutes of football training; a brisk walk ignores it. Correct: after 15-30 g carbs and a recheck above 90 (trend flat or rising), he can train, with reduced basal and glucose on the bench."),
  dose=(1, "强度不超过中等", "Caps a trained 15-year-old at moderate 45 min; after the carbohydrate and recheck, ADA allows the session. Should prescribe the training with checks every 30 min."),
  personalisation=(0, "你喜欢跑步，但今天关节或腰背需要避免冲击", "Invents a joint/back injury (from '腿发软', which was a past hypo symptom) and never mentions the football training that is the whole question. The pump advice is good, but I would not sign a card that tells him he is injured. Correct: '腿发软' = the hypo last time; plan for football."),
  explanation=(1, "备注“腿发软”：无法确定是什么情况", "The reader is told the advisor could not understand him; should explain that leg weakness last time was a low and how to prevent it (carbs, basal reduction, 30-min checks)."),
  language=(2, "随身带15-30克快糖", None))
s("h12",
  safety=(2, "立即停止运动，现在就打电话给产科医生、助产士或产房", None),
  activity=(2, "今天建议休息。", None),
  dose=(2, "今天建议休息。", None),
  personalisation=(2, "37周前宫缩变得规律，现在就去医院", None),
  explanation=(2, "备注“粉红色”：按孕期危险信号处理", None),
  language=(2, "大出血或剧痛请拨打120", None))
s("h13",
  safety=(2, "rest if it spreads to your chest or you get a fever", None),
  activity=(1, "Today: light yoga for about 30 minutes", "Yoga replaces the coach's easy 40 min + 4 x 1 km at marathon pace, four days before the race, because of a cold he does not have. Not harmful, but wrong: the card should keep the easy run with the short race-pace segments."),
  dose=(1, "the safety rules keep today at light at most", "Light cap comes from the misread cold; correct dose is ~40-50 min mostly easy with ~12 min at marathon pace."),
  personalisation=(0, "A cold above the neck (runny nose, sneezing, mild sore throat): light activity only", "Attributes his kid's sniffles to him ('my kid had the sniffles but I'm fine'). I would not sign a card that misdiagnoses the client; correct: 'you are symptom-free: follow your taper plan; wash hands, sleep'."),
  explanation=(0, "taper week: keep the plan's easy run and strides, cutting volume not intensity", "Self-contradictory: this reason says keep the easy run and strides, while the card prescribes yoga ('you like running, but it is harder than the limit allows today'). The reasons must support the prescription."),
  language=(2, "extra work now adds no fitness before the race, only fatigue", None))
s("h14",
  safety=(2, "nothing overhead today and no weight on your arms (push-ups, planks, downward dog)", None),
  activity=(2, "Today: moderate strength training for about 45 minutes", None),
  dose=(1, "8 exercises for the major muscle groups, 3-4 sets of 8-12 reps each", "Generic hypertrophy prescription that (a) conflicts with 'no weight on your arms' and (b) ignores his 5x3 @ 87% programme. Correct: lower body as programmed (squat/deadlift), bench replaced by pain-free variants (floor press/board press at reduced load) or skipped, plus rotator-cuff work."),
  personalisation=(1, "stiff neck and shoulders: start with 5 minutes of shoulder rolls, chest openers and slow neck turns, and get up once an hour when you sit", "Desk-worker advice for a powerlifter with anterior shoulder pinch; assumes a physio he did not mention; nothing about the meet in 14 weeks. Correct: 10 days of pinch at the bottom of the bench -> have it assessed if not settling in 1-2 weeks, modify the bench, keep the meet plan."),
  explanation=(1, "we could not tell what this is, so today is gentler", "Tells him the pain could not be placed while another line handles 'your shoulder'. Should simply say: right anterior shoulder pain on bench -> modified upper-body work."),
  language=(2, "move it only in its pain-free range", None))
s("h15",
  safety=(1, "5 exercises for the legs and hips (squat, lunge, hinge) and core, 3-4 sets of 8-12 reps each, with a load that makes the last reps hard", "Hard loaded hinge/lunge on a 19-day grade 1-2 hamstring strain without a pain-monitoring rule; and no 'no sprinting or kicking until the physio retests you'. Correct: hinge/Nordics only pain-free (pain <= 2-3/10, no next-day increase), no sprinting."),
  activity=(2, "Today: moderate strength training for about 43 minutes", None),
  dose=(1, "3-4 sets of 8-12 reps each", "Near-failure volume on the injured muscle; should be moderate load, pain-free, plus the physio-cleared easy straight-line jog (e.g. 20 min indoors/treadmill given the wet pitch)."),
  personalisation=(0, "your notes (\"pulled my left hamstring\"): we could not tell what this is", "A clearly named hamstring strain is 'not placed' and then treated as a joint/back injury ('your joint or back needs low impact'), blocking the jogging his physio allowed. I would not sign it. Correct: 'hamstring strain day 19, physio allows pain-free jogging, no sprinting until retest'."),
  explanation=(1, "you like running, but your joint or back needs low impact today", "The stated reason is false (no joint or back problem). The wet pitch reason is fine."),
  language=(2, "bored of the routine: variety keeps people going", None))
s("h16",
  safety=(1, "Today: moderate cycling for about 60 minutes", "A 60-min outdoor ride for a 10-year-old at 16:00 in December (dusk) with no word on helmet, lights or staying in the cul-de-sac [beyond DOMAIN]. Correct: helmet, lights, ride where mum can see, back before dark."),
  activity=(2, "because: you like cycling", None),
  dose=(1, "no recent sessions logged: start with 60 minutes and build up", "'Start with 60 and build up' is contradictory and a lot for an inactive child who hates sport; WHO 60 min/day can be accumulated. Correct: 20-30 min of bike play plus dancing later, adding up to 60."),
  personalisation=(1, "energy: about 189 kcal", "Mum asked for no weight talk because he reads the cards, yet kcal are shown; Just Dance, the stitch and his dislike of PE are ignored. Correct: no kcal, frame as fun (bike games with his sister, Just Dance), stitch tip (start slow)."),
  explanation=(1, "because: about 0 moderate-equivalent minutes in the last 7 days; this week's aim 420 (WHO: at least 420)", "Adult-style load bookkeeping aimed at a child who reads it; nothing on why it's good for him (fun, energy, friends)."),
  language=(2, "ages 5-17: 60 minutes a day of moderate-to-vigorous activity", None))
s("h17",
  safety=(2, "get medical help now (call emergency services, or have someone take you to urgent care; do not drive yourself)", None),
  activity=(2, "Rest today.", None),
  dose=(2, "No exercise today (AHA 2017).", None),
  personalisation=(2, "your blood pressure reading 186/112 mmHg: hypertensive crisis range (AHA 2017)", None),
  explanation=(2, "with the headache you describe, get medical help now", None),
  language=(2, "If you missed your pills, tell the doctor there.", None))
s("h18",
  safety=(2, "avoid bending and twisting under load (sit-ups, toe touches, lifting with a rounded back)", None),
  activity=(2, "Today: moderate tai chi for about 20 minutes", None),
  dose=(2, "balance and strength on at least 3 days a week (WHO 2020)", None),
  personalisation=(2, "I am sorry for your loss.", None),
  explanation=(1, "your notes (\"broke my wrist\"): we could not tell what this is, so today is gentler", "The old wrist fracture is reported as something the advisor could not place, next to a good osteoporosis reason; confusing. Should say: a previous fragility fracture -> fall prevention matters most."),
  language=(2, "get up and turn slowly to avoid falls", None))
s("h19",
  safety=(2, "do not do much more on a good day, so that it does not end in two days in bed", None),
  activity=(2, "Today: light walking for about 20 minutes", None),
  dose=(2, "5-20 easy minutes (walking, warm-water swimming, tai chi, stretching) count", None),
  personalisation=(1, "because: you like walking", "She points to the warm hydrotherapy pool open till 3 and says she fears being judged at the gym; neither is used. Correct: 15-20 min gentle movement in the warm pool today (or a walk if she prefers), quiet times at the pool."),
  explanation=(1, "your notes (\"pain\"): we could not tell what this is", "Her fibromyalgia pain (5/10) is called unplaceable while a fibromyalgia line follows; remove the generic line."),
  language=(2, "Add a little at a time", None))
s("h20",
  safety=(2, "Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise; train indoors", None),
  activity=(2, "Today: light yoga for about 30 minutes", None),
  dose=(2, "short sleep: nothing hard today", None),
  personalisation=(1, "you like running, but the wind chill is too low outdoors today", "Her goal is to keep a running base and the building gym has an elliptical and treadmill; the card never offers them. Correct: 20-30 min easy elliptical or treadmill jog (RPE 11-12), then sleep; yoga as the alternative."),
  explanation=(2, "asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you", None),
  language=(1, "you wrote \"hour night shift in a row\"", "Garbled quote of her words ('third 12-hour night shift in a row'), twice. Quote whole phrases or paraphrase: 'after three 12-hour night shifts'."))
s("h21",
  safety=(2, "Even if it passes, see a doctor today (AHA).", None),
  activity=(2, "Rest today.", None),
  dose=(2, "Rest today.", None),
  personalisation=(1, "call emergency services now (911 / 112 / 120)", "Generic heart-attack script: he is not in pain now; his pattern (weeks of exertional tightness to the left arm, relieved by rest, father's bypass, cholesterol 6.8) is new exertional angina needing same-day/urgent GP or chest-pain clinic, and explicitly no jogging tonight. UK client: 999 rather than 120."),
  explanation=(1, "because: your notes (\"tight\"): read as chest pain", "One-word evidence; should name what he wrote (tightness on stairs into the left arm, easing at rest) and why it means no exercise until a doctor sees him."),
  language=(2, "do not drive yourself; sit or half-lie down and wait for help", None))
s("h22",
  safety=(1, "8 exercises x 3-4 sets x 8-12 reps", "44 min of 3-4-set strength on day 2 at 3,400 m with a headache and resting HR +16 is more exertion than I would sign (WMS: avoid strenuous exercise for the first days) [beyond DOMAIN]. Correct: an easy 20-30 min walk, hydrate, no run today."),
  activity=(1, "Today: moderate strength training for about 44 minutes", "She is a runner asking about an easy 10 k; the answer should be 'not today: walk gently to acclimatise, easy short jog in 2-3 days if symptom-free'. Strength is not the acclimatisation activity."),
  dose=(1, "time: 44 min", "Too much for day 2 at altitude with AMS symptoms; 20-30 min light."),
  personalisation=(1, "at home: no equipment needed", "She is travelling in Cusco, not at home; her 10 k question is not answered, though the resting-HR rise is noticed."),
  explanation=(1, "strength training suits your fitness level and goal", "Generic reason; the real reasons (altitude, headache, HR) are in the warning but not tied to the choice."),
  language=(2, "The first days at altitude: easy and shorter, and drink well.", None))
s("h23",
  safety=(0, "You missed a dose of your medicine: take it as prescribed (if you have run out, get a refill from your doctor or pharmacy today)", "His doctor deliberately stopped gliclazide for Ramadan; telling a fasting person with type 2 diabetes he 'missed a dose' and should get a refill invites restarting a sulfonylurea during the fast (hypoglycaemia risk). I would not sign it. Correct: 'your doctor paused gliclazide for Ramadan - keep to that'."),
  activity=(2, "Today: light yoga for about 40 minutes", None),
  dose=(1, "time: 40 min", "The card's own rule says 'something light and short just before' iftar; 40 min is not short. Correct: 15-20 min light now, or the usual 40-min walk 1-2 h after iftar."),
  personalisation=(1, "moving after a meal blunts the rise", "He is fasting, there is no meal; and the gliclazide note is misread. The Ramadan line and heat are handled."),
  explanation=(1, "because: the safety rules keep today at light at most", "The light cap is driven by the invented 'missed dose'; reasons should come from fasting + heat."),
  language=(2, "train 1-2 hours after iftar (once you have eaten and drunk)", None))
s("h24",
  safety=(1, "Train indoors with air conditioning at a moderate effort at most", "She wrote she has no air-con at home; prescribing moderate power yoga indoors in a 41 C heatwave house is not heat-safe. Correct: the indoor pool (cooling) or a short gentle session in the coolest room in the evening, with water."),
  activity=(1, "yoga, power: 4.0 MET (Compendium 02160)", "Power yoga in a hot house; the indoor pool she mentions is the better choice, or gentle (hatha) yoga."),
  dose=(2, "start with 20 minutes and build up", None),
  personalisation=(1, "Train indoors with air conditioning", "Ignores 'No air con at my place' and the indoor pool 10 min away."),
  explanation=(1, "a gentler session today", "Says gentler, then prescribes moderate power yoga (RPE 12-13)."),
  language=(2, "moving a little helps the mood, with no need to push", None))

clients = [json.loads(l) for l in open(f"{E}/clients.jsonl", encoding="utf-8")]
mech = json.load(open(f"{E}/mech.json", encoding="utf-8"))["clients"]
rows = []
for c in clients:
    cid = c["id"]
    card = open(f"{E}/outputs/{cid}.card.txt", encoding="utf-8").read()
    sc = S[cid]
    assert set(sc) == set(DIMS), cid
    for d in DIMS:
        v, q, n = sc[d]
        assert v in (0, 1, 2)
        assert q in card, f"{cid}.{d}: quote not in card: {q!r}"
        assert (v == 2) == (n is None), f"{cid}.{d}: note rule"
    m = mech[cid]
    rows.append({"id": cid, "language": "zh" if int(cid[1:]) <= 12 else "en", "who": c["who"],
                 "scores": {d: sc[d][0] for d in DIMS}, "total": sum(sc[d][0] for d in DIMS),
                 "evidence": {d: sc[d][1] for d in DIMS},
                 "notes": {d: sc[d][2] for d in DIMS if sc[d][2]},
                 "mech_pass": m["pass"], "activity": m["activity"], "intensity": m["intensity"], "minutes": m["minutes"]})
with open(f"{E}/rubric.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

mean = lambda xs: round(st.mean(xs), 2)
tot = [r["total"] for r in rows]
zh = [r["total"] for r in rows if r["language"] == "zh"]
en = [r["total"] for r in rows if r["language"] == "en"]
zeros = [(r["id"], d, r["notes"][d]) for r in rows for d in DIMS if r["scores"][d] == 0]
L = ["# Rubric summary — blind expert evaluation 26 (motion-advisor, shipped model)", "",
     f"- Mean total: **{mean(tot)} / 12** (n={len(rows)}); Chinese h01-h12: {mean(zh)}; English h13-h24: {mean(en)}",
     f"- Mechanical pass: **{sum(r['mech_pass'] for r in rows)}/{len(rows)}** (see mech.json)",
     f"- Cards with all 2s: {', '.join(r['id'] for r in rows if r['total'] == 12)}", "",
     "| dimension | mean | zh | en |", "| --- | --- | --- | --- |"]
for d in DIMS:
    L.append(f"| {d} | {mean([r['scores'][d] for r in rows])} | {mean([r['scores'][d] for r in rows if r['language']=='zh'])} | {mean([r['scores'][d] for r in rows if r['language']=='en'])} |")
L += ["", "| id | activity | int | min | saf | act | dose | pers | expl | lang | total | mech |", "| --- " * 12 + "|"]
for r in rows:
    sc = r["scores"]
    L.append(f"| {r['id']} | {r['activity']} | {r['intensity']} | {r['minutes']} | " + " | ".join(str(sc[d]) for d in DIMS) + f" | {r['total']} | {'pass' if r['mech_pass'] else 'FAIL'} |")
L += ["", "## Cards with a 0", ""] + [f"- {i} {d}: {n}" for i, d, n in zeros]
L += ["", "## Recurring strengths", "",
      "- All four must-rest clients (h08, h12, h17, h21) got a rest card with a specific, correct warning and a clear 'see a doctor / get help' instruction, with the warning signs found in free-text notes (oedema + orthopnoea, bleeding + contractions, 186/112 + headache, exertional chest tightness).",
      "- Condition-specific guidance is often excellent and well sourced: COPD (h07), AF + anticoagulant + beta-blocker (h04), stroke (h05), Parkinson's (h06), lymphoedema (h09), insulin pump (h11), osteoporosis (h18), fibromyalgia pacing (h19), Ramadan timing (h23), altitude (h22), cold + asthma (h20), heat (h24), postpartum pelvic floor (h02).",
      "- Environment rules applied correctly: AQI 165 -> indoors for a sensitive person (h07), wind chill -38 -> indoors (h20), ice (h18), rain (h03, h15), heat 41 C (h24).",
      "- Doses conservative and in range; RPE used instead of HR where HR misleads (h04 AF/beta-blocker, h07, h22).",
      "", "## Recurring weaknesses", "",
      "- Note misreadings that create false conditions: kid's cold -> client's cold (h13), '腿发软' (past hypo) -> joint/back injury (h11), month-old stumble -> new sprain (h04), stopped gliclazide -> missed dose (h23), metformin -> insulin user (h03), RA flare -> sprain (h10), hamstring strain -> joint/back injury (h15).",
      "- Generic 'your notes mention something we could not place' line on clearly described problems, often next to a rule that handles them (h11, h14, h15, h18, h19; zh: h09 '没有专门建议').",
      "- Reasons that contradict the prescription (h13 keep the easy run vs yoga; h24 'gentler' vs power yoga; h05 'lower today' vs moderate; h16 'start with 60 and build up').",
      "- The client's direct question or key context is often unanswered: Parkinson's high-intensity cycling (h06), swimming after PICC (h09), football training (h11), easy 10 k at altitude (h22), warm pool (h19), elliptical/treadmill (h20), no air-con + indoor pool (h24), sitting all day (h01), no-weight-talk for a child (h16).",
      "- Athletes get generic prescriptions: 8 x 3-4 x 8-12 hypertrophy for a powerlifter on a 5x3 programme (h14), loaded hinge on a healing hamstring (h15), yoga in a marathon taper (h13).",
      "- Garbled quotes of the client's words (h20 'hour night shift in a row', h01 '跑步膝'); simplified characters leaking into a zh-TW card (h03)."]
open(f"{E}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L[:20]))
print("zeros:", [(i, d) for i, d, _ in zeros])
