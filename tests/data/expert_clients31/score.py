#!/usr/bin/env python3
"""Hand scores (entered below) -> rubric.jsonl; every quote is verified as a substring of the card."""
import json
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
S = {
"h01": ([1,0,0,0,0,2], ["今天建议休息。", "静息或轻微活动就气短：今天不要运动；请就医", "备注“喘”：按气短处理"],
  "False alarm: a healthy 13-year-old who gets puffed on an 800 m PE run is told he is breathless at rest/mild exertion, sent to rest and to a doctor (JSON emergency=true). WHO youth 60 min/day ignored."),
"h02": ([2,2,2,1,1,2], ["可能是心脏病发作：现在就拨打急救电话（120）", "即使缓解了，今天也要去看医生（AHA）", "备注“胸口发紧”：按胸痛处理", "你问的“去公园”"],
  "Correct rest and medical referral for exertional angina. The episode was two days ago and resolved: 'call 120 now, could be a heart attack' overshoots; the right message is same-day doctor, 120 if it recurs at rest or lasts >5 min (the English h15 card says exactly this). Echoes '去公园' as what he asked."),
"h03": ([2,2,2,2,1,2], ["今天：中等强度太极，约20分钟", "今天在室内：外面路面结冰", "请医生或康复师做一次防跌倒评估", "备注“手腕骨折”：无法确定是什么情况，今天强度放低"],
  "Excellent choice (indoor tai chi, osteoporosis and falls advice). Only flaw: the old wrist fracture is shown as an 'unknown' current problem."),
"h04": ([2,2,2,2,1,2], ["今天：中等強度快走，約25分鐘", "你寫了“把全家嚇壞了😢 我自己上週健檢血壓血脂都正常”：快走能放鬆身心", "久坐的日子"],
  "Father's MI correctly not applied to her; Traditional script; sensible beginner dose. The stress reason quotes a mangled fragment with the emoji."),
"h05": ([2,2,2,2,2,2], ["今天：中等强度快走，约28分钟", "跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周", "每天做盆底肌训练"],
  "Model answer for postpartum with stress incontinence."),
"h06": ([2,2,2,1,1,2], ["今天：中等強度跑步，約46分鐘，心率110-135次/分。", "跑步，約6.4公里/小時：6.0 MET（Compendium 12029）", "你問的“跑”：可以"],
  "Wife's fever correctly ignored; sound easy run. His actual question (a 10 km run) and 10 km goal are not addressed; 46 min at the stated 6.4 km/h is under 5 km, and 6.4 km/h is a walking-jog pace for a sub-50 10 km runner, so MET/kcal are understated."),
"h07": ([2,2,2,1,1,2], ["今天建议休息。", "备注“脚杆杆也肿”：按脚踝损伤处理", "备注“垫两个枕头”：按气短处理"],
  "Correct rest from orthopnoea. Pitting leg oedema misread as an ankle injury; nothing links the two signs to the heart or says 'see a doctor soon (today/this week)' with any urgency beyond the generic line."),
"h08": ([2,2,2,1,2,2], ["先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始。", "今天：中等强度骑自行车，约30分钟", "你喜欢骑自行车"],
  "ADA carbohydrate rule applied perfectly. He asked to brisk-walk; the card switches him to an outdoor ride at 06:30 in December without a reason."),
"h09": ([2,2,1,2,1,2], ["今天：高强度跑步，约61分钟，心率131-162次/分。", "比平时多约10%：每周增加不超过10%"],
  "Healed ankle correctly not treated as injury. A 'tempo run' of 61 min all at RPE 14-17 is more than a tempo session (usually 20-40 min at threshold inside a warm-up/cool-down); no warm-up or cool-down mentioned."),
"h10": ([2,2,2,2,2,2], ["高温危险：今天不要在户外运动", "身体适应炎热要10-14天", "你喜欢跑步，但今天天气太热，不宜户外运动，所以换成最接近的椭圆机"],
  "Heat handled well, acclimatisation explained."),
"h11": ([2,2,2,1,1,2], ["今天：低强度散步，约41分钟", "今天练别的部位，腿今天休息", "你写了“这周加班累成狗”：散步轻松不累"],
  "Idioms correctly ignored, DOMS/48 h rule applied. Says 'train other body parts today' but prescribes a walk; goal 增肌 not served (upper-body strength was the natural pick); the same quote is used twice."),
"h12": ([2,2,2,2,2,2], ["空气质量非常不健康（AQI 201-300）：请在室内关窗运动", "今天在室内：外面空气质量指数235", "今天：中等强度瑜伽，约30分钟"],
  "Correct indoor switch for AQI 235; conservative moderate cap is acceptable."),
"h13": ([2,2,2,1,1,2], ["Today: moderate running for about 38 minutes", "because: your blood pressure reading 126/80 mmHg: stage 1 hypertension range (AHA 2017)"],
  "Idioms ignored correctly. The first 'because' labels a normal-ish 126/80 as stage 1 hypertension (true by the AHA diastolic cut-off, but it is not a reason for the run and worries without advice); the stated goal, stress relief, is never mentioned."),
"h14": ([2,2,2,2,2,2], ["Dangerous cold (wind chill below -27 C / -17 F", "asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you", "Today: moderate elliptical for about 38 minutes"],
  "Model answer."),
"h15": ([2,2,2,2,2,2], ["chest tightness on effort (even when it spreads to the arm or jaw) that eases with rest is the pattern of angina", "it needs a cardiologist today even though it passed", "Rest today."],
  "Model answer: angina equivalent recognised and triaged correctly."),
"h16": ([1,0,0,0,0,2], ["Rest today.", "Fever (38.0 C / 100.4 F or more): rest and drink fluids", "your notes (\"a fever\"): read as fever"],
  "False alarm: 'fever ... broke Thursday - 36.8 this morning' read as a current fever. Neck check allows an easy return session."),
"h17": ([2,2,2,2,2,2], ["you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)", "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise", "Today: moderate cycling for about 45 minutes, RPE 12-13"],
  "Model answer: beta-blocker recognised from the notes, no HR zone, clearance before vigorous."),
"h18": ([2,2,1,2,1,2], ["Today: vigorous running for about 45 minutes, heart rate 129-162 bpm.", "taper week: keep the plan's easy run and strides, cutting volume not intensity", "this week's aim 300"],
  "Taper recognised in words, but the prescription (45 min at RPE 14-17) contradicts its own 'easy run and strides'; a weekly aim of 300 min is shown in race week."),
"h19": ([2,2,2,2,2,2], ["you have a pool nearby: swimming or water aerobics", "BMI 36: start low impact at a low-to-moderate effort", "indoors today: outside, 88°F"],
  "Very good: knee, obesity, diabetes, heat, pool and US units all handled."),
"h20": ([2,2,2,2,2,2], ["a painful or swollen calf in pregnancy", "call your midwife, doctor or maternity unit now", "you asked about \"yoga\": not today"],
  "Model answer; DVT risk named, bleeding covered in the pregnancy warning."),
"h21": ([2,2,2,2,2,2], ["your age or condition makes you sensitive to it: no outdoor exertion today", "ages 5-17: 60 minutes a day", "Today: moderate elliptical for about 40 minutes"],
  "Correct sensitive-group handling; youth target stated."),
"h22": ([1,0,0,0,0,2], ["Rest today.", "your notes (\"chest pain\"): read as chest pain", "otherwise see a doctor before exercising again (ACSM)"],
  "False alarm: her patients' chest pain is attributed to her; the real issue (two nights of 4 h sleep) is ignored."),
"h23": ([2,2,2,2,1,2], ["Today: moderate tai chi for about 20 minutes", "ask your doctor or a physiotherapist for a falls check", "your notes (\"knees\"): read as a knee injury"],
  "Good falls-aware plan; 'knees creak' over-read as a knee injury (adds a generic joint-injury warning)."),
"h24": ([2,2,2,2,2,2], ["Blood pressure at or above 180/110 mmHg: do not exercise today", "your blood pressure reading 186/104 mmHg: hypertensive crisis range (AHA 2017)"],
  "Model answer; BP read from notes."),
}
out = open("rubric.jsonl", "w", encoding="utf-8")
for i in sorted(S):
    sc, quotes, comment = S[i]
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    for q in quotes:
        assert q in card, (i, q)
    out.write(json.dumps({"id": i, **dict(zip(D, sc)), "total": sum(sc), "quotes": quotes, "quotes_verified": True,
                          "comment": comment}, ensure_ascii=False) + "\n")
out.close()
rows = [json.loads(l) for l in open("rubric.jsonl", encoding="utf-8")]
def mean(xs): return sum(xs) / len(xs)
lines = ["# Rubric summary", "", "| id | saf | act | dose | pers | expl | lang | total |", "|---|---|---|---|---|---|---|---|"]
for r in rows:
    lines.append(f"| {r['id']} | " + " | ".join(str(r[d]) for d in D) + f" | {r['total']} |")
lines += ["", f"Mean total: {mean([r['total'] for r in rows]):.2f} / 12", ""]
for d in D:
    lines.append(f"- {d}: mean {mean([r[d] for r in rows]):.2f}, zeros {sum(r[d]==0 for r in rows)}")
zh = [r for r in rows if int(r['id'][1:]) <= 12]; en = [r for r in rows if int(r['id'][1:]) > 12]
lines += ["", f"Chinese h01-h12 mean: {mean([r['total'] for r in zh]):.2f}; English h13-h24 mean: {mean([r['total'] for r in en]):.2f}", ""]
for r in rows:
    lines.append(f"- {r['id']} ({r['total']}): {r['comment']}")
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines[:40]))
