#!/usr/bin/env python3
"""A stroke's signs in everyday notes, on the frozen blind set
(tests/data/stroke_eval/): with the knowledge rules alone and with the
shipped model, every note with a sign is answered with rest, and at most 10%
of the notes without one get the stroke's call (tests/stroke_eval.py
computes them)."""
import glob
import os
import subprocess
import sys

B = os.environ.get("MR_BUILD", "build")
here = os.path.dirname(os.path.abspath(__file__))
sets = sorted(glob.glob(os.path.join(here, "data", "stroke_eval", "notes_*.jsonl")))
fail = 0
for model in ["none", "weights/advisor-f16.gguf"]:
    r = subprocess.run([sys.executable, os.path.join(here, "stroke_eval.py"), B] + sets + ["--model", model, "--check", "--show"],
                       capture_output=True, text=True)
    print("stroke signs (model %s): %s" % (model, r.stdout.strip().replace("\n", "\n  ")))
    if r.returncode != 0:
        print(r.stderr[-2000:])
        fail = 1
print("%d passed, %d failed" % (2 - fail, fail))
sys.exit(fail)
