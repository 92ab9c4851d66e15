#!/usr/bin/env python3
"""Hand scores (ACSM-CEP reading of every card and JSON), 0-2 on six dimensions.

Anchors
 safety          2 nothing I would not sign; every relevant hazard in the profile/notes handled
                 1 outcome safe enough, but a relevant hazard missed or misread (or a false medical statement)
                 0 a prescription I would refuse on safety grounds, or a missed warning sign
 activity        2 best or near-best choice for this person today; 1 acceptable but clearly suboptimal
                 (ignores a key constraint, goal, equipment or preference); 0 wrong
 dose            intensity, minutes, RPE/HR/sets for this person today: 2 right; 1 off; 0 clearly wrong
 personalisation uses notes, goal, preferences, equipment, schedule, answers the actual question;
                 misreadings of who/what count against it
 explanation     reasons correct, relevant, sourced, explain the decision; irrelevant or false reasons count against
 language        fluent, right script/register, no template artefacts or garbles
Each score carries an exact quote from the card that supports it; the script verifies every quote.
"""
import json, statistics

D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
S = {}


def s(i, **kw):
    S[i] = kw


s("h01",
  safety=(2, "高血压：保持中等强度；进行高强度运动前请先获得医生许可", "controlled HTN: moderate cap + Valsalva advice, correct ACSM reading"),
  activity=(2, "今天换成中等强度快走更合适", "brisk walk is what I would give a sedentary hypertensive beginner"),
  dose=(2, "约20分钟，RPE 12-13", "modest start, moderate by RPE"),
  personalisation=(2, "你的血压读数132/84 mmHg：1级高血压范围（AHA 2017）", "uses his reading, his run question, his goal"),
  explanation=(2, "最近4周只有1次训练记录：从20分钟开始，循序渐进", "clear, sourced reasons; no path back to running though"),
  language=(1, "你写了“老婆天天嫌我啤酒肚越来越大了哈哈”：快走正适合今天的状态", "template echo of a joke as if it were a reason; '今天它超出了今天的强度上限' redundant"))

s("h02",
  safety=(2, "如果出现阴道出血、流液、规律的宫缩痛、头晕或要晕倒、胸痛、剧烈头痛、小腿疼痛或肿胀、运动前就气短，立即停止并联系医生", "full ACOG stop list, supine, hot yoga, no HR zone"),
  activity=(2, "ACOG 2020允许孕前跑步的人孕期继续跑", "continued easy running is legitimate for a prior runner"),
  dose=(2, "中等强度跑步，约32分钟，RPE 12-13", "moderate by talk test, sensible duration"),
  personalisation=(1, "心情低落时，轻松地动一动也有帮助", "reads irritation at her mother as low mood; never addresses the 'lie in bed' myth or her swimming question"),
  explanation=(2, "你是有训练基础的跑者：轻松跑（能说整句话，RPE 12-13）算中等强度", "sourced and to the point"),
  language=(1, "你写了“烦死了😩 到底还能不能跑”：今天强度低一点", "mechanical quote-echo, and it contradicts the unchanged moderate dose"))

s("h03",
  safety=(2, "先吃15-30克碳水，15分钟后复测高于90 mg/dl再开始", "ADA hypoglycaemia rule applied correctly, carry sugar"),
  activity=(2, "今天：中等强度快走，约30分钟", "brisk walk fits glucose control; tai chi named for balance"),
  dose=(2, "强度不超过中等", "30 min moderate, matches his habit"),
  personalisation=(2, "你的血糖读数82 mg/dl（4.6 mmol/L）", "uses his reading, fasting state, age"),
  explanation=(2, "67岁：除了有氧，每周至少3天做平衡和力量练习（WHO 2020）", "correct, sourced"),
  language=(2, "一根香蕉、一杯果汁或葡萄糖片", "clear, concrete, natural"))

s("h04",
  safety=(2, "请立即拨打120；否则先就医再恢复运动", "exertional chest pressure caught from the notes; rest + doctor + 120"),
  activity=(2, "今天建议休息。", "rest is the only signable answer"),
  dose=(2, "今天不要运动", "no exercise"),
  personalisation=(1, "备注“胸口像压”：按胸痛处理", "caught the sign but does not answer his 'it is just tiredness' or back his wife; terse"),
  explanation=(2, "或疼痛放射到手臂、下颌、脖子", "explains red-flag features and what to do"),
  language=(2, "胸痛、胸闷或胸口发紧", "clear"))

s("h05",
  safety=(2, "今天不要在户外运动，改在室内、关好窗", "AQI 165 for a youth handled"),
  activity=(2, "今天：中等强度力量训练，约40分钟", "indoor strength answers his goal"),
  dose=(2, "8个动作×1-2组×12-15次", "youth-appropriate loads and volume"),
  personalisation=(2, "正确指导下的力量训练不会让人长不高，这是误传", "answers his brother's myth directly"),
  explanation=(2, "5-17岁：每天平均60分钟中高强度活动", "sourced"),
  language=(1, "你问要不要练力量：要，任何年龄都要", "long duplicated strength paragraph; he did not ask that"))

s("h06",
  safety=(2, "有雷聲：請到室內，離開水裡（包括泳池）", "thunder, pool, heat and wet ground all handled"),
  activity=(1, "所以換成最接近的室內單車", "ignores her yoga preference and back-specific work; assumes a bike she may not have"),
  dose=(2, "約20分鐘，RPE 12-13", "cautious start inside her 40-minute window"),
  personalisation=(1, "你喜歡游泳，但今天有雷", "ignores yoga preference, her breathing problem in the pool, desk posture"),
  explanation=(1, "剛到熱的地方或天氣剛熱起來", "heat-acclimatisation reason is irrelevant to a Taipei resident indoors; nothing on core/back"),
  language=(2, "地面溼滑：避免戶外跑步和騎車", "clean Traditional Chinese"))

s("h07",
  safety=(1, "你問的“跑”：今天不建議，天氣太熱", "acute swollen knee in the notes never detected; running refused only for heat"),
  activity=(2, "今天：中等強度游泳，約45分鐘", "swimming is the right choice (by luck)"),
  dose=(1, "時間：45分鐘", "45 min with a swollen, painful knee is too long for day 1"),
  personalisation=(0, "依據： 你喜歡跑步，但今天天氣太熱，不宜戶外運動，所以換成最接近的游泳", "the central fact of his note (swollen knee, stairs hurt) is ignored"),
  explanation=(1, "身體適應炎熱要10-14天", "wrong reason for no running; acclimatisation advice irrelevant for a Hong Kong resident"),
  language=(2, "今日運動建議", "Traditional script as expected"))

s("h08",
  safety=(1, "你写的体温38.5°C", "false alarm: the child's fever attributed to her; no harm but a false medical statement"),
  activity=(1, "你问的“跑步机”：今天不行", "rest is defensible after two sleepless nights, but refused for the wrong reason"),
  dose=(1, "今天建议休息。", "0 min for the wrong reason; a short easy treadmill walk was signable"),
  personalisation=(0, "备注“38度”：按发烧处理", "misreads whose fever it is; sleep deprivation, goal and treadmill ignored"),
  explanation=(0, "发烧（38.0°C以上）：请休息、多喝水；退烧满一天后再运动", "the whole explanation rests on a fever she does not have"),
  language=(2, "请休息、多喝水", "fluent"))

s("h09",
  safety=(2, "静坐5分钟后再量一次", "BP handled well, wet ground, indoor"),
  activity=(2, "今天：中等强度太极，约20分钟", "indoor tai chi is ideal for a near-fall 72-year-old"),
  dose=(2, "约20分钟，RPE 12-13", "appropriate"),
  personalisation=(1, "备注“心梗”：按心脏病处理", "husband's heart attack attributed to her; caregiving not acknowledged"),
  explanation=(1, "心脏病：除非医生允许，只做中等强度运动", "a whole warning rests on a condition she does not have"),
  language=(2, "太极同时练平衡和力量", "fluent"))

s("h10",
  safety=(2, "现在是23点：临睡前不做高强度", "no overreaction to the joked 猝死"),
  activity=(1, "今天换成低强度瑜伽更合适", "overrides a safe easy run that is his own stress relief"),
  dose=(1, "低强度瑜伽，约15分钟", "token dose"),
  personalisation=(2, "睡前1小时结束，先保证睡眠", "time of day and morning meeting considered"),
  explanation=(2, "结束时做5分钟慢呼吸（吸气4秒、呼气6秒）", "clear reasons, practical"),
  language=(1, "你写了“心累”：今天强度低一点", "'你写了“心累”' echoed twice; idiom taken literally"))

s("h11",
  safety=(2, "寒冷干燥的空气可能诱发哮喘：今天请在室内运动", "cold + asthma handled, inhaler"),
  activity=(2, "今天：中等强度力量训练，约30分钟", "home strength with her dumbbells"),
  dose=(2, "5个动作×2-3组×8-12次", "right for an intermediate"),
  personalisation=(1, "关节疼了就歇；跳完第二天关节更肿更疼", "generic joint-pain template for a woman without joint problems; equipment not named"),
  explanation=(1, "你问的“跳操”：可以，这是很好的有氧运动", "says aerobics is fine, then prescribes strength without saying why"),
  language=(2, "随身带好急救吸入剂", "fluent"))

s("h12",
  safety=(1, "无法确定是什么情况", "classic intermittent claudication in a diabetic not recognised; no referral before a walking programme"),
  activity=(1, "今天：低强度散步，约20分钟", "walking is PAD therapy only after diagnosis"),
  dose=(2, "约20分钟，RPE 9-11", "light and short"),
  personalisation=(1, "散步轻松不累，动一动反而更有精神", "treats pain as tiredness; 缺钙 question unanswered; invents a joint-injury warning"),
  explanation=(1, "关节受伤或腰痛：只做低冲击运动", "a warning about a condition he does not have; honest about uncertainty otherwise"),
  language=(1, "你写了“最近走个几百米脚杆就酸痛得遭不住”", "same quote echoed twice"))

s("h13",
  safety=(2, "a recovery day, something easy or rest", "load spike recognised"),
  activity=(2, "Today: light yoga for about 32 minutes", "recovery session"),
  dose=(2, "RPE 9-11 (easy)", "light, short"),
  personalisation=(1, "you wrote \"legs feel like jelly and i slept like 5 hrs\"", "never answers 'extra laps tonight' or the meet in 3 weeks"),
  explanation=(2, "short or poor sleep: nothing hard today, and an early night", "clear; 'aim 188' next to 1020 done is confusing"),
  language=(2, "sleep is part of training", "natural"))

s("h14",
  safety=(2, "Dangerous heat: no outdoor exercise today", "heat, knee, BMI all handled"),
  activity=(1, "so its nearest form: stationary bike", "he named a pool at the Y: swimming is the best fit for BMI 42 + knees + heat"),
  dose=(2, "30 minutes at most, and build up", "sensible start"),
  personalisation=(1, "your notes (\"diabetes\"): read as diabetes", "'I'm looking at diabetes' (a risk) read as having diabetes; pool ignored"),
  explanation=(1, "getting used to heat takes 10-14 days", "irrelevant to a Texas roofer of 20 years"),
  language=(2, "it should feel doable, never punishing", "good tone, imperial units"))

s("h15",
  safety=(2, "with an irregular rhythm a watch's heart rate misleads, so go by RPE and the talk test", "AFib handled expertly"),
  activity=(2, "tai chi trains balance and strength together", "fits an 85-year-old with a cane"),
  dose=(2, "Today: moderate tai chi for about 20 minutes", "appropriate"),
  personalisation=(2, "with your stick if you use one", "cane, falls, sit-to-stands for her chair goal"),
  explanation=(2, "balance and strength work lowers the risk of falls", "sourced"),
  language=(2, "and carry your phone", "warm, plain English"))

s("h16",
  safety=(2, "Air quality is very unhealthy (AQI 201-300): exercise indoors", "smoke handled"),
  activity=(2, "Today: moderate stationary bike for about 30 minutes", "indoor alternative"),
  dose=(1, "Back after an illness: moderate at most", "70% cap for a cold resolved two weeks ago; 30 min for a long-run day; 'zone 2' without numbers"),
  personalisation=(1, "for stress: regular moderate exercise eases it", "'paranoid lol' read as stress; no plan to move the long run"),
  explanation=(1, "back after an illness: about 70% of your usual", "wrong premise"),
  language=(2, "steady and conversational (zone 2)", "fluent"))

s("h17",
  safety=(1, "Blood glucose 250-349 mg/dl: check ketones; no intense exercise", "ignores that ketones were already negative; no in-session glucose checks after a pump failure"),
  activity=(2, "you asked about \"spin class\": yes", "her usual bike"),
  dose=(2, "moderate stationary bike for about 43 minutes", "moderate, matches habit"),
  personalisation=(1, "outside the 90-250 range advised before exercise (ADA 2016)", "pump-site event and negative ketone test not used"),
  explanation=(1, "check ketones; no intense exercise", "never explains why moderate is fine given negative ketones"),
  language=(2, "heart rate: Karvonen, from your resting rate", "fluent"))

s("h18",
  safety=(2, "48 h before the same muscles again (ACSM)", "DOMS understood, no emergency mode"),
  activity=(2, "5 exercises for the muscles you did not train yesterday", "upper-body strength"),
  dose=(2, "2-3 sets of 8-12 reps", "right"),
  personalisation=(2, "a hard strength session yesterday (RPE 17)", "answers the 'legs again' question via 48 h"),
  explanation=(2, "so other muscle groups today", "clear"),
  language=(1, "you asked about \"gym\": yes", "garbled: he asked about legs again, and 'yes' reads as 'do legs'"))

s("h19",
  safety=(2, "Dangerous cold (wind chill below -27 C / -17 F", "cold and ice handled"),
  activity=(1, "Today: moderate stationary bike for about 38 minutes", "non-weight-bearing; she has bands and wants strong bones"),
  dose=(2, "heart rate 109-129 bpm", "moderate with a correct Karvonen zone"),
  personalisation=(1, "for stress: regular moderate exercise eases it", "bone goal and bands ignored; stress invented"),
  explanation=(1, "you like cycling, but the wind chill is too low outdoors today", "nothing about bone health"),
  language=(2, "Rain, snow or ice make the ground slippery", "fluent"))

s("h20",
  safety=(2, "see a doctor today", "palpitations + near-syncope caught from the notes"),
  activity=(2, "Rest today.", "only signable answer"),
  dose=(2, "no exercise today", "none"),
  personalisation=(2, "your notes (\"heart suddenly started going crazy\"): read as palpitations", "answers his intervals question"),
  explanation=(2, "dizziness with a racing heart can come from the heart", "explains why"),
  language=(2, "do not stay on your own", "clear"))

s("h21",
  safety=(1, "vigorous cycling for about 30 minutes, heart rate 141-169 bpm", "jump from two easy walks to vigorous riding at 10 weeks postpartum"),
  activity=(1, "cycling suits your fitness level and goal", "not her preference, goal is running; brisk walk + pelvic floor/strength fits"),
  dose=(0, "effort: RPE 14-17 (only a few words at a time)", "vigorous after RPE-10 walks breaks gradual progression"),
  personalisation=(1, "you said you have about 30 minutes: the session fits them", "nap window used; leakage addressed; preference and goal ignored"),
  explanation=(1, "usually not before 12 weeks after the birth", "good pelvic-floor content, but attributed to ACOG (it is Goom et al. 2019); cycling reason generic"),
  language=(2, "squeeze and hold 5-10 s, relax, 10 times, 3 times a day", "clear"))

s("h22",
  safety=(2, "moderate cycling for about 30 minutes", "perfect day; no helmet/road note (beyond DOMAIN)"),
  activity=(2, "you like cycling", "her preference, not running"),
  dose=(2, "start with 30 minutes and build up", "fine for a reluctant beginner"),
  personalisation=(1, "bored of the routine", "she is bored of running, not of a routine; swimming and the mum/phone context ignored"),
  explanation=(2, "ages 5-17: 60 minutes a day of moderate-to-vigorous activity", "sourced"),
  language=(2, "a new route, a podcast or playlist", "plain; could speak more to a 14-year-old"))

s("h23",
  safety=(2, "stop and seek care for chest pain or pressure", "stable CAD handled, moderate cap"),
  activity=(2, "Today: moderate cycling for about 46 minutes", "his preference"),
  dose=(2, "at most 10% more each week", "progression respected"),
  personalisation=(2, "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)", "metoprolol read from notes"),
  explanation=(2, "the safety rules keep today at moderate at most", "clear"),
  language=(2, "warm up and cool down for 10 minutes", "fluent"))

s("h24",
  safety=(2, "get medical help now", "186/112 + headache from notes -> emergency"),
  activity=(2, "Rest today.", "correct"),
  dose=(2, "No exercise today (AHA 2017)", "none"),
  personalisation=(2, "with the headache you describe", "kiosk reading taken seriously"),
  explanation=(2, "hypertensive crisis range (AHA 2017)", "correct"),
  language=(2, "do not drive yourself", "clear"))

clients = {json.loads(l)["id"]: json.loads(l) for l in open("clients.jsonl", encoding="utf-8")}
assert set(S) == set(clients)
rows, bad = [], []
for i in sorted(S):
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    r = {"id": i, "language": clients[i]["profile"].get("language"), "scores": {}, "quotes": {}, "why": {}}
    for d in D:
        sc, q, why = S[i][d]
        assert sc in (0, 1, 2)
        if q not in card:
            bad.append((i, d, q))
        r["scores"][d], r["quotes"][d], r["why"][d] = sc, q, why
    r["total"] = sum(r["scores"].values())
    rows.append(r)
if bad:
    for b in bad:
        print("QUOTE NOT FOUND:", b)
    raise SystemExit(1)
with open("rubric.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
tot = [r["total"] for r in rows]
zh = [r["total"] for r in rows if r["language"].startswith("zh")]
en = [r["total"] for r in rows if r["language"] == "en"]
L = ["# Rubric summary (hand scores, 0-2 x 6 = 12)", "",
     f"All {len(rows)*len(D)} quotes ({len(rows)} cards x {len(D)} dimensions) verified verbatim in the cards.", "",
     f"- mean total: {statistics.mean(tot):.2f} / 12; median {statistics.median(tot)}; min {min(tot)}; max {max(tot)}",
     f"- Chinese (h01-h12): mean {statistics.mean(zh):.2f}; English (h13-h24): mean {statistics.mean(en):.2f}", "",
     "| dimension | mean | zeros |", "| --- | --- | --- |"]
for d in D:
    v = [r["scores"][d] for r in rows]
    L.append(f"| {d} | {statistics.mean(v):.2f} | {sum(x == 0 for x in v)} |")
L += ["", "| id | lang | " + " | ".join(D) + " | total |", "|" + " --- |" * (len(D) + 3)]
for r in rows:
    L.append(f"| {r['id']} | {r['language']} | " + " | ".join(str(r['scores'][d]) for d in D) + f" | {r['total']} |")
L += ["", "## Zeros", ""]
for r in rows:
    for d in D:
        if r["scores"][d] == 0:
            L.append(f"- {r['id']} {d}: \"{r['quotes'][d]}\" - {r['why'][d]}")
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L))
