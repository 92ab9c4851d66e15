#!/usr/bin/env python3
"""Blind clinical scoring of the exercise-advice app's outputs (h01..h24).

Every score is literal data below. The script checks that every quote is an
exact substring of that client's output file and that every 0 has a reason,
then writes rubric.jsonl and rubric_summary.md. Exit status is non-zero if a
check fails (nothing is written in that case).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

RUBRIC = [
    {
        "id": "h01", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate swimming for about 25 minutes, RPE 12-13 (talk test: full sentences).",
            "you asked whether knees like yours should stop exercising: no, they need it.",
            "Mon    walking, moderate, 35 min, RPE 12-13",
            "because: for stress: regular moderate exercise eases it (WHO 2020)",
        ],
        "comment": "Right direction: exercise is the core treatment for knee OA (answers 'should I rest them?'), low-impact swim today, thigh/hip strengthening twice, 24-h pain rule. But the plan's 35-min continuous walk ignores her note that walking >15 min makes the knees ache, and 25 min of freestyle laps is a lot for a BMI-43 woman inactive since her 30s (water walking, aqua aerobics or bike in 10-15 min bouts fit better). Lead reason is a single 132/84 reading labelled stage 1 hypertension; 'stressed' mood misreads her fear; the answer to her question is the 8th 'because'.",
        "zero_reasons": {},
        "suggested_change": "Lead with the answer to 'is it better to rest them?'; split walks into 10-15 min bouts under her ache threshold and build by bouts; offer water walking/aqua aerobics/stationary bike; drop the BP and stress stock lines as lead reasons.",
    },
    {
        "id": "h02", "lang": "en-GB",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
        "quotes": [
            "Today: your game is the session; before it, only light walking for about 20 minutes",
            "you like running, but it is harder than the limit allows today",
            "Low blood glucose (below 70 mg/dl, or you feel hypo)",
            "Mon    running, vigorous, 60 min, RPE 14-17",
            "playing on insulin: check your glucose before the start, at half-time and after the game",
        ],
        "comment": "Useful pieces: 15-30 g carbs now and recheck, check before/at half-time/after/at bedtime, sugar on the bench, tell the coach. But no plain 'yes, you can play if...'; a 5.0 mmol/l start threshold with NovoRapid from 08:00 still active is low for 90 min of football (aim higher, carbs during play); mum's worry and the diabetes nurse/team are not addressed; a pre-match 20-min walk adds nothing and can lower glucose. The week ignores his football and gives 3 x 60-min strength and 2 x 60-min vigorous runs with no glucose guidance.",
        "zero_reasons": {
            "language": "Contradiction on the central question: the card says the game is today's session, yet also that running is 'harder than the limit allows today' (JSON max_intensity 'light'); and the hypo warning gives mg/dl thresholds only, on an en-GB card for a teen who measures in mmol/l.",
        },
        "suggested_change": "Answer 'Yes, you can play' with a plan: pre-match target and in-game carb rule in mmol/l, recheck before kick-off, ring the diabetes team about insulin adjustment for sport; drop the pre-game walk and the 'limit' line; build the week around team training with glucose checks.",
    },
    {
        "id": "h03", "lang": "en-AU",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: vigorous stationary bike for about 45 minutes, heart rate 145-178 bpm.",
            "keep taking your preventer and carry your reliever",
            "if a thunderstorm comes, stay inside before and during it (thunderstorm asthma; GINA 2023)",
            "Sat    running, moderate, 20 min, RPE 12-13, HR 120-143",
        ],
        "comment": "Gets the big call right: no tempo run by the Yarra, indoors, thunderstorm asthma named. But prescribes a vigorous 45-min session to someone whose asthma is poorly controlled (reliever several times this week, no preventer since Saturday) on an extreme-pollen storm day; tells her to 'keep taking' a preventer she has left at her partner's; no advice to fetch it today, follow her asthma action plan or call 000. The week cuts runs to 20 min with no parkrun or tempo: under-dosed for a sub-25 goal.",
        "zero_reasons": {},
        "suggested_change": "Today easy-moderate indoors or rest; get the preventer back before the storm; 000 if the reliever isn't working; GP review of control; bring back tempo and Saturday parkrun once storm and pollen pass.",
    },
    {
        "id": "h04", "lang": "en-NZ",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
        "quotes": [
            "you asked about \"biking\": yes, as today's plan has it: vigorous cycling for 40 minutes",
            "wear the compression stocking if you were given one",
            "Prefer the stationary bike to the road; if you ride out, a helmet and quiet roads; nothing with contact or likely falls.",
            "Bleeding that will not stop, or any knock to the head: get care at once",
        ],
        "comment": "Warfarin/fall/head-knock content is right but sits as a 'because' line with no warning block. Acute-DVT stock text (leg swelling, compression stocking) does not fit a PE two years ago. Jumps a 71-year-old who walks at RPE 11 to 40 min of vigorous cycling; his daily dog walks are dropped from the week. The e-MTB trail question is not addressed (skills, easy trails, protective gear, ask the anticoagulation clinic, any head knock -> 111/ED even if he feels fine).",
        "zero_reasons": {
            "language": "Contradiction on the central question: 'biking: yes... vigorous cycling' versus 'Prefer the stationary bike to the road... nothing with contact or likely falls'; he cannot tell whether e-MTB trail riding is endorsed.",
        },
        "suggested_change": "Give one answer to the e-MTB question (e.g. yes, with helmet/pads, skills session, easy graded trails, talk to the anticoagulation clinic first, any head knock -> ED) in a visible warning; moderate road/path rides to start; keep the dog walks; drop the acute-DVT text.",
    },
    {
        "id": "h05", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "call emergency services now (911) and do not drive yourself",
            "your notes (\"sharp af and going up into my neck\"): read as chest pain",
        ],
        "comment": "Correct emergency action: 911 now, don't drive, no exercise, the week on hold until cleared. But it is framed as a heart attack; tearing pain between the shoulder blades during a heavy lift in a man whose BP meds ran out is classic aortic dissection, which is not named; the lapsed meds are not mentioned; his 'tweaked rhomboid, mobility routine' idea is not explicitly rejected; stock 'drink some water' line.",
        "zero_reasons": {},
        "suggested_change": "Say it may be a tear in the main artery, not a muscle; no stretching or mobility; tell the paramedics about the heavy lift and the lapsed BP medication.",
    },
    {
        "id": "h06", "lang": "en-CA",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "your notes (\"fever\"): read as fever",
            "A racing, pounding or irregular heartbeat, at rest or far beyond what the effort explains",
            "Tue    rest  your notes (\"fever\"): read as fever",
        ],
        "comment": "Right call: no run, see a doctor, 911 triggers, the week on hold until cleared. But it reads the New Year fever and past COVID as current (lead reason 'fever'; the fever and below-the-neck warnings don't apply); post-COVID heart involvement (myocarditis/arrhythmia) and the tests she needs (ECG etc.) are not named; her 'probably just deconditioned?' is only implicitly answered.",
        "zero_reasons": {},
        "suggested_change": "Lead with: palpitations that persist after stopping plus disproportionate breathlessness after COVID need a heart check (ECG, bloods +/- Holter/echo) before running; no, don't assume deconditioning; remove the current-fever warnings.",
    },
    {
        "id": "h07", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "No exercise today: see a doctor today (see below).",
            "(do not run it off or massage it)",
            "can be fluid building up from the heart or kidneys",
        ],
        "comment": "DVT recognised after the long flight: same-day doctor, no 5k and no massage (answers the foam-roll question), 911 for PE signs, the week on hold. Estrogen is not named as a risk factor; merged stock text about heart/kidney fluid doesn't apply; the single 'because' line is thin and her 'strained it hauling bags' theory is not addressed.",
        "zero_reasons": {},
        "suggested_change": "Name flight + estrogen + one warm swollen calf as the reason; say 'don't foam roll' explicitly; drop the heart/kidney fluid clause.",
    },
    {
        "id": "h08", "lang": "en-IE",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "Today: light walking for about 20 minutes, RPE 9-11 (easy).",
            "a few short strides at race pace on the run days keep you sharp",
            "no contact training and no games until a doctor has cleared you",
            "walking, riding and play with friends as you like",
            "your goal (\"county minor final\", health): walking fits it",
        ],
        "comment": "Core line correct: no contact or games until cleared, graded return one step a day, see a doctor, 112 red flags. But the final is misread as a race, adding taper text ('strides at race pace keep you sharp') that contradicts 'no running'; Thursday says 'riding as you like' against 'no riding outside'; it never says plainly that Sunday's final is very unlikely to be safe for an under-18 six days after a concussion, nor addresses the manager; four rest days although the card says an easy walk or bike helps recovery; 'start with 20 minutes' treats an advanced athlete as a beginner.",
        "zero_reasons": {},
        "suggested_change": "Say plainly: no final on Sunday unless a doctor clears a full graded return (under-18s need longer); today light aerobic work (bike or easy walk, symptom-limited); daily light sessions; remove the taper/strides and 'riding as you like' lines; a line he can show the manager.",
    },
    {
        "id": "h09", "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "lymphoedema: slowly progressive strength training is safe and does not make it worse",
            "Start very light, wear your sleeve, add a little every 1-2 weeks",
            "warning: Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
            "for stress: regular moderate exercise eases it (WHO 2020)",
        ],
        "comment": "Strong: answers her fear directly with the PAL-trial evidence, sleeve, slow progression, back-off rule and supervised start; sensible swim/strength/walk week with gentle progression. Explanation loses a point: the only visible warning is a stock rain line about running and cycling, the lymphoedema reassurance is the 7th reason, two overlapping cancer-dose lines and a stock stress line; no 'red, hot arm -> GP same day (cellulitis)' line.",
        "zero_reasons": {},
        "suggested_change": "Put the lymphoedema answer first; replace the rain warning with an arm-infection/swelling warning; merge the two cancer-dose lines; mention telling the lymphoedema nurse before starting the class.",
    },
    {
        "id": "h10", "lang": "en-IN",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "on tablets without insulin and feeling well: ketones are mostly a concern in type 1 diabetes and on insulin, so you can exercise",
            "Today: moderate brisk walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
            "your blood pressure reading 128/82 mmHg: stage 1 hypertension range (AHA 2017)",
        ],
        "comment": "The evidence-based call (type 2, feels well, post-meal walk fine at 265) is right, but the card silently overrides his doctor's explicit 'no exercise above 250' without acknowledging it or advising him to clarify; glimepiride (a sulfonylurea) raises hypo risk with exercise and is not mentioned (carry sugar); lead reason is a stock BP label for a man without hypertension; his usual easy walk is upgraded to brisk.",
        "zero_reasons": {},
        "suggested_change": "Acknowledge the doctor's rule: an easy 20-min walk is generally safe for type 2 when you feel well; ask your doctor whether the 250 rule applies after meals; carry sugar because of glimepiride; keep it easy, not brisk.",
    },
    {
        "id": "h11", "lang": "en-SG",
        "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "Today: light yoga for about 20 minutes, RPE 9-11 (easy).",
            "your notes (\"back quite cramping\"): read as low back pain",
            "Thu    strength training, moderate, 50 min, RPE 12-13  lower day, sparing the back",
            "Train indoors with air conditioning at a moderate effort at most",
        ],
        "comment": "The heat-exhaustion warning (cool down, electrolytes, 995 for confusion/vomiting) is useful, and 'gym tonight' is turned down. But the decisive facts are missed: no water since 2 pm and scanty tea-coloured urine with cramping, aching muscles after 10 h on a roof means serious dehydration and possible exertional rhabdomyolysis. Back cramping is misread as low back pain, driving a joint warning and 'sparing the back' days. The week puts a 50-min leg day tomorrow and three lifting days. 'Sweat it out' is not refuted. The warnings contradict each other on today's intensity (light vs moderate).",
        "zero_reasons": {
            "safety": "Dark 'teh-o' scanty urine plus cramping/aching muscles after 10 h of roofing without water is a red flag (severe dehydration, possible rhabdomyolysis) and gets no 'see a doctor today if urine stays dark' advice; a 50-min leg day is scheduled for tomorrow.",
            "personalisation": "Misreads back cramping as low back pain (joint warning, 'sparing the back' lower days) and ignores the urine, no water since 2 pm, the heat rash and his 10-hour shift.",
        },
        "suggested_change": "Today rest: cool down and rehydrate with water and electrolytes; if urine stays dark or scanty, or muscles are very sore or swollen, see a doctor/A&E today (995 if confused or collapsing); no gym or leg day until urine is clear and the aches are gone, then build back.",
    },
    {
        "id": "h12", "lang": "en-US",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "you asked about \"run\": yes, as today's plan has it: moderate running for 45 minutes",
            "your heart-rate cap of 140 bpm: stay under it the whole time",
            "Pregnancy: moderate intensity by the talk test",
        ],
        "comment": "Correct 'yes', with ACOG-based reasoning that trained runners can keep running, and a good warning-sign list with 911. But it adopts the outdated 140-bpm cap she was questioning as her own rule, contradicting its own talk-test guidance. Round-ligament twinges, heat and hydration are not addressed; her OB's clearance is not acknowledged; yoga, her other preference, is missing from the week.",
        "zero_reasons": {},
        "suggested_change": "Say the 140-bpm cap is outdated: use the talk test/RPE 12-14; 4 mi easy is fine, slow down for round-ligament twinges, go early and hydrate; keep prenatal yoga (no long lying on the back).",
    },
    {
        "id": "h13", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "今天不要运动：胸口不适要先看医生，新出现的今天就去（见下）。",
            "这是心绞痛的典型表现",
            "备注“下巴这里酸酸的”：按胸痛处理",
            "你的血压读数146/88 mmHg：2级高血压范围（AHA 2017）",
        ],
        "comment": "Correct: exertional jaw ache and fatigue relieved by rest read as angina; no walk today; cardiology today; 120 for pain at rest or >5 min; the week on hold until cleared. Personalisation gaps: the headline speaks of chest discomfort she doesn't report; her dental explanation and the dentist booking are not explicitly corrected; the lead reason is the stock BP line; new exertional fatigue and diabetes (atypical angina) are not used.",
        "zero_reasons": {},
        "suggested_change": "Open with: jaw ache and fatigue on exertion that go away with rest are not a tooth problem; they may come from the heart, so see a cardiologist today, before the dentist.",
    },
    {
        "id": "h14", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天建议休息，并请医生看看（见下）。",
            "这是能量严重不足（RED-S）的信号",
            "这周请去看医生（儿科或全科医生）",
            "也请告诉爸妈或你信任的大人、教练（IOC 2018）",
        ],
        "comment": "Right: no extra strength session, RED-S named, regular meals and snacks, see a doctor, tell the coach. Gaps: for a 19-year-old university athlete, 'paediatrics' and 'tell your parents' read as a minor's template; her goal of losing 2 more kg / 15% body fat is not explicitly declined; the coach's reading of HR 42 as 'a good heart', despite blackouts on standing at BMI ~15.8, is not addressed; no dietitian or bone-health line.",
        "zero_reasons": {},
        "suggested_change": "Say plainly: don't try to lose more weight; amenorrhoea and blackouts on standing are not 'convenient' or a sign of fitness; see a sports doctor and dietitian (and team medical staff) this week; cut the extra morning runs.",
    },
    {
        "id": "h15", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "血压达到或超过180/110 mmHg：今天不要运动。",
            "如果在吃降压药，按医嘱吃平常的剂量，不要为了补上而加倍",
            "你的血压读数186/112 mmHg：高血压危象范围（AHA 2017）",
        ],
        "comment": "Correct: no gym, contact a doctor today, 120 for symptoms, the week on hold until BP is treated. But a stock medication clause appears though he takes none; it asks him to re-measure after 5 min though he already did (182/110); it doesn't explain why a heavy bench max (breath-holding) is specifically dangerous now, or what training looks like once BP is controlled.",
        "zero_reasons": {},
        "suggested_change": "Use both readings; see a doctor today to start treatment; explain that a heavy max bench with breath-holding sharply raises BP; once BP is under 160/100 and treated, return with moderate loads and no breath-holding.",
    },
    {
        "id": "h16", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "腿酸：练后1-3天酸痛最明显是正常的（延迟性肌肉酸痛）",
            "你的目标“练出翘臀”（健康）：快走正合适",
            "你朋友希望你多歇着：这是关心，但对你来说，动得太少才是风险",
            "周五 力量训练，中等强度，20分钟，RPE 12-13",
        ],
        "comment": "Right answer: DOMS is normal, no need for a week off, light activity today, legs again once the soreness fades. But it says brisk walking 'fits' a glute-building goal; yoga (her preference, ideal active recovery) is unused; the friend line is a stock 'fear of exercise' template about chest pain; strength is only 2 x 20 min at 1-2 sets, with no split (upper/lower) and no advice to cut volume next leg day after an RPE-17 hour; '散步' is labelled moderate.",
        "zero_reasons": {},
        "suggested_change": "Today easy walk or yoga; upper body or core on day 3; legs again on day 4-5 with about half the volume; 2-3 strength days a week for the glute goal; keep the dark-urine/swelling warning signs as a safety note.",
    },
    {
        "id": "h17", "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "这条是替女儿写的：卡片上的“你”指的是她",
            "你问的HIIT、跳绳这类高强度：今天不做。睡得少、刚开始运动时",
            "先用几周把中等强度（快走、骑车）加到每周150分钟以上",
            "你写了“一跑就哭”：今天不做高强度、时间短一点",
            "孩子的运动就是玩",
        ],
        "comment": "Good elements: a swim today (her preference, indoors in 30 °C heat), supervision, the OMNI children's scale, play-based strength, 'children's exercise is play', heat timing. But the mother's plan (a 5 km run every day + 500 skips + swim lessons) is never clearly called too much, and forcing a crying child to run is not addressed; the heart-rate question goes unanswered; an adult HIIT/sleep template (150 min/week, intervals) is inserted; the weight-loss goal is endorsed for a 10-year-old; teasing and emotional wellbeing and the paediatrician are not mentioned.",
        "zero_reasons": {
            "explanation": "Neither of the mother's two questions is answered directly (is a daily 5 km + 500 skips + swim lessons OK? what heart rate?), and an adult HIIT/sleep stock text ('睡得少', 150 min a week, Wewege) replaces the answer.",
        },
        "suggested_change": "Say plainly: no daily 5 km and no forcing her to run; 60 min a day of play she enjoys (swimming, cycling, games), family activity; no heart-rate target needed for a child, use 'breathing harder but can talk'; focus on health, not weight loss; talk to the school about the teasing and to a paediatrician about weight.",
    },
    {
        "id": "h18", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 1},
        "quotes": [
            "退烧药压下去的烧还是发烧",
            "你问的“跑”：今天不行，先休息（原因见上面的提醒）",
            "颈部以下的急性不适（流感、全身酸痛、呕吐、腹泻、胸部充血）",
            "周三 散步，低强度，20分钟，RPE 9-11",
        ],
        "comment": "The Panadol-masked 38.4 °C fever is caught and explained; no 15 km; rest until 24 h fever-free without antipyretics; graded return with 'stop and see a doctor if fever or palpitations return'. Language: literal translations ('颈部检查法则' for the neck check, '胸部充血' for chest congestion) are unnatural and misleading in Chinese. Minor: a sketch of the return to easy running is missing.",
        "zero_reasons": {},
        "suggested_change": "Replace '胸部充血' with '咳嗽有痰、胸闷' and '颈部检查法则' with a plain explanation; add the return to easy running after several symptom-free days, early or in the shade given the heat.",
    },
    {
        "id": "h19", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "走路就是治疗。走到小腿中等程度的疼（5分中的3-4分）就停下歇到不疼",
            "请跟医生说，做个简单的踝肱指数检查",
            "你写了“可是一痛我就怕”：散步能放松身心",
            "周五 散步，中等强度，15分钟，RPE 12-13",
        ],
        "comment": "Contains the right answer (walking is the treatment: walk to moderate claudication pain, rest, repeat, 30-45 min, ≥3x/week, critical limb ischaemia red flags), but it is the 10th reason under four warnings. Today's card is a 20-min 'light, could sing' walk rather than the interval protocol; the week has only two short walking days (20 and 15 min) with tai chi in their place; a stock warning tells him to ask for an ankle-brachial index test he has already had; his fear is misread as stress; there is no diabetic foot-care line.",
        "zero_reasons": {},
        "suggested_change": "Lead with 'No, rest is not better: walking through moderate calf pain is the treatment your doctor means'; prescribe intervals (walk to 3-4/5 pain, rest, repeat) on at least 3 days, 30 min in all, in the cool morning or a mall; add foot checks; drop the ABI and stress lines.",
    },
    {
        "id": "h20", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 2, "language": 1},
        "quotes": [
            "所以心率達不到網上說的數字不代表練得不夠，也不要為了追心率走得更快",
            "今天：低強度散步，約35分鐘，RPE 9-11（很輕鬆）。",
            "β受體阻滯劑（如倍他樂克）",
            "週一 快走，中等強度，50分鐘，RPE 12-13",
        ],
        "comment": "Answers his question well and up front: on a beta-blocker, age-based HR zones no longer apply; don't chase 130; use RPE/talk test (HR zone null). But cycling, his main sport and the subject of his question, vanishes from the whole week (walks only); no suggestion of an exercise test on the drug if he wants HR zones; the example drug is not his Concor. Language: mainland term 'β受體阻滯劑' on a Taiwan card, and today's RPE 9-11 against 'RPE 11-13 is right'.",
        "zero_reasons": {},
        "suggested_change": "Keep cycling in the week at RPE 12-13 (talk test); say the new zone can only be set by an exercise test on bisoprolol; use Taiwanese terms (乙型阻斷劑/β阻斷劑) and name Concor; mention that early fatigue on the drug is common and to tell the doctor if it persists.",
    },
    {
        "id": "h21", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要運動：現在就聯繫產科醫生或助產士（見下）。",
            "可能是血壓升高（子癇前期）的信號",
            "你媽媽讓你接著練、硬撐：今天不行",
            "也不要靠出去走走把寶寶“叫醒”",
        ],
        "comment": "Pre-eclampsia is recognised; no walk or yoga; contact obstetrics now. But persistent headache unrelieved by paracetamol, facial/hand oedema and visual sparkles at 36 weeks call for going to the hospital/labour ward now, not 'measure BP today'. Her mother's 'swelling is normal' is misread as 'keep training'; the swelling and ring are not named in the warning; stock fetal-movement text.",
        "zero_reasons": {},
        "suggested_change": "Say: go to the labour ward/emergency now (119 if severe headache, vision loss or a seizure); this swelling with headache and visual spots is not normal late-pregnancy oedema; no walking or yoga today.",
    },
    {
        "id": "h22", "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "備註“髖骨骨折,開刀”：無法確定是什麼情況，今天強度放低",
            "你寫的平時的訓練（約30分鐘）：今天按這個習慣來",
            "今天：中等強度太極，約30分鐘，RPE 12-13（能說話不能唱歌）。",
            "本週：有氧約150分鐘（中等強度當量，WHO建議至少150） ✓",
            "如果按骨頭就疼（可能是應力性骨折的開始）",
        ],
        "comment": "Good intentions: answers the daughter ('moving too little is the risk'), support from a chair, falls assessment. But the hip-fracture fixation is 'not placed'; an invented 'usual 30 minutes' sets the dose; 30 min of moderate tai chi and 30-min walks, 150 min 'ticked', for a 76-year-old on a walker after two weeks in bed; walking (what rehab prescribed daily) appears only twice; stock stress-fracture and rain/running warnings; mainland words (康復師, 灶台) on a Taiwan card; 'low today' against a moderate 30-min session.",
        "zero_reasons": {
            "dose": "A 76-year-old on a walker, bed-bound for two weeks after hip-fracture fixation, gets 30-min moderate sessions and a 150-min week ticked as met, instead of short, frequent walker walks and leg exercises several times a day.",
            "personalisation": "The decisive fact (hip fracture with fixation, full weight bearing allowed, rehab's daily walking and leg exercises, walker, bathroom fall) is not placed ('無法確定是什麼情況'), and an invented 'usual 30 minutes' sets the dose.",
        },
        "suggested_change": "Follow the rehab plan: walk indoors with the walker 5-10 min, 3-4 times a day; daily leg exercises (sit-to-stand, heel raises, hip abduction holding a counter); increase each week; bathroom safety (non-slip mat, grab bars); tell the daughter bed rest raises the risks of falls and clots; ask the rehab team to restart therapy.",
    },
    {
        "id": "h23", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等強度太極，約20分鐘，RPE 12-13（能說話不能唱歌）。",
            "摔過一次的話，請醫生或康復師做一次防跌倒評估（視力、用藥、居家環境）",
            "幾分鐘不緩解就撥打999",
            "你的血壓讀數138/78 mmHg：1級高血壓範圍（AHA 2017）",
        ],
        "comment": "Sound: tai chi (her old habit) with chair support, balance/strength 3+ days, short walks, falls assessment, 999; gentle progression 20 -> 30 min. But the daughter's 'sit still, it's safer' (her real question) is not answered, the rug she tripped on is not named, going out for yum cha again is not used as a goal, and the lead reason is a stock BP line.",
        "zero_reasons": {},
        "suggested_change": "Answer the daughter: sitting still makes falls more likely; tai chi cuts falls; remove or fix the rug at the toilet door; walk to yum cha with company as a weekly goal; rejoin the park tai chi group in shorter sessions.",
    },
    {
        "id": "h24", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "你老婆希望你多歇著：這是關心，但對你來說，動得太少才是風險",
            "今天：中等強度快走，約20分鐘，RPE 12-13（能說話不能唱歌）。",
            "如果多次測量都這麼高，請找醫生評估和治療",
            "週二 快走，中等強度，35分鐘，RPE 12-13",
        ],
        "comment": "Good: answers the wife's worry, a safe start (20-min brisk walk, building to 35, strength with no breath-holding), stop signs, heat timing. Personalisation: tells him to see a doctor for evaluation though his doctor already set a 3-month exercise trial; swimming (his preference) and breaking up his all-day sitting are unused; the 180/110 stop threshold and home BP checks are not given.",
        "zero_reasons": {},
        "suggested_change": "Acknowledge the doctor's 3-month plan; add home BP checks and the 'don't start above 180/110' rule; include swimming; suggest a few minutes of standing or walking every hour at work.",
    },
]


def main():
    errors = []
    ids = [r["id"] for r in RUBRIC]
    expected = ["h%02d" % i for i in range(1, 25)]
    if ids != expected:
        errors.append("ids are %s, expected h01..h24 in order" % ids)
    for r in RUBRIC:
        path = os.path.join(HERE, "outputs", r["id"] + ".txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append("%s: cannot read %s (%s)" % (r["id"], path, e))
            continue
        if set(r["scores"]) != set(DIMS):
            errors.append("%s: dimensions %s" % (r["id"], sorted(r["scores"])))
        for d, v in r["scores"].items():
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r not in 0-2" % (r["id"], d, v))
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append("%s: %s is 0 without a reason" % (r["id"], d))
        for d in r["zero_reasons"]:
            if r["scores"].get(d) != 0:
                errors.append("%s: reason given for %s which is not 0" % (r["id"], d))
        if not 2 <= len(r["quotes"]) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (r["id"], len(r["quotes"])))
        for q in r["quotes"]:
            if q not in text:
                errors.append("%s: quote not found verbatim: %r" % (r["id"], q))
        if not r["comment"].strip() or not r["suggested_change"].strip():
            errors.append("%s: empty comment or suggested change" % r["id"])
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in RUBRIC:
            obj = {
                "id": r["id"], "lang": r["lang"],
                **{d: r["scores"][d] for d in DIMS},
                "total": sum(r["scores"].values()),
                "quotes": r["quotes"], "comment": r["comment"],
                "zero_reasons": r["zero_reasons"],
                "suggested_change": r["suggested_change"],
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n = len(RUBRIC)
    totals = [sum(r["scores"].values()) for r in RUBRIC]
    lines = ["# Rubric summary (blind clinical scoring, 24 clients)", ""]
    lines.append("Mean total: **%.2f / 12** (range %d-%d)" % (sum(totals) / n, min(totals), max(totals)))
    lines.append("")
    lines.append("| dimension | mean |")
    lines.append("| --- | --- |")
    for d in DIMS:
        lines.append("| %s | %.2f |" % (d, sum(r["scores"][d] for r in RUBRIC) / n))
    lines.append("")
    zero_ids = [r["id"] for r in RUBRIC if 0 in r["scores"].values()]
    lines.append("Clients with any 0: " + (", ".join(zero_ids) if zero_ids else "none"))
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    lines.append("| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |")
    for r, t in zip(RUBRIC, totals):
        lines.append("| %s | %s | %s | %d |" % (r["id"], r["lang"], " | ".join(str(r["scores"][d]) for d in DIMS), t))
    lines.append("")
    lines.append("## Every 0 and its reason")
    lines.append("")
    for r in RUBRIC:
        for d in DIMS:
            if r["scores"][d] == 0:
                lines.append("- **%s %s**: %s" % (r["id"], d, r["zero_reasons"][d]))
    lines.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("ok: %d clients, mean total %.2f" % (n, sum(totals) / n))


if __name__ == "__main__":
    main()
