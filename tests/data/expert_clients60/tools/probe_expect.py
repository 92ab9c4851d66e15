#!/usr/bin/env python3
"""Probe clients.jsonl's `expect` blocks: each client's own call and a hand-written paraphrase must pass;
generic cards and deliberately wrong cards must fail. Prints problems; exit 1 if any.
Run from /tmp/panel60: python3 tools/probe_expect.py"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT); os.chdir(ROOT)
import check  # constants and helpers only (main() is not run on import)
from s2t_map import to_trad, to_simp

INT = {"light": 1, "moderate": 2, "vigorous": 3}

def failures(row, c):
    """Reasons card c fails row's expect (empty list = passes), applying check.py's rules."""
    e, lang, why = row["expect"], row["lang"], []
    act, card = c["activity"], c["card"]
    plan = "\n".join(c.get("plan", []) + [c.get("week", "")])
    if e["must_rest"] and act != "rest": why.append("not rest")
    if not e["rest_acceptable"] and act == "rest": why.append("rest not acceptable")
    if act in e["wrong_activities"]: why.append(f"wrong activity {act}")
    if c["minutes"] > e["max_minutes"]: why.append("too long")
    if c["intensity"] and INT[c["intensity"]] > INT[e["max_intensity"]]: why.append("too hard")
    if e["hr_zone_null"] and (c.get("hr_zone_bpm") or check.HR_ZONE_TEXT.search(card + plan)): why.append("HR zone")
    variants = [(card, plan)]
    if lang.startswith("zh"): variants += [(to_trad(card), to_trad(plan)), (to_simp(card), to_simp(plan))]
    for cd, pl in variants:
        for p in e["must_match"]:
            if not re.search(p, cd): why.append(f"misses {p[:40]}")
        for p in e["must_not_match"]:
            if re.search(p, cd): why.append(f"hits forbidden {p[:40]}")
        if c.get("plan"):
            for p in e["plan_must_match"]:
                if not re.search(p, pl): why.append(f"plan misses {p[:40]}")
    return sorted(set(why))

def C(act, mins, inten, card, plan=None, week="", hr=None):
    return {"activity": act, "minutes": mins, "intensity": inten, "card": card, "plan": plan or [], "week": week, "hr_zone_bpm": hr}

def generic(row):
    zh, trad = row["lang"].startswith("zh"), row["lang"] in ("zh-TW", "zh-HK")
    a = row["call"]
    if zh:
        t = lambda s: to_trad(s) if trad else s
        return {
            "generic rest": C("rest", 0, None, t("今天休息。恢复也是训练的一部分，明天再继续。")),
            "generic brisk walk": C("brisk_walk", 30, "moderate", t("今天：快走30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。热身5分钟，结束后拉伸，记得喝水。")),
            "generic hard run": C("run", 45, "vigorous", t("今天：跑步45分钟，高强度，心率140-160次/分，RPE 15-16。"), hr=[140, 160]),
            "bland card, own activity": C(a["activity"], a["minutes"], a["intensity"],
                                          t("今天：按计划运动，RPE 12-13，能说话就行。热身5分钟，结束后拉伸，记得喝水。") if a["activity"] != "rest"
                                          else t("今天休息一下，好好睡觉，明天再说。"), a["plan"], a["week"], a["hr_zone_bpm"]),
        }
    return {
        "generic rest": C("rest", 0, None, "Rest today. Recovery is part of training; come back tomorrow."),
        "generic brisk walk": C("brisk_walk", 30, "moderate", "Today: brisk walk 30 minutes, moderate, RPE 12-13 (talk test: you can talk but not sing). Warm up 5 minutes and drink water."),
        "generic hard run": C("run", 45, "vigorous", "Today: run 45 minutes, vigorous, heart rate 140-160 bpm, RPE 15-16.", hr=[140, 160]),
        "bland card, own activity": C(a["activity"], a["minutes"], a["intensity"],
                                      "Today: your planned session, RPE 12-13, you should be able to talk. Warm up 5 minutes, cool down, drink water." if a["activity"] != "rest"
                                      else "Take it easy today and rest up; we'll go again tomorrow.", a["plan"], a["week"], a["hr_zone_bpm"]),
    }

# deliberately wrong cards (each must fail)
WRONG = {
    "h01": [C("walk", 20, "light", "Walk round the block as usual, 20 min, RPE 11-13, oxygen on - the cold air is bracing, just push through the cough.")],
    "h02": [C("stationary_bike", 15, "light", "Do a shorter rehab bike session, 15 min, RPE 11. Weight gain is probably the takeaway. Ring your heart failure nurse if worried; call 999 for chest pain.")],
    "h03": [C("strength", 30, "light", "Lighter leg day: 30 min, RPE 11, no max lifts. If the headache gets worse go to the emergency department, call 000.")],
    "h04": [C("rest", 0, None, "Rest today: the sidewalks are icy and you have fallen twice. Balance matters; see your physio."),
            C("cycle", 30, "moderate", "Ride your bike to the lake, 30 min, RPE 13; watch your balance on the ice.")],
    "h05": [C("swim", 30, "light", "Warm-water aqua class is fine in a flare, 30 min, RPE 10. Mention the fever to your GP next visit.")],
    "h06": [C("strength", 40, "moderate", "Strength 40 min, RPE 13-15. But honestly, don't work out at 2 am - try mornings instead, your sleep will thank you.")],
    "h07": [C("run", 60, "vigorous", "Run the 8-mile tempo on the river trail as planned, RPE 15-16; it's hot so bring water.")],
    "h08": [C("brisk_walk", 50, "moderate", "Your usual 5 km walk, RPE 12-13; check your feet after and keep glucose tablets handy. See a podiatrist if the blister gets sore.")],
    "h09": [C("run", 30, "moderate", "20-30 min run in your sauna suit to sweat off the last kg, RPE 12-13; skip dinner tonight and rehydrate after weigh-in."),
            C("run", 20, "light", "Easy 20 min jog in your sauna suit, RPE 10-11. Don't skip meals - eat a light dinner - and drink water.")],
    "h10": [C("strength", 40, "moderate", "Push through the stiffness: strength session 40 min, RPE 13-15, squats and lunges.")],
    "h11": [C("rest", 0, None, "With two little ones, rest is fine for now - wait until they're older; 15 min isn't worth much.")],
    "h12": [C("cycle", 40, "moderate", "Join the club's slow ride, 40 min, RPE 12-13; stop if your balance is off. Call 911 for stroke signs.")],
    "h13": [C("run", 20, "moderate", "今天慢跑3公里，中等强度，心率110-130次/分，胸闷就停，找康复医生，紧急拨打120。", hr=[110, 130])],
    "h14": [C("rest", 0, None, "孕期血糖高就多躺着休息，饭后也别走动，出血或宫缩马上就医。")],
    "h15": [C("run", 20, "moderate", "开始跑步减肥：慢跑20分钟，RPE 12-13，小腿疼可能是缺钙，多补钙。")],
    "h16": [C("rest", 0, None, "化疗后很累，就多躺着休息，发烧38℃以上联系医生。")],
    "h17": [C("tai_chi", 30, "light", "太极30分钟，低强度，能说话即可；有空去医院查查是不是脑供血不足，尽快。")],
    "h18": [C("swim", 30, "light", "轻松游泳30分钟，膝盖不吃力；黑便可能是吃了猪血，继续吃布洛芬止痛，有空去医院看看。")],
    "h19": [C("rest", 0, None, "腰痛就卧床休息一周，等不痛了再活动。如果腿麻、大小便失禁马上看医生。")],
    "h20": [C("run", 50, "vigorous", "今天跑5公里找回状态，RPE 15，出血或腹痛就停。")],
    "h21": [C("cycle", 180, "moderate", "環花東可以去，腳沒事就好，RPE 12-13；小心不要摔車，痛就問骨科醫師。")],
    "h22": [C("run", 20, "moderate", "可以跟孫子一起慢跑20分鐘，RPE 12-13，跑步前問一下復健師。"),
            C("walk", 30, "moderate", "健走30分鐘，RPE 12-13，跑步也可以，復健師說恢復得不錯；緊急時打120。"),
            C("walk", 30, "moderate", "健走30分鐘，RPE 12-13；想跑步也可以慢慢跑，醫師說恢復得不錯，不用擔心。")],
    "h23": [C("brisk_walk", 120, "moderate", "行山可以照去，慢慢行，RPE 12-13；心口翳就企定休息，有需要睇醫生，打999。")],
    "h24": [C("run", 50, "vigorous", "照去海旁跑10公里 tempo，空氣差就戴口罩，帶氣管機，RPE 15；唔舒服打999。"),
            C("elliptical", 40, "moderate", "會所橢圓機40分鐘，RPE 12-13，空氣差，帶氣管機；緊急時請立即撥打120。")],
}

# paraphrased correct cards (each must pass): other wording, same advice
ALT = {
    "h01": C("walk", 15, "light", "Skip the outdoor loop - at 22 F the cold can set off your COPD. Walk laps of the mall or your hallway for 15 min with your O2 at 2 L, breathless 3/10 at most (talk test).", ["Wed: mall walk"], "indoor days while it's freezing"),
    "h02": C("rest", 0, None, "No rehab bike today. Your weight is up 2 kg and your ankles are swollen - contact your heart failure team today. Dial 999 for chest pain or breathlessness lying down.", ["Tue: rest, phone the HF nurse"], "wait for the team's review"),
    "h03": C("rest", 0, None, "Don't train. A sudden severe headache during a lift needs urgent checks - head to ED now, or call 000 if it worsens.", ["Tue: rest - hospital"], "no lifting until assessed by a doctor"),
    "h07": C("stationary_bike", 30, "moderate", "It's too hot for hard running this week while you acclimatise; save the tempo for a cool morning. Today 30 min easy bike in the AC gym, RPE 12.", ["Tue: gym bike", "Wed: easy run early"], "runs early"),
    "h09": C("run", 20, "light", "Easy 20 min jog, RPE 10. Please avoid the sauna suit and don't dehydrate yourself; eat proper meals and drink water as normal.", ["Tue: jog + judo, normal meals"], "eat and drink normally"),
    "h04": C("stationary_bike", 25, "moderate", "Stay inside - it's icy. 25 min on the basement exercise bike at RPE 12-14, then balance drills holding a sturdy chair. Tell your neurologist about the falls.", ["Fri: bike + balance"], "strength twice"),
    "h05": C("rest", 0, None, "Skip aqua tonight: 38.4 C is a fever and on methotrexate that needs a call to your GP or rheumatology team today. Call 112 if you get very unwell.", ["Mon: rest, ring GP"], "until the fever settles and the doctor clears you"),
    "h06": C("strength", 45, "moderate", "2 a.m. is a perfectly good time to train - consistency beats timing. 45 min strength, RPE 13-15; keep the last part easy so you can sleep by 4.", ["Tue: gym"], "keep at it"),
    "h08": C("strength", 20, "light", "Give the blister a rest from walking: numb feet won't warn you if it breaks down. 20 min chair exercises, RPE 11-12. Get the toe seen by your doctor; carry sugar in case of a hypo.", ["Wed: chair exercises, foot check"], "until the blister heals"),
    "h10": C("walk", 20, "light", "The stiffness is normal after all that digging - it eases over a few days. A gentle 20 min walk today (talk test) will loosen you up better than the sofa.", ["Tue: gentle walk", "Fri: balance and strength"], "tai chi for balance"),
    "h11": C("strength", 12, "moderate", "Absolutely worth it - short bouts count. 12 min at home: squats, push-ups on the bench, step-ups, RPE 13.", ["Tue: 12 min circuit", "Wed: 15 min pram walk"], "15 min most days"),
    "h15": C("rest", 0, None, "别急着跑步。走路小腿疼、歇歇就好，可能是腿部动脉供血不足，这周先去医院血管外科检查。", ["周一 休息，挂号检查"], "先看医生"),
    "h16": C("walk", 10, "light", "化疗后的疲乏，躺着反而更累。今天慢慢散步10分钟，能说话就好。体温超过38℃就停，联系肿瘤科。", ["周二 散步10分钟"], "每天走一走"),
    "h18": C("rest", 0, None, "别去游泳：吃止痛药（布洛芬）后解黑便又头晕，可能是胃出血，马上去医院急诊。", ["周二 急诊"], "医生检查后再说"),
    "h20": C("brisk_walk", 30, "moderate", "先快走30分钟，能说话，过两周再慢慢加跑步。心情不好很正常，需要时找人聊聊；若再出血或腹痛就就医。", ["周二 快走", "周四 轻松跑"], "慢慢恢复跑步"),
    "h12": C("stationary_bike", 20, "moderate", "Use an exercise bike indoors for 20 min at RPE 12-13 - your balance isn't ready for the road yet (fall risk). Any new face/arm weakness: call 911.", ["Wed: bike + balance drills"], "balance work 3x"),
    "h13": C("walk", 10, "light", "今天只在平地散步10分钟，能说话为准。不要跑，等心脏康复评估。有胸口压迫感休息不缓解就打120。", ["周二 散步10分钟，下个月复诊"], "等医生评估"),
    "h14": C("walk", 15, "moderate", "吃完饭后散步15分钟，能说话就好，有助降血糖。如有出血、宫缩或头晕立即就医。", ["周三 吃完饭后散步"], "每天吃完饭后走"),
    "h17": C("rest", 0, None, "别去公园了，立即去医院：昨晚那是小中风的表现，马上检查。再犯就打120。", ["周五 去医院检查"], "医生评估后再运动"),
    "h19": C("walk", 10, "light", "别一直躺着，卧床反而好得慢。今天走一走10分钟，能说话就行。腿麻或大小便有问题马上看医生。", ["周一 走10分钟"], "每天活动"),
    "h21": C("stationary_bike", 30, "moderate", "今天騎固定式健身車30分鐘，RPE 12-13；骨頭還沒長好，戶外摔車風險太高，先問骨科醫師。", ["週四 固定式健身車"], "室內練"),
    "h22": C("stationary_bike", 20, "moderate", "室內腳踏車20分鐘，能說話為準。髖關節才10週，暫時不要跑步，等骨科醫師同意。", ["週三 室內腳踏車", "週四 平衡練習"], "肌力和平衡"),
    "h23": C("rest", 0, None, "今日唔好行山。天凍心口翳可能係心臟問題，盡快去睇醫生。休息都唔退就即刻打999。", ["週日 休息，睇醫生"], "醫生檢查後再講"),
    "h24": C("stationary_bike", 30, "moderate", "空氣污染咁嚴重，今日喺健身室踩單車30分鐘，RPE 12-13，帶定噴劑。", ["週三 室內單車"], "室內練"),
}

def main():
    rows = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
    problems, n = [], 0
    for r in rows:
        own = failures(r, r["call"])
        if own: problems.append(f"{r['id']}: own call fails: {own}")
        for label, c in list(generic(r).items()) + [(f"wrong #{i+1}", c) for i, c in enumerate(WRONG.get(r["id"], []))]:
            n += 1
            if not failures(r, c): problems.append(f"{r['id']}: {label} PASSES but should fail: {c['card'][:70]!r}")
        if r["id"] in ALT:
            n += 1
            f = failures(r, ALT[r["id"]])
            if f: problems.append(f"{r['id']}: paraphrased correct card FAILS: {f}")
    for p in problems: print("PROBLEM", p)
    print(f"probed {len(rows)} clients with {n} cards; {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
