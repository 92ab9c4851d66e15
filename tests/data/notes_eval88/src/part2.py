from common import E
E("Went to a wedding on the coast, ate dodgy seafood, been throwing up all night and running to the loo. Exhausted, no training today obviously",
  "acute_illness","",{},"tired",{},"slang",
  "Vomiting and diarrhoea now (food poisoning): acute_illness. 'Exhausted' is tired.")
E("The pollen count is crazy and my asthma's playing up, tight wheezy chest walking up the stairs at work. Really annoyed",
  "breathlessness chest_pain","asthma",{},"negative",{},"multi",
  "Asthma named. Wheezy with mild effort (stairs) is breathlessness; chest tightness counts as chest_pain whatever the suspected cause. 'annoyed' is negative.")
E("Question: is it safe to run when the air quality is bad? There's smog all week here. I feel totally fine, no cough",
  "","",{},"neutral",{},"question negated",
  "A general question; the writer says they feel fine. Neutral.")
E("Summit day on Toubkal! Heart was pounding on the final ridge but I was pushing hard, settled as soon as we stopped. Absolutely buzzing",
  "","",{},"positive",{},"exertion_soreness",
  "A pounding heart during hard effort that settled at once is not palpitations. 'buzzing' is positive.")
E("Since we got to La Paz my heart races when I'm just sitting in the hotel, like 120 on my watch, and it flutters. 2nd day like this. Bit anxious",
  "palpitations","",{},"stressed",{},"device_reading",
  "Racing, fluttering heart at rest for two days: palpitations. Heart rate is not a recorded number. 'anxious' is stressed.")
E("Got caught in a thunderstorm on the ridge yesterday, soaked and freezing. Today just a sniffly nose and a scratchy throat, nothing else. Honestly just glad to be home and relaxed",
  "","",{},"positive",{},"negated",
  "A runny nose and mild sore throat are a head cold, not acute_illness. 'glad... relaxed' is positive.")
E("Type 1 diabetic, off on a 5 day trek in Scotland. Sugar was 13.2 this morning after the long drive. Nervous about managing it on the hills",
  "","diabetes",{},"stressed",{"glucose_mg_dl":238},"device_reading",
  "Type 1 diabetes named. 13.2 mmol/l x 18 = 238 mg/dl. 'Nervous' is stressed.")
E("In Tenerife I hiked up Teide, 3700m. Light headed and dizzy at the top, had to sit down. That was 3 weeks ago, no issues since",
  "","",{},"neutral",{},"healed timing",
  "Dizziness three weeks ago with none since is past, not current. Facts only: neutral.")
E("Pregnant, 24 weeks, on holiday in Spain and it's 38 degrees. Been doing gentle swims in the pool, feeling great",
  "","pregnancy",{},"positive",{"pregnancy_weeks":24},"",
  "Pregnant at 24 weeks. 38 degrees is the weather, not a fever, so no temp_c. 'feeling great' is positive.")
E("29 weeks pregnant, flew to Denver and drove up to Breckenridge yesterday. My left calf has been sore and puffy since the flight. Slightly worried",
  "pregnancy_warning","pregnancy",{},"stressed",{"pregnancy_weeks":29},"timing",
  "Calf pain and swelling during pregnancy is a pregnancy_warning. 29 weeks recorded. 'worried' is stressed.")
E("Mum here writing for my daughter Lily (16), she uses the app. She got heatstroke at a festival last Saturday and passed out, but medics checked her and she's been fine all week",
  "","",{},"neutral",{},"proxy_writer healed",
  "Proxy writer for the user. The faint was over a week ago and she has been fine since: past. Neutral.")
E("Did a hot yoga class then walked home in 33C sun. Everything went grey and fuzzy and I had to grab a wall so I didn't go down. Nervous about running tomorrow",
  "dizziness","",{},"stressed",{},"effect_only",
  "Vision going grey and nearly falling is nearly fainting: dizziness, today. 'Nervous' is stressed.")
E("Heatwave again 😩 can't be bothered with anything. Might just do some stretching indoors",
  "","",{},"negative",{},"emoji",
  "No symptoms. 'can't be bothered' is unmotivated: negative.")
E("knackered after the hike, 25km and 1200m up. Slept 10 hours and still yawning. Legs like lead",
  "","",{},"tired",{},"slang exertion_soreness",
  "Heavy legs after a long hike are normal. 'knackered' is tired.")
E("BP was 152/96 this morning on my home monitor, I'm on amlodipine. Planning a gentle hill walk today",
  "","hypertension",{},"neutral",{"bp":[152,96]},"device_reading medication_implied",
  "Amlodipine and a reading of 152/96 both imply hypertension. Facts only: neutral.")
E("No altitude problems at all on the Tour du Mont Blanc, no headaches, no breathlessness, slept like a baby. Ready for more!",
  "","",{},"positive",{},"negated",
  "All symptoms negated. Eager for more: positive.")
E("Camping in the Highlands in the rain, midges ate me alive. Itchy but otherwise fine. So bored of being stuck in the tent",
  "","",{},"negative",{},"figurative",
  "Midge bites are not a listed symptom. 'bored' is negative.")
E("My hiking buddy said I looked grey and was swaying on the trail this afternoon. I didn't really notice, just felt a bit woozy",
  "dizziness","",{},"neutral",{},"others_noticed",
  "Swaying noticed by a friend and feeling woozy today: dizziness. No feeling expressed: neutral.")
E("My partner is 30 weeks pregnant and we're going to the beach for a week. I want to keep running in the mornings while we're there",
  "","",{},"neutral",{},"third_party",
  "The partner is pregnant, not the writer: no pregnancy, no pregnancy_weeks. Neutral.")
E("Went skiing in Whistler, had a couple of big falls. Lower back stiff and sore since yesterday's crash, hurts bending over. Annoyed",
  "","low_back_pain",{"low_back_pain":True},"negative",{},"timing",
  "Low back pain from a crash yesterday: low_back_pain, acute. 'Annoyed' is negative.")
E("Heart flutters and skips when I'm resting since the trip to Bolivia, on and off for 2 days. I do have AFib, on apixaban. Bit nervous",
  "palpitations","heart_disease",{},"stressed",{},"multi medication_implied",
  "Fluttering, skipping heart at rest for two days: palpitations. AFib is an arrhythmia: heart_disease. 'nervous' is stressed.")
E("Pure puggled efter bagging twa munros yesterday, legs are gubbed. Need ma bed",
  "","",{},"tired",{},"dialect slang",
  "Scots: 'puggled' means exhausted and 'gubbed' is worn out legs. No symptom: tired.")
E("Just got back from a swim in the lake, felt amazing, 2km! Water was cold but I warmed up quick",
  "","",{},"positive",{},"short",
  "No symptoms. 'felt amazing' is positive.")
E("Chest went tight and heavy walking up from the beach to the car park, only a gentle slope, and my jaw ached. Had to stop twice. I'm 58 and smoke. A bit worried",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest tightness and heaviness with mild effort, spreading to the jaw: chest_pain. 'worried' is stressed.")
E("smog sooo bad today, cough cough. jk I'm fine just being dramatic. doing treadmill instead",
  "","",{},"neutral",{},"figurative slang",
  "'cough cough' is a joke the writer takes back ('jk I'm fine'). No feeling beyond that: neutral.")
