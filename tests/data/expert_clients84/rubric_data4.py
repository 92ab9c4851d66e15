# Scores for h19-h24.
CLIENTS = [
    dict(
        id="h19", lang="en-GB",
        scores=dict(safety=0, activity=0, dose=0, personalisation=0, explanation=0, language=1),
        quotes=[
            "Today: light yoga for about 15 minutes, RPE 9-11 (easy).",
            "you wrote \"been depressed for ages\": yoga is a gentle step",
            "Sun    running, moderate, 50 min, RPE 12-13, HR 123-146",
            "it is 23:00: late in the day",
        ],
        comment=("At 23:40 a 22-year-old, long depressed and just expelled, has given away his possessions, written letters "
                 "and says it would be easier for everyone if he wasn't around: imminent suicide risk. The app misses it "
                 "entirely and prescribes yoga tonight and a week of 50-minute runs, with no crisis message, no 999, no "
                 "Samaritans, no prompt to tell someone now."),
        zero_reasons={
            "safety": "Imminent suicide warning signs (giving away possessions, letters, 'easier if I wasnt around') are not detected; no crisis action or number is given.",
            "activity": "An exercise programme is offered where the only appropriate output is a crisis response.",
            "dose": "A week of 50-minute runs with HR zones, from no logged activity, for someone in crisis.",
            "personalisation": "Reads the notes only as 'depressed'; the decisive facts (letters, giving things away, not wanting to be around) are ignored.",
            "explanation": "Nothing addresses what he wrote; the message is about sleep timing and gentle yoga.",
        },
        suggested_change=("Detect suicidal statements and preparatory acts and replace the card with a crisis card: 'Please "
                          "talk to someone now: call 999 or go to A&E if you might act on these thoughts, or Samaritans "
                          "116 123 any time; tell one of your housemates tonight'; no plan until he is safe."),
    ),
    dict(
        id="h20", lang="zh-TW",
        scores=dict(safety=1, activity=1, dose=1, personalisation=0, explanation=0, language=1),
        quotes=[
            "備註“心律不整”：按心臟病處理",
            "心臟病：除非醫生允許，只做中等強度運動",
            "今天：中等強度游泳，約44分鐘，RPE 12-13（能說話不能唱歌）。",
            "今天的安排比較溫和",
            "你在治療抑鬱",
        ],
        comment=("Escitalopram for 3 weeks, nausea now better, doctor says exercise is fine, but he is afraid of "
                 "internet claims that SSRIs plus exercise cause arrhythmia and sudden death; used to swim 3 times a week. "
                 "The app reads the rumour '心律不整' as his own heart disease and puts a heart-disease warning on his card, "
                 "feeding the fear it should settle; his question is never answered and the doctor's approval is not "
                 "mentioned. Swimming is right, but 44 minutes (+10% on 40) after more than 3 weeks off is too much and "
                 "contradicts 'today is gentle'; the week has only 2 swims."),
        zero_reasons={
            "personalisation": "Misreads the internet rumour about SSRIs and arrhythmia as a diagnosis of heart disease; flags resolved nausea as unexplained.",
            "explanation": "Does not answer his question about SSRIs, arrhythmia and sudden death, and adds a heart-disease warning that does not apply and reinforces the fear.",
        },
        suggested_change=("Answer him: at usual doses escitalopram rarely affects heart rhythm, his doctor has cleared him, and "
                          "a 26-year-old returning to swimming is safe; stop and get checked for fainting, chest pain or a "
                          "racing irregular heartbeat. Swim 25-30 minutes today, 3 swims this week building back to 40; "
                          "use Taiwan wording (憂鬱)."),
    ),
    dict(
        id="h21", lang="en-SG",
        scores=dict(safety=2, activity=2, dose=2, personalisation=1, explanation=1, language=2),
        quotes=[
            "Today: light yoga for about 20 minutes, RPE 9-11 (easy).",
            "indoors today: outside, 30°C",
            "no sit-ups or planks yet (stop if the midline of the tummy bulges)",
            "but if it lasts more than two weeks it can be postnatal depression",
            "in the weeks after a birth, see your doctor the same day for bleeding that gets heavier, a scar that turns red",
        ],
        comment=("Four months postpartum, c-section healed and cleared, breastfeeding, on sertraline for postnatal "
                 "depression, sleeping in 2-3 h stretches, used to do yoga, 30 C and humid. Today's 20 minutes of light yoga "
                 "indoors is right, the postnatal strength list and pelvic-floor advice are specific and safe, heat timing is "
                 "handled, and the depression paragraph says contact the doctor if self-harm thoughts come. Much is stock "
                 "for the early weeks (scar, bleeding) or tells her PND 'may' be present when she is diagnosed; yoga appears "
                 "only once in the week; breastfeeding hydration is not mentioned; the key message is buried in 13 reasons."),
        zero_reasons={},
        suggested_change=("Drop the early-postpartum and 'could be PND' stock lines; add yoga on 2-3 days (a postnatal class "
                          "can add company), pram walks before 10 am or in an air-conditioned mall, fluids for "
                          "breastfeeding; give a helpline/995 for thoughts of harming herself or the baby."),
    ),
    dict(
        id="h22", lang="zh-CN",
        scores=dict(safety=0, activity=2, dose=2, personalisation=0, explanation=0, language=2),
        quotes=[
            "今天建议休息，并请医生看看（见下）。",
            "你的血糖读数3.8 mmol/L（68 mg/dl）：不在运动前建议的5.0-13.9 mmol/L（90-250 mg/dl）范围（ADA 2016）",
            "备注“心慌”：按心悸处理",
            "今天就去看医生",
        ],
        comment=("Insulin started a month ago; every afternoon palpitations, tremor and cold sweat; glucose 3.8 mmol/l now. "
                 "This is symptomatic hypoglycaemia, not anxiety. The app correctly stops the brisk walk and notes the "
                 "glucose is below the exercise range, but treats the symptoms as cardiac palpitations and never says to "
                 "take fast-acting sugar now and recheck in 15 minutes, nor that the insulin dose needs review; 'go to a "
                 "doctor today' could have him travelling while still hypoglycaemic."),
        zero_reasons={
            "safety": "Active symptomatic hypoglycaemia (3.8 mmol/l) with no instruction to take 15-20 g fast carbohydrate and recheck; the warning is about heart rhythm instead.",
            "personalisation": "Misreads hypoglycaemia symptoms after starting insulin as palpitations, and misses that his 'anxiety attacks' every afternoon are recurrent hypos.",
            "explanation": "Does not tell him the symptoms are low blood sugar rather than anxiety, or what to do about it; the out-of-range glucose line gives no action.",
        },
        suggested_change=("Lead with: 'Your sugar is low (3.8): take 15-20 g fast sugar now (juice, glucose tablets), recheck "
                          "in 15 minutes, repeat until above 5.0, then eat; no walk until it is steady. The afternoon "
                          "shaking and sweating are likely low sugar from the new insulin: call your doctor about the dose "
                          "this week. Call 120 if he becomes confused or cannot swallow.'"),
    ),
    dict(
        id="h23", lang="en-CA",
        scores=dict(safety=2, activity=1, dose=1, personalisation=1, explanation=1, language=2),
        quotes=[
            "Today: moderate yoga for about 30 minutes, RPE 12-13 (talk test: full sentences).",
            "you wrote \"i have social anxiety\": yoga helps you unwind",
            "PE, the walk to school and play make up the rest while training builds up",
            "Thu    stationary bike, moderate, 20 min, RPE 12-13",
        ],
        comment=("A 15-year-old with social anxiety who avoids being watched, likes dance videos at home and walking Milo "
                 "after dark, and whose counsellor wants 'a bit more each week'. Home yoga today fits. But the two things she "
                 "already does - dancing and dog walks - never appear; the week adds stationary-bike sessions (a gym she "
                 "avoids, or equipment she may not have) and three strength days with no exercises; it starts at 30 minutes "
                 "and 150 a week from nothing rather than a little more each week; it assumes PE and play with friends; "
                 "stock screen-time advice."),
        zero_reasons={},
        suggested_change=("Build on what she does: 15-20 minutes of a dance video at home or a dusk walk with Milo (warm, "
                          "visible, parent knows the route) today; a week of 3-4 such sessions, 5 minutes more next week; home "
                          "bodyweight moves named; no assumptions about PE or group play."),
    ),
    dict(
        id="h24", lang="zh-SG",
        scores=dict(safety=0, activity=0, dose=0, personalisation=0, explanation=1, language=1),
        quotes=[
            "今天：中等强度椭圆机，约45分钟，心率104-131次/分。",
            "你问的“跑”：今天不建议，小腿骨按着疼或单脚跳会疼，可能是骨应力损伤",
            "周日 游泳，高强度，66分钟，RPE 14-17，心率123-157",
            "一按就疼的一个点，夜里躺着也疼",
            "热量：约189千卡",
        ],
        comment=("Twice-daily runs, 12 km already this morning, amenorrhoea for 6 months, BMI about 17.6, 'feels fat' and "
                 "anxious without running, plus focal tibial pain worsening with running: probable tibial stress fracture "
                 "within RED-S and a possible eating disorder. The app rightly stops running and sends her to sports medicine "
                 "this week, but then prescribes a second session today (45 min elliptical), a ~300-minute week including a "
                 "66-minute vigorous swim, and shows calories to someone who feels fat. Amenorrhoea, low weight and compulsive "
                 "exercise are never mentioned; night pain is invented."),
        zero_reasons={
            "safety": "Feeds compulsive exercise in a probable RED-S athlete (amenorrhoea, low BMI, body-image distress) with a second session today and ~300 min including vigorous work; the hormonal and eating red flags get no action.",
            "activity": "A 45-minute elliptical session tonight after a 12 km run this morning, when rest is indicated; the elliptical still loads the injured tibia.",
            "dose": "About 298 aerobic minutes, 66-minute sessions and a vigorous swim, with 3-4 x 8-12 strength, for someone who needs a marked reduction.",
            "personalisation": "Ignores the decisive facts: 6 months without periods, 48 kg at 165 cm, 'feel fat', running twice daily to cope; invents night pain.",
        },
        suggested_change=("No second session today. Name the pattern: missed periods + low weight + heavy training + bone pain "
                          "= low energy availability (RED-S), which weakens bone: see a sports doctor this week for the shin "
                          "and the periods (and someone to talk to about eating and body image); until then only pain-free, "
                          "non-impact activity in small amounts; no calorie numbers."),
    ),
]
