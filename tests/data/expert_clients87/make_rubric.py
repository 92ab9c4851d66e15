#!/usr/bin/env python3
"""Build rubric.jsonl and rubric_summary.md from rubric_data1.py .. rubric_data4.py.

Validates every entry first (quotes are exact substrings of outputs/<id>.txt,
scores are ints 0-2 on all six dimensions, a reason for every 0 and only for 0s,
2-5 quotes, non-empty comment and suggested_change, 24 unique ids). On any error
it prints the errors, exits 1 and writes nothing.
"""
import importlib.util
import json
import os
import sys

sys.dont_write_bytecode = True  # importing the data files must not leave files behind

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_FILES = ["rubric_data1.py", "rubric_data2.py", "rubric_data3.py", "rubric_data4.py"]
OUTPUT_DIR = os.path.join(HERE, "outputs")
DIMENSIONS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
EXPECTED_COUNT = 24
MAX_TOTAL = 2 * len(DIMENSIONS)
OUT_JSONL = os.path.join(HERE, "rubric.jsonl")
OUT_SUMMARY = os.path.join(HERE, "rubric_summary.md")


# ---------------------------------------------------------------- loader
def load_clients(errors):
    """Import CLIENTS from each data file; return (clients, source_of_each)."""
    clients = []
    for name in DATA_FILES:
        path = os.path.join(HERE, name)
        if not os.path.isfile(path):
            errors.append(f"{name}: file missing")
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # report, do not crash
            errors.append(f"{name}: cannot import ({exc!r})")
            continue
        data = getattr(module, "CLIENTS", None)
        if not isinstance(data, list):
            errors.append(f"{name}: CLIENTS missing or not a list")
            continue
        for i, entry in enumerate(data):
            clients.append((f"{name}[{i}]", entry))
    return clients


def read_output(client_id, cache):
    if client_id not in cache:
        path = os.path.join(OUTPUT_DIR, f"{client_id}.txt")
        try:
            with open(path, encoding="utf-8") as fh:
                cache[client_id] = fh.read()
        except OSError:
            cache[client_id] = None
    return cache[client_id]


# ---------------------------------------------------------------- validator
REQUIRED_KEYS = ["id", "lang", "scores", "quotes", "comment", "zero_reasons", "suggested_change"]


def nonempty_str(value):
    return isinstance(value, str) and value.strip() != ""


def validate(clients):
    errors = []
    cache = {}
    seen = {}
    for where, c in clients:
        if not isinstance(c, dict):
            errors.append(f"{where}: entry is not a dict")
            continue
        cid = c.get("id")
        label = f"{where} ({cid})"
        for key in REQUIRED_KEYS:
            if key not in c:
                errors.append(f"{label}: missing key '{key}'")
        extra = sorted(set(c) - set(REQUIRED_KEYS))
        if extra:
            errors.append(f"{label}: unknown keys {extra}")
        if not nonempty_str(cid):
            errors.append(f"{label}: id must be a non-empty string")
            continue
        if cid in seen:
            errors.append(f"{label}: duplicate id (also {seen[cid]})")
        else:
            seen[cid] = where
        if not nonempty_str(c.get("lang")):
            errors.append(f"{label}: lang must be a non-empty string")

        # scores: int 0-2 on exactly the six dimensions (bool is not an int here)
        scores = c.get("scores")
        if not isinstance(scores, dict):
            errors.append(f"{label}: scores must be a dict")
            scores = {}
        else:
            missing = [d for d in DIMENSIONS if d not in scores]
            unknown = sorted(set(scores) - set(DIMENSIONS))
            if missing:
                errors.append(f"{label}: scores missing {missing}")
            if unknown:
                errors.append(f"{label}: unknown score dimensions {unknown}")
            for d in DIMENSIONS:
                if d in scores:
                    v = scores[d]
                    if type(v) is not int or v not in (0, 1, 2):
                        errors.append(f"{label}: score '{d}' must be an int 0-2, got {v!r}")

        # zero_reasons: one non-empty reason for every 0 and none for anything else
        zr = c.get("zero_reasons")
        if not isinstance(zr, dict):
            errors.append(f"{label}: zero_reasons must be a dict")
        else:
            for d in DIMENSIONS:
                if scores.get(d) == 0 and type(scores.get(d)) is int:
                    if not nonempty_str(zr.get(d)):
                        errors.append(f"{label}: '{d}' is 0 but has no reason in zero_reasons")
            for d, reason in zr.items():
                if d not in DIMENSIONS:
                    errors.append(f"{label}: zero_reasons has unknown dimension '{d}'")
                elif not (type(scores.get(d)) is int and scores.get(d) == 0):
                    errors.append(f"{label}: zero_reasons gives a reason for '{d}', which is {scores.get(d)!r}, not 0")
                elif not nonempty_str(reason):
                    errors.append(f"{label}: zero_reasons['{d}'] is empty")

        # quotes: 2-5 exact substrings of outputs/<id>.txt
        quotes = c.get("quotes")
        if not isinstance(quotes, list) or not (2 <= len(quotes) <= 5):
            n = len(quotes) if isinstance(quotes, list) else type(quotes).__name__
            errors.append(f"{label}: quotes must be a list of 2-5 strings, got {n}")
            quotes = quotes if isinstance(quotes, list) else []
        text = read_output(cid, cache)
        if text is None:
            errors.append(f"{label}: outputs/{cid}.txt not found")
        for q in quotes:
            if not nonempty_str(q):
                errors.append(f"{label}: empty or non-string quote {q!r}")
            elif text is not None and q not in text:
                errors.append(f"{label}: quote not found in outputs/{cid}.txt: {q!r}")

        for key in ("comment", "suggested_change"):
            if not nonempty_str(c.get(key)):
                errors.append(f"{label}: '{key}' must be a non-empty string")

    if len(seen) != EXPECTED_COUNT:
        errors.append(f"expected {EXPECTED_COUNT} unique ids, found {len(seen)}")
    return errors


# ---------------------------------------------------------------- writers
def build_records(clients):
    records = []
    for _, c in sorted(clients, key=lambda wc: wc[1]["id"]):
        rec = {
            "id": c["id"],
            "lang": c["lang"],
            "scores": {d: c["scores"][d] for d in DIMENSIONS},
            "total": sum(c["scores"][d] for d in DIMENSIONS),
            "quotes": list(c["quotes"]),
            "comment": c["comment"],
            "zero_reasons": {d: c["zero_reasons"][d] for d in DIMENSIONS if d in c["zero_reasons"]},
            "suggested_change": c["suggested_change"],
        }
        records.append(rec)
    return records


def render_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def render_summary(records):
    n = len(records)
    mean_total = sum(r["total"] for r in records) / n
    lines = ["# Rubric summary", ""]
    lines.append(f"Clients scored: {n}. Six dimensions, 0-2 each (0 = wrong or harmful, 1 = acceptable with a real flaw, 2 = would sign).")
    lines.append("")
    lines.append(f"**Mean total: {mean_total:.2f} / {MAX_TOTAL}**")
    lines.append("")
    lines.append("| dimension | mean (0-2) | 0s | 1s | 2s |")
    lines.append("| --- | --- | --- | --- | --- |")
    for d in DIMENSIONS:
        vals = [r["scores"][d] for r in records]
        lines.append(f"| {d} | {sum(vals) / n:.2f} | {vals.count(0)} | {vals.count(1)} | {vals.count(2)} |")
    lines.append("")
    lines.append("## Per client")
    lines.append("")
    lines.append("| id | lang | " + " | ".join(DIMENSIONS) + " | total |")
    lines.append("| --- | --- | " + " | ".join("---" for _ in DIMENSIONS) + " | --- |")
    for r in records:
        lines.append(f"| {r['id']} | {r['lang']} | " + " | ".join(str(r["scores"][d]) for d in DIMENSIONS) + f" | {r['total']} |")
    lines.append("")
    zeros = [r for r in records if any(r["scores"][d] == 0 for d in DIMENSIONS)]
    lines.append(f"## Clients with any 0 ({len(zeros)})")
    lines.append("")
    if not zeros:
        lines.append("None.")
    for r in zeros:
        lines.append(f"### {r['id']} ({r['lang']}), total {r['total']}/{MAX_TOTAL}")
        for d in DIMENSIONS:
            if r["scores"][d] == 0:
                lines.append(f"- **{d}**: {r['zero_reasons'][d]}")
        lines.append("")
    safety0 = [r["id"] for r in records if r["scores"]["safety"] == 0]
    lines.append("## Safety 0")
    lines.append("")
    lines.append(", ".join(safety0) if safety0 else "None.")
    lines.append("")
    return "\n".join(lines)


def write_atomic(path, content):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(content)
    os.replace(tmp, path)


# ---------------------------------------------------------------- main
def main():
    errors = []
    clients = load_clients(errors)
    errors.extend(validate(clients))
    if errors:
        print(f"make_rubric: {len(errors)} error(s); nothing written", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        return 1
    records = build_records(clients)
    jsonl = render_jsonl(records)      # render both before writing either
    summary = render_summary(records)
    write_atomic(OUT_JSONL, jsonl)
    write_atomic(OUT_SUMMARY, summary)
    mean_total = sum(r["total"] for r in records) / len(records)
    print(f"make_rubric: {len(records)} clients OK; mean total {mean_total:.2f}/{MAX_TOTAL}; wrote rubric.jsonl and rubric_summary.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
