#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py, after checking them."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
DATA_MODULES = ["rubric_data1", "rubric_data2", "rubric_data3", "rubric_data4"]


def load_clients():
    """Import every rubric_dataN module and return the concatenated client list."""
    sys.path.insert(0, HERE)
    clients = []
    for name in DATA_MODULES:
        module = importlib.import_module(name)
        clients.extend(module.CLIENTS)
    return clients


def read_output(cid):
    with open(os.path.join(HERE, "outputs", cid + ".txt"), encoding="utf-8") as f:
        return f.read()


def validate(clients):
    """Return a list of error strings (empty when everything checks out)."""
    errors = []
    seen = set()
    for c in clients:
        cid = c.get("id", "?")
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        scores = c.get("scores", {})
        if sorted(scores) != sorted(DIMS):
            errors.append(f"{cid}: score keys {sorted(scores)} != {sorted(DIMS)}")
        for dim in DIMS:
            v = scores.get(dim)
            if not isinstance(v, int) or isinstance(v, bool) or v not in (0, 1, 2):
                errors.append(f"{cid}: {dim} score {v!r} is not 0, 1 or 2")
            elif v == 0 and not str(c.get("zero_reasons", {}).get(dim, "")).strip():
                errors.append(f"{cid}: {dim} is 0 without a reason")
        for dim in c.get("zero_reasons", {}):
            if scores.get(dim) != 0:
                errors.append(f"{cid}: zero_reason given for {dim}, which is not 0")
        quotes = c.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            errors.append(f"{cid}: {len(quotes)} quotes (need 2-5)")
        try:
            text = read_output(cid)
        except OSError as e:
            errors.append(f"{cid}: cannot read output ({e})")
            text = None
        if text is not None:
            for q in quotes:
                if not q or q not in text:
                    errors.append(f"{cid}: quote not found verbatim: {q[:60]!r}")
        for key in ("lang", "comment", "suggested_change"):
            if not str(c.get(key, "")).strip():
                errors.append(f"{cid}: empty {key}")
    return errors


def build_record(c):
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
    dim_means = {d: sum(r["scores"][d] for r in records) / n for d in DIMS}
    lines = ["# Rubric summary", ""]
    lines.append(f"Clients scored: {n}. Scale 0-2 per dimension, total out of 12.")
    lines.append("")
    lines.append(f"**Mean total: {mean_total:.2f} / 12**")
    lines.append("")
    lines.append("| dimension | mean |")
    lines.append("| --- | --- |")
    for d in DIMS:
        lines.append(f"| {d} | {dim_means[d]:.2f} |")
    lines.append("")
    lines.append("## Clients with any 0")
    lines.append("")
    zeros = [r for r in records if r["zero_reasons"]]
    for r in zeros:
        dims = ", ".join(d for d in DIMS if r["scores"][d] == 0)
        lines.append(f"- **{r['id']}** ({r['lang']}, total {r['total']}): 0 on {dims}")
        for d in DIMS:
            if d in r["zero_reasons"]:
                lines.append(f"  - {d}: {r['zero_reasons'][d]}")
    lines.append("")
    lines.append(f"{len(zeros)} of {n} clients have at least one 0.")
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    header = "| id | lang | " + " | ".join(DIMS) + " | total |"
    lines.append(header)
    lines.append("|" + " --- |" * (len(DIMS) + 3))
    for r in records:
        cells = " | ".join(str(r["scores"][d]) for d in DIMS)
        lines.append(f"| {r['id']} | {r['lang']} | {cells} | {r['total']} |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return mean_total, dim_means


def main():
    clients = load_clients()
    errors = validate(clients)
    if len(clients) != 24:
        errors.append(f"expected 24 clients, got {len(clients)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written.", file=sys.stderr)
        return 1
    records = sorted((build_record(c) for c in clients), key=lambda r: r["id"])
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    mean_total, dim_means = write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print(f"OK: {len(records)} clients; mean total {mean_total:.2f}/12; "
          + ", ".join(f"{d} {v:.2f}" for d, v in dim_means.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
