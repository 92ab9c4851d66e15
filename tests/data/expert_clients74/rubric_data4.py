# Scores for h19-h24 (literal data).
DATA = [
 {
  "id": "h19", "lang": "en-SG",
  "scores": {"safety": 0, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": [
   "Today: moderate tai chi for about 25 minutes, RPE 12-13 (talk test: full sentences).",
   "answer: you asked about \"walk\": not today, the air quality rules out hard work outdoors; tai chi instead",
   "Stop and call your doctor if you are much more breathless than usual or bring up more or discoloured phlegm",
   "because: tai chi is your daily habit: as usual",
   "because: back after an illness: about 70% of your usual, building up gradually over a few days",
  ],
  "comment": "Misses a COPD exacerbation: three days of more, yellow-green sputum, more breathless, reliever used ~6 times vs 1-2, resting HR 96. The right answer is no exercise today and see the GP/polyclinic today (action plan, possibly steroids/antibiotics), 995 for breathlessness at rest/blue lips. Instead he gets moderate tai chi and a 150-min week; the one line that applies sits inside the generic COPD warning as a conditional he already meets. It also misreads his daily walk as a daily tai chi habit, treats him as 'back after an illness' with COVID-myocarditis text, and answers the void-deck question on air quality alone. RPE label flips between 'full sentences' and 'short sentences'.",
  "zero_reasons": {
   "safety": "Misses the red flag: purulent, increased sputum, more breathlessness and reliever use tripled (COPD exacerbation) - the card prescribes moderate exercise and a full week instead of same-day medical review.",
   "activity": "Rest and a doctor today is right; it prescribes 25 min moderate tai chi and a full training week.",
   "personalisation": "Ignores the decisive facts (sputum colour and volume, 6 puffs of Ventolin, resting HR 96) and misreads his daily walk as a daily tai chi habit.",
   "explanation": "Never tells him his symptoms are a flare-up needing his doctor today; the applicable line is buried as a generic conditional under stock heat, BP and post-COVID warnings.",
  },
  "suggestion": "Headline: 'Not today, not even in the void deck: more and yellow-green phlegm, more breathless and using Ventolin 6 times is a COPD flare-up - see your polyclinic/GP today (follow your action plan); call 995 if breathless at rest, lips blue or drowsy.' Resume walking gently once treated.",
 },
 {
  "id": "h20", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": [
   "今天：中等强度力量训练，约45分钟，1-2组×10-15次。",
   "依据： 备注“手腕骨折”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医",
   "注意： 你的备注里有我们无法确定的情况：今天的安排比较温和。",
   "避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物），起身和转身慢一点防摔（Too Fit To Fracture，2014）",
  ],
  "comment": "Right answer to her question: stay off the ice at -18 C and do home strength (8 exercises, 1-2x10-15, chair/water bottles), balance and tai chi, with osteoporosis-appropriate guidance (no loaded flexion/twisting, progressive loading, falls tips). Dose fits her habit. But the healed wrist fracture is read twice as an 'unknown condition', producing a 'today is gentle' warning that contradicts a 45-min moderate session; a generic chest-pain warning and the reused strength 'answer' (with '刚开始找教练') pad the card; indoor walking (e.g. marching, stairs at home) to replace her daily 40-min walk is not suggested.",
  "zero_reasons": {},
  "suggestion": "Drop the unknown-condition template for the old wrist fracture; list the actual home routine (sit-to-stand, wall push-ups, heel raises, step-ups, band rows, single-leg stand at the counter) and add an indoor walking option; keep yoga free of forward bends.",
 },
 {
  "id": "h21", "lang": "en-AU",
  "scores": {"safety": 0, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": [
   "Today: moderate swimming for about 45 minutes, RPE 12-13 (talk test: full sentences).",
   "it passes sugar, and water with it, in the urine, so heat and sweat dehydrate you sooner, and dehydration raises the risk of ketoacidosis",
   "because: swimming is low impact for your knee (you wrote \"Knee's been sore\")",
   "warning: Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.",
  ],
  "comment": "Exercise advice is good: no dog walk at 39 C, the council pool instead (low impact for the knee), an excellent SGLT2-inhibitor dehydration/ketoacidosis note, 000. But it misses the red flag he wrote down: regular Nurofen with CKD 3b (eGFR 38), ramipril and empagliflozin, on a 39-degree day - the classic 'triple whammy' for acute kidney injury, in a man whose goal is to keep his kidneys going. Generic joint-injury and CKD templates instead; the dog-walk habit moved to one 50-min walk.",
  "zero_reasons": {
   "safety": "Misses the red flag in the notes: regular ibuprofen (Nurofen) with CKD 3b, an ACE inhibitor and an SGLT2 inhibitor during a heatwave (acute kidney injury risk) is never mentioned, so nothing tells him to stop it and ask his GP/pharmacist.",
  },
  "suggestion": "Add a top warning: 'Stop the Nurofen and ask your GP or pharmacist for a kidney-safe option (paracetamol, knee physio): anti-inflammatories with ramipril and Jardiance can damage the kidneys, more so when you are dehydrated in this heat'; keep the pool today and early-morning dog walks on cooler days.",
 },
 {
  "id": "h22", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": [
   "今天建议休息，并请医生看看（见下）。",
   "依据： 备注“像踩棉花”：按头晕处理",
   "依据： 今天你太太说得对：休息，理由见下",
   "周五 休息  先就医；医生同意后再重新制定计划",
  ],
  "comment": "Misreads oxaliplatin neuropathy ('feet numb, like walking on cotton, a bit unsteady') as dizziness, sends him to a doctor today and rests him all week, and tells him his wife is right that tired means rest - the opposite of the evidence: exercise is the best-supported treatment for cancer-related fatigue. Cancer, stoma, neuropathy-related fall risk and the community-centre gym are all ignored. Over-triage is not penalised on safety, but the card fails on everything else.",
  "zero_reasons": {
   "activity": "Rest is prescribed on a misreading; the right choice today is light activity (e.g. 10-15 min on the stationary bike at the community-centre gym) plus balance work.",
   "dose": "A blanket week of rest for a cancer survivor with fatigue, where a gradual start (3x/week aerobic, 2x strength, building from 10-15 min) is indicated.",
   "personalisation": "Reads chemotherapy neuropathy as dizziness, endorses the wife's rest advice, and ignores the cancer history, stoma, fatigue and the gym.",
   "explanation": "The stated reason (dizziness, possible heart problem) is false for this client and it tells him resting is right, so he gets no correct why or what to do.",
  },
  "suggestion": "Say: '累不等于要躺：化疗后的疲劳靠循序渐进的运动改善最多。脚麻是奥沙利铂的神经损伤，选坐着骑的健身车、扶着做平衡练习，穿包脚的鞋；造口先避免憋气和重负荷，问造口护士要腹带。今天去社区健身房骑10-15分钟。'",
 },
 {
  "id": "h23", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": [
   "because: typed for your grandmother: \"you\" on this card means her; go through it with her, and the warnings are hers",
   "Today: moderate cycling for about 50 minutes, RPE 12-13 (talk test: full sentences).",
   "swim only where a lifeguard or a companion knows about your epilepsy, climb and cycle away from traffic with someone else",
   "Mon    swimming, moderate, 35 min, RPE 12-13  easy today",
  ],
  "comment": "The epilepsy warning (swim only where a lifeguard/companion knows, cycle away from traffic with someone, helmet) is the right safety content for a boy 14 months seizure-free. But mum's question - is he OK to do both swim club and the ride? - is never answered, and today's card drops the swim club entirely for a 50-min ride. It announces the card is 'typed for your grandmother' though mum wrote it. Next week's gala is ignored; swims are cut to 30-35 min 'easy' with no reason. Grandma's 'no water at all' worry is not addressed.",
  "zero_reasons": {
   "personalisation": "Addresses the card to the grandmother ('\"you\" on this card means her') although the mother wrote it, and ignores today's swim club and next week's gala, the things actually asked about.",
  },
  "suggestion": "Answer mum: 'Yes to both: 14 months seizure-free on Epilim, tell the club coach/lifeguard, no open water; helmet and a friend or quiet route for the ride; not if he has missed a dose or sleep.' Reassure grandma that supervised pool swimming is recommended; keep his swim sessions before the gala.",
 },
 {
  "id": "h24", "lang": "zh-CN",
  "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 1, "language": 2},
  "quotes": [
   "今天建议休息，并请医生看看（见下）。",
   "依据： 今天你女儿说得对：休息，理由见下",
   "依据： 备注“晕乎”：按头晕处理",
   "很遗憾你失去了亲人。难过的时候常常吃不下、睡不好",
   "周四 休息  先就医；医生同意后再重新制定计划",
  ],
  "comment": "The morning grogginess and leg weakness are a known mirtazapine effect and a fall risk worth raising with her doctor - but the card turns it into 'no exercise, see a doctor today' and a week of rest, and claims her daughter agrees she should rest (the daughter urged her to go dancing; it was she who wanted to sit at home). For an 85-year-old withdrawing after bereavement, that reinforces isolation and deconditioning. The grief line is kind and apt. Missing: move later in the day when the drowsiness has passed, a short walk in the park she used to walk with her husband, company (daughter/neighbours, gentle group such as tai chi), balance/sit-to-stand, mention the dose timing to the doctor.",
  "zero_reasons": {
   "activity": "Rest today is wrong: a short, accompanied walk later in the morning or afternoon (after the drowsiness passes) is what she needs.",
   "dose": "A blanket week of rest for an 85-year-old with depression, whose former daily walk should be rebuilt from ~10 minutes.",
   "personalisation": "States the opposite of the notes ('你女儿说得对：休息' - the daughter urged dancing), misses that the grogginess comes from the night-time mirtazapine, and ignores her old daily walk with her husband.",
  },
  "suggestion": "Say: '早上晕乎、腿软多半是米氮平的作用，起床慢一点，等上午晚些或下午再出门；跟女儿或邻居去以前常去的公园走10分钟，慢慢加；看医生时说说早上头晕（可能调整吃药时间）。广场舞可以先去看看、跟着轻松动几下。'",
 },
]
