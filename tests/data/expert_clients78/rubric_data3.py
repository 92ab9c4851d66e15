# Rubric data, clients h13-h18 (scored blind; my own answers are in my_answers.md)
CLIENTS = [
    {
        "id": "h13",
        "lang": "en-NZ",
        "scores": {"safety": 2, "activity": 0, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            'you asked about "netball": not today; it comes in hard bursts and today\'s limit is moderate, so cycling instead',
            'your notes ("leaking"): we could not tell what this is, so today is gentler',
            "Tue    strength training, moderate, 55 min, RPE 12-13",
            "for stress: regular moderate exercise eases it (WHO 2020)",
        ],
        "comment": (
            "Nothing dangerous, and it correctly treats the mum as writing for Mia. But the period is never recognised: 'leaking' is "
            "an unplaceable symptom, cramps are not addressed, and the question 'should she rest on her period?' is not answered. "
            "It answers a question nobody asked (netball today, which is not a training day) and the week silently replaces her "
            "Tuesday and Thursday netball with 55-minute strength sessions - in effect endorsing sitting the week out. 'Stress' "
            "is invented; 50-75 min moderate sessions 'to start' for a 13-year-old who plays netball."
        ),
        "zero_reasons": {
            "activity": "Drops her netball practices (Tue, Thu) - the routine the question is about - and replaces them with 55-min strength sessions.",
            "personalisation": "Menstruation not recognised; 'leaking' (period) treated as an unknown symptom; netball days ignored; stress invented.",
            "explanation": "'Should she rest on her period?' is not answered; instead a non-question about netball today is answered.",
        },
        "suggested_change": (
            "Answer: 'No need to rest - moving often eases cramps. Pain relief before training, period pants or a tampon plus dark "
            "shorts for leaks; see the GP if pain often stops her doing things.' Keep netball Tue and Thu; light ride or walk today."
        ),
    },
    {
        "id": "h14",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天建議休息，並請醫生看看（見下）。",
            "你問的“跑”：今天不要去，查清楚之前也不做高強度訓練，先休息",
            "如果伴有胸痛、氣短或心跳一直停不下來，請撥打999，身邊不要沒人",
            "多半是貧血還沒糾正（比如鐵劑停了）",
            "這週就去看醫生、複查血常規（血紅蛋白、鐵蛋白），不要自己停鐵劑",
        ],
        "comment": (
            "Catches the decisive picture (heavy periods, breathless on stairs, palpitations, near-faint, pallor = likely anaemia): "
            "no run tonight, rest all week, see a doctor, 999 with chest pain/breathlessness, no swimming or driving until checked. "
            "Flaws: it assumes a known anaemia on iron tablets ('鐵劑停了', '複查'), which she never said; urgency wavers between "
            "'今天就去看醫生' and '這週就去看醫生'; the heavy bleeding itself is not named as something to get treated; four "
            "overlapping warnings; written in Mainland register (血常規) rather than Hong Kong Cantonese usage."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "One warning: '今晚唔好跑。你嘅經血多、行樓梯喘、心跳快、差啲暈，好可能係貧血：今日或聽日見家庭醫生驗血（血紅素、鐵質），"
            "同時處理經血過多；暈低、心口痛或者休息都喘，即刻打999。' Drop the iron-tablet assumptions."
        ),
    },
    {
        "id": "h15",
        "lang": "en-IE",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            'you asked about "spin class": yes, as today\'s plan has it: moderate stationary bike for 45 minutes',
            "you like running, but the ground is wet or icy today",
            "heavy bleeding or severe pain means emergency services (112)",
            "about 10% more than usual: at most 10% more each week",
        ],
        "comment": (
            "Right activity and dose on paper (45 min indoor bike at RPE 12-13, talk test, ACOG stop signs, 112), and a sensible "
            "bike/swim/strength week. But it says 'yes' to a class she describes as 'usually pretty intense' without telling her to "
            "ride it at her own moderate effort and skip the sprints; the twin pregnancy and the consultant's 'take it a bit "
            "easier' are never used, and running is excluded 'because the ground is wet' when she stopped it herself at 14 weeks."
        ),
        "zero_reasons": {
            "personalisation": "Twin pregnancy, the consultant's 'take it a bit easier' and her reason for stopping running are not used; running is attributed to rain.",
        },
        "suggested_change": (
            "Answer: 'Yes, go - but ride it your way: seated, talk-test effort (RPE 12-14), skip sprints and standing climbs, drink "
            "and stay cool; with twins your consultant's \"a bit easier\" means that.' Remove the wet-ground reason for no running."
        ),
    },
    {
        "id": "h16",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "你问的“跑步”：今天换成中等强度快走更合适（理由见下）",
            "吃着降压药还多次这么高，药照常吃，告诉医生，可能需要调整用药",
            "睡得少或没睡好：今天不做高强度，早点睡",
            "进行高强度运动前请先获得医生许可",
        ],
        "comment": (
            "Sound: a 25-min brisk walk instead of group running, moderate cap with clearance before vigorous, no breath-holding "
            "in strength work, re-measure BP and tell the doctor if it stays high on amlodipine. Flaws: the poor sleep is his "
            "wife's, not his; it never says when or how he could start jogging (only 'today'); morning walks with his wife are "
            "not built into the week; amlodipine's cool-down point is missing."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer: '先别跟着跑：每天陪老伴快走30分钟，4-6周后血压稳定、医生同意，再试走跑交替.' Drop the sleep line (it is his wife's); "
            "add a 5-min slow cool-down."
        ),
    },
    {
        "id": "h17",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            'you wrote "but I\'m frightened weights will make the arm swell up": tai chi helps you unwind',
            "lymphoedema: slowly progressive strength training is safe and does not make it worse",
            "with a clear bone scan, some impact such as running and hopping",
            "A condition you mention is one this advisor has no specific rule for",
            "walking: one of your usual 3 a week",
        ],
        "comment": (
            "The lymphoedema, letrozole and bone paragraphs are good (PAL trial, start light, sleeve on, step back if the arm "
            "swells), and the week has strength and balance. But the direct reply to her fear is 'tai chi helps you unwind'; the "
            "reassurance is buried among 14 reasons and not shown as an answer. Her 30-min walk 'most days' becomes 2 walks; "
            "osteopenia becomes 'osteoporosis'; running and hopping and deadlifts are floated for a 72-year-old beginner; a stock "
            "'no specific rule' warning contradicts the detailed rules."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Lead with: 'Weights won't make the arm swell if you start light and build slowly - wear your sleeve.' Keep her daily "
            "walks, add 2 light strength days (10-15 reps) and balance/tai chi; drop running/hopping; suggest a physio or AEP."
        ),
    },
    {
        "id": "h18",
        "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "正确指导下的力量训练不会让人长不高，这是误传（NSCA 2009）",
            "你问的“健身房”：可以，按今天的安排：中等强度力量训练45分钟",
            "周日 游泳，高强度，60分钟，RPE 14-17",
            "周二 固定项目",
        ],
        "comment": (
            "Good on the main points: indoor gym today (31 C heat), technique first with a coach, and the growth myth is "
            "debunked. But the protein-powder question is ignored, the myth answer sits in the reasons rather than as the answer, "
            "and the week has no rest day at all (three 2-h practices, three strength days of up to 60 min, and a vigorous 60-min "
            "swim on Sunday he never asked for). Practice days are labelled '固定项目' with generic team/dance wording."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answers first: 不会长不高; 蛋白粉不是必须，先从三餐吃够蛋白质. Strength Mon/Wed (45 min), basketball Tue/Thu/Sat, Sunday "
            "rest or easy play; label the days '篮球队训练'."
        ),
    },
]
