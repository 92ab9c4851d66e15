# Scores for h13-h18 (blind clinical review; 0 = wrong/harmful, 1 = real flaw, 2 = would sign)

CLIENTS = [
    {
        "id": "h13",
        "lang": "en-NZ",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "Rest today, and have it checked (see below).",
            "check ketones and contact your diabetes team today. With no ketone strips at home, buy some today",
            "Sat    rest  see a doctor first; ask for a new plan once you are cleared",
            "outside the 5.0-13.9 mmol/l range advised before exercise (ADA 2016)",
        ],
        "comment": "A false alarm. He is 15.8 mmol/l and flat after a missed lunch bolus, feels well, and has already checked blood ketones: 0.4, which is normal. ADA allows exercise at 250-350 mg/dl when ketones are not moderate or large. The app ignores the ketone result (it is parked as 'blood' under notes_unsure), tells him to buy strips, and stands a 19-year-old rugby player down for a week pending a doctor. The 111 number and mmol/l-first are right. No harm beyond lost training, but a clinician would not sign this.",
        "zero_reasons": {
            "activity": "A week of rest when training is indicated: ketones of 0.4 do not bar exercise.",
            "dose": "No dose at all for a trained athlete cleared by the guideline he followed, and no guidance on correction, hydration or glucose checks for the session.",
            "personalisation": "The deciding fact, blood ketones 0.4 mmol/l, is ignored, as are the missed bolus and the rugby session.",
            "explanation": "'Can I train?' gets no direct answer, and the reason given (glucose outside 5.0-13.9, so rest for a week) is wrong for him.",
        },
        "suggested_change": "Yes, train: ketones of 0.4 are fine. Take a cautious correction as his team advises, drink water, recheck before and at half-time, carry fast carbs, and expect beep tests to push glucose up before a later (overnight) drop. Stop and recheck ketones if he feels sick or glucose keeps rising.",
    },
    {
        "id": "h14",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "你问是不是休息更好：不是，不用停下来。",
            "你写了“可是我一紧张就胀气”：散步能放松身心",
            "周二 力量训练，中等强度，20分钟，RPE 12-13",
            "久坐的日子：除了这次运动，每坐30-60分钟起来走动、伸展两三分钟",
        ],
        "comment": "A safe, sensibly dosed beginner week: a 25-minute walk today, building to 90 minutes, with two strength days and breaks from sitting. But the card never mentions IBS or constipation. It answers a question she did not ask ('is rest better?') instead of hers (which exercise won't upset my stomach). Her preference for yoga, which with belly breathing suits stress-related bloating, is left out. So is her sleep goal and the phone use until 1 am.",
        "zero_reasons": {
            "personalisation": "The deciding fact is ignored: IBS-C with stress bloating appears nowhere. The bloating becomes 'walking relaxes you'.",
            "explanation": "Her actual question (gut-friendly exercise) is unanswered. The card answers an invented 'is rest better?' question instead.",
        },
        "suggested_change": "Answer her directly. Walking (especially 10-20 min after dinner) and gentle yoga with belly breathing help constipation and gas; avoid jarring high-intensity work at first. Add two yoga sessions, and link evening activity and putting the phone away earlier to her sleep goal.",
    },
    {
        "id": "h15",
        "lang": "en-US",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "Dizziness or fainting: no exercise today. Sit or lie down, drink some water, and see a doctor today",
            "A fever, blood in the stools, severe belly pain or six or more stools a day need your doctor or IBD nurse today",
            "see a doctor this week (your GP or pediatrician)",
            "because: your notes (\"lightheaded\"): read as dizziness",
        ],
        "comment": "Rest and 'see a doctor today' is the right outcome, and 911 is given for chest pain or fainting. But the deciding fact is never named: black, sticky, tarry stools for two days, together with orthostatic light-headedness and a resting HR of 96 in a Crohn's flare, may be a GI bleed. The client's 'probably the iron tablets' goes unchallenged. She could read the card as 'eat, drink water, see the GP sometime today'. It also adds an irrelevant RED-S warning aimed at a teenager (pediatrician, coach, periods) and uses UK terms (GP, IBD nurse) on a US card.",
        "zero_reasons": {
            "personalisation": "The deciding fact, tarry black stool, is not recognised as possible bleeding. Rest is triggered only by 'lightheaded', and RED-S is misapplied to a 24-year-old.",
            "explanation": "The reason that matters (possible GI bleed, so same-day ER/GI care) is absent, and the iron explanation is left standing. Stock RED-S text does not apply.",
        },
        "suggested_change": "Say plainly: 'black, tarry, sticky stool with light-headedness can be bleeding even on iron; get seen today (ER or your GI team now); call 911 if you faint or vomit blood.' Remove the RED-S block and use US terms.",
    },
    {
        "id": "h16",
        "lang": "zh-HK",
        "scores": {"safety": 1, "activity": 0, "dose": 0, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "你問的“行山”：今天不要去，查清楚之前也不做高強度訓練",
            "備註“生病”：按頸部以下的急性疾病處理",
            "週日 休息  先就醫；醫生同意後再重新制定計劃",
            "頭暈或暈倒：今天不要運動。",
        ],
        "comment": "A past episode of dizziness after a long walk is treated as active dizziness, and an unspecified 'illness' is inferred, so the client is rested for the whole week. Meanwhile the real issues are missing. Addison's disease on hydrocortisone and fludrocortisone is never mentioned, nor are today's 31 C / 80% heat, the 4-hour Sai Kung hike at 35 C on Sunday, stress dosing, salt and fluids, or adrenal-crisis signs. Her actual question, an hour's brisk walk today, is answered as if it were about the hike.",
        "zero_reasons": {
            "activity": "A whole week of rest for a stable, active woman when a shorter indoor or early-morning walk is indicated.",
            "dose": "No dose. It could have cut today's 60 minutes to 30-40 indoors or early and set a plan for Sunday; instead it gives zero.",
            "personalisation": "The deciding facts are ignored: Addison's with steroid replacement, the heat, and the Sunday hike. An illness she does not report is invented.",
            "explanation": "The question (a 1-hour brisk walk today) is answered as the hike ('行山：今天不要去'), with wrong reasons (acute illness, dizziness now).",
        },
        "suggested_change": "Today: a 30-40 min brisk walk indoors (mall/treadmill) or before 8 am, with fluids and salt; stop if dizzy. For Sunday, ask the endocrinologist about extra hydrocortisone before prolonged exertion, carry the emergency injection and steroid card, consider shortening or skipping it at 35 C, and call 999 for vomiting, confusion or collapse.",
    },
    {
        "id": "h17",
        "lang": "en-GB",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 0, "explanation": 0, "language": 2},
        "quotes": [
            "you asked about \"swimming\": yes, as today's plan has it: moderate swimming for 20 minutes",
            "building muscle takes about 134-224 g of protein a day (1.2-2.0 g per kg)",
            "you asked whether it counts: it does.",
            "BMI 41: start low impact at a low-to-moderate effort, 30 minutes at most, and build up",
        ],
        "comment": "The exercise itself is fine. It gives a clear yes to swimming, and a low-impact week of swim, two walks and two strength days at a dose suited to BMI 41 and a bad back. But the sleeve gastrectomy 10 weeks ago is never mentioned. The protein target (134-224 g/day, from g/kg of actual weight) is unattainable and wrong for a sleeve patient. The sweaty, shaky episode an hour after a biscuit (probable late dumping/reactive hypoglycaemia) and her trouble with fluids are ignored. The card also answers a question she did not ask ('whether it counts').",
        "zero_reasons": {
            "personalisation": "The deciding fact (sleeve gastrectomy 10 weeks ago) is ignored. Protein is computed on actual body weight as if she had no surgery, and the hypo-like episode and fluid struggle are missed.",
            "explanation": "The protein 'answer' is wrong for her. The gym question and her shaky episode get no explanation, and an unasked question is answered instead.",
        },
        "suggested_change": "Acknowledge the sleeve: swimming and gym strength are fine now that she is healed and cleared. Avoid sugary snacks before exercise (late dumping), report the shaky episode to the bariatric team, sip fluids through the day away from meals, and follow the team's protein target (roughly 60-80 g/day from food or tolerated sources).",
    },
    {
        "id": "h18",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "今天：中等强度室内单车，约35分钟，RPE 12-13（能说话不能唱歌）。",
            "脂肪肝：运动和减重本身就是治疗。每周150-200分钟中等强度有氧",
            "备注“腿有点酸”：无法确定是什么情况，今天强度放低",
            "周二 骑自行车，中等强度，30分钟，RPE 12-13",
        ],
        "comment": "A safe card with good fatty-liver guidance: exercise and weight loss are the treatment, 150-200 minutes a week plus strength, drink less. But it is Saturday, his usual ride day, and the weather is fine (15 C, AQI 68), yet it puts him on the indoor bike and moves the outdoor ride to a Tuesday workday. Normal leg soreness after riding is treated as an unclear complaint, with stock stress-fracture and clot warnings. The week plans 90 minutes while the card itself cites 150-200. The weekend beer drinking gets only a passing 'drink less'.",
        "zero_reasons": {},
        "suggested_change": "Keep today's outdoor 40-45 min ride. Use the spin bike 3-4 weekday evenings to reach 150+ minutes within a few weeks, and add two strength days. Explain that any alcohol keeps ALT up, and read 'legs a bit sore' as normal muscle soreness.",
    },
]
