#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the scorer's literal data.

The scores live as literal data in rubric_data1.py .. rubric_data4.py (six
clients each) next to this file. Checks: every client h01..h24 present once,
six scores 0-2, 2-5 quotes each an exact substring of outputs/<id>.txt, a
reason for every 0, a comment and a suggested change. Exits non-zero on any
failure and writes nothing then.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rubric_data1, rubric_data2, rubric_data3, rubric_data4  # noqa: E402

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
CLIENTS = (rubric_data1.CLIENTS + rubric_data2.CLIENTS
           + rubric_data3.CLIENTS + rubric_data4.CLIENTS)


def check():
    errors = []
    ids = [c["id"] for c in CLIENTS]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids are %s, expected h01..h24 once each" % ids)
    for c in CLIENTS:
        cid = c["id"]
        path = os.path.join(HERE, "outputs", cid + ".txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append("%s: cannot read %s (%s)" % (cid, path, e))
            continue
        sc = c.get("scores", {})
        if sorted(sc) != sorted(DIMS):
            errors.append("%s: scores must have exactly %s" % (cid, DIMS))
        for d in DIMS:
            v = sc.get(d)
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r not in 0-2" % (cid, d, v))
            if v == 0 and not str(c.get("zero_reasons", {}).get(d, "")).strip():
                errors.append("%s: %s is 0 but has no reason" % (cid, d))
        for d in c.get("zero_reasons", {}):
            if sc.get(d) != 0:
                errors.append("%s: zero reason given for %s, which is not 0" % (cid, d))
        q = c.get("quotes", [])
        if not 2 <= len(q) <= 5:
            errors.append("%s: %d quotes, need 2-5" % (cid, len(q)))
        for s in q:
            if s not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, s))
        if not c.get("comment", "").strip():
            errors.append("%s: no comment" % cid)
        if not c.get("change", "").strip():
            errors.append("%s: no suggested change" % cid)
        if not c.get("lang", "").strip():
            errors.append("%s: no lang" % cid)
    return errors


def md_cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def main():
    errors = check()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for c in sorted(CLIENTS, key=lambda c: c["id"]):
        total = sum(c["scores"][d] for d in DIMS)
        rows.append({
            "id": c["id"],
            "lang": c["lang"],
            "scores": {d: c["scores"][d] for d in DIMS},
            "total": total,
            "quotes": c["quotes"],
            "comment": c["comment"],
            "zero_reasons": c.get("zero_reasons", {}),
            "suggested_change": c["change"],
        })

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    mean_dim = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if any(r["scores"][d] == 0 for d in DIMS)]

    out = []
    out.append("# Rubric summary (score75)\n")
    out.append("Blind scoring of 24 clients, six dimensions 0-2 each (total out of 12).\n")
    out.append("## Means\n")
    out.append("- mean total: **%.2f / 12** (%d clients)" % (mean_total, n))
    for d in DIMS:
        out.append("- %s: %.2f" % (d, mean_dim[d]))
    out.append("")
    out.append("## Clients with any 0\n")
    if with_zero:
        for r in with_zero:
            zs = [d for d in DIMS if r["scores"][d] == 0]
            out.append("- %s (%s): total %d; 0 on %s" % (r["id"], r["lang"], r["total"], ", ".join(zs)))
    else:
        out.append("- none")
    out.append("")
    out.append("## Per client\n")
    out.append("| id | lang | safety | activity | dose | personal. | explan. | language | total | comment |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        s = r["scores"]
        out.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            r["id"], r["lang"], s["safety"], s["activity"], s["dose"],
            s["personalisation"], s["explanation"], s["language"], r["total"],
            md_cell(r["comment"])))
    out.append("")
    out.append("## Every 0 and its reason\n")
    any_zero = False
    for r in rows:
        for d in DIMS:
            if r["scores"][d] == 0:
                any_zero = True
                out.append("- %s %s: %s" % (r["id"], d, r["zero_reasons"][d]))
    if not any_zero:
        out.append("- none")
    out.append("")
    out.append("## Suggested changes\n")
    for r in rows:
        out.append("- %s: %s" % (r["id"], r["suggested_change"]))
    out.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    print("ok: %d clients, mean total %.2f; %s" % (
        n, mean_total, ", ".join("%s %.2f" % (d, mean_dim[d]) for d in DIMS)))


if __name__ == "__main__":
    main()
