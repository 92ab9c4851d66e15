#!/usr/bin/env python3
"""Mechanical checks of each client's expected fields against outputs/ID.json and outputs/ID.card.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
RANK = {"light": 0, "moderate": 1, "vigorous": 2}
res = {}
for line in open(os.path.join(HERE, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; e = c["expected"]
    j = json.load(open(os.path.join(HERE, "outputs", cid + ".json"), encoding="utf-8"))
    card = open(os.path.join(HERE, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    low = card.lower()
    act = j.get("activity"); checks = {}
    if e["must_rest"]:
        checks["must_rest"] = act == "rest"
    else:
        checks["must_rest"] = act != "rest" or "rest" in e["acceptable_activities"]
    inten = j.get("intensity")
    checks["max_intensity"] = inten in RANK and RANK[inten] <= RANK[e["max_intensity"]]
    checks["acceptable_activity"] = act in e["acceptable_activities"]
    checks["not_forbidden"] = act not in e["forbidden_activities"]
    if act == "rest":
        checks["minutes_range"] = True
    else:
        lo, hi = e["minutes_range"]; m = j.get("minutes")
        checks["minutes_range"] = isinstance(m, (int, float)) and lo <= m <= hi
    hr = j.get("hr_zone_bpm"); rpe = j.get("rpe")
    if e["intensity_measure"] == "hr":
        checks["intensity_measure"] = bool(hr)
    elif e["intensity_measure"] == "rpe":
        checks["intensity_measure"] = bool(rpe) and not hr
    else:
        checks["intensity_measure"] = True
    for k, mm in enumerate(e["must_mention"]):
        checks["must_mention[%d]:%s" % (k, mm)] = any(a.lower() in low for a in mm.split("|"))
    for k, w in enumerate(e["must_not_say"]):
        checks["must_not_say[%d]:%s" % (k, w)] = w.lower() not in low
    failed = [k for k, v in checks.items() if not v]
    res[cid] = {"activity": act, "intensity": inten, "minutes": j.get("minutes"), "hr_zone_bpm": hr, "rpe": rpe,
                "checks": checks, "failed": failed, "pass": not failed}
out = {"clients": res, "passed": sum(r["pass"] for r in res.values()), "total": len(res),
       "checks_passed": sum(sum(r["checks"].values()) for r in res.values()),
       "checks_total": sum(len(r["checks"]) for r in res.values())}
json.dump(out, open(os.path.join(HERE, "mech.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for cid, r in res.items():
    print(cid, "PASS" if r["pass"] else "FAIL", r["activity"], r["intensity"], r["minutes"], r["failed"])
print("passed %d/%d clients, %d/%d checks" % (out["passed"], out["total"], out["checks_passed"], out["checks_total"]))
