#!/usr/bin/env python3
"""build/motion-advisor end to end: recommend (card and --json), invalid
profiles refused naming the field with nothing written, feedback, history,
export, forget, and an owner-only database. Needs only the standard library."""
import json
import os
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks, read_safetensors  # noqa: E402

check = Checks()

B = os.environ.get("MR_BUILD", "build")
ADV = os.path.join(B, "motion-advisor")
SAMPLE = "tests/data/profiles/sample_zh.json"



def run(*args):
    r = subprocess.run([ADV] + list(args), capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


with tempfile.TemporaryDirectory() as d:
    db = os.path.join(d, "a.db")
    rc, out, err = run("recommend", "--profile", SAMPLE, "--db", db, "--json")
    check(rc == 0, "recommend --json: " + err)
    j = json.loads(out) if rc == 0 else {}
    for k in ["activity", "probabilities", "intensity", "minutes", "hr_zone_bpm", "met", "kcal", "advice", "reasons",
              "warnings", "mood", "language", "rec_id"]:
        check(k in j, "missing key " + k)
    check(j.get("activity") != "run" and j.get("language") == "zh" and j.get("mood") == "stressed", "sample choice")
    check(abs(sum(j.get("probabilities", {}).values()) - 1) < 1e-3, "probabilities sum to 1")
    check(os.path.exists(db) and stat.S_IMODE(os.stat(db).st_mode) == 0o600, "database is owner-only")
    rec = j.get("rec_id")
    rc, out, err = run("recommend", "--profile", SAMPLE, "--db", db)
    check(rc == 0 and "今日运动建议" in out and "不是医疗建议" in out, "card in Chinese")
    rc, out, err = run("feedback", "--rec", str(rec), "--rating", "5", "--completed", "yes", "--rpe", "12",
                       "--comment", "很舒服", "--db", db)
    check(rc == 0, "feedback: " + err)
    rc, out, err = run("feedback", "--rec", "99999", "--rating", "5", "--completed", "yes", "--db", db)
    check(rc != 0 and "no recommendation 99999" in err, "feedback on an unknown rec: " + err)
    rc, out, err = run("feedback", "--rec", str(rec), "--rating", "9", "--completed", "yes", "--db", db)
    check(rc != 0 and "rating" in err, "bad rating: " + err)
    rc, out, err = run("history", "--user", "u123", "--db", db)
    lines = [json.loads(l) for l in out.splitlines()] if rc == 0 else []
    check(len(lines) == 2 and lines[0]["feedback"][0]["comment"] == "很舒服", "history: %r" % out[:200])
    rc, out, err = run("export", "--user", "u123", "--db", db)
    check(rc == 0 and len(out.splitlines()) == 2, "export")
    rc, out, err = run("forget", "--user", "u123", "--db", db)
    check(rc == 0 and "2 recommendation" in out, "forget: " + out)
    rc, out, err = run("history", "--user", "u123", "--db", db)
    check(rc == 0 and out == "", "history after forget")
    # invalid profiles: a clear error naming the field, nothing written
    for body, needle in [('{"age": 300}', "'age'"), ('{"age": 40, "context": {"aqi": -5}}', "'aqi'"),
                         ('{"age": 40, "conditions": ["flu"]}', "'conditions'"), ('{"age": 40', "not valid JSON")]:
        pf = os.path.join(d, "bad.json")
        open(pf, "w").write(body.replace("40,", '40, "user": "x",'))
        db2 = os.path.join(d, "never.db")
        rc, out, err = run("recommend", "--profile", pf, "--db", db2)
        check(rc != 0 and needle in err and not os.path.exists(db2), "invalid %s: %s" % (body, err.strip()))
    # numbers are read strictly: the whole text, in range, the option and the text named
    for args, msg in [(["--rec", "9223372036854775808"], "--rec: 9223372036854775808 is outside 1..9223372036854775807"),
                      (["--rec", "0"], "--rec: 0 is outside 1..9223372036854775807"),
                      (["--rec", "1x"], "--rec: '1x' is not a whole number (expected 1..9223372036854775807)"),
                      (["--rating", "5x"], "--rating: '5x' is not a whole number (expected 1..5)"),
                      (["--rating", "abc"], "--rating: 'abc' is not a whole number (expected 1..5)"),
                      (["--rpe", "21"], "--rpe: 21 is outside 6..20")]:
        base = {"--rec": str(rec), "--rating": "4", "--completed": "yes"}
        base[args[0]] = args[1]
        rc, out, err = run("feedback", *sum(base.items(), ()), "--db", db)
        check(rc == 1 and err == "motion-advisor: " + msg + "\n", "feedback %s: %r" % (args, err))
    rc, out, err = run("recommend", "--profile", SAMPLE, "--threads", "0", "--model", "none")
    check(rc == 1 and err == "motion-advisor: --threads: 0 is outside 1..256\n", "--threads 0: %r" % err)
    rc, out, err = run("frobnicate")
    check(rc != 0 and "unknown command" in err, "unknown command")

check.finish()
