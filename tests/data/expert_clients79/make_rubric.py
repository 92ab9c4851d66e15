#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py.

Checks: every quote is an exact substring of outputs/<id>.txt, every score is an
int 0-2 on all six dimensions, every 0 has a reason. Exit 1 on any failure.
"""
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


def read_output(cid):
    path = os.path.join(HERE, "outputs", "%s.txt" % cid)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_client(c, errors):
    """Append a message to errors for each problem in client record c."""
    cid = c.get("id", "?")
    for key in ("id", "lang", "scores", "quotes", "comment", "zero_reasons", "suggested_change"):
        if key not in c:
            errors.append("%s: missing key %r" % (cid, key))
    scores = c.get("scores", {})
    if set(scores) != set(DIMS):
        errors.append("%s: score keys %s != %s" % (cid, sorted(scores), sorted(DIMS)))
    for d in DIMS:
        v = scores.get(d)
        if not isinstance(v, int) or isinstance(v, bool) or v not in (0, 1, 2):
            errors.append("%s: %s score %r is not 0, 1 or 2" % (cid, d, v))
        elif v == 0 and not str(c.get("zero_reasons", {}).get(d, "")).strip():
            errors.append("%s: %s is 0 but has no reason" % (cid, d))
    for d in c.get("zero_reasons", {}):
        if scores.get(d) != 0:
            errors.append("%s: zero_reason given for %s, which is not 0" % (cid, d))
    quotes = c.get("quotes", [])
    if not 2 <= len(quotes) <= 5:
        errors.append("%s: %d quotes (need 2-5)" % (cid, len(quotes)))
    try:
        text = read_output(cid)
    except OSError as e:
        errors.append("%s: cannot read output: %s" % (cid, e))
        return
    for q in quotes:
        if not q or q not in text:
            errors.append("%s: quote not found verbatim: %r" % (cid, q))


def validate(clients):
    errors = []
    seen = set()
    for c in clients:
        cid = c.get("id")
        if cid in seen:
            errors.append("%s: duplicate id" % cid)
        seen.add(cid)
        check_client(c, errors)
    expected = {"h%02d" % i for i in range(1, 25)}
    if seen != expected:
        errors.append("ids missing %s, unexpected %s" % (sorted(expected - seen), sorted(seen - expected)))
    return errors


def record(c):
    """One rubric.jsonl object, keys in the documented order."""
    scores = {d: c["scores"][d] for d in DIMS}
    return {
        "id": c["id"],
        "lang": c["lang"],
        "scores": scores,
        "total": sum(scores.values()),
        "quotes": list(c["quotes"]),
        "comment": c["comment"],
        "zero_reasons": dict(c["zero_reasons"]),
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
    lines.append("Clients scored: %d. Six dimensions, 0-2 each (total 12)." % n)
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
    zeros = [r for r in records if any(v == 0 for v in r["scores"].values())]
    if not zeros:
        lines.append("None.")
    for r in zeros:
        dims = [d for d in DIMS if r["scores"][d] == 0]
        lines.append("- **%s** (%s, total %d): 0 on %s" % (r["id"], r["lang"], r["total"], ", ".join(dims)))
        for d in dims:
            lines.append("  - %s: %s" % (d, r["zero_reasons"][d]))
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    head = ["id", "lang"] + list(DIMS) + ["total"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + " --- |" * len(head))
    for r in records:
        row = [r["id"], r["lang"]] + [str(r["scores"][d]) for d in DIMS] + [str(r["total"])]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    clients = load_clients()
    errors = validate(clients)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    records = [record(c) for c in sorted(clients, key=lambda c: c["id"])]
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print("ok: %d clients, %d quotes checked; wrote rubric.jsonl and rubric_summary.md"
          % (len(records), sum(len(r["quotes"]) for r in records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
