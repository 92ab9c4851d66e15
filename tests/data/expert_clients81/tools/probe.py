#!/usr/bin/env python3
"""Probe: are the expectations in clients.jsonl neither too loose nor too tight?

Required (exit 1 if any fails):
  A. the client's own call passes its own expect (both scripts for Chinese);
  B. a generic "brisk walk 30 min, RPE 12-13" card, in the client's language and script, fails must_match;
  C. for rest-wrong clients, a rest card fails;
  D. each activity in wrong_activities fails (own card text, minutes within the cap);
  E. a differently worded correct card from another coach (alt_cards.py) passes, card and week summary;
  F. a vigorous call fails where max_intensity is below vigorous; a call 15 min over max_minutes fails.
Informational: which single must_match patterns the generic card would satisfy; whether a generic
plan (7 x brisk walk) fails plan_must_match.
Run from /tmp/panel81: python3 tools/probe.py
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alt_cards import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
TRAD_TAGS = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
GENERIC_EN = ("Today: brisk walk, 30 minutes, moderate intensity, RPE 12-13 (you can talk but not sing). "
              "Brisk walking is good for your heart and mood. Warm up for 5 minutes first and cool down at the end. "
              "Drink some water.")
GENERIC_ZH = "今天：快走，30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。快走对心脏和心情都有好处。开始前热身5分钟，结束后放松，记得喝水。"
GENERIC_PLAN_EN = "\n".join(["Mon brisk walk 30 min, RPE 12-13"] * 7 + ["About 210 min of brisk walking."])
GENERIC_PLAN_ZH = "\n".join(["周一 快走30分钟，RPE 12-13"] * 7 + ["本周快走约210分钟。"])
REST_EN = "Today: rest. Take the day off and recover."
REST_ZH = "今天：休息，好好恢复。"

def texts(lang, en, zh):
    if lang.startswith("en"): return en
    return to_trad(zh) if lang in TRAD_TAGS else zh

def evaluate(lang, exp, activity, minutes, intensity, card, plan_text=None, hz=None):
    """Failures of a call against expect, as check.py judges a client's own call."""
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest but must_rest")
    if not exp["rest_acceptable"] and activity == "rest": f.append("rest but rest is wrong")
    if activity in exp["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append(f"intensity {intensity} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + (plan_text or ""))): f.append("HR zone given")
    variants = [("", card, plan_text)]
    if lang.startswith("zh"):
        variants += [(" [to Trad]", to_trad(card), plan_text and to_trad(plan_text)),
                     (" [to Simp]", to_simp(card), plan_text and to_simp(plan_text))]
    for label, c, pl in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, c): f.append(f"misses must_match{label} {pat!r}")
        for pat in exp["must_not_match"]:
            if re.search(pat, c): f.append(f"hits must_not_match{label} {pat!r}")
        if pl is not None:
            for pat in exp["plan_must_match"]:
                if not re.search(pat, pl): f.append(f"plan misses{label} {pat!r}")
    return f

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    def need(cond, cid, what, detail=""):
        nonlocal bad
        if not cond: bad += 1
        print(f"  {'ok  ' if cond else 'FAIL'} {what}{(': ' + detail) if detail else ''}")
    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        tag = "must-rest" if exp["must_rest"] else ("rest-wrong" if not exp["rest_acceptable"] else "")
        print(f"{cid} {lang} {call['activity']} {call['minutes']} min {call['intensity']} {tag}")
        plan_text = "\n".join(call["plan"] + [call["week"]])
        # A
        f = evaluate(lang, exp, call["activity"], call["minutes"], call["intensity"], call["card"], plan_text, call["hr_zone_bpm"])
        need(not f, cid, "A own call passes", "; ".join(f))
        # B
        gen = texts(lang, GENERIC_EN, GENERIC_ZH)
        miss = [p for p in exp["must_match"] if not re.search(p, gen)]
        need(bool(miss), cid, "B generic brisk-walk card fails must_match",
             f"{len(miss)}/{len(exp['must_match'])} patterns missed")
        hit = [p for p in exp["must_match"] if re.search(p, gen)]
        if hit: print(f"  info generic card satisfies single pattern(s): {hit}")
        f = evaluate(lang, exp, "brisk_walk", 30, "moderate", gen)
        need(bool(f), cid, "B generic brisk-walk call fails overall", "; ".join(f[:3]))
        # C
        rest_card = texts(lang, REST_EN, REST_ZH)
        f = evaluate(lang, exp, "rest", 0, None, rest_card)
        if not exp["rest_acceptable"]:
            need(bool(f), cid, "C rest card fails (rest is wrong)", "; ".join(f[:2]))
        else:
            print(f"  info rest card: {'fails: ' + '; '.join(f[:2]) if f else 'passes'}")
        # D
        for a in exp["wrong_activities"]:
            mins = 0 if a == "rest" else max(1, min(call["minutes"] or 20, exp["max_minutes"] or 20))
            f = evaluate(lang, exp, a, mins, None if a == "rest" else "light", call["card"] if a != "rest" else rest_card)
            need(bool(f), cid, f"D wrong activity {a} fails", "; ".join(f[:1]))
        # E
        alt = ALT[cid]
        f = evaluate(lang, exp, alt["activity"], alt["minutes"], alt["intensity"], alt["card"], alt["week"])
        need(not f, cid, f"E another coach's correct card ({alt['activity']} {alt['minutes']} min) passes", "; ".join(f))
        # F
        if exp["max_intensity"] != "vigorous" and not exp["must_rest"]:
            f = evaluate(lang, exp, call["activity"], call["minutes"], "vigorous", call["card"])
            need(bool(f), cid, "F vigorous version fails", "; ".join(f[:1]))
        if not exp["must_rest"]:
            f = evaluate(lang, exp, call["activity"], exp["max_minutes"] + 15, call["intensity"], call["card"])
            need(bool(f), cid, f"F {exp['max_minutes'] + 15} min version fails", "; ".join(f[:1]))
        # info: generic plan
        gp = texts(lang, GENERIC_PLAN_EN, GENERIC_PLAN_ZH)
        pm = [p for p in exp["plan_must_match"] if not re.search(p, gp)]
        print(f"  info generic 7 x brisk-walk plan {'fails' if pm else 'passes'} plan_must_match")
    print(f"\n{len(rows)} clients probed; {bad} required probe(s) failed")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
