#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the literal scores in rubric_data1-4.py.

Checks (exit non-zero on failure): every quote is an exact substring of that
client's outputs/hNN.txt; every 0 has a reason; 2-5 quotes; scores in 0-2.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rubric_data1
import rubric_data2
import rubric_data3
import rubric_data4

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
DATA = rubric_data1.DATA + rubric_data2.DATA + rubric_data3.DATA + rubric_data4.DATA


def check(data):
    errors = []
    ids = [d["id"] for d in data]
    expected = ["h%02d" % i for i in range(1, 25)]
    if ids != expected:
        errors.append("ids not h01..h24 in order: %s" % ids)
    for d in data:
        cid = d["id"]
        path = os.path.join(HERE, "outputs", cid + ".txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        sc = d["scores"]
        if sorted(sc) != sorted(DIMS):
            errors.append("%s: dimensions %s" % (cid, sorted(sc)))
        for k, v in sc.items():
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r not 0-2" % (cid, k, v))
            if v == 0 and not d["zero_reasons"].get(k, "").strip():
                errors.append("%s: %s is 0 without a reason" % (cid, k))
        for k in d["zero_reasons"]:
            if sc.get(k) != 0:
                errors.append("%s: reason given for %s but score is %r" % (cid, k, sc.get(k)))
        q = d["quotes"]
        if not 2 <= len(q) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(q)))
        for s in q:
            if s not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, s))
        for key in ("comment", "suggestion", "lang"):
            if not d.get(key, "").strip():
                errors.append("%s: empty %s" % (cid, key))
    return errors


def main():
    errors = check(DATA)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for d in DATA:
        total = sum(d["scores"][k] for k in DIMS)
        rows.append({
            "id": d["id"], "lang": d["lang"],
            **{k: d["scores"][k] for k in DIMS},
            "total": total,
            "quotes": d["quotes"],
            "comment": d["comment"],
            "zero_reasons": d["zero_reasons"],
            "suggestion": d["suggestion"],
        })
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {k: sum(r[k] for r in rows) / n for k in DIMS}
    with_zero = [r for r in rows if any(r[k] == 0 for k in DIMS)]

    out = []
    out.append("# Rubric summary (24 clients, blind scoring)\n")
    out.append("Mean total: **%.2f / 12**\n" % mean_total)
    out.append("| dimension | mean (0-2) |")
    out.append("| --- | --- |")
    for k in DIMS:
        out.append("| %s | %.2f |" % (k, means[k]))
    out.append("")
    out.append("Clients with any 0 (%d): %s\n" % (len(with_zero), ", ".join(r["id"] for r in with_zero)))
    out.append("## Per client\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        out.append("| %s | %s | %s | %d |" % (r["id"], r["lang"], " | ".join(str(r[k]) for k in DIMS), r["total"]))
    out.append("")
    out.append("## Every 0 with its reason\n")
    for r in rows:
        for k in DIMS:
            if r[k] == 0:
                out.append("- **%s %s**: %s" % (r["id"], k, r["zero_reasons"][k]))
    out.append("")
    out.append("## Comments and suggested changes\n")
    for r in rows:
        out.append("### %s (%s) - %d/12\n" % (r["id"], r["lang"], r["total"]))
        out.append(r["comment"] + "\n")
        out.append("Suggested change: " + r["suggestion"] + "\n")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote rubric.jsonl and rubric_summary.md; mean total %.2f" % mean_total)
    print(" ".join("%s=%.2f" % (k, means[k]) for k in DIMS))


if __name__ == "__main__":
    main()
