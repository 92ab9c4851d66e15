#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from the literal scores in rubric_data1..4.

Checks: every quote is an exact substring of that client's outputs/<id>.txt, every score is 0-2,
every 0 has a reason, 24 clients h01..h24 with their language tags. Exits non-zero on any failure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rubric_data1, rubric_data2, rubric_data3, rubric_data4  # noqa: E402

DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
CLIENTS = rubric_data1.CLIENTS + rubric_data2.CLIENTS + rubric_data3.CLIENTS + rubric_data4.CLIENTS


def main():
    errors = []
    profiles = {}
    with open(os.path.join(HERE, "clients_profiles.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                profiles[d["id"]] = d
    ids = [c["id"] for c in CLIENTS]
    if sorted(ids) != sorted(profiles) or len(set(ids)) != len(ids):
        errors.append(f"client ids {ids} do not match profiles {sorted(profiles)}")
    for c in CLIENTS:
        cid = c["id"]
        if cid in profiles and profiles[cid]["lang"] != c["lang"]:
            errors.append(f"{cid}: lang {c['lang']} != {profiles[cid]['lang']}")
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not 2 <= len(c["quotes"]) <= 5:
            errors.append(f"{cid}: {len(c['quotes'])} quotes (need 2-5)")
        for q in c["quotes"]:
            if q not in text:
                errors.append(f"{cid}: quote not found verbatim: {q!r}")
        if set(c["scores"]) != set(DIMS):
            errors.append(f"{cid}: score keys {sorted(c['scores'])}")
        for d in DIMS:
            s = c["scores"].get(d)
            if s not in (0, 1, 2):
                errors.append(f"{cid}: {d} score {s!r} not in 0-2")
            if s == 0 and not c["zero_reasons"].get(d, "").strip():
                errors.append(f"{cid}: {d} is 0 without a reason")
        for d in c["zero_reasons"]:
            if c["scores"].get(d) != 0:
                errors.append(f"{cid}: reason given for {d} but score is not 0")
        if not c["comment"].strip() or not c["suggested_change"].strip():
            errors.append(f"{cid}: empty comment or suggested change")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = []
    for c in sorted(CLIENTS, key=lambda c: c["id"]):
        total = sum(c["scores"][d] for d in DIMS)
        rows.append({
            "id": c["id"], "lang": c["lang"],
            **{d: c["scores"][d] for d in DIMS},
            "total": total,
            "quotes": c["quotes"],
            "comment": c["comment"],
            "zero_reasons": c["zero_reasons"],
            "suggested_change": c["suggested_change"],
        })
    with open(os.path.join(HERE, "rubric.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(rows)
    mean_total = sum(r["total"] for r in rows) / n
    means = {d: sum(r[d] for r in rows) / n for d in DIMS}
    with_zero = [r for r in rows if any(r[d] == 0 for d in DIMS)]
    out = []
    out.append("# Rubric summary (blind expert scoring, 24 clients)\n")
    out.append(f"Mean total: **{mean_total:.2f} / 12**\n")
    out.append("| dimension | mean (0-2) |")
    out.append("| --- | --- |")
    for d in DIMS:
        out.append(f"| {d} | {means[d]:.2f} |")
    out.append("")
    out.append("Clients with any 0: " + (", ".join(r["id"] for r in with_zero) if with_zero else "none") + "\n")
    out.append("## Per client\n")
    out.append("| id | lang | safety | activity | dose | personalisation | explanation | language | total |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        out.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r[d]) for d in DIMS) + f" | {r['total']} |")
    out.append("")
    out.append("## Every 0 and its reason\n")
    for r in rows:
        for d in DIMS:
            if r[d] == 0:
                out.append(f"- {r['id']} {d}: {r['zero_reasons'][d]}")
    out.append("")
    with open(os.path.join(HERE, "rubric_summary.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"ok: {n} clients, mean total {mean_total:.2f}; " + ", ".join(f"{d} {means[d]:.2f}" for d in DIMS))


if __name__ == "__main__":
    main()
