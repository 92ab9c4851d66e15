# Clients h01-h06. Scores 0-2 per dimension; quotes are exact substrings of outputs/<id>.txt.
CLIENTS = [
    {
        "id": "h01",
        "lang": "en-US",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "Today: moderate walking for about 20 minutes, RPE 12-13 (talk test: full sentences).",
            "New pain, swelling, warmth or a fever: see your surgeon.",
            "Fri    yoga, moderate, 25 min, RPE 12-13",
            "you asked about \"walk\": yes, as today's plan has it",
            "for stress: regular moderate exercise eases it (WHO 2020)",
        ],
        "comment": (
            "Safe and sensible: a 20-minute flat walk at RPE 12-13 for a deconditioned 67-year-old 10 weeks after a knee "
            "replacement, no running or jumping, surgeon warning signs and 911. But the stationary bike, which his PT "
            "told him to keep doing, which he prefers and which is the best tool for a stiff knee at 115 degrees, appears "
            "in no day of the week (only inside a warning); yoga (not his preference) is counted as moderate aerobic time. "
            "His real worry (nervous about wrecking the knee) is read as generic 'stress' and answered with a breathing tip "
            "instead of reassurance that the surgeon cleared everything but running/jumping. 'you asked about walk' is invented."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Put the stationary bike on 2-3 days (the PT's instruction) alongside the walks and the PT home exercises; "
            "answer the fear directly (cleared for all but running/jumping; stiffness eases with daily bending); drop the "
            "breathing-for-stress line and the invented 'you asked about walk'."
        ),
    },
    {
        "id": "h02",
        "lang": "en-GB",
        "scores": {"safety": 0, "activity": 1, "dose": 2, "personalisation": 0, "explanation": 1, "language": 1},
        "quotes": [
            "you asked about \"jog\": ask your cardiologist first; there is usually an exercise test before jogging with heart disease.",
            "Sat    running, moderate, 30 min, RPE 12-13  Saturdays are your running days: as usual",
            "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)",
            "Tue    rest  rest day: recovery is part of training",
            "Wed    cycling, moderate, 25 min, RPE 12-13",
        ],
        "comment": (
            "The card is good: brisk walk 30 min at RPE 12-13, HR zone withheld because of bisoprolol, the beta-blocker "
            "question answered well, and the jog question answered 'ask your cardiologist first'. The plan then undoes it: "
            "it schedules a 30-minute run on Saturday (parkrun day) 'as usual', misreading the son's parkrun as the client's "
            "own routine, for a man 6 weeks after an MI who has never been cleared to jog. The cardiac-rehab classes on Tue "
            "and Fri are not in the week (Tue is rest, Fri generic strength), and his logged stationary bike becomes outdoor cycling."
        ),
        "zero_reasons": {
            "safety": "The plan puts a 30-minute run on Saturday, the parkrun day, for a man 6 weeks post-MI, contradicting the card's 'ask your cardiologist first'; he could act on it.",
            "personalisation": "Reads 'my lad does parkrun saturdays' as the client's own running routine ('as usual'), ignores the Tue/Fri cardiac rehab classes and turns the stationary bike into outdoor cycling.",
        },
        "suggested_change": (
            "Saturday: walk the parkrun with his son at RPE 11-13 (jog only once the rehab team clears it; ask at Friday's class); "
            "name the Tue/Fri rehab classes as the week's anchor sessions; keep the stationary bike."
        ),
    },
    {
        "id": "h03",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "you asked about \"run\": not yet; yoga for 30 minutes today, and pelvic floor exercises every day.",
            "you wrote \"and sometimes a heavy dragging feeling down there after the long walks\": yoga is easy on a tired body and can leave you fresher",
            "Thu    brisk walking, moderate, 50 min, RPE 12-13, HR 111-135",
            "feeling useless or tearful after a birth is common, but if it lasts more than two weeks it can be postnatal depression",
            "if leaking goes on, see a pelvic health physiotherapist (ACOG 2020)",
        ],
        "comment": (
            "Right core decision: no running yet because of leaking and heaviness, pelvic floor exercises daily, walk-run "
            "criteria (Goom 2019), 000 for emergencies. But the dragging heaviness (a possible prolapse sign) is misread as "
            "tiredness, and the week then prescribes three 50-minute brisk walks, exactly the long walks that bring it on. "
            "The pelvic physio is offered as optional ('can check', 'if leaking goes on') rather than advised now because of "
            "the heaviness. 'Is leaking normal?' is not answered plainly (common, not something to accept, treatable). Stock "
            "postnatal-depression and caesarean-scar lines do not fit her; breastfeeding and the Thursday club run go unmentioned."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Tell her leaking and heaviness are common but treatable and to book a pelvic health physio before returning to "
            "running; cap walks at the length that causes no heaviness (e.g. 30 min); on Thursday join the club for a walk "
            "or skip; drop the depression and scar stock lines; mention breastfeeding (feed first, supportive bra, fluids)."
        ),
    },
    {
        "id": "h04",
        "lang": "en-CA",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "you asked about \"5k\": moderate brisk walking suits today better (the reasons below)",
            "no recent sessions logged: start with 20 minutes and build up",
            "Thu    brisk walking, moderate, 35 min, RPE 12-13",
            "stage 1 hypertension range (AHA 2017)",
        ],
        "comment": (
            "Safe and appropriately cautious: no 5 km every night for a 104 kg man off the couch for a year; 20-35 minute "
            "brisk walks, two strength days and two rest days, RPE by feel, BP 138/88 correctly called stage 1. But the "
            "answer to his plan is a bare 'suits today better' with no reason (too much too soon, joints at +15 kg, injury "
            "risk of daily runs), and a former 10K runner with a 10K goal gets no walk-run progression at all. The divorce "
            "and the fresh-start motivation are not acknowledged, and the BP reading gets no 'recheck it' advice."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Explain why not 5 km nightly (load jump, extra weight, injury), give a 3-day walk-run start (e.g. 1 min jog / 2 min "
            "walk x 8) on non-consecutive days with brisk walks between, tie it to the 10K goal, and suggest rechecking BP."
        ),
    },
    {
        "id": "h05",
        "lang": "en-IN",
        "scores": {"safety": 2, "activity": 1, "dose": 2, "personalisation": 1, "explanation": 1, "language": 2},
        "quotes": [
            "your family would rather you rested: a caring worry, but for you the risk is in doing too little",
            "after lymph-node surgery, start arm strength light and build slowly, and tell your team about any arm swelling",
            "blood glucose 156 mg/dl (8.7 mmol/l): in the range for exercise (90-250, ADA 2016)",
            "Sat    walking, moderate, 15 min, RPE 12-13",
            "call emergency services (112)",
        ],
        "comment": (
            "Good core: light 20-minute walk at RPE 9-11, the family's 'complete rest' answered kindly and correctly, cancer "
            "fatigue framed with ACSM 2019, lymph-node arm caution, glucose in mg/dl first and 112 for India. But her yoga "
            "class, half of her stated goal, appears nowhere in the week; the morning walk with friends in Cubbon Park is not "
            "named; her fear of 'falling sick' (infection after chemo) is not answered; and the week's walks shrink from 20 to "
            "15 minutes instead of building a little each day."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Schedule her yoga class (gentle, care with the left arm) on 1-2 days, name the Cubbon Park walk with friends, "
            "build walks by about 5 minutes, and answer the infection worry (fever 38 C or more: call the oncology team)."
        ),
    },
    {
        "id": "h06",
        "lang": "en-NZ",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 0, "explanation": 0, "language": 1},
        "quotes": [
            "you asked about \"parkrun\": not today, the stress fracture is still healing; swimming instead",
            "no running, jumping, brisk walking for exercise or the elliptical until your surgeon clears it",
            "your notes (\"fracture\"): we could not tell what this is, so today is gentler",
            "if the calf is swollen, warm or red (a clot: the same day)",
            "Mon    stationary bike, moderate, 90 min, RPE 12-13, HR 104-131",
        ],
        "comment": (
            "Safe but it ignores the decisive fact: his sports doctor cleared him to START a return-to-run programme this "
            "week (hop test passed). The app says the fracture is 'still healing', forbids running and even brisk walking "
            "'until your surgeon clears it', and builds a week of swim/bike with no walk-run at all. His real question "
            "(parkrun at PB pace on Saturday?) is answered as 'not today'. Stock lines ('we could not tell what this is', "
            "a clot warning) do not apply and contradict the stress-fracture warning. HR zones with the pool correction are fine."
        ),
        "zero_reasons": {
            "personalisation": "Misreads the notes: he is already cleared for return-to-run this week, yet the output says the fracture is still healing and running waits for clearance; 'fracture' also listed as unplaceable.",
            "explanation": "Does not answer the PB-pace question (why racing Saturday is a bad idea, what to do instead); answer is 'not today' for a Saturday event, plus inapplicable stock warnings (clot, 'could not place').",
        },
        "suggested_change": (
            "Start the cleared walk-run programme today (e.g. 1 min run / 1 min walk x 10 on flat ground, every other day, pain "
            "rule 0-2/10), keep the bike hard on the days between, and answer Saturday: jog-walk parkrun easy or volunteer, no PB "
            "effort for several weeks."
        ),
    },
]
