#!/usr/bin/env python3
"""Smoke runs of the benchmark commands the README gives, on the tiny test
checkpoints with one repetition: `mr-bench e2e` with its default batch (32
inputs of 32 tokens: more rows in all than n_ctx 512), `mr-bench bandwidth`,
and `bench/peers --ours-only` (libmotionrec's rows of every table). Timings
are not judged, only that every row is there and positive."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402

check = Checks()
B = os.environ.get("MR_BUILD", "build")
D = os.path.join(B, "testdata")


def run(cmd, env=None):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return r.returncode, r.stdout, r.stderr


rc, out, err = run([os.path.join(B, "mr-bench"), "e2e", os.path.join(D, "flan-v1_1-tiny-copy-q8_0.gguf"), "--reps", "1",
                    "--csv"])
check(rc == 0, "mr-bench e2e: %s" % err.strip())
rows = {l.split(",")[0]: l.split(",") for l in out.splitlines()[1:]}
for k in ["load", "peak_rss", "encode_128", "decode_64", "classify_5x64", "decode_64_batch32", "mem_bandwidth",
          "decode_step_bytes", "decode_bw_share"]:
    check(k in rows and float(rows[k][1]) > 0, "mr-bench e2e row %s" % k)
rc, out, err = run([os.path.join(B, "mr-bench"), "e2e", os.path.join(D, "t5-v1_0-tiny-bf16.gguf"), "--reps", "1", "--csv",
                    "--batch", "8", "--skip-single", "--no-bandwidth", "--reduced-precision"])
check(rc == 0 and "decode_64_batch8" in out and "encode_128" not in out and "mem_bandwidth" not in out,
      "mr-bench e2e --batch 8 --skip-single --no-bandwidth: %s" % err.strip())

env = dict(os.environ, BUILD=B, PEERS_WORK=os.path.join(B, "peers-smoke"))
rc, out, err = run(["sh", "bench/peers", "--ours-only", "--no-build", "--reps", "1", "--models",
                    "tests/data/goldens/flan-v1_1-tiny-copy", "1"], env=env)
check(rc == 0, "bench/peers --ours-only: %s" % err.strip()[-500:])
lines = [l for l in out.splitlines() if l.startswith("| flan-v1_1-tiny-copy |")]
check(len(lines) == 2 + 4 + 3 + 5 + 1, "bench/peers --ours-only: %d table rows" % len(lines))
check(not any("error" in l for l in lines), "bench/peers --ours-only: no errors")
check(out.startswith("# bench/peers --ours-only"), "bench/peers prints its command")
check.finish()
