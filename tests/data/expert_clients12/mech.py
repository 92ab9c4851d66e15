#!/usr/bin/env python3
"""Mechanical checks of each client's frozen 'expected' against outputs/ID.json and outputs/ID.card.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
res = {}
for line in open(os.path.join(HERE, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; e = c["expected"]
    out = json.load(open(os.path.join(HERE, "outputs", cid + ".json"), encoding="utf-8"))
    card = open(os.path.join(HERE, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    low = card.lower()
    act = out.get("activity"); inten = out.get("intensity") or "rest"
    if act == "rest": inten = "rest"
    chk = {}
    # must_rest: true -> activity must be rest; false -> must not be rest unless rest is listed acceptable
    if e["must_rest"]:
        chk["must_rest"] = act == "rest"
    else:
        chk["must_rest"] = act != "rest" or "rest" in e["acceptable_activities"]
    chk["max_intensity"] = ORDER.get(inten, 9) <= ORDER[e["max_intensity"]]
    chk["acceptable_activity"] = act in e["acceptable_activities"]
    chk["forbidden_activity"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    chk["minutes"] = True if act == "rest" else (out.get("minutes") is not None and lo <= out["minutes"] <= hi)
    hr = out.get("hr_zone_bpm"); rpe = out.get("rpe")
    m = e["intensity_measure"]
    if act == "rest" or m == "any":
        chk["intensity_measure"] = True
    elif m == "hr":
        chk["intensity_measure"] = bool(hr)
    else:  # rpe
        chk["intensity_measure"] = bool(rpe) and not hr
    for s in e["must_mention"]:
        chk["must_mention:" + s] = any(a.lower() in low for a in s.split("|"))
    for s in e["must_not_say"]:
        chk["must_not_say:" + s] = s.lower() not in low
    failed = [k for k, v in chk.items() if not v]
    res[cid] = {"activity": act, "intensity": out.get("intensity"), "minutes": out.get("minutes"),
                "hr_zone_bpm": hr, "rpe": rpe, "checks": chk, "failed": failed, "pass": not failed}
summary = {"n": len(res), "passed": sum(r["pass"] for r in res.values()),
           "failed_ids": [k for k, r in res.items() if not r["pass"]]}
json.dump({"summary": summary, "clients": res}, open(os.path.join(HERE, "mech.json"), "w"), ensure_ascii=False, indent=1)
print(json.dumps(summary))
for k, r in res.items():
    if r["failed"]: print(k, r["activity"], r["intensity"], r["minutes"], r["failed"])
