#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1..4.py, after validating them."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
DATA_MODULES = ["rubric_data1", "rubric_data2", "rubric_data3", "rubric_data4"]


def load_clients(modules=DATA_MODULES):
    clients = []
    for name in modules:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print(f"note: {name}.py not found, skipped", file=sys.stderr)
            continue
        clients.extend(mod.CLIENTS)
    return clients


def check_quotes(c, errors):
    path = os.path.join(HERE, "outputs", f"{c['id']}.txt")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        errors.append(f"{c['id']}: cannot read {path}: {e}")
        return
    quotes = c.get("quotes", [])
    if not 2 <= len(quotes) <= 5:
        errors.append(f"{c['id']}: {len(quotes)} quotes (need 2-5)")
    for q in quotes:
        if not q or q not in text:
            errors.append(f"{c['id']}: quote not found verbatim: {q!r}")


def check_scores(c, errors):
    cid = c.get("id", "?")
    scores = c.get("scores", {})
    if set(scores) != set(DIMS):
        errors.append(f"{cid}: score keys {sorted(scores)} != {sorted(DIMS)}")
    zr = c.get("zero_reasons", {})
    for d in DIMS:
        v = scores.get(d)
        if not isinstance(v, int) or isinstance(v, bool) or v not in (0, 1, 2):
            errors.append(f"{cid}: {d} score {v!r} is not 0, 1 or 2")
            continue
        if v == 0 and not str(zr.get(d, "")).strip():
            errors.append(f"{cid}: {d} is 0 but has no reason")
    for d in zr:
        if scores.get(d) != 0:
            errors.append(f"{cid}: zero_reason given for {d}, which is not 0")
    for key in ("comment", "suggested_change", "lang"):
        if not str(c.get(key, "")).strip():
            errors.append(f"{cid}: missing {key}")


def validate(clients):
    errors = []
    ids = [c.get("id") for c in clients]
    if len(set(ids)) != len(ids):
        errors.append(f"duplicate ids: {sorted(i for i in set(ids) if ids.count(i) > 1)}")
    expected = [f"h{i:02d}" for i in range(1, 25)]
    missing = [i for i in expected if i not in ids]
    if missing:
        errors.append(f"clients missing: {missing}")
    for c in clients:
        check_scores(c, errors)
        check_quotes(c, errors)
    return errors


def write_jsonl(clients, path):
    with open(path, "w", encoding="utf-8") as f:
        for c in sorted(clients, key=lambda c: c["id"]):
            scores = {d: c["scores"][d] for d in DIMS}
            obj = {
                "id": c["id"],
                "lang": c["lang"],
                "scores": scores,
                "total": sum(scores.values()),
                "quotes": list(c["quotes"]),
                "comment": c["comment"],
                "zero_reasons": dict(c.get("zero_reasons", {})),
                "suggested_change": c["suggested_change"],
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def write_summary(clients, path):
    clients = sorted(clients, key=lambda c: c["id"])
    n = len(clients)
    totals = [sum(c["scores"][d] for d in DIMS) for c in clients]
    lines = ["# Rubric summary", ""]
    lines.append(f"Clients scored: {n}. Each dimension 0-2, total 0-12.")
    lines.append("")
    lines.append(f"**Mean total: {sum(totals) / n:.2f} / 12**")
    lines.append("")
    lines.append("| dimension | mean (0-2) | clients at 0 |")
    lines.append("| --- | --- | --- |")
    for d in DIMS:
        vals = [c["scores"][d] for c in clients]
        zeros = [c["id"] for c in clients if c["scores"][d] == 0]
        lines.append(f"| {d} | {sum(vals) / n:.2f} | {', '.join(zeros) or '-'} |")
    lines.append("")
    lines.append("## Clients with any 0")
    lines.append("")
    any_zero = [c for c in clients if 0 in c["scores"].values()]
    for c in any_zero:
        lines.append(f"- **{c['id']}** ({c['lang']}):")
        for d in DIMS:
            if c["scores"][d] == 0:
                lines.append(f"  - {d}: {c['zero_reasons'][d]}")
    if not any_zero:
        lines.append("- none")
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMS) + " | total |")
    lines.append("| --- | --- | " + " | ".join("---" for _ in DIMS) + " | --- |")
    for c, t in zip(clients, totals):
        row = " | ".join(str(c["scores"][d]) for d in DIMS)
        lines.append(f"| {c['id']} | {c['lang']} | {row} | {t} |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    clients = load_clients()
    errors = validate(clients)
    if errors:
        print(f"validation failed ({len(errors)} problem(s)):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    write_jsonl(clients, os.path.join(HERE, "rubric.jsonl"))
    write_summary(clients, os.path.join(HERE, "rubric_summary.md"))
    n = len(clients)
    mean_total = sum(sum(c["scores"].values()) for c in clients) / n
    print(f"ok: {n} clients, mean total {mean_total:.2f}; wrote rubric.jsonl and rubric_summary.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
