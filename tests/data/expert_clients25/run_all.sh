#!/usr/bin/env bash
# Runs the shipped advisor (default model, weights/advisor-f16.gguf) on each frozen client.
# For each client: profiles/ID.json (verbatim profile), outputs/ID.card.txt (card), outputs/ID.json (--json),
# rc and stderr in outputs/ID.{card,json}.rc / .err. Refused profiles are copied to outputs/invalid_first_try/.
set -u
E=/tmp/expert25
mkdir -p $E/profiles $E/outputs $E/dbs $E/outputs/invalid_first_try
python3 - <<'PY'
import json
for line in open('/tmp/expert25/clients.jsonl', encoding='utf-8'):
    c = json.loads(line)
    with open(f"/tmp/expert25/profiles/{c['id']}.json", 'w', encoding='utf-8') as f:
        json.dump(c['profile'], f, ensure_ascii=False, indent=1)
PY
cd /tmp/snap25
for P in $E/profiles/h*.json; do
  ID=$(basename $P .json)
  rm -f $E/dbs/$ID.db $E/dbs/$ID.json.db
  build/motion-advisor recommend --profile $P --db $E/dbs/$ID.db > $E/outputs/$ID.card.txt 2> $E/outputs/$ID.card.err
  echo $? > $E/outputs/$ID.card.rc
  build/motion-advisor recommend --profile $P --json --db $E/dbs/$ID.json.db > $E/outputs/$ID.json 2> $E/outputs/$ID.json.err
  echo $? > $E/outputs/$ID.json.rc
  if [ "$(cat $E/outputs/$ID.card.rc)" != 0 ] || [ "$(cat $E/outputs/$ID.json.rc)" != 0 ]; then
    cp $P $E/outputs/$ID.card.err $E/outputs/$ID.json.err $E/outputs/invalid_first_try/ 2>/dev/null
    echo "REFUSED/FAILED: $ID rc=$(cat $E/outputs/$ID.card.rc)/$(cat $E/outputs/$ID.json.rc): $(head -c 300 $E/outputs/$ID.card.err)"
  else
    echo "ok $ID"
  fi
done
