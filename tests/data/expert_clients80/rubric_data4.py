# Blind scores, clients h19-h24. Scale 0-2 per dimension.
CLIENTS = [
    {
        "id": "h19",
        "lang": "en-GB",
        "scores": {"safety": 1, "activity": 2, "dose": 2, "personalisation": 1,
                   "explanation": 1, "language": 1},
        "quotes": [
            "you asked about \"run\": not yet. Run again once walking is pain-free without a limp",
            "for a mild sprain that is usually 1-2 weeks",
            "your notes (\"sprain\"): we could not tell what this is, so today is gentler",
            "Swelling, pain that gets worse, or not being able to take four steps: have it checked (Vuurberg et al. 2018).",
            "play taped or in a brace, and have a physio or the team's trainer check it first",
        ],
        "comment": (
            "Good on the run question (not tonight, with clear functional return criteria) and on the week: "
            "non-weight-bearing strength in a seat, pool and bike, daily ankle rehab, Saturday conditional on "
            "the same criteria and a physio check. But a 'pop', marked swelling, purple bruising and a limp two "
            "days on call for an assessment to exclude a fracture or severe ligament injury: the mother is right "
            "about getting it seen. The card calls it probably mild ('1-2 weeks') and leaves 'have it checked' "
            "buried in a conditional that her swelling already meets. It says it 'could not tell' what a sprain "
            "is while another warning handles 'a fresh sprain'. Stock lines (WHO 420, growth myth) add noise."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Answer the A&E question: 'A pop, big swelling and bruising with a limp should be checked today or "
            "tomorrow (A&E / minor injuries unit, or NHS 111) to rule out a fracture; your mum is right.' Drop "
            "'mild sprain, 1-2 weeks' and the 'could not place' warning; keep the return criteria for Saturday."
        ),
    },
    {
        "id": "h20",
        "lang": "zh-SG",
        "scores": {"safety": 2, "activity": 2, "dose": 2, "personalisation": 2,
                   "explanation": 1, "language": 2},
        "quotes": [
            "你问的“羽毛球”：今天不要去",
            "退烧药压下去的烧还是发烧：药效过了体温还会上来。要等不吃退烧药也24小时以上不发烧",
            "这条是替女儿写的：卡片上的“你”指的是她",
            "带病脱水去跑，中暑和晕倒的风险都会大很多",
        ],
        "comment": (
            "The best card in the set. Fever 38.5 °C with whole-body aches: rest, no practice tonight, and "
            "explicitly that Panadol-masked fever still counts, 24 h fever-free without medicine before easing "
            "back, match only under those conditions, fluids, doctor thresholds; written for the mother about her "
            "daughter. Flaws: stock text about vomiting, diarrhoea and running a race dehydrated, and 'a streak "
            "can wait', which do not fit; no word for her fear of being dropped (the coach already said stay "
            "home if unwell); in Singapore, fever with body aches could prompt a GP visit (dengue) sooner."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Trim the vomiting/race/streak text; add 'her coach already said to stay home if unwell; missing one "
            "session won't cost her place, playing sick could'; suggest seeing a GP if the fever persists into "
            "tomorrow, and 995 for breathing difficulty or bleeding."
        ),
    },
    {
        "id": "h21",
        "lang": "en-AU",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "Dangerous heat: no outdoor exercise today.",
            "getting used to heat takes 10-14 days and fitness does not replace it",
            "Sat    swimming, vigorous, 60 min, RPE 14-17",
            "Wed    stationary bike, moderate, 75 min, RPE 12-13",
        ],
        "comment": (
            "The heat call is right (no outdoor exercise at 38 °C, acclimatisation takes 10-14 days) and a swim "
            "is a good alternative. But the real decision, the coach's 3 km time trial at 4:30 today for an "
            "unacclimatised 13-year-old, is never named, so a keen boy and his dad are not told to skip it or "
            "talk to the coach, and there are no heat-illness signs or 000. Today's Thursday training and "
            "Saturday cricket are replaced by swims; the week jumps from 'start with 45 minutes' to 60-75-minute "
            "sessions and 420 minutes with two vigorous days. Fortnite time unused."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Lead with: 'Skip the 3 km time trial today: 38 °C and not acclimatised is a heat-illness risk. Ask "
            "the coach to move it to a cool morning; if he goes, light skills in shade, drink every 15 min; "
            "headache, dizziness, confusion or vomiting: stop, cool him, call 000.' Keep Tue/Thu training and "
            "Saturday cricket, build heat exposure gradually."
        ),
    },
    {
        "id": "h22",
        "lang": "zh-CN",
        "scores": {"safety": 2, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "你室友希望你多歇着：这是关心，但对你来说，动得太少才是风险",
            "你写的平时的训练约60分钟；今天短一些（45分钟，原因见下）",
            "你问的“游泳”：可以，按今天的安排：中等强度游泳45分钟",
            "周一 散步，中等强度，60分钟，RPE 12-13",
        ],
        "comment": (
            "Safe and on the right track for non-specific low back pain: move rather than rest (the roommate's "
            "bed-rest advice is answered kindly), the school pool at lunchtime, break up sitting, correct NICE red "
            "flags, weekend days active. Flaws: the one-hour lunch break is misread as a usual 60-minute workout, "
            "so a 45-minute swim is set that will not fit with changing; an invented question ('你问的游泳'); yoga, "
            "her other preference and useful for the back, is absent; a 60-minute outdoor walk on Monday for "
            "someone who doesn't want to go out in winter. Morning stiffness easing with movement for two months "
            "could merit a 'see a doctor if it persists or wakes you' line (it is partly there)."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Fit the lunch hour: 25-30 min swim; add gentle yoga/core (cat-cow, bird-dog, bridges) on 2 days, "
            "a 2-minute stand-up every 30-45 min at the lab desk; weekend: a swim or walk each day instead of lying "
            "flat; drop the invented question."
        ),
    },
    {
        "id": "h23",
        "lang": "en-CA",
        "scores": {"safety": 1, "activity": 1, "dose": 1, "personalisation": 1,
                   "explanation": 1, "language": 2},
        "quotes": [
            "you asked about lifting weights: yes, at any age.",
            "Learn the lifts with a coach first",
            "Tuesdays are your strength training days: as usual",
            "Mon    own sport  your team's practice, a game or your class that day",
            "for bones it is progressive strength work with some impact and balance that helps most",
        ],
        "comment": (
            "The core answer is right: yes, a 14-year-old can lift safely with coaching, light loads and "
            "technique first (1-2 x 12-15 today, 2-3 x 8-12 later, no growth-stunting myth). But the week has "
            "seven training days (five hockey days plus 40- and 60-minute lifting) and no rest day for a boy in a "
            "growth spurt with aching knees who is 'wiped by Friday'. The YouTube loaded-bar squats are not "
            "addressed directly; the knee ache after games in a growth spurt (possible Osgood-Schlatter or "
            "tendon) gets only 'low impact'. 'Tuesdays ... as usual' invents a habit; osteoporosis and DOMS "
            "lines are stock."
        ),
        "zero_reasons": {},
        "suggested_change": (
            "Keep the 'yes, with coaching' answer, add 'no heavy barbell squats from videos until a coach has "
            "taught the movement', start with one or two 30-40 min sessions, and keep at least one full rest day a "
            "week (AAP); if the knee ache persists or there is a tender bump below the kneecap, see the doctor."
        ),
    },
    {
        "id": "h24",
        "lang": "zh-HK",
        "scores": {"safety": 0, "activity": 0, "dose": 0, "personalisation": 0,
                   "explanation": 0, "language": 1},
        "quotes": [
            "你問的“跑”：可以，按今天的安排：中等強度跑步45分鐘",
            "你寫了“今年高咗7cm 成日好攰”：今天強度低一點",
            "週一 比賽  比賽日：10-15分鐘慢跑熱身",
            "比完馬拉松1-2週內不做高強度跑",
        ],
        "comment": (
            "A 13-year-old swimmer training 6 h a week at 6 am, in a growth spurt, always tired and falling asleep "
            "in class twice asks whether to run 5 km tonight. Persistent unusual fatigue is a warning sign "
            "(under-recovery, low energy availability, possibly iron deficiency or poor sleep) that needs rest, "
            "sleep, food and a doctor's check; the card says yes and sets a 45-minute run tonight before a 6 am "
            "session. It then invents a race on Monday and marathon recovery, ignores the Mon/Tue/Thu/Fri swim "
            "sessions, and treats the coach's extra Wed/Sun runs as unquestioned."
        ),
        "zero_reasons": {
            "safety": "Chronic fatigue with falling asleep in class (an ACSM warning symptom of unusual fatigue) is met with 'yes, run 45 minutes' and no doctor, sleep or nutrition advice.",
            "activity": "A run tonight and extra running days are added to an exhausted swimmer; her four swim sessions are replaced by an invented race and marathon recovery.",
            "dose": "45 min run the night before a 90-min 6 am swim, then a 'race' and marathon-recovery week: no relation to her real load.",
            "personalisation": "Notes misread as a race this week and a marathon; swim schedule and the fatigue signals are not used.",
            "explanation": "The answer 'yes' is wrong for her, and the reasons (taper, race-pace strides, marathon recovery) do not apply.",
        },
        "suggested_change": (
            "Answer 'Not tonight: being this tired and falling asleep in class means your body needs rest, food and "
            "sleep first. Keep Wednesday and Sunday as rest days for now, tell your coach and parents, and see a "
            "doctor (a blood test for iron, among others).' Plan: her four swim mornings, Saturday meets, early "
            "nights; no added runs until the fatigue is explained. Use Hong Kong wording and 999."
        ),
    },
]
