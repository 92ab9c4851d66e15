# Scores for h19-h24 (literal data).
CLIENTS = [
 {
  "id": "h19", "lang": "en-GB",
  "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": [
   "Thu    yoga, moderate, 25 min, RPE 12-13",
   "Fri    strength training, moderate, 20 min, RPE 12-13",
   "you asked what to do: today moderate tai chi for 30 minutes (RPE 12-13); this week about 90 minutes in all",
   "After a fall, ask your doctor or a physiotherapist for a falls check (eyesight, medicines, your home)",
  ],
  "comment": "The falls side is good: tai chi by a chair, balance and sit-to-stands 3 days a week, level paths, and a falls check after his kerb wobble; 999 for the UK. But the cataract operation on Thursday, half of his question ('what about after the op?'), is never mentioned: the plan sets yoga on the day of the operation and strength training the next day, against the usual post-op advice (no bending, straining or lifting for the first week or two, follow the eye hospital's sheet, no swimming). His near-daily walks with his wife are cut to two, and the newly changed vision after one eye is done (a fall risk at kerbs) is not raised. 'About 90 minutes' on the card vs 105 in the plan.",
  "zero_reasons": {
   "safety": "Ignores Thursday's cataract surgery and prescribes moderate yoga on the day of the operation and strength training the day after, with no post-op restrictions (no bending, straining or lifting; the eye hospital's instructions), though he asked what to do after the op.",
  },
  "suggested_change": "Keep walks with his wife Mon-Wed plus balance work; rest on Thursday; from Friday short level walks with his wife only, no bending, lifting or straining for 1-2 weeks (or as the eye hospital says), no swimming, take extra care at kerbs while his eyes adjust; then bring strength and tai chi back.",
 },
 {
  "id": "h20", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": [
   "用你家里的哑铃：高脚杯深蹲、单臂划船、推举、罗马尼亚硬拉；从轻的开始，每组10-15次做得动了再加重",
   "昨天练的是上肢（RPE 16）：腿是新鲜的，今天的练腿日照常",
   "下肢日：深蹲或硬拉（交替安排重日和轻日），主项3-5组×3-6次（RPE 7-8）",
   "今天短一些（45分钟，原因见下）",
  ],
  "comment": "Gets the split right (leg day today since yesterday was upper, upper/lower alternating, four lifting days, rest on the best-man Saturday). But the Shenzhen hotel gym with dumbbells only to 25 kg is misread as 'your dumbbells at home' and applied to today, with 'start light, 10-15 reps' for an advanced lifter; Wednesday, a trip day in that hotel, is the heavy lower day with squats or deadlifts 3-6 reps, which cannot be done with 25 kg dumbbells. The card mixes 3-4x8-12 with 'start light, 10-15 reps'; 'reasons below' points to nothing.",
  "zero_reasons": {},
  "suggested_change": "Today: his normal leg session in his own gym. Tue/Wed in the hotel: dumbbell sessions (upper push/pull; lower with goblet squats, split squats, single-leg RDLs at 12-20 reps or slow tempo). Thursday lower or upper back in his gym, Friday light, Saturday off; remind him to hydrate and eat around the drinking.",
 },
 {
  "id": "h21", "lang": "en-SG",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": [
   "you asked about \"run\": not yet; brisk walking for 33 minutes today, and pelvic floor exercises every day.",
   "if leaking goes on, see a pelvic health physiotherapist (ACOG 2020)",
   "postnatal strength: pelvic floor squeezes, glute bridges, side-lying leg lifts, wall push-ups, sit-to-stands, 1-2 sets of 10-15; no sit-ups or planks yet",
   "a scar that turns red, hot or oozes",
  ],
  "comment": "Clinically sound: leaking on cough or sneeze at 4 months means the pelvic floor is not ready for continuous running, so walking, daily pelvic floor work, postnatal strength and a walk-run progression once leak-free, with a pelvic health physio (Goom 2019); heat timing for Singapore; 995. Gaps: it never says she could walk or walk-jog the 5 km on Sunday, which is what she wants; her question 'is that normal?' is answered only indirectly (common, but not something to accept: treatable); breastfeeding (feed first, fluids, support bra) and being alone with the baby Mon-Wed (pram walks, home sessions) are not used; scar and caesarean lines are stock for a normal delivery.",
  "zero_reasons": {},
  "suggested_change": "Open with: leaking is common after birth but a sign to wait on running and see a pelvic health physio; it usually improves with pelvic floor training. Offer Sunday's 5 km as a brisk walk (or very gentle walk-jog only if leak-free). Add breastfeeding tips and pram-walk or home options for Mon-Wed.",
 },
 {
  "id": "h22", "lang": "zh-SG",
  "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
  "quotes": [
   "心跳过快、心慌或心律不齐（休息时，或者运动中远超这个强度该有的心跳，比如骑车、跑步、游泳时）：今天不要运动；今天就去看医生",
   "不游泳、不在马路上骑车、不攀爬，也不开车（ACSM）。",
   "请坐下或躺下，喝点水，今天就去看医生",
   "周三 休息  你的血压读数138/84 mmHg：1级高血压范围（AHA 2017）；规律的有氧运动能让血压降低约5-7 mmHg（ACSM）",
  ],
  "comment": "Red flag caught: sudden fast, irregular heartbeat with dizziness while cycling, taking 10+ minutes to settle, in a 62-year-old ex-smoker with hypertension, needs a doctor (ECG, possible AF) before more exercise; the card stops exercise, says see a doctor today, gives 995 triggers, and the week rests until cleared. But his '应该没事吧' is not answered in words, the 'no driving until the cause is found' line is not tied to his Saturday drive to Kuala Lumpur, and the acute stock ('sit or lie down, drink some water') reads as if it were happening now. The rest-day reason repeats that exercise lowers BP.",
  "zero_reasons": {},
  "suggested_change": "Say directly that it may not be 'nothing' and must be checked (ECG, Holter) before cycling or brisk walking again; raise it at Friday's hospital visit if not seen sooner; reconsider driving himself to KL until he is checked; drop the present-tense first-aid lines.",
 },
 {
  "id": "h23", "lang": "zh-CN",
  "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
  "quotes": [
   "你问的“跑”：今天换成低强度瑜伽更合适（理由见下）",
   "颈部以上的感冒症状（流鼻涕、打喷嚏、轻微嗓子疼）：只做轻度活动；如果蔓延到胸部或发烧，请休息（颈部检查法则）。",
   "周四 跑步，中等强度，40分钟，RPE 12-13，心率113-135",
   "这周一共约150分钟",
   "本周：有氧约120分钟",
  ],
  "comment": "The neck check is applied (above-neck cold, no fever: light today, rest if it moves to the chest or fever), so nothing unsafe. But her question 'can I run with a cold?' gets 'yoga is better today' with the reason left to 'below'; an easy short run would have been acceptable. Thursday, her son's sports day with a parent-child race, gets a separate 40-minute run, and the runs are 40 min, longer than her usual 5 km, while the cold lasts. The warning says 'light activity only' above a plan of moderate 40-min runs; the card says ~150 min, the plan 120. Saturday's birthday dinner is not used.",
  "zero_reasons": {},
  "suggested_change": "Answer: yes, an easy 20-30 min run is fine with above-neck symptoms if she feels up to it; no hard runs until a day after symptoms clear. Make Thursday the parent-child race plus a short warm-up, keep runs at her usual 30 min, and make the totals agree.",
 },
 {
  "id": "h24", "lang": "en-AU",
  "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 1, "language": 1},
  "quotes": [
   "you asked about \"walk\": yes, as today's plan has it: moderate walking for 33 minutes",
   "Fridays are your walking days: as usual",
   "Thursdays are your tai chi days: as usual",
   "you wrote \"Great granddaughter's christening saturday up in the hills\": walking suits how you feel today",
  ],
  "comment": "Her routine (group walks Mon/Wed/Fri, tai chi Thursday) is read correctly and 000 is right. But her question 'Should I still walk?' is about the forecast 39 C Thursday and 40 C Friday, and the output never mentions the heat: it answers 'yes, as today's plan has it' and keeps Friday's outdoor group walk and Thursday's tai chi 'as usual'. For an 85-year-old, outdoor exercise in 40 C should be cancelled (ACSM heat guidance, older adults most at risk): walk early indoors in air-conditioning or skip, drink, stay cool. The christening line is read as a mood, a Saturday strength session is added on the christening day, and an extra tai chi is put on Tuesday, the bone-scan morning.",
  "zero_reasons": {
   "safety": "Misses the heatwave: 39 C Thursday and 40 C Friday for an 85-year-old, and the plan keeps Friday's outdoor walk 'as usual' and tells her 'yes' to walking, where outdoor exercise should be cancelled.",
   "personalisation": "The decisive fact and her own question (whether to walk in the forecast 39-40 C heat) are ignored; the christening is misread as a mood statement.",
  },
  "suggested_change": "Answer the heat question first: walk today and Wednesday early; on Thursday and Friday no outdoor walking (an air-conditioned mall or a short indoor balance routine instead, tai chi only if the hall is cool), drink regularly, and know heat-illness signs (call 000). Keep Saturday free for the christening; check heat and fire warnings for the hills.",
 },
]
