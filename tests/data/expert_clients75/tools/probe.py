#!/usr/bin/env python3
"""Probe the panel's expectations for looseness and tightness.

For every client in clients.jsonl:
  own        the client's own call passes its own expect (both scripts for Chinese)
  alt        a different but correct coach's card (tools/alt_cards.py) passes (too-tight check)
  generic    a generic "brisk walk 30 min, RPE 12-13" card fails must_match (too-loose check)
  rest       for rest-wrong clients, a rest card fails; for must-rest clients, a bare rest card
             ("rest today, recovery is training") fails must_match (the card must name the warning sign)
  active     for must-rest clients, the generic active card fails
  wrong_act  the own call with its activity swapped to each wrong activity fails
  caps       minutes over max_minutes fail; an intensity above max_intensity fails
  hr         a heart-rate zone in the card fails where hr_zone_null
  region     a wrong-region emergency number appended to the own card fails (where forbidden)
Prints one line per client and a summary; exit 1 if any probe misbehaves.
"""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alt_cards import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_ZH = "一二三四五六日"
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
WRONG_NO = {"zh-TW": "如有胸痛請立即撥打120。", "zh-HK": "如有胸痛請即刻打119。", "zh-SG": "如有胸痛请立即拨打120。",
            "en-GB": "Call 911 if it gets worse.", "en-AU": "Call 911 if it gets worse.",
            "en-NZ": "Call 911 if it gets worse.", "en-IE": "Call 911 if it gets worse.",
            "en-IN": "Call 911 if it gets worse.", "en-CA": "Call 999 if it gets worse."}

def fails(exp, c, lang):
    """Reasons a candidate call fails expect (empty list = passes). Chinese: tested as written and in both scripts."""
    why = []
    act = c["activity"]
    if exp["must_rest"] and act != "rest": why.append("not rest")
    if act in exp["wrong_activities"]: why.append(f"wrong activity {act}")
    if c["minutes"] > exp["max_minutes"]: why.append("minutes over cap")
    if c["intensity"] and INTENS[c["intensity"]] > INTENS[exp["max_intensity"]]: why.append("intensity over cap")
    plan_text = "\n".join(c["plan"] + [c["week"]])
    if exp["hr_zone_null"] and (c["hr_zone_bpm"] is not None or HR_ZONE_TEXT.search(c["card"] + plan_text)):
        why.append("hr zone")
    variants = [(c["card"], plan_text)]
    if lang.startswith("zh"):
        variants += [(to_trad(c["card"]), to_trad(plan_text)), (to_simp(c["card"]), to_simp(plan_text))]
    for card, pl in variants:
        for p in exp["must_match"]:
            if not re.search(p, card): why.append(f"must_match miss {p[:40]!r}")
        for p in exp["must_not_match"]:
            if re.search(p, card): why.append(f"must_not_match hit {p[:40]!r}")
        for p in exp["plan_must_match"]:
            if not re.search(p, pl): why.append(f"plan miss {p[:40]!r}")
    return sorted(set(why))

def generic(lang, wd):
    if lang.startswith("en"):
        card = ("Today: brisk walk, 30 minutes, moderate, RPE 12-13 (you can talk but not sing). "
                "Warm up for 5 minutes and cool down for 5. Not medical advice.")
        plan = [f"{WD_EN[(wd + i) % 7]} brisk walk, moderate, 30 min, RPE 12-13" for i in range(7)]
        week = "Week: 210 min of brisk walking."
        rest_card = "Today: rest. Recovery is part of training."
        rest_plan = [f"{WD_EN[(wd + i) % 7]} rest" for i in range(7)]
    else:
        card = "今天：快走30分钟，中等强度，RPE 12-13（能说话，但唱不了歌）。先热身5分钟，最后放松5分钟。（本建议不是医疗建议。）"
        plan = [f"周{WD_ZH[(wd + i) % 7]} 快走，中等强度，30分钟，RPE 12-13" for i in range(7)]
        week = "本周：快走210分钟。"
        rest_card = "今天：休息。恢复也是训练的一部分。"
        rest_plan = [f"周{WD_ZH[(wd + i) % 7]} 休息" for i in range(7)]
        if lang in TRAD:
            card, plan, week = to_trad(card), [to_trad(x) for x in plan], to_trad(week)
            rest_card, rest_plan = to_trad(rest_card), [to_trad(x) for x in rest_plan]
    g = {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
         "card": card, "plan": plan, "week": week}
    r = {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
         "card": rest_card, "plan": rest_plan, "week": week}
    return g, r

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    counts = {}
    def tally(k, ok):
        counts.setdefault(k, [0, 0]); counts[k][0 if ok else 1] += 1
    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        wd = datetime.datetime.strptime(r["profile"]["context"]["time"], "%Y-%m-%dT%H:%M").weekday()
        out = []
        # own
        f = fails(exp, call, lang); ok = not f; tally("own passes", ok)
        out.append("own:" + ("ok" if ok else f"FAIL {f}"))
        # alt (too tight?)
        a = dict(ALT[cid]); a.setdefault("plan", call["plan"]); a.setdefault("week", call["week"])
        f = fails(exp, a, lang); ok = not f; tally("alt passes", ok)
        out.append("alt:" + ("ok" if ok else f"FAIL {f}"))
        g, rc = generic(lang, wd)
        # generic fails must_match (too loose?)
        gm = [p for p in exp["must_match"] if not re.search(p, g["card"])]
        ok = bool(gm); tally("generic misses must_match", ok)
        out.append("generic:" + ("fails-ok" if ok else "PASSES must_match (too loose)"))
        if exp["must_rest"]:
            f = fails(exp, g, lang); ok = bool(f); tally("must-rest: active card fails", ok)
            out.append("active:" + ("fails-ok" if ok else "PASSES"))
            f = fails(exp, rc, lang); ok = any(x.startswith("must_match") for x in f); tally("must-rest: bare rest card fails must_match", ok)
            out.append("bare-rest:" + ("fails-ok" if ok else "PASSES"))
        if not exp["rest_acceptable"]:
            f = fails(exp, rc, lang); ok = bool(f); tally("rest-wrong: rest card fails", ok)
            out.append("rest:" + ("fails-ok" if ok else "PASSES"))
        # wrong activities
        wok = True
        for act in exp["wrong_activities"]:
            c = dict(call, activity=act)
            if act == "rest": c.update(minutes=0, intensity=None)
            elif c["intensity"] is None: c.update(minutes=20, intensity="light")
            if not fails(exp, c, lang): wok = False
        tally("each wrong activity fails", wok)
        out.append(f"wrong({len(exp['wrong_activities'])}):" + ("ok" if wok else "SOME PASS"))
        # caps
        if not exp["must_rest"]:
            c = dict(call, minutes=exp["max_minutes"] + 10)
            ok = bool(fails(exp, c, lang)); tally("minutes over cap fail", ok)
            if exp["max_intensity"] != "vigorous":
                c = dict(call, intensity="vigorous")
                ok2 = bool(fails(exp, c, lang)); tally("intensity over cap fails", ok2); ok = ok and ok2
            out.append("caps:" + ("ok" if ok else "FAIL"))
        # hr zone
        if exp["hr_zone_null"]:
            c = dict(call, card=call["card"] + ("\n心率 125-145 次/分" if lang.startswith("zh") else "\nHeart rate 125-145 bpm"))
            ok = bool(fails(exp, c, lang)); tally("hr zone injected fails", ok)
            out.append("hr:" + ("ok" if ok else "PASSES"))
        # wrong region number
        if lang in WRONG_NO:
            c = dict(call, card=call["card"] + "\n" + WRONG_NO[lang])
            ok = bool(fails(exp, c, lang)); tally("wrong-region number fails", ok)
            out.append("region:" + ("ok" if ok else "PASSES"))
        line_bad = any(("FAIL" in x) or ("PASS" in x and "fails-ok" not in x) or ("SOME PASS" in x) for x in out)
        bad += line_bad
        print(f"{cid} {lang:6} {'BAD ' if line_bad else 'ok  '} " + " | ".join(out))
    print()
    for k, (y, n) in counts.items():
        print(f"{k:45} {y:3} ok {n:3} bad")
    print(f"{bad} clients with a misbehaving probe")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
