#!/bin/bash
# Runs the shipped advisor (no --model flag) once per client, one at a time, from /tmp/snap20.
set -u
E=/tmp/expert20
mkdir -p $E/profiles $E/dbs $E/outputs $E/outputs/invalid_first_try
python3 - <<'PY'
import json
for l in open('/tmp/expert20/clients.jsonl', encoding='utf-8'):
    c = json.loads(l)
    p = f"/tmp/expert20/profiles/{c['id']}.json"
    import os
    if not os.path.exists(p):          # never overwrite a profile fixed by hand after a refusal
        json.dump(c['profile'], open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
cd /tmp/snap20
for f in $E/profiles/*.json; do
  id=$(basename $f .json)
  build/motion-advisor recommend --profile $E/profiles/$id.json --db $E/dbs/$id.db \
     > $E/outputs/$id.card.txt 2> $E/outputs/$id.card.stderr; echo $? > $E/outputs/$id.card.rc
  build/motion-advisor recommend --profile $E/profiles/$id.json --json --db $E/dbs/$id.json.db \
     > $E/outputs/$id.json 2> $E/outputs/$id.json.stderr; echo $? > $E/outputs/$id.json.rc
  echo "$id card rc=$(cat $E/outputs/$id.card.rc) json rc=$(cat $E/outputs/$id.json.rc)"
done
