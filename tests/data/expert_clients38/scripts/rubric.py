#!/usr/bin/env python3
"""Hand scores (0-2 x 6) for every card, written by the reviewer after reading
card + JSON + plan.  Scores rate the card; a plan that is unsafe in itself
costs one point on the dimension it breaks (stated in the comment).
Each quote is checked to be an exact substring of the card or the plan."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "outputs")
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

R = [
 ("h01", [2, 2, 2, 1, 2, 2],
  [("card", "今天建议休息。"),
   ("card", "现在就拨打急救电话（120），不要自己开车去医院"),
   ("card", "即使缓解了，今天也要去看医生（AHA）"),
   ("card", "加上你写的其他症状（出汗、气短、恶心或手臂/下巴痛之一）"),
   ("plan", "先就医；医生同意后再重新制定计划")],
  "Correct call: exertional chest pressure + arm numbness read as possible ACS; rest, 120, see a doctor today. Personalisation -1: the arm symptom is only echoed as a generic list ('之一') and the walk he asked about is not named. Calling 120 'now' while symptom-free since yesterday is more than needed (same-day urgent assessment would do) but errs safe. Plan: all-rest week until cleared is right; an expert would add 'ask about cardiac rehab once cleared'."),
 ("h02", [2, 2, 2, 2, 1, 2],
  [("card", "你问的“仰卧起坐”：先不做。孕期不做仰卧卷腹"),
   ("card", "核心练习改成侧卧、坐姿或站姿"),
   ("card", "如果出现阴道出血、流液、规律的宫缩痛"),
   ("card", "你问平躺的动作：孕中期以后避免长时间仰卧"),
   ("plan", "游泳，中等强度，55分钟"),
   ("plan", "本周：有氧约200分钟")],
  "Good pregnancy card: moderate swim 40 min, talk test, ACOG stop signs, sit-up question answered. Explanation -1: the supine answer is given twice in near-identical lines, and the plank is not addressed. Plan: jumps from ~70 min last week to 200 min with 55-min swims; an expert would hold ~150 min (30-40 min sessions) and put pelvic-floor work into the strength days."),
 ("h03", [2, 2, 2, 1, 2, 2],
  [("card", "今天：中等強度太極，約20分鐘"),
   ("card", "骨質疏鬆：力量和平衡練習對骨骼最有幫助"),
   ("card", "避免負重彎腰和扭轉"),
   ("card", "你寫了“但我好驚再跌”：太極能放鬆身心"),
   ("plan", "快走，中等強度，20分鐘")],
  "Right activity and a very good osteoporosis paragraph, fully in Traditional script. Personalisation -1: her fear of falling is answered with 'tai chi relaxes you' and there is no 'hold a chair/rail' for a woman who says she needs the handrail. Plan: Friday 'brisk walk' for an unsteady faller should be a supported walk at her own pace; add a chair-supported balance routine; yoga should be chair-based."),
 ("h04", [2, 2, 2, 2, 2, 2],
  [("card", "先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始"),
   ("card", "随身带糖，强度不超过中等（ADA 2016）"),
   ("card", "你的血糖读数76 mg/dl（4.2 mmol/L）"),
   ("plan", "骑自行车，中等强度，60分钟")],
  "Exactly the ADA rule, converted from his mmol/L, in the headline. Could have suggested the stationary bike while hypo risk is high and eating breakfast, but fine. Plan: 35 min today then 60-min rides and 215 min in the week from nothing logged: an expert would build 35-40-45."),
 ("h05", [1, 2, 2, 1, 2, 2],
  [("card", "你写了“最近两个月心情一直很低落”：瑜伽是温和的一步"),
   ("card", "心情低落时，轻松地动一动也有帮助，不用勉强"),
   ("card", "今天：中等强度瑜伽，约20分钟")],
  "Negation trap passed: no chest-pain/dizziness warnings. But two months of low mood, anhedonia and insomnia are the core screening items for depression; an expert card would say kindly to talk to a doctor or counsellor (safety -1). Personalisation -1: she asked about trying running; the card never answers (a run-walk start would suit). Plan: sensible beginner week."),
 ("h06", [2, 2, 2, 2, 2, 2],
  [("card", "今天：高强度跑步，约39分钟"),
   ("card", "中间14分钟是强度部分"),
   ("card", "“舒服地吃力”，RPE 15-16，只能说几个字"),
   ("plan", "跑步，中等强度，39分钟")],
  "Someone-else's-illness trap passed: no cardiac warnings for the son; a well-structured tempo session. Could acknowledge the stress of caring for his father. Plan: every run 39 min and no long run for a half-marathon goal; an expert would add a weekly long run (60-75 min) and vary sessions."),
 ("h07", [2, 1, 2, 1, 1, 2],
  [("card", "今天不要进行任何户外活动"),
   ("card", "做些轻柔的活动（美国EPA AQI）"),
   ("card", "今天：中等强度椭圆机，约30分钟"),
   ("card", "随身带急救吸入剂"),
   ("plan", "快走，中等强度，40分钟")],
  "AQI 235 + asthma handled (indoors, windows shut, inhaler). But she said she owns a stationary bike and a yoga mat, and the card prescribes an elliptical she does not have (activity -1, personalisation -1). Explanation -1: the warning says '轻柔的活动' while the prescription is moderate 30 min with an HR zone. Plan: outdoor brisk walks at 2 °C for an asthmatic should carry a cold-air (scarf/warm-up) note."),
 ("h08", [2, 2, 2, 2, 2, 1],
  [("card", "正确指导下的力量训练不会让人长不高，这是误传（NSCA 2009）"),
   ("card", "5-17岁：每天平均60分钟中高强度活动"),
   ("card", "你问的“力量”：可以，按今天的安排：中等强度力量训练45分钟"),
   ("card", "你问要不要练力量：要，任何年龄都要"),
   ("plan", "跑步，高强度，50分钟")],
  "Myth answered correctly with supervision and technique; 60 min/day stated. (The mechanical must_not_say hit is a false positive of my regex: '不要练力量' inside '你问要不要练力量：要'.) Language -1: two overlapping strength paragraphs, one aimed at adults ('坐站起立'). Plan: three vigorous 50-min runs plus three strength days (515 min) from nothing logged, and no basketball; an expert would count his basketball and build up."),
 ("h09", [2, 2, 2, 1, 2, 2],
  [("card", "今天：低強度散步，約20分鐘"),
   ("card", "白細胞低時避開游泳池和人多的健身房"),
   ("card", "發燒（體溫38°C或以上）就立即停止並聯繫你的腫瘤科"),
   ("card", "你問的“散步”：可以"),
   ("plan", "散步，中等強度，45分鐘")],
  "Right call for neutropenic, fatigued chemo patient, with the pool/crowd and fever rules; Traditional script (mainland wording '白細胞/聯繫' rather than Taiwan '白血球/聯絡'). (Mechanical must_mention miss is my strict regex: '腫瘤科' is the oncology team.) Personalisation -1: 'you asked about walking' - she did not ask. Plan: Sat/Tue 45 min moderate walks after 20 min light today is too steep for chemo fatigue; an expert keeps 10-30 min light, by feel, around the cycle."),
 ("h10", [2, 2, 2, 1, 2, 2],
  [("card", "今天建议休息。"),
   ("card", "退烧满一天后再运动（颈部检查法则）"),
   ("card", "备注“浑身酸痛”：按颈部以下的急性疾病处理"),
   ("plan", "先就医；医生同意后再重新制定计划")],
  "Correct rest with neck check. Personalisation -1: his question (badminton tonight?) is never answered by name. Plan: six days of 'see a doctor first, new plan once cleared' contradicts the card's own 'one day fever-free then exercise'; an expert gives a return-to-play ladder (easy 20-30 min after 24 h fever-free)."),
 ("h11", [2, 2, 2, 1, 1, 1],
  [("card", "近7天负荷是过去4周平均的2.6倍（超过1.5）：减量约30%"),
   ("card", "关节受伤或腰痛：只做低冲击运动"),
   ("card", "最近7天已完成约1040分钟（中等强度当量），本周目标238分钟"),
   ("card", "耐力课：稳定、能说整句话的强度"),
   ("plan", "骑自行车，中等强度，82分钟"),
   ("plan", "力量：3-4组×8-12次")],
  "Load spike detected and today is light yoga: safe. But the 30 km question is not answered, the tender calf is relabelled 'joint injury or low back pain', '减量约30%' is a weak answer to ACWR 2.6, and the card has an irrelevant '耐力课' line and a confusing 1040-vs-238 minutes line (personalisation, explanation, language -1 each). Plan: drops running entirely a month before her marathon yet keeps 82-min walk/ride sessions and a 3-4-set strength day the day after; an expert would give 2-3 easy days, check the calf, then short easy runs and a proper taper."),
 ("h12", [2, 1, 2, 2, 2, 2],
  [("card", "慢阻肺：最多中等强度，以呼吸为准，能说短句（气喘程度0-10分中的3-4分）"),
   ("card", "呼气时缩唇慢慢吐气"),
   ("card", "快走，约5.6公里/小时：4.3 MET"),
   ("plan", "太极，中等强度，30分钟")],
  "Excellent COPD guidance (dyspnoea 3-4/10, intervals, pursed-lip breathing, stop signs) and dialect read correctly; not rested. Activity -1: 'brisk walk at 5.6 km/h' for a man who says only slow flat walking is manageable; 'walk at your own pace, intervals' is the call. Plan: good mix; an expert would add daily short walks and suggest pulmonary rehabilitation."),
 ("h13", [2, 2, 2, 1, 2, 2],
  [("card", "Blood pressure at or above 180/110 mmHg: do not exercise today."),
   ("card", "Take your medicine as prescribed"),
   ("card", "you asked about \"bike ride\": not today"),
   ("card", "hypertensive crisis range (AHA 2017)")],
  "Correct: no exercise at 188/112, call doctor today, emergency signs listed, bike ride answered. Personalisation -1: he said he ran out of lisinopril; 'take your medicine as prescribed' should be 'get a refill today'. Plan: rest until cleared is right here."),
 ("h14", [2, 2, 2, 2, 2, 2],
  [("card", "stop, do not exercise, and call your midwife, doctor or maternity unit now"),
   ("card", "you asked about \"yoga\": not today"),
   ("card", "your notes (\"spotting\"): read as a warning sign in pregnancy")],
  "Exactly right: ACOG warning signs, call now, question answered. Plan rest until cleared is appropriate."),
 ("h15", [2, 2, 2, 2, 2, 2],
  [("card", "because: the temperature you wrote: 38.8 C (101.8 F)"),
   ("card", "no exercise until you have been free of fever for a day (neck check)"),
   ("card", "you asked about \"run\": not today"),
   ("plan", "see a doctor first; ask for a new plan once you are cleared")],
  "Correct neck check, Fahrenheit read and converted, 'sweat it out' answered no. Plan: 'see a doctor first' for six days contradicts 'free of fever for a day'; an expert would give a return ladder back to his half-marathon plan."),
 ("h16", [1, 2, 1, 2, 2, 2],
  [("card", "usually not before 12 weeks after the birth"),
   ("card", "pelvic floor exercises every day"),
   ("card", "8 exercises x 2-3 sets x 8-12 reps"),
   ("card", "about 10% more than usual: at most 10% more each week"),
   ("plan", "Thu    running, moderate, 42 min, RPE 12-13, HR 118-140"),
   ("plan", "Sat    running, moderate, 42 min")],
  "Card is good on the question (pelvic floor daily, running once leak-free, usually not before 12 weeks, pelvic health physio). But the plan schedules three 42-min runs this week at 10 weeks postpartum with leaking, contradicting its own card (safety -1). Dose -1: 8 exercises x 2-3 x 8-12 'last reps hard' is a lot for a first session after only stroller walks with stress incontinence; start with pelvic floor/core and light loads. '10% more than usual' is meaningless for a first strength session."),
 ("h17", [2, 2, 2, 2, 2, 2],
  [("card", "train when your medicine is working, with something to hold nearby"),
   ("card", "when your feet freeze, stop, count a rhythm or step over a line on the floor"),
   ("card", "Rain, snow or ice make the ground slippery"),
   ("plan", "walking, moderate, 20 min")],
  "Specific, correct Parkinson's advice (ON period, support, freezing cues), indoor in the rain. Plan: he listed the stationary bike, which has good PD evidence (forced-pace cycling) and is safer than outdoor walks for a faller; an expert would use it on the walking days."),
 ("h18", [2, 2, 2, 1, 1, 2],
  [("card", "Dizziness or fainting: no exercise today."),
   ("card", "your notes (\"lightheaded\"): read as dizziness"),
   ("plan", "see a doctor first; ask for a new plan once you are cleared")],
  "Right to rest. But kidney failure, dialysis and the fistula are not mentioned at all; post-dialysis orthostatic lightheadedness gets a generic cardiac-dizziness text (personalisation -1, explanation -1). An expert: rest today, sit up slowly, tell the dialysis team (fluid removal), exercise on non-dialysis days once not lightheaded, ask about intradialytic cycling, protect the fistula arm (no weights/BP cuff). Plan's six days of 'see a doctor first' ignore that she sees her renal team three times a week."),
 ("h19", [2, 2, 2, 2, 2, 2],
  [("card", "Dangerous heat: no outdoor exercise today."),
   ("card", "getting used to heat takes 10-14 days"),
   ("card", "you asked about \"run\": not today, the heat is dangerous for any exercise outdoors; elliptical instead"),
   ("plan", "running, moderate, 46 min")],
  "Right: 41 °C unacclimatised, indoors with AC, acclimatisation explained. Plan: three 46-min outdoor runs with only 'check the weather'; an expert would put them at dawn, shorter for two weeks, and say so on each day."),
 ("h20", [2, 0, 1, 0, 1, 2],
  [("card", "Today: moderate brisk walking for about 52 minutes"),
   ("card", "your goal (\"trail 25K in spring\", health): brisk walking fits it"),
   ("plan", "running, moderate, 52 min")],
  "Healed-injury trap itself passed (no injury warnings, no low-impact rule). But a healthy 20-25 mi/week runner who asked for an easy run is given a 52-min brisk walk with a false reason, no answer and no explanation why not a run (activity 0, personalisation 0, dose -1, explanation -1). Plan runs from Friday, so today's walk is simply the wrong pick; an easy 40-50 min run at RPE 11-13 was the call."),
 ("h21", [2, 1, 1, 1, 1, 2],
  [("card", "you wrote \"finals week is killing me lol\": yoga helps you unwind"),
   ("card", "your legs are sore or were trained hard"),
   ("card", "a hard session yesterday (RPE 16): a recovery day"),
   ("plan", "strength training, moderate, 30 min, RPE 12-13")],
  "Idioms and normal exertion correctly NOT flagged (no palpitations/doctor). A recovery day after RPE 16 sprints and a load spike is defensible, but he asked for legs and wants muscle: upper-body strength would respect both (activity -1). Card claims his legs are sore, which he never said, and does not cite the real reason, the load spike (explanation -1, personalisation -1). Dose -1: 30 min light yoga for an advanced lifter. Plan: only two 30-min strength days for a 'build muscle' goal and a vigorous ride he never asked for; an expert would keep 3-4 lifting days of 45-60 min."),
 ("h22", [2, 2, 2, 2, 1, 2],
  [("card", "ages 5-17: 60 minutes a day of moderate-to-vigorous activity"),
   ("card", "for a child, activity is play"),
   ("card", "the 60 minutes can come in several bouts"),
   ("card", "this week's aim 420 (WHO: at least 420)"),
   ("plan", "cycling, vigorous, 35 min, RPE 14-17"),
   ("plan", "strength training, moderate, 60 min")],
  "Question answered (60 min/day, bouts, play), no weight-loss framing. Explanation -1: Borg 6-20 RPE and kcal on a 10-year-old's card, and no helmet/road-safety line for a bike ride. Plan: from nothing to 420 min with three vigorous 35-min rides and three 60-min 'strength' sessions, no swimming though he loves it; an expert would build up with play, family rides and swimming."),
 ("h23", [2, 2, 2, 1, 2, 1],
  [("card", "acute mountain sickness: rest today, no run, and go no higher"),
   ("card", "go down and get help now (Wilderness Medical Society 2019)"),
   ("card", "you asked about \"miler\": not today"),
   ("plan", "see a doctor first; ask for a new plan once you are cleared")],
  "AMS recognised, no run, emergency signs listed. Language -1: 'you asked about \"miler\"' glitch and a second generic breathlessness warning. Personalisation -1: the generic ACSM 'see a doctor' line on top of a correct AMS text. Plan: a week of rest pending a doctor is too much; AMS usually settles in 1-3 days: easy walks once the headache goes, then short easy runs at reduced pace."),
 ("h24", [2, 2, 2, 1, 2, 1],
  [("card", "Today: light walking for about 24 minutes"),
   ("card", "Blood glucose 250-349 mg/dl: check ketones; no intense exercise (ADA 2016)."),
   ("card", "you wrote \"hour night shift in a row and only slept about 4 hours yesterday\""),
   ("card", "on nights, protect your daytime sleep"),
   ("plan", "running, moderate, 50 min")],
  "Sensible: no CrossFit, light walk, sleep advice, ADA ketone rule. Personalisation -1: she already tested ketones (negative) and the card tells her to check them; CrossFit is not answered; no note on delayed hypoglycaemia after exercise on a pump while sleep-deprived. Language -1: truncated quote 'hour night shift in a row'. Plan: 50-min runs by Sunday after 'start with 24 minutes'; an expert would plan around her shift pattern."),
]


def main():
    out = []
    bad = 0
    for cid, sc, quotes, comment in R:
        card = open(os.path.join(OUT, cid + ".card.txt"), encoding="utf-8").read()
        plan = open(os.path.join(OUT, cid + ".plan.txt"), encoding="utf-8").read()
        lang = json.loads([l for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")
                           if json.loads(l)["id"] == cid][0])["lang"]
        qv = []
        for src, q in quotes:
            ok = q in (card if src == "card" else plan)
            if not ok:
                bad += 1
                print("QUOTE NOT FOUND", cid, src, q)
            qv.append(ok)
        rec = {"id": cid, "lang": lang}
        rec.update(dict(zip(DIMS, sc)))
        rec["total"] = sum(sc)
        rec["quotes"] = [{"src": s, "text": q} for s, q in quotes]
        rec["quotes_verified"] = all(qv)
        rec["comment"] = comment
        out.append(rec)
    assert len(out) == 24
    with open(os.path.join(ROOT, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("rubric.jsonl:", len(out), "rows; quotes not found:", bad)


if __name__ == "__main__":
    main()
