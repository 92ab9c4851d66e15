"""Probe the panel's expectations for looseness and tightness (run from /tmp/panel78: python3 tools/probe.py).

For each client:
  own      the client's own call must pass its expect (as written, and converted to the other script for Chinese)
  alt      a differently worded correct card (tools/alt_cards.py, some clients) must pass
  generic  a generic "brisk walk 30 min, RPE 12-13" card must fail at least one must_match pattern
  bare     for must-rest clients, a bare "rest today" card (right activity, no reason, no care path) must fail must_match
  rest     for rest-wrong clients, a rest card must fail
  wrong    the own call with its activity swapped for each wrong activity must fail
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
import re
from s2t_map import to_trad, to_simp
from alt_cards import ALT

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
GENERIC = {
    "en": "Today: brisk walk, moderate intensity, 30 min, RPE 12-13 (you can talk but not sing). Brisk walking is good for your health; "
          "aim for 150 minutes a week (WHO). Warm up for 5 minutes and cool down after. Not medical advice.",
    "zh": "今天：快走，中等强度，30分钟，RPE 12-13（能说话但不能唱歌）。快走对健康有益，每周至少150分钟（WHO）。先热身5分钟，结束后放松。（本建议不是医疗建议。）",
}
GENERIC_PLAN = {"en": ["Day Brisk walk, moderate, 30 min, RPE 12-13"] * 7, "zh": ["周日 快走，中等强度，30分钟，RPE 12-13"] * 7}
BARE_REST = {"en": "Today: rest. Recovery is part of training; take it easy and come back tomorrow. Not medical advice.",
             "zh": "今天：休息。恢复也是训练的一部分，明天再练。（本建议不是医疗建议。）"}


def localise(text, lang):
    return to_trad(text) if lang in TRAD else text


def failures(call, plan_text, exp, lang):
    """Reasons a call fails its expect (empty list = passes)."""
    out = []
    act = call["activity"]
    if exp["must_rest"] and act != "rest": out.append("not rest")
    if not exp["rest_acceptable"] and act == "rest": out.append("rest not acceptable")
    if act in exp["wrong_activities"]: out.append(f"wrong activity {act}")
    if call["minutes"] > exp["max_minutes"]: out.append("minutes over max")
    if call["intensity"] and INTENS[call["intensity"]] > INTENS[exp["max_intensity"]]: out.append("intensity over max")
    if exp["hr_zone_null"] and (call.get("hr_zone_bpm") or HR_ZONE_TEXT.search(call["card"] + plan_text)): out.append("HR zone given")
    variants = [(call["card"], plan_text)]
    if lang.startswith("zh"):
        variants += [(to_trad(call["card"]), to_trad(plan_text)), (to_simp(call["card"]), to_simp(plan_text))]
    for card, plan in variants:
        for p in exp["must_match"]:
            if not re.search(p, card): out.append(f"misses must_match {p[:50]!r}")
        for p in exp["must_not_match"]:
            if re.search(p, card): out.append(f"hits must_not_match {p[:50]!r}")
        for p in exp["plan_must_match"]:
            if not re.search(p, plan): out.append(f"plan misses {p[:50]!r}")
    return sorted(set(out))


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    lines = []
    def report(ok, cid, what, detail=""):
        nonlocal bad
        if not ok: bad += 1
        lines.append(f"{'ok ' if ok else 'BAD'} {cid} {what}{': ' + detail if detail else ''}")
    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        L = "zh" if lang.startswith("zh") else "en"
        own_plan = "\n".join(call["plan"] + [call["week"]])
        f = failures(call, own_plan, exp, lang)
        report(not f, cid, "own call passes", "; ".join(f))
        if cid in ALT:
            alt = dict(ALT[cid]); alt_plan = "\n".join(alt.pop("plan", call["plan"]) + [call["week"]])
            f = failures(alt, alt_plan, exp, lang)
            report(not f, cid, "alternative correct card passes", "; ".join(f))
        gen_card = localise(GENERIC[L], lang)
        gen = {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None, "card": gen_card}
        missed = [p for p in exp["must_match"] if not re.search(p, gen_card)]
        report(bool(missed), cid, "generic brisk-walk card fails must_match",
               f"{len(missed)}/{len(exp['must_match'])} patterns missed" if missed else "all patterns matched (too loose)")
        f = failures(gen, "\n".join(GENERIC_PLAN[L]), exp, lang)
        report(bool(f), cid, "generic brisk-walk call fails overall", f"{len(f)} reasons")
        if exp["must_rest"]:
            bare_card = localise(BARE_REST[L], lang)
            bare = {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None, "card": bare_card}
            missed = [p for p in exp["must_match"] if not re.search(p, bare_card)]
            report(bool(missed), cid, "bare rest card (no reason, no care path) fails must_match",
                   f"{len(missed)}/{len(exp['must_match'])} patterns missed" if missed else "all matched (too loose)")
        if not exp["rest_acceptable"]:
            rest = {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None, "card": localise(BARE_REST[L], lang)}
            f = failures(rest, own_plan, exp, lang)
            report(bool(f), cid, "rest card fails (rest is wrong)", "; ".join(f[:3]))
        for a in exp["wrong_activities"]:
            swapped = dict(call, activity=a, intensity=call["intensity"] or "light", minutes=min(call["minutes"] or 20, exp["max_minutes"]))
            if a == "rest":
                swapped.update(intensity=None, minutes=0)
            f = failures(swapped, own_plan, exp, lang)
            report(bool(f), cid, f"wrong activity {a} fails", "; ".join(f[:2]))
    print("\n".join(lines))
    print(f"\n{len(rows)} clients, {len(lines)} probes, {bad} bad")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
