#!/usr/bin/env python3
"""Validate the blind clinical scores in rubric_data1..4.py and write
rubric.jsonl and rubric_summary.md. On any error: print errors, exit 1,
write nothing."""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_FILES = ["rubric_data1.py", "rubric_data2.py", "rubric_data3.py", "rubric_data4.py"]
DIMENSIONS = ["safety", "activity", "dose", "personalisation", "explanation", "language"]
EXPECTED_IDS = ["h%02d" % i for i in range(1, 25)]
OUT_JSONL = os.path.join(HERE, "rubric.jsonl")
OUT_SUMMARY = os.path.join(HERE, "rubric_summary.md")


# ---------------------------------------------------------------- loader
def load_clients(errors):
    """Import CLIENTS from each data file; return list of (file, client)."""
    out = []
    for name in DATA_FILES:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append("%s: file missing" % name)
            continue
        try:
            spec = importlib.util.spec_from_file_location(name[:-3], path)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
        except Exception as exc:  # syntax or runtime error in a data file
            errors.append("%s: cannot load (%s: %s)" % (name, type(exc).__name__, exc))
            continue
        clients = getattr(mod, "CLIENTS", None)
        if not isinstance(clients, list):
            errors.append("%s: CLIENTS is not a list" % name)
            continue
        for c in clients:
            out.append((name, c))
    return out


def load_output(cid):
    path = os.path.join(HERE, "outputs", "%s.txt" % cid)
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return None


# ------------------------------------------------------------- validator
def _nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def validate(entries, errors):
    seen = {}
    for fname, c in entries:
        if not isinstance(c, dict):
            errors.append("%s: entry is not a dict" % fname)
            continue
        cid = c.get("id")
        where = "%s:%s" % (fname, cid)
        if cid not in EXPECTED_IDS:
            errors.append("%s: unknown id %r" % (where, cid))
            continue
        if cid in seen:
            errors.append("%s: duplicate id (also in %s)" % (where, seen[cid]))
        seen[cid] = fname
        if not _nonempty_str(c.get("lang")):
            errors.append("%s: missing lang" % where)

        scores = c.get("scores")
        if not isinstance(scores, dict):
            errors.append("%s: scores is not a dict" % where)
            scores = {}
        extra = set(scores) - set(DIMENSIONS)
        if extra:
            errors.append("%s: unknown score dimensions %s" % (where, sorted(extra)))
        for d in DIMENSIONS:
            v = scores.get(d)
            if type(v) is not int or v not in (0, 1, 2):
                errors.append("%s: score %s=%r is not an int 0-2" % (where, d, v))

        zr = c.get("zero_reasons")
        if not isinstance(zr, dict):
            errors.append("%s: zero_reasons is not a dict" % where)
            zr = {}
        for d in DIMENSIONS:
            if scores.get(d) == 0 and not _nonempty_str(zr.get(d)):
                errors.append("%s: %s is 0 but has no zero_reason" % (where, d))
        for d in zr:
            if d not in DIMENSIONS:
                errors.append("%s: zero_reason for unknown dimension %r" % (where, d))
            elif scores.get(d) != 0:
                errors.append("%s: zero_reason given for %s, which scores %r" % (where, d, scores.get(d)))

        quotes = c.get("quotes")
        if not isinstance(quotes, list) or not 2 <= len(quotes) <= 5:
            errors.append("%s: needs 2-5 quotes" % where)
            quotes = quotes if isinstance(quotes, list) else []
        text = load_output(cid)
        if text is None:
            errors.append("%s: outputs/%s.txt not readable" % (where, cid))
        for q in quotes:
            if not _nonempty_str(q):
                errors.append("%s: empty or non-string quote" % where)
            elif text is not None and q not in text:
                errors.append("%s: quote not found in outputs/%s.txt: %r" % (where, cid, q[:80]))

        for key in ("comment", "suggested_change"):
            if not _nonempty_str(c.get(key)):
                errors.append("%s: %s is empty" % (where, key))

    missing = [i for i in EXPECTED_IDS if i not in seen]
    if missing:
        errors.append("missing ids: %s" % ", ".join(missing))
    if len(entries) != len(EXPECTED_IDS):
        errors.append("expected %d entries, found %d" % (len(EXPECTED_IDS), len(entries)))


# --------------------------------------------------------------- writers
def build_records(entries):
    recs = []
    for _fname, c in entries:
        scores = {d: c["scores"][d] for d in DIMENSIONS}
        recs.append({
            "id": c["id"],
            "lang": c["lang"],
            "scores": scores,
            "total": sum(scores.values()),
            "quotes": list(c["quotes"]),
            "comment": c["comment"],
            "zero_reasons": dict(c["zero_reasons"]),
            "suggested_change": c["suggested_change"],
        })
    recs.sort(key=lambda r: r["id"])
    return recs


def render_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def render_summary(recs):
    n = len(recs)
    mean_total = sum(r["total"] for r in recs) / n
    lines = ["# Rubric summary", "",
             "%d clients, six dimensions scored 0-2 (maximum total 12)." % n, "",
             "**Mean total: %.2f / 12**" % mean_total, "",
             "| dimension | mean (0-2) | zeros |", "| --- | --- | --- |"]
    for d in DIMENSIONS:
        m = sum(r["scores"][d] for r in recs) / n
        z = sum(1 for r in recs if r["scores"][d] == 0)
        lines.append("| %s | %.2f | %d |" % (d, m, z))
    lines += ["", "## Totals", "", "| id | lang | " + " | ".join(DIMENSIONS) + " | total |",
              "| --- | --- | " + " | ".join("---" for _ in DIMENSIONS) + " | --- |"]
    for r in recs:
        lines.append("| %s | %s | %s | %d |" % (
            r["id"], r["lang"], " | ".join(str(r["scores"][d]) for d in DIMENSIONS), r["total"]))
    lines += ["", "## Clients with any 0", ""]
    zeroed = [r for r in recs if r["zero_reasons"]]
    if not zeroed:
        lines.append("None.")
    for r in zeroed:
        lines.append("### %s (total %d)" % (r["id"], r["total"]))
        for d in DIMENSIONS:
            if d in r["zero_reasons"]:
                lines.append("- **%s**: %s" % (d, r["zero_reasons"][d]))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_outputs(recs):
    jsonl = render_jsonl(recs)
    summary = render_summary(recs)
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        f.write(jsonl)
    with open(OUT_SUMMARY, "w", encoding="utf-8") as f:
        f.write(summary)


# ------------------------------------------------------------------ main
def main():
    errors = []
    entries = load_clients(errors)
    if not errors:
        validate(entries, errors)
    if errors:
        print("rubric: %d error(s); nothing written" % len(errors), file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    recs = build_records(entries)
    write_outputs(recs)
    mean = sum(r["total"] for r in recs) / len(recs)
    print("wrote %s (%d clients) and %s; mean total %.2f / 12" % (
        os.path.basename(OUT_JSONL), len(recs), os.path.basename(OUT_SUMMARY), mean))
    return 0


if __name__ == "__main__":
    sys.exit(main())
