# Literal client data h01-h03 (panel73). No generation: every value is written by hand.
# Each dict has the six exported keys plus "alt": a different but correct coach's card
# (used only by tools/probe.py to show the expectations are not too tight).

EN_NOT_911 = r"(?i)\b911\b"
ZH_TW_WRONG = r"(?:[打撥拨]|致[電电]|[電电][話话]|急救)\D{0,6}120(?!\d)"
ZH_HK_WRONG = r"(?:[打撥拨]|致[電电]|[電电][話话]|急救)\D{0,6}(?:120|119)(?!\d)"
ZH_SG_WRONG = r"(?:[打撥拨]|致[電电]|[電电][話话]|急救)\D{0,6}(?:120|119)(?!\d)"
EN_CA_WRONG = r"(?i)(?:call|dial|ring|phone)\D{0,6}(?:999|112|000)(?!\d)"

CLIENTS = []

CLIENTS.append({
 "id": "h01", "lang": "en-US",
 "who": "34F office worker, intermediate runner, 3 easy runs a week for a month; asks to add a 4th run (imperial units)",
 "call": {
  "activity": "run", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": [110, 135],
  "card": ("Today: easy run, 20 min, easy-moderate: RPE 11-12 on the 6-20 scale, you can talk in full sentences "
           "(heart rate roughly 110-135 bpm).\n"
           "You asked: can I add a 4th run? Yes - this is a PROGRESS week. A month of 3 runs a week at RPE 11-12 with "
           "no pain says you are ready. Make the 4th run short and easy, not a hard one, and keep the week's total about "
           "10% above last week (105 min -> about 115 min): 20 min tonight, 40 min easy on Saturday, 30 and 25 min easy "
           "next week.\n"
           "Why tonight is fine: yesterday's 40 min was easy (RPE 12) and tonight is short and easy; keep any hard "
           "session 48 hours away from another hard one.\n"
           "Add strength twice a week (squats, lunges, calf raises, 2 sets of 10-12): it helps your knees as the running grows.\n"
           "52 F and dry: good running weather.\n"
           "Warning: pain that makes you change your stride is a reason to stop and drop back to 3 runs. Chest pain, "
           "fainting or breathlessness out of proportion: stop and call 911.\n"
           "Not medical advice."),
  "plan": ["Thu: Run, easy, 20 min, RPE 11-12 - the new 4th run, short",
           "Fri: Strength, moderate, 30 min, 2 x 10-12 squats, lunges, calf raises, planks",
           "Sat: Run, easy long run, 40 min, RPE 11-12",
           "Sun: Rest",
           "Mon: Run, easy, 30 min, RPE 11-12",
           "Tue: Strength, moderate, 30 min, 2 x 10-12",
           "Wed: Run, easy, 25 min, RPE 11-12"],
  "week": "Week: 4 easy runs, 115 min (last week 105, +10%); strength 2 days; progress again next week only if all 4 feel easy."},
 "profile": {
  "age": 34, "sex": "female", "weight_lb": 141, "height_in": 66, "resting_hr": 58, "units": "imperial",
  "fitness": "intermediate", "goal": "run a 10K this fall", "preferences": ["run"],
  "history": [
   {"activity": "run", "minutes": 40, "days_ago": 1, "rpe": 12},
   {"activity": "run", "minutes": 35, "days_ago": 4, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 6, "rpe": 11},
   {"activity": "run", "minutes": 35, "days_ago": 8, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 11, "rpe": 11},
   {"activity": "run", "minutes": 30, "days_ago": 13, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 15, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 18, "rpe": 12},
   {"activity": "run", "minutes": 25, "days_ago": 20, "rpe": 13},
   {"activity": "run", "minutes": 30, "days_ago": 22, "rpe": 12},
   {"activity": "run", "minutes": 25, "days_ago": 25, "rpe": 13}],
  "context": {"time": "2026-03-12T18:30", "temperature_f": 52, "precipitation": "none", "wind_mph": 6},
  "notes": "ok so last week went great, all 3 runs felt easy honestly, could chat the whole time. can I add a 4th?? thinking a quick one tonight after work. knees fine nothing hurts",
  "language": "en-US"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 60,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [
   r"(?i)4th|fourth|four (runs|days|sessions|times)|4 (runs|days|sessions|times|x)|extra run|another run|additional run|add(ing)? (a|one|the) (run|short|easy|new)|new run",
   r"(?i)10\s?%|ten per ?cent|gradual|slowly|small|short|easy|total|weekly (time|minutes|volume|mileage)"],
  "must_not_match": [],
  "plan_must_match": [r"(?i)\brun"]},
 "alt": {"activity": "run", "minutes": 30, "intensity": "moderate",
  "card": ("Easy run 30 min at conversational pace (RPE 11). Yes, add the fourth run - keep it easy and let the weekly "
           "total rise no more than 10-20%. Stop and call 911 for chest pain.")}
})

CLIENTS.append({
 "id": "h02", "lang": "zh-CN",
 "who": "16M high-school student, beginner, training for the 1000 m school test; a side stitch every run after eating",
 "call": {
  "activity": "run", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日运动建议：跑走交替，25分钟，中等强度，RPE 12-13（边跑边能说整句话）。\n"
           "做法：先快走5分钟热身，然后跑3分钟、走1分钟，重复5轮，最后走5分钟放松。\n"
           "你问的：是不是不适合跑步？不是。跑步岔气（侧腹刺痛）很常见，初学者最多，练一段时间会明显减少。"
           "你三次都是放学吃完饭就去跑，而且跑得偏快（RPE 15-16）：这两点最容易引起岔气。\n"
           "今天的调整（保持训练量，放慢速度）：饭后至少1.5-2小时再跑，跑前少喝大量的水；速度放慢到能说话；"
           "用腹部深呼吸，呼气时长一点。岔气来了就放慢成走，深呼气，用手按住痛的地方，弯腰几秒，好了再跑。\n"
           "体测1000米：先把连续跑的时间练长，再练速度；下周再加一次短的快跑。\n"
           "注意：如果停下来休息后疼痛还不消失，或者出现胸痛、头晕、眼前发黑，马上停止并告诉家长或老师，严重时拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周二 跑走交替，中等强度，25分钟，RPE 12-13，饭后2小时再跑",
           "周三 打篮球或踢球，40分钟，玩到微微出汗，另加跳绳3组",
           "周四 跑走交替，中等强度，28分钟，跑4分钟走1分钟",
           "周五 力量（俯卧撑、深蹲、平板支撑），20分钟，加体育课",
           "周六 连续慢跑，中等强度，20分钟，能说话的速度",
           "周日 骑车或打球，60分钟，轻松到中等",
           "周一 休息（走路上学、体育课照常）"],
  "week": "本周：跑步3次，逐步延长连续跑；每天加上体育课、走路和打球，争取平均每天60分钟中高强度活动（WHO）；力量和跳跃2-3天。"},
 "profile": {
  "age": 16, "sex": "male", "weight_kg": 58, "height_cm": 172, "fitness": "beginner",
  "goal": "体测1000米及格", "preferences": ["run"],
  "history": [
   {"activity": "run", "minutes": 20, "days_ago": 1, "rpe": 15},
   {"activity": "run", "minutes": 15, "days_ago": 3, "rpe": 16},
   {"activity": "run", "minutes": 20, "days_ago": 6, "rpe": 15}],
  "context": {"time": "2026-03-10T17:30", "temperature_c": 14, "precipitation": "none"},
  "notes": "上周开始练1000米 跑了三次 每次跑个十分钟左右右边肚子就岔气 疼得只能停下来走 是不是我不适合跑步啊 一般放学吃完饭就去操场跑 今天还跑吗",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 90,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [
   r"岔[气氣]|[侧側]腹|肚子.{0,2}[疼痛]|腹[痛疼]|肋",
   r"吃|[饭飯]|餐|[进進]食|[饱飽]|消化"],
  "must_not_match": [],
  "plan_must_match": [r"跑"]},
 "alt": {"activity": "run", "minutes": 20, "intensity": "moderate",
  "card": ("慢跑20分钟，速度放慢到能说话（RPE 12）。岔气很常见，不代表你不适合跑步：吃饭后等两小时再跑，"
           "岔气时深呼吸、按压痛处、放慢。胸痛或头晕立即停下。")}
})

CLIENTS.append({
 "id": "h03", "lang": "en-GB",
 "who": "62F, knee osteoarthritis, walks 3-4 times a week; knee sore (4/10) the day after taking station stairs two days running",
 "call": {
  "activity": "stationary_bike", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: exercise bike, 30 min, moderate - RPE 12-13, you can talk but not sing. Seat high enough that the knee "
           "is only slightly bent at the bottom; easy resistance for the first 5 min.\n"
           "Then 10 min of knee strength: sit-to-stand from a chair, straight-leg raises, bridges, 2 x 10-12.\n"
           "You asked: stop the stairs, or stop everything? Neither. Exercise is one of the main treatments for knee "
           "OA, so keep moving. Soreness up to about 4-5/10 that has settled by the next day is acceptable. Yours was 4/10 "
           "and is easing, so this is a HOLD, with a small step back on the stairs only: next time take 2 flights, use the "
           "handrail, and take the lift on the way down (going down loads the knee most), then build back up over "
           "2-3 weeks. Keep your 30 min walks.\n"
           "Low-impact today (bike) because the knee is still a bit stiff; no running or jumping.\n"
           "See your GP or physio if the knee swells, gets hot, locks or gives way, or the pain lasts more than a couple "
           "of days or wakes you at night. Chest pain or fainting: call 999.\n"
           "Not medical advice."),
  "plan": ["Tue: Exercise bike, moderate, 30 min, RPE 12-13 + knee strength 10 min",
           "Wed: Brisk walk, moderate, 30 min, flat route",
           "Thu: Strength (sit-to-stand, step-ups on a low step, bridges), 25 min, 2 x 10-12",
           "Fri: Brisk walk, moderate, 30 min; stairs: 2 flights up, handrail",
           "Sat: Swim or exercise bike, moderate, 30 min",
           "Sun: Rest or gentle walk",
           "Mon: Brisk walk, moderate, 35 min + knee strength 10 min"],
  "week": "Week: hold at about 155 min of low-impact aerobic work, strength 3 days; stairs rebuilt gradually; if the knee settles by next day each time, add a flight a week."},
 "profile": {
  "age": 62, "sex": "female", "weight_kg": 74, "height_cm": 163, "conditions": ["knee_injury"],
  "fitness": "beginner", "goal": "keep walking without knee pain", "preferences": ["walk", "swim"],
  "history": [
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 2, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 3, "rpe": 13},
   {"activity": "stationary_bike", "minutes": 20, "days_ago": 6, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 8, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 10, "rpe": 12},
   {"activity": "walk", "minutes": 40, "days_ago": 12, "rpe": 10}],
  "context": {"time": "2026-04-14T10:00", "temperature_c": 12, "precipitation": "none"},
  "notes": "Physio says I've got OA in my right knee. Took the stairs at the station instead of the lift Sat and Sun, 4 flights each way, and the knee was sore all Monday, about 4/10. Better today, bit stiff first thing, no swelling. Should I stop the stairs? or stop everything till it settles?",
  "language": "en-GB"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [
   r"(?i)stair|steps|flights",
   r"(?i)(don't|do not|no need to|needn't|shouldn't|not|neither|no)\W+(\w+\W+){0,3}(stop|give up|rest)|neither|keep (moving|active|walking|going|exercising)|stay(ing)? active|(exercise|movement|walking) (helps|is good|is (a|one of the) (main|best|key))",
   r"(?i)low[- ]impact|bike|cycl|swim|pool|water|elliptical|cross[- ]trainer|knee[- ]friendly|flat"],
  "must_not_match": [EN_NOT_911],
  "plan_must_match": [r"(?i)strength|quad|squat|sit[- ]to[- ]stand|leg (press|raise)|step[- ]ups?|bridge|resistance"]},
 "alt": {"activity": "walk", "minutes": 30, "intensity": "light",
  "card": ("Gentle flat walk 30 min, RPE 10-11. Don't stop everything - keep moving, it helps OA. Cut the stairs to 1-2 "
           "flights for a week and build back. GP if it swells. Chest pain: call 999.")}
})

CLIENTS.append({
 "id": "h04", "lang": "zh-TW",
 "who": "67F retiree in Taiwan, controlled hypertension, 3 weeks of walking 4x/week then skipped a whole week (rain, grandchild); asks if she is back to square one",
 "call": {
  "activity": "brisk_walk", "minutes": 25, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今日運動建議：快走，25分鐘，中等強度，RPE 11-13（可以說完整句子，但唱不了歌）。\n"
           "你問的：是不是要從頭開始？不用！停了一個多禮拜，體能只會掉一點點，前三個禮拜練出來的底子還在，"
           "通常走兩三次就能回到原來的程度。不必自責，下雨、顧孫子都是生活的一部分。\n"
           "今天的安排（恢復，略降一點）：比之前少5分鐘，走25分鐘；下一次回到30分鐘，下週恢復每週4次。\n"
           "加上平衡和肌力：65歲以上每週至少3天，例如太極、單腳站（扶著椅背）、坐站起立10下×2組。\n"
           "血壓134/84 mmHg：在可以運動的範圍；照常吃藥，運動時不要憋氣。\n"
           "注意：如果走路時胸痛、胸悶、頭暈或喘不過氣，立刻停下休息；症狀不退請撥打119。\n"
           "（本建議不是醫療建議。）"),
  "plan": ["週四 快走，中等強度，25分鐘，RPE 11-13，加單腳站3組",
           "週五 太極或肌力訓練（坐站起立、扶牆踮腳），30分鐘",
           "週六 快走，中等強度，30分鐘",
           "週日 休息",
           "週一 快走，中等強度，30分鐘，加平衡練習10分鐘",
           "週二 太極，40分鐘",
           "週三 快走，中等強度，30分鐘"],
  "week": "本週：快走4次約115分鐘，回到原本的習慣；平衡和肌力3天（65歲以上，WHO 2020）。"},
 "profile": {
  "age": 67, "sex": "female", "weight_kg": 58, "height_cm": 155, "resting_hr": 72,
  "conditions": ["hypertension"], "bp_systolic": 134, "bp_diastolic": 84,
  "fitness": "beginner", "goal": "維持健康、血壓穩定", "preferences": ["brisk_walk", "tai_chi"],
  "history": [
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 9, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 11, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 12, "rpe": 11},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 14, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 16, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 30, "days_ago": 18, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 19, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 21, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 23, "rpe": 13},
   {"activity": "brisk_walk", "minutes": 20, "days_ago": 25, "rpe": 13}],
  "context": {"time": "2026-04-16T08:00", "temperature_c": 22, "humidity_pct": 70, "precipitation": "none"},
  "notes": "這個禮拜又下雨又要顧孫子 一次都沒去走 之前三個禮拜每週走四次都很好 是不是又要從頭開始了？好氣自己😩 今天天氣不錯想出去",
  "language": "zh-TW"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 50,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [
   r"不是.{0,4}[从從][头頭]|不用.{0,4}[从從][头頭]|不必.{0,4}[从從][头頭]|不用[！!，,]|不[会會].{0,8}(?:[归歸]零|[从從][头頭]|白[费費]|前功[尽盡][弃棄])|[没沒]有白[费費]|底子.{0,2}[还還]在|[还還](?:在|保留|留[着著])|不用[担擔]心|[别別][担擔]心|很快.{0,6}(?:回|恢[复復]|跟上)|[没沒]有(?:退步|[归歸]零)|只[会會].{0,4}掉一[点點]|(?:下降|[损損]失|退步|掉)[^。]{0,6}(?:不多|很少|有限|一[点點]|不大)"],
  "must_not_match": [ZH_TW_WRONG],
  "plan_must_match": [r"平衡|太[极極]|[单單][脚腳]|力量|肌力|肌肉|深蹲|起立|坐站|踮[脚腳]"]},
 "alt": {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate",
  "card": ("今天快走30分鐘，中等強度（能說話）。停一週不會歸零，之前的體能大部分還在，照原來的量接上就好。"
           "記得每週3天練平衡。胸痛頭暈就停下，撥打119。")}
})

CLIENTS.append({
 "id": "h05", "lang": "en-AU",
 "who": "29M, intermediate runner training for a half; Sunday's 'easy' run hit RPE 17 at 2 pm in 35 C humid heat; hot again today",
 "call": {
  "activity": "run", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("Today: easy run, 30 min, moderate by feel - RPE 11-12, you can talk in full sentences. Ignore pace today.\n"
           "You asked: slow my easy pace, or is something wrong with me? Nothing in your log says something is wrong: "
           "your other runs were RPE 11-12. Sunday you ran at 2 pm in about 35 C with high humidity, and heat alone "
           "pushes heart rate and RPE up several points at the same pace. So HOLD the plan and run your easy runs by "
           "effort, not pace: in this heat your easy pace will be 30-60 s/km slower, and that is fine.\n"
           "It's already 27 C and 75% humidity at 6 am: go now, before it heats up, on a shaded route. Drink before and "
           "after, carry water, and walk 1 min every 10 min if RPE climbs past 13. Do long runs at dawn while the heat "
           "lasts; acclimatising takes 10-14 days.\n"
           "Heat illness: stop, get into shade and cool off if you feel dizzy, confused, sick, get a headache or stop "
           "sweating. If someone is confused or collapses, call 000.\n"
           "Not medical advice."),
  "plan": ["Tue: Run, easy, 30 min, RPE 11-12, before 7 am",
           "Wed: Strength, moderate, 30 min, indoors",
           "Thu: Run, easy, 35 min, by effort, early morning",
           "Fri: Rest",
           "Sat: Run, easy long run, 45 min, start by 6 am, carry water",
           "Sun: Swim, easy, 30 min, or rest",
           "Mon: Run, easy, 30 min, early morning, RPE 11-12"],
  "week": "Week: hold at about 140 min of easy running, all early morning while the heat lasts; no hard session until easy runs feel RPE 11-12 again."},
 "profile": {
  "age": 29, "sex": "male", "weight_kg": 78, "height_cm": 180, "resting_hr": 54,
  "fitness": "intermediate", "goal": "half marathon in May", "preferences": ["run", "swim"],
  "history": [
   {"activity": "run", "minutes": 40, "days_ago": 2, "rpe": 17},
   {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12},
   {"activity": "run", "minutes": 35, "days_ago": 6, "rpe": 11},
   {"activity": "run", "minutes": 30, "days_ago": 8, "rpe": 11},
   {"activity": "run", "minutes": 45, "days_ago": 9, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 11, "rpe": 11},
   {"activity": "run", "minutes": 35, "days_ago": 13, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 15, "rpe": 11},
   {"activity": "run", "minutes": 45, "days_ago": 16, "rpe": 12},
   {"activity": "run", "minutes": 30, "days_ago": 18, "rpe": 11},
   {"activity": "run", "minutes": 30, "days_ago": 20, "rpe": 12}],
  "context": {"time": "2026-01-20T06:00", "temperature_c": 27, "humidity_pct": 75, "precipitation": "none"},
  "notes": "Sunday's 'easy' 40 was brutal, RPE 17 by the end and HR way higher than normal. Went out at 2pm tho and it was like 35 and sticky. Felt wrecked after but fine once I'd had a cold shower and a heap of water. Other runs all fine. Do I need to slow my easy pace or is something wrong with me? heading out now",
  "language": "en-AU"},
 "expect": {
  "must_rest": False, "rest_acceptable": True, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": [], "hr_zone_null": False,
  "must_match": [
   r"(?i)heat|hot|humid|temperature|\d\s*°?\s*C\b|degrees",
   r"(?i)early|dawn|morning|sunrise|before \d|evening|dusk|cool|shade|indoor|treadmill|air[- ]?con|water|drink|fluid|hydrat"],
  "must_not_match": [EN_NOT_911],
  "plan_must_match": [r"(?i)\brun"]},
 "alt": {"activity": "run", "minutes": 25, "intensity": "light",
  "card": ("Easy 25 min run right now while it's cooler, by effort only (RPE 11). The heat on Sunday explains the RPE 17 - "
           "nothing wrong with you. Carry water. Dizzy or confused: stop, shade, call 000.")}
})

CLIENTS.append({
 "id": "h06", "lang": "zh-CN",
 "who": "58M, hypertension (148/92), new walker; 'RPE 17' on a hill with chest tightness that eased after 5-6 min rest, blamed on cold air (buried red flag)",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今日建议：休息。今天不要快走，也不要改成平路或走慢一点。\n"
           "你说昨天走坡时累到RPE 17、胸口发闷、停下五六分钟才好：用力时胸闷、休息后缓解，是心脏供血不足（心绞痛）"
           "的典型表现，不能只当作天冷吸了冷气。你58岁、有高血压，这个症状要先让医生看。\n"
           "请尽快（今天或明天）去医院心内科或胸痛门诊，把这次的情况告诉医生，做心电图等检查；在医生评估并允许之前，"
           "暂停快走和其他锻炼。\n"
           "如果胸闷、胸痛在休息时出现、超过5分钟不缓解、向左臂、下巴或后背放射，或伴有出汗、气短、恶心、头晕："
           "立即拨打120，不要自己走路或开车去医院。\n"
           "血压148/92 mmHg：2级高血压范围，请一并告诉医生。\n"
           "（本建议不是医疗建议。）"),
  "plan": ["周四 休息；今天或明天去心内科就诊",
           "周五 休息，等医生评估",
           "周六 休息，在家可以慢慢走动，不做锻炼",
           "周日 休息",
           "周一 休息；按医生意见决定何时恢复",
           "周二 休息",
           "周三 休息"],
  "week": "本周：先就医，暂停锻炼；医生确认安全后，再从平路慢走10-15分钟重新开始。"},
 "profile": {
  "age": 58, "sex": "male", "weight_kg": 84, "height_cm": 172, "resting_hr": 76,
  "conditions": ["hypertension"], "bp_systolic": 148, "bp_diastolic": 92,
  "fitness": "beginner", "goal": "降血压", "preferences": ["brisk_walk"],
  "history": [
   {"activity": "brisk_walk", "minutes": 25, "days_ago": 1, "rpe": 17},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 4, "rpe": 12},
   {"activity": "brisk_walk", "minutes": 40, "days_ago": 6, "rpe": 11}],
  "context": {"time": "2026-12-03T07:30", "temperature_c": -2, "wind_kmh": 15, "precipitation": "none"},
  "notes": "上周开始快走 前两次都挺轻松 昨天走到小区后面那个坡 累得不行估计得有17 胸口有点闷 歇了五六分钟就好了 应该是天冷吸了冷气 今天换个平路走行不行 还是走慢点就可以",
  "language": "zh-CN"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                       "stationary_bike", "elliptical", "stretching"],
  "hr_zone_null": True,
  "must_match": [
   r"胸",
   r"[医醫]生|[医醫]院|就[医醫]|就[诊診]|[门門][诊診]|急[诊診]|心[内內]科|心[电電][图圖]|[检檢]查",
   r"120|急救"],
  "must_not_match": [],
  "plan_must_match": [r"休息|暂停|暫停|[医醫]"]},
 "alt": {"activity": "rest", "minutes": 0, "intensity": None,
  "card": ("今天休息，停止锻炼。走坡时胸闷、歇几分钟才好，要当作心脏问题，尽快去医院检查。"
           "胸痛再次出现、几分钟不缓解，立即拨打120。")}
})
