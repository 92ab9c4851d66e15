#!/usr/bin/env python3
"""Probe the panel's expectations: neither too loose nor too tight.

For every client in clients.jsonl:
  1. its own call passes its own expect                              (sanity)
  2. an alternative card written the way a different but correct coach
     would (other wording, sometimes another allowed activity) passes   (not too tight)
  3. a generic "brisk walk 30 min, RPE 12-13" card fails must_match    (not too loose)
  4. a generic rest card fails for rest-wrong clients (activity check) and,
     for must-rest clients, fails must_match (a bare "rest" that names no
     doctor / no symptom is not enough)                                (not too loose)
  5. the client's own call with its activity swapped for each wrong
     activity fails                                                     (not too loose)
Chinese cards are also tried converted to the other script, as check.py does.
Run from /tmp/panel64:  python3 tools/probe.py > probe_output.txt
"""
import json, os, re, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)


def failures(c, activity, minutes, intensity, hr, card, plan_text):
    """Every way a card fails the client's expect (empty list = passes)."""
    exp, lang = c["expect"], c["lang"]
    out = []
    if exp["must_rest"] and activity != "rest":
        out.append("must_rest")
    if not exp["rest_acceptable"] and activity == "rest":
        out.append("rest not acceptable")
    if activity in exp["wrong_activities"]:
        out.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]:
        out.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]:
        out.append("intensity above max")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + (plan_text or ""))):
        out.append("heart-rate zone given")
    variants = [(card, plan_text)]
    if lang.startswith("zh"):
        variants += [(to_trad(card), to_trad(plan_text) if plan_text is not None else None),
                     (to_simp(card), to_simp(plan_text) if plan_text is not None else None)]
    for cd, pl in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, cd):
                out.append(f"misses must_match {pat!r}")
        for pat in exp["must_not_match"]:
            if re.search(pat, cd):
                out.append(f"hits must_not_match {pat!r}")
        if pl is not None:
            for pat in exp["plan_must_match"]:
                if not re.search(pat, pl):
                    out.append(f"plan misses {pat!r}")
    return sorted(set(out))


# ---- generic cards
GEN_WALK = {
    "en": "Today: brisk walk, moderate, 30 min, RPE 12-13 (talk test: you can talk but not sing). Warm up for 5 minutes and cool down for 5. Aim for 150 minutes a week. This is not medical advice.",
    "zh": "今天：快走，中等强度，30分钟，RPE 12-13（能说话但唱不了歌）。先热身5分钟，最后放松5分钟。每周目标150分钟。（本建议不是医疗建议。）",
}
GEN_REST = {
    "en": "Today: rest. Recovery is part of training; take the day off and come back tomorrow. This is not medical advice.",
    "zh": "今天：休息。恢复也是训练的一部分，明天再练。（本建议不是医疗建议。）",
}

# ---- alternative correct cards: (activity, minutes, intensity, card); plan = the client's own
ALT = {
    "h01": ("walk", 25, "light", "Today: skip the tempo and just walk 25-30 min at an easy effort (RPE 9-10). Symptoms above the neck with no fever: light movement is fine. Rest if you get a fever, aches or chest congestion. Keep Sunday's long run short and easy."),
    "h02": ("rest", 0, None, "今天别游泳了。游泳时头晕、眼前发黑是危险信号，请尽快到医院检查心脏，查清楚之前不要运动。如果又出现晕厥或胸痛，立即打120急救。"),
    "h03": ("rest", 0, None, "Rest day. Chest tightness on exertion that settles when you stop must be checked by a doctor before you run again: book an urgent GP appointment today. If it comes on at rest or lasts more than 5 minutes, dial 999."),
    "h04": ("swim", 45, "vigorous", "今天照常去游泳训练，但缩短到45分钟，RPE 13-15。考前压力大，运动能帮助睡眠、减轻焦虑，不要全停。"),
    "h05": ("swim", 30, "moderate", "Keep swimming: it's one of the best exercises in pregnancy. 30-40 min of steady lengths where you can still talk. Moderate effort does not harm your baby. Stop and phone your midwife if you notice bleeding, leaking fluid or dizziness. In an emergency ring 999."),
    "h06": ("rest", 0, None, "今天先別運動。懷孕期間單側小腿腫痛可能是血栓，請今天就到醫院急診檢查。如果胸痛或呼吸困難，馬上打119。"),
    "h07": ("walk", 20, "light", "Walk Buster for 20 minutes right now while it's still cool, at an easy pace you can talk at, and skip the 2 pm walk: the heat index will be dangerous. Drink water before and after. Meet Frank at the mall instead. Call 911 if you feel faint or confused."),
    "h08": ("walk", 30, "moderate", "今天可以走。血糖216 mg/dl低于250，饭后走30分钟有助于降低血糖，强度RPE 11-12，能说话就行。"),
    "h09": ("rest", 0, None, "No aqua today. Swollen ankles plus breathlessness when you lie flat can mean your heart is struggling: see a doctor today. If you're breathless at rest, call 000."),
    "h10": ("stationary_bike", 30, "moderate", "今日有雷暴，唔好出街跑。可以喺會所踩單車30分鐘，RPE 13左右。如果唔舒服打999。"),
    "h11": ("strength", 40, "moderate", "Lift, but go lighter: take 10-15% off your squat, 3x5, and stop every set at RPE 7. Sleep deprivation raises injury risk and you won't get a good session anyway. Legs today, upper on Thursday."),
    "h12": ("brisk_walk", 30, "moderate", "今天别躺着，快走30分钟，RPE 12。腰痛的时候保持活动恢复更快；力量训练先练上肢，暂时不做硬拉。"),
    "h13": ("rest", 0, None, "Don't ride today: heart palpitations with dizziness on the bike need a medical check first. See your doctor this week, and call 911 if you get chest pain or faint."),
    "h14": ("rest", 0, None, "今天取消间歇，休息补觉。睡眠不足时做高强度训练容易受伤，周四再练。"),
    "h15": ("yoga", 30, "light", "Air quality is very unhealthy (AQI 280) and asthma puts you in the sensitive group. Do your yoga at home with the windows closed instead of the park walk; keep it easy enough to talk."),
    "h16": ("rest", 0, None, "今天不要打球。发烧38.6度要休息，退烧以后再练。越来越不舒服就去看医生，紧急情况拨打995。"),
    "h17": ("stationary_bike", 20, "moderate", "Ride a stationary bike for 20 minutes at an easy-moderate effort (RPE 11-12). Keeping the knee moving is better for arthritis than resting it. If it swells or locks, see a physio. Emergencies: 000."),
    "h18": ("brisk_walk", 30, "moderate", "天氣冷，改在中午溫暖時快走30分鐘，或到室內走；心臟復健後要維持運動習慣，別整週休息。強度以能說話為準。胸痛打119。"),
    "h19": ("walk", 30, "light", "Yes, you can exercise on your period. It's fine and can ease cramps. Take the dog for a 30 min walk at an easy pace today (RPE 10)."),
    "h20": ("tai_chi", 30, "light", "今天下雨，在家打一套太极拳，约30分钟，能说话的强度；太极能锻炼平衡、预防跌倒。"),
    "h21": ("rest", 0, None, "Skip the bike: a wind chill of -42 means frostbite in minutes. Take the bus. If you don't feel like swimming tonight, a rest day is fine."),
    "h22": ("brisk_walk", 30, "moderate", "血压152/96可以运动，低于180/110。今天快走30分钟或者照常上水中有氧，RPE 12-13。记得按时吃药，过几天复诊。"),
    "h23": ("stationary_bike", 45, "moderate", "Have a 15 g carb snack before spin, check your CGM again before you start, and keep glucose tabs handy in case of a low. Keep it moderate (RPE 13)."),
    "h24": ("rest", 0, None, "今日唔好做運動。血壓188/108太高，仲有頭痛，要即刻去睇醫生；如果頭痛加劇或者胸痛，即刻打999。"),
}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    problems = 0
    for c in rows:
        cid, lang, call, exp = c["id"], c["lang"], c["call"], c["expect"]
        L = "zh" if lang.startswith("zh") else "en"
        plan_text = "\n".join(call["plan"] + [call["week"]])
        kind = "MUST-REST" if exp["must_rest"] else ("REST-WRONG" if not exp["rest_acceptable"] else "adapt")
        print(f"== {cid} {lang} [{kind}] call={call['activity']} {call['minutes']} min, wrong={exp['wrong_activities'] if not exp['must_rest'] else 'all but rest'}")

        def report(label, fails, want_fail):
            nonlocal problems
            ok = bool(fails) == want_fail
            if not ok:
                problems += 1
            shown = "; ".join(fails[:3]) + (" ..." if len(fails) > 3 else "") if fails else "passes"
            print(f"  {'ok ' if ok else 'BAD'} {label}: {shown}")

        # 1 own call
        report("own call passes", failures(c, call["activity"], call["minutes"], call["intensity"],
                                           call["hr_zone_bpm"], call["card"], plan_text), False)
        # 2 alternative correct card
        a = ALT[cid]
        report(f"alternative correct card ({a[0]}) passes", failures(c, a[0], a[1], a[2], None, a[3], plan_text), False)
        # 3 generic brisk-walk card: must_match alone must reject it
        gen = GEN_WALK[L] if lang not in ("zh-TW", "zh-HK") else to_trad(GEN_WALK["zh"])
        mm_miss = [p for p in exp["must_match"] if not re.search(p, gen)]
        report("generic 'brisk walk 30 min RPE 12-13' card fails must_match",
               [f"misses {p!r}" for p in mm_miss], True)
        # 4 generic rest card
        rest = GEN_REST[L] if lang not in ("zh-TW", "zh-HK") else to_trad(GEN_REST["zh"])
        rf = failures(c, "rest", 0, None, None, rest, None)
        if not exp["rest_acceptable"]:
            report("generic rest card fails (rest is wrong)", rf, True)
        elif exp["must_rest"]:
            report("bare rest card (no doctor, no symptom) fails must_match",
                   [f for f in rf if f.startswith("misses")], True)
        else:
            print(f"  --  generic rest card (rest acceptable): {'; '.join(rf[:2]) if rf else 'passes'}")
        # 5 each wrong activity, in the client's own card
        wrongs = [w for w in exp["wrong_activities"] if w != "rest"]
        for w in wrongs:
            f = failures(c, w, min(call["minutes"], exp["max_minutes"]), call["intensity"] or "light",
                         None, call["card"], plan_text)
            report(f"own card with activity '{w}' fails", f, True)
        if not wrongs:
            print("  --  no wrong activities besides rest")
    print()
    print(f"{len(rows)} clients probed; {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
