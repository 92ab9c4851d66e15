# Scores for h13-h18 (literal data).
CLIENTS = [
    {
        "id": "h13", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "今天：中等强度快走，约20分钟，RPE 12-13（能说话不能唱歌）。",
            "依据： 腰痛不建议卧床休息：躺得越久反而好得越慢。",
            "每天再加10分钟腰背练习（鸟狗式、死虫式、臀桥、猫牛式，不痛的范围内）",
            "周二 力量训练，中等强度，20分钟，RPE 12-13  力量：1-2组×10-15次，每周至少2天（WHO 2020，ACSM）",
        ],
        "comment": ("Clinician's answer: 35-year-old programmer, acute non-specific low back pain 2 days after moving house, no leg symptoms, "
                    "no trauma; asks whether to lie in bed for a few days. Right answer: no bed rest; stay active with short frequent walks, "
                    "gentle mobility, heat/simple analgesia, break up the 10 h of sitting; red flags for urgent review. The card says exactly "
                    "this, with a clear NICE-based red-flag warning and useful back exercises. The answer is a plain 依据 line rather than "
                    "marked as the answer, but easy to find. The plan's two strength days are generic (1-2 sets x 10-15) with nothing about "
                    "sparing a back strained by lifting, and his 10 h sitting/moving-house context is only touched by stock text."),
        "zero_reasons": {},
        "suggested_change": ("Mark the bed-rest reply as 回答 and put it first; make the strength days back-friendly (bird-dog, bridges, no heavy "
                             "lifting this week); tie the sitting advice to his 10-hour days."),
    },
    {
        "id": "h14", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "回答： 你问是不是少动、休息更安全：不是，不用停下来。",
            "今天：中等强度游泳，约44分钟，RPE 12-13（能说话不能唱歌）。",
            "依据： 比平时多约10%：每周增加不超过10%",
            "本周：有氧约154分钟（中等强度当量，WHO建议至少150） ✓；力量2天 ✓",
        ],
        "comment": ("Clinician's answer: 9 weeks pregnant, normal checks, some nausea, swam twice a week before pregnancy but stopped two weeks "
                    "ago; mother-in-law says lie down for the first trimester. Right answer: not true - exercise in an uncomplicated pregnancy "
                    "is safe and does not cause miscarriage; restart swimming gently (20-30 min, moderate) around the nausea, build toward 150 "
                    "min/week; warning signs. The card answers the myth well and the pregnancy warning (120) is complete. But the dose ignores "
                    "the two-week break and the nausea: 44 min today labelled '+10% over usual', and a first week of 154 min plus two strength "
                    "days for someone who did ~80 min/week before stopping."),
        "zero_reasons": {},
        "suggested_change": ("Restart at 25-30 min, 2-3 swims plus walks this week, say 'shorter on days of nausea, eat a little first', and build "
                             "toward 150 over 2-3 weeks."),
    },
    {
        "id": "h15", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "今天不要运动：现在就联系产科医生或助产士（见下）。",
            "孕期一点一点流出的液体（总觉得湿湿的）不一定是漏尿，可能是羊水（破水、胎膜早破）",
            "今天就去产房或打给产科检查，不要等下次产检",
            "周四 休息  先就医；医生同意后再重新制定计划",
        ],
        "comment": ("Clinician's answer: 34 weeks, two days of clear watery leakage she dismisses as urine; wants a home yoga routine. Red flag: "
                    "possible preterm rupture of membranes - contact the maternity unit now and be assessed today; no exercise until seen. "
                    "The card leads with exactly that, explains why the fluid may be amniotic (clear, no urine smell, cannot be held), gives "
                    "120 and decreased-movement advice, and holds the plan until a doctor agrees. Minor: '今天不要去' for a home yoga request "
                    "and '不做高强度训练' slightly soften the headline, but the message is unmistakable."),
        "zero_reasons": {},
        "suggested_change": ("Optional: after she is checked, offer the prenatal yoga set she asked for; phrase the yoga reply as '先不要做' rather "
                             "than '不要去'."),
    },
    {
        "id": "h16", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 1, "language": 0},
        "quotes": [
            "回答： 你问练多少：今天中等强度快走20分钟（RPE 12-13）；这周一共约90分钟，分在一周计划里的那几天",
            "本周：有氧约64分钟（中等强度当量，WHO建议至少150），逐步增加中；力量2天 ✓",
            "依据： 刚吃完饭：现在走一走最能压住餐后血糖；以后每餐饭后走10-15分钟，比一天走一次更管用（ADA 2016；Reynolds等，2016）",
            "周日 快走，中等强度，22分钟，RPE 12-13  快走：你平时每周2次中的一次",
        ],
        "comment": ("Clinician's answer: 61-year-old with type 2 diabetes on metformin, 11 mmol/l just after dinner; asks how soon after a meal to "
                    "walk and for how long. Right answer: start within 15-30 min of finishing (now is fine), 15-30 min of brisk walking; "
                    "ideally 10-15 min after every meal; build to 150 min/week over 5+ days, strength twice; metformin carries little hypo risk; "
                    "dress for -2 C. The card gives good content (walk now; 10-15 min after each meal; cold-weather layers) but the timing "
                    "answer sits in a 依据 line, and its stated answer ('this week about 90 minutes, on the plan's days') is contradicted by the "
                    "plan, which totals 64 minutes over only three walks - and three walks also contradict its own 'after every meal' advice."),
        "zero_reasons": {
            "language": "Contradiction on the central question (how long to walk): the card's answer promises about 90 minutes this week on the plan's days, the plan shows 64.",
        },
        "suggested_change": ("Make the plan match the answer: a 10-15 min walk after dinner every day (or 20-30 min on 5 days) totalling ~90 min; put "
                             "'start right after the meal, within 30 minutes' in the 回答 line."),
    },
    {
        "id": "h17", "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "依据： 你孙女希望你多歇着：这是关心，但对你来说，动得太少才是风险；今天44分钟的太极、这个强度，正是指南建议的",
            "注意： 下雨、下雪或结冰，地面湿滑：避免户外跑步和骑车，今天在室内更安全。",
            "依据： 今天在室内：外面路面结冰",
            "依据： 你最近7次训练都在RPE 11及以下：今天保持这个强度",
            "今天：中等强度太极，约44分钟，RPE 12-13（能说话不能唱歌）。",
        ],
        "comment": ("Clinician's answer: 83-year-old, daily outdoor tai chi for 10+ years, ground iced over, granddaughter says don't go, she "
                    "feels restless if she skips. Right answer: the granddaughter is right about the ice - at 83 a fall on ice can mean a hip "
                    "fracture; do the usual tai chi at home today (same length, easy effort), rejoin the group when the path is clear; "
                    "non-slip shoes. The output does pick indoor tai chi, but only says so in a buried 依据 line and a stock warning about "
                    "running and cycling; it misreads the granddaughter as wanting her to rest and replies that doing too little is the risk and "
                    "44 minutes is safe - a line that can be read as permission to go out. It also says to keep her RPE 11 and then sets 12-13, "
                    "and adds 10% for no reason."),
        "zero_reasons": {
            "explanation": "Never tells her plainly not to go to the icy park or why (fall/fracture risk at 83); indoors is only a buried reason, the visible warning is about running and cycling, and the reply to her granddaughter argues the wrong point.",
        },
        "suggested_change": ("Lead with: '今天路面结冰，别去公园：83岁在冰上摔一跤可能骨折。在家里照常打40分钟太极，路面化冰后再和老姐妹们一起打。' "
                             "Agree with the granddaughter about the ice; keep RPE 11 and 40 min."),
    },
    {
        "id": "h18", "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 1},
        "quotes": [
            "注意： 用力时胸闷（哪怕放射到胳膊或下巴）、歇一歇就好：这是心绞痛的典型表现",
            "天冷会诱发心绞痛，但不能当作原因放过",
            "注意： 静息或轻微活动就气短：今天不要运动；请就医，加重时尽快就诊（ACSM）。",
            "依据： 备注“。就是最近爬楼梯到三楼胸口有点闷,歇一会儿就好…”：按气短处理",
        ],
        "comment": ("Clinician's answer: 70-year-old hypertensive beginner with new exertional chest tightness on stairs, relieved by rest, wants "
                    "to start jogging. Red flag: new-onset angina - no exercise, see a cardiologist promptly (today/this week), 120 for rest "
                    "pain or >5 min; only supervised, cleared exercise afterwards. The output gets this right, rebuts his 'just old age' and "
                    "the cold, and holds the week. Weaknesses: a stock 'breathless at rest or on light activity' warning he did not report "
                    "(read from the chest-tightness sentence), a stock coffee/rushing re-measure line for a treated hypertensive, and a broken "
                    "quoted fragment beginning with '。'."),
        "zero_reasons": {},
        "suggested_change": ("Drop the breathlessness warning and the coffee line; quote his words cleanly; answer '几公里' with 'not until a "
                             "cardiologist has checked your heart; then start with walking'."),
    },
]
