from common import E
E("Went hiking with my dad and he got dizzy and had to sit for ages at the top, he's on blood pressure pills. I was fine, just sweaty. Worried about him though",
  "","",{},"stressed",{},"third_party",
  "The dizziness and blood pressure pills are the dad's. The writer is fine. 'Worried' is stressed.")
E("Got sunstroke at the cricket last weekend, 8 days ago now, threw up twice and was dizzy. All fine since, just remembering to drink more",
  "","",{},"neutral",{},"healed timing",
  "Vomiting and dizziness eight days ago, fine since: past, not current. Neutral.")
E("Light headed standing up from the picnic blanket in the sun, saw stars for a few seconds. Happened again this morning getting out of bed",
  "dizziness","",{},"neutral",{},"timing",
  "Seeing stars on standing, today and yesterday: dizziness. Facts only: neutral.")
E("Mountain guide here, used to living above 4000m. Back home at sea level and feeling super fit, resting HR 48",
  "","",{},"positive",{},"device_reading",
  "A low resting heart rate in a fit person is not a symptom. 'feeling super fit' is positive.")
E("Low grade fever since the trek ended, 37.9 last night, 38.2 this morning. Probably picked something up from the stream water",
  "fever","",{},"neutral",{"temp_c":38.2},"device_reading comparison",
  "Low-grade fever now; the latest and highest reading, 38.2 C, is recorded. Facts only: neutral.")
E("ACL reconstruction 4 months ago, physio says I can start gentle hill walking. Any tips for going downhill?",
  "","knee_injury",{"knee_injury":False},"neutral",{},"question",
  "Recovering from knee surgery four months ago: knee_injury, not acute. Neutral question.")
E("Wildfire smoke has had me coughing and wheezy for two days and I'm puffed just walking to the letterbox. I don't have asthma as far as I know. Bit anxious",
  "breathlessness","",{},"stressed",{},"negated timing",
  "Short of breath with mild effort (walking to the letterbox): breathlessness. Asthma is negated. 'anxious' is stressed.")
E("That hike was a killer, I'm dead 💀 legs gone, need a nap",
  "","",{},"tired",{},"figurative emoji slang",
  "'killer' and 'dead' are figures of speech; needing a nap is tired.")
E("Fell through thin ice at the edge of the pond walking the dog, only up to my shins. Feet were freezing but fine after a hot shower. Laughing about it now",
  "","",{},"positive",{},"healed",
  "Cold feet that recovered are not a symptom. 'Laughing about it' is positive.")
E("Sprained my ankle in Nepal last spring, fully healed, trail running again with no problem and loving it",
  "","",{},"positive",{},"healed",
  "A sprain last year that has healed is not a current ankle_injury. 'loving it' is positive.")
E("I get altitude sick every time I go above 3000m (headache, nausea) so I'm taking Diamox for the Peru trip next month. Feel fine right now at home",
  "","",{},"neutral",{},"negated timing",
  "Altitude sickness is a past pattern and a future worry; feels fine now. Diamox implies no listed condition. Neutral.")
E("heart going like the clappers while I'm sitting on the sofa after the beach, like 130 on my watch and it's all jumpy. no chest pain though. freaking out a bit",
  "palpitations","",{},"stressed",{},"device_reading negated slang",
  "Racing, irregular heart at rest: palpitations. Chest pain negated. 'freaking out' is stressed.")
E("高反 hit me hard in Lhasa, breathless even sitting on the bed and heart racing. 有点怕",
  "breathlessness palpitations","",{},"stressed",{},"mixed_lang multi",
  "Breathless at rest and heart racing at rest, now: breathlessness and palpitations. '有点怕' (a bit scared) is stressed.")
E("Came back from the desert trip with the runs and stomach cramps, day 3 now. Can barely keep water down. Fed up",
  "acute_illness","",{},"negative",{},"slang",
  "Ongoing diarrhoea and cramps now: acute_illness. 'Fed up' is negative.")
E("I'm asthmatic but it's been well controlled, no inhaler needed for months. Planning an indoor session since the pollen is high",
  "","asthma",{},"neutral",{},"negated",
  "Asthma is a condition even when well controlled. No symptom now. Neutral.")
E("Went up Ben Nevis, pretty puffed on the zigzags, totally normal for me on a big hill. Clear skies, happy days",
  "","",{},"positive",{},"exertion_soreness",
  "Out of breath on a big climb is normal exertion. 'happy days' is positive.")
E("My thighs are killing me after yesterday's first ski lesson 😂 loved every minute though",
  "","",{},"positive",{},"figurative exertion_soreness emoji",
  "Sore thighs after skiing are exertion soreness; 'killing me' is figurative. 'loved every minute' is positive.")
E("Felt faint on the chairlift today, everything spinning for a bit. Probably just the altitude and not eating? Should I ski tomorrow?",
  "dizziness","",{},"neutral",{},"question",
  "Feeling faint with spinning today: dizziness. No feeling expressed: neutral.")
E("ok so today I went for a walk in the heat and when I got home I felt really dizzy like the room was spinning comma not sure what to do full stop",
  "dizziness","",{},"neutral",{},"voice_input",
  "Dictated note with spoken punctuation. Room spinning today: dizziness. Neutral.")
E("On the bus up to Lhasa I had a nosebleed and a headache and my wife was really dizzy and vomited. We're both OK now",
  "","",{},"neutral",{},"third_party healed",
  "The dizziness and vomiting were the wife's; the writer's nosebleed and headache have no label and are over. Neutral.")
E("Hey, 7 months pregnant with twins. Went for a walk in the heat and had some bleeding after, not much. Feeling ok otherwise",
  "pregnancy_warning","pregnancy",{},"neutral",{},"buried",
  "Vaginal bleeding during pregnancy is a pregnancy_warning. '7 months' is not written in weeks, so no pregnancy_weeks. Neutral.")
E("still dizzy from the sun yesterday",
  "dizziness","",{},"neutral",{},"short",
  "Dizzy now: dizziness. Neutral.")
E("Sea swim this morning, got stung by a jellyfish on my leg, burning like mad but I'm fine otherwise. Vinegar helped",
  "","",{},"neutral",{},"figurative",
  "A jellyfish sting on the leg is not a listed symptom. Neutral.")
E("Long note sorry. We did a 4 day hut trek in the Dolomites. Day 1 easy, day 2 lots of scrambling, day 3 we got caught in a storm and I slipped and twisted my knee, it's been swollen since (3 days ago now) and aches on stairs. Day 4 we took the cable car down. Otherwise I'm fine, eating well, slept great last night. Can I cycle?",
  "","knee_injury",{"knee_injury":True},"neutral",{},"long buried question",
  "Twisted knee three days ago, still swollen: knee_injury, acute. Mostly facts: neutral.")
E("hiked 黄山 today, 腿好酸 but honestly so happy",
  "","",{},"positive",{},"mixed_lang exertion_soreness",
  "Sore legs (腿好酸) after a hike are normal. 'so happy' is positive.")
