#!/usr/bin/env python3
import json, os
os.chdir("/tmp/panel37")
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = [json.loads(l) for l in open("rubric.jsonl", encoding="utf-8")]
def mean(xs): return sum(xs) / len(xs)
out = ["# Rubric summary (panel 37)", "",
       f"Cards scored: {len(R)}; all quotes verified: {all(r['quotes_verified'] for r in R)}", "",
       "| group | n | mean total /12 | " + " | ".join(DIMS) + " |", "|" + "---|" * (3 + len(DIMS))]
for name, grp in [("all", R), ("zh", [r for r in R if r["lang"] == "zh"]), ("en", [r for r in R if r["lang"] == "en"])]:
    out.append(f"| {name} | {len(grp)} | {mean([r['total'] for r in grp]):.2f} | " +
               " | ".join(f"{mean([r[d] for r in grp]):.2f}" for d in DIMS) + " |")
out += ["", "| id | lang | " + " | ".join(DIMS) + " | total |", "|" + "---|" * (3 + len(DIMS))]
for r in R:
    out.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r[d]) for d in DIMS) + f" | {r['total']} |")
out += ["", f"Cards at 12/12: {sum(r['total'] == 12 for r in R)}; below 8: {sum(r['total'] < 8 for r in R)}"]
open("rubric_summary.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
