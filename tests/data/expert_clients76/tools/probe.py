#!/usr/bin/env python3
"""Probe: are the expectations in clients.jsonl neither too loose nor too tight?

For every client:
  own     the client's own call passes its expect (Chinese: also converted to the other script)
  generic a generic "brisk walk 30 min, RPE 12-13" card fails must_match (text alone), and as a full call fails
  restcard a bare rest card fails: by the activity rule for rest-wrong clients, by must_match for must-rest ones
  wrong   the own card with each wrong activity swapped in fails
  caps    minutes above max_minutes fail; an intensity above max_intensity fails
  alt     a shorter card written the way a different but correct coach would put it passes (both scripts)
  numbers a wrong-region emergency number added to the own card fails, the right one passes
  cross   cards of the other clients in the same language: how many would pass this client's must_match (informational)
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE); sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp  # noqa: E402
import build  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
GENERIC = {
    "en": "Today: brisk walk, 30 min, moderate intensity, RPE 12-13 (you can talk but not sing). Keep it up most days this week.",
    "hans": "今天：快走，30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。本周大多数日子坚持。",
    "hant": "今天：快走，30分鐘，中等強度，RPE 12-13（能說話但不能唱歌）。本週大多數日子堅持。",
}
REST_CARD = {"en": "Today: rest. Recovery is part of training.", "hans": "今天：休息。恢复也是训练的一部分。",
             "hant": "今天：休息。恢復也是訓練的一部分。"}
RIGHT = {"zh-CN": "请拨打120", "zh-SG": "请拨打995", "zh-TW": "請立即撥打119", "zh-HK": "請即刻打999",
         "en-US": "call 911", "en-GB": "call 999", "en-AU": "call 000", "en-CA": "call 911", "en-IE": "call 112",
         "en-NZ": "call 111", "en-IN": "call 112", "en-SG": "call 995"}
WRONG = {"zh-TW": "請立即撥打120", "zh-HK": "請即刻打119", "zh-SG": "请立即拨打120", "en-GB": "call 911 now",
         "en-AU": "call 911 now", "en-NZ": "call 911 now", "en-IE": "call 911 now", "en-IN": "call 911 now",
         "en-SG": "call 911 now", "en-CA": "call 999 now"}


def kind(lang):
    return "en" if lang.startswith("en") else ("hant" if lang in TRAD else "hans")


def text_fails(exp, card, plan=None):
    f = []
    for p in exp["must_match"]:
        if not re.search(p, card): f.append("miss " + p[:40])
    for p in exp["must_not_match"]:
        if re.search(p, card): f.append("hit-not " + p[:40])
    if plan is not None:
        for p in exp["plan_must_match"]:
            if not re.search(p, plan): f.append("plan-miss " + p[:40])
    return f


def rule_fails(exp, activity, minutes, intensity, hz=None, text=""):
    f = []
    if exp["must_rest"] and activity != "rest": f.append("not rest")
    if activity in exp["wrong_activities"]: f.append("wrong activity " + activity)
    if minutes > exp["max_minutes"]: f.append(f"minutes {minutes}>{exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: f.append("intensity " + intensity)
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(text)): f.append("hr zone")
    return f


def variants(lang, card, plan):
    v = [(card, plan)]
    if lang.startswith("zh"):
        v += [(to_trad(card), to_trad(plan)), (to_simp(card), to_simp(plan))]
    return v


def main():
    src = {c["id"]: c for c in build.all_clients()}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    problems, lines = [], []
    cross_total = 0
    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        k = kind(lang)
        plan = "\n".join(call["plan"] + [call["week"]])
        res = {}
        # own
        own = rule_fails(exp, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"] + plan)
        for c, p in variants(lang, call["card"], plan):
            own += text_fails(exp, c, p)
        res["own"] = "pass" if not own else "FAIL " + "; ".join(own)
        if own: problems.append(f"{cid}: own call fails: {own}")
        # generic
        g_text = text_fails(exp, GENERIC[k])
        g_full = g_text + rule_fails(exp, "brisk_walk", 30, "moderate")
        res["generic"] = f"fails ({len([x for x in g_text if x.startswith('miss')])} must_match missed)" if g_text else "PASSES"
        if not any(x.startswith("miss") for x in g_text): problems.append(f"{cid}: generic brisk-walk card meets must_match")
        if not g_full: problems.append(f"{cid}: generic brisk-walk call passes everything")
        # rest card
        rc_rule = rule_fails(exp, "rest", 0, None)
        rc_text = text_fails(exp, REST_CARD[k])
        if not exp["rest_acceptable"]:
            res["restcard"] = "fails (activity)" if rc_rule else "PASSES"
            if not rc_rule: problems.append(f"{cid}: rest card passes a rest-wrong client")
        elif exp["must_rest"]:
            res["restcard"] = "bare rest fails must_match (reason required)" if rc_text else "bare rest passes"
        else:
            res["restcard"] = "acceptable" + (" (bare text misses must_match)" if rc_text else "")
        # wrong activities
        bad = [a for a in exp["wrong_activities"] if not rule_fails(exp, a, min(call["minutes"], exp["max_minutes"]) or 20, "light")]
        res["wrong"] = f"{len(exp['wrong_activities'])} all fail" if not bad else f"PASS for {bad}"
        if bad: problems.append(f"{cid}: wrong activities pass: {bad}")
        # caps
        caps = []
        if call["activity"] != "rest":
            if not rule_fails(exp, call["activity"], exp["max_minutes"] + 5, call["intensity"]): caps.append("minutes")
            if exp["max_intensity"] != "vigorous":
                up = {"light": "moderate", "moderate": "vigorous"}[exp["max_intensity"]]
                if not rule_fails(exp, call["activity"], call["minutes"], up): caps.append("intensity")
        else:
            if not rule_fails(exp, "walk", 20, "light"): caps.append("rest")
        res["caps"] = "ok" if not caps else "LOOSE " + ",".join(caps)
        if caps: problems.append(f"{cid}: caps loose: {caps}")
        # alt
        a = src[cid]["alt"]
        alt_f = rule_fails(exp, a["activity"], a["minutes"], a["intensity"], None, a["card"])
        for c, _ in variants(lang, a["card"], ""):
            alt_f += text_fails(exp, c)
        res["alt"] = f"pass ({a['activity']} {a['minutes']} min)" if not alt_f else "FAIL " + "; ".join(alt_f)
        if alt_f: problems.append(f"{cid}: alternative correct card fails: {alt_f}")
        # numbers
        nums = []
        if lang in WRONG:
            if not text_fails(exp, call["card"] + "\n" + WRONG[lang]): nums.append("wrong number accepted")
        if text_fails(exp, call["card"] + "\n" + RIGHT[lang]): nums.append("right number rejected")
        res["numbers"] = "ok" if not nums else "; ".join(nums)
        if nums: problems.append(f"{cid}: {nums}")
        # cross
        passers = [o["id"] for o in rows if o["id"] != cid and kind(o["lang"]) == k
                   and not any(x.startswith("miss") for x in text_fails(exp, o["call"]["card"]))]
        cross_total += len(passers)
        res["cross"] = f"{len(passers)} other card(s) meet must_match" + (f": {','.join(passers)}" if passers else "")
        lines.append(f"{cid} {lang:6} must_rest={str(exp['must_rest'])[0]} rest_ok={str(exp['rest_acceptable'])[0]}\n  "
                     + "\n  ".join(f"{kk:8} {vv}" for kk, vv in res.items()))
    print(__doc__.strip().splitlines()[0])
    print()
    print("\n".join(lines))
    print()
    mr = [r["id"] for r in rows if r["expect"]["must_rest"]]
    rw = [r["id"] for r in rows if not r["expect"]["rest_acceptable"]]
    print(f"must-rest ({len(mr)}): {' '.join(mr)}")
    print(f"rest wrong ({len(rw)}): {' '.join(rw)}")
    print(f"cross-client: {cross_total} (client, other card) pairs meet must_match on text alone (informational; the activity rules still apply)")
    print(f"problems: {len(problems)}")
    for p in problems: print("  PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
