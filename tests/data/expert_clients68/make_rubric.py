#!/usr/bin/env python3
"""Blind rubric for the exercise-advisor outputs h01..h24 (scorer: clinical exercise physiologist).
Every score is literal data below. Checks: each quote is an exact substring of that client's
output file; every 0 has a reason. Writes rubric.jsonl and rubric_summary.md."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 dict(id="h01", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
          "it needs a cardiologist today even though it passed",
          "Cold weather can bring angina on; it does not explain it away",
          "your notes (\"left arm kinda ache\"): read as chest pain"],
  comment="Red flag caught: exertional jaw/left-arm ache relieved by rest is read as angina, no exercise, cardiologist today, 911 if at rest or >5 min; week of rest until cleared. Gaps: the headline says 'chest discomfort' and 'today if it is new' although he reported no chest pain and it is plainly new (past week); it rebuts cold, which he never blamed, instead of his own 'prob just stress'; stock 'stent or heart disease' clause; the treadmill 'how long/how fast' question is only implicitly answered.",
  zero_reasons={},
  change="Lead with: 'Not tonight - jaw and left-arm ache on the stairs that stops when you rest is a classic angina pattern, new this week: see a doctor today; stress does not explain it. Call 911 if it comes at rest.' Answer the treadmill question explicitly and drop the stent/cold boilerplate."),
 dict(id="h02", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["你问是不是少动、休息更安全：不是，不用停下来。",
          "选节奏不太快、不蹦跳的，少做深蹲和原地急转",
          "运动中疼痛不超过3-4分（满分10），第二天早上能消下去就没问题",
          "周二 太极，中等强度，30分钟，RPE 12-13"],
  comment="Correct OA message: rest is not the treatment, keep square dancing without jumping, pain-monitoring rule, red flags for swelling/locking; walk 20 min today, week of walking + tai chi x3 + strength x2 meets WHO 65+ multicomponent advice. Minor: the warning frames stiffness as 'after more activity than usual' rather than her <30-min morning stiffness (which is typical OA and could be said so); card 'weekly aim 90' vs plan 130 min; strength is generic rather than quadriceps-focused.",
  zero_reasons={},
  change="Add one line: '早上僵硬十来分钟就好，是骨关节炎的常见表现，不是坏信号'; name knee-specific strength moves (坐站起立、直腿抬高) on the strength days."),
 dict(id="h03", lang="en-GB",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["Today: light walking for about 30 minutes, RPE 9-11 (easy).",
          "no lifting, no running until it settles",
          "Tue    strength training, moderate, 30 min, RPE 12-13  strength: 2-3 sets of 8-12 reps",
          "Wed    swimming, moderate, 50 min, RPE 12-13, HR 104-126",
          "avoid running and cycling outside; indoors is safer today."],
  comment="Today is right (easy walking, keep moving, cauda-equina red flags listed) and the sitting advice suits his desk job. But his explicit question ('should I just lie flat?') is never answered in words, the GP's advice is not endorsed, and the plan contradicts its own warning: 'no lifting' yet a 2-3x8-12 strength day on Tuesday (day 5 after the injury) with no back modification; after saying the back 'should not be loaded yet' it jumps from 30 min light to three 50-min moderate swims. Rain warning says indoors is safer while the card sends him out walking. No path back to 5-a-side.",
  zero_reasons={},
  change="Answer first: 'No - bed rest slows recovery; your GP is right, keep moving.' Build walking 30->45 min, swim from later in the week as pain allows (20-30 min first), make Tuesday mobility/core-light instead of loaded strength, and give a graded return to 5-a-side once pain-free."),
 dict(id="h04", lang="zh-TW",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["今天不要運動：現在就聯繫產科醫生或助產士（見下）。",
          "出血、流液，或37週前宮縮變得規律，現在就去醫院",
          "你問的“瑜伽”：今天不要去，先休息（原因見上面的提醒）",
          "備註“溼溼的”：按孕期危險信號處理"],
  comment="Red flag caught: continuous dampness at 33 weeks is handled as possible fluid leakage, no yoga, contact obstetric care now, go to hospital for fluid leak, 119 for Taiwan; week on hold until seen. Gap: it never tells her directly that what she takes for 'normal late-pregnancy urine leak' may be amniotic fluid (preterm rupture of membranes) and why that matters; the 33 weeks is not used; a long generic list of danger signs dilutes the one that applies.",
  zero_reasons={},
  change="Say it plainly first: '33週持續濕濕的，可能是羊水在漏（早期破水），不一定是漏尿：今晚不要去瑜伽，現在就去產房檢查。' Then the generic list."),
 dict(id="h05", lang="en-AU",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["you asked about \"10k\": not today, the heat is dangerous for any exercise outdoors; elliptical instead",
          "no need to add more this week",
          "Wed    swimming, moderate, 57 min, RPE 12-13, HR 97-123",
          "running: heat takes 10-14 days to get used to"],
  comment="Right call on the 1 pm tempo in 38 C (no), with hydration advice. But it assumes an elliptical she never mentioned for a lunch break, does not offer the obvious fix (move the tempo to dawn/evening or a treadmill), and the week ignores 'I run 4x a week': one easy run, two 57-minute swims and two strength days, no quality session for a 10k goal. 'No need to add more this week' sits above a 204-minute plan. The acclimatisation line does not fit an Adelaide runner in January.",
  zero_reasons={},
  change="Answer: 'Not at 1 pm - slower plus water does not make 38 C safe; run the tempo before 8 am or after sunset, or on a treadmill.' Keep her 4 runs (easy at dawn/dusk while the heat lasts, tempo moved to the coolest day), drop the swims unless she swims."),
 dict(id="h06", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=1),
  quotes=["今天休息，等病好了再练（见下）。",
          "你问的“跑”：今天不要去，先休息（原因见上面的提醒）",
          "退烧满一天、不再浑身酸痛才走",
          "打卡可以暂停：发烧或病毒感染时硬练会伤心脏。"],
  comment="Correct: 38.4 C with body aches is below-the-neck illness, no 5 km, rest until a day fever-free, then easy walks building over a week, stop for palpitations/chest symptoms. Gaps: never rebuts the roommate's 'sweat the fever out' idea (sweating does not lower a fever and adds dehydration/heart risk); the 'check-in streak' line is stock; '颈部检查法则' and '胸部充血' are literal translations that read unnaturally in Chinese.",
  zero_reasons={},
  change="Add: '出汗逼退烧没有根据：发烧时跑步只会更脱水、加重心脏负担。' Use natural terms (e.g. '颈部以上/以下原则', '咳嗽有痰、胸闷') and drop the 打卡 line."),
 dict(id="h07", lang="en-US",
  scores=dict(safety=2, activity=2, dose=1, personalisation=2, explanation=1, language=2),
  quotes=["you asked about \"walk\": yes, as today's plan has it: moderate walking for 30 minutes",
          "blood glucose 178 mg/dl (9.9 mmol/l): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
          "Wed    rest  rest day: recovery is part of training",
          "week: about 91 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it"],
  comment="Correct and useful: 178 after pasta is in range, a post-meal walk is exactly what lowers it, 30 min tonight, mg/dl first and 911. But the answer to 'should I skip my walk?' begins 'yes', which reads as 'yes, skip' until the next clause. Metformin-only (low hypoglycaemia risk) is not used. The week caps her at ~91 min with two rest days although she says she usually walks 30 min after dinner; ADA advises no more than 2 days in a row without activity and daily post-meal walks are the lever for her A1c.",
  zero_reasons={},
  change="Open with 'No, don't skip it - walk your usual 30 minutes now.' Keep the after-dinner walk every day (short on strength days) and build toward 150+ min."),
 dict(id="h08", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["今天：中等強度太極，約20分鐘，RPE 12-13（能說話不能唱歌）。",
          "你女兒希望你多歇著：這是關心，但對你來說，動得太少才是風險",
          "摔過一次的話，請醫生或康復師做一次防跌倒評估（視力、用藥、居家環境）",
          "避免戶外跑步和騎車，今天在室內更安全。"],
  comment="Strong: sitting at home is the bigger fall risk, tai chi indoors with a chair today, balance/strength 3+ days, walking on level routes with rails, and a falls assessment after the previous fall. Gaps: the only visible warning is stock ('avoid outdoor running and cycling') when his risk in the rain is slipping while walking; his question 'should I still go out walking?' is answered only indirectly inside a reason; wording is Mainland-leaning for Hong Kong (康復師, 歇著).",
  zero_reasons={},
  change="Answer first: '應該繼續出去行，坐定定反而更易跌；今日落雨地滑，喺屋企打太極，天晴先出去行。' Replace the run/cycle warning with a wet-floor walking warning; use HK terms (物理治療師)."),
 dict(id="h09", lang="en-CA",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["Today: moderate running on the treadmill for about 30 minutes",
          "you wrote \"but I hate it\": nothing hard and a little shorter today, but moderate movement is what lifts a low mood (WHO 2020)",
          "no recent sessions logged: start with 30 minutes and build up",
          "Wed    running, moderate, 60 min, RPE 12-13, HR 110-133"],
  comment="Right decision (wind chill -34 C, frostbite risk: treadmill in the building). But 'I hate it' (the treadmill) is misread as low mood and two mood lines follow; her question 'is the puffer enough?' is never answered and cold dry air as an asthma trigger is not linked; a trained half-marathoner is treated as a novice ('start with 30 minutes and build up') and then given 60-minute runs two days later; outdoor dressing advice sits next to 'no outdoor exercise'.",
  zero_reasons={},
  change="Answer: 'The puffer helps but does not protect against -34 C air; treadmill today, or bail.' Drop the mood lines, keep her 8 km as the dose, and explain cold-air bronchospasm."),
 dict(id="h10", lang="zh-SG",
  scores=dict(safety=2, activity=0, dose=0, personalisation=0, explanation=0, language=2),
  quotes=["今天建议休息，并请医生看看（见下）。",
          "备注“晕倒”：按头晕处理",
          "不在马路上骑车、不攀爬，也不开车（ACSM）",
          "周二 休息  先就医；医生同意后再重新制定计划"],
  comment="A hypothetical worry ('会不会血压血糖太低晕倒？') is read as an actual faint. Result: a well, stable man (136/84, glucose 126) whose doctor told him to move is told to rest all week, see a doctor today and not drive (he is a taxi driver). His actual question - is it safe to exercise on amlodipine and metformin - is not answered. Over-triage, so safety is not docked; every other content dimension fails.",
  zero_reasons=dict(
    activity="Rest today and all week where a morning brisk walk is plainly right; nothing he asked for is offered.",
    dose="A blanket week of rest for a person with no red flag who was prescribed activity; no minutes, no progression.",
    personalisation="Misreads the notes: the question about fainting is read as a fainting event, producing a driving ban for a taxi driver.",
    explanation="His question (exercise on amlodipine + metformin?) goes unanswered and the explanation given is for a symptom he does not have."),
  change="Answer: 'Yes - metformin alone rarely causes low sugar and amlodipine is fine with walking; cool down slowly and stand up gradually.' Brisk walk 20-30 min before his shift (hydrate, 85% humidity), break up 10 h of sitting, strength twice a week."),
 dict(id="h11", lang="en-IN",
  scores=dict(safety=1, activity=0, dose=1, personalisation=1, explanation=2, language=2),
  quotes=["Today: moderate swimming for about 30 minutes, heart rate 100-125 bpm.",
          "a mask (even an N95) stops little of the fine smoke when you breathe hard, and makes breathing harder",
          "the long session waits for an AQI back under 100",
          "Fri    running, moderate, 40 min, RPE 12-13, HR 110-135  easy today"],
  comment="The N95 question is answered well and AQI 320 correctly rules out the tempo. But he said 'no gym membership, flat is small', and the card sends him swimming (today and Wednesday) - a pool he has not got, often outdoors in Gurgaon. Friday's outdoor run carries no air-quality condition although Delhi-NCR AQI rarely clears in days; the tempo is not rescheduled.",
  zero_reasons=dict(
    activity="Today's and Wednesday's activity (swimming) is not available to him - he says he has no gym and a small flat; a home bodyweight/mobility session was the feasible indoor choice."),
  change="Today: 20-30 min quiet bodyweight circuit or mobility in the flat, windows shut, purifier if any. Make every outdoor run conditional on AQI < 100-150 and move the tempo to the first clean-air day."),
 dict(id="h12", lang="zh-CN",
  scores=dict(safety=1, activity=2, dose=2, personalisation=2, explanation=1, language=1),
  quotes=["可能是腿部深静脉血栓（血块）。今天不要运动，也不要走路“活动开”",
          "今天就去看医生或急诊，做个超声检查",
          "这是腿部动脉变窄（间歇性跛行）的典型表现",
          "在那之前：轻松走，小腿疼到中等程度就停下歇，缓过来再走，不要硬撑"],
  comment="DVT after a 13-hour flight is recognised first and clearly: no 'walking it off', same-day ultrasound, 120 for PE symptoms, week on hold. But a second, inapplicable claudication warning follows and ends with 'until then: walk easily, stop at moderate calf pain' - a permissive line that contradicts the DVT instruction on the very question she asked (should I walk it off?).",
  zero_reasons={},
  change="Suppress the claudication warning whenever the DVT warning fires; keep only 'do not walk it off, ultrasound today, 120 for breathlessness/chest pain'."),
 dict(id="h13", lang="en-NZ",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=["Rest today, and have it checked (see below).",
          "Fainting, blacking out or greying out during or just after exercise, even once and weeks ago, is the warning sign that most needs the heart checked",
          "low blood sugar, the heat or a missed meal is not the explanation until then",
          "your notes (\"blacked out\"): read as dizziness"],
  comment="Excellent safety: exertional syncope in a 16-year-old means no training until ECG/echo, urgent GP today, 111, nothing where a faint is dangerous. Gaps: the Saturday netball trials and the coach's 'just dehydrated' are not named - the obvious next questions; 'read as dizziness' undersells a blackout.",
  zero_reasons={},
  change="Add: 'Not tonight and not the trials on Saturday unless a doctor has checked your heart first; dehydration is not the explanation until then. Show this to a parent and your coach.'"),
 dict(id="h14", lang="zh-TW",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=1),
  quotes=["剛下夜班，先睡覺；睡醒以後再做散步",
          "如果想下班就動，只做15-20分鐘輕鬆的（散步、拉伸），別做高強度",
          "這週一共約250分鐘，分在一週計劃里的那幾天",
          "本週：有氧約90分鐘（中等強度當量，WHO建議至少150），逐步增加中；力量2天 ✓"],
  comment="Answers her question well: sleep first, train after waking and 1-2 h before the next shift, keep it short, protect day sleep; plan keeps strength twice at 30 min during the run of nights. Flaws: the answer to 'how long?' says about 250 min this week while the plan totals 90; '計劃里' uses the simplified 里 in a Traditional card.",
  zero_reasons={},
  change="Make the weekly number match the plan (about 90 min + 2 strength while on nights) and fix 里 -> 裡."),
 dict(id="h15", lang="en-GB",
  scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=2, language=1),
  quotes=["you asked about \"intervals\": no hard or long sessions while the cold lasts",
          "Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
          "A cold above the neck (runny nose, sneezing, mild sore throat): light activity only",
          "running while the cold clears: easy to moderate, 45 minutes at most"],
  comment="Skipping the 6x800 is a defensible answer and the neck-check caveats are right. But the neck check allows an easy run for an above-the-neck cold; the card swaps a runner to yoga 'that suits your goal' (sub-22 parkrun), and says 'light activity only' while the plan runs 45 min moderate 'while the cold clears' and the card also says 'moderate at most today'.",
  zero_reasons={},
  change="Today: skip the intervals, easy 20-30 min run or jog with the club at conversational pace if he feels fine; one consistent rule (easy to moderate while symptoms last)."),
 dict(id="h16", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=["你问的“跑步”：可以，按今天的安排：中等强度跑步30分钟",
          "你婆婆希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "ACOG 2020允许孕前跑步的人孕期继续跑",
          "孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）"],
  comment="Correct and reassuring: uncomplicated 20-week pregnancy, yes to exercise and to running at talk-test effort, full ACOG warning signs with 120, supine caution. Gaps: a 3x/week runner gets one run in the week (three 40-min swims instead) and her prenatal yoga preference is unused; it does not say that 'pre-pregnancy' running should restart gently if she has stopped.",
  zero_reasons={},
  change="Plan 2-3 easy runs of 20-30 min (shorter if she stopped), one swim, prenatal yoga; add 'if you have not run for a while, start with run-walk'."),
 dict(id="h17", lang="en-AU",
  scores=dict(safety=2, activity=1, dose=1, personalisation=2, explanation=2, language=2),
  quotes=["a beta-blocker keeps it low, so not reaching the numbers you read about does not mean the exercise is too easy, and do not push harder to chase them",
          "your watch's heart-rate zone assumes a normal heart-rate response",
          "Sun    yoga, moderate, 30 min, RPE 12-13",
          "week: about 150 moderate-equivalent aerobic minutes (WHO: at least 150) ✓"],
  comment="The central answer is exactly right: metoprolol blunts HR, ignore the watch zone, use RPE/talk test, moderate only without cardiology clearance, 000. But the week cuts his real aerobic work (4 walks + bike last week) to two walks and counts tai chi and hatha yoga (2.5 MET, light) as moderate aerobic to reach '150 ✓'; his stationary bike disappears; the rehab-maintenance dose (about 30 min on most days) is not kept.",
  zero_reasons={},
  change="Keep 4-5 walk/bike sessions of 30-40 min at RPE 12-13, add balance/strength on 2-3 days, and stop counting yoga as moderate aerobic."),
 dict(id="h18", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=["不要運動：現在就撥打急救電話（見下）。",
          "血壓180/110以上，你又寫了頭痛：這是高血壓急症的警示信號",
          "如果漏服了降壓藥，要告訴醫生，不要自己加倍補吃",
          "你問的“行山”：今天不要去，先休息（原因見上面的提醒）"],
  comment="Crisis caught: 186/112 with headache, no hike, seek care now via 999 or A&E, do not drive, remeasure while waiting; the week waits for the doctor. Gaps: he did not 'miss a dose' - he stopped his tablets because he felt fine; the card never tells him that high blood pressure usually feels fine and the tablets must be restarted with his doctor; his alcohol/poor-sleep explanation is not addressed. '急診' is not the Hong Kong term (急症室).",
  zero_reasons={},
  change="Add: '血壓高通常冇感覺，覺得冇事就停藥好危險；見醫生時講清楚停咗藥，由醫生決定點樣再食。' Use 急症室."),
 dict(id="h19", lang="en-CA",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["Today: moderate elliptical for about 25 minutes",
          "your legs are sore or were trained hard: let them recover today",
          "On short sleep, or when you are just starting, hard intervals are likelier to injure",
          "dropping meals is not the way to lose weight"],
  comment="Right direction: no 45-min daily HIIT with jumps for a deconditioned beginner, 25 min elliptical at the work gym, strength twice, build to 150+, sensible loss rate, dietitian. But it invents sore legs and short sleep, answers 'HIIT or rope skipping' rather than her burpees/jump squats, and treats 1000 kcal as 'dropping meals' instead of saying plainly that 1000 kcal/day plus daily HIIT is too little to train on.",
  zero_reasons={},
  change="Say: 'Don't start the shred - 45 min of burpees daily after years off invites injury, and 1000 kcal/day is too low to train on.' Remove the sore-legs and sleep lines."),
 dict(id="h20", lang="zh-SG",
  scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["今天：中等强度快走，约20分钟，RPE 12-13（能说话不能唱歌）。",
          "你写的平时的训练（约20分钟）：今天按这个习惯来",
          "想练得累一点，放在白天（早上或下午）",
          "天气热（27°C）：出门前喝水"],
  comment="Respects the 20-minute cap and the late hour (nothing hard before bed). But at 21:30 with a 2- and 5-year-old asleep she is at home and must be quiet; the card sends her out for a brisk walk, invents a '20-minute habit', tells her to train harder in the daytime she does not have, and never answers 'what is most effective in 20 minutes' (a quiet bodyweight strength + yoga circuit at home).",
  zero_reasons={},
  change="Today: quiet 20-min home circuit (squats, split squats, glute bridges, wall/knee push-ups, plank, no jumping) alternating with yoga; daily 20-min sessions, walks only at weekends when someone can mind the children."),
 dict(id="h21", lang="en-IE",
  scores=dict(safety=2, activity=1, dose=1, personalisation=2, explanation=1, language=1),
  quotes=["last 7 days' load is 1.8x your 4-week average (above 1.5): about 30% less and easier",
          "Something in your leg or foot we cannot place (tight, tender, aching)",
          "sore shins along the inside: cut the running a little, choose softer surfaces and build more slowly",
          "week: about 166 moderate-equivalent aerobic minutes"],
  comment="Good reading of the load spike (ACWR 1.8) and early medial tibial stress with stress-fracture checks (hop test, rest ache). But 'Just go?' gets no direct answer, the leg warning says 'we cannot place' it and adds a clot clause, and the numbers contradict each other: 'about 30% less' and 'cut the running a little' versus a week with no running at all and 166 min against 505 (about 67% less); 35 min of bike replaces a 28 km long run.",
  zero_reasons={},
  change="Answer: 'No back-to-back this weekend.' Replace with 60-90 min easy bike today, a pain-free easy run on soft ground mid-week if the hop test is clean, weekly volume about 30% down, physio if the shin aches at rest."),
 dict(id="h22", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["今天：中等强度太极，约30分钟，RPE 12-13（能说话不能唱歌）。",
          "严寒（风寒温度低于-27°C，30分钟内就可能冻伤）：不要在户外运动，改在室内（ACSM 2006）。",
          "你写的平时的训练（约30分钟）：今天按这个习惯来",
          "周日 游泳，中等强度，30分钟，RPE 12-13"],
  comment="Right decision (indoor tai chi, no park at wind chill about -34 C). But 'should I still go today?' is not answered in words; the cold warning comes after a stock hypertension warning; the reasons a 71-year-old hypertensive should avoid dark, icy, bitter-cold mornings (BP surge, falls) are not said; an invented '30-minute habit'; the week replaces his daily park routine with swimming and yoga he never mentioned.",
  zero_reasons={},
  change="Answer first: '今天别去公园：零下二十四度加风，冷空气让血压升高，雪地又滑；在家打太极。暖和些、路面不结冰的日子再去。'"),
 dict(id="h23", lang="en-US",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=0, language=2),
  quotes=["so other muscle groups today; your legs rest today",
          "your notes (\"quads are wrecked, stairs hurt\"): we could not tell what this is",
          "Have it checked if the bone is tender to press (a stress fracture can start like this), if the calf is swollen, warm or red (a clot: the same day)",
          "Tue    strength training, moderate, 50 min, RPE 12-13  lower day: squat or deadlift"],
  comment="Swapping today to an upper-body session is the right call. But the Advil-before-pushing-through question is not answered at all, classic DOMS is 'something we could not place', the only warnings are stress-fracture and clot boilerplate, there is no rhabdomyolysis caution after a hard return from 3 months off, and heavy squats/deadlifts are scheduled for tomorrow whatever the soreness.",
  zero_reasons=dict(
    explanation="The client's direct question (pop 2 Advil and push through?) is never answered, and the only warnings shown are inapplicable stock text (stress fracture, calf clot) while his DOMS is 'something we could not place'."),
  change="Answer: 'Don't take Advil to train through it - it masks the signal; do upper B today, lower B when stairs no longer hurt. Dark urine or swelling after a hard comeback session: see a doctor.' Make Tuesday's heavy lower day conditional on soreness."),
 dict(id="h24", lang="zh-CN",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=0, language=1),
  quotes=["这条是替家人写的：卡片上的“你”指的是他",
          "你问考试前还练不练：练，但少一点。",
          "考试这几周每次短一些（30-60分钟）、每周少一两次",
          "训练量逐周增加"],
  comment="Picks up that the mother writes for her son and keeps him running with warm-up and reliever advice. But it misreads 中考体育 (the 1000 m test is the exam) as academic-exam stress and tells her to train less, which contradicts the plan's weekly increase; the exemption question is never answered; there is no asthma action (stop, reliever, 120 if no relief) or suggestion of an asthma review; no 1000 m-specific work.",
  zero_reasons=dict(
    explanation="The mother's question (should I get an exemption certificate?) is never answered; the visible 'answer' is to a question nobody asked, and no asthma-attack action is shown."),
  change="Answer: '半年没发作、控制良好，不需要免体：跑前15分钟吸沙丁胺醇，充分热身；犯病时立即停下、吸药，不缓解拨打120；请医生复查哮喘并写运动处方。' Add 1000 m intervals once a week."),
]

def main():
    errors = []
    rows = []
    seen = set()
    for r in R:
        cid = r["id"]
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append(f"{cid}: needs 2-5 quotes, has {len(r['quotes'])}")
        for q in r["quotes"]:
            if q not in text:
                errors.append(f"{cid}: quote not found verbatim: {q!r}")
        for d in DIMS:
            s = r["scores"].get(d)
            if s not in (0, 1, 2):
                errors.append(f"{cid}: bad score for {d}: {s!r}")
            if s == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append(f"{cid}: 0 on {d} without a reason")
        for d in r["zero_reasons"]:
            if r["scores"].get(d) != 0:
                errors.append(f"{cid}: zero reason given for {d} but score is {r['scores'].get(d)}")
        if not r.get("change", "").strip() or not r.get("comment", "").strip():
            errors.append(f"{cid}: missing comment or change")
        total = sum(r["scores"][d] for d in DIMS)
        rows.append(dict(id=cid, lang=r["lang"], scores=r["scores"], total=total,
                         quotes=r["quotes"], comment=r["comment"],
                         zero_reasons=r["zero_reasons"], suggested_change=r["change"]))
    expected = {f"h{i:02d}" for i in range(1, 25)}
    if seen != expected:
        errors.append(f"ids missing/extra: {sorted(expected ^ seen)}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    zero_clients = [r["id"] for r in rows if any(r["scores"][d] == 0 for d in DIMS)]
    L = ["# Rubric summary", "",
         f"Clients: {n}. Mean total: **{mean_total:.2f} / 12**.", "",
         "## Mean per dimension", "",
         "| " + " | ".join(DIMS) + " |", "|" + "---|" * len(DIMS),
         "| " + " | ".join(f"{means[d]:.2f}" for d in DIMS) + " |", "",
         f"## Clients with any 0: {', '.join(zero_clients) if zero_clients else 'none'}", "",
         "## Per client", "",
         "| id | lang | safety | activity | dose | personal. | explan. | language | total |",
         "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        s = r["scores"]
        L.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {r['total']} |")
    L += ["", "## Every 0 and its reason", ""]
    for r in rows:
        for d in DIMS:
            if r["scores"][d] == 0:
                L.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    L += ["", "## Comments", ""]
    for r in rows:
        L.append(f"- **{r['id']}** ({r['total']}/12): {r['comment']} *Change:* {r['suggested_change']}")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"ok: {n} clients, mean total {mean_total:.2f}; " +
          ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))

if __name__ == "__main__":
    main()
