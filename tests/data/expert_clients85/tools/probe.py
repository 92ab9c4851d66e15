#!/usr/bin/env python3
"""Probe the panel's expectations: neither too loose nor too tight.

For every client in clients.jsonl:
  1. its own call passes (as written and converted to the other script for Chinese);
  2. a generic "brisk walk 30 min, RPE 12-13" card fails must_match;
  3. a rest card fails when rest is wrong (rest_acceptable false);
  4. each listed wrong activity fails (own card with that activity);
  5. for must-rest clients, a light 20-minute walk card fails;
  6. a different correct coach's card (tools/alt_cards.py ALT) passes (not too tight);
  7. plausible wrong cards (tools/alt_cards.py TRAP) fail.
Prints one line per test and a summary; exit 1 on any unexpected result.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alt_cards import ALT, TRAP

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
GENERIC_EN = ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 - you can talk but not sing. "
              "Warm up for 5 minutes and cool down for 5 minutes. Aim for 150 minutes a week. Not medical advice.")
GENERIC_ZH = "今天：快走，中等强度，30分钟，RPE 12-13（能说整句话，但唱不了歌）。先热身5分钟，结束后放松5分钟。每周目标150分钟。（本建议不是医疗建议。）"
REST_EN = "Today: rest day. Recovery is part of training; take it easy and come back tomorrow. Not medical advice."
REST_ZH = "今天：休息。休息日：恢复同样是训练的一部分，明天再练。（本建议不是医疗建议。）"
WALK_EN = "Today: walk, light, 20 minutes, RPE 10-11 - an easy stroll. Not medical advice."
WALK_ZH = "今天：散步，低强度，20分钟，RPE 10-11（轻松说话）。（本建议不是医疗建议。）"


def evaluate(row, activity, minutes, intensity, hr_zone, card, plan_text):
    """Return the list of reasons this call fails row['expect'] (empty list = passes)."""
    exp, lang, fails = row["expect"], row["lang"], []
    if exp["must_rest"] and activity != "rest": fails.append("not rest but must_rest")
    if activity in exp["wrong_activities"]: fails.append(f"activity {activity} is wrong")
    if minutes > exp["max_minutes"]: fails.append(f"{minutes} min > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: fails.append("intensity above max")
    if exp["hr_zone_null"] and (hr_zone is not None or HR_ZONE_TEXT.search(card)): fails.append("HR zone given")
    variants = [("", card, plan_text)]
    if lang.startswith("zh"):
        variants += [(" [trad]", to_trad(card), to_trad(plan_text)), (" [simp]", to_simp(card), to_simp(plan_text))]
    for label, c, pl in variants:
        for p in exp["must_match"]:
            if not re.search(p, c): fails.append(f"misses must_match{label} {p[:50]!r}")
        for p in exp["must_not_match"]:
            if re.search(p, c): fails.append(f"hits must_not_match{label} {p[:50]!r}")
        for p in exp["plan_must_match"]:
            if not re.search(p, pl): fails.append(f"plan misses{label} {p[:50]!r}")
    return sorted(set(fails))


def in_script(row, text_simp):
    if row["lang"] in ("zh-TW", "zh-HK", "zh-MO", "zh-Hant"):
        return to_trad(text_simp)
    return text_simp


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad, n = 0, 0

    def report(cid, test, fails, want_pass):
        nonlocal bad, n
        n += 1
        ok = (not fails) if want_pass else bool(fails)
        if not ok: bad += 1
        verdict = "ok  " if ok else "BAD "
        outcome = "passes" if not fails else "fails: " + "; ".join(fails[:3])
        print(f"{verdict}{cid} {test}: {outcome}")

    for r in rows:
        cid, call, exp = r["id"], r["call"], r["expect"]
        zh = r["lang"].startswith("zh")
        plan_text = "\n".join(call["plan"] + [call["week"]])
        own = (call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan_text)
        report(cid, "own call", evaluate(r, *own), True)
        # 2. generic brisk-walk card: must_match alone must reject it
        g = in_script(r, GENERIC_ZH) if zh else GENERIC_EN
        gm = [p for p in exp["must_match"] if not re.search(p, g)]
        report(cid, "generic brisk walk card (must_match)", [f"misses {p[:40]!r}" for p in gm], False)
        # 3. rest card where rest is wrong
        if not exp["rest_acceptable"]:
            rc = in_script(r, REST_ZH) if zh else REST_EN
            report(cid, "rest card (rest wrong)", evaluate(r, "rest", 0, None, None, rc, plan_text), False)
        # 4. each wrong activity (own card text, so only the activity can fail it)
        for a in exp["wrong_activities"]:
            inten = None if a == "rest" else (call["intensity"] or "light")
            mins = 0 if a == "rest" else max(call["minutes"], 10)
            fails = evaluate(r, a, mins, inten, None, call["card"], plan_text)
            report(cid, f"wrong activity {a}", fails, False)
        # 5. must-rest: a light walk fails
        if exp["must_rest"]:
            wc = in_script(r, WALK_ZH) if zh else WALK_EN
            report(cid, "light walk card (must rest)", evaluate(r, "walk", 20, "light", None, wc, plan_text), False)
        # 6. a different correct coach's card passes
        a, m, i, c = ALT[cid]
        report(cid, f"alternative correct card ({a})", evaluate(r, a, m, i, None, c, plan_text), True)
        # 7. plausible wrong cards fail
        for a, m, i, hz, c in TRAP.get(cid, []):
            report(cid, f"trap card ({a})", evaluate(r, a, m, i, hz, c, plan_text), False)
    print(f"\n{n} probes, {bad} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
