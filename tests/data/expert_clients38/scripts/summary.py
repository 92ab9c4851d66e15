#!/usr/bin/env python3
"""Means of the hand rubric -> rubric_summary.md"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
rows = [json.loads(l) for l in open(os.path.join(ROOT, "rubric.jsonl"), encoding="utf-8")]
mech = {}
lines = open(os.path.join(ROOT, "mechanical_checks.tsv"), encoding="utf-8").read().splitlines()
hdr = lines[0].split("\t")
for l in lines[1:]:
    d = dict(zip(hdr, l.split("\t")))
    mech[d["id"]] = d
def mean(xs): return sum(xs) / len(xs) if xs else float("nan")
groups = {"all": rows, "Chinese (zh + zh-Hant)": [r for r in rows if r["lang"].startswith("zh")],
          "English": [r for r in rows if r["lang"] == "en"]}
o = ["# Rubric summary (panel 38)", "",
     "Hand scores 0-2 on six dimensions (max 12) for each of 24 cards; quotes verified: "
     f"{sum(r['quotes_verified'] for r in rows)}/24.", "",
     "| group | n | mean /12 | " + " | ".join(DIMS) + " |",
     "| --- | --- | --- | " + " | ".join("---" for _ in DIMS) + " |"]
for g, rs in groups.items():
    o.append(f"| {g} | {len(rs)} | {mean([r['total'] for r in rs]):.2f} | " +
             " | ".join(f"{mean([r[d] for r in rs]):.2f}" for d in DIMS) + " |")
o += ["", "| id | lang | activity | intensity | min | mechanical | " + " | ".join(DIMS) + " | total |",
      "| --- | --- | --- | --- | --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
for r in rows:
    m = mech[r["id"]]
    o.append(f"| {r['id']} | {r['lang']} | {m['activity']} | {m['intensity']} | {m['minutes']} | {m['overall']} | " +
             " | ".join(str(r[d]) for d in DIMS) + f" | {r['total']} |")
o += ["", f"Cards scoring 12/12: {sum(r['total'] == 12 for r in rows)}; below 9/12: "
      + ", ".join(r['id'] for r in rows if r['total'] < 9), ""]
open(os.path.join(ROOT, "rubric_summary.md"), "w", encoding="utf-8").write("\n".join(o))
print("\n".join(o))
