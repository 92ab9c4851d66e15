#!/usr/bin/env python3
"""rubric.jsonl + mechanical_checks.tsv -> rubric_summary.md"""
import json, statistics as st

ROOT = "/tmp/panel40"
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
rows = [json.loads(l) for l in open(f"{ROOT}/rubric.jsonl", encoding="utf-8")]
mech = [l.rstrip("\n").split("\t") for l in open(f"{ROOT}/mechanical_checks.tsv", encoding="utf-8")][1:]


def mean_item(rs):
    return st.mean(v for r in rs for v in r["scores"].values())


def mean_total(rs):
    return st.mean(r["total"] for r in rs)


zh = [r for r in rows if r["id"] <= "h12"]
en = [r for r in rows if r["id"] > "h12"]
L = ["# Rubric summary", "",
     f"Clients scored: {len(rows)} (12 Chinese h01-h12, 12 English h13-h24). Scale 0-2 on six dimensions, card total 0-12.", "",
     "| group | mean item score (0-2) | mean card total (0-12) |", "| --- | --- | --- |"]
for name, rs in (("all", rows), ("Chinese", zh), ("English", en)):
    L.append(f"| {name} | {mean_item(rs):.2f} | {mean_total(rs):.2f} |")
L += ["", "| dimension | mean (all) | Chinese | English | clients scoring 0 |", "| --- | --- | --- | --- | --- |"]
for d in DIMS:
    z = [r["id"] for r in rows if r["scores"][d] == 0]
    L.append(f"| {d} | {st.mean(r['scores'][d] for r in rows):.2f} | {st.mean(r['scores'][d] for r in zh):.2f} | "
             f"{st.mean(r['scores'][d] for r in en):.2f} | {len(z)} {' '.join(z)} |")
zero = [r["id"] for r in rows if 0 in r["scores"].values()]
pen = [f"{r['id']} ({r['plan_penalty_applied_to']})" for r in rows if r["plan_penalty_applied_to"]]
L += ["", f"Clients with at least one 0: {len(zero)} ({', '.join(zero)})",
      f"Week plans judged unsafe in themselves (one point off): {len(pen)} ({', '.join(pen)})", "",
      "## Per client", "", "| id | lang | safety | activity | dose | pers. | expl. | lang. | total |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for r in rows:
    s = r["scores"]
    L.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {r['total']} |")
met = sum(m[3] == "met" for m in mech)
L += ["", "## Mechanical checks", "", f"{met} of {len(mech)} frozen expectations met ({100*met/len(mech):.0f}%).", "",
      "Not met:", ""]
for m in mech:
    if m[3] != "met":
        L.append(f"- {m[0]} `{m[1]}` expected `{m[2]}`: {m[4]}")
L += ["", "Notes on the checker: h12's must_not_say hit is a false positive (the card says '今天不做高强度', a correct negation); "
      "h08's foot must_mention passed only through an unrelated generic leg/foot warning, not through neuropathy advice.", ""]
open(f"{ROOT}/rubric_summary.md", "w", encoding="utf-8").write("\n".join(L))
print("\n".join(L[:30]))
