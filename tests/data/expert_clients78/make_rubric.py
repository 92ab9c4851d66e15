#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py, after checks."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]


def load_clients():
    """Import CLIENTS from rubric_data1..4 in order."""
    import importlib
    clients = []
    for n in range(1, 5):
        mod = importlib.import_module("rubric_data%d" % n)
        clients.extend(mod.CLIENTS)
    return clients


def check(clients):
    """Return a list of problems: quotes, scores, zero reasons, ids."""
    problems = []
    seen = set()
    for c in clients:
        cid = c.get("id")
        if cid in seen:
            problems.append("%s: duplicate id" % cid)
        seen.add(cid)
        path = os.path.join(HERE, "outputs", "%s.txt" % cid)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            problems.append("%s: cannot read %s (%s)" % (cid, path, e))
            text = None
        quotes = c.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            problems.append("%s: %d quotes (need 2-5)" % (cid, len(quotes)))
        if text is not None:
            for q in quotes:
                if not q or q not in text:
                    problems.append("%s: quote not in output: %r" % (cid, q))
        scores = c.get("scores", {})
        if sorted(scores) != sorted(DIMS):
            problems.append("%s: score keys %s" % (cid, sorted(scores)))
        for d in DIMS:
            v = scores.get(d)
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 2:
                problems.append("%s: %s score %r not 0-2" % (cid, d, v))
            elif v == 0 and not str(c.get("zero_reasons", {}).get(d, "")).strip():
                problems.append("%s: %s is 0 without a reason" % (cid, d))
        for d in c.get("zero_reasons", {}):
            if scores.get(d) != 0:
                problems.append("%s: zero reason for %s but score is %r" % (cid, d, scores.get(d)))
        for k in ("lang", "comment", "suggested_change"):
            if not str(c.get(k, "")).strip():
                problems.append("%s: missing %s" % (cid, k))
    return problems


def to_record(c):
    """One rubric.jsonl object per client."""
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
    lines = ["# Rubric summary", ""]
    lines.append("Clients scored: %d. Each dimension 0-2, total out of 12." % n)
    lines.append("")
    lines.append("**Mean total: %.2f / 12**" % mean_total)
    lines.append("")
    lines.append("| dimension | mean (0-2) |")
    lines.append("| --- | --- |")
    for d in DIMS:
        lines.append("| %s | %.2f |" % (d, sum(r["scores"][d] for r in records) / n))
    lines.append("")
    lines.append("## Clients with any 0")
    lines.append("")
    zeros = [r for r in records if r["zero_reasons"]]
    if not zeros:
        lines.append("None.")
    for r in zeros:
        lines.append("- **%s** (%s, total %d):" % (r["id"], r["lang"], r["total"]))
        for d in DIMS:
            if d in r["zero_reasons"]:
                lines.append("  - %s: %s" % (d, r["zero_reasons"][d]))
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    lines.append("| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |")
    for r in records:
        lines.append("| %s | %s | %s | %d |" % (
            r["id"], r["lang"], " | ".join(str(r["scores"][d]) for d in DIMS), r["total"]))
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    clients = load_clients()
    problems = check(clients)
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        print("%d problem(s); nothing written." % len(problems), file=sys.stderr)
        return 1
    records = [to_record(c) for c in sorted(clients, key=lambda c: c["id"])]
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print("ok: %d clients, mean total %.2f" % (
        len(records), sum(r["total"] for r in records) / len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
