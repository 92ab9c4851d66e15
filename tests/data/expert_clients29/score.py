#!/usr/bin/env python3
"""Hand scores (expert reading of every card and JSON), 0-2 on six dimensions:
 safety          2 safe and every relevant hazard handled; 1 physically safe but a hazard missed or a false
                 alarm/misdiagnosis given as fact; 0 advice that could hurt, or a red flag missed
 activity        2 the activity a CEP would pick or sign; 1 defensible but poorly matched; 0 wrong
 dose            2 minutes/intensity/sets right for this person today; 1 off but harmless; 0 wrong or infeasible
 personalisation 2 uses the person's notes, question, goal, constraints correctly; 1 partly; 0 misreads the person
 explanation     2 reasons true, relevant and consistent; 1 partly generic/inconsistent; 0 false reasons
 language        2 right language/script, natural, register fit; 1 understandable with wrong vocabulary/register; 0 wrong
Each score carries an exact quote from the card (verified below). Writes rubric.jsonl, rubric_summary.md."""
import json, statistics

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
S = {}
def s(i, **kw): S[i] = kw

s("h01",
  safety=(1, "按颈部以下的急性疾病处理", "Physically safe, but invents an acute illness from the idiom 浑身不得劲 and never addresses the real hazard (AQI 160 for an older hypertensive)."),
  activity=(0, "今天建议休息。", "She is well and asked to train at home; indoor tai chi was the obvious answer."),
  dose=(0, "打卡可以暂停", "No session at all for a healthy active client; irrelevant streak text."),
  personalisation=(0, "备注“浑身不得劲”：按颈部以下的急性疾病处理", "Misreads 'I feel off if I skip a day' as illness; ignores her question 在家能练吗 and the smog."),
  explanation=(0, "颈部以下的急性不适（流感、全身酸痛、呕吐、腹泻、胸部充血）", "Reasons are false for this person (no flu, aches, vomiting). The BP note is the only correct line."),
  language=(2, "请休息、多喝水", "Fluent Simplified Chinese."))
s("h02",
  safety=(2, "现在就拨打急救电话（120）", "Exertional chest pressure with arm ache caught from the notes; urgent care, no driving."),
  activity=(2, "今天建议休息。", "Rest is the only acceptable choice."),
  dose=(2, "你问的“跑”：今天不行", "Explicitly refuses the 5 km run."),
  personalisation=(2, "备注“胸口发闷”：按胸痛处理", "Reads the indirect symptom in his own words."),
  explanation=(1, "坐下或半躺着休息，等待救护", "Template for an ongoing attack; he is symptom-free now; doesn't explain the exertional pattern or smoking risk."),
  language=(2, "即使缓解了，今天也要去看医生", "Clear, natural Chinese."))
s("h03",
  safety=(2, "孕早期后避免长时间仰卧", "ACOG contraindications and stop signs complete."),
  activity=(2, "今天：中等强度游泳，约40分钟", "Swimming is ideal at 24 weeks."),
  dose=(2, "RPE 12-13（能说话不能唱歌）", "40 min moderate by talk test, consistent with her habit."),
  personalisation=(1, "依据： 你喜欢游泳", "Never answers her actual question (is running bad for the baby?)."),
  explanation=(2, "孕期：游泳摔倒风险低，保持中等强度即可（ACOG 2020）", "Correct and sourced."),
  language=(2, "和产科医生保持沟通", "Natural Chinese."))
s("h04",
  safety=(2, "高温危险：今天不要在户外运动", "Heat danger recognised, indoors, fluids."),
  activity=(1, "今天：低强度瑜伽，约36分钟", "Safe but does nothing for a 1000 m test next week; indoor bike/pool or an evening run fit better."),
  dose=(1, "本周目标420分钟", "States the youth 60 min/day guideline yet prescribes 36 light minutes."),
  personalisation=(1, "你写了“跑两步就一身汗😩”：今天强度低一点", "Treats sweating in 35 C heat as fatigue; ignores his 1000 m goal and test date."),
  explanation=(1, "瑜伽轻松不累，动一动反而更有精神", "Partly generic, contradicts the youth guideline it quotes."),
  language=(2, "运动前、中、后都要喝水", "Natural Chinese."))
s("h05",
  safety=(2, "先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", "Exactly ADA: carbs first, recheck, carry sugar."),
  activity=(2, "今天：中等强度快走", "His preferred, no-clearance activity."),
  dose=(2, "约25分钟，RPE 12-13", "Sensible beginner dose."),
  personalisation=(2, "你的目标“控制血糖，减重10斤”（减重）：快走正合适", "Uses glucose, insulin, goal and preference; answers the before/after-dinner question in effect."),
  explanation=(2, "一根香蕉、一杯果汁或葡萄糖片", "Concrete and correct."),
  language=(2, "随身带糖，强度不超过中等", "Natural Chinese."))
s("h06",
  safety=(2, "下雨、下雪或结冰，地面湿滑：避免户外跑步和骑车", "Ice and knee OA both handled."),
  activity=(2, "今天：中等强度室内单车", "Uses the bike he owns; low impact."),
  dose=(2, "约20分钟，RPE 12-13", "Sensible start for a 72-year-old beginner."),
  personalisation=(1, "压力大、焦虑时：规律的中等强度运动有助于缓解", "Spurious stress reasoning; doctor's advice to strengthen the thigh not turned into exercises; no seat-height/knee tips for his 'can I still ride it?'."),
  explanation=(2, "室内单车对膝盖冲击小", "Correct, and adds balance/strength for 65+."),
  language=(2, "可以是太极、单脚站、坐站起立、弹力带", "Natural Chinese."))
s("h07",
  safety=(1, "現在先用急救吸入劑（藍色的萬托林/沙丁胺醇）", "False asthma emergency: tells a symptom-free, well-controlled asthmatic to take her reliever and call 119."),
  activity=(0, "今天建議休息。", "Swimming in warm humid air was ideal."),
  dose=(0, "你問的“游泳”：今天不行", "No session; her 'how long should I swim?' unanswered."),
  personalisation=(0, "備註“氣喘”：按氣短處理", "Reads the word 氣喘 (the condition name) as breathlessness at rest; ignores '控制得還不錯' and her stress."),
  explanation=(0, "靜息或輕微活動就氣短：今天不要運動", "The reason given is false."),
  language=(1, "有哮喘又喘得厲害", "Traditional script and 119 are right, but Mainland vocabulary (哮喘, 萬托林) instead of Taiwanese 氣喘/泛得林."))
s("h08",
  safety=(2, "請現在就去就醫（撥打999", "Hypertensive crisis with headache caught from Cantonese notes; 999 correct."),
  activity=(2, "今天建議休息。", "Rest."),
  dose=(2, "今天不要運動（AHA 2017）", "No exercise."),
  personalisation=(2, "你的血壓讀數186/112 mmHg：高血壓危象範圍", "Parsed the reading from 上面186下面112; asks about missed medication."),
  explanation=(2, "這是高血壓急症的警示信號", "Clear and correct."),
  language=(2, "或請家人送你去急診，不要自己開車", "Traditional, HK-appropriate written Chinese."))
s("h09",
  safety=(2, "近7天负荷是过去4周平均的2.5倍（超过1.5）", "Load spike caught, volume and intensity cut."),
  activity=(2, "今天：低强度瑜伽，约17分钟", "Recovery day is right."),
  dose=(2, "减量约30%、降低强度，减少受伤风险", "Appropriate recovery dose."),
  personalisation=(1, "你问的“跑”：今天不建议，关节或腰背需要避免冲击", "Invents a joint/back injury from calf tightness; 150 min/week target for a half-marathoner; no word on when to do the long run."),
  explanation=(1, "耐力课：稳定、能说整句话的强度（有氧基础区）", "Mixes correct load reasoning with irrelevant/contradictory lines."),
  language=(2, "状态好是好事，但今天身体还在恢复，留着劲下次练", "Natural, fitting her tone."))
s("h10",
  safety=(2, "起身和转身慢一点防摔", "Osteoporosis and fall precautions are specific and correct."),
  activity=(2, "今天：中等强度太极", "Tai chi fits an 85-year-old fearful of falling."),
  dose=(2, "约20分钟，RPE 12-13", "Short, moderate, progressive."),
  personalisation=(2, "85岁：除了有氧，每周至少3天做平衡和力量练习", "Uses age, fall history and osteoporosis from notes."),
  explanation=(2, "太极同时练平衡和力量", "Correct and relevant."),
  language=(2, "避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物）", "Clear Chinese with concrete examples."))
s("h11",
  safety=(2, "关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。", "Low-impact and clinician advice for disc + obesity."),
  activity=(2, "今天：中等强度椭圆机", "Appropriate low-impact choice."),
  dose=(2, "今天25分钟，以后每周最多加约10%", "Answers his 1-hour plan with a progressive dose."),
  personalisation=(1, "你喜欢跑步，但今天关节或腰背需要避免冲击，所以换成最接近的椭圆机", "Ignores the pool downstairs he mentioned; assumes an elliptical; no comment on 10 kg before New Year."),
  explanation=(2, "你打算练1小时：今天先不要，最近没有训练记录，要用几周慢慢加到这么长", "Clear, correct reasoning."),
  language=(2, "临睡前不做高强度，睡前1小时结束", "Natural Chinese."))
s("h12",
  safety=(2, "如果蔓延到胸部或发烧，请休息（颈部检查法则）", "Neck check correctly applied with stop criteria."),
  activity=(2, "今天：低强度瑜伽，约30分钟", "Light activity fits."),
  dose=(2, "RPE 9-11（很轻松）", "Light dose."),
  personalisation=(2, "你问的“深蹲”：今天换成低强度瑜伽更合适", "Answers his squat/new-PR question."),
  explanation=(2, "深蹲等腿部训练等酸痛消退后再做（同一肌群间隔48小时，ACSM）", "Correct, though it assumes leg soreness."),
  language=(2, "只做轻度活动", "Natural Chinese."))
s("h13",
  safety=(2, "48 h before the same muscles again (ACSM)", "Nothing unsafe."),
  activity=(2, "Today: moderate strength training for about 25 minutes", "Strength fits the goal and the gym next door."),
  dose=(0, "8 exercises x 3-4 sets x 8-12 reps", "24-32 sets in 25 minutes is infeasible; RPE 12-13 contradicts hypertrophy loading; no upper-body steer despite sore legs."),
  personalisation=(1, "you like running, but your joint or back needs low impact today", "Honours the 25 minutes but turns DOMS into a joint/back injury and caps a healthy 19-year-old at moderate."),
  explanation=(1, "Joint injury or back pain: low-impact activities only", "False warning and contradictory effort cues."),
  language=(2, "you said you have about 25 minutes: the session fits them", "Clear English."))
s("h14",
  safety=(2, "breathe out as you lift and never hold your breath", "BP staged correctly; moderate cap."),
  activity=(2, "Today: moderate brisk walking for about 20 minutes", "What her doctor suggested."),
  dose=(2, "no recent sessions logged: start with 20 minutes and build up", "Right start for an inactive 55-year-old."),
  personalisation=(1, "your goal (\"get fit and keep my bones strong\", health): brisk walking fits it", "Bone-health goal not translated into strength work; gym embarrassment and 'where do I start' not addressed beyond one line."),
  explanation=(2, "stage 1 hypertension range (AHA 2017)", "Correct."),
  language=(2, "you can talk in full sentences, not sing", "Plain English."))
s("h15",
  safety=(2, "see a doctor today", "Palpitations + near-syncope during exertion caught from casual notes."),
  activity=(2, "Rest today.", "Rest."),
  dose=(2, "you asked about \"run\": not today", "Refuses the tempo run."),
  personalisation=(2, "your notes (\"everything went grey\"): read as dizziness", "Reads the indirect description."),
  explanation=(1, "A racing, pounding or irregular heartbeat at rest", "Says 'at rest' when it happened during exercise (the worse sign); doesn't rebut 'probably just dehydrated'."),
  language=(2, "do not stay on your own", "Clear English."))
s("h16",
  safety=(1, "call your midwife, doctor or maternity unit now", "False obstetric emergency for a woman 4 months postpartum; misses the real issue (pelvic floor before running)."),
  activity=(0, "Rest today.", "She should train (walk, pelvic-floor, strength) today."),
  dose=(0, "your notes (\"leaking\"): read as a warning sign in pregnancy", "No session within her 30-minute nap window."),
  personalisation=(0, "your notes (\"4 months\"): read as pregnancy", "Reads 'baby is 4 months' as pregnancy."),
  explanation=(0, "bleeding, fluid leaking or contractions that come regularly before 37 weeks mean go in now", "Reasons false for her."),
  language=(2, "heavy bleeding or severe pain means emergency services", "Clear English (content wrong)."))
s("h17",
  safety=(2, "Dangerous heat: no outdoor exercise today.", "Heat, BP and glucose all handled."),
  activity=(2, "Today: moderate stationary bike for about 20 minutes", "Indoor low-impact choice."),
  dose=(2, "at 66 and new to exercise: moderate at most to start", "20 min moderate for a new beginner."),
  personalisation=(1, "you like walking, but the heat rules out hard work outdoors today", "Assumes a bike he never mentioned; no mall/early-morning walk for the walker; golf goal ignored."),
  explanation=(2, "getting used to heat takes 10-14 days and fitness does not replace it", "Correct and answers 'is that dumb?'."),
  language=(2, "indoors today: outside, 104 F", "English with his Fahrenheit."))
s("h18",
  safety=(1, "warm up and cool down for 10 minutes, and stop and seek care for chest pain or pressure", "Good stop signs, but a cold, windy morning for a post-MI man is never mentioned (DOMAIN: cold, carefully)."),
  activity=(2, "Today: moderate brisk walking for about 39 minutes", "Continues his rehab pattern."),
  dose=(2, "about 10% more than usual: at most 10% more each week", "Reasonable progression."),
  personalisation=(2, "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test", "Beta-blocker correctly handled; no HR zone."),
  explanation=(2, "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise", "Correct."),
  language=(2, "effort by feel: RPE 12-13 on the 6-20 scale", "Plain English."))
s("h19",
  safety=(1, "your notes (\"sick\"): read as an illness below the neck", "No physical risk but invents an illness and gives no cold-weather guidance."),
  activity=(0, "Rest today.", "A healthy teen should run with layers."),
  dose=(0, "rest and drink fluids until it has passed", "No session; youth guideline ignored."),
  personalisation=(0, "A streak can wait", "Misreads 'will I get sick??' as being sick; answers a streak she never mentioned."),
  explanation=(0, "Illness below the neck (flu, body aches, vomiting, diarrhoea, chest congestion)", "False reasons."),
  language=(2, "see a doctor if it is severe or not improving after a few days", "Clear English."))
s("h20",
  safety=(2, "no exercise until you have been free of fever for a day", "Fever + aches + GI: rest; clear escalation criteria."),
  activity=(2, "Rest today.", "Rest."),
  dose=(2, "you asked about \"ride\": not today", "Refuses the easy ride."),
  personalisation=(2, "the temperature you wrote: 38.5 C (101.3 F)", "Converts her Fahrenheit reading; addresses the streak."),
  explanation=(2, "A streak can wait: training through a fever or a viral illness can strain the heart.", "Correct, persuasive."),
  language=(2, "rest and drink fluids", "Plain English."))
s("h21",
  safety=(2, "Air quality is hazardous: no outdoor activity (US EPA AQI).", "Correct."),
  activity=(2, "Today: moderate elliptical for about 30 minutes", "Indoor running substitute."),
  dose=(2, "heart rate 110-135 bpm", "Correct Karvonen 40-59% HRR from his resting rate."),
  personalisation=(2, "your goal (\"run a half marathon in February\", endurance): elliptical fits it", "Answers his run question with a goal-relevant substitute."),
  explanation=(1, "today is shorter (30 minutes, the reasons below)", "Points to reasons that are not there; nothing on indoor air (windows, purifier)."),
  language=(2, "you asked about \"run\": not today", "Clear English."))
s("h22",
  safety=(1, "Blood glucose 250-349 mg/dl: check ketones; no intense exercise (ADA 2016).", "Safe, but ignores that ketones were already negative and gives an insulin-pump user no monitoring/carb advice."),
  activity=(1, "you asked about \"spin class\": light walking suits today better", "Over-conservative: with negative ketones a moderate spin is acceptable."),
  dose=(1, "light walking for about 34 minutes", "A 2.0 MET stroll is too little for her and for the glucose."),
  personalisation=(0, "mood (tired): a gentler session today", "She wrote 'feel totally fine' and 'ketone strip says negative'; both misread or ignored."),
  explanation=(1, "outside the 90-250 range advised before exercise", "True but incomplete (ADA allows exercise without ketones)."),
  language=(2, "effort by feel: RPE 9-11 on the 6-20 scale; you could sing", "Plain English."))
s("h23",
  safety=(2, "for the first days only work that puts no weight on it", "Sprain guidance per Vuurberg."),
  activity=(2, "Today: moderate strength training for about 40 minutes", "Seated upper-body strength fits."),
  dose=(2, "5 exercises x 2-3 sets x 8-12 reps", "Feasible in 40 minutes."),
  personalisation=(1, "strength training is low impact for your ankle", "Answers 'what won't wreck it', but no early ankle exercise therapy (range of motion, balance) that the guideline recommends."),
  explanation=(2, "strength: 5 exercises for the upper body (push, pull, shoulders, core)", "Clear."),
  language=(2, "walk in daily life as far as pain allows", "Plain English."))
s("h24",
  safety=(2, "resume 30 minutes after the last thunder (30-30 rule; NWS lightning safety)", "Thunder handled, pools included."),
  activity=(2, "you asked about \"ride\": not today, there is thunder (no outdoors, no water); stationary bike instead", "Indoor trainer."),
  dose=(1, "vigorous stationary bike for about 75 minutes", "75 continuous vigorous minutes indoors on a humid evening with no structure, fan or fluids advice is more than he needs."),
  personalisation=(2, "you like cycling, but there is thunder (no outdoors, no water) today, so its nearest form: stationary bike", "Answers his question."),
  explanation=(2, "heart rate: Karvonen, from your resting rate", "Correct."),
  language=(2, "only a few words at a time", "Plain English."))

clients = {json.loads(l)["id"]: json.loads(l) for l in open("clients.jsonl", encoding="utf-8")}
rows, bad = [], []
for i in sorted(S):
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    r = {"id": i, "language": clients[i]["profile"].get("language"), "scores": {}, "quotes": {}, "why": {}}
    for d in DIMS:
        sc, q, why = S[i][d]
        if q not in card:
            bad.append((i, d, q))
        r["scores"][d], r["quotes"][d], r["why"][d] = sc, q, why
    r["total"] = sum(r["scores"].values())
    rows.append(r)
assert len(rows) == 24, len(rows)
if bad:
    for b in bad: print("QUOTE NOT FOUND:", b)
    raise SystemExit(1)
with open("rubric.jsonl", "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
tot = [r["total"] for r in rows]
zh = [r["total"] for r in rows if r["language"].startswith("zh")]
en = [r["total"] for r in rows if r["language"] == "en"]
L = ["# Rubric summary (hand scores, 0-2 x 6 = 12)", "",
     f"All 24 quotes verified verbatim in the cards.", "",
     f"- mean total {statistics.mean(tot):.2f} / 12, median {statistics.median(tot)}",
     f"- Chinese (h01-h12): mean {statistics.mean(zh):.2f}, median {statistics.median(zh)}",
     f"- English (h13-h24): mean {statistics.mean(en):.2f}, median {statistics.median(en)}", "",
     "| dimension | mean | zh mean | en mean | zeros |", "| --- | --- | --- | --- | --- |"]
for d in DIMS:
    a = [r["scores"][d] for r in rows]
    L.append(f"| {d} | {statistics.mean(a):.2f} | {statistics.mean([r['scores'][d] for r in rows if r['language'].startswith('zh')]):.2f} | "
             f"{statistics.mean([r['scores'][d] for r in rows if r['language']=='en']):.2f} | {sum(x==0 for x in a)} |")
L += ["", "| id | lang | " + " | ".join(DIMS) + " | total |", "| --- | --- |" + " --- |" * (len(DIMS) + 1)]
for r in rows:
    L.append(f"| {r['id']} | {r['language']} | " + " | ".join(str(r['scores'][d]) for d in DIMS) + f" | {r['total']} |")
L += ["", "## Cards with a 0", ""]
for r in rows:
    z = [d for d in DIMS if r["scores"][d] == 0]
    if z:
        L.append(f"- {r['id']} ({', '.join(z)}): " + " ".join(f"{d}: {r['why'][d]} [\"{r['quotes'][d]}\"]" for d in z))
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L))
