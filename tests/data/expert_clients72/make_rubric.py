#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the literal scores held in
rubric_data_1..4.py (h01-h06, h07-h12, h13-h18, h19-h24).

Checks (exit non-zero on any failure):
  - 24 clients h01..h24, each once, lang matching clients_profiles.jsonl
  - six scores per client, each an int 0-2
  - 2-5 quotes per client, each an exact substring of outputs/<id>.txt
  - every 0 has a non-empty reason; no reason for a non-zero score
  - a comment and a suggested change for each client
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rubric_data_1, rubric_data_2, rubric_data_3, rubric_data_4  # noqa: E402

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]


def main():
    clients = (rubric_data_1.CLIENTS + rubric_data_2.CLIENTS
               + rubric_data_3.CLIENTS + rubric_data_4.CLIENTS)
    errors = []

    langs = {}
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                langs[d["id"]] = d["lang"]

    ids = [c["id"] for c in clients]
    expected = ["h%02d" % i for i in range(1, 25)]
    if sorted(ids) != expected:
        errors.append("client ids: expected h01..h24 once each, got %s" % ids)

    rows = []
    for c in clients:
        cid = c["id"]
        if langs.get(cid) != c["lang"]:
            errors.append("%s: lang %r does not match profile %r" % (cid, c["lang"], langs.get(cid)))
        sc = c["scores"]
        if sorted(sc) != sorted(DIMS):
            errors.append("%s: score keys %s" % (cid, sorted(sc)))
            continue
        for d in DIMS:
            v = sc[d]
            if not isinstance(v, int) or v not in (0, 1, 2):
                errors.append("%s: %s score %r not 0-2" % (cid, d, v))
        path = os.path.join(HERE, "outputs", cid + ".txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        q = c["quotes"]
        if not 2 <= len(q) <= 5:
            errors.append("%s: %d quotes (need 2-5)" % (cid, len(q)))
        for s in q:
            if not s or s not in text:
                errors.append("%s: quote not found verbatim: %r" % (cid, s))
        zr = c.get("zero_reasons", {})
        for d in DIMS:
            if sc[d] == 0 and not (zr.get(d) or "").strip():
                errors.append("%s: %s is 0 without a reason" % (cid, d))
        for d in zr:
            if d not in DIMS or sc.get(d) != 0:
                errors.append("%s: reason given for %s, which is not a 0" % (cid, d))
        if not c.get("comment", "").strip():
            errors.append("%s: no comment" % cid)
        if not c.get("suggested_change", "").strip():
            errors.append("%s: no suggested change" % cid)
        total = sum(sc[d] for d in DIMS)
        rows.append({
            "id": cid,
            "lang": c["lang"],
            "scores": {d: sc[d] for d in DIMS},
            "total": total,
            "quotes": q,
            "comment": c["comment"],
            "zero_reasons": {d: zr[d] for d in DIMS if d in zr},
            "suggested_change": c["suggested_change"],
        })

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    dim_means = {d: sum(r["scores"][d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if 0 in r["scores"].values()]

    out = []
    out.append("# Rubric summary (score72)\n")
    out.append("Blind clinical scoring of 24 clients' card + 7-day plan + JSON, "
               "six dimensions 0-2 (total /12).\n")
    out.append("## Means\n")
    out.append("- mean total: **%.2f / 12**" % mean_total)
    for d in DIMS:
        out.append("- %s: %.2f" % (d, dim_means[d]))
    out.append("")
    out.append("## Clients with any 0\n")
    if with_zero:
        for r in with_zero:
            zs = [d for d in DIMS if r["scores"][d] == 0]
            out.append("- %s (%s): %s" % (r["id"], r["lang"], ", ".join(zs)))
    else:
        out.append("- none")
    out.append("")
    out.append("## Per-client table\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        s = r["scores"]
        out.append("| %s | %s | %s | %d |" % (
            r["id"], r["lang"], " | ".join(str(s[d]) for d in DIMS), r["total"]))
    out.append("")
    out.append("## Every 0 with its reason\n")
    for r in rows:
        for d in DIMS:
            if r["scores"][d] == 0:
                out.append("- **%s %s**: %s" % (r["id"], d, r["zero_reasons"][d]))
    out.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    print("ok: %d clients, mean total %.2f" % (n, mean_total))
    for d in DIMS:
        print("  %s %.2f" % (d, dim_means[d]))


if __name__ == "__main__":
    main()
