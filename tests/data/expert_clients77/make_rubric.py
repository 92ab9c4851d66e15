#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the literal scores in rubric_data1..4.py.

Checks: every quote is an exact substring of outputs/<id>.txt, every score is 0-2,
all six dimensions are present, and every 0 has a reason. Exits non-zero otherwise.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rubric_data1, rubric_data2, rubric_data3, rubric_data4  # noqa: E402

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]

def main():
    clients = (rubric_data1.CLIENTS + rubric_data2.CLIENTS
               + rubric_data3.CLIENTS + rubric_data4.CLIENTS)
    errors = []
    ids = [c["id"] for c in clients]
    expected = ["h%02d" % i for i in range(1, 25)]
    if ids != expected:
        errors.append("client ids are %r, expected h01..h24 in order" % ids)
    profiles = {}
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                o = json.loads(line)
                profiles[o["id"]] = o
    rows = []
    for c in clients:
        cid = c["id"]
        path = os.path.join(HERE, "outputs", cid + ".txt")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            errors.append("%s: cannot read %s: %s" % (cid, path, e))
            continue
        if cid in profiles and profiles[cid]["lang"] != c["lang"]:
            errors.append("%s: lang %r differs from profile %r" % (cid, c["lang"], profiles[cid]["lang"]))
        s = c["scores"]
        if sorted(s) != sorted(DIMS):
            errors.append("%s: dimensions %r" % (cid, sorted(s)))
        for d in DIMS:
            v = s.get(d)
            if v not in (0, 1, 2):
                errors.append("%s: %s score %r not in 0-2" % (cid, d, v))
            if v == 0 and not str(c.get("zero_reasons", {}).get(d, "")).strip():
                errors.append("%s: %s is 0 without a reason" % (cid, d))
        for d in c.get("zero_reasons", {}):
            if s.get(d) != 0:
                errors.append("%s: reason given for %s but score is %r" % (cid, d, s.get(d)))
        q = c.get("quotes", [])
        if not 2 <= len(q) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(q)))
        for qq in q:
            if qq not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, qq))
        if not c.get("comment", "").strip() or not c.get("suggested_change", "").strip():
            errors.append("%s: missing comment or suggested change" % cid)
        total = sum(s.get(d, 0) for d in DIMS)
        rows.append({
            "id": cid, "lang": c["lang"],
            "scores": {d: s.get(d) for d in DIMS}, "total": total,
            "quotes": q, "comment": c["comment"],
            "zero_reasons": c.get("zero_reasons", {}),
            "suggested_change": c["suggested_change"],
        })
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    zeros = [(r["id"], d, r["zero_reasons"][d]) for r in rows for d in DIMS if r["scores"][d] == 0]
    zero_ids = sorted({z[0] for z in zeros})
    out = []
    out.append("# Rubric summary (24 clients, blind scoring)\n")
    out.append("Scale: six dimensions, 0-2 each, total out of 12.\n")
    out.append("- Mean total: **%.2f / 12**" % mean_total)
    for d in DIMS:
        out.append("- Mean %s: %.2f" % (d, means[d]))
    out.append("- Clients with any 0: %s\n" % (", ".join(zero_ids) if zero_ids else "none"))
    out.append("## Per-client scores\n")
    out.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    out.append("|" + "---|" * (len(DIMS) + 3))
    for r in rows:
        out.append("| %s | %s | %s | %d |" % (r["id"], r["lang"],
                   " | ".join(str(r["scores"][d]) for d in DIMS), r["total"]))
    out.append("\n## Every 0 and its reason\n")
    if zeros:
        for cid, d, why in zeros:
            out.append("- **%s / %s**: %s" % (cid, d, why))
    else:
        out.append("- none")
    out.append("\n## Comments and suggested changes\n")
    for r in rows:
        out.append("### %s (%s), total %d\n" % (r["id"], r["lang"], r["total"]))
        out.append(r["comment"] + "\n")
        out.append("*Suggested change:* " + r["suggested_change"] + "\n")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("ok: %d clients, mean total %.2f; %s" % (n, mean_total,
          ", ".join("%s %.2f" % (d, means[d]) for d in DIMS)))
    for cid, d, why in zeros:
        print("zero: %s %s: %s" % (cid, d, why))

if __name__ == "__main__":
    main()
