"""h01-h06 (literal data)."""
from common import zh, NOT_WRONG, KCAL_EN, KCAL_ZH, expect, call, client

CLIENTS = []

# h01 en-US imperial: 16 M basketball, exertional chest tightness + near-faint, uncle died suddenly at 32 -> must rest
CLIENTS.append(client(
    "h01", "en-US", "Mother of a 16-year-old basketball player, practice Mon/Tue/Thu + Saturday games, tryouts in 2 weeks",
    call("rest", 0, None, None,
         "Today: REST - no practice, no extra conditioning and no lifting until a doctor has checked his heart.\n"
         "Activity: rest  Intensity: none  Time: 0 min\n"
         "Why: chest tightness and nearly passing out during sprints are warning signs, not just dehydration, and your brother "
         "dying suddenly at 32 without a clear cause makes them more serious (conditions such as hypertrophic cardiomyopathy or an "
         "inherited rhythm problem can first show up this way in teen athletes). ACSM screening: symptoms during exercise mean stop "
         "and get medical clearance first.\n"
         "What to do: book his pediatrician this week and ask for a heart work-up (an ECG, likely an echocardiogram and a pediatric "
         "cardiology referral); tell them about your brother. Tell his coach he is out of practice and tryout conditioning until "
         "cleared. Ordinary walking around school is fine.\n"
         "Warning: if he has chest pain, faints or nearly faints, or his heart races or pounds at rest, call 911 right away. If he "
         "collapses, call 911, start CPR and use the gym's AED.\n"
         "(Not medical advice.)",
         ["Tue  Rest - no practice; call the pediatrician for an appointment this week",
          "Wed  Rest - normal school day, walking is fine; no conditioning",
          "Thu  Rest - skip practice until a doctor clears him",
          "Fri  Rest - doctor visit / ECG if booked",
          "Sat  Rest - no game; he can go and watch",
          "Sun  Rest - light walking only",
          "Mon  Rest - back to practice only with the doctor's or cardiologist's clearance, then build up over 1-2 weeks"],
         "Week: no practice, games or conditioning until a doctor has evaluated the chest tightness and near-fainting; tryouts come second."),
    {"age": 16, "sex": "male", "weight_lb": 168, "height_in": 74, "resting_hr": 62, "fitness": "advanced",
     "goal": "make varsity, get faster for tryouts", "preferences": ["run", "strength"], "units": "imperial",
     "context": {"time": "2026-09-15T16:30", "temperature_f": 72},
     "notes": "hi this is his mom. jayden plays AAU + school ball, practice mon tue thu and games sat. at practice last week "
              "during suicides he said his chest got tight and he got real lightheaded and had to sit on the floor for a bit, coach "
              "said prob dehydrated. he says hes fine now. my brother passed away at 32 in his sleep, they never really said why. "
              "tryouts are in 2 weeks, can he do extra conditioning on the off days??"},
    expect(must_rest=True, max_int="light", hr_null=True,
           must=[r"(?i)doctor|cardiolog|physician|pediatrician|emergency|\bER\b|clinic|911",
                 r"(?i)chest|faint|light-?headed|dizz|collapse|pass(ed|ing)? out|syncope|heart"],
           must_not=[NOT_WRONG["en-US"]],
           plan=[r"(?i)doctor|pediatrician|cardiolog|clear|evaluat|check"])))

# h02 zh-CN: 15 M, zhongkao PE 1000 m in 6 weeks, PE Tue/Thu -> pace intervals; rest is wrong
CLIENTS.append(client(
    "h02", "zh-CN", "15岁初三男生，中考体育1000米还有6周，体育课周二周四",
    call("run", 40, "vigorous", None,
         "今天：1000米专项间歇跑，约40分钟，高强度（RPE 15-17，跑完一组说话只能蹦几个字）。\n"
         "活动：跑步  强度：高强度（间歇）  时间：约40分钟\n"
         "怎么练：先慢跑10分钟＋动态拉伸（高抬腿、后踢腿）；然后6组×200米，每组按目标配速跑（3分40秒的1000米≈每200米44秒），"
         "组间慢走或慢跑200米恢复；最后慢跑5分钟、拉伸5分钟。\n"
         "依据：离中考体育还有6周，从4分05到3分40要靠配速训练，而不是每天多跑几圈；最近一周跑了3次，昨天周二上了体育课，"
         "今天做强度课正好，明天周四体育课就当轻松日。\n"
         "注意：两次强度课之间隔48小时；每周总跑量增加不超过10%左右。上次测完腿酸3天说明太猛了，今天按目标配速跑，不要每组都冲到底。\n"
         "注意：如果跑的时候胸痛、头晕、心慌或差点晕倒，立刻停下，必要时拨打120。\n"
         "（本建议不是医疗建议。）",
         ["周三 间歇跑6组×200米（目标配速每200米44秒），约40分钟，RPE 15-17",
          "周四 体育课；课后引体向上练习：斜身引体3组×8次＋跳起慢放3组×3次，约20分钟",
          "周五 轻松跑20分钟，RPE 11-13（能说整句话）＋立定跳远练习：收腹跳3组×5次",
          "周六 休息（补课日），走路、拉伸即可",
          "周日 节奏跑：热身后2组×500米按目标配速（每500米1分50秒），中间慢跑3分钟，约35分钟",
          "周一 力量训练约30分钟：引体向上练习、弓步、深蹲",
          "周二 体育课＋放松慢跑15分钟"],
         "本周：跑步3次（间歇、节奏、轻松各1次）＋引体和跳远练习2次＋体育课2次，休息1天；每天累计活动约60分钟。"),
    {"age": 15, "sex": "male", "weight_kg": 58, "height_cm": 170, "fitness": "intermediate",
     "goal": "中考体育1000米跑进3分40", "preferences": ["run"],
     "history": [{"activity": "run", "minutes": 25, "days_ago": 2, "rpe": 14},
                 {"activity": "run", "minutes": 20, "days_ago": 4, "rpe": 15},
                 {"activity": "run", "minutes": 30, "days_ago": 6, "rpe": 13}],
     "context": {"time": "2026-04-22T18:00", "temperature_c": 18},
     "notes": "初三 中考体育还有6周 1000米现在4分05 满分要3分40 引体向上只能拉4个 立定跳远2米25 体育课周二周四 "
              "每天晚自习到8点半 周六要补课 上次测完腿酸了3天 老师说每天多跑5圈就行 真的吗"},
    expect(rest_ok=False, max_int="vigorous", max_min=60,
           must=[r"1000|一千",
                 zh(r"间歇|间隔|\d\s*组|组\s*[×xX*]|[×xX*]\s*\d|配速|[1-6]00\s*米|变速|节奏|冲刺|快慢|圈")],
           must_not=[NOT_WRONG["zh-CN"]],
           plan=[zh(r"引体|上肢|力量|单杠|悬垂"), zh(r"休息|放松|轻松")])))

# h03 en-GB: 11 F type 1 diabetes (pump), glucose 4.2 mmol/l before netball -> carbs first, recheck, then train
CLIENTS.append(client(
    "h03", "en-GB", "Mum of an 11-year-old with type 1 diabetes, netball training Tue/Thu after school, matches Saturday",
    call("run", 60, "vigorous", None,
         "Today: netball training (4-5pm), about 60 minutes in bursts - but treat the 4.2 first.\n"
         "Activity: netball practice (running game)  Intensity: vigorous bursts  Time: 60 min  Effort: OMNI 5-8 out of 10 in the "
         "drills (breathing hard but can still say a few words)\n"
         "Before she starts: 4.2 mmol/l (76 mg/dl) is under the 5.0 mmol/l line for starting exercise (ADA 2016). Give 15-20 g of "
         "fast carbs now (4 glucose tablets or a small carton of juice), recheck in 15 minutes, and let her start once she is above "
         "about 5.5 and flat or rising. Follow her diabetes team's pump plan for exercise (many use a temporary basal or exercise "
         "target). Another 10-15 g at the break if she is dropping; meter and hypo kit courtside.\n"
         "After: check at the end, before tea and at bedtime - hypos can come up to 24 hours after exercise, often overnight.\n"
         "Why: sport is good for her and type 1 is no reason to sit out; today's risk is a hypo, so fuel first rather than skip.\n"
         "Warning: if she is confused, very drowsy or can't swallow safely, give nothing by mouth, use glucagon if prescribed and "
         "call 999.\n"
         "(Not medical advice.)",
         ["Tue  Netball training 60 min after carbs and a recheck, OMNI 5-8",
          "Wed  PE at school + 20 min scooter or walk home; a snack before PE if under 5.5",
          "Thu  Netball training 60 min, same pre-training check",
          "Fri  Active play 60 min (park, trampoline, bike), easy to moderate",
          "Sat  Netball match + warm-up, about 60-75 min; check before, at half time and after",
          "Sun  Family walk or swim 45 min, relaxed",
          "Mon  No sport: walk to school and play; check bedtime glucose after a busy weekend"],
         "Week: about an hour a day of moving with netball Tue/Thu/Sat and PE Wed (WHO: 60 min a day at 5-17); glucose checked before, during and after each session."),
    {"age": 11, "sex": "female", "weight_kg": 38, "height_cm": 145, "conditions": ["diabetes"], "glucose_mg_dl": 76,
     "fitness": "intermediate", "goal": "netball, keep up with her team", "preferences": ["run", "swim"],
     "context": {"time": "2026-10-13T15:40", "temperature_c": 11, "precipitation": "none"},
     "notes": "Mum here. Ellie has type 1 (on a pump), netball training after school tue and thu 4-5pm, matches sat morning. "
              "Just checked her before training - 4.2 and arrow flat. she had a snack at lunch. Shes desperate to go, coach is fine "
              "with her diabetes kit. What should she do, and is there anything for the rest of the week? she also does PE weds"},
    expect(rest_ok=False, max_int="vigorous", max_min=75, hr_null=True,
           must=[r"(?i)carb|glucose tab|juice|jelly bab|dextro|sugar|sweets|snack",
                 r"(?i)re-?check|re-?test|check (again|her|it|levels|blood|glucose|before|after)|test again|monitor"],
           must_not=[NOT_WRONG["en-GB"], KCAL_EN],
           plan=[r"(?i)netball|training|practice|match"])))

# h04 zh-TW: 16 F exam stress, 10 h sitting, 5.5 h sleep, 9:30pm, asks for 10 minutes -> short movement + sleep; rest wrong
CLIENTS.append(client(
    "h04", "zh-TW", "16歲高三女生，學測前壓力大、久坐、睡不夠，晚上9點半想要10分鐘的運動",
    call("stretching", 15, "light", None,
         "今天：睡前伸展＋肩頸放鬆，15分鐘，輕度（RPE 9-11，呼吸輕鬆、可以正常講話）。\n"
         "活動：伸展  強度：輕度  時間：15分鐘\n"
         "怎麼做：貓牛式10次、胸椎旋轉每邊8次、下巴後收10次、肩膀畫圈、靠牆天使10次、大腿後側和髖屈肌伸展各30秒×2；"
         "最後躺著慢呼吸5分鐘（吸4秒、吐6秒）。\n"
         "依據：妳一天坐超過10小時、睡不到6小時，肩頸僵硬和心煩都很常見；運動不用一次很久，10分鐘一段也算。睡前做輕的，不做激烈運動。\n"
         "睡眠：手機在睡前30分鐘放到書桌外，目標每晚8小時以上；睡飽讀書效率反而更好。\n"
         "白天：每讀45-50分鐘站起來走2-3分鐘；補習前或午休快走10分鐘。\n"
         "注意：如果心情低落好幾週、睡不著或有傷害自己的念頭，請跟家人、輔導老師說，或打1925安心專線；有立即危險請撥打119。\n"
         "（本建議不是醫療建議。）",
         ["週三 睡前伸展＋肩頸放鬆15分鐘，RPE 9-11；手機睡前30分鐘收起來",
          "週四 補習前快走10分鐘＋晚上跳繩或開合跳3組×2分鐘，共約20分鐘，RPE 12-14",
          "週五 學校體育課＋讀書時每50分鐘起身活動；睡前伸展10分鐘",
          "週六 和同學打排球或快走30分鐘，中等強度（能講話、唱不了歌）",
          "週日 居家徒手肌力10分鐘：深蹲、伏地挺身（可跪姿）、平板支撐各2組＋散步20分鐘",
          "週一 快走10分鐘×2段（上學、補習前），RPE 12-13",
          "週二 跳繩或爬樓梯10分鐘＋睡前伸展10分鐘"],
         "本週：每天分段動10-30分鐘，肌力和跳躍3天，一次排球或快走，慢慢加到每天累計60分鐘；睡眠優先（8小時以上）。"),
    {"age": 16, "sex": "female", "weight_kg": 52, "height_cm": 160, "fitness": "beginner", "goal": "紓壓、睡得好一點",
     "preferences": ["yoga", "walk"], "context": {"time": "2026-11-18T21:30", "temperature_c": 19},
     "notes": "高三 學測剩不到兩個月 每天補習到九點 回家還要刷題 一天坐超過10小時 手機滑到一兩點才睡 睡不到6小時 "
              "以前是排球隊的 升高三就退了 最近肩頸超硬 心情很煩 媽媽一直叫我去運動但我真的沒時間 有沒有10分鐘就可以做的"},
    expect(rest_ok=False, max_int="moderate", max_min=40,
           must=[zh(r"睡"), zh(r"伸展|拉筋|瑜伽|肩|颈|放松|伸懒腰")],
           must_not=[NOT_WRONG["zh-TW"]],
           plan=[zh(r"肌力|力量|深蹲|伏地|俯卧撑|平板|跳|排球|爬楼梯")])))

# h05 en-AU: 21 M uni student, first half marathon in 10 weeks, 3 runs/week, bar shifts Fri/Sat -> easy run, 10% build
CLIENTS.append(client(
    "h05", "en-AU", "21-year-old uni student training for his first half marathon in 10 weeks, runs 3x a week, works Fri/Sat nights",
    call("run", 30, "moderate", [130, 150],
         "Today: easy run, 30 minutes, RPE 11-13 (conversational - you can chat in full sentences), heart rate about 130-150 bpm.\n"
         "Activity: run  Intensity: moderate (easy)  Time: 30 min\n"
         "Why: 10 weeks is enough for a first half if you build steadily. Last week was about 105 minutes over 3 runs, so this week "
         "goes to about 115 (roughly 10% more): one long run, one quality session, the rest easy. The usual first-half mistake is "
         "running every run too hard - easy pace is slower than you think.\n"
         "The block: the long run grows 5-10 minutes a week to about 1 h 50 - 2 h by week 8, then a 2-week taper; every 4th week "
         "cut volume by about a third.\n"
         "Shins: soreness gone the next day is common; pain on one spot of the bone, pain when you hop, or pain that starts earlier "
         "each run means stop and see a physio or GP (possible stress reaction).\n"
         "Bar shifts: keep the long run on Sunday after a proper sleep, not straight after a 1am finish.\n"
         "Warning: chest pain, fainting or unusual breathlessness - stop, and call 000 if it doesn't settle.\n"
         "(Not medical advice.)",
         ["Mon  Easy run 30 min, RPE 11-13 (chatty pace)",
          "Tue  Strength 30 min: calf raises, single-leg squats, hip bridges, planks, 2-3 sets x 10-12",
          "Wed  Quality run 35 min: 10 min easy, 3 x 5 min comfortably hard (RPE 14-15) with 2 min jog, easy to finish",
          "Thu  Easy bike or swim 30 min (cross-training), or rest if the shins are sore",
          "Fri  Rest (bar shift)",
          "Sat  Rest or a 20 min walk (bar shift; sleep in)",
          "Sun  Long run 50 min at easy pace, RPE 11-13 - the key half-marathon session"],
         "Week: 3 runs (easy, quality, long) about 115 min, about 10% up on last week, plus 1 strength and 1 cross-training day; rest around the bar shifts."),
    {"age": 21, "sex": "male", "weight_kg": 72, "height_cm": 180, "resting_hr": 58, "fitness": "intermediate",
     "goal": "first half marathon in 10 weeks, sub 1:50 would be nice", "preferences": ["run", "cycle"],
     "history": [{"activity": "run", "minutes": 35, "days_ago": 2, "rpe": 13},
                 {"activity": "run", "minutes": 30, "days_ago": 4, "rpe": 12},
                 {"activity": "run", "minutes": 40, "days_ago": 6, "rpe": 14},
                 {"activity": "run", "minutes": 35, "days_ago": 9, "rpe": 13},
                 {"activity": "run", "minutes": 30, "days_ago": 11, "rpe": 12},
                 {"activity": "run", "minutes": 45, "days_ago": 13, "rpe": 15},
                 {"activity": "run", "minutes": 30, "days_ago": 16, "rpe": 13},
                 {"activity": "run", "minutes": 35, "days_ago": 18, "rpe": 13},
                 {"activity": "run", "minutes": 40, "days_ago": 20, "rpe": 14}],
     "context": {"time": "2026-07-20T07:00", "temperature_c": 9},
     "notes": "3rd yr uni, running about 3x a week 5-7k, longest run 10k. signed up for the Sydney half with mates, its in 10 weeks. "
              "tutes Mon-Thu, I work at a bar Fri and Sat nights till 1am. keen for a proper plan, how fast should my easy runs be? "
              "also got a bit of shin soreness after the 10k but gone next day"},
    expect(rest_ok=False, max_int="vigorous", max_min=60,
           must=[r"(?i)easy|conversational|chat|talk",
                 r"(?i)long run|half|21(\.1)?\s?k|10\s?%|build|progress"],
           must_not=[NOT_WRONG["en-AU"]],
           plan=[r"(?i)long", r"(?i)rest|off"])))

# h06 zh-CN: 12 M football, Osgood-Schlatter in a growth spurt; club Tue/Thu, match Sat -> pain-guided, no jumps/sprints
CLIENTS.append(client(
    "h06", "zh-CN", "12岁踢足球男孩的家长，一年长高8厘米，医生诊断胫骨结节骨骺炎，周二周四训练、周六比赛",
    call("stationary_bike", 25, "moderate", None,
         "今天：室内单车（或平路骑车）25分钟，中等强度（OMNI 5-6分，满分10分：呼吸加快但能说短句），再加10分钟大腿拉伸。\n"
         "活动：室内单车  强度：中等强度  时间：25分钟\n"
         "今晚训练：可以去，但只做传球、控球这类技术练习，不做冲刺、跳跃、射门和折返跑；膝盖疼超过3分（满分10分）就停下，"
         "训练后疼得更厉害或者第二天早上还疼，下次再减量。\n"
         "为什么：胫骨结节骨骺炎是长个子时期常见的过劳问题，医生说不用完全停，原则是“不加重疼痛”的活动照做，跑跳多的部分先减；"
         "骑车、游泳对膝盖冲击小。\n"
         "拉伸：股四头肌（站着抓住脚踝往后拉）和大腿后侧，每边30秒×3次，每天做；训练后可以冰敷膝盖下方10-15分钟。\n"
         "注意：如果膝盖明显肿、走路瘸、夜里疼醒，或者碰撞后突然剧痛，请回去找医生；紧急情况拨打120。\n"
         "（本建议不是医疗建议。）",
         ["周二 室内单车25分钟（OMNI 5-6）＋足球训练只做技术练习，不冲刺不跳",
          "周三 游泳或骑车30分钟，中等强度；拉伸大腿前后侧10分钟",
          "周四 足球训练：参加技术和战术部分，冲刺、跳跃、射门先不做；疼痛不超过3分",
          "周五 休息或散步，继续拉伸",
          "周六 比赛：和教练商量只踢一部分时间，疼痛超过3分就下场",
          "周日 骑车或乒乓球等轻松玩耍40分钟",
          "周一 力量练习20分钟：臀桥、侧卧抬腿、平板支撑（不做深蹲跳）"],
         "本周：每天累计约60分钟活动（WHO），跑跳少、骑车游泳多；足球训练和比赛保留，但按疼痛调整。"),
    {"age": 12, "sex": "male", "weight_kg": 42, "height_cm": 158, "conditions": ["knee_injury"], "fitness": "intermediate",
     "goal": "踢好足球，进校队", "preferences": ["run", "cycle"],
     "context": {"time": "2026-05-12T17:30", "temperature_c": 24},
     "notes": "家长。孩子12岁，这一年长了8公分，在俱乐部踢足球，周二周四训练，周六比赛。最近两个月右膝盖下面鼓起一个包，"
              "一按就疼，跑跳完更疼，下楼梯也疼，但平时走路没事。医生拍了片说是胫骨结节骨骺炎，说不用完全停。今天周二要不要去训练？"},
    expect(rest_ok=True, max_int="moderate", max_min=90, wrong=["run"], hr_null=True,
           must=[zh(r"疼|痛"), zh(r"跳|冲刺|折返")],
           must_not=[NOT_WRONG["zh-CN"], KCAL_ZH],
           plan=[zh(r"训练|足球|比赛")])))
