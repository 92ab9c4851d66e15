#!/usr/bin/env python3
"""Probes clients.jsonl: are the expectations neither too loose nor too tight?
  1. the client's own call passes its expect (both scripts for Chinese);
  2. a second, differently worded correct card (alt_cards.py) passes (not too tight);
  3. a generic 'brisk walk 30 min, RPE 12-13' card fails must_match (not too loose);
  4. a plain rest card fails for every rest-wrong client;
  5. the client's own card with each wrong activity swapped in fails;
  6. must-rest clients: an easy 20-min walk fails.
Prints one line per client and a summary; exit 1 if any probe goes the wrong way."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp  # noqa: E402
from alt_cards import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

GENERIC_EN = ("Today: brisk walk, 30 min, moderate intensity, RPE 12-13 (talk test: you can talk but not sing). "
              "Warm up 5 min and cool down 5 min. Stop if you feel unwell.")
GENERIC_ZH = "今天：快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。先热身5分钟，最后放松5分钟。感觉不适就停下。"
GENERIC_PLAN_EN = "\n".join(f"{d} Brisk walk 30 min, RPE 12-13" for d in "Mon Tue Wed Thu Fri Sat Sun".split())
GENERIC_PLAN_ZH = "\n".join(f"周{d} 快走30分钟，RPE 12-13" for d in "一二三四五六日")
REST_EN = "Today: rest. Recovery is part of training; come back tomorrow."
REST_ZH = "今天：休息。恢复也是训练的一部分，明天再练。"


def variants(lang, card, plan):
    if lang.startswith("zh"):
        return [card, to_trad(card), to_simp(card)], [plan, to_trad(plan), to_simp(plan)]
    return [card], [plan]


def judge(c, activity, minutes, intensity, hr, card, plan):
    """Failures of one candidate answer against client c's expect (same rules as check.py)."""
    e, lang, fails = c["expect"], c["lang"], []
    if e["must_rest"] and activity != "rest": fails.append("not rest but must_rest")
    if activity == "rest" and not e["rest_acceptable"]: fails.append("rest but rest is wrong")
    if activity in e["wrong_activities"]: fails.append(f"wrong activity {activity}")
    if minutes > e["max_minutes"]: fails.append(f"minutes {minutes} > {e['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[e["max_intensity"]]: fails.append("intensity too high")
    if e["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + plan)): fails.append("HR zone given")
    cards, plans = variants(lang, card, plan)
    for pat in e["must_match"]:
        if not all(re.search(pat, x) for x in cards): fails.append(f"must_match miss {pat}")
    for pat in e["must_not_match"]:
        if any(re.search(pat, x) for x in cards): fails.append(f"must_not_match hit {pat}")
    for pat in e["plan_must_match"]:
        if not all(re.search(pat, x) for x in plans): fails.append(f"plan miss {pat}")
    return fails


def main():
    clients = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad, lines = 0, []
    for c in clients:
        cid, lang, call, e = c["id"], c["lang"], c["call"], c["expect"]
        zh = lang.startswith("zh")
        plan = "\n".join(call["plan"] + [call["week"]])
        notes = []
        # 1 own call
        f = judge(c, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan)
        if f: bad += 1; notes.append("OWN FAILS " + "; ".join(f))
        else: notes.append("own ok")
        # 2 alternative correct card
        a = ALT[cid]
        f = judge(c, a[0], a[1], a[2], None, a[3], a[4])
        if f: bad += 1; notes.append("ALT FAILS (too tight?) " + "; ".join(f))
        else: notes.append(f"alt({a[0]}) ok")
        # 3 generic card must miss at least one must_match
        g = judge(c, "brisk_walk", 30, "moderate", None, GENERIC_ZH if zh else GENERIC_EN,
                  GENERIC_PLAN_ZH if zh else GENERIC_PLAN_EN)
        gm = [x for x in g if x.startswith("must_match miss")]
        if not gm: bad += 1; notes.append("GENERIC PASSES must_match (too loose)")
        else: notes.append(f"generic misses {len(gm)}/{len(e['must_match'])} must_match")
        # 4 rest card
        r = judge(c, "rest", 0, None, None, REST_ZH if zh else REST_EN, call["week"])
        if not e["rest_acceptable"]:
            if "rest but rest is wrong" not in r: bad += 1; notes.append("REST CARD NOT REJECTED")
            else: notes.append("rest card rejected")
        elif e["must_rest"]:
            notes.append("plain rest card " + ("passes" if not r else f"fails on content ({len(r)})"))
        # 5 each wrong activity
        wrong_ok = 0
        for act in e["wrong_activities"]:
            mins = 0 if act == "rest" else max(call["minutes"], 20)
            inten = None if act == "rest" else (call["intensity"] or "light")
            w = judge(c, act, mins, inten, call["hr_zone_bpm"], call["card"], plan)
            if not any(x.startswith("wrong activity") or x.startswith("rest but") or x.startswith("not rest") for x in w):
                bad += 1; notes.append(f"WRONG ACTIVITY {act} NOT REJECTED")
            else: wrong_ok += 1
        notes.append(f"{wrong_ok}/{len(e['wrong_activities'])} wrong activities rejected")
        # 6 must-rest: an easy walk fails
        if e["must_rest"]:
            w = judge(c, "walk", 20, "light", None, call["card"], plan)
            if not w: bad += 1; notes.append("EASY WALK ACCEPTED for must-rest")
            else: notes.append("easy walk rejected")
        tag = "must_rest" if e["must_rest"] else ("rest_wrong" if not e["rest_acceptable"] else "rest_ok")
        lines.append(f"{cid} {lang:6} {tag:10} " + " | ".join(notes))
    print("\n".join(lines))
    mr = [c["id"] for c in clients if c["expect"]["must_rest"]]
    rw = [c["id"] for c in clients if not c["expect"]["rest_acceptable"]]
    print(f"\nmust_rest ({len(mr)}): {' '.join(mr)}")
    print(f"rest_wrong ({len(rw)}): {' '.join(rw)}")
    print(f"{bad} probe(s) went the wrong way")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
