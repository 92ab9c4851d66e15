#!/usr/bin/env python3
"""Hand scores (reviewer) for every card; verifies each quote is an exact substring of the card."""
import json, os, sys
os.chdir("/tmp/panel37")
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = {
 "h01": ([2,2,2,2,2,1], ["今天建议休息。", "现在就拨打急救电话（120）", "备注“胸口突然发紧”：按胸痛处理", "你问的“快走”：今天不行", "加上你写的其他症状（出汗、气短、恶心或手臂/下巴痛之一）"],
   "Correct: exertional chest pressure radiating to the arm read from the notes, rest, 120, don't drive, see a doctor today. Telling him to call 120 'now' while symptom-free since yesterday is more urgent than needed but errs safe; the templated 'other symptoms (one of ...)' phrase reads robotically."),
 "h02": ([2,2,2,2,2,2], ["Rest today.", "the temperature you wrote: 38.8 C (101.8 F)", "you asked about \"spin class\": not today", "no exercise until you have been free of fever for a day (neck check)"],
   "Model answer: 101.8 read as fever, body aches as below-the-neck, spin class answered, return-to-exercise rule. (Plan: 'see a doctor first' every day is over-medicalised for flu.)"),
 "h03": ([2,2,2,1,2,2], ["今天建議休息。", "撥打999", "你的血壓讀數186/118 mmHg：高血壓危象範圍（AHA 2017）", "如果漏服了降壓藥，要告訴醫生"],
   "BP crisis read from Cantonese notes, Traditional card, 999 for HK, don't drive. Her hiking date (行山) and blurred vision (矇) are not acknowledged."),
 "h04": ([2,2,2,2,2,2], ["Rest today.", "call your midwife, doctor or maternity unit now", "contractions that come regularly before 37 weeks mean go in now", "you asked about \"yoga\": not today"],
   "Bleeding + contractions at 30 weeks: stop, call maternity unit now; yoga question answered. Exactly what an expert would write."),
 "h05": ([2,2,2,2,1,2], ["空气质量危险：不要进行任何户外活动（美国EPA AQI）。", "今天在室内：外面空气质量指数420", "所以换成最接近的室内单车", "最近7天已完成约0分钟（中等强度当量）"],
   "AQI 420: indoor bike substitutes for outdoor cycling, moderate 30 min. Missing indoor-air advice at hazardous AQI (windows closed / purifier), which the program gives elsewhere (h16); ignores her stated daily 5 km habit in the weekly count."),
 "h06": ([2,2,1,1,2,2], ["Today: vigorous running for about 40 minutes, heart rate 138-170 bpm.", "you trained 2 times in the last 28 days, 40 minutes on average"],
   "Trap passed: father's heart attack did not trigger heart-disease rules. But vigorous 40 min for someone with only 2 logged sessions in 28 days is a jump, and his stated goal (staying ahead of heart disease, family history) gets no word at all."),
 "h07": ([2,2,2,2,2,2], ["今天：中等强度快走，约25分钟", "你的目标“减肥”（减重）：快走正合适", "最近没有训练记录：从25分钟开始，循序渐进"],
   "Negation handled (no chest-pain/dizziness warnings); sensible beginner dose for weight loss."),
 "h08": ([2,2,1,2,1,2], ["Today: vigorous running for about 64 minutes, heart rate 141-174 bpm.", "about 10% more than usual: at most 10% more each week", "running, 6 mph: 9.8 MET (Compendium 12050)"],
   "Healed 2015 ankle correctly ignored. But 64 min at RPE 14-17 the day after a run, and the week's plan (64+64+64+90 min running, two vigorous) is ~+55% on last week's 180 min, contradicting the card's own 10% line. 6 mph is an easy pace for a 1:40 half-marathoner, so 'vigorous' pace/MET/HR don't agree."),
 "h09": ([2,1,1,2,2,2], ["今天：低强度瑜伽，约24分钟", "你问的“跑”：今天换成低强度瑜伽更合适（理由见下）", "现在是20点：临睡前不做高强度，睡前1小时结束，先保证睡眠"],
   "Figures of speech (累死, 心脏病都要犯了) correctly not treated as disease. But a healthy intermediate asking for a stress-relief run gets 24 min light yoga; a moderate run at 20:00 is not 'high intensity' and fits the goal better. Under-dosed."),
 "h10": ([1,0,0,0,0,2], ["Rest today.", "Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).", "your notes (\"out of breath\"): read as shortness of breath"],
   "SERIOUS FALSE ALARM: normal breathlessness after 400 m repeats in a fresh, advanced runner is read as breathlessness at rest; whole week rested with 'see a doctor first'. Her question is not answered. Medicalises normal physiology and destroys trust."),
 "h11": ([2,2,2,2,2,2], ["今天：中等強度太極，約20分鐘", "太極同時練平衡和力量", "72歲：除了有氧，每週至少3天做平衡和力量練習（WHO 2020）", "請醫生或康復師做一次防跌倒評估（視力、用藥、居家環境）"],
   "Excellent for an older woman with knee OA and a fall: tai chi with a chair, balance/strength 3 d/wk, falls assessment, Traditional script. Template warning '關節受傷或腰痛' and '按膝蓋損傷處理' for OA are slightly off."),
 "h12": ([2,2,2,2,1,2], ["Today: moderate strength training for about 45 minutes, 1-2 sets of 12-15 reps.", "supervised resistance training does not stunt growth, that is a myth (NSCA 2009)", "today is shorter (45 minutes, the reasons below)", "Giangregorio et al., Too Fit To Fracture, 2014"],
   "Answers the teen's weights question well (supervised, technique first). Explanation is repetitive (two 'you asked about weights' lines), promises reasons that never come, and cites an osteoporosis source / sit-to-stands for a 14-year-old. Speed goal not addressed. (Plan: 7 days with no rest day, three 60-min vigorous runs on top of soccer.)"),
 "h13": ([2,2,2,1,2,2], ["今天：中等强度快走，约20分钟", "跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周", "漏尿持续请找盆底康复师（ACOG 2020）"],
   "Good: no running while leaking, pelvic-floor training and referral. Ignores the diastasis recti she described and breastfeeding (hydration, support), and does not explicitly answer her wish to return to running beyond the general rule."),
 "h14": ([2,2,2,1,1,2], ["First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl.", "carry fast sugar with you", "Today: moderate cycling for about 45 minutes", "bicycling < 10 mph, leisure: 4.0 MET (Compendium 01010)"],
   "Correct hypoglycaemia-prevention steps for T1D at 82 mg/dl. His planned evening run silently becomes outdoor cycling (no reason given, December dusk); 'leisure <10 mph' MET with a 122-145 HR zone is inconsistent; nothing on pump/basal adjustment."),
 "h15": ([2,2,2,1,1,2], ["今天：中等强度快走，约20分钟", "血糖250-349 mg/dl：请检查酮体；不要做高强度运动（ADA 2016）。", "不在运动前建议的90-250范围（ADA 2016）"],
   "Safe choice (moderate post-meal walk, no vigorous). But he already wrote that urine ketones were negative and is told to check ketones; the card never says that with negative ketones a walk is fine and will help lower glucose, so the 'outside the range' line may scare him off."),
 "h16": ([2,2,2,2,2,2], ["Today: moderate stationary bike for about 30 minutes", "no outdoor exertion today; exercise indoors, windows closed, at a moderate effort at most (US EPA AQI)", "keep your reliever inhaler with you"],
   "Model answer: asthma as sensitive group at AQI 165, indoor, windows closed, inhaler, tempo run declined."),
 "h17": ([2,2,2,2,2,2], ["今天：中等强度椭圆机，约43分钟", "高温危险：今天不要在户外运动。", "身体适应炎热要10-14天，体能好也替代不了", "运动前、中、后都要喝水"],
   "Card is right: heat danger, indoor, hydration, acclimatisation explained for a man from Harbin. (Plan contradicts it: three vigorous 43-min runs, HR 147-181, in the next 6 days of a Guangzhou July.)"),
 "h18": ([2,2,2,2,2,2], ["Today: moderate stationary bike for about 25 minutes", "your blood pressure reading 138/86 mmHg: stage 1 hypertension range (AHA 2017)", "stationary bike is low impact for your knee (you wrote \"knees ache\")", "BMI 39: start low impact at a low-to-moderate effort, 30 minutes at most"],
   "Inactive, obese, controlled HTN, knee pain: low-impact bike 25 min, clearance before vigorous, breathing during lifts. US units accepted; no kg on card."),
 "h19": ([2,2,2,2,1,2], ["今天：低强度瑜伽，约30分钟", "近7天负荷是过去4周平均的3.3倍（超过1.5）：减量约30%、降低强度，减少受伤风险", "如果单脚跳也疼，或者休息时也疼，请先停跑、找医生查一下", "最近7天已完成约1300分钟（中等强度当量），本周目标215分钟"],
   "Load spike detected and a recovery day given, with a hop test for a possible bone stress injury. Explanation muddled: '1300 done / target 215', a 30% cut is far too small at ACWR 3.3, the shin pain is routed through a 'joint or back' template, and he wrote 胫骨前面 but the card says 胫骨内侧."),
 "h20": ([2,2,2,1,1,2], ["Today: light walking for about 20 minutes, RPE 9-11 (easy).", "you wrote \"some days i can't get out of bed\": walking is easy on a tired body and can leave you fresher"],
   "Right activity and a gentle dose. But depression (diagnosed, GP-recommended walking, on meds) is never named; her low mood is read as physical tiredness, no word on mood benefit or on keeping it achievable; her words are re-quoted in lower case."),
 "h21": ([0,0,0,0,0,1], ["今天建議休息。", "有哮喘又喘得厲害：現在先用急救吸入劑", "立即撥打120（GINA 2023）", "備註“氣喘”：按氣短處理"],
   "SERIOUS: in Taiwan 氣喘 means asthma; a well-controlled, symptom-free asthmatic asking a question is told he is having a severe attack, to use his reliever now and to call 120 - which is not Taiwan's emergency number (119). Whole week rested. His actual question (cold air, mask/scarf) is not answered. Card script is Traditional but vocabulary mainland (哮喘, 沙丁胺醇)."),
 "h22": ([2,2,2,2,2,2], ["Today: moderate brisk walking for about 41 minutes", "ask your cardiologist first; there is usually an exercise test before jogging with heart disease", "start with walk-jog intervals (say 1 minute jogging, 4 walking, six times)", "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)"],
   "Model answer for stable post-stent patient: moderate, answers jogging question with clearance and walk-jog progression, beta-blocker -> RPE, warning symptoms."),
 "h23": ([2,2,2,2,2,2], ["今天：中等强度力量训练，约30分钟", "力量训练：5个动作，练上肢（推、拉、肩）和核心", "头几天只做不负重的运动（游泳、不疼的话骑室内单车、坐着练力量）", "走不了四步，请去医院检查"],
   "Acute sprain read from 崴; upper-body/core strength, non-weight-bearing guidance, Ottawa-style referral. The generic '关节或腰背' line is redundant."),
 "h24": ([2,2,2,2,2,2], ["Today: light yoga for about 30 minutes, RPE 9-11 (easy).", "A cold above the neck (runny nose, sneezing, mild sore throat): light activity only; rest if it spreads to your chest or you get a fever (neck check)."],
   "Neck check applied correctly; afebrile 98.9 not misread. Light yoga is a fine choice. (Plan: 53-min runs later in the week exceed her usual 30-38 min.)"),
}
clients = {json.loads(l)["id"]: json.loads(l) for l in open("clients.jsonl", encoding="utf-8")}
bad = 0
with open("rubric.jsonl", "w", encoding="utf-8") as f:
    for cid in sorted(R):
        scores, quotes, comment = R[cid]
        card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
        ver = [q in card for q in quotes]
        if not all(ver):
            bad += 1; print(cid, "UNVERIFIED:", [q for q, v in zip(quotes, ver) if not v], file=sys.stderr)
        import re
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", clients[cid]["profile"].get("notes", "")) else "en"
        rec = {"id": cid, "lang": lang, **dict(zip(DIMS, scores)), "total": sum(scores),
               "quotes": quotes, "quotes_verified": all(ver), "comment": comment}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("cards:", len(R), "quote sets unverified:", bad)
sys.exit(1 if bad else 0)
