# Blind scores, clients h13-h18. Scale 0-2 per dimension.
CLIENTS = [
    {
        "id": "h13",
        "lang": "en-IN",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 1},
        "quotes": [
            "Air quality is very unhealthy (AQI 201-300): exercise indoors, windows closed, at a moderate effort at most",
            "Today: moderate strength training for about 30 minutes, 3-4 sets of 8-12 reps.",
            "Thu    swimming, vigorous, 40 min, RPE 14-17, HR 128-161",
            "building toward 150-300 minutes of moderate activity a week, with strength on 2 days (WHO 2020)",
        ],
        "comment": (
            "Good on the smog (AQI 280: indoors, moderate, no 5 km run outside) and on low-impact choices "
            "(elliptical, bike, pool, strength) with correct Karvonen zones from his resting HR of 56. Generic "
            "back-pain red flags (NICE) are sound. Missed: a young fast bowler with three weeks of one-sided pain "
            "worse on arching is a classic lumbar stress-fracture (pars) picture: he should see a sports doctor "
            "for imaging and avoid extension loading (the unnamed '4 exercises' could be deadlifts or overhead "
            "presses). The plan's two vigorous days sit under a warning that says moderate at most while the "
            "smog lasts. The answer aims at WHO minimums for an athlete with trials in 3 weeks; physio advice, "
            "nets days and trials are not used."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add: 'One-sided low back pain that is worse when you arch or bowl, in a young fast bowler, can be a "
            "stress fracture: ask the physio or a sports doctor about a scan before bowling again.' Name the "
            "strength work (neutral-spine leg work, anti-extension core, upper body; no back-arching lifts), keep "
            "the aerobic days moderate and indoors until AQI < 150, and tie the week to the trials."
        ),
    },
    {
        "id": "h14",
        "lang": "zh-TW",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "你問的測最大重量：教練的要求有道理。",
            "先用輕重量（能做12-15次）學會標準動作，有教練或懂行的人在旁邊指導",
            "全身力量：深蹲、臥推、划船、硬拉或臀橋、推舉，各2-3組×8-12次",
            "壓力大、焦慮時：規律的中等強度運動有助於緩解（WHO 2020）",
        ],
        "comment": (
            "A sound first-session prescription: 30 min, 1-2 x 12-15 at RPE 12-13, learn technique with someone "
            "watching, then full-body 2-3 x 8-12 three days a week with 48 h between, rest days, indoor in the "
            "heat; Taiwan Traditional wording. Flaws: the answer to the max-test question opens with 'the coach's "
            "request makes sense' (it was a friend, and the rest of the answer says not now); 'chest every day' is "
            "answered only implicitly; the creatine and fat-burner purchase is not addressed at all, although a "
            "thin 17-year-old buying a stimulant fat burner is a real risk and he wants to gain weight (eat "
            "enough protein and energy). A stock stress/anxiety line does not apply."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer all three friend's tips: 'No max test on day one; not chest every day: full body 3x/week with "
            "a rest day between; no fat burners (you want to gain, and they are stimulants); creatine isn't "
            "needed to start at 17: food first (enough protein and calories).' Say 'your friend', not 'the coach'; "
            "use a spotter or safety bars on the bench."
        ),
    },
    {
        "id": "h15",
        "lang": "en-IE",
        "scores": {"safety": 2, "activity": 0, "dose": 0, "personalisation": 0,
                   "explanation": 0, "language": 1},
        "quotes": [
            "because: your notes (\"hurling\"): read as an illness below the neck",
            "Rest today, until this has passed (see below).",
            "Tue    walking, light, 20 min, RPE 2-4",
            "A streak can wait: training through a fever or a viral illness can strain the heart.",
        ],
        "comment": (
            "The sport hurling is read as vomiting. A healthy, somewhat inactive 8-year-old with hurling this "
            "morning (still on in the rain) is told to rest today and through Monday as if ill, then do 20-30 "
            "minute light walks. The mother's question (what would a good week look like?) is unanswered; swimming "
            "Wednesday, PE Tuesday, the tablet time and the 60 min/day aim are unused. Nothing here endangers him "
            "(safety scored on risk), but the false illness flag is itself a defect. 'RPE 2-4' is a scale label "
            "that does not exist on the 6-20 Borg scale (the child OMNI scale is meant)."
        ),
        "zero_reasons": {
            "activity": "Today's hurling (his own sport, still on) is cancelled and the week is rest then light walks for a healthy child.",
            "dose": "20-30 min of light walking is far below the 60 min/day of moderate-to-vigorous activity for an 8-year-old, with no vigorous play or bone-strengthening.",
            "personalisation": "'hurling' is misread as vomiting; swimming lessons, PE, screen time and the wish for more activity are not used.",
            "explanation": "The question 'what would a good week look like?' is unanswered; the only text is stock flu and heart-strain warnings that do not apply.",
        },
        "suggested_change": (
            "Recognise hurling as a sport: 'Go to hurling today: rain gear, a warm-up, dry clothes after.' Build a "
            "week around hurling Sat, PE Tue and swimming Wed, adding daily active play, a bike ride or scooting, "
            "a family walk, and trading some tablet time; aim for about 60 min/day in bouts; use the OMNI label."
        ),
    },
    {
        "id": "h16",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 2, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 1},
        "quotes": [
            "备注“膝盖下楼梯有点疼”：按膝盖损伤处理",
            "你问每次60分钟行不行：可以，一步一步来：这周先每次50分钟",
            "今天：低强度散步，约20分钟，RPE 9-11（很轻松）。",
            "每周大多数天快走30-45分钟已经达到WHO的量",
            "这一周练了3次，之前三周一次没有：一下子加得太多、太快。",
        ],
        "comment": (
            "Good direction: knee pain after three nights of hard hour-long runs means stop daily running, go "
            "low impact (walk today, pool, indoor bike, strength), walk-run later, heat and bedtime noted. Missed: "
            "'dinner is only cucumber' in a growing 17-year-old with a 10 kg-in-one-summer target is risky "
            "restriction and an unrealistic rate; neither is addressed. The numbers conflict: today 20 min, the "
            "answer says 50-minute sessions this week then 60, the plan gives 29-30 minutes; '30-45 min of brisk "
            "walking most days meets WHO' is the adult dose, not the 60 min/day for under-18s. 'From walking "
            "straight to daily running' assumes a walking habit he never mentioned."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Add the food and goal message: 'Don't starve at dinner: three proper meals with vegetables and "
            "protein; about 0.5 kg a week is a healthy pace (4-5 kg this summer).' Make one dose (e.g. 40-50 min "
            "low-impact moderate most days, rest day, strength 2x), answer 'is 1 h running daily enough?' as 'too "
            "much running, too hard', and see a doctor if the knee pain persists."
        ),
    },
    {
        "id": "h17",
        "lang": "en-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "No exercise: call emergency services now (see below).",
            "can be a heart attack: call emergency services now (995)",
            "Breathless with asthma: use your reliever (the blue inhaler) now, sit upright and breathe slowly",
            "A reliever needed more than twice a week, or waking at night with it, means the asthma is not controlled",
        ],
        "comment": (
            "She is in an asthma flare (reliever five times today lasting an hour, wheezy on stairs, off her "
            "preventer) on a haze day. The output stops all training including the indoor track, covers the "
            "haze, gives correct reliever steps and 995 criteria, and flags poor control: safe and actionable, "
            "erring on the side of urgency. But the headline 'call emergency services now' comes from reading "
            "'chest a bit tight' as cardiac chest pain, with a heart-attack warning (sweating, arm/jaw) that does "
            "not fit an 18-year-old with asthma; the right message is same-day doctor, 995 if the reliever fails. "
            "'See your doctor this week' understates the urgency. Her question (just run indoors?) is not answered "
            "in words."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Frame it as an asthma flare: 'Don't train today, not even indoors. Needing Ventolin 5 times with "
            "relief for only an hour means see a doctor today (GP/polyclinic) and restart your preventer; if you "
            "can't finish a sentence or the reliever doesn't help, call 995.' Drop the heart-attack text."
        ),
    },
    {
        "id": "h18",
        "lang": "zh-CN",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0,
                   "explanation": 0, "language": 2},
        "quotes": [
            "今天不要运动：现在就联系产科医生或助产士（见下）。",
            "备注“三周”：按怀孕处理",
            "备注“有血”：按孕期危险信号处理",
            "周三 休息  先就医；医生同意后再重新制定计划",
        ],
        "comment": (
            "'三周后补测' (retest in three weeks) is read as being three weeks pregnant and '嗓子有血腥味' (the "
            "taste of blood in the throat after a hard run) as pregnancy bleeding: a 19-year-old student is told "
            "to call an obstetrician and go to hospital now, and rest for a week. Nothing about her 800 m retest "
            "(4:50 -> 4:34 in three weeks), pacing, the all-out RPE-18 run that left her sore for days, her free "
            "evenings or the daily six-floor stair climbs. No physical risk, but a false emergency that sends a "
            "healthy student to hospital and misses the one real training-safety point."
        ),
        "zero_reasons": {
            "activity": "A healthy student preparing for an 800 m retest is given a week of rest and a hospital visit.",
            "dose": "No training dose at all: no intervals, pacing or progression toward 4:34 in three weeks.",
            "personalisation": "'三周' and '血腥味' misread as pregnancy and bleeding; every real fact (retest, times, beginner, free evenings, stairs) ignored.",
            "explanation": "Explains an obstetric emergency she does not have; nothing answers how to pass the retest or why the last run hurt.",
        },
        "suggested_change": (
            "Read the notes as training: 'The blood taste is common after an all-out effort and not dangerous in "
            "itself; the soreness means you started too hard.' Three weeks: 3 runs/week in the evenings (e.g. "
            "6 x 200 m at 68 s with 2 min walks; an easy 20-25 min run; a pacing rehearsal), yoga for recovery, "
            "an easy last 2-3 days before the retest."
        ),
    },
]
