#!/usr/bin/env python3
"""Rubric for the 24 blind-scored outputs (h01..h24).
All scores are literal data below. The script checks every quote is an exact
substring of outputs/<id>.txt and every 0 has a reason, then writes
rubric.jsonl and rubric_summary.md. Exits non-zero on any failure."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 dict(id="h01", lang="en-US",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["a 10-15 minute walk after each meal works better than one walk a day",
          "Mon    brisk walking, moderate, 35 min, RPE 12-13",
          "below -27 C wind chill, frostbite can set in within minutes",
          "\"answers\":[]"],
  comment="Today's 20-min brisk walk after dinner is right for a metformin user at 172 mg/dl, and the after-meal point is good. But his question (is 20 min enough?) is never answered directly: nothing says 'a good start, aim for ~150 min/week, add a walk after other meals'. The plan ignores his 20-min truck-stop limit (30 and 35 min), has him walking only 3 days when he walks after meals most days, and gives no kit-free strength moves. A Celsius wind-chill figure appears on an imperial card, and the card's 'BMI 35 ... 30 minutes at most' clashes with the 35-min Monday.",
  zero_reasons={},
  change="Answer the question at the top: 20 min after dinner helps; add 10-15 min after other meals to reach 150+/week. Cap sessions at his 20 min and add days instead. Name bodyweight moves he can do at a truck stop. Use Fahrenheit on imperial cards."),
 dict(id="h02", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["今天不要运动：胸口不适要先看医生，新出现的今天就去（见下）。",
          "天冷会诱发心绞痛，但不能当作原因放过",
          "在高海拔的头几天，头痛（常伴睡不好、恶心、乏力或爬楼就喘）是急性高原反应",
          "先就医；医生同意后再重新制定计划"],
  comment="Catches new exertional chest pressure that eases with rest as probable angina: no exercise, see cardiology today, 120 if at rest or lasting >5 min. Correct and prominent. A stock acute-mountain-sickness warning is shown although he is not at altitude. His question (how often to train hills with a load) and the 5025 m trek are never addressed. It should say that altitude training waits for cardiology clearance, and it doesn't rebut his own explanation ('太久没爬楼').",
  zero_reasons={},
  change="Drop the altitude-sickness warning when the person is not at altitude. Add a line: hill and load training, and the 5025 m trip itself, wait until a cardiologist has assessed the chest pressure. Deconditioning is not an explanation to rely on."),
 dict(id="h03", lang="en-GB",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["A fever brought down by paracetamol or ibuprofen is still a fever",
          "you asked about \"long run\": not today; rest first (the warnings above say why)",
          "only once a day without fever and the aches gone: an easy walk"],
  comment="Excellent triage: fever 38.4 with body aches means rest (neck check). It explains that paracetamol masks a fever, sets 24 h fever-free without tablets, and builds back gradually with a myocarditis-type stop rule. Her two explicit options ('slower' or 'swap for the bike') are not each answered. Her worry about falling behind 5 weeks out from the 10K gets no reassurance.",
  zero_reasons={},
  change="Answer both options: no slow run and no bike today, because any exertion with flu and fever is the risk. Add that 5 weeks out a few days off costs nothing, and the 10K is still on."),
 dict(id="h04", lang="zh-SG",
  scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=2, language=2),
  quotes=["你问是不是休息更好：不是，不用停下来。",
          "今天：中等强度游泳，约20分钟",
          "运动中疼痛不超过3分（满分10）",
          "运动中疼痛不超过3-4分（满分10）"],
  comment="Answers the key question well: for knee OA, movement is treatment, with a sound pain-monitoring rule. Today's choice is swimming, although she prefers walking, has no gym nearby and won't pay for classes. The strength days name no home exercises (sit-to-stand, step-ups) tied to her goals: standing all evening at the March wedding and stairs without the rail. The pain threshold is 3 in one place and 3-4 in another.",
  zero_reasons={},
  change="Make today a flat-ground walk (early, before the humidity) and spell out home strength work: sit-to-stand, step-ups, wall squats. Tie them to standing all night and stairs without the rail by March. Use a single pain threshold."),
 dict(id="h05", lang="en-AU",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["Rest today, and have it checked (see below).",
          "Losing consciousness (passing out, waking up on the floor) needs a doctor today",
          "your notes (\"blacked out\"): read as dizziness",
          "call emergency services (000)"],
  comment="A red flag was correctly caught: blacking out at peak exertion with a fluttery chest in a 16-year-old. Card and week are rest until a doctor clears her, and 000 is correct. It never says plainly 'no beep test today', and never says that fainting during maximal effort is a cardiac warning sign not explained by skipping breakfast (the coach's view). Her 5-days-a-week question is left unanswered. The syncope is labelled 'dizziness'. A minor should be told to involve a parent.",
  zero_reasons={},
  change="State: no beep test or sprints until a doctor (ECG, likely cardiology) has seen her. Fainting during all-out effort is not explained by skipped breakfast. Tell a parent or the coach today. Add that five maximal sessions a week is too many even once cleared."),
 dict(id="h06", lang="zh-TW",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=0),
  quotes=["這週一共約90分鐘，分在一週計劃里的那幾天",
          "本週：有氧約45分鐘（中等強度當量，WHO建議至少150）",
          "你寫了“多累才會降血壓”：散步輕鬆不累，動一動反而更有精神",
          "你寫的平時的訓練（約15分鐘）：今天按這個習慣來",
          "今天：低強度散步，約15分鐘，RPE 9-11（很輕鬆）。"],
  comment="His question is whether 15 min a day helps and how hard he must go to lower BP. The card answers 'how hard' with a light 2.0-MET stroll ('not tiring') when BP benefit comes from moderate effort. It never says plainly that 15 min daily does help. It says 90 min this week while the plan totals 45. It puts in a rest day although he has 15 min every day, and reads his available time as a training habit. '計劃里' uses the simplified 里 on a Traditional card.",
  zero_reasons={"language": "Contradiction on the central question (how much): the answer says about 90 min this week, the plan says about 45; the light-stroll answer to 'how hard' conflicts with the moderate days in the plan."},
  change="Answer directly: yes, 15 min every day of brisk walking at RPE 12-13 counts and lowers BP about 5-8 mmHg; add isometric/strength twice a week. Make today brisk (moderate is fine at 21:30), use all 7 days, keep card and plan totals identical, and fix 里→裡."),
 dict(id="h07", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["No exercise today: call your OB or labor and delivery now (see below).",
          "a clot (deep vein thrombosis) has to be ruled out",
          "you asked about \"swimming\": not today; rest first (the warnings above say why)"],
  comment="It catches the DVT red flag: a one-sided sore, puffy calf after a 5-h flight at 26 weeks. The card says no exercise, same-day assessment, and gives PE signs with 911. It ties the flight to the risk. After a clot is ruled out, swimming is fine, and she needs a walking frequency for the 5K; neither is said. There are three overlapping warnings.",
  zero_reasons={},
  change="Merge the overlapping warnings into one. Add: once a clot is excluded, swimming and walking are both fine in pregnancy, and here is the 5K walking plan. Say that plan comes after today's check."),
 dict(id="h08", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=0, language=1),
  quotes=["你问该怎么练：今天中等强度快走20分钟（RPE 12-13）；这周一共约90分钟",
          "本周：有氧约80分钟（中等强度当量，WHO建议至少150）",
          "你写的平时的训练（约20分钟）：今天按这个习惯来",
          "周一 室内单车，中等强度，20分钟"],
  comment="She asks two things: is losing 5 kg in 10 weeks realistic, and what 20-minute routine works best for her arms. Neither is answered. The card gives a generic brisk walk at 21:00 and assumes an outdoor bike and an indoor bike she never mentioned. It does not use her yoga/strength preference or her neighbour-friendly no-jump need. The strength days name no upper-body or arm/shoulder exercises. Her available time is misread as a habit. The answer gives 90 min and the plan 80.",
  zero_reasons={"explanation": "Neither question is answered: nothing on whether 5 kg in 10 weeks is realistic (about 0.5 kg/week, mostly diet) and nothing on the most effective 20-min routine for arms; the 'answer' is a stock minutes statement."},
  change="Say 5 kg in 10 weeks is doable at about 0.5 kg/week with eating changes doing most of the work. Give a quiet, no-jump 20-min home circuit (push-ups against a wall or knees, band or bottle rows, shoulder presses, squats, glute bridges) 3x/week plus brisk walks. Drop equipment she doesn't have."),
 dict(id="h09", lang="en-CA",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["your legs are sore or were trained hard: let them recover today",
          "strength: 2-3 sets of 8-12 reps; 2 or more days a week (WHO 2020, ACSM)",
          "this week's aim 150 (WHO: at least 150)",
          "\"answers\":[]"],
  comment="Indoor stationary bike is a good pick for a mechanical back strain on a -18 C snowy evening, and the cold warning is right. His question (keep resting until 100%?) is never answered: the evidence says stay active. Hockey on Jan 10 is not mentioned, and neither is graded core/hip-hinge rehab. The strength days give generic 8-12 reps with no caution about deadlifting or loaded flexion 3 weeks after a deadlift strain. It jumps from ~35 min/week on the couch to 150. 'Legs are sore' is a misreading.",
  zero_reasons={},
  change="Open with: no, bed rest slows recovery, so keep moving within 3/10 pain. Give back-specific strength (bird-dog, side plank, bridges, light hip hinge; no heavy deadlifts yet) and a graded return-to-skate path to Jan 10. Build from his current volume."),
 dict(id="h10", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["不要運動：現在就撥打急救電話（見下）。",
          "如果漏服了降壓藥，要告訴醫生，不要自己加倍補吃。",
          "你問的“太極”：今天不要去，先休息（原因見上面的提醒）"],
  comment="186/112 with a headache after two days of missed tablets is treated as a possible hypertensive emergency: no tai chi or slope today, 999, re-measure, tell the doctor about the missed pills, don't double up. The week stays at rest until the BP is treated. It is personal and answers his question. The card says 急診 where Hong Kong usage is 急症室; this is minor.",
  zero_reasons={},
  change="Use 急症室 for HK. Optionally add: once the BP is controlled and a doctor agrees, tai chi and carrying practice for the grandson can resume."),
 dict(id="h11", lang="en-IN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["The air outside is poor (AQI 312) and may be part of the cause",
          "your notes (\"heart was hammering\"): read as palpitations",
          "call emergency services (112)"],
  comment="It catches 20 min of racing, skipping beats at rest after a max effort as a red flag: rest, see a doctor, 112. It also catches the hazardous AQI. The air warning comes before the cardiac one and implies the smog may be 'the cause'. That half-supports his own chai explanation instead of saying palpitations at rest after exertion need an ECG whatever the trigger. His question about 1600 m trials per week is unanswered, and the police test and night duty are not used.",
  zero_reasons={},
  change="Put the heart warning first. Say: irregular beats for 20 min at rest need an ECG/Holter before any more trials; don't put it down to chai or air. Then answer: once cleared, at most one time trial a week, with intervals on other days."),
 dict(id="h12", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["你问的“跑”：今天不建议，空气质量不好，不宜户外运动；改成椭圆机",
          "周三 游泳，中等强度，25分钟",
          "周五 跑步，中等强度，25分钟",
          "随身带急救吸入剂（缓解哮喘的药）"],
  comment="It correctly stops an asthmatic 13-year-old from running outdoors at AQI 168, and the inhaler and warm-up advice is good. But a boarding-school pupil is sent to an elliptical and a pool he very likely can't use. The cold (3 C) asthma trigger is not mentioned. His question (how many sessions a week to get from 4:40 to 4:00) is unanswered. The week has a single moderate run and no interval work, and gives no honest word that 40 s in a month is a big jump.",
  zero_reasons={},
  change="Offer indoor options a boarder has: a bodyweight circuit or stair/corridor work if the building air is clean. Answer the question with 2-3 run sessions a week, one with intervals (e.g., 4-6 x 200 m), only when AQI < 100, inhaler as prescribed. Say a month may get him to about 4:20, not certainly 4:00."),
 dict(id="h13", lang="en-NZ",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=1),
  quotes=["you asked whether it is too late: it is not.",
          "sit-to-stands from a higher chair, heel raises holding the counter, wall press-ups",
          "your friend would rather you rested: a caring worry",
          "this week's aim 90 (WHO: at least 150)",
          "week: about 140 moderate-equivalent aerobic minutes"],
  comment="Good answer on 'too late' and 'how often' (2-3 days, named exercises), and the friend's worry is handled kindly. Tai chi, balance and strength suit a 74-year-old. The goal-specific tasks are missing: lifting the 11 kg granddaughter (hinge/squat lift, hold close) and carrying shopping up 14 steps (step-ups, loaded carries). She walks 'most days' but the plan has only 2 walks. The card's weekly aim of 90 clashes with the plan's 140.",
  zero_reasons={},
  change="Add step-ups on her stairs, a hip-hinge lift of a bag or box building towards 11 kg, and farmer's carries, with a February target. Keep her daily walks. Make the card's weekly aim match the plan."),
 dict(id="h14", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=0),
  quotes=["你问的“跑”：可以，按今天的安排：中等强度跑步27分钟",
          "如果想下班就动，只做15-20分钟轻松的（散步、拉伸），别做高强度",
          "本周：有氧约117分钟（中等强度当量，WHO建议至少150）",
          "周五 跑步，中等强度，30分钟"],
  comment="His questions: run straight after the night shift or after sleeping, and how to build to 10 km. It is 08:30, just off shift. The 'answer' says yes, run 27 min, while a reason says sleep first and only 15-20 min easy walking or stretching after a shift, which contradicts it. There is no progression path to 10 km (long run, run time by April). The week goes from 3x25 to 4 runs plus 2 strength days (~+55%), past its own 10% rule.",
  zero_reasons={"language": "Contradiction on the central question: the answer line says 'yes, run 27 min' at 08:30 right after the shift, while the card's own reason says to sleep first and only walk or stretch 15-20 min after a shift."},
  change="Answer plainly: sleep first and run in the afternoon before the next shift; if he runs right after the shift, keep it easy and short. Give the path: 3 runs/week, lengthen one long run by ~5 min a week to 60-70 min by March, then 10 km. Keep the first week at ~10% more."),
 dict(id="h15", lang="en-GB",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=0, language=0),
  quotes=["one very long session is a spike in load, which is what injures joints (Gabbett 2016): split it into two sessions of about 90 minutes",
          "Today: light yoga for about 25 minutes, RPE 9-11 (easy).",
          "sore shins along the inside: cut the running a little",
          "Thu    elliptical, moderate, 50 min",
          "Your notes mention something we could not place"],
  comment="Today's choice is right: no 8x400 after hills and tempo with heavy legs and sore shins, ACWR 1.9. The shin and stress-fracture guidance is good. But the 'answer' to his question is about a 'very long session' split into 90-min halves, which is irrelevant and contradicts the 25-min easy day. The week has no running at all and sends a student with 'no gym' to an elliptical twice. His 9:58 mock versus the 9:30 target is not used. A stock 'could not place' warning is shown.",
  zero_reasons={"explanation": "His one question (is 8x400 today too much?) gets an irrelevant stock answer about splitting a very long session into 90-minute halves; the real reason (hills + tempo on the last two days, heavy legs, sore shins, load 1.9x) is only in the small print.",
                "language": "The answer text (two ~90-minute sessions or stop at 90) contradicts the card's 25-min light yoga on the central question of what to do today."},
  change="Answer: yes, too much. Today easy or rest, 8x400 later in the week if the shins are pain-free on hopping. Keep 2-3 easy runs on soft ground plus one quality session. Replace elliptical with bodyweight/bike he actually has. Drop the 'could not place' boilerplate."),
 dict(id="h16", lang="zh-SG",
  scores=dict(safety=1, activity=1, dose=2, personalisation=1, explanation=1, language=0),
  quotes=["你问的“快走”：可以，按今天的安排：中等强度快走30分钟",
          "先吃15-30克碳水，15分钟后复测高于5.0 mmol/L（90 mg/dl）再开始。",
          "用胰岛素运动：结束后和睡前各测一次血糖",
          "你的目标“六个星期后公司年会跳舞表演（两首歌），想跳完不喘”（健康）：快走正合适"],
  comment="The headline rightly puts 15-30 g carbohydrate and a recheck before walking at 4.7 mmol/L on insulin. Late-hypo advice and 995 are good. But her literal question is 'can I go straight out?', and the answer line says '可以' (yes). That is a permissive line she could act on, and it contradicts the headline. How her pre-dinner insulin timing fits the walk is not addressed. Her second question (what to add to dance two songs without getting breathless) is unanswered, and the week is only brisk walks and generic strength: no dance practice or intervals.",
  zero_reasons={"language": "Contradiction on the central question: the answer says '可以' (yes, go straight out) while the headline says eat 15-30 g carbohydrate and recheck first."},
  change="Answer: not straight away. Eat 15-30 g carbs, recheck in 15 min, go if >5.0, carry glucose, and walk before injecting dinner insulin or after eating, not in between. Add 2 sessions/week of practising the two songs (or dance intervals), building from one song to two back-to-back."),
 dict(id="h17", lang="en-IE",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=0, language=2),
  quotes=["Today: moderate strength training for about 40 minutes, 2-3 sets of 8-12 reps.",
          "Wed    cycling, moderate, 35 min",
          "\"answers\":[]",
          "brisk walking: one of your usual 2 a week"],
  comment="An indoor strength session on a wet, windy evening is reasonable. But her whole question (can office stairs prepare her for Kilimanjaro, and how many flights a week should she build to) is ignored. The week has no stair or weighted-hiking work, no long back-to-back day, no travel/hotel options, and an outdoor cycling day she never mentioned. Kilimanjaro is never named. It is generic WHO minutes.",
  zero_reasons={"personalisation": "None of her own facts are used: goal (Kilimanjaro, April, Machame), the 12-floor office stairs, hotel travel 2-3 nights a week and flat Dublin are all ignored; cycling is invented.",
                "explanation": "Her only question (can stairs get her ready, and how many flights a week) is not answered at all; nothing explains why this week serves a 7-day high-altitude trek."},
  change="Answer yes: stairs are excellent. Build from ~10-15 to 60-100+ flights per session twice a week with a 5-8 kg pack, walking down too for the quads. Add one long weekend walk growing to 4-6 h, and hotel options (stairwells, incline treadmill). Note that altitude can't be trained at sea level, so pace slowly on the mountain."),
 dict(id="h18", lang="zh-TW",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["今天：中等強度快走，約38分鐘",
          "你問的“跑”：今天不建議，產後盆底還沒準備好承受跑跳；改成快走",
          "傷口（剖腹產的刀口）紅腫發熱或流脓",
          "週四 橢圓機，中等強度，40分鐘"],
  comment="The main call is sound: she is 5 months postpartum with leakage on sneezing, so hold running, do daily pelvic-floor training and see a pelvic-floor physio (Goom 2019). But today's 38 min and the plan's 35-40 min ignore her 20-minute nap window. An elliptical is assumed. She had a vaginal birth, but the stock early-postpartum warnings talk about a C-section wound. How often to run once ready is unanswered (no walk-run path). '流脓' is simplified on a Traditional card (膿).",
  zero_reasons={},
  change="Fit every session into 20 min. Say: when sneezing and hop/jog tests are leak-free (a pelvic-floor physio can check), start walk-run 2-3x/week towards the March 5K. Drop C-section and early-weeks wording for a 5-month vaginal birth. Fix 脓→膿."),
 dict(id="h19", lang="en-SG",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["you asked about \"run\": not today, there is thunder (no outdoors, no water); elliptical instead",
          "building toward 150-300 minutes of moderate activity a week",
          "Thu    running, moderate, 40 min, RPE 12-13",
          "heat takes 10-14 days to get used to"],
  comment="The thunder (30-30 rule) and heat calls are right: no outdoor time trial now. But he said the stadium gym has bikes and treadmills, and it offers an elliptical that isn't there and passes over the treadmill, where an indoor run or time trial fits. 'How many runs a week for gold' gets the WHO health-minute line, not a training answer. The week's runs are all the same moderate 40 min with no intervals or tempo, which is too little for 10:40 → 9:45 in 6 weeks. The acclimatisation line is stock for a Singaporean serviceman.",
  zero_reasons={},
  change="Today: treadmill (1% incline) time trial or intervals in the air-conditioned gym, or postpone. Answer: 3-4 runs/week: one interval session (e.g., 6x400 at goal pace), one tempo, one easy long run, one easy run, plus strength."),
 dict(id="h20", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["你婆婆希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "今天：中等强度游泳，约40分钟",
          "孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）"],
  comment="Good: it handles the mother-in-law's advice kindly, restarts her habitual swimming at moderate intensity at 20 weeks, and makes the pregnancy warning signs and 120 visible. The week matches her 3 swims. '还能游多久' (how much longer into pregnancy can she swim) isn't answered explicitly: usually to term if uncomplicated. Prenatal yoga, her other preference, is left out.",
  zero_reasons={},
  change="Add: swimming is safe right through pregnancy if all stays normal; keep going as long as it feels good and the OB agrees. Put a prenatal (non-hot) yoga session on one rest day."),
 dict(id="h21", lang="en-AU",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=["a beta-blocker keeps it low, so not reaching the numbers you read about does not mean the exercise is too easy",
          "you asked about \"ride\": not the hard session today; swap it for moderate cycling for 45 minutes, and do it in 2-3 days when you have slept",
          "this week about 150 minutes in all",
          "week: about 175 moderate-equivalent aerobic minutes"],
  comment="It explains the metoprolol and Garmin-zone issue well and switches him to RPE. Moderate-only after stent and rehab, with 000, is appropriate. A stock answer invents a 'hard session' and lack of sleep he never mentioned. His actual question (how long the longest ride should be this week) gets no number; the plan's longest is 45 min, below his recent 50. It says 150 min in one place and 175 in the other.",
  zero_reasons={},
  change="Answer: the longest ride this week is about 55 min (≈10% over his 50), at RPE 12-13, building towards 2-3 h by the October 50 km. Drop the invented 'hard session/sleep' line and make the weekly totals agree."),
 dict(id="h22", lang="zh-HK",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=1, language=1),
  quotes=["今天：低強度瑜伽，約30分鐘",
          "你寫了“我驚冇得練對腳會冇力”：瑜伽輕鬆不累，動一動反而更有精神",
          "85歲、剛開始運動：先以中等強度為上限",
          "太極：你平時每週3次，照常"],
  comment="Keeping her indoors with chair support is sensible on a cold, wet day under a cold-weather warning, and 999 is right. But she does tai chi every morning, so indoor tai chi is the obvious choice, not yoga. Her fear of weak legs is answered as if it were about tiredness. She is called 'just starting exercise'. The plan says tai chi '3 times a week as usual' yet gives only 2 sessions. Her question (is her son right that she shouldn't exercise?) is never answered head-on, and the cold-weather warning is not addressed (warm clothes, heated room).",
  zero_reasons={"personalisation": "Her own facts are misread: daily tai chi becomes '3 a week' (and only 2 in the plan), a long-time daily exerciser is called '剛開始運動', and her fear of losing leg strength is answered as if it were about feeling tired; the son's advice she asked about is not addressed."},
  change="Answer: your son means well, but staying still is the bigger risk for your legs. Do your usual tai chi indoors today in a warm room, then sit-to-stands and heel raises holding a chair. Keep daily tai chi in the plan and give cold-day tips."),
 dict(id="h23", lang="en-CA",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=0, language=1),
  quotes=["Today: moderate stationary bike for about 20 minutes",
          "your notes (\"knees ache\"): read as a knee injury",
          "you said you have about 20 minutes: the session fits them",
          "Tue    walking, moderate, 35 min, RPE 12-13",
          "BMI 41: start low impact at a low-to-moderate effort, 30 minutes at most"],
  comment="She has no money for a gym, yet today is a stationary bike. Her 20-minute lunch break is honoured today but not in the plan (30-35 min walks), which also breaks the card's own 30-min cap. 'Knees ache a bit on stairs' becomes a knee injury with a stock joint warning. Her only question (is the Grouse Grind realistic in August for someone her size?) is never answered, and the goal is never mentioned. An expert would reassure her and give a stair/hill progression.",
  zero_reasons={"personalisation": "Her constraints are ignored: no gym money (sent to a stationary bike), 20 min lunch (plan 30-35 min), the Grouse Grind goal never mentioned, and mild stair ache misread as a knee injury.",
                "explanation": "Her one question (is the Grind in August realistic, or is she kidding herself?) gets no answer and no encouragement; the only warnings are stock joint/rain lines."},
  change="Answer: yes, realistic with 8 months of steady build. Walk 20 min at lunch daily in rain gear (or indoors), add stairs/hills gradually from January, and do bodyweight leg strength at home twice a week. Keep sessions to 20 min, add a longer weekend hike, and treat the knee ache as something to monitor."),
 dict(id="h24", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["今天：中等强度室内单车，约49分钟",
          "你问安不安全：按今天的量是安全的（中等强度室内单车49分钟（RPE 12-13）），并注意卡上的提醒；出现胸痛胸闷、和用力不相称的气喘、头晕或心慌，马上停下",
          "周六 骑自行车，中等强度，40分钟",
          "周三 游泳，中等强度，30分钟"],
  comment="A moderate spin-bike ride is the right type for a hotel week with a history of disc herniation. But the 49 min exceeds her 45-min window. The week schedules outdoor cycling twice and a swim, though she is in a hotel with only a treadmill and a spin bike. 'Will it hurt my back?' is answered with cardiac stop signs instead of back-specific points: saddle height and higher bars, break up long flexion, stop for leg numbness or pain running down the leg. She also gets no per-day duration answer that reflects the hotel constraint.",
  zero_reasons={},
  change="Cap each day at 45 min on the spin bike or incline-walk treadmill, 4-5 days, one a little harder. Answer the back question with bike set-up, posture changes, core work, and the specific stop signs (leg numbness or radiating pain)."),
]

def main():
    errors = []
    ids = set()
    rows = []
    for r in R:
        cid = r["id"]
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        path = os.path.join(HERE, "outputs", cid + ".txt")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            errors.append(f"{cid}: cannot read {path}: {e}")
            continue
        s = r["scores"]
        if sorted(s) != sorted(DIMS):
            errors.append(f"{cid}: scores must have exactly {DIMS}")
        for d in DIMS:
            v = s.get(d)
            if v not in (0, 1, 2):
                errors.append(f"{cid}: {d} score {v!r} not in 0-2")
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append(f"{cid}: {d} is 0 but has no reason")
        for d in r["zero_reasons"]:
            if s.get(d) != 0:
                errors.append(f"{cid}: zero reason given for {d} which is not 0")
        q = r["quotes"]
        if not (2 <= len(q) <= 5):
            errors.append(f"{cid}: needs 2-5 quotes, has {len(q)}")
        for qq in q:
            if qq not in text:
                errors.append(f"{cid}: quote not found verbatim: {qq!r}")
        if not r.get("comment") or not r.get("change"):
            errors.append(f"{cid}: missing comment or change")
        total = sum(s[d] for d in DIMS)
        rows.append(dict(id=cid, lang=r["lang"], scores=s, total=total,
                         quotes=q, comment=r["comment"],
                         zero_reasons=r["zero_reasons"], suggested_change=r["change"]))
    expected = {f"h{i:02d}" for i in range(1, 25)}
    if ids != expected:
        errors.append(f"ids mismatch: missing {sorted(expected-ids)}, extra {sorted(ids-expected)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    dim_means = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if any(r["scores"][d] == 0 for d in DIMS)]
    L = []
    L.append("# Rubric summary (24 clients, blind scoring)\n")
    L.append(f"Mean total: **{mean_total:.2f} / 12**\n")
    L.append("Mean per dimension (0-2):\n")
    L.append("| " + " | ".join(DIMS) + " |")
    L.append("|" + "---|" * len(DIMS))
    L.append("| " + " | ".join(f"{dim_means[d]:.2f}" for d in DIMS) + " |\n")
    L.append("Clients with any 0: " + (", ".join(r["id"] for r in with_zero) or "none") + "\n")
    L.append("## Per client\n")
    L.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    L.append("|---|---|" + "---|" * len(DIMS) + "---|")
    for r in rows:
        L.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r['scores'][d]) for d in DIMS) + f" | {r['total']} |")
    L.append("\n## Every 0 and its reason\n")
    for r in rows:
        for d in DIMS:
            if r["scores"][d] == 0:
                L.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    L.append("\n## Comments and suggested changes\n")
    for r in rows:
        L.append(f"### {r['id']} ({r['lang']}) — {r['total']}/12\n")
        L.append(r["comment"] + "\n")
        L.append("Suggested change: " + r["suggested_change"] + "\n")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"OK: {n} clients, mean total {mean_total:.2f}; " +
          ", ".join(f"{d} {dim_means[d]:.2f}" for d in DIMS))

if __name__ == "__main__":
    main()
