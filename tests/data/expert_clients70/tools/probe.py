#!/usr/bin/env python3
"""Probe clients.jsonl: are the expectations neither too loose nor too tight?

For every client:
  own      - the client's own call passes (card, plan, both scripts for Chinese)
  alt      - a differently worded correct card (alt_cards.py) passes must_match / must_not_match (card-level rules)
  generic  - a generic "brisk walk 30 min, RPE 12-13" card fails must_match (and, where relevant, the rest/activity rules)
  rest     - a bare rest card fails for rest-wrong clients; passes the rest rules for others
  wrong    - the client's own call with each wrong activity swapped in fails
  number   - (where a region number applies) a card naming a wrong-region number fails must_not_match
Prints one line per client and a summary; exit 1 if any probe goes the wrong way."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT); sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s2t_map import to_trad, to_simp  # noqa: E402
from alt_cards import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
GENERIC_EN = ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 (you can talk but not sing). "
              "Warm up for 5 minutes and cool down for 5. Not medical advice.")
GENERIC_ZH = "今天：快走，中等强度，30分钟，RPE 12-13（能说话但不能唱歌）。先热身5分钟，最后放松5分钟。本建议不是医疗建议。"
REST_EN = "Today: rest. Take the day off, recover and go again tomorrow. Not medical advice."
REST_ZH = "今天：休息。好好恢复，明天再练。本建议不是医疗建议。"
WRONG_NO = {"en-GB": "If it gets worse, call 911.", "en-AU": "If it gets worse, call 911.", "en-NZ": "If it gets worse, call 911.",
            "en-IE": "If it gets worse, call 911.", "en-IN": "If it gets worse, call 911.", "en-CA": "If it gets worse, call 999.",
            "zh-TW": "如有不適請立即撥打120。", "zh-HK": "如有不適請即刻打119。", "zh-SG": "如有不适请立即拨打120。"}
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}


def script_variants(lang, text):
    if lang.startswith("zh"):
        return [text, to_trad(text), to_simp(text)]
    return [text]


def card_problems(exp, lang, activity, minutes, intensity, card, hr=None):
    """Card-level rules of expect (no plan). Returns a list of reasons it fails."""
    why = []
    if exp["must_rest"] and activity != "rest": why.append("not rest")
    if activity in exp["wrong_activities"]: why.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: why.append("too long")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: why.append("too hard")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card)): why.append("HR zone")
    for c in script_variants(lang, card):
        for p in exp["must_match"]:
            if not re.search(p, c): why.append(f"misses {p[:40]!r}")
        for p in exp["must_not_match"]:
            if re.search(p, c): why.append(f"hits must_not {p[:40]!r}")
    return sorted(set(why))


def plan_problems(exp, lang, plan_text):
    why = []
    for t in script_variants(lang, plan_text):
        for p in exp["plan_must_match"]:
            if not re.search(p, t): why.append(f"plan misses {p[:40]!r}")
    return sorted(set(why))


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0
    out = []
    for r in rows:
        cid, lang, c, e = r["id"], r["lang"], r["call"], r["expect"]
        zh = lang.startswith("zh")
        res = {}
        # own call
        own = card_problems(e, lang, c["activity"], c["minutes"], c["intensity"], c["card"], c["hr_zone_bpm"]) + \
            plan_problems(e, lang, "\n".join(c["plan"] + [c["week"]]))
        res["own"] = ("pass" if not own else "FAIL " + "; ".join(own), not own)
        # another coach's correct card
        a_act, a_min, a_int, a_card = ALT[cid]
        alt = card_problems(e, lang, a_act, a_min, a_int, a_card)
        res["alt"] = ("pass" if not alt else "FAIL " + "; ".join(alt), not alt)
        # generic brisk-walk card: must fail, and must fail must_match itself
        g = GENERIC_ZH if zh else GENERIC_EN
        if lang in TRAD: g = to_trad(g)
        gen = card_problems(e, lang, "brisk_walk", 30, "moderate", g)
        gen_mm = [w for w in gen if w.startswith("misses")]
        res["generic"] = ("fails: " + "; ".join(gen), bool(gen_mm))
        # bare rest card
        rc = REST_ZH if zh else REST_EN
        if lang in TRAD: rc = to_trad(rc)
        rp = card_problems(e, lang, "rest", 0, None, rc)
        if not e["rest_acceptable"]:
            res["rest"] = ("fails: " + "; ".join(rp), any(w.startswith("wrong activity rest") for w in rp))
        else:
            rules = [w for w in rp if not w.startswith("misses")]
            res["rest"] = ("rest allowed" + (" (but a bare rest card misses the content: " + str(len(rp)) + " reasons)" if rp else ""), not rules)
        # each wrong activity swapped into the client's own call
        wr = []
        ok_w = True
        for a in e["wrong_activities"]:
            p = card_problems(e, lang, a, c["minutes"] if a != "rest" else 0, c["intensity"] if a != "rest" else None, c["card"], c["hr_zone_bpm"])
            if not p: ok_w = False
            wr.append(f"{a}:{'fails' if p else 'PASSES'}")
        res["wrong"] = (", ".join(wr) if wr else "(none listed)", ok_w)
        # wrong-region emergency number
        if lang in WRONG_NO:
            t = c["card"] + "\n" + WRONG_NO[lang]
            p = card_problems(e, lang, c["activity"], c["minutes"], c["intensity"], t, c["hr_zone_bpm"])
            res["number"] = ("fails" if any("must_not" in w for w in p) else "PASSES", any("must_not" in w for w in p))
        for k, (txt, ok) in res.items():
            if not ok: bad += 1
            out.append(f"{cid} {lang:6} {k:8} {'ok ' if ok else 'BAD'} {txt}")
        out.append("")
    print("\n".join(out))
    mr = [r["id"] for r in rows if r["expect"]["must_rest"]]
    nr = [r["id"] for r in rows if not r["expect"]["rest_acceptable"]]
    print(f"must-rest ({len(mr)}): {' '.join(mr)}")
    print(f"rest wrong ({len(nr)}): {' '.join(nr)}")
    print(f"{bad} probes went the wrong way")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
