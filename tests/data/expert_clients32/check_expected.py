#!/usr/bin/env python3
"""Mechanical check of each client's `expected` block against outputs/ID.json and outputs/ID.card.txt."""
import json, re
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
rows, tot, ok = [], 0, 0
per_field = {}
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); e = c["expected"]; i = c["id"]
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    act = j["activity"]; inten = "rest" if act == "rest" else j["intensity"]
    res = {}
    res["must_rest"] = (act == "rest") == e["must_rest"]
    res["max_intensity"] = RANK[inten] <= RANK[e["max_intensity"]]
    res["acceptable_activities"] = (not e["acceptable_activities"]) or act in e["acceptable_activities"]
    res["forbidden_activities"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]; res["minutes_range"] = lo <= (j["minutes"] or 0) <= hi
    m = e["intensity_measure"]
    res["intensity_measure"] = {"any": True, "hr": j["hr_zone_bpm"] is not None,
        "rpe": j["rpe"] is not None and j["hr_zone_bpm"] is None,
        "talk": bool(j["talk_test"])}[m] if act != "rest" else True
    for k, rx in enumerate(e["must_mention"]):
        res[f"must_mention[{k}]"] = re.search(rx, card) is not None
    for k, rx in enumerate(e["must_not_say"]):
        hit = re.search(rx, card)
        res[f"must_not_say[{k}]"] = hit is None
        if hit: res[f"must_not_say[{k}]_hit"] = hit.group(0)
    for k, v in res.items():
        if k.endswith("_hit"): continue
        f = k.split("[")[0]; per_field.setdefault(f, [0, 0]); per_field[f][1] += 1; per_field[f][0] += bool(v)
        tot += 1; ok += bool(v)
    fails = [k for k, v in res.items() if v is False]
    rows.append({"id": i, "activity": act, "intensity": inten, "minutes": j["minutes"], "fails": fails,
                 "hits": {k: v for k, v in res.items() if k.endswith("_hit")}})
with open("expected_check.jsonl", "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
for r in rows: print(r["id"], r["activity"], r["intensity"], r["minutes"], "FAIL:" if r["fails"] else "ok", ", ".join(r["fails"]), r["hits"] or "")
print(f"\nexpectations met: {ok}/{tot}")
for f, (a, b) in per_field.items(): print(f"  {f}: {a}/{b}")
