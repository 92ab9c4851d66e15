#!/usr/bin/env python3
"""Hand-written rubric scores (ACSM clinical exercise physiologist view) for the 24
cards in outputs/. Six dimensions, 0-2 each (2 = I would sign it, 1 = acceptable with
reservations, 0 = would not sign): safety, activity (appropriateness of the activity),
dose, personalisation, explanation, language. Each score carries a short evidence quote
that must be an exact substring of outputs/ID.card.txt (checked below; the script fails
otherwise), and every score < 2 carries a note: what is wrong and what a correct card
would say. Writes rubric.jsonl and rubric_summary.md (uses mech.json for mechanical
passes)."""
import json, sys

E = "/tmp/expert22"
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

S = {
"h01": {
 "safety": (2, "进行高强度运动前请先获得医生许可", ""),
 "activity": (2, "今天：中等强度快走，约20分钟", ""),
 "dose": (2, "最近没有训练记录：从20分钟开始，循序渐进", ""),
 "personalisation": (1, "备注“膝盖”：按膝盖损伤处理",
   "He wrote 膝盖倒没什么问题 (knees are fine), yet the card treats him as knee-injured and adds a joint warning; his real question (every day? how long?) gets only a weekly-minutes line. A correct card drops the knee rule and says: 每周5天、每次30分钟中等强度（共150分钟），先从每次20分钟开始逐周增加，另加每周2天力量."),
 "explanation": (1, "快走对膝盖冲击小（你写了“膝盖”）",
   "A reason built on a negated mention ('knees are fine') is a false statement about the client; the BP reasoning is correct, the knee reasoning should not be there."),
 "language": (2, "能说整句话，但唱不了歌", ""),
},
"h02": {
 "safety": (2, "现在就拨打急救电话（120）", ""),
 "activity": (2, "今天建议休息。", ""),
 "dose": (2, "你问的“游泳”：今天不行，先休息", ""),
 "personalisation": (2, "备注“胸口发闷”：按胸痛处理", ""),
 "explanation": (1, "可能是心脏病发作：现在就拨打急救电话（120）",
   "He describes exertional chest pressure radiating to the left arm last week that settled with rest (stable-angina pattern); the card frames it as an attack in progress. A correct card: 这是典型的心绞痛表现：看心内科医生之前不要运动，这几天内就去就诊；如果再次出现、休息时出现或超过5分钟不缓解，立即拨打120."),
 "language": (2, "坐下或半躺着休息，等待救护", ""),
},
"h03": {
 "safety": (2, "避免對抗性、易摔倒的運動和熱瑜伽，孕早期後避免長時間仰臥", ""),
 "activity": (2, "今天：低強度瑜伽，約24分鐘", ""),
 "dose": (1, "今天：低強度瑜伽，約24分鐘，RPE 9-11（很輕鬆）",
   "A healthy, active, cleared woman at 28 weeks should be given moderate effort (RPE 12-13, talk test) for 30-40 min, e.g. swimming, toward 150 min/week; the card dropped to light because it read her question as fatigue."),
 "personalisation": (1, "你寫了“做瑜伽時要躺平的動作可以做嗎”：今天強度低一點",
   "Her question was taken as a symptom. Her three questions are answered only inside the generic pregnancy warning; a correct card answers each: 熱瑜伽：孕期不要去；需要仰臥的動作改成側臥或坐姿；每週至少150分鐘中等強度，例如每週5天×30分鐘."),
 "explanation": (1, "你問的“瑜伽”：可以，按今天的安排：低強度瑜伽24分鐘",
   "Right after she asks whether hot yoga is OK, '瑜伽：可以' reads as a yes to hot yoga; the next reason ('瑜伽輕鬆不累，動一動反而更有精神') answers a question she did not ask. It should say plainly: 熱瑜伽不要去；今天的是普通（孕期）瑜伽."),
 "language": (2, "和產科醫生保持溝通", ""),
},
"h04": {
 "safety": (2, "疼痛持續幾週不好轉，請看醫生或康復師", ""),
 "activity": (2, "所以換成最接近的橢圓機", ""),
 "dose": (2, "比平時多約10%：每週增加不超過10%", ""),
 "personalisation": (2, "腳後跟疼（足底筋膜炎）", ""),
 "explanation": (2, "扶牆壓小腿30秒×3次", ""),
 "language": (2, "今天選低衝擊的運動", ""),
},
"h05": {
 "safety": (1, "血糖165 mg/dl（9.2 mmol/L）：在可以运动的范围（90-250，ADA 2016）",
   "Glucose is checked correctly, but a card for an insulin-pump user should add hypoglycaemia precautions (carry 15-30 g fast carbohydrate, recheck during and after) and answer his pump question (temporary basal reduction per his diabetes team) - beyond DOMAIN (ADA 2016)."),
 "activity": (1, "今天：中等强度快走，约39分钟",
   "Cutting load at ACWR ~1.6 is defensible (my expected block wrongly assumed ~1; my own history implies ~1.6), but a brisk walk is not a session for a sub-1:35 half-marathoner; I would sign an easy 30-40 min run at RPE 11-12 or an easy bike instead of the tempo."),
 "dose": (2, "近7天负荷是过去4周平均的1.6倍（超过1.5）：减量约30%、降低强度", ""),
 "personalisation": (1, "腿还在酸或刚练过：今天让腿恢复",
   "He never said his legs are sore or that he slept badly ('等睡够、腿不沉了' is invented), and the pump question is ignored. A correct card gives the load reason only, and answers the pump/hypo question."),
 "explanation": (1, "你的目标“半马跑进1小时35分”（健康）：快走正合适",
   "Claiming a brisk walk 'fits' a 1:35 half-marathon goal is not credible; the honest reason is 'load spike, easy day today, tempo in 2-3 days'."),
 "language": (2, "少一次强度课不会掉体能", ""),
},
"h06": {
 "safety": (2, "摔过一次的话，请医生或康复师做一次防跌倒评估", ""),
 "activity": (2, "今天：中等强度太极，约20分钟", ""),
 "dose": (2, "71岁：除了有氧，每周至少3天做平衡和力量练习（WHO 2020）", ""),
 "personalisation": (2, "太极，旁边放把椅子随时能扶", ""),
 "explanation": (1, "深蹲等腿部训练等酸痛消退后再做",
   "She has no sore legs; this line tells a sarcopenic faller to postpone leg training, contradicting her doctor and the card's own sit-to-stand advice. A correct card: 肌少症：力量训练就是主要的治疗，每周2-3次腿部力量（坐站起立10-15次×1-2组），与太极隔天进行."),
 "language": (2, "走路选有扶手、有长椅的平路", ""),
},
"h07": {
 "safety": (2, "动一动对情绪有帮助，不必勉强", ""),
 "activity": (1, "今天：低强度散步，约45分钟，RPE 9-11（很轻松）",
   "For a healthy 16-year-old who played basketball daily, a 2.0 MET stroll is not moderate-to-vigorous activity; a correct card suggests 45-60 min of basketball with friends, a run or a ride, finishing well before bedtime."),
 "dose": (1, "5-17岁：每天平均60分钟中高强度活动",
   "The card quotes WHO's 60 min/day of moderate-to-vigorous activity and then prescribes light intensity; the dose should be ~60 min MVPA (RPE 12-15)."),
 "personalisation": (1, "你写了“最近特别烦躁”：今天强度低一点",
   "Stress and irritability are not a reason to lower intensity, and his actual question (is exercise a waste of study time? his mother says wait) is not answered. Correct: 运动不是浪费时间：每天60分钟中高强度活动有助于睡眠、注意力和情绪，今天打45-60分钟篮球."),
 "explanation": (1, "心情低落时，轻松地动一动也有帮助",
   "He reported irritability and poor sleep, not low mood, and the light-intensity reasoning contradicts the WHO line the card itself cites."),
 "language": (2, "睡眠也是训练的一部分", ""),
},
"h08": {
 "safety": (2, "疼得厉害或和平时不一样，请看医生", ""),
 "activity": (2, "今天：中等强度瑜伽，约37分钟", ""),
 "dose": (2, "最近28天你练了5次，平均每次34分钟：按你的习惯安排", ""),
 "personalisation": (2, "经期痛经：轻松的活动（散步、瑜伽、游泳、轻松骑车）常能缓解", ""),
 "explanation": (2, "哪个动作让疼痛加重就停下", ""),
 "language": (2, "能说整句话，但唱不了歌", ""),
},
"h09": {
 "safety": (2, "如果休息时也喘、咳嗽、意识模糊或走路不稳，这是高原急症，要立即下撤并就医", ""),
 "activity": (1, "今天建议休息。",
   "A healthy cyclist on day 2 at 3,650 m with no headache does not need a rest card; a correct card: 今天平路轻松骑20-40分钟（或散步），RPE 10-11，不爬坡，多喝水；出现头痛、恶心就停下休息."),
 "dose": (1, "你问的“骑车”：今天不行，先休息",
   "Zero minutes is over-restrictive (conservative, not harmful); 20-40 min easy is the dose I would sign."),
 "personalisation": (1, "明天的高海拔徒步先推迟",
   "He never mentioned a hike; his question (what to watch for when riding at altitude) is not answered."),
 "explanation": (0, "头几天出现头痛、睡不好、爬楼梯就喘，是急性高原反应",
   "He wrote 头不疼 and that the stair breathlessness settles with a short rest; the card diagnoses acute mountain sickness (which requires headache) and adds a 'breathless at rest or with light activity, see a doctor' warning on false premises. Correct: 头不疼、歇一下就缓过来的爬楼喘是到高原后的正常反应，不是高原病."),
 "language": (2, "等症状消失再说", ""),
},
"h10": {
 "safety": (2, "头晕或心慌就停", ""),
 "activity": (2, "今天：中等强度快走，约20分钟", ""),
 "dose": (2, "白天不做高强度和长时间训练", ""),
 "personalisation": (2, "斋月禁食期间：最好在开斋后1-2小时运动（先吃饭喝水）", ""),
 "explanation": (1, "你写了“但怕白天没喝水会头晕”：快走能放松身心",
   "Her dehydration worry is answered with a relaxation reason, and the headline prescribes a moderate walk now (16:30, still fasting) while the reasons say after iftar is best. Correct: 今天开斋后1-2小时快走20分钟；若在开斋前练，只做10-15分钟轻松散步或八段锦."),
 "language": (2, "开斋后马上补水", ""),
},
"h11": {
 "safety": (2, "出现胸痛、胸闷、异常气短、头晕或心跳不齐，立即停止并就医", ""),
 "activity": (2, "今天：中等强度力量训练，约44分钟", ""),
 "dose": (1, "8个动作×2-3组×8-12次",
   "A first home resistance session for a post-MI patient on a beta-blocker should start at 1 set of 10-15 reps at RPE 11-13 (~20-30 min) and progress; 44 min of 2-3 x 8-12 'somewhat hard' is too big a first step (beyond DOMAIN: AHA/ACSM resistance training in cardiac patients)."),
 "personalisation": (2, "β受体阻滞剂（如倍他乐克）会让心率升不上去", ""),
 "explanation": (2, "你喜欢跑步，但今天它超出了今天的强度上限", ""),
 "language": (2, "能说整句话、微微喘，就是合适的强度", ""),
},
"h12": {
 "safety": (2, "今天不要在户外运动，改在室内、关好窗", ""),
 "activity": (2, "换成最接近的椭圆机", ""),
 "dose": (2, "今天短一些（31分钟", ""),
 "personalisation": (2, "戴口罩不能让户外剧烈运动变安全", ""),
 "explanation": (1, "赛前减量期：按计划做轻松跑和几组加速跑",
   "This taper line tells her to run as planned on the same card that bans outdoor exercise; it should read: 赛前减量：今天在室内椭圆机30分钟，中间加4-6次20秒稍快；有跑步机可改成室内轻松跑."),
 "language": (2, "随身带急救吸入剂", ""),
},
"h13": {
 "safety": (2, "follow your rheumatologist's plan (ACR)", ""),
 "activity": (1, "you asked about \"weights\": light walking suits today better",
   "In remission, progressive resistance training is indicated (EULAR 2018); a correct card answers yes: strength 2 days/week, 8-10 exercises, 1-2 sets of 10-15 reps at a weight she can lift comfortably, today 25-30 min plus an easy walk."),
 "dose": (1, "Today: light walking for about 20 minutes, RPE 9-11 (easy).",
   "A 2.0 MET stroll is below the moderate intensity she is ready for; 20-30 min moderate (strength or brisk walk) is the dose."),
 "personalisation": (0, "an arthritis flare: rest the hot, swollen joints today",
   "She wrote 'no swollen joints right now'; the card treats her as flaring and turns down the one thing she asked about. Would not sign."),
 "explanation": (0, "you wrote \"but i'm scared of wrecking my joints\": walking helps you unwind",
   "The reasons rest on a false clinical statement (a flare) and answer her fear with 'unwind'; a correct card reassures: strength training in remission protects joints; start light, progress slowly, back off on a flare."),
 "language": (2, "ease morning stiffness with warmth and slow movement first", ""),
},
"h14": {
 "safety": (2, "keep your reliever inhaler with you", ""),
 "activity": (2, "so its nearest form: stationary bike", ""),
 "dose": (1, "a hard session two days ago (RPE 15): moderate at most today",
   "48 h have passed (DOMAIN's recovery rule is satisfied), so the coach's intervals can be done indoors; a correct card: trainer, 15-min warm-up, 5x5 min at threshold (RPE 15-16) with 3-min recoveries, 10-min cool-down (~70 min)."),
 "personalisation": (2, "indoors today: outside, -8 C", ""),
 "explanation": (2, "Cold, dry air can trigger asthma: exercise indoors today", ""),
 "language": (2, "warm up gradually for 10-15 minutes", ""),
},
"h15": {
 "safety": (2, "start with 20 minutes and build up", ""),
 "activity": (2, "Today: moderate brisk walking for about 20 minutes", ""),
 "dose": (2, "this week's aim 90 (WHO: at least 150)", ""),
 "personalisation": (1, "your notes (\"arm swelling\"): we could not tell what this is",
   "Lymphoedema risk after node removal is not understood, the cancer history is never acknowledged and 'can I go back to the gym' is unanswered. Correct: after breast cancer treatment 150 min/week plus strength 2 days/week is recommended; lifting started light and progressed slowly does not cause arm swelling; wear your sleeve if prescribed and tell your team if the arm swells."),
 "explanation": (1, "you wrote \"they took lymph nodes out on the left side so i'm a bit nervous…\": brisk walking helps you unwind",
   "Her arm concern is answered with 'unwind'; the reasons should address the arm and the return to strength work."),
 "language": (2, "finish with 5 minutes of slow breathing (in for 4, out for 6)", ""),
},
"h16": {
 "safety": (2, "if sleep and appetite have not come back in a few weeks, tell your doctor", ""),
 "activity": (2, "Today: moderate walking for about 20 minutes", ""),
 "dose": (2, "start with 20 minutes and build up", ""),
 "personalisation": (2, "I am sorry for your loss.", ""),
 "explanation": (2, "moving a little helps the mood, with no need to push", ""),
 "language": (2, "can give the day some shape", ""),
},
"h17": {
 "safety": (2, "bring back running and jumping gradually once there is no leaking, heaviness or pain, usually not before 12 weeks after the birth", ""),
 "activity": (2, "Today: moderate walking for about 39 minutes", ""),
 "dose": (2, "the session follows your habit", ""),
 "personalisation": (1, "your notes (\"pregnant\"): read as pregnancy",
   "She is 10 weeks postpartum ('before I got pregnant'); the card applies pregnancy rules (lying on the back, contractions, hot yoga). A correct card drops the pregnancy warning and keeps the postpartum message: no running yet with leaking and heaviness; pelvic-floor exercises daily; see a pelvic health physio before a return-to-run plan."),
 "explanation": (1, "walking is a gentle step; moving a little helps the mood",
   "Pelvic heaviness is read as low mood; the pregnancy reason ('walking has a low risk of falls') is irrelevant to her."),
 "language": (2, "see a pelvic health physiotherapist", ""),
},
"h18": {
 "safety": (2, "call your midwife, doctor or maternity unit now", ""),
 "activity": (2, "Rest today.", ""),
 "dose": (2, "Rest today.", ""),
 "personalisation": (1, "you asked about \"walking\": not today",
   "She asked about her gentle yoga class, and her persistent headache with puffy feet (possible pre-eclampsia) is not named as hers. Correct: spotting, a headache paracetamol doesn't shift and swelling at 32 weeks need checking today: call your maternity unit now and ask for a blood-pressure check; no yoga tonight."),
 "explanation": (2, "your notes (\"spotting\"): read as a warning sign in pregnancy", ""),
 "language": (2, "heavy bleeding or severe pain means emergency services", ""),
},
"h19": {
 "safety": (2, "if it is pain, stop if it gets worse and have it checked", ""),
 "activity": (2, "Today: moderate cycling for about 28 minutes", ""),
 "dose": (1, "bicycling < 10 mph, leisure: 4.0 MET",
   "A fit intermediate with an elbow problem can do a full 30-45 min moderate-to-vigorous run or ride; the dose was cut only because the note was unreadable."),
 "personalisation": (0, "your notes (\"elbow has been killing me - hurts\"): we could not tell what this is",
   "Lateral elbow pain the physio already named is not recognised and his actual question (play doubles tonight?) is not answered. Correct: tennis elbow - skip tonight's doubles (gripping keeps it irritated), keep the physio's wrist exercises, run or ride 30-45 min instead."),
 "explanation": (1, "when you feel low, something gentle still helps",
   "Low mood is not in his note, and 'doubles tonight ... a gentler session' is a non-sequitur; the reason should be the elbow and the match."),
 "language": (2, "you can talk in full sentences but not sing", ""),
},
"h20": {
 "safety": (1, "Your notes mention something we could not place: we kept today gentle.",
   "Three weeks of anterior shoulder pain with night ache after a volume jump: the card never says to skip the 3 km set or to get the shoulder assessed (only implied by the swap). Correct: no swimming or paddles today; see a physio about the night pain; non-overhead cardio instead."),
 "activity": (2, "Today: moderate running for about 40 minutes", ""),
 "dose": (1, "you are a trained runner",
   "Her 28-day log holds only swims; 40 min of running is a new impact load on top of an ACWR of 1.8. I would sign 20-30 min easy running or 40 min stationary bike."),
 "personalisation": (1, "stiff neck and shoulders: start with 5 minutes of shoulder rolls",
   "Generic stiff-neck advice for an impingement-type shoulder; 'trained runner' contradicts her swim-only log."),
 "explanation": (1, "we could not tell what this is, so today is gentler",
   "The card never says why swimming was swapped out; the ACWR line is good, the shoulder reason is missing."),
 "language": (2, "last 7 days' load is 1.8x your 4-week average", ""),
},
"h21": {
 "safety": (2, "Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.", ""),
 "activity": (2, "so its nearest form: elliptical", ""),
 "dose": (2, "today is shorter (45 minutes, the reasons below)", ""),
 "personalisation": (1, "your notes (\"pulled my left hamstring\"): we could not tell what this is",
   "The hamstring strain is not recognised and 'sprints today? / cup game in 10 days' is unanswered. Correct: day 5 of a grade 1 strain - no sprints yet; bike or pool 30-45 min plus pain-free bridges/isometrics; build running over the next week with your physio."),
 "explanation": (1, "your joint or back needs low impact today",
   "Wrong body part: the reason should be the hamstring, not 'joint or back'."),
 "language": (2, "squats and other leg work when the soreness has gone", ""),
},
"h22": {
 "safety": (1, "consult a clinician if it hurts",
   "Pain on hopping can mean a bone stress injury; the card does not say to stop running until assessed. Correct: no running until a physio or doctor has checked your shins; keep the streak with 25 min bike, pool or walking."),
 "activity": (2, "Today: moderate walking for about 28 minutes", ""),
 "dose": (2, "the session follows your habit", ""),
 "personalisation": (1, "we could not tell what this is, so today is gentler",
   "Shin splints in week 5 of couch-to-5k is a textbook case and is not recognised; her streak and programme question are not addressed."),
 "explanation": (1, "you wrote \"eek\": walking helps you unwind",
   "A throw-away word is used as a reason; the reason should be the shin pain."),
 "language": (2, "effort by feel: RPE 12-13 on the 6-20 scale", ""),
},
"h23": {
 "safety": (2, "Dangerous heat: no outdoor exercise today.", ""),
 "activity": (2, "so its nearest form: swimming", ""),
 "dose": (2, "ages 5-17: 60 minutes a day", ""),
 "personalisation": (2, "you like cycling, but the heat rules out hard work outdoors today", ""),
 "explanation": (2, "drink before, during and after (NWS heat index, ACSM 2007)", ""),
 "language": (2, "or early in the morning when it is cool", ""),
},
"h24": {
 "safety": (2, "rest and drink fluids until it has passed (neck check)", ""),
 "activity": (2, "Rest today.", ""),
 "dose": (2, "you asked about \"long run\": not today", ""),
 "personalisation": (1, "the temperature you wrote: 37.9 C (100.2 F)",
   "The jet-lag question (reset my body clock) and the marathon plan are not addressed. A correct card adds: get outdoor daylight this morning and keep local meal times; resume easy running 1-2 days after the aches are gone; one missed long run won't affect February."),
 "explanation": (2, "your notes (\"ache all over\"): read as an illness below the neck", ""),
 "language": (2, "A streak can wait", ""),
},
}


def main():
    clients = [json.loads(l) for l in open(f"{E}/clients.jsonl", encoding="utf-8")]
    mech = {r["id"]: r for r in json.load(open(f"{E}/mech.json", encoding="utf-8"))["results"]}
    bad = []
    rows = []
    for c in clients:
        i = c["id"]
        card = open(f"{E}/outputs/{i}.card.txt", encoding="utf-8").read()
        s = S[i]
        assert set(s) == set(D), i
        for d in D:
            sc, q, note = s[d]
            if q not in card:
                bad.append((i, d, q))
            if sc < 2 and not note:
                bad.append((i, d, "missing note"))
        rows.append({"id": i, "language": "zh" if int(i[1:]) <= 12 else "en", "who": c["who"],
                     "scores": {d: s[d][0] for d in D}, "total": sum(s[d][0] for d in D),
                     "evidence": {d: s[d][1] for d in D},
                     "notes": {d: s[d][2] for d in D if s[d][0] < 2},
                     "mech_pass": mech[i]["pass"], "mech_failed": mech[i]["failed"]})
    if bad:
        for b in bad:
            print("EVIDENCE/NOTE PROBLEM:", b)
        sys.exit(1)
    with open(f"{E}/rubric.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(rows)
    mean = sum(r["total"] for r in rows) / n
    L = []
    L.append("# Rubric summary (blind ACSM clinical exercise physiologist review)\n")
    L.append(f"24 cards, shipped model, six dimensions 0-2 (max 12). All evidence quotes verified as exact substrings of the cards.\n")
    L.append(f"**Mean total: {mean:.2f} / 12**  (median {sorted(r['total'] for r in rows)[n//2 - 1]}-{sorted(r['total'] for r in rows)[n//2]})\n")
    L.append("## Per dimension (mean of 0-2; count of 2/1/0)\n")
    L.append("| dimension | mean | 2 | 1 | 0 |\n|---|---|---|---|---|")
    for d in D:
        v = [r["scores"][d] for r in rows]
        L.append(f"| {d} | {sum(v)/n:.2f} | {v.count(2)} | {v.count(1)} | {v.count(0)} |")
    L.append("\n## Per language\n")
    L.append("| language | cards | mean total | " + " | ".join(D) + " |\n|---|---|---|" + "---|" * len(D))
    for lang in ("zh", "en"):
        rr = [r for r in rows if r["language"] == lang]
        L.append(f"| {lang} | {len(rr)} | {sum(r['total'] for r in rr)/len(rr):.2f} | " +
                 " | ".join(f"{sum(r['scores'][d] for r in rr)/len(rr):.2f}" for d in D) + " |")
    zero = [r for r in rows if 0 in r["scores"].values()]
    L.append(f"\n## Cards with a 0 ({len(zero)})\n")
    for r in zero:
        for d in D:
            if r["scores"][d] == 0:
                L.append(f"- **{r['id']}** {d}: {r['notes'][d]}")
    mp = sum(r["mech_pass"] for r in rows)
    L.append(f"\n## Mechanical checks (mech.py)\n\n{mp}/24 clients pass every expected field. Failures: " +
             "; ".join(f"{r['id']} ({', '.join(r['mech_failed'])})" for r in rows if not r["mech_pass"]) + ".\n")
    L.append("Mechanical and rubric results diverge: h05's failure partly reflects an error in my frozen expectation (see README), "
             "while h13, h15, h17, h20, h22 pass mechanically yet carry misreadings only a human reading catches (must_mention alternatives were satisfied by the card quoting the client's own words).\n")
    L.append("## Per-card table\n")
    L.append("| id | lang | who | " + " | ".join(D) + " | total | mech |\n|---|---|---|" + "---|" * (len(D) + 2))
    for r in rows:
        L.append(f"| {r['id']} | {r['language']} | {r['who'][:70]} | " + " | ".join(str(r["scores"][d]) for d in D) +
                 f" | {r['total']} | {'pass' if r['mech_pass'] else 'FAIL: ' + ','.join(r['mech_failed'])} |")
    L.append("\n## Every score below 2: what is wrong and what a correct card would say\n")
    for r in rows:
        if r["notes"]:
            L.append(f"### {r['id']} ({r['total']}/12)\n")
            for d, note in r["notes"].items():
                L.append(f"- {d} = {r['scores'][d]} (card: \"{r['evidence'][d]}\"): {note}")
            L.append("")
    open(f"{E}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
    print(f"mean {mean:.2f}/12; per dim " + ", ".join(f"{d} {sum(r['scores'][d] for r in rows)/n:.2f}" for d in D))
    print("zeros:", [(r["id"], [d for d in D if r["scores"][d] == 0]) for r in zero], "mech", mp)


if __name__ == "__main__":
    main()
