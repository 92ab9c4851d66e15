#!/usr/bin/env python3
"""Probe panel61's expects: each client's own call must pass its expect; generic wrong cards
(rest, 30-min moderate brisk walk, vigorous run with a 140-160 bpm zone), 1-3 client-specific wrong cards and a
wrong-region emergency number must fail; a few alternative right cards must pass (guards against over-strict expects).
Run from /tmp/panel61: python3 tools/probe_expect.py"""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import to_trad, to_simp   # the same map check.py uses

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ZH_DAYS = "一二三四五六日"
TRAD = {"zh-TW", "zh-HK"}


def failures(c, exp):
    """Every reason card c fails expect exp (empty list = passes)."""
    out = []
    act, card = c["activity"], c["card"]
    plan = "\n".join(c["plan"] + [c["week"]])
    if exp["must_rest"] and act != "rest": out.append("not rest but must_rest")
    if not exp["rest_acceptable"] and act == "rest": out.append("rest but rest not acceptable")
    if act in exp["wrong_activities"]: out.append(f"wrong activity {act}")
    if c["minutes"] > exp["max_minutes"]: out.append(f"minutes {c['minutes']} > {exp['max_minutes']}")
    if c["intensity"] and INTENS[c["intensity"]] > INTENS[exp["max_intensity"]]: out.append(f"intensity {c['intensity']} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and (c["hr_zone_bpm"] is not None or HR_ZONE_TEXT.search(card + "\n" + plan)): out.append("HR zone given")
    for p in exp["must_match"]:
        if not re.search(p, card): out.append(f"misses {p[:50]!r}")
    for p in exp["must_not_match"]:
        m = re.search(p, card)
        if m: out.append(f"hits must_not {m.group(0)!r}")
    for p in exp["plan_must_match"]:
        if not re.search(p, plan): out.append(f"plan misses {p[:40]!r}")
    return out


def days(lang, time):
    wd = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M").weekday()
    if lang.startswith("en"): return [EN_DAYS[(wd + i) % 7] for i in range(7)]
    pre = "週" if lang in TRAD else "周"
    return [pre + ZH_DAYS[(wd + i) % 7] for i in range(7)]


def mk(activity, minutes, intensity, card, plan_lines, week, hr=None):
    return {"activity": activity, "minutes": minutes, "intensity": intensity, "hr_zone_bpm": hr,
            "card": card, "plan": plan_lines, "week": week}


def generic(lang, time):
    d = days(lang, time)
    zh = lang.startswith("zh")
    conv = (to_trad if lang in TRAD else (lambda s: s))
    if not zh:
        rest = mk("rest", 0, None, "Today: rest day. Take it easy, sleep well and drink water; recovery is part of training. Back to normal tomorrow. Not medical advice.",
                  [f"{d[i]} {'Rest' if i == 0 else 'Brisk walk, moderate, 30 min, RPE 12-13'}" for i in range(7)], "A balanced week: 150 minutes of moderate activity and 2 strength days.")
        walk = mk("brisk_walk", 30, "moderate", "Today: brisk walk, 30 minutes, moderate intensity, RPE 12-13 (you can talk but not sing). Warm up for 5 minutes, keep a steady pace, cool down and stretch. Walking builds fitness and is good for your heart. Stop if you feel unwell. Not medical advice.",
                  [f"{d[i]} Brisk walk, moderate, 30 min, RPE 12-13" for i in range(7)], "150 minutes of moderate walking this week, plus 2 strength days.")
        run = mk("run", 40, "vigorous", "Today: run, 40 minutes, vigorous, heart rate 140-160 bpm, RPE 15-16. Warm up for 10 minutes, hold 140-160 bpm, then cool down. Great for your fitness. Not medical advice.",
                 [f"{d[i]} Run, vigorous, 40 min, 140-160 bpm" for i in range(7)], "Three hard runs at 140-160 bpm and easy days between.", hr=[140, 160])
    else:
        rest = mk("rest", 0, None, conv("今天：休息日。好好睡觉、多喝水，恢复也是训练的一部分，明天照常。（本建议不是医疗建议。）"),
                  [conv(f"{d[i]} " + ("休息" if i == 0 else "快走，中等强度，30分钟，RPE 12-13")) for i in range(7)], conv("本周：中等强度活动150分钟，力量训练2天。"))
        walk = mk("brisk_walk", 30, "moderate", conv("今天：快走30分钟，中等强度，RPE 12-13（能说话不能唱歌）。先热身5分钟，保持匀速，最后放松拉伸。快走能提高体能、对心脏有益。如感觉不适请停下。（本建议不是医疗建议。）"),
                  [conv(f"{d[i]} 快走，中等强度，30分钟，RPE 12-13") for i in range(7)], conv("本周快走150分钟，加力量训练2天。"))
        run = mk("run", 40, "vigorous", conv("今天：跑步40分钟，高强度，心率140-160次/分，RPE 15-16。热身10分钟后保持140-160次/分，最后放松。对提高体能很有效。（本建议不是医疗建议。）"),
                 [conv(f"{d[i]} 跑步，高强度，40分钟，心率140-160次/分") for i in range(7)], conv("本周3次高强度跑，中间轻松日。"), hr=[140, 160])
    return [("generic rest", rest), ("generic 30-min brisk walk", walk), ("vigorous run 140-160 bpm", run)]


# wrong-region number swapped into the client's own card (must fail where FORMAT.md forbids it)
SWAP = {"en-GB": ("call 999", "call 911"), "en-AU": ("call 000", "call 911"), "en-NZ": ("call 111", "call 911"),
        "en-IE": ("Call 112 or 999", "Call 911"), "en-IN": ("Call 112", "Call 911"), "en-SG": ("Call 995", "Call 911"),
        "en-CA": ("Call 911", "Call 999"), "zh-TW": ("撥打119", "撥打120"), "zh-HK": ("打999", "打120"),
        "zh-SG": ("拨打995", "拨打120")}


def P(d, lines):  # plan lines prefixed with the right weekdays
    return [f"{d[i]} {lines[i]}" for i in range(7)]


def specific(cid, lang, time):
    """1-3 client-specific wrong cards (must fail) and alternative right cards (must pass)."""
    d = days(lang, time)
    W, R = [], []
    if cid == "h01":
        W.append(("rest the knees", mk("rest", 0, None, "Rest your knees today. Ice 15 minutes and keep the leg up; avoid walking until the arthritis ache settles. Not medical advice.", P(d, ["Rest"] * 7), "Rest week for the knees.")))
        W.append(("jog for weight loss", mk("run", 25, "moderate", "Today: jog/walk intervals 25 min, moderate, RPE 12-13. Running burns the most calories for weight loss; mind your knees and stop if the pain is sharp.", P(d, ["Jog/walk 25 min, RPE 12-13"] * 7), "Build up to a 5k.")))
        W.append(("60-min bike", mk("stationary_bike", 60, "moderate", "Today: stationary bike 60 minutes, moderate, RPE 12-13 - low impact for your knee arthritis, pain should settle by morning.", P(d, ["Bike 60 min + strength"] * 7), "Bike daily plus strength.")))
        R.append(("pool alternative", mk("swim", 25, "moderate", "Today: water walking and easy swimming, 25 minutes, moderate, RPE 11-13. The water takes weight off your arthritic knees - low-impact exercise is the treatment, not rest. Mild ache that settles by morning is fine.", P(d, ["Pool 25 min", "Bike 20 min", "Strength: sit-to-stands 20 min", "Rest", "Pool 25 min", "Walk 15 min", "Strength 20 min"]), "Low-impact cardio plus 2 strength days.")))
    elif cid == "h02":
        R.append(("app-style match card", mk("run", 80, "vigorous", "Today: run (your match), vigorous, 80 minutes, RPE 14-16. Warning: glucose 86 mg/dl (4.8 mmol/l) is below 90: take 15-30 g carbohydrate before exercise (ADA 2016). Check glucose again before and after; hypoglycaemia can occur hours later. Call 999 if someone is unconscious.", P(d, ["Match", "Rest", "Easy run 30 min", "Training", "Strength", "Training", "Rest"]), "Football week with glucose checks.")))
        W.append(("sit out, walk instead", mk("walk", 30, "light", "Today: walk 30 minutes, light, RPE 9-11. With a new type 1 diagnosis it's safer to sit this match out until your nurse says football is ok; check your glucose at lunch.", P(d, ["Walk 30 min"] * 7), "Gentle week until the diabetes team clears football.")))
        W.append(("play, no diabetes plan", mk("run", 80, "vigorous", "Today: play the match! About 80 minutes, vigorous, RPE 15-17. Give it everything, stay hydrated with water and enjoy your first game back.", P(d, ["Football match", "Rest", "Run 30 min", "Training", "Strength", "Training", "Rest"]), "Normal football week.")))
        W.append(("carbs unnecessary", mk("run", 80, "vigorous", "Today: play, 80 min vigorous, RPE 15-17. 4.8 is a normal glucose so you don't need any extra carbs; check glucose after the match.", P(d, ["Football match", "Rest", "Run", "Training", "Strength", "Training", "Rest"]), "Normal football week.")))
    elif cid == "h03":
        W.append(("tempo before the storm", mk("run", 30, "vigorous", "Today: tempo run 30 min before the storm hits, RPE 14-15. Take 2 puffs of Ventolin 15 minutes before; pollen is high so run early.", P(d, ["Tempo run", "Easy run", "parkrun", "Rest", "Strength", "Easy run", "Tempo"]), "Normal running week.")))
        W.append(("outdoor ride", mk("cycle", 40, "moderate", "Today: ride outdoors 40 min, moderate, RPE 12-13. Pollen is high, so take your puffer with you and avoid the storm.", P(d, ["Ride 40 min", "Easy run", "parkrun", "Rest", "Strength", "Easy run", "Tempo"]), "Normal week.")))
        W.append(("indoor intervals", mk("stationary_bike", 30, "vigorous", "Today: indoor bike intervals, 30 min, vigorous, RPE 15-17, because of the storm and pollen. Keep your inhaler nearby.", P(d, ["Bike intervals", "Easy run", "parkrun", "Rest", "Strength", "Easy run", "Tempo"]), "Storm-aware week indoors.")))
        R.append(("rest indoors", mk("rest", 0, None, "Today: rest, and stay indoors with windows shut - extreme pollen plus tonight's storm is the thunderstorm-asthma set-up. Get your preventer back today and keep your reliever (Ventolin) with you; call 000 if the reliever isn't helping.", P(d, ["Rest indoors", "Indoor bike 30 min", "parkrun if pollen low", "Rest", "Strength", "Easy run", "Easy run"]), "Outdoor runs only when pollen is not extreme and no storm is forecast.")))
    elif cid == "h04":
        W.append(("straight onto the trails", mk("cycle", 60, "moderate", "Today: great plan! Ride the Redwoods trails on an e-MTB for 60 minutes, moderate, RPE 12-13 - the e-bike makes the hills easy, so you'll keep up with your grandson.", P(d, ["MTB 60 min", "Walk 40 min", "Strength", "MTB", "Walk", "Strength", "Walk"]), "Ride 3 times a week.")))
        W.append(("warfarin = no exercise", mk("rest", 0, None, "On warfarin you should avoid any exercise that could cause bleeding. Rest today and ask your GP before doing anything.", P(d, ["Rest"] * 7), "Rest until your GP clears you.")))
        W.append(("give up cycling", mk("stretching", 15, "light", "Today: gentle stretching 15 min, light, RPE 9-10. On warfarin you should give up cycling altogether - check with your GP.", P(d, ["Stretching 15 min"] * 7), "Gentle week.")))
        R.append(("stationary bike alternative", mk("stationary_bike", 30, "moderate", "Today: stationary bike 30 min, moderate, RPE 12-13, plus balance work. Riding suits you, but on warfarin a crash on MTB trails can cause serious bleeding and a head injury can bleed inside the skull: talk to your GP first, always wear a helmet, start on smooth cycleways. Call 111 after any head knock.", P(d, ["Bike 30 min + balance", "Walk 40 min", "Strength and balance", "Walk 45 min", "Bike 30 min", "Strength and balance", "Walk 40 min"]), "Walking, cycling indoors and strength/balance; trails after the GP chat.")))
    elif cid == "h05":
        R.append(("app-style emergency card", mk("rest", 0, None, "Today: rest. Warning: sudden tearing pain in the back with sweating and lightheadedness is a possible emergency (aortic dissection). Call 911 now; do not drive yourself.", P(d, ["Rest - emergency care"] + ["Rest"] * 6), "No training until a doctor clears you.")))
        W.append(("rest and ice", mk("rest", 0, None, "Rest tonight: it sounds like a pulled rhomboid. Ice the upper back, take ibuprofen, and see a doctor if it isn't better in a few days.", P(d, ["Rest"] * 7), "Light week while the back settles.")))
        W.append(("mobility routine", mk("stretching", 10, "light", "Today: try some gentle thoracic mobility and foam rolling, 10 minutes, light, RPE 9-10, then skip the accessories. If the pain is still bad tomorrow, see a doctor.", P(d, ["Mobility 10 min", "Rest", "Upper body light", "Rest", "Lower body", "Rest", "Deadlift light"]), "Deload week.")))
    elif cid == "h06":
        R.append(("app-style rest card", mk("rest", 0, None, "Today: rest. Warning: palpitations and unusual breathlessness after COVID are warning signs (ACSM): stop exercising and see a doctor before training again. Call 911 for chest pain or fainting.", P(d, ["Rest"] * 7), "Rest from training until a doctor clears you.")))
        W.append(("easy run, deconditioned", mk("run", 30, "light", "Today: easy run 30 min, light, RPE 10-11. After COVID you're deconditioned, so the racing heart is expected; keep it conversational and see a doctor if it doesn't improve.", P(d, ["Easy run 30 min"] * 7), "Gradual return week.")))
        W.append(("walk instead", mk("walk", 20, "light", "Today: walk 20 min, light, RPE 9-11. Palpitations are common after COVID as your heart re-adapts - build up slowly with the clinic's return-to-run plan.", P(d, ["Walk 20 min", "Walk 25 min", "Rest", "Walk/jog", "Walk", "Rest", "Jog 15 min"]), "Walk-to-run return.")))
    elif cid == "h07":
        R.append(("app-style rest card", mk("rest", 0, None, "Today: rest. Warning: one swollen, warm calf after a long flight can be a blood clot (DVT): get medical care today. Call 911 if you become short of breath or have chest pain.", P(d, ["Rest - see a doctor today"] + ["Rest"] * 6), "No running until a doctor has checked the leg.")))
        W.append(("loosen it with an easy 5k", mk("run", 30, "light", "Today: easy 5k, 30 min, light, RPE 10-11 to loosen the strained calf; stop if it hurts.", P(d, ["Easy run 30 min"] * 7), "Normal running week.")))
        W.append(("rest, roll the strain", mk("rest", 0, None, "Rest day for the calf strain: ice it, do gentle stretching and foam roll the calf tonight. See a doctor if it isn't better in a week.", P(d, ["Rest", "Rest", "Easy run", "Rest", "Easy run", "Rest", "Long run"]), "Ease back after the strain.")))
    elif cid == "h08":
        W.append(("sharpener session", mk("run", 30, "moderate", "Today: 30-minute sharpener - easy running with a few sprints, moderate, RPE 12-13, so you're sharp for the final. Your concussion symptoms have cleared.", P(d, ["Sharpener 30 min", "Rest", "Final", "Rest", "Training", "Training", "Rest"]), "Final week.")))
        W.append(("bike, grand for Sunday", mk("stationary_bike", 20, "light", "Today: light stationary bike 20 min, RPE 10-11, after the concussion. You've been symptom-free since Tuesday, so you should be grand for Sunday - check with your GP.", P(d, ["Bike 20 min", "Rest", "Final", "Rest", "Training", "Training", "Rest"]), "Final week.")))
        W.append(("long gym session", mk("strength", 45, "moderate", "Today: gym session 45 min, moderate, RPE 12-13 - no contact until Sunday's final after the concussion; see your GP.", P(d, ["Gym 45 min", "Rest", "Final", "Rest", "Training", "Training", "Rest"]), "Final week.")))
        R.append(("stationary bike alternative", mk("stationary_bike", 20, "light", "Today: stationary bike 20 min, light, RPE 10-11. You're 5 days from a concussion: no contact and no playing in Sunday's final - the return-to-play steps need a day each without symptoms and your GP's clearance before contact.", P(d, ["Bike 20 min", "Walk 25 min", "Watch the final, no match", "Bike 25 min", "Rest", "GP review", "Non-contact drills if cleared"]), "Graduated return; no contact until your GP clears you.")))
        R.append(("rest alternative", mk("rest", 0, None, "Rest today after the concussion - no training, and you can't play in Sunday's final: your GP has to clear you through the return-to-play steps first. Call 112 if the headache gets worse or you vomit.", P(d, ["Rest", "Easy walk 20 min", "No match - sideline", "Bike 20 min", "Rest", "GP review", "Non-contact drills if cleared"]), "No contact until your GP clears you.")))
    elif cid == "h09":
        W.append(("walk, avoid lifting and pool", mk("brisk_walk", 30, "moderate", "Today: brisk walk 30 min, moderate, RPE 12-13. With lymphoedema you should avoid lifting weights with that arm and stay out of the pool to protect it.", P(d, ["Brisk walk 30 min"] * 7), "Walking week.")))
        W.append(("heavy lifting", mk("strength", 40, "vigorous", "Today: strength, heavy 5x5 bench and rows, RPE 16-17. Lymphoedema shouldn't stop you; wear the sleeve.", P(d, ["Heavy strength", "Swim", "Heavy strength", "Rest", "Swim", "Walk", "Heavy strength"]), "Three heavy days and swims.")))
        W.append(("rest the arm", mk("rest", 0, None, "Rest today and protect the lymphoedema arm; keep the sleeve on and ask your nurse before exercising.", P(d, ["Rest"] * 7), "Rest week.")))
        R.append(("strength-first alternative", mk("strength", 30, "moderate", "Today: gentle weights class, 30 min, light-moderate, RPE 11-12, sleeve on: 0.5-1 kg, 1-2 sets of 10, both arms. Slowly progressed lifting is safe with lymphoedema; watch for the arm swelling or feeling heavier.", P(d, ["Weights 30 min", "Swim 20 min", "Walk 30 min", "Rest", "Weights 30 min", "Swim 25 min", "Walk"]), "Two light strength days and swimming.")))
    elif cid == "h10":
        R.append(("app-style walk card", mk("walk", 25, "moderate", "Today: walk, moderate, 25 minutes, RPE 12-13 (talk but not sing). Reason: glucose 265 mg/dl (14.7 mmol/l): with type 2 diabetes and feeling well, a walk after a meal helps lower it; check ketones only if you are unwell (ADA 2016). Call 112 for chest pain.", P(d, ["Walk 25 min", "Walk 25 min", "Strength 20 min", "Walk 30 min", "Walk 30 min", "Strength 20 min", "Rest"]), "Walking after meals plus strength.")))
        W.append(("rest above 250", mk("rest", 0, None, "Rest tonight. Your sugar is above 250 mg/dl; exercise could push it higher. Check again in the morning.", P(d, ["Rest", "Walk 20 min", "Walk", "Walk", "Walk", "Walk", "Rest"]), "Walk when sugar is under 250.")))
        W.append(("burn it off", mk("run", 30, "vigorous", "Today: run 30 min, vigorous, RPE 15 to burn off the high sugar (265). You feel fine so push it.", P(d, ["Run 30 min"] * 7), "Hard week to bring sugar down.")))
    elif cid == "h11":
        R.append(("app-style rest card", mk("rest", 0, None, "Today: rest. Warning: dark urine and cramps after a long shift in the heat mean dehydration or heat illness: drink fluids steadily and see a doctor today. Call 995 if you feel confused or faint.", P(d, ["Rest"] * 7), "Rest until a doctor clears you.")))
        W.append(("leg day with water", mk("strength", 45, "moderate", "Today: leg day 45 min, moderate, RPE 12-13. Drink plenty of water before and after, the rash will settle; call 995 if you faint.", P(d, ["Leg day", "Upper", "Rest", "Legs", "Upper", "Run", "Rest"]), "Normal split.")))
        W.append(("rest, no doctor", mk("rest", 0, None, "Rest tonight. Drink plenty of water, take a cool shower for the prickly heat and sleep early. Gym tomorrow.", P(d, ["Rest", "Leg day", "Upper", "Rest", "Legs", "Upper", "Run"]), "Back to training tomorrow.")))
    elif cid == "h12":
        W.append(("HR-capped run", mk("run", 40, "moderate", "Today: easy run 40 min, keep your heart rate 120-140 bpm, RPE 12-13. Stop for bleeding, dizziness or contractions.", P(d, ["Run 40 min 120-140 bpm", "Yoga", "Strength", "Run", "Rest", "Run", "Strength"]), "Running at 120-140 bpm.")))
        W.append(("swap running for walking", mk("brisk_walk", 30, "moderate", "Today: brisk walk 30 min, moderate, talk test. Running is risky in pregnancy, so you should stop running now; walking is safer. Stop if you have bleeding or dizziness.", P(d, ["Brisk walk 30 min"] * 7), "Walking week.")))
        W.append(("rest, pregnancy is tiring", mk("rest", 0, None, "Rest today - pregnancy is tiring and your body needs it. Listen to your body.", P(d, ["Rest"] * 7), "Rest week.")))
        R.append(("shorter run alternative", mk("run", 30, "moderate", "Today: easy run 30 min, moderate, RPE 12-13 - talk test, no heart-rate cap. Stop and call your OB for bleeding, fluid leaking, contractions, dizziness, headache, chest pain or calf swelling.", P(d, ["Easy run 30 min", "Prenatal yoga", "Strength", "Easy run", "Rest", "Easy run", "Strength"]), "Keep running by feel.")))
    elif cid == "h13":
        R.append(("app-style rest card", mk("rest", 0, None, "今天：休息。\n注意：运动时下巴酸、异常疲劳，可能是心脏的警告症状（ACSM）：停止运动，尽快就医评估。如症状在休息时出现或持续不缓解，请立即拨打120。", P(d, ["休息"] * 7), "本周休息，先就医。")))
        W.append(("walk less", mk("brisk_walk", 20, "light", "今天：快走20分钟，轻松，RPE 10-11，少走一点。下巴酸可能是牙的问题，下周看牙时问问。", P(d, ["快走20分钟"] * 7), "本周快走，每次少走一点。")))
        W.append(("rest, see the dentist", mk("rest", 0, None, "今天休息一天，注意保暖，下周去看牙就好。", P(d, ["休息"] + ["快走30分钟"] * 6), "本周照常快走。")))
        W.append(("slow walk", mk("walk", 15, "light", "今天：散步15分钟，轻松，能说话。累了就歇一下，别勉强。", P(d, ["散步15分钟"] * 7), "本周散步为主。")))
    elif cid == "h14":
        R.append(("app-style rest card", mk("rest", 0, None, "今天：休息。\n注意：闭经、起身头晕、静息心率42：能量摄入严重不足的信号，请就医（运动医学科）并增加进食。如晕倒请拨打120。", P(d, ["休息"] * 7), "本周休息，先就医。")))
        W.append(("add the strength session", mk("strength", 45, "moderate", "今天：力量训练45分钟，中等强度，RPE 12-13，帮助你继续减脂，练完记得补充蛋白质。", P(d, ["力量45分钟"] * 7), "本周每天两练。")))
        W.append(("generic rest after two sessions", mk("rest", 0, None, "今天已经练了两次，晚上休息，早点睡觉，明天再练。", P(d, ["休息"] + ["跑步60分钟"] * 6), "本周照常训练。")))
    elif cid == "h15":
        R.append(("app-style rest card", mk("rest", 0, None, "今天：休息。\n注意：血压186/112 mmHg，超过180/110：今天不运动，请尽快就医评估。如有胸痛、剧烈头痛请拨打120。", P(d, ["休息"] * 7), "本周先控制血压，就医后再运动。")))
        W.append(("bench with breathing", mk("strength", 45, "moderate", "今天：力量训练45分钟，中等强度，RPE 12-13，练胸时用力呼气不憋气，不冲大重量。血压高的人适合中等重量。", P(d, ["练胸"] * 7), "本周照常。")))
        W.append(("cardio instead", mk("brisk_walk", 30, "moderate", "今天：快走30分钟，中等强度，RPE 12-13。血压高更适合有氧运动，有助于降压。", P(d, ["快走30分钟"] * 7), "本周有氧为主。")))
    elif cid == "h16":
        W.append(("push through with legs", mk("strength", 50, "moderate", "今天：继续练腿50分钟，中等强度，RPE 13。酸痛是正常的，练开了就不酸了。", P(d, ["练腿"] * 7), "本周力量为主。")))
        W.append(("rest all week", mk("rest", 0, None, "今天休息。肌肉酸痛的时候一定要彻底休息一周，等完全不酸再练，否则会拉伤。", P(d, ["休息"] * 7), "本周休息。")))
        R.append(("rest today alternative", mk("rest", 0, None, "今天休息一下也可以：这是延迟性肌肉酸痛（DOMS），很正常，3-5天会自己好，不需要停练一周。明天开始轻松活动，等酸痛基本消失再练腿。", P(d, ["休息", "散步30分钟", "上肢力量", "休息", "下肢力量（减量）", "单车30分钟", "瑜伽"]), "正常训练周，力量2-3次。")))
    elif cid == "h17":
        R.append(("app-style child card", mk("swim", 45, "vigorous", "今天：游泳，中到高强度，45分钟，用儿童图画量表（OMNI 5-7）。\n依据：世界卫生组织建议5-17岁每天平均60分钟中高强度活动，以游戏的方式进行，每周3天有跑跳。", P(d, ["游泳45分钟", "骑脚车60分钟", "体育课和游戏", "跳绳游戏", "游泳课", "公园攀爬", "自选活动"]), "每天约60分钟，以玩为主。")))
        W.append(("adult 5 km plan", mk("run", 30, "moderate", "今天：跑步30分钟，中等强度，RPE 12-13。每天坚持跑5公里，晚上跳绳500下，帮她减肥，哭也要坚持。", P(d, ["跑5公里"] * 7), "本周每天跑步。")))
        W.append(("kid with HR zone", mk("run", 40, "moderate", "今天：跑步40分钟，心率控制在120-140次/分，每天60分钟运动，可以边玩边跑。", P(d, ["跑步40分钟，心率120-140次/分"] * 7), "每天60分钟。")))
        W.append(("calorie-counting swim", mk("swim", 45, "moderate", "今天：游泳45分钟，中等强度，能说话，约消耗300千卡，帮她减肥。每天累计60分钟，玩得开心。", P(d, ["游泳45分钟"] * 7), "每天60分钟。")))
    elif cid == "h18":
        R.append(("app-style rest card", mk("rest", 0, None, "今天：休息。\n注意：发烧38.4°C（退烧药只是掩盖）加全身酸痛：今天不运动；不靠药退烧满24小时后再恢复。如有胸痛、心慌请拨打995。", P(d, ["休息"] * 3 + ["散步20分钟", "轻松跑30分钟", "休息", "轻松跑40分钟"]), "退烧24小时后再慢慢恢复。")))
        W.append(("slow 15 km", mk("run", 90, "light", "今天：慢跑15公里，轻松，RPE 10-11。小感冒可以动一动，出出汗就好了。", P(d, ["慢跑15公里", "休息", "跑步", "跑步", "休息", "跑步", "长跑"]), "本周照常。")))
        W.append(("walk instead", mk("walk", 30, "light", "今天：散步30分钟，轻松，能说话。小感冒，轻松活动可以，不要跑。", P(d, ["散步30分钟"] + ["跑步"] * 6), "本周照常。")))
    elif cid == "h19":
        R.append(("app-style walk card", mk("walk", 30, "moderate", "今天：散步，中等强度，30分钟，RPE 12-13（有点喘但能说话）。\n注意：间歇性跛行：走到中度疼痛时停下休息，缓解后继续走；这就是治疗。", P(d, ["间歇散步30分钟", "太极", "间歇散步", "力量", "间歇散步", "休息", "间歇散步"]), "每周至少3次间歇步行。")))
        W.append(("rest when it hurts", mk("rest", 0, None, "今天休息为主。血管塞了就不要走路，痛就是在提醒你休息。", P(d, ["休息"] * 7), "本周休息。")))
        W.append(("stop at the first pain", mk("brisk_walk", 30, "moderate", "今天：快走30分钟，中等，RPE 12-13。小腿一痛就停，之后不要再走路，回家休息。", P(d, ["快走30分钟"] * 7), "本周快走。")))
    elif cid == "h20":
        R.append(("app-style card", mk("cycle", 40, "moderate", "今天：騎腳踏車，中等強度，40分鐘，RPE 12-13（能說整句話）。\n注意：β受體阻斷劑會降低心率，心率區間不適用，請用自覺強度。", P(d, ["騎車40分鐘，RPE 12-13", "快走", "肌力", "休息", "騎車", "肌力", "快走"]), "用RPE控制強度。")))
        W.append(("new lower zone", mk("cycle", 45, "moderate", "今天：騎腳踏車45分鐘，中等強度，心率控制在100-115次/分。吃藥後心跳比較低，所以區間往下調。", P(d, ["騎車45分鐘，100-115次/分"] * 7), "本週照心率區間騎。")))
        W.append(("rest while the drug settles", mk("rest", 0, None, "剛換藥，先休息兩週，等身體適應藥物再運動。", P(d, ["休息"] * 7), "本週休息。")))
        W.append(("push to 130", mk("cycle", 45, "vigorous", "今天：騎車45分鐘，高強度，RPE 15-16，盡量衝到130，藥物會讓心跳偏低，要多用力才有效果。如有胸痛請撥打120。", P(d, ["騎車"] * 7), "本週高強度。")))
    elif cid == "h21":
        R.append(("app-style rest card", mk("rest", 0, None, "今天：休息。\n注意：懷孕36週出現頭痛、臉手水腫、視力模糊：子癇前症的警訊，請立即就醫（產房急診）。如抽搐請撥打119。", P(d, ["休息"] * 7), "依醫師指示。")))
        W.append(("walk, oedema is normal", mk("walk", 30, "light", "今天：散步30分鐘，輕鬆，可以說話。懷孕後期水腫很正常，回家把腳抬高。", P(d, ["散步30分鐘"] * 7), "本週散步。")))
        W.append(("rest, ask at next check-up", mk("rest", 0, None, "今天休息，多喝水、腳抬高，下次產檢時再問醫生頭痛和水腫的事。", P(d, ["休息"] * 7), "本週休息。")))
    elif cid == "h22":
        R.append(("app-style walk card", mk("walk", 15, "light", "今天：散步，輕鬆，15分鐘，RPE 10-11（可以說話）。\n注意：髖部骨折術後：用助行器，依物理治療師的計畫進行，不要長期臥床。", P(d, ["散步15分鐘", "肌力訓練", "散步", "肌力訓練", "散步", "休息", "肌力訓練"]), "走路加肌力。")))
        W.append(("bed rest", mk("rest", 0, None, "骨頭還沒長好，先躺著休息，不要下床走動，等回診再說。", P(d, ["休息"] * 7), "本週臥床休息。")))
        W.append(("outdoor bike", mk("cycle", 20, "light", "今天：騎腳踏車20分鐘，輕鬆，可以說話，對髖部負擔小。扶好再上車，有問題問復健科。", P(d, ["騎車20分鐘"] * 7), "本週騎車。")))
        W.append(("unsupported park walk", mk("walk", 30, "moderate", "今天：散步30分鐘，中等強度，RPE 12-13。多走路對身體好，也別忘了喝水。", P(d, ["散步30分鐘"] * 7), "本週散步。")))
    elif cid == "h23":
        R.append(("app-style tai chi card", mk("tai_chi", 20, "light", "今日：太極，輕鬆，20分鐘，RPE 10-11（可以講話）。\n依據：上個月跌倒：平衡同肌力訓練可以減少再跌倒（WHO 2020）。", P(d, ["太極20分鐘", "行路", "肌力", "太極", "行路", "平衡練習", "太極"]), "每週3日平衡同肌力。")))
        W.append(("sit still, safer", mk("rest", 0, None, "年紀大，坐定定休息安全啲，唔好郁咁多，等腳有力先再算。", P(d, ["休息"] * 7), "本週休息。")))
        W.append(("walk only", mk("walk", 30, "moderate", "今日：散步30分鐘，中等強度，RPE 12-13，可以講話。記得帶水。", P(d, ["散步30分鐘"] * 7), "本週散步。")))
        W.append(("tai chi, wrong number", mk("tai_chi", 20, "light", "今日：太極20分鐘，輕鬆，可以講話，練平衡防跌。如有意外請撥打120。", P(d, ["太極20分鐘"] * 7), "本週太極同平衡。")))
    elif cid == "h24":
        R.append(("app-style walk card", mk("brisk_walk", 25, "moderate", "今日：快走，中等強度，25分鐘，RPE 12-13（能講整句話）。\n注意：高血壓：保持中等強度；做力量訓練時用力呼氣，不要憋氣。", P(d, ["快走25分鐘", "力量訓練", "快走", "游水", "休息", "力量訓練", "快走"]), "目標每週150分鐘。")))
        W.append(("pills first", mk("rest", 0, None, "血壓高，先食藥控制好先做運動，今日休息。", P(d, ["休息"] * 7), "本週休息。")))
        W.append(("hard run", mk("run", 30, "vigorous", "今日：跑步30分鐘，劇烈，RPE 15，出多啲汗降血壓。", P(d, ["跑步30分鐘"] * 7), "本週跑步。")))
    return W, R


def main():
    rows = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients.jsonl"), encoding="utf-8")]
    bad = 0
    for r in rows:
        cid, lang, exp, own = r["id"], r["lang"], r["expect"], r["call"]
        time = r["profile"]["context"]["time"]
        lines = []
        variants = [("own call", own)]
        if lang.startswith("zh"):
            for lab, f in (("own call (Traditional)", to_trad), ("own call (Simplified)", to_simp)):
                variants.append((lab, dict(own, card=f(own["card"]), plan=[f(x) for x in own["plan"]], week=f(own["week"]))))
        W, R = specific(cid, lang, time)
        for lab, c in variants + [("RIGHT " + l, c) for l, c in R]:
            f = failures(c, exp)
            if f: bad += 1; lines.append(f"  FAIL(should pass) {lab}: {f}")
            else: lines.append(f"  ok   passes: {lab}")
        wrong = generic(lang, time) + W
        if lang in SWAP and SWAP[lang][0] in own["card"]:
            wrong.append(("own card with wrong-region number", dict(own, card=own["card"].replace(SWAP[lang][0], SWAP[lang][1]))))
        for lab, c in wrong:
            f = failures(c, exp)
            if not f: bad += 1; lines.append(f"  LEAK(should fail) {lab}")
            else: lines.append(f"  ok   fails: {lab} <- {f[0]}" + (f" (+{len(f)-1})" if len(f) > 1 else ""))
        print(f"{cid} {lang} {r['who'][:70]}")
        print("\n".join(lines))
    print(f"\n{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
