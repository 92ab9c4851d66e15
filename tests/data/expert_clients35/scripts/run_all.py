#!/usr/bin/env python3
import json, subprocess, os, pathlib
B = "/tmp/expert35"
os.chdir("/tmp/snap35")
log = open(f"{B}/outputs/run_log.tsv", "w")
log.write("id\tmode\trc\n")
for line in open(f"{B}/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    pf = f"{B}/profiles/{c['id']}.json"
    pathlib.Path(pf).write_text(json.dumps(c["profile"], ensure_ascii=False, indent=1), encoding="utf-8")
    db = f"{B}/dbs/{c['id']}.db"
    for mode, extra, ext in (("text", [], "txt"), ("json", ["--json"], "json")):
        r = subprocess.run(["build/motion-advisor", "recommend", "--profile", pf, "--db", db] + extra,
                           capture_output=True, text=True, timeout=600)
        pathlib.Path(f"{B}/outputs/{c['id']}.{ext}").write_text(r.stdout, encoding="utf-8")
        pathlib.Path(f"{B}/outputs/{c['id']}.{ext}.stderr").write_text(r.stderr, encoding="utf-8")
        log.write(f"{c['id']}\t{mode}\t{r.returncode}\n"); log.flush()
        print(c["id"], mode, r.returncode, r.stderr.strip()[:200], flush=True)
