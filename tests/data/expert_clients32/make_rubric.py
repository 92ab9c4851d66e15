#!/usr/bin/env python3
"""Hand scores (written after reading each card). Each quote is verified verbatim against outputs/ID.card.txt."""
import json
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = [
 ("h01", [2,2,2,2,2,2], ["今天建议休息。", "用力时胸闷（哪怕放射到胳膊或下巴）、歇一歇就好：这是心绞痛的典型表现", "你问的“快走”：今天不行，先休息"],
  "Warning sign caught from indirect wording; explains angina, when to call 120, and answers his brisk-walk question. BP 150/95 correctly stage 2 (AHA 2017)."),
 ("h02", [2,2,1,2,2,2], ["孕早期後避免長時間仰臥（核心練習改為側臥、坐姿或站姿）", "力量瑜伽：4.0 MET（Compendium 02160）", "最近沒有訓練記錄：從30分鐘開始"],
  "Directly answers her question about lying poses, full ACOG stop list, Traditional script throughout. Dose: prenatal yoga is costed as POWER yoga (4.0 MET, moderate) and kcal overstated; hatha (2.5) fits a prenatal class. Her pre-pregnancy running is not used."),
 ("h03", [2,2,2,1,2,2], ["今天：低強度瑜伽，約30分鐘", "最近7天練了5天（其中5天很辛苦）：今天是恢復日", "你寫了“對腳好攰”"],
  "Correct recovery day from the logged load, Traditional card, Cantonese note understood. Does not mention tomorrow's match or the coach's instruction."),
 ("h04", [2,2,2,2,2,2], ["避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物），起身和转身慢一点防摔", "68岁：除了有氧，每周至少3天做平衡和力量练习"],
  "Excellent osteoporosis-specific advice; healed fracture not treated as a red flag."),
 ("h05", [2,2,1,1,2,2], ["5个动作×3-4组×8-12次", "同一肌群间隔48小时（ACSM），今天练别的部位"],
  "Rightly moves off legs after squat day. But a powerlifter who asked for heavy bench (5x3) gets a generic hypertrophy scheme of 5 exercises x 8-12 reps in 45 min; bench press / 140 kg goal never mentioned."),
 ("h06", [2,2,2,2,1,2], ["睡得少：今天不做高强度；上夜班的话，护住白天那一段睡眠", "你写了“刚下夜班”：散步轻松不累，动一动反而更有精神"],
  "Patient's MI correctly not attributed to her; good shift-work sleep advice. Minor: 'makes you more alert' contradicts her aim of going to sleep right after."),
 ("h07", [1,2,2,1,1,2], ["头晕或晕倒：今天不要运动。请坐下或躺下，喝点水，今天就去看医生", "你的血糖读数85 mg/dl（4.7 mmol/L）：不在运动前建议的90-250范围（ADA 2016）", "备注“差点栽”：按头晕处理"],
  "Dialect near-syncope caught and rest/doctor given. But an insulin user, glucose 85, no breakfast, dizzy: the first step is 15-30 g fast carbohydrate (DOMAIN, ADA 2016); the card says only 'drink some water' and never links the dizziness to possible hypoglycaemia."),
 ("h08", [2,2,1,1,1,2], ["今天：低强度瑜伽，约14分钟", "睡得少或没睡好：今天不做高强度，早点睡", "心情低落时，轻松地动一动也有帮助", "关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。"],
  "Good bedtime choice and 23:00 rule. But cuts her stated 20 min to 14; invents poor sleep and low mood she never reported; turns desk stiffness into a low-back-pain condition with a see-a-doctor warning."),
 ("h09", [2,2,2,2,2,2], ["空气质量不健康（AQI 151-200），你属于敏感人群：今天不要在户外运动", "寒冷干燥的空气可能诱发哮喘", "你喜欢跑步，但今天空气质量不好，不宜户外运动，所以换成最接近的椭圆机"],
  "Model answer: AQI + asthma + cold air, indoor substitute closest to running, inhaler reminder, correct Tanaka zone."),
 ("h10", [2,2,2,1,2,2], ["你的血压读数146/94 mmHg：2级高血压范围（AHA 2017）", "你写了“就是平时太懒了”：快走是温和的一步，动一动对情绪有帮助", "心情低落时，轻松地动一动也有帮助"],
  "Father's stroke correctly not over-read; BP handling and re-measure advice good. 'I'm just lazy' misread as low mood."),
 ("h11", [2,2,2,1,2,2], ["今天：高强度跑步，约35分钟", "5-17岁：每天平均60分钟中高强度活动", "挑他喜欢的"],
  "Age-appropriate vigorous running, WHO youth guidance, no weight talk. The 800 m race goal is never mentioned (no pacing/interval idea); one line addresses a parent in the third person while the rest addresses the child."),
 ("h12", [2,2,2,1,2,2], ["你定的减重目标约每周1.2公斤：太快了。每周0.5-1公斤最合适", "运动加饮食一起来"],
  "Sets realistic expectations with diet. Does not acknowledge the wedding date or answer her '2 hours a day' offer; strength preference not used today. 25 min for a beginner is defensible (below my 30-60 range)."),
 ("h13", [2,2,1,1,0,2], ["you asked about \"intervals\": not the hard session today", "do it in 2-3 days when you have slept and your legs feel fresh", "Today: moderate running for about 53 minutes, heart rate 106-131 bpm."],
  "Cancels the planned intervals on a premise her notes contradict ('Legs feel fine, slept ok'); 3 days since her last hard session. Race goal unmentioned. Karvonen zone arithmetic is correct."),
 ("h14", [2,2,2,2,2,2], ["your blood pressure reading 138/86 mmHg: stage 1 hypertension range (AHA 2017)", "no recent sessions logged: start with 20 minutes and build up"],
  "All negated symptoms correctly ignored; correct BP stage; sedentary-time advice."),
 ("h15", [2,2,2,2,2,2], ["you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)", "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise"],
  "No HR zone under beta-blockade, RPE/talk test, cardiac stop-signs, moderate cap. 128/78 correctly 'elevated'."),
 ("h16", [2,2,2,2,2,2], ["swollen ankles with breathlessness (lying flat, or new on the stairs) can be fluid building up from the heart or kidneys: no exercise today, and see a doctor today", "Rest today."],
  "Oedema + orthopnoea recognised from lay wording, rest and same-day doctor."),
 ("h17", [1,1,0,0,1,2], ["Today: vigorous cycling for about 68 minutes, heart rate 131-161 bpm.", "your goal (\"marathon in January\", endurance): cycling fits it", "about 10% more than usual: at most 10% more each week"],
  "91 F outdoors: not one word on heat or fluids. He planned '6 miles easy' for a marathon; gets 68 min VIGOROUS cycling at 777 kcal, although its own JSON load shows acute 1071 vs chronic 428. No unit shown on the card to confirm imperial display."),
 ("h18", [2,1,2,1,2,2], ["you wrote \"dying to get out for a ride this weekend\": good to hear; your body is still recovering today", "Today: light yoga for about 30 minutes"],
  "Hyperbole correctly not read as danger. But after a hard spin an easy outdoor ride is both the physiologically right recovery and what she wants; yoga ignores it."),
 ("h19", [1,0,0,0,0,2], ["Rest today.", "your notes (\"covid\"): read as an illness below the neck", "training through a fever or a viral illness can strain the heart"],
  "WRONGLY SENT TO REST: COVID 6 weeks ago, afebrile >1 month, no symptoms, already walking. Needs a graded return (walk/walk-jog 20-30 min) with stop-signs, not a neck-check rest."),
 ("h20", [2,2,1,1,1,2], ["Wheelchair user: arm-crank or upper-body circuits, strength with bands or dumbbells, swimming", "Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.", "your notes (\"injury\"): we could not tell what this is, so today is gentler"],
  "Excellent wheelchair-specific guidance and leg activities removed. But 'spinal cord injury' becomes an unplaced injury -> joint-injury warning and a moderate cap on an intermediate athlete."),
 ("h21", [2,2,2,2,2,2], ["A racing, pounding or irregular heartbeat at rest: no exercise today; see a doctor today", "you asked about \"run\": not today"],
  "Palpitations caught despite the 'probably coffee' self-explanation."),
 ("h22", [1,0,0,0,0,2], ["Rest today.", "your notes (\"puked\"): read as an illness below the neck", "training through a fever or a viral illness can strain the heart"],
  "WRONGLY SENT TO REST: 'almost puked lol. Fine now' at the end of maximal sprints is exertional, not GI illness. Needs a 20-45 min easy recovery session (bike/swim/mobility)."),
 ("h23", [2,2,2,1,2,2], ["Thunder: go indoors and out of the water, pools included", "stationary bike is low impact for your knee", "BMI 41: start low impact at a low-to-moderate effort, 30 minutes at most"],
  "Storm, pool, knee and BMI all handled. The March 15 cruise goal (about 0.6 kg/week, realistic) is not mentioned."),
 ("h24", [2,2,2,2,2,2], ["at 90: besides aerobic activity, balance and strength on at least 3 days a week (WHO 2020)", "tai chi, with a chair beside you to hold", "with your stick if you use one, and carry your phone"],
  "Fine, practical falls-prevention advice for someone living alone."),
]
out = []
bad = 0
for i, s, quotes, note in R:
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    for q in quotes:
        if q not in card: print("QUOTE NOT FOUND", i, q); bad += 1
    out.append({"id": i, **dict(zip(D, s)), "total": sum(s), "quotes": quotes, "quotes_verified": all(q in card for q in quotes), "note": note})
assert len(out) == 24 and not bad
with open("rubric.jsonl", "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
zh, en = out[:12], out[12:]
mean = lambda rs, k: sum(r[k] for r in rs) / len(rs)
L = ["# Rubric summary (hand scores, 0-2 per dimension, total /12)", "",
     "| id | safety | activity | dose | personalisation | explanation | language | total |", "|---|---|---|---|---|---|---|---|"]
for r in out: L.append(f"| {r['id']} | " + " | ".join(str(r[d]) for d in D) + f" | {r['total']} |")
L += ["", f"Mean total: {mean(out,'total'):.2f} / 12 (Chinese h01-h12: {mean(zh,'total'):.2f}; English h13-h24: {mean(en,'total'):.2f})", ""]
L.append("| dimension | mean | zeros |"); L.append("|---|---|---|")
for d in D: L.append(f"| {d} | {mean(out,d):.2f} | {sum(r[d]==0 for r in out)} |")
L += ["", "All quotes were checked verbatim against the card files by make_rubric.py.", ""]
for r in out: L.append(f"- **{r['id']}** ({r['total']}/12): {r['note']}")
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L[:40]))
