#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py.

Checks: every quote is an exact substring of outputs/<id>.txt, every score is
an integer 0-2 on all six dimensions, every 0 has a reason. Exit 1 otherwise.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]


def load_clients():
    import rubric_data1, rubric_data2, rubric_data3, rubric_data4
    clients = []
    for mod in (rubric_data1, rubric_data2, rubric_data3, rubric_data4):
        clients.extend(mod.CLIENTS)
    return clients


def read_output(cid):
    with open(os.path.join(HERE, "outputs", cid + ".txt"), encoding="utf-8") as f:
        return f.read()


def check(clients):
    """Return a list of error strings (empty when all is well)."""
    errors = []
    ids = [c.get("id") for c in clients]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids are not exactly h01..h24: %r" % ids)
    for c in clients:
        cid = c.get("id")
        try:
            text = read_output(cid)
        except OSError as e:
            errors.append("%s: cannot read output: %s" % (cid, e))
            continue
        scores = c.get("scores", {})
        if set(scores) != set(DIMS):
            errors.append("%s: score keys %r != %r" % (cid, sorted(scores), DIMS))
        for d in DIMS:
            v = scores.get(d)
            if not (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 2):
                errors.append("%s: %s score %r not an integer 0-2" % (cid, d, v))
            elif v == 0 and not str(c.get("zero_reasons", {}).get(d, "")).strip():
                errors.append("%s: %s is 0 but has no reason" % (cid, d))
        for d in c.get("zero_reasons", {}):
            if scores.get(d) != 0:
                errors.append("%s: zero_reason given for %s but score is %r" % (cid, d, scores.get(d)))
        quotes = c.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(quotes)))
        for q in quotes:
            if not q or q not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, q))
        for k in ("lang", "comment", "suggested_change"):
            if not str(c.get(k, "")).strip():
                errors.append("%s: missing %s" % (cid, k))
    return errors


def check_langs(clients):
    """The lang of each record must match clients_profiles.jsonl."""
    errors = []
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as f:
        langs = {d["id"]: d["lang"] for d in map(json.loads, filter(str.strip, f))}
    for c in clients:
        if langs.get(c.get("id")) != c.get("lang"):
            errors.append("%s: lang %r != profile lang %r" % (c.get("id"), c.get("lang"), langs.get(c.get("id"))))
    return errors


def record(c):
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
    lines = ["# Rubric summary", "",
             "%d clients, six dimensions scored 0-2 (total 12)." % n, "",
             "**Mean total: %.2f / 12**" % mean_total, "",
             "## Mean per dimension", "",
             "| dimension | mean (0-2) | zeros |", "| --- | --- | --- |"]
    for d in DIMS:
        vals = [r["scores"][d] for r in records]
        lines.append("| %s | %.2f | %d |" % (d, sum(vals) / n, vals.count(0)))
    lines += ["", "## Clients with any 0", ""]
    zeros = [r for r in records if r["zero_reasons"]]
    if not zeros:
        lines.append("None.")
    for r in zeros:
        for d, why in r["zero_reasons"].items():
            lines.append("- **%s** (%s) %s = 0: %s" % (r["id"], r["lang"], d, why))
    lines += ["", "## Per client", "",
              "| id | lang | " + " | ".join(DIMS) + " | total |",
              "| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |"]
    for r in records:
        lines.append("| %s | %s | %s | %d |" % (
            r["id"], r["lang"], " | ".join(str(r["scores"][d]) for d in DIMS), r["total"]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    clients = load_clients()
    errors = check(clients) + check_langs(clients)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    records = sorted((record(c) for c in clients), key=lambda r: r["id"])
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print("ok: %d clients, mean total %.2f" % (
        len(records), sum(r["total"] for r in records) / len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
