#!/usr/bin/env python3
"""Hand-written 0-2 scores (ACSM clinical exercise physiologist view) for the 24 cards.
2 = I would sign it; 1 = acceptable with reservations; 0 = I would not sign it.
Each score carries a short quote that must be an exact substring of outputs/ID.card.txt (verified below);
every score below 2 carries a note saying what is wrong and what a correct card would say.
Writes rubric.jsonl and rubric_summary.md."""
import json
E = "/tmp/expert24"
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
S = {}
def s(i, **kw): S[i] = kw

s("h01",
  safety=(2, "进行高强度运动前请先获得医生许可", ""),
  activity=(2, "今天：中等强度快走", ""),
  dose=(2, "约20分钟，RPE 12-13", ""),
  personalisation=(2, "你的血压读数136/86 mmHg：1级高血压范围（AHA 2017）", ""),
  explanation=(2, "快走，约5.6公里/小时：4.3 MET", ""),
  language=(2, "能说整句话，但唱不了歌", ""))
s("h02",
  safety=(2, "现在就拨打急救电话（120）", ""),
  activity=(2, "今天建议休息。", ""),
  dose=(2, "今天建议休息。", ""),
  personalisation=(2, "你问的“广场舞”：今天不行", ""),
  explanation=(2, "即使缓解了，今天也要去看医生（AHA）", ""),
  language=(2, "不要自己开车去医院", ""))
s("h03",
  safety=(2, "孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）", ""),
  activity=(2, "孕期：游泳摔倒风险低", ""),
  dose=(2, "约40分钟，RPE 12-13", ""),
  personalisation=(2, "避免对抗性、易摔倒的运动和热瑜伽", ""),
  explanation=(2, "立即停止并联系医生（ACOG 2020，WHO）", ""),
  language=(2, "以说话测试保持中等强度", ""))
s("h04",
  safety=(2, "68歲、剛開始運動：先以中等強度為上限", ""),
  activity=(1, "今天：中等強度散步，約41分鐘", "She asked how to start strength work and fears falling; a plain walk ignores that. A correct card would make today a tai chi or balance-and-strength session (sit-to-stand, heel raises, band rows, 1-2 sets x 10-15 reps, chair nearby) and say light weights are safe when progressed slowly."),
  dose=(2, "約41分鐘", ""),
  personalisation=(1, "你寫了“現在走路有點怕”：散步能放鬆身心", "Her fear of falling after a bathroom fall was read as stress ('relaxes body and mind') and the stress/breathing reason follows; the falls-prevention text that exists elsewhere (h05) is what she needed, plus a direct answer to 'will weights hurt me at my age'."),
  explanation=(1, "最近7天已完成約150分鐘（中等強度當量），本週目標90分鐘", "A weekly target (90) below what she has already done (150) while also saying '10% more than usual' is confusing; the card should state she already meets WHO's 150 min and that the gap is balance/strength on 3 days."),
  language=(2, "今日運動建議（建議編號 1）", ""))
s("h05",
  safety=(2, "關節受傷或腰痛：只做低衝擊運動；如有疼痛請諮詢醫生。", ""),
  activity=(2, "騎自行車對膝蓋衝擊小", ""),
  dose=(1, "約54分鐘", "Two weeks of knee pain on stairs call for reduced load; 54 min, 'about 10% more than usual', is a progression while injured. A correct card would give 30-40 min easy cycling (stationary preferred, pain <= 3/10, saddle high) and no volume increase."),
  personalisation=(1, "摔過一次的話，請醫生或康復師做一次防跌倒評估", "'好驚跌晒水準' (afraid of losing form) was read as fear of falling, producing an older-adult falls paragraph for a 40-year-old runner. It should instead address the half-marathon: cross-train now, see a physio about stair pain, return to running when pain-free."),
  explanation=(1, "你喜歡跑步，但今天關節或腰背需要避免衝擊", "Reasons repeat each other and the irrelevant falls advice dominates; the card should explain why running is paused and how to test the knee before returning (pain-free stairs, single-leg squat)."),
  language=(2, "今日運動建議（建議編號 1）", ""))
s("h06",
  safety=(2, "先补充15-30克碳水化合物", ""),
  activity=(2, "今天：中等强度骑自行车", ""),
  dose=(2, "约40分钟，心率113-135次/分", ""),
  personalisation=(2, "用胰岛素泵运动", ""),
  explanation=(2, "15分钟后复测，高于90再开始", ""),
  language=(2, "随身带糖，强度不超过中等", ""))
s("h07",
  safety=(2, "你问的HIIT、跳绳这类高强度：今天不做", ""),
  activity=(1, "今天：中等强度跑步，约32分钟", "After three night shifts and 4 h sleep she feels '昏昏沉沉'; a drowsy outdoor run is not the best choice. A correct card would offer an easy walk, mobility/yoga or light stationary bike, or a nap first."),
  dose=(2, "RPE 12-13", ""),
  personalisation=(2, "你写了“刚连上了三个夜班”：今天强度低一点", ""),
  explanation=(1, "睡得少、刚开始运动时，高强度更容易受伤", "The HIIT paragraph is a beginner template ('build to 150 min first') for someone already training 4x/week with strength; and 'lower intensity today' is followed by her usual moderate run. It should say why a sleep-deprived session should stay easy and when HIIT can return (after a recovery sleep)."),
  language=(2, "睡眠也是训练的一部分", ""))
s("h08",
  safety=(2, "今天：低强度散步", ""),
  activity=(1, "你的目标“更年期别再长肉，骨头结实点”（健康）：散步正合适", "Slow strolling does not load bone; her goal and question were resistance training. A correct card would make today a beginner strength session (6-8 exercises, 1-2 sets x 8-12 reps, 2-3 days/week, 48 h apart) or a brisk walk with strength on other days."),
  dose=(1, "低强度散步，约24分钟", "2.0 MET for 24 min is below the moderate threshold and poor sleep alone does not justify it; she needs 150 min/week moderate plus strength >= 2 days/week, stated as such."),
  personalisation=(0, "你写了“睡不好”：今天强度低一点", "Her explicit question (how many days a week, how many sets) is not answered at all and menopause is not acknowledged; chronic menopausal insomnia is treated like one bad night. I would not sign it: the card should answer 2-3 non-consecutive days, 1-2 sets of 8-12 reps, progressing load."),
  explanation=(1, "散步轻松不累，动一动反而更有精神", "Reasons are generic; no explanation of why strength training matters for bone and body composition in menopause."),
  language=(2, "睡眠也是训练的一部分", ""))
s("h09",
  safety=(2, "今天：中等强度骑自行车", ""),
  activity=(2, "你问的“跑步”：今天换成中等强度骑自行车更合适", ""),
  dose=(2, "约60分钟", ""),
  personalisation=(2, "5-17岁：每天平均60分钟中高强度活动", ""),
  explanation=(2, "每周3天练肌肉和骨骼（WHO 2020）", ""),
  language=(2, "本周目标420分钟", ""))
s("h10",
  safety=(2, "如果睡眠和胃口几周都没有好转，请告诉你的医生", ""),
  activity=(2, "每天在熟悉的时间、熟悉的路线走一走", ""),
  dose=(2, "从24分钟开始，循序渐进", ""),
  personalisation=(2, "很遗憾你失去了亲人。", ""),
  explanation=(2, "能给一天一点节奏", ""),
  language=(2, "今天轻松一点，早点睡", ""))
s("h11",
  safety=(2, "发烧（38.0°C以上）：请休息、多喝水；退烧满一天后再运动", ""),
  activity=(2, "今天建议休息。", ""),
  dose=(2, "今天建议休息。", ""),
  personalisation=(2, "你写的体温38.3°C", ""),
  explanation=(2, "发烧或病毒感染时硬练会伤心脏", ""),
  language=(2, "打卡可以暂停", ""))
s("h12",
  safety=(2, "心率104-132次/分", ""),
  activity=(2, "今天：中等强度跑步", ""),
  dose=(1, "今天不做强度课，换成中等强度跑步45分钟", "He is recovered, 48 h past his last hard session (DOMAIN's 48 h rule met), load steady; a short taper tempo is appropriate. A correct card would give e.g. 15 min easy + 20-25 min at tempo (about 60-84 %HRR, roughly 136-172 bpm for HRrest 46, RPE 14-16) + cool-down."),
  personalisation=(0, "等睡够、腿不沉了（一般隔2-3天）再做", "He wrote '睡得也好，腿不沉'; the card's own condition for the tempo (slept enough, legs not heavy) is already met by what he reported, yet it defers the session on the basis of an RPE-15 run 48 h ago, and never answers his one question (tempo heart rate). I would not sign it: it should confirm the tempo and give the zone."),
  explanation=(1, "减的是量不是强度", "The card says a taper keeps intensity yet cancels his intensity session; the 540 vs 344 min figures are unexplained. It should explain the taper and give the tempo zone."),
  language=(2, "能说整句话，但唱不了歌", ""))
s("h13",
  safety=(2, "get medical clearance before vigorous exercise", ""),
  activity=(2, "swimming or water aerobics, where the water carries most of your weight", ""),
  dose=(2, "moderate swimming for about 29 minutes", ""),
  personalisation=(2, "at 72: besides aerobic activity, balance and strength on at least 3 days a week", ""),
  explanation=(2, "aquatic exercise is recommended for knee and hip osteoarthritis", ""),
  language=(2, "you can talk in full sentences but not sing", ""))
s("h14",
  safety=(2, "for the first days only work that puts no weight on it", ""),
  activity=(2, "strength training instead", ""),
  dose=(2, "5 exercises x 2-3 sets x 8-12 reps", ""),
  personalisation=(2, "you asked about \"walk\": not today", ""),
  explanation=(2, "not being able to take four steps: have it checked", ""),
  language=(2, "with a load that makes the last reps hard but clean", ""))
s("h15",
  safety=(2, "low-impact activities only; consult a clinician if it hurts", ""),
  activity=(2, "Today: light walking for about 20 minutes", ""),
  dose=(1, "walking < 2.0 mph, strolling: 2.0 MET", "A 44-year-old with non-specific back pain and no red flags should get a health-enhancing dose: brisk walking 20-30 min at RPE 12-13 plus trunk/hip strengthening 2 days a week; a 2.0 MET stroll is below the moderate band."),
  personalisation=(1, "mood (tired): a gentler session today", "He never said he was tired; the downgrade is invented. His real question (rest vs keep moving, is there something better than walking) is not answered; the card should say staying active beats rest and add core/hip strength or yoga/Pilates."),
  explanation=(1, "walking is low impact for your back", "No explanation that movement, not rest, is the evidence-based approach for chronic low back pain, which is exactly his dilemma."),
  language=(2, "you asked about \"walking\": yes", ""))
s("h16",
  safety=(1, "Today: moderate running for about 40 minutes", "Running at 7 weeks postpartum with stress incontinence risks worsening pelvic-floor dysfunction; not life-threatening, but the card's own rule says not yet. It should prescribe brisk pram walking or low-impact cardio plus pelvic-floor training."),
  activity=(0, "you asked about \"running\": yes, as today's plan has it", "It says yes to running while the same card says running returns 'usually not before 12 weeks' and only without leaking; she leaks. I would not sign: today should be a brisk walk 30-40 min at RPE 12-13 plus pelvic floor exercises, running deferred to a graded return-to-run programme."),
  dose=(1, "moderate running for about 40 minutes", "Even when running returns, a first run back is walk-run intervals of 10-20 min, not 40 min continuous; 'about 10% more than usual' is computed from walks."),
  personalisation=(1, "you are a trained runner", "Her 28-day history is only walking; she used to run before pregnancy. The card uses stale status but does pick up leaking and birth."),
  explanation=(0, "usually not before 12 weeks after the birth", "The explanation contradicts the prescription in the same card; a reader cannot tell which to follow. A correct card would state plainly: not running yet, here is why and when."),
  language=(2, "if leaking goes on, see a pelvic health physiotherapist", ""))
s("h17",
  safety=(2, "moderate running for about 62 minutes", ""),
  activity=(1, "an endurance session: steady and conversational (zone 2)", "Today (Tuesday) is one of his club training days; he asked for extras on other days. A correct card would say: club training today, and on Mon/Wed/Fri add 20-30 min including repeated intervals (e.g. 6-8 x 1 min hard, RPE 15-17) plus strength."),
  dose=(1, "about 62 minutes", "62 min extra running on top of club training for a 15-year-old adds load without need; 30-40 min on non-training days, with 48 h between hard sessions, is enough."),
  personalisation=(1, "you asked about \"running\": yes", "Ignores his schedule (Tue/Thu training, Sat match) and the match-specific goal (second-half repeated sprints)."),
  explanation=(2, "long sessions build endurance at a moderate effort, not a hard one", ""),
  language=(2, "you can talk in full sentences, not sing", ""))
s("h18",
  safety=(2, "Dangerous heat: no outdoor exercise today", ""),
  activity=(2, "yoga is easy on a tired body", ""),
  dose=(2, "light yoga for about 36 minutes", ""),
  personalisation=(2, "you wrote \"slept badly and feel a bit jet-lagged\"", ""),
  explanation=(2, "getting used to heat takes 10-14 days", ""),
  language=(2, "drink before, during and after", ""))
s("h19",
  safety=(2, "resume 30 minutes after the last thunder", ""),
  activity=(2, "so its nearest form: stationary bike", ""),
  dose=(2, "moderate stationary bike for about 92 minutes", ""),
  personalisation=(2, "your goal (\"build endurance for a sportive in spring\", endurance)", ""),
  explanation=(2, "long sessions build endurance at a moderate effort, not a hard one", ""),
  language=(2, "go indoors and out of the water, pools included", ""))
s("h20",
  safety=(2, "moderate walking for about 20 minutes", ""),
  activity=(2, "walking helps you unwind", ""),
  dose=(2, "start with 20 minutes and build up", ""),
  personalisation=(2, "exams in two weeks and i'm constantly on edge", ""),
  explanation=(2, "finish with 5 minutes of slow breathing (in for 4, out for 6)", ""),
  language=(2, "regular moderate exercise eases it", ""))
s("h21",
  safety=(2, "get medical help now", ""),
  activity=(2, "Rest today.", ""),
  dose=(2, "No exercise today (AHA 2017)", ""),
  personalisation=(2, "If you missed your pills, tell the doctor there.", ""),
  explanation=(2, "hypertensive crisis range (AHA 2017)", ""),
  language=(2, "do not drive yourself", ""))
s("h22",
  safety=(2, "stop and seek care for chest pain or pressure", ""),
  activity=(2, "Today: moderate strength training for about 39 minutes", ""),
  dose=(2, "8 exercises x 1-2 sets x 10-15 reps", ""),
  personalisation=(1, "sore shins along the inside: cut the running a little", "He never mentioned shins or running; a hallucinated shin-splint paragraph in a cardiac patient's card. Everything else (beta-blocker, RPE 11-13) is exactly right; remove the invented reason."),
  explanation=(1, "if a single-leg hop hurts, or the shin aches at rest, stop running", "Irrelevant advice (hop tests, stop running) undermines an otherwise excellent explanation; the card should stop at the beta-blocker/RPE reasoning and the balance/strength guidance."),
  language=(2, "do not push harder to chase them", ""))
s("h23",
  safety=(2, "no outdoor exertion today; exercise indoors, windows closed", ""),
  activity=(2, "so its nearest form: elliptical", ""),
  dose=(2, "moderate elliptical for about 40 minutes", ""),
  personalisation=(2, "keep your reliever inhaler with you", ""),
  explanation=(2, "your age or condition makes you sensitive to it", ""),
  language=(2, "windows closed", ""))
s("h24",
  safety=(2, "low-impact activities only", ""),
  activity=(2, "swimming is low impact for your knee", ""),
  dose=(1, "moderate swimming for about 25 minutes", "25 min of continuous freestyle laps (5.8 MET) is unrealistic for someone who has 'never been sporty'; a correct card would give 15-20 min of water walking/easy swimming with rests, or flat walking, building by about 10% a week."),
  personalisation=(2, "you asked about steps: 10,000 a day is a round number", ""),
  explanation=(2, "it should feel doable, never punishing", ""),
  language=(2, "start from what you walk now", ""))

mech = json.load(open(f"{E}/mech.json", encoding="utf-8"))["clients"]
clients = {json.loads(l)["id"]: json.loads(l) for l in open(f"{E}/clients.jsonl", encoding="utf-8")}
rows, bad = [], []
for i in sorted(S):
    card = open(f"{E}/outputs/{i}.card.txt", encoding="utf-8").read()
    for d in D:
        sc, q, note = S[i][d]
        if q not in card: bad.append((i, d, q))
        if sc < 2 and not note: bad.append((i, d, "missing note"))
    lang = "zh" if i <= "h12" else "en"
    rows.append({"id": i, "language": lang, "who": clients[i]["who"],
                 "scores": {d: S[i][d][0] for d in D}, "total": sum(S[i][d][0] for d in D),
                 "evidence": {d: S[i][d][1] for d in D},
                 "notes": {d: S[i][d][2] for d in D if S[i][d][2]},
                 "mech_pass": mech[i]["pass"], "activity": mech[i]["activity"],
                 "intensity": mech[i]["intensity"], "minutes": mech[i]["minutes"]})
assert not bad, bad
with open(f"{E}/rubric.jsonl", "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
n = len(rows); mean = lambda xs: sum(xs) / len(xs)
L = ["# Rubric summary (24 blind clients, shipped model)", "",
     f"Mean total: **{mean([r['total'] for r in rows]):.2f} / 12**", "",
     "| dimension | mean (0-2) | cards with 0 |", "| --- | --- | --- |"]
for d in D:
    L.append(f"| {d} | {mean([r['scores'][d] for r in rows]):.2f} | {sum(r['scores'][d]==0 for r in rows)} |")
L += ["", "| language | n | mean total | mechanical passes |", "| --- | --- | --- | --- |"]
for lg in ("zh", "en"):
    rr = [r for r in rows if r["language"] == lg]
    L.append(f"| {lg} | {len(rr)} | {mean([r['total'] for r in rr]):.2f} | {sum(r['mech_pass'] for r in rr)}/{len(rr)} |")
zero = [r for r in rows if 0 in r["scores"].values()]
L += ["", f"Cards with a 0: {len(zero)} ({', '.join(r['id'] for r in zero) or 'none'})",
      f"Mechanical passes: {sum(r['mech_pass'] for r in rows)}/{n} (see mech.json)", "",
      "| id | lang | client | activity | int | min | " + " | ".join(D) + " | total | mech |",
      "| --- | --- | --- | --- | --- | --- | " + " | ".join("---" for _ in D) + " | --- | --- |"]
for r in rows:
    L.append(f"| {r['id']} | {r['language']} | {r['who']} | {r['activity']} | {r['intensity']} | {r['minutes']} | "
             + " | ".join(str(r['scores'][d]) for d in D) + f" | {r['total']} | {'pass' if r['mech_pass'] else 'FAIL'} |")
L += ["", "## Every score below 2", ""]
for r in rows:
    for d in D:
        if r["scores"][d] < 2:
            L.append(f"- **{r['id']} {d} = {r['scores'][d]}** — quote: “{r['evidence'][d]}”. {r['notes'][d]}")
open(f"{E}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L[:22]))
