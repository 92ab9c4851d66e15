#!/usr/bin/env python3
"""Blind rubric for 24 motion-advisor outputs (card + week), scored by hand.
All per-client data is literal below; this script only serialises it and
computes the summary statistics."""
import json, os
from statistics import mean

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
HERE = os.path.dirname(os.path.abspath(__file__))

def S(s, a, d, p, e, l):
    return dict(zip(DIMS, (s, a, d, p, e, l)))

R = []

R.append(dict(
 id="h01", lang="en", region="en-US",
 scores=S(1, 1, 2, 1, 1, 2),
 quotes=["Today: moderate swimming for about 35 minutes",
         "you asked about \"swimming\": yes, as today's plan has it",
         "but never alone: with someone beside you who knows about the device",
         "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test"],
 comment=("Survivor of sudden cardiac arrest with an ICD, on metoprolol, cleared after cardiac rehab; it is 05:45 and he plans to swim "
          "laps at 05:30 before work, with 'no lifeguard till 7'. Good: moderate cap, RPE/talk test instead of HR because of the beta-blocker, "
          "ICD rules (stay 20 bpm under shock rate, shock = call clinic / 911), 911 correct for en-US, kcal right for 205 lb. "
          "Wrong: the headline answers 'yes' to swimming today although the only time he has is the unguarded early slot; the "
          "'never alone' rule sits in a 'because' line instead of being the decision (swim only when the lifeguard is on, or walk/bike today). "
          "The buddy's '40 laps hard' is only implicitly answered by the moderate cap. Week is sensible (150 min, strength x2, walking) but "
          "has only one swim although the goal is lap swimming, and no note that the strength days should keep loads light on the device side."),
 zero_reasons={},
 plan_change=("Today: 30-35 min walk or stationary bike, or swim only after 07:00 when the lifeguard is on duty; say plainly 'do not swim the "
              "05:30 slot alone - tell the lifeguard/a buddy about the ICD'. Add 2 supervised swim days to the week (20-30 min easy laps, "
              "rest between lengths), answer '40 laps hard' with 'no - RPE 12-13, build 10% a week', confirm shock-zone number with cardiologist.")))

R.append(dict(
 id="h02", lang="zh", region="zh-CN",
 scores=S(1, 1, 1, 1, 0, 2),
 quotes=["今天：中等强度太极，约20分钟",
         "你问的“骑车”：今天换成中等强度太极更合适（理由见下）",
         "医生查过没有神经问题，弯腰时有点疼也是安全的",
         "不要在这条腿上扭转（不做深蹲、不坐矮凳、不做深度瑜伽体式）",
         "你儿子希望你多歇着：这是关心，但对你来说，动得太少才是风险"],
 comment=("67-year-old 10 weeks after right hip replacement, surgeon says walk more, physio prescribed a stationary bike with the seat high; "
          "she walks 15 min daily and asks about riding outdoors. Good: family's 'lie in bed' answered well; hip-precaution warning (no flexion "
          "past 90°, no crossing legs, no twisting on the leg) is correct. Wrong: the PT-prescribed stationary bike appears nowhere in the card or "
          "the week; walking (the surgeon's advice, her daily habit) only once in the week; today is tai chi, which involves pivoting on the "
          "operated leg that the card itself forbids, and yoga is planned on Saturday. The outdoor-cycling question is 'answered' with '理由见下' but "
          "no reason follows. '腰都酸' (aching from lying in bed) is turned into low-back-pain with fabricated statements ('你怕动了会把腰弄坏', "
          "'医生查过没有神经问题') and cauda-equina red flags; '平时用拐杖就带上' although she no longer uses crutches. Week counts tai chi/yoga as aerobic."),
 zero_reasons={"explanation": "states false facts about her ('医生查过没有神经问题', '你怕动了会把腰弄坏') and promises a reason for refusing the bike ('理由见下') that never comes"},
 plan_change=("Today: 15-20 min walk plus 10-15 min stationary bike as the physio set it (seat high, light resistance). Week: walk daily building "
              "~5 min every few days, bike 3-4 days, sit-to-stand/hip abductor strength 2-3 days, balance with support; drop yoga and pivoting "
              "tai chi until the surgeon lifts precautions; outdoor cycling only after the surgeon/physio clears it (usually ~12 weeks), quiet paths, "
              "step-through frame. Remove the back-pain text.")))

R.append(dict(
 id="h03", lang="en", region="en-IE",
 scores=S(1, 1, 0, 0, 0, 2),
 quotes=["Rest today, and have it checked (see below).",
         "your notes (\"races cos it feels like cheating and my chest\"): read as palpitations",
         "Breathless with asthma: use your reliever (the blue inhaler) now",
         "Sat    rest  see a doctor first; ask for a new plan once you are cleared"],
 comment=("15-year-old cross-country runner with cold-induced asthma, race tomorrow, coach wants 6 hill reps today, she skips her reliever "
          "before races because it 'feels like cheating', wheezy at Tuesday's cold session, no symptoms now. Resting the day before a race is "
          "defensible, and 112 is right for Ireland. But the card invents palpitations from 'feels like cheating and my chest', treats a past "
          "wheeze as breathlessness at rest ('use your reliever now'), and bans all exercise for 7 days including the race. The decisive "
          "teaching point - a reliever 10-15 min before running in the cold is normal, permitted and not cheating; get an asthma review - is "
          "missing, so she will likely race tomorrow in the cold without it. Coach's hill reps and mam's 'rest' are not discussed."),
 zero_reasons={"dose": "seven days of total rest (race day included) for a healthy-now 15-year-old with exercise-induced asthma is clearly wrong",
               "personalisation": "ignores the race tomorrow, the coach's hill reps and her belief that the reliever is cheating - the decisive facts",
               "explanation": "false readings: 'read as palpitations' from a sentence about the inhaler, and 'short of breath at rest' from a wheeze two days ago"},
 plan_change=("Today: no hill reps; 15-20 min easy jog + 4 strides, or rest. Tell her: take 2 puffs of the reliever 10-15 min before tomorrow's "
              "race and warm up well (it is allowed and is not cheating); stop and use the reliever if wheezy; see the GP/asthma nurse this week "
              "for an action plan (possible controller). Race tomorrow, easy days after, back to normal training.")))

R.append(dict(
 id="h04", lang="zh", region="zh-TW",
 scores=S(2, 2, 2, 2, 2, 2),
 quotes=["今天不要運動：現在就聯繫產科醫生或助產士（見下）。",
         "胎動減少也要現在就去醫院聽胎心，不要等到明天，也不要靠出去走走把寶寶“叫醒”",
         "大出血或劇痛請撥打119",
         "備註“寶寶今天動得很少”：按孕期危險信號處理"],
 comment=("34 weeks pregnant, baby moving much less than usual since the afternoon, husband says a walk will wake the baby. The card treats "
          "reduced fetal movement as an emergency: no exercise, go to hospital now for monitoring, don't wait until tomorrow, and it rebuts the "
          "husband's idea word for word. Sources (ACOG 2020, RCOG GTG 57) are apt; 119 is right for Taiwan; Traditional script throughout and "
          "natural. The week is 'rest until the doctor agrees, then re-plan', which is the right conditional. Tiny nit: the headline says "
          "'聯繫產科醫生或助產士' while the warning (correctly) says go to hospital now - the headline should lead with the hospital."),
 zero_reasons={},
 plan_change=("Make the headline '現在就去醫院（產房）聽胎心' rather than 'contact'. After a normal check, resume the usual 30-40 min evening "
              "walk at an easy pace, in the cooler hours (29 °C, 75% humidity), with the pregnancy warning signs listed.")))

R.append(dict(
 id="h05", lang="zh", region="zh-SG",
 scores=S(1, 2, 1, 1, 0, 2),
 quotes=["今天：中等强度力量训练，约25分钟",
         "伤口长好之前脚不要负重（不走路、不跑步锻炼），也不要泡水",
         "周一 游泳，中等强度，30分钟",
         "日常走路以不加重疼痛为限",
         "备注“脚底有个小伤”：按脚或脚踝损伤处理"],
 comment=("62-year-old with diabetic neuropathy and a painless plantar wound that bled onto the sock, invited to a 5 km walk at 08:00; wife "
          "says tape it and go. Good: no walking, seated/upper-body strength today, 'not painful can still become an ulcer', daily foot checks, "
          "995 correct, hot-humid advice. Wrong: the wound is also processed as an ankle sprain - '刚扭伤、肿着', '走路以不加重疼痛为限', Tuesday's "
          "'走路不疼了再慢跑' - pain is no guide in a numb foot; the week schedules swimming Monday and Friday, contradicting its own '也不要泡水'. "
          "A bleeding plantar wound in neuropathy should be seen by a doctor/podiatrist within a day regardless; the card only says today if "
          "infected, otherwise '尽快'. Neighbour's walk and the wife's plaster are not answered by name."),
 zero_reasons={"explanation": "misleading for this foot: sprain rules that use pain as the guide ('以不加重疼痛为限', '走路不疼了再慢跑') for a neuropathic, painless wound, and a plan that swims twice after saying '不要泡水'"},
 plan_change=("Say: skip the 5 km walk; a plaster is not enough - have the wound seen by a GP/podiatrist today or tomorrow. Week: seated upper-body "
              "and core strength 2-3 days, stationary bike or arm ergometer only if the wound is offloaded and dressed; no swimming or walking for "
              "exercise until healed; remove all sprain/pain-based text; daily foot inspection; return to brisk walking (and the walking group) "
              "once healed and cleared.")))

R.append(dict(
 id="h06", lang="en", region="en-GB",
 scores=S(1, 2, 1, 1, 1, 2),
 quotes=["Today: moderate strength training for about 45 minutes",
         "you take a blood thinner: a fall bleeds more and for longer",
         "nothing with contact or likely falls. Bleeding that will not stop, or any knock to the head: get care at once",
         "your notes (\"warfarin\"): read as heart disease"],
 comment=("Fit 70-year-old with AF on warfarin invited to light sparring with his boxing grandson at 11:00. The card's activity (indoor "
          "strength, rain outside) and the anticoagulant rule ('nothing with contact... any knock to the head: get care at once') are right, "
          "999 is right. But the sparring question is never answered by name: no 'do not spar today', no alternative at the club (pads, bag, "
          "skipping), and the rule sits in a 'because' line. 'warfarin read as heart disease' is a crude route to the right cap. The week drops "
          "his daily walk to two brisk walks and counts tai chi and yoga (RPE 12-13 'moderate') as aerobic minutes to reach 176."),
 zero_reasons={},
 plan_change=("Headline: 'No sparring - on warfarin a blow to the head can bleed inside the skull; go with him and do bag/pad work and skipping "
              "instead, no head contact.' Keep today's strength. Week: keep his daily 40-45 min walk, strength 2 days (48 h apart), balance 3 days, "
              "count only real aerobic minutes.")))

R.append(dict(
 id="h07", lang="en", region="en-US",
 scores=S(2, 1, 1, 1, 1, 2),
 quotes=["Dangerous heat: no outdoor exercise today. Train indoors with air conditioning",
         "On a water tablet (a diuretic) in the heat: you lose more water and salt than usual",
         "Today: moderate tai chi for about 45 minutes",
         "sore shins along the inside: cut the running a little"],
 comment=("78-year-old on hydrochlorothiazide who walks 45 min at noon every day, 104 °F at 11:40, 'doesn't really get thirsty', neighbour "
          "says heat sweats out toxins. Safety content is right: no outdoor exercise, AC indoors, diuretic + heat fluid/electrolyte warning, "
          "911. But the substitute is 45 min of tai chi for a walker (an indoor or early-morning walk is the closer fit), and a stray line about "
          "'sore shins... cut the running' belongs to another client. The neighbour's 'sweat out toxins' and the blunted thirst are not answered "
          "directly. The week removes walking entirely (tai chi, yoga, strength only) and counts tai chi/yoga as aerobic minutes."),
 zero_reasons={},
 plan_change=("Today: walk indoors in AC (mall, corridor, or home circuit) 30-45 min easy, or move the walk to before 8 am tomorrow; 'heat does "
              "not remove toxins - it dehydrates you on a water pill; drink on a schedule, not by thirst'; list heat-illness signs. Week: keep a "
              "daily early-morning or indoor walk, strength 2 days, balance 3 days.")))

R.append(dict(
 id="h08", lang="en", region="en-NZ",
 scores=S(1, 2, 0, 1, 1, 2),
 quotes=["your notes (\"flu\"): read as an illness below the neck",
         "Whatever friends say about pushing yourself, don't: pace it",
         "Thu    walking, light, 20 min, RPE 9-11  only once a day without fever",
         "building day by day back to your usual over about a week"],
 comment=("Long COVID with clear post-exertional malaise (crashed after a 1 h walk, still flat today); a PT friend says push through "
          "couch-to-5k. Rest today and the long-COVID warning (pacing, PEM as hallmark, POTS check, post-COVID clinic, NICE NG206) are "
          "excellent and answer the friend. But the trigger was a misreading - 'like flu' became an acute illness - so the week is a "
          "post-flu ramp: 'wait for a full day without fever' (she has none) then 20-30 min walks four days running, 'building day by day back "
          "to your usual over about a week'. That is graded exercise, the pattern that provokes PEM and that the card's own warning rejects."),
 zero_reasons={"dose": "the week prescribes daily 20-30 min walks building to 'your usual' within a week for someone who crashes after a 1 h walk - contrary to pacing for PEM"},
 plan_change=("Week: rest/very light activity only while flat; then pace from a baseline she can repeat without a crash (e.g. 5-10 min gentle walk "
              "or seated stretches every other day), hold for a stable week before adding ~10%, symptom diary, no couch-to-5k; GP/post-COVID "
              "clinic referral. Remove the fever/flu wording.")))

R.append(dict(
 id="h09", lang="en", region="en-CA",
 scores=S(2, 2, 2, 2, 2, 2),
 quotes=["No exercise: call emergency services now (see below).",
         "can be a heart attack: call emergency services now (911) and do not drive yourself",
         "Even if it passes, see a doctor today (AHA).",
         "No snow shovelling today either"],
 comment=("61-year-old hypertensive man with jaw ache, heavy left arm and profuse sweating while shovelling snow, 'mostly gone now', wife "
          "says heartburn. The card does exactly what a clinician would: call 911 now, don't drive, even if it passes see a doctor today, no "
          "bike, no more shovelling; the week is rest pending clearance. 'Even if it passes' answers the 'mostly gone'/Tums framing; 911 is "
          "right for Canada. Only nit: 'read as chest pain' from 'achy jaw' and the generic list ('nausea') that he did not report."),
 zero_reasons={},
 plan_change=("Could add: chew an aspirin if not allergic while waiting, as dispatch advises; name the heartburn/Tums idea explicitly. "
              "Otherwise sign as is.")))

R.append(dict(
 id="h10", lang="zh", region="zh-CN",
 scores=S(0, 1, 0, 0, 0, 2),
 quotes=["今天休息，等病好了再练（见下）。",
         "备注“骨头上有一个点按下去特别疼”：按颈部以下的急性疾病处理",
         "休息、多喝水：等退烧满一天、症状明显好转再动",
         "一周左右回到平时"],
 comment=("28-year-old runner, half marathon in 3 weeks, two weeks of medial shin pain with focal bony tenderness, pain on stairs and at "
          "night, club says run 18 km LSD today; asks about ibuprofen. This is a probable tibial stress fracture. The card reads the point of "
          "bone tenderness as a flu-like 'illness below the neck', talks about fever, and plans to be 'back to usual in about a week'. No "
          "mention of a bone stress injury, no referral for imaging, no answer on ibuprofen masking pain, no answer to the club's 'run through "
          "it', no word on the race. Only 'no run today' is right, for the wrong reason."),
 zero_reasons={"safety": "misses the stress-fracture red flag (focal bone tenderness, night pain) - no referral, and the week returns her to normal within a week, three weeks before a half marathon",
               "dose": "three days of bed-rest for a non-existent fever, then a return to usual running within a week: wrong for a bone stress injury (weeks off impact)",
               "personalisation": "ignores the race, the 18 km LSD, the running club's advice and the ibuprofen question",
               "explanation": "false: treats bone pain as an acute illness with fever ('等退烧满一天')"},
 plan_change=("Today: no running, no ibuprofen-to-run; see a sports doctor this week for imaging (X-ray/MRI) - focal tenderness + night pain "
              "suggests a tibial stress fracture. Meanwhile pain-free cross-training only (pool running, swimming, bike if pain-free) 30-45 min "
              "moderate; discuss withdrawing from or walking the half marathon; return to running only after clearance, graded over weeks.")))

R.append(dict(
 id="h11", lang="zh", region="zh-HK",
 scores=S(2, 2, 2, 2, 2, 1),
 quotes=["不要運動：現在就撥打急救電話（見下）。",
         "可能是“小中風”（短暫性腦缺血發作），常常是中風的前兆：現在就撥打999，即使已經感覺沒事了",
         "備註“。今日四點幾飲茶嗰陣,佢半邊面突然跌咗落嚟,讲嘢…”",
         "記下開始的時間，不要自己開車"],
 comment=("72-year-old with hypertension and diabetes had facial droop, slurred speech and a weak grip for ~10 min at about 16:00, now "
          "well; wife types, he says no need for a doctor and wants his evening walk. The card recognises a TIA and says call 999 now even "
          "though he feels fine, note the onset time, no driving, no exercise; week is rest until assessed. 999 is right for Hong Kong. "
          "Language slips: the quoted note is mangled (starts with '。', full-width commas replaced) and contains simplified '讲', and the "
          "wording is Mandarin ('胳膊', '沒勁') rather than HK usage; it addresses '你' although the wife is writing."),
 zero_reasons={},
 plan_change=("Keep the decision. Fix the quote (use '講嘢', no leading '。'), address the wife ('請即刻幫佢打999'), use HK wording (手臂). After "
              "the stroke team's review, restart walks as the doctor advises.")))

R.append(dict(
 id="h12", lang="en", region="en-AU",
 scores=S(1, 1, 1, 1, 1, 2),
 quotes=["Today: moderate cycling for about 90 minutes, heart rate 118-140 bpm.",
         "don't train alone: go with someone who knows how to treat a hypo, or at least share your live location",
         "eat about 10-15 g of carbohydrate before you start",
         "Wed    running, vigorous, 35 min, RPE 14-17, HR 142-175  easy today"],
 comment=("T1D on a pump with hypoglycaemia unawareness, found confused after a ride last month, 6.0 mmol/l flat, about to ride 3 h solo in "
          "the hills fasted at 07:00. Good: hypo-unawareness warning (not alone, CGM low alarm ~5.5, carry sugar and ID), mmol/l first for "
          "en-AU, pump basal advice sourced (Riddell 2017). Weak: today still says ride 90 min, and 'or at least share your live location' "
          "waters down 'don't ride alone' for someone with a recent severe hypo; the fasted/'fat burning' idea is not refuted - 10-15 g carbs "
          "for a 90-180 min hilly ride is too little, and basal reduction '60-90 minutes before' is impossible with 30 min to go; the recent "
          "confusion episode is not sent back to the endocrinologist. The week puts a vigorous 35-min run, labelled 'easy today', into a "
          "cyclist's week; 'tempo runs and intervals' text is generic."),
 zero_reasons={},
 plan_change=("Today: do not ride the Dandenongs solo; eat breakfast with carbs (e.g. 30-60 g) and take 30-60 g/h on the bike; ride with "
              "others or do 60-90 min on the trainer at home; temp basal now. Book endo review about the confusion episode/unawareness. "
              "Week: cycling-specific build toward Around the Bay (one long group ride, 2 moderate rides, strength x2), no running.")))

R.append(dict(
 id="h13", lang="en", region="en-AU",
 scores=S(2, 2, 1, 1, 1, 2),
 quotes=["Today: light walking for about 30 minutes, RPE 9-11 (easy).",
         "swim only where a lifeguard or a companion knows about your epilepsy",
         "skip training after a seizure, a missed dose or a night without sleep",
         "your goal (\"swim 2 km three times a week\", health): walking fits it",
         "Mon    running, moderate, 53 min"],
 comment=("Well-controlled epilepsy on lamotrigine, 4 h sleep, wants to swim alone in an ocean pool at sunrise. The card rightly keeps her "
          "out of the water today (sleep loss is a seizure trigger), gives an easy walk, and states the lifeguard/companion rule (ILAE). "
          "Mum's 'never swim' is answered only implicitly ('exercise is good for you'). 'walking fits' a 2 km swim goal is noise. The week "
          "has one swim against a goal of three, and two 48-53 min runs when her logged run is 30 min - a jump far over 10%."),
 zero_reasons={},
 plan_change=("Say directly: not alone at Bronte at 5:30 - swim when the baths are patrolled or with a buddy who knows; mum's worry answered "
              "('you can swim, with supervision'). Week: 3 supervised swims building toward 2 km, one 30-35 min run, strength x2, sleep first.")))

R.append(dict(
 id="h14", lang="zh", region="zh-CN",
 scores=S(2, 2, 2, 1, 1, 2),
 quotes=["今天建议休息，并请医生看看（见下）。",
         "尿色像可乐一样深、肌肉特别酸痛，可能是横纹肌溶解，会伤肾",
         "今天就去看医生验血验尿；如果现在还糊涂、特别嗜睡或尿不出来，拨打120",
         "热天里人发糊涂、走不稳，或者不再出汗，是中暑（热射病）的危险信号"],
 comment=("Novice after a first CrossFit class (100 box jumps) with swollen, hard thighs and cola-coloured urine: exertional rhabdomyolysis. "
          "The card stops exercise, says drink and see a doctor today for blood and urine tests, 120 if confused or no urine - correct and "
          "sourced; 120 right for mainland China. Weaker: headline '建议休息，并请医生看看' is softer than the warning; heat-stroke text is mixed "
          "in though it is not a heat case; the room-mate's 'sweat out lactic acid' myth and the 5 km run are not rebutted by name; the thighs "
          "(listed in notes_unsure) are not mentioned."),
 zero_reasons={},
 plan_change=("Headline: '今天就去医院查CK和肾功能，不要跑步'. Say: '乳酸一两个小时就清掉了，酸痛不是乳酸；再练会加重肌肉溶解'. After "
              "clearance (normal CK/kidneys), restart at light intensity with a gradual 2-3 week ramp; warn about coaches who push to vomiting.")))

R.append(dict(
 id="h15", lang="zh", region="zh-TW",
 scores=S(2, 2, 2, 1, 1, 2),
 quotes=["今天：中等強度室內單車，約45分鐘",
         "頭幾天只做不負重的運動（游泳、不疼的話騎室內單車、坐著練力量）",
         "你問的“跑”：今天不建議，關節或腰背需要避免衝擊；改成室內單車",
         "走路不疼了再慢跑，然後才是跳和變向"],
 comment=("Advanced 20-year-old basketball player, ankle sprain 3 days ago, still swollen and limping, a month to a tournament, senior says "
          "tape it and run through the pain. The card says no running, non-weight-bearing work (bike if pain-free, pool, seated strength), "
          "daily ankle rehab, a sensible return sequence (walk pain-free -> jog -> jumps and cuts), Ottawa-style referral threshold - all in "
          "line with Vuurberg 2018; Traditional script and 大卡 natural for Taiwan. Misses: the senior's 'pain means train through it' is not "
          "rebutted by name; the reason is generic ('關節或腰背'); nothing about the tournament timeline or bracing/taping later."),
 zero_reasons={},
 plan_change=("Add: '痛不是要練開的訊號；現在跑會拖慢恢復，一個月後反而上不了場'; a return-to-play outline for the tournament (balance and "
              "hop tests before court work, brace/tape once jogging is pain-free); physio assessment if still limping after a week.")))

R.append(dict(
 id="h16", lang="zh", region="zh-SG",
 scores=S(1, 2, 1, 0, 0, 2),
 quotes=["今天：低强度散步，约25分钟",
         "备注“一个”：按怀孕处理",
         "孕期：以说话测试保持中等强度；避免对抗性、易摔倒的运动和热瑜伽",
         "你写的平时的训练（约30分钟）：今天按这个习惯来",
         "现在16点正是一天最热的时候：别现在出去，放到早上10点前或傍晚6点后"],
 comment=("29-year-old with depression, in bed for a week, psychiatrist advised a daily walk, mum says rest, park downstairs, hot afternoon. "
          "The activity and timing are right (short easy walk, after 6 pm in the shade). But the card invents a pregnancy from '一个' and gives "
          "her bleeding/contraction warnings; invents '平时的训练（约30分钟）'; turns mum's '太累了' into her own words; never mentions her mood, "
          "the psychiatrist's advice or answers her mum. The week replaces daily walks with swimming, indoor cycling and strength she did not "
          "ask for, with only one walk."),
 zero_reasons={"personalisation": "ignores the decisive facts (depression, psychiatrist's daily-walk advice, mum's push to rest, low drive) and invents a pregnancy",
               "explanation": "false statements: '按怀孕处理' with pregnancy warnings, and '你写的平时的训练（约30分钟）'"},
 plan_change=("Remove all pregnancy text. Today: 10-15 min walk in the park after 6 pm, anything counts; say the psychiatrist is right and "
              "activity helps mood more than rest; keep taking medication. Week: a short walk every day (10-20 min, evenings), gentle yoga 2 "
              "days, plan the time with someone; if low mood worsens or thoughts of self-harm, contact the psychiatrist / SOS 1767 / 995.")))

R.append(dict(
 id="h17", lang="en", region="en-GB",
 scores=S(2, 2, 1, 1, 1, 2),
 quotes=["Today: moderate brisk walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
         "you should be able to speak in short sentences (breathlessness 3-4 of 10)",
         "your daughter would rather you rested: a caring worry, but for you the risk is in doing too little",
         "Tue    rest  rest: the week builds up gradually"],
 comment=("71-year-old with COPD in week 5 of pulmonary rehab (classes Tue and Fri), SpO2 93% = his normal, no exacerbation signs; daughter "
          "says rest. The card's COPD guidance is good (breathlessness 3-4/10, bouts with pursed-lip breathing, inhalers, exacerbation signs, "
          "999) and the daughter is answered. Faults: headline 'full sentences' contradicts the COPD 'short sentences' target; 'new to "
          "exercise' ignores that he is in rehab; the week does not know the rehab classes (Tuesday 'rest', Friday an extra strength session "
          "on class day); no SpO2 guidance despite his note; tai chi/yoga counted as aerobic."),
 zero_reasons={},
 plan_change=("Mark Tue and Fri as rehab class days; home sessions on 3 other days (walk 20-30 min in bouts, strength 2x with the class "
              "exercises); one talk-test target (short sentences, Borg breathlessness 3-4); stop and rest if SpO2 drops below ~88% or well below "
              "his usual 92-94%.")))

R.append(dict(
 id="h18", lang="zh", region="zh-HK",
 scores=S(2, 2, 2, 1, 1, 2),
 quotes=["今天：中等強度快走，約50分鐘",
         "你同事希望你多歇著：這是關心，但對你來說，動得太少才是風險",
         "骨質疏鬆：力量和平衡練習對骨骼最有幫助",
         "再加一些衝擊練習（如踮腳後猛落腳跟的“跺腳跟”，每天幾十次）"],
 comment=("49-year-old perimenopausal woman with osteopenia who only swims; colleague says avoid weight-bearing and running. The card moves "
          "her to weight-bearing (brisk walk today), adds strength twice, balance, heel-drop impact and avoidance of loaded spinal flexion "
          "(Too Fit To Fracture) - the right message. But it misstates the colleague ('希望你多歇著' - she said avoid weight-bearing, not rest) "
          "so the myth is never named and refuted, and it labels her 骨質疏鬆 when she has 骨質減少; no word on swimming being bone-neutral or "
          "on progressive loading/jogging being fine with osteopenia. Traditional script, HK-appropriate."),
 zero_reasons={},
 plan_change=("Say: '游水對心肺好，但對骨冇乜幫助；骨質減少更加要負重同埋阻力訓練，跑步都可以'. Week: progressive strength 2-3 days "
              "(heavier, 8-12 reps), impact (heel drops/skipping/jogging) most days, keep 1-2 swims; mention calcium/vitamin D and talking "
              "to her doctor about menopause and bone.")))

R.append(dict(
 id="h19", lang="en", region="en-IN",
 scores=S(2, 2, 2, 1, 1, 2),
 quotes=["Rest today, until this has passed (see below).",
         "The air outside is poor (AQI 180) and may be part of the cause: stay indoors today",
         "your notes (\"chesty wet cough\"): read as an illness below the neck",
         "Mon    walking, light, 20 min, RPE 2-4"],
 comment=("9-year-old with a 2-day chesty wet cough, possibly feverish, on sports day with AQI 180; papa says run it off. The decision is "
          "right: rest, indoors, neck check, AQI advice; the week uses the children's OMNI scale. But the card never mentions sports day, the "
          "100 m or the relay, never answers papa, and gives no child-specific guidance (check his temperature; see a doctor today if fever "
          "≥38 °C, fast or laboured breathing); 'A streak can wait' and the flu list are adult boilerplate."),
 zero_reasons={},
 plan_change=("Say plainly: no races today - watch and cheer; check his temperature; doctor today if fever, fast breathing or wheeze. Back "
              "to play once well for a day and the air is under ~150, short bursts first.")))

R.append(dict(
 id="h20", lang="zh", region="zh-CN",
 scores=S(1, 2, 2, 1, 1, 2),
 quotes=["今天：中等强度跑步（跑步机上），约45分钟",
         "备注“手指一冷就发白发紫、发麻”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医",
         "严寒（风寒温度低于-27°C，30分钟内就可能冻伤）：不要在户外运动",
         "练腻了：换一换能让人坚持下去"],
 comment=("35-year-old runner with Raynaud's, -20 °C with wind (wind chill about -30 °C), wants 8 km by the river, has a treadmill in the "
          "gym and finds it boring. The card moves the run to the treadmill and handles boredom (podcasts, intervals) - right. But it does not "
          "recognise Raynaud's ('无法确定是什么情况… 如果是疼痛'), so there is no advice on keeping hands warm on the way to the gym (mittens, "
          "warmers, core warmth) or why -20 °C is worse for her; it says '今天强度放低' while prescribing her usual 45 min; the running "
          "friend's '跑起来就不冷了' is not rebutted."),
 zero_reasons={},
 plan_change=("Name Raynaud's: cold exposure triggers attacks and frostbite risk is higher; treadmill today, mittens plus hand warmers for "
              "the walk to the gym, warm up indoors; outdoor runs only above about -10 °C wind chill with mittens. Tell the friend's claim is "
              "wrong for fingers. Keep 45 min easy + strides.")))

R.append(dict(
 id="h21", lang="en", region="en-SG",
 scores=S(0, 1, 0, 0, 0, 2),
 quotes=["your goal (\"deadlift 200 kg with my friends\", strength): strength training fits it",
         "your notes (\"losartan\"): read as high blood pressure",
         "there is no specific guidance for it here, so today stays moderate at most",
         "if it is 140/90 or more twice, see your doctor before the next heavy attempt",
         "the last two reps hard but clean; add a little each time (ACSM 2009)"],
 comment=("22-year-old with Marfan syndrome, aortic root 'a bit wide', last echo 2 years ago, on losartan; friends want him to max out weekly "
          "and hold his breath. This is a high-risk setting for aortic dissection: maximal lifts and Valsalva are contraindicated and an "
          "up-to-date echo and cardiology advice come first. The card has 'no specific guidance' for Marfan, invents hypertension from "
          "losartan ('with your pressure up' - no reading was given), endorses the 200 kg deadlift goal, makes heavy attempts conditional "
          "only on a BP reading, and the week progresses squats/deadlifts to hard last reps three days a week. Today's light session and "
          "'never hold your breath' are the only right parts."),
 zero_reasons={"safety": "misses the aortic-dissection risk of Marfan with a dilated aorta: endorses the 200 kg deadlift goal, allows heavy attempts if BP is normal, and plans progressive heavy squats/deadlifts without an echo or cardiology review",
               "dose": "three days of progressive compound lifting to near-failure is clearly wrong for a dilated aorta; should be light loads, high reps, no straining",
               "personalisation": "Marfan and the overdue echo - the decisive facts - are set aside as 'no specific guidance'; losartan misread as hypertension",
               "explanation": "false: 'with your pressure up' (no BP given) and misleading: 'strength training fits' a 200 kg deadlift goal"},
 plan_change=("Say: no powerlifting, no maximal or near-maximal lifts, no breath-holding - with Marfan and a widened aorta these can tear it; "
              "book the overdue echo and ask the cardiologist for limits before lifting. Until then: brisk walking/cycling at moderate effort "
              "150 min/week, light resistance 2 days (bands, machines, 12-15+ reps, RPE <= 12, breathe out), avoid contact and isometric strain.")))

R.append(dict(
 id="h22", lang="zh", region="zh-SG",
 scores=S(2, 2, 2, 1, 2, 2),
 quotes=["今天：中等强度快走，约25分钟",
         "你的血压读数165/100 mmHg：2级高血压范围（AHA 2017）",
         "静坐5分钟后再量一次；如果多次测量都这么高，请找医生评估和治疗",
         "进行高强度运动前请先获得医生许可"],
 comment=("50-year-old sedentary man, first-ever BP 165/100 at a pharmacy, no symptoms, untreated, friend says run 10 km at the weekend to "
          "sweat the pressure down. The card is sound: moderate brisk walking 25 min (below the 180/110 stop line), re-measure properly and see "
          "a doctor if it stays high, no vigorous work before clearance, exhale-on-effort for strength, hot-humid hydration; week of 90 min "
          "plus strength x2 is a good beginner ramp. Misses: the friend's 10 km run and the 'sweat it out' idea are not answered by name, and "
          "the symptoms that would need urgent care (severe headache, chest pain, vision change) are not listed."),
 zero_reasons={},
 plan_change=("Add: '周末不要跑10公里；出汗不会降血压，规律的中等强度运动才会'; see a GP within a couple of weeks for a proper diagnosis; "
              "chest pain/severe headache/vision change -> 995. Keep the walking ramp.")))

R.append(dict(
 id="h23", lang="zh", region="zh-CN",
 scores=S(1, 1, 1, 0, 0, 2),
 quotes=["今天：中等强度游泳，约40分钟",
         "你的目标“儿子给我报了8周后的全程马拉松”（耐力）：游泳正合适",
         "腿还在酸或刚练过：今天让腿恢复",
         "备注“膝上下楼梯疼”：按膝盖损伤处理"],
 comment=("66-year-old with knee osteoarthritis who walks and does tai chi, never ran; son entered him in a full marathon in 8 weeks and "
          "wants a 10 km run today. The card avoids running (low impact only) and keeps tai chi and strength, but it never says 'do not run "
          "10 km today' or that a marathon in 8 weeks from zero is unrealistic; it tells him swimming 'fits' the marathon goal, prescribes 40 "
          "min of freestyle to a man who has never listed swimming, invents '腿还在酸或刚练过', and treats OA as an injury. His daily 40-min walk "
          "appears once in the week."),
 zero_reasons={"personalisation": "the decisive facts - the son's 10 km today and the marathon in 8 weeks - are never addressed; swimming is imposed on a walker",
               "explanation": "misleading: '游泳正合适' for a marathon goal, and a false premise '腿还在酸或刚练过'"},
 plan_change=("Say: no 10 km run today; a full marathon in 8 weeks from no running is not safe with knee OA - ask to defer or switch to a "
              "walking event / 5-10 km walk. Today: his usual 40 min walk at moderate pace. Week: daily walks building ~10%/week, quad/hip "
              "strength 2-3 days, tai chi 3 days; see a doctor/physio before any running.")))

R.append(dict(
 id="h24", lang="en", region="en-CA",
 scores=S(1, 2, 0, 1, 1, 2),
 quotes=["you asked about \"run\": not today, a shin that hurts to press or to hop on may hold a bone stress injury",
         "periods stopped while training are not normal for athletes, whatever anyone says",
         "Please see a doctor this week and tell a parent; meanwhile train less and eat enough",
         "Sat    swimming, vigorous, 56 min, RPE 14-17",
         "a vigorous day: WHO 2020 asks for vigorous activity on 3 days a week at 5-17"],
 comment=("17-year-old runner doing doubles, 6 kg lost since June, amenorrhoea since April, 'race weight' pressure from her coach, achy shins, "
          "asking about a second run today. The card is strong: no second run, RED-S named and the coach's 'normal for distance girls' "
          "rebutted, see a doctor this week, tell a parent, eat carbohydrate and protein, shins checked for bone stress (IOC 2018, Warden 2014). "
          "But the week contradicts 'train less': two vigorous 56-min sessions, three 60-min strength days and a 75-min ride, justified by "
          "'WHO asks for vigorous activity on 3 days a week' - the youth-guideline minimum applied to an over-trained athlete with low energy "
          "availability. Today's yoga is fine, though she already ran 60 min this morning so rest would also do."),
 zero_reasons={"dose": "the week keeps ~9 h of training with vigorous sessions for a teenager with suspected RED-S and a possible bone stress injury, contradicting the card's own 'train less'"},
 plan_change=("Week: cut total load by at least half until the doctor's review - easy cross-training (bike/pool) 30-40 min on 3-4 days, "
              "light strength 2 days, no vigorous sessions, no running until the shin is checked; regular meals and snacks; involve a parent, "
              "a sports physician and a dietitian; the coach should not set weight targets.")))

# --------------------------------------------------------------------------
for r in R:
    r["total"] = sum(r["scores"].values())
    assert all(v in (0, 1, 2) for v in r["scores"].values())
    zero_dims = {k for k, v in r["scores"].items() if v == 0}
    assert zero_dims == set(r["zero_reasons"]), (r["id"], zero_dims, r["zero_reasons"].keys())
    assert 2 <= len(r["quotes"]) <= 5, r["id"]
assert [r["id"] for r in R] == ["h%02d" % i for i in range(1, 25)]

with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
    for r in R:
        out = {k: r[k] for k in ["id", "lang", "scores", "total", "quotes", "comment", "zero_reasons", "plan_change"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# ---------------------------- summary -------------------------------------
def m(xs):
    return round(mean(xs), 2)

lines = []
lines.append("# Rubric summary (24 clients, blind clinical review of card + week)\n")
lines.append(f"**Mean total: {m([r['total'] for r in R])} / 12**\n")
lines.append("| dimension | mean (0-2) | 2s | 1s | 0s |")
lines.append("| --- | --- | --- | --- | --- |")
for d in DIMS:
    v = [r["scores"][d] for r in R]
    lines.append(f"| {d} | {m(v)} | {v.count(2)} | {v.count(1)} | {v.count(0)} |")
lines.append("")
for lvl in (2, 1, 0):
    ids = [r["id"] for r in R if r["scores"]["safety"] == lvl]
    lines.append(f"- safety {lvl}: {len(ids)} clients ({', '.join(ids) if ids else 'none'})")
lines.append("")
lines.append("## By language\n")
lines.append("| group | n | mean total | safety | activity | dose | personalisation | explanation | language |")
lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
groups = [("en", [r for r in R if r["lang"] == "en"]),
          ("zh", [r for r in R if r["lang"] == "zh"]),
          ("zh Simplified (zh-CN, zh-SG)", [r for r in R if r["region"] in ("zh-CN", "zh-SG")]),
          ("zh Traditional (zh-TW, zh-HK)", [r for r in R if r["region"] in ("zh-TW", "zh-HK")]),
          ("all", R)]
for name, g in groups:
    lines.append(f"| {name} | {len(g)} | {m([r['total'] for r in g])} | " +
                 " | ".join(str(m([r['scores'][d] for r in g])) for d in DIMS) + " |")
lines.append("")
lines.append("## Per client\n")
lines.append("| id | region | S | A | D | P | E | L | total |")
lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in R:
    s = r["scores"]
    lines.append(f"| {r['id']} | {r['region']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {r['total']} |")
lines.append("")
lines.append("## Zeros\n")
for r in R:
    for d, why in r["zero_reasons"].items():
        lines.append(f"- {r['id']} {d}: {why}")
lines.append("")

PATTERNS = """## Main patterns

**Recurring strengths**
- Acute emergencies stated in the notes are caught and acted on at once, with the right regional number: suspected heart attack
  while shovelling (h09, 911, "do not drive yourself"), TIA (h11, 999 even though he feels fine), reduced fetal movements at 34 weeks
  (h04, hospital now, rebuts "a walk will wake the baby"), exertional rhabdomyolysis (h14, blood and urine tests today, 120).
- Emergency numbers and scripts match the region wherever a card gives one: 911 en-US/en-CA, 999 en-GB/zh-HK, 112 en-IE, 119 zh-TW, 120 zh-CN,
  995 zh-SG; mmol/l first for en-AU; Simplified for zh-CN/zh-SG and Traditional for zh-TW/zh-HK (one simplified character slipped
  into a quoted note in h11).
- Several condition modules are clinically strong and sourced: ICD/beta-blocker (h01), diuretic in heat (h07), long-COVID pacing (h08),
  hypo-unawareness (h12), epilepsy and water (h13), ankle sprain per Vuurberg 2018 (h15), COPD (h17), osteopenia per Too Fit To Fracture
  (h18), RED-S per IOC 2018 (h24). Family members pushing towards rest are often answered well (h02 son, h17 daughter).
- Environmental rules work: dangerous heat -> indoors (h07), wind chill -> treadmill (h20), AQI 180 -> indoors (h19), rain -> indoors (h06).

**Recurring faults**
- Misreading free text, then building the whole answer on the misreading: "like flu" -> acute illness (h08), focal bone tenderness ->
  "illness below the neck" with fever (h10, a probable stress fracture missed), "feels like cheating and my chest" -> palpitations (h03),
  "一个星期" -> pregnancy (h16), losartan -> hypertension (h21), "腰都酸" -> low-back pain with invented facts (h02), a plantar diabetic
  wound -> ankle sprain with pain-guided progression (h05), knee OA -> "injury" plus invented leg soreness (h23). False reasons in the
  card are the main cause of the explanation zeros.
- Conditions without a rule are waved through: Marfan with a dilated aorta gets "no specific guidance" and a progressive deadlift week
  (h21, the only safety 0 besides h10); Raynaud's is "无法确定是什么情况" (h20); depression is never mentioned (h16).
- The week contradicts the card: swimming after "不要泡水" (h05), daily walks "back to your usual in a week" after a pacing warning (h08),
  two vigorous 56-min sessions after "train less" for RED-S (h24), a vigorous run labelled "easy today" for a cyclist (h12), yoga and
  pivoting tai chi after hip precautions (h02). Generic week templates (strength x2, tai chi/yoga, 10% ramp) override the client's habit
  or prescription: the daily walk disappears (h06, h07, h23), the PT's stationary bike never appears (h02), rehab class days are ignored
  (h17), one swim against a goal of three (h13).
- Tai chi and yoga at "moderate, RPE 12-13" are counted as aerobic minutes toward WHO 150 (h02, h06, h07, h17, h23) although the domain
  file puts them at 2.5-3.0 MET.
- The crucial instruction often sits in a "because" line while the headline says yes: "never alone" under "swimming: yes" (h01),
  "nothing with contact" without saying "no sparring" (h06), "share your live location" as a fallback to riding alone (h12).
- People pushing the wrong way are frequently not named or rebutted (h03 coach/inhaler, h10 running club/ibuprofen, h14 lactic acid,
  h15 "pain means train through it", h18 colleague misquoted as "rest", h19 papa, h20 running friend, h22 "sweat the pressure down",
  h23 son's marathon).
"""
with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n" + PATTERNS)
print("mean total", m([r["total"] for r in R]))
for d in DIMS:
    print(d, m([r["scores"][d] for r in R]))
