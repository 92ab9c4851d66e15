#!/usr/bin/env python3
"""Mechanical check of each client's 'expected' against outputs/ID.json and outputs/ID.card.txt."""
import json, sys
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
base = "/tmp/expert33/"
rows, tot, met = [], 0, 0
per_check = {}
for line in open(base + "clients.jsonl", encoding="utf-8"):
    c = json.loads(line); e = c["expected"]; cid = c["id"]
    d = json.load(open(base + f"outputs/{cid}.json", encoding="utf-8"))
    card = open(base + f"outputs/{cid}.card.txt", encoding="utf-8").read()
    low = card.lower()
    act = d["activity"]; inten = "rest" if act == "rest" else d["intensity"]; mins = d["minutes"] or 0
    res = {}
    res["must_rest"] = (act == "rest") if e["must_rest"] else (act != "rest" or "rest" in e["acceptable_activities"])
    res["max_intensity"] = RANK[inten] <= RANK[e["max_intensity"]]
    res["acceptable"] = act in e["acceptable_activities"]
    res["not_forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]; res["minutes"] = lo <= mins <= hi
    m = e["intensity_measure"]
    res["measure"] = {"any": True, "hr": bool(d.get("hr_zone_bpm")), "rpe": bool(d.get("rpe")),
                      "talk": bool(d.get("talk_test"))}[m]
    for i, alts in enumerate(e["must_mention"]):
        res[f"mention[{i}]"] = any(a.lower() in low for a in alts.split("|"))
    hits = [p for p in e["must_not_say"] for a in p.split("|") if a.lower() in low]
    res["must_not_say"] = not hits
    # consistency card vs json (same activity line)
    n = sum(bool(v) for v in res.values()); tot += len(res); met += n
    for k, v in res.items():
        kk = "mention" if k.startswith("mention") else k
        per_check.setdefault(kk, [0, 0]); per_check[kk][0] += bool(v); per_check[kk][1] += 1
    fails = [k for k, v in res.items() if not v]
    rows.append((cid, act, inten, mins, n, len(res), fails, hits))
out = ["id\tactivity\tintensity\tminutes\tmet\tof\tfailed\tmust_not_say_hits"]
for r in rows:
    out.append("\t".join([r[0], r[1], r[2], str(r[3]), str(r[4]), str(r[5]), ",".join(r[6]) or "-", ";".join(r[7]) or "-"]))
out.append(f"TOTAL\t\t\t\t{met}\t{tot}\t{100*met/tot:.1f}%")
out.append("per check: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in per_check.items()))
open(base + "mechanical_checks.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
