#!/usr/bin/env python3
"""bench/compare_builds.py - two builds of mr-bench, same machine, same run:
each measurement alternates between them (A B, then B A, ...), so that a
change of machine load falls on both. Prints a Markdown table of medians
with their ranges and the ratio B/A.

  python3 bench/compare_builds.py A/mr-bench B/mr-bench MODEL.gguf [MODEL...] [--threads 1,2] [--rounds 5] [--batch B]

--batch B measures B inputs decoded together (decode_64_batchB) instead of
the batch-1 figures.

For example, the engine before and after a change: build the old commit in
a worktree (git worktree add /tmp/old COMMIT && make -C /tmp/old build/mr-bench)
and compare it with build/mr-bench."""
import argparse
import re
import statistics
import subprocess

ap = argparse.ArgumentParser()
ap.add_argument("a")
ap.add_argument("b")
ap.add_argument("models", nargs="+")
ap.add_argument("--threads", default="1,2")
ap.add_argument("--rounds", type=int, default=5)
ap.add_argument("--batch", type=int, default=0)
args = ap.parse_args()
KEYS = ("decode_64_batch%d" % args.batch,) if args.batch else ("encode_128", "decode_64", "classify_5x64")
EXTRA = ["--batch", str(args.batch), "--skip-single"] if args.batch else ["--batch", "0"]
res = {}
for model in args.models:
    for th in [int(t) for t in args.threads.split(",")]:
        for rnd in range(args.rounds):
            for which in (("A", "B") if rnd % 2 == 0 else ("B", "A")):
                exe = args.a if which == "A" else args.b
                out = subprocess.run([exe, "e2e", model, "--threads", str(th), "--reps", "5", "--no-bandwidth"] + EXTRA, capture_output=True, text=True).stdout
                for key in KEYS:
                    m = re.search(r"^%s\s+([\d.]+)\s+\S+\s+\S+\s+(\S+)" % key, out, re.M)
                    if m:
                        res.setdefault((model.split("/")[-1], th, key + " (" + m.group(2) + ")"), {}).setdefault(
                            which, []).append(float(m.group(1)))
print("| model | threads | metric | A | B | B/A |")
print("|---|---|---|---|---|---|")
for (model, th, key), d in sorted(res.items()):
    a, b = d.get("A"), d.get("B")
    if a and b:
        ma, mb = statistics.median(a), statistics.median(b)
        print("| %s | %d | %s | %.2f (%.2f-%.2f) | %.2f (%.2f-%.2f) | %.3f |" % (
            model, th, key, ma, min(a), max(a), mb, min(b), max(b), mb / ma))
