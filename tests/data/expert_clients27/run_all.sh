#!/usr/bin/env bash
# Runs the shipped advisor (default model) on every frozen client profile.
# Card and --json use separate databases so the JSON run is not affected by the card run.
set -u
E=/tmp/expert27
cd /tmp/snap27 || exit 1
mkdir -p $E/profiles $E/outputs $E/dbs $E/outputs/invalid_first_try
: > $E/outputs/rc.tsv
python3 - <<'PY'
import json
for l in open('/tmp/expert27/clients.jsonl', encoding='utf-8'):
    c = json.loads(l)
    with open(f"/tmp/expert27/profiles/{c['id']}.json", 'w', encoding='utf-8') as f:
        json.dump(c['profile'], f, ensure_ascii=False, indent=1)
PY
for P in $E/profiles/h*.json; do
  ID=$(basename $P .json)
  rm -f $E/dbs/$ID.db $E/dbs/$ID.json.db
  build/motion-advisor recommend --profile $P --db $E/dbs/$ID.db > $E/outputs/$ID.card.txt 2> $E/outputs/$ID.card.stderr
  rc1=$?
  build/motion-advisor recommend --profile $P --json --db $E/dbs/$ID.json.db > $E/outputs/$ID.json 2> $E/outputs/$ID.json.stderr
  rc2=$?
  printf '%s\t%s\t%s\n' $ID $rc1 $rc2 >> $E/outputs/rc.tsv
  if [ $rc1 -ne 0 ] || [ $rc2 -ne 0 ]; then
    cp $P $E/outputs/invalid_first_try/$ID.json
    cat $E/outputs/$ID.card.stderr $E/outputs/$ID.json.stderr > $E/outputs/invalid_first_try/$ID.stderr
    echo "REFUSED/FAILED: $ID rc=$rc1/$rc2"
  fi
done
cat $E/outputs/rc.tsv
