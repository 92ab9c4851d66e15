#!/usr/bin/env python3
"""Probe the `expect` blocks of clients.jsonl (panel59).

1. Generic cards (walk / rest / bike / run, in English, Simplified and Traditional Chinese)
   must FAIL every client: each client's expect has to demand something specific to it.
2. Deliberately wrong cards, written per client, must FAIL.
3. Sound cards that say the right thing in other words must PASS (the regexes are not
   tuned to my own wording); Chinese ones are also tried converted to the other script.
4. A sound card with a wrong-region emergency number appended must FAIL.
Run from the panel folder:  python3 tools/probe_expect.py   (exit 1 on any problem)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)


def C(activity, minutes, intensity, card, hr=None, plan=None):
    return {"activity": activity, "minutes": minutes, "intensity": intensity, "hr": hr, "card": card, "plan": plan}


def failures(exp, c):
    """Why a card does not meet `expect` (empty list: it passes)."""
    out = []
    if exp["must_rest"] and c["activity"] != "rest":
        out.append("not rest but must_rest")
    if not exp["rest_acceptable"] and c["activity"] == "rest":
        out.append("rest but rest is wrong")
    if c["activity"] in exp["wrong_activities"]:
        out.append(f"wrong activity {c['activity']}")
    if c["minutes"] > exp["max_minutes"]:
        out.append(f"minutes {c['minutes']} > {exp['max_minutes']}")
    if c["intensity"] and INTENS[c["intensity"]] > INTENS[exp["max_intensity"]]:
        out.append(f"intensity {c['intensity']} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and (c["hr"] is not None or HR_ZONE_TEXT.search(c["card"])):
        out.append("heart-rate zone given")
    for p in exp["must_match"]:
        if not re.search(p, c["card"]):
            out.append(f"misses {p!r}")
    for p in exp["must_not_match"]:
        m = re.search(p, c["card"])
        if m:
            out.append(f"hits must_not {p!r}: {m.group(0)!r}")
    if c["plan"] is not None:
        for p in exp["plan_must_match"]:
            if not re.search(p, c["plan"]):
                out.append(f"plan misses {p!r}")
    return out


# ---------------------------------------------------------------- 1. generic cards
GEN_EN = [
    C("brisk_walk", 30, "moderate", "Today: brisk walk, moderate intensity, 30 minutes, RPE 12-13 (you can talk but not sing). "
      "Warm up for 5 minutes and cool down with some stretching. Drink water. (Not medical advice.)"),
    C("rest", 0, None, "Rest day today. Recovery is part of training: sleep well, drink water and eat well. (Not medical advice.)"),
    C("stationary_bike", 30, "moderate", "Today: stationary bike, 30 min, moderate, RPE 12-13, heart rate 120-140 bpm. "
      "Keep a steady cadence and listen to your body; stop if you feel unwell. (Not medical advice.)"),
    C("run", 30, "moderate", "Today: easy run, 30 minutes at a conversational pace (talk test), RPE 11-13. "
      "Stay hydrated, warm up first and stretch afterwards. (Not medical advice.)"),
]
GEN_ZH = [
    C("brisk_walk", 30, "moderate", "今天：快走，中等强度，30分钟，RPE 12-13（能说话但不能唱歌）。先热身5分钟，结束后拉伸。注意补水。（本建议不是医疗建议。）"),
    C("rest", 0, None, "今天休息。恢复也是训练的一部分，睡好觉、多喝水、吃好饭。（本建议不是医疗建议。）"),
    C("stationary_bike", 30, "moderate", "今天：室内单车30分钟，中等强度，RPE 12-13，能说整句话。保持节奏，感觉不舒服就停下来。（本建议不是医疗建议。）"),
    C("run", 30, "moderate", "今天：轻松跑30分钟，能说话的配速，RPE 11-13。跑前热身，跑后拉伸，注意补水。（本建议不是医疗建议。）"),
]

# ---------------------------------------------------------------- 2. deliberately wrong cards, per client
WRONG = {
    "h01": [C("walk", 20, "light", "Easy walk 20 min, RPE 9-11, to loosen up the sore legs. Dark urine means you're dehydrated: drink plenty of water."),
            C("rest", 0, None, "Rest today. Sore muscles recover in 48 hours; drink plenty of water and stretch gently.")],
    "h02": [C("run", 20, "light", "慢跑20分钟，轻松，能说话。生酮适应期的酮流感很常见，多喝水就好。"),
            C("rest", 0, None, "今天休息。酮流感是正常的适应反应，多喝淡盐水，明天就好了。")],
    "h03": [C("rest", 0, None, "Skip the class tonight: your glucose is 4.7 mmol/l, too low to exercise. Rest and have dinner."),
            C("stationary_bike", 45, "vigorous", "Spin 45 min, go hard, RPE 15-17. 4.7 mmol/l is in range, no need for extra carbs."),
            C("stationary_bike", 45, "moderate", "Spin 45 min, RPE 12-13. Eat a banana before, you're at 4.7 mmol/l.")],
    "h04": [C("run", 20, "light", "轻松慢跑20分钟，RPE 11，能说话。头疼的话多喝水。"),
            C("rest", 0, None, "今天休息一天，明天照常训练，周六可以上场。")],
    "h05": [C("walk", 120, "moderate", "Join the acclimatisation hike: climb high, sleep low. Walk slowly at RPE 11-12 and drink plenty."),
            C("rest", 0, None, "Rest day. Take 2 Panadol, drink water, and rejoin the group tomorrow.")],
    "h06": [C("rest", 0, None, "年紀大了多休息比較安全，先不要運動，等腳有力再說。"),
            C("walk", 10, "light", "散步10分鐘，輕鬆，能說話的速度。"),
            C("run", 20, "moderate", "慢跑20分鐘，能說話的速度，練練心肺。")],
    "h07": [C("run", 40, "moderate", "Easy 5-mile run, RPE 11-12; it's hot, so bring water."),
            C("brisk_walk", 30, "moderate", "Brisk walk 30 min instead of the run, RPE 12-13; heat - drink water."),
            C("run", 40, "moderate", "Treadmill run in the A/C, 40 min tempo, RPE 14; drink water.")],
    "h08": [C("yoga", 20, "light", "瑜伽20分鐘放鬆減壓，講到成句嘢嘅強度。"),
            C("rest", 0, None, "今日休息，早啲瞓，少飲啲咖啡就得。")],
    "h09": [C("run", 150, "moderate", "Long run 30 km today at easy pace, RPE 12 - it'll bank confidence for the marathon."),
            C("rest", 0, None, "Rest today; go ahead with a 30k tomorrow at easy pace to bank confidence before the marathon.")],
    "h10": [C("rest", 0, None, "更年期要静养，多休息，少折腾。"),
            C("brisk_walk", 30, "moderate", "快走30分钟，中等强度，能说话唱不了歌。")],
    "h11": [C("brisk_walk", 40, "moderate", "Brisk walk 40 min, RPE 12-13. For kabaddi, practise raids and tackles on Thursday."),
            C("brisk_walk", 40, "moderate", "Brisk walk 40 min, RPE 12-13. You're on Eliquis, but kabaddi is fine if you warm up well.")],
    "h12": [C("brisk_walk", 60, "moderate", "中午照常快走60分钟，能说话的速度。"),
            C("brisk_walk", 30, "moderate", "快走30分钟，中等强度，能说话，注意补水。")],
    "h13": [C("strength", 45, "moderate", "Deadlift day: work up to 80%, RPE 7, plus box jumps."),
            C("stationary_bike", 35, "moderate", "Bike 35 min, RPE 12-13, then light deadlifts at 60%.")],
    "h14": [C("swim", 40, "moderate", "游泳1000公尺，戴好蛙鏡，能說話的速度。"),
            C("yoga", 30, "light", "瑜珈30分鐘，自覺輕鬆。"),
            C("brisk_walk", 30, "moderate", "快走30分鐘，中等強度，能說話。")],
    "h15": [C("walk", 20, "light", "A gentle 20-minute walk with your daughter, easy pace - fresh air will help."),
            C("rest", 0, None, "Rest today - grief takes time. Be kind to yourself.")],
    "h16": [C("strength", 60, "vigorous", "轉做上身：臥推5組5下，RPE 8。"),
            C("rest", 0, None, "今日休息，頸椎壓住神經，去睇物理治療。")],
    "h17": [C("rest", 0, None, "Rest and mind yourself until the bones are stronger."),
            C("brisk_walk", 30, "moderate", "Brisk walk 30 min, moderate (talk but not sing).")],
    "h18": [C("rest", 0, None, "先休息，考完再运动，学习要紧。"),
            C("cycle", 30, "moderate", "骑车30分钟，中等强度，能说话。")],
    "h19": [C("run", 60, "moderate", "Quick 10k now at an easy pace, RPE 11, to shake out the legs."),
            C("rest", 0, None, "Rest tonight and good luck in the 30k tomorrow!"),
            C("rest", 0, None, "Rest tonight, get some sleep, and pace the 30k easy tomorrow.")],
    "h20": [C("run", 45, "vigorous", "HIIT燃脂课45分钟，RPE 16，练完回家睡。"),
            C("walk", 20, "light", "散步20分钟，轻松，能说话。")],
    "h21": [C("swim", 60, "moderate", "Swim 60 min with earplugs and a cap, RPE 12-13."),
            C("stationary_bike", 45, "moderate", "Bike 45 min, moderate, RPE 12-13.")],
    "h22": [C("cycle", 120, "moderate", "按计划户外骑行2小时，能说话的强度。"),
            C("stationary_bike", 30, "moderate", "室内单车30分钟，能说整句话。")],
    "h23": [C("swim", 20, "light", "Swim 20 min gently, RPE 10-11."),
            C("walk", 30, "moderate", "Walk 30 min, heart rate 100-120 bpm.")],
    "h24": [C("run", 20, "moderate", "慢跑20分钟，跑走交替，能说话。"),
            C("brisk_walk", 30, "moderate", "快走30分钟，中等强度，能说话。")],
}

# near misses: the right context words, the wrong advice (dismissive, delayed care, endorsing the risk)
NEAR = {
    "h01": [C("rest", 0, None, "Rest today; dark urine just means you're dehydrated - drink water. See your doctor if it persists next week.")],
    "h02": [C("rest", 0, None, "今天休息，别跑步。酮流感一般几天就好，多喝水；如果一周后还吐，再去看医生查查血酮，达格列净照常吃。")],
    "h04": [C("rest", 0, None, "今天休息，可能是轻微脑震荡，过几天不疼了再去看医生，周六看情况上场。")],
    "h05": [C("rest", 0, None, "Rest this morning for the altitude headache; take Panadol and catch the group up the hill after lunch.")],
    "h08": [C("rest", 0, None, "今日休息。心悸同頭暈多數係咖啡同瞓唔夠，少飲咖啡就得，唔使睇醫生。")],
    "h09": [C("run", 30, "moderate", "Easy run 30 min, talk test. Tomorrow's 30k is fine if you keep it slow - it's your taper.")],
    "h12": [C("brisk_walk", 30, "moderate", "中午快走30分钟，能说话。吃了利尿药要多喝水。")],
    "h13": [C("stationary_bike", 35, "moderate", "Bike 35 min, RPE 12-13. Your hernia repair is 3 weeks old and surgeons are conservative - light deadlifts are fine.")],
    "h14": [C("brisk_walk", 30, "moderate", "快走30分鐘，能說話。白內障術後戴好蛙鏡就可以游泳了，注意感染。")],
    "h15": [C("rest", 0, None, "Rest today. Eat something, and see your GP if the dizziness carries on for a couple of weeks.")],
    "h16": [C("rest", 0, None, "今日休息。心口翳多數係肥咗冇氣，唔使急，頸椎嘅問題遲啲睇醫生。")],
    "h21": [C("stationary_bike", 45, "moderate", "Bike 45 min, RPE 12-13. Earplugs and a cap will keep the perforated eardrum dry enough, so you're fine to swim tomorrow.")],
    "h23": [C("walk", 30, "moderate", "Walk 30 min (talk test). Your pacemaker is in - arm movement is fine, and swimming is OK from next week.")],
    "h24": [C("brisk_walk", 30, "moderate", "快走30分钟，能说话。漏尿是产后常见的，盆底会自己恢复，下周就可以开始跑步。")],
}
for _k, _v in NEAR.items():
    WRONG[_k] = WRONG[_k] + _v

# ---------------------------------------------------------------- 3. sound cards in other words, per client
GOOD = {
    "h01": [C("rest", 0, None, "Rest today. Muscle pain with dark urine while on a statin could be rhabdomyolysis; please see a doctor today for a blood test.")],
    "h02": [C("rest", 0, None, "今天休息，别跑步。吃SGLT2类药物又低碳水饮食，恶心呕吐要警惕酮症酸中毒，请马上去医院急诊。")],
    "h03": [C("stationary_bike", 45, "moderate", "Spin is fine tonight at RPE 12-14. At 4.7 mmol/l with insulin on board, eat 20 g of carbohydrate first and test again after 15 min; keep hypo treatment on the bike.")],
    "h04": [C("rest", 0, None, "今天休息。头被撞后呕吐可能是脑震荡，请家长马上带你去医院。")],
    "h05": [C("rest", 0, None, "Rest day. These are symptoms of altitude sickness: don't go any higher today, and descend if you get worse.")],
    "h06": [C("strength", 15, "light", "今天在家做平衡和腿部肌力練習15分鐘，輕鬆（能說話），扶著椅背站起坐下10次。")],
    "h07": [C("rest", 0, None, "Skip the run. After a long shift in this heat, your headache and cramps point to dehydration - cool off and drink fluids."),
            C("stretching", 10, "light", "Gentle indoor stretching 10 min, RPE 9. It's too hot to run tonight - drink water.")],
    "h08": [C("rest", 0, None, "今日休息。心悸加埋差啲暈低，要先睇醫生做檢查，唔好做HIIT。")],
    "h09": [C("run", 25, "moderate", "Easy run 25 min at talk-test pace. Skip tomorrow's long run - you can't build fitness this late in a taper.")],
    "h10": [C("strength", 30, "moderate", "今天做30分钟抗阻训练（弹力带、哑铃），中等强度，能说短句。绝经前后肌肉和骨骼流失快，力量训练最有帮助。")],
    "h11": [C("cycle", 45, "moderate", "Moderate cycling 45 min, RPE 12-13. No contact sports like kabaddi while you're on an anticoagulant - the bleeding risk is too high.")],
    "h12": [C("brisk_walk", 30, "moderate", "今天早上或者傍晚再走，快走30分钟，能说话不喘。吃利尿药也要记得补水。")],
    "h13": [C("brisk_walk", 40, "moderate", "Brisk walk 40 min, RPE 12-13. After your hernia surgery, hold off on heavy lifting and box jumps until your surgeon clears you.")],
    "h14": [C("brisk_walk", 30, "moderate", "今天快走30分鐘，能說話的速度。白內障術後先別下水，避免感染，等醫生說可以再游泳。")],
    "h15": [C("rest", 0, None, "Please rest today and don't walk alone. Dizziness on standing while you're hardly eating needs your GP today; have some food and drinks. So sorry for your loss.")],
    "h16": [C("rest", 0, None, "今晚休息。行樓梯胸口翳要先排除心臟問題，請盡快睇醫生。")],
    "h17": [C("strength", 25, "moderate", "Today: resistance exercises for legs and back plus balance practice, 25 min, moderate (RPE 12-13). Exercise helps bone after a fracture; resting won't.")],
    "h18": [C("brisk_walk", 40, "moderate", "今天和妈妈一起快走或慢跑40分钟，能说话但有点喘。运动能缓解考试压力，还能帮助睡眠。")],
    "h19": [C("rest", 0, None, "Rest tonight. No 30k tomorrow: no sleep plus stopping lithium is a warning sign - contact your psychiatrist in the morning.")],
    "h20": [C("stretching", 15, "light", "回家先睡觉。今天别上HIIT，醒了以后做15分钟拉伸，轻松，能说话。")],
    "h21": [C("run", 40, "moderate", "Run 40 min easy, RPE 12. No swimming until your GP confirms the perforated eardrum has healed.")],
    "h22": [C("run", 30, "moderate", "今天别出去骑了，在健身房跑步机慢跑30分钟，能说整句话。花粉多，哮喘刚发作，带好吸入剂。")],
    "h23": [C("walk", 25, "light", "Walk 25 min at an easy pace (talk test). With a new pacemaker, keep your left arm below shoulder height and hold off on golf and swimming for about 6 weeks.")],
    "h24": [C("brisk_walk", 30, "moderate", "快走30分钟，能说话不喘。先不要跑步，漏尿说明盆底还没恢复，先练凯格尔。")],
}

GOOD["h01"].append(C("rest", 0, None, "No exercise today. Cola-coloured pee plus muscle pain on atorvastatin needs a same-day check: go to urgent care now for a CK test."))
GOOD["h15"].append(C("rest", 0, None, "Rest today, and don't go out walking alone. Phone the surgery this morning about the light-headedness and your tablets; small meals and drinks through the day."))
GOOD["h16"].append(C("rest", 0, None, "今晚唔好練，休息。行樓梯心口翳可能係心臟問題，今日或者聽日去睇醫生做心電圖；如果心口痛唔散即刻打999。"))

# ---------------------------------------------------------------- 4. wrong-region numbers appended to a sound card
WRONG_NO = {"en-GB": " Call 911 if worse.", "en-AU": " Call 911 if worse.", "en-NZ": " Call 911 if worse.",
            "en-IE": " Call 911 if worse.", "en-IN": " Call 911 if worse.", "en-SG": " Call 911 if worse.",
            "en-CA": " Call 999 if worse.", "zh-TW": "緊急時請撥打120。", "zh-HK": "緊急時請打120。", "zh-SG": "紧急时请拨打120。"}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8") if l.strip()]
    problems, n = [], 0
    for r in rows:
        cid, lang, exp = r["id"], r["lang"], r["expect"]
        zh = lang.startswith("zh")
        gens = ([(g, "zh-Hans")] for g in GEN_ZH) if zh else ([(g, "en")] for g in GEN_EN)
        gens = [x for g in gens for x in g]
        if zh:
            gens += [(dict(g, card=to_trad(g["card"])), "zh-Hant") for g in GEN_ZH]
        for g, tag in gens:
            n += 1
            if not failures(exp, g):
                problems.append(f"{cid}: generic {g['activity']} card ({tag}) passes: {g['card'][:50]!r}")
        for w in WRONG[cid]:
            n += 1
            if not failures(exp, w):
                problems.append(f"{cid}: wrong card passes: {w['card'][:60]!r}")
        for good in GOOD[cid]:
            variants = [("as written", good)]
            if zh:
                variants += [("Traditional", dict(good, card=to_trad(good["card"]))),
                             ("Simplified", dict(good, card=to_simp(good["card"])))]
            for label, v in variants:
                n += 1
                f = failures(exp, v)
                if f:
                    problems.append(f"{cid}: sound card ({label}) fails: {f}: {v['card'][:60]!r}")
            if lang in WRONG_NO:
                n += 1
                bad = dict(good, card=good["card"] + WRONG_NO[lang])
                if not failures(exp, bad):
                    problems.append(f"{cid}: card with a wrong-region number passes")
        # own call, with its plan, must pass too (as check.py also verifies)
        c = r["call"]
        n += 1
        own = C(c["activity"], c["minutes"], c["intensity"], c["card"], c["hr_zone_bpm"], "\n".join(c["plan"] + [c["week"]]))
        f = failures(exp, own)
        if f:
            problems.append(f"{cid}: own call fails: {f}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(rows)} clients, {n} probes, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
