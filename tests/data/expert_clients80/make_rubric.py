#!/usr/bin/env python3
"""Validate the blind rubric data and write rubric.jsonl and rubric_summary.md."""
import json
import os
import sys

import rubric_data1
import rubric_data2
import rubric_data3
import rubric_data4

HERE = os.path.dirname(os.path.abspath(__file__))
DIMS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]


def load_clients():
    clients = []
    for mod in (rubric_data1, rubric_data2, rubric_data3, rubric_data4):
        clients.extend(mod.CLIENTS)
    return clients


def check(clients):
    errors = []
    seen = set()
    for c in clients:
        cid = c.get("id")
        if cid in seen:
            errors.append(f"{cid}: duplicate id")
        seen.add(cid)
        path = os.path.join(HERE, "outputs", f"{cid}.txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append(f"{cid}: cannot read {path}: {e}")
            text = ""
        scores = c.get("scores", {})
        if set(scores) != set(DIMS):
            errors.append(f"{cid}: score keys {sorted(scores)} != {DIMS}")
        for d in DIMS:
            v = scores.get(d)
            if not (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 2):
                errors.append(f"{cid}: {d} score {v!r} not an int 0-2")
        quotes = c.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            errors.append(f"{cid}: {len(quotes)} quotes (need 2-5)")
        for q in quotes:
            if not q or q not in text:
                errors.append(f"{cid}: quote not found verbatim: {q!r}")
        zr = c.get("zero_reasons", {})
        for d in DIMS:
            if scores.get(d) == 0 and not str(zr.get(d, "")).strip():
                errors.append(f"{cid}: {d} is 0 but has no zero reason")
        for d in zr:
            if scores.get(d) != 0:
                errors.append(f"{cid}: zero reason given for {d} but score is {scores.get(d)}")
        for key in ("comment", "suggested_change", "lang"):
            if not str(c.get(key, "")).strip():
                errors.append(f"{cid}: missing {key}")
    return errors


def write_jsonl(clients, path):
    with open(path, "w", encoding="utf-8") as f:
        for c in clients:
            rec = {
                "id": c["id"],
                "lang": c["lang"],
                "scores": {d: c["scores"][d] for d in DIMS},
                "total": sum(c["scores"][d] for d in DIMS),
                "quotes": c["quotes"],
                "comment": c["comment"],
                "zero_reasons": c.get("zero_reasons", {}),
                "suggested_change": c["suggested_change"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_summary(clients, path):
    n = len(clients)
    totals = [sum(c["scores"][d] for d in DIMS) for c in clients]
    lines = ["# Rubric summary (blind scoring, 24 clients)", ""]
    lines.append(f"Clients: {n}. Scale: 0-2 on six dimensions, total 0-12.")
    lines.append("")
    lines.append(f"**Mean total: {sum(totals) / n:.2f} / 12**")
    lines.append("")
    lines.append("| dimension | mean (0-2) | clients scored 0 |")
    lines.append("| --- | --- | --- |")
    for d in DIMS:
        vals = [c["scores"][d] for c in clients]
        zeros = sum(1 for v in vals if v == 0)
        lines.append(f"| {d} | {sum(vals) / n:.2f} | {zeros} |")
    lines.append("")
    lines.append("## Clients with any 0")
    lines.append("")
    for c in clients:
        zr = c.get("zero_reasons", {})
        if zr:
            dims = ", ".join(d for d in DIMS if d in zr)
            lines.append(f"- **{c['id']}** ({c['lang']}): {dims}")
            for d in DIMS:
                if d in zr:
                    lines.append(f"  - {d}: {zr[d]}")
    lines.append("")
    lines.append("## Per-client table")
    lines.append("")
    head = "| id | lang | " + " | ".join(DIMS) + " | total |"
    lines.append(head)
    lines.append("|" + " --- |" * (len(DIMS) + 3))
    for c, t in zip(clients, totals):
        row = [c["id"], c["lang"]] + [str(c["scores"][d]) for d in DIMS] + [str(t)]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    clients = load_clients()
    errors = check(clients)
    if len(clients) != 24:
        errors.append(f"expected 24 clients, got {len(clients)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    write_jsonl(clients, os.path.join(HERE, "rubric.jsonl"))
    write_summary(clients, os.path.join(HERE, "rubric_summary.md"))
    totals = [sum(c["scores"][d] for d in DIMS) for c in clients]
    print(f"ok: {len(clients)} clients, mean total {sum(totals) / len(totals):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
