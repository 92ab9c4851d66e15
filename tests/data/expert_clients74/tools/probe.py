#!/usr/bin/env python3
"""Probe the expectations in ../clients.jsonl: neither too loose nor too tight.

For every client:
  1. own   : the client's own call passes its expect (as written and, for Chinese, converted to the other script);
  2. generic: a generic "brisk walk 30 min, RPE 12-13" card fails must_match (bare; with a safety line naming
              the right emergency number; and with that line plus the condition's everyday name);
  3. rest   : for rest-wrong clients a rest card fails;
  4. wrong  : each activity in wrong_activities fails;
  5. alt    : a different but correct coach's card (alt_cards.ALT) passes (not too tight);
  6. near   : near-miss cards (alt_cards.NEAR) fail, and say why.
Exit 1 if any probe goes the wrong way.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp           # noqa: E402
from check import HR_ZONE_TEXT, INTENS          # noqa: E402  (check.py runs nothing on import)
from alt_cards import ALT, NEAR, CONDITION                 # noqa: E402

RIGHT_NO = {"zh-CN": "120", "zh-SG": "995", "zh-TW": "119", "zh-HK": "999", "en-US": "911", "en-GB": "999",
            "en-AU": "000", "en-CA": "911", "en-IE": "112", "en-NZ": "111", "en-IN": "112", "en-SG": "995"}


def generic_cards(lang, cond):
    n = RIGHT_NO[lang]
    if lang.startswith("en"):
        bare = "TODAY: Brisk walk, 30 min, moderate, RPE 12-13 (talk test: you can talk but not sing). Warm up for 5 minutes."
        safe = bare + f" Stop if you feel chest pain or dizziness; call {n} in an emergency. This is not medical advice."
        named = f"With your {cond} in mind: " + safe
    else:
        bare = "今天：快走30分钟，中等强度，RPE 12-13（能说话，不能唱歌）。先热身5分钟。"
        safe = bare + f"如有胸痛或头晕请立即停下，紧急情况请拨打{n}。（本建议不是医疗建议。）"
        named = f"考虑到你的{cond}，" + safe
        if lang in ("zh-TW", "zh-HK"):
            bare, safe, named = to_trad(bare), to_trad(safe), to_trad(named)
    return [("generic", bare), ("generic+safety", safe), ("generic+safety+condition name", named)]


def evaluate(row, activity, minutes, intensity, card, plan_text, hr_zone=None):
    """Failures of a call against row's expect (same rules as check.py's self-consistency)."""
    exp, lang = row["expect"], row["lang"]
    fails = []
    if exp["must_rest"] and activity != "rest": fails.append("not rest but must_rest")
    if not exp["rest_acceptable"] and activity == "rest": fails.append("rest but rest is wrong")
    if activity in exp["wrong_activities"]: fails.append(f"activity {activity} is wrong")
    if minutes > exp["max_minutes"]: fails.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: fails.append("intensity above max")
    if exp["hr_zone_null"] and (hr_zone is not None or HR_ZONE_TEXT.search(card + plan_text)): fails.append("HR zone given")
    variants = [("as written", card, plan_text)]
    if lang.startswith("zh"):
        variants += [("trad", to_trad(card), to_trad(plan_text)), ("simp", to_simp(card), to_simp(plan_text))]
    for label, c, pl in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, c): fails.append(f"[{label}] misses must_match {pat[:60]!r}")
        for pat in exp["must_not_match"]:
            m = re.search(pat, c)
            if m: fails.append(f"[{label}] hits must_not_match {m.group(0)!r}")
        for pat in exp["plan_must_match"]:
            if not re.search(pat, pl): fails.append(f"[{label}] plan misses {pat[:60]!r}")
    return fails


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    counts = {"own": 0, "generic": 0, "rest": 0, "wrong": 0, "alt": 0, "near": 0}

    def report(ok, what):
        nonlocal bad
        if not ok: bad += 1
        print(("  ok   " if ok else "  BAD  ") + what)

    for r in rows:
        cid, exp, call = r["id"], r["expect"], r["call"]
        plan_text = "\n".join(call["plan"] + [call["week"]])
        tag = "must-rest" if exp["must_rest"] else ("rest-wrong" if not exp["rest_acceptable"] else "rest-ok")
        print(f"{cid} {r['lang']} ({tag}; max {exp['max_intensity']}/{exp['max_minutes']} min; wrong {exp['wrong_activities'] if not exp['must_rest'] else 'all but rest'})")
        f = evaluate(r, call["activity"], call["minutes"], call["intensity"], call["card"], plan_text, call["hr_zone_bpm"])
        report(not f, f"own call ({call['activity']} {call['minutes']} min) passes" + ("" if not f else f": {f}"))
        counts["own"] += 1
        for label, g in generic_cards(r["lang"], CONDITION[cid]):
            # only the card matters here: keep the activity legal so that only the text can fail
            act = "rest" if exp["must_rest"] else call["activity"]
            mins = 0 if exp["must_rest"] else call["minutes"]
            inten = None if exp["must_rest"] else call["intensity"]
            fm = [x for x in evaluate(r, act, mins, inten, g, plan_text) if "must_match" in x]
            report(bool(fm), f"{label} card fails must_match ({len(fm)} pattern-misses)")
            counts["generic"] += 1
        if not exp["rest_acceptable"]:
            rest_card = ("TODAY: Rest. Take the day off and recover." if r["lang"].startswith("en")
                         else "今天：休息，好好恢复。")
            fr = evaluate(r, "rest", 0, None, rest_card, plan_text)
            report(bool(fr), f"rest card fails: {[x for x in fr if 'rest' in x][:1]}")
            counts["rest"] += 1
        wrong = exp["wrong_activities"]
        for a in wrong:
            if a == "rest":
                continue
            fw = evaluate(r, a, min(30, exp["max_minutes"]) if not exp["must_rest"] else 30, "light", call["card"], plan_text)
            report(bool(fw), f"wrong activity {a} fails")
            counts["wrong"] += 1
        if cid in ALT:
            a, m, i, c = ALT[cid]
            fa = evaluate(r, a, m, i, c, plan_text)
            report(not fa, f"alt coach card ({a} {m} min) passes" + ("" if not fa else f": {fa}"))
            counts["alt"] += 1
        if cid in NEAR:
            a, m, i, c = NEAR[cid]
            fn = evaluate(r, a, m, i, c, plan_text)
            report(bool(fn), f"near-miss card ({a}) fails: {fn[:2]}")
            counts["near"] += 1
    print()
    print("probes: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; {bad} went the wrong way")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
