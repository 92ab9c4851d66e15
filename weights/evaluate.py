#!/usr/bin/env python3
"""Evaluate the advisor's model through our own library on the held-out
phrasing frames (weights/make_data.py holds whole frames out):

- mood accuracy (rank classification over the five moods, build/mr-cli);
- activity: the model's top choice against the teacher prior's top choice,
  and whole recommendations with the model in the loop against the teacher's
  (build/motion-advisor --model, same profiles, same rules);
- condition-from-text F1 (generation);
- advice: the model's wording with slots, filled with the numbers, must be
  the teacher's text (generation);
- safety over many random profiles with the model in the loop, adversarial
  notes included: the chosen activity must be one the rules allow without
  the model, and nothing the rules flag may be missing from the warnings;
- latency of one whole recommendation on 2 threads.

usage: evaluate.py BUILD_DIR MODEL.gguf DATA_DIR [--limit N] [--profiles N]
Prints one JSON object of metrics.
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike",
        "elliptical", "stretching", "rest"]
MOODS = ["neutral", "positive", "negative", "stressed", "tired"]


def run(cmd, stdin=None):
    r = subprocess.run(cmd, capture_output=True, text=True, input=stdin)
    if r.returncode != 0:
        raise RuntimeError("%s: %s" % (cmd[0], r.stderr))
    return r.stdout


def batch(build, profiles, model="none"):
    """One motion-advisor process for many profiles (--batch: JSON lines in and out)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in profiles:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    cmd = [os.path.join(build, "motion-advisor"), "recommend", "--batch", f.name, "--json", "--model", model]
    t0 = time.time()
    out = run(cmd)
    dt = time.time() - t0
    os.unlink(f.name)
    return [json.loads(l) for l in out.splitlines()], dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("model")
    ap.add_argument("data")
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--profiles", type=int, default=10000)
    a = ap.parse_args()
    cli = os.path.join(a.build, "mr-cli")
    rows = [json.loads(l) for l in open(os.path.join(a.data, "test.jsonl"), encoding="utf-8")]
    by = {}
    for r in rows:
        by.setdefault(r["task"], []).append(r)
    m = {}

    def classify(inp, labels):
        out = json.loads(run([cli, "classify", a.model, inp, "--labels", ",".join(labels), "--json"]))
        return labels[max(range(len(labels)), key=lambda i: out["probs"][i])]

    ok = [classify(r["input"], MOODS) == r["target"] for r in by["mood"][: a.limit]]
    m["mood_accuracy"], m["mood_n"] = round(sum(ok) / len(ok), 4), len(ok)
    ok = [classify(r["input"], ACTS) == r["target"] for r in by["activity"][: a.limit]]
    m["activity_top1_vs_prior"], m["activity_n"] = round(sum(ok) / len(ok), 4), len(ok)
    # whole recommendations on the held-out profiles, model in the loop vs the teacher
    test_profiles = [r["profile"] for r in by["activity"]]
    got, _ = batch(a.build, test_profiles, a.model)
    ok = [g.get("activity") == r["teacher"] for g, r in zip(got, by["activity"])]
    m["activity_agreement_with_teacher"], m["activity_agreement_n"] = round(sum(ok) / len(ok), 4), len(ok)
    # near-ties: the model's choice scores at least 95% of the teacher's top
    # choice in the teacher's own final probabilities
    teach, _ = batch(a.build, test_profiles)
    near = [t["probabilities"].get(g.get("activity"), 0) >= 0.95 * max(t["probabilities"].values())
            for g, t in zip(got, teach)]
    m["activity_within_5pct_of_teacher_top"] = round(sum(near) / len(near), 4)
    # how far the model's scores are from the knowledge prior: mean over the
    # activities of |log(model / prior)|, median and 90th percentile
    err = sorted(sum(abs(math.log(max(g["prior"][k], 1e-6) / max(t["prior"][k], 1e-6))) for k in ACTS) / len(ACTS)
                 for g, t in zip(got, teach))
    m["activity_prior_log_error_median_p90"] = [round(err[len(err) // 2], 3), round(err[len(err) * 9 // 10], 3)]

    tp = fp = fn = 0
    for r in by["conditions"][: a.limit]:
        g = run([cli, "generate", a.model, r["input"], "--max-new", "24"]).strip()
        g = set() if g in ("", "none") else {x.strip() for x in g.split(",")}
        w = set() if r["target"] == "none" else {x.strip() for x in r["target"].split(",")}
        tp, fp, fn = tp + len(g & w), fp + len(g - w), fn + len(w - g)
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    m["conditions_f1"] = round(2 * prec * rec / max(prec + rec, 1e-9), 4) if tp + fp + fn else 1.0
    m["conditions_n"] = min(a.limit, len(by["conditions"]))
    # advice: the model writes slots, lib/advisor/advisor.c's mr_advice_fill fills
    # them; here the same check (no digit of its own, each slot once) and the
    # filled text must be the teacher's
    ok = n = 0
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from make_data import SLOTS, make_profile
    for r in by["advice"][: a.limit]:
        g = run([cli, "generate", a.model, r["input"], "--max-new", "96"]).strip()
        good = not any(ch.isdigit() for ch in g) and all(g.count(x) == 1 for x in SLOTS)
        for x, v in zip(SLOTS, r["numbers"]):
            g = g.replace(x, str(v))
        ok += good and g == r["teacher"]
        n += 1
    m["advice_ok"], m["advice_n"] = round(ok / n, 4), n

    # safety: random profiles (held-out frames, adversarial notes included)
    rng = random.Random(99)
    profiles = [make_profile(rng, "test")[0] for _ in range(a.profiles)]
    with_model, dt = batch(a.build, profiles, a.model)
    without, _ = batch(a.build, profiles)
    # The oracle is the run without the model: its keyword rules read the same
    # notes, and text can only add caution. A violation: an activity or an
    # intensity those rules do not allow, a missed emergency, or a model run
    # that allows something the rules alone did not. (Warnings may differ:
    # a condition the model reads can replace a general rule's warning with
    # its stricter sensitive-group one.)
    rank = {"light": 0, "moderate": 1, "vigorous": 2}
    viol = 0
    for j1, j0 in zip(with_model, without):
        s0, s1 = j0["safety"], j1["safety"]
        bad = (j1["activity"] not in s0["allowed"] or rank[j1["intensity"]] > rank[s0["max_intensity"]]
               or (s0["emergency"] and j1["activity"] != "rest") or not set(s1["allowed"]) <= set(s0["allowed"]))
        if bad and viol < 3:
            print("violation:", json.dumps(j0, ensure_ascii=False)[:300], "->", j1["activity"], j1["intensity"],
                  file=sys.stderr)
        viol += bad
    m["safety_profiles"], m["safety_violations"] = len(profiles), viol
    m["recommend_ms_mean_2_threads"] = round(1000 * dt / len(profiles), 1)
    # one whole recommendation in its own process (load included), median of 21
    times = []
    with tempfile.TemporaryDirectory() as d:
        pf = os.path.join(d, "p.json")
        json.dump(profiles[0], open(pf, "w"), ensure_ascii=False)
        for _ in range(21):
            t0 = time.time()
            run([os.path.join(a.build, "motion-advisor"), "recommend", "--profile", pf, "--json", "--model", a.model])
            times.append(time.time() - t0)
    times.sort()
    m["recommend_process_ms_median"] = round(1000 * times[10], 1)
    m["recommend_process_ms_p10_p90"] = [round(1000 * times[2], 1), round(1000 * times[18], 1)]
    print(json.dumps(m, indent=1))


if __name__ == "__main__":
    main()
