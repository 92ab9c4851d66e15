# Scores for h01-h06. Scale per dimension: 2 = would sign, 1 = acceptable with a real flaw, 0 = wrong or harmful.
CLIENTS = [
    dict(
        id="h01", lang="en-US",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "No exercise: call emergency services now (see below).",
            "you asked about \"jogging\": not today, nor anything hard until this is checked",
            "Even if it passes, see a doctor today (AHA).",
            "your notes (\"chest gets tight\"): read as chest pain",
        ],
        comment=("Exertional chest tightness/heaviness radiating to the jaw, relieved by standing still and becoming more "
                 "frequent (probable crescendo effort angina in a 56-year-old hypertensive ex-smoker) is caught: no jogging, "
                 "rest all week, see a doctor today, 911 wording. 'Call now' is over-urgent for someone symptom-free at 07:15, "
                 "but the fallback 'see a doctor today' is right. The output never says the pattern (on stairs, eases with rest, "
                 "to the jaw) is what makes it cardiac rather than panic, does not address the 2019 'anxiety' label he is relying "
                 "on, and lists sweating/nausea/breathlessness he did not describe."),
        zero_reasons={},
        suggested_change=("Recognise exertional chest/jaw discomfort relieved by rest as angina: 'This pattern is typical of the "
                          "heart not getting enough blood on exertion, not panic; see a doctor today (ER if it is coming more "
                          "often); call 911 if it comes at rest or lasts more than 5 minutes'; explicitly say the 2019 anxiety "
                          "diagnosis does not rule this out."),
    ),
    dict(
        id="h02", lang="zh-CN",
        scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
        quotes=[
            "今天：低强度散步，约20分钟，RPE 9-11（很轻松）。",
            "你问是不是休息更好：不是，不用停下来。",
            "你问的“跑步”：今天换成低强度散步更合适（理由见下）",
            "今天做5-10分钟就算完成，做不到也不是失败，明天再试",
            "周五 散步，中等强度，35分钟，RPE 12-13",
        ],
        comment=("Today's easy walk and the depression paragraph (5-10 minutes counts, not a failure, contact doctor if "
                 "self-harm thoughts) are right for an exhausted client on sertraline. But the app answers questions she did "
                 "not ask ('is rest better?', 'running?') instead of her real one ('is there anything I can do?'), never uses "
                 "her yoga preference (an at-home option for someone who sat at the door for half an hour), and the week jumps "
                 "to moderate strength and 30-35 minute moderate walks, a ramp she is unlikely to manage. Stock 'fever / "
                 "sharp pain' caveat does not apply."),
        zero_reasons={},
        suggested_change=("Answer her question directly ('yes: 5-10 minutes, starting at your door'), offer home yoga as the "
                          "alternative on low days, keep the week at 10-20 minute light walks/yoga most days with a small "
                          "step-up only after she reports doing them, and drop the stock illness caveat."),
    ),
    dict(
        id="h03", lang="en-GB",
        scores=dict(safety=1, activity=0, dose=0, personalisation=0, explanation=0, language=2),
        quotes=[
            "Rest today, and have it checked (see below).",
            "your notes (\"heart races\"): read as palpitations",
            "Tue    rest  see a doctor first; ask for a new plan once you are cleared",
            "call emergency services (999) if it comes with chest pain, fainting or breathlessness",
        ],
        comment=("Panic disorder with a normal ECG, echo and 24 h monitor and explicit cardiologist, GP and CBT clearance; "
                 "'heart races' describes her fear of exertional tachycardia, not a symptom. The app reads it as palpitations "
                 "and prescribes rest all week and 'see a doctor' - the clearance she already has - and tells her to call 999 "
                 "if a racing heart comes with breathlessness, which describes her panic attacks. No physical danger, but it "
                 "reinforces cardiac fear and avoidance, the opposite of her treatment."),
        zero_reasons={
            "activity": "Rest for seven days for a cardiologically cleared client whose GP and therapist want her moving; her chosen gym bike is ignored.",
            "dose": "Zero minutes all week; no graded-exposure dose (e.g. 10-20 min stationary bike, light to moderate, RPE/talk test).",
            "personalisation": "Misreads 'when my heart races it feels like an attack' as palpitations and ignores the normal ECG/echo/24 h monitor and cardiologist clearance stated in the notes.",
            "explanation": "Does not address her goal (exercise without panicking) or explain that a faster heart rate on exercise is normal; tells her to get checked when she already has been.",
        },
        suggested_change=("When notes report a normal cardiac work-up and clearance, treat heart-racing fear as anxiety: "
                          "stationary bike indoors today (rain), 10-15 min easy rising to moderate, RPE/talk test rather than "
                          "HR numbers, explain that a rising heart rate is the expected, safe response and she can stop any "
                          "time; build 3-4 sessions over the week alongside CBT."),
    ),
    dict(
        id="h04", lang="zh-HK",
        scores=dict(safety=1, activity=2, dose=2, personalisation=0, explanation=0, language=2),
        quotes=[
            "今天建議休息，並請醫生看看（見下）。",
            "備註“暈暈”：按頭暈處理",
            "備註“肚屙”：按頸部以下的急性疾病處理",
            "打卡可以暫停：發燒或病毒感染時硬練會傷心臟。",
            "週日 休息  先就醫；醫生同意後再重新制定計劃",
        ],
        comment=("Two years on lithium, two days of diarrhoea with little food or water, a marked tremor, unsteady gait and "
                 "fogginess in 34 C heat: lithium toxicity until proven otherwise. The app stops exercise, says drink water and "
                 "see a doctor today, and gives 999 - the right actions - but for the wrong reason (generic dizziness framed as "
                 "a heart problem plus gut bug). Lithium, the tremor and the gait are never mentioned, so he is not told to say "
                 "he takes lithium or to ask for a level, and tomorrow's MacLehose hike is only implicitly cancelled."),
        zero_reasons={
            "personalisation": "Misses the decisive fact (lithium + dehydration + coarse tremor + ataxia = possible lithium toxicity); reads the picture as cardiac dizziness and a stomach bug.",
            "explanation": "Does not say why today (lithium toxicity risk), does not address his plan to train today or the hike tomorrow, and carries stock lines about streaks and fever that do not apply.",
        },
        suggested_change=("Flag lithium + diarrhoea/poor fluids + tremor/unsteadiness/confusion as possible lithium toxicity: "
                          "go to A&E today and tell them you take lithium (blood level needed), sip fluids, do not hike "
                          "tomorrow; call 999 if confusion, vomiting or fits; name the MacLehose hike as cancelled."),
    ),
    dict(
        id="h05", lang="en-AU",
        scores=dict(safety=2, activity=2, dose=1, personalisation=1, explanation=1, language=2),
        quotes=[
            "Today: moderate cycling for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            "exams ahead: train less, don't stop",
            "with an adult along for a young child",
            "Thu    cycling, moderate, 20 min, RPE 12-13",
        ],
        comment=("A 30-minute moderate ride after school is a sound choice for a 16-year-old who likes cycling, with a helmet "
                 "note and a youth activity frame. But the output ignores what he actually wrote: ADHD on long-acting "
                 "methylphenidate, poor appetite at lunch (eat something before riding), and a goal of focusing for exams "
                 "(movement breaks between 15-25 minute study blocks). 'Train less' misreads an untrained boy as an athlete; "
                 "'adult along for a young child' is stock. The week drops cycling to 20 minutes after 30 today and adds three "
                 "unspecified 25-30 minute strength days; skating ignored."),
        zero_reasons={},
        suggested_change=("Tie the session to the goal: a 20-30 min ride or skate before study, plus 5-minute movement breaks "
                          "between study blocks; a snack beforehand because the medication blunts appetite; name strength "
                          "exercises (bodyweight) and keep cycling minutes rising, not falling."),
    ),
    dict(
        id="h06", lang="zh-SG",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "今天建议休息，并请医生看看（见下）。",
            "你问的“跑步”：今天不要去，查清楚之前也不做高强度训练，先休息",
            "备注“心一直怦怦跳”：按心悸处理",
            "请拨打995（ACSM）",
        ],
        comment=("Resting HR 118 with palpitations, tremor, heat intolerance, sweating, 5 kg unintended weight loss and "
                 "insomnia points to hyperthyroidism, not work stress. The app correctly vetoes tonight's 5 km run, rests the "
                 "week, says see a doctor today and gives 995 for red-flag symptoms. It bases this only on the pounding heart: "
                 "the resting HR field, weight loss, heat intolerance and tremor are not used, so she is not told why this is "
                 "more than stress or what to tell the doctor; the hot humid evening is not mentioned."),
        zero_reasons={},
        suggested_change=("Name the cluster: 'fast resting pulse, shaking, sweating, heat intolerance and weight loss together "
                          "can come from an overactive thyroid: see a doctor this week for a blood test; no running until "
                          "checked'; say it is not just stress."),
    ),
]
