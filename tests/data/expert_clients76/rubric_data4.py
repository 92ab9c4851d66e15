# Scores for h19-h24 (literal data).
CLIENTS = [
    {
        "id": "h19", "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "回答： 你问的“跑”：今天不建议，天气太热，不宜户外运动；改成散步",
            "今天：低强度散步，约30分钟，RPE 9-11（很轻松）。",
            "依据： 你喜欢游泳，但今天它超出了今天的强度上限，所以换成最接近的散步",
            "周四 跑步，中等强度，45分钟，RPE 12-13，心率107-130  跑步：天热，身体适应要10-14天",
        ],
        "comment": ("Clinician's answer: 40-year-old Singapore runner, 2-day head cold (above the neck), afebrile 36.8; asks if she can do her usual "
                    "Sunday-evening 40-min run at 28 C. Right answer: yes, the neck check allows an easy, shorter run (20-30 min, conversational), "
                    "stop if she feels worse; rest if it spreads to the chest or fever appears; she is acclimatised to the evening heat. The "
                    "output gives the correct neck-check warning but answers 'no' because it is 'too hot for outdoor exercise' - wrong for an "
                    "acclimatised resident at 7 pm - then sends her on an outdoor walk, says swimming exceeds a light limit, and the plan "
                    "lectures about 10-14 days of heat acclimatisation."),
        "zero_reasons": {},
        "suggested_change": ("Answer from the cold, not the weather: 'Yes, an easy 20-30 min run is fine with head-only symptoms; keep it "
                             "conversational, drink, stop if worse'; drop the acclimatisation line for a local runner."),
    },
    {
        "id": "h20", "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 1, "dose": 0, "personalisation": 0, "explanation": 1, "language": 2},
        "quotes": [
            "依据： 最近没有训练记录：从45分钟开始，循序渐进",
            "正确指导下的力量训练不会让人长不高，这是误传（NSCA 2009）",
            "周日 游泳，高强度，60分钟，RPE 14-17",
            "周四 室内单车，中等强度，75分钟，RPE 12-13",
            "依据： 你喜欢跑步，但今天天气太热，不宜户外运动",
        ],
        "comment": ("Clinician's answer: 14-year-old school basketball player training 1+ h almost every day; wants to use the HDB fitness "
                    "corner at weekends; asks whether lifting stunts growth; no training today. Right answer: it is a myth - supervised strength "
                    "training is safe for youth; start with bodyweight/light loads, technique first, 2 non-consecutive days (weekends suit him), "
                    "8-15 reps; count basketball as his daily activity and keep at least one full rest day; drink and avoid midday heat. "
                    "The myth answer and today's light strength session are good. The week, however, ignores his daily basketball entirely "
                    "('no recent training'), and stacks seven consecutive days of 45-75 min sessions, including three vigorous 60-min swims he "
                    "never asked for, on top of team practice, with no rest day. The card also calls a 9 am 29 C day too hot for outdoor "
                    "exercise although the fitness corner is outdoors."),
        "zero_reasons": {
            "dose": "Seven straight days of 45-75 min sessions (three vigorous) added on top of daily basketball practice, with no rest day: an overload for a 14-year-old.",
            "personalisation": "Ignores the central fact that he plays basketball over an hour almost daily ('最近没有训练记录'), so the week is built as if he were inactive.",
        },
        "suggested_change": ("Count basketball as the week's MVPA; add two weekend fitness-corner sessions (push-ups, pull-ups/rows, squats, lunges, "
                             "planks, 2 x 10-15) and one full rest day; put the growth-myth answer first as 回答."),
    },
    {
        "id": "h21", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "回答： 你問的“練球”：先不要打，也先不跑。等走路不疼、不跛，能單腳站穩30秒、單腳輕跳不疼，再從慢跑和走跑交替開始",
            "注意： 新傷（剛扭傷、腫著）：頭幾天只做不負重的運動（游泳、不疼的話騎室內單車、坐著練力量）",
            "週三 休息  休息日：恢復同樣是訓練的一部分",
            "依據： 最近沒有訓練記錄：從40分鐘開始，循序漸進",
        ],
        "comment": ("Clinician's answer: 21-year-old with a lateral inversion sprain yesterday, swollen, limping but weight-bearing; inter-department "
                    "cup next Wednesday; wants to test it with a run today. Right answer: no run today; relative rest, compression/elevation, "
                    "weight-bearing as tolerated, early ROM and balance work; Ottawa rules (bony tenderness or unable to walk 4 steps: X-ray); "
                    "Wednesday's cup only if hop and cutting are pain-free, with tape/brace - likely too soon. The card's answer is excellent: "
                    "no run, concrete return criteria, 1-2 weeks for a grade I sprain, non-weight-bearing options, the 4-step rule. It does not "
                    "say plainly what this means for Wednesday's cup (the plan shows an unexplained rest day that Wednesday), omits bony-"
                    "tenderness/X-ray and compression/elevation, and treats an advanced athlete as having 'no recent training'."),
        "zero_reasons": {},
        "suggested_change": ("Add: '下週三的系際盃：如果到時單腳跳和變向都不痛，才考慮上場並貼紮；否則這次先休息'; mention pressing the ankle bones "
                             "(if tender, get an X-ray) and compression/elevation."),
    },
    {
        "id": "h22", "lang": "zh-TW",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "回答： 你問的“跑”：今天換成低強度瑜伽更合適（理由見下）",
            "依據： 你寫了“會不會更睡不著”：瑜伽輕鬆不累，動一動反而更有精神",
            "依據： 現在是22點：臨睡前不做高強度，睡前1小時結束，先保證睡眠",
            "週五 跑步，中等強度，33分鐘，RPE 12-13，心率113-135",
        ],
        "comment": ("Clinician's answer: 44-year-old, a month of overtime to 9 pm, rumination, ~5 h sleep; at 22:30 wants to run 10 km to blow off "
                    "steam; will it worsen sleep? Right answer: a hard 10 km ending near midnight may delay sleep for her; tonight a 15-20 min "
                    "easy walk/jog or gentle yoga plus slow breathing, then wind down; do the 10 km on a morning or weekend; a month of 5 h sleep "
                    "is worth discussing with a doctor. The card sensibly chooses 15 min of light yoga, but the 'answer' does not answer the "
                    "sleep question, and its reason for yoga - that it leaves you 'more energetic' - argues against sleep at 22:30. Work stress "
                    "and rumination are not addressed, and the week never says when the 10 km could happen."),
        "zero_reasons": {},
        "suggested_change": ("Answer directly: '現在跑10公里，很多人會更難入睡；今晚做15分鐘伸展和慢呼吸，10公里放到週末早上'; replace the "
                             "'更有精神' line with a calming one; add one line on stress and on seeing a doctor if sleep stays at 5 h."),
    },
    {
        "id": "h23", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2, "explanation": 2, "language": 2},
        "quotes": [
            "回答： 你問的“跑步機”：可以，按今天的安排：中等強度跑步49分鐘",
            "今天：中等強度跑步（跑步機上），約49分鐘，心率109-132次/分。",
            "注意： 有雷聲：請到室內，離開水裡（包括泳池）；最後一聲雷響30分鐘後再恢復",
            "依據： 心率109-132次/分：用你的靜息心率60算（Karvonen法，最大心率約183）",
        ],
        "comment": ("Clinician's answer: Hong Kong runner, amber rainstorm and thunder, planned waterfront run with a friend; asks if the office-gym "
                    "treadmill is better. Right answer: yes - treadmill today at her usual easy 45 min; no waterfront run in lightning; take "
                    "care commuting. The card says yes immediately, keeps her usual effort with a correct Karvonen zone and the 30-30 rule. "
                    "Minor: cites the US weather service rather than the Observatory, uses the variant 溼 where Hong Kong writes 濕, and "
                    "'室內也關好窗' is an odd aside; none affects the advice."),
        "zero_reasons": {},
        "suggested_change": ("Optional: cite the Hong Kong Observatory's amber signal, use 濕, and keep today at her usual 45 min."),
    },
    {
        "id": "h24", "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 2, "language": 2},
        "quotes": [
            "今天建議休息，並請醫生看看（見下）。",
            "暈倒、差點暈倒或頭暈時心跳很快，可能是心臟的問題：如果伴有胸痛、氣短或心跳一直停不下來，請撥打999",
            "依據： 你問的“gym”：今天不要去，查清楚之前也不做高強度訓練，先休息（原因見上面的提醒）",
            "週六 休息  先就醫；醫生同意後再重新制定計劃",
        ],
        "comment": ("Clinician's answer: 48-year-old under layoff stress, this morning fast irregular palpitations with near-fainting on the MTR, "
                    "blames skipped breakfast, wants HIIT tonight. Red flag: palpitations with presyncope - no exercise, see a doctor today "
                    "(ECG), 999 if it recurs with chest pain, fainting or breathlessness. The card gets all of this right with Hong Kong's 999 "
                    "and sensible no-driving/no-swimming advice. It does not engage with his breakfast explanation (an irregular racing heart "
                    "is not explained by a missed meal) or offer anything for the stress that made him want HIIT."),
        "zero_reasons": {},
        "suggested_change": ("Add: '唔食早餐解釋唔到心跳又快又亂，一定要今日睇醫生做心電圖'; suggest slow breathing or a gentle walk for the "
                             "stress once a doctor has cleared him."),
    },
]
