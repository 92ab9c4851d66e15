# Hand-written English notes. Each tuple:
# (text, symptoms, conditions, acute, mood, numbers, kind, why)
NOTES = [
(
"Right, quick one. The wee man had his nativity rehearsal so I was up at six sewing a donkey costume. Walking up the brae to the school this morning I got this tight heavy feeling right across my chest, like someone sitting on me, and had to stop at a lamppost till it eased off. It went after a few minutes. Plan says intervals tonight, is that still on? Also my watch died so no data, sorry.",
["chest_pain"], [], {}, "neutral", {},
["long", "buried", "dialect", "question"],
"Tight heavy chest this morning on a walk uphill, buried among school chatter; no feelings stated, so neutral."),
(
"Good morning. My mother-in-law is staying with us since Sunday, she is having sugar and BP both, so I am doing all the cooking without salt and whole house is complaining. Husband's knee is paining again after his cricket match, he is limping like anything. Myself I am fine only, slept well, no issues. Feeling very motivated, please give me the 30 minute walk plan, I want to lose 3 kg before my cousin's wedding.",
[], [], {}, "positive", {},
["third_party", "multi", "long", "dialect", "negated"],
"Diabetes/BP belong to the mother-in-law and the knee to the husband; the writer is well and motivated."),
(
"Good evening o. NEPA took light again so no fan, the heat was serious. This afternoon I was washing clothes and when I stood up everything turned dark, I had to hold the wall and sit on the floor for some minutes before I could see again. My sister said I should drink something cold and rest. Today abeg give me only the stretching one.",
["dizziness"], [], {}, "neutral", {},
["dialect", "effect_only", "long"],
"Vision went dark on standing and had to sit on the floor this afternoon: near-fainting, described through what happened."),
(
"Mawnin! Mi feel good good today, sun a shine and mi granddaughter come visit from Kingston. Mi tek mi pressure tablet dem already, the likkle white one and the pink one. Doctor say mi pressure did look good last check. Mi ready fi walk by the seaside.",
[], ["hypertension"], {}, "positive", {},
["dialect", "medication_implied"],
"Takes pressure tablets, so treated hypertension; no symptoms; says she feels good."),
(
"Rolled me ankle stepping off the kerb at the servo Saturday arvo \U0001f926\u200d\u2642\ufe0f It's come up like a cricket ball and gone purple. Can still hobble round the house. Bloody frustrated, I'd just got back into a rhythm. Upper body only today yeah?",
[], ["ankle_injury"], {"ankle_injury": True}, "negative", {},
["dialect", "emoji", "slang", "question"],
"Fresh swollen ankle sprain from Saturday: ankle_injury acute; frustrated, so negative."),
(
"Well bless my heart, y'all finally added a line dancing workout! This heat is fixin' to kill me out here in Alabama but I'm just dying to try it. Sweet tea in hand, and my knees feel great since I lost the weight. Let's go!",
[], [], {}, "positive", {},
["figurative", "dialect"],
"'Heat fixin' to kill me' and 'dying to try it' are figures of speech; knees fine; excited."),
(
"Bit of a week and I'm honestly frazzled. Monday I had a migraine and stayed in the dark most of the day, that's gone now. Wednesday the car failed its MOT, \u00a3400, lovely. Last night lying in bed my heart started doing this fluttery skipping thing for maybe twenty minutes, I'd only had one coffee all day. Felt fine when I woke up. Kids are off Friday for teacher training so I need to get something in today if I can.",
["palpitations"], [], {}, "stressed", {},
["timing", "long", "buried"],
"Fluttering/skipping heart at rest last night is within the window; Monday's migraine is over and not a label anyway; 'frazzled' = stressed."),
(
"Ah I'm in bits. The young lad brought a dose home from the crèche on Monday and now it's gone down on my chest, coughing up all sorts and the whole body aches. Herself says I'm a big baby and has me banished to the spare room. The Leinster match is Saturday and the tickets are bought, typical. Fed up, not a hope of the 5k this weekend.",
["acute_illness"], [], {}, "negative", {},
["dialect", "slang", "long", "timing"],
"Cold gone down on the chest with cough and whole-body aches = acute_illness; fed up = negative."),
(
"Eh today ok lah, the fever already gone since last Tuesday, no more cough also. Boss keep asking us OT until 10pm, sian. Wanna do light jog at East Coast after work, can or not?",
[], [], {}, "negative", {},
["healed", "negated", "dialect", "slang", "question"],
"Fever ended over a week ago; 'sian' is being fed up/bored, so negative."),
(
"This is Karen typing for Dad (Bill, 81), he uses the app for his chair exercises. He has heart failure and takes the water tablet every morning. Since Saturday his ankles are puffier than usual, and last night he woke up gasping and had to sit on the edge of the bed to get his breath. Today he couldn't get up the three garden steps without stopping twice. Should he skip today?",
["breathlessness"], ["heart_disease"], {}, "neutral", {},
["proxy_writer", "effect_only", "long", "question"],
"Note is about the app user (Dad): heart failure; woke breathless and stops on three steps = breathlessness. Ankle puffiness is not an injury."),
(
"My Apple Watch gave me an 'irregular rhythm notification' twice yesterday while I was sat at my desk. I didn't feel anything odd myself. Booked a GP appointment for next week. Otherwise feeling really good, Great North Run training is bang on track.",
["palpitations"], [], {}, "positive", {},
["device_reading"],
"Convention: a wearable's irregular-rhythm alert at rest within the window counts as palpitations even if not felt; no diagnosis yet, so no condition."),
(
"Chest is absolutely wrecked after yesterday's bench session, hurts to even reach for the cereal lol. New PB though, 100kg!! Legs today.",
[], [], {}, "positive", {},
["exertion_soreness", "slang"],
"Chest soreness clearly attributed to yesterday's bench press is not chest_pain; proud of a PB."),
(
"Did my BP on the pharmacy machine: 128/82, pulse 64. No dizziness, no chest pain, none of the stuff the cardiologist told me to watch for after the stent last year. Feeling pretty chuffed honestly.",
[], ["heart_disease"], {}, "positive", {"bp": [128, 82]},
["negated", "device_reading"],
"Stent = heart_disease; symptoms explicitly negated; normal BP recorded; chuffed = positive."),
(
"31 weeks today! Nursery is finally painted (sage green, thanks Pinterest). My mum came over to help build the cot and we argued about the instructions for an hour. Since lunchtime my right calf has been really sore and it looks a bit swollen compared to the left, probably all the standing. Hubby's making lasagne tonight. Thinking the prenatal yoga video?",
["pregnancy_warning"], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 31},
["long", "buried", "question"],
"One-sided sore swollen calf in pregnancy is a pregnancy warning, buried among nursery chatter; leads with excitement."),
(
"Yesterday during the society meeting my wife said I went completely white and was sweating, I told her it was the samosas. Actually there was a pressure on my chest going into the left arm for a few minutes, then it settled. Today feeling ok. Shall I do the brisk walk?",
["chest_pain"], [], {}, "neutral", {},
["others_noticed", "question", "dialect"],
"Chest pressure spreading to left arm yesterday is within the window; wife noticed pallor."),
(
"Ankle's totally fine now, the sprain was back in March and the physio signed me off in May. Ran 8k on Sunday with zero pain. Bit bored of the same route though, any trail suggestions?",
[], [], {}, "negative", {},
["healed", "negated", "question"],
"Sprain healed months ago, so no ankle_injury; only feeling expressed is boredom."),
(
"Haze today PSI 150 leh, whole of Jurong cannot see the buildings. My asthma quite bad since yesterday, walking from MRT to office also need to stop two times and use my blue inhaler, very wheezy. Colleagues all wearing N95, boss still want us to go client site in the afternoon. Lunch I da bao chicken rice only. Think today skip ba.",
["breathlessness"], ["asthma"], {}, "neutral", {},
["dialect", "effect_only", "medication_implied", "long", "buried"],
"Asthma flare; has to stop on a short walk = breathlessness with mild effort."),
(
"Watched the final episode last night and it was heartbreaking, I sobbed like a baby. Legit feel like someone ripped my heart out. Still gutted this morning, can't stop thinking about it. Body feels fine though.",
[], [], {}, "negative", {},
["figurative"],
"Heart language is figurative about a TV show; gutted = negative; body fine."),
(
"Gran took a funny turn at church on Sunday and fainted in the pew, they kept her in the Royal overnight, she's home now and cheeky as ever. Mum's been up to high doh about it. Me, I'm grand, just knackered from driving back and forth to Stirling all week.",
[], [], {}, "tired", {},
["third_party", "dialect", "slang"],
"Fainting was Gran's; writer is only knackered."),
(
"Fasting sugar was 8.4 this morning on the Libre, bit higher than usual, I had a late curry with the lads for Dev's leaving do. Took my metformin with breakfast. Otherwise feel normal. Wife wants the loft sorted this weekend so I'll be up and down ladders anyway. Want to do the 20 min bike today.",
[], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 151},
["device_reading", "medication_implied", "long"],
"Metformin and fasting 8.4 mmol/l (x18 = 151 mg/dl) = diabetes; no symptoms."),
(
"Ugh. Woke up at 101.3 and everything aches, the kids brought home whatever's going around daycare. Husband has it too. Feel miserable. Not working out today, just logging it.",
["fever", "acute_illness"], [], {}, "negative", {"temp_c": 38.5},
["multi"],
"101.3 F = 38.5 C fever plus whole-body aches = acute_illness; miserable = negative."),
(
"Hey so my heart was racing like crazy when I was just sitting watching TV last knight, like pounding in my ears for half an hour, I counted it at like 150. Its fine now. Sorry using voice to text my hands are full of groceries",
["palpitations"], [], {}, "neutral", {},
["voice_input", "typo"],
"Racing pounding heart at rest last night = palpitations; 'knight' is a dictation error."),
(
"Mornin. I been a little swimmy-headed since yesterday supper, had to hold on to the counter when I got up to fix coffee. Sugar was 62 so I drank some juice. Took my insulin same as always. My grandson's coming Saturday to fix the porch screen. I'll just do the sitting exercises today honey.",
["dizziness"], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 62},
["dialect", "effect_only", "device_reading", "medication_implied"],
"'Swimmy-headed' and holding the counter = dizziness; insulin = diabetes; low reading recorded as given."),
(
"My heart skipped a beat when I opened the gas bill, \u00a3310 for one month!! Nearly had a heart attack. Properly stressed about money this month. Physically I'm fine, slept 8 hours, going to do the full session.",
[], [], {}, "stressed", {},
["figurative"],
"'Heart skipped a beat' and 'nearly had a heart attack' are figurative; money worry = stressed."),
(
"Six years since my heart attack today, and I've just done my 100th parkrun! Cardiac rehab nurse would be proud. Feeling on top of the world.",
[], ["heart_disease"], {}, "positive", {},
["timing"],
"A past heart attack stays heart_disease even years later; no current symptom; elated."),
(
"Morning! Book club was last night, we did the new Richard Osman, mixed reviews. Garden's full of slugs again, the hostas look like lace. Since about Tuesday I can't get up the one flight to the bedroom without stopping halfway to catch my breath, and I'm puffing just talking on the phone. Daughter's bringing the grandkids Sunday so I'll need some energy for that. What's on the plan?",
["breathlessness"], [], {}, "neutral", {},
["long", "buried", "effect_only", "question"],
"Stopping on one flight and puffing while talking, ongoing since Tuesday = breathlessness, buried in chatter."),
(
"Wife is 28 weeks pregnant and her feet are swollen so I'm doing all the hoovering now haha. Her mum has the flu too so we've cancelled Sunday lunch. I'm totally fine, no symptoms, just want a quick 30 min HIIT before work.",
[], [], {}, "neutral", {},
["third_party", "negated", "multi"],
"Pregnancy, swelling and flu all belong to others; weeks are not the writer's so no numbers."),
(
"20 week scan yesterday and it's a girl!! Baby measuring perfectly. Zero sickness this week and my energy is finally back. Keen for the pregnancy pilates.",
[], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 20},
["negated"],
"20-week scan means about 20 weeks pregnant; no warning signs; happy."),
(
"Old knee's grumbling again on the stairs, the arthritic one, it's been like this for years. Doctor says keep moving. Got new Hokas in the sale, lovely and bouncy. Nothing else to report.",
[], ["knee_injury"], {"knee_injury": False}, "neutral", {},
[],
"Long-standing knee arthritis = knee_injury, not acute."),
(
"Did my back in Thursday lifting the little one into the car seat, lower back, can barely bend to put my socks on. The missus has been a legend, she's done every school run since. The Bunnings trip for the new fence palings got postponed, no complaints there. It's getting a bit better each day and I can walk round the block fine. Walking ok?",
[], ["low_back_pain"], {"low_back_pain": True}, "neutral", {},
["dialect", "effect_only", "question", "long"],
"Lower back strain a few days ago = low_back_pain, acute."),
(
"Sciatica's been my constant companion since 2019, left leg buzzes when I sit too long. Work's killing me this week, three deadlines. Just need something gentle to stretch it out.",
[], ["low_back_pain"], {"low_back_pain": False}, "stressed", {},
["figurative"],
"Sciatica since 2019 = long-standing low_back_pain; 'work's killing me' is figurative pressure = stressed."),
(
"Sir today I am having slight temperature, 37.8 in the morning, and body is paining all over. From office I took leave. Mother is making kanji. Will do exercise after I recover.",
["fever", "acute_illness"], [], {}, "neutral", {"temp_c": 37.8},
["dialect", "multi"],
"'Having temperature' = running a fever (counts even below 38); body aches = acute_illness."),
(
"Took my temp because my daughter has a fever, mine's 36.9, totally normal. Kept her home from school and we're doing Lego all day. I'll fit in a home workout during her nap.",
[], [], {}, "neutral", {"temp_c": 36.9},
["third_party", "negated"],
"The fever is the daughter's; writer's own temperature is normal."),
(
"Had my AF check at the clinic, rhythm's been steady on the bisoprolol and Eliquis. No fluttering this week at all. Weather's gorgeous and I'm in great spirits, might do the coastal walk.",
[], ["heart_disease"], {}, "positive", {},
["negated", "medication_implied"],
"Atrial fibrillation on treatment = heart_disease; fluttering negated."),
(
"Update for the week: passed out in the shower last Friday, went to A&E, bloods and ECG were all normal and they said dehydration. Haven't had a single dizzy spell since, and it's now Thursday. Drinking loads more water. Cleared to go back to normal training.",
[], [], {}, "neutral", {},
["timing", "healed", "negated"],
"Faint was six days ago and fully resolved, outside the couple-of-days window."),
(
"Malaria don catch me again since Sunday, I dey take Coartem. Body dey hot, I dey shiver, everywhere dey pain me. My oga for office say make I rest, rain never stop for Lagos since morning. Abeg no workout for me this week.",
["fever", "acute_illness"], [], {}, "neutral", {},
["dialect", "slang", "multi", "long"],
"Ongoing malaria: feverish now with body aches = fever + acute_illness."),
(
"My son's asthma was playing up at footie training so I sat with him in the car while he did his inhaler. He's fine now. Me, I'm bursting with energy today, let's smash it.",
[], [], {}, "positive", {},
["third_party"],
"Asthma and inhaler are the son's; writer energetic."),
(
"Bit of a runny nose and sneezing, standard autumn cold. No temperature and my chest is clear. Fancy a light jog rather than the tempo run.",
[], [], {}, "neutral", {},
["negated"],
"Head cold with runny nose/sneezing only is not acute_illness; fever negated."),
(
"Head cold has moved down to my chest since the weekend, rattly cough that keeps me up and I'm bringing up green stuff. Achy all over too. Work still wants me in for the audit Thursday and the printer's broken again. My smart scale says I've lost a kilo, every cloud. Absolutely shattered, skipping today.",
["acute_illness"], [], {}, "tired", {},
["long", "device_reading"],
"Chest cold with productive cough and body aches = acute_illness; shattered = tired."),
(
"Carnival fete last night was too sweet! Mi foot dem killin' me from all the wining but mi spirit high high. Ready for some stretching.",
[], [], {}, "positive", {},
["figurative", "dialect", "exertion_soreness"],
"Sore feet from dancing is exertion soreness and 'killin' me' figurative; no injury; in high spirits."),
(
"Monday: fine. Tuesday: five-a-side, went in for a tackle and felt my knee pop, it swelled up straight away. Wednesday: physio says possible meniscus, waiting on the MRI. Today: still puffy and can't fully straighten it. Gutted, was meant to be captain Sunday.",
[], ["knee_injury"], {"knee_injury": True}, "negative", {},
["timing", "effect_only"],
"Knee injury this week, still swollen = knee_injury acute; gutted = negative."),
(
"Good morning my dear. Church harvest was lovely, I made my coconut bread and it sold out first. Pastor wife asking after all of you. Only thing, when I walk up the hill from market with my bags now I get a heavy feeling in the middle of my chest and have to stand by the fence and rest, it happen yesterday and again this morning. Then it pass. My pressure tablets I take faithfully. God is good.",
["chest_pain"], ["hypertension"], {}, "positive", {},
["long", "buried", "dialect", "medication_implied", "effect_only"],
"Heavy central chest feeling on walking uphill, yesterday and today = chest_pain, buried; pressure tablets = hypertension; cheerful tone."),
(
"No chest pain, no dizziness, no nothing. My only complaint is that my teenager ate the last of the protein bars. Feeling strong.",
[], [], {}, "positive", {},
["negated", "short"],
"All symptoms negated; protein-bar complaint is a joke; feeling strong."),
(
"Fasting glucose 142 this morning per my meter. Doc put me on Jardiance last month. Also a little stressed, my daughter's moving to Denver Friday and I'm helping pack.",
[], ["diabetes"], {}, "stressed", {"glucose_mg_dl": 142},
["device_reading", "medication_implied"],
"Fasting 142 mg/dl (>=126) and Jardiance = diabetes; stressed about the move."),
(
"Home cuff this morning: 152/96. Don't take anything for it, doc says lose weight first. That's why I'm here I suppose.",
[], ["hypertension"], {}, "neutral", {"bp": [152, 96]},
["device_reading"],
"A written reading of 152/96 is >=140/90, so hypertension even untreated."),
(
"Husband's on two BP pills now so we bought a cuff and I tested myself for fun: 118/76. Apparently I'm the healthy one in this house lol, feeling smug and happy.",
[], [], {}, "positive", {"bp": [118, 76]},
["third_party", "device_reading"],
"BP pills are the husband's; writer's own reading is normal."),
(
"Norovirus has gone through the whole house. Kids had it Sunday and Monday and they're back bouncing off the walls now. I got it last night, been up vomiting since 2am and can't keep water down. The washing machine hasn't stopped. Feel wretched. Obviously no workout.",
["acute_illness"], [], {}, "negative", {},
["timing", "third_party", "long"],
"Vomiting since last night = acute_illness; kids' illness is earlier and theirs."),
(
"Exam week. Haven't slept properly, stomach in knots (the nerves kind, not ill). Had a panic attack last month but none since. Just want a calm yoga session.",
[], [], {}, "stressed", {},
["figurative", "healed", "negated"],
"'Stomach in knots' is nerves, panic attack was last month; the note stresses exam nerves."),
(
"The daughter says to put it in the app so here goes. When I get up out of the armchair I do be seeing stars and the room goes a bit sideways, the last two or three days. I'm on the tablets for the pressure since Christmas, the new ones. Otherwise I'm in great form for 79.",
["dizziness"], ["hypertension"], {}, "positive", {},
["dialect", "medication_implied", "effect_only"],
"Seeing stars on standing, recent days = dizziness; pressure tablets = hypertension; 'great form' = positive."),
(
"Garmin says my resting HR is 74 this week when it's normally 52, and HRV has tanked. Body battery at 5 lol. I feel wiped out, sleeping badly with the new baby. Not ill as far as I can tell.",
[], [], {}, "tired", {},
["device_reading", "negated"],
"Resting 74 is not racing; no symptom; wiped out with a new baby = tired."),
(
"Baby is 6 weeks old today and I got the all clear at my check. Shoulders ache a bit from feeding in a bad chair. Really happy to start the postnatal plan gently.",
[], [], {}, "positive", {},
["healed", "timing"],
"Six weeks after birth, no longer pregnant; '6 weeks' is not pregnancy weeks."),
(
"Had a massive Nando's extra hot last night with the girls for Priya's birthday, then cocktails. Woke at 3am with a burning in my chest, figured heartburn, took a Gaviscon and it eased after twenty minutes or so. Bit bleary today and I've a 9am call with the Singapore office. Might just do a walk at lunch.",
["chest_pain"], [], {}, "tired", {},
["long", "timing"],
"Convention: burning in the chest counts as chest_pain whatever the person blames; bleary = tired."),
(
"Leg day yesterday destroyed me, I'm walking like a newborn giraffe and sitting on the toilet is a whole event \U0001f602 Worth it. Upper body please.",
[], [], {}, "positive", {},
["exertion_soreness", "figurative", "emoji"],
"Leg soreness from training; 'destroyed me' figurative; amused and proud."),
(
"My best mate (46) had a heart attack on the squash court on Saturday, he's had two stents and he's doing okay. It's really shaken me up, I keep thinking that could've been me. I've booked a health check. No symptoms myself, just anxious.",
[], [], {}, "stressed", {},
["third_party", "negated"],
"Heart attack and stents are the friend's; writer anxious, no symptoms."),
(
"Had to use the spray under me tongue Tuesday arvo mowing the lawn, the angina came on, first time in months. Fine since. Cardio bloke said to mention it if it happened. Today's Saturday.",
[], ["heart_disease"], {}, "neutral", {},
["timing", "dialect", "medication_implied"],
"Angina = heart_disease; the episode was four days ago and resolved, so outside the symptom window."),
(
"Walau my ah ma kena fall at the void deck, bruise only, no fracture. I bring her to polyclinic this morning. Me ok one, just very sleepy. Tonight gym can?",
[], [], {}, "tired", {},
["third_party", "dialect", "mixed_lang", "question"],
"The fall is grandmother's; writer just sleepy."),
(
"Back from Goa on Tuesday and I've had the runs ever since, up and down to the loo all night with cramps. The holiday itself was good, beach shacks, fish curry, my sister's hen do. Unpacking can wait. Right now I'm totally drained.",
["acute_illness"], [], {}, "tired", {},
["timing", "slang", "long"],
"Ongoing diarrhoea with cramps = acute_illness; drained = tired."),
(
"14 weeks and had some bright red bleeding this morning, not a lot. Midwife line not picking up. Bit scared. Not doing anything today.",
["pregnancy_warning"], ["pregnancy"], {}, "stressed", {"pregnancy_weeks": 14},
["short"],
"Vaginal bleeding in pregnancy = pregnancy_warning; scared = stressed."),
(
"36+2 today. Since yesterday I've had a pounding headache that paracetamol isn't touching and my vision's gone a bit sparkly. Hands and face puffy too. Other half thinks I'm just tired.",
["pregnancy_warning"], ["pregnancy"], {}, "neutral", {"pregnancy_weeks": 36},
["others_noticed"],
"Severe headache in late pregnancy = pregnancy_warning; 36+2 means 36 completed weeks."),
(
"Honestly this house is a hospital and I'm frazzled. Husband's back is out, my mother's in for her cataract op on Thursday, the dog's got an ear infection. And yesterday at the school gate I went really light-headed and had to sit on the wall for a bit before I could walk home. Haven't eaten properly in days, that'll be it. Need to get my steps in somehow.",
["dizziness"], [], {}, "stressed", {},
["multi", "buried", "long", "third_party", "effect_only"],
"Writer's own light-headedness yesterday, buried among family problems that are other people's; frazzled = stressed."),
(
"Did the 10x400 session last night, absolutely gasping at the end of each rep, which I think is the point. Lungs burning on the last one. Recovered this morning, heart rate back to normal, buzzing for the next one.",
[], [], {}, "positive", {},
["exertion_soreness", "figurative"],
"Gasping and 'lungs burning' during hard intervals are expected effort, not breathlessness or chest pain."),
(
"Bro I'm literally dead \U0001f480 my kid's teacher called me 'grandpa' at pickup. Anyway feeling good, sleep was solid, gym time.",
[], [], {}, "positive", {},
["slang", "figurative", "emoji"],
"'Literally dead' is a joke; feels good."),
(
"Started amlodipine on Monday for my blood pressure and since then I've been dizzy on and off, especially in the afternoons, had to sit down on the floor in the Tesco queue yesterday. Is that normal? Ankles a bit puffy too. My pharmacist's off till next week and the GP line is always engaged. What should I do today?",
["dizziness"], ["hypertension"], {}, "neutral", {},
["question", "medication_implied", "effect_only", "long"],
"Dizziness ongoing since starting a BP pill = dizziness; amlodipine = hypertension."),
(
"Took two puffs of Ventolin before the session like always, chest felt totally clear on the run. 5k PB! 24:10.",
[], ["asthma"], {}, "positive", {},
["medication_implied"],
"Pre-exercise Ventolin = asthma; no symptoms; proud PB."),
(
"Both kids have had temperatures since Sunday, 39.2 last night for the little one, so I've been up every couple of hours with Calpol. I'm not ill, just running on fumes. Will try a short walk with the buggy.",
[], [], {}, "tired", {},
["third_party", "negated"],
"The 39.2 is the child's, so no fever and no temp number for the writer; running on fumes = tired."),
(
"Duw, I'm fed up this week. Can't carry the shopping from the bus stop without putting the bags down every few yards, and I'm out of puff just making the beds. Chapel choir's practising for the Christmas concert and I had to miss Tuesday. Our Gareth says I look grey. I had the flu jab Friday so maybe that's it.",
["breathlessness"], [], {}, "negative", {},
["dialect", "effect_only", "others_noticed", "long", "buried"],
"Out of puff making beds and carrying shopping = breathlessness with mild effort; fed up = negative."),
(
"Busy day. Had three espressos at the quarterly offsite this afternoon because the coffee was free, and then my heart was hammering while I sat through the finance presentation, I could feel it in my throat. Calmed down by evening. Drove home, made fish fingers for the kids, watched Bake Off. Lesson learned lol.",
["palpitations"], [], {}, "neutral", {},
["long", "buried"],
"Convention: pounding heart at rest counts as palpitations even with an obvious cause like coffee."),
(
"Knee's flying since the op in 2021, not a bother on it. Did the Croagh Patrick climb Saturday with the cousins, savage views. Delighted with myself.",
[], [], {}, "positive", {},
["healed", "dialect", "slang"],
"Knee surgery years ago and fully recovered, so no knee_injury; delighted."),
(
"Third night shift in a row, home at 8am, wrecked. Bit of a scratchy throat but that's just the hospital air. Gonna sleep and maybe do yoga later.",
[], [], {}, "tired", {},
["slang"],
"Mild sore throat is not acute_illness; wrecked after nights = tired."),
(
"Covid positive yesterday. Temp 38.6, chest feels tight when I breathe in and I get breathless walking to the kitchen. Partner's negative so far. Feel awful.",
["fever", "chest_pain", "breathlessness", "acute_illness"], [], {}, "negative", {"temp_c": 38.6},
["multi"],
"Covid with 38.6 fever, chest tightness and breathlessness on mild effort; illness below the neck = acute_illness."),
(
"Can't be bothered with anything today if I'm honest. Been like this since the divorce went through. Maybe a walk will help.",
[], [], {}, "negative", {},
[],
"Unmotivated and low = negative; no physical symptom."),
(
"Papa's BP was 170/100 yesterday, we took him to Dr. Mehta, now he is on new tablets. Myself type 1, sugar 110 fasting today, all fine. Little tensed about papa only.",
[], ["diabetes"], {}, "stressed", {"glucose_mg_dl": 110},
["third_party", "multi", "dialect"],
"The 170/100 is father's (not recorded); writer has type 1 diabetes; tense = stressed."),
(
"Finally synced the new Whoop with the app, it says recovery 38% which is apparently 'yellow'. Sleep 6h40, SpO2 97%, skin temp normal, resp rate 14. Not sure what half of this means tbh. My partner's snoring is getting worse, she's seeing someone about sleep apnoea. Anything I should change today?",
[], [], {}, "neutral", {},
["device_reading", "third_party", "question", "long"],
"Normal wearable figures, no symptom; sleep apnoea is the partner's."),
(
"Pulse oximeter says 91% this morning and I'm getting winded just walking to the letterbox. Had pneumonia in spring but that cleared. A bit worried, not sure what's going on.",
["breathlessness"], [], {}, "stressed", {},
["device_reading", "healed", "effect_only"],
"Winded on a very short walk now = breathlessness; the pneumonia is past; worried = stressed."),
(
"Did a finger prick at my mate's (he's diabetic) for a laugh and got 13.2, two hours after a kebab. He told me to go see a GP. I feel fine, been drinking a lot of water lately though.",
[], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 238},
["device_reading", "third_party"],
"Any reading >=11.1 mmol/l is clearly diabetic: 13.2 x 18 = 238 mg/dl, so diabetes even undiagnosed."),
(
"38 weeks and these tightenings are coming every 8 minutes since 4am and they actually hurt now. Bag's packed. Husband's timing them on an app. Nervous! Definitely not exercising lol.",
["pregnancy_warning"], ["pregnancy"], {}, "stressed", {"pregnancy_weeks": 38},
[],
"Regular painful contractions = pregnancy_warning; nervous = stressed."),
(
"22 weeks. Bit of round ligament twinge when I roll over in bed, midwife says totally normal. No bleeding, no swelling. Feeling great, bump's popped!",
[], ["pregnancy"], {}, "positive", {"pregnancy_weeks": 22},
["negated"],
"Round ligament twinge is not a listed warning; bleeding/swelling negated."),
(
"My grand-daughter set this up for me. I'm 84 and I take the little white pill for my heart every morning since the bypass, and a water tablet. My right knee is stiff with the arthritis but I manage. I'd like some gentle chair exercises please.",
[], ["heart_disease", "knee_injury"], {"knee_injury": False}, "neutral", {},
["medication_implied"],
"Bypass = heart_disease; long-standing knee arthritis = knee_injury not acute."),
(
"Coaching the under-10s Saturday, one wee boy fainted in the heat, paramedics checked him and he's fine. Gave me a fright. I'm all good, hydrated and raring to go.",
[], [], {}, "positive", {},
["third_party", "dialect"],
"The faint was a child's; writer raring to go."),
(
"Gave blood at lunch, my 25th donation, they gave me a little badge. Nearly fainted getting off the bed afterwards though, they made me lie with my legs up and have two biscuits. Feel fine now, still a bit woozy. Back at my desk answering emails.",
["dizziness"], [], {}, "neutral", {},
["long"],
"Near-faint today and still woozy = dizziness regardless of the obvious cause."),
(
"Ok so the new treadmill arrived and the delivery guys left it in the hallway, classic. Weather's been grim, sideways rain all week. I've been a bit shivery since last night and the thermometer said 38.1 this morning, probably the same bug my colleague had. Kids want pancakes. Hoping to test the treadmill at the weekend.",
["fever"], [], {}, "neutral", {"temp_c": 38.1},
["long", "buried", "device_reading"],
"38.1 C this morning = fever, buried in gadget and weather chatter."),
(
"Well my sugar and my pressure are both doing alright on the metformin and the lisinopril. But I been having these smothering spells at night, wake up like I can't get my breath and have to prop up on three pillows. Started Sunday and still going. Sister says see the doctor.",
["breathlessness"], ["diabetes", "hypertension"], {}, "neutral", {},
["dialect", "medication_implied", "effect_only"],
"Waking breathless ('smothering spells') ongoing = breathlessness; metformin = diabetes; lisinopril = hypertension."),
(
"Nearly had a heart attack when a brown snake shot across the track at Lamington, but made it back alive haha. 12km, legs feel great. Arvo off then back on it tomorrow.",
[], [], {}, "positive", {},
["figurative", "dialect"],
"'Nearly had a heart attack' is a figure of speech for a fright."),
(
"feelin v dizy since i woke up, rooms spinin when i turn my hed. cant evn read the scren properly sry for typos",
["dizziness"], [], {}, "neutral", {},
["typo", "short"],
"Room spinning since waking = dizziness, heavy typos."),
(
"Is it ok to run with just a sniffle? No fever or aches, just a blocked nose.",
[], [], {}, "neutral", {},
["question", "negated", "short"],
"Blocked nose only, fever and aches negated."),
(
"Flu knocked me out all of last week (fever 39, the works) but it's been gone since Saturday. Now it's Wednesday and I'm just a bit weak and low on energy. Twisted my ankle slightly on the dog walk yesterday, no swelling though, can walk on it.",
[], ["ankle_injury"], {"ankle_injury": True}, "tired", {},
["timing", "healed"],
"Flu and its 39 fever are over (past reading not recorded as a number); yesterday's twisted ankle = ankle_injury acute."),
(
"Aaj bahut thaka hua hoon yaar, office mein full day meetings. BP ki medicine le li hai. Light workout only please.",
[], ["hypertension"], {}, "tired", {},
["mixed_lang", "medication_implied"],
"'Bahut thaka hua' = very tired; takes BP medicine = hypertension."),
(
"My mummy's sugar is high again, she no dey hear word about rice. Me I dey kampe, no wahala. Wedding dey come for December so I must burst this belly fat \U0001f4aa\U0001f3fe",
[], [], {}, "positive", {},
["third_party", "dialect", "emoji"],
"High sugar is the mother's; writer strong and motivated."),
(
"Switched from the Fitbit to the Pixel Watch and the sleep tracking is way better. Had tacos with the team last night for Maria's birthday. Around 9pm while I was on the couch my heart started pounding and going really fast out of nowhere, watch said 168 bpm, lasted about 15 minutes and then stopped like a switch. Anyway the kids have soccer at 8 so I'll need an early workout.",
["palpitations"], [], {}, "neutral", {},
["long", "buried", "device_reading"],
"Sudden racing heart at rest last night = palpitations, buried among gadget and family chatter."),
(
"Mum's funeral was Friday. Haven't slept much. I think I need to move my body but I don't have much in me.",
[], [], {}, "negative", {},
[],
"Grieving is the leading feeling = negative."),
(
"Watch hasn't flagged a single irregular rhythm since I started flecainide in the spring. Bored stiff of indoor cycling though, any ideas?",
[], ["heart_disease"], {}, "negative", {},
["medication_implied", "device_reading", "question", "negated"],
"Flecainide for an arrhythmia = heart_disease; no alerts; bored = negative."),
(
"Weird one. On the phone to the bank yesterday I couldn't finish my sentences without stopping for air, the woman asked if I was ok. I'm only 42 and I don't smoke. Same thing walking up from the car park this morning.",
["breathlessness"], [], {}, "neutral", {},
["effect_only", "others_noticed"],
"Breathless while talking and on a short walk = breathlessness, shown by what she could not do."),
(
"Fever break since Monday, today Thursday and me feel strong again. Likkle cough left but nothing in me chest. Mi ready fi start back slow.",
[], [], {}, "positive", {},
["healed", "dialect", "timing"],
"Fever gone three days, only a small cough left with clear chest."),
(
"Church potluck Sunday was a hoot, Miss Darlene brought her peach cobbler. Been helping my son put up fence posts this week and every time I get to digging I get this burning across my chest up into my jaw, goes away when I sit a spell. Probably just my age. Grandbaby starts kindergarten next week, so excited!",
["chest_pain"], [], {}, "positive", {},
["long", "buried", "dialect"],
"Exertional chest burning into the jaw this week = chest_pain, buried in cheerful chatter."),
(
"No pain no gain!! Let's go \U0001f4aa",
[], [], {}, "positive", {},
["short", "figurative", "emoji"],
"Slogan, no symptom; motivated."),
(
"Writing this for my husband Ray since he won't, he's the one doing the program. This afternoon after carrying the Christmas tree in he was clutching his chest and said his left shoulder ached, sat down looking grey for ten minutes. He says it's indigestion. He's 67 with a stent from 2018.",
["chest_pain"], ["heart_disease"], {}, "neutral", {},
["proxy_writer", "others_noticed"],
"About the user Ray: chest pain to left shoulder today; stent = heart_disease."),
(
"Flew back from Singapore yesterday, HRV 31 vs my usual 60ish, body clock totally off. Not sick, just zombie mode.",
[], [], {}, "tired", {},
["device_reading", "negated", "slang"],
"Jet lag and low HRV, illness negated = tired."),
(
"Dodgy prawns at my cousin's wedding on Saturday, the reception was in a marquee in thirty degrees so no surprise. I was sick all night and most of Sunday. Today (Monday) I've kept toast down and feel ok-ish, just weak and wiped out. Need to be fit for the club time trial next Saturday.",
["acute_illness"], [], {}, "tired", {},
["timing", "long"],
"Food poisoning with vomiting yesterday is within the window = acute_illness."),
(
"Tweaked my lower back deadlifting on Wednesday, it's stiff but no shooting pain down the leg. Otherwise buzzing, got the promotion!!",
[], ["low_back_pain"], {"low_back_pain": True}, "positive", {},
["negated"],
"Lower back strain this week = low_back_pain acute; buzzing = positive."),
(
"Wearing a 24-hour Holter monitor today because of the fluttering I had last week, so the cardiologist said keep it light. Haven't felt it since Friday, and today is Tuesday. The sticky pads itch like mad and I can't shower till tomorrow. At least it got me out of the office football.",
[], [], {}, "neutral", {},
["timing", "device_reading", "healed", "long"],
"Last fluttering four days ago, not since; being investigated but no diagnosis, so no condition."),
]
