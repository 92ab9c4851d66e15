# Scores for h01-h06 (blind clinical review; 0 = wrong/harmful, 1 = real flaw, 2 = would sign)

CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "because: your notes (\"knees are ok just heavy\"): read as a knee injury",
            "you like walking, but a fresh sprain should carry no weight for the first days today",
            "your notes (\"queasy\"): we could not tell what this is",
            "blood glucose 168 mg/dl (9.3 mmol/l): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
        ],
        "comment": "The bike at RPE 12-13 tonight is safe and uses a preference he stated. But the app read 'knees are ok just heavy' as a knee injury and then a 'fresh sprain', so it keeps him off his preferred walk for the whole week and prescribes ankle rehab and seated strength 'no weight on the injured leg'. 'Queasy' (expected semaglutide nausea) went unrecognised, and Ozempic/metformin are never mentioned. The post-dinner timing and the sitting advice are good. The 15 to 25 minute jump for an obese beginner is a little steep.",
        "zero_reasons": {
            "personalisation": "The deciding fact is misread: 'knees are ok just heavy' becomes a knee injury and a fresh sprain, and that removes walking all week. The GLP-1 nausea is not understood.",
            "explanation": "The reasons he sees are wrong for him: low impact 'for your knee', 'a fresh sprain should carry no weight', and ankle rehab in the plan. Stock sprain warnings that do not apply.",
        },
        "suggested_change": "Read 'knees are ok' as the absence of a problem. Tonight: a 15-20 min easy walk straight after dinner (bike if he prefers), building ~5 min a week. Name the metformin/semaglutide context (low hypo risk; go lighter on queasy days after the Sunday shot) and drop the sprain text.",
    },
    {
        "id": "h02",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "先吃15-30克碳水，15分钟后复测高于5.0 mmol/L（90 mg/dl）再开始。",
            "血糖在往下走（CGM箭头向下）：一运动还会接着降",
            "你写了“好丢人”：今天不做高强度、时间短一点",
            "本周目标420分钟（WHO每周至少420分钟）",
        ],
        "comment": "The core hypo-prevention steps are right: 4.6 mmol/L and falling means 15-30 g carbohydrate, a recheck after 15 minutes, starting only when the reading and arrow are stable, and carrying sugar. But the card misses her context. Track practice at 16:30 becomes a generic 45-minute run. The large lunch bolus still on board and the earlier drop to 3.1 mid-session are not addressed (no mid-session check, no stop threshold, no 'tell the coach'). 'Embarrassed' is read as low mood and used to shorten the session. The week gives a 16-year-old track athlete two 20-minute runs and no 800/1500 work.",
        "zero_reasons": {
            "explanation": "Her direct question, whether to take the pump off, is not answered at all ('answers' is empty). Stock low-mood text replaces it.",
        },
        "suggested_change": "Answer the pump question: a temporary basal reduction or suspending the pump for practice is an option, kept to 1-2 h per her diabetes team's plan. For future practice days, cut the pre-practice bolus. Add a mid-session check with a stop-and-treat rule below 3.9 and telling the coach. Plan the week around the team's sessions.",
    },
    {
        "id": "h03",
        "lang": "en-GB",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "A dialysis fistula: protect that arm (no lifting, no blood pressure cuff, nothing tight on it",
            "stay within your fluid allowance, even when you sweat",
            "Wed    rest  a dialysis day: rest, or an easy pedal in the chair during dialysis if your unit offers it",
            "you wrote \"legs go to jelly after a session and i'm washed out the rest of that",
        ],
        "comment": "A good renal-aware card. Mon/Wed/Fri are rest or intradialytic pedalling, the fistula arm is protected, the 1 L fluid allowance is respected, leg-focused strength is planned, and 999 and mmol/l first are correct for the UK. The flaw: today is a non-dialysis Tuesday, when the renal nurse wants more, yet post-dialysis 'jelly legs' is applied to today and gives only a 20-minute light stroll. The week totals about 20 moderate-equivalent minutes, and balance appears only in the reasons, not as planned sessions.",
        "zero_reasons": {},
        "suggested_change": "On off days, prescribe a moderate walk (indoors if wet) plus a short leg strength and balance set. Keep post-dialysis fatigue for the dialysis days. Put balance on three days.",
    },
    {
        "id": "h04",
        "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "你打算練1小時：今天先不要，最近沒有訓練記錄",
            "剛吃完飯：現在走一走最能壓住餐後血糖；以後每餐飯後走10-15分鐘，比一天走一次更管用",
            "避免對抗性、易摔倒的運動和熱瑜伽，孕早期後避免長時間仰臥",
            "週六 休息  休息日：恢復同樣是訓練的一部分",
        ],
        "comment": "Pregnancy safety is complete: the ACOG stop signs, no lying supine, no hot yoga, and 119. Today's post-lunch walk is the right call, and the tip of 10-15 minutes after every meal is exactly what a woman with GDM needs. But the plan does not follow it: only three short walk days and two rest days, with no post-meal walking scheduled. Prenatal yoga, which she asked about and prefers, never appears. The 1-hour post-meal reading ('量142') was misread as her planning to train for an hour, and that is the first reason shown.",
        "zero_reasons": {
            "explanation": "Both questions go unanswered: whether prenatal yoga is OK, and whether the target is below 140. The top reason rests on a misreading ('you plan to train 1 hour').",
        },
        "suggested_change": "Answer both questions. Prenatal yoga is fine (not hot, no long supine, no deep twists). A 1-h target below 140 mg/dl (7.8 mmol/L) is typical; confirm with her own team. Schedule 10-15 min walks after meals on most days, plus two yoga sessions. Use 醫師 rather than 醫生.",
    },
    {
        "id": "h05",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Today: light yoga for about 30 minutes, RPE 9-11 (easy).",
            "you asked about \"10k\": light yoga suits today better (the reasons below)",
            "a lower overnight basal if your diabetes team agrees (often about 20% for 6 hours)",
            "the safety rules keep today at light at most",
        ],
        "comment": "The advice on night-time lows is useful: bedtime carbohydrate plus protein, the CGM low alarm, a check before bed, and telling the team. But the app treated last night's 2.9 as a current hypo. He is 7.8 mmol/l now, yet it swaps his planned 10 km easy run with strides for light yoga, 'light at most'. The '20% for 6 hours' basal cut is pump advice that cannot be applied to Tresiba. The week cuts a sub-3 marathoner running 5-6 times a week to three runs, while calling one of them 'one of your usual 6'. It also never says to reduce the post-run bolus.",
        "zero_reasons": {
            "activity": "Today's run is withheld for a hypo that isn't happening, and the week halves the running of a 70-80 km/week marathoner with a sub-3 goal.",
            "personalisation": "The deciding fact is misread. The lows are at 2-3 am and he is 7.8 now. He is on MDI (Tresiba), not a pump, so an overnight basal cut 'for 6 hours' does not apply.",
            "explanation": "The reason given for cancelling his 10 km ('light yoga suits today better') is wrong. The card never explains how to run in the evening without a 2 am low.",
        },
        "suggested_change": "Keep today's 10 km easy + strides. Advise ~50% less post-run bolus, a bedtime snack, a pre-bed check, Libre alarms, and a basal discussion with the team (Tresiba needs days to adjust), or moving key sessions to the morning. Keep his 5-6 runs.",
    },
    {
        "id": "h06",
        "lang": "zh-HK",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "今天建議休息，並請醫生看看（見下）。",
            "今天請檢查酮體並聯繫你的糖尿病醫生。家裡沒有酮體試紙就今天去藥店買",
            "酮體中度以上、嘔吐、呼吸急促或嗜睡，請立即去急診或撥打999",
            "依據： 你的血壓讀數132/80 mmHg：1級高血壓範圍（AHA 2017）",
        ],
        "comment": "Rest today and all week, with DKA named and 999. That is the right direction. But the client already meets the card's own emergency criteria: urine ketones ++, vomiting, 17.8 mmol/L, thirst and a missed insulin dose. Yet the headline is only 'rest and have a doctor look'. It tells him to buy ketone strips he has already used, and frames the vomiting as a neck-check illness to be 'rested and hydrated'. The first reason shown is an irrelevant BP comment. The 10:00 MacLehose hike he asked about is never named.",
        "zero_reasons": {
            "personalisation": "The deciding facts are ignored: the ketones ++ reading he already took and the reduced insulin dose. The card asks him to check ketones and files the vomiting under a generic 'illness below the neck'.",
            "explanation": "His question about the 2-hour hike at 10:00 is not answered explicitly. The first reason is stock BP text ('regular aerobic exercise lowers BP'). It never says 'your ketones ++ with vomiting means go to A&E now'.",
        },
        "suggested_change": "Lead with: 'Ketones ++, vomiting and 17.8 after missed insulin may be DKA: go to A&E now (999 if breathing fast or drowsy); cancel the hike.' Drop the BP line. Use Hong Kong terms (急症室, 藥房).",
    },
]
