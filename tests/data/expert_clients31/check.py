#!/usr/bin/env python3
"""Mechanical check of each client's expected fields against outputs/ID.json and outputs/ID.card.txt."""
import json, re
ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
rows, met, tot = [], 0, 0
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); e = c["expected"]; i = c["id"]
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    act = j["activity"]; inten = "rest" if act == "rest" else j["intensity"]; mins = j["minutes"]
    res = []
    res.append(("must_rest", (act == "rest") == e["must_rest"], f"activity={act}"))
    res.append(("max_intensity", ORDER[inten] <= ORDER[e["max_intensity"]], f"{inten} <= {e['max_intensity']}"))
    res.append(("acceptable", act in e["acceptable_activities"], act))
    res.append(("not_forbidden", act not in e["forbidden_activities"], act))
    lo, hi = e["minutes_range"]; res.append(("minutes", lo <= mins <= hi, f"{mins} in [{lo},{hi}]"))
    m = e["intensity_measure"]
    ok = {"any": True, "hr": j["hr_zone_bpm"] is not None, "rpe": j["hr_zone_bpm"] is None and j["rpe"] is not None,
          "talk": bool(j["talk_test"])}[m]
    res.append(("intensity_measure", ok, f"{m}: hr_zone={j['hr_zone_bpm']} rpe={j['rpe']}"))
    for rx in e["must_mention"]:
        res.append(("mention:" + rx, re.search(rx, card) is not None, ""))
    for rx in e["must_not_say"]:
        mm = re.search(rx, card)
        res.append(("not_say:" + rx, mm is None, mm.group(0) if mm else ""))
    # card/json agreement (separate dbs, same profile)
    first = card.splitlines()[1] if len(card.splitlines()) > 1 else ""
    n = sum(ok for _, ok, _ in res); met += n; tot += len(res)
    rows.append((i, n, len(res), [(k, d) for k, ok, d in res if not ok]))
with open("check_results.tsv", "w", encoding="utf-8") as f:
    f.write("id\tmet\ttotal\tfailed\n")
    for i, n, t, fails in rows:
        f.write(f"{i}\t{n}\t{t}\t{'; '.join(k + ' (' + d + ')' for k, d in fails)}\n")
print(open("check_results.tsv", encoding="utf-8").read())
print(f"TOTAL expectations met: {met}/{tot} ({100*met/tot:.1f}%)")
