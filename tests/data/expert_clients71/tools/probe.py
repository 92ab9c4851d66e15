#!/usr/bin/env python3
"""Probe: are the expectations in clients.jsonl neither too loose nor too tight?
 - each client's own call passes (as written and, for Chinese, converted to the other script);
 - a second coach's independently worded correct card (alt_cards.py) passes;
 - two generic "brisk walk 30 min, RPE 12-13" cards fail must_match (every script variant);
 - a rest card fails for every rest-wrong client; a light-walk card fails for every must-rest client;
 - the client's own call with each wrong activity swapped in fails;
 - the client's own card with a wrong-region emergency number fails must_not_match.
Prints one line per finding and a summary; exit 1 if any probe does not behave as intended."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alt_cards import ALT, ALT2

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
MEASURE = re.compile(r"RPE|talk test|heart rate|bpm|OMNI|[说說][话話]|講|心率|自[觉覺]", re.I)

def variants(lang, card, plan):
    out = [("as written", card, plan)]
    if lang.startswith("zh"):
        out += [("trad", to_trad(card), to_trad(plan)), ("simp", to_simp(card), to_simp(plan))]
    return out

def evaluate(exp, lang, activity, minutes, intensity, hz, card, plan):
    """Failures of one candidate call against expect (same rules as check.py's self-consistency)."""
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest but must_rest")
    if not exp["rest_acceptable"] and activity == "rest": f.append("rest but rest is wrong")
    if activity in exp["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append("intensity above max")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + plan)): f.append("HR zone given")
    if activity != "rest" and not MEASURE.search(card): f.append("no effort measure")
    for label, c, p in variants(lang, card, plan):
        for pat in exp["must_match"]:
            if not re.search(pat, c): f.append(f"must_match miss ({label}): {pat[:60]}")
        for pat in exp["must_not_match"]:
            m = re.search(pat, c)
            if m: f.append(f"must_not_match hit ({label}): {m.group(0)!r}")
        for pat in exp["plan_must_match"]:
            if not re.search(pat, p): f.append(f"plan_must_match miss ({label}): {pat[:60]}")
    return f

EN_GEN = ["Today: brisk walk, moderate intensity, 30 minutes, RPE 12-13 (talk test: you can talk but not sing). "
          "Warm up for 5 minutes and cool down for 5 minutes. Aim for at least 150 minutes a week and strength twice a week. "
          "This is not medical advice."]
EN_GEN.append(EN_GEN[0] + " If you feel unwell, stop and see a doctor.")
ZH_GEN = ["今天：快走，中等强度，30分钟，RPE 12-13（能说话不能唱歌）。先热身5分钟，最后放松5分钟。每周至少150分钟，每周2天力量训练。（本建议不是医疗建议。）"]
ZH_GEN.append(ZH_GEN[0] + "如果感觉不舒服，请停下来并咨询医生。")
EN_GEN_PLAN = "Mon brisk walk 30 min\nTue strength 20 min\nWed brisk walk 30 min\nThu rest\nFri brisk walk 30 min\nSat strength 20 min\nSun brisk walk 30 min"
ZH_GEN_PLAN = "周一 快走30分钟\n周二 力量训练20分钟\n周三 快走30分钟\n周四 休息\n周五 快走30分钟\n周六 力量训练20分钟\n周日 快走30分钟"
EN_REST = "Today: rest. Take the day off and recover; come back tomorrow. This is not medical advice."
ZH_REST = "今天：休息。好好恢复，明天再练。（本建议不是医疗建议。）"
EN_WALK = "Today: light walk, 20 minutes, RPE 10-11, easy pace. This is not medical advice."
ZH_WALK = "今天：散步20分钟，轻松，RPE 10-11。（本建议不是医疗建议。）"
WRONG_NO = {"zh-TW": ("119", "120"), "zh-HK": ("999", "120"), "zh-SG": ("995", "120"),
            "en-GB": ("999", "911"), "en-AU": ("000", "911"), "en-NZ": ("111", "911"), "en-IE": ("112", "911"),
            "en-IN": ("112", "911"), "en-SG": ("995", "911"), "en-CA": ("911", "999")}

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0; n = 0
    def report(ok, cid, what, detail=""):
        nonlocal bad, n
        n += 1
        if not ok: bad += 1
        print(f"{'ok  ' if ok else 'FAIL'} {cid} {what}{(': ' + detail) if detail else ''}")
    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        zh = lang.startswith("zh")
        plan = "\n".join(call["plan"] + [call["week"]])
        own = evaluate(exp, lang, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan)
        report(not own, cid, "own call passes", "; ".join(own))
        for k, a in enumerate([ALT[cid]] + ([ALT2[cid]] if cid in ALT2 else []), 1):
            alt = evaluate(exp, lang, a[0], a[1], a[2], None, a[3], "\n".join(a[4]))
            report(not alt, cid, f"another coach's correct card {k} ({a[0]}) passes (not too tight)", "; ".join(alt))
        gens = ZH_GEN if zh else EN_GEN
        for i, g in enumerate(gens, 1):
            gplan = ZH_GEN_PLAN if zh else EN_GEN_PLAN
            for label, gc, gp in variants(lang, g, gplan):
                misses = [p for p in exp["must_match"] if not re.search(p, gc)]
                report(bool(misses), cid, f"generic brisk-walk card {i} ({label}) fails must_match",
                       f"{len(misses)}/{len(exp['must_match'])} patterns miss")
        if not exp["rest_acceptable"]:
            f = evaluate(exp, lang, "rest", 0, None, None, ZH_REST if zh else EN_REST, ZH_GEN_PLAN if zh else EN_GEN_PLAN)
            report(bool(f), cid, "rest card fails (rest is wrong)", "; ".join(f[:2]))
        if exp["must_rest"]:
            f = evaluate(exp, lang, "walk", 20, "light", None, ZH_WALK if zh else EN_WALK, ZH_GEN_PLAN if zh else EN_GEN_PLAN)
            report(bool(f), cid, "light-walk card fails (must rest)", "; ".join(f[:2]))
        for act in exp["wrong_activities"]:
            if exp["must_rest"] and act not in ("walk", "yoga", "swim", "run"):
                continue  # must-rest: a representative subset of the 11 non-rest activities
            inten = None if act == "rest" else (call["intensity"] or "light")
            mins = 0 if act == "rest" else (call["minutes"] or 20)
            f = evaluate(exp, lang, act, mins, inten, None, call["card"], plan)
            report(any("wrong activity" in x or "rest" in x for x in f), cid, f"own card with wrong activity '{act}' fails",
                   "; ".join(f[:2]))
        if lang in WRONG_NO:
            right, wrong = WRONG_NO[lang]
            if zh:
                card = call["card"] + f"\n紧急情况请拨打{wrong}。"
            else:
                card = call["card"] + f"\nIn an emergency call {wrong}."
            f = evaluate(exp, lang, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], card, plan)
            report(any("must_not_match" in x for x in f), cid, f"own card naming wrong-region {wrong} fails")
    print(f"\n{n} probes, {n - bad} behaved as intended, {bad} did not")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
