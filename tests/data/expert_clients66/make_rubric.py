#!/usr/bin/env python3
"""Blind rubric for 24 exercise-advice outputs (h01..h24). Scores are literal data.
Checks: every quote is an exact substring of outputs/<id>.txt, every 0 has a reason,
scores in 0..2, 2-5 quotes. Writes rubric.jsonl and rubric_summary.md."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 dict(id="h01", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=['No exercise: call emergency services now (see below).',
          'because: you asked about "bike": not today; rest first (the warnings above say why)',
          'Chest discomfort together with what else you describe (sweating, breathlessness, nausea, or pain reaching the arm or jaw)',
          'your notes ("tight achy thing across my chest"): read as chest pain'],
  comment="Exertional chest/jaw tightness relieved by rest (new angina pattern) correctly stops all exercise; 911 over-triage is not penalised. But it never answers the jogging question (answers 'bike' instead), never says why this is not heartburn (the wife's theory) or that the exertional pattern is the point, and the warning claims he described sweating/breathlessness/nausea, which he did not.",
  zero_reasons={},
  change="Name the pattern ('tightness into the jaw on stairs that eases with rest is typical of angina, not heartburn'); answer 'no jogging and no bike until a doctor has seen you today/this week'; call 911 if it comes at rest or lasts >5 min; drop symptoms he did not report."),
 dict(id="h02", lang="en-GB",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=['No exercise: regular, painful tightenings before 37 weeks can be preterm labour: go to the labour ward or hospital now to be checked',
          'because: your mum says to push on: not today',
          'heavy bleeding or severe pain means emergency services (999)'],
  comment="Bleeding plus tightenings at 28 weeks: correctly no aqua-natal or yoga and go in now; 999 right for en-GB, 'labour ward', 'midwife' fit the locale. Misreads details: her tightenings are 'on and off', not 'regular, painful', and mum said it is normal, not 'push on'.",
  zero_reasons={},
  change="Quote her own words: 'bleeding yesterday and tightenings since lunch at 28 weeks: call your maternity triage/labour ward now, don't wait for the 17th'; don't attribute 'push on' to her mum; yoga is also a no tonight."),
 dict(id="h03", lang="en-AU",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=['Rest today, and have it checked (see below).',
          'fainting, nearly fainting or dizziness with a racing heart can come from the heart: call emergency services (000)',
          'because: you asked about "800 intervals": not today; rest first (the warnings above say why)'],
  comment="Near-syncope with racing heart mid-run plus palpitations at rest: no 800s and no tempo, see a doctor today, 000 correct. The week of rest pending clearance is right. It does not counter the coach's 'just dehydration/electrolytes' explanation, nor mention the race in 3 weeks; 'drink some water' slightly feeds the dehydration story.",
  zero_reasons={},
  change="Say plainly that nearly fainting with a racing heart during exercise is not explained by dehydration and needs an ECG/cardiology review before any hard session or the Gold Coast half; neither 800s nor tempo."),
 dict(id="h04", lang="en-NZ",
  scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=2),
  quotes=['because: your notes ("Had a wobble"): read as dizziness',
          'because: your daughter is right today: rest, for the reasons below',
          'see a doctor first; ask for a new plan once you are cleared',
          'no swimming, riding on roads, climbing or driving (ACSM)'],
  comment="A balance stumble getting off the bus was misread as dizziness, so an 80-year-old losing strength and balance is told her daughter is right and to rest all week. Right answer: resume the physio knee exercises, short daily walks, tai chi or chair-supported sit-to-stands and step-ups 3+ days a week, building toward the stairs at Easter, with a falls check. Not an acute danger, but the advice endorses inactivity that raises her fall risk.",
  zero_reasons=dict(
    activity="Rest today and all week for an 80-year-old whose need is balance and strength work; the misread 'wobble' is the only reason given.",
    dose="A blanket week of rest at 0 minutes, with no walking, tai chi or knee exercises.",
    personalisation="Misreads 'had a wobble getting off the bus' as dizziness; ignores the arthritic knee, the lapsed physio exercises, the library walks and the Easter stairs goal.",
    explanation="Answers her question 'should I just be resting?' with the wrong 'yes' ('your daughter is right today'), and the only warning (racing heart, no driving, no swimming) does not apply."),
  change="Read 'wobble' as a near-fall. Answer 'No, resting makes knees and balance worse': 10-20 min walks, physio exercises, sit-to-stands and step-ups holding a rail, tai chi 3 days a week, and ask the GP or physio for a falls check."),
 dict(id="h05", lang="en-CA",
  scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=1, language=1),
  quotes=['answer: you asked whether to wait until it is pain-free: no need.',
          'warning: Your notes mention something we could not place: we kept today gentle.',
          'because: shovelling snow is heavy work for the heart (AHA)',
          'week: about 150 moderate-equivalent aerobic minutes (WHO: at least 150) ✓; strength on 2 days ✓'],
  comment="Good core answer (stay active; pain up to 3/10 is fine; red flags per NICE NG59). But the physio's walking and exercises are absent (one walk all week, generic strength), her yoga habit is dropped, lifting her 6-year-old and return to work are not addressed, and there is stock text: the snow-shovelling heart advice, cardiac stop signs and 'something we could not place' ('hurting'). 'We kept today gentle' sits beside a moderate 30-minute swim.",
  zero_reasons={},
  change="Build the week on the physio: daily walks (indoors on snow days), her exercises, gentle yoga; a line on lifting her child (hip hinge, close to body); drop the snow-shovelling and cardiac lines and the 'could not place' warning."),
 dict(id="h06", lang="en-IN",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=['Today: light walking for about 25 minutes, RPE 9-11 (easy).',
          'because: mood (tired): a gentler session today',
          'because: you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)',
          'week: about 105 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it'],
  comment="Safe and sensible activities, good beta-blocker note, heart-disease and AQI warnings, 112 for India. But it never answers 'should I stop now that rehab is over?' or speaks to the family's fear. It drops a man who just finished 12 weeks of rehab (30 min treadmill plus weights 3x/week) to a beginner ramp of 25 light minutes (105 for the week), and invents 'tired'. It calls 126/80 'stage 1 hypertension', which could alarm a controlled post-stent patient, and the smoke text reads as wildfire guidance for Delhi pollution.",
  zero_reasons={},
  change="Lead with 'No, keep going: continuing what rehab taught you is what protects the stent': 30 min moderate most days plus light weights 2x, indoors or early/light while AQI is 145; reassure the family about carrying vegetables."),
 dict(id="h07", lang="en-US",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=['answer: you asked about "strides": yes, as today\'s plan has it: moderate running for 45 minutes',
          'Extra work now adds no fitness before the race, only fatigue (Mujika 2003)',
          'the day before the race: 15-20 minutes very easy with 3-4 short strides, or rest'],
  comment="Correct taper: easy run with strides, shakeout, race, recovery; no 18-miler. But the answer line replies to a question she did not ask ('strides') instead of 'should I squeeze the 18 in?'; the 'no' is only implied further down. Missed-long-run anxiety, tight calves and poor sleep are not addressed.",
  zero_reasons={},
  change="Answer first: 'No 18 today: three weeks after your 20-miler the fitness is banked; a long run 3 days out only adds fatigue. Do the coach's 4 easy with strides.' Add a line on nerves, sleep and tight calves."),
 dict(id="h08", lang="en-IE",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=1),
  quotes=['Today: light yoga for about 30 minutes, RPE 9-11 (easy).',
          'because: you like strength training, but a freshly hurt back should not be loaded yet today, so its nearest form: yoga',
          'no lifting, no running until it settles',
          'main lifts 3-5 sets of 3-6 reps at RPE 7-8',
          'with your pressure up: no singles or held breath, main sets at RPE 6-7 (3-4 reps in reserve) until a recheck reads under 140/90'],
  comment="Good on the BP: recheck it, skip the pre-workout, no singles until under 140/90. But 'a bit tight, not painful' becomes a 'freshly hurt back' and sore legs, so leg day becomes yoga (yesterday was upper, so the 48-h rule does not apply). The direct 1RM question is never answered; the answer is only implied in the plan. The warning 'no lifting' contradicts four lifting days, and the upper-day lines give both RPE 7-8 and RPE 6-7.",
  zero_reasons={},
  change="Today: back-friendly leg session (leg press, split squats, RPE 6-7). Answer the question: 'Not Thursday: no 1RM until a rested, caffeine-free BP recheck (or GP) is under 140/90; estimate from a 3-5RM meanwhile.' Remove the 'no lifting' warning."),
 dict(id="h09", lang="en-US",
  scores=dict(safety=1, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=['Today: moderate elliptical for about 40 minutes, RPE 12-13 (talk test: full sentences).',
          'because: no recent sessions logged: start with 40 minutes and build up',
          'swimming, moderate, 70 min, RPE 12-13',
          'running, vigorous, 60 min, RPE 14-17',
          'because: asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you'],
  comment="Correctly keeps an asthmatic teen indoors at AQI 165 and off the outdoor time trial. But it never answers her question directly and never addresses yesterday's chest tightness in smoke (don't exercise while tight; follow the asthma plan; tell parents/doctor if the reliever is needed more). The week ignores her daily soccer practice and tryouts, adds 60-min strength sessions and a 70-min swim on top, and calls a varsity player 'no recent sessions'.",
  zero_reasons={},
  change="'No time trial outside today: smoke plus asthma plus a tight chest yesterday. If your chest is tight today, rest and use your plan.' Move the time trial to when the AQI is under 100. Fit the week around team practice, with no extra hour-long sessions."),
 dict(id="h10", lang="en-SG",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=1),
  quotes=['answer: you asked about "10k": not today, the heat is dangerous for any exercise outdoors; yoga instead',
          'outdoor sessions in the early morning or the evening',
          'running: heat takes 10-14 days to get used to',
          'because: you wrote "i\'m on the night shift roster next week so this weekend is my only…": yoga is easy on a tired body'],
  comment="Head cold above the neck, no fever: no 10k tonight is a fine call and light yoga is acceptable. But the reason given ('heat dangerous for any exercise outdoors') is wrong for a heat-acclimatised Singapore runner at 18:45. It contradicts the card's own 'outdoor sessions... in the evening' and the plan's outdoor runs in the same climate. The plan treats him as unacclimatised ('10-14 days'), and the night-shift line is misread as tiredness.",
  zero_reasons={},
  change="Base the call on the cold (neck check): 'skip the 10k pace run; an easy 20-30 min jog after dark or rest is fine, no hard effort until the symptoms are gone'. Drop 'dangerous heat' and the acclimatisation line for a local runner."),
 dict(id="h11", lang="en-GB",
  scores=dict(safety=1, activity=1, dose=1, personalisation=0, explanation=1, language=2),
  quotes=['Today: moderate tai chi for about 45 minutes',
          'because: your blood glucose reading 4.6 mmol/l (83 mg/dl): outside the 5.0-13.9 mmol/l range advised before exercise (ADA 2016)',
          'because: you wrote "been going since Christmas and I love it": tai chi suits how you feel today',
          'because: unsteady or afraid of falling',
          'because: exercising on insulin: check your glucose after the session and again at bedtime'],
  comment="Safe direction (carbs, carry fast sugar, check after and at bedtime; 999 and mmol/l first are right for en-GB). But it treats the pre-breakfast 4.6 as today's pre-walk value. It misses the decisive fact: a full NovoRapid dose at 8 peaks during a 5-mile walk at 10, so he needs extra carbs (or a reduced bolus on walking days) whatever the recheck reads. It swaps the walking group he loves for tai chi and adds falls advice he doesn't need.",
  zero_reasons=dict(
    personalisation="Misreads the 4.6 mmol/l (taken before breakfast) as current, reads 'I love it' (the Monday walking group) as being about tai chi, replaces that group with tai chi, and adds falls text for a man with good knees."),
  change="'Go to the walking group. With NovoRapid taken at 8, the insulin peaks during the walk: check before you leave, take 15-30 g extra if under ~7 mmol/l, carry glucose, check at the halfway point; ask the nurse about a lower bolus before walks.'"),
 dict(id="h12", lang="en-AU",
  scores=dict(safety=2, activity=2, dose=0, personalisation=1, explanation=1, language=1),
  quotes=['answer: you asked about "running": not today, your leg or foot needs low impact; walking instead',
          "past this week's aim of 90 (WHO: at least 150): no need to add more this week",
          'week: about 65 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it',
          'because: your notes ("prediabetes"): read as diabetes'],
  comment="Right type (keep walking, add strength, no daily running) and a helpful menopause note. But the dose goes backwards: she walks about 120 min a week, the plan gives 65 with today light, and says 'no need to add more' to a prediabetic woman aiming to lose 15 kg. The answer is 'not today' where the real answer is 'not every day, and here's how to build'. Aching feet get a stock stress-fracture/clot warning, and the card's 'past this week's aim' clashes with the plan's 'building up to it'.",
  zero_reasons=dict(
    dose="Plans about 65 aerobic minutes, roughly half of what she already walks, with today lighter than her usual dog walk. It states 'no need to add more this week' to a prediabetic client whose goal needs 150-300 min, so the dose moves in the wrong direction."),
  change="Keep the daily dog walk and make 3-4 of them brisk (30-40 min), aiming for 150-300 min a week; add strength 2x; say 'don't run daily: feet and knees at this weight; later maybe walk-jog 2-3x a week'; suggest supportive shoes for the aching feet."),
 dict(id="h13", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=['今天不要运动：今天就去看医生（见下）。',
          '气短、脚踝肿、躺平要垫高枕头才不咳不喘：这几样放在一起，可能是心脏出了问题（心衰导致积液）。',
          '如果突然喘不上气、胸痛或咳血，立即拨打120。'],
  comment="Exertional breathlessness, two weeks of ankle swelling and two-pillow orthopnoea are correctly put together as possible heart failure. The card says no square dancing or brisk walking, see a doctor today rather than next month, and call 120 for sudden breathlessness. The simplified Chinese is natural. The calf-clot clause is a little generic, but an expert would sign it.",
  zero_reasons={},
  change="Say explicitly not to wait for next month's appointment, and that it is not the cold ('不是天冷的缘故'); mention square dancing by name."),
 dict(id="h14", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=['回答： 你问练多少：今天中等强度快走30分钟（RPE 12-13）；这周一共约90分钟',
          '本周：有氧约135分钟',
          '你每天都走：今天照常走30分钟',
          '依据： 你写的平时的训练（约30分钟）：今天按这个习惯来'],
  comment="A 30-minute brisk walk after dinner is right, with good post-meal and sitting advice and the wife's worry answered. But the main question, whether metformin plus a walk causes hypoglycaemia, is never answered ('metformin alone rarely causes lows'). It invents a daily 30-minute habit, when he walks only at weekends and it is his colleagues who walk daily. The weekly total contradicts itself (90 vs 135 minutes).",
  zero_reasons={},
  change="Answer first: 'Metformin on its own very rarely causes lows, so a walk after dinner is safe and lowers the post-meal spike; 30 min today, then most evenings with your colleagues.' Fix the daily-walker misread and make one weekly total."),
 dict(id="h15", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=1),
  quotes=['回答： 你问的HIIT、跳绳这类高强度：今天不做。睡得少、刚开始运动时',
          '不要节食或少吃正餐：一日三餐按时吃，多吃蔬菜水果、少喝含糖饮料，让她吃饱',
          '想变快，多练冲刺、敏捷和力量',
          '周二 力量训练，中等强度，40分钟'],
  comment="Key points present: no dieting, not by starving, talk to a teacher about the teasing, low impact for the knee. But the skipping answer says only 'not today', with stock text about sleep and HIIT. An athlete's 'want to be faster' line and a parent-directed warning ('让她吃饱') appear on the child's own card. She said she is free only at weekends, yet the plan puts 30-40 min sessions on school days and offers only a light walk on a free Saturday. Her cycling is not used.",
  zero_reasons={},
  change="Speak to her: 'No dieting and no 1000 skips a day. Swim or ride at the weekend (45-60 min), walk to school and play on weekdays.' Drop the HIIT/sleep/speed stock text and keep weekday sessions short."),
 dict(id="h16", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=1),
  quotes=['回答： 你问的“跑”：可以，按今天的安排：中等强度跑步40分钟',
          '戴口罩不能让户外剧烈运动变安全',
          '昨晚喝了点酒：运动前先喝一两杯水'],
  comment="Correct substance: AQI 185, an N95 doesn't make outdoor running safe, so an easy treadmill run, shorter because of the alcohol and short sleep. His facts are used well. But the answer line shown first replies '可以' to 'can I run 10 km in the park with a mask?'; the 'no' is only in the reasons below. That reads as a yes on the central question.",
  zero_reasons={},
  change="Make the answer line '不行：AQI 185时戴N95也不要去公园跑；今天在跑步机上轻松跑40分钟，或休息'."),
 dict(id="h17", lang="zh-CN",
  scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=1, language=2),
  quotes=['回答： 你问的“跑”：今天不建议，腿脚的不适需要避免冲击；改成瑜伽',
          '备注“小腿抽筋”：无法确定是什么情况',
          '经期痛经：轻松的活动',
          '6天前跑了全马：还在恢复期。'],
  comment="Right outcome (no intervals 6 days after a marathon; the recovery reason is present and backs the coach). But the answer gives the wrong reason ('leg discomfort'), reading the race-day calf cramps as a current problem and adding period pain she did not report. It removes all running for the week even though she jogged 20 min pain-free. Intervals, the coach's two weeks and the June half are not named in the answer.",
  zero_reasons={},
  change="'No intervals today: your coach is right, two weeks of easy running after a marathon. Today 20-30 min easy jog or yoga; intervals from the week after next, then build toward June.'"),
 dict(id="h18", lang="zh-CN",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=['你女儿希望你多歇着：这是关心，但对你来说，动得太少才是风险',
          '摔过一次的话，请医生或康复师做一次防跌倒评估',
          '今天：中等强度太极，约25分钟'],
  comment="Exactly the right message for an 84-year-old deconditioning after a fall: indoor tai chi today (ice), chair-supported balance and strength 3+ days, a falls assessment, and the daughter's worry answered. Minor points: generic chest-pain and running/cycling-on-ice warnings, 'no training record' for a 20-year tai chi habit, and '今天强度低一点' next to a moderate label.",
  zero_reasons={},
  change="Put the answer first ('不是，越歇腿越没劲'); mention that new weakness after a fall is worth telling the doctor about; drop the running/cycling ice line."),
 dict(id="h19", lang="zh-SG",
  scores=dict(safety=1, activity=2, dose=2, personalisation=1, explanation=1, language=1),
  quotes=['回答： 你问的“足球”：这么热的时候不要在外面打；等到傍晚6点以后或清晨凉快时再去',
          '备注“扭伤”：无法确定是什么情况',
          '走路不疼了再慢跑，然后才是跳和变向'],
  comment="The activity and dose fit a 3-day-old grade-1 sprain: swimming, seated strength and daily ankle rehab, following Vuurberg. But the answer line replies to a question he did not ask and tells a man still limping he can play football in the evening. His real question, running tomorrow, gets only an implicit answer in the plan. The sprain itself is 'unplaced', and the company relay is not mentioned.",
  zero_reasons={},
  change="Answer his question: 'Not tomorrow: you're still limping. Swim/bike and ankle exercises; jog when walking and hopping are pain-free (often 1-2 weeks), with a brace; the relay next month is realistic.' Remove the football line."),
 dict(id="h20", lang="zh-SG",
  scores=dict(safety=1, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=['你老公希望你多歇着：这是关心，但对你来说，动得太少才是风险',
          '哮喘：热身10-15分钟、循序渐进，随身带急救吸入剂',
          '今天：中等强度游泳，约30分钟'],
  comment="Right direction (exercise is safer than not; a 30-min swim with a warm-up and reliever, building gradually). But the attack in the pool last month is not addressed: reliever at the poolside, swim where a lifeguard is, stop at the first symptoms, what to do if it doesn't ease (995), and asking the doctor about exercise-triggered symptoms. The haze (PSI moderate) is never mentioned for an asthmatic, and her low mood and weight goal are only touched.",
  zero_reasons={},
  change="Add: 'inhaler at the poolside, swim with someone or a lifeguard, stop at the first tightness; if the reliever doesn't help in 10 min call 995'; an indoor pool or shorter session while the haze lasts; a doctor's check of her asthma action plan for exercise."),
 dict(id="h21", lang="zh-TW",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=2, language=2),
  quotes=['今天休息，等病好了再練（見下）。',
          '退燒藥壓下去的燒還是發燒',
          '今天你媽說得對：休息，理由見下',
          '退燒滿一天、不再渾身痠痛才走'],
  comment="Fever 38.5 °C with body aches: no practice and no shooting. It says the paracetamol-masked fever still counts and gives a 24-h fever-free rule and a gradual return, in natural Taiwanese traditional Chinese. Misses his real worry: the league starts Monday and the plan has a 20-min walk that day without saying whether he can play.",
  zero_reasons={},
  change="Add: 'Monday's game only if fever-free 24 h without medicine and the aches are gone. Tell the coach now; playing with a fever risks the heart.' Say that shooting practice is also out today."),
 dict(id="h22", lang="zh-TW",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=['回答： 你問的“跑”：今天不建議，關節或腰背需要避免衝擊；改成散步',
          '你婆婆希望你多歇著：這是關心',
          '大量出血或劇痛撥打119'],
  comment="Correctly says bed rest is not needed: a 30-min moderate walk, the pregnancy warning signs, 119 for Taiwan. But 'can I jog?' gets 'not today' for the wrong reason (her pregnancy backache treated as a back injury) and no path back. ACOG allows a former runner to return gradually, e.g. walk-jog. Her preferred yoga (prenatal) and the weight concern are unused, and the stock cardiac/joint lines remain.",
  zero_reasons={},
  change="'No need to lie down; lying down is worse for the back and weight. You ran before pregnancy, so after 1-2 weeks of walking you can try walk-jog at a talk-test pace, with your obstetrician's OK.' Add prenatal yoga for the backache."),
 dict(id="h23", lang="zh-HK",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=['不要運動：現在就撥打急救電話（見下）。',
          '撥打999，或請家人送你去急診，不要自己開車',
          '如果漏服了降壓藥，要告訴醫生，不要自己加倍補吃'],
  comment="186/112 with headache: a hypertensive emergency warning. The card correctly says no hiking and seek care now, with 999 for Hong Kong, not driving himself, and not doubling the missed tablet. Blurred vision is not named and '急診' is less local than '急症室', but an expert would sign it.",
  zero_reasons={},
  change="Name the blurred vision too, and use the Hong Kong term 急症室."),
 dict(id="h24", lang="zh-HK",
  scores=dict(safety=1, activity=1, dose=0, personalisation=0, explanation=0, language=2),
  quotes=['今天建議休息，並請醫生看看（見下）。',
          '備註“頭暈”：按頭暈處理',
          '不游泳、不在馬路上騎車、不攀爬，也不開車',
          '先就醫；醫生同意後再重新制定計劃'],
  comment="Last week's brief dizziness after a hike, relieved by water (likely heat-related), is treated as a current cardiac red flag: a week of rest, see a doctor today, no swimming. Meanwhile the decisive fact today, a 4-hour noon hike under a Very Hot Weather Warning at 34 °C and 75% humidity, is never mentioned. Neither is the knee, nor her question of what to do instead (an indoor swim would suit). She is kept off the hike, but only by accident.",
  zero_reasons=dict(
    dose="A blanket week of rest for a fit 50-year-old, based on a resolved symptom from last week.",
    personalisation="Misreads last week's resolved post-hike dizziness as current; ignores the Very Hot Weather Warning, the noon MacLehose hike, the knee and her swimming preference.",
    explanation="Never says the heat is why she should not hike today; doesn't answer '改做其他運動?'; the only warning (racing heart, no swimming, no driving) does not fit her."),
  change="'Don't do a 4-hour noon hike under the Very Hot Weather Warning; last week's dizziness was likely heat. Swim in an indoor pool or walk after dusk; hike on a cooler day, starting early, with poles for the descents. If the dizziness comes back at rest, see a doctor.'"),
]

def main():
    errors = []
    ids = [r["id"] for r in R]
    if ids != ["h%02d" % i for i in range(1, 25)]:
        errors.append("ids must be h01..h24 in order")
    out_rows = []
    for r in R:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        sc = r["scores"]
        if list(sc) != DIMS:
            errors.append(f"{r['id']}: dimensions {list(sc)}")
        for d, v in sc.items():
            if v not in (0, 1, 2):
                errors.append(f"{r['id']}: {d}={v} out of range")
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append(f"{r['id']}: {d}=0 without a reason")
        for d in r["zero_reasons"]:
            if sc.get(d) != 0:
                errors.append(f"{r['id']}: reason given for non-zero {d}")
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append(f"{r['id']}: {len(r['quotes'])} quotes")
        for q in r["quotes"]:
            if q not in text:
                errors.append(f"{r['id']}: quote not found: {q!r}")
        total = sum(sc.values())
        out_rows.append(dict(id=r["id"], lang=r["lang"], **sc, total=total,
                             quotes=r["quotes"], comment=r["comment"],
                             zero_reasons=r["zero_reasons"], suggested_change=r["change"]))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for row in out_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = len(out_rows)
    mean_total = sum(r["total"] for r in out_rows) / n
    means = {d: sum(r[d] for r in out_rows) / n for d in DIMS}
    with_zero = [r["id"] for r in out_rows if any(r[d] == 0 for d in DIMS)]
    L = ["# Rubric summary (blind scoring of h01-h24)", "",
         f"Clients: {n}. Mean total: **{mean_total:.2f} / 12**.", "",
         "| dimension | mean (0-2) |", "| --- | --- |"]
    L += [f"| {d} | {means[d]:.2f} |" for d in DIMS]
    L += ["", "Clients with any 0: " + (", ".join(with_zero) if with_zero else "none"), "",
          "| id | lang | " + " | ".join(DIMS) + " | total |",
          "| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
    for r in out_rows:
        L.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r[d]) for d in DIMS) + f" | {r['total']} |")
    L += ["", "## Every 0 and its reason", ""]
    for r in out_rows:
        for d in DIMS:
            if r[d] == 0:
                L.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    L += ["", "## Comments", ""]
    for r in out_rows:
        L.append(f"- **{r['id']}** ({r['total']}/12): {r['comment']} *Change:* {r['suggested_change']}")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"ok: {n} clients, mean total {mean_total:.2f}; " +
          ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))

if __name__ == "__main__":
    main()
