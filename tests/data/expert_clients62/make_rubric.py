#!/usr/bin/env python3
"""Blind expert rubric for the exercise-advice app's output on 24 clients (h01-h24).

Every score is literal data below. The script checks that each quote is an exact
substring of that client's output file and that every 0 has a reason, then writes
rubric.jsonl and rubric_summary.md. Exit status is non-zero on any failed check.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 {"id": "h01", "lang": "en-US",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["Today: light yoga for about 20 minutes, RPE 9-11 (easy).",
             "warning: A cold above the neck (runny nose, sneezing, mild sore throat): light activity only",
             "so don't push through. Ask your doctor or a rehab clinic for a pacing plan",
             "week: about 0 moderate-equivalent aerobic minutes (WHO: at least 150), building up to it"],
  "comment": "Long COVID with clear post-exertional malaise (3-day crash after a 30-min walk). Right direction: recognises PEM, says don't push through, cites NICE NG206 against graded exercise, pacing week with rest days and 'only if no worse'. Gaps: 20 min x4 is double what she has tolerated lately (10-min walk, 10-min stretch) and two-thirds of the walk that crashed her; the answer to her one question is the 5th 'because' line, not the headline; the only warning shown is a head-cold warning made from the 'sore throat' in her crash description; the week line still points her at 150 min.",
  "zero_reasons": {},
  "suggested_change": "Lead with an answer line: 'No - with post-exertional malaise, pushing through makes it worse; pace instead (NICE NG206).' Start at or below the tolerated 10 minutes, warn that a 'good day' is the usual trigger, drop the cold warning, and replace the WHO-150 week line with a pacing note."},
 {"id": "h02", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 2, "language": 1},
  "quotes": ["今天：中等强度太极，约35分钟", "今天不要在户外运动，改在室内、关好窗", "周日 散步，中等强度，35分钟",
             "比平时多约10%：每周增加不超过10%", "已经超过本周90分钟的目标（WHO每周至少150分钟）：这周不用再加量"],
  "comment": "COPD, AQI 186, -4 C: the card answers his question correctly (no park today, indoors) and gives a good COPD action plan with 120. But the week replaces the daily 40-min walk his rehab doctor prescribed with tai chi, yoga and strength: only one walking day, although the plan itself says the pollution lasts one or two days. Cold dry air is not mentioned. Weekly target set at 90 min, below what he already does; the card says both '+10% over usual' and 'no need to add this week'.",
  "zero_reasons": {},
  "suggested_change": "Today: indoor walking (corridor or mall) plus tai chi. From the third day, or once AQI is under 150 and it is not freezing, bring back his daily 40-min park walk with the inhaler and a scarf over the mouth. Keep his current volume as the baseline. Drop the contradictory progression lines."},
 {"id": "h03", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["because: your wife is right today: rest, for the reasons below",
             "read as shortness of breath",
             "Short of breath at rest or with little effort: no exercise today",
             "see a doctor first; ask for a new plan once you are cleared"],
  "comment": "Stable HFrEF (EF 35%, weight steady, no oedema, one pillow) who finished cardiac rehab and asks whether getting 'a bit breathless' on walks is OK. The app reads the word 'breathless' in his question as a symptom and puts him on a week of rest, telling him his wife is right. That is the opposite of the right answer: mild breathlessness at RPE 11-13 is the intended rehab effort, and he should keep up about 30 min most days plus bands twice a week, using RPE because he takes bisoprolol. It gives none of the HF self-monitoring stop rules (for example a gain of 2 kg in 3 days). Over-triage, so not marked down on safety, but the rest of the product fails.",
  "zero_reasons": {"activity": "Rest today and all week for a stable, rehab-graduated heart-failure patient; the right choice is his usual 30-min walk or band session.",
                   "dose": "A blanket 7-day rest week stops the maintenance dose his rehab prescribed (about 30 min most days, strength twice a week).",
                   "personalisation": "Misreads his question ('is it OK to get a bit breathless?') as a symptom and ignores the decisive facts: stable weight, normal ankles, one pillow, rehab completed.",
                   "explanation": "Answers his question wrongly ('your wife is right today: rest') and gives no reason that fits him; the blood-pressure line (124/74 'elevated') is beside the point."},
  "suggested_change": "Answer yes: being slightly out of breath but able to talk in sentences (RPE 11-13) is the right effort after rehab. Keep walking about 30 min most days and doing bands twice a week, and judge effort by RPE because of bisoprolol. Stop and call the HF nurse for weight up 2 kg in 3 days, swollen ankles, breathless lying flat, dizziness; 999 for chest pain."},
 {"id": "h04", "lang": "zh-TW",
  "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["你問的“仰臥起坐”：先不做", "腰背這幾天剛受傷：溫和地活動", "週三 瑜伽，中等強度，25分鐘",
             "避免負重彎腰和扭轉（仰臥起坐、彎腰摸腳尖、彎腰搬重物）"],
  "comment": "Osteoporosis, T-score -3.1, previous vertebral compression fracture. Good: says no to sit-ups, lists the forbidden movements (toe touches, twisting), recommends strength and balance, and today's walk keeps her habit. Gaps: her two-year-old fracture is read as a back injury 'in the last few days', which brings stock warnings including 'no weight-bearing', against the strength advice. The plan puts moderate community yoga on two days with no reminder to skip forward bends, which is exactly the class she asked about. 'Is it safer not to move at all?' is never answered outright. There is a mainland term (卷腹), and the quote marks are “ ” where Taiwan uses 「」.",
  "zero_reasons": {},
  "suggested_change": "Answer both halves: no toe touches or sit-ups; not moving is riskier than moving. Replace the yoga days with tai chi or balance work, or give 'spine-neutral yoga only, no forward folds or twists'. Drop the 'recent back injury' warnings. Use Taiwan wording (捲腹, 計畫, 「」)."},
 {"id": "h05", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
  "quotes": ["No exercise: call your cancer team's 24-hour line now, or go to hospital (see below).",
             "A fever brought down by paracetamol or ibuprofen is still a fever",
             "your notes (\"sick\"): read as an illness below the neck"],
  "comment": "Chemo day 9 (nadir) with 38.2 C masked by paracetamol: possible neutropenic sepsis. The card catches it as the headline: call the 24-hour cancer line or go to hospital now, and a fever masked by tablets is still a fever. The rest week pending review is right. Small flaw: a stray 'sick' (from 'avoid sick people') read as an illness. A 000 line for feeling very unwell would be a nice addition, but the oncology-line instruction is the Australian standard.",
  "zero_reasons": {},
  "suggested_change": "Add: 'If you feel faint, confused or very unwell, call 000.' Drop the 'sick' reason line."},
 {"id": "h06", "lang": "zh-CN",
  "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 0, "language": 1},
  "quotes": ["今天：中等强度太极，约20分钟", "周五 骑自行车，中等强度，30分钟", "备注“快过了脚”：无法确定是什么情况",
             "在药效好的时候练，身边有可扶的东西"],
  "comment": "Parkinson's with wearing-off freezing and a fall last month; asks if he can ride his home spin bike. Good PD content: tai chi (Li, NEJM 2012), exercise in 'on' time, cues for freezing, fall assessment, spouse's worry addressed. But the question is never answered. The plan schedules outdoor cycling (骑自行车, 'check the weather') rather than the stationary bike, which is a fall risk for him. '药快过了脚' is misparsed into '快过了脚' and turned into stock stress-fracture/clot warnings that lead the card.",
  "zero_reasons": {"explanation": "His only question (can I ride my spin bike now?) is never answered, and the two warnings shown are stock stress-fracture and clot lines from a misparse, while the PD advice is buried in reasons."},
  "suggested_change": "Answer: yes, the stationary bike is a good, safe choice for PD; ride 20-30 min during 'on' time (now, about 2.5 h after the dose), get on and off holding something, with someone at home. Put the stationary bike on 2-3 days instead of outdoor cycling, and delete the misparse warnings."},
 {"id": "h07", "lang": "en-US",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
  "quotes": ["No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
             "that eases with rest is the pattern of angina",
             "you asked about \"bike\": not today"],
  "comment": "New exertional chest pressure radiating to the left arm, relieved by rest, in a diabetic hypertensive man: new-onset angina. Caught as the headline. Tells him it is the pattern of angina even though it passed, says cardiologist today and 911 if it comes at rest or lasts more than 5 min, declines the bike question, and holds the week until cleared. Minor: two overlapping warnings, and the cold-weather clause does not apply at 64 F. His 'heartburn' explanation could be rebutted by name.",
  "zero_reasons": {},
  "suggested_change": "Merge the two chest warnings and say plainly that it should not be put down to heartburn or being out of shape until a doctor has checked; the weight-loss plan comes after clearance."},
 {"id": "h08", "lang": "zh-HK",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["你問的“跑”：今天不建議，天氣太熱，不宜戶外運動；改成瑜伽", "你朋友希望你多歇著",
             "現在是21點：臨睡前不做高強度"],
  "comment": "Perimenopausal insomnia with night sweats; at 21:30 in 29 C / 85% humidity she wants to run 30 min to tire herself out. Good: no run tonight, gentle yoga, no hard exercise close to bed, harder sessions in the daytime, heat-timed brisk walks. Misreading: her friend said to exercise MORE at night, but the card rebuts the friend as if they wanted her to rest. Menopause symptoms (night sweats, a cool bedroom) and swimming, her first preference and ideal in the heat, are not used.",
  "zero_reasons": {},
  "suggested_change": "Correct the friend line: 'tiring yourself out late at night tends to delay sleep and bring on sweats; regular exercise earlier in the day helps sleep'. Add a daytime swim to the week."},
 {"id": "h09", "lang": "en-CA",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
  "quotes": ["Today: moderate strength training for about 40 minutes",
             "ankylosing spondylitis: daily exercise is part of the treatment and rest makes the stiffness worse",
             "week: about 150 moderate-equivalent aerobic minutes"],
  "comment": "Ankylosing spondylitis, out of a flare, asks whether to rest when stiff and what is good for AS. Excellent content: rest worsens AS, a daily morning mobility routine, swimming, posture, breaking up desk sitting, red eye or fever to the rheumatologist, indoors for the -18 C wind chill. Dose gap: from 2 sessions in 28 days to 3 x 50-min swims plus 2 strength sessions in one week (220 min), a steep ramp; the daily mobility routine is not written into the plan days, and a 'rest day' goes against the daily message.",
  "zero_reasons": {},
  "suggested_change": "Build the swims from 30-40 min. Put '10-15 min spine mobility' on every day of the plan, rest days included. Mention that the pool opens at 10 today as an option after work."},
 {"id": "h10", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：中等强度骑自行车，约25分钟", "小孩子要有大人陪着", "本周目标420分钟", "你写了“超级讨厌体育课”"],
  "comment": "15-year-old who hates running and PE and must pass the 中考 800 m; asks for non-running, less embarrassing activity; likes dancing to videos in her room and cycling. The card offers cycling but never mentions dancing, never speaks to the exam goal (some run-walk work will be needed, at a pace far easier than her RPE 16-17 runs) or the embarrassment. The week is cycling plus 35-40 min strength sessions, with nothing toward 800 m. The stock line 'small children need an adult with them' talks down to a 15-year-old.",
  "zero_reasons": {},
  "suggested_change": "Answer her: yes, dance videos and cycling count as real exercise and build the fitness the 800 m needs. Add 2 short private run-walk days at a conversational pace, or skipping, toward the test. Put dance on the plan and drop the 'small children' line."},
 {"id": "h11", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["你问的“跑”：今天换成低强度散步更合适（理由见下）", "最好在开斋后1-2小时运动", "周五 跑步，中等强度，50分钟"],
  "comment": "Ramadan, dry fast 05:30-18:50, colleague's 10 km at 17:00. The card declines the fasted 10 km and gives sound timing advice (1-2 h after iftar, or short and easy before it). But the plan ignores Ramadan: two 50-min runs and a 50-min brisk walk with only 'check the weather', no timing, no reduced volume. 'Do I need to stop training?' is not answered in so many words, and today's walk has no time of day.",
  "zero_reasons": {},
  "suggested_change": "Answer: no need to stop; keep frequency and cut volume and intensity; run easy after iftar (for example 20:30). Offer an easy 30-min run after iftar tonight instead of the fasted 10 km, and write 'after iftar' on each plan day."},
 {"id": "h12", "lang": "en-GB",
  "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["Today: moderate tai chi for about 20 minutes",
             "if sleep and appetite have not come back in a few weeks, tell your doctor",
             "your daughter would rather you rested", "strength: 1-2 sets of 10-15 reps"],
  "comment": "80, sarcopenic (thin limbs, can't rise from low chairs), about 6 kg unintended weight loss and poor appetite for a year after bereavement. Good: indoor tai chi today as she prefers, strength twice and balance three times, her daughter's worry addressed, kind words on her loss. Gaps: her question 'is it too late to build muscle?' is never answered (the answer is no, and that is the central message). A year of weight loss is deferred 'a few weeks' rather than sent to the GP now. Protein and eating are not mentioned. The strength dose is generic, with no chair-rise focus or progression.",
  "zero_reasons": {},
  "suggested_change": "Lead with: 'It is never too late: people in their 80s and 90s gain strength within weeks.' Prescribe sit-to-stands from a higher chair, heel raises and wall press-ups 2-3 days a week, with progression. Advise seeing the GP about the weight loss and appetite, and protein at each meal."},
 {"id": "h13", "lang": "zh-TW",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 1, "language": 1},
  "quotes": ["今天：低強度散步，約20分鐘", "纖維肌痛發作期：量要小到第二天不會更糟", "週三 游泳，中等強度，35分鐘",
             "週日 快走，中等強度，30分鐘"],
  "comment": "Fibromyalgia with boom-bust (a 60-min hike led to 3 days in bed); asks how to exercise without flaring. The card's pacing line is right (small enough that tomorrow is no worse, 5-20 min, add a little, don't overdo good days). But it is the 7th reason, not the answer, and the plan ramps within days from 20 min light to 30-35 min moderate brisk walking and swimming, plus moderate strength: exactly the jump the card warns against.",
  "zero_reasons": {},
  "suggested_change": "Put the pacing rule as the answer line. Keep week 1 at 10-20 min light (warm-water swim, walk, tai chi) and raise by about 10% per week only if the next day is no worse. Set strength at light bands."},
 {"id": "h14", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["Today: light stretching for about 20 minutes",
             "A gout flare in the foot: no walking, running or cycling for exercise until it settles",
             "your notes (\"toe on fire\"): we could not tell what this is",
             "warning: Joint injury or back pain: low-impact activities only"],
  "comment": "Acute gout flare of the big toe; asks to strap it and run 8 km. Good: no running, ice, elevate, treatment, water, no alcohol, an infected joint looks the same so fever means see a doctor today, fitness-loss worry answered, and the week returns to cycling and elliptical only once the toe settles. Flaws: the same note is read as gout and as 'we could not tell what this is'; an ankle injury is invented; stock warnings pad the card. 'Strap it up' and the 'sweat out uric acid' myth are not answered directly.",
  "zero_reasons": {},
  "suggested_change": "Answer directly: 'No - strapping won't protect an inflamed joint, and sweating dehydrates you, which raises uric acid.' Remove the 'could not place' and 'joint injury' warnings and the phantom ankle injury."},
 {"id": "h15", "lang": "zh-CN",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
  "quotes": ["你问的“卷腹”：可以，按今天的安排：中等强度力量训练35分钟", "一般不早于产后12周", "今天：中等强度力量训练，约35分钟"],
  "comment": "Six weeks after a caesarean, breastfeeding, stress incontinence, incision pulling; asks about a 5 km run tonight and daily crunches. The one answer line says crunches are fine, which is wrong with stress incontinence and a fresh abdominal incision. The run question is never answered directly: only a buried reason says impact should wait until about 12 weeks. Today is a generic 35-min gym session to near-failure at 20:00. Pelvic-floor training is mentioned (good), and the week has no running (good), but the key guidance is buried and there is no warning line at all.",
  "zero_reasons": {"explanation": "The only direct answer is wrong ('crunches: yes'), the main question (5 km tonight?) is not answered, and the decisive pelvic-floor/12-week guidance is buried in reasons with no warning shown."},
  "suggested_change": "Answer: no 5 km yet - return to running from about 12 weeks once there is no leakage (see a pelvic-floor physio); no crunches for now - do pelvic-floor and deep-core (breathing, heel slides) work instead. Today: a 20-30 min brisk walk, with lighter strength sessions that spare the abdomen."},
 {"id": "h16", "lang": "en-US",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
  "quotes": ["you asked about \"weights\": not today, what your notes tell of rules it out for now (below); walking instead",
             "you asked about lifting weights: yes, at any age.",
             "swimming with an ICD: yes once the wound has healed", "strength on 0 days",
             "walking helps you unwind"],
  "comment": "ICD 10 weeks after VT, EF 50, on metoprolol, cleared by cardiology, arm restrictions over; asks about returning to swimming laps and weights, and about the 200-bpm shock zone. Good fragments: never swim alone, keep HR well under 200 (about 180), go by RPE on a beta-blocker. But the card applies the first 4-6-week post-implant rules to a 10-week, healed, cleared patient and withholds swimming and weights all week, while other lines say yes to both. The week has no swimming and no strength. Stray lines: 'walking helps you unwind', a bone-health line, a stress line.",
  "zero_reasons": {"language": "Contradiction on the central question: 'weights... rules it out for now' and 'you like swimming, but... rules it out' against 'lifting weights: yes' and 'swimming with an ICD: yes once the wound has healed'."},
  "suggested_change": "Answer yes to both, now that he is 10 weeks out, healed and cleared: swim laps only with a lifeguard or buddy who knows about the ICD; lift at moderate loads, avoiding heavy pec and overhead work on the device side at first. Add 2 swim and 2 strength days. Explain that on metoprolol his HR will stay far below 200; use RPE 11-14."},
 {"id": "h17", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：低强度散步，约30分钟", "游泳要在有救生员或知情的同伴陪同下进行", "你写了“那次也是连续熬夜之后”：散步轻松不累",
             "周一 跑步，中等强度，50分钟"],
  "comment": "Epilepsy, last seizure after sleep loss, 4 h sleep last night; wants to swim 1 km alone at an unguarded HDB pool. The card chooses a walk and shows an epilepsy warning (swim only with a lifeguard or informed companion; don't train after a sleepless night), and the plan's swim day repeats 'not alone'. But her question 'can I?' gets no direct 'no, not today and not alone', and the weekend solo-swim habit is not named. Her seizure-trigger note is misread as tiredness that a walk will lift. Runs of 50 min against her usual 30.",
  "zero_reasons": {},
  "suggested_change": "Answer line: 'Not this morning: little sleep is your known trigger, and never swim where no one can see you - that includes your weekend swims.' Suggest a nap and a short walk today; runs of 30-40 min."},
 {"id": "h18", "lang": "en-CA",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["yoga is low impact for your ankle (you wrote \"ankle that really hurts\")",
             "looks more like a tibial stress fracture than shin splints",
             "warning: Joint injury or back pain: low-impact activities only"],
  "comment": "Daily running after 3 weeks, a focal tender tibial spot, pain on stairs and at night: a suspected tibial stress fracture. The card says so, says see sports medicine this week, no running or jumping, and cross-train in the pool or on the bike; the week has no running. But the point is read as an 'ankle' injury, the only warning shown is a stock joint/back one, the stress-fracture advice is the 7th-8th reason, and 'should I push through?' gets no direct answer. It says 'checked first today' in one line and 'this week' in another.",
  "zero_reasons": {},
  "suggested_change": "Make the warning: 'Don't push through: a spot tender to press, with pain at night, suggests a stress fracture; stop running and see a doctor within days.' Fix shin vs ankle and keep one timeframe."},
 {"id": "h19", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["今天：低强度散步，约25分钟", "你写的平时的训练（约30分钟）：今天按这个习惯来", "你每天都走：今天照常走30分钟"],
  "comment": "Construction worker, 20k+ steps and 10 h on his feet daily, high lipids, back ache, free only after 21:00 with a 06:00 start; asks 'do I still need exercise when I walk this much?'. Never answered. The card prescribes more walking tonight and most of the week, invents a 'usual 30-min training', and ignores that work activity is not the same as leisure exercise (the physical-activity paradox). What he needs is short strength and core work for the back, some heart-rate-raising work on days off, and sleep.",
  "zero_reasons": {},
  "suggested_change": "Answer: work walking helps but doesn't count the same for fitness and lipids; what you are missing is strength and some breathless-but-talking effort. Tonight: 10 min of back and hip mobility, then sleep. On 2 evenings, 15 min of bodyweight strength; on rest days, 20-30 min of brisk cycling or walking."},
 {"id": "h20", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 0, "personalisation": 1, "explanation": 0, "language": 2},
  "quotes": ["Today: light yoga for about 20 minutes", "A back hurt in the last days: keep moving gently",
             "at home: no equipment needed"],
  "comment": "Full-time dementia carer with a 10-min window while her mother naps, who cannot leave the house; BP 144/90, stiff back; asks 'is 10 minutes even worth bothering with?'. The card sees 'at home' and handles the BP well (recheck, see GP), but every session is 20 min, double her window, and her question is never answered (WHO 2020: every bit counts, no minimum bout). Four warnings lead the card; three are stock (joint injury, a back 'hurt in the last days' with 'no lifting' for a carer who must lift, rain/no cycling).",
  "zero_reasons": {"dose": "Every session is 20 min for a client with a stated 10-min window; the plan is undoable for her and never uses short bouts.",
                   "explanation": "Her only question ('is 10 minutes worth it?') is never answered, and the card leads with stock warnings that don't fit a stiff-backed carer at home."},
  "suggested_change": "Answer: yes - 10 minutes counts, and two or three a day add up (WHO 2020). Give 10-min home sessions: brisk marching or step-ups, sit-to-stands, wall press-ups, back mobility. Recheck BP at home. Replace the back-injury warning with safe-lifting tips and mention carer support."},
 {"id": "h21", "lang": "zh-HK",
  "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["今天：低強度散步，約45分鐘", "無法確定是什麼情況，今天強度放低", "小腿腫脹、發熱或發紅（可能是血栓，當天就醫）",
             "週一 快走，中等強度，50分鐘"],
  "comment": "Classic suspected DVT: one calf swollen (a full ring bigger), warm and painful after a 10+ h flight spent sitting. Needs same-day medical assessment (A&E) and no hike or exercise; 999 if breathless or chest pain (possible PE). The card marks it 'unclear', prescribes a 45-min walk today and 50-min brisk walks all week. The clot is mentioned only as a conditional clause inside a stock stress-fracture warning. emergency=false.",
  "zero_reasons": {"safety": "Misses the DVT red flag (unilateral warm, swollen, painful calf after a long-haul flight); prescribes walking instead of same-day medical assessment; no PE warning.",
                   "activity": "A 45-min walk today and brisk walking all week, where no exercise until DVT is excluded is right.",
                   "dose": "45 min today and 150 min of brisk walking this week for a probable DVT.",
                   "personalisation": "The decisive fact (the swollen, hot, painful calf after the flight) is filed as 'cannot tell what this is'.",
                   "explanation": "The hiking question is not answered, there is no explanation of the danger, and the only clot mention is buried as a conditional in a stock leg warning."},
  "suggested_change": "Emergency card: 'Don't go hiking. A swollen, warm, painful calf after a long flight may be a blood clot: go to A&E or see a doctor today. If breathless, chest pain or coughing blood, call 999.' A rest week until cleared."},
 {"id": "h22", "lang": "zh-CN",
  "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["今天：低强度散步，约25分钟", "你写了“可能昨天搬米累着了”：散步轻松不累，动一动反而更有精神", "你问练多少：今天低强度散步25分钟",
             "戴帽子和手套"],
  "comment": "FAST-positive stroke signs today: slurred speech, weak right hand dropping chopsticks, right facial droop, BP 162/98 with missed tablets. A time-critical emergency: call 120 now, no exercise. The card prescribes a 25-min walk in -3 C, reads the weakness as tiredness from carrying rice ('a walk will perk you up'), answers only the clothing and duration questions, and plans a week of brisk walks. emergency=false.",
  "zero_reasons": {"safety": "Misses the stroke red flag (slurred speech, one-sided hand weakness, facial droop); no call to 120; sends him out to walk in the cold.",
                   "activity": "A walk today and brisk walks all week, where the only right action is emergency care.",
                   "dose": "25 min tonight and about 95 min this week for a probable acute stroke.",
                   "personalisation": "The decisive facts are misread as fatigue from carrying rice and turned into a reason to walk.",
                   "explanation": "Explains clothing and duration but never the danger; the stroke symptoms are not mentioned."},
  "suggested_change": "Emergency card: 'Call 120 now: slurred speech, a weak right hand and a drooping mouth are stroke signs; every minute counts. Do not exercise, do not wait to see if it passes.'"},
 {"id": "h23", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 1, "language": 2},
  "quotes": ["Today: moderate walking for about 20 minutes", "Five or ten minutes today counts as done",
             "If your mood gets worse or thoughts of harming yourself come, contact your doctor at once"],
  "comment": "Depression, signed off, on sertraline, zero motivation; asks for 'the smallest thing I could actually do today'. Good tone and safety net (worse mood or self-harm thoughts: contact the doctor), exercise framed as part of treatment, 'five or ten minutes counts'. But the headline gives 20 min at moderate effort, not the smallest thing, and the week (strength twice, 30-35 min sessions) is ambitious for someone not out of bed until 2 pm. His old cycling is used on one day.",
  "zero_reasons": {},
  "suggested_change": "Headline: 'Smallest thing: put shoes on and walk 5-10 minutes outside while it's light, any pace.' Build by a few minutes a day; one easy bike ride later in the week. Add Samaritans 116 123 / 999 to the safety net."},
 {"id": "h24", "lang": "en-US",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["Rest today, and have it checked (see below).", "your notes (\"knee\"): read as a knee injury",
             "I am sorry for your loss.",
             "fainting, nearly fainting or dizziness with a racing heart can come from the heart"],
  "comment": "Exertional near-syncope with palpitations during sprints, and an uncle dead at 35 of a 'heart thing': possible HCM or a channelopathy. The card catches it: no exercise, see a doctor today, 911 criteria, nothing where a faint is dangerous until the cause is found, and a rest week until cleared. But 'went down on one knee' becomes a knee injury, shown as the plan's reason for today's rest. His uncle's death becomes a grief condolence with a dehydration-dizziness tip that echoes the coach's wrong explanation. The family history is never named as the reason to see a cardiologist.",
  "zero_reasons": {},
  "suggested_change": "Say: 'Fainting or greying out during sprints, with a fluttering heart and a relative who died young of a heart problem, must be checked by a doctor (ECG, heart scan) before any more training; tell your coach and athletic trainer.' Remove the knee and grief lines."},
]


def main():
    errors = []
    ids = [r["id"] for r in R]
    expected = ["h%02d" % i for i in range(1, 25)]
    if ids != expected:
        errors.append("ids are not h01..h24 in order: %s" % ids)
    for r in R:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append("%s: cannot read %s (%s)" % (r["id"], path, e))
            continue
        if set(r["scores"]) != set(DIMS):
            errors.append("%s: scores must have exactly %s" % (r["id"], DIMS))
        for d, v in r["scores"].items():
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r not in 0-2" % (r["id"], d, v))
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append("%s: needs 2-5 quotes, has %d" % (r["id"], len(r["quotes"])))
        for q in r["quotes"]:
            if q not in text:
                errors.append("%s: quote not found verbatim: %r" % (r["id"], q))
        for d, v in r["scores"].items():
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append("%s: %s is 0 without a reason" % (r["id"], d))
        for d in r["zero_reasons"]:
            if r["scores"].get(d) != 0:
                errors.append("%s: reason given for %s but score is not 0" % (r["id"], d))
        if not r.get("comment", "").strip() or not r.get("suggested_change", "").strip():
            errors.append("%s: comment and suggested_change are required" % r["id"])
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in R:
            obj = {"id": r["id"], "lang": r["lang"], "scores": r["scores"],
                   "total": sum(r["scores"].values()), "quotes": r["quotes"],
                   "comment": r["comment"], "zero_reasons": r["zero_reasons"],
                   "suggested_change": r["suggested_change"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n = len(R)
    totals = [sum(r["scores"].values()) for r in R]
    mean_total = sum(totals) / n
    dim_means = {d: sum(r["scores"][d] for r in R) / n for d in DIMS}
    with_zero = [r["id"] for r in R if 0 in r["scores"].values()]
    lines = ["# Rubric summary", "",
             "Clients: %d. Each scored 0-2 on six dimensions (max 12)." % n, "",
             "**Mean total: %.2f / 12**" % mean_total, "",
             "| dimension | mean (0-2) |", "| --- | --- |"]
    for d in DIMS:
        lines.append("| %s | %.2f |" % (d, dim_means[d]))
    lines += ["", "Clients with any 0 (%d): %s" % (len(with_zero), ", ".join(with_zero)), "",
              "## Per client", "",
              "| id | lang | " + " | ".join(DIMS) + " | total |",
              "| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
    for r, t in zip(R, totals):
        lines.append("| %s | %s | %s | %d |" % (r["id"], r["lang"],
                     " | ".join(str(r["scores"][d]) for d in DIMS), t))
    lines += ["", "## Every 0 and its reason", ""]
    for r in R:
        for d in DIMS:
            if r["scores"][d] == 0:
                lines.append("- %s %s: %s" % (r["id"], d, r["zero_reasons"][d]))
    lines.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("ok: %d clients, mean total %.2f; %s" % (n, mean_total,
          ", ".join("%s %.2f" % (d, dim_means[d]) for d in DIMS)))


if __name__ == "__main__":
    main()
