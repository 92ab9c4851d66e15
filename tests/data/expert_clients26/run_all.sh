#!/usr/bin/env bash
# Runs the shipped advisor (default model) on every frozen client. Run from anywhere.
set -u
E=/tmp/expert26; S=/tmp/snap26
mkdir -p $E/profiles $E/outputs $E/dbs $E/outputs/invalid_first_try
: > $E/outputs/rc.tsv
python3 - <<'PY'
import json
for line in open("/tmp/expert26/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    with open(f"/tmp/expert26/profiles/{c['id']}.json", "w", encoding="utf-8") as f:
        json.dump(c["profile"], f, ensure_ascii=False)
PY
cd $S
for p in $E/profiles/*.json; do
  id=$(basename $p .json)
  rm -f $E/dbs/$id.db $E/dbs/$id.json.db
  build/motion-advisor recommend --profile $p --db $E/dbs/$id.db > $E/outputs/$id.card.txt 2> $E/outputs/$id.card.err; rc1=$?
  build/motion-advisor recommend --profile $p --json --db $E/dbs/$id.json.db > $E/outputs/$id.json 2> $E/outputs/$id.json.err; rc2=$?
  printf "%s\t%s\t%s\n" $id $rc1 $rc2 >> $E/outputs/rc.tsv
  if [ $rc1 -ne 0 ] || [ $rc2 -ne 0 ]; then
    cp $p $E/outputs/invalid_first_try/$id.json
    cp $E/outputs/$id.card.err $E/outputs/invalid_first_try/$id.card.err
    cp $E/outputs/$id.json.err $E/outputs/invalid_first_try/$id.json.err
    echo "REFUSED/FAILED: $id (rc $rc1/$rc2)"
  fi
done
cat $E/outputs/rc.tsv
