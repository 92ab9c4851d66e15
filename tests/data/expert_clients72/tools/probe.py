#!/usr/bin/env python3
"""Probe the panel's expectations for looseness and tightness.

For every client in clients.jsonl:
  1. own call passes its own expect (as written and, for Chinese, converted to the other script);
  2. a generic card ("brisk walk 30 min, RPE 12-13") fails must_match (the text patterns alone);
  3. a generic 7-day plan (brisk walk 30 min every day) fails plan_must_match (where there are plan patterns);
  4. a rest card fails for rest-wrong clients; a bare rest card (no warning, no referral) fails must_match for must-rest clients;
  5. each wrong activity, swapped into the client's own call, fails;
  6. an independently worded alternative card and plan by "another coach" (tools/clients_*.py ALTS) pass (too-tight test);
  7. the own card with a wrong-region emergency sentence appended fails must_not_match (where the region has one).
Prints one block per client and a summary; exit 1 if any probe goes the wrong way.
"""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE); sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp
import build

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ZH_DAYS = "一二三四五六日"
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
WRONG_SENT = {"zh-TW": "緊急時請撥打120。", "zh-HK": "緊急時請打119。", "zh-SG": "紧急时拨打120。",
              "en-GB": "In an emergency call 911.", "en-AU": "In an emergency call 911.",
              "en-NZ": "In an emergency call 911.", "en-IE": "In an emergency call 911.",
              "en-IN": "In an emergency call 911.", "en-SG": "In an emergency call 911.",
              "en-CA": "In an emergency call 999."}

def variants(lang, text):
    if lang.startswith("zh"):
        return [text, to_trad(text), to_simp(text)]
    return [text]

def text_fails(exp, lang, card, plan_text=None):
    """Failures of the regex part of expect only."""
    out = []
    for c in variants(lang, card):
        for p in exp["must_match"]:
            if not re.search(p, c): out.append(f"misses must_match {p!r}")
        for p in exp["must_not_match"]:
            if re.search(p, c): out.append(f"hits must_not_match {p!r}")
    if plan_text is not None:
        for pl in variants(lang, plan_text):
            for p in exp["plan_must_match"]:
                if not re.search(p, pl): out.append(f"plan misses {p!r}")
    return sorted(set(out))

def rule_fails(exp, act, minutes, intensity):
    out = []
    if exp["must_rest"] and act != "rest": out.append("not rest but must_rest")
    if not exp["rest_acceptable"] and act == "rest": out.append("rest but rest is wrong")
    if act in exp["wrong_activities"]: out.append(f"{act} in wrong_activities")
    if minutes > exp["max_minutes"]: out.append(f"{minutes} min > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: out.append(f"{intensity} > {exp['max_intensity']}")
    return out

def generic_card(lang):
    if lang.startswith("zh"):
        t = "今天：快走30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。先热身5分钟，结束后拉伸。本建议不是医疗建议。"
        return to_trad(t) if lang in TRAD else t
    return ("Today: brisk walk, 30 min, moderate intensity, RPE 12-13 (you can talk but not sing). "
            "Warm up for 5 minutes and cool down. This is not medical advice.")

def generic_plan(lang, wd):
    lines = []
    for i in range(7):
        d = (wd + i) % 7
        if lang.startswith("zh"):
            l = f"周{ZH_DAYS[d]} 快走，中等强度，30分钟，RPE 12-13"
            lines.append(to_trad(l) if lang in TRAD else l)
        else:
            lines.append(f"{EN_DAYS[d]} brisk walk, moderate, 30 min, RPE 12-13")
    lines.append("本周：快走210分钟。" if lang.startswith("zh") else "Week: 210 min of brisk walking.")
    return "\n".join(lines)

def bare_rest(lang):
    if lang.startswith("zh"):
        t = "今天：休息。恢复也是训练的一部分，明天再练。本建议不是医疗建议。"
        return to_trad(t) if lang in TRAD else t
    return "Today: rest. Recovery is part of training; train again tomorrow. This is not medical advice."

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    _, alts = build.load()
    bad = 0; n_probes = 0; lines = []
    def ok(cond, label):
        nonlocal bad, n_probes
        n_probes += 1
        if not cond: bad += 1
        return ("ok  " if cond else "BAD ") + label
    for r in rows:
        cid, lang, call, exp, prof = r["id"], r["lang"], r["call"], r["expect"], r["profile"]
        wd = datetime.datetime.strptime(prof["context"]["time"], "%Y-%m-%dT%H:%M").weekday()
        plan_text = "\n".join(call["plan"] + [call["week"]])
        kind = "must-rest" if exp["must_rest"] else ("rest-wrong" if not exp["rest_acceptable"] else "rest-ok")
        lines.append(f"== {cid} {lang} [{kind}] call={call['activity']} {call['minutes']} min {call['intensity']}")
        # 1 own call
        f = rule_fails(exp, call["activity"], call["minutes"], call["intensity"]) + text_fails(exp, lang, call["card"], plan_text)
        lines.append("  " + ok(not f, "own call passes" + (f": {f}" if f else "")))
        # 2 generic card
        f = text_fails(exp, lang, generic_card(lang))
        miss = [x for x in f if x.startswith("misses")]
        lines.append("  " + ok(bool(miss), f"generic walk card fails must_match ({len(miss)} pattern(s) missed)"))
        # 3 generic plan
        if exp["plan_must_match"]:
            f = [x for x in text_fails(exp, lang, call["card"], generic_plan(lang, wd)) if x.startswith("plan")]
            lines.append("  " + ok(bool(f), f"generic plan fails plan_must_match ({len(f)} pattern(s) missed)"))
        # 4 rest card
        if not exp["rest_acceptable"]:
            f = rule_fails(exp, "rest", 0, None)
            lines.append("  " + ok(bool(f), f"rest card fails: {f}"))
        if exp["must_rest"]:
            f = [x for x in text_fails(exp, lang, bare_rest(lang)) if x.startswith("misses")]
            lines.append("  " + ok(bool(f), f"bare rest card (no warning/referral) fails must_match ({len(f)} missed)"))
        # 5 wrong activities
        for a in exp["wrong_activities"]:
            if a == "rest": continue
            f = rule_fails(exp, a, call["minutes"] or 30, call["intensity"] or "moderate")
            lines.append("  " + ok(bool(f), f"wrong activity {a} fails"))
        # 6 alternative correct card and plan
        alt = alts.get(cid)
        if alt:
            f = rule_fails(exp, alt["activity"], alt["minutes"], alt["intensity"]) + text_fails(exp, lang, alt["card"], alt["plan"])
            lines.append("  " + ok(not f, f"another coach's card ({alt['activity']} {alt['minutes']} min) passes" + (f": {f}" if f else "")))
        else:
            lines.append("  " + ok(False, "no alternative card written"))
        # 7 wrong-region number
        if lang in WRONG_SENT:
            f = [x for x in text_fails(exp, lang, call["card"] + "\n" + WRONG_SENT[lang]) if x.startswith("hits")]
            lines.append("  " + ok(bool(f), f"own card + wrong-region number fails must_not_match"))
    lines.append(f"\n{len(rows)} clients, {n_probes} probes, {bad} went the wrong way")
    print("\n".join(lines))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
