#!/usr/bin/env python3
"""Blind expert rubric for the exercise-advice app's output, 24 clients.

All scores are literal data below. The script checks that every quote is an
exact substring of that client's outputs/hNN.txt and that every 0 has a reason,
then writes rubric.jsonl and rubric_summary.md. Exit status 1 on any failure.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 {"id": "h01", "lang": "en-US",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["your wife would rather you rested: a caring worry, but for you the risk is in doing too little",
             "cycling: one of your usual 2 a week, aerobic, at a pace you can talk in full sentences; check the weather and air first",
             "you asked about your heart rate: a beta-blocker keeps it low",
             "\"treadmill\":false"],
  "comment": "Sound core: 30 min moderate walking by RPE/talk test (no HR zone, correct on metoprolol), rehab dose kept, wife's 'take it easy' answered well, stop-signs and 911 visible. Gaps: Thursday becomes a 39-min outdoor ride in January labelled 'one of your usual 2 a week' (he rides a stationary bike); the unused basement treadmill is never offered on a 38 F morning for a nervous cardiac patient; 'you asked about your heart rate' frames a statement as a question.",
  "zero_reasons": {},
  "change": "Keep rehab dose; put aerobic days on the treadmill/stationary bike (cold mornings), not outdoor cycling; offer the treadmill explicitly as the 'nurse-free' safe setting; drop the invented heart-rate question."},
 {"id": "h02", "lang": "zh-CN",
  "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["备注“腰”：按腰背痛处理",
             "超过39.5°C、持续三天以上，或伴有脖子发硬、呼吸困难，请看医生。",
             "一周左右回到平时",
             "今天休息，等病好了再练（见下）。"],
  "comment": "Rest today is right, but for the wrong reason. Day 25 after a caesarean with a red, oozing wound, fever 38.1 masked by ibuprofen and heavier, foul-smelling lochia = possible wound infection/endometritis needing same-day obstetric review; the card treats it as a generic fever and only sends her to a doctor above 39.5 C or after 3 days. It misreads '裤腰' (waistband) as low back pain, never mentions the birth, the caesarean, the 100 crunches a day, or answers '正常吧？' (it is not normal). Plan says back to usual in about a week (i.e. running) at 4 weeks post-caesarean.",
  "zero_reasons": {"safety": "misses postpartum infection red flags (oozing red caesarean wound + fever + foul, increasing lochia) and only advises a doctor above 39.5 C or after 3 days",
                   "personalisation": "ignores the caesarean/postpartum context entirely and misreads 裤腰 as low back pain",
                   "explanation": "her questions (jogging + 100 crunches/day; is the lochia normal?) go unanswered; no why for this person"},
  "change": "Flag wound + fever + lochia as needing same-day obstetric/GP review (120 if heavy bleeding or very unwell); no running or crunches before ~12 weeks and review; meanwhile short walks and pelvic-floor/transverse-abdominis work once cleared."},
 {"id": "h03", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["Rest today, until this has passed (see below).",
             "your notes (\"chest infection\"): read as an illness below the neck",
             "A streak can wait",
             "walking, light, 20 min, RPE 9-11"],
  "comment": "Wrong answer to the central question. The chest infection is over (GP says clear, no temperature, not breathless, only a morning tickly cough); she is 71 and deconditioned after 6 weeks off and asks whether to wait. The card reads a past infection as current illness, rests her 3 days then offers only light walks: no strength, balance or return to aqua aerobics despite 'get my strength back'. Stock 'streak' warning irrelevant. Over-triage, not penalised on safety.",
  "zero_reasons": {"activity": "rest today and only light walks all week for a cleared 71-year-old who needs to restart; no strength/balance or aqua aerobics",
                   "dose": "three rest days then 20-30 min light walking only; no multicomponent strength/balance on >=3 days (WHO 65+)",
                   "personalisation": "treats a resolved, GP-cleared chest infection as a current illness; ignores goal, aqua aerobics, stairs weakness",
                   "explanation": "implicitly tells her to wait, the opposite of the right answer; irrelevant streak warning"},
  "change": "Answer 'no need to wait': start today with 15-20 min walking plus sit-to-stands/step-ups and balance, return to aqua aerobics this week, strength/balance 3 days; see GP if breathless, fever or cough worsens (999 for chest pain)."},
 {"id": "h04", "lang": "zh-TW",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["備註“燒了”：按發燒處理",
             "今天就去看醫生；如果伴有胸痛、暈倒、氣短，或一直停不下來，請撥打119",
             "先就醫；醫生同意後再重新制定計劃"],
  "comment": "Catches palpitations and exertional breathlessness, no exercise, see a doctor today, Taiwan's 119; week held pending clearance. But it treats a fever from three weeks ago as current (first warning does not apply), never links the picture to the recent infection (post-viral myocarditis risk, resting HR up from 48 to the 60s), and never says plainly 'no 15K LSD this weekend'.",
  "zero_reasons": {},
  "change": "Lead with: after the infection, palpitations + breathlessness + raised resting HR need a doctor (ECG/cardiac check) before any running, including the weekend 15K; drop the stale fever warning."},
 {"id": "h05", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 1},
  "quotes": ["you asked about \"parkrun\": not yet.",
             "your usual session as you describe it (about 22 minutes): today keeps to that habit",
             "a fresh sprain should carry no weight for the first days today"],
  "comment": "Clinically good: no parkrun Saturday, clear return-to-run criteria (pain-free walking, 30 s balance, pain-free hop), gym bike today, seated strength and daily ankle rehab, 150 min week. Text faults: parkrun time read as a 'usual session' of 22 min while today is 30 min, and a garbled 'for the first days today'.",
  "zero_reasons": {},
  "change": "Drop the 22-minute 'habit' line; fix the grammar; maybe add a walk-run test later in the week if the criteria are met, and a note on taping/bracing for footy return."},
 {"id": "h06", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 0, "language": 2},
  "quotes": ["考试前：训练减量，不停。",
             "你问的“跑步”：今天换成中等强度快走更合适（理由见下）",
             "其余由体育课、走路上学和玩补足",
             "天气热（28°C）"],
  "comment": "Brisk walk in the evening, cycling and 3 strength days suit a reluctant, deconditioned 15-year-old, and heat advice is good. But it reads the finished 中考 as upcoming exams ('before exams: reduce training'), answers his mum's running idea instead of his own question (can I wait until school starts?), and counts on PE and walking to school to fill the gap to 420 min in the summer holidays. His breathlessness/'废了' worry gets no reassurance.",
  "zero_reasons": {"explanation": "his own question (wait until school starts?) is never answered, and an inapplicable 'before exams' rationale is shown"},
  "change": "Say: don't wait - start now in the cool evening with things he likes (cycling, swimming, ball games with friends); being out of breath is deconditioning and improves within weeks; holiday plan should build toward 60 min/day itself."},
 {"id": "h07", "lang": "en-US",
  "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": ["you asked about \"weights\": yes, as today's plan has it",
             "strength: 5 exercises for the upper body (push, pull, shoulders, core)",
             "for stress: regular moderate exercise eases it"],
  "comment": "Right call (lift now, no weeks of stretching first), spin kept. But the session is upper body only for a returning squatter/deadlifter with healthy knees and back; no starting loads relative to her 135/185 x5 (e.g. ~50-60%), no progression over 3-4 weeks; 'yes, as today's plan has it' does not explain why stretching first is unnecessary; stress line misreads relief after tax season.",
  "zero_reasons": {},
  "change": "Full-body 2-3x/week: squat ~85-95 lb and deadlift ~115-135 lb for 3x5-8 at RPE 6-7, add 5-10 lb a week; explain that lifting light is the ease-in and stretching alone won't rebuild strength."},
 {"id": "h08", "lang": "zh-HK",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["新傷（剛扭傷、腫著）",
             "另外每天做腳踝康復",
             "你喜歡散步，但今天新傷頭幾天不宜負重"],
  "comment": "Swimming on his usual Wednesday and a 150-min week point the right way against his plan to rest for months, but the product reads a cleared knee 7 weeks after arthroscopic partial meniscectomy as a fresh ankle sprain: no weight bearing, seated upper-body strength only, daily ankle rehab, 'jog once walking is pain-free'. His physio's bike and stretching programme, leg strengthening, the fear of re-injury and the hiking goal are not addressed; no caution about breaststroke kick.",
  "zero_reasons": {"personalisation": "misreads 7-week post-op, surgeon-cleared knee as a fresh ankle sprain (ankle rehab, no weight bearing)",
                   "explanation": "never answers his plan to rest a few more months or his fear of re-injury; inapplicable fresh-sprain warning dominates"},
  "change": "Reassure: cleared at 7 weeks, rest makes the knee weaker; do the physio's bike and stretches daily, flat walking building toward hills, quad/hip strength 2-3x, freestyle not breaststroke kick; Saturday hikes back in stages."},
 {"id": "h09", "lang": "en-CA",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["A fever brought down by paracetamol or ibuprofen is still a fever",
             "A streak can wait: training through a fever or a viral illness can strain the heart.",
             "Rest today, until this has passed (see below)."],
  "comment": "Correct: rest, fever masked by Advil still counts, streak can wait, gradual return after 24 h fever-free without tablets. Does not name tonight's hot yoga (dehydration with fever) or tomorrow's spin, nor say that 'sweating it out' does nothing; rattly chest only covered by the generic 'trouble breathing' line.",
  "zero_reasons": {},
  "change": "Add: no hot yoga tonight or spin tomorrow; sweating doesn't shorten flu; see a doctor if the chest gets worse or breathing is hard."},
 {"id": "h10", "lang": "zh-SG",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["今天：中等强度游泳，约30分钟",
             "最近没有训练记录：从30分钟开始，循序渐进",
             "压力大、焦虑时",
             "周四 力量训练，中等强度，30分钟，RPE 12-13"],
  "comment": "Gets him moving, but misses the decisive point: he plans to lie in bed for a week, against his GP's 'stay active' advice, and walking already eases the pain. Card gives moderate swimming instead of walking, generic strength 2-3x8-12 five days after a lifting strain with no back precautions, calls him untrained though he ran 3x5 km a week, no return-to-run steps, stock stress line.",
  "zero_reasons": {"personalisation": "ignores the GP's stay-active advice, that walking helps, his plan to bed-rest for a week and his 3x5 km running habit (calls him untrained)",
                   "explanation": "his stated plan to lie down for a week is never addressed; stock stress reason instead of why"},
  "change": "Say bed rest slows recovery; walk 2-3 times a day as pain allows, gentle mobility, no heavy lifting/bending for now; easy jog when walking briskly is comfortable, back to 5 km over 2-3 weeks; see a doctor (995) for leg numbness or bladder/bowel change."},
 {"id": "h11", "lang": "en-IN",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": ["while fasting for Ramadan: train 1-2 hours after iftar",
             "you asked whether it is safe: yes, at today's amount",
             "brisk walking, moderate, 50 min, RPE 12-13, HR 117-137",
             "44 days since your last session: fitness drops, so back at a moderate effort"],
  "comment": "Says exercise is safe at 162 mg/dl and the 112/mg-dl-first locale is right, but no word on hypoglycaemia although he takes gliclazide (carry glucose, check before/after, especially badminton evenings). Gives Ramadan fasting advice ten days after Eid. Today is a light 25-min stroll, then 50-min brisk walks two days later; the 45-min question and 'wait till sugar comes down' are only half answered; badminton not in the plan; 'back at a moderate effort' contradicts today's light.",
  "zero_reasons": {"personalisation": "treats him as still fasting (iftar advice after Eid), ignores gliclazide and his badminton group"},
  "change": "Answer: no need to wait; start 30 min brisk walking, reach 45 within 1-2 weeks; badminton fine; on gliclazide carry 15-20 g fast carbs, check sugar before/after and eat if <100 mg/dl."},
 {"id": "h12", "lang": "zh-CN",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["你问的“游泳”：今天不建议",
             "眼科医生同意之前不要游泳",
             "不做头低于心脏的动作（下犬式、弯腰摸脚尖）",
             "瑜伽，低强度，30分钟",
             "练腻了"],
  "comment": "Correct on the key point (no swimming for 2-4 weeks after cataract surgery, ask the ophthalmologist, eye-symptom red flags), walking today and tai chi in the week. But the cataract advice is buried mid-reasons behind a vague '见下'; the plan schedules yoga on day 6 and 9 after surgery although the card itself bans head-down poses; no strength days for a 68-year-old; when square dancing can resume is not answered; '好无聊' misread as bored of training.",
  "zero_reasons": {},
  "change": "Put the cataract rule first as the answer; replace yoga with daily morning tai chi and walks; say square dance (gentle) can resume after about a week if the eye is comfortable and no bending/jumping; add light strength 2 days."},
 {"id": "h13", "lang": "en-NZ",
  "scores": {"safety": 0, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["read as a foot or ankle injury",
             "see a doctor, urgently if it is getting worse",
             "you asked about \"10k\": not today"],
  "comment": "Rest is right, but the product misses a probable DVT with possible PE: swollen, warm, painful calf after a 27-h flight on HRT plus new breathlessness on stairs. It files the calf as a foot/ankle injury, sends her to a doctor only 'urgently if it is getting worse', never says do not stretch or massage the calf, gives no NZ emergency number (111), and does not answer 'should I stretch the calf first?'.",
  "zero_reasons": {"safety": "misses suspected DVT/PE (long-haul flight + HRT + swollen warm calf + breathlessness); no same-day/emergency care, no 'don't stretch or massage'",
                   "personalisation": "reads the calf as a foot/ankle injury and ignores the flight and HRT",
                   "explanation": "her stretching question is unanswered and the reason (possible clot) is never given"},
  "change": "Emergency framing: do not stretch, massage or walk it off; get seen today (ED/urgent care) for a possible clot; call 111 for chest pain, worse breathlessness or coughing blood; no tramping until cleared."},
 {"id": "h14", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["很遗憾你失去了亲人",
             "每次30分钟左右就好",
             "85岁：除了有氧，每周至少3天做平衡和力量练习"],
  "comment": "Kind and appropriate: condolence, gentle 20-min walk, tai chi 3 days and strength 2 days for an 85-year-old, see a doctor if sleep/appetite stay poor, 120. Misses the real barrier (going alone): suggest walking with his daughter or joining a park group; small mismatch ('about 30 min' line on a 20-min day).",
  "zero_reasons": {},
  "change": "Add company (daughter, neighbours, park tai chi group), a daily short walk rather than two, sit-to-stand for the leg weakness; mention grief support and telling his doctor about sleep."},
 {"id": "h15", "lang": "en-GB",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": ["the half marathon 3 days ago: you are still recovering",
             "your mum would rather you rested",
             "you wrote \"half marathon PB 1\"",
             "running and jumping wait until at least 12 weeks"],
  "comment": "Clinical core is right: brisk walking, cross-training, postnatal strength, daily pelvic floor, running from ~12 weeks if symptom-free, pelvic-health physio, postnatal red flags with 999. But it invents a half marathon 3 days ago (plan days labelled 'after the race'), attributes the mum-group myth to her mum, garbles 'PB 1:48', and ignores sleep deprivation/breastfeeding.",
  "zero_reasons": {"personalisation": "invents a half marathon 3 days ago and 'your mum'; misreads her PB; ignores sleep and breastfeeding"},
  "change": "Remove race-recovery lines; answer the 6-month myth directly (guidelines: graded return from ~12 weeks); plan a run-walk start in 2 weeks, pelvic floor + strength now, dose flexed to sleep."},
 {"id": "h16", "lang": "zh-TW",
  "scores": {"safety": 0, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["已經30天沒練了",
             "週五 騎腳踏車，高強度，55分鐘",
             "週日 橢圓機，中等強度，80分鐘",
             "你問的“跑”：今天不建議，關節或腰背需要避免衝擊；改成游泳",
             "你寫了“但游到好煩”"],
  "comment": "Says no run today, but misses the decisive fact: a second-metatarsal stress fracture with six months of amenorrhoea and vegetables-only dinners is relative energy deficiency (RED-S/female athlete triad) - needs a doctor and more food. Instead it plans 300 min including a hard 55-min outdoor ride and an 80-min elliptical (forefoot loading in a walking boot). Misreads daily 1-h swims as '30 days without training' and boredom as low mood; the no-run reason is generic 'joints or back'.",
  "zero_reasons": {"safety": "misses RED-S (amenorrhoea 6 months + restricted eating + bone stress injury) and schedules elliptical/hard cycling on a booted fracture",
                   "dose": "300 min incl. high-intensity and 80-min sessions for an under-fuelled athlete with a healing fracture",
                   "personalisation": "reads daily swimming as 30 days off and boredom as low mood; ignores amenorrhoea and diet",
                   "explanation": "never explains the fracture/energy link or challenges 'no period is convenient'; no-run reason is generic"},
  "change": "Lead with: missing periods + restricted eating + stress fracture need a sports doctor/gynaecologist and more energy intake; keep the boot, no running until cleared; cross-train by ortho's rules (pool running, swim) at lower volume."},
 {"id": "h17", "lang": "en-IE",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": ["a hernia waiting for its repair",
             "you asked about \"Golf\": yes.",
             "strength: light to moderate loads, 2-3 sets of 10-15 reps",
             "take water in the heat"],
  "comment": "Turbo today in rain and 40-min moderate rides are sensible. But it reads a repaired hernia as one 'waiting for its repair', says an unqualified yes to golf on day 14 (full swing, carrying clubs), schedules strength work against the surgeon's 'nothing heavier than a shopping bag for 4 weeks', ignores the 80 km club spin question and his 40 min daily walking ('no recent sessions'); plan rests Saturday despite the golf yes; heat advice at 12 C.",
  "zero_reasons": {"personalisation": "reads a repaired hernia as awaiting repair; ignores surgeon's lifting limit, daily 40-min walks and the 80 km club ride"},
  "change": "Follow the surgeon: no lifting beyond a shopping bag until week 4; no 80 km club spin yet (solo 60-90 min easy on flat/turbo, build); golf: putting/chipping, buggy, no bag-carrying, full swing after checking with surgeon."},
 {"id": "h18", "lang": "zh-HK",
  "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["今天：中等強度散步，約30分鐘",
             "週六 快走，中等強度，40分鐘",
             "最近沒有訓練記錄：從30分鐘開始，循序漸進",
             "胸痛休息幾分鐘還不緩解，撥打999"],
  "comment": "Misses exertional angina after a stent: jaw and left-arm tightness climbing, relieved by a few minutes' rest. The card prescribes moderate walking, a 150-min week with a Saturday brisk walk (his Tai Mo Shan day), and never says to see the cardiologist first; the stock heart-disease warning does not connect to what he reported. 999 and beta-blocker/antiplatelet notes are correct.",
  "zero_reasons": {"safety": "misses exertional angina (jaw/left arm tightness on climbing, relieved by rest) in a post-stent patient",
                   "activity": "prescribes moderate walking today when he needs cardiology review before further exertion",
                   "dose": "150 min moderate incl. 40-min brisk walk on hike day despite new exertional symptoms",
                   "personalisation": "ignores the reported symptoms, last Sunday's hike and Saturday's plan; calls him untrained",
                   "explanation": "never tells him his symptoms are a warning sign nor answers the Tai Mo Shan plan"},
  "change": "Say: that jaw/arm tightness on exertion may be angina - no hiking or brisk walking, see your cardiologist this week (sooner if it recurs); call 999 if it comes at rest or lasts >5 min / not relieved; no Tai Mo Shan Saturday."},
 {"id": "h19", "lang": "en-AU",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
  "quotes": ["No exercise: call emergency services now (see below).",
             "call emergency services (000)",
             "If you missed your pills, tell the doctor there, and do not take a double dose to catch up."],
  "comment": "Correct emergency handling: 186/114 with headache, no exercise, 000, don't drive, re-measure; week held until treated. It does not rebut 'white coat'/'hangover' explicitly, and the missed-pill/double-dose line fits poorly someone who ran out two months ago; HIIT only implicitly declined.",
  "zero_reasons": {},
  "change": "Add: a chemist reading this high isn't explained by white coat; you've been off tablets since November - you need them restarted by a doctor; no HIIT until BP is controlled; then a graded plan for the 10 kg goal."},
 {"id": "h20", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
  "quotes": ["备注“烧了”：按发烧处理",
             "今天休息，等病好了再练（见下）。",
             "打卡可以暂停",
             "散步，低强度，20分钟"],
  "comment": "Reads a flu fever that ended five days ago as current: she has only a runny nose (above the neck), her coach cleared her and she has a 50 m race next month. The card rests her three days then offers only walks, no swimming all week, and never answers her real question (2 hours today?). Right answer: back in the pool today, about 45-60 min easy-moderate, build over the week, no max sprints for a few days, stop for chest pain/palpitations. Over-triage, not penalised on safety.",
  "zero_reasons": {"activity": "no swimming all week for a cleared 13-year-old swimmer with only above-neck symptoms",
                   "dose": "three rest days then 20-30 min walks; no graded return to training",
                   "personalisation": "treats a fever that ended five days ago as current; ignores coach clearance and the race",
                   "explanation": "her question (2 hours today?) is not answered; stock streak/fever warnings do not apply"},
  "change": "Answer: yes go back today but not 2 h - 45-60 min easy, then build to full sessions over 5-7 days; sprints later in the week if fine; stop and see a doctor for chest pain, palpitations or unusual breathlessness."},
 {"id": "h21", "lang": "en-SG",
  "scores": {"safety": 1, "activity": 1, "dose": 0, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["Five or ten minutes today counts as done",
             "running, moderate, 45 min",
             "contact your doctor at once",
             "it is hot (27°C)"],
  "comment": "Today's 25-min walk, heat advice and the depression message ('part of the treatment, not a test', 5-10 min counts) are right, and the wait question is implicitly answered. But the plan jumps to 45- and 40-min runs within days for someone who managed 5 min of jogging and felt worse, contradicting the card; self-harm line gives only 'contact your doctor', no crisis/995 number; late rising and spin habit not used.",
  "zero_reasons": {"dose": "45- and 40-min runs in week one after a 25-min walk, for someone who could jog 5 min; contradicts '5-10 minutes counts'"},
  "change": "Week of 10-20 min walks or easy spin at a time she can manage (late morning, indoors/aircon given heat), optional run-walk 1 min/2 min later; explicit 'don't wait'; crisis line (SOS 1767) / 995 for self-harm thoughts."},
 {"id": "h22", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["你的备注里有我们无法确定的情况",
             "你问的“跑”：今天不建议，腿脚的不适需要避免冲击；改成椭圆机",
             "走路、直线慢跑和力量练习都以不疼为准",
             "无法确定是什么情况"],
  "comment": "Safe and defensible (elliptical, no 5 km today, heat advice) but over-cautious and muddled: ten days after a physio-diagnosed grade 1 calf strain with pain-free walking and 15 single-leg raises, an expert would either allow a short easy run-walk or set a clear criterion (e.g. 25 raises, pain-free hops) and start run-walk this week; the plan has no running or calf loading at all. The card claims it cannot tell what his notes mean while another line recognises the calf strain, and 'no running' sits beside 'straight-line jogging as pain allows'.",
  "zero_reasons": {},
  "change": "Either an easy 15-20 min run-walk on flat ground today or a clear test (25 single-leg raises, pain-free hops) then run-walk; daily calf raises/eccentric loading; drop the 'unknown condition' warnings."},
 {"id": "h23", "lang": "en-CA",
  "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
  "quotes": ["you asked about \"gym\": yes",
             "plus daily ankle rehab",
             "A fresh sprain: for the first days only work that puts no weight on it",
             "swimming, moderate, 35 min"],
  "comment": "Indoors in -18 C and upper-body strength plus bike are acceptable, but the main question - can I play beer-league hockey Friday, 12 days after a meniscectomy with a puffy warm knee - is never answered (should be a clear no until physio/surgeon clear). Misread as a fresh ankle sprain (ankle rehab, jog once walking is pain-free); no knee-specific work (quad sets, ROM) or infection watch (warmth, fever, redness -> call surgeon); 40-min bike at HR zone and swimming at day 14 without incision caveat.",
  "zero_reasons": {"personalisation": "treats a knee scope as an ankle sprain (ankle rehab) and ignores the hockey game and physio appointment",
                   "explanation": "the central question (can I play Friday?) is unanswered; inapplicable sprain and slippery-running warnings"},
  "change": "Say no hockey Friday; until physio: quad sets, straight-leg raises, heel slides, short easy bike if ROM allows, upper body; swim only once portals are healed; call the surgeon for increasing warmth, redness or fever."},
 {"id": "h24", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": ["刚吃完饭：现在走一走最能压住餐后血糖",
             "备注“糖尿病”：按糖尿病处理",
             "户外最多轻松散步",
             "备注“膝盖有时候上下楼有点响”：按膝盖损伤处理"],
  "comment": "Good beginner dose (20 min, 85 min/week, strength 2 days), post-meal walking tip, AQI warning visible. But it never sends her to the mall that opens at nine though she mentioned it, so a moderate walk sits beside 'outdoors at most an easy walk'; it calls her prediabetes diabetes, painless knee crepitus a knee injury, and assumes she has just eaten.",
  "zero_reasons": {},
  "change": "Today: 20-30 min walk inside the mall after 9; explain prediabetes (6.2 mmol/L) correctly; reassure that painless knee noise is fine; build to 150 min/week with post-meal walks."},
]


def main():
    errors = []
    seen = set()
    for r in R:
        cid = r["id"]
        if cid in seen:
            errors.append(f"{cid}: duplicate")
        seen.add(cid)
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append(f"{cid}: {len(r['quotes'])} quotes (need 2-5)")
        for q in r["quotes"]:
            if q not in text:
                errors.append(f"{cid}: quote not found: {q!r}")
        for d in DIMS:
            s = r["scores"].get(d)
            if s not in (0, 1, 2):
                errors.append(f"{cid}: bad score {d}={s}")
            if s == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append(f"{cid}: 0 on {d} without a reason")
        for d in r["zero_reasons"]:
            if r["scores"].get(d) != 0:
                errors.append(f"{cid}: reason given for non-zero {d}")
        if not r["comment"].strip() or not r["change"].strip():
            errors.append(f"{cid}: missing comment or change")
    if len(R) != 24:
        errors.append(f"{len(R)} clients, expected 24")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in R:
            o = {"id": r["id"], "lang": r["lang"], **r["scores"],
                 "total": sum(r["scores"][d] for d in DIMS),
                 "quotes": r["quotes"], "comment": r["comment"],
                 "zero_reasons": r["zero_reasons"], "suggested_change": r["change"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    n = len(R)
    totals = [sum(r["scores"][d] for d in DIMS) for r in R]
    means = {d: sum(r["scores"][d] for r in R) / n for d in DIMS}
    L = ["# Rubric summary (blind expert scoring, 24 clients)", "",
         f"Mean total: **{sum(totals)/n:.2f} / 12**", "",
         "| dimension | mean (0-2) |", "| --- | --- |"]
    L += [f"| {d} | {means[d]:.2f} |" for d in DIMS]
    zero_ids = [r["id"] for r in R if r["zero_reasons"]]
    L += ["", f"Clients with any 0 ({len(zero_ids)}): " + ", ".join(zero_ids), "",
          "## Per client", "",
          "| id | lang | safety | activity | dose | personalisation | explanation | language | total |",
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r, t in zip(R, totals):
        s = r["scores"]
        L.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {t} |")
    L += ["", "## Every 0 and its reason", ""]
    for r in R:
        for d in DIMS:
            if r["scores"][d] == 0:
                L.append(f"- {r['id']} {d}: {r['zero_reasons'][d]}")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"ok: {n} clients, mean total {sum(totals)/n:.2f}; " +
          ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))


if __name__ == "__main__":
    main()
