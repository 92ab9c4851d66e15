# Hand-written English notes. Each tuple:
# (text, symptoms, conditions, acute, mood, numbers, kind, why)
T, F = True, False

NOTES = [
("chest feels tight again today. prob nothing, it does that sometimes",
 ["chest_pain"], [], {}, "neutral", {}, ["short", "slang"],
 "Chest tightness today; downplaying it ('prob nothing', 'it does that') does not cancel a current chest symptom."),

("Legs are DEAD from yesterday's leg day lol, stairs are my enemy 😂 otherwise feeling great, let's gooo 💪",
 [], [], {}, "positive", {}, ["exertion_soreness", "figurative", "emoji"],
 "'Legs are dead' is ordinary workout soreness said figuratively; the writer is upbeat and has no warning symptom."),

("pecs are wrecked from heavy bench yesterday, hurts to laugh or reach for the top shelf lol. feeling good though, back day today",
 [], [], {}, "positive", {}, ["exertion_soreness"],
 "Chest muscle soreness that the writer clearly puts down to yesterday's bench session is excluded from chest_pain."),

("Amazing weekend!! Took the kids to the beach, finally beat my 5k PB on Saturday (24:10 🎉) and had a massive bbq with the in-laws. Only weird thing was walking back up from the car park this morning I got this heavy feeling in my chest that went up into my jaw for a few minutes, went away once I sat down. Anyway what's on for today? Feeling pumped!!",
 ["chest_pain"], [], {}, "positive", {}, ["buried", "long", "emoji"],
 "Chest heaviness on exertion this morning spreading to the jaw is chest_pain, buried in a cheerful note; mood clearly upbeat."),

("bp 152/96 on the home machine this morning. never been diagnosed with anything, just got the cuff for xmas",
 [], ["hypertension"], {}, "neutral", {"bp": [152, 96]}, ["device_reading"],
 "A written reading of 152/96 is at or above 140/90, which by the definition implies hypertension even without a diagnosis."),

("dizzy af when i stood up off the couch just now, literally saw stars for a sec. prob just dehydrated lol",
 ["dizziness"], [], {}, "neutral", {}, ["slang"],
 "Dizzy and seeing stars on standing just now; the guessed cause (dehydration) does not remove the symptom."),

("ugh flu. whole body aches, 101.3F and chills. so annoyed, I was meant to race on Sunday",
 ["fever", "acute_illness"], [], {}, "negative", {"temp_c": 38.5}, ["multi"],
 "Flu with whole-body aches is acute_illness; 101.3 F = 38.5 C is a fever. Annoyance at missing the race = negative."),

("Heart skipped a beat when I saw the price of the new Garmin 😂 anyway, easy run planned, feeling chill and happy",
 [], [], {}, "positive", {}, ["figurative", "emoji"],
 "'Heart skipped a beat' at a price is an idiom, not palpitations; the writer is relaxed and happy."),

("Typing this for my mum (72). She had to stop twice to get her breath back just walking to the letterbox yesterday. She has heart failure and takes furosemide. She's in good spirits though and wants to do her chair exercises.",
 ["breathlessness"], ["heart_disease"], {}, "positive", {}, ["proxy_writer", "timing"],
 "Proxy note about the app user (mum): breathless on a short walk yesterday; heart failure is heart_disease; she is in good spirits."),

("32 wks today!! baby kicking like crazy 🥰 had a bit of spotting this morning, not much, probably nothing. so excited, finally finished painting the nursery",
 ["pregnancy_warning"], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 32}, ["buried", "emoji"],
 "Vaginal spotting at 32 weeks is a pregnancy warning even though it is downplayed; mood is excited."),

("Knee's been cranky for years (arthritis), nothing new there. Slept 8 hours, feel fresh and up for it",
 [], ["knee_injury"], {"knee_injury": F}, "positive", {}, ["timing"],
 "Knee arthritis for years is a current knee problem but long-standing, so not acute; rested and well."),

("rolled my ankle on the trail sunday, still puffy and purple. can walk on it ok-ish",
 [], ["ankle_injury"], {"ankle_injury": T}, "neutral", {}, ["timing", "slang"],
 "Ankle rolled a few days ago and still swollen and bruised: a fresh ankle injury."),

("Lower back's been twinging since I lifted my toddler out of the car seat wrong on Monday, and there's a zingy feeling running down the back of my left leg",
 [], ["low_back_pain"], {"low_back_pain": T}, "neutral", {}, ["effect_only", "timing"],
 "Lower back strain from this week with sciatica-like leg pain described without the word; recent, so acute."),

("Took my metformin, fasting sugar 142 this am. bit sluggish, didn't sleep great",
 [], ["diabetes"], {}, "tired", {"glucose_mg_dl": 142}, ["medication_implied", "device_reading"],
 "Metformin implies diabetes; fasting 142 mg/dl recorded; sluggish after a poor night = tired."),

("My dad had a heart attack last year so I'm trying to stay on top of my own health. BP this morning 122/78, feeling good 😊",
 [], [], {}, "positive", {"bp": [122, 78]}, ["third_party", "device_reading", "emoji"],
 "The heart attack was the father's; the writer's own BP 122/78 is normal and recorded; feeling good."),

("No chest pain, no dizziness this time, just the usual tight calves after yesterday's tempo run. Ready for intervals!",
 [], [], {}, "positive", {}, ["negated", "exertion_soreness"],
 "Chest pain and dizziness are explicitly negated; tight calves are ordinary post-run soreness; keen to train."),

("this heat is killing me, 34 degrees at 7am 🥵 so over this summer. doing the treadmill inside today",
 [], [], {}, "negative", {}, ["figurative", "emoji"],
 "'Killing me' is a figure of speech and 34 degrees is the weather, not a body temperature; fed up = negative."),

("Fainted in the shower yesterday morning, wife heard the thud and found me on the floor. I'm ok now, think I just stood up too fast. Want to do a light session today",
 ["dizziness"], [], {}, "neutral", {}, ["timing", "others_noticed"],
 "Fainting yesterday is inside the two-day window, so dizziness applies even though the writer feels ok now."),

("my heart's doing drum solos and I've literally been sitting at my desk all morning. 3 coffees tho so prob that",
 ["palpitations"], [], {}, "neutral", {}, ["effect_only", "slang"],
 "A pounding heart while sitting ('drum solos') is palpitations at rest; caffeine as the likely cause does not remove it."),

("like an elephant sitting on me when I walk uphill to the bus, goes away if I stop and stand for a minute. I'm 58 and still smoke if that matters",
 ["chest_pain"], [], {}, "neutral", {}, ["effect_only"],
 "Crushing pressure on exertion relieved by rest ('elephant sitting on me') is chest_pain described without the word."),

("Got my stent 6 months ago and the cardiologist cleared me for exercise. No symptoms at all, feeling strong.",
 [], ["heart_disease"], {}, "positive", {}, ["negated"],
 "A stent means heart_disease even when cleared and symptom-free; symptoms are negated."),

("asthma's playing up with the pollen, used my blue inhaler twice already today and still wheezy and puffed just walking to work",
 ["breathlessness"], ["asthma"], {}, "neutral", {}, ["multi"],
 "Asthma named; wheezy and out of breath on a walk to work = breathlessness with mild effort."),

("Ventolin, 2 puffs before the run as usual. Feeling great 👍",
 [], ["asthma"], {}, "positive", {}, ["medication_implied", "short", "emoji"],
 "Routine pre-run Ventolin implies asthma / exercise-induced bronchospasm; no symptom; feeling great."),

("Dying to get back on the bike after 2 weeks of work travel!! So excited",
 [], [], {}, "positive", {}, ["figurative"],
 "'Dying to' is a figure of speech for eagerness; excited = positive."),

("sick new PR on deadlift yesterday 🔥 180kg. spinal erectors sore, the good kind of sore, no actual pain and nothing shooting down my legs",
 [], [], {}, "positive", {}, ["slang", "exertion_soreness", "negated", "emoji"],
 "'Sick' means great; muscle soreness after deadlifts with pain and leg symptoms explicitly denied is not a back problem."),

("grandson typing for grandpa: he says he gets lightheaded when he stands up from his chair, been happening the last couple days. he takes amlodipine for his pressure. hes grumpy bc he cant go to bowls",
 ["dizziness"], ["hypertension"], {}, "negative", {}, ["proxy_writer", "medication_implied"],
 "Proxy note: grandpa's light-headedness on standing in the last days; amlodipine for pressure = treated hypertension; grumpy = negative."),

("feelin kinda feverish n achy all over, took 2 panadol. nose runnin too",
 ["fever", "acute_illness"], [], {}, "neutral", {}, ["slang", "typo", "multi"],
 "Feverish now plus whole-body aches = fever and acute_illness (more than a head cold)."),

("just a sniffly nose and sneezing, no fever, chest feels clear. can I still do a light jog?",
 [], [], {}, "neutral", {}, ["negated", "question"],
 "A head cold with only runny nose and sneezing, fever negated, is not acute_illness."),

("so stressed about exams, can't focus on anything. my heart's been fluttering on and off all evening even just sitting at my desk, that's new",
 ["palpitations"], [], {}, "stressed", {}, ["comparison"],
 "A fluttering heart while sitting is palpitations whatever the exam stress; the note leads with stress."),

("Saw my ex at the gym. Heartbreaking. Skipping today.",
 [], [], {}, "negative", {}, ["figurative", "short"],
 "'Heartbreaking' is emotional, not cardiac; upset = negative."),

("Room was spinning when I rolled over in bed this morning, like being drunk without the fun part. Settled after breakfast but still a bit off",
 ["dizziness"], [], {}, "neutral", {}, ["effect_only"],
 "The room spinning this morning = vertigo, i.e. dizziness, described by its effect; still a bit off now."),

("6 weeks postpartum today, bleeding has pretty much stopped and the midwife cleared me for gentle exercise. Feeling really positive about getting moving again!",
 [], [], {}, "positive", {}, ["timing"],
 "After the birth the writer is not pregnant, so postpartum bleeding is neither pregnancy nor a pregnancy warning."),

("Came off the bike Saturday, knee's swollen like a grapefruit and stiff. Icing it.",
 [], ["knee_injury"], {"knee_injury": T}, "neutral", {}, ["timing"],
 "Knee swollen and stiff after a crash a few days ago: a fresh knee injury."),

("Pool chlorine is making my chest feel raw and tight after laps the last 2 days, and I'm coughing a bit. Never had asthma.",
 ["chest_pain"], [], {}, "neutral", {}, ["negated"],
 "Chest tightness in the last two days counts as chest_pain whatever the suspected cause; asthma is negated."),

("81 years young! Walked 3 miles with the walking group, bit puffed on the big hill like everyone else. New hip is brilliant since the op last year.",
 [], [], {}, "positive", {}, ["healed", "comparison"],
 "Getting puffed on a big hill like everyone is normal exertion; the hip replacement is healed and not a listed condition."),

("ngl PE today lowkey made me wanna throw up but i didnt lol. im fine. so bored of school rn",
 [], [], {}, "negative", {}, ["slang"],
 "Feeling queasy after hard PE without vomiting is not an illness; bored = negative."),

("Night shift x4 in a row, 3 hrs sleep, brain is mush. heart goes all fluttery when I lie down to sleep tho",
 ["palpitations"], [], {}, "tired", {}, ["slang"],
 "A fluttering heart when lying down is palpitations at rest; the note leads with exhaustion from night shifts."),

("just landed from Singapore, jet lagged to hell. ankles a bit puffy from the 13h flight but that always happens, gone by tomorrow usually",
 [], [], {}, "tired", {}, ["slang"],
 "Jet lag = tired; ankle puffiness from sitting on a long flight is not an injury."),

("T1D here, pump says 287 after lunch, correcting now. will wait till it comes down before I ride",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 287}, ["device_reading", "slang"],
 "T1D = type 1 diabetes; a reading of 287 mg/dl is recorded."),

("Trying a Libre sensor for fun (no diabetes, just a biohacking thing), 5.6 mmol this morning",
 [], [], {}, "neutral", {"glucose_mg_dl": 101}, ["negated", "device_reading"],
 "Diabetes is negated and 5.6 mmol/l (x18 = 101 mg/dl) is normal; the number is still recorded."),

("COPD, on my tiotropium. chest is rattly this week, coughing up green stuff and short of breath just getting dressed",
 ["breathlessness", "acute_illness"], [], {}, "neutral", {}, ["multi"],
 "Breathless getting dressed plus a productive chest infection this week; COPD is not one of the listed conditions."),

("arthritis in my hands is flaring, can't even grip the kettlebell properly. knees and back are fine for once. fed up",
 [], [], {}, "negative", {}, ["negated"],
 "Hand arthritis is not a listed condition and the knees and back are negated; fed up = negative."),

("ACL recon 5 weeks ago, physio says I can start on the spin bike!! Stoked",
 [], ["knee_injury"], {"knee_injury": F}, "positive", {}, ["timing", "slang"],
 "Recovering from ACL reconstruction is a current knee problem; 5 weeks out and not described as swollen, so not acute."),

("Achilles has been sore every morning for like 3 months, warms up after 10 min of walking. so over it",
 [], ["ankle_injury"], {"ankle_injury": F}, "negative", {}, ["timing"],
 "Achilles tendon pain is ankle_injury; three months = long-standing; 'so over it' = frustrated."),

("Started a new BP pill (lisinopril) on Monday, now I've got this dry tickly cough. otherwise fine",
 [], ["hypertension"], {}, "neutral", {}, ["medication_implied"],
 "A BP pill implies hypertension; a dry tickly cough from the pill is not a chest cold or illness."),

("new tablets since the AF diagnosis (bisoprolol), making me woozy when I stand up quick and so tired all the time",
 ["dizziness"], ["heart_disease"], {}, "tired", {}, ["medication_implied", "slang"],
 "AF is heart_disease; woozy on standing = dizziness, side effect or not; tired all the time."),

("Thought I was having a heart attack lol, turns out it was the underwire on my new sports bra digging in 😂 swapped it, in a great mood today",
 [], [], {}, "positive", {}, ["figurative", "emoji"],
 "Catastrophising over a bra wire digging in; the cause was external and gone, no chest symptom; great mood."),

("resting hr on my watch says 112 and ive been on the couch for an hour, can feel it pounding in my ears",
 ["palpitations"], [], {}, "neutral", {}, ["device_reading"],
 "A pounding heart at 112 bpm after an hour on the couch = palpitations at rest."),

("Can't be bothered today tbh. Nothing wrong physically, just zero motivation",
 [], [], {}, "negative", {}, ["slang", "negated"],
 "'Can't be bothered' / no motivation = negative; physical problems denied."),

("Feel light as a feather today after a week of clean eating!! Oh and my vision went grey for a second when I stood up from stretching but whatever, 10k here I come 🏃‍♀️",
 ["dizziness"], [], {}, "positive", {}, ["buried", "emoji"],
 "Vision greying out on standing is a near-blackout (dizziness), dropped as an aside in a happy note."),

("Wife says I looked grey and sweaty after mowing the lawn yesterday and made me sit down. I did feel a sort of pressure in my chest. Probably just the heat.",
 ["chest_pain"], [], {}, "neutral", {}, ["others_noticed", "timing"],
 "Chest pressure on exertion yesterday, signs noticed by the wife; blaming the heat does not remove it."),

("heart racing, hands shaking, cant catch my breath. sitting on the bathroom floor at work. think its a panic attack, had them before",
 ["palpitations", "breathlessness"], [], {}, "stressed", {}, ["multi"],
 "Racing heart and breathlessness at rest right now; a likely panic attack still gives both symptoms; anxious = stressed."),

("feeling 100%! (well, 99%, hay fever 🤧)",
 [], [], {}, "positive", {}, ["short", "emoji", "figurative"],
 "Hay fever is an allergy (sneezing), not a fever and not an illness below the neck; feeling well."),

("24 weeks and feeling lovely, swimming 3x a week. no bleeding, no pains, baby very active",
 [], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 24}, ["negated"],
 "Pregnant at 24 weeks; bleeding and pains negated, so no pregnancy warning."),

("Im 35 weeks and ive had a splitting headache since last night that paracetamol isnt touching, vision a bit blurry too. was gonna do prenatal yoga but bit scared tbh",
 ["pregnancy_warning"], ["pregnancy"], {}, "stressed", {"pregnancy_weeks": 35}, ["typo"],
 "A severe headache at 35 weeks is a pregnancy warning; 'bit scared' = stressed."),

("38+2 and tightenings every 6 min for the last hour, they really hurt. is a walk ok to get things moving?",
 ["pregnancy_warning"], ["pregnancy"], {}, "neutral", {"pregnancy_weeks": 38}, ["question", "slang"],
 "38+2 = 38 completed weeks; regular painful contractions are a pregnancy warning."),

("7 months pregnant, right calf is swollen and hot and hurts to walk on since yesterday",
 ["pregnancy_warning"], ["pregnancy"], {}, "neutral", {}, ["timing"],
 "Calf pain and swelling during pregnancy is a warning; months are not converted to weeks."),

("My wife is 30 weeks pregnant and I'm doing couch to 5k to keep up with her on walks lol. knees fine, feeling good",
 [], [], {}, "positive", {}, ["third_party", "negated"],
 "The wife is pregnant, not the writer, and her weeks are not the writer's number; knees negated."),

("On amlodipine + losartan, BP was 138/86 this morning which is good for me",
 [], ["hypertension"], {}, "neutral", {"bp": [138, 86]}, ["medication_implied", "device_reading"],
 "Two BP medicines = treated hypertension even though today's reading is below 140/90."),

("Doc says my blood pressure is 'borderline', 136/88 at the check. not on anything, just told to move more",
 [], [], {}, "neutral", {"bp": [136, 88]}, ["negated"],
 "136/88 is below 140/90 with no diagnosis or treatment, so no hypertension label; the reading is recorded."),

("Doc says I'm prediabetic, fasting was 6.1. not on any meds, just told to cut the sugar and walk more",
 [], [], {}, "neutral", {"glucose_mg_dl": 110}, ["negated"],
 "Prediabetes without glucose-lowering medicine and a fasting 6.1 mmol/l (110 mg/dl) does not meet the diabetes label."),

("Hypo during my ride yesterday, 3.2 on the meter, had jelly babies and was fine. Insulin dose adjusted now",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 58}, ["medication_implied", "device_reading", "timing"],
 "Insulin implies diabetes; 3.2 mmol/l = 58 mg/dl; a hypo is not one of the listed symptoms."),

("kneecap aching after squats, especially going down stairs. 3 days now",
 [], ["knee_injury"], {"knee_injury": T}, "neutral", {}, ["timing"],
 "Knee pain that began 3 days ago is a fresh knee problem (joint pain, not muscle soreness)."),

("L4-L5 disc, same as always, bit of sciatica down the right leg. nothing new",
 [], ["low_back_pain"], {"low_back_pain": F}, "neutral", {}, ["slang", "timing"],
 "A lumbar disc problem with sciatica that is 'same as always' is long-standing low back pain."),

("is it normal to feel dizzy after giving blood this morning? still a bit woozy",
 ["dizziness"], [], {}, "neutral", {}, ["question"],
 "Dizzy and woozy now after giving blood; the cause does not matter."),

("Good morning! Weather's gorgeous, did yoga in the garden with my neighbour and made a banana bread, and the grandkids are coming Saturday so I want to keep fit for chasing them around. I've been getting funny flutters in the evenings watching telly, my heart sort of jumps then goes quick for a minute or so, started a few days ago. Anyway what do you suggest for today?",
 ["palpitations"], [], {}, "positive", {}, ["buried", "long"],
 "Evening flutters with a jumping, quick heart while watching TV = palpitations at rest, buried in a cheerful note."),

("🤒🤧 38.6",
 ["fever"], [], {}, "neutral", {"temp_c": 38.6}, ["short", "emoji"],
 "38.6 next to a sick emoji is a body temperature of at least 38.0 C = fever."),

("Temp 99.5°F this morning, feel totally fine, just checking since my kid has a cold",
 [], [], {}, "neutral", {"temp_c": 37.5}, ["third_party", "device_reading"],
 "99.5 F = 37.5 C is below 38.0 and the writer feels fine; the cold is the child's."),

("kid's got a fever of 39 and threw up twice, I'm staying home with her. I'm ok, just stressed",
 [], [], {}, "stressed", {}, ["third_party"],
 "Fever and vomiting are the child's; her temperature is not the writer's number. The writer is stressed."),

("hey I've got some chest pane when I walk up the stairs and it goes into my left arm period going to rest today",
 ["chest_pain"], [], {}, "neutral", {}, ["voice_input"],
 "Voice dictation ('chest pane', 'period'): chest pain on the stairs radiating to the left arm."),

("feeling dizzy and like the room is spinning comma also my hard is racing even sitting down",
 ["dizziness", "palpitations"], [], {}, "neutral", {}, ["voice_input", "multi"],
 "Dictation error 'hard' = heart: a racing heart while sitting plus dizziness and spinning."),

("got brethless climbin 1 flite of stairs at work tdy, werid, never happend b4. kinda freaked out",
 ["breathlessness"], [], {}, "stressed", {}, ["typo", "comparison"],
 "Breathless after one flight of stairs (with typos) = breathlessness with mild effort; freaked out = stressed."),

("had a fever last night (38.4), woke up sweaty and knackered but temp's back to normal-ish now. want to do a light spin",
 ["fever"], [], {}, "tired", {"temp_c": 38.4}, ["timing"],
 "A 38.4 C fever last night is within the last couple of days, so fever applies; knackered = tired."),

("Dad (I'm typing for him, he's 79): he's on warfarin for his AF and his pacemaker check last week was fine. He feels great today and wants to do his chair exercises",
 [], ["heart_disease"], {}, "positive", {}, ["proxy_writer", "medication_implied"],
 "Proxy note: AF and a pacemaker = heart_disease; no symptoms; he feels great."),

("crush finally texted back, heart melted 🫠💀 anyway what's today's workout",
 [], [], {}, "positive", {}, ["figurative", "emoji", "slang"],
 "'Heart melted' is a figure of speech for delight, not a heart symptom; happy."),

("Took the stairs to the 5th floor and had to stop on the 2nd to catch my breath, which is new. usually I fly up",
 ["breathlessness"], [], {}, "neutral", {}, ["effect_only", "comparison"],
 "Having to stop after two flights to catch breath, new compared with usual = breathlessness with mild effort."),

("Bit of burning behind my breastbone after lunch, pretty sure it's just heartburn from the curry",
 ["chest_pain"], [], {}, "neutral", {}, ["effect_only"],
 "Burning in the chest is chest_pain by definition; the heartburn explanation does not cancel it."),

("Gym rat checking in 🏋️ 5am crew! BP meds taken, shake down, chest and tris on the menu. Slight pressure in the middle of my chest on the drive over but it's gone now. LET'S GO",
 ["chest_pain"], ["hypertension"], {}, "positive", {}, ["buried", "medication_implied", "emoji"],
 "Chest pressure at rest on the drive (not workout soreness) is buried in an energetic note; BP meds = hypertension."),

("walking the dog this morning I got an ache in my left arm and jaw and like a tight band across my chest, lasted 5 min. prob slept funny",
 ["chest_pain"], [], {}, "neutral", {}, ["effect_only"],
 "A tight band across the chest with left arm and jaw ache on a walk = chest_pain, whatever the excuse."),

("ok so my resting HR dropped to 48 and I'm freaking out, is my heart failing?? I've been running 50k a week for a year",
 [], [], {}, "stressed", {}, ["question", "device_reading"],
 "A resting HR of 48 in a trained runner is not a symptom; 'heart failing' is catastrophising; freaking out = stressed."),

("HF patient. ankles more swollen than usual, up 2kg in 3 days, and I have to sleep on 3 pillows now or I wake up gasping",
 ["breathlessness"], ["heart_disease"], {}, "neutral", {}, ["multi", "effect_only", "comparison", "slang"],
 "Waking up gasping = breathlessness; HF = heart failure; fluid swelling of the ankles is not an ankle injury."),

("Did a hike in 38°C yesterday, got a pounding headache and felt faint and sick by the end. drank loads, still a bit headachy today",
 ["dizziness"], [], {}, "neutral", {}, ["timing"],
 "Feeling faint yesterday = dizziness; 38 C is the air temperature, not a body temperature, so no fever or temp_c."),

("feelin pure peely-wally the day, been boakin since 5am and cannae keep anythin doon",
 ["acute_illness"], [], {}, "neutral", {}, ["dialect"],
 "Scots: peely-wally = pale and ill, boakin = retching/vomiting, can't keep anything down = acute_illness."),

("crook as today, chucked up twice last night and got the runs. no footy training for me",
 ["acute_illness"], [], {}, "neutral", {}, ["dialect", "slang"],
 "Australian: crook = sick, chucked up = vomited, the runs = diarrhoea -> acute_illness."),

("My sugar was 240 this mornin, doc's got me on the metformin now. Fixin to walk after supper if I feel up to it",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 240}, ["dialect", "medication_implied"],
 "Southern US 'my sugar' = blood glucose; 240 mg/dl and metformin = diabetes."),

("Feeling giddy since morning, had to hold the wall while brushing. Also having loose motions from yesterday night",
 ["dizziness", "acute_illness"], [], {}, "neutral", {}, ["dialect", "multi"],
 "Indian English: giddy = dizzy, loose motions = diarrhoea -> dizziness and acute_illness."),

("bit mareado today as my abuela would say 😅 room tilts whenever I look up at the top shelf",
 ["dizziness"], [], {}, "neutral", {}, ["mixed_lang", "emoji", "effect_only"],
 "Spanish 'mareado' = dizzy; the room tilting = vertigo."),

("feeling a bit 头晕 since lunch, and my 心跳 feels off, like it skips then thumps. just sitting at my desk",
 ["dizziness", "palpitations"], [], {}, "neutral", {}, ["mixed_lang", "multi"],
 "头晕 = dizzy; a heartbeat that skips then thumps while sitting = palpitations."),

("Had asthma as a kid, grew out of it by 12, haven't needed an inhaler in 20 years.",
 [], [], {}, "neutral", {}, ["healed"],
 "Childhood asthma outgrown, no inhaler for 20 years = past, not a current condition."),

("It's been a year today since Dad's heart attack. Miss him loads. I'm physically fine, just want to walk and think",
 [], [], {}, "negative", {}, ["third_party", "negated"],
 "The heart attack was the father's; the writer is grieving (negative) and physically fine."),

("Century ride Sunday went great. Saddle sore, quads toast 🔥 zero complaints otherwise, buzzing for the next one",
 [], [], {}, "positive", {}, ["exertion_soreness", "slang", "emoji"],
 "Saddle soreness and tired quads after a long ride are normal exertion; buzzing = positive."),

("shivery, hot and cold, temp 38.1°C. had my flu jab yesterday so probably that",
 ["fever"], [], {}, "neutral", {"temp_c": 38.1}, ["timing", "device_reading"],
 "38.1 C is a fever even if it is a vaccine reaction."),

("16 weeks with baby #2 🤰 asthma's been well controlled on my preventer, morning sickness finally easing off, feeling good",
 [], ["pregnancy", "asthma"], {}, "positive", {"pregnancy_weeks": 16}, ["multi", "emoji"],
 "Pregnant at 16 weeks and asthma on a preventer; easing morning sickness is not a warning."),

("hyperemesis is back, 11 wks, threw up 8 times yesterday and can't keep water down. exhausted",
 ["pregnancy_warning"], ["pregnancy"], {}, "tired", {"pregnancy_weeks": 11}, ["slang"],
 "Severe pregnancy vomiting with fluids not kept down = pregnancy_warning (not also acute_illness); exhausted = tired."),

("9 weeks, bit queasy in the mornings but crackers help. otherwise lots of energy!",
 [], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 9}, ["short"],
 "Mild morning sickness that still lets her eat is not a pregnancy warning; energetic."),

("BP was one forty-five over ninety-two this morning, doc wants to start me on pills next week. feel fine",
 [], ["hypertension"], {}, "neutral", {"bp": [145, 92]}, ["device_reading"],
 "145/92 written in words is at or above 140/90 = hypertension."),

("fasting 7.4 mmol this morning on my mum's meter, second time it's been over 7. not diagnosed yet, GP next week. bit worried tbh",
 [], ["diabetes"], {}, "stressed", {"glucose_mg_dl": 133}, ["device_reading"],
 "The writer's own fasting 7.4 mmol/l (133 mg/dl) is at or above 7.0, a clearly diabetic reading by the definition; worried."),

("Twisted my knee getting out of the car yesterday, it's swollen and clicks. Also I'm type 2, sugar this morning 8.4",
 [], ["knee_injury", "diabetes"], {"knee_injury": T}, "neutral", {"glucose_mg_dl": 151}, ["multi", "device_reading"],
 "Knee twisted yesterday and swollen = acute knee injury; type 2 diabetes; 8.4 mmol/l = 151 mg/dl."),

("Grandpa reporting in, 84. Got a chest cold, rattly cough bringing up phlegm for 4 days now. Wife says I sound like a blocked drain 😂",
 ["acute_illness"], [], {}, "neutral", {}, ["others_noticed", "emoji"],
 "A current chest cold with productive cough = acute_illness."),

("Broke my little toe 3 weeks ago, boot's off and walking fine. ankle and knee all good",
 [], [], {}, "neutral", {}, ["negated", "timing"],
 "A toe fracture is not an ankle or knee problem, and both are negated."),
]
