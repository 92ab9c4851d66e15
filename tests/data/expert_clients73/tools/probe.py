#!/usr/bin/env python3
"""Probe panel73's expectations: neither too loose nor too tight.

For every client in clients.jsonl (with the hand-written "alt" cards from tools/clients_*.py):
  1. own call passes its own expect (card, plan; Chinese: both scripts)             -> must PASS
  2. a generic "brisk walk 30 min, RPE 12-13" card                                   -> must FAIL must_match
  3. a rest card, for clients where rest is wrong                                    -> must FAIL (activity), reported
     also whether its text alone would fail must_match
  4. the own call with each wrong activity swapped in                                -> must FAIL
  5. a bare rest card without any warning, for must-rest clients                     -> must FAIL must_match
  6. the own call one step over max_minutes / max_intensity                          -> must FAIL
  7. a different but correct coach's card ("alt", another activity or wording)       -> must PASS (both scripts)
Exit 1 if any expectation above is violated.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
import build

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
GENERIC = {"en": "Today: brisk walk, 30 min, moderate - RPE 12-13 (you can talk but not sing). Warm up for 5 min first. "
                 "Not medical advice.",
           "zh": "今天：快走，30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。先热身5分钟。本建议不是医疗建议。"}
REST = {"en": "Today: rest. Recovery is part of training; take the day off and come back tomorrow. Not medical advice.",
        "zh": "今天：休息。恢复同样是训练的一部分，明天再练。本建议不是医疗建议。"}
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}

def variants(lang, text):
    if not lang.startswith("zh"):
        return [("as written", text)]
    return [("as written", text), ("Traditional", to_trad(text)), ("Simplified", to_simp(text))]

def localise(lang, key_text):
    t = key_text["en" if lang.startswith("en") else "zh"]
    return to_trad(t) if lang in TRAD else t

def judge(exp, lang, call, plan_text=None):
    """Return a list of reasons the call fails the expectation (empty = passes)."""
    why = []
    act = call["activity"]
    if exp["must_rest"] and act != "rest": why.append("not rest but must_rest")
    if act in exp["wrong_activities"]: why.append(f"activity {act} is wrong")
    if call["minutes"] > exp["max_minutes"]: why.append(f"minutes {call['minutes']} > {exp['max_minutes']}")
    if call.get("intensity") and INTENS[call["intensity"]] > INTENS[exp["max_intensity"]]:
        why.append(f"intensity {call['intensity']} > {exp['max_intensity']}")
    for label, card in variants(lang, call["card"]):
        for pat in exp["must_match"]:
            if not re.search(pat, card): why.append(f"must_match miss ({label}): {pat[:60]}")
        for pat in exp["must_not_match"]:
            m = re.search(pat, card)
            if m: why.append(f"must_not_match hit ({label}): {m.group(0)!r}")
    if plan_text is not None:
        for label, pl in variants(lang, plan_text):
            for pat in exp["plan_must_match"]:
                if not re.search(pat, pl): why.append(f"plan_must_match miss ({label}): {pat[:60]}")
    return why

def mm_fails(why):
    return [w for w in why if w.startswith("must_match miss") or w.startswith("must_not_match hit")]

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    alts = {c["id"]: c["alt"] for c in build.all_clients()}
    problems = 0
    out = []
    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        tag = "MUST-REST" if exp["must_rest"] else ("REST-WRONG" if not exp["rest_acceptable"] else "rest-ok")
        out.append(f"== {cid} {lang} [{tag}] {r['who']}")
        # 1 own call
        why = judge(exp, lang, call, "\n".join(call["plan"] + [call["week"]]))
        ok = not why; problems += not ok
        out.append(f"  1 own call ({call['activity']} {call['minutes']} min): {'PASS' if ok else 'FAIL <-- PROBLEM: ' + '; '.join(why)}")
        # 2 generic walk card
        g = {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "card": localise(lang, GENERIC)}
        why = judge(exp, lang, g); mf = mm_fails(why)
        ok = bool(mf); problems += not ok
        out.append(f"  2 generic brisk-walk card: {'FAILS as it should' if ok else 'PASSES must_match <-- PROBLEM (too loose)'}"
                   f" ({len(mf)} text misses; all reasons: {'; '.join(why)[:220]})")
        # 3 rest card for rest-wrong
        if not exp["rest_acceptable"]:
            rc = {"activity": "rest", "minutes": 0, "intensity": None, "card": localise(lang, REST)}
            why = judge(exp, lang, rc)
            ok = "activity rest is wrong" in why; problems += not ok
            out.append(f"  3 rest card: {'FAILS as it should' if ok else 'PASSES <-- PROBLEM'}"
                       f" (activity; its text alone {'also fails must_match' if mm_fails(why) else 'would pass must_match'})")
        # 4 each wrong activity
        bad = []
        for a in exp["wrong_activities"]:
            if a == "rest": continue
            sw = dict(call, activity=a, minutes=min(call["minutes"] or 30, exp["max_minutes"] or 30),
                      intensity=call["intensity"] or "light")
            if not judge(exp, lang, sw): bad.append(a)
        n_wrong = len([a for a in exp["wrong_activities"] if a != "rest"])
        problems += bool(bad)
        out.append(f"  4 wrong activities swapped in ({n_wrong}): {'all FAIL as they should' if not bad else 'PASS <-- PROBLEM: ' + ','.join(bad)}")
        # 5 bare rest card for must-rest clients
        if exp["must_rest"]:
            rc = {"activity": "rest", "minutes": 0, "intensity": None, "card": localise(lang, REST)}
            why = judge(exp, lang, rc); ok = bool(mm_fails(why)); problems += not ok
            out.append(f"  5 bare rest card with no warning/referral: {'FAILS must_match as it should' if ok else 'PASSES <-- PROBLEM'}")
        # 6 over-dose
        if not exp["must_rest"]:
            od = dict(call, minutes=exp["max_minutes"] + 15)
            ok = bool(judge(exp, lang, od)); problems += not ok
            msg = f"  6 own card at {exp['max_minutes'] + 15} min: {'FAILS' if ok else 'PASSES <-- PROBLEM'}"
            if exp["max_intensity"] != "vigorous":
                up = [k for k, v in INTENS.items() if v == INTENS[exp["max_intensity"]] + 1][0]
                oi = dict(call, intensity=up, activity=call["activity"] if call["activity"] != "rest" else "run")
                ok2 = bool(judge(exp, lang, oi)); problems += not ok2
                msg += f"; at {up}: {'FAILS' if ok2 else 'PASSES <-- PROBLEM'}"
            out.append(msg)
        # 7 alt card
        alt = alts[cid]
        why = judge(exp, lang, alt); ok = not why; problems += not ok
        out.append(f"  7 another coach's correct card ({alt['activity']} {alt['minutes']} min {alt['intensity']}): "
                   f"{'PASSES as it should' if ok else 'FAILS <-- PROBLEM (too tight): ' + '; '.join(why)}")
    out.append("")
    out.append(f"{len(rows)} clients probed; {problems} problems")
    print("\n".join(out))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
