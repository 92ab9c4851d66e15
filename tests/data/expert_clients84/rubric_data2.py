# Scores for h07-h12.
CLIENTS = [
    dict(
        id="h07", lang="en-US",
        scores=dict(safety=1, activity=1, dose=0, personalisation=0, explanation=1, language=2),
        quotes=[
            "Today: moderate walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
            "unsteady or afraid of falling: balance and strength work lowers the risk of falls",
            "with your stick if you use one",
            "Wed    walking, moderate, 35 min, RPE 12-13",
        ],
        comment=("A 45-year-old carer with a sore back from lifting her husband, 15-minute windows (aide Tue/Thu, his nap) "
                 "and 'not looking for a 6 week program'. The walk and the NICE back-pain red flags are sound, but the app "
                 "prescribes 20-35 minute sessions and a building programme she said she cannot and will not do, reads "
                 "'just not fall apart' as fear of falling (stick, falls check), gives no help with lifting/transfers, and "
                 "does not acknowledge 'at the end of my rope' with any carer-support pointer."),
        zero_reasons={
            "dose": "Sessions of 20, 30 and 35 minutes and a progressive week ignore her stated 15-minute windows and her explicit refusal of a programme.",
            "personalisation": "Misreads 'just not fall apart' as a falls risk (stick, falls check) and ignores the caregiving, the aide days, the nap window and the back pain's cause (lifting him).",
        },
        suggested_change=("Cap every session at 10-15 minutes in her windows (Tue/Thu aide, after-lunch nap): a brisk walk "
                          "or 3-4 back-friendly moves; one line on safe transfer technique (ask his care team/OT); "
                          "acknowledge carer strain and point to carer support/respite, and to her doctor if she feels "
                          "hopeless."),
    ),
    dict(
        id="h08", lang="zh-TW",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
        quotes=[
            "今天就告訴你的治療團隊（醫生、營養師）。現在先吃點東西、喝點水",
            "你問的“跑”：今天不要去",
            "在那之前，不能把它歸因於低血糖、天熱或沒吃飯。",
            "先查心臟（心電圖、心臟彩超，看心臟科）",
        ],
        comment=("Anorexia in treatment, BMI about 15.4, resting HR 38, near-syncope on standing and secret 10-20 km/day "
                 "running: medically unstable. The app does the essentials - no running, see a doctor today, tell the "
                 "treatment team today, eat now, no calories shown, 119 - and its eating-disorder paragraph is humane. Flaws: "
                 "the HR 38 is never named as a danger sign (she believes it means fitness), the near-faint is treated as "
                 "exertional and cardiac, and one warning says it must not be attributed to not eating while the next says it "
                 "may be low energy - a contradiction on the key point. '心臟彩超' is mainland wording on a Taiwan card."),
        zero_reasons={},
        suggested_change=("Say plainly that a resting pulse of 38 with nearly fainting in someone underweight is a sign the "
                          "body is under strain, not fitness, and needs checking today (ER if it happens again); drop the "
                          "exertional/HCM paragraph and the 'not due to not eating' sentence; use Taiwan terms "
                          "(心臟超音波)."),
    ),
    dict(
        id="h09", lang="en-CA",
        scores=dict(safety=1, activity=2, dose=2, personalisation=0, explanation=0, language=2),
        quotes=[
            "No exercise: call emergency services now (see below).",
            "your notes (\"jaw clenching\"): read as chest pain",
            "No snow shovelling today either",
            "because: your notes (\"had the runs\"): read as an illness below the neck",
        ],
        comment=("Sertraline started 2 weeks ago plus tramadol since Sunday, then sweating, shivering, myoclonic jerks, jaw "
                 "clenching, diarrhoea, tachycardia and 38.6 C: serotonin syndrome, an emergency. The headline 'call emergency "
                 "services now (911)' is the right action, but it is reached by reading jaw clenching as chest pain and is "
                 "framed as a heart attack, so he may dismiss it ('I have no chest pain'). The drug interaction is never named, "
                 "he is not told to stop the tramadol, and his belief that a run will 'burn off' sertraline side effects is "
                 "not answered. Five stock warnings bury the message."),
        zero_reasons={
            "personalisation": "Misreads 'jaw clenching' as chest pain and misses the decisive sertraline + tramadol combination behind the symptoms.",
            "explanation": "Does not say why this is an emergency (serotonin toxicity from the two drugs), does not answer his question, and piles up five generic warnings.",
        },
        suggested_change=("Recognise SSRI + tramadol with fever, sweating, twitching/jerking, jaw clenching, diarrhoea and a "
                          "pounding heart as possible serotonin syndrome: go to the ER now or call 911, take no more "
                          "tramadol, bring both medicines; 'this is not something to run off'."),
    ),
    dict(
        id="h10", lang="zh-CN",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=1),
        quotes=[
            "今天：低强度瑜伽，约10分钟，RPE 9-11（很轻松）。",
            "最近7天练了6天（其中6天很辛苦）：今天是恢复日",
            "颈部以上的感冒症状（流鼻涕、打喷嚏、轻微嗓子疼）：只做轻度活动",
            "周四 散步，低强度，41分钟，RPE 9-11  散步：感冒还没好",
            "本周：有氧约0分钟（中等强度当量，WHO建议至少150）",
        ],
        comment=("Two months of 4-5 h sleep, nightly HIIT at RPE 16-17 on 6 of 7 days, resting HR up 10+ and two colds: "
                 "overreaching. The app gets the core right - no HIIT at 22:50, 10 minutes of light yoga, sleep first, "
                 "a deload week with walks and two moderate strength days, and it explains the elevated resting HR. But it "
                 "treats the two past colds as a current one ('感冒还没好'), never acknowledges '不练更焦虑', tells him yoga "
                 "will make him '更有精神' just before bed, and the week summary says ~0 aerobic minutes beside 123 minutes "
                 "of walks."),
        zero_reasons={},
        suggested_change=("Drop the current-cold warning (colds were earlier this month); frame tonight's 10 minutes as "
                          "wind-down (slow stretching and breathing) for the anxiety he says training relieves; put the "
                          "week's sessions earlier in the day and report walking minutes consistently."),
    ),
    dict(
        id="h11", lang="en-NZ",
        scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "I am sorry for your loss.",
            "A short walk at the same time each day, on a route you know, can give the day some shape",
            "your usual session as you describe it (about 30 minutes): today keeps to that habit",
            "Wed    tai chi, moderate, 30 min, RPE 12-13",
        ],
        comment=("Widowed in April, used to walk Bess every morning round the estuary with Ray, cannot face that route, "
                 "creaky knees, used to do tai chi. The tone is kind, walking and tai chi are right, balance and strength for "
                 "68 are covered and the doctor prompt for sleep/appetite is sensible. But it advises 'a route you know' to "
                 "someone who said she cannot face her known route, never mentions Bess (the natural reason to get out each "
                 "morning), invents a 'usual 30 minutes', and puts walking on only two days of a week whose goal is 'get back "
                 "to walking'."),
        zero_reasons={},
        suggested_change=("Suggest a short daily walk with Bess on a new route (not the estuary yet), returning to the tai chi "
                          "class at the community hall, and keep strength/balance on 3 days; do not claim a usual session "
                          "length she never gave."),
    ),
    dict(
        id="h12", lang="zh-HK",
        scores=dict(safety=2, activity=1, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "今天：低強度瑜伽，約10分鐘，RPE 9-11（很輕鬆）。",
            "你問的“跑”：今天換成低強度瑜伽更合適（理由見下）",
            "現在是22點：臨睡前不做高強度，睡前1小時結束，先保證睡眠；想練得累一點，放在白天（早上或下午）",
            "你寫了“停經之後成日失眠”：瑜伽輕鬆不累，動一動反而更有精神",
        ],
        comment=("Post-menopausal insomnia with 3 am waking, red wine to get to sleep, BP 146/88, beginner who wants a hard "
                 "run at 22:15. The app correctly replaces the run with 10 minutes of light yoga, moves harder work to the "
                 "day and handles the BP reading well. It misses the wine (alcohol worsens early waking), promises yoga will "
                 "make her '更有精神' at bedtime, ignores her tai chi preference all week, and does not suggest raising the "
                 "insomnia/menopause with her doctor."),
        zero_reasons={},
        suggested_change=("Add: daytime walks or tai chi (morning light helps sleep), no hard running late at night, and "
                          "'a glass of wine helps you fall asleep but makes 3 am waking worse: talk to your doctor about the "
                          "insomnia and menopause'; put tai chi in the week; frame tonight's yoga as winding down."),
    ),
]
