#!/usr/bin/env python3
"""The coach's memory through build/motion-advisor: a saved profile that the
command line overrides field by field, a workout log that moves the dose,
the week's plan, a readable history in the user's language, and a store
that never refuses under contention:

  - 8 processes creating the same new database at once, 50 times over;
  - writers (recommend, log) alongside forget;
  - kill -9 in the middle of writes: every write that reported success is
    still there afterwards, and the file is intact;
  - a database of an older schema is migrated; one of a newer schema is
    refused with a message, not used;
  - feedback comments must be UTF-8 and at most 1000 bytes.
Needs only the standard library (sqlite3 from it to build old and new files)."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402

check = Checks()
B = os.environ.get("MR_BUILD", "build")
ADV = os.path.join(B, "motion-advisor")


def run(*args, stdin=None):
    r = subprocess.run([ADV] + list(args), capture_output=True, text=True, input=stdin)
    return r.returncode, r.stdout, r.stderr


PROFILE = {"age": 34, "sex": "male", "weight_kg": 82, "height_cm": 180, "resting_hr": 62, "fitness": "intermediate",
           "goal": "run a 10k", "preferences": ["run", "cycle"],
           "context": {"time": "2026-11-30T18:30", "temperature_c": 12, "aqi": 40}, "language": "en"}

with tempfile.TemporaryDirectory() as d:
    db = os.path.join(d, "a.db")
    pf = os.path.join(d, "p.json")
    json.dump(PROFILE, open(pf, "w"))

    # --- a saved profile, overridden field by field ---
    rc, out, err = run("recommend", "--user", "u1", "--db", db, "--model", "none")
    check(rc == 1 and "'age' is required (no saved profile for u1: save one with profile set)" in err,
          "recommend --user before profile set: %r" % err)
    rc, out, err = run("profile", "set", "--user", "u1", "--profile", pf, "--db", db)
    check(rc == 0 and out == "profile saved for u1\n", "profile set: %r %r" % (out, err))
    bad = os.path.join(d, "bad.json")
    open(bad, "w").write('{"age": 34, "preferences": ["skydive"]}')
    rc, out, err = run("profile", "set", "--user", "u1", "--profile", bad, "--db", db)
    check(rc == 1 and "'preferences[0]': unknown activity 'skydive'" in err, "an invalid profile is not saved: %r" % err)
    rc, out, err = run("recommend", "--user", "u1", "--db", db, "--model", "none", "--json")
    j = json.loads(out) if rc == 0 else {}
    check(rc == 0 and j.get("activity") == "run" and j.get("language") == "en" and j.get("rec_id"),
          "recommend --user uses the saved profile: %r" % (out[:200] or err))
    notes = os.path.join(d, "n.json")
    open(notes, "w").write('{"notes": "sprained my ankle yesterday, it is swollen", "language": "zh"}')
    rc, out, err = run("recommend", "--user", "u1", "--profile", notes, "--db", db, "--model", "none", "--json")
    j = json.loads(out) if rc == 0 else {}
    check(rc == 0 and j.get("language") == "zh" and "ankle_injury" in j.get("notes_conditions", [])
          and j.get("activity") in ("swim", "stationary_bike", "strength", "stretching", "rest"),
          "the file's fields win over the saved ones: %r" % (out[:300] or err))
    ctx = os.path.join(d, "c.json")
    open(ctx, "w").write('{"context": {"aqi": 260}}')
    rc, out, err = run("recommend", "--user", "u1", "--profile", ctx, "--db", db, "--model", "none", "--json")
    j = json.loads(out) if rc == 0 else {}
    check(rc == 0 and j["safety"]["max_intensity"] == "moderate" and "run" not in j["safety"]["allowed"]
          and j["hr_zone_bpm"] is not None, "context is merged key by key (AQI on top, resting HR kept): %r" % (out[:300] or err))
    open(bad, "w").write('{"agee": 30}')
    rc, out, err = run("recommend", "--user", "u1", "--profile", bad, "--db", db, "--model", "none")
    check(rc == 1 and "unknown field 'agee' (did you mean 'age'?)" in err, "a misspelled key is not hidden by the saved profile: %r" % err)
    open(bad, "w").write('{"user": "u2", "age": 30}')
    rc, out, err = run("recommend", "--user", "u1", "--profile", bad, "--db", db, "--model", "none")
    check(rc == 1 and err == 'motion-advisor: the profile is for user "u2", not "u1"\n', "two users: %r" % err)
    open(bad, "w").write('{"user": "u1", "notes": "fine"}')
    rc, out, err = run("recommend", "--user", "u1", "--profile", bad, "--db", db, "--model", "none")
    check(rc == 0, "the same user in the file and on the command line: %r" % err)

    # --- the workout log moves the dose ---
    rc, out, err = run("plan", "--user", "u1", "--db", db, "--model", "none", "--json")
    p0 = json.loads(out) if rc == 0 else {}
    check(rc == 0 and len(p0.get("days", [])) == 7, "plan --user --json: %r" % (out[:200] or err))
    for day in range(1, 8):
        rc, out, err = run("log", "--user", "u1", "--activity", "run", "--minutes", "60", "--rpe", "13",
                           "--date", time.strftime("%Y-%m-%d", time.gmtime(time.time() - day * 86400 * 3)), "--db", db)
        check(rc == 0 and out.startswith("logged for u1: run, 60 min"), "log: %r %r" % (out, err))
    rc, out, err = run("recommend", "--user", "u1", "--db", db, "--model", "none", "--json")
    j = json.loads(out) if rc == 0 else {}
    check(rc == 0 and j.get("minutes", 0) >= 55 and any("60 minutes on average" in x for x in j.get("reasons", [])),
          "a logged habit of 60 minutes makes a longer session: %r" % ((j.get("minutes"), j.get("reasons")),))
    rc, out, err = run("log", "--user", "u1", "--activity", "skydiving", "--minutes", "30", "--db", db)
    check(rc == 1 and "unknown activity 'skydiving'" in err, "log refuses an unknown activity: %r" % err)
    rc, out, err = run("log", "--user", "u1", "--activity", "run", "--minutes", "30", "--date", "1999-01-01", "--db", db)
    check(rc == 1 and "within the last year" in err, "log refuses an old date: %r" % err)
    rc, out, err = run("log", "--user", "u1", "--activity", "瑜伽", "--minutes", "30", "--db", db)
    check(rc == 0, "log takes the Chinese name: %r" % err)

    # --- the week's plan ---
    rc, out, err = run("plan", "--profile", pf, "--model", "none", "--json", "--db", os.path.join(d, "none.db"))
    pl = json.loads(out) if rc == 0 else {}
    check(rc == 0 and not os.path.exists(os.path.join(d, "none.db")), "plan stores nothing: %r" % err)
    days = pl.get("days", [])
    check(len(days) == 7 and all(k in days[0] for k in ("activity", "intensity", "minutes", "reason")),
          "plan has seven days with FITT and a reason: %r" % out[:300])
    check(pl.get("week", {}).get("aerobic_minutes", 0) >= 150 and pl["week"].get("strength_days", 0) >= 2,
          "plan meets WHO for an adult: %r" % pl.get("week"))
    rc, out, err = run("plan", "--profile", pf, "--model", "none")
    check(rc == 0 and "plan" in out.lower() and out.count("\n") >= 8, "plan card: %r" % out[:300])

    # --- history: a table in the user's language ---
    rc, out, err = run("history", "--user", "u1", "--db", db)
    rows = out.splitlines()
    check(rc == 0 and rows[0].startswith("date") and sum("logged" in r for r in rows) == 8 and
          sum("advice" in r for r in rows) == 5, "history table: %r" % out[:500])
    zh = dict(PROFILE, language="zh")
    json.dump(zh, open(pf, "w"), ensure_ascii=False)
    run("profile", "set", "--user", "u1", "--profile", pf, "--db", db)
    rc, out, err = run("history", "--user", "u1", "--db", db)
    check(rc == 0 and out.startswith("日期") and "瑜伽" in out and "记录" in out, "history in Chinese: %r" % out[:300])

    # --- feedback comments: UTF-8 and at most 1000 bytes ---
    rec = str(j.get("rec_id"))
    r = subprocess.run([ADV, "feedback", "--rec", rec, "--rating", "4", "--completed", "yes", "--comment", "x" * 1001,
                        "--db", db], capture_output=True, text=True)
    check(r.returncode == 1 and "the comment is 1001 bytes; at most 1000" in r.stderr, "long comment: %r" % r.stderr)
    r = subprocess.run([ADV.encode(), b"feedback", b"--rec", rec.encode(), b"--rating", b"4", b"--completed", b"yes",
                        b"--comment", b"ok \xff", b"--db", db.encode()], capture_output=True)
    check(r.returncode == 1 and b"not valid UTF-8 (at byte 3)" in r.stderr, "invalid UTF-8 comment: %r" % r.stderr)
    rc, out, err = run("feedback", "--rec", rec, "--rating", "4", "--completed", "yes", "--comment", "很好" * 100, "--db", db)
    check(rc == 0, "a 600-byte Chinese comment is fine: %r" % err)

    # --- forget takes everything, the saved profile included ---
    rc, out, err = run("forget", "--user", "u1", "--db", db)
    check(rc == 0 and "the saved profile" in out, "forget: %r" % out)
    rc, out, err = run("recommend", "--user", "u1", "--db", db, "--model", "none")
    check(rc == 1 and "no saved profile for u1" in err, "forget removed the saved profile: %r" % err)

    # --- schema versions: an old file is migrated, a newer one refused ---
    old = os.path.join(d, "old.db")
    c = sqlite3.connect(old)
    c.executescript("CREATE TABLE recs (id INTEGER PRIMARY KEY, user TEXT NOT NULL, created INTEGER NOT NULL, "
                    "activity TEXT NOT NULL, intensity TEXT NOT NULL, minutes INTEGER NOT NULL, payload TEXT NOT NULL);"
                    "CREATE TABLE feedback (rec_id INTEGER NOT NULL REFERENCES recs(id) ON DELETE CASCADE, "
                    "created INTEGER NOT NULL, rating INTEGER NOT NULL, completed INTEGER NOT NULL, rpe INTEGER, comment TEXT);"
                    "INSERT INTO recs VALUES (1, 'old', 1700000000, 'walk', 'light', 20, '{\"language\":\"en\"}');")
    c.commit()
    c.close()
    rc, out, err = run("history", "--user", "old", "--db", old)
    check(rc == 0 and "walk" in out, "an old file reads before migration: %r" % err)
    rc, out, err = run("log", "--user", "old", "--activity", "walk", "--minutes", "20", "--db", old)
    check(rc == 0, "an old file is migrated on the first write: %r" % err)
    c = sqlite3.connect(old)
    v = c.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    c.close()
    check(v == 3 and {"workouts", "profiles", "tokens"} <= tables, "migrated to schema 3: %r %r" % (v, tables))
    newer = os.path.join(d, "newer.db")
    c = sqlite3.connect(newer)
    c.executescript("CREATE TABLE recs (id INTEGER PRIMARY KEY); CREATE TABLE feedback (rec_id INTEGER); PRAGMA user_version = 7;")
    c.commit()
    c.close()
    for args in (["recommend", "--profile", os.path.join(d, "n.json"), "--user", "x", "--model", "none"],
                 ["history", "--user", "x"], ["log", "--user", "x", "--activity", "run", "--minutes", "5"]):
        rc, out, err = run(*(args + ["--db", newer]))
        check(rc == 1 and "was written by a newer libmotionrec (schema 7; this one reads up to 3)" in err,
              "%s refuses a newer schema: %r" % (args[0], err))

    # --- contention: 8 processes create the same new database, 50 times ---
    json.dump(PROFILE, open(pf, "w"))
    fails = []
    for k in range(50):
        fresh = os.path.join(d, "fresh%d.db" % k)
        procs = [subprocess.Popen([ADV, "log", "--user", "c%d" % i, "--activity", "run", "--minutes", "30", "--db", fresh],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(8)]
        for p in procs:
            o, e = p.communicate()
            if p.returncode != 0:
                fails.append(e.decode()[:200])
        c = sqlite3.connect(fresh)
        n = c.execute("SELECT count(*) FROM workouts").fetchone()[0]
        c.close()
        if n != 8:
            fails.append("round %d: %d of 8 rows" % (k, n))
        for x in os.listdir(d):
            if x.startswith("fresh%d.db" % k):
                os.remove(os.path.join(d, x))
    check(not fails, "8 processes x 50 rounds creating one database: %d failures %r" % (len(fails), fails[:3]))

    # --- writers alongside forget ---
    shared = os.path.join(d, "shared.db")
    run("profile", "set", "--user", "w0", "--profile", pf, "--db", shared)
    script = ("for i in $(seq 40); do %s log --user w$1 --activity run --minutes 20 --db %s || echo FAIL; done" % (ADV, shared))
    writers = [subprocess.Popen(["sh", "-c", script, "sh", str(i)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for i in range(4)]
    forgets = 0
    while any(w.poll() is None for w in writers):
        rc, out, err = run("forget", "--user", "w0", "--db", shared)
        forgets += 1
        if rc != 0:
            fails.append("forget: " + err)
    for w in writers:
        o, e = w.communicate()
        if b"FAIL" in o or e:
            fails.append((o + e).decode()[:300])
    c = sqlite3.connect(shared)
    counts = dict(c.execute("SELECT user, count(*) FROM workouts GROUP BY user").fetchall())
    c.close()
    check(not fails and all(counts.get("w%d" % i) == 40 for i in range(1, 4)),
          "160 logs beside %d forgets: %r %r" % (forgets, fails[:3], counts))

    # --- kill -9 during writes: what was reported is kept ---
    killdb = os.path.join(d, "kill.db")
    run("profile", "set", "--user", "k", "--profile", pf, "--db", killdb)
    reported = 0
    for k in range(12):
        # a burst of writes of each kind; the parent kills the shell's current child at a random moment
        script = ("i=0; while true; do i=$((i+1)); "
                  "%s log --user k --activity run --minutes 10 --db %s && echo L; "
                  "%s recommend --user k --db %s --model none --json > /dev/null && echo R; "
                  "done" % (ADV, killdb, ADV, killdb))
        sh = subprocess.Popen(["sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              start_new_session=True)
        time.sleep(0.3 + 0.05 * k)
        os.killpg(sh.pid, signal.SIGKILL)
        out = sh.communicate()[0].decode()
        reported += out.count("L")
    c = sqlite3.connect(killdb)
    ok = c.execute("PRAGMA integrity_check").fetchone()[0]
    logged = c.execute("SELECT count(*) FROM workouts WHERE user = 'k'").fetchone()[0]
    c.close()
    check(ok == "ok" and logged >= reported and reported > 0,
          "kill -9 during writes: integrity %s, %d logs stored, %d reported" % (ok, logged, reported))

check.finish()
