# Scores for h13-h18 (literal data).
CLIENTS = [
 {
  "id": "h13", "lang": "en-US",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": [
   "Fainting during exercise: have your heart checked first (an ECG, and a cardiologist if needed); no training or matches until a doctor has ruled the heart out",
   "a hangover or a missed meal is not the explanation until then",
   "no swimming, riding on roads, climbing or driving (ACSM)",
   "typed for your son: \"you\" on this card means him; go through it with him, and the warnings are his",
  ],
  "comment": "Red flag caught: near-fainting during sprints in a 13-year-old needs a heart check (ECG, cardiologist if needed) before any training or matches, and the plan holds everything, Saturday's tournament included, until he is cleared; it recognises the parent is writing. But the coach's 'just dehydrated' explanation, which the parent is leaning on, is answered with stock text about 'a hangover or a missed meal', and 'driving' is listed for a 13-year-old. The tournament is not named, so the parent has to infer that Saturday is off unless a doctor clears him this week.",
  "zero_reasons": {},
  "suggested_change": "Say plainly: nearly fainting during exercise is not explained by dehydration until a doctor has checked his heart; book the paediatrician this week (ECG); no sprints, practice or Saturday's games until cleared. Drop 'hangover' and 'driving' for a child.",
 },
 {
  "id": "h14", "lang": "en-NZ",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": [
   "aquatic exercise is recommended for knee and hip osteoarthritis; Kolasinski et al. 2020, ACR/AF",
   "Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.",
   "swimming: one of your usual 2 a week, aerobic, at a pace you can talk in full sentences",
   "Wed    rest  rest day: recovery is part of training",
  ],
  "comment": "Sensible week for mechanical low back pain on a physio's 'keep moving': swim today in the rain, her two swims kept, light strength twice, a walk, ~99 min building. Wednesday's 8-hour drive is a rest day but with no advice to stop every hour or so and walk or stretch, which matters most for a grumbly back; the wedding day in heels gets nothing (flats to change into, a walk and stretch the next day). The OA citation does not fit her back, and 'consult a clinician if it hurts' ignores that her physio already has. Yoga, which she likes, is missing.",
  "zero_reasons": {},
  "suggested_change": "Add drive advice (break every 60-90 min for a 5-min walk and back extensions), a gentle walk or yoga in Wellington Thursday/Friday, and a tip for Saturday (comfortable shoes to change into, short walks). Replace the OA reason with one about back pain.",
 },
 {
  "id": "h15", "lang": "zh-TW",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": [
   "你問的“長距離”：可以，這樣安排35分鐘",
   "今天：高強度跑步，約35分鐘，心率138-172次/分。",
   "週三 休息  賽前減量：這週不練力量，休息讓腿保持新鮮",
   "考試前：訓練減量，不停。完全停掉往往讓壓力和睡眠更糟；每次短一些（30-60分鐘），早點結束、不影響睡覺；跟爸媽商量好安排",
  ],
  "comment": "Shape of a half-marathon race week is there: volume cut, strides to keep speed, a shakeout Saturday, race-day advice, exam day off. But the one quality session comes today, the day after his 18 km long run at RPE 14, when Tuesday or Wednesday would have been better, and Wed-Fri are three straight rest days, too much for an advanced 19-year-old (week ~90 min against ~350 usual). His question, 'still do intervals this week?', is answered under a misreading ('你問的“長距離”'), and the coach's 'how to reduce' is not spelled out (keep intensity, cut volume ~40-60%). The exam note to 'discuss with your parents' is stock for a 19-year-old.",
  "zero_reasons": {},
  "suggested_change": "Today easy 30-40 min; Tuesday a short race-pace session (e.g., 3 x 1 km at 4:30/km); Wednesday easy 30 min; Thursday rest (exam); Friday easy 20-30 min; Saturday shakeout with strides; Sunday race. State the taper rule: about half the volume, keep a little pace.",
 },
 {
  "id": "h16", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
  "quotes": [
   "气短、脚踝肿、躺平要垫高枕头才不咳不喘：这几样放在一起，可能是心脏出了问题（心衰导致积液）。今天就去看医生，做心电图、抽血和心脏超声。",
   "你问的“太极”：今天不要去，查清楚之前也不做高强度训练，先休息（原因见上面的提醒）",
   "一条小腿又肿又痛（长途飞行或坐车后、产后、手术或打石膏后，或明显比另一条粗），可能是血栓",
   "不要跑步“活动开”，也不要按摩",
  ],
  "comment": "Red flag caught: breathless lying flat, needing two pillows, and ankle swelling at 77 are signs of heart failure, not 'getting old'; the card stops exercise, sends her to a doctor today for ECG, bloods and echo, gives 120 triggers, and answers her tai chi question. The week of rest until cleared is right. But the warnings are padded with stock text that is not hers (one swollen calf after flights, postpartum, surgery; 'don't run to loosen it up'), and 'no high-intensity training until checked' suggests tai chi might be fine, against the plan's rest.",
  "zero_reasons": {},
  "suggested_change": "Keep the heart-failure warning and drop the DVT, postpartum and running text. Say 'no tai chi until a doctor has seen you', and note that today's ice is another reason to stay in.",
 },
 {
  "id": "h17", "lang": "en-IE",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 0},
  "quotes": [
   "you asked about \"turbo\": not today, nor anything hard until this is checked; rest first (the warnings above say why)",
   "A fever brought down by paracetamol or ibuprofen is still a fever",
   "With the race days away: start only if you have no fever, have gone 24-48 hours without vomiting or diarrhoea",
   "Sat    walking, light, 30 min, RPE 9-11",
   "racing ill and dry makes heat illness and collapse far more likely",
  ],
  "comment": "The safety call is right and well argued: no hard turbo tonight after 38.4 C with aches, a fever masked by paracetamol is still a fever, 24 h fever-free without tablets before starting back. But the card and the plan disagree on his central question, the sportive: the card says he may start Saturday if fever-free and eating normally (riding easier than planned), while the plan gives Saturday a 30-min light walk and says to build back 'over about a week'. For a cyclist the return days are walks rather than easy turbo spins; the kids-at-home days are ignored; vomiting/diarrhoea and heat illness are stock for a 9 C Irish autumn and a febrile, not gastric, bug.",
  "zero_reasons": {
   "language": "Card and plan contradict each other on the central question: the card lets him start Saturday's sportive if fever-free, the plan schedules only a 30-min light walk that day and a week-long build-back.",
  },
  "suggested_change": "One consistent rule: rest until 24 h fever-free without paracetamol; then 20-30 min easy turbo spins (Thu/Fri); ride Saturday only if symptom-free for 48 h, at an easy pace with company, and skip it if the fever or aches return. Drop the GI and heat lines.",
 },
 {
  "id": "h18", "lang": "zh-HK",
  "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 1, "language": 2},
  "quotes": [
   "週日 游泳，中等強度，35分鐘，RPE 12-13  游泳：有氧，強度以能說整句話為準",
   "週四 散步，中等強度，30分鐘，RPE 12-13  散步：天熱，身體適應要10-14天：放在早上10點前或傍晚6點後",
   "天氣炎熱：避免戶外高強度運動，多喝水、多休息（NWS酷熱指數，ACSM）。",
   "現在是20點：臨睡前不做高強度，睡前1小時結束",
  ],
  "comment": "A generic beginner week (swim, strength, walk, ~90 min) that ignores what he wrote: day shifts Mon/Tue and 12-hour night shifts Wed/Thu (Thursday's walk is set 'before 10 am', when he will be coming off a night), and Sunday's Dragon's Back hike with friends, replaced by a pool swim. That hike is the week's real exposure: an unconditioned 42-year-old on an exposed ridge in a 34 C Observatory 'very hot' weekend, with no advice on an early start, water, shade, turning back, or 999. Belly-fat goal gets 'swimming fits' with no word on diet or that fat cannot be spot-reduced. A 25-min swim at 20:30 after a 12-hour shift may not be practical.",
  "zero_reasons": {
   "personalisation": "Ignores the decisive facts: the shift pattern (day Mon/Tue, 12-hour nights Wed/Thu) and Sunday's Dragon's Back hike in forecast 34 C heat, which the plan replaces with a swim.",
  },
  "suggested_change": "Plan around shifts (short walk or home strength after day shifts, sleep first after nights, a light day Friday), and make Sunday the hike: start by 7 am, 2-3 litres of water, hat, shade breaks, turn back if dizzy or nauseous, 999 for heat illness. Tell him belly fat goes with overall activity and diet.",
 },
]
