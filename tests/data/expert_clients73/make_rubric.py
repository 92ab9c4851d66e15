#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the literal scores in rubric_data_*.py.

Checks: every quote is an exact substring of that client's outputs/hNN.txt, every 0 has a
reason, every client h01..h24 present once with all six scores in 0..2. Exits non-zero otherwise.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rubric_data_1, rubric_data_2, rubric_data_3, rubric_data_4  # noqa: E402

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
DATA = rubric_data_1.DATA + rubric_data_2.DATA + rubric_data_3.DATA + rubric_data_4.DATA


def main():
    errors = []
    ids = [d["id"] for d in DATA]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids wrong or duplicated: %s" % ids)
    for d in DATA:
        cid = d["id"]
        path = os.path.join(HERE, "outputs", cid + ".txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append("%s: cannot read %s: %s" % (cid, path, e))
            continue
        sc = d["scores"]
        if sorted(sc) != sorted(DIMS):
            errors.append("%s: dimensions %s" % (cid, sorted(sc)))
        for k, v in sc.items():
            if v not in (0, 1, 2):
                errors.append("%s: %s=%r out of range" % (cid, k, v))
            if v == 0 and not d.get("zero_reasons", {}).get(k, "").strip():
                errors.append("%s: %s is 0 without a reason" % (cid, k))
        for k in d.get("zero_reasons", {}):
            if sc.get(k) != 0:
                errors.append("%s: reason given for %s but score is %r" % (cid, k, sc.get(k)))
        q = d.get("quotes", [])
        if not 2 <= len(q) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(q)))
        for s in q:
            if s not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, s))
        for k in ("lang", "comment", "suggestion"):
            if not str(d.get(k, "")).strip():
                errors.append("%s: missing %s" % (cid, k))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for d in sorted(DATA, key=lambda x: x["id"]):
        total = sum(d["scores"][k] for k in DIMS)
        rows.append({"id": d["id"], "lang": d["lang"],
                     "scores": {k: d["scores"][k] for k in DIMS}, "total": total,
                     "quotes": d["quotes"], "comment": d["comment"],
                     "zero_reasons": d.get("zero_reasons", {}),
                     "suggestion": d["suggestion"]})
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {k: sum(r["scores"][k] for r in rows) / n for k in DIMS}
    with_zero = [r for r in rows if 0 in r["scores"].values()]
    out = []
    out.append("# Rubric summary (score73)\n")
    out.append("Clients: %d. Scores 0-2 on six dimensions, total out of 12.\n" % n)
    out.append("**Mean total: %.2f / 12**\n" % mean_total)
    out.append("| dimension | mean |\n| --- | --- |")
    for k in DIMS:
        out.append("| %s | %.2f |" % (k, means[k]))
    out.append("")
    out.append("Clients with any 0: %s\n" % (", ".join(r["id"] for r in with_zero) or "none"))
    out.append("## Per client\n")
    out.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    out.append("| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |")
    for r in rows:
        out.append("| %s | %s | " % (r["id"], r["lang"]) +
                   " | ".join(str(r["scores"][k]) for k in DIMS) + " | %d |" % r["total"])
    out.append("")
    out.append("## Every 0 and its reason\n")
    for r in rows:
        for k in DIMS:
            if r["scores"][k] == 0:
                out.append("- %s %s: %s" % (r["id"], k, r["zero_reasons"][k]))
    out.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("ok: %d clients, mean total %.2f; %s" % (n, mean_total,
          ", ".join("%s %.2f" % (k, means[k]) for k in DIMS)))


if __name__ == "__main__":
    main()
