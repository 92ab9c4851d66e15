#!/usr/bin/env python3
"""Hand scores (written by the reviewer after reading each card) -> rubric.jsonl, with quote verification."""
import json, os, sys
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = [
("h01", [2,2,2,2,2,1], ["现在就拨打急救电话（120），不要自己开车去医院", "你问的“去公园”：今天不行，先休息", "备注“胸口就跟压”：按胸痛处理"],
 "Correct rest + 120 + do not drive. Language: the quoted note fragment is cut mid-phrase, and the template says 'one of sweating, breathlessness, nausea or arm/jaw pain' instead of naming the arm/jaw pain he wrote."),
("h02", [2,1,2,2,1,2], ["你問的“走走”：可以，按今天的安排：中等強度散步33分鐘", "骨質疏鬆：力量和平衡練習對骨骼最有幫助", "本週目標90分鐘"],
 "Osteoporosis read from notes, good bone advice, Traditional throughout. But she asked which exercise strengthens bone/prevents falls; the card answers a question she did not ask ('走走: 可以') and picks a stroll over tai chi/strength she listed."),
("h03", [1,2,2,1,2,2], ["今天：中等強度跑步，約38分鐘，心率118-140次/分。", "壓力大、焦慮時：規律的中等強度運動有助於緩解"],
 "Correctly ignores mother's chest pain and negated fever/dizziness; stress handled. Misses the hangover/alcohol context (hydration, keep it easy). Card in standard written Chinese rather than Cantonese - acceptable."),
("h04", [2,2,2,2,2,2], ["先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", "随身带糖，强度不超过中等（ADA 2016）"],
 "Textbook-correct T1D handling of 85 mg/dl; dialect understood."),
("h05", [2,2,2,2,2,2], ["空气质量不健康（AQI 151-200），你属于敏感人群：今天不要在户外运动", "慢阻肺：最多中等强度，以呼吸为准"],
 "COPD recognised from dialect notes, baseline breathlessness not treated as red flag, indoor tai chi, pursed-lip breathing. Excellent."),
("h06", [2,2,1,1,2,2], ["孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）", "最近28天你练了3次，平均每次45分钟：按你的习惯安排"],
 "Good ACOG warnings; lying-flat discomfort correctly not treated as a red flag. But 45 min of swimming (5.8 MET) is justified by 45-min yoga sessions (2.5 MET) - habit minutes transferred across activities; her preferred prenatal yoga not offered."),
("h07", [2,2,2,2,2,1], ["跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周", "你的目标“明年3月底前减10斤”（健康）：快走正合适"],
 "Excellent postpartum handling: pelvic floor, no running before 12 wk, realistic rate. Weight-loss goal mislabelled '（健康）'; small doubled '等...等' wording."),
("h08", [2,2,2,1,2,2], ["出血、流液，或37周前宫缩变得规律，现在就去医院", "备注“一阵一阵发紧发硬”：按孕期危险信号处理"],
 "Correct rest + hospital now. Does not answer her explicit swim question or name the spotting she described."),
("h09", [1,1,0,1,1,2], ["你是有训练基础的跑者：轻松跑（能说整句话，RPE 12-13）算中等强度（ACSM）", "最近没有训练记录：从50分钟开始，循序渐进", "孩子的运动就是玩：骑车、跳舞、追跑游戏"],
 "No false alarm on the normal post-800m pounding heart (good). But a 9-year-old gets a continuous 50-min run labelled 'trained runner', while the card says no history and 'start gradually'. Plan adds 3 vigorous 50-min runs and 60-min strength sessions."),
("h10", [1,1,2,2,1,2], ["最近7天練了7天（其中0天很辛苦）", "小腿前面痠疼（脛骨內側）：跑量先減一點、跑軟一點的路面，慢慢加量", "近7天負荷是過去4週平均的1.8倍（超過1.5）"],
 "Load spike detected and running stopped today. But focal bony tenderness that worsens while running warrants stopping running and assessment, not 'reduce a bit'; 90-min daily runs at RPE 14 counted as '0 hard days'; yoga rather than pool/bike cross-training 4 weeks before a race."),
("h11", [1,0,0,0,0,1], ["长途飞行或坐车后一条小腿又肿又痛，可能是血栓", "今天不要运动，今天就去看医生"],
 "WRONGLY RESTED. Stable HF, 'ankles NOT swollen, can lie flat' - the negation was ignored and a DVT/fluid warning fired, with emergency=true and no reason line. Contradicts the cardiologist's 'walk daily'."),
("h12", [2,1,2,1,1,2], ["你写了“连上了三个夜班”：散步轻松不累，动一动反而更有精神", "睡得少：今天不做高强度；上夜班的话，护住白天那一段睡眠"],
 "Light only, sleep hygiene mentioned. Her direct question (sleep first or exercise first?) is not answered; suggesting a walk at 08:00 'to feel more awake' works against the daytime sleep it then tells her to protect."),
("h13", [2,2,2,2,2,1], ["Dangerous heat: no outdoor exercise today.", "getting used to heat takes 10-14 days and fitness does not replace it", "because: you like running, but the heat is dangerous for any exercise outdoors today"],
 "Heat handled well, °F shown, acclimatisation picked up from notes, statin negation ignored correctly. Duplicate 'you like running/cycling... heat' lines; lawn mowing in 101°F not mentioned."),
("h14", [2,2,2,1,2,1], ["swollen ankles with breathlessness (lying flat, or new on the stairs) can be fluid building up from the heart or kidneys", "A swollen, painful calf after a long flight or drive can be a blood clot"],
 "Correct rest + doctor today. Boilerplate DVT sentence irrelevant; only 'winded' is cited although orthopnoea and ankle swelling were the stronger signs; two overlapping warnings."),
("h15", [2,2,2,2,2,2], ["your notes (\"doing a drum solo\"): read as palpitations", "do not stay on your own"],
 "Figurative description of palpitations and near-syncope both caught; clear escalation advice."),
("h16", [2,2,2,1,2,2], ["your goal (\"Houston Half Marathon on Jan 18, sub-2:00\", endurance): running fits it", "Today: moderate running for about 64 minutes, heart rate 116-138 bpm."],
 "Husband's scare and negations handled. Sensible easy run. Race goal is only echoed: no weeks-to-race, goal pace (~5:41/km) or long-run progression. Plan gives three vigorous 64-min runs in one week."),
("h17", [2,2,2,1,1,1], ["your notes (\"quads are on fire\"): we could not tell what this is", "Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.", "so other muscle groups today; your legs rest today"],
 "Good choice (upper body, legs rest); 'heart attack' idiom ignored. But DOMS after leg day triggers a joint-injury warning and an 'unplaced' warning - contradictory and alarming."),
("h18", [2,0,2,0,1,2], ["your notes (\"tore my acl\"): read as a knee injury", "you asked about \"run\": not today, your joint or back needs low impact; elliptical instead"],
 "Healed 2019 ACL reconstruction read as a current knee injury; a runner with two 10Ks this year is refused a run. Temporal/healed context ignored."),
("h19", [1,2,2,0,1,2], ["at 66: besides aerobic activity, balance and strength on at least 3 days a week (WHO 2020): tai chi, standing on one leg, sit-to-stands, bands", "no recent sessions logged: start with 20 minutes and build up"],
 "Walk is fine, but dialysis, kidney failure and the fistula arm are ignored entirely (notes_unsure empty); suggests band work without protecting the fistula arm; no fluid/dialysis-day timing advice."),
("h20", [1,0,0,0,1,1], ["your notes (\"unsteady\"): read as dizziness", "call emergency services if it comes with chest pain"],
 "WRONGLY RESTED. 'Bit unsteady first thing in the morning' in a 93-y-o on a walker = known balance issue; card sends her to a doctor today and bans exercise, ignoring the physio programme and seated class. Balance/falls not mentioned; addresses the daughter as the patient."),
("h21", [2,1,2,2,2,1], ["Thunder: go indoors and out of the water, pools included", "chest pain, a racing heart or breathlessness out of proportion after an infection such as COVID or flu mean stop and see a doctor (myocarditis)"],
 "Thunder and post-COVID return handled well (myocarditis warning). Yoga for a cyclist when stationary bike is allowed; '70% of your usual' but 30 min vs 60-min habit; redundant rain warning."),
("h22", [2,2,2,1,1,2], ["you asked about \"lifting\": yes, as today's plan has it: moderate strength training for 45 minutes", "for stress: regular moderate exercise eases it (WHO 2020)"],
 "Answers 'yes, keep lifting' with pregnancy warnings. Her two concerns (overheating, heavy squats) not addressed; 'worried' turned into a stress line."),
("h23", [0,2,2,1,1,2], ["you asked about \"squash\": yes, with a 10-minute warm-up and breaks when you need them"],
 "Tells a man 10 weeks after knee replacement 'yes' to squash (he only said he used to play) - high-impact pivoting sport is not advised after TKR. Swim is fine, but his physio-approved bike is not used or mentioned."),
("h24", [2,2,2,2,1,2], ["your target works out at about 1.4 kg a week: too fast.", "last 7 days' load is 3.0x your 4-week average (above 1.5)", "about 420 moderate-equivalent minutes in the last 7 days; this week's aim 90"],
 "Strong: spike, BMI 40, knees, unrealistic target all addressed. 'This week's aim 90' after 420 done is confusing; weight-loss goal labelled 'health'."),
]
bad = 0
with open(os.path.join(B, "rubric.jsonl"), "w", encoding="utf-8") as f:
    for cid, s, quotes, comment in R:
        card = open(os.path.join(B, "outputs", cid + ".txt"), encoding="utf-8").read()
        ver = {q: (q in card) for q in quotes}
        bad += sum(not v for v in ver.values())
        for q, v in ver.items():
            if not v: print("QUOTE NOT FOUND", cid, q, file=sys.stderr)
        rec = {"id": cid, "lang": "zh" if int(cid[1:]) <= 12 else "en", **dict(zip(D, s)),
               "total": sum(s), "quotes": quotes, "quotes_verified": all(ver.values()), "comment": comment}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("rows", len(R), "unverified quotes", bad)
sys.exit(1 if bad else 0)
