#!/usr/bin/env python3
"""Hand scores (entered here by the reviewer) -> rubric.jsonl; every quote is verified as a substring of the card."""
import json, sys
BASE = "/tmp/expert36"
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = {
"h01": ([2,2,2,2,2,2], ["口罩（包括N95）在大口喘气时挡不住多少细颗粒物", "今天：中等强度室内单车，约40分钟，心率107-132次/分。"],
  "Model answer: AQI 185 moves the session indoors at moderate effort, answers the mask question directly, keeps the runner's usual volume."),
"h02": ([2,2,2,1,2,2], ["今天：中等强度快走，约20分钟", "你写了“就是被吓到了”：快走能放松身心"],
  "Correctly ignores the father's heart attack; sensible beginner dose. Could have tied the daily walk to her motive (family history) and the 150 min/week target."),
"h03": ([2,2,2,1,1,2], ["今天建议休息。", "可能是心脏病发作：现在就拨打急救电话（120）", "备注“胸口像压”：按胸痛处理"],
  "Right decision (no swim, see a doctor). The episode was two days ago and resolved: 'call 120 now' over-escalates; the expert message is 'urgent same-day medical assessment; call 120 if it comes back'. Left-arm numbness is folded into a generic template."),
"h04": ([2,2,1,1,1,1], ["备注“手腕又肿又热,拧毛巾都疼”：无法确定是什么情况", "今天：中等强度散步，约20分钟"],
  "Safe, but rheumatoid arthritis (类风湿, 甲氨蝶呤) is not recognised: the hot swollen wrist is 'cannot tell what this is'. No wrist-sparing advice, no morning-stiffness timing, preferred tai chi not used; 'moderate' label on a 3.0-MET stroll."),
"h05": ([2,0,1,0,0,1], ["備註“跑步膝”：按膝蓋損傷處理", "你問的“跑”：今天不建議，關節或腰背需要避免衝擊；改成橢圓機", "約65分鐘"],
  "Negation missed: '跑步膝蓋完全不會痛' (running, the knee does not hurt at all) was cut to '跑步膝' (runner's knee). A cleared, pain-free runner 18 days before a half marathon is denied running and given 65 min on an elliptical; the race date and her question (how to train these two weeks) are ignored. Traditional script correct."),
"h06": ([2,2,2,1,2,2], ["今天：低强度散步，约20分钟", "你写了“就是提不起劲”：散步轻松不累，动一动反而更有精神"],
  "Good low-barrier plan for depression with low drive. Misses the doctor's 'go outside, get sunlight' (daylight) and gives no 'even 10 minutes counts' fallback."),
"h07": ([2,1,1,1,1,2], ["你问的“游泳”：今天换成低强度散步更合适（理由见下）", "你提到“甲减”：这里没有针对它的专门建议，所以今天最多中等强度", "骨质疏松：力量和平衡练习对骨骼最有帮助"],
  "The bone advice in the reasons is excellent, but today's session (2.0-MET stroll, RPE 9-11) does nothing for bone; never says plainly that swimming is poor for bone. Treated, euthyroid hypothyroidism wrongly triggers an 'unknown condition' cap. Osteopenia labelled osteoporosis."),
"h08": ([2,2,2,1,2,1], ["今天建議休息。", "腳踝腫又氣短（躺平就喘，或爬樓新出現的喘），可能是心臟或腎臟的問題導致積液：今天不要運動，今天就去看醫生", "長途飛行或坐車後一條小腿又腫又痛，可能是血栓"],
  "Orthopnoea + PND + pitting oedema caught from Cantonese; correct 999. Irrelevant DVT template sentence; the daughter's 'walk more' question is not answered directly; card is standard written Chinese rather than Cantonese (acceptable)."),
"h09": ([2,2,2,2,2,2], ["淋巴水肿：循序渐进的力量训练是安全的，不会让水肿加重", "戴着压力袖", "今天：中等强度力量训练，约20分钟，1-2组×10-15次。"],
  "Expert-level: PAL-trial guidance, sleeve, slow progression, what to do if the arm swells. Only miss: letrozole-related bone loss as an extra reason for strength."),
"h10": ([2,2,2,1,1,2], ["备注“心脏病”：按心脏病处理", "心脏病：除非医生允许，只做中等强度运动", "刚到高海拔的头几天：轻松一点、时间短一点，多喝水。"],
  "Figure of speech '气得我心脏病都快犯了哈哈' read as heart disease: false diagnosis on the card and in notes_conditions, and it caps intensity. Altitude advice is very good; dose fine."),
"h11": ([1,0,0,0,0,1], ["今天建议休息。", "静息时心跳过快、心慌或心律不齐：今天不要运动；今天就去看医生", "备注“心口跳得咚咚”：按心悸处理"],
  "Wrongly rested. The parent describes a heart pounding while running that settles with rest ('歇一哈又活蹦乱跳了'): normal exertion in an unfit 8-year-old. The card calls it palpitations 'at rest', sends the child to a doctor today, and gives no play/60-min guidance. Over-alarm discourages a child who needs to move."),
"h12": ([1,1,1,0,0,1], ["备注“骨头鼓出来一个包,一按就疼”：按颈部以下的急性疾病处理", "发烧或病毒感染时硬练会伤心脏", "今天建议休息。"],
  "Rest is tolerable, but for the wrong reason: a tender lump below the knee in a growth spurt (likely Osgood-Schlatter) is treated as flu ('neck check'). Nothing about stopping the daily frog jumps, low-impact alternatives, or seeing a doctor/physio about the knee."),
"h13": ([2,2,2,1,1,1], ["a hard session yesterday (RPE 16): a recovery day, easy and shorter", "about 360 moderate-equivalent minutes in the last 7 days; this week's aim 90", "when you feel low, something gentle still helps", "you asked about \"run\": not today, your joint or back needs low impact"],
  "Right call (no 4th hard hour, light yoga). But the load spike is never named (180 min at RPE 15-16 after 5 years off), the week's aim of 90 after 360 done reads as nonsense, 'went a bit mad this week lol' is read as low mood, and tight calves become a 'joint or back' problem."),
"h14": ([2,1,1,0,1,2], ["Rest today.", "Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).", "your notes (\"puffed\"): read as shortness of breath"],
  "Over-cautious but safe. Iron-deficiency anaemia (ferritin 6, Hb 98, on tablets) is not recognised; her actual question (stop running until levels recover?) gets only 'not today'. Expert: light yoga/walk fine, no hard running until Hb recovers, GP if worse."),
"h15": ([2,2,2,2,2,2], ["Rest today.", "bleeding, fluid leaking or contractions that come regularly before 37 weeks mean go in now", "you asked about \"swim\": not today"],
  "Excellent: spotting, probable fluid leak and regular tightenings at 30 weeks recognised from casual wording; 'go in now'; the swim question answered."),
"h16": ([1,2,1,0,1,2], ["energy: about 50 kcal", "Today: moderate walking for about 20 minutes, RPE 12-13", "you mention \"in recovery from anorexia\": there is no specific guidance for it here"],
  "The one explicit request ('please no calorie numbers') is ignored: kcal on the card and in JSON. 'Gentle' became moderate RPE 12-13; the week plan adds two strength days and 35-min walks (6 active days) against 'a few times a week'."),
"h17": ([2,2,2,2,2,2], ["Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise; train indoors", "you wrote \"loved it\": good to hear", "a hard session yesterday (RPE 17): a recovery day"],
  "Normal hard-session sensations correctly not alarming; wind chill handled; easy indoor recovery. An easy indoor bike/elliptical would suit a marathoner as well as yoga."),
"h18": ([1,2,0,1,1,2], ["today at most 20 easy minutes, well under what brought on the last crash", "no recent sessions logged: start with 20 minutes and build up", "Ask your doctor or a rehab clinic for a graded plan"],
  "Recognises long COVID and pacing, but prescribes 20 min when she says 15 min is her limit on a good day, and 'build up'; the week plan climbs to 45-min moderate walks plus strength. Graded progression is the wrong model for post-exertional malaise."),
"h19": ([2,2,2,0,1,1], ["your notes (\"knee\"): read as a knee injury", "you asked about \"gym\"", "when you feel low, something gentle still helps"],
  "Right activity by luck: a below-knee amputation is read as a knee injury, the question is parsed as 'gym', and a factual history is read as low mood. No residual-limb skin, prosthetic fit or remaining-foot checks, which matter most with diabetes."),
"h20": ([0,0,0,0,0,2], ["Today: moderate brisk walking for about 30 minutes", "your blood pressure reading 104/60 mmHg: normal (AHA 2017)", "walking 4.0 mph, very brisk: 5.0 MET"],
  "Wrongly allowed. Three near-faints this week on standing ('gone all grey and swimmy', grabbing the bench) after a BP-tablet change, BP 104/60, age 67: the notes are ignored entirely and she gets 30 min of very brisk walking (4 mph). Expert: no exercise today, sit/stand slowly, see the GP about the tablets."),
"h21": ([2,2,2,1,2,2], ["short sleep: nothing hard today; on nights, protect your daytime sleep", "Today: light walking for about 28 minutes"],
  "Sensible for a sleep-deprived night nurse; patient's arrest correctly not treated as her symptom. A word on the hard night (debrief/support) and daylight timing would lift it."),
"h22": ([1,2,2,1,2,2], ["Wheelchair user: arm-crank or upper-body circuits", "your shoulder: nothing overhead today and no weight on your arms", "legs and core as usual"],
  "Good choice and shoulder-protection advice (push/pull balance, skin checks). 'legs and core as usual' is wrong for a complete T10 injury, and 'no weight on your arms' is impractical for someone who transfers and pushes all day."),
"h23": ([2,1,2,1,2,1], ["your weight target works out at about 0.8 kg a week", "your notes (\"metformin\"): read as diabetes", "you wrote \"happy to train twice a day\": brisk walking suits how you feel today"],
  "Weight-target reasoning is good. But PCOS on metformin is relabelled diabetes; she prefers strength and elliptical, which (strength especially) suit PCOS, yet gets a brisk walk; the twice-a-day remark gets a non-sequitur instead of a clear 'not as a beginner'."),
"h24": ([2,2,2,2,1,1], ["for the standing moves, keep a hand on the back of a sturdy chair", "it is 10 o'clock, the hottest part of the day: not now; go before 10 am", "indoors today: outside, 102°F"],
  "Strong falls-aware tai chi with a chair and a falls check; imperial temperature shown. But the card contradicts itself (indoor session, then 'not now, go before 10 am'), adds heat-acclimatisation advice irrelevant to indoor tai chi, and misses that his mall walk is already indoors."),
}
out = open(f"{BASE}/rubric.jsonl", "w", encoding="utf-8"); bad = 0
for cid in sorted(R):
    sc, quotes, comment = R[cid]
    card = open(f"{BASE}/outputs/{cid}.card.txt", encoding="utf-8").read()
    ver = {q: (q in card) for q in quotes}
    for q, ok in ver.items():
        if not ok: print("QUOTE NOT FOUND", cid, q); bad += 1
    rec = {"id": cid, "lang": "zh" if int(cid[1:]) <= 12 else "en", **dict(zip(D, sc)), "total": sum(sc),
           "quotes": quotes, "quotes_verified": all(ver.values()), "comment": comment}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
print("quotes not found:", bad)
sys.exit(1 if bad else 0)
