# Clients h13-h18. Scores 0-2 per dimension; quotes are exact substrings of outputs/<id>.txt.
CLIENTS = [
    {
        "id": "h13",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天：中等强度散步，约20分钟，RPE 12-13（能说话不能唱歌）。",
            "换了髋关节的，在医生放开之前：髋部不要弯过直角、不要跷二郎腿或盘腿、不要在这条腿上扭转",
            "为了把舞跳完不喘：最管用的练习是跳舞本身。每周2-3次，把要跳的曲子完整跳一遍",
            "你写了“但是我心里还是怕”：散步能放松身心",
            "压力大、焦虑时：规律的中等强度运动有助于缓解（WHO 2020）",
        ],
        "comment": (
            "Safe and broadly right: a 20-minute walk at RPE 12-13, hip precautions and surgeon warning signs, tai chi and "
            "two strength days with chair-supported balance (3 balance days from 65). But her fear of dislocating the new hip "
            "is read as generic stress (breathing tip, 'walking relaxes you') instead of being answered (3 months out, doctor "
            "says it is healing well, dislocation is rare now); her fear of stairs is not addressed at all. A stock line says "
            "dance 2-3 times a week, yet the week has no square dancing, so reasons and plan disagree; the dance line also ignores "
            "twisting on the new hip."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Reassure directly about dislocation at 3 months with the surgeon's all-clear; teach stairs (up with the good leg, "
            "down with the operated one, hand on the rail); schedule a short, gentle 广场舞 session late in the week (no pivoting "
            "on the right leg) and build from there; drop the stress-breathing line."
        ),
    },
    {
        "id": "h14",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 1, "language": 2},
        "quotes": [
            "你问的HIIT、跳绳这类高强度：今天不做。睡得少、刚开始运动时，高强度更容易受伤",
            "跑步和跳跃至少等到产后12周，并且没有漏尿、下坠感和盆腔疼痛再开始",
            "腹直肌分离：先不做卷腹、平板支撑这类会让肚子中线鼓起来的动作",
            "伤口（剖腹产的刀口）红肿发热或流脓",
            "周二 力量训练，中等强度，20分钟，RPE 12-13  产后力量：盆底肌训练、臀桥、侧躺抬腿",
        ],
        "comment": (
            "A product I would nearly sign: no 1000 skips or HIIT tonight, brisk walking 35 min, pelvic floor training with a "
            "clear recipe, excellent diastasis advice (no crunches/planks, deep core, doming check, postnatal physio), postnatal "
            "strength twice, C-section wound red flags and 120. The flaw is in the answer to her actual question: it leads with "
            "'little sleep, just starting' and 'HIIT burns the same', while the real reasons (she still leaks and has a 2-finger "
            "separation) sit further down in separate warnings. Breastfeeding is not mentioned (gradual loss, fluids)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Make the answer say: not yet, because jumping with leaking and a 2-finger separation strains the pelvic floor and the "
            "midline; first pelvic floor + deep core for some weeks and a postnatal physio check; add that 0.5 kg a week is a "
            "safe pace while breastfeeding."
        ),
    },
    {
        "id": "h15",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要运动：今天就去看医生（见下）。",
            "可能是心脏出了问题（心衰，或病毒引起的心肌炎）。今天就去看医生，做心电图、抽血和心脏超声。",
            "备注“发烧”：按发烧处理",
            "退烧满一天后再运动（颈部检查法则）",
            "如果突然喘不上气、胸痛或咳血，立即拨打120。",
        ],
        "comment": (
            "The decisive pattern (orthopnoea, evening ankle swelling, breathless and racing on three flights after COVID) is "
            "recognised as possible heart failure or myocarditis: no run, see a doctor today for ECG, bloods and echo, 120 for "
            "sudden breathlessness or chest pain, a week of rest until cleared. But the fever three weeks ago is read as a current "
            "fever ('按发烧处理'), and its stock rule 'exercise a day after the fever is gone' invites the very run he wants; "
            "six warnings are stacked and the one that matters most comes last."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Drop the fever and below-the-neck blocks (no fever now, already negative); lead with the heart-failure/myocarditis "
            "warning and tell him plainly that this is not just being out of shape after illness."
        ),
    },
    {
        "id": "h16",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "PICC管（或其他导管、输液港）还在身上：拔管之前不要游泳、泡澡、泡温泉，敷料必须保持干燥（防感染）",
            "你喜欢游泳，但今天PICC管还在，敷料不能泡水",
            "周日 力量训练，中等强度，30分钟，RPE 12-13  力量：2-3组×8-12次",
            "周一 快走，中等强度，25分钟，RPE 12-13，心率118-137",
            "发烧（体温38°C或以上）就立即停止并联系你的肿瘤科",
        ],
        "comment": (
            "The decisive fact is caught and explained well: no pool, bath or hot spring until the PICC is out, keep the dressing "
            "dry, spare that arm, and call the oncology line for redness at the site or 38 C. Today's light 25-minute yoga and the "
            "walks/indoor bike suit her. The dose is a little high for someone who is tired after 20 minutes of walking 6 weeks "
            "after chemo: 25-minute brisk walks at RPE 12-13 and strength at 2-3 sets x 8-12 rather than a gentler start (1-2 x "
            "10-15, walks split if needed). Lymphoedema care after breast surgery and breathlessness/oedema on targeted therapy are not mentioned."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Start walks at 15-20 minutes and build by 5; strength 1-2 sets x 10-15 with the PICC arm spared; add a line on the "
            "operated side (arm swelling: tell the team) and on new breathlessness or ankle swelling during targeted therapy."
        ),
    },
    {
        "id": "h17",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "你问的“跑”：先不要跑。等走路不疼、不跛",
            "一级扭伤一般要1-2周",
            "新伤（刚扭伤、肿着）：头几天只做不负重的运动",
            "备注“脚跳右边还是比左边差一截,跳十几下就酸”：无法确定是什么情况",
            "受伤的腿不负重、不跳",
        ],
        "comment": (
            "Misreads the case: a plated lateral-malleolus fracture 5 months ago, cleared by rehab to jog on the flat (15 minutes "
            "done without trouble), is treated as a fresh grade-1 sprain: 'do not run', 'non-weight-bearing for the first days', "
            "'the injured leg bears no load'. The hop deficit, the most useful fact (not ready for cutting and jumping), is "
            "'cannot be placed'. His question - a full-court game on Saturday - is never answered; Saturday is simply a rest day. "
            "Upper-body strength, bike and swim are safe, but the leg strength, hop progression and jogging he needs are withheld."
        ),
        "zero_reasons": {
            "personalisation": "A 5-month-old plated fracture cleared for jogging is read as a new grade-1 sprain; the hop asymmetry is listed as unplaceable.",
            "explanation": "The question (full game of basketball on Saturday?) is not answered; the answer given ('do not run') contradicts his rehab team's clearance and rests on sprain timelines that do not apply.",
        },
        "suggested_change": (
            "Answer: not the full game Saturday - a hop that tires after 10-odd reps means the ankle is not ready for cutting and "
            "landing; ask the rehab team for a return-to-sport test. Keep the cleared jogging (20 min flat), add single-leg calf "
            "raises, balance and a graded hop/agility progression; maybe shoot-around only on Saturday."
        ),
    },
    {
        "id": "h18",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 1, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "空气质量不健康（AQI 151-200），你属于敏感人群：今天不要在户外运动，改在室内、关好窗",
            "这条是替妈妈写的：卡片上的“你”指的是她，请和她一起看",
            "84岁、刚开始运动：先以中等强度为上限",
            "周五 瑜伽，中等强度，30分钟，RPE 12-13",
        ],
        "comment": (
            "The key call is right and clearly explained to the daughter: AQI 185, she is a sensitive group, so tai chi indoors "
            "today with windows shut, chair-supported balance, 120 for chest pain or breathlessness, walks only once the air and "
            "ice allow. But the pneumonia admission 3 weeks ago and legs that give way after a short walk are not used: she is "
            "treated as an 84-year-old 'beginner' at moderate effort (RPE 12-13) for 20 minutes today and 30 minutes of yoga on "
            "Friday, where light, short, chair-near sessions are what I would prescribe; the cold (-3 C) is not mentioned."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Make today 10-15 minutes of light tai chi (RPE 9-11) near a chair, add sit-to-stands, build by a few minutes a day; "
            "replace yoga with a second tai chi day; mention the recent pneumonia (new fever, cough or breathlessness: see the doctor)."
        ),
    },
]
