import json
D = ["safety","activity","dose","personalisation","explanation","language"]
R = []
def add(id, lang, s, quotes, comment, zero, change):
    R.append(dict(id=id, lang=lang, scores=dict(zip(D, s)), total=sum(s), quotes=quotes, comment=comment, zero_reasons=zero, plan_change=change))

add("h01","en",[1,2,1,1,1,2],
 ["Today: light walking for about 20 minutes, RPE 9-11 (easy).",
  "we could not tell what this is, so today is gentler",
  "Walk until the calf pain is moderate (3-4 of 5), rest until it eases, then walk again, for 30-45 minutes in all, at least 3 times a week",
  "tai chi, moderate, 30 min, RPE 12-13"],
 "Walking is the right treatment for diagnosed PAD with claudication and the card's AHA/ACC reason states the correct intermittent protocol (walk to moderate claudication pain, rest, repeat, 30-45 min, >=3x/week). But today's prescription is a continuous 20-min stroll at 2.0 MET, and the week has only two 20-min walks (Tue, Fri) while tai chi, yoga and strength fill the rest, so the plan contradicts its own reason. The notes are simultaneously marked 'could not place', with a generic stress-fracture/clot warning and 'tell your doctor (ankle-pressure test)', although a vascular surgeon has already diagnosed PAD; 'stop if it gets worse' conflicts with 'walk to moderate pain'. For a 68-year-old ex-smoker with PAD (high probability of coronary disease) there is no chest pain/pressure, breathlessness or dizziness stop-sign, and the wife's 'rest the legs' belief and his fear that the pain means harm are not addressed directly. Units and language are fine.",
 {},
 "Make today and 3-4 days/week supervised-style claudication interval walking: walk at a pace that brings calf pain on in 3-5 min, stop at moderate pain (3-4/5), rest until it settles, repeat for 30 min total, building to 45-50 min over weeks; keep tai chi/strength on 2 other days. Remove the 'could not place', stress-fracture and clot text. Add stop-and-call signs (chest pain/pressure, breathlessness, dizziness; rest pain, cold/discoloured foot, non-healing sore -> vascular team). Ask the vascular surgeon about a supervised exercise therapy referral, and tell him and his wife that this walking pain does no damage.")

add("h02","zh",[2,2,1,2,2,2],
 ["β受体阻滞剂（如倍他乐克）会让心率升不上去，所以心率达不到网上说的数字不代表练得不够",
  "出现胸痛、胸闷、异常气短、头晕或心跳不齐，立即停止并就医；胸痛休息几分钟还不缓解，拨打120",
  "本周：有氧约91分钟（中等强度当量，WHO建议至少150）"],
 "Post-MI/stent man who has completed cardiac rehab and been cleared by his doctor. Brisk walking at RPE 12-13 with no heart-rate target is exactly right on metoprolol, and the card answers his actual question (heart rate 'stuck' around 100) accurately and tells him not to chase a number. Warm-up/cool-down 10 min, moderate cap, chest-pain stop rule and 120 are all correct. Weakness: the completed rehab is not used. The week has only 3 aerobic days (~91 min) with a beginner's ramp, a step down from the ~150 min/5 days he was doing in rehab and should keep. His preferred tai chi is absent, and the wife's 'lie still' (静养) advice is not explicitly countered. Simplified Chinese and 120 are correct.",
 {},
 "Keep the post-rehab dose: brisk walk 30 min on 5 days (~150 min/week) at RPE 11-13, strength 2 days, tai chi on 1-2 days as he likes. Add 'carry your nitroglycerin if prescribed' and a line for his wife that regular moderate activity, not rest, protects the heart after rehab. Keep the beta-blocker/RPE explanation.")

add("h03","en",[1,2,1,0,1,2],
 ["Rest today, and have it checked (see below).",
  "With no ketone strips at home, buy some today or have it checked at a clinic.",
  "your notes (\"sick\"): read as an illness below the neck",
  "see a doctor first; ask for a new plan once you are cleared"],
 "A 15-year-old pump user with glucose 16.1 mmol/l, blood ketones 1.8 mmol/l (moderate: DKA risk), nausea and a suspect pump site. The card correctly stops the match ('rest today'), gives mmol/l first and 999, and has an ED rule for 'moderate or large ketones'. But it never reads his measured ketone value: it tells him to 'check ketones' and even 'buy some strips' when he already has a reading of 1.8, so he cannot tell that the ED rule applies to him. It files the nausea as a viral 'illness below the neck' ('see a doctor if ... not improving after a few days'), when it is a ketosis symptom. It says nothing about the likely cause (failed infusion set: correction by pen, site change, fluids, recheck) or the coach's belief that running will bring glucose down. 'Contact your diabetes team today' is the right direction but lacks the urgency of ketones plus nausea in a child. A blanket 7-day rest 'until cleared' is far longer than a pump failure needs once ketones clear.",
 {"personalisation": "It ignores the decisive facts, a measured blood ketone of 1.8 mmol/l with nausea and a possibly failed pump site, and tells him to check or buy ketone strips instead of acting on the reading."},
 "No match tonight. Treat this as suspected pump failure now: correction insulin by pen, change the set/site, fluids, recheck glucose and ketones in 1-2 h, and call the paediatric diabetes team's on-call line now. Ketones >=3.0 or rising, vomiting, abdominal pain, drowsiness or fast breathing -> A&E/999. Tell him and his coach that exercising with ketones and too little insulin raises glucose and ketones. Once ketones are clear and glucose is in range, resume training in 1-2 days rather than a week off.")

add("h04","zh",[1,1,2,2,1,1],
 ["今天：中等強度瑜伽，約20分鐘",
  "仰臥起坐、卷腹、向下卷動和大幅度扭轉不要做",
  "力量瑜伽：4.0 MET（Compendium 02160）",
  "今天在室內走（走廊、商場、帶扶手的跑步機）或騎固定自行車"],
 "A 79-year-old with osteoporosis on injections, a fall last month, weak legs, fear of falling and mostly sitting. Good: it catches the neighbour's toe-touch and twisting poses and bans loaded spinal flexion/rotation with osteoporosis-safe swaps (Too Fit To Fracture), and it keeps her indoors on a wet day with a handrail or companion. The week combines strength 2 days with yoga/tai chi balance work. Problems: today's choice is a community yoga class that will ask for exactly the moves she must avoid, and a 79-year-old beginner is unlikely to self-modify; chair-supported strength/balance or tai chi would serve her weak legs and falls risk better. The card is labelled 'power yoga 4.0 MET'. A recent fall plus weakness plus fear of falling warrants a falls-risk assessment/supervised programme referral, which is not given, and 'daily brisk walking' and heel-drop impact are suggested before her vertebral status is known. Her goal (shopping at the market) is not linked. Traditional script is correct but the wording is mainland (卷腹, 平板支撐, 商場, 固定自行車) rather than Taiwanese usage.",
 {},
 "Today: 20 min chair-supported strength and balance (sit-to-stand, heel raises, counter-supported standing balance, marching) at RPE 11-13, or gentle tai chi. Recommend a falls-risk assessment (recent fall, leg weakness, fear of falling) and a supervised strength-balance programme (Otago-type) 3x/week. For the community class: gentle/chair yoga only; tell the teacher about osteoporosis; no toe-touch forward bends or loaded twists. Defer heel-drop impact until a clinician confirms no vertebral fractures. Link progress to her market trip, relabel intensity (not 'power yoga'), and use Taiwanese terms (捲腹, 棒式).")

add("h05","en",[1,1,1,1,1,2],
 ["Today: moderate running for about 45 minutes",
  "you are a trained runner",
  "From now on do no work lying flat on your back",
  "running, moderate, 58 min"],
 "20 weeks pregnant, 5 years of CrossFit, asking specifically about today's WOD (heavy cleans, toes-to-bar, box jumps), with light-headedness when supine on the bench. The supine-hypotension explanation and ACOG stop-signs with 000 are excellent. But the card never answers her question: box jumps (fall risk) and toes-to-bar (heavy anterior-abdominal load), plus heavy cleans (bar path, breath-holding), are not named. Instead it swaps her to a 45-min run on the false premise that she is 'a trained runner' (her logs are strength only). The plan gives three 45-58-min runs plus a 58-min walk but only two 30-min generic strength days (3-4 x 8-12, no pregnancy modifications), which fits neither her goal 'stay strong through the pregnancy' nor her training history. Safe overall, but the wrong emphasis, and a specific precaution she asked for is missing.",
 {},
 "Answer the WOD directly: skip box jumps (step-ups instead) and toes-to-bar (use modified core such as bird-dog and side planks); replace heavy cleans with lighter dumbbell/kettlebell variations, no maximal lifts and no breath-holding. Keep strength 3 days/week at RPE 12-14 with incline instead of flat bench, cardio 20-40 min by rower/bike/easy running as tolerated, and ACOG stop-signs. Loop in the midwife and have the coach scale the programme for pregnancy.")

add("h06","zh",[2,2,2,2,2,2],
 ["跑步和跳跃至少等到产后12周，并且没有漏尿、下坠感和盆腔疼痛再开始",
  "每天做盆底肌训练（收紧保持5-10秒、放松，重复10次，一天3组）",
  "先不做卷腹和平板支撑（肚子中线鼓起来就停）"],
 "A mother 8-9 weeks after a caesarean with stress incontinence who wants to run. The card follows the postnatal return-to-running guidance (Goom 2019): running and jumping no earlier than 12 weeks and only without leakage, heaviness or pain. In the meantime: brisk walking, a stationary bike, swimming once lochia has stopped, daily pelvic-floor training, and referral to a pelvic-health physio if leakage persists. The strength days are specific (bridges, side-lying leg lifts, wall push-ups, no crunches/planks, watch for doming). The postpartum red flags name 120. The dose is sensible (~150 min, 2 strength days, HR 118-141 matches 64-76% of 185). Minor gaps: no explicit walk-jog progression or return-to-run test for week 12, and the mother-in-law's 100-day confinement belief is only implicitly countered.",
 {},
 "Add a return-to-run readiness check at 12 weeks (e.g. 1 min jogging on the spot / 10 single-leg hops without leakage or heaviness), then a walk-jog progression towards the 10 km. Add a sentence for the family that activity at 2 months is safe and helpful. Otherwise sign.")

add("h07","en",[0,1,1,0,0,2],
 ["Today: moderate strength training for about 30 minutes, 2-3 sets of 8-12 reps.",
  "your notes (\"wrists puffy\"): we could not tell what this is, so today is gentler",
  "with a load that makes the last reps hard but clean"],
 "Active rheumatoid arthritis flare: warm, swollen knuckles and wrists for several days, unable to open a jar. The card does not recognise RA at all ('could not tell what this is') and prescribes her usual dumbbell session: 5 exercises x 2-3 sets x 8-12 reps with a load that makes the last reps hard, repeated Saturday. Gripping and loading actively inflamed hand and wrist joints is what you avoid in a flare. There is no advice to offload those joints, use isometrics/range of motion, or call the rheumatology nurse line rather than wait two weeks, and the trainer's 'push through it' is not countered. The swim and walk days are good choices for RA, and the snow/indoors advice is correct.",
 {"safety": "It prescribes loaded dumbbell resistance to near-fatigue during an active RA flare with hot, swollen wrists and knuckles, with no instruction to offload the inflamed joints or seek earlier rheumatology review.",
  "personalisation": "It ignores the decisive fact that she has a rheumatoid arthritis flare and treats her stated 'RA acting up' as an unidentified 'wrists puffy'.",
  "explanation": "It claims 'today is gentler' while prescribing her standard moderate strength session to near-hard reps, and says it could not tell what she has when she named it."},
 "Today: warm-pool swim or water exercise, or indoor walking/bike, 20-30 min at RPE 11-13. Lower-body strength without gripping (sit-to-stand, bridges, machine leg press with no grip) at light load. For hands and wrists only gentle active range of motion and isometrics; no dumbbells or push-ups on the wrists until the warmth and swelling settle. Call the rheumatology nurse line now rather than waiting 2 weeks. Tell her that 'motion is lotion' means moving joints, not loading hot ones, and that pain lasting >2 h after a session means too much.")

add("h08","en",[2,1,1,1,1,2],
 ["No exercise today: have the chest discomfort seen by a doctor, today if it is new",
  "take your reliever (the blue puffer) now",
  "see a doctor first; ask for a new plan once you are cleared"],
 "27-year-old runner about to do a tempo run at -12 C with a 20 km/h wind (wind chill about -20 C) after leaving his 'puffer' (reliever) behind; chest tightness on cold runs points to exercise-induced bronchoconstriction. Stopping the outdoor tempo, sending him to a doctor and giving 911 criteria is safe and consistent with ACSM screening for exertional chest symptoms. However, the card tells him to 'take your reliever now' when he has just said he does not have it and has no symptoms now. It never names the cold, dry air as the trigger or counters the buddy's 'push through'. It converts this into 7 days of total rest, which is over-cautious for a young athlete with textbook cold-air EIB. An indoor easy session with the inhaler retrieved, plus a GP visit within days, is the usual approach, and the half-marathon goal is ignored.",
 {},
 "Today: no outdoor tempo. If he has no tightness now, an easy 30-40 min treadmill run indoors once the reliever is retrieved (pre-dose ~15 min before); otherwise rest. Book a GP visit within days for EIB/asthma assessment (spirometry, controller if needed). For cold runs: long warm-up, buff/mask over the mouth, never without the reliever, stop if tightness doesn't settle with it, 911 criteria. Resume the half-marathon plan indoors after review instead of a blanket week off.")

add("h09","zh",[2,2,2,1,2,2],
 ["你的血壓讀數185/115 mmHg：高血壓危象範圍（AHA 2017）；今天就聯繫醫生",
  "立即撥打999",
  "先就醫；醫生同意後再重新制定計劃"],
 "Two readings at or above 180/110 in an untreated 62-year-old: the card correctly says no exercise, re-measure after 5 min seated, contact a doctor today, and call 999 for chest pain, breathlessness, headache, visual or neurological signs. Traditional characters with the HK number are correct. Resting until the doctor has reviewed him is right, so the week of rest is appropriate. Weaknesses: the warning's medication paragraph ('如果在吃降壓藥...') is generic; he has never taken BP medication. It doesn't name Sunday's MacLehose Trail hike as cancelled, rebut the wife's 'sweat it off' idea or the 'machine is inaccurate' doubt (two concordant readings), or cite the second reading.",
 {},
 "State explicitly: cancel Sunday's hike; two matching readings from different machines are probably real; see a GP today or tomorrow. Sweating does not lower BP safely, and hill walking raises it. Drop the irrelevant medication text. After treatment, with readings under 160/100, restart flat walking, then build to hill walks.")

add("h10","en",[2,2,1,1,1,2],
 ["Dizziness or fainting: no exercise today.",
  "your blood pressure reading 128/78 mmHg: elevated (AHA 2017); regular aerobic exercise lowers it by about 5-7 mmHg (ACSM)",
  "call emergency services (112)"],
 "New orthostatic light-headedness with near-greyout since an extra antihypertensive (amlodipine combination) was added. Stopping today's walk, seeing a doctor today, 'do not stay on your own', no driving/swimming, and 112 are correct and safe. But the card never connects the symptom to the new tablet or to standing up, and it misses the practical precautions (rise slowly, sit on the bed edge, hydrate, beware heat, don't stop the tablet on your own). Its only reason is that exercise will lower his BP by a further 5-7 mmHg, which is the wrong message for a man whose problem is now pressure too low on standing. The wife's 'walk more, it is the heat' is not addressed. A blanket week of rest is over-cautious once the prescriber has reviewed the dose.",
 {},
 "Name the likely cause (orthostatic hypotension after the new BP tablet) and tell him to contact the prescriber today/tomorrow without stopping or changing tablets himself. Rise in stages (sit 1 min, ankle pumps), drink enough, avoid the hottest hours. Once standing no longer makes him dizzy, 15-20 min easy walks near home with company; back to 45-min walks after the medication review. Remove the 'lowers BP further' reason.")

add("h11","zh",[1,1,1,1,1,2],
 ["今天：低强度散步，约25分钟",
  "你写了“别把孩子累着”：散步轻松不累",
  "骑自行车，中等强度，35分钟",
  "其余由体育课、走路上学和玩补足"],
 "An overweight, sedentary 10-year-old who falls behind in PE running and likes cycling and water play. Good: it speaks to the mother, uses the children's OMNI scale, shows no kcal, frames activity as play, and gives heat/hydration advice for 27 C. But today's choice is a light 25-min stroll that adds no MVPA, ignores both his preferences (cycling, swimming), and concedes grandpa's 'don't tire him' (attributed to the mother). The week counts on PE and walking to school to reach 60 min/day, but 18 July is the summer holiday. Missing child-specific precautions: helmet for cycling, adult supervision in water. It doesn't say that breathlessness after two laps is expected deconditioning (with cough/wheeze -> check asthma), and screen time is not addressed.",
 {},
 "Today: 30-40 min family bike ride (helmet, park path) or supervised pool play in bursts at OMNI 5-7. Build to 60 min/day of active play over the summer holiday, jumping/climbing games 3 days a week, and agree a screen-time limit. Use weight-neutral, encouraging language, and explain to grandpa that getting out of breath is normal and healthy. Check for asthma if he coughs or wheezes with exertion.")

add("h12","en",[2,2,2,2,1,2],
 ["Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
  "if you want to move straight after work, keep it to 15-20 easy minutes",
  "running: while you work night shifts, about 30 minutes is enough"],
 "After a third night shift on ~4 h of sleep in 2 days, she wants a hard 10 km before bed. The card rightly refuses a hard run, prioritises daytime sleep (dark room, earplugs, consistent hours), offers her preferred yoga at a light effort and schedules 30-min moderate runs after waking, before the next night block on Thursday. The week (~90 min aerobic + 2 strength, no hard sessions) is appropriate for a rostered worker returning to running. Inconsistency: its own reason says to keep any post-shift movement to 15-20 easy minutes, but today's card is 30 min. The friend's 'a hard run will knock me out' is refuted only implicitly.",
 {},
 "Today: sleep first; at most 15-20 min of gentle yoga/stretching before bed. Note that a hard run raises core temperature and delays sleep. Keep the 30-min easy runs on waking days; no runs straight after night shifts.")

add("h13","zh",[2,1,2,2,1,2],
 ["今天：低强度瑜伽，约30分钟",
  "瑜伽：适合你的体能水平和目标",
  "比赛前一天：15-20分钟很轻松的慢跑加3-4次短加速，或者干脆休息",
  "如果蔓延到胸部或发烧，请休息"],
 "Taper week, marathon Sunday, head cold with no fever (36.8) and no body aches. The neck check is applied correctly, with stop criteria (spread to the chest, fever), and the taper (Thursday easy run with strides, Saturday shakeout, race, easy days after) is sound and splits the difference between coach and wife sensibly. But today's light yoga is not what a tapering marathoner with above-the-neck symptoms needs: an easy 20-30 min run at reduced effort is permitted and better. The reason 'yoga fits your fitness and goal' is generic and untrue for a sub-3:30 goal. The race-day notes miss specific heat/humidity guidance for an 85%-humidity Singapore race and a 'do not start if fever or chest symptoms' line for race morning. Simplified script is correct for zh-SG.",
 {},
 "Today: easy 20-30 min run (RPE 10-12) or rest if he feels worse. Keep Thursday's strides but shorten to 30-40 min. Race-morning rule: do not start with fever, body aches, chest symptoms or a resting heart rate well above normal. Add a hot-humid race plan (start slower, drink to thirst with electrolytes, stop for dizziness/confusion, 995).")

add("h14","en",[2,2,2,2,1,2],
 ["A fever brought down by paracetamol or ibuprofen is still a fever",
  "start only if you have no fever, have gone 24-48 hours without vomiting or diarrhoea",
  "rest and fluids: wait for a full day without fever and clearly better"],
 "A chest infection since the weekend with productive cough, 38.4 C last night masked by paracetamol, and achy legs; parkrun tomorrow. The card correctly rests her, explains antipyretic masking, applies the neck check (below-the-neck symptoms -> no exercise), warns about training through viral illness and the heart, and builds back from light walks only after 24 h fever-free. The plan keeps Saturday as rest. Weaknesses: the race warning is generic (vomiting/diarrhoea, heat illness in a 7 C Irish December) and its 'start only if you have no fever...' half-invites her to run tomorrow, contradicting the plan. With ~6 days of productive cough plus fever, it should say plainly to see the GP now (possible pneumonia) rather than leave it conditional.",
 {},
 "Say plainly: skip tomorrow's parkrun. See the GP now, since a productive cough with fever for almost a week needs a check for pneumonia. Return only after 24 h fever-free without paracetamol and with the aches gone, then build back from easy walks/jogs over a week. Remove the heat/diarrhoea boilerplate.")

add("h15","zh",[2,1,1,1,1,1],
 ["心跳上來時對自己說“這是運動的心跳”",
  "今天：中等強度瑜伽，約20分鐘",
  "力量瑜伽：4.0 MET（Compendium 02160）",
  "本週：有氧約85分鐘"],
 "Panic disorder under treatment, normal ECG and exercise ECG, wants to run 5 km with friends but fears the racing heart. The interoceptive-exposure explanation (normal exercise sensations, gradual warm-up, self-talk, slow breathing, don't flee) is excellent and clinically right. But the card and the week contain no running at all: yoga today (labelled 'power yoga'), then strength, cycling and one brisk walk. That silently sides with avoidance and her mother's 'don't run', when graded exposure through a walk-run programme is exactly what would help both the panic and her 5 km goal. Her normal cardiac work-up, the strongest reassurance available, is not mentioned. Traditional script is correct, but terms are mainland (驚恐發作 rather than 恐慌發作, 騎自行車 rather than 騎腳踏車).",
 {},
 "Today: 20-25 min walk-run (e.g. 6 x [1 min easy jog + 2 min walk]) at RPE 11-13 with the self-talk and 4-6 breathing script, ideally with a friend. 3 walk-run days a week progressing towards 5 km, with yoga/strength on 1-2 other days. Point out that her normal ECG and stress ECG mean a fast heartbeat in exercise is safe, and suggest sharing the plan with her psychiatrist/therapist. Use Taiwanese terms.")

add("h16","en",[2,2,2,2,1,2],
 ["Today: moderate swimming for about 25 minutes",
  "the idea that it has to hurt to work is a myth",
  "your legs are sore or were trained hard: let them recover today",
  "your notes (\"knees\"): read as a knee injury"],
 "BMI 42, bone-on-bone knee OA, sedentary, heat index about 38 C. Pool-based exercise at the Y is the best choice (ACR/AF recommends aquatic exercise for knee OA). The dose (25 min, building to ~90 min/week + 2 strength days, <=30 min sessions) and the heat advice are appropriate, and it counters 'no pain no gain' and restricts him to low impact, which rules out the bootcamp's burpees and jump squats by implication. Errors: a false reason says his legs are sore or were trained hard (he has not trained; 'stairs kill me' is OA pain); OA is labelled a 'knee injury'; and the bootcamp is never named as a no. The strength days are generic, with no knee-OA-specific exercise or pain-monitoring rule, and the 'rest till I lose weight' belief is only implicitly addressed.",
 {},
 "Name the bootcamp explicitly: no burpees, jump squats or jumping. Pool 3-4 days (swimming, water walking/aerobics). Strength 2 days with knee-OA exercises (quad sets, straight-leg raises, sit-to-stand from a high chair, partial-range leg press) using the pain rule (<=3/10, settles within 24 h). Outdoor walking only early morning in this heat. Remove the 'legs are sore' reason, explain that resting the knees weakens them, and suggest physio and dietary support for weight loss.")

add("h17","zh",[0,1,1,0,1,2],
 ["今天：中等强度椭圆机，约30分钟，心率117-139次/分。",
  "最近没有训练记录：从30分钟开始，循序渐进",
  "跑步：天热，身体适应要10-14天：放在早上10点前或傍晚6点后"],
 "A construction worker after a full day of physical labour in 38 C sun, who has drunk little, has dark urine and is tired, wants a 5 km riverside run at 19:30 while it is still 38 C / 65% humidity (heat index in the danger range). The card correctly forbids the outdoor run but substitutes 30 min of moderate elliptical at HR 117-139. It never mentions his dehydration, dark urine, fatigue or accumulated heat strain, nor heat-exhaustion warning signs. It treats him as untrained ('no recorded training'), although he has done hours of manual work today. The plan keeps outdoor runs 'after 6 pm' on Sunday and Tuesday, though it states the heatwave continues and today it was still 38 C at 19:30. The 'sweat out toxins' belief is not corrected.",
 {"safety": "It prescribes 30 min of moderate cardio tonight to a labourer with signs of dehydration and heat strain (a day in 38 C sun, little fluid, dark urine, fatigue) instead of rest and rehydration, and the plan keeps outdoor evening runs during the ongoing heatwave.",
  "personalisation": "It ignores the decisive facts: a day of heavy outdoor labour in the heat, low fluid intake, dark urine and fatigue."},
 "Tonight: no training. Rehydrate (water plus oral rehydration salts or a salty meal until urine is pale), cool shower, eat and sleep. Watch for headache, dizziness, nausea, cramps or confusion: stop, cool down, call 120. Count his workday as activity. During the heatwave, exercise only in air-conditioned indoor spaces or in the early morning after a well-hydrated day, and only on rest days from work. Explain that sweating does not 'detox'.")

add("h18","en",[2,2,1,2,1,2],
 ["a mask (even an N95) stops little of the fine smoke when you breathe hard",
  "bored on the trainer: give the 30 minutes a shape",
  "swimming, moderate, 90 min",
  "cycling, moderate, 90 min, RPE 12-13, HR 106-131  long session"],
 "Wildfire smoke at AQI ~220: the card correctly cancels the 3-h club ride, explains why an N95 does not make hard outdoor breathing safe, moves him to his garage trainer at moderate effort with a structured interval session for boredom, and says the long ride waits for AQI <100. This is very good and specific. Weak points: the week gives a 90-min swim to a cyclist who never listed swimming, and schedules Saturday and Monday 90-min outdoor rides with no AQI check on those rows (smoke episodes often last days). For century preparation the 'long session' is shorter than his last 120-min ride. The reasons cite 'stationary bike 30-50 W: 3.5 MET' (~138 kcal), which misstates an RPE 12-13 session for an advanced cyclist.",
 {},
 "Today 45-60 min on the trainer (indoors, windows closed, HEPA filter if available). Replace Friday's 90-min swim with a trainer session. Gate Saturday and Monday outdoor rides on AQI <100 (otherwise trainer), and build the long ride towards 3-4 h once the air clears. Correct the MET/kcal for his power output.")

add("h19","zh",[2,1,2,1,1,2],
 ["循序漸進的力量訓練是安全的，不會讓水腫加重，反而能減少發作（PAL研究，Schmitz 2009；ACSM 2019）",
  "你提到“乳癌”：這裡沒有針對它的專門建議",
  "你的目標“想強壯返啲”（健康）：散步正合適",
  "現在10點正是一天最熱的時候"],
 "About 8 months after breast-cancer treatment with axillary clearance, left-arm tightness without swelling, a compression sleeve, and a goal of learning to lift. The PAL-based reason is excellent and directly answers the friend's myth: progressive strength training is safe and reduces lymphoedema flares; start very light with the sleeve, progress every 1-2 weeks, step back if the arm gets heavy or swollen. But the card then contradicts itself ('no specific advice for breast cancer', 'ask your doctor'). Today's activity is a walk that 'fits' a goal of getting stronger, and the plan's strength days are generic 1-2 x 10-15 rows without the lymphoedema precautions or supervision. It adds unrequested low-mood text and says 10:00 is the hottest time of day. It does not mention cellulitis signs (red, hot arm, fever -> same-day doctor). Heat advice for 29 C/80% humidity is appropriate.",
 {},
 "Today: an introductory supervised strength session (gym staff or a cancer-exercise-trained trainer), 6-8 exercises at 1-2 x 10-15 with very light loads, sleeve on for arm work, progressing every 1-2 weeks. Plus 20-30 min walks on 3 days in the cooler hours. Add warning signs: increasing swelling or heaviness -> step back and tell the lymphoedema therapist; red, hot arm or fever -> doctor the same day. Remove the contradictory 'no specific rule' lines and the mood text.")

add("h20","en",[2,1,1,1,1,2],
 ["Bed rest slows recovery; staying active, walking every day and building up step by step is the treatment (NICE NG59 2016)",
  "Today: moderate yoga for about 20 minutes",
  "yoga, power: 4.0 MET (Compendium 02160)",
  "week: about 60 moderate-equivalent aerobic minutes"],
 "Three months of non-specific low back pain, GP-cleared (no nerve involvement), fear-avoidant and mostly lying down. The education is excellent: hurt is not harm, bending is safe, bed rest slows recovery, with cauda equina red flags -> ED. But the card then prescribes 'power yoga' at home and a week with no walking or swimming at all, although it says 'walking every day ... is the treatment' and he prefers walking and swimming. Total aerobic volume is only ~60 min. The 30 C morning is used to keep him indoors, yet an early or mall walk is routine in Singapore. His goal (carrying his daughter) gets no graded lifting/carry progression, and the ED instruction gives no 995.",
 {},
 "Today: two 10-15 min walks (early morning, shade or mall) plus gentle mobility. Build to a daily walk of 30 min, add swimming on 2 days, and strength 2 days progressing to hip-hinge and carry practice with increasing loads towards lifting his daughter. Gentle (not power) yoga optional. Keep the reassurance and red flags, adding 995. Suggest physio-led graded activity if fear persists.")

add("h21","zh",[1,2,1,1,1,2],
 ["先处理低血糖：吃15-20克快糖，15分钟后复测，高于5.0 mmol/L（90 mg/dl）、人也正常了再开始。",
  "刚打过餐时或修正胰岛素（两三个小时内），还在起作用",
  "又出虚汗、手抖：这是低血糖的表现，不是天热",
  "跑步，中等强度，60分钟"],
 "Type 1 diabetes with glucose 3.6 mmol/l and a tremor before a planned 5 km run, after 2 extra bolus units at lunch. The card correctly cancels the run, gives the 15-15 rule (15-20 g fast carbohydrate, recheck, proceed only above 5.0 and feeling normal), asks her to carry sugar, check after exercise and at bedtime, and report the dosing error. Problems: the headline lets her start a 40-min walk as soon as the recheck passes, while a reason says eat dinner first, so the order is inconsistent. The 'bolus within 2-3 h' reason misapplies a lunch dose given ~6 h earlier. It invents sweating and 'not the heat', and says 'sulfonylurea or insulin' generically. It misses her reduced hypo awareness ('没啥感觉') and the raised risk of a repeat hypo for 24 h after one; 'don't exercise alone' is absent, and the help line gives no 120. The plan then jumps to three 60-min runs with no glucose-check reminders on those days, from an unknown baseline (she runs ~5 km).",
 {},
 "Tonight: treat (15-20 g), recheck at 15 min, eat dinner, no run. Optionally a 20-30 min easy walk after dinner if glucose is >5.6, with sugar on hand and not alone. Check at bedtime and during the night (consider a lower overnight basal after a hypo plus exercise). Report the reduced awareness to the diabetes team. For the week: runs of 30-45 min building gradually, each with a pre-run glucose check, a carbohydrate plan and CGM alerts. Add 120 for confusion or a hypo that doesn't respond.")

add("h22","en",[1,2,2,1,1,2],
 ["your goal (\"start in Saturday's game\", health): walking fits it",
  "no contact training and no games until a doctor has cleared you and you have gone through the graded return-to-play steps, one a day",
  "walking, riding and play with friends as you like"],
 "A 16-year-old with a concussion 5 days ago (altered consciousness, headaches until Monday, still light-sensitive on screens), not seen by a doctor, wanting to start Saturday's semifinal. The card gets the core right: light symptom-limited walking (good for recovery), no contact, no game until medical clearance and the graded return-to-play steps one a day, and 911 red flags. But it never says plainly that he is not symptom-free (photophobia counts) or that Saturday's game is therefore off. Its first reason even says 'walking fits' his goal of starting Saturday, which blurs the message. 'See a doctor this week' is soft for an unassessed adolescent who was 'out of it' after a facial blow, and screen/cognitive load is not addressed. The Tuesday row says 'riding ... as you like', contradicting the card's 'no riding outside'.",
 {},
 "State plainly: light sensitivity means he is not symptom-free, so no semifinal on Saturday. Get evaluated by a doctor in the next 1-2 days (loss/alteration of consciousness, facial impact); many US states require written clearance anyway. Daily 20-30 min walking or stationary bike below symptom threshold, limit screens, school first, then the graded return to sport after clearance. Remove the 'riding' line and tell the coach and parents.")

add("h23","zh",[2,2,2,2,1,1],
 ["这是心绞痛的典型表现",
  "天冷会诱发心绞痛，但不能当作原因放过",
  "备注“。就是现在爬到三楼胸口有点发紧,闷闷的,歇一会就…”：按气短处理"],
 "Two weeks after COVID, a 45-year-old man now gets chest tightness climbing three flights that settles with rest, and wants to run and then play badminton tonight. The card does exactly what is needed: no exercise, recognises an exertional, rest-relieved angina pattern, sends him to cardiology today even though it settles, 120 if at rest or lasting >5 min, and refuses to let the cold or 'not recovered yet' explain it away. Minor issues: post-COVID myocarditis/pericarditis is only hinted at ('hard training during a viral infection can hurt the heart'); the active-illness neck-check line is stale (his fever ended ~10 days ago); the breathlessness reading is a stretch; and the quoted note is garbled (a leading '。' and half-width commas). Tonight's badminton is not named.",
 {},
 "Keep the decision. Name tonight's badminton as off too, mention that post-COVID heart inflammation is one thing the cardiologist will check (ECG, troponin, echo), drop the stale acute-illness line and fix the garbled quote. After clearance, return gradually over 1-2 weeks.")

add("h24","zh",[1,2,2,1,1,1],
 ["今天：中等强度太极，约20分钟",
  "备注“脚右手还是比较没力”：无法确定是什么情况",
  "小腿肿胀、发热或发红（可能是血栓，当天就医）",
  "瑜伽，中等强度，30分钟"],
 "A 67-year-old a year after a stroke, with right-sided weakness and a cane, rehab finished, sitting at home; his daughter fears falls; the goal is walking to the market. Good: supported tai chi (hand on a chair), post-stroke guidance (aerobic + strength + balance, 10-min bouts, cane, level route with rails or a companion, seated strength), FAST stop-signs, and 995 for chest symptoms; the BP stage is correctly classified. Problems: the residual hemiparesis is simultaneously marked 'cannot determine what this is' (with a truncated quote '脚右手') and triggers an irrelevant stress-fracture/DVT warning. Saturday has 30 min of moderate yoga with no chair/seated adaptation, although the card's own stroke list steers to stable, non-falling activities. Walking practice toward the market goal appears on only 2 days. The 27 C/80% humidity morning gets no hydration note.",
 {},
 "Today: chair-supported tai chi or an indoor cane walk with someone present. Walking with the cane 4-5 days a week in 10-min bouts, progressing toward the market distance (route with benches, phone, companion). Seated/supported strength (sit-to-stand, step-ups at a rail) 2-3 days. Replace Saturday's yoga with chair yoga/balance. Remove the 'cannot determine' and stress-fracture/clot text, and add water and cooler-hour timing for the humid heat.")

# verify quotes
import re
for r in R:
    txt = open(f"/tmp/score55/outputs/{r['id']}.txt", encoding="utf-8").read()
    for q in r["quotes"]:
        if q not in txt:
            print("MISSING", r["id"], q)
    for k,v in r["scores"].items():
        if v==0: assert k in r["zero_reasons"], (r["id"],k)
    for k in r["zero_reasons"]: assert r["scores"][k]==0
prof = {json.loads(l)["id"]: json.loads(l)["lang"] for l in open("/tmp/score55/clients_profiles.jsonl")}
for r in R:
    assert prof[r["id"]].split("-")[0]==r["lang"], r["id"]
with open("/tmp/score55/rubric.jsonl","w",encoding="utf-8") as f:
    for r in R: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(R))
