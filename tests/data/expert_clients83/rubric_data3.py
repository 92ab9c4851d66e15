# Rubric data, clients h13-h18 (scored blind; own clinical answer written first, see my_answers.md)

CLIENTS = [
    {
        "id": "h13",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "周六 比赛",
            "周五 跑步，中等强度，20分钟，RPE 12-13，心率103-129  比赛前一天",
            "5公里、10公里比赛恢复一两天就够",
            "现在加练不会再长体能，只会让你比赛时更累（Mujika 2003）",
            "你问的“跑”：今天不做强度课",
        ],
        "comment": (
            "Today is right: an easy 45 minutes with 4-6 race-pace strides, the taper explained (Mujika), heavy "
            "legs acknowledged, and 'adding now won't build fitness'. But the plan puts the race on Saturday when "
            "the notes say Sunday (周日北马), so Friday becomes 'the day before the race'. Recovery is written for a "
            "5/10 km race ('one or two days is enough'), and Mon-Wed, the three days after a full marathon, get "
            "45-minute runs. The answer is a generic 'no hard session today' template: the 20 km today and the "
            "10 km tempo on Saturday are never refused by name, and 'did I train too little?' is answered only "
            "indirectly."
        ),
        "zero_reasons": {
            "activity": (
                "The week is built around a race on the wrong day: Saturday instead of Sunday. The day he planned "
                "his tempo becomes race day, and there is no real post-marathon rest."
            ),
            "personalisation": (
                "Misreads the notes' decisive facts: the race day (周日) and the distance (北马 = full marathon, "
                "treated as a 5/10 km for recovery)."
            ),
        },
        "suggested_change": (
            "Answer first: '腿沉是减量期的正常感觉，不是练少了。今天不要跑20公里，周六也不要节奏跑。' Today easy "
            "40 min + strides; Fri easy 20-30 min or rest; Sat a 15-20 min shakeout with 3-4 strides; Sun "
            "北马 (race: true, pace about 4:15/km); Mon-Tue rest or walk; then runs of 30 min at most in the first "
            "week after."
        ),
    },
    {
        "id": "h14",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "不要运动：现在就拨打急救电话（见下）。",
            "请现在就去就医（拨打120，或请家人送你去急诊，不要自己开车）",
            "如果漏服了降压药，要告诉医生，不要自己加倍补吃",
            "先请医生处理血压；血压降下来、医生同意后再重新制定计划",
        ],
        "comment": (
            "Exactly what I would sign. 186/112 with a headache and dizziness, after two days of missed tablets, "
            "is treated as a possible hypertensive emergency: no exercise, go now (120, or family to A&E, don't "
            "drive), recheck seated, tell the doctor about the missed doses and don't double up. The whole week "
            "is rest until the BP is treated and a doctor agrees. The question '还能去走吗' is answered by the "
            "headline. Small things: the dizziness reason ('备注“晕”：按头晕处理') is robotic, and the Great Wall "
            "walk is not mentioned (she did not ask about it)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Keep it. Optionally add one line: '长城徒步还有一个多月，血压控制好、医生同意后再恢复每天快走，来得及。'"
        ),
    },
    {
        "id": "h15",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "你问是不是休息更好：不是，不用停下来。停了一段时间，体能下降很正常",
            "从今天这样轻松的量开始",
            "今天高强度跑步30分钟（RPE 14-17）",
            "每周2次、隔天练",
            "你固定的球队训练、比赛或舞蹈课的日子",
        ],
        "comment": (
            "The question is answered first and correctly in substance ('不是，不用停下来'), and today's session "
            "(6 x 1 min fast / 2 min walk near test pace) suits a beginner preparing for a 1000 m test. But the "
            "wording is a 'back after a break, start easy' template ('从今天这样轻松的量开始') attached to a "
            "high-intensity session. The card asks for two interval sessions a week and the plan has one. His "
            "half hour of basketball every day after school becomes four 'fixed team training, match or dance "
            "class' days, counted as an hour. Strength falls on two back-to-back days. His worry (4:20 now, 3:40 "
            "needed, six weeks) is not met with an honest expectation or a six-week outline."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "'不要等考前再冲——最后几天猛练只会更累、容易受伤。6周规律练，每周2次间歇跑（如6×200-400米，接近"
            "3分40的配速，每400米约88秒）加1次轻松跑，成绩一般能提高不少；考前一周减量。' Keep the daily "
            "basketball as it is (30 min), strength on non-consecutive days."
        ),
    },
    {
        "id": "h16",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "如果出现阴道出血、流液、规律的宫缩痛、头晕或要晕倒、胸痛、剧烈头痛、小腿疼痛或肿胀、运动前就气短，立即停止并联系医生",
            "你婆婆希望你多歇着：这是关心，但对你来说，动得太少才是风险",
            "孕早期后避免长时间仰卧",
            "热量：约105千卡",
        ],
        "comment": (
            "The pregnancy exercise advice is good: moderate by the talk test, the full ACOG list of stop signs "
            "with 120, no contact or fall-risk sports, no lying on the back after the first trimester, aerobic "
            "work indoors in the heat, and strength, which she likes. The mother-in-law's idea of bed rest is "
            "rejected. But her dieting is never addressed: keto and 'lose 5 kg before the wedding' at 9 weeks "
            "pregnant, and her explicit question 'alter the dress or keep losing?'. Calories are still shown, and "
            "nothing says to stop HIIT to exhaustion or keto and talk to her obstetrician. 'Can I do nothing now?' "
            "is answered only through the mother-in-law template in the second reason (answers[] empty)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer her three questions first: '不是什么都不能做：每周150分钟中等强度运动对你和宝宝都好，不需要静养。"
            "但怀孕期间不要再减重，也先停掉生酮饮食，和产科医生谈谈饮食；婚纱改大一点更安全。HIIT改成能说话的中等强度。' "
            "Drop kcal from a pregnant client's card."
        ),
    },
    {
        "id": "h17",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "你问的“跑”：先不要每天跑，继续快走，再走快一点、走久一点。从走路直接跳到天天跑",
            "先减量约20%、不加量",
            "今天：低强度散步，约15分钟，RPE 9-11（很轻松）。",
            "本周：有氧约0分钟（中等强度当量，WHO建议至少150），逐步增加中",
            "关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。",
        ],
        "comment": (
            "Safe: no running today and a sensible pain rule (mild pain that is gone next morning). But the "
            "answer shown first is a template for a walker who wants to start running ('继续快走 ... 从走路直接"
            "跳到天天跑'). He is already a daily runner (5 km a day for two weeks at RPE 14-16) with anterior "
            "knee pain. His question about taping is not answered, the company 10K on 8 November is never "
            "mentioned, and the bike and elliptical in his compound gym are ignored. The dose collapses from about "
            "340 min to strolls of 15-31 min at RPE 9-11 ('aerobic about 0 min'), although the card's own rule "
            "says to cut about 20%. The joint/back warning is stock."
        ),
        "zero_reasons": {
            "dose": (
                "All moderate aerobic work is removed (light 15-31 min strolls, 'aerobic about 0 min' for the "
                "week) three and a half weeks before his 10K. That contradicts the card's own 'cut about 20%', "
                "when pain-free bike or elliptical work at moderate effort would keep his fitness."
            ),
            "personalisation": (
                "The notes are misread: he is treated as a walker starting to run ('继续快走'). The tape question, "
                "the 10K date and the bike and elliptical he named are not used."
            ),
        },
        "suggested_change": (
            "'肌贴可以减轻一点症状，但解决不了练得太多太急的问题：先停跑几天。今天在小区健身房骑单车或椭圆机30分钟，"
            "中等强度、膝盖不痛为准。' Week: bike or elliptical 3-4 days, quad and hip strength 2-3 days, a short "
            "run-walk test late in the week if stairs are pain-free, then 3 easy runs a week (not daily) toward "
            "11月8日. If swelling, locking or giving way, or no better in 1-2 weeks, see a doctor."
        ),
    },
    {
        "id": "h18",
        "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天建议休息，并请医生看看（见下）。",
            "今天就去看医生；如果伴有胸痛、晕倒、气短，或一直停不下来，请拨打995（ACSM）",
            "备注“心突然跳很快”：按心悸处理",
            "先就医；医生同意后再重新制定计划",
        ],
        "comment": (
            "The red flag is caught and acted on: sudden heart rate 190+ for 20 minutes with lightheadedness "
            "during a swim leads to no exercise, a doctor today, 995 for the serious cases (correct for zh-SG), "
            "and rest until cleared. It is thin, though. The near-fainting is not read, and nothing says why this "
            "is dangerous in water, let alone in open water, or that coffee does not explain 20 minutes at 190. "
            "Her 2 km question and the Lake Toba crossing in two weeks are not answered. There is one robotic "
            "reason."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add: '今天不要去游2公里。心跳190多持续20分钟、还头晕眼花，在水里可能导致溺水，不是咖啡能解释的；请这几天"
            "就看医生做心电图（必要时24小时心电监测）。多巴湖横渡要等医生确认后再决定；在此之前不要一个人下水。'"
        ),
    },
]
