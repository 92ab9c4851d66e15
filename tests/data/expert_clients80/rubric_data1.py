# Blind scores, clients h01-h06. Scale 0-2 per dimension.
CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0,
                   "explanation": 1, "language": 1},
        "quotes": [
            "No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).",
            "fainting, nearly fainting or dizziness with a racing heart can come from the heart",
            "I am sorry for your loss. Grief often takes appetite and sleep",
            "see a doctor first; ask for a new plan once you are cleared",
        ],
        "comment": (
            "Exertional chest tightness and near-syncope are caught: no exercise, rest all week until cleared, "
            "a doctor today, 911 on recurrence, no faint-risky activities. But the decisive amplifier, an uncle "
            "dead at 32 in his sleep of unknown cause, is read as the mother's bereavement and answered with "
            "appetite/grief advice, so the card never says this is a possible inherited heart condition needing "
            "cardiology (ECG/echo) before any practice, game or tryout. 'today if it is new' gives the mother an "
            "out (it was last week). Her question (extra conditioning before tryouts?) is not answered in words. "
            "The card switches addressee: 'you means him' then condolences and appetite advice meant for her."
        ),
        "zero_reasons": {
            "personalisation": "The family history of unexplained sudden death at 32 (the key risk fact) is misread as the mother's grief and turned into bereavement/appetite advice; AAU and school practice days and the tryout are not used.",
        },
        "suggested_change": (
            "Treat exertional chest symptoms or presyncope plus a family history of sudden death under 50 as a "
            "cardiac red flag: 'No practice, games, tryout conditioning or extra sprints until a doctor has checked "
            "his heart (ECG, echo); book this week and tell them about your brother.' Answer the conditioning "
            "question with a plain no; drop the grief text; remove 'if it is new'."
        ),
    },
    {
        "id": "h02",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 0, "dose": 1, "personalisation": 0,
                   "explanation": 0, "language": 2},
        "quotes": [
            "你问的“跑”：今天不建议，腿脚的不适需要避免冲击；改成骑自行车",
            "备注“腿酸”：无法确定是什么情况，今天强度放低",
            "你的目标“中考体育1000米跑进3分40”（耐力）：骑自行车正合适",
            "骑车：每次都戴头盔，在远离车流的地方骑，小孩子要有大人陪着",
        ],
        "comment": (
            "Post-test muscle soreness that lasted three days ('上次测完腿酸了3天', in the past) is read as a current "
            "leg complaint, so running is removed from today and from the whole week of a 15-year-old with a 1000 m "
            "test in 6 weeks. No intervals at goal pace, nothing on pull-ups or the standing long jump, PE on "
            "Tue/Thu and Saturday classes not used. The client's real question (is the teacher's 'run 5 extra laps "
            "every day' enough?) is not answered; instead a question 'run?' is invented. Stock warnings about "
            "stress fractures, blood clots and adult supervision for cycling do not fit. Nothing unsafe."
        ),
        "zero_reasons": {
            "activity": "A healthy teenage runner preparing for a 1000 m test gets no running all week (cycling, elliptical, swimming, strength) because past DOMS was misread as an injury.",
            "personalisation": "'上次测完腿酸了3天' (soreness after the last test) misread as present leg pain; the 4:05 vs 3:40 gap, pull-ups (4), PE days and evening study are ignored.",
            "explanation": "The question about the teacher's '每天多跑5圈' is not answered; an invented question about running is answered instead, and cycling is called 'just right' for a 1000 m goal.",
        },
        "suggested_change": (
            "Keep running: 2 quality sessions (e.g. 5-6 x 300-400 m near 88 s/400 m with full recovery) and one "
            "easy run, PE days counted, 48 h between hard days, pull-up progressions (negatives, hangs, inverted "
            "rows) and jumps twice a week. Answer: 'extra laps every day is not the best lever; quality and "
            "recovery are.' Read past soreness as past."
        ),
    },
    {
        "id": "h03",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 5.0 mmol/l (90 mg/dl).",
            "Today: your practice is the session; before it, only light walking for about 20 minutes",
            "lows are likelier hours later and that night (Riddell et al. 2017)",
            "Wed    strength training, moderate, 45 min, OMNI 5-6/10",
            "because: no recent sessions logged: start with 20 minutes and build up",
        ],
        "comment": (
            "The hypo-risk handling is right and actionable: 15-30 g carbohydrate, recheck after 15 min, start "
            "above 5.0 mmol/l, carry fast sugar, check every 30 min, pump basal advice with the diabetes team, "
            "nocturnal lows; mmol/l first, OMNI scale, no kcal. Netball today, Thursday and Saturday are kept. "
            "Flaws: a 20-minute pre-practice walk is suggested to a child whose glucose is already low and who "
            "trains in 20 minutes; the basal cut '60-90 minutes before' cannot apply today; Wednesday PE (told in "
            "the notes) gets a 45-min strength session on top; 'no recent sessions logged' and '0 minutes' ignore "
            "twice-weekly netball. 'walking fits it' for a netball goal is stock."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Drop the pre-practice walk: 'carbs now (about 15 g for her size), recheck at 15 min, then warm up with "
            "the team'. Count Wednesday PE as that day's activity and make the other days play, not 45-min "
            "strength blocks; count her netball as recent activity."
        ),
    },
    {
        "id": "h04",
        "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "你打算練10小時：今天先不要，最近沒有訓練記錄，要用幾週慢慢加到這麼長。",
            "肩頸僵硬：先做5分鐘肩頸活動（繞肩、擴胸、慢慢轉頭），久坐時每小時起來活動一下",
            "現在是21點：臨睡前不做高強度，睡前1小時結束，先保證睡眠",
            "週日 游泳，高強度，10分鐘，RPE 14-17",
        ],
        "comment": (
            "Good core: 10-minute sessions as asked, neck/shoulder mobility and upper-back work, a movement break "
            "every hour of sitting, nothing hard before bed, a kind line about mood; Traditional script with "
            "Taiwan wording (騎腳踏車). But the first reason misreads 'sitting over 10 hours a day' as planning to "
            "train 10 hours. Today is a 10-minute walk at 21:30 rather than the home yoga/stretch she prefers; the "
            "week drops yoga and adds 10-minute 'vigorous' swimming and cycling, impractical for a 10-minute slot "
            "(a trip to the pool for 10 minutes) and at odds with the sleep-deprivation note. Phone-at-night sleep "
            "habit not addressed; the answer to her question is spread over 15 reasons."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Remove the '10 hours of training' line; lead with 'Yes: three 10-minute options' (neck/shoulder "
            "yoga stretch tonight, a 10-min brisk walk or stairs in the day, a 10-min body-weight circuit); keep "
            "yoga in the week; add phone-away-before-sleep advice."
        ),
    },
    {
        "id": "h05",
        "lang": "en-AU",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "heart rate 112-138 bpm: from your resting rate of 58 (Karvonen, maximum about 193)",
            "sore shins along the inside: cut the running a little, choose softer surfaces and build more slowly",
            "Sun    running, moderate, 40 min, RPE 12-13, HR 112-138",
            "your goal (\"first half marathon in 10 weeks, sub 1:50 would be nice\", endurance): cycling fits it",
        ],
        "comment": (
            "Safe and partly useful: correct Karvonen zone from his resting HR, RPE and talk test, sensible shin "
            "advice with a hop test, bar-shift days kept short and easy, strength twice. But he asked for 'a proper "
            "plan' for a half marathon in 10 weeks: the week has three identical 30-40 min moderate runs, no long "
            "run progressing from his 10 km, no quality session, and a WHO 150-minute aim instead of a race target. "
            "The easy-pace question gets an HR range but no pace (min/km) and is not answered as such; 'cycling "
            "fits it' for a half marathon is weak. Today a ride instead of his usual run."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Make it a race week: easy runs at HR 112-138 or about 6:15-6:45/km (60-90 s/km slower than the "
            "5:13/km goal pace), one long run growing ~10%/week from 10 km (not the morning after a 1 am shift), "
            "one tempo/interval day, calf and shin strength; answer the easy-pace question explicitly."
        ),
    },
    {
        "id": "h06",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 0, "dose": 1, "personalisation": 0,
                   "explanation": 0, "language": 1},
        "quotes": [
            "为了把舞跳完不喘：最管用的练习是跳舞本身。",
            "可能是胫骨应力性损伤（骨头的问题），在医生或康复师检查之前先不要跑，也不要跳",
            "生长期的膝盖（或脚跟）疼，比如胫骨结节骨软骨炎：长个子时常见，不危险，长完就好。按疼痛来练",
            "周四 骑自行车，高强度，50分钟，OMNI 7-8/10",
            "练肌肉和骨骼的玩法：攀爬架、跳绳、跳房子、单脚跳",
        ],
        "comment": (
            "The parent asked one thing: should a 12-year-old with X-ray-confirmed Osgood-Schlatter (doctor: no "
            "need to stop) go to football training today, Tuesday? Never answered. The card contains a correct "
            "Osgood-Schlatter paragraph (pain-guided, cut jumps and sprints, ice, stretch, tell the coach), but "
            "also a dance paragraph from nowhere and a 'possible tibial stress injury, no running until checked' "
            "paragraph, though a doctor has already examined him. The week replaces Tue/Thu training and the "
            "Saturday match with swimming, 50-min vigorous rides and strength 'play' with skipping and hopping, "
            "which the card itself says to cut. OMNI scale and no kcal are right."
        ),
        "zero_reasons": {
            "activity": "Today's football training and the whole Tue/Thu/Sat football routine are replaced, although the doctor allowed him to keep playing; the plan prescribes skipping and hopping for a painful tibial tubercle.",
            "personalisation": "Notes misread as dancing and as an unexamined tibial stress injury; the diagnosis already made, the club schedule and today's training are not used.",
            "explanation": "The one question (train today?) gets no answer; an irrelevant dance paragraph and contradictory advice bury the correct Osgood-Schlatter guidance.",
        },
        "suggested_change": (
            "Answer first: 'Yes, he can train today, guided by pain: mild pain that settles by next day is OK; skip "
            "or cut sprints, jumps and long kicking; tell the coach; ice 10 min after.' Keep Tue/Thu training and "
            "the Saturday match (minutes as pain allows), add quad/hamstring stretching, low-impact cycling on "
            "other days; remove the dance and stress-fracture text and the skipping/hopping games."
        ),
    },
]
