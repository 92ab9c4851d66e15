#!/usr/bin/env python3
"""Mechanical check of each client's frozen `expected` against outputs/ID.json and
outputs/ID.card.txt. Writes mech.json.

must_mention / must_not_say: Latin alternatives match case-insensitively at word
boundaries; Chinese alternatives match as substrings after converting both the
card and the alternative to Simplified characters (OpenCC t2s), so Traditional
and Simplified forms are both accepted.
"""
import json, re

try:
    import opencc
    _cc = opencc.OpenCC("t2s")
    to_s = _cc.convert
except Exception:  # fallback: identity (alternatives list both scripts anyway)
    to_s = lambda s: s

LEVEL = {"light": 0, "moderate": 1, "vigorous": 2}
CJK = re.compile(r"[\u3400-\u9fff]")

def has(text, alt):
    alt = alt.strip()
    if CJK.search(alt):
        return to_s(alt) in to_s(text)
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])", text, re.I) is not None

def group_hit(text, group):
    hits = [a for a in group.split("|") if a.strip() and has(text, a)]
    return hits

out = {}
n_pass = 0
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    cid, e = c["id"], c["expected"]
    j = json.load(open(f"outputs/{cid}.json", encoding="utf-8"))
    card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
    act, inten = j.get("activity"), j.get("intensity")
    mins = j.get("minutes") or 0
    is_rest = act == "rest"
    r = {}
    if e["must_rest"]:
        r["must_rest"] = is_rest
    else:
        r["must_rest"] = (not is_rest) or ("rest" in e["acceptable_activities"])
    r["max_intensity"] = is_rest or (inten in LEVEL and LEVEL[inten] <= LEVEL[e["max_intensity"]])
    r["acceptable_activities"] = act in e["acceptable_activities"]
    r["forbidden_activities"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    r["minutes_range"] = (is_rest and mins == 0) or (lo <= mins <= hi)
    m = e["intensity_measure"]
    if m == "any" or is_rest:
        r["intensity_measure"] = True
    elif m == "hr":
        r["intensity_measure"] = j.get("hr_zone_bpm") is not None
    else:  # rpe
        r["intensity_measure"] = j.get("rpe") is not None and j.get("hr_zone_bpm") is None
    mm = {g: group_hit(card, g) for g in e["must_mention"]}
    r["must_mention"] = all(mm.values())
    ns = {s: bool(group_hit(card, s)) for s in e["must_not_say"]}
    r["must_not_say"] = not any(ns.values())
    ok = all(r.values())
    n_pass += ok
    info = {"activity": act, "intensity": inten, "minutes": j.get("minutes"),
            "hr_zone_bpm": j.get("hr_zone_bpm"), "rpe": j.get("rpe"),
            "emergency": (j.get("safety") or {}).get("emergency"),
            "script": j.get("script"), "language": j.get("language"),
            "must_mention_hits": mm, "must_not_say_hits": ns}
    lang = c["profile"].get("language", "")
    if lang in ("zh-TW", "zh-HK"):
        info["traditional_expected_script_ok"] = j.get("script") == "Hant"
    out[cid] = {"pass": ok, "checks": r, "failed": [k for k, v in r.items() if not v], "observed": info}

summary = {"passed": n_pass, "of": len(out),
           "failed_ids": {k: v["failed"] for k, v in out.items() if not v["pass"]}}
json.dump({"summary": summary, "clients": out}, open("mech.json", "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
