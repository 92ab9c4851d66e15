#!/usr/bin/env python3
"""build/motion-advisor end to end: recommend (card and --json), invalid
profiles refused naming the field with nothing written, feedback, history,
export, forget, and an owner-only database. Needs only the standard library."""
import json
import os
import shutil
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



def run(*args, stdin=None):
    r = subprocess.run([ADV] + list(args), capture_output=True, text=True, input=stdin)
    return r.returncode, r.stdout, r.stderr


def run_bytes(*args, stdin=None, user=None, exe=ADV):
    """As run, with bytes in and out; user=(uid, gid) runs it as that user."""
    def drop():
        os.setgroups([])
        os.setgid(user[1])
        os.setuid(user[0])
    r = subprocess.run([exe] + list(args), capture_output=True, input=stdin, preexec_fn=drop if user else None)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


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
    rows = out.splitlines()
    check(rc == 0 and len(rows) == 3 and rows[0].startswith("日期") and "#%d" % rec in rows[1] and "5/5" in rows[1]
          and " 12 " in rows[1] and "是" in rows[1], "history is a table in the user's language: %r" % out[:300])
    rc, out, err = run("export", "--user", "u123", "--db", db)
    lines = [json.loads(l) for l in out.splitlines()] if rc == 0 else []
    check(len(lines) == 2 and lines[0]["feedback"][0]["comment"] == "很舒服", "export: %r" % out[:200])
    rc, out, err = run("forget", "--user", "u123", "--db", db)
    check(rc == 0 and "2 recommendation" in out, "forget: " + out)
    rc, out, err = run("history", "--user", "u123", "--db", db)
    check(rc == 0 and out.splitlines()[1:] == ["(nothing yet)"], "history after forget: %r" % out)
    rc, out, err = run("export", "--user", "u123", "--db", db)
    check(rc == 0 and out == "", "export after forget")
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
    # --batch: exactly one output line per input line, whatever the bytes;
    # each valid UTF-8 JSON, errors naming their line; a NUL no longer ends
    # the batch
    good = open("tests/data/profiles/sample_en.json", "rb").read().replace(b"\n", b" ")
    lines = [good, b"", b'{"age": 300}', b'{"age": 3\0}', b'{"age": 40, "goal": "\xff"}', b"  \t ", b"not json",
             b'{"age": 40, "notes": "\xe8\xb7\x91"}', good]
    batch = os.path.join(d, "batch.jsonl")
    open(batch, "wb").write(b"\n".join(lines))  # the last line without a newline
    rc, out, err = run_bytes("recommend", "--batch", batch, "--model", "none")
    outs = out.split(b"\n")
    check(outs[-1] == b"" and len(outs) - 1 == len(lines), "batch: %d lines out for %d in" % (len(outs) - 1, len(lines)))
    parsed = []
    for i, o in enumerate(outs[:-1]):
        try:
            parsed.append(json.loads(o.decode("utf-8", "strict")))
        except ValueError:
            parsed.append(None)
            check(False, "batch line %d is not UTF-8 JSON: %r" % (i + 1, o))
    want = {2: "line 2: blank line (one profile per line)", 3: "line 3: profile: field 'age': 300 is outside 5..110",
            4: "line 4: profile: a NUL byte at offset 9", 5: "line 5: profile: invalid UTF-8 at byte offset 21",
            6: "line 6: blank line (one profile per line)", 7: "line 7: profile: not valid JSON"}
    for no, p in enumerate(parsed, 1):
        if p is None:
            continue
        if no in want:
            check(list(p) == ["error"] and p["error"].startswith(want[no]), "batch line %d: %r" % (no, p))
        else:
            check("activity" in p and "error" not in p, "batch line %d: %r" % (no, p))
    check(rc == 1 and err == "motion-advisor: 6 of 9 line(s) refused (see the \"error\" lines)\n", "batch: %r" % err)
    # a final newline ends the last line, it does not start another; all good: exit 0
    open(batch, "wb").write(good + b"\n" + good + b"\n")
    rc, out, err = run_bytes("recommend", "--batch", batch, "--model", "none")
    check(rc == 0 and out.count(b"\n") == 2 and err == "", "batch with a final newline: %r" % err)
    # standard input: --profile - and --batch -
    rc, out, err = run_bytes("recommend", "--profile", "-", "--model", "none", "--json", stdin=good)
    check(rc == 0 and json.loads(out)["language"] == "en", "--profile -: %r" % err)
    # the README's form, with the shipped model
    rc, out, err = run_bytes("recommend", "--profile", "-", "--json", stdin=open("tests/data/profiles/sample_en.json", "rb").read())
    check(rc == 0 and json.loads(out)["language"] == "en", "--profile - --json < sample_en.json: %r" % err)
    rc, out, err = run_bytes("recommend", "--batch", "-", "--model", "none", stdin=good + b"\n\n" + good)
    check(rc == 1 and out.count(b"\n") == 3 and b"line 2: blank line" in out, "--batch -: %r" % out[-200:])
    rc, out, err = run_bytes("recommend", "--profile", "-", "--model", "none", stdin=b"")
    check(rc == 1 and "profile" in err, "--profile - with nothing on stdin: %r" % err)

    # history and export only read: a database the user may only read works
    # (as root, whom permissions do not stop, they run as nobody), the file
    # is left as it was, and a missing database is an error that creates none
    rodir = os.path.join(d, "ro")
    os.mkdir(rodir)
    rodb = os.path.join(rodir, "r.db")
    rc, out, err = run("recommend", "--profile", SAMPLE, "--db", rodb, "--model", "none")
    check(rc == 0, "recommend into a fresh database: " + err)
    # a copy that nobody can run wherever the build lies (the library is linked in)
    exe = os.path.join(d, "motion-advisor")
    shutil.copy(ADV, exe)
    os.chmod(exe, 0o755)
    who = None
    if os.geteuid() == 0:
        who = (65534, 65534)  # nobody: any uid will do, with or without a passwd entry
        os.chmod(d, 0o711)  # nobody may pass through the test's own directory
        for f in [rodir] + [os.path.join(rodir, x) for x in os.listdir(rodir)]:
            os.chown(f, *who)
    os.chmod(rodb, 0o400)
    before = open(rodb, "rb").read()
    rc, out, err = run_bytes("export", "--user", "u123", "--db", rodb, user=who, exe=exe)
    check(rc == 0 and len(out.splitlines()) == 1 and json.loads(out)["user"] == "u123", "export read-only: %r" % err)
    rc, out, err = run_bytes("history", "--user", "u123", "--db", rodb, user=who, exe=exe)
    check(rc == 0 and len(out.splitlines()) == 2 and b"#" in out.splitlines()[1], "history read-only: %r" % err)
    check(open(rodb, "rb").read() == before and stat.S_IMODE(os.stat(rodb).st_mode) == 0o400,
          "history/export changed the database file")
    rc, out, err = run_bytes("forget", "--user", "u123", "--db", rodb, user=who, exe=exe)
    check(rc == 1 and "store:" in err, "forget on a read-only database is refused: %r" % err)
    # a read-only directory as well (no -shm can be made): still readable
    for x in os.listdir(rodir):
        if x != "r.db":
            os.remove(os.path.join(rodir, x))
    os.chmod(rodir, 0o500)
    rc, out, err = run_bytes("history", "--user", "u123", "--db", rodb, user=who, exe=exe)
    check(rc == 0 and b"#" in out.splitlines()[1], "history in a read-only directory: %r" % err)
    os.chmod(rodir, 0o700)
    missing = os.path.join(d, "missing.db")
    for cmd in ["history", "export"]:
        rc, out, err = run(cmd, "--user", "u123", "--db", missing)
        check(rc == 1 and err == "motion-advisor: store: no database at %s (nothing has been stored there yet)\n" % missing
              and not os.path.exists(missing), "%s on a missing database: %r" % (cmd, err))

    # every command has its own --help; options a command does not take are refused
    _, general, _ = run("--help")
    for cmd in ["recommend", "plan", "profile set", "log", "feedback", "history", "export", "forget"]:
        rc, out, err = run(*(cmd.split() + ["--help"]))
        check(rc == 0 and out.startswith("usage: motion-advisor " + cmd) and out != general, "%s --help: %r" % (cmd, out))
    for args, msg in [(["history", "--user", "u", "--rating", "5"],
                       "history does not take --rating (see motion-advisor history --help)"),
                      (["recommend", "--profile", SAMPLE, "--rating", "4"],
                       "recommend does not take --rating (see motion-advisor recommend --help)"),
                      (["recommend", "--batch", SAMPLE, "--user", "u"], "recommend --batch takes neither --profile nor --user"),
                      (["log", "--user", "u", "--activity", "run"], "log needs --activity A and --minutes M"),
                      (["log", "--user", "u", "--activity", "run", "--minutes", "0"], "--minutes: 0 is outside 1..600"),
                      (["log", "--user", "u", "--activity", "run", "--minutes", "30", "--date", "2026-02-30"],
                       "--date: '2026-02-30' is not a date YYYY-MM-DD"),
                      (["profile"], "profile needs a subcommand: profile set (see motion-advisor --help)"),
                      (["profile", "set", "--user", "u"], "profile set needs --profile FILE.json"),
                      (["plan"], "plan needs --profile FILE.json or --user U"),
                      (["history", "--user", "a", "--user", "b"], "--user given twice"),
                      (["history", "--user --db", "x"], "history does not take --user --db (see motion-advisor history --help)"),
                      (["export", "u123"], "unexpected argument u123 (see motion-advisor export --help)"),
                      (["history"], "history needs --user U"),
                      (["feedback", "--rec"], "--rec needs a value")]:
        rc, out, err = run(*args)
        check(rc == 1 and err == "motion-advisor: " + msg + "\n", "%s: %r" % (args, err))
    rc, out, err = run("frobnicate")
    check(rc != 0 and "unknown command" in err, "unknown command")

    # US units: the card reads them back; JSON stays metric; contradictions and bad values refused
    hot = '{"age": 40, "weight_lb": 180, "preferences": ["run"], "context": {"temperature_f": 95}, "language": "en"}'
    rc, out, err = run("recommend", "--profile", "-", "--model", "none", "--db", db, stdin=hot)
    check(rc == 0 and "95°F" in out and " C\n" not in out, "imperial card: %r %r" % (out[-300:], err))
    rc, out, err = run("recommend", "--profile", "-", "--model", "none", "--db", db, "--json", stdin=hot)
    check(rc == 0 and json.loads(out)["kcal"] > 0, "imperial JSON: %r" % err)
    metric = '{"age": 40, "preferences": ["run"], "context": {"temperature_c": 35}, "language": "en"}'
    rc, out, err = run("recommend", "--profile", "-", "--model", "none", "--db", db, "--units", "imperial", stdin=metric)
    check(rc == 0 and "95°F" in out, "--units imperial: %r %r" % (out[-300:], err))
    for args, stdin, msg in [(["--units", "stone"], metric, "--units must be metric or imperial"),
                             (["--units", "imperial"], '{"age": 40, "units": "metric"}',
                              'the profile gives "units" itself; --units imperial contradicts it'),
                             (["--units", "metric"], '{"age": 40, "weight_kg": 80, "weight_lb": 176}',
                              "profile: fields 'weight_kg' and 'weight_lb': give one of them")]:
        rc, out, err = run("recommend", "--profile", "-", "--model", "none", "--db", db, *args, stdin=stdin)
        check(rc == 1 and err == "motion-advisor: " + msg + "\n", "%s: %r" % (args, err))

check.finish()
