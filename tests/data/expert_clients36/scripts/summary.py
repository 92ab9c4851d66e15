#!/usr/bin/env python3
"""rubric.jsonl + mechanical_checks.tsv -> rubric_summary.md"""
import json, csv
BASE = "/tmp/expert36"
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
rs = [json.loads(l) for l in open(f"{BASE}/rubric.jsonl", encoding="utf-8")]
mc = {r["id"]: r for r in csv.DictReader(open(f"{BASE}/mechanical_checks.tsv", encoding="utf-8"), delimiter="\t")}
def mean(xs): return sum(xs) / len(xs)
L = ["# Rubric summary", "", f"{len(rs)} cards, six dimensions 0-2, total /12. All quotes verified as substrings of the cards: "
     f"{all(r['quotes_verified'] for r in rs)}.", "",
     "| group | n | " + " | ".join(D) + " | total /12 |", "|---|---|" + "---|" * (len(D) + 1)]
for name, grp in (("all", rs), ("Chinese (h01-h12)", [r for r in rs if r["lang"] == "zh"]),
                  ("English (h13-h24)", [r for r in rs if r["lang"] == "en"])):
    L.append(f"| {name} | {len(grp)} | " + " | ".join(f"{mean([r[d] for r in grp]):.2f}" for d in D)
             + f" | {mean([r['total'] for r in grp]):.2f} |")
L += ["", "## Per client", "", "| id | lang | activity | " + " | ".join(D) + " | total | mechanical |", "|---|---|---|" + "---|" * (len(D) + 2)]
for r in rs:
    L.append(f"| {r['id']} | {r['lang']} | {mc[r['id']]['activity']} {mc[r['id']]['minutes']} min | " + " | ".join(str(r[d]) for d in D)
             + f" | {r['total']} | {mc[r['id']]['overall']} |")
L += ["", "## Zeros", ""]
for r in rs:
    z = [d for d in D if r[d] == 0]
    if z: L.append(f"- {r['id']}: {', '.join(z)}")
wr = [i for i, m in mc.items() if m["rest_decision"] == "WRONGLY_RESTED"]
wa = [i for i, m in mc.items() if m["rest_decision"] == "WRONGLY_ALLOWED"]
L += ["", "## Rest decisions", "",
      f"- must rest: {sum(m['must_rest']=='True' for m in mc.values())}; rested correctly: "
      f"{sum(m['must_rest']=='True' and m['activity']=='rest' for m in mc.values())}",
      f"- wrongly allowed (must rest, got exercise): {len(wa)} {wa}",
      f"- wrongly rested (rest not acceptable): {len(wr)} {wr}",
      "- rested where rest was tolerable but for a wrong reason (hand review): h12 (knee lump read as flu), "
      "h14 (explained anaemia read as unexplained breathlessness)",
      "- false alarms without a rest (hand review): h10 (figure of speech -> heart disease), h05 (negated knee pain -> knee injury), "
      "h19 (amputation -> knee injury), h23 (metformin -> diabetes)"]
open(f"{BASE}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L))
