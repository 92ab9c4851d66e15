#!/usr/bin/env python3
"""Probe: are the expectations in clients.jsonl neither too loose nor too tight?
For each client: (1) its own call passes; (2) a generic 'brisk walk 30 min, RPE 12-13' card
fails must_match; (3) a rest card fails for rest-wrong clients; (4) a card of each wrong
activity fails; (5) a different coach's correct card (probe_alt.py) passes, in both scripts
for Chinese clients; (6) no single must_match pattern is met by the generic card on its own
(it carries the app's 'not medical advice' line, so a bare 'medical' or [医醫] would be caught).
Exit 1 if any probe goes the wrong way."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from probe_alt import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}

def evaluate(exp, activity, minutes, intensity, hz, card, plan):
    """Failures of one candidate card against expect (same rules as check.py's self-consistency)."""
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest but must_rest")
    if not exp["rest_acceptable"] and activity == "rest": f.append("rest but rest is wrong")
    if activity in exp["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append("intensity above max")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + plan)): f.append("HR zone given")
    for p in exp["must_match"]:
        if not re.search(p, card): f.append(f"misses must_match {p!r}")
    for p in exp["must_not_match"]:
        if re.search(p, card): f.append(f"hits must_not_match {p!r}")
    for p in exp["plan_must_match"]:
        if not re.search(p, plan): f.append(f"plan misses {p!r}")
    return f

GEN_EN = ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 (talk test: you can talk but not sing). "
          "Warm up for 5 minutes and cool down at the end. Brisk walking: 4.3 MET (Compendium 17200), about 150 kcal. "
          "(Not medical advice.)")
GEN_ZH = ("今天：中等强度快走，约30分钟，RPE 12-13（能说整句话，但唱不了歌）。开始前热身5分钟，结束时放松拉伸。"
          "快走：4.3 MET（Compendium 17200），约150千卡。（本建议不是医疗建议。）")
GEN_PLAN_EN = "\n".join(f"{d} Brisk walk 30 min, moderate, RPE 12-13" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
GEN_PLAN_ZH = "\n".join(f"周{d} 快走30分钟，中等强度，RPE 12-13" for d in "一二三四五六日")
ACT_EN = {"run": "easy run", "swim": "swim", "cycle": "bike ride", "brisk_walk": "brisk walk", "walk": "walk",
          "yoga": "yoga", "tai_chi": "tai chi", "strength": "strength training", "stationary_bike": "stationary bike",
          "elliptical": "elliptical", "stretching": "stretching"}
ACT_ZH = {"run": "跑步", "swim": "游泳", "cycle": "骑自行车", "brisk_walk": "快走", "walk": "散步", "yoga": "瑜伽",
          "tai_chi": "太极", "strength": "力量训练", "stationary_bike": "室内单车", "elliptical": "椭圆机", "stretching": "拉伸"}

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    for r in rows:
        cid, lang, c, e = r["id"], r["lang"], r["call"], r["expect"]
        zh = lang.startswith("zh")
        conv = (to_trad if lang in TRAD else (lambda s: s)) if zh else (lambda s: s)
        plan = "\n".join(c["plan"] + [c["week"]])
        lines = []
        # 1 own call
        f = evaluate(e, c["activity"], c["minutes"], c["intensity"], c["hr_zone_bpm"], c["card"], plan)
        ok = not f; bad += not ok
        lines.append(f"  own call ({c['activity']} {c['minutes']} min): {'PASS' if ok else 'FAIL ' + '; '.join(f)}")
        # 2 generic card must fail must_match
        gcard = conv(GEN_ZH) if zh else GEN_EN
        gplan = conv(GEN_PLAN_ZH) if zh else GEN_PLAN_EN
        gm = [p for p in e["must_match"] if not re.search(p, gcard)]
        gall = evaluate(e, "brisk_walk", 30, "moderate", None, gcard, gplan)
        ok = bool(gm); bad += not ok
        lines.append(f"  generic brisk walk 30 min: {'fails must_match ' + repr(gm) if ok else 'PASSES must_match (too loose)'}"
                     f"; overall {'FAIL' if gall else 'PASS'}")
        gp = [p for p in e["must_match"] if re.search(p, gcard)]
        if gp:
            bad += 1   # the generic card (with its 'not medical advice' line) must not satisfy any must_match pattern
            lines.append(f"  TOO LOOSE: must_match patterns the generic card satisfies on their own: {gp!r}")
        # 3 rest card for rest-wrong clients
        if not e["rest_acceptable"]:
            rcard = conv("今天：休息。休息日：恢复同样是训练的一部分。") if zh else "Today: rest. Recovery is part of training."
            f = evaluate(e, "rest", 0, None, None, rcard, plan)
            ok = "rest but rest is wrong" in f; bad += not ok
            lines.append(f"  rest card: {'FAILS (rest wrong) ' + '; '.join(f) if ok else 'PASSES (too loose)'}")
        # 4 each wrong activity (otherwise the client's own card text)
        wa = [a for a in e["wrong_activities"] if a != "rest"]
        res = []
        for a in wa:
            name = ACT_ZH[a] if zh else ACT_EN[a]
            acard = (conv(f"今天：{name}，30分钟，RPE 12-13。") if zh else f"Today: {name}, 30 min, RPE 12-13. ") + c["card"]
            f = evaluate(e, a, min(30, e["max_minutes"]), "moderate" if e["max_intensity"] != "light" else "light", None, acard, plan)
            res.append(a if f else a + " PASSES(too loose)")
            bad += not f
        if wa:
            lines.append(f"  wrong activities each fail: {', '.join(res)}")
        # 5 a different correct coach's card passes (both scripts for Chinese)
        a, m, it, acard, aplan = ALT[cid]
        variants = [("as written", acard, aplan)]
        if zh:
            variants += [("Traditional", to_trad(acard), to_trad(aplan)), ("Simplified", to_simp(acard), to_simp(aplan))]
        for label, ca, pa in variants:
            f = evaluate(e, a, m, it, None, ca, pa)
            ok = not f; bad += not ok
            lines.append(f"  alternative correct card ({a} {m} min, {label}): {'PASS' if ok else 'FAIL (too tight) ' + '; '.join(f)}")
        print(f"{cid} {lang} must_rest={e['must_rest']} rest_acceptable={e['rest_acceptable']}")
        print("\n".join(lines))
    print(f"\n{len(rows)} clients probed; {bad} probes went the wrong way")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
