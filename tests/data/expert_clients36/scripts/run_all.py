#!/usr/bin/env python3
"""Run motion-advisor on every client (text card, --json, plan), one at a time, one db per client."""
import json, subprocess, sys, os, time
BASE = "/tmp/expert36"; BIN = "build/motion-advisor"; SNAP = "/tmp/snap36"
os.makedirs(f"{BASE}/outputs/profiles", exist_ok=True)
only = set(sys.argv[1:])
for line in open(f"{BASE}/clients.jsonl", encoding="utf-8"):
    cl = json.loads(line); cid = cl["id"]
    if only and cid not in only: continue
    prof = f"{BASE}/outputs/profiles/{cid}.json"
    if not os.path.exists(prof):
        json.dump(cl["profile"], open(prof, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    db = f"{BASE}/dbs/{cid}.db"
    for kind, extra in (("card", []), ("json", ["--json"]), ("plan", None)):
        if extra is None:
            cmd = [BIN, "plan", "--profile", prof, "--db", db]
        else:
            cmd = [BIN, "recommend", "--profile", prof, "--db", db] + extra
        t = time.time()
        r = subprocess.run(cmd, cwd=SNAP, capture_output=True, text=True, timeout=600)
        ext = "json" if kind == "json" else "txt"
        open(f"{BASE}/outputs/{cid}.{kind}.{ext}", "w").write(r.stdout)
        open(f"{BASE}/outputs/{cid}.{kind}.stderr", "w").write(r.stderr)
        print(cid, kind, "rc", r.returncode, f"{time.time()-t:.1f}s", r.stderr.strip()[:200], flush=True)
