#!/usr/bin/env python3
"""Probe clients.jsonl expectations for being neither too loose nor too tight.

For every client:
  A  its own call passes its own expect (both scripts for Chinese);
  B  a generic card ("brisk walk 30 min, moderate, RPE 12-13, talk test") fails at least one must_match pattern;
  C  for rest-wrong clients, a rest card fails;  for must-rest clients, the generic walking card fails;
  D  each activity in wrong_activities, swapped into the client's own call, fails;
  E  a differently worded correct card from another coach (tools/alt_cards.py) passes (too-tight check);
  F  (information only) whether a generic week of brisk walks meets plan_must_match.
Exit 1 if any of A-E does not hold.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alt_cards import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD_TAGS = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_ZH = "一二三四五六日"

GENERIC_EN = ("TODAY: brisk walk, 30 min, moderate intensity, RPE 12-13 (talk test: you can talk but not sing). "
              "Warm up 5 minutes, cool down 5 minutes. Drink water. (This is not medical advice.)")
GENERIC_ZH = "今天：快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。先热身5分钟，最后放松5分钟。记得喝水。（本建议不是医疗建议。）"
REST_EN = "TODAY: rest day. Take it easy and recover; no workout today. (This is not medical advice.)"
REST_ZH = "今天：休息日。好好恢复，今天不安排运动。（本建议不是医疗建议。）"

def script_variants(lang, text):
    if lang.startswith("zh"):
        return [("as written", text), ("Traditional", to_trad(text)), ("Simplified", to_simp(text))]
    return [("as written", text)]

def local(lang, zh_text):
    return to_trad(zh_text) if lang in TRAD_TAGS else zh_text

def evaluate(lang, exp, activity, minutes, intensity, hr, card, plan_text):
    """Return a list of reasons the call fails the expect (empty = passes)."""
    why = []
    if exp["must_rest"] and activity != "rest": why.append("not rest but must_rest")
    if not exp["rest_acceptable"] and activity == "rest": why.append("rest but rest is wrong")
    if activity in exp["wrong_activities"]: why.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: why.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: why.append("intensity above max")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + plan_text)): why.append("HR zone given")
    for label, c in script_variants(lang, card):
        for pat in exp["must_match"]:
            if not re.search(pat, c): why.append(f"must_match miss ({label}): {pat[:60]}")
        for pat in exp["must_not_match"]:
            if re.search(pat, c): why.append(f"must_not_match hit ({label}): {pat[:60]}")
    for label, pl in script_variants(lang, plan_text):
        for pat in exp["plan_must_match"]:
            if not re.search(pat, pl): why.append(f"plan_must_match miss ({label}): {pat[:60]}")
    return why

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0; out = []
    def report(ok, cid, what, detail=""):
        nonlocal bad
        if not ok: bad += 1
        out.append(f"{'PASS' if ok else 'FAIL'} {cid} {what}{(': ' + detail) if detail else ''}")
    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        zh = lang.startswith("zh")
        plan_text = "\n".join(call["plan"] + [call["week"]])
        # A own call
        why = evaluate(lang, exp, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan_text)
        report(not why, cid, "A own call passes", "; ".join(why))
        # B generic card fails must_match
        gcard = local(lang, GENERIC_ZH) if zh else GENERIC_EN
        misses = [p for p in exp["must_match"] if any(not re.search(p, c) for _, c in script_variants(lang, gcard))]
        report(bool(misses), cid, "B generic brisk-walk card fails must_match",
               f"{len(misses)}/{len(exp['must_match'])} patterns missed" if misses else "all patterns matched a generic card (too loose)")
        # C rest card / generic card against must_rest and rest-wrong
        wd = __import__("datetime").datetime.strptime(r["profile"]["context"]["time"], "%Y-%m-%dT%H:%M").weekday()
        gplan_days = [(WD_EN[(wd + i) % 7] + " Brisk walk, moderate, 30 min, RPE 12-13") if not zh else
                      local(lang, "周" + WD_ZH[(wd + i) % 7] + " 快走，中等强度，30分钟，RPE 12-13") for i in range(7)]
        gplan = "\n".join(gplan_days + ["Week: 210 min brisk walking" if not zh else local(lang, "本周：快走210分钟")])
        if not exp["rest_acceptable"]:
            rcard = local(lang, REST_ZH) if zh else REST_EN
            why = evaluate(lang, exp, "rest", 0, None, None, rcard, gplan)
            report(bool(why), cid, "C rest card fails (rest-wrong client)", "; ".join(why[:2]))
        if exp["must_rest"]:
            why = evaluate(lang, exp, "brisk_walk", 30, "moderate", None, gcard, gplan)
            report(bool(why), cid, "C generic walking card fails (must-rest client)", "; ".join(why[:2]))
        # D each wrong activity fails when swapped into the own call
        for act in exp["wrong_activities"]:
            mins = call["minutes"] if call["activity"] != "rest" else 30
            inten = call["intensity"] or "moderate"
            if act == "rest": mins, inten = 0, None
            why = evaluate(lang, exp, act, mins, inten, None, call["card"], plan_text)
            if not why: report(False, cid, f"D wrong activity {act} passes")
        report(True, cid, f"D {len(exp['wrong_activities'])} wrong activities each fail")
        # E alternative correct card
        aact, acard, aplan = ALT[cid]
        amins = 0 if aact == "rest" else min(call["minutes"] or 20, exp["max_minutes"])
        ainten = None if aact == "rest" else (call["intensity"] or "light")
        why = evaluate(lang, exp, aact, amins, ainten, None, acard, aplan)
        report(not why, cid, "E another coach's correct card passes", "; ".join(why))
        # F information: generic plan vs plan_must_match
        pm = [p for p in exp["plan_must_match"] if any(not re.search(p, x) for _, x in script_variants(lang, gplan))]
        out.append(f"INFO {cid} F generic week misses {len(pm)}/{len(exp['plan_must_match'])} plan_must_match patterns")
    print("\n".join(out))
    print(f"probe: {len(rows)} clients, {bad} failures")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
