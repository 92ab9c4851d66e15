#!/usr/bin/env python3
"""Blind expert rubric for the exercise-advice app's outputs (h01-h24).
All scores are literal data below. Checks: every quote is an exact substring of
that client's output file; every 0 has a reason; 2-5 quotes per client.
Writes rubric.jsonl and rubric_summary.md next to this script."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 dict(id="h01", lang="en-US",
  clinician="COPD on 2 L O2, post pulmonary rehab, daily walker; 22 F with 14 mph wind (wind chill about 9 F / -13 C) and cold air makes her wheeze, which she 'pushes through'. Today: walk indoors (mall, corridor, home circuit) or, if out, short, mouth covered, reliever per plan; do not push through wheeze. Week: keep rehab dose (~30 min most days), strength 2x, balance 3x (71), dyspnoea/talk-test intensity, 911.",
  scores=dict(safety=1, activity=1, dose=1, personalisation=1, explanation=1, language=1),
  quotes=["Today: moderate brisk walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
          "effort: RPE 12-13 (short sentences)",
          "at 71 and new to exercise: moderate at most to start",
          "below -27 C wind chill, frostbite can set in within minutes (ACSM 2006)",
          "on home oxygen: use it while you exercise"],
  comment="Good COPD and oxygen content (pursed lips, bouts, SpO2 88%, 911 escalation, balance/strength week). But today is an outdoor brisk walk in a wind chill near -13 C for a woman whose wheeze is triggered by cold air; the card never tells her not to push through the wheeze, never offers an indoor walk today (only on Saturday, for ice) or a scarf over the mouth. It calls a post-rehab daily walker 'new to exercise' and uses a beginner ramp instead of the rehab dose. The headline says 'full sentences' while the effort line says 'short sentences'; an imperial card gives the cold threshold in Celsius.",
  zero_reasons={},
  change="For cold-triggered wheeze: move today's walk indoors (mall/corridor) or cover nose and mouth, reliever as prescribed, and say plainly 'do not push through wheeze: stop and use your reliever'. Keep the rehab dose (~30 min most days). Make the talk test consistent (short sentences) and give the wind-chill threshold in F."),
 dict(id="h02", lang="en-GB",
  clinician="Heart failure with 2 kg gain in 3 days, ankle oedema, new orthopnoea (extra pillow) and exertional breathlessness: decompensation. No rehab bike today; phone HF nurse/GP/rehab team this morning, tell the rehab class; 999 for breathlessness at rest or chest pain. Week: no exercise until reviewed.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["No exercise today: see a doctor today (see below).",
          "Breathless on exertion, ankles swelling and needing extra pillows to breathe at night: together these can mean the heart is struggling (fluid from heart failure).",
          "One calf swollen and painful (after a long flight or drive, a birth, an operation or a cast, or bigger than the other) can be a blood clot",
          "you asked about \"bike\": not today; rest first (the warnings above say why)"],
  comment="Correct triage: no exercise, see a doctor today, 999 for emergencies, week held until cleared. Gaps: the 2 kg weight gain in three days (the single most specific HF warning sign, on a diuretic) is never mentioned; it does not tell him to ring the rehab/HF nurse team before the 11 o'clock class; a stock calf-clot paragraph that does not apply sits in front of the HF warning.",
  zero_reasons={},
  change="Lead with 'your weight is up 2 kg in 3 days with puffy ankles and an extra pillow: classic fluid build-up; skip the bike, call your heart failure nurse/GP this morning and tell the rehab team'. Drop the calf-clot text when no calf symptom is given."),
 dict(id="h03", lang="en-AU",
  clinician="Sudden worst-ever occipital headache during a max-effort lift, persisting with neck stiffness: thunderclap headache, rule out subarachnoid haemorrhage / arterial dissection. Emergency department now (000), no driving, no lifting of any weight; 'lighter' is not an option. Week: nothing until cleared.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["No exercise: call emergency services now (see below).",
          "or a sudden headache like never before can be a stroke, and if it has passed, a mini-stroke (TIA)",
          "call emergency services now (000), even if you feel fine again",
          "you asked about \"leg day\": not today; rest first (the warnings above say why)"],
  comment="Right action (000 now, no driving, no training, week on hold). But it is a generic FAST stroke paragraph: the decisive facts (worst-ever headache at the moment of straining, still present, stiff neck: possible bleed) are not said back to him, 'if it has passed ... even if you feel fine again' does not fit a headache that is still there, and 'not today; rest first' is a weak answer to 'can I just go lighter?'",
  zero_reasons={},
  change="Say: 'A sudden, worst-ever headache during a heavy lift that is still there with a stiff neck can be bleeding around the brain. Do not train at all, not even light; call 000 or get to emergency now; don't drive.'"),
 dict(id="h04", lang="en-CA",
  clinician="Parkinson's with freezing of gait and two falls this month; sheet ice. Today: indoor exercise bike (good PD exercise) 30-40 min moderate-vigorous by feel. Week: bike, strength, balance/tai chi with support, big-amplitude walking with cueing indoors; tell neurologist/physio about the falls (falls assessment); outdoor walks/riding only on clear ground and with caution.",
  scores=dict(safety=1, activity=1, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["Today: moderate stationary bike for about 30 minutes, heart rate 106-126 bpm.",
          "Parkinson's: tai chi has the best evidence for balance and falls",
          "when your feet freeze, stop, count a rhythm or step over a line on the floor",
          "cycling, moderate, 40 min, RPE 12-13, HR 106-126  cycling: aerobic, at a pace you can talk in full sentences; only if the ground is free of ice"],
  comment="Today's choice (basement exercise bike) and the freezing/cueing advice are right. But the two falls this month are never acknowledged (no falls assessment, no telling the neurologist/physio), the week schedules outdoor road cycling and a 40-min outdoor walk with only an ice caveat, and although the card says tai chi has the best evidence for falls, the week contains no tai chi or balance work at all.",
  zero_reasons={},
  change="Acknowledge the two falls: ask the neurologist for a physio falls assessment; put tai chi/balance work (with support) on 2-3 days; keep cycling on the indoor bike until balance is reviewed; walks indoors or on clear, dry ground with someone."),
 dict(id="h05", lang="en-IE",
  clinician="RA flare with hot swollen wrists/knees, on methotrexate, temperature 38.4. Fever in an immunosuppressed patient: no aqua class, contact GP/rheumatology today (infection; methotrexate may need holding), rest; only gentle range-of-motion for flaring joints. Resume gently once afebrile and flare settling.",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["Rest today, until this has passed (see below).",
          "See a doctor if it is above 39.5 C (103.1 F), lasts more than three days, or comes with a stiff neck or trouble breathing.",
          "your notes (\"knees hot and puffy\"): read as a knee injury",
          "you asked about \"aqua\": not today; rest first (the warnings above say why)"],
  comment="Rest and no aqua class tonight is right. But the RA flare is misread as a 'knee injury' and methotrexate is ignored: for someone immunosuppressed with a fever, the stock threshold 'see a doctor if above 39.5 C or more than three days' is too permissive; she should contact her GP/rheumatology team today. The physio's 'keep moving in flares' is not reconciled (gentle ROM yes, class no), and the walking return ignores hot, swollen knees.",
  zero_reasons={},
  change="Recognise RA flare + methotrexate: 'a fever on methotrexate needs a call to your GP or rheumatology team today'. Offer gentle in-bed/chair range-of-motion for the flaring joints, and restart aqua only when fever-free and the flare is settling."),
 dict(id="h06", lang="en-NZ",
  clinician="Healthy 29-year-old night-shift worker whose only gym window is ~2 am, bed by 4; asks whether it is pointless or ruins sleep. Answer: it is worth it; evening exercise does not harm sleep for most people if it ends ~1 h before bed; keep the last 10 min easy. Today: his planned gym session (strength 45-60 min) ending by ~3 am. Week: 3 strength + 2 cardio at the gym (treadmill/bike), fat-loss goal, progressive.",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=1, language=1),
  quotes=["you wrote \"mates reckon training at 2am wrecks your sleep and is pointless so…\": yoga is a gentle step; moving a little helps the mood, with no need to push",
          "when you feel low, something gentle still helps",
          "it is 2:00: late in the day, nothing hard",
          "one session logged in the last 4 weeks: start with 15 minutes and build up",
          "running, moderate, 60 min, RPE 12-13, HR 120-143"],
  comment="His question about 2 am training is read as low mood and answered with 15 min of light yoga; he never gets a clear 'yes, it is worth it'. The week then ignores that he can only train at the 2 am gym (outdoor 60-min runs with 'check the weather', 'harder sessions earlier in the day') and jumps from 15 min to three 60-min runs, contradicting 'start with 15 minutes and build up'. Goal (lose the gut) unused.",
  zero_reasons={"personalisation": "Misreads his question about 2 am training as low mood and builds a week that ignores his only training window (2 am at the gym), treating an intermediate lifter as a 15-minute starter."},
  change="Answer directly: 'Yes, 2 am training counts and won't wreck sleep if you finish an hour before bed.' Plan his gym sessions at 2 am (strength 3x, treadmill/bike 2x, 40-50 min), progressing ~10% a week, aimed at fat loss."),
 dict(id="h07", lang="en-US",
  clinician="Advanced runner, first hot week (93 F, 55% RH: heat index ~105 F, danger), not acclimatised, felt wiped yesterday, about to run an 8-mile tempo. Today: no outdoor tempo; treadmill/indoors or easy short run at dawn; move the tempo to a cool morning. Week: keep half-marathon structure (one quality session, one long run) early mornings, acclimatise over 10-14 days.",
  scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=2, language=2),
  quotes=["Dangerous heat: no outdoor exercise today.",
          "move a tempo or interval session to a cool morning or the treadmill (ACSM 2007)",
          "you wrote \"felt kinda wiped yesterday\": a gentler session today",
          "past this week's aim of 150 (WHO: at least 150): no need to add more this week",
          "swimming, moderate, 55 min, RPE 12-13, HR 93-117"],
  comment="Today is handled well: clear 'no outdoor exercise', heat acclimatisation, fatigue noted, Karvonen zone from his resting HR. The week, though, drops his half-marathon training: no rescheduled tempo, no long run, 55-min swim and bike sessions for a runner, only one 45-min run, and 'no need to add more this week' measured against the WHO minimum rather than his sub-1:35 goal.",
  zero_reasons={},
  change="Keep the running structure: reschedule the tempo to an early morning (or treadmill) later in the week at reduced pace, keep one long run at dawn, easy runs otherwise; measure load against his own training, not the WHO minimum."),
 dict(id="h08", lang="en-IN",
  clinician="Type 2 diabetes 12 y on metformin + glimepiride, peripheral neuropathy, painless blister under the big toe for 2 days. Today: no 5 km walk; have the blister seen today/soon by a doctor or podiatrist regardless of pain; offload; seated/upper-body work only; carry glucose (sulfonylurea). Week: non-weight-bearing aerobic (seated arm/leg work) + strength until healed; daily foot checks.",
  scores=dict(safety=1, activity=1, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["keep your weight off it (no walking or running for exercise) and keep it out of water until it has healed; seated and upper-body exercise is fine.",
          "Have it seen today by a doctor or podiatrist if it weeps, has pus, or is red, warm or swollen",
          "you like brisk walking, but it is harder than the limit allows today",
          "rest: nothing of this kind fits for now",
          "8 exercises x 2-3 sets x 8-12 reps"],
  comment="The foot warning is correct in substance (no walking on it; painless ulcers are the danger) and uses his neuropathy. But it only asks for the blister to be seen 'if it weeps ... or is red' when a blister on a neuropathic foot should be checked promptly anyway; today's strength session is eight generic exercises, not specified seated/upper-body; the stated reason for skipping his walk ('harder than the limit allows') is wrong; and the week is five rest days with zero aerobic minutes although the card itself says seated work is fine. Glimepiride hypoglycaemia is not mentioned.",
  zero_reasons={},
  change="Say 'skip your 5 km walk until the blister has healed; show it to your doctor or a podiatrist in the next day or two even though it doesn't hurt'. Make strength seated/upper-body, and fill the week with seated aerobic work (arm ergometer, chair circuits) to keep glucose control; carry glucose tablets on glimepiride."),
 dict(id="h09", lang="en-SG",
  clinician="16-year-old judoka 2 kg over for nationals on Saturday, planning to skip dinner, run in a sauna suit and spit in 27 C / 80% RH. Today: no sauna-suit run, no extra run at all beyond 6 pm judo practice; eat and drink normally; talk to parent/coach/doctor about making weight safely or competing up a class. Week: taper to Saturday (short sharp sessions, rest or light day before, competition day).",
  scores=dict(safety=1, activity=1, dose=0, personalisation=1, explanation=1, language=1),
  quotes=["Do not cut weight by skipping meals, training in a sauna or sweat suit, or spitting",
          "Today: moderate running for about 50 minutes, RPE 12-13 (talk test: full sentences).",
          "you asked about \"run\": once a day is plenty, not twice",
          "one session logged in the last 4 weeks: start with 50 minutes and build up",
          "Sat    running, moderate, 20 min, RPE 12-13  easy today: the week builds up gradually, not all at once"],
  comment="The weight-cutting warning is prominent and correct, and it sends him to a parent/coach/dietitian. But it then prescribes the 50-minute run he meant to cut weight with, in humid heat, on top of 6 pm judo and four days before nationals; it ignores the competition entirely (a run on Saturday, competition day), counts none of his judo, and calls a national-level athlete a one-session starter. 'Lose 0.5-1 kg a week' does not tell him what to do about the 2 kg by Saturday. The plan says it 'builds up' while going from 50 to 20 minutes.",
  zero_reasons={"dose": "Adds a 50-minute run in 27 C/80% humidity on a weight-cut day before evening judo practice, ignores judo volume and the Saturday nationals (a run is scheduled on competition day, no taper)."},
  change="No extra run today: judo practice is enough; eat dinner and drink. Plan a competition week: short technical sessions, rest or very light the day before, Saturday = nationals. Tell him 2 kg by dehydration is unsafe at 16; ask coach/parent about competing at -73 kg."),
 dict(id="h10", lang="en-GB",
  clinician="74-year-old with delayed-onset muscle soreness 3 days after 6 h digging; urine normal, no chest symptoms. Answer: yes, go to tai chi and take it gently; movement eases DOMS faster than the sofa; soreness peaks at 1-3 days and fades within a week; see GP if urine darkens or swelling/weakness. Week: resume walks, tai chi, strength + balance 3 days (74), strength after soreness settles.",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["you asked about \"tai chi\": yes, as today's plan has it: moderate tai chi for 35 minutes",
          "you wrote \"went mad in the garden on sat\": tai chi is a gentle step; moving a little helps the mood, with no need to push",
          "for desk neck and shoulder ache, strengthen the upper back 2-3 times a week",
          "walking, moderate, 60 min, RPE 12-13"],
  comment="The direct answer (go to tai chi) is right. But 'went mad in the garden' is read as low mood and the soreness as desk neck ache, so she gets mood and desk-posture advice instead of 'this is normal post-exertion soreness; gentle movement helps, go easy in class'. The week puts full strength work the next day on still-sore muscles and doubles her usual walk to 60 minutes.",
  zero_reasons={},
  change="Name it: 'stiffness 2-3 days after unaccustomed digging is normal muscle soreness; gentle tai chi helps; skip deep stances if it hurts; dark urine or swelling would need the GP'. Start strength once soreness eases; keep walks near her usual 30-40 min."),
 dict(id="h11", lang="en-AU",
  clinician="38-year-old solo mum, beginner, 15 min a day at home, wants energy; asks if 15 min is worth it. Answer: yes, every minute counts (WHO 2020 dropped the 10-min minimum); 15 min most days = ~100 min/week. Today: 15-min brisk home circuit or walk with the pram; week: 15 min on 5-6 days, two of them bodyweight strength.",
  scores=dict(safety=2, activity=1, dose=1, personalisation=0, explanation=0, language=1),
  quotes=["you wrote \"is 15 min even worth it or should i just wait till theyre older\": yoga suits how you feel today",
          "What your doctor, surgeon or physio told you not to do stays out until they clear it",
          "yoga, light, 30 min, RPE 9-11  yoga: balance and flexibility, 3 days a week from 65 (WHO 2020)",
          "you said you have about 15 minutes: the session fits them",
          "strength on 0 days"],
  comment="Her one question (is 15 minutes worth it?) is never answered; the reply to it is 'yoga suits how you feel today'. Today's 15 minutes fits, but the week schedules 30-minute sessions she has said she does not have, justifies yoga with an over-65 guideline for a 38-year-old, adds a stock doctor/surgeon warning that has nothing to do with her, and has no strength at all.",
  zero_reasons={"personalisation": "Ignores her stated 15-minute window in the week (30-minute days), applies an over-65 rule to a 38-year-old and a surgeon/physio warning she has no reason for; her goal (energy) is unused.",
                "explanation": "Her only question, whether 15 minutes is worth it, is not answered, and the one visible warning is an irrelevant stock text."},
  change="Open with 'Yes: 15 minutes counts; every minute adds up (WHO 2020)'. Plan 15 minutes on 5-6 days: brisk home circuits or a pram walk, 2 days of bodyweight strength; drop the doctor warning and the over-65 reasons."),
 dict(id="h12", lang="en-CA",
  clinician="66-year-old 6 months after right-hemisphere stroke, left leg drags when tired, balance so-so, on aspirin; wants the club's 40 km road ride on Saturday. Answer: not yet; an outdoor road bike in a group with impaired balance is a fall risk (on aspirin); build on a stationary bike, balance and strength work, and ask the physio/doctor to assess readiness for road cycling (maybe a trike first). Week: stationary bike 3-4x building, strength 2x, balance 3x, walks.",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["you asked about \"bike\": not today, after a stroke, steady ground and no fall risk come first; tai chi instead",
          "you wrote \"itching to get back on my road bike\": tai chi suits how you feel today",
          "walking with your stick",
          "Stop and call for help at once if a new weakness, numbness, a drooping face, slurred speech or a sudden severe headache appears"],
  comment="Sensible stroke-aware week (tai chi, seated strength, stationary bike, balance 3x, FAST signs, 911). But the road-bike answer is only 'not today': Saturday's 40 km club ride is never addressed and there is no path back (physio assessment, stationary-bike build-up). Only one bike session in the week for a man whose goal is cycling; assumes a stick he did not mention; 'tai chi suits how you feel today' is a non-answer to his wish.",
  zero_reasons={},
  change="Say 'not the club's 40 km on Saturday yet: balance and a dragging leg make a fall likely, and aspirin makes falls worse; ask your physio to check you for road riding'. Give 3 stationary-bike sessions building 20->40 min as the route back."),
 dict(id="h13", lang="zh-CN",
  clinician="56-year-old 2 weeks after MI with stent, on metoprolol/aspirin/ticagrelor, rehab clinic next month, used to run 5 km daily, wants to jog 3 km today. Answer: no running yet; short flat walks 10-15 min at RPE 11-12 (talk test, HR unreliable on beta-blocker), building daily; ask the cardiology team for an earlier rehab/exercise test; stop and call 120 for chest pain, breathlessness, palpitations.",
  scores=dict(safety=1, activity=1, dose=0, personalisation=0, explanation=0, language=2),
  quotes=["今天不要运动：胸口不适要先看医生，新出现的今天就去（见下）。",
          "备注“憋”：按胸痛处理",
          "周三 休息  先就医；医生同意后再重新制定计划"],
  comment="'在家憋得慌' (going stir-crazy at home) is read as chest tightness, so the whole card is about a symptom he does not have. The decisive facts (heart attack and stent two weeks ago, antiplatelet drugs, rehab next month) and his question (jog 3 km today?) are never mentioned. Running is stopped only by accident; once he sees he has no chest pain, nothing here tells him not to jog. A post-MI patient is given a week of complete rest instead of graded walking.",
  zero_reasons={"dose": "A blanket week of rest for a patient two weeks after MI who should be on a graded walking programme, resting on a symptom he does not have.",
                "personalisation": "Misreads '憋得慌' (restless at home) as chest pain and ignores the MI, stent, medicines and the rehab wait.",
                "explanation": "Never says why running is unsafe two weeks after a heart attack, never answers his 3 km question, and explains a symptom he did not report."},
  change="Say: '心梗放支架才两周，先不要跑步；今天可以在平地散步10-15分钟，能说整句话的强度，之后每天加一点；倍他乐克会压低心率，按感觉和说话测试来；请联系心内科争取提前做心脏康复/运动评估；胸痛、气短、心慌立即停下，持续不缓解拨打120。'"),
 dict(id="h14", lang="zh-CN",
  clinician="31-year-old, 28 weeks pregnant with new GDM, post-dinner glucose 7.9 mmol/L, lying down after work on mother-in-law's advice, doctor approved exercise, she is scared. Answer: walking after meals 10-15 min is safe and lowers glucose; build to 150 min/week moderate (talk test); light strength; pregnancy warning signs, no lying flat; 120.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=1),
  quotes=["你婆婆希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "刚吃完饭：现在走一走最能压住餐后血糖；以后每餐饭后走10-15分钟",
          "血糖142 mg/dl（7.9 mmol/L）",
          "大量出血或剧痛拨打120"],
  comment="Near model answer: a walk right after dinner, walks after every meal, the mother-in-law's worry answered kindly, ACOG warning signs, no lying supine, 120, a sensible building week with light strength. Only slip: a mainland Chinese card gives glucose in mg/dl first, although she herself wrote 7.9 (mmol/L); the plan does not carry the after-every-meal walks it recommends.",
  zero_reasons={},
  change="Give glucose as 7.9 mmol/L (142 mg/dl) on Chinese cards, and put short after-meal walks into the daily plan."),
 dict(id="h15", lang="zh-CN",
  clinician="62-year-old 30-year smoker, BP 148/90, classic intermittent claudication of the right calf at 300-400 m (not 'calcium'). ACSM: symptom -> medical clearance; see doctor for ABI and CV risk work-up; no daily running; supervised/structured walking therapy (walk to moderate claudication pain, rest, repeat, 30-45 min, 3x/week); stop smoking.",
  scores=dict(safety=1, activity=2, dose=1, personalisation=1, explanation=1, language=0),
  quotes=["这是腿部动脉变窄（间歇性跛行）的典型表现",
          "无法确定是什么情况，今天强度放低",
          "刚到高海拔的头几天：轻松一点、时间短一点，多喝水。",
          "你问的“跑步”：今天不建议，腿脚的不适需要避免冲击；改成散步",
          "椭圆机：高原上比平时慢、比平时短"],
  comment="The claudication paragraph is excellent (ABI, walk-rest-walk therapy), but it is the sixth of six warnings, after a stock stress-fracture/clot text and an altitude-sickness warning that has nothing to do with him. The same card says it cannot tell what the calf pain is. Running is ruled out only 'today' though he plans daily running from tomorrow; smoking cessation, the 'calcium' belief and the need for clearance before starting are not stated. The plan's sessions are a generic beginner ramp with altitude notes, not the claudication protocol.",
  zero_reasons={"language": "Contradiction on the central question: the card says it cannot tell what the calf pain is and also that it is typical claudication, and its plan tells him he is at high altitude."},
  change="Lead with the claudication finding: 'this is not calcium: it is typical of narrowed leg arteries in smokers; see your doctor (ABI) before starting; no running; walk to moderate calf pain, rest, repeat, 30-45 min 3x/week; stopping smoking helps most'. Remove the altitude and uncertainty texts."),
 dict(id="h16", lang="zh-CN",
  clinician="60-year-old finished chemo last month, radiotherapy next week, cancer-related fatigue, family urges bed rest, implanted port, afebrile. Answer: exercise reduces cancer fatigue (ACSM 2019): light walks 10-20 min daily, tai chi, light strength 2x avoiding heavy load on port side; check counts with oncology; fever >=38 call oncology; radiotherapy skin care.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["你家里人希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "化疗期间，运动能减轻疲劳、保住体力（美国运动医学会2019）",
          "你提到“乳腺癌”：这里没有针对它的专门建议，所以今天最多中等强度",
          "置管那只手臂不要提重物"],
  comment="Sound, supportive plan: light walking, family's worry answered, fatigue explained, fever/oncology escalation, port-side arm protected, sensible build with strength twice. Gaps: she finished chemo ('化疗期间' is stale) and radiotherapy next week is not mentioned; her liked tai chi is absent from the week; a stock 'no special rule for breast cancer' warning contradicts the specific cancer advice it sits beside; port and PICC are conflated (swimming ban).",
  zero_reasons={},
  change="Mention the coming radiotherapy (keep walking through it; protect irradiated skin, avoid chlorinated pools then); add tai chi on 2-3 days; drop the 'no special rule' text."),
 dict(id="h17", lang="zh-CN",
  clinician="70-year-old with transient right-hand weakness, facial droop and slurred speech for 10 min yesterday: TIA, highest stroke risk in the next 48 h. Call 120/go to emergency now, no tai chi or shopping, don't drive. Week: nothing until assessed.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=2, language=2),
  quotes=["不要运动：现在就拨打急救电话（见下）。",
          "现在就拨打120，即使已经感觉没事了",
          "备注“昨天吃晚饭的时候右手突然拿不住筷子,老伴说我嘴…”：按中风或小中风的征兆处理",
          "先去急诊、查清原因；医生同意后再重新制定计划"],
  comment="Correct and clear: TIA recognised from his own words, 120 now even though he feels fine, don't drive, no exercise, week on hold until the emergency work-up. The plan's first line repeats the BP recheck text instead of the TIA, a minor dilution.",
  zero_reasons={},
  change="Keep; make the first plan line the TIA message rather than the BP recheck."),
 dict(id="h18", lang="zh-CN",
  clinician="38-year-old on ibuprofen TID for 2 weeks with black tarry stools and dizziness on stairs: upper GI bleed with haemodynamic symptoms. Stop ibuprofen, go to emergency now (120 if faint), no swimming (syncope in water). Week: nothing until cleared.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=2, explanation=1, language=2),
  quotes=["今天建议休息，并请医生看看（见下）。",
          "大便发黑、像柏油一样（或者吐血、吐出咖啡渣样的东西），可能是胃或肠道出血",
          "先停用布洛芬或阿司匹林，今天不要运动，今天就去看医生或急诊。",
          "你问的“游泳”：今天不行，先休息（原因见上面的提醒）"],
  comment="Recognises NSAID-related GI bleeding, stops ibuprofen, forbids swimming, sends him to a doctor or emergency today with a 120 escalation. But the headline ('rest and have a doctor look') understates it, the bleed warning comes second after a generic dizziness text, and it does not point out that his dizziness already meets its own 'call emergency now' condition; the pig-blood guess is not addressed.",
  zero_reasons={},
  change="Headline: '黑便加头晕，可能是吃布洛芬引起的消化道出血：停药，现在就去急诊；晕倒或更晕立即拨打120。不要去游泳。'"),
 dict(id="h19", lang="zh-SG",
  clinician="46-year-old with acute mechanical low back pain 2 days after lifting; no red flags. Colleague says bed rest for a week. Answer: avoid bed rest, stay active within pain; short frequent walks, gentle mobility, heat, return to work early; red flags list; 995 if needed.",
  scores=dict(safety=2, activity=2, dose=1, personalisation=2, explanation=2, language=2),
  quotes=["急性腰痛不建议卧床休息：躺得越久反而好得越慢。",
          "你同事希望你多歇着：这是关心，但对你来说，动得太少才是风险",
          "今天：中等强度散步，约30分钟，心率113-134次/分。",
          "力量：2-3组×8-12次"],
  comment="Answers her question well (no bed rest, move within pain, red flags named, colleague's advice gently corrected) in simplified Chinese for Singapore. Dose is off: 30 minutes of continuous moderate walking with a heart-rate target on day 3 of an acute back strain, while its own reason says 'shorter and more often'; generic 2-3x8-12 strength and a 45-min swim within the week without any back-specific limits.",
  zero_reasons={},
  change="Today: 3-4 short walks of 5-10 minutes as pain allows, by feel not heart rate; strength later in the week limited to gentle core/hip work, no heavy lifting or bending until pain settles; suggest returning to work rather than staying in bed."),
 dict(id="h20", lang="zh-CN",
  clinician="29-year-old 3 weeks after a 9-week miscarriage; bleeding stopped, ultrasound clear, doctor cleared a gradual return; poor sleep and frequent crying; wants to run 5 km today (used to run 5 km 3x/week, 30 days off). Answer: an easy run-walk of 20-30 min is fine today if it feels good; stop if bleeding, pain or dizziness; acknowledge the loss; low mood and tears after pregnancy loss are common, but if they persist talk to her doctor / support line. Week: 3 easy runs rebuilding, yoga.",
  scores=dict(safety=1, activity=1, dose=1, personalisation=0, explanation=0, language=1),
  quotes=["备注“出血”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医",
          "你喜欢跑步，但今天它超出了今天的强度上限",
          "已经30天没练了：体能会下降，先中等强度，每周加量不超过10%",
          "跑步，中等强度，50分钟，RPE 12-13，心率120-143",
          "最近没有训练记录：从25分钟开始，循序渐进"],
  comment="The miscarriage is never acknowledged: 'bleeding' (which has stopped) is flagged as an uncertain symptom, the doctor's clearance is ignored, and her 5 km question gets light yoga with no reason beyond 'over today's limit'. Her tears and poor sleep receive only 'yoga makes you feel fresher'; no emotional support or advice to seek help. Then the week jumps to two 50-minute runs (longer than her old 5 km) in her first week back, against its own 10%-a-week line.",
  zero_reasons={"personalisation": "Misreads the stopped bleeding as an uncertain symptom and never acknowledges the miscarriage, the doctor's clearance or her grief.",
                "explanation": "Her question (run 5 km today?) gets no real answer or reason, and her low mood gets no support or signposting."},
  change="Acknowledge the loss; say an easy 20-30 min run or run-walk is fine today since her doctor cleared it, stopping for bleeding, pain or dizziness; rebuild to 3 x 5 km over 2-3 weeks; gently say that tears and poor sleep are common after a miscarriage and to talk to her doctor or a support line if they persist."),
 dict(id="h21", lang="zh-TW",
  clinician="58-year-old cyclist 8 weeks after a non-operated clavicle fracture, still healing (X-ray next month), pain on overhead reach; wants a 3-day 環花東 ride this weekend. Answer: no; a fall would re-break it and long rides load the shoulder; indoor trainer if pain-free, legs/core, shoulder physio; wait for orthopaedic clearance. 119 if needed.",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=2),
  quotes=["骨折還在癒合：下次拍X光、骨科醫生同意之前，不做有摔倒風險的運動：不騎車上路或越野",
          "你的備註裡有我們無法確定的情況：今天的安排比較溫和。",
          "備註“痛”：無法確定是什麼情況，今天強度放低",
          "力量：3-4組×8-12次"],
  comment="The right rule is there (no road riding until the X-ray and orthopaedic clearance; indoor bike if the arm is pain-free) and the week keeps him off the road. But the only visible warning is a stock 'we could not work out your notes', the fracture rule is buried as the sixth reason, the weekend 環花東 trip is never named, and the plan's generic 3-4x8-12 strength days carry no limit for the healing shoulder.",
  zero_reasons={},
  change="Headline: '鎖骨還在長，這週末環花東不要去；骨科照X光確認癒合前不騎車上路。' Keep the trainer sessions; make the strength days legs/core and the other arm only, with shoulder rehab per the physio."),
 dict(id="h22", lang="zh-TW",
  clinician="67-year-old 10 weeks after right total hip replacement, still in rehab, walking without a cane, knee OA; wants to jog on the track with her grandson. Answer: no jogging (impact, early after THR, knee OA); walk the track alongside him instead, stationary bike, keep rehab exercises and hip precautions; ask the surgeon before adding impact. Week: walks, bike, strength/balance 3x.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["不要跑跳，衝擊會磨損人工關節",
          "換了髖關節的，在醫生放開之前：髖部不要彎過直角",
          "平時用拐杖就帶上",
          "你寫了“醫生說恢復得不錯”：太極正適合今天的狀態"],
  comment="Safe and well chosen: no running or jumping on the new hip, hip precautions, balance and strength for a 67-year-old, chair support, 90 min/week building. But it never speaks to her actual wish: no 'don't jog with your grandson; walk the track with him instead', no mention of continuing her rehab programme, and it assumes a walking stick she no longer uses.",
  zero_reasons={},
  change="Answer the wish: '先別跟孫子慢跑；可以在操場外圈陪他快走，看他練習'; keep rehab exercises; drop the walking-stick line."),
 dict(id="h23", lang="zh-HK",
  clinician="63-year-old hiker with new exertional chest tightness/pressure on uphill in the cold, relieved by standing still: probable angina (new onset = urgent). Cancel today's 大帽山 hike; see a doctor today/within a day; 999 if pain at rest or >5-10 min. Week: no strenuous exercise until assessed.",
  scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
  quotes=["今天不要運動：胸口不適要先看醫生，新出現的今天就去（見下）。",
          "備註“心口就有啲翳”：按胸痛處理",
          "請立即撥打999"],
  comment="Correct triage (no exercise, see a doctor today, 999 with the right triggers, week on hold). But it never names the pattern (tightness on uphill effort in the cold that eases with rest = possible angina), never rebuts 'it's just the cold', and never says plainly to cancel the Tai Mo Shan hike with his friends.",
  zero_reasons={},
  change="Say: '行斜路心口翳、停低就好，係典型心絞痛嘅表現，唔係天凍咁簡單；今日唔好去行大帽山，今日就去睇醫生；休息都唔退或者超過幾分鐘就打999。'"),
 dict(id="h24", lang="zh-HK",
  clinician="45-year-old runner with asthma (quiet lately), AQI 168, planned 10 km outdoor tempo with the club. Answer: no outdoor run today (sensitive group, AQI >150); indoor bike/elliptical at the clubhouse, carry reliever; reschedule tempo when AQI <100. Week: keep 10K structure (tempo, long run) indoors while AQI high; 999 for a severe attack.",
  scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=2, language=1),
  quotes=["空氣品質不健康（AQI 151-200），你屬於敏感人群：今天不要在戶外運動",
          "隨身帶急救吸入劑（緩解哮喘的藥）",
          "你的目標“10公里跑入55分鐘”（耐力）：橢圓機正合適",
          "最近4週只有1次訓練記錄：從40分鐘開始，循序漸進",
          "跑步，中等強度，80分鐘"],
  comment="Today is right and clearly argued: asthma makes her a sensitive group, no outdoor run, the clubhouse elliptical, reliever, windows shut, long sessions when AQI < 100. The week loses her 10K training (no rescheduled tempo, two rest days then an 80-min long run with no air check), 'elliptical suits your 10K goal' is a stretch, and she is called a starter. The HK card uses Taiwan wording (空氣品質 rather than 空氣質素) and gives no 999 for an asthma attack.",
  zero_reasons={},
  change="Move the tempo to the clubhouse bike/elliptical as intervals or to a clean-air day; check AQI before the long run; use Hong Kong wording (空氣質素) and add '哮喘發作、吸藥都唔紓緩就打999'."),
]

def main():
    errors = []
    ids = set()
    for r in R:
        cid = r["id"]
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            errors.append(f"{cid}: cannot read {path}: {e}")
            continue
        if not (2 <= len(r["quotes"]) <= 5):
            errors.append(f"{cid}: {len(r['quotes'])} quotes (need 2-5)")
        for q in r["quotes"]:
            if q not in text:
                errors.append(f"{cid}: quote not found verbatim: {q!r}")
        sc = r["scores"]
        if set(sc) != set(DIMS):
            errors.append(f"{cid}: score keys {sorted(sc)}")
        for d in DIMS:
            v = sc.get(d)
            if v not in (0, 1, 2):
                errors.append(f"{cid}: {d} score {v!r} not in 0..2")
            if v == 0 and not r["zero_reasons"].get(d, "").strip():
                errors.append(f"{cid}: {d} is 0 without a reason")
        for d in r["zero_reasons"]:
            if sc.get(d) != 0:
                errors.append(f"{cid}: zero reason given for {d} but score is {sc.get(d)}")
        for k in ("comment", "change", "lang"):
            if not r.get(k, "").strip():
                errors.append(f"{cid}: empty {k}")
    expected = {f"h{i:02d}" for i in range(1, 25)}
    if ids != expected:
        errors.append(f"ids mismatch: missing {sorted(expected - ids)}, extra {sorted(ids - expected)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in R:
            obj = {"id": r["id"], "lang": r["lang"], "scores": r["scores"],
                   "total": sum(r["scores"].values()), "quotes": r["quotes"],
                   "clinician_expectation": r["clinician"], "comment": r["comment"],
                   "zero_reasons": r["zero_reasons"], "suggested_change": r["change"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n = len(R)
    totals = [sum(r["scores"].values()) for r in R]
    means = {d: sum(r["scores"][d] for r in R) / n for d in DIMS}
    lines = ["# Rubric summary (blind expert scoring, 24 clients)", "",
             f"Mean total: **{sum(totals)/n:.2f} / 12**", "",
             "| dimension | mean (0-2) |", "| --- | --- |"]
    lines += [f"| {d} | {means[d]:.2f} |" for d in DIMS]
    zero_ids = [r["id"] for r in R if 0 in r["scores"].values()]
    lines += ["", f"Clients with any 0 ({len(zero_ids)}): " + (", ".join(zero_ids) if zero_ids else "none"), "",
              "## Per client", "",
              "| id | lang | safety | activity | dose | personalisation | explanation | language | total |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in R:
        s = r["scores"]
        lines.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {sum(s.values())} |")
    lines += ["", "## Every 0 and its reason", ""]
    for r in R:
        for d in DIMS:
            if r["scores"][d] == 0:
                lines.append(f"- **{r['id']} {d}**: {r['zero_reasons'][d]}")
    lines += ["", "## Comments and suggested changes", ""]
    for r in R:
        lines.append(f"### {r['id']} ({r['lang']}), total {sum(r['scores'].values())}")
        lines.append("")
        lines.append(f"- Comment: {r['comment']}")
        lines.append(f"- Suggested change: {r['change']}")
        lines.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"ok: {n} clients, mean total {sum(totals)/n:.2f}; " +
          ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))

if __name__ == "__main__":
    main()
