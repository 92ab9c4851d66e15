#!/usr/bin/env python3
"""Probe the expectations in clients.jsonl: neither too loose nor too tight.

For every client:
  own      the client's own call passes its expect (both scripts for Chinese)
  alt      a second coach's correct, differently worded answer (alt_cards.py) passes (too tight?)
  generic  a generic "brisk walk 30 min, RPE 12-13" card fails must_match (too loose?)
  restcard a bare rest card ("rest, recovery is training") fails must_match for must-rest clients
  rest     a rest call is rejected for rest-wrong clients; a non-rest call is rejected for must-rest clients
  wrong    each activity in wrong_activities is rejected
  caps     minutes over max_minutes and intensity over max_intensity are rejected
  region   a wrong-region emergency sentence is rejected and the right one is not
Prints one line per check and a summary; exit 1 on any failure.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp  # noqa: E402
from alt_cards import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

GENERIC = {
    "en": ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 (you can talk but not sing). A steady walk builds "
           "fitness; warm up for 5 minutes and cool down after. Not medical advice."),
    "zh": "今天：快走，中等强度，30分钟，RPE 12-13（能说话不能唱歌）。快走能提高体能，先热身5分钟，结束后放松拉伸。（本建议不是医疗建议。）",
}
GENERIC_PLAN = {"en": "Mon brisk walk 30 min\nTue rest", "zh": "周一 快走30分钟\n周二 休息"}
REST_CARD = {
    "en": "Today: rest. Recovery is part of training. Not medical advice.",
    "zh": "今天：休息。恢复也是训练的一部分。（本建议不是医疗建议。）",
}
RIGHT = {"zh-CN": "请拨打120", "zh-SG": "请拨打995", "zh-TW": "請立即撥打119", "zh-HK": "請即刻打999",
         "en-US": "call 911 now", "en-GB": "call 999 now", "en-AU": "call 000 now", "en-CA": "call 911 now",
         "en-IE": "call 112 now", "en-NZ": "call 111 now", "en-IN": "call 112 now", "en-SG": "call 995 now"}
WRONG = {"zh-TW": ["請立即撥打120"], "zh-HK": ["請即刻打120", "請立即撥打119"], "zh-SG": ["请立即拨打120"],
         "en-GB": ["call 911 now"], "en-AU": ["call 911 now"], "en-NZ": ["call 911 now"], "en-IE": ["call 911 now"],
         "en-IN": ["call 911 now"], "en-CA": ["call 999 now", "dial 112"]}


def variants(lang, text):
    if lang.startswith("zh"):
        return [text, to_trad(text), to_simp(text)]
    return [text]


def evaluate(exp, activity, minutes, intensity, card, plan, zone=None, check_plan=True):
    """Return the list of reasons a call fails its expect (empty = passes)."""
    why = []
    if exp["must_rest"] and activity != "rest":
        why.append("not rest but must_rest")
    if activity == "rest" and not exp["rest_acceptable"]:
        why.append("rest but rest not acceptable")
    if activity in exp["wrong_activities"]:
        why.append(f"activity {activity} is wrong")
    if minutes > exp["max_minutes"]:
        why.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]:
        why.append(f"intensity {intensity} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and (zone is not None or HR_ZONE_TEXT.search(card + "\n" + plan)):
        why.append("heart-rate zone given")
    for pat in exp["must_match"]:
        if not re.search(pat, card):
            why.append(f"misses must_match {pat[:40]!r}")
    for pat in exp["must_not_match"]:
        if re.search(pat, card):
            why.append(f"hits must_not_match {pat[:40]!r}")
    if check_plan:
        for pat in exp["plan_must_match"]:
            if not re.search(pat, plan):
                why.append(f"plan misses {pat[:40]!r}")
    return why


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    fails = 0
    total = 0
    loose_notes = []

    def report(cid, name, ok, detail=""):
        nonlocal fails, total
        total += 1
        if not ok:
            fails += 1
        print(f"{cid} {name:9s} {'PASS' if ok else 'FAIL'} {detail}".rstrip())

    for r in rows:
        cid, lang, exp, call = r["id"], r["lang"], r["expect"], r["call"]
        fam = "zh" if lang.startswith("zh") else "en"
        plan_text = "\n".join(call["plan"] + [call["week"]])
        # own call, every script
        bad = []
        for c, p in zip(variants(lang, call["card"]), variants(lang, plan_text)):
            bad += evaluate(exp, call["activity"], call["minutes"], call["intensity"], c, p, call["hr_zone_bpm"])
        report(cid, "own", not bad, "; ".join(sorted(set(bad))))
        # a second coach's answer
        alt = ALT[cid]
        bad = []
        for c, p in zip(variants(lang, alt["card"]), variants(lang, alt["plan"])):
            bad += evaluate(exp, alt["activity"], alt["minutes"], alt["intensity"], c, p)
        report(cid, "alt", not bad, f"({alt['activity']}) " + "; ".join(sorted(set(bad))))
        # generic brisk-walk card must fail must_match (every script)
        gen_ok = True
        hit = []
        for g in variants(lang, GENERIC[fam]) + ([to_trad(GENERIC[fam])] if fam == "zh" else []):
            misses = [p for p in exp["must_match"] if not re.search(p, g)]
            if not misses:
                gen_ok = False
            hit += [p for p in exp["must_match"] if re.search(p, g)]
        report(cid, "generic", gen_ok, "must_match rejects the generic brisk-walk card" if gen_ok else "generic card passes must_match")
        if hit:
            loose_notes.append(f"{cid}: generic card satisfies {len(set(hit))} of {len(exp['must_match'])} must_match pattern(s): {sorted(set(hit))}")
        # generic plan should fail plan_must_match where there is one
        if exp["plan_must_match"]:
            gp = GENERIC_PLAN[fam]
            ok = any(not re.search(p, v) for p in exp["plan_must_match"] for v in variants(lang, gp))
            report(cid, "genplan", ok, "plan_must_match rejects a bare walk/rest week" if ok else "bare week passes plan_must_match")
        # bare rest card
        rest_why = evaluate(exp, "rest", 0, None, REST_CARD[fam], plan_text, check_plan=False)
        if exp["must_rest"]:
            ok = any(w.startswith("misses must_match") for w in rest_why)
            report(cid, "restcard", ok, "a bare rest card misses the referral/sign" if ok else "a bare rest card passes")
            # any non-rest call is rejected
            ok = bool(evaluate(exp, "walk", 10, "light", call["card"], plan_text, check_plan=False))
            report(cid, "rest", ok, "a light 10-min walk is rejected" if ok else "a walk is accepted")
        elif not exp["rest_acceptable"]:
            why = evaluate(exp, "rest", 0, None, call["card"], plan_text)
            ok = "rest but rest not acceptable" in why
            report(cid, "rest", ok, "a rest card is rejected (rest is wrong here)" if ok else "rest accepted")
        else:
            why = evaluate(exp, "rest", 0, None, call["card"], plan_text)
            report(cid, "rest", not why, "rest acceptable" + (": " + "; ".join(why) if why else ""))
        # each wrong activity fails
        for a in exp["wrong_activities"]:
            mins = 0 if a == "rest" else min(20, max(exp["max_minutes"], 1))
            inten = None if a == "rest" else "light"
            why = evaluate(exp, a, mins, inten, call["card"], plan_text)
            ok = any(w.startswith(f"activity {a}") or w.startswith("rest but") or w.startswith("not rest") for w in why)
            report(cid, f"wrong:{a}", ok)
        # caps
        if not exp["must_rest"]:
            why = evaluate(exp, call["activity"], exp["max_minutes"] + 10, call["intensity"], call["card"], plan_text)
            report(cid, "caps:min", any(w.startswith("minutes") for w in why), f"{exp['max_minutes'] + 10} min rejected")
            if exp["max_intensity"] != "vigorous":
                higher = "vigorous" if exp["max_intensity"] == "moderate" else "moderate"
                why = evaluate(exp, call["activity"], call["minutes"], higher, call["card"], plan_text)
                report(cid, "caps:int", any(w.startswith("intensity") for w in why), f"{higher} rejected")
        # emergency numbers
        for s in WRONG.get(lang, []):
            report(cid, "region", any(re.search(p, s) for p in exp["must_not_match"]), f"rejects {s!r}")
        s = RIGHT[lang]
        report(cid, "region", not any(re.search(p, s) for p in exp["must_not_match"]), f"accepts {s!r}")

    print()
    print("Where the generic card satisfies some patterns (informational; the card still fails overall):")
    for n in loose_notes:
        print("  " + n)
    print()
    print(f"{total} checks, {fails} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
