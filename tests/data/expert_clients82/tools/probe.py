#!/usr/bin/env python3
"""Probe: are the expectations in ../clients.jsonl neither too loose nor too tight?

For every client:
  A. its own call passes (both Chinese scripts for Chinese clients);
  B. a generic card ("brisk walk 30 min, RPE 12-13") fails must_match (or, for must-rest clients, fails as a non-rest card);
  C. a rest card fails for rest-wrong clients;
  D. the own call with each wrong activity swapped in fails;
  E. tightness: a differently worded card from another, also correct, coach passes (literal texts below),
     and the region's right emergency sentence is not rejected by must_not_match.
Literal data only. Exit 1 if any probe goes the wrong way.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from s2t_map import to_trad, to_simp

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

GENERIC_EN = ("Today: brisk walk, 30 min, moderate intensity. RPE 12-13 - you can talk but not sing. "
              "Warm up for 5 min and cool down for 5 min. Drink some water.")
GENERIC_ZH = "今天：快走，中等强度，30分钟，RPE 12-13（能说话但唱不了歌）。先热身5分钟，最后放松5分钟，记得喝水。"
GENERIC_PLAN_EN = "\n".join(["Mon brisk walk 30 min", "Tue rest", "Wed brisk walk 30 min", "Thu rest",
                             "Fri brisk walk 30 min", "Sat brisk walk 30 min", "Sun rest", "Week: 120 min"])
GENERIC_PLAN_ZH = "\n".join(["周一 快走30分钟", "周二 休息", "周三 快走30分钟", "周四 休息",
                             "周五 快走30分钟", "周六 快走30分钟", "周日 休息", "本周：120分钟"])
REST_EN = "Today: rest. Take the day off and recover."
REST_ZH = "今天：休息。好好恢复。"

RIGHT_SENTENCE = {"en-US": "call 911 in an emergency", "en-GB": "call 999 in an emergency",
                  "en-AU": "call 000 in an emergency", "en-CA": "call 911 in an emergency",
                  "en-IE": "call 112 in an emergency", "en-NZ": "call 111 in an emergency",
                  "en-IN": "call 112 in an emergency", "en-SG": "call 995 in an emergency",
                  "zh-CN": "紧急时拨打120", "zh-SG": "紧急时拨打995", "zh-TW": "緊急時撥打119", "zh-HK": "緊急時打999"}

# E. another coach's correct answer: (activity, minutes, intensity, card, plan or None)
ALT = {
 "h01": ("rest", 0, None, "Skip the walk. One swollen, warm calf after days of sitting should be seen by a physician today; "
         "if you get short of breath or chest pain call 911.", None),
 "h02": ("stationary_bike", 35, "moderate", "今天天气太热，别在外面跑。去有空调的健身房骑室内单车35分钟，RPE 12-13。", None),
 "h03": ("walk", 20, "moderate", "Go for a 20-minute walk at lunch (RPE 12). Staying active helps back pain more than resting "
         "does - avoid bed rest. Call 999 if you lose bladder control.", None),
 "h04": ("walk", 15, "light", "今天吃完午飯後散步15分鐘，血糖165可以運動，自覺強度11-12。", None),
 "h05": ("yoga", 30, "light", "Gentle yoga 30 min today so you're fresh for your night shifts. RPE 10-11.",
         "Tue yoga 30 min\nWed night shift - rest\nThu night shift - rest\nFri night shift - rest\nSat walk\nSun run 30\nMon run 30\nWeek: 2 runs"),
 "h06": ("rest", 0, None, "今天别跑步。用力时胸口发紧、左臂酸，可能是心脏的问题，请尽快去医院检查。", None),
 "h07": ("run", 30, "moderate", "Easy 30-minute run today (RPE 11-12); the speed work for your fitness test is on Wednesday.",
         "Mon easy run 30\nTue strength\nWed 5 x 600 m at goal pace\nThu rest\nFri easy run\nSat rest\nSun rest\nWeek: 3 runs"),
 "h08": ("rest", 0, None, "今日唔好跑，發燒要休息。如果兩日都未退燒，就要睇醫生。", None),
 "h09": ("stationary_bike", 45, "moderate", "Stay inside today - that cold is too much for your asthma. "
         "Ride the stationary bike 45 min, RPE 12-13. Call 911 if your inhaler doesn't help.", None),
 "h10": ("brisk_walk", 20, "moderate", "今天在有冷气的商场里快走20分钟，能说话的强度。孕期运动是安全的；如有出血、头晕就停止。", None),
 "h11": ("rest", 0, None, "Please don't exercise today. You are likely dehydrated after yesterday's heat - drink fluids, "
         "and see a doctor if the dizziness continues.", None),
 "h12": ("run", 40, "moderate", "外面空气污染严重，今天去健身房用跑步机跑40分钟，RPE 13。", None),
 "h13": ("walk", 30, "moderate", "Go for a 30-min walk, moderate pace. Exercise helps bring your blood pressure down.", None),
 "h14": ("brisk_walk", 15, "moderate", "今天快走15分鐘就好，RPE 12。", None),
 "h15": ("rest", 0, None, "Don't run tonight. A BP of 186/112 needs a doctor today.", None),
 "h16": ("tai_chi", 30, "light", "今天去公园打太极30分钟。膝盖骨关节炎要多动，不要一直歇着。", None),
 "h17": ("stationary_bike", 30, "moderate", "Do 30 min on the gym bike - low impact and easy on your sore heel. RPE 12-13.", None),
 "h18": ("stretching", 20, "light", "今日做20分鐘伸展就夠，時差未調好，唔好做HIIT。", None),
 "h19": ("strength", 40, "moderate", "Add two weights sessions a week: squats, rows and push-ups, 2 sets of 12, RPE 13.",
         "Sat weights 40 min\nSun rest\nMon round\nTue round\nWed squats, rows, push-ups\nThu round\nFri round\nWeek: 2 lifting days"),
 "h20": ("rest", 0, None, "今天不要运动。心跳又快又乱还眼前发黑，先去看医生做检查。", None),
 "h21": ("rest", 0, None, "Skip the walking group. Swollen ankles and breathlessness when lying down need a doctor's check this week.", None),
 "h22": ("stretching", 15, "light", "下了夜班先睡觉，今天只做15分钟拉伸。", "周二 拉伸15分钟后睡觉\n周三 夜班前快走15分钟\n周四 散步\n周五 散步\n周六 休息\n周日 快走30分钟\n周一 力量\n本周：夜班为主"),
 "h23": ("tai_chi", 30, "light", "Do a 30-min tai chi video at home today - too icy to walk outside.",
         "Wed tai chi 30\nThu mall walk\nFri balance and strength\nSat walk\nSun rest\nMon tai chi\nTue mall walk\nWeek: balance 3 days"),
 "h24": ("stretching", 20, "light", "午休做20分钟颈肩拉伸，RPE 10，慢慢做。", None),
}

def verdict(exp, lang, act, minutes, intensity, hr, card, plan):
    """List of reasons this candidate fails exp (empty list = passes)."""
    why = []
    if exp["must_rest"] and act != "rest": why.append("not rest")
    if act in exp["wrong_activities"]: why.append(f"wrong activity {act}")
    if minutes > exp["max_minutes"]: why.append("too long")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: why.append("too intense")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + (plan or ""))): why.append("HR zone")
    variants = [(card, plan)]
    if lang.startswith("zh"):
        variants += [(to_trad(card), to_trad(plan) if plan else plan), (to_simp(card), to_simp(plan) if plan else plan)]
    for c, pl in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, c): why.append(f"misses {pat!r}")
        for pat in exp["must_not_match"]:
            if re.search(pat, c): why.append(f"hits forbidden {pat!r}")
        if pl is not None:
            for pat in exp["plan_must_match"]:
                if not re.search(pat, pl): why.append(f"plan misses {pat!r}")
    return sorted(set(why))

def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "clients.jsonl"), encoding="utf-8")]
    bad = 0
    def report(ok, cid, label, detail=""):
        nonlocal bad
        if not ok: bad += 1
        print(f"{'ok  ' if ok else 'FAIL'} {cid} {label}{(': ' + detail) if detail else ''}")
    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        zh = lang.startswith("zh")
        plan = "\n".join(call["plan"] + [call["week"]])
        # A
        w = verdict(exp, lang, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan)
        report(not w, cid, "A own call passes", "; ".join(w))
        # B
        gcard, gplan = (GENERIC_ZH, GENERIC_PLAN_ZH) if zh else (GENERIC_EN, GENERIC_PLAN_EN)
        w = verdict(exp, lang, "brisk_walk", 30, "moderate", None, gcard, gplan)
        mm = [x for x in w if x.startswith("misses")]
        report(bool(mm), cid, "B generic brisk-walk card fails must_match", "; ".join(w) or "PASSES (too loose)")
        if exp["must_rest"]:
            report("not rest" in w, cid, "B' generic card fails as not-rest")
        # C
        if not exp["rest_acceptable"]:
            w = verdict(exp, lang, "rest", 0, None, None, REST_ZH if zh else REST_EN, None)
            report(bool(w), cid, "C rest card fails (rest is wrong)", "; ".join(w) or "PASSES")
        # D
        for a in exp["wrong_activities"]:
            inten = None if a == "rest" else (call["intensity"] or "light")
            mins = 0 if a == "rest" else min(call["minutes"] or 20, exp["max_minutes"])
            w = verdict(exp, lang, a, mins, inten, None, call["card"], plan)
            if not w: report(False, cid, f"D wrong activity {a} passes")
        if exp["wrong_activities"]:
            report(True, cid, f"D all {len(exp['wrong_activities'])} wrong activities fail")
        # E
        act, mins, inten, acard, aplan = ALT[cid]
        w = verdict(exp, lang, act, mins, inten, None, acard, aplan)
        report(not w, cid, f"E another coach's correct card ({act} {mins} min) passes", "; ".join(w) or "")
        rs = RIGHT_SENTENCE[lang]
        hit = [p for p in exp["must_not_match"] if re.search(p, rs)]
        report(not hit, cid, f"E right emergency sentence {rs!r} not forbidden", "; ".join(hit))
    print(f"\n{len(rows)} clients probed, {bad} probe(s) went the wrong way")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
