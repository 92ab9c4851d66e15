#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py.

Checks: every quote is an exact substring of outputs/<id>.txt, every score
is an int 0-2 on all six dimensions, every 0 has a reason. Exit 1 otherwise.
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


def load_clients():
    clients = []
    for mod in (rubric_data1, rubric_data2, rubric_data3, rubric_data4):
        clients.extend(mod.CLIENTS)
    return clients


def output_text(cid):
    with open(os.path.join(HERE, "outputs", cid + ".txt"), encoding="utf-8") as f:
        return f.read()


def validate(clients):
    """Return a list of error strings (empty when everything checks out)."""
    errors = []
    ids = [c.get("id") for c in clients]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids are %s, expected h01..h24 once each" % sorted(ids))
    for c in clients:
        cid = c.get("id", "?")
        scores = c.get("scores", {})
        if set(scores) != set(DIMS):
            errors.append("%s: score keys %s != %s" % (cid, sorted(scores), sorted(DIMS)))
        for d in DIMS:
            v = scores.get(d)
            if not isinstance(v, int) or isinstance(v, bool) or v not in (0, 1, 2):
                errors.append("%s: %s score %r is not 0, 1 or 2" % (cid, d, v))
        zr = c.get("zero_reasons", {})
        for d in DIMS:
            if scores.get(d) == 0 and not str(zr.get(d, "")).strip():
                errors.append("%s: %s is 0 but has no reason" % (cid, d))
        for d in zr:
            if scores.get(d) != 0:
                errors.append("%s: zero_reason given for %s, whose score is %r" % (cid, d, scores.get(d)))
        quotes = c.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(quotes)))
        try:
            text = output_text(cid)
        except OSError as e:
            errors.append("%s: cannot read output: %s" % (cid, e))
            continue
        for q in quotes:
            if not q or q not in text:
                errors.append("%s: quote not found verbatim in outputs/%s.txt: %r" % (cid, cid, q))
        for key in ("lang", "comment", "suggested_change"):
            if not str(c.get(key, "")).strip():
                errors.append("%s: missing %s" % (cid, key))
    return errors


def to_record(c):
    scores = {d: c["scores"][d] for d in DIMS}
    return {
        "id": c["id"],
        "lang": c["lang"],
        "scores": scores,
        "total": sum(scores.values()),
        "quotes": list(c["quotes"]),
        "comment": c["comment"],
        "zero_reasons": dict(c.get("zero_reasons", {})),
        "suggested_change": c["suggested_change"],
    }


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_summary(records, path):
    n = len(records)
    mean_total = sum(r["total"] for r in records) / n
    means = {d: sum(r["scores"][d] for r in records) / n for d in DIMS}
    with_zero = [r for r in records if any(r["scores"][d] == 0 for d in DIMS)]
    lines = []
    lines.append("# Rubric summary (24 clients, blind scoring)")
    lines.append("")
    lines.append("Scale: 0-2 per dimension, 12 max. 2 = would sign; 1 = acceptable with a real flaw; 0 = wrong or harmful.")
    lines.append("")
    lines.append("**Mean total: %.2f / 12**" % mean_total)
    lines.append("")
    lines.append("| dimension | mean (0-2) |")
    lines.append("| --- | --- |")
    for d in DIMS:
        lines.append("| %s | %.2f |" % (d, means[d]))
    lines.append("")
    lines.append("## Clients with any 0 (%d)" % len(with_zero))
    lines.append("")
    for r in with_zero:
        zs = [d for d in DIMS if r["scores"][d] == 0]
        lines.append("- **%s** (%s, total %d): 0 on %s" % (r["id"], r["lang"], r["total"], ", ".join(zs)))
        for d in zs:
            lines.append("  - %s: %s" % (d, r["zero_reasons"][d]))
    lines.append("")
    lines.append("## Per-client table")
    lines.append("")
    lines.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in records:
        s = r["scores"]
        lines.append("| %s | %s | %s | %d |" % (r["id"], r["lang"], " | ".join(str(s[d]) for d in DIMS), r["total"]))
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return mean_total, means, with_zero


def main():
    clients = load_clients()
    errors = validate(clients)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    records = sorted((to_record(c) for c in clients), key=lambda r: r["id"])
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    mean_total, means, with_zero = write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print("OK: %d clients, mean total %.2f" % (len(records), mean_total))
    print("per dimension: " + ", ".join("%s %.2f" % (d, means[d]) for d in DIMS))
    print("clients with a 0: " + ", ".join(r["id"] for r in with_zero))
    return 0


if __name__ == "__main__":
    sys.exit(main())
