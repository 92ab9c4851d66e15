#!/usr/bin/env python3
"""Run every frozen client through motion-advisor, one at a time, fresh db each.

recommend -> outputs/hNN.card.txt, recommend --json -> outputs/hNN.json.json,
plan -> outputs/hNN.plan.txt; stderr to .stderr files; every command logged in
outputs/run_log.tsv.  If a profile is refused, the refusal is kept under
outputs/invalid_first_try/ and only the format is fixed (FORMAT_FIXES below,
documented in README.md); clients.jsonl itself is never changed.
"""
import json, os, shutil, subprocess, sys, time

ROOT = "/tmp/panel40"
BIN = "/tmp/snap40/build/motion-advisor"
OUT = f"{ROOT}/outputs"
DBS = f"{ROOT}/dbs"

# id -> function(profile) -> profile ; format-only fixes after a refusal
FORMAT_FIXES = {}


def run(cmd, out_path, err_path, log):
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, timeout=600)
    dt = time.time() - t0
    open(out_path, "wb").write(p.stdout)
    open(err_path, "wb").write(p.stderr)
    log.write("\t".join([time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                         " ".join(cmd), str(p.returncode), f"{dt:.2f}",
                         os.path.relpath(out_path, ROOT)]) + "\n")
    log.flush()
    return p.returncode, p.stderr.decode("utf-8", "replace")


def main():
    only = set(sys.argv[1:])
    os.makedirs(f"{OUT}/profiles", exist_ok=True)
    os.makedirs(f"{OUT}/invalid_first_try", exist_ok=True)
    os.makedirs(DBS, exist_ok=True)
    new = not os.path.exists(f"{OUT}/run_log.tsv")
    log = open(f"{OUT}/run_log.tsv", "a", encoding="utf-8")
    if new:
        log.write("utc\tcommand\trc\tseconds\tstdout_file\n")
    clients = [json.loads(l) for l in open(f"{ROOT}/clients.jsonl", encoding="utf-8")]
    for c in clients:
        cid = c["id"]
        if only and cid not in only:
            continue
        prof = c["profile"]
        if cid in FORMAT_FIXES:
            prof = FORMAT_FIXES[cid](json.loads(json.dumps(prof)))
        pf = f"{OUT}/profiles/{cid}.json"
        with open(pf, "w", encoding="utf-8") as f:
            json.dump(prof, f, ensure_ascii=False, indent=1)
        db = f"{DBS}/{cid}.db"
        for ext in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(db + ext):
                os.remove(db + ext)
        jobs = [
            (["recommend", "--profile", pf, "--db", db], f"{OUT}/{cid}.card.txt"),
            (["recommend", "--profile", pf, "--db", db, "--json"], f"{OUT}/{cid}.json.json"),
            (["plan", "--profile", pf, "--db", db], f"{OUT}/{cid}.plan.txt"),
        ]
        for args, outp in jobs:
            rc, err = run([BIN] + args, outp, outp + ".stderr", log)
            print(cid, args[0], "--json" if "--json" in args else "", "rc", rc, err.strip()[:200])
            if rc != 0:
                keep = f"{OUT}/invalid_first_try/{cid}"
                os.makedirs(keep, exist_ok=True)
                shutil.copy(pf, keep + "/profile.json")
                open(keep + f"/{os.path.basename(outp)}.stderr", "w").write(err)


if __name__ == "__main__":
    main()
