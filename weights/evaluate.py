#!/usr/bin/env python3
"""Evaluate the advisor's model through our own library (build/mr-cli) on the
held-out phrasing templates: activity and mood accuracy against the teacher
(rank classification), condition-from-text F1 and advice carrying the right
numbers (generation), plus the safety check of full recommendations with the
model over random profiles (build/motion-advisor --model).

usage: evaluate.py BUILD_DIR MODEL.gguf DATA_DIR [--limit N] [--profiles N]
Prints one JSON object of metrics.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike",
        "elliptical", "stretching", "rest"]
MOODS = ["neutral", "positive", "negative", "stressed", "tired"]


def cli(build, *args):
    r = subprocess.run([os.path.join(build, "mr-cli")] + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("model")
    ap.add_argument("data")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--profiles", type=int, default=300)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(os.path.join(a.data, "test.jsonl"), encoding="utf-8")]
    by = {}
    for r in rows:
        by.setdefault(r["task"], []).append(r)
    m = {}
    for task, labels in [("activity", ACTS), ("mood", MOODS)]:
        ok = n = 0
        for r in by[task][: a.limit]:
            out = json.loads(cli(a.build, "classify", a.model, r["input"], "--labels", ",".join(labels), "--json"))
            best = labels[max(range(len(labels)), key=lambda i: out["probs"][i])]
            ok += best == r["target"]
            n += 1
        m[task + "_accuracy"] = round(ok / max(n, 1), 4)
        m[task + "_n"] = n
    tp = fp = fn = 0
    for r in by["conditions"][: a.limit]:
        got = cli(a.build, "generate", a.model, r["input"], "--max-new", "24").strip()
        g = set() if got in ("", "none") else {x.strip() for x in got.split(",")}
        w = set() if r["target"] == "none" else {x.strip() for x in r["target"].split(",")}
        tp += len(g & w)
        fp += len(g - w)
        fn += len(w - g)
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    m["conditions_f1"] = round(2 * prec * rec / max(prec + rec, 1e-9), 4) if tp + fp + fn else 1.0
    ok = n = 0
    for r in by["advice"][: a.limit]:
        got = cli(a.build, "generate", a.model, r["input"], "--max-new", "96")
        ok += all(str(x) in got for x in r["numbers"])
        n += 1
    m["advice_numbers_ok"] = round(ok / max(n, 1), 4)
    # full recommendations with the model: no choice the rules forbid, and latency
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from make_data import make_profile
    rng = random.Random(99)
    adv = os.path.join(a.build, "motion-advisor")
    viol = n = 0
    times = []
    with tempfile.TemporaryDirectory() as d:
        for i in range(a.profiles):
            p, _ = make_profile(rng, "test")
            pf = os.path.join(d, "p.json")
            json.dump(p, open(pf, "w"), ensure_ascii=False)
            t0 = time.time()
            r1 = subprocess.run([adv, "recommend", "--profile", pf, "--json", "--model", a.model], capture_output=True, text=True)
            times.append(time.time() - t0)
            r0 = subprocess.run([adv, "recommend", "--profile", pf, "--json"], capture_output=True, text=True)
            if r1.returncode or r0.returncode:
                continue
            j1, j0 = json.loads(r1.stdout), json.loads(r0.stdout)
            allowed = {k for k, v in j0["probabilities"].items() if v > 0}
            viol += j1["activity"] not in allowed
            n += 1
    times.sort()
    m["profiles_checked"] = n
    m["safety_violations"] = viol
    m["recommend_latency_ms_median"] = round(1000 * times[len(times) // 2], 1) if times else None
    print(json.dumps(m, indent=1))


if __name__ == "__main__":
    main()
