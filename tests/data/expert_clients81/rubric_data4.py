# Clients h19-h24. Scores 0-2 per dimension; quotes are exact substrings of outputs/<id>.txt.
CLIENTS = [
    {
        "id": "h19",
        "lang": "zh-SG",
        "scores": {"safety": 0, "activity": 1, "dose": 0, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "你问的“跑”：今天不建议，天气太热，不宜户外运动；改成快走",
            "赛前减量期：今天轻松、短一点；本周总量减到平时的一半左右",
            "周四 跑步，中等强度，20分钟，RPE 12-13  赛前减量：轻松跑，最后4-6次20秒比赛配速的加速跑",
            "开头比目标配速稍慢，口渴就喝；胸痛、头晕或意识不清就立刻停下求助。祝比赛顺利！",
            "备注“血糖有点高”：按糖尿病处理",
        ],
        "comment": (
            "Today is sensible (a 20-minute brisk walk instead of a 5 km run in 30 C / 80% humidity, heat advice). The week is "
            "not: a man with no exercise for over a year, 12 kg heavier, gets a trained runner's race-week taper - 'cut the week "
            "to half of usual', race-pace strides on Thursday, a shakeout Saturday and Sunday's 10 km as a race ('start slightly "
            "slower than target pace', 'good luck!') - in Singapore heat, with no suggestion to walk or jog-walk it. The real "
            "reason not to run 5 km tonight (deconditioning) is never given, only the heat; impaired fasting glucose is treated "
            "as diabetes; overtime is answered with a stock stress line."
        ),
        "zero_reasons": {
            "safety": "Endorses racing Sunday's 10 km (race-pace strides, target pace, 'good luck') for a man untrained for over a year, 12 kg heavier, in tropical heat, with no walk/jog-walk advice: a real exertional-heat-illness risk he could act on.",
            "dose": "A taper ('half of usual volume', race-pace strides) applied to someone whose usual volume is zero; no walk-run build-up.",
        },
        "suggested_change": (
            "Drop the taper logic for untrained people; week: brisk walks and walk-run intervals (1 min jog / 2 min walk) on 2-3 "
            "days in the cooler hours; Sunday: do the 10 km as a walk or walk-jog with colleagues, start at the back, drink, stop "
            "for dizziness; explain that tonight's 5 km is too much after a year off, not only too hot; call it pre-diabetes."
        ),
    },
    {
        "id": "h20",
        "lang": "zh-SG",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要运动：今天就去看医生（见下）。",
            "可能是血栓；脚踝肿又气短（躺平就喘，或爬楼新出现的喘），可能是心脏或肾脏的问题导致积液",
            "如果突然喘不上气、胸痛或咳血，立即拨打995。",
            "气短、脚踝肿、躺平要垫高枕头才不咳不喘：这几样放在一起，可能是心脏出了问题（心衰导致积液）。",
            "备注“喘”：按气短处理",
        ],
        "comment": (
            "No walking today, a possible clot named, 'do not walk it off, do not massage', 995 and the right Singapore number. "
            "But this is a red, hot, swollen, tender calf two weeks after a knee replacement together with new breathlessness: a "
            "suspected DVT with possible pulmonary embolism, which means the emergency department now, not 'see a doctor today'; "
            "the 995 trigger ('sudden breathlessness') waits for something he already has. The knee replacement is never "
            "connected to the clot, a heart-failure/orthopnoea warning he does not fit is added, and his question (the physio "
            "said walk daily - still walk?) and his belief that he simply overdid rehab are not answered directly."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Headline: 'Do not walk today; go to the emergency department now (call 995 if breathless at rest or chest pain): "
            "a swollen, red, painful calf after knee surgery plus breathlessness can be a clot that has reached the lungs; "
            "this is not from too much rehab.' Drop the heart-failure block."
        ),
    },
    {
        "id": "h21",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 0, "language": 1},
        "quotes": [
            "你問的“騎車”：可以，按今天的安排：中等強度騎腳踏車30分鐘",
            "β受體阻滯劑（如倍他樂克）會讓心率升不上去",
            "心臟病：除非醫生允許，只做中等強度運動",
            "週六 力量訓練，中等強度，30分鐘，RPE 12-13",
            "本週：有氧約153分鐘（中等強度當量，WHO建議至少150） ✓；力量2天 ✓",
        ],
        "comment": (
            "Good base: after cardiac rehab the week keeps the programme's dose (about 150 minutes, strength twice), effort by "
            "RPE/talk test with no HR zone because of the beta-blocker, 119 for chest pain, moderate only unless the doctor "
            "allows more, Taiwanese 腳踏車. But his question - may he climb 風櫃嘴 with the club on Saturday? - is answered "
            "'可以' about riding in general, which he can easily read as yes to the climb, a sustained vigorous effort 4 months "
            "after an MI. Saturday is a strength day and the club's weekend riverside ride is not in the week. The card uses the "
            "mainland term β受體阻滯劑 and brand 倍他樂克 where he wrote 乙型阻斷劑 and 康肯."
        ),
        "zero_reasons": {
            "explanation": "The client's question (the 風櫃嘴 climb on Saturday) is never addressed; the only answer, '可以' to riding, can be misread as permission for a vigorous climb.",
        },
        "suggested_change": (
            "Answer the climb: ask the cardiologist/rehab team about vigorous effort first; if cleared, ride it at your own pace "
            "by RPE 13-14 (not the group's), low gears, stop or turn back for any chest discomfort; otherwise join the flat 河濱 "
            "ride this Saturday. Use 乙型阻斷劑/康肯 in a zh-TW card."
        ),
    },
    {
        "id": "h22",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天休息，等病好了再練（見下）。",
            "超過39.5°C、持續三天以上，或伴有脖子發硬、呼吸困難，請看醫生。",
            "退燒滿一天、不再渾身痠痛才走：輕鬆散步，感覺好再一天天加量",
            "你問的“跑”：今天不要去，查清楚之前也不做高強度訓練，先休息",
        ],
        "comment": (
            "Right call: no 10 km, rest while feverish, neck check, and a sensible conditional return (walks only after a day "
            "without fever and aches, building over a week, stop for fever or palpitations). Missing: she has had fever for ten "
            "days with a productive cough despite Tamiflu, which should be sent to a doctor now (possible secondary pneumonia); "
            "the card leaves her to match the generic 'more than three days' rule herself. 'Sweating it out' is not debunked "
            "directly, and her marathon anxiety (under two months to go) gets no word of reassurance or revised plan."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add: 'fever still on day 10 with a productive cough: see a doctor in the next day or two'; say that sweating does not "
            "shorten flu and running with fever strains the heart; reassure that two weeks lost still leave time for Taipei, "
            "perhaps with a revised target."
        ),
    },
    {
        "id": "h23",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 1},
        "quotes": [
            "今天：中等強度快走，約20分鐘，心率110-132次/分。",
            "腰背痛：動起來比躺著好，選低衝擊的（走路、游泳、騎車），疼痛不加重就行",
            "週日 休息  休息日：恢復同樣是訓練的一部分",
            "壓力大、焦慮時：規律的中等強度運動有助於緩解（WHO 2020）",
            "夜里痛醒",
        ],
        "comment": (
            "A sound lunchtime answer: a 20-minute brisk walk, 'moving beats lying down', break up sitting, and the right back "
            "red flags (saddle numbness, bladder/bowel, leg weakness). But her own routine and goal - hiking the MacLehose Trail "
            "with friends this Sunday - is not addressed and Sunday is a rest day; her fear of re-injury is treated as generic "
            "stress (breathing tip) instead of graded reassurance; no back-specific strength. The card is Traditional but not "
            "Cantonese-flavoured, and it slips a simplified character (夜里 for 夜裡)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Plan Sunday as a shorter, easier section with friends (1.5-2 h, poles, a turn-back point), build walks toward it "
            "this week, add core/hip strength twice; answer the fear (pain 2/10 and no numbness: movement is safe and helps); "
            "fix 夜裡."
        ),
    },
    {
        "id": "h24",
        "lang": "zh-HK",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天不要運動：胸口不適要先看醫生，新出現的今天就去（見下）。",
            "如果疼痛劇烈、持續幾分鐘以上，或伴有氣短、出汗、噁心，請立即撥打999",
            "你問的“太極”：今天不要去，查清楚之前也不做高強度訓練",
            "你的血壓讀數146/84 mmHg：2級高血壓範圍（AHA 2017）；咖啡、趕路、緊張都會讓一次讀數偏高",
        ],
        "comment": (
            "Caught and acted on: no tai chi, chest pressure means see a doctor, new symptoms today, 999 with sensible triggers "
            "(HK number), the whole week paused until a doctor clears him. But the context that makes it urgent is not said: "
            "exertional chest pressure with sweating three weeks after an angioplasty may mean the treated artery is narrowing "
            "again, so he should go to A&E or his cardiology team today rather than wait; his own explanation ('probably the "
            "cold') is not rebutted, and a stock blood-pressure recheck line sits where that message should be."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Say: 'chest pressure with sweat on a slope, 3 weeks after 通波仔, is not the cold: go to A&E or call your cardiac "
            "team today; if it comes back and lasts more than 5 minutes, call 999'; move the BP line below."
        ),
    },
]
