# Scores for h19-h24. Literal data only.
CLIENTS = [
    {
        "id": "h19",
        "lang": "zh-CN",
        "scores": {"safety": 0, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等强度力量训练，约25分钟，1-2组×10-15次。",
            "肩膀有问题：今天不做举过头顶的动作，也不用手臂撑体重",
            "你打算练1小时：今天先不要，最近没有训练记录，要用几周慢慢加到这么长。",
            "长时间训练后检查皮肤（ACSM）",
            "周二 游泳，中等强度，30分钟，RPE 12-13",
        ],
        "comment": ("The shoulder is handled reasonably (no overhead or weight-bearing-on-arms work, save the shoulder on "
                    "pushes and transfers) and the 1-hour handcycle plan is cut back. But the non-blanching red patch over "
                    "the sacrum/coccyx, a stage 1 pressure injury in a man with no sensation, is missed: only a generic "
                    "'check your skin after long sessions'. A 25-minute, 6-exercise session 'for the major muscle groups' "
                    "with a painful rotator cuff, three swims (pool transfers) and the message that he can build up to an "
                    "hour a day of handcycling ignore the shoulder-overuse picture (pain on transfers, uphill pushing and at "
                    "night warrants assessment)."),
        "zero_reasons": {
            "safety": "A non-blanching red area over the coccyx (stage 1 pressure injury) is not flagged: no off-loading, no daily skin check of that spot, no nurse/doctor review; he is given a seated session instead.",
        },
        "suggested_change": ("先说：“尾骨那块按了不变白的红斑是压疮的早期：今天起减少坐着的时间、定时减压、侧卧，"
                             "请社区护士或医生看；压疮好之前不上手摇车。”肩痛影响转移和夜间睡眠，请医生或康复师评估；"
                             "今天只做不痛范围内的肩袖和肩胛稳定练习（弹力带外旋、划船）10-15分钟。减重主要靠饮食。"),
    },
    {
        "id": "h20",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "今天建議休息，並請醫生看看（見下）。",
            "失去了意識（暈倒、醒來發現倒在地上）：今天就要看醫生，不要等之後的預約。",
            "備註“血壓”：按高血壓處理",
            "週五 休息  先就醫；醫生同意後再重新制定計劃",
        ],
        "comment": ("His orthostatic hypotension is known, diagnosed and already managed by his doctor (medication adjusted, "
                    "fluids, stand slowly), and he has never fainted. The app treats it as new acute dizziness: a week of "
                    "rest, see a doctor today, and a loss-of-consciousness warning he never reported; it files the "
                    "seated 120/75 as hypertension. His question (can I go back to morning tai chi in the park?) is not "
                    "answered. The 119 number and Traditional script are right."),
        "zero_reasons": {
            "activity": "A week of rest for a man with Parkinson's whose doctor has managed the dizziness and whose tai chi is the evidence-based choice.",
            "dose": "Zero minutes all week; no starting dose for returning to tai chi.",
            "personalisation": "Misreads known, treated orthostatic hypotension as new dizziness, invents a faint ('沒有昏倒過' says the opposite) and reads hypotension as hypertension.",
            "explanation": "The tai chi question is not answered; the reasons are stock hypertension and dizziness lines that do not apply.",
        },
        "suggested_change": ("“可以回去打太極：起床先坐一兩分鐘再站、出門前喝一大杯水、不要空腹，"
                             "晚一點等身體活動開再去，和拳友一起、旁邊有欄杆或椅子；頭暈就先蹲下或坐下。"
                             "今天 20-30 分鐘。真的暈倒或跌倒再去看醫師。”每週太極 5 天、力量 2 天。"),
    },
    {
        "id": "h21",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "回答： 你问的“快走”：可以，按今天的安排：中等强度快走20分钟",
            "备注“脚底还是麻麻的像隔了层棉花”：无法确定是什么情况，今天强度放低",
            "如果按骨头就疼（可能是应力性骨折的开始），小腿肿胀、发热或发红（可能是血栓，当天就医）",
            "淋巴水肿：循序渐进的力量训练是安全的，不会让水肿加重",
            "目标是每周3次、每次30分钟中等强度，加每周2次力量练习",
        ],
        "comment": ("Cancer-survivor and lymphoedema guidance is good (ACSM 2019, PAL trial, start light, watch the arm) and "
                    "the walk with friends gets a clear yes. But paclitaxel neuropathy ('feet numb like through cotton') "
                    "is read as an unclear condition and answered with a stock stress-fracture/DVT warning; nothing on "
                    "the evening walk's fading light (numb feet rely on vision), shoes and daily foot checks. The square-"
                    "dance question is unanswered, tai chi (her own preference, ideal after a fall) is not scheduled and "
                    "there is no balance day. Two survivorship reasons give different weekly targets (150 min vs 3 x 30)."),
        "zero_reasons": {},
        "suggested_change": ("Name the neuropathy: walk on lit, even paths (dusk is at 18:30), good shoes, check feet daily. "
                             "Answer the dance: yes, start at the back with simple steps, avoid fast turns. Add 2-3 tai chi/"
                             "balance days; one survivorship target (150 min/week + 2 strength days); drop the stress-fracture line."),
    },
    {
        "id": "h22",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "这条是替爸爸写的：卡片上的“你”指的是他，请和他一起看，警示也是给他的",
            "如果出现新的无力、麻木、口角歪斜、说话不清或突然剧烈头痛，立即停下并呼叫急救",
            "在家练：不用器械，一块垫子或一把椅子就够（力量用自重或装满水的瓶子）",
            "周六 瑜伽，中等强度，20分钟，RPE 12-13",
        ],
        "comment": ("Uses the facts well: written by his child, post-stroke with a quad cane, BP 152/88 (moderate only, "
                    "no breath-holding), -8 C and AQI 165 keep him indoors, home exercise with a chair, seated strength, "
                    "stroke warning signs and 120. Flaws: the answer to 'what can he do at home' is scattered over 14 "
                    "reasons rather than a short routine; one-leg stands and mat yoga for a 78-year-old with hemiparesis "
                    "need someone beside him (not said), and getting down to a mat is a fall risk; no short indoor walks "
                    "with the cane, his own preferred activity."),
        "zero_reasons": {},
        "suggested_change": ("Give a concrete 15-20 min home routine first (sit-to-stand from an armchair x10, seated knee "
                             "extensions, heel raises holding the counter, marching in place, 5-10 min hallway walking with "
                             "the cane), in 2-3 bouts a day, with a family member close by for standing balance; replace mat "
                             "yoga with chair-based work."),
    },
    {
        "id": "h23",
        "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "楼下怕吵：在家练就选不跳、落地无声的动作",
            "活动后会“崩”（劳累后症状加重，长新冠和慢性疲劳综合征都常见）：按节奏来",
            "你喜欢跑步，但今天天气太热，不宜户外运动",
            "本周：有氧约0分钟（中等强度当量，WHO建议至少150），逐步增加中；力量0天",
        ],
        "comment": ("Two misreadings drive the output: 'no crash after activity' is read as post-exertional malaise, so she "
                    "gets the ME/CFS pacing week (20 min light yoga on alternate days, no progression), and '组屋楼下健身角"
                    "有单车' is read as noise-sensitive neighbours downstairs. The real issue, a POTS-like rise from 68 to "
                    "112 on standing while awaiting cardiology, is never mentioned: no recumbent/seated start (the "
                    "fitness-corner bike she named, or swimming, her preference), no fluids/salt or heat advice for 28 C "
                    "and 85% humidity, no faint warning. Her question about returning to running is not answered."),
        "zero_reasons": {
            "personalisation": "Inverts 'no crash after exertion' into PEM, invents noise-sensitive neighbours from '楼下', and ignores the POTS-like heart-rate rise, the pending cardiology review, the bike and swimming.",
            "explanation": "Her question (how to get back to running) is unanswered; the two main reasons given (PEM pacing, quiet moves for downstairs neighbours) do not apply to her.",
        },
        "suggested_change": ("“心跳站起来升到112，像POTS：先从坐着或躺着的运动开始，比如楼下健身角的单车或游泳，"
                             "今天清晨或傍晚骑15-20分钟、中等偏轻；运动前多喝水，避开闷热；头晕、快晕倒就停下坐好。"
                             "几周后稳定、心脏科看过，再从走跑交替开始回到跑步。”"),
    },
    {
        "id": "h24",
        "lang": "zh-HK",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天：中等強度太極，約20分鐘，RPE 12-13（能說話不能唱歌）。",
            "站著做的動作，一隻手扶著結實的椅背或灶台；累了就坐下做，摔倒比少練幾分鐘要緊得多",
            "你提到“黃斑病”：這裡沒有針對它的專門建議，所以今天最多中等強度",
            "幾分鐘不緩解就打999",
            "週六 瑜伽，中等強度，30分鐘，RPE 12-13",
        ],
        "comment": ("Right shape (home balance and strength with a hand on a chair or counter, sit down when tired, "
                    "WHO 3 days/week, 999 for Hong Kong). But macular degeneration gets a 'no specific rule, ask your "
                    "doctor' stock line: nothing on lighting, contrast, clearing the floor, or that she cannot follow a "
                    "tai chi video with central vision loss; living alone gets no 'keep your phone/alarm on you and "
                    "exercise near it', the daughter's Sunday visit is not used to set things up, and 30 min of moderate "
                    "yoga at 85 is a poor fit. The Traditional text uses mainland words (灶台, 康復師) rather than Hong "
                    "Kong usage, and the rain warning talks of snow and ice."),
        "zero_reasons": {},
        "suggested_change": ("Give a 15-20 min chair-and-counter routine she can do by touch (sit-to-stand, heel raises, "
                             "marching, side leg lifts), with a clear floor, good light and her phone or alarm within reach; "
                             "ask the daughter on Sunday to check the set-up. Replace yoga with a second strength/balance day; "
                             "use Hong Kong words (廚房枱, 物理治療師)."),
    },
]
