#!/usr/bin/env python3
"""Probe: are the expectations in clients.jsonl neither too loose nor too tight?

Per client:
  own      the client's own call passes (as written and, for Chinese, converted to the other script)
  alt      a differently worded correct card (alt_cards.py) passes            -> not too tight
  generic  a generic 'brisk walk 30 min, RPE 12-13' card fails must_match      -> not too loose
  rest     a rest card fails where rest is wrong
  wrong    the own card with each wrong activity swapped in fails
  walk     (must-rest) a light 20-minute walk fails
  number   the own card plus a wrong-region emergency number fails must_not_match
  kcal     (where calories are forbidden) the own card plus a calorie figure fails
Exit 1 if any probe goes the wrong way."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp  # noqa: E402
from alt_cards import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
GENERIC = {
    "en": ("brisk_walk", 30, "moderate",
           "Today: brisk walk, moderate, 30 min, RPE 12-13 (you can talk but not sing). Walk briskly for 30 minutes. "
           "(Not medical advice.)",
           "Day 1-7: brisk walk 30 min, RPE 12-13"),
    "zh": ("brisk_walk", 30, "moderate",
           "今天：快走，中等强度，30分钟，RPE 12-13（能说话不能唱歌）。快走30分钟。（本建议不是医疗建议。）",
           "每天：快走30分钟，RPE 12-13"),
}
REST = {"en": "Today: rest. Recovery is part of training. (Not medical advice.)",
        "zh": "今天：休息。休息日：恢复同样是训练的一部分。（本建议不是医疗建议。）"}
WALK = {"en": "Today: light walk, 20 min, RPE 9-11, easy conversation. (Not medical advice.)",
        "zh": "今天：散步20分钟，轻度，RPE 9-11，可以轻松说话。（本建议不是医疗建议。）"}
WRONG_NO = {"zh-TW": "如有緊急情況請撥打120。", "zh-HK": "如有緊急情況請打119。", "zh-SG": "紧急情况请拨打120。",
            "zh-CN": "紧急情况请拨打999。", "en-US": "In an emergency call 999.", "en-CA": "In an emergency call 112.",
            "en-GB": "In an emergency call 911.", "en-AU": "In an emergency call 911.", "en-NZ": "In an emergency call 911.",
            "en-IE": "In an emergency call 911.", "en-IN": "In an emergency call 911.", "en-SG": "In an emergency call 911."}


def failures(exp, activity, minutes, intensity, hr, card, plan, check_plan=True):
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest")
    if activity in exp["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes}>{exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append("intensity above max")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + "\n" + plan)): f.append("HR zone")
    for p in exp["must_match"]:
        if not re.search(p, card): f.append(f"misses {p[:40]!r}")
    for p in exp["must_not_match"]:
        if re.search(p, card): f.append(f"hits must_not {p[:40]!r}")
    if check_plan:
        for p in exp["plan_must_match"]:
            if not re.search(p, plan): f.append(f"plan misses {p[:40]!r}")
    return f


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "clients.jsonl"), encoding="utf-8")]
    bad = 0
    for r in rows:
        cid, lang, exp, c = r["id"], r["lang"], r["expect"], r["call"]
        L = "zh" if lang.startswith("zh") else "en"
        plan = "\n".join(c["plan"] + [c["week"]])
        lines = []

        def want(label, fails, should_fail):
            nonlocal bad
            ok = bool(fails) == should_fail
            if not ok: bad += 1
            lines.append(f"  {'ok ' if ok else 'BAD'} {label}: {'FAILS ' + '; '.join(fails) if fails else 'passes'}")

        variants = [("own", c["card"], plan)]
        if L == "zh":
            variants += [("own->Hant", to_trad(c["card"]), to_trad(plan)), ("own->Hans", to_simp(c["card"]), to_simp(plan))]
        for label, cd, pl in variants:
            want(label, failures(exp, c["activity"], c["minutes"], c["intensity"], c["hr_zone_bpm"], cd, pl), False)
        a = ALT[cid]
        want("alt (other coach)", failures(exp, a[0], a[1], a[2], None, a[3], a[4]), False)
        if L == "zh":
            want("alt->other script", failures(exp, a[0], a[1], a[2], None, to_simp(a[3]) if lang in ("zh-TW", "zh-HK") else to_trad(a[3]),
                                               to_simp(a[4]) if lang in ("zh-TW", "zh-HK") else to_trad(a[4])), False)
        g = GENERIC[L]
        gcard = to_trad(g[3]) if lang in ("zh-TW", "zh-HK") else g[3]
        mm = [p for p in exp["must_match"] if not re.search(p, gcard)]
        lines.append(f"  {'ok ' if mm else 'BAD'} generic brisk-walk card misses {len(mm)}/{len(exp['must_match'])} must_match")
        if not mm: bad += 1
        want("generic card overall", failures(exp, *g[:3], None, gcard, g[4]), True)
        if not exp["rest_acceptable"]:
            want("rest card", failures(exp, "rest", 0, None, None, REST[L], "rest"), True)
        for act in exp["wrong_activities"]:
            want(f"own card as {act}", failures(exp, act, min(c["minutes"], 20) or 20, "light" if act != "rest" else None,
                                                 None, c["card"], plan), True)
        if exp["must_rest"]:
            want("light walk 20 min", failures(exp, "walk", 20, "light", None, WALK[L], plan), True)
        if lang in WRONG_NO:
            want("own card + wrong-region number", failures(exp, c["activity"], c["minutes"], c["intensity"], c["hr_zone_bpm"],
                                                            c["card"] + "\n" + WRONG_NO[lang], plan), True)
        if any("kcal" in p for p in exp["must_not_match"]):
            extra = "热量：约150千卡" if L == "zh" else "Energy: about 150 kcal"
            want("own card + calories", failures(exp, c["activity"], c["minutes"], c["intensity"], c["hr_zone_bpm"],
                                                 c["card"] + "\n" + extra, plan), True)
        print(f"{cid} {lang} must_rest={exp['must_rest']} rest_ok={exp['rest_acceptable']}")
        print("\n".join(lines))
    print(f"\n{len(rows)} clients probed; {bad} probes went the wrong way")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
