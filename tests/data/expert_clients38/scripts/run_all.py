#!/usr/bin/env python3
"""Run every client through motion-advisor: card, --json, plan (default model).

One run at a time; one new database per client (dbs/hNN.db).  If a profile is
rejected, the profile and the error are saved under outputs/invalid_first_try/
and the script stops for that client; a format-only fix can be placed in
fixes/hNN.json and is used instead of the original profile on a re-run.
"""
import json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = "/tmp/snap38/build/motion-advisor"
OUT = os.path.join(ROOT, "outputs")
only = set(sys.argv[1:])

def run(args, tag, cid):
    t0 = time.time()
    p = subprocess.run([BIN] + args, capture_output=True, timeout=900)
    dt = time.time() - t0
    with open(os.path.join(OUT, f"{cid}.{tag}"), "wb") as f:
        f.write(p.stdout)
    with open(os.path.join(OUT, f"{cid}.{tag}.stderr"), "wb") as f:
        f.write(p.stderr)
    return p, dt

os.makedirs(os.path.join(OUT, "profiles"), exist_ok=True)
os.makedirs(os.path.join(OUT, "invalid_first_try"), exist_ok=True)
os.makedirs(os.path.join(ROOT, "dbs"), exist_ok=True)
log = open(os.path.join(OUT, "run_log.tsv"), "a")
for line in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    cid = c["id"]
    if only and cid not in only:
        continue
    fix = os.path.join(ROOT, "fixes", cid + ".json")
    prof = json.load(open(fix, encoding="utf-8")) if os.path.exists(fix) else c["profile"]
    pf = os.path.join(OUT, "profiles", cid + ".json")
    with open(pf, "w", encoding="utf-8") as f:
        json.dump(prof, f, ensure_ascii=False, indent=1)
    db = os.path.join(ROOT, "dbs", cid + ".db")
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(db + ext):
            os.remove(db + ext)
    for tag, extra in (("card.txt", []), ("json.json", ["--json"])):
        p, dt = run(["recommend", "--profile", pf, "--db", db] + extra, tag, cid)
        log.write(f"{cid}\trecommend{' --json' if extra else ''}\trc={p.returncode}\t{dt:.1f}s\n")
        if p.returncode != 0:
            with open(os.path.join(OUT, "invalid_first_try", cid + ".json"), "w", encoding="utf-8") as f:
                json.dump(prof, f, ensure_ascii=False, indent=1)
            with open(os.path.join(OUT, "invalid_first_try", cid + ".stderr"), "wb") as f:
                f.write(p.stderr)
            print(cid, "REJECTED/FAILED:", p.stderr.decode("utf-8", "replace")[:300])
            break
    else:
        p, dt = run(["plan", "--profile", pf, "--db", db], "plan.txt", cid)
        log.write(f"{cid}\tplan\trc={p.returncode}\t{dt:.1f}s\n")
        print(cid, "ok", flush=True)
    log.flush()
