#!/usr/bin/env python3
"""Run every client through motion-advisor (default model): card, --json, plan.
One run at a time; one fresh database per client."""
import json, os, subprocess, sys, time
BIN = "/tmp/snap37/build/motion-advisor"
os.chdir("/tmp/panel37")
os.makedirs("outputs/invalid_first_try", exist_ok=True)
os.makedirs("profiles", exist_ok=True); os.makedirs("dbs", exist_ok=True)
log = open("outputs/run_log.tsv", "a")
only = set(sys.argv[1:])
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); cid = c["id"]
    if only and cid not in only: continue
    prof = f"profiles/{cid}.json"
    with open(prof, "w", encoding="utf-8") as f: json.dump(c["profile"], f, ensure_ascii=False, indent=1)
    db = f"dbs/{cid}.db"
    if os.path.exists(db): os.remove(db)
    for kind, extra, out in [("card", [], f"{cid}.card.txt"), ("json", ["--json"], f"{cid}.json.json"),
                             ("plan", [], f"{cid}.plan.txt")]:
        cmd = [BIN, "plan" if kind == "plan" else "recommend", "--profile", prof, "--db", db] + extra
        t = time.time()
        p = subprocess.run(cmd, capture_output=True)
        dt = time.time() - t
        open(f"outputs/{out}", "wb").write(p.stdout)
        open(f"outputs/{cid}.{kind}.stderr.txt", "wb").write(p.stderr)
        log.write(f"{cid}\t{kind}\t{p.returncode}\t{dt:.1f}\t{' '.join(cmd)}\n"); log.flush()
        print(cid, kind, p.returncode, f"{dt:.1f}s", flush=True)
        if p.returncode != 0:
            print(p.stderr.decode(errors='replace')[:500])
