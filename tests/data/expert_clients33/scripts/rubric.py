#!/usr/bin/env python3
"""Hand scores (0-2 each) written by the reviewer; this script only stores them and verifies quotes."""
import json
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = [
 ("h01", [2,2,2,2,2,2], ["今天建议休息。", "请立即拨打120；否则先就医再恢复运动（ACSM）", "备注“心口窝跟压”：按胸痛处理"],
  "Dialect description of exertional chest pressure radiating to the arm was caught and treated as chest pain; rest, 120, see a doctor. BP reading handled. Correct and clear."),
 ("h02", [2,2,2,2,2,2], ["要先排除血栓（深静脉血栓），今天就去医院或打给产科", "你问的“游泳”：今天不行，先休息"],
  "Unilateral calf pain/swelling in pregnancy recognised as possible DVT, distinguished from benign bilateral oedema, answered her swim question. Exemplary."),
 ("h03", [2,2,2,2,2,2], ["你喜欢骑自行车，但今天路面湿滑，所以换成最接近的游泳", "肩颈僵硬：先做5分钟肩颈活动（绕肩、扩胸、慢慢转头），久坐时每小时起来活动一下", "现在是20点：临睡前不做高强度"],
  "Father's heart attack correctly not attributed to him (no heart-disease flag). Rain -> indoor swim, neck/desk advice, evening timing. Could have suggested telling his GP about the family history [beyond DOMAIN], not scored down."),
 ("h04", [2,2,2,2,2,2], ["你写了“我最讨厌体育课了”：散步是温和的一步，动一动对情绪有帮助，不必勉强", "孩子的运动就是玩：骑车、跳舞、追跑游戏、和小伙伴一起玩都算，挑他喜欢的", "避免户外剧烈运动，以走代跑（美国EPA AQI）"],
  "Respects the child's dislike of running, play-based framing, AQI 128 handled as sensitive group, no weight talk. Minor: suggests 追跑游戏 on an AQI-128 day."),
 ("h05", [1,0,0,0,1,2], ["今天建議休息。", "備註“發熱”：按發燒處理", "發燒或病毒感染時硬練會傷心臟"],
  "Menopausal hot flush ('全身發熱') read as fever despite '量過體溫都正常', and '一陣一陣全身' read as acute illness below the neck: unwarranted rest and a frightening line about the heart. Heat, sleep and menopause ignored. Traditional script correct."),
 ("h06", [1,2,0,1,1,2], ["今天：中等強度跑步，約90分鐘", "MET：9.8  熱量：約988千卡", "你是有訓練基礎的跑者", "比平時多約10%"],
  "Avoided more finger loading (good) and capped at moderate, but prescribed a 90-min run at 9.8 MET (6 mph; vigorous by DOMAIN's band) to a climber whose only logged run was 30 min, after a 650-min week, and called it +10%. Finger soreness treated as 'unknown'. Did not answer whether to climb tonight."),
 ("h07", [2,2,2,2,2,2], ["中风后：最多中等强度，以自我感觉为准（RPE 11-13）", "扶着练太极", "立即停下并呼叫急救（AHA/ASA 2014）", "太极，旁边放把椅子随时能扶"],
  "Post-stroke recognised from notes: supported tai chi, stroke warning signs, fall-prevention, BP advice. A short cane walk (her doctor's request) could have been the headline, but tai chi with a chair is sound."),
 ("h08", [2,2,1,2,2,2], ["先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", "用胰岛素泵运动：有氧运动前60-90分钟把基础率调低约一半", "你打算练3小时：今天先不要，远超你平时每次约60分钟。今天45分钟"],
  "ADA glucose rule and pump advice are excellent. Dose too conservative: cuts an experienced rider's planned group ride to 45 min (he rode 90 min six days ago) and labels it leisure cycling 4.0 MET; a physiologist would allow ~2 h easy with 30-60 g carbohydrate per hour and glucose checks."),
 ("h09", [2,2,2,2,2,2], ["慢性肾病：规律的中等强度活动有好处", "你写了“别太累”：散步轻松不累", "静坐5分钟后再量一次"],
  "CKD (not a listed condition) read from notes with sensible renal advice; stage-2 BP handled with re-measure; light 20-min start for an inactive man. Good."),
 ("h10", [2,2,1,1,1,2], ["注意： 关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。", "正在抗癌治疗：最多中等强度", "备注“脚底还有点发麻”：无法确定是什么情况"],
  "Safe and gentle, but: a spurious joint/back warning; treats her as on active treatment (pool/white-cell caution) though chemo ended; neuropathy and lymphoedema left as 'unknown' instead of balance care and reassurance that progressive resistance is safe; 20-min slow walk repeats what she already does, no strength plan."),
 ("h11", [2,2,1,1,1,2], ["注意： 颈部以上的感冒症状（流鼻涕、打喷嚏、轻微嗓子疼）：只做轻度活动", "你写了“烟瘾上来的时候坐立不安”：瑜伽能放松身心", "今天在室内：外面空气质量指数178"],
  "AQI 178 correctly moves him indoors. But an invented head cold (he wrote only that he coughed after running) caps him at light; 20 min yoga is under-dosed for craving control (a brisk indoor bike would help more) and the quit attempt is not acknowledged."),
 ("h12", [1,0,1,1,1,2], ["今天：低强度散步，约30分钟", "备注“脚趾头痛醒了,肿”：按脚踝损伤处理", "又红又热又肿的关节今天休息", "散步对脚踝冲击小"],
  "Acute gout flare (can't get a shoe on) read as an ankle injury, then a 30-min walk is prescribed while the same card says the red, hot, swollen joint should rest today. Did not answer the dance question. Should be seated upper-body/stretching or rest, hydration."),
 ("h13", [2,2,2,2,2,2], ["last 7 days' load is 2.9x your 4-week average (above 1.5)", "short or poor sleep: nothing hard today", "Today: light yoga for about 20 minutes"],
  "ACWR spike, heavy legs and poor sleep recognised; recovery yoga. Rowing not known to the app; taper before the regatta not discussed [beyond DOMAIN]."),
 ("h14", [2,0,1,0,1,2], ["Today: moderate walking for about 48 minutes", "you asked about \"park\": yes, as today's plan has it", "your goal (\"run a sub-50 10k in spring\", health): walking fits it"],
  "Figures of speech correctly ignored (no heart flag). But an intermediate runner who asked about first-time hill sprints is given a 48-min walk; the parser took 'park' as the question; hill sprints, warm-up and rep count never addressed."),
 ("h15", [2,2,2,1,1,2], ["Rest today.", "see a doctor, urgently if it is getting worse (ACSM)", "your notes (\"ankles\"): read as an ankle injury"],
  "Right decision (rest, doctor). But orthopnoea/PND and ankle oedema are not recognised as such: ankles read as an injury, only 'short of breath' flagged; the card should say these together can be a heart problem and he should be seen today."),
 ("h16", [1,0,0,0,1,2], ["Rest today.", "your notes (\"heart starts pounding\"): read as palpitations", "see a doctor today, and call emergency services if"],
  "Anxious beginner with a normal ECG, GP's encouragement and explicit 'no chest pain, no fainting' is told not to exercise, to see a doctor today and about emergency services: it reinforces the fear the exercise was meant to treat. Should be a short talk-test-guided walk or yoga with reassurance that a faster heartbeat is normal."),
 ("h17", [2,2,2,2,1,2], ["Dangerous heat: no outdoor exercise today.", "you plan 45 minutes: not yet, far beyond your usual 23 minutes. Today 20 minutes", "indoors today: outside, 97°F", "mood (negative): a gentler session today"],
  "Heat index danger handled, indoor bike, 45-min jump reduced, glucose in range, imperial temperature shown. An invented negative mood ('when you feel low') appears without anything in his notes."),
 ("h18", [1,0,0,0,1,2], ["Rest today.", "your notes (\"heart was hammering\"): read as palpitations", "your notes (\"gasping\"): read as shortness of breath"],
  "A normal response to sprinting for a bus ('totally fine a minute later') is read as palpitations at rest and breathlessness: rest and see a doctor today. The actual hazard, the thunderstorm, is never mentioned. Should be an indoor session at his usual intensity."),
 ("h19", [2,2,2,1,2,2], ["Rest today.", "fainting, nearly fainting or dizziness with a racing heart can come from the heart", "do not stay on your own (ACSM)"],
  "Exertional near-syncope and palpitations in a teen athlete caught from indirect wording; rest and see a doctor today. Does not speak to the tryouts/'can't miss practice' pressure or tell her to involve a parent and not train until cleared."),
 ("h20", [2,1,1,0,1,2], ["Rest today.", "your notes (\"light-headed\"): read as dizziness", "see a doctor today"],
  "Safe, and rest is defensible under DOMAIN's dizziness rule, but Ramadan/iftar is ignored: 'fine once I've eaten and had water' points to fasting dehydration; the better card moves a light walk to 1-2 h after iftar with fluids, and a doctor if it persists after eating."),
 ("h21", [2,2,2,1,2,2], ["The first days at altitude: easy and shorter, and drink well.", "get medical clearance before vigorous exercise", "Today: moderate brisk walking for about 45 minutes"],
  "Good: BP clearance rule, altitude sickness warning, cold dressing, balance/strength for 70+. Missed: the planned 15-mile loaded hike this Saturday is ~5x his longest logged session; no advice to build up or shorten it, nor a pre-trip medical review for altitude."),
 ("h22", [2,2,2,1,2,2], ["you like walking, but the ground is wet or icy today, so its nearest form: tai chi", "tai chi trains balance and strength together", "at 92 and new to exercise: moderate at most to start"],
  "Healed fracture correctly ignored, ice -> indoor tai chi, balance emphasis. For a 92-year-old who uses a walker it should say to practise beside a chair or counter (the Chinese post-stroke card does); 'new to exercise' is wrong (she walks and does tai chi)."),
 ("h23", [2,2,2,2,2,2], ["your blood pressure reading 118/76 mmHg: normal (AHA 2017)", "pelvic floor exercises every day", "Today: moderate brisk walking for about 30 minutes"],
  "Sister's stroke not transferred to her, her BP read as normal, postpartum pelvic-floor guidance, sensible dose. Quoting her sister's stroke as 'brisk walking helps you unwind' is a little tone-deaf."),
 ("h24", [2,2,2,2,2,2], ["A cold above the neck (runny nose, sneezing, mild sore throat): light activity only", "Cold, dry air can trigger asthma: exercise indoors today", "you asked about \"run\": not today, cold air can trigger your asthma; yoga instead"],
  "Neck check and asthma/cold handled exactly; answered his question; light indoor yoga 30 min."),
]
base = "/tmp/expert33/"
bad = 0
with open(base + "rubric.jsonl", "w", encoding="utf-8") as f:
    for cid, sc, quotes, note in R:
        card = open(base + f"outputs/{cid}.card.txt", encoding="utf-8").read()
        ver = {q: (q in card) for q in quotes}
        bad += sum(not v for v in ver.values())
        for q, v in ver.items():
            if not v: print("QUOTE NOT FOUND", cid, q)
        rec = dict(id=cid, **dict(zip(D, sc)), total=sum(sc), quotes=quotes, quotes_verified=all(ver.values()), comment=note)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("unverified quotes:", bad)
# summary
rows = [json.loads(l) for l in open(base + "rubric.jsonl", encoding="utf-8")]
def mean(xs): return sum(xs) / len(xs)
out = ["# Rubric summary (hand scores, 0-2 per dimension, total /12)", "",
       "| id | " + " | ".join(D) + " | total |", "|---|" + "---|" * (len(D) + 1)]
for r in rows: out.append(f"| {r['id']} | " + " | ".join(str(r[d]) for d in D) + f" | {r['total']} |")
out.append("| **mean** | " + " | ".join(f"{mean([r[d] for r in rows]):.2f}" for d in D) + f" | {mean([r['total'] for r in rows]):.2f} |")
out.append("| zeros | " + " | ".join(str(sum(r[d] == 0 for r in rows)) for d in D) + f" | |")
zh = [r for r in rows if int(r["id"][1:]) <= 12]; en = [r for r in rows if int(r["id"][1:]) > 12]
out += ["", f"Mean total: {mean([r['total'] for r in rows]):.2f} / 12 (n=24)",
        f"Chinese h01-h12: {mean([r['total'] for r in zh]):.2f}; per dimension " + ", ".join(f"{d} {mean([r[d] for r in zh]):.2f}" for d in D),
        f"English h13-h24: {mean([r['total'] for r in en]):.2f}; per dimension " + ", ".join(f"{d} {mean([r[d] for r in en]):.2f}" for d in D),
        "", "All quotes verified as exact substrings of outputs/ID.card.txt: " + str(all(r["quotes_verified"] for r in rows)), "",
        "## Comments", ""]
for r in rows: out.append(f"- **{r['id']} ({r['total']}/12)**: {r['comment']}")
open(base + "rubric_summary.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out[:34]))
