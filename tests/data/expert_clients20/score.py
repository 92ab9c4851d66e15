#!/usr/bin/env python3
"""Hand-written rubric scores (ACSM clinical exercise physiologist view), written after reading
every card (outputs/ID.card.txt) and JSON (outputs/ID.json).

Scale per dimension: 2 = I would sign it, 1 = acceptable with reservations, 0 = would not sign.
Dimensions: safety, activity (appropriateness of the activity), dose (FITT: intensity, minutes),
personalisation, explanation, language.
Each score carries a short quote from the card (verified below to be an exact substring of the
card text) and, for every score below 2, what is wrong and what a correct card would say.
Outputs: rubric.jsonl (one line per client) and rubric_summary.md.
"""
import json, sys

E = '/tmp/expert20'
DIMS = ['safety', 'activity', 'dose', 'personalisation', 'explanation', 'language']

S = {
 'h01': {
  'safety': (2, '运动前复测血压（或血糖），今天只做轻度活动', 'Takes the stage-2 reading and missed tablets seriously; below 180/110 so exercise allowed.'),
  'activity': (2, '你问的“跑”：今天换成低强度散步更合适', 'Walking instead of his run is right today.'),
  'dose': (2, '低强度散步，约40分钟，RPE 9-11', 'Light 40 min: conservative but defensible with an uncontrolled reading.'),
  'personalisation': (2, '你漏服了药物：请按医嘱服药', 'Reads the missed pills, the reading and his running habit.'),
  'explanation': (1, '高血压：保持中等强度',
      'The standing hypertension warning says "keep to moderate" while the next warning and the headline say light only; '
      'a correct card drops the generic line or says: "today light only because of 168/102 and missed tablets; moderate again once readings are back under control".'),
  'language': (2, '你的血压读数168/102 mmHg：2级高血压范围', 'Clear, natural Chinese.'),
 },
 'h02': {
  'safety': (1, '不在运动前建议的90-250范围',
      'At 82 mg/dl an insulin-pump user should be told to take 15-30 g carbohydrate before ANY exercise (DOMAIN, ADA 2016); '
      'the card only gives hypo treatment for <70 and lets him do 30 min yoga without eating. A correct card: "eat 15-30 g fast carbohydrate, recheck in 15 min, carry glucose".'),
  'activity': (1, '你问的“跑”：今天换成低强度瑜伽更合适',
      '82 mg/dl is not a reason to cancel the run; after carbohydrate an easy run (or brisk walk) 30-45 min with glucose on hand is the right answer.'),
  'dose': (1, '低强度瑜伽，约30分钟，RPE 9-11',
      'Light yoga under-doses an intermediate runner; correct: easy run RPE 11-13 for 30-45 min after carbohydrate, checking glucose at 30 min.'),
  'personalisation': (1, '你写了“有点担心”：瑜伽能放松身心',
      'His worry is about hypoglycaemia, not stress; the card treats it as anxiety (plus a generic stress line). It should answer his actual question "是不是要先吃点东西": yes.'),
  'explanation': (1, '低血糖（低于70 mg/dl，或有心慌、手抖、出冷汗）',
      'The only glucose guidance given applies to <70 or symptoms, not to his 82; the card never states the pre-exercise rule for 82 (take 15-30 g carbohydrate first).'),
  'language': (2, '你的血糖读数82 mg/dl（4.6 mmol/L）', 'Clear; mmol/L conversion helpful.'),
 },
 'h03': {
  'safety': (2, '出血、流液，或37周前宫缩变得规律，现在就去医院', 'Catches hedged fluid leakage at 29 weeks; sends her to hospital now.'),
  'activity': (2, '你问的“游泳”：今天不行', 'Rest; answers the swimming question.'),
  'dose': (2, '今天建议休息。', 'No exercise today is the right dose.'),
  'personalisation': (2, '备注“湿湿的”：按孕期危险信号处理', 'Quotes her own words.'),
  'explanation': (2, '立即停止运动，现在就打电话给产科医生、助产士或产房', 'Clear action list with ACOG source.'),
  'language': (2, '大出血或剧痛请拨打120（ACOG 2020）', 'Correct mainland number, plain Chinese.'),
 },
 'h04': {
  'safety': (2, '今天在室内：外面路面结冰', 'Keeps an osteoporotic woman with a previous fall fracture off the ice.'),
  'activity': (2, '太极同时练平衡和力量', 'Tai chi indoors: the best single choice.'),
  'dose': (2, '中等强度太极，约20分钟', '20 min to start, with sit-to-stand / heel raises listed for strength.'),
  'personalisation': (2, '避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物），起身和转身慢一点防摔',
      'Osteoporosis-specific cautions and her fall history used; the stress line reading "有点怕" as anxiety is a small blemish.'),
  'explanation': (2, '72岁：除了有氧，每周至少3天做平衡和力量练习（WHO 2020）', 'Sourced and relevant.'),
  'language': (2, '你喜欢散步，但今天路面湿滑，所以换成最接近的太极', 'Natural Chinese.'),
 },
 'h05': {
  'safety': (2, '关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生', 'Low impact, no running.'),
  'activity': (2, '散步对膝盖冲击小', 'Walking fits stable knee OA and his preference.'),
  'dose': (2, '中等强度散步，约20分钟，RPE 12-13', 'Reasonable starting dose for an inactive 66-year-old.'),
  'personalisation': (2, '你的目标“膝盖不疼，能继续出去玩”', 'Uses his goal and preference; OA labelled as "knee injury" internally.'),
  'explanation': (1, '备注“膝盖”：按膝盖损伤处理',
      'His real question ("是不是就不该运动了？") is never answered, and OA is handled as an injury. A correct card says: exercise is a core treatment for knee OA; '
      'add quadriceps/hip strengthening 2-3 days/week; mild ache that settles within 24 h is acceptable, swelling or pain lasting longer means reduce.'),
  'language': (2, '散步，约4公里/小时：3.0 MET（Compendium 17170）', 'Clear.'),
 },
 'h06': {
  'safety': (2, '肿得厉害、越来越疼或走不了四步，请去医院检查', 'No running/shooting on a day-2 sprain; includes Ottawa-style red flag.'),
  'activity': (2, '室内单车对脚踝冲击小', 'Stationary bike if pain-free: exactly DOMAIN/Vuurberg.'),
  'dose': (2, '中等强度室内单车，约24分钟', 'Moderate 24 min is fine.'),
  'personalisation': (1, '你问的“跑”：今天不建议',
      'He asked about shooting hoops and a match this weekend; neither is addressed. A correct card says: no basketball today; the weekend game depends on '
      'pain-free walking, hopping and cutting by then; start ankle range-of-motion and balance work.'),
  'explanation': (2, '头几天只做不负重的运动（游泳、不疼的话骑室内单车、坐着练力量）', 'Sourced, concrete.'),
  'language': (2, '日常走路以不加重疼痛为限', 'Clear.'),
 },
 'h07': {
  'safety': (2, '關節受傷或腰痛：只做低衝擊運動；如有疼痛請諮詢醫生', 'Appropriate for stable non-specific LBP.'),
  'activity': (2, '瑜伽對腰背衝擊小', 'Yoga is evidence-based for chronic LBP and her preference.'),
  'dose': (1, '力量瑜伽：4.0 MET（Compendium 02160）',
      'Power (vinyasa) yoga is coded for a beginner with chronic back pain; a correct card prescribes gentle hatha yoga 20-30 min, RPE 11-13, '
      '2-3 days/week, avoiding end-range flexion/twisting that provokes pain, plus core/hip strengthening.'),
  'personalisation': (2, '備註“腰痠”：按腰背痛處理', 'Uses her note, preference and rainy evening.'),
  'explanation': (2, '最近沒有訓練記錄：從20分鐘開始，循序漸進', 'Answers "how long"; progression stated.'),
  'language': (2, '今日運動建議', 'Traditional characters throughout as zh-TW requires.'),
 },
 'h08': {
  'safety': (2, '你屬於敏感人群：今天不要在戶外運動，改在室內、關好窗', 'Asthmatic teen at AQI 165 kept indoors.'),
  'activity': (2, '所以換成最接近的橢圓機', 'Indoor aerobic substitute; availability for a 15-year-old is the only doubt.'),
  'dose': (2, '中等強度橢圓機，約40分鐘', '40 min moderate, youth 60 min/day context given.'),
  'personalisation': (2, '隨身帶急救吸入劑；醫生建議的話，運動前15分鐘先吸', 'Asthma and age both used.'),
  'explanation': (2, '今天在室內：外面空氣質量指數165', 'Sourced (EPA, WHO).'),
  'language': (2, '空氣質量不健康（AQI 151-200）', 'Traditional script for zh-HK; standard written Chinese as used in HK.'),
 },
 'h09': {
  'safety': (2, '今天强度低一点', 'No HIIT on four nights of short sleep.'),
  'activity': (2, '低强度散步，约20分钟', 'Walking is right for a sleep-deprived beginner.'),
  'dose': (2, 'RPE 9-11（很轻松）', 'Light 20 min fits today.'),
  'personalisation': (1, '你写了“这周连上了四个夜班”：散步轻松不累',
      'Her question (is rope skipping/HIIT OK?) and weight-loss goal are not addressed. A correct card says: not HIIT today or while sleeping 4-5 h; '
      'as a beginner build to 150-300 min/week of moderate walking plus 2 strength days first, and protect sleep after the shifts.'),
  'explanation': (1, '动一动反而更有精神',
      'Gives no reason why HIIT is unwise today (sleep debt, beginner, injury risk) and nothing on sleep; a correct card explains this in one line.'),
  'language': (2, '最近4周只有1次训练记录：从20分钟开始，循序渐进', 'Clear.'),
 },
 'h10': {
  'safety': (2, '进行高强度运动前请先获得医生许可', 'Controlled BP, moderate cap.'),
  'activity': (2, '中等强度快走，约60分钟', 'His preferred activity.'),
  'dose': (2, 'RPE 12-13（能说话不能唱歌）', 'RPE instead of HR: correct under a beta-blocker; 60 min matches habit.'),
  'personalisation': (2, 'β受体阻滞剂（如倍他乐克）会让心率升不上去', 'Answers exactly his question.'),
  'explanation': (2, '心率达不到网上说的数字不代表练得不够，也不要为了追心率走得更快', 'Excellent, sourced.'),
  'language': (2, '能说整句话、微微喘，就是合适的强度（ACSM）', 'Clear.'),
 },
 'h11': {
  'safety': (2, '如果睡眠和胃口几周都没有好转，请告诉你的医生', 'Safety-netting for prolonged grief/depression.'),
  'activity': (2, '低强度散步，约20分钟', 'Gentle walking is right.'),
  'dose': (2, 'RPE 9-11（很轻松）', 'Short and easy fits.'),
  'personalisation': (1, '你问的“广场舞”：可以，这是很好的有氧运动。先热身10分钟，选节奏不太快、不蹦跳的，少做深蹲和原地急转，膝盖疼了就歇',
      'She did not ask about square dancing and has no knee problem; the knee cautions are misplaced. A correct card would instead suggest walking with the friend who offered, '
      'or returning to square dancing when she feels ready, as a social activity.'),
  'explanation': (2, '很遗憾你失去了亲人。每天在熟悉的时间、熟悉的路线走一走，能给一天一点节奏', 'Compassionate and reasoned.'),
  'language': (2, '睡眠也是训练的一部分', 'Natural.'),
 },
 'h12': {
  'safety': (0, '中等强度快走，约25分钟',
      'Exertional chest tightness ("像压着块东西", relieved by rest) is an anginal equivalent: DOMAIN/ACSM say do not start, seek medical clearance. '
      'A correct card: rest today, see a doctor (cardiology) before starting exercise, call 120 if chest pressure comes at rest or lasts >few minutes.'),
  'activity': (0, '你的目标“减重10斤”（减重）：快走正合适', 'Any exercise prescription is wrong until he is cleared; correct activity: rest.'),
  'dose': (0, '最近没有训练记录：从25分钟开始，循序渐进', 'Prescribes 25 min moderate walking to a man with probable angina; correct dose: none until cleared.'),
  'personalisation': (0, '血糖176 mg/dl（9.8 mmol/L）：在可以运动的范围',
      'Uses glucose and goal but ignores the one sentence that matters; a correct card quotes "胸口有点发紧" and explains why it changes today.'),
  'explanation': (0, '饭后动一动有助于降低血糖', 'The reasoning rests on a false premise (that he is cleared to exercise); no mention of the chest symptom.'),
  'language': (2, '快走，约5.6公里/小时：4.3 MET（Compendium 17200）', 'Language itself is fine.'),
 },
 'h13': {
  'safety': (2, 'Rest today.', 'Rest is safe for post-exertional symptom worsening; a doctor is mentioned.'),
  'activity': (2, 'you asked about "run": not today', 'No run: correct; rest acceptable (gentle walking would also do).'),
  'dose': (1, 'rest and drink fluids until it has passed',
      'No pathway back: a correct card says no running until the post-exertional crashes stop; meanwhile short easy walks (5-15 min, RPE <= 10) only if they cause no crash next day, '
      'increasing slowly (pacing).'),
  'personalisation': (1, 'your notes ("covid"): read as an illness below the neck',
      'She is 5 weeks post-COVID with no fever; the card treats her as acutely ill (flu, vomiting) and ignores the crash after her 5k and her lingering fatigue.'),
  'explanation': (0, 'A streak can wait: training through a fever risks your heart.',
      'The stated reason (fever / below-the-neck acute illness) is not her situation. A correct card: persistent fatigue and a 2-day crash after usual exercise 5 weeks after COVID '
      'need review by her doctor (unusual fatigue is an ACSM warning sign), and return should be symptom-paced (WHO post-COVID rehabilitation).'),
  'language': (2, 'see a doctor if it is severe or not improving after a few days', 'Plain English.'),
 },
 'h14': {
  'safety': (2, 'a hard session yesterday (RPE 18): a recovery day, easy and shorter', 'No 10k the day after a marathon.'),
  'activity': (2, 'light yoga for about 40 minutes', 'Non-impact recovery; walking/easy spin equally fine.'),
  'dose': (2, 'RPE 9-11 (you could sing)', 'Light.'),
  'personalisation': (2, 'you asked about "10k": light yoga suits today better', 'Answers his question.'),
  'explanation': (2, '48 h between hard sessions, ACSM', 'Sourced.'),
  'language': (2, 'let them recover today with something low impact that does not load them', 'Clear.'),
 },
 'h15': {
  'safety': (2, 'Stop and call them if you have bleeding, fluid leaking, regular painful contractions', 'Full ACOG warning list, as she asked.'),
  'activity': (2, 'ACOG 2020 lets runners keep running in pregnancy', 'Running continued for a habitual runner.'),
  'dose': (2, 'moderate running for about 38 minutes, RPE 12-13 (talk test: full sentences)', 'RPE/talk test, no HR zone: right in pregnancy.'),
  'personalisation': (2, 'you are a trained runner', 'Her training and midwife context used; "no bleeding" not misread.'),
  'explanation': (2, 'lying flat on your back after the first trimester (core work on your side, seated or standing)', 'Sourced.'),
  'language': (2, 'keep your midwife or doctor informed', 'Uses her word, midwife.'),
 },
 'h16': {
  'safety': (2, 'Dangerous heat: no outdoor exercise today.', 'Heat index ~46 C, not acclimatised: correct.'),
  'activity': (2, 'so its nearest form: elliptical', 'Indoor substitute for his run.'),
  'dose': (2, 'moderate elliptical for about 30 minutes', 'Moderate 30 min.'),
  'personalisation': (2, 'getting used to heat takes 10-14 days and fitness does not replace it', 'Answers "I\'m fit, should be fine?" directly.'),
  'explanation': (2, 'drink before, during and after (NWS heat index, ACSM 2007)', 'Sourced.'),
  'language': (2, 'in your first week or two of heat, go shorter and easier', 'Clear.'),
 },
 'h17': {
  'safety': (2, 'Cold, dry air can trigger asthma: exercise indoors today', 'Correct trigger management.'),
  'activity': (2, 'moderate elliptical for about 30 minutes', 'Indoor cardio in place of the run.'),
  'dose': (2, 'heart rate 114-138 bpm', 'Moderate 30 min; HR zone sensible here.'),
  'personalisation': (2, 'keep your reliever inhaler with you (use it before exercise if your asthma plan says so)', 'Uses her inhaler and cough on cold air.'),
  'explanation': (2, 'warm up gradually for 10-15 minutes', 'Practical.'),
  'language': (2, 'you like running, but cold air can trigger your asthma today', 'Clear.'),
 },
 'h18': {
  'safety': (2, 'resume 30 minutes after the last thunder (30-30 rule; NWS lightning safety)', 'Includes pools: correct.'),
  'activity': (2, 'moderate stationary bike for about 60 minutes', 'Turbo/spin session replaces the club ride.'),
  'dose': (2, 'RPE 12-13 (talk test: full sentences)', '60 min moderate is a fair substitute.'),
  'personalisation': (1, 'you wrote "kind of gutted": a gentler session today',
      'Disappointment about a cancelled ride is read as low mood and used to soften the session, with a "when you feel low" paragraph. '
      'A correct card would leave his intensity alone (e.g. 60 min with some tempo efforts) or offer to ride after the 30-30 window.'),
  'explanation': (2, 'there is thunder (no outdoors, no water) today', 'Clear reason.'),
  'language': (2, 'go indoors and out of the water, pools included', 'Clear.'),
 },
 'h19': {
  'safety': (2, 'After a fall, ask your doctor or a physiotherapist for a falls check (eyesight, medicines, your home)', 'Falls referral, chair support.'),
  'activity': (2, 'tai chi trains balance and strength together', 'Best fit for recurrent falls.'),
  'dose': (2, 'moderate tai chi for about 20 minutes', 'Short start, 3+ days/week stated.'),
  'personalisation': (2, 'with your stick if you use one', 'Uses cane, falls, age; hip replacement not specifically mentioned (minor).'),
  'explanation': (2, 'balance and strength work lowers the risk of falls', 'Sourced (WHO 2020).'),
  'language': (2, 'standing on one leg holding a chair, heel-to-toe walking, sit-to-stands', 'Concrete, plain.'),
 },
 'h20': {
  'safety': (2, 'Joint injury or back pain: low-impact activities only', 'Conservative, not unsafe.'),
  'activity': (1, 'you like running, but your joint or back needs low impact today',
      'Her physio cleared jogging and balance work at 4 weeks; refusing all running is over-cautious. A correct card: easy jog-walk 20-30 min on flat ground if pain-free, '
      'plus single-leg balance and calf-raise work; no cutting or matches yet.'),
  'dose': (2, 'moderate stationary bike for about 45 minutes', '45 min moderate, youth 60 min/day context.'),
  'personalisation': (1, 'A fresh sprain: for the first days only work that puts no weight on it',
      'Applies the acute-phase advice to a 4-week-old sprain and ignores the physio clearance she reported.'),
  'explanation': (1, 'stationary bike is low impact for your ankle',
      'Explains the wrong stage; should explain progressive loading and balance training to prevent re-sprain (Vuurberg 2018).'),
  'language': (2, 'ages 5-17: 60 minutes a day of moderate-to-vigorous activity', 'Plain enough for a 14-year-old.'),
 },
 'h21': {
  'safety': (2, 'no exercise until you have been free of fever for a day (neck check)', 'Fever + body aches + chest: rest.'),
  'activity': (2, 'Rest today.', 'Correct.'),
  'dose': (2, 'rest and drink fluids', 'None today.'),
  'personalisation': (2, 'your notes ("38.4"): read as fever', 'Reads his notes; "A streak can wait" answers sweat-it-out.'),
  'explanation': (2, 'training through a fever risks your heart', 'Correct reason (myocarditis risk).'),
  'language': (2, 'See a doctor if it is above 39.5 C (103.1 F)', 'Clear.'),
 },
 'h22': {
  'safety': (2, 'swollen ankles with breathlessness (lying flat, or new on the stairs) can be fluid building up from the heart or kidneys: no exercise today, and see a doctor today',
      'Finds both hidden warning signs in a long upbeat note.'),
  'activity': (2, 'Rest today.', 'Correct.'),
  'dose': (2, 'no exercise today', 'None until cleared.'),
  'personalisation': (2, 'your notes ("out of breath"): read as shortness of breath', 'Also addresses her BP reading.'),
  'explanation': (2, 'Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).', 'Sourced.'),
  'language': (2, 'do not run it off or massage it', 'Plain.'),
 },
 'h23': {
  'safety': (2, 'Air quality is very unhealthy (AQI 201-300): exercise indoors, windows closed, at a moderate effort at most', 'Correct for AQI 230.'),
  'activity': (2, 'not today, the air quality rules out hard work outdoors; elliptical instead', 'Indoor substitute.'),
  'dose': (2, 'moderate elliptical for about 30 minutes', 'Shorter and moderate in smoke: sensible.'),
  'personalisation': (2, 'you asked about "run": not today', 'Answers his question.'),
  'explanation': (2, 'indoors today: outside, AQI 230', 'Sourced (EPA).'),
  'language': (2, 'keep time outside short and easy (US EPA AQI)', 'Clear; no metric units shown that should have been imperial.'),
 },
 'h24': {
  'safety': (2, 'Blood glucose 250-349 mg/dl: check ketones; no intense exercise (ADA 2016).', 'Correct for 290 mg/dl.'),
  'activity': (2, 'swap it for moderate stationary bike for 38 minutes', 'Moderate cycling lowers glucose; intervals deferred.'),
  'dose': (2, 'moderate stationary bike for about 38 minutes', 'Moderate 38 min.'),
  'personalisation': (1, 'do it in 2-3 days when you have slept and your legs feel fresh',
      'She never said she was tired or sore; the stated reason for skipping the intervals is a tiredness template. '
      'A correct card says: because of 290 mg/dl, check ketones first; if negative, a steady moderate ride is fine and will lower glucose; intervals another day once readings are back under 250.'),
  'explanation': (1, 'Missing one session costs no fitness; forcing it tired is how injuries start',
      'The explanation mixes the real reason (glucose) with an irrelevant fatigue/injury rationale and says she is "outside the range advised before exercise" while prescribing exercise, without reconciling the two.'),
  'language': (2, 'your blood glucose reading 290 mg/dl (16.1 mmol/l)', 'Clear.'),
 },
}

LANG = {}
rows = []
bad = []
for l in open(f'{E}/clients.jsonl', encoding='utf-8'):
    c = json.loads(l); i = c['id']
    card = open(f'{E}/outputs/{i}.card.txt', encoding='utf-8').read()
    lang = 'zh' if i <= 'h12' else 'en'
    sc = S[i]
    for d in DIMS:
        s, q, note = sc[d]
        if q not in card:
            bad.append((i, d, q))
    rows.append({'id': i, 'lang': lang, 'who': c['who'],
                 'scores': {d: sc[d][0] for d in DIMS}, 'total': sum(sc[d][0] for d in DIMS),
                 'evidence': {d: sc[d][1] for d in DIMS}, 'notes': {d: sc[d][2] for d in DIMS}})
if bad:
    for b in bad:
        print('QUOTE NOT FOUND', b)
    sys.exit(1)
print('all', len(rows) * len(DIMS), 'quotes verified as exact substrings of the cards')

with open(f'{E}/rubric.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

mech = json.load(open(f'{E}/mech.json', encoding='utf-8'))
mp = {r['id']: r for r in mech['clients']}


def mean(xs):
    return sum(xs) / len(xs)


L = []
L.append('# Rubric summary (blind expert evaluation, shipped model)\n')
L.append(f'Mean total: **{mean([r["total"] for r in rows]):.2f} / 12** over {len(rows)} cards.\n')
L.append('| dimension | mean (0-2) | zh mean | en mean | cards < 2 | cards = 0 |')
L.append('| --- | --- | --- | --- | --- | --- |')
for d in DIMS:
    a = [r['scores'][d] for r in rows]
    z = [r['scores'][d] for r in rows if r['lang'] == 'zh']
    e = [r['scores'][d] for r in rows if r['lang'] == 'en']
    L.append(f'| {d} | {mean(a):.2f} | {mean(z):.2f} | {mean(e):.2f} | {sum(x < 2 for x in a)} | {sum(x == 0 for x in a)} |')
L.append('')
for lg in ('zh', 'en'):
    t = [r['total'] for r in rows if r['lang'] == lg]
    L.append(f'- {lg} (h{"01-h12" if lg == "zh" else "13-h24"}): mean total {mean(t):.2f} / 12; '
             f'{sum(x == 12 for x in t)} of {len(t)} cards at 12/12')
L.append(f'- Cards at 12/12: {sum(r["total"] == 12 for r in rows)} of {len(rows)}')
L.append(f'- Mechanical passes (mech.json): **{mech["passed"]} / {mech["total"]}**; failed: {", ".join(mech["failed_ids"])}')
L.append('')
zero = [r for r in rows if 0 in r['scores'].values()]
L.append('## Cards with a 0\n')
for r in zero:
    ds = [d for d in DIMS if r['scores'][d] == 0]
    L.append(f'- **{r["id"]}** ({r["who"]}): 0 on {", ".join(ds)}.')
    for d in ds:
        L.append(f'  - {d}: "{r["evidence"][d]}": {r["notes"][d]}')
L.append('')
L.append('## Per-card table\n')
L.append('| id | lang | safety | activity | dose | personal. | explan. | language | total | mech | got |')
L.append('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for r in rows:
    m = mp[r['id']]; g = m['got']
    got = f'{g["activity"]} {g["intensity"]} {g["minutes"]}min'
    fails = [k for k, v in m['checks'].items() if not v]
    L.append(f'| {r["id"]} | {r["lang"]} | ' + ' | '.join(str(r['scores'][d]) for d in DIMS) +
             f' | {r["total"]} | {"pass" if m["pass"] else "FAIL (" + ", ".join(fails) + ")"} | {got} |')
L.append('')
L.append('## Every score below 2: what is wrong and what a correct card would say\n')
for r in rows:
    for d in DIMS:
        if r['scores'][d] < 2:
            L.append(f'- **{r["id"]} {d} = {r["scores"][d]}**: evidence "{r["evidence"][d]}". {r["notes"][d]}')
L.append('')
open(f'{E}/rubric_summary.md', 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print('\n'.join(L[:20]))
