from common import E
E("Day 2 in Cusco (3400m). Headache that won't quit and I'm out of breath just walking to the bathroom. Kinda worried tbh",
  "breathlessness","",{},"stressed",{},"timing",
  "Short of breath with mild effort (walking to the bathroom) at altitude, now. Headache alone has no label. 'worried' gives stressed.")
E("Steep climb up to the hut today had me gasping, but after 5 mins sitting I was totally fine. Views were unreal!!",
  "","",{},"positive",{},"exertion_soreness",
  "Gasping on a steep climb that settled with rest is normal exertion, not breathlessness. Upbeat about the views: positive.")
E("this heat is literally killing me 🥵 35 degrees at 7am. so over this summer. gonna run anyway but slower",
  "","",{},"negative",{},"figurative emoji",
  "'killing me' is a figure of speech; 35 degrees is the air temperature, not a body temperature, so no temp_c. 'so over this summer' is fed up: negative.")
E("Climbed Kilimanjaro last year and got proper altitude sickness at Barafu camp, threw up and everything. Fine now obviously, want to start training for Aconcagua",
  "","",{},"positive",{},"healed timing",
  "Vomiting and altitude sickness were a year ago and resolved: no current symptom. Motivated to train: positive.")
E("Chest felt tight on the cold climb up the hill this morning, like a band round it. Eased off when I stopped but it's happened twice this week. Bit unnerved",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest tightness on exertion this morning, recurring this week: chest_pain even though it eased with rest. 'unnerved' is stressed.")
E("My friend got HAPE on our Everest Base Camp trek and had to be choppered out. I was fine the whole way, just tired legs. Still a bit shaken thinking about it",
  "","",{},"stressed",{},"third_party",
  "The altitude illness was the friend's; the writer was fine. Being shaken/worried about it gives stressed.")
E("sunburnt to a crisp from the lake yesterday lol. shoulders peeling. otherwise in a great mood",
  "","",{},"positive",{},"slang figurative",
  "Sunburn is not a listed symptom. 'great mood' is positive.")
E("Fainted at the end of my run yesterday, it was like 34C and humid. Came round quickly but totally wiped out today",
  "dizziness","",{},"tired",{},"timing",
  "Fainting yesterday is within the last couple of days: dizziness. 34C is air temperature, not temp_c. 'wiped out' is tired.")
E("Ski week in Val Thorens, village is at 2300m. Sleeping badly, waking up gasping for air a couple of times a night. Legs are fine",
  "breathlessness","",{},"tired",{},"effect_only",
  "Waking up gasping for air is waking breathless: breathlessness. Sleeping badly gives tired.")
E("Rolled my ankle on the scree coming down Snowdon on Sunday. Still swollen and purple. Gutted, had a 10k planned",
  "","ankle_injury",{"ankle_injury":True},"negative",{},"timing",
  "Rolled ankle days ago, still swollen: ankle_injury, acute. 'Gutted' is negative.")
E("Knees always hate long descents, I've had runner's knee for years. Did 900m down yesterday and they're grumbling but nothing new",
  "","knee_injury",{"knee_injury":False},"neutral",{},"timing",
  "Runner's knee for years is a current but long-standing knee problem: knee_injury, acute false. Facts only: neutral.")
E("Got back from a camping weekend in the Lakes and now I've got a fever, 38.6 this morning, and aches everywhere. Completely drained",
  "fever acute_illness","",{},"tired",{"temp_c":38.6},"multi device_reading",
  "Fever now with a reading of 38.6 C, plus body aches (acute_illness). 'drained' is tired.")
E("Smoke from the wildfires is awful today, AQI 210. Not going outside, inhaler in my pocket just in case. Frustrated, I had a long run planned",
  "","asthma",{},"negative",{},"medication_implied",
  "Carrying an inhaler implies asthma; no current symptom is described. AQI is not a recorded number. 'Frustrated' is negative.")
E("hay fever is brutal this week, sneezing nonstop and eyes streaming. so fed up. can I still do parkrun?",
  "","",{},"negative",{},"question",
  "Sneezing and streaming eyes from hay fever are like a head cold, not acute_illness. 'fed up' is negative.")
E("Got stung by a bee on the trail yesterday, my hand swelled up like a balloon but it's going down now. No trouble breathing or anything",
  "","",{},"neutral",{},"negated",
  "Local swelling from a sting is not a listed symptom and breathing trouble is negated. No feeling expressed: neutral.")
E("Bee sting at the picnic about an hour ago and now my throat feels tight and I'm wheezy just sitting here. Panicking a bit",
  "breathlessness","",{},"stressed",{},"timing",
  "Wheezy at rest after a sting, now: breathlessness. 'Panicking' is stressed.")
E("Cycled 60k into a brutal headwind. Legs are toast and I was breathing like a train on the exposed bits but recovered fine at the café stop ☕ proud of that one",
  "","",{},"positive",{},"exertion_soreness emoji",
  "Heavy breathing during hard effort that recovered is not breathlessness; sore legs are normal. 'proud' is positive.")
E("Rest day at 4200m in Dingboche. My heart is thumping away even lying in the tent and I can't catch my breath properly. Guide says go down? I'm scared",
  "palpitations breathlessness","",{},"stressed",{},"multi question",
  "Heart thumping at rest (palpitations) and short of breath lying down (breathlessness), now. 'scared' is stressed.")
E("Past trip: did the Annapurna circuit in 2019, had a bit of a headache at Thorong La but nothing serious. Excited to do something similar this autumn",
  "","",{},"positive",{},"healed",
  "A headache on a trip years ago is past. 'Excited' is positive.")
E("Ran in the dark at 5am with a headtorch, honestly so peaceful. Nearly stacked it on a root but caught myself. No harm done 😅",
  "","",{},"positive",{},"negated emoji slang",
  "No injury ('no harm done'). Enjoying the peaceful run: positive.")
E("Hiked in the Peak District yesterday, sore calves and quads today, the good kind of sore",
  "","",{},"positive",{},"exertion_soreness",
  "Muscle soreness after a hike is normal and is not an injury label. 'the good kind of sore' is positive.")
E("Cold snap here, -12 this morning. Fingers went numb and white on the bike but they warmed up fine once I was inside",
  "","",{},"neutral",{},"healed",
  "Numb fingers from cold that recovered are not a listed symptom; -12 is air temperature. Facts only: neutral.")
E("my grandad is 78 and wants to come hiking with us in the Alps, he's got a stent and takes blood pressure meds. any advice for him? I'm fit myself",
  "","",{},"neutral",{},"third_party question",
  "The stent and blood pressure pills are the grandad's, not the writer's: no conditions. Neutral question.")
E("Typing for my husband Tom, it's his account: he came back from the mountain bike trip yesterday with a temperature of 101.3F and a bad cough and chest congestion",
  "fever acute_illness","",{},"neutral",{"temp_c":38.5},"proxy_writer multi",
  "Written on behalf of the account holder, so his symptoms count. 101.3 F = 38.5 C: fever; cough with chest congestion is a chest cold: acute_illness.")
E("Sea swim this morning, water was 14C. Came out shivering hard, felt a bit dizzy for a minute and had to sit on the sand. OK now",
  "dizziness","",{},"neutral",{},"timing",
  "Dizziness this morning is within the last couple of days even though it passed. 14C is water temperature. Facts only: neutral.")
