#!/usr/bin/env python3
"""Probe clients.jsonl: are the expectations neither too loose nor too tight?

For every client:
  own      the client's own call must pass its expect                      (want PASS)
  alt      a differently worded, still correct card must pass               (want PASS; too tight otherwise)
  generic  a generic "brisk walk 30 min, RPE 12-13" card must miss must_match (want FAIL; too loose otherwise)
  rest     a bare rest card must fail for rest-wrong clients                 (want FAIL)
  bare     for must-rest clients, a bare rest card without the referral must miss must_match (want FAIL)
  wrong:X  the client's own call with activity X from wrong_activities must fail (want FAIL)
Chinese cards are also tried converted to the other script, as check.py does.
"""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp  # noqa: E402
from alt_cards import ALT  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ZH_DAYS = "一二三四五六日"


def judge(lang, exp, call):
    """Return the list of reasons the call fails exp (empty = passes); mirrors check.py's self-consistency rules."""
    why = []
    act, mins, inten, hz = call["activity"], call["minutes"], call["intensity"], call.get("hr_zone_bpm")
    card, plan = call["card"], call["plan"]
    if exp["must_rest"] and act != "rest": why.append("not rest but must_rest")
    if not exp["rest_acceptable"] and act == "rest": why.append("rest but rest is wrong")
    if act in exp["wrong_activities"]: why.append(f"wrong activity {act}")
    if mins > exp["max_minutes"]: why.append(f"minutes {mins} > {exp['max_minutes']}")
    if inten and INTENS[inten] > INTENS[exp["max_intensity"]]: why.append("intensity above max")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + plan)): why.append("HR zone given")
    variants = [(card, plan)]
    if lang.startswith("zh"):
        variants += [(to_trad(card), to_trad(plan)), (to_simp(card), to_simp(plan))]
    for c, p in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, c): why.append(f"misses must_match {pat[:40]!r}")
        for pat in exp["must_not_match"]:
            if re.search(pat, c): why.append(f"hits must_not_match {pat[:40]!r}")
        for pat in exp["plan_must_match"]:
            if not re.search(pat, p): why.append(f"plan misses {pat[:40]!r}")
    return sorted(set(why))


def must_match_misses(lang, exp, card):
    cards = [card] + ([to_trad(card), to_simp(card)] if lang.startswith("zh") else [])
    return sorted({p for c in cards for p in exp["must_match"] if not re.search(p, c)})


def week_days(r):
    wd = datetime.datetime.strptime(r["profile"]["context"]["time"], "%Y-%m-%dT%H:%M").weekday()
    if r["lang"].startswith("zh"):
        pre = "週" if r["lang"] in TRAD else "周"
        return [pre + ZH_DAYS[(wd + i) % 7] for i in range(7)]
    return [EN_DAYS[(wd + i) % 7] for i in range(7)]


def generic_call(r):
    days = week_days(r)
    if r["lang"].startswith("zh"):
        card = ("== 今日运动建议 ==\n今天：快走，30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。\n"
                "先热身5分钟，最后放松5分钟，注意补水。\n（本建议不是医疗建议。）")
        plan = "\n".join(f"{d} 快走30分钟，中等强度，RPE 12-13" if i % 3 != 2 else f"{d} 休息" for i, d in enumerate(days))
        if r["lang"] in TRAD: card, plan = to_trad(card), to_trad(plan)
    else:
        card = ("== Today's exercise advice ==\nToday: brisk walk, 30 min, moderate, RPE 12-13 (you can talk but not sing).\n"
                "Warm up for 5 min and cool down for 5 min. Drink water.\n(This is not medical advice.)")
        plan = "\n".join(f"{d} Brisk walk 30 min, moderate, RPE 12-13" if i % 3 != 2 else f"{d} Rest" for i, d in enumerate(days))
    return {"activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None, "card": card, "plan": plan}


def rest_call(r):
    days = week_days(r)
    if r["lang"].startswith("zh"):
        card = "== 今日运动建议 ==\n今天：休息。恢复同样是训练的一部分。\n（本建议不是医疗建议。）"
        plan = "\n".join(f"{d} 休息" for d in days)
        if r["lang"] in TRAD: card, plan = to_trad(card), to_trad(plan)
    else:
        card = "== Today's exercise advice ==\nToday: rest. Recovery is part of training.\n(This is not medical advice.)"
        plan = "\n".join(f"{d} Rest" for d in days)
    return {"activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None, "card": card, "plan": plan}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0; lines = []
    def report(cid, test, want_pass, why):
        nonlocal bad
        ok = (not why) if want_pass else bool(why)
        if not ok: bad += 1
        verdict = ("PASS" if not why else "FAIL")
        lines.append(f"{cid} {test:<18} {verdict:<4} ({'ok' if ok else 'PROBLEM'}: want {'PASS' if want_pass else 'FAIL'})"
                     + (f"  {'; '.join(why)[:200]}" if why else ""))
    for r in rows:
        cid, lang, exp = r["id"], r["lang"], r["expect"]
        own = dict(r["call"]); own["plan"] = "\n".join(r["call"]["plan"] + [r["call"]["week"]])
        report(cid, "own", True, judge(lang, exp, own))
        a = ALT[cid]
        alt = {"activity": a[0], "minutes": a[1], "intensity": a[2], "hr_zone_bpm": None, "card": a[3], "plan": a[4]}
        report(cid, "alt", True, judge(lang, exp, alt))
        g = generic_call(r)
        report(cid, "generic(must_match)", False, [f"misses {p[:40]!r}" for p in must_match_misses(lang, exp, g["card"])])
        report(cid, "generic(all)", False, judge(lang, exp, g))
        rc = rest_call(r)
        if not exp["rest_acceptable"]:
            report(cid, "rest", False, judge(lang, exp, rc))
        if exp["must_rest"]:
            report(cid, "bare rest", False, [f"misses {p[:40]!r}" for p in must_match_misses(lang, exp, rc["card"])])
        for w in exp["wrong_activities"]:
            c = dict(own); c["activity"] = w
            if w == "rest":
                c.update(minutes=0, intensity=None, hr_zone_bpm=None)
            else:
                c.update(minutes=min(own["minutes"] or 30, 30) or 30, intensity="moderate" if exp["max_intensity"] != "light" else "light")
            report(cid, f"wrong:{w}", False, judge(lang, exp, c))
    print("\n".join(lines))
    n_rest = sum(r["expect"]["must_rest"] for r in rows); n_norest = sum(not r["expect"]["rest_acceptable"] for r in rows)
    print(f"\n{len(rows)} clients; must-rest {n_rest}: {[r['id'] for r in rows if r['expect']['must_rest']]}")
    print(f"rest wrong {n_norest}: {[r['id'] for r in rows if not r['expect']['rest_acceptable']]}")
    print(f"{len(lines)} probes, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
