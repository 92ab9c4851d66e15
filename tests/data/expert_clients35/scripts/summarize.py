#!/usr/bin/env python3
import json, os, statistics as st
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
R = [json.loads(l) for l in open(os.path.join(B, "rubric.jsonl"), encoding="utf-8")]
M = {}
lines = open(os.path.join(B, "mechanical_checks.tsv"), encoding="utf-8").read().splitlines()
hdr = lines[0].split("\t")
for l in lines[1:]:
    r = dict(zip(hdr, l.split("\t"))); M[r["id"]] = r
out = ["# Rubric summary", "", f"Cards scored: {len(R)} (6 dimensions, 0-2 each, total /12). All quotes verified as substrings of the text card: {all(r['quotes_verified'] for r in R)}.", ""]
out += ["| group | n | mean total | " + " | ".join(D) + " |", "|---|---|---|" + "---|" * len(D)]
for name, g in (("all", R), ("zh (h01-h12)", [r for r in R if r["lang"] == "zh"]), ("en (h13-h24)", [r for r in R if r["lang"] == "en"])):
    out.append(f"| {name} | {len(g)} | {st.mean(r['total'] for r in g):.2f} | " + " | ".join(f"{st.mean(r[d] for r in g):.2f}" for d in D) + " |")
out += ["", "## Per client", "", "| id | lang | activity | rest decision | mech | " + " | ".join(D) + " | total |", "|---|---|---|---|---|" + "---|" * (len(D) + 1)]
for r in R:
    m = M[r["id"]]
    out.append(f"| {r['id']} | {r['lang']} | {m['activity']} | {m['rest_decision']} | {m['overall']} | " + " | ".join(str(r[d]) for d in D) + f" | {r['total']} |")
zeros = [(r["id"], d) for r in R for d in D if r[d] == 0]
out += ["", "## Zeros", ""] + [f"- {i}: {d}" for i, d in zeros]
wr = [i for i, m in M.items() if m["rest_decision"] == "WRONGLY_RESTED"]
wa = [i for i, m in M.items() if m["rest_decision"] == "WRONGLY_ALLOWED"]
mr = [i for i, m in M.items() if m["must_rest"] == "true"]
out += ["", "## Rest decisions", "", f"- Must-rest clients: {', '.join(mr)}; all rested: {not wa}",
        f"- Wrongly rested: {len(wr)} ({', '.join(wr) or 'none'})", f"- Wrongly allowed: {len(wa)} ({', '.join(wa) or 'none'})",
        f"- Mechanical overall pass: {sum(m['overall']=='PASS' for m in M.values())}/{len(M)}", ""]
open(os.path.join(B, "rubric_summary.md"), "w", encoding="utf-8").write("\n".join(out))
print("\n".join(out))
