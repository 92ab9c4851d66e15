#!/usr/bin/env python3
"""Probe the panel's expectations: neither too loose nor too tight.
For every client: (1) its own call passes; (2) a generic 'brisk walk 30 min, RPE 12-13' card fails must_match;
(3) a bare rest card fails for rest-wrong clients (and, lacking the referral, fails must_match for must-rest
clients); (4) the own call with each wrong activity swapped in fails; (5) a second, differently worded correct
card (alt_cards.py) passes, in both scripts for Chinese clients."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE); sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp
from alt_cards import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
GENERIC = {
    "en": "Today: brisk walk, moderate, 30 minutes, RPE 12-13 - you can talk but not sing. Warm up for 5 minutes and cool down for 5. Drink some water and enjoy it. Not medical advice.",
    "hans": "今天：快走，中等强度，30分钟，RPE 12-13（能说话但唱不了歌）。先热身5分钟，最后放松5分钟，多喝水。（本建议不是医疗建议。）",
}
GENERIC["hant"] = to_trad(GENERIC["hans"])
REST = {
    "en": "Today: rest. Recovery is part of training; take it easy and come back tomorrow.",
    "hans": "今天：休息。恢复也是训练的一部分，明天再练。",
}
REST["hant"] = to_trad(REST["hans"])
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}


def key(lang):
    return "en" if lang.startswith("en") else ("hant" if lang in TRAD else "hans")


def evaluate(exp, activity, minutes, intensity, hz, card, plan_text=None):
    """Return the list of failed expectations (empty = passes)."""
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest")
    if activity in exp["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes}>{exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append("intensity above max")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + (plan_text or ""))): f.append("HR zone")
    for p in exp["must_match"]:
        if not re.search(p, card): f.append(f"misses {p}")
    for p in exp["must_not_match"]:
        if re.search(p, card): f.append(f"hits not {p}")
    if plan_text is not None:
        for p in exp["plan_must_match"]:
            if not re.search(p, plan_text): f.append(f"plan misses {p}")
    return f


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    for r in rows:
        cid, lang, c, e = r["id"], r["lang"], r["call"], r["expect"]
        k = key(lang)
        plan_text = "\n".join(c["plan"] + [c["week"]])
        out = []
        # 1 own call
        f = evaluate(e, c["activity"], c["minutes"], c["intensity"], c["hr_zone_bpm"], c["card"], plan_text)
        out.append(("own call passes", not f, f))
        # 2 generic brisk-walk card fails must_match
        g = GENERIC[k]
        miss = [p for p in e["must_match"] if not re.search(p, g)]
        out.append(("generic brisk walk fails must_match", bool(miss), [f"misses {len(miss)}/{len(e['must_match'])}"]))
        # 3 bare rest card
        rf = evaluate(e, "rest", 0, None, None, REST[k])
        if not e["rest_acceptable"]:
            out.append(("rest card fails (rest wrong)", "wrong activity rest" in rf, rf[:1]))
        elif e["must_rest"]:
            out.append(("bare rest card without referral fails must_match", any(x.startswith("misses") for x in rf),
                        [x for x in rf if x.startswith("misses")][:1]))
        # 4 each wrong activity fails
        for a in e["wrong_activities"]:
            wf = evaluate(e, a, min(c["minutes"] or 20, e["max_minutes"] or 20), c["intensity"] or "light", None,
                          c["card"], plan_text)
            out.append((f"wrong activity {a} fails", bool(wf), wf[:1]))
        # 5 alternative correct card passes (both scripts for Chinese)
        a_act, a_min, a_int, a_card = ALT[cid]
        variants = [a_card] + ([to_trad(a_card), to_simp(a_card)] if lang.startswith("zh") else [])
        for i, v in enumerate(variants):
            af = evaluate(e, a_act, a_min, a_int, None, v)
            out.append((f"alt correct card passes{['', ' (Traditional)', ' (Simplified)'][i]}", not af, af))
        ok = all(x[1] for x in out)
        bad += not ok
        tags = []
        if e["must_rest"]: tags.append("must_rest")
        if not e["rest_acceptable"]: tags.append("rest_wrong")
        print(f"{cid} {lang:6s} {'OK ' if ok else 'BAD'} {' '.join(tags)}")
        for name, passed, detail in out:
            print(f"    [{'pass' if passed else 'FAIL'}] {name}" + ("" if passed or not detail else f": {detail}"))
    print(f"\n{len(rows)} clients probed, {bad} with a failed probe")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
