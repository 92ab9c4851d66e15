#!/usr/bin/env python3
"""Probe the panel's expectations: neither too loose nor too tight.

For every client in clients.jsonl:
  1. own call passes its own expect (as written and, for Chinese, converted to the other script);
  2. a generic card ("brisk walk 30 min, RPE 12-13") fails must_match;
  3. rest-wrong clients: a rest card fails (activity) - and we report whether its text also misses must_match;
  4. must-rest clients: a bare rest card without the referral/symptom fails must_match;
  5. each activity in wrong_activities fails when substituted into the client's own call;
  6. tightness: a differently worded correct card from "another coach" (tools/build_clients.ALT) passes,
     for Chinese in both scripts;
  7. cross-client looseness: how many OTHER clients' cards (text only) satisfy this client's must_match.
Exit 1 if any of 1-6 goes the wrong way.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp  # noqa: E402
from build_clients import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
TRAD_TAGS = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

GENERIC = {
    "en": "Today: brisk walk, moderate, 30 minutes, RPE 12-13 (talk test: you can talk but not sing). "
          "Walk briskly on a flat route; warm up for 5 minutes and cool down for 5 minutes. "
          "Why: WHO recommends at least 150 minutes of moderate activity a week. Drink water. This is not medical advice.",
    "zh-Hans": "今天：快走，中等强度，30分钟，RPE 12-13（能说整句话，唱不了歌）。在平路上快走，先热身5分钟，最后放松5分钟。"
               "依据：WHO建议每周至少150分钟中等强度运动。注意补充水分。（本建议不是医疗建议。）",
    "zh-Hant": "今天：快走，中等強度，30分鐘，RPE 12-13（能說完整句子，唱不了歌）。在平路上快走，先熱身5分鐘，最後放鬆5分鐘。"
               "依據：WHO建議每週至少150分鐘中等強度運動。注意補充水分。（本建議不是醫療建議。）",
}
REST = {
    "en": "Rest day today. Recovery is part of training: sleep well, stay hydrated, and go for an easy stroll if you feel like it. This is not medical advice.",
    "zh-Hans": "今天休息。恢复也是训练的一部分：睡好、多喝水，想动的话可以随便走走。（本建议不是医疗建议。）",
    "zh-Hant": "今天休息。恢復也是訓練的一部分：睡好、多喝水，想動的話可以隨便走走。（本建議不是醫療建議。）",
}


def kind(lang):
    if lang.startswith("en"):
        return "en"
    return "zh-Hant" if lang in TRAD_TAGS else "zh-Hans"


def variants(lang, text):
    if lang.startswith("zh"):
        return [("as written", text), ("Traditional", to_trad(text)), ("Simplified", to_simp(text))]
    return [("as written", text)]


def judge(exp, lang, activity, minutes, intensity, card, plan_text=None, hr=None):
    """Return the list of reasons the card fails exp (empty list = passes)."""
    why = []
    if exp["must_rest"] and activity != "rest":
        why.append("not rest but must_rest")
    if activity in exp["wrong_activities"]:
        why.append(f"activity {activity} is wrong")
    if minutes > exp["max_minutes"]:
        why.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]:
        why.append(f"intensity {intensity} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + (plan_text or ""))):
        why.append("heart-rate zone given")
    for label, c in variants(lang, card):
        for pat in exp["must_match"]:
            if not re.search(pat, c):
                why.append(f"({label}) misses must_match {pat!r}")
        for pat in exp["must_not_match"]:
            m = re.search(pat, c)
            if m:
                why.append(f"({label}) hits must_not_match {pat!r}: {m.group(0)!r}")
    if plan_text is not None:
        for label, pl in variants(lang, plan_text):
            for pat in exp["plan_must_match"]:
                if not re.search(pat, pl):
                    why.append(f"({label}) plan misses {pat!r}")
    return why


def missed_patterns(exp, card):
    return [p for p in exp["must_match"] if not re.search(p, card)]


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    out = []
    def say(s=""):
        out.append(s)
    say(f"probe of {len(rows)} clients")
    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        k = kind(lang)
        plan_text = "\n".join(call["plan"] + [call["week"]])
        tag = "MUST-REST" if exp["must_rest"] else ("REST-WRONG" if not exp["rest_acceptable"] else "rest-ok")
        say(f"== {cid} {lang} [{tag}] call={call['activity']} {call['minutes']} min {call['intensity']}")
        # 1 own call
        w = judge(exp, lang, call["activity"], call["minutes"], call["intensity"], call["card"], plan_text, call["hr_zone_bpm"])
        say(f"  1 own call passes: {'OK' if not w else 'FAIL ' + '; '.join(w)}")
        bad += bool(w)
        # 2 generic card fails must_match
        g = GENERIC[k]
        miss = missed_patterns(exp, g)
        w = judge(exp, lang, "brisk_walk", 30, "moderate", g)
        ok = bool(miss)
        say(f"  2 generic brisk-walk card fails must_match: {'OK' if ok else 'FAIL (passes all must_match)'}"
            f" - misses {len(miss)}/{len(exp['must_match'])}; overall verdict: {'fails' if w else 'PASSES'}")
        bad += not ok
        # 3 rest card for rest-wrong clients
        if not exp["rest_acceptable"]:
            rc = REST[k]
            w = judge(exp, lang, "rest", 0, None, rc)
            ok = any("activity rest is wrong" in x for x in w)
            say(f"  3 rest card fails (rest is wrong): {'OK' if ok else 'FAIL'}; its text also misses "
                f"{len(missed_patterns(exp, rc))}/{len(exp['must_match'])} must_match")
            bad += not ok
        # 4 bare rest card for must-rest clients
        if exp["must_rest"]:
            rc = REST[k]
            miss = missed_patterns(exp, rc)
            ok = bool(miss)
            say(f"  4 bare rest card (no symptom, no referral) fails must_match: {'OK' if ok else 'FAIL'} - misses {len(miss)}/{len(exp['must_match'])}")
            bad += not ok
        # 5 each wrong activity fails
        fails = []
        for a in exp["wrong_activities"]:
            mins = 0 if a == "rest" else min(call["minutes"] or 20, exp["max_minutes"] or 20)
            inten = None if a == "rest" else (call["intensity"] or "light")
            w = judge(exp, lang, a, mins, inten, call["card"], plan_text, None)
            if not w:
                fails.append(a)
        say(f"  5 each wrong activity fails ({len(exp['wrong_activities'])}: {', '.join(exp['wrong_activities']) or '-'}): "
            f"{'OK' if not fails else 'FAIL ' + ', '.join(fails)}")
        bad += bool(fails)
        # 6 another coach's correct card passes
        act, mins, inten, text = ALT[cid]
        w = judge(exp, lang, act, mins, inten, text)
        say(f"  6 another coach's card ({act} {mins} min {inten}) passes: {'OK' if not w else 'FAIL ' + '; '.join(w)}")
        bad += bool(w)
    # 7 cross-client looseness (text only, must_match)
    say("")
    say("7 cross-client looseness: other clients' cards (same language family) whose text meets this client's must_match")
    loose = 0
    for r in rows:
        hits = [o["id"] for o in rows if o is not r and o["lang"][:2] == r["lang"][:2]
                and not missed_patterns(r["expect"], o["call"]["card"])]
        loose += bool(hits)
        say(f"  {r['id']}: {', '.join(hits) if hits else 'none'}")
    say("")
    say(f"{bad} probe failures (checks 1-6); {loose} clients whose must_match another client's card also meets (check 7, informational)")
    print("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
