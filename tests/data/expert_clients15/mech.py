#!/usr/bin/env python3
"""Mechanical check of outputs/ID.json (+ outputs/ID.card.txt) against clients.jsonl 'expected'."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"light": 0, "moderate": 1, "vigorous": 2}
res = {}
for line in open(os.path.join(HERE, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; e = c["expected"]
    checks = {}
    try:
        j = json.load(open(os.path.join(HERE, "outputs", cid + ".json"), encoding="utf-8"))
        card = open(os.path.join(HERE, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    except Exception as ex:
        res[cid] = {"pass": False, "failed": ["output:" + repr(ex)], "checks": {}}
        continue
    act = j.get("activity"); is_rest = act == "rest"
    if e["must_rest"]:
        checks["must_rest"] = is_rest
    else:
        checks["must_rest"] = (not is_rest) or ("rest" in e["acceptable_activities"])
    checks["max_intensity"] = ORDER.get(j.get("intensity"), 9) <= ORDER[e["max_intensity"]]
    checks["acceptable_activity"] = act in e["acceptable_activities"]
    checks["not_forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    checks["minutes"] = True if is_rest else (j.get("minutes") is not None and lo <= j["minutes"] <= hi)
    m = e["intensity_measure"]
    if m == "hr":
        checks["intensity_measure"] = j.get("hr_zone_bpm") is not None
    elif m == "rpe":
        checks["intensity_measure"] = j.get("rpe") is not None and j.get("hr_zone_bpm") is None
    else:
        checks["intensity_measure"] = True
    low = card.lower()
    for k in e["must_mention"]:
        checks["mention:" + k] = any(a.lower() in low for a in k.split("|"))
    for k in e["must_not_say"]:
        checks["not_say:" + k] = k.lower() not in low
    # consistency between the card run and the --json run (separate invocations)
    checks["card_json_consistent"] = (j.get("advice", "") in card)
    failed = [k for k, v in checks.items() if not v]
    res[cid] = {"pass": not failed, "failed": failed, "checks": checks,
                "got": {"activity": act, "intensity": j.get("intensity"), "minutes": j.get("minutes"),
                        "hr_zone_bpm": j.get("hr_zone_bpm"), "rpe": j.get("rpe"),
                        "emergency": j.get("safety", {}).get("emergency")}}
out = {"n": len(res), "passed": sum(r["pass"] for r in res.values()), "clients": res}
json.dump(out, open(os.path.join(HERE, "mech.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("passed %d/%d" % (out["passed"], out["n"]))
for k, r in res.items():
    print(k, "PASS" if r["pass"] else "FAIL", r["failed"], r.get("got"))
