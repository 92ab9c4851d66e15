from common import E
E("pollen + smog combo today. my eyes itch, nose is blocked. chest's fine, breathing fine",
  "","",{},"neutral",{},"negated",
  "Itchy eyes and a blocked nose are like a head cold; chest and breathing are negated. Neutral.")
E("Got home from the Himalayas on Tuesday. Still jet lagged and groggy all day",
  "","",{},"tired",{},"short",
  "Jet lag and grogginess give tired; no symptom.")
E("Chest burning and heavy while I was shovelling snow this morning, went into my left arm. It's gone now and I'm sitting down. I'm scared",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest burning and heaviness spreading to the left arm this morning: chest_pain even though it has passed. 'scared' is stressed.")
E("on metformin, fasting sugar was 7.8 this morning (went a bit mad on holiday food). Going for a beach walk",
  "","diabetes",{},"neutral",{"glucose_mg_dl":140},"medication_implied device_reading",
  "Metformin implies diabetes. 7.8 mmol/l x 18 = 140 mg/dl. Facts only: neutral.")
E("Pretty sure I'm coming down with something after the festival weekend camping: shivery, aching all over, thermometer says 38.9. Miserable",
  "fever acute_illness","",{},"negative",{"temp_c":38.9},"multi device_reading",
  "38.9 C is a fever; aching all over is acute_illness. 'Miserable' is negative.")
E("My brother-in-law had a heart attack on a hiking trip last month. Makes me want to get fitter, I'm really motivated. No heart issues myself",
  "","",{},"positive",{},"third_party negated",
  "The heart attack was the brother-in-law's; the writer negates heart problems. 'motivated' is positive.")
E("chesst pain goin up the hil this mornin in the frost, kinda scary ngl",
  "chest_pain","",{},"stressed",{},"typo slang",
  "Misspelled 'chest pain' on a hill this morning: chest_pain. 'scary' is stressed.")
E("Hiking poles really helped my dodgy knee on the descent yesterday. It's an old arthritis thing, no worse than usual",
  "","knee_injury",{"knee_injury":False},"neutral",{},"comparison",
  "Long-standing knee arthritis: knee_injury, not acute. Neutral.")
E("Fever's been gone since Sunday (it's Thursday), picked it up on the camping trip. Feeling normal again, keen to ease back in",
  "","",{},"positive",{},"healed timing",
  "The fever cleared four days ago: past. 'keen' is positive.")
E("EIB (exercise induced bronchospasm), worse in cold air. Took two puffs before my run, no issues",
  "","asthma",{},"neutral",{},"medication_implied",
  "Exercise-induced bronchospasm is asthma. No symptom. Neutral.")
E("my watch says SpO2 84% at base camp and I'm breathless sitting in the tent, guide is checking on me",
  "breathlessness","",{},"neutral",{},"device_reading",
  "Breathless at rest now: breathlessness. SpO2 is not a recorded number. Neutral.")
E("A little light-headed this morning after the long hot hike yesterday, probably dehydrated, drinking lots now",
  "dizziness","",{},"neutral",{},"timing",
  "Light-headed this morning: dizziness. Neutral.")
E("What's the best way to acclimatise for a trek to 5000m? Going in October. Never had altitude problems",
  "","",{},"neutral",{},"question negated",
  "A question with altitude problems negated. Neutral.")
E("my kids got sunburnt and the little one had a temp of 38.5 overnight, poor thing. I'm fine, just sleep deprived from looking after them",
  "","",{},"tired",{},"third_party",
  "The 38.5 fever is the child's, so no fever and no temp_c for the writer. 'sleep deprived' is tired.")
E("Swimming in the sea I got pulled by a current and swallowed loads of water. Coughing on and off since yesterday afternoon and a bit short of breath walking up the stairs. Rattled",
  "breathlessness","",{},"stressed",{},"timing",
  "Short of breath climbing stairs since yesterday: breathlessness. 'Rattled' is stressed.")
E("So proud, first solo camping trip done!! Hiked 18km with a full pack. Shoulders a bit sore from the straps",
  "","",{},"positive",{},"exertion_soreness",
  "Sore shoulders from a pack are normal. 'proud' is positive.")
E("Nervous about tomorrow's via ferrata, I hate heights 😬 physically feeling fine though",
  "","",{},"stressed",{},"emoji negated",
  "No symptom. 'Nervous' is stressed.")
E("Been cold-water training at the lido. Got out after 20 mins, lips blue and couldn't stop shaking, took ages to warm up. Temp was 35.6 under my tongue. All fine now an hour later",
  "","",{},"neutral",{"temp_c":35.6},"device_reading",
  "35.6 C is a low reading, not a fever; shivering is not a listed symptom. Neutral.")
E("Bit crook after the camping trip mate, been chundering all night and got the trots. Totally buggered",
  "acute_illness","",{},"tired",{},"dialect slang",
  "Australian slang: 'chundering' is vomiting and 'the trots' is diarrhoea: acute_illness. 'buggered' means exhausted: tired.")
E("Trekking in Ladakh: woke up at 2am feeling like I was suffocating, had to sit up to breathe. Ok-ish now but scared to go higher",
  "breathlessness","",{},"stressed",{},"effect_only",
  "Waking up breathless last night: breathlessness. 'scared' is stressed.")
E("Yesterday's race in the heat: passed out 200m from the finish, medics said heat exhaustion. Discharged same day. Feel washed out today",
  "dizziness","",{},"tired",{},"timing",
  "Fainting yesterday: dizziness. 'washed out' is tired.")
E("Rode up Mont Ventoux in the heat 🔥🔥 legs are wrecked, the mistral was insane coming down. Best day ever",
  "","",{},"positive",{},"emoji exertion_soreness",
  "Tired legs after a big ride are normal. 'Best day ever' is positive.")
E("back spasm from carrying the big rucksack on Saturday (4 days ago), still can't stand up straight. sciatica down my leg today. so frustrating",
  "","low_back_pain",{"low_back_pain":True},"negative",{},"timing",
  "Back strain four days ago with sciatica: low_back_pain, acute. 'frustrating' is negative.")
E("Heart pounding at the top of the stairs in our hostel at 3600m, just one flight, and I'm wheezing. Normally I run marathons. Bit worried",
  "palpitations breathlessness","",{},"stressed",{},"comparison multi",
  "Pounding heart and wheezing after one flight of stairs (little effort): palpitations and breathlessness. 'worried' is stressed.")
E("Bit of chest tightness when I started my run in the frost this morning, went after 5 mins. Happens every winter. I have angina, GTN spray in my bag",
  "chest_pain","heart_disease",{},"neutral",{},"medication_implied",
  "Chest tightness on exertion this morning: chest_pain. Diagnosed angina: heart_disease. Facts only: neutral.")
