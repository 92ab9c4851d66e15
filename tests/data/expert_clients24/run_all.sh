#!/bin/bash
# Run every frozen client through the shipped advisor (no --model flag), one at a time.
set -u
E=/tmp/expert24
mkdir -p $E/profiles $E/dbs $E/outputs $E/outputs/invalid_first_try
python3 - <<'PY'
import json
for line in open("/tmp/expert24/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    with open(f"/tmp/expert24/profiles/{c['id']}.json", "w", encoding="utf-8") as f:
        json.dump(c["profile"], f, ensure_ascii=False, indent=1)
PY
cd /tmp/snap24
for p in $E/profiles/*.json; do
  id=$(basename $p .json)
  rm -f $E/dbs/$id.db $E/dbs/$id.json.db
  build/motion-advisor recommend --profile $p --db $E/dbs/$id.db > $E/outputs/$id.card.txt 2> $E/outputs/$id.card.stderr
  echo $? > $E/outputs/$id.card.rc
  build/motion-advisor recommend --profile $p --json --db $E/dbs/$id.json.db > $E/outputs/$id.json 2> $E/outputs/$id.json.stderr
  echo $? > $E/outputs/$id.json.rc
  echo "$id card rc=$(cat $E/outputs/$id.card.rc) json rc=$(cat $E/outputs/$id.json.rc)"
done
