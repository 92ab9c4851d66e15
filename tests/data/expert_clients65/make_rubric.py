#!/usr/bin/env python3
"""Blind clinical scoring of the exercise advisor's output for 24 clients.
All scores are literal data below. Checks: every quote is an exact substring of
that client's output file; every 0 has a reason. Writes rubric.jsonl and
rubric_summary.md. Exit 1 on any failed check."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 dict(id="h01", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=1),
  quotes=["you asked whether 20 minutes is worth it: yes.",
          "you said you have about 20 minutes: the session fits them",
          "this week's aim 150 (WHO: at least 150)",
          "week: about 80 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it"],
  comment="Answers the new dad's question first and correctly (yes, 20 min counts); respects his 20-min cap every day, run 3x like before plus 2 strength days. Gaps: the garage dumbbells are not used to give him concrete home exercises; card promises 'aim 150' and '~140 a week' while the plan delivers 80 and says 'building up' though the time cap cannot grow.",
  zero_reasons={},
  change="Make card and plan state the same weekly figure (20 min x 6 = 120 incl. strength); turn the strength days into a 20-min dumbbell circuit in the garage."),
 dict(id="h02", lang="en-GB",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=["you wrote \"wake up about 2pm feeling like a zombie\": yoga is easy on a tired body",
          "after a night shift sleep first, and train after you wake or before the next shift",
          "this week's aim 90 (WHO: at least 150)",
          "week: about 60 moderate-equivalent aerobic minutes"],
  comment="Sensible light yoga before the first night shift and a gentle week. But the client's actual question (before the shift or after 8am?) is not answered on the card at all; the answer sits in two plan lines (Thu/Sun). Night-eating question ignored. Rain warning about running/cycling is stock. Card aim 90 vs plan 60.",
  zero_reasons={},
  change="Put the timing answer first on the card: on night-shift days exercise after waking, before the shift (e.g. a 20-min brisk walk ~4-6pm), never before day-sleep at 8am; add one line on shift eating."),
 dict(id="h03", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["你儿子希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "骨关节炎的膝盖（或髋）在比平时多的活动后酸、僵：不是新伤，动起来才是治疗",
          "以后每餐饭后走10-15分钟，比一天走一次更管用",
          "68岁：除了有氧，每周至少3天做平衡和力量练习"],
  comment="What a clinician would say: don't rest, walk on the flat after meals, OA pain rule (<=3-4/10, settles by next morning), tai chi + strength >=3 days for 68, glucose 165 fine, 120 for chest symptoms. Assumes he has just eaten at 07:30, which is plausible given his habit.",
  zero_reasons={},
  change="Optionally say 'if you have already had breakfast' rather than assuming it, and mention avoiding stairs/hills while the knee is sore."),
 dict(id="h04", lang="zh-TW",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=0, language=1),
  quotes=["今天：中等強度跑步，約50分鐘",
          "最近4週只有1次訓練記錄：從50分鐘開始，循序漸進",
          "本週目標420分鐘（WHO每週至少420分鐘）",
          "週二 力量訓練，中等強度，20分鐘",
          "其餘由體育課、走路上學和玩補足"],
  comment="The teenager asked one thing: does lifting stunt growth? Not answered (the app has that exact myth answer, it printed it for h13 who did not ask). Goal 'jump higher' gets a 50-min jog; his Tue/Thu/Sat basketball team is ignored and strength is scheduled onto exactly those days; the coached weight room is never mentioned. '1 session logged: start with 50 min' is self-contradictory.",
  zero_reasons={"personalisation": "Ignores the basketball team on Tue/Thu/Sat (strength put on those days, its minutes uncounted), the jump goal and the supervised school weight room.",
                "explanation": "The only question asked (will weight training stunt growth, as his mother says?) gets no answer at all."},
  change="Answer first: supervised resistance training does not stunt growth; start with the PE teacher, light loads 2x/week on non-basketball days, add jump/plyometric work; count basketball practice as MVPA."),
 dict(id="h05", lang="en-AU",
  scores=dict(safety=1, activity=1, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["your mum would rather you rested: a caring worry",
          "to step up, add one hard session a week, one change at a time (ACSM)",
          "you like running, but the heat rules out hard work outdoors today",
          "swimming indoors while the heat lasts"],
  comment="Right call today (no unshaded run at 34 C while 28 weeks pregnant; swim instead) and a full ACOG warning list with 000. But it tells a pregnant woman capped at moderate to 'add one hard session a week'; misstates mum's view (she said stop running, not rest); never answers 'can I still run in the 3rd trimester?' (yes, if uncomplicated, easy, cool hours/treadmill); the whole week drops running on the assumption the heat lasts.",
  zero_reasons={},
  change="Remove the 'add a hard session' line under pregnancy; answer directly: running can continue in an uncomplicated pregnancy at talk-test pace, but not in today's heat -- early morning, shade, or treadmill on cooler days."),
 dict(id="h06", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=1),
  quotes=["今天不要運動：今天就去看醫生（見下）。",
          "可能是腿部深靜脈血栓（血塊）",
          "也不要走路“活動開”",
          "可能是血栓跑到了肺里：立即撥打999",
          "你問的“公園”：今天不行"],
  comment="Red flag caught: unilateral calf swelling and pain 3 weeks after a caesarean = possible DVT; no walking it off, doctor/A&E today, 999 for PE symptoms. Personalisation is template-level (does not say her C-section and the postpartum weeks are what raise the risk, nor answer her belief it is tiredness directly). Language: simplified 里 in a Traditional card (肺裡/肺裏), and the quoted question '公園' is clumsy.",
  zero_reasons={},
  change="Say 'you had a caesarean 3 weeks ago: that makes a clot more likely; this is not tiredness'; fix 肺里 -> 肺裡; quote the real question (推BB車行公園)."),
 dict(id="h07", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=["Rest today, and have it checked (see below).",
          "your notes (\"weird thing is my heart\"): read as palpitations",
          "your notes (\"flu\"): read as an illness below the neck",
          "vomiting, diarrhoea, chest congestion"],
  comment="Correctly stops him and sends him to a doctor: new palpitations on mild exertion plus resting HR 74 vs 56 after flu needs an ECG (possible post-viral myocarditis/arrhythmia). But the flu 3 weeks ago is read as a current illness (stock 'rest until it has passed' warning), the resting-HR rise is not used, and his questions ('just out of shape?', 'how fast can I build up?') get no direct answer. British 'diarrhoea' on a US card.",
  zero_reasons={},
  change="Say plainly: 'No, this is not just being out of shape: racing heart and a resting HR 18 beats above your normal after flu need an ECG before running; once cleared, rebuild from ~50% volume over 2-3 weeks.' Drop the current-illness warning."),
 dict(id="h08", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=["你问的“练腿”：今天不练腿，腿还在恢复",
          "周四 力量训练，中等强度，50分钟，RPE 12-13  下肢日：深蹲或硬拉（交替安排重日和轻日），主项3-5组×3-6次（RPE 7-8）",
          "5个动作×3-4组×8-12次"],
  comment="Right answer for today (upper day while legs recover) and a proper 4-day upper/lower week. Misframes the question (he asked chest vs rest, not legs); the bench plateau at 90 kg ('卡在90好几周了') gets no programming advice at all. Plan labels heavy 3-6-rep days 'moderate, RPE 12-13' next to 'RPE 7-8', mixing scales.",
  zero_reasons={},
  change="Answer 'chest vs rest': train upper today; add a plateau line (e.g. vary rep ranges, add bench volume/close-grip/paused work, deload every 4-6 weeks); label heavy days consistently on one RPE scale."),
 dict(id="h09", lang="en-CA",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["I am sorry for your loss.",
          "yoga, power: 4.0 MET (Compendium 02160)",
          "yoga is a gentle step; moving a little helps the mood, with no need to push",
          "this week's aim 90 (WHO: at least 150)"],
  comment="Compassionate, suggests a daily walk for structure and the doctor if sleep/appetite do not return. But today's session is 'power yoga' at RPE 12-13 for a grieving beginner who 'can barely get off the couch', contradicting its own 'gentle step'. The half-marathon question ('is there any point?') is never answered; the dog and evening walks are not used.",
  zero_reasons={},
  change="Make today 10-15 min gentle walking or hatha yoga at RPE 9-11; answer the friend's idea: a half in May is too far from zero, but a walk/5k with her is a good aim; suggest walking the dog again with the sister."),
 dict(id="h10", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=2, language=1),
  quotes=["口罩（包括N95）在大口喘气时挡不住多少细颗粒物",
          "今天：中等强度椭圆机，约30分钟",
          "周六 游泳，中等强度，80分钟",
          "长时间的训练等空气质量指数回到100以下再练",
          "配上骑行App的虚拟路线"],
  comment="Mask question answered well (masks do not make hard outdoor running safe). But he has a hotel treadmill and the app puts him on an elliptical; the tempo is lost all week (everything moderate), Saturday is an 80-min swim for a marathoner, and the Sun/Tue 75-90-min runs carry no 'only if AQI < 100' condition despite the card's own rule. 'Cycling app' advice for an elliptical.",
  zero_reasons={},
  change="Today: run the tempo (or a shortened one) on the hotel treadmill; keep one quality session later in the week; gate outdoor runs on AQI."),
 dict(id="h11", lang="en-GB",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=1),
  quotes=["your daughter would rather you rested: a caring worry, but for you the risk is in doing too little",
          "breathing out slowly through pursed lips",
          "mood (tired): a gentler session today",
          "effort: RPE 9-11 (you could sing)"],
  comment="Good COPD/BP guidance: walk in bouts, pursed-lip breathing, inhaler, breathlessness 3-4/10, 999, BP recheck; daughter answered; balance/strength 3+ days. Gaps: never suggests going back to pulmonary rehab (the single best step); invents a 'tired' mood; 'you could sing' clashes with the COPD target of short sentences; card aim 90 vs plan 80.",
  zero_reasons={},
  change="Add 'ask your GP to refer you back to pulmonary rehab'; tell him breathlessness on the hill as usual is expected and safe; use a breathlessness scale instead of 'you could sing'."),
 dict(id="h12", lang="zh-SG",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["你问的“跑”：今天不建议，高温危险",
          "你写了“这边三十三度好闷”：今天不做高强度、时间短一点，但中等强度的活动最能改善情绪",
          "身体适应炎热要10-14天",
          "周日 跑步，中等强度，40分钟",
          "放在早上10点前或傍晚6点后"],
  comment="Correct: no midday run at 33 C/75% for someone just arrived from -20 C; swim today; acclimatisation explained. But '好闷' (muggy) is read as low mood, adding mood lines; her goal of running every day is dropped to 3 runs without saying why; the plan's runs are 40 min (longer than her usual 35) despite 'shorter' advice; 'before 10am' is too late for Singapore heat.",
  zero_reasons={},
  change="Keep a daily easy run if she wants: 20-30 min before 7:30am or after sunset, or on the hotel treadmill; drop the mood lines; cap runs below her usual 35 min during the first week."),
 dict(id="h13", lang="en-IN",
  scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=1),
  quotes=["you like swimming, but your doctor or physio said not to, for now today",
          "What your doctor, surgeon or physio told you not to do stays out until they clear it",
          "Mon    running, vigorous, 90 min, RPE 14-17",
          "supervised resistance training does not stunt growth, that is a myth (NSCA 2009)",
          "no need to add more this week"],
  comment="Father's 'no swimming till exams' is read as a medical ban, so swimming (her sport and her stress relief) disappears, replaced by 90-min vigorous runs and a 90-min vigorous bike for a swimmer with no running history, during board-exam prep. Her real question (how much swimming is OK without hurting studies) is unanswered; an unasked growth-myth line appears instead.",
  zero_reasons={"activity": "Removes swimming entirely (the activity she asked about) and substitutes vigorous running she has no history of.",
                "dose": "Three 90-min vigorous sessions (2 runs, 1 ride) from a zero running base during exam preparation; contradicts its own 'no need to add more this week'.",
                "personalisation": "Misreads her father's exam rule as a doctor/physio prohibition and builds the whole output on it.",
                "explanation": "Never answers 'how much swimming is OK without hurting my studies'; shows a wrong clinician warning and an unasked growth myth."},
  change="Answer directly: keep swimming, e.g. 3-4 mornings x 60-75 min at easy-moderate effort until boards, protect sleep; exercise helps stress and concentration; suggest she show the plan to her father and coach. No running."),
 dict(id="h14", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["今天不要运动：胸口不适要先看医生，新出现的今天就去",
          "这是心绞痛的典型表现",
          "天冷会诱发心绞痛，但不能当作原因放过",
          "立即拨打120"],
  comment="Red flag caught exactly: new exertional chest pressure relieved by rest = angina; no tai chi, cardiology today, 120 if at rest or >5 min; explicitly rejects his 'just the cold' explanation. Week of rest pending doctor is right.",
  zero_reasons={},
  change="Minor: name tai chi in the answer ('今天不去打太极'), and lead the reasons with the chest symptom rather than the BP reading."),
 dict(id="h15", lang="en-NZ",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=["you asked about \"long run\": not today, your joint or back needs low impact",
          "A fresh sprain: for the first days only work that puts no weight on it",
          "to step up, add one hard session a week, one change at a time (ACSM)",
          "your goal (\"10k fun run\", endurance): swimming fits it"],
  comment="Correct management of a 3-day-old sprain: swim today, non-weight-bearing work, ankle rehab, jog once walking is pain-free, Ottawa-style red flags. But he asked about tomorrow's long run and the answer says 'not today'; the 10k next Sunday is never addressed (no return-to-run test before it); stock 'joint or back' wording and 'add one hard session' do not fit an injured runner.",
  zero_reasons={},
  change="Answer: no long run tomorrow; try a pain-free 10-min jog test midweek; the 10k is possible only if hopping is pain-free by Friday, otherwise walk/jog it or skip."),
 dict(id="h16", lang="zh-TW",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["你問的“太極”：可以，按今天的安排：中等強度太極20分鐘",
          "摔過一次的話，請醫生或康復師做一次防跌倒評估",
          "備註“腳越來越沒力”：無法確定是什麼情況",
          "如果按骨頭就疼（可能是應力性骨折的開始）",
          "週一 散步，中等強度，30分鐘"],
  comment="Answers yes to tai chi, counters the daughter, gives excellent falls advice (chair nearby, sit-to-stand, heel-toe, fall assessment). But 'legs getting weaker' is treated as an unknown pain, producing stock stress-fracture/DVT warnings that do not apply; a 30-min moderate walk for an 84-year-old faller whose last walk was 15 min; 康復師 is mainland usage on a Taiwan card.",
  zero_reasons={},
  change="Read '腳越來越沒力' as weakness (target of sit-to-stand training), drop the pain/fracture warnings; cap walks at 15-20 min with a companion; use 物理治療師/復健科."),
 dict(id="h17", lang="en-IE",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["No exercise today: a fever with a tight chest and a cough can be a chest infection",
          "A fever brought down by paracetamol or ibuprofen is still a fever",
          "you asked about \"spin class\": not today",
          "call emergency services now (112)"],
  comment="Exactly right: fever 38.4 with aches and chest heaviness below the neck, masked by paracetamol, means no spin, see a doctor today, return only after 24 h fever-free without tablets; 112 for Ireland.",
  zero_reasons={},
  change="Minor: say outright that you cannot 'sweat out' a fever, and trim the four overlapping warnings."),
 dict(id="h18", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["先吃15-30克碳水，15分钟后复测高于5.0 mmol/L（90 mg/dl）再开始",
          "有氧运动前60-90分钟把基础率调低约一半",
          "备注“胃不舒服”：无法确定是什么情况，今天强度放低",
          "你说有40分钟左右：按你的时间安排"],
  comment="Central question answered precisely in the headline (15-30 g carbs, recheck at 15 min, start >5.0, carry sugar, pump basal reduction). But his stomach worry is read as an unknown pain symptom (stock warning) instead of answered (liquid/glucose tabs sit easily); '40 min' misread as time available; 'stressed' mood invented; the half-marathon week has no long run.",
  zero_reasons={},
  change="Answer the stomach worry (glucose tabs or juice are absorbed fast and rarely upset the stomach); drop the unknown-condition warning; keep a weekly long run for the half."),
 dict(id="h19", lang="en-AU",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["you asked about HIIT or rope skipping: not today. On short sleep",
          "BMI 37: start low impact at a low-to-moderate effort",
          "aquatic exercise is recommended for knee and hip osteoarthritis",
          "you have a pool nearby"],
  comment="Safe, appropriate prescription (pool, low impact, strength twice, gradual build) and explains HIIT is not better for fat loss. But it speaks of rope skipping and short sleep he never mentioned, cites knee/hip OA he does not have, never addresses '5k every day, no days off', and omits diet, the main lever for losing 20 kg.",
  zero_reasons={},
  change="Answer the mate's plan directly (no daily 5k or HIIT at 118 kg with a sore back; rest days matter); add diet as the main driver (~0.5-1 kg/week) and cycling he likes."),
 dict(id="h20", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=["不要運動：現在就撥打急救電話（見下）。",
          "這是高血壓急症的警示信號",
          "撥打999，或請家人送你去急診，不要自己開車",
          "你問的“行山”：今天不行"],
  comment="Emergency recognised: 186/114 with headache -> hypertensive emergency warning, 999, do not drive, no hike. Gaps: blurred vision (the other end-organ sign) is not named, and his beliefs ('no symptoms', 'hiking lowers BP') are not addressed.",
  zero_reasons={},
  change="Name the blurred vision with the headache; add one line that exercise lowers BP over weeks, but at 186/114 it is dangerous today."),
 dict(id="h21", lang="en-CA",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["Today: moderate swimming for about 50 minutes",
          "you wrote \"but i hate it\": nothing hard and a little shorter today, but moderate movement is what lifts a low mood",
          "Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise",
          "asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you"],
  comment="Correct on the key decision (no outdoor run at -32 C wind chill with exercise asthma; reliever before). But it sends him to a pool he never mentioned instead of the condo treadmill, reads 'I hate it' (the treadmill) as low mood and adds mood advice, drops his tempo for the whole week, and never answers the buff question.",
  zero_reasons={},
  change="Today: the 8k tempo (or shorter) on the condo treadmill, salbutamol 15 min before; say a buff helps but does not make -32 safe for asthmatic airways; keep one quality session in the week."),
 dict(id="h22", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["β受体阻滞剂（如倍他乐克）会让心率升不上去",
          "你老婆希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "出现胸痛、胸闷、异常气短、头晕或心跳不齐，立即停止并就医",
          "本周：有氧约152分钟"],
  comment="What a cardiac-rehab physiologist would sign: continue ~30-40 min most days at RPE by feel, wristband HR unreliable on metoprolol, strength twice, warning signs with 120, wife's worry addressed.",
  zero_reasons={},
  change="Minor: suggest using the HR range from his rehab exercise test if he has one; RPE 11-13 in the answer vs 12-13 elsewhere could be unified."),
 dict(id="h23", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=1),
  quotes=["you asked about \"long run\": no hard session this week",
          "Until two weeks after it keep everything easy: runs at a talking pace of 30 minutes at most",
          "Tue    running, moderate, 45 min, RPE 12-13, HR 101-125  marathon recovery (day 9 after the race)"],
  comment="Right: no 16-mile club run 6 days after Tokyo, no speedwork until ~2 weeks post-race, easy runs and cross-training. But the card's own cap (30 min until two weeks) is broken by the plan's 45-min run on day 9, and a running HR zone is put on a brisk-walk day.",
  zero_reasons={},
  change="Make plan and card agree (cap runs at 30-40 min until day 14, or change the card's rule); say when speedwork can resume (week 3) for the BQ build."),
 dict(id="h24", lang="zh-SG",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["今天建议休息，并请医生看看（见下）。",
          "在医生排除心脏问题之前，不训练、不比赛",
          "宿醉或没吃饭不能当作解释",
          "不游泳、不在马路上骑车、不攀爬，也不开车"],
  comment="Red flag caught: near-syncope during sprints plus a fast irregular heartbeat in a 14-year-old -> ECG/cardiology before any training or next week's race, mother's 'skipped breakfast' explanation rejected, 995 for Singapore. Stock adult lines (hangover, driving) do not fit a 14-year-old.",
  zero_reasons={},
  change="Drop 宿醉 and 开车 for minors; tell her to show this to her mother and coach today."),
]

def main():
    ok = True
    out_rows = []
    for r in R:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        text = open(path, encoding="utf-8").read()
        if not (2 <= len(r["quotes"]) <= 5):
            print(f"{r['id']}: needs 2-5 quotes"); ok = False
        for q in r["quotes"]:
            if q not in text:
                print(f"{r['id']}: quote not found: {q!r}"); ok = False
        for d in DIMS:
            s = r["scores"][d]
            if s not in (0, 1, 2):
                print(f"{r['id']}: bad score {d}={s}"); ok = False
            if s == 0 and not r["zero_reasons"].get(d, "").strip():
                print(f"{r['id']}: 0 on {d} without a reason"); ok = False
        for d in r["zero_reasons"]:
            if r["scores"][d] != 0:
                print(f"{r['id']}: reason given for non-zero {d}"); ok = False
        total = sum(r["scores"][d] for d in DIMS)
        out_rows.append(dict(id=r["id"], lang=r["lang"], **r["scores"], total=total,
                             quotes=r["quotes"], comment=r["comment"],
                             zero_reasons=r["zero_reasons"], suggested_change=r["change"]))
    if len(R) != 24 or sorted(x["id"] for x in R) != [f"h{i:02d}" for i in range(1, 25)]:
        print("client set is not h01..h24"); ok = False
    if not ok:
        sys.exit(1)
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for row in out_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = len(out_rows)
    mean_total = sum(x["total"] for x in out_rows) / n
    means = {d: sum(x[d] for x in out_rows) / n for d in DIMS}
    L = ["# Rubric summary", "",
         f"Clients: {n}. Mean total: **{mean_total:.2f} / 12**.", "",
         "| dimension | mean (0-2) |", "| --- | --- |"]
    L += [f"| {d} | {means[d]:.2f} |" for d in DIMS]
    zeros = [x for x in out_rows if x["zero_reasons"]]
    L += ["", "Clients with any 0: " + (", ".join(x["id"] for x in zeros) or "none"), "",
          "| id | lang | " + " | ".join(DIMS) + " | total |",
          "| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
    for x in out_rows:
        L.append(f"| {x['id']} | {x['lang']} | " + " | ".join(str(x[d]) for d in DIMS) + f" | {x['total']} |")
    L += ["", "## Every 0 and its reason", ""]
    for x in zeros:
        for d, why in x["zero_reasons"].items():
            L.append(f"- {x['id']} {d}: {why}")
    L.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print(f"ok: {n} clients, mean total {mean_total:.2f}; " + ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))

if __name__ == "__main__":
    main()
