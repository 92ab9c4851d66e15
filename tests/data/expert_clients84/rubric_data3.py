# Scores for h13-h18.
CLIENTS = [
    dict(
        id="h13", lang="en-IN",
        scores=dict(safety=1, activity=2, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "answer: you asked about \"5k\": not today, the air quality rules out hard work outdoors; strength training instead",
            "see your doctor or asthma nurse this week about your preventer",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "Thu    running, moderate, 35 min, RPE 12-13  running: one of your usual 2 a week",
        ],
        comment=("Asthma newly worse (reliever 3 times this week, wheeze on stairs) ten days after starting propranolol, a "
                 "non-selective beta-blocker that can trigger bronchospasm and blunt the reliever, with AQI 182. The app does "
                 "well on the air (no outdoor 5k, indoor strength, moderate at most), flags uncontrolled asthma and uses RPE "
                 "because of the beta-blocker. It misses the decisive link: it sends him to review his preventer instead of "
                 "telling him to contact the prescriber about propranolol; it gives no asthma-attack action plan or emergency "
                 "number; symptoms are misquoted (night cough); outdoor runs stay in the week with only 'check the air'."),
        zero_reasons={},
        suggested_change=("Say that propranolol can worsen asthma: contact the psychiatrist/doctor in the next day or two (do "
                          "not stop it abruptly on your own) about an alternative; if the reliever does not help or breathing "
                          "worsens, call 112; keep runs indoors until AQI is under 100 and wheeze has settled."),
    ),
    dict(
        id="h14", lang="zh-CN",
        scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=2),
        quotes=[
            "今天建议休息，并请医生看看（见下）。",
            "备注“心慌”：按心悸处理",
            "你问的“跑步”：今天不要去，查清楚之前也不做高强度训练，先休息",
            "周日 休息  先就医；医生同意后再重新制定计划",
        ],
        comment=("A 17-year-old three weeks before the gaokao, sitting 14 h a day on 5.5 h sleep with a stiff neck, whose "
                 "heart races when nervous, asks whether he can skip moving. The app reads stress-related '心慌' as cardiac "
                 "palpitations and answers 'rest all week and see a doctor first' - effectively 'yes, don't move' for the "
                 "wrong reason. No physical danger, but it medicalises normal exam nerves and gives nothing for the neck, "
                 "the sitting or his focus."),
        zero_reasons={
            "activity": "Seven days of rest for a sedentary teenager whose health problems come from sitting 14 hours a day.",
            "dose": "Zero minutes all week; no short daily dose (10-20 minutes) or desk breaks.",
            "personalisation": "Misreads '一紧张就心慌手心出汗' (nerves under stress) as palpitations needing a doctor; ignores 14 h sitting, sleep, neck/shoulder stiffness and the exam.",
            "explanation": "Does not answer '能不能不动' with why a little movement helps study; the only message is a cardiac warning that does not fit.",
        },
        suggested_change=("Answer his question: 10-15 minutes of brisk walking or easy jogging after lunch plus 2-minute "
                          "neck/shoulder breaks every 45-60 minutes of study improves focus and sleep; heart racing when "
                          "nervous is common, but see a doctor if it comes at rest, with chest pain or fainting."),
    ),
    dict(
        id="h15", lang="en-IE",
        scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=2),
        quotes=[
            "Rest today, until this has passed (see below).",
            "your notes (\"sick\"): read as an illness below the neck",
            "and food never has to be earned",
            "Fri    walking, light, 20 min, RPE 9-11",
            "Mon    walking, light, 30 min, RPE 9-11",
        ],
        comment=("Anorexia recovery, team-approved: gentle walks or yoga, 3 times a week, 30 minutes at most, no calories or "
                 "weight, no running. The app reads 'that's what got me sick' as a current illness, rests her for three days "
                 "with fever advice, then schedules four walks on four consecutive days 'building day by day', exceeding the "
                 "team's 3-a-week cap, and drops yoga. Credit: no calories shown and a good eating-disorder paragraph."),
        zero_reasons={
            "activity": "Rest today for an illness she does not have; gentle yoga, her preference and team-approved, never appears.",
            "dose": "Four sessions in four days with day-by-day progression breaks the treatment team's limit of 3 sessions a week.",
            "personalisation": "Misreads 'that's what got me sick' (the eating disorder) as an acute illness below the neck.",
            "explanation": "The headline and warnings are about fever and viral illness; her fear of starting and the team's plan are not addressed.",
        },
        suggested_change=("Do not parse 'sick' inside a past-tense clause as illness; follow the team's prescription exactly: "
                          "3 sessions this week, 15-30 minutes, gentle yoga at home today (rain) or a short walk, no "
                          "progression beyond the cap, no numbers about energy; acknowledge that being scared is normal."),
    ),
    dict(
        id="h16", lang="zh-SG",
        scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=2),
        quotes=[
            "今天建议休息，并请医生看看（见下）。",
            "备注“心跳加快”：按心悸处理",
            "周日 休息  先就医；医生同意后再重新制定计划",
        ],
        comment=("PTSD after a car crash: a racing heart while running triggers flashbacks, crowded gyms are intolerable, his "
                 "therapist recommends exercise. The app reads '一跑起来心跳加快' as palpitations, rests him all week and "
                 "sends him to a doctor. It reinforces the link between a rising heart rate and danger that his treatment is "
                 "trying to break, and offers no quiet, graded option."),
        zero_reasons={
            "activity": "Rest all week for a cleared former runner whose therapist recommends exercise; no quiet walking, swimming or walk-jog option.",
            "dose": "Zero minutes; no gradual heart-rate exposure (brisk walk to walk-jog, moderate swim).",
            "personalisation": "Misreads the trauma trigger ('心跳加快就会想起车祸') as cardiac palpitations; ignores PTSD treatment, lost sleep, past 3 runs a week and the crowd trigger.",
            "explanation": "Nothing on why moving helps sleep and arousal or how to let the heart rate rise safely; the only message is a cardiac warning.",
        },
        suggested_change=("Offer a brisk walk in a quiet place early (cooler, 07:00), or a swim at an off-peak hour, 20-30 "
                          "min at a pace where he can talk; add short jog intervals over the week as tolerated, with "
                          "grounding/breathing if memories come; coordinate with his therapist; avoid crowded gyms."),
    ),
    dict(
        id="h17", lang="en-AU",
        scores=dict(safety=1, activity=1, dose=2, personalisation=1, explanation=1, language=1),
        quotes=[
            "answer: you asked about \"walk\": yes, as today's plan has it: moderate walking for 20 minutes",
            "a beta-blocker keeps it low, so not reaching the numbers you read about does not mean the exercise is too easy",
            "it is 13 o'clock, the hottest part of the day: not now; go before 10 am or after 6 pm",
            "call emergency services (000)",
            "you like cycling, but the heat rules out hard work outdoors today",
        ],
        comment=("74, hypertensive, on metoprolol for 3 weeks, depression, 36 C at 13:45, asks if his HR monitor is broken "
                 "and plans a paddock walk after lunch. The beta-blocker answer and RPE-based effort are exactly right, the "
                 "stop-symptoms warning with 000 is good, balance/strength for 74 is covered. But the first answer says 'yes' "
                 "to the after-lunch walk; 'not now, before 10 am or after 6 pm' is buried 15 lines down, so a 74-year-old on "
                 "a beta-blocker could walk in 36 C heat. The men's shed morning rides - cool, social, ideal for low mood - "
                 "are ignored and cycling vanishes from the week. '13 o'clock' is unnatural."),
        zero_reasons={},
        suggested_change=("Put the heat first: 'Not after lunch today (36 C): walk before 10 am or after 6 pm, with water'; "
                          "answer plainly that the monitor is fine, metoprolol caps the heart rate; schedule the men's shed "
                          "morning rides at an easy-moderate effort; write '1:45 pm'."),
    ),
    dict(
        id="h18", lang="zh-CN",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "今天休息，等病好了再练（见下）。",
            "退烧药压下去的烧还是发烧：药效过了体温还会上来。要等不吃退烧药也24小时以上不发烧，再从轻松的开始恢复运动。",
            "你问的“跑”：今天不要去，查清楚之前也不做高强度训练，先休息",
            "周五 散步，低强度，20分钟，RPE 9-11",
        ],
        comment=("Fever 38.5 with body aches, sore throat and cough, masked by ibuprofen, in a marathoner with anxiety who "
                 "wants 15 km 'slowly'. The app is clinically right: no run, rest, the ibuprofen point made explicitly, "
                 "fever-free 24 h without antipyretics before a gradual return, conditional easy walks later in the week. "
                 "It does not engage with '不跑我真的会崩溃' (no alternative for the anxiety, no prompt to seek help if it "
                 "feels unmanageable), does not answer 'slowly is fine?' directly, and '查清楚之前' is stock wording."),
        zero_reasons={},
        suggested_change=("Answer 'no, not even slowly: fever plus aches below the neck'; offer something for the anxiety "
                          "today (slow breathing, a few minutes of gentle stretching indoors, talking to someone), and say "
                          "to contact his doctor if the anxiety becomes unmanageable; outline the return to running."),
    ),
]
