#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py, after validating them."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
DATA_MODULES = ["rubric_data1", "rubric_data2", "rubric_data3", "rubric_data4"]


def load_clients():
    """Import every data module and return the clients in order."""
    import importlib
    clients = []
    for name in DATA_MODULES:
        module = importlib.import_module(name)
        clients.extend(module.CLIENTS)
    return clients


def read_output(cid):
    path = os.path.join(HERE, "outputs", cid + ".txt")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def validate(clients):
    """Return a list of error strings (empty when everything checks)."""
    errors = []
    seen = set()
    for client in clients:
        cid = client.get("id", "?")
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        scores = client.get("scores", {})
        if sorted(scores) != sorted(DIMS):
            errors.append(f"{cid}: score keys {sorted(scores)} != {sorted(DIMS)}")
        for dim in DIMS:
            value = scores.get(dim)
            if not isinstance(value, int) or isinstance(value, bool) or value not in (0, 1, 2):
                errors.append(f"{cid}: {dim} score {value!r} is not 0, 1 or 2")
            elif value == 0 and not str(client.get("zero_reasons", {}).get(dim, "")).strip():
                errors.append(f"{cid}: {dim} is 0 but has no zero reason")
        for dim in client.get("zero_reasons", {}):
            if scores.get(dim) != 0:
                errors.append(f"{cid}: zero reason given for {dim}, which is not 0")
        quotes = client.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            errors.append(f"{cid}: {len(quotes)} quotes (need 2-5)")
        try:
            text = read_output(cid)
        except OSError as exc:
            errors.append(f"{cid}: cannot read output ({exc})")
            continue
        for quote in quotes:
            if not quote or quote not in text:
                errors.append(f"{cid}: quote not found verbatim: {quote!r}")
        for key in ("lang", "comment", "suggested_change"):
            if not str(client.get(key, "")).strip():
                errors.append(f"{cid}: missing {key}")
    return errors


def to_record(client):
    scores = {dim: client["scores"][dim] for dim in DIMS}
    return {
        "id": client["id"],
        "lang": client["lang"],
        "scores": scores,
        "total": sum(scores.values()),
        "quotes": list(client["quotes"]),
        "comment": client["comment"],
        "zero_reasons": dict(client.get("zero_reasons", {})),
        "suggested_change": client["suggested_change"],
    }


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_summary(records, path):
    n = len(records)
    mean_total = sum(r["total"] for r in records) / n
    lines = ["# Rubric summary", ""]
    lines.append(f"Clients scored: {n}. Mean total: {mean_total:.2f} / 12.")
    lines.append("")
    lines.append("## Mean per dimension (0-2)")
    lines.append("")
    lines.append("| dimension | mean |")
    lines.append("| --- | --- |")
    for dim in DIMS:
        lines.append(f"| {dim} | {sum(r['scores'][dim] for r in records) / n:.2f} |")
    lines.append("")
    lines.append("## Clients with any 0")
    lines.append("")
    zeros = [r for r in records if r["zero_reasons"]]
    if not zeros:
        lines.append("None.")
    for r in zeros:
        for dim, why in r["zero_reasons"].items():
            lines.append(f"- {r['id']} ({r['lang']}) {dim}: {why}")
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    lines.append("| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |")
    for r in records:
        cells = " | ".join(str(r["scores"][dim]) for dim in DIMS)
        lines.append(f"| {r['id']} | {r['lang']} | {cells} | {r['total']} |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


def main():
    clients = load_clients()
    errors = validate(clients)
    if len(clients) != 24:
        errors.append(f"expected 24 clients, found {len(clients)}")
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written.", file=sys.stderr)
        return 1
    records = [to_record(c) for c in sorted(clients, key=lambda c: c["id"])]
    write_jsonl(records, os.path.join(HERE, "rubric.jsonl"))
    write_summary(records, os.path.join(HERE, "rubric_summary.md"))
    print(f"OK: {len(records)} clients, mean total "
          f"{sum(r['total'] for r in records) / len(records):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
