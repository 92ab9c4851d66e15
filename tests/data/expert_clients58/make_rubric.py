#!/usr/bin/env python3
"""Expert rubric for the motion-advisor outputs of 24 clients (h01-h24).

All scores, quotes and comments are literal data below, written by hand after
reading each client's profile/notes and the app's card, 7-day plan and JSON in
outputs/hNN.txt.  The script only checks the data (score ranges, totals,
zero reasons, quotes being exact substrings of the client's output file) and
writes rubric.jsonl and rubric_summary.md.

Dimensions (0-2 each, card and week scored together):
  safety, activity, dose, personalisation, explanation, language
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

RUBRIC = [
    {
        "id": "h01", "lang": "en-US",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            'because: your notes ("chest incision still itchy + a bit tender"): read as chest pain',
            'because: you asked about "lifting": not today; rest first (the warnings above say why)',
            'Sun    rest  see a doctor first; ask for a new plan once you are cleared',
        ],
        "comment": (
            "Expert answer: 6 weeks after a triple bypass, doing well in cardiac rehab. An itchy, slightly tender "
            "sternotomy incision is normal healing (check for redness, discharge, fever, a clicking sternum), not angina. "
            "18 holes with full swings is too early for a sternum still under a 10-lb lifting limit (full swing usually "
            "waits for surgeon/rehab clearance at about 8-12 weeks); riding the cart and putting only if the rehab team agrees. "
            "Keep the rehab walks 25-30 min most days at RPE 11-13 (metoprolol blunts heart rate). "
            "Good: 911 criteria are correct and he is kept off the course today (by accident). "
            "Wrong: the incision tenderness is turned into chest pain and an emergency; the surgeon's lifting limit is read "
            "as a request to lift; the golf question, the sternal precautions, the rehab programme and the beta-blocker are "
            "all ignored; the whole week is rest with 'see a doctor first', stopping walks he tolerates well."
        ),
        "zero_reasons": {
            "activity": "Rest on all 7 days for a man tolerating supervised cardiac-rehab walks of 25-30 min most days; the golf question (cart, chip and putt vs 18 holes) is never addressed.",
            "dose": "Zero minutes all week instead of the rehab dose he is already doing (about 30 min on most days, RPE 11-13); no dose for after the doctor either.",
            "personalisation": "Both decisive facts are misread (incision tenderness -> chest pain; the surgeon's 10-lb limit -> 'you asked about lifting'); bypass, rehab, golf goal and metoprolol are not used.",
            "explanation": "The only reasons shown are false ('read as chest pain', 'you asked about lifting'); nothing explains sternal healing or what he may do on the course today.",
        },
        "changes": (
            "Treat incision itch/tenderness as healing and list the wound signs that need the surgeon; answer the golf "
            "question (no full swings/18 holes yet; cart and putting only with rehab-team approval; full swing after "
            "surgeon clearance, ~8-12 weeks); keep rehab walks 25-30 min most days by RPE 11-13 (beta-blocker); no lifting "
            "over 10 lb; suggest asking the rehab team for a golf-return progression."
        ),
    },
    {
        "id": "h02", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 1},
        "quotes": [
            "增殖期糖尿病视网膜病变：大重量、憋气用力、跑跳颠簸和头低的姿势都会升高眼压",
            "依据： 你写了“冲一冲”：快走正适合今天的状态",
            "依据： 你问的“硬拉”：今天不建议，它超出了今天的强度上限；改成快走",
            "中等重量的力量训练有益：用力时呼气，不要憋气",
            "用胰岛素运动：结束后和睡前各测一次血糖",
        ],
        "comment": (
            "Expert answer: proliferative retinopathy lasered last week with blurred vision = no heavy lifting, Valsalva, "
            "jarring or head-down work until the ophthalmologist says so; moderate walking or stationary bike is fine; "
            "insulin: check glucose before, carry fast carbs, watch for late/nocturnal lows. "
            "Good: heavy squats/deadlifts blocked with an accurate retinopathy explanation and eye red flags; no strength "
            "days in the week; insulin post-exercise and bedtime checks; 20-35 min moderate walks by RPE/talk test. "
            "Wrong: the first reason for refusing deadlifts is 'over today's intensity cap', not the eyes; the coach's "
            "'冲一冲' is read as the client's readiness; the hypertension warning still praises moderate-weight strength "
            "training, contradicting 'no strength today'; no pre-exercise glucose check/carry carbs; blurred vision and an "
            "18:30 outdoor walk (light, uneven ground) not considered; the 100 kg bench goal is not put in context."
        ),
        "zero_reasons": {},
        "changes": (
            "Lead with the retinopathy as the reason; suppress the generic strength line while PDR is active; add 'check "
            "glucose before, carry 15-20 g fast carbs'; suggest the stationary bike or a lit, even route given blurred "
            "vision; say any return to lifting (and the bench goal) waits for the ophthalmologist, with light loads and no breath-holding."
        ),
    },
    {
        "id": "h03", "lang": "en-GB",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "warning: A fresh sprain: for the first days only work that puts no weight on it",
            "plus daily ankle rehab (pain-free ankle circles, then single-leg balance)",
            "because: mood (tired): a gentler session today",
            "(hold off the daily rope skips for now)",
            "Sat    strength training, moderate, 45 min, RPE 12-13",
        ],
        "comment": (
            "Expert answer: Osgood-Schlatter with swelling, marked tenderness and limping at night after a 5-day week: ease "
            "off now as the GP said; pain-guided, non-impact work only; Saturday's cup game decided with GP/physio and a "
            "parent, not by strapping and playing through; 2-3 rest days; ice, quad/hamstring stretching. "
            "Good: recognises Osgood-Schlatter, stops running, indoors in the rain, cuts the load sharply (570 -> ~250 min), "
            "gives a pain-monitoring rule and 'tell your coach'. "
            "Wrong: an ankle-sprain warning and 'daily ankle rehab' for a knee; invented rope skips and 'tired' mood; the cup "
            "game and the coach's 'play through' are never addressed (Saturday is a strength day); calls the condition 'not "
            "harmful' while he limps; six training days including 45-min swims after a heavy week, against its own '1-2 rest "
            "days'; no word on parents or the GP's advice."
        ),
        "zero_reasons": {},
        "changes": (
            "Remove the ankle content; state that limping and swelling mean backing off now; address Saturday: play only "
            "if pain stays mild and the GP/physio and a parent agree, never by strapping through worsening pain; pain-free "
            "swimming or upper-body work 20-30 min, 2-3 rest days; ice and stretching; involve a parent."
        ),
    },
    {
        "id": "h04", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 1, "explanation": 2, "language": 1},
        "quotes": [
            "游泳要先問腎科醫生（內瘻和穿刺點要完全癒合，公共泳池有感染風險），透析當天不游泳、不做劇烈運動",
            "今天不運動；坐下或躺下，起身要慢",
            "週四 休息  先就醫；醫生同意後再重新制定計劃",
            "不戴緊的手表或袖子",
        ],
        "comment": (
            "Expert answer: Tuesday is a non-dialysis day and she feels well today; yesterday's post-dialysis dizziness "
            "should be reported to the dialysis team (she sees them tomorrow). Not a one-hour swim straight after dialysis "
            "tomorrow: post-dialysis hypotension and fresh puncture sites; swimming only with nephrologist approval, on a "
            "non-dialysis day, starting at 10-15 min. Non-dialysis days: short walks 10-15 min building slowly, leg "
            "strength, nothing on the fistula arm. "
            "Good: excellent fistula care, swim question answered in substance, fluid limit respected, tell the dialysis "
            "team, 119. "
            "Wrong: yesterday's symptom turns today (a well, non-dialysis day) and the whole week into rest with 'see a "
            "doctor first'; the Mon/Wed/Fri schedule is not used to plan non-dialysis days; the plan's first reason is a BP "
            "label; wording not Taiwanese (手表 for 手錶, 造瘻, 透析室 rather than 洗腎室, 計劃)."
        ),
        "zero_reasons": {
            "dose": "No dose on any of the 7 days and none to start from once the dialysis team agrees, although Tue/Thu/Sat/Sun are non-dialysis days that suit a short starting walk.",
        },
        "changes": (
            "Today: a gentle 10-min walk or seated leg exercises if she feels well, rising slowly; report yesterday's "
            "dizziness at tomorrow's session; say plainly 'not tomorrow after dialysis and not an hour'; plan Tue/Thu/Sat "
            "walks of 10-15 min (+2-5 min a week) and leg strength without the left arm; swimming later with nephrologist "
            "approval; use Taiwanese terms (洗腎、廔管、手錶)."
        ),
    },
    {
        "id": "h05", "lang": "en-AU",
        "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            'because: you wrote "3 today and so over it": yoga is a gentle step',
            "Tue    running, moderate, 50 min, RPE 12-13",
            "the week's 150 moderate minutes come from walking or swimming (ACOG 2020)",
            "Sat    strength training, moderate, 30 min, RPE 12-13  strength: 2-3 sets of 8-12 reps",
        ],
        "comment": (
            "Expert answer: at 40+3 weeks, hard runs or stair sprints do not reliably start labour and add fall, pelvic and "
            "heat risk (27 C); comfortable walking 30-45 min in the cool of the day, prenatal yoga, birthing ball; call the "
            "birth suite for regular painful contractions, waters breaking, bleeding or fewer baby movements; the week is "
            "walks and gentle yoga until labour or Thursday's OB visit. "
            "Good: light prenatal yoga today, a complete ACOG warning list with 000. "
            "Wrong: the card never answers her question about hard runs/stair sprints; '40+3' is misparsed as '3 today'; "
            "the plan puts a 50-min run (she stopped running at 20 weeks) and 8-12-rep strength into the week she is due, "
            "contradicting the card's own 'walking or swimming'; nothing about tightenings, fetal movements, heat or the "
            "induction talk on Thursday."
        ),
        "zero_reasons": {
            "safety": "The plan schedules a 50-min run at 40+ weeks for a woman who stopped running at 20 weeks, and the card never tells her not to do hard runs or stair sprints to bring on labour (falls, pelvic strain, heat at 27 C).",
            "explanation": "Her actual question (hard run / stair sprints to start labour) gets no answer and no 'why'; the only quote of her notes is misparsed ('40+3' -> '3 today').",
        },
        "changes": (
            "Answer the question: no sprints or hard runs, they don't reliably start labour; walking and prenatal yoga, cool "
            "time of day, water; add labour/fetal-movement call-in signs; drop running and heavy strength from the plan; "
            "note the OB visit Thursday and that the plan will switch to postnatal after the birth."
        ),
    },
    {
        "id": "h06", "lang": "zh-HK",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等強度太極，約20分鐘，RPE 12-13（能說話不能唱歌）。",
            "週六 散步，中等強度，30分鐘，RPE 12-13",
            "摔過一次的話，請醫生或康復師做一次防跌倒評估",
            "最近28天你練了2次，平均每次10分鐘：按你的習慣安排",
        ],
        "comment": (
            "Expert answer: 82, hip fracture surgery 3 months ago, walking with a quad cane, physio wants more outdoor "
            "walking, very afraid of falling, daughter says stay in. Do the physio's home exercises daily; short outdoor "
            "walks with the quad cane (5-10 min, once or twice a day) with her daughter or a helper at first, on quiet flat "
            "routes; supported/seated tai chi; explain that staying in raises the fall risk; talk-test intensity. "
            "Good: balance and strength 3 days a week, chair beside her for tai chi, fall-fear rationale, 999, "
            "Traditional script. "
            "Wrong: the hip fracture, the surgery, the quad cane and the physio's programme are never mentioned; the "
            "daughter's 'stay home' is not addressed; 20 min of standing tai chi at RPE 12-13 and a 30-min walk on Saturday "
            "jump from her 10-min indoor walks; no 'go with someone'; '摔過一次的話' although she did fall."
        ),
        "zero_reasons": {},
        "changes": (
            "Name the hip fracture and the physio's advice; make the physio's exercises the strength/balance days; "
            "5-10-min outdoor walks with the quad cane and company, +2-3 min a week; seated or rail-supported tai chi 10 "
            "min; reassure the daughter (inactivity raises fall risk) and invite her along; use HK terms (物理治療師)."
        ),
    },
    {
        "id": "h07", "lang": "en-US",
        "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 1, "explanation": 2, "language": 1},
        "quotes": [
            "so no hot yoga, heated studios, saunas or hard sessions in the heat while you take it; train somewhere cool",
            "Wed    rest  see a doctor first; ask for a new plan once you are cleared",
            "because: your friend says to push on: not today",
        ],
        "comment": (
            "Expert answer: amitriptyline cuts sweating and causes orthostatic dizziness: no 105 F room for 90 min (heat "
            "illness, fainting); stand up slowly; tell the prescriber this week (not an emergency unless fainting, chest "
            "pain or palpitations). Exercise still helps her depression: room-temperature yoga, easy runs in the cool "
            "morning, water. "
            "Good: the medication explanation is specific and correct; hot yoga refused; 911 criteria. "
            "Wrong: standing-up dizziness with a known drug cause triggers 'see a doctor today' and seven rest days, "
            "contradicting the card's own 'train somewhere cool'; her yoga habit and mood are dropped from the week; "
            "'your friend says to push on' misstates what the friend said."
        ),
        "zero_reasons": {
            "dose": "Seven rest days and no dose to resume with, although only the heat and fast standing need avoiding; the card itself says 'train somewhere cool'.",
        },
        "changes": (
            "Today: skip the heated class; an unheated yoga class or 20-30 min easy walk in air-conditioning is fine; "
            "week: unheated yoga 3x, easy runs early morning at RPE 11-13, fluids; call the prescriber about dizziness "
            "and low sweating; emergency only for fainting, chest pain or palpitations."
        ),
    },
    {
        "id": "h08", "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "比赛就在这几天：只有在不发烧、至少24-48小时没有再吐再拉、吃喝都恢复正常时才上场",
            "依据： 备注“喘”：按气短处理",
            "现在小口多喝，最好是口服补液盐",
            "打卡可以暂停",
        ],
        "comment": (
            "Expert answer: a chest infection just treated, still a productive cough and breathless after three flights: no "
            "20 km, no marathon this Sunday; doctor review of the chest; walks only until stairs are easy again, then short "
            "easy runs; defer the race. "
            "Good: rest, see a doctor, neck-check rule, whole week rest pending clearance. "
            "Wrong: the race warning is written for vomiting/diarrhoea and lets him start if he has no fever and eats "
            "normally, which he already meets, contradicting the rest plan; the run club's 20 km idea and the Sunday "
            "marathon are not named; ORS and '打卡' are irrelevant; reasons are mechanical ('按气短处理')."
        ),
        "zero_reasons": {},
        "changes": (
            "Say plainly: no 20 km and no marathon on Sunday; breathlessness on stairs after pneumonia means the lungs "
            "are not recovered; see the doctor this week; return with walks, then 20-30 min easy runs once breathing and "
            "cough have settled; the race rule must use respiratory criteria, not GI ones."
        ),
    },
    {
        "id": "h09", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            'because: your notes ("possible AFib"): read as heart disease',
            "no exercise today; see a doctor today",
            "Fri    rest  see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": (
            "Expert answer: a first episode of possible AF at rest, still feeling 'off': no tempo run; ECG today (urgent "
            "care/ED if still irregular), bring the watch tracing; caffeine and poor sleep are triggers but a first AF "
            "needs assessment (stroke risk, thyroid, echo); no hard training until cleared. "
            "Good: rest, see a doctor today, 911 criteria, no training until cleared. "
            "Wrong: the tempo run, the running buddy's 'reset' idea, the 4 coffees/late night and the still-'off' feeling "
            "are not addressed; reasons are labels ('read as heart disease') rather than explanations; snow and -8 C "
            "ignored (irrelevant once resting)."
        ),
        "zero_reasons": {},
        "changes": (
            "Name the tempo run and say no; explain why a first AF episode needs an ECG today (and ED if the rhythm is "
            "still irregular or he feels faint/breathless); advise saving the watch ECG; cut caffeine; easy walking only "
            "once the rhythm is normal, hard sessions after the doctor clears him."
        ),
    },
    {
        "id": "h10", "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 1, "dose": 0, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "周二 快走，中等强度，60分钟",
            "依据： 最近没有训练记录：从20分钟开始，循序渐进",
            "依据： 你喜欢骑自行车，但今天天气太热，不宜户外运动",
            "不要靠大汗“排酒精”",
            "痛风发作：这几天这只脚不走路锻炼、不跑不跳",
        ],
        "comment": (
            "Expert answer: acute gout flare (hot, red, swollen big toe, limping) after beer and seafood: rest the foot, "
            "ice and elevate, flare medication / GP today (fever -> same day, septic joint); no East Coast ride, no "
            "'walking to sweat out uric acid' (sweat does not clear urate; dehydration worsens gout); seated upper-body "
            "work; pain-free swim/stationary bike later; walking back after the flare settles, 20-30 min, early morning. "
            "Good: the gout paragraph is excellent; light seated/stretching work today. "
            "Wrong: the reason given against cycling is the heat, not the foot; the wife's 'sweat out uric acid' is "
            "answered as 'sweating out alcohol'; from day 4 the plan has 60-min brisk walks and a 60-min outdoor ride in "
            "30 C heat, although he has no training log and the card says start at 20 min; JSON files the toe under "
            "ankle_injury."
        ),
        "zero_reasons": {
            "dose": "From no logged training to three 60-min walks/rides starting on day 4 of an acute gout flare in 30 C heat, contradicting its own '从20分钟开始，循序渐进'.",
        },
        "changes": (
            "Keep the foot off-load until the flare settles; make later days conditional ('only when walking is "
            "pain-free'); 20-30 min sessions early morning or indoors; refute 'sweat out uric acid'; answer the "
            "afternoon ride directly (not today, because of the foot)."
        ),
    },
    {
        "id": "h11", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "孩子还在长身体，不要节食或少吃正餐",
            "依据： 你写的平时的训练（约30分钟）：今天按这个习惯来",
            "周日 力量训练，中等强度，40分钟",
            "依据： 这条是替家人写的：卡片上的“你”指的是她",
        ],
        "comment": (
            "Expert answer: a 14-year-old with obesity, bullied, avoiding PE with stomach aches, occasional knee pain; "
            "mother plans 2 meals a day, nightly 5 km runs and a high-intensity camp. Do not restrict meals or force runs; "
            "build on what she enjoys (swimming, dancing), family activity, 60 min/day accumulated; knee pain checked by a "
            "doctor (in a heavy teen this can be referred hip pain, SCFE); talk to the school about bullying; weight-neutral "
            "language. "
            "Good: the warning to the mother is exactly right (no dieting, no forced runs, no camp, talk to the teacher, "
            "doctor for the knee); swimming today; recognises that a parent wrote the note. "
            "Wrong: an invented 'usual 30 min training'; 40-min strength sessions for a beginner child, and no dance in "
            "the week; in July there is no PE or walk to school to 'make up the rest'; 'you wrote' refers to the mother "
            "while 'you' on the card is the girl; the stomach aches are treated as an unknown symptom."
        ),
        "zero_reasons": {},
        "changes": (
            "Add dance and active play days; keep strength to 20-30 min of playful body-weight work; drop the PE/school "
            "filler during the summer holiday; name the knee (and hip) check; frame the stomach aches as stress about PE "
            "and bullying to raise with the school/paediatrician."
        ),
    },
    {
        "id": "h12", "lang": "en-NZ",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            'because: your goal ("get into mountain biking", health): brisk walking fits it',
            "nothing with contact or likely falls",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "Sat    rest  rest day: recovery is part of training",
            "past this week's aim of 90 (WHO: at least 150): no need to add more this week",
        ],
        "comment": (
            "Expert answer: AF on rivaroxaban and bisoprolol, cleared to exercise. The decisive risk is Saturday: a "
            "first-ever off-road ride on black (expert) trails while anticoagulated = high crash and head-bleed risk. Say "
            "no to black trails; start on green/beginner trails, ideally with a skills lesson, helmet and gloves; any head "
            "knock -> ED. Keep his daily 40-min walks by RPE; add stationary/road cycling. "
            "Good: RPE because of the beta-blocker; a general anticoagulant fall warning with 'knock to the head: get care'; "
            "111. "
            "Wrong: never applies that warning to the black-trail plan; Saturday is simply 'rest'; no cycling at all in the "
            "week of someone whose goal is mountain biking; the goal is answered with 'brisk walking fits it'; the week cuts "
            "his walks to 3 days; 'aim of 90' conflicts with 'building up to 150'."
        ),
        "zero_reasons": {},
        "changes": (
            "Address Saturday explicitly (green trails, skills session, full protection, stop at the first fall, ED for "
            "any head knock on Xarelto); add 2 cycling days; keep walking most days; make the weekly aim consistent."
        ),
    },
    {
        "id": "h13", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "在醫生放行、並按分級恢復步驟一天一步走完之前，不做對抗訓練、不上場比賽",
            "本週：中高強度活動約0分鐘",
            "散步：天熱，身體適應要10-14天：放在早上10點前或傍晚6點後，強度中等",
            "現在15點正是一天最熱的時候：別現在出去",
        ],
        "comment": (
            "Expert answer: concussion 10 days ago, still symptomatic with reading and screens: no team practice today, "
            "no match next week unless symptom-free and cleared, then a graded return; meanwhile daily light aerobic work "
            "(walk, stationary bike) that keeps symptoms mild, progressing as tolerated; see a doctor this week; red flags. "
            "Good: exactly this on the card: symptom-limited light walking, no contact, no match until cleared, doctor this "
            "week, 119 red flags, heat timing. "
            "Wrong: only three 30-min walks with four rest days and no progression step (stationary bike, rising "
            "intensity); plan text says 'moderate' while the day is 'light'; doesn't explicitly say 'not practice today'; "
            "'單車' and '反復' rather than Taiwanese usage."
        ),
        "zero_reasons": {},
        "changes": (
            "Daily 20-30 min light walk or stationary bike, stepping up intensity when symptoms stay mild for 24 h; say "
            "'no practice today' directly; mention return-to-learn with screen breaks; Taiwanese wording (腳踏車, 反覆)."
        ),
    },
    {
        "id": "h14", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "依据： 你问的“太极”：可以，按今天的安排：中等强度太极20分钟",
            "中风后：最多中等强度，以自我感觉为准（RPE 11-13）",
            "一只手扶着结实的椅背或灶台",
            "摔过一次的话，请医生或康复师做一次防跌倒评估",
        ],
        "comment": (
            "Expert answer: two years after a stroke with left-sided weakness, walking with a cane, BP controlled: yes to "
            "the park tai chi class (good evidence for balance); tell the instructor, stand near a rail or bench, sit for "
            "parts, go with his wife at first; seated strength, short cane walks; FAST signs. "
            "Good: says yes to tai chi, post-stroke dose and activities (AHA/ASA), stroke warning signs, chair support, "
            "sensible 20-30 min sessions and seated strength. "
            "Wrong: the community class itself (instructor, where to stand) and the wife's worry are not addressed; "
            "templated fall text ('摔过一次的话', '灶台' in a park); left-side weakness not named."
        ),
        "zero_reasons": {},
        "changes": (
            "Speak to the class: tell the teacher about the stroke, stand at the back by a rail, sit out when tired, "
            "bring his wife the first times; adapt weight-shifting for the weak left leg; keep the rest."
        ),
    },
    {
        "id": "h15", "lang": "en-IE",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "No exercise: go to an emergency department now, today (see below).",
            "a surgical emergency: go to an emergency department now, today, not at the next appointment",
            "because: your husband says to push on: not today; the warning signs below come first",
        ],
        "comment": (
            "Expert answer: back pain with bilateral leg numbness, saddle numbness and urinary change = suspected cauda "
            "equina: emergency department now, not the lunchtime walk, not Friday's physio. "
            "Good: exactly that, clearly, with the reason and 'not at the next appointment'; husband's advice countered. "
            "Wrong (minor): her own words (numb when wiping, dribbling) are not echoed; 'the warning signs below' sit above "
            "the line; the JSON lists the saddle numbness as notes_unsure while the card acts on it; no emergency number "
            "if she cannot get there."
        ),
        "zero_reasons": {},
        "changes": (
            "Echo her symptoms, say 'skip the 5k, don't wait for Friday', add 'call 112/999 if you cannot get there "
            "promptly'; fix 'below' and the notes_unsure inconsistency."
        ),
    },
    {
        "id": "h16", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "不要運動：現在就打腫瘤科或化療中心的24小時電話，或直接去醫院",
            "可能是白細胞低時的感染（中性粒細胞減少性發熱），屬於急症",
            "依據： 備註“發冷”：按頸部以下的急性疾病處理",
        ],
        "comment": (
            "Expert answer: 38.2 C with chills 1 week after a chemotherapy dose = possible neutropenic fever, an "
            "emergency: call the oncology hotline or go to A&E now; no park walk. "
            "Good: exactly that, with the reason, the fever value, and the husband's 'sweat it out' refused. "
            "Wrong (minor): mainland medical terms in a Hong Kong card (白細胞, 中性粒細胞 rather than 白血球/嗜中性白血球, "
            "no 急症室); 'the warnings below' are above; a mechanical '按頸部以下的急性疾病處理' reason; no 999 for "
            "rigors/confusion/breathlessness."
        ),
        "zero_reasons": {},
        "changes": (
            "Use HK terms (急症室, 白血球); add 'call 999 if very unwell, confused or breathless'; say 'skip today's "
            "park walk' in her words; drop the neck-check label."
        ),
    },
    {
        "id": "h17", "lang": "en-GB",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "a heart that speeds up with the effort is normal, not the clot coming back",
            "Sat    running, moderate, 25 min, RPE 12-13  Saturdays are your running days: as usual",
            "helps the leg's ache and swelling settle",
            "because: no recent sessions logged: start with 20 minutes and build up",
        ],
        "comment": (
            "Expert answer: PE in February, cleared by the respiratory consultant, afraid of his own heart rate, sofa-bound "
            "since. Reassure (a rising heart rate is normal), start 20-30 min walks, strength twice, build to parkrun via "
            "walking it or run/walk intervals; mind the operated knee; anticoagulant fall caution; 999 signs; consider "
            "talking to the GP about the panic. "
            "Good: the reassurance about heart rate and the clot is exactly what he needs; 999 signs; walking by RPE; "
            "blood-thinner caution. "
            "Wrong: Saturday is a 25-min continuous run 'as usual' after four months on the sofa and a knee operation, "
            "contradicting 'start with 20 minutes and build up'; DVT template text (leg swelling, stockings) for a PE; "
            "knee and the anxiety support not mentioned."
        ),
        "zero_reasons": {},
        "changes": (
            "Saturday: walk parkrun or do run/walk (1 min jog, 2 min walk), stop if the knee hurts; follow a couch-to-5k "
            "build; remove leg/stocking text; suggest the GP for panic support and bringing his wife along."
        ),
    },
    {
        "id": "h18", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天：低强度散步，约11分钟，RPE 9-11（很轻松）。",
            "依据： 你写了“一直很累”：散步轻松不累，动一动反而更有精神",
            "依据： 备注“不适”：无法确定是什么情况，今天强度放低",
            "周二 休息  节奏：隔一天休息一天，给身体恢复",
        ],
        "comment": (
            "Expert answer: long COVID with post-exertional malaise, now stable on 15 min a day for two months. Do not "
            "double to 30 min; keep 15 min daily (or 2 x 8 min), add 2-3 min only after a stable week, judge by next-day "
            "symptoms; the 5 km hike next month is probably too far: plan a shorter part or decide with the doctor; reject "
            "'the more you rest the more tired you get'. "
            "Good: PEM recognised, pacing and NICE NG206 cited, 'don't push', doctor/rehab clinic. "
            "Wrong: cuts her below her tolerated baseline (11 min every other day, ~44 min vs 105 min a week); 'moving "
            "gives you more energy' echoes the colleague's advice that PEM contradicts; 'PEM (运动后不适)' read as an "
            "unknown '不适' with a pain warning; the hike goal gets no realistic answer."
        ),
        "zero_reasons": {},
        "changes": (
            "Keep her 15 min daily, small increments after stable weeks, split bouts, cool evening; remove the "
            "'more energy' line; say the hike needs a shortened plan; interpret PEM correctly."
        ),
    },
    {
        "id": "h19", "lang": "en-SG",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "or something light and short just before it",
            "eat your meal before you exercise today and carry sugar",
            "warning: Low blood glucose (below 70 mg/dl, or you feel hypo)",
            "because: on insulin: check your glucose before you start",
            "Fri    brisk walking, moderate, 30 min, RPE 12-13  brisk walking: heat takes 10-14 days to get used to: before 10 am or after 6 pm",
        ],
        "comment": (
            "Expert answer: fasting on twice-daily Mixtard with a raised sahur dose, a hypo at 5 pm last week and no test "
            "strips: no walk before buka puasa; buy strips today; walk 20-30 min 1-2 h after iftar; break the fast for "
            "glucose < 3.9 mmol/l or hypo symptoms; doctor this week to lower the sahur dose; fasted walking doesn't "
            "meaningfully burn more belly fat; heat 31 C. "
            "Good: recognises last week's hypo, says 'tell your doctor, the dose may need lowering', carry sugar, Ramadan "
            "timing (after iftar), no outdoor exercise in today's heat, 45 min refused, 995. "
            "Wrong: also allows 'something light and short just before' iftar and 'after 6 pm' walks (still fasting); "
            "'eat your meal before you exercise today' is impossible while fasting; 'check your glucose' ignores that he "
            "has no strips; the son's fasted-fat-burning idea is not addressed; units mg/dl first in warnings (en-SG "
            "should be mmol/l first) and mixed elsewhere."
        ),
        "zero_reasons": {},
        "changes": (
            "Say: no exercise before iftar while on Mixtard without a meter; get strips today; walk after iftar/tarawih; "
            "break the fast if low; see the doctor about the sahur dose; put mmol/l first; align plan times to the fast."
        ),
    },
    {
        "id": "h20", "lang": "en-AU",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            'because: your notes ("chest a bit tight"): read as chest pain',
            "No training or racing today",
            "take your preventer as prescribed and keep the reliever on you",
            "Chest tightness with asthma is often the asthma: take your reliever (the blue puffer) now",
        ],
        "comment": (
            "Expert answer: uncontrolled asthma (tight chest, reliever twice before 9 am, preventer stopped) on an extreme "
            "pollen / thunderstorm-asthma day: no outdoor bootcamp, stay indoors with windows shut before and during the "
            "storm, restart the preventer, see the GP today or tomorrow, follow the action plan, 000 if the reliever fails. "
            "Good: all of that is on the card except the GP timing, with correct GINA advice and 000. "
            "Wrong: the tight chest is filed as chest pain, so a cardiac warning sits beside the asthma one; 'No training "
            "or racing' (no race); the bootcamp and the PT's 'don't be soft' are not named; hay-fever treatment not "
            "mentioned; the week is blanket rest without a 'once controlled' step."
        ),
        "zero_reasons": {},
        "changes": (
            "Classify the tightness as asthma; name the 5 pm bootcamp as off; GP within 24-48 h for preventer/action "
            "plan review; antihistamine/nasal spray for the hay fever; once symptoms settle, indoor sessions in the week."
        ),
    },
    {
        "id": "h21", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "今天：中等强度快走，约30分钟，心率119-142次/分。",
            "腹直肌分离：先不做卷腹、平板支撑这类会让肚子中线鼓起来的动作",
            "产后（剖腹产也一样）",
            "疾走，约6.4公里/小时：5.0 MET（Compendium 17220）",
        ],
        "comment": (
            "Expert answer: 6 weeks after a vaginal birth with a 2.5-finger diastasis and stress incontinence: no crunches, "
            "planks or ab-ripper yet; daily pelvic-floor training, deep-core work, pelvic-floor physio; walking building "
            "from 20-30 min by talk test; no running/jumping before ~12 weeks and symptom-free. "
            "Good: excellent diastasis and pelvic-floor content, a postpartum strength list, impact deferred to 12 weeks, "
            "walking/swimming/bike. "
            "Wrong: the headline intensity is an age-predicted heart-rate band (no resting HR, postpartum) instead of the "
            "talk test; 'very brisk' 6.4 km/h from zero; 150 min in week one; C-section wording for a vaginal birth; "
            "outdoor cycling at 6 weeks without a saddle-comfort note."
        ),
        "zero_reasons": {},
        "changes": (
            "Lead with talk test/RPE; start 20-30 min at a comfortable brisk pace, +10-20 % a week; stationary bike before "
            "road cycling; refer to a pelvic-floor physio; remove C-section lines."
        ),
    },
    {
        "id": "h22", "lang": "en-IN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "because: your blood pressure reading 110/70 mmHg: normal (AHA 2017)",
            "low blood sugar, the heat or a missed meal is not the explanation until then",
            "no exercise until a doctor has checked your heart",
        ],
        "comment": (
            "Expert answer: twice greying out right after stopping hard pedalling (RPE 16) in a hot, unventilated room at "
            "6:30 am on tea only: most likely post-exercise blood pooling, but recurrent near-syncope at 51 deserves a GP "
            "check (ECG) before the next spin class. Meanwhile: eat before, drink, cooler room, moderate effort, 5-10 min "
            "easy pedalling to cool down and never stop abruptly, lie down with legs up if grey; ignore 'push harder'. "
            "Good: safe: no spin until the heart is checked, 112, clear call to book it. "
            "Wrong: the only reason shown is her normal BP; the card dismisses heat and a missed meal rather than telling "
            "her how to prevent a repeat; nothing on cool-down, breakfast, the hot room, hot flushes/poor sleep, or the "
            "instructor."
        ),
        "zero_reasons": {
            "personalisation": "The only reason given is her normal BP; none of her own story is used (greying out on stopping, hot room without AC, tea-only breakfast before 6:30, RPE 16, hot flushes and poor sleep, the instructor's 'push harder').",
        },
        "changes": (
            "Keep 'GP/ECG before the next class'; add the practical prevention for her return (breakfast, fluids, cooler "
            "room, RPE 12-14, gradual 5-10 min cool-down); say everyday walking is fine meanwhile; address sleep and hot "
            "flushes and the instructor's advice."
        ),
    },
    {
        "id": "h23", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            'because: your notes ("murmur"): read as heart disease',
            'because: your notes ("light-headed"): read as dizziness',
            "Sun    rest  see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": (
            "Expert answer: moderate aortic stenosis, stress test requested but not booked, and now light-headedness at "
            "the top of hill repeats: an exertional symptom of AS. Call the cardiologist now, no hill repeats or hard "
            "running, no record attempt on Sunday until the stress test and review; easy walking only; 911 for fainting or "
            "chest pain. "
            "Good: rest, see a doctor today, no training until cleared (Sunday included), 911 criteria. "
            "Wrong: aortic stenosis, the pending stress test and the Sunday 5k are never named; the reasons are labels; "
            "his 'prob just the heat' is not corrected."
        ),
        "zero_reasons": {},
        "changes": (
            "Name aortic stenosis and why exertional light-headedness matters; 'no race Sunday'; book the stress test "
            "and call the cardiologist now; easy walks only until reviewed."
        ),
    },
    {
        "id": "h24", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "尿色像可乐一样深、肌肉特别酸痛，可能是横纹肌溶解，会伤肾",
            "今天不运动，小口多次喝水，今天就去看医生验血验尿",
            "周四 休息  先就医；医生同意后再重新制定计划",
        ],
        "comment": (
            "Expert answer: 10 hours in a 35 C warehouse with little water, cola-coloured urine, weak legs and cramps: "
            "possible exertional rhabdomyolysis/heat illness. No leg day, rehydrate, doctor today for CK and urine, "
            "emergency if confused, drowsy or not passing urine. "
            "Good: exactly that, with the reason and 120. "
            "Wrong (minor): the friend's leg-day plan and the 'sweat it out' idea are not answered by name; no reasons "
            "list; nothing on tomorrow's shift or on a gradual return to lifting."
        ),
        "zero_reasons": {},
        "changes": (
            "Say 'not leg day tonight (heavy leg work worsens muscle breakdown)'; oral rehydration; protect hydration at "
            "work; after clearance, return with light sessions before heavy legs."
        ),
    },
]


def check_and_build():
    errors = []
    ids = [r["id"] for r in RUBRIC]
    if len(RUBRIC) != 24 or sorted(ids) != ["h%02d" % i for i in range(1, 25)]:
        errors.append("expected h01..h24 exactly once")
    profiles = {}
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            profiles[d["id"]] = d
    for r in RUBRIC:
        cid = r["id"]
        if profiles[cid]["lang"] != r["lang"]:
            errors.append(f"{cid}: lang {r['lang']} != profile {profiles[cid]['lang']}")
        sc = r["scores"]
        if list(sc) != DIMS or any(v not in (0, 1, 2) for v in sc.values()):
            errors.append(f"{cid}: bad scores {sc}")
        zeros = {k for k, v in sc.items() if v == 0}
        if zeros != set(r["zero_reasons"]):
            errors.append(f"{cid}: zero_reasons keys {set(r['zero_reasons'])} != zeros {zeros}")
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append(f"{cid}: {len(r['quotes'])} quotes")
        with open(os.path.join(HERE, "outputs", cid + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        for q in r["quotes"]:
            if q not in text:
                errors.append(f"{cid}: quote not found: {q!r}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for r in RUBRIC:
        rows.append({
            "id": r["id"], "lang": r["lang"], "scores": r["scores"],
            "total": sum(r["scores"].values()), "quotes": r["quotes"],
            "comment": r["comment"], "zero_reasons": r["zero_reasons"], "changes": r["changes"],
        })
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


PATTERNS_WRONG = [
    "Blanket 7-day rest: whenever a symptom rule fires, today AND the whole week become 'rest, see a doctor first' "
    "(h01, h04, h07, h08, h09, h15, h16, h20, h22, h23, h24). Right for true emergencies (h15, h16, h24) and defensible "
    "pending review (h08, h09, h20, h22, h23), but harmful to the plan where the trigger was a misreading or a mild, "
    "explained symptom (h01 incision tenderness, h04 yesterday's post-dialysis dizziness, h07 drug-related orthostasis).",
    "Keyword misreading of the notes: 'chest incision tender' -> chest pain (h01), 'chest a bit tight' in asthma -> chest "
    "pain (h20), the surgeon's lifting limit -> 'you asked about lifting' (h01), '40+3' -> '3 today' (h05), '冲一冲' as "
    "readiness (h02), 'PEM（运动后不适）' -> unknown '不适' (h18), invented rope skips / 'tired' mood / 'usual 30 min' "
    "(h03, h11), gout toe -> ankle_injury and 'sweat out alcohol' (h10).",
    "Template warnings pasted onto the wrong condition: ankle-sprain rehab for Osgood-Schlatter (h03), GI race rule for a "
    "chest infection (h08), DVT leg/stocking text for a PE (h17), C-section text after a vaginal birth (h21), generic "
    "'moderate strength training helps' beside a no-lifting retinopathy rule (h02).",
    "The client's actual question or the decisive upcoming event is often left unanswered: golf today (h01), hard runs to "
    "start labour (h05), black MTB trails on Saturday (h12), the cup game (h03), the marathon (h08), the tempo run (h09), "
    "the 5k record attempt and aortic stenosis by name (h23), fasting walk without strips (h19).",
    "The week does not respect the card: plans jump far beyond 'start at 20 min, build gradually' (h10: 60-min sessions on "
    "day 4 of a gout flare; h05: 50-min run at term; h06, h17: big first-week jumps), or drop below a tolerated baseline "
    "(h18).",
    "Locale details slip: mainland/simplified-influenced terms in Traditional cards (h04 手表/造瘻, h16 白細胞/中性粒細胞, "
    "h06 康復師, h13 單車/反復), mg/dl first for en-SG (h19), 'warnings below' placed above (h15, h16).",
]
PATTERNS_GOOD = [
    "True emergencies are caught and routed correctly with the right number and urgency: cauda equina (h15), neutropenic "
    "fever (h16), possible rhabdomyolysis (h24), possible AF (h09), exertional presyncope with aortic stenosis (h23), "
    "uncontrolled asthma on a thunderstorm-asthma day (h20).",
    "Several condition-specific paragraphs are expert-grade: proliferative retinopathy (h02), AV fistula care (h04), "
    "amitriptyline and heat (h07), gout flare (h10), a parent planning diets and forced runs for a child (h11), "
    "concussion return (h13), post-stroke activity (h14), PE reassurance about heart rate (h17), PEM pacing (h18), "
    "Ramadan/insulin hypo (h19), diastasis recti and pelvic floor (h21).",
    "Intensity is given by RPE and the talk test throughout, with the beta-blocker rule applied correctly (h12); heart-rate "
    "zones are mostly withheld where they would mislead; the exceptions are h21 (an age-predicted band as the headline measure postpartum) and h10's plan (zones without a resting HR, not on the card).",
    "Emergency numbers follow the locale (911, 999, 000, 111, 112, 995, 119, 120) and the pregnancy/ACOG, stroke "
    "(FAST) and post-partum warning lists are complete.",
]


def write_summary(rows):
    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    dim_means = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    any_zero = [r for r in rows if r["zero_reasons"]]
    lines = ["# Rubric summary: motion-advisor outputs, 24 clients", ""]
    lines.append(f"- Clients: {n}")
    lines.append(f"- Mean total: **{mean_total:.2f} / 12**")
    lines.append("- Mean per dimension (0-2): " + ", ".join(f"{d} {dim_means[d]:.2f}" for d in DIMS))
    lines.append(f"- Clients with any 0: **{len(any_zero)}** ({', '.join(r['id'] for r in any_zero)})")
    lines.append(f"- Total zeros: {sum(len(r['zero_reasons']) for r in rows)}")
    lines.append("")
    lines.append("## Scores")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    lines.append("|---|---|" + "---|" * len(DIMS) + "---|")
    for r in rows:
        lines.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r["scores"][d]) for d in DIMS) + f" | {r['total']} |")
    lines.append("")
    lines.append("## Zeros and their reasons")
    lines.append("")
    for r in rows:
        for d, why in r["zero_reasons"].items():
            lines.append(f"- **{r['id']} {d}**: {why}")
    lines.append("")
    lines.append("## Main patterns: what is wrong")
    lines.append("")
    for p in PATTERNS_WRONG:
        lines.append(f"- {p}")
    lines.append("")
    lines.append("## Main patterns: what is good")
    lines.append("")
    for p in PATTERNS_GOOD:
        lines.append(f"- {p}")
    lines.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return mean_total, dim_means


if __name__ == "__main__":
    rows = check_and_build()
    mean_total, dim_means = write_summary(rows)
    print(f"ok: {len(rows)} clients, all quotes verified; mean total {mean_total:.2f}")
    print("dimension means: " + ", ".join(f"{d} {v:.2f}" for d, v in dim_means.items()))
