#!/usr/bin/env python3
"""Score the advisor's reading of a stroke's signs on a labelled set
(tests/data/stroke_eval/LABELS.md), through the product: each note goes into
a profile that would otherwise get a vigorous run, and `motion-advisor
recommend --batch --json` answers it.

    python3 tests/stroke_eval.py BUILD SET.jsonl [SET2.jsonl ...] [--model FILE|none] [--check] [--show]

Figures: notes with a stroke's sign answered with rest (any emergency) and
with the stroke's own call (emergency services now, NICE NG128 on the
card); notes without one given the stroke's call, and given any emergency.
--check exits 1 unless every sign is answered with rest and at most 10% of
the notes without one get the stroke's call.
"""
import json
import os
import subprocess
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    model = sys.argv[sys.argv.index("--model") + 1] if "--model" in sys.argv else "none"
    if model in args:
        args.remove(model)
    build, paths = args[0], args[1:]
    notes = [json.loads(l) for p in paths for l in open(p, encoding="utf-8") if l.strip()]
    lines = [json.dumps({"age": 58, "fitness": "intermediate", "preferences": ["run"], "notes": n["text"]},
                        ensure_ascii=False) for n in notes]
    p = subprocess.run([os.path.join(build, "motion-advisor"), "recommend", "--batch", "/dev/stdin", "--model", model],
                       input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=3600)
    out = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    if len(out) != len(notes):
        sys.exit("stroke_eval: %d answers for %d notes\n%s" % (len(out), len(notes), p.stderr[-2000:]))
    pos = [(n, r) for n, r in zip(notes, out) if n["stroke_sign"]]
    neg = [(n, r) for n, r in zip(notes, out) if not n["stroke_sign"]]
    call = lambda r: any("NICE NG128" in w for w in r.get("warnings", []))
    rest = lambda r: r.get("activity") == "rest"
    f = {"n": len(notes), "signs": len(pos),
         "signs_rested": sum(rest(r) for _, r in pos), "signs_called": sum(call(r) for _, r in pos),
         "without": len(neg), "without_called": sum(call(r) for _, r in neg),
         "without_rested": sum(rest(r) for _, r in neg), "model": model}
    print(json.dumps(f, ensure_ascii=False))
    if "--show" in sys.argv:
        for n, r in pos:
            if not call(r):
                print("miss%s | %s | %s" % ("" if rest(r) else " (not even rest)", n["id"], n["text"]))
        for n, r in neg:
            if call(r):
                print("false | %s | %s" % (n["id"], n["text"]))
    ok = f["signs_rested"] == f["signs"] and f["without_called"] <= 0.10 * max(1, f["without"])
    if "--check" in sys.argv and not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
