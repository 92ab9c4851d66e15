# Scores for h13-h18. Literal data only.
CLIENTS = [
    {
        "id": "h13",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "今天：中等强度骑自行车，约30分钟，感觉5-6分（满分10）：呼吸加快还能说话。",
            "练肌肉和骨骼的玩法：攀爬架、跳绳、跳房子、单脚跳、自重游戏",
            "压力大、焦虑时：规律的中等强度运动有助于缓解（WHO 2020）",
            "骑车：每次都戴头盔，在远离车流的地方骑，小孩子要有大人陪着",
        ],
        "comment": "Child scale (OMNI) and no calories are right, and cycling/swimming are his own preferences. But spastic diplegia (GMFCS II), botulinum toxin three months ago, weekly physio, tight calves and hamstrings, wanting to play football with classmates, being sidelined in PE and the parent's fear of falls are all unused: the question 'what sport can he do' is not answered, there is no daily stretching, football is not included, hopping and skipping rope are suggested without regard to GMFCS II, and the parent's worry is read as the child's anxiety.",
        "zero_reasons": {
            "personalisation": "Spastic diplegia GMFCS II, botulinum toxin, weekly physio, tight calves/hamstrings and the wish to play football are all ignored; the parent's worry is misread as the child's anxiety.",
            "explanation": "The parent's question (what sports can he do, is falling a reason to hold back) is not answered; the PE-sidelining issue is not addressed.",
        },
        "suggested_change": ("先回答：GMFCS II 的孩子可以、也应该运动，踢球可以参加（可和体育老师、康复师商量规则和护具）；"
                             "今天和同学踢球或骑车30-45分钟（平衡不稳可先用三轮或带辅助轮），每天做小腿和大腿后侧牵伸；"
                             "单脚跳换成扶着做的力量练习。"),
    },
    {
        "id": "h14",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "不要运动：现在就拨打急救电话（见下）。",
            "现在就拨打120，即使已经感觉没事了；记下开始的时间，不要自己开车",
            "你老伴让你接着练、硬撑：今天不行",
            "你的血压读数158/94 mmHg：2级高血压范围（AHA 2017）；咖啡、赶路、紧张都会让一次读数偏高",
        ],
        "comment": "TIA correctly recognised (hand weakness, slurred speech, facial droop, resolved in 20 min): the first line is 'call 120 now', with do not drive and note the time; no walk today and the week waits for the ER work-up; his question ('afternoon brisk walk should be fine, right?') gets a clear 'not today'. Flaws: 'wife says my mouth looks crooked' is misread as 'your wife wants you to push on', and a routine 'sit 5 minutes and remeasure BP' line sits on an emergency card.",
        "zero_reasons": {},
        "suggested_change": ("删去“老伴让你硬撑”那句，改为“你老伴看到你嘴歪，这是中风征兆”；急症时不显示再测血压的常规提示；"
                             "其余保持。"),
    },
    {
        "id": "h15",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 0, "dose": 1, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "今天：低強度瑜伽，約20分鐘，RPE 9-11（很輕鬆）。",
            "你寫了“慢性疲勞症候群兩年”：瑜伽輕鬆不累，動一動反而更有精神",
            "你喜歡跑步，但今天它超出了今天的強度上限",
            "頸部以上的感冒症狀（流鼻涕、打噴嚏、輕微嗓子疼）：只做輕度活動",
        ],
        "comment": "PEM is recognised with NICE NG206, and the week's alternate-day small dose is sound pacing. But she is in a crash after three all-nighters, nearly bedbound for two days: today should be rest. The card prescribes 20 min of yoga and says 'moving a bit gives you more energy', echoing the friend's 'more exercise will cure it'. Sore throat is read as a cold, '痛' as an unclear condition; the jog is refused only as 'above today's intensity cap'. Wording mixes mainland terms (嗓子疼, 康復門診, 綜合徵) into a Taiwan card.",
        "zero_reasons": {
            "activity": "In an ME/CFS crash (nearly bedbound for two days) today should be rest in a quiet, dim room; a yoga session is prescribed instead.",
            "explanation": "Tells her moving will give her more energy, endorsing the friend's myth; never explains why jogging today would deepen the crash; stock cold and unclear-pain warnings.",
        },
        "suggested_change": ("“今天不要去慢跑：你正在崩潰期，活動會讓它更久。今天休息、安靜昏暗的房間、補充水分。"
                             "朋友的說法不適用於 ME/CFS（NICE 2021 不建議分級運動）。回到平常狀態後，再在能量範圍內少量活動。”"
                             "用台灣用語（喉嚨痛、復健科）。"),
    },
    {
        "id": "h16",
        "lang": "zh-HK",
        "scores": {"safety": 0, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "今天：低強度瑜伽，約20分鐘，RPE 9-11（很輕鬆）。",
            "剛發作過、漏服了藥或一夜沒睡的時候不要練",
            "在這樣的高溫里待了幾個小時後頭痛、抽筋或噁心，是熱衰竭的早期信號",
            "週四 游泳，中等強度，55分鐘，RPE 12-13，心率107-127",
        ],
        "comment": "Three seizures overnight after two missed doses (a cluster), bitten tongue, headache and exhaustion this morning: he needs a doctor today, no exercise today and no swimming until cleared. The app does not read the seizures, turns the post-ictal headache into heat exhaustion, prescribes 20 min of yoga (contradicting its own warning 'not after a seizure or a missed dose') and plans 55-minute swims from Thursday. No 999 rule for another seizure, no advice on the missed medication, and the card gives no 999 number at all.",
        "zero_reasons": {
            "safety": "A seizure cluster after missed doses is not flagged: no same-day doctor, no 999 rule for another seizure, and 55-minute swims are planned from Thursday.",
            "activity": "Exercise today and swimming two days after a cluster; today should be rest and the pool should wait for medical advice.",
            "personalisation": "The three seizures, the missed doses and the bitten tongue are not read; the post-ictal headache is misread as heat exhaustion.",
            "explanation": "His question (swim for an hour as usual?) is answered only by an intensity cap; the one reason that matters (a cluster of seizures last night) is never stated.",
        },
        "suggested_change": ("“今日唔好游水、唔好做運動：琴晚漏藥後發作三次，今日要見醫生（或去急症），問清楚點樣食返藥；"
                             "再發作、發作超過5分鐘或者中間醒唔返，即刻打999。之後要醫生話得先再游，而且唔可以一個人游。”"),
    },
    {
        "id": "h17",
        "lang": "zh-CN",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "今天：中等强度瑜伽，约50分钟，RPE 12-13（能说话不能唱歌）。",
            "回答： 你问的“瑜伽”：可以，按今天的安排：中等强度瑜伽50分钟",
            "备注“腰了 右眼看东西发灰 转眼珠会痛”：按腰背痛处理",
            "比平时多约10%：每周增加不超过10%",
        ],
        "comment": "New ascending numbness of the left leg to the waist for two days plus grey vision and pain on eye movement in the right eye (optic neuritis), no fever, not hot: an MS relapse needing the neurologist or hospital today. The app reads the text as low back pain, answers 'yes', and prescribes 50 min of moderate yoga (10% above usual) and a normal progressive week; its own 'new symptoms over 24 hours -> neurologist' rule is buried and not applied.",
        "zero_reasons": {
            "safety": "Optic neuritis and ascending numbness (an MS relapse) are missed; she is told to exercise instead of seeing a neurologist today.",
            "activity": "A 50-minute moderate yoga session and a normal training week during a suspected relapse.",
            "dose": "Adds 10% load and moderate intensity with HR zones when the right dose today is none.",
            "personalisation": "The neurological symptoms are misread as low back pain.",
            "explanation": "Answers her question ('today still go?') with 'yes'; a stock low-back-pain warning replaces the key message.",
        },
        "suggested_change": ("“今天不要去健身房：腿麻两天往上走到腰、右眼发灰和转眼痛，不是热引起的，像是复发（视神经炎），"
                             "今天联系神经科或去医院急诊。查清和治疗后再慢慢恢复。”"),
    },
    {
        "id": "h18",
        "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "今天：中等强度游泳，约45分钟，RPE 12-13（能说话不能唱歌）。",
            "高温危险：今天不要在户外运动。",
            "周五 游泳，中等强度，20分钟，RPE 12-13",
        ],
        "comment": "Swimming is a fine choice and the heat/fluids note is present. But his question is not answered: bilateral hearing loss, the cochlear implant removed in the water so he cannot hear the coach, his mother's worry, and unsteadiness in the dark (possible vestibular loss, which matters underwater and in low light). Nothing on agreed hand/light signals with the coach, telling the lifeguard, swimming with a buddy or a balance check by ENT/audiology; badminton is ignored and a swim-team hopeful gets 20-minute swims.",
        "zero_reasons": {
            "personalisation": "Bilateral hearing loss, the cochlear implant off in the water, the mother's worry, the unsteadiness in the dark and badminton are all ignored.",
            "explanation": "His question (can I join the swim team when I cannot hear the coach in the water?) is not answered.",
        },
        "suggested_change": ("先回答：“可以参加。和教练约好手势和出发灯光信号，让教练和救生员知道你摘了耳蜗，训练时有同伴；"
                             "你在黑暗中会晃，请耳科或听力师查一下平衡，潜水和昏暗水域要小心。”保留羽毛球；游泳课按校队要求逐步加到45-60分钟。"),
    },
]
